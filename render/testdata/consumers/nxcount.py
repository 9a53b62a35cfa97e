"""Read a GraphML or GEXF file with networkx and print what it holds:
nodes, edges, whether directed, and how many nodes and edges have spells.

networkx (2.8 and 3.x) reads GEXF 1.1draft and 1.2draft, not 1.3. What
eventgraph writes (nodes, edges with kind, attvalues, spells, viz colours)
is the same in 1.2draft, so a 1.3 file is read with its namespaces renamed.
"""
import io
import sys

import networkx as nx

kind, path = sys.argv[1], sys.argv[2]
if kind == "graphml":
    g = nx.read_graphml(path, force_multigraph=True)
else:
    text = open(path, encoding="utf-8").read()
    text = text.replace("http://gexf.net/1.3/viz", "http://www.gexf.net/1.2draft/viz")
    text = text.replace("http://gexf.net/1.3", "http://www.gexf.net/1.2draft")
    text = text.replace('version="1.3"', 'version="1.2"', 1)
    g = nx.read_gexf(io.BytesIO(text.encode("utf-8")), version="1.2draft")
spelled_nodes = sum(1 for _, d in g.nodes(data=True) if d.get("spells"))
spelled_edges = sum(1 for _, _, d in g.edges(data=True) if d.get("spells"))
print(g.number_of_nodes(), g.number_of_edges(), int(g.is_directed()), spelled_nodes, spelled_edges)
