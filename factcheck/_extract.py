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

The scan is split by stage: this module drives it (identifiers, ordinals, and what a numeral
starts); ``_extract_dates`` reads dates, clock times and years, ``_extract_figures`` grows a
numeral into a figure, both on the shared ``_extract_state``; ``_extract_mention`` defines
:class:`Mention`.

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
from fractions import Fraction

from ._dates import parse_period
from ._extract_dates import DateReading
from ._extract_figures import FigureReading
from ._extract_lexicon import (
    BEFORE_COMMON_ERA_YEAR_RE,
    CN_START,
    CODE_LETTERS,
    CODE_RE,
    FIGURE_ACRONYMS,
    FRACTION_RE,
    FRACTION_WITHOUT_ZHI_RE,
    IDIOM_RE,
    ORDINAL_RE,
    ORDINAL_WORDS,
    PHONE_RE,
    QUOTED_RE,
    RATIO_RE,
    UNIT_RE,
    after_common_era,
    before_common_era,
    identifier_spans,
    model_number_span,
    roc_year_listed,
)
from ._extract_mention import COUNTED_KINDS, Mention
from ._extract_vague import (
    DOUBLING_RE,
    UNDER_OR_OVER_AFTER_RE,
    approximate_end,
    lone_magnitude_span,
    one_ends_a_word,
)
from ._extract_view import TextView
from ._figure_chars import list_item_number
from ._figure_notation import (
    DAY_AND_MONTH_RE,
    NOTATION_MARK_RE,
    NOTATION_RE,
    POWER_WORDS_RE,
    years_across,
)
from ._figure_qualifiers import FOUR_DIGIT_YEARS_RE, lu_of_a_word, vague_before
from ._figure_signs import fu_is_sign, minus_is_sign, plus_or_minus_before
from ._numbers import dated
from ._numerals import CHINESE_NUMERAL_CHARS, FULLWIDTH, RANGE_SEPARATORS, scan_numeral
from ._rough_ba import ROUGH_BA_RE

__all__ = ["extract"]

# Where a mention can start; every other character is skipped without a look.
_START_RE = re.compile("[0-9第首半前万亿" + "".join(sorted(CN_START)) + "]")
_MINUS = frozenset("-−")
_OLD_TENS = frozenset("廿卅卌")  # 20, 30, 40 in one character, which the loader does not read
# What after a code's digits makes them a figure: LPR3.45%, GMV1000亿元, MLF5000亿元
_FIGURE_AFTER_CODE = frozenset("%‰万亿")
_LINE_START = re.compile(r"(?:^|\n)[ \t\u3000•·*\-]*$")
_CN_CHARS = CHINESE_NUMERAL_CHARS | CN_START


def extract(text: str) -> tuple[Mention, ...]:
    """Find every numeric mention in ``text``.

    Args:
        text: the decoded article.

    Returns:
        The mentions, in text order, never overlapping.
    """
    return _Scanner(TextView(text)).run()


class _Scanner(DateReading, FigureReading):
    """One scan of a text: identifiers and idioms first, then a mention at every place one
    can start, read as a date (:class:`DateReading`) or a figure (:class:`FigureReading`)."""

    # -- driver -------------------------------------------------------------------------

    def run(self) -> tuple[Mention, ...]:
        f = self.f
        for m in QUOTED_RE.finditer(f):
            if self._quoted_identifier(m.group(1)):
                self._emit(m.start(1), m.end(1), "identifier")
        for mark in NOTATION_MARK_RE.finditer(f):
            first = mark.start()
            while first and ("0" <= f[first - 1] <= "9" or f[first - 1] == "."):
                first -= 1  # to the first digit of the mantissa: 1.5 of 1.5×10⁴
            notation = NOTATION_RE.match(f, first)
            if notation is not None:
                self._notation(first, notation.end())
        if "次方" in f:
            for m in POWER_WORDS_RE.finditer(f):  # 10的8次方个: never 10, nor 8次 (times)
                if self._free(m.start(), m.end()):
                    self._notation(m.start(), m.end())
        for m in years_across(f):  # 2022/23年度, 2022-23年度: one fiscal year, never 23
            if self._free(m.start(), m.end()):  # years nor 2022..2023
                self._emit(m.start(), m.end(), "date")
        if "/" in f:
            for m in DAY_AND_MONTH_RE.finditer(f):  # 28/2舉行: a day and month, never 14
                if self._free(m.start(), m.end()):
                    self._emit(m.start(), m.end(), "date")
        for a, b in identifier_spans(f, self.v.plain):
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
            found = len(self.found)
            end = self._at(i)
            if end is not None and end > i:
                resume = self._under_or_over_after(i, end, found)
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
        if c in "万亿":
            return self._lone_magnitude(i)
        if c in CN_START:
            if (prev in _CN_CHARS and not one_ends_a_word(f, i - 1)) or vague_before(
                    prev, c, f[i + 1:i + 3], f[max(0, i - 12):i]):  # 数十万, 上百家 (but 两场 of 周一两场)
                return None
            if one_ends_a_word(f, i) and f[i + 1 : i + 2] in _CN_CHARS:
                return None  # 一 of 周一两场 or 星期一两场: the numeral starts after it
            unread = self._unread_form(i)
            if unread is not None:
                return unread
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

    # -- figures in forms the loader does not read (_extract_vague) -----------------------

    def _unread_form(self, i: int) -> int | None:
        """A figure at the numeral ``i`` in a form the loader does not read, listed whole
        without a value: a doubling (翻了一番) or an approximate figure (七八百人, 十七八岁)."""
        f = self.f
        doubling = DOUBLING_RE.search(f, max(0, i - 3), i + 4)
        if doubling is not None and doubling.start() < i < doubling.end():
            return self._emit(doubling.start(), doubling.end(), "quantity", unit="")
        rough = self._rough_ba(i)
        if rough is not None:
            return rough
        end = approximate_end(f, i, UNIT_RE)
        if end is not None:
            unit = UNIT_RE.match(f, end)
            assert unit is not None  # approximate_end found it
            a, qualifier = self._prefix(i)
            stop = unit.end() + len(self._suffix(unit.end()))
            return self._emit(a, stop, self._kind(unit.group()), unit="", qualifier=qualifier)
        return None

    def _rough_ba(self, i: int) -> int | None:
        """A rough figure with 把 at the magnitude word ``i`` (千把人, about a thousand
        people: :mod:`factcheck._rough_ba`), with its unit, listed whole without a value;
        else None (一千把椅子, 一把手)."""
        f = self.f
        m = ROUGH_BA_RE.match(f, i)
        unit = None if m is None else UNIT_RE.match(f, m.end())
        if unit is None:
            return None
        return self._emit(i, unit.end(), self._kind(unit.group()), unit="")

    def _lone_magnitude(self, i: int) -> int | None:
        """万 or 亿 without a number before it: 万分之五 (a ratio per ten thousand), or a
        figure after a bound or before 余 or 多 (过万元, 破亿元, 万余元), listed whole
        without a value; else None (万一, 万众一心, 上万人, 数万人)."""
        f = self.f
        prev = f[i - 1] if i else ""
        if prev in _CN_CHARS or prev.isdigit() or prev in "数几上":
            return None
        rough = self._rough_ba(i)  # 万把块: about ten thousand
        if rough is not None:
            return rough
        if f.startswith("分之", i + 1):
            num = scan_numeral(f, i + 3)
            if num is None:
                return None
            a, qualifier = self._prefix(i)
            return self._emit(a, num.end, "percentage", unit="", qualifier=qualifier)
        span = lone_magnitude_span(f, i)
        return None if span is None else self._lone_figure(*span)

    def _lone_figure(self, a: int, end: int) -> int | None:
        """The figure ``[a, end)``, a magnitude word with its bound or 余 (过万, 万余), with
        the unit after it, or at a clause's end; else None (走过万水千山)."""
        f = self.f
        unit = UNIT_RE.match(f, end)
        if unit is not None:
            return self._emit(a, unit.end(), self._kind(unit.group()), unit="")
        if end == self.n or f[end] in "，。；、！？,;!?：:）)\n":
            return self._emit(a, end, "quantity", unit="")
        return None

    def _under_or_over_after(self, i: int, end: int, found: int) -> int:
        """Widen the one figure just emitted from ``i`` (``found`` mentions stood before
        it), which ends at ``end``, over 不到 or 不止 after it (千万不到, under ten million),
        which the loader does not read: one mention without a value, never the figure
        alone, exact; return where the scan goes on."""
        under = UNDER_OR_OVER_AFTER_RE.match(self.f, end)
        if under is None or len(self.found) != found + 1:
            return end
        last = self.found[-1]
        if last.kind not in COUNTED_KINDS or last.kind == "date" or (
                self.v.span(i, end)[1] != last.end):
            return end
        stop = self.v.span(end, under.end())[1]
        self.found[-1] = Mention(last.start, stop, self.v.original[last.start:stop], last.kind,
                                 last.value + self.v.plain[end:under.end()], unit="")
        self.used[end:under.end()] = b"\x01" * (under.end() - end)
        return under.end()

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

    def _notation(self, i: int, end: int) -> int | None:
        """A number in scientific notation at ``[i, end)`` (3×10^4, 5E3, 2.5e-3), with its
        sign, qualifier and unit (约1e5人), which the loader does not read: one mention
        without a value, never its mantissa, base or exponent as figures. A run of digits
        after a letter is part of a code (H1e5), which the scan reads."""
        f = self.f
        if i and f[i - 1].isascii() and f[i - 1].isalpha():
            return None
        a = i - 1 if i and f[i - 1] in _MINUS and self._signed(i - 1) else i
        word = UNIT_RE.match(f, end)
        a, qualifier = self._prefix(a)
        return self._emit(a, end if word is None else word.end(),
                          self._kind(None if word is None else word.group()), unit="",
                          qualifier=qualifier)

    def _inside_numeral(self, a: int, b: int) -> bool:
        """Whether an idiom match is part of a longer numeral (万一 in 三十四万一千, 千万要 in
        2千万要求)."""
        f = self.f
        before = a > 0 and (f[a - 1] in _CN_CHARS or f[a - 1].isdigit()) and f[a] in _CN_CHARS
        after = b < self.n and f[b] in _CN_CHARS and f[b - 1] in _CN_CHARS
        return before or after

    # -- identifiers and ordinals ---------------------------------------------------------

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
        model = model_number_span(f, i)  # iPhone 15 of iPhone 15售价: no 15 items
        if model is not None and self._free(model[0], i):
            return self._emit(*model, "identifier")
        phone = PHONE_RE.match(f, i)
        if phone is not None:
            return self._emit(i, phone.end(), "identifier")
        return None

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

    def _line_start(self, i: int) -> bool:
        return _LINE_START.search(self.f, max(0, i - 12), i) is not None or i == 0

    # -- what a numeral starts: a date, an identifier or a figure -------------------------

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
        if any(bracket in f[max(0, i - 2) : i] for bracket in "（("):
            bracketed = self._bracketed_date(i)  # 15 of 今（15）日: the 15th, no count
            if bracketed is not None:
                return bracketed
        if f.startswith("民国", max(0, i - 2)):
            roc = self._roc_date(i)
            if roc is not None:
                return roc
        elif roc_year_listed(self.v.plain, i):  # 109年 of 民國108年及109年: 2020
            roc = self._roc_date(i, listed=True)
            if roc is not None:
                return roc
        elif (roc := self._roc_year_unmarked(i)) is not None:
            return roc  # 112年 of 112年第4季: never 112 years
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
        without_zhi = FRACTION_WITHOUT_ZHI_RE.match(f, num.end) if is_cn else None
        if without_zhi is not None and num.value > 1:
            # 四分一 (1/4, as Hong Kong writes it): extract proposed 四分, which unit: % loaded
            # as 4%
            a, qualifier = self._prefix(i)
            return self._emit(a, without_zhi.end(), "quantity", unit="", qualifier=qualifier,
                              number=Fraction("一二三四五六七八九".index(without_zhi.group(1)) + 1)
                              / num.value)
        if f[num.end : num.end + 1] == "、" and self._line_start(i) and num.value < 100:
            return self._emit(i, num.end, "ordinal")
        line = f[i - 12 : i] if i > 12 else "\n" + f[:i]  # the text starts a line too
        if list_item_number(f[i : num.end], line, f[num.end : num.end + 2]):
            return self._emit(i, num.end, "ordinal")  # 1 of a line 1. 200家企业签约
        return self._grow(i, num, is_cn)

