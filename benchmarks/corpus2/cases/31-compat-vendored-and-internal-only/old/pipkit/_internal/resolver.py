from typing import Dict, List

from pipkit._vendor import six
from pipkit._vendor.packaging_version import parse


class Resolver:
    def __init__(self, requirements: List[str]) -> None:
        self.requirements = [six.ensure_str(r) for r in requirements]

    def resolve(self) -> Dict[str, str]:
        out: Dict[str, str] = {}
        for req in self.requirements:
            name, _, ver = req.partition("==")
            out[name] = str(parse(ver or "0").release)
        return out
