from typing import TYPE_CHECKING

from .graph import Graph
from .algorithms import shortest_path, topological_sort

if TYPE_CHECKING:
    from .nodes import Node, NodeId

__all__ = ["Graph", "shortest_path", "topological_sort"]
