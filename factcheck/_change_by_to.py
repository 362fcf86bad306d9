"""A change "by X to Y" after a verb of change: 人口減少2.4萬至749.8萬人 is a fall of 2.4萬 to
a level of 749.8萬人, and 利率上调0.25%至5.875% a rise of 0.25% to 5.875%; neither is a range
(24000..7498000 people, 0.25%..5.875%).

After such a verb (增加, 减少, 上调, 跌, 加 ..., with 了 or not), ``X至Y`` or ``X到Y`` reads:

- ``"by-to"`` when X writes a unit of its own that Y does not write (0.5个百分点至3.2%, a
  change in points to a level in percent): two figures, the change X and the level Y, each a
  whole figure of its own, and no range;
- ``"range"`` when a forecast word (预计, 预期, 有望 ...) comes first in the clause, or a
  modal right before the verb (将, 可, 料 ...), and Y is a percentage (预计增长3%至5%,
  有望增长3至5%, 料增长3%至5%): a range of growth forecasts, as before;
- ``"unsure"`` otherwise: X without its own unit (减少2.4万至749.8万人, or 减少2至3万人, a
  range of falls), X and Y in one unit (人口减少2.4万人至749.8万人 and 利率上调0.25%至5.875%
  are by X to Y, but 降价10元至50元 and 薪资调高3%至5% ranges of changes, and nothing in the
  words tells them apart), multiples (提升3倍至5倍), or a forecast of other figures
  (可增加500元至1000元). Neither the range nor either end is read.

A range word after Y (不等, 之间, 区间, 范围: 补贴增加1000元至5000元不等) makes it a range, read
as ever.

The extract and the loader both read it here (:func:`change_reading`), from the folded text.
"""

from __future__ import annotations

import re
from typing import Literal

from ._quotes import fold_chars

__all__ = ["ChangeReading", "by_to_hint", "by_to_note", "change_reading", "changed_by_to"]

ChangeReading = Literal["by-to", "range", "unsure"]

#: The verbs of change (folded) after which X至Y may be "by X, to Y"
_CHANGE_VERBS = tuple(
    "增加 减少 增长 下降 上升 提高 降低 回落 攀升 回升 下跌 上涨 下滑 增 减 升 跌 降 加 涨 "
    "上调 下调 调升 调高 调低 调降 调减 调增 削减 缩减 扩大 缩小 收窄 "
    "加息 减息 降息 升息 加价 涨价 降价 提价 减价 加费 加租 减租".split())
#: Words that end in one of those verbs and are none (参加3至5次: a range of times)
_NOT_CHANGE = tuple("参加 附加 外加 追加 叠加 施加 添加 更加 强加 倍加 新增 投降 空降 迫降 晋升".split())
#: Words that make the figures after the verb a forecast (预计增长3%至5%: a range)
_FORECAST = tuple("预计 预期 预测 预料 预估 估计 有望 可望 目标 计划".split())
#: A modal right before the verb does too (将增加3%至5%, 料增长3%至5%, 可增加500元至1000元)
_MODALS = tuple("可 可以 可能 将 将会 会 拟 料 或 或将 望".split())
_CLAUSE_ENDS = re.compile("[，。；：！？,;:!?\n、]")
_NUMERAL = "[0-9][0-9.,]*|[零〇一二两三四五六七八九十百千万亿]+"
#: X at the end of the text before the join: its numeral, magnitude and the unit it writes
_LOW_END_RE = re.compile(
    rf"(?P<number>(?P<numeral>{_NUMERAL})[百千万亿]*)(?P<unit>[^0-9零〇一二两三四五六七八九十百千万亿，。；：！？,;:!?\s]{{0,4}})$")
_HIGH_END_RE = re.compile(rf"(?P<number>[-−]?(?:{_NUMERAL})[百千万亿]*)(?P<percent>%|个百分点)?")
_FORECAST_REACH = 16
#: The qualifiers after the high end that leave X至Y a range with a qualifier, read as ever
_QUALIFIERS_AFTER = ("左右", "上下", "前后", "以上", "以下", "以内", "之内", "出头", "开外",
                     "不等", "之间", "区间", "范围")
_YEAR_RE = re.compile("1[89][0-9]{2}|2[01][0-9]{2}")


def change_reading(before_join: str, after_join: str) -> ChangeReading | None:
    """How ``X至Y`` reads, where ``before_join`` (the text up to the 至 or 到, X at its end)
    and ``after_join`` (the text after it, Y at its start) meet at the join; None where no
    verb of change comes right before X (``10至20元``, ``约3%至5%``): a range as ever."""
    before, after = fold_chars(before_join), fold_chars(after_join)
    low = _LOW_END_RE.search(before)
    high = _HIGH_END_RE.match(after)
    if low is None or high is None or any(
            word in after[high.end():high.end() + 6] for word in _QUALIFIERS_AFTER):
        return None  # 增长3%至5%左右: a range with a qualifier, which is refused whole
    unit = low.group("unit")
    if unit.startswith(("月", "日", "号")) or (unit.startswith("年") and _YEAR_RE.fullmatch(
            low.group("numeral"))):
        return None  # 下降2019年至2021年, 增加3月至5月: dates, no change by X
    verb_end = before[:low.start()].removesuffix("了")
    verb = max((word for word in _CHANGE_VERBS if verb_end.endswith(word)), key=len, default="")
    if not verb or verb_end.endswith(_NOT_CHANGE):
        return None
    clause = _CLAUSE_ENDS.split(verb_end)[-1][-_FORECAST_REACH:]
    percents = high.group("percent") == "%" and unit in ("", "%")
    if any(word in clause for word in _FORECAST) or verb_end[:-len(verb)].endswith(_MODALS):
        return "range" if percents else "unsure"
    if not unit or percents or unit.startswith("倍") or after.startswith(unit, high.end()):
        return "unsure"  # 减少2至3万人, 上调3%至5%, 降价10元至50元: maybe a range of changes
    return "by-to"  # 下降0.5个百分点至3.2%: a change in one unit, a level in another


def _ends_at(text: str, start: int, end: int) -> tuple[ChangeReading | None, str]:
    """The reading of the ``X至Y`` that the figure at ``[start, end)`` of ``text`` is X of,
    Y of or all of, and which of them it is (``"low"``, ``"high"``, ``"both"``; "" if none)."""
    figure = fold_chars(text[start:end])
    join = next((at for at, char in enumerate(figure) if char in "至到" and at), None)
    before = text[max(0, start - 30):start]
    if join is not None:
        return change_reading(before + text[start:start + join],
                              text[start + join + 1:end + 12]), "both"
    if fold_chars(text[start - 1:start]) in ("至", "到"):
        return change_reading(before[:-1], text[start:end + 12]), "high"
    if fold_chars(text[end:end + 1]) in ("至", "到"):
        return change_reading(before + text[start:end], text[end + 1:end + 13]), "low"
    return None, ""


def changed_by_to(text: str, span: tuple[int, int]) -> bool:
    """Whether the value at ``span`` of ``text`` is all of X至Y after a verb of change that
    reads as a change by X to Y or may (no range either way)."""
    reading, which = _ends_at(text, *span)
    return which == "both" and reading in ("by-to", "unsure")


def by_to_hint(text: str, span: tuple[int, int]) -> str | None:
    """The hint for a value at ``span`` of ``text`` refused as a change by X to Y (all of
    X至Y, or X or Y where the reading is unsure), or None where it is none."""
    reading, which = _ends_at(text, *span)
    if reading is None or reading == "range" or (reading == "by-to" and which != "both"):
        return None
    if reading == "by-to":
        return ("after a verb of change, X至Y in two units is a change by X to a level Y "
                "(失业率下降0.5个百分点至3.2%: down by 0.5个百分点, to 3.2%), no range: write "
                "each figure as its own value (value: \"3.2%\" for the level), or list the "
                "mention under not_claims: with a reason")
    return ("after a verb of change, X至Y may be a change by X to a level Y (人口減少2.4萬人至"
            "749.8萬人) or a range of changes (降价10元至50元), which factcheck does not guess: "
            "list the mention under not_claims: with a reason")


def by_to_note(text: str, start: int, end: int) -> str | None:
    """Why extract's mention at ``[start, end)`` of ``text``, X or Y of X至Y after a verb
    of change, cannot load (the reading is unsure), or None."""
    reading, which = _ends_at(text, start, end)
    if reading != "unsure" or which == "both":
        return None
    return ("one end of X至Y after a verb of change, a change by X to a level Y or a range "
            "of changes, which the loader does not guess: list it under not_claims")
