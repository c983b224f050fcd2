"""Settings: mailq/defaults.toml, then environment variables."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DEFAULTS = Path(__file__).with_name("defaults.toml")


@dataclass(frozen=True)
class Settings:
    host: str
    port: int
    batch_size: int
    retry: int
    use_tls: bool


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    env = os.environ if environ is None else environ
    data = tomllib.loads(DEFAULTS.read_text(encoding="utf-8"))
    return Settings(
        host=env.get("MAILQ_HOST", "localhost"),
        port=int(env.get("MAILQ_PORT", data["smtp"]["port"])),
        batch_size=data["queue"]["batch_size"],
        retry=data["queue"]["retry"],
        use_tls=data["smtp"]["use_tls"],
    )
