"""A claim's value read: a quantity or a date, with the refusals of what it would misread
(ordinals, calendar words, clock times, a unit that contradicts the text's)."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from ._claim_hints import (
    BUGUO_HINT,
    CLOCK_HINT,
    FEN_UNITS,
    NOT_EMPTY,
    NOT_READ_HINT,
    NOTATION_HINT,
    RATIO_HINT,
    TEMPERATURE_NO_CLAIM,
    TIMES_DU_HINT,
    TODO,
    UNIT_WORD_HINTS,
    UNITS_LISTED,
    before_or_after_hint,
    fen_hint,
    not_claim_line,
    still_todo,
    with_its_unit,
)
from ._claim_quantity import (
    AMBIGUOUS_CURRENCY_NOT_READ,
    CURRENCIES,
    DISCOUNT_NOT_READ,
    EXCHANGE_RATE_NOT_AN_AMOUNT,
    FEN_MAY_BE,
    FRACTION_NOT_READ,
    GE_YI_NOT_READ,
    MAGNITUDE_TWICE,
    MAX_FIGURE_DIGITS,
    METRES_NOT_READ,
    NEAR_ZERO,
    SCALES_AN_AMOUNT_IN_FULL,
    TIME_PARTS_NOT_READ,
    UNDER_ZERO,
    UNREAD_UNIT_NOT_READ,
    YUAN_AND_COINS_NOT_READ,
    ZHAO_NOT_READ,
    coin_of_yuan,
    digit_count,
    give_the_unit_it_is,
    lone_base_after,
    magnitude_twice_hint,
    name_may_follow_scaled,
    names_another_of_its_kind,
    names_another_unit,
    quantity_of_value,
    scaled_word,
    scaled_word_after,
    short_repr,
    unread_unit_not_read,
)
from ._dates import (
    DATE_SHAPE,
    Period,
    backward_run,
    complete_period,
    date_spelling,
    parse_period,
    roc_run_into_month,
    short_year,
)
from ._errors import SchemaError, UnitError, short_text
from ._extract_lexicon import (
    BARE_QUARTER_RE,
    CLOCK_RE,
    RATIO_RE,
    coin_after,
    currency_before,
    floor_area_before,
    metres_and_centimetres,
    time_in_parts,
    unread_unit_after,
    yuan_and_coins,
    yuan_and_coins_in,
)
from ._extract_vague import UNDER_OR_OVER_AFTER_RE, unread_form
from ._figure_joins import hour_by_its_words
from ._figure_notation import NOTATION_RE, POWER_WORDS_RE
from ._figure_qualifiers import lu_of_a_word
from ._figure_signs import PLUS_OR_MINUS
from ._model import Quantity
from ._numbers import (
    CHINESE_DIGITS_YEAR_RE,
    dated,
    from_one_to_another,
    parse_figure,
    parse_years_ago,
    qualified_chinese_year,
    qualified_range,
    qualifier_after_a_date,
    qualifiers_at_odds,
    times_before_du,
    unsure_shared_magnitude,
)
from ._numerals import CHINESE_NUMERAL_CHARS, FULLWIDTH
from ._quotes import fold_chars
from ._roc_years import roc_digits_hint, roc_year_hint_example
from ._schema import Problems
from ._unit_word_cuts import unit_into_a_word
from ._unit_words import (
    DIGITS_WORD,
    LEVEL_WORDS,
    MEGA_UNIT_TAILS,
    NOT_UNIT_WORDS,
    POSITION_WORDS,
    UNREAD_UNIT_WORDS,
    currency_unit,
    is_percentage_points,
)
from ._units import (
    base_factor,
    dims_label,
    is_count,
    magnitude_and_unit,
    parse_unit,
    suggest_units,
)
from ._unread_value import point_in_a_year, unread_value_hint, unread_value_reason
from ._yaml import Document, KeyPath

__all__ = ["clock_point", "parse_value", "refuse_a_month_as_a_count", "unit_as_written"]

# what after a year makes a date of it (19年5月, 19年底, 19年第三季度, 19年上半年); 12年零3天
# is a duration the figure grammar does not read, no date
_MONTH_OR_SEASON = re.compile(r"\s*(?:[0-9〇零一二三四五六七八九十]{1,3}\s*月|[底初末]|年[底初中末]"
                              r"|第?[1-4一二三四]\s*季|[上下]半年|全年)")


#: The hint for a value that no figure reading takes, written as the quote writes it
AS_QUOTED_UNREAD_HINT = ("the value is as the quote writes it, in a form factcheck does not "
                         "read: list the mention under not_claims: with a reason")
#: A half as a share of a whole, in a folded value (一半 "a half", 半数 "half the number",
#: 过半, 超半 and 逾半 "over half", 近半 "nearly half", 大半 "the greater part", 多半 "mostly"
#: or "probably"), which no figure is; never a half of a unit after it (近半年, 过半个月)
_HALF_SHARE_RE = re.compile("(?:一半|半数|[过超逾近大多]半)(?![年个月天日周小时])")


def _month_after_year(spelled: str) -> bool:
    """Whether a month or season follows the first 年 of ``spelled`` (19年5月, 19年底)."""
    narrow = spelled.translate(FULLWIDTH)
    return _MONTH_OR_SEASON.match(narrow, narrow.find("年") + 1) is not None


def clock_point(value: str, text: str, span: tuple[int, int]) -> bool:
    """Whether ``value`` (a number of 点 at ``span`` of the article ``text``) is a clock
    time: 下午3点开会 holds 3 o'clock, not 3 points, which ``unit: 个`` loaded it as. A
    range of them is one (8点至10点), and so is a range of hours after a time of day
    (上午9-11点), and so is an hour with minutes or 半 after it (3点30分, 3点半); one hour
    is read by the words around it, as the whole-figure check reads one
    (:func:`hour_by_its_words`). Otherwise 点 counts points (三点意见)."""
    clock = CLOCK_RE.fullmatch(fold_chars(value.strip()))
    if clock is not None and clock.group("range") is not None:
        return True  # a range of clock times, as extract reads one (8点至10点, 10点到11点)
    figure = parse_figure(value)
    if figure is None or figure.unit_word not in ("点", ""):
        return False
    if figure.high is None and figure.unit_word == "点" and clock is not None:
        with_tail = CLOCK_RE.match(clock.group() + fold_chars(text[span[1]:span[1] + 6]))
        if with_tail is not None and with_tail.group("tail") is not None:
            return True  # 3点 of 3点30分 or 3点半: the hour of a clock time with minutes
    after = fold_chars(text[span[1]:span[1] + 3])
    if figure.unit_word == "":  # 9-11 of 上午9-11点, which extract lists without its 点
        if figure.high is None or not after.startswith("点"):
            return False
        after = after[1:]
    before = fold_chars(text[max(0, span[0] - 4):span[0]]).rstrip()
    # 下午3点, 3点开会, and a range of hours after a time of day or before a word that
    # goes with one: 上午9-11点, 9-11点营业
    return hour_by_its_words(before, after)


def unit_as_written(doc: Document, keypath: KeyPath, fields: dict[str, Any], text: str,
                    value_span: tuple[int, int], quantity: Quantity, problems: Problems,
                    claim_id: str) -> None:
    """Refuse a ``unit:`` that contradicts the unit the article writes after a value that
    leaves it out: ``value: "20"`` with ``unit: 个`` where the quote says 企业20家 would count
    the firms as items. ``unit: 家`` there says what the text says, and stays allowed."""
    value = fields["value"]
    figure = parse_figure(value)
    if figure is not None and fold_chars(figure.unit_word)[:1] == "分" and not figure.per_word:
        _score_of_a_scaled_word(doc, keypath, fields, text, value_span,
                                len(figure.unit_word), problems, claim_id)
        return
    if figure is None or figure.unit_word:
        return
    start, end = value_span
    coin = coin_after(text, end)
    what = coin_of_yuan(coin, quantity.unit) if coin else None
    if what is not None:  # 5 of 每斤贵了5毛 with unit: 元 loaded as 5元, not 0.5元
        problems.at(doc, (*keypath, "unit"),
                    f"unit {fields['unit'].strip()!r} reads whole 元, but the quote writes "
                    f"{coin!r} after the value, {what}", error=UnitError, claim_id=claim_id,
                    expected="an amount in 元 (factcheck reads no coin of the 元: 5毛 is 0.5元)",
                    found=f"{text[start:end]}{text[end:end + len(coin)]} in the article",
                    hint="list the mention under not_claims: with a reason")
        return
    unread = unread_unit_after(text, end)
    if unread and fold_chars(unread) == "呎" and fields["unit"].strip() == "平方呎" and (
            floor_area_before(text, start)):
        # 400 of 實用面積400呎 with unit: 平方呎 is 400 square feet (but unit: 平方米 is
        # refused, below, as is unit: 平方呎 where no area word comes first: 大廈高300呎)
        unread = ""
    if unread:  # 450 of 450呎 with unit: 平方米 loaded as 450 m², 300 of 300呎 with unit: 米 as 300 m
        problems.at(doc, (*keypath, "unit"),
                    f"unit {fields['unit'].strip()!r} cannot name the unit the quote writes "
                    f"after the value, {unread!r}: {UNREAD_UNIT_WORDS[fold_chars(unread)]}, "
                    f"{unread_unit_not_read(unread)}", error=UnitError, claim_id=claim_id,
                    expected="a figure in a unit factcheck knows (平方呎, 英尺, 公斤)",
                    found=f"{text[start:end]}{unread} in the article",
                    hint="list the mention under not_claims: with a reason")
        return
    coins = yuan_and_coins(fold_chars(text[end:end + 8]))
    if coins is not None:  # 1 of 1元5角 with unit: 元 loaded as 1元, 3 of 3块5 as 3元
        whole = f"{text[start:end]}{text[end:end + coins]}"
        problems.at(doc, (*keypath, "unit"),
                    f"the value {value.strip()!r} is only the whole 元 of {whole!r} in the "
                    f"quote, which {YUAN_AND_COINS_NOT_READ}",
                    error=UnitError, claim_id=claim_id,
                    expected="an amount in whole 元", found=f"{whole} in the article",
                    hint="list the mention under not_claims: with a reason")
        return
    from ._extract import extract  # only a value without its unit, given unit:, pays it

    context = text[max(0, start - 20):min(len(text), end + 20)]
    offset = start - max(0, start - 20)
    # the figure there, which may start with a qualifier that the value leaves out (约20家)
    mention = next((m for m in extract(context)
                    if m.start <= offset and m.end > offset + (end - start) and m.unit
                    and not _has_numeral(context[m.start:offset])
                    and m.value.endswith(context[offset:m.end])), None)
    written = None if mention is None else mention.unit
    written_unit = parse_unit(written) if written else None
    scaled = scaled_word_after(text, end) if written_unit is None else None
    name_follows = scaled is not None and name_may_follow_scaled(scaled, text, end)
    if scaled is not None and names_another_unit(scaled, fields["unit"],
                                                 name_may_follow=name_follows):
        # 30 of 长度为30分米 with unit: 米 loaded as 30 metres, with unit: 平方分米 as 30 dm²:
        # extract reads 30分 there (a score's 分 may stand before a name, 25分米歇尔), which
        # no unit: of a length or an area reads
        problems.at(doc, (*keypath, "unit"),
                    f"unit {fields['unit'].strip()!r} is not the unit the quote writes after "
                    f"the value ({scaled.word!r}, which scales {scaled.base_word!r})",
                    error=UnitError, claim_id=claim_id,
                    expected=f"a `unit:` naming {scaled.word!r}" + (
                        ", or a count (个) where 分 is a score's and a name follows (25分米歇尔)"
                        if scaled.word[:1] == "分" and name_follows else ""),
                    found=f"{text[start:end]}{scaled.word} in the article",
                    hint=give_the_unit_it_is(scaled))
        return
    lone = lone_base_after(text, end) if written_unit is None and scaled is None else None
    if lone is not None and names_another_of_its_kind(lone, fields["unit"]):
        # 5 of 5升 with unit: mL loaded as 5 millilitres: 升 alone is no unit of factcheck's
        # (从3升到5 is a rise), but a unit: of volume reads it as one
        problems.at(doc, (*keypath, "unit"),
                    f"unit {fields['unit'].strip()!r} is not the unit the quote writes after "
                    f"the value ({lone.word!r}, {lone.symbol})", error=UnitError,
                    claim_id=claim_id, expected=f"a `unit:` naming {lone.word!r}",
                    found=f"{text[start:end]}{lone.word} in the article",
                    hint=f"give the unit it is, `unit: {lone.symbol}` for {lone.word}")
        return
    if scaled is None and written is not None and fold_chars(written) == "分" and (
            text[end - 1:end] not in "万萬亿億") and (
            quantity.base_unit != "dimensionless") and not is_count(quantity.base_unit):
        # 30 of 拿下30分 with unit: 分钟 loaded as 30 minutes, 520 of 一本线为520分 too, and 5
        # of 涨了5分 with unit: 元 as 5元: the quote's bare 分 says no unit (分钟, 分米 and
        # 分之 are cut apart by extract, and 3时30分 is a clock time, refused before); after
        # 万 or 亿 分 is rather the verb, to split (资金300万分两批拨付), which stays read
        problems.at(doc, (*keypath, "unit"),
                    f"unit {fields['unit'].strip()!r} reads the value as "
                    f"{_what_it_measures(quantity)}, but the quote writes '分' "
                    f"after it, {FEN_MAY_BE}", error=UnitError, claim_id=claim_id,
                    expected="the figure with its 分, and the unit it is",
                    found=f"{mention.value if mention else text[start:end]} in the article",
                    hint=fen_hint(f"{text[start:end]}分"))
        return
    token = _UNKNOWN_MONEY_BEFORE_RE.search(fold_chars(text[max(0, start - 6):start])) if (
        written_unit is None and currency_before(text, start) is None) else None
    paid_in = parse_unit(quantity.unit) if token is not None else None
    if token is not None and paid_in is not None and base_factor(paid_in)[1] in CURRENCIES:
        # 300 of 平台币300 (a platform's token) with unit: 台币 loaded as 300 New Taiwan
        # dollars, and 游戏币300 with unit: 元 as 300 yuan
        word = token.group(1)
        problems.at(doc, (*keypath, "unit"),
                    f"unit {fields['unit'].strip()!r} reads the value as money, but the quote "
                    f"writes {word!r} before it, a currency factcheck does not know",
                    error=UnitError, claim_id=claim_id,
                    expected="an amount in a currency factcheck knows (元, 美元, 港元, 新台币, "
                    "欧元, 日元, 英镑, 澳门元)",
                    found=f"{text[max(0, start - 6) + token.start():end]} in the article",
                    hint="list the mention under not_claims: with a reason")
        return
    # extract reads no unit there (a currency it does not know, or 澳门元 after the value)
    money = _CURRENCY_AFTER_RE.match(text, end) if written_unit is None else None
    # (人民币 after the value is the 元, as before it)
    said = None if money is None else parse_unit(currency_unit(money.group()) or "")
    paid_in = parse_unit(quantity.unit) if money is not None else None
    if money is not None and paid_in is not None and base_factor(paid_in)[1] in CURRENCIES and (
            said is None or base_factor(said) != base_factor(paid_in)):
        # 300亿 of 300亿韩元 (or 澳元, 加元, 新加坡元), or of 300亿澳门元, with unit: 元
        # loaded as renminbi
        known = said is not None and base_factor(said)[1] in CURRENCIES
        problems.at(doc, (*keypath, "unit"),
                    f"unit {fields['unit'].strip()!r} contradicts the currency the quote "
                    f"writes after the value, {money.group()!r}" + (
                        "" if known else ", which factcheck does not know"),
                    error=UnitError, claim_id=claim_id,
                    expected=f"unit: {money.group()}" if known else "an amount in a currency "
                    "factcheck knows (元, 美元, 港元, 新台币, 欧元, 日元, 英镑, 澳门元)",
                    found=f"{text[start:end]}{money.group()} in the article",
                    hint=f"give `unit: {money.group()}`" if known else
                    "list the mention under not_claims: with a reason")
        return
    given = parse_unit(quantity.unit)  # unit: with its per:
    cut = _unit_word_cut_after(text, start, end) if written_unit is None else None
    if cut is not None and given is not None and (
            (cut_unit := parse_unit(cut[0])) is not None) and (
            base_factor(cut_unit)[1] == base_factor(given)[1]):
        # 300 of 入户走访300户次 with unit: 户 loaded as 300 households, 30 of 发射卫星30枚次
        # with unit: 个 as 30 items: the unit: reads the 户 or 枚 that starts 户次 (but 300万
        # of 300万户籍人口 with unit: 人 counts the residents, and loads)
        word, meaning = cut[1]
        problems.at(doc, (*keypath, "unit"),
                    f"unit {fields['unit'].strip()!r} reads the {cut[0]!r} after the value, but "
                    f"{word!r} starts a word there ({meaning}): no {cut[0]} are counted",
                    error=UnitError, claim_id=claim_id,
                    expected=f"a unit of what the figure counts, none of {cut[0]!r}",
                    found=f"{text[start:end]}{cut[0][:-1]}{word} in the article",
                    hint="list the mention under not_claims: with a reason")
        return
    if mention is None or written_unit is None or given is None or (
            base_factor(written_unit) == base_factor(given)
            # 3个百分点 with unit: % is no percentage, nor 3% with unit: 个百分点 a difference
            # of two: the same base, but not the same thing
            and is_percentage_points(written or "") == is_percentage_points(quantity.unit)):
        return
    problems.at(doc, (*keypath, "unit"),
                f"unit {fields['unit'].strip()!r} contradicts the unit the quote writes after "
                f"the value ({written!r})", error=UnitError, claim_id=claim_id,
                expected=f"no `unit:` where the quote writes the unit, or one naming {written!r}",
                found=f"{mention.value} in the article",
                hint=f"write the figure with its unit and remove `unit:`: "
                     f"value: \"{mention.value}\"")


def _unit_word_cut_after(text: str, start: int, end: int) -> tuple[str, tuple[str, str]] | None:
    """The unit word right after the value at ``start``-``end`` of ``text`` and the word
    and meaning that its last character starts there (``unit_into_a_word``): ("户",
    ("户次", "household-visits")) of 300 before 户次; else None."""
    figure, after = fold_chars(text[start:end]), fold_chars(text[end:end + 6])
    for length in (1, 2):
        into = unit_into_a_word(figure + after[:length], after[length:length + 4])
        if into is not None:
            word_start = end + length - 1  # as the quote writes it (戶次 of 300戶次)
            return text[end:end + length], (text[word_start:word_start + len(into[0])], into[1])
    return None


def _what_it_measures(quantity: Quantity) -> str:
    """What ``quantity``'s unit measures, for messages: time, length, renminbi."""
    unit = parse_unit(quantity.unit)
    return quantity.base_unit if unit is None else dims_label(unit)


#: a word of one to four Han characters that ends in 元 or 币 right after a value: a
#: currency (澳门元, 澳門幣; 韩元, 澳元, 新加坡元, which the loader does not know)
_CURRENCY_AFTER_RE = re.compile("(?![多余餘])[\u4e00-\u9fff]{1,4}?[元圓圆币幣]")


#: 是 (就是, 只是) after the 不过 a value starts with: 不过是3人 is 不过3人 (no more than)
_BUGUO_SHI = re.compile("^[就只]?是")


def _score_of_a_scaled_word(doc: Document, keypath: KeyPath, fields: dict[str, Any], text: str,
                            value_span: tuple[int, int], word_length: int, problems: Problems,
                            claim_id: str) -> None:
    """Refuse a count for a value whose unit word, of ``word_length`` characters, starts
    with 分 (a score's, as extract reads 86.2分) where the text goes on into a scaled unit
    word that no name can follow: ``value: 86.2分`` of 86.2分米/小时 with ``unit: 个`` loaded
    as 86.2 items, and 30分 or 30分米 of 长度为30分米。 as 30 (25分 and 25分米 of
    25分米歇尔 stay a score)."""
    start, end = value_span
    at = end - word_length
    scaled = scaled_word_after(text, at) if fold_chars(text[at:at + 1]) == "分" else None
    if scaled is None or scaled.word[:1] != "分" or name_may_follow_scaled(scaled, text, at):
        return
    whole = text[start:at + len(scaled.word)]
    if len(whole) == end - start:  # 30分米 of 30分米。, whole: only a count is refused
        named = parse_unit(str(fields["unit"]).strip())
        if named is None or not (is_count(base_factor(named)[1])
                                 or base_factor(named)[1] == "dimensionless"):
            return
        problems.at(doc, (*keypath, "unit"),
                    f"unit {str(fields['unit']).strip()!r} counts, but {whole!r} is in "
                    f"{scaled.word!r}, which scales {scaled.base_word!r} (no score's 分: "
                    "no name follows it)", error=UnitError, claim_id=claim_id,
                    expected=f"a `unit:` naming {scaled.word!r}",
                    found=f"{whole} in the article", hint=give_the_unit_it_is(scaled))
        return
    problems.at(doc, (*keypath, "value"),
                f"value {short_repr(fields['value'])} is only part of {whole!r} in the quote: "
                f"its 分 starts the unit word {scaled.word!r}, which scales "
                f"{scaled.base_word!r}, no score's 分", claim_id=claim_id,
                expected=f"the figure in {scaled.word!r}",
                found=f"{whole} in the article",
                hint=f"write value: \"{text[start:end - 1]}\" and "
                     f"{give_the_unit_it_is(scaled)[0].lower()}{give_the_unit_it_is(scaled)[1:]}, "
                     "or list the mention under not_claims: with a reason")


#: a word of two or three Han characters that ends in 币 right before a value, folded, that
#: no currency factcheck knows is (平台币, a platform's token; 游戏币, 比特币, 代币)
_UNKNOWN_MONEY_BEFORE_RE = re.compile("([\u4e00-\u9fff]{1,2}币)[ \t\u3000]*$")


#: Arabic digits that start with a 0 before another digit (0001, 01, 00.5): an identifier.
_LEADING_ZERO = re.compile(r"[-−－+]?0[0-9]")


def _has_numeral(text: str) -> bool:
    """Whether ``text`` holds a digit (any width) or a Chinese numeral."""
    return any(c.isdigit() or c in CHINESE_NUMERAL_CHARS for c in text)


# A number followed by one of these, and no unit, names a month or day of the calendar.
def refuse_a_month_as_a_count(doc: Document, keypath: KeyPath, value: str,
                               problems: Problems, claim_id: str | None) -> None:
    """Refuse ``value``, a number before 月 (3月以来: since March), as a count."""
    problems.at(doc, (*keypath, "value"), f"{short_repr(value)} names a month of the calendar "
                "(3月以来: since March), a date, no count", claim_id=claim_id,
                expected="a count, or a date claim with `unit: date`",
                hint="a month with a word after it (以来, 起, 底) is no date factcheck reads: "
                "list the mention under not_claims: with a reason; a number of months is "
                "written 3个月")


_CALENDAR_WORDS = {  # what, and its unit
    "月": ("months", "月"), "月份": ("months", "月"),  # 1-9月份, 三月份
    "日": ("days", "天"),  # 1-3日 (1至3号 is refused before: 号 is never an amount)
}

#: 第 and a number: an ordinal (第3名, 第三天), as extract reads one
_ORDINAL_VALUE = re.compile("第[0-9０-９零〇一二两兩三四五六七八九十百千]")


# the numeral that a value of a time in parts starts with (2 of 2小时30分钟), folded
_NUMERAL_BEFORE_A_TIME_PART = re.compile("[0-9零〇一二两三四五六七八九十]{1,4}(?=小时|分|秒)")


def _time_part_start(value: str) -> int | None:
    """Where the unit word after the numeral that ``value`` (folded) starts with starts,
    where it is one of hours, minutes or seconds (小时 of 2小时30分钟), else None."""
    m = _NUMERAL_BEFORE_A_TIME_PART.match(value)
    return None if m is None else m.end()


# 兆 after a number and before the rest of the figure (1兆5000億元), never the SI prefix of
# 兆瓦 or 兆帕 (:data:`MEGA_UNIT_TAILS`)
_ZHAO_AND_A_TAIL = re.compile("[0-9零〇一二两兩三四五六七八九十百千]兆(?!{})".format(
    "|".join(map(re.escape, MEGA_UNIT_TAILS))))


def _refuse_an_ordinal(doc: Document, keypath: KeyPath, value: str, problems: Problems,
                       claim_id: str) -> None:
    """Refuse ``value``, a position (第3天, 3周年, 5年级), as no amount."""
    problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is an ordinal, a position, "
                "not an amount", claim_id=claim_id,
                expected="an amount: a number with optional qualifier and unit",
                hint="list the mention under not_claims: with a reason")


def _years_no_date(spelled: str, value: str) -> bool:
    """Whether ``value`` (``spelled`` as a date is) is a number of years in four digits that
    no year of a date is (树龄1500年, 1000年前: 1500 and 1000 years, as extract lists them),
    read as a figure; a year of 1800-2199 (:func:`dated`), or a month after it, dates."""
    return not dated(spelled.translate(FULLWIDTH)) and parse_figure(value) is not None


def parse_value(doc: Document, keypath: KeyPath, fields: dict[str, Any], as_of: Any,
                problems: Problems, claim_id: str,
                currency: str | None = None,
                after_a_year: bool = False,
                roc_listed: bool = False,
                years_ago: bool = False,
                levels: bool = False,
                common_era: bool = False,
                month_named: bool = False,
                rate_into: bool = False,
                amount: bool = True,
                floor_area: bool = False) -> tuple[Quantity | None, Any]:
    value: str = fields["value"]
    as_date = fields.get("unit") == "date"
    if as_date and years_ago:  # 距今2000年 with unit: date loaded as the year 2000
        problems.at(doc, (*keypath, "unit"), f"{short_repr(value)} after 距今 is a number of "
                    "years ago, not a date", claim_id=claim_id,
                    expected="no `unit:` (距今2000年 is 2000 years), or `unit: 年`",
                    hint="remove `unit: date`")
        return None, None
    spelled = date_spelling(value)  # 2020/3/1 as 2020-03-01, as extract reads it
    if roc_listed:  # 109年 of 民國108年及109年: the year 2020, never 109 years
        spelled = "民國" + spelled
    if BARE_QUARTER_RE.fullmatch(fold_chars(value.strip())) and not after_a_year:
        # 首季 or 第三季 with no year before it in the article: the first or third season of
        # a series as well as a quarter (2019年第三季, 今年首季 are quarters)
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is a quarter only after a "
                    "year, and the article writes none before it", claim_id=claim_id,
                    expected="a year before 首季 or 第N季 (2019年第三季, 今年首季), or 第N季度",
                    hint="without a year it may be a season of a series: if it is one, list "
                    "the mention under not_claims: with a reason; if the quote gives the "
                    "year, start the value with it (value: 2019年第三季)")
        return None, None
    year = short_year(spelled)
    if year is not None and (as_date or (parse_figure(value) is None and _month_after_year(
            spelled))):
        # 19年5月 with unit: date was May of the year 19, though as_of said 2019
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} writes its year without "
                    f"its century ({year}), which factcheck does not read as a date",
                    claim_id=claim_id, expected="a date whose year has four digits (2019年5月)",
                    hint="a year of fewer than four digits is a year without its century "
                    f"(19年 for 2019年) or one of the Republic of China calendar without its "
                    f"民國 ({roc_year_hint_example(year)}), which factcheck reads as a date only "
                    "written whole (2019年5月, 民國112年3月): list the mention under "
                    "not_claims: with a reason")
        return None, None
    if as_date or (DATE_SHAPE.match(spelled) and "unit" not in fields and not years_ago
                   and (common_era or not _years_no_date(spelled, value))):
        # (after 距今, 2000年 is 2000 years ago: a number of years, never the year 2000)
        readings: tuple[Period, ...]
        if as_of is None:
            written = parse_period(spelled)
            readings = () if written is None else (written,)
        else:
            readings = complete_period(spelled, as_of)
        if len(readings) == 1:
            return None, dataclasses.replace(readings[0], text=value)
        is_date = parse_period(spelled, year=2000, month=1) is not None  # in some year and month
        if as_of is not None and is_date:
            _report_completion(doc, keypath, value, as_of, readings, problems, claim_id)
            return None, None
        if backward_run(spelled):  # 2020-19年: no period, whatever the year
            problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is not a real date: its "
                        "run goes backward", claim_id=claim_id,
                        expected="a run from the earlier date to the later (2019-20年, "
                        "2019年至2020年)", hint="a run of dates must go forward; if the "
                        "article misprints it, it is no claim: list the mention under "
                        "not_claims: with a reason")
            return None, None
        if roc_run_into_month(spelled):  # 民國108年至110年3月
            problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is a run of 民國 years "
                        "into a month or day, which factcheck does not read", claim_id=claim_id,
                        expected="a run of whole 民國 years (民國108至110年) or one date "
                        "(民國110年3月)", hint="list the mention under not_claims: with a reason")
            return None, None
        if as_date and (unread := unread_value_reason(value)) is not None:
            # 2024/25年度 and 2023年年中 were told only that they are no date
            problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is not a date "
                        f"factcheck reads: {unread}", claim_id=claim_id,
                        expected="a date or period, e.g. 2023, 2019年5月, 28日",
                        hint=unread_value_hint(value))
            return None, None
        if as_date:
            problems.at(doc, (*keypath, "value"), f"{value!r} is not a date",
                        claim_id=claim_id, expected="a date or period, e.g. 2023, 2019年5月, 28日",
                        hint="unit: date reads a date as the quote writes it, with a year of "
                        "four digits (2019年5月9日, 二〇一九年, 民國108年); if the value is no "
                        "date, remove unit: date, and if factcheck cannot read the date, list "
                        "the mention under not_claims: with a reason")
            return None, None
        if is_date:
            return None, None  # it needs the year of as_of, which is reported as unreadable
        if any(ch in spelled for ch in "年月日-") and parse_figure(value) is None and (
                qualifier_after_a_date(value) is None):  # 2030年前后: named below
            problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is not a real date",
                        claim_id=claim_id, expected="a calendar date that exists",
                        hint=roc_digits_hint(value))
            return None, None
    digits = digit_count(value)
    if digits > MAX_FIGURE_DIGITS:
        problems.at(doc, (*keypath, "value"), f"the figure has {digits} digits, more than the "
                    f"{MAX_FIGURE_DIGITS} factcheck reads", claim_id=claim_id,
                    found=short_repr(value), hint="write the figure exactly as the quote has it")
        return None, None
    figure = parse_years_ago(value) if years_ago else parse_figure(value)
    folded = fold_chars(value)
    share = _HALF_SHARE_RE.search(folded) if figure is None or not figure.unit_word else None
    if share is not None:
        # 约一半 was "unknown unit '半'", and with unit: 个 "holds more than a unit"; 近半,
        # 逾半 and 超半 loaded as 0.5 (with unit: 个 0.5 items). Extract lists no half, so
        # a not_claims: entry for one would cover no mention
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is a half ({share.group()!r})"
                    ", a share of a whole, which factcheck does not read as a figure",
                    claim_id=claim_id, expected="an amount, or a percentage (50%)",
                    hint="if the article gives the share as a percentage (约50%), claim that; "
                    "otherwise delete the claim: factcheck extract lists no half, so coverage "
                    "needs no not_claims: entry for it (多半 may also mean 'probably')")
        return None, None
    form = unread_form(folded) if figure is None or UNDER_OR_OVER_AFTER_RE.search(
        fold_chars(figure.unit_word)) else None  # 3千万不到 loaded as 3千万 with unit: 元
    if form is not None:
        # 过万元, 七八百人, 翻了一番, 万分之五 were told to write the value as the quote has
        # it, which they do (_extract_vague)
        what = f"{form[0]} ({form[1]})"
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is {what}, which "
                    "factcheck does not read", claim_id=claim_id,
                    expected="a figure factcheck reads (近300亿元, 30余家, 3%至5%)",
                    hint="no `unit:` mends it: move the claim to not_claims: (its quote and a "
                    "reason), e.g. " + not_claim_line(
                        fields.get("quote"), f"{value.strip()} is {form[0]}, which "
                        "factcheck does not read"))
        return None, None
    if figure is not None and lu_of_a_word("", fold_chars(value[:1]), fold_chars(value[1:2])):
        # 陆地 of 内陆地区 with unit: 个 loaded as 6, 陆家 of 陆家嘴 as six firms
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} starts with 陆 of a word "
                    "(陆地, 大陆, 陆家嘴), not the capital numeral six (陆万元)",
                    claim_id=claim_id, expected="an amount: a number with optional qualifier "
                    "and unit", hint="this is no figure: delete the claim")
        return None, None
    words = qualified_range(value) if figure is None else None
    if words is not None:
        problems.at(doc, (*keypath, "value"), f"the range {short_repr(value)} has a qualifier "
                    f"({words}), which factcheck does not read", claim_id=claim_id,
                    expected="a range without a qualifier (3%至5%) or one figure with one "
                    "(5%左右)",
                    hint="list the mention under not_claims: with a reason; a claim of the "
                    "range or of one end without the qualifier is only part of the figure")
        return None, None
    if figure is None and from_one_to_another(value.strip().translate(FULLWIDTH)):
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is two figures, from one to "
                    "the other, not a range", claim_id=claim_id,
                    expected="one figure, or a range whose low end leaves its unit to the high "
                    "end across 到 (10到20元) or is joined by 至 or a dash (10元至20元)",
                    hint="claim each figure on its own")
        return None, None
    if figure is None and RATIO_RE.fullmatch(value.strip().translate(FULLWIDTH)):
        # 3比一, 3:1, 1:2:3: 'cannot read the figure ... write it as the quote has it' sent
        # the writer back to the quote, which has it so
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is a ratio, a score or a "
                    "clock time, not an amount", claim_id=claim_id,
                    expected="an amount: a number with optional qualifier and unit",
                    hint=RATIO_HINT)
        return None, None
    if figure is None and fold_chars(value.strip()).startswith(PLUS_OR_MINUS):
        # ±3%: 'write it as the quote has it' sent the writer back to the quote
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is plus or minus, a margin "
                    "(±3% is from -3% to 3%), which factcheck does not read",
                    claim_id=claim_id, hint=NOT_READ_HINT)
        return None, None
    if figure is None and "米" in value and metres_and_centimetres(
            fold_chars(value), value.index("米")) is not None:
        # 1米75: 'write it as the quote has it' sent the writer back to the quote
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} {METRES_NOT_READ}",
                    claim_id=claim_id, hint=NOT_READ_HINT)
        return None, None
    if figure is None and ("元" in value or "块" in value) and yuan_and_coins_in(
            fold_chars(value)):
        # 1元5角, 3块5: 'write it as the quote has it' sent the writer back to the quote
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} {YUAN_AND_COINS_NOT_READ}",
                    claim_id=claim_id, hint=NOT_READ_HINT)
        return None, None
    if figure is None and (start := _time_part_start(fold_chars(value))) is not None and (
            time_in_parts(fold_chars(value)[start:])):
        # 2小时30分钟: 'write it as the quote has it' sent the writer back to the quote
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} {TIME_PARTS_NOT_READ}",
                    claim_id=claim_id, hint=NOT_READ_HINT)
        return None, None
    if figure is None and _ZHAO_AND_A_TAIL.search(value.translate(FULLWIDTH)):
        # 1兆5000億元: 'write it as the quote has it' sent the writer back to the quote
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} {ZHAO_NOT_READ}",
                    claim_id=claim_id, hint=NOT_READ_HINT)
        return None, None
    if figure is None and CHINESE_DIGITS_YEAR_RE.fullmatch(spelled.strip()):
        # 二〇二二年 with unit: 年 was told it is "a date without a year"
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is a year written in "
                    "Chinese digits, a date, never a number of years", claim_id=claim_id,
                    expected="a date (without `unit:`, or with `unit: date`)",
                    hint=f"remove `unit: {fields.get('unit')}`" if fields.get("unit") else
                    "list the mention under not_claims: with a reason")
        return None, None
    if figure is None and parse_period(spelled, year=2000, month=1) is not None:
        # 首季 of 今年首季, 首季度: 'write it as the quote has it' sent the writer back to
        # the quote, which has it so; such a date is read with unit: date
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is a date without a year, "
                    "which factcheck reads only with `unit: date`", claim_id=claim_id,
                    expected="an amount (近300亿元), or a date with `unit: date`",
                    hint="add `unit: date` (its year comes from as_of)")
        return None, None
    if figure is None and _ORDINAL_VALUE.match(value.strip()):
        # 第3天: 'write it as the quote has it' sent the writer back to the quote
        _refuse_an_ordinal(doc, keypath, value, problems, claim_id)
        return None, None
    if figure is None and (odds := qualifiers_at_odds(value)) is not None:
        # 近30家出头: 'write it as the quote has it' sent the writer back to the quote
        problems.at(doc, (*keypath, "value"), f"cannot read the figure {short_repr(value)}: "
                    f"it has two qualifiers of different senses, {odds[0]!r} and {odds[1]!r}",
                    claim_id=claim_id, expected="one qualifier, or a prefix and a suffix of "
                    "one sense (约30家左右, 至少30家以上)", hint="list the mention under "
                    "not_claims: with a reason")
        return None, None
    if figure is None and (dating := qualifier_after_a_date(value)) is not None:
        # 2030年前后 loaded as about 2030 years: the word after the year dates it
        problems.at(doc, (*keypath, "value"), f"cannot read the figure {short_repr(value)}: "
                    f"{dating[1]!r} after the date {dating[0]!r} dates it, and no number of "
                    "years", claim_id=claim_id, expected="the date alone, or a number of "
                    "years that is no year of 1800-2199 (1500年左右)",
                    hint=f'write value: "{dating[0]}" (a date; factcheck reads no qualifier '
                    "of a date), or list the mention under not_claims: with a reason")
        return None, None
    if figure is None and (dated := qualified_chinese_year(value)) is not None:
        # 约二〇二二年 loaded as about 2022 years, where 约2022年 was refused so
        problems.at(doc, (*keypath, "value"), f"cannot read the figure {short_repr(value)}: "
                    f"{dated[0]!r} before the date {dated[1]!r} dates it, and no number of "
                    "years", claim_id=claim_id, expected="the date alone",
                    hint=f'write value: "{dated[1]}" (a date; factcheck reads no qualifier '
                    "of a date), or list the mention under not_claims: with a reason")
        return None, None
    if figure is None and unsure_shared_magnitude(value):
        # 3百至5千万元: the low end may be 300万 or 300; 3千至5千万元 was 3000 to 5千万
        problems.at(doc, (*keypath, "value"), f"cannot read the range {short_repr(value)}: "
                    "its low end's 百 or 千 may or may not take the 万 or 亿 written after "
                    "the high end", claim_id=claim_id, expected="a range whose ends say "
                    "their magnitude alike (3千至5千万元 is 3千万 to 5千万元)",
                    hint="list the mention under not_claims: with a reason")
        return None, None
    if figure is None and (NOTATION_RE.search(value.translate(FULLWIDTH)) or (
            POWER_WORDS_RE.search(folded.translate(FULLWIDTH)))):
        # 3×10^4人: 'write it as the quote has it' sent the writer back to the quote
        problems.at(doc, (*keypath, "value"), f"cannot read the figure {short_repr(value)}",
                    claim_id=claim_id, expected="a number without scientific notation",
                    hint=NOTATION_HINT)
        return None, None
    if (unread := unread_value_reason(value) if figure is None else point_in_a_year(value)) \
            is not None:
        # 多達5萬人, 萬五, 廿五人, 1/3, 2024/25年度: 'write the value exactly as the quote
        # has it' sent the writer back to the quote, which has it so; 2023年年中 was an
        # unknown unit 年年中
        problems.at(doc, (*keypath, "value"), f"cannot read the figure {short_repr(value)}: "
                    f"{unread}", claim_id=claim_id,
                    expected="a number with optional qualifier and unit, e.g. 近300亿元, 30余家",
                    hint=unread_value_hint(value))
        return None, None
    if figure is None:
        # 48.6 亿元, copied from an article that spaces it: the hint to copy the quote's
        # writing sent the writer back to what they wrote
        squeezed = "".join(value.split())
        quote = fields.get("quote")
        # (a value with no numeral, 工程总投资, is still told to write the figure)
        as_quoted = isinstance(quote, str) and any(
            ch.isdigit() or ch in CHINESE_NUMERAL_CHARS for ch in value) and fold_chars(
            value.strip()) in fold_chars(quote)
        problems.at(doc, (*keypath, "value"), f"cannot read the figure {short_repr(value)}",
                    claim_id=claim_id,
                    expected="a number with optional qualifier and unit, e.g. 近300亿元, 30余家",
                    hint=f'write it without the space: value: "{short_text(squeezed)}" (a quote '
                    "may keep the article's spaces; a value is one figure)"
                    if squeezed != value.strip() and parse_figure(squeezed) is not None else
                    BUGUO_HINT if folded.startswith("不过") and parse_figure(
                        _BUGUO_SHI.sub("", folded[2:], count=1)) is not None else
                    AS_QUOTED_UNREAD_HINT if as_quoted else
                    "write the value exactly as the quote has it")
        return None, None
    padded = next((n.text for n in (figure.number, figure.high)
                   if n is not None and _LEADING_ZERO.match(n.text.translate(FULLWIDTH))), None)
    if padded is not None:  # 0001个 loaded as 1个; extract calls 0001 an identifier
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} has a leading zero "
                    f"({padded}): a code or serial number, not a figure",
                    claim_id=claim_id,
                    expected="a figure without leading zeros (0 and 0.5 are figures)",
                    hint="list the mention under not_claims: with a reason, as factcheck "
                    "extract calls it an identifier")
        return None, None
    for name in ("unit", "per", "tolerance"):
        if fields.get(name) is not None and not fields[name].strip():
            problems.at(doc, (*keypath, name), f"'{name}' is empty", error=SchemaError,
                        claim_id=claim_id, expected=NOT_EMPTY[name],
                        hint="write it, or leave the field out")
            return None, None
    if fields.get("unit") == TODO:  # where the skeleton found no unit it knows
        still_todo(doc, keypath, "unit", NOT_EMPTY["unit"], claim_id, problems)
        return None, None
    if not as_date and fold_chars(figure.unit_word) == "号":
        # 10号 with unit: 个 loaded as 10 items, 10号左右 with unit: 天 as about 10 days
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} names the day of a month "
                    "(10号: the 10th) or a thing's number (3号线: line 3), never an amount",
                    claim_id=claim_id, expected="a date claim with `unit: date`",
                    hint="for the day, add `unit: date` (its year and month come from as_of; "
                    "a day with a qualifier, 10号左右, is no date factcheck reads); otherwise "
                    "list the mention under not_claims: with a reason")
        return None, None
    if "unit" not in fields and figure.unit_word == "日" and figure.qualifier not in (
            None, "range") and _has_numeral(value.strip()[:1]):
        # 10日内 and 10日左右 were named days of the calendar, a date: a qualifier after a
        # number of 日 makes it days, as extract lists it (约5日 may be about the 5th); after
        # 本月 (须于本月10日内) it is the day of that month first
        if month_named:
            problems.at(doc, (*keypath, "value"), f"{short_repr(value)} after a month named "
                        "(本月10日内: by the 10th of this month) is a day of that month with its "
                        "qualifier, or a number of days", claim_id=claim_id,
                        expected="a date, which factcheck does not read with a qualifier, or "
                        "a number of days with `unit: 天`",
                        hint="where it is the day of the month (the date), list the mention "
                        "under not_claims: with a reason (with `unit: date` it is no date "
                        "factcheck reads); where it is a number of days, add `unit: 天`")
            return None, None
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is a number of days with "
                    "its qualifier (10日内: within 10 days), not a day of the month",
                    claim_id=claim_id, expected="a number of days with `unit: 天`",
                    hint="add `unit: 天` (a day of a month with its qualifier, 本月10日内, "
                    "is a date factcheck does not read, even with `unit: date`: list such a "
                    "mention under not_claims: with a reason)")
        return None, None
    if "unit" not in fields and figure.unit_word == "月" and figure.number.text == "半":
        # 半月 is half a month: it was refused as months of the calendar, with unit: date
        problems.at(doc, (*keypath, "value"),
                    f"{short_repr(value)} is half a month, whose 月 without 个 is read as months "
                    "only with `unit: 月`",
                    claim_id=claim_id, expected="a number of months with `unit: 月`",
                    hint="give `unit: 月` (but 半月 of 三個半月 is only part of 3.5 months: "
                    "write the whole figure)")
        return None, None
    if "unit" not in fields and figure.unit_word in _CALENDAR_WORDS:
        # 三月 and 1至9月 name months of the calendar (a number of months is 个月), and
        # 1-3日 days of a month: read as a quantity they would be a duration.
        what, unit = _CALENDAR_WORDS[figure.unit_word]
        problems.at(doc, (*keypath, "value"),
                    f"{short_repr(value)} names {what} of the calendar, a date, not a number of "
                    f"{what}", claim_id=claim_id,
                    expected="a date claim, which a value without its year digits first is "
                    "only with `unit: date`",
                    hint=f"add `unit: date` (the year comes from as_of); for a number of {what}, "
                    f"give `unit: {unit}`")
        return None, None
    if fields.get("unit") is not None and figure.unit_word[:1] == "月" and (
            figure.unit_word not in _CALENDAR_WORDS) and not figure.unit_word.startswith((
                "月饼", "月餅")):
        # 3月以来 (since March) with unit: 个 loaded as 3 items: the unit word the text
        # writes, 月以来, was taken for the noun that unit: counts
        refuse_a_month_as_a_count(doc, keypath, value, problems, claim_id)
        return None, None
    word = fold_chars(figure.unit_word)
    if word in POSITION_WORDS:
        # 3周年 with unit: 年 loaded as 3 years, 5年级 with unit: 个 as 5 items
        _refuse_an_ordinal(doc, keypath, value, problems, claim_id)
        return None, None
    if word == DIGITS_WORD:  # 两位数 with unit: % loaded as 2%, 两位 of it as two persons
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is a number of digits "
                    "(两位数增长 is double-digit growth), not an amount", claim_id=claim_id,
                    expected="an amount: a number with optional qualifier and unit",
                    hint="list the mention under not_claims: with a reason")
        return None, None
    if word[-1:] in LEVEL_WORDS and word[:1] == "个" and len(word) > 2:
        # 2个等级 (two levels) was named a level or a class: 个 counts, 等级 is the noun
        count = value.strip()[: len(value.strip()) - len(word) + 1]
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} counts levels with 个; "
                    f"{figure.unit_word[1:]!r} is what it counts, no unit", claim_id=claim_id,
                    expected="the count with its classifier", hint=f'write value: "{count}"')
        return None, None
    if word[-1:] in LEVEL_WORDS and not levels:
        # 4级 with unit: 个 loaded as 4 items, 10万吨级 as 10万吨 (连升3级 counts levels)
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is a level or a class "
                    "(4级地震, 千亿级产业, 10万吨级码头), not an amount", claim_id=claim_id,
                    expected="an amount: a number with optional qualifier and unit",
                    hint="list the mention under not_claims: with a reason (levels counted "
                    "after a verb, 连升3级 or 分为4级, or steps, 3级台阶, load as written)")
        return None, None
    if word == "月份":  # 3月份 with unit: 个 loaded as 3 items (without unit: it is read above)
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} names months of the "
                    "calendar, a date, not a number of months", claim_id=claim_id,
                    expected="a date claim, which a value without its year digits first is "
                    "only with `unit: date`",
                    hint="give `unit: date` (the year comes from as_of) in place of "
                    f"`unit: {str(fields.get('unit')).strip()}`")
        return None, None
    if floor_area and fold_chars(figure.unit_word) == "呎" and str(
            fields.get("unit")).strip() == "平方呎":
        # 400呎 of 實用面積400呎 is a flat's 400 square feet, as unit: 平方呎 says (大廈高300呎,
        # a height, has no area word before it and stays refused)
        value = value.strip()[:-1]
    quantity = quantity_of_value(value, fields.get("unit"), fields.get("per"),
                                  fields.get("tolerance"), currency, years_ago, amount,
                                  rate_into)
    if isinstance(quantity, str):
        error = UnitError if "unit" in quantity or "dimension" in quantity else SchemaError
        hint = None
        field = ("tolerance" if "tolerance" in quantity else
                 "unit" if "unit" in fields else "value")
        if quantity.startswith("the figure has no unit"):
            in_currency = _currency_hint(currency, rate_into, amount)
            hint = with_its_unit(value, fields.get("quote")) or in_currency
            if currency and hint is in_currency and in_currency is not None and amount \
                    and not rate_into:
                # HK$3億 was told it has no unit, e.g. 元: its currency is written, and
                # unit: names it (as README's HK$3億, Hong Kong dollars, says)
                quantity = (f"the figure is in the currency written before its amount, "
                            f"{currency!r}, with no unit word after it: `unit:` names that "
                            "currency")
        if field == "tolerance":
            hint = _tolerance_hint(quantity, fields, currency)
        if "is a clock time" in quantity:
            field, hint = "value", CLOCK_HINT
        elif ZHAO_NOT_READ in quantity or GE_YI_NOT_READ in quantity or (
                DISCOUNT_NOT_READ in quantity) or FRACTION_NOT_READ in quantity or (
                METRES_NOT_READ in quantity) or (
                YUAN_AND_COINS_NOT_READ in quantity) or (
                TIME_PARTS_NOT_READ in quantity) or (
                "has tenths after its 成" in quantity or "(来 after a number)" in quantity) or (
                AMBIGUOUS_CURRENCY_NOT_READ in quantity) or (
                "counts doublings" in quantity) or UNREAD_UNIT_NOT_READ in quantity or (
                figure is not None and fold_chars(figure.unit_word) in UNREAD_UNIT_WORDS):
            # (翻了一番 had no hint; 3台尺 is in a unit factcheck does not know)
            field, hint = "value", NOT_READ_HINT
            if floor_area and fold_chars(figure.unit_word) == "呎":  # 實用面積400呎
                hint = "give `unit: 平方呎`: 呎 after a word of floor area is a square foot"
        elif FEN_MAY_BE in quantity:  # 30分 with unit: 米 loaded as 30 metres
            hint = FEN_UNITS
        elif quantity.startswith("a count cannot be negative"):  # 另有-3家 had no hint
            field, hint = "value", (
                "a count of things is never below zero: a change in one (同比-3家, three "
                "fewer), which no claim holds, goes under not_claims: with a reason; where the "
                "dash joins a range (2-3家), quote the whole range and give it as the value")
        elif quantity.endswith(NEAR_ZERO):
            field, hint = "value", (
                "近零 (近0%, 接近0) says only that the figure is small, not how small: list the "
                "mention under not_claims: with a reason")
        elif quantity.endswith(UNDER_ZERO):
            field, hint = "value", (
                "不到0 (少于0, 低于0) of a count gives no figure to check: where the article "
                "means none, it says 0 or 没有; list the mention under not_claims: with a "
                "reason")
        elif EXCHANGE_RATE_NOT_AN_AMOUNT in quantity:
            hint = _RATE_HINT
        elif MAGNITUDE_TWICE in quantity:
            hint = magnitude_twice_hint(figure, value, str(fields["unit"]))
        elif currency and SCALES_AN_AMOUNT_IN_FULL in quantity:
            hint = (f"the text writes the amount after {currency!r} in full, with its "
                    "magnitude word if it has one (3億 of HK$3億 is 3億港元): give "
                    f"`unit: {currency_unit(currency)}`, unscaled")
        elif currency and quantity.startswith(f"dimension mismatch: the text writes {currency!r}"):
            hint = ("the currency written before the amount is its unit: give "
                    f"`unit: {currency_unit(currency)}`") if amount else (
                    f"a bare number after {currency!r} without a magnitude word may be no "
                    "amount (a version, a level, a rate, a streak: 3 of 美元3连涨 counts "
                    "rises, 1.08 of 欧元1.08。 and 7 of 人民币7。 may be an exchange rate): "
                    "give "
                    f"`unit: {currency_unit(currency)}` only if the article means an amount "
                    "in it, else the unit of what the number counts, or list the mention "
                    "under not_claims")
        elif (mismatch := _TEXT_WRITES.match(quantity)) is not None:
            # 1200万吨 with unit: 米 was refused without a word of what to write
            hint = (f"the value writes its unit, {mismatch.group(1)!r} ({mismatch.group(2)}): "
                    "remove `unit:`, which is for a figure whose text leaves its unit out (or "
                    f"give `unit: {mismatch.group(1)}`)")
        elif "is a degree or a kilowatt-hour" in quantity:
            hint = f"for electricity give `unit: kW·h`; {TEMPERATURE_NO_CLAIM}"
        elif "is a temperature" in quantity:
            field = "unit" if quantity.startswith("unit") else "value"
            hint = ("no claim can hold a temperature, and `unit:` cannot replace it: list "
                    "the mention under not_claims: with a reason")
        elif "of a temperature" in quantity or "made of a temperature" in quantity:
            hint = ("no claim can hold a temperature or a unit made of one: list the "
                    "mention under not_claims: with a reason")
        elif "is an angle" in quantity or "made of an angle" in quantity:
            hint = ("no claim can hold an angle: list the mention under not_claims: with a "
                    "reason")
        elif quantity.startswith("unknown unit"):
            word = quantity.split("'")[1]  # cut to 60 characters, as the message shows it
            per = fields.get("per")
            if isinstance(per, str) and word == short_text(per):
                field = "per"
            word_is = NOT_UNIT_WORDS.get(fold_chars(word))
            if word_is is not None:  # 周岁 is no 周: never "did you mean '周'?"
                example = ("小时 where it is hours, after a verb of time: 延誤兩個鐘"
                           if fold_chars(word).startswith("个钟") else "年 for an age, 18周岁")
                hint = (f"{word!r} is {word_is}, no unit: give the unit it counts in with "
                        f"`unit:` ({example}), or list the mention under "
                        "not_claims: with a reason")
            elif (said := before_or_after_hint(value, word, years_ago=years_ago,
                                                month_named=month_named)) is not None:
                hint = said  # 日前 of 5日前 is no unit: never "did you mean '日币'?"
            elif fold_chars(word) in UNIT_WORD_HINTS:  # 度: never "did you mean '个季度'?"
                # 三度 of 三度访华 counts visits: never `unit: kW·h`, which loaded 3 kWh
                hint = TIMES_DU_HINT if word == "度" and _counts_times(value) else (
                    UNIT_WORD_HINTS[fold_chars(word)])
            elif magnitude_and_unit(fold_chars(word)) is not None:
                # unit: 亿吨 was told "did you mean '亿元'?", which loads tonnes as money
                hint = (f"{word!r} is {word[0]} times {word[1:]!r}: the magnitude belongs "
                        f"in the value, as the quote writes it (value: 2.96{word[0]}), with "
                        f"unit: {word[1:]}; or, where the value writes its unit too, leave "
                        "out unit:")
            elif (scaled := scaled_word(fold_chars(word))) is not None and field == "value":
                # 分米 was offered '米', '纳米' (and '平方分米'), each another unit
                hint = (f"{give_the_unit_it_is(scaled)} (a unit word made of {scaled.base_word!r}"
                        " with a prefix is no unit of factcheck's)" + (
                            f"; where 分 is a score's and a name follows (25分米歇尔), claim "
                            f"the score: value: \"{value.strip()[:-len(scaled.word) + 1]}\" "
                            "with `unit: 个`" if scaled.word[:1] == "分" and value.strip(
                            ).endswith(scaled.word) else ""))
            elif (scaled := scaled_word(fold_chars(word))) is not None and field == "unit":
                # unit: 分米/小时 was told "did you mean '小时', '个小时'?"
                hint = (f"{give_the_unit_it_is(scaled)} (a unit word made of {scaled.base_word!r}"
                        " with a prefix is no unit of factcheck's)")
            else:
                near = suggest_units(fold_chars(word))  # 公裏 as 公里, its fold
                hint = f"did you mean {', '.join(repr(n) for n in near)}?" if near else (
                    f"add `unit:` with a known unit ({UNITS_LISTED})" if field == "value"
                    else f"write a unit that factcheck knows ({UNITS_LISTED})")
        problems.at(doc, (*keypath, field), quantity, error=error, claim_id=claim_id, hint=hint)
        return None, None
    return quantity, None


#: the unit word and its dimensions in the message of a value whose unit: contradicts the
#: unit it writes (quantity_of's "dimension mismatch: the text writes '吨' (mass) but ...")
_TEXT_WRITES = re.compile(r"dimension mismatch: the text writes '([^']+)' \(([^)]+)\) but ")


def _tolerance_hint(quantity: str, fields: dict[str, Any], currency: str | None) -> str | None:
    """The hint for a tolerance that has no unit (``5``) or one of another dimension than
    the value's (``10万吨`` for a value in 元): a share of the value, or an amount in its
    unit as the claim writes it (its ``unit:``, or the unit word of its value, with its
    per-unit, and the ``currency`` written before its amount)."""
    tolerance = str(fields.get("tolerance", "")).strip()
    figure = parse_figure(str(fields.get("value", "")))
    unit = str(fields.get("unit") or (figure.unit_word if figure is not None else "")).strip()
    if currency and unit == "元":
        unit = currency
    per = fields.get("per") or (figure.per_word if figure is not None else None)
    unit += f"/{str(per).strip()}" if per and unit else ""
    if quantity.startswith("the tolerance") and quantity.endswith("has no unit"):
        amount = f", or an amount in the value's unit (`tolerance: {tolerance}{unit}`)" if (
            unit and unit != "%") else ""
        return f"write `tolerance: {tolerance}%` for {tolerance}% of the value{amount}"
    if quantity.startswith("dimension mismatch: tolerance"):
        return (f"give the tolerance in the value's unit{f' ({unit})' if unit else ''} or as "
                "a share of the value (`tolerance: 5%`)")
    return None


def _counts_times(value: str) -> bool:
    """Whether ``value`` is one Chinese digit of 度, which counts occasions (三度 of
    三度访华), as extract's skeleton reads it (:func:`times_before_du`)."""
    figure = parse_figure(value)
    return figure is not None and figure.unit_word == "度" and figure.high is None and (
        times_before_du(figure.number.text))


def _report_completion(doc: Document, keypath: KeyPath, value: str, as_of: Period,
                       readings: tuple[Period, ...], problems: Problems, claim_id: str) -> None:
    """Report a date without its year (or month) that no completion, or several, put inside
    its as_of."""
    unit = "year" if parse_period(value, year=2000) is not None else "month"
    missing = "year" if unit == "year" else "year and month"
    if readings:
        shown = ", ".join(str(r) for r in readings[:2]) + (", ..." if len(readings) > 2 else "")
        problems.at(doc, (*keypath, "value"),
                    f"{short_repr(value)} falls inside its as_of {as_of} in more than one {unit}",
                    claim_id=claim_id, expected=f"one {unit} inside as_of to complete the date",
                    found=shown, hint=f"give the {missing} in the value or narrow as_of")
        return
    start = as_of.start
    where = f"{start.year}" if unit == "year" else f"{start.year}-{start.month:02d}"
    reading = parse_period(value, year=start.year, month=start.month)
    problems.at(doc, (*keypath, "value"),
                f"{short_repr(value)} falls outside its as_of {as_of} in every {unit}",
                claim_id=claim_id,
                expected=f"a date inside as_of, which gives the value its missing {missing}",
                found=f"read in {where}: {reading or 'no such date'}",
                hint="correct as_of to the date or period the value falls in, or give the "
                f"{missing} in the value")


#: The hint for the number after 兑 or 对 (美元兑日元150): no direction, which articles
#: write both ways (人民币兑美元7.12 is 7.12 yuan per US dollar)
_RATE_HINT = ("after 兑 (or 对) the number is an exchange rate, no amount: give the rate's "
              "unit, one currency per the other, as the article means it (the text does not "
              "say which way it runs), or list the mention under not_claims")


def _currency_hint(currency: str | None, rate_into: bool, amount: bool) -> str | None:
    """The hint for an amount without a unit after ``currency``: its unit word (新台幣 of
    新台幣300億, 日圓 of 日圓300萬, 港元 of HK$3億; the hint of 元 was refused there, as
    renminbi), or that it is a rate after 兑 (``rate_into``: 150 of 美元兑日元150 is no 150
    yen), or for a bare number that may be no ``amount`` (3 of 美元3连涨, a streak; 7 of
    人民币7。, a rate's level) that the currency's unit fits only if it is one; None without
    a currency."""
    unit = currency_unit(currency) if currency else None
    if unit is None:
        return None
    if rate_into:
        return _RATE_HINT
    if not amount:  # 7 of 人民币7。 was told to give unit: 元, 3 of 美元3连涨 nothing
        return (f"a bare number after {currency!r} may be no amount (an exchange rate's "
                "level, 人民币7 as 破7; a version, 数字人民币2.0; a streak, 美元3连涨): give "
                f"`unit: {unit}` only if the article means an amount in it, else the unit of "
                "what the number counts, or list the mention under not_claims")
    return f"the currency written before the amount is its unit: give `unit: {unit}`"
