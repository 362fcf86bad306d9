"""分 after a number (a score's points, a mark, a cent or minutes) and 岁 (an age in years):
what `unit:` may name for them, and what the hints say."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import LoadErrors, load
from tests.corpus_builder import write_corpus


def _claim(text: str, quote: str, value: str, unit: str | None) -> str:
    given = "" if unit is None else f", unit: '{unit}'"
    return (f"claims:\n  - {{id: x, quote: '{quote}', value: '{value}'{given}, entity: e, "
            "metric: m, as_of: '2020'}\n")


def _error(tmp_path: Path, text: str, quote: str, value: str, unit: str | None) -> str:
    write_corpus(tmp_path, text, _claim(text, quote, value, unit))
    with pytest.raises(LoadErrors) as caught:
        load(tmp_path)
    [error] = caught.value.errors
    return str(error)


def _base(tmp_path: Path, text: str, quote: str, value: str,
          unit: str | None) -> tuple[object, str]:
    write_corpus(tmp_path, text, _claim(text, quote, value, unit))
    quantity = load(tmp_path).claims["x"].quantity
    assert quantity is not None
    return quantity.base, quantity.base_unit


@pytest.mark.parametrize(("text", "quote", "value", "unit"), [
    # a score, a mark or a cent loaded as minutes, metres, 元: the quote's bare 分 says none
    ("他本场拿下30分10个篮板。", "30分", "30", "分钟"),
    ("一本线为520分。", "520", "520", "分钟"),
    ("一本线上30分。", "30分", "30", "分钟"),
    ("他得了12分。", "12分", "12", "分钟"),
    ("他拿下十分。", "拿下十分", "十", "分钟"),
    ("评分8.5分。", "8.5分", "8.5", "分钟"),
    ("他本场拿下30分10个篮板。", "30分", "30", "米"),
    ("他本场拿下30分10个篮板。", "30分", "30", "cm"),
    ("他本场拿下30分10个篮板。", "30分", "30", "秒"),
    ("价格涨了5分。", "5分", "5", "元"),
    ("用时40分。", "40分", "40", "分钟"),
])
def test_a_bare_number_before_fen_takes_no_unit_of_a_measure(
        tmp_path: Path, text: str, quote: str, value: str, unit: str) -> None:
    error = _error(tmp_path, text, quote, value, unit)
    assert f"unit {unit!r} reads the value as" in error
    assert "a score's points or a mark" in error
    assert "list the mention under not_claims" in error


@pytest.mark.parametrize(("text", "quote", "value", "unit"), [
    # the value that writes its 分: a length or a time other than minutes reads no 分
    ("他本场拿下30分10个篮板。", "30分", "30分", "米"),
    ("他本场拿下30分10个篮板。", "30分", "30分", "秒"),
])
def test_a_value_in_fen_takes_no_unit_of_another_measure(
        tmp_path: Path, text: str, quote: str, value: str, unit: str) -> None:
    error = _error(tmp_path, text, quote, value, unit)
    assert f"unit {unit!r} cannot name the text's unit word '分'" in error
    assert "list the mention under not_claims" in error


@pytest.mark.parametrize(("text", "quote", "value", "unit", "base"), [
    # points counted, and minutes where the value writes its 分 and unit: says minutes
    ("他本场拿下30分10个篮板。", "30分", "30", "个", (30, "item")),
    ("他本场拿下30分10个篮板。", "30分", "30分", "个", (30, "item")),
    ("他拿下十分。", "拿下十分", "十", "个", (10, "item")),
    ("用时40分。", "40分", "40分", "分钟", (40 / 1440, "day")),
    # 分钟, 分米 and a clock's 分 are cut as before
    ("历时30分钟。", "30分钟", "30", "分钟", (30 / 1440, "day")),
    ("三十分钟。", "三十分钟", "三十", "分钟", (30 / 1440, "day")),
    ("长度为30分米。", "30分米", "30", "dm", (3, "meter")),
])
def test_fen_still_loads_as_it_did(tmp_path: Path, text: str, quote: str, value: str,
                                   unit: str, base: tuple[float, str]) -> None:
    got, base_unit = _base(tmp_path, text, quote, value, unit)
    assert base_unit == base[1] and float(got) == pytest.approx(base[0])  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "quote", "value"), [
    ("他本场拿下30分10个篮板。", "30分", "30分"),
    ("一本线为520分。", "520分", "520分"),
    ("打了8分。", "8分", "8分"),
])
def test_a_value_in_fen_is_told_what_fen_may_be(tmp_path: Path, text: str, quote: str,
                                                value: str) -> None:
    # was "did you mean '分钟', '分鐘', '公分'?": a score offered minutes and centimetres
    error = _error(tmp_path, text, quote, value, None)
    hint = error.partition("hint:")[2]
    assert "did you mean" not in error and "公分" not in hint
    assert "a score's points or a mark" in hint and "`unit: 个`" in hint


def test_an_age_is_hinted_in_years_at_once(tmp_path: Path) -> None:
    # 78.2 was told value: "78.2岁", which was then "unknown unit '岁'" with the hint to add
    # a known unit: a loop; the first hint names the unit, which loads
    text, quote = "人均寿命达78.2岁。", "78.2岁"
    first = _error(tmp_path, text, quote, "78.2", None)
    assert "`unit: 年`" in first.partition("hint:")[2]
    second = _error(tmp_path, text, quote, "78.2岁", None)
    assert "`unit: 年`" in second.partition("hint:")[2]
    assert _base(tmp_path, text, quote, "78.2岁", "年")[1] == "day"


def test_fen_after_a_magnitude_word_is_the_verb_and_stays_read(tmp_path: Path) -> None:
    # 分 of 300万分两批 splits the amount: 300万 with unit: 元 loads as before
    text = "资金300万分两批拨付。"
    assert _base(tmp_path, text, "资金300万", "300万", "元") == (3000000, "yuan")
