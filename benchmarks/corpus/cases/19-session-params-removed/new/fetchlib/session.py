import ssl
import urllib.request
from pathlib import Path
from typing import Optional, Tuple, Union


class Session:
    def __init__(
        self,
        auth: Optional[Tuple[str, str]] = None,
        trust_env: bool = True,
        ssl_context: Optional[ssl.SSLContext] = None,
    ) -> None:
        self.auth = auth
        self.trust_env = trust_env
        self._ctx = ssl_context or ssl.create_default_context()

    def get(self, url: str, *, stream: bool = False, timeout: float = 10.0) -> bytes:
        with urllib.request.urlopen(url, timeout=timeout, context=self._ctx) as fh:
            return fh.read()


def download(url: str, dest: Union[str, Path], chunk_size: int = 65536, session: Optional[Session] = None) -> Path:
    """Download *url* to *dest* using *session* (a new Session by default)."""
    data = (session or Session()).get(url)
    path = Path(dest)
    path.write_bytes(data)
    return path
