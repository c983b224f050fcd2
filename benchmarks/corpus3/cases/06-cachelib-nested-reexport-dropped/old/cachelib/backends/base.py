class Backend:
    def get(self, key: str) -> bytes | None:
        raise NotImplementedError
