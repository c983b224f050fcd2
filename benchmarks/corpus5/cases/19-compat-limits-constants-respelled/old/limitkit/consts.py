MAX_SIZE = 1048576
TIMEOUT = 30.0
NAMES = ("a", "b")
def check(size: int = 1048576, timeout: float = 30.0) -> bool:
    return size <= MAX_SIZE
