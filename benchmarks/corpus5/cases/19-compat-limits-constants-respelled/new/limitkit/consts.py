MAX_SIZE: int = 1 << 20
TIMEOUT: float = 30.
NAMES: tuple = ("a", "b",)
def check(size: int = MAX_SIZE, timeout: float = TIMEOUT) -> bool:
    return size <= MAX_SIZE
