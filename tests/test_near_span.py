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
    ("全市", "新增岗", "unsure"), ("所有", "来的数", "the last"), ("为了", "的规划", "unsure"),
    ("经过", "来的努", "unsure"),  # 经过近5年来的努力: both words, neither is taken
    # an event before 近 makes it "nearly" even before 来 (改革开放近40年来: since reform)
    ("改革开放", "来，我", "nearly"), ("新中国成立", "来，变", "nearly"), ("地铁开通", "来，客", "nearly"),
    ("大桥通车", "以来，", "nearly"), ("建厂", "来，累", "nearly"), ("工程运行", "来，效", "nearly"),
    ("建成", "来最大", "unsure"),  # 建成近10年来最大的桥: built the biggest in the last ten
    ("他们结婚", "了。", "nearly"), ("这家店开业", "。", "nearly"), ("", "的公司", "the last"),
    ("成立", "的公司", "nearly"), ("他从教", "。", "nearly"),
    # "the last" after 创, 为, 至, 比, 在 or 分析了, or before 新高, 最低, 低点, 的数据…
    ("股价创", "新高。", "the last"), ("水位为", "最低。", "the last"), ("居", "首位。", "the last"),
    ("达到", "最高水", "the last"), ("股价跌至", "低点。", "the last"), ("比", "平均水", "the last"),
    ("在", "的时间", "the last"), ("分析了", "的数据", "the last"), ("用了", "的时间", "nearly"),
    ("存在", "的问题", "unsure"), ("甚至", "没有下", "unsure"), ("因为", "没有下", "unsure"),
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
    ("股价创近10年新高。", "创近10年新高", "近10年", 'write value: "10年"'),
    ("股价跌至近两年低点。", "跌至近两年低点", "近两年", 'write value: "两年"'),
    ("我们分析了近5年的数据。", "分析了近5年的数据", "近5年", 'write value: "5年"'),
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
    ("股价创近10年新高。", "创近10年新高", "10年", 10), ("水位为近5年最低。", "为近5年最低", "5年", 5),
    ("销量居近10年首位。", "居近10年首位", "10年", 10),
    ("产量达到近5年最高水平。", "达到近5年最高水平", "5年", 5),
    ("股价跌至近两年低点。", "跌至近两年低点", "两年", 2),
    ("比近5年平均水平高2个百分点。", "比近5年平均水平", "5年", 5),
    ("在近5年的时间里，全市新增。", "在近5年的时间里", "5年", 5),
    ("我们分析了近5年的数据。", "分析了近5年的数据", "5年", 5),
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
    ("改革开放近5年来，我国经济年均增长9.5%。", "改革开放近5年来"),
    ("新中国成立近5年来，变化巨大。", "新中国成立近5年来"), ("地铁开通近5年来，客流大增。", "地铁开通近5年来"),
    ("公司成立近5年来，营收大增。", "公司成立近5年来"), ("大桥通车近5年来，车流大增。", "大桥通车近5年来"),
    ("建厂近5年来，累计纳税1亿元。", "建厂近5年来"), ("工程运行近5年来，效果良好。", "工程运行近5年来"),
    ("他们结婚近5年了。", "结婚近5年"), ("这家店开业近5年。", "开业近5年"),
    ("成立近5年的公司。", "成立近5年"), ("他从教近5年。", "从教近5年"),
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
