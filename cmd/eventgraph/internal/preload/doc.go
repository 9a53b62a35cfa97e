// Package preload loads the built-in knowledge base in the background as
// soon as the program starts. Importing it for its side effect lets the
// load run on another core while the packages initialised after it do
// their work: go-graphviz compiles or loads its WebAssembly Graphviz at
// package initialisation, which takes longer than the knowledge base. Go
// initialises packages in the order of their import paths where their
// imports allow (the Go specification, "Package initialization"), and this
// package needs only the knowledge base, so it starts first. The knowledge
// base is the same whoever loads it first (kb.Default loads it once).
package preload
