"""Tests of the growth check: (to - from) / from against a stated rate."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path

import pytest

from factcheck._arith import DivisionByZeroInterval
from factcheck._findings import Finding, Status
from factcheck._numbers import Interval
from factcheck.checks.growth import implied_rate
from tests.corpus_builder import one_finding, write_corpus

TEXT = (
    "2018年营收1241.99亿元，2019年营收1957.10亿元，同比增长57.6%。也有报道称增长58.6%。\n"
    "去年产量100万吨，今年产量200万吨，增长90%。\n"
    "去年销量100家，今年销量80家，下降20%。\n"
    "去年亏损0亿元。\n"
    "前年利润-10.0亿元，去年利润-5.0亿元，减亏50%。\n"
)
CLAIMS = """
claims:
  - {id: r18, quote: 2018年营收1241.99亿元, value: 1241.99亿元, entity: co, metric: revenue,
     as_of: "2018"}
  - {id: r19, quote: 2019年营收1957.10亿元, value: 1957.10亿元, entity: co, metric: revenue,
     as_of: "2019"}
  - {id: g, quote: 同比增长57.6%, value: 57.6%, entity: co, metric: growth, as_of: "2019"}
  - {id: g_bad, quote: 也有报道称增长58.6%, value: 58.6%, entity: co, metric: growth_2,
     as_of: "2019"}
  - {id: t1, quote: 去年产量100万吨, value: 100万吨, entity: co, metric: output, as_of: "2022"}
  - {id: t2, quote: 今年产量200万吨, value: 200万吨, entity: co, metric: output, as_of: "2023"}
  - {id: t_rate, quote: 增长90%, value: 90%, entity: co, metric: output_growth, as_of: "2023"}
  - {id: s1, quote: 去年销量100家, value: 100家, entity: co, metric: sales, as_of: "2022"}
  - {id: s2, quote: 今年销量80家, value: 80家, entity: co, metric: sales, as_of: "2023"}
  - {id: s_fall, quote: 下降20%, value: 20%, entity: co, metric: sales_fall, as_of: "2023"}
  - {id: zero, quote: 去年亏损0亿元, value: 0亿元, entity: co, metric: loss, as_of: "2022"}
  - {id: p1, quote: 前年利润-10.0亿元, value: -10.0亿元, entity: co, metric: profit, as_of: "2021"}
  - {id: p2, quote: 去年利润-5.0亿元, value: -5.0亿元, entity: co, metric: profit, as_of: "2022"}
  - {id: p_rate, quote: 减亏50%, value: 50%, entity: co, metric: loss_cut, as_of: "2022"}
"""
CHECKS = """
checks:
  - {kind: growth, id: ok, from: r18, to: r19, rate: g}
  - {kind: growth, id: bad, from: r18, to: r19, rate: g_bad}
  - {kind: growth, id: round, from: t1, to: t2, rate: t_rate}
  - {kind: growth, id: fall, from: s1, to: s2, rate: s_fall, direction: down}
  - {kind: growth, id: fall_as_rise, from: s1, to: s2, rate: s_fall}
  - {kind: growth, id: zero, from: zero, to: r19, rate: g}
  - {kind: growth, id: units, from: s1, to: r19, rate: g}
  - {kind: growth, id: not_rate, from: r18, to: r19, rate: s1}
  - {kind: growth, id: negative, from: p1, to: p2, rate: p_rate, direction: down}
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("growth"), TEXT, CLAIMS, CHECKS)


def test_growth_consistent(corpus: Path) -> None:
    finding = one_finding(corpus, "growth[ok]")
    assert finding.status is Status.CONSISTENT
    # 715.11 / 1241.99 = 0.575777...
    assert finding.message == ("From 1241.99亿元 to 1957.10亿元 the level rose by ≈57.578%, "
                               "which fits growth of 57.6%.")
    assert finding.arithmetic == (
        "(1957.10亿元 - 1241.99亿元) / 1241.99亿元 ≈ 57.578%",
        ("within written precision: [1957.095亿元, 1957.105亿元) / "
         "[1241.985亿元, 1241.995亿元) - 1 = (≈57.576%, ≈57.579%)"),
        "stated 57.6% = [57.55%, 57.65%)",
    )
    assert [c.role for c in finding.claims] == ["from", "to", "rate"]


def test_growth_conflict(corpus: Path) -> None:
    finding = one_finding(corpus, "growth[bad]")
    assert finding.status is Status.CONFLICT
    assert finding.message == ("From 1241.99亿元 to 1957.10亿元 the level rose by ≈57.578%, "
                               "not growth of 58.6%, even allowing for the written precision.")
    assert finding.difference == "≈1.022个百分点"


def test_round_levels_give_a_discrepancy(corpus: Path) -> None:
    finding = one_finding(corpus, "growth[round]")
    assert finding.status is Status.DISCREPANCY
    assert finding.message.startswith("From 100万吨 to 200万吨 the level rose by 100%, not "
                                      "growth of 90%; they agree only")
    # 100万吨 may be [50, 150)万吨 and 200万吨 [150, 250)万吨 once read as round numbers.
    assert finding.arithmetic[-1] == ("read as round numbers: (0%, 400%) against [85%, 95%)")


def test_a_stated_fall(corpus: Path) -> None:
    fall = one_finding(corpus, "growth[fall]")
    assert fall.status is Status.CONSISTENT
    assert fall.message == "From 100家 to 80家 the level fell by 20%, which fits a fall of 20%."
    assert fall.arithmetic[0] == "(80家 - 100家) / 100家 = -20%"
    assert fall.arithmetic[-1] == "stated -20% = (-20.5%, -19.5%]"
    wrong_way = one_finding(corpus, "growth[fall_as_rise]")
    # -20% is not +20%: reading 100家 as 50..150家 could make up the size of the gap, not
    # turn the article's fall into growth
    assert wrong_way.status is Status.CONFLICT
    assert wrong_way.message == ("From 100家 to 80家 the level fell by 20%, not growth of 20%: "
                                 "it fell at any written precision, and no reading of round "
                                 "numbers reverses that. As a fall it fits: if the article states the rate as a "
                                 "fall (下降, 跌幅, 减少), give the check `direction: down`.")
    assert wrong_way.difference == "40个百分点"  # -20% and +20% are 40 points apart


def test_not_checkable(corpus: Path) -> None:
    assert one_finding(corpus, "growth[zero]").message == (
        "Not checkable: the starting level 0亿元 may be 0.")
    # named as bound and share name them: the figure, its unit as written, its dimension
    assert one_finding(corpus, "growth[units]").message == (
        "Not checkable: 'from' 100家 is in 家 (firm) and 'to' 1957.10亿元 in 元 (renminbi), "
        "which cannot be compared.")
    assert one_finding(corpus, "growth[not_rate]").message == (
        "Not checkable: the rate 100家 is in 家 (firm), not a percentage.")
    # -10亿 to -5亿 was "the level fell by 50%": the loss halved, the level rose.
    assert one_finding(corpus, "growth[negative]").message == (
        "Not checkable: the starting level -10.0亿元 is negative: a rate of change of a "
        "negative level (a loss that narrows) has no agreed sign.")


def test_implied_rate_is_exact() -> None:
    start = Interval(Fraction(99), Fraction(101), True, True)
    end = Interval(Fraction(110), Fraction(120), True, False)
    # end / start - 1 counts the uncertainty of start once: [110/101 - 1, 120/99 - 1).
    assert implied_rate(start, end) == Interval(Fraction(9, 101), Fraction(21, 99), True, False)
    with pytest.raises(DivisionByZeroInterval):
        implied_rate(Interval(Fraction(-1), Fraction(1), True, True), end)


def _growth(levels: tuple[str, str], rate: str, as_of: tuple[str, str] = ("2020", "2020"),
            **params: str) -> Finding:
    """The growth finding of two in-memory levels (as of ``as_of``) and a stated rate."""
    from claim_factory import make_claim, make_corpus, spec

    from factcheck import check

    claims = [make_claim("a", levels[0], as_of=as_of[0]), make_claim("b", levels[1], as_of=as_of[1]),
              make_claim("r", rate)]
    [finding] = [f for f in check(make_corpus(claims, [spec(
        "growth", "g", **{"from": "a", "to": "b", "rate": "r", **params})]))
        if f.kind == "growth"]
    return finding


def test_a_rate_in_percentage_points_is_not_a_growth_rate() -> None:
    # 10% -> 13% rose by 3个百分点, which is not growth of 3%
    finding = _growth(("10%", "13%"), "3个百分点")
    assert finding.status is Status.NOT_CHECKABLE
    assert "percentage points" in finding.message


def test_a_negative_rate_with_direction_down_is_refused() -> None:
    # "stated --10%": the fall was negated twice
    finding = _growth(("100亿元", "90亿元"), "-10%", direction="down")
    assert finding.status is Status.NOT_CHECKABLE
    assert "negative and direction is down" in finding.message


def test_a_rate_written_negative_is_refused_with_direction_down_even_at_zero() -> None:
    # with any of the minus signs articles use: ASCII, U+2212 and the full-width one
    for rate in ("-0%", "−0%", "－0%"):
        finding = _growth(("100亿元", "90亿元"), rate, direction="down")
        assert finding.status is Status.NOT_CHECKABLE
        assert f"the rate {rate} is negative and direction is down" in finding.message


@contextlib.contextmanager
def _deadline(seconds: int) -> Iterator[None]:
    """Fail, rather than hang, when the block runs longer than ``seconds``."""
    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds}s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize(("levels", "rate"), [
    (("300亩", "360亩"), "20%"),        # 1亩 is 2000/3 m²: no finite decimal
    (("36小时", "45小时"), "25%"),      # 1小时 is 1/24 day (36小时 is shown as 1.5天)
])
def test_levels_whose_step_has_no_finite_decimal_are_checked(
        levels: tuple[str, str], rate: str) -> None:
    # the places shown for a level were counted by multiplying its step by 10 until it
    # was whole, which a step of 2000/3 m² or 1/24 day never is: the run hung
    with _deadline(20):
        finding = _growth(levels, rate)
    assert finding.status is Status.CONSISTENT


def test_a_range_or_qualified_level_gives_the_range_of_rates_not_a_nominal_one() -> None:
    # from 近100亿元 (90 to 100) to 120亿元 the level rose by 19.5% to 33.89%: not "by 20%,
    # which fits growth of 25%", and from 10-12万吨 not "by 50%" (from the low end)
    finding = _growth(("近100亿元", "120亿元"), "25%")
    assert finding.status is Status.CONSISTENT
    assert finding.message == ("From 近100亿元 to 120亿元 the level rose by (19.5%, ≈33.89%), "
                               "which fits growth of 25%.")
    assert finding.difference == "0个百分点"
    ranged = _growth(("10-12万吨", "15万吨"), "30%")
    assert "rose by (16%, ≈63.16%)" in ranged.message
    assert not any(line.startswith("(15万吨 - 10-12万吨)") for line in ranged.arithmetic)
    fell = _growth(("超100亿元", "80亿元"), "30%", direction="down")
    assert "fell by (19.5%, 100%)" in fell.message
    # a qualified rate is met inside its interval: no gap to its nominal value
    assert _growth(("1000亿元", "1250亿元"), "超过20%").difference == "0个百分点"
    assert _growth(("100亿元", "125亿元"), "20%").difference == "5个百分点"


def test_a_round_rate_of_a_fall_is_read_at_its_coarsest() -> None:
    from claim_factory import make_claim, make_corpus, spec

    from factcheck import check

    # 101亿元 to 74亿元 is a fall of 26.7%; 下降30% read as [25%, 35%) holds it
    claims = [make_claim("a", "101亿元"), make_claim("b", "74亿元"), make_claim("r", "30%")]
    checks = [spec("growth", "g", **{"from": "a", "to": "b", "rate": "r", "direction": "down"})]
    [finding] = [f for f in check(make_corpus(claims, checks)) if f.kind == "growth"]
    assert finding.status is Status.DISCREPANCY
    assert finding.arithmetic[-1] == ("read as round numbers: (≈-27.59%, ≈-25.87%) against "
                                      "(-35%, -25%]")
    assert finding.difference == "≈3.27个百分点"  # from the stated fall of 30%, not a rise


def test_no_change_is_told_as_no_change() -> None:
    from claim_factory import make_claim, make_corpus, spec

    from factcheck import check

    claims = [make_claim("a", "101亿元"), make_claim("b", "101亿元"), make_claim("r", "0%")]
    checks = [spec("growth", "g", **{"from": "a", "to": "b", "rate": "r"})]
    [finding] = [f for f in check(make_corpus(claims, checks)) if f.kind == "growth"]
    assert finding.status is Status.CONSISTENT
    assert finding.message == "From 101亿元 to 101亿元 the level did not change, which fits growth of 0%."


def test_a_start_from_below_to_above_zero_may_be_zero() -> None:
    from claim_factory import make_claim, make_corpus, spec

    from factcheck import check

    # the range -5~5亿元 starts below 0 (its nominal value) but holds 0: not "negative"
    claims = [make_claim("a", "-5~5亿元"), make_claim("b", "8亿元"), make_claim("r", "20%")]
    checks = [spec("growth", "g", **{"from": "a", "to": "b", "rate": "r"})]
    [finding] = [f for f in check(make_corpus(claims, checks)) if f.kind == "growth"]
    assert finding.status is Status.NOT_CHECKABLE
    assert finding.message == "Not checkable: the starting level -5~5亿元 may be 0."


def test_rates_of_a_range_that_end_at_zero_are_a_rise_or_a_fall() -> None:
    # from 100-200家 to 200家 the rate is [0%, 100%]: no fall, so a rise (not "changed by");
    # from 200家 to 100-200家 it is [-50%, 0%]: no rise, so a fall
    rose = _growth(("100-200家", "200家"), "50%")
    assert rose.message == ("From 100-200家 to 200家 the level rose by [0%, 100%], which fits "
                            "growth of 50%.")
    fell = _growth(("200家", "100-200家"), "20%", direction="down")
    assert fell.message == ("From 200家 to 100-200家 the level fell by [0%, 50%], which fits "
                            "a fall of 20%.")


def test_a_range_at_the_end_gives_the_range_of_rates_too() -> None:
    # to 150-200家 from 100家: not "rose by 50%" (from the range's low end), but [50%, 100%]
    finding = _growth(("100家", "150-200家"), "50%")
    assert finding.message == ("From 100家 to 150-200家 the level rose by [50%, 100%], which "
                               "fits growth of 50%.")
    assert not any(line.startswith("(150-200家 - 100家)") for line in finding.arithmetic)


def test_a_rate_of_the_wrong_sign_is_a_conflict_however_round_numbers_are_read() -> None:
    # 100亿元 read as [50亿, 150亿) once made 100亿元 to 95亿元 "growth of 5%" a discrepancy
    fell = _growth(("100亿元", "95亿元"), "5%")
    assert fell.status is Status.CONFLICT
    assert fell.message == ("From 100亿元 to 95亿元 the level fell by 5%, not growth of 5%: it "
                            "fell at any written precision, and no reading of round numbers "
                            "reverses that. As a fall it fits: if the article states the rate "
                            "as a fall (下降, 跌幅, 减少), give the check `direction: down`.")
    assert _growth(("100亿元", "95亿元"), "5%", direction="down").status is Status.CONSISTENT
    rose = _growth(("100亿元", "105亿元"), "5%", direction="down")
    assert rose.status is Status.CONFLICT
    assert rose.message.startswith("From 100亿元 to 105亿元 the level rose by 5%, not a fall of "
                                   "5%: it rose at any written precision")
    assert _growth(("100亿元", "105亿元"), "-5%").status is Status.CONFLICT
    # the size may still be off by rounding when the sign agrees: 100万吨 to 200万吨, 90%
    assert _growth(("100亿元", "200亿元"), "90%").status is Status.DISCREPANCY


def test_levels_that_may_have_moved_either_way_leave_the_sign_to_the_rounding() -> None:
    # 100亿元 [99.5, 100.5) to 100.2亿元 [100.15, 100.25) may be a fall or a rise: no sign
    # to contradict, so reading 100亿 as [50亿, 150亿) may still explain growth of 5%
    finding = _growth(("100亿元", "100.2亿元"), "5%")
    assert finding.status is Status.DISCREPANCY
    assert _growth(("100亿元", "100.2亿元"), "5%", direction="down").status is (
        Status.DISCREPANCY)


def test_figures_that_show_the_opposite_change_match_only_by_their_precision() -> None:
    # 1亿元 is [0.5亿, 1.5亿): the rates cross zero and meet 10%, which was "consistent" with
    # "the level fell by 10%, which fits growth of 10%"
    fell = _growth(("1亿元", "0.9亿元"), "10%")
    assert fell.status is Status.DISCREPANCY
    assert fell.message == ("From 1亿元 to 0.9亿元 the level fell by 10%, not growth of 10%: "
                            "the figures as written show a fall, and they fit growth of 10% "
                            "only if 1亿元 is read as a rounded figure below 0.9亿元.")
    assert fell.difference == "20个百分点"
    # a stated fall of rising figures, by direction or by a negative rate; here the later
    # level is the round one
    for rose, said in ((_growth(("0.9亿元", "1亿元"), "10%", direction="down"), "a fall of 10%"),
                       (_growth(("0.9亿元", "1亿元"), "-10%"), "growth of -10%")):
        assert rose.status is Status.DISCREPANCY
        assert rose.message == (f"From 0.9亿元 to 1亿元 the level rose by ≈11.11%, not {said}: "
                                f"the figures as written show a rise, and they fit {said} only "
                                "if 1亿元 is read as a rounded figure below 0.9亿元.")
    assert _growth(("1亿元", "1.1亿元"), "-10%").message.endswith(
        "only if 1亿元 is read as a rounded figure above 1.1亿元.")
    # neither level alone reaches 0.25%: [9.515亿, 9.525亿) / [9.5亿, 10.5亿) - 1 does
    both = _growth(("10亿元", "9.52亿元"), "0.25%")
    assert both.status is Status.DISCREPANCY
    assert both.message.endswith("only if 10亿元 and 9.52亿元 are both read as rounded "
                                 "figures, in the other order.")
    # figures that agree in sign, or show no change, are still consistent
    assert _growth(("1亿元", "0.9亿元"), "10%", direction="down").status is Status.CONSISTENT
    assert _growth(("1亿元", "1亿元"), "5%").status is Status.CONSISTENT


@pytest.mark.parametrize(("levels", "rate", "params", "said"), [
    (("1亿元", "1亿元"), "5%", {}, "growth of 5%"),
    (("1亿元", "1亿元"), "5%", {"direction": "down"}, "a fall of 5%"),
    (("1亿元", "1亿元"), "-5%", {}, "growth of -5%"),
])
def test_levels_that_show_no_change_fit_a_rate_only_by_their_precision(
        levels: tuple[str, str], rate: str, params: dict[str, str], said: str) -> None:
    # was "the level rose by 0%, which fits growth of 5%": a message that contradicts itself
    finding = _growth(levels, rate, **params)
    assert finding.status is Status.CONSISTENT
    assert finding.message == ("From 1亿元 to 1亿元 the level did not change, which "
                               f"fits {said} within the written precision of the levels.")
    assert "rose by 0%" not in finding.message


@pytest.mark.parametrize(("levels", "rate", "params", "change", "said"), [
    # 0.9亿元 is a fall of 10% from 1亿元, which was said to fit "growth of 0%" outright
    (("1亿元", "0.9亿元"), "0%", {}, "fell by 10%", "growth of 0%"),
    (("1亿元", "1.1亿元"), "0%", {"direction": "down"}, "rose by 10%", "a fall of 0%"),
    (("1亿元", "0.9亿元"), "-2%", {}, "fell by 10%", "growth of -2%"),
    (("1亿元", "1.2亿元"), "25%", {}, "rose by 20%", "growth of 25%"),
])
def test_a_rate_that_the_levels_fit_only_by_their_precision_says_so(
        levels: tuple[str, str], rate: str, params: dict[str, str], change: str,
        said: str) -> None:
    # the computed rate lies outside the stated one; only the rounding of 1亿元
    # ([0.5亿, 1.5亿)) lets them meet
    finding = _growth(levels, rate, **params)
    assert finding.status is Status.CONSISTENT
    assert finding.message == (f"From {levels[0]} to {levels[1]} the level {change}, which "
                               f"fits {said} within the written precision of the levels.")


def test_a_computed_rate_within_the_stated_one_just_fits() -> None:
    # 20% is in [19.5%, 20.5%): no precision of the levels is needed
    assert _growth(("1亿元", "1.2亿元"), "20%").message == (
        "From 1亿元 to 1.2亿元 the level rose by 20%, which fits growth of 20%.")


@pytest.mark.parametrize(("params", "said"), [({}, "growth of 5%"),
                                              ({"direction": "down"}, "a fall of 5%")])
def test_no_change_against_a_stated_rate_is_no_rise(params: dict[str, str], said: str) -> None:
    # was "the level rose by 0%, not a fall of 5%": no change is not a rise
    finding = _growth(("100亿元", "100亿元"), "5%", **params)
    assert finding.message.startswith(f"From 100亿元 to 100亿元 the level did not change, "
                                      f"not {said}")


def test_the_arithmetic_computes_with_numbers_not_qualified_figures() -> None:
    # levels 1亿元 and 约0.9亿元 read "(约0.9亿元 - 1亿元) / 1亿元 = -10%": a qualifier
    # inside a calculation; the number of a 约 figure is computed with, in the larger
    # level's word (0.9亿元, not 9000万元), and a classifier it writes (约30套) is kept
    finding = _growth(("1亿元", "约0.9亿元"), "-10%")
    assert finding.status is Status.CONSISTENT
    assert finding.arithmetic[0] == "(0.9亿元 - 1亿元) / 1亿元 = -10%"
    assert _growth(("约20套", "约30套"), "50%").arithmetic[0] == "(30套 - 20套) / 20套 = 50%"
    # a figure without a qualifier is written as the article writes it
    assert _growth(("两亿元", "3亿元"), "50%").arithmetic[0] == "(3亿元 - 两亿元) / 两亿元 = 50%"


def test_levels_per_mu_are_shown_per_mu() -> None:
    # the written-precision line read "[262.5元/平方米, 277.5元/平方米) / [217.5元/平方米,
    # 232.5元/平方米) - 1", and the Common unit column per square metre too
    finding = _growth(("15万元/亩", "18万元/亩"), "20%")
    assert finding.status is Status.CONSISTENT
    assert finding.arithmetic[1] == ("within written precision: [17.5万元/亩, 18.5万元/亩) / "
                                     "[14.5万元/亩, 15.5万元/亩) - 1 = (≈12.9%, ≈27.59%)")
    assert [c.shown for c in finding.claims] == ["15万元/亩", "18万元/亩", "20%"]
    # a 约 level is computed with its number, per 亩 as well
    assert _growth(("约15万元/亩", "18万元/亩"), "20%").arithmetic[0] == (
        "(18万元/亩 - 15万元/亩) / 15万元/亩 = 20%")
    # levels in different per-units keep the common unit
    mixed = _growth(("15万元/亩", "270元/平方米"), "20%")
    assert [c.shown for c in mixed.claims] == ["225元/平方米", "270元/平方米", "20%"]


def test_a_qualified_fall_is_stated_as_a_fall() -> None:
    # "stated -不到10% = (-10%, 0%]": a minus sign before a qualifier, which is no figure
    finding = _growth(("120亿元", "100亿元"), "不到10%", direction="down")
    assert finding.arithmetic[-2] == "stated a fall of 不到10% = (-10%, 0%]"
    plain = _growth(("100亿元", "80亿元"), "20%", direction="down")
    assert "stated -20% = (-20.5%, -19.5%]" in plain.arithmetic


def test_levels_that_cannot_be_compared_are_named_as_the_claims_write_them() -> None:
    # 100万吨 was "in 公斤 (mass)", pint's base unit, which the article never writes
    from claim_factory import make_claim, make_corpus, spec

    from factcheck import check

    claims = [make_claim("a", "100万吨"), make_claim("b", "5亿元", metric="x"),
              make_claim("r", "5%", metric="y")]
    [finding] = [f for f in check(make_corpus(claims, [spec("growth", "g", **{
        "from": "a", "to": "b", "rate": "r"})])) if f.kind == "growth"]
    assert finding.message == (
        "Not checkable: 'from' 100万吨 is in 吨 (mass) and 'to' 5亿元 in 元 (renminbi), which "
        "cannot be compared.")


def test_a_start_of_more_than_zero_is_not_checkable_not_an_internal_error() -> None:
    from claim_factory import make_claim, make_corpus, spec

    from factcheck import check

    # 超过0亿元 is (0, +∞): no 0 in it, but its value is 0, and the rate from it raised
    # ZeroDivisionError (an internal error, exit 3)
    claims = [make_claim("a", "超过0亿元"), make_claim("b", "95亿元"), make_claim("r", "5%")]
    checks = [spec("growth", "g", **{"from": "a", "to": "b", "rate": "r"})]
    [finding] = [f for f in check(make_corpus(claims, checks)) if f.kind == "growth"]
    assert finding.status is Status.NOT_CHECKABLE
    assert finding.message == "Not checkable: the starting level 超过0亿元 may be 0."


@pytest.mark.parametrize(("levels", "rate", "params", "fix"), [
    # 由8,000元下跌至6,500元，跌幅為18.8%, checked as growth: the conflict gave no hint
    # and offered an acknowledgement, of a rate that fits as the fall the text states
    (("8000元", "6500元"), "18.8%", {}, "direction: down"),
    (("6500元", "8000元"), "23.1%", {"direction": "down"}, "leave `direction` out"),
])
def test_a_rate_that_fits_the_other_direction_is_told_the_direction(
        levels: tuple[str, str], rate: str, params: dict[str, str], fix: str) -> None:
    finding = _growth(levels, rate, **params)
    assert finding.status is Status.CONFLICT
    assert fix in finding.message


def test_a_rate_that_fits_neither_direction_is_not_told_one() -> None:
    finding = _growth(("8000元", "6500元"), "30%")
    assert finding.status is Status.CONFLICT
    assert "direction" not in finding.message


def test_levels_given_in_the_wrong_order_are_not_told_to_be_a_fall() -> None:
    # from 2024's 1260万人次 to 2023's 1050万人次, stated as 增长20%: the article's 20% is
    # 1050 -> 1260; "as a fall it fits" was said, yet with direction: down a fall of
    # ≈16.67% against 20% is still a discrepancy
    finding = _growth(("1260万人次", "1050万人次"), "20%", as_of=("2024", "2023"))
    assert finding.status is Status.CONFLICT
    assert "As a fall it fits" not in finding.message
    assert finding.message.endswith(
        " `from` and `to` may be swapped: 'from' a is as of 2024, after 'to' b as of 2023, "
        "and from 1050万人次 to 1260万人次 the level fits growth of 20%.")
    assert _growth(("1260万人次", "1050万人次"), "20%", as_of=("2024", "2023"),
                   direction="down").status is Status.DISCREPANCY
    # with direction: down the dates alone still point at the order
    down = _growth(("1260万人次", "1050万人次"), "20%", as_of=("2024", "2023"), direction="down")
    assert down.message.endswith(
        " `from` and `to` may be swapped: 'from' a is as of 2024, after 'to' b as of 2023.")
    # with no dates to go by, the swapped order fitting is reason enough to say so
    undated = _growth(("1260万人次", "1050万人次"), "20%")
    assert undated.message.endswith(
        " `from` and `to` may be swapped: from 1050万人次 to 1260万人次 the level fits "
        "growth of 20%.")


def test_a_fall_that_fits_only_loosely_is_not_said_to_fit() -> None:
    # 1260 -> 1060 fell by ≈15.87%: as a fall of 20% it meets only at the coarsest reading
    finding = _growth(("1260万人次", "1060万人次"), "20%")
    assert finding.status is Status.CONFLICT
    assert "As a fall it fits:" not in finding.message
    assert finding.message.endswith(
        " As a fall it fits only if round numbers are read at their coarsest precision: "
        "with `direction: down` the check would still report a discrepancy.")
    assert "swapped" not in finding.message
    assert _growth(("1260万人次", "1060万人次"), "20%",
                   direction="down").status is Status.DISCREPANCY
    # and the other way: a rise checked as a fall that fits growth only loosely
    rose = _growth(("1060万人次", "1260万人次"), "20%", direction="down")
    assert "As growth it fits:" not in rose.message
    assert rose.message.endswith(
        " As growth it fits only if round numbers are read at their coarsest precision: "
        "without `direction: down` the check would still report a discrepancy.")


def test_levels_in_date_order_with_a_fitting_rate_get_no_swap_hint() -> None:
    assert "swapped" not in _growth(("100亿元", "95亿元"), "5%", as_of=("2022", "2023")).message
    assert "swapped" not in _growth(("100亿元", "90亿元"), "5%", as_of=("2022", "2023")).message


def _growth_in_multiples(levels: tuple[str, str], rate: str) -> Finding:
    """The growth finding of two levels and a rate in 倍 (``unit: 1``)."""
    from claim_factory import make_claim, make_corpus, spec

    from factcheck import check

    claims = [make_claim("a", levels[0]), make_claim("b", levels[1]),
              make_claim("r", rate, unit="1")]
    [finding] = [f for f in check(make_corpus(claims, [spec(
        "growth", "g", **{"from": "a", "to": "b", "rate": "r"})])) if f.kind == "growth"]
    return finding


@pytest.mark.parametrize(("levels", "rate", "status"), [
    # 增长1倍 is +100%: 50.0亿元 to 76.0亿元 (+52%) fitted it, as 1倍 was read as [0.5, 1.5)
    (("50.0亿元", "76.0亿元"), "1倍", Status.CONFLICT),
    (("50.0亿元", "120.0亿元"), "1倍", Status.CONFLICT),  # +140%, not +100%
    (("50.0亿元", "100.0亿元"), "1倍", Status.CONSISTENT),
    (("50.0亿元", "101.0亿元"), "1倍", Status.CONSISTENT),  # +102% rounds to 1.0倍
    (("50.0亿元", "103.0亿元"), "1倍", Status.CONFLICT),  # +106% is 1.1倍
    (("50.0亿元", "150.0亿元"), "2倍", Status.CONSISTENT),
    # 增长2倍 may be meant as 'to twice' (+100%); only the round levels' coarsest reading
    # allows it, a discrepancy, as before
    (("50亿元", "100亿元"), "2倍", Status.DISCREPANCY),
    (("50.0亿元", "100.0亿元"), "2倍", Status.CONFLICT),
    (("10.0亿元", "310.0亿元"), "30倍", Status.CONSISTENT),
    (("10.0亿元", "290.0亿元"), "30倍", Status.CONFLICT),  # 28倍 is no rounded 30倍
    (("50.0亿元", "128.0亿元"), "1.5倍", Status.CONFLICT),  # 1.56倍, as before
])
def test_a_whole_multiple_is_read_to_a_tenth(levels: tuple[str, str], rate: str,
                                              status: Status) -> None:
    assert _growth_in_multiples(levels, rate).status is status


def test_a_whole_multiple_states_its_tenth_in_the_arithmetic() -> None:
    finding = _growth_in_multiples(("50.0亿元", "76.0亿元"), "1倍")
    assert "stated 1倍 = [95%, 105%)" in finding.arithmetic
    assert finding.message == ("From 50.0亿元 to 76.0亿元 the level rose by 52%, not growth "
                               "of 1倍, even allowing for the written precision.")


def test_levels_per_a_unit_are_named_with_their_per_unit(tmp_path: Path) -> None:
    # 去年每斤3.0元 with per: 斤 was named '3.0元' in the message, an amount, not a price
    corpus = write_corpus(
        tmp_path, "去年每斤3.0元,今年每斤4.0元,上涨10%。",
        "claims:\n"
        "  - {id: a, quote: 去年每斤3.0元, value: 3.0元, per: 斤, entity: x, metric: p,"
        " as_of: '2022'}\n"
        "  - {id: b, quote: 今年每斤4.0元, value: 4.0元, per: 斤, entity: x, metric: p,"
        " as_of: '2023'}\n"
        "  - {id: r, quote: 上涨10%, value: 10%, entity: x, metric: r, as_of: '2023'}\n",
        "checks:\n  - {kind: growth, id: g, from: a, to: b, rate: r}\n")
    finding = one_finding(corpus, "growth[g]")
    assert finding.status is Status.CONFLICT
    assert finding.message.startswith("From 3.0元/斤 to 4.0元/斤 the level rose by ")
