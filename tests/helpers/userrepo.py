"""A user's repository with everything changeproof must leave alone, and its fingerprint.

``user_repo(tmp)`` builds a repository in the state a developer's checkout is in: two commits (``base`` and
``head``, branch ``feature`` checked out), an index that differs from HEAD (a staged change), a working tree that
differs from the index (a modified file, an untracked file, ignored files), a stash entry, a note, a linked
worktree, local configuration and hooks that log every call to a file outside the repository.

Its project reports chosen moments of a test run: ``at(moment)`` in its conftest and tests writes
``$FP_SIGNALS/<moment>.<pid>.<n>`` (atomically: a file that exists is complete) and, if ``$FP_STOP_AT`` names
that moment, stops there (sleeps until it is killed); if ``$FP_CRASH_AT`` names it, the process dies there
(SIGSEGV). Moments: ``base-collect`` (the base conftest, imported by a
collect-only run), ``base-run`` (the base conftest in a run that runs tests), ``head-run`` (a head test),
``head-attempt`` (every attempt of the head test that fails) and ``rerun`` (its second attempt and later).
``MARKER`` is a file whose blob a stand-in for git (``git_stopping_at``) can hold back: materialising a
revision (the files are written from ``git cat-file --batch``) stops on it, after the first 256 files.

``fingerprint(repo, *more)`` is everything the promise covers (see docs/reliability.md): every file and
directory under the repository and the linked worktree (``.git`` included) with its content hash, size, mode,
inode, link count, mtime and ctime (nanoseconds), and what git says of the repository: status (untracked and
ignored files included), every ref with HEAD, the stash, the notes, the worktrees, the local configuration.
Nothing is left out: git only reads here (``GIT_OPTIONAL_LOCKS=0``, which changeproof also sets, keeps ``git
status`` from refreshing the index), and the tests check that fingerprinting twice gives the same result.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

_ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t.invalid", "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@t.invalid", "GIT_AUTHOR_DATE": "2025-01-01T00:00:00",
        "GIT_COMMITTER_DATE": "2025-01-01T00:00:00"}

MARKER = "zz_marker.txt"
DATA_FILES = 300  # more than one 256-file chunk of materialising comes before MARKER

AT = '''import os as _os
import signal as _signal
import time as _time


def at(moment):
    """Say that this moment of the run was reached; stop here if the test asked for it."""
    signals = _os.environ.get("FP_SIGNALS")
    if not signals:
        return
    name = f"{moment}.{_os.getpid()}.{_time.monotonic_ns()}"
    tmp = _os.path.join(signals, "." + name)
    with open(tmp, "w") as f:
        f.write(str(_os.getpid()))
    _os.replace(tmp, _os.path.join(signals, name))
    if _os.environ.get("FP_STOP_AT") == moment:
        _time.sleep(600)
    if _os.environ.get("FP_CRASH_AT") == moment:  # the process dies as in a segfault
        _os.kill(_os.getpid(), _signal.SIGSEGV)


def attempts(moment):
    return sum(1 for n in _os.listdir(_os.environ["FP_SIGNALS"]) if n.startswith(moment + "."))
'''

BASE = {
    "pyproject.toml": ('[project]\nname = "shop"\nversion = "1.0"\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n\n'
                       '[tool.importlinter]\nroot_packages = ["shop"]\n\n[[tool.importlinter.contracts]]\n'
                       'name = "core is independent"\ntype = "forbidden"\nsource_modules = ["shop.core"]\n'
                       'forbidden_modules = ["shop.api"]\n'),
    "README.md": "# shop\n",
    "shop/__init__.py": "VERSION = 1\n",
    "shop/core.py": "def price(amount, rate=1):\n    return amount * rate\n",
    "shop/api.py": "from shop.core import price\n\n\ndef quote(amount):\n    return price(amount)\n",
    "tests/conftest.py": AT + '\n\nimport sys\n\nat("base-collect" if "--collect-only" in sys.argv else "base-run")\n',
    "tests/test_core.py": ("from shop.core import price\n\n\ndef test_price():\n    assert price(2) == 2\n\n\n"
                           "def test_quote():\n    from shop.api import quote\n    assert quote(3) == 3\n"),
    MARKER: "the file materialising stops at\n",
    **{f"data/f{i:03}.txt": f"{i}\n" for i in range(DATA_FILES)},
}

HEAD = {
    "shop/core.py": "def price(amount, rate=2, *, tax=0):\n    return amount * rate + tax\n",
    "tests/conftest.py": AT,
    "tests/test_core.py": (AT + "\n\nfrom shop.core import price\n\n\ndef test_price(tmp_path):\n"
                           "    (tmp_path / 'scratch.txt').write_text('a test writing to its tmp_path')\n"
                           '    at("head-run")\n    assert price(2, rate=1) == 2\n\n\n'
                           "def test_quote():\n"
                           '    at("head-attempt")\n    if attempts("head-attempt") >= 2:\n        at("rerun")\n'
                           "    from shop.api import quote\n    assert quote(3) == 3\n"),
}

WORKTREE = {  # uncommitted on top of head: modified, untracked, ignored
    "shop/core.py": "def price(amount, rate=3, *, tax=0):\n    return amount * rate + tax\n",
    "shop/extra.py": "def helper(x):\n    return x\n",
    ".gitignore": "build/\n*.log\n",
    "build/out.txt": "ignored\n",
    "debug.log": "ignored too\n",
}

HOOKS = ("pre-commit", "post-commit", "post-checkout", "post-merge", "pre-push", "post-rewrite",
         "reference-transaction", "post-index-change", "pre-auto-gc")


def git(repo: Path, *args: str, input: str | None = None) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(_ENV, GIT_OPTIONAL_LOCKS="0")
    return subprocess.run(["git", "-C", str(repo), *args], check=True, env=env, capture_output=True, text=True,
                          input=input).stdout


def _write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")


def user_repo(tmp: Path) -> tuple[Path, Path, Path]:
    """(repository, its linked worktree, the file its hooks log to) under ``tmp``."""
    repo, linked, hook_log = tmp / "repo", tmp / "linked", tmp / "hooks.log"
    repo.mkdir(parents=True)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.name", "t")
    git(repo, "config", "user.email", "t@t.invalid")
    _write(repo, BASE)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "base")
    git(repo, "tag", "base")
    git(repo, "checkout", "-q", "-b", "feature")
    _write(repo, HEAD)
    git(repo, "commit", "-q", "-am", "head")
    git(repo, "tag", "-a", "-m", "the head", "head")
    git(repo, "notes", "add", "-m", "a note", "head")
    (repo / "README.md").write_text("# shop\n\nstashed\n")
    git(repo, "stash", "push", "-q", "-m", "a stash")
    git(repo, "worktree", "add", "-q", "--detach", str(linked), "base")
    (repo / "shop/__init__.py").write_text("VERSION = 2\n")
    git(repo, "add", "shop/__init__.py")  # staged: the index differs from HEAD
    _write(repo, WORKTREE)
    git(repo, "config", "fp.untouched", "yes")
    for name in HOOKS:
        hook = repo / ".git" / "hooks" / name
        hook.write_text(f'#!/bin/sh\necho "{name} $*" >> "{hook_log}"\n')
        hook.chmod(0o755)
    return repo, linked, hook_log


def copy_user_repo(template: Path, tmp: Path) -> tuple[Path, Path, Path]:
    """``user_repo(template)``'s repository, worktree and hook log, copied under ``tmp`` (cheaper than building
    it again): the absolute paths in the copy (the linked worktree's links, the hooks' log) point into ``tmp``."""
    shutil.copytree(template / "user", tmp / "user", symlinks=True)
    repo, linked, hook_log = tmp / "user" / "repo", tmp / "user" / "linked", tmp / "user" / "hooks.log"
    (repo / ".git" / "worktrees" / "linked" / "gitdir").write_text(f"{linked / '.git'}\n")
    (linked / ".git").write_text(f"gitdir: {repo / '.git' / 'worktrees' / 'linked'}\n")
    for name in HOOKS:
        hook = repo / ".git" / "hooks" / name
        hook.write_text(hook.read_text().replace(str(template / "user" / "hooks.log"), str(hook_log)))
    return repo, linked, hook_log


def git_stopping_at(tmp: Path, repo: Path, path: str) -> Path:
    """A directory to put first on PATH: its ``git`` is the real one, except that ``git cat-file --batch`` stops
    (sleeps until killed) when asked for the blob of ``path`` at HEAD, after saying so in
    ``$FP_SIGNALS/materialise.<pid>``. Returns the directory."""
    real = subprocess.run(["sh", "-c", "command -v git"], check=True, capture_output=True, text=True).stdout.strip()
    oid = git(repo, "rev-parse", f"HEAD:{path}").strip()
    bindir = tmp / "gitbin"
    bindir.mkdir()
    proxy = bindir / "catfile_proxy.py"
    proxy.write_text(f'''import os, subprocess, sys, time
git = subprocess.Popen([{real!r}, *sys.argv[1:]], stdin=subprocess.PIPE)  # answers on our stdout
for line in sys.stdin.buffer:
    if line.strip() == {oid.encode()!r}:
        signals = os.environ["FP_SIGNALS"]
        with open(os.path.join(signals, ".materialise"), "w") as f:
            f.write(str(os.getpid()))
        os.replace(os.path.join(signals, ".materialise"), os.path.join(signals, f"materialise.{{os.getpid()}}"))
        time.sleep(600)
    git.stdin.write(line)
    git.stdin.flush()
git.stdin.close()
sys.exit(git.wait())
''')
    wrapper = bindir / "git"
    wrapper.write_text(f'#!/bin/sh\ncase " $* " in\n  *" cat-file --batch "*) exec "{sys.executable}" -S "{proxy}" "$@";;\n'
                       f'esac\nexec "{real}" "$@"\n')
    wrapper.chmod(0o755)
    return bindir


# -- the fingerprint ---------------------------------------------------------------------------------------------

def _entry(path: str) -> tuple:
    st = os.lstat(path)
    meta = (stat.filemode(st.st_mode), st.st_size, st.st_ino, st.st_nlink, st.st_uid, st.st_mtime_ns, st.st_ctime_ns)
    if stat.S_ISREG(st.st_mode):
        with open(path, "rb") as f:
            return (*meta, hashlib.sha256(f.read()).hexdigest())
    if stat.S_ISLNK(st.st_mode):
        return (*meta, os.readlink(path))
    if stat.S_ISDIR(st.st_mode):
        return (*meta, tuple(sorted(os.listdir(path))))
    return meta


def _files(root: Path) -> dict[str, tuple | None]:
    if not os.path.lexists(root):
        return {".": None}
    out: dict[str, tuple | None] = {".": _entry(str(root))}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            full = os.path.join(dirpath, name)
            out[os.path.relpath(full, root)] = _entry(full)
    return out


def fingerprint(repo: Path, *more: Path) -> dict[str, object]:
    """Every file and directory of ``repo`` (``.git`` included) and of ``more`` (e.g. a linked worktree), then
    what git says of the repository; see the module's docstring."""
    out: dict[str, object] = {}
    for root in (repo, *more):
        for rel, entry in _files(root).items():
            out[f"file {root.name}/{rel}"] = entry
    for name, args in (
            ("status", ["status", "--porcelain=v2", "--branch", "--show-stash", "--untracked-files=all",
                        "--ignored=matching"]),
            ("refs", ["for-each-ref", "--format=%(refname) %(objectname) %(symref)"]),
            ("HEAD", ["rev-parse", "--symbolic-full-name", "HEAD", "HEAD"]),
            ("stash", ["stash", "list", "--format=%H %gd %gs"]),
            ("notes", ["notes", "list"]),
            ("worktrees", ["worktree", "list", "--porcelain"]),
            ("config", ["config", "--local", "--list"]),
            ("index", ["ls-files", "--stage", "--debug"])):
        out[f"git {name}"] = git(repo, "--no-optional-locks", *args)
    return out


def differences(before: dict[str, object], after: dict[str, object]) -> list[str]:
    """What changed, one line each (empty: nothing)."""
    out = []
    for key in sorted(before.keys() | after.keys()):
        if key not in after:
            out.append(f"gone: {key}")
        elif key not in before:
            out.append(f"new: {key}")
        elif before[key] != after[key]:
            out.append(f"changed: {key}: {before[key]!r} -> {after[key]!r}")
    return out
