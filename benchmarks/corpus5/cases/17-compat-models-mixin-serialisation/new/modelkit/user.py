from ._mixins import DictMixin
class User(DictMixin):
    def __init__(self, name: str, age: int = 0) -> None:
        self.name = name
        self.age = age
