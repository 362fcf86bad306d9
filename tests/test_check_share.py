"""Tests of the share check: part / whole against a percentage, and the GRIM test."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck._findings import Status
from factcheck._numbers import Interval
from factcheck.checks.share import implied_wholes
from tests.corpus_builder import one_finding, write_corpus
from tests.strategies import grim_cases, stated_percentages

TEXT = (
    "全市共有企业461家，其中346家为民营企业，占比75.1%。另一说法占比75.3%。\n"
    "全省有企业4000家，其中3000家为小微企业，占比70%。\n"
    "调查覆盖300人，占比75.3%。受访者2.6万人，占全部人口的40%。\n"
    "有3人，占比50%。5人占10%。\n"
)
CLAIMS = """
claims:
  - {id: whole, quote: 全市共有企业461家, value: 461家, entity: city, metric: firms, as_of: "2023"}
  - {id: part, quote: 其中346家为民营企业, value: 346家, entity: city, metric: private, as_of: "2023"}
  - {id: pct, quote: 占比75.1%, value: 75.1%, entity: city, metric: private_share, as_of: "2023"}
  - {id: pct_bad, quote: 另一说法占比75.3%, value: 75.3%, entity: city, metric: other_share,
     as_of: "2023"}
  - {id: p_whole, quote: 全省有企业4000家, value: 4000家, entity: province, metric: firms,
     as_of: "2023"}
  - {id: p_part, quote: 其中3000家为小微企业, value: 3000家, entity: province, metric: small,
     as_of: "2023"}
  - {id: p_pct, quote: 占比70%, value: 70%, entity: province, metric: small_share, as_of: "2023"}
  - {id: people, quote: 调查覆盖300人, value: 300人, entity: survey, metric: people, as_of: "2023"}
  - {id: people_pct, quote: 调查覆盖300人，占比75.3%, value: 75.3%, entity: survey,
     metric: people_share, as_of: "2023"}
  - {id: many, quote: 受访者2.6万人, value: 2.6万人, entity: survey, metric: many, as_of: "2023"}
  - {id: many_pct, quote: 占全部人口的40%, value: 40%, entity: survey, metric: many_share,
     as_of: "2023"}
  - {id: three, quote: 有3人, value: 3人, entity: small, metric: three, as_of: "2023"}
  - {id: half, quote: 有3人，占比50%, value: 50%, entity: small, metric: half, as_of: "2023"}
  - {id: five, quote: 5人占10%, value: 5人, entity: small, metric: five, as_of: "2023"}
  - {id: tenth, quote: 5人占10%, value: 10%, entity: small, metric: tenth, as_of: "2023"}
"""
CHECKS = """
checks:
  - {kind: share, id: ok, part: part, whole: whole, share: pct}
  - {kind: share, id: bad, part: part, whole: whole, share: pct_bad}
  - {kind: share, id: round, part: p_part, whole: p_whole, share: p_pct}
  - {kind: share, id: grim_one, part: part, share: pct}
  - {kind: share, id: grim_none, part: part, share: pct_bad}
  - {kind: share, id: grim_round, part: people, share: people_pct}
  - {kind: share, id: grim_six, part: three, share: half}
  - {kind: share, id: grim_range, part: five, share: tenth}
  - {kind: share, id: implied, part: many, share: many_pct}
  - {kind: share, id: not_pct, part: part, whole: whole, share: p_whole}
  - {kind: share, id: units, part: part, whole: people, share: pct}
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("share"), TEXT, CLAIMS, CHECKS)


def test_part_of_whole_consistent(corpus: Path) -> None:
    finding = one_finding(corpus, "share[ok]")
    assert finding.status is Status.CONSISTENT
    assert finding.message == "346家 of 461家 is ≈75.054%, which fits the stated 75.1%."
    assert finding.arithmetic == (
        "part / whole = 346家 / 461家 ≈ 75.054%",
        # counts written to the unit are exact, so only the division is rounded for display
        "within written precision: [346家, 346家] / [461家, 461家] = [≈75.054%, ≈75.055%]",
        "stated 75.1% = [75.05%, 75.15%)",
    )
    assert [c.role for c in finding.claims] == ["part", "whole", "share"]
    assert finding.difference == "≈0.046个百分点"


def test_part_of_whole_conflict(corpus: Path) -> None:
    finding = one_finding(corpus, "share[bad]")
    assert finding.status is Status.CONFLICT
    assert finding.message == ("346家 of 461家 is ≈75.054%, not 75.3%, even allowing for "
                               "the written precision.")
    assert finding.arithmetic[-1] == "stated 75.3% = [75.25%, 75.35%)"
    assert finding.difference == "≈0.246个百分点"


def test_round_numbers_give_a_discrepancy(corpus: Path) -> None:
    finding = one_finding(corpus, "share[round]")
    assert finding.status is Status.DISCREPANCY
    assert finding.message == ("3000家 of 4000家 is 75%, not 70%; they agree only if the "
                               "round numbers are read at their coarsest precision.")
    # 3000 may be [2500, 3500), 4000 [3500, 4500) and 70% [65%, 75%).
    assert finding.arithmetic[-1] == ("read as round numbers: (≈55.55%, 100%) against "
                                      "[65%, 75%)")


def test_grim_unique_whole(corpus: Path) -> None:
    finding = one_finding(corpus, "share[grim_one]")
    assert finding.status is Status.CONSISTENT
    assert finding.message == "346 of 75.1% implies a whole of 461 (only 461 gives 75.1%)."
    assert finding.arithmetic == (
        "75.1% rounds from [75.05%, 75.15%) at 1 decimal place",
        "whole n: 346 / 75.15% < n <= 346 / 75.05%, i.e. ≈460.41 < n <= ≈461.03",
        "346 / 461 ≈ 75.054%",
    )


def test_grim_no_whole_is_a_conflict(corpus: Path) -> None:
    finding = one_finding(corpus, "share[grim_none]")
    assert finding.status is Status.CONFLICT
    assert finding.message == ("No whole number gives 75.3% of 346: the percentage cannot "
                               "come from a count of 346.")
    assert finding.arithmetic[-2:] == ("346 / 459 ≈ 75.381%", "346 / 460 ≈ 75.217%")


def test_grim_no_whole_for_a_round_count_is_a_discrepancy(corpus: Path) -> None:
    # 300 / 398 = 75.38% and 300 / 399 = 75.19%: nothing rounds to 75.3%.
    finding = one_finding(corpus, "share[grim_round]")
    assert finding.status is Status.DISCREPANCY
    assert finding.message == ("No whole number gives 75.3% of exactly 300; one does only "
                               "if the round number 300人 is read at the coarsest precision.")


def test_grim_whole_number_percentages(corpus: Path) -> None:
    six = one_finding(corpus, "share[grim_six]")
    assert six.message == "3 of 50% implies a whole of 6 (only 6 gives 50%)."
    assert six.arithmetic[0] == "50% rounds from [49.5%, 50.5%) at 0 decimal places"
    wide = one_finding(corpus, "share[grim_range]")
    # 5 / 48 = 10.42% ... 5 / 52 = 9.62%; 5 / 47 = 10.64% and 5 / 53 = 9.43% round away.
    # But the wholes of any count c span c / 9.5% - c / 10.5%, over 1: none can fail 10%.
    assert wide.status is Status.NOT_CHECKABLE
    assert wide.message == ("Not checkable: 5 of 10% cannot fail: any count has a whole that "
                            "gives 10% (it implies a whole between 48 and 52; give the check "
                            "a whole to test it).")
    assert wide.arithmetic[-3:] == (
        "5 / 48 ≈ 10.42%", "5 / 52 ≈ 9.62%",
        "the wholes of a count c span c / 9.5% - c / 10.5% = c × ≈1, at least 1 once c >= 1")


@pytest.mark.parametrize(("part", "share", "why"), [
    ("1个", "三成", "any count has a whole that gives 三成"),  # wholes 3 to 4
    ("5个", "13%", "any count of 2 or more has a whole that gives 13%"),
    ("50个", "37%", "any count of 14 or more has a whole that gives 37%"),
    ("2个", "一成", "any count has a whole that gives 一成"),
    ("2.6万人", "13%", "any count of 2 or more has a whole that gives 13%, and 2.6万人 allows them"),
])
def test_a_grim_test_that_no_count_could_fail_is_not_checkable(part: str, share: str,
                                                               why: str) -> None:
    # a count whose wholes span an interval at least 1 long always has one: passing such
    # a test says nothing, as a share of 不到10% says nothing
    finding = _share_without_whole(part, share)
    assert finding.status is Status.NOT_CHECKABLE
    assert finding.message.startswith(f"Not checkable: {part.removesuffix('个')} of {share} "
                                      f"cannot fail: {why} (")


@pytest.mark.parametrize(("part", "share", "status"), [
    ("346个", "75.1%", Status.CONSISTENT),  # wholes span 346 × ≈0.0018: 461 alone
    ("1个", "33.3%", Status.CONSISTENT),
    ("3个", "47%", Status.CONFLICT),  # 3 / 6 = 50%, 3 / 7 ≈ 42.9%
    ("5个", "33.4%", Status.CONFLICT),
    ("1个", "13%", Status.CONSISTENT),  # 1 / 8; yet 1 / 13.5% .. 1 / 12.5% spans under 1
    ("近10个", "45%", Status.CONSISTENT),  # 9 / 20; the counts' wholes span under 1
])
def test_a_grim_test_that_some_count_could_fail_still_tests(part: str, share: str,
                                                            status: Status) -> None:
    assert _share_without_whole(part, share).status is status


def test_a_rounded_count_is_a_range_of_counts_for_the_grim_test(corpus: Path) -> None:
    # 2.6万人 is a count in [25500, 26500): some count in it, of some whole, gives 40%;
    # but so does every count of 16 or more, so the test cannot fail
    finding = one_finding(corpus, "share[implied]")
    assert finding.status is Status.NOT_CHECKABLE
    assert finding.message == (
        "Not checkable: 2.6万人 of 40% cannot fail: any count of 16 or more has a whole that "
        "gives 40%, and 2.6万人 allows them (a count of 25500 out of a whole of 63750 gives "
        "it; give the check a whole to test it).")
    assert finding.arithmetic == (
        "the part 2.6万人 is a count in [2.55万人, 2.65万人)",
        "40% rounds from [39.5%, 40.5%) at 0 decimal places",
        "25500 / 63750 = 40%",
        "the wholes of a count c span c / 39.5% - c / 40.5% = c × ≈0.06, at least 1 once "
        "c >= 16")
    # a range of counts below that is still tested: 约2个 holds only 2, and 2 / 5 is 40%;
    # 约3个 holds only 3, and no whole gives 40% of it (3 / 7 is 42.9%, 3 / 8 37.5%)
    small = _share_without_whole("约2个", "40%")
    assert small.status is Status.CONSISTENT
    assert small.message == "约2个 of 40%: a count of 2 out of a whole of 5 gives it."
    assert _share_without_whole("约3个", "40%").status is not Status.CONSISTENT


def _share_without_whole(part: str, share: str, **extra: str):  # type: ignore[no-untyped-def]
    from claim_factory import make_claim, make_corpus, spec

    from factcheck import check

    claims = [make_claim("p", part, metric="a", **extra), make_claim("s", share, metric="b")]
    [finding] = [f for f in check(make_corpus(claims, [spec("share", "g", part="p",
                                                            share="s")]))
                 if f.kind == "share"]
    return finding


def test_an_amount_without_a_whole_is_not_checkable_and_says_the_implied_whole() -> None:
    # every amount of every share implies some whole: with nothing that could fail, the
    # check must not pass as consistent
    finding = _share_without_whole("51.65万吨", "80.7%")
    assert finding.status is Status.NOT_CHECKABLE
    assert finding.message == (
        "Not checkable: with no whole, a share is tested only against an exact count (GRIM), "
        "and 51.65万吨 is not one; it implies a whole of ≈64.002万吨 "
        "(in (≈63.956万吨, ≈64.049万吨)).")
    # so is a count with no upper end: some count above 500 has a whole for any share
    assert _share_without_whole("超过500个", "80%").status is Status.NOT_CHECKABLE


def test_a_range_of_counts_that_no_whole_fits_conflicts() -> None:
    # 1/n and 2/n miss [44.5%, 45.5%) for every whole n
    finding = _share_without_whole("1-2个", "45%")
    assert finding.status is Status.CONFLICT
    assert finding.message == ("No count in [1个, 2个] of any whole gives 45%: the percentage "
                               "cannot come from 1-2个.")
    above = _share_without_whole("近10个", "150%")
    assert above.status is Status.CONFLICT
    assert above.message == ("No count in [9个, 10个) gives 150%: a part is at most its "
                             "whole, and 150% is above 100%.")
    # 30% is a round number: read at its coarsest, [25%, 35%), 1 of 3 gives it
    loose = _share_without_whole("1-2个", "30%")
    assert loose.status is Status.DISCREPANCY
    assert _share_without_whole("近10个", "45%").message == (
        "近10个 of 45%: a count of 9 out of a whole of 20 gives it.")
    assert loose.message == ("No count in [1个, 2个] of any whole gives 30%; one does only "
                             "if the round number 30% is read at the coarsest precision.")


def test_not_checkable_reasons(corpus: Path) -> None:
    assert one_finding(corpus, "share[not_pct]").message == (
        "Not checkable: the share 4000家 is in 家 (firm), not a percentage.")
    units = one_finding(corpus, "share[units]")
    assert units.status is Status.NOT_CHECKABLE
    # named as bound names them: the figure, the unit as articles write it, its dimension
    assert units.message == ("Not checkable: the part 346家 is in 家 (firm) and the whole "
                             "300人 in 人 (person), which cannot be compared.")


def test_implied_wholes_bounds() -> None:
    half_open = Interval(Fraction(7505, 10000), Fraction(7515, 10000), True, False)
    assert implied_wholes(346, half_open) == (461, 461)
    assert implied_wholes(0, Interval(Fraction(0), Fraction(1, 200), True, False)) == (1, None)
    assert implied_wholes(0, Interval(Fraction(1, 100), Fraction(2, 100), True, True)) is None
    # more than 50%: any whole below 2 * part, and none below the part itself.
    assert implied_wholes(10, Interval(Fraction(1, 2), None, False, False)) == (10, 19)
    # a share that rounds to 100% does not make the whole smaller than the part.
    assert implied_wholes(1000, Interval(Fraction(995, 1000), Fraction(1005, 1000),
                                         True, False)) == (1000, 1005)
    assert implied_wholes(5, Interval(Fraction(11, 10), None, True, False)) is None
    # under 1%: any whole above 100 * part.
    assert implied_wholes(3, Interval(None, Fraction(1, 100), False, False)) == (301, None)
    # a closed upper bound admits the whole that hits it exactly.
    assert implied_wholes(1, Interval(Fraction(1, 4), Fraction(1, 2), True, True)) == (2, 4)
    assert implied_wholes(1, Interval(Fraction(1, 4), Fraction(1, 2), False, False)) == (3, 3)
    with pytest.raises(ValueError, match="must not be negative"):
        implied_wholes(-1, half_open)


def _rounds_to(part: int, whole: int, scaled: int, decimals: int) -> bool:
    """round_half_up(part / whole * 100, decimals) == scaled / 10**decimals, in integers."""
    numerator = 2 * part * 100 * 10**decimals + whole
    return numerator // (2 * whole) == scaled


def _allowed(scaled: int, decimals: int) -> Interval:
    center = Fraction(scaled, 100 * 10**decimals)
    half = Fraction(1, 2 * 100 * 10**decimals)
    return Interval(center - half, center + half, True, False)


@settings(max_examples=300, deadline=None)
@given(grim_cases())
def test_grim_finds_the_true_whole(case: tuple[int, int, int]) -> None:
    part, whole, decimals = case
    scaled = (2 * part * 100 * 10**decimals + whole) // (2 * whole)
    found = implied_wholes(part, _allowed(scaled, decimals))
    assert found is not None
    first, last = found
    assert first <= whole and (last is None or whole <= last)
    assert _rounds_to(part, first, scaled, decimals)
    assert first == max(part, 1) or not _rounds_to(part, first - 1, scaled, decimals)
    if last is not None:
        assert _rounds_to(part, last, scaled, decimals)
        assert not _rounds_to(part, last + 1, scaled, decimals)


@settings(max_examples=300, deadline=None)
@given(stated_percentages())
def test_grim_agrees_with_brute_force(case: tuple[int, int, int]) -> None:
    part, scaled, decimals = case
    # Past part * 100 / (p - h) every whole gives less than p - h, so this range is enough.
    limit = (2 * part * 100 * 10**decimals) // (2 * scaled - 1) + 2
    brute = [n for n in range(max(part, 1), limit + 1) if _rounds_to(part, n, scaled, decimals)]
    found = implied_wholes(part, _allowed(scaled, decimals))
    if not brute:
        assert found is None
    else:
        assert found == (brute[0], brute[-1])
        assert brute == list(range(brute[0], brute[-1] + 1))


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_grim_is_fast_for_large_counts(part: int, whole: int) -> None:
    part, whole = min(part, whole), max(part, whole)  # a part is inside its whole
    scaled = (2 * part * 1000 + whole) // (2 * whole)
    found = implied_wholes(part, _allowed(scaled, 1))
    assert found is not None and found[0] <= whole


def test_a_tolerance_widens_the_implied_whole() -> None:
    from claim_factory import make_claim, make_corpus, spec

    from factcheck import check

    # no whole gives 75.1% of exactly 345, but 346 (within the tolerance) / 461 does;
    # and a share with a tolerance of its own is read with it, not at its written digits
    part = make_claim("part", "345个", tolerance="1个")
    share = make_claim("share", "75.1%")
    loose_share = make_claim("loose", "75.1%", tolerance="0.5%")
    checks = [spec("share", "t", part="part", share="share"),
              spec("share", "u", part="exact", share="loose")]
    claims = [part, share, loose_share, make_claim("exact", "345个")]
    found = {f.id: f for f in check(make_corpus(claims, checks)) if f.kind == "share"}
    assert found["share[t]"].status is Status.CONSISTENT
    assert found["share[t]"].message == ("345个 of 75.1%: a count of 344 out of a whole of 458 "
                                         "gives it.")
    # 75.1% ± 0.5%: the wholes of any count of 3 or more span at least 1
    assert found["share[u]"].status is Status.NOT_CHECKABLE
    exact = check(make_corpus([make_claim("exact", "345个"), share],
                              [spec("share", "v", part="exact", share="share")]))
    assert [f.status for f in exact if f.kind == "share"] == [Status.CONFLICT]


def test_grim_reads_a_round_percentage_loosely_as_with_a_whole() -> None:
    # 7 of 9 is 77.8%, which rounds to 80% at the tens: with the whole 9 given this was a
    # discrepancy, without it a conflict.
    finding = _share_without_whole("7个", "80%")
    assert finding.status is Status.DISCREPANCY
    assert "the round number 80% is read at the coarsest precision" in finding.message


def test_grim_checks_that_a_round_part_really_helps() -> None:
    # 10 read loosely is 5..14, and k / (k + 1) <= 14/15 < 98.5%: no whole ever fits.
    finding = _share_without_whole("10人", "98.5%")
    assert finding.status is Status.CONFLICT
    assert _share_without_whole("10人", "92.9%").status is Status.DISCREPANCY  # 13 of 14 is 92.857%


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 12).map(lambda k: k * 10), st.integers(1, 99), st.integers(0, 2),
       st.integers(0, 99))
def test_a_whole_for_round_numbers_is_found_as_by_trying_every_count(
        part: int, whole_percent: int, decimals: int, fraction: int) -> None:
    from claim_factory import make_claim

    from factcheck.checks._context import coarse
    from factcheck.checks.share import _some_whole_loosely

    digits = f"{fraction:02d}"[:decimals]
    percent = f"{whole_percent}{'.' + digits if decimals else ''}%"
    p, s = make_claim("p", f"{part}人").quantity, make_claim("s", percent).quantity
    assert p is not None and s is not None
    counts, share = coarse(p), coarse(s)
    assert share.low is not None and share.low > 0
    brute = any(share.contains(Fraction(k, n))
                for k in range(part * 2) if counts.contains(Fraction(k))
                for n in range(max(k, 1), int(k / share.low) + 2))
    assert _some_whole_loosely(p, s) is brute


def test_grim_reads_loosely_without_giving_up_early() -> None:
    # Both were "would take more than 100,000 counts to tell" before any count was tried.
    assert _share_without_whole("3000000个", "200%").status is Status.CONFLICT  # no part exceeds its whole
    assert _share_without_whole("3000000个", "75.12342%").status is Status.DISCREPANCY  # 2500000 of 3327857


def test_percentage_points_are_not_a_share() -> None:
    finding = _share_without_whole("1个", "3个百分点")
    assert finding.status is Status.NOT_CHECKABLE
    assert "percentage points" in finding.message


def _with_whole(part: str, whole: str, share: str):  # type: ignore[no-untyped-def]
    from claim_factory import make_claim, make_corpus, spec

    from factcheck import check

    claims = [make_claim("p", part, metric="a"), make_claim("w", whole, metric="b"),
              make_claim("s", share, metric="c")]
    [finding] = [f for f in check(make_corpus(claims, [spec("share", "x", part="p", whole="w",
                                                            share="s")]))
                 if f.kind == "share"]
    return finding


def test_a_qualified_whole_gives_the_range_of_shares_not_its_nominal_one() -> None:
    # 45家 of 近100家 (90 to 100) is (45%, 50%]: not "45%, which fits the stated 50%"
    finding = _with_whole("45家", "近100家", "50%")
    assert finding.status is Status.CONSISTENT
    assert finding.message == "45家 of 近100家 is (45%, 50%], which fits the stated 50%."
    assert finding.difference == "0个百分点"
    assert not any(line.startswith("part / whole = ") for line in finding.arithmetic)
    # a qualified share is met inside its interval: no gap to its nominal value
    assert _with_whole("25家", "100家", "超过20%").difference == "0个百分点"
    assert _with_whole("45家", "90家", "50%").message == (
        "45家 of 90家 is 50%, which fits the stated 50%.")


@pytest.mark.parametrize(("part", "share", "bounds"), [
    ("1名", "33.3%", "≈2.99 < n <= ≈3.01"),   # was "≈3 < n <= ≈3.01": as if n > 3
    ("2家", "28.57%", "≈6.99 < n <= ≈7.01"),  # was "≈7 < n <= ≈7": no room for 7
    ("346个", "75.1%", "≈460.41 < n <= ≈461.03"),
])
def test_the_bounds_on_the_whole_are_rounded_outwards(part: str, share: str,
                                                      bounds: str) -> None:
    finding = _share_without_whole(part, share)
    assert finding.status is Status.CONSISTENT
    assert any(line.endswith(f"i.e. {bounds}") for line in finding.arithmetic), (
        finding.arithmetic)


def test_a_share_above_100_percent_without_a_whole_says_why_no_whole_fits() -> None:
    # 12 / 10 is 120%, shown in the arithmetic; the message said the percentage "cannot
    # come from a count of 12"
    finding = _share_without_whole("12个", "120%")
    assert finding.status is Status.CONFLICT
    assert finding.message == ("No whole number gives 120% of 12: a part is at most its "
                               "whole, and 120% is above 100%.")
    assert "12 / 10 = 120% (a whole smaller than the part)" in finding.arithmetic
    assert "cannot come from" in _share_without_whole("7个", "80.1%").message


def test_a_percentage_is_read_at_ten_points_at_the_coarsest() -> None:
    # 45家 of 90家 is 50%: 100% is no rounded 50% (a percentage is never read at its
    # hundreds), while 30% may be a rounded 27% (a discrepancy, as 三成 may be)
    assert _with_whole("45家", "90家", "100%").status is Status.CONFLICT
    assert _with_whole("27家", "100家", "30%").status is Status.DISCREPANCY


def _share_of(part: str, whole: str, stated: str):  # type: ignore[no-untyped-def]
    from claim_factory import make_claim, make_corpus, spec

    from factcheck import check

    claims = [make_claim("p", part), make_claim("w", whole), make_claim("s", stated)]
    checks = [spec("share", "k", part="p", whole="w", share="s")]
    [finding] = [f for f in check(make_corpus(claims, checks)) if f.kind == "share"]
    return finding


def test_a_round_percentage_alone_is_read_at_its_coarsest() -> None:
    # 27家 of 101家 is 26.7%; only the stated 30% is round, and read as [25%, 35%) it fits
    finding = _share_of("27家", "101家", "30%")
    assert finding.status is Status.DISCREPANCY
    assert _share_of("27家", "101家", "31%").status is Status.CONFLICT


def test_a_share_above_a_whole_is_said_to_be_so() -> None:
    finding = _share_without_whole("12家", "超100%")
    assert finding.status is Status.CONFLICT
    assert finding.message == ("No whole number gives 超100% of 12: a part is at most its whole, "
                               "and 超100% is above 100%.")


def test_a_range_of_counts_is_named_by_the_counts_it_holds() -> None:
    # 约3个 is [2.5, 3.5]: only 3 is tried, and 2 of 5 (40%) must not seem ruled out by
    # "no count in [2个, 4个]"
    about = _share_without_whole("约3个", "40%")
    assert about.status is Status.DISCREPANCY
    assert about.message == ("No count in [3个, 3个] of any whole gives 40%; one does only "
                             "if the round number 40% is read at the coarsest precision.")
    assert about.arithmetic[0] == "the part 约3个 is a count in [3个, 3个]"
    assert about.arithmetic[-1] == ("read as round numbers: a count in [3个, 3个] of some "
                                    "whole gives [35%, 45%)")
    assert _share_without_whole("约12个", "25%").arithmetic[0] == (
        "the part 约12个 is a count in [12个, 12个]")
    # a part that holds no whole count is shown as written, not as [2个, 3个)
    assert _share_without_whole("2.5个", "50%").message == (
        "No count in [2.45个, 2.55个) of any whole gives 50%: the percentage cannot come "
        "from 2.5个.")


def test_no_whole_gives_a_share_of_at_most_zero_to_a_positive_count() -> None:
    # [-10%, 0%]: a positive count over any whole is above 0 (no division by the bound 0)
    assert implied_wholes(3, Interval(Fraction(-1, 10), Fraction(0), True, True)) is None


def test_a_count_with_a_whole_is_found_where_the_wholes_always_hold_one() -> None:
    from factcheck.checks.share import _count_with_a_whole

    # (1/3, 1/2) open: 1 has no whole (2 < n < 3); from 2 on (4 < n < 6, 5) every count has
    # one, and the counts up to 2 must all be tried
    assert _count_with_a_whole(Interval(Fraction(1), Fraction(5), True, True), Interval(
        Fraction(1, 3), Fraction(1, 2), False, False)) == 2
    # (99.9999%, 100%) open, a share that reaches up to 100%: the first count with a whole,
    # 1000000 of 1000001, lies past the counts tried one by one; the count sure to have one
    # is given, not "open"
    assert _count_with_a_whole(Interval(Fraction(1), Fraction(10**7), True, True), Interval(
        Fraction(999999, 10**6), Fraction(1), False, False)) == 1000000
    # (100000/100001, 1): the first count with a whole is 100001, exactly as many counts in
    # as are tried one by one
    assert _count_with_a_whole(Interval(Fraction(1), Fraction(10**6), True, True), Interval(
        Fraction(100000, 100001), Fraction(1), False, False)) == 100001
    # below the count sure to have a whole, 100,000 counts without one tell nothing
    assert _count_with_a_whole(Interval(Fraction(1), Fraction(500000), True, True), Interval(
        Fraction(999999, 10**6), Fraction(1), False, False)) is None


def test_a_count_of_0_is_0_percent_of_every_whole() -> None:
    # "0 / 1 = 0%, 0 / 2 = 0%" beside "no whole" explained nothing: 0 is 0% of any whole,
    # so a share above 0 is a conflict whatever the whole, and one that allows 0% cannot
    # fail (it was "consistent: implies a whole of at least 1", a pass that tested nothing)
    nothing = _share_without_whole("0个", "5%")
    assert nothing.status is Status.CONFLICT
    assert nothing.message == ("A count of 0 is 0% of every whole, not 5%: the percentage "
                               "cannot come from 0个.")
    assert nothing.arithmetic == ("5% rounds from [4.5%, 5.5%) at 0 decimal places",
                                  "0 / n = 0% for every whole n")
    for share in ("0%", "0.0%", "约0%", "不到1%"):
        zero = _share_without_whole("0个", share)
        assert zero.status is Status.NOT_CHECKABLE, share
        assert zero.message == (
            f"Not checkable: 0个 of {share} cannot fail: a count of 0 is 0% of every whole, so "
            "it implies no whole (give the check a whole to test it).")
        assert zero.arithmetic[-1] == "0 / n = 0% for every whole n"


def test_no_whole_above_100_percent_shows_wholes_from_1() -> None:
    # the wholes shown beside "no whole" start at 1: 1 / 0 has no value
    above = _share_without_whole("1个", "150%")
    assert above.status is Status.CONFLICT
    assert "1 / 1 = 100%" in above.arithmetic


def test_a_range_of_counts_from_0_against_a_share_of_0_cannot_fail() -> None:
    # 不到3个 holds 0, and 0 of any whole is 0%: whatever the whole, the count 0 gives a
    # share that allows 0%, so the check tests nothing and must not pass as consistent
    finding = _share_without_whole("不到3个", "0%")
    assert finding.status is Status.NOT_CHECKABLE
    assert finding.message == (
        "Not checkable: 不到3个 of 0% cannot fail: 不到3个 allows a count of 0, which is 0% of "
        "every whole (give the check a whole to test it).")
    assert finding.arithmetic[-1] == "0 / n = 0% for every whole n"
    # a share above 0 is still tested, on the counts above 0
    assert _share_without_whole("不到3个", "50%").status is Status.CONSISTENT
    assert _share_without_whole("不到3个", "45%").status is Status.CONFLICT


def test_a_large_range_of_counts_is_no_part_of_a_share_above_100_percent() -> None:
    # 约100万人 holds 100,001 counts: over 100% none has a whole, told at once, not "open
    # after trying 100,000 counts"
    finding = _share_without_whole("约100万人", "超100%")
    assert finding.status is Status.CONFLICT
    assert finding.message == ("No count in [95万人, 105万人] gives 超100%: a part is at "
                               "most its whole, and 超100% is above 100%.")


def test_a_range_of_counts_past_the_counts_tried_names_one_sure_to_have_a_whole() -> None:
    # 不到100万人 of 50.0001% ([50.00005%, 50.00015%)): from 250002 on every count has a
    # whole; that count is named, with its whole, without trying the 250002 before it
    # (and since every count from there on has one, the test cannot fail)
    finding = _share_without_whole("不到100万人", "50.0001%")
    assert finding.status is Status.NOT_CHECKABLE
    assert finding.message == (
        "Not checkable: 不到100万人 of 50.0001% cannot fail: any count of 250002 or more has "
        "a whole that gives 50.0001%, and 不到100万人 allows them (a count of 250002 out of a "
        "whole of 500003 gives it; give the check a whole to test it).")


def test_a_count_written_to_a_tenth_holds_the_whole_count_inside_it() -> None:
    from factcheck.checks.share import _whole_counts

    # 3.0个 is [2.95, 3.05): its one whole count, 3, is tried (3 of 10 is 30%)
    finding = _share_without_whole("3.0个", "30%")
    assert finding.status is Status.CONSISTENT
    assert finding.message == "3.0个 of 30%: a count of 3 out of a whole of 10 gives it."
    # an open end that is not whole leaves out no whole count; one that is whole does
    assert _whole_counts(Interval(Fraction(5, 2), Fraction(7, 2), False, False)) == (3, 3)
    assert _whole_counts(Interval(Fraction(2), Fraction(4), False, False)) == (3, 3)
    assert _whole_counts(Interval(Fraction(2), Fraction(4), True, True)) == (2, 4)


def test_a_ratio_is_shown_on_its_side_of_the_percentage_bounds() -> None:
    # 3 / 601 is 0.4992%, which rounds to 0%: "≈0.5%" read as if it did not
    grim = _share_without_whole("3个", "0%")
    assert grim.status is Status.NOT_CHECKABLE  # any count is 0% of a large enough whole
    assert grim.arithmetic[-1] == "3 / 601 ≈ 0.499%"
    finding = _share_of("3个", "601个", "0%")
    assert finding.message == "3个 of 601个 is ≈0.499%, which fits the stated 0%."
    assert finding.arithmetic[0] == "part / whole = 3个 / 601个 ≈ 0.499%"
    # outside as it is shown: 3 / 600 is 0.5% exactly, not 0%; and no more places than
    # the percentage's own where they tell the sides apart
    assert _share_without_whole("3个", "1%").arithmetic[-3:-1] == ("3 / 201 ≈ 1.49%",
                                                                  "3 / 600 = 0.5%")


def test_grim_rounds_a_share_of_0_percent_half_away_from_zero() -> None:
    # 0% rounds from (-0.5%, 0.5%), open at both ends as every figure rounds half away from
    # zero; the GRIM path showed [-0.5%, 0.5%) while the same share with a whole showed
    # "stated 0% = (-0.5%, 0.5%)"
    finding = _share_without_whole("1个", "0%")
    assert finding.status is Status.NOT_CHECKABLE  # any count is 0% of a large enough whole
    assert finding.arithmetic[0] == "0% rounds from (-0.5%, 0.5%) at 0 decimal places"
    assert _share_without_whole("0个", "0.0%").arithmetic[0] == (
        "0.0% rounds from (-0.05%, 0.05%) at 1 decimal place")


def test_a_count_is_shown_in_the_classifier_its_claims_write() -> None:
    # 3套 of 12套 showed "part / whole = 3个 / 12个" and [3个, 3个]: the base's word, not
    # the 套 the claims write (as sum and agreement show it)
    finding = _share_of("3套", "12套", "25%")
    assert finding.arithmetic[:2] == ("part / whole = 3套 / 12套 = 25%",
                                      "within written precision: [3套, 3套] / [12套, 12套] = "
                                      "[25%, 25%]")
    assert _share_of("约3套", "近12套", "25%").arithmetic[0] == (
        "within written precision: [2.5套, 3.5套] / [10.8套, 12套) = (≈20.83%, ≈32.41%]")
    assert _share_of("3套", "12个", "25%").arithmetic[0] == "part / whole = 3个 / 12个 = 25%"
    assert _share_without_whole("3-4套", "25%").arithmetic[0] == (
        "the part 3-4套 is a count in [3套, 4套]")
    implied = _share_without_whole("超30套", "25%")
    assert implied.message == (
        "Not checkable: with no whole, a share is tested only against an exact count (GRIM), "
        "and 超30套 is not one; it implies a whole of 120套 (in (≈117.6套, +∞)).")
    assert implied.arithmetic == ("whole = part / share = 30套 / 25% = 120套",
                                  "within written precision: (30套, +∞) / [24.5%, 25.5%) = "
                                  "(≈117.6套, +∞)")


def test_a_share_whose_ends_only_touch_is_not_0_apart() -> None:
    # 3个 of 10个 is exactly 30%, which 超过30% leaves out: the difference was '0个百分点'
    # with a relative 0%, beside a finding that is not consistent
    finding = _share_of("3个", "10个", "超过30%")
    assert finding.status is not Status.CONSISTENT
    assert finding.difference == "0个百分点 (touching)"
    assert finding.relative is None
    assert _share_of("3个", "10个", "30%").difference == "0个百分点"  # inside: a plain 0


def test_rates_per_mu_are_shown_per_mu() -> None:
    # part / whole read "75元/平方米 / 225元/平方米", every interval and the Common unit
    # column per square metre, though both claims write per 亩
    finding = _share_of("5万元/亩", "15万元/亩", "33%")
    assert finding.arithmetic[:2] == (
        "part / whole = 5万元/亩 / 15万元/亩 ≈ 33.33%",
        "within written precision: [4.5万元/亩, 5.5万元/亩) / [14.5万元/亩, 15.5万元/亩) = "
        "(≈29.03%, ≈37.94%)")
    assert [c.shown for c in finding.claims] == ["5万元/亩", "15万元/亩", "33%"]
    # claims in different per-units keep the common unit
    mixed = _share_of("5万元/亩", "225元/平方米", "33%")
    assert mixed.arithmetic[0] == "part / whole = 75元/平方米 / 225元/平方米 ≈ 33.33%"
    assert [c.shown for c in mixed.claims][:2] == ["75元/平方米", "225元/平方米"]


@pytest.mark.parametrize(
    ("part", "stated", "why"),
    [
        # they were consistent: a share that reaches down to 0% or allows 100% has a whole
        # for every count, so the GRIM test passed whatever the part
        ("5个", "不到10%", "any count is 不到10% of a large enough whole (it implies a whole "
         "of at least 51"),
        ("7个", "5%以下", "any count is 5%以下 of a large enough whole (it implies a whole of "
         "at least 140"),
        ("3个", "0%", "any count is 0% of a large enough whole (it implies a whole of at least "
         "601"),
        ("3个", "100%", "any count is 100% of a whole of its own size (it implies a whole of 3"),
        ("3个", "超过50%", "any count is 超过50% of a whole of its own size (it implies a whole "
         "between 3 and 5"),
        ("近10个", "不到5%", "any count is 不到5% of a large enough whole (a count of 9 out of "
         "a whole of 181 gives it"),
    ],
)
def test_a_share_that_any_count_has_cannot_fail(part: str, stated: str, why: str) -> None:
    finding = _share_without_whole(part, stated)
    assert finding.status is Status.NOT_CHECKABLE
    shown = part if part.startswith("近") else part.rstrip("个")
    assert finding.message == (f"Not checkable: {shown} of {stated} cannot fail: {why}; give "
                               "the check a whole to test it).")


def test_a_share_that_not_every_count_has_is_still_tested() -> None:
    # 60% allows [59.5%, 60.5%): 3 has the whole 5; 99% none; 1% allows [0.5%, 1.5%),
    # where any count has wholes (3 has 201 to 600), so it cannot fail
    assert _share_without_whole("3个", "1%").status is Status.NOT_CHECKABLE
    assert _share_without_whole("3个", "60%").status is Status.CONSISTENT
    assert _share_without_whole("3个", "99%").status is Status.CONFLICT


def test_a_ratio_that_fits_only_within_written_precision_says_so() -> None:
    # 5000人 of 2.6万人 is 19.23%, which is not 20% ([19.5%, 20.5%)): it read "≈19.23%,
    # which fits the stated 20%", as if it did; only 2.55万 to 2.65万 and 4750 to 5250 do
    finding = _share_of("约5000人", "2.6万人", "20%")
    assert finding.status is Status.CONSISTENT
    assert finding.message == (
        "约5000人 of 2.6万人 is ≈19.23%, outside the stated 20%, i.e. [19.5%, 20.5%), but it "
        "fits within written precision: it lies in (≈17.92%, ≈20.59%].")
    # a ratio inside the stated figure is said plainly
    assert _share_of("5100人", "2.6万人", "20%").message == (
        "5100人 of 2.6万人 is ≈19.62%, which fits the stated 20%.")


def test_a_share_in_cheng_is_written_to_the_tens_of_percent() -> None:
    # 三成 "rounds from [25%, 35%) at 0 decimal places", as if it were 30%, which rounds
    # from [29.5%, 30.5%): 成 is a tenth, and the arithmetic names that precision
    finding = _share_without_whole("3个", "三成")
    assert finding.status is Status.NOT_CHECKABLE  # any count has a whole of 三成
    assert finding.arithmetic[0] == "三成 rounds from [25%, 35%) to the nearest 10%"
    assert _share_without_whole("3个", "30%").arithmetic[0] == (
        "30% rounds from [29.5%, 30.5%) at 0 decimal places")


def test_a_relative_difference_below_a_twentieth_of_a_percent_is_not_0_percent() -> None:
    # 1个 of 3个 is 33.333...%, 0.0033 points from the stated 33.33%: relative was "≈0%",
    # where agreement, bound and reference write "<0.05%"
    finding = _share_of("1个", "3个", "33.33%")
    assert (finding.difference, finding.relative) == ("≈0.0033个百分点", "<0.05%")
    assert _share_of("1个", "3个", "33.3%").relative == "≈0.1%"
    assert _share_of("1个", "4个", "25%").relative == "0%"


def test_a_relative_difference_is_never_negative() -> None:
    # against a stated -30%, 3亿元 of 10亿元 (30%) was "-200%" off: a relative difference is
    # a size, as the other kinds write it
    finding = _share_of("3亿元", "10亿元", "-30%")
    assert (finding.status, finding.relative) == (Status.CONFLICT, "200%")


def test_a_ratio_next_to_a_bound_shows_on_which_side_it_lies() -> None:
    # 3500 / 15555 is 22.50080...%, above the closed bound 22.5% of 23%: "≈22.5%" sat on
    # the bound and did not show the side
    finding = _share_without_whole("3500人", "23%")
    assert "3500 / 15555 ≈ 22.501%" in finding.arithmetic, finding.arithmetic
    assert "3500 / 14894 ≈ 23.499%" in finding.arithmetic


@pytest.mark.parametrize(("part", "share", "line"), [
    # 25500 / 196154 is 12.99999...%: shown '≈13%', which dropped the two places past the
    # percentage's own that a ratio is shown to
    ("2.6万人", "13%", "25500 / 196154 ≈ 13.00%"),
    ("2.6万人", "13.0%", "25500 / 196154 ≈ 13.000%"),
])
def test_a_rounded_ratio_keeps_its_places(part: str, share: str, line: str) -> None:
    # no count of this size could fail the test (cc5cf96), so it is not checkable, but the
    # arithmetic still shows the ratio of the whole it found
    finding = _share_without_whole(part, share)
    assert finding.status is Status.NOT_CHECKABLE
    assert line in finding.arithmetic, finding.arithmetic
