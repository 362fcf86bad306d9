"""近 before a span of time: "nearly" after a word of how long (历时近5年), "the last" before
来 or at a clause's start (近3年来, 近5年，累计…), else unsure, as the loader reads a value."""

from __future__ import annotations

from fractions import Fraction as F
from pathlib import Path

import pytest

from factcheck._errors import LoadErrors
from factcheck._loader import load
from factcheck._model import Quantity
from factcheck._near_span import near_span_reading
from tests.corpus_builder import write_corpus


def _load(tmp_path: Path, text: str, quote: str, value: str,
          unit: str | None = None) -> Quantity | str | None:
    """The quantity the claim loads as, or the text of the error that refuses it."""
    given = "" if unit is None else f", unit: {unit}"
    write_corpus(tmp_path, text, f"claims:\n  - {{id: c, quote: {quote}, value: {value}{given}, "
                 "entity: e, metric: m, as_of: \"2020\"}\n")
    try:
        return load(tmp_path).claims["c"].quantity
    except LoadErrors as errors:
        return "\n".join(str(error) for error in errors.errors)


@pytest.mark.parametrize(("before", "after", "reading"), [
    ("", "来，全", "the last"), ("。", "，累计", "the last"), ("", "全市新", "the last"),
    ("全市", "以来新", "the last"), ("水位为", "来最高", "the last"),
    ("历时", "，工程", "nearly"), ("历经", "。", "nearly"), ("工作了", "。", "nearly"),
    ("已有", "的历史", "nearly"), ("持续了", "，", "nearly"), ("用了", "才建成", "nearly"),
    ("全市", "新增岗", "unsure"), ("所有", "的数据", "unsure"), ("为了", "的规划", "unsure"),
    ("经过", "来的努", "unsure"),  # 经过近5年来的努力: both words, neither is taken
])
def test_near_before_a_span_reads_by_the_words_around_it(before: str, after: str,
                                                         reading: str) -> None:
    assert near_span_reading(before, after) == reading


@pytest.mark.parametrize(("text", "quote", "value", "hint"), [
    ("近3年来，全市新增就业岗位12万个。", "近3年来", "近3年", 'write value: "3年"'),
    ("近5年，累计投入120亿元。", "近5年", "近5年", 'write value: "5年"'),
    ("近3年全市新增岗位12万个。", "近3年全市", "近3年", 'write value: "3年"'),
    ("近两个月来，销量大增。", "近两个月来", "近两个月", 'write value: "两个月"'),
    ("近3年來，全市新增就業崗位12萬個。", "近3年來", "近3年", 'write value: "3年"'),
    ("近5年間，累計投入120億元。", "近5年間", "近5年", 'write value: "5年"'),
    # as is a year's number of years: 近2000年 loaded as just under 2000 years
    ("该城近2000年以来。", "该城近2000年以来", "近2000年", 'write value: "2000年"'),
])
def test_near_as_the_last_is_refused_in_a_value(tmp_path: Path, text: str, quote: str,
                                               value: str, hint: str) -> None:
    """近3年 of 近3年来 loaded as just under three years, [2.7年, 3年): it is the last three
    years, a period, no figure of nearly three."""
    error = _load(tmp_path, text, quote, value)
    assert isinstance(error, str), error
    assert "is 'the last' here, no 'nearly'" in error and f"hint: {hint}" in error


@pytest.mark.parametrize(("text", "quote", "value", "years"), [
    ("近3年来，全市新增就业岗位12万个。", "近3年来", "3年", 3),
    ("近5年，累计投入120亿元。", "近5年", "5年", 5),
    ("近3年全市新增岗位12万个。", "近3年全市", "3年", 3),
    ("近3年來，全市新增。", "近3年來", "3年", 3),
])
def test_the_span_of_near_as_the_last_stands_alone(tmp_path: Path, text: str, quote: str,
                                                  value: str, years: int) -> None:
    quantity = _load(tmp_path, text, quote, value)
    assert isinstance(quantity, Quantity), quantity
    assert quantity.value == years and quantity.qualifier is None


@pytest.mark.parametrize(("text", "quote"), [
    ("历时近5年，工程终于完工。", "历时近5年"), ("歷時近5年，工程終於完工。", "歷時近5年"),
    ("他在这里工作了近5年。", "工作了近5年"), ("该厂已有近5年没有投产。", "已有近5年"),
    ("項目持續近5年。", "持續近5年"),
])
def test_near_after_a_word_of_how_long_is_nearly(tmp_path: Path, text: str, quote: str) -> None:
    """5年 of 历时近5年 loaded as plain five years, [4.5年, 5.5年), and extract proposed it:
    near is "nearly" there, so 近5年 is [4.5年, 5年) and 5年 alone is refused."""
    quantity = _load(tmp_path, text, quote, "近5年")
    assert isinstance(quantity, Quantity), quantity
    assert quantity.qualifier == "just-under"
    high = quantity.interval.high
    assert high is not None and quantity.interval.low == F(9, 10) * high
    assert not quantity.interval.high_closed
    error = _load(tmp_path, text, quote, "5年")
    assert isinstance(error, str) and "is only part of a figure" in error, error
    assert 'write value: "近5年"' in error


@pytest.mark.parametrize("value", ["近3年", "3年"])
def test_near_before_a_span_with_nothing_to_say_which_is_refused(tmp_path: Path,
                                                                 value: str) -> None:
    """全市近3年新增: nearly three years or the last three, which factcheck does not guess."""
    error = _load(tmp_path, "全市近3年新增岗位12万个。", "全市近3年新增", value)
    assert isinstance(error, str), error
    assert "here nothing says which: list the mention under not_claims" in error


def test_a_bare_span_before_lai_names_the_figure_the_hint_writes(tmp_path: Path) -> None:
    """5 with unit: 年 of 近5年来 said the figure is '5年来' and to write value: "5年": the
    来 that frames the span is no part of the figure."""
    error = _load(tmp_path, "近5年来累计投入120亿元。", "近5年来", "5", "年")
    assert isinstance(error, str), error
    assert "the figure is '5年'; the value leaves out '年' after it: write value: \"5年\"" in error


@pytest.mark.parametrize(("text", "quote", "value", "number"), [
    ("近3万人参加。", "近3万人", "近3万人", 30000), ("近300亿元。", "近300亿元", "近300亿元", None),
    ("近一年半来，工程完工。", "近一年半", "近一年半", None),
    ("将近3年，工程完工。", "将近3年", "将近3年", 3), ("接近3年，工程完工。", "接近3年", "接近3年", 3),
])
def test_other_near_figures_keep_their_reading(tmp_path: Path, text: str, quote: str,
                                               value: str, number: int | None) -> None:
    quantity = _load(tmp_path, text, quote, value)
    assert isinstance(quantity, Quantity), quantity
    assert quantity.qualifier == "just-under"
    if number is not None:
        assert quantity.value == number


@pytest.mark.parametrize(("text", "quote", "value"), [
    ("最近3年，全市新增。", "最近3年", "3年"), ("附近3公里。", "附近3公里", "3公里"),
])
def test_near_of_another_word_stays_no_qualifier(tmp_path: Path, text: str, quote: str,
                                                 value: str) -> None:
    quantity = _load(tmp_path, text, quote, value)
    assert isinstance(quantity, Quantity), quantity
    assert quantity.qualifier is None
