package timex

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// tx is a compact expected timex: text, type and value (and mod).
type tx struct {
	Text, Type, Value string
	Mod               string
}

func compact(ts []Timex) []tx {
	out := []tx{}
	for _, t := range ts {
		out = append(out, tx{t.Text, t.Type, t.Value, t.Mod})
	}
	return out
}

// thursday is the reference date of most cases: Thursday 21 March 2024.
const thursday = "2024-03-21"

func TestTag(t *testing.T) {
	tests := []struct {
		name, dct, text string
		want            []tx
	}{
		// a month near the DCT follows a clear tense; with none it is the DCT's year
		{"past month after DCT month", thursday, "Rebels attacked the town in April.",
			[]tx{{"April", "DATE", "2023-04", ""}}},
		{"future month before DCT month", thursday, "The envoy will return in February.",
			[]tx{{"February", "DATE", "2025-02", ""}}},
		// weekdays and tense
		{"said weekday", thursday, "The minister said Wednesday that talks would go on.",
			[]tx{{"Wednesday", "DATE", "2024-03-20", ""}}},
		{"met on weekday", thursday, "They met on Monday in Cairo.",
			[]tx{{"Monday", "DATE", "2024-03-18", ""}}},
		{"weekday is DCT", thursday, "He arrived in Cairo on Thursday.",
			[]tx{{"Thursday", "DATE", "2024-03-21", ""}}},
		{"future will", thursday, "Blinken will travel to Israel on Friday.",
			[]tx{{"Friday", "DATE", "2024-03-22", ""}}},
		{"future heading", thursday, "He is heading to Israel on Friday.",
			[]tx{{"Friday", "DATE", "2024-03-22", ""}}},
		{"a purpose after a past verb is no future", thursday, "Blinken traveled to Cairo on Monday to discuss the truce.",
			[]tx{{"Monday", "DATE", "2024-03-18", ""}}},
		{"a deadline before a purpose stays ahead", thursday, "The ministry gave the company until Monday to submit its plan.",
			[]tx{{"Monday", "DATE", "2024-03-25", ""}}},
		{"visiting as an adjective is no future", thursday, "Sissi held talks with visiting King Abdullah on Monday.",
			[]tx{{"Monday", "DATE", "2024-03-18", ""}}},
		{"visiting as a verb after a comma", thursday, "Blinken, visiting Israel on Friday, will meet Netanyahu.",
			[]tx{{"Friday", "DATE", "2024-03-22", ""}}},
		{"future expected", thursday, "The envoy is expected to arrive Tuesday.",
			[]tx{{"Tuesday", "DATE", "2024-03-26", ""}}},
		{"future scheduled", thursday, "A vote is scheduled for Monday.",
			[]tx{{"Monday", "DATE", "2024-03-25", ""}}},
		{"future plans to", thursday, "She plans to meet the king Sunday.",
			[]tx{{"Sunday", "DATE", "2024-03-24", ""}}},
		{"was set to", thursday, "The council was set to vote on Saturday.",
			[]tx{{"Saturday", "DATE", "2024-03-23", ""}}},
		{"future same weekday", thursday, "The talks will resume Thursday.",
			[]tx{{"Thursday", "DATE", "2024-03-21", ""}}},
		{"later weekday", thursday, "Later Thursday, he flew to Amman.",
			[]tx{{"Thursday", "DATE", "2024-03-21", ""}}},
		{"present says", thursday, "The ministry says Tuesday's strike hit a school.",
			[]tx{{"Tuesday", "DATE", "2024-03-19", ""}}},
		{"weekday night", thursday, "He will speak Friday night.",
			[]tx{{"Friday night", "DATE", "2024-03-22", ""}}},
		{"weekday evening", thursday, "The offer expired Friday evening.",
			[]tx{{"Friday evening", "TIME", "2024-03-15TEV", ""}}},
		{"weekday morning past", thursday, "Police made the arrest on Tuesday morning.",
			[]tx{{"Tuesday morning", "DATE", "2024-03-19", ""}}},
		{"weekday nights set", thursday, "Two flights will leave on Monday and Tuesday nights.",
			[]tx{{"Monday", "SET", "XXXX-WXX-1TNI", ""}, {"Tuesday nights", "SET", "XXXX-WXX-2TNI", ""}}},
		{"last weekday", thursday, "The deal was signed last Thursday.",
			[]tx{{"last Thursday", "DATE", "2024-03-14", ""}}},
		{"next weekday", thursday, "They meet again next Monday.",
			[]tx{{"next Monday", "DATE", "2024-03-25", ""}}},
		{"weekday with date", thursday, "It opened on Friday, March 15.",
			[]tx{{"Friday, March 15", "DATE", "2024-03-15", ""}}},
		{"weekday no dct", "", "They met on Friday.",
			[]tx{{"Friday", "DATE", "XXXX-WXX-5", ""}}},
		{"plural weekdays", thursday, "The market opens on Tuesdays.",
			[]tx{{"Tuesdays", "SET", "XXXX-WXX-2", ""}}},
		// not weekdays
		{"man friday", thursday, "He was her Man Friday for years.", []tx{{"years", "DURATION", "PXY", ""}}},
		{"black friday", thursday, "Shoppers crowded Black Friday sales.", []tx{}},
		{"sunday times", thursday, "The Sunday Times reported it.", []tx{}},
		// relative days
		{"today", thursday, "Talks resume today.", []tx{{"today", "DATE", "2024-03-21", ""}}},
		{"yesterday", thursday, "He spoke yesterday.", []tx{{"yesterday", "DATE", "2024-03-20", ""}}},
		{"tomorrow", thursday, "She leaves tomorrow.", []tx{{"tomorrow", "DATE", "2024-03-22", ""}}},
		{"tonight", thursday, "He will speak tonight.", []tx{{"tonight", "TIME", "2024-03-21TNI", ""}}},
		{"yesterday no dct", "", "He spoke yesterday.", []tx{{"yesterday", "DATE", "XXXX-XX-XX", ""}}},
		{"last night", thursday, "Strikes hit the city last night.", []tx{{"last night", "TIME", "2024-03-20TNI", ""}}},
		{"this morning", thursday, "He landed this morning.", []tx{{"this morning", "TIME", "2024-03-21TMO", ""}}},
		// this/last/next
		{"last week", thursday, "They met last week.", []tx{{"last week", "DATE", "2024-W11", ""}}},
		{"this week", thursday, "A vote is due this week.", []tx{{"this week", "DATE", "2024-W12", ""}}},
		{"next week", thursday, "He returns next week.", []tx{{"next week", "DATE", "2024-W13", ""}}},
		{"last month", thursday, "Prices rose last month.", []tx{{"last month", "DATE", "2024-02", ""}}},
		{"next month", thursday, "Elections are due next month.", []tx{{"next month", "DATE", "2024-04", ""}}},
		{"this year", thursday, "Growth slowed this year.", []tx{{"this year", "DATE", "2024", ""}}},
		{"last year", thursday, "It fell last year.", []tx{{"last year", "DATE", "2023", ""}}},
		{"next year", thursday, "It opens next year.", []tx{{"next year", "DATE", "2025", ""}}},
		{"this weekend", thursday, "Protests are planned this weekend.", []tx{{"this weekend", "DATE", "2024-W12-WE", ""}}},
		{"last weekend", thursday, "Fighting flared last weekend.", []tx{{"last weekend", "DATE", "2024-W11-WE", ""}}},
		{"this spring", thursday, "The plant opens this spring.", []tx{{"this spring", "DATE", "2024-SP", ""}}},
		{"last fall", thursday, "The talks collapsed last fall.", []tx{{"last fall", "DATE", "2023-FA", ""}}},
		// month and day
		{"abbrev month day past", thursday, "Hamas attacked on Oct. 7.", []tx{{"Oct. 7", "DATE", "2023-10-07", ""}}},
		{"full date", thursday, "It began October 7, 2023.", []tx{{"October 7, 2023", "DATE", "2023-10-07", ""}}},
		{"day month", thursday, "It began on 7 October 2023.", []tx{{"7 October 2023", "DATE", "2023-10-07", ""}}},
		{"day month no year", thursday, "It began on 7 October.", []tx{{"7 October", "DATE", "2023-10-07", ""}}},
		{"month day future", thursday, "The summit will open April 2.", []tx{{"April 2", "DATE", "2024-04-02", ""}}},
		{"month day range", thursday, "Talks were held Oct. 7-9.", []tx{{"Oct. 7", "DATE", "2023-10-07", ""}, {"9", "DATE", "2023-10-09", ""}}},
		{"in month past", thursday, "The offensive began in October.", []tx{{"October", "DATE", "2023-10", ""}}},
		{"month year", thursday, "Ties were cut in July 2019.", []tx{{"July 2019", "DATE", "2019-07", ""}}},
		{"mid month", thursday, "A ceasefire was agreed in mid-March.", []tx{{"mid-March", "DATE", "2024-03", "MID"}}},
		{"early month", "2013-03-22", "They met in early December.", []tx{{"early December", "DATE", "2012-12", "START"}}},
		{"month no dct", "", "They met Oct. 7.", []tx{{"Oct. 7", "DATE", "XXXX-10-07", ""}}},
		{"iso date", thursday, "Filed 2023-11-02 in court.", []tx{{"2023-11-02", "DATE", "2023-11-02", ""}}},
		{"dateline colon", "2013-10-25", "The paper said in an editorial on Monday, Oct. 28:", []tx{{"Monday, Oct. 28", "DATE", "2013-10-28", ""}}},
		{"succeed is not past", "2013-10-24", "She will succeed him Feb. 1, the board said.", []tx{{"Feb. 1", "DATE", "2014-02-01", ""}}},
		{"effective date", "2013-10-24", "The board also created a new office, effective Jan. 15.", []tx{{"Jan. 15", "DATE", "2014-01-15", ""}}},
		{"future passive", "2013-03-22", "A new envoy will be named to lead a mission in December.", []tx{{"December", "DATE", "2013-12", ""}}},
		{"and between names", "2013-01-10", "The airline will double its flights between Australia and India by August.", []tx{{"August", "DATE", "2013-08", ""}}},
		{"quote ends clause", "2024-03-20", "\"He will leave for Cairo on Thursday,\" the spokesman said.", []tx{{"Thursday", "DATE", "2024-03-21", ""}}},
		{"had been due", thursday, "The offer had been due to expire Friday.", []tx{{"Friday", "DATE", "2024-03-15", ""}}},
		{"last month day", "2024-04-30", "Since last Oct. 23, the clinic is closed.", []tx{{"Oct. 23", "DATE", "2023-10-23", ""}}},
		{"month without tense is past", "2013-11-02", "The report from March is short.", []tx{{"March", "DATE", "2013-03", ""}}},
		{"week of", thursday, "Talks are set for the week of April 8.", []tx{{"the week of April 8", "DATE", "2024-W15", ""}}},
		{"part of day with day", thursday, "Shares fell in mid-afternoon yesterday.", []tx{{"mid-afternoon yesterday", "TIME", "2024-03-20TAF", ""}}},
		{"part of day alone", thursday, "The early morning raid began in late morning.", []tx{{"late morning", "TIME", "2024-03-21TMO", ""}}},
		{"last half", thursday, "in the last half of 1989 and the last half of the '80s, by year's end", []tx{{"the last half of 1989", "DATE", "1989-H2", ""}, {"the last half of the '80s", "DATE", "198", ""}, {"year's end", "DATE", "2024", "END"}}},
		{"attributive month", "1989-10-27", "It is trying to sell itself under a June agreement.", []tx{{"June", "DATE", "1989-06", ""}}},
		{"attributive month near the DCT", "1999-02-10", "The March accession will let them sign.", []tx{{"March", "DATE", "1999-03", ""}}},
		{"attributive month with modifier", "2000-01-28", "He was kidnapped to make the late-November trip.", []tx{{"the late-November", "DATE", "1999-11", "END"}}},
		// not months
		{"may modal", thursday, "May I ask? He may go. May this end.", []tx{}},
		{"march noun", thursday, "The march drew thousands. They marched. March on! The March of Dimes gave.", []tx{}},
		// years, decades
		{"year", thursday, "The treaty dates from 1990.", []tx{{"1990", "DATE", "1990", ""}}},
		{"fiscal year", thursday, "Sales in fiscal 2013 rose.", []tx{{"fiscal 2013", "DATE", "2013", ""}}},
		{"decade", thursday, "It grew in the 1990s.", []tx{{"the 1990s", "DATE", "199", ""}}},
		{"early decade", thursday, "It grew in the early 1980s.", []tx{{"the early 1980s", "DATE", "198", "START"}}},
		{"year words", thursday, "It happened in nineteen ninety-six.", []tx{{"nineteen ninety-six", "DATE", "1996", ""}}},
		{"not years", thursday, "About 2,500 troops and 450 Japanese left; 1500 soldiers stayed.", []tx{}},
		{"not money", thursday, "It cost $1990.", []tx{}},
		// quarters
		{"the third quarter", "2013-10-24", "Profit rose in the third quarter.", []tx{{"the third quarter", "DATE", "2013-Q3", ""}}},
		{"third-quarter adj", "2013-10-24", "Third-quarter profit rose.", []tx{{"Third-quarter", "DATE", "2013-Q3", ""}}},
		{"latest quarter", "2013-10-24", "Sales fell in the latest quarter.", []tx{{"the latest quarter", "DATE", "2013-Q3", ""}}},
		{"quarter of year", "2013-10-24", "in the second quarter of 2012", []tx{{"the second quarter of 2012", "DATE", "2012-Q2", ""}}},
		{"first half", "2013-10-24", "in the first half of 2012", []tx{{"the first half of 2012", "DATE", "2012-H1", ""}}},
		{"second ordinal", thursday, "He came second in the race.", []tx{}},
		// durations and offsets
		{"three days", thursday, "The siege lasted three days.", []tx{{"three days", "DURATION", "P3D", ""}}},
		{"a decade", thursday, "It took a decade.", []tx{{"a decade", "DURATION", "P10Y", ""}}},
		{"adjectival", thursday, "A two-week truce began.", []tx{{"two-week", "DURATION", "P2W", ""}}},
		{"past several months", thursday, "Over the past several months, talks stalled.", []tx{{"the past several months", "DURATION", "PXM", ""}}},
		{"past three years", thursday, "Over the past three years it grew.", []tx{{"the past three years", "DURATION", "P3Y", ""}}},
		{"digits", thursday, "a 90-day review and 18 months of talks", []tx{{"90-day", "DURATION", "P90D", ""}, {"18 months", "DURATION", "P18M", ""}}},
		{"and a half", thursday, "The flight took 5 1/2 hours, the talks a minute and a half.", []tx{{"5 1/2 hours", "DURATION", "PT5H30M", ""}, {"a minute and a half", "DURATION", "PT1M30S", ""}}},
		{"clock offset", thursday, "He left 30 minutes ago. An hour later, they met.", []tx{{"30 minutes ago", "TIME", "2024-03-21", ""}, {"An hour", "DURATION", "PT1H", ""}}},
		{"hours", thursday, "after five hours of talks", []tx{{"five hours", "DURATION", "PT5H", ""}}},
		{"approx", thursday, "It lasted nearly two years.", []tx{{"nearly two years", "DURATION", "P2Y", "LESS_THAN"}}},
		{"two years ago", thursday, "He resigned two years ago.", []tx{{"two years ago", "DATE", "2022", ""}}},
		{"a year ago", thursday, "He resigned a year ago.", []tx{{"a year ago", "DATE", "2023", ""}}},
		{"months ago", thursday, "He left five months ago.", []tx{{"five months ago", "DATE", "2023-10", ""}}},
		{"or so ago", thursday, "He chose the date a week or so ago.", []tx{{"a week or so ago", "DATE", "2024-03-14", "APPROX"}}},
		{"days ago", thursday, "He left 10 days ago.", []tx{{"10 days ago", "DATE", "2024-03-11", ""}}},
		{"week earlier", thursday, "They met on March 4. A week earlier, he had called.", []tx{{"March 4", "DATE", "2024-03-04", ""}, {"A week earlier", "DATE", "2024-02-26", ""}}},
		{"day earlier", thursday, "Talks ended Tuesday. A day earlier, talks began.", []tx{{"Tuesday", "DATE", "2024-03-19", ""}, {"A day earlier", "DATE", "2024-03-18", ""}}},
		{"next day", thursday, "He arrived Monday. The next day he met Abbas.", []tx{{"Monday", "DATE", "2024-03-18", ""}, {"The next day", "DATE", "2024-03-19", ""}}},
		// clock times
		{"pm", "2013-03-21", "He will speak Friday at 3 p.m.", []tx{{"Friday", "DATE", "2013-03-22", ""}, {"3 p.m.", "TIME", "2013-03-22T15:00", ""}}},
		{"am with weekday", thursday, "The vote will open 9 a.m. Tuesday.", []tx{{"9 a.m. Tuesday", "TIME", "2024-03-26T09:00", ""}}},
		{"noon", thursday, "It ended at noon.", []tx{{"noon", "TIME", "2024-03-21T12:00", ""}}},
		// sets
		{"weekly", thursday, "They meet weekly.", []tx{{"weekly", "SET", "P1W", ""}}},
		{"each season", thursday, "Floods come each season.", []tx{{"each season", "SET", "P3M", ""}}},
		{"every Thursday", thursday, "They protest every Thursday.", []tx{{"every Thursday", "SET", "XXXX-WXX-4", ""}}},
		{"daily", thursday, "Attacks happen daily.", []tx{{"daily", "SET", "P1D", ""}}},
		{"annually", thursday, "The rally is held annually.", []tx{{"annually", "SET", "P1Y", ""}}},
		{"annually rate", thursday, "Sales will rise 8.5% annually.", nil},
		{"annually units", thursday, "The plant makes 10,000 units annually.", nil},
		// references
		{"now", thursday, "Talks are now stalled.", []tx{{"now", "DATE", "PRESENT_REF", ""}}},
		{"currently", thursday, "He is currently in Cairo.", []tx{{"currently", "DATE", "PRESENT_REF", ""}}},
		{"recently", thursday, "He recently met Abbas.", []tx{{"recently", "DATE", "PAST_REF", ""}}},
		{"the future", thursday, "Peace in the future is uncertain.", []tx{{"the future", "DATE", "FUTURE_REF", ""}}},
		// "later" after an unknown count: after the DCT only in a future clause
		{"fuzzy later in a narrative", thursday, "The envoy resigned. A few weeks later, the talks collapsed.",
			[]tx{{"A few weeks", "DURATION", "PXW", ""}}},
		{"fuzzy later in a future clause", thursday, "The talks will resume several days later.", []tx{{"several days later", "DATE", "FUTURE_REF", ""}}},
		{"one day after a modal", thursday, "She said the region could one day be at peace.", []tx{{"one day", "DATE", "FUTURE_REF", ""}}},
		{"one day as a length", thursday, "The truce lasted one day.", []tx{{"one day", "DURATION", "P1D", ""}}},
		// the ordinal day of something, said on that day
		{"nth day today", thursday, "It's the third day of the strike in the capital.", []tx{{"the third day", "DATE", "2024-03-21", ""}}},
		{"nth day numeric", thursday, "Today is the 12th day of the siege.", []tx{{"Today", "DATE", "2024-03-21", ""}, {"the 12th day", "DATE", "2024-03-21", ""}}},
		{"nth day in the past is no date", thursday, "He was on the second day of his trip.", []tx{}},
		// titles and quotation marks are not time expressions
		{"title with a unit", thursday, "She told CBS's ''60 Minutes'' she would stay.", []tx{}},
		{"headline with a unit", thursday, "Rebels Hold the Town for Three Days", []tx{{"Three Days", "DURATION", "P3D", ""}}},
		{"elided century", thursday, "Since '96 and through the '80s.", []tx{{"'96", "DATE", "1996", ""}, {"the '80s", "DATE", "198", ""}}},
		// holidays
		{"good friday", thursday, "Marches were held on Good Friday.", []tx{{"Good Friday", "DATE", "2023-04-07", ""}}},
		{"christmas", "2023-12-28", "He spoke on Christmas Day.", []tx{{"Christmas Day", "DATE", "2023-12-25", ""}}},
		// a holiday's week is its ISO week; its Monday decides the year in a past clause
		{"holiday week begins", "2025-04-14", "Pilgrims gathered in Jerusalem as Easter week began.", []tx{{"Easter week", "DATE", "2025-W16", ""}}},
		{"holiday week past", "2025-01-08", "Shops closed during Christmas week.", []tx{{"Christmas week", "DATE", "2024-W52", ""}}},
		// the day next to a date that names its day
		{"day before a weekday", thursday, "The day before last Monday's vote, the envoy left.", []tx{{"The day before last Monday", "DATE", "2024-03-17", ""}}},
		{"day after a date", thursday, "Rebels withdrew the day after Oct. 7, 2023.", []tx{{"the day after Oct. 7, 2023", "DATE", "2023-10-08", ""}}},
		{"day before a noun is no date", thursday, "Talks ended the day before the vote.", []tx{}},
		// tense cues
		{"plan noun", "1989-10-27", "The thrift announced the plan Aug. 21.", []tx{{"Aug. 21", "DATE", "1989-08-21", ""}}},
		{"participle after a determiner is an adjective", "1989-10-26", "The split would be paid on a still unspecified date in January.",
			[]tx{{"January", "DATE", "1990-01", ""}}},
		{"participle after that is a verb", thursday, "Officials said the deal that collapsed Monday could be revived.", []tx{{"Monday", "DATE", "2024-03-18", ""}}},
		{"set for", "1999-03-12", "The war will dominate a summit set for Washington in April.", []tx{{"April", "DATE", "1999-04", ""}}},
		{"year-earlier adjective", "2013-10-24", "It compared with a year-earlier loss.", []tx{{"year-earlier", "DATE", "2012", ""}}},
		// wire copy dated the evening before: one weekday, one day
		{"story day", "2024-03-18", "Kallas flew Tuesday to the Caucasus. She will hold five hours of talks in Tbilisi, starting Tuesday morning.",
			[]tx{{"Tuesday", "DATE", "2024-03-19", ""}, {"five hours", "DURATION", "PT5H", ""}, {"Tuesday morning", "DATE", "2024-03-19", ""}}},
		{"no story day without a future mention", "2024-03-18", "Kallas flew Tuesday to the Caucasus.", []tx{{"Tuesday", "DATE", "2024-03-12", ""}}},
		{"one day per weekday", "1999-03-13", "Poles held celebrations to mark the entry into NATO on Friday. In a televised address Friday, he spoke.",
			[]tx{{"Friday", "DATE", "1999-03-12", ""}, {"Friday", "DATE", "1999-03-12", ""}}},
		{"to before a plural noun is no infinitive", "2024-03-21", "Kallas issued an appeal to travellers on Tuesday.", []tx{{"Tuesday", "DATE", "2024-03-19", ""}}},
		{"scheduled present", "1998-05-01", "Ruto and Museveni meet jointly Monday with Lula in Nairobi.", []tx{{"Monday", "DATE", "1998-05-04", ""}}},
		{"head of is a noun", "2000-02-10", "On Wednesday, Ricardo Alarcon, head of the assembly, said it.", []tx{{"Wednesday", "DATE", "2000-02-09", ""}}},
		{"attribution is not the clause's tense", "1999-02-10", "The bloc has agreed to take in Peru, Chile and Bolivia in early March, a diplomat said.", []tx{{"early March", "DATE", "1999-03", "START"}}},
		{"present passive", "2000-03-29", "They could lose when the case is heard in May.", []tx{{"May", "DATE", "2000-05", ""}}},
		{"future passive with adverb", "1999-02-10", "A ceremony would still be held on April 24.", []tx{{"April 24", "DATE", "1999-04-24", ""}}},
		{"topic quarter", "2013-10-24", "Net rose in the third quarter from a year ago. After a flat second quarter, charges were lower than in the year-earlier period.",
			[]tx{{"the third quarter", "DATE", "2013-Q3", ""}, {"a year ago", "DATE", "2012-Q3", ""}, {"a flat second quarter", "DATE", "2013-Q2", ""}, {"the year-earlier period", "DATE", "2012-Q3", ""}}},
		{"last season", "1989-10-26", "A strike began last spring; sales fell this past spring.", []tx{{"last spring", "DATE", "1988-SP", ""}, {"this past spring", "DATE", "1989-SP", ""}}},
		{"last month name", "1998-03-01", "Two helicopters crashed last February.", []tx{{"last February", "DATE", "1997-02", ""}}},
		{"following month", "1989-10-27", "In March, the board met. The following month, the company was put up for sale.", []tx{{"March", "DATE", "1989-03", ""}, {"The following month", "DATE", "1989-04", ""}}},
		{"then current", thursday, "at half the then current price", []tx{{"then current", "DATE", "PAST_REF", ""}}},
		{"now as discourse marker", thursday, "Now, he says, it looks bad.", []tx{}},
		{"quarter-century", thursday, "Unemployment is near its quarter-century low.", []tx{}},
		{"year-end noun", "1989-10-30", "It will close by year-end; prices rose since year-end; year-end results were weak.", []tx{{"year-end", "DATE", "1989-12-31", ""}, {"year-end", "DATE", "1988-12-31", ""}}},
		{"quarter a year ago", "1989-10-26", "For the quarter a year ago, it earned $5 million.", []tx{{"the quarter a year ago", "DATE", "1988-Q3", ""}}},
		{"within leaves the extent", thursday, "It will finish within a year of the eight-year war.", []tx{{"a year", "DURATION", "P1Y", "LESS_THAN"}, {"eight-year", "DURATION", "P8Y", ""}}},
		{"fiscal year before a noun", "1989-11-02", "Sales will be slightly above fiscal 1989 sales.", []tx{{"fiscal 1989", "DATE", "1989", ""}}},
		{"into the season", "1989-10-26", "Shortages lasted well into the summer.", []tx{{"the summer", "DATE", "1989-SU", ""}}},
		{"participle by", "1998-02-13", "Qantas will double its flights by August in the search for markets untouched by the crisis.", []tx{{"August", "DATE", "1998-08", ""}}},
		{"year-earlier period of months", "1989-10-26", "Net for the year-earlier nine months included a gain.", []tx{{"the year-earlier nine months", "DURATION", "P9M", ""}}},
		{"generic future", thursday, "It is important to the future of our peoples and to a rational approach to the future.", []tx{}},
		{"year in a name", thursday, "They set up a joint venture called Orion 1980, and in 1981 it grew.", []tx{{"1981", "DATE", "1981", ""}}},
		{"quarter-to-quarter", thursday, "The quarter-to-quarter comparison was good.", []tx{}},
		{"high noon", thursday, "For Poland, high noon comes today.", []tx{{"today", "DATE", "2024-03-21", ""}}},
		{"postponed until", "2000-03-30", "Officials postponed until Tuesday morning any action on the case.", []tx{{"Tuesday morning", "DATE", "2000-04-04", ""}}},
		{"unit-long adjective", thursday, "Talks resumed after a day-long recess in the decades-long border dispute.", []tx{{"day-long", "DURATION", "P1D", ""}, {"decades-long", "DURATION", "PXDE", ""}}},
		{"a month-long strike", thursday, "Dockers ended a month-long strike; a two-week-long truce followed.", []tx{{"month-long", "DURATION", "P1M", ""}, {"two-week-long", "DURATION", "P2W", ""}}},
		{"long without a unit", thursday, "The night-long vigil ended in a long-running feud.", []tx{}},
		{"a quarter-long slump", thursday, "Sales fell in a quarter-long slump.", []tx{{"quarter-long", "DURATION", "P1Q", ""}}},
		{"pre- and post-year", thursday, "Exports fell below pre-1990 levels under post-2001 rules, not post-war ones.", []tx{{"pre-1990", "DATE", "1990", "BEFORE"}, {"post-2001", "DATE", "2001", "AFTER"}}},
		{"the year before a plural noun", thursday, "Leaders of the 1996 protests and the 2000 delegates met 1500 soldiers.", []tx{{"1996", "DATE", "1996", ""}}},
		{"units' time", thursday, "The envoy will return in two weeks' time and talks end in a month's time.", []tx{{"two weeks' time", "DATE", "2024-04-04", ""}, {"a month's time", "DATE", "2024-04", ""}}},
		{"units' pay", thursday, "Workers got two weeks' pay.", []tx{{"two weeks", "DURATION", "P2W", ""}}},
		{"the previous night", thursday, "Rebels took the town on March 3 after shelling it the previous night.", []tx{{"March 3", "DATE", "2024-03-03", ""}, {"the previous night", "TIME", "2024-03-02TNI", ""}}},
		{"previous night without the", thursday, "Previous night shifts were cut.", []tx{}},
		{"as many days", thursday, "Envoys met for the third time in as many days.", []tx{}},
		{"scheduled verb after an appositive", thursday, "The fair, held in Berlin, opens Monday.", []tx{{"Monday", "DATE", "2024-03-25", ""}}},
		{"plural noun after one comma", thursday, "In Berlin, votes Monday showed a lead.", []tx{{"Monday", "DATE", "2024-03-18", ""}}},
		{"quarter written short", thursday, "Sales grew in Q3.", []tx{{"Q3", "DATE", "2023-Q3", ""}}},
		{"future quarter written short", thursday, "Sales will grow in Q2 and in H1 2025.", []tx{{"Q2", "DATE", "2024-Q2", ""}, {"H1 2025", "DATE", "2025-H1", ""}}},
		{"quarter abbreviation in a name", thursday, "He drives an Audi Q3 and holds an H1-B visa.", []tx{}},
		{"four-digit clock", thursday, "The truce began at 0600 GMT on Sunday; polls close at 1430 local time.", []tx{{"0600 GMT on Sunday", "TIME", "2024-03-17T06:00", ""}, {"1430 local time", "TIME", "2024-03-21T14:30", ""}}},
		{"four digits no clock", thursday, "The count reached 2675 GMT shares and 0600 units.", []tx{}},
		{"and a half before the unit", thursday, "Talks dragged on for two and a half years.", []tx{{"two and a half years", "DURATION", "P2Y6M", ""}}},
		{"hundred and", thursday, "The truce held for a hundred and twenty days, the siege one hundred and one.", []tx{{"a hundred and twenty days", "DURATION", "P120D", ""}}},
		{"and a half without a unit", thursday, "Troops and a half dozen tanks left.", []tx{}},
		{"days later moves the story", thursday, "They met on March 3. Two days later, talks collapsed. The following day, envoys returned.", []tx{{"March 3", "DATE", "2024-03-03", ""}, {"Two days later", "DATE", "2024-03-05", ""}, {"The following day", "DATE", "2024-03-06", ""}}},
		{"days ago is a date of the story too", thursday, "They met on March 3. Talks began ten days ago. The next day, envoys returned.", []tx{{"March 3", "DATE", "2024-03-03", ""}, {"ten days ago", "DATE", "2024-03-11", ""}, {"The next day", "DATE", "2024-03-12", ""}}},
		// not time expressions
		{"age", thursday, "Mr. Reupke, 52 years old, resigned.", []tx{}},
		{"rate", thursday, "It runs 15 million instructions per second.", []tx{}},
		{"title", thursday, "Baker said on ABC's \"This Week\" that he agreed.", []tx{}},
		// unicode
		{"unicode", thursday, "Ministerin Ölçü sagte – am Thursday – “ja”.", []tx{{"Thursday", "DATE", "2024-03-21", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := compact(Tag(tt.text, tt.dct))
			want := tt.want
			if want == nil {
				want = []tx{}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Tag(%q, %q) mismatch (-want +got):\n%s", tt.text, tt.dct, diff)
			}
		})
	}
}

// TestWeekdayTense covers every weekday against a Thursday DCT in a past
// report, a present report, a future report and "later WEEKDAY".
func TestWeekdayTense(t *testing.T) {
	days := []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday}
	// the DCT is Thursday 2024-03-21
	past := map[time.Weekday]string{
		time.Monday: "2024-03-18", time.Tuesday: "2024-03-19", time.Wednesday: "2024-03-20",
		time.Thursday: "2024-03-21", time.Friday: "2024-03-15", time.Saturday: "2024-03-16", time.Sunday: "2024-03-17",
	}
	future := map[time.Weekday]string{
		time.Monday: "2024-03-25", time.Tuesday: "2024-03-26", time.Wednesday: "2024-03-27",
		time.Thursday: "2024-03-21", time.Friday: "2024-03-22", time.Saturday: "2024-03-23", time.Sunday: "2024-03-24",
	}
	for _, wd := range days {
		name := wd.String()
		cases := []struct{ form, text, want string }{
			{"past", "The envoy met the king on " + name + ".", past[wd]},
			{"said", "The ministry said " + name + " that it would respond.", past[wd]},
			{"present", "The ministry says " + name + "'s talks failed.", past[wd]},
			{"future", "The envoy will meet the king on " + name + ".", future[wd]},
			{"later", "Later " + name + ", the envoy met the king.", past[wd]},
		}
		for _, c := range cases {
			got := Tag(c.text, thursday)
			if len(got) != 1 || got[0].Text != name || got[0].Value != c.want {
				t.Errorf("%s %s: Tag(%q) = %+v, want %s", name, c.form, c.text, got, c.want)
			}
		}
		for _, tense := range []Tense{TensePast, TensePresent, TenseUnknown, TenseFuture} {
			want := past[wd]
			if tense == TenseFuture {
				want = future[wd]
			}
			if got := ResolveWeekday(thursday, wd, tense); got != want {
				t.Errorf("ResolveWeekday(%s, %s) = %s, want %s", name, tense, got, want)
			}
		}
	}
}

func TestResolveMonthDay(t *testing.T) {
	tests := []struct {
		dct   string
		month time.Month
		day   int
		tense Tense
		want  string
	}{
		{"2024-03-21", time.October, 7, TensePast, "2023-10-07"},
		{"2024-03-21", time.October, 7, TenseFuture, "2024-10-07"},
		{"2024-03-21", time.April, 2, TenseUnknown, "2024-04-02"},
		{"2024-03-21", time.March, 21, TensePast, "2024-03-21"},
		{"2024-01-05", time.December, 28, TenseUnknown, "2023-12-28"},
		{"", time.October, 7, TensePast, "XXXX-10-07"},
	}
	for _, tt := range tests {
		if got := ResolveMonthDay(tt.dct, tt.month, tt.day, tt.tense); got != tt.want {
			t.Errorf("ResolveMonthDay(%s, %s %d, %s) = %s, want %s", tt.dct, tt.month, tt.day, tt.tense, got, tt.want)
		}
	}
}

// checkTimexes verifies the invariants of Tag's output for text.
func checkTimexes(t *testing.T, text string, got []Timex) {
	t.Helper()
	// rune boundaries as ranging over the string decodes it (an invalid
	// byte counts as one rune)
	boundary := map[int]bool{len(text): true}
	for i := range text {
		boundary[i] = true
	}
	prevEnd := 0
	for _, x := range got {
		if x.Start < prevEnd || x.Start >= x.End || x.End > len(text) {
			t.Fatalf("bad offsets %d-%d (previous end %d, len %d) in %q", x.Start, x.End, prevEnd, len(text), text)
		}
		if !boundary[x.Start] || !boundary[x.End] {
			t.Fatalf("offsets %d-%d not on rune boundaries in %q", x.Start, x.End, text)
		}
		if x.Text != text[x.Start:x.End] {
			t.Fatalf("text %q does not match offsets %d-%d", x.Text, x.Start, x.End)
		}
		if x.Value == "" || x.Type == "" {
			t.Fatalf("empty type or value: %+v", x)
		}
		prevEnd = x.End
	}
}

func FuzzTimex(f *testing.F) {
	for _, s := range []string{
		"Blinken met el-Sissi on Thursday and will travel to Israel on Friday.",
		"Oct. 7-9, 2023; the 1990s; 3 p.m. EST Nov. 9; two-week; the past several months",
		"May I? the march. 2,500 troops. mid-March, early December, a year earlier",
		"\xff\xfeFriday\x00 'de '80s 10:35 a.m",
		"Albright headed Tuesday to Africa.\n\nHer first stop Tuesday morning will be Dar.\r\n \n-9 by year-end, within a week",
		"İSTANBUL, Ölçü 7 — the year-earlier nine months, Orion 1980, this past spring, last February’s “Now,”",
	} {
		f.Add(s, "2024-03-21")
	}
	f.Add("Thursday", "")
	f.Fuzz(func(t *testing.T, text, dct string) {
		got := Tag(text, dct)
		checkTimexes(t, text, got)
		// determinism
		if again := Tag(text, dct); !cmp.Equal(got, again) {
			t.Fatalf("Tag is not deterministic on %q", text)
		}
		// the starter filter changes nothing
		if slow := tag(text, "", dct, true); !cmp.Equal(got, slow) {
			t.Fatalf("Tag(%q, %q) with the starter filter: mismatch (-slow +fast):\n%s", text, dct, cmp.Diff(slow, got))
		}
	})
}

// benchText is a generated news-like text exercising most patterns.
func benchText() string {
	parts := []string{
		"The foreign minister said Thursday that talks would resume next week in Cairo.",
		"Officials met on Oct. 7, 2023, and again in early December for three days.",
		"Profit in the third quarter rose 5% from a year earlier, the company said.",
		"He will travel to Israel on Friday and is expected to return by 3 p.m. Saturday.",
		"Over the past several months, about 2,500 troops left; the 1990s were calmer.",
		"Negotiators now meet weekly, and a two-week truce began two years ago.",
	}
	var b strings.Builder
	for b.Len() < 1<<20 {
		for _, p := range parts {
			b.WriteString(p)
			b.WriteString(" ")
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

func BenchmarkTag(b *testing.B) {
	text := benchText()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Tag(text, thursday)
	}
}

// TestParagraphs checks that no expression spans a blank line, while the
// anchor date carries over from one paragraph to the next.
func TestParagraphs(t *testing.T) {
	text := "They met on Friday,\n\nMay 5 was quiet.\n\nThe talks ended Oct. 7\n\n-9. The next day, they left."
	want := []tx{{"Friday", "DATE", "2024-03-15", ""}, {"May 5", "DATE", "2024-05-05", ""}, {"Oct. 7", "DATE", "2023-10-07", ""}, {"The next day", "DATE", "2023-10-08", ""}}
	if diff := cmp.Diff(want, compact(Tag(text, thursday))); diff != "" {
		t.Errorf("Tag(%q) mismatch (-want +got):\n%s", text, diff)
	}
}
