"""A number in brackets between a word of when and 日, 月 or 年, as Taiwan's Central News
Agency writes a date (衛福部今（15）日公布: today, the 15th), is a date part: the loader
refuses it as an amount and extract lists it as a date it does not read, never a count."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import LoadErrors, load
from factcheck._extract import extract
from factcheck._extract_render import Article, render_yaml
from tests.corpus_builder import write_corpus

CNA = "衛福部今（15）日公布，上（3）月新增病例120例，本（112）年累計逾5千例。"


def _load(tmp_path: Path, text: str, quote: str, value: str, unit: str | None) -> object:
    given = "" if unit is None else f", unit: {unit}"
    claims = (f"claims:\n  - {{id: x, quote: \"{quote}\", value: \"{value}\"{given}, "
              "entity: x, metric: x, as_of: \"2023\"}\n")
    return load(write_corpus(tmp_path, text, claims)).claims["x"]


@pytest.mark.parametrize(("text", "quote", "value", "unit", "date"), [
    (CNA, "衛福部今（15）日公布", "15", "天", "今（15）日"),  # loaded as 15 days
    (CNA, "衛福部今（15）日公布", "15", None, "今（15）日"),
    (CNA, "上（3）月新增病例", "3", "个月", "上（3）月"),
    (CNA, "本（112）年累計", "112", "年", "本（112）年"),
    ("他昨(14)日表示。", "昨(14)日表示", "14", "天", "昨(14)日"),
    ("公司去（2022）年營收。", "去（2022）年營收", "2022", None, "去（2022）年"),
])
def test_a_number_in_brackets_of_a_date_is_no_amount(
        tmp_path: Path, text: str, quote: str, value: str, unit: str | None,
        date: str) -> None:
    with pytest.raises(LoadErrors) as caught:
        _load(tmp_path, text, quote, value, unit)
    [error] = [str(e) for e in caught.value.errors]
    assert f"'{value}' in brackets is part of the date '{date}'" in error
    assert "list the mention under not_claims: with a reason" in error


@pytest.mark.parametrize(("text", "quote", "value", "unit", "amount"), [
    ("公司前3日上漲。", "前3日上漲", "3日", "天", 3),  # no brackets: three days
    ("該案（3）日後開工。", "（3）日後開工", "3", "天", 3),  # no word of when before them
    ("他今年（2023）投資3億元。", "今年（2023）投資3億元", "3億元", None, 300000000),
])
def test_a_figure_near_brackets_stays_one(tmp_path: Path, text: str, quote: str,
                                          value: str, unit: str | None, amount: int) -> None:
    quantity = _load(tmp_path, text, quote, value, unit).quantity  # type: ignore[attr-defined]
    assert quantity.value == amount


def test_extract_lists_a_bracketed_date_part_as_no_figure() -> None:
    # 15, 3 and 112 were bare quantities, proposed as claims
    rows = [(m.text, m.kind) for m in extract(CNA)]
    assert rows == [("今（15）日", "date"), ("上（3）月", "date"), ("120例", "quantity"),
                    ("本（112）年", "date"), ("逾5千例", "quantity")]
    rendered = render_yaml(Article("a.txt", CNA), extract(CNA))
    assert rendered.count("a date part in brackets") == 3
    assert "value: 15" not in rendered and "value: '15'" not in rendered
