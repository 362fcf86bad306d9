"""What the extract scan reads right after a numeral: its unit, a rate's per-unit, 多.

The unit or classifier (3个, 100MW, 20 ℃), the per-unit of a rate (3元/斤, 两天一层楼), the
months after a number of years (4年3个月), and 多 or 余 with the magnitude word it scales
(300多万); :mod:`factcheck._extract_figures` grows a figure from them.
"""

from __future__ import annotations

import re
from fractions import Fraction

from ._extract_lexicon import LATIN_UNITS, PER_AFTER_UNIT_RE, RATE_MEASURES, UNIT_RE, tenth_before
from ._extract_state import ScanState
from ._numbers import SOME_MORE_AFTER_NUMERAL
from ._numerals import (
    MAGNITUDE_RE,
    Numeral,
    magnitude_factor,
    months_after_years,
    scales_after_some_more,
    whole_years,
)
from ._unit_word_cuts import diversified_after, unit_begins_a_name, unit_into_a_word

_HAN = re.compile(r"[\u3400-\u9fff]")
_PER_STARTS = frozenset("/ 每")
_TEMPERATURES = frozenset(("℃", "°C", "℉", "°F"))


class UnitReading(ScanState):
    """What a scan reads right after a numeral."""

    def _unit_at(self, k: int, value: Fraction | None = None) -> tuple[int, str] | None:
        m = UNIT_RE.match(self.f, k)
        if m is None and self.f[k : k + 1] == " ":  # 100 MW: one space before a Latin unit
            m = UNIT_RE.match(self.f, k + 1)  # or a temperature's (20 ℃), to be listed as one
            if m is not None and m.group() not in LATIN_UNITS and m.group() not in _TEMPERATURES:
                return None
        if m is None:
            return None
        if m.group() == "成" and not tenth_before(
                Fraction(0) if value is None else value, self.f[m.end() : m.end() + 1]):
            return None  # 2019成为, 五成熟: 成 starts a word (but 3成为 is 30% of them are)
        if unit_begins_a_name(m.group(), self.f[m.end() : m.end() + 4]) is not None:
            return None  # 2019纳米比亚: the year 2019 and Namibia, no nanometres
        if unit_into_a_word(m.group(), self.f[m.end() : m.end() + 4]) is not None:
            end = m.end() - 1  # 3人次日: 3人, and 次日 "the next day"
            return end, m.group()[: end - m.start()]
        return m.end(), m.group()

    def _per(self, end: int) -> re.Match[str] | None:
        """The per-unit of a rate right after its unit at ``end`` (3元/斤, 3元/ 斤, 3元每斤,
        3元一斤), or None."""
        per = RATE_MEASURES.match(self.f, end)
        if per is None and self.f[end : end + 1] in _PER_STARTS:
            per = PER_AFTER_UNIT_RE.match(self.f, end)
        return per

    def _per_end(self, per: re.Match[str]) -> int:
        """Where the rate whose per-unit is ``per`` ends: after the noun of one measure word
        and one character (两天一层楼), else after the per-unit."""
        end = per.end()
        if per.re is RATE_MEASURES and end < self.n and _HAN.match(self.f[end]) and (
                end + 1 >= self.n or not _HAN.match(self.f[end + 1])):
            end += 1
        return end

    def _months_after(self, unit: tuple[int, str] | None,
                      num: Numeral) -> tuple[int, int] | None:
        """The months after a number of years (the 3个月 of 4年3个月), as
        :func:`months_after_years` gives them, or None."""
        if unit is None or unit[1] != "年" or not whole_years(num):
            return None
        return months_after_years(self.f, unit[0])

    def _some_more_after(self, num: Numeral, k: int, unit: tuple[int, str] | None,
                         ) -> tuple[int, tuple[int, str] | None, bool]:
        """多 or 余 at ``k`` right after the numeral ``num`` (300多人, 300多万元, with the
        magnitude word it scales): where the figure goes on, its unit, and True; else
        ``(k, unit, False)``."""
        f = self.f
        if k < self.n and f[k] in SOME_MORE_AFTER_NUMERAL and not diversified_after(
                f[k:k + 4]):  # 20多元化企业: 20 diversified firms, no 20-odd yuan
            after = k + 1
            mag = MAGNITUDE_RE.match(f, after)
            if mag is not None and not scales_after_some_more(num.magnitude,
                                                               magnitude_factor(mag.group())):
                mag = None
            if mag is not None:
                after = mag.end()
            if self._unit_at(after) or after >= self.n or not _HAN.match(f[after]) or mag:
                return after, self._unit_at(after), True
        return k, unit, False

    def _scale_after_some_more(self, num: Numeral) -> int:
        """The magnitude word after the 多 of ``num`` that scales it, as the figure grammar
        scales 300多万 (约300多万 is about 3000000, not 300), else 1."""
        f = self.f
        if f[num.end : num.end + 1] not in SOME_MORE_AFTER_NUMERAL:
            return 1
        mag = MAGNITUDE_RE.match(f, num.end + 1)
        if mag is None:
            return 1
        factor = magnitude_factor(mag.group())
        if not scales_after_some_more(num.magnitude, factor) or abs(num.value) >= factor:
            return 1  # 一亿五千多万 is read by compound_some_more, 1万多万 by nothing
        return factor
