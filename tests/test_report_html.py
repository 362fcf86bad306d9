"""The HTML report: order, context, escaping, charts, filters, self-containment."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from corpus_builder import write_corpus

from factcheck import Corpus, Finding, Involved, Location, Status, check, load
from factcheck._report_html import CSP, _marked, context_html, render_html, series_chart

SCRIPT_NOTE = "<script>alert(1)</script> | *bold* [x](y) # not a heading"

TEXT = ("新华社哈尔滨电 园区2020年底注册企业612家,2021年底注册企业586家,"
        "2022年底注册企业650家。\n项目总投资额达293.9亿元,另据报道总投资额为239.9亿元。"
        "园区面积26平方公里,规划面积26平方公里。\n")

CLAIMS = f"""
claims:
  - id: firms.2020
    quote: 2020年底注册企业612家
    value: 612家
    entity: park
    metric: firms
    as_of: 2020-12
  - id: firms.2021
    quote: 2021年底注册企业586家
    value: 586家
    entity: park
    metric: firms
    as_of: 2021-12
    note: "{SCRIPT_NOTE}"
  - id: firms.2022
    quote: 2022年底注册企业650家
    value: 650家
    entity: park
    metric: firms
    as_of: 2022-12
  - id: invest.a
    quote: 项目总投资额达293.9亿元
    value: 293.9亿元
    entity: project
    metric: investment
    as_of: 2023-08
  - id: invest.b
    quote: 总投资额为239.9亿元
    value: 239.9亿元
    entity: project
    metric: investment
    as_of: 2023-08
  - id: area.a
    quote: 园区面积26平方公里
    value: 26平方公里
    entity: park
    metric: area
    as_of: 2023-08
  - id: area.b
    quote: 规划面积26平方公里
    value: 26平方公里
    entity: park
    metric: area
    as_of: 2023-08
"""


def write_report_corpus(tmp_path: Path) -> Path:
    """A corpus with two conflicts (agreement, series), one consistent finding and a
    claim note that is an HTML/Markdown injection attempt."""
    return write_corpus(tmp_path, TEXT, CLAIMS, cumulative=["firms"])


def report_run(tmp_path: Path) -> tuple[Corpus, list[Finding]]:
    corpus = load(write_report_corpus(tmp_path))
    return corpus, check(corpus)


class _Tags(HTMLParser):
    """Collect start tags with their attributes, and the text of <script> elements."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def parse(page: str) -> _Tags:
    tags = _Tags()
    tags.feed(page)
    return tags


def test_sections_come_worst_first_and_consistent_is_collapsed(tmp_path: Path) -> None:
    page = render_html(*report_run(tmp_path))
    conflict = page.index('<section class="group" id="sec-conflict" data-title="Conflicts" '
                          'data-count="2"><h2>Conflicts (2)</h2>')
    # written open (the script closes it), so that without JavaScript it shows and prints
    # and closed by a script right after its summary, before its findings are painted
    consistent = page.index('<details class="group" id="sec-consistent" data-title="Consistent" '
                            'data-count="1" open><summary><h2>Consistent (1)</h2></summary>'
                            '<script>document.getElementById("sec-consistent").open = false'
                            '</script>\n<article ')
    assert conflict < consistent
    assert page.index("agreement[project.investment]") < page.index("series[park.firms]")
    assert page.index("series[park.firms]") < page.index("agreement[park.area]")
    assert "sec-discrepancy" not in page  # no empty sections


def test_rows_carry_filter_attributes_and_classes(tmp_path: Path) -> None:
    page = render_html(*report_run(tmp_path))
    articles = [attrs for tag, attrs in parse(page).tags if tag == "article"]
    assert [(a["data-status"], a["data-kind"], a["data-source"], a["class"])
            for a in articles] == [
        ("conflict", "agreement", "s", "finding s0 k0 r0"),
        ("conflict", "series", "s", "finding s0 k1 r0"),
        ("consistent", "agreement", "s", "finding s1 k0 r0"),
    ]
    # one hiding rule per status, kind and source, toggled by a class on the container
    assert ".fs0 .finding:not(.s0),\n.fs1 .finding:not(.s1),\n.fk0 .finding:not(.k0),\n" \
           ".fk1 .finding:not(.k1),\n.fr0 .finding:not(.r0){display:none}" in page
    assert '<option value="fs0">conflict</option><option value="fs1">consistent</option>' in page
    # a source is offered by its id and its title, which is what an editor knows it by
    assert '<option value="">all</option><option value="fr0" lang="zh-Hans">s 《测试文章》</option>' in page
    assert '<form id="filters" aria-label="Filters" hidden>' in page  # shown by the script only


def test_quote_is_shown_in_context_with_the_figure_marked(tmp_path: Path) -> None:
    page = render_html(*report_run(tmp_path))
    assert ('<span class="ctx">…2020年底注册企业612家,2021年底注册企业586家,<q>2022年底注册企业'
            "<mark>650家</mark></q>。 项目总投资额达293.9亿元,另据报道总投资额为239.…</span>"
            ) in page
    # at the start of the text there is no leading ellipsis
    assert '<span class="ctx">新华社哈尔滨电 园区<q>2020年底注册企业<mark>612家</mark></q>' in page


def test_context_without_source_text_marks_the_figure_in_the_quote(tmp_path: Path) -> None:
    _, findings = report_run(tmp_path)
    item = next(f for f in findings if f.id == "agreement[project.investment]").claims[1]
    assert context_html(item, None) == ('<span class="ctx"><q>总投资额为<mark>239.9亿元</mark>'
                                        "</q></span>")
    assert context_html(item, TEXT, width=3) == ('<span class="ctx">…据报道<q>总投资额为'
                                                 "<mark>239.9亿元</mark></q>。园区…</span>")


def test_direction_overrides_in_the_article_are_shown_not_obeyed(tmp_path: Path) -> None:
    _, findings = report_run(tmp_path)
    item = next(f for f in findings if f.id == "agreement[project.investment]").claims[1]
    end = item.span[1]  # after the quote, so its offsets hold
    text = TEXT[:end] + "\u202e园区\u202c" + TEXT[end:]
    shown = context_html(item, text, width=6)
    assert "\u202e" not in shown and "\\u202e园区\\u202c" in shown


@pytest.mark.parametrize(("text", "html"), [
    ("四年来 and 5年 differ by 1年, more", '<span lang="zh-Hant">四年来</span> and '
     '<span lang="zh-Hant">5年</span> differ by <span lang="zh-Hant">1年</span>, more'),
    ("43.42万平方米 = 434200 m², 超过500个.",
     '<span lang="zh-Hant">43.42万平方米</span> = 434200 m², <span lang="zh-Hant">超过500个</span>.'),
    # escaped first: an entity's or an escape's digits are never taken into a run
    ("it's <b>&5年</b>", 'it&#x27;s &lt;b&gt;&amp;<span lang="zh-Hant">5年</span>&lt;/b&gt;'),
    ("\u202e5年 x5年", '\\u202e5<span lang="zh-Hant">年</span> x5<span lang="zh-Hant">年</span>'),
    ("no Chinese <here>", "no Chinese &lt;here&gt;"),
])
def test_chinese_runs_in_english_text_are_marked_and_escaped(text: str, html: str) -> None:
    assert _marked(text, "zh-Hant") == html


def test_values_difference_arithmetic_and_note_are_shown(tmp_path: Path) -> None:
    page = render_html(*report_run(tmp_path))
    assert ('<p class="difference">Difference: <span lang="zh-Hans">54亿元</span> (18.4%)</p>'
            in page)
    assert ('<pre class="arithmetic">invest.a: <span lang="zh-Hans">293.9亿元</span> -&gt; '
            '[<span lang="zh-Hans">293.85亿元</span>, <span lang="zh-Hans">293.95亿元</span>)'
            in page)
    # the language on a span, so that the column's English name drawn before a cell on a
    # phone is English; the common unit is always Simplified (it was lang="zh")
    assert ('<td data-label="As written"><span lang="zh-Hans">293.9亿元</span></td>'
            '<td data-label="Common unit"><span lang="zh-Hans">293.9亿元</span></td>'
            '<td data-label="As of">2023-08</td>') in page


def test_each_claim_names_its_article_by_title(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    page = render_html(*report_run(Path(".")))
    assert ('<td class="where" data-label="Where"><cite lang="zh-Hans">《测试文章》</cite><br>'
            "article.<wbr>txt:<wbr>1:<wbr>36</td>") in page


def test_an_article_with_a_url_is_linked(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # a source's title is never blank (Source refuses it), so the link shows the title
    monkeypatch.chdir(tmp_path)
    corpus, findings = report_run(Path("."))
    url = "https://example.com/news?id=1&p=\"2\""
    corpus = replace(corpus, sources={"s": replace(corpus.sources["s"], url=url)})
    page = render_html(corpus, findings)
    assert ('<td class="where" data-label="Where"><a href="https://example.com/news?id=1&amp;'
            'p=&quot;2&quot;"><cite lang="zh-Hans">《测试文章》</cite></a><br>'
            "article.<wbr>txt:<wbr>1:<wbr>36</td>") in page


def test_the_page_is_english_and_each_quote_has_its_articles_language(tmp_path: Path) -> None:
    """A screen reader reads the English page in English and a quote in Chinese; a
    Traditional article's quote gets Traditional glyph forms (zh-Hant, TC fonts)."""
    corpus, findings = report_run(tmp_path)
    tags = parse(render_html(corpus, findings)).tags
    assert tags[0] == ("html", {"lang": "en"})
    quotes = [attrs for tag, attrs in tags if tag == "td" and attrs.get("class") == "quote"]
    assert len(quotes) == 7 and all(q["lang"] == "zh-Hans" for q in quotes)

    traditional = replace(corpus, sources={
        "s": replace(corpus.sources["s"], script="traditional")})
    page = render_html(traditional, findings)
    quotes = [attrs for tag, attrs in parse(page).tags
              if tag == "td" and attrs.get("class") == "quote"]
    assert len(quotes) == 7 and all(q["lang"] == "zh-Hant" for q in quotes)
    assert ('<td data-label="As written"><span lang="zh-Hant">293.9亿元</span></td>'
            '<td data-label="Common unit"><span lang="zh-Hans">293.9亿元</span></td>') in page
    assert ':lang(zh-Hant){font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK TC"' \
        in page


def test_strings_from_claims_are_escaped(tmp_path: Path) -> None:
    page = render_html(*report_run(tmp_path))
    assert ("<li><code>firms.2021</code>: &lt;script&gt;alert(1)&lt;/script&gt; | *bold* "
            "[x](y) # not a heading</li>") in page
    assert "alert(1)" not in "".join(parse(page).scripts)
    # the filter script, the one that shows the filters and the one that closes the
    # collapsed section: nothing else
    assert page.count("<script>") == 3
    assert '<script>document.getElementById("filters").hidden = false</script>' in page
    assert '<script>document.getElementById("sec-consistent").open = false</script>' in page


def test_page_is_self_contained(tmp_path: Path) -> None:
    page = render_html(*report_run(tmp_path))
    assert f'<meta http-equiv="Content-Security-Policy" content="{CSP}">' in page
    for tag, attrs in parse(page).tags:
        for name in ("src", "href", "xlink:href", "action", "data", "poster"):
            assert attrs.get(name) is None, (tag, name, attrs[name])
    assert not re.search(r"https?:|//fonts\.|@import|url\(", page)


def test_series_chart_is_inline_svg_with_the_offending_point_marked(tmp_path: Path) -> None:
    corpus, findings = report_run(tmp_path)
    series = next(f for f in findings if f.id == "series[park.firms]")
    svg = series_chart(series, "series-0", corpus)
    assert svg.startswith('<svg id="chart-series-0" class="series-chart"')
    assert "<script" not in svg and "<!--" not in svg and "<style" not in svg
    root = ET.fromstring(svg)
    # the text alternative gives each point's value and says which falls (it listed only
    # the dates)
    assert root.findtext("title") == ("series[park.firms]: 2020-12: 612家; 2021-12: 586家, "
                                      "which falls below an earlier point; 2022-12: 650家")
    assert root.find("title").get("lang") == "zh-Hans"  # it quotes the figures
    tips = {g.get("class"): [c.findtext("title") for c in g.iter("circle")]
            for g in root.iter("g") if g.get("class") in ("points", "marked")}
    # all three points, then the ring on the falling one: 586家 after 612家
    assert tips == {"points": ["firms.2020: 612家", "firms.2021: 586家", "firms.2022: 650家"],
                    "marked": ["firms.2021: 586家"]}
    heights = [float(c.get("cy")) for c in root.find("g[@class='points']").iter("circle")]
    assert heights[1] > heights[0] > heights[2]  # 586 lowest on the page, 650 highest
    assert root.find("g[@class='legend']").findall("text")[1].text == (
        "falls below an earlier point")
    for label in ("586家", "612家", "650家"):
        # exact y labels from the display units, in their article's language
        assert f' lang="zh-Hans">{label}</text>' in svg
    assert root.find("g[@class='points']/circle").get("lang") == "zh-Hans"
    page = render_html(*report_run(tmp_path))
    assert svg in page
    assert "lang=" not in series_chart(series, "series-0")  # without the sources: unknown


def test_chart_is_skipped_without_two_points(tmp_path: Path) -> None:
    _, findings = report_run(tmp_path)
    series = next(f for f in findings if f.id == "series[park.firms]")
    one = Finding(id="series[x]", kind="series", status=series.status, message="m",
                  claims=series.claims[:1], extra=(("2020-12", "612"), ("unit", "firm")))
    assert series_chart(one, "c") == ""


def test_html_is_deterministic(tmp_path: Path) -> None:
    first = render_html(*report_run(tmp_path))
    again = render_html(*report_run(tmp_path))
    assert first == again


def test_a_series_chart_labels_figures_as_written_and_a_not_checkable_one_is_not_drawn(
        tmp_path: Path) -> None:
    _, findings = report_run(tmp_path)
    series = next(f for f in findings if f.kind == "series")
    first = series.claims[0]
    written = replace(series, claims=(replace(first, value="超" + first.value),
                                      *series.claims[1:]))
    chart = series_chart(written, "x")
    assert f"<title>{first.claim}: 超{first.value} (plotted at {first.shown})</title>" in chart
    assert series_chart(replace(series, status=Status.NOT_CHECKABLE), "x") == ""


def test_a_series_chart_plots_a_count_in_the_classifier_its_points_write(
        tmp_path: Path) -> None:
    text = "累计获得专利授权126项,次年累计获得专利授权135项,第三年累计获得专利授权超140项。"
    claims = """
    claims:
      - {id: p.1, quote: 累计获得专利授权126项, value: 126项, entity: park, metric: patents,
         as_of: 2021}
      - {id: p.2, quote: 次年累计获得专利授权135项, value: 135项, entity: park,
         metric: patents, as_of: 2022}
      - {id: p.3, quote: 第三年累计获得专利授权超140项, value: 超140项, entity: park,
         metric: patents, as_of: 2023}
    """
    corpus = load(write_corpus(tmp_path, text, claims, cumulative=["patents"]))
    series = next(f for f in check(corpus) if f.id == "series[park.patents]")
    assert "2022: 135项 -> [135项, 135项]" in series.arithmetic  # the finding writes 项
    tips = [c.findtext("title") for c in
            ET.fromstring(series_chart(series, "x", corpus)).find("g[@class='points']")]
    # 126项 is plotted at 126项, so the tooltip does not repeat it as 126个; 超140项 is
    # plotted at 140项, not 140个
    assert tips == ["p.1: 126项", "p.2: 135项", "p.3: 超140项 (plotted at 140项)"]


def test_agreement_claims_have_a_role_and_roleless_claims_no_column(tmp_path: Path) -> None:
    corpus, findings = report_run(tmp_path)
    agreement = next(f for f in findings if f.kind == "agreement")
    page = render_html(corpus, [agreement])
    assert page.count('<td data-label="Role">compared</td>') == len(agreement.claims)
    item = Involved(claim="c", source="s", file="s.txt", line=1, col=1, quote="5个",
                    span=(0, 2), value="5个", value_span=(0, 2), shown="5个",
                    yaml=Location("c.yaml", 1), as_of="2020")
    page = render_html(Corpus(), [Finding("k[x]", "k", Status.CONFLICT, "m", (item,))])
    assert ">Role</th>" not in page and 'data-label="Role"' not in page
    assert '<thead><tr><th scope="col">Claim</th><th scope="col">Quote in context</th>' in page


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JavaScript:alert(1)",
                                 "data:text/html,<script>alert(1)</script>", "//evil.example"])
def test_an_address_that_is_no_web_address_is_never_a_link(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    # the loader refuses such a url in sources.yaml, but a corpus built or trimmed by hand
    # (dataclasses.replace) is rendered as it is: a javascript: link ran its script when
    # clicked, which the page's Content-Security-Policy ('unsafe-inline') allows
    monkeypatch.chdir(tmp_path)
    corpus, findings = report_run(Path("."))
    corpus = replace(corpus, sources={
        "s": replace(corpus.sources["s"], url=url, title="测试文章")})
    page = render_html(corpus, findings)
    assert "<a " not in page and "href" not in page
    assert ('<td class="where" data-label="Where"><cite lang="zh-Hans">《测试文章》</cite><br>'
            "article.<wbr>txt:<wbr>1:<wbr>36</td>") in page


@pytest.mark.parametrize(("char", "shown"), [
    ("\u061c", "\\u061c"),  # ARABIC LETTER MARK, a direction mark: 28003000- for 2800-3000
    ("\u00ad", "\\u00ad"), ("\u180e", "\\u180e"), ("\u2062", "\\u2062"), ("\u206e", "\\u206e"),
    ("\ufff9", "\\ufff9"), ("\U000e0041", "\\U000e0041"), ("\U0001d173", "\\U0001d173")])
def test_every_invisible_format_character_is_shown_as_an_escape(
        tmp_path: Path, char: str, shown: str) -> None:
    # the reports, the plugin and check showed U+200E, U+200F and U+202A..U+202E as escapes,
    # but not the other direction mark, U+061C, nor the other invisible format characters
    from factcheck._report_md import render_markdown
    from factcheck._text import render_finding

    corpus, findings = report_run(tmp_path)
    message = f"2800{char}-3000公里 differ."
    findings = [replace(findings[0], message=message), *findings[1:]]
    for text in (render_html(corpus, findings), render_markdown(corpus, findings),
                 render_finding(findings[0])):
        assert char not in text
        # Markdown escapes the escape's backslash, so that it shows
        assert f"2800{shown}-" in text.replace("\\\\", "\\")
