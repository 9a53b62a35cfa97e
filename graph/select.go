package graph

import (
	"cmp"
	"slices"
)

// Degree returns the number of edges that touch the node id, each
// relation counted once (two meetings of a pair are two edges).
func (g *Graph) Degree(id string) int {
	n := 0
	for _, e := range g.edges {
		if e.Source == id || e.Target == id {
			n++
		}
	}
	return n
}

// Top returns the subgraph of the n nodes with the most edges (ties go
// to the smaller id), with every edge between two of them, and the number
// of nodes left out. n <= 0 or n at least the number of nodes keeps g.
func (g *Graph) Top(n int) (*Graph, int) {
	if n <= 0 || n >= len(g.nodes) {
		return g, 0
	}
	deg := map[string]int{}
	for _, e := range g.edges {
		deg[e.Source]++
		if e.Target != e.Source {
			deg[e.Target]++
		}
	}
	ns := g.Nodes()
	slices.SortStableFunc(ns, func(a, b Node) int {
		return cmp.Or(cmp.Compare(deg[b.ID], deg[a.ID]), cmp.Compare(a.ID, b.ID))
	})
	keep := map[string]bool{}
	for _, nd := range ns[:n] {
		keep[nd.ID] = true
	}
	return g.subgraph(keep), len(ns) - n
}

// subgraph returns the nodes of g in keep with the edges between them.
func (g *Graph) subgraph(keep map[string]bool) *Graph {
	sub := newGraph()
	for _, nd := range g.Nodes() {
		if keep[nd.ID] {
			// ids are unique in g, so adding cannot fail
			if err := sub.addNode(nd); err != nil {
				panic("graph: " + err.Error())
			}
		}
	}
	for _, e := range g.edges {
		if keep[e.Source] && keep[e.Target] {
			sub.addEdge(e)
		}
	}
	return sub
}
