from typing import Dict, List, Optional

from pipkit._vendor.packaging_version import parse


class Resolver:
    def __init__(self, requirements: List[str], *, prefer_binary: bool) -> None:
        self.requirements = list(requirements)
        self.prefer_binary = prefer_binary

    def resolve(self, upgrade: bool) -> Dict[str, Optional[str]]:
        out: Dict[str, Optional[str]] = {}
        for req in self.requirements:
            name, _, ver = req.partition("==")
            v = parse(ver or "0", strict=False)
            out[name] = None if v is None else ".".join(map(str, v.release))
        return out
