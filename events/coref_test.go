package events

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCoreference checks that the forms an article uses for one entity
// become one actor: surnames, titles, pronouns, demonyms and capitals,
// plural references to the persons just named. Each case names the event
// to look at (its type) and the actors it must have.
func TestCoreference(t *testing.T) {
	tests := []struct {
		name string
		dct  string
		text string
		typ  Type
		want []string
	}{
		{"surname to full name", "2024-03-21",
			"U.S. Secretary of State Antony Blinken landed in Cairo on Wednesday. Blinken rejected the plan on Thursday.",
			Rejection, []string{"antony-blinken"}},
		{"surname alone from the knowledge base at the date", "1998-08-18",
			"On Tuesday Albright held talks with Kenyan President Daniel arap Moi at State House.",
			Meeting, []string{"madeleine-albright", "daniel-arap-moi"}},
		{"title to the holder of the office at the date", "1998-03-05",
			"The United States weighed the Iraqi offer. The secretary of state rejected it on Thursday.",
			Rejection, []string{"madeleine-albright"}},
		{"the same title ten years later", "2008-03-06",
			"The United States weighed the Iraqi offer. The secretary of state rejected it on Thursday.",
			Rejection, []string{"condoleezza-rice"}},
		{"a title after the name", "2024-03-21",
			"Blinken met Jordan's King Abdullah II in Amman on Wednesday. The king rejected the plan.",
			Rejection, []string{"abdullah-ii"}},
		{"pronoun to the last person", "2024-03-21",
			"Blinken arrived in Cairo on Thursday. He met el-Sissi at the presidential palace.",
			Meeting, []string{"antony-blinken", "abdel-fattah-el-sissi"}},
		{"demonym for a state", "2024-03-21",
			"The Saudis rejected the proposal on Tuesday.",
			Rejection, []string{"saudi-arabia"}},
		{"capital for a state", "2024-03-21",
			"Washington warned Tehran on Monday.",
			Threat, []string{"united-states", "iran"}},
		{"the two leaders", "2024-03-21",
			"Biden met Chinese President Xi Jinping in Woodside on Wednesday. The two leaders agreed to restore military contacts.",
			Agreement, []string{"joe-biden", "xi-jinping"}},
		{"the two sides are the persons just named", "2021-10-13",
			"Chinese Premier Li Keqiang held talks with Pakistani Prime Minister Imran Khan in Beijing on Tuesday. The two sides signed 15 agreements.",
			Agreement, []string{"li-keqiang", "imran-khan"}},
		{"both sides are the states just named when no persons are", "2024-03-21",
			"Armenia and Azerbaijan resumed border talks on Monday. Both sides rejected the proposal.",
			Rejection, []string{"armenia", "azerbaijan"}},
		{"the two countries", "2023-03-12",
			"Saudi Arabia and Iran restored ties on Friday. The two countries agreed to reopen embassies.",
			Agreement, []string{"saudi-arabia", "iran"}},
		{"the alliance", "2022-02-25",
			"NATO Secretary-General Jens Stoltenberg spoke on Thursday. He said the alliance would hold a summit on Friday.",
			Meeting, []string{"nato"}},
		{"the bloc", "2021-06-25",
			"The European Union imposed sanctions on Belarus on Monday. The bloc also called for new elections.",
			Demand, []string{"european-union"}},
		{"the kingdom", "2023-03-12",
			"Saudi Arabia hosted the talks. The kingdom pledged $1 billion in aid to Yemen.",
			Aid, []string{"saudi-arabia", "yemen"}},
		{"the group", "2023-03-12",
			"Hezbollah fired rockets at Israel. The group rejected the truce.",
			Rejection, []string{"hezbollah"}},
		{"a state's office to its holder at the date", "2021-05-14",
			"Egypt's foreign minister urged Israel and Hamas to halt the fighting.",
			Demand, []string{"sameh-shoukry", "israel", "hamas"}},
		{"a counterpart holds the same office for the state named", "2021-05-14",
			"Egyptian Foreign Minister Sameh Shoukry met his Jordanian counterpart in Amman on Thursday.",
			Meeting, []string{"sameh-shoukry", "ayman-safadi"}},
		{"a state's office before a name is left to the name", "2024-03-21",
			"Egypt's foreign minister Sameh Shoukry rejected the plan.",
			Rejection, []string{"sameh-shoukry"}},
		{"the two leaders skip a spokesman and reach back a sentence", "1998-03-26",
			"Albright met Netanyahu on Thursday. Arafat said he would accept the proposal. Netanyahu's spokesman, David Bar-Illan, said Israel rejected it. The two leaders later called for calm.",
			Demand, []string{"yasser-arafat", "benjamin-netanyahu"}},
		{"a state's office is not a former holder's", "2021-05-14",
			"Former Israeli Prime Minister Ehud Olmert criticised the offensive on Thursday. Israel's prime minister rejected the plan on Friday.",
			Rejection, []string{"benjamin-netanyahu"}},
		{"the Reuters spelling of a name", "2023-05-14",
			"Zelenskiy met Biden in Washington on Wednesday.",
			Meeting, []string{"volodymyr-zelensky", "joe-biden"}},
		{"both sides of a coalition's attack", "2021-05-14",
			"Hamas and Islamic Jihad fired rockets at Israel on Monday. Egypt urged both sides to stop.",
			Demand, []string{"egypt", "hamas", "islamic-jihad", "israel"}},
		{"the ministers", "2024-03-21",
			"Turkish Foreign Minister Hakan Fidan and Greek Foreign Minister Giorgos Gerapetritis met in Athens on Monday. The ministers said the talks had gone well.",
			Statement, []string{"hakan-fidan", "giorgos-gerapetritis"}},
		{"a surname two persons share", "1990-08-16",
			"Bush met King Hussein of Jordan on Thursday. Iraq's Saddam Hussein accused Bush of betrayal. Hussein rejected the charge.",
			Rejection, []string{"hussein-bin-talal"}},
		{"a rank after an office is no name", "2025-05-16",
			"Rubio met army chief Gen. Abdel Fattah Burhan on Tuesday.",
			Meeting, []string{"marco-rubio", "abdel-fattah-al-burhan"}},
		{"a state's lower-case office before a name is the person's", "2025-05-16",
			"Rubio met Sudan's army chief Lt. Gen. Abdel Fattah Burhan in Port Sudan on Tuesday.",
			Meeting, []string{"marco-rubio", "abdel-fattah-al-burhan"}},
		{"a state's army is still the state", "2025-05-16",
			"Sudan's army shelled Omdurman on Tuesday.",
			Attack, []string{"sudan"}},
		{"a body's office before a name is the person's", "2024-03-21",
			"Blinken met Hamas leader Ismail Haniyeh in Doha on Tuesday.",
			Meeting, []string{"antony-blinken", "ismail-haniyeh"}},
		{"a name in apposition after a person noun", "1995-11-22",
			"Bosnian Serb leader Radovan Karadzic was not at the talks. His deputy, Momcilo Krajisnik, denounced the deal on Tuesday.",
			Statement, []string{"momcilo-krajisnik"}},
		{"both sides are the two who signed", "2000-06-19",
			"Ethiopia and Eritrea signed a cease-fire on Sunday. The OAU secretary-general, Salim Ahmed Salim, called on both sides to release prisoners.",
			Demand, []string{"salim-ahmed-salim", "ethiopia", "eritrea"}},
		{"both sides skip a spokesman", "2018-04-28",
			"Moon Jae-in met Kim Jong Un on Friday, spokesman Yoon Young-chan said. Both sides agreed to stop the broadcasts.",
			Agreement, []string{"moon-jae-in", "kim-jong-un"}},
		{"a news agency told is no party", "2025-05-16",
			"RSF spokesman Ahmed Ibrahim told Reuters on Friday that the group would fight on.",
			Statement, []string{"ahmed-ibrahim"}},
		{"a fronted phrase belongs to the main subject", "2024-03-21",
			"After lengthy talks with el-Sissi, Blinken told reporters in Cairo that a truce was within reach.",
			Meeting, []string{"antony-blinken", "abdel-fattah-el-sissi"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := extractCase(t, tt.dct, tt.text)
			var got []string
			found := false
			for _, e := range doc.Events {
				if e.Type == tt.typ {
					got, found = e.Actors, true
					break
				}
			}
			if !found {
				t.Fatalf("%q: no %s event; events: %s", tt.text, tt.typ, eventSummary(doc.Events))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q: %s actors mismatch (-want +got):\n%s", tt.text, tt.typ, diff)
			}
		})
	}
}

// TestEventCoreference checks that an event reported twice, once with its
// date and once without, is one event with both sentences as evidence.
func TestEventCoreference(t *testing.T) {
	tests := []struct {
		name     string
		dct      string
		text     string
		typ      Type
		date     Date
		evidence int
	}{
		{"undated mention joins the dated one", "2022-03-10",
			"Russia's invasion of Ukraine shaped the summit. Russia has been isolated since its Feb. 24 invasion.",
			Attack, "2022-02-24", 2},
		{"a deal signed and joined", "2024-03-21",
			"Egypt and Qatar formally joined the truce pact on Tuesday. Egyptian President Abdel Fattah el-Sissi and Qatari Emir Tamim bin Hamad Al Thani signed the pact documents.",
			Agreement, "2024-03-19", 2},
		{"one speaker's words in one paragraph", "2024-03-21",
			"Blinken said on Thursday the gaps were narrowing. Diplomats in the region agree. \"We are close,\" Blinken said.",
			Statement, "2024-03-21", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := oneEvent(t, extractCase(t, tt.dct, tt.text), tt.typ, tt.text)
			if e.Date != tt.date || len(e.Evidence) != tt.evidence {
				t.Errorf("%q: %s dated %q with %d evidence sentences, want %q with %d",
					tt.text, tt.typ, e.Date, len(e.Evidence), tt.date, tt.evidence)
			}
		})
	}
}

// TestContextDates checks events the text gives no date of their own,
// dated from the events around them (EVENT-MODEL.md section 3).
func TestContextDates(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		typ    Type
		date   Date
		actors []string
	}{
		{"the same initiator's dated act in the sentence",
			"Blinken praised the rescuers on Tuesday during a short trip to Beirut.",
			Visit, "2024-03-19", []string{"antony-blinken", "lebanon"}},
		{"reported in the past by a dated statement: its own day unsaid",
			"Iran's foreign ministry said on Friday that Foreign Minister Hossein Amir-Abdollahian met the Omani envoy.",
			Meeting, "", nil},
		{"reported in quoted words by a dated statement",
			"Iran's foreign minister said on Friday: \"We met the Omani envoy and agreed on a plan.\"",
			Agreement, "2024-03-15", nil},
		{"a lead named in the next sentence, its day carried on",
			"An American envoy arrived in Doha on Wednesday. Steve Witkoff toured the port of Doha with Qatari officials.",
			Visit, "2024-03-20", []string{"steve-witkoff", "qatar"}},
		{"a described speaker named next",
			"A Kremlin spokesman said on Wednesday that the garrison would remain. \"Nobody is withdrawing,\" said spokesman Dmitry Peskov.",
			Statement, "2024-03-20", []string{"dmitry-peskov"}},
		{"the gathering an event stands before",
			"Blinken and el-Sissi signed the accord in Cairo on Wednesday. In toasts after the signing, the two leaders praised the mediators.",
			Statement, "2024-03-20", []string{"antony-blinken", "abdel-fattah-el-sissi"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := oneEvent(t, extractCase(t, thursdayDCT, tt.text), tt.typ, tt.text)
			if e.Date != tt.date {
				t.Errorf("%q: %s dated %q, want %q", tt.text, tt.typ, e.Date, tt.date)
			}
			if tt.actors != nil {
				if diff := cmp.Diff(tt.actors, e.Actors); diff != "" {
					t.Errorf("%q: actors mismatch (-want +got):\n%s", tt.text, diff)
				}
			}
		})
	}
}

// oneEvent returns the one event of type typ in doc; the test fails when
// there are none or several.
func oneEvent(t *testing.T, doc Document, typ Type, text string) Event {
	t.Helper()
	var evs []Event
	for _, e := range doc.Events {
		if e.Type == typ {
			evs = append(evs, e)
		}
	}
	if len(evs) != 1 {
		t.Fatalf("%q: %d %s events, want 1: %s", text, len(evs), typ, eventSummary(doc.Events))
	}
	return evs[0]
}

// TestStoryAfterDCT checks the rule for wire copy dated the evening before
// the day it reports (EVENT-MODEL.md section 3): a weekday the article
// plans for the next day is that day in its past reports too.
func TestStoryAfterDCT(t *testing.T) {
	text := "Blinken headed Tuesday to Cairo. He is scheduled to meet el-Sissi Tuesday morning before flying home."
	doc := extractCase(t, "2024-03-18", text) // a Monday
	if e := oneEvent(t, doc, Visit, text); e.Date != "2024-03-19" {
		t.Errorf("visit dated %q, want 2024-03-19", e.Date)
	}
	if e := oneEvent(t, doc, Meeting, text); e.Date != "2024-03-19" || e.Status != Planned {
		t.Errorf("meeting dated %q %s, want 2024-03-19 planned", e.Date, e.Status)
	}
}

// TestRoleAtDate checks that a person's role is the office held on the
// article's date: the title the text gives when the knowledge base knows
// only a later office, never "former" for an office not yet held.
func TestRoleAtDate(t *testing.T) {
	tests := []struct {
		dct, text, id string
		want          Actor
	}{
		{"1998-08-11", "Egyptian Ambassador Ahmed Maher el-Sayed denounced the shelling.", "ahmed-maher",
			Actor{Role: "Ambassador", Affiliation: "egypt"}},
		{"1998-08-11", "Secretary of State Madeleine Albright denounced the shelling.", "madeleine-albright",
			Actor{Role: "Secretary of State", Affiliation: "united-states"}},
		{"2005-06-01", "Madeleine Albright denounced the shelling.", "madeleine-albright",
			Actor{Role: "former Secretary of State", Affiliation: "united-states"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			doc := extractCase(t, tt.dct, tt.text)
			for _, a := range doc.Actors {
				if a.ID == tt.id {
					got := Actor{Role: a.Role, Affiliation: a.Affiliation}
					if diff := cmp.Diff(tt.want, got); diff != "" {
						t.Errorf("%s on %s: mismatch (-want +got):\n%s", tt.id, tt.dct, diff)
					}
					return
				}
			}
			t.Fatalf("no actor %s in %+v", tt.id, doc.Actors)
		})
	}
}

// TestNoActorInsideALongerName checks that a known person's name inside a
// longer unknown one ("Ahmed" of "Ahmed Ibrahim", Abiy Ahmed's surname)
// adds no actor: the document's actors are the ones it names.
func TestNoActorInsideALongerName(t *testing.T) {
	doc := extractCase(t, "2025-05-16", "Rubio met Ahmed Ibrahim on Tuesday. Gen. Ahmed Saleh said nothing.")
	var got []string
	for _, a := range doc.Actors {
		got = append(got, a.ID)
	}
	want := []string{"marco-rubio", "united-states", "ahmed-ibrahim", "ahmed-saleh"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("actors mismatch (-want +got):\n%s", diff)
	}
}

// TestNewsOutletBringsNoState checks that the outlet of a dateline adds no
// state to the document's actors: "(Reuters)" is no reason to draw the
// United Kingdom in a story about Sudan.
func TestNewsOutletBringsNoState(t *testing.T) {
	doc := extractCase(t, "2025-05-16", "KHARTOUM (Reuters) - Sudan's army shelled Omdurman on Tuesday.")
	var got []string
	for _, a := range doc.Actors {
		got = append(got, a.ID)
	}
	want := []string{"reuters", "sudan"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("actors mismatch (-want +got):\n%s", diff)
	}
}
