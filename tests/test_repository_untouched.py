"""The user's repository is left exactly as it was, and nothing of a run outlives it (docs/reliability.md,
promises 2 and 10): fingerprinted (tests/helpers/userrepo.py) before and after every command, after Ctrl-C at
each moment of `check --tests`, after a crash inside a check and after a SIGKILL of the whole run.

Every command runs as a user runs it, in the repository (its working directory), with a temporary directory of
its own (TMPDIR, empty before) and under tests/helpers/reaper.py, which sees every process the run started,
whatever group it moved to. After each: the fingerprint is the same, the temporary directory is empty, no process
of the run is left, no git hook ran. The moments are reached deterministically: the project's own test suite and
conftest say when they get there (a file) and stop there (sleep) until the run is interrupted; materialising is
stopped by a stand-in for git that holds back one blob.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers.userrepo import (
    MARKER,
    copy_user_repo,
    differences,
    fingerprint,
    git,
    git_stopping_at,
    user_repo,
)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and PR_SET_CHILD_SUBREAPER")

REAPER = Path(__file__).parent / "helpers" / "reaper.py"
WAIT = 120.0  # seconds a run may take to reach a moment before the test gives up (a bound, never a sleep)
TESTS = ["--tests", "--reruns", "1"]  # one rerun: the rerun is a moment of its own


class Run:
    """One changeproof command started under the reaper, in the repository."""

    def __init__(self, user: User, args: list[str], *, tmpdir: Path, env: dict[str, str], code: str | None):
        self.user, self.tmpdir = user, tmpdir
        n = user.runs = user.runs + 1
        self.signals = user.tmp / f"signals{n}"
        self.signals.mkdir()
        self.result = user.tmp / f"result{n}.json"
        self.stdout, self.stderr = user.tmp / f"stdout{n}", user.tmp / f"stderr{n}"
        full_env = {**os.environ, "TMPDIR": str(tmpdir), "FP_SIGNALS": str(self.signals), **env}
        prog = ["-c", code] if code else ["-m", "changeproof"]
        with open(self.stdout, "wb") as out, open(self.stderr, "wb") as err:
            self.proc = subprocess.Popen([sys.executable, str(REAPER), str(self.result), sys.executable, *prog,
                                          *args], cwd=user.repo, env=full_env, stdout=out, stderr=err)

    def reached(self, moment: str) -> list[int]:
        """The pids of the processes that reached ``moment`` (waits until one has)."""
        deadline = time.monotonic() + WAIT
        while True:
            pids = [int((self.signals / n).read_text()) for n in os.listdir(self.signals) if n.startswith(moment + ".")]
            if pids:
                return pids
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"the run never reached {moment!r}: {self.output()}")
            time.sleep(0.02)

    def signal(self, signum: int) -> None:
        self.proc.send_signal(signum)

    def finish(self) -> tuple[int, str]:
        """Wait for the run; (its exit status, what it wrote) once everything of it is checked to be gone."""
        self.proc.wait(timeout=WAIT + 60)
        data = json.loads(self.result.read_text())
        assert data["survivors"] == [], f"processes outlived the run: {data['survivors']}"
        return data["returncode"], self.output()

    def moments(self) -> set[str]:
        return {n.split(".", 1)[0] for n in os.listdir(self.signals) if not n.startswith(".")}

    def output(self) -> str:
        return self.stdout.read_text(errors="replace") + self.stderr.read_text(errors="replace")


class User:
    """A user's repository (tests/helpers/userrepo.py) and its fingerprint before any command ran."""

    def __init__(self, tmp: Path, template: Path):
        self.tmp = tmp
        self.repo, self.linked, self.hook_log = copy_user_repo(template, tmp)
        self.out = tmp / "out"  # reports and documents: outside the repository
        self.out.mkdir()
        self.runs = 0
        self.before = fingerprint(self.repo, self.linked)

    def start(self, *args: str, tmpdir: Path | None = None, env: dict[str, str] | None = None,
              code: str | None = None) -> Run:
        if tmpdir is None:
            tmpdir = self.tmp / f"tmp{self.runs + 1}"
            tmpdir.mkdir()
        return Run(self, list(args), tmpdir=tmpdir, env=env or {}, code=code)

    def untouched(self, run: Run) -> None:
        """The promise, after ``run`` finished: repository as it was, temporary directory empty, no hook ran."""
        assert differences(self.before, fingerprint(self.repo, self.linked)) == []
        assert sorted(os.listdir(run.tmpdir)) == []
        assert not self.hook_log.exists(), self.hook_log.read_text()

    def run(self, *args: str, expect: int | tuple[int, ...], **kw) -> str:
        """Run a command to its end and check the promise; returns what it wrote."""
        r = self.start(*args, **kw)
        code, output = r.finish()
        assert code in (expect if isinstance(expect, tuple) else (expect,)), output
        self.untouched(r)
        return output


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """The user's repository, built once (per xdist worker); each test gets a copy."""
    tmp = tmp_path_factory.mktemp("template")
    user_repo(tmp / "user")
    return tmp


@pytest.fixture
def user(tmp_path, template) -> User:
    return User(tmp_path, template)


def test_the_fingerprint_sees_what_a_command_could_do(tmp_path, template):
    """The fingerprint is stable (taking it changes nothing) and sees each kind of change the promise covers."""
    repo, linked, _ = copy_user_repo(template, tmp_path)
    before = fingerprint(repo, linked)
    assert differences(before, fingerprint(repo, linked)) == []

    def changed(act) -> list[str]:
        start = fingerprint(repo, linked)
        act()
        return differences(start, fingerprint(repo, linked))

    readme = repo / "README.md"
    st = readme.stat()
    assert any("README.md" in d for d in changed(lambda: os.utime(readme, ns=(st.st_atime_ns, st.st_mtime_ns + 1))))
    content = readme.read_bytes()  # same content, same mtime, rewritten in place: the ctime says so
    assert any("README.md" in d for d in changed(lambda: (readme.write_bytes(content),
                                                          os.utime(readme, ns=(st.st_atime_ns, st.st_mtime_ns)))))
    lock = repo / ".git" / "index.lock"  # created and removed: the directory says so
    assert any("file repo/.git:" in d for d in changed(lambda: (lock.write_text(""), lock.unlink())))
    assert any(d.startswith("new: file repo/.pytest_cache") for d in changed(lambda: (repo / ".pytest_cache").mkdir()))
    assert any("git stash" in d for d in changed(lambda: git(repo, "stash", "drop", "-q")))
    assert any("git refs" in d for d in changed(lambda: git(repo, "update-ref", "refs/heads/x", "HEAD")))
    assert any("git index" in d for d in changed(lambda: git(repo, "add", "shop/core.py")))
    assert any("git worktrees" in d for d in changed(lambda: git(repo, "worktree", "remove", "--force", str(linked))))


def test_the_reaper_sees_what_outlives_a_command(tmp_path):
    """A process that moved to a session of its own and outlives its parent is found (and then killed)."""
    result = tmp_path / "result.json"
    code = "import subprocess, sys; subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'], " \
           "start_new_session=True)"
    subprocess.run([sys.executable, str(REAPER), str(result), sys.executable, "-c", code], check=True,
                   env={**os.environ, "REAPER_GRACE": "0.5"}, timeout=60)
    data = json.loads(result.read_text())
    assert data["returncode"] == 0 and [s["cmdline"] for s in data["survivors"]] == [
        f"{sys.executable} -c import time; time.sleep(60)"]


# every command, to its end; (arguments, expected exit status); {out} is a directory outside the repository
COMMANDS = {
    "api": [(["api", "base", "head"], 0), (["api", "base", "WORKTREE"], (0, 1))],
    "check": [(["check", "base..head", "--format", "json", "-o", "{out}/r.json"], 0)],
    "check --tests, report, merge": [(["check", "base..head", *TESTS, "--format", "json", "-o", "{out}/r.json"], 1),
                                     (["report", "{out}/r.json", "--format", "html", "-o", "{out}/r.html",
                                       "--format", "sarif", "-o", "{out}/r.sarif"], 0),
                                     (["merge", "{out}/r.json", "--format", "json", "-o", "{out}/m.json"], 1)],
    "check --exec": [(["check", "base..head", "--exec"], 0)],
    "check WORKTREE": [(["check", "base"], (0, 1))],
    "check WORKTREE --tests --exec": [(["check", "base", *TESTS, "--exec"], 1)],
    "verify": [(["verify", "{out}/claims.md", "base..head"], 1)],
    "cache clear": [(["api", "base", "head"], 0), (["cache", "clear"], 0)],
    "demo": [(["demo", "{out}/demo"], (0, 1))],
}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_leaves_the_repository_as_it_was(user, command):
    (user.out / "claims.md").write_text("# Stability report\n\nNo public API changes.\n\nAll tests pass.\n")
    for args, expect in COMMANDS[command]:
        user.run(*[a.format(out=user.out) for a in args], expect=expect)
    if command.startswith("check --tests"):  # it did run the tests
        report = json.loads((user.out / "r.json").read_text())
        assert report["tests"]["summary"] and "test_quote" in json.dumps(report["tests"])


# Ctrl-C at each moment of `check --tests` (the project's code stops at the moment, the run is interrupted there)
MOMENTS = ["materialise", "base-collect", "head-run", "rerun", "base-run"]


@pytest.mark.parametrize("moment", MOMENTS)
def test_ctrl_c_at_each_moment_of_check_tests(user, moment):
    env = {"FP_STOP_AT": moment}
    if moment == "materialise":
        bindir = git_stopping_at(user.tmp, user.repo, MARKER)
        env["PATH"] = f"{bindir}{os.pathsep}{os.environ['PATH']}"
    r = user.start("check", "base..head", *TESTS, env=env)
    r.reached(moment)
    if moment == "materialise":  # mid-write: a copy of a revision is there, with part of its files
        (copy,) = [p for p in r.tmpdir.iterdir() if (p / "data").is_dir()]
        assert 0 < len(list((copy / "data").iterdir())) < 300 and not (copy / MARKER).exists()
    r.signal(signal.SIGINT)
    code, output = r.finish()
    assert code == 130 and "interrupted" in output and "Traceback" not in output, output
    user.untouched(r)


def test_ctrl_c_while_the_tests_run_in_the_working_tree(user):
    r = user.start("check", "base", *TESTS, env={"FP_STOP_AT": "head-run"})
    r.reached("head-run")
    r.signal(signal.SIGINT)
    code, output = r.finish()
    assert code == 130 and "Traceback" not in output, output
    user.untouched(r)


_BOOT = """import os, sys, threading
{patch}
from changeproof.cli import main
sys.argv[0] = "changeproof"
main()
"""

# crashes injected into one changeproof process (a monkeypatch in the process under test: nothing shipped)
CRASHES = {
    # the tests check breaks while the head run is stopped inside a test and the base collection runs beside it
    "tests check, mid-run": ("""from changeproof.testing import run
poll = run._LogReader.poll
def crashing(self, *a, **k):
    poll(self, *a, **k)
    if threading.current_thread() is threading.main_thread() and any(
            n.startswith("head-run.") for n in os.listdir(os.environ["FP_SIGNALS"])):
        raise RuntimeError("a crash injected into the tests check")
run._LogReader.poll = crashing""", "tests", {"FP_STOP_AT": "head-run"}, TESTS),
    # the architecture check breaks inside its temporary directory
    "architecture check": ("""from changeproof.checks import architecture
def crashing(*a, **k):
    raise RuntimeError("a crash injected into the architecture check")
architecture._lint = crashing""", "architecture", {}, []),
}


@pytest.mark.parametrize("crash", list(CRASHES))
def test_a_crash_inside_a_check(user, crash):
    patch, check, env, options = CRASHES[crash]
    r = user.start("check", "base..head", *options, "--format", "json", "-o", str(user.out / "r.json"),
                   "--fail-on", "unverified", env=env, code=_BOOT.format(patch=patch))
    code, output = r.finish()
    report = json.loads((user.out / "r.json").read_text())
    failed = {c["name"]: c for c in report["checks"] if c["status"] == "failed"}
    assert check in failed and "a crash injected" in json.dumps(failed[check]), output
    assert code == 1 and "Traceback" not in output  # the other checks ran; the verdict is not complete
    user.untouched(r)


def test_a_project_whose_test_run_crashes(user):
    """The project's own code kills the head pytest process (as a segfault would) in the middle of a test."""
    r = user.start("check", "base..head", *TESTS, "--fail-on", "unverified", env={"FP_CRASH_AT": "head-run"})
    code, output = r.finish()
    assert code == 1 and "did not complete" in output and "status -11" in output, output
    user.untouched(r)


def test_sigkill_of_the_whole_run_then_a_later_run_cleans_up(user):
    tmpdir = user.tmp / "shared-tmp"
    tmpdir.mkdir()
    r = user.start("check", "base..head", *TESTS, tmpdir=tmpdir, env={"FP_STOP_AT": "head-run"})
    head_pids = r.reached("head-run")
    r.signal(signal.SIGUSR1)  # the reaper SIGKILLs changeproof's process group: no handler of changeproof runs
    code, _ = r.finish()  # the pytest runs (groups of their own) died with it: the reaper saw none left
    assert code == -signal.SIGKILL and head_pids
    left = sorted(p.name for p in tmpdir.iterdir())
    assert left and all(n.startswith("changeproof-") for n in left), left  # what a killed run cannot remove
    assert differences(user.before, fingerprint(user.repo, user.linked)) == []
    later = user.start("check", "base..head", *TESTS, tmpdir=tmpdir)
    code, output = later.finish()
    assert code == 1, output
    user.untouched(later)  # the later run removed what the killed one left
