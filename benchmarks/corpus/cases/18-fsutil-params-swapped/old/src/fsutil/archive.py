import shutil
from pathlib import Path


def make_archive(base_name: str, root_dir: str, format: str = "gztar") -> Path:
    return Path(shutil.make_archive(base_name, format, root_dir))
