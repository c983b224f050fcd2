from typing import Any, List


class Inspector:
    def __init__(self, subject: Any) -> None:
        self.subject = subject

    @property
    def attrs(self) -> List[str]:
        return [k for k in vars(self.subject) if not k.startswith("_")]


def inspect(subject: Any, raiseerr: bool = True) -> Inspector:
    if not hasattr(subject, "__dict__"):
        raise TypeError(f"no inspection available for {type(subject).__name__}")
    return Inspector(subject)
