"""A date part in brackets, as Taiwan's Central News Agency (中央社) writes one.

``衛福部今（15）日公布`` is "announced today, the 15th"; ``上（3）月`` is last month, March,
and ``本（112）年`` this year, 民國112. The number in brackets between a word of when (今,
上, 本, 明, 昨, 前, 去, 次, 下) and 日, 月 or 年 names the day, month or year that word
means: a date part, never 15 days, 3 months or 112 years, and no count. The loader refuses
it as an amount and extract lists it as a date it does not read.
"""

from __future__ import annotations

import re

__all__ = ["BRACKETED_DATE_RE", "bracketed_date_around"]

#: a word of when, a number in brackets (full- or half-width) and 日, 月 or 年 (folded)
BRACKETED_DATE_RE = re.compile(
    "[今上本明昨前去次下][（(][ \u3000]*(?:[0-9０-９]{1,4}|[〇○零一二三四五六七八九十百]{1,6})"
    "[ \u3000]*[）)][日月年]")
# what of it comes before and after the number
_BEFORE_RE = re.compile("[今上本明昨前去次下][（(][ \u3000]*$")
_AFTER_RE = re.compile("[ \u3000]*[）)][日月年]")


def bracketed_date_around(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """Where the bracketed date part (今（15）日) that the figure at ``span`` of ``text``
    (folded) is the number of starts and ends, or None."""
    before = _BEFORE_RE.search(text, max(0, span[0] - 4), span[0])
    after = _AFTER_RE.match(text, span[1])
    if before is None or after is None:
        return None
    return before.start(), after.end()
