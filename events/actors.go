package events

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/eventgraph/eventgraph/events/kb"
)

//go:embed data/given-names.txt
var givenNamesTXT string

var givenNames = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(givenNamesTXT, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			m[w] = true
		}
	}
	return m
}()

// mention is a stretch of a sentence's tokens naming an actor or a place.
type mention struct {
	i, j    int    // token range [i, j)
	actor   string // actor id, "" when the words only name a place
	place   string // the place named, when the words name a place
	adj     bool   // demonym or country name used as a modifier ("Saudi talks", "U.S. embassies")
	poss    bool   // followed by 's
	prep    string // lower-case preposition just before, "" if none
	pronoun bool
	group   bool
	// actors, when the words name several known persons ("the two leaders")
	actors []string
	// lazy group actors: created when an event uses them
	groupName string
}

// actorRec is an actor of the document being extracted.
type actorRec struct {
	Actor
	aliases map[string]bool
	first   int // byte offset of the first mention
	last    int // byte offset of the latest mention by name or title
	used    bool
	kbID    string
}

// prepositions that make the following name a place or an oblique
// argument rather than a subject.
var prepositions = map[string]bool{
	"in": true, "at": true, "to": true, "from": true, "of": true, "with": true, "for": true,
	"on": true, "by": true, "near": true, "into": true, "over": true, "about": true, "against": true,
	"toward": true, "towards": true, "across": true, "throughout": true, "inside": true, "outside": true,
	"between": true, "among": true, "via": true, "through": true, "around": true, "under": true, "after": true,
	"before": true, "since": true, "within": true, "than": true, "like": true,
}

var placePreps = map[string]bool{
	"in": true, "at": true, "to": true, "from": true, "near": true, "into": true, "across": true,
	"throughout": true, "inside": true, "outside": true, "toward": true, "towards": true, "around": true, "via": true,
}

// capitalised words that start sentences and clauses but name nothing.
var notNames = map[string]bool{
	"The": true, "A": true, "An": true, "In": true, "On": true, "At": true, "But": true, "And": true,
	"He": true, "She": true, "It": true, "They": true, "We": true, "I": true, "You": true, "This": true,
	"That": true, "These": true, "Those": true, "There": true, "His": true, "Her": true, "Its": true,
	"Their": true, "Our": true, "My": true, "After": true, "Before": true, "When": true, "While": true,
	"Meanwhile": true, "However": true, "Also": true, "Then": true, "Only": true, "Overall": true,
	"Other": true, "Some": true, "Many": true, "Most": true, "If": true, "As": true, "For": true,
	"From": true, "With": true, "Without": true, "Contrary": true, "Together": true, "Right": true,
	"Very": true, "About": true, "Previously": true, "Replied": true, "Asked": true, "Under": true,
	"Since": true, "Although": true, "Because": true, "During": true, "Despite": true, "Still": true,
	"Yet": true, "So": true, "Thus": true, "What": true, "Who": true, "Why": true, "How": true,
	"Where": true, "Which": true, "All": true, "Both": true, "Each": true, "Every": true, "No": true,
	"Not": true, "Now": true, "Today": true, "Tomorrow": true, "Yesterday": true, "Reports": true,
	"Officials": true, "Mr": true, "Mrs": true, "Ms": true, "Dr": true,
	"Thirty-two": true, "One": true, "Two": true, "Three": true, "Four": true, "Five": true, "Six": true,
	"Ten": true, "Several": true, "Such": true, "Later": true, "Earlier": true, "Among": true,
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true, "January": true, "February": true, "March": true, "April": true,
	"June": true, "July": true, "August": true, "September": true, "October": true,
	"November": true, "December": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true,
	"Jul": true, "Aug": true, "Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
	"God": true, "Allah": true, "Western": true, "Westerners": true, "Operation": true,
}

var particles = map[string]bool{
	"bin": true, "ibn": true, "bint": true, "al": true, "el": true, "de": true, "del": true, "della": true,
	"der": true, "di": true, "da": true, "du": true, "van": true, "von": true, "arap": true, "le": true,
	"la": true, "ben": true, "abu": true, "dos": true, "das": true, "es": true, "ul": true,
}

// organisation cue words: a capitalised name ending in or containing one is
// an organisation (or, for the media cues, a media outlet).
var orgCues = map[string]bool{
	"Ministry": true, "Council": true, "Party": true, "Front": true, "Department": true, "Office": true,
	"Organization": true, "Organisation": true, "Union": true, "Committee": true, "Commission": true,
	"Corps": true, "Army": true, "Navy": true, "Force": true, "Forces": true, "Guard": true, "Guards": true,
	"Bank": true, "Fund": true, "Court": true, "Center": true, "Centre": true, "Institute": true,
	"University": true, "Association": true, "Federation": true, "League": true, "Movement": true,
	"Brigade": true, "Brigades": true, "Authority": true, "Assembly": true, "Parliament": true,
	"Congress": true, "Senate": true, "Government": true, "Administration": true, "Police": true,
	"Service": true, "Company": true, "Corporation": true, "Group": true, "Coalition": true,
	"Alliance": true, "Agency": true, "Bureau": true, "Secretariat": true, "Cabinet": true,
	"Foundation": true, "Inc": true, "Corp": true, "Ltd": true, "Co": true, "Board": true, "Tribunal": true,
	"Mission": true, "Program": true, "Programme": true, "Command": true, "Jihad": true, "Brotherhood": true,
}

// facility cue words: a capitalised name ending in one names a building or
// site: a place after "at" or "in", an organisation otherwise.
var facilityCues = map[string]bool{
	"Library": true, "Museum": true, "Hospital": true, "Airport": true, "Base": true, "Palace": true,
	"Hotel": true, "Stadium": true, "Square": true, "Hall": true, "Camp": true, "Building": true,
}

var mediaCues = map[string]bool{
	"News": true, "Network": true, "Television": true, "TV": true, "Radio": true, "Times": true,
	"Post": true, "Journal": true, "Press": true, "Herald": true, "Tribune": true, "Gazette": true,
	"Broadcasting": true, "Channel": true, "List": true,
}

// lower-case nouns that, before a name, make it a person's ("spokesman Pete Williams").
var personNouns = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "minister": true, "leader": true,
	"official": true, "president": true, "secretary": true, "envoy": true, "ambassador": true,
	"commander": true, "chief": true, "general": true, "correspondent": true, "director": true,
	"chairman": true, "chairwoman": true, "adviser": true, "advisor": true, "aide": true, "king": true,
	"prince": true, "premier": true, "diplomat": true, "negotiator": true, "mediator": true,
	"analyst": true, "reporter": true, "lawmaker": true, "senator": true, "governor": true, "mayor": true,
	"colonel": true, "captain": true, "sheikh": true, "cleric": true, "head": true, "representative": true,
	"deputy": true, "counterpart": true, "emir": true, "sultan": true, "monarch": true, "strongman": true,
}

// plural nouns that head a group of people ("Arab foreign ministers").
var groupHeads = map[string]bool{
	"ministers": true, "officials": true, "leaders": true, "envoys": true, "diplomats": true,
	"prisoners": true, "victims": true, "militants": true, "protesters": true, "rebels": true,
	"troops": true, "soldiers": true, "inspectors": true, "hostages": true, "refugees": true,
	"settlers": true, "workers": true, "staffers": true, "mediators": true, "negotiators": true,
	"delegates": true, "delegations": true, "lawmakers": true, "monitors": true, "civilians": true,
	"students": true, "journalists": true, "residents": true, "citizens": true, "ambassadors": true,
	"counterparts": true, "commanders": true, "generals": true, "guards": true, "teams": true,
	"fighters": true, "insurgents": true, "activists": true, "demonstrators": true, "detainees": true,
}

// group modifiers that are not names: "bombing victims", "government officials".
var groupMods = map[string]bool{
	"foreign": true, "government": true, "bombing": true, "embassy": true, "weapons": true,
	"defense": true, "defence": true, "senior": true, "top": true, "security": true, "military": true,
	"peace": true, "finance": true, "trade": true, "health": true, "interior": true, "oil": true,
	"u.n.": true, "un": true, "inspection": true, "arms": true, "rebel": true, "opposition": true,
	"palestinian": true, "israeli": true, "arab": true, "western": true, "european": true, "african": true,
	"gulf": true, "muslim": true, "islamic": true, "kurdish": true, "shiite": true, "sunni": true,
}

// roleWords are lower-case nouns that refer back to a person by office
// ("the secretary", "the king", "the foreign minister").
var roleWords = []string{"secretary of state", "foreign minister", "prime minister", "crown prince",
	"secretary-general", "president", "secretary", "minister", "king", "queen", "monarch", "premier",
	"chancellor", "emir", "prince", "leader", "strongman", "sultan"}

// roleWordFields holds the words of each of roleWords, in the same order.
var roleWordFields = func() [][]string {
	fs := make([][]string, len(roleWords))
	for i, rw := range roleWords {
		fs[i] = strings.Fields(rw)
	}
	return fs
}()

// isNameTok reports whether t can be part of a name: a capitalised word that
// is not a function word, or an Arabic article form ("el-Sissi").
func isNameTok(t token) bool {
	if !t.Word {
		return false
	}
	if t.Cap {
		return !notNames[strings.TrimSuffix(t.Text, ".")]
	}
	if i := strings.IndexByte(t.Text, '-'); i > 0 && i < 4 && particles[t.Text[:i]] {
		r, _ := utf8.DecodeRuneInString(t.Text[i+1:])
		return unicode.IsUpper(r)
	}
	return false
}

// nameRun returns the end of the run of name tokens starting at i: capitalised
// words with particles, initials and suffixes between them.
func nameRun(toks []token, i int) int {
	j := i
	for j < len(toks) {
		t := toks[j]
		switch {
		case j > i && len(t.Text) == 1 && t.Cap && j+1 < len(toks) && toks[j+1].Text == ".":
			j += 2 // initial "A."
		case isNameTok(t):
			j++
		case j > i && particles[t.Lower] && particlesThenName(toks, j):
			j++ // "von der Leyen": particles before a name
		case j > i && t.Text == "." && len(toks[j-1].Text) == 1 && toks[j-1].Cap:
			j++ // initial "A" "."
		default:
			return j
		}
	}
	return j
}

// particlesThenName reports whether the particles from toks[j] on ("von
// der") end before a name word.
func particlesThenName(toks []token, j int) bool {
	for j < len(toks) && particles[toks[j].Lower] {
		j++
	}
	return j < len(toks) && isNameTok(toks[j])
}

func surface(text string, toks []token, i, j int) string {
	return foldApostrophes(text[toks[i].Start:toks[j-1].End])
}

// kbKind converts a knowledge-base kind to an actor kind.
func kbKind(k kb.Kind) Kind {
	switch k {
	case kb.Country:
		return Country
	case kb.Organization:
		return Organization
	case kb.Media:
		return Media
	case kb.Group:
		return Group
	case kb.Person:
		return Person
	}
	return ""
}
