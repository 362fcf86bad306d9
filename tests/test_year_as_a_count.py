"""A year of 1800-2199 before 年 (2023年全市财政收入增长8%) is a date: with `unit: 年` it
loaded as 2023 years, and its bare number with `unit: 个` as 2023 items. The loader refuses
any unit but date for it, unless a word around it says it is a span (距今, 树龄, 历史,
之久, 长达), where it stays a number of years."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import LoadErrors, load
from tests.corpus_builder import write_corpus

BUDGET = "2023年全市财政收入增长8%。"


def _load(tmp_path: Path, text: str, quote: str, value: str, unit: str | None) -> object:
    given = "" if unit is None else f", unit: {unit}"
    claims = (f"claims:\n  - {{id: x, quote: \"{quote}\", value: \"{value}\"{given}, "
              "entity: x, metric: x, as_of: \"2023\"}\n")
    return load(write_corpus(tmp_path, text, claims)).claims["x"]


@pytest.mark.parametrize(("text", "quote", "value", "unit"), [
    (BUDGET, "2023年全市", "2023年", "年"),  # loaded as 2023 years
    (BUDGET, "2023年全市", "2023", "年"),
    (BUDGET, "2023年全市", "2023", "个"),  # loaded as 2023 items
    (BUDGET, "2023年全市", "2023", "人"),
    ("2023年度全市财政收入增长8%。", "2023年度", "2023年度", "年"),
    ("2023年度全市财政收入增长8%。", "2023年度", "2023", "个"),
    ("1998年他来到深圳。", "1998年他来到", "1998年", "年"),
])
def test_a_year_is_no_count_nor_span(tmp_path: Path, text: str, quote: str, value: str,
                                     unit: str) -> None:
    with pytest.raises(LoadErrors) as caught:
        _load(tmp_path, text, quote, value, unit)
    [error] = [str(e) for e in caught.value.errors]
    assert "is the year" in error and "a date" in error
    assert ("remove unit: (the date " in error) == value.endswith(("年", "年度"))
    assert ('write value: "' in error) != value.endswith(("年", "年度"))


@pytest.mark.parametrize(("text", "quote", "value", "unit", "years"), [
    ("这座古城距今2000年。", "距今2000年", "2000年", None, 2000),
    ("这座古城距今2000年。", "距今2000年", "2000", "年", 2000),
    ("这座古城距今已有2000年。", "距今已有2000年", "2000年", "年", 2000),
    ("这棵树树龄1900年。", "树龄1900年", "1900年", "年", 1900),
    ("该镇已有2000年历史。", "2000年历史", "2000年", "年", 2000),
    ("该镇已有2000年历史。", "2000年历史", "2000", "年", 2000),
    ("文明延续了2000年之久。", "2000年之久", "2000年", "年", 2000),
    ("工程长达1900年。", "长达1900年", "1900年", "年", 1900),
    ("遗址有2000年前的遗存。", "2000年前的遗存", "2000年", "年", 2000),  # either: unit says
])
def test_a_span_of_years_stays_years(tmp_path: Path, text: str, quote: str, value: str,
                                     unit: str | None, years: int) -> None:
    claim = _load(tmp_path, text, quote, value, unit)
    quantity = claim.quantity  # type: ignore[attr-defined]
    assert quantity is not None and quantity.value == years and quantity.unit == "年"


@pytest.mark.parametrize(("text", "quote", "value"), [
    (BUDGET, "2023年全市", "2023年"),
    ("2023年度全市财政收入增长8%。", "2023年度", "2023年度"),
])
def test_the_year_without_a_unit_is_a_date(tmp_path: Path, text: str, quote: str,
                                           value: str) -> None:
    claim = _load(tmp_path, text, quote, value, None)
    assert claim.quantity is None and str(claim.date).startswith("2023")  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "quote", "value", "unit", "amount"), [
    ("共有2023人参加。", "共有2023人", "2023人", None, 2023),  # no 年 after it
    ("共有2023家企业。", "2023家", "2023", "家", 2023),
    ("项目投资2023万元。", "2023万元", "2023万元", None, 20230000),
    ("他工作了3年。", "工作了3年", "3年", None, 3),
])
def test_a_figure_that_is_no_year_stays(tmp_path: Path, text: str, quote: str, value: str,
                                        unit: str | None, amount: int) -> None:
    claim = _load(tmp_path, text, quote, value, unit)
    quantity = claim.quantity  # type: ignore[attr-defined]
    assert quantity is not None and quantity.value == amount
