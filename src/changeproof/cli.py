"""Commands only: parse, call, render, exit code.

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 bad input; 3 internal failure.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import __version__
from .errors import EXIT_FINDINGS, EXIT_INTERNAL, EXIT_OK, UserError
from .model import Report, Revision, severity_rank

if TYPE_CHECKING:  # pragma: no cover
    from .verify import VerifyResult

FAIL_ON = ("breaking", "unverified", "risk", "never")
FAIL_ON_HELP = ("Exit 1 on: breaking = a breaking finding the change introduced; unverified = that, or evidence "
                "that is incomplete (a check the change needs did not run, an input could not be analysed: use this "
                "in CI); risk = any of those or a risk finding; never = always 0.")


def _output_path(ctx: click.Context, param: click.Parameter, value):
    """``-o FILE``: an empty name is a mistake (a variable that was not set), not "no output"."""
    if value is not None and any(not v.strip() for v in ((value,) if isinstance(value, str) else value)):
        raise click.BadParameter("the file name is empty", ctx=ctx, param=param)
    return value


def exit_code(report: Report, fail_on: str) -> int:
    """1 when the report crosses the --fail-on level (see FAIL_ON_HELP), else 0."""
    if fail_on == "never":
        return EXIT_OK
    threshold = severity_rank("risk" if fail_on == "risk" else "breaking")
    if any(severity_rank(f.severity) >= threshold for f in report.active_findings):
        return EXIT_FINDINGS
    if fail_on in ("unverified", "risk") and not report.complete:
        return EXIT_FINDINGS
    return EXIT_OK


def _fail(exc: UserError) -> None:
    click.echo(f"error: {exc.message}", err=True)
    if exc.hint:
        click.echo(f"hint: {exc.hint}", err=True)
    sys.exit(exc.exit_code)


class _Group(click.Group):
    """Turns every error into a one-line message and its exit code; never a traceback (unless --debug)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except UserError as exc:
            _fail(exc)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException, SystemExit):
            raise
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)
        except Exception as exc:  # noqa: BLE001 - the last line of defence
            if os.environ.get("CHANGEPROOF_DEBUG") or (ctx.obj or {}).get("debug"):
                import traceback

                traceback.print_exc()
            click.echo(f"internal error: {type(exc).__name__}: {exc}", err=True)
            click.echo("hint: this is a bug in changeproof; rerun with --debug and report the traceback", err=True)
            sys.exit(EXIT_INTERNAL)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="changeproof")
@click.option("--debug", is_flag=True, hidden=True, help="Show tracebacks of internal errors.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """changeproof: does a change keep a Python system stable, and if not, exactly what does it break?"""
    ctx.obj = {"debug": debug}
    if ctx.invoked_subcommand in _ENGINE_COMMANDS:
        # the cyclic collector less often while an engine runs: it builds hundreds of thousands of objects
        # (summaries, syntax trees, linker records, per-file facts) in which cycles are rare, and each collection
        # walks the young ones again (about a tenth of the CPU of a cold `check` of a small project, for about
        # a MiB more at the peak); the thresholds are restored when the command ends
        before = gc.get_threshold()
        gc.set_threshold(max(before[0], _GC_YOUNG), *before[1:])
        ctx.call_on_close(lambda: gc.set_threshold(*before))


_ENGINE_COMMANDS = frozenset({"check", "api", "verify"})
_GC_YOUNG = 50_000  # allocations between two collections of the youngest generation (Python's default: 700)


def _known_kinds() -> frozenset[str]:
    """The catalog's rule ids, imported only when a [tool.changeproof] ignore entry names a kind: the catalog
    imports every check, which `api` does not otherwise need."""
    from .runner import known_kinds

    return known_kinds()


def output_pairs(formats: tuple[str, ...], outputs: tuple[str, ...],
                 order: list[str] | None = None) -> list[tuple[str, str | None]]:
    """(format, file or None for standard output) from repeated --format/-o.

    An -o FILE takes the --format given just before it (``order`` is the command line's sequence of
    ``formats``/``outputs`` options; without it they pair by position); an -o without its own --format takes
    the format its name implies (report.sarif, report.html...); a --format left without an -o goes to standard
    output (one at most). Nothing given: the terminal report on standard output."""
    from .report import EXTENSIONS, format_for

    if order is None:
        order = [tok for pair in zip(formats, outputs) for tok in ("formats", "outputs")]
        order += ["outputs"] * (len(outputs) - len(formats)) + ["formats"] * (len(formats) - len(outputs))
    fmts, outs = iter(formats), iter(outputs)
    pairs: list[tuple[str, str | None]] = []
    pending: str | None = None
    leftover: list[str] = []
    for token in order:
        if token == "formats":
            if pending is not None:
                leftover.append(pending)
            pending = next(fmts)
            continue
        path = next(outs)
        fmt = pending or format_for(path)
        pending = None
        if fmt is None:
            raise UserError(f"-o {path}: no --format for it and its name implies none",
                            hint=f"put --format before it, or name it {', '.join('*' + e for e in EXTENSIONS)}")
        pairs.append((fmt, path))
    if pending is not None:
        leftover.append(pending)
    if len(leftover) > 1:
        raise UserError(f"--format {' --format '.join(leftover)}: only one report can go to standard output",
                        hint="give each of the others its -o FILE right after it")
    if leftover or not pairs:
        pairs.append((leftover[0] if leftover else "terminal", None))
    return pairs


class _Command(click.Command):
    """Keeps the order in which options appeared on the command line (ctx.meta["changeproof.order"]), so that
    each -o pairs with the --format written just before it."""

    def make_parser(self, ctx: click.Context):
        parser = super().make_parser(ctx)
        parse = parser.parse_args

        def parse_args(args):
            opts, largs, order = parse(args=args)
            ctx.meta["changeproof.order"] = [p.name for p in order if p.name in ("formats", "outputs")]
            return opts, largs, order

        parser.parse_args = parse_args
        return parser


def _pairs(formats: tuple[str, ...], outputs: tuple[str, ...]) -> list[tuple[str, str | None]]:
    ctx = click.get_current_context(silent=True)
    order = ctx.meta.get("changeproof.order") if ctx is not None else None
    if order is not None and (order.count("formats"), order.count("outputs")) != (len(formats), len(outputs)):
        order = None  # not from this command line (called from Python)
    return output_pairs(formats, outputs, order)


def _emit(report: Report, formats: tuple[str, ...] | str, outputs: tuple[str, ...] | str | None, *,
          verbose: bool = False, github: bool = False, claims: VerifyResult | None = None) -> None:
    """Write the report in every requested format; in GitHub Actions (``github``) also the job summary and the
    annotations. With *claims* (`check --claims`), each format carries its "Claims" section too (JSON: key
    `verify`)."""
    from .report import render

    def text(fmt: str) -> str:
        out = render(report, fmt, verbose=verbose)
        if claims is None or fmt not in ("json", "html", "markdown", "terminal"):
            return out
        from .verify.render import claims_section

        if fmt == "json":
            import json

            data = json.loads(out)
            data["verify"] = claims.to_json()
            return json.dumps(data, indent=2) + "\n"
        if fmt == "html":
            return out.replace("</body></html>", claims_section(claims, "html") + "\n</body></html>", 1)
        return out + claims_section(claims, fmt)

    if isinstance(formats, str):
        formats = (formats,)
    if outputs is None or isinstance(outputs, str):
        outputs = (outputs,) if outputs else ()
    pairs = _pairs(formats, outputs)
    written = []
    for fmt, output in pairs:
        if output is None:
            continue
        try:
            Path(output).write_text(text(fmt), encoding="utf-8")
        except OSError as exc:
            raise UserError(f"cannot write {output}: {exc.strerror}", hint="check the path and its permissions") from None
        written.append((fmt, output))
    if github:
        from .report.github import publish

        full = next((o for f, o in written if f == "html"), None) or next((o for _, o in written), None)
        publish(report, full_report=full, annotate=not any(f == "github" for f, _ in pairs))
    stdout = next((fmt for fmt, output in pairs if output is None), None)
    if stdout is None:
        # the terminal still gets the verdict line
        from .report import verdict_plain

        click.echo(verdict_plain(report), err=True)
        if claims is not None:
            from .verify.render import claims_summary_line

            click.echo(f"claims: {claims_summary_line(claims)}", err=True)
    for fmt, output in written:
        click.echo(f"wrote {fmt} report to {output}", err=True)
    if stdout == "terminal":
        from rich.console import Console

        from .report.terminal import render_terminal

        console = Console(soft_wrap=False)
        render_terminal(report, console, verbose=verbose)
        if claims is not None:
            from .verify.render import claims_terminal

            console.print()
            claims_terminal(claims, console)
    elif stdout is not None:
        click.echo(text(stdout), nl=False)


def _github(no_github: bool) -> bool:
    if no_github or not os.environ.get("GITHUB_ACTIONS"):
        return False  # the GitHub renderer (and what it imports) only where it may be used
    from .report.github import in_github_actions

    return in_github_actions()


def _format_options(f):
    """--format/-o (repeatable, paired in order), --verbose and --no-github for every command that writes a report."""
    from .report import FORMATS

    f = click.option("--no-github", is_flag=True,
                     help="In GitHub Actions, do not write the job summary and annotations (written by default there).")(f)
    f = click.option("-v", "--verbose", is_flag=True, help="Terminal report: every finding in full.")(f)
    f = click.option("-o", "--output", "outputs", multiple=True, type=click.Path(dir_okay=False), callback=_output_path,
                     help="Write the report to FILE (repeatable: in the format given just before it; without "
                          "one, the format its name implies: .html .md .json .sarif .xml .txt).")(f)
    f = click.option("--format", "formats", multiple=True, type=click.Choice(FORMATS),
                     help="terminal (default), markdown, json, html, sarif, junit, gitlab, github (annotations); "
                          "repeatable, each with its own -o.")(f)
    return f


@main.command(cls=_Command)
@click.argument("old")
@click.argument("new")
@_format_options
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="breaking", show_default=True, help=FAIL_ON_HELP)
@click.option("--package", "packages", multiple=True, help="Compare only these packages (repeatable); default: found automatically or [tool.changeproof] packages.")
@click.option("--no-cache", is_flag=True, help="Do not read or write the summary cache.")
@click.option("-C", "--repo", "cwd", type=click.Path(file_okay=False, exists=True), default=".", help="Run as if started in this directory.")
def api(old: str, new: str, formats: tuple[str, ...], outputs: tuple[str, ...], verbose: bool, no_github: bool,
        fail_on: str, packages: tuple[str, ...], no_cache: bool, cwd: str) -> None:
    """Compare the public API of OLD and NEW.

    Each side is a git revision of the repository here (a branch, tag, SHA, HEAD~1, or WORKTREE for the
    working tree), a directory, a wheel or sdist file, or NAME==VERSION (downloaded from PyPI with pip).
    """
    from .api import run_api

    _pairs(formats, outputs)  # bad --format/-o pairs fail before any work
    report = run_api(old, new, Path(cwd), packages=list(packages) or None, use_cache=not no_cache, kinds=_known_kinds)
    _emit(report, formats, outputs, verbose=verbose, github=_github(no_github))
    sys.exit(exit_code(report, fail_on))


@main.command(cls=_Command)
@click.argument("range_", metavar="[BASE[..HEAD]]", required=False)
@click.option("--base", help="Base revision (default: merge-base of HEAD with the default branch).")
@click.option("--head", help="Head revision (default: WORKTREE, the working tree with uncommitted and untracked files).")
@_format_options
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="breaking", show_default=True, help=FAIL_ON_HELP)
@click.option("--exec/--no-exec", "execute", default=None,
              help="Run project code (imports in subprocesses). Default: on when CI=true, else off.")
@click.option("--tests/--no-tests", "run_tests", default=None,
              help="Run the project's tests and classify every failure (default: on when CI=true, else off).")
@click.option("--python", "python", type=click.Path(dir_okay=False), help="Interpreter that runs the tests (default: this one).")
@click.option("--reruns", type=click.IntRange(0, 99), default=19, show_default=True,
              help="Further attempts at a test failing at head (until it passes: flaky); a failure is called breaking "
                   "only when every attempt failed. 19 (20 attempts) makes that wrong for a test failing half the time "
                   "about once in a million runs.")
@click.option("--base-tests", type=click.Choice(["failing", "all"]), default="failing", show_default=True,
              help="Run at base only the tests failing at head, or the whole suite (finds the tests the change fixed).")
@click.option("--test-timeout", type=float, default=300.0, show_default=True, help="Seconds one test may take.")
@click.option("--run-timeout", type=float, default=3600.0, show_default=True, help="Seconds a whole pytest run may take.")
@click.option("--shard", metavar="K/N", help="Run only shard K of N of the tests (deterministic); merge the reports with `changeproof merge`.")
@click.option("--consumer", "consumers", multiple=True, type=click.Path(file_okay=False, exists=True),
              help="Another checkout whose call sites must still bind (repeatable).")
@click.option("--only", multiple=True, help="Run only these checks (repeatable).")
@click.option("--skip", multiple=True, help="Skip these checks (repeatable).")
@click.option("--timeout", type=float, default=60.0, show_default=True, help="Seconds allowed for anything that runs project code.")
@click.option("--claims", "claims_path", type=click.Path(dir_okay=False, exists=True, allow_dash=True),
              help="Also judge the claims of this Markdown document (a PR body, a written report; - reads stdin) and "
                   "add them to the report as a Claims section; a contradicted claim makes the exit code 1 (unless --fail-on never).")
@click.option("-C", "--repo", "cwd", type=click.Path(file_okay=False, exists=True), default=".", help="Run as if started in this directory.")
@click.argument("pytest_args", nargs=-1, type=click.UNPROCESSED)
def check(range_: str | None, base: str | None, head: str | None, formats: tuple[str, ...], outputs: tuple[str, ...],
          verbose: bool, no_github: bool, fail_on: str,
          execute: bool | None, run_tests: bool | None, python: str | None, reruns: int, base_tests: str,
          test_timeout: float, run_timeout: float, shard: str | None, consumers: tuple[str, ...], only: tuple[str, ...],
          skip: tuple[str, ...], timeout: float, claims_path: str | None, cwd: str, pytest_args: tuple[str, ...]) -> None:
    """Does the change keep the system stable? Every check, one report, an exit code.

    BASE..HEAD as in git; BASE alone means BASE..WORKTREE; nothing means the merge-base with the default
    branch up to the working tree. PRE_COMMIT_FROM_REF/PRE_COMMIT_TO_REF are honoured.
    """
    from . import git
    from .runner import resolve_range, run_checks

    if range_ is not None and range_.startswith("-"):  # `check -- -x`: everything after -- is for pytest
        pytest_args, range_ = (range_, *pytest_args), None
    _pairs(formats, outputs)  # bad --format/-o pairs fail before any work
    repo = git.find_repo(cwd)
    in_ci = os.environ.get("CI", "").lower() == "true"
    execute = in_ci if execute is None else execute
    run_tests = in_ci if run_tests is None else run_tests
    shard_kn = None
    if shard:
        k, _, n = shard.partition("/")
        if not (k.isdigit() and n.isdigit() and 1 <= int(k) <= int(n)):
            raise UserError(f"--shard {shard!r} is not K/N with 1 <= K <= N", hint="e.g. --shard 2/4")
        shard_kn = (int(k), int(n))
    if python and not Path(python).exists():
        raise UserError(f"--python {python}: no such interpreter", hint="give the path of the project's python, e.g. .venv/bin/python")
    base_ref, base_sha, head_ref, head_rev = resolve_range(repo, range_, base, head)
    test_options = {"python": python or sys.executable, "reruns": reruns, "base_tests": base_tests,
                    "test_timeout": test_timeout, "run_timeout": run_timeout, "shard": shard_kn,
                    "extra_args": list(pytest_args), "progress": sys.stderr.isatty() and not outputs}
    report = run_checks(repo, base_ref, base_sha, head_ref, head_rev, execute=execute,
                        consumers=[Path(c) for c in consumers], only=list(only), skip=list(skip), timeout=timeout,
                        run_tests=run_tests, test_options=test_options)
    claims = None
    if claims_path:
        from .verify import verify_exit_code, verify_file

        claims = verify_file(claims_path, report)
    _emit(report, formats, outputs, verbose=verbose, github=_github(no_github), claims=claims)
    code = exit_code(report, fail_on)
    if claims is not None and fail_on != "never":
        code = max(code, verify_exit_code(claims))
    sys.exit(code)


@main.command()
@click.argument("document", type=click.Path(dir_okay=False, exists=True, allow_dash=True))
@click.argument("range_", metavar="[BASE[..HEAD]]", required=False)
@click.option("--report", "report_path", type=click.Path(dir_okay=False, exists=True),
              help="Judge against a `check --format json` report instead of running the checks.")
@click.option("--format", "fmt", type=click.Choice(["terminal", "markdown", "json"]), default="terminal", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), callback=_output_path, help="Write the result to FILE.")
@click.option("--tests/--no-tests", "run_tests", default=None, help="Run the tests to judge test claims (default: on when CI=true).")
@click.option("--exec/--no-exec", "execute", default=None, help="Import project modules (default: on when CI=true).")
@click.option("-C", "--repo", "cwd", type=click.Path(file_okay=False, exists=True), default=".", help="Run as if started in this directory.")
def verify(document: str, range_: str | None, report_path: str | None, fmt: str, output: str | None,
           run_tests: bool | None, execute: bool | None, cwd: str) -> None:
    """Check the claims of a written stability report (DOCUMENT) against the evidence for BASE..HEAD.

    DOCUMENT is Markdown (a report, a pull request body); `-` reads standard input. Each claim gets a line
    number and a verdict: confirmed, contradicted (with the evidence), not verifiable (with why), or not
    checked. Exit 1 when a claim is contradicted.
    """
    import json

    from .verify import verify_exit_code, verify_file
    from .verify.render import claims_terminal, render

    if report_path:
        report = _read_report(report_path, "use a file written by `check --format json -o ...`")
    else:
        from . import git
        from .runner import resolve_range, run_checks

        repo = git.find_repo(cwd)
        in_ci = os.environ.get("CI", "").lower() == "true"
        base_ref, base_sha, head_ref, head_rev = resolve_range(repo, range_, None, None)
        report = run_checks(repo, base_ref, base_sha, head_ref, head_rev, execute=in_ci if execute is None else execute,
                            run_tests=in_ci if run_tests is None else run_tests,
                            test_options={"python": sys.executable, "progress": False})
    result = verify_file(document, report)
    if fmt == "json":
        data = report.to_json()
        data["verify"] = result.to_json()  # the report's evidence and the claims judged against it, one document
        text = json.dumps(data, indent=2) + "\n"
    else:
        text = render(result, fmt) if fmt != "terminal" or output else ""
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise UserError(f"cannot write {output}: {exc.strerror}", hint="check the path and its permissions") from None
        click.echo(f"wrote {fmt} result to {output}", err=True)
    elif fmt == "terminal":
        from rich.console import Console

        claims_terminal(result, Console(soft_wrap=False))
    else:
        click.echo(text, nl=False)
    sys.exit(verify_exit_code(result))


@main.command(cls=_Command)
@click.argument("parts", nargs=-1, required=True, type=click.Path(dir_okay=False, exists=True))
@_format_options
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="breaking", show_default=True, help=FAIL_ON_HELP)
@click.option("--allow-incomplete", is_flag=True,
              help="Merge even when a shard is missing, given twice, of another collection or did not run its tests: "
                   "the report then says what is missing and its verdict is at best `unverified`.")
def merge(parts: tuple[str, ...], formats: tuple[str, ...], outputs: tuple[str, ...], verbose: bool, no_github: bool,
          fail_on: str, allow_incomplete: bool) -> None:
    """Combine the JSON reports of `check --shard K/N` runs into one report and one verdict.

    Every shard 1..N of one change (same base and head commits, same collected tests, same split) must be there
    exactly once, with its tests run; otherwise merge exits 2 naming what is missing (or, with
    --allow-incomplete, writes a report whose verdict is incomplete).
    """
    _pairs(formats, outputs)
    report = _load_reports(parts, what="merge", allow_incomplete=allow_incomplete)
    _emit(report, formats, outputs, verbose=verbose, github=_github(no_github))
    sys.exit(exit_code(report, fail_on))


def _read_report(path: str, hint: str) -> Report:
    """A report written by `check --format json`, validated (model.validate_report_json): exit 2 saying what is
    wrong for anything else (not JSON, JSON that is not a report, nesting too deep to read)."""
    import json

    from .model import report_from_json

    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"{path}: cannot read it ({getattr(exc, 'strerror', None) or exc})", hint=hint) from None
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise UserError(f"{path}: not JSON ({exc})", hint=hint) from None
    except RecursionError:
        raise UserError(f"{path}: not a changeproof JSON report (nested too deeply to read)", hint=hint) from None
    try:
        return report_from_json(data)
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        raise UserError(f"{path}: not a changeproof JSON report ({exc})", hint=hint) from None


def _load_reports(paths: tuple[str, ...], *, what: str, allow_incomplete: bool = False) -> Report:
    """The report of one JSON file, or the merged report of several (the shards of one change)."""

    from .testing.merge import merge_reports

    hint = f"{what} the files written by `check --format json -o ...` or `merge --format json`"
    reports = [_read_report(path, hint) for path in paths]
    if len(reports) == 1 and what != "merge":  # a merge checks even one part: is it every shard?
        return reports[0]
    try:
        return merge_reports(reports, list(paths), allow_incomplete=allow_incomplete)
    except ValueError as exc:
        raise UserError(str(exc), hint="merge every shard of one `check --shard K/N` run, each once (or pass "
                                       "--allow-incomplete for a report whose verdict says it is incomplete)") from None


@main.command("report", cls=_Command)
@click.argument("reports", nargs=-1, required=True, type=click.Path(dir_okay=False, exists=True))
@_format_options
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="never", show_default=True, help=FAIL_ON_HELP)
def report_command(reports: tuple[str, ...], formats: tuple[str, ...], outputs: tuple[str, ...], verbose: bool,
                   no_github: bool, fail_on: str) -> None:
    """Render saved JSON reports (REPORT.json from `check`, `api` or `merge`) in other formats, without running
    anything: `changeproof report r.json --format html -o r.html --format sarif -o r.sarif`. Several files are
    merged first, as `merge` does (the shards of one change)."""
    _pairs(formats, outputs)
    # rendering never refuses: parts that are not every shard once make the verdict say it is incomplete
    report = _load_reports(reports, what="render", allow_incomplete=True)
    _emit(report, formats, outputs, verbose=verbose, github=_github(no_github))
    sys.exit(exit_code(report, fail_on))


@main.group()
def cache() -> None:
    """Manage changeproof's caches."""


@cache.command("clear")
def cache_clear() -> None:
    """Remove every cached file summary and fact, and the tests' cache."""
    from .api.cache import cache_dir, clear

    n = clear()
    from .project.factcache import clear as clear_facts

    n += clear_facts()
    try:
        from .testing.cache import clear as clear_tests

        n += clear_tests() or 0
    except ImportError:  # pragma: no cover - the tests engine is part of the package
        pass
    click.echo(f"removed {n} cache file(s) from {cache_dir()}")


@main.command()
@click.argument("directory", required=False, type=click.Path(file_okay=False))
@click.option("--python", "python", type=click.Path(dir_okay=False, exists=True),
              help="Interpreter that runs the example's tests (needs pytest; default: this one).")
def demo(directory: str | None, python: str | None) -> None:
    """Run changeproof on its embedded example: two versions of a small websocket service."""
    from .demo import run_demo

    started = time.perf_counter()
    code = run_demo(Path(directory) if directory else None, python=python)
    click.echo(f"demo finished in {time.perf_counter() - started:.1f}s", err=True)
    sys.exit(code)


__all__ = ["main", "exit_code", "Revision"]
