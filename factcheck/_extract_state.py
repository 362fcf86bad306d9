"""What every stage of the extract scan shares: the text, what is taken, and emitting.

:class:`ScanState` holds the viewed text and the characters mentions have taken; the
stages (:mod:`factcheck._extract_dates`, :mod:`factcheck._extract_figures`) extend it,
and :class:`factcheck._extract._Scanner` drives them. It also reads the qualifiers
written before and after a figure (约, 以上), which dates and figures alike take.
"""

from __future__ import annotations

from fractions import Fraction

from ._dates import Period
from ._extract_lexicon import (
    CURRENCY_WORD_BEFORE_RE,
    LONGEST_PREFIX,
    PERCENT_UNITS,
    PREFIX_QUALIFIERS,
    PREFIX_RE,
    TIME_UNITS,
)
from ._extract_mention import Kind, Mention
from ._extract_view import TextView
from ._figure_qualifiers import (
    SUFFIX_REACH,
    guo_passes_a_mark,
    po_breaks_a_mark,
    qualifier_ends_a_word,
    short_of_a_date,
    suffix_after,
)
from ._numbers import Qualifier
from ._unit_words import POSITION_WORDS

# What after a unit makes a word of position of it, no amount: 一周年 (an anniversary),
# 三年级 (a school grade), as the loader reads them (POSITION_WORDS)
POSITION_AFTER_UNIT = {word[0]: word[1:] for word in POSITION_WORDS}


class ScanState:
    """The viewed text of one scan, the characters its mentions have taken, and the
    mentions found so far."""

    def __init__(self, view: TextView) -> None:
        self.v = view
        self.f = view.folded
        self.n = len(self.f)
        self.used = bytearray(self.n)
        self.found: list[Mention] = []

    def _free(self, a: int, b: int) -> bool:
        return not any(self.used[a:b])

    def _emit(self, a: int, b: int, kind: Kind, *, unit: str | None = None,
              qualifier: Qualifier | None = None, number: Fraction | None = None,
              high: Fraction | None = None, period: Period | None = None,
              value: str | None = None) -> int | None:
        if not self._free(a, b):
            return None
        start, end = self.v.span(a, b)
        self.found.append(Mention(
            start, end, self.v.original[start:end], kind,
            self.v.plain[a:b] if value is None else value,
            unit, qualifier, number, high, period,
        ))
        self.used[a:b] = b"\x01" * (b - a)
        return b

    def _suffix(self, at: int) -> str:
        """The qualifier written after a figure at ``at`` (以上, 左右), or ``""``.

        上下, 前后, 起, 起步, 强 and 弱 are ones only at the end of a phrase: 50家上下游企业
        is 50 firms up and down the chain, not about 50, and 30家起诉 30 firms that sued; 起,
        强 and 弱 only after a unit (世界500强), and 起 not after a date, an age or a level
        (自2020年起, 从18岁起: "from"; :func:`suffix_after`, as the loader reads it).
        """
        return suffix_after(self.f[at : at + SUFFIX_REACH], self.f[at - 1 : at] if at else "")

    @staticmethod
    def _kind(unit: str | None) -> Kind:
        if unit in PERCENT_UNITS:
            return "percentage"
        if unit in TIME_UNITS:
            return "duration"
        return "quantity"

    def _prefix(self, i: int) -> tuple[int, Qualifier | None]:
        currency = CURRENCY_WORD_BEFORE_RE.search(self.f, max(0, i - 6), i)
        if currency is not None:  # 約新台幣300億元: the qualifier is the amount's
            a, qualifier = self._qualifier_before(currency.start())
            return (a, qualifier) if qualifier is not None else (i, None)
        return self._qualifier_before(i)

    def _qualifier_before(self, i: int) -> tuple[int, Qualifier | None]:
        m = PREFIX_RE.search(self.f, max(0, i - LONGEST_PREFIX), i)
        if m is None or self.used[m.start()]:
            return i, None
        if qualifier_ends_a_word(m.group(), self.f[max(0, m.start() - 9) : m.start()]):
            # 签约, 附近: but 折合约 is "equivalent to about"; 超出 of 比上年超出30% by how much
            return i, None
        if short_of_a_date(self.f[max(0, m.start() - 9) : m.end()], self.f[i : i + 12]):
            return i, None  # 不及2019年水平, 增速不及3月份: short of a date, no "under" it
        if m.group() == "破" and not po_breaks_a_mark(self.f[max(0, m.start() - 8) : m.start()],
                                                      self.f[i : i + 12]):
            return i, None  # 连破3个难关, 破3项世界纪录: broke three, no "more than 3"
        if m.group() == "过" and not guo_passes_a_mark(self.f[max(0, m.start() - 8) : m.start()],
                                                       self.f[i : i + 12]):
            return i, None  # 经过5年, 去过3个国家, 不过3人: no "more than"
        return m.start(), PREFIX_QUALIFIERS[m.group()]

