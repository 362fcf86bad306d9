"""Calendar periods as written ("2019年5月9日", "2017-01..2017-09", "1-3季度") and their arithmetic.

A ``Period`` is an inclusive run of days.  ``parse_period`` accepts (whole text, outer
whitespace ignored; numerals may be Arabic, full-width or Chinese, e.g. ``二〇一九年五月九日``):

* ISO: ``2019-05-09``, ``2019-05``, ``2019`` (month/day may have one digit), and ranges of those
  joined by ``..`` (``2017-01..2017-09``).
* Chinese: ``2019年5月9日`` (``日``/``号``/``號``), ``2017年3月``, ``2017年``, ``5月``/``5月份``,
  ``5月9日``, ``28日``.  A part that is not written comes from ``year=``/``month=``; when it is
  needed but not given the result is None.  Components must be contiguous (``2019年9日`` is None).
* Quarters and halves: ``[Y年](第)?N季度``, ``[Y年]N-M季度``, ``[Y年]前N季度``,
  ``[Y年]上半年``/``下半年``; Chinese numerals allowed (``三季度``, ``前三季度``); as Hong
  Kong and Taiwan write them, ``[Y年]首季(度)`` (the first) and ``[Y年]第N季`` (the loader
  takes those without a year only after one in the article: 今年首季).
* A year of the Republic of China calendar, as Taiwan writes it: ``民國108年`` (or
  ``民国``) is 2019 (the year N of the era is 1911 + N), with what may follow a year
  (``民國108年5月9日``, ``民國108年底``, ``民國一百零八年上半年``, ``民國108年1-9月``), and
  a run of years (``民國108至110年``, ``民國108年-110年``: 2019..2021).
* Ranges ``A<sep>B`` with sep one of ``至 到 - – — ~ ～ 〜``: B takes its missing year/month from
  A's end (``2017年3月至5月``, ``11日至12日`` with the caller's month), and a bare numeral A
  takes B's trailing unit (``1-9月``, ``2017-2019年``), also after its year or month
  (``2019年1-9月``, ``5月1-3日``).  B written after 次年 or 翌年 ("the next year") is a month
  (and day) of the year after A's end: ``2019年12月至次年2月`` is 2019-12..2020-02; so is B
  after 今年 ("this year") when A has no year (``12月至今年2月``, of 去年12月至今年2月).  A range
  needs A.start <= B.start and A.end <= B.end.

Impossible dates (``2019-02-30``, month 13, year 0) give None; the loader reports them.
``complete_period`` reads a text that leaves out its year (or, for ``28日``, its year and
month) in every year and month of a given period, and keeps the readings that fit it.
``str(period)`` is canonical and round-trips through ``parse_period``: the coarsest of
``YYYY``/``YYYY-MM``/``YYYY-MM-DD`` that states the period exactly, or two of them joined by
``..`` at the same precision.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from factcheck._errors import refuse_wrong_types
from factcheck._numerals import FULLWIDTH, RANGE_SEPARATOR_RE, parse_integer

__all__ = ["Period", "backward_run", "complete_period", "date_hint", "days_between", "iso_hint", "parse_period",
           "roc_run_into_month", "short_year"]


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """An inclusive calendar period; equality and order use (start, end), not the text."""

    start: date
    end: date
    text: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if type(self.start) is not date or type(self.end) is not date or type(self.text) is not str:
            # Period("2017", "2018") was kept, and compared as text, far away; what the
            # loader builds passes this first test alone
            refuse_wrong_types("Period", (("start", self.start, date), ("end", self.end, date),
                                          ("text", self.text, str)))
        if self.start > self.end:
            raise ValueError(f"period start {self.start} is after its end {self.end}")

    @property
    def days(self) -> int:
        """The number of days in the period (inclusive)."""
        return (self.end - self.start).days + 1

    def contains(self, day: date) -> bool:
        """Return whether ``day`` falls inside the period.

        Args:
            day: the date.

        Returns:
            True when start <= day <= end.
        """
        return self.start <= day <= self.end

    def overlaps(self, other: Period) -> bool:
        """Return whether the two periods share at least one day.

        Args:
            other: the other period.

        Returns:
            True when they share a day.
        """
        return self.start <= other.end and other.start <= self.end

    def covers(self, other: Period) -> bool:
        """Return whether every day of ``other`` lies in this period.

        Args:
            other: the other period.

        Returns:
            True when ``other`` is inside this period.
        """
        return self.start <= other.start and other.end <= self.end

    def __str__(self) -> str:
        return _canonical(self.start, self.end)


@functools.lru_cache(maxsize=65536)
def _canonical(s: date, e: date) -> str:
    """``str(Period(s, e))``, memoised: the checks and the JSON write each claim's period
    once per finding, and periods recur across claims."""
    if s.month == 1 and s.day == 1 and e.month == 12 and e.day == 31:
        return f"{s.year:04d}" if s.year == e.year else f"{s.year:04d}..{e.year:04d}"
    if s.day == 1 and e.day == _last_day(e.year, e.month):
        first, last = f"{s.year:04d}-{s.month:02d}", f"{e.year:04d}-{e.month:02d}"
        return first if first == last else f"{first}..{last}"
    return s.isoformat() if s == e else f"{s.isoformat()}..{e.isoformat()}"


#: How a value that the loader reads as a date without ``unit: date`` starts: a year in
#: four digits, Arabic or Chinese (2020年, 二〇二〇年, 二○二○年 with the ○ that Taiwanese and
#: Hong Kong texts write for 〇: a date, never 2020 years), a year of
#: the Republic of China (民國108年, 2019: never 108 years), a month or
#: a day in Arabic digits, or an ISO year and month.
DATE_SHAPE = re.compile(r"^\s*(民[國国]|\d{4}\s*年|[一二][〇○零一二三四五六七八九]{3}\s*年|\d{1,2}\s*月"
                        r"|\d{1,2}\s*日|\d{4}-\d{2})")


def days_between(a: Period, b: Period) -> tuple[int, int]:
    """Bound the days elapsed from a moment in ``a`` to a later moment in ``b``.

    A period stands for every moment in it, up to the end of its last day: a moment in ``a``
    lies in [a.start, a.end + 1 day), one in ``b`` in [b.start, b.end + 1 day).  So the
    elapsed time lies in the open interval (low, high) with

    * low = max(0, b.start - (a.end + 1 day)), not reached (a moment of ``a`` ends before
      the end of its last day), except that when the periods share a day the two moments
      may coincide, and then low = 0 is reached: [0, high).  Adjacent periods (``b``
      starts the day after ``a`` ends) give (0, high): every moment of ``b`` is later.
    * high = (b.end + 1 day) - a.start, never reached.

    Args:
        a: the earlier period.
        b: the later period.

    Returns:
        ``(low, high)`` in days.  ``low`` is reached only when ``a.overlaps(b)``.  When ``b``
        lies wholly before ``a``, high is at most 0 and the interval is empty: callers
        should order their periods.
    """
    return max(0, (b.start - a.end).days - 1), (b.end - a.start).days + 1


#: ○ (U+25CB, a white circle) between Chinese digits, as Taiwanese and Hong Kong texts write
#: 〇 in a year (二○二二年); elsewhere it is a circle (a bullet, a blank for a name: ○○公司)
_CIRCLE_ZERO_RE = re.compile("(?<=[〇○零一二三四五六七八九])○|○(?=[〇○零一二三四五六七八九])")


def circle_as_zero(text: str) -> str:
    """``text`` with each ○ that stands among Chinese digits written 〇 (二○二二年 is
    二〇二二年, the year 2022); any other ○ is kept."""
    return _CIRCLE_ZERO_RE.sub("〇", text) if "○" in text else text


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


_NUM = r"[0-9零〇一二两兩三四五六七八九十]+"
_ISO_RE = re.compile(r"([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?")
_CN_RE = re.compile(rf"(?:(?P<y>{_NUM})年)?(?:(?P<m>{_NUM})月份?)?(?:(?P<d>{_NUM})[日号號])?")
_QUARTER_RE = re.compile(
    rf"(?:(?P<y>{_NUM})年)?(?:(?P<first>前)|第)?(?P<q>{_NUM})(?:[-–—~至到](?P<q2>{_NUM}))?季度"
)
# 首季(度), the first quarter, and 第N季 without 度, as Hong Kong and Taiwan write them
# (2019年第三季, 今年首季), read as 第一季度 and 第N季度
_QUARTER_WORDS_RE = re.compile(rf"首季度?$|(?<=第)(?P<q>{_NUM})季$")


def _as_quarter(m: re.Match[str]) -> str:
    return "第一季度" if m["q"] is None else f"{m['q']}季度"


_HALF_RE = re.compile(rf"(?:(?P<y>{_NUM})年)?(?P<h>[上下])半年")
_TRAILING_UNIT_RE = re.compile("(?:月份|季度|[年月日号號])$")
_BARE_END_RE = re.compile(rf"(?:^|(?<=[年月]))(?:{_NUM})$")
# what starts a range's right end in the year after its left end: 12月至次年2月, and
# 今年 after a left end without a year (去年12月至今年2月)
_NEXT_YEAR_RE = re.compile("次年|翌年|今年")
# a year of the Republic of China era (民國108年 is 2019) and what follows it, which is read
# as it is after a year of the common era (民國108年1-9月); no run of years (民國108至110年,
# 民國108年至110年: 110年 would be read as the year 110)
_ROC_RE = re.compile(r"民[國国](?P<y>[0-9零〇一二两兩三四五六七八九十百]+)年(?P<rest>.*)")
#: a year, 年 and 年底, 年末 or 年初 (2020年年底), which is 2020年底
_YEAR_AND_ITS_END_RE = re.compile("(?<=[0-9〇零一二三四五六七八九])年年[底末初]$")
# a run of years of it: 民國108至110年 (2019..2021), 民國108年-110年
_ROC_RUN_RE = re.compile(r"民[國国](?P<a>[0-9零〇一二两兩三四五六七八九十百]+)年?[-–—~至到]"
                         r"(?P<b>[0-9零〇一二两兩三四五六七八九十百]+)年")
#: year 1 of the Republic of China is 1912
ROC_EPOCH = 1911
# a run of its years with a month or day on an end (民國108年至110年3月, 民國108年3月至110年),
# which is not read: only a run of whole years is
_ROC_MONTH_RUN_RE = re.compile(r"民[國国](?P<a>[0-9零〇一二两兩三四五六七八九十百]+)年(?P<m>[^-–—~至到]*)"
                               r"[-–—~至到](?:民[國国])?(?P<b>[0-9零〇一二两兩三四五六七八九十百]+)"
                               r"年(?P<n>.*)")


def parse_period(text: str, *, year: int | None = None, month: int | None = None) -> Period | None:
    """Parse a written date or period.

    Args:
        text: e.g. ``"2019-05-09"``, ``"2017-01..2017-09"``, ``"2019年5月9日"``, ``"1-3季度"``.
        year: the year to use when the text does not state one.
        month: the month to use when the text states a day but no month.

    Returns:
        The period (its ``text`` is ``text``), or None when the text is not one period, needs
        context that was not given, or names an impossible date.

    Raises:
        TypeError: ``text`` is not a str (``None`` from a missing field, say), or ``year``
            or ``month`` is not an int (``"2019"`` read from a file, say).
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_period() takes a str, not {type(text).__name__}")
    for name, value in (("year", year), ("month", month)):
        # a str failed deep inside ('<=' not supported), and a float or a bool was taken
        # for the year it equals (True for year 1); the memo would mix them up too
        if value is not None and (type(value) is bool or not isinstance(value, int)):
            raise TypeError(f"parse_period() takes {name} as an int or None, not "
                            f"{type(value).__name__}")
    return _parse_period(text, year, month)


_OTHER_SEPARATORS_RE = re.compile(r"\s*([0-9]{4})([/.])([0-9]{1,2})(?:\2([0-9]{1,2}))?\s*")
# A half or a quarter as a spreadsheet writes it (2025-H1, 2025Q3): months per part.
_HALF_OR_QUARTER_RE = re.compile(r"\s*([0-9]{4})-?([HhQq])([1-4])\s*")
_MONTHS_PER_PART = {"H": 6, "Q": 3}


def iso_spelling(text: str) -> str | None:
    """The ``YYYY-MM-DD`` or ``YYYY-MM`` spelling of a date written with slashes or dots
    (``2024/02``, ``2024.3.15``), or of a half or a quarter as its months (``2025-H1`` is
    ``2025-01..2025-06``), each end of a period ``A..B`` so, or None when the text is no
    such date (or no real one)."""
    ends = text.split("..")
    if len(ends) > 2:
        return None
    spelled: list[tuple[str, str]] = []  # each end's first and last
    changed = False
    for end in ends:
        part = _HALF_OR_QUARTER_RE.fullmatch(end)
        m = _OTHER_SEPARATORS_RE.fullmatch(end)
        if part is not None:
            year, kind, number = part[1], part[2].upper(), int(part[3])
            size = _MONTHS_PER_PART[kind]
            if number * size > 12:  # 2025-H3
                return None
            spelled.append((f"{year}-{number * size - size + 1:02d}",
                            f"{year}-{number * size:02d}"))
        elif m is None:
            spelled.append((end.strip(), end.strip()))
            continue
        else:
            year, _, month, day = m.groups()
            iso = f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")
            if parse_period(iso) is None:
                return None
            spelled.append((iso, iso))
        changed = True
    first, last = spelled[0][0], spelled[-1][1]
    result = first if first == last else f"{first}..{last}"
    return result if changed and parse_period(result) is not None else None


_SEPARATED_DATE_RE = re.compile(r"\s*([0-9]{4})([-/.])([0-9]{1,2})\2([0-9]{1,2})\s*")


def date_spelling(text: str) -> str:
    """``text`` as :func:`parse_period` reads it: a year, month and day joined by slashes,
    dots or dashes (``2020/3/1``, ``2020／3／1``, ``2020.3.1``, ``2020-3-1``), as
    ``factcheck extract`` reads one, is ``2020-03-01``; any other text is itself."""
    m = _SEPARATED_DATE_RE.fullmatch(text.translate(FULLWIDTH))
    if m is None:
        return text
    year, _, month, day = m.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


def complete_period(text: str, within: Period, *, limit: int = 3) -> tuple[Period, ...]:
    """Read a date that may leave out its year (and month) as one that fits ``within``.

    A text that states its own year (``2019年1月5日``) has that one reading, whatever
    ``within``.  Otherwise the text is read with each year that ``within`` touches (and, for
    a day alone such as ``28日``, each month), and a reading is kept when it shares a day
    with ``within``: it lies inside it, holds it (``5月`` within ``2019-05-09``), or
    straddles one of its ends (``6月`` within ``2019-05-28..2019-06-03``).

    Args:
        text: a written date, e.g. ``1月5日``, ``28日``, ``5月份``, ``三季度``.
        within: the period the date belongs to, such as a claim's ``as_of``.
        limit: stop after this many readings (two are enough to tell it is ambiguous).

    Returns:
        The readings in date order, at most ``limit``: none when the text is no date, or no
        year (and month) makes it one that fits ``within``; more than one when it is
        ambiguous.
    """
    written = parse_period(text)
    if written is not None:
        return (written,)
    # A date in some year and month is a date in January of a leap year: stop here, or
    # 2月30日 would be tried in every year of a long period, and never found.
    if parse_period(text, year=_LEAP_YEAR, month=1) is None:
        return ()
    by_month = parse_period(text, year=_LEAP_YEAR) is None
    # 12月至次年2月 within 2020-01 starts in 2019: a run into the next year may start in
    # the year before the first that ``within`` touches
    back = 1 if _NEXT_YEAR_RE.search(text) else 0
    found: list[Period] = []
    for year, month in _contexts(within, by_month, back):
        reading = parse_period(text, year=year, month=month)
        if reading is not None and reading.overlaps(within):
            found.append(reading)
            if len(found) == limit:
                break
    return tuple(found)


_LEAP_YEAR = 2000


def _contexts(within: Period, by_month: bool,
              back: int = 0) -> Iterator[tuple[int, int | None]]:
    """Each year that ``within`` touches (and ``back`` years before), or each (year, month)
    when ``by_month``."""
    start, end = within.start, within.end
    if not by_month:
        for year in range(max(1, start.year - back), end.year + 1):
            yield year, None
        return
    for index in range(start.year * 12 + start.month - 1, end.year * 12 + end.month):
        yield index // 12, index % 12 + 1


@functools.lru_cache(maxsize=16384)
def _parse_period(text: str, year: int | None, month: int | None) -> Period | None:
    """:func:`parse_period`, memoised: the dates of a corpus recur (a Period is frozen)."""
    t = circle_as_zero(text.strip().translate(FULLWIDTH)).replace("年度", "年")
    run = _ROC_RUN_RE.fullmatch(t)
    if run is not None:
        t = _roc_run(run)
        if not t:
            return None
    roc = None if run is not None else _ROC_RE.fullmatch(t)
    if roc is not None:
        number = parse_integer(roc["y"])
        if not number or "年" in roc["rest"].replace("半年", ""):  # 民國0年 is no year
            return None
        t = f"{number + ROC_EPOCH}年{roc['rest']}"
    # 4月底 (末): late April; 2020年底 (末): December 2020. 4月初: early April; 2020年初:
    # January 2020 (a date extract reads, which the loader refused as a unit 年初)
    if _YEAR_AND_ITS_END_RE.search(t):  # 2020年年底 is 2020年底 (年底 is one word)
        t = t[:-3] + t[-2:]
    end_of, start_of = t.endswith(("底", "末")), t.endswith("初")
    if end_of or start_of:
        t = t[:-1]
    found = _single(t, year, month)
    if found is None:
        found = _ranged(t, year, month)
    if found is not None and end_of:
        found = _end_of(found)
    elif found is not None and start_of:
        found = _start_of(found)
    if found is None:
        return None
    return Period(found[0], found[1], text)


def _end_of(span: tuple[date, date]) -> tuple[date, date] | None:
    """The end of a month (its last ten days or so, from the 21st) or of a year (December)."""
    first, last = span
    if first.day == 1 and (last + timedelta(days=1)).day == 1 and first.month == last.month:
        return date(first.year, first.month, 21), last
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return date(first.year, 12, 1), last
    return None


def _start_of(span: tuple[date, date]) -> tuple[date, date] | None:
    """The start of a month (its first ten days) or of a year (January)."""
    first, last = span
    if first.day == 1 and (last + timedelta(days=1)).day == 1 and first.month == last.month:
        return first, date(first.year, first.month, 10)
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return first, date(first.year, 1, 31)
    return None


def _single(t: str, year: int | None, month: int | None) -> tuple[date, date] | None:
    m = _ISO_RE.fullmatch(t)
    if m is not None:
        return _span(int(m[1]), _opt(m[2]), _opt(m[3]))
    if ".." in t:
        left, _, right = t.partition("..")
        a, b = _ISO_RE.fullmatch(left), _ISO_RE.fullmatch(right)
        if a is None or b is None:
            return None
        first = _span(int(a[1]), _opt(a[2]), _opt(a[3]))
        last = _span(int(b[1]), _opt(b[2]), _opt(b[3]))
        return _join(first, last)
    m = _CN_RE.fullmatch(t)
    if m is not None and t:
        return _chinese(m, year, month)
    m = _QUARTER_RE.fullmatch(_QUARTER_WORDS_RE.sub(_as_quarter, t))
    if m is not None:
        return _quarters(m, year)
    m = _HALF_RE.fullmatch(t)
    if m is not None:
        y = _context_year(m["y"], year)
        if y is None:
            return None
        lo = 1 if m["h"] == "上" else 7
        return _span_months(y, lo, lo + 5)
    return None


def _roc_run(run: re.Match[str]) -> str:
    """A run of years of the Republic of China (a match of :data:`_ROC_RUN_RE`) in the
    common era (民國108至110年 as 2019年至2021年), or "" where an end is no year (民國0年)."""
    first, last = parse_integer(run["a"]), parse_integer(run["b"])
    if not first or not last:
        return ""
    return f"{first + ROC_EPOCH}年至{last + ROC_EPOCH}年"


def backward_run(text: str) -> bool:
    """Whether ``text`` is a run of dates whose ends each read but go backward
    (2020-19年, 2020年至2019年, 民國110至108年), which is no period: a misprint, or a
    reading of the right end that the article does not mean."""
    t = circle_as_zero(text.strip().translate(FULLWIDTH)).replace("年度", "年")
    run = _ROC_RUN_RE.fullmatch(t)
    if run is not None:
        t = _roc_run(run)
    ends = _run_ends(t, None, None) if t else None
    return ends is not None and _join(*ends) is None


def roc_run_into_month(text: str) -> bool:
    """Whether ``text`` is a run of years of the Republic of China with a month or day on
    an end (民國108年至110年3月, 民國108年3月至110年), which is not read: a run of them is
    read in whole years only (民國108至110年)."""
    t = circle_as_zero(text.strip().translate(FULLWIDTH)).replace("年度", "年")
    run = _ROC_MONTH_RUN_RE.fullmatch(t)
    return run is not None and bool(run["m"] or run["n"])


def _ranged(t: str, year: int | None, month: int | None) -> tuple[date, date] | None:
    ends = _run_ends(t, year, month)
    return None if ends is None else _join(*ends)


def _run_ends(t: str, year: int | None,
              month: int | None) -> tuple[tuple[date, date], tuple[date, date]] | None:
    """The two ends of the run ``t``, in the order written, or None where one does not read."""
    sep = RANGE_SEPARATOR_RE.search(t, 1)
    if sep is None:
        return None
    left, right = t[: sep.start()], t[sep.end() :]
    first = _single(left, year, month)
    if first is None:
        # a bare numeral takes the right end's unit: 1-9月, and 2019年1-9月, 5月1-3日
        unit = _TRAILING_UNIT_RE.search(right)
        bare = _BARE_END_RE.search(left)
        if unit is None or bare is None or parse_integer(bare.group()) is None:
            return None
        first = _single(left + unit.group(), year, month)
        if first is None:
            return None
    next_year = _NEXT_YEAR_RE.match(right)
    if next_year is not None and next_year.group() == "今年" and "年" in left:
        return None  # 2019年12月至今年2月: this year is not 2019's next
    if next_year is not None:  # 12月至次年2月: the month of the year after the left end's
        right = right[next_year.end() :]
        written = _CN_RE.fullmatch(right)
        if written is None or written["y"] is not None or written["m"] is None:
            return None  # 次年 then a month, not a year (次年2020年) or a day alone
        last = _chinese(written, first[1].year + 1, None)
    else:
        short = _SHORT_YEAR_RE.fullmatch(right)
        if short is not None and _FULL_YEAR_RE.fullmatch(left):
            # 2020年-22年, 2020-22年, 二〇二〇年-二二年: the right end's two digits are of the
            # left's century, or of the next where a run of at most ten years rolls over it
            # (1999-01年 is 1999 to 2001, never to 1901 or to the year 1)
            left_year = first[0].year
            right_year = left_year // 100 * 100 + int(short[1].translate(_CHINESE_DIGITS))
            if right_year < left_year and right_year + 100 - left_year <= 10:
                right_year += 100
            right = f"{right_year}年"
        last = _single(right, first[1].year, first[1].month)
    if last is None:
        return None
    return first, last


_SHORT_YEAR_RE = re.compile("([0-9]{2}|[〇零一二三四五六七八九]{2})年")
_YEAR_START_RE = re.compile(rf"\s*(?P<y>{_NUM})年")


def short_year(text: str) -> str | None:
    """The year that ``text`` starts with when it has fewer than four digits (``19年`` of
    ``19年5月``, 2019年5月 abbreviated), which no date is read with; else None."""
    m = _YEAR_START_RE.match(circle_as_zero(text.translate(FULLWIDTH)))
    return None if m is None or _FULL_YEAR_RE.fullmatch(m["y"]) else m.group().strip()
_FULL_YEAR_RE = re.compile("(?:[0-9]{4}|[一二][〇零一二三四五六七八九]{3})年?")
_CHINESE_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


def _join(
    first: tuple[date, date] | None, last: tuple[date, date] | None
) -> tuple[date, date] | None:
    if first is None or last is None:
        return None
    if first[0] > last[0] or first[1] > last[1]:
        return None
    return first[0], last[1]


def _opt(s: str | None) -> int | None:
    return None if s is None else int(s)


def _context_year(written: str | None, year: int | None) -> int | None:
    if written is None:
        return year
    # a date's year has four digits (2019年, 二〇一九年): 19年5月, 2019年5月 abbreviated, is
    # no May of the year 19
    return parse_integer(written) if _FULL_YEAR_RE.fullmatch(written) else None


def _span(y: int, m: int | None, d: int | None) -> tuple[date, date] | None:
    if not 1 <= y <= 9999:
        return None
    if m is None:
        return date(y, 1, 1), date(y, 12, 31)
    if not 1 <= m <= 12:
        return None
    if d is None:
        return date(y, m, 1), date(y, m, _last_day(y, m))
    if not 1 <= d <= _last_day(y, m):
        return None
    return date(y, m, d), date(y, m, d)


def _span_months(y: int, lo: int, hi: int) -> tuple[date, date] | None:
    if not 1 <= y <= 9999 or not 1 <= lo <= hi <= 12:
        return None
    return date(y, lo, 1), date(y, hi, _last_day(y, hi))


def _chinese(m: re.Match[str], year: int | None, month: int | None) -> tuple[date, date] | None:
    ys, ms, ds = m["y"], m["m"], m["d"]
    if ys is not None and ms is None and ds is not None:
        return None
    y = _context_year(ys, year)
    if y is None:
        return None
    if ms is None and ds is None:
        return _span(y, None, None) if ys is not None else None
    mo = parse_integer(ms) if ms is not None else month
    if mo is None:
        return None
    if ds is None:
        return _span(y, mo, None)
    d = parse_integer(ds)
    return None if d is None else _span(y, mo, d)


def _quarters(m: re.Match[str], year: int | None) -> tuple[date, date] | None:
    y = _context_year(m["y"], year)
    q = parse_integer(m["q"])
    if y is None or q is None:
        return None
    lo, hi = q, q
    if m["first"] is not None:
        if m["q2"] is not None:
            return None
        lo = 1
    elif m["q2"] is not None:
        hi_q = parse_integer(m["q2"])
        if hi_q is None:
            return None
        hi = hi_q
    if not 1 <= lo <= hi <= 4:
        return None
    return _span_months(y, 3 * lo - 2, 3 * hi)


def date_hint(text: str) -> str | None:
    """The hint for a date or period that :func:`parse_period` cannot read: a day its
    month does not have (2025-02-30) or a month past 12, a period whose ends are joined by
    a word or a dash (``2024-01 to 2024-12``), or the spelling of :func:`iso_hint`."""
    return _impossible_date_hint(text) or _joined_period_hint(text) or iso_hint(text)


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
# a year first, then a month and maybe a day, by dashes, slashes or dots (2025-02-30)
_YEAR_FIRST_RE = re.compile(r"\s*([0-9]{4})([-/.])([0-9]{1,2})(?:\2([0-9]{1,2}))?\s*")
# the words and dashes put between the ends of a period instead of ..
_PERIOD_JOINS_RE = re.compile(r"\s+(?:to|until|till|-|–|—|~|～)\s+|\s*(?:至|到|~|～|–|—)\s*")


def _impossible_date_hint(text: str) -> str | None:
    """Why a date of each end of ``text`` is none: 'February 2025 has 28 days'."""
    for end in text.split(".."):
        m = _YEAR_FIRST_RE.fullmatch(end.translate(FULLWIDTH))
        if m is None:
            continue
        year, month = int(m[1]), int(m[3])
        if not 1 <= month <= 12:
            return f"there is no month {m[3]}: months run from 01 to 12"
        if m[4] is None:
            continue
        days = calendar.monthrange(year, month)[1]
        if not 1 <= int(m[4]) <= days:
            return (f"there is no {end.strip()}: {_MONTH_NAMES[month - 1]} {year} has "
                    f"{days} days")
    return None


def _joined_period_hint(text: str) -> str | None:
    """``A..B`` for a period written ``A to B``, ``A至B`` or ``A - B`` whose ends read."""
    ends = _PERIOD_JOINS_RE.split(text.strip())
    if len(ends) != 2:
        return None
    spelled = [end if parse_period(end) is not None else iso_spelling(end) for end in ends]
    if spelled[0] is None or spelled[1] is None or ".." in spelled[0] + spelled[1]:
        return None
    return f"write a period as A..B: {spelled[0]}..{spelled[1]}"


def iso_hint(text: str) -> str | None:
    """The hint for a date written with slashes or dots (2024/02): its spelling here; a
    date with its year last (15/3/2023) by the order its day and month can only have, or
    both readings where either can be the day."""
    iso = iso_spelling(text)
    if iso is not None:
        return f"write it as {iso}"
    m = _YEAR_LAST_RE.fullmatch(text.strip())
    if m is None:
        return None
    first, second, year = int(m[1]), int(m[3]), m[4]
    readings = {f"{year}-{month:02d}-{day:02d}" for day, month in ((first, second),
                                                                    (second, first))
                if parse_period(f"{year}-{month:02d}-{day:02d}") is not None}
    if len(readings) == 1:
        return f"write it as {readings.pop()}"
    if len(readings) == 2:
        day_first, month_first = (f"{year}-{second:02d}-{first:02d}",
                                  f"{year}-{first:02d}-{second:02d}")
        return (f"write it as YYYY-MM-DD: {day_first} if {text.strip()} puts the day first "
                f"(as Hong Kong and Britain write dates), {month_first} if the month")
    return None


#: a date with its year last, day and month in either order: 15/3/2023, 3.15.2023
_YEAR_LAST_RE = re.compile(r"(\d{1,2})([/.])(\d{1,2})\2(\d{4})")
