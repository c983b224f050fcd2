import asyncio
import contextlib
from typing import Any, AsyncIterator, List


class Connection:
    def __init__(self, dsn: str) -> None:
        self.dsn = dsn
        self.log: List[str] = []

    async def execute(self, sql: str) -> None:
        await asyncio.sleep(0)
        self.log.append(sql)


class Pool:
    def __init__(self, dsn: str, size: int = 5) -> None:
        self._q: "asyncio.Queue[Connection]" = asyncio.Queue()
        for _ in range(size):
            self._q.put_nowait(Connection(dsn))

    async def acquire(self) -> Connection:
        return await self._q.get()

    def release(self, conn: Connection) -> None:
        self._q.put_nowait(conn)

    def size(self) -> int:
        return self._q.qsize()


@contextlib.asynccontextmanager
async def transaction(pool: Pool) -> AsyncIterator[Connection]:
    conn = await pool.acquire()
    await conn.execute("BEGIN")
    try:
        yield conn
        await conn.execute("COMMIT")
    except Exception:
        await conn.execute("ROLLBACK")
        raise
    finally:
        pool.release(conn)
