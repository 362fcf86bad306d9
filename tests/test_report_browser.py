"""The HTML report in headless Chromium: no requests, no errors, filters work and are fast.

Needs Debian's ``chromium`` at /usr/bin/chromium and the ``playwright`` Python package
(never ``playwright install``: the browser comes from apt). Without them the tests skip,
saying why, except under CI (``CI`` set to 1/true), where a missing browser is a failure.
"""

from __future__ import annotations

import os
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_report_html import SCRIPT_NOTE, report_run

from factcheck import (
    Corpus,
    Finding,
    Involved,
    Location,
    Source,
    Status,
    check,
    load,
    parse_period,
)
from factcheck._cli import main
from factcheck._report_html import render_html

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SYNTHETIC = 10_000


def _missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install playwright)"
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (apt-get install -y chromium)"
    return None


def _require_browser() -> None:
    """Skip when the browser is missing, or fail under CI, where it must be installed."""
    reason = _missing()
    if reason is not None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"browser test cannot run under CI: {reason}")
        pytest.skip(f"browser test skipped: {reason}")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    _require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.mark.parametrize(("ci", "outcome"), [
    ("1", pytest.fail.Exception), ("true", pytest.fail.Exception),
    ("", pytest.skip.Exception), ("0", pytest.skip.Exception),
])
def test_missing_browser_skips_locally_and_fails_under_ci(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, ci: str,
        outcome: type[BaseException]) -> None:
    monkeypatch.setattr(sys.modules[__name__], "CHROMIUM", tmp_path / "no-chromium")
    monkeypatch.setenv("CI", ci)
    reason = (r"no-chromium is missing \(apt-get install -y chromium\)"
              r"|the playwright package is not installed")
    with pytest.raises(outcome, match=reason):
        _require_browser()


class Page:
    """A page opened on a report file, recording everything that should not happen."""

    def __init__(self, browser: Any, path: Path, width: int = 1200) -> None:
        self.url = path.resolve().as_uri()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": width, "height": 900})
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        self.page.route("**/*", self._route)
        self.page.goto(self.url)

    def _route(self, route: Any) -> None:
        if route.request.url == self.url:
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def visible(self, selector: str = ".finding") -> int:
        count: int = self.page.evaluate(
            "s => Array.from(document.querySelectorAll(s))"
            ".filter(e => e.checkVisibility()).length", selector)
        return count

    def select(self, name: str, label: str) -> float:
        """Pick ``label`` in a filter; return the milliseconds until layout is done."""
        elapsed: float = self.page.evaluate(
            """([name, label]) => {
                const select = document.querySelector(`select[name=${name}]`);
                const option = Array.from(select.options).find(o => o.text === label);
                const start = performance.now();
                select.value = option.value;
                select.dispatchEvent(new Event("change", {bubbles: true}));
                document.getElementById("findings").getBoundingClientRect();
                return performance.now() - start;
            }""", [name, label])
        return elapsed


def test_small_report_in_the_browser(browser: Any, tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    report.write_text(render_html(*report_run(tmp_path)), encoding="utf-8")
    view = Page(browser, report)
    page = view.page

    conflicts = page.locator("#sec-conflict .finding")
    assert conflicts.count() == 2
    assert all(conflicts.nth(i).is_visible() for i in range(2))
    assert page.locator("#filters").is_visible()  # the script ran and showed the filters
    assert page.locator("figure.chart svg").is_visible()
    assert view.visible() == 2  # the consistent finding is collapsed in <details>

    note = page.locator("ul.notes li")
    assert note.inner_text() == f"firms.2021: {SCRIPT_NOTE}"
    assert note.is_visible()
    # the filter script and those that show the filters and close the consistent section
    # as the page loads
    assert page.locator("script").count() == 3
    # the status line says what is shown from the start, not only after a first filter
    assert page.get_by_role("status").text_content() == "Showing all 3 findings."

    view.select("status", "consistent")
    assert view.visible() == 1
    # a screen reader hears what a filter did: a live region says how many are shown
    assert page.get_by_role("status").text_content() == "Showing 1 of 3 findings."
    assert page.locator("#sec-consistent").get_attribute("open") == ""
    assert not page.locator("#sec-conflict").is_visible()  # no heading over nothing
    assert page.locator("#sec-consistent h2").text_content() == "Consistent (1 of 1)"
    view.select("status", "conflict")
    view.select("kind", "series")
    assert view.visible() == 1
    # text_content, not inner_text: content-visibility may skip rendering off-screen rows
    assert page.locator(".finding:visible h3 code").text_content() == "series[park.firms]"
    assert page.locator("#sec-conflict h2").text_content() == "Conflicts (1 of 2)"
    assert not page.locator("#none").is_visible()
    view.select("status", "consistent")  # consistent and series: nothing
    assert view.visible() == 0
    assert page.locator("#none").is_visible()
    assert page.get_by_role("status").text_content() == "Showing 0 of 3 findings."
    assert view.visible("main h2") == 0
    view.select("status", "all")
    view.select("kind", "all")
    assert view.visible() == 2  # as the page opened: the reassuring part collapsed again
    assert page.locator("#sec-conflict h2").text_content() == "Conflicts (2)"
    assert page.locator("#sec-consistent").get_attribute("open") is None
    assert not page.locator("#none").is_visible()
    assert page.get_by_role("status").text_content() == "Showing all 3 findings."
    # a section the reader opened by hand is open again once the filters are cleared
    page.locator("#sec-consistent summary").click()
    assert view.visible() == 3
    view.select("kind", "series")
    view.select("kind", "all")
    assert page.locator("#sec-consistent").get_attribute("open") == ""
    assert view.visible() == 3
    page.locator("#sec-consistent summary").click()
    assert view.visible() == 2
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert view.visible() == 3 and not page.locator("#filters").is_visible()
    # a section's heading is not left alone at the foot of a page, its findings overleaf
    assert page.evaluate("""() => ["#sec-conflict > h2", "#sec-consistent > summary"].map(
        s => getComputedStyle(document.querySelector(s)).breakAfter)""") == ["avoid", "avoid"]
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    page.emulate_media(media="screen")
    assert view.visible() == 2

    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), full_page=True)
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 1000

    assert view.dialogs == []
    assert view.errors == []
    assert view.blocked == []
    assert view.requests == [view.url]
    page.close()


def test_a_report_of_one_finding_says_finding_once(browser: Any, tmp_path: Path) -> None:
    # the status line said "Showing all 1 findings." and, filtered, "Showing 1 of 1 findings."
    corpus, findings = report_run(tmp_path)
    conflict = next(f for f in findings if f.status.value == "conflict")
    report = tmp_path / "one.html"
    report.write_text(render_html(corpus, [conflict]), encoding="utf-8")
    view = Page(browser, report)
    status = view.page.get_by_role("status")
    assert status.text_content() == "Showing the 1 finding."
    view.select("status", "conflict")
    assert status.text_content() == "Showing 1 of 1 finding."
    view.select("status", "all")
    assert status.text_content() == "Showing the 1 finding."
    assert view.errors == [] and view.blocked == []


def test_bundled_claims_report_loads_cleanly(browser: Any, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    report = tmp_path / "claims.html"
    assert main(["report", "claims/", "-o", str(report)]) == 0
    view = Page(browser, report)
    total = view.page.locator(".finding").count()
    assert total == len(check(load("claims/")))
    assert view.page.locator("#sec-conflict, #sec-stale, #sec-discrepancy").count() >= 1
    view.select("kind", "series")
    assert view.visible() == view.page.locator('.finding[data-kind="series"]').count() > 0
    assert view.errors == []
    assert view.blocked == []
    assert view.requests == [view.url]
    view.page.close()


def test_tables_are_named_and_their_cells_headed(browser: Any, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A screen reader lists the tables by name and reads each cell with its headers: the
    summary's counts with their status (a row header), a claim's cells with their column."""
    monkeypatch.chdir(ROOT)
    report = tmp_path / "claims.html"
    assert main(["report", "claims/", "-o", str(report)]) == 0
    view = Page(browser, report)
    page = view.page
    summary = page.get_by_role("table", name="Findings by status")
    assert summary.count() == 1
    assert [summary.get_by_role("rowheader").nth(i).text_content() for i in range(5)] == [
        "conflict", "stale", "discrepancy", "not-checkable", "consistent"]
    assert summary.get_by_role("columnheader").count() == 3
    findings = page.locator(".finding")
    ids = [findings.nth(i).locator("h3 code").text_content() for i in range(findings.count())
           if findings.nth(i).locator("table").count()]
    named = [page.get_by_role("table", name=f"Claims of {id_}", exact=True,
                              include_hidden=True).count() for id_ in ids]
    assert len(named) > 40 and set(named) == {1}
    assert page.locator("th:not([scope])").count() == 0
    assert page.locator("th[scope=col]").count() == page.locator("thead th").count()
    view.page.close()


_OUTSIDE_LANDMARKS = """() => {
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const out = [];
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const at = n.parentElement;
    if (n.data.trim() && at.tagName !== "SCRIPT" &&
        !at.closest("main, header, footer, nav, aside, form[aria-label]")) {
      out.push(n.data.trim().slice(0, 40));
    }
  }
  return out;
}"""


def test_everything_is_in_a_landmark(browser: Any, tmp_path: Path) -> None:
    """The title, the summary and the filters are in the main landmark (a screen reader
    that jumps to it lands on the title), and the filters are a named form landmark."""
    report = tmp_path / "report.html"
    report.write_text(render_html(*report_run(tmp_path)), encoding="utf-8")
    view = Page(browser, report)
    page = view.page
    assert page.evaluate(_OUTSIDE_LANDMARKS) == []
    assert page.get_by_role("main").get_by_role("heading", level=1).text_content() == (
        "Fact-check report")
    assert page.get_by_role("main").get_by_role("table", name="Findings by status").count() == 1
    filters = page.get_by_role("form", name="Filters")
    assert filters.get_by_role("combobox").count() == 3
    assert page.get_by_role("main").count() == 1
    view.page.close()


# Text with Chinese in it whose language, by its nearest lang attribute, is English: the
# text itself, and the lang it is read in.
_CHINESE_READ_AS_ENGLISH = r"""() => {
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const out = [];
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const at = n.parentElement;
    if (/[\u3400-\u9fff]/.test(n.data) &&
        !at.closest("[lang]").getAttribute("lang").startsWith("zh")) {
      out.push(n.data.slice(0, 40));
    }
  }
  return out;
}"""


def test_chinese_in_english_sentences_is_marked_chinese(browser: Any, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages, differences, arithmetic, acknowledgements and notes are English around
    Chinese figures (四年来 and 5年 differ by 1年); each Chinese run carries its article's
    language, so an English screen-reader voice does not skip or spell it out."""
    monkeypatch.chdir(ROOT)
    report = tmp_path / "claims.html"
    assert main(["report", "claims/", "-o", str(report)]) == 0
    view = Page(browser, report)
    page = view.page
    assert page.evaluate(_CHINESE_READ_AS_ENGLISH) == []
    # an article's title in the source filter too, a Traditional one as Traditional
    option = page.get_by_role("option", name="park-5years 《北方深圳的氣質》")
    assert option.get_attribute("lang") == "zh-Hant"
    message = page.locator("#sec-conflict p.message span")
    assert [(message.nth(i).text_content(), message.nth(i).get_attribute("lang"))
            for i in range(message.count())] == [("四年来", "zh-Hans"), ("5年", "zh-Hans"),
                                                 ("1年", "zh-Hans")]
    assert page.locator("p.message").first.text_content() == (
        "四年来 and 5年 differ by 1年, more than their written precision or any rounding allows.")
    # a Traditional article's figures are read and drawn as Traditional, on a chart too
    assert page.locator('pre.arithmetic span[lang="zh-Hant"]').count() > 0
    label = page.locator("svg .y-axis text", has_text="135項")
    assert label.get_attribute("lang") == "zh-Hant"
    assert page.locator("svg .y-axis text", has_text="126项").get_attribute(
        "lang") == "zh-Hans"
    view.page.close()


def test_without_javascript_the_filters_are_hidden_and_every_finding_shown(
        browser: Any, tmp_path: Path) -> None:
    """Filters that cannot work are not offered: the form stays hidden (its display:flex
    must not override the hidden attribute) and nothing is filtered out."""
    report = tmp_path / "report.html"
    report.write_text(render_html(*report_run(tmp_path)), encoding="utf-8")
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(report.resolve().as_uri())
    assert page.locator("#filters").count() == 1
    assert not page.locator("#filters").is_visible()
    assert not page.locator("#none").is_visible()
    assert page.locator("#sec-conflict .finding:visible").count() == 2
    # the reassuring part is open too: nothing could open it for the print
    assert page.locator("#sec-consistent .finding").is_visible()
    page.emulate_media(media="print")
    assert page.locator(".finding:visible").count() == 3
    page.emulate_media(media="screen")
    page.locator("#sec-consistent summary").click()  # and it still folds by hand
    assert not page.locator("#sec-consistent .finding").is_visible()
    context.close()


def _pdf_pages(page: Any) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", page.pdf()))


@pytest.mark.parametrize("javascript", [True, False])
def test_printed_report_is_compact_and_complete(browser: Any, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                javascript: bool) -> None:
    """Printed, findings follow one another, split between table rows where they must,
    rather than one to a page; with or without JavaScript every section prints open."""
    monkeypatch.chdir(ROOT)
    report = tmp_path / "claims.html"
    assert main(["report", "claims/", "-o", str(report)]) == 0
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    page.goto(report.resolve().as_uri())
    total = page.locator(".finding").count()
    assert total == len(check(load("claims/"))) > 40
    page.emulate_media(media="print")
    if javascript:  # page.pdf() sends beforeprint itself; this is for the count below
        page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.locator(".finding:visible").count() == total
    # all 69 findings, at 9pt, fit in about 39 Letter pages; one to a page took 77
    assert _pdf_pages(page) < total * 2 // 3
    context.close()


# 700: between 641 and about 740 px the table's seven columns could not shrink to the
# window, and were cut off, above the 40rem at which its cells stacked
@pytest.mark.parametrize("width", [700, 800, 1000])
def test_claims_tables_fit_a_narrow_window(browser: Any, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch, width: int) -> None:
    """A long claim id or source path wraps: no column is cut off at the finding's edge
    (a finding's paint containment clips what overflows it, with no scroll bar)."""
    monkeypatch.chdir(ROOT)
    report = tmp_path / "claims.html"
    assert main(["report", "claims/", "-o", str(report)]) == 0
    view = Page(browser, report, width=width)
    overflowing = view.page.evaluate(
        """() => Array.from(document.querySelectorAll(".finding table")).filter(
               t => t.getBoundingClientRect().width > t.parentElement.clientWidth)
           .map(t => t.closest(".finding").querySelector("h3 code").textContent)""")
    assert view.page.locator(".finding table").count() > 0
    assert overflowing == []
    quote = view.page.locator("#sec-conflict td.quote").first.bounding_box()
    assert quote is not None and quote["width"] > 150  # the quote is not squeezed to a column
    view.page.close()


def test_a_phone_sees_every_cell_labelled_and_the_summary_as_a_table(
        browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Below 48rem a finding's claims table stacks its cells and hides its header row, so
    each cell says which column it is; the summary keeps its columns; an id wraps."""
    monkeypatch.chdir(ROOT)
    report = tmp_path / "claims.html"
    assert main(["report", "claims/", "-o", str(report)]) == 0
    view = Page(browser, report, width=400)
    page = view.page
    summary = page.locator("table.summary tbody tr").first.locator("th, td")
    tops = {round(summary.nth(i).bounding_box()["y"]) for i in range(3)}
    assert len(tops) == 1  # conflict, its count and its acknowledged count on one line
    first = "#sec-conflict .finding tbody tr:first-child"
    labels = page.evaluate("""s => Array.from(document.querySelectorAll(s + " td")).map(
        td => [getComputedStyle(td).display, getComputedStyle(td, "::before").content,
               td.textContent])""", first)
    assert [label for display, label, _ in labels if display != "none"] == [
        '"Role: "', '"Claim: "', "none", '"As written: "', '"Common unit: "', '"As of: "',
        '"Where: "']
    assert labels[0][2] == "compared"  # an agreement's claims are compared with each other
    # the English label drawn before a cell is in an English cell, the figure after it in
    # Chinese: the cells of As written and Common unit were lang="zh-Hans" and lang="zh"
    langs = page.evaluate("""s => Array.from(document.querySelectorAll(s + " td[data-label]"))
        .map(td => [td.matches(":lang(en)"), Array.from(td.querySelectorAll("[lang]"))
                    .map(e => e.getAttribute("lang"))])""", first)
    assert [english for english, _ in langs] == [True] * 6
    assert [inner for _, inner in langs][2:4] == [["zh-Hans"], ["zh-Hans"]]
    heading = page.locator("#sec-conflict .finding h3").first
    assert heading.evaluate("h => h.scrollWidth <= h.clientWidth")  # the id wraps
    view.page.close()


@pytest.mark.parametrize("width", [360, 400])
def test_a_phone_never_scrolls_the_page_sideways(browser: Any, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 width: int) -> None:
    """On a phone the source filter, whose options hold whole article titles, is as wide
    as the screen at most (it widened the page to 420 px), the summary fits, and a long
    id in a note wraps (it ran out of its finding, which clips what overflows it)."""
    monkeypatch.chdir(ROOT)
    report = tmp_path / "claims.html"
    assert main(["report", "claims/", "-o", str(report)]) == 0
    view = Page(browser, report, width=width)
    page = view.page
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    # every finding laid out, not only those on screen
    page.add_style_tag(content=".finding{content-visibility:visible}")
    assert page.evaluate("document.documentElement.scrollWidth") == width
    source = page.locator("select[name=source]").bounding_box()
    assert source is not None and source["x"] + source["width"] <= width
    assert page.evaluate("""() => Array.from(document.querySelectorAll(".finding")).filter(
        f => f.scrollWidth > f.clientWidth).length""") == 0
    view.page.close()


def _synthetic(count: int) -> tuple[Corpus, list[Finding]]:
    """``count`` findings: source ``n % 20``, status ``n // 20 % 5``, some series charts."""
    period = parse_period("2020")
    assert period is not None
    sources = {}
    for s in range(20):
        text = f"第{s}篇文章。" + "".join(f"项目{i}投资{i * 7 + s}亿元,企业{i}家。" for i in range(20))
        sources[f"src{s:02d}"] = Source(f"src{s:02d}", f"文章{s}", f"s{s}.txt", text, period,
                                        "simplified")
    statuses = list(Status)
    kinds = ["agreement", "bound", "growth", "reference", "share", "sum"]
    findings = []
    for n in range(count):
        source = sources[f"src{n % 20:02d}"]
        at = source.text.index("项目3")
        figure = source.text.index("投资", at) + 2
        end = source.text.index("元", figure) + 1
        items = tuple(
            Involved(claim=f"c{n}.{k}", source=source.id, file=source.file, line=1, col=at + 1,
                     quote=source.text[at:end], span=(at, end), value=source.text[figure:end],
                     value_span=(figure, end), shown=source.text[figure:end],
                     yaml=Location("c.yaml", n + 1), as_of="2020")
            for k in range(2))
        series = n % 500 == 0
        extra = (("2020", "100"), ("2021", "90"), ("unit", "firm"), ("offending", f"c{n}.1"))
        findings.append(Finding(
            id=f"{'series' if series else kinds[n % len(kinds)]}[k{n:05d}]",
            kind="series" if series else kinds[n % len(kinds)],
            status=statuses[n // 20 % len(statuses)], message=f"finding {n} <b>not bold</b>",
            claims=items, arithmetic=(f"{n} - 1 = {n - 1}",), difference="1亿元",
            location=Location("c.yaml", n + 1), extra=extra if series else ()))
    return Corpus(sources=sources), sorted(findings, key=lambda f: f.id)


def test_filter_is_fast_with_ten_thousand_findings(browser: Any,
                                                   tmp_path: Path) -> None:
    report = tmp_path / "big.html"
    report.write_text(render_html(*_synthetic(SYNTHETIC)), encoding="utf-8")
    view = Page(browser, report)
    per_status = SYNTHETIC // len(Status)

    # everything is rendered: the two collapsed sections hold the other 4000
    assert view.page.locator(".finding").count() == SYNTHETIC
    assert view.visible() == SYNTHETIC - 2 * per_status

    started = time.monotonic()
    elapsed = view.select("status", "discrepancy")
    assert view.visible() == per_status
    assert time.monotonic() - started < 2
    assert elapsed < 2000

    elapsed = view.select("source", "src03 《文章3》")  # the article's id and title
    assert view.visible() == per_status // 20
    assert elapsed < 2000
    elapsed = view.select("status", "consistent")  # opens the collapsed section
    assert view.visible() == per_status // 20
    assert elapsed < 2000

    assert view.errors == []
    assert view.blocked == []
    assert view.requests == [view.url]
    view.page.close()


# Records, at every frame painted while the page loads, which collapsed sections are open.
_FRAMES = """
window.openWhileLoading = [];
(function frame() {
  if (document.readyState !== "loading") { return; }
  var open = Array.from(document.querySelectorAll("details.group")).filter(function (d) {
    return d.open && d.querySelector(".finding");
  });
  window.openWhileLoading.push(open.length);
  requestAnimationFrame(frame);
})();
"""


def test_a_long_report_is_never_painted_with_its_collapsed_sections_open(
        browser: Any, tmp_path: Path) -> None:
    # the sections were written open and closed by the script at the end of the page, so
    # the frames painted while a long report loaded showed the consistent findings, then
    # the page collapsed under the reader (its height fell by two thirds)
    report = tmp_path / "big.html"
    report.write_text(render_html(*_synthetic(SYNTHETIC)), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.add_init_script(_FRAMES)
    page.goto(report.resolve().as_uri())
    frames = page.evaluate("window.openWhileLoading")
    assert len(frames) > 1  # the page was painted while it loaded: the test tests something
    assert set(frames) == {0}
    # and loaded, they are closed, and open to print
    assert page.evaluate("Array.from(document.querySelectorAll('details.group'))"
                         ".map(d => d.open)") == [False, False]
    page.close()


# Records layout shifts while the page loads.
_SHIFTS = """
window.shifts = [];
new PerformanceObserver(function (list) {
  list.getEntries().forEach(function (e) { window.shifts.push(e.value); });
}).observe({type: "layout-shift", buffered: true});
"""

# Picks "discrepancy" in the status filter as soon as the findings start to load, as a
# reader may while a long report loads.
_A_CHOICE_WHILE_LOADING = """
new MutationObserver(function (records, observer) {
  var select = document.querySelector("select[name=status]");
  if (select && document.getElementById("findings")) {
    select.value = Array.from(select.options).find(o => o.text === "discrepancy").value;
    observer.disconnect();
  }
}).observe(document, {childList: true, subtree: true});
"""


def test_the_filters_show_before_the_findings_and_a_choice_made_meanwhile_applies(
        browser: Any, tmp_path: Path) -> None:
    # the filters were shown by the script at the end of the page, pushing every finding
    # of a long report down under the reader once it had loaded (a layout shift)
    report = tmp_path / "big.html"
    report.write_text(render_html(*_synthetic(SYNTHETIC)), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.add_init_script(_SHIFTS)
    page.goto(report.resolve().as_uri())
    assert page.evaluate("window.shifts") == []
    assert page.locator("#filters").is_visible()
    page.close()
    # the filters can be used while the page loads: a choice made then is applied once
    # the script runs
    view = Page.__new__(Page)
    view.page = browser.new_page(viewport={"width": 1200, "height": 900})
    view.page.add_init_script(_A_CHOICE_WHILE_LOADING)
    view.page.goto(report.resolve().as_uri())
    assert view.visible() == SYNTHETIC // len(Status)
    assert view.page.get_by_role("status").text_content() == (
        f"Showing {SYNTHETIC // len(Status)} of {SYNTHETIC} findings.")
    view.page.close()
