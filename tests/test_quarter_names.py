"""A quarter named by its number without 个 (三季度, 前3季度, 3季度) is a point in time,
never a count or a number of quarters; 3个季度 is a span of three quarters."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from factcheck import LoadErrors, load
from tests.corpus_builder import write_corpus


def _write(tmp_path: Path, text: str, quote: str, value: str, unit: str | None) -> Path:
    given = "" if unit is None else f', unit: "{unit}"'
    write_corpus(tmp_path, text, f"""\
claims:
  - {{id: x, quote: "{quote}", value: "{value}"{given}, entity: e, metric: m, as_of: "2023"}}
""")
    return tmp_path


@pytest.mark.parametrize(("text", "quote", "value", "unit", "quarter"), [
    # 三 of 三季度实现营收 with unit: 个 loaded as 3 items, with unit: 个季度 as a duration
    # of three quarters, and value: 3季度 was hinted unit: 个季度
    ("公司三季度实现营收20亿元。", "三季度实现营收", "三", "个", "三季度"),
    ("公司三季度实现营收20亿元。", "三季度实现营收", "三", "个季度", "三季度"),
    ("公司前三季度实现营收20亿元。", "前三季度实现营收", "三", "个", "前三季度"),
    ("公司前3季度实现营收20亿元。", "前3季度实现营收", "3", "个", "前3季度"),
    ("3季度GDP增长5%。", "3季度GDP", "3", "个季度", "3季度"),
    ("3季度GDP增长5%。", "3季度GDP", "3季度", None, "3季度"),
    ("公司前三季度实现营收20亿元。", "前三季度实现营收", "前三季度", None, "前三季度"),
    ("公司一季度营收增长。", "一季度营收", "一", None, "一季度"),
])
def test_a_quarter_is_no_count(tmp_path: Path, text: str, quote: str, value: str,
                               unit: str | None, quarter: str) -> None:
    with pytest.raises(LoadErrors) as caught:
        load(_write(tmp_path, text, quote, value, unit))
    error = str(caught.value)
    assert f"names a quarter of the year ({quarter})" in error
    assert "hint: claim the figure the quarter dates" in error


@pytest.mark.parametrize(("text", "quote", "value", "unit", "amount"), [
    # a span written with 个, a number of 季度 that is no quarter, and the figure after it
    ("工程历时3个季度。", "历时3个季度", "3个季度", None, Fraction(3)),
    ("工程历时3个季度。", "历时3个季度", "3", "个季度", Fraction(3)),
    ("工程历时三个季度。", "历时三个季度", "三个季度", None, Fraction(3)),
    ("全年13季度。", "全年13季度", "13", "个", Fraction(13)),
    ("公司三季度实现营收20亿元。", "实现营收20亿元", "20亿元", None, Fraction(2 * 10**9)),
    ("共有3家企业参与。", "共有3家企业", "3家", None, Fraction(3)),
])
def test_a_span_or_a_figure_near_a_quarter_loads(tmp_path: Path, text: str, quote: str,
                                                 value: str, unit: str | None,
                                                 amount: Fraction) -> None:
    quantity = load(_write(tmp_path, text, quote, value, unit)).claims["x"].quantity
    assert quantity is not None and quantity.value == amount
