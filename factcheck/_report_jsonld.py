"""The JSON-LD report: a schema.org ClaimReview for each claim in a conflict or discrepancy."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from ._engine import acknowledgements_behind
from ._findings import ORDER, Finding, Involved, Status
from ._model import Acknowledgement, Corpus
from ._numbers import format_exact
from ._report_md import article_quote, reviewer

__all__ = ["claim_reviews", "render_jsonld"]

_REVIEWED = (Status.CONFLICT, Status.DISCREPANCY)


def _property(name: str, value: str) -> dict[str, str]:
    return {"@type": "PropertyValue", "name": name, "value": value}


def _properties(item: Involved, corpus: Corpus) -> list[dict[str, str]]:
    """The claim's value as written, its unit and its interval in base units, exact."""
    props = [_property("value", item.value)]
    claim = corpus.claims.get(item.claim)
    if claim is None:
        return props
    if claim.quantity is not None:
        q = claim.quantity
        props.append(_property("unit", q.unit))
        props.append(_property("base value", format_exact(q.base)))
        props.append(_property("base unit", q.base_unit))
        if q.interval.low is not None:
            props.append(_property("interval low", format_exact(q.interval.low)))
        if q.interval.high is not None:
            props.append(_property("interval high", format_exact(q.interval.high)))
        # whether the ends belong to it: 超过500个 is (500, inf), 500个以上 [500, inf)
        props.append(_property("interval", str(q.interval)))
    if claim.date is not None:
        props.append(_property("date start", claim.date.start.isoformat()))
        props.append(_property("date end", claim.date.end.isoformat()))
    return props


def _claim(item: Involved, appearance: dict[str, Any], corpus: Corpus) -> dict[str, Any]:
    """The schema.org Claim: where it appeared, and (as ``about``, a QuantitativeValue,
    the type that may carry ``additionalProperty``) its exact value; a date claim also
    gives its period as ``temporalCoverage``."""
    value: dict[str, Any] = {"@type": "QuantitativeValue",
                             "additionalProperty": _properties(item, corpus)}
    claim = corpus.claims.get(item.claim)
    if claim is not None and claim.quantity is not None:
        value["unitText"] = claim.quantity.unit
    reviewed: dict[str, Any] = {"@type": "Claim", "appearance": appearance, "about": value}
    if claim is not None and claim.date is not None:
        reviewed["temporalCoverage"] = (f"{claim.date.start.isoformat()}/"
                                        f"{claim.date.end.isoformat()}")
    return reviewed


def _review(item: Involved, findings: list[Finding], corpus: Corpus,
            behind: Mapping[str, Acknowledgement]) -> dict[str, Any]:
    worst = min(findings, key=lambda f: (ORDER.index(f.status), f.id))
    appearance: dict[str, Any] = {"@type": "NewsArticle"}
    source = corpus.sources.get(item.source)
    if source is not None:
        appearance["headline"] = source.title
        if source.published.start == source.published.end:
            appearance["datePublished"] = source.published.start.isoformat()
        if source.publisher:
            appearance["publisher"] = {"@type": "Organization", "name": source.publisher}
        if source.url:
            appearance["url"] = source.url
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": item.claim,
        # the article's words, not the YAML's (which may be Simplified for a Traditional
        # article, or leave out inline pinyin)
        "claimReviewed": article_quote(item, corpus)[0],
        "itemReviewed": _claim(item, appearance, corpus),
        "reviewRating": {"@type": "Rating", "alternateName": worst.status.value,
                         "ratingExplanation": _explained(worst, behind)},
        "reviewBody": " ".join(f"{f.id} ({f.status.value}): {_explained(f, behind)}"
                               for f in findings),
    }


def _explained(finding: Finding, behind: Mapping[str, Acknowledgement]) -> str:
    """The finding's message, and the reviewer's reason when it was acknowledged: a
    published review must not present an accepted rounding as an open error. The reviewer
    is named when the acknowledgement says who (its ``reviewer:``), as the reports do."""
    if finding.acknowledged and finding.acknowledgement:
        who = reviewer(finding, behind) or "a reviewer"
        return f"{finding.message} Acknowledged by {who}: {finding.acknowledgement}"
    return finding.message


def claim_reviews(corpus: Corpus, findings: list[Finding]) -> list[dict[str, Any]]:
    """One ClaimReview per claim involved in a conflict or discrepancy, sorted by claim id.

    A claim in several such findings gets one review, rated by its worst finding, whose
    body lists every finding. Dates appear only where they are exact (a publication date
    inferred as a range is left out).

    Args:
        corpus: the loaded corpus (sources for the appearance, claims for the values).
        findings: the engine's findings.

    Returns:
        The reviews, as JSON-ready dicts.
    """
    involved: dict[str, Involved] = {}
    by_claim: dict[str, list[Finding]] = {}
    for finding in findings:
        if finding.status not in _REVIEWED:
            continue
        for item in finding.claims:
            involved.setdefault(item.claim, item)
            if finding not in by_claim.setdefault(item.claim, []):
                by_claim[item.claim].append(finding)
    behind = acknowledgements_behind(findings, corpus.acknowledgements)
    return [_review(involved[claim], by_claim[claim], corpus, behind)
            for claim in sorted(involved)]


def render_jsonld(corpus: Corpus, findings: list[Finding], *,
                  tick: Callable[[], None] | None = None) -> str:
    """The JSON-LD document: a JSON array of ClaimReview objects, keys sorted.

    Args:
        corpus: the loaded corpus.
        findings: the engine's findings.
        tick: called once per finding, for a progress bar.

    Returns:
        The document, ending with a newline.
    """
    reviews = claim_reviews(corpus, findings)
    if tick is not None:
        for _ in findings:
            tick()
    text = json.dumps(reviews, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    # < > & only occur inside strings, where their escapes mean the same: the document can
    # go into a <script type="application/ld+json"> element, which a quote's </script>
    # would otherwise close
    return text.translate(_HTML_SAFE)


_HTML_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})
