"""Line and column of offsets into a text, from one index of its line starts.

Counting the line breaks before every mention reads the text again for each one, which
on a long text with many mentions costs the square of its length; the index is built once
per text and searched by bisection.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right

__all__ = ["break_before", "line_bounds", "line_col", "line_starts", "undecodable_at"]


_BREAK = re.compile("\r\n|\r|\n")


@functools.lru_cache(maxsize=16384)  # an archive has thousands of articles; each index is small
def line_starts(text: str) -> tuple[int, ...]:
    """The offset where each line of ``text`` starts: 0 and one past every line break.

    A line ends at ``\n``, ``\r\n`` or a lone ``\r`` (an article saved by an old Mac
    editor has only those), as YAML and text editors count lines.
    """
    starts = [0]
    if "\r" in text:
        starts.extend(match.end() for match in _BREAK.finditer(text))
        return tuple(starts)
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return tuple(starts)


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset of ``text``."""
    starts = line_starts(text)
    line = bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the line that holds ``start`` begins, and where the line that holds ``end``
    ends (before its line break).

    Returns:
        ``(line start, line end)``; the line end is ``len(text)`` on the last line.
    """
    starts = line_starts(text)
    after = bisect_right(starts, end)
    last = break_before(text, starts[after]) if after < len(starts) else len(text)
    return starts[bisect_right(starts, start) - 1], last


def break_before(text: str, next_start: int) -> int:
    """The offset of the line break that ends at ``next_start`` (a line's start)."""
    if next_start >= 2 and text[next_start - 2:next_start] == "\r\n":
        return next_start - 2
    return next_start - 1


def undecodable_at(raw: bytes, start: int) -> tuple[int, int]:
    """1-based line and column of the byte at ``start`` of ``raw``, the first that UTF-8
    cannot decode (``UnicodeDecodeError.start``): the column counts characters, as every
    other column does, and a line ends where :func:`line_starts` ends one."""
    # what comes before the first bad byte decodes; a byte-order mark is no column, as an
    # editor counts them and as the text read has none
    before = raw[:start].decode("utf-8").removeprefix("\ufeff")
    breaks = list(_BREAK.finditer(before))
    line_start = breaks[-1].end() if breaks else 0
    return len(breaks) + 1, len(before) - line_start + 1
