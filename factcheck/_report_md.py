"""The Markdown report: findings grouped by status, worst first, every input string escaped."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TypeGuard

from ._engine import acknowledgements_behind
from ._errors import plural, shown_path, visible
from ._findings import ORDER, TITLES, Finding, Involved, Status, status_head
from ._model import Acknowledgement, Corpus

__all__ = ["INTERVALS", "LEGEND", "article_quote", "counts", "escape_md", "linked", "located_at",
           "render_markdown", "reviewed", "reviewer", "reviewers"]

# Statuses listed in one table row per finding rather than in full.
_BRIEF = (Status.NOT_CHECKABLE, Status.CONSISTENT)

# Every character that can start or end Markdown syntax inline (emphasis, code, links,
# images, HTML, autolinks, entities, tables, headings, strikethrough, math on GitHub) is
# backslash-escaped; CommonMark allows a backslash before any ASCII punctuation.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~&!$])")
# the marker's punctuation is escaped: a backslash before a digit is no escape (\1. shows);
# digits open an ordered list only before a space or the end (293.9亿元 opens none)
_LINE_START = re.compile(r"^\s*(?:[-+=]|\d{1,9}[.)](?=\s|$))")


def escape_md(text: str, *, line_start: bool = False) -> str:
    """Escape ``text`` so that Markdown shows it literally, on one line.

    Newlines become spaces (a table cell or paragraph must stay one line), so
    ``<script>``, ``**x**`` or ``# x`` show as typed.

    Args:
        text: any string from a claim, source or finding.
        line_start: the text starts a block (e.g. a list item's text), so a leading
            ``-``, ``+``, ``=`` or the ``.`` of ``1.`` that would open a list or heading is
            escaped too, and a leading space or tab, which would open an indented code
            block, is written as a character reference (``&#32;``).

    Returns:
        The escaped text.
    """
    flat = " ".join(visible(text).splitlines())
    escaped = _SPECIAL.sub(r"\\\1", flat)
    if not line_start:
        return escaped
    escaped = _LINE_START.sub(lambda m: f"{m[0][:-1]}\\{m[0][-1]}", escaped, count=1)
    if escaped[:1] in (" ", "\t"):
        # four spaces or a tab open an indented code block ("    sp*ace" shown as code, its
        # escapes as typed), and a backslash is no escape of a space: a character reference
        # is text, never indentation, and keeps the space
        escaped = f"&#{ord(escaped[0])};{escaped[1:]}"
    return escaped


def article_quote(item: Involved, corpus: Corpus) -> tuple[str, tuple[int, int] | None]:
    """The quote as the article writes it, and where the figure is inside it (or ``None``).

    That is the claim's span of the source text, as the HTML report shows it: a
    Traditional article's quote stays Traditional even when the YAML gives it in
    Simplified (the loader matches across scripts), and inline pinyin stays. Without the
    source text (or with spans that do not fit it), the YAML quote is shown, and the
    figure is the YAML value where the quote holds it (the offsets are the article's).
    """
    start, end = item.span
    source = corpus.sources.get(item.source)
    if source is None or not 0 <= start <= end <= len(source.text):
        at = item.quote.find(item.value) if item.value else -1
        return item.quote, (None if at < 0 else (at, at + len(item.value)))
    figure = (item.value_span[0] - start, item.value_span[1] - start)
    return source.text[start:end], (figure if 0 <= figure[0] < figure[1] <= end - start
                                    else None)


def _punctuation(char: str) -> bool:
    """CommonMark's Unicode punctuation character (general category P or S)."""
    return unicodedata.category(char)[0] in "PS"


def _space(char: str) -> bool:
    """CommonMark's Unicode whitespace character (Zs, tab, line feed, form feed, return)."""
    return char in "\t\n\f\r" or unicodedata.category(char) == "Zs"


def _bold(before: str, figure: str, after: str) -> str:
    """``figure`` in bold between ``before`` and ``after`` (all escaped already).

    ``**`` only opens when it is left-flanking and only closes when it is right-flanking,
    so ``占比**80.7%**的`` (punctuation inside, a letter outside) would show its asterisks;
    there the figure is wrapped in ``<strong>``, which CommonMark and GitHub pass through.
    """
    if not figure:
        return before + after
    prev, first, last = before[-1:] or " ", figure[0], figure[-1]
    follow = after[:1] or " "
    opens = not _space(first) and (
        not _punctuation(first) or _space(prev) or _punctuation(prev))
    closes = not _space(last) and (
        not _punctuation(last) or _space(follow) or _punctuation(follow))
    if opens and closes:
        return f"{before}**{figure}**{after}"
    return f"{before}<strong>{figure}</strong>{after}"


def _quote(item: Involved, corpus: Corpus) -> str:
    """The quote as the article writes it, escaped, with the figure in bold when it lies
    inside the quote."""
    quote, where = article_quote(item, corpus)
    if where is not None:
        start, end = where
        return "「" + _bold(escape_md(quote[:start]), escape_md(quote[start:end]),
                           escape_md(quote[end:])) + "」"
    return f"「{escape_md(quote)}」"


def _fence(lines: Iterable[str]) -> list[str]:
    """A fenced code block longer than any run of backticks inside it, so it cannot end early;
    control and invisible format characters are shown as escapes, as everywhere else."""
    body = [" ".join(visible(line).splitlines()) for line in lines]
    longest = max((len(run) for line in body for run in re.findall("`+", line)), default=0)
    fence = "`" * max(3, longest + 1)
    return [fence + "text", *body, fence]


def _where(item: Involved, corpus: Corpus) -> str:
    """The article by its title (an editor knows 《道里高起点...》, not 001_ae002c96.txt),
    linked to its ``url`` when the registry gives one, then the quote's file:line:col."""
    source = corpus.sources.get(item.source)
    title = f"《{escape_md(source.title)}》" if source is not None else ""
    if source is not None and linked(source.url):
        title = f"[{title}]({_destination(source.url)})"
    return (title + " " if title else "") + escape_md(f"{shown_path(item.file)}:{item.line}:{item.col}")


def linked(url: str | None) -> TypeGuard[str]:
    """Whether an article's ``url`` is written as a link: an http(s) address, as the loader
    requires of ``sources.yaml``; a corpus built or trimmed by hand is not vetted by it,
    and a ``javascript:`` link would run its script when clicked."""
    from ._sources import _web_address

    return url is not None and _web_address(url)


def _destination(url: str) -> str:
    """``url`` as a Markdown link's destination: the characters that would end it or be
    read as an escape are percent-encoded (a ``url`` holds no whitespace: the loader
    refuses it), so ``https://x.org/a_(b)`` stays one link; an ``&`` is written
    ``&amp;``, which a renderer decodes back to it, as it would decode the ``&lt;`` of
    ``?a=1&lt;x`` to ``<`` (a different address) if the ``&`` were left bare."""
    return url.translate(_DESTINATION)


# a percent-encoded & would change the address (%26 is data, & a separator of its query)
_DESTINATION = str.maketrans({**{c: f"%{ord(c):02X}" for c in "()<>\\`|"}, "&": "&amp;"})


def located_at(finding: Finding) -> str:
    """How a report introduces a finding's location: ``Declared at`` the check that was
    declared, or ``First claim at`` for a kind that runs without being declared
    (agreement, series), which is located at its first claim: nothing declares it; a
    stale finding is at its ``Acknowledgement``, which is no check."""
    if finding.status is Status.STALE:
        return "Acknowledgement at"
    first = finding.claims[0].yaml if finding.claims else None
    return "First claim at" if first == finding.location else "Declared at"


def reviewer(finding: Finding, behind: Mapping[str, Acknowledgement]) -> str | None:
    """Who wrote the finding's acknowledgement (its optional ``reviewer:``), or ``None``;
    ``behind`` is :func:`~factcheck._engine.acknowledgements_behind` of the run."""
    ack = behind.get(finding.id) if finding.acknowledgement is not None else None
    return None if ack is None else ack.reviewer


def reviewers(findings: Iterable[Finding],
              acknowledgements: Sequence[Acknowledgement]) -> dict[str, str]:
    """Who reviewed the acknowledgement behind each of ``findings`` that names one (its
    ``reviewer:``), by finding id: for the text and pytest renderings, which need nothing
    else of :func:`~factcheck._engine.acknowledgements_behind` (not worked out where no
    acknowledgement names a reviewer)."""
    if not any(ack.reviewer for ack in acknowledgements):
        return {}
    findings = list(findings)
    behind = acknowledgements_behind(findings, acknowledgements)
    return {finding.id: name for finding in findings
            if (name := reviewer(finding, behind)) is not None}


def reviewed(ack: Acknowledgement, claim: Callable[[str], str],
             text: Callable[[str], str]) -> str:
    """The sentence that names the claims an acknowledgement was reviewed with (its
    ``claims:``) and where it is written, each claim id written by ``claim`` and the rest
    by ``text`` (the format's escaping): ``Reviewed claims: a, b (the acknowledgement at
    checks.yaml:2).``"""
    where = text(f"{shown_path(ack.location.path)}:{ack.location.line}")
    if ack.claims is None:
        return (f"Reviewed claims: not listed (the acknowledgement at {where} gives no "
                "claims:).")
    return (f"Reviewed claims: {', '.join(claim(c) for c in ack.claims)} "
            f"(the acknowledgement at {where}).")


def _finding(finding: Finding, corpus: Corpus,
             behind: Mapping[str, Acknowledgement]) -> list[str]:
    where = finding.location
    out = [f"### {status_head(finding.status, finding.acknowledged)}{escape_md(finding.id)}",
           ""]
    # a derived check's message starts with its expression: "- more + bowl is 3元" is
    # a paragraph, not a list item that drops the minus
    out.append(escape_md(finding.message, line_start=True))
    out.append("")
    if where.path:
        line = f":{where.line}" if where.line > 0 else ""
        out += [f"{located_at(finding)} {escape_md(shown_path(where.path) + line)}.", ""]
    if finding.claims:
        # a kind that gives its claims no roles (a plugin's) gets no column of blanks
        roles = any(item.role for item in finding.claims)
        out += [f"| {'Role | ' if roles else ''}Claim | Quote | As written | Common unit | As of "
                "| Where |", f"| {'--- | ' if roles else ''}--- | --- | --- | --- | --- | --- |"]
        for item in finding.claims:
            role = f"| {escape_md(item.role)} " if roles else ""
            out.append(
                f"{role}| {escape_md(item.claim)} | {_quote(item, corpus)} "
                f"| {escape_md(item.value)} | {escape_md(item.shown)} | {escape_md(item.as_of)} "
                f"| {_where(item, corpus)} |")
        out.append("")
    if finding.difference is not None:
        rel = f" ({escape_md(finding.relative)})" if finding.relative else ""
        out += [f"Difference: {escape_md(finding.difference)}{rel}", ""]
    if finding.arithmetic:
        out += ["Arithmetic:", "", *_fence(finding.arithmetic), ""]
    if finding.acknowledgement:
        label = "Acknowledged" if finding.acknowledged else "Acknowledgement"
        who = reviewer(finding, behind)
        by = f" by {escape_md(who)}" if who else ""
        out += [f"{label}{by}: {escape_md(finding.acknowledgement)}", ""]
        if (entry := behind.get(finding.id)) is not None:
            out += [reviewed(entry, escape_md, escape_md), ""]
    notes = [(c.claim, corpus.claims[c.claim].note) for c in finding.claims
             if c.claim in corpus.claims and corpus.claims[c.claim].note]
    if notes:
        out += ["Notes:", ""]
        out += [f"- {escape_md(claim, line_start=True)}: {escape_md(note or '')}" for claim, note in notes]
        out.append("")
    return out


#: What each status (and an acknowledgement) means, for a reader who did not write the
#: claims: said under the summary of the Markdown and HTML reports.
LEGEND = (
    ("conflict", "the figures fail the check even with round numbers read loosely"),
    ("discrepancy", "they fail it as written, but pass once the figures' rounding is allowed "
                    "for: a round number (3000公里, 300亿元) read at its last non-zero digit "
                    "(3000 as [2500, 3500)), or a figure that only touches another (1.2万人 and "
                    "超过1.2万人) read to its last digit"),
    ("stale", "a reviewer's acknowledgement that no longer matches its finding, to review "
              "again"),
    ("not-checkable", "the check could not be made (its message says why)"),
    ("consistent", "the figures pass, as written or within the precision they are written "
                   "to (2.84亿 adds up to 2.8亿)"),
    ("acknowledged", "a reviewer accepted the finding, for the reason shown, and it no "
                     "longer fails factcheck check"),
)

#: How the reports write a figure's values, said after :data:`LEGEND`.
INTERVALS = ("Each figure is read as the values it allows: 293.9亿 as [293.85亿, 293.95亿), "
             "what rounds to it, and 近300亿 as [270亿, 300亿); a square bracket includes its "
             "end, a round one leaves it out.")


def counts(corpus: Corpus, findings: list[Finding]) -> str:
    """``"8 findings from 14 claims in 5 sources"``."""
    return (f"{plural(len(findings), 'finding')} from {plural(len(corpus.claims), 'claim')}"
            f" in {plural(len(corpus.sources), 'source')}")


def _summary(findings: list[Finding]) -> list[str]:
    counts = Counter(f.status for f in findings)
    acked = Counter(f.status for f in findings if f.acknowledged)
    out = ["| Status | Findings | Acknowledged |", "| --- | ---: | ---: |"]
    out += [f"| {status.value} | {counts[status]} | {acked[status]} |" for status in ORDER]
    return out


def render_markdown(corpus: Corpus, findings: list[Finding], *,
                    tick: Callable[[], None] | None = None) -> str:
    """The Markdown report of a run.

    Conflicts come first, then stale acknowledgements and discrepancies in full (quotes
    with the figure in bold, values in the common unit, difference, arithmetic,
    acknowledgement, claim notes); not-checkable and consistent findings follow as
    one table row each (id, claim ids, message). The output depends only on the corpus and findings: no dates,
    versions or absolute paths.

    Args:
        corpus: the loaded corpus (for claim notes and counts).
        findings: the engine's findings.
        tick: called once per finding rendered, for a progress bar.

    Returns:
        The report, ending with a newline.
    """
    out = ["# Conflict report", "",
           ("This file is generated by `factcheck report`; do not edit it by hand "
            "(see docs/reports.md)."), "",
           f"{counts(corpus, findings)}.", "", *_summary(findings), "",
           *(f"- **{term}**: {escape_md(meaning)}" for term, meaning in LEGEND), "",
           escape_md(INTERVALS), "", *([] if findings else ["No findings.", ""])]
    behind = acknowledgements_behind(findings, corpus.acknowledgements)
    for status in ORDER:
        group = [f for f in findings if f.status is status]
        if not group:
            continue
        out += [f"## {TITLES[status]} ({len(group)})", ""]
        if status in _BRIEF:
            out += ["| Finding | Claims | Message |", "| --- | --- | --- |"]
        for finding in group:
            if status in _BRIEF:
                claims = ", ".join(escape_md(c) for c in dict.fromkeys(finding.claim_ids))
                out.append(f"| {escape_md(finding.id)} | {claims} "
                           f"| {escape_md(finding.message)} |")
            else:
                out += _finding(finding, corpus, behind)
            if tick is not None:
                tick()
        if status in _BRIEF:
            out.append("")
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"
