"""Find every numeric mention in an article: figures, dates, durations, ordinals, identifiers.

``extract(text)`` scans the decoded text once and returns :class:`Mention` values in text
order. Offsets are ``[start, end)`` indices into ``text`` exactly as given.

How it works: the text is first *viewed* with pinyin annotations dropped (``萬(wàn)`` reads
as ``萬``), and the spaces the loader reads a figure across (``48.6 亿元`` as ``48.6亿元``), and every character folded to Simplified script and half-width form, keeping a map
back to the original offsets. Identifiers are taken first (short quoted numeral phrases such
as “双五” or “4567”, and 十四五, 十九大, 500强, 5G); idioms and names whose numeral counts
nothing (一南一北, 最后一公里, 五常) are then masked. Then every numeral is read with
``factcheck._numerals.scan_numeral`` and grown into a mention: a qualifier before it (近, 超,
不到), a range, 多/余, a unit or classifier, a rate (两天一层楼), 以上/左右, and for durations
a trailing 间/来. Figures are parsed with ``factcheck._numbers.parse_figure``; dates with
``factcheck._dates.parse_period``.

Kinds: ``quantity``, ``percentage``, ``duration`` and ``date`` are *counted* (they state
something that a claim can check); ``ordinal`` (第二批, 首个, list markers) and ``identifier``
(十九大, “20+8”, and clock times, codes, telephone and line numbers: 9时30分, 14:30, G1012,
H7N9, 0451-86661234, 3号线) are reported but never need a claim.

Rules of thumb that decide the hard cases:

* A Latin unit symbol (100MW, 50mm, 元/kWh) is a unit only as a whole run of letters and
  only if the loader reads it (``LATIN_UNITS``); other letters after digits (5G, 4K) make
  an identifier.
* 一 followed by a classifier is the indefinite article (一批, 一家医院) and is not a mention;
  一 followed by a measurement unit is (一斤, 一碗, 一个多月).
* A Chinese numeral needs a unit or classifier after it, or must be a composed numeral
  (三千, 一万二); a bare Arabic number is always a mention: a year if it is 1800-2199, an
  identifier if it has five or more digits, otherwise a quantity without a unit.
* N大 is a quantity for N from 2 to 10 (三大优势) and an identifier from 11 (十九大).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

from ._dates import ROC_EPOCH, Period, parse_period
from ._extract_lexicon import (
    BEFORE_COMMON_ERA_YEAR_RE,
    CHENG_AND_TENTHS_RE,
    CLOCK_RE,
    CN_START,
    CODE_LETTERS,
    CODE_RE,
    CURRENCY_WORD_BEFORE_RE,
    DATE_PATTERNS,
    FIGURE_ACRONYMS,
    FRACTION_RE,
    HOUR_RANGE_RE,
    IDIOM_RE,
    LATIN_UNITS,
    LONGEST_PREFIX,
    NUMBERED_NOUNS,
    ONE_UNITS,
    ORDINAL_RE,
    ORDINAL_WORDS,
    PER_AFTER_UNIT_RE,
    PERCENT_UNITS,
    PHASE_NOUNS,
    PHONE_RE,
    PREFIX_QUALIFIERS,
    PREFIX_RE,
    QUOTED_RE,
    RATE_MEASURES,
    RATIO_RE,
    SPLIT_UNITS,
    TIME_OF_DAY_RE,
    TIME_UNITS,
    UNIT_RE,
    after_common_era,
    before_common_era,
    currency_before,
    currency_in_figure,
    identifier_spans,
    metres_and_centimetres,
    roc_year_listed,
    second_home,
    tenth_before,
    time_parts_end,
    years_ago,
    years_ago_before,
    yuan_and_coins,
)
from ._extract_view import TextView, period_of, unit_text
from ._figure_joins import hour_by_its_words
from ._figure_qualifiers import (
    FOUR_DIGIT_YEARS_RE,
    SUFFIX_REACH,
    days_after,
    lu_of_a_word,
    po_breaks_a_mark,
    qualifier_ends_a_word,
    suffix_after,
    vague_before,
    year_or_years,
)
from ._figure_signs import fu_is_sign, minus_is_sign, plus_or_minus_before
from ._line_breaks import after_line_breaks
from ._numbers import (
    SOME_MORE_AFTER_NUMERAL,
    VARYING,
    Qualifier,
    dated,
    dated_by,
    format_exact,
    parse_figure,
    parse_years_ago,
)
from ._numerals import (
    CHINESE_NUMERAL_CHARS,
    FULLWIDTH,
    MAGNITUDE_RE,
    RANGE_SEPARATORS,
    Numeral,
    compound_some_more,
    magnitude_factor,
    months_after_years,
    parse_integer,
    scales_after_some_more,
    scan_numeral,
    whole_years,
)
from ._quotes import fold_chars
from ._unit_word_cuts import unit_into_a_word
from ._unit_words import MEGA_UNIT_TAILS, POSITION_WORDS, digits_after, level_after, levels_counted
from ._whole_figure import COUNTING_AFTER_UNIT, ENDS_A_FIGURE, ENDS_AFTER_YOU_YU, NOT_DECADE

__all__ = ["COUNTED_KINDS", "KINDS", "Kind", "Mention", "extract"]

Kind = Literal["quantity", "date", "duration", "percentage", "ordinal", "identifier"]
KINDS: tuple[Kind, ...] = ("quantity", "date", "duration", "percentage", "ordinal", "identifier")
COUNTED_KINDS: frozenset[str] = frozenset({"quantity", "date", "duration", "percentage"})

# Where a mention can start; every other character is skipped without a look.
_START_RE = re.compile("[0-9第首半前" + "".join(sorted(CN_START)) + "]")
_HAN = re.compile(r"[\u3400-\u9fff]")
# a digit after 点 makes it a decimal point (3点5), not the measure word of points
_NUMERAL_GOES_ON = re.compile(r"[0-9零〇一二两三四五六七八九十]")
_PER_STARTS = frozenset("/ 每")

# Units after which 多, 余 or 半 belong to the figure (3年多, 一年半, 3倍多, 30%多).
_TAIL_UNITS = (TIME_UNITS - SPLIT_UNITS) | {"倍", "%", "成"}
# What after a unit makes a word of position of it, no amount: 一周年 (an anniversary),
# 三年级 (a school grade), as the loader reads them (POSITION_WORDS)
_POSITION_AFTER_UNIT = {word[0]: word[1:] for word in POSITION_WORDS}
_MANY_WORDS = frozenset(("多元", "多样", "多种", "多彩", "多功", "多方", "多维"))  # 5年多元化
_MINUS = frozenset("-−")
_TIME_UNIT_ENDS = tuple(TIME_UNITS)
_OLD_TENS = frozenset("廿卅卌")  # 20, 30, 40 in one character, which the loader does not read
_TEMPERATURES = frozenset(("℃", "°C", "℉", "°F"))
# What after a code's digits makes them a figure: LPR3.45%, GMV1000亿元, MLF5000亿元
_FIGURE_AFTER_CODE = frozenset("%‰万亿")
# What before a number makes the colon after it a ratio's or a score's, never a clock
# time's (比分1:10, 比例为1:10, 比分是1:10, 两者之比1:10): the ratio pattern reads it
_SCORE_BEFORE = re.compile("(?:比分|比例|比率|比值|之比)[为是]?$|比为$")
_LINE_START = re.compile(r"(?:^|\n)[ \t\u3000•·*\-]*$")
_CN_CHARS = CHINESE_NUMERAL_CHARS | CN_START


def _per_word(per: re.Match[str]) -> str:
    """The per-unit that ``per`` (of ``RATE_MEASURES`` or ``PER_AFTER_UNIT_RE``) matched."""
    return per.group(per.lastindex or 1)


@dataclass(frozen=True, slots=True)
class Mention:
    """One numeric mention of a text.

    Attributes:
        start, end: ``[start, end)`` offsets into the text as decoded.
        text: ``text[start:end]``, exactly.
        kind: quantity, date, duration, percentage, ordinal or identifier.
        value: the figure as written, with pinyin annotations dropped (what a claim's
            ``value:`` holds): ``293.9亿元``, ``54萬平方米``, ``2019年5月9日``; a space before
            a magnitude word or 多 is left out too (``48.6亿元`` of ``48.6 亿元``).
        unit: the unit word in the article's script (``個``, ``平方公里``, ``天/層`` for a
            rate); ``""`` when the number has none; None for dates, ordinals, identifiers.
        qualifier: ``just-under``, ``more-than``, ``some-more``, ``range``, ... or None.
        number: the nominal value in ``unit``, magnitude words applied (the low end of a
            range); None where it does not apply.
        high: the high end of a range.
        period: for a date that states its year, the calendar period.
    """

    start: int
    end: int
    text: str
    kind: Kind
    value: str
    unit: str | None = None
    qualifier: Qualifier | None = None
    number: Fraction | None = None
    high: Fraction | None = None
    period: Period | None = None

    @property
    def counted(self) -> bool:
        """Whether the mention states something a claim should cover."""
        return self.kind in COUNTED_KINDS

    @property
    def exact(self) -> str:
        """The value as an exact string: ``29390000000``, ``10..20``, ``2019-05-09``.

        Dates without a year, ordinals and identifiers give ``value``.
        """
        if self.number is not None:
            low = format_exact(self.number)
            return low if self.high is None else f"{low}..{format_exact(self.high)}"
        if self.period is not None:
            return str(self.period)
        return self.value


def extract(text: str) -> tuple[Mention, ...]:
    """Find every numeric mention in ``text``.

    Args:
        text: the decoded article.

    Returns:
        The mentions, in text order, never overlapping.
    """
    return _Scanner(TextView(text)).run()


# the year of a date of the Republic of China calendar, after 民国 (民國108年)
_ROC_YEAR = "(?:[0-9]{1,3}|[〇零一二两三四五六七八九十百]{1,6})"
_ROC_YEAR_RE = re.compile(f"({_ROC_YEAR})年")
_YMD_RE = dict(DATE_PATTERNS)["ymd"]
# a run of them (民國108至110年), one date also into a month or a part of the right end's
# year, which no period is read from (民國108年至110年3月: never 110 years and 3月)
_ROC_YEARS_RE = re.compile(f"{_ROC_YEAR}年?[-–—~至到]{_ROC_YEAR}年"
                           "(?:[0-9一二三四五六七八九十]{1,3}月(?:[0-9一二三四五六七八九十]{1,3}[日号])?"
                           "|[底初末度]|[上下]半年)?")


class _Scanner:
    def __init__(self, view: TextView) -> None:
        self.v = view
        self.f = view.folded
        self.n = len(self.f)
        self.used = bytearray(self.n)
        self.found: list[Mention] = []

    # -- driver -------------------------------------------------------------------------

    def run(self) -> tuple[Mention, ...]:
        f = self.f
        for m in QUOTED_RE.finditer(f):
            if self._quoted_identifier(m.group(1)):
                self._emit(m.start(1), m.end(1), "identifier")
        for a, b in identifier_spans(f):
            if self._free(a, b):
                self._emit(a, b, "identifier")
        for m in IDIOM_RE.finditer(f):
            if self._free(m.start(), m.end()) and not self._inside_numeral(m.start(), m.end()):
                self.used[m.start() : m.end()] = b"\x02" * (m.end() - m.start())
        resume = 0
        for start in _START_RE.finditer(f):
            i = start.start()
            if i < resume or self.used[i]:
                continue
            end = self._at(i)
            if end is not None and end > i:
                resume = end
        self.found.sort(key=lambda m: m.start)
        return tuple(self.found)

    def _at(self, i: int) -> int | None:
        f = self.f
        c = f[i]
        prev = f[i - 1] if i else ""
        if ("0" <= c <= "9" or c in CN_START) and (
                sign := plus_or_minus_before(f[max(0, i - 2) : i])):
            return self._whole_from(i - sign, self._number(i))  # ±3%, 正负3%: a margin
        if ("0" <= c <= "9" or c in CN_START) and fu_is_sign(f[max(0, i - 2) : i]):
            return self._whole_from(i - 1, self._number(i))  # 负30万元: 负 is its minus sign
        if ("0" <= c <= "9" or c in CN_START) and prev in _OLD_TENS:
            return self._whole_from(i - 1, self._number(i))  # 卅五家: 卅 (30) is unread
        if "0" <= c <= "9":
            if prev.isdigit() or prev == ".":
                return None
            code = self._code(i)
            if code is not None:
                return code
            if prev in _MINUS and self._signed(i - 1):
                return self._number(i - 1, signed=True)
            return self._number(i)
        if c in CN_START:
            if prev in _CN_CHARS or vague_before(prev, c, f[i + 1:i + 3]):  # 数十万, 上百家
                return None
            if lu_of_a_word(prev, c, f[i + 1:i + 2]):  # 陆地, 大陆, 陆家嘴: no six
                return None
            return self._number(i)
        if c == "第":
            return self._di(i)
        if c == "首":
            quarter = self._date(i, only="quarter")  # 首季度, and 今年首季
            if quarter is not None:
                return quarter
            m = ORDINAL_RE.match(f, i)
            return self._emit(i, m.end(), "ordinal") if m else None
        if c == "半":
            return self._half(i)
        if c == "前":
            return self._date(i, only="quarter")
        return None

    def _whole_from(self, a: int, end: int | None) -> int | None:
        """Widen the figure just emitted, which ``end`` ends, to start at ``a`` with what
        the loader does not read before it (the 负 of 负30万元): one mention without a
        value, never the figure it leaves out."""
        if end is None or not self.found or self.found[-1].kind not in COUNTED_KINDS or \
                self.found[-1].end != self.v.span(a, end)[1]:
            return end
        start, stop = self.v.span(a, end)
        self.found[-1] = Mention(start, stop, self.v.original[start:stop],
                                 self.found[-1].kind, self.v.plain[a:end], unit="")
        self.used[a:end] = b"\x01" * (end - a)
        return end

    def _inside_numeral(self, a: int, b: int) -> bool:
        """Whether an idiom match is part of a longer numeral (万一 in 三十四万一千)."""
        f = self.f
        before = a > 0 and f[a - 1] in _CN_CHARS and f[a] in _CN_CHARS
        after = b < self.n and f[b] in _CN_CHARS and f[b - 1] in _CN_CHARS
        return before or after

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

    # -- identifiers, ordinals, dates -----------------------------------------------------

    def _quoted_identifier(self, inner: str) -> bool:
        if IDIOM_RE.search(inner):
            return False
        if re.fullmatch(r"[0-9]+(?:\+[0-9]+)*", inner):
            return True
        if any(ch.isdigit() for ch in inner) or inner[0] in "第首":
            return False
        if not any(ch in CN_START or ch == "双" for ch in inner):
            return False
        if len(inner) > 3 and sum(ch in CN_START or ch == "双" for ch in inner) < 2:
            return False
        for pos, ch in enumerate(inner):
            if ch in CN_START:
                num = scan_numeral(inner, pos)
                if num is None:
                    continue
                after = inner[num.end :]
                # a figure, not a label: “兩天一層樓”, “六大任务”, “三千亿”
                if (UNIT_RE.match(after) and inner[pos : num.end] not in ("一", "壹")) or \
                        after.startswith("大") or num.magnitude > 1:
                    return False
                break
        return True

    def _signed(self, at: int) -> bool:
        """Whether the minus sign at ``at`` is the figure's (增长-5%), not a dash that joins
        (10-20, 1月-3月, 0451-8666) or ends a word (:func:`minus_is_sign`)."""
        return not self.used[at] and minus_is_sign(self.f, at)

    def _code(self, i: int) -> int | None:
        """An identifier at the digit ``i``: a code of letters and digits (G1012, H7N9,
        iPhone12, COVID-19), a telephone number, or a number with a leading zero."""
        f = self.f
        letters = CODE_LETTERS.search(f, max(0, i - 12), i)
        # letters right after a figure are its unit (170cm-180cm, 100MW-200MW), and a code
        # that a magnitude word or a percent sign follows is an acronym and its figure
        # (LPR3.45%, GMV1000亿元), as GDP1000亿元 is
        if letters is not None and letters.group().rstrip("-") not in FIGURE_ACRONYMS and \
                not (letters.start() and f[letters.start() - 1].isdigit()):
            a = letters.start()
            if not self._free(a, i):
                return None
            code = CODE_RE.match(f, a)
            if code is not None and code.end() > i:
                end = code.end()
                if not (f[end - 1].isdigit() and f[end : end + 1] in _FIGURE_AFTER_CODE):
                    return self._emit(a, end, "identifier")
        phone = PHONE_RE.match(f, i)
        if phone is not None:
            return self._emit(i, phone.end(), "identifier")
        return None

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

    def _di(self, i: int) -> int | None:
        quarter = self._date(i, only="quarter")
        if quarter is not None:
            return quarter
        num = scan_numeral(self.f, i + 1)
        if num is None:
            return None
        end = num.end
        f = self.f
        if f[end : end + 1] in RANGE_SEPARATORS:
            right = scan_numeral(f, end + 1)
            if right is not None and (f[end + 1] in CN_START) == (f[i + 1] in CN_START):
                end = right.end  # 第1至3名, 第一至三名: the positions one to three, no 3名
        for word in ORDINAL_WORDS:
            if f.startswith(word, end):
                end += len(word)
                break
        return self._emit(i, end, "ordinal")

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
        if name == "d" and self.f[end - 1] == "号" and \
                self.f[end : end + 1] in NUMBERED_NOUNS:
            return self._emit(i, end + 1, "identifier")  # 地铁3号线, 5号楼: not the 3rd
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
        if self.f[end - 1] == "年" and self.f.startswith(_POSITION_AFTER_UNIT["年"], end):
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

    def _suffix(self, at: int) -> str:
        """The qualifier written after a figure at ``at`` (以上, 左右), or ``""``.

        上下, 前后, 起, 起步, 强 and 弱 are ones only at the end of a phrase: 50家上下游企业
        is 50 firms up and down the chain, not about 50, and 30家起诉 30 firms that sued; 起,
        强 and 弱 only after a unit (世界500强), and 起 not after a date, an age or a level
        (自2020年起, 从18岁起: "from"; :func:`suffix_after`, as the loader reads it).
        """
        return suffix_after(self.f[at : at + SUFFIX_REACH], self.f[at - 1 : at] if at else "")

    def _line_start(self, i: int) -> bool:
        return _LINE_START.search(self.f, max(0, i - 12), i) is not None or i == 0

    # -- figures --------------------------------------------------------------------------

    def _number(self, i: int, *, signed: bool = False) -> int | None:
        f = self.f
        if signed:  # -5%: no date, fraction or clock starts with a sign
            num = scan_numeral(f, i, signed=True)
            return None if num is None else self._grow(i, num, False)
        if f.startswith(("百分之", "千分之"), i):
            num = scan_numeral(f, i + 3)
            if num is not None:
                a, qualifier = self._prefix(i)
                end = num.end + (len(self._suffix(num.end)) if qualifier is None else 0)
                return self._figure(a, i, end, end, "%" if f[i] == "百" else "‰",
                                    "percentage", qualifier)
        if f.startswith("民国", max(0, i - 2)):
            roc = self._roc_date(i)
            if roc is not None:
                return roc
        elif roc_year_listed(self.v.plain, i):  # 109年 of 民國108年及109年: 2020
            roc = self._roc_date(i, listed=True)
            if roc is not None:
                return roc
        clock = self._clock(i)
        if clock is not None:
            return clock
        fraction = FRACTION_RE.match(f, i)
        if fraction is not None and int(fraction.group(2)):
            a, qualifier = self._prefix(i)
            return self._emit(a, fraction.end(), "quantity", unit="", qualifier=qualifier,
                              number=Fraction(int(fraction.group(1)), int(fraction.group(2))))
        ordinal = ORDINAL_RE.match(f, i)
        if ordinal is not None and ordinal.group()[1:2] == "秩":
            return self._emit(i, ordinal.end(), "ordinal")
        if i >= 3 and before_common_era(self.f[i - 3 : i]):
            bc = BEFORE_COMMON_ERA_YEAR_RE.match(f, i)
            if bc is not None:  # 公元前221年: 221 BC, no date the loader reads, nor 221 years
                return self._emit(i, bc.end(), "date")
        if i >= 2 and after_common_era(self.f[i - 2 : i]):
            year = BEFORE_COMMON_ERA_YEAR_RE.match(f, i)
            if year is not None and not dated(f[i : year.end()]):
                # 公元1000年, 公元221年: a year, never 1000 or 221 years, as the loader reads it
                return self._emit(i, year.end(), "date",
                                  period=parse_period(self.v.plain[i : year.end()]))
        years = FOUR_DIGIT_YEARS_RE.match(f[i : i + 11].translate(FULLWIDTH))
        as_years = False
        if years is not None and not self._years_ago(i) and self._prefix(i)[1] is None:
            # (树龄大约在1500年: about 1500 years, its qualifier read below)
            read = self._year_or_years(i, i + years.end())
            if read is not None:
                return read
            # 有2000年的历史; 2000年前的遗址 (either), as the loader reads it
            as_years = self._reading(i, i + years.end()) in ("years", "either")
        elif years is not None and years.end() == 5 and not self._years_ago(i) and dated(
                f[i : i + 5].translate(FULLWIDTH)):
            # 约2000年的历史, 历时约2000年, 近2000年来: about or nearly 2000 years, with the
            # qualifier (but 约2030年 of 约2030年完成 is the year 2030, as the loader reads it)
            prefix = self._prefix(i)[0]
            reading = self._reading(prefix, i + 5)
            if reading is None and self.f[prefix:i] == "近":
                # 近 "the last" before 来 only (近2000年来), as the loader reads the year
                # alone; 逼近2020年, 已近2020年 are the year 2020
                reading = self._reading(i, i + 5) or "date"
            as_years = reading != "date"
        date = None if as_years or self._years_ago(i) else self._date(i)
        if date is not None:
            return date
        ratio = RATIO_RE.match(f, i)
        if ratio is not None:  # 3:1 is one ratio, never the numbers 3 and 1
            return self._emit(i, ratio.end(), "quantity", unit="")
        num = scan_numeral(f, i)
        if num is None:
            return None
        is_cn = f[i] in CN_START
        if f.startswith("分之", num.end) and num.value:
            part = scan_numeral(f, num.end + 2)
            if part is not None:  # 三分之一: a fraction
                a, qualifier = self._prefix(i)
                return self._emit(a, part.end, "quantity", unit="", qualifier=qualifier,
                                  number=part.value / num.value)
        if f[num.end : num.end + 1] == "、" and self._line_start(i) and num.value < 100:
            return self._emit(i, num.end, "ordinal")
        return self._grow(i, num, is_cn)

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
        if unit_into_a_word(m.group(), self.f[m.end() : m.end() + 4]) is not None:
            end = m.end() - 1  # 3人次日: 3人, and 次日 "the next day"
            return end, m.group()[: end - m.start()]
        return m.end(), m.group()

    def _grow(self, i: int, num: Numeral, is_cn: bool) -> int | None:
        f = self.f
        tenths = CHENG_AND_TENTHS_RE.match(f, num.end)
        if tenths is not None:
            # 三成五 is 35%, which the loader does not read: listed whole without a value,
            # never as 三成, 30%
            a, qualifier = self._prefix(i)
            return self._emit(a, tenths.end(), "percentage", unit="", qualifier=qualifier)
        if f.startswith("兆", num.end) and not f.startswith(MEGA_UNIT_TAILS, num.end + 1):
            # 23.6兆元, 兩兆元: a magnitude word the loader does not read (10**12 in Taiwan,
            # 10**6 as an SI prefix), listed whole without a value, never as 23.6
            a, qualifier = self._prefix(i)
            end = num.end + 1
            tail = scan_numeral(f, end)  # 1兆5000億元: one figure, never 1兆 and 5000億元
            if tail is not None and tail.end > end:
                end = tail.end
                magnitude = MAGNITUDE_RE.match(f, end)
                end = end if magnitude is None else magnitude.end()
            word = UNIT_RE.match(f, end)
            return self._emit(a, end if word is None else word.end(), "quantity",
                              unit="", qualifier=qualifier)
        if not is_cn and num.end < self.n and (f[num.end].isdigit() or f[num.end] in "零〇"):
            compound = compound_some_more(f, num)
            if compound is not None:  # 1亿5000多万元: one figure, some more than 1.5亿
                return self._grown(i, num, is_cn, compound[1], self._unit_at(compound[1]),
                                   True)
        if f.startswith("来", num.end):
            word = UNIT_RE.match(f, num.end + 1)
            if word is not None:
                # 30来家, 十来年: about 30, about ten, which the loader does not read: listed
                # whole without a value, never as 30 or nothing
                a, qualifier = self._prefix(i)
                return self._emit(a, word.end(), self._kind(word.group()), unit="",
                                  qualifier=qualifier)
        k = num.end
        unit = self._unit_at(k, num.value)
        # a range: 10-20元, 三至五家, 1-3万, 10元-20元; 3年2个月至4年 (in months)
        left_months = self._months_after(unit, num)
        sep_at = left_months[1] if left_months else unit[0] if unit else k
        left_per = self._per(sep_at) if unit is not None and not left_months else None
        if left_per is not None and f[left_per.end() : left_per.end() + 1] in RANGE_SEPARATORS:
            sep_at = left_per.end()  # 3元/斤-5元/斤: the per-unit on both ends
        else:
            left_per = None
        # across 到, a unit on the low end makes two figures (从10元到20元), unless 不等
        # "varying" follows the high end: 从10万元到30万元不等 is one range
        across = f[sep_at : sep_at + 1] == "到" and unit is not None
        if sep_at < self.n and f[sep_at] in RANGE_SEPARATORS:
            right = scan_numeral(f, sep_at + 1, signed=True)  # -5%至-3%, as the grammar
            if right is not None and (f[sep_at + 1] in CN_START) == is_cn:
                right_unit = self._unit_at(right.end)
                if unit is None and right_unit is None and f.startswith("点", right.end) and \
                        not _NUMERAL_GOES_ON.match(f, right.end + 1):
                    # 提出3-5点建议: 3 to 5 points, as the loader reads 3-5点 (a range of
                    # hours, 上午9-11点, is read above as a clock time)
                    right_unit = (right.end + 1, "点")
                same = unit is None or (right_unit is not None and right_unit[1] == unit[1])
                if left_per is not None and same:  # 3元/斤-5元/斤, but not 3元/斤-5元/吨
                    right_per = self._per(right_unit[0]) if right_unit is not None else None
                    same = right_per is not None and _per_word(right_per) == _per_word(left_per)
                right_months = self._months_after(right_unit, right)
                if right_unit is not None and (left_months or right_months):
                    # in months; 3至4年3个月 and 5年至4年3个月 are one mention and no figure
                    right_unit = (right_months[1] if right_months else right_unit[0], "个月")
                varying = right_unit is not None and f.startswith(VARYING, right_unit[0])
                if across and not (varying and not left_months and not right_months and (
                        left_per is None)):
                    same = False
                if same and (f[sep_at] != "到" or right_unit is not None or (
                        level_after(f[right.end : right.end + 2]))):  # 7到8级: levels
                    end = right_unit[0] if right_unit else right.end
                    if level_after(f[end : end + 2]):
                        # 8至10级大风, 5-6级地震: a range of levels is a level, no amount, as
                        # 12级 is, and as the loader reads it
                        return self._emit(i, end + 1, "ordinal")
                    kind = self._kind(right_unit[1] if right_unit else None)
                    per = None if right_unit is None or right_months else self._per(end)
                    if per is not None:  # 3-5元/斤, 3至5元每斤: a range of rates, one figure
                        end, kind = self._per_end(per), "quantity"
                    # a range the grammar does not read (5年至4年, low above high) is one
                    # mention without a number, not its low end as a figure; so is one with
                    # a qualifier (约3%至5%, 3%至5%左右), which the loader refuses whole
                    a, _ = self._prefix(i)
                    end += len(VARYING) if across else len(self._suffix(end))
                    return self._figure(a, i, end, end, right_unit[1] if right_unit else None,
                                        kind, None, unit_from=right.end, per=per,
                                        low_end=False)
        if unit is None and not is_cn and f.startswith("点", k) and not (
                _NUMERAL_GOES_ON.match(f, k + 1)) and f[k + 1 : k + 2] != "多":
            # 提出3点建议: 3 points, as the loader reads 3点 and as 3-5点 is listed (a clock
            # time, 下午3点 or 3点开会, is read above; 3点5 is a decimal, 3点多 a time too)
            unit = (k + 1, "点")
        some_more = False
        if k < self.n and f[k] in SOME_MORE_AFTER_NUMERAL:
            after = k + 1
            mag = MAGNITUDE_RE.match(f, after)
            if mag is not None and not scales_after_some_more(num.magnitude,
                                                               magnitude_factor(mag.group())):
                mag = None
            if mag is not None:
                after = mag.end()
            if self._unit_at(after) or after >= self.n or not _HAN.match(f[after]) or mag:
                some_more = True
                k = after
                unit = self._unit_at(k)
        if unit is None and f.startswith("个多月", num.end):
            unit = (num.end + 3, "个多月")
        return self._grown(i, num, is_cn, k, unit, some_more)

    def _grown(self, i: int, num: Numeral, is_cn: bool, k: int, unit: tuple[int, str] | None,
               some_more: bool) -> int | None:
        """The figure of the numeral ``num`` at ``i`` read to ``k`` (after its 多 and
        magnitude word, when ``some_more``), with the unit that follows, or None."""
        f = self.f
        numeral = f[i : num.end]
        if unit is not None and unit[1] == "年" and f.startswith("代", unit[0]) and \
                f[unit[0] + 1 : unit[0] + 2] not in NOT_DECADE:
            return self._emit(i, unit[0] + 1, "date")  # 1995年代: a decade, not 1995 years
        if unit is not None and unit[1] == "年" and not some_more and whole_years(num):
            months = months_after_years(f, unit[0])
            if months is not None:
                unit = (months[1], "个月")  # 四年零三个月: one figure, 51个月
        if unit is not None and f.startswith(_POSITION_AFTER_UNIT.get(unit[1], "\0"), unit[0]):
            return self._emit(i, unit[0] + 1, "ordinal")  # 一周年: an anniversary; 三年级
        if unit is not None and unit[1] == "位" and digits_after(f[unit[0] - 1 : unit[0] + 4]):
            # 两位数增长: double digits, no persons (but 两位数学家 are two mathematicians)
            return self._emit(i, unit[0] + 1, "ordinal")
        end = k if unit is None else unit[0]
        if level_after(f[end : end + 2]):
            if unit is None and not some_more and levels_counted(
                    f[max(0, i - 2) : i], num.value, f[end + 1 : end + 3]):
                # 连升3级, 分为4级, 3级台阶: levels or steps counted, as the loader reads them
                a, qualifier = self._prefix(i)
                return self._figure(a, i, end + 1, end + 1, "级", "quantity", qualifier)
            # 4级地震, 千亿级产业集群, 10万吨级码头: a level or a class, no amount, as the
            # loader reads it
            return self._emit(i, end + 1, "ordinal")
        if unit is not None and unit[1] == "期" and (
                numeral in ("二", "貳", "贰") or f.startswith(PHASE_NOUNS, unit[0])):
            # 园区二期: phase two, not two phases, which is 两期; 一期工程, 三期项目: phase
            # one and three (but 一期节目 is an episode, 分三期 three phases)
            return self._emit(i, unit[0], "ordinal")
        if unit is not None and unit[1] == "套" and (
                home := second_home(f[i : unit[0]], f[unit[0] : unit[0] + 2])) is not None:
            return self._emit(i, unit[0] + len(home), "ordinal")  # 二套房: the second home
        a, qualifier = self._prefix(i)
        near = None
        if unit is not None and qualifier == "just-under" and unit[1] in TIME_UNITS and \
                self.f[a] == "近":
            near = a  # 近两年 is "the last two years", not "almost two years"
            a, qualifier = i, None
        if unit is None:
            return self._bare(a, i, num, is_cn, qualifier, k, some_more)
        if is_cn and numeral in ("一", "壹") and unit[1] not in ONE_UNITS:
            return None  # 一家医院, 一批: the indefinite article
        end = unit[0]
        per = self._per(end)
        if per is None and unit[1] == "米" and (
                tail := metres_and_centimetres(f, end - 1)) is not None:
            # 1米75, 一米八: 1.75 m, 1.8 m, which the loader does not read: listed whole
            # without a value, never as 1米 (and 75)
            return self._emit(a, tail, "quantity", unit="", qualifier=qualifier)
        if per is None and unit[1] in ("元", "块") and (tail := yuan_and_coins(
                f, end - 1)) is not None:
            # 1元5角, 3块5毛: 1.5元, 3.5元, which the loader does not read: listed whole
            # without a value, never as 1元 (and 5 a coin)
            return self._emit(a, tail, "quantity", unit="", qualifier=qualifier)
        if per is None and (tail := time_parts_end(f, end)) is not None:
            # 2小时30分钟, 1分55秒38, 9秒58: a time in parts, which the loader does not read:
            # listed whole without a value, never as 2小时 (and 30分钟)
            return self._emit(a, tail, "duration", unit="", qualifier=qualifier)
        core_end = end
        if per is not None and per.re is PER_AFTER_UNIT_RE:
            end = per.end()
            if qualifier is None:
                end += len(self._suffix(end))  # 3元/斤以上, as 3元以上
            core_end = end
        elif per is not None:
            end = core_end = self._per_end(per)
        else:
            # 多, 余 or 半 after the unit: 3年多 is (3, 4) years, 一年半 1.5, 3倍多 more than 3;
            # after any other unit where the loader reads it so (5个百分点多。, 1米多。)
            # (with a qualifier before, 约3年多, it is one mention the loader reads no
            # figure in, never 约3年, which it refuses as part of one)
            tail = fold_chars(f[end : end + 1]) in COUNTING_AFTER_UNIT and \
                fold_chars(f[end + 1 : end + 2]) in ENDS_A_FIGURE
            if not some_more and end < self.n and f[end] in "多余半" and \
                    f[end : end + 2] not in _MANY_WORDS and (unit[1] in _TAIL_UNITS or tail) and \
                    (tail or parse_figure(self.f[a : end + 1]) is not None):
                end += 1
                core_end = end
                some_more = f[end - 1] != "半"
                if not some_more and f[end : end + 1] in ("多", "余") and \
                        parse_figure(self.f[a : end + 1]) is not None:
                    end = core_end = end + 1  # 一年半多: (1.5, 2) years, never 一年半
                    some_more = True
            elif not some_more and f.startswith("有余", end) and f[k:end] == unit[1] and \
                    after_line_breaks(f[end + 2 : end + 26])[:1] in ENDS_AFTER_YOU_YU:
                end = core_end = end + 2  # 一年有余: (1, 2) years, as 一年余 (not 30家有余力)
            if near is not None and not f[i:end].endswith(_TIME_UNIT_ENDS):
                # but "almost" where some more or a half ends the figure (近一年半, 近3年多),
                # as the loader reads 近 then
                a, qualifier = near, "just-under"
            # a second qualifier goes with it too (约14个以上, 300多家以上): one mention,
            # which the loader refuses whole, not a part of the figure it would refuse
            end += len(self._suffix(end))
            core_end = end
        kind = "quantity" if per is not None else self._kind(unit[1])
        if kind == "duration" and f[end : end + 1] in ("间", "来"):
            end += 1
        elif kind == "duration" and f.startswith("以来", end):
            end += 2
        return self._figure(a, i, core_end, end, unit[1], kind, qualifier,
                            unit_from=k, per=per)

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

    def _bare(self, a: int, i: int, num: Numeral, is_cn: bool, qualifier: Qualifier | None,
              k: int, some_more: bool) -> int | None:
        f = self.f
        numeral = f[i : num.end]
        if f.startswith("大", num.end) and not some_more and num.magnitude == 1:
            if 2 <= num.value <= 10:
                return self._figure(i, i, num.end + 1, num.end + 1, "大", "quantity", None)
            if is_cn and 10 < num.value <= 30:
                return self._emit(i, num.end + 1, "identifier")  # 十九大: a party congress
            if num.value == 1:
                return None
        # 评分8.5以上, 年龄60左右: a qualifier after a number without a unit, as after one
        # with a unit (the loader reads 8.5以上, and refuses 8.5 of it as part of the figure)
        end = k + len(self._suffix(k))
        if is_cn:
            composed = len(numeral) >= 2 and any(c in "十百千万亿" for c in numeral)
            if not composed:
                return None
            return self._figure(a, i, end, end, "", "quantity", qualifier)
        plain_int = numeral.isdigit()
        if plain_int and f.startswith("号", num.end):  # 门牌88号, 101号院: a number that names
            end = num.end + 1 + (f[num.end + 1 : num.end + 2] in NUMBERED_NOUNS)
            return self._emit(i, end, "identifier")
        if plain_int and qualifier is None and i and f[i - 1] in "升降":
            return self._emit(i, num.end, "ordinal")  # 三镇升6: a league rank
        if plain_int and qualifier is None and not some_more:
            if len(numeral) == 4 and 1800 <= int(numeral) <= 2199:
                return self._emit(i, num.end, "date", period=parse_period(numeral))
            if len(numeral) >= 5:
                return self._emit(i, num.end, "identifier")
        return self._figure(a, i, end, end, "", "quantity", qualifier)

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
        if m.group() == "破" and not po_breaks_a_mark(self.f[max(0, m.start() - 8) : m.start()],
                                                      self.f[i : i + 12]):
            return i, None  # 连破3个难关, 破3项世界纪录: broke three, no "more than 3"
        return m.start(), PREFIX_QUALIFIERS[m.group()]

    def _figure(self, a: int, i: int, core_end: int, end: int, unit: str | None, kind: Kind,
                qualifier: Qualifier | None, *, unit_from: int | None = None,
                per: re.Match[str] | None = None, low_end: bool = True) -> int | None:
        """Emit the figure ``[a, end)``; where the grammar reads none, its number is the
        numeral at ``i`` if ``low_end``, else None (and no qualifier)."""
        plain = self.v.plain
        core = plain[a:core_end]
        # The folded core for 个多月 and 个半月, as for the Traditional 個多月.
        read = parse_years_ago if years_ago(plain[max(0, a - 6) : a]) else parse_figure
        figure = read(self.f[a:core_end] if unit in SPLIT_UNITS else core)
        number = high = None
        if figure is not None:
            number = figure.number.value
            high = None if figure.high is None else figure.high.value
            qualifier = figure.qualifier
        elif low_end:
            num = scan_numeral(self.f, i)
            compound = None if num is None else compound_some_more(self.f, num)
            if compound is not None:
                number = compound[0].value  # 约1亿5000多万: 1.5亿, not 1亿
            else:
                number = None if num is None else num.value * self._scale_after_some_more(num)
        else:
            qualifier = None
        written = unit_text(plain, self.f, unit, unit_from, core_end, per)
        if unit == "元":  # 新台幣12億元: the 元 is the currency written before it (also
            # after a qualifier: 約新台幣300億元)
            written = currency_before(plain, a) or currency_in_figure(core) or written
        # the value is the core: 来, 间 or 以来 after a span of time is no part of it (20年 of
        # 20年来, as the loader reads it, which refuses the unit word 年来)
        return self._emit(a, end, kind, unit=written, qualifier=qualifier, number=number,
                          high=high, value=core if core_end < end else None)
