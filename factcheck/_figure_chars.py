"""The characters of a figure as :func:`~factcheck._whole_figure.whole_figure` reads them,
folded (digits, magnitude words, signs, range joins, spaces), and the numerals a text
starts or ends with."""

from __future__ import annotations

import re

from ._numbers import SOME_MORE_AFTER_NUMERAL
from ._numerals import CHINESE_NUMERAL_CHARS, MAGNITUDE_RE, RANGE_SEPARATORS
from ._quotes import fold_chars

__all__ = [
    "ARABIC",
    "CHINESE",
    "DIGITS",
    "MAGNITUDES",
    "MINUS",
    "RANGE_JOINS",
    "SIGNS",
    "SOME_MORE",
    "SPACE",
    "SPACES",
    "THOUSANDS",
    "latin",
    "list_item_number",
    "numeral_after",
    "numeral_before",
    "spaces_grouping_thousands",
    "thousands_group",
]

ARABIC = frozenset("0123456789")
# Chinese digits and units (also financial and Traditional forms); a point (点) is not one:
# 3点 is three o'clock
CHINESE = CHINESE_NUMERAL_CHARS - frozenset("点點")
DIGITS = ARABIC | CHINESE
MAGNITUDES = frozenset(c for c in CHINESE if MAGNITUDE_RE.fullmatch(c))  # 百千万亿...
SOME_MORE = frozenset(fold_chars("".join(SOME_MORE_AFTER_NUMERAL)))
SIGNS = frozenset("-~−")  # a minus sign, or the other end of a range (folded: －, ～)
# what joins the two ends of a range (10至20元, 十到二十, 10—20), or a minus sign read as one:
# after a numeral, the figure is the high end of a range (not after 截至, 达到, 降至)
RANGE_JOINS = RANGE_SEPARATORS | {"−"}
THOUSANDS = ","  # folded: ，

MINUS = frozenset("-−")  # folded: －

SPACES = " \t\u3000"
SPACE = frozenset(SPACES)


def latin(char: str) -> bool:
    """Whether ``char`` (folded) is a Latin letter, as a unit symbol is written with."""
    return char.isascii() and char.isalpha()


def numeral_after(text: str) -> str:
    """The digits (Arabic or Chinese, with a decimal point) that ``text``, folded, starts with."""
    end = 0
    while end < len(text) and (text[end] in ARABIC | CHINESE or (
            text[end] == "." and end and text[end - 1] in ARABIC)):
        end += 1
    return text[:end]


def numeral_before(text: str) -> str:
    """The digits (Arabic or Chinese) that ``text``, folded, ends with."""
    start = len(text)
    while start and text[start - 1] in ARABIC | CHINESE:
        start -= 1
    return text[start:]


def thousands_group(text: str) -> bool:
    """Whether ``text`` (folded) starts with a group of exactly three digits, as after the
    comma of 1,234 (the figure grammar's thousands separator)."""
    return len(text) >= 3 and all(c in ARABIC for c in text[:3]) and text[3:4] not in ARABIC


#: The spaces an article may group thousands with (1 000万元, 12 500 000人): one ASCII,
#: no-break or thin space, never a tab or the full-width space (U+3000)
_GROUPING_SPACES = " \u00a0\u2009\u202f"
_DIGIT = "0-9\uff10-\uff19"
#: a number grouped by them: one to three digits that start it, then groups of exactly
#: three, each after one space; a number that a space follows (2019 12亿元), or that goes
#: on with a digit or another group too short, is none
_GROUPED_BY_SPACES = re.compile(
    f"(?<![{_DIGIT}.,．])(?<![{_DIGIT}]，)(?<![{_DIGIT}.,，．][{_GROUPING_SPACES}])"
    f"[{_DIGIT}]{{1,3}}"
    f"(?:[{_GROUPING_SPACES}][{_DIGIT}]{{3}})+(?![{_DIGIT}]|[{_GROUPING_SPACES},，][{_DIGIT}])")
_LINE_START = re.compile(r"(?:^|\n)[ \t\u3000]*$")
_LATIN = "A-Za-z\uff21-\uff3a\uff41-\uff5a"
#: what the first group may not follow, a space, dot or dash between or none: a Latin
#: letter, of a name or model (iPhone 15 128GB, Mate 60 512GB, Top 10 100家, No. 3, A4,
#: COVID-19), or a rank (前20 100家, 第3 000): each is two numbers, never 15128GB
_NAME_OR_RANK_BEFORE = re.compile(
    f"(?:[{_LATIN}]|[前第])[{_GROUPING_SPACES}\t\u3000.．\\-－_/#]*$")


#: what starts a line before a list item's number: its line break, spaces and a bullet
_LIST_LINE_START = re.compile(r"\n[ \t\u3000•·*\-]*$")
#: what after a list item's number ends it: 、 or a point and a space (1、200家, 1. 200家);
#: a point without a space is a decimal point (1.5亿元)
_LIST_NUMBER_END = re.compile("、|\\.[ \t\u3000]")


def list_item_number(figure: str, before: str, after: str) -> bool:
    """Whether ``figure`` (folded), between ``before`` and ``after`` (folded), is the number
    of a list item: one or two Arabic digits at the start of a line (after the line break
    that ``before`` ends with, and spaces or a bullet) before 、 or a point and a space (1 of
    1. 200家企业签约), no figure."""
    return (len(figure) <= 2 and figure.isascii() and figure.isdigit()
            and _LIST_LINE_START.search(before) is not None
            and _LIST_NUMBER_END.match(after) is not None)


def spaces_grouping_thousands(text: str, *, at_line_start: bool = False
                              ) -> list[tuple[int, int]]:
    """The numbers of ``text`` whose thousands are grouped by a space (1 000 of 1 000万元,
    12 500 000), as ``[start, end)`` spans: a space between one to three digits and exactly
    three is a thousands separator, as a comma is (1,000); one after four digits (2019 12亿元)
    parts two numbers. One at the start of a line, its first digits maybe a list item's
    number (1 200家 of an item 1), is only with ``at_line_start``: what neither reading of
    it may take. One after a Latin letter (iPhone 15 128GB, Top 10 100家, COVID-19 100例)
    or a rank (前20 100家) is none: a name's or a rank's number and another."""
    return [m.span() for m in _GROUPED_BY_SPACES.finditer(text)
            if not _NAME_OR_RANK_BEFORE.search(text[max(0, m.start() - 8):m.start()])
            and (at_line_start
                 or not _LINE_START.search(text[max(0, m.start() - 8):m.start()]))]
