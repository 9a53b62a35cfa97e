// Package events turns one English news article about diplomacy or conflict
// into dated events, the actors that take part in them and the relations
// between those actors: the event model of EVENT-MODEL.md.
//
// # Pipeline
//
// Extract runs these steps over the text of one article:
//
//  1. Header and reference date. ParseHeader reads the optional header of
//     `key: value` lines ended by a blank line (date, source, licence,
//     title). The reference date (the document creation time, DCT) is
//     Options.Date, else the date: header, else the first full date that
//     DatelineDate finds in the first lines of the body. Without one,
//     relative dates ("Thursday") stay unresolved.
//  2. Sentences. Sentences splits the body at paragraph ends and at
//     sentence-final punctuation, but not after abbreviations ("Oct. 7",
//     "Gen.", "U.S. officials", "James A. Baker III"), inside an ellipsis,
//     or before a closing quote.
//  3. Time expressions. Package timex tags the body once and resolves each
//     expression against the DCT and the tense of its clause.
//  4. Actor mentions. Names, titles ("Egypt's President ..."), demonyms,
//     capitals that act ("Washington warned"), groups, pronouns and
//     definite descriptions ("the secretary") are resolved against the
//     built-in knowledge base of package kb, which knows who held an
//     office on the reference date. One real-world entity is one Actor,
//     its id the Slug of its fullest name.
//  5. Triggers. The patterns of data/triggers.tsv (embedded) find the
//     words that report events: "met with", "arrived in", "rejected",
//     "the Oct. 7 attack". Each pattern gives an event Type and the roles
//     of the actors and places around it.
//  6. Events. Each trigger with an actor becomes an Event: its initiator
//     and participants, its place, its Status (occurred, planned, ongoing,
//     hypothetical, from cues such as "will", "expected to", "would"), its
//     date (the nearest time expression, or "one day after" another
//     event) and its evidence sentences. Reports of one real-world event
//     are merged into one Event with several evidence sentences.
//  7. Relations. Relations derives the actor graph: one edge per event
//     between its actors (met, visited, rejected, ...) and edges from
//     knowledge (member_of, leads).
//
// Merge joins the Documents of several articles into one.
//
// # The JSON contract
//
// A Document marshals to the JSON document of EVENT-MODEL.md section 5:
//
//	{"document": {"id", "title", "published", "source"},
//	 "actors":   [{"id", "name", "aliases", "kind", "role", "affiliation"}],
//	 "events":   [{"id", "type", "date", "date_text", "status", "actors",
//	               "place", "evidence", "confidence", "offset"}],
//	 "relations":[{"source", "target", "type", "event", "date", "role"}]}
//
// A Date is written at the precision the text supports ("2024-03-21",
// "2023-10", "2024", "2024-W11") and an unknown date as null; an event
// without a place has "place": null, and its actors and evidence are
// always arrays. Type and Status values are the fixed words of the model.
// Events are ordered by date (undated last), then by position in the text;
// actors by first mention. Identifiers derive from content, so the same
// text and options always give the same bytes.
package events
