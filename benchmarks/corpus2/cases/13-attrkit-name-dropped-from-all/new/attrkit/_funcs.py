import copy
from typing import Any, Dict, Tuple


def asdict(inst: Any) -> Dict[str, Any]:
    return {k: v for k, v in vars(inst).items() if not k.startswith("_")}


def astuple(inst: Any) -> Tuple[Any, ...]:
    return tuple(asdict(inst).values())


def has(cls: type) -> bool:
    return hasattr(cls, "__attrs_attrs__")


def evolve(inst: Any, **changes: Any) -> Any:
    new = copy.copy(inst)
    for k, v in changes.items():
        setattr(new, k, v)
    return new


def assoc(inst: Any, **changes: Any) -> Any:
    return evolve(inst, **changes)
