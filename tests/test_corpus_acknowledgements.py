"""Every acknowledgement in the claims corpus is load-bearing.

The corpus passes ``factcheck check`` and ``factcheck check --strict``. Dropping the
acknowledgement of any conflict must make the plain run fail; dropping that of any
discrepancy must make the strict run fail. An acknowledgement that no longer matters
(its finding vanished or became consistent) would show up as a stale finding instead.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import factcheck

CLAIMS = Path(__file__).resolve().parent.parent / "claims"
CORPUS = factcheck.load(CLAIMS)
ACKS = CORPUS.acknowledgements


def _without(index: int) -> list[factcheck.Finding]:
    kept = ACKS[:index] + ACKS[index + 1:]
    return factcheck.check(dataclasses.replace(CORPUS, acknowledgements=kept))


def test_the_corpus_passes_plain_and_strict() -> None:
    findings = factcheck.check(CORPUS)
    assert [f.id for f in findings if f.fails] == []
    assert [f.id for f in findings if f.fails_strict()] == []


def test_the_corpus_has_acknowledgements_of_discrepancies() -> None:
    statuses = {f.status for f in factcheck.check(CORPUS) if f.acknowledged}
    assert factcheck.Status.DISCREPANCY in statuses
    assert len(ACKS) == len({a.finding for a in ACKS})


@pytest.mark.parametrize("index", range(len(ACKS)), ids=[a.finding for a in ACKS])
def test_dropping_an_acknowledgement_fails_the_run(index: int) -> None:
    dropped = ACKS[index].finding
    findings = _without(index)
    target = [f for f in findings if f.id == dropped]
    assert len(target) == 1, f"no finding {dropped}"
    finding = target[0]
    assert not finding.acknowledged
    assert finding.status in (factcheck.Status.CONFLICT, factcheck.Status.DISCREPANCY)
    failing_plain = [f.id for f in findings if f.fails]
    failing_strict = [f.id for f in findings if f.fails_strict()]
    if finding.status is factcheck.Status.CONFLICT:
        assert failing_plain == [dropped]
    else:
        assert failing_plain == []
    assert failing_strict == [dropped]
