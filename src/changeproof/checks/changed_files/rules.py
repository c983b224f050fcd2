"""The changed-files check reports facts (every changed path, classified), no finding kinds of its own."""

from __future__ import annotations

ID = "changed-files"
TITLE = "Changed files"
RULES = ()
