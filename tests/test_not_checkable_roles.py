"""A built-in kind's not-checkable finding gives its claims the roles its other findings
give them (total and part of a sum ...), so that the reports' Role column and the JSON's
`role` do not go missing exactly where a reader needs to see which claim is which."""

from fractions import Fraction
from typing import Any

import pytest
from claim_factory import make_claim, make_corpus, spec

from factcheck import Finding, Location, Place, Status, check

YUAN = make_claim("yuan", "300亿元")
YUAN2 = make_claim("yuan2", "100亿元")
HKD = make_claim("hkd", "200亿港元")
COUNT = make_claim("count", "20个")
RATE = make_claim("rate", "5%")
ZERO_RATE = make_claim("zero", "0%")
A = Place("a", "甲", Fraction(22), Fraction(114), "test", Location("places.yaml", 1, 1))
B = Place("b", "乙", Fraction(45), Fraction(126), "test", Location("places.yaml", 2, 1))


def not_checkable(kind: str, **params: Any) -> Finding:
    corpus = make_corpus([YUAN, YUAN2, HKD, COUNT, RATE, ZERO_RATE],
                         [spec(kind, "c", **params)])
    corpus = type(corpus)(**{**corpus.__dict__, "places": {"a": A, "b": B}})
    [finding] = [f for f in check(corpus) if f.kind == kind]
    assert finding.status is Status.NOT_CHECKABLE, finding.message
    return finding


CASES = [
    # 元 mixed with 港元, the reviewer's corpus: the total and its parts
    (("sum", {"total": "yuan", "parts": ["yuan2", "hkd"]}),
     [("yuan", "total"), ("yuan2", "part"), ("hkd", "part")]),
    (("sum", {"total": "yuan", "parts": ["yuan2"], "count_total": "count",
              "count_parts": ["yuan2"]}),
     [("count", "total"), ("yuan2", "part")]),
    (("bound", {"qualified": "yuan", "exact": "count"}),
     [("yuan", "qualified"), ("count", "exact")]),
    (("derived", {"claim": "count", "expression": "a + b", "vars": {"a": "yuan", "b": "yuan2"}}),
     [("count", "derived"), ("yuan", "a"), ("yuan2", "b")]),
    (("derived", {"claim": "count", "expression": "a / b",
                  "vars": {"a": "yuan", "b": "nope"}}),
     [("count", "derived")]),
    (("derived", {"at_least": "0个", "expression": "a + b",
                  "vars": {"a": "yuan", "b": "yuan2"}}),
     [("yuan", "a"), ("yuan2", "b")]),
    (("duration", {"duration": "yuan", "from": "2020-01-01", "to": "2020-02-01"}),
     [("yuan", "duration")]),
    (("reference", {"claim": "yuan", "from": "a", "to": "b"}), [("yuan", "stated")]),
    (("share", {"part": "yuan", "whole": "count", "share": "rate"}),
     [("yuan", "part"), ("count", "whole"), ("rate", "share")]),
    (("share", {"part": "count", "share": "yuan"}), [("count", "part"), ("yuan", "share")]),
    (("share", {"part": "yuan", "share": "zero"}), [("yuan", "part"), ("zero", "share")]),
    (("growth", {"from": "yuan", "to": "count", "rate": "rate"}),
     [("yuan", "from"), ("count", "to"), ("rate", "rate")]),
    (("growth", {"from": "yuan", "to": "yuan2", "rate": "count"}),
     [("yuan", "from"), ("yuan2", "to"), ("count", "rate")]),
]


@pytest.mark.parametrize(("check_spec", "roles"), CASES,
                         ids=[f"{kind}-{i}" for i, ((kind, _), _) in enumerate(CASES)])
def test_not_checkable_findings_keep_their_claims_roles(
        check_spec: tuple[str, dict[str, Any]], roles: list[tuple[str, str]]) -> None:
    kind, params = check_spec
    finding = not_checkable(kind, **params)
    assert [(c.claim, c.role) for c in finding.claims] == roles


def test_a_plugin_passing_bare_claims_still_gets_no_role() -> None:
    from factcheck import CheckContext

    corpus = make_corpus([YUAN])
    finding = CheckContext(corpus).not_checkable(spec("mine", "x"), "why", [YUAN])
    assert [(c.claim, c.role) for c in finding.claims] == [("yuan", "")]
