import json
from typing import Dict, Optional

from ..session import Session


class MemoryBackend:
    def __init__(self) -> None:
        self._data: Dict[str, str] = {}

    def load(self, sid: str) -> Optional[Session]:
        raw = self._data.get(sid)
        return Session(sid, json.loads(raw)) if raw else None

    def save(self, session: Session) -> None:
        self._data[session.sid] = json.dumps(dict(session))
