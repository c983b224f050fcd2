"""changeproof.git against real repositories built in temporary directories."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from changeproof import git
from changeproof.errors import UserError

pytestmark = pytest.mark.slow

CORE_V1 = "".join(f"line {i}\n" for i in range(10))
CORE_V2 = CORE_V1.replace("line 3\n", "line three\n") + "line 10\n"


# --------------------------------------------------------------------------------------
# helpers


@pytest.fixture(autouse=True)
def isolated_git(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the user's global/system git config (hooks, signing...) out of the tests."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(home / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):
        monkeypatch.delenv(name, raising=False)


def run_git(repo: Path, *args: str) -> str:
    """Run git in a test repository (not through changeproof) and return stdout."""
    return subprocess.run(
        ["git", "-C", str(repo), *args], check=True, capture_output=True, text=True,
        env={**os.environ, "GIT_OPTIONAL_LOCKS": "0"},
    ).stdout


def init_repo(path: Path, branch: str = "main") -> Path:
    path.mkdir(parents=True, exist_ok=True)
    run_git(path, "init", "-q", "-b", branch)
    run_git(path, "config", "user.name", "Test")
    run_git(path, "config", "user.email", "test@example.invalid")
    run_git(path, "config", "commit.gpgsign", "false")
    run_git(path, "config", "tag.gpgsign", "false")
    return path


def write(root: Path, rel: str, content: str | bytes) -> Path:
    target = root / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        target.write_bytes(content)
    else:
        target.write_text(content)
    return target


def commit_all(repo: Path, message: str) -> str:
    run_git(repo, "add", "-A")
    run_git(repo, "commit", "-q", "-m", message)
    return run_git(repo, "rev-parse", "HEAD").strip()


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """main: v1 (tags v1, annotated v1.0) -> v2 (modify, rename, delete, add); branch feature off v1."""
    r = init_repo(tmp_path / "repo")
    write(r, ".gitignore", "*.log\nignored_dir/\n")
    write(r, "pkg/__init__.py", "")
    write(r, "pkg/core.py", CORE_V1)
    write(r, "pkg/old.py", "def moved():\n    return 1\n")
    write(r, "README.md", "readme\n")
    (write(r, "bin/run.sh", "#!/bin/sh\necho hi\n")).chmod(0o755)
    commit_all(r, "v1")
    run_git(r, "tag", "v1")
    run_git(r, "tag", "-a", "v1.0", "-m", "release 1.0")
    run_git(r, "branch", "feature")
    write(r, "pkg/core.py", CORE_V2)
    run_git(r, "mv", "pkg/old.py", "pkg/renamed.py")
    (r / "README.md").unlink()
    write(r, "pkg/new.py", "a = 1\nb = 2\n")
    commit_all(r, "v2")
    run_git(r, "checkout", "-q", "feature")
    write(r, "feature.py", "x = 1\n")
    commit_all(r, "feature")
    run_git(r, "checkout", "-q", "main")
    return r


def sha(repo: Path, rev: str) -> str:
    return run_git(repo, "rev-parse", f"{rev}^{{commit}}").strip()


# --------------------------------------------------------------------------------------
# repositories and revisions


def test_resolve_every_revision_form(repo: Path) -> None:
    v1, v2 = sha(repo, "HEAD~1"), sha(repo, "HEAD")
    assert git.resolve(repo, "main") == v2
    assert git.resolve(repo, "HEAD") == v2
    assert git.resolve(repo, "v1") == v1  # lightweight tag
    assert git.resolve(repo, "v1.0") == v1  # annotated tag, peeled to its commit
    assert git.resolve(repo, "HEAD~1") == v1
    assert git.resolve(repo, v1[:7]) == v1  # short sha
    assert git.resolve(repo, v1) == v1
    assert git.resolve(repo, "feature") == sha(repo, "feature")
    assert git.resolve(repo / "pkg", "main") == v2  # from a subdirectory


def test_snapshot_picks_the_right_kind(repo: Path) -> None:
    s = git.snapshot(repo, "v1.0")
    assert isinstance(s, git.GitSnapshot)
    assert (s.ref, s.sha) == ("v1.0", sha(repo, "v1"))
    assert "v1.0" in s.label
    w = git.snapshot(repo / "pkg", git.WORKTREE)
    assert isinstance(w, git.WorktreeSnapshot)
    assert (w.ref, w.sha) == (git.WORKTREE, None)
    assert w.root == repo


def test_unknown_revision_is_a_user_error_with_hint(repo: Path) -> None:
    with pytest.raises(UserError) as exc:
        git.resolve(repo, "nope")
    assert exc.value.message == "unknown revision 'nope'"
    assert "git branch" in (exc.value.hint or "")
    with pytest.raises(UserError, match="unknown revision"):
        git.resolve(repo, "--output=/tmp/x")  # never passed to git as an option
    with pytest.raises(UserError, match="not a commit"):
        git.resolve(repo, "HEAD:pkg/core.py")
    with pytest.raises(UserError, match="not a commit"):
        git.resolve(repo, git.WORKTREE)


def test_remote_only_branch_gets_a_did_you_mean_hint(repo: Path, tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(repo), str(clone)], check=True)
    with pytest.raises(UserError) as exc:
        git.resolve(clone, "feature")
    assert "origin/feature" in (exc.value.hint or "")
    assert git.default_branch(clone) == "origin/main"


def test_not_a_repository(tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    plain.mkdir()
    with pytest.raises(UserError) as exc:
        git.find_repo(plain)
    assert exc.value.message == f"not a git repository: {plain}"
    assert "pass directories" in (exc.value.hint or "")
    with pytest.raises(UserError, match="not a git repository"):
        git.find_repo(tmp_path / "missing")


def test_find_repo_returns_top_level_and_ignores_hook_env(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert git.find_repo(repo / "pkg") == repo
    assert git.find_repo(repo / "pkg" / "core.py") == repo
    other = init_repo(tmp_path / "other")
    monkeypatch.setenv("GIT_DIR", str(other / ".git"))  # as inside a git hook
    assert git.find_repo(repo / "pkg") == repo


def test_git_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(UserError) as exc:
        git.find_repo(tmp_path)
    assert "git is not installed" in exc.value.message
    assert exc.value.hint


def test_empty_repository(tmp_path: Path) -> None:
    empty = init_repo(tmp_path / "empty")
    with pytest.raises(UserError) as exc:
        git.resolve(empty, "HEAD")
    assert "no commits" in exc.value.message
    assert exc.value.hint
    assert git.default_branch(empty) is None


def test_shallow_clone_missing_base(repo: Path, tmp_path: Path) -> None:
    clone = tmp_path / "shallow"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", "--no-single-branch", "--no-tags", f"file://{repo}", str(clone)],
        check=True,
    )
    assert git.is_shallow(clone) and not git.is_shallow(repo)
    assert git.resolve(clone, "HEAD") == sha(repo, "main")
    for rev in ("HEAD~1", sha(repo, "v1")):
        with pytest.raises(UserError) as exc:
            git.resolve(clone, rev)
        assert isinstance(exc.value, git.UnknownRevision) and exc.value.shallow
        assert "shallow" in exc.value.message
        assert "fetch-depth: 0" in (exc.value.hint or "") and "--unshallow" in (exc.value.hint or "")
    with pytest.raises(UserError) as exc:
        git.merge_base(clone, "origin/main", "origin/feature")
    assert "shallow" in exc.value.message and "fetch-depth: 0" in (exc.value.hint or "")


def test_merge_base(repo: Path) -> None:
    assert git.merge_base(repo, "main", "feature") == sha(repo, "v1")
    tree = run_git(repo, "rev-parse", "HEAD^{tree}").strip()
    orphan = run_git(repo, "commit-tree", tree, "-m", "unrelated").strip()
    with pytest.raises(UserError, match="no common ancestor") as exc:
        git.merge_base(repo, "main", orphan)
    assert "shallow" not in exc.value.message


def test_default_branch(repo: Path, tmp_path: Path) -> None:
    assert git.default_branch(repo) == "main"
    old = init_repo(tmp_path / "old", branch="master")
    write(old, "a.py", "")
    commit_all(old, "one")
    assert git.default_branch(old) == "master"
    other = init_repo(tmp_path / "other", branch="trunk")
    write(other, "a.py", "")
    commit_all(other, "one")
    assert git.default_branch(other) is None


# --------------------------------------------------------------------------------------
# snapshots


def test_git_snapshot_files_and_read(repo: Path) -> None:
    s = git.snapshot(repo, "v1")
    files = s.files()
    assert set(files) == {".gitignore", "pkg/__init__.py", "pkg/core.py", "pkg/old.py", "README.md", "bin/run.sh"}
    assert files["pkg/core.py"] == run_git(repo, "rev-parse", "v1:pkg/core.py").strip()
    assert s.files() is files  # memoised
    assert s.read("pkg/core.py") == CORE_V1.encode()
    contents = s.read_many(["pkg/old.py", "README.md", "pkg/old.py"])
    assert contents == {"pkg/old.py": b"def moved():\n    return 1\n", "README.md": b"readme\n"}
    with pytest.raises(KeyError):
        s.read("pkg/missing.py")
    s.close()
    assert s.read("README.md") == b"readme\n"  # usable after close: restarts cat-file


def test_submodules_and_symlinks_are_left_out(repo: Path, tmp_path: Path) -> None:
    os.symlink("pkg/core.py", repo / "link.py")
    sub = init_repo(tmp_path / "sub")
    write(sub, "s.py", "")
    sub_sha = commit_all(sub, "sub")
    run_git(repo, "update-index", "--add", "--cacheinfo", f"160000,{sub_sha},vendored")
    commit_all(repo, "link and submodule")
    files = git.snapshot(repo, "HEAD").files()
    assert "link.py" not in files and "vendored" not in files
    assert "link.py" not in git.WorktreeSnapshot(repo).files()
    assert "link.py" not in git.DirectorySnapshot(repo).files()


def test_content_ids_agree_on_every_side(repo: Path) -> None:
    head = git.snapshot(repo, "HEAD").files()
    worktree = git.WorktreeSnapshot(repo).files()
    directory = git.DirectorySnapshot(repo).files()
    assert head == worktree == directory
    data = b"hello\x00world\n"
    expected = subprocess.run(["git", "hash-object", "--stdin"], input=data, capture_output=True, check=True)
    assert git.blob_id(data) == expected.stdout.decode().strip()


def test_worktree_snapshot_is_the_tree_as_on_disk(repo: Path) -> None:
    write(repo, "pkg/core.py", "changed\n")  # modified, tracked
    (repo / "pkg/new.py").unlink()  # deleted, tracked
    write(repo, "untracked.py", "u = 1\n")
    write(repo, "deep/dir/mod.py", "m = 1\n")
    write(repo, "debug.log", "ignored\n")
    write(repo, "ignored_dir/x.py", "ignored\n")
    write(repo, "pkg/__pycache__/core.cpython-311.pyc", b"\x00")  # untracked, not ignored here
    snap = git.WorktreeSnapshot(repo)
    files = snap.files()
    assert "pkg/core.py" in files and snap.read("pkg/core.py") == b"changed\n"
    assert files["pkg/core.py"] == git.blob_id(b"changed\n")
    assert "pkg/new.py" not in files
    assert {"untracked.py", "deep/dir/mod.py"} <= set(files)
    assert "debug.log" not in files and "ignored_dir/x.py" not in files
    assert snap.read_many(["untracked.py"]) == {"untracked.py": b"u = 1\n"}


def test_directory_snapshot_skips_noise(tmp_path: Path) -> None:
    root = tmp_path / "proj"
    for rel in (
        "src/pkg/__init__.py", "src/pkg/build/keep.py", "src/pkg/dist/keep.py", "tests/test_x.py",
        ".git/config", "src/pkg/__pycache__/x.pyc", ".venv/lib/x.py", "venv/lib/x.py", ".tox/x.py",
        ".nox/x.py", "node_modules/x.js", ".mypy_cache/x", ".pytest_cache/x", "pkg.egg-info/PKG-INFO",
        "src/pkg.egg-info/PKG-INFO", "build/lib/x.py", "dist/x.whl", "myenv/lib/x.py",
    ):
        write(root, rel, "x\n")
    write(root, "myenv/pyvenv.cfg", "home = /usr\n")
    write(root, "venv/pyvenv.cfg", "home = /usr\n")
    snap = git.DirectorySnapshot(root, ref="proj")
    assert set(snap.files()) == {
        "src/pkg/__init__.py", "src/pkg/build/keep.py", "src/pkg/dist/keep.py", "tests/test_x.py",
    }
    assert snap.ref == "proj" and snap.sha is None
    assert snap.read("tests/test_x.py") == b"x\n"


def test_read_many_3000_files_in_one_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = init_repo(tmp_path / "big")
    stream = [b"commit refs/heads/main\ncommitter T <t@example.invalid> 0 +0000\ndata 4\nmany\n"]
    for i in range(3000):  # one fast-import beats writing and adding 3000 files
        data = f"VALUE = {i}\n".encode() * (1 + i % 7)
        stream.append(b"M 100644 inline pkg/m%d/mod%d.py\ndata %d\n%s\n" % (i // 100, i, len(data), data))
    subprocess.run(["git", "-C", str(big), "fast-import", "--quiet"], input=b"".join(stream), check=True)
    snap = git.snapshot(big, "HEAD")
    files = snap.files()
    assert len(files) == 3000

    spawned: list[list[str]] = []
    real_popen = subprocess.Popen

    def counting_popen(args, *a, **kw):  # type: ignore[no-untyped-def]
        spawned.append(list(args))
        return real_popen(args, *a, **kw)

    monkeypatch.setattr(subprocess, "Popen", counting_popen)
    start = time.perf_counter()
    contents = snap.read_many(files)
    elapsed = time.perf_counter() - start
    assert len(contents) == 3000
    assert contents["pkg/m12/mod1234.py"] == b"VALUE = 1234\n" * (1 + 1234 % 7)
    assert len(spawned) == 1 and "cat-file" in spawned[0]
    assert elapsed < 10  # typically well under a second
    snap.read("pkg/m0/mod1.py")
    assert len(spawned) == 1  # the same long-lived process
    snap.close()


# --------------------------------------------------------------------------------------
# changed files


def test_changed_files_between_commits(repo: Path) -> None:
    changes = git.changed_files(repo, sha(repo, "v1"), sha(repo, "main"))
    assert changes == [
        git.FileChange("README.md", "deleted", None, 0, 1),
        git.FileChange("pkg/core.py", "modified", None, 2, 1),
        git.FileChange("pkg/new.py", "added", None, 2, 0),
        git.FileChange("pkg/renamed.py", "renamed", "pkg/old.py", 0, 0),
    ]
    assert git.changed_files(repo, "main", "main") == []


def test_changed_files_against_worktree(repo: Path) -> None:
    write(repo, "pkg/core.py", CORE_V2 + "extra\n")  # +1
    (repo / "pkg/new.py").unlink()  # deleted
    os.rename(repo / "pkg/renamed.py", repo / "pkg/moved_again.py")  # plain mv: untracked rename
    write(repo, "fresh.py", "a\nb\nc")  # untracked, no final newline: 3 lines
    write(repo, "blob.bin", b"\x00\x01\x02")  # untracked binary
    write(repo, "noise.log", "ignored\n")
    write(repo, "staged.py", "s = 1\n")
    run_git(repo, "add", "staged.py")  # staged (in the index) but not committed
    changes = git.changed_files(repo, sha(repo, "main"), git.WORKTREE)
    assert changes == [
        git.FileChange("blob.bin", "added", None, None, None),
        git.FileChange("fresh.py", "added", None, 3, 0),
        git.FileChange("pkg/core.py", "modified", None, 1, 0),
        git.FileChange("pkg/moved_again.py", "renamed", "pkg/renamed.py", 0, 0),
        git.FileChange("pkg/new.py", "deleted", None, 0, 2),
        git.FileChange("staged.py", "added", None, 1, 0),
    ]
    binary = git.changed_files(repo, "v1", git.WORKTREE)
    assert git.FileChange("README.md", "deleted", None, 0, 1) in binary


def test_changed_files_binary_counts_are_none(repo: Path) -> None:
    write(repo, "data.bin", b"\x00\xff" * 10)
    commit_all(repo, "binary")
    (changed,) = git.changed_files(repo, "HEAD~1", "HEAD")
    assert changed == git.FileChange("data.bin", "added", None, None, None)


# --------------------------------------------------------------------------------------
# materialise


def test_materialise_git_revision(repo: Path) -> None:
    snap = git.snapshot(repo, "v1.0")
    with git.materialise(snap) as tree:
        assert tree.name.startswith("changeproof-")
        assert not tree.resolve().is_relative_to(repo.resolve())
        assert (tree / "pkg/core.py").read_text() == CORE_V1
        assert (tree / "README.md").read_text() == "readme\n"
        assert os.access(tree / "bin/run.sh", os.X_OK)
        on_disk = {p.relative_to(tree).as_posix() for p in tree.rglob("*") if p.is_file()}
        assert on_disk == set(snap.files())
    assert not tree.exists()


def test_materialise_ignores_export_attributes(repo: Path) -> None:
    write(repo, ".gitattributes", "pkg/core.py export-ignore\n")
    commit_all(repo, "attributes")
    with git.materialise(git.snapshot(repo, "HEAD")) as tree:
        assert (tree / "pkg/core.py").read_text() == CORE_V2


def test_materialise_worktree_and_directory(repo: Path, tmp_path: Path) -> None:
    write(repo, "untracked.py", "u = 1\n")
    write(repo, "pkg/core.py", "edited\n")
    with git.materialise(git.snapshot(repo, git.WORKTREE)) as tree:
        assert (tree / "untracked.py").read_text() == "u = 1\n"
        assert (tree / "pkg/core.py").read_text() == "edited\n"
        assert not (tree / ".git").exists()
    assert not tree.exists()
    plain = tmp_path / "plain"
    write(plain, "m/a.py", "a = 1\n")
    write(plain, "m/__pycache__/a.pyc", "x")
    with git.materialise(git.DirectorySnapshot(plain)) as tree:
        assert sorted(p.relative_to(tree).as_posix() for p in tree.rglob("*") if p.is_file()) == ["m/a.py"]
    assert not tree.exists()


@pytest.mark.parametrize("error", [RuntimeError, KeyboardInterrupt])
def test_materialise_cleans_up_after_exception(repo: Path, error: type[BaseException]) -> None:
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(error):
        with git.materialise(git.snapshot(repo, "HEAD")) as tree:
            with git.materialise(git.snapshot(repo, "v1")) as inner:
                assert signal.getsignal(signal.SIGTERM) is not before
                raise error()
    assert not tree.exists() and not inner.exists()
    assert signal.getsignal(signal.SIGTERM) == before  # previous handler restored


def test_materialise_cleans_up_on_sigterm(repo: Path, tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import sys, time
        from changeproof import git
        with git.materialise(git.snapshot({str(repo)!r}, "HEAD")) as tree:
            print(tree, flush=True)
            time.sleep(30)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(Path(git.__file__).parents[1])}
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    tree = Path(proc.stdout.readline().strip())
    assert (tree / "pkg/core.py").is_file()
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=10) == 128 + signal.SIGTERM
    assert not tree.exists()


def test_materialise_refuses_tmpdir_inside_repo(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inside = repo / "tmp"
    inside.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(inside))
    with pytest.raises(UserError, match="inside") as exc:
        with git.materialise(git.snapshot(repo, "HEAD")):
            pass
    assert "TMPDIR" in (exc.value.hint or "")
    assert list(inside.iterdir()) == []


# --------------------------------------------------------------------------------------
# the user's repository is never touched


def _repo_state(repo: Path) -> dict[str, object]:
    index = repo / ".git" / "index"
    gitdir = {
        p.relative_to(repo / ".git").as_posix(): (p.stat().st_mtime_ns, hashlib.sha1(p.read_bytes()).hexdigest())
        for p in (repo / ".git").rglob("*")
        if p.is_file()
    }
    return {
        "index": (index.stat().st_mtime_ns, hashlib.sha1(index.read_bytes()).hexdigest()),
        "gitdir": gitdir,
        "status": run_git(repo, "status", "--porcelain", "--untracked-files=all"),
        "stash": run_git(repo, "stash", "list"),
        "refs": run_git(repo, "for-each-ref"),
        "config": (repo / ".git" / "config").read_bytes(),
        "worktrees": run_git(repo, "worktree", "list", "--porcelain"),
    }


def test_repository_is_never_touched(repo: Path) -> None:
    run_git(repo, "stash", "list")
    write(repo, "pkg/core.py", "dirty\n")
    write(repo, "staged.py", "s = 1\n")
    run_git(repo, "add", "staged.py")
    write(repo, "untracked.py", "u\n")
    write(repo, "noise.log", "ignored\n")
    (repo / "README.md").unlink(missing_ok=True)
    # Make the index's stat data stale, so any command allowed to refresh it would rewrite it.
    old = time.time() - 3600
    os.utime(repo / "pkg/__init__.py", (old, old))
    os.utime(repo / ".gitignore", (old, old))
    before = _repo_state(repo)

    top = git.find_repo(repo / "pkg")
    for rev in ("main", "v1", "v1.0", "HEAD~1", "feature"):
        git.resolve(top, rev)
    git.is_shallow(top)
    git.merge_base(top, "main", "feature")
    git.default_branch(top)
    for rev in ("main", "v1.0", git.WORKTREE):
        with git.snapshot(top, rev) as snap:
            snap.read_many(snap.files())
            with git.materialise(snap) as tree:
                assert tree.exists()
    git.changed_files(top, "v1", "main")
    git.changed_files(top, "v1", git.WORKTREE)
    git.changed_files(top, "main", git.WORKTREE)
    with pytest.raises(UserError):
        git.resolve(top, "nope")

    assert _repo_state(repo) == before
