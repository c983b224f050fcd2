import socket
import urllib.request
from typing import Optional


def resolve_host(host: str) -> str:
    return socket.gethostbyname(host)


def download(url: str, dest: str, *, chunk_size: int = 8192) -> int:
    total = 0
    with urllib.request.urlopen(url) as src, open(dest, "wb") as out:
        while chunk := src.read(chunk_size):
            total += out.write(chunk)
    return total


class Uploader:
    def __init__(self, endpoint: str, token: Optional[str] = None) -> None:
        self.endpoint = endpoint
        self.token = token

    def upload(self, path: str, key: Optional[str] = None) -> str:
        key = key or path.rsplit("/", 1)[-1]
        with open(path, "rb") as fh:
            req = urllib.request.Request(f"{self.endpoint}/{key}", data=fh.read(), method="PUT")
            urllib.request.urlopen(req).close()
        return key

    def delete(self, key: str) -> None:
        urllib.request.urlopen(urllib.request.Request(f"{self.endpoint}/{key}", method="DELETE")).close()
