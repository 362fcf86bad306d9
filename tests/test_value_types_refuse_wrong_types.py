"""The public value types built by hand refuse a field of the wrong type where they are
built, saying what to pass, as Location, Interval, CheckSpec and Quantity do: Source(id=3)
or Period("2017", "2018") was kept, and failed far away (or compared as text), as were
Metric(id=3, name=None), a Claim of as_of="2020" and a Figure of a tuple for its interval."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from fractions import Fraction
from typing import Any

import pytest
from claim_factory import make_claim, make_corpus

from factcheck import Location, parse_figure, parse_number, parse_period
from factcheck._dates import Period
from factcheck._findings import Finding, Involved, Status
from factcheck._model import Acknowledgement, Entity, Exclusion, Metric, NotClaim, Place, Source
from factcheck._numbers import Figure, Interval, Number
from factcheck.checks import CheckContext

HERE = Location("sources.yaml", 3, 5)
YEAR = Period(date(2019, 1, 1), date(2019, 12, 31), "2019")


def _source(**given: Any) -> Source:
    fields: dict[str, Any] = {"id": "a", "title": "标题", "file": "a.txt", "text": "正文",
                              "published": YEAR, "script": "simplified", "location": HERE}
    return Source(**{**fields, **given})


def _place(**given: Any) -> Place:
    fields: dict[str, Any] = {"id": "harbin", "name": "哈尔滨", "lat": Fraction("45.75"),
                              "lon": Fraction("126.63"), "source": "a", "location": HERE}
    return Place(**{**fields, **given})


def _claim(**given: Any) -> Any:
    return dataclasses.replace(make_claim("a", "3亿元"), **given)


def _involved(**given: Any) -> Involved:
    fields: dict[str, Any] = {
        "claim": "c", "source": "s", "file": "s.txt", "line": 1, "col": 3, "quote": "总投资3亿元",
        "span": (0, 6), "value": "3亿元", "value_span": (3, 6), "shown": "3亿元",
        "yaml": HERE, "as_of": "2019"}
    return Involved(**{**fields, **given})


def _finding(**given: Any) -> Finding:
    fields: dict[str, Any] = {"id": "sum[x]", "kind": "sum", "status": Status.CONFLICT,
                              "message": "不符"}
    return Finding(**{**fields, **given})


def _figure(**given: Any) -> Figure:
    figure = parse_figure("约3亿元")
    assert figure is not None
    return dataclasses.replace(figure, **given)


WRONG: list[tuple[Any, str]] = [
    (lambda: Period("2017", "2018"),  # type: ignore[arg-type]
     "Period(start=...) takes a date, not str: write parse_period('2017') for the period a "
     "text writes"),
    (lambda: Period(datetime(2017, 1, 1), datetime(2017, 1, 2)),
     "Period(start=...) takes a date, not datetime: pass its date(), "
     "datetime.date(2017, 1, 1)"),
    (lambda: Period(date(2017, 1, 1), date(2017, 1, 2), None),  # type: ignore[arg-type]
     "Period(text=...) takes a str, not NoneType"),
    (lambda: Number("1.5", 1.5, Fraction(1, 10), False),  # type: ignore[arg-type]
     "Number(value=...) takes an exact number, a Fraction or an int, not float (1.5): "
     "pass Fraction('1.5')"),
    (lambda: Number("1.5", Fraction(3, 2), 0.1, False),  # type: ignore[arg-type]
     "Number(step=...) takes an exact number, a Fraction or an int, not float (0.1): "
     "pass Fraction('0.1')"),
    (lambda: Number("1.5", Fraction(3, 2), Fraction(1, 10), "no"),  # type: ignore[arg-type]
     "Number(round_number=...) takes True or False, not str"),
    (lambda: _source(id=3), "Source(id=...) takes a str, not int"),
    (lambda: _source(published="2019-05-09"),
     "Source(published=...) takes a Period, not str: write parse_period('2019-05-09')"),
    (lambda: _source(script="Simplified"),
     "Source(script=...) takes 'simplified' or 'traditional', not 'Simplified'"),
    (lambda: _source(url=5), "Source(url=...) takes a str or None, not int"),
    (lambda: _source(location="sources.yaml"),
     "Source(location=...) takes a Location, not str: write Location('sources.yaml', line, "
     "col)"),
    # a str of exclusions was told "write exclusions=['ab']", which is refused in turn
    (lambda: _source(exclusions="ab"),
     "Source(exclusions=...) takes a sequence of Exclusion, not str"),
    (lambda: _source(exclusions=[(0, 3)]),
     "Source(exclusions=...) takes a sequence of Exclusion, not one holding tuple ((0, 3))"),
    (lambda: Exclusion("0", 3, "图片说明", (1, 1)),  # type: ignore[arg-type]
     "Exclusion(start=...) takes an int, not str ('0')"),
    (lambda: Exclusion(0, 3, "图片说明", (1, "2")),  # type: ignore[arg-type]
     "Exclusion(lines=...) takes the first and last line, a tuple of two ints, not (1, '2')"),
    (lambda: Entity(3, "哈尔滨"), "Entity(id=...) takes a str, not int"),  # type: ignore[arg-type]
    (lambda: Entity("harbin", "哈尔滨", "冰城"),  # type: ignore[arg-type]
     "Entity(aliases=...) takes a sequence of str, not str: write aliases=['冰城']"),
    (lambda: Entity("harbin", "哈尔滨", note=1),  # type: ignore[arg-type]
     "Entity(note=...) takes a str or None, not int"),
    (lambda: Acknowledgement("sum[x]", "ok", HERE, status="Conflict"),  # type: ignore[arg-type]
     "Acknowledgement(status=...) takes 'discrepancy' or 'conflict', not 'Conflict'"),
    (lambda: Acknowledgement(3, "ok", HERE),  # type: ignore[arg-type]
     "Acknowledgement(finding=...) takes a str, not int"),
    (lambda: Acknowledgement("sum[x]", "ok", HERE, claims=[1, 2]),  # type: ignore[list-item]
     "Acknowledgement(claims=...) takes a sequence of str, not one holding int (1)"),
    (lambda: _place(lat=45.75),
     "Place(lat=...) takes an exact number, a Fraction or an int, not float (45.75): pass "
     "Fraction('45.75')"),
    (lambda: _place(source=None), "Place(source=...) takes a str, not NoneType"),
    (lambda: Metric(3, "投资"), "Metric(id=...) takes a str, not int"),  # type: ignore[arg-type]
    (lambda: Metric("m", None), "Metric(name=...) takes a str, not NoneType"),  # type: ignore[arg-type]
    (lambda: Metric("m", "投资", cumulative="yes"),  # type: ignore[arg-type]
     "Metric(cumulative=...) takes True or False, not str"),
    (lambda: Metric("m", "投资", timeless=1),  # type: ignore[arg-type]
     "Metric(timeless=...) takes True or False, not int"),
    (lambda: Metric("m", "投资", note=["a"]),  # type: ignore[arg-type]
     "Metric(note=...) takes a str or None, not list"),
    (lambda: _claim(id=3), "Claim(id=...) takes a str, not int"),
    (lambda: _claim(metric=None), "Claim(metric=...) takes a str, not NoneType"),
    (lambda: _claim(as_of="2020"),
     "Claim(as_of=...) takes a Period, not str: write parse_period('2020')"),
    (lambda: _claim(date="2020-05"),
     "Claim(date=...) takes a Period or None, not str: write parse_period('2020-05')"),
    (lambda: _claim(quantity="3亿元"), "Claim(quantity=...) takes a Quantity or None, not str"),
    (lambda: _claim(location="claims.yaml"),
     "Claim(location=...) takes a Location, not str: write Location('claims.yaml', line, col)"),
    (lambda: _claim(tolerance=0.05), "Claim(tolerance=...) takes a str or None, not float"),
    (lambda: _claim(span=[0, 3]),
     "Claim(span=...) takes the start and end offsets of the quote, a tuple of two ints, "
     "not [0, 3]"),
    (lambda: _claim(value_span=(0, "3")),
     "Claim(value_span=...) takes the start and end offsets of the value, a tuple of two "
     "ints, not (0, '3')"),
    (lambda: NotClaim("a", "3亿元", (0, 3), None, HERE),  # type: ignore[arg-type]
     "NotClaim(reason=...) takes a str, not NoneType"),
    (lambda: NotClaim("a", "3亿元", "0-3", "一个编号", HERE),  # type: ignore[arg-type]
     "NotClaim(span=...) takes the start and end offsets of the quote, a tuple of two ints, "
     "not '0-3'"),
    (lambda: NotClaim("a", "3亿元", (0, 3), "一个编号", "claims.yaml"),  # type: ignore[arg-type]
     "NotClaim(location=...) takes a Location, not str: write Location('claims.yaml', line, "
     "col)"),
    (lambda: _figure(number=3), "Figure(number=...) takes a Number, not int"),
    (lambda: _figure(unit_word=None), "Figure(unit_word=...) takes a str, not NoneType"),
    (lambda: _figure(interval=(1, 2)),
     "Figure(interval=...) takes an Interval, not tuple: build one with Interval(low, high, "
     "low_closed, high_closed)"),
    (lambda: _figure(qualifier="About"),
     "Figure(qualifier=...) takes 'just-under' or 'more-than' or 'at-least' or 'some-more' "
     "or 'about' or 'under' or 'at-most' or 'range' or None, not 'About'"),
    # a finding and the claims in it, as a kind of your own builds them: Involved(line="3")
    # or shown=Fraction(3) was kept, and failed far away, in a renderer of a report
    (lambda: _involved(claim=3), "Involved(claim=...) takes a str, not int"),
    (lambda: _involved(line="1"), "Involved(line=...) takes an int, not str ('1')"),
    (lambda: _involved(col=None), "Involved(col=...) takes an int, not NoneType (None)"),
    (lambda: _involved(shown=Fraction(3)), "Involved(shown=...) takes a str, not Fraction"),
    (lambda: _involved(as_of=YEAR),
     "Involved(as_of=...) takes a str, not Period"),
    (lambda: _involved(yaml="claims.yaml"),
     "Involved(yaml=...) takes a Location, not str: write Location('claims.yaml', line, col)"),
    (lambda: _involved(role=None), "Involved(role=...) takes a str, not NoneType"),
    (lambda: _involved(span=[0, 6]),
     "Involved(span=...) takes the start and end offsets of the quote, a tuple of two ints, "
     "not [0, 6]"),
    (lambda: _involved(value_span=(3, "6")),
     "Involved(value_span=...) takes the start and end offsets of the value, a tuple of two "
     "ints, not (3, '6')"),
    (lambda: _finding(id=None), "Finding(id=...) takes a str, not NoneType"),
    (lambda: _finding(kind=b"sum"), "Finding(kind=...) takes a str, not bytes"),
    (lambda: _finding(message=3), "Finding(message=...) takes text, not int (3): "
     "a finding's message, arithmetic, difference and relative are text; write an exact "
     "number with factcheck.format_exact(Fraction(...)), never a float"),
    (lambda: _finding(difference=Fraction(1, 2)),
     "Finding(difference=...) takes text, not Fraction (Fraction(1, 2)): "
     "a finding's message, arithmetic, difference and relative are text; write an exact "
     "number with factcheck.format_exact(Fraction(...)), never a float"),
    (lambda: _finding(relative=6.5), "Finding(relative=...) takes text, not float (6.5): "
     "a finding's message, arithmetic, difference and relative are text; write an exact "
     "number with factcheck.format_exact(Fraction(...)), never a float"),
    (lambda: _finding(relative=["6.5%"]),
     "Finding(relative=...) takes a str or None, not list"),
    (lambda: _finding(location="claims.yaml"),
     "Finding(location=...) takes a Location, not str: write Location('claims.yaml', line, "
     "col)"),
    (lambda: _finding(acknowledged="no"), "Finding(acknowledged=...) takes True or False, not str"),
    (lambda: _finding(acknowledgement=1), "Finding(acknowledgement=...) takes a str or None, "
     "not int"),
    (lambda: _finding(claims="c"),
     "Finding(claims=...) takes a sequence of Involved, not str"),
    (lambda: _finding(claims=[make_claim("a", "3亿元")]),
     "Finding(claims=...) takes a sequence of Involved, not one holding Claim (Claim(id='a', "
     "source='src-a', quote='3亿元', span=(0, 3), valu...)"),
    (lambda: _finding(arithmetic=["1 + 2 = 3", 3]),
     "Finding(arithmetic=...) takes text, not int (3): "
     "a finding's message, arithmetic, difference and relative are text; write an exact "
     "number with factcheck.format_exact(Fraction(...)), never a float"),
    (lambda: _finding(arithmetic=["1 + 2 = 3", None]),
     "Finding(arithmetic=...) takes a sequence of str, not one holding NoneType (None)"),
    (lambda: _finding(arithmetic="1 + 2 = 3"),
     "Finding(arithmetic=...) takes a sequence of str, not str: write "
     "arithmetic=['1 + 2 = 3']"),
    (lambda: _finding(extra=[("unit", 3)]),
     "Finding(extra=...) takes (name, text) pairs of two str, not ('unit', 3)"),
    (lambda: _finding(extra=["unit"]),
     "Finding(extra=...) takes (name, text) pairs of two str, not 'unit'"),
    (lambda: CheckContext(make_corpus([]).claims),  # type: ignore[arg-type]
     "CheckContext(corpus=...) takes a Corpus, not ReadOnlyDict: pass a Corpus, as "
     "load(paths) returns"),
]


@pytest.mark.parametrize(("build", "says"), WRONG, ids=[says.split("=")[0] for _, says in WRONG])
def test_a_value_of_the_wrong_type_is_refused_where_it_is_built(build: Any, says: str) -> None:
    with pytest.raises(TypeError) as caught:
        build()
    assert str(caught.value) == says


class _Id(str):
    pass


def test_what_the_types_took_before_is_still_taken() -> None:
    # an int or a Fraction subclass for an exact number, a str subclass, None where a field
    # may be left out, a list where a tuple is kept: built as they were
    assert Number("3", 3, 1, True).value == 3
    assert _place(lat=45, lon=Fraction(12663, 100)).lat == 45
    assert _source(id=_Id("a"), publisher=None, url="https://example.com/a").id == "a"
    held = _source(exclusions=[Exclusion(0, 3, "图片说明", (1, 1))])
    assert held.exclusions == (Exclusion(0, 3, "图片说明", (1, 1)),)
    assert hash(held) == hash(_source(exclusions=(Exclusion(0, 3, "图片说明", (1, 1)),)))
    assert Entity("harbin", "哈尔滨", ["冰城"]).aliases == ("冰城",)  # type: ignore[arg-type]
    assert Acknowledgement("sum[x]", "ok", HERE, status="conflict",
                           claims=["b", "a"]).claims == ("a", "b")
    assert parse_period("2019年5月9日") == Period(date(2019, 5, 9), date(2019, 5, 9))
    corpus = make_corpus([make_claim("a", "3亿元")])
    assert CheckContext(corpus).corpus is corpus
    assert Metric(_Id("m"), "投资", note=None).id == "m"
    assert _claim(id=_Id("b"), span=_Span((0, 3)), note="备注").span == (0, 3)
    assert NotClaim("a", "3亿元", (0, 3), "一个编号", HERE).span == (0, 3)
    one = parse_number("1")
    assert one is not None
    assert Figure("1", one, None, None, "", None, Interval(1, 1, True, True)).qualifier is None
    # a kind's finding of lists is kept as tuples, as it was
    built = _finding(claims=[_involved()], arithmetic=["1 + 2 = 3"], extra=[["unit", "元"]])
    assert (built.claims, built.arithmetic, built.extra) == (
        (_involved(),), ("1 + 2 = 3",), (("unit", "元"),))
    assert hash(built) == hash(_finding(claims=(_involved(),), arithmetic=("1 + 2 = 3",),
                                        extra=(("unit", "元"),)))
    assert _involved(claim=_Id("c"), span=_Span((0, 6))).claim == "c"
    # the exact-type first test lets a loaded claim through as it is, subclasses aside
    assert _claim() == make_claim("a", "3亿元")


class _Span(tuple[int, int]):
    pass
