import shutil
from pathlib import Path


def make_archive(base_name: str, root_dir: str, format: str = "gztar", *, base_dir: str | None = None) -> Path:
    return Path(shutil.make_archive(base_name, format, root_dir, base_dir))
