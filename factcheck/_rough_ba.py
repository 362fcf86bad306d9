"""A rough figure with 把: 千把人 is "about a thousand people".

把 after a magnitude word that no numeral comes before (百把, 千把, 万把) makes the figure
rough, about so many: 百把块钱 is about a hundred yuan, 万把块 about ten thousand; and 个把
before a span or a person (个把月, 个把人) is one or so. factcheck reads no such figure: the
loader refuses it (and the magnitude word of it alone, 千 of 千把人, which loaded as exactly
1000 people) and extract lists it whole, unproposed. 把 after a number is a measure word
(三把椅子, 一千把椅子: three chairs, a thousand chairs), and 一把手 (the top leader), 把手
(a handle), 把握 and the like are words, none of them rough.
"""

from __future__ import annotations

import re

__all__ = ["ROUGH_BA_RE", "rough_ba_around"]

#: 百把, 千把, 万把 with no numeral or vague word before them (一千把椅子 counts chairs,
#: 上千把 and 数千把 are vague already, 秋千把 is a swing that 把 follows), and 个把
#: before a span or a person (个把月; 这个把手 is a handle); not where 把 starts a word
#: (把手, 把握, 把关 ...). Folded text.
ROUGH_BA_RE = re.compile(
    "(?<![0-9０-９零〇○一二两三四五六七八九十百千万亿几数上成秋])"
    "(?:[百千万]|(?<![这那哪每某整半])个(?=把(?:月|星期|礼拜|钟头|小时|人)))"
    "把(?![手柄握关持守控戏脉门玩式头])")


def rough_ba_around(folded: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """Where the rough figure with 把 (千把 of 千把人) that the value at ``span`` of the
    folded text ``folded`` takes in, or is part of, starts and ends; None where none is."""
    for m in ROUGH_BA_RE.finditer(folded, max(0, span[0] - 2), min(len(folded), span[1] + 2)):
        if m.start() < span[1] and span[0] < m.end():
            return m.span()
    return None
