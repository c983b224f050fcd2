"""Running pytest through changeproof's plugin: outcomes, timeouts, exit statuses, nothing left behind."""

from __future__ import annotations

import _thread
import glob
import os
import tempfile
import threading
import time
from pathlib import Path

import pytest
from helpers.processes import READY_WRITE, ctrl_c_raises, wait_gone, wait_ready

from changeproof.testing import TestOptions, _plugin_env
from changeproof.testing._plugin import changeproof_reportlog as plugin
from changeproof.testing.run import run_pytest, targeted_args

pytestmark = pytest.mark.slow


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    return root


KINDS = """
import pytest

def test_pass():
    pass

def test_fail():
    assert 1 + 1 == 3

@pytest.fixture
def broken():
    raise RuntimeError("fixture exploded")

def test_setup_error(broken):
    pass

@pytest.fixture
def bad_teardown():
    yield
    raise RuntimeError("teardown exploded")

def test_teardown_error(bad_teardown):
    pass

def test_skip():
    pytest.skip("not here")

@pytest.mark.xfail(reason="known bug")
def test_xfail():
    assert False

@pytest.mark.xfail(reason="fixed already")
def test_xpass():
    pass

def test_hang():
    import time
    time.sleep(60)
"""


def _temp_runs() -> set[str]:
    return set(glob.glob(os.path.join(tempfile.gettempdir(), "changeproof-tests-*")))


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    """Temporary directories of this test only: other processes' runs come and go in the shared /tmp."""
    (tmp_path / "tmpdir").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmpdir"))


def test_every_outcome_the_per_test_timeout_and_nothing_written_into_the_tree(tmp_path, private_tmp):
    tree = write(tmp_path / "t", {"tests/test_kinds.py": KINDS})
    before = _temp_runs()
    r = run_pytest(tree, timeout_test=2, timeout_total=120)
    o = {n.split("::")[1]: v for n, v in r.outcomes.items()}
    assert {k: v.outcome for k, v in o.items()} == {
        "test_pass": "passed", "test_fail": "failed", "test_setup_error": "error", "test_teardown_error": "error",
        "test_skip": "skipped", "test_xfail": "xfailed", "test_xpass": "xpassed", "test_hang": "failed"}
    assert o["test_fail"].message == "assert (1 + 1) == 3" and o["test_fail"].phase == "call"
    assert o["test_setup_error"].phase == "setup" and "fixture exploded" in o["test_setup_error"].message
    assert o["test_teardown_error"].phase == "teardown" and "teardown exploded" in o["test_teardown_error"].message
    assert "timeout after 2s" in o["test_hang"].message  # reported, and the run went on to the end
    assert o["test_pass"].path == "tests/test_kinds.py" and o["test_pass"].line == 4
    assert r.exit_code == 1 and r.finished and r.problem is None and len(r.collected) == 8
    # no .pytest_cache, no __pycache__, no temporary files left
    assert sorted(p.name for p in tree.rglob("*")) == ["test_kinds.py", "tests"]
    assert _temp_runs() == before


def test_no_tests_is_exit_5_and_not_a_pass(tmp_path):
    tree = write(tmp_path / "t", {"pkg/__init__.py": "X = 1\n"})
    r = run_pytest(tree, timeout_total=60)
    assert r.exit_code == 5 and r.no_tests and r.problem is None
    assert r.outcomes == {} and r.collected == []


def test_usage_error_is_a_problem(tmp_path):
    tree = write(tmp_path / "t", {"tests/test_a.py": "def test_a():\n    pass\n"})
    r = run_pytest(tree, extra_args=["--no-such-option"], timeout_total=60)
    assert r.exit_code == 4
    assert "exit status 4" in r.problem and "no-such-option" in r.problem


def test_selected_ids_unknown_ones_are_ignored_and_collection_errors_do_not_stop_the_run(tmp_path):
    tree = write(tmp_path / "t", {
        "tests/test_a.py": "def test_a():\n    pass\n\ndef test_b():\n    assert 0\n",
        "tests/test_broken.py": "import does_not_exist\n\ndef test_c():\n    pass\n",
    })
    r = run_pytest(tree, nodeids=["tests/test_a.py::test_b", "tests/test_a.py::test_gone", "tests/test_nofile.py::test_x"],
                   timeout_total=60)
    assert r.exit_code == 1 and set(r.outcomes) == {"tests/test_a.py::test_b"}
    assert r.collected == ["tests/test_a.py::test_b"] and "tests/test_a.py::test_a" in r.all_collected
    full = run_pytest(tree, timeout_total=60)
    assert "tests/test_broken.py" in full.collection_errors
    assert "does_not_exist" in full.collection_errors["tests/test_broken.py"]
    assert full.outcomes["tests/test_a.py::test_a"].outcome == "passed"  # the rest still ran
    nothing = run_pytest(tree, nodeids=["tests/test_nofile.py::test_x"])
    assert nothing.skipped_run and nothing.outcomes == {}


def test_collect_only_and_import_origin(tmp_path):
    tree = write(tmp_path / "t", {"src/mypkg/__init__.py": "", "tests/test_a.py": "import mypkg\n\ndef test_a():\n    pass\n"})
    r = run_pytest(tree, collect_only=True, env_roots=[tree / "src"], import_check=["mypkg", "missingpkg"], timeout_total=60)
    assert r.collected == ["tests/test_a.py::test_a"] and r.outcomes == {} and r.collection_done
    assert r.imports["mypkg"]["file"] == str(tree / "src" / "mypkg" / "__init__.py")
    assert r.imports["missingpkg"]["file"] is None and "ModuleNotFoundError" in r.imports["missingpkg"]["error"]


SPAWNER = """
import os, subprocess, sys, time

def test_spawn_and_hang():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    {ready}
    time.sleep(600)
"""


def spawner(ready: Path) -> str:
    """A test that starts a child and stops; ``ready`` gets the pids of pytest and the child once both run."""
    return SPAWNER.format(ready=READY_WRITE.format(path=str(ready), text="f'{os.getpid()} {child.pid}'"))


def test_run_timeout_kills_the_whole_process_group(tmp_path, private_tmp, monkeypatch):
    # deterministic: the run's clock stands still until the test (and the child it started) runs, then it is past
    # the 3 s: the timeout fires while the test runs, however long pytest takes to get there on a loaded machine
    import changeproof.testing.run as run_module

    ready = tmp_path / "ready"
    tree = write(tmp_path / "t", {"tests/test_s.py": spawner(ready)})
    before = _temp_runs()
    running: list = []

    class Clock:
        perf_counter = staticmethod(time.perf_counter)

        @staticmethod
        def monotonic() -> float:
            if not ready.exists():
                return 0.0
            if not running:
                running.append(wait_ready([ready], bound=0))  # pytest and its child, identified while they run
            return 1e9

    monkeypatch.setattr(run_module, "time", Clock)
    r = run_pytest(tree, timeout_total=3)
    assert r.timed_out and r.exit_code is None
    assert "did not finish within 3 s" in r.problem and "test_spawn_and_hang" in r.problem
    assert r.running == "tests/test_s.py::test_spawn_and_hang"
    assert running and len(running[0]) == 2 and wait_gone(running[0]) == []
    assert _temp_runs() == before


def test_ctrl_c_kills_the_run_and_is_re_raised(tmp_path):
    # deterministic: Ctrl-C comes once the test (and the child it started) runs, whatever the load; the processes
    # are known by pid and start time, and waited for until gone (a bound only on failure)
    ready = tmp_path / "ready"
    tree = write(tmp_path / "t", {"tests/test_s.py": spawner(ready)})
    before = _temp_runs()
    stopped: list = []

    def interrupt() -> None:
        try:
            stopped.append(wait_ready([ready]))  # pytest and its child, both stopped inside the test
        finally:
            _thread.interrupt_main()  # in any case: the run must not go on for its whole timeout

    with ctrl_c_raises(), pytest.raises(KeyboardInterrupt):
        threading.Thread(target=interrupt, daemon=True).start()
        run_pytest(tree, timeout_total=900)
    assert stopped and stopped[0] is not None and len(stopped[0]) == 2, "the test never ran"
    assert wait_gone(stopped[0]) == []
    assert _temp_runs() == before


def test_pytest_missing_from_the_interpreter(tmp_path):
    import venv

    venv.EnvBuilder(with_pip=False, system_site_packages=False).create(tmp_path / "bare")
    tree = write(tmp_path / "t", {"tests/test_a.py": "def test_a():\n    pass\n"})
    r = run_pytest(tree, python=str(tmp_path / "bare" / "bin" / "python"), timeout_total=60)
    assert not r.started and "pytest did not run" in r.problem and "No module named pytest" in r.problem


def test_targeted_runs_drop_xdist_options_and_positional_paths():
    args = ["-n", "auto", "-x", "-k", "foo and not bar", "tests/unit", "--dist=loadfile", "-n4", "--tb", "short",
            "--numprocesses", "2", "-p", "no:warnings", "tests/test_a.py::test_b"]
    assert targeted_args(args) == ["-x", "-k", "foo and not bar", "--tb", "short", "-p", "no:warnings"]


def test_shards_are_deterministic_balanced_and_cover_everything():
    ids = [f"tests/test_{i}.py::test_{j}" for i in range(5) for j in range(7)]
    durations = {ids[0]: 10.0, ids[1]: 9.0, ids[2]: 1.0}
    plan = plugin.assign_shards(ids, durations, 3)
    assert plan == plugin.assign_shards(list(reversed(ids)), dict(durations), 3)  # order does not matter
    assert set(plan) == set(ids) and set(plan.values()) == {1, 2, 3}
    assert plan[ids[0]] != plan[ids[1]]  # the two long ones are apart
    totals = {k: sum(durations.get(i, sum(durations.values()) / 3) for i in ids if plan[i] == k) for k in (1, 2, 3)}
    assert max(totals.values()) - min(totals.values()) <= 10.0
    no_durations = plugin.assign_shards(ids, {}, 4)
    assert sorted(list(no_durations.values()).count(k) for k in (1, 2, 3, 4)) == [8, 9, 9, 9]


def test_shard_runs_split_the_suite(tmp_path):
    tree = write(tmp_path / "t", {f"tests/test_{i}.py": "def test_a():\n    pass\n\ndef test_b():\n    pass\n" for i in range(3)})
    one = run_pytest(tree, shard=(1, 2), timeout_total=60)
    two = run_pytest(tree, shard=(2, 2), timeout_total=60)
    assert one.shard == "1/2" and one.shard_plan == two.shard_plan and one.shard_basis == "node ids"
    assert set(one.outcomes).isdisjoint(two.outcomes) and len(one.outcomes) + len(two.outcomes) == 6
    assert sorted(one.all_collected) == sorted(two.all_collected) and len(one.all_collected) == 6


def test_plugin_and_changeproof_agree_on_the_environment():
    for name in ("ENV_LOG", "ENV_TIMEOUT", "ENV_SELECT", "ENV_SHARD", "ENV_DURATIONS", "ENV_IMPORTS", "ENV_PYCACHE"):
        assert getattr(plugin, name) == getattr(_plugin_env, name)


def test_options_from_the_cli_dict():
    o = TestOptions.from_dict({"python": "/x/python", "reruns": 3, "base_tests": "all", "test_timeout": 0,
                               "run_timeout": 10, "shard": (2, 4), "extra_args": ["-x"], "progress": False})
    assert (o.python, o.reruns, o.base_tests, o.test_timeout, o.run_timeout, o.shard, o.extra_args, o.show_progress()) == \
        ("/x/python", 3, "all", None, 10.0, (2, 4), ["-x"], False)
    with pytest.raises(ValueError):
        TestOptions.from_dict({"shard": "3/2"})


def test_progress_counts_what_the_stream_reports(tmp_path):
    from changeproof.testing.progress import TestProgress

    assert TestOptions.from_dict({}).show_progress() is False  # stderr is not a terminal here
    assert TestProgress(False).task("head") is None
    with TestProgress(True) as progress:
        seen = []
        callback = progress.task("head")
        tree = write(tmp_path / "t", {"tests/test_a.py": "import pytest\n\ndef test_a():\n    pass\n\ndef test_b():\n    assert 0\n\n"
                                                         "def test_c():\n    pytest.skip('no')\n"})
        run_pytest(tree, on_event=lambda ev: (seen.append(ev), callback(ev)), timeout_total=60)
        task = progress._progress.tasks[0]
        assert (task.completed, task.total) == (3, 3)
        assert task.fields["counts"] == "1 passed, 1 failed, 1 skipped"
    assert [e["event"] for e in seen][:2] == ["session", "collected"] and seen[-1]["event"] == "finish"
