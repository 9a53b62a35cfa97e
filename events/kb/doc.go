// Package kb is eventgraph's built-in knowledge base: the countries,
// organizations, media, armed and political groups, places, office titles
// and office holders that news about diplomacy and conflict names.
//
// The data lives in tab-separated files under data/ that are embedded in the
// binary: countries.tsv, organizations.tsv, places.tsv, roles.tsv and
// people.tsv. Each file starts with a header line that names its columns and
// so its format; lines starting with # are comments, blank lines are ignored,
// list cells separate their items with |, and an empty cell means none.
//
//	countries.tsv      id name iso2 iso3 aliases demonyms capital capital_aliases status
//	organizations.tsv  id name kind aliases country
//	places.tsv         name country kind aliases
//	roles.tsv          role class aliases
//	people.tsv         id name aliases role affiliation start end
//
// People have one row per term in office; end is exclusive (the day the
// successor starts) and empty while the term lasts.
//
// Default returns the embedded data, loaded and validated once. Load reads one
// more file in any of the formats, Merge lays it over another KB and Validate
// checks the result as a whole: unique ids, references that resolve, valid
// dates, no two holders of one office at the same time, and no name that
// stands for two entities of one kind at once.
//
// Lookup resolves a surface form seen in a text ("Saudis", "Washington",
// "Blinken") to entities, telling how the name matched; for people it takes
// the date of the text into account, so "Bush" in 1990 and in 2005 are two
// different men. Holders answers who held an office on a date, Role maps a
// title text to its canonical office, Title also finds the country or
// organization in front of it ("Egypt's foreign minister"), and Place finds
// cities, regions and territories.
package kb
