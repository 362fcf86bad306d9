"""Figures as Hong Kong writes them, each of which was once read as another quantity.

Hong Kong's news writes imperial units (平方呎, 吋, 哩, and 呎 or 尺 for a foot or a square
foot), fractions without 之 (四分一), the coins of its dollar (5毫, 50仙), and numbers
inside names (7-11便利店, 80後). Each loaded with a `unit:` as the wrong figure; each is
now read as what it is, or refused.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from factcheck import LoadErrors, load
from factcheck._extract import extract
from factcheck._extract_lexicon import unread_unit_after
from factcheck._extract_render import _unloadable, figure_index, skeleton_problem
from tests.corpus_builder import write_corpus

#: exactly 0.3048 m (the international foot), and the inch and mile of it
FOOT = Fraction(381, 1250)
INCH = FOOT / 12
MILE = FOOT * 5280


def _write(tmp_path: Path, quote: str, value: str, unit: str | None = None,
           per: str | None = None) -> Path:
    """A one-claim corpus on an article in the Traditional script that is ``quote``."""
    fields = f'quote: {quote}, value: "{value}"'
    fields += f", unit: \"{unit}\"" if unit else ""
    fields += f", per: {per}" if per else ""
    write_corpus(tmp_path, f"{quote}。", f"""\
claims:
  - {{id: x, {fields}, entity: e, metric: m, as_of: "2023"}}
""")
    registry = tmp_path / "registry.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace(
        "script: simplified", "script: traditional"), encoding="utf-8")
    return tmp_path


def _error(tmp_path: Path, quote: str, value: str, unit: str | None = None,
           per: str | None = None) -> str:
    with pytest.raises(LoadErrors) as caught:
        load(_write(tmp_path, quote, value, unit, per))
    [error] = caught.value.errors
    return str(error)


def _reason(text: str, value: str) -> str | None:
    """Why extract leaves the mention ``value`` of ``text`` unproposed, or None."""
    [m] = [m for m in extract(text) if m.text == value]
    return _unloadable(m, text[max(0, m.start - 8):m.start], text[m.end:m.end + 8])


# --- imperial units --------------------------------------------------------------------

@pytest.mark.parametrize(("quote", "value", "unit", "written"), [
    # each loaded as the metric unit given: 450 m², 500000 m², 55 cm
    ("單位面積450平方呎", "450", "平方米", "平方呎"),
    ("樓面面積約50萬平方呎", "約50萬", "平方米", "平方呎"),
    ("屏幕大小為55吋", "55", "厘米", "吋"),
    ("全程26哩", "26", "公里", "哩"),
    ("面積800平方英尺", "800", "平方米", "平方英尺"),
])
def test_unit_may_not_contradict_an_imperial_unit(
        tmp_path: Path, quote: str, value: str, unit: str, written: str) -> None:
    error = _error(tmp_path, quote, value, unit)
    assert f"unit '{unit}' contradicts the unit the quote writes after the value ('{written}')" in (
        error)


@pytest.mark.parametrize(("quote", "value", "base", "base_unit"), [
    ("樓面面積約50萬平方呎", "約50萬平方呎", 500000 * FOOT**2, "meter ** 2"),
    ("單位面積450平方呎", "450平方呎", 450 * FOOT**2, "meter ** 2"),
    ("屏幕大小為55吋", "55吋", 55 * INCH, "meter"),
    ("全程26哩", "26哩", 26 * MILE, "meter"),
    ("高1000英尺", "1000英尺", 1000 * FOOT, "meter"),
])
def test_imperial_units_load_exactly(tmp_path: Path, quote: str, value: str, base: Fraction,
                                     base_unit: str) -> None:
    # 約50萬平方呎 was "unknown unit '平方呎', did you mean '平方米'", which misread it
    quantity = load(_write(tmp_path, quote, value)).claims["x"].quantity
    assert quantity is not None and (quantity.base, quantity.base_unit) == (base, base_unit)


@pytest.mark.parametrize(("quote", "value", "unit", "word"), [
    # 呎 and 尺 are a foot or a square foot (尺 on the mainland a 市尺), 磅 a pound of mass or
    # of money: 300 metres, 400 m², 10 kg
    ("大廈高300呎", "300", "米", "呎"),
    ("單位實用面積400呎", "400", "平方米", "呎"), ("單位實用面積400呎", "400", "米", "呎"),
    ("大廈高300呎", "300", "平方呎", "呎"),
    ("400尺單位", "400", "平方米", "尺"),
    ("重10磅", "10", "公斤", "磅"),
    ("大廈高300呎", "300", "个", "呎"),
])
def test_a_bare_value_before_a_word_of_no_one_unit_is_refused(
        tmp_path: Path, quote: str, value: str, unit: str, word: str) -> None:
    error = _error(tmp_path, quote, value, unit)
    assert f"cannot name the unit the quote writes after the value, '{word}'" in error
    assert "hint: list the mention under not_claims" in error


@pytest.mark.parametrize(("quote", "value", "unit"), [
    ("大廈高300呎", "300呎", None), ("大廈高300呎", "300呎", "米"),
    ("400尺單位", "400尺", "平方米"), ("重10磅", "10磅", "公斤"),
    ("大廈高300呎", "300呎", "平方呎"),  # a height: no word of floor area before it
])
def test_a_value_in_a_word_of_no_one_unit_is_refused_with_no_metric_hint(
        tmp_path: Path, quote: str, value: str, unit: str | None) -> None:
    error = _error(tmp_path, quote, value, unit)
    assert f"is in '{value[-1]}'" in error and "which factcheck does not read" in error
    assert "did you mean" not in error and "hint: no claim can hold it" in error


@pytest.mark.parametrize(("quote", "value"), [
    # 呎 after a word of a flat's floor area is a square foot: unit: 平方呎 was refused,
    # though the error named 實用面積400呎 a square foot
    ("實用面積400呎", "400"), ("实用面积400呎", "400呎"), ("單位實用面積約400呎", "約400呎"),
    ("建築面積約600呎", "約600"), ("樓面面積為1000呎", "1000呎"), ("單位面積450呎", "450"),
])
def test_a_foot_after_a_floor_area_word_loads_as_square_feet(tmp_path: Path, quote: str,
                                                             value: str) -> None:
    quantity = load(_write(tmp_path, quote, value, "平方呎")).claims["x"].quantity
    number = Fraction(value.strip("約呎"))
    assert quantity is not None and quantity.base_unit == "meter ** 2"
    assert quantity.base == number * FOOT**2


@pytest.mark.parametrize(("quote", "value", "unit"), [
    ("單位實用面積約400呎", "約400呎", "平方米"), ("實用面積400呎", "400呎", None),
    ("實用面積400呎", "400呎", "米"),
])
def test_a_foot_after_a_floor_area_word_in_metres_is_refused_with_the_square_foot_hint(
        tmp_path: Path, quote: str, value: str, unit: str | None) -> None:
    error = _error(tmp_path, quote, value, unit)
    assert "is in '呎'" in error and "hint: give `unit: 平方呎`" in error


@pytest.mark.parametrize(("quote", "value", "word"), [
    ("每呎售價2.3萬元", "2.3萬元", "呎"), ("每呎租金為50元", "50元", "呎"),
    ("平均呎價1.5萬元", "1.5萬元", "呎"), ("平均尺價2萬元", "2萬元", "尺"),
])
def test_a_price_per_foot_is_no_bare_amount(tmp_path: Path, quote: str, value: str,
                                            word: str) -> None:
    # each loaded as a bare amount of 元
    error = _error(tmp_path, quote, value)
    assert f"is a price per {word}" in error and "give `per: 平方呎`" in error
    quantity = load(_write(tmp_path, quote, value, per="平方呎")).claims["x"].quantity
    assert quantity is not None and quantity.base_unit == "yuan / meter ** 2"


def test_a_price_word_between_its_per_unit_and_the_figure_keeps_it(tmp_path: Path) -> None:
    # 每平方米售價2.3萬元 loaded as a bare 23000元
    error = _error(tmp_path, "每平方米售價2.3萬元", "2.3萬元")
    assert "is a price per 平方米" in error and "hint: add `per: 平方米`" in error


def test_extract_proposes_the_imperial_units_and_refuses_foot() -> None:
    text = "單位實用面積約400呎，樓面面積約50萬平方呎，屏幕55吋，每呎售價2.3萬元，高300呎。"
    units = {m.text: m.unit for m in extract(text)}
    assert units["約50萬平方呎"] == "平方呎" and units["55吋"] == "吋"
    reason = _reason(text, "約400")
    assert reason is not None and "'呎'" in reason and "not_claims" in reason
    reason = _reason(text, "300")
    assert reason is not None and "'呎'" in reason
    reason = _reason(text, "2.3萬元")
    assert reason is not None and "a price per '呎'" in reason


@pytest.mark.parametrize(("text", "word"), [
    ("3尺寸", ""), ("3尺碼", ""), ("5磅礴", ""), ("3尺", "尺"), ("3呎高", "呎"), ("3磅重", "磅")])
def test_words_that_start_with_a_foot_word_stay_apart(text: str, word: str) -> None:
    assert unread_unit_after(text, 1) == word


# --- Hong Kong's coins -----------------------------------------------------------------

@pytest.mark.parametrize(("quote", "value"), [
    # each loaded as whole Hong Kong dollars: HK$5, HK$50
    ("車費加價5毫", "5"), ("每程加價50仙", "50"), ("車費減5毫子", "5"), ("每程加價50仙士", "50"),
    ("門票3毫一張", "3"),
])
def test_a_bare_number_before_a_hong_kong_coin_is_no_whole_dollar(
        tmp_path: Path, quote: str, value: str) -> None:
    error = _error(tmp_path, quote, value, "港元")
    assert "unit '港元' reads whole 元, but the quote writes" in error
    assert "of a dollar" in error and "hint: list the mention under not_claims" in error


@pytest.mark.parametrize(("quote", "value"), [("車費加價5毫", "5毫"), ("每程加價50仙", "50仙")])
def test_a_hong_kong_coin_is_refused_in_a_currency(tmp_path: Path, quote: str,
                                                   value: str) -> None:
    error = _error(tmp_path, quote, value, "港元")
    assert f"cannot name the text's unit word '{value[-1]}', which is a" in error


@pytest.mark.parametrize(("quote", "value", "unit", "base"), [
    # 毫 that starts a unit is that unit's prefix, no coin
    ("雨量5毫米", "5", "毫米", Fraction(5, 1000)), ("注射5毫升", "5毫升", None, None),
])
def test_hao_before_a_unit_is_its_prefix(tmp_path: Path, quote: str, value: str,
                                         unit: str | None, base: Fraction | None) -> None:
    if base is None:  # 毫升 is no unit of factcheck's: never a coin
        assert "dollar" not in _error(tmp_path, quote, value, unit)
        return
    quantity = load(_write(tmp_path, quote, value, unit)).claims["x"].quantity
    assert quantity is not None and quantity.base == base


# --- fractions without 之 --------------------------------------------------------------

@pytest.mark.parametrize(("quote", "value", "unit"), [
    # unit: % loaded 四分一 as 4% and 三分一 as 3% (1/4, 1/3)
    ("長者佔全港人口四分一", "四分一", "%"), ("三分一市民支持", "三分一", "%"),
    ("約三分二人口", "約三分二", "%"), ("長者佔全港人口四分一", "四分一", None),
])
def test_a_fraction_without_zhi_is_refused(tmp_path: Path, quote: str, value: str,
                                           unit: str | None) -> None:
    error = _error(tmp_path, quote, value, unit)
    assert f"'{value}' is a fraction, which factcheck does not read" in error


@pytest.mark.parametrize(("quote", "value", "whole"), [
    # extract proposed 四分, which unit: % loaded as 4%
    ("長者佔全港人口四分一", "四分", "四分一"), ("長者佔全港人口四分一", "四", "四分一"),
    ("三分一市民支持", "三分", "三分一"),
])
def test_a_side_of_a_fraction_without_zhi_is_only_part_of_it(
        tmp_path: Path, quote: str, value: str, whole: str) -> None:
    error = _error(tmp_path, quote, value, "%")
    assert f"value '{value}' is only part of a figure in the quote" in error
    assert f"the figure is '{whole}'" in error


def test_extract_lists_a_fraction_without_zhi_whole_unproposed() -> None:
    text = "長者佔全港人口四分一，三分一市民支持，雙方意見十分一致，跑出三分一秒。"
    mentions = {m.text: m for m in extract(text)}
    assert "四分" not in mentions and "三分" not in mentions
    assert mentions["四分一"].number == Fraction(1, 4)
    assert mentions["三分一"].number == Fraction(1, 3)
    reason = _reason(text, "四分一")
    assert reason is not None and reason.startswith("a fraction")
    assert "十分一" not in mentions  # 十分一致: "very"
    assert "三分一秒" in mentions  # minutes and seconds, no fraction


# --- numbers inside names --------------------------------------------------------------

@pytest.mark.parametrize(("quote", "value", "unit", "word"), [
    # 7-11 (the convenience stores) loaded as 7 to 11 firms, 80 of 80後 (people born in the
    # 1980s) as 80 persons; 5 of 5G基站 as 5 items
    ("全港7-11便利店將延長營業時間", "7-11", "家", "7-11"),
    ("受訪的80後市民中", "80", "人", "80後"),
    ("不少90後青年", "90", "人", "90後"),
    ("建成5G基站3萬個", "5", "个", "5G"),
    # a code of letters and digits: G20 loaded as 20 items, P2P as 2 firms, A380 as 380
    # aircraft, 国道G4 as 4 roads
    ("G20峰会在杭州举行", "20", "个", "G20"), ("P2P平台", "2", "家", "P2P"),
    ("B2B平台", "2", "家", "B2B"), ("A380客机", "380", "架", "A380"),
    ("C919大飞机", "919", "架", "C919"), ("国道G4京港澳高速", "4", "条", "G4"),
    ("建成10G网络", "10", "个", "10G"), ("3G手机", "3", "部", "3G"),
    # a model's or version's number after a Latin word and a space: 15 of iPhone 15售价 was
    # proposed, and loaded as 15 items
    ("iPhone 15售价5999元", "15", "个", "iPhone 15"), ("华为Mate 60销量大增", "60", "部", "Mate 60"),
    ("升级到Windows 11系统", "11", "个", "Windows 11"), ("全球Top 10企业", "10", "家", "Top 10"),
    # 企业 is a noun, no classifier: 10 of Top 10 企业 names the list, across a space too
    ("全球Top 10 企业", "10", "家", "Top 10"), ("Windows 11发布", "11", "个", "Windows 11"),
])
def test_a_number_inside_an_identifier_is_refused(tmp_path: Path, quote: str, value: str,
                                                  unit: str, word: str) -> None:
    error = _error(tmp_path, quote, value, unit)
    assert f"is part of the identifier '{word}'" in error
    assert "hint: list the mention under not_claims" in error


@pytest.mark.parametrize(("text", "identifier"), [
    ("全港7-11便利店將延長營業時間", "7-11"), ("受訪的80後市民中有六成表示支持", "80後"),
    ("00后员工", "00后"), ("95後女生", "95後"),
    ("iPhone 15售价5999元", "iPhone 15"), ("iPhone 15 Pro售价", "iPhone 15"),
    ("华为Mate 60销量", "Mate 60"), ("Python 3.12发布", "Python 3.12"),
    ("Windows 11发布", "Windows 11"), ("全球Top 10 企业", "Top 10"),
    # 满 and 过 alone end words of other senses: full of, surpass (no age reached)
    ("充满90后的活力", "90后"), ("90后超过80后成为消费主力", "80后"), ("他是80后", "80后"),
    # three or more runs of digits joined by dashes are a code: 7-11-28 was the range 7-11
    # and the number 28, 010-1234-5678 a range and a number too
    ("编号为7-11-28的车辆", "7-11-28"), ("咨询电话010-1234-5678", "010-1234-5678"),
    ("批次号3-15-2024-01", "3-15-2024-01"),
])
def test_extract_reads_a_number_inside_a_name_as_an_identifier(text: str,
                                                               identifier: str) -> None:
    [m] = [m for m in extract(text) if identifier in m.text or m.text in identifier]
    assert (m.text, m.kind) == (identifier, "identifier")


@pytest.mark.parametrize(("quote", "value", "unit", "amount"), [
    # a number and G other than 2G to 6G is a data size, which the identifier rule of
    # 5G refused; economic acronyms and codes before a magnitude or % are figures
    ("运行内存16G", "16", "GB", Fraction(16)), ("套餐包含30G流量", "30", "GB", Fraction(30)),
    ("GDP1000亿元", "1000亿元", None, Fraction(10**11)), ("LPR3.45%", "3.45%", None, Fraction(345, 100)),
    ("Top 10家企业", "10家", None, Fraction(10)), ("GDP 1000亿元", "1000亿元", None, Fraction(10**11)),
    ("LPR 3.45%", "3.45%", None, Fraction(345, 100)), ("售价USD 100", "100", "美元", Fraction(100)),
    # a classifier or a unit after the number, across a space (half- or full-width), makes
    # it a figure after any Latin word: 10 of Apple 10 家门店 was the identifier 'Apple 10'
    ("Apple 10 家门店", "10", "家", Fraction(10)), ("Apple 10\u3000家门店", "10", "家", Fraction(10)),
    ("IT 300 人团队", "300", "人", Fraction(300)), ("He scored 30 分", "30", "个", Fraction(30)),
    ("用户在 App 3 天内下单", "3天内", None, Fraction(3)),
])
def test_a_figure_next_to_letters_loads(tmp_path: Path, quote: str, value: str,
                                        unit: str | None, amount: Fraction) -> None:
    quantity = load(_write(tmp_path, quote, value, unit)).claims["x"].quantity
    assert quantity is not None and quantity.value == amount


@pytest.mark.parametrize(("quote", "value"), [("Apple 3月份发布新品", "3月份"),
                                            ("Apple 3月发布新品", "3月")])
def test_a_month_after_a_latin_word_loads_as_a_date(tmp_path: Path, quote: str,
                                                    value: str) -> None:
    # 3月份 of Apple 3月份发布新品 was refused as part of the identifier 'Apple 3'
    claim = load(_write(tmp_path, quote, value)).claims["x"]
    assert claim.quantity is None and str(claim.date) == "2023-03"


@pytest.mark.parametrize(("text", "value"), [
    # a range, a date, a time after a number: no identifier
    ("開設7-11家分店", "7-11家"), ("2023-7-11", "2023-7-11"), ("7-11月", "7-11月"),
    ("股價跌至80後回升", "80"), ("3小時後", "3小時"), ("8後", "8"),
    ("阵风7-11级", "7-11级"),
    # after a word of reaching an age, 后 is "after": 80 of 年满80后可以领取 (once listed as
    # 80后, people born in the 1980s)
    ("年满80后可以领取", "80"), ("年滿80後可領取", "80"), ("年过80后开始写作", "80"),
    ("已满18后可报名", "18"), ("年届60后退休", "60"),
    # a Latin word and a space before a figure with a unit, a magnitude or a percent sign,
    # a year, or a currency's code: a figure still
    ("Top 10家企业", "10家"), ("GDP 1000亿元", "1000亿元"), ("LPR 3.45%", "3.45%"),
    ("价格RMB 1000", "1000"), ("售价USD 100", "100"), ("确诊COVID 19例", "19例"),
    ("in 2020", "2020"), ("iPhone 15 128GB", "128GB"),
    # ... and after any Latin word a unit, a classifier or a date word across a space: 3月份
    # of Apple 3月份发布 was the identifier 'Apple 3', 10 of Apple 10 家门店 'Apple 10'
    ("Apple 3月份发布新品", "3月份"), ("Apple 3月发布新品", "3月"), ("Apple 15日发布", "15日"),
    ("Apple 10 家门店", "10"), ("IT 300 人团队", "300"), ("用户在 App 3 天内下单", "3"),
    ("He scored 30 分", "30"), ("Apple 10\u3000家门店", "10"), ("LPR 3.45 %", "3.45"),
    # a date written with its year first is one date, and two ranges stay two
    ("2020-01-05发布", "2020-01-05"), ("2020-1-5至2020-2-5", "2020-2-5"),
    ("气温7-11度，湿度60-80%", "60-80%"),
])
def test_no_identifier_where_the_text_writes_a_figure(text: str, value: str) -> None:
    assert value in {m.text for m in extract(text) if m.kind != "identifier"}


def test_an_age_reached_before_hou_loads_as_a_number_of_years(tmp_path: Path) -> None:
    # 80 of 年滿80後可領取 was refused as part of the identifier 80後, a generation
    quantity = load(_write(tmp_path, "年滿80後可領取", "80", "年")).claims["x"].quantity
    assert quantity is not None and (quantity.value, quantity.unit) == (80, "年")


@pytest.mark.parametrize(("quote", "value"), [
    # each part of a dashed code was refused as only part of the range 7-11 ("the figure
    # is '7-11', a range"), which told the writer to claim 7 to 11
    ("编号为7-11-28的车辆", "7"), ("编号为7-11-28的车辆", "7-11"), ("编号为7-11-28的车辆", "28"),
])
def test_a_part_of_a_dashed_code_is_no_range(tmp_path: Path, quote: str, value: str) -> None:
    error = _error(tmp_path, quote, value, "个")
    assert "a range" not in error
    assert "the figure is '7-11-28', which factcheck does not read" in error


@pytest.mark.parametrize(("quote", "value", "unit", "word"), [
    # named days and named numbers loaded as counts: 3 and 15 of 3·15晚会, 11 of 双11当天,
    # 985 of 985高校 and 110 of 110接警量 with unit: 个 (also without a unit where the
    # rule of a bare number asked for one)
    ("今年3·15晚会曝光", "3", "个", "3·15"), ("今年3·15晚会曝光", "15", None, "3·15"),
    ("今年3・15晚会曝光", "15", "个", "3・15"), ("今年3．15晚会曝光", "3．15", "个", "3．15"),
    # with an ASCII point before a word of the day (3.15 loaded as 3.15 items)
    ("今年3.15晚会曝光", "3.15", "个", "3.15"), ("今年3.15晚会曝光", "3.15", None, "3.15"),
    ("3.15消费者权益日当天", "3.15", "个", "3.15"), ("3.15维权活动", "3.15", "个", "3.15"),
    ("3.15国际消费者权益日", "3.15", "个", "3.15"),
    ("5·12汶川地震", "12", "天", "5·12"),
    ("双11当天成交额", "11", "个", "双11"), ("雙十一當天", "十一", None, "雙十一"),
    ("双十二期间", "十二", "个", "双十二"),
    ("618期间销量大增", "618", "个", "618期间"), ("618期间销量大增", "618期", None, "618期间"),
    ("618大促开启", "618", "个", "618大促"),
    ("全国985高校", "985", "个", "985高校"), ("211工程建设", "211", "个", "211工程"),
    ("985、211高校毕业生", "211", "个", "985、211高校"),
    ("全市110接警量下降", "110", "个", "110接警"), ("12345热线受理", "12345", "个", "12345热线"),
    ("12315平台受理投诉", "12315", "件", "12315平台"), ("120急救中心", "120", "个", "120急救"),
])
def test_a_named_day_or_number_is_refused_as_an_identifier(
        tmp_path: Path, quote: str, value: str, unit: str | None, word: str) -> None:
    error = _error(tmp_path, quote, value, unit)
    assert f"is part of the identifier '{word}'" in error
    assert "hint: list the mention under not_claims" in error


@pytest.mark.parametrize(("text", "identifier"), [
    ("今年3·15晚会曝光了多家企业", "3·15"), ("今年3．15晚会曝光", "3．15"),
    ("今年3.15晚会曝光", "3.15"), ("5.12汶川地震", "5.12"),
    ("双11当天成交额突破5000亿元", "双11"), ("双十一天猫成交额", "双十一"),
    ("618期间销量大增", "618期间"), ("全国985高校", "985高校"), ("全市110接警量下降", "110接警"),
])
def test_extract_reads_a_named_day_or_number_as_an_identifier(text: str,
                                                              identifier: str) -> None:
    [m] = [m for m in extract(text) if identifier in m.text or m.text in identifier]
    assert (m.text, m.kind) == (identifier, "identifier")


@pytest.mark.parametrize(("text", "value"), [
    # decimals, counts and sizes that only look like the named days and numbers
    ("增长3．15倍", "3．15倍"), ("营收3．5亿元", "3．5亿元"), ("利率为3.15左右", "3.15左右"),
    ("股价3．15元", "3．15元"), ("收于3.15点", "3.15点"), ("指数为3．15左右", "3．15左右"),
    ("增长3.15倍", "3.15倍"), ("股价3.15元", "3.15元"), ("营收3.15亿元", "3.15亿元"),
    ("指数为3.15，晚会收视率", "3.15"), ("评分3.15分", "3.15分"),
    ("一双11码的鞋", "11"), ("双11月", "11月"), ("共卖出618件", "618件"),
    ("618名学生", "618名"), ("985名考生参加", "985名"), ("211个项目", "211个"),
    ("110名民警出动", "110名"), ("120辆急救车", "120辆"), ("全年接警110起", "110起"),
    ("双方各派11人", "11人"),
])
def test_no_named_day_or_number_where_the_text_writes_a_figure(text: str, value: str) -> None:
    assert value in {m.text for m in extract(text) if m.kind != "identifier"}


# --- Cantonese: 個鐘 (hours), 個半 and 年半 (one and a half), 蚊 (a dollar), 厘 ---------

def _proposed(text: str) -> set[str]:
    """The mentions of ``text`` that ``factcheck extract --format yaml`` proposes a claim of."""
    spans_of, wholes_of = figure_index(text)
    return {m.text for m in extract(text) if m.counted
            and skeleton_problem(text, m, spans_of, wholes_of) is None}


@pytest.mark.parametrize(("quote", "value", "unit"), [
    # 個鐘 (個鐘頭) is Cantonese for an hour: each loaded as a count of items (about 2, 3,
    # 2 with 多 dropped, 0.5)
    ("東涌線列車延誤約兩個鐘", "約兩個", "個"), ("列車延誤三個鐘頭", "三個", "個"),
    ("乘客被困約兩個多鐘", "約兩個", "個"), ("等了半個鐘", "半個", "個"),
    ("排隊等了兩個半鐘", "兩個", "個"), ("東涌線列車延誤約兩個鐘", "約兩個", "小時"),
    ("東涌線列車延誤約兩個鐘", "約兩個", None),
    ("買了三個鐘", "三個", "個"),  # three clocks, or three hours: refused either way
])
def test_a_count_before_zhong_is_only_part_of_hours(tmp_path: Path, quote: str, value: str,
                                                    unit: str | None) -> None:
    error = _error(tmp_path, quote, value, unit)
    assert f"value '{value}' is only part of a figure in the quote" in error


@pytest.mark.parametrize(("quote", "value"), [
    ("東涌線列車延誤約兩個鐘", "約兩個鐘"), ("列車延誤三個鐘頭", "三個鐘頭"),
])
def test_ge_zhong_is_hours_or_clocks_with_no_unit_of_its_own(tmp_path: Path, quote: str,
                                                             value: str) -> None:
    error = _error(tmp_path, quote, value)
    assert "an hour in Cantonese" in error and "did you mean" not in error
    error = _error(tmp_path, quote, value, "個")  # 3 clocks, or 3 items: no 個
    assert "which is an hour in Cantonese" in error


@pytest.mark.parametrize(("quote", "value", "hours"), [
    ("東涌線列車延誤約兩個鐘", "約兩個鐘", 2), ("列車延誤三個鐘頭", "三個鐘頭", 3),
])
def test_ge_zhong_loads_as_hours_where_the_claim_says_so(tmp_path: Path, quote: str,
                                                         value: str, hours: int) -> None:
    quantity = load(_write(tmp_path, quote, value, "小時")).claims["x"].quantity
    assert quantity is not None and quantity.base == Fraction(hours, 24)  # in days


@pytest.mark.parametrize(("quote", "value", "unit"), [
    # 個半 and 年半 are one and a half: each loaded as a half (0.5 h, 0.5 years, ...)
    ("行程約個半小時", "半小時", None), ("行程約個半小時", "半小時", "小時"),
    ("輪候年半", "半", "年"), ("工程延誤個半月", "半", "月"), ("等了個半鐘", "半", "小時"),
    ("工程延誤三個半月", "半", "月"), ("等了兩天半", "半", "天"), ("需時一年半", "半", "年"),
])
def test_a_half_after_a_unit_is_only_part_of_one_and_a_half(
        tmp_path: Path, quote: str, value: str, unit: str | None) -> None:
    error = _error(tmp_path, quote, value, unit)
    assert f"value '{value}' is only part of a figure in the quote" in error


@pytest.mark.parametrize(("quote", "value", "base"), [
    # a half that starts its figure stays one
    ("每天半小時", "半小時", Fraction(1, 48)), ("歷時半年", "半年", None), ("等了半個月", "半個月", None),
])
def test_a_half_after_a_word_stays_whole(tmp_path: Path, quote: str, value: str,
                                         base: Fraction | None) -> None:
    quantity = load(_write(tmp_path, quote, value)).claims["x"].quantity
    assert quantity is not None and quantity.value == Fraction(1, 2)
    assert base is None or quantity.base == base


@pytest.mark.parametrize(("quote", "value", "unit", "word"), [
    # 厘 of an interest rate (0.25厘 is 0.25% a year in Hong Kong, a hundredth of a 尺 or a
    # 两 elsewhere): each loaded in the unit given (0.25 cm, 0.25元, 0.25%)
    ("金管局宣布加息0.25厘", "0.25", "厘米", "厘"), ("金管局宣布加息0.25厘", "0.25", "元", "厘"),
    ("金管局宣布加息0.25厘", "0.25", "%", "厘"), ("最優惠利率升至5.875厘", "5.875", "個百分點", "厘"),
    # 蚊 is a dollar in Cantonese speech (Hong Kong's or, in Guangdong, a yuan): each loaded
    ("每程收費5蚊", "5", "個", "蚊"), ("每程收費5蚊", "5", "港元", "蚊"),
    ("每程只需兩蚊", "兩", "元", "蚊"), ("即多出約800蚊", "約800", "元", "蚊"),
])
def test_a_bare_value_before_li_or_man_is_refused(tmp_path: Path, quote: str, value: str,
                                                  unit: str, word: str) -> None:
    error = _error(tmp_path, quote, value, unit)
    assert f"cannot name the unit the quote writes after the value, '{word}'" in error
    assert "hint: list the mention under not_claims" in error


@pytest.mark.parametrize(("quote", "value"), [
    ("金管局宣布加息0.25厘", "0.25厘"), ("每程收費5蚊", "5蚊"), ("即多出約800蚊", "約800蚊"),
])
def test_a_value_in_li_or_man_is_refused(tmp_path: Path, quote: str, value: str) -> None:
    error = _error(tmp_path, quote, value)
    assert f"is in '{value[-1]}'" in error and "which factcheck does not read" in error
    assert "did you mean" not in error and "hint: no claim can hold it" in error


@pytest.mark.parametrize(("quote", "value", "unit", "base"), [
    # 蚊 and 厘 that start a word of their own are untouched
    ("雨量達5厘米", "5", "厘米", Fraction(5, 100)), ("家中有3個蚊帳", "3個", None, 3),
    ("捉到30蚊子", "30", "個", 30),
])
def test_man_and_li_in_a_word_of_their_own_load(tmp_path: Path, quote: str, value: str,
                                                unit: str | None, base: Fraction) -> None:
    quantity = load(_write(tmp_path, quote, value, unit)).claims["x"].quantity
    assert quantity is not None and quantity.base == base


def test_extract_proposes_no_figure_in_li_or_man() -> None:
    text = "金管局宣布加息0.25厘，每程收費5蚊，多出約800蚊。捉到3隻蚊子，雨量達5厘米。"
    proposed = _proposed(text)
    assert not {"0.25", "5", "約800"} & proposed and {"3隻", "5厘米"} <= proposed
    reasons = {m.text: _reason(text, m.text) for m in extract(text) if m.text in ("0.25", "5")}
    assert reasons["0.25"] is not None and "'厘'" in reasons["0.25"]
    assert reasons["5"] is not None and "'蚊'" in reasons["5"]


def test_extract_proposes_no_hours_or_one_and_a_half_as_items_or_a_half() -> None:
    text = ("東涌線列車延誤約兩個鐘，列車延誤三個鐘頭，被困約兩個多鐘，等了半個鐘。"
            "行程約個半小時，工程延誤個半月。")
    assert not {"約兩個", "三個", "半個", "半小時", "半月"} & _proposed(text)
    text = "另等了兩個禮拜、三個星期，每天半小時，歷時半年，用了5分鐘。"
    assert {"兩個禮拜", "三個星期", "半小時", "半年", "5分鐘"} <= _proposed(text)


@pytest.mark.parametrize(("quote", "value"), [("工程延誤半月", "半月"), ("工程延誤約半月", "約半月")])
def test_half_a_month_is_no_month_of_the_calendar(tmp_path: Path, quote: str,
                                                  value: str) -> None:
    # 半月 was refused as "names months of the calendar, a date", with the hint unit: date
    error = _error(tmp_path, quote, value)
    assert f"'{value}' is half a month" in error and "of the calendar" not in error
    assert "unit: date" not in error and "give `unit: 月`" in error
    quantity = load(_write(tmp_path, quote, value, "月")).claims["x"].quantity
    assert quantity is not None and quantity.value == Fraction(1, 2)


@pytest.mark.parametrize(("quote", "value", "unit"), [
    # the half of a clock time (half past three) loaded as half an hour
    ("三點半開會", "半", "小時"), ("下午兩點半", "半", "小時"), ("三点半开会", "半", "小时"),
])
def test_a_half_after_a_clock_hour_is_no_half_hour(tmp_path: Path, quote: str, value: str,
                                                   unit: str) -> None:
    error = _error(tmp_path, quote, value, unit)
    assert f"value '{value}' is only part of a figure in the quote" in error


@pytest.mark.parametrize(("quote", "value"), [("等了一年半", "一年"), ("等了一小時半", "一小時")])
def test_a_span_before_a_half_that_ends_a_line_is_only_part(tmp_path: Path, quote: str,
                                                            value: str) -> None:
    # 一年 of 一年半 at the end of a line loaded as one year, though 一年半。 was refused
    write_corpus(tmp_path, f"{quote}\n下一段。", f"""\
claims:
  - {{id: x, quote: {quote}, value: "{value}", entity: e, metric: m, as_of: "2023"}}
""")
    with pytest.raises(LoadErrors) as caught:
        load(tmp_path)
    assert f"value '{value}' is only part of a figure in the quote" in str(caught.value)
    assert [m.text for m in extract(f"{quote}\n下一段。")] == [quote[2:]]


@pytest.mark.parametrize(("quote", "value"), [
    # Hong Kong's typhoon signals: 八號 loaded with unit: date as the 8th of as_of's month
    ("天文台昨晚改發八號風球", "八號"), ("天文台懸掛3號風球", "3號"), ("改掛十號風球", "十號"),
])
def test_a_typhoon_signal_is_no_date(tmp_path: Path, quote: str, value: str) -> None:
    write_corpus(tmp_path, f"{quote}。", f"""\
claims:
  - {{id: x, quote: {quote}, value: "{value}", unit: date, entity: e, metric: m,
      as_of: "2023-08"}}
""")
    with pytest.raises(LoadErrors) as caught:
        load(tmp_path)
    assert f"'{value}' numbers a thing here ({value}風球)" in str(caught.value)
    [m] = [m for m in extract(f"{quote}。") if value in m.text]
    assert m.kind == "identifier"


@pytest.mark.parametrize(("quote", "value", "unit"), [
    # 十蚊八塊 is "ten dollars or so", one rough amount: 八塊 loaded with unit: 元 as 8元
    ("車費約十蚊八塊", "八塊", "元"), ("車費約十蚊八塊", "八塊", "港元"), ("不過三蚊兩塊", "兩塊", "元"),
])
def test_a_figure_right_after_a_figure_in_man_is_part_of_a_rough_amount(
        tmp_path: Path, quote: str, value: str, unit: str) -> None:
    error = _error(tmp_path, quote, value, unit)
    assert f"value '{value}' is only part of a figure in the quote" in error
    assert "one rough amount in Cantonese" in error
    assert value not in _proposed(f"{quote}。")
