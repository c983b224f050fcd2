from typing import Any, ClassVar

from .fields import Field


class Model:
    __tablename__: ClassVar[str] = ""

    def __init__(self, **values: Any) -> None:
        for name, field in self.fields().items():
            setattr(self, name, values.get(name, field.default))

    @classmethod
    def fields(cls) -> dict[str, Field]:
        return {k: v for k, v in vars(cls).items() if isinstance(v, Field)}

    @classmethod
    def table(cls) -> str:
        return cls.__tablename__ or cls.__name__.lower()
