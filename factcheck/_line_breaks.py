"""A quote read across its line breaks, as the whole-figure check reads the text around a
value: a break inside the quote joins what it parts, a blank line still parts a paragraph."""

from __future__ import annotations

import re

__all__ = [
    "LINE_BREAK",
    "after_line_breaks",
    "read_across_breaks",
]


def read_across_breaks(text: str, start: int, end: int,
                       span: tuple[int, int]) -> tuple[str, str]:
    """The 12 characters before and after ``span`` with the line breaks inside the quote
    ``[start, end)`` left out: the quote reads across them, and so must the figure (300亿 of
    a quote 接近\n300亿, 3.9亿元 of 29\n3.9亿元). A break outside the quote still parts
    what it parts (a quote 300亿元投资 after a line 图表1 is no 1300亿元; 以上数据 starting
    the line after it no 以上), and a blank line parts a paragraph from the next even
    inside it (30家 of 08:30, a blank line, then 30家企业)."""
    low, high = max(0, span[0] - 24), span[1] + 24
    inside_before, inside_after = text[max(low, start):span[0]], text[span[1]:min(high, end)]
    before = text[low:max(low, start)] + _joined(inside_before)
    after = _joined(inside_after) + text[span[1] + len(inside_after):high]
    return before[-12:], after[:12]


def after_line_breaks(text: str) -> str:
    """``text`` read across its line breaks, as the quote is (有余, a line break, and the
    end of the text is 有余 at the end)."""
    return LINE_BREAK.sub("", text)


def _joined(text: str) -> str:
    """``text`` with its line breaks left out, but for a blank line, kept as one break."""
    return "\n".join(LINE_BREAK.sub("", part) for part in _PARAGRAPH_BREAK.split(text))


# a line break and the whitespace around it (\r\n, a break after an indent)
LINE_BREAK = re.compile(r"\s*[\n\r\v\f\x85\u2028\u2029]\s*")
# a blank line: two line breaks with no more than spaces between (\r\n is one)
_BREAK = r"(?:\r\n|\r(?!\n)|[\n\v\f\x85\u2028\u2029])"
_PARAGRAPH_BREAK = re.compile(rf"{_BREAK}[ \t\u3000\xa0]*{_BREAK}")
