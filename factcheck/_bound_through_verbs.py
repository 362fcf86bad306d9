"""A bound word that stands before its figure with verbs between them.

``至少新增就业1万人`` is "at least 10,000 new jobs": 至少 bounds 1万人 through the verb
新增 and its object 就业, as ``最多可获得50万元补贴`` (up to 500,000 元 of subsidy),
``最高可达50万元`` and ``最高奖励100万元`` bound theirs. The figure alone, 1万人 or 50万元,
then reads as an exact amount the article never gives. Where the bound word stands right
before the figure (至少1万人, 最多50万元) or before a verb the qualifiers know (至少有, 最多达)
the figure reads bounded; here the loader refuses the figure alone and extract lists it with
no claim proposed.

Only a narrow form is read: the bound word (至少 最少 起码 最多 至多 最高 最低 不少于 不超过
不低于 不高于), directly followed by a verb of what may be had, given or needed (可, 能, 将, 要,
会, 新增, 获得, 奖励, 补贴, 达, 达到, 只需 ...), then at most a few more characters of the
same clause before the figure. So 最高法院判决3人, 最高人民检察院, 最高峰, 最多的一年达3万人
and a maximum named as a statistic, 最高气温30度 or 最高价50元 (the high, the top price:
exact), stay readable.
"""

from __future__ import annotations

import re

from ._quotes import fold_chars

__all__ = ["BOUND_REACH", "bound_sense", "bound_through_a_verb"]

#: how many characters at most stand between the bound word and the figure
BOUND_REACH = 8

_BOUND_WORDS = "至少 最少 起码 最多 至多 最高 最低 不少于 不超过 不低于 不高于"
# the verbs that start what the bound reaches through, longest first (folded)
_VERBS = sorted(("可 可以 能 能够 将 要 会 新增 获得 获 奖励 补贴 补助 资助 达 达到 给予 "
                 "发放 增加 减少 提供 只需 只要 仅需 需 需要").split(), key=len, reverse=True)
# nouns that begin with one of those verbs (最低能耗, 最高会议, 最高将领, 最高达标率)
_NOUNS = ("能源 能耗 能力 能量 能效 能级 会议 会计 会员 会长 将领 将军 达标 要求 要素 需求"
          .split())
# the bound word, its verb, and up to the reach of characters that are no digit, numeral,
# clause mark or space (but 一次性, "one-off", of 最高可获得一次性补贴), right up to the
# end of the text before the figure
_BOUND_RE = re.compile(
    f"({'|'.join(_BOUND_WORDS.split())})(?!{'|'.join(_NOUNS)})(?:{'|'.join(_VERBS)})"
    "(?:一次性|[^0-9０-９〇○零一二两兩三四五六七八九十百千万亿,，.。;；:：!！?？、\\s])*$")


def bound_through_a_verb(before: str) -> str | None:
    """The bound word (至少, 最高 ...) that ``before``, the text right before a figure,
    writes with verbs between it and the figure (至少新增就业 before 1万人, 最高可达 before
    50万元), as it stands in ``before``; None where there is none within
    :data:`BOUND_REACH`."""
    tail = before[-(BOUND_REACH + len("不少于")):]
    m = _BOUND_RE.search(fold_chars(tail))
    if m is None or len(tail) - m.end(1) > BOUND_REACH:
        return None
    return tail[m.start(1):m.end(1)]


def bound_sense(bound: str) -> str:
    """What ``bound`` (至少, 最高 ...) says of its figure: "at least" or "at most"."""
    return "at least" if fold_chars(bound) in ("至少", "最少", "起码", "最低", "不少于", "不低于") \
        else "at most"
