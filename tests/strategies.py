"""Hypothesis strategies shared by the test modules (numerals, decimals, periods)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from hypothesis import strategies as st

_SIMPLIFIED_DIGITS = "零一二三四五六七八九"
_SMALL_UNITS = ("", "十", "百", "千")


@dataclass(frozen=True)
class Script:
    """How to write Chinese numerals: script, 两 for 2 before 百/千/万/亿, and the zero glyph."""

    traditional: bool = False
    liang: bool = False
    zero: str = "零"

    def digit(self, d: int, before_unit: str = "") -> str:
        if d == 2 and self.liang and before_unit in ("百", "千", "万", "亿"):
            return "兩" if self.traditional else "两"
        return self.zero if d == 0 else _SIMPLIFIED_DIGITS[d]

    def big(self, unit: str) -> str:
        if self.traditional:
            return {"万": "萬", "亿": "億"}[unit]
        return unit


def _section(n: int, script: Script, *, leading: bool) -> str:
    """Write 1 <= n < 10**4; ``leading`` means nothing precedes it (so 10..19 start with 十)."""
    digits = [n // 1000 % 10, n // 100 % 10, n // 10 % 10, n % 10]
    out: list[str] = []
    gap = False
    for d, unit in zip(digits, ("千", "百", "十", ""), strict=True):
        if d == 0:
            gap = bool(out)
            continue
        if gap:
            out.append(script.digit(0))
            gap = False
        if unit == "十" and d == 1 and leading and not out:
            out.append("十")
        else:
            out.append(script.digit(d, unit) + unit)
    return "".join(out)


def chinese_numeral(n: int, script: Script = Script(), *, leading: bool = True) -> str:
    """Write a non-negative integer below 10**16 in standard Chinese numerals.

    Zero rules: one 零 for any run of zeros between non-zero digits, and one where a lower
    万/亿 group is non-zero but does not fill its top place (一亿零五百万, 十万零一十).
    """
    if n == 0:
        return script.digit(0)
    for unit, size in (("亿", 10**8), ("万", 10**4)):
        if n >= size:
            high, low = divmod(n, size)
            head = chinese_numeral(high, script, leading=leading)
            if high == 2 and script.liang:
                head = script.digit(2, unit)
            text = head + script.big(unit)
            if low == 0:
                return text
            if low < size // 10:
                return text + script.digit(0) + chinese_numeral(low, script, leading=False)
            return text + chinese_numeral(low, script, leading=False)
    return _section(n, script, leading=leading)


scripts = st.builds(
    Script,
    traditional=st.booleans(),
    liang=st.booleans(),
    zero=st.sampled_from(["零", "〇"]),
)

chinese_integers = st.integers(min_value=0, max_value=10**12)


@st.composite
def decimal_texts(draw: st.DrawFn) -> tuple[str, int, int]:
    """An Arabic decimal as written: (text without magnitude, digits as integer, decimals)."""
    whole = draw(st.integers(min_value=0, max_value=10**6))
    decimals = draw(st.integers(min_value=0, max_value=4))
    frac = draw(st.integers(min_value=0, max_value=10**decimals - 1)) if decimals else 0
    text = str(whole) if decimals == 0 else f"{whole}.{frac:0{decimals}d}"
    return text, whole * 10**decimals + frac, decimals


magnitude_words = st.sampled_from(
    [("万", 10**4), ("萬", 10**4), ("亿", 10**8), ("億", 10**8), ("万亿", 10**12)]
)

terminating_fractions = st.builds(
    lambda n, twos, fives: Fraction(n, 2**twos * 5**fives),
    st.integers(min_value=-(10**15), max_value=10**15),
    st.integers(min_value=0, max_value=12),
    st.integers(min_value=0, max_value=12),
)

positive_values = st.builds(
    lambda n, k: Fraction(n, 10**k),
    st.integers(min_value=1, max_value=10**9),
    st.integers(min_value=0, max_value=4),
)

prefix_qualifiers = st.sampled_from(
    [
        ("近", "just-under"),
        ("将近", "just-under"),
        ("將近", "just-under"),
        ("接近", "just-under"),
        ("超", "more-than"),
        ("超过", "more-than"),
        ("超過", "more-than"),
        ("逾", "more-than"),
        ("突破", "more-than"),
        ("高于", "more-than"),
        ("高於", "more-than"),
        ("约", "about"),
        ("約", "about"),
        ("大约", "about"),
        ("大約", "about"),
        ("不到", "under"),
        ("不足", "under"),
        ("低于", "under"),
        ("低於", "under"),
    ]
)
suffix_qualifiers = st.sampled_from(
    [("以上", "at-least"), ("以下", "at-most"), ("左右", "about"), ("上下", "about")]
)

dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


# ---- checks: share (GRIM), interval arithmetic, safe expressions -------------------------


@st.composite
def grim_cases(draw: st.DrawFn) -> tuple[int, int, int]:
    """A count, a whole it can be part of, and decimals: (part, whole, decimals)."""
    whole = draw(st.integers(min_value=1, max_value=5000))
    part = draw(st.integers(min_value=0, max_value=whole))
    return part, whole, draw(st.integers(min_value=0, max_value=3))


@st.composite
def stated_percentages(draw: st.DrawFn) -> tuple[int, int, int]:
    """A small count and a percentage as written: (part, percentage * 10**d, d), p >= 1%."""
    part = draw(st.integers(min_value=1, max_value=60))
    decimals = draw(st.integers(min_value=0, max_value=2))
    scaled = draw(st.integers(min_value=10**decimals, max_value=100 * 10**decimals))
    return part, scaled, decimals


@st.composite
def exact_intervals(draw: st.DrawFn) -> tuple[Fraction, Fraction, bool, bool]:
    """Bounds of a small non-empty interval: (low, high, low_closed, high_closed)."""
    a = Fraction(draw(st.integers(-60, 60)), draw(st.integers(1, 6)))
    b = Fraction(draw(st.integers(-60, 60)), draw(st.integers(1, 6)))
    low, high = min(a, b), max(a, b)
    if low == high:
        return low, high, True, True
    return low, high, draw(st.booleans()), draw(st.booleans())


_EXPRESSION_ATOMS = [
    "a", "b", "c", "x", "1", "0", "2.5", "1e3", "0.1", "'0.5'", "'abc'", "1j", "True", "None",
    "min", "abs", "__import__", "os", "a.b", "a[0]", "(", ")", ",", "+", "-", "*", "/", "**",
    "//", "%", "@", "<", "==", " and ", " if ", " else ", "lambda:", "[", "]", "{", "}",
    "min(", "max(", "abs(", "key=", "*", "10", "-11", "...", "\\", "'", '"', ":=", "\n", " ",
    "投资", "ｘ", "9" * 40, "1e999", "1_000", "0x1f", ".5", "5.", "\x00",
]

expression_texts = st.one_of(
    st.lists(st.sampled_from(_EXPRESSION_ATOMS), max_size=25).map("".join),
    st.text(max_size=60),
)
