"""A number before 号 and a word it numbers (八號風球, 三號幹線, 八號碼頭) is no day of a
month: the loader refuses it with unit: date, and extract lists it as an identifier."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_builder import write_corpus

from factcheck import LoadErrors, load
from factcheck._extract import extract


def _load_one(tmp_path: Path, text: str, value: str, unit: str, as_of: str) -> str:
    """The date the claim loads as, or the first error's message."""
    write_corpus(tmp_path, text, f"""\
claims:
  - {{id: c, quote: "{text}", value: "{value}", unit: {unit}, entity: e, metric: m,
     as_of: "{as_of}"}}
""")
    try:
        return str(load(tmp_path).claims["c"].date)
    except LoadErrors as errors:
        return str(errors.errors[0])


@pytest.mark.parametrize(("text", "value"), [
    # each loaded as a day of the month of as_of (2023-07-08 for 八號風球)
    ("天文台昨晚改發八號風球", "八號"),
    ("懸掛8號風球", "8號"),
    ("发出8号风球", "8号"),
    ("發出8號烈風或暴風信號", "8號"),
    ("4時40分改發十號颶風信號", "十號"),
    ("三號幹線交通擠塞", "三號"),
    ("二號幹線", "二號"),
    ("中環八號碼頭", "八號"),
    ("三號月台", "三號"),
    ("一號閘口", "一號"),
    ("從二號出口離開", "二號"),
    ("二號入口", "二號"),
    ("五號車廂", "五號"),
    ("乘坐3號巴士", "3號"),
    ("一號公路", "一號"),
    ("九號風暴", "九號"),
])
def test_a_number_before_hao_and_a_thing_it_numbers_is_no_date(
        tmp_path: Path, text: str, value: str) -> None:
    read = _load_one(tmp_path, text, value, "date", "2023-07")
    assert f"'{value}' numbers a thing here" in read, read
    assert "hint: list the mention under not_claims: with a reason" in read


@pytest.mark.parametrize(("text", "value", "date"), [
    # a day before a word that numbers nothing stays the day
    ("會議於7月8號舉行", "7月8號", "2023-07-08"),
    ("會議於本月8號舉行", "8號", "2023-07-08"),
    ("8號出發", "8號", "2023-07-08"),
    ("8號風和日麗", "8號", "2023-07-08"),
])
def test_a_day_of_hao_before_other_words_stays_a_date(
        tmp_path: Path, text: str, value: str, date: str) -> None:
    assert _load_one(tmp_path, text, value, "date", "2023-07") == date


@pytest.mark.parametrize(("text", "identifier"), [
    ("天文台昨晚改發八號風球", "八號風球"),
    ("懸掛8號風球", "8號風球"),
    ("改發十號颶風信號", "十號颶風信號"),
    ("三號幹線交通擠塞", "三號幹線"),
    ("中環八號碼頭", "八號碼頭"),
    ("三號月台", "三號月台"),
    ("一號閘口", "一號閘口"),
    ("乘坐3號巴士", "3號巴士"),
])
def test_extract_lists_a_numbered_thing_as_no_date(text: str, identifier: str) -> None:
    rows = [(m.text, m.kind) for m in extract(text)]
    assert (identifier, "identifier") in rows, rows
    assert all(kind != "date" for _, kind in rows), rows


@pytest.mark.parametrize("text", ["會議於7月8號舉行", "本月8號舉行", "8號風和日麗"])
def test_extract_keeps_a_day_of_hao_a_date(text: str) -> None:
    assert [m.kind for m in extract(text)] == ["date"]
