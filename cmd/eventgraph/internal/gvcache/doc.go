// Package gvcache keeps go-graphviz's cache of compiled code out of the
// shared temporary directory. go-graphviz compiles its WebAssembly Graphviz
// to machine code once and caches it in os.TempDir()/go-graphviz, loading
// it at package initialisation in every later run. In a world-writable
// /tmp, another user of the machine could create that directory first and
// plant code that every eventgraph run would then execute. Importing this
// package for its side effect points TMPDIR, when it is not set, at a
// directory of the user's own (os.UserCacheDir()/eventgraph, mode 0700)
// before go-graphviz initialises: Go initialises packages in the order of
// their import paths where their imports allow (the Go specification,
// "Package initialization"), and this package imports only the standard
// library. A TMPDIR the user set is left alone.
package gvcache
