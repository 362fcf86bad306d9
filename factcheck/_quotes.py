"""Find quotes in sources across scripts, pinyin annotations and whitespace.

Matching works on a *normalised* view of both texts, with a map back to the original
character offsets, so a Traditional quote matches a Simplified text (and the reverse),
``產(chǎn)業(yè)`` matches ``产业``, and spaces or line breaks never matter. Every offset
reported refers to the original decoded file.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import opencc

__all__ = ["PINYIN", "FoldTable", "NormalText", "find_all", "find_figure_within", "find_within",
           "fold", "fold_text", "mojibake_spans", "normalise", "t2s", "whole_figure"]

# An inline pinyin annotation right after a Han character: 產(chǎn), 業(yè).
PINYIN = re.compile(
    r"(?<=[\u3400-\u9fff])\((?:[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]{1,8})\)"
)
# Mojibake left by a mis-decoded web page: U+FFFD; the "?!" that a mangled closing quote
# leaves before Han text (?!鄙钲冢); a '?' glued between Han text and pinyin (貎?yōu). A
# plain question mark before a line break or ordinary text is not flagged.
_MOJIBAKE = re.compile(
    r"\ufffd+|\?!(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])\?(?=[a-zāáǎàēéěèīíǐìōóǒòūúǔùü]{1,6}\))"
)


@functools.cache
def t2s() -> opencc.OpenCC:
    """The one Traditional-to-Simplified converter (OpenCC ``t2s``), made on first use."""
    import opencc

    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=65536)
def _fold_char(ch: str) -> str:
    """One character, folded: full-width ASCII to half-width, Traditional to Simplified."""
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:
        return chr(code - 0xFEE0)
    if code < 0x3400:
        return ch
    folded: str = t2s().convert(ch)
    return folded if len(folded) == 1 else ch


@dataclass(frozen=True, slots=True)
class NormalText:
    """A normalised text and, per character, its offset in the original."""

    text: str
    offsets: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of the normalised text to the original."""
        return self.offsets[start], self.offsets[end - 1] + 1


def normalise(text: str) -> NormalText:
    """Fold script, width, whitespace and pinyin annotations, keeping offsets.

    Args:
        text: original text.

    Returns:
        The normalised text with its offset map.
    """
    # Slices between dropped runs, folded by str.translate: C speed, per-character result.
    kept: list[str] = []
    offsets: list[int] = []
    start = 0
    for match in _DROPPED.finditer(text):
        if match.start() > start:
            kept.append(text[start:match.start()])
            offsets.extend(range(start, match.start()))
        start = match.end()
    if start < len(text):
        kept.append(text[start:])
        offsets.extend(range(start, len(text)))
    return NormalText("".join(kept).translate(_FOLDED), tuple(offsets))


class FoldTable(dict[int, str]):
    """A ``str.translate`` table that folds each character once, on first sight.

    Args:
        fold_char: one character to the one character it folds to.
    """

    def __init__(self, fold_char: Callable[[str], str]) -> None:
        super().__init__()
        self.fold_char = fold_char

    def __missing__(self, code: int) -> str:
        folded = self.fold_char(chr(code))
        self[code] = folded
        return folded


_FOLDED = FoldTable(_fold_char)
# What normalise drops: pinyin annotations and whitespace (``\s`` is ``str.isspace``).
_DROPPED = re.compile(f"{PINYIN.pattern}|\\s+")


def find_all(haystack: NormalText, needle: str) -> list[tuple[int, int]]:
    """Every original-offset span where ``needle`` occurs in ``haystack``.

    Args:
        haystack: a normalised source.
        needle: a quote as written (any script).

    Returns:
        ``[start, end)`` spans in the original text, in order; empty if not found.
    """
    end = haystack.offsets[-1] + 1 if haystack.offsets else 0
    return find_within(haystack, 0, end, needle)


def find_within(haystack: NormalText, start: int, end: int,
                needle: str) -> list[tuple[int, int]]:
    """:func:`find_all`, counting only occurrences inside the original span ``[start, end)``.

    The span is a quote's: a figure is looked for in the quote's part of the normalised
    source, so nothing is normalised twice.
    """
    # figures and names recur and are cached; quotes are each folded once
    wanted = fold_text(needle) if len(needle) <= 16 else fold(needle)
    if not wanted:
        return []
    text, offsets = haystack.text, haystack.offsets
    low, high = bisect_left(offsets, start), bisect_left(offsets, end)
    spans = []
    at = text.find(wanted, low, high)
    while at >= 0:
        spans.append((offsets[at], offsets[at + len(wanted) - 1] + 1))
        at = text.find(wanted, at + 1, high)
    return spans


def find_figure_within(haystack: NormalText, text: str, start: int, end: int,
                       figure: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The occurrences of ``figure`` inside ``[start, end)``: those that are a whole figure
    of the original ``text``, and those that are only part of one (:func:`whole_figure`)."""
    whole: list[tuple[int, int]] = []
    partial: list[tuple[int, int]] = []
    for span in find_within(haystack, start, end, figure):
        before, after = text[max(0, span[0] - 6):span[0]], text[span[1]:span[1] + 6]
        (whole if whole_figure(figure, before, after) else partial).append(span)
    return whole, partial


_ARABIC = frozenset("0123456789")
# Chinese digits and units, folded (also the financial forms)
_CHINESE = frozenset("零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟")
_MAGNITUDES = frozenset("百千万亿佰仟")
_SOME_MORE = frozenset("多余几")
_SIGNS = frozenset("-~−")  # a minus sign, or the other end of a range (folded: －, ～)
_APPROXIMATELY = frozenset("数几")  # 数十万, 几百家: "several", part of the figure
# Only qualifiers of two characters: 近, 超 and 约 also end common words (附近, 英超, 签约)
_PREFIXES = ("将近", "接近", "超过", "不到", "不足", "低于", "高于", "突破", "大约")
_SUFFIXES = ("以上", "以下", "左右")  # 上下 also starts 上下游, 上下半年
_PREFIX_ENDS = frozenset(word[-1] for word in _PREFIXES)
_SUFFIX_STARTS = frozenset(word[0] for word in _SUFFIXES)
_SPACES = " \t\u3000"
_SPACE = frozenset(_SPACES)


def whole_figure(figure: str, before: str, after: str) -> bool:
    """Whether ``figure``, between ``before`` and ``after`` in the article's original text,
    is a whole figure: not the tail or head of a number (93.9亿 in 293.9亿, 300 in 300 亿,
    5000万 in 2亿5000万, 四年 in 十四年, 十万 in 数十万), not without its sign or the other end
    of its range (5% in -5%, 20元 in 10-20元), and not missing its "some more" (30 in 30多家)
    or a qualifier of two characters (300亿 in 接近300亿, 30家 in 30家以上). Only what cannot
    be another word's is refused: 一 may belong to a word (唯一一家, 30万一线人员)."""
    # one character at a time, folded (full width, Traditional): this runs once per claim
    first, last = _fold1(figure[:1]), _fold1(figure[-1:])
    previous, following = _fold1(before[-1:]), _fold1(after[:1])
    if first in _ARABIC or first in _CHINESE:
        if not _starts_whole(first, before, previous):
            return False
    if last in _ARABIC or last in _CHINESE or last in _SOME_MORE:
        if not _ends_whole(last, after, following):
            return False
    # a space may stand between a qualifier and the figure (接近 300亿, 30家 以上)
    if previous in _PREFIX_ENDS or previous in _SPACE:
        near_before = before.rstrip(_SPACES)
        if _fold1(near_before[-1:]) in _PREFIX_ENDS and (
                near_before.translate(_FOLDED).endswith(_PREFIXES)):
            return False
    if following in _SUFFIX_STARTS or following in _SPACE:
        near_after = after.lstrip(_SPACES)
        return not (_fold1(near_after[:1]) in _SUFFIX_STARTS
                    and near_after.translate(_FOLDED).startswith(_SUFFIXES))
    return True


def _starts_whole(first: str, before: str, previous: str) -> bool:
    """Whether nothing of the number that ``first`` starts stands in ``before``."""
    if previous in _SIGNS:
        return False
    if first in _ARABIC:
        if previous in _ARABIC or (previous == "." and _fold1(before[-2:-1]) in _ARABIC):
            return False
        # 2亿5000万: a number goes on after a magnitude word
        return not (previous in _MAGNITUDES and _fold1(before[-2:-1]) in _ARABIC | _CHINESE)
    if previous in _APPROXIMATELY or (first in _MAGNITUDES and previous in _ARABIC):
        return False  # 数十万, 几百家; 3千万
    return previous not in _CHINESE or (previous == "一" and _fold1(before[-2:-1]) not in
                                        _CHINESE)  # 唯一一家


def _ends_whole(last: str, after: str, following: str) -> bool:
    """Whether nothing of the number that ends with ``last`` stands in ``after``."""
    if last in _ARABIC and (following in _ARABIC or (
            following == "." and _fold1(after[1:2]) in _ARABIC)):
        return False
    # a magnitude word or 多 may stand after a space: 293.9 亿元, 30 多家
    nearest = following if following not in _SPACE else _fold1(after.lstrip(_SPACES)[:1])
    if last in _SOME_MORE:
        return nearest not in _MAGNITUDES  # 300多 in 300多万
    if nearest in _MAGNITUDES or nearest in _SOME_MORE:
        return False
    if last in _MAGNITUDES and following in _ARABIC:
        return False  # 2亿 in 2亿5000万
    return last not in _CHINESE or following not in _CHINESE or (
        following == "一" and _fold1(after[1:2]) not in _CHINESE)  # 30万一线


def _fold1(char: str) -> str:
    """One character (or none), folded."""
    return _FOLDED[ord(char)] if char else ""


def mojibake_spans(text: str) -> list[tuple[int, int]]:
    """Spans that look like mis-decoded text (``?!鄙钲冢``), for warnings."""
    return [(m.start(), m.end()) for m in _MOJIBAKE.finditer(text)]


def fold(text: str) -> str:
    """``normalise(text).text``, without the offsets: one regex pass and one translation."""
    return _DROPPED.sub("", text).translate(_FOLDED)


@functools.lru_cache(maxsize=1 << 18)
def fold_text(text: str) -> str:
    """:func:`fold`, memoised: names and figures recur (an archive has ~10^5 aliases)."""
    return fold(text)
