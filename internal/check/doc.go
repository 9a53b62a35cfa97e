// Package check holds the checks the tests make on eventgraph's outputs
// whatever text went in: that DOT follows the Graphviz grammar, and that
// SVG, XML and HTML are well-formed and inert (no script element, no event
// handler attribute, no javascript: address, no bidirectional override
// that would reorder the text after it), that CSV cells cannot start a
// spreadsheet formula, and that Mermaid labels stay quoted.
//
// It is used by tests only; it prints nothing and is safe for concurrent use.
package check
