import ssl
import urllib.request
from pathlib import Path
from typing import Any, Optional, Tuple, Union


class Session:
    def __init__(
        self,
        auth: Optional[Tuple[str, str]] = None,
        verify: Union[bool, str] = True,
        cert: Optional[str] = None,
        trust_env: bool = True,
    ) -> None:
        self.auth = auth
        self.trust_env = trust_env
        ctx = ssl.create_default_context(cafile=verify if isinstance(verify, str) else None)
        if verify is False:
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
        if cert:
            ctx.load_cert_chain(cert)
        self._ctx = ctx

    def get(self, url: str, *, timeout: float = 10.0, stream: bool = False) -> bytes:
        with urllib.request.urlopen(url, timeout=timeout, context=self._ctx) as fh:
            return fh.read()


def download(url: str, dest: Union[str, Path], chunk_size: int = 65536, **kwargs: Any) -> Path:
    """Download *url* to *dest*; extra keyword arguments go to :class:`Session`."""
    data = Session(**kwargs).get(url)
    path = Path(dest)
    path.write_bytes(data)
    return path
