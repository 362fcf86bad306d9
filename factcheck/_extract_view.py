"""The text as the extractor scans it: pinyin dropped, and the spaces the loader reads a
figure across (48.6 亿元, 30 多家, and a space grouping thousands, 1 000万元), folded, mapped
back to the original.

Also the two small readers that turn what the scanner matched into values: the unit as the
article writes it, and the calendar period of a date.
"""

from __future__ import annotations

import re
from datetime import date

from ._dates import Period, parse_period
from ._extract_lexicon import SPLIT_UNITS
from ._extract_vague import circle_zeros
from ._figure_chars import DIGITS, MAGNITUDES, SOME_MORE, SPACES, spaces_grouping_thousands
from ._numerals import FULLWIDTH, FULLWIDTH_LATIN
from ._quotes import PINYIN, FoldTable, t2s

__all__ = ["TextView", "period_of", "unit_text"]


def _fold_char(ch: str) -> str:
    if ch.isascii():
        return ch
    half = ch.translate(FULLWIDTH)
    if half != ch or ord(ch) < 0x3400:
        return half
    folded: str = t2s().convert(ch)
    return folded if len(folded) == 1 else ch


# Digits and number punctuation to half width, Traditional to Simplified; whitespace stays.
_FOLD = FoldTable(_fold_char)

# spaces between a numeral (or 多) and a magnitude word or 多 after it (folded): the loader
# reads 48.6 亿元 and 30 多家 as one figure, written without the space (value: 48.6亿元)
_INSIDE_A_FIGURE = re.compile(
    "(?<=[" + "".join(sorted(DIGITS | SOME_MORE)) + "])[" + SPACES + "]+(?=["
    + "".join(sorted(MAGNITUDES | SOME_MORE)) + "])")


class TextView:
    """The text without pinyin annotations, folded, with a map back to original offsets."""

    def __init__(self, text: str) -> None:
        self.original = text
        annotations = list(PINYIN.finditer(text))
        if annotations:
            keep: list[int] = []
            last = 0
            for m in annotations:
                keep.extend(range(last, m.start()))
                last = m.end()
            keep.extend(range(last, len(text)))
            self.offsets: list[int] | range = keep
            self.plain = "".join(text[i] for i in keep)
        else:
            self.offsets = range(len(text))
            self.plain = text
        # One character to one, so offsets into ``plain`` are offsets into ``folded``.
        self.folded = circle_zeros(self.plain.translate(_FOLD))  # 二○二二年 as 二〇二二年
        spaces = [m.span() for m in _INSIDE_A_FIGURE.finditer(self.folded)]
        # and a space that groups thousands (1 000万元 as 1000万元): the loader reads the
        # number whole, never its 1 alone
        # (a full-width comma parts clauses there, 据统计，1 000家: no ',' of 1,000)
        grouped = spaces_grouping_thousands("".join(
            "、" if raw == "，" else char
            for raw, char in zip(self.plain, self.folded, strict=True)))
        if grouped:
            spaces = sorted(spaces + [(a + i, a + i + 1) for a, b in grouped
                                      for i in range(b - a) if self.folded[a + i] not in
                                      "0123456789"])
        if spaces:
            keep = []
            last = 0
            for a, b in spaces:
                keep.extend(range(last, a))
                last = b
            keep.extend(range(last, len(self.folded)))
            self.offsets = [self.offsets[i] for i in keep]
            self.plain = "".join(self.plain[i] for i in keep)
            self.folded = "".join(self.folded[i] for i in keep)

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Map ``[a, b)`` of the folded text to ``[start, end)`` of the original."""
        return self.offsets[a], self.offsets[b - 1] + 1


def unit_text(plain: str, folded: str, unit: str | None, unit_from: int | None,
               core_end: int, per: re.Match[str] | None) -> str:
    """The unit as the article writes it (its own script)."""
    if not unit:
        return ""
    if unit == "%" or unit == "‰":
        return unit
    at = folded.find(unit[0], unit_from if unit_from is not None else 0, core_end)
    if unit in SPLIT_UNITS and at >= 0:  # 个 and the unit after 多 or 半: 個月, 个小时
        return plain[at] + plain[at + 2 : at + len(unit)]
    if at < 0 or folded[at : at + len(unit)] != unit:
        return unit
    written = plain[at : at + len(unit)]
    if per is not None:
        group = per.lastindex or 1  # the per-unit's group of the alternative that matched
        written += "/" + plain[per.start(group) : per.end(group)]
    return written.translate(FULLWIDTH_LATIN)  # ｋｍ as km: a symbol the loader's unit: reads


def period_of(raw: str, name: str) -> Period | None:
    """The calendar period of a date that states its year (None otherwise)."""
    t = circle_zeros(raw.translate(FULLWIDTH))  # 二○二二年 as 二〇二二年
    if name == "decade":  # 1990年代 is 1990..1999; 90年代 and 20世纪 leave the years open
        decade = re.fullmatch(r"([0-9]{3})0(?:[-–—~至]([0-9]{3})0)?年代", t)
        if decade is None:
            return None
        first = int(decade.group(1)) * 10
        last = first if decade.group(2) is None else int(decade.group(2)) * 10
        if last < first:
            return None
        return Period(date(first, 1, 1), date(last + 9, 12, 31), raw)
    if name == "iso":
        t = re.sub(r"[/.]", "-", t)
    elif not re.match(r"[0-9〇零一二三四五六七八九]{4}", t):
        return None
    base = re.sub("(?<=[年月])(?:份|[上中下]旬)$|(?<=年)度$", "", t)
    for tail, months in (("年底", (12, 12)), ("年末", (12, 12)), ("年初", (1, 1))):
        if base.endswith(tail):
            year = parse_period(base[: -len(tail) + 1])
            if year is None:
                return None
            return parse_period(f"{year.start.year}-{months[0]:02d}", year=None)
    base = re.sub("(?<=月)(?:底|初|末)$", "", base)
    found = parse_period(base)
    return None if found is None else Period(found.start, found.end, raw)
