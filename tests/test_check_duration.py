"""Tests of the duration check: a stated elapsed time against the days between two dates."""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest

from factcheck._dates import Period
from factcheck._findings import Finding, Status
from factcheck._numbers import Interval
from factcheck.checks.duration import elapsed_days
from tests.corpus_builder import one_finding, write_corpus

TEXT = (
    "项目于2019年9月开工，历时四年，于2023年8月25日完工。460天完成主体结构。\n"
    "工程用了300天。前后共五年。整整500天。\n"
)
CLAIMS = """
claims:
  - {id: start, quote: 项目于2019年9月开工, value: 2019年9月, entity: project, metric: start,
     as_of: "2019-09"}
  - {id: four_years, quote: 历时四年, value: 四年, entity: project, metric: duration,
     as_of: "2023"}
  - {id: end, quote: 于2023年8月25日完工, value: 2023年8月25日, entity: project, metric: end,
     as_of: "2023-08-25"}
  - {id: fast, quote: 460天完成主体结构, value: 460天, entity: project, metric: structure,
     as_of: "2023"}
  - {id: three_hundred, quote: 工程用了300天, value: 300天, entity: project, metric: works,
     as_of: "2023"}
  - {id: five_years, quote: 前后共五年, value: 五年, entity: project, metric: total,
     as_of: "2023"}
  - {id: five_hundred, quote: 整整500天, value: 500天, entity: project, metric: whole,
     as_of: "2023"}
"""
CHECKS = """
checks:
  - {kind: duration, id: four, duration: four_years, from: start, to: end}
  - {kind: duration, id: five, duration: five_years, from: start, to: end}
  - {kind: duration, id: within, duration: fast, from: start, to: published, relation: within}
  - {kind: duration, id: too_long, duration: five_hundred, from: "2023-01-01", to: published,
     relation: within}
  - {kind: duration, id: literal, duration: fast, from: "2019-09", to: "2020-06"}
  - {kind: duration, id: rounded, duration: three_hundred, from: "2023-01-01",
     to: "2023-09-30"}
  - {kind: duration, id: unquoted, duration: three_hundred, from: 2023-01-01, to: 2023-10-28}
  - {kind: duration, id: backwards, duration: fast, from: end, to: start}
  - {kind: duration, id: not_a_date, duration: fast, from: fast, to: end}
  - {kind: duration, id: not_time, duration: start, from: start, to: end}
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("duration"), TEXT, CLAIMS, CHECKS,
                        published="2023-08-25")


def test_four_years_fit(corpus: Path) -> None:
    finding = one_finding(corpus, "duration[four]")
    assert finding.status is Status.CONSISTENT
    # From the end of 2019-09-30 (= 2019-10-01) to 2023-08-25 is 1424 days; from the start
    # of 2019-09-01 to the end of 2023-08-25 (= 2023-08-26) is 1455 days. Neither is reached.
    assert finding.message == "四年 fits the 1424 to 1455 days from 2019-09 to 2023-08-25."
    # A year is 365.25 days: 1424 / 365.25 = 3.898..., 1455 / 365.25 = 3.983...
    assert finding.arithmetic == (
        "2019-09 .. 2023-08-25: (1424, 1455) days = (≈3.89, ≈3.99) 年",
        "stated 四年 = [3.5, 4.5) 年",
    )
    assert [c.role for c in finding.claims] == ["duration", "from", "to"]


def test_five_years_conflict(corpus: Path) -> None:
    finding = one_finding(corpus, "duration[five]")
    assert finding.status is Status.CONFLICT
    assert finding.message == "五年 does not fit the 1424 to 1455 days from 2019-09 to 2023-08-25."
    assert finding.arithmetic[-1] == "stated 五年 = [4.5, 5.5) 年"


def test_within_the_time_to_publication(corpus: Path) -> None:
    finding = one_finding(corpus, "duration[within]")
    assert finding.status is Status.CONSISTENT
    assert finding.message == ("460天 fits within the time from 2019-09 to 2023-08-25 "
                               "(under 1455 days).")
    too_long = one_finding(corpus, "duration[too_long]")
    assert too_long.status is Status.CONFLICT
    # From the start of 2023-01-01 to the end of 2023-08-25 is 237 days.
    assert too_long.message == ("500天 is longer than the time from 2023-01-01 to 2023-08-25 "
                                "(under 237 days).")


def test_literal_periods(corpus: Path) -> None:
    finding = one_finding(corpus, "duration[literal]")
    assert finding.status is Status.CONFLICT
    assert finding.arithmetic == ("2019-09 .. 2020-06: (244, 304) days",
                                  "stated 460天 = [459.5, 460.5) 天")
    assert finding.claim_ids == ("fast",)


def test_round_number_gives_a_discrepancy(corpus: Path) -> None:
    finding = one_finding(corpus, "duration[rounded]")
    assert finding.status is Status.DISCREPANCY
    # two single days and a whole number of 天: the days counted, both ends included
    assert finding.message == ("300天 is not the 273 days from 2023-01-01 to 2023-09-30, both "
                               "counted, unless the round number 300天 is read loosely.")
    assert finding.arithmetic[-1] == "read as a round number: [250, 350) 天"


def test_unquoted_yaml_dates(corpus: Path) -> None:
    finding = one_finding(corpus, "duration[unquoted]")
    # two single days: 300 days apart at midnight, 301 counting both days
    assert finding.arithmetic[:2] == ("2023-01-01 .. 2023-10-28: (299, 301) days",
                                      "counting both days: 301 days")
    assert finding.status is Status.DISCREPANCY
    assert finding.message == ("300天 counts the 300 days elapsed from 2023-01-01 to "
                               "2023-10-28; counting both days, as 为期301天 would, they are "
                               "301.")


def test_not_checkable_reasons(corpus: Path) -> None:
    expected = {
        "backwards": "'to' (2019-09) is before 'from' (2023-08-25)",
        "not_a_date": "claim 'fast' (from) is a quantity, not a date",
        "not_time": "the duration 'start' is a date, not a time",
    }
    for name, reason in expected.items():
        finding = one_finding(corpus, f"duration[{name}]")
        assert finding.status is Status.NOT_CHECKABLE
        assert finding.message == f"Not checkable: {reason}."


def test_elapsed_days() -> None:
    september = Period(date(2019, 9, 1), date(2019, 9, 30))
    day = Period(date(2023, 8, 25), date(2023, 8, 25))
    assert elapsed_days(september, day) == Interval(Fraction(1424), Fraction(1455), False,
                                                    False)
    # periods that share a day may be no time apart at all, and a period spans all its days
    assert elapsed_days(september, september) == Interval(Fraction(0), Fraction(30), True, False)
    # adjacent periods: every moment of October is later than every moment of September
    october = Period(date(2019, 10, 1), date(2019, 10, 31))
    assert elapsed_days(september, october) == Interval(Fraction(0), Fraction(61), False, False)
    with pytest.raises(ValueError, match="before"):
        elapsed_days(day, september)
    with pytest.raises(ValueError, match="before"):  # adjacent, but the wrong way round
        elapsed_days(october, september)


DAYS_TEXT = "活动6月1日至3日举行，为期3天。全年365天无休。\n"
DAYS_CLAIMS = """
claims:
  - {id: three_days, quote: 为期3天, value: 3天, entity: event, metric: length, as_of: "2024-06"}
  - {id: dates, quote: 活动6月1日至3日举行, value: 6月1日至3日, entity: event, metric: held,
     as_of: "2024-06-01..2024-06-03"}
  - {id: whole_year, quote: 全年365天无休, value: 365天, entity: shop, metric: open,
     as_of: "2019"}
"""
DAYS_CHECKS = """
checks:
  - {kind: duration, id: inclusive, duration: three_days, from: 2024-06-01, to: 2024-06-03}
  - {kind: duration, id: period, duration: three_days, from: dates, to: dates}
  - {kind: duration, id: year, duration: whole_year, from: "2019", to: "2019"}
  - {kind: duration, id: year_within, duration: whole_year, from: "2019", to: "2019",
     relation: within}
"""


@pytest.fixture(scope="module")
def days_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("duration_days"), DAYS_TEXT, DAYS_CLAIMS,
                        DAYS_CHECKS, published="2024-06-18")


def test_a_day_lasts_to_its_end(days_corpus: Path) -> None:
    # 6月1日至3日 runs from the start of June 1 to the end of June 3: 3 days, both counted.
    finding = one_finding(days_corpus, "duration[inclusive]")
    assert finding.status is Status.CONSISTENT
    assert finding.message == "3天 is the 3 days from 2024-06-01 to 2024-06-03, both counted."
    assert finding.arithmetic == ("2024-06-01 .. 2024-06-03: (1, 3) days",
                                  "counting both days: 3 days",
                                  "stated 3天 = [2.5, 3.5) 天")


def test_one_day_is_counted_as_one_day() -> None:
    from claim_factory import make_claim, make_corpus, spec

    from factcheck import check

    # 6月1日 to itself is 1 day, both ends counted; 6月1日至2日 has 1 day elapsed
    claims = [make_claim("one", "1天")]
    checks = [spec("duration", "same", duration="one", **{"from": "2024-06-01",
                                                          "to": "2024-06-01"}),
              spec("duration", "next", duration="one", **{"from": "2024-06-01",
                                                          "to": "2024-06-02"})]
    found = {f.id: f for f in check(make_corpus(claims, checks)) if f.kind == "duration"}
    same, following = found["duration[same]"], found["duration[next]"]
    assert same.status is Status.CONSISTENT
    assert same.message == "1天 is the 1 day from 2024-06-01 to 2024-06-01, both counted."
    assert same.arithmetic[1] == "counting both days: 1 day"
    assert following.status is Status.DISCREPANCY
    assert following.message == ("1天 counts the 1 day elapsed from 2024-06-01 to 2024-06-02; "
                                 "counting both days, as 为期2天 would, they are 2.")


def test_a_run_of_days_as_both_ends_is_counted_with_both_ends(days_corpus: Path) -> None:
    # the date claim 6月1日至3日 as from and to was [0, 3) days, so 1天, 2天 and 3天 all fit;
    # its days are counted as two single days are, both ends included
    finding = one_finding(days_corpus, "duration[period]")
    assert finding.status is Status.CONSISTENT
    assert finding.message == "3天 is the 3 days from 2024-06-01 to 2024-06-03, both counted."
    run = "2024-06-01..2024-06-03"
    elapsed = _days("2天", run, run)
    assert elapsed.status is Status.DISCREPANCY
    assert elapsed.message == ("2天 counts the 2 days elapsed from 2024-06-01 to 2024-06-03; "
                               "counting both days, as 为期3天 would, they are 3.")
    assert _days("1天", run, run).status is Status.CONFLICT
    # a month or a year as both ends is not a run of days the article counts: elapsed time
    assert _days("1天", "2024-06", "2024-06").status is Status.CONSISTENT
    assert _days("1天", "2024-06..2024-07", "2024-06..2024-07").status is Status.CONSISTENT


def test_a_period_to_itself_spans_all_of_it(days_corpus: Path) -> None:
    finding = one_finding(days_corpus, "duration[year]")
    assert finding.status is Status.CONSISTENT
    assert finding.message == "365天 fits the 0 to 365 days from 2019 to 2019."
    assert finding.arithmetic[0] == "2019 .. 2019: [0, 365) days"
    within = one_finding(days_corpus, "duration[year_within]")
    assert within.status is Status.CONSISTENT
    assert within.message == "365天 fits within the time from 2019 to 2019 (under 365 days)."


def test_within_needs_a_duration_shorter_than_the_longest_elapsed_time() -> None:
    from claim_factory import make_claim, make_corpus, spec

    from factcheck import check

    # 2019-01-01 to 2019-12-31 is under 365 days: at least 365 days does not fit within
    claims = [make_claim("x", "至少365天")]
    checks = [spec("duration", "d", duration="x", relation="within",
                   **{"from": "2019-01-01", "to": "2019-12-31"})]
    [finding] = [f for f in check(make_corpus(claims, checks)) if f.kind == "duration"]
    assert finding.status is Status.CONFLICT
    assert finding.message == ("至少365天 is longer than the time from 2019-01-01 to 2019-12-31 "
                               "(under 365 days).")


def test_an_unquoted_year_is_a_period() -> None:
    from claim_factory import make_claim, make_corpus, spec

    from factcheck import check

    # YAML reads from: 2019 as the integer 2019
    claims = [make_claim("x", "两年")]
    checks = [spec("duration", "d", duration="x", **{"from": 2019, "to": 2021})]
    [finding] = [f for f in check(make_corpus(claims, checks)) if f.kind == "duration"]
    assert finding.status is Status.CONSISTENT
    assert finding.arithmetic[0] == "2019 .. 2021: (366, 1096) days = (≈1, ≈3.01) 年"


def test_within_reads_a_round_duration_at_its_coarsest() -> None:
    from claim_factory import make_claim, make_corpus, spec

    from factcheck import check

    # under 487 days passed; 500天 may be a rounded 480天
    claims = [make_claim("x", "500天")]
    checks = [spec("duration", "d", duration="x", relation="within",
                   **{"from": "2019-01-01", "to": "2020-05-01"})]
    [finding] = [f for f in check(make_corpus(claims, checks)) if f.kind == "duration"]
    assert finding.status is Status.DISCREPANCY
    assert finding.arithmetic[-1] == "read as a round number: [450, 550) 天"


def test_within_cannot_fail_for_a_duration_that_reaches_down_to_0() -> None:
    from claim_factory import make_claim, make_corpus, spec

    from factcheck import check

    # 不到半年 was "consistent: fits within the time from 2019-01 to 2021-09": any time
    # fits a duration that may be 0, so the check passed by testing nothing
    claims = [make_claim("x", "不到半年"), make_claim("y", "两年", metric="y")]
    checks = [spec("duration", "d", duration="x", relation="within",
                   **{"from": "2019-01", "to": "2021-09"}),
              spec("duration", "e", duration="y", relation="within",
                   **{"from": "2019-01", "to": "2021-09"})]
    found = {f.id: f for f in check(make_corpus(claims, checks)) if f.kind == "duration"}
    assert found["duration[d]"].status is Status.NOT_CHECKABLE
    assert found["duration[d]"].message == (
        "Not checkable: 不到半年 reaches down to 0, so it fits within any time and nothing can "
        "fail (use relation: equals to check that the time from 2019-01 to 2021-09 is "
        "不到半年).")
    assert found["duration[d]"].arithmetic[-1] == "stated 不到半年 = [0, 0.5) 年"
    assert found["duration[e]"].status is Status.CONSISTENT  # a floor above 0 is tested


def _days(stated: str, first: str, last: str) -> Finding:
    from claim_factory import make_claim, make_corpus, spec

    from factcheck import check

    checks = [spec("duration", "d", duration="x", **{"from": first, "to": last})]
    [finding] = [f for f in check(make_corpus([make_claim("x", stated)], checks))
                 if f.kind == "duration"]
    return finding


def test_whole_days_between_two_days_are_counted_with_both_ends() -> None:
    # 6月1日至3日 fitted both 为期2天 and 为期3天; 为期N天 counts both days: 3天 only
    assert _days("3天", "2024-06-01", "2024-06-03").status is Status.CONSISTENT
    assert _days("三天", "2024-06-01", "2024-06-03").status is Status.CONSISTENT
    elapsed = _days("2天", "2024-06-01", "2024-06-03")
    assert elapsed.status is Status.DISCREPANCY
    assert elapsed.message == ("2天 counts the 2 days elapsed from 2024-06-01 to 2024-06-03; "
                               "counting both days, as 为期3天 would, they are 3.")
    wrong = _days("4天", "2024-06-01", "2024-06-03")
    assert wrong.status is Status.CONFLICT
    assert wrong.message == "4天 is not the 3 days from 2024-06-01 to 2024-06-03, both counted."
    assert _days("1天", "2024-06-01", "2024-06-01").status is Status.CONSISTENT
    assert _days("10天", "2024-06-01", "2024-06-12").status is Status.DISCREPANCY  # round
    # not two single days, or not a whole number of days: the elapsed time decides
    assert _days("2天", "2024-06-01", "2024-06").status is Status.CONSISTENT
    assert _days("2.5天", "2024-06-01", "2024-06-03").status is Status.CONSISTENT
    assert _days("近3天", "2024-06-01", "2024-06-03").status is Status.CONSISTENT


def test_a_range_read_loosely_is_named_by_its_round_end() -> None:
    # "unless the round number 10至20年 is read loosely": a range is no round number
    finding = _days("10至20年", "2000", "2025")
    assert finding.status is Status.DISCREPANCY
    assert finding.message == ("10至20年 does not fit the 8766 to 9497 days from 2000 to 2025, "
                               "unless the round ends of 10至20年 are read loosely.")
    assert _days("15至20年", "2000", "2025").message.endswith(
        "unless the round high end of 15至20年 is read loosely.")


def test_the_difference_is_the_gap_from_the_stated_time(corpus: Path) -> None:
    # it was always None, while every other kind fills it in
    differences = {name: one_finding(corpus, f"duration[{name}]").difference for name in (
        "four", "five", "within", "too_long", "literal", "rounded", "unquoted", "backwards")}
    assert differences == {
        "four": "6天",         # 四年 is 1461 days, 6 past the open end 1455 (not ≈0.02年)
        "five": "371.25天",    # 五年 is 1826.25 days: 371.25 past 1455
        "within": "0天",       # 460天 fits under 1455 days, in its own unit (not 0年)
        "too_long": "263天",   # 500 days against under 237
        "literal": "156天",    # 460 days against (244, 304)
        "rounded": "27天",     # 300 days against the 273 counted with both ends
        "unquoted": "1天",     # 300 days against the 301 counted
        "backwards": None,    # not checkable: nothing to measure
    }


@pytest.mark.parametrize(("stated", "ends", "difference"), [
    ("两年", ("2019-01", "2021-01"), "0年"),  # 730.5 days fits (700, 762): 0 in 年, not 0天
    ("八年", ("2019-01-01", "2022-12-31"), "4年"),  # 2922 days, 1461 past under 1461 days
    # 152.1875 days, 92.1875 past under 60 days: 3.0287...个月, not 2212.5小时
    ("5个月", ("2019-01-01", "2019-03-01"), "≈3.03个月"),
])
def test_the_difference_is_in_the_stated_unit_where_it_is_exact(
        stated: str, ends: tuple[str, str], difference: str) -> None:
    from claim_factory import make_claim, make_corpus, spec

    from factcheck import check

    checks = [spec("duration", "d", duration="x", **{"from": ends[0], "to": ends[1]})]
    [finding] = [f for f in check(make_corpus([make_claim("x", stated)], checks))
                 if f.kind == "duration"]
    assert finding.difference == difference


def test_a_stated_time_whose_end_only_touches_the_elapsed_time_is_not_0_apart() -> None:
    # 超过3天 from 2024-06-01 to 2024-06-03 ((1, 3) days) was a conflict with a difference
    # of "0天", as if the figures met: nothing lies between them, yet no value is common
    over = _days("超过3天", "2024-06-01", "2024-06-03")
    assert over.status is Status.CONFLICT
    assert over.message == ("超过3天 does not fit the 1 to 3 days from 2024-06-01 to 2024-06-03: "
                            "they only touch, at 3 days.")
    assert over.difference == "0天 (touching)"
    under = _days("不到1天", "2024-06-01", "2024-06-03")
    assert under.message.endswith(": they only touch, at 1 day.")
    assert under.difference == "0天 (touching)"
    # a time inside the elapsed one is plainly 0 from it; one beyond it keeps its gap
    assert _days("超过2天", "2024-06-01", "2024-06-03").difference == "0天"
    assert _days("超过5天", "2024-06-01", "2024-06-03").message == (
        "超过5天 does not fit the 1 to 3 days from 2024-06-01 to 2024-06-03.")


def test_within_a_time_that_only_touches_is_marked_so() -> None:
    from claim_factory import make_claim, make_corpus, spec

    from factcheck import check

    checks = [spec("duration", "d", duration="x", relation="within",
                   **{"from": "2019-01-01", "to": "2019-12-31"})]
    [finding] = [f for f in check(make_corpus([make_claim("x", "至少365天")], checks))
                 if f.kind == "duration"]
    assert finding.status is Status.CONFLICT
    assert finding.difference == "0天 (touching)"


def test_eight_months_are_more_than_half_a_year(tmp_path: Path) -> None:
    # 半年多 is (0.5, 1) 年; it was (0.5, 0.6), and 239 to 270 days were a conflict
    text = "2020年1月5日开工，2020年9月竣工，仅用了半年多。\n"
    claims = """
claims:
  - {id: start, quote: 2020年1月5日开工, value: 2020年1月5日, entity: project, metric: start,
     as_of: "2020-01-05"}
  - {id: end, quote: 2020年9月竣工, value: 2020年9月, entity: project, metric: end,
     as_of: "2020-09"}
  - {id: took, quote: 仅用了半年多, value: 半年多, entity: project, metric: duration,
     as_of: "2020"}
"""
    checks = "checks:\n  - {kind: duration, id: d, duration: took, from: start, to: end}\n"
    finding = one_finding(write_corpus(tmp_path, text, claims, checks), "duration[d]")
    assert finding.status is Status.CONSISTENT
    assert "stated 半年多 = (0.5, 1) 年" in finding.arithmetic


def test_a_duration_in_another_unit_is_named_by_its_unit(tmp_path: Path) -> None:
    # it said "the duration 'inv' is yuan, not a time": the base unit's pint name, where
    # every other kind writes 元 (renminbi)
    text = "2020年3月1日开工，共投资10亿元。\n"
    claims = """
claims:
  - {id: start, quote: 2020年3月1日开工, value: 2020年3月1日, entity: project, metric: start,
     as_of: "2020-03-01"}
  - {id: inv, quote: 共投资10亿元, value: 10亿元, entity: project, metric: investment,
     as_of: "2020"}
"""
    checks = "checks:\n  - {kind: duration, id: d, duration: inv, from: start, to: published}\n"
    finding = one_finding(write_corpus(tmp_path, text, claims, checks), "duration[d]")
    assert finding.status is Status.NOT_CHECKABLE
    assert finding.message == "Not checkable: the duration 10亿元 is in 元 (renminbi), not a time."
