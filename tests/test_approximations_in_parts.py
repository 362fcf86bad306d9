"""Approximate figures written in parts, which were read as one part alone.

* 幾 between two magnitude words, a number and some of a lower place: 一千幾百元 is 1,100 to
  1,900元, but it loaded as 100000 to 200000元 (幾 multiplied 一千 by 百), and 三千几百万元
  as 3×10^9 元; now refused, and listed by extract without a value.
* two numerals listed with 、 (兩、三年, 三、四成, 二、三十人) or 十多二十 (ten-odd to twenty):
  the last number alone loaded as an exact figure (三年, 四成, 三十人, 二十年); now it is
  part of a figure, and the whole is refused, as 三四千元 is.
* 兩成幾 (twenty-odd per cent): its 兩成 loaded as 20% and 兩成幾 named an unknown unit
  成幾; 兩成 is now part of it, which loads as 兩成多 does, (20%, 30%).
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from factcheck import load
from factcheck._errors import LoadErrors
from factcheck._extract import extract
from factcheck._extract_render import Article, render_yaml
from factcheck._whole_figure import whole_figure
from tests.corpus_builder import write_corpus


def _load_error(tmp_path: Path, text: str, quote: str, value: str) -> str:
    write_corpus(tmp_path, text, f'claims:\n  - {{id: x, quote: "{quote}", value: "{value}", '
                 'entity: e, metric: m, as_of: "2020"}\n')
    with pytest.raises(LoadErrors) as caught:
        load(tmp_path)
    return "\n".join(str(e) for e in caught.value.errors)


def _loaded(tmp_path: Path, text: str, quote: str, value: str):  # type: ignore[no-untyped-def]
    write_corpus(tmp_path, text, f'claims:\n  - {{id: x, quote: "{quote}", value: "{value}", '
                 'entity: e, metric: m, as_of: "2020"}\n')
    quantity = load(tmp_path).claims["x"].quantity
    assert quantity is not None
    return quantity


# -- 幾 before a smaller magnitude word --------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("他花了一千幾百元。", "一千幾百元"),
    ("他花了二千幾百元。", "二千幾百元"),
    ("总额三千几百万元。", "三千几百万元"),
    ("总额3千几百万元。", "3千几百万元"),
    ("来了一百几十人。", "一百几十人"),
])
def test_some_of_a_lower_place_is_refused_with_a_hint(
        tmp_path: Path, text: str, value: str) -> None:
    error = _load_error(tmp_path, text, text[:-1], value)
    assert "which factcheck does not read" in error
    assert "一千几百元 is 1,100 to 1,900元" in error
    assert "not_claims:" in error


@pytest.mark.parametrize(("text", "part"), [
    ("他花了一千幾百元。", "百元"),
    ("总额三千几百万元。", "百万元"),
    ("来了一百几十人。", "十人"),
])
def test_a_part_of_some_of_a_lower_place_is_refused(tmp_path: Path, text: str, part: str) -> None:
    error = _load_error(tmp_path, text, text[:-1], part)
    assert "only part of a figure" in error
    assert "before a smaller magnitude word" in error and "not_claims" in error


@pytest.mark.parametrize(("text", "figure"), [
    ("他花了一千幾百元。", "一千幾百元"),
    ("总额三千几百万元。", "三千几百万元"),
    ("总额3千几百万元。", "3千几百万元"),
])
def test_extract_lists_some_of_a_lower_place_unproposed(text: str, figure: str) -> None:
    assert [(m.text, m.number) for m in extract(text) if m.counted] == [(figure, None)]
    rendered = render_yaml(Article("a.txt", text), extract(text))
    claims, _, skipped = rendered.partition("# Mentions the loader cannot take")
    assert f"value: {figure}" not in claims
    assert f"'{figure}'" in skipped and "which the loader does not read" in skipped


@pytest.mark.parametrize(("text", "value", "low", "high"), [
    # what still loads: 幾 before a bigger magnitude word, or at the end
    ("三千幾元。", "三千幾元", 3000, 4000),
    ("十幾萬元。", "十幾萬元", 100000, 200000),
    ("三千多万元。", "三千多万元", 30000000, 40000000),
    ("3千多万元。", "3千多万元", 30000000, 40000000),
    ("一百多万元。", "一百多万元", 1000000, 2000000),
])
def test_some_of_a_bigger_magnitude_still_loads(
        tmp_path: Path, text: str, value: str, low: int, high: int) -> None:
    quantity = _loaded(tmp_path, text, text[:-1], value)
    assert (quantity.interval.low, quantity.interval.high) == (low, high)
    assert [m.number for m in extract(text) if m.counted] == [low]


# -- numerals listed with 、, and 十多二十 ----------------------------------------------

@pytest.mark.parametrize(("text", "part"), [
    ("他等了兩、三年。", "三年"),
    ("樓價跌三、四成。", "四成"),
    ("約有二、三十人。", "三十人"),
    ("一、二十年前。", "二十年"),
    ("住了十多二十年。", "二十年"),
    ("住了十幾二十年。", "二十年"),
    ("等了两、三年。", "三年"),
])
def test_the_last_of_listed_numerals_is_only_part_of_the_figure(
        tmp_path: Path, text: str, part: str) -> None:
    start = text.index(part)
    assert not whole_figure(part, text[:start], text[start + len(part):])
    error = _load_error(tmp_path, text, text[:-1], part)
    assert "only part of a figure" in error
    assert "an approximate figure" in error and "not_claims" in error


@pytest.mark.parametrize(("text", "figure", "kind"), [
    ("他等了兩、三年。", "兩、三年", "duration"),
    ("樓價跌三、四成。", "三、四成", "percentage"),
    ("約有二、三十人。", "約有二、三十人", "quantity"),
    ("一、二十年前。", "一、二十年", "duration"),
    ("住了十多二十年。", "十多二十年", "duration"),
    ("住了十幾二十年。", "十幾二十年", "duration"),
])
def test_listed_numerals_are_listed_whole_and_refused(
        tmp_path: Path, text: str, figure: str, kind: str) -> None:
    assert [(m.text, m.kind, m.number) for m in extract(text) if m.counted] == [
        (figure, kind, None)]
    rendered = render_yaml(Article("a.txt", text), extract(text))
    skipped = rendered.partition("# Mentions the loader cannot take")[2]
    assert f"'{figure}'" in skipped and "an approximate figure" in skipped
    error = _load_error(tmp_path, text, text[:-1], figure)
    assert "an approximate figure" in error and "which factcheck does not read" in error


@pytest.mark.parametrize(("text", "rows"), [
    # separate figures listed with 、 keep loading, each on its own
    ("增長3%、5%和7%。", [("3%", 3), ("5%", 5), ("7%", 7)]),
    ("分别增长三成、四成。", [("三成", 3), ("四成", 4)]),
    ("共三人、四家。", [("三人", 3), ("四家", 4)]),
    ("有一、二、三等奖。", None),
])
def test_separate_figures_listed_with_a_mark_still_load(
        text: str, rows: list[tuple[str, int]] | None) -> None:
    found = [(m.text, m.number) for m in extract(text) if m.counted]
    if rows is None:  # a list of ordinals: nothing of it read as an approximate figure
        assert all("、" not in t for t, _ in found)
    else:
        assert found == rows


def test_separate_figures_listed_with_a_mark_load(tmp_path: Path) -> None:
    quantity = _loaded(tmp_path, "增長3%、5%和7%。", "增長3%、5%和7%", "5%")
    assert quantity.value == 5
    quantity = _loaded(tmp_path, "分别增长三成、四成。", "分别增长三成、四成", "四成")
    assert quantity.value == 4


# -- 兩成幾 ---------------------------------------------------------------------------

def test_cheng_and_ji_loads_as_cheng_and_duo(tmp_path: Path) -> None:
    text = "樓價跌了兩成幾。"
    start = text.index("兩成")
    assert not whole_figure("兩成", text[:start], text[start + 2:])
    assert "only part of a figure" in _load_error(tmp_path, text, text[:-1], "兩成")
    ji = _loaded(tmp_path, text, text[:-1], "兩成幾")
    duo = _loaded(tmp_path, "樓價跌了兩成多。", "樓價跌了兩成多", "兩成多")
    assert (ji.interval, ji.qualifier) == (duo.interval, duo.qualifier)
    assert (ji.interval.low, ji.interval.high) == (Fraction(1, 5), Fraction(3, 10))
    assert [(m.text, m.number, m.qualifier) for m in extract(text) if m.counted] == [
        ("兩成幾", Fraction(2), "some-more")]


@pytest.mark.parametrize(("text", "figure"), [
    # 幾乎 (almost), 幾近, 幾何 start a word: 三成 is whole
    ("有三成幾乎每天上網。", "三成"),
    ("约三成几近失业。", "约三成"),
])
def test_cheng_before_a_word_of_ji_is_whole(tmp_path: Path, text: str, figure: str) -> None:
    assert [m.text for m in extract(text) if m.counted] == [figure]
    start = text.index(figure)
    assert whole_figure(figure, text[:start], text[start + len(figure):])


@pytest.mark.parametrize(("text", "figure"), [
    # months, ordinals and tiers listed with 、 are no approximate figure
    ("三、四月份開放。", "四月份"),
    ("一、二年级学生。", "二年级"),
    ("一、二线城市房价。", "二线"),
    ("第一、二名。", "二名"),
])
def test_months_ordinals_and_tiers_listed_are_no_approximation(figure: str, text: str) -> None:
    start = text.index(figure)
    assert whole_figure(figure, text[:start], text[start + len(figure):])
    assert all("、" not in m.text for m in extract(text))


@pytest.mark.parametrize(("text", "figure"), [
    # 多 before a smaller magnitude word multiplied as 几 did: 一千多百元 is no 100000元
    ("花了一千多百元。", "一千多百元"),
])
def test_duo_before_a_smaller_magnitude_word_is_listed_unproposed(
        tmp_path: Path, text: str, figure: str) -> None:
    assert [(m.text, m.number) for m in extract(text) if m.counted] == [(figure, None)]
    error = _load_error(tmp_path, text, text[:-1], figure)
    assert "before a smaller magnitude word" in error and "not_claims" in error
