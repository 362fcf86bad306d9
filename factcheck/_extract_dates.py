"""The extract scan's dates and clock times: 2019年5月9日, 民國108年, 上半年, 9时30分.

Also four Arabic digits before 年, which are a year or a number of years by the words
around them (:func:`factcheck._figure_qualifiers.year_or_years`), and 距今 "before now".
"""

from __future__ import annotations

import functools
import re
from fractions import Fraction

from ._bracketed_dates import BRACKETED_DATE_RE
from ._dates import ROC_EPOCH, Period, parse_period
from ._extract_lexicon import (
    CLOCK_RE,
    DATE_PATTERNS,
    HOUR_RANGE_RE,
    TIME_OF_DAY_RE,
    numbered_noun_after,
    years_ago_before,
)
from ._extract_state import POSITION_AFTER_UNIT, ScanState
from ._extract_view import period_of
from ._figure_joins import hour_by_its_words
from ._figure_qualifiers import days_after, year_or_years
from ._numbers import Qualifier, dated_by, parse_figure
from ._numerals import FULLWIDTH, parse_integer
from ._roc_years import alone_at, point_at, writes_roc_years

# the year of a date of the Republic of China calendar, after 民国 (民國108年)
_ROC_YEAR = "(?:[0-9]{1,3}|[〇零一二两三四五六七八九十百]{1,6})"
_ROC_YEAR_RE = re.compile(f"({_ROC_YEAR})年")
_YMD_RE = dict(DATE_PATTERNS)["ymd"]
# a run of them (民國108至110年), one date also into a month or a part of the right end's
# year, which no period is read from (民國108年至110年3月: never 110 years and 3月)
_ROC_YEARS_RE = re.compile(f"{_ROC_YEAR}年?[-–—~至到]{_ROC_YEAR}年"
                           "(?:[0-9一二三四五六七八九十]{1,3}月(?:[0-9一二三四五六七八九十]{1,3}[日号])?"
                           "|[底初末度]|[上下]半年)?")

# What before a number makes the colon after it a ratio's or a score's, never a clock
# time's (比分1:10, 比例为1:10, 比分是1:10, 两者之比1:10): the ratio pattern reads it
_SCORE_BEFORE = re.compile("(?:比分|比例|比率|比值|之比)[为是]?$|比为$")


class DateReading(ScanState):
    """The dates, clock times and years of a scan (each method reads at a given offset)."""

    def _clock(self, i: int) -> int | None:
        """A clock time at ``i`` (9时30分, 8时至10时, 上午10点), not counted."""
        m = CLOCK_RE.match(self.f, i)
        if m is not None:
            sure = m.group("tail") is not None or m.group("range") is not None or (
                m.group("event") is not None) or (
                m.group("mark") == "时" and self.f[i].isdigit())
        elif (m := HOUR_RANGE_RE.match(self.f, i)) is not None:
            # 上午9-11点, 9-11时, 9-11点营业, 9-11点钟: as the loader reads them (but 3-5点建议
            # counts points)
            sure = (m.group("mark") == "时" and self.f[i].isdigit()) or hour_by_its_words(
                "", self.f[m.end() : m.end() + 2])
        else:
            return None
        if not sure and TIME_OF_DAY_RE.search(self.f, max(0, i - 2), i) is None:
            return None
        return self._emit(i, m.end(), "identifier")

    def _half(self, i: int) -> int | None:
        f = self.f
        if i and f[i - 1] in "上下":
            if f.startswith("年", i + 1):
                return self._emit(i - 1, i + 2, "date")
            return None
        for unit in ("个月", "个小时", "小时", "年", "天"):
            if f.startswith(unit, i + 1):
                a, qualifier = self._prefix(i)
                b = u = i + 1 + len(unit)
                if qualifier is None and f[b : b + 1] in ("多", "余") and \
                        parse_figure(f[a : b + 1]) is not None:
                    b, qualifier = b + 1, "some-more"  # 半年多
                return self._emit(a, b, "duration", unit=self.v.plain[i + 1 : u],
                                  qualifier=qualifier, number=Fraction(1, 2))
        return None

    def _date(self, i: int, only: str | None = None) -> int | None:
        best: tuple[int, str] | None = None
        for name, pattern in DATE_PATTERNS:
            if only is not None and name != only:
                continue
            m = pattern.match(self.f, i)
            if m is not None and m.end() > i and (best is None or m.end() > best[0]):
                best = (m.end(), name)
        if best is None:
            return None
        end, name = best
        noun = numbered_noun_after(self.f[end : end + 5], self.f[max(0, i - 3) : i]) if (
            name == "d" and self.f[end - 1] == "号") else 0
        if noun:  # 地铁3号线, 5号楼, 八號風球, 三號幹線: not the 3rd
            return self._emit(i, end + noun, "identifier")
        if name == "time":  # 14:30 is a clock time, as 9时30分 is
            if _SCORE_BEFORE.search(self.f, max(0, i - 3), i) is not None:
                return None  # 比分1:10 is a score, read as a ratio: no clock time
            return self._emit(i, end, "identifier")
        raw = self.v.plain[i:end]
        day = raw[-1]
        suffix = self._suffix(end) if name in ("d", "ymd") else ""  # 以上, 左右, 以内
        qualified = suffix if name == "d" and day == "日" else ""  # 10号左右: about the 10th
        if qualified:  # 工期10日左右, 15日以内: about or within a number of days, no date
            end += len(qualified)
            raw = self.v.plain[i:end]
        if name == "d" and (qualified or (day == "日" and days_after(
                self.f[end : end + 3], self.f[max(0, i - 2) : i]))):
            # 5日后: five days later, as the loader reads it (3日内地: on the 3rd, mainland;
            # 5号后: after the 5th)
            figure = parse_figure(raw)
            if figure is None:
                return self._emit(i, end, "duration", unit=day)
            return self._emit(i, end, "duration", unit=day, qualifier=figure.qualifier,
                              number=figure.number.value,
                              high=None if figure.high is None else figure.high.value)
        if self.f.startswith("元", end):  # 5日元 is money, not the 5th
            return None
        if self.f[end - 1] == "年" and self.f.startswith(POSITION_AFTER_UNIT["年"], end):
            return self._emit(i, end + 1, "ordinal")  # 2020年级: the class of 2020, as 3年级
        if name == "ymd" and self.f[end - 1] == "年" and suffix and \
                not dated_by(self.f[i:end], suffix):
            return None  # 树龄2000年以上: 2000 years or more, as the loader reads it
        qualifier: Qualifier | None = "range" if re.search("[-–—~至]", self.f[i:end]) and \
            name != "iso" else None
        return self._emit(i, end, "date", qualifier=qualifier, period=period_of(raw, name))

    def _roc_date(self, i: int, *, listed: bool = False) -> int | None:
        """A date whose year, at ``i`` after 民国, is of the Republic of China calendar
        (民國108年 is 2019, never 108 years), with what follows its 年 as after a year of
        the common era (民國108年5月9日); or, ``listed``, at ``i`` after another such year
        and a word that lists them (109年 of 民國108年及109年), without 民国."""
        start = i if listed else i - 2
        run = _ROC_YEARS_RE.match(self.f, i)
        if run is not None and listed:
            return None
        if run is not None:  # 民國108至110年, 民國108年-110年: 2019..2021
            return self._emit(i - 2, run.end(), "date", qualifier="range",
                              period=parse_period(self.v.plain[i - 2 : run.end()]))
        year = _ROC_YEAR_RE.match(self.f, i)
        number = None if year is None else parse_integer(year.group(1))
        if year is None or not number:
            return None
        western = str(number + ROC_EPOCH)
        ymd = _YMD_RE.match(western + self.f[year.end() - 1 : year.end() + 24])
        if ymd is None:  # 民國800年 is 2711, past the years (1800-2199) whose months and
            # days extract reads: the year alone, as the loader reads 民國800年
            end, period = year.end(), parse_period(f"{western}年")
        else:
            end = year.end() - 1 + ymd.end() - len(western)
            period = period_of(western + self.v.plain[year.end() - 1 : end], "ymd")
        return self._emit(start, end, "date", period=None if period is None else Period(
            period.start, period.end, self.v.plain[start:end]))

    def _bracketed_date(self, i: int) -> int | None:
        """A date part in brackets around the number at ``i`` (今（15）日, 上（3）月, 本（112）
        年: the 15th of this month, last month March, this year 民國112), listed as a date
        the loader does not read, never a count of 15; None where there is none."""
        for start in range(max(0, i - 3), i - 1):
            m = BRACKETED_DATE_RE.match(self.f, start)
            if m is not None:
                return self._emit(start, m.end(), "date")
        return None

    @functools.cached_property
    def _narrowed(self) -> str:
        """The folded text, in half-width digits (１１２年 as 112年)."""
        return self.f.translate(FULLWIDTH)

    @functools.cached_property
    def _writes_roc_years(self) -> bool:
        """Whether the article writes years of 民國 (:func:`writes_roc_years`)."""
        return writes_roc_years(self._narrowed)

    def _roc_year_unmarked(self, i: int) -> int | None:
        """A year of the Republic of China calendar without its 民國 at ``i``, a point in
        time (112年3月, 112年第4季, 113年度) or, in an article that writes such years, a
        year alone (111年 of 較111年成長): a date the loader does not read, listed with no
        period (never 112 years); None where there is none."""
        end = point_at(self._narrowed, i)
        if end is None and self._writes_roc_years:
            end = alone_at(self._narrowed, i)
        return None if end is None else self._emit(i, end, "date")

    def _year_or_years(self, i: int, end: int) -> int | None:
        """Four Arabic digits before 年 at ``i`` to ``end`` that no year of 1800-2199 is, as
        a date where the loader reads one (始建于1368年, 1500年3月 with its month), or None
        to read it as a number of years (树龄1500年, and 1368年明朝建立, which the loader
        reads only with a unit, as the skeleton says)."""
        reading = self._reading(i, end)
        if reading == "part" and end - i == 5:  # 1500年3月: its month (and day) with it
            ymd = _YMD_RE.match("2000" + self.f[i + 4 : i + 28])
            if ymd is not None:
                end = i + ymd.end()
                return self._emit(i, end, "date", period=period_of(self.v.plain[i:end], "ymd"))
        if reading != "date":
            return None
        qualifier: Qualifier | None = "range" if end - i > 5 else None
        return self._emit(i, end, "date", qualifier=qualifier,
                          period=parse_period(self.v.plain[i:end]))

    def _reading(self, i: int, end: int) -> str | None:
        """:func:`year_or_years` of four Arabic digits before 年 at ``i`` to ``end``."""
        return year_or_years(self.f[i:end].translate(FULLWIDTH), self.f[max(0, i - 6) : i],
                             self.f[end : end + 4].translate(FULLWIDTH))

    def _years_ago(self, i: int) -> bool:
        """Whether 距今 "before now" comes before the figure at ``i`` (and its qualifier):
        2000年 of 距今约2000年 is 2000 years ago, no date, as the loader reads it."""
        return "距" in self.f[max(0, i - 10) : i] and years_ago_before(
            self.v.plain, self._prefix(i)[0])

