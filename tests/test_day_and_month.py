"""A day and a month across a slash before a verb of holding an event (會議於28/2舉行,
投票於3/4進行) is a date as Hong Kong writes it: extract listed it as the fraction 14 or
0.75; it lists it as a date it does not read, with no value of its own."""

from __future__ import annotations

import pytest

from factcheck._extract import extract
from factcheck._extract_render import Article, render_yaml


@pytest.mark.parametrize(("text", "date"), [
    ("會議於28/2舉行", "28/2"),
    ("投票於3/4進行", "3/4"),
    ("会议于12/5召开", "12/5"),
    ("新例于1/7起实施", "1/7"),
    ("展覽15/8開幕", "15/8"),
])
def test_a_day_and_month_before_a_verb_of_an_event_is_no_fraction(
        text: str, date: str) -> None:
    assert [(m.text, m.kind, m.exact) for m in extract(text)] == [(date, "date", date)]
    rendered = render_yaml(Article("a.txt", text + "\n"), extract(text + "\n"))
    assert "claims: []" in rendered
    (line,) = [row for row in rendered.splitlines() if f"'{date}' in 「" in row]
    assert "a day and a month across a slash" in line and "not_claims" in line


@pytest.mark.parametrize(("text", "rows"), [
    # a share stays a share: before a noun, after 约有, or a denominator past 12
    ("約有3/4議員出席", [("約有3/4", "quantity", "0.75")]),
    ("3/4的人支持", [("3/4", "quantity", "0.75")]),
    ("占1/3", [("1/3", "quantity", "1/3")]),
    ("5/16举行", [("5/16", "quantity", "0.3125")]),
])
def test_a_share_across_a_slash_stays_a_share(
        text: str, rows: list[tuple[str, str, str]]) -> None:
    assert [(m.text, m.kind, m.exact) for m in extract(text)] == rows
