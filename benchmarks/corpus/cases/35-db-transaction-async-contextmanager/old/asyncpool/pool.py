import contextlib
import queue
from typing import Any, Iterator, List


class Connection:
    def __init__(self, dsn: str) -> None:
        self.dsn = dsn
        self.log: List[str] = []

    def execute(self, sql: str) -> None:
        self.log.append(sql)


class Pool:
    def __init__(self, dsn: str, size: int = 5) -> None:
        self._q: "queue.Queue[Connection]" = queue.Queue()
        for _ in range(size):
            self._q.put(Connection(dsn))

    def acquire(self) -> Connection:
        return self._q.get()

    def release(self, conn: Connection) -> None:
        self._q.put(conn)

    def size(self) -> int:
        return self._q.qsize()


@contextlib.contextmanager
def transaction(pool: Pool) -> Iterator[Connection]:
    conn = pool.acquire()
    conn.execute("BEGIN")
    try:
        yield conn
        conn.execute("COMMIT")
    except Exception:
        conn.execute("ROLLBACK")
        raise
    finally:
        pool.release(conn)
