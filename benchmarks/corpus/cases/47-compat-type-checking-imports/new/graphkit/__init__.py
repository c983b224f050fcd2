from .algorithms import shortest_path, topological_sort
from .graph import Graph

__all__ = ["Graph", "shortest_path", "topological_sort"]
