"""The HTML report in a real headless browser (Chromium over the DevTools protocol): it loads without console
errors, fits a 1280-pixel window, its filters, grouping and theme work, and hostile text never runs.

Screenshots go to a `report-screenshots` directory under pytest's temporary directory (its path is printed).
Chromium is required on CI (.ci/run installs it); elsewhere the test is skipped when there is none.
"""

from __future__ import annotations

import json
import os

import pytest
from helpers import reports
from helpers.browser import Browser, find_chromium

from changeproof.report import render

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    exe = find_chromium()
    if exe is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("no chromium on CI: .ci/run installs Debian's chromium")
        pytest.skip("no chromium found (apt-get install chromium, or set CHANGEPROOF_CHROMIUM)")
    with Browser(exe, tmp_path_factory.mktemp("chromium-profile")) as b:
        yield b


@pytest.fixture(scope="module")
def shots(tmp_path_factory, request):
    path = tmp_path_factory.mktemp("report-screenshots", numbered=False)
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line(f"\nHTML report screenshots: {path}")
    return path


def open_report(browser, tmp_path, report, name):
    page = tmp_path / f"{name}.html"
    page.write_text(render(report, "html"), encoding="utf-8")
    browser.dark(False)
    browser.open(page.as_uri())
    browser.eval("localStorage.clear()")  # a theme chosen in an earlier test is not this one's
    browser.errors.clear()
    browser.open(page.as_uri())
    return page


def shown(browser) -> int:
    return browser.eval("document.querySelectorAll('#groups article.finding:not([hidden])').length")


def overflow(browser) -> int:
    """How many pixels the page is wider than the window (0: no sideways scrolling)."""
    return browser.eval("document.documentElement.scrollWidth - window.innerWidth")


def test_demo_report_loads_fits_and_filters(browser, shots, tmp_path):
    report = reports.load("demo-risky")
    active = report.active_findings
    open_report(browser, tmp_path, report, "demo-risky")
    assert browser.errors == []
    assert browser.eval("window.innerWidth") == 1280
    assert overflow(browser) == 0
    assert shown(browser) == len(active)
    assert browser.eval("document.getElementById('shown').textContent") == f"{len(active)} of {len(active)} shown"
    browser.screenshot(shots / "demo-risky-top.png")
    browser.screenshot(shots / "demo-risky-full.png", full_page=True)

    # a real click on the "breaking" checkbox hides the breaking findings
    browser.click("input.sev[value=breaking]")
    assert shown(browser) == sum(1 for f in active if f.severity != "breaking")
    browser.eval("document.getElementById('findings').scrollIntoView()")
    browser.screenshot(shots / "demo-risky-no-breaking.png")
    browser.click("input.sev[value=breaking]")
    assert shown(browser) == len(active)

    # the kind filter
    kind = "call-site-broken"
    browser.eval(f"var s=document.getElementById('kind');s.value={json.dumps(kind)};s.dispatchEvent(new Event('change'))")
    assert shown(browser) == sum(1 for f in active if f.kind == kind)
    browser.eval("var s=document.getElementById('kind');s.value='';s.dispatchEvent(new Event('change'))")

    # the path filter, typed
    browser.type_text("#path", "routes")
    assert shown(browser) == sum(1 for f in active if "routes" in (f.path or "") or "routes" in (f.object or ""))
    assert browser.eval("Array.from(document.querySelectorAll('#groups details.group:not([hidden]) .gname')).map(e=>e.textContent)") \
        == ["netra_backend/app/routes.py"]
    browser.eval("var p=document.getElementById('path');p.value='';p.dispatchEvent(new Event('input'))")
    assert shown(browser) == len(active)

    # group by check: one group per check title, in the report's check order
    browser.eval("var s=document.getElementById('group-by');s.value='check';s.dispatchEvent(new Event('change'))")
    groups = browser.eval("Array.from(document.querySelectorAll('#groups .gname')).map(e=>e.textContent)")
    titles = {c.name: c.title for c in report.checks}
    assert sorted(groups) == sorted({titles[f.category] for f in active})
    assert shown(browser) == len(active)
    assert overflow(browser) == 0
    browser.eval("document.getElementById('findings').scrollIntoView()")
    browser.screenshot(shots / "demo-risky-by-check.png")

    # sort by path: groups by file in path order
    browser.eval("var s=document.getElementById('group-by');s.value='file';s.dispatchEvent(new Event('change'))")
    browser.eval("var s=document.getElementById('sort-by');s.value='path';s.dispatchEvent(new Event('change'))")
    groups = browser.eval("Array.from(document.querySelectorAll('#groups .gname')).map(e=>e.textContent)")
    assert groups == sorted(groups)

    # collapse all, expand all
    browser.click("#collapse")
    assert browser.eval("document.querySelectorAll('details[open]:not(#findings-section)').length") == 0
    browser.click("#expand")
    assert browser.eval("document.querySelectorAll('details:not([open])').length") == 0
    assert overflow(browser) == 0

    # the dark theme, chosen in the page
    browser.eval("var s=document.getElementById('theme');s.value='dark';s.dispatchEvent(new Event('change'))")
    bg = browser.eval("getComputedStyle(document.documentElement).backgroundColor")
    assert bg == "rgb(18, 21, 24)"
    browser.eval("window.scrollTo(0,0)")
    browser.screenshot(shots / "demo-risky-dark.png")
    assert browser.errors == []


def test_sortable_table(browser, tmp_path):
    report = reports.load("demo-risky")
    open_report(browser, tmp_path, report, "sort")
    assert browser.eval("document.getElementById('checks').open")
    browser.click("#checks th:nth-child(3)")  # time
    times = browser.eval("Array.from(document.querySelectorAll('#checks tbody tr td:nth-child(3)')).map(td=>+td.dataset.v)")
    assert times == sorted(times)
    browser.click("#checks th:nth-child(3)")
    times = browser.eval("Array.from(document.querySelectorAll('#checks tbody tr td:nth-child(3)')).map(td=>+td.dataset.v)")
    assert times == sorted(times, reverse=True)


@pytest.mark.parametrize("name", ["empty", "demo-additive"])
def test_other_reports_load_and_fit(browser, shots, tmp_path, name):
    report = reports.empty() if name == "empty" else reports.load(name)
    open_report(browser, tmp_path, report, name)
    assert browser.errors == []
    assert overflow(browser) == 0
    browser.screenshot(shots / f"{name}.png")
    browser.dark(True)  # the system's dark preference, with the theme left on auto
    assert browser.eval("getComputedStyle(document.documentElement).backgroundColor") == "rgb(18, 21, 24)"
    browser.screenshot(shots / f"{name}-dark.png")


def test_hostile_report_runs_nothing_and_fits(browser, shots, tmp_path):
    open_report(browser, tmp_path, reports.hostile(), "hostile")
    assert browser.errors == []
    assert browser.eval("typeof window.pwned") == "undefined"
    assert browser.eval("document.querySelectorAll('img').length") == 0
    assert overflow(browser) == 0  # a 400-character name wraps instead of widening the page
    browser.click("#expand")
    assert overflow(browser) == 0
    browser.eval("document.querySelectorAll('article.finding')[0].dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))")
    assert browser.eval("typeof window.pwned") == "undefined"
    browser.screenshot(shots / "hostile.png", full_page=True)
