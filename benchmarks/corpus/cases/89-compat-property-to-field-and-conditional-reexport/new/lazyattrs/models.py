from dataclasses import dataclass


@dataclass(eq=False)
class Person:
    name: str
    email: str

    def greeting(self) -> str:
        return f"Hello, {self.name}"
