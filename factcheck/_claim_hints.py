"""The hints of the claims reader's refusals: what the figure is where a value is only part
of one, what a quote that is not found is closest to, and how to write a date or a unit."""

from __future__ import annotations

import json
import re
import types
from collections.abc import Mapping
from typing import Any

from ._change_by_to import by_to_hint
from ._claim_quantity import UNIT_EXAMPLES, give_the_unit_it_is, scaled_word_after
from ._dates import iso_hint, parse_period
from ._extract_lexicon import (
    CLOCK_RE,
    DISCOUNT_RE,
    HOUR_RANGE_RE,
    TIME_UNITS,
    YEAR_BEFORE_DASH_RE,
    next_to_budao_between,
)
from ._extract_vague import LISTED_APPROXIMATE_RE, LOWER_PLACE_RE, unread_form
from ._figure_chars import list_item_number
from ._figure_joins import slash_side
from ._figure_notation import ACROSS_A_SLASH, in_a_year_across_a_slash, in_scientific_notation
from ._figure_qualifiers import (
    SUFFIX_REACH,
    after_a_qualifier,
    buguo_shi_unsure,
    guo_reading,
    qualifier_into_a_word,
    suffix_after,
)
from ._figure_signs import dash_sign_before, negative_growth_before, plus_or_minus_before
from ._model import Source
from ._near_span import NEAR_SPAN_UNSURE_HINT, may_be_a_year, near_span_reading
from ._numbers import dated, parse_figure
from ._numerals import FULLWIDTH
from ._quotes import NormalText, fold_chars, fold_text
from ._schema import Problems, written_in
from ._unit_word_cuts import DIVERSIFIED, diversified_cut, unit_into_a_word
from ._units import parse_unit
from ._whole_figure import previous_is_man, whole_figure
from ._yaml import Document, KeyPath

__all__ = [
    "CLOCK_HINT",
    "FEN_UNITS",
    "NOTATION_HINT",
    "NOT_EMPTY",
    "NOT_READ_HINT",
    "RATIO_HINT",
    "TEMPERATURE_NO_CLAIM",
    "TIMES_DU_HINT",
    "TODO",
    "UNIT_WORD_HINTS",
    "around",
    "backwards_hint",
    "before_or_after_hint",
    "closest_hint",
    "fen_hint",
    "iso_hint",
    "no_claim_hint",
    "not_claim_line",
    "part_of_figure_hint",
    "still_todo",
    "with_its_unit",
]


def around(source: Source, span: tuple[int, int], margin: int = 4) -> str:
    """The article's text around ``span`` on its line, the span itself in brackets:
    2[93.9亿元]。 (a line break was shown as a space, at the end of the line too)."""
    text = source.text
    start, end = span
    before = text[max(0, start - margin):start].rpartition("\n")[2].lstrip()
    after = text[end:end + margin].partition("\n")[0].rstrip()
    return f"{before}[{text[start:end]}]{after}"


#: the hint for a figure after 不过 that may be "no more than" (参观者不过3人) or "cannot" of
#: a verb (打不过3人): factcheck reads neither, and no value says which
BUGUO_HINT = ("'不过' may mean 'no more than' here (参观者不过3人: at most three) rather than "
              "'but' (，不过3人受伤) or 'cannot' of a verb (打不过3人), which factcheck does "
              "not tell apart: list the mention under not_claims: with a reason, and check it "
              "by hand")
#: the hint for a figure next to a 不到 between a span of time and another figure, which may
#: bound either (3分钟不到一万张票就卖光): factcheck reads neither, and no value says which
BUDAO_BETWEEN_HINT = ("'不到' between a span of time and another figure may bound either "
                      "(3分钟不到一万张票就卖光: sold out in under three minutes, or under ten "
                      "thousand tickets sold out in three), which factcheck does not tell "
                      "apart: list the mention under not_claims: with a reason, and check it "
                      "by hand")


#: What to do with a discount, as 七折 of 打七折 (paying 70%, not 7%)
DISCOUNT_HINT = ("七折 is paying 70% of the price (30% off) and 8.5折 85%, which factcheck "
                 "does not read: list the mention under not_claims: with a reason")


#: What a value that is only part of a figure is to be: the whole figure, written out
_WHOLE_FIGURE_HINT = ("write the whole figure as the quote has it, with its qualifier (近, 超, "
                      "多), magnitude (万, 亿), decimals and sign, both ends of a range "
                      "(10-20元), what it is per (3元/斤) and the whole date (2020年1月5日)")


def part_of_figure_hint(text: str, span: tuple[int, int], quote: tuple[int, int],
                        unit_end: int | None = None) -> str:
    """The hint for a value at ``span`` that is only part of a figure of ``text``: that
    figure, what kind it is (a range, a date, a rate per a unit), what the value leaves
    out of it, and the value to write (and a longer quote, where the figure runs past the
    one at ``quote``); the general advice where the figure is not one a claim holds.
    ``unit_end`` is where the claim's ``unit:`` ends where the text writes it after a bare
    value (分钟 of 3 in 3分钟不到)."""
    from ._extract import extract  # only a failing claim needs it: no load pays its import

    start, end = span
    low = max(text.rfind("\n", 0, start) + 1, start - 40)
    high = text.find("\n", end)
    high = min(len(text) if high < 0 else high, end + 40)
    whole = next((m for m in extract(text[low:high]) if m.start + low <= start
                  and end <= m.end + low and m.end - m.start > end - start), None)
    if (by_to := by_to_hint(text, span)) is not None:  # 749.8萬人 of 減少2.4萬至749.8萬人
        return by_to
    if _near_span_unsure(text, span):  # 3年 of 全市近3年新增: nearly, or the last three years
        return NEAR_SPAN_UNSURE_HINT
    if DISCOUNT_RE.match(fold_chars(text[end:end + 2])):  # 七 of 打七折 with unit: %
        return DISCOUNT_HINT
    if next_to_budao_between(text, span) or (unit_end is not None and next_to_budao_between(
            text, (start, unit_end))):  # 3分钟 or 一万张 of 3分钟不到一万张票就卖光
        return BUDAO_BETWEEN_HINT
    if buguo_shi_unsure(fold_chars(text[max(0, start - 12):start]),
                        fold_chars(text[start:start + 12])):
        return BUGUO_HINT  # 3人 of 参观者不过是3人: "no more than" or "but"
    if whole is None and text[start:start + 1] in "-−－" and (year := YEAR_BEFORE_DASH_RE.search(
            fold_chars(text[max(0, start - 8):start]))) is not None:
        # -12个月 of 2020年-12个月: a span of time is never negative
        return (f"the dash after the year {year.group()!r} joins it to what follows, it is no "
                f"minus sign: write value: \"{text[start + 1:end]}\"")
    if whole is None and (word := qualifier_into_a_word(
            fold_chars(text[start:end]), fold_chars(text[end:end + SUFFIX_REACH - 2]))):
        # 30%强 of 30%强调: 强 starts the word after it, no "a little more" (3年内地: no within)
        return (f"{text[end - len(word):end + 1]!r} starts a word, {word!r} in it qualifies no "
                f"figure: write value: \"{text[start:end - len(word)]}\"")
    if whole is None and (cut := diversified_cut(
            fold_chars(text[start:end]), fold_chars(text[end:end + 4]))):
        # 20多 or 20多元 of 20多元化企业: the hint was value: "20多元", 20-odd yuan
        return (f"'{DIVERSIFIED}' is one word, diversified: its 多 is no 'some more' and its 元 "
                f"no yuan: write value: \"{text[start:end - cut]}\"")
    if whole is None and (into := unit_into_a_word(
            fold_chars(text[start:end]), fold_chars(text[end:end + 4]))) is not None:
        # 3人次 of 3人次日: 次 starts 次日, the next day, no person-times
        cut = end - 1
        return (f"{text[cut:cut + len(into[0])]!r} starts a word ({into[1]}): write value: "
                f"\"{text[start:cut]}\"")
    if whole is None and slash_side(text[start:end], text[max(0, start - 2):start],
                                    text[end:end + 2]):
        # 8.6 of 8.6/10万: the whole, 8.6 per 100000, is no figure a claim holds either
        return (f"{text[start:end]!r} is one side of a slash between numbers, a rate per a "
                "number (8.6/10万 is 8.6 per 100000) or a fraction, which factcheck does not "
                "read: list the mention under not_claims: with a reason")
    if whole is None and (approximate := _neighbouring_numerals(text, span)) is not None:
        return (f"{approximate!r} are neighbouring numerals, an approximate figure (一两年 is "
                "one or two years, 三四十家 thirty or forty), which factcheck does not read: "
                "list the mention under not_claims: with a reason")
    if whole is None and text[start - 1:start] in ("过", "過") and guo_reading(
            fold_chars(text[max(0, start - 9):start - 1]),
            fold_chars(text[start:start + 12])) == "unsure":
        # 100万元 of 报价过100万元: "more than" or "has quoted", which factcheck does not guess
        if text[start - 2:start - 1] == "不":  # 3人 of 参观者不过3人: "no more than"
            return BUGUO_HINT
        return ("'过' before it may mean 'more than' here or be a verb, 'have done' or 'go "
                "past' (报价过100万元, 裁员过3000人, ，过3个路口): write value: "
                f"\"过{text[start:end]}\" if the article means more than, or list the mention "
                "under not_claims: with a reason")
    if whole is None:
        return _WHOLE_FIGURE_HINT
    if whole.kind == "identifier" and (
            CLOCK_RE.fullmatch(folded := fold_chars(whole.text)) or HOUR_RANGE_RE.fullmatch(folded)):
        return CLOCK_HINT  # 9 or 11点 of 上午9-11点: the whole is no claim either
    if whole.kind == "ordinal":  # 3名 of 第3名, 3年 of 3年级: a position, no amount
        return (f"the figure is {whole.text!r}, an ordinal (a position, not an amount), which "
                "no claim can hold: list the mention under not_claims: with a reason")
    if parse_period(whole.value, year=2000, month=1) is None if whole.kind == "date" else (
            parse_figure(whole.value) is None or whole.number is None):
        # 3%至5%左右, a range with a qualifier; 三成五 or 23.6兆元, listed without a value
        # 三年 of 两、三年, 百元 of 一千几百元: say what the whole is
        whole_folded = fold_chars(whole.value)
        form = unread_form(whole_folded) if LISTED_APPROXIMATE_RE.search(whole_folded) or (
            LOWER_PLACE_RE.search(whole_folded)) else None
        what = "" if form is None else f", {form[0]} ({form[1]})"
        return (f"the figure is {whole.text!r}{what}, which factcheck does not read: list "
                "the mention under not_claims: with a reason")
    whole_text, whole_value, shown = whole.text, whole.value, repr(whole.text)
    framing = next((word for word in _SPAN_FRAMES if fold_chars(whole.text).endswith(word)
                    and not fold_chars(whole.value).endswith(word)), "")
    if whole.kind == "duration" and framing:
        # 5年来: 来 frames the span and is no part of the figure, which the hint named
        # ('5年来', while it said to write 5年)
        whole_text = whole.text[:-len(framing)]
        shown = repr(whole_text)
    if whole.kind != "date" and whole.qualifier is None:
        # 30% of 30% 以上: extract stops at the space, the loader reads the qualifier across
        # it (the hint said value: "30%", refused in turn)
        at = whole.end + low
        while at < len(text) and text[at] in _SPACE_CHARS:
            at += 1
        word = suffix_after(fold_chars(text[at:at + SUFFIX_REACH]), fold_chars(whole.text[-1:]))
        if at > whole.end + low and word:
            whole_text = text[whole.start + low:at + len(word)]
            whole_value = whole.value + text[at:at + len(word)]
            shown = f"'{whole_text}'"  # its space as written, no \u3000
    unit = whole.unit or ""
    what = (", a date" if whole.kind == "date" else
            ", a range" if whole.qualifier == "range" else
            f", a rate per {unit.split('/', 1)[1]}" if "/" in unit else "")
    left_out = [f"'{piece}' {where}" for piece, where in (
        (whole_text[:start - low - whole.start], "before it"),
        (whole_text[end - low - whole.start:], "after it")) if piece]
    widen = "" if quote[0] <= whole.start + low and whole.end + low <= quote[1] else (
        ", and a quote that holds all of it")
    return (f"the figure is {shown}{what}; the value leaves out "
            f"{' and '.join(left_out)}: write value: \"{whole_value}\"{widen}")


#: the spaces between a figure and a qualifier after it (30% 以上, 3年　内)
_SPAN_FRAMES = ("以来", "来", "间")  # after a span of time (5年来), as extract takes them in
#: the ends of a span of time (年, 个月, 天), folded
_SPAN_ENDS = tuple(sorted(fold_chars(unit) for unit in TIME_UNITS))


def _near_span_unsure(text: str, span: tuple[int, int]) -> bool:
    """Whether the value at ``span`` of ``text`` is a span of time after 近 that may be
    "nearly" or "the last" there, as nothing says which (3年 of 全市近3年新增)."""
    start, end = span
    if fold_chars(text[start - 1:start]) != "近" or start < 1 or not fold_chars(
            text[start:end]).endswith(_SPAN_ENDS) or may_be_a_year(
            fold_chars(text[start:end]).translate(FULLWIDTH)):
        return False
    before = fold_chars(text[max(0, start - 10):start - 1])
    return after_a_qualifier(before + "近") and near_span_reading(
        before, fold_chars(text[end:end + 3])) == "unsure"
_SPACE_CHARS = frozenset(" \t\u3000\u00a0")
#: The hint for a number in scientific notation or a part of one
NOTATION_HINT = ("the figure is in scientific notation (3×10^4 is 30000, 5E3 is 5000, 10的4次方 "
                 "is 10000, and its 4次 no count of times), which "
                 "factcheck does not read: list the mention under not_claims: with a reason")
_NUMERAL_CHARS = frozenset("零〇一二两三四五六七八九十百千万亿")
#: The numerals that make a figure of neighbouring ones (三四十, 十一二, 七八百): none in a
#: year written digit by digit (二〇二三, 一九八九)
_TENS_AND_UP = frozenset("十百千万亿")
#: Two numerals next to each other that give an approximate figure: one or two (一两, 一二),
#: two or three (二三, 两三), ... eight or nine (八九)
_NEIGHBOURS = re.compile("一[两二]|[二两]三|三四|四五|五六|六七|七八|八九")


def _neighbouring_numerals(text: str, span: tuple[int, int]) -> str | None:
    """The run of Chinese numerals around the start of ``span`` of ``text`` where two
    neighbouring ones make it approximate (一兩 of 一兩年, 三四十 of 三四十家), or None."""
    start, end = span
    low = start
    while low > max(0, start - 6) and fold_chars(text[low - 1]) in _NUMERAL_CHARS:
        low -= 1
    high = start
    while high < min(len(text), end + 6) and fold_chars(text[high]) in _NUMERAL_CHARS:
        high += 1
    run = text[low:high]
    folded = fold_chars(run)
    if len(folded) > 2 and not _TENS_AND_UP.intersection(folded):
        return None  # 一二三四号, 二〇二三年: a number or year digit by digit, no neighbours
    return run if _NEIGHBOURS.search(folded) else None


# (a degree sign also as its look-alikes, º and ˚, which the quote fold reads as °)
_TEMPERATURE_AFTER = re.compile(r"\s*(?:[℃℉]|[°º˚][CFcf]|[摄攝华華]氏)")
_ANGLE_AFTER = re.compile(r"\s*[°º˚]")  # 20°, not followed by C or F
# ... which a value may leave out the 角 of (30度 of 30度角), or the 度角 (30)
_ANGLE_DU_AFTER = re.compile(r".?度角(?!逐)")
_RATIO_AFTER = re.compile(r"[:：比][0-9０-９]|比[零〇一二两兩三四五六七八九十]")
_RATIO_BEFORE = re.compile(r"[0-9０-９][:：比]$|[零〇一二两兩三四五六七八九十]比$")
# the mark of a clock time's hour after a value that whole_figure refused (14 of 14时; not
# the point of a Chinese decimal, 十二 of 十二点五; nor 时 that starts 时间, 时期, 时代, 时候 or
# 时刻, as the scan's clock times read it: 3年 of 用了3年时间不到 is bounded by 不到)
_CLOCK_AFTER = re.compile(r"[时時](?![间間期代候刻])|[点點](?![零〇一二三四五六七八九壹贰貳叁肆伍陆陸柒捌玖])")


#: Where a user finds the units factcheck knows (units.txt is no file of their project)
UNITS_LISTED = "the units are listed in docs/claims-format.md, How a figure is read"
TEMPERATURE_NO_CLAIM = "a temperature is no claim (list the mention under not_claims: with a reason)"
#: The units a figure in 分 may be given: points counted, or minutes
FEN_UNITS = ("give `unit: 个` where it counts points, `unit: 分钟` where it is minutes, or "
             "list the mention under not_claims: with a reason")
#: Unknown unit words after a number that a hint of their own tells what they are, where
#: "did you mean" would mislead (度 is no 个季度): by the word, folded
UNIT_WORD_HINTS: Mapping[str, str] = types.MappingProxyType({
    "度": "度 after a number is a kilowatt-hour of electricity (用电20度) or a degree: for "
          "electricity give `unit: kW·h`; a temperature (after 气温, 温度, 零下) or an angle "
          "no claim can hold: list the mention under not_claims: with a reason",
    "度电": "度电 is a kilowatt-hour of electricity: give `unit: kW·h`",
    "倍": "倍 after a number is a multiple, a plain number of times: give `unit: 1` (30倍 "
          "is 30)",
    "分": "分 after a number is a score's points or a mark (拿下30分, 一本线520分), a cent of "
          f"the 元 (涨了5分) or minutes (用时40分), which factcheck cannot tell apart: {FEN_UNITS}",
    "岁": "岁 after a number is an age in years: give `unit: 年`",
    "场": "场 after a number counts events (演出1200余场, 举办30场比赛): give `unit: 个`, or "
          "`unit: 场次` where showings or uses are meant, as 人次 counts visits"})
#: The words after a span of time that say before or after it, no unit (2000年前, 5日后,
#: 3天以后), the longest first, and which they say
_BEFORE_OR_AFTER = {"以前": "before", "之前": "before", "以后": "after", "之后": "after",
                    "前": "before", "后": "after"}
#: The unit a number of days or months is given in where the figure is also a date (5日 is
#: the 5th, 3月 March): 年 stays 年
_SPAN_OF_A_DATE = {"日": "天", "月": "个月"}


def before_or_after_hint(value: str, word: str, *, years_ago: bool = False,
                         month_named: bool = False) -> str | None:
    """The hint for the unknown unit ``word`` of ``value`` that is a unit of time and a
    word of before or after it (年前 of 2000年前, 日前 of 5日前, 天后 of 3天后), no unit,
    where "did you mean" would mislead (日前 is no 日币): what the figure can mean and what
    to write, as the loader reads 5日 of 5日后, of 本月5日后 (``month_named``: a day of
    that month) and 2000年 of 距今2000年 (``years_ago``); else None."""
    folded = fold_chars(word)
    relation = next((r for r in _BEFORE_OR_AFTER if folded.endswith(r) and folded != r), None)
    if relation is None:
        return None
    head = folded[: len(folded) - len(relation)]
    span = _SPAN_OF_A_DATE.get(head, head)
    unit = parse_unit(span)
    if unit is None or dict(unit.dimensionality) != {"[time]": 1}:
        return None
    written = value.strip()
    figure = written[: len(written) - len(relation)]
    sense = _BEFORE_OR_AFTER[relation]
    said = f"{written[len(figure):]!r} after {figure!r} says {sense} it, no unit"  # 後 as written
    dates = dated(fold_chars(figure).translate(FULLWIDTH))
    if years_ago:  # 距今2000年前: the loader reads 2000年 after 距今 as years, never a date
        return (f"{said}: after 距今 {written} is {figure} ago: write value: \"{figure}\", or "
                "list the mention under not_claims: with a reason")
    if month_named and head == "日" and dates:  # 本月5日后: after the 5th of this month
        return (f"{said}: after a month named, {written} is {sense} the date {figure}: "
                f"write value: \"{figure}\", or list the mention under not_claims: with a "
                "reason")
    if head == "日" and sense == "after":  # 5日后 is five days later, as the loader reads 5日
        return (f"{said}: {written} is {figure} later: write value: \"{figure}\" with "
                "`unit: 天`, or list the mention under not_claims: with a reason")
    if head == "月":  # 3月前 is before March: 月 without 个 is no span (三个月前 is one)
        if dates:
            return (f"{said}: {written} is {sense} the month {figure}: write value: "
                    f"\"{figure}\", or list the mention under not_claims: with a reason")
        return (f"{said}: {figure} is a month with a qualifier or in words, which factcheck "
                "does not read as a date: list the mention under not_claims: with a reason")
    if dates:
        ago = "ago" if sense == "before" else "later"
        return (f"{said}: {written} is {figure} {ago} (a span) or {sense} the date {figure}: "
                f"write value: \"{figure}\" with `unit: {span}` for the span, or alone for "
                "the date, or list the mention under not_claims: with a reason")
    with_unit = " with `unit: 天`" if head == "日" else ""  # 约5日: no date
    return (f"{said}: write value: \"{figure}\"{with_unit} (the span), or list the mention "
            "under not_claims: with a reason")


#: The hint for 度 after one Chinese digit (:func:`times_before_du`), which counts occasions
TIMES_DU_HINT = ("度 after one Chinese digit counts occasions (三度访华: three times): give "
                 "`unit: 次`; after a word of temperature (气温五度) it is a degree, which no "
                 "claim can hold: list the mention under not_claims: with a reason")
RATIO_HINT = ("the figure is a ratio, a score or a clock time (3:1, 3比1, 14:30), which no "
              "claim can hold: list the mention under not_claims: with a reason")
#: Powers before 时, which makes their energy (500亿千瓦时, kilowatt-hours), no clock time
_WATTS = ("千瓦", "兆瓦")
CLOCK_HINT = ("the figure is a clock time (14时, 下午3点, 14时30分), which no claim can hold: "
              "list the mention under not_claims: with a reason")


def no_claim_hint(text: str, span: tuple[int, int]) -> str | None:
    """The hint for a value that is part of a figure no claim can hold whole (20 of 20℃,
    3 of 3比1, 30 of 14:30), where "write the whole figure" would lead to another error;
    else None."""
    start, end = span
    figure, before, after = (fold_chars(part).translate(FULLWIDTH) for part in (
        text[start:end], text[max(0, start - 12):start], text[end:end + 12]))
    if in_scientific_notation(figure, before, after):
        return NOTATION_HINT  # 4人 of 3×10^4人: the whole is no figure factcheck reads either
    if list_item_number(figure, before, after):
        return ("the figure is the number of a list item at the start of a line (1. 200家企业"
                "签约, 1、200家), no figure: list the mention under not_claims: with a reason")
    if in_a_year_across_a_slash(figure, before, after):
        # 23年 of 2022/23年度: no 23 years (and its 度 no kilowatt-hours)
        return (f"the figure is {ACROSS_A_SLASH}, which factcheck does not read: list the "
                "mention under not_claims: with a reason")
    if plus_or_minus_before(fold_chars(text[max(0, start - 2):start])):
        return ("plus or minus before it (± or 正负) makes it a margin (±3% is from -3% to 3%), "
                "which factcheck does not read: list the mention under not_claims: with a "
                "reason")
    if text[start - 1 : start] in ("负", "負") and whole_figure(
            text[start:end], text[max(0, start - 12):start - 1], text[end:end + 12]):
        return ("负 before it is its minus sign (负30万元 is -30万元), which factcheck does not "
                "read: list the mention under not_claims: with a reason")
    if negative_growth_before(text[max(0, start - 3):start]) and whole_figure(
            text[start:end], text[max(0, start - 15):start - 3], text[end:end + 12]):
        return ("负增长 before it makes it a fall (负增长3% is -3%), which factcheck does not "
                "read with its sign: list the mention under not_claims: with a reason")
    if dash_sign_before(text[max(0, start - 9):start], text[start:start + 16]):
        return ("the dash before it may be its minus sign (同比增长—5% may be -5%), which "
                "factcheck does not read: list the mention under not_claims: with a reason")
    if previous_is_man(text, start):
        return ("a figure right after one in 蚊 (十蚊八塊: ten dollars or so) is part of one "
                "rough amount in Cantonese, which factcheck does not read: list the mention "
                "under not_claims: with a reason")
    if _TEMPERATURE_AFTER.match(text, end):
        return ("the figure is a temperature, which no claim can hold (an offset unit): "
                "list the mention under not_claims: with a reason")
    if _ANGLE_AFTER.match(text, end) or _ANGLE_DU_AFTER.match(text, end - 1):
        return ("the figure is an angle, which no claim can hold: list the mention under "
                "not_claims: with a reason")
    if _RATIO_AFTER.match(text, end) or _RATIO_BEFORE.search(text[max(0, start - 2):start]):
        return RATIO_HINT
    if _CLOCK_AFTER.match(text, end) and text[end - 1 : end] not in ("个", "個", "度") and (
            fold_chars(text[max(0, start):end])[-2:] not in _WATTS) and (
            unit_into_a_word(fold_chars(text[start:end]), fold_chars(text[end:end + 4])) is None):
        # but 0.5个 of 0.5个点 is no clock time (个点 is percentage points), nor 3万台 of
        # 3万台时 (台时, machine-hours), nor 500亿千瓦 of 500亿千瓦时 (kilowatt-hours), nor
        # 30度 of 温度过30度时 (时 "when")
        return CLOCK_HINT
    if text[end : end + 1] == "度":
        return ("the figure is in 度, degrees or kilowatt-hours: claim it whole (20度), with "
                f"`unit: kW·h` for electricity; {TEMPERATURE_NO_CLAIM}")
    return None


#: The hint for a figure that factcheck does not read and no `unit:` mends (兆, 三成五)
NOT_READ_HINT = ("no claim can hold it, and `unit:` cannot replace it: list the mention "
                 "under not_claims: with a reason")


def not_claim_line(quote: Any, reason: str) -> str:
    """A ``not_claims:`` entry of one line for ``quote`` (the claim's, when it is text) with
    ``reason``, ready to paste under ``not_claims:``: ``- {quote: "去年收入過萬元", reason:
    "..."}``; its strings in double quotes, which YAML reads as JSON writes them."""
    shown = quote if isinstance(quote, str) and quote.strip() else "TODO"
    return (f"- {{quote: {json.dumps(shown, ensure_ascii=False)}, "
            f"reason: {json.dumps(reason, ensure_ascii=False)}}}")


def closest_hint(quote: str, normal: NormalText, source: Source) -> str:
    wanted = fold_text(quote)
    best = 0
    where = -1
    for size in range(min(len(wanted), 40), 1, -1):
        where = normal.text.find(wanted[:size])
        if where >= 0:
            best = size
            break
    if best == 0:
        return "copy the quote from the article text exactly"
    start, _ = normal.original_span(where, where + best)
    line, col = source.line_col(start)
    # What the article says there, as long as the quote (within its line), so that the
    # difference shows next to the quote instead of in another file.
    line_end = min((i for i in (source.text.find("\n", start), source.text.find("\r", start))
                    if i >= 0), default=len(source.text))
    there = source.text[start:min(start + len(quote), line_end)].strip()
    return (f"the first {best} characters match at {source.file}:{line}:{col}, where the "
            f"article reads 「{there}」; copy the quote from there exactly")


def fen_hint(figure: str) -> str:
    """The hint for a bare number before the quote's 分 (``figure``, the number and 分),
    which a `unit:` of a measure read as minutes, metres or 元."""
    return (f"write value: \"{figure}\" with `unit: 个` where it counts points, or with "
            "`unit: 分钟` where it is minutes; else list the mention under not_claims: with a "
            "reason")


#: The unit a figure's word that is no unit counts in, which the hint that writes the
#: figure names at once (value: "78.2岁" alone is an unknown unit)
_UNIT_OF_THE_WORD = {"岁": "年", "周岁": "年"}


def with_its_unit(value: str, quote: Any) -> str | None:
    """The hint for a value without a unit whose quote writes the figure with one: the
    quote's ``全市共有企业461家`` is ``value: "461家"`` (``value: 461``, which YAML reads as a
    number, is the usual way to get here), or ``None`` where the quote has no such figure."""
    if not isinstance(quote, str):
        return None
    digits = re.compile(rf"(?<![0-9.]){re.escape(value.strip())}(?![0-9.])")
    for found in digits.finditer(quote):
        scaled = scaled_word_after(quote, found.end())
        if scaled is not None and scaled.symbol is not None:
            # 86.2 of 86.2分米/小时 was told value: "86.2分" (extract reads a score's 分 there),
            # then that 分 is no unit, and unit: 个 loaded it as 86.2 items
            return (f"write the figure as the quote has it, with its unit, in quotes: value: "
                    f"\"{found.group()}{scaled.word}\", and {give_the_unit_it_is(scaled)}" + (
                        "; where 分 is a score's and a name follows (25分米歇尔), claim the "
                        f"score: value: \"{found.group()}\" with `unit: 个`"
                        if scaled.word[:1] == "分" else ""))
    written = written_in(quote, digits, besides=value.strip())
    if written is None:
        return None
    figure = parse_figure(written)
    word = "" if figure is None else figure.unit_word
    unit = _UNIT_OF_THE_WORD.get(fold_chars(word))
    return (f"write the figure as the quote has it, with its unit, in quotes: "
            f"value: \"{written}\"" + (
                "" if unit is None else f", with `unit: {unit}` ({word} is an age in years)"))


def backwards_hint(text: str) -> str | None:
    """The hint for a period A..B that cannot be read because B is before A."""
    first, dots, second = text.partition("..")
    start, end = parse_period(first), parse_period(second)
    if dots and start is not None and end is not None and end.end < start.start:
        return f"it ends ({second.strip()}) before it starts ({first.strip()}): write the " \
            "earlier date first"
    return None




# The placeholder that `factcheck extract --format yaml` writes for what it cannot know.
TODO = "TODO"


def still_todo(doc: Document, keypath: KeyPath, field: str, expected: str, claim_id: str | None,
               problems: Problems) -> None:
    """A skeleton's placeholder left in: "unknown entity 'TODO'", with the advice to add
    an entity called TODO, misled."""
    problems.at(doc, (*keypath, field), f"{field} is still TODO", claim_id=claim_id,
                expected=expected, hint="fill in what `factcheck extract --format yaml` "
                "left to you, or delete the claim (a mention that is not a claim goes "
                "under not_claims: with a reason)")


NOT_EMPTY = {
    "unit": f"a unit, such as {', '.join(UNIT_EXAMPLES[:-1])} or {UNIT_EXAMPLES[-1]}",
    "per": "what the figure is per, such as 斤 or 年",
    "tolerance": "an allowance, such as 5% or 0.1亿元",
}
