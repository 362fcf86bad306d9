"""Claim coverage: the share of an article's numeric mentions that claims (or reasons) cover.

For each registered source, the extractor (:func:`factcheck._extract.extract`) lists the
mentions. Only *counted* kinds take part: quantity, date, duration and percentage. Ordinals
(第二批, 首个) and identifiers (十九大, “20+8”) state nothing a claim could check, so they
never need one. A counted mention that lies outside the article body (a span the registry
excludes: bylines, captions, page furniture) is *excluded* and not counted either.

A counted body mention is *covered* when it is

* the value of a claim of that source, at the claim's place in the article (``claimed``:
  another number inside the claim's quote is not covered by it), or
* wholly inside the quote span of a ``not_claims:`` entry, which gives the reason
  (``declared``).

Everything else is *uncovered*. The percentage is ``(claimed + declared) / body mentions``;
a source without counted body mentions is fully covered.
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from ._errors import plural, visible
from ._extract import extract
from ._extract_mention import Mention
from ._extract_render import figure_index, skeleton_problem
from ._lines import line_bounds
from ._model import Claim, Corpus, NotClaim, Source
from ._numbers import format_exact

__all__ = ["Coverage", "SourceCoverage", "compute_coverage", "coverage_json", "render_coverage"]

_CONTEXT = 16


@dataclass(frozen=True, slots=True)
class SourceCoverage:
    """The coverage of one source.

    Attributes:
        source: the source.
        claimed: counted body mentions at a claim's value (not merely inside its quote: a
            claim says one figure), with the claim id.
        declared: counted body mentions inside a not_claims entry, with its reason.
        uncovered: counted body mentions covered by neither.
        excluded: counted mentions outside the article body.
        not_counted: ordinals and identifiers.
        unmatched_claims: claims of this source whose value is at no mention (a figure the
            extractor does not see, or a claim on a non-numeric value).
        idle_not_claims: not_claims entries of this source that declare no mention: their
            quote holds no counted body mention that a claim does not already cover (stale,
            or a number the extractor does not see).
    """

    source: Source
    claimed: tuple[tuple[Mention, str], ...]
    declared: tuple[tuple[Mention, str], ...]
    uncovered: tuple[Mention, ...]
    excluded: tuple[Mention, ...]
    not_counted: tuple[Mention, ...]
    unmatched_claims: tuple[str, ...] = ()
    idle_not_claims: tuple[NotClaim, ...] = ()

    @property
    def body(self) -> int:
        """The number of counted mentions in the article body."""
        return len(self.claimed) + len(self.declared) + len(self.uncovered)

    @property
    def share(self) -> Fraction:
        """Covered body mentions over body mentions (1 when there are none)."""
        if self.body == 0:
            return Fraction(1)
        return Fraction(len(self.claimed) + len(self.declared), self.body)


@dataclass(frozen=True, slots=True)
class Coverage:
    """Coverage of every source of a corpus, in source id order."""

    sources: tuple[SourceCoverage, ...]

    @property
    def body(self) -> int:
        """Counted body mentions over all sources."""
        return sum(s.body for s in self.sources)

    @property
    def covered(self) -> int:
        """Covered body mentions over all sources."""
        return sum(len(s.claimed) + len(s.declared) for s in self.sources)

    @property
    def share(self) -> Fraction:
        """The overall share (1 when there are no body mentions)."""
        return Fraction(self.covered, self.body) if self.body else Fraction(1)


def compute_coverage(corpus: Corpus) -> Coverage:
    """Measure how much of each source the claims and not_claims entries cover.

    Args:
        corpus: a loaded corpus (sources, claims, not_claims).

    Returns:
        The coverage of every source.
    """
    claims: dict[str, list[Claim]] = {}
    for claim in corpus.claims.values():
        claims.setdefault(claim.source, []).append(claim)
    reasons: dict[str, list[NotClaim]] = {}
    for entry in corpus.not_claims:
        reasons.setdefault(entry.source, []).append(entry)
    return Coverage(tuple(
        _one(source, claims.get(sid, []), reasons.get(sid, []))
        for sid, source in sorted(corpus.sources.items())
    ))


def _one(source: Source, claims: list[Claim], reasons: list[NotClaim]) -> SourceCoverage:
    mentions = extract(source.text)
    ends = [m.end for m in mentions]
    claim_at = _at_values(mentions, ends, claims)
    reason_at = first_holding(mentions, [e.span for e in reasons])
    claimed: list[tuple[Mention, str]] = []
    declared: list[tuple[Mention, str]] = []
    uncovered: list[Mention] = []
    excluded: list[Mention] = []
    not_counted: list[Mention] = []
    for m, claim, entry in zip(mentions, claim_at, reason_at, strict=True):
        if not m.counted:
            not_counted.append(m)
        elif not source.is_body(m.start, m.end):
            excluded.append(m)
        elif claim is not None:
            claimed.append((m, claims[claim].id))
        elif entry is not None:
            declared.append((m, reasons[entry].reason))
        else:
            uncovered.append(m)
    unmatched = tuple(sorted(c.id for c in claims if not _meets_a_mention(mentions, ends, c)))
    idle = _idle(mentions, {m.start for m, _ in declared}, reasons)
    return SourceCoverage(source, tuple(claimed), tuple(declared), tuple(uncovered),
                          tuple(excluded), tuple(not_counted), unmatched, idle)


def _idle(mentions: Sequence[Mention], declared: set[int],
          reasons: list[NotClaim]) -> tuple[NotClaim, ...]:
    """The not_claims entries whose quote holds no declared mention (by start offset)."""
    starts = [m.start for m in mentions]
    idle = []
    for entry in reasons:
        low, high = entry.span
        k = bisect.bisect_left(starts, low)
        held = False
        while k < len(mentions) and mentions[k].start < high:
            if mentions[k].end <= high and mentions[k].start in declared:
                held = True
                break
            k += 1
        if not held:
            idle.append(entry)
    return tuple(idle)


def first_holding(mentions: Sequence[Mention],
                  spans: Sequence[tuple[int, int]]) -> list[int | None]:
    """For each mention, the index of the first span that holds it whole, or None.

    Mentions come in text order and do not overlap, so their ends only grow, and a span
    that ends before one mention ends before every later one. A sweep keeps the spans that
    have begun in a heap by index and drops such spent spans when they reach the top: the
    top is then the first span that holds the mention. This is n log n; comparing every
    mention with every span grew with the product of the two.
    """
    order = sorted(range(len(spans)), key=lambda k: spans[k][0])
    begun: list[int] = []
    result: list[int | None] = []
    next_span = 0
    for m in mentions:
        while next_span < len(order) and spans[order[next_span]][0] <= m.start:
            heapq.heappush(begun, order[next_span])
            next_span += 1
        while begun and spans[begun[0]][1] < m.end:
            heapq.heappop(begun)
        result.append(begun[0] if begun else None)
    return result


def _at_values(mentions: Sequence[Mention], ends: list[int],
               claims: Sequence[Claim]) -> list[int | None]:
    """For each mention, the index of the first claim whose value overlaps it, or None.

    A claim says the figure at its value, so it covers the mention there (also when the
    two differ in extent: 3年 of the mention 3年来, whose 来 is no part of the figure), and
    not the other numbers of its quote.
    """
    result: list[int | None] = [None] * len(mentions)
    for index, claim in enumerate(claims):
        start, end = claim.value_span
        k = bisect.bisect_right(ends, start)
        while k < len(mentions) and mentions[k].start < end:
            if result[k] is None:
                result[k] = index
            k += 1
    return result


def _meets_a_mention(mentions: Sequence[Mention], ends: list[int], claim: Claim) -> bool:
    """Whether the claim's value overlaps a mention (the first ending after it starts)."""
    start, end = claim.value_span
    k = bisect.bisect_right(ends, start)
    return k < len(mentions) and mentions[k].start < end


def percent_text(share: Fraction) -> str:
    """A share as a percentage with one decimal, rounded down (never overstated)."""
    tenths = share * 1000 // 1
    return f"{tenths // 10}.{tenths % 10}%"


def context(source: Source, m: Mention) -> str:
    """The mention in its line, marked with 【】 and cut to a short window."""
    text = source.text
    line_start, line_end = line_bounds(text, m.start, m.end)
    a = max(line_start, m.start - _CONTEXT)
    b = min(line_end, m.end + _CONTEXT)
    before = ("…" if a > line_start else "") + text[a : m.start].lstrip()
    after = text[m.end : b] + ("…" if b < line_end else "")
    return f"{before}【{m.text}】{after}"


def _unproposed(sc: SourceCoverage) -> list[str | None]:
    """For each uncovered mention of ``sc``, why ``factcheck extract --format yaml``
    proposes no claim for it (過萬元 is a form factcheck does not read: list it under
    not_claims), or None where it gives a skeleton."""
    if not sc.uncovered:
        return []
    spans_of, wholes_of = figure_index(sc.source.text)
    traditional = sc.source.script == "traditional"
    return [skeleton_problem(sc.source.text, m, spans_of, wholes_of, traditional)
            for m in sc.uncovered]


def render_coverage(coverage: Coverage) -> str:
    """Plain text: one line per source, then every uncovered mention, then the total.
    Control and invisible format characters (of the article, or of a not_claims quote
    through a YAML escape) are shown as escapes, as in ``factcheck check``."""
    out: list[str] = []
    for sc in coverage.sources:
        out.append(f"{sc.source.id} ({sc.source.file}): {percent_text(sc.share)} of "
                   f"{plural(sc.body, 'mention')} covered ({len(sc.claimed)} by claims, "
                   f"{len(sc.declared)} by not_claims); {len(sc.uncovered)} uncovered, "
                   f"{len(sc.excluded)} outside the body, {len(sc.not_counted)} ordinals "
                   "and identifiers not counted")
    for sc in coverage.sources:
        for m, unproposed in zip(sc.uncovered, _unproposed(sc), strict=True):
            line, col = sc.source.line_col(m.start)
            out.append(f"{sc.source.file}:{line}:{col}: uncovered {m.kind} {m.text}  "
                       f"{context(sc.source, m)}")
            if unproposed is not None:  # 過萬元: claim it and the loader refuses it
                out.append(f"  extract proposes no claim for it: {unproposed}")
        for claim_id in sc.unmatched_claims:
            out.append(f"note: claim {claim_id} ({sc.source.id}) has a value at no extracted "
                       "mention")
        for entry in sc.idle_not_claims:
            out.append(f"{entry.location.place}: note: the not_claims entry 「{entry.quote}」 "
                       f"({sc.source.id}) covers no mention that is not already claimed")
    out.append(f"coverage: {percent_text(coverage.share)} ({coverage.covered} of "
               f"{plural(coverage.body, 'numeric mention')} in "
               f"{plural(len(coverage.sources), 'source')})")
    return visible("\n".join(out)) + "\n"


def coverage_json(coverage: Coverage) -> dict[str, Any]:
    """The JSON form, documented in docs/json-format.md (``factcheck coverage``)."""
    return {
        "version": 1,
        "covered": coverage.covered,
        "mentions": coverage.body,
        "share": format_exact(coverage.share),
        "percent": percent_text(coverage.share).rstrip("%"),
        "sources": [_source_json(sc) for sc in coverage.sources],
    }


def _mention_json(source: Source, m: Mention) -> dict[str, Any]:
    line, col = source.line_col(m.start)
    return {"start": m.start, "end": m.end, "text": m.text, "kind": m.kind, "line": line,
            "col": col, "context": context(source, m)}


def _source_json(sc: SourceCoverage) -> dict[str, Any]:
    return {
        "source": sc.source.id,
        "file": sc.source.file,
        "mentions": sc.body,
        "covered": len(sc.claimed) + len(sc.declared),
        "share": format_exact(sc.share),
        "percent": percent_text(sc.share).rstrip("%"),
        "claimed": [{**_mention_json(sc.source, m), "claim": cid} for m, cid in sc.claimed],
        "declared": [{**_mention_json(sc.source, m), "reason": r} for m, r in sc.declared],
        "uncovered": [{**_mention_json(sc.source, m), "unproposed": unproposed}
                      for m, unproposed in zip(sc.uncovered, _unproposed(sc), strict=True)],
        "excluded": len(sc.excluded),
        "not_counted": len(sc.not_counted),
        "unmatched_claims": list(sc.unmatched_claims),
        "idle_not_claims": [{"quote": e.quote, "location": e.location.place}
                            for e in sc.idle_not_claims],
    }
