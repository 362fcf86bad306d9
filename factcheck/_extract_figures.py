"""The extract scan's figures: a numeral grown into a mention with its unit.

From the numeral (``factcheck._numerals.scan_numeral``): a range (10-20元, 三至五家), 多
or 余, a unit or classifier, a rate (3元/斤, 两天一层楼), 以上/左右, and for durations a
trailing 间/来; a number without a unit (a year, an identifier, N大); then the figure's
value as the loader reads it (``factcheck._numbers.parse_figure``).
"""

from __future__ import annotations

import re

from ._change_by_to import change_reading
from ._dates import parse_period
from ._extract_lexicon import (
    CHENG_AND_TENTHS_RE,
    CHENG_SOME_MORE_RE,
    CN_START,
    DISCOUNT_RE,
    ONE_UNITS,
    PER_AFTER_UNIT_RE,
    PHASE_NOUNS,
    SPLIT_UNITS,
    TIME_UNITS,
    UNIT_RE,
    currency_before,
    currency_in_figure,
    exchange_rate_into,
    latin_scale_span,
    metres_and_centimetres,
    numbered_noun_after,
    reads_as_an_amount,
    second_home,
    time_parts_end,
    years_ago,
    yuan_and_coins,
)
from ._extract_mention import Kind
from ._extract_state import POSITION_AFTER_UNIT
from ._extract_units import UnitReading
from ._extract_vague import lower_place_end
from ._extract_view import unit_text
from ._line_breaks import after_line_breaks
from ._near_span import NearSpan, may_be_a_year, near_span_reading
from ._numbers import VARYING, Qualifier, parse_figure, parse_years_ago
from ._numerals import (
    FULLWIDTH,
    MAGNITUDE_RE,
    RANGE_SEPARATORS,
    Numeral,
    compound_some_more,
    months_after_years,
    scan_numeral,
    whole_years,
)
from ._quotes import fold_chars
from ._unit_words import (
    MEGA_UNIT_TAILS,
    currency_unit,
    digits_after,
    level_after,
    levels_counted,
)
from ._whole_figure import (
    CLAUSE_BEFORE,
    COUNTING_AFTER_UNIT,
    ENDS_A_FIGURE,
    ENDS_AFTER_YOU_YU,
    NOT_DECADE,
)

# a digit after 点 makes it a decimal point (3点5), not the measure word of points
_NUMERAL_GOES_ON = re.compile(r"[0-9零〇一二两三四五六七八九十]")

# Units after which 多, 余 or 半 belong to the figure (3年多, 一年半, 3倍多, 30%多).
_TAIL_UNITS = (TIME_UNITS - SPLIT_UNITS) | {"倍", "%", "成"}
_MANY_WORDS = frozenset(("多元", "多样", "多种", "多彩", "多功", "多方", "多维"))  # 5年多元化
_TIME_UNIT_ENDS = tuple(TIME_UNITS)


def _per_word(per: re.Match[str]) -> str:
    """The per-unit that ``per`` (of ``RATE_MEASURES`` or ``PER_AFTER_UNIT_RE``) matched."""
    return per.group(per.lastindex or 1)


class FigureReading(UnitReading):
    """The figures of a scan: a numeral grown into a mention with its unit."""

    def _grow(self, i: int, num: Numeral, is_cn: bool) -> int | None:
        f = self.f
        tenths = CHENG_AND_TENTHS_RE.match(f, num.end)
        if tenths is not None:
            # 三成五 is 35%, which the loader does not read: listed whole without a value,
            # never as 三成, 30%
            a, qualifier = self._prefix(i)
            return self._emit(a, tenths.end(), "percentage", unit="", qualifier=qualifier)
        lower = lower_place_end(f, num.end)
        if lower is not None:
            # 一千几百元 is 1100 to 1900元, which the loader does not read: listed whole
            # without a value, never as 一千 times 几百 (100000元)
            a, qualifier = self._prefix(i)
            magnitude = MAGNITUDE_RE.match(f, lower)  # the 万 of 三千几百万元
            end = lower if magnitude is None else magnitude.end()
            word = UNIT_RE.match(f, end)
            return self._emit(a, end if word is None else word.end(),
                              self._kind(None if word is None else word.group()),
                              unit="", qualifier=qualifier)
        if DISCOUNT_RE.match(f, num.end) and f[i:num.end] not in ("百", "千") and not (
                f.endswith("一波", 0, i)):
            # 七折 (五折起) is paying 70% (50% and more), which the loader does not read:
            # listed whole without a value, never as 七 or 8.5 (7%, 8.5%); not 百折不挠 nor
            # 一波三折, no discounts
            a, qualifier = self._prefix(i)
            end = num.end + 1 + f.startswith("起", num.end + 1)
            return self._emit(a, end, "percentage", unit="", qualifier=qualifier)
        if f.startswith("兆", num.end) and not f.startswith(MEGA_UNIT_TAILS, num.end + 1):
            # 23.6兆元, 兩兆元: a magnitude word the loader does not read (10**12 in Taiwan,
            # 10**6 as an SI prefix), listed whole without a value, never as 23.6
            a, qualifier = self._prefix(i)
            end = num.end + 1
            tail = scan_numeral(f, end)  # 1兆5000億元: one figure, never 1兆 and 5000億元
            if tail is not None and tail.end > end:
                end = tail.end
                magnitude = MAGNITUDE_RE.match(f, end)
                end = end if magnitude is None else magnitude.end()
            word = UNIT_RE.match(f, end)
            return self._emit(a, end if word is None else word.end(), "quantity",
                              unit="", qualifier=qualifier)
        if not is_cn and num.end < self.n and (f[num.end].isdigit() or f[num.end] in "零〇"):
            compound = compound_some_more(f, num)
            if compound is not None:  # 1亿5000多万元: one figure, some more than 1.5亿
                return self._grown(i, num, is_cn, compound[1], self._unit_at(compound[1]),
                                   True)
        if f.startswith("来", num.end):
            word = UNIT_RE.match(f, num.end + 1)
            if word is not None:
                # 30来家, 十来年: about 30, about ten, which the loader does not read: listed
                # whole without a value, never as 30 or nothing
                a, qualifier = self._prefix(i)
                return self._emit(a, word.end(), self._kind(word.group()), unit="",
                                  qualifier=qualifier)
        k = num.end
        unit = self._unit_at(k, num.value)
        # a range: 10-20元, 三至五家, 1-3万, 10元-20元; 3年2个月至4年 (in months)
        left_months = self._months_after(unit, num)
        sep_at = left_months[1] if left_months else unit[0] if unit else k
        left_per = self._per(sep_at) if unit is not None and not left_months else None
        if left_per is not None and f[left_per.end() : left_per.end() + 1] in RANGE_SEPARATORS:
            sep_at = left_per.end()  # 3元/斤-5元/斤: the per-unit on both ends
        else:
            left_per = None
        # across 到, a unit on the low end makes two figures (从10元到20元), unless 不等
        # "varying" follows the high end: 从10万元到30万元不等 is one range
        across = f[sep_at : sep_at + 1] == "到" and unit is not None
        if sep_at < self.n and f[sep_at] in RANGE_SEPARATORS and not (
                f[sep_at] in "至到" and change_reading(
                    f[max(0, sep_at - CLAUSE_BEFORE) : sep_at], f[sep_at + 1 : sep_at + 13]
                ) in ("by-to", "unsure")):
            # (人口减少2.4万人至749.8万人: a change by X to Y, two figures and no range)
            right = scan_numeral(f, sep_at + 1, signed=True)  # -5%至-3%, as the grammar
            if right is not None and (f[sep_at + 1] in CN_START) == is_cn:
                right_unit = self._unit_at(right.end)
                if unit is None and right_unit is None and f.startswith("点", right.end) and \
                        not _NUMERAL_GOES_ON.match(f, right.end + 1):
                    # 提出3-5点建议: 3 to 5 points, as the loader reads 3-5点 (a range of
                    # hours, 上午9-11点, is read above as a clock time)
                    right_unit = (right.end + 1, "点")
                same = unit is None or (right_unit is not None and right_unit[1] == unit[1])
                if left_per is not None and same:  # 3元/斤-5元/斤, but not 3元/斤-5元/吨
                    right_per = self._per(right_unit[0]) if right_unit is not None else None
                    same = right_per is not None and _per_word(right_per) == _per_word(left_per)
                right_months = self._months_after(right_unit, right)
                if right_unit is not None and (left_months or right_months):
                    # in months; 3至4年3个月 and 5年至4年3个月 are one mention and no figure
                    right_unit = (right_months[1] if right_months else right_unit[0], "个月")
                varying = right_unit is not None and f.startswith(VARYING, right_unit[0])
                if across and not (varying and not left_months and not right_months and (
                        left_per is None)):
                    same = False
                if same and (f[sep_at] != "到" or right_unit is not None or (
                        level_after(f[right.end : right.end + 2]))):  # 7到8级: levels
                    end = right_unit[0] if right_unit else right.end
                    if level_after(f[end : end + 2]):
                        # 8至10级大风, 5-6级地震: a range of levels is a level, no amount, as
                        # 12级 is, and as the loader reads it
                        return self._emit(i, end + 1, "ordinal")
                    kind = self._kind(right_unit[1] if right_unit else None)
                    per = None if right_unit is None or right_months else self._per(end)
                    if per is not None:  # 3-5元/斤, 3至5元每斤: a range of rates, one figure
                        end, kind = self._per_end(per), "quantity"
                    # a range the grammar does not read (5年至4年, low above high) is one
                    # mention without a number, not its low end as a figure; so is one with
                    # a qualifier (约3%至5%, 3%至5%左右), which the loader refuses whole
                    a, _ = self._prefix(i)
                    end += len(VARYING) if across else len(self._suffix(end))
                    return self._figure(a, i, end, end, right_unit[1] if right_unit else None,
                                        kind, None, unit_from=right.end, per=per,
                                        low_end=False)
        if unit is None and not is_cn and f.startswith("点", k) and not (
                _NUMERAL_GOES_ON.match(f, k + 1)) and f[k + 1 : k + 2] != "多":
            # 提出3点建议: 3 points, as the loader reads 3点 and as 3-5点 is listed (a clock
            # time, 下午3点 or 3点开会, is read above; 3点5 is a decimal, 3点多 a time too)
            unit = (k + 1, "点")
        k, unit, some_more = self._some_more_after(num, k, unit)
        if unit is None and f.startswith("个多月", num.end):
            unit = (num.end + 3, "个多月")
        return self._grown(i, num, is_cn, k, unit, some_more)

    def _grown(self, i: int, num: Numeral, is_cn: bool, k: int, unit: tuple[int, str] | None,
               some_more: bool) -> int | None:
        """The figure of the numeral ``num`` at ``i`` read to ``k`` (after its 多 and
        magnitude word, when ``some_more``), with the unit that follows, or None."""
        f = self.f
        numeral = f[i : num.end]
        if unit is not None and unit[1] == "年" and f.startswith("代", unit[0]) and \
                f[unit[0] + 1 : unit[0] + 2] not in NOT_DECADE:
            return self._emit(i, unit[0] + 1, "date")  # 1995年代: a decade, not 1995 years
        if unit is not None and unit[1] == "年" and not some_more and whole_years(num):
            months = months_after_years(f, unit[0])
            if months is not None:
                unit = (months[1], "个月")  # 四年零三个月: one figure, 51个月
        if unit is not None and f.startswith(POSITION_AFTER_UNIT.get(unit[1], "\0"), unit[0]):
            return self._emit(i, unit[0] + 1, "ordinal")  # 一周年: an anniversary; 三年级
        if unit is not None and unit[1] == "位" and digits_after(f[unit[0] - 1 : unit[0] + 4]):
            # 两位数增长: double digits, no persons (but 两位数学家 are two mathematicians)
            return self._emit(i, unit[0] + 1, "ordinal")
        end = k if unit is None else unit[0]
        if level_after(f[end : end + 2]):
            if unit is None and not some_more and levels_counted(
                    f[max(0, i - 2) : i], num.value, f[end + 1 : end + 3]):
                # 连升3级, 分为4级, 3级台阶: levels or steps counted, as the loader reads them
                a, qualifier = self._prefix(i)
                return self._figure(a, i, end + 1, end + 1, "级", "quantity", qualifier)
            # 4级地震, 千亿级产业集群, 10万吨级码头: a level or a class, no amount, as the
            # loader reads it
            return self._emit(i, end + 1, "ordinal")
        if unit is not None and unit[1] == "期" and (
                numeral in ("二", "貳", "贰") or f.startswith(PHASE_NOUNS, unit[0])):
            # 园区二期: phase two, not two phases, which is 两期; 一期工程, 三期项目: phase
            # one and three (but 一期节目 is an episode, 分三期 three phases)
            return self._emit(i, unit[0], "ordinal")
        if unit is not None and unit[1] == "套" and (
                home := second_home(f[i : unit[0]], f[unit[0] : unit[0] + 2])) is not None:
            return self._emit(i, unit[0] + len(home), "ordinal")  # 二套房: the second home
        a, qualifier = self._prefix(i)
        near = None
        reading: NearSpan = "the last"
        if unit is not None and qualifier == "just-under" and unit[1] in TIME_UNITS and \
                self.f[a] == "近":
            # 近两年 is "the last two years" at a clause's start or before 来 (近两年来), but
            # "almost two years" after a word of how long (历时近两年): near_span_reading
            if not may_be_a_year(self.f[i : unit[0]].translate(FULLWIDTH)):
                reading = near_span_reading(self.f[max(0, a - 8) : a],
                                            self.f[unit[0] : unit[0] + 3])
            near = a
            a, qualifier = i, None
        if unit is None:
            return self._bare(a, i, num, is_cn, qualifier, k, some_more)
        if is_cn and numeral in ("一", "壹") and unit[1] not in ONE_UNITS:
            return None  # 一家医院, 一批: the indefinite article
        end = unit[0]
        per = self._per(end)
        if per is None and unit[1] == "米" and (
                tail := metres_and_centimetres(f, end - 1)) is not None:
            # 1米75, 一米八: 1.75 m, 1.8 m, which the loader does not read: listed whole
            # without a value, never as 1米 (and 75)
            return self._emit(a, tail, "quantity", unit="", qualifier=qualifier)
        if per is None and unit[1] in ("元", "块") and (tail := yuan_and_coins(
                f, end - 1)) is not None:
            # 1元5角, 3块5毛: 1.5元, 3.5元, which the loader does not read: listed whole
            # without a value, never as 1元 (and 5 a coin)
            return self._emit(a, tail, "quantity", unit="", qualifier=qualifier)
        if per is None and (tail := time_parts_end(f, end)) is not None:
            # 2小时30分钟, 1分55秒38, 9秒58: a time in parts, which the loader does not read:
            # listed whole without a value, never as 2小时 (and 30分钟)
            return self._emit(a, tail, "duration", unit="", qualifier=qualifier)
        core_end = end
        if per is not None and per.re is PER_AFTER_UNIT_RE:
            end = per.end()
            if qualifier is None:
                end += len(self._suffix(end))  # 3元/斤以上, as 3元以上
            core_end = end
        elif per is not None:
            end = core_end = self._per_end(per)
        else:
            # 多, 余 or 半 after the unit: 3年多 is (3, 4) years, 一年半 1.5, 3倍多 more than 3;
            # after any other unit where the loader reads it so (5个百分点多。, 1米多。)
            # (with a qualifier before, 约3年多, it is one mention the loader reads no
            # figure in, never 约3年, which it refuses as part of one)
            tail = fold_chars(f[end : end + 1]) in COUNTING_AFTER_UNIT and \
                fold_chars(f[end + 1 : end + 2]) in ENDS_A_FIGURE
            if not some_more and unit[1] == "成" and CHENG_SOME_MORE_RE.match(f, end - 1):
                end = core_end = end + 1  # 两成几: (20%, 30%), as 两成多, never 两成
                some_more = True
            elif not some_more and end < self.n and f[end] in "多余半" and \
                    f[end : end + 2] not in _MANY_WORDS and (unit[1] in _TAIL_UNITS or tail) and \
                    (tail or parse_figure(self.f[a : end + 1]) is not None):
                end += 1
                core_end = end
                some_more = f[end - 1] != "半"
                if not some_more and f[end : end + 1] in ("多", "余") and \
                        parse_figure(self.f[a : end + 1]) is not None:
                    end = core_end = end + 1  # 一年半多: (1.5, 2) years, never 一年半
                    some_more = True
            elif not some_more and f.startswith("有余", end) and f[k:end] == unit[1] and \
                    after_line_breaks(f[end + 2 : end + 26])[:1] in ENDS_AFTER_YOU_YU:
                end = core_end = end + 2  # 一年有余: (1, 2) years, as 一年余 (not 30家有余力)
            if near is not None and (reading != "the last" or not f[i:end].endswith(
                    _TIME_UNIT_ENDS)):
                # "almost" where some more or a half ends the figure (近一年半, 近3年多), as
                # the loader reads 近 then, or after a word of how long (历时近5年)
                a, qualifier = near, "just-under"
                if reading == "unsure" and f[i:end].endswith(_TIME_UNIT_ENDS):
                    # 全市近3年新增: "almost" or "the last", which the loader does not
                    # guess: listed whole without a value, never as 3年 or 近3年
                    return self._emit(a, end, "duration", unit="", qualifier=qualifier)
            # a second qualifier goes with it too (约14个以上, 300多家以上): one mention,
            # which the loader refuses whole, not a part of the figure it would refuse
            end += len(self._suffix(end))
            core_end = end
        kind = "quantity" if per is not None else self._kind(unit[1])
        if kind == "duration" and f[end : end + 1] in ("间", "来"):
            end += 1
        elif kind == "duration" and f.startswith("以来", end):
            end += 2
        return self._figure(a, i, core_end, end, unit[1], kind, qualifier,
                            unit_from=k, per=per)

    def _bare(self, a: int, i: int, num: Numeral, is_cn: bool, qualifier: Qualifier | None,
              k: int, some_more: bool) -> int | None:
        f = self.f
        numeral = f[i : num.end]
        if f.startswith("大", num.end) and not some_more and num.magnitude == 1:
            if 2 <= num.value <= 10:
                return self._figure(i, i, num.end + 1, num.end + 1, "大", "quantity", None)
            if is_cn and 10 < num.value <= 30:
                return self._emit(i, num.end + 1, "identifier")  # 十九大: a party congress
            if num.value == 1:
                return None
        # 评分8.5以上, 年龄60左右: a qualifier after a number without a unit, as after one
        # with a unit (the loader reads 8.5以上, and refuses 8.5 of it as part of the figure)
        end = k + len(self._suffix(k))
        if is_cn:
            composed = len(numeral) >= 2 and any(c in "十百千万亿" for c in numeral)
            if not composed:
                return None
            return self._figure(a, i, end, end, "", "quantity", qualifier)
        plain_int = numeral.isdigit()
        if plain_int and f.startswith("号", num.end):  # 门牌88号, 101号院: a number that names
            end = num.end + 1 + numbered_noun_after(f[num.end + 1 : num.end + 6],
                                                    f[max(0, i - 3) : i])
            return self._emit(i, end, "identifier")
        if plain_int and qualifier is None and i and f[i - 1] in "升降":
            return self._emit(i, num.end, "ordinal")  # 三镇升6: a league rank
        if plain_int and qualifier is None and not some_more:
            if len(numeral) == 4 and 1800 <= int(numeral) <= 2199:
                return self._emit(i, num.end, "date", period=parse_period(numeral))
            if len(numeral) >= 5:
                return self._emit(i, num.end, "identifier")
        return self._figure(a, i, end, end, "", "quantity", qualifier)

    def _currency_unit(self, a: int, core: str, unit: str, end: int) -> str | None:
        """The unit word of the currency written right before the figure ``core`` at ``a``
        in ``unit`` (元 or none; or inside it, after its qualifier), which ends at ``end``:
        新台幣 of 新台幣12億元, 港元 of HK$3億, 元 of 人民币300亿; None where there is none,
        or a sign of more than one ($, ¥), or a currency that a number without a unit is an
        exchange rate into (日元 of 美元兑日元150), or a bare number that may be no amount
        (2.0 of 数字人民币2.0版本, 3 of 美元3连涨: :func:`reads_as_an_amount`)."""
        plain = self.v.plain
        before = currency_before(plain, a)
        if before is not None and not unit and exchange_rate_into(plain, a, before):
            return None
        money = before or currency_in_figure(core)
        if money is None or (not unit and not reads_as_an_amount(money, core)):
            return None
        return currency_unit(money)

    def _figure(self, a: int, i: int, core_end: int, end: int, unit: str | None, kind: Kind,
                qualifier: Qualifier | None, *, unit_from: int | None = None,
                per: re.Match[str] | None = None, low_end: bool = True) -> int | None:
        """Emit the figure ``[a, end)``; where the grammar reads none, its number is the
        numeral at ``i`` if ``low_end``, else None (and no qualifier)."""
        plain = self.v.plain
        core = plain[a:core_end]
        # The folded core for 个多月 and 个半月, as for the Traditional 個多月.
        read = parse_years_ago if years_ago(plain[max(0, a - 6) : a]) else parse_figure
        figure = read(self.f[a:core_end] if unit in SPLIT_UNITS else core)
        number = high = None
        if figure is not None:
            number = figure.number.value
            high = None if figure.high is None else figure.high.value
            qualifier = figure.qualifier
        elif low_end:
            num = scan_numeral(self.f, i)
            compound = None if num is None else compound_some_more(self.f, num)
            if compound is not None:
                number = compound[0].value  # 约1亿5000多万: 1.5亿, not 1亿
            else:
                number = None if num is None else num.value * self._scale_after_some_more(num)
        else:
            qualifier = None
        scaled = None if kind != "quantity" or not (
            currency_before(plain, a) or currency_in_figure(core)) else latin_scale_span(
            plain[a:end], plain[end:end + 12])
        if scaled is not None:
            # HK$200m listed as 200 metres, US$50bn as 50 US dollars: a Latin scale word
            # after an amount in a currency, which the loader does not read, listed whole
            # without a value
            return self._emit(a, end + scaled[1], kind, unit="", qualifier=qualifier)
        written = unit_text(plain, self.f, unit, unit_from, core_end, per)
        if unit in ("元", ""):  # 新台幣12億元: the 元 is the currency written before it (also
            # after a qualifier: 約新台幣300億元), and so is the unit of 日圓300萬 or HK$3億
            written = self._currency_unit(a, core, unit, end) or written
        # the value is the core: 来, 间 or 以来 after a span of time is no part of it (20年 of
        # 20年来, as the loader reads it, which refuses the unit word 年来)
        return self._emit(a, end, kind, unit=written, qualifier=qualifier, number=number,
                          high=high, value=core if core_end < end else None)
