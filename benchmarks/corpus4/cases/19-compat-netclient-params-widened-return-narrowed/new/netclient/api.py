from typing import Mapping, Optional, Union

class Timeout:
    def __init__(self, connect: float, read: float) -> None:
        self.connect = connect
        self.read = read

class Response:
    status: int = 200

def get(url: str, params: Optional[Mapping[str, Union[str, int]]] = None,
        timeout: Union[float, Timeout, None] = 5.0) -> Response:
    return Response()
