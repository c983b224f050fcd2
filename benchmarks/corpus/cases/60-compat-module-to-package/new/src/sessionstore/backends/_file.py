import json
import os
from typing import Optional

from ..session import Session

DEFAULT_DIR = "/tmp/sessions"


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
        path = os.path.join(self.directory, session.sid)
        with open(path + ".tmp", "w") as fh:
            json.dump(dict(session), fh)
        os.replace(path + ".tmp", path)
