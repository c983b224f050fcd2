"""The finding kinds of this check: id, severity, semver effect and docs, one row each."""

from __future__ import annotations

from ...model import rule

ID = "async-hazards"
TITLE = "Async and performance hazards"

BLOCKING_CALL_IN_ASYNC = rule(
    "blocking-call-in-async",
    ID,
    "risk",
    "A blocking call was added inside an async function",
    """
    The change adds a call that blocks the thread (`time.sleep`, `open()`, `subprocess.run`, `requests.get`,
    a sync `httpx.Client`, `os.path` or `pathlib` file-system calls, `input()`, `requests.Session` methods,
    `sqlite3.connect`, ...) inside an `async def`. While it runs, the event loop runs nothing else: every other
    request, websocket and timer of the process waits, so latency spikes and throughput collapses under load;
    results stay correct, which is why this is `risk`, not `breaking`. Found by ruff's flake8-async rules
    (ASYNC2xx, the rule code is in the message) plus a small complement for calls ruff has no rule for. Calls
    already there at base (matched by rule, file and line text, not line number) are not reported. Instead:
    use the async equivalent (`await asyncio.sleep()`, `httpx.AsyncClient`/`aiohttp`,
    `asyncio.create_subprocess_exec`, `aiofiles`/`anyio.Path`) or run the call in a worker thread with
    `await asyncio.to_thread(fn, ...)`.
    """,
    """
async def refresh_token(user_id: str) -> Token:
    await asyncio.sleep(backoff)
    async with httpx.AsyncClient() as client:
        resp = await client.post(TOKEN_URL, data={"user": user_id})
""",
    """
async def refresh_token(user_id: str) -> Token:
    time.sleep(backoff)  # ASYNC251: the whole event loop sleeps
    resp = requests.post(TOKEN_URL, data={"user": user_id})  # ASYNC210
""",
)

LOGGING_ADDED = rule(
    "logging-added",
    ID,
    "info",
    "Logging calls were added",
    """
    The change adds logging calls to a production file (one finding per file, with the counts by level and
    which are inside an `async def`). Nothing breaks, but logs are an output with costs and consumers: a new
    `info` call in a hot path or a loop multiplies log volume and I/O, an `error` or `exception` call can page
    someone, and any call may leak secrets or personal data. Calls are matched by file and call text, so
    moving a call is not an addition. Review the level, the volume on hot paths and what the message
    includes.
    """,
    """
async def handle(ws: WebSocket) -> None:
    async for msg in ws:
        await dispatch(msg)
""",
    """
async def handle(ws: WebSocket) -> None:
    async for msg in ws:
        logger.info("received %s", msg)  # one log line per websocket message
        await dispatch(msg)
""",
)

RULES = (BLOCKING_CALL_IN_ASYNC, LOGGING_ADDED,)
