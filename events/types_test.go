package events

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// gotEvent is what the event-type tests compare: type, status, place and
// actors of each event, in document order.
type gotEvent struct {
	Type   Type
	Status Status
	Place  string
	Actors []string
}

func extractCase(t *testing.T, dct, text string) Document {
	t.Helper()
	doc, err := Extract("case.txt", "date: "+dct+"\n\n"+text+"\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func summarize(doc Document) []gotEvent {
	var out []gotEvent
	for _, e := range doc.Events {
		out = append(out, gotEvent{e.Type, e.Status, e.Place, e.Actors})
	}
	return out
}

// TestEventTypes checks each of the fourteen event types of EVENT-MODEL.md
// section 3 on sentences written for the test in the style of wire copy,
// with the status and place each should get.
func TestEventTypes(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []gotEvent
	}{
		{"visit", "Secretary of State Antony Blinken arrived in Amman on Tuesday for talks on the war.",
			[]gotEvent{{Visit, Occurred, "Amman", []string{"antony-blinken", "jordan"}}}},
		{"visit planned", "Blinken will travel to Israel on Friday.",
			[]gotEvent{{Visit, Planned, "Israel", []string{"antony-blinken", "israel"}}}},
		{"visit with a date inside the verb phrase", "Blinken headed Tuesday to Riyadh.",
			[]gotEvent{{Visit, Occurred, "Riyadh", []string{"antony-blinken", "saudi-arabia"}}}},
		{"meeting", "Egyptian President Abdel Fattah el-Sissi met with King Abdullah II of Jordan in Cairo on Monday.",
			[]gotEvent{{Meeting, Occurred, "Cairo", []string{"abdel-fattah-el-sissi", "abdullah-ii"}}}},
		{"meeting planned", "Blinken is expected to meet Israeli Prime Minister Benjamin Netanyahu on Friday.",
			[]gotEvent{{Meeting, Planned, "", []string{"antony-blinken", "benjamin-netanyahu"}}}},
		{"call", "French President Emmanuel Macron spoke by phone with Egyptian President Abdel Fattah el-Sissi on Wednesday.",
			[]gotEvent{{Call, Occurred, "", []string{"emmanuel-macron", "abdel-fattah-el-sissi"}}}},
		{"statement", "Blinken told reporters in Doha on Wednesday that a deal was within reach.",
			[]gotEvent{{Statement, Occurred, "Doha", []string{"antony-blinken"}}}},
		{"proposal", "Qatar proposed a three-stage truce to both sides on Monday.",
			[]gotEvent{{Proposal, Occurred, "", []string{"qatar"}}}},
		{"demand", "The Arab League called for an immediate ceasefire on Sunday.",
			[]gotEvent{{Demand, Occurred, "", []string{"arab-league"}}}},
		{"rejection", "Hamas rejected the Israeli offer on Wednesday.",
			[]gotEvent{{Rejection, Occurred, "", []string{"hamas"}}}},
		{"agreement", "Armenia and Azerbaijan signed a border deal in Almaty on Tuesday.",
			[]gotEvent{{Agreement, Occurred, "Almaty", []string{"armenia", "azerbaijan"}}}},
		{"agreement hypothetical", "Saudi Arabia would sign a deal with Israel in return for a path to a Palestinian state.",
			[]gotEvent{{Agreement, Hypothetical, "", []string{"saudi-arabia", "israel"}}}},
		{"mediation ongoing", "Egypt and Qatar have spent weeks trying to mediate between Israel and Hamas.",
			[]gotEvent{{Mediation, Ongoing, "", []string{"egypt", "qatar", "israel", "hamas"}}}},
		{"attack", "Israel attacked Rafah on Saturday.",
			[]gotEvent{{Attack, Occurred, "Rafah", []string{"israel"}}}},
		{"attack named by its date", "Investigators studied the March 3 bombing for weeks.",
			[]gotEvent{{Attack, Occurred, "", nil}}},
		{"aid", "Japan pledged $10 million in aid to Sudan on Monday.",
			[]gotEvent{{Aid, Occurred, "", []string{"japan", "sudan"}}}},
		{"release", "Hamas freed four hostages on Friday.",
			[]gotEvent{{Release, Occurred, "", []string{"hamas"}}}},
		{"sanction", "The European Union imposed new sanctions on Iran on Monday.",
			[]gotEvent{{Sanction, Occurred, "", []string{"european-union", "iran"}}}},
		{"threat", "Iran threatened to strike Israel.",
			[]gotEvent{{Threat, Occurred, "", []string{"iran", "israel"}}}},
		{"threat from a conditional attack", "Turkey said it would bomb Syria unless the militias stopped firing.",
			[]gotEvent{{Threat, Occurred, "", []string{"turkey", "syria"}}}},
		{"an invitation to a gathering", "Blinken has invited the trade ministers of Oman and Kuwait to a meeting in Geneva.",
			[]gotEvent{
				{Proposal, Occurred, "", []string{"antony-blinken", "trade-ministers-of-oman-and-kuwait"}},
				{Meeting, Planned, "Geneva", []string{"antony-blinken", "trade-ministers-of-oman-and-kuwait"}},
			}},
		{"the speaker after the verb", `"No decision has been taken," replied Foreign Ministry spokeswoman Maria Zakharova.`,
			[]gotEvent{{Statement, Occurred, "", []string{"maria-zakharova"}}}},
		{"a described speaker no sentence names", "A senior State Department official said the gaps were narrowing.",
			[]gotEvent{{Statement, Occurred, "", []string{"state-department"}}}},
		{"negated", "Blinken did not meet el-Sissi on Monday.", nil},
		{"declined to say", "The spokesman declined to say whether Blinken would stay.", nil},
		{"a verbal attack is words, not arms", "In a long verbal attack read on state television on Thursday, Saddam Hussein called Bush a liar.",
			[]gotEvent{{Statement, Occurred, "", []string{"saddam-hussein"}}}},
		{"a warning against travel is neither a trip nor a threat", "The State Department on Sunday lifted a warning against travel to Kenya and warned against all travel to Pakistan.", nil},
		{"an attack with no such word before it", "Iraq launched an attack on Kuwait on Thursday.",
			[]gotEvent{{Attack, Occurred, "", []string{"iraq", "kuwait"}}}},
		{"a name for something, no event", "Pyongyang keeps the border shut, or what it calls a ``self-defence measure'' against Seoul.", nil},
		{"an adjective is no verb", "Oman shut the only remaining free crossing.", nil},
		{"a relative clause has its own subject", "Blinken welcomed the envoys of Gulf states, who came to the embassy to express sympathy.",
			[]gotEvent{
				{Visit, Occurred, "", []string{"envoys-of-gulf-states"}},
				{Statement, Occurred, "", []string{"envoys-of-gulf-states"}},
			}},
		{"a relative clause with no actor before it", "Blinken welcomed the crowds, who came to the embassy to express sympathy.", nil},
		{"speaking to envoys is meeting them", "Blinken told envoys of 14 Arab states in Geneva that the siege had to end.",
			[]gotEvent{
				{Statement, Occurred, "Geneva", []string{"antony-blinken", "envoys-of-14-arab-states"}},
				{Meeting, Occurred, "Geneva", []string{"antony-blinken", "envoys-of-14-arab-states"}},
			}},
		{"a country does not travel", "Half of its grain goes to Egypt.", nil},
		{"fired missiles at", "The Houthis fired two missiles at a container ship in the Red Sea on Tuesday.",
			[]gotEvent{{Attack, Occurred, "Red Sea", []string{"houthis"}}}},
		{"launched drones at", "Russia launched dozens of drones at Kyiv overnight.",
			[]gotEvent{{Attack, Occurred, "Kyiv", []string{"russia"}}}},
		{"bombarded", "Syrian forces bombarded Idlib on Sunday.",
			[]gotEvent{{Attack, Occurred, "Idlib", []string{"syria"}}}},
		{"fired in the air is no attack", "Police fired shots in the air to disperse the crowd.", nil},
		{"telephone conversation", "Turkish President Recep Tayyip Erdogan held a telephone conversation with Iranian President Hassan Rouhani.",
			[]gotEvent{{Call, Occurred, "", []string{"recep-tayyip-erdogan", "hassan-rouhani"}}}},
		{"suspended a membership", "The African Union suspended Niger's membership on Thursday.",
			[]gotEvent{{Sanction, Occurred, "", []string{"african-union", "niger"}}}},
		{"denounced", "Cuba denounced the decision as illegal.",
			[]gotEvent{{Statement, Occurred, "", []string{"cuba"}}}},
		{"the agent of a passive comes first", "The plan was rejected by Israel on Monday.",
			[]gotEvent{{Rejection, Occurred, "", []string{"israel"}}}},
		{"a deal brokered by a third party", "Ethiopia and Eritrea signed a peace deal on Sunday in a process brokered by the United Arab Emirates.",
			[]gotEvent{
				{Agreement, Occurred, "", []string{"ethiopia", "eritrea"}},
				{Mediation, Occurred, "", []string{"united-arab-emirates"}},
			}},
		{"suspended talks is no sanction", "Iran suspended talks with the inspectors on Monday.", nil},
		{"visiting as an adjective names the traveller", "Egyptian President Abdel Fattah el-Sissi met visiting Jordanian King Abdullah II in Cairo on Sunday.",
			[]gotEvent{
				{Meeting, Occurred, "Cairo", []string{"abdel-fattah-el-sissi", "abdullah-ii"}},
				{Visit, Occurred, "Cairo", []string{"abdullah-ii", "egypt"}},
			}},
		{"visiting as a verb", "Blinken was visiting Cairo when the news broke.",
			[]gotEvent{{Visit, Occurred, "Cairo", []string{"antony-blinken", "egypt"}}}},
		{"exchanged fire is an attack", "India and Pakistan exchanged fire across the border on Friday.",
			[]gotEvent{{Attack, Occurred, "", []string{"india", "pakistan"}}}},
		{"exchanged prisoners is a release", "Russia and Ukraine exchanged prisoners on Friday.",
			[]gotEvent{{Release, Occurred, "", []string{"russia", "ukraine"}}}},
		{"exchanged views is neither", "Russia and Ukraine exchanged views on Friday.", nil},
		{"the state fired at is the target", "Hamas fired rockets at Israel on Saturday.",
			[]gotEvent{{Attack, Occurred, "", []string{"hamas", "israel"}}}},
		{"an attack after an adjective is a noun", "Biden condemned what he called an unprovoked attack.",
			[]gotEvent{{Statement, Occurred, "", []string{"joe-biden"}}}},
		{"announced sanctions are the subject's", "Biden announced new sanctions against Russia on Thursday.",
			[]gotEvent{
				{Statement, Occurred, "", []string{"joe-biden"}},
				{Sanction, Occurred, "", []string{"joe-biden", "russia"}},
			}},
		{"the group of a name is no reference", "Hezbollah fired rockets at Israel. The group of seven rejected the truce.",
			[]gotEvent{{Attack, Occurred, "", []string{"hezbollah", "israel"}}}},
		{"a call with a titled name after its demonym", "Palestinian President Mahmoud Abbas held a telephone call with Egyptian President Abdel Fattah al-Sisi on Sunday.",
			[]gotEvent{{Call, Occurred, "", []string{"mahmoud-abbas", "abdel-fattah-el-sissi"}}}},
		{"coordinated agents of a passive", "The truce was brokered by Qatar and Egypt on Friday.",
			[]gotEvent{{Mediation, Occurred, "", []string{"qatar", "egypt"}}}},
		{"a state's raid on a town", "The Arab League condemned the Israeli raid on Jenin on Monday.",
			[]gotEvent{
				{Attack, Occurred, "Jenin", []string{"israel"}},
				{Statement, Occurred, "", []string{"arab-league"}},
			}},
		{"a state's adjective alone makes no attack", "The Arab League condemned the Israeli policy on Monday.",
			[]gotEvent{{Statement, Occurred, "", []string{"arab-league"}}}},
		{"a past in the plain form is no schedule", "Saudi Arabia, Bahrain and Egypt cut diplomatic ties with Qatar on Monday.",
			[]gotEvent{{Sanction, Occurred, "", []string{"saudi-arabia", "bahrain", "egypt", "qatar"}}}},
		{"the four countries are the four that acted", "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut diplomatic ties with Qatar on Monday. The four countries also expelled Qatari diplomats.",
			[]gotEvent{
				{Sanction, Occurred, "", []string{"saudi-arabia", "united-arab-emirates", "bahrain", "egypt", "qatar"}},
				{Sanction, Occurred, "", []string{"saudi-arabia", "united-arab-emirates", "bahrain", "egypt", "qatari-diplomats"}},
			}},
		{"pledged support is no aid", "Erdogan pledged to keep supporting Qatar.", nil},
		{"pledged money is aid", "Japan pledged $50 million to Jordan on Monday.",
			[]gotEvent{{Aid, Occurred, "", []string{"japan", "jordan"}}}},
		{"a source in brackets is no subject", "MOSCOW (Reuters) - Crimeans voted on Sunday to join Russia.",
			[]gotEvent{{Agreement, Occurred, "", []string{"russia"}}}},
		{"the town of a region is the place", "Blinken drove to the West Bank town of Ramallah on Monday.",
			[]gotEvent{{Visit, Occurred, "Ramallah", []string{"antony-blinken", "palestine"}}}},
		{"a state's government is the state", "Ethiopia's federal government and the Tigray People's Liberation Front agreed on Wednesday to a truce.",
			[]gotEvent{{Agreement, Occurred, "", []string{"ethiopia", "tplf"}}}},
		{"the government of a state", "The government of Sudan rejected the proposal on Monday.",
			[]gotEvent{{Rejection, Occurred, "", []string{"sudan"}}}},
		{"a demonym's government in the past", "The Ethiopian government rejected the proposal on Monday.",
			[]gotEvent{{Rejection, Occurred, "", []string{"ethiopia"}}}},
		{"called a person: a phone call", "Biden called Netanyahu on Sunday to discuss the hostages.",
			[]gotEvent{{Call, Occurred, "", []string{"joe-biden", "benjamin-netanyahu"}}}},
		{"called two leaders", "Erdogan also called Putin and Zelensky on Monday.",
			[]gotEvent{{Call, Occurred, "", []string{"recep-tayyip-erdogan", "vladimir-putin", "volodymyr-zelensky"}}}},
		{"called a person something: no call", "Netanyahu called Hamas a terrorist group on Monday.", nil},
		{"called a plan something: no call", "Netanyahu called Biden's plan reckless.", nil},
		{"a group called X: no call", "Israel fought a group called Hezbollah.", nil},
		{"a trailing source is no statement", "Biden met Netanyahu on Monday, the White House said.",
			[]gotEvent{{Meeting, Occurred, "", []string{"joe-biden", "benjamin-netanyahu"}}}},
		{"a dated trailing source speaks alone", "Hamas rejected the plan, the group's spokesman Hazem Qassem said on Tuesday.",
			[]gotEvent{{Statement, Occurred, "", []string{"hazem-qassem"}}, {Rejection, Occurred, "", []string{"hamas"}}}},
		{"drones and missiles at a state", "Russia launched 472 drones and seven missiles at Kyiv overnight, the Ukrainian air force said on Sunday.",
			[]gotEvent{{Attack, Occurred, "Kyiv", []string{"russia"}}}},
		{"a quotation's future is not the speaker's", "\"We will not give away our land,\" Zelenskiy told reporters in Kyiv on Monday.",
			[]gotEvent{{Statement, Occurred, "Kyiv", []string{"volodymyr-zelensky"}}}},
		{"a name inside the quotation is no speaker", "``Both Senator D'Amato and Chuck Schumer know this was a crime,'' said the spokesman.", nil},
		{"a state's strike told by its toll", "An Israeli strike on a school in Gaza City killed at least 15 people on Tuesday.",
			[]gotEvent{{Attack, Occurred, "Gaza", []string{"israel"}}}},
		{"a strike that hit", "A Russian strike hit an apartment block in Dnipro on Saturday.",
			[]gotEvent{{Attack, Occurred, "Dnipro", []string{"russia"}}}},
		{"a general strike is no attack", "A general strike paralysed the city on Tuesday.", nil},
		{"on strike is no attack", "Dockworkers went on strike on Monday and the port was hit by delays.", nil},
		{"a hunger strike is no attack", "The prisoner has been on hunger strike since March and his health was damaged.", nil},
		{"released a video: no one freed", "Hamas released a video of an Israeli hostage.", nil},
		{"a release deal: no one freed yet", "Qatar is mediating a hostage release deal.",
			[]gotEvent{{Mediation, Ongoing, "", []string{"qatar"}}}},
		{"a trailing source dated by the news is no statement", "Netanyahu spoke with U.S. President-elect Donald Trump by phone on Thursday, his office said.",
			[]gotEvent{{Call, Occurred, "", []string{"benjamin-netanyahu", "donald-trump"}}}},
		{"officials from two states", "Officials from Egypt and Qatar met in Cairo on Monday.",
			[]gotEvent{{Meeting, Occurred, "Cairo", []string{"egypt", "qatar"}}}},
		{"negotiators from two parties travel", "Negotiators from Israel and Hamas will return to Doha next week.",
			[]gotEvent{{Visit, Planned, "Doha", []string{"israel", "hamas", "qatar"}}}},
		{"a state itself does not travel", "Israel and Hamas will return to Doha next week.", nil},
		{"a place named is no \"it\" to come", "Apple will cut production at its plants in China. The Federal Reserve is expected to hold rates steady when it meets next week.", nil},
		{"\"its\" after two sentences without the state", "Iran rejected the offer. Shares fell. Oil rose. The union said the strike would last until Boeing raised its wage proposal.",
			[]gotEvent{{Rejection, Occurred, "", []string{"iran"}}}},
		{"a state and plain nouns as subject", "Iran and six world powers reached a landmark deal on Tuesday.",
			[]gotEvent{{Agreement, Occurred, "", []string{"iran"}}}},
		{"flew back to", "Zarif flew back to Tehran on Wednesday.",
			[]gotEvent{{Visit, Occurred, "Tehran", []string{"mohammad-javad-zarif", "iran"}}}},
		{"brief lawmakers", "John Kerry will brief Congress on Thursday.",
			[]gotEvent{{Statement, Planned, "", []string{"john-kerry", "us-congress"}}}},
		{"endorse a deal", "The United Nations Security Council is expected to endorse the deal next week.",
			[]gotEvent{{Agreement, Planned, "", []string{"un-security-council"}}}},
		{"lifting an embargo is no sanction", "The European Union will lift its oil embargo next year.", nil},
		{"easing sanctions is no sanction", "The EU eased sanctions on Iran on Monday.", nil},
		{"sanctions imposed are a sanction, lifted or not", "The Security Council said it will not lift the sweeping sanctions imposed on Iraq in 1990.",
			[]gotEvent{{Sanction, Occurred, "", []string{"un-security-council", "iraq"}}}},
		{"the embargo on a state, with nothing before it", "Jordan closed its last port as the economic embargo on materials to Iraq continued unabated.",
			[]gotEvent{{Sanction, Ongoing, "", []string{"iraq"}}}},
		{"the bombing of embassies, with nothing before it", "Iran on Saturday condemned the bombing of the U.S. embassies.",
			[]gotEvent{{Statement, Occurred, "", []string{"iran"}}, {Attack, Occurred, "", []string{"united-states"}}}},
		{"the talks, with nothing before them", "Iran on Saturday praised the talks.",
			[]gotEvent{{Statement, Occurred, "", []string{"iran"}}}},
		{"talks with a visitor share the visit's day and the dateline's place", "BEIJING, April 25 (Xinhua) -- Chinese President Xi Jinping held talks with visiting Pakistani Prime Minister Imran Khan here on Thursday.",
			[]gotEvent{{Meeting, Occurred, "Beijing", []string{"xi-jinping", "imran-khan"}}, {Visit, Occurred, "Beijing", []string{"imran-khan"}}}},
		{"shot down", "Pakistan shot down two Indian warplanes on Wednesday.",
			[]gotEvent{{Attack, Occurred, "", []string{"pakistan", "india"}}}},
		{"downed", "Pakistan downed an Indian jet on Wednesday.",
			[]gotEvent{{Attack, Occurred, "", []string{"pakistan", "india"}}}},
		{"carried out an airstrike", "India carried out an airstrike inside Pakistan on Tuesday.",
			[]gotEvent{{Attack, Occurred, "", []string{"india", "pakistan"}}}},
		{"struck a deal", "Britain and the EU struck a deal on Thursday.",
			[]gotEvent{{Agreement, Occurred, "", []string{"united-kingdom", "european-union"}}}},
		{"a deal struck is no blow", "The deal was struck hours before a summit of EU leaders in Brussels.", nil},
		{"talks with a capital: the state", "Imran Khan offered talks with New Delhi.",
			[]gotEvent{{Proposal, Occurred, "", []string{"imran-khan", "india"}}}},
		{"ties with a capital: the state", "Riyadh cut ties with Tehran in 2016.",
			[]gotEvent{{Sanction, Occurred, "", []string{"saudi-arabia", "iran"}}}},
		{"negotiators for two parties", "Negotiators for the UK and the EU held talks in Brussels on Tuesday.",
			[]gotEvent{{Meeting, Occurred, "Brussels", []string{"united-kingdom", "european-union"}}}},
		{"a number in a weapon phrase", "Hamas fired more than 4,000 rockets at Israel.",
			[]gotEvent{{Attack, Occurred, "", []string{"hamas", "israel"}}}},
		{"up to a number of missiles", "Russia launched up to 40 missiles at Kyiv on Sunday.",
			[]gotEvent{{Attack, Occurred, "Kyiv", []string{"russia"}}}},
		{"a preposition in a gap is no hedge", "Iran launched a debate about attacks on Monday.", nil},
		{"at least a number of missiles", "Russia launched at least 40 missiles at Kyiv on Sunday.",
			[]gotEvent{{Attack, Occurred, "Kyiv", []string{"russia"}}}},
		{"a war that killed is the war's, no party's", "Ethiopia and Eritrea signed a cease-fire agreement on Sunday, ending two years of a border war that has killed tens of thousands.",
			[]gotEvent{{Agreement, Occurred, "", []string{"ethiopia", "eritrea"}}}},
		{"a list of persons met", "Blinken met el-Sissi, King Abdullah II and Mohammed bin Salman on Tuesday.",
			[]gotEvent{{Meeting, Occurred, "", []string{"antony-blinken", "abdel-fattah-el-sissi", "abdullah-ii", "mohammed-bin-salman"}}}},
		{"a demonym's troops are the state", "Ethiopian troops shelled Eritrean positions on Saturday.",
			[]gotEvent{{Attack, Occurred, "", []string{"ethiopia", "eritrea"}}}},
		{"an attack near a town happens there", "Ethiopian troops shelled Eritrean positions near Asmara on Saturday.",
			[]gotEvent{{Attack, Occurred, "Asmara", []string{"ethiopia", "eritrea"}}}},
		{"a demonym's soldiers are the state", "Hezbollah fighters killed three Israeli soldiers on Monday.",
			[]gotEvent{{Attack, Occurred, "", []string{"hezbollah", "israel"}}}},
		{"a demonym's mediators stay a group", "Egyptian mediators visited Tel Aviv on Thursday.",
			[]gotEvent{{Visit, Occurred, "Tel Aviv", []string{"egyptian-mediators", "israel"}}}},
		{"could not support: a rejection", "Northern Ireland's Democratic Unionist Party said it could not support the proposals.",
			[]gotEvent{{Rejection, Occurred, "", []string{"democratic-unionist-party"}}}},
		{"would retaliate if: a threat", "Pakistan warned that it would retaliate if India attacked again.",
			[]gotEvent{{Threat, Occurred, "", []string{"pakistan", "india"}}, {Attack, Hypothetical, "", []string{"india"}}}},
		{"vowed revenge: a threat", "Iran vowed revenge for the killing.",
			[]gotEvent{{Threat, Occurred, "", []string{"iran"}}}},
		{"retaliated with strikes: an attack, no threat", "Israel retaliated with air strikes on Gaza.",
			[]gotEvent{{Attack, Occurred, "Gaza", []string{"israel"}}}},
		{"a spokesman's attribution of a statement is no second one", "UN Secretary-General Antonio Guterres welcomed the announcement, his spokesman Stephane Dujarric said.",
			[]gotEvent{{Statement, Occurred, "", []string{"antonio-guterres"}}}},
		{"welcomed the outcome", "Donald Trump welcomed the outcome on Twitter.",
			[]gotEvent{{Statement, Occurred, "", []string{"donald-trump"}}}},
		{"addressed a rally", "Zelensky addressed a rally in Kyiv on Sunday.",
			[]gotEvent{{Statement, Occurred, "Kyiv", []string{"volodymyr-zelensky"}}}},
		{"addressed an issue is no statement", "Zelensky addressed the issue on Sunday.", nil},
		{"welcomed a deal", "Abiy Ahmed welcomed the deal on Thursday.",
			[]gotEvent{{Statement, Occurred, "", []string{"abiy-ahmed"}}}},
		{"welcomed guests is no statement", "Abiy Ahmed welcomed the guests on Thursday.", nil},
		{"a relative clause between subject and verb", "French President Nicolas Sarkozy, who holds the rotating EU presidency, flew to Moscow to broker a ceasefire.",
			[]gotEvent{
				{Visit, Occurred, "Moscow", []string{"nicolas-sarkozy", "russia"}},
				{Mediation, Occurred, "Moscow", []string{"nicolas-sarkozy"}},
			}},
		{"a speaker after a comma is no second agent", "The truce was brokered by Qatar, the United Nations said.",
			[]gotEvent{{Mediation, Occurred, "", []string{"qatar"}}}},
		{"a time before the verb is no subject", "Iran this week threatened to enrich uranium to 90 percent.",
			[]gotEvent{{Threat, Occurred, "", []string{"iran"}}}},
		{"a hedged warning is a threat", "Iran warned that it could retaliate against any strike.",
			[]gotEvent{{Threat, Occurred, "", []string{"iran"}}}},
		{"a reported willingness stays hypothetical", "Trump said he would be willing to meet Kim Jong Un.",
			[]gotEvent{{Meeting, Hypothetical, "", []string{"donald-trump", "kim-jong-un"}}}},
		{"closing airspace is no sanction", "Jordan closed its airspace on Saturday as drones flew toward Israel.", nil},
		{"a phone call elsewhere in the sentence makes no call of a meeting", "Blinken spoke with Netanyahu in Jerusalem on Tuesday before a phone call.", nil},
		{"suspended talks while aid waited is no sanction", "Israel suspended the negotiations on Monday as aid trucks waited.", nil},
		{"a participle after a noun leaves the clause's subject out", "Biden on Sunday praised the ceasefire brokered by Egypt between Israel and Hamas.",
			[]gotEvent{
				{Statement, Occurred, "", []string{"joe-biden", "israel", "hamas"}},
				{Mediation, Occurred, "", []string{"egypt", "israel", "hamas"}},
			}},
		{"stormed out is no attack", "Lavrov stormed out of the meeting on Tuesday.", nil},
		{"launched a factory is no attack", "Iran launched a new drone factory on Tuesday.", nil},
		{"a sanctions waiver is no sanction", "The United States extended a sanctions waiver for Iraq.", nil},
		{"a date after an attack noun is no target", "An Iraqi bombing on Friday killed 35 people in Baghdad.",
			[]gotEvent{{Attack, Occurred, "Baghdad", nil}}},
		{"avoided visiting is a verb", "Macron avoided visiting Egyptian President Abdel Fattah al-Sisi in Cairo.",
			[]gotEvent{{Visit, Occurred, "Cairo", []string{"emmanuel-macron", "abdel-fattah-el-sissi", "egypt"}}}},
		{"a state's forces are the state", "Russia's forces shelled Kharkiv on Monday.",
			[]gotEvent{{Attack, Occurred, "Kharkiv", []string{"russia"}}}},
		{"launched missile strikes is one attack", "Russia launched missile strikes on Kyiv on Monday.",
			[]gotEvent{{Attack, Occurred, "Kyiv", []string{"russia"}}}},
		{"plural air strikes with a state's adjective", "Israeli air strikes on Gaza killed 20 people on Monday.",
			[]gotEvent{{Attack, Occurred, "Gaza", []string{"israel"}}}},
		{"a drone strike is a noun", "An Israeli drone strike on Tuesday killed two people.",
			[]gotEvent{{Attack, Occurred, "", []string{"israel"}}}},
		{"plural news conferences", "Blinken held news conferences in Cairo and Amman on Tuesday.",
			[]gotEvent{{Statement, Occurred, "Cairo", []string{"antony-blinken"}}}},
		{"spoke with X by phone", "Scholz spoke with Putin by phone on Thursday.",
			[]gotEvent{{Call, Occurred, "", []string{"olaf-scholz", "vladimir-putin"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarize(extractCase(t, thursdayDCT, tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q: mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestSeveralEventsInOneSentence checks sentences that report more than one
// event with one trigger.
func TestSeveralEventsInOneSentence(t *testing.T) {
	type ev struct {
		Type   Type
		Date   Date
		Status Status
		Place  string
		Actors []string
	}
	tests := []struct {
		name, text string
		want       []ev
	}{
		{"meet separately", "Israeli Prime Minister Benjamin Netanyahu and Mahmoud Abbas will meet separately on Monday with Blinken.",
			[]ev{
				{Meeting, "2024-03-25", Planned, "", []string{"benjamin-netanyahu", "antony-blinken"}},
				{Meeting, "2024-03-25", Planned, "", []string{"mahmoud-abbas", "antony-blinken"}},
			}},
		{"and with", "Blinken met with Arab diplomats in Haifa and with government officials on Wednesday.",
			[]ev{
				{Meeting, "2024-03-20", Occurred, "Haifa", []string{"antony-blinken", "arab-diplomats"}},
				{Meeting, "2024-03-20", Occurred, "", []string{"antony-blinken", "government-officials"}},
			}},
		{"news in the perfect takes the day of its announcement", "The UK and the EU have agreed a new deal, Prime Minister Rishi Sunak and Commission President Ursula von der Leyen announced on Thursday.",
			[]ev{
				{Agreement, "2024-03-21", Occurred, "", []string{"united-kingdom", "european-union"}},
				{Statement, "2024-03-21", Occurred, "", []string{"rishi-sunak", "ursula-von-der-leyen"}},
			}},
		{"a relative clause's year is its own", "Former prime minister Paul Keating, who put the issue in the spotlight in his 1996 campaign, welcomed the result on Sunday.",
			[]ev{{Statement, "2024-03-17", Occurred, "", []string{"paul-keating"}}}},
		{"talks in two cities a day apart", "Blinken met Hamas negotiators in Doha on Wednesday, a day after he held talks in Cairo with el-Sissi.",
			[]ev{
				{Meeting, "2024-03-19", Occurred, "Cairo", []string{"antony-blinken", "abdel-fattah-el-sissi"}},
				{Meeting, "2024-03-20", Occurred, "Doha", []string{"antony-blinken", "hamas"}},
			}},
		{"legs of a trip", "On Friday Blinken is due to spend two hours in Doha and then six hours in Riyadh.",
			[]ev{
				{Visit, "2024-03-22", Planned, "Doha", []string{"antony-blinken", "qatar"}},
				{Visit, "2024-03-22", Planned, "Riyadh", []string{"antony-blinken", "saudi-arabia"}},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := extractCase(t, thursdayDCT, tt.text)
			var got []ev
			for _, e := range doc.Events {
				got = append(got, ev{e.Type, e.Date, e.Status, e.Place, e.Actors})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q: mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
