"""The HTML report: one self-contained page (inline CSS and JS, no network) for CI artifacts and reviewers.

Verdict banner with coverage; a summary per check; the findings grouped by file (or by check), each with its old
and new code side by side, sortable and filterable by severity, kind and path; test outcomes with their failure
messages; pre-existing, acknowledged and could-not-analyse sections; changed files and facts; light and dark
themes; laid out to fit a 1280-pixel window without scrolling sideways.

Every piece of text that comes from the report is escaped (``_e``); the script reads it back only from the
DOM (data attributes and text), so no report text is ever placed inside the script.
"""

from __future__ import annotations

import json
import re
from html import escape
from typing import TYPE_CHECKING, Any

from ..model import SCHEMA, severity_rank
from . import counts_phrase, revision_label, seconds, semver_advice
from .view import (
    NO_FILE,
    check_counts,
    coverage_lines,
    group_by_file,
    label,
    shows_change,
    split,
    test_failures,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Finding, Report

MAX_FACT_VALUE = 400  # characters of a fact's JSON value shown in the facts table

_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

_STYLE = """
:root{color-scheme:light;--bg:#fff;--fg:#1d2125;--muted:#5c6670;--line:#d9dee3;--panel:#f6f8fa;--code:#eef1f4;
--breaking:#b42318;--breaking-bg:#fde7e6;--risk:#8a5a00;--risk-bg:#fff2cc;--info:#1f5f8b;--info-bg:#e3f0fa;
--safe:#17612a;--safe-bg:#e3f4e6;--unverified:#6b4e00;--unverified-bg:#fff4d6;--old-bg:#fff0ef;--new-bg:#eaf7ec;
--link:#0b5cad}
[data-theme=dark]{color-scheme:dark;--bg:#121518;--fg:#e4e8ec;--muted:#9aa5b1;--line:#333b44;--panel:#1b2026;--code:#232a31;
--breaking:#ff8a80;--breaking-bg:#3d1715;--risk:#ffcc66;--risk-bg:#3a2c07;--info:#8cc8f5;--info-bg:#112a3d;
--safe:#7ed69a;--safe-bg:#123020;--unverified:#ffd76e;--unverified-bg:#372c0c;--old-bg:#3a1d1c;--new-bg:#15301d;
--link:#8cc8f5}
@media (prefers-color-scheme:dark){[data-theme=auto]{color-scheme:dark;--bg:#121518;--fg:#e4e8ec;--muted:#9aa5b1;--line:#333b44;
--panel:#1b2026;--code:#232a31;--breaking:#ff8a80;--breaking-bg:#3d1715;--risk:#ffcc66;--risk-bg:#3a2c07;
--info:#8cc8f5;--info-bg:#112a3d;--safe:#7ed69a;--safe-bg:#123020;--unverified:#ffd76e;--unverified-bg:#372c0c;
--old-bg:#3a1d1c;--new-bg:#15301d;--link:#8cc8f5}}
*{box-sizing:border-box}
html{background:var(--bg);color:var(--fg)}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1240px;padding:12px 16px 40px;
overflow-wrap:anywhere}
a{color:var(--link)}
code,pre{font:12.5px/1.4 ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace}
code{background:var(--code);padding:1px 4px;border-radius:3px}
pre{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
h1{font-size:1.35em;margin:0}
h2{font-size:1.1em;margin:0;display:inline}
header.top{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:baseline;justify-content:space-between;margin-bottom:10px}
.range{color:var(--muted)}
.banner{border-radius:8px;padding:12px 16px;margin:8px 0 14px;border:1px solid var(--line);display:flex;gap:18px;
flex-wrap:wrap;align-items:flex-start}
.banner .word{font-size:1.6em;font-weight:700;text-transform:uppercase;letter-spacing:.03em;min-width:8ch}
.banner .detail{flex:1;min-width:300px}
.banner p{margin:2px 0}
.v-breaking{background:var(--breaking-bg);color:var(--breaking)}
.v-risky{background:var(--risk-bg);color:var(--risk)}
.v-safe{background:var(--safe-bg);color:var(--safe)}
.v-unverified{background:var(--unverified-bg);color:var(--unverified)}
.banner .detail{color:var(--fg)}
.coverage ul{margin:4px 0 0 0;padding-left:20px}
.chip{display:inline-block;border-radius:10px;padding:0 8px;margin-right:4px;font-size:.92em;border:1px solid var(--line);
background:var(--bg)}
.badge{display:inline-block;border-radius:4px;padding:0 6px;font-size:.85em;font-weight:600;min-width:7ch;text-align:center}
.s-breaking{background:var(--breaking-bg);color:var(--breaking)}
.s-risk{background:var(--risk-bg);color:var(--risk)}
.s-info{background:var(--info-bg);color:var(--info)}
.st-ran{color:var(--safe)}.st-failed{color:var(--breaking)}.st-skipped{color:var(--risk)}.st-not-applicable{color:var(--muted)}
details.section{border:1px solid var(--line);border-radius:8px;margin:12px 0;background:var(--bg)}
details.section>summary{padding:8px 12px;cursor:pointer;background:var(--panel);border-radius:8px}
details.section[open]>summary{border-bottom:1px solid var(--line);border-radius:8px 8px 0 0}
details.section>.body{padding:8px 12px}
.muted{color:var(--muted)}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:var(--panel);font-weight:600}
table.sortable th{cursor:pointer;user-select:none}
table.sortable th[aria-sort=ascending]::after{content:" \\25B2"}
table.sortable th[aria-sort=descending]::after{content:" \\25BC"}
.toolbar{display:flex;flex-wrap:wrap;gap:6px 14px;align-items:center;padding:8px 10px;background:var(--panel);
border:1px solid var(--line);border-radius:8px;margin:8px 0;position:sticky;top:0;z-index:2}
.toolbar label{white-space:nowrap}
.toolbar input[type=search]{width:220px;max-width:100%}
.toolbar select,.toolbar input,.toolbar button{font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--line);
border-radius:4px;padding:2px 6px}
.toolbar input[type=checkbox]{padding:0}
details.group{border:1px solid var(--line);border-radius:6px;margin:8px 0;content-visibility:auto;contain-intrinsic-size:auto 400px}
details.group>summary{padding:6px 10px;cursor:pointer;background:var(--panel);border-radius:6px}
.gname{font-weight:600}
.finding{padding:8px 10px;border-top:1px solid var(--line)}
.fhead{display:flex;flex-wrap:wrap;gap:4px 10px;align-items:baseline}
.fhead .name{font-weight:600}
.fhead .loc{color:var(--muted);margin-left:auto}
.msg{margin:4px 0}
.diff{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:8px;margin-top:4px}
.diff>div{border:1px solid var(--line);border-radius:4px;min-width:0}
.diff .side{font-size:.8em;color:var(--muted);padding:1px 6px;border-bottom:1px solid var(--line)}
.diff pre{padding:4px 6px}
.diff .same{grid-column:1/-1}
.diff .old pre{background:var(--old-bg)}.diff .new pre{background:var(--new-bg)}
.diff .absent pre{color:var(--muted);font-style:italic;background:transparent}
.ack{margin:4px 0;color:var(--muted)}
[hidden]{display:none!important}
footer{margin-top:24px;color:var(--muted);font-size:.9em}
"""

_SCRIPT = r"""
(function () {
  "use strict";
  var root = document.documentElement;
  var themeSel = document.getElementById("theme");
  function setTheme(t) { root.setAttribute("data-theme", t); try { localStorage.setItem("changeproof-theme", t); } catch (e) {} }
  try { var saved = localStorage.getItem("changeproof-theme"); if (saved) { root.setAttribute("data-theme", saved); } } catch (e) {}
  if (themeSel) { themeSel.value = root.getAttribute("data-theme"); themeSel.addEventListener("change", function () { setTheme(themeSel.value); }); }

  var groupsBox = document.getElementById("groups");
  if (groupsBox) {
    var items = Array.prototype.slice.call(groupsBox.querySelectorAll("article.finding"));
    var groupSel = document.getElementById("group-by"), sortSel = document.getElementById("sort-by");
    var kindSel = document.getElementById("kind"), pathBox = document.getElementById("path");
    var sevBoxes = Array.prototype.slice.call(document.querySelectorAll("input.sev"));
    var shown = document.getElementById("shown"), none = document.getElementById("none-shown");
    var cmp = {
      severity: function (a, b) { return b.dataset.rank - a.dataset.rank || a.dataset.path.localeCompare(b.dataset.path) || a.dataset.line - b.dataset.line; },
      path: function (a, b) { return a.dataset.path.localeCompare(b.dataset.path) || a.dataset.line - b.dataset.line; },
      kind: function (a, b) { return a.dataset.kind.localeCompare(b.dataset.kind) || a.dataset.path.localeCompare(b.dataset.path) || a.dataset.line - b.dataset.line; }
    };
    function regroup() {
      var by = groupSel.value, order = sortSel.value, groups = {}, keys = [];
      items.forEach(function (it) {
        var key = by === "check" ? it.dataset.checkTitle : it.dataset.path;
        if (!groups[key]) { groups[key] = []; keys.push(key); }
        groups[key].push(it);
      });
      keys.forEach(function (k) { groups[k].sort(cmp[order]); });
      keys.sort(function (a, b) {
        if (order === "severity") { var d = groups[b][0].dataset.rank - groups[a][0].dataset.rank; if (d) { return d; } }
        if (order === "kind") { var c = groups[a][0].dataset.kind.localeCompare(groups[b][0].dataset.kind); if (c) { return c; } }
        return a.localeCompare(b);
      });
      var frag = document.createDocumentFragment();
      keys.forEach(function (k) {
        var d = document.createElement("details"); d.className = "group"; d.open = true;
        var s = document.createElement("summary"), n = document.createElement("span"), c = document.createElement("span");
        n.className = "gname"; n.textContent = k; c.className = "gcount muted";
        s.appendChild(n); s.appendChild(document.createTextNode(" ")); s.appendChild(c); d.appendChild(s);
        groups[k].forEach(function (it) { d.appendChild(it); });
        frag.appendChild(d);
      });
      groupsBox.textContent = "";
      groupsBox.appendChild(frag);
      filter();
    }
    function filter() {
      var sevs = {}, kind = kindSel.value, q = pathBox.value.trim().toLowerCase(), visible = 0;
      sevBoxes.forEach(function (b) { sevs[b.value] = b.checked; });
      items.forEach(function (it) {
        var ok = sevs[it.dataset.sev] && (!kind || it.dataset.kind === kind) &&
          (!q || it.dataset.path.toLowerCase().indexOf(q) >= 0 || it.dataset.name.toLowerCase().indexOf(q) >= 0);
        it.hidden = !ok; if (ok) { visible++; }
      });
      Array.prototype.forEach.call(groupsBox.querySelectorAll("details.group"), function (g) {
        var counts = {}, n = 0;
        Array.prototype.forEach.call(g.querySelectorAll("article.finding"), function (it) {
          if (!it.hidden) { n++; counts[it.dataset.sev] = (counts[it.dataset.sev] || 0) + 1; }
        });
        g.hidden = n === 0;
        var c = g.querySelector(".gcount");
        if (c) { c.textContent = ["breaking", "risk", "info"].filter(function (s) { return counts[s]; }).map(function (s) { return counts[s] + " " + s; }).join(", "); }
      });
      shown.textContent = visible + " of " + items.length + " shown";
      none.hidden = visible !== 0 || items.length === 0;
    }
    groupSel.addEventListener("change", regroup);
    sortSel.addEventListener("change", regroup);
    kindSel.addEventListener("change", filter);
    pathBox.addEventListener("input", filter);
    sevBoxes.forEach(function (b) { b.addEventListener("change", filter); });
    filter();
  }
  // every section and group but the findings section itself, which holds these buttons
  function setAll(open) { Array.prototype.forEach.call(document.querySelectorAll("details:not(#findings-section)"), function (d) { d.open = open; }); }
  var ex = document.getElementById("expand"), co = document.getElementById("collapse");
  if (ex) { ex.addEventListener("click", function () { setAll(true); }); }
  if (co) { co.addEventListener("click", function () { setAll(false); }); }

  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var ths = table.querySelectorAll("th");
    Array.prototype.forEach.call(ths, function (th, col) {
      th.addEventListener("click", function () {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(ths, function (o) { o.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[col].getAttribute("data-v") || a.cells[col].textContent;
          var y = b.cells[col].getAttribute("data-v") || b.cells[col].textContent;
          var nx = parseFloat(x), ny = parseFloat(y);
          var r = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
          return asc ? r : -r;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
})();
"""


def _e(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


_CODE_SPAN = re.compile(r"`([^`\n]+)`")


def _text(value: str | None) -> str:
    """Escaped text whose `code spans` (as checks write them in messages) are shown as code."""
    if not value:
        return ""
    out, pos = [], 0
    for m in _CODE_SPAN.finditer(value):
        out.append(_e(value[pos:m.start()]))
        out.append(f"<code>{_e(m.group(1))}</code>")
        pos = m.end()
    out.append(_e(value[pos:]))
    return "".join(out)


def _code(value: str | None) -> str:
    return f"<code>{_e(value)}</code>" if value else ""


def _side(title: str, text: str | None, css: str) -> str:
    if text is None:
        return f"<div class='{css} absent'><div class=side>{title}</div><pre>(none)</pre></div>"
    return f"<div class={css}><div class=side>{title}</div><pre>{_e(text)}</pre></div>"


def _finding(f: Finding, check_titles: dict[str, str]) -> str:
    where = f"{f.path}:{f.line}" if f.path and f.line else (f.path or "")
    full = label(f, full=True)
    name = label(f)
    diff = ""
    if shows_change(f):
        diff = f"<div class=diff>{_side('old (base)', f.old, 'old')}{_side('new (head)', f.new, 'new')}</div>"
    elif f.old is not None or f.new is not None:
        diff = f"<div class=diff>{_side('the same at base and head', f.new if f.new is not None else f.old, 'same')}</div>"
    ack = f"<p class=ack>Acknowledged: {_e(f.acknowledged)}</p>" if f.acknowledged else ""
    return (f"<article class=finding data-sev='{_e(f.severity)}' data-rank='{severity_rank(f.severity)}' "
            f"data-kind='{_e(f.kind)}' data-path='{_e(f.path or NO_FILE)}' data-line='{f.line or 0}' "
            f"data-name='{_e(full)}' data-check='{_e(f.category)}' "
            f"data-check-title='{_e(check_titles.get(f.category, f.category))}'>"
            f"<div class=fhead><span class='badge s-{_e(f.severity)}'>{_e(f.severity)}</span> <code class=kind>{_e(f.kind)}</code>"
            + (f" <span class=name title='{_e(full)}'>{_e(name)}</span>" if name else "")
            + (f" <span class=loc>{_e(where)}</span>" if where else "")
            + f"</div><p class=msg>{_text(f.message)}</p>{diff}{ack}</article>")


def _groups(findings: list[Finding], check_titles: dict[str, str]) -> str:
    out = []
    for path, group in group_by_file(findings):
        counts: dict[str, int] = {}
        for f in group:
            counts[f.severity] = counts.get(f.severity, 0) + 1
        count = ", ".join(f"{counts[s]} {s}" for s in ("breaking", "risk", "info") if s in counts)
        out.append(f"<details class=group open><summary><span class=gname>{_e(path)}</span> "
                   f"<span class='gcount muted'>{_e(count)}</span></summary>"
                   + "".join(_finding(f, check_titles) for f in group) + "</details>")
    return "".join(out)


def _section(ident: str, title: str, body: str, *, open_: bool = True) -> str:
    return (f"<details class=section id={ident}{' open' if open_ else ''}><summary><h2>{title}</h2></summary>"
            f"<div class=body>{body}</div></details>")


def _banner(report: Report) -> str:
    verdict = report.verdict
    c = report.counts()
    chips = "".join(f"<span class='chip s-{s}'>{c[s]} {s}</span>" for s in ("breaking", "risk", "info"))
    chips += f"<span class=chip>{c['acknowledged']} acknowledged</span>"
    if c["preexisting"]:
        chips += f"<span class=chip>{c['preexisting']} already at base</span>"
    if report.problems:
        chips += f"<span class=chip><a href='#problems'>{len(report.problems)} could not be analysed</a></span>"
    cov = report.coverage
    lines = coverage_lines(report)
    status = "complete" if cov["complete"] else "incomplete: the verdict does not rest on everything the change needs"
    items = "".join(f"<li>{_e(line)}</li>" for line in lines)
    if cov.get("not_applicable"):
        items += f"<li class=muted>nothing to check: {_e(', '.join(cov['not_applicable']))}</li>"
    if report.checks is not None and cov.get("not_run"):
        items += f"<li>not run: {_e(', '.join(cov['not_run']))}</li>"
    coverage = f"<div class=coverage><b>Coverage: {_e(status)}</b>{f'<ul>{items}</ul>' if items else ''}</div>"
    return (f"<section class='banner v-{_e(verdict)}' id=verdict><div class=word>{_e(verdict)}</div>"
            f"<div class=detail><p><b>Verdict: {_e(verdict)}</b> &mdash; {_e(semver_advice(report))}</p>"
            f"<p>{chips}</p>{coverage}</div></section>")


def _checks(report: Report, findings: list[Finding]) -> str:
    counts = check_counts(findings)
    rows = []
    for r in report.checks or []:
        n = counts.get(r.name, {})
        rows.append(f"<tr><td>{_e(r.title)}{' <span class=muted>(runs project code)</span>' if r.runs_code else ''}</td>"
                    f"<td class=st-{_e(r.status)}>{_e(r.status)}</td><td data-v='{r.duration:.6f}'>{_e(seconds(r.duration))}</td>"
                    + "".join(f"<td>{n.get(s, 0)}</td>" for s in ("breaking", "risk", "info"))
                    + f"<td>{_e(r.summary)}</td></tr>")
    table = ("<table class=sortable><colgroup><col style='width:17%'><col style='width:10%'><col style='width:7%'>"
             "<col style='width:7%'><col style='width:6%'><col style='width:6%'><col></colgroup>"
             "<thead><tr><th>check</th><th>status</th><th>time</th><th>breaking</th><th>risk</th><th>info</th>"
             f"<th>result</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")
    return _section("checks", f"Checks ({len(report.checks or [])})", table)


def _tests(report: Report) -> str:
    t = report.tests
    run = next((c for c in report.checks or [] if c.name == "tests"), None)
    if t is None:
        why = run.summary if run is not None and run.status != "ran" else "the project's tests were not run (pass --tests)"
        return _section("tests", "Tests", f"<p><b>Not checked:</b> {_e(why)}; nothing here vouches for behaviour.</p>")
    h = t.get("head") or {}
    keys = ("collected", "passed", "failed", "errors", "skipped", "xfailed", "xpassed")
    table = ("<table><thead><tr>" + "".join(f"<th>{k}</th>" for k in keys) + "</tr></thead><tbody><tr>"
             + "".join(f"<td>{_e(h.get(k, 0))}</td>" for k in keys) + "</tr></tbody></table>")
    rows = []
    for title, node, d in test_failures(t):
        where = f"{d['path']}:{d['line']}" if d.get("path") and d.get("line") else ""
        msg = f"<pre>{_e(d['message'])}</pre>" if d.get("message") else ""
        rows.append(f"<tr><td>{_e(title)}</td><td><code>{_e(node)}</code><div class=muted>{_e(where)}</div></td>"
                    f"<td>{_e(d.get('base_outcome') or '')}</td><td>{msg}</td></tr>")
    outcomes = ""
    if rows:
        outcomes = ("<table class=sortable><colgroup><col style='width:13%'><col style='width:32%'><col style='width:9%'><col>"
                    "</colgroup><thead><tr><th>outcome</th><th>test</th><th>at base</th><th>failure</th></tr></thead>"
                    f"<tbody>{''.join(rows)}</tbody></table>")
    unknown = [k for k in ("fixed", "skipped_now") if t.get(k) is None]
    note = (f"<p class=muted>Unknown: {_e(', '.join(k.replace('_', ' ') for k in unknown))} "
            "(run with --base-tests all to find out).</p>") if unknown else ""
    return _section("tests", "Tests", f"<p>{_e(t.get('summary') or '')}</p>{table}{outcomes}{note}")


def _changes(report: Report) -> str:
    changes = report.changes or []
    rows = "".join(
        f"<tr><td>{_e(ch.status)}</td><td>{_e(ch.category)}</td>"
        f"<td><code>{_e(ch.path if not ch.old_path else ch.old_path + ' -> ' + ch.path)}</code></td>"
        f"<td data-v='{(ch.added or 0) + (ch.removed or 0)}'>{'binary' if ch.added is None else _e(f'+{ch.added} -{ch.removed}')}</td></tr>"
        for ch in changes)
    body = ("<table class=sortable><colgroup><col style='width:10%'><col style='width:12%'><col><col style='width:10%'>"
            f"</colgroup><thead><tr><th>status</th><th>category</th><th>path</th><th>lines</th></tr></thead><tbody>{rows}</tbody></table>"
            if changes else "<p>No files changed.</p>")
    return _section("changes", f"Changed files ({len(changes)})", body, open_=False)


def _facts(report: Report) -> str:
    rows = []
    for fact in report.facts or []:
        value = json.dumps(fact.value, ensure_ascii=False, sort_keys=True)
        if len(value) > MAX_FACT_VALUE:
            value = value[: MAX_FACT_VALUE - 1] + "\u2026"
        rows.append(f"<tr><td>{_e(fact.check)}</td><td><code>{_e(fact.name)}</code></td><td>{_e(fact.subject or '')}</td>"
                    f"<td><code>{_e(value)}</code></td><td class=muted>{_e(fact.detail or '')}</td></tr>")
    body = ("<p class=muted>What each check measured: a finding is a judgement, a fact is what was counted.</p>"
            "<table class=sortable><colgroup><col style='width:12%'><col style='width:16%'><col style='width:14%'><col>"
            "<col style='width:24%'></colgroup><thead><tr><th>check</th><th>fact</th><th>subject</th><th>value</th>"
            f"<th>meaning</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")
    return _section("facts", f"Facts ({len(rows)})", body, open_=False)


def _toolbar(findings: list[Finding]) -> str:
    sev = {s: sum(1 for f in findings if f.severity == s) for s in ("breaking", "risk", "info")}
    kinds = sorted({f.kind for f in findings})
    boxes = "".join(f"<label><input type=checkbox class=sev value={s} checked> {s} ({sev[s]})</label>" for s in sev)
    options = "".join(f"<option value='{_e(k)}'>{_e(k)}</option>" for k in kinds)
    return ("<div class=toolbar role=toolbar aria-label='Filter and sort the findings'>"
            "<label>Group by <select id=group-by><option value=file>file</option><option value=check>check</option></select></label>"
            "<label>Sort <select id=sort-by><option value=severity>severity</option><option value=path>path</option>"
            "<option value=kind>kind</option></select></label>"
            f"<span>{boxes}</span>"
            f"<label>Kind <select id=kind><option value=''>all kinds</option>{options}</select></label>"
            "<label>Path <input id=path type=search placeholder='path or name contains'></label>"
            "<button type=button id=expand>Expand all</button><button type=button id=collapse>Collapse all</button>"
            "<span id=shown class=muted></span></div>")


def _static_findings(findings: list[Finding], check_titles: dict[str, str]) -> str:
    return "<div>" + _groups(findings, check_titles) + "</div>"


def render_html(report: Report) -> str:
    parts = split(report)
    titles = {c.name: c.title for c in report.checks or []}
    base, head = revision_label(report.base), revision_label(report.head)
    out = [
        "<!doctype html><html lang=en data-theme=auto><head><meta charset=utf-8>",
        "<meta name=viewport content='width=device-width,initial-scale=1'>",
        f"<meta http-equiv=Content-Security-Policy content=\"{_CSP}\">",
        f"<title>changeproof: {_e(base)} &rarr; {_e(head)}: {_e(report.verdict)}</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<header class=top><div><h1>Stability report</h1><span class=range>{_code(base)} &rarr; {_code(head)}</span></div>"
        "<label>Theme <select id=theme><option value=auto>auto</option><option value=light>light</option>"
        "<option value=dark>dark</option></select></label></header>",
        _banner(report),
    ]
    findings_body = (_toolbar(parts.active) + f"<div id=groups>{_groups(parts.active, titles)}</div>"
                     "<p id=none-shown hidden>No finding matches the filters.</p>") if parts.active else (
        "<p>No findings in the analysed files.</p>" if not report.findings else
        "<p>No finding is held against the change (every one is pre-existing or acknowledged).</p>")
    out.append(f"<section id=findings><details class=section id=findings-section open><summary><h2>Findings the change introduced "
               f"({len(parts.active)})</h2> <span class=muted>{_e(counts_phrase(report))}</span></summary>"
               f"<div class=body>{findings_body}</div></details></section>")
    if report.checks is not None:
        out.append(_tests(report))
        out.append(_checks(report, parts.active))
    if parts.preexisting:
        out.append(_section("preexisting", f"Already there at base ({len(parts.preexisting)})",
                            "<p class=muted>Present before the change too: listed for completeness, not held against it.</p>"
                            + _static_findings(parts.preexisting, titles), open_=False))
    if parts.acknowledged:
        out.append(_section("acknowledged", f"Acknowledged ({len(parts.acknowledged)})",
                            "<p class=muted>These match an ignore entry in <code>[tool.changeproof]</code>; they do not "
                            "count towards the verdict.</p>" + _static_findings(parts.acknowledged, titles), open_=False))
    if report.problems:
        rows = "".join(f"<tr><td><code>{_e(p.path)}</code></td><td>{_e(p.side or '')}</td><td>{_e(p.message)}</td></tr>"
                       for p in report.problems)
        out.append(_section("problems", f"Could not analyse ({len(report.problems)})",
                            "<p>These inputs were not analysed, so the verdict cannot vouch for them.</p>"
                            "<table class=sortable><colgroup><col style='width:30%'><col style='width:8%'><col></colgroup>"
                            f"<thead><tr><th>path</th><th>side</th><th>problem</th></tr></thead><tbody>{rows}</tbody></table>"))
    if report.changes is not None:
        out.append(_changes(report))
    if report.facts:
        out.append(_facts(report))
    from .. import __version__

    out.append(f"<footer>changeproof {_e(report.tool_version or __version__)} &middot; report format "
               f"<code>{_e(SCHEMA)}</code> &middot; base {_code(base)} &middot; head {_code(head)}</footer>")
    out.append(f"<script>{_SCRIPT}</script></body></html>\n")
    return "\n".join(out)
