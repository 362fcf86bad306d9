"""Quotes match across scripts, pinyin annotations and whitespace, with original offsets."""

import pytest

from factcheck._quotes import find_all, fold, mojibake_spans, normalise, whole_figure

TEXT = "在深圳(哈爾濱)產(chǎn)業(yè)園區(qū),\n兩天一層樓。"


def test_traditional_quote_in_traditional_text() -> None:
    spans = find_all(normalise(TEXT), "兩天一層樓")
    assert spans == [(TEXT.index("兩"), TEXT.index("樓") + 1)]


def test_simplified_quote_matches_traditional_text_with_pinyin() -> None:
    spans = find_all(normalise(TEXT), "产业园区")
    start, end = spans[0]
    assert TEXT[start:end] == "產(chǎn)業(yè)園區"


def test_whitespace_and_line_breaks_are_ignored() -> None:
    spans = find_all(normalise(TEXT), "园区, 两天")
    start, end = spans[0]
    assert TEXT[start:end] == "園區(qū),\n兩天"


def test_every_occurrence_is_found() -> None:
    assert len(find_all(normalise("甲1乙1"), "1")) == 2


def test_absent_quote_gives_nothing() -> None:
    assert find_all(normalise(TEXT), "深圳大学") == []


def test_mojibake_is_spotted_but_plain_question_marks_are_not() -> None:
    text = "全過程?!鄙钲冢ü枮I)說。怎么选?看完"
    assert mojibake_spans(text) == [(3, 5)]


@pytest.mark.parametrize(("figure", "before", "after", "whole"), [
    ("293.9亿元", "总投资额达", "。", True),
    ("93.9亿元", "总投资额达2", "。", False),
    ("300亿", "一举拿下近", "大单", False),
    ("近300亿", "一举拿下", "大单", True),
    ("300", "达", "多家", False),
    ("30家", "", "以上", False),
    ("20元", "10-", "", False),
    ("2020年", "至", "底", True),  # 至 before a year is "by", not a range
    ("5年", "", "来", True),
    ("兩天", "", "一層樓", True),  # ends with its unit: 一 starts another word
    ("五", "三十", "", False),
    ("301亿元", "截至2019年累计签约", "。", True),  # 签约 is "signed", not 约 (about)
    ("30家", "带动", "上下游企业", True),  # 上下游 is the supply chain, not 上下 (about)
    ("300亿元", "附近", "", True),
])
def test_whole_figure(figure: str, before: str, after: str, whole: bool) -> None:
    assert whole_figure(fold(figure), fold(before), fold(after)) is whole
