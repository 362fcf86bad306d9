"""After a verb of change, X至Y is a change by X to a level Y (人口減少2.4萬人至749.8萬人,
利率上調0.25%至5.875%), no range: it loaded as 24000..7498000 people and extract proposed
it so, while the level alone was refused as "only part of a figure". The level and a change
that writes its own unit load on their own; the range is refused with a hint; where X
writes no unit of its own (減少2.4萬至749.8萬人, or 減少2至3萬人, a range of falls) or the
figures are forecasts of anything but a percentage, neither end nor the range is read. A
forecast of growth in percent (預計增長3%至5%) stays a range, and a range after no verb of
change (參加3至5次, 10至20元) stays one."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from factcheck import LoadErrors, load
from factcheck._extract import extract
from factcheck._extract_render import Article, render_yaml
from tests.corpus_builder import write_corpus


def _load(tmp_path: Path, text: str, value: str, unit: str | None = None) -> object:
    given = "" if unit is None else f", unit: \"{unit}\""
    quote = text.rstrip("。")
    claims = (f"claims:\n  - {{id: x, quote: \"{quote}\", value: \"{value}\"{given}, "
              "entity: x, metric: x, as_of: \"2023\"}\n")
    return load(write_corpus(tmp_path, text, claims)).claims["x"]


def _refusal(tmp_path: Path, text: str, value: str, unit: str | None = None) -> str:
    with pytest.raises(LoadErrors) as caught:
        _load(tmp_path, text, value, unit)
    [error] = [str(e) for e in caught.value.errors]
    return error


@pytest.mark.parametrize(("text", "value", "amount"), [
    ("失业率下降0.5个百分点至3.2%。", "3.2%", "3.2"),
    ("失业率下降0.5个百分点至3.2%。", "0.5个百分点", "0.5"),
    ("失業率上升0.2個百分點至3.1%。", "3.1%", "3.1"),
])
def test_the_level_and_the_change_load_on_their_own(
        tmp_path: Path, text: str, value: str, amount: object) -> None:
    quantity = _load(tmp_path, text, value).quantity  # type: ignore[attr-defined]
    assert quantity.qualifier is None
    assert quantity.value == Fraction(str(amount))


def test_a_change_in_one_unit_to_a_level_in_another_is_no_figure(tmp_path: Path) -> None:
    error = _refusal(tmp_path, "失业率下降0.5个百分点至3.2%。", "0.5个百分点至3.2%")
    assert "cannot read the figure '0.5个百分点至3.2%'" in error, error


@pytest.mark.parametrize(("text", "value"), [
    ("去年人口減少2.4萬至749.8萬人。", "2.4萬至749.8萬人"),
    ("去年人口減少2.4萬至749.8萬人。", "749.8萬人"),
    ("去年人口減少2.4萬至749.8萬人。", "2.4萬"),
    ("人口减少2至3万人。", "3万人"),
    ("人口减少2至3万人。", "2至3万人"),
    ("预计人口减少2万人至3万人。", "3万人"),
    ("每人可增加500元至1000元。", "1000元"),
    ("出口按年跌3.5%至4.1%。", "4.1%"),
    ("出口按年跌3.5%至4.1%。", "3.5%至4.1%"),
    ("出口增长了3.5%至4.1%。", "4.1%"),
    ("失业率上升0.1%至3%。", "3%"),
    # one unit on both ends, Y above X and under three times it, as a range's ends are
    ("门店增加了3家至5家。", "5家"),
    ("门店增加了3家至5家。", "3家至5家"),
    ("效率提升3倍至5倍。", "5倍"),  # multiples
    # one unit on both ends: by X to Y or a range of changes, whatever the ratio
    ("去年人口減少2.4萬人至749.8萬人。", "749.8萬人"),
    ("去年人口減少2.4萬人至749.8萬人。", "2.4萬人"),
    ("去年人口減少2.4萬人至749.8萬人。", "2.4萬人至749.8萬人"),
    ("最優惠利率上調0.25%至5.875%。", "5.875%"),
    ("最優惠利率上調0.25%至5.875%。", "0.25%至5.875%"),
    ("薪资调高3%至5%。", "5%"),
    ("薪资调高3%至5%。", "3%"),
    ("手续费下调0.1%至0.3%。", "0.3%"),
    ("每程車費加0.5元至6.5元。", "6.5元"),
    ("商品降价10元至50元。", "50元"),
    ("罚款增加1000元至5000元。", "5000元"),
    ("员工增加100人至500人。", "500人"),
    ("工资提高了500元至5500元。", "5500元"),
])
def test_an_unsure_change_reads_neither_way(tmp_path: Path, text: str, value: str) -> None:
    error = _refusal(tmp_path, text, value)
    assert "which factcheck does not guess" in error, error


@pytest.mark.parametrize(("text", "value", "low", "high"), [
    ("預計經濟增長3%至5%。", "3%至5%", "0.025", "0.055"),
    ("预计今年经济有望增长3至5%。", "3至5%", "0.025", "0.055"),
    ("每年参加3至5次培训。", "3至5次", "3", "5"),
    ("售价10至20元。", "10至20元", "9.5", "20.5"),
    ("预计今年全年经济增长3%至5%。", "3%至5%", "0.025", "0.055"),  # 预计 far back
    ("油价降至5.5元至6元。", "5.5元至6元", "5.45", "6.5"),  # 降至: no change by X
    ("料增长3%至5%。", "3%至5%", "0.025", "0.055"),  # a modal before the verb
    # a range word after the high end
    ("每户补贴增加1000元至5000元不等。", "1000元至5000元", "999.5", "5000.5"),
    ("增长3%至5%之间。", "3%至5%", "0.025", "0.055"),
])
def test_a_forecast_of_growth_and_a_range_after_no_change_stay_ranges(
        tmp_path: Path, text: str, value: str, low: str, high: str) -> None:
    quantity = _load(tmp_path, text, value).quantity  # type: ignore[attr-defined]
    assert quantity.qualifier == "range"
    assert (quantity.interval.low, quantity.interval.high) == (Fraction(low), Fraction(high))


def test_the_high_end_of_a_forecast_far_back_stays_part_of_its_range(tmp_path: Path) -> None:
    error = _refusal(tmp_path, "预计今年全年经济增长3%至5%。", "5%")
    assert "write value: \"3%至5%\"" in error, error


def test_a_range_with_a_qualifier_after_a_verb_is_refused_whole_as_ever(tmp_path: Path) -> None:
    error = _refusal(tmp_path, "人口減少2.4萬人至749.8萬人左右。", "749.8萬人左右")
    assert "the figure is '2.4萬人至749.8萬人左右', which factcheck does not read" in error, error


def test_a_range_of_years_after_a_verb_stays_a_date(tmp_path: Path) -> None:
    claim = _load(tmp_path, "产量持续下降2019年至2021年均如此。", "2019年至2021年", "date")
    assert str(claim.date) == "2019..2021", claim.date  # type: ignore[attr-defined]


def test_extract_proposes_the_two_figures_not_the_range() -> None:
    text = ("去年人口減少2.4萬人至749.8萬人。失业率下降0.5个百分点至3.2%。"
            "人口減少2.4萬至749.8萬人。預計經濟增長3%至5%。\n")
    values = [m.value for m in extract(text)]
    assert values == ["2.4萬人", "749.8萬人", "0.5个百分点", "3.2%", "2.4萬", "749.8萬人",
                      "3%至5%"], values
    rendered = render_yaml(Article("a.txt", text), extract(text))
    assert "value: 3.2%" in rendered and "value: 0.5个百分点" in rendered
    assert "value: 749.8萬人" not in rendered and "value: 2.4萬人" not in rendered
    assert "value: 2.4萬\n" not in rendered and "value: 2.4萬至" not in rendered
    assert ("'749.8萬人' in 「人口減少2.4萬至749.8萬人」: one end of X至Y after a verb of "
            "change") in rendered, rendered
