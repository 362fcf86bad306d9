"""The Markdown report: the committed copy is current, strings are escaped, layout is exact."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from claim_factory import quoted_across_scripts
from corpus_builder import CONFLICTING, TEXT, write_corpus
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from test_report_html import report_run

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
from factcheck._json import run_json
from factcheck._report_html import render_html
from factcheck._report_md import escape_md, render_markdown

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "docs" / "conflict-report.md"
COMMAND = "factcheck report claims/ -o docs/conflict-report.md"


def to_html(markdown: str) -> str:
    # CommonMark with raw HTML allowed, plus GFM tables: what GitHub would let through.
    return MarkdownIt("commonmark").enable("table").render(markdown)


def test_committed_report_is_current(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the report shows paths as the documented command sees them
    fresh = tmp_path / "conflict-report.md"
    assert main(["report", "claims/", "-o", str(fresh)]) == 0
    assert COMMITTED.exists(), f"docs/conflict-report.md is missing; run: {COMMAND}"
    assert COMMITTED.read_bytes() == fresh.read_bytes(), (
        f"docs/conflict-report.md is out of date; regenerate it with: {COMMAND}")


@pytest.mark.parametrize(("text", "escaped"), [
    ("<script>alert(1)</script>", r"\<script\>alert(1)\</script\>"),
    ("a|b", r"a\|b"),
    ("**x** _y_ `z`", r"\*\*x\*\* \_y\_ \`z\`"),
    ("[x](http://e.example)", r"\[x\](http://e.example)"),
    ("# title", r"\# title"),
    ("&lt; ~~s~~ ![i]", r"\&lt; \~\~s\~\~ \!\[i\]"),
    ("a\\b", r"a\\b"),
    ("line one\nline two", "line one line two"),
    ("6.7%", "6.7%"),
    ("有\u202e 30余家\u202c企业", r"有\\u202e 30余家\\u202c企业"),  # never shown reversed
    ("a\u200bb\x1b[31m", r"a\\u200bb\\x1b\[31m"),
])
def test_escape_md(text: str, escaped: str) -> None:
    assert escape_md(text) == escaped


@pytest.mark.parametrize(("text", "escaped"), [
    ("- item", r"\- item"),
    ("+ item", r"\+ item"),
    ("1. item", r"1\. item"),
    ("12) item", r"12\) item"),
    ("1.", r"1\."),
    # no list marker: a figure that starts a finding's message is left as it is written
    ("293.9亿元 and 300亿元", "293.9亿元 and 300亿元"),
    ("2023.", r"2023\."),
    ("= under", r"\= under"),
    ("plain", "plain"),
])
def test_escape_md_at_line_start(text: str, escaped: str) -> None:
    assert escape_md(text, line_start=True) == escaped


@pytest.mark.parametrize("text", [
    "1. item", "12) item", "293.9亿元 and 300亿元 differ by 6.1亿元", "- item", "  + item",
    "    sp*ace", "\tid", "     - 1. x", " \t x"])
def test_text_at_line_start_renders_as_written(text: str) -> None:
    # a backslash before a digit is no escape in CommonMark: a finding message that starts
    # with a figure, escaped as "\293.9亿元 and 300亿元 ...", showed the backslash; a claim
    # id "    sp*ace" (four spaces or a tab) was an indented code block, in a note's list
    # item too, where the spaces after "- " count
    assert to_html(escape_md(text, line_start=True)) == f"<p>{text}</p>\n"
    assert to_html(f"- {escape_md(text, line_start=True)}: n") == (
        f"<ul>\n<li>{text}: n</li>\n</ul>\n")


def test_escaped_strings_render_as_text() -> None:
    hostile = "<script>alert(1)</script> | *b* [x](javascript:alert(1)) `c` <img src=x>"
    page = to_html(f"- {escape_md(hostile, line_start=True)}\n\n| a |\n| --- |\n"
                   f"| {escape_md(hostile)} |\n")
    assert "<script" not in page and "<img" not in page and "<a " not in page
    assert "<em>" not in page and "<code>" not in page
    assert page.count("&lt;script&gt;alert(1)&lt;/script&gt; | *b* [x](javascript:alert(1)) "
                      "`c` &lt;img src=x&gt;") == 2


def test_a_report_says_what_its_statuses_mean(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    # a reader who did not write the claims was told "discrepancy" and "[4.5年, 5.5年)"
    # with no word of what either means
    monkeypatch.chdir(tmp_path)
    corpus, findings = report_run(Path("."))
    report = render_markdown(corpus, findings)
    legend = report.split("| consistent | 1 | 0 |\n\n", 1)[1].split("\n\n## ", 1)[0]
    assert legend.startswith("- **conflict**: ")
    for status in ("conflict", "discrepancy", "stale", "not-checkable", "consistent",
                   "acknowledged"):
        assert f"**{status}**" in legend, legend
    assert "[293.85亿, 293.95亿)" in to_html(legend)  # the interval notation, shown as typed
    page = render_html(corpus, findings)
    assert '<p class="legend"><strong>conflict</strong>' in page
    assert page.index('class="legend"') < page.index('id="filters"')


def test_report_layout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    report = render_markdown(*report_run(Path(".")))
    assert report.startswith(
        "# Conflict report\n\nThis file is generated by `factcheck report`; do not edit it by "
        "hand (see docs/reports.md).\n\n3 findings from 7 claims in 1 source.\n\n"
        "| Status | Findings | Acknowledged |\n| --- | ---: | ---: |\n| conflict | 2 | 0 |\n"
        "| stale | 0 | 0 |\n| discrepancy | 0 | 0 |\n| not-checkable | 0 | 0 |\n"
        "| consistent | 1 | 0 |\n\n- **conflict**: ")
    assert ("the values it allows: 293.9亿 as \\[293.85亿, 293.95亿), what rounds to it, and 近300亿 "
            "as \\[270亿, 300亿); a square bracket includes its end, a round one leaves it "
            "out.\n\n## Conflicts (2)\n\n"
            "### conflict: agreement\\[project.investment\\]\n\n") in report
    # the article by its title, then where in its file
    assert ("| point | firms.2021 | 「2021年底注册企业**586家**」 | 586家 | 586家 | 2021-12 "
            "| 《测试文章》 article.txt:1:36 |\n") in report
    assert "Difference: 54亿元 (18.4%)\n" in report
    assert ("```text\n2020-12: 612家 -> [612家, 612家]\n2021-12: 586家 -> [586家, 586家]\n"
            "2022-12: 650家 -> [650家, 650家]\n586家 (2021-12) < 612家 (2020-12)\n```\n") in report
    assert ("- firms.2021: \\<script\\>alert(1)\\</script\\> \\| \\*bold\\* \\[x\\](y) "
            "\\# not a heading\n") in report
    # the claims of a finding listed in a row, which the row named no more than the HTML's
    # collapsed one does: "Both claims agree" said not which
    assert report.endswith("## Consistent (1)\n\n| Finding | Claims | Message |\n"
                           "| --- | --- | --- |\n| agreement\\[park.area\\] | area.a, area.b "
                           "| Both claims agree: 26平方公里. |\n")
    page = to_html(report)
    assert "<script" not in page
    assert "<li>firms.2021: &lt;script&gt;alert(1)&lt;/script&gt; | *bold* [x](y) " \
           "# not a heading</li>" in page


def test_a_message_that_starts_with_a_minus_is_not_a_list(tmp_path: Path) -> None:
    """A derived check's message starts with its expression; '- more + bowl' must not
    render as a bullet reading 'more + bowl is 3元', the minus lost."""
    corpus = load(write_corpus(tmp_path, "一碗5元,另一碗贵两元,第三碗9元。\n", """
claims:
  - {id: bowl, quote: 一碗5元, value: 5元, entity: a, metric: price, as_of: 2023-08}
  - {id: more, quote: 另一碗贵两元, value: 两元, entity: b, metric: premium, as_of: 2023-08}
  - {id: other, quote: 第三碗9元, value: 9元, entity: c, metric: price, as_of: 2023-08}
""", """
checks:
  - {kind: derived, id: rice.other, claim: other, expression: "- more + bowl",
     vars: {bowl: bowl, more: more}}
"""))
    page = to_html(render_markdown(corpus, check(corpus)))
    assert ("<h3>conflict: derived[rice.other]</h3>\n<p>- more + bowl is 3元, not 9元, even "
            "allowing for the written precision.</p>") in page
    assert page.count("<ul>") == 1 and "more + bowl</li>" not in page  # the legend's alone


def test_the_quote_is_shown_as_the_article_writes_it() -> None:
    # The loader matches quotes across scripts and skipping pinyin annotations, so the
    # YAML quote may differ from the article; the report shows the article's own text
    # (as the HTML report does), with the figure in bold from the claim's offsets.
    corpus, finding = quoted_across_scripts()
    report = render_markdown(corpus, [finding])
    assert "| c | 「開(kāi)啟了跨越**2800公里**的“握手”」 | 2800公里 |" in report
    # without the article's text, the YAML quote is all there is
    alone = render_markdown(Corpus(), [finding])
    assert "| c | 「开启了跨越**2800公里**的“握手”」 | 2800公里 |" in alone


def test_tick_is_called_once_per_finding(tmp_path: Path) -> None:
    corpus, findings = report_run(tmp_path)
    ticks: list[None] = []
    render_markdown(corpus, findings, tick=lambda: ticks.append(None))
    assert len(ticks) == len(findings) == 3


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(string.punctuation + "ab 1\n报告"), max_size=40))
def test_escaped_text_renders_as_itself(text: str) -> None:
    # In a paragraph and in a table cell, any escaped text renders as exactly that text.
    def shown(flat: str) -> str:
        return (flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace('"', "&quot;"))

    flat = " ".join(text.splitlines())
    # a paragraph drops trailing spaces; a table cell strips both ends
    assert to_html(f"p {escape_md(text)}") == f"<p>{shown(('p ' + flat).rstrip(' '))}</p>\n"
    cell = to_html(f"| h |\n| --- |\n| {escape_md(text)} |\n")
    assert f"<td>{shown(flat.strip(' '))}</td>" in cell


@pytest.mark.parametrize(("quote", "figure", "bold"), [
    ("民营企业占比80.7%的份额", "80.7%", "**80.7%**"),  # ** after % and before 的 cannot close
    ("同比增长-5%的企业", "-5%", "**-5%**"),  # ** after 长 and before - cannot open
    ("跨越2800公里的“握手”", "2800公里", "**2800公里**"),
    ("占比80.7%。", "80.7%", "**80.7%**"),
])
def test_figure_is_bold_in_commonmark(quote: str, figure: str, bold: str) -> None:
    # CommonMark opens ** only when left-flanking and closes it only when right-flanking:
    # a figure that ends in punctuation and is followed by a letter (占比80.7%的) would show
    # its asterisks on GitHub, so the figure must be bold however it is written.
    period = parse_period("2024")
    assert period is not None
    corpus = Corpus(sources={"s": Source("s", "t", "s.txt", quote, period, "simplified")})
    start = quote.index(figure)
    item = Involved(claim="c", source="s", file="s.txt", line=1, col=1, quote=quote,
                    span=(0, len(quote)), value=figure,
                    value_span=(start, start + len(figure)), shown=figure,
                    yaml=Location("c.yaml", 1), as_of="2024")
    report = render_markdown(corpus, [Finding("k[x]", "k", Status.CONFLICT, "m", (item,))])
    page = to_html(report)
    assert f"<strong>{figure}</strong>" in page
    assert bold not in page
    if "公里" in figure:  # where ** works it is kept, as in the committed report
        assert bold in report


def test_arithmetic_shows_control_and_invisible_characters_as_escapes() -> None:
    # a claim id from YAML ("oth\u202eer") is in the arithmetic, as in the text output
    finding = Finding(id="agreement[x]", kind="agreement", status=Status.CONFLICT,
                      message="m", arithmetic=("oth\u202eer: 250亿元 -> [249.5亿元, 250.5亿元)",
                                               "\x1b[31mred"))
    report = render_markdown(Corpus(), [finding])
    assert "\u202e" not in report and "\x1b" not in report
    assert "oth\\u202eer: 250亿元" in report and "\\x1b[31mred" in report


def test_a_finding_is_located_at_its_declaration_or_at_its_first_claim(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # "Declared at" an agreement's first claim said that the claim declared a check: an
    # automatic kind is declared nowhere, and is located at its first claim
    from corpus_builder import CONFLICTING, TEXT, write_corpus

    from factcheck import check, load
    from factcheck._report_html import render_html

    write_corpus(tmp_path, TEXT, CONFLICTING,
                 "checks:\n  - {kind: bound, id: b, qualified: near, exact: other}\n")
    monkeypatch.chdir(tmp_path)
    corpus = load(".")
    findings = check(corpus)
    assert {f.id: f.status for f in findings} == {
        "agreement[s.inv]": Status.CONFLICT, "bound[b]": Status.CONFLICT}
    report = render_markdown(corpus, findings)
    assert "First claim at claims.yaml:3.\n" in report  # agreement: the claim 'near'
    assert "Declared at checks.yaml:2.\n" in report  # bound: the check
    assert report.count(" at claims.yaml:3.") == report.count("First claim at ") == 1
    page = render_html(corpus, findings)
    assert '<p class="where">First claim at claims.yaml:3</p>' in page
    assert '<p class="where">Declared at checks.yaml:2</p>' in page


def test_a_stale_finding_is_located_at_its_acknowledgement(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # "Declared at checks.yaml:3" of a stale acknowledgement read as where a check is
    write_corpus(tmp_path, TEXT, CONFLICTING, """\
checks: []
acknowledgements:
  - {finding: "agreement[s.gone]", reason: an old review}
""")
    monkeypatch.chdir(tmp_path)
    corpus = load(".")
    findings = check(corpus)
    report = render_markdown(corpus, findings)
    assert "\nAcknowledgement at checks.yaml:3.\n" in report
    assert "Declared at checks.yaml" not in report
    # its id says stale already: "### stale: stale[agreement[s.gone]]" said it twice
    assert "\n### stale\\[agreement\\[s.gone\\]\\]\n" in report
    assert '<p class="where">Acknowledgement at checks.yaml:3</p>' in render_html(corpus, findings)


def test_an_acknowledgement_names_its_reviewer(tmp_path: Path) -> None:
    """The optional reviewer: of an acknowledgement is shown with its reason, in the
    Markdown and the HTML report, for an applied and for a stale acknowledgement."""
    corpus = load(write_corpus(tmp_path, TEXT, CONFLICTING, """
acknowledgements:
  - {finding: "agreement[s.inv]", status: conflict, reviewer: 王芳 <wf>,
     reason: 250亿元 is another phase}
  - {finding: "agreement[s.nothing]", reviewer: 李明, reason: an old review}
  - {finding: "agreement[s.gone]", reason: nobody signed this}
"""))
    findings = check(corpus)
    report = render_markdown(corpus, findings)
    assert "Acknowledged by 王芳 \\<wf\\>: 250亿元 is another phase\n" in report
    assert "Acknowledgement by 李明: an old review\n" in report
    assert "Acknowledgement: nobody signed this\n" in report
    page = render_html(corpus, findings)
    # the name and the figure marked Chinese, for a screen reader's English voice, both in
    # the language of the finding's articles (the name was always "zh", the reason's
    # figure "zh-Hans"); plain zh where a stale acknowledgement's finding has none
    assert ('<p class="acknowledgement">Acknowledged by <span lang="zh-Hans">王芳</span> '
            '&lt;wf&gt;: <span lang="zh-Hans">250亿元</span> is another phase</p>') in page
    assert ('<p class="acknowledgement">Acknowledgement by <span lang="zh">李明</span>: '
            "an old review</p>") in page
    assert '<p class="acknowledgement">Acknowledgement: nobody signed this</p>' in page


def test_an_acknowledgement_shows_where_it_is_and_the_claims_it_was_reviewed_with(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A reader of a report learns which claims a reviewer saw when accepting a finding
    (its claims:) and where the acknowledgement is written, in the Markdown and HTML
    reports and the JSON: a stale one whose finding has gone showed its reason alone."""
    write_corpus(tmp_path, TEXT, CONFLICTING, """\
acknowledgements:
  - {finding: "agreement[s.inv]", status: conflict, claims: [total, other, near],
     reviewer: 王芳, reason: 250亿元 is another phase}
  - {finding: "agreement[s.gone]", claims: [near], reason: an old review}
  - {finding: "agreement[s.left]", reason: nobody pinned this}
""")
    monkeypatch.chdir(tmp_path)
    corpus = load(".")
    findings = check(corpus)
    report = render_markdown(corpus, findings)
    assert ("Acknowledged by 王芳: 250亿元 is another phase\n\n"
            "Reviewed claims: near, other, total (the acknowledgement at checks.yaml:2).\n"
            ) in report
    assert ("Acknowledgement: an old review\n\n"
            "Reviewed claims: near (the acknowledgement at checks.yaml:4).\n") in report
    assert ("Acknowledgement: nobody pinned this\n\nReviewed claims: not listed (the "
            "acknowledgement at checks.yaml:5 gives no claims:).\n") in report
    page = render_html(corpus, findings)
    assert ('<p class="reviewed">Reviewed claims: <code>near</code>, <code>other</code>, '
            "<code>total</code> (the acknowledgement at checks.yaml:2).</p>") in page
    assert ('<p class="reviewed">Reviewed claims: not listed (the acknowledgement at '
            "checks.yaml:5 gives no claims:).</p>") in page
    entries = {f["id"]: f["acknowledgement_entry"] for f in run_json(corpus, findings)["findings"]}
    assert entries["agreement[s.inv]"] == {
        "file": "checks.yaml", "line": 2, "reviewer": "王芳", "status": "conflict",
        "claims": ["near", "other", "total"]}
    assert entries["stale[agreement[s.gone]]"] == {
        "file": "checks.yaml", "line": 4, "reviewer": None, "status": "discrepancy",
        "claims": ["near"]}
    assert entries["stale[agreement[s.left]]"]["claims"] is None
    assert all(entry is None for fid, entry in entries.items()
               if fid not in {"agreement[s.inv]", "stale[agreement[s.gone]]",
                              "stale[agreement[s.left]]"})


def test_agreement_claims_have_a_role_and_roleless_claims_no_column(tmp_path: Path) -> None:
    corpus = load(write_corpus(tmp_path, TEXT, CONFLICTING))
    report = render_markdown(corpus, check(corpus))
    assert "| compared | near | 「一举拿下**近300亿**大单」 |" in report
    assert "|  |" not in report  # no claim of a built-in kind has a blank role
    # a kind that gives its claims no roles (a plugin's) has no Role column
    period = parse_period("2020")
    assert period is not None
    item = Involved(claim="c", source="s", file="s.txt", line=1, col=1, quote="5个",
                    span=(0, 2), value="5个", value_span=(0, 2), shown="5个",
                    yaml=Location("c.yaml", 1), as_of="2020")
    alone = render_markdown(Corpus(), [Finding("k[x]", "k", Status.CONFLICT, "m", (item,))])
    assert ("| Claim | Quote | As written | Common unit | As of | Where |\n"
            "| --- | --- | --- | --- | --- | --- |\n| c | 「**5个**」 | 5个 | 5个 | 2020 |") in alone


@pytest.mark.parametrize("url", ["https://example.com/news/1.html",
                                 "https://example.com/a_(b)|c<d>\\e`f[g]"])
def test_an_article_with_a_url_is_linked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         url: str) -> None:
    """The Where column links the article's title (never blank: Source refuses it) to
    its ``url``; characters that would end the link or split the table are encoded."""
    import re
    from dataclasses import replace
    from urllib.parse import unquote

    monkeypatch.chdir(tmp_path)
    corpus, findings = report_run(Path("."))
    corpus = replace(corpus, sources={
        "s": replace(corpus.sources["s"], url=url)})
    report = render_markdown(corpus, findings)
    rows = [line for line in report.splitlines() if "article.txt:1:36" in line]
    assert rows and all(row.count(" | ") == 6 for row in rows)  # seven cells, none split
    page = MarkdownIt("commonmark").enable("table").render(report)
    links = re.findall(r'<a href="([^"]*)">([^<]*)</a> article\.txt:1:36</td>', page)
    shown = "《测试文章》"
    assert links and all(unquote(href.replace("&amp;", "&")) == url and text == shown
                         for href, text in links)
    assert "(http" not in render_markdown(*report_run(Path(".")))  # no url, no link


def test_a_character_reference_in_a_url_is_not_decoded(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """CommonMark decodes ``&amp;``, ``&lt;`` and ``&copy;`` in a link's destination: the
    link went to ``?a=1&b=2<x©``, not to the address the HTML and JSON reports give."""
    import html
    import re
    from dataclasses import replace

    url = "https://e.com/?a=1&amp;b=2&lt;x&copy;&#65;&"
    monkeypatch.chdir(tmp_path)
    corpus, findings = report_run(Path("."))
    corpus = replace(corpus, sources={"s": replace(corpus.sources["s"], url=url)})
    page = to_html(render_markdown(corpus, findings))
    hrefs = re.findall(r'<a href="([^"]*)">', page)
    assert hrefs and {html.unescape(href) for href in hrefs} == {url}


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "//evil.example"])
def test_an_address_that_is_no_web_address_is_never_a_link(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    """A corpus built or trimmed by hand is not vetted by the loader: a ``javascript:``
    url was written as a link, which a Markdown viewer that does not sanitise runs."""
    from dataclasses import replace

    monkeypatch.chdir(tmp_path)
    corpus, findings = report_run(Path("."))
    corpus = replace(corpus, sources={
        "s": replace(corpus.sources["s"], url=url, title="测试文章")})
    report = render_markdown(corpus, findings)
    assert f"]({url}" not in report
    page = MarkdownIt("commonmark").enable("table").render(report)
    assert "<a " not in page and "《测试文章》 article.txt:1:36" in page


def test_a_report_with_no_findings_says_so() -> None:
    """A corpus with no checks to run gave a Markdown report that ended after the legend,
    and an HTML page whose only word on it was "Showing all 0 findings." in a filter bar
    of empty filters (and nothing at all without JavaScript)."""
    report = render_markdown(Corpus(), [])
    assert report.endswith("a round one leaves it out.\n\nNo findings.\n")
    assert "<p>No findings.</p>" in to_html(report)
    page = render_html(Corpus(), [])
    assert '<div id="findings">\n<p class="empty">No findings.</p>' in page
    # no filters to offer: the bar (and its "Showing all 0 findings.") stays hidden
    assert 'getElementById("filters").hidden = false' not in page
