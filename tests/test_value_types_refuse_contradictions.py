"""The public value types built by hand refuse fields of the right types that contradict
one another, with a ValueError that says which and what to do, as Interval and Period do
(low above high): Metric(cumulative=True, timeless=True) was kept, and its claims were
both compared whatever their dates and checked as a series over them."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from claim_factory import make_claim

from factcheck import Metric, parse_period


def _claim(**given: Any) -> Any:
    return dataclasses.replace(make_claim("a", "3亿元"), **given)


CONTRADICTORY: list[tuple[Any, str]] = [
    (lambda: Metric("m", "累计投资", cumulative=True, timeless=True),
     "Metric(cumulative=True, timeless=True) contradicts itself: a cumulative metric is a "
     "total to date, which grows over time, and a timeless one does not change over time; "
     "leave one of them False"),
    (lambda: _claim(quantity=None),
     "Claim(quantity=None, date=None) holds no figure: pass the quantity its value states, "
     "or, for a value that is a date, the date (a Period)"),
    (lambda: _claim(date=parse_period("2021-05")),
     "Claim(quantity=..., date=...) holds both a quantity and a date: its value is one or "
     "the other; pass the other as None"),
]


@pytest.mark.parametrize(("build", "says"), CONTRADICTORY,
                         ids=[says.split(")")[0] for _, says in CONTRADICTORY])
def test_fields_that_contradict_one_another_are_refused_where_built(build: Any,
                                                                    says: str) -> None:
    with pytest.raises(ValueError) as caught:
        build()
    assert str(caught.value) == says


def test_what_agrees_with_itself_is_still_taken() -> None:
    assert Metric("m", "累计投资", cumulative=True).cumulative
    assert Metric("m", "距离", timeless=True).timeless
    day = parse_period("2021-05")
    assert _claim(quantity=None, date=day).date == day
