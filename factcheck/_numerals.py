"""Scan Arabic and Chinese numerals into exact values (the engine room of ``_numbers``).

Rules (all values are exact ``Fraction``; no float is ever formed):

* Text is first passed through ``FULLWIDTH`` (``０-９`` ``．`` ``，`` ``％`` ``－`` ``～`` ``／`` and
  the Latin letters ``Ａ-Ｚ`` ``ａ-ｚ`` become their ASCII forms, and the other middle dots ``•∙⋅・`` become ``·``; the mapping is one
  character to one, so offsets are kept).
* Arabic: optional sign ``-``/``−``, digits with optional thousands groups (``1,234,567``; a group
  is exactly three digits), optional ``.digits``, then an optional magnitude word:
  ``万 萬 亿 億 万亿 萬億``, optionally preceded by ``百``/``千`` (``5千万``), or a bare ``百``/``千``
  (``3千``; not when it starts a unit: ``5百分点``, ``5千克``, ``5千米`` and ``5千瓦`` keep theirs).
  A whole number with a magnitude word of 万 or more may go on with a smaller whole number
  that fills the places below it (``2亿5000万`` = 250000000, ``3万5000`` = 35000, ``3万5千`` =
  35000; not ``5万1``); the step, round_number and magnitude are the tail's (``2亿5000万``
  is written to the 万, as ``25000万``).
  step = 10**-decimals x magnitude.  round_number = no decimal point, value != 0 and the
  written digits end in 0: ``3000``, ``300亿`` (but not ``206亿`` or ``2万``, whose written
  precision, 10**8 and 10**4, already says how coarse they are).
* Chinese integers: digits ``零〇一二两兩三四五六七八九`` (and financial ``壹贰貳叁肆伍陆陸柒捌玖``),
  small units ``十拾 百佰 千仟`` (strictly decreasing inside a 万-section), big units
  ``万萬 亿億`` and the compound ``万亿`` (``一万亿`` = 10**12, ``一万二千亿`` = 1.2 x 10**12).
  A leading ``十``/``百``/``千`` has an implicit one (``十九``, ``百万``, ``千亿``); ``零`` marks a gap
  (``一百零五``); a bare final digit right after a unit of 百 or more is the colloquial
  abbreviation one place lower (``一万二`` = 12000, ``三千五`` = 3500, ``一百五`` = 150).
  Runs of digit characters only (``二〇一九``) are positional when they hold ``〇``/``零`` or are at
  least four long; two bare digits (``二三``) are refused (that is "two or three").
  A Chinese integer is exactly as precise as the same number in Arabic digits written before
  its final magnitude word: ``八十`` is ``80`` and ``三千`` is ``3000`` (step 1, round numbers),
  ``四百六十`` is ``460``, ``二〇二〇`` is ``2020``, ``三百亿`` is ``300亿`` (step 10**8, round),
  ``两万亿`` is ``2万亿`` (step 10**12, not round).  When the value is not a whole number of
  its final magnitude word (``一万二千亿``, 1.2 x 10**12) or ends in a colloquial abbreviation
  (``一万二``, ``三千五``), step is the place of its last non-zero digit, as for ``1.2万亿`` and
  ``1.2万``, and it is not a round number.
* Chinese decimals: ``<integer>点<digits>[万|亿|万亿]`` (``点``/``點``): ``七十七点八四`` = 77.84,
  ``一点二万亿``; step = 10**-digits x magnitude; round_number False.
* ``magnitude`` reports the trailing magnitude word's factor (1 if none); ranges use it to give a
  bare left end the right end's magnitude (``1-3万``, ``三至五万``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from typing import NamedTuple

#: Dots that articles write for the middle dot of a unit product (kW•h, kW∙h, kW⋅h, kW・h
#: for kW·h): each is read as ``·``
MIDDLE_DOTS = "•∙⋅・"
#: Signs that articles write for the degree sign (30º with the ordinal indicator U+00BA,
#: 30˚ with the ring above U+02DA): each is read as ``°``
DEGREE_SIGNS = "º˚"
_LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_WIDE_LATIN = "".join(chr(ord(c) + 0xFEE0) for c in _LATIN)  # Ａ-Ｚ ａ-ｚ
#: Full-width Latin letters to ASCII only (ｋｍ as km), for a unit shown as written.
FULLWIDTH_LATIN = str.maketrans(_WIDE_LATIN, _LATIN)
FULLWIDTH = str.maketrans("０１２３４５６７８９．，％－～／" + MIDDLE_DOTS + DEGREE_SIGNS + _WIDE_LATIN,
                          "0123456789.,%-~/" + "·" * len(MIDDLE_DOTS) + "°" * len(DEGREE_SIGNS)
                          + _LATIN)

_WAN = 10**4
_YI = 10**8
_WANYI = 10**12

_MAGNITUDE_WORDS: dict[str, int] = {
    "万": _WAN,
    "萬": _WAN,
    "亿": _YI,
    "億": _YI,
    "万亿": _WANYI,
    "萬億": _WANYI,
    "万億": _WANYI,
    "萬亿": _WANYI,
    "百": 100,
    "佰": 100,
    "千": 1000,
    "仟": 1000,
}
# A bare 百/千 is a magnitude word (3千, 5百万), except where it starts a unit or a
# fraction: 千克 (kilogram), 千米 (kilometre), 千瓦 (kilowatt), 百帕 and 千帕 (hectopascal,
# kilopascal), 百分点, 千分之.
_MAG_PATTERN = r"[百千佰仟]?(?:[万萬][亿億]|[万萬亿億])|[百佰](?![分帕])|[千仟](?![分克米瓦帕])"
MAGNITUDE_RE = re.compile(_MAG_PATTERN)

_ARABIC_RE = re.compile(
    r"(?P<sign>[-−]?)(?P<int>[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+)"
    r"(?:\.(?P<frac>[0-9]+))?(?P<mag>" + _MAG_PATTERN + ")?"
)

_DIGITS: dict[str, int] = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "貳": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "陸": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
# Digits allowed in positional runs and after 点: no 两 (never written digit by digit).
_POSITIONAL: dict[str, int] = {c: v for c, v in _DIGITS.items() if c not in "两兩"}
_ZEROS = frozenset("零〇")
_SMALL: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG: dict[str, int] = {"万": _WAN, "萬": _WAN, "亿": _YI, "億": _YI}
_POINTS = frozenset("点點")
CHINESE_NUMERAL_CHARS = frozenset(_DIGITS) | frozenset(_SMALL) | frozenset(_BIG) | _POINTS
DIGIT_CHARS = frozenset(_DIGITS) | frozenset("0123456789")
_CN_RUN_RE = re.compile("[" + "".join(sorted(CHINESE_NUMERAL_CHARS)) + "]+")
_POSITIONAL_RUN_RE = re.compile("[" + "".join(sorted(_POSITIONAL)) + "]+")
_LONGEST_MAGNITUDE_WORD = max(map(len, _MAGNITUDE_WORDS))
# No figure in a text has this many characters; longer runs are not numerals. The bound
# keeps int() below Python's digit limit and the cost of a scan independent of how long
# a run of digits goes on: the scan reads at most this far into a Chinese run, and
# _ARABIC_WINDOW characters into an Arabic one.
MAX_NUMERAL_CHARS = 1000
# The longest Arabic numeral of MAX_NUMERAL_CHARS digits: a sign, a comma every three
# digits, a point and 千万亿. Matching one reads at most a few characters past its end (a
# comma group or magnitude word that fails), so a match inside the window is the match in
# the whole text; one that comes near the end of the window is too long either way.
_ARABIC_LONGEST = 1 + MAX_NUMERAL_CHARS + (MAX_NUMERAL_CHARS - 1) // 3 + 1 + 3
_ARABIC_WINDOW = _ARABIC_LONGEST + 16


@dataclass(frozen=True, slots=True)
class Numeral:
    """One scanned numeral: exact value, written precision, and where it ended."""

    value: Fraction
    step: Fraction
    round_number: bool
    magnitude: int
    end: int


def magnitude_factor(word: str) -> int:
    """Return the factor of a magnitude word matched by ``MAGNITUDE_RE`` (``千万`` -> 10**7).

    Args:
        word: the magnitude word.

    Returns:
        Its exact integer factor.

    Raises:
        KeyError: if ``word`` is not a magnitude word.
    """
    known = _MAGNITUDE_WORDS.get(word)
    if known is None:  # 百/千 in front of a big unit: 5千万
        known = _MAGNITUDE_WORDS[word[0]] * _MAGNITUDE_WORDS[word[1:]]
    return known


def scales_after_some_more(magnitude: int, factor: int) -> bool:
    """Whether a magnitude word of ``factor`` after 多/余/几 scales a number whose own
    trailing magnitude is ``magnitude``: ``300多万`` (none yet), and a bigger word after a
    smaller one, ``3千多万``, ``1万多亿``; not ``1万多万``."""
    return magnitude == 1 or factor >= 10**4 > magnitude or factor >= 10**8 > magnitude


def adds_a_lower_place(place_before: str, magnitude_word: str) -> bool:
    """Whether 几, 多 or 余 after a numeral whose last character is ``place_before`` (folded)
    and before ``magnitude_word`` adds some of a lower place to the numeral, no multiple of
    it: 一千几百 is 1000 and some hundreds (1100 to 1900), 三千几百万 3000万 and some 百万;
    never 一千 times some 百. Not 十几万, 三千多万 (the magnitude word scales the whole)."""
    low = _SMALL.get(magnitude_word[:1])
    high = _SMALL.get(place_before)
    return low is not None and high is not None and low <= high


def _power_of_ten_step(value: int) -> int:
    if value == 0:
        return 1
    step = 1
    while value % (step * 10) == 0:
        step *= 10
    return step


def chinese_integer(s: str) -> tuple[int, int] | None:
    """Parse a whole string of Chinese integer numerals.

    Args:
        s: the numeral, e.g. ``"一百零五"``, ``"两万亿"``, ``"二〇一九"``.

    Returns:
        ``(value, trailing magnitude factor)`` or None when ``s`` is not one Chinese integer.
    """
    parsed = _chinese_integer(s)
    return None if parsed is None else (parsed[0], parsed[1])


def _chinese_integer(s: str) -> tuple[int, int, bool] | None:
    """:func:`chinese_integer`, and whether it ends in a colloquial abbreviation (一万二)."""
    n = len(s)
    if n == 0 or n > MAX_NUMERAL_CHARS:
        return None
    if n == 1 and s in _DIGITS:
        return _DIGITS[s], 1, False
    if all(c in _POSITIONAL for c in s):
        if (n >= 4 or any(c in _ZEROS for c in s)) and s[0] not in _ZEROS:
            return int("".join(str(_POSITIONAL[c]) for c in s)), 1, False
        return None
    reading = _read_units(s)
    if isinstance(reading, int):
        return None
    total, section, pending, zero, last_place = reading
    abbreviated = pending >= 0 and not zero and last_place > 10
    if pending >= 0:
        section += pending * (last_place // 10) if abbreviated else pending
    elif zero:
        return None
    magnitude = 1
    if s[-1] in _BIG:
        magnitude = last_place
    return total + section, magnitude, abbreviated


class _Reading(NamedTuple):
    """Where reading digits and units left to right has got: the state after the last one."""

    total: int
    section: int
    pending: int
    zero: bool
    last_place: int


def _read_units(s: str) -> _Reading | int:
    """Read ``s`` as digits and units (一百零五, 两万亿), left to right.

    Returns:
        The state after the last character, or the index of the first character the
        grammar refuses there (no text that holds that prefix is a Chinese integer).
    """
    total = 0
    section = 0
    pending = -1
    zero = False
    last_small = 10**5
    last_big = 0
    seen_yi = False
    last_place = 0
    for i, c in enumerate(s):
        d = _DIGITS.get(c)
        if d is not None:
            if d == 0:
                if pending >= 0 or zero or i == 0:
                    return i
                zero = True
            elif pending >= 0:
                return i
            else:
                pending = d
            continue
        u = _SMALL.get(c)
        if u is not None:
            if pending < 0:
                if i == 0 or (u == 10 and zero):
                    pending = 1
                else:
                    return i
            if u >= last_small:
                return i
            section += pending * u
            pending = -1
            zero = False
            last_small = u
            last_place = u
            continue
        b = _BIG.get(c)
        if b is None:
            return i
        if pending >= 0:
            section += pending
            pending = -1
        elif zero:
            return i
        if b == _YI and last_big == _WAN and not seen_yi:
            total = (total + section) * b
            last_place = _WANYI
        else:
            if section == 0 or (last_big and b >= last_big):
                return i
            total += section * b
            last_place = b
        section = 0
        zero = False
        last_small = 10**5
        last_big = b
        seen_yi = seen_yi or b == _YI
    return _Reading(total, section, pending, zero, last_place)


def _chinese_precision(value: int, magnitude: int, abbreviated: bool) -> tuple[int, bool]:
    """(step, round_number) of a Chinese integer: those of its Arabic form (module docstring)."""
    whole, rest = divmod(value, magnitude)
    if abbreviated or rest:
        return _power_of_ten_step(value), False
    return magnitude, whole != 0 and whole % 10 == 0


def _chinese(s: str, end: int) -> Numeral | None:
    point = s.find("点")
    if point < 0:
        point = s.find("點")
    if point < 0:
        parsed = _chinese_integer(s)
        if parsed is None:
            return None
        value, magnitude, abbreviated = parsed
        step, round_number = _chinese_precision(value, magnitude, abbreviated)
        return Numeral(Fraction(value), Fraction(step), round_number, magnitude, end)
    head = chinese_integer(s[:point])
    if head is None:
        return None
    k = point + 1
    while k < len(s) and s[k] in _POSITIONAL:
        k += 1
    frac = s[point + 1 : k]
    tail = s[k:]
    if not frac:
        return None
    magnitude = 1
    if tail:
        mag = _MAGNITUDE_WORDS.get(tail)
        if mag is None or mag < _WAN or head[1] > 1 or head[0] >= _WAN:
            return None
        magnitude = mag
    scale = 10 ** len(frac)
    digits = int("".join(str(_POSITIONAL[c]) for c in frac))
    exact = Fraction((head[0] * scale + digits) * magnitude, scale)
    return Numeral(exact, Fraction(magnitude, scale), False, magnitude, end)


def _arabic(m: re.Match[str]) -> Numeral:
    int_digits = m.group("int").replace(",", "")
    frac = m.group("frac") or ""
    mag_word = m.group("mag")
    magnitude = 1
    if mag_word:
        magnitude = magnitude_factor(mag_word)
    scale = 10 ** len(frac)
    digits = int(int_digits + frac)
    if m.group("sign"):
        digits = -digits
    value = Fraction(digits * magnitude, scale)
    round_number = not frac and digits != 0 and int_digits.endswith("0")
    return Numeral(value, Fraction(magnitude, scale), round_number, magnitude, m.end())


# What after a compound's tail makes it a date, not the rest of the number: 1亿2019年,
# also as the start of a range of dates (5000万2019-2021年)
_NOT_AFTER_TAIL = frozenset("年月日号號")
#: What joins the two ends of a range (10-20元, 十至二十, 3~5家), in text passed through
#: FULLWIDTH (～ is ~ there): one set for the figure grammar, dates, extract and the
#: whole-figure check.
RANGE_SEPARATORS = frozenset("-–—~〜至到")
RANGE_SEPARATOR_RE = re.compile("[" + "".join(map(re.escape, sorted(RANGE_SEPARATORS))) + "]")
_DATE_END_RE = re.compile("[0-9]+[年月日号號]")
_SOME_MORE_CHARS = frozenset("多余餘几幾")


def _arabic_compound(s: str, m: re.Match[str], head: Numeral) -> Numeral:
    """``head`` and the smaller whole number written right after its magnitude word, as
    one number: 2亿5000万 is 250000000, written to the 万 (step 10**4, as 25000万), and
    3万5000 is 35000 (step 1). The tail must be less than one of the head's magnitude word
    and the head a whole number (2.5亿3000万 is no compound)."""
    if head.magnitude < _WAN or m.group("frac") or "," in m.group("int"):
        return head
    # 零 stands for the empty places between them: 1亿零500万 is 105000000, 1万零500 10500
    zero = s[head.end : head.end + 1] in ("零", "〇")
    tail_match = _ARABIC_RE.match(s, head.end + zero, head.end + zero + _ARABIC_WINDOW)
    if tail_match is None or tail_match.group("sign") or tail_match.group("frac") or \
            tail_match.end() - head.end > 16:
        return head
    tail = _arabic(tail_match)
    places = len(str(head.magnitude // tail.magnitude)) - 1  # 亿 over 万: four places
    # a tail may group its thousands (2億5,000萬, 3萬5,000): the places are its digits
    written = len(tail_match.group("int").replace(",", ""))
    # without a magnitude word the tail fills every place (3万5000, not 5万1, which is
    # colloquially 51000); with one, at most as many as there are (2亿5000万, 1万5千);
    # after 零, fewer than there are (1万零500, not 1万零5000)
    if written > places - zero or (tail.magnitude == 1 and not zero and written != places):
        return head
    if tail.value == 0 or tail.value >= head.magnitude or tail.magnitude >= head.magnitude \
            or s[tail.end : tail.end + 1] in _NOT_AFTER_TAIL:
        return head
    if _scaled_some_more(s, tail) is not None:
        return head  # 1亿5千多万: the 5千 is 5千多万, read by compound_some_more
    if s[tail.end : tail.end + 1] in RANGE_SEPARATORS and \
            _DATE_END_RE.match(s, tail.end + 1) is not None:
        return head
    # the tail adds to the head's size: -2亿5000万 is -250000000, not -150000000
    value = head.value - tail.value if head.value < 0 else head.value + tail.value
    return Numeral(value, tail.step, tail.round_number, tail.magnitude, tail.end)


def _scaled_some_more(s: str, tail: Numeral) -> int | None:
    """The factor of the magnitude word after 多, 余 or 几 that scales ``tail`` (the 万 of
    5000多万), or None."""
    if s[tail.end : tail.end + 1] not in _SOME_MORE_CHARS:
        return None
    mag = MAGNITUDE_RE.match(s, tail.end + 1)
    if mag is None:
        return None
    factor = magnitude_factor(mag.group())
    return factor if scales_after_some_more(tail.magnitude, factor) else None


def compound_some_more(s: str, head: Numeral) -> tuple[Numeral, int] | None:
    """A compound whose tail is "some more" of a magnitude word: 1亿5000多万 and 1亿5千多万
    are 1亿 and 5000多万, (1.5亿, 1.6亿); the figure grammar reads the 多 as some-more.

    Args:
        s: the text, passed through FULLWIDTH.
        head: the numeral that ``scan_numeral`` read before the tail (1亿).

    Returns:
        The number without its 多 (150000000, written to the tail's place, 10**4 for
        1亿5000多万) with ``end`` after the tail's digits, and the offset after the magnitude
        word; or None when no such tail follows.
    """
    if head.magnitude < _WAN or head.value.denominator != 1 or \
            head.value % head.magnitude:
        return None
    zero = s[head.end : head.end + 1] in ("零", "〇")  # 1亿零500多万
    tail_match = _ARABIC_RE.match(s, head.end + zero, head.end + zero + _ARABIC_WINDOW)
    if tail_match is None or tail_match.group("sign") or tail_match.group("frac") or \
            tail_match.end() - head.end > 16:
        return None
    tail = _arabic(tail_match)
    factor = _scaled_some_more(s, tail)
    if factor is None or factor < _WAN or tail.value == 0:
        return None
    place = tail.magnitude * factor
    written = len(tail_match.group("int").replace(",", ""))  # 1億5,000多萬 as 1億5000多萬
    if place >= head.magnitude or written > len(str(head.magnitude // place)) - 1 - zero:
        return None  # the tail fills the places below the head: not 1亿50000多万
    value = tail.value * factor
    value = head.value - value if head.value < 0 else head.value + value
    mag = MAGNITUDE_RE.match(s, tail.end + 1)
    assert mag is not None  # _scaled_some_more found it
    return Numeral(value, tail.step * factor, True, place, tail.end), mag.end()


def arabic_magnitude_word(text: str) -> str | None:
    """The magnitude word of ``text`` when it is one Arabic numeral without a compound tail
    (``千万`` of ``5千万``, ``""`` of ``5``); None for anything else (``三千``, ``2亿5000万``)."""
    m = _ARABIC_RE.fullmatch(text)
    return None if m is None else m.group("mag") or ""


def scan_numeral(s: str, pos: int = 0, *, signed: bool = False) -> Numeral | None:
    """Scan the longest numeral starting at ``pos`` (text already passed through FULLWIDTH).

    Args:
        s: the text.
        pos: where the numeral must start.
        signed: whether a leading minus sign is allowed.

    Returns:
        The numeral (``end`` is the offset just after it) or None if none starts at ``pos``.
    """
    m = _ARABIC_RE.match(s, pos, pos + _ARABIC_WINDOW)
    if m is not None and (signed or not m.group("sign")):
        digits = len(m.group("int")) + len(m.group("frac") or "")
        if m.end() - pos > _ARABIC_LONGEST or digits > MAX_NUMERAL_CHARS:
            return None
        return _arabic_compound(s, m, _arabic(m))
    run = _CN_RUN_RE.match(s, pos, pos + MAX_NUMERAL_CHARS)
    if run is None:
        return None
    text = run.group()
    for length in _chinese_lengths(text):
        found = _chinese(text[:length], pos + length)
        if found is not None:
            return found
    return None


#: a year of 1800-2199, in Arabic or Chinese digits (二〇一九): a date's year, never a number
#: of years (2017 of 2017年3个月 is no number of years, so 3个月 stands alone)
CALENDAR_YEAR_PATTERN = r"(?:1[89][0-9]{2}|2[01][0-9]{2}|[一二][〇零一二三四五六七八九]{3})"
CALENDAR_YEAR_RE = re.compile(CALENDAR_YEAR_PATTERN)


def whole_years(years: Numeral) -> bool:
    """Whether ``years``, before 年, is a whole number of years that months may follow: a
    number written to the unit (4, 四, 10000) or a whole number of its magnitude word (1万,
    一万, 3千: 1万年3个月 is 120003个月, as 10000年3个月 is); not 1.0 or 1.5万."""
    return years.value.denominator == 1 and years.step in (1, years.magnitude)


def months_after_years(s: str, pos: int) -> tuple[int, int] | None:
    """The months that go on from a number of years at ``pos``: an optional 零, a count of
    1 to 11 and 个月 (the 零三个月 of 四年零三个月, the 3个月 of 4年3个月).

    Returns:
        ``(months, end)``, ``end`` being the offset just after 个月, or None. A date's 3月
        has no 个 and is not one.
    """
    start = pos + 1 if s[pos:pos + 1] in _ZEROS else pos
    found = scan_numeral(s, start)
    if (found is None or s[found.end:found.end + 2] not in ("个月", "個月") or found.step != 1
            or found.value.denominator != 1 or not 1 <= found.value <= 11):
        return None
    return int(found.value), found.end + 2


def _chinese_lengths(run: str) -> Iterator[int]:
    """The lengths of the prefixes of ``run`` that may read as a numeral, longest first.

    Trying every prefix would cost the square of the run's length; the prefixes left out
    are ones that :func:`_chinese` refuses:

    * after the first point, a fraction cut short reads exactly when the whole fraction
      does, and after the fraction at most a magnitude word may follow;
    * before the point, a prefix that is not all positional digits reads only if it
      stops before the first character the unit grammar refuses (:func:`_read_units`);
    * positional digits that start with 零 or 〇 read only as that one digit.
    """
    point = min((at for at in (run.find("点"), run.find("點")) if at >= 0), default=len(run))
    if point < len(run):
        fraction_end = _positional_end(run, point + 1)
        if fraction_end > point + 1:
            longest = min(len(run), fraction_end + _LONGEST_MAGNITUDE_WORD)
            yield from range(longest, fraction_end - 1, -1)
    positional = _positional_end(run, 0)
    reading = _read_units(run[:point])
    composed = max(reading, 1) if isinstance(reading, int) else point
    yield from range(composed, positional, -1)
    if positional and run[0] in _ZEROS:
        yield 1
    else:
        yield from range(positional, 0, -1)


def _positional_end(run: str, start: int) -> int:
    """Where the positional digits (no 两) that start at ``start`` end."""
    found = _POSITIONAL_RUN_RE.match(run, start)
    return start if found is None else found.end()


def scan_whole(s: str, *, signed: bool = False) -> Numeral | None:
    """Scan ``s`` as exactly one numeral (FULLWIDTH applied), or None."""
    found = scan_numeral(s, 0, signed=signed)
    if found is None or found.end != len(s):
        return None
    return found


def parse_integer(s: str) -> int | None:
    """Parse a bare non-negative integer (Arabic, full-width or Chinese), e.g. a day or year.

    Args:
        s: the text, e.g. ``"2019"``, ``"０９"``, ``"二十八"``, ``"二〇一九"``.

    Returns:
        The integer, or None when ``s`` is anything else (decimals, magnitude words, signs).
    """
    t = s.translate(FULLWIDTH)
    if len(t) > MAX_NUMERAL_CHARS:
        return None
    if t.isascii():
        return int(t) if t.isdigit() else None
    parsed = chinese_integer(t)
    if parsed is None or parsed[1] != 1:
        return None
    return parsed[0]
