// Package corpus reads many articles at once and extracts them on every
// core: the inputs of a corpus run (files, directories, JSON Lines of
// articles or of extracted documents, standard input), an ordered
// concurrent pipeline whose output does not depend on scheduling, and a
// progress meter for long runs.
//
// A JSON Lines file (name ending in .jsonl) holds one article per line:
//
//	{"id": "apw-0001", "date": "1998-08-07", "title": "...", "text": "..."}
//
// id, date and title may be missing: the id then derives from the file
// name and the line number, and the date comes from the text as for a plain
// article. A file of documents that extract wrote, one per line, is read
// with [Options.Documents].
//
// Memory stays bounded: at most a few articles per worker are held at a
// time, and a document is handed on as soon as every document before it
// has been.
package corpus
