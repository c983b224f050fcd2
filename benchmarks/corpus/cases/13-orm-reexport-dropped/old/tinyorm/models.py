from typing import Any, ClassVar, Dict

from .fields import Field


class Model:
    table: ClassVar[str] = ""

    def __init__(self, **values: Any) -> None:
        self.__dict__.update(values)

    @classmethod
    def columns(cls) -> Dict[str, Field]:
        return {k: v for k, v in vars(cls).items() if isinstance(v, Field)}
