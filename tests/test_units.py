"""Tests for factcheck._units, _unit_words and _unit_display: registry, unit words, exact
conversions and display."""

from __future__ import annotations

import pickle
import subprocess
import sys
import textwrap
from collections import defaultdict
from fractions import Fraction
from pathlib import Path

import pint
import pytest
from corpus_builder import CLAIMS, TEXT, write_corpus
from hypothesis import example, given
from hypothesis import strategies as st

from factcheck import _unit_display, _unit_words, _units
from factcheck._claim_quantity import quantity_of
from factcheck._numbers import parse_figure
from factcheck._unit_display import display, display_span
from factcheck._unit_words import UNIT_WORDS
from factcheck._units import (
    MAX_UNIT_CHARS,
    DimensionMismatch,
    convert,
    parse_unit,
    registry,
    suggest_units,
    to_base,
    unit_label,
)


def unit(text: str) -> pint.Unit:
    parsed = parse_unit(text)
    assert parsed is not None, text
    return parsed


# ---- registry ------------------------------------------------------------------------


def test_registry_is_built_once() -> None:
    assert registry() is registry()


def test_registry_is_not_pints_application_registry() -> None:
    app = pint.get_application_registry()  # type: ignore[no-untyped-call]
    assert registry() is not app.get()
    assert "yuan" not in app
    assert "yuan" in registry()


def test_registry_uses_fractions() -> None:
    assert registry().non_int_type is Fraction


def test_pint_accepts_chinese_identifiers_as_aliases() -> None:
    parsed = registry().parse_units("元/斤")
    assert parsed == registry().parse_units("yuan / jin")
    assert registry().parse_units("公里") == registry().parse_units("kilometer")


# ---- unit words ----------------------------------------------------------------------

# Every unit word: one of it in base units, exactly.
WORD_BASES = {
    "元": (1, "yuan"),
    "元钱": (1, "yuan"),
    "元錢": (1, "yuan"),
    "人民币": (1, "yuan"),
    "人民幣": (1, "yuan"),
    "万元": (10**4, "yuan"),
    "萬元": (10**4, "yuan"),
    "亿元": (10**8, "yuan"),
    "億元": (10**8, "yuan"),
    "公里": (1000, "meter"),
    "千米": (1000, "meter"),
    "米": (1, "meter"),
    # Taiwan's metre, centimetre and square metre (and the mainland's 厘米) were unknown,
    # and the hint offered 平方公里 for 平方公尺, 米 for 厘米: a factor of 10**6 or 100
    "公尺": (1, "meter"),
    # Taiwan's metric ton, 公噸, was an unknown unit whose hint offered 吨 and 公顷
    "公噸": (1000, "kilogram"),
    "公吨": (1000, "kilogram"),
    "萬公噸": (10**7, "kilogram"),
    "万公吨": (10**7, "kilogram"),
    "厘米": (Fraction(1, 100), "meter"),
    "毫米": (Fraction(1, 1000), "meter"),
    "微米": (Fraction(1, 10**6), "meter"),
    "纳米": (Fraction(1, 10**9), "meter"),
    "納米": (Fraction(1, 10**9), "meter"),
    "光年": (Fraction(9460730472580800), "meter"),  # light goes 299792458 m/s for 365.25 days
    "公分": (Fraction(1, 100), "meter"),
    "平方公尺": (1, "meter ** 2"),
    "平方公里": (10**6, "meter ** 2"),
    "平方千米": (10**6, "meter ** 2"),
    "平方米": (1, "meter ** 2"),
    "平米": (1, "meter ** 2"),
    "万平方米": (10**4, "meter ** 2"),
    # small areas and volumes were unknown, and value: "30" with unit: 平方米 loaded
    # 30平方分米 as 30 m²
    "平方分米": (Fraction(1, 100), "meter ** 2"),
    "平方厘米": (Fraction(1, 10**4), "meter ** 2"),
    "平方公分": (Fraction(1, 10**4), "meter ** 2"),
    "平方毫米": (Fraction(1, 10**6), "meter ** 2"),
    "立方分米": (Fraction(1, 10**3), "meter ** 3"),
    "立方厘米": (Fraction(1, 10**6), "meter ** 3"),
    "立方公分": (Fraction(1, 10**6), "meter ** 3"),
    "立方毫米": (Fraction(1, 10**9), "meter ** 3"),
    "亩": (Fraction(2000, 3), "meter ** 2"),  # 1/15 hectare since 1959
    "畝": (Fraction(2000, 3), "meter ** 2"),
    "公顷": (10**4, "meter ** 2"),
    "公頃": (10**4, "meter ** 2"),
    "坪": (Fraction(400, 121), "meter ** 2"),  # Taiwan's 6 台尺 square, a 台尺 10/33 m
    # Hong Kong's imperial units, from the foot of exactly 0.3048 m
    "英尺": (Fraction(381, 1250), "meter"),
    "平方呎": (Fraction(381, 1250) ** 2, "meter ** 2"),
    "平方英尺": (Fraction(381, 1250) ** 2, "meter ** 2"),
    "吋": (Fraction(127, 5000), "meter"),
    "英寸": (Fraction(127, 5000), "meter"),
    "哩": (Fraction(201168, 125), "meter"),
    "英里": (Fraction(201168, 125), "meter"),
    "萬平方米": (10**4, "meter ** 2"),
    "斤": (Fraction(1, 2), "kilogram"),
    "市斤": (Fraction(1, 2), "kilogram"),  # the mainland catty, 500 g
    "台斤": (Fraction(3, 5), "kilogram"),  # the Taiwan catty, 600 g
    "臺斤": (Fraction(3, 5), "kilogram"),
    "公斤": (1, "kilogram"),
    "千克": (1, "kilogram"),
    "吨": (1000, "kilogram"),
    "噸": (1000, "kilogram"),
    "万吨": (10**7, "kilogram"),
    "萬噸": (10**7, "kilogram"),
    "天": (1, "day"),
    "小时": (Fraction(1, 24), "day"),
    "小時": (Fraction(1, 24), "day"),
    "周": (7, "day"),
    "週": (7, "day"),
    "个季度": (Fraction(1461, 16), "day"),  # a quarter of a year, three months
    "個季度": (Fraction(1461, 16), "day"),
    "星期": (7, "day"),
    "个星期": (7, "day"),
    "個星期": (7, "day"),
    "礼拜": (7, "day"),
    "禮拜": (7, "day"),
    "个礼拜": (7, "day"),
    "個禮拜": (7, "day"),
    "个月": (Fraction(1461, 48), "day"),
    "個月": (Fraction(1461, 48), "day"),
    "月": (Fraction(1461, 48), "day"),
    "年": (Fraction(1461, 4), "day"),
    "载": (Fraction(1461, 4), "day"),  # 20余载: years, in literary writing
    "載": (Fraction(1461, 4), "day"),
    "家": (1, "firm"),
    "个": (1, "item"),
    "個": (1, "item"),
    "项": (1, "item"),
    "項": (1, "item"),
    "套": (1, "item"),
    "条": (1, "item"),
    "條": (1, "item"),
    "座": (1, "item"),
    # the classifiers of machines, aircraft, vehicles, ships and pieces: 个 can replace each
    "台": (1, "item"),
    "臺": (1, "item"),
    "台套": (1, "item"),  # sets of equipment: 3台套设备
    "臺套": (1, "item"),
    "架": (1, "item"),
    "辆": (1, "item"),
    "輛": (1, "item"),
    "艘": (1, "item"),
    "件": (1, "item"),
    "张": (1, "item"),  # sheets, tickets, beds: 床位1200张
    "張": (1, "item"),
    "名": (1, "person"),
    "人": (1, "person"),
    "位": (1, "person"),
    "次": (1, "occasion"),
    "人次": (1, "occasion * person"),
    # freight and passenger turnover (2.5万亿吨公里, 150亿人公里): no mass, no people
    "吨公里": (10**6, "kilogram * meter"),
    "噸公里": (10**6, "kilogram * meter"),
    "吨千米": (10**6, "kilogram * meter"),
    "噸千米": (10**6, "kilogram * meter"),
    "人公里": (1000, "meter * person"),
    "人千米": (1000, "meter * person"),
    "人次公里": (1000, "meter * person"),
    "人次千米": (1000, "meter * person"),
    "台次": (1, "item * occasion"),  # uses of machines or vehicles: never 台, machines
    "架次": (1, "item * occasion"),
    "艘次": (1, "item * occasion"),
    "场次": (1, "item * occasion"),
    "場次": (1, "item * occasion"),
    "班次": (1, "item * occasion"),
    "辆次": (1, "item * occasion"),  # vehicle trips: never 辆, vehicles
    "輛次": (1, "item * occasion"),
    "件次": (1, "item * occasion"),
    # pressure: 百帕 is a hectopascal, never a hundred (pascals are kg / (m s²); the day is 86400 s)
    "帕": (Fraction(86400**2), "kilogram / day ** 2 / meter"),
    "百帕": (Fraction(100 * 86400**2), "kilogram / day ** 2 / meter"),
    "千帕": (Fraction(1000 * 86400**2), "kilogram / day ** 2 / meter"),
    "兆帕": (Fraction(10**6 * 86400**2), "kilogram / day ** 2 / meter"),  # 兆: mega, as in MPa
    "层": (1, "storey"),
    "層": (1, "storey"),
    "对": (1, "pair"),
    "對": (1, "pair"),
    "碗": (1, "bowl"),
    "批": (1, "batch"),  # batches: a group each, no item (分3批)
    "批次": (1, "batch"),  # 抽检3000批次: batches sampled, no uses
    "微克": (Fraction(1, 10**9), "kilogram"),  # PM2.5 28微克/立方米
    "毫克": (Fraction(1, 10**6), "kilogram"),
    "立方米": (1, "meter ** 3"),
    "万立方米": (10**4, "meter ** 3"),
    "萬立方米": (10**4, "meter ** 3"),
    "亿立方米": (10**8, "meter ** 3"),
    "億立方米": (10**8, "meter ** 3"),
    "间夜": (1, "room_night"),  # 销售客房72万间夜: rooms sold for a night each, no rooms
    "間夜": (1, "room_night"),
    "例": (1, "case"),  # 确诊8.5万例: cases, no items nor persons
    "剂次": (1, "dose"),  # 接种2.3亿剂次: vaccine doses given
    "劑次": (1, "dose"),
    "户": (1, "household"),  # 突破500万户: households, subscribers, accounts
    "戶": (1, "household"),
    "枚": (1, "item"),  # 38枚金牌: 个 replaces 枚
    "美元": (1, "us_dollar"),
    "美金": (1, "us_dollar"),
    "万美元": (10**4, "us_dollar"),
    "萬美元": (10**4, "us_dollar"),
    "亿美元": (10**8, "us_dollar"),
    "億美元": (10**8, "us_dollar"),
    "港元": (1, "hk_dollar"),
    "港币": (1, "hk_dollar"),
    "港幣": (1, "hk_dollar"),
    "新台幣": (1, "new_taiwan_dollar"),
    "新臺幣": (1, "new_taiwan_dollar"),
    "新台币": (1, "new_taiwan_dollar"),
    "台幣": (1, "new_taiwan_dollar"),
    "臺幣": (1, "new_taiwan_dollar"),
    "台币": (1, "new_taiwan_dollar"),
    "欧元": (1, "euro"),
    "歐元": (1, "euro"),
    "日元": (1, "yen"),
    "日圆": (1, "yen"),  # Taiwan's and Hong Kong's word: was an unknown unit
    "日圓": (1, "yen"),
    "日币": (1, "yen"),
    "日幣": (1, "yen"),
    "英镑": (1, "pound_sterling"),
    "英鎊": (1, "pound_sterling"),
    # other currencies with 万 and 亿, as findings show them (300亿港元, not 30000000000港元)
    "万港元": (10**4, "hk_dollar"),
    "萬港元": (10**4, "hk_dollar"),
    "亿港元": (10**8, "hk_dollar"),
    "億港元": (10**8, "hk_dollar"),
    "万新台币": (10**4, "new_taiwan_dollar"),
    "萬新台幣": (10**4, "new_taiwan_dollar"),
    "亿新台币": (10**8, "new_taiwan_dollar"),
    "億新台幣": (10**8, "new_taiwan_dollar"),
    "万欧元": (10**4, "euro"),
    "萬歐元": (10**4, "euro"),
    "亿欧元": (10**8, "euro"),
    "億歐元": (10**8, "euro"),
    "万日元": (10**4, "yen"),
    "萬日元": (10**4, "yen"),
    "亿日元": (10**8, "yen"),
    "億日元": (10**8, "yen"),
    "万英镑": (10**4, "pound_sterling"),
    "萬英鎊": (10**4, "pound_sterling"),
    "亿英镑": (10**8, "pound_sterling"),
    "億英鎊": (10**8, "pound_sterling"),
    # the Macanese pataca: 澳門幣2億元 and 300萬澳門元 were renminbi or an unknown unit
    "澳门元": (1, "macau_pataca"),
    "澳門元": (1, "macau_pataca"),
    "澳门币": (1, "macau_pataca"),
    "澳門幣": (1, "macau_pataca"),
    "万澳门元": (10**4, "macau_pataca"),
    "萬澳門元": (10**4, "macau_pataca"),
    "亿澳门元": (10**8, "macau_pataca"),
    "億澳門元": (10**8, "macau_pataca"),
    # power and energy: exactly kW, MW, kWh and MWh (watts are kg m² / s³; the day is 86400 s)
    "千瓦": (Fraction(1000 * 86400**3), "kilogram * meter ** 2 / day ** 3"),
    "兆瓦": (Fraction(10**6 * 86400**3), "kilogram * meter ** 2 / day ** 3"),
    "千瓦时": (Fraction(1000 * 3600 * 86400**2), "kilogram * meter ** 2 / day ** 2"),
    "千瓦時": (Fraction(1000 * 3600 * 86400**2), "kilogram * meter ** 2 / day ** 2"),
    "兆瓦时": (Fraction(10**6 * 3600 * 86400**2), "kilogram * meter ** 2 / day ** 2"),
    "兆瓦時": (Fraction(10**6 * 3600 * 86400**2), "kilogram * meter ** 2 / day ** 2"),
    "千瓦·时": (Fraction(1000 * 3600 * 86400**2), "kilogram * meter ** 2 / day ** 2"),
    "千瓦·時": (Fraction(1000 * 3600 * 86400**2), "kilogram * meter ** 2 / day ** 2"),
    "兆瓦·时": (Fraction(10**6 * 3600 * 86400**2), "kilogram * meter ** 2 / day ** 2"),
    "兆瓦·時": (Fraction(10**6 * 3600 * 86400**2), "kilogram * meter ** 2 / day ** 2"),
    "兆焦": (Fraction(10**6 * 86400**2), "kilogram * meter ** 2 / day ** 2"),  # MJ
    "兆焦耳": (Fraction(10**6 * 86400**2), "kilogram * meter ** 2 / day ** 2"),
    # frequency: MHz
    "兆赫": (Fraction(10**6 * 86400), "1 / day"),
    "兆赫兹": (Fraction(10**6 * 86400), "1 / day"),
    "兆赫茲": (Fraction(10**6 * 86400), "1 / day"),
    "%": (Fraction(1, 100), "dimensionless"),
    "成": (Fraction(1, 10), "dimensionless"),  # 三成 is 30%
    "\N{FULLWIDTH PERCENT SIGN}": (Fraction(1, 100), "dimensionless"),
    "百分点": (Fraction(1, 100), "dimensionless"),
    "百分點": (Fraction(1, 100), "dimensionless"),
    "个百分点": (Fraction(1, 100), "dimensionless"),
    "個百分點": (Fraction(1, 100), "dimensionless"),
    "千分点": (Fraction(1, 1000), "dimensionless"),
    "千分點": (Fraction(1, 1000), "dimensionless"),
    "个千分点": (Fraction(1, 1000), "dimensionless"),
    "個千分點": (Fraction(1, 1000), "dimensionless"),
}


def test_word_table_covers_every_unit_word() -> None:
    assert set(WORD_BASES) == set(UNIT_WORDS)


@pytest.mark.parametrize(("word", "expected"), WORD_BASES.items())
def test_unit_word_in_base_units(word: str, expected: tuple[Fraction | int, str]) -> None:
    assert to_base(Fraction(1), unit(word)) == (Fraction(expected[0]), expected[1])


@pytest.mark.parametrize(
    ("magnitude", "word", "expected"),
    [
        (Fraction("293.9"), "亿元", (Fraction(29390000000), "yuan")),
        (Fraction(26), "平方公里", (Fraction(26000000), "meter ** 2")),
        (Fraction("43.42"), "万平方米", (Fraction(434200), "meter ** 2")),
        (Fraction("51.65"), "万吨", (Fraction(516500000), "kilogram")),
        (Fraction(1), "斤", (Fraction(1, 2), "kilogram")),
        (Fraction(2800), "公里", (Fraction(2800000), "meter")),
        (Fraction(3000), "公里", (Fraction(3000000), "meter")),
        (Fraction(10), "元/斤", (Fraction(20), "yuan / kilogram")),
        (Fraction(2), "天/层", (Fraction(2), "day / storey")),
        (Fraction(1), "1/层", (Fraction(1), "1 / storey")),
        (Fraction("77.84"), "%", (Fraction(7784, 10000), "dimensionless")),
        (Fraction(4), "年", (Fraction(1461), "day")),
        (Fraction(3), "km/hour", (Fraction(72000), "meter / day")),
    ],
)
def test_article_figures_in_base_units(
    magnitude: Fraction, word: str, expected: tuple[Fraction, str]
) -> None:
    assert to_base(magnitude, unit(word)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yuan", "yuan"),
        ("CNY", "yuan"),
        ("元", "yuan"),
        ("km", "kilometer"),
        ("公里", "kilometer"),
        ("kilometer**2", "kilometer ** 2"),
        ("km²", "kilometer ** 2"),
        ("平方公里", "square_kilometer"),
        ("元/斤", "yuan / jin"),
        ("天/层", "day / storey"),
        (" 万元 ", "wan_yuan"),
        ("\N{FULLWIDTH PERCENT SIGN}", "percent"),
        ("", "dimensionless"),
    ],
)
def test_parse_unit_accepts_words_and_pint_expressions(text: str, expected: str) -> None:
    assert parse_unit(text) == registry().parse_units(expected)


@pytest.mark.parametrize(
    "text",
    [
        "公理",
        "yaun",
        "meter/",
        "**",
        "3 meter",
        "元 元 /",
        "degC",
        "kilometer ** 0.5",
        "\N{FULLWIDTH PERCENT SIGN}" * 2,
    ],
)
def test_parse_unit_returns_none_for_what_it_cannot_convert(text: str) -> None:
    assert parse_unit(text) is None


@given(st.text(max_size=12))
def test_parse_unit_never_raises(text: str) -> None:
    result = parse_unit(text)
    assert result is None or isinstance(result, pint.Unit)


def test_a_unit_longer_than_any_is_refused_without_pint(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # pint took the square of the length to refuse an unknown unit: 6 s of CPU for 20,000
    # characters, a minute for the 60,000 that one line of a claims file may hold; such a
    # unit is now refused before pint sees it (no timing here: the registry is not asked)
    assert parse_unit("wan_new_taiwan_dollar / square_kilometer / year") is not None

    asked: list[str] = []

    def no_pint() -> None:  # parse_unit takes any error of pint's for "not a unit"
        asked.append("registry")
        raise AssertionError("pint was asked to parse a unit longer than any")

    monkeypatch.setattr(_units, "registry", no_pint)
    assert parse_unit("x" * 20_000) is None
    assert parse_unit("元/" + "斤" * MAX_UNIT_CHARS) is None
    assert asked == []


def test_a_base_unit_longer_than_any_written_one_keeps_its_dimensions() -> None:
    # 13 kinds of unit to the 10th power: 86 characters written, 204 as base units, which
    # parse_unit refuses for their length: the pytest API's claim_value gave the claim as
    # a plain number (dimensionless), and a derived check over it raised AssertionError
    from claim_factory import make_claim, make_corpus

    from factcheck._pint_values import claim_value

    unit = "*".join(f"{word}**10" for word in
                    "新台币 英镑 港元 美元 欧元 日元 公里 家 人 公斤 天 元 个".split())
    claim = make_claim("a", "2", unit=unit)
    assert claim.quantity is not None and len(claim.quantity.base_unit) > MAX_UNIT_CHARS
    value = claim_value(make_corpus([claim]), "a")
    assert len(dict(value.quantity.dimensionality)) == 13
    assert _units.parse_base_unit(claim.quantity.base_unit) == value.quantity.units
    assert _units.parse_base_unit("meter") is parse_unit("meter")  # the cached one


def test_a_claim_in_a_squared_or_divided_unit_can_be_printed() -> None:
    # str(), repr() and f-strings of 26平方公里 from the factcheck_claim fixture raised
    # TypeError (pint writes a power with {:n}, which the registry's Fraction powers
    # refuse), and pytest showed a failed assertion on it as "raised in repr()"
    from claim_factory import make_claim, make_corpus

    from factcheck._pint_values import claim_value

    corpus = make_corpus([make_claim("area", "26平方公里"),
                          make_claim("price", "3.5万元/平方米")])
    area, price = claim_value(corpus, "area").quantity, claim_value(corpus, "price").quantity
    assert str(area) == "26000000 meter ** 2"
    assert repr(area) == "<Quantity(26000000, 'meter ** 2')>"
    assert f"{area.to('kilometer ** 2'):~P}" == "26 km²"
    assert f"{area:H}" == "26000000 meter<sup>2</sup>"
    assert f"{area:L}" == r"26000000\ \mathrm{meter}^{2}"
    assert f"{area:C}" == "26000000 meter**2"
    assert str(price) == "35000 yuan / meter ** 2"
    assert repr(price.units) == "<Unit('yuan / meter ** 2')>"
    assert str(area * area / price) == "135200000000/7 meter ** 6 / yuan"
    assert dict((area * area).units._units) == {"meter": Fraction(4)}  # powers stay exact
    assert str(_units.registry().Unit("meter ** 0.5")) == "meter ** 0.5"  # not whole


def test_printing_units_of_another_registry_is_unchanged() -> None:
    # the fix above teaches pint's process-wide formatters (repr() uses them): a registry
    # of floats prints as it always did
    _units.registry()
    other = pint.UnitRegistry()
    speed = other.Quantity(2.5, "meter ** 2 / second")
    assert (str(speed), repr(speed), f"{speed:~P}") == (
        "2.5 meter ** 2 / second", "<Quantity(2.5, 'meter ** 2 / second')>", "2.5 m²/s")
    assert str(other.Quantity(1, "meter ** 0.5")) == "1 meter ** 0.5"


def test_a_unit_format_registered_with_pint_still_prints() -> None:
    # a format of pint.register_unit_format (cf-xarray registers "cf") in the process when
    # factcheck's registry was built was taught too, and then given its sort function as a
    # positional argument it has no place for: any f"{q:cf}" raised TypeError
    from pint.delegates.formatter._spec_helpers import REGISTERED_FORMATTERS

    from factcheck._pint_format import write_powers_plainly

    @pint.register_unit_format("factcheck_test")
    def _format(unit: object, registry: object, **options: object) -> str:
        return " * ".join(f"{name}^{power}" for name, power in unit.items())  # type: ignore[attr-defined]

    try:
        write_powers_plainly(pint.UnitRegistry())  # as registry() does, with it in place
        other = pint.UnitRegistry()
        speed = other.Quantity(2.5, "meter ** 2 / second")
        assert f"{speed.units:factcheck_test}" == "meter^2 * second^-1"
        assert f"{speed:factcheck_test}" == "2.5 meter^2 * second^-1"
    finally:
        del REGISTERED_FORMATTERS["factcheck_test"]


def test_parse_unit_is_cached() -> None:
    assert parse_unit("亿元") is parse_unit("亿元")


@pytest.mark.parametrize("word", ["degC", "degF"])
def test_an_offset_unit_is_no_suggestion(word: str) -> None:
    # 'unknown unit degC' suggested 'degC' itself, which the loader refuses again
    near = suggest_units(word)
    assert word not in near and all(parse_unit(name) is not None for name in near)


@pytest.mark.parametrize("word", ["degC", "degF", "degc", "Celsius", "fahrenheit", "deltadegC"])
def test_no_temperature_unit_is_suggested(word: str) -> None:
    # degC suggested ΔdegC, which loads as a temperature difference in kelvin: a claim of
    # 20 degC would load as a change of 20 kelvin, though no claim may hold a temperature
    near = suggest_units(word, n=10)
    registry = _units.registry()
    assert all("[temperature]" not in registry.get_dimensionality(parse_unit(name))
               for name in near), near


def test_a_temperature_has_no_suggestion() -> None:
    assert suggest_units("Celsius") == suggest_units("degc") == []


@pytest.mark.parametrize("word", ["Kelvn", "kelvn", "Kelvinn", "Farenheit", "Celcius"])
def test_a_misspelt_temperature_gets_no_unrelated_suggestion(word: str) -> None:
    # Kelvn was offered ['yen', 'pel', 'eon']: once the closest names, temperatures, were
    # left out, what shares two letters with it came next
    assert suggest_units(word, n=10) == []


_OFF_BY_A_MAGNITUDE = {"兆赫", "兆赫兹", "兆赫茲", "兆焦", "兆焦耳", "克", "千克", "千瓦", "千瓦时",
                       "千瓦時", "千瓦·时", "千瓦·時"}


@pytest.mark.parametrize("word", ["赫", "吉赫", "焦耳", "毫克", "万千瓦", "亿千瓦时", "億千瓦時"])
def test_no_unit_off_by_a_magnitude_is_suggested(word: str) -> None:
    # 频率3千赫 was told "did you mean '兆赫'", and unit: 兆赫 loaded 3000 MHz, 10^3 too
    # much: a unit word that differs from the one written by its magnitude prefix only
    # (千, 兆, 吉, 毫, 万 ...) is no misspelling of it
    near = suggest_units(word, n=10)
    assert not _OFF_BY_A_MAGNITUDE & set(near), near


@pytest.mark.parametrize(("word", "wrong"), [("亿吨", "亿元"), ("億噸", "億元"), ("亿人", "亿元"),
                                           ("TEU", "BTU"), ("kwh", "kph"), ("MWH", "MPH"),
                                           ("mw", "m")])
def test_no_unit_of_another_kind_is_suggested(word: str, wrong: str) -> None:
    # unit: 亿吨 was told "did you mean '亿元'?" and TEU (containers) "'BTU'?" (energy):
    # following either loaded a figure as another kind of quantity. A magnitude and a
    # known unit get a hint of their own; three Latin letters one apart are another unit
    assert wrong not in suggest_units(word, n=10)


def test_a_short_latin_unit_in_another_case_is_suggested() -> None:
    assert suggest_units("hz") == ["Hz"]


def test_suggest_units_near_matches() -> None:
    assert "公里" in suggest_units("公理")
    assert "千瓦" in suggest_units("千瓦时", n=10)  # the same magnitude: a misspelling still
    assert "平方千米" in suggest_units("千米", n=10)
    assert suggest_units("yaun")[0] == "yuan"
    assert suggest_units("平方公裡")[0] == "平方公里"
    assert len(suggest_units("公理", n=1)) == 1
    assert suggest_units("完全不是单位名称的一段文字") == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("家", "家"),
        ("個", "个"),
        ("元/斤", "元/斤"),
        ("km", "公里"),
        ("meter / day", "米/天"),
        ("meter ** 3", "meter ** 3"),
    ],
)
def test_unit_label(text: str, label: str) -> None:
    assert unit_label(unit(text)) == label


# ---- calendar ------------------------------------------------------------------------


def test_calendar_is_julian_and_consistent() -> None:
    assert convert(Fraction(12), unit("个月"), unit("年")) == 1
    assert convert(Fraction(4), unit("年"), unit("天")) == 1461
    assert convert(Fraction(2), unit("周"), unit("天")) == 14
    assert convert(Fraction(1), unit("天"), unit("小时")) == 24


# ---- conversions and dimension errors ------------------------------------------------


def test_convert_exact() -> None:
    assert convert(Fraction(3), unit("万元"), unit("亿元")) == Fraction(3, 10000)
    assert convert(Fraction(10), unit("元/斤"), unit("元/公斤")) == 20
    assert convert(Fraction(26), unit("平方公里"), unit("万平方米")) == 2600
    assert convert(Fraction(1), unit("人次"), unit("人") * unit("次")) == 1


@pytest.mark.parametrize("word", ["美元", "港元", "欧元", "日元", "英镑"])
def test_other_currencies_are_not_renminbi(word: str) -> None:
    # an exchange rate is a claim of its own: 5亿美元 is never 5亿元
    with pytest.raises(DimensionMismatch):
        convert(Fraction(1), unit(word), unit("元"))


@pytest.mark.parametrize(("base", "amount", "shown"), [
    ("hk_dollar", Fraction(3 * 10**10), "300亿港元"),       # not 30000000000港元
    ("hk_dollar", Fraction(25000), "2.5万港元"),
    ("hk_dollar", Fraction(9999), "9999港元"),
    ("new_taiwan_dollar", Fraction(12 * 10**8), "12亿新台币"),
    ("euro", Fraction(4480 * 10**4), "4480万欧元"),
    ("yen", Fraction(5 * 10**8), "5亿日元"),
    ("pound_sterling", Fraction(3 * 10**4), "3万英镑"),
    ("us_dollar", Fraction(5 * 10**8), "5亿美元"),
    ("macau_pataca", Fraction(3 * 10**8), "3亿澳门元"),
])
def test_other_currencies_are_shown_with_magnitude_words(base: str, amount: Fraction,
                                                         shown: str) -> None:
    assert display(amount, base) == shown


def test_unit_cannot_turn_dollars_into_renminbi() -> None:
    figure = parse_figure("5亿美元")
    assert figure is not None
    assert quantity_of(figure, "元") == (
        "dimension mismatch: the text writes '美元' (US dollar) but unit says '元' (renminbi)")


def test_firms_and_money_do_not_mix() -> None:
    with pytest.raises(DimensionMismatch) as caught:
        convert(Fraction(600), unit("家"), unit("元"))
    error = caught.value
    assert str(error) == "cannot compare 家 (firm) with 元 (renminbi)"
    assert (error.unit, error.target, error.unit_dims, error.target_dims) == (
        "家",
        "元",
        "firm",
        "renminbi",
    )
    assert isinstance(error, ValueError)
    q = registry().Quantity
    with pytest.raises(pint.DimensionalityError):
        q(Fraction(600), unit("家")) + q(Fraction(1), unit("元"))


@pytest.mark.parametrize(
    ("source", "target", "message"),
    [
        ("元", "平方米", "cannot compare 元 (renminbi) with 平方米 (length ** 2)"),
        ("人次", "人", "cannot compare 人次 (occasion * person) with 人 (person)"),
        ("对", "个", "cannot compare 对 (pair) with 个 (item)"),
        ("批", "个", "cannot compare 批 (batch) with 个 (item)"),  # 3批 of 30个
        ("间夜", "个", "cannot compare 间夜 (room_night) with 个 (item)"),  # 72万间夜 of 72万个
        ("例", "个", "cannot compare 例 (case) with 个 (item)"),  # 18例 of 18个
        ("例", "人", "cannot compare 例 (case) with 人 (person)"),
        ("剂次", "人次", "cannot compare 剂次 (dose) with 人次 (occasion * person)"),
        ("户", "家", "cannot compare 户 (household) with 家 (firm)"),
        ("户", "人", "cannot compare 户 (household) with 人 (person)"),
        # machines are things, no firms: 3台 against 3家 is no comparison (台 is 个's unit,
        # as 项 is, and 辆次 is 台次's)
        ("台", "家", "cannot compare 个 (item) with 家 (firm)"),
        ("辆次", "辆", "cannot compare 台次 (item * occasion) with 个 (item)"),
        (
            "元/斤",
            "元/碗",
            "cannot compare 元/斤 (renminbi / mass) with 元/碗 (renminbi / serving)",
        ),
        ("%", "元", "cannot compare % (dimensionless) with 元 (renminbi)"),
        ("年", "层", "cannot compare 年 (time) with 层 (storey)"),
    ],
)
def test_dimension_mismatch_messages(source: str, target: str, message: str) -> None:
    with pytest.raises(DimensionMismatch) as caught:
        convert(Fraction(1), unit(source), unit(target))
    assert str(caught.value) == message


def test_dimension_mismatch_pickles() -> None:
    error = DimensionMismatch("家", "元", "firm", "currency")
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is DimensionMismatch
    assert (copy.unit, copy.target, copy.unit_dims, copy.target_dims) == (
        "家",
        "元",
        "firm",
        "currency",
    )
    assert str(copy) == str(error)


def test_to_base_returns_fraction_for_int_magnitude() -> None:
    value, base = to_base(3, unit("斤"))  # type: ignore[arg-type]
    assert type(value) is Fraction
    assert (value, base) == (Fraction(3, 2), "kilogram")


def test_to_base_refuses_float_magnitude() -> None:
    with pytest.raises(TypeError, match="magnitude must be a Fraction, got float"):
        to_base(1.5, unit("元"))  # type: ignore[arg-type]


def test_to_base_refuses_inexact_factor() -> None:
    # pint computes sqrt(1000) as a float here; .to() would hide that behind a Fraction.
    root = registry().parse_units("kilometer ** 0.5")
    with pytest.raises(TypeError, match=r"conversion factor of kilometer \*\* \(1/2\)"):
        to_base(Fraction(1), root)


def test_to_base_refuses_offset_units() -> None:
    with pytest.raises(ValueError, match="degree_Celsius is an offset unit"):
        to_base(Fraction(1), registry().parse_units("degC"))


# ---- display -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("magnitude", "base", "text"),
    [
        (Fraction(29390000000), "yuan", "293.9亿元"),
        (Fraction(100000000), "yuan", "1亿元"),
        (Fraction(99990000), "yuan", "9999万元"),
        (Fraction(25000), "yuan", "2.5万元"),
        (Fraction(5), "yuan", "5元"),
        (Fraction(-30000), "yuan", "-3万元"),
        (Fraction(0), "yuan", "0元"),
        (Fraction(1, 3), "yuan", "1/3元"),
        (Fraction(2800000), "meter", "2800公里"),
        (Fraction(999), "meter", "999米"),
        (Fraction(26000000), "meter ** 2", "26平方公里"),
        (Fraction(434200), "meter ** 2", "43.42万平方米"),
        (Fraction(9999), "meter ** 2", "9999平方米"),
        (Fraction(516500000), "kilogram", "51.65万吨"),
        # from 10^8 t in 亿吨, as money has 亿元 (近3億噸 was [27000万吨, 30000万吨))
        (Fraction(296000000000), "kilogram", "2.96亿吨"),
        (Fraction(99990000000), "kilogram", "9999万吨"),
        (Fraction(3000), "kilogram", "3吨"),
        (Fraction(5), "kilogram", "10斤"),
        (Fraction(600), "firm", "600家"),
        (Fraction(59), "item", "59个"),
        (Fraction(393), "occasion", "393次"),
        (Fraction(7784, 10000), "dimensionless", "77.84%"),
        (Fraction(460), "day", "460天"),
        (Fraction(1461), "day", "4年"),
        (Fraction(1461, 2), "day", "2年"),
        (Fraction(1461, 4), "day", "1年"),  # one whole year is a year, not 12个月
        (Fraction(7305, 16), "day", "1.25年"),  # two decimals of a year, not 15个月
        (Fraction(1461, 24), "day", "2个月"),
        (Fraction(365), "day", "365天"),
        (Fraction(1, 3), "day", "8小时"),
        (Fraction(1, 7), "day", "1/7天"),
        # minutes and seconds, not fractions of a day (180分钟 read [359/2880天, 361/2880天))
        (Fraction(359, 2880), "day", "179.5分钟"),
        (Fraction(1, 1440), "day", "1分钟"),
        (Fraction(1, 86400), "day", "1秒"),
        # under a second, or three decimals of one: 秒 still (was 1/172800天, 383/3456000天)
        (Fraction(1, 172800), "day", "0.5秒"),
        (Fraction(383, 3456000), "day", "9.575秒"),
        (Fraction(20), "yuan / kilogram", "10元/斤"),
        (Fraction(2), "day / storey", "2天/层"),
        (Fraction(50000000), "yuan / firm", "5000万元/家"),
        (Fraction(5), "1 / day", "1/17280Hz"),  # 5 a day: from once a day, a frequency
        (Fraction(1, 2), "1 / day", "18262.5%/年"),  # under it, a percentage per year
        (Fraction(43200), "1 / day", "0.5Hz"),  # was 1577880000%/年
        (Fraction(5), "meter / kilogram", "5 meter / kilogram"),  # no rule
    ],
)
def test_display(magnitude: Fraction, base: str, text: str) -> None:
    assert display(magnitude, base) == text


@pytest.mark.parametrize(
    ("magnitude", "like", "text"),
    [
        (Fraction(0), Fraction(7305, 4), "0年"),  # 0 between two 5年, not 0天
        (Fraction(0), Fraction(1461, 24), "0个月"),
        (Fraction(7305, 8), Fraction(7305, 4), "2.5年"),
        (Fraction(1, 3), Fraction(7305, 4), "8小时"),  # no short decimal of a year or day
        (Fraction(0), Fraction(0), "0天"),
    ],
)
def test_display_of_a_time_chooses_its_word_by_like(magnitude: Fraction, like: Fraction,
                                                   text: str) -> None:
    assert display(magnitude, "day", like=like) == text


@pytest.mark.parametrize(("base", "counted"), [
    ("firm", True),
    ("occasion * person", True),  # 人次
    ("batch", True),  # 批
    ("room_night", True),  # 间夜
    ("case", True),  # 例
    ("dose", True),  # 剂次
    ("household", True),  # 户
    ("yuan / firm", False),  # an amount per firm is no count (no GRIM test on 元/家)
    ("yuan", False),
    ("dimensionless", False),
])
def test_is_count(base: str, counted: bool) -> None:
    assert _units.is_count(base) is counted


@pytest.mark.parametrize(("unit", "points"), [
    ("个百分点", True), ("個百分點", True), ("百分点", True), ("%", False), ("‰", False),
    ("个千分点", True), ("千分點", True),  # per-mille points, a difference of two rates in ‰
])
def test_is_percentage_points(unit: str, points: bool) -> None:
    assert _unit_words.is_percentage_points(unit) is points


# ---- properties ----------------------------------------------------------------------

fractions = st.fractions(max_denominator=10**6).filter(lambda x: abs(x) < 10**15)

# Units grouped by base unit; composite rates added so that ratios are covered too.
_COMPOSITES = (
    "元/斤",
    "万元/吨",
    "亿元/公斤",
    "元/平方米",
    "万元/平方公里",
    "天/层",
    "个月/層",
    "人/家",
    "人次/年",
    "万吨/小时",
)
_GROUPS: dict[str, list[str]] = defaultdict(list)
for _text in (*UNIT_WORDS, *_COMPOSITES):
    _GROUPS[to_base(Fraction(1), unit(_text))[1]].append(_text)
compatible_pairs = st.sampled_from(sorted(_GROUPS)).flatmap(
    lambda base: st.tuples(st.sampled_from(_GROUPS[base]), st.sampled_from(_GROUPS[base]))
)


@given(fractions, compatible_pairs)
def test_convert_round_trip_is_identity(magnitude: Fraction, pair: tuple[str, str]) -> None:
    source, target = unit(pair[0]), unit(pair[1])
    there = convert(magnitude, source, target)
    assert type(there) is Fraction
    assert convert(there, target, source) == magnitude


@given(fractions, compatible_pairs)
def test_convert_agrees_with_to_base(magnitude: Fraction, pair: tuple[str, str]) -> None:
    source, target = unit(pair[0]), unit(pair[1])
    base_value, base = to_base(magnitude, source)
    assert to_base(convert(magnitude, source, target), target) == (base_value, base)


@given(st.one_of(fractions, st.integers()), st.sampled_from(sorted(UNIT_WORDS)))
def test_to_base_never_returns_float(magnitude: Fraction, word: str) -> None:
    value, _ = to_base(magnitude, unit(word))
    assert type(value) is Fraction


@given(fractions, st.sampled_from(["yuan", "meter", "meter ** 2", "kilogram", "firm"]))
@example(Fraction(167556679, 15), "meter ** 2")  # 1.67556679万亩: 万 before a unit word
def test_display_is_exact(magnitude: Fraction, base: str) -> None:
    text = display(magnitude, base)
    shown_in = {word for rules in _unit_display._DISPLAY.values() for _, word in rules}  # 克 too
    word = next(w for w in sorted({*UNIT_WORDS, *shown_in}, key=len, reverse=True)
                if text.endswith(w))
    number = text.removesuffix(word)
    scale = 10**4 if number.endswith("万") else 1  # 万亩 is no unit word, but 万 亩
    if parse_unit(word) is None:  # 万家 is no unit word either, but 万 家
        scale, word = {"万": 10**4, "亿": 10**8}[word[0]], word[1:]
    shown = Fraction(number.removesuffix("万")) * scale
    assert to_base(shown, unit(word)) == (magnitude, base)


@pytest.mark.parametrize("base", sorted(_unit_display._DISPLAY))
@pytest.mark.parametrize("magnitude", [Fraction(0), Fraction(3, 2), Fraction(10**9)])
def test_every_display_word_matches_its_base_unit(base: str, magnitude: Fraction) -> None:
    text = display(magnitude, base)
    words = [word for _, word in (*_unit_display._DISPLAY[base], *_unit_display._DISPLAY_METRIC.get(base, ()))]
    word = next(w for w in sorted(words, key=len, reverse=True) if text.endswith(w))  # 微克
    # 万千瓦 is no unit word, but 万 千瓦
    scale = {"万": 10**4, "亿": 10**8}[word[0]] if parse_unit(word) is None else 1
    shown = Fraction(text.removesuffix(word)) * scale
    assert to_base(shown, unit(word[1:] if scale > 1 else word)) == (magnitude, base)


@pytest.mark.parametrize(("written", "amount", "shown"), [
    # energy, power, pressure were shown in base units (and 955千帕 as 万吨/天,
    # a mass per day): now in the words articles write them in
    ("千瓦", 3560 * 10**4, "3560万千瓦"), ("兆瓦", 100, "10万千瓦"), ("千瓦", Fraction(1, 2), "500W"),
    ("千瓦时", 5 * 10**8, "5亿千瓦时"), ("千瓦时", 123, "123千瓦时"),
    ("兆焦", 3, "3兆焦"),  # 5/6千瓦时 never ends: metric
    ("千帕", 955, "955千帕"), ("百帕", 955, "95.5千帕"), ("兆帕", 30, "30兆帕"),
    ("级", 7, "7级"),
    # a volume, a concentration, room-nights and masses under a 斤 were shown in base units
    # (or 5毫克 as 0.00001斤)
    ("立方米", 5 * 10**4, "5万立方米"), ("亿立方米", Fraction(5, 2), "2.5亿立方米"),
    ("微克/立方米", 28, "28微克/立方米"), ("间夜", 72 * 10**4, "72万间夜"),
    ("例", 85 * 10**3, "8.5万例"), ("剂次", 23 * 10**7, "2.3亿剂次"), ("户", 500 * 10**4, "500万户"),
    ("毫克", 5, "5毫克"), ("克", 300, "300克"), ("公斤", Fraction(1, 2), "1斤"),
    ("公斤/亩", 412, "412公斤/亩"), ("吨/公顷", 3, "200公斤/亩"),
    ("公斤/平方米", 1, "1公斤/平方米"),  # 666.66...公斤/亩 never ends
])
def test_energy_power_and_pressure_are_shown_in_their_words(
        written: str, amount: Fraction | int, shown: str) -> None:
    factor, base = to_base(Fraction(1), unit(written))
    assert display(amount * factor, base) == shown


def _per_day(text: str) -> tuple[Fraction, str]:
    unit = parse_unit(text)
    assert unit is not None
    return to_base(Fraction(1), unit)


@pytest.mark.parametrize(("rate", "amount", "shown"), [
    ("元/天", 300, "300元/天"),         # per year it would be 10.9575万元/年
    ("万吨/年", 36, "36万吨/年"),
    ("次/月", 2, "24次/年"),            # per day it never ends
    ("元/天", 25, "25元/天"),           # per year 9131.25元/年: two decimals, not none
    # a speed per hour (350公里/小时 was 8400公里/天, 100公里/小时 2400公里/天), and a
    # distance a day alike, one period for both (480公里/天 is 20公里/小时)
    ("公里/小时", 100, "100公里/小时"),
    ("公里/小时", 350, "350公里/小时"),
    ("公里/天", 480, "20公里/小时"),
    ("公里/天", 3, "125米/小时"),
    ("米/天", 1, "1米/天"),              # 1/24米/小时 never ends: a day or a year, as others
    ("元/天", 240, "240元/天"),         # not 10元/小时: a day or a year while either will do
    ("次/周", 3, "3次/周"),             # not 4383/28次/年: 3/7 a day never ends
    ("次/周", 7, "1次/天"),
    ("元/天", 0, "0元/年"),
])
def test_a_rate_is_shown_per_the_period_that_reads_shortest(rate: str, amount: int,
                                                           shown: str) -> None:
    factor, base_unit = _per_day(rate)
    assert display(amount * factor, base_unit) == shown


def test_the_ends_of_a_rate_span_share_their_period() -> None:
    factor, base_unit = _per_day("次/周")
    assert display_span(Fraction(5, 2) * factor, Fraction(7, 2) * factor, base_unit) == (
        "2.5次/周", "3.5次/周")
    # 3 a week and 1 a day: per week both are whole, per day 3/7 never ends
    assert display_span(3 * factor, 7 * factor, base_unit) == ("3次/周", "7次/周")
    day, _ = _per_day("次/天")
    assert display_span(Fraction(1, 2) * day, 2 * day, base_unit) == ("0.5次/天", "2次/天")


@pytest.mark.parametrize(("amount", "shown"), [
    (Fraction(3599, 2), "1799.5亩"),   # not 3599/3000平方公里
    (500, "500亩"),                    # 333333.33...平方米 has no finite decimal
    (300, "20万平方米"),                # 300亩 is exactly 20万平方米
    (Fraction(45000), "30平方公里"),
    (Fraction(50002), "5.0002万亩"),
    (Fraction(10000), "1万亩"),          # 万亩 from 10000亩 itself
    (Fraction(9998), "9998亩"),
])
def test_an_area_in_mu_is_shown_in_mu_when_metric_words_have_no_finite_decimal(
        amount: Fraction, shown: str) -> None:
    unit = parse_unit("亩")
    assert unit is not None
    assert display(*to_base(Fraction(amount), unit)) == shown


def test_both_ends_of_an_area_span_are_in_mu_when_one_is() -> None:
    # 1799.5亩 is [1799.45亩, 1799.55亩): the high end, 1199700平方米, has a finite decimal
    # in 平方公里, but a span is read in one unit (never [1799.45亩, 1.1997平方公里))
    unit = parse_unit("亩")
    assert unit is not None
    (low, base_unit), (high, _) = (to_base(Fraction(v), unit)
                                    for v in (Fraction(179945, 100), Fraction(179955, 100)))
    assert display_span(low, high, base_unit) == ("1799.45亩", "1799.55亩")


def test_display_span_of_a_mass_from_a_hundred_million_tonnes_is_in_yi_tonnes() -> None:
    # 近3億噸 was [27000万吨, 30000万吨): both ends in 亿吨, as 亿元 are
    tonnes = 1000
    assert display_span(Fraction(27 * 10**7 * tonnes), Fraction(3 * 10**8 * tonnes),
                        "kilogram") == ("2.7亿吨", "3亿吨")
    # metric ends stay metric
    metres = parse_unit("平方公里")
    assert metres is not None
    assert display_span(*(to_base(Fraction(v), metres)[0] for v in (1, 2)),
                        "meter ** 2") == ("1平方公里", "2平方公里")


def test_both_ends_of_a_time_span_are_in_the_word_of_the_larger() -> None:
    # 近1小时 was [54分钟, 1小时): a span is read in one word, as a mass's is
    assert display_span(Fraction(54, 1440), Fraction(1, 24), "day") == ("0.9小时", "1小时")
    assert display_span(Fraction(3), Fraction(5), "day") == ("3天", "5天")


@pytest.mark.parametrize(("amount", "shown"), [
    (Fraction(30000), "3万坪"),          # not 12000000/121平方米
    (Fraction(55000), "5.5万坪"),
    (Fraction(550), "550坪"),            # a difference of two areas in 坪
    (Fraction(27225), "9万平方米"),       # 27225坪 is exactly 9万平方米
])
def test_an_area_in_ping_is_shown_in_ping_when_metric_words_have_no_finite_decimal(
        amount: Fraction, shown: str) -> None:
    unit = parse_unit("坪")
    assert unit is not None
    assert display(*to_base(amount, unit)) == shown


def test_both_ends_of_an_area_span_are_in_ping_when_one_is() -> None:
    # the total 5.445万坪 as written: [5.4445万坪, 5.4455万坪), whose ends in square
    # metres are 21778000/121 and 21782000/121; 18万平方米 beside 5.5万坪 is 5.445万坪
    ping = parse_unit("坪")
    assert ping is not None
    (low, base_unit), (high, _) = (to_base(Fraction(v), ping) for v in (54445, 54455))
    assert display_span(low, high, base_unit) == ("5.4445万坪", "5.4455万坪")
    assert display_span(Fraction(180000), to_base(Fraction(55000), ping)[0],
                        base_unit) == ("5.445万坪", "5.5万坪")


def test_threads_loading_at_once_share_one_registry(tmp_path: Path) -> None:
    """A program whose threads load at once, in a fresh process, gets one registry: two
    built side by side made valid units 'unknown' (unknown unit '元' for 293.9亿元)."""
    corpus = write_corpus(tmp_path, TEXT, CLAIMS)
    code = textwrap.dedent(f"""\
        import threading
        import factcheck

        barrier = threading.Barrier(4)
        registries, outcomes = [], []

        def run():
            barrier.wait()
            registries.append(factcheck.unit_registry())
            try:
                outcomes.append(len(factcheck.check(factcheck.load({str(corpus)!r}))))
            except factcheck.FactcheckError as error:
                outcomes.append(str(error).splitlines()[0])

        threads = [threading.Thread(target=run) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        print(len({{id(r) for r in registries}}), sorted(map(str, outcomes)))
        """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "1 ['1', '1', '1', '1']"


def test_machines_vehicles_and_pieces_are_counted_as_items() -> None:
    # 台 (machines) was an unknown unit, offered as 台次 or 台币 (Taiwan dollars): 个 can
    # replace it, so 3台 and 3个 are one count, as 3项 and 3个 are
    assert convert(Fraction(3), unit("台"), unit("个")) == 3
    assert convert(Fraction(3), unit("輛"), unit("件")) == 3
    assert convert(Fraction(3), unit("張"), unit("个")) == 3
    assert "台币" not in suggest_units("台")


def test_a_percentage_per_year_is_never_shown_as_a_frequency() -> None:
    # its base, 1 / day, is a frequency's too: 3%/年 was shown as 1/1051920000Hz
    factor, base = to_base(Fraction(3), unit("%/年"))
    assert "Hz" not in display(factor, base) and "兆赫" not in display(factor, base)


def test_the_ends_of_a_mass_per_area_share_their_words() -> None:
    # 1吨/公顷 has no finite decimal in 公斤/亩, 3吨/公顷 has: ('0.1公斤/平方米', '200公斤/亩')
    factor, base = to_base(Fraction(1), unit("吨/公顷"))
    assert display_span(factor, 3 * factor, base) == ("0.1公斤/平方米", "0.3公斤/平方米")
    assert display_span(3 * factor, 6 * factor, base) == ("200公斤/亩", "400公斤/亩")


def test_the_ends_of_a_mass_span_share_their_word() -> None:
    # 400克 to 600克 was ('400克', '1.2斤'), 400 kg to 1.2 t ('800斤', '1.2吨')
    assert display_span(Fraction(2, 5), Fraction(3, 5), "kilogram") == ("0.8斤", "1.2斤")
    assert display_span(Fraction(400), Fraction(1200), "kilogram") == ("0.4吨", "1.2吨")
    # only while the smaller end stays short in it, as money's: 5毫克 to 1.2斤 was
    # ('0.000002斤', '1.2斤')
    assert display_span(Fraction(5, 10**6), Fraction(3, 5), "kilogram") == ("5毫克", "1.2斤")


@pytest.mark.parametrize(("low", "high", "base_unit", "shown"), [
    # [5000万元, 1.5亿元) was shown in two words; the larger end's word, as a time's
    (5 * 10**7, 15 * 10**7, "yuan", ("0.5亿元", "1.5亿元")),
    (5000, 15 * 10**4, "yuan", ("0.5万元", "15万元")),
    (3 * 10**7, 2 * 10**8, "us_dollar", ("0.3亿美元", "2亿美元")),
    # only while the smaller end stays short in it (never 0.00000001亿元 or 0.1234亿元)
    (1, 15 * 10**7, "yuan", ("1元", "1.5亿元")),
    (1234 * 10**4, 15 * 10**7, "yuan", ("1234万元", "1.5亿元")),
    (5 * 10**7, 8 * 10**7, "yuan", ("5000万元", "8000万元")),  # one word already
    # the smaller end's decimals count, not the larger's own (it keeps them)
    (5 * 10**7, 123450000, "yuan", ("0.5亿元", "1.2345亿元")),
])
def test_the_ends_of_a_money_span_share_the_word_of_the_larger(
        low: int, high: int, base_unit: str, shown: tuple[str, str]) -> None:
    assert display_span(Fraction(low), Fraction(high), base_unit) == shown


@pytest.mark.parametrize(("amount", "base_unit", "shown"), [
    # 120万人次 was shown as 1200000人次, 120万人 as 1200000人
    (1200000, "occasion * person", "120万人次"),
    (1200000, "person", "120万人"),
    (12345, "person", "1.2345万人"),  # from 10000, as 万元 is
    (9999, "occasion * person", "9999人次"),
    (5000, "person", "5000人"),
])
def test_persons_and_person_visits_are_shown_in_wan(amount: int, base_unit: str,
                                                    shown: str) -> None:
    assert display(Fraction(amount), base_unit) == shown


def test_a_classifier_of_persons_keeps_its_word_and_takes_wan() -> None:
    # 名 and 位 count persons and are still shown in their own word, now with 万 too
    assert _unit_display.counts_as_written("名") and _unit_display.counts_as_written("人次")
    assert not _unit_display.counts_as_written("元")
    assert display_span(Fraction(5000), Fraction(15000), "person") == ("0.5万人", "1.5万人")


@pytest.mark.parametrize(("written", "amount", "shown"), [
    # their shared base, 1 / day, had no row: 2.4兆赫 was 207360000000 1 / day, 3%/年
    # 1/12175 1 / day; a frequency from 1 Hz, a percentage per year under it
    ("兆赫", Fraction(24, 10), "2.4兆赫"),
    ("兆赫", Fraction(1, 10), "100000Hz"),
    ("Hz", 50, "50Hz"),
    ("%/年", 3, "3%/年"),
    ("%/年", Fraction(-1, 2), "-0.5%/年"),
    ("%/月", 1, "12%/年"),
])
def test_a_frequency_and_a_percentage_per_year_have_their_own_words(
        written: str, amount: Fraction | int, shown: str) -> None:
    factor, base = to_base(Fraction(1), unit(written))
    assert base == "1 / day"
    assert display(amount * factor, base) == shown


def test_the_ends_of_a_frequency_span_and_a_difference_of_frequencies_share_a_word() -> None:
    factor, base = to_base(Fraction(1), unit("兆赫"))
    assert display_span(Fraction(235, 100) * factor, Fraction(245, 100) * factor, base) == (
        "2.35兆赫", "2.45兆赫")
    assert display(factor / 10, base, like=2 * factor) == "0.1兆赫"


def test_a_value_in_basis_points_is_shown_in_them_where_its_claims_write_them() -> None:
    # 50个基点 was shown as 0.5个百分点 wherever it is shown in points: the word that claims
    # all written in 基点 are shown in, and the value in it
    from factcheck.checks._show import BASIS_POINTS, POINTS, approx, in_word, points_word

    assert points_word(["个基点", "基點"]) == BASIS_POINTS == "个基点"
    assert points_word(["个基点", "个百分点"]) == points_word(["个百分点"]) == POINTS
    assert in_word(Fraction(1, 200), "dimensionless", BASIS_POINTS) == "50个基点"
    assert approx(Fraction(1, 30000), "dimensionless", 2, word=BASIS_POINTS) == "≈0.33个基点"
    assert in_word(Fraction(1, 200), "dimensionless", POINTS) == "0.5个百分点"


@pytest.mark.parametrize(("amount", "base_unit", "shown"), [
    # a count other than persons had no 万: 120000个 was shown as 120000个 beside 12万人
    (120000, "item", "12万个"),
    (30000, "firm", "3万家"),
    (12345, "item", "1.2345万个"),
    (9999, "item", "9999个"),             # under 10^4 in its own word, as 人 is
    (720000, "room_night", "72万间夜"),
    (30000, "occasion", "3万次"),
    (150000, "item * occasion", "15万台次"),
    # and 亿 from 10^8, as money has (14亿人 was 140000万人)
    (1400000000, "person", "14亿人"),
    (120000000, "occasion * person", "1.2亿人次"),
    (300000000, "item", "3亿个"),
    (99990000, "person", "9999万人"),
])
def test_counts_are_shown_in_wan_and_yi(amount: int, base_unit: str, shown: str) -> None:
    assert display(Fraction(amount), base_unit) == shown


def test_a_count_in_wan_keeps_its_exact_value_and_classifier() -> None:
    # only the display changes: the number shown is the count, exactly
    assert display(Fraction(120001), "item") == "12.0001万个"
    assert _unit_display.counts_as_written("项") and _unit_display.counts_as_written("套")
    assert _unit_display.as_classifier(Fraction(120000), "item", "项") == "12万项"
    assert _unit_display.as_classifier(Fraction(13), "item", "套") == "13套"
    # a span's ends share the larger's word while the smaller stays short in it
    assert display_span(Fraction(5000), Fraction(15000), "firm") == ("0.5万家", "1.5万家")
    assert display_span(Fraction(5 * 10**7), Fraction(15 * 10**7), "person") == (
        "0.5亿人", "1.5亿人")



@pytest.mark.parametrize(("written", "amounts", "period"), [
    # a distance a day was shown per hour (3公里/天 as 125米/小时): the claims' own period
    (["公里/天"], [3], "天"),
    (["公里/天", "公里/天"], [480, 3], "天"),
    (["元/月"], [3000], "月"),            # was 3.6万元/年
    (["个月"], [3000], None),             # no rate
    (["公里/小时"], [350], "小时"),
    (["km/h"], [350], "小时"),             # a Latin per-unit in the words a finding writes
    (["公里/小时", "公里/天"], [Fraction(1, 5), 3], "小时"),  # 200米/小时 and 125米/小时
    (["元/年", "元/月"], [36000, 3000], "月"),  # 3000元/月 twice, 3.6万元/年 twice
    (["%/年"], [3], None),                # a percentage per year has its own row
])
def test_rates_are_shown_per_the_period_their_claims_write(
        written: list[str], amounts: list[Fraction | int], period: str | None) -> None:
    rates = [_per_day(w) for w in written]
    values = [amount * factor for amount, (factor, _) in zip(amounts, rates, strict=True)]
    pers = [w.rpartition("/")[2] for w in written]
    assert _unit_display.written_period(rates[0][1], pers, values) == period


@pytest.mark.parametrize("word", ["金", "分", "银", "枚", "里", "顷", "寸", "币", "钟"])
def test_a_single_character_is_offered_no_longer_unit_that_holds_it(word: str) -> None:
    # 2金 (gold medals) was offered '美金', US dollars, and 30分 (a score) '分钟' and '公分':
    # a known unit that holds one character is another word, no misspelling of it
    assert suggest_units(word, n=10) == []
