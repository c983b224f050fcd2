from dataclasses import dataclass, field
from typing import Any, Dict, Hashable

NodeId = Hashable


@dataclass
class Node:
    id: NodeId
    attrs: Dict[str, Any] = field(default_factory=dict)
