"""A bare 斤 in a Traditional-script article is refused unless the claim says whose 斤 it
is: Taiwan's 斤 is the 台斤 (600 g), Hong Kong's the 司馬斤 (about 604.79 g), the
mainland's the 市斤 (500 g), and the article alone does not tell. ``5萬斤`` of a Taiwan
article loaded as 25,000 kg where it is 30,000 kg. ``unit: 台斤`` (or ``per: 台斤``) and
``unit: 市斤`` (or ``per: 市斤``) say which; a Simplified article's 斤 stays the 市斤."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Literal

import pytest

from factcheck import LoadErrors, load
from factcheck._coverage import compute_coverage, render_coverage
from factcheck._dates import parse_period
from factcheck._extract import extract
from factcheck._extract_render import Article, render_yaml
from factcheck._model import Source
from tests.corpus_builder import write_corpus

HARVEST = "今年高麗菜收成5萬斤，每斤50元，批發價30元/斤，另收5萬台斤、3萬公斤。"
WHY = "Taiwan's 斤 is the 台斤 (600 g), Hong Kong's the 司馬斤 (about 604.79 g)"


def _claim(tmp_path: Path, script: str, quote: str, value: str, extra: str = "",
           text: str = HARVEST) -> object:
    claims = (f"claims:\n  - {{id: x, quote: \"{quote}\", value: \"{value}\"{extra}, "
              "entity: x, metric: x, as_of: \"2023\"}\n")
    return load(write_corpus(tmp_path, text, claims, script=script)).claims["x"]


def _error(tmp_path: Path, script: str, quote: str, value: str, extra: str = "",
           text: str = HARVEST) -> str:
    with pytest.raises(LoadErrors) as caught:
        _claim(tmp_path, script, quote, value, extra, text)
    [error] = [str(e) for e in caught.value.errors]
    return error


@pytest.mark.parametrize(("value", "extra", "field"), [
    ("5萬斤", "", "value"),  # loaded as 25,000 kg
    ("5萬", ", unit: 斤", "unit"),  # loaded as 25,000 kg
    ("5萬", ", unit: 公斤", "unit"),  # refused, but as another unit than the text's
    ("5萬", ", unit: 克", "unit"),
    ("5萬斤", ", unit: 台斤", "value"),  # the value writes the bare 斤 itself
])
def test_a_bare_jin_of_a_traditional_article_is_refused(tmp_path: Path, value: str,
                                                        extra: str, field: str) -> None:
    error = _error(tmp_path, "traditional", "收成5萬斤", value, extra)
    assert error.startswith(f"{tmp_path / 'claims.yaml'}:3:")  # located at the claim
    assert "a Traditional-script article" in error and WHY in error
    assert "the mainland's the 市斤 (500 g)" in error and "cannot tell which" in error
    assert 'value: "5萬" with `unit: 台斤`' in error  # the hint
    assert "`unit: 市斤`" in error and "not_claims:" in error


@pytest.mark.parametrize(("unit", "kilograms"), [("台斤", 30000), ("市斤", 25000)])
def test_unit_names_whose_jin_it_is(tmp_path: Path, unit: str, kilograms: int) -> None:
    quantity = _claim(tmp_path, "traditional", "收成5萬斤", "5萬",
                      f", unit: {unit}").quantity  # type: ignore[attr-defined]
    assert (quantity.unit, quantity.base, quantity.base_unit) == (
        unit, Fraction(kilograms), "kilogram")


def test_a_simplified_articles_jin_is_the_shi_jin(tmp_path: Path) -> None:
    text = "今年白菜收成5万斤，每斤5元。"
    quantity = _claim(tmp_path, "simplified", "收成5万斤", "5万斤",
                      text=text).quantity  # type: ignore[attr-defined]
    assert (quantity.base, quantity.base_unit) == (Fraction(25000), "kilogram")
    quantity = _claim(tmp_path, "simplified", "收成5万斤", "5万", ", unit: 市斤",
                      text=text).quantity  # type: ignore[attr-defined]
    assert (quantity.base, quantity.base_unit) == (Fraction(25000), "kilogram")


def test_tai_jin_cannot_name_a_simplified_articles_jin(tmp_path: Path) -> None:
    text = "今年白菜收成5万斤，每斤5元。"
    error = _error(tmp_path, "simplified", "收成5万斤", "5万", ", unit: 台斤", text=text)
    assert "unit '台斤' contradicts the unit the quote writes after the value ('斤')" in error
    error = _error(tmp_path, "simplified", "每斤5元", "5元", ", per: 台斤", text=text)
    assert "per '台斤' contradicts the measure the quote writes after 每 ('斤')" in error


@pytest.mark.parametrize(("quote", "value", "extra", "hint"), [
    ("每斤50元", "50元", "", 'value: "50元" with `per: 台斤`'),  # was: add per: 斤
    ("每斤50元", "50元", ", per: 斤", 'value: "50元" with `per: 台斤`'),  # 元 per 500 g
    ("30元/斤", "30元/斤", "", 'value: "30" with `unit: 元/台斤`'),
    ("30元/斤", "30", ", unit: 元/斤", 'value: "30" with `unit: 元/台斤`'),
    ("30元/斤", "30", ", unit: 元/公斤", 'value: "30" with `unit: 元/台斤`'),
])
def test_a_price_per_bare_jin_of_a_traditional_article_is_refused(
        tmp_path: Path, quote: str, value: str, extra: str, hint: str) -> None:
    error = _error(tmp_path, "traditional", quote, value, extra)
    assert WHY in error and "cannot tell which" in error and hint in error


@pytest.mark.parametrize(("quote", "value", "extra", "unit", "per_kilogram"), [
    ("每斤50元", "50元", ", per: 台斤", "元/台斤", Fraction(250, 3)),
    ("每斤50元", "50元", ", per: 市斤", "元/市斤", Fraction(100)),
    ("30元/斤", "30", ", unit: 元/台斤", "元/台斤", Fraction(50)),
    ("30元/斤", "30", ", unit: 元/市斤", "元/市斤", Fraction(60)),
])
def test_a_price_names_whose_jin_it_is_per(tmp_path: Path, quote: str, value: str,
                                           extra: str, unit: str,
                                           per_kilogram: Fraction) -> None:
    quantity = _claim(tmp_path, "traditional", quote, value,
                      extra).quantity  # type: ignore[attr-defined]
    assert (quantity.unit, quantity.base, quantity.base_unit) == (
        unit, per_kilogram, "yuan / kilogram")


@pytest.mark.parametrize(("quote", "value", "kilograms"), [
    ("另收5萬台斤", "5萬台斤", 30000),  # Taiwan's catty, written so
    ("3萬公斤", "3萬公斤", 30000),  # kilograms, in any script
])
def test_a_traditional_articles_tai_jin_and_gong_jin_load(tmp_path: Path, quote: str,
                                                          value: str, kilograms: int) -> None:
    quantity = _claim(tmp_path, "traditional", quote,
                      value).quantity  # type: ignore[attr-defined]
    assert (quantity.base, quantity.base_unit) == (Fraction(kilograms), "kilogram")


def _article(text: str, script: Literal["simplified", "traditional"]) -> Article:
    source = Source("s", "t", "article.txt", text, parse_period("2023"), script)
    return Article("article.txt", text, source=source)


def test_extract_proposes_no_bare_jin_of_a_traditional_article() -> None:
    article = _article(HARVEST, "traditional")
    rendered = render_yaml(article, extract(article.text))
    assert "value: 5萬斤" not in rendered and "value: 30元/斤" not in rendered
    assert "value: 5萬台斤" in rendered and "value: 3萬公斤" in rendered
    assert "'5萬斤' in 「今年高麗菜收成5萬斤」: a figure in 斤 of a Traditional-script article" in rendered
    assert "'30元/斤' in" in rendered
    assert "'50元' in 「每斤50元」: a price per 斤 of a Traditional-script article" in rendered


def test_extract_proposes_a_simplified_articles_jin() -> None:
    text = "今年白菜收成5万斤，每斤5元。"
    article = _article(text, "simplified")
    rendered = render_yaml(article, extract(article.text))
    assert "value: 5万斤" in rendered and "per: 斤" in rendered


@pytest.mark.parametrize(("text", "quote", "value", "unit", "number"), [
    ("豬肉每斤價格上漲5%。", "每斤價格上漲5%", "5%", "%", 5),  # a change, in no 斤
    ("他拿下30分，體重70公斤。", "體重70公斤", "70公斤", "公斤", 70),
    ("車上備有3個千斤頂。", "3個千斤頂", "3個", "个", 3),  # jacks, counted
    ("收成5萬市斤。", "收成5萬市斤", "5萬市斤", "市斤", 50000),  # the mainland's, written so
])
def test_what_names_no_bare_jin_of_a_traditional_article_loads(
        tmp_path: Path, text: str, quote: str, value: str, unit: str, number: int) -> None:
    quantity = _claim(tmp_path, "traditional", quote, value,
                      text=text).quantity  # type: ignore[attr-defined]
    assert (quantity.unit, quantity.value) == (unit, number)


def test_per_cannot_name_another_measure_than_mei_writes(tmp_path: Path) -> None:
    # 5元 of 每斤5元 with per: 公斤 loaded as 5元 per kilogram
    error = _error(tmp_path, "simplified", "每斤5元", "5元", ", per: 公斤",
                   text="今年白菜每斤5元。")
    assert "per '公斤' contradicts the measure the quote writes after 每 ('斤')" in error
    assert "give `per: 斤`" in error


def test_coverage_says_extract_proposes_no_bare_jin(tmp_path: Path) -> None:
    claims = ("claims:\n  - {id: x, quote: 另收5萬台斤, value: 5萬台斤, entity: x, metric: x, "
              "as_of: \"2023\"}\n")
    corpus = load(write_corpus(tmp_path, HARVEST, claims, script="traditional"))
    shown = render_coverage(compute_coverage(corpus))
    assert "uncovered quantity 5萬斤" in shown
    assert ("extract proposes no claim for it: a figure in 斤 of a Traditional-script "
            "article") in shown
