try:
    from ._speedups import digest, Hasher  # type: ignore[import-not-found]
except ImportError:
    def digest(data: bytes, rounds: int = 1) -> str:
        return data.hex() * rounds
    class Hasher:
        def __init__(self, seed: int = 0) -> None:
            self.seed = seed
        def update(self, data: bytes) -> None:
            pass
