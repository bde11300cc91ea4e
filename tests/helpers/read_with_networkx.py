"""Reads a GraphML or GEXF file with NetworkX and prints what it found as JSON.

NetworkX 3 reads GEXF 1.3 with the same parser as 1.2draft; Debian's 2.8 lacks only the
namespace entry, so it is registered here the way NetworkX 3 does it.
"""
import json
import sys

import networkx as nx
from networkx.readwrite.gexf import GEXF

if "1.3" not in GEXF.versions:
    entry = dict(GEXF.versions["1.2draft"])
    entry.update(NS_GEXF="http://gexf.net/1.3", SCHEMALOCATION="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", VERSION="1.3")
    GEXF.versions["1.3"] = entry

path, kind = sys.argv[1], sys.argv[2]
graph = nx.read_graphml(path) if kind == "graphml" else nx.read_gexf(path, version="1.3")
names = {n: (d.get("name") if kind == "graphml" else d.get("label")) for n, d in graph.nodes(data=True)}
edges = [{"source": u, "target": v, **{k: v2 for k, v2 in d.items() if k in ("type", "role", "confidence", "evidence", "label")}} for u, v, d in graph.edges(data=True)]
print(json.dumps({"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "names": names, "edgeData": edges}, ensure_ascii=False))
