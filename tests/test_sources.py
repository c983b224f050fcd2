"""changeproof.sources: directories, wheels, sdists, name==version and revisions as sides."""

from __future__ import annotations

import io
import os
import subprocess
import tarfile
import tempfile
import zipfile
from pathlib import Path

import pytest

from changeproof import git, sources
from changeproof.errors import UserError
from changeproof.sources import open_side

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def private_tmp(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point tempfile at a private folder (to check cleanup) and isolate git config."""
    tmp = tmp_path_factory.mktemp("tmpdir")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path_factory.mktemp("home") / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    return tmp


def leftovers(tmp: Path) -> list[str]:
    return sorted(p.name for p in tmp.iterdir() if p.name.startswith("changeproof-"))


def run_git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True).stdout


def make_repo(path: Path) -> Path:
    path.mkdir()
    run_git(path, "init", "-q", "-b", "main")
    run_git(path, "config", "user.name", "Test")
    run_git(path, "config", "user.email", "test@example.invalid")
    run_git(path, "config", "commit.gpgsign", "false")
    (path / "mod.py").write_text("def f():\n    pass\n")
    run_git(path, "add", "-A")
    run_git(path, "commit", "-q", "-m", "one")
    (path / "mod.py").write_text("def g():\n    pass\n")
    run_git(path, "commit", "-q", "-am", "two")
    return path


def make_wheel(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def make_sdist(path: Path, members: dict[str, bytes], symlinks: dict[str, str] | None = None) -> Path:
    with tarfile.open(path, "w:gz") as tf:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mode = 0o644
            tf.addfile(info, io.BytesIO(data))
        for name, target in (symlinks or {}).items():
            info = tarfile.TarInfo(name)
            info.type = tarfile.SYMTYPE
            info.linkname = target
            tf.addfile(info)
    return path


# --------------------------------------------------------------------------------------
# directories


def test_directory(tmp_path: Path, private_tmp: Path) -> None:
    proj = tmp_path / "proj"
    (proj / "pkg").mkdir(parents=True)
    (proj / "pkg" / "__init__.py").write_text("X = 1\n")
    (proj / "pkg" / "__pycache__").mkdir()
    (proj / "pkg" / "__pycache__" / "x.pyc").write_bytes(b"\0")
    with open_side("proj", tmp_path, role="old") as snap:  # relative to cwd
        assert isinstance(snap, git.DirectorySnapshot)
        assert snap.ref == "proj" and snap.sha is None
        assert set(snap.files()) == {"pkg/__init__.py"}
        assert snap.read("pkg/__init__.py") == b"X = 1\n"
    with open_side(str(proj), Path("/"), role="new") as snap:
        assert snap.ref == str(proj)
    assert leftovers(private_tmp) == []


def test_directory_that_is_a_git_checkout_is_taken_as_on_disk(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    (repo / "mod.py").write_text("uncommitted = 1\n")
    (repo / "new.py").write_text("n = 1\n")
    with open_side(str(repo), tmp_path, role="new") as snap:
        assert isinstance(snap, git.DirectorySnapshot)
        assert snap.read_many(["mod.py", "new.py"]) == {"mod.py": b"uncommitted = 1\n", "new.py": b"n = 1\n"}
        assert not any(p.startswith(".git/") for p in snap.files())


# --------------------------------------------------------------------------------------
# wheels and sdists


def test_wheel(tmp_path: Path, private_tmp: Path) -> None:
    wheel = make_wheel(tmp_path / "demo-1.0-py3-none-any.whl", {
        "demo/__init__.py": b"VERSION = '1.0'\n",
        "demo/core.py": b"def f(): ...\n",
        "demo-1.0.dist-info/METADATA": b"Name: demo\nVersion: 1.0\n",
        "demo-1.0.data/purelib/extra_mod.py": b"E = 1\n",
        "demo-1.0.data/scripts/tool": b"#!python\n",
    })
    with open_side(wheel.name, tmp_path, role="old") as snap:
        assert isinstance(snap, git.DirectorySnapshot)
        assert snap.ref == wheel.name
        files = snap.files()
        assert {"demo/__init__.py", "demo/core.py", "demo-1.0.dist-info/METADATA", "extra_mod.py"} <= set(files)
        assert snap.read("demo/core.py") == b"def f(): ...\n"
        assert files["demo/core.py"] == git.blob_id(b"def f(): ...\n")
        root = snap.root
        assert root.exists()
    assert not root.exists()
    assert leftovers(private_tmp) == []


def test_sdist_tar_gz_single_top_level_folder(tmp_path: Path, private_tmp: Path) -> None:
    sdist = make_sdist(
        tmp_path / "demo-1.0.tar.gz",
        {
            "demo-1.0/pyproject.toml": b"[project]\nname = 'demo'\n",
            "demo-1.0/src/demo/__init__.py": b"A = 1\n",
            "demo-1.0/PKG-INFO": b"Name: demo\n",
        },
        symlinks={"demo-1.0/src/demo/link.py": "/etc/passwd"},
    )
    with open_side(str(sdist), tmp_path, role="new") as snap:
        assert snap.ref == str(sdist)
        assert set(snap.files()) == {"pyproject.toml", "src/demo/__init__.py", "PKG-INFO"}
        assert snap.root.name == "demo-1.0"
    assert leftovers(private_tmp) == []


def test_sdist_zip(tmp_path: Path) -> None:
    make_wheel(tmp_path / "demo-1.0.zip", {"demo-1.0/setup.py": b"", "demo-1.0/demo.py": b"D = 1\n"})
    with open_side("demo-1.0.zip", tmp_path, role="old") as snap:
        assert set(snap.files()) == {"setup.py", "demo.py"}


@pytest.mark.parametrize("evil", ["../evil.py", "demo-1.0/../../evil.py", "/tmp/evil.py"])
def test_sdist_path_traversal_is_rejected(tmp_path: Path, private_tmp: Path, evil: str) -> None:
    (tmp_path / "work").mkdir()
    sdist = make_sdist(tmp_path / "work" / "bad-1.0.tar.gz", {"bad-1.0/ok.py": b"", evil: b"boom = 1\n"})
    with pytest.raises(UserError) as exc:
        with open_side(str(sdist), tmp_path, role="old"):
            pass
    assert "refusing to extract" in exc.value.message and evil in exc.value.message
    assert exc.value.hint
    assert not (tmp_path / "evil.py").exists() and not (private_tmp / "evil.py").exists()
    assert leftovers(private_tmp) == []


def test_wheel_path_traversal_is_rejected(tmp_path: Path, private_tmp: Path) -> None:
    wheel = make_wheel(tmp_path / "bad-1.0-py3-none-any.whl", {"bad/__init__.py": b"", "../evil.py": b"x"})
    with pytest.raises(UserError, match="refusing to extract"):
        with open_side(str(wheel), tmp_path, role="new"):
            pass
    assert not (private_tmp / "evil.py").exists()
    assert leftovers(private_tmp) == []


def test_corrupt_archive(tmp_path: Path) -> None:
    (tmp_path / "broken-1.0-py3-none-any.whl").write_bytes(b"not a zip")
    with pytest.raises(UserError, match="cannot extract"):
        with open_side("broken-1.0-py3-none-any.whl", tmp_path, role="old"):
            pass


# --------------------------------------------------------------------------------------
# name==version (pip is faked: no network in tests)


def test_parse_requirement() -> None:
    assert sources.parse_requirement("requests==2.31.0") == ("requests", "2.31.0")
    assert sources.parse_requirement("zope.interface==6.0") == ("zope.interface", "6.0")
    assert sources.parse_requirement("pkg[extra]==1.0rc1") == ("pkg", "1.0rc1")
    assert sources.parse_requirement("main") is None
    assert sources.parse_requirement("pkg>=1.0") is None


def fake_pip(monkeypatch: pytest.MonkeyPatch, behaviour):  # type: ignore[no-untyped-def]
    calls: list[list[str]] = []

    def run(cmd, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(list(cmd))
        assert cmd[1:4] == ["-m", "pip", "download"] and "--no-deps" in cmd
        assert kwargs.get("timeout") == sources.PIP_TIMEOUT
        return behaviour(cmd, Path(cmd[cmd.index("-d") + 1]))

    monkeypatch.setattr(sources.subprocess, "run", run)
    return calls


def test_download_offline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, private_tmp: Path) -> None:
    stderr = (
        b"WARNING: Retrying (Retry(total=4...)) after connection broken by 'NewConnectionError'\n"
        b"ERROR: Could not find a version that satisfies the requirement demo==1.0 (from versions: none)\n"
        b"ERROR: No matching distribution found for demo==1.0\n"
    )
    calls = fake_pip(monkeypatch, lambda cmd, dest: subprocess.CompletedProcess(cmd, 1, b"", stderr))
    with pytest.raises(UserError) as exc:
        with open_side("demo==1.0", tmp_path, role="old"):
            pass
    assert exc.value.message == "could not download demo==1.0: No matching distribution found for demo==1.0"
    assert "PyPI is reachable" in (exc.value.hint or "") and "only an sdist" in (exc.value.hint or "")
    assert len(calls) == 1  # a wheel only: pip never prepares (builds) an sdist
    assert "--only-binary=:all:" in calls[0]
    assert leftovers(private_tmp) == []


def test_download_other_error_does_not_retry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stderr = b"ERROR: HTTP error 503 while getting https://pypi.org/simple/demo/\n"
    calls = fake_pip(monkeypatch, lambda cmd, dest: subprocess.CompletedProcess(cmd, 1, b"", stderr))
    with pytest.raises(UserError, match="HTTP error 503"):
        with open_side("demo==1.0", tmp_path, role="old"):
            pass
    assert len(calls) == 1


def test_download_timeout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def timeout(cmd, dest):  # type: ignore[no-untyped-def]
        raise subprocess.TimeoutExpired(cmd, sources.PIP_TIMEOUT)

    fake_pip(monkeypatch, timeout)
    with pytest.raises(UserError, match="timed out"):
        with open_side("demo==1.0", tmp_path, role="new"):
            pass


def test_download_wheel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, private_tmp: Path) -> None:
    def download(cmd, dest):  # type: ignore[no-untyped-def]
        make_wheel(dest / "demo-1.0-py3-none-any.whl", {"demo/__init__.py": b"V = 1\n"})
        return subprocess.CompletedProcess(cmd, 0, b"", b"")

    calls = fake_pip(monkeypatch, download)
    with open_side("demo==1.0", tmp_path, role="old") as snap:
        assert snap.ref == "demo==1.0"
        assert snap.read("demo/__init__.py") == b"V = 1\n"
    assert len(calls) == 1
    assert leftovers(private_tmp) == []


def test_download_never_builds_an_sdist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An sdist-only release is refused: pip would run its build backend (project code) to read its metadata."""
    def download(cmd, dest):  # type: ignore[no-untyped-def]
        if "--only-binary=:all:" in cmd:
            return subprocess.CompletedProcess(cmd, 1, b"", b"ERROR: No matching distribution found for demo==1.0\n")
        raise AssertionError(f"pip was asked for an sdist: {cmd}")

    calls = fake_pip(monkeypatch, download)
    with pytest.raises(UserError, match="could not download demo==1.0") as exc:
        with open_side("demo==1.0", tmp_path, role="old"):
            pass
    assert "pass the .tar.gz" in (exc.value.hint or "")
    assert len(calls) == 1


# --------------------------------------------------------------------------------------
# git revisions and errors


def test_git_revisions(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    (repo / "untracked.py").write_text("u = 1\n")
    with open_side("HEAD~1", repo, role="old") as old, open_side(git.WORKTREE, repo, role="new") as new:
        assert isinstance(old, git.GitSnapshot) and old.ref == "HEAD~1"
        assert old.read("mod.py") == b"def f():\n    pass\n"
        assert isinstance(new, git.WorktreeSnapshot) and new.ref == git.WORKTREE
        assert set(new.files()) == {"mod.py", "untracked.py"}
    (repo / "sub").mkdir()
    with open_side("main", repo / "sub", role="new") as snap:  # cwd below the top level
        assert snap.sha == run_git(repo, "rev-parse", "main").strip()


def test_unknown_spec(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    with pytest.raises(UserError) as exc:
        with open_side("nope", repo, role="old"):
            pass
    assert exc.value.message == "cannot read 'nope': not a directory, wheel, sdist, name==version or revision"
    assert "old side" in (exc.value.hint or "") and "WORKTREE" in (exc.value.hint or "")


def test_unknown_spec_outside_a_repository(tmp_path: Path) -> None:
    with pytest.raises(UserError) as exc:
        with open_side("main", tmp_path, role="new"):
            pass
    assert exc.value.message.startswith("cannot read 'main'")
    assert "not in a git repository" in (exc.value.hint or "")


def test_missing_path_and_non_archive_file(tmp_path: Path) -> None:
    with pytest.raises(UserError) as exc:
        with open_side("./missing-dir", tmp_path, role="old"):
            pass
    assert "no such file or directory" in (exc.value.hint or "")
    (tmp_path / "notes.txt").write_text("hi")
    with pytest.raises(UserError) as exc:
        with open_side("notes.txt", tmp_path, role="old"):
            pass
    assert "not a wheel" in (exc.value.hint or "")


def test_shallow_error_is_passed_through(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repo}", str(clone)], check=True)
    with pytest.raises(UserError) as exc:
        with open_side("HEAD~1", clone, role="old"):
            pass
    assert "shallow" in exc.value.message and "fetch-depth: 0" in (exc.value.hint or "")


def test_cleanup_on_error_inside_the_block(tmp_path: Path, private_tmp: Path) -> None:
    wheel = make_wheel(tmp_path / "demo-1.0-py3-none-any.whl", {"demo/__init__.py": b""})
    with pytest.raises(KeyboardInterrupt):
        with open_side(str(wheel), tmp_path, role="old") as snap:
            assert snap.files()
            raise KeyboardInterrupt
    assert leftovers(private_tmp) == []
    assert os.listdir(private_tmp) == []


# --------------------------------------------------------------------------------------
# hostile archives


def test_zip_bomb_member_is_not_extracted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import changeproof.sources as sources

    monkeypatch.setattr(sources, "MAX_MEMBER", 1 << 20)  # the same code path as 64 MiB, at a test's size
    whl = tmp_path / "bomb-1.0-py3-none-any.whl"
    with zipfile.ZipFile(whl, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("bomb/__init__.py", "X = 1\n")
        zf.writestr("bomb/zeros.py", b"\0" * (3 << 20))  # compresses to a few KiB
        zf.writestr("bomb/data.bin", b"\0" * (3 << 20))
    with open_side(str(whl), tmp_path, role="new") as snap:
        assert sorted(snap.files()) == ["bomb/__init__.py"]
        assert "too large to extract" in snap.unanalysable["bomb/zeros.py"]
        assert "bomb/data.bin" not in snap.unanalysable  # not something changeproof parses: nothing lost


def test_zip_bomb_total_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, private_tmp: Path) -> None:
    import changeproof.sources as sources

    monkeypatch.setattr(sources, "MAX_EXTRACTED", 2 << 20)
    whl = tmp_path / "bomb-1.0-py3-none-any.whl"
    with zipfile.ZipFile(whl, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(3):
            zf.writestr(f"bomb/part{i}.bin", b"\0" * (1 << 20))
    with pytest.raises(UserError, match="expands to more than 2 MiB"):
        with open_side(str(whl), tmp_path, role="new"):
            pass
    assert leftovers(private_tmp) == []


@pytest.mark.parametrize("member", ["pkg/.git/config", "pkg/a\x1bb.py"])
def test_unsafe_archive_member_is_refused(tmp_path: Path, member: str) -> None:
    whl = tmp_path / "bad-1.0-py3-none-any.whl"
    with zipfile.ZipFile(whl, "w") as zf:
        zf.writestr("pkg/__init__.py", "")
        zf.writestr(member, "x")
    with pytest.raises(UserError, match="unsafe path"):
        with open_side(str(whl), tmp_path, role="new"):
            pass
