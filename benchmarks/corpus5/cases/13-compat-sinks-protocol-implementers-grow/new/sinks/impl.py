class FileSink:
    def __init__(self, path: str) -> None:
        self.path = path
    def write(self, data: bytes) -> int:
        return len(data)
    def flush(self) -> None:
        pass
    def close(self) -> None:
        pass
class MemorySink:
    def __init__(self) -> None:
        self.buf = b""
    def write(self, data: bytes) -> int:
        self.buf += data
        return len(data)
    def getvalue(self) -> bytes:
        return self.buf
