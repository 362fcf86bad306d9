"""Hypothesis strategies shared by the test modules (numerals, decimals, periods, claim
ids)."""

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


# --- sentences with one figure, for the mention extractor (tests/test_extract_quality.py) ---

_FULLWIDTH_DIGITS = str.maketrans("0123456789.", "０１２３４５６７８９．")
# (before, after) in Simplified and Traditional; neither side can join the figure: no
# qualifier, numeral, 第/首/前 or 每 before it, and no unit, 多/余, 以上 or 一 after it.
_CONTEXTS = (
    ("据统计,截至目前,园区共有", ",发展势头良好。"),
    ("記者獲悉,該項目累計引進", ",成為當地的亮點。"),
    ("会上宣布:", "。"),
    ("他說,今年", "的目標已經提前完成。"),
)
_CLASSIFIERS = (("家", "家"), ("个", "個"), ("项", "項"), ("名", "名"))


@dataclass(frozen=True)
class FigureSentence:
    """A sentence holding exactly one figure, and what the extractor must report for it."""

    text: str
    start: int
    end: int
    kind: str
    number: Fraction | None
    unit: str | None
    day: date | None = None


def _place(draw: st.DrawFn, figure: str, kind: str, number: Fraction | None,
           unit: str | None, day: date | None = None) -> FigureSentence:
    before, after = draw(st.sampled_from(_CONTEXTS))
    return FigureSentence(before + figure + after, len(before), len(before) + len(figure),
                          kind, number, unit, day)


@st.composite
def chinese_count_sentences(draw: st.DrawFn) -> FigureSentence:
    """A count in Chinese numerals (2 .. 10**12) with a classifier, in either script."""
    n = draw(st.integers(min_value=2, max_value=10**12))
    script = draw(scripts)
    simplified, traditional = draw(st.sampled_from(_CLASSIFIERS))
    unit = traditional if script.traditional else simplified
    return _place(draw, chinese_numeral(n, script) + unit, "quantity", Fraction(n), unit)


@st.composite
def arabic_money_sentences(draw: st.DrawFn) -> FigureSentence:
    """An Arabic decimal (maybe full-width) with an optional magnitude word, in 元."""
    text, digits, decimals = draw(decimal_texts())
    word, factor = draw(st.one_of(st.just(("", 1)), magnitude_words))
    if draw(st.booleans()):
        text = text.translate(_FULLWIDTH_DIGITS)
    value = Fraction(digits * factor, 10**decimals)
    return _place(draw, f"{text}{word}元", "quantity", value, "元")


@st.composite
def percent_sentences(draw: st.DrawFn) -> FigureSentence:
    """An Arabic percentage (``77.84%``) or a Chinese one (``百分之七十七点八四``)."""
    text, digits, decimals = draw(decimal_texts())
    value = Fraction(digits, 10**decimals)
    if draw(st.booleans()) or value.denominator != 1 or value > 10**6:
        return _place(draw, f"{text}%", "percentage", value, "%")
    return _place(draw, "百分之" + chinese_numeral(int(value)), "percentage", value, "%")


@st.composite
def date_sentences(draw: st.DrawFn) -> FigureSentence:
    """A full date, ``2019年5月9日`` or ``二〇一九年五月九日``."""
    day = draw(dates)
    if draw(st.booleans()):
        written = f"{day.year}年{day.month}月{day.day}日"
    else:
        script = draw(scripts)
        year = "".join(script.digit(int(c)) if c != "0" else script.zero for c in str(day.year))
        written = (f"{year}年{chinese_numeral(day.month, script)}月"
                   f"{chinese_numeral(day.day, script)}日")
    return _place(draw, written, "date", None, None, day)


figure_sentences = st.one_of(chinese_count_sentences(), arabic_money_sentences(),
                             percent_sentences(), date_sentences())


#: Pieces of claim ids that YAML (1.1 for PyYAML, 1.2 for the loader) reads as something
#: else, or that end a plain scalar or a flow list item.
_TRICKY_IDS = ("12", "-3", "+4", "1e3", "1E3", "1.5", ".5", "0o17", "0x1F", "017", "1_000",
               "0b101", "1:20", ".inf", "-.Inf", ".nan", "null", "Null", "~", "", "yes",
               "No", "on", "OFF", "y", "n", "true", "False", "2019-05-09", "2019-5-9",
               "2001-12-14t21:59:43.10-05:00", "=", "<<")
_TRICKY_CHARS = ("[]{},:#'\"-?&*!|>%@` \t.\\/_~+=<"
                 "中文亿三号０１：，　（）「」😀\u2028\x85\x0c\x7f\ufeff\u200b\x00")
claim_ids = st.one_of(
    st.sampled_from(_TRICKY_IDS),
    st.builds(lambda a, b: a + b, st.sampled_from(_TRICKY_IDS),
              st.text(alphabet=st.sampled_from(_TRICKY_CHARS), max_size=3)),
    st.text(alphabet=st.sampled_from(_TRICKY_CHARS + "ab0"), min_size=1, max_size=8),
    st.text(min_size=1, max_size=6),
).filter(lambda claim_id: claim_id.strip() != "")  # the loader takes any id but a blank one
