"""The JSON form of a run: ``{"version": 1, "claims": [...], "findings": [...],
"sources": [...]}``.

Other programs rely on this shape; it is documented in docs/json-format.md. Magnitudes
are exact decimal strings (or ``p/q`` where no finite decimal exists), never floats.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ._engine import acknowledgements_behind
from ._findings import Finding
from ._jsontext import byte_pieces, indented, pieces
from ._model import Acknowledgement, Claim, Corpus, Source
from ._numbers import format_exact

__all__ = ["VERSION", "claim_json", "dump_byte_pieces", "dump_pieces", "dumps", "finding_json",
           "run_json", "run_names", "source_json"]

VERSION = 1


def claim_json(claim: Claim, corpus: Corpus) -> dict[str, Any]:
    """One claim as a JSON object."""
    source = corpus.sources[claim.source]
    q = claim.quantity
    base = interval = None
    if q is not None:
        base = {"magnitude": format_exact(q.base), "unit": q.base_unit}
        interval = {
            "low": None if q.interval.low is None else format_exact(q.interval.low),
            "high": None if q.interval.high is None else format_exact(q.interval.high),
            "low_closed": q.interval.low_closed,
            "high_closed": q.interval.high_closed,
        }
    line, col = source.line_col(claim.value_span[0])
    return {
        "id": claim.id,
        "source": claim.source,
        "source_file": source.file,
        "source_line": line,
        "source_col": col,
        "quote": claim.quote,
        "span": list(claim.span),
        "value": claim.value,
        "unit": q.unit if q is not None else None,
        "qualifier": q.qualifier if q is not None else None,
        "base": base,
        "interval": interval,
        "date": None if claim.date is None else {
            "start": claim.date.start.isoformat(), "end": claim.date.end.isoformat()},
        "entity": claim.entity,
        "metric": claim.metric,
        "as_of": str(claim.as_of),
        "yaml": {"file": claim.location.path, "line": claim.location.line},
    }


def source_json(source: Source) -> dict[str, Any]:
    """One source (article) as a JSON object: what the reports name it by."""
    return {
        "source": source.id,  # as coverage --format json names it
        "file": source.file,
        "title": source.title,
        "url": source.url,
        "publisher": source.publisher,
        "published": str(source.published),
        "script": source.script,
    }


def finding_json(finding: Finding, ack: Acknowledgement | None = None) -> dict[str, Any]:
    """One finding as a JSON object; ``ack`` is the acknowledgement behind its
    ``acknowledgement`` (:func:`~factcheck._engine.acknowledgements_behind`), if any."""
    return {
        "id": finding.id,
        "kind": finding.kind,
        "status": finding.status.value,
        "acknowledged": finding.acknowledged,
        "acknowledgement": finding.acknowledgement,
        "acknowledgement_entry": None if ack is None else {
            "file": ack.location.path, "line": ack.location.line, "reviewer": ack.reviewer,
            "status": ack.status, "claims": None if ack.claims is None else list(ack.claims)},
        "claims": [c.claim for c in finding.claims],
        "involved": [{"claim": c.claim, "role": c.role or None, "shown": c.shown}
                     for c in finding.claims],
        "message": finding.message,
        "arithmetic": list(finding.arithmetic),
        "difference": finding.difference,
        "relative": finding.relative,
        "location": {"file": finding.location.path, "line": finding.location.line},
    }


def run_json(corpus: Corpus, findings: list[Finding]) -> dict[str, Any]:
    """The whole run: claims sorted by id, findings in engine order, sources by id."""
    behind = acknowledgements_behind(findings, corpus.acknowledgements)
    return {
        "version": VERSION,
        "claims": [claim_json(c, corpus) for _, c in sorted(corpus.claims.items())],
        "findings": [finding_json(f, behind.get(f.id)) for f in findings],
        "sources": [source_json(s) for _, s in sorted(corpus.sources.items())],
    }


def run_names(corpus: Corpus, findings: list[Finding]) -> set[str]:
    """The file names :func:`run_json` writes: the only text of a run not read from a
    UTF-8 file, so the only text that may hold a name's undecoded bytes."""
    names = {claim.location.path for claim in corpus.claims.values()}
    names.update(source.file for source in corpus.sources.values())
    names.update(finding.location.path for finding in findings)
    names.update(ack.location.path for ack in corpus.acknowledgements)
    return names


def dumps(data: dict[str, Any]) -> str:
    """Serialise deterministically: sorted keys, UTF-8 text, two-space indent."""
    return indented(data) + "\n"


def dump_pieces(data: dict[str, Any]) -> Iterator[str]:
    """:func:`dumps` in pieces (runs of claims and findings), to write a large run as it goes."""
    yield from pieces(data)
    yield "\n"


def dump_byte_pieces(data: dict[str, Any], errors: str = "strict") -> Iterator[bytes]:
    """:func:`dump_pieces` as UTF-8, for a binary stream (no decoding and encoding again);
    ``errors`` as the text stream would encode (see :func:`factcheck._jsontext.encoded`)."""
    yield from byte_pieces(data, errors)
    yield b"\n"
