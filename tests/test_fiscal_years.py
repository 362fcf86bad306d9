"""A year, a dash (or 至) and the next year before 年度 (2024-25年度, 2024至25年度,
2024-2025年度) is one fiscal, school or sports year, as 2024/25年度 is: no span of two
calendar years. The loader refuses it, and extract lists it unproposed."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_builder import write_corpus

from factcheck import LoadErrors, load
from factcheck._extract import extract
from factcheck._extract_render import Article, render_yaml


def _load_one(tmp_path: Path, text: str, value: str, unit: str | None) -> str:
    """What the claim loads as (its date), or the first error's message."""
    given = f", unit: {unit}" if unit else ""
    write_corpus(tmp_path, text, f"""\
claims:
  - {{id: c, quote: "{text}", value: "{value}"{given}, entity: e, metric: m,
     as_of: "2024"}}
""")
    try:
        return str(load(tmp_path).claims["c"].date)
    except LoadErrors as errors:
        return str(errors.errors[0])


@pytest.mark.parametrize(("text", "value"), [
    ("2024-25年度財政預算案", "2024-25年度"),
    ("2024至25年度財政預算案", "2024至25年度"),
    ("2024-2025年度財政預算案", "2024-2025年度"),
    ("2024－25年度財政預算案", "2024－25年度"),
    ("2024—25年度預算", "2024—25年度"),
    ("2023-24財政年度預算", "2023-24財政年度"),
    ("2023-24赛季", "2023-24赛季"),
    ("2023-2024学年", "2023-2024学年"),
    ("2024/25年度財政預算案", "2024/25年度"),
])
@pytest.mark.parametrize("unit", ["date", None])
def test_a_year_across_a_dash_is_one_fiscal_year_factcheck_does_not_read(
        tmp_path: Path, text: str, value: str, unit: str | None) -> None:
    # the dash forms loaded as 2024..2025, two calendar years
    read = _load_one(tmp_path, text, value, unit)
    assert "a fiscal, school or sports year" in read, read
    assert "list the mention under not_claims" in read, read


@pytest.mark.parametrize(("text", "value"), [
    ("2024-25年度財政預算案", "2024"),
    ("2024-25年度財政預算案", "25年度"),
    ("2024至25年度財政預算案", "2024"),
])
def test_a_part_of_a_year_across_a_dash_is_refused_as_one(
        tmp_path: Path, text: str, value: str) -> None:
    read = _load_one(tmp_path, text, value, "date")
    assert "a fiscal, school or sports year" in read, read


@pytest.mark.parametrize(("text", "value", "date"), [
    # calendar years stay calendar years: a span without 年度, years that do not follow
    # each other, one year of 年度
    ("2024-2025年經濟增長", "2024-2025年", "2024..2025"),
    ("2020-2025年度計劃", "2020-2025年度", "2020..2025"),
    ("2024年度財政預算案", "2024年度", "2024"),
])
def test_calendar_years_with_a_dash_stay_dates(
        tmp_path: Path, text: str, value: str, date: str) -> None:
    assert _load_one(tmp_path, text, value, "date") == date


@pytest.mark.parametrize(("text", "mention"), [
    ("2024-25年度財政預算案\n", "2024-25年度"),
    ("2024至25年度財政預算案\n", "2024至25年度"),
    ("2024-2025年度財政預算案\n", "2024-2025年度"),
])
def test_extract_lists_a_year_across_a_dash_unproposed(text: str, mention: str) -> None:
    assert [(m.text, m.kind) for m in extract(text)] == [(mention, "date")]
    rendered = render_yaml(Article("a.txt", text), extract(text))
    assert "claims: []" in rendered
    (line,) = [row for row in rendered.splitlines() if f"'{mention}' in 「" in row]
    assert "a fiscal, school or sports year" in line and "not_claims" in line
