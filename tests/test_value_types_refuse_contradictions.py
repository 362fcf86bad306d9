"""The public value types built by hand refuse fields of the right types that contradict
one another, or that the loader refuses (a blank id, a span that ends before it starts),
with a ValueError that says which and what to do, as Interval and Period do (low above
high): Metric(cumulative=True, timeless=True) was kept, and its claims were both compared
whatever their dates and checked as a series over them."""

from __future__ import annotations

import dataclasses
from fractions import Fraction
from typing import Any

import pytest
from claim_factory import make_claim

from factcheck import (
    Acknowledgement,
    CheckSpec,
    Entity,
    Exclusion,
    FactcheckError,
    Interval,
    Location,
    Metric,
    NotClaim,
    Place,
    Quantity,
    Source,
    parse_period,
)

HERE = Location("claims.yaml", 3, 5)


def _claim(**given: Any) -> Any:
    return dataclasses.replace(make_claim("a", "3亿元"), **given)


def _source(**given: Any) -> Source:
    fields: dict[str, Any] = {"id": "a", "title": "标题", "file": "a.txt", "text": "正文",
                              "published": parse_period("2019"), "script": "simplified"}
    return Source(**{**fields, **given})


def _quantity(**given: Any) -> Quantity:
    fields: dict[str, Any] = {
        "unit": "公里", "value": Fraction(3, 2), "base": Fraction(1500), "base_unit": "meter",
        "interval": Interval(Fraction(1450), Fraction(1550), True, False),
        "step": Fraction(100), "round_number": False}
    return Quantity(**{**fields, **given})


def _place(**given: Any) -> Place:
    fields: dict[str, Any] = {"id": "harbin", "name": "哈尔滨", "lat": Fraction("45.75"),
                              "lon": Fraction("126.63"), "source": "a", "location": HERE}
    return Place(**{**fields, **given})


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
    # an id or a reason the loader refuses as empty (id: "", reason: "") was kept built by
    # hand, and named nothing a finding or the coverage could show
    (lambda: _source(id=""), "Source(id=...) takes a str that is not blank, not ''"),
    (lambda: Entity(" ", "哈尔滨"), "Entity(id=...) takes a str that is not blank, not ' '"),
    (lambda: Metric("", "投资"), "Metric(id=...) takes a str that is not blank, not ''"),
    (lambda: _place(id=""), "Place(id=...) takes a str that is not blank, not ''"),
    # what the loader refuses as empty too: a headline, a name, where coordinates come from
    (lambda: _source(title=" "), "Source(title=...) takes a str that is not blank, not ' '"),
    (lambda: Entity("harbin", ""), "Entity(name=...) takes a str that is not blank, not ''"),
    (lambda: Metric("investment", " "), "Metric(name=...) takes a str that is not blank, "
     "not ' '"),
    (lambda: _place(name=""), "Place(name=...) takes a str that is not blank, not ''"),
    (lambda: _place(source="\n"), "Place(source=...) takes a str that is not blank, not "
     "'\\n'"),
    (lambda: _claim(id=""), "Claim(id=...) takes a str that is not blank, not ''"),
    (lambda: _claim(source="\t"), "Claim(source=...) takes a str that is not blank, not '\\t'"),
    (lambda: _claim(entity=""), "Claim(entity=...) takes a str that is not blank, not ''"),
    (lambda: _claim(metric="  "), "Claim(metric=...) takes a str that is not blank, not '  '"),
    (lambda: CheckSpec("sum", "", {}, HERE),
     "CheckSpec(id=...) takes a str that is not blank, not ''"),
    (lambda: CheckSpec("", "x", {}, HERE),
     "CheckSpec(kind=...) takes a str that is not blank, not ''"),
    (lambda: NotClaim("", "3亿元", (0, 3), "一个编号", HERE),
     "NotClaim(source=...) takes a str that is not blank, not ''"),
    (lambda: NotClaim("a", "3亿元", (0, 3), " ", HERE),
     "NotClaim(reason=...) takes a str that is not blank, not ' '"),
    (lambda: Acknowledgement("sum[x]", "", HERE),
     "Acknowledgement(reason=...) takes a str that is not blank, not ''"),
    (lambda: Exclusion(0, 3, "", (1, 1)),
     "Exclusion(reason=...) takes a str that is not blank, not ''"),
    # offsets, lines, coordinates, steps and ends the loader never gives were kept built by
    # hand: a span that ends before it starts holds no text, no place lies at latitude 145
    (lambda: _claim(span=(3, 0)),
     "Claim(span=...) takes the start and end offsets of the quote, 0 <= start <= end, "
     "not (3, 0)"),
    (lambda: _claim(value_span=(-1, 3)),
     "Claim(value_span=...) takes the start and end offsets of the value, 0 <= start <= "
     "end, not (-1, 3)"),
    (lambda: NotClaim("a", "3亿元", (5, 2), "一个编号", HERE),
     "NotClaim(span=...) takes the start and end offsets of the quote, 0 <= start <= end, "
     "not (5, 2)"),
    (lambda: Exclusion(9, 3, "图片说明", (1, 1)),
     "Exclusion(start=..., end=...) takes offsets 0 <= start <= end, not 9 and 3"),
    (lambda: Exclusion(0, 3, "图片说明", (2, 1)),
     "Exclusion(lines=...) takes the first and last line, 1 <= first <= last, not (2, 1)"),
    (lambda: Exclusion(0, 3, "图片说明", (0, 1)),
     "Exclusion(lines=...) takes the first and last line, 1 <= first <= last, not (0, 1)"),
    # a line or column before the first was kept, and written as a place no editor has
    # (claims.yaml:-3:1), or left out of the place as if no line applied
    (lambda: Location("claims.yaml", -3, 5),
     "Location(line=...) takes a line number from 1, or 0 where no line applies, not -3"),
    (lambda: Location("claims.yaml", 3, -1),
     "Location(col=...) takes a column number from 1, or 0 where no column applies, not -1"),
    (lambda: _place(lat=Fraction("145.75")),
     "Place(lat=...) takes decimal degrees between -90 and 90, not 145.75"),
    (lambda: _place(lon=-181),
     "Place(lon=...) takes decimal degrees between -180 and 180, not -181"),
    (lambda: _quantity(step=Fraction(0)),
     "Quantity(step=...) takes a positive number, the step of the value's last digit, not 0"),
    (lambda: _quantity(top=Fraction(2000)),
     "Quantity(qualifier=None, top=2000, top_step=None, top_round=False) contradicts itself: "
     "a range (qualifier='range') has its high end in top, top_step and top_round, and a "
     "value of another qualifier has none of them"),
    (lambda: _quantity(qualifier="range"),
     "Quantity(qualifier='range', top=None, top_step=None, top_round=False) contradicts "
     "itself: a range (qualifier='range') has its high end in top, top_step and top_round, "
     "and a value of another qualifier has none of them"),
    (lambda: _quantity(top_round=True),
     "Quantity(qualifier=None, top=None, top_step=None, top_round=True) contradicts itself: "
     "a range (qualifier='range') has its high end in top, top_step and top_round, and a "
     "value of another qualifier has none of them"),
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
    # blank is empty or only spaces: an id of one character, or with spaces inside, is one
    assert _claim(id="a b", source="s", entity="e", metric="m").id == "a b"
    assert CheckSpec("sum", "x", {}, HERE, note="").note == ""  # a note may be empty
    # a blank finding names no finding, and loads as a stale acknowledgement
    assert Acknowledgement("", "ok", HERE).finding == ""
    # the ends of what the loader gives: an empty span, the poles and the antimeridian
    assert _claim(span=(0, 0), value_span=(0, 0)).span == (0, 0)
    assert Exclusion(3, 3, "空行", (2, 2)).lines == (2, 2)
    assert _place(lat=-90, lon=Fraction(180)).lat == -90
    ranged = _quantity(qualifier="range", top=Fraction(2000), top_step=Fraction(100),
                       top_round=True)
    assert ranged.top == 2000
    assert _quantity(qualifier="about").top is None
    # 0 is "not applicable", as the loader gives for a path alone
    assert Location("claims.yaml").place == "claims.yaml"
    assert Location("claims.yaml", 3).place == "claims.yaml:3:1"


def test_a_location_writes_as_its_place_without_a_trailing_colon() -> None:
    # str() gave 'claims.yaml:3:5:', a colon for the error message it heads, where .place
    # gave 'claims.yaml:3:5'; an error still writes 'claims.yaml:3:5: message'
    assert str(Location("claims.yaml", 3, 5)) == "claims.yaml:3:5"
    assert str(Location("claims.yaml")) == "claims.yaml"
    two_lines = Location("a\nb.yaml", 2, 1)
    assert f"{two_lines}" == "a\\nb.yaml:2:1"  # on one line, as .place
    error = FactcheckError("quote not found", location=Location("claims.yaml", 3, 5))
    assert str(error) == "claims.yaml:3:5: quote not found"
