"""Turn what the user passed as one side of ``changeproof api OLD NEW`` into a :class:`Snapshot`.

A side can be, tried in this order:

1. an existing directory (taken as it is on disk, even if it is a git checkout);
2. a wheel (``*.whl``);
3. an sdist (``*.tar.gz``, ``*.tgz``, ``*.tar.bz2``, ``*.tar.xz``, ``*.zip``);
4. ``name==version``, a wheel downloaded from the package index with pip (a release with only an sdist is
   refused: pip would run its build backend, i.e. the project's code, to read its metadata);
5. a git revision of the repository containing ``cwd`` (``WORKTREE`` for the working tree).

Archives are extracted into temporary directories outside any repository, refusing archives
with members whose path is unsafe (see :func:`changeproof.git.unsafe_path`) and skipping links
and special files. Extraction is bounded (a zip bomb is refused): at most ``MAX_MEMBERS``
members and ``MAX_EXTRACTED`` bytes in all; a member larger than ``MAX_MEMBER`` is not extracted
(a file changeproof would parse is then listed as not analysed). All temporary directories are
removed when the context exits.
"""

from __future__ import annotations

import contextlib
import re
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from . import git
from .errors import UserError

__all__ = ["MAX_EXTRACTED", "MAX_MEMBER", "MAX_MEMBERS", "PIP_TIMEOUT", "SDIST_SUFFIXES", "extract_archive", "open_side", "parse_requirement"]

SDIST_SUFFIXES = (".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".zip")
PIP_TIMEOUT = 300  # seconds
MAX_EXTRACTED = 1 << 30  # bytes written from one archive, in all
MAX_MEMBER = 64 << 20  # bytes: a larger member is not extracted
MAX_MEMBERS = 100_000

# PEP 508 name (with optional extras) == version; no markers, no URLs.
_REQUIREMENT = re.compile(
    r"^\s*(?P<name>[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*==\s*(?P<version>[A-Za-z0-9._+!-]+)\s*$"
)
_DOWNLOAD_HINT = "check the name and version, and that PyPI is reachable (or pass a wheel, sdist or directory)"
_NO_MATCH = ("No matching distribution found", "Could not find a version that satisfies")


def parse_requirement(spec: str) -> tuple[str, str] | None:
    """``(name, version)`` if ``spec`` reads ``name==version``, else None."""
    m = _REQUIREMENT.match(spec)
    return (m["name"], m["version"]) if m else None


@contextlib.contextmanager
def open_side(spec: str, cwd: Path, *, role: str) -> Iterator[git.Snapshot]:
    """The snapshot ``spec`` names, relative to ``cwd``; ``role`` ("old", "new"...) is for messages.

    ``Snapshot.ref`` is ``spec`` exactly as given. Temporary files are removed on exit.
    """
    with contextlib.ExitStack() as stack:
        snap = _open(spec, Path(cwd), role, stack)
        stack.callback(snap.close)
        yield snap


def _open(spec: str, cwd: Path, role: str, stack: contextlib.ExitStack) -> git.Snapshot:
    """Resolve ``spec`` in the documented order; temporary directories go on ``stack``."""
    path = _as_path(spec, cwd)
    if path is not None and path.is_dir():
        return git.DirectorySnapshot(path, ref=spec)
    if path is not None and path.is_file() and _archive_kind(path.name):
        return _open_archive(path, spec, stack)
    if parse_requirement(spec):
        return _open_download(spec, stack)
    return _open_revision(spec, cwd, role)


def _as_path(spec: str, cwd: Path) -> Path | None:
    """``spec`` as a path under ``cwd``, or None if it cannot be one."""
    if not spec.strip() or "\0" in spec:
        return None
    try:
        path = cwd / Path(spec).expanduser()
        path.exists()  # may raise for over-long names
    except (OSError, ValueError, RuntimeError):
        return None
    return path


def _archive_kind(name: str) -> str | None:
    """``"wheel"``, ``"sdist"`` or None, from a file name."""
    lower = name.lower()
    if lower.endswith(".whl"):
        return "wheel"
    if lower.endswith(SDIST_SUFFIXES):
        return "sdist"
    return None


def _open_archive(path: Path, ref: str, stack: contextlib.ExitStack) -> git.Snapshot:
    """Extract a wheel or sdist into a temporary directory and snapshot it."""
    dest = stack.enter_context(git.temporary_directory())
    kind = _archive_kind(path.name)
    skipped: dict[str, int] = {}
    root = extract_archive(path, dest, wheel=kind == "wheel", skipped=skipped)
    snap = git.DirectorySnapshot(root, ref=ref)
    prefix = "" if root == dest else root.relative_to(dest).as_posix() + "/"
    for member, size in skipped.items():
        rel = member.removeprefix(prefix)
        if git.is_parsed(rel):
            snap.unanalysable[rel] = (f"archive member too large to extract ({size >> 20} MiB or more, the limit is "
                                      f"{MAX_MEMBER >> 20} MiB)")
    return snap


def extract_archive(archive: Path, dest: Path, *, wheel: bool = False, skipped: dict[str, int] | None = None) -> Path:
    """Safely extract a zip/tar archive into ``dest``; the snapshot root is returned.

    Members with absolute paths or ``..`` make the whole archive rejected (UserError); links
    and special files are skipped. For a wheel, ``*.data/purelib`` and ``*.data/platlib``
    contents are placed at the root, where an installer would put them. For an sdist with a
    single top-level folder, that folder is the root. Members larger than ``MAX_MEMBER`` are not
    extracted (``skipped``: member path -> bytes seen); more than ``MAX_MEMBERS`` members or
    ``MAX_EXTRACTED`` bytes in all make the archive refused (UserError).
    """
    import tarfile  # only for archive sides: not imported by every command
    import zipfile

    name = archive.name
    budget = _Budget(archive, skipped if skipped is not None else {})
    try:
        if name.lower().endswith((".whl", ".zip")):
            _extract_zip(archive, dest, wheel=wheel, budget=budget)
        else:
            _extract_tar(archive, dest, budget=budget)
    except (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError) as exc:
        raise UserError(
            f"cannot extract '{archive}': {exc}",
            hint="the file may be truncated or not a real wheel/sdist; download it again",
        ) from None
    if wheel:
        return dest
    entries = list(dest.iterdir())
    if len(entries) == 1 and entries[0].is_dir():
        return entries[0]
    return dest


class _Budget:
    """What one archive may still write: members, bytes in all; members too large to extract."""

    def __init__(self, archive: Path, skipped: dict[str, int]):
        self.archive, self.skipped = archive, skipped
        self.members, self.total = 0, 0

    def member(self) -> None:
        self.members += 1
        if self.members > MAX_MEMBERS:
            raise UserError(f"refusing to extract '{self.archive}': more than {MAX_MEMBERS} members",
                            hint="the archive is malformed or malicious (a zip bomb?); get it from a trusted source")

    def copy(self, src, target: Path, name: str) -> bool:
        """Stream ``src`` to ``target`` within the limits; False (and nothing left) for a member too large."""
        written = 0
        with open(target, "wb") as out:
            while chunk := src.read(1 << 20):
                written += len(chunk)
                if written > MAX_MEMBER:
                    break
                if self.total + written > MAX_EXTRACTED:
                    raise UserError(f"refusing to extract '{self.archive}': it expands to more than "
                                    f"{MAX_EXTRACTED >> 20} MiB",
                                    hint="the archive is malformed or malicious (a zip bomb?); get it from a trusted "
                                         "source")
                out.write(chunk)
        if written > MAX_MEMBER:
            target.unlink()
            self.skipped[name] = written
            return False
        self.total += written
        return True


def _safe_member(archive: Path, member: str, *, wheel: bool = False) -> PurePosixPath | None:
    """The relative path to extract ``member`` to; UserError if it would escape ``dest`` or is otherwise unsafe
    (a ``.git`` component, control characters: see :func:`changeproof.git.unsafe_path`)."""
    member = member.replace("\\", "/")
    parts = PurePosixPath(member).parts
    if member.startswith("/") or re.match(r"^[A-Za-z]:", member) or ".." in parts:
        raise UserError(
            f"refusing to extract '{archive}': member '{member}' points outside the archive",
            hint="the archive is malformed or malicious; get it from a trusted source",
        )
    parts = tuple(p for p in parts if p not in ("", "."))
    why = git.unsafe_path("/".join(parts)) if parts else None
    if why is not None:
        raise UserError(f"refusing to extract '{archive}': member {member!r} has an unsafe path ({why})",
                        hint="the archive is malformed or malicious; get it from a trusted source")
    if not parts:
        return None
    if wheel and len(parts) > 2 and parts[0].endswith(".data") and parts[1] in ("purelib", "platlib"):
        parts = parts[2:]
    return PurePosixPath(*parts)


def _extract_zip(archive: Path, dest: Path, *, wheel: bool, budget: _Budget) -> None:
    import zipfile

    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            budget.member()
            rel = _safe_member(archive, info.filename, wheel=wheel)
            if rel is None:
                continue
            mode = info.external_attr >> 16
            target = dest.joinpath(*rel.parts)
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            if stat.S_IFMT(mode) and not stat.S_ISREG(mode):
                continue  # symlinks and special files (zips made on Unix record the file type)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src:
                if not budget.copy(src, target, rel.as_posix()):
                    continue
            if mode & 0o111:
                target.chmod(0o755)


def _extract_tar(archive: Path, dest: Path, *, budget: _Budget) -> None:
    import tarfile

    with tarfile.open(archive, "r:*") as tf:
        for member in tf:
            budget.member()
            rel = _safe_member(archive, member.name)
            if rel is None:
                continue
            target = dest.joinpath(*rel.parts)
            if member.isdir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            if not member.isfile():
                continue  # symlinks, hard links, devices, fifos
            src = tf.extractfile(member)
            if src is None:
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with src:
                if not budget.copy(src, target, rel.as_posix()):
                    continue
            if member.mode & 0o111:
                target.chmod(0o755)


def _open_download(spec: str, stack: contextlib.ExitStack) -> git.Snapshot:
    """``pip download`` the wheel of ``name==version`` and open it.

    Only wheels: to download an sdist pip prepares its metadata, which runs the project's build backend (code
    from the package, e.g. a custom ``setup.py`` or in-tree backend). A release without a wheel is refused with
    how to proceed; an sdist passed as a file is read as an archive, never built."""
    requirement = spec.strip()
    download_dir = stack.enter_context(git.temporary_directory())
    ok, error = _pip_download(requirement, download_dir, binary=True)
    if not ok and any(marker in error for marker in _NO_MATCH):
        raise UserError(
            f"could not download {requirement}: {error}",
            hint="check the name and version, and that PyPI is reachable; a release with only an sdist is not "
                 "downloaded (pip would run its build backend, i.e. the project's code): download the sdist "
                 "yourself and pass the .tar.gz, which changeproof reads without building",
        )
    if not ok:
        raise UserError(f"could not download {requirement}: {error}", hint=_DOWNLOAD_HINT)
    files = sorted(p for p in download_dir.iterdir() if p.is_file() and _archive_kind(p.name))
    if not files:
        raise UserError(f"could not download {requirement}: pip saved no wheel or sdist", hint=_DOWNLOAD_HINT)
    wheels = [p for p in files if _archive_kind(p.name) == "wheel"]
    return _open_archive((wheels or files)[0], spec, stack)


def _pip_download(requirement: str, dest: Path, *, binary: bool) -> tuple[bool, str]:
    """Run ``pip download`` once; ``(success, last error line)``."""
    cmd = [
        sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--disable-pip-version-check",
        "--no-input", "--ignore-requires-python",
        "--only-binary=:all:" if binary else "--no-binary=:all:",  # always binary: see _open_download
        "-d", str(dest), requirement,
    ]
    try:
        proc = subprocess.run(
            cmd, stdin=subprocess.DEVNULL, capture_output=True, timeout=PIP_TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired:
        return False, f"pip timed out after {PIP_TIMEOUT} s"
    except OSError as exc:
        return False, f"cannot run pip: {exc}"
    if proc.returncode == 0:
        return True, ""
    return False, _pip_error(proc.stderr) or f"pip exited with status {proc.returncode}"


def _pip_error(stderr: bytes) -> str:
    """pip's last error line, without the ``ERROR:`` prefix."""
    lines = [line.strip() for line in stderr.decode("utf-8", "replace").splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("ERROR:")]
    line = (errors or lines or [""])[-1]
    return line.removeprefix("ERROR:").strip()


def _open_revision(spec: str, cwd: Path, role: str) -> git.Snapshot:
    """A git revision of the repository containing ``cwd``; the catch-all error otherwise."""
    reason = ""
    try:
        repo = git.find_repo(cwd)
    except UserError:
        repo = None
        reason = " (and the current directory is not in a git repository)"
    if repo is not None:
        try:
            return git.snapshot(repo, spec, top=repo)
        except git.UnknownRevision as exc:
            if exc.shallow:
                raise
    raise UserError(
        f"cannot read '{spec}': not a directory, wheel, sdist, name==version or revision",
        hint=_hint(spec, cwd, role) + reason,
    )


def _hint(spec: str, cwd: Path, role: str) -> str:
    path = _as_path(spec, cwd)
    if path is not None and path.is_file():
        return f"'{spec}' is a file but not a wheel (.whl) or sdist ({', '.join(SDIST_SUFFIXES)})"
    looks_like_path = spec.startswith(("/", "./", "../", "~")) or bool(_archive_kind(spec))
    if looks_like_path:
        return f"no such file or directory for the {role} side; check the path"
    return (
        f"the {role} side can be a directory, a .whl, an sdist (.tar.gz/.zip), name==version, "
        f"or a git revision such as main, v1.2, HEAD~1 or {git.WORKTREE}"
    )
