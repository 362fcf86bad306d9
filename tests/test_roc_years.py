"""Years of the Republic of China calendar that Taiwan's news writes without 民國
(112年3月, 112年第4季, 113年度, 較111年成長) are no number of years: the loader refuses
them as amounts with a hint that names 民國, and extract proposes none of them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from factcheck import LoadErrors, load
from factcheck._extract import extract
from factcheck._extract_render import Article, render_yaml
from tests.corpus_builder import write_corpus

#: a Taipei city-hall report: every 1xx年 here is a year of 民國 (2022 to 2024)
CITY = "市府自112年3月起開放申請，112年第4季達高峰，113年度預算增加，較111年成長。"
#: an article that writes 民國 once, and a bare year after it
TOURISM = "民國111年遊客為250萬人次，113年再增為2倍。"


def _claim(tmp_path: Path, text: str, quote: str, value: str,
           unit: str | None = None) -> object:
    given = "" if unit is None else f", unit: {unit}"
    claims = (f"claims:\n  - {{id: x, quote: \"{quote}\", value: \"{value}\"{given}, "
              "entity: x, metric: x, as_of: \"2023\"}\n")
    return load(write_corpus(tmp_path, text, claims)).claims["x"]


def _errors(tmp_path: Path, text: str, quote: str, value: str,
            unit: str | None = None) -> list[str]:
    with pytest.raises(LoadErrors) as caught:
        _claim(tmp_path, text, quote, value, unit)
    return [str(e) for e in caught.value.errors]


@pytest.mark.parametrize(("text", "quote", "value", "unit", "point", "common_era"), [
    (CITY, "112年第4季達高峰", "112年", None, "112年第4季", "民國112年 is 2023"),
    (CITY, "112年第4季達高峰", "112年", "年", "112年第4季", "民國112年 is 2023"),
    (CITY, "112年3月起", "112年", None, "112年3月", "民國112年 is 2023"),
    (CITY, "112年3月起", "112年3月", None, "112年3月", "民國112年 is 2023"),
    (CITY, "113年度預算增加", "113年度", None, "113年度", "民國113年 is 2024"),
    (CITY, "113年度預算增加", "113年", "年", "113年度", "民國113年 is 2024"),
    ("112至113年度持續。", "112至113年度持續", "112至113年", None, "112至113年度",
     "民國112年 is 2023"),
    ("該案預計112年底完工。", "112年底完工", "112年", None, "112年底", "民國112年 is 2023"),
    ("營收112年上半年成長。", "112年上半年成長", "112年", None, "112年上半年",
     "民國112年 is 2023"),
    ("業績99年下半年回升。", "99年下半年回升", "99年", None, "99年下半年", "民國99年 is 2010"),
    ("計畫112年中啟動。", "112年中啟動", "112年", None, "112年中", "民國112年 is 2023"),
])
def test_a_year_before_a_point_of_it_is_no_number_of_years(
        tmp_path: Path, text: str, quote: str, value: str, unit: str | None, point: str,
        common_era: str) -> None:
    # 112年 of 112年第4季 loaded as 112 years, and 112至113年 of 112至113年度 as a range
    # of years; 113年度 hinted the light year ('光年')
    [error] = _errors(tmp_path, text, quote, value, unit)
    assert f"is a point in time, a year with its month, quarter, 年度 or part ({point})" in error
    assert common_era in error and "光年" not in error
    assert "claim it as a date where the quote writes 民國 before it" in error


@pytest.mark.parametrize(("text", "quote", "value"), [
    (CITY, "較111年成長", "111年"),
    (TOURISM, "113年再增為2倍", "113年"),
    ("民國112年3月上線，較99年成長。", "較99年成長", "99年"),
    # a year below 50 compared with (49年 of 較49年增加 loaded as 49 years)
    ("民國50年人口統計，較49年增加。", "較49年增加", "49年"),
    ("民國50年人口統計，比49年同期減少。", "比49年同期減少", "49年"),
    ("民國39年物價飛漲，與38年相比上漲。", "與38年相比上漲", "38年"),
])
@pytest.mark.parametrize("unit", [None, "年"])
def test_a_bare_year_in_an_article_that_writes_years_of_the_republic_of_china_is_refused(
        tmp_path: Path, text: str, quote: str, value: str, unit: str | None) -> None:
    # 111年 of 較111年成長 loaded as 111 years
    [error] = _errors(tmp_path, text, quote, value, unit)
    assert "is a year here: the article writes years of 民國" in error
    assert f"民國{value} is {int(value[:-1]) + 1911}" in error


@pytest.mark.parametrize(("text", "quote", "value", "years"), [
    ("公司已有112年历史。", "已有112年历史", "112年", 112),
    ("該校創立100年。", "創立100年", "100年", 100),
    ("工程历时3年。", "历时3年", "3年", 3),
    ("公司较111年前成长。", "较111年前成长", "111年", 111),  # no article of 民國 years
    ("公司較111年成長。", "較111年成長", "111年", 111),
    ("百年老店有30年底蕴。", "30年底蕴", "30年", 30),
    ("创业3年初具规模。", "创业3年初具规模", "3年", 3),
    ("他用5年度过难关。", "用5年度过难关", "5年", 5),
    ("在过去10年中，公司成长。", "过去10年中", "10年", 10),
    ("工程歷時20年底定。", "歷時20年底定", "20年", 20),
    # an article of 民國 years: words of a span, or a number of years below 50
    ("民國112年3月上線。公司已有112年歷史。", "已有112年歷史", "112年", 112),
    ("民國112年3月上線。該校創立100年。", "創立100年", "100年", 100),
    ("民國112年3月上線。工程長達60年之久。", "長達60年之久", "60年", 60),
    ("民國112年3月上線。他服刑15年。", "服刑15年", "15年", 15),
    ("民國112年3月上線。該樹樹齡120年。", "樹齡120年", "120年", 120),
    # found by review: more words of a span in an article of 民國 years (each refused)
    ("民國112年3月上線。兩岸睽違70年。", "兩岸睽違70年", "70年", 70),
    ("民國112年3月上線。台灣光復80年來首見。", "光復80年來首見", "80年", 80),
    ("民國112年3月上線。50年一遇的暴雨。", "50年一遇的暴雨", "50年", 50),
    ("民國112年3月上線。實施100年後修法。", "實施100年後修法", "100年", 100),
    # and a mainland article is no article of 民國 years for 民国时期, 过去10年中 or 20年底
    ("民国时期的建筑。建党100年来", "建党100年来", "100年", 100),
    ("民国初年的旧址。已走过120年", "已走过120年", "120年", 120),
    ("过去10年中经济增长。公司成立至今100年", "成立至今100年", "100年", 100),
    # 中国 after 年, 初中 and 初显 after 年 make no point of a year
    ("近100年中国经济发生巨变。", "近100年中国经济", "100年", 100),
    ("他读了3年初中。", "他读了3年初中", "3年", 3),
    ("改革3年初显成效。", "改革3年初显成效", "3年", 3),
    # below 50 in an article of 民國 years, a span still where nothing compares with a year
    ("民國112年3月上線。近49年來首見。", "近49年來首見", "49年", 49),
    ("民國112年3月上線。較3年前成長。", "較3年前成長", "3年", 3),
    ("民國112年3月上線。較10年期公債利率高。", "較10年期公債", "10年", 10),
    ("民國112年3月上線。較5年平均值高。", "較5年平均值高", "5年", 5),
    ("公司較49年增加。", "較49年增加", "49年", 49),  # no article of 民國 years
])
def test_a_number_of_years_stays_one(tmp_path: Path, text: str, quote: str, value: str,
                                     years: int) -> None:
    claim = _claim(tmp_path, text, quote, value)
    quantity = claim.quantity  # type: ignore[attr-defined]
    assert (quantity.unit, quantity.value) == ("年", years)


def test_a_date_of_the_republic_of_china_with_its_min_guo_still_loads(tmp_path: Path) -> None:
    claim = _claim(tmp_path, CITY + "民國112年3月上線。", "民國112年3月上線", "民國112年3月")
    assert str(claim.date) == "2023-03"  # type: ignore[attr-defined]


def test_extract_proposes_no_year_without_its_min_guo_as_years() -> None:
    # 112年, 113年 and 111年 were durations of 112, 113 and 111 years, proposed so
    rows = [(m.text, m.kind, m.exact) for m in extract(CITY)]
    assert rows == [("112年3月", "date", "112年3月"), ("112年第4季", "date", "112年第4季"),
                    ("113年度", "date", "113年度"), ("111年", "date", "111年")]
    rendered = render_yaml(Article("a.txt", CITY), extract(CITY))
    assert yaml.safe_load(rendered)["claims"] in (None, [])
    assert rendered.count("a year of the Republic of China calendar without its 民國") == 4


@pytest.mark.parametrize(("text", "row"), [
    ("112至113年度持續。", ("112至113年度", "date")),
    ("公司已有112年历史。", ("112年", "duration")),
    ("该校创立100年。", ("100年", "duration")),
    ("在过去10年中，", ("10年", "duration")),
    ("民國112年3月上線。他服刑15年。", ("15年", "duration")),
    (TOURISM, ("113年", "date")),
    ("民國50年人口統計，較49年增加。", ("49年", "date")),
    ("民國112年3月上線。近49年來首見。", ("49年來", "duration")),
    ("民國112年3月上線。較3年前成長。", ("3年", "duration")),
])
def test_extract_reads_a_year_without_its_min_guo_as_the_loader_does(
        text: str, row: tuple[str, str]) -> None:
    assert row in [(m.text, m.kind) for m in extract(text)]


@pytest.mark.parametrize(("as_of", "written"), [
    ("112年", "2023"), ("112年3月", "2023-03"), ("99年12月", "2010-12")])
def test_an_as_of_in_a_year_of_the_republic_of_china_is_hinted_in_the_common_era(
        tmp_path: Path, as_of: str, written: str) -> None:
    # "cannot read as_of '112年'" had no hint
    claims = ("claims:\n  - {id: x, quote: 遊客為250萬人次, value: 250萬人次, entity: x, "
              f"metric: x, as_of: {as_of}}}\n")
    with pytest.raises(LoadErrors) as caught:
        load(write_corpus(tmp_path, "遊客為250萬人次。", claims))
    [error] = [str(e) for e in caught.value.errors]
    assert f"cannot read as_of '{as_of}'" in error
    assert f"write as_of: {written}" in error and "民國" in error


def test_a_year_of_min_guo_written_digit_by_digit_is_hinted(tmp_path: Path) -> None:
    # '民國一一二年' is not a real date, with no hint
    [error] = _errors(tmp_path, "民國一一二年完工。", "民國一一二年完工", "民國一一二年")
    assert "'民國一一二年' is not a real date" in error
    assert "writes its year digit by digit (民國112年 is 2023)" in error
