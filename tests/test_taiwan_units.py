"""台斤, the Taiwan catty of 600 g, is a unit of its own (never 台, items, and 斤, 500 g),
and 每台斤 before a price makes it per 台斤; 台尺 and 台寸 (Taiwan's foot and inch) are no
unit factcheck reads, refused rather than read as 台 (machines) and 尺."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from factcheck import LoadErrors, load
from factcheck._extract import extract
from factcheck._extract_render import Article, render_yaml
from tests.corpus_builder import write_corpus

CABBAGE = "高麗菜每台斤50元，共5萬台斤。"
DOOR = "門寬3台尺，厚2台寸。"


def _claim(tmp_path: Path, text: str, quote: str, value: str, extra: str = "") -> object:
    claims = (f"claims:\n  - {{id: x, quote: \"{quote}\", value: \"{value}\"{extra}, "
              "entity: x, metric: x, as_of: \"2023\"}\n")
    return load(write_corpus(tmp_path, text, claims)).claims["x"]


def _error(tmp_path: Path, text: str, quote: str, value: str, extra: str = "") -> str:
    with pytest.raises(LoadErrors) as caught:
        _claim(tmp_path, text, quote, value, extra)
    [error] = [str(e) for e in caught.value.errors]
    return error


def test_a_taiwan_catty_is_600_grams(tmp_path: Path) -> None:
    quantity = _claim(tmp_path, CABBAGE, "共5萬台斤", "5萬台斤").quantity  # type: ignore[attr-defined]
    assert (quantity.base, quantity.base_unit) == (Fraction(30000), "kilogram")


def test_the_number_before_tai_jin_is_only_part_of_the_figure(tmp_path: Path) -> None:
    # 5萬台 loaded as 50,000 items; the hint to unit: 斤 gave 25,000 kg
    error = _error(tmp_path, CABBAGE, "共5萬台斤", "5萬台")
    assert "value '5萬台' is only part of a figure in the quote" in error
    assert 'write value: "5萬台斤"' in error


def test_jin_cannot_name_a_taiwan_catty(tmp_path: Path) -> None:
    error = _error(tmp_path, CABBAGE, "共5萬台斤", "5萬台斤", ", unit: 斤")
    assert "not the unit the text writes ('台斤')" in error


def test_a_price_after_mei_tai_jin_is_per_tai_jin(tmp_path: Path) -> None:
    # 50元 of 每台斤50元 loaded as a flat 50元
    error = _error(tmp_path, CABBAGE, "高麗菜每台斤50元", "50元")
    assert "'50元' is a price per 台斤: the quote writes 每台斤 before it" in error
    quantity = _claim(tmp_path, CABBAGE, "高麗菜每台斤50元", "50元",
                      ", per: 台斤").quantity  # type: ignore[attr-defined]
    assert (quantity.unit, quantity.base, quantity.base_unit) == (
        "元/台斤", Fraction(250, 3), "yuan / kilogram")  # 50元 per 0.6 kg


@pytest.mark.parametrize(("quote", "value", "extra", "said"), [
    ("門寬3台尺", "3台", "", "value '3台' is only part of a figure in the quote: its 台 "
     "begins '台尺', a Taiwan foot"),  # loaded as three machines
    ("厚2台寸", "2台", "", "its 台 begins '台寸', a Taiwan inch"),
    ("門寬3台尺", "3", ", unit: 米", "unit '米' cannot name the unit the quote writes "
     "after the value, '台尺'"),  # loaded as 3 metres
    ("門寬3台尺", "3台尺", "", "'3台尺' is in '台尺', a Taiwan foot"),
])
def test_a_taiwan_foot_or_inch_is_refused(tmp_path: Path, quote: str, value: str,
                                          extra: str, said: str) -> None:
    error = _error(tmp_path, DOOR, quote, value, extra)
    assert said in error and "list the mention under not_claims: with a reason" in error


@pytest.mark.parametrize(("text", "quote", "value", "count"), [
    ("公司賣出3台車。", "3台車", "3台", 3),
    ("工廠有5萬台斗式機。", "5萬台", "5萬台", 50000),
    ("新增3台尖端設備。", "3台尖端", "3台", 3),
])
def test_machines_counted_in_tai_stay_counted(tmp_path: Path, text: str, quote: str,
                                              value: str, count: int) -> None:
    quantity = _claim(tmp_path, text, quote, value).quantity  # type: ignore[attr-defined]
    assert (quantity.unit, quantity.value) == ("台", count)


def test_extract_reads_taiwan_units_whole() -> None:
    # 5萬台 (items) was proposed for 5萬台斤, 3台 for 3台尺
    text = CABBAGE + DOOR
    assert [(m.text, m.unit) for m in extract(text)] == [
        ("50元", "元"), ("5萬台斤", "台斤"), ("3台尺", "台尺"), ("2台寸", "台寸")]
    rendered = render_yaml(Article("a.txt", text), extract(text))
    assert "value: 5萬台斤" in rendered
    assert "'3台尺' in 「門寬3台尺」: a figure in '台尺', a Taiwan foot" in rendered
