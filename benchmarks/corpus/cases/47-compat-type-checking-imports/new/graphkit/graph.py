from __future__ import annotations

import typing
from collections import defaultdict
from typing import DefaultDict, Dict, Iterator, Set

if typing.TYPE_CHECKING:
    from . import nodes
    from .nodes import NodeId


class Graph:
    def __init__(self) -> None:
        self._nodes: Dict[NodeId, nodes.Node] = {}
        self._edges: DefaultDict[NodeId, Set[NodeId]] = defaultdict(set)

    def add_node(self, node: nodes.Node) -> None:
        self._nodes[node.id] = node

    def add_edge(self, a: NodeId, b: NodeId) -> None:
        self._edges[a].add(b)

    def neighbors(self, node_id: NodeId) -> Iterator[NodeId]:
        return iter(self._edges.get(node_id, ()))

    def __contains__(self, node_id: object) -> bool:
        return node_id in self._nodes
