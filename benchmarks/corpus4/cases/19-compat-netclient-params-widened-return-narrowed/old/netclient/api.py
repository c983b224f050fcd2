from typing import Dict, Optional

class Response:
    status: int = 200

def get(url: str, params: Optional[Dict[str, str]] = None, timeout: float = 5.0) -> Optional[Response]:
    return Response()
