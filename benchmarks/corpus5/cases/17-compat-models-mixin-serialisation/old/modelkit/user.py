class User:
    def __init__(self, name: str, age: int = 0) -> None:
        self.name = name
        self.age = age
    def to_dict(self) -> dict:
        return dict(vars(self))
    @classmethod
    def from_dict(cls, data: dict) -> "User":
        return cls(**data)
