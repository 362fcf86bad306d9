"""Tests of the automatic series check: cumulative figures never fall over time."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from factcheck._findings import Finding, Status
from factcheck._numbers import Interval
from factcheck.checks.series import below
from tests.corpus_builder import findings_of, one_finding, write_corpus

TEXT = (
    "截至2019年5月累计投资100.5亿元。截至2020年累计投资120.3亿元。截至2021年累计投资150.8亿元。\n"
    "截至2019年累计签约301亿元。截至2021年累计签约250.5亿元。\n"
    "截至2019年累计招商300亿元。截至2020年累计招商280亿元。\n"
    "截至2022年累计用户5万人。\n"
    "2019年产量80吨，2020年产量60吨。\n"
    "2020年上半年累计订单30家，2020年全年累计订单20家。\n"
)
CLAIMS = """
claims:
  - {id: inv1, quote: 截至2019年5月累计投资100.5亿元, value: 100.5亿元, entity: park,
     metric: investment, as_of: "2019-05"}
  - {id: inv2, quote: 截至2020年累计投资120.3亿元, value: 120.3亿元, entity: park,
     metric: investment, as_of: "2020"}
  - {id: inv3, quote: 截至2021年累计投资150.8亿元, value: 150.8亿元, entity: park,
     metric: investment, as_of: "2021"}
  - {id: sign1, quote: 截至2019年累计签约301亿元, value: 301亿元, entity: park, metric: signed,
     as_of: "2019"}
  - {id: sign2, quote: 截至2021年累计签约250.5亿元, value: 250.5亿元, entity: park,
     metric: signed, as_of: "2021"}
  - {id: att1, quote: 截至2019年累计招商300亿元, value: 300亿元, entity: park,
     metric: attracted, as_of: "2019"}
  - {id: att2, quote: 截至2020年累计招商280亿元, value: 280亿元, entity: park,
     metric: attracted, as_of: "2020"}
  - {id: users, quote: 截至2022年累计用户5万人, value: 5万人, entity: app, metric: users,
     as_of: "2022"}
  - {id: out1, quote: 2019年产量80吨, value: 80吨, entity: park, metric: output, as_of: "2019"}
  - {id: out2, quote: 2020年产量60吨, value: 60吨, entity: park, metric: output, as_of: "2020"}
  - {id: ord1, quote: 2020年上半年累计订单30家, value: 30家, entity: park, metric: orders,
     as_of: "2020-01..2020-06"}
  - {id: ord2, quote: 2020年全年累计订单20家, value: 20家, entity: park, metric: orders,
     as_of: "2020"}
"""
CUMULATIVE = ("investment", "signed", "attracted", "users", "orders")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("series"), TEXT, CLAIMS,
                        cumulative=CUMULATIVE)


def test_growing_series_is_consistent(corpus: Path) -> None:
    finding = one_finding(corpus, "series[park.investment]")
    assert finding.status is Status.CONSISTENT
    assert finding.message == "The 3 points from 2019-05 to 2021 never decrease."
    assert finding.extra == (
        ("2019-05", "10050000000"), ("2020", "12030000000"), ("2021", "15080000000"),
        ("unit", "yuan"),
    )
    assert finding.claim_ids == ("inv1", "inv2", "inv3")


def test_a_fall_is_a_conflict(corpus: Path) -> None:
    finding = one_finding(corpus, "series[park.signed]")
    assert finding.status is Status.CONFLICT
    assert finding.message == ("250.5亿元 at 2021 is below 301亿元 at 2019, but signed is "
                               "cumulative and cannot fall.")
    assert finding.arithmetic[-1] == "250.5亿元 (2021) < 301亿元 (2019)"
    assert finding.difference == "50.5亿元"
    assert finding.extra == (("2019", "30100000000"), ("2021", "25050000000"),
                             ("unit", "yuan"), ("offending", "sign2"))


def test_a_fall_within_rounding_is_a_discrepancy(corpus: Path) -> None:
    # 300亿元 may be 250..350亿元 when read as a round number, which 280亿元 reaches.
    finding = one_finding(corpus, "series[park.attracted]")
    assert finding.status is Status.DISCREPANCY
    assert finding.message.endswith("; the gap is within the rounding of a round number.")
    assert ("offending", "att2") in finding.extra


def test_one_point_is_not_checkable(corpus: Path) -> None:
    finding = one_finding(corpus, "series[app.users]")
    assert finding.status is Status.NOT_CHECKABLE
    assert finding.message == "Not checkable: series with one point."
    assert finding.extra == (("2022", "50000"), ("unit", "person"))


def test_overlapping_periods_are_left_to_agreement(corpus: Path) -> None:
    finding = one_finding(corpus, "series[park.orders]")
    assert finding.status is Status.NOT_CHECKABLE
    assert finding.message == ("Not checkable: no two points of the series are at separate "
                               "times.")


def test_only_cumulative_metrics_form_series(corpus: Path) -> None:
    ids = sorted(f.id for f in findings_of(corpus, "series"))
    assert ids == ["series[app.users]", "series[park.attracted]", "series[park.investment]",
                   "series[park.orders]", "series[park.signed]"]


def test_below_respects_open_bounds() -> None:
    one = Fraction(1)
    assert below(Interval(None, one, False, False), Interval(one, None, True, False))
    assert not below(Interval(None, one, False, True), Interval(one, None, True, False))
    assert not below(Interval(None, None, False, False), Interval(one, None, True, False))
    assert below(Interval(None, one, False, True), Interval(one, None, False, False))
    assert below(Interval(None, one, False, False), Interval(one, None, False, False))


def test_a_fall_by_one_last_digit_is_not_hidden_by_touching_ends() -> None:
    # [48.65, 48.75) lies below [48.75, 48.85): 48.8 then 48.7 is a fall. With closed ends
    # the two met at 48.75 and the series "never decreased".
    from claim_factory import make_claim, make_corpus

    from factcheck import Metric, check

    claims = [make_claim("a", "48.8亿元", as_of="2021"), make_claim("b", "48.7亿元", as_of="2023")]
    corpus = make_corpus(claims, metrics={"m": Metric("m", "累计投资", cumulative=True)})
    [finding] = [f for f in check(corpus) if f.kind == "series"]
    assert finding.status is Status.CONFLICT


def test_a_fall_between_qualified_points_has_no_nominal_difference(tmp_path: Path) -> None:
    text = "2024年园区企业超700家。2025年园区企业近700家。\n"
    claims = """
claims:
  - {id: f1, quote: 2024年园区企业超700家, value: 超700家, entity: park, metric: firms,
     as_of: "2024"}
  - {id: f2, quote: 2025年园区企业近700家, value: 近700家, entity: park, metric: firms,
     as_of: "2025"}
"""
    corpus = write_corpus(tmp_path, text, claims, cumulative=("firms",))
    finding = one_finding(corpus, "series[park.firms]")
    assert finding.status is Status.CONFLICT
    assert finding.difference is None  # not "0家" between (700, +inf) and [630, 700)


def test_a_period_and_its_last_day_are_not_at_separate_times() -> None:
    from claim_factory import make_claim, make_corpus

    from factcheck import Metric, check

    claims = [make_claim("a", "600家", as_of="2019"), make_claim("b", "500家", as_of="2019-12-31")]
    corpus = make_corpus(claims, metrics={"m": Metric("m", "firms", cumulative=True)})
    [finding] = [f for f in check(corpus) if f.kind == "series"]
    assert finding.status is Status.NOT_CHECKABLE  # they overlap: agreement's to judge
    assert finding.message == ("Not checkable: no two points of the series are at separate "
                               "times.")


def test_a_fall_to_a_qualified_point_has_no_nominal_difference() -> None:
    from claim_factory import make_claim, make_corpus

    from factcheck import Metric, check

    claims = [make_claim("a", "600家", as_of="2019"), make_claim("b", "近500家", as_of="2021")]
    corpus = make_corpus(claims, metrics={"m": Metric("m", "firms", cumulative=True)})
    [finding] = [f for f in check(corpus) if f.kind == "series"]
    assert finding.status is Status.CONFLICT
    assert finding.difference is None  # 近500家 is [450家, 500家): no single gap to 600家


def test_the_message_names_a_conflict_and_extra_lists_every_fall() -> None:
    from claim_factory import make_claim, make_corpus

    from factcheck import Metric, check

    # 2990家 is within the rounding of 3000家 (a discrepancy); 2000家 falls below both
    claims = [make_claim("a", "3000家", as_of="2019"), make_claim("b", "2990家", as_of="2020"),
              make_claim("c", "2000家", as_of="2021")]
    corpus = make_corpus(claims, metrics={"m": Metric("m", "firms", cumulative=True)})
    [finding] = [f for f in check(corpus) if f.kind == "series"]
    assert finding.status is Status.CONFLICT
    assert finding.message.startswith("2000家 at 2021 is below 3000家 at 2019,")
    assert [v for k, v in finding.extra if k == "offending"] == ["b", "c"]


def test_points_that_cannot_be_compared_name_their_units() -> None:
    from claim_factory import make_claim, make_corpus

    from factcheck import Metric, check

    corpus = make_corpus([make_claim("a", "10家", as_of="2019"),
                          make_claim("b", "10亿元", as_of="2020")],
                         metrics={"m": Metric("m", "m", cumulative=True)})
    [finding] = [f for f in check(corpus) if f.kind == "series"]
    assert finding.status is Status.NOT_CHECKABLE
    assert finding.message == ("Not checkable: the points are in 元 (renminbi) and 家 (firm), "
                               "which cannot be compared.")


def test_a_series_of_counts_is_shown_in_the_word_its_points_write() -> None:
    # 135项 then 126项: the arithmetic showed [135个, 135个] and the fall as 9个
    from claim_factory import make_claim, make_corpus

    from factcheck import Metric, check

    claims = [make_claim("a", "135项", as_of="2023"), make_claim("b", "126项", as_of="2024")]
    corpus = make_corpus(claims, metrics={"m": Metric("m", "projects", cumulative=True)})
    [finding] = [f for f in check(corpus) if f.kind == "series"]
    assert finding.arithmetic[:2] == ("2023: 135项 -> [135项, 135项]",
                                      "2024: 126项 -> [126项, 126项]")
    assert finding.difference == "9项"


def test_a_series_of_rates_per_mu_is_shown_per_mu() -> None:
    # 15万元/亩 then 14万元/亩 fell by "15元/平方米", every interval and the Common unit
    # column per square metre; points in different per-units keep the common unit
    from claim_factory import make_claim, make_corpus

    from factcheck import Metric, check

    def series(first: str, second: str) -> Finding:
        claims = [make_claim("a", first, as_of="2019"), make_claim("b", second, as_of="2020")]
        corpus = make_corpus(claims, metrics={"m": Metric("m", "price", cumulative=True)})
        [finding] = [f for f in check(corpus) if f.kind == "series"]
        return finding

    finding = series("15万元/亩", "14万元/亩")
    assert finding.arithmetic[:2] == ("2019: 15万元/亩 -> [14.5万元/亩, 15.5万元/亩)",
                                      "2020: 14万元/亩 -> [13.5万元/亩, 14.5万元/亩)")
    assert finding.difference == "1万元/亩"
    assert [c.shown for c in finding.claims] == ["15万元/亩", "14万元/亩"]
    mixed = series("15万元/亩", "210元/平方米")
    assert mixed.difference == "15元/平方米"
    assert [c.shown for c in mixed.claims] == ["225元/平方米", "210元/平方米"]


def test_a_series_that_mixes_units_still_compares_the_points_of_each() -> None:
    # a fall from 12.3亿元 to 5.1亿元 beside a 300家 point was one not-checkable finding
    from claim_factory import make_claim, make_corpus

    from factcheck import Metric, check

    def series(*claims):  # type: ignore[no-untyped-def]
        corpus = make_corpus(claims, metrics={"m": Metric("m", "m", cumulative=True)})
        [finding] = [f for f in check(corpus) if f.kind == "series"]
        return finding

    finding = series(make_claim("a", "12.3亿元", as_of="2019"),
                     make_claim("b", "5.1亿元", as_of="2020"),
                     make_claim("c", "300家", as_of="2020"))
    assert finding.status is Status.CONFLICT
    assert finding.message == (
        "5.1亿元 at 2020 is below 12.3亿元 at 2019, but m is cumulative and cannot fall. "
        "Only points in one unit were compared (12.3亿元 (2019), 5.1亿元 (2020); 300家 (2020)): "
        "the points are in 元 (renminbi) and 家 (firm), which cannot be compared.")
    assert finding.difference == "7.2亿元"
    assert [(c.claim, c.role) for c in finding.claims] == [
        ("a", "point"), ("b", "point"), ("c", "not compared")]
    # points of each unit that never fall leave it not checkable, never consistent
    rising = series(make_claim("a", "5.1亿元", as_of="2019"),
                    make_claim("b", "12.3亿元", as_of="2020"),
                    make_claim("c", "300家", as_of="2020"))
    assert rising.status is Status.NOT_CHECKABLE
    assert rising.message.startswith(
        "Not checkable: the points are in 元 (renminbi) and 家 (firm), which cannot be "
        "compared; only points in one unit were compared (5.1亿元 (2019), 12.3亿元 (2020); "
        "300家 (2020)): The 2 points from 2019 to 2020 never decrease.")


def test_percentage_points_are_no_point_of_a_series_of_percentages() -> None:
    # 2个百分点 after 5% was a conflict, "2个百分点 at 2020 is below 5% at 2019", a fall of
    # "3%": a difference of two percentages compared with a percentage
    from claim_factory import make_claim, make_corpus

    from factcheck import Metric, check

    def series(*claims):  # type: ignore[no-untyped-def]
        corpus = make_corpus(claims, metrics={"m": Metric("m", "m", cumulative=True)})
        [finding] = [f for f in check(corpus) if f.kind == "series"]
        return finding

    why = ("2个百分点 is in percentage points, the difference of two percentages, and 5% a "
           "percentage, which cannot be compared")
    alone = series(make_claim("a", "5%", as_of="2019"), make_claim("b", "2个百分点", as_of="2020"))
    assert alone.status is Status.NOT_CHECKABLE
    assert alone.message == f"Not checkable: {why}."
    assert alone.difference is None
    # the percentages are still compared with each other
    beside = series(make_claim("a", "5%", as_of="2019"),
                    make_claim("b", "2个百分点", as_of="2020"),
                    make_claim("c", "4%", as_of="2021"))
    assert beside.status is Status.CONFLICT
    assert beside.difference == "1个百分点"  # was "1%", a fall of 1/100 of 5%
    assert beside.message == (
        "4% at 2021 is below 5% at 2019, but m is cumulative and cannot fall. Only points in "
        f"one unit were compared (5% (2019), 4% (2021); 2个百分点 (2020)): {why}.")
    assert [(c.claim, c.role) for c in beside.claims] == [
        ("a", "point"), ("b", "not compared"), ("c", "point")]


def test_a_fall_as_written_that_the_precision_allows_says_so() -> None:
    # 1亿元 then 9000万元 read "The 2 points from 2019 to 2020 never decrease.": as written
    # the series fell; only 1亿元's written precision ([0.5亿元, 1.5亿元)) lets it not
    from claim_factory import make_claim, make_corpus

    from factcheck import Metric, check

    metrics = {"m": Metric("m", "firms", cumulative=True)}
    claims = [make_claim("a", "1亿元", as_of="2019"), make_claim("b", "9000万元", as_of="2020"),
              make_claim("c", "1.2亿元", as_of="2021")]
    [finding] = [f for f in check(make_corpus(claims, metrics=metrics)) if f.kind == "series"]
    assert finding.status is Status.CONSISTENT
    assert finding.message == (
        "The 3 points from 2019 to 2021 never decrease within their written precision: "
        "9000万元 at 2020 is below 1亿元 at 2019 as written, but 1亿元 is [0.5亿元, 1.5亿元), "
        "9000万元 [8999.5万元, 9000.5万元).")
    # qualified points are placed by what they mean: 近1亿元 then 超过1亿元 rose
    claims = [make_claim("a", "近1亿元", as_of="2019"), make_claim("b", "超过1亿元", as_of="2020")]
    [finding] = [f for f in check(make_corpus(claims, metrics=metrics)) if f.kind == "series"]
    assert finding.message == "The 2 points from 2019 to 2020 never decrease."


@pytest.mark.parametrize(("before", "after", "said"), [
    # 50多亿元 then 50亿元 read "never decrease." with no caveat, though 50亿元 lies below
    # all that 50多亿元 says, as 9000万元 lies below 1亿元
    ("50多亿元", "50亿元", "50亿元 at 2021 is below 50多亿元 at 2020 as written, but 50多亿元 is "
     "(50亿元, 60亿元), 50亿元 [49.5亿元, 50.5亿元)"),
    ("超600万元", "600万元", "600万元 at 2021 is below 超600万元 at 2020 as written, but "
     "超600万元 is (600万元, +∞), 600万元 [599.5万元, 600.5万元)"),
])
def test_a_point_below_a_qualified_one_as_written_says_so(before: str, after: str,
                                                           said: str) -> None:
    from claim_factory import make_claim, make_corpus

    from factcheck import Metric, check

    metrics = {"m": Metric("m", "firms", cumulative=True)}
    claims = [make_claim("a", before, as_of="2020"), make_claim("b", after, as_of="2021")]
    [finding] = [f for f in check(make_corpus(claims, metrics=metrics)) if f.kind == "series"]
    assert finding.status is Status.CONSISTENT
    assert finding.message == ("The 2 points from 2020 to 2021 never decrease within their "
                               f"written precision: {said}.")
