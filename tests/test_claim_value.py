"""How a claim's value as pint quantities prints: exactly, and readably."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

import factcheck
from factcheck._pint_values import claim_value

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def corpus() -> factcheck.Corpus:
    return factcheck.load(ROOT / "claims")


def test_a_percentage_prints_as_a_percentage(corpus: factcheck.Corpus) -> None:
    # 8% printed as "2/25 dimensionless", its interval as 3/40 and 17/200
    growth = claim_value(corpus, "daoli.gdp_growth")
    assert str(growth) == "8%"
    assert repr(growth) == "<ClaimValue 'daoli.gdp_growth': 8% in [7.5%, 8.5%)>"
    assert str(growth.quantity) == "0.08 dimensionless"
    assert f"{growth.low}" == "0.075 dimensionless"


def test_an_amount_prints_in_the_words_an_article_writes(corpus: factcheck.Corpus) -> None:
    area = claim_value(corpus, "yabuli.park_area")  # 26平方公里
    assert str(area) == "26平方公里"
    assert repr(area) == "<ClaimValue 'yabuli.park_area': 26平方公里 in [25.5平方公里, 26.5平方公里)>"
    assert str(area.high.to("km**2")) == "26.5 kilometer ** 2"  # was 53/2


def test_a_magnitude_with_no_finite_decimal_stays_an_exact_fraction() -> None:
    third = factcheck.unit_registry().Quantity(Fraction(1, 3), "meter")
    assert str(third) == "1/3 meter"


@pytest.mark.parametrize(("claim_id", "shown"), [
    # str() was the nominal value in the display's words: 30家 (outside its own
    # (30家, 40家)), 10元/斤 for the range 10-20元, 6个月 for 不到半年, 126个 for 126项
    ("cixian.new_economy_firms", "<ClaimValue 'cixian.new_economy_firms': 30餘家 in (30家, 40家)>"),
    ("cixian.rice_price", "<ClaimValue 'cixian.rice_price': 10-20元 in [9.5元/斤, 20.5元/斤)>"),
    ("longyue.may_to_sept", "<ClaimValue 'longyue.may_to_sept': 不到半年 in [0个月, 6个月)>"),
    ("yabuli.measures", "<ClaimValue 'yabuli.measures': 126项 in [126项, 126项]>"),
    ("longyue.cfhi_parts", "<ClaimValue 'longyue.cfhi_parts': 14套 in [14套, 14套]>"),
])
def test_a_claim_value_prints_as_written_and_its_interval_as_a_finding_shows_it(
        corpus: factcheck.Corpus, claim_id: str, shown: str) -> None:
    value = claim_value(corpus, claim_id)
    assert str(value) == value.claim.value
    assert repr(value) == shown


@pytest.mark.parametrize(("value", "shown"), [
    # a rate per the period it writes: 3公里/天 was 125米/小时 in [2.5公里/天, 3.5公里/天),
    # 3000元/月 printed 3.6万元/年
    ("3公里/天", "3公里/天 in [2.5公里/天, 3.5公里/天)"),
    ("3000元/月", "3000元/月 in [2999.5元/月, 3000.5元/月)"),
    ("近3亿吨", "近3亿吨 in [2.7亿吨, 3亿吨)"),
    # a 0 next to +∞ in the word written: not (0元, +∞)
    ("超过0亿元", "超过0亿元 in (0亿元, +∞)"),
    ("5个百分点", "5个百分点 in [4.5个百分点, 5.5个百分点)"),
])
def test_an_in_memory_claim_value_prints_in_its_written_unit(value: str, shown: str) -> None:
    from claim_factory import make_claim, make_corpus

    corpus = make_corpus([make_claim("c", value)])
    printed = claim_value(corpus, "c")
    assert str(printed) == value
    assert repr(printed) == f"<ClaimValue 'c': {shown}>"


@pytest.mark.parametrize(("magnitude", "spec", "shown"), [
    # the spec was ignored: .1f of 8% printed 0.08 dimensionless
    (Fraction(2, 25), ".1f", "0.1 dimensionless"),
    (Fraction(2, 25), ".1%", "8.0% dimensionless"),
    (Fraction(2, 25), ">6~P", "  0.08"),
    # exactly, as a Decimal rounds, half to even: 2.675 is 2.68 (a float's 2.675 is 2.67)
    (Fraction(2675, 1000), ".2f", "2.68 dimensionless"),
    # with no finite decimal, rounded once at the spec's digits, on the value's side of a tie
    (Fraction(2675, 1000) + Fraction(1, 3 * 10**20), ".2f", "2.68 dimensionless"),
    (Fraction(2675, 1000) - Fraction(1, 3 * 10**20), ".2f", "2.67 dimensionless"),
    (Fraction(2, 3), ".3f", "0.667 dimensionless"),
    (Fraction(-1, 3), ".4g", "-0.3333 dimensionless"),
    (Fraction(1, 3), ">5", "  1/3 dimensionless"),  # no digits asked: the exact fraction
])
def test_a_magnitude_is_formatted_as_its_spec_asks_exactly(
        magnitude: Fraction, spec: str, shown: str) -> None:
    quantity = factcheck.unit_registry().Quantity(magnitude, "dimensionless")
    assert f"{quantity:{spec}}" == shown
