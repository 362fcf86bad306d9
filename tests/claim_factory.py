"""Build claims and corpora in memory, for fast property tests of the check kinds."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from factcheck import (
    CheckSpec,
    Claim,
    Corpus,
    Entity,
    Finding,
    Involved,
    Location,
    Metric,
    Source,
    Status,
    parse_period,
)
from factcheck._claim_quantity import quantity_of
from factcheck._numbers import parse_figure

__all__ = ["make_claim", "make_corpus", "quoted_across_scripts", "spec"]


def make_claim(claim_id: str, value: str, *, unit: str | None = None, entity: str = "e",
               metric: str = "m", as_of: str = "2020", tolerance: str | None = None) -> Claim:
    """A claim whose quote is its value, in a source whose text is the value too."""
    figure = parse_figure(value)
    assert figure is not None, value
    quantity = quantity_of(figure, unit, None, tolerance)
    assert not isinstance(quantity, str), quantity
    period = parse_period(as_of)
    assert period is not None
    return Claim(id=claim_id, source=f"src-{claim_id}", quote=value, span=(0, len(value)),
                 value=value, value_span=(0, len(value)), entity=entity, metric=metric,
                 as_of=period, location=Location("claims.yaml", 1, 1), quantity=quantity,
                 tolerance=tolerance)


def spec(kind: str, check_id: str, **params: Any) -> CheckSpec:
    """A declared check."""
    return CheckSpec(kind, check_id, params, Location("checks.yaml", 1, 1))


def make_corpus(claims: Iterable[Claim], checks: Iterable[CheckSpec] = (),
                metrics: Mapping[str, Metric] | None = None) -> Corpus:
    """A corpus holding ``claims``, each with its own one-line source."""
    claims = list(claims)
    published = parse_period("2020")
    assert published is not None
    sources = {c.source: Source(id=c.source, title=c.source, file=f"{c.source}.txt",
                                text=c.quote, published=published, script="simplified")
               for c in claims}
    entities = {c.entity: Entity(c.entity, c.entity) for c in claims}
    if metrics is None:
        metrics = {c.metric: Metric(c.metric, c.metric) for c in claims}
    return Corpus(sources=sources, entities=entities, metrics=metrics,
                  claims={c.id: c for c in claims}, checks=tuple(checks))


def quoted_across_scripts() -> tuple[Corpus, Finding]:
    """A conflict on a claim whose YAML quote is Simplified and leaves out the pinyin that
    its Traditional article writes inline, for the reports that quote the article."""
    text = "另據報道,開(kāi)啟了跨越2800公里的“握手”"
    period = parse_period("2024")
    assert period is not None
    corpus = Corpus(sources={"s": Source("s", "t", "s.txt", text, period, "traditional")})
    start = text.index("開")
    item = Involved(claim="c", source="s", file="s.txt", line=1, col=start + 1,
                    quote="开启了跨越2800公里的“握手”", span=(start, len(text)), value="2800公里",
                    value_span=(text.index("2800"), text.index("的")), shown="2800公里",
                    yaml=Location("c.yaml", 1), as_of="2024")
    return corpus, Finding("k[x]", "k", Status.CONFLICT, "m", (item,))
