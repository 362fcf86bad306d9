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
