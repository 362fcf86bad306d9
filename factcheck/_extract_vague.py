"""Figures written in forms factcheck does not read, which extract lists whole, unproposed.

Each is a figure an article states and a reader may want checked, so ``factcheck coverage``
counts it; but no claim value holds it, so ``factcheck extract`` lists it without a value
and the loader refuses it with the hint to list it under ``not_claims:``:

* two neighbouring numerals, an approximate figure: 七八百人 (seven or eight hundred),
  三四十家, 一两年, 两三天, 十七八岁; never months or days (三四月, 七八月份, 十一二日),
  a clock time (七八点) or a decade (七八十年代), nor a numeral before no unit (一两句话);
* two neighbouring numerals listed with 、 or ten-odd and the next ten: 兩、三年 (two or
  three years), 三、四成, 二、三十人, 十多二十年; never months (三、四月), ordinals
  (第一、二名, 一、二年级) or tiers (一、二线城市), nor a longer list (一、二、三等奖);
* 几 before a smaller magnitude word than the number's last: 一千几百元 (1,100 to
  1,900元), 三千几百万元; never 十几万元 or 三千多万元, which the magnitude word scales;
* a magnitude word without a number before it, after a qualifier of a bound or before
  余 or 多: 过万元 (over 10,000元), 破亿元, 近万人, 万余元, 亿多元; never 万一, 万众一心,
  走过万水千山, nor 上万 and 数万, which are vague;
* a doubling: 翻一番 (×2), 翻了两番 (×4); never 一番话 or 一番努力;
* a ratio per ten thousand: 万分之五 (0.05%), 亿分之三;
* a figure with 不到 or 不止 after it: 千万不到。 (under ten million), 三年不到的时间,
  开售3分钟不到门票全部售罄 (in under three minutes), 千万不止 (more than ten million); never
  before the few words 不到 plainly governs, where the figure before it is exact: 连续5天不到校
  (absent from school), 被告2次不到庭, 不到位, 不到场, 3亿元不到去年的一半 (under half of last
  year's), 3千万不到半年; nor 千万不到河边游泳 (by all means do not go to the river), no
  figure at all.

A year written with ○ (U+25CB, a white circle) for the zero 〇 (U+3007), as Taiwanese and
Hong Kong text often types it (二○二二年, 民國一○八年), is read as the loader reads it: the
scan sees each ○ among Chinese digits as 〇 (``circle_zeros``).

All patterns work on folded text (Simplified, half-width), as the scan and the loader's
values do.
"""

from __future__ import annotations

import re

from ._extract_lexicon import BOUND_AFTER_NOT, COLLECTIVE_NOUNS
from ._figure_qualifiers import guo_passes_a_mark, po_breaks_a_mark
from ._rough_ba import ROUGH_BA_RE

__all__ = [
    "APPROXIMATE_RE",
    "DOUBLING_RE",
    "LISTED_APPROXIMATE_RE",
    "LOWER_PLACE_RE",
    "PER_TEN_THOUSAND_RE",
    "UNDER_OR_OVER_AFTER_RE",
    "UNDER_OR_OVER_STARTS",
    "WORDS_ENDING_IN_ONE",
    "approximate_end",
    "circle_zeros",
    "in_listed_approximation",
    "lone_magnitude_span",
    "lower_place_end",
    "one_ends_a_word",
    "unread_form",
]

_DIGIT = "一二两三四五六七八九"
#: Two neighbouring numerals, with the tens before them (十七八, 二十七八) or a magnitude
#: word after (七八百, 三四十); 一二 and 二三 only with one of those, as they also start a
#: count (一二三) or a name
_PAIR = "(?:一两|两三|三四|四五|五六|六七|七八|八九|三五)"
_LOW_PAIR = "(?:一二|二三)"
APPROXIMATE_RE = re.compile(
    f"(?:[二三四五六七八九]?十(?:{_PAIR}|{_LOW_PAIR})|{_PAIR}|{_LOW_PAIR}(?=[十百千万亿]))"
    f"[十百千万亿]{{0,2}}[多余]?(?![{_DIGIT}零〇])")
#: Two neighbouring numerals listed with 、 (兩、三年, 三、四成, 二、三十人, 一、二十年) or
#: ten-odd and the next ten (十多二十年, 十几二十年, 二十多三十): one approximate figure, of
#: which the last number alone is no figure; not in a longer list (一、二、三等奖)
_LISTED_PAIR = "(?:一、[两二]|[两二]、三|三、四|四、五|五、六|六、七|七、八|八、九|三、五)"
LISTED_APPROXIMATE_RE = re.compile(
    f"(?<![{_DIGIT}零〇十百千万亿、])(?:{_LISTED_PAIR}[十百千万亿]{{0,2}}"
    f"|(?:[二三四五六七八]?十)[多几余](?:[二三四五六七八九]十))(?!、?[{_DIGIT}零〇])")
#: 几 (or 多, 余) before a smaller place than the numeral's last (folded): 一千几百元 is 1100
#: to 1900元 and 三千几百万 3100万 to 3900万, never 一千 times 几百 (adds_a_lower_place);
#: but 百姓 is a word (一千多百姓, a thousand-odd people)
LOWER_PLACE_RE = re.compile("千[几多余](?:百(?!姓)|十)|百[几多余]十")
#: After listed numerals, what makes them no count: ordinals of a list (一、二年级, 三、四号线,
#: 一、二线城市, 一、二等奖, 二、三产业, 一、二审) as well as months and days
_NOT_LISTED_COUNT_AFTER = re.compile("年级|线|等|产|审")
#: What after an approximate figure makes it no count: months and days (三四月, 七八月份,
#: 十一二日), quarters (三四季度), a clock time (七八点), a decade (七八十年代), phases
#: (三四期), an anniversary (两三周年), and 三五成群 (in small groups)
_NOT_A_COUNT_AFTER = re.compile("月|日|号|点|时|季|期|年代|周年|成群|十年代")
#: What before it makes it no count: an ordinal (第三四名) or a day of the week (周三四)
_NOT_A_COUNT_BEFORE = frozenset("第周星礼初")
#: Words that end in 一, folded, whose 一 is no numeral next to the one after it: 两场 of
#: 周一两场比赛 (Monday, two matches), 两家 of 唯一两家 or 之一两家, never 一两场 (one or two)
WORDS_ENDING_IN_ONE = frozenset((
    "唯一", "统一", "同一", "之一", "单一", "万一", "逐一", "划一", "专一", "周一", "期一",
    "拜一", "初一"))


def one_ends_a_word(f: str, at: int) -> bool:
    """Whether 一 at ``at`` of the folded text ``f`` ends a word (周一, 星期一, 唯一, 之一)."""
    return at > 0 and f[at - 1 : at + 1] in WORDS_ENDING_IN_ONE

#: A qualifier of a bound before a lone magnitude word (过万元, 破亿元, 近万人)
_BOUNDS = ("超过", "突破", "将近", "接近", "逾", "过", "超", "破", "近")
_MAGNITUDE_AFTER = re.compile("(万亿|[万亿])([多余]?)")

#: 不到 or 不止 right after a figure, folded, which puts it under or over that figure
#: (年营收千万不到, under ten million; 开售3分钟不到门票全部售罄, in under three minutes;
#: 损失千万不止, more than ten million), but before a word it plainly governs
#: (BOUND_AFTER_NOT: 连续5天不到校, absent from school; 3亿元不到去年的一半, under half of last
#: year's; 3千万不到半年; 不到位, not in place), nor 不足 after a figure, which is a noun
#: there too (存在3个不足, three shortcomings); also across the noun a count of persons or a
#: span of time names (有3个人不到, under three persons or three absent; 3年时间不到, 3天工夫不止),
#: but across no other word, which may be a verb that 不到 completes (3个月找不到工作: could not
#: find work for three months)
UNDER_OR_OVER_AFTER_RE = re.compile("(?:人|时间|工夫|功夫)?不" + BOUND_AFTER_NOT)
#: the characters that start what UNDER_OR_OVER_AFTER_RE matches
UNDER_OR_OVER_STARTS = frozenset("不人时工功")
#: 翻一番 (doubled), 翻了两番 (quadrupled), 翻上一番, 翻一番多
DOUBLING_RE = re.compile(f"翻了?上?[{_DIGIT}]番多?")
#: 万分之五, 亿分之三: a ratio per ten thousand or per hundred million
PER_TEN_THOUSAND_RE = re.compile(f"[万亿]分之[0-9{_DIGIT}十百千点.]+")
#: A run of Chinese digits with ○ (U+25CB) among them and a digit other than a zero: 二○二二,
#: 一○八; never ○○ alone (○○公司, a blank for a name) nor ○ beside other words
_CIRCLE_RUN_RE = re.compile("[○〇零]*[一二三四五六七八九][○〇零一二三四五六七八九]*")


def circle_zeros(f: str) -> str:
    """The folded text ``f`` with each ○ in a run of Chinese digits written 〇 (二○二二年 is
    二〇二二年), one character for one; any other ○ is kept (○○公司)."""
    if "○" not in f:
        return f
    return _CIRCLE_RUN_RE.sub(lambda m: m.group().replace("○", "〇"), f)


def approximate_end(f: str, i: int, unit_at: re.Pattern[str]) -> int | None:
    """The end of the numerals of an approximate figure at ``i`` of the folded text ``f``
    (七八 of 七八百人, before its unit), where ``unit_at`` matches a unit after it; None where
    none starts there or it counts nothing (三四月, 七八点, 一两句话)."""
    if (i and f[i - 1] in _NOT_A_COUNT_BEFORE) or one_ends_a_word(f, i):
        return None
    m = APPROXIMATE_RE.match(f, i)
    if m is None:
        m = LISTED_APPROXIMATE_RE.match(f, i)
        if m is not None and _NOT_LISTED_COUNT_AFTER.match(f, m.end()):
            return None
    if m is None or _NOT_A_COUNT_AFTER.match(f, m.end()):
        return None
    if unit_at.match(f, m.end()) is None:
        return None
    return m.end()


def in_listed_approximation(before: str, figure: str) -> bool:
    """Whether ``figure`` (folded) after ``before`` (folded) is the last number of numerals
    listed as one approximate figure: 三年 of 兩、三年, 二十年 of 十多二十年; not of 第一、二名
    (ordinals), 周一、二 (weekdays), 三、四月 (months) or 一、二线城市."""
    joined = before + figure
    for m in LISTED_APPROXIMATE_RE.finditer(joined, max(0, len(before) - 4)):
        if not m.start() < len(before) < m.end():
            continue
        if joined[m.start() - 1 : m.start()] in _NOT_A_COUNT_BEFORE or one_ends_a_word(
                joined, m.start()):
            continue
        if not (_NOT_A_COUNT_AFTER.match(joined, m.end())
                or _NOT_LISTED_COUNT_AFTER.match(joined, m.end())):
            return True
    return False


def lower_place_end(f: str, num_end: int) -> int | None:
    """Where 几 and a smaller place than the numeral's last end in the folded text ``f``,
    the numeral ending at ``num_end`` (几百 of 一千几百元), or None."""
    m = LOWER_PLACE_RE.match(f, num_end - 1)
    return None if m is None else m.end()


def lone_magnitude_span(f: str, i: int) -> tuple[int, int] | None:
    """The start of the qualifier before the magnitude word at ``i`` of the folded text
    ``f`` (or ``i``) and the end of it with its 余 or 多, where it stands for a number
    (过万, 破亿, 万余); else None (万一, 万众一心, 走过万水千山: a unit or the clause's end
    must follow, which the caller checks)."""
    m = _MAGNITUDE_AFTER.match(f, i)
    if m is None:
        return None
    bound = next((w for w in _BOUNDS if f.startswith(w, i - len(w)) and i >= len(w)), None)
    start = i
    if bound is not None:
        start = i - len(bound)
        near = f[max(0, start - 8):start], f[i:i + 12]
        if (bound == "过" and not guo_passes_a_mark(*near)) or (
                bound == "破" and not po_breaks_a_mark(*near)):
            bound = None
        if bound is None:
            start = i
    if bound is None and not m.group(2) and not (
            reaches_a_magnitude(f[max(0, i - 3):i])
            and f[m.end():m.end() + 1] not in COLLECTIVE_NOUNS | {"里"}):  # 到达万州, 跨越万里
        return None
    return start, m.end()


#: Verbs of reaching or passing a mark before a lone magnitude word, which make it a figure
#: (GDP达万亿元, 跨过万亿元, 参观人数达到万人, 高达万元): 达 not where it ends another word
#: (列车到达万州, a city; 抵达, 直达, 送达, 通达, 下达, 表达, 发达, 传达, 转达)
_REACHING_VERBS = ("达到", "跨过", "迈过", "跨越", "迈上", "站上", "迈入")
_NOT_REACHING_DA = frozenset("到抵直送通下表发传转")


def reaches_a_magnitude(before: str) -> bool:
    """Whether ``before`` (folded), the text right before a lone magnitude word, ends with a
    verb of reaching a mark (达 of GDP达万亿元, 跨过 of 跨过万亿元), which makes it a figure."""
    return before.endswith(_REACHING_VERBS) or (
        before.endswith("达") and before[-2:-1] not in _NOT_REACHING_DA)


# The loader's side: what a value that holds such a figure is

_VALUE_APPROXIMATE = re.compile(
    f"(?<![{_DIGIT}零〇十百千万亿])(?:[二三四五六七八九]?十)?(?:{_PAIR}|{_LOW_PAIR})"
    f"[十百千万亿]{{0,2}}[多余]?[^0-9{_DIGIT}零〇]*$")
_VALUE_LONE_MAGNITUDE = re.compile(
    f"^[^0-9{_DIGIT}零〇十百千]*[万亿][多余]?[^0-9{_DIGIT}零〇]*$")


def unread_form(value: str) -> tuple[str, str] | None:
    """What form of figure factcheck does not read ``value`` (folded) is written in, and an
    example of what it means: ``("an approximate figure, two neighbouring numerals", "七八百人
    is seven or eight hundred")``; None where it is none of them."""
    value = value.strip()
    if UNDER_OR_OVER_AFTER_RE.search(value) and value[:1] != "不":
        return ("a figure with 不到 or 不止 after it (under it or over it)",
                "千万不到 is under 10,000,000, 千万不止 over it")
    if DOUBLING_RE.search(value):
        return "a doubling", "翻一番 is ×2, 翻两番 ×4"
    if PER_TEN_THOUSAND_RE.search(value):
        return "a ratio per ten thousand", "万分之五 is 0.05%"
    if ROUGH_BA_RE.search(value):
        return ("a rough figure with 把 (百把, 千把, 万把, 个把)",
                "千把人 is about a thousand people, 个把月 a month or so")
    if LOWER_PLACE_RE.search(value):
        return ("a number with 几 or 多 before a smaller magnitude word",
                "一千几百元 is 1,100 to 1,900元, 三千几百万元 3,100万 to 3,900万元")
    if LISTED_APPROXIMATE_RE.search(value):
        return ("an approximate figure, two numerals listed with 、 or joined by 多",
                "两、三年 is two or three years, 十多二十年 ten-odd to twenty years")
    if _VALUE_APPROXIMATE.search(value):
        return ("an approximate figure, two neighbouring numerals",
                "七八百人 is seven or eight hundred, 一两年 one or two years")
    if _VALUE_LONE_MAGNITUDE.match(value):
        return ("a magnitude word without a number before it",
                "过万元 is over 10,000元, 万余元 10,000-odd元")
    return None
