// Package wordtab holds a read-only table from words to small sets of
// flags, for the per-token lookups of the extractor and the time-expression
// tagger: open addressing on a hash of a word's length and three of its
// bytes, so that most words of a text, which are in no list, land on an
// empty slot after one multiplication, which costs less than a map lookup.
//
// A Table is built once with New and Add and is then safe for concurrent
// use by Get.
package wordtab
