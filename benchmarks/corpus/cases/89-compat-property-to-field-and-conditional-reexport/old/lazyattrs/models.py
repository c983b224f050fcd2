class Person:
    def __init__(self, name: str, email: str) -> None:
        self._name = name
        self._email = email

    @property
    def name(self) -> str:
        return self._name

    @property
    def email(self) -> str:
        return self._email

    def greeting(self) -> str:
        return f"Hello, {self._name}"
