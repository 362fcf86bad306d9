"""Why the loader cannot read a value written in a form it has no reading for.

A value that no figure reading takes (多達5萬人, 萬五, 廿五人, 1/3, 2024/25年度) was told to
"write the value exactly as the quote has it", which it was. :func:`unread_value_reason`
names the form instead, and :func:`unread_value_hint` says what to do: claim the figure that
factcheck reads of it where there is one, else list the mention under ``not_claims:``.
"""

from __future__ import annotations

import re

from ._figure_notation import YEAR_ACROSS_A_SLASH_RE, year_across_a_slash
from ._numbers import parse_figure
from ._quotes import fold_chars

__all__ = ["point_in_a_year", "unread_value_hint", "unread_value_reason"]

_FULLWIDTH = str.maketrans("０１２３４５６７８９／", "0123456789/")
#: what to do with a mention whose figure no claim can hold
_LIST_IT = "list the mention under not_claims: with a reason"
#: the words (folded) of a figure reached, "as many as", "up to", "as low as" (多达5万人,
#: 高达3万元, 低至5元), which factcheck reads no qualifier of: the figure after them is what
#: extract proposes
_REACHING = ("多达", "高达", "低至", "高至", "多至", "达到", "达")
#: what a figure after a word of reaching starts with
_NUMERAL_STARTS = frozenset("0123456789一二两三四五六七八九十百千万亿")
#: 廿, 卅, 卌: 20, 30, 40 in one character
_OLD_TENS_RE = re.compile("[廿卅卌]")
#: a magnitude word and the digit of the next place, as Hong Kong speaks it: 万五 is 15000,
#: 万二 12000, 千五 1500
_MAGNITUDE_AND_DIGIT_RE = re.compile("(?:^|[约大近])[万千百亿][一二两三四五六七八九]$")
#: a magnitude word with no number before it, after 上 "up to" or a qualifier or before 多:
#: 上千万元, 约千多人
_LONE_MAGNITUDE_RE = re.compile("^(?:上|约|近|逾|超|大约)?[百千万亿]+多?[^0-9零〇一二两三四五六七八九十]*$")
#: a number of digits: 双位数, 两位数, 三位数 (double digits is 10 to 99)
_DIGITS_RE = re.compile("^[双两三四五六七八九十][位]数")
#: a year and the middle of it, 2023年中 or 2023年年中 (mid-2023), which no date reading
#: takes (2023年底, 2023年年底 and 2023年初 are December and January)
_MIDDLE_OF_A_YEAR_RE = re.compile("^(?:[0-9]{4}|[〇零一二三四五六七八九]{4})年年?中$")
#: a number written with slashes: a fraction or a date (1/3, 3/5, 28/2/2024)
_SLASHED_RE = re.compile(r"^[0-9]+(?:/[0-9]+){1,2}$")
#: a year of two digits across a slash, and the word of a year after it (24/25年度)
_SHORT_YEAR_ACROSS_RE = re.compile(r"^[0-9]{2}/[0-9]{2}(?:年度|财年|年|学年|赛季|财政年度)$")


def unread_value_reason(value: str) -> str | None:
    """Why factcheck reads no figure in ``value``, a form it has no reading for, or None
    where it does not know the form."""
    written = value.strip()
    folded = fold_chars(written).translate(_FULLWIDTH)
    middle = point_in_a_year(value)
    if middle is not None:
        return middle
    reached = _reaching_word(folded)
    if reached is not None:  # folding keeps each character's place
        word, rest = written[:reached], written[reached:]
        return (f"factcheck reads no {word!r} before a figure ({word} reaches the figure "
                f"after it, {rest!r})")
    if ((span := YEAR_ACROSS_A_SLASH_RE.fullmatch(folded)) is not None and year_across_a_slash(
            span)) or _SHORT_YEAR_ACROSS_RE.fullmatch(folded):
        return ("it is a year across a slash (2024/25年度: a fiscal, school or sports year "
                "from 2024 into 2025), which factcheck does not read")
    if _SLASHED_RE.fullmatch(folded):
        return ("a number written with slashes is a fraction (1/3), a date (5/3, 28/2/2024) "
                "or a score, none of which factcheck reads")
    if _OLD_TENS_RE.search(folded):
        return "廿, 卅 and 卌 (20, 30, 40 in one character) are numerals factcheck does not read"
    if _MAGNITUDE_AND_DIGIT_RE.search(folded):
        return ("a magnitude word with the next place's digit after it (萬五 is 15000, 萬二 "
                "12000, as Hong Kong speaks them) is a form factcheck does not read")
    if _DIGITS_RE.match(folded):
        return ("it counts digits (雙位數 is double digits, 10 to 99), no amount factcheck "
                "reads")
    if folded in ("成半", "近成半", "约成半"):
        return "成半 (as much as half, in Hong Kong's usage) is a share factcheck does not read"
    if _LONE_MAGNITUDE_RE.fullmatch(folded):
        return ("a magnitude word with no number before it (上千万元 is upwards of ten million, "
                "千多人 a thousand and more) is too vague a figure for factcheck to read")
    return None


def point_in_a_year(value: str) -> str | None:
    """Why factcheck reads no date in ``value``, the middle of a year (2023年年中), or None."""
    if _MIDDLE_OF_A_YEAR_RE.fullmatch(fold_chars(value.strip()).translate(_FULLWIDTH)):
        return ("年中 after a year is the middle of it (mid-2023), a point in the year "
                "factcheck does not read as a date (2023年底 and 2023年初 it reads as December "
                "and January)")
    return None


def unread_value_hint(value: str) -> str:
    """What to do with ``value``, which :func:`unread_value_reason` names a form of."""
    reached = _reaching_word(fold_chars(value.strip()).translate(_FULLWIDTH))
    if reached is not None:
        rest = value.strip()[reached:]
        return (f'write value: "{rest}", which factcheck reads as the figure reached, or '
                f"{_LIST_IT}")
    return _LIST_IT


def _reaching_word(folded: str) -> int | None:
    """The length of the word of a figure reached that ``folded`` starts with (2 of
    多达5万人), where a figure factcheck reads follows it; else None."""
    for word in _REACHING:
        if folded.startswith(word) and folded[len(word):len(word) + 1] in _NUMERAL_STARTS \
                and parse_figure(folded[len(word):]) is not None:
            return len(word)
    return None
