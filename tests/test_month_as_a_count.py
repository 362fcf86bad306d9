"""A number before 月 names a month of the calendar (3月以来: since March): with a unit of
counting it loaded as a count (3 of 3月以来 or 3月以来 with unit: 个, as 3 items)."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_builder import write_corpus

from factcheck import LoadErrors, load


def _load_one(tmp_path: Path, text: str, value: str, unit: str | None) -> str:
    """What the claim loads as, or the first error's message."""
    given = f", unit: {unit}" if unit else ""
    write_corpus(tmp_path, text, f"""\
claims:
  - {{id: c, quote: "{text}", value: "{value}"{given}, entity: e, metric: m,
     as_of: "2020"}}
""")
    try:
        claim = load(tmp_path).claims["c"]
    except LoadErrors as errors:
        return str(errors.errors[0])
    return str(claim.date if claim.quantity is None else claim.quantity.value)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("3月以来销量增长", "3月以来", "个"),
    ("三月以来销量增长", "三月以来", "个"),
    ("3月份以来销量增长", "3月份以来", "个"),
    ("3月以来销量增长", "3", "个"),
    ("3月销量增长", "3", "个"),
])
def test_a_number_of_a_month_is_no_count(
        tmp_path: Path, text: str, value: str, unit: str) -> None:
    read = _load_one(tmp_path, text, value, unit)
    assert "names a month of the calendar" in read, read
    assert "hint: " in read


@pytest.mark.parametrize(("text", "value", "unit", "read"), [
    ("3个月以来销量增长", "3个月", None, "3"),
    ("共3家企业", "3", "家", "3"),
    ("3月8日开幕", "3月8日", None, "2020-03-08"),
])
def test_counts_and_dates_next_to_it_still_read(
        tmp_path: Path, text: str, value: str, unit: str | None, read: str) -> None:
    assert _load_one(tmp_path, text, value, unit) == read
