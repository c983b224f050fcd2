"""Settings from the environment and an optional TOML file."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@dataclass(frozen=True)
class Settings:
    smtp_host: str
    batch_size: int
    retry_limit: int = 3


def load_settings(environ: dict[str, str] | None = None, path: str | Path | None = None) -> Settings:
    env = os.environ if environ is None else environ
    file_values: dict = {}
    if path is not None:
        with open(path, "rb") as fh:
            file_values = tomllib.load(fh).get("mailq", {})
    return Settings(
        smtp_host=env.get("MAILQ_SMTP_HOST", "localhost"),
        batch_size=int(env.get("MAILQ_BATCH_SIZE", "100")),
        retry_limit=int(file_values.get("retry_limit", 3)),
    )
