from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING, Dict, Hashable, List, Optional

if TYPE_CHECKING:
    from graphkit.graph import Graph as _Graph


def shortest_path(graph: _Graph, start: Hashable, goal: Hashable) -> Optional[List[Hashable]]:
    prev: Dict[Hashable, Optional[Hashable]] = {start: None}
    queue = deque([start])
    while queue:
        cur = queue.popleft()
        if cur == goal:
            path: List[Hashable] = []
            while cur is not None:
                path.append(cur)
                cur = prev[cur]
            return path[::-1]
        for nxt in graph.neighbors(cur):
            if nxt not in prev:
                prev[nxt] = cur
                queue.append(nxt)
    return None


def topological_sort(graph: _Graph, roots: List[Hashable]) -> List[Hashable]:
    seen: Dict[Hashable, None] = {}

    def visit(n: Hashable) -> None:
        if n in seen:
            return
        for m in graph.neighbors(n):
            visit(m)
        seen[n] = None

    for r in roots:
        visit(r)
    return list(reversed(list(seen)))
