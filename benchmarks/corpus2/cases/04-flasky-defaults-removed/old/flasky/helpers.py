import mimetypes
from typing import Any, NoReturn, Optional


class HTTPException(Exception):
    def __init__(self, code: int, description: Optional[str] = None) -> None:
        super().__init__(code, description)
        self.code = code
        self.description = description


def abort(code: int = 500, description: Optional[str] = None) -> NoReturn:
    raise HTTPException(code, description)


def url_for(endpoint: str, *, _external: bool = False, **values: Any) -> str:
    path = "/" + endpoint.replace(".", "/")
    return ("http://localhost" + path) if _external else path


def send_file(path: str, mimetype: str = None, as_attachment: bool = False) -> bytes:
    mimetype = mimetype or mimetypes.guess_type(path)[0] or "application/octet-stream"
    with open(path, "rb") as fh:
        return fh.read()
