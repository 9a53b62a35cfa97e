// Package textin turns the bytes of an input file into the text that
// events.Extract reads: plain UTF-8 with "\n" line ends and no byte that
// could break a parser or a picture further on.
//
// Read reads an input with a size limit; Decode then
//
//   - strips a UTF-8 byte-order mark and decodes UTF-16 that starts with one;
//   - rejects binary data (a NUL byte) and invalid UTF-8 with an error that
//     gives the file, line, column and byte offset, or, with
//     Options.Lenient, replaces invalid bytes with U+FFFD;
//   - turns "\r\n" and lone "\r" into "\n";
//   - turns no-break and other Unicode spaces into plain spaces, line and
//     paragraph separators into "\n", other control characters into spaces,
//     and drops soft hyphens, zero-width spaces and bidirectional controls,
//     which would split words or reorder the text of the pictures;
//   - keeps curly quotes and dashes, which the extractor reads as they are,
//     so that evidence quotes the article as it stands;
//   - reads HTML (detected, or asked for with Options.Format) as the text of
//     the article's paragraphs, with its title, date and canonical address as
//     a header; scripts, styles, navigation and forms are dropped.
//
// The package never prints and keeps no state: it is safe for concurrent use.
package textin
