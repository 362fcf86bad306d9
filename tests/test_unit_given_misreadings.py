"""A claim's ``unit:`` that would read the figure as another quantity than the quote's: a
magnitude given twice, a name after the number read as its unit, a unit word the text
writes after the number that is not the one given, digits joined across a space."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from factcheck._errors import LoadErrors
from factcheck._loader import load
from tests.corpus_builder import write_corpus


def _write(tmp_path: Path, text: str, quote: str, value: str, unit: str | None) -> None:
    given = "" if unit is None else f", unit: \"{unit}\""
    write_corpus(tmp_path, text, f"""\
claims:
  - {{id: x, quote: "{quote}", value: "{value}"{given}, entity: e, metric: m,
     as_of: "2020"}}
""")


def _error(tmp_path: Path, text: str, quote: str, value: str, unit: str | None) -> str:
    """The one error of loading the claim, located on its line (3) of claims.yaml."""
    _write(tmp_path, text, quote, value, unit)
    with pytest.raises(LoadErrors) as caught:
        load(tmp_path)
    [error] = caught.value.errors
    assert str(error).startswith(f"{tmp_path / 'claims.yaml'}:3:")
    return str(error)


def _base(tmp_path: Path, text: str, quote: str, value: str, unit: str | None) -> Fraction:
    _write(tmp_path, text, quote, value, unit)
    quantity = load(tmp_path).claims["x"].quantity
    assert quantity is not None
    return quantity.base


@pytest.mark.parametrize(("text", "value", "unit", "once", "made"), [
    # 300亿 with unit: 万元 loaded as 3×10**14 元: the value writes its magnitude, and the
    # unit scales it again into none (亿万, 万万, 亿亿)
    ("拿下近300亿大单。", "近300亿", "万元", "元", "3000000亿元"),
    ("拿下300亿大单。", "300亿", "亿元", "元", "30000000000亿元"),
    ("收入3.5万的家庭。", "3.5万", "万元", "元", "3.5亿元"),
    ("年产3.5万的规模。", "3.5万", "万吨", "吨", "3.5亿吨"),
    ("收入1万2千的家庭。", "1万2千", "万元", "元", "1.2亿元"),
    ("年供水3亿至5亿的水厂。", "3亿至5亿", "亿立方米", "立方米",
     "300000000亿立方米至500000000亿立方米"),
])
def test_a_magnitude_in_the_value_and_again_in_unit_is_refused(
        tmp_path: Path, text: str, value: str, unit: str, once: str, made: str) -> None:
    quote = text.rstrip("。")
    error = _error(tmp_path, text, quote, value, unit)
    assert f"unit '{unit}' scales again the magnitude that the value writes" in error
    # the hint keeps the value's magnitude and says what the two would make: never a unit
    # alone that drops one of them
    assert f"would be {value}{unit} ({made})" in error
    assert f'give `value: "{value}"` with `unit: {once}`' in error


@pytest.mark.parametrize(("text", "value", "unit", "base"), [
    # the magnitude once: in the value, or in unit: alone, or a unit of SI that starts
    # with 千 (千米, 千瓦, 千克: 3.5万千米 is 35000 km, 300万千瓦 3 GW)
    ("拿下近300亿大单。", "近300亿", "元", 30 * 10**9),
    ("该项目投资额（亿元）为300。", "300", "亿元", 300 * 10**8),
    ("线路总长3.5万的规划。", "3.5万", "千米", 35 * 10**6),
    # (a watt is kg·m²/s³, and the base unit of time is the day)
    ("装机容量300万的电站。", "300万", "千瓦", 3 * 10**9 * 86400**3),
    ("收入3.5万的家庭。", "3.5万", "元", 35000),
    ("共有三千的会员。", "三千", "个", 3000),
    # a magnitude under the unit's makes one with it (a table headed 亿元 or 万元): 1.2万
    # with unit: 亿元 is 1.2万亿元 (it was refused, and the hint unit: 元 loaded 1.2万元,
    # 10**8 times too small), 三千五百 with unit: 万元 3500万元
    ("全市地区生产总值（亿元）为1.2万。", "1.2万", "亿元", 12 * 10**11),
    ("收入3.5万的家庭。", "3.5万", "亿元", 35 * 10**11),
    ("全年投资（万元）为三千五百。", "三千五百", "万元", 35 * 10**6),
    ("全年投资（万元）为2千。", "2千", "万元", 2 * 10**7),
    ("全年投资（亿元）为2千。", "2千", "亿元", 2 * 10**11),
])
def test_a_magnitude_given_once_loads(tmp_path: Path, text: str, value: str, unit: str,
                                      base: int) -> None:
    assert _base(tmp_path, text, text.rstrip("。"), value, unit) == base


@pytest.mark.parametrize(("text", "value", "unit", "name"), [
    # a bare number before a name that begins with a unit word, with unit: naming that
    # word, loaded as 2019 nanometres, 2020 metres, 3 metres, 2018 kilograms: the name is
    # no unit, with the unit in the value (2019纳米) or in unit: alike
    ("2019纳米比亚举行大选。", "2019", "纳米", "纳米比亚"),
    ("2020米兰时装周开幕。", "2020", "米", "米兰"),
    ("2020米兰时装周开幕。", "2020", "公里", "米兰"),
    ("共有3米兰球员入选。", "3", "米", "米兰"),
    ("2018克罗地亚队获得亚军。", "2018", "公斤", "克罗地亚"),
    ("2019天津马拉松开跑。", "2019", "天", "天津"),
    # a space (or a full-width one) before the name hid it: 2019 nanometres, 2020 metres
    ("他于2019 纳米比亚出生。", "2019", "纳米", "纳米比亚"),
    ("他于2019\u3000纳米比亚出生。", "2019", "纳米", "纳米比亚"),
    ("2020  米兰时装周开幕。", "2020", "米", "米兰"),
])
def test_unit_may_not_read_a_name_after_a_bare_value_as_its_unit(
        tmp_path: Path, text: str, value: str, unit: str, name: str) -> None:
    error = _error(tmp_path, text, text.rstrip("。"), value, unit)
    assert f"begins the name {name!r}" in error
    assert "hint: the number before a name counts nothing in it" in error


@pytest.mark.parametrize(("text", "value", "unit", "base"), [
    # a count of what the name names, or of players of a team, stays a count
    ("共有3米兰球员入选。", "3", "人", 3),
    ("本届有2克罗地亚选手参赛。", "2", "人", 2),
    # a unit word that begins no name stays the unit
    ("跳出了2米高的成绩。", "2", "米", 2),
    # and so after a space: a length, a count of players
    ("芯片制程为30 纳米。", "30", "纳米", Fraction(3, 10**8)),
    ("共有3 米兰球员入选。", "3", "人", 3),
])
def test_a_bare_value_before_a_name_loads_in_a_unit_the_name_does_not_begin(
        tmp_path: Path, text: str, value: str, unit: str, base: int) -> None:
    assert _base(tmp_path, text, text.rstrip("。"), value, unit) == base


@pytest.mark.parametrize(("text", "value", "unit", "word"), [
    # a unit word the text writes right after the bare number, with a unit: that is not
    # it: 30 of 30毫升 with unit: 毫米 loaded as 30 mm (升 is no unit of factcheck's alone,
    # but 毫升 is millilitres), with unit: 个 as 30 items, 30 of 30毫秒 with unit: 个 too
    ("加入30毫升水。", "30", "毫米", "毫升"),
    ("加入30毫升水。", "30", "个", "毫升"),
    ("加入30毫升水。", "30", "L", "毫升"),
    ("用时30毫秒。", "30", "个", "毫秒"),
    ("电流为50毫安。", "50", "A", "毫安"),
    ("电池容量5000毫安时。", "5000", "Ah", "毫安时"),
    ("加入30微升试剂。", "30", "次", "微升"),
])
def test_unit_may_not_name_another_unit_than_the_prefixed_word_after_the_value(
        tmp_path: Path, text: str, value: str, unit: str, word: str) -> None:
    error = _error(tmp_path, text, text.rstrip("。"), value, unit)
    assert f"unit {unit!r} is not the unit the quote writes after the value ({word!r}" in error
    assert "give the unit it is" in error


@pytest.mark.parametrize(("text", "value", "unit", "base"), [
    # the unit the prefixed word is loads; a score's 分 before a name stays a count
    ("加入30毫升水。", "30", "mL", Fraction(30, 10**6)),
    ("用时30毫秒。", "30", "ms", Fraction(30, 86400 * 1000)),
    ("电池容量5000毫安时。", "5000", "mAh", Fraction(5000, 24000)),
    ("他全场拿下25分米歇尔也有20分。", "25", "个", 25),
    ("他拿下30分天津队仅得12分。", "30", "个", 30),
    # 毫无 ("not at all") after a number is no unit
    ("上半场0比3落后，下半场进了3毫无悬念。", "3", "个", 3),
])
def test_unit_may_name_the_prefixed_word_after_the_value_as_the_unit_it_is(
        tmp_path: Path, text: str, value: str, unit: str, base: Fraction) -> None:
    quote = text.rstrip("。").split("，")[-1]
    assert _base(tmp_path, text, quote, value, unit) == base


@pytest.mark.parametrize(("text", "quote", "value", "unit"), [
    # digits joined across the space that parts two numbers: 2019 and 12亿元 loaded as
    # 201912亿元; a space is no thousands separator (only a comma is: 1,000)
    ("数据2019 12亿元。", "数据2019 12亿元", "201912亿元", None),
    ("数据2019 12亿元。", "数据2019 12亿元", "201912亿", "元"),
    ("数据2019　12亿元。", "数据2019　12亿元", "201912亿元", None),
    ("收入1, 000元。", "收入1, 000元", "1,000元", None),
    # a space groups thousands only between one to three digits and exactly three
    ("全年投入资金12 50万元。", "全年投入资金12 50万元", "1250万元", None),
    ("全年投入资金12 5000万元。", "全年投入资金12 5000万元", "125000万元", None),
    ("共有12 500 00人。", "共有12 500 00人", "1250000人", None),
    ("收入1\t000元。", "收入1\t000元", "1000元", None),
    # nor after a Latin letter (a name's or model's number) or a rank: 15 128GB of
    # iPhone 15 128GB loaded as 15128 GB, and 128GB was refused with the hint to write it
    ("iPhone 15 128GB版本售价5999元。", "iPhone 15 128GB版本", "15128GB", None),
    ("华为Mate 60 512GB版售价6999元。", "华为Mate 60 512GB版", "60512GB", None),
    ("Top 10 100家企业名单。", "Top 10 100家企业", "10100家", None),
    ("全球前20 100家企业。", "全球前20 100家企业", "20100家", None),
    ("入选No 3 100家企业。", "入选No 3 100家企业", "3100家", None),
    ("COVID-19 100例。", "COVID-19 100例", "19100例", None),
])
def test_a_value_may_not_join_digits_across_a_space(
        tmp_path: Path, text: str, quote: str, value: str, unit: str | None) -> None:
    error = _error(tmp_path, text, quote, value, unit)
    assert f"value {value!r} joins digits across a space in the quote" in error
    assert "hint: this space parts two numbers" in error


def test_a_number_grouped_by_a_space_at_a_line_start_is_read_neither_way(
        tmp_path: Path) -> None:
    # 1 200家 starting a line may be list item 1's 200家: neither 1200家 nor 200家 loads
    text = "获补贴企业如下：\n1 200家企业获补贴。"
    error = _error(tmp_path, text, "1 200家企业", "1200家", None)
    assert "joins digits across a space in the quote" in error
    assert "hint: at the start of a line, the digits before the space may number" in error
    error = _error(tmp_path, text, "1 200家企业", "200家", None)
    assert "value '200家' is only part of a figure in the quote" in error


@pytest.mark.parametrize(("text", "quote", "value", "base"), [
    # a space between a number and its magnitude word or unit stays inside one figure,
    # and so does a line break inside a number (an article's hard wrap)
    ("总投资48.6 亿元。", "总投资48.6 亿元", "48.6亿元", 48600 * 10**5),
    ("数据2019 12亿元。", "数据2019 12亿元", "12亿元", 12 * 10**8),
    ("收入1,000元。", "收入1,000元", "1,000元", 1000),
    ("总投资29\n3.9亿元。", "总投资29\n3.9亿元", "293.9亿元", 2939 * 10**7),
    # a space between one to three digits and exactly three groups thousands, as a comma
    # does: 1000万元 of 1 000万元 was refused, and its hint led to 1 with unit: 万元
    ("全年投入资金1 000万元。", "全年投入资金1 000万元", "1000万元", 10**7),
    ("收入1 000元。", "收入1 000元", "1000元", 1000),
    ("共有12 500 000人参加。", "共有12 500 000人", "12500000人", 12500000),
    ("收入1\u00a0000.5元。", "收入1\u00a0000.5元", "1000.5元", Fraction(2001, 2)),
    ("2020年1 200家企业获补贴。", "2020年1 200家企业", "1200家", 1200),
    # the number after a name's or a rank's is one of its own (it was only part of
    # 15 128GB, and the hint 15128GB loaded as 15128 GB)
    ("iPhone 15 128GB版本售价5999元。", "iPhone 15 128GB版本", "128GB", 128 * 8 * 10**9),
    ("iPhone15 128GB版本售价5999元。", "iPhone15 128GB版本", "128GB", 128 * 8 * 10**9),
    ("全球前20 100家企业。", "全球前20 100家企业", "100家", 100),
    ("Top 10 100家企业名单。", "Top 10 100家企业", "100家", 100),
])
def test_a_value_across_a_space_that_parts_no_digits_loads(
        tmp_path: Path, text: str, quote: str, value: str, base: int) -> None:
    assert _base(tmp_path, text, quote, value, None) == base


@pytest.mark.parametrize(("text", "value", "unit"), [
    # 升 after a bare number, with a unit: of volume that is no litre: 5 of 5升 with
    # unit: mL loaded as 5 millilitres, 1000 times too little
    ("又加了5升水。", "5", "mL"),
    ("水箱容积50升。", "50", "立方米"),
])
def test_unit_may_not_name_another_volume_than_the_litres_after_the_value(
        tmp_path: Path, text: str, value: str, unit: str) -> None:
    error = _error(tmp_path, text, text.rstrip("。"), value, unit)
    assert f"unit {unit!r} is not the unit the quote writes after the value ('升'" in error
    assert "`unit: L`" in error


@pytest.mark.parametrize(("text", "value", "unit", "base"), [
    ("又加了5升水。", "5", "L", Fraction(5, 1000)),
    # 升 after a number may be a rise, no litre: a count stays one
    ("本周3升2降。", "3", "个", 3),
])
def test_a_bare_value_before_sheng_loads_in_litres_or_as_a_count(
        tmp_path: Path, text: str, value: str, unit: str, base: Fraction) -> None:
    assert _base(tmp_path, text, text.rstrip("。"), value, unit) == base


@pytest.mark.parametrize(("text", "quote", "value", "unit", "whole"), [
    # a part of a number grouped by a space: 1 with unit: 万元 of 1 000万元 loaded as 1万元
    ("全年投入资金1 000万元。", "全年投入资金1 000万元", "1", "万元", "1000万元"),
    ("全年投入资金12 500万元。", "全年投入资金12 500万元", "500万元", None, "12500万元"),
    ("共有12 500 000人参加。", "共有12 500 000人", "12500", "人", "12500000人"),
    ("共有12 500 000人参加。", "共有12 500 000人", "000人", None, "12500000人"),
])
def test_a_part_of_a_number_grouped_by_a_space_is_refused(
        tmp_path: Path, text: str, quote: str, value: str, unit: str | None,
        whole: str) -> None:
    error = _error(tmp_path, text, quote, value, unit)
    assert f"value {value!r} is only part of a figure in the quote" in error
    assert f'write value: "{whole}"' in error


@pytest.mark.parametrize(("text", "unit", "fix"), [
    # 3.5 of 3.5毫升/分钟 with unit: ml loaded as 3.5 millilitres, a volume, and the hint of
    # the bare value led there; 分米/小时 was mended so, and 毫升 (升 being a unit only after
    # a prefix) was not
    ("流量3.5毫升/分钟", "ml", "`unit: ml / min` for 毫升/分钟"),
    ("流量3.5毫升/分钟", None, "`unit: ml / min` for 毫升/分钟"),
    ("放电3.5毫安/秒", "mA", "`unit: mA / s` for 毫安/秒"),
])
def test_a_rate_in_a_prefixed_lone_unit_is_no_amount_of_it(
        tmp_path: Path, text: str, unit: str | None, fix: str) -> None:
    assert fix in _error(tmp_path, text + "。", text, "3.5", unit)


def test_a_rate_in_a_prefixed_lone_unit_loads_as_the_rate(tmp_path: Path) -> None:
    # 3.5 ml/min is 3.5e-6 m³ a minute, 1440 of them a day
    assert _base(tmp_path, "流量3.5毫升/分钟。", "流量3.5毫升/分钟", "3.5毫升/分钟",
                 "ml / min") == Fraction(7, 2) * Fraction(1, 10**6) * 1440


@pytest.mark.parametrize(("text", "value", "unit"), [
    # after a Latin word no grouping is read, and 1 of 1 000亿元 loaded as 1亿元
    ("美国GDP 1 000亿元。", "1", "亿元"),
    ("Top 10 100家企业。", "10", "家"),
])
def test_digits_that_a_space_and_three_more_follow_are_no_figure_alone(
        tmp_path: Path, text: str, value: str, unit: str) -> None:
    assert "is only part of a figure" in _error(tmp_path, text, text.rstrip("。"), value, unit)


def test_the_number_after_a_names_number_stands(tmp_path: Path) -> None:
    assert _base(tmp_path, "iPhone 15 128GB版本。", "iPhone 15 128GB版本", "128GB",
                 None) > 0


@pytest.mark.parametrize(("text", "value", "unit"), [
    # people go through or past things: 过3道 was read as more than 3 (员工, since c20364d),
    # and 3道 refused with the hint to write 过3道
    ("员工过3道安检才能进厂", "3道", "个"),
    ("该球员过3人后破门得分", "3人", None),  # dribbled past three
    ("学生过3门考试即可毕业", "3门", "个"),
])
def test_guo_after_people_before_a_small_count_is_no_figure_alone(
        tmp_path: Path, text: str, value: str, unit: str | None) -> None:
    assert "'过' before it may mean 'more than' here or be a verb, 'have done'" in _error(
        tmp_path, text + "。", text, value, unit)


def test_guo_after_a_pronoun_and_shu_is_counting(tmp_path: Path) -> None:
    # 他数过3000颗星星: 数 the verb, not a measure whose mark 过 passes
    assert _base(tmp_path, "他数过3000颗星星。", "他数过3000颗星星", "3000颗", "个") == 3000


@pytest.mark.parametrize("text", ["公司员工过3000人", "今年考生过千人", "参观者过3000人"])
def test_guo_after_people_before_a_large_count_of_them_is_more_than(
        tmp_path: Path, text: str) -> None:
    _write(tmp_path, text + "。", text, text[text.index("过"):], None)
    quantity = load(tmp_path).claims["x"].quantity
    assert quantity is not None and quantity.qualifier == "more-than"


def test_a_full_width_comma_before_a_grouped_number_parts_clauses(tmp_path: Path) -> None:
    # 据统计，1 000家: the ， read as the , of 1,000 kept the grouping from being read, and 1
    # with unit: 家 loaded as 1 firm
    assert "is only part of a figure" in _error(tmp_path, "据统计，1 000家企业参展。",
                                                "1 000家", "1", "家")
    assert _base(tmp_path, "据统计，1 000家企业参展。", "1 000家", "1000家", None) == 1000


@pytest.mark.parametrize(("text", "value"), [
    # a place 不到 governs only where it ends the word: 场上, 账户, 校园 and 岗位 are no 到场,
    # 到账, 到校, 到岗, and the figure before 不到 is a bound ("in under ten minutes"); it
    # loaded as exactly 10 minutes
    ("开赛10分钟不到场上就出现了红牌", "10分钟"),
    ("转账3分钟不到账户里的钱就被转走", "3分钟"),
    ("开学3天不到校园里就出现了病例", "3天"),
    ("上任3天不到岗位就调整了", "3天"),
])
def test_a_figure_before_budao_and_a_longer_word_is_no_figure_alone(
        tmp_path: Path, text: str, value: str) -> None:
    assert "is only part of a figure" in _error(tmp_path, text + "。", text, value, None)


@pytest.mark.parametrize(("text", "quote", "value", "unit", "hint"), [
    # a bare number with unit: given, where the text writes a qualifier after the unit:
    # each loaded as the exact figure (30家以上 as exactly 30, 3年内 as about 3 years),
    # where the value with its unit (30家) was refused; now both are, with the same hint
    ("入驻企业30家以上。", "30家以上", "30", "家", 'write value: "30家以上"'),
    ("项目3年内建成。", "3年内建成", "3", "年", 'write value: "3年内"'),
    ("票价30元左右。", "30元左右", "30", "元", 'write value: "30元左右"'),
    ("票价30 元左右。", "30 元左右", "30", "元", "write the whole figure as the quote has it"),
    ("增长30%以上。", "30%以上", "30", "%", 'write value: "30%以上"'),
    ("名额30人以内。", "30人以内", "30", "人", 'write value: "30人以内"'),
    ("年纪60岁开外。", "60岁开外", "60", "岁", 'write value: "60岁开外"'),
    ("共有30家上下。", "30家上下", "30", "家", 'write value: "30家上下"'),
    ("工作了3年多。", "3年多", "3", "年", 'write value: "3年多"'),
    ("工作3年余。", "3年余", "3", "年", 'write value: "3年余"'),
    # another unit word than unit: names (名 of 人), after a space: it loaded as exactly 30
    ("招聘30 名以上员工。", "招聘30 名以上员工", "30", "人",
     "write the whole figure as the quote has it"),
    ("已有30家不止。", "30家不止", "30", "家", "list the mention under not_claims:"),
    ("开售3分钟不到门票全部售罄。", "3分钟不到门票", "3", "分钟",
     "list the mention under not_claims:"),
    # 不到 between a span of time and a figure: the same hint as value: 3分钟 has
    ("开售后3分钟不到一万张票就卖光。", "3分钟不到一万张票", "3", "分钟",
     "may bound either"),
])
def test_a_bare_value_may_not_leave_out_a_qualifier_after_its_unit(
        tmp_path: Path, text: str, quote: str, value: str, unit: str, hint: str) -> None:
    error = _error(tmp_path, text, quote, value, unit)
    assert f"value '{value}' is only part of a figure in the quote" in error
    assert hint in error


@pytest.mark.parametrize(("text", "quote", "value", "unit", "base"), [
    # the unit given and written, and no qualifier after it: read as before
    ("入驻30家企业。", "30家企业", "30", "家", 30),
    ("共30家。", "30家。", "30", "家", 30),
    ("共3人。", "共3人", "3", "人", 3),
    ("工作3年来成绩显著。", "3年来", "3", "年", Fraction(3 * 1461, 4)),
    ("用了3年时间。", "3年时间", "3", "年", Fraction(3 * 1461, 4)),
    # what starts a word after the unit is no qualifier: 内地 (the mainland), 上下游
    # (up- and downstream), 起诉 (sue), 前后两次 (twice in all), 多元化 (diversified)
    ("这3年内地经济增长。", "3年内地经济", "3", "年", Fraction(3 * 1461, 4)),
    # and the other words 内 starts (内科, 内存, 内部): 3 with unit: 年 loaded before
    # 27d43f0 and was refused then as only part of 3年内
    ("有3年内科经验。", "有3年内科经验", "3", "年", Fraction(3 * 1461, 4)),
    ("用了3年内存就满了。", "3年内存就满了", "3", "年", Fraction(3 * 1461, 4)),
    ("经过3年内部调整。", "经过3年内部调整", "3", "年", Fraction(3 * 1461, 4)),
    ("共30家上下游企业。", "30家上下游企业", "30", "家", 30),
    ("已有30家起诉。", "30家起诉", "30", "家", 30),
    ("公司3年前后两次融资。", "3年前后两次融资", "3", "年", Fraction(3 * 1461, 4)),
    ("共30家多元化企业。", "30家多元化企业", "30", "家", 30),
])
def test_a_bare_value_before_its_unit_and_no_qualifier_loads(
        tmp_path: Path, text: str, quote: str, value: str, unit: str, base: Fraction) -> None:
    assert _base(tmp_path, text, quote, value, unit) == base


@pytest.mark.parametrize(("text", "quote", "value", "unit", "whole", "qualifier"), [
    # a space between the unit and its qualifier: the hint said write "30%" (and "3年",
    # "30家"), which was refused in turn as only part of 30% 以上
    ("占比30% 以上。", "30% 以上", "30", "%", "30%以上", "at-least"),
    ("计划3年　内建成。", "3年　内建成", "3", "年", "3年内", "at-most"),
    ("共30家　以上。", "30家　以上", "30", "家", "30家以上", "at-least"),
])
def test_a_bare_value_before_a_qualifier_across_a_space_hints_the_qualifier(
        tmp_path: Path, text: str, quote: str, value: str, unit: str, whole: str,
        qualifier: str) -> None:
    error = _error(tmp_path, text, quote, value, unit)
    assert f'write value: "{whole}"' in error and "\\u3000" not in error
    _write(tmp_path, text, quote, whole, None)
    quantity = load(tmp_path).claims["x"].quantity
    assert quantity is not None and quantity.qualifier == qualifier


@pytest.mark.parametrize(("text", "quote", "value", "unit", "whole"), [
    # either end of a range with its unit on both ends, as a bare value with unit:: each
    # loaded as the end alone (10 of 10元至20元 as 10元), where 10元 was refused
    ("票价10元至20元。", "10元至20元", "10", "元", "10元至20元"),
    ("票价10元至20元。", "10元至20元", "20", "元", "10元至20元"),
    ("票价10元-20元。", "10元-20元", "10", "元", "10元-20元"),
    ("工期3年至5年。", "3年至5年", "5", "年", "3年至5年"),
    # ... and where the unit: names another unit word than the text writes (名, km): 30
    # with unit: 人 of 30名至50名 loaded as exactly 30 persons
    ("招聘30名至50名员工。", "30名至50名", "30", "人", "30名至50名"),
    ("招聘30名至50名员工。", "30名至50名", "50", "人", "30名至50名"),
    ("全长30km-50km。", "30km-50km", "30", "公里", "30km-50km"),
    # the forms with the unit once, or across 至 or a dash (3年至5年, 3-5年, 3到5年)
    ("工期3年至5年。", "3年至5年", "3", "年", "3年至5年"),
    ("工期3年-5年。", "3年-5年", "3", "年", "3年-5年"),
    ("工期3-5年。", "3-5年", "3", "年", "3-5年"),
    ("工期3到5年。", "3到5年", "3", "年", "3到5年"),
])
def test_a_bare_value_may_not_be_one_end_of_a_range_with_its_unit(
        tmp_path: Path, text: str, quote: str, value: str, unit: str, whole: str) -> None:
    error = _error(tmp_path, text, quote, value, unit)
    assert f"value '{value}' is only part of a figure in the quote" in error
    assert "a range; the value leaves out" in error and f'write value: "{whole}"' in error


@pytest.mark.parametrize(("text", "quote", "value", "base"), [
    # 到 goes from one figure to another (从10元到20元), and 至今 is "until now"
    ("票价从10元到20元。", "从10元到20元", "10", 10),
    ("工作3年至今。", "3年至今", "3", Fraction(3 * 1461, 4)),
])
def test_a_bare_value_before_its_unit_and_no_range_loads(
        tmp_path: Path, text: str, quote: str, value: str, base: Fraction) -> None:
    assert _base(tmp_path, text, quote, value, "元" if "元" in text else "年") == base


@pytest.mark.parametrize(("text", "quote", "value", "unit", "whole", "qualifier"), [
    # a bare number whose unit: names the count or measure otherwise than the unit word
    # the text writes, before a qualifier: each loaded as the exact figure (30 of
    # 30名以上 with unit: 人 as exactly 30 persons), as 30 of 30人以上 was refused
    ("公司招聘30名以上员工。", "招聘30名以上员工", "30", "人", "30名以上", "at-least"),
    ("公司招聘30位以上员工。", "招聘30位以上员工", "30", "人", "30位以上", "at-least"),
    ("全长30km以上。", "全长30km以上", "30", "公里", "30km以上", "at-least"),
    ("工期3周左右。", "工期3周左右", "3", "星期", "3周左右", "about"),
    ("适合3岁以下儿童。", "3岁以下儿童", "3", "年", "3岁以下", "at-most"),
    ("全长30 km以上。", "全长30 km以上", "30", "公里", "30 km以上", "at-least"),  # a space
])
def test_a_bare_value_may_not_leave_out_a_qualifier_after_another_unit_word(
        tmp_path: Path, text: str, quote: str, value: str, unit: str, whole: str,
        qualifier: str) -> None:
    error = _error(tmp_path, text, quote, value, unit)
    assert f"value '{value}' is only part of a figure in the quote" in error
    assert f'write value: "{whole}"' in error
    _write(tmp_path, text, quote, whole, unit)  # the hint's value loads, with the unit
    quantity = load(tmp_path).claims["x"].quantity
    assert quantity is not None and quantity.qualifier == qualifier


@pytest.mark.parametrize(("text", "quote", "value", "unit", "base"), [
    # another unit word and no qualifier after it: read as before (a word that a
    # qualifier's character starts stays one: 内地, 起诉)
    ("公司招聘30名员工。", "招聘30名员工", "30", "人", 30),
    ("共30名内地学生。", "30名内地学生", "30", "人", 30),
    ("已有30名起诉。", "30名起诉", "30", "人", 30),
    ("全长30km。", "全长30km", "30", "公里", 30000),
    ("招聘30 名员工。", "招聘30 名员工", "30", "人", 30),
])
def test_a_bare_value_before_another_unit_word_and_no_qualifier_loads(
        tmp_path: Path, text: str, quote: str, value: str, unit: str, base: Fraction) -> None:
    assert _base(tmp_path, text, quote, value, unit) == base
