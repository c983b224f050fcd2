"""Read-only access to git: revisions, trees, blobs and diffs.

The rule of this module: **never touch the user's repository**. Nothing here writes the
working tree, the index, refs, the stash, the config or the object database. Trees and
file contents come from git objects (``ls-tree``, ``cat-file --batch``); every git call runs
with ``GIT_OPTIONAL_LOCKS=0`` so that even commands that would opportunistically refresh
the index (``git diff`` against the working tree) leave it alone. Temporary copies of a
tree live in directories outside the repository and are removed on exit, on errors, on
Ctrl-C and on SIGTERM.

Symbolic links and submodules (gitlinks) are left out on every side: a link's "content" is
a path, not code, and following it could leave the tree; a submodule is another repository.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import shutil
import signal
import sqlite3
import stat
import subprocess
import tempfile
import threading
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from . import lifetime, sqlitedb
from .errors import UserError

__all__ = [
    "WORKTREE",
    "FileChange",
    "DirectorySnapshot",
    "GitSnapshot",
    "Snapshot",
    "UnknownRevision",
    "WorktreeSnapshot",
    "blob_id",
    "changed_files",
    "default_branch",
    "find_repo",
    "is_parsed",
    "is_shallow",
    "materialise",
    "merge_base",
    "pair",
    "resolve",
    "set_aside_together",
    "snapshot",
    "temporary_directory",
    "unsafe_path",
]

WORKTREE = "WORKTREE"
"""Pseudo-revision: the working tree as it is on disk (tracked + untracked, not ignored)."""

TEMP_PREFIX = "changeproof-"

SHALLOW_HINT = (
    "fetch the full history with `git fetch --unshallow` "
    "(in GitHub Actions: actions/checkout with `fetch-depth: 0`)"
)

# Directories never part of a plain directory's source tree, at any depth.
_PRUNE_ANYWHERE = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        "__pycache__",
        ".venv",
        ".tox",
        ".nox",
        "node_modules",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
    }
)
# Only pruned at the top of the tree: `build` or `venv` may be real packages further down.
_PRUNE_AT_ROOT = frozenset({"build", "dist", "venv"})

# Files changeproof parses (Python sources and the configuration the checks read) are analysed up to this size;
# a larger one is set aside on both sides as "could not analyse" (parsing 50 MB of generated code costs minutes
# and gigabytes). CHANGEPROOF_MAX_FILE_SIZE (bytes) overrides it.
MAX_FILE_SIZE = 1024 * 1024

_GITLINK_MODE = "160000"
_SYMLINK_MODE = "120000"
_CATFILE_CHUNK = 64  # requests in flight per round trip; 64 * 41 bytes never fills a pipe


class UnknownRevision(UserError):
    """A revision git cannot resolve; ``shallow`` tells whether a shallow clone may be why."""

    def __init__(self, message: str, hint: str | None = None, *, rev: str = "", shallow: bool = False):
        super().__init__(message, hint)
        self.rev = rev
        self.shallow = shallow


# --------------------------------------------------------------------------------------
# running git


def _env() -> dict[str, str]:
    """Environment for git: no optional locks, C locale, no prompts, no inherited repo."""
    env = dict(os.environ)
    # Inside a git hook these point at the hook's repository and would override `-C`.
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX", "GIT_COMMON_DIR"):
        env.pop(name, None)
    env.update(GIT_OPTIONAL_LOCKS="0", LC_ALL="C", GIT_TERMINAL_PROMPT="0", GIT_PAGER="cat")
    return env


def _git_missing() -> UserError:
    return UserError(
        "git is not installed or not on PATH",
        hint="install git, or pass directories, wheels or sdists instead of revisions",
    )


def _run(repo: str | Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[bytes]:
    """Run ``git -C repo args...`` and capture its output as bytes."""
    try:
        proc = subprocess.run(
            ["git", "-C", str(repo), *args],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            env=_env(),
            check=False,
        )
    except FileNotFoundError:
        raise _git_missing() from None
    if check and proc.returncode != 0:
        err = _last_line(proc.stderr) or f"exit status {proc.returncode}"
        raise UserError(
            f"git {args[0]} failed: {err}",
            hint="check that the repository is readable and not corrupt (`git fsck`)",
        )
    return proc


def _last_line(data: bytes) -> str:
    lines = [line.strip() for line in data.decode("utf-8", "replace").splitlines() if line.strip()]
    return lines[-1] if lines else ""


def _decode_path(raw: bytes) -> str:
    """Git paths are bytes; decode them the way the OS would (round-trips via fsencode)."""
    return os.fsdecode(raw)


def blob_id(data: bytes) -> str:
    """The git blob id of ``data``: sha1 of ``b"blob <size>\\0" + data``."""
    import hashlib  # here: loading it (OpenSSL) is a cost a run reading only git objects does not need

    h = hashlib.sha1(b"blob %d\0" % len(data))
    h.update(data)
    return h.hexdigest()


# --------------------------------------------------------------------------------------
# repositories and revisions


def find_repo(path: str | Path = ".") -> Path:
    """The top-level directory of the git working tree containing ``path``."""
    p = Path(path)
    if not p.exists():
        raise UserError(f"not a git repository: {path} (no such directory)",
                        hint="run inside a git checkout, or pass directories instead of revisions")
    if p.is_file():
        p = p.parent
    proc = _run(p, "rev-parse", "--show-toplevel", check=False)
    top = proc.stdout.decode("utf-8", "surrogateescape").strip()
    if b"dubious ownership" in proc.stderr:  # git's safe.directory refusal, not a missing repository
        m = re.search(rb"repository at '(.*?)'", proc.stderr)
        where = _decode_path(m[1]) if m else str(p.resolve())
        raise UserError(
            f"git refuses to read {where}: it is owned by another user (git's safe.directory protection)",
            hint=f"if you trust it: git config --global --add safe.directory {where} "
                 "(in a container or CI job, the checkout is often owned by another uid)",
        )
    if proc.returncode != 0 or not top:
        raise UserError(
            f"not a git repository: {path}",
            hint="run inside a git checkout, or pass directories instead of revisions",
        )
    return Path(top)


def is_shallow(repo: str | Path) -> bool:
    """Whether ``repo`` is a shallow clone (history cut off at some depth)."""
    proc = _run(repo, "rev-parse", "--is-shallow-repository", check=False)
    return proc.returncode == 0 and proc.stdout.strip() == b"true"


def _has_commits(repo: str | Path) -> bool:
    return _run(repo, "rev-parse", "--verify", "--quiet", "HEAD^{commit}", check=False).returncode == 0


def _ref_exists(repo: str | Path, ref: str) -> bool:
    return _run(repo, "rev-parse", "--verify", "--quiet", ref, check=False).returncode == 0


def resolve(repo: str | Path, rev: str) -> str:
    """The full commit sha ``rev`` names: a branch, tag (peeled), ``HEAD~1``, short sha..."""
    if rev == WORKTREE:
        raise UserError(f"'{WORKTREE}' is not a commit", hint="use snapshot() to read the working tree")
    if not rev or rev.startswith("-") or any(c in rev for c in "\0\n"):
        raise UnknownRevision(f"unknown revision '{rev}'", hint="name a branch, tag or commit", rev=rev)
    proc = _run(repo, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}", check=False)
    sha = proc.stdout.decode("ascii", "replace").strip()
    if proc.returncode == 0 and re.fullmatch(r"[0-9a-f]{40}|[0-9a-f]{64}", sha):
        return sha
    if not _has_commits(repo):
        raise UserError(
            f"unknown revision '{rev}': the repository has no commits yet",
            hint="commit something first, or compare directories (e.g. `WORKTREE` against a directory)",
        )
    if is_shallow(repo):
        raise UnknownRevision(
            f"unknown revision '{rev}': this clone is shallow, so it may not have been fetched",
            hint=SHALLOW_HINT,
            rev=rev,
            shallow=True,
        )
    if _run(repo, "cat-file", "-e", rev, check=False).returncode == 0:
        raise UnknownRevision(f"'{rev}' is not a commit", hint="name a branch, tag or commit", rev=rev)
    hint = "check the name with `git branch -a` and `git tag`; pass WORKTREE for uncommitted changes"
    if _ref_exists(repo, f"refs/remotes/origin/{rev}"):
        hint = f"did you mean 'origin/{rev}'? (the branch exists only on the remote)"
    raise UnknownRevision(f"unknown revision '{rev}'", hint=hint, rev=rev)


def merge_base(repo: str | Path, a: str, b: str) -> str:
    """The best common ancestor of revisions ``a`` and ``b`` (shallow-aware errors)."""
    sha_a, sha_b = resolve(repo, a), resolve(repo, b)
    proc = _run(repo, "merge-base", sha_a, sha_b, check=False)
    out = proc.stdout.decode("ascii", "replace").strip()
    if proc.returncode == 0 and out:
        return out.split()[0]
    if is_shallow(repo):
        raise UserError(
            f"no common ancestor of '{a}' and '{b}': this clone is shallow, so it may not have been fetched",
            hint=SHALLOW_HINT,
        )
    if proc.returncode not in (0, 1):
        raise UserError(f"git merge-base failed: {_last_line(proc.stderr)}", hint="check the revisions")
    raise UserError(
        f"'{a}' and '{b}' have no common ancestor",
        hint="compare the two revisions directly instead of their merge base",
    )


def default_branch(repo: str | Path) -> str | None:
    """The branch changes are usually compared against: origin/HEAD, else main, else master."""
    proc = _run(repo, "symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD", check=False)
    target = proc.stdout.decode("utf-8", "surrogateescape").strip()
    if proc.returncode == 0 and target and _ref_exists(repo, f"{target}^{{commit}}"):
        return target
    for ref, name in (
        ("refs/heads/main", "main"),
        ("refs/heads/master", "master"),
        ("refs/remotes/origin/main", "origin/main"),
        ("refs/remotes/origin/master", "origin/master"),
    ):
        if _ref_exists(repo, f"{ref}^{{commit}}"):
            return name
    return None


# --------------------------------------------------------------------------------------
# snapshots


class Snapshot:
    """A tree of files on one side of a comparison.

    ``files()`` maps every file's relative POSIX path to a content id (the git blob sha, so
    identical content has the same id on every side) and is computed once.
    """

    ref: str
    sha: str | None
    label: str

    def __init__(self, ref: str, sha: str | None = None, label: str | None = None):
        self.ref = ref
        self.sha = sha
        self.label = label or ref
        self._files: dict[str, str] | None = None
        self._sizes: dict[str, int] = {}  # bytes, where the listing knows them
        # path -> why it could not be analysed (unsafe name, too large, unreadable): never in files(), never read
        # or written; the runner reports each as "could not analyse"
        self.unanalysable: dict[str, str] = {}

    def files(self) -> dict[str, str]:
        """Every file that can be analysed: relative POSIX path -> content id (git blob sha). Memoised.

        Paths that are unsafe to write or to show (see :func:`unsafe_path`), that collide with another when case
        is folded, that are too large to parse, or that cannot be read are left out and listed in
        ``unanalysable`` with the reason."""
        if self._files is None:
            self._files = _screen(self._list_files(), self._sizes, self.unanalysable)
        return self._files

    def set_aside(self, path: str, reason: str) -> None:
        """Leave ``path`` out of this side too (what cannot be analysed on one side is not compared)."""
        self.files().pop(path, None)
        self.unanalysable.setdefault(path, reason)

    def _list_files(self) -> dict[str, str]:
        raise NotImplementedError

    def read(self, path: str) -> bytes:
        """The content of one file; ``KeyError`` if it is not in the snapshot."""
        return self.read_many([path])[path]

    def read_many(self, paths: Iterable[str]) -> dict[str, bytes]:
        """The contents of many files at once; ``KeyError`` for a path not in the snapshot."""
        raise NotImplementedError

    def _write_to(self, dest: Path) -> None:
        """Write every file of the snapshot under ``dest`` (used by :func:`materialise`)."""
        raise NotImplementedError

    def close(self) -> None:
        """Release helper processes (if any). The snapshot stays usable."""

    def __enter__(self) -> Snapshot:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(ref={self.ref!r}, sha={self.sha!r})"


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_DRIVE = re.compile(r"^[A-Za-z]:")
# what a file system may take for ".git": case-folded, trailing dots and spaces (Windows), NTFS short name
_DOTGIT = re.compile(r"(?i)^(\.git[. ]*|git~\d+)$")
# characters HFS+ ignores in names (so ".g\u200cit" is ".git" there), as git's fsck knows them
_IGNORABLE = dict.fromkeys(map(ord, "\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u206a\u206b"
                                    "\u206c\u206d\u206e\u206f\ufeff"))


_unsafe_memo: dict[str, str | None] = {}  # path -> unsafe_path(path): both sides of a change share most paths


def _unsafe(path: str) -> str | None:
    why = _unsafe_memo.get(path, _unsafe_memo)
    if why is _unsafe_memo:
        why = _unsafe_memo[path] = unsafe_path(path)
    return why  # type: ignore[return-value]


def unsafe_path(path: str) -> str | None:
    """Why ``path`` (from a tree, an archive or a listing) must not be written or shown, or None when it is safe:
    absolute, a ``..`` / ``.`` / empty component (it would climb out of the directory it is written to), a
    ``.git`` component (a fake repository in the copy), a backslash, a NUL or a control character (terminal
    escapes in a report). git itself refuses to check such trees out (``git fsck``: hasDotdot, fullPathname,
    hasDotgit)."""
    if not path:
        return "empty path"
    if path.startswith("/") or _DRIVE.match(path):
        return "absolute path"
    if _CONTROL.search(path):
        return "control character in the name"
    if "\\" in path:
        return "backslash in the name"
    # a '.git' look-alike has "git" in it once the ignorable characters (all outside ASCII) are dropped
    dotgit = not path.isascii() or "git" in path.lower()
    for part in path.split("/"):
        if part in ("", ".", ".."):
            return f"a {part!r} component" if part else "an empty component"
        if dotgit and _DOTGIT.match(part.translate(_IGNORABLE)):
            return "'.git' component"
    return None


_parsed_memo: dict[str, bool] = {}  # path -> is_parsed(path): both sides of a change share most paths


def is_parsed(path: str) -> bool:
    """Files a check parses: Python sources and the configuration files checks read."""
    known = _parsed_memo.get(path)
    if known is None:
        name = path.rsplit("/", 1)[-1].lower()
        known = _parsed_memo[path] = (
            name.endswith((".py", ".pyi", ".toml", ".cfg", ".ini")) or name.startswith(".env")
            or (name.startswith("requirements") and name.endswith(".txt"))
            or (name.endswith((".yml", ".yaml")) and "compose" in name))
    return known


def max_file_size() -> int:
    """The size limit for parsed files, in bytes (CHANGEPROOF_MAX_FILE_SIZE overrides MAX_FILE_SIZE)."""
    raw = os.environ.get("CHANGEPROOF_MAX_FILE_SIZE", "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else MAX_FILE_SIZE


def _size(n: int) -> str:
    return f"{n / (1 << 20):.1f} MiB" if n >= 1 << 20 else f"{n / 1024:.0f} KiB"


def _screen(files: dict[str, str], sizes: dict[str, int], out: dict[str, str]) -> dict[str, str]:
    """``files`` minus unsafe, case-colliding and too large paths; the reasons go to ``out``."""
    kept: dict[str, str] = {}
    first: dict[str, str] = {}  # case-folded path -> the first path that folds to it
    folded: dict[str, list[str]] = {}  # case-folded path -> every path that folds to it, where there are several
    for path in files:
        key = path.casefold()
        other = first.setdefault(key, path)
        if other != path:
            folded.setdefault(key, [other]).append(path)
    limit = max_file_size()
    for path in sorted(files):
        why = _unsafe(path)
        if why is not None:
            out.setdefault(path, f"unsafe path ({why}): never written, not analysed")
            continue
        same = [p for p in folded.get(path.casefold(), ()) if p != path] if folded else None
        if same:  # which one a case-insensitive file system would keep is not ours to guess: neither
            out.setdefault(path, f"unsafe path (the same as {', '.join(sorted(same))} on a case-insensitive file "
                                 "system): never written, not analysed")
            continue
        size = sizes.get(path)
        if size is not None and size > limit and is_parsed(path):
            out.setdefault(path, f"file too large to analyse ({_size(size)}, the limit is {_size(limit)}; "
                                 "CHANGEPROOF_MAX_FILE_SIZE raises it)")
            continue
        kept[path] = files[path]
    for path in out:  # e.g. unreadable files found while listing
        kept.pop(path, None)
    return kept


# A blob's size, by its id: the same in every repository and for good. Known sizes are kept for the process and
# in the cache (the table `sizes` of sqlitedb.FACTS_FILE), so that a warm run asks git for none.
_known_sizes: dict[str, int] = {}
_SIZES_DDL = ["CREATE TABLE IF NOT EXISTS sizes (blob TEXT PRIMARY KEY, size INTEGER NOT NULL)"]


_cold: dict[str, bool] = {}  # cache directory -> whether it held no size when this process first looked


def _sizes_db() -> sqlite3.Connection | None:
    if not sqlitedb.caches_enabled():
        return None
    return sqlitedb.open_db(sqlitedb.cache_dir() / sqlitedb.FACTS_FILE, _SIZES_DDL)


def sizes_from_listing() -> bool:
    """Whether a tree's listing should ask git for sizes (``ls-tree -l``): with no cache, or a cache that held no
    size when this process first looked (a first run), rather than a second git process for all of them."""
    key = str(sqlitedb.cache_dir())
    if key not in _cold and sqlitedb.caches_enabled():
        conn = _sizes_db()
        cold = True
        if conn is not None:
            try:
                cold = conn.execute("SELECT 1 FROM sizes LIMIT 1").fetchone() is None
            except sqlite3.Error:
                pass
            finally:
                conn.close()
        _cold[key] = cold
    return not sqlitedb.caches_enabled() or _cold[key]


def blob_sizes(repo: str | Path, oids: Iterable[str], listed: dict[str, int] | None = None) -> dict[str, int]:
    """The size in bytes of each blob of ``oids`` (blob id -> size): from this process's memory, the sizes the
    listing gave (``listed``), the cache, then one ``git cat-file --batch-check`` for the rest (all but the first
    kept in the cache). A row that is not a size is a miss, rebuilt; an object git does not have is left out. A
    cache that cannot be opened is no cache."""
    oids = list(oids)
    wanted = [o for o in dict.fromkeys(oids) if o not in _known_sizes]
    if wanted:
        given = {o: listed[o] for o in wanted if listed and o in listed}
        _known_sizes.update(given)
        conn = _sizes_db()
        try:
            if conn is not None and given:
                sqlitedb.write_many(conn, "INSERT OR REPLACE INTO sizes (blob, size) VALUES (?, ?)",
                                    sorted(given.items()))
            wanted = [o for o in wanted if o not in given]
            if conn is not None and wanted:
                bad = 0
                try:
                    for start in range(0, len(wanted), 500):
                        chunk = wanted[start:start + 500]
                        q = "SELECT blob, size FROM sizes WHERE blob IN (%s)" % ",".join("?" * len(chunk))
                        for oid, size in conn.execute(q, chunk):
                            if type(size) is int and size >= 0:
                                _known_sizes[oid] = size
                            else:
                                bad += 1
                except sqlite3.Error:
                    pass
                sqlitedb.note_invalid("blob size", bad)
            missing = [o for o in wanted if o not in _known_sizes]
            if missing:
                found = _batch_check(repo, missing)
                _known_sizes.update(found)
                if conn is not None and found:
                    sqlitedb.write_many(conn, "INSERT OR REPLACE INTO sizes (blob, size) VALUES (?, ?)",
                                        sorted(found.items()))
        finally:
            if conn is not None:
                conn.close()
    return {o: _known_sizes[o] for o in oids if o in _known_sizes}


def _batch_check(repo: str | Path, oids: list[str]) -> dict[str, int]:
    """``git cat-file --batch-check`` over ``oids``: blob id -> size, for the blobs git has."""
    try:
        proc = subprocess.run(["git", "-C", str(repo), "cat-file", "--batch-check"], input=b"".join(
            o.encode("ascii") + b"\n" for o in oids), capture_output=True, env=_env(), check=False)
    except FileNotFoundError:
        raise _git_missing() from None
    out: dict[str, int] = {}
    for line in proc.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] == b"blob" and parts[2].isdigit():
            out[parts[0].decode("ascii")] = int(parts[2])
    return out


class _CatFile:
    """A long-lived ``git cat-file --batch`` process, pipelined in small chunks."""

    def __init__(self, repo: Path):
        self.repo = repo
        self._proc: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()
        self._finalizer: weakref.finalize[[subprocess.Popen[bytes]], _CatFile] | None = None

    def _start(self) -> subprocess.Popen[bytes]:
        if self._proc is None or self._proc.poll() is not None:
            try:
                self._proc = subprocess.Popen(
                    ["git", "-C", str(self.repo), "cat-file", "--batch"],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                    env=_env(),
                )
            except FileNotFoundError:
                raise _git_missing() from None
            self._finalizer = weakref.finalize(self, _stop_process, self._proc)
        return self._proc

    def get(self, object_ids: list[str]) -> list[bytes]:
        """The contents of ``object_ids``, in order."""
        out: list[bytes] = []
        with self._lock:
            proc = self._start()
            assert proc.stdin is not None and proc.stdout is not None
            for start in range(0, len(object_ids), _CATFILE_CHUNK):
                chunk = object_ids[start : start + _CATFILE_CHUNK]
                try:
                    proc.stdin.write(b"".join(oid.encode("ascii") + b"\n" for oid in chunk))
                    proc.stdin.flush()
                except OSError as exc:
                    self.close()
                    raise UserError(f"git cat-file stopped unexpectedly: {exc}",
                                    hint="check that the repository is readable (`git fsck`)") from None
                for oid in chunk:
                    header = proc.stdout.readline().split()
                    if len(header) != 3:
                        self.close()
                        answer = b" ".join(header).decode(errors="replace") or "no output"
                        raise UserError(
                            f"git cannot read object {oid} ({answer})",
                            hint="the repository may be incomplete or corrupt; try `git fsck`",
                        )
                    size = int(header[2])
                    data = proc.stdout.read(size)
                    proc.stdout.read(1)  # trailing LF
                    out.append(data)
        return out

    def close(self) -> None:
        if self._finalizer is not None:
            self._finalizer()
        self._proc = None


_catfiles: weakref.WeakValueDictionary[str, _CatFile] = weakref.WeakValueDictionary()
_catfiles_lock = threading.Lock()


def _shared_catfile(repo: Path) -> _CatFile:
    """The ``cat-file`` reader of ``repo``, shared by its snapshots while any of them lives (a snapshot's
    :meth:`~GitSnapshot.close` stops the process; the next read starts another)."""
    with _catfiles_lock:
        reader = _catfiles.get(str(repo))
        if reader is None:
            reader = _catfiles[str(repo)] = _CatFile(repo)
        return reader


def _target(dest: Path, path: str) -> Path:
    """Where ``path`` is written under ``dest``; refuses (never writes) a path that is unsafe or would land
    outside ``dest`` (files() already left such paths out: this is the last guard before a write)."""
    why = unsafe_path(path)
    target = dest.joinpath(*path.split("/"))
    if why is None and not os.path.normpath(target).startswith(os.path.join(os.path.normpath(dest), "")):
        why = "outside the directory"
    if why is not None:
        raise UserError(f"refusing to write {path!r}: unsafe path ({why})",
                        hint="the tree is malformed or hostile; `git fsck` names the bad entries")
    return target


def _stop_process(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(Exception):
        if proc.stdin:
            proc.stdin.close()
    try:
        proc.wait(timeout=2)
    except Exception:
        proc.kill()
        with contextlib.suppress(Exception):
            proc.wait(timeout=2)
    with contextlib.suppress(Exception):
        if proc.stdout:
            proc.stdout.close()


# --------------------------------------------------------------------------------------
# tree listings

_FILE_MODE = "100644"


@dataclass
class _Listing:
    """What a commit's tree holds, as ``git ls-tree -r`` lists it: every blob that is not a symbolic link (path ->
    blob id; gitlinks are left out too), the modes other than ``100644``, and the paths the tree names twice.
    ``sizes``: blob id -> size when the listing gave them (``ls-tree -l``, a first run), never cached."""

    files: dict[str, str]
    modes: dict[str, str]
    twice: list[str]
    sizes: dict[str, int]


def _ls_tree(repo: Path, sha: str) -> _Listing:
    # -l only on a first run: on a repository of loose objects git opens every blob to give its size; only the
    # files a check parses need one (the size limit), and a blob's size is known for good once known
    # (blob_sizes keeps them)
    with_sizes = sizes_from_listing()
    proc = _run(repo, "ls-tree", "-r", "-z", *(["-l"] if with_sizes else []), "--full-tree", sha)
    files: dict[str, str] = {}
    modes: dict[str, str] = {}
    twice: dict[str, None] = {}
    listed: dict[str, int] = {}
    for record in proc.stdout.split(b"\0"):
        if not record:
            continue
        meta, _, raw_path = record.partition(b"\t")
        mode, kind, oid, *size = meta.decode("ascii").split()
        if size and size[0].isdigit():
            listed[oid] = int(size[0])
        if kind != "blob" or mode == _SYMLINK_MODE:
            continue  # gitlinks (submodules) and symlinks are left out
        path = _decode_path(raw_path)
        if path in files:  # a tree naming the same entry twice (git fsck: duplicateEntries)
            twice[path] = None
        files[path] = oid
        if mode != _FILE_MODE:
            modes[path] = mode
        else:
            modes.pop(path, None)
    return _Listing(files, modes, list(twice), listed)


def _derived_listing(repo: Path, beside_sha: str, beside: _Listing, sha: str) -> _Listing | None:
    """The listing of commit ``sha`` from the listing of ``beside_sha`` and ``git diff-tree -r`` between the two
    (one small process instead of a second full listing). None, to list the tree in full, when the other tree
    names a path twice or when the difference does not apply exactly to the other listing (a path it removes or
    changes with another id or mode than the listing has, one it adds that is there already, a path named twice:
    what a tree naming an entry twice makes of a difference)."""
    if beside.twice or not beside_sha or not sha:
        return None
    proc = _run(repo, "diff-tree", "-r", "-z", "--no-abbrev", "--no-renames", "--ignore-submodules=none",
                beside_sha, sha, "--", check=False)
    if proc.returncode != 0:
        return None
    files = dict(beside.files)
    modes = dict(beside.modes)
    seen: set[str] = set()
    tokens = proc.stdout.split(b"\0")
    i = 0
    while i < len(tokens):
        record = tokens[i]
        i += 1
        if not record:
            continue
        fields = record[1:].decode("ascii", "replace").split() if record.startswith(b":") else []
        if len(fields) != 5 or i >= len(tokens):
            return None
        old_mode, new_mode, old_oid, new_oid, _status = fields
        path = _decode_path(tokens[i])
        i += 1
        if path in seen:
            return None
        seen.add(path)
        if _listed(old_mode):
            if files.get(path) != old_oid or modes.get(path, _FILE_MODE) != old_mode:
                return None
            del files[path]
            modes.pop(path, None)
        elif path in files:
            return None
        if _listed(new_mode):
            if path in files:
                return None
            files[path] = new_oid
            if new_mode != _FILE_MODE:
                modes[path] = new_mode
    return _Listing(files, modes, [], {})


def _listed(mode: str) -> bool:
    """Whether ``ls-tree`` lists an entry of this mode in a listing: a regular file (``100644``, ``100755``), not a
    symbolic link (``120000``), a submodule (``160000``) or nothing (``000000``)."""
    return mode.startswith("100")


# Listings by commit id, in the table `listings` of sqlitedb.FACTS_FILE: a commit names its tree, and a tree's
# listing is the same for good; keyed also by this module's code, changeproof's version and the Python version.
_LISTINGS_DDL = ["CREATE TABLE IF NOT EXISTS listings (key TEXT PRIMARY KEY, data TEXT NOT NULL)"]
_OID = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")
_MODE = re.compile(r"100[0-7]{3}")
_listing_engine: list[str] = []


def listing_key(sha: str) -> str:
    """The cache key of the listing of commit ``sha``."""
    if not _listing_engine:
        import sys
        import zlib

        from . import __version__

        try:
            code = Path(__file__).read_bytes()
        except OSError:  # no source to tell this code by (a frozen build): no cache rather than a stale one
            code = os.urandom(16)
        py = ".".join(map(str, sys.version_info[:3]))
        _listing_engine.append(f"{zlib.crc32(code):08x}{len(code):x}-{__version__}-py{py}")
    return f"listing/{_listing_engine[0]}/{sha}"


def valid_listing(data: object) -> bool:
    """Whether a cached row has the shape a listing is stored in (a poisoned or corrupt row is a miss, rebuilt)."""
    if not isinstance(data, dict):
        return False
    files, modes, twice = data.get("files"), data.get("modes"), data.get("twice")
    if not isinstance(files, dict) or not isinstance(modes, dict) or not isinstance(twice, list):
        return False
    oid = _OID.fullmatch
    mode = _MODE.fullmatch
    return (all(type(v) is str and oid(v) for v in files.values())
            and all(p in files and type(m) is str and mode(m) for p, m in modes.items())
            and all(type(p) is str and p in files for p in twice))


def _listings_db() -> sqlite3.Connection | None:
    if not sqlitedb.caches_enabled():
        return None
    return sqlitedb.open_db(sqlitedb.cache_dir() / sqlitedb.FACTS_FILE, _LISTINGS_DDL)


def _cached_listing(sha: str) -> _Listing | None:
    """The listing of commit ``sha`` an earlier run stored; None when there is none, or it does not validate (said
    once, and listed again)."""
    if not sha:
        return None
    conn = _listings_db()
    if conn is None:
        return None
    try:
        row = conn.execute("SELECT data FROM listings WHERE key = ?", (listing_key(sha),)).fetchone()
    except sqlite3.Error:
        row = None
    finally:
        conn.close()
    if row is None:
        return None
    import json

    try:
        data = json.loads(row[0]) if isinstance(row[0], (str, bytes)) else None
    except (ValueError, RecursionError):
        data = None
    if not valid_listing(data):
        sqlitedb.note_invalid("tree listing", 1)
        return None
    return _Listing(data["files"], data["modes"], data["twice"], {})


def _store_listing(sha: str, listing: _Listing) -> None:
    if not sha:
        return
    conn = _listings_db()
    if conn is None:
        return
    import json

    try:
        data = json.dumps({"files": listing.files, "modes": listing.modes, "twice": listing.twice},
                          separators=(",", ":"))
        sqlitedb.write_many(conn, "INSERT OR REPLACE INTO listings (key, data) VALUES (?, ?)",
                            [(listing_key(sha), data)])
    finally:
        conn.close()


def pair(base: Snapshot, head: Snapshot) -> bool:
    """When both sides are commits of one repository, let the head's listing be derived from the base's (listed
    first) and the difference of their trees; True when they are paired so."""
    if (isinstance(base, GitSnapshot) and isinstance(head, GitSnapshot) and base is not head
            and base.repo == head.repo and head._listing is None and base._beside is not head):
        head._beside = base
        return True
    return False


class GitSnapshot(Snapshot):
    """The tree of one commit, read from git objects only."""

    def __init__(self, repo: str | Path, sha: str, ref: str | None = None):
        super().__init__(ref or sha, sha, label=f"{ref} ({sha[:12]})" if ref and ref != sha else sha[:12])
        self.repo = Path(repo)
        self._modes: dict[str, str] = {}
        self._catfile = _shared_catfile(self.repo)  # blobs are named by id: one reader serves every revision
        self._listing: _Listing | None = None
        # a snapshot of another commit of the same repository, listed first, whose listing this one's is derived
        # from by the difference of the two trees (see list_pair)
        self._beside: GitSnapshot | None = None

    def listing(self) -> _Listing:
        """What the commit's tree holds, as git lists it (before screening, see :meth:`files`). Memoised; from the
        listing cache when this commit was listed by an earlier run, else derived from the listing of the snapshot
        beside it (:func:`list_pair`) and the difference of the two trees, else from ``git ls-tree``."""
        if self._listing is None:
            sha = self.sha or ""
            listing = _cached_listing(sha)
            if listing is None:
                beside = self._beside
                if beside is not None:
                    listing = _derived_listing(self.repo, beside.sha or "", beside.listing(), sha)
                if listing is None:
                    listing = _ls_tree(self.repo, sha)
                _store_listing(sha, listing)
            self._listing = listing
        return self._listing

    def _list_files(self) -> dict[str, str]:
        listing = self.listing()
        files = dict(listing.files)
        for path in listing.twice:  # a tree naming the same entry twice (git fsck: duplicateEntries)
            self.unanalysable.setdefault(path, "unsafe path (the tree lists it twice): never written, not analysed")
        self._modes = listing.modes
        sizes = blob_sizes(self.repo, [oid for path, oid in files.items() if is_parsed(path)], listing.sizes)
        for path, oid in files.items():
            if oid in sizes:
                self._sizes[path] = sizes[oid]
        return files

    def read_many(self, paths: Iterable[str]) -> dict[str, bytes]:
        files = self.files()
        wanted = list(dict.fromkeys(paths))
        oids = [files[p] for p in wanted]  # KeyError for unknown paths, before any I/O
        return dict(zip(wanted, self._catfile.get(oids), strict=True))

    def _write_to(self, dest: Path) -> None:
        paths = sorted(self.files())
        for start in range(0, len(paths), 256):
            for path, data in self.read_many(paths[start : start + 256]).items():
                target = _target(dest, path)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
                if self._modes.get(path, _FILE_MODE) == "100755":
                    target.chmod(0o755)

    def close(self) -> None:
        self._catfile.close()


class _DiskSnapshot(Snapshot):
    """A snapshot whose files live on disk under ``root``; ids are hashed in Python."""

    root: Path

    def _paths(self) -> Iterable[str]:
        raise NotImplementedError

    def _list_files(self) -> dict[str, str]:
        files: dict[str, str] = {}
        limit = max_file_size()
        for rel in self._paths():
            full = self.root / rel
            try:
                st = full.lstat()
            except FileNotFoundError:
                continue  # vanished while we looked
            except OSError as exc:
                self.unanalysable.setdefault(rel, f"cannot read: {exc.strerror}")
                continue
            if not stat.S_ISREG(st.st_mode):
                continue  # symlinks, directories (nested repos), sockets...
            self._sizes[rel] = st.st_size
            if st.st_size > limit and is_parsed(rel) and unsafe_path(rel) is None:
                files[rel] = ""  # set aside by _screen without reading it
                continue
            try:
                files[rel] = blob_id(full.read_bytes())
            except FileNotFoundError:
                continue
            except OSError as exc:
                self.unanalysable.setdefault(rel, f"cannot read: {exc.strerror}")
        return dict(sorted(files.items()))

    def read_many(self, paths: Iterable[str]) -> dict[str, bytes]:
        files = self.files()
        out: dict[str, bytes] = {}
        for path in dict.fromkeys(paths):
            if path not in files:
                raise KeyError(path)
            out[path] = (self.root / path).read_bytes()
        return out

    def _write_to(self, dest: Path) -> None:
        for path in self.files():
            target = _target(dest, path)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self.root / path, target)
            with contextlib.suppress(OSError):
                shutil.copymode(self.root / path, target)


class WorktreeSnapshot(_DiskSnapshot):
    """The working tree as it is: tracked files on disk plus untracked files not ignored."""

    def __init__(self, repo: str | Path):
        super().__init__(WORKTREE, None, label="working tree")
        self.repo = Path(repo)
        self.root = self.repo

    def _paths(self) -> Iterable[str]:
        proc = _run(self.repo, "ls-files", "-z", "-c", "-o", "--exclude-standard", "--full-name")
        seen = dict.fromkeys(_decode_path(p) for p in proc.stdout.split(b"\0") if p)
        # git skips a directory it cannot open with a warning: "could not open directory 'x/': Permission denied"
        for m in re.finditer(rb"could not open directory '(.*?)/?': (.*)", proc.stderr):
            self.unanalysable.setdefault(_decode_path(m[1]) + "/", f"cannot read the directory: {_last_line(m[2])}")
        return [p for p in seen if not p.endswith("/")]


class DirectorySnapshot(_DiskSnapshot):
    """Any directory, as on disk, minus VCS, cache, virtualenv and build output folders."""

    def __init__(self, root: str | Path, ref: str | None = None):
        self.root = Path(root).resolve()
        super().__init__(ref or str(root), None, label=ref or str(root))

    def _paths(self) -> Iterable[str]:
        def unreadable(exc: OSError) -> None:
            rel = Path(exc.filename).relative_to(self.root).as_posix() if exc.filename else "."
            self.unanalysable.setdefault(rel + "/", f"cannot read the directory: {exc.strerror}")

        for dirpath, dirnames, filenames in os.walk(self.root, onerror=unreadable):
            here = Path(dirpath)
            at_root = here == self.root
            dirnames[:] = sorted(d for d in dirnames if not _pruned(here / d, d, at_root))
            rel_dir = here.relative_to(self.root).as_posix()
            for name in sorted(filenames):
                if name in _PRUNE_ANYWHERE:
                    continue  # a .git file: a worktree's or submodule's pointer to its repository
                yield name if rel_dir == "." else f"{rel_dir}/{name}"


def _pruned(path: Path, name: str, at_root: bool) -> bool:
    """Whether a directory is not part of a source tree (caches, VCS, venvs, build output)."""
    if name in _PRUNE_ANYWHERE or name.endswith(".egg-info"):
        return True
    if at_root and name in _PRUNE_AT_ROOT:
        return True
    if path.is_symlink():
        return True
    return (path / "pyvenv.cfg").is_file()  # a virtualenv under any name


def set_aside_together(base: Snapshot, head: Snapshot) -> list[tuple[str, str, str]]:
    """What cannot be analysed on one side is left out of the other too (a file too large at head is not
    "removed"), as ``(path, side, reason)`` rows for the report's "could not analyse" list."""
    pair(base, head)
    base.files(), head.files()
    rows = [(path, side, why) for side, snap in (("base", base), ("head", head))
            for path, why in sorted(snap.unanalysable.items())]
    for path, side, why in rows:
        (head if side == "base" else base).files().pop(path, None)
    return rows


def snapshot(repo: str | Path, rev: str, *, top: Path | None = None) -> Snapshot:
    """``WORKTREE`` -> the working tree, anything else -> the commit ``rev`` names. ``top``: the repository's
    top-level directory when the caller has it already (:func:`find_repo` of ``repo``)."""
    top = top or find_repo(repo)
    if rev == WORKTREE:
        return WorktreeSnapshot(top)
    return GitSnapshot(top, resolve(top, rev), rev)


# --------------------------------------------------------------------------------------
# changed files

ChangeStatus = Literal["added", "modified", "deleted", "renamed"]


@dataclass
class FileChange:
    """One changed file between two sides; ``added``/``removed`` are None for binary files."""

    path: str
    status: ChangeStatus
    old_path: str | None = None
    added: int | None = None
    removed: int | None = None


def _count_lines(data: bytes) -> int | None:
    """Lines in ``data`` as ``git diff --numstat`` counts them; None if it looks binary."""
    if b"\0" in data[:8000]:
        return None
    if not data:
        return 0
    return data.count(b"\n") + (0 if data.endswith(b"\n") else 1)


@dataclass
class _RawRecord:
    """One ``--raw`` record of a diff (modes, blob ids, status letter and paths)."""

    status: str
    old_mode: str
    new_mode: str
    old_oid: str
    new_oid: str
    old: str
    new: str


_Counts = dict[str, tuple[int | None, int | None]]


def _parse_raw_numstat(out: bytes) -> tuple[list[_RawRecord], _Counts]:
    """Parse ``--raw --numstat -z --no-abbrev`` output: raw records first, then numstat lines.

    Files whose content did not change have no numstat line; binary files count as None.
    """
    tokens = out.split(b"\0")
    records: list[_RawRecord] = []
    counts: _Counts = {}
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        i += 1
        if not tok:
            continue
        if tok.startswith(b":"):
            old_mode, new_mode, old_oid, new_oid, status = tok[1:].decode("ascii").split()[:5]
            if status[0] in "RC":
                old, new = _decode_path(tokens[i]), _decode_path(tokens[i + 1])
                i += 2
            else:
                old = new = _decode_path(tokens[i])
                i += 1
            records.append(_RawRecord(status[0], old_mode, new_mode, old_oid, new_oid, old, new))
        else:
            added_s, removed_s, rest = tok.split(b"\t", 2)
            if rest:
                path = _decode_path(rest)
            else:  # a rename: the old and new paths follow
                path = _decode_path(tokens[i + 1])
                i += 2
            counts[path] = (
                None if added_s == b"-" else int(added_s),
                None if removed_s == b"-" else int(removed_s),
            )
    return records, counts


def _is_file_mode(mode: str) -> bool:
    return mode not in ("000000", _GITLINK_MODE, _SYMLINK_MODE)


def _to_change(rec: _RawRecord, counts: _Counts) -> FileChange | None:
    """The :class:`FileChange` a raw record stands for; None for submodules and symlinks."""
    old_file, new_file = _is_file_mode(rec.old_mode), _is_file_mode(rec.new_mode)
    added, removed = counts.get(rec.new, (None, None))
    if not old_file and not new_file:
        return None
    if not new_file:  # deleted, or turned into a symlink / submodule
        return FileChange(rec.old, "deleted", None, *((added, removed) if rec.status == "D" else (0, None)))
    if not old_file:  # added, or a symlink / submodule turned into a file
        return FileChange(rec.new, "added", None, *((added, removed) if rec.status == "A" else (None, 0)))
    if rec.status == "R":
        return FileChange(rec.new, "renamed", rec.old, added, removed)
    if rec.status == "C":
        return FileChange(rec.new, "added", None, added, removed)
    return FileChange(rec.new, "modified", None, added, removed)  # M, T, U


def _stat_only(repo: Path, rec: _RawRecord, counts: _Counts) -> bool:
    """Whether a worktree record is only stale stat data in the index (same content, same mode).

    Plumbing reports such files as modified instead of refreshing (i.e. writing) the index.
    """
    if rec.status != "M" or rec.old_mode != rec.new_mode or rec.new in counts:
        return False
    if rec.new_oid.strip("0"):
        return rec.new_oid == rec.old_oid
    try:
        return blob_id((repo / rec.new).read_bytes()) == rec.old_oid
    except OSError:
        return False


def changed_files(repo: str | Path, base_sha: str, head: str, *, resolved: bool = False) -> list[FileChange]:
    """Files changed from ``base_sha`` to ``head`` (a commit or ``WORKTREE``), renames detected.

    Uses the plumbing ``git diff-tree`` / ``git diff-index``: unlike ``git diff``, they never
    refresh (write) the index, whatever ``GIT_OPTIONAL_LOCKS`` says. For ``WORKTREE`` the
    untracked files that are not ignored count as added (their lines counted in Python), and
    an untracked file with exactly the content of a deleted tracked file is reported as a
    rename of it (``mv`` without ``git add``). ``resolved``: ``repo`` is the top-level directory and
    ``base_sha`` and ``head`` are commit ids already resolved (or ``WORKTREE``).
    """
    top = Path(repo) if resolved else find_repo(repo)
    base = base_sha if resolved else resolve(top, base_sha)
    options = ["--raw", "--numstat", "-z", "-M", "--no-abbrev", "--no-color", "--no-ext-diff",
               "--no-textconv", "--ignore-submodules=all"]
    if head == WORKTREE:
        out = _run(top, "diff-index", *options, base, "--").stdout
    else:
        out = _run(top, "diff-tree", "-r", *options, base, head if resolved else resolve(top, head), "--").stdout
    records, counts = _parse_raw_numstat(out)
    if head == WORKTREE:
        records = [rec for rec in records if not _stat_only(top, rec, counts)]
    parsed = [(change, rec.old_oid) for rec in records if (change := _to_change(rec, counts))]
    changes = _add_untracked(top, parsed) if head == WORKTREE else [change for change, _ in parsed]
    return sorted(changes, key=lambda c: c.path)


def _add_untracked(repo: Path, parsed: list[tuple[FileChange, str]]) -> list[FileChange]:
    """Add untracked, not ignored files as ``added``; pair exact copies of deleted files as renames."""
    changes = [change for change, _ in parsed]
    proc = _run(repo, "ls-files", "-z", "-o", "--exclude-standard", "--full-name")
    untracked = [_decode_path(p) for p in proc.stdout.split(b"\0") if p and not p.endswith(b"/")]
    deleted_by_id: dict[str, list[FileChange]] = {}
    for change, old_oid in parsed:
        if change.status == "deleted":
            deleted_by_id.setdefault(old_oid, []).append(change)
    for path in untracked:
        full = repo / path
        try:
            if not stat.S_ISREG(full.lstat().st_mode):
                continue
            data = full.read_bytes()
        except OSError:
            continue
        sources = deleted_by_id.get(blob_id(data))
        if sources:  # `mv old new` without `git add`: an exact rename
            old = sources.pop(0)
            changes.remove(old)
            changes.append(FileChange(path, "renamed", old.path, 0, 0))
            continue
        lines = _count_lines(data)
        changes.append(FileChange(path, "added", None, lines, None if lines is None else 0))
    return changes


# --------------------------------------------------------------------------------------
# temporary trees

_active_dirs: set[str] = set()
_swept = False
_active_lock = threading.Lock()
_previous_sigterm: object = None
_sigterm_installed = False
_atexit_registered = False


def _remove_all_active() -> None:
    """Remove every temporary directory still alive (SIGTERM handler and atexit fallback)."""
    with _active_lock:
        dirs = list(_active_dirs)
        _active_dirs.clear()
    for d in dirs:
        shutil.rmtree(d, ignore_errors=True)


def _on_sigterm(signum: int, frame: object) -> None:
    """Clean up, then behave as the handler we replaced would have."""
    _remove_all_active()
    previous = _previous_sigterm
    _restore_sigterm()
    if callable(previous):
        previous(signum, frame)
    elif previous == signal.SIG_IGN:
        return
    else:
        raise SystemExit(128 + signum)


def _restore_sigterm() -> None:
    global _sigterm_installed, _previous_sigterm
    if _sigterm_installed and threading.current_thread() is threading.main_thread():
        with contextlib.suppress(ValueError, TypeError):
            signal.signal(signal.SIGTERM, _previous_sigterm)  # type: ignore[arg-type]
        _sigterm_installed = False
        _previous_sigterm = None


def _register(path: str) -> None:
    global _sigterm_installed, _previous_sigterm, _atexit_registered
    with _active_lock:
        _active_dirs.add(path)
        if not _atexit_registered:
            atexit.register(_remove_all_active)
            _atexit_registered = True
    if not _sigterm_installed and threading.current_thread() is threading.main_thread():
        with contextlib.suppress(ValueError):
            _previous_sigterm = signal.getsignal(signal.SIGTERM)
            signal.signal(signal.SIGTERM, _on_sigterm)
            _sigterm_installed = True


def _unregister(path: str) -> None:
    with _active_lock:
        _active_dirs.discard(path)
        empty = not _active_dirs
    if empty:
        _restore_sigterm()


@contextlib.contextmanager
def temporary_directory(prefix: str = TEMP_PREFIX, avoid: Path | None = None) -> Iterator[Path]:
    """A fresh temporary directory, removed on exit, error, Ctrl-C, SIGTERM or interpreter exit.

    ``avoid``: a repository or tree the directory must not be inside (e.g. TMPDIR set to a
    folder of the repository would leave files in the user's working tree).
    """
    if avoid is not None:
        tmp_root = Path(tempfile.gettempdir()).resolve()
        if tmp_root.is_relative_to(avoid.resolve()):
            raise UserError(
                f"the temporary directory {tmp_root} is inside {avoid}",
                hint="set TMPDIR to a directory outside the repository",
            )
    global _swept
    if not _swept:  # once per run: what a killed run left behind (its process is gone) is removed
        _swept = True
        lifetime.sweep_orphans(Path(tempfile.gettempdir()), TEMP_PREFIX)  # every kind: changeproof-[KIND-]<pid>-
    path = tempfile.mkdtemp(prefix=lifetime.owned_prefix(prefix))
    _register(path)
    try:
        yield Path(path)
    finally:
        shutil.rmtree(path, ignore_errors=True)
        _unregister(path)


@contextlib.contextmanager
def materialise(snap: Snapshot) -> Iterator[Path]:
    """A temporary directory outside the repository holding the snapshot's files.

    Git revisions are written from the blobs ``files()`` lists (via ``cat-file --batch``),
    not with ``git archive``: archive applies ``export-ignore``/``export-subst`` attributes,
    which would drop or rewrite files (often the tests). No checkout, no ``git worktree``.
    """
    repo = getattr(snap, "repo", None)
    with temporary_directory(avoid=Path(repo) if repo is not None else None) as path:
        snap._write_to(path)
        yield path
