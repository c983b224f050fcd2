"""Request-scoped database sessions over SQLite, with thread records."""
import sqlite3
from typing import Optional


class RequestScopedSessionFactory:
    def __init__(self, path: str = ":memory:") -> None:
        self.db = sqlite3.connect(path)
        self.db.execute("CREATE TABLE IF NOT EXISTS threads (id TEXT PRIMARY KEY, user_id TEXT NOT NULL)")

    def create_thread(self, thread_id: str, user_id: str) -> str:
        self.db.execute("INSERT INTO threads VALUES (?, ?)", (thread_id, user_id))
        return thread_id

    def get_thread(self, thread_id: str) -> Optional[str]:
        row = self.db.execute("SELECT user_id FROM threads WHERE id = ?", (thread_id,)).fetchone()
        return row[0] if row else None
