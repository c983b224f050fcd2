import os
import shutil
from pathlib import Path
from typing import Union

StrPath = Union[str, "os.PathLike[str]"]


def copy(src: StrPath, dst: StrPath, overwrite: bool = False, follow_symlinks: bool = True) -> Path:
    """Copy a file; refuses to replace *dst* unless *overwrite*."""
    if not overwrite and os.path.exists(dst):
        raise FileExistsError(dst)
    return Path(shutil.copy2(src, dst, follow_symlinks=follow_symlinks))


def move(src: StrPath, dst: StrPath, *, overwrite: bool = False, dry_run: bool = False) -> Path:
    if not overwrite and os.path.exists(dst):
        raise FileExistsError(dst)
    if dry_run:
        return Path(dst)
    return Path(shutil.move(os.fspath(src), os.fspath(dst)))


def tree_size(root: StrPath, follow_symlinks: bool = False) -> int:
    total = 0
    for dirpath, _, files in os.walk(root, followlinks=follow_symlinks):
        total += sum(os.path.getsize(os.path.join(dirpath, f)) for f in files)
    return total
