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

from ._numerals import DEGREE_SIGNS, MIDDLE_DOTS

if TYPE_CHECKING:
    import opencc

__all__ = ["PINYIN", "FoldTable", "NormalText", "QuoteIndex", "find_all", "find_within", "fold",
           "fold_chars", "fold_text", "mojibake_spans", "normalise", "t2s"]

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


_MIDDLE_DOTS = frozenset(MIDDLE_DOTS)
_DEGREE_SIGNS = frozenset(DEGREE_SIGNS)


@functools.lru_cache(maxsize=65536)
def _fold_char(ch: str) -> str:
    """One character, folded: full-width ASCII to half-width, Traditional to Simplified,
    a unit's middle dot written with another dot (kW•h) to ``·``, and a degree sign
    written with a look-alike (30º, 30˚) to ``°``."""
    if ch in _MIDDLE_DOTS:
        return "·"
    if ch in _DEGREE_SIGNS:
        return "°"
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


class QuoteIndex:
    """:func:`find_all` for many needles in one long normalised text, each in time near its
    number of occurrences rather than the length of the text.

    The text's ``KEY``-character pieces starting at every ``STRIDE``-th offset are indexed
    once. An occurrence of a needle at ``p`` then holds an indexed piece at ``p + d`` for
    every ``d`` with ``p + d`` a multiple of the stride, so one look-up per residue of
    ``d`` (the needle's rarest piece in that residue) gives every candidate, and
    ``str.startswith`` keeps the real ones. A needle too short to hold a piece of every
    residue, or one whose pieces are too common for the look-ups to pay, is searched with
    :func:`find_all` as before. Either way the result is ``find_all(normal, needle)``.

    Args:
        normal: a normalised text.
    """

    STRIDE = 2
    KEY = 3
    SCAN_COST = 64  # a candidate checked costs about as much as this many characters searched

    def __init__(self, normal: NormalText) -> None:
        self.normal = normal
        text, stride, key = normal.text, self.STRIDE, self.KEY
        index: dict[str, list[int]] = {}
        for at in range(0, len(text) - key + 1, stride):
            piece = text[at:at + key]
            positions = index.get(piece)
            if positions is None:
                index[piece] = [at]
            else:
                positions.append(at)
        self._index = index

    def find_all(self, needle: str) -> list[tuple[int, int]]:
        """``find_all(self.normal, needle)``."""
        wanted = fold_text(needle) if len(needle) <= 16 else fold(needle)
        stride, key, size = self.STRIDE, self.KEY, len(wanted)
        if size < stride + key - 1:
            return find_all(self.normal, needle)
        index, text = self._index, self.normal.text
        looked_up = []
        for residue in range(stride):
            # the rarest piece of the needle at an offset of this residue
            looked_up.append(min(
                ((d, index.get(wanted[d:d + key], [])) for d in range(residue, size - key + 1,
                                                                      stride)),
                key=lambda pair: len(pair[1])))
        if sum(len(positions) for _, positions in looked_up) * self.SCAN_COST > len(text):
            return find_all(self.normal, needle)  # common pieces: the C search is faster
        starts = sorted(at - d for d, positions in looked_up for at in positions
                        if at >= d and text.startswith(wanted, at - d))
        offsets = self.normal.offsets
        return [(offsets[at], offsets[at + size - 1] + 1) for at in starts]


def mojibake_spans(text: str) -> list[tuple[int, int]]:
    """Spans that look like mis-decoded text (``?!鄙钲冢``), for warnings."""
    return [(m.start(), m.end()) for m in _MOJIBAKE.finditer(text)]


def fold_chars(text: str) -> str:
    """``text`` folded character by character (width, script), keeping whitespace."""
    return text.translate(_FOLDED)


def fold(text: str) -> str:
    """``normalise(text).text``, without the offsets: one regex pass and one translation."""
    return _DROPPED.sub("", text).translate(_FOLDED)


@functools.lru_cache(maxsize=1 << 18)
def fold_text(text: str) -> str:
    """:func:`fold`, memoised: names and figures recur (an archive has ~10^5 aliases)."""
    return fold(text)
