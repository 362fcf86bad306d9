"""The HTML report: one self-contained page, worst findings first, filterable, no requests.

Every string that comes from claims, sources or findings goes through :func:`html.escape`.
Styles and the filter script are inline, the series charts are inline SVG written out here,
and a Content-Security-Policy forbids the page to load anything. The filter toggles
classes on one container and CSS rules written with the page do the hiding, so filtering
10,000 findings is one style recalculation, with no handler per row.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from fractions import Fraction

from ._engine import acknowledgements_behind
from ._errors import shown_path
from ._escape import escape
from ._findings import ORDER, TITLES, Finding, Involved, Status
from ._model import Acknowledgement, Corpus
from ._report_md import INTERVALS, LEGEND, counts, linked, located_at, reviewed, reviewer
from ._svg_chart import Point, line_chart
from .checks._context import shown_in, written_as

__all__ = ["CONTEXT", "CSP", "context_html", "html_pieces", "render_html", "series_chart"]

CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
       "img-src data:")
CONTEXT = 30  # characters of source text shown on each side of a quote

# Sections shown collapsed: they are the reassuring part of the report.
_COLLAPSED = (Status.NOT_CHECKABLE, Status.CONSISTENT)

# The page is in English; quotes and figures carry their article's language, so that a
# screen reader reads them in Chinese and Traditional text gets Traditional glyph forms.
_LANG = {"simplified": "zh-Hans", "traditional": "zh-Hant"}

_STYLE = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC",
"Microsoft YaHei",sans-serif;margin:0 auto;max-width:72rem;padding:1rem;color:#1d1d1f}
:lang(zh-Hant){font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK TC",
"PingFang TC","Microsoft JhengHei",sans-serif}
h1{font-size:1.6rem}h2{font-size:1.3rem;border-bottom:1px solid #ccc}
h3{font-size:1rem;margin:.2rem 0}summary h2{display:inline}
.finding{border:1px solid #ddd;border-left:6px solid #999;border-radius:4px;
padding:.5rem .8rem;margin:.6rem 0;content-visibility:auto;contain-intrinsic-size:auto 16rem;
overflow-wrap:break-word}
.finding[data-status=conflict],.finding[data-status=stale]{border-left-color:#c00}
.finding[data-status=discrepancy]{border-left-color:#d98b00}
.finding[data-status=consistent]{border-left-color:#3a3}
.badge{font-size:.8rem;padding:0 .4rem;border-radius:3px;background:#eee}
.ack{font-size:.8rem;color:#555}
table{border-collapse:collapse;width:100%;font-size:.9rem}table.summary{width:auto}
table.summary tbody th{font-weight:normal}
th,td{border:1px solid #e4e4e4;padding:.2rem .4rem;text-align:left;vertical-align:top}
td{overflow-wrap:break-word}td.where{overflow-wrap:anywhere}td.quote{min-width:12em}
cite{font-style:normal}.ctx{color:#666}.ctx q{color:#111;quotes:"「" "」"}
mark{background:#ffe066;color:#000;font-weight:600}
pre{background:#f6f6f6;padding:.4rem;overflow-x:auto;white-space:pre-wrap}
#filters{display:flex;flex-wrap:wrap;align-items:center;gap:1rem;margin:1rem 0;padding:.5rem;
background:#f3f3f3;border-radius:4px}#filters[hidden]{display:none}
#filters label,#filters select{max-width:100%}
figure.chart{margin:.4rem 0}figure.chart svg{max-width:100%;height:auto}
h3 code{overflow-wrap:anywhere}
@media (max-width:48rem){body{padding:.5rem}
.finding :is(table,thead,tbody,tr,th,td){display:block}
.finding thead,.finding td:empty{display:none}
.finding td[data-label]::before{content:attr(data-label) ": ";font-weight:600}}
@page{margin:1.5cm}
@media print{html,body{font-size:9pt}body{max-width:none;padding:0}#filters{display:none}
td.where{min-width:9em}
.finding{content-visibility:visible;margin:.4rem 0;padding:.2rem .5rem}
.finding :is(tr,pre,figure,p,li){break-inside:avoid}.finding h3{break-after:avoid}
section.group>h2,details.group>summary{break-after:avoid}}
"""

_SCRIPT = """
(function () {
  var form = document.getElementById("filters");
  var box = document.getElementById("findings");
  var none = document.getElementById("none");
  var groups = box.querySelectorAll(".group");
  var selects = form.querySelectorAll("select");
  var status = document.getElementById("shown");
  var total = 0;
  for (var t = 0; t < groups.length; t++) {
    total += Number(groups[t].getAttribute("data-count"));
  }
  // written open, so that a page without JavaScript shows and prints everything, and
  // closed as they load (_FOLD)
  var folded = box.querySelectorAll("details.group");
  // how the reader left the collapsed sections before the first filter, given back when
  // the filters are cleared
  var unfiltered = null;
  function filter() {
    var picked = [];
    for (var i = 0; i < selects.length; i++) {
      if (selects[i].value) { picked.push(selects[i].value); }
    }
    if (picked.length && unfiltered === null) {
      unfiltered = [];
      for (var f = 0; f < folded.length; f++) { unfiltered.push(folded[f].open); }
    }
    box.className = picked.join(" ");
    var shown = 0;
    for (var g = 0; g < groups.length; g++) {
      var group = groups[g];
      var items = group.getElementsByClassName("finding");
      var n = 0;
      for (var k = 0; k < items.length; k++) {
        var fits = true;
        for (var p = 0; p < picked.length && fits; p++) {
          fits = items[k].classList.contains(picked[p].slice(1));
        }
        if (fits) { n++; }
      }
      shown += n;
      var all = group.getAttribute("data-count");
      group.hidden = n === 0;
      group.querySelector("h2").textContent = group.getAttribute("data-title") + " (" +
        (picked.length ? n + " of " + all : all) + ")";
      if (group.tagName === "DETAILS" && picked.length) { group.open = true; }
    }
    if (!picked.length && unfiltered !== null) {
      for (var u = 0; u < folded.length; u++) { folded[u].open = unfiltered[u]; }
      unfiltered = null;
    }
    none.hidden = shown > 0;
    // said by a screen reader (role=status) after each change, since nothing else is
    var noun = total === 1 ? " finding." : " findings.";
    status.textContent = picked.length ? "Showing " + shown + " of " + total + noun :
      total === 1 ? "Showing the 1 finding." : "Showing all " + total + noun;
  }
  form.addEventListener("change", filter);
  // the filters show while the page loads: a choice made meanwhile (or restored by the
  // browser) applies now
  for (var s = 0; s < selects.length; s++) {
    if (selects[s].value) { filter(); break; }
  }
  var opened = [];
  window.addEventListener("beforeprint", function () {
    for (var i = 0; i < folded.length; i++) {
      opened[i] = folded[i].open;
      folded[i].open = true;
    }
  });
  window.addEventListener("afterprint", function () {
    for (var i = 0; i < folded.length; i++) { folded[i].open = opened[i]; }
  });
})();
"""


# Closes a collapsed section as soon as it is parsed, before its findings are painted.
_FOLD = '<script>document.getElementById("{id}").open = false</script>'


def context_html(item: Involved, text: str | None, width: int = CONTEXT) -> str:
    """The quote in its source text, escaped, with ``width`` characters on each side.

    The quote is wrapped in ``<q>`` and the figure in ``<mark>``. Newlines in the
    surrounding text become spaces. When the source text is not available (or the spans
    do not fit it), the quote alone is shown, with the figure marked if it is inside.

    Args:
        item: the claim as it takes part in a finding.
        text: the source's full text, or ``None``.
        width: characters of context on each side.

    Returns:
        An HTML fragment.
    """
    start, end = item.span
    vstart, vend = item.value_span
    if text is None or not 0 <= start <= end <= len(text):
        text, start, end = item.quote, 0, len(item.quote)
        vstart, vend = vstart - item.span[0], vend - item.span[0]
    left = max(start - width, 0)
    right = min(end + width, len(text))

    def flat(part: str) -> str:
        return escape(" ".join(part.splitlines()))

    if start <= vstart < vend <= end:
        quote = (f"{flat(text[start:vstart])}<mark>{flat(text[vstart:vend])}</mark>"
                 f"{flat(text[vend:end])}")
    else:
        quote = flat(text[start:end])
    before = ("…" if left > 0 else "") + flat(text[left:start])
    after = flat(text[end:right]) + ("…" if right < len(text) else "")
    return f'<span class="ctx">{before}<q>{quote}</q>{after}</span>'


# A run of Chinese in an English sentence: Han characters and CJK or full-width
# punctuation, with the digits written against them (5年, 43.42万平方米, 超过500个). It is
# found in escaped text, so digits after a letter (&#x27;, \u202e) never start one.
_HAN = "[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+"
_DIGITS = "(?:[0-9]+(?:[.,][0-9]+)*%?)?"
_CHINESE = re.compile(f"(?:(?<![A-Za-z0-9]){_DIGITS})?{_HAN}(?:{_DIGITS}{_HAN})*{_DIGITS}")
_ANY_HAN = re.compile(_HAN)


def _marked(text: str, lang: str) -> str:
    """``text`` escaped, each run of Chinese in it in a ``<span lang>``: a message such as
    ``四年来 and 5年 differ by 1年`` is English around Chinese figures, and a screen reader
    with an English voice skips or spells out what it is not told is Chinese."""
    shown = escape(text)
    if _ANY_HAN.search(shown) is None:
        return shown
    return _CHINESE.sub(lambda run: f'<span lang="{lang}">{run.group()}</span>', shown)


def _lang(sources: Iterable[str], corpus: Corpus) -> str:
    """The language tag of text quoted from ``sources``: its script's when they share one,
    else plain ``zh``."""
    scripts = {corpus.sources[s].script if s in corpus.sources else "" for s in sources}
    return _LANG.get(scripts.pop(), "zh") if len(scripts) == 1 else "zh"


def _breakable(text: str) -> str:
    """``text`` escaped, with a line break allowed after each ``.``, ``/``, ``_`` and ``:``,
    so that a long claim id, role or path wraps at its parts instead of widening its
    column (a path also wraps anywhere, by CSS: an article's file name may be a hash)."""
    return re.sub(r"([./_:])(?=.)", r"\1<wbr>", escape(text))


def _series_points(finding: Finding) -> tuple[list[tuple[str, Fraction]], str, set[str]]:
    points: list[tuple[str, Fraction]] = []
    unit = ""
    offending: set[str] = set()
    for key, value in finding.extra:
        if key == "unit":
            unit = value
        elif key == "offending":
            offending.add(value)
        else:
            points.append((key, Fraction(value)))
    return points, unit, offending


def series_chart(finding: Finding, chart_id: str, corpus: Corpus | None = None) -> str:
    """An inline SVG line chart of a series finding, its falling points ringed in red.

    Plot positions are floats; the labels are the exact values, rendered by
    :func:`factcheck._unit_display.display` (in the classifier all the points write, as the
    finding shows them: 126项, not 126个). See :mod:`factcheck._svg_chart`.

    Args:
        finding: a finding of kind ``series`` whose ``extra`` holds its points.
        chart_id: an id unique in the page; the element's id is ``chart-`` and this.
        corpus: the sources, whose script is each point's label's language.

    Returns:
        The ``<svg>`` element as markup, or ``""`` when the finding has no plottable
        points (fewer than two, or no common unit).
    """
    points, unit, offending = _series_points(finding)
    if len(points) < 2 or not unit or finding.status is Status.NOT_CHECKABLE:
        return ""  # a series that could not be checked is not drawn as if it were one
    claims = [c.claim for c in finding.claims]
    written = [c.value for c in finding.claims]
    langs = [_lang([c.source], corpus) if corpus is not None else "" for c in finding.claims]
    if len(claims) != len(points):
        claims = written = [""] * len(points)
        langs = ["zh" if corpus is not None else ""] * len(points)
    # in the word the points all write, as the finding is: 126项 plotted at 126项, not 126个
    word = (written_as([q for c in claims if (q := corpus.claims[c].quantity) is not None])
            if corpus is not None and all(c in corpus.claims for c in claims) else None)
    drawn = []
    for claim, text, lang, (as_of, value) in zip(claims, written, langs, points, strict=True):
        shown = shown_in(value, unit, word)
        # the figure as written labels the point: 超600家 is more than 600家, not 600家
        label = text or shown
        exact = shown if label == shown else f"{label} (plotted at {shown})"
        drawn.append(Point(as_of, value, label, f"{claim}: {exact}" if claim else exact,
                           marked=bool(claim) and claim in offending, lang=lang))
    # the chart's text alternative says what it shows: each point's value, and which falls
    said = "; ".join(f"{p.x_label}: {p.label}" + (f", which {_FALLS}" if p.marked else "")
                     for p in drawn)
    # in the figures' language, as each point's tooltip is (the claims' articles')
    title_lang = "" if corpus is None else _lang([c.source for c in finding.claims], corpus)
    return line_chart(chart_id, f"{finding.id}: {said}", drawn, marked_legend=_FALLS,
                      title_lang=title_lang)


_FALLS = "falls below an earlier point"


def _classes(values: Iterable[str], prefix: str, index: dict[str, int]) -> str:
    return " ".join(f"{prefix}{index[v]}" for v in sorted(set(values)))


class _Page:
    """The indexes that turn statuses, kinds and sources into safe class names."""

    def __init__(self, findings: list[Finding],
                 acknowledgements: Iterable[Acknowledgement] = ()) -> None:
        self.behind = acknowledgements_behind(findings, acknowledgements)
        self.statuses = [s.value for s in ORDER if any(f.status is s for f in findings)]
        self.kinds = sorted({f.kind for f in findings})
        self.sources = sorted({c.source for f in findings for c in f.claims})
        self.status_ix = {v: i for i, v in enumerate(self.statuses)}
        self.kind_ix = {v: i for i, v in enumerate(self.kinds)}
        self.source_ix = {v: i for i, v in enumerate(self.sources)}

    def css(self) -> str:
        """One hiding rule per filter value: ``.fs0 .finding:not(.s0){display:none}``."""
        rules = []
        for prefix, values in (("s", self.statuses), ("k", self.kinds), ("r", self.sources)):
            rules += [f".f{prefix}{i} .finding:not(.{prefix}{i})" for i in range(len(values))]
        return (",\n".join(rules) + "{display:none}\n") if rules else ""

    def select(self, name: str, label: str, prefix: str, values: list[str],
               shown: Callable[[str], str] = str,
               lang: Callable[[str], str] | None = None) -> str:
        # an article's title is Chinese: its option is in the article's language
        tags = [f' lang="{lang(v)}"' if lang else "" for v in values]
        options = "".join(f'<option value="f{prefix}{i}"{tag}>{escape(shown(v))}</option>'
                          for i, (v, tag) in enumerate(zip(values, tags, strict=True)))
        return (f'<label>{label} <select name="{name}"><option value="">all</option>'
                f"{options}</select></label>")


def _code(claim: str) -> str:
    """A claim id in running text, as the claim notes write it."""
    return f"<code>{escape(claim)}</code>"


def _titled(source_id: str, corpus: Corpus) -> str:
    """A source filter's option: the id and, to know the article by, its title."""
    source = corpus.sources.get(source_id)
    return f"{source_id} 《{source.title}》" if source is not None else source_id


def _finding(finding: Finding, corpus: Corpus, page: _Page, chart_id: str) -> str:
    sources = [c.source for c in finding.claims]
    classes = " ".join(filter(None, [
        "finding", f"s{page.status_ix[finding.status.value]}",
        f"k{page.kind_ix[finding.kind]}", _classes(sources, "r", page.source_ix)]))
    ack = ' <span class="ack">acknowledged</span>' if finding.acknowledged else ""
    data = (f'data-status="{escape(finding.status.value)}" data-kind="{escape(finding.kind)}" '
            f'data-source="{escape(" ".join(sorted(set(sources))))}"')
    heading = (f'<h3><span class="badge">{escape(finding.status.value)}</span> '
               f"<code>{escape(finding.id)}</code>{ack}</h3>")
    lang = _lang(sources, corpus)  # of the figures the message and arithmetic quote
    out = [f'<article class="{classes}" {data}>', heading,
           f'<p class="message">{_marked(finding.message, lang)}</p>']
    if finding.claims:
        # a kind that gives its claims no roles (a plugin's) gets no column of blanks
        roles = any(item.role for item in finding.claims)
        # named, so that a screen reader's list of tables tells one finding's from another
        columns = (["Role"] if roles else []) + [
            "Claim", "Quote in context", "As written", "Common unit", "As of", "Where"]
        out.append(f'<table aria-label="Claims of {escape(finding.id)}"><thead><tr>'
                   + "".join(f'<th scope="col">{c}</th>' for c in columns)
                   + "</tr></thead><tbody>")
        for item in finding.claims:
            source = corpus.sources.get(item.source)
            written = _LANG[source.script] if source else "zh"
            # the article by its title: an editor knows it by that, not by its file name
            title = (f'<cite lang="{written}">《{escape(source.title)}》</cite>'
                     if source is not None else "")
            if source is not None and linked(source.url):  # to the article, where known
                title = f'<a href="{escape(source.url)}">{title}</a>'
            title += "<br>" if title else ""
            # data-label: the column's name, shown before each cell where a narrow screen
            # stacks the cells (and hides the header row)
            out.append(
                "<tr>" + (f'<td data-label="Role">{_breakable(item.role)}</td>' if roles else "")
                + f'<td data-label="Claim"><code>{_breakable(item.claim)}</code></td>'
                f'<td class="quote" lang="{written}">'
                f"{context_html(item, source.text if source else None)}</td>"
                # the language on a span, not the cell: the column's name drawn before
                # the cell on a phone (::before) is English
                f'<td data-label="As written"><span lang="{written}">{escape(item.value)}'
                "</span></td>"
                # display() writes the common unit in Simplified script, whatever the article
                f'<td data-label="Common unit"><span lang="zh-Hans">{escape(item.shown)}'
                "</span></td>"
                f'<td data-label="As of">{escape(item.as_of)}</td>'
                f'<td class="where" data-label="Where">{title}'
                f"{_breakable(f'{shown_path(item.file)}:{item.line}:{item.col}')}</td></tr>")
        out.append("</tbody></table>")
    if finding.difference is not None:
        rel = f" ({escape(finding.relative)})" if finding.relative else ""
        out.append('<p class="difference">Difference: '
                   f"{_marked(finding.difference, lang)}{rel}</p>")
    if finding.arithmetic:
        out.append('<pre class="arithmetic">'
                   + "\n".join(_marked(step, lang) for step in finding.arithmetic) + "</pre>")
    if finding.acknowledgement:
        label = "Acknowledged" if finding.acknowledged else "Acknowledgement"
        who = reviewer(finding, page.behind)
        by = f" by {who}" if who else ""
        out.append(f'<p class="acknowledgement">{label}{_marked(by, lang)}: '
                   f"{_marked(finding.acknowledgement, lang)}</p>")
        if (entry := page.behind.get(finding.id)) is not None:
            out.append(f'<p class="reviewed">{reviewed(entry, _code, escape)}</p>')
    notes = [(c.claim, corpus.claims[c.claim].note, _lang([c.source], corpus))
             for c in finding.claims
             if c.claim in corpus.claims and corpus.claims[c.claim].note]
    if notes:
        out.append('<ul class="notes">' + "".join(
            f"<li><code>{escape(claim)}</code>: {_marked(note or '', note_lang)}</li>"
            for claim, note, note_lang in notes) + "</ul>")
    if finding.kind == "series":
        svg = series_chart(finding, chart_id, corpus)
        if svg:
            out.append(f'<figure class="chart">{svg}<figcaption>{escape(finding.id)}: '
                       "points by date; red marks a point below an earlier one."
                       "</figcaption></figure>")
    if finding.location.path:
        line = f":{finding.location.line}" if finding.location.line > 0 else ""
        out.append(f'<p class="where">{located_at(finding)} '
                   f"{escape(shown_path(finding.location.path) + line)}</p>")
    out.append("</article>")
    return "\n".join(out)


def _showing_all(total: int) -> str:
    """What the status line says with no filter, as the page's script says it."""
    return "Showing the 1 finding." if total == 1 else f"Showing all {total} findings."


def _summary(findings: list[Finding], corpus: Corpus) -> str:
    total = Counter(f.status for f in findings)
    acked = Counter(f.status for f in findings if f.acknowledged)
    # each row is headed by its status, so that a screen reader says "conflict" with its
    # counts, not only "Findings 1"
    rows = "".join(f'<tr><th scope="row">{escape(s.value)}</th><td>{total[s]}</td>'
                   f"<td>{acked[s]}</td></tr>" for s in ORDER)
    return (f"<p>{escape(counts(corpus, findings))}.</p>"
            '<table class="summary" aria-label="Findings by status"><thead><tr>'
            '<th scope="col">Status</th><th scope="col">Findings</th>'
            f'<th scope="col">Acknowledged</th></tr></thead><tbody>{rows}</tbody></table>'
            '<p class="legend">' + "; ".join(
                f"<strong>{term}</strong>: {_marked(meaning, 'zh-Hans')}"
                for term, meaning in LEGEND) + f". {_marked(INTERVALS, 'zh-Hans')}</p>")


def render_html(corpus: Corpus, findings: list[Finding], *,
                tick: Callable[[], None] | None = None) -> str:
    """The HTML report of a run, as one self-contained page.

    Args:
        corpus: the loaded corpus (source texts for context, claim notes, counts).
        findings: the engine's findings.
        tick: called once per finding rendered, for a progress bar.

    Returns:
        The page, ending with a newline; the same bytes for the same input.
    """
    return "".join(html_pieces(corpus, findings, tick=tick))


def html_pieces(corpus: Corpus, findings: list[Finding], *,
                tick: Callable[[], None] | None = None) -> Iterator[str]:
    """:func:`render_html` in pieces, one per finding, so a large page is written as it is
    made and never held whole (an archive's page runs to hundreds of megabytes)."""
    page = _Page(findings, corpus.acknowledgements)
    filters = (page.select("status", "Status", "s", page.statuses)
               + page.select("kind", "Kind", "k", page.kinds)
               + page.select("source", "Source", "r", page.sources,
                             lambda v: _titled(v, corpus), lambda v: _lang([v], corpus)))
    yield "".join(line + "\n" for line in (
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>factcheck report</title>",
        f"<style>{_STYLE}{page.css()}</style>",
        "</head>",
        "<body>",
        # everything in a landmark: a screen reader that jumps to the main content lands
        # on the title, not past the summary and the filters
        "<main>",
        "<h1>Fact-check report</h1>",
        _summary(findings, corpus),
        '<form id="filters" aria-label="Filters" hidden>'
        # filled in as the page loads, as the script says it after a filter
        f'{filters}<output id="shown" role="status">{_showing_all(len(findings))}'
        "</output></form>",
        # shown before the findings load: shown by the script at the end, it pushed a long
        # report down under the reader; with no findings, empty filters stay hidden
        *(['<script>document.getElementById("filters").hidden = false</script>']
          if findings else []),
        '<div id="findings">',
        *([] if findings else ['<p class="empty">No findings.</p>']),
    ))
    charts = 0
    for status in ORDER:
        group = [f for f in findings if f.status is status]
        if not group:
            continue
        title = f"{TITLES[status]} ({len(group)})"
        section = f"sec-{escape(status.value)}"
        data = f'data-title="{escape(TITLES[status])}" data-count="{len(group)}"'
        if status in _COLLAPSED:
            # written open, so that without JavaScript it all shows and prints, and closed
            # at once, before its findings are parsed: closed by the script at the end, a
            # long report was painted open while it loaded, then collapsed and jumped
            yield (f'<details class="group" id="{section}" {data} open><summary>'
                   f"<h2>{title}</h2></summary>{_FOLD.format(id=section)}\n")
        else:
            yield f'<section class="group" id="{section}" {data}><h2>{title}</h2>\n'
        for finding in group:
            yield _finding(finding, corpus, page, f"series-{charts}") + "\n"
            charts += finding.kind == "series"
            if tick is not None:
                tick()
        yield "</details>\n" if status in _COLLAPSED else "</section>\n"
    yield ('<p id="none" hidden>No finding matches these filters.</p>\n'
           f"</div>\n</main>\n<script>{_SCRIPT}</script>\n</body>\n</html>\n")
