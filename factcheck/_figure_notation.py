"""Figures written in a notation that factcheck does not read, whose parts are no figures.

A number in scientific notation (``3×10^4人``, ``1.5×10⁴吨``, ``5E3元``, ``2.5e-3克``) is
one figure, 30000 people or 0.0025 grams: its mantissa (3, 1.5), its base (10) and its
exponent (4人, 3克) would each load as another figure; so would 10 and 8次 (eight times) of
a power written in words (``10的8次方``). A year across a slash (``2022/23年度``,
a fiscal, school or sports year) is one period: its ``23年`` is no 23 years, and so is one
across a dash before 年度 (``2022-23年度``), no span of two calendar years. Neither is a
figure the loader reads; :func:`in_scientific_notation` and :func:`in_a_year_across_a_slash`
tell the whole-figure check (:mod:`._whole_figure`) and extract where one stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = [
    "ACROSS_A_SLASH",
    "DAY_AND_MONTH_RE",
    "DAY_AND_MONTH_SHAPE",
    "NOTATION_MARK_RE",
    "NOTATION_RE",
    "POWER_WORDS_RE",
    "YEAR_ACROSS_A_DASH_RE",
    "YEAR_ACROSS_A_SLASH_RE",
    "in_a_year_across_a_slash",
    "in_scientific_notation",
    "is_a_year_across",
    "year_across_a_slash",
    "years_across",
]

_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
#: What raises a number to a power after it: a caret and an exponent (10^4, 10^-3), or
#: superscript digits (10⁴, 10⁻³)
_POWER = rf"(?:\^[+\-−]?[0-9]+|[⁺⁻]?[{_SUPERSCRIPT_DIGITS}]+)"
#: A number in scientific notation from its first digit (folded text: half-width): 3×10^4,
#: 1.5×10⁴, 3 x 10^4, 5E3, 2.5e-3, 10^4, 10⁴
NOTATION_RE = re.compile(
    rf"(?<![0-9.])[0-9]+(?:\.[0-9]+)?(?:[eE][+\-−]?[0-9]+(?![0-9.])|[ ]?[×xX*·][ ]?10{_POWER}"
    rf"|{_POWER})")
#: Where such a notation shows, read in bounded steps (a scan tries it at every offset, and
#: a pattern that reads a run of digits from each would cost the square of the run): the
#: last digit of the mantissa or base and what follows it
NOTATION_MARK_RE = re.compile(
    rf"[0-9](?:[eE][+\-−]?[0-9]|[ ]?[×xX*·][ ]?10(?:\^|[⁺⁻{_SUPERSCRIPT_DIGITS}])"
    rf"|\^[+\-−]?[0-9]|[⁺⁻]?[{_SUPERSCRIPT_DIGITS}])")
#: What ends a figure's mantissa or base in such a notation: read from the character after it
_NOTATION_AFTER = re.compile(rf"[eE][+\-−]?[0-9]|[ ]?[×xX*·][ ]?10{_POWER}|{_POWER}")
#: What before a figure makes it the exponent of such a notation: 10^ of 10^4, 5E of 5E3,
#: 2.5e- of 2.5e-3 (but not E3 of 展会E3, a name)
_EXPONENT_BEFORE = re.compile(r"[0-9](?:\^|[eE][+\-−]?)$")
#: ... or its base: 3× of 3×10^4 (where a power follows the 10: 3×4米 is 3 by 4 metres)
_TIMES_BEFORE = re.compile(r"[0-9][ ]?[×xX*·][ ]?$")
_BASE = re.compile(rf"10{_POWER}")

_CN_NUMERAL = "[零〇一二两三四五六七八九十百千万亿]+"
#: The exponent of a power written in words: 8次方, 负3次方, 八次方
_EXPONENT_IN_WORDS = r"[负\-−]?(?:[0-9]+|[零〇一二两三四五六七八九十]+)次方"
#: A power written in words (folded text), which looks like one: a base, a number (or a
#: letter, x的2次方) and 的 before its exponent, 10的8次方 (10^8), 3×10的4次方, 十的八次方,
#: 2的负3次方; or an exponent alone (2次方, squared) that no word goes on after, or that a
#: measure or 根 (a root) or 程 (方程, an equation) follows. Its 8次 is no count of 次 (times)
#: and its 10 no figure. Not 次 before 方案, 方向, 方针, 方面, 方法, 方式 or 方阵 (3次方案调整:
#: three rounds of a plan); nor, with no base before it, before any other word that starts
#: with 方 (3次方队训练, 3次方言普查, 5次方便面, 3次方可通过)
POWER_WORDS_RE = re.compile(
    rf"(?:(?:[0-9]+(?:\.[0-9]+)?[ ]?[×xX*·][ ]?)?(?:[0-9]+(?:\.[0-9]+)?|{_CN_NUMERAL})的"
    rf"|(?<=[A-Za-z)）]的)){_EXPONENT_IN_WORDS}(?![案向针面法式阵])"
    rf"|{_EXPONENT_IN_WORDS}(?:(?![\u4e00-\u9fff])|(?=[个倍根程]))")

#: A year, a slash and the next year, in two digits or four (2022/23, 2022/2023): one fiscal,
#: school or sports year, and the words after it that say it is one where two digits could be
#: a month (2011/12年度; 2011/12 alone may be December 2011)
YEAR_ACROSS_A_SLASH_RE = re.compile(
    r"(?<![0-9.])(?P<first>(?:18|19|20|21)[0-9]{2})[/／](?P<next>[0-9]{4}|[0-9]{2})(?![0-9])"
    r"(?P<year>年度|财年|財年|财政年度|財政年度|年|学年|學年|赛季|賽季|财政年|財政年)?")

#: A year, a dash (or 至, 到) and the next year before a word of a fiscal, school or sports
#: year (2024-25年度, 2024至25年度, 2024-2025年度): one such year, as across a slash; without
#: the word (2024-2025年) it is a span of calendar years
YEAR_ACROSS_A_DASH_RE = re.compile(
    r"(?<![0-9.])(?P<first>(?:18|19|20|21)[0-9]{2})(?:[-–—－~～]|至|到)(?P<next>[0-9]{4}|"
    r"[0-9]{2})(?P<year>年度|财年|財年|财政年度|財政年度|学年|學年|赛季|賽季|财政年|財政年)")

#: A day and a month across a slash, as Hong Kong writes a date (會議於28/2舉行, 投票於3/4進行),
#: before a verb of holding or doing an event or a time of day: no fraction (14, 0.75)
_DAY_AND_MONTH = r"(?<![0-9./／])(?:3[01]|[12][0-9]|0?[1-9])[/／](?:1[0-2]|0?[1-9])(?![0-9./／%])"
#: ... and its shape alone, which extract lists it by
DAY_AND_MONTH_SHAPE = re.compile(_DAY_AND_MONTH)
DAY_AND_MONTH_RE = re.compile(
    _DAY_AND_MONTH + r"(?=举行|进行|召开|开幕|闭幕|举办|开始|开展|开课|开学|截止|结束|起|至|当天|当日|上午|下午|"
    r"晚上|早上|中午|凌晨|晚|早)")

#: What a year across a slash or a dash is, for the messages that refuse it
ACROSS_A_SLASH = ("a year across a slash or a dash (2022/23年度, 2022-23年度: a fiscal, school "
                  "or sports year from 2022 into 2023)")


def _follows(first: str, following: str) -> bool:
    """Whether ``following`` (two or four digits) is the year after ``first``."""
    return int(following) == (int(first) + 1) % (100 if len(following) == 2 else 10000)


def year_across_a_slash(match: re.Match[str]) -> bool:
    """Whether ``match`` (of :data:`YEAR_ACROSS_A_SLASH_RE`) is one year across a slash:
    the next year after it, and no month (2011/12 alone is no year across one)."""
    following = match.group("next")
    return _follows(match.group("first"), following) and (
        len(following) == 4 or int(following) > 12 or match.group("year") is not None)


def in_a_year_across_a_slash(figure: str, before: str, after: str) -> bool:
    """Whether ``figure`` between ``before`` and ``after`` (folded or not) is part of a
    year across a slash (2022 or 23年 of 2022/23年度) and not the whole of it."""
    text = before[-8:] + figure + after[:8]
    start, end = len(before[-8:]), len(before[-8:]) + len(figure)
    for match in years_across(text):
        if match.start() <= start < match.end() and not (
                match.start() == start and match.end() <= end):
            return True
    return False


def years_across(text: str) -> Iterator[re.Match[str]]:
    """Each year across a slash or a dash in ``text`` (folded, half-width): 2022/23年度,
    2022-23年度, 2022至2023年度."""
    for pattern in (YEAR_ACROSS_A_SLASH_RE, YEAR_ACROSS_A_DASH_RE):
        yield from (m for m in pattern.finditer(text) if year_across_a_slash(m))


def is_a_year_across(value: str) -> bool:
    """Whether ``value`` (folded, half-width) is a whole year across a slash or a dash."""
    return any(m.group() == value for m in years_across(value))


def in_scientific_notation(figure: str, before: str, after: str) -> bool:
    """Whether ``figure`` (folded) between ``before`` and ``after`` (folded, half-width) is
    a part of a number in scientific notation: its mantissa or base (3 of 3×10^4, 1.5 of
    1.5×10⁴, 约1 of 约1e5, 10 of 10^4) or its exponent (4人 of 3×10^4人, 3元 of 5E3元, 3克 or
    -3克 of 2.5e-3克), or a part of a power in words (4次 or 10 of 10的4次方). A letter E
    after a name (展会E3) or no digit after it (5G) is none."""
    if figure[-1:].isdigit() and figure[-1:].isascii() and _NOTATION_AFTER.match(after):
        return True
    if figure[:1] in "0123456789+-−" and _EXPONENT_BEFORE.search(before) is not None:
        return True
    if _TIMES_BEFORE.search(before) is not None and _BASE.match(figure + after) is not None:
        return True
    return _in_a_power_in_words(figure, before, after)


def _in_a_power_in_words(figure: str, before: str, after: str) -> bool:
    """Whether ``figure`` (folded) between ``before`` and ``after`` (folded, half-width)
    stands in a power written in words (:data:`POWER_WORDS_RE`): 4次 or 10 of 10的4次方,
    or the whole of it, which factcheck does not read either."""
    if "次方" not in figure + after[:12]:  # most figures
        return False
    text = before[-12:] + figure + after[:12]
    start, end = len(before[-12:]), len(before[-12:]) + len(figure)
    return any(match.start() < end and start < match.end()
               for match in POWER_WORDS_RE.finditer(text))
