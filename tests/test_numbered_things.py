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


@pytest.mark.parametrize(("text", "value", "date"), [
    # a word of more characters numbers nothing after a month: each was refused as
    # numbering a thing (2023年7月1号出口, 3月8号出口), where it loaded as the day before
    ("2023年7月1号出口退税率调整", "2023年7月1号", "2023-07-01"),
    ("7月8號出口數據公佈", "7月8號", "2023-07-08"),
    ("3月8号出口数据显示增长5%", "3月8号", "2023-03-08"),
    ("5月3号出口一批货物", "5月3号", "2023-05-03"),
    ("7月1号巴士票价上调10%", "7月1号", "2023-07-01"),
    ("8月3号公路通车", "8月3号", "2023-08-03"),
    ("1月1号入口处将封闭", "1月1号", "2023-01-01"),
    ("七月八號出口數據公佈", "七月八號", "2023-07-08"),
    ("本月8号出口数据公布", "8号", "2023-07-08"),
    ("12月1号起，8号巴士改线", "12月1号", "2023-12-01"),
])
def test_a_day_after_a_month_before_a_numbered_word_stays_a_date(
        tmp_path: Path, text: str, value: str, date: str) -> None:
    as_of = "2023" if "月" in value and not value.startswith(("7月", "七月")) else "2023-07"
    assert _load_one(tmp_path, text, value, "date", as_of) == date


@pytest.mark.parametrize(("text", "value"), [
    ("12月1号起，8号巴士改线", "8号"),  # a bus after a comma, the month's clause ended
    ("7月1日，3号巴士改线", "3号"),
])
def test_a_bare_number_before_a_numbered_word_still_numbers_it(
        tmp_path: Path, text: str, value: str) -> None:
    read = _load_one(tmp_path, text, value, "date", "2023-07")
    assert f"'{value}' numbers a thing here" in read, read


@pytest.mark.parametrize(("text", "day"), [
    ("2023年7月1号出口退税率调整", "2023年7月1号"),
    ("3月8号出口数据显示增长5%", "3月8号"),
    ("本月8号出口数据公布", "8号"),
    ("7月1号巴士票价上调10%", "7月1号"),
])
def test_extract_keeps_a_day_after_a_month_before_a_numbered_word(text: str, day: str) -> None:
    rows = [(m.text, m.kind) for m in extract(text)]
    assert (day, "date") in rows, rows
    assert all(kind != "identifier" for _, kind in rows), rows
