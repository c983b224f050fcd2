"""Smoke test on other Pythons: install changeproof (as a wheel, not editable: the package data must be there),
run `changeproof --version` and the demo, and a representative subset of the tests, for each version given.

    python tests/smoke.py 3.10 3.13

The interpreter for version X.Y is $CHANGEPROOF_PYTHON_X_Y when set, else the newest pyenv build of X.Y
($PYENV_ROOT/versions, default ~/.pyenv/versions), else pythonX.Y on PATH. A version with no interpreter is
skipped with a message saying where it was looked for; any failure exits non-zero. Each version's environment is
kept in .venv-smoke/X.Y: rebuilt from scratch when pyproject.toml changes (the dependencies may have); when only
src/ changed, changeproof alone is installed again as a wheel (``--no-deps --force-reinstall``), the
dependencies staying as they were installed. A new environment is made without pip when the interpreter
running this script has a pip that installs into another one (``pip --python``, 22.3+). The wheel (pure Python,
one for every version) is built once per smoke run, only when an environment needs it, and installed into each.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# what the smoke runs besides the demo (which runs every check, tests included, end to end): the API engine, the
# report formats (their golden files too), the CLI's report commands, coverage and the verdict
TESTS = ["tests/test_api_engine.py", "tests/test_types.py", "tests/test_report.py", "tests/test_report_formats.py",
         "tests/test_report_golden.py", "tests/test_report_html.py", "tests/test_cli_report.py",
         "tests/test_coverage.py"]


def find_python(version: str) -> tuple[str | None, list[str]]:
    looked = []
    env = f"CHANGEPROOF_PYTHON_{version.replace('.', '_')}"
    if os.environ.get(env):
        return os.environ[env], looked
    looked.append(f"${env}")
    root = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv") / "versions"
    looked.append(str(root / f"{version}.*"))
    builds = sorted((p for p in root.glob(f"{version}.*") if re.fullmatch(rf"{re.escape(version)}\.\d+", p.name)),
                    key=lambda p: int(p.name.rsplit(".", 1)[1]))
    for build in reversed(builds):
        python = build / "bin" / "python3"
        if python.exists():
            return str(python), looked
    looked.append(f"python{version} on PATH")
    return shutil.which(f"python{version}"), looked


def project_digest() -> str:
    """What the environment's dependencies follow: pyproject.toml."""
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def source_digest() -> str:
    h = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    for path in sorted((ROOT / "src").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(ROOT)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def run(args: list[str], **kw) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, text=True, capture_output=True, stdin=subprocess.DEVNULL, **kw)


def needs_install(version: str) -> bool:
    stamp = ROOT / ".venv-smoke" / version / ".installed"
    return not stamp.exists() or stamp.read_text() != source_digest()


def build_wheel(into: Path) -> tuple[Path | None, str]:
    """changeproof's wheel, built once from this checkout (build isolation, as `pip install .` builds it):
    (its path, None) or (None, what went wrong)."""
    done = run([sys.executable, "-m", "pip", "wheel", "--quiet", "--disable-pip-version-check", "--no-deps",
                "--wheel-dir", str(into), str(ROOT)], cwd=ROOT, timeout=900)
    wheels = sorted(into.glob("changeproof-*.whl"))
    if done.returncode != 0 or len(wheels) != 1:
        return None, f"smoke: FAILED: building the wheel\n{done.stdout}{done.stderr}"
    return wheels[0], ""


def outer_pip() -> list[str] | None:
    """This interpreter's pip when it can install into another environment (``--python``, pip >= 22.3), else None."""
    try:
        from pip import __version__
    except ImportError:
        return None
    major_minor = tuple(int(x) for x in re.findall(r"\d+", __version__)[:2])
    return [sys.executable, "-m", "pip"] if major_minor >= (22, 3) else None


def smoke(version: str, wheel: Path | None = None) -> tuple[bool, str]:
    """(passed or skipped, what to print). ``wheel``: changeproof's wheel to install (None: built here)."""
    python, looked = find_python(version)
    if python is None:
        return True, f"smoke {version}: SKIPPED: no Python {version} interpreter found (looked in: {'; '.join(looked)})"
    started = time.perf_counter()
    venv = ROOT / ".venv-smoke" / version
    stamp = venv / ".installed"
    deps_stamp = venv / ".installed-deps"
    digest, deps = source_digest(), project_digest()
    bindir = venv / "bin"
    outer = outer_pip()
    # the environment is made without pip (ensurepip costs ~3 s of CPU and ~8 s per environment) when this
    # interpreter's pip can install into another one (``pip --python``: it runs itself with that interpreter)
    pip = (outer + ["--python", str(bindir / "python")] if outer else [str(bindir / "python"), "-m", "pip"]) + \
        ["install", "--quiet", "--disable-pip-version-check"]
    if not stamp.exists() or stamp.read_text() != digest:
        if wheel is None:
            with tempfile.TemporaryDirectory(prefix=f"changeproof-smoke-wheel-{version}-") as wheel_dir:
                built, error = build_wheel(Path(wheel_dir))
                return smoke(version, built) if built else (False, error)
        if deps_stamp.exists() and deps_stamp.read_text() == deps and (bindir / "python").exists():
            steps = [pip + ["--no-deps", "--force-reinstall", str(wheel)]]  # changeproof only
        else:
            shutil.rmtree(venv, ignore_errors=True)
            steps = [[python, "-m", "venv", *(["--without-pip"] if outer else []), str(venv)], pip + [f"{wheel}[test]"]]
        stamp.unlink(missing_ok=True)
        for step in steps:
            done = run(step, cwd=ROOT, timeout=900)
            if done.returncode != 0:
                return False, f"smoke {version}: FAILED: {' '.join(step[-3:])}\n{done.stdout}{done.stderr}"
        stamp.write_text(digest)
        deps_stamp.write_text(deps)
    # the package works from its installed copy, not from src/
    done = run([str(bindir / "python"), "-c", "import changeproof, sys; print(changeproof.__file__)"], cwd=tempfile.gettempdir())
    if done.returncode != 0 or str(ROOT / "src") in done.stdout:
        return False, f"smoke {version}: FAILED: changeproof is not importable from its installed copy\n{done.stdout}{done.stderr}"
    with tempfile.TemporaryDirectory(prefix=f"changeproof-smoke-{version}-") as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "GITHUB_", "PYTEST_"))}
        env.update(CHANGEPROOF_CACHE_DIR=str(Path(tmp) / "cache"), NO_COLOR="1", COLUMNS="200", CI="")
        version_out = run([str(bindir / "changeproof"), "--version"], env=env, cwd=tmp, timeout=60)
        # the demo's pytest runs load no plugin installed beside changeproof (as in the suite, tests/conftest.py):
        # the demo project uses none, and this environment has the test extras (hypothesis alone costs each of
        # the demo's ~30 pytest processes ~0.1 s of CPU) that a user's `pip install changeproof` would not have
        demo = run([str(bindir / "changeproof"), "demo", str(Path(tmp) / "svc")],
                   env={**env, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}, cwd=tmp, timeout=600)
        if version_out.returncode != 0 or demo.returncode != 0 or "Verdicts: additive safe, risky breaking" not in demo.stdout:
            return False, (f"smoke {version}: FAILED: changeproof --version / demo\n{version_out.stdout}{version_out.stderr}"
                           f"{demo.stdout[-3000:]}{demo.stderr[-3000:]}")
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        tests = run([str(bindir / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x",
                     "--basetemp", str(Path(tmp) / "pytest"), *TESTS], env=env, cwd=ROOT, timeout=1200)
    last = tests.stdout.strip().splitlines()[-1] if tests.stdout.strip() else ""
    if tests.returncode != 0:
        return False, f"smoke {version}: FAILED: tests\n{tests.stdout[-6000:]}{tests.stderr[-3000:]}"
    return True, f"smoke {version}: ok ({python}; install, --version, demo, tests: {last}) in {time.perf_counter() - started:.0f} s"


def main(argv: list[str]) -> int:
    """The versions run side by side (installing is mostly waiting); results print in the order given."""
    from concurrent.futures import ThreadPoolExecutor

    versions = argv or ["3.10", "3.13"]
    print(f"smoke on Python {', '.join(versions)}: install changeproof, run the demo and {len(TESTS)} test files ...",
          flush=True)
    with tempfile.TemporaryDirectory(prefix="changeproof-smoke-wheel-") as wheel_dir:
        wheel = None
        if any(needs_install(v) and find_python(v)[0] for v in versions):
            wheel, error = build_wheel(Path(wheel_dir))
            if wheel is None:
                print(error, flush=True)
                return 1
        with ThreadPoolExecutor(max_workers=len(versions)) as pool:
            results = list(pool.map(lambda v: smoke(v, wheel), versions))
    for _, message in results:
        print(message, flush=True)
    return 0 if all(ok for ok, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
