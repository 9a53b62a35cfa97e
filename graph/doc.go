// Package graph builds the actor network of an event document: one node
// per actor (and per place that a relation points to), one edge per
// relation.
//
// The network is a directed multigraph. A relation never drops its event:
// two meetings of the same pair on two days are two edges, so Edges keeps
// every relation while the adjacency used for neighbourhood queries is held
// in a github.com/dominikbraun/graph graph, which allows one edge per
// ordered pair.
//
// Build is strict about references, because a dangling id in a document is
// a bug in the extractor that a picture would hide:
//
//   - every actor needs a non-empty id, unique in the document;
//   - a relation's source must be an actor;
//   - a relation's target must be an actor, or a place: the target of a
//     "visited" relation, or the place of the relation's event (compared by
//     slug, so "cairo" and "Cairo" name the same place). A place becomes a
//     node of kind Place labelled with the place as the event names it;
//   - a relation's event, when given, must be an event of the document.
//
// Relations that are equal in every field are one edge.
//
// Nodes and Edges return sorted copies, so callers that write output from
// them are deterministic.
package graph
