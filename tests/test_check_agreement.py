"""agreement: same key, overlapping as_of, intervals must share a point."""

from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import pytest
from claim_factory import make_claim, make_corpus
from corpus_builder import findings_of, write_corpus
from hypothesis import given
from hypothesis import strategies as st

from factcheck import Claim, Finding, Metric, Status, check, format_exact
from factcheck._units import convert, parse_unit
from factcheck.checks._context import coarse, percent, span_of


def verdicts(*claims):  # type: ignore[no-untyped-def]
    return {f.id: f for f in check(make_corpus(claims)) if f.kind == "agreement"}


def test_equal_figures_agree() -> None:
    found = verdicts(make_claim("a", "26平方公里"), make_claim("b", "26平方公里"))
    assert found["agreement[e.m]"].status is Status.CONSISTENT
    assert found["agreement[e.m]"].message == "Both claims agree: 26平方公里."  # not "All 2"
    three = verdicts(make_claim("a", "26平方公里"), make_claim("b", "26平方公里"),
                     make_claim("c", "26平方公里"))
    assert three["agreement[e.m]"].message == "All 3 claims agree: 26平方公里."


def test_zeros_written_in_different_units_agree_in_the_differences_word() -> None:
    # 0亿元 and 0元 read "Both claims agree: 0元." with a difference of 0亿元: the message
    # chose its word by the value 0, the difference by the place the figures are written at
    finding = verdicts(make_claim("a", "0亿元"), make_claim("b", "0元"))["agreement[e.m]"]
    assert finding.status is Status.CONSISTENT
    assert finding.message == "Both claims agree: 0亿元."
    assert finding.difference == "0亿元"
    other = verdicts(make_claim("a", "1亿元"), make_claim("b", "10000万元"))["agreement[e.m]"]
    assert (other.message, other.difference) == ("Both claims agree: 1亿元.", "0亿元")


def test_zeros_have_no_relative_difference() -> None:
    # a difference of 0 from 0 is no share of anything: relative was "n/a", which the JSON
    # (a relative difference such as "6.7%", or null) does not allow
    for value in ("0亿元", "0%", "0个"):
        finding = verdicts(make_claim("a", value), make_claim("b", value))["agreement[e.m]"]
        assert finding.status is Status.CONSISTENT
        assert finding.relative is None


def test_a_difference_too_small_for_a_tenth_of_a_percent_is_not_0_percent() -> None:
    # 10000001个 and 10000002个 conflict by 1个, which was relative "0%"
    finding = verdicts(make_claim("a", "10000001个"), make_claim("b", "10000002个"))[
        "agreement[e.m]"]
    assert finding.status is Status.CONFLICT
    # in its own word, not the figures' 万个 (0.0001万个), where it is not short in that
    assert (finding.difference, finding.relative) == ("1个", "<0.05%")
    assert percent(Fraction(1), Fraction(10**7)) == "<0.05%"
    assert percent(Fraction(1), Fraction(10**5), digits=2) == "<0.005%"
    assert percent(Fraction(1, 2000), Fraction(1)) == "0.1%"  # 0.05% rounds half up
    assert percent(Fraction(0), Fraction(7)) == "0%"
    assert percent(Fraction(1), Fraction(0)) is None  # no share of nothing


def test_precision_overlap_agrees() -> None:
    found = verdicts(make_claim("a", "293.9亿元"), make_claim("b", "294亿元"))
    finding = found["agreement[e.m]"]
    assert finding.status is Status.CONSISTENT
    assert finding.difference == "0.1亿元"


def test_round_numbers_make_a_discrepancy() -> None:
    finding = verdicts(make_claim("a", "3000公里"), make_claim("b", "2800公里"))["agreement[e.m]"]
    assert finding.status is Status.DISCREPANCY
    assert finding.difference == "200公里"
    assert finding.relative == "6.7%"
    assert "read as round numbers: a -> [2500公里, 3500公里); b -> [2750公里, 2850公里)" in (
        finding.arithmetic)


def test_irreconcilable_figures_conflict() -> None:
    finding = verdicts(make_claim("a", "293.9亿元"), make_claim("b", "239.9亿元"))["agreement[e.m]"]
    assert finding.status is Status.CONFLICT
    assert finding.difference == "54亿元"
    assert finding.message.startswith("239.9亿元 and 293.9亿元 differ by 54亿元")


def test_figures_in_basis_points_are_shown_in_basis_points() -> None:
    # 降息50个基点 against 降息75个基点 read "0.5个百分点 and 0.75个百分点 differ by 0.25个百分点"
    finding = verdicts(make_claim("a", "50个基点"), make_claim("b", "75个基点"))["agreement[e.m]"]
    assert finding.status is Status.CONFLICT
    assert finding.message.startswith("50个基点 and 75个基点 differ by 25个基点")
    assert finding.difference == "25个基点"
    mixed = verdicts(make_claim("a", "50个基点"), make_claim("b", "0.75个百分点"))
    assert mixed["agreement[e.m]"].difference == "0.25个百分点"


def test_percentages_differ_by_percentage_points() -> None:
    # 80.7% and 85% are 4.3 percentage points apart; "4.3%" of 85% would be 3.655 points.
    finding = verdicts(make_claim("a", "80.7%"), make_claim("b", "85%"))["agreement[e.m]"]
    assert finding.status is Status.CONFLICT
    assert finding.message.startswith("80.7% and 85% differ by 4.3个百分点")
    assert finding.difference == "4.3个百分点"
    assert finding.relative == "5.1%"


def test_a_conflict_with_no_gap_reads_as_a_sentence() -> None:
    # 30余家 is (30, 40) and 40余家 (40, 50): they touch at 40, which neither includes.
    finding = verdicts(make_claim("a", "30余家"), make_claim("b", "40余家"))["agreement[e.m]"]
    assert finding.status is Status.CONFLICT
    assert finding.message == ("30余家 and 40余家 do not overlap, as written or read as round "
                               "numbers.")
    # nor are they "0家" apart, as a difference of figures that meet would read
    assert (finding.difference, finding.relative) == ("0家 (touching)", None)
    loosely = verdicts(make_claim("a", "超过10家"), make_claim("b", "10家"))["agreement[e.m]"]
    assert (loosely.status, loosely.difference) == (Status.DISCREPANCY, "0家 (touching)")
    inside = verdicts(make_claim("a", "近300亿元"), make_claim("b", "293.9亿元"))["agreement[e.m]"]
    assert (inside.status, inside.difference) == (Status.CONSISTENT, "0亿元")


def test_qualified_figure_agrees_with_a_value_inside() -> None:
    found = verdicts(make_claim("a", "超600家"), make_claim("b", "612家"))
    assert found["agreement[e.m]"].status is Status.CONSISTENT
    found = verdicts(make_claim("a", "超600家"), make_claim("b", "590家"))
    assert found["agreement[e.m]"].status is Status.CONFLICT


def test_different_periods_are_not_compared() -> None:
    assert verdicts(make_claim("a", "286家", as_of="2021"), make_claim("b", "600家", as_of="2023"))\
        == {}


def test_timeless_metric_is_compared_across_periods() -> None:
    claims = [make_claim("a", "3000公里", as_of="2018"), make_claim("b", "2800公里", as_of="2024")]
    corpus = make_corpus(claims, metrics={"m": Metric("m", "distance", timeless=True)})
    [finding] = [f for f in check(corpus) if f.kind == "agreement"]
    assert finding.status is Status.DISCREPANCY


def test_incomparable_units_are_not_checkable() -> None:
    finding = verdicts(make_claim("a", "600家"), make_claim("b", "600元"))["agreement[e.m]"]
    assert finding.status is Status.NOT_CHECKABLE
    assert finding.message == ("Not checkable: the claims are in 元 (renminbi) and 家 (firm), "
                               "which cannot be compared.")


def test_a_percentage_and_percentage_points_are_not_compared() -> None:
    # 下降2% (of the rate) and 下降2个百分点 say different things: a share of the level and a
    # difference of two percentages; they were "Both claims agree: 2%."
    finding = verdicts(make_claim("a", "2个百分点"), make_claim("b", "2%"))["agreement[e.m]"]
    assert finding.status is Status.NOT_CHECKABLE
    assert finding.message == (
        "Not checkable: 2个百分点 is in percentage points, the difference of two percentages, "
        "and 2% a percentage, which cannot be compared.")
    # each shown as written: the claims were shown as 2% and 2%
    assert [c.shown for c in finding.claims] == ["2个百分点", "2%"]
    both = verdicts(make_claim("a", "2个百分点"), make_claim("b", "2.0个百分点"))["agreement[e.m]"]
    assert both.status is Status.CONSISTENT
    cheng = verdicts(make_claim("a", "三成"), make_claim("b", "30%"))["agreement[e.m]"]
    assert cheng.status is Status.CONSISTENT  # 成 is a percentage, a tenth


values = st.builds(lambda n, d: format_exact(Fraction(n, 10**d)),
                   st.integers(1, 10**6), st.integers(0, 2))


def restated(claim: Claim, unit: str) -> Claim:
    """The same claim, its value restated exactly in ``unit`` (base values unchanged)."""
    q = claim.quantity
    assert q is not None
    source, target = parse_unit(q.unit), parse_unit(unit)
    assert source is not None and target is not None
    value = convert(q.value, source, target)
    return replace(claim, quantity=replace(q, unit=unit, value=value))


@given(values, values)
def test_agreement_is_symmetric(a: str, b: str) -> None:
    one = verdicts(make_claim("x", f"{a}公里"), make_claim("y", f"{b}公里"))["agreement[e.m]"]
    two = verdicts(make_claim("x", f"{b}公里"), make_claim("y", f"{a}公里"))["agreement[e.m]"]
    assert one.status is two.status
    assert one.difference == two.difference


@given(values)
def test_a_claim_agrees_with_itself(a: str) -> None:
    finding = verdicts(make_claim("x", f"{a}公里"), make_claim("y", f"{a}公里"))["agreement[e.m]"]
    assert finding.status is Status.CONSISTENT


@given(values, values, st.sampled_from([("公里", "米"), ("亿元", "元"), ("万吨", "吨")]))
def test_converting_units_changes_no_verdict(a: str, b: str, units: tuple[str, str]) -> None:
    written, other = units
    x, y = make_claim("x", f"{a}{written}"), make_claim("y", f"{b}{written}")
    before = verdicts(x, y)["agreement[e.m]"]
    after = verdicts(restated(x, other), restated(y, other))["agreement[e.m]"]
    assert before.status is after.status
    assert before.difference == after.difference


@given(values, values)
def test_a_non_decimal_conversion_keeps_the_verdict_as_written(a: str, b: str) -> None:
    # 万吨 to 斤 (x 2 x 10**7) changes the written digits, and with them where a round
    # number may have been rounded (coarse): 25000万吨 is rounded at the 1000万吨, the same
    # amount as 5000亿斤 at the 1000亿斤 (5000万吨). Only whether the claims agree as written
    # is independent of the unit.
    x, y = make_claim("x", f"{a}万吨"), make_claim("y", f"{b}万吨")
    before = verdicts(x, y)["agreement[e.m]"]
    after = verdicts(restated(x, "斤"), restated(y, "斤"))["agreement[e.m]"]
    assert (before.status is Status.CONSISTENT) == (after.status is Status.CONSISTENT)
    assert before.difference == after.difference


def test_the_round_number_reading_follows_the_written_digits() -> None:
    # the example hypothesis found for the test above, when it still compared the statuses
    x, y = make_claim("x", "25000万吨"), make_claim("y", "22500万吨")
    assert verdicts(x, y)["agreement[e.m]"].status is Status.CONFLICT
    after = verdicts(restated(x, "斤"), restated(y, "斤"))["agreement[e.m]"]
    assert after.status is Status.DISCREPANCY
    assert after.arithmetic[-1] == ("read as round numbers: x -> [2.25亿吨, 2.75亿吨); "
                                    "y -> [2.225亿吨, 2.275亿吨)")


def test_the_message_gives_the_gap_of_the_pair_it_names() -> None:
    # 超10亿元 has the nominal value 10亿 but fits both; 12亿元 and 50亿元 are the pair
    claims = [make_claim("a", "12亿元"), make_claim("b", "超10亿元"), make_claim("c", "50亿元")]
    [finding] = [f for f in check(make_corpus(claims, [])) if f.kind == "agreement"]
    assert finding.status is Status.CONFLICT
    assert finding.message.startswith("12亿元 and 50亿元 differ by 38亿元,")


def _agreement(claims: list[Claim]) -> list[Finding]:
    return [f for f in check(make_corpus(claims, [])) if f.kind == "agreement"]


def _chained(first: str, middle: str, last: str) -> list[Claim]:
    """Claims as of 2019, 2019..2021 and 2021: the middle one overlaps both ends."""
    return [make_claim("a", first, as_of="2019"), make_claim("b", middle, as_of="2019..2021"),
            make_claim("c", last, as_of="2021")]


def test_claims_at_times_that_do_not_overlap_need_not_agree() -> None:
    # 2019 and 2021 are linked only through 2019..2021; 12亿 (2019) and 50亿 (2021) may
    # differ, and 超10亿 over both years agrees with each
    [finding] = _agreement(_chained("12亿元", "超10亿元", "50亿元"))
    assert finding.status is Status.CONSISTENT
    assert finding.message == "All 3 claims agree wherever their periods overlap."
    assert finding.arithmetic[0] == (
        "compared where their periods overlap: a, b on 2019-01-01; b, c on 2021-01-01")
    # nor is their gap a difference: it was 38亿元 (12亿元 to 50亿元), though all agree
    assert (finding.difference, finding.relative) == ("0亿元", "0%")


def test_a_pair_at_overlapping_times_still_has_to_agree() -> None:
    [finding] = _agreement(_chained("12亿元", "超60亿元", "50亿元"))
    assert finding.status is Status.CONFLICT
    assert finding.message.startswith("12亿元 and 超60亿元 differ by 48亿元,")
    assert finding.difference == "48亿元"
    # a round number read at its rounding is a discrepancy, as for a single period
    rounded = _chained("3000公里", "2800公里", "1000公里")
    [finding] = _agreement(rounded)
    assert finding.status is Status.CONFLICT  # 2800 and 1000 overlap in time, and differ
    rounded[2] = make_claim("c", "2850公里", as_of="2021")  # meets 2800 read as rounded
    [finding] = _agreement(rounded)
    assert finding.status is Status.DISCREPANCY
    assert finding.message.startswith("2800公里 and 3000公里 differ by 200公里;")


def _dated(claim_id: str, value: str, as_of: str) -> Claim:
    from factcheck._dates import parse_period

    return replace(make_claim(claim_id, "1个", as_of=as_of), value=value, quantity=None,
                   date=parse_period(value))


def test_dates_of_a_key_are_compared_whatever_their_as_of() -> None:
    # a date claim's as_of is the date itself: grouped by it, two articles that disagree
    # on the day an agreement was signed would never be compared
    [finding] = _agreement([_dated("a", "2019年5月9日", "2019-05-09"),
                            _dated("b", "2019年5月19日", "2019-05-19")])
    assert finding.status is Status.CONFLICT
    assert finding.id == "agreement[e.m]"
    assert finding.message == ("The dates 2019年5月9日 and 2019年5月19日 do not overlap: "
                               "10天 apart.")
    assert finding.difference == "10天"
    assert finding.arithmetic == ("a: 2019年5月9日 = 2019-05-09..2019-05-09",
                                  "b: 2019年5月19日 = 2019-05-19..2019-05-19",
                                  "2019年5月9日 ends 2019-05-09, 2019年5月19日 starts "
                                  "2019-05-19: 10天 apart")
    # nor would a month and a day of it that a third date chains to
    [finding] = _agreement([_dated("a", "2019年5月", "2019-05"),
                            _dated("b", "2019年5月9日", "2019-05-09"),
                            _dated("c", "2019年5月19日", "2019-05-19")])
    assert finding.status is Status.CONFLICT
    assert finding.message == ("The dates 2019年5月9日 and 2019年5月19日 do not overlap: "
                               "10天 apart.")
    # a month before the day after it: counted from the month's last day
    [finding] = _agreement([_dated("a", "2017年3月", "2017-03"),
                            _dated("b", "2017年4月1日", "2017-04-01")])
    assert finding.message == "The dates 2017年3月 and 2017年4月1日 do not overlap: 1天 apart."
    assert finding.difference == "1天"
    # a month is the interval of its days
    [finding] = _agreement([_dated("a", "2017年3月", "2017-03"),
                            _dated("b", "2017年3月5日", "2017-03-05"),
                            _dated("c", "2017年", "2017")])
    assert finding.status is Status.CONSISTENT
    assert finding.message == "All 3 dates share 2017-03-05..2017-03-05."


def test_a_key_of_dates_and_quantities_is_not_checkable_whatever_the_as_of() -> None:
    [finding] = _agreement([_dated("a", "2019年5月", "2019"), make_claim("b", "5个", as_of="2021")])
    assert finding.status is Status.NOT_CHECKABLE
    assert finding.message == ("Not checkable: some claims of this key are dates and some are "
                               "quantities.")


def test_periods_that_share_only_their_last_day_overlap() -> None:
    # 2020 and its last day share a moment: one cluster, judged together
    [finding] = _agreement([make_claim("a", "600家", as_of="2020"),
                            make_claim("b", "500家", as_of="2020-12-31")])
    assert finding.status is Status.CONFLICT
    assert finding.message == ("500家 and 600家 differ by 100家, more than their written "
                               "precision or any rounding allows.")


def test_a_claim_that_ends_on_the_day_another_starts_is_compared_with_it() -> None:
    claims = [make_claim("a", "600家", as_of="2019"), make_claim("b", "超100家", as_of="2019..2021"),
              make_claim("c", "500家", as_of="2019-12-31"), make_claim("d", "900家", as_of="2021")]
    [finding] = _agreement(claims)
    assert finding.arithmetic[0] == ("compared where their periods overlap: a, b, c on "
                                     "2019-12-31; b, d on 2021-01-01")
    assert finding.status is Status.CONFLICT
    assert finding.message.startswith("500家 and 600家 differ by 100家,")


def test_dates_that_share_one_day_agree() -> None:
    [finding] = _agreement([_dated("a", "2019年5月", "2020"),
                            _dated("b", "2019年5月31日", "2020")])
    assert finding.status is Status.CONSISTENT
    assert finding.message == "Both dates share 2019-05-31..2019-05-31."


def test_claims_at_one_time_are_compared_together_and_linearly() -> None:
    # 300 claims in 2019, 300 in 2020 and one over both: two moments, not 90,000 pairs
    claims = [make_claim(f"a{i:03}", "12亿元", as_of="2019") for i in range(300)]
    claims += [make_claim(f"b{i:03}", "50亿元", as_of="2020") for i in range(300)]
    claims.append(make_claim("span", "超10亿元", as_of="2019..2020"))
    [finding] = _agreement(claims)
    assert finding.status is Status.CONSISTENT
    assert finding.arithmetic[0].count(" on ") == 2
    assert finding.arithmetic[0].count("span") == 2


def test_a_conflict_names_a_pair_that_fails_even_rounded() -> None:
    # 3000公里 read as a round number (2500..3500) meets 3450公里; 3001公里 does not
    def group(as_of: str) -> list[Claim]:
        return [make_claim("a", "3000公里", as_of=as_of), make_claim("b", "3001公里", as_of=as_of),
                make_claim("x", "3450公里", as_of=as_of)]

    for claims in (group("2020"), [*group("2019"), make_claim("d", "3450公里", as_of="2019..2021"),
                                   make_claim("e", "3450公里", as_of="2021")]):
        [finding] = _agreement(claims)
        assert finding.status is Status.CONFLICT
        assert finding.message.startswith("3001公里 and 3450公里 differ by 449公里,")


def test_agreement_of_qualified_figures_names_what_they_share() -> None:
    # "All 2 claims agree: 600家" named a value that both 超600家 and 600多家 exclude.
    found = verdicts(make_claim("a", "超600家"), make_claim("b", "600多家"))["agreement[e.m]"]
    assert found.status is Status.CONSISTENT
    assert found.message == "Both claims fit (600家, 700家) within their written precision."
    same = verdicts(make_claim("a", "600家"), make_claim("b", "六百家"))
    assert same["agreement[e.m]"].message == "Both claims agree: 600家."


def test_neighbouring_figures_do_not_agree() -> None:
    # 2.5 rounds from [2.45, 2.55), 2.6 from [2.55, 2.65): with closed ends they met at 2.55
    # and the two areas "agreed"; 2000 and 3000 read as round numbers met at 2500.
    found = verdicts(make_claim("a", "2.5平方公里"), make_claim("b", "2.6平方公里"))
    assert found["agreement[e.m]"].status is Status.CONFLICT
    found = verdicts(make_claim("a", "2000公里"), make_claim("b", "3000公里"))
    assert found["agreement[e.m]"].status is Status.CONFLICT


def test_a_range_keeps_the_precision_of_its_ends() -> None:
    # 3.2万元 rounds to 3万元, so it may be the top of 1-3万元 as it may be 3万元 itself;
    # the range was [1万元, 3万元] and called it a conflict.
    found = verdicts(make_claim("r", "1-3万元"), make_claim("p", "3.2万元"))["agreement[e.m]"]
    assert found.status is Status.CONSISTENT
    assert "r: 1-3万元 -> [0.5万元, 3.5万元)" in found.arithmetic
    exact = verdicts(make_claim("r", "3-5家"), make_claim("p", "6家"))["agreement[e.m]"]
    assert exact.status is Status.CONFLICT  # counts written to the unit: [3, 5] and 6


def test_the_gap_to_a_range_is_measured_from_its_near_end() -> None:
    # "1-3万元 and 5万元 differ by 4万元" measured from the range's low end
    found = verdicts(make_claim("r", "1-3万元"), make_claim("p", "5万元"))["agreement[e.m]"]
    assert found.message.startswith("1-3万元 and 5万元 differ by 2万元,")


def test_the_gap_to_some_more_is_measured_from_its_top() -> None:
    found = verdicts(make_claim("a", "十几家"), make_claim("b", "25家"))["agreement[e.m]"]
    assert found.message.startswith("十几家 and 25家 differ by 5家,")


def test_a_pair_that_meets_at_an_excluded_bound_names_both_claims() -> None:
    # 不到100家 [0, 100) and 100家 [100, 100] tie at the upper bound 100; the one that
    # excludes it is the lower claim (the other would be named as both ends of the pair)
    for a, b in (("不到100家", "100家"), ("100家", "不到100家")):
        found = verdicts(make_claim("a", a), make_claim("b", b))["agreement[e.m]"]
        assert found.message.startswith("不到100家 and 100家 do not overlap as written;")
    # 超100家 (100, +∞) and 100家 tie at the lower bound: the open one is the higher claim
    for a, b in (("超100家", "100家"), ("100家", "超100家")):
        found = verdicts(make_claim("a", a), make_claim("b", b))["agreement[e.m]"]
        assert found.message.startswith("100家 and 超100家 do not overlap as written;")


def test_a_discrepancy_names_only_the_figures_that_are_round() -> None:
    # 2850.5公里 is written to the 0.1公里 and read no wider: only 3000公里 is a round number
    found = verdicts(make_claim("a", "3000公里"), make_claim("b", "2850.5公里"))["agreement[e.m]"]
    assert found.status is Status.DISCREPANCY
    assert found.message == ("2850.5公里 and 3000公里 differ by 149.5公里; the gap is within the "
                             "rounding of the round number 3000公里.")


def test_a_conflict_at_one_moment_is_named_over_a_discrepancy_at_another() -> None:
    # on 2019 3000公里 and 2800公里 differ within rounding; on 2020 2800公里 and 5000公里
    # differ beyond it: the conflict names the pair that conflicts
    claims = [make_claim("a", "3000公里", as_of="2019"),
              make_claim("b", "2800公里", as_of="2019..2020"),
              make_claim("c", "5000公里", as_of="2020")]
    [finding] = _agreement(claims)
    assert finding.status is Status.CONFLICT
    assert finding.message.startswith("2800公里 and 5000公里 differ by 2200公里,")


def test_an_about_figure_read_loosely_keeps_its_own_5_percent() -> None:
    # 约3100公里 is [2945公里, 3255公里] (5%), wider than its rounding at the hundreds
    # ([3050公里, 3150公里)): read loosely it keeps the 5%, and meets 3300公里 rounded
    found = verdicts(make_claim("a", "约3100公里"), make_claim("b", "3300公里"))["agreement[e.m]"]
    assert found.status is Status.DISCREPANCY
    assert found.arithmetic[-1] == ("read as round numbers: a -> [2945公里, 3255公里]; "
                                    "b -> [3250公里, 3350公里)")
    # below zero the rounding is open at its low end, the 5% closed: the wider one's end
    found = verdicts(make_claim("a", "约-3100万元"), make_claim("b", "-3300万元"))["agreement[e.m]"]
    assert found.status is Status.DISCREPANCY
    assert found.arithmetic[-1] == ("read as round numbers: a -> [-3255万元, -2945万元]; "
                                    "b -> (-3350万元, -3250万元]")


def test_difference_is_measured_from_what_a_qualified_figure_means() -> None:
    # 近300亿 is [270亿, 300亿): 293.9亿元 lies inside it, 0 from it (as bound measures),
    # not the 6.1亿元 between the nominal values; 250亿元 is 20亿元 below its low end
    inside = verdicts(make_claim("a", "近300亿元"), make_claim("b", "293.9亿元"))["agreement[e.m]"]
    assert inside.status is Status.CONSISTENT
    assert (inside.difference, inside.relative) == ("0亿元", "0%")
    below = verdicts(make_claim("a", "近300亿元"), make_claim("b", "250亿元"))["agreement[e.m]"]
    assert below.status is Status.CONFLICT
    assert below.message.startswith("250亿元 and 近300亿元 differ by 20亿元,")
    assert (below.difference, below.relative) == ("20亿元", "6.7%")


def test_difference_of_a_range_is_from_its_nearest_written_end() -> None:
    # 2000-2800公里 is 200公里 from 3000公里 at its high end, not 1000公里 from its low one
    finding = verdicts(make_claim("a", "2000-2800公里"), make_claim("b", "3000公里"))[
        "agreement[e.m]"]
    assert finding.message.startswith("2000-2800公里 and 3000公里 differ by 200公里")
    assert finding.difference == "200公里"


def test_difference_of_a_group_is_its_widest_gap() -> None:
    # 250亿元 to 280亿元 (近300亿 holds 280亿元), not 250亿元 to 近300亿's nominal 300亿
    found = verdicts(make_claim("a", "近300亿元"), make_claim("b", "250亿元"),
                     make_claim("c", "280亿元"))["agreement[e.m]"]
    assert found.difference == "30亿元"


def test_a_zero_difference_is_shown_in_the_claims_unit() -> None:
    years = verdicts(make_claim("a", "5年"), make_claim("b", "5年"))["agreement[e.m]"]
    assert years.difference == "0年"  # not 0天
    km = verdicts(make_claim("a", "3000公里"), make_claim("b", "约3000公里"))["agreement[e.m]"]
    assert km.difference == "0公里"


def test_round_ends_of_a_range_are_read_as_round_numbers() -> None:
    # 3000公里 and 3200公里 are a discrepancy; 2000-3000公里 and 3200公里 were a conflict
    finding = verdicts(make_claim("a", "2000-3000公里"), make_claim("b", "3200公里"))[
        "agreement[e.m]"]
    assert finding.status is Status.DISCREPANCY
    assert "read as round numbers: a -> [1500公里, 3500公里); b -> [3150公里, 3250公里)" in (
        finding.arithmetic)
    # the range's round end facing 3200公里, not "the round numbers 2000-3000公里, 3200公里"
    # nor "the round ends of 2000-3000公里": its 2000 does nothing to close the gap
    assert finding.message == ("2000-3000公里 and 3200公里 differ by 200公里; the gap is within "
                               "the rounding of the round number 3200公里 and the round high "
                               "end of 2000-3000公里.")
    below = verdicts(make_claim("a", "2000-3100公里"), make_claim("b", "1600公里"))[
        "agreement[e.m]"]
    assert below.message.endswith("the round number 1600公里 and the round low end of "
                                  "2000-3100公里.")
    # a range whose facing end is exact is not named: its round 2000 closes no gap
    exact_end = verdicts(make_claim("a", "2000-3157公里"), make_claim("b", "3200公里"))[
        "agreement[e.m]"]
    assert exact_end.message.endswith("within the rounding of the round number 3200公里.")
    high = verdicts(make_claim("a", "2125-3000公里"), make_claim("b", "3200公里"))[
        "agreement[e.m]"]
    assert high.message.endswith("the round number 3200公里 and the round high end of "
                                 "2125-3000公里.")
    # each end on its own: 2000-2850公里 keeps its high end 2850 at the tens
    strict = verdicts(make_claim("a", "2000-2850公里"), make_claim("b", "3200公里"))[
        "agreement[e.m]"]
    assert strict.status is Status.CONFLICT


@pytest.mark.parametrize(("value", "loose"), [
    ("2000-2800公里", "[1500公里, 2850公里)"),  # each end as 2000 and 2800 alone
    ("0-3000公里", "[0公里, 3500公里)"),  # a low end of 0 is no round number, nor below 0
    ("2.5-3.0万元", "[2.45万元, 3.05万元)"),  # 3.0万 has decimals: as written
    ("10%-20%", "[5%, 25%)"),  # ten points at the coarsest, as 10% and 20% alone
    ("2000-2800个", "[1500个, 2850个)"),  # exact counts, round ends
    # a range in months: 20年 is read as 20 years alone is, not to the ten months
    ("3年6个月至20年", "[41.5个月, 25年)"),  # was [41.5个月, 20.5年)
    ("20年至30年3个月", "[15年, 363.5个月)"),
])
def test_coarse_reads_each_round_end_of_a_range(value: str, loose: str) -> None:
    quantity = make_claim("a", value).quantity
    assert quantity is not None
    assert span_of(coarse(quantity), quantity.base_unit) == loose


def test_a_count_is_shown_in_the_word_its_claims_write() -> None:
    # 14套 is 14 items: the arithmetic showed [14个, 14个] for two claims that write 套
    finding = verdicts(make_claim("a", "14套"), make_claim("b", "14套"))["agreement[e.m]"]
    assert finding.arithmetic == ("a: 14套 -> [14套, 14套]", "b: 14套 -> [14套, 14套]")
    assert finding.difference == "0套"
    apart = verdicts(make_claim("a", "2546名"), make_claim("b", "2550名"))["agreement[e.m]"]
    assert apart.message.startswith("2546名 and 2550名 differ by 4名")
    assert "a -> [2546名, 2546名]" in apart.arithmetic[-1]
    loose = verdicts(make_claim("a", "超600名"), make_claim("b", "600多名"))["agreement[e.m]"]
    assert loose.message == "Both claims fit (600名, 700名) within their written precision."
    # claims writing different words, or a word shown by size, keep the base's display
    mixed = verdicts(make_claim("a", "14套"), make_claim("b", "14个"))["agreement[e.m]"]
    assert mixed.arithmetic == ("a: 14套 -> [14个, 14个]", "b: 14个 -> [14个, 14个]")
    money = verdicts(make_claim("a", "5.2亿元"), make_claim("b", "5.2亿元"))["agreement[e.m]"]
    assert money.arithmetic[0] == "a: 5.2亿元 -> [5.15亿元, 5.25亿元)"


@pytest.mark.parametrize(("written", "difference"),
                         [("0亿元", "0亿元"), ("0公里", "0公里"), ("0万吨", "0万吨"), ("0元", "0元")])
def test_a_difference_of_zero_figures_is_in_their_written_unit(written: str,
                                                               difference: str) -> None:
    # the word was chosen by the largest figure, 0: two 0亿元 were "0元" apart
    finding = verdicts(make_claim("a", written), make_claim("b", written))["agreement[e.m]"]
    assert finding.difference == difference


def test_rates_per_mu_are_shown_per_mu() -> None:
    # display() writes per 平方米: 15万元/亩 is 225元/平方米
    [finding] = _agreement([make_claim("a", "15万元/亩"), make_claim("b", "16.1万元/亩")])
    assert finding.message == ("15万元/亩 and 16.1万元/亩 differ by 1.1万元/亩, more than their "
                               "written precision or any rounding allows.")
    assert finding.arithmetic == ("a: 15万元/亩 -> [14.5万元/亩, 15.5万元/亩)",
                                  "b: 16.1万元/亩 -> [16.05万元/亩, 16.15万元/亩)")
    assert finding.difference == "1.1万元/亩"
    # claims in different per-units keep the common unit
    [finding] = _agreement([make_claim("a", "15万元/亩"), make_claim("b", "225元/平方米")])
    assert finding.message == "Both claims agree: 225元/平方米."


def test_the_common_unit_of_rates_per_mu_is_per_mu() -> None:
    # the Common unit column (Involved.shown) read 225元/平方米 beside 15万元/亩
    [finding] = _agreement([make_claim("a", "15万元/亩"), make_claim("b", "约16万元/亩")])
    assert [c.shown for c in finding.claims] == ["15万元/亩", "[15.2万元/亩, 16.8万元/亩]"]
    # claims in different per-units keep the common unit
    [finding] = _agreement([make_claim("a", "15万元/亩"), make_claim("b", "225元/平方米")])
    assert [c.shown for c in finding.claims] == ["225元/平方米", "225元/平方米"]


def test_a_key_that_mixes_units_still_compares_its_like_claims() -> None:
    # 12.3亿元 and 5.1亿元 beside a 300家 under one key were one not-checkable finding, so
    # the conflict between the two amounts was never reported
    finding = verdicts(make_claim("a", "12.3亿元"), make_claim("b", "5.1亿元"),
                       make_claim("c", "300家"))["agreement[e.m]"]
    assert finding.status is Status.CONFLICT
    assert finding.message == (
        "5.1亿元 and 12.3亿元 differ by 7.2亿元, more than their written precision or any "
        "rounding allows. Only like claims were compared (12.3亿元, 5.1亿元; 300家): the "
        "claims are in 元 (renminbi) and 家 (firm), which cannot be compared.")
    assert finding.difference == "7.2亿元"
    assert [(c.claim, c.role) for c in finding.claims] == [
        ("a", "compared"), ("b", "compared"), ("c", "not compared")]
    assert finding.arithmetic == ("a: 12.3亿元 -> [12.25亿元, 12.35亿元)",
                                  "b: 5.1亿元 -> [5.05亿元, 5.15亿元)")
    # like claims that agree leave the key not checkable, never consistent: the 元 and
    # 家 claims were not compared with each other
    agree = verdicts(make_claim("a", "12.3亿元"), make_claim("b", "12.3亿元"),
                     make_claim("c", "300家"))["agreement[e.m]"]
    assert agree.status is Status.NOT_CHECKABLE
    assert agree.message == (
        "Not checkable: the claims are in 元 (renminbi) and 家 (firm), which cannot be "
        "compared; only like claims were compared (12.3亿元, 12.3亿元; 300家): Both claims "
        "agree: 12.3亿元.")
    # a date beside quantities, and percentage points beside a percentage, likewise
    dated = _agreement([_dated("a", "2019年5月", "2021"), make_claim("b", "12.3亿元", as_of="2021"),
                        make_claim("c", "5.1亿元", as_of="2021")])
    assert [f.status for f in dated] == [Status.CONFLICT]
    points = verdicts(make_claim("a", "2个百分点"), make_claim("b", "2%"),
                      make_claim("c", "5%"))["agreement[e.m]"]
    assert points.status is Status.CONFLICT
    assert points.message.startswith("2% and 5% differ by 3个百分点,")


def test_like_claims_of_a_mixed_key_are_compared_only_where_their_periods_meet() -> None:
    # 300家 spans 2019..2021 and joins the amounts of 2019 and 2021 in one cluster; alone,
    # 12.3亿元 (2019) and 5.1亿元 (2021) never meet, and nothing was compared
    finding = verdicts(make_claim("a", "12.3亿元", as_of="2019"),
                       make_claim("b", "5.1亿元", as_of="2021"),
                       make_claim("c", "300家", as_of="2019..2021"))["agreement[e.m]"]
    assert finding.status is Status.NOT_CHECKABLE
    assert finding.message == ("Not checkable: the claims are in 元 (renminbi) and 家 (firm), "
                               "which cannot be compared.")


def test_an_acknowledgement_of_a_mixed_keys_conflict_matches_its_id(tmp_path: Path) -> None:
    # the finding keeps the key's id, so a review of the conflict can name it
    text = "甲说投资12.3亿元。乙说投资5.1亿元。丙说企业300家。"
    claims = """\
claims:
  - {id: a, quote: 甲说投资12.3亿元, value: 12.3亿元, entity: e, metric: m, as_of: 2021}
  - {id: b, quote: 乙说投资5.1亿元, value: 5.1亿元, entity: e, metric: m, as_of: 2021}
  - {id: c, quote: 丙说企业300家, value: 300家, entity: e, metric: m, as_of: 2021}
"""
    path = write_corpus(tmp_path, text, claims, """\
acknowledgements:
  - {finding: "agreement[e.m]", status: conflict, reason: two different totals}
""")
    [finding] = findings_of(path, "agreement")
    assert (finding.id, finding.status, finding.acknowledged) == (
        "agreement[e.m]", Status.CONFLICT, True)


def test_percentage_points_are_shown_in_percentage_points() -> None:
    # 5个百分点 and 5.2个百分点 read "Both claims fit [5.15%, 5.25%)" beside "5个百分点 ->
    # [4.5%, 5.5%)": a difference of two percentages shown as a percentage
    finding = verdicts(make_claim("a", "5个百分点"), make_claim("b", "5.2个百分点"))[
        "agreement[e.m]"]
    assert finding.message == ("Both claims fit [5.15个百分点, 5.25个百分点) within their "
                               "written precision.")
    assert finding.arithmetic == ("a: 5个百分点 -> [4.5个百分点, 5.5个百分点)",
                                  "b: 5.2个百分点 -> [5.15个百分点, 5.25个百分点)")
    assert [c.shown for c in finding.claims] == ["5个百分点", "5.2个百分点"]
    # percentages stay percentages
    finding = verdicts(make_claim("a", "5%"), make_claim("b", "5.2%"))["agreement[e.m]"]
    assert finding.arithmetic[0] == "a: 5% -> [4.5%, 5.5%)"


def test_persons_are_shown_in_wan_in_the_words_their_claims_write() -> None:
    # 120万人次 and 超过130万人次 differed by 100000人次, [1195000人次, 1205000人次); 名 too
    visits = verdicts(make_claim("a", "120万人次"), make_claim("b", "超过130万人次"))
    found = visits["agreement[e.m]"]
    assert found.status is Status.CONFLICT
    assert found.difference == "10万人次"
    assert "a: 120万人次 -> [119.5万人次, 120.5万人次)" in found.arithmetic
    named = verdicts(make_claim("a", "120万名"), make_claim("b", "超过130万名"))["agreement[e.m]"]
    assert [c.shown for c in named.claims] == ["120万名", "(130万名, +∞)"]
    few = verdicts(make_claim("a", "120名"), make_claim("b", "超过130名"))["agreement[e.m]"]
    assert [c.shown for c in few.claims] == ["120名", "(130名, +∞)"]


def test_rates_per_time_are_shown_per_the_time_their_claims_write() -> None:
    # a distance a day was shown per hour: 3公里/天 as 125米/小时 beside 6公里/天 as
    # 250米/小时, and a wage a month per year, 3000元/月 as 3.6万元/年
    [walk] = _agreement([make_claim("a", "3公里/天"), make_claim("b", "6公里/天")])
    assert walk.message == ("3公里/天 and 6公里/天 differ by 3公里/天, more than their "
                            "written precision or any rounding allows.")
    assert [c.shown for c in walk.claims] == ["3公里/天", "6公里/天"]
    assert walk.arithmetic == ("a: 3公里/天 -> [2.5公里/天, 3.5公里/天)",
                               "b: 6公里/天 -> [5.5公里/天, 6.5公里/天)")
    assert walk.difference == "3公里/天"
    [wage] = _agreement([make_claim("a", "3000元/月"), make_claim("b", "3500元/月")])
    assert [c.shown for c in wage.claims] == ["3000元/月", "3500元/月"]
    assert wage.difference == "500元/月"
    # a speed written per hour stays per hour, in the words a finding writes (not km/h)
    [speed] = _agreement([make_claim("a", "350km/h"), make_claim("b", "300km/h")])
    assert [c.shown for c in speed.claims] == ["350公里/小时", "300公里/小时"]
    assert speed.difference == "50公里/小时"
    # claims per different times share the one of theirs they read best in
    [mixed] = _agreement([make_claim("a", "3公里/天"), make_claim("b", "0.2公里/小时")])
    assert [c.shown for c in mixed.claims] == ["125米/小时", "200米/小时"]
    [mixed] = _agreement([make_claim("a", "3.6万元/年"), make_claim("b", "3000元/月")])
    assert [c.shown for c in mixed.claims] == ["3000元/月", "3000元/月"]


def test_a_span_from_0_to_infinity_is_in_the_word_its_claim_writes() -> None:
    # 超过0亿元 -> (0元, +∞), beside the 亿元 it writes
    finding = verdicts(make_claim("a", "超过0亿元"), make_claim("b", "-0.5亿元"))[
        "agreement[e.m]"]
    assert finding.arithmetic[0] == "a: 超过0亿元 -> (0亿元, +∞)"
    assert finding.claims[0].shown == "(0亿元, +∞)"


@pytest.mark.parametrize("unit", ["个", "元", "人"])
def test_a_small_difference_between_large_figures_is_in_its_own_word(unit: str) -> None:
    # 3个 between figures of about 1000万个 was 0.0003万个, 3元 0.0003万元: a difference
    # takes the word of the figures only while it is short in it, as a span's end does
    [finding] = verdicts(make_claim("x", f"10000003{unit}"),
                         make_claim("y", f"10000006{unit}")).values()
    assert finding.status is Status.CONFLICT
    assert finding.difference == f"3{unit}"
    assert f"differ by 3{unit}," in finding.message


def test_a_difference_short_in_the_figures_word_keeps_it() -> None:
    [finding] = verdicts(make_claim("x", "10000003元"), make_claim("y", "10500003元")).values()
    assert finding.difference == "50万元"
    [tenth] = verdicts(make_claim("x", "1000.03万元"), make_claim("y", "1000.23万元")).values()
    assert tenth.difference == "0.2万元"  # two decimals at most: the figures' word


def test_yuan_beside_another_currency_is_hinted_that_currency() -> None:
    # a bare 元 in an article in Hong Kong dollars: the hint names 港元
    finding = verdicts(make_claim("a", "300億", unit="港元"),
                       make_claim("b", "300億元"))["agreement[e.m]"]
    assert finding.status is Status.NOT_CHECKABLE
    assert finding.message == (
        "Not checkable: the claims are in 元 (renminbi) and 港元 (Hong Kong dollar), which cannot be "
        "compared: where the 元 of '300億元' is the article's 港元 (an article in Hong Kong, "
        "Taiwan or Macau may write a bare 元 for its dollar), give those claims `unit: 港元`.")


def test_yuan_that_writes_renminbi_is_not_hinted_another_currency() -> None:
    # 約為人民幣13.5億元 beside 新臺幣 amounts was told to give `unit: 新台币`, which the
    # loader refuses: the value writes its currency, renminbi
    finding = verdicts(make_claim("a", "新臺幣50億元", unit="新臺幣"),
                       make_claim("b", "約為人民幣13.5億元"))["agreement[e.m]"]
    assert finding.status is Status.NOT_CHECKABLE
    assert finding.message.endswith("which cannot be compared.")
    finding = verdicts(make_claim("a", "新臺幣50億元", unit="新臺幣"),
                       make_claim("b", "約為人民幣13.5億元"),
                       make_claim("c", "20億元"))["agreement[e.m]"]
    assert "where the 元 of '20億元' is the article's 新台币" in finding.message



def test_a_claim_per_a_unit_is_named_with_its_per_unit(tmp_path: Path) -> None:
    # 350公里 with per: 小时 was shown as '350公里' ('350公里 and 8500公里 differ by
    # 100公里/天', 'a: 350公里 -> [8388公里/天, ...)'), a length, not the speed it is
    corpus = write_corpus(
        tmp_path, "时速350公里。每天行驶8500公里。",
        "claims:\n"
        "  - {id: a, quote: 时速350公里, value: 350公里, entity: x, metric: v, as_of: '2023',"
        " per: 小时}\n"
        "  - {id: b, quote: 每天行驶8500公里, value: 8500公里, entity: x, metric: v,"
        " as_of: '2023', per: 天}\n")
    [finding] = findings_of(corpus, "agreement")
    assert finding.status is Status.DISCREPANCY
    assert finding.message.startswith("350公里/小时 and 8500公里/天 differ by 100公里/天; ")
    assert "the round numbers 350公里/小时, 8500公里/天" in finding.message
    assert finding.arithmetic[0].startswith("a: 350公里/小时 -> [")
    # the claim's own value stays as written, as the quote has it
    assert [c.value for c in finding.claims] == ["350公里", "8500公里"]
