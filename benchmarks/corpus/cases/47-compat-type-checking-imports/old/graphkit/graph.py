from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, DefaultDict, Dict, Iterator, Set

if TYPE_CHECKING:
    from .nodes import Node, NodeId


class Graph:
    def __init__(self) -> None:
        self._nodes: Dict[NodeId, Node] = {}
        self._edges: DefaultDict[NodeId, Set[NodeId]] = defaultdict(set)

    def add_node(self, node: Node) -> None:
        self._nodes[node.id] = node

    def add_edge(self, a: NodeId, b: NodeId) -> None:
        self._edges[a].add(b)

    def neighbors(self, node_id: NodeId) -> Iterator[NodeId]:
        return iter(self._edges.get(node_id, ()))

    def __contains__(self, node_id: object) -> bool:
        return node_id in self._nodes
