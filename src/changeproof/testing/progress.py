"""A progress bar on stderr while tests run, fed by the plugin's JSON lines as pytest writes them.

Shown only when stderr is a terminal (the caller decides; see ``TestOptions.progress``); transient, so the
report that follows is not interleaved with it.
"""

from __future__ import annotations

import threading
from typing import Any


class TestProgress:
    """One rich progress display; ``task(label)`` returns the event callback for one pytest run."""

    __test__ = False

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self._progress = None
        self._lock = threading.Lock()
        if enabled:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
            )

            self._progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                      TextColumn("{task.fields[counts]}"), TimeElapsedColumn(),
                                      console=Console(stderr=True), transient=True)

    def __enter__(self) -> TestProgress:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()

    def task(self, label: str):
        """The ``on_event`` callback of one run: counts passed / failed / skipped as reports arrive."""
        if self._progress is None:
            return None
        progress = self._progress
        with self._lock:
            task_id = progress.add_task(label, total=None, counts="collecting")
        counts = {"passed": 0, "failed": 0, "skipped": 0}
        done: set[str] = set()
        collected: set[str] = set()

        def on_event(ev: dict[str, Any]) -> None:
            kind = ev.get("event")
            if kind == "collected" and ev.get("selected", True):
                collected.add(str(ev.get("nodeid")))
                progress.update(task_id, total=len(collected))
            elif kind == "collectfinish":
                progress.update(task_id, total=max(int(ev.get("count") or 0), len(collected)) or None)
            elif kind == "report":
                nid = str(ev.get("nodeid"))
                when, outcome = ev.get("when"), ev.get("outcome")
                finished = (when == "call") or (when == "setup" and outcome != "passed")
                if finished and nid not in done:
                    done.add(nid)
                    if outcome == "failed":
                        counts["failed"] += 1
                    elif outcome == "skipped":
                        counts["skipped"] += 1
                    else:
                        counts["passed"] += 1
                elif when == "teardown" and outcome == "failed":
                    counts["failed"] += 1
                progress.update(task_id, completed=len(done),
                                counts=f"{counts['passed']} passed, {counts['failed']} failed, {counts['skipped']} skipped")
            elif kind == "finish":
                progress.update(task_id, visible=False)

        return on_event
