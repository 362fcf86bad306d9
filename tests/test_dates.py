"""Tests for factcheck._dates: parsing written periods, canonical text, and elapsed-day bounds."""

from __future__ import annotations

import pickle
from datetime import date, timedelta
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck._dates import (
    Period,
    backward_run,
    complete_period,
    days_between,
    iso_spelling,
    parse_period,
)
from tests import strategies as S


def _p(text: str, **context: int) -> Period:
    period = parse_period(text, **context)
    assert period is not None, text
    return period


@pytest.mark.parametrize(
    ("text", "context", "start", "end", "canonical"),
    [
        ("2019-05-09", {}, date(2019, 5, 9), date(2019, 5, 9), "2019-05-09"),
        ("2019-05", {}, date(2019, 5, 1), date(2019, 5, 31), "2019-05"),
        ("2019", {}, date(2019, 1, 1), date(2019, 12, 31), "2019"),
        ("2020-2-29", {}, date(2020, 2, 29), date(2020, 2, 29), "2020-02-29"),
        ("2017-01..2017-09", {}, date(2017, 1, 1), date(2017, 9, 30), "2017-01..2017-09"),
        ("2024-09..2024-11", {}, date(2024, 9, 1), date(2024, 11, 30), "2024-09..2024-11"),
        (
            "2017-11-28..2017-11-30",
            {},
            date(2017, 11, 28),
            date(2017, 11, 30),
            "2017-11-28..2017-11-30",
        ),
        ("2017-01..2017-12", {}, date(2017, 1, 1), date(2017, 12, 31), "2017"),
        ("2019年5月9日", {}, date(2019, 5, 9), date(2019, 5, 9), "2019-05-09"),
        ("２０１９年５月９號", {}, date(2019, 5, 9), date(2019, 5, 9), "2019-05-09"),
        ("二〇一九年五月九日", {}, date(2019, 5, 9), date(2019, 5, 9), "2019-05-09"),
        ("2017年3月", {}, date(2017, 3, 1), date(2017, 3, 31), "2017-03"),
        ("2017年", {}, date(2017, 1, 1), date(2017, 12, 31), "2017"),
        ("5月9日", {"year": 2019}, date(2019, 5, 9), date(2019, 5, 9), "2019-05-09"),
        ("9月1日", {"year": 2017}, date(2017, 9, 1), date(2017, 9, 1), "2017-09-01"),
        ("5月份", {"year": 2017}, date(2017, 5, 1), date(2017, 5, 31), "2017-05"),
        ("28日", {"year": 2017, "month": 11}, date(2017, 11, 28), date(2017, 11, 28), "2017-11-28"),
        ("十二月二十八日", {"year": 2017}, date(2017, 12, 28), date(2017, 12, 28), "2017-12-28"),
        ("1-3季度", {"year": 2021}, date(2021, 1, 1), date(2021, 9, 30), "2021-01..2021-09"),
        ("2021年前三季度", {}, date(2021, 1, 1), date(2021, 9, 30), "2021-01..2021-09"),
        ("第四季度", {"year": 2020}, date(2020, 10, 1), date(2020, 12, 31), "2020-10..2020-12"),
        # Hong Kong and Taiwan: 首季 is the first quarter, 第N季 without 度 the Nth
        ("2019年第三季", {}, date(2019, 7, 1), date(2019, 9, 30), "2019-07..2019-09"),
        ("首季", {"year": 2020}, date(2020, 1, 1), date(2020, 3, 31), "2020-01..2020-03"),
        ("2021年首季度", {}, date(2021, 1, 1), date(2021, 3, 31), "2021-01..2021-03"),
        ("2021年上半年", {}, date(2021, 1, 1), date(2021, 6, 30), "2021-01..2021-06"),
        ("下半年", {"year": 2021}, date(2021, 7, 1), date(2021, 12, 31), "2021-07..2021-12"),
        ("2017年3月至2018年5月", {}, date(2017, 3, 1), date(2018, 5, 31), "2017-03..2018-05"),
        ("2017年3月至5月", {}, date(2017, 3, 1), date(2017, 5, 31), "2017-03..2017-05"),
        ("5月份到9月份", {"year": 2017}, date(2017, 5, 1), date(2017, 9, 30), "2017-05..2017-09"),
        (
            "11日至12日",
            {"year": 2017, "month": 9},
            date(2017, 9, 11),
            date(2017, 9, 12),
            "2017-09-11..2017-09-12",
        ),
        ("1-9月", {"year": 2021}, date(2021, 1, 1), date(2021, 9, 30), "2021-01..2021-09"),
        ("2023-2030", {}, date(2023, 1, 1), date(2030, 12, 31), "2023..2030"),
        ("2017-2019年", {}, date(2017, 1, 1), date(2019, 12, 31), "2017..2019"),
        # a right end in two digits, also in Chinese digits (was None: the second year lost)
        ("二〇二〇年-二二年", {}, date(2020, 1, 1), date(2022, 12, 31), "2020..2022"),
        # ... that rolls over the century in a run of at most ten years (was None: to 1901)
        ("1999-01年", {}, date(1999, 1, 1), date(2001, 12, 31), "1999..2001"),
        ("一九九五年-〇五年", {}, date(1995, 1, 1), date(2005, 12, 31), "1995..2005"),
    ],
)
def test_parse_period(
    text: str, context: dict[str, int], start: date, end: date, canonical: str
) -> None:
    period = _p(text, **context)
    assert (period.start, period.end, period.text, str(period)) == (start, end, text, canonical)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("2019-02-30", {}),
        ("2019-02-29", {}),
        ("2019-13", {}),
        ("2019-00", {}),
        ("0000", {}),
        ("2019年2月30日", {}),
        ("2019年13月", {}),
        ("5季度", {"year": 2020}),
        ("5月9日", {}),
        ("28日", {"year": 2017}),
        ("1-3季度", {}),
        ("2019年9日", {}),
        ("", {}),
        ("abc", {}),
        ("2019-05-09..2019-05-01", {}),
        ("2019..2017", {}),
        ("3-1季度", {"year": 2020}),
        ("前三至四季度", {"year": 2020}),
        ("2019-05-09x", {}),
        ("12月至3月", {"year": 2017}),
    ],
)
def test_parse_period_refuses(text: str, context: dict[str, int]) -> None:
    assert parse_period(text, **context) is None


def test_period_equality_ignores_text_and_orders_by_start() -> None:
    assert _p("2019-05") == _p("2019年5月")
    assert hash(_p("2019-05")) == hash(_p("2019年5月"))
    assert sorted([_p("2020"), _p("2019-05"), _p("2019")]) == [
        _p("2019"),
        _p("2019-05"),
        _p("2020"),
    ]


def test_period_pickles_with_text() -> None:
    period = _p("2017年3月至5月")
    restored = pickle.loads(pickle.dumps(period))
    assert (restored, restored.text) == (period, "2017年3月至5月")


def test_period_rejects_reversed_bounds() -> None:
    with pytest.raises(ValueError, match="after its end"):
        Period(date(2020, 1, 2), date(2020, 1, 1), "x")


def test_period_relations() -> None:
    year, may = _p("2019"), _p("2019-05")
    assert year.overlaps(may) and may.overlaps(year)
    assert year.covers(may) and not may.covers(year)
    assert not may.overlaps(_p("2019-06"))
    assert may.overlaps(_p("2019-05-31..2019-06-02"))
    assert may.contains(date(2019, 5, 31)) and not may.contains(date(2019, 6, 1))
    assert (year.days, may.days, _p("2020").days) == (365, 31, 366)


def test_days_between() -> None:
    # a day lasts to its end: from 9 May (any time) to 19 May (any time) is 9 to 11 days
    assert days_between(_p("2019-05-09"), _p("2019-05-19")) == (9, 11)
    assert days_between(_p("2024-06-01"), _p("2024-06-03")) == (1, 3)
    assert days_between(_p("2019-05"), _p("2024-09..2024-11")) == (1919, 2041)
    assert days_between(_p("2019"), _p("2019-05")) == (0, 151)
    assert days_between(_p("2019"), _p("2019")) == (0, 365)
    assert days_between(_p("2019-05-09"), _p("2019-05-10")) == (0, 2)  # adjacent days
    assert days_between(_p("2019-05-09"), _p("2019-05-01")) == (0, -7)


@given(S.dates, S.dates)
def test_canonical_text_round_trips(a: date, b: date) -> None:
    period = Period(min(a, b), max(a, b), "x")
    assert parse_period(str(period)) == period


@given(S.dates)
def test_chinese_day_matches_iso(day: date) -> None:
    text = f"{day.year}年{day.month}月{day.day}日"
    assert _p(text) == Period(day, day)
    assert str(_p(text)) == day.isoformat()


@given(S.dates, S.dates)
def test_days_between_bounds_every_pair(a: date, b: date) -> None:
    """Moments at the first and last instants of the first and last days come close to the
    bounds, but only moments that coincide (in a shared day) reach the low bound 0."""
    first, second = _p(f"{a.year}-{a.month:02d}"), _p(f"{b.year}-{b.month:02d}")
    low, high = days_between(first, second)
    almost = Fraction(86399, 86400)  # 23:59:59, as a fraction of a day
    moments = [Fraction(day.toordinal()) + at
               for day in (first.start, first.end) for at in (Fraction(0), almost)]
    later = [Fraction(day.toordinal()) + at
             for day in (second.start, second.end) for at in (Fraction(0), almost)]
    elapsed = [y - x for x in moments for y in later if y >= x]
    for days in elapsed:
        assert low < days < high or (days == low == 0 and first.overlaps(second))
    if elapsed:
        assert high - max(elapsed) < 1 and (min(elapsed) - low < 1)
    assert low == max(0, (second.start - first.end).days - 1)
    assert high == (second.end - first.start).days + 1


@pytest.mark.parametrize(("text", "within", "readings"), [
    ("1月5日", "2018-12..2019-01", ["2019-01-05"]),  # not 2018-01-05, from as_of's start
    ("1月5日", "2018-11..2018-12", []),
    ("1月5日", "2017..2019", ["2017-01-05", "2018-01-05", "2019-01-05"]),
    ("1月5日", "0001..9999", ["0001-01-05", "0002-01-05", "0003-01-05"]),  # stops at 3
    ("28日", "2019-01-29..2019-02-28", ["2019-02-28"]),
    ("28日", "2019-01..2019-02", ["2019-01-28", "2019-02-28"]),
    ("31日", "2019-02..2019-04", ["2019-03-31"]),
    ("2月29日", "2019..2020", ["2020-02-29"]),
    ("2月29日", "2019", []),
    ("2月29日", "2097..2111", ["2104-02-29", "2108-02-29"]),  # 2100 is not a leap year
    ("2月30日", "0001..9999", []),
    ("11日至12日", "2021-09-11..2021-09-12", ["2021-09-11..2021-09-12"]),
    ("5月", "2019-05-09", ["2019-05"]),  # coarser than within: it holds it
    ("5月", "2019-04-30..2019-05-09", ["2019-05"]),  # straddles its start: they share days
    ("6月", "2019-04-30..2019-05-09", []),  # shares no day
    ("三季度", "2019-07..2019-09", ["2019-07..2019-09"]),
    ("2019年1月5日", "2018", ["2019-01-05"]),  # a written year is kept
    ("一些", "2019", []),
])
def test_complete_period(text: str, within: str, readings: list[str]) -> None:
    assert [str(p) for p in complete_period(text, _p(within))] == readings


def test_complete_period_stops_at_its_limit() -> None:
    assert len(complete_period("1月5日", _p("2000..2019"), limit=2)) == 2


@given(S.dates, st.integers(0, 364), st.integers(0, 364))
def test_a_day_without_its_year_is_the_one_inside_a_short_period(
        day: date, before: int, after: int) -> None:
    """Less than a year around a day holds that day's month and day once: that is its
    reading, wherever in the period the day lies."""
    before = min(before, 364 - after)
    within = Period(day - timedelta(days=before), day + timedelta(days=after))
    assert complete_period(f"{day.month}月{day.day}日", within) == (Period(day, day),)


@given(S.dates, st.integers(0, 27), st.integers(0, 27))
def test_a_day_alone_is_the_one_inside_a_period_shorter_than_a_month(
        day: date, before: int, after: int) -> None:
    before = min(before, 27 - after)
    within = Period(day - timedelta(days=before), day + timedelta(days=after))
    assert complete_period(f"{day.day}日", within) == (Period(day, day),)


@pytest.mark.parametrize(("text", "spelt"), [
    ("2024/02", "2024-02"), ("2024.3.15", "2024-03-15"), ("2024/2/5..2024-03", "2024-02-05..2024-03"),
    ("2024-02", None),      # already readable: nothing to respell
    ("2024/13", None), ("2019.2.30", None),  # no such month or day: no spelling to offer
    ("2024/02/05/01", None), ("2024-02-05..2024/02/01", None),  # no date; ends before it starts
    # a half or a quarter, as a spreadsheet writes it, is a run of months
    ("2025-H1", "2025-01..2025-06"), ("2025h2", "2025-07..2025-12"),
    ("2025Q3", "2025-07..2025-09"), ("2025-Q1..2025-H2", "2025-01..2025-12"),
    ("2025-H3", None), ("2025-Q5", None), ("2025-Q0", None),  # no such half or quarter
])
def test_iso_spelling_of_a_date_with_slashes_or_dots(text: str, spelt: str | None) -> None:
    assert iso_spelling(text) == spelt


@pytest.mark.parametrize(("text", "start", "end"), [
    ("2019年初", "2019-01-01", "2019-01-31"),  # was None: value: 2019年初 'unknown unit 年初'
    ("2019年末", "2019-12-01", "2019-12-31"),  # as 2019年底
    ("2019年4月初", "2019-04-01", "2019-04-10"),
    ("2019年4月末", "2019-04-21", "2019-04-30"),  # as 4月底
])
def test_the_start_and_end_of_a_year_or_month(text: str, start: str, end: str) -> None:
    period = parse_period(text)
    assert period is not None
    assert (period.start.isoformat(), period.end.isoformat()) == (start, end)


@pytest.mark.parametrize("text", ["2020-19年", "1994-05年", "2020年-12年"])
def test_a_two_digit_right_end_before_the_left_is_no_run_of_years(text: str) -> None:
    # 2020-19年 is no run of 99 years to 2119, nor 1994-05年 one of 11 years: backwards
    assert parse_period(text) is None


@pytest.mark.parametrize(("text", "backward"), [
    ("2020-19年", True), ("2020年至2019年", True), ("2020-2019年", True), ("２０２０－１９年", True),
    ("2019-20年", False), ("1999-01年", False), ("2020年", False), ("2020-19", False),
    ("5月至3月", False),  # no year: which way it goes depends on as_of
])
def test_a_backward_run_of_dates(text: str, backward: bool) -> None:
    assert backward_run(text) is backward



@pytest.mark.parametrize(("text", "canonical"), [
    ("民國108年", "2019"),  # the year N of the Republic of China is 1911 + N
    ("民国108年", "2019"),
    ("民國１０８年５月９日", "2019-05-09"),
    ("民國一百零八年", "2019"),
    ("民國108年底", "2019-12"),
    ("民國108年上半年", "2019-01..2019-06"),
    ("民國108年1-9月", "2019-01..2019-09"),
    ("民國108至110年", "2019..2021"),
    ("民國108年-110年", "2019..2021"),
    ("民國1年", "1912"),
])
def test_a_year_of_the_republic_of_china_is_its_year_of_the_common_era(
        text: str, canonical: str) -> None:
    period = parse_period(text)
    assert period is not None
    assert str(period) == canonical


@pytest.mark.parametrize("text", [
    "民國0年", "民國108年2月30日", "民國110年至108年", "民國108年至110年3月", "民國前1年",
])
def test_a_year_of_the_republic_of_china_that_is_no_date_is_refused(text: str) -> None:
    assert parse_period(text) is None


@pytest.mark.parametrize("text", ["19年5月", "19年", "十九年三月", "19年上半年", "19年三季度",
                                  "19年5月9日", "19-20年", "19年至20年"])
def test_a_year_in_fewer_than_four_digits_is_no_date(text: str) -> None:
    # 19年5月 is 2019年5月 abbreviated; it was read as May of the year 19
    assert parse_period(text) is None
    assert complete_period(text, parse_period("2019")) == ()  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "read"), [
    ("二○二二年", "2022"),  # ○ (U+25CB) for 〇, as Taiwanese and Hong Kong texts write it
    ("二○一九年五月九日", "2019-05-09"),
    ("二○○二年", "2002"),
    ("二○二○年-二二年", "2020..2022"),
])
def test_a_white_circle_among_chinese_digits_is_their_zero(text: str, read: str) -> None:
    period = parse_period(text)
    assert period is not None and str(period) == read


@pytest.mark.parametrize("text", ["○○年", "二○", "○年"])
def test_a_white_circle_elsewhere_is_no_zero(text: str) -> None:
    assert parse_period(text) is None
