from pathlib import Path


class LocalStore:
    def __init__(self, root: str) -> None:
        self.root = Path(root)

    def put(self, key: str, data: bytes) -> None:
        (self.root / key).write_bytes(data)

    def get(self, key: str) -> bytes:
        return (self.root / key).read_bytes()
