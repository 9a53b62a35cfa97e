package graph

import (
	"errors"
	"fmt"
	"sort"

	dg "github.com/dominikbraun/graph"

	"github.com/eventgraph/eventgraph/events"
)

// Place is the Kind of a node that stands for a place an actor visited,
// not for an actor.
const Place events.Kind = "place"

// Visited is the relation type that links an actor to a place or country it visits.
const Visited = "visited"

// Node is a vertex of the actor network: an actor of the document, or a place.
type Node struct {
	ID    string      // the actor id, or the place's id as relations name it
	Label string      // the actor's full name, or the place's name
	Kind  events.Kind // one of events.Kinds, or Place
	// Role is a person's role ("Secretary of State"); empty otherwise.
	Role string
	// Affiliation is the id of the country or organisation a person belongs to.
	Affiliation string
}

// Edge is one relation of the document: a link between two actors (or an
// actor and a place) through an event, or knowledge such as a person
// leading a country.
type Edge struct {
	Source, Target string
	Type           string // the relation type: met, visited, leads, member_of, ...
	Event          string // the event id; empty for knowledge relations
	Date           events.Date
	Role           string // the role of a leads or member_of relation
	// EventType and Status are those of the edge's event; empty for
	// knowledge relations.
	EventType events.Type
	Status    events.Status
}

// Graph is the actor network of a document.
// The zero Graph is not usable; make one with Build.
type Graph struct {
	adj   dg.Graph[string, Node]
	nodes map[string]Node
	edges []Edge // sorted by edgeLess
}

func nodeHash(n Node) string { return n.ID }

func newGraph() *Graph {
	return &Graph{adj: dg.New(nodeHash, dg.Directed()), nodes: map[string]Node{}}
}

// Build makes the actor network of doc. See the package documentation for
// the references it checks; the error names the first bad actor or relation.
func Build(doc events.Document) (*Graph, error) {
	g := newGraph()
	for i, a := range doc.Actors {
		if a.ID == "" {
			return nil, fmt.Errorf("actor %d (%q): empty id", i, a.Name)
		}
		if _, dup := g.nodes[a.ID]; dup {
			return nil, fmt.Errorf("actor %d: duplicate id %q", i, a.ID)
		}
		label := a.Name
		if label == "" {
			label = a.ID
		}
		if err := g.addNode(Node{ID: a.ID, Label: label, Kind: a.Kind, Role: a.Role, Affiliation: a.Affiliation}); err != nil {
			return nil, err
		}
	}
	evs := make(map[string]events.Event, len(doc.Events))
	for _, e := range doc.Events {
		evs[e.ID] = e
	}
	seen := map[Edge]bool{}
	for i, r := range doc.Relations {
		where := fmt.Sprintf("relation %d (%s %s %s)", i, r.Source, r.Type, r.Target)
		if r.Source == "" || r.Target == "" {
			return nil, fmt.Errorf("%s: empty source or target", where)
		}
		e := Edge{Source: r.Source, Target: r.Target, Type: r.Type, Event: r.Event, Date: r.Date, Role: r.Role}
		var ev events.Event
		if r.Event != "" {
			var ok bool
			ev, ok = evs[r.Event]
			if !ok {
				return nil, fmt.Errorf("%s: unknown event %q", where, r.Event)
			}
			e.EventType, e.Status = ev.Type, ev.Status
		}
		if _, ok := g.nodes[r.Source]; !ok {
			return nil, fmt.Errorf("%s: unknown source actor %q", where, r.Source)
		}
		if _, ok := g.nodes[r.Target]; !ok {
			switch {
			case ev.Place != "" && events.Slug(ev.Place) == events.Slug(r.Target):
				if err := g.addNode(Node{ID: r.Target, Label: ev.Place, Kind: Place}); err != nil {
					return nil, err
				}
			case r.Type == Visited:
				if err := g.addNode(Node{ID: r.Target, Label: r.Target, Kind: Place}); err != nil {
					return nil, err
				}
			default:
				return nil, fmt.Errorf("%s: unknown target actor %q", where, r.Target)
			}
		}
		if seen[e] {
			continue
		}
		seen[e] = true
		g.addEdge(e)
	}
	sort.SliceStable(g.edges, func(i, j int) bool { return edgeLess(g.edges[i], g.edges[j]) })
	return g, nil
}

func (g *Graph) addNode(n Node) error {
	if err := g.adj.AddVertex(n); err != nil {
		return fmt.Errorf("add node %q: %w", n.ID, err)
	}
	g.nodes[n.ID] = n
	return nil
}

// addEdge appends e and records the adjacency of its pair; both ends must be nodes.
func (g *Graph) addEdge(e Edge) {
	g.edges = append(g.edges, e)
	// The adjacency graph has one edge per ordered pair; further relations
	// of the same pair live only in g.edges.
	if err := g.adj.AddEdge(e.Source, e.Target); err != nil && !errors.Is(err, dg.ErrEdgeAlreadyExists) {
		panic(fmt.Sprintf("graph: add edge %s -> %s: %v", e.Source, e.Target, err)) // both ends were added
	}
}

// Node returns the node with the given id.
func (g *Graph) Node(id string) (Node, bool) {
	n, ok := g.nodes[id]
	return n, ok
}

// Nodes returns the nodes sorted by ID.
func (g *Graph) Nodes() []Node {
	ns := make([]Node, 0, len(g.nodes))
	for _, n := range g.nodes {
		ns = append(ns, n)
	}
	sort.Slice(ns, func(i, j int) bool { return ns[i].ID < ns[j].ID })
	return ns
}

// Edges returns the edges sorted by source, target, date (undated last;
// dates by the first day they cover), type, event and role.
func (g *Graph) Edges() []Edge {
	return append([]Edge(nil), g.edges...)
}

func edgeLess(a, b Edge) bool {
	if a.Source != b.Source {
		return a.Source < b.Source
	}
	if a.Target != b.Target {
		return a.Target < b.Target
	}
	if c := compareDates(a.Date, b.Date); c != 0 {
		return c < 0
	}
	if a.Type != b.Type {
		return a.Type < b.Type
	}
	if a.Event != b.Event {
		return a.Event < b.Event
	}
	if a.Role != b.Role {
		return a.Role < b.Role
	}
	if a.EventType != b.EventType {
		return a.EventType < b.EventType
	}
	return a.Status < b.Status
}

// compareDates orders dates by the first day they cover, then by their
// text; malformed dates come after good ones and the empty date last.
func compareDates(a, b events.Date) int {
	if a == b {
		return 0
	}
	if a == "" {
		return 1
	}
	if b == "" {
		return -1
	}
	sa, _, oka := a.Span()
	sb, _, okb := b.Span()
	switch {
	case oka && !okb:
		return -1
	case !oka && okb:
		return 1
	case oka && okb && !sa.Equal(sb):
		if sa.Before(sb) {
			return -1
		}
		return 1
	}
	if a < b {
		return -1
	}
	return 1
}

// Neighbourhood returns the subgraph of the nodes at most depth edges away
// from the node id, following edges in either direction, with every edge
// between two of those nodes. Depth 0 gives the node alone.
func (g *Graph) Neighbourhood(id string, depth int) (*Graph, error) {
	if _, ok := g.nodes[id]; !ok {
		return nil, fmt.Errorf("neighbourhood of %q: no such node", id)
	}
	if depth < 0 {
		return nil, fmt.Errorf("neighbourhood of %q: negative depth %d", id, depth)
	}
	succ, err := g.adj.AdjacencyMap()
	if err != nil {
		return nil, fmt.Errorf("neighbourhood of %q: %w", id, err)
	}
	pred, err := g.adj.PredecessorMap()
	if err != nil {
		return nil, fmt.Errorf("neighbourhood of %q: %w", id, err)
	}
	in := map[string]bool{id: true}
	frontier := []string{id}
	for d := 0; d < depth && len(frontier) > 0; d++ {
		var next []string
		for _, v := range frontier {
			for _, m := range []map[string]dg.Edge[string]{succ[v], pred[v]} {
				for w := range m {
					if !in[w] {
						in[w] = true
						next = append(next, w)
					}
				}
			}
		}
		frontier = next
	}
	return g.subgraph(in), nil
}
