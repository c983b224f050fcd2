import json
import os
from typing import Dict, Optional

from .session import Session

DEFAULT_DIR = "/tmp/sessions"


class MemoryBackend:
    def __init__(self) -> None:
        self._data: Dict[str, str] = {}

    def load(self, sid: str) -> Optional[Session]:
        raw = self._data.get(sid)
        return Session(sid, json.loads(raw)) if raw else None

    def save(self, session: Session) -> None:
        self._data[session.sid] = json.dumps(dict(session))


class FileBackend:
    def __init__(self, directory: str = DEFAULT_DIR) -> None:
        self.directory = directory
        os.makedirs(directory, exist_ok=True)

    def load(self, sid: str) -> Optional[Session]:
        try:
            with open(os.path.join(self.directory, sid)) as fh:
                return Session(sid, json.load(fh))
        except FileNotFoundError:
            return None

    def save(self, session: Session) -> None:
        with open(os.path.join(self.directory, session.sid), "w") as fh:
            json.dump(dict(session), fh)


def get_backend(url: str) -> "MemoryBackend | FileBackend":
    if url.startswith("file://"):
        return FileBackend(url[len("file://"):])
    return MemoryBackend()
