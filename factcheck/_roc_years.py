"""Years of the Republic of China calendar written without their 民國 (Taiwan's news).

A Taiwanese article writes ``112年3月``, ``112年第4季``, ``113年度`` or ``較111年成長``
for the years 民國112, 113 and 111 (2023, 2024, 2022), dropping the 民國 it writes
elsewhere. Read as a figure, each is a number of years. Such a year is refused as an
amount (the loader) and listed as no figure to propose (extract):

* a number of one to three digits before 年 and a point of that year, a month (3月), a
  quarter (第4季, 4季度), 度 (年度), 上半年 or 下半年, 底, 初 or 末 (of 年底, 年初, 年末, but
  not 底蕴, 初具, 度过), and for a number of three digits 中 (112年中; 过去10年中 is ten
  years), or a run of them before one (112至113年度): :func:`point_in_time`;
* any other such year of 50 to 199 alone (111年 of 較111年成長), in an article
  that writes 民國 before a year or a point of a year of three digits somewhere (民国时期,
  过去10年中 and 20年底 are no such sign), unless the words around it say a number of years
  (有112年历史, 历时20年, 近50年, 长达30年, 睽违70年, 50年来, 100年后, 50年一遇):
  :func:`roc_year_alone`; and one of 1 to 49 (1912 to 1960) only where the words around
  it compare with it as a year (較49年增加, 比49年同期, 與38年相比).

All text here is folded (:func:`factcheck._text.fold_chars`) and narrowed.
"""

from __future__ import annotations

import re

from ._extract_lexicon import years_ago

# the year, Arabic (112) or digit by digit in Chinese (一一二, as 民國一一二年 writes it)
_YEAR = "(?:[0-9]{1,3}|[〇○零一二三四五六七八九]{3})"
# what after its 年 makes a year a point in time, never a number of years
_POINT = ("(?:(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月"
          "|第[1-4一二三四]季|[1-4一二三四]季度|度(?![过日])|[上下]半年"
          "|底(?![蕴线下子气定])|初(?![具心衷步次见创中显])|末(?![位尾期])|{middle})")
_POINT_RE = re.compile(f"(?P<year>{_YEAR}(?:[-–—~至到]{_YEAR})?)年(?P<point>"
                       + _POINT.format(middle="(?!)") + ")")
_POINT_OF_THREE_DIGITS_RE = re.compile("(?P<year>[0-9]{3})年(?P<point>中)(?![间里国])")
# a bare year of 50 to 199 (1961 to 2110), without a qualifier: a smaller number (服刑15年)
# is far more often a number of years than a year of 1912 to 1960
_ALONE_RE = re.compile("(?:[5-9][0-9]|1[0-9]{2}|一[〇○零一二三四五六七八九]{2})年")
# a bare year of 1 to 49 (1912 to 1960), a year only where it is compared with:
# 较 or 比 before it and a word of change after it (較49年增加, 比49年同期減少), or 与, 和,
# 跟 or 同 before it and 相比 or 相较 after it (與38年相比); 較3年前, 較10年期公債 and
# 較5年平均 stay spans
_SMALL_RE = re.compile("(?:[1-9]|[1-4][0-9])年")
_COMPARED_BEFORE = ("较", "比")
_CHANGE_AFTER = ("增", "减", "成长", "下降", "下滑", "下跌", "上升", "上涨", "提高", "提升",
                 "降低", "衰退", "同期")
_WITH_BEFORE = ("与", "和", "跟", "同")
_COMPARED_AFTER = ("相比", "相较", "比较")
# words before or after such a year that make it a number of years
_YEARS_BEFORE = ("有", "历时", "历经", "长达", "树龄", "近", "成立", "创立", "创办", "建校",
                 "过去", "这", "超过", "逾", "达", "睽违", "经营", "结婚", "判刑", "走过",
                 "建党", "光复", "期限为", "年限为", "保固期", "服刑", "实施")
_YEARS_AFTER = ("多", "余", "以上", "历史", "的历史", "之久", "的时间", "左右", "来", "后",
                "一遇")
# where an article writes a year of the Republic of China calendar (with 民國 or as a point
# of such a year)
_ROC_WRITTEN_RE = re.compile(
    "民国(?=[0-9〇○零一二三四五六七八九十百元])|(?<![0-9])1[0-9]{2}年"
    + _POINT.format(middle="中(?![间里国])"))


def point_in_time(value: str, after: str) -> str | None:
    """The point in time that ``value`` (folded, narrowed, stripped), a year of one to three
    digits and 年 with what it goes on with, makes with ``after`` (the article's text after
    it, folded and narrowed): ``112年3月`` for 112年 before 3月起, ``113年度`` for 113年度;
    None where it is none (112年历史, 3年)."""
    written = value + after
    for pattern in (_POINT_RE, _POINT_OF_THREE_DIGITS_RE):
        m = pattern.match(written)
        if m is not None and m.end("year") < len(value) <= m.end():
            return m.group()
    return None


def writes_roc_years(text: str) -> bool:
    """Whether the article ``text`` (folded, narrowed) writes a year of the Republic of
    China calendar: 民國 before a year, or a year of three digits before a point of it
    (112年3月, 112年第4季, 113年度); 民国时期 and 20年底 are none."""
    return _ROC_WRITTEN_RE.search(text) is not None


def roc_year_alone(value: str, before: str, after: str) -> bool:
    """Whether ``value`` (folded, narrowed, stripped) is a year of 50 to 199 and
    年 alone that no word around it, ``before`` (six characters) and ``after``, makes a
    number of years, or of 1 to 49 that the words around it compare with as a year: in an
    article that writes 民國 years it may be one (較111年成長, 較49年增加)."""
    if _SMALL_RE.fullmatch(value) is not None:
        return (before.endswith(_COMPARED_BEFORE) and after.startswith(_CHANGE_AFTER)) or (
            before.endswith(_WITH_BEFORE) and after.startswith(_COMPARED_AFTER))
    if _ALONE_RE.fullmatch(value) is None:
        return False
    return not (before.endswith(_YEARS_BEFORE) or years_ago(before)
                or after.startswith(_YEARS_AFTER))


#: the first year of the Republic of China calendar, in the common era, less one
_EPOCH = 1911
_CHINESE_DIGITS = {c: str(i) for i, c in enumerate("零一二三四五六七八九")} | {"〇": "0", "○": "0"}
_FIRST_YEAR_RE = re.compile(_YEAR)
_NARROW = str.maketrans("０１２３４５６７８９", "0123456789")


def roc_year_hint_example(written: str) -> str:
    """The year of the Republic of China calendar that ``written`` (folded) starts with, in
    the common era: ``民國112年 is 2023`` for 112年第4季."""
    m = _FIRST_YEAR_RE.search(written.translate(_NARROW))
    digits = "" if m is None else "".join(_CHINESE_DIGITS.get(c, c) for c in m.group())
    year = int(digits) if digits.isdigit() else 0
    return f"民國{year}年 is {year + _EPOCH}" if year else "民國112年 is 2023"


def roc_year_hint(written: str) -> str:
    """The hint for ``written`` (folded), a year of fewer than four digits that may be of the
    Republic of China calendar: what it is in the common era, and how to claim it."""
    example = roc_year_hint_example(written)
    return ("a year of fewer than four digits may be one of the Republic of China calendar "
            f"written without its 民國 ({example}): factcheck reads such a year as a date "
            "only after 民國, so claim it as a date where the quote writes 民國 before it "
            "(value: 民國112年3月), and otherwise list the mention under not_claims: with a "
            "reason")


def _inside_a_number_or_after_roc(text: str, i: int) -> bool:
    """Whether ``i`` of ``text`` is inside a number, or after 民国 (whose dates are read
    with it: :mod:`factcheck._dates`)."""
    return bool(i) and (text[i - 1].isdigit() or text[i - 1] in _CHINESE_DIGITS
                        or text.endswith("民国", 0, i))


def point_at(text: str, i: int) -> int | None:
    """Where a point in time of a year without its 民國 that starts at ``i`` of ``text``
    (folded, narrowed) ends (112年3月, 112年第4季, 113年度, 112至113年度), or None."""
    if _inside_a_number_or_after_roc(text, i):
        return None
    for pattern in (_POINT_RE, _POINT_OF_THREE_DIGITS_RE):
        m = pattern.match(text, i)
        if m is not None:
            return m.end()
    return None


def alone_at(text: str, i: int) -> int | None:
    """Where a year of 1 to 199 and 年 that starts at ``i`` of ``text`` (folded, narrowed)
    ends, where no word around it makes it a number of years (:func:`roc_year_alone`), or
    None; the caller asks :func:`writes_roc_years` of the article."""
    if _inside_a_number_or_after_roc(text, i):
        return None
    m = _ALONE_RE.match(text, i) or _SMALL_RE.match(text, i)
    if m is None or not roc_year_alone(m.group(), text[max(0, i - 6):i], text[m.end():m.end() + 4]):
        return None
    return m.end()


def unmarked_roc_year(value: str) -> bool:
    """Whether ``value`` (folded, narrowed) is a year without its 民國 as extract lists one
    (:func:`point_at`, :func:`alone_at`)."""
    return any(p.fullmatch(value) for p in (_POINT_RE, _POINT_OF_THREE_DIGITS_RE, _ALONE_RE,
                                            _SMALL_RE))


# an as_of written as a year of 民國, with or without 民國 and a month (112年, 112年3月)
_AS_OF_RE = re.compile("[ \t]*(?:民[國国])?([0-9]{1,3})年(?:([0-9]{1,2})月)?[ \t]*")


def roc_as_of_hint(text: object) -> str | None:
    """The hint for an ``as_of`` that factcheck cannot read, written as a year of 民國
    (``112年``, ``112年3月``): its common-era spelling; None for any other."""
    if not isinstance(text, str):
        return None
    m = _AS_OF_RE.fullmatch(text.translate(_NARROW))
    if m is None or not int(m[1]):
        return None
    year = int(m[1]) + _EPOCH
    month = int(m[2]) if m[2] else 0
    iso = f"{year}-{month:02d}" if 1 <= month <= 12 else str(year)
    return (f"as_of takes a date of the common era: if {text.strip()} is of the "
            f"Republic of China calendar (民國{m[1]}年 is {year}), write as_of: {iso}")


#: a year of 民國 written digit by digit in Chinese without a zero (民國一一二年), which
#: factcheck does not read (民國一○八年 and 民國一百一十二年 it reads)
_DIGIT_BY_DIGIT_RE = re.compile("民[國国]([一二三四五六七八九]{2,3})年")


def roc_digits_hint(value: str) -> str | None:
    """The hint for ``value``, a date of 民國 whose year is written digit by digit in Chinese
    (民國一一二年), which factcheck does not read; None for any other."""
    m = _DIGIT_BY_DIGIT_RE.match(value.strip())
    if m is None:
        return None
    year = int("".join(_CHINESE_DIGITS[c] for c in m[1]))
    return (f"{m.group()} writes its year digit by digit (民國{year}年 is {year + _EPOCH}), "
            "which factcheck reads only with a zero in it (民國一○八年) or as a numeral "
            "(民國一百一十二年) or in Arabic digits (民國112年): list the mention under "
            "not_claims: with a reason")
