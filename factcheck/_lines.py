"""Line and column of offsets into a text, from one index of its line starts.

Counting the line breaks before every mention reads the text again for each one, which
on a long text with many mentions costs the square of its length; the index is built once
per text and searched by bisection.
"""

from __future__ import annotations

import functools
from bisect import bisect_right

__all__ = ["line_bounds", "line_col"]


@functools.lru_cache(maxsize=16384)  # an archive has thousands of articles; each index is small
def _line_starts(text: str) -> tuple[int, ...]:
    """The offset where each line of ``text`` starts: 0 and one past every ``\\n``."""
    starts = [0]
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return tuple(starts)


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset of ``text``."""
    starts = _line_starts(text)
    line = bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the line that holds ``start`` begins, and the first ``\\n`` at or after ``end``.

    Returns:
        ``(line start, line end)``; the line end is ``len(text)`` when no ``\\n`` follows.
    """
    starts = _line_starts(text)
    after = bisect_right(starts, end)
    line_end = starts[after] - 1 if after < len(starts) else len(text)
    return starts[bisect_right(starts, start) - 1], line_end
