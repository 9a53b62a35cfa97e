// Package score measures extracted events against gold files: the scoring
// of EVENT-MODEL.md section 6, figure for figure the same as the project's
// reference scorer score.py.
//
// ParseGold reads a NAME.gold.json, ParsePrediction the document that the
// extractor printed for NAME.txt, and Score pairs their events:
//
//   - A predicted event matches a gold event of the same type (a gold event
//     of type "*" takes any type) when one of the gold evidence phrases
//     occurs in the predicted evidence, both in NormText form: NFKC, ASCII
//     quotes and dashes, one space for any white space, lower case.
//   - Each event is matched at most once. Candidate pairs are taken best
//     actor overlap first, then in gold order, then in prediction order;
//     required gold events choose before optional ones, and a prediction
//     matched with an optional gold event counts neither way.
//   - An actor of an event is the gold actor whose name or alias equals one
//     of its forms (the predicted actor's name and aliases) in NormName
//     form: NormText without punctuation and without a leading "the".
//   - A date is right when it equals the gold date or one of a list of
//     them; a place when its NormName is one of the gold places (a null in
//     the list accepts no place). Optional actors count neither way.
//
// Counts holds the tallies of a document; Report collects the documents of
// a corpus and writes what score.py prints: event precision, recall and
// F1, strict F1 (right date and exactly the right actors), date, status
// and place accuracy, event actor F1 and actor recall, rounded to three
// places, with per-document details in verbose mode and figures per event
// type on request.
//
// Where score.py would stop with a Python exception on a malformed gold
// file, ParseGold returns an error naming the file, line and column;
// ParsePrediction does the same for predictions that score.py could not
// score.
package score
