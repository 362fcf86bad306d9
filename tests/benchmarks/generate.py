"""Write a deterministic synthetic claims corpus of any size, with planted conflicts.

Usage::

    python tests/benchmarks/generate.py --claims 100000 --out /tmp/corpus-100k [--seed 1]

The output directory is a corpus root (``sources.yaml`` at its top, so the pytest plugin
collects it) holding:

- ``sources/*.txt``: one article per 20 claims, 30% in Traditional script, written with
  qualifiers (近, 超过, 逾, 突破, 约, 左右, 以上, 多/余), 亿/万 magnitudes, Chinese and
  full-width numerals, thousands separators, and an excluded metadata line in some;
- ``sources.yaml``, ``entities.yaml`` (Traditional aliases), ``metrics.yaml``;
- ``claims/claims-NNNN.yaml``: about N/1000 files of about 1000 claims each (the claims of
  about 50 articles), with those articles' declared checks (sum, share, duration). Quotes
  of Traditional articles are given in either script;
- ``planted.json``: the planted conflicts, each a finding id and the ids of its claims.

The mix: simple facts (half of them stated by two or three articles, sometimes rounded or
qualified, so agreement groups form), dates, cumulative series across articles, complete
and partial sums, shares (with a whole, or a bare count and percentage), and durations.
About 1% of the claims are planted errors: a far-off repeat (agreement), a wrong total
(sum), a wrong or impossible percentage (share), a falling cumulative figure (series), an
elapsed time that does not fit (duration). Each makes exactly one ``conflict`` finding,
and nothing else in the corpus can: every other figure's interval holds its true value.

Only ``random.Random(seed)`` is used and no set is iterated, so the same seed and size give
byte-identical files.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from random import Random

__all__ = ["S2T", "GeneratedCorpus", "generate", "main", "to_traditional"]

# Simplified -> Traditional for every character this module writes that has a different
# Traditional form (from OpenCC s2t, with 為 眾 簽 餘 for 爲 衆 籤 余, and 里 kept as in 公里).
# Each Traditional character folds back to its Simplified one under OpenCC t2s; the test
# tests/benchmarks/test_generate.py checks that against factcheck's own folding.
_S2T_PAIRS = (
    "万萬 与與 专專 业業 东東 两兩 个個 丰豐 为為 于於 云雲 产產 亿億 从從 价價 众眾 "
    "优優 会會 余餘 兰蘭 关關 兴興 册冊 凤鳳 划劃 创創 务務 动動 区區 医醫 华華 协協 "
    "占佔 历歷 厦廈 双雙 发發 台臺 后後 吨噸 团團 园園 围圍 国國 坚堅 备備 头頭 宁寧 "
    "实實 对對 将將 尔爾 岛島 带帶 广廣 庆慶 应應 开開 当當 总總 恒恆 扬揚 报報 据據 "
    "数數 无無 时時 显顯 术術 机機 权權 条條 来來 极極 汉漢 济濟 润潤 温溫 游遊 滨濱 "
    "烟煙 环環 现現 电電 硕碩 积積 税稅 筑築 签簽 粮糧 约約 纳納 纵縱 绍紹 经經 结結 "
    "绕繞 继繼 续續 网網 联聯 苏蘇 范範 药藥 获獲 营營 装裝 规規 计計 订訂 议議 记記 "
    "设設 该該 质質 贵貴 资資 赢贏 车車 达達 过過 迈邁 进進 远遠 连連 郑鄭 银銀 链鏈 "
    "锡錫 长長 门門 阳陽 阶階 陆陸 项項 领領 额額 验驗 龙龍"
)
S2T: dict[str, str] = {pair[0]: pair[1] for pair in _S2T_PAIRS.split()}
_TO_TRADITIONAL = str.maketrans(S2T)
_TO_SIMPLIFIED = str.maketrans({t: s for s, t in S2T.items()})


def to_traditional(text: str) -> str:
    """``text`` with each Simplified character of :data:`S2T` in Traditional script."""
    return text.translate(_TO_TRADITIONAL)


def _fold(text: str) -> str:
    """Text as the loader compares it: Simplified script, no whitespace."""
    return "".join(text.translate(_TO_SIMPLIFIED).split())


CITIES = (
    "深圳 哈尔滨 广州 长春 沈阳 大连 杭州 苏州 南京 武汉 成都 重庆 西安 郑州 济南 青岛 厦门 "
    "福州 长沙 合肥 南昌 昆明 贵阳 南宁 太原 天津 宁波 无锡 东莞 佛山 珠海 温州 烟台 唐山 包头 "
    "兰州 洛阳 扬州 徐州 绍兴"
).split()
BRAND_CHARS = "华兴新宏盛远达通信安泰恒创宇航海天金银龙凤瑞祥和丰源光明东南北西中联众合融智云鑫鼎嘉润博"
SUFFIXES = (
    "科技园 产业园 集团 开发区 工业园 物流园 医药公司 电子公司 汽车公司 港务公司 商务区 "
    "示范区 高新区 实业公司"
).split()
PART_KINDS = (
    "金融项目 科技创新项目 文化旅游项目 现代物流项目 生物医药项目 高端装备项目 新能源项目 "
    "数字经济项目"
).split()
PUBLISHERS = "黑龙江日报 深圳特区报 哈尔滨日报 经济日报 南方日报 长春日报 大连日报 中国经济网".split()
TITLE_TAILS = (
    "跨区域合作迈上新台阶 高质量发展跑出加速度 产业链条持续延伸 营商环境持续优化 "
    "对口合作结出新硕果 项目建设跑出加速度"
).split()
FILLERS = (
    "坚持高质量发展，持续优化营商环境。",
    "双方将进一步深化合作，实现互利共赢。",
    "一批重大项目陆续落地，产业聚集效应逐步显现。",
    "当地积极搭建合作平台，引进先进经验做法。",
    "记者从有关部门获悉，相关工作正在有序推进。",
    "下一步，将继续加大招商引资力度，推动项目早开工、早投产。",
    "与会代表围绕科技创新、现代金融等领域进行了交流。",
    "园区坚持规划引领，推动产业链、创新链深度融合。",
    "各方表示，将以此为契机，推动合作向纵深发展。",
    "该项目建成后，将成为区域经济发展的新引擎。",
)
CHINESE_DIGITS = "零一二三四五六七八九"


def _dec(value: int, places: int) -> str:
    """``value / 10**places`` as an exact decimal with no trailing zeros."""
    whole, rest = divmod(value, 10**places)
    if rest == 0:
        return str(whole)
    return f"{whole}.{str(rest).rjust(places, '0').rstrip('0')}"


Render = Callable[[int], tuple[str, str, str]]  # value -> (number, magnitude word, unit)


def _money(v: int) -> tuple[str, str, str]:  # v in yuan
    if v >= 10**8:
        return _dec(v, 8), "亿", "元"
    if v >= 10**4:
        return _dec(v, 4), "万", "元"
    return str(v), "", "元"


def _counted(unit: str) -> Render:
    def render(v: int) -> tuple[str, str, str]:
        if v >= 10**4 and v % 1000 == 0:
            return _dec(v, 4), "万", unit
        return str(v), "", unit
    return render


def _tenths(unit: str) -> Render:
    return lambda v: (_dec(v, 1), "", unit)


def _wan(unit: str) -> Render:
    return lambda v: (_dec(v, 4), "万", unit) if v >= 10**4 else (str(v), "", unit)


@dataclass(frozen=True)
class Kind:
    """How one kind of figure is written, and its range in integer units."""

    name: str
    render: Render
    low: int
    high: int
    count: bool = False


KINDS = {
    "money": Kind("money", _money, 10**6, 5 * 10**11),
    "firms": Kind("firms", _counted("家"), 3, 60000, count=True),
    "items": Kind("items", _counted("个"), 3, 900, count=True),
    "patents": Kind("patents", _counted("项"), 3, 20000, count=True),
    "people": Kind("people", _counted("人"), 30, 90000, count=True),
    "visits": Kind("visits", _counted("人次"), 1000, 9 * 10**6, count=True),
    "km2": Kind("km2", _tenths("平方公里"), 5, 9000),
    "m2": Kind("m2", _wan("平方米"), 1000, 9 * 10**6),
    "km": Kind("km", _tenths("公里"), 5, 30000),
    "tonnes": Kind("tonnes", _wan("吨"), 100, 9 * 10**6),
    "price": Kind("price", _tenths("元/公斤"), 5, 900),
}


@dataclass(frozen=True)
class MetricSpec:
    """A metric: id, name, kind of figure, and the words before the figure."""

    id: str
    name: str
    kind: str
    phrase: str
    cumulative: bool = False


METRICS = (
    MetricSpec("investment_signed", "签约投资额", "money", "签约总投资额达"),
    MetricSpec("investment_planned", "计划总投资", "money", "计划总投资"),
    MetricSpec("output_value", "年产值", "money", "实现年产值"),
    MetricSpec("tax_paid", "纳税额", "money", "全年纳税"),
    MetricSpec("revenue", "营业收入", "money", "实现营业收入"),
    MetricSpec("projects_signed", "签约项目数", "items", "签约项目"),
    MetricSpec("jobs", "带动就业人数", "people", "带动就业"),
    MetricSpec("visitors", "接待游客人次", "visits", "接待游客"),
    MetricSpec("area_planned", "规划面积", "km2", "规划面积"),
    MetricSpec("floor_area", "建筑面积", "m2", "建筑面积"),
    MetricSpec("road_built", "建成道路", "km", "建成道路"),
    MetricSpec("grain_output", "粮食产量", "tonnes", "粮食产量"),
    MetricSpec("retail_price", "零售价格", "price", "零售价格为"),
    MetricSpec("investment_completed", "累计完成投资", "money", "累计完成投资", True),
    MetricSpec("firms_registered", "累计注册企业数", "firms", "累计注册企业", True),
    MetricSpec("patents_granted", "累计专利授权数", "patents", "累计获得专利授权", True),
    MetricSpec("floor_area_built", "累计建成建筑面积", "m2", "累计建成建筑面积", True),
)
SIMPLE = tuple(m for m in METRICS if not m.cumulative)
CUMULATIVE = tuple(m for m in METRICS if m.cumulative)
SUMMABLE = tuple(m for m in METRICS if m.id in ("investment_signed", "investment_planned"))
DAY_METRICS = ("investment_signed", "investment_planned", "projects_signed")
# Metrics with their own sentence templates (shares, dates, durations).
EXTRA_METRICS = (
    ("high_tech_firms", "高新技术企业数"),
    ("high_tech_share", "高新技术企业占比"),
    ("industrial_investment", "工业投资"),
    ("total_investment", "固定资产投资"),
    ("industrial_share", "工业投资占比"),
    ("agreement_signed", "合作协议签订日期"),
    ("construction_started", "开工建设日期"),
    ("construction_time", "建设周期"),
)


def chinese_small(n: int) -> str:
    """1..99 in Chinese numerals (十二, 二十六)."""
    if not 1 <= n <= 99:
        raise ValueError(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else CHINESE_DIGITS[tens] + "十")
    return head + (CHINESE_DIGITS[ones] if ones else "")


def _sig_round(v: int, digits: int, mode: str) -> int:
    """``v`` to ``digits`` significant digits: mode 'floor', 'ceil' or 'half' (up)."""
    unit = int(10 ** max(len(str(v)) - digits, 0))
    q, r = divmod(v, unit)
    if (mode == "ceil" and r) or (mode == "half" and 2 * r >= unit):
        q += 1
    return q * unit


def _unit_of(v: int) -> int:
    """The place of the second significant digit of ``v``."""
    return int(10 ** max(len(str(v)) - 2, 0))


def _is_round(kind: Kind, v: int) -> bool:
    """Whether ``v`` as written is a round number (an integer ending in 0)."""
    number = kind.render(v)[0]
    return "." not in number and number.endswith("0")


def _not_round(kind: Kind, v: int) -> int:
    """The nearest value from ``v`` up that is not written as a round number."""
    step = int(10 ** max(len(str(v)) - 4, 0))
    while step >= 1:
        for k in range(10):
            if not _is_round(kind, v + k * step):
                return v + k * step
        step //= 10
    raise AssertionError(f"no unrounded value near {v}")


def _month_end(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


@dataclass(eq=False)
class Entity:
    """A synthetic entity: id, Simplified name, and the metrics it already has a fact of."""

    id: str
    name: str
    used: dict[str, bool] = field(default_factory=dict)


@dataclass(eq=False)
class ClaimSpec:
    """One claim before it has an id: where it is said and what it says."""

    entity: Entity
    metric: str
    as_of: str
    as_of_end: date
    sentence: str  # Simplified text this claim adds to the article ("" if another does)
    quote: str  # Simplified; a substring of some sentence of the same unit
    value: str
    unit: str | None = None
    id: str = ""
    source: str = ""


@dataclass(eq=False)
class Unit:
    """Claims that one article states together, and the declared check relating them."""

    claims: list[ClaimSpec]
    group: int | None = None  # units of one group go to different articles
    check: dict[str, object] | None = None  # kind and parameters (ClaimSpec references)
    planted: str | None = None  # finding id of a planted conflict ("" for declared checks)
    planted_claims: list[ClaimSpec] = field(default_factory=list)


@dataclass
class GeneratedCorpus:
    """What :func:`generate` wrote: the root, sizes, planted conflicts and statistics."""

    root: Path
    claims: int
    files: int
    sources: int
    planted: list[dict[str, object]]
    stats: dict[str, object]


class _Builder:
    """Makes the facts and their claims, unit by unit, until the claim count is reached."""

    def __init__(self, claims: int, rng: Random) -> None:
        self.rng = rng
        self.target = claims
        self.entities: list[Entity] = []
        self.names: dict[str, bool] = {}
        self.subs: dict[tuple[str, str], Entity] = {}
        self.units: list[Unit] = []
        self.count = 0
        self.groups = 0

    # -- entities and values --------------------------------------------------------------
    def _new_entity(self, name: str | None = None) -> Entity:
        rng = self.rng
        while name is None or name in self.names:
            name = (rng.choice(CITIES) + rng.choice(BRAND_CHARS) + rng.choice(BRAND_CHARS)
                    + rng.choice(SUFFIXES))
        self.names[name] = True
        entity = Entity(f"e{len(self.entities):06d}", name)
        self.entities.append(entity)
        return entity

    def entity_for(self, *metrics: str) -> Entity:
        """An entity with no fact of these metrics yet (every key is then one fact)."""
        entity = None
        for _ in range(3):
            pool = self.entities[-200:]
            if not pool:
                break
            candidate = pool[self.rng.randrange(len(pool))]
            if "-" not in candidate.id and not any(m in candidate.used for m in metrics):
                entity = candidate
                break
        if entity is None:
            entity = self._new_entity()
        for metric in metrics:
            entity.used[metric] = True
        return entity

    def part_entity(self, parent: Entity, kind: str, metric: str) -> Entity:
        key = (parent.id, kind)
        if key not in self.subs:
            sub = self._new_entity(parent.name + kind)
            sub.id = f"{parent.id}-{PART_KINDS.index(kind)}"
            self.subs[key] = sub
        self.subs[key].used[metric] = True
        return self.subs[key]

    def value(self, kind: Kind) -> int:
        """A value of ``kind`` with 2-4 significant digits, the last one not zero."""
        rng = self.rng
        low, high = len(str(kind.low)), len(str(kind.high))
        while True:
            magnitude = rng.randint(low, high)
            digits = min(rng.choice((2, 3, 3, 4)), magnitude)
            mantissa = rng.randrange(10 ** (digits - 1), 10**digits)
            if mantissa % 10 == 0:
                continue
            v: int = mantissa * 10 ** (magnitude - digits)
            if kind.low <= v <= kind.high:
                return v

    def far(self, kind: Kind, v: int) -> int:
        """A value 60-140% above ``v``, not written as a round number."""
        return _not_round(kind, _sig_round(v * self.rng.randint(160, 240) // 100, 3, "half"))

    def group(self) -> int:
        self.groups += 1
        return self.groups

    # -- how figures are written ----------------------------------------------------------
    def written(self, kind: Kind, v: int, *, variant: bool) -> tuple[str, str | None]:
        """The figure for ``v``, and an explicit unit when the text leaves it out.

        ``variant`` asks for a rounded or qualified form; its interval (or its interval
        read as a round number) still holds ``v``, so it can never make a conflict.
        """
        rng = self.rng
        number, magnitude, unit = kind.render(v)
        if not variant:
            if kind.count and v < 100 and rng.random() < 0.3:
                return chinese_small(v) + unit, None
            if kind.count and magnitude == "" and v >= 1000 and rng.random() < 0.1:
                return f"{v:,}{unit}", None
            if kind.count and v < 100 and rng.random() < 0.03:
                return str(v).translate(str.maketrans("0123456789", "０１２３４５６７８９")) + unit, None
            return number + magnitude + unit, None
        form = rng.choice(("round", "near", "over", "about", "around", "at_least", "more"))
        if v < 100 and kind.name not in ("money", "m2", "tonnes"):
            form = "round"
        if form == "round":
            return "".join(kind.render(_sig_round(v, 2, "half"))), None
        if form == "near":  # 近 r: [0.9 r, r), r the next 2-digit value above v
            r = _sig_round(v, 2, "ceil")
            if r == v:
                r += _unit_of(v)
            return "近" + "".join(kind.render(r)), None
        if form in ("over", "at_least"):  # (r, inf) or [r, inf), r below v
            r = _sig_round(v, 2, "floor")
            if r == v:
                r -= _unit_of(v)
            if r <= 0:
                return "".join(kind.render(v)), None
            if form == "at_least":
                return "".join(kind.render(r)) + "以上", None
            word = rng.choice(("超过", "逾", "突破"))
            n, m, u = kind.render(r)
            if kind.name == "money" and m and rng.random() < 0.3:
                return f"{word}{n}{m}", u  # 超过290亿 with `unit: 元`
            return f"{word}{n}{m}{u}", None
        if form in ("about", "around"):  # [r - r/20, r + r/20] holds v
            text = "".join(kind.render(_sig_round(v, 2, "half")))
            return ("约" + text if form == "about" else text + "左右"), None
        r = _sig_round(v, 2, "floor")  # 290多亿元: (290亿, 300亿)
        n, m, u = kind.render(r)
        if r == v or "." in n or int(n) < 10:
            return number + magnitude + unit, None
        return f"{n}{rng.choice('多余')}{m}{u}", None

    def claim(self, entity: Entity, metric: MetricSpec, text: str, unit: str | None,
              as_of: str, end: date) -> ClaimSpec:
        phrase = metric.phrase
        if text[:1] in "近超逾突约" and phrase.endswith(("达", "为")):
            phrase = phrase[:-1]
        quote = f"{entity.name}{phrase}{text}"
        lead = self.rng.choice(("", "", f"{as_of[:4]}年，", "据介绍，", "数据显示，"))
        return ClaimSpec(entity, metric.id, as_of, end, f"{lead}{quote}。", quote, text, unit)

    def as_of(self, metric: MetricSpec) -> tuple[str, date]:
        rng = self.rng
        year = rng.randint(2015, 2023)
        if metric.id in DAY_METRICS:
            day = date(year, 1, 1) + timedelta(days=rng.randrange(365))
            return day.isoformat(), day
        if rng.random() < 0.5:
            return str(year), date(year, 12, 31)
        month = rng.randint(1, 12)
        return f"{year}-{month:02d}", _month_end(year, month)

    def add(self, unit: Unit) -> None:
        self.units.append(unit)
        self.count += len(unit.claims)

    # -- facts ----------------------------------------------------------------------------
    def simple_fact(self, mentions: int, *, plant: bool = False) -> None:
        """One figure stated by ``mentions`` articles; planted: the second one is far off."""
        metric = SIMPLE[self.rng.randrange(len(SIMPLE))]
        entity = self.entity_for(metric.id)
        kind = KINDS[metric.kind]
        v = self.value(kind)
        while plant and v < 100:  # at least three digits: precision far below the gap
            v = self.value(kind)
        if plant:
            v = _not_round(kind, v)
        as_of, end = self.as_of(metric)
        group = self.group()
        claims = []
        for index in range(mentions):
            if plant and index == 1:
                text, unit = "".join(kind.render(self.far(kind, v))), None
            else:
                variant = index > 0 and self.rng.random() < 0.5 and not (plant and index == 0)
                text, unit = self.written(kind, v, variant=variant)
            claims.append(self.claim(entity, metric, text, unit, as_of, end))
        units = [Unit([c], group=group) for c in claims]
        if plant:
            units[1].planted = f"agreement[{entity.id}.{metric.id}]"
            units[1].planted_claims = claims
        for made in units:
            self.add(made)

    def date_fact(self, mentions: int) -> None:
        """A signing date, stated by one or two articles (the second may drop the year)."""
        entity = self.entity_for("agreement_signed")
        rng = self.rng
        day = date(rng.randint(2015, 2023), rng.randint(1, 12), rng.randint(1, 28))
        group = self.group()
        for index in range(mentions):
            text = f"{day.year}年{day.month}月{day.day}日"
            if index > 0 and rng.random() < 0.5:
                text = f"{day.month}月{day.day}日"
            quote = f"{entity.name}合作协议于{text}签订"
            self.add(Unit([ClaimSpec(entity, "agreement_signed", day.isoformat(), day,
                                     f"{quote}。", quote, text)], group=group))

    def series_fact(self, *, plant: bool = False) -> None:
        """A cumulative figure at year ends, growing; planted: one later point falls."""
        rng = self.rng
        metric = CUMULATIVE[rng.randrange(len(CUMULATIVE))]
        entity = self.entity_for(metric.id)
        kind = KINDS[metric.kind]
        points = rng.randint(3 if plant else 2, 5)
        start = rng.randint(2015, 2024 - points)
        first = self.value(kind)
        while plant and first < 1000:  # room for a fall far below the written precision
            first = self.value(kind)
        values = [_not_round(kind, first)]
        while len(values) < points:
            grown = _sig_round(values[-1] * rng.randint(115, 170) // 100, 4, "ceil")
            values.append(_not_round(kind, max(grown, values[-1] + 1)))
        bad = rng.randint(1, points - 1) if plant else -1
        everyone: list[ClaimSpec] = []
        for index, v in enumerate(values):
            year = start + index
            group = self.group()
            mentions = 1 if plant or rng.random() < 0.7 else 2
            for mention in range(mentions):
                if index == bad:
                    low = _sig_round(values[index - 1] * rng.randint(40, 65) // 100, 3, "half")
                    text, unit = "".join(kind.render(_not_round(kind, max(low, kind.low)))), None
                else:
                    text, unit = self.written(kind, v, variant=mention > 0)
                claim = self.claim(entity, metric, text, unit, f"{year}-12-31",
                                   date(year, 12, 31))
                claim.sentence = f"截至{year}年底，{claim.sentence}"
                everyone.append(claim)
                self.add(Unit([claim], group=group))
        if plant:
            self.units[-1].planted = f"series[{entity.id}.{metric.id}]"
            self.units[-1].planted_claims = everyone

    def sum_fact(self, *, plant: bool = False) -> None:
        """A total and 2-4 parts (complete or partial); planted: the total is far off."""
        rng = self.rng
        metric = SUMMABLE[rng.randrange(len(SUMMABLE))]
        parent = self.entity_for(metric.id)
        kind = KINDS["money"]
        kinds = rng.sample(PART_KINDS, rng.randint(2, 4))
        # parts in units of 0.1亿 with a non-zero last digit: never round numbers
        values = [self._part(rng) for _ in kinds]
        total = sum(values)
        complete = plant or rng.random() < 0.7
        if not complete:
            total += rng.randrange(1, 999) * 10**7
        stated = self.far(kind, total) if plant else total
        as_of, end = self.as_of(metric)
        total_claim = self.claim(parent, metric, "".join(kind.render(stated)), None, as_of, end)
        parts = []
        for part_kind, v in zip(kinds, values, strict=True):
            sub = self.part_entity(parent, part_kind, metric.id)
            text = "".join(kind.render(v))
            parts.append(ClaimSpec(sub, metric.id, as_of, end, "", f"{sub.name}总投资{text}",
                                   text))
        parts[0].sentence = "其中，" + "；".join(c.quote for c in parts) + "。"
        unit = Unit([total_claim, *parts],
                    check={"kind": "sum", "total": total_claim, "parts": parts,
                           "complete": complete})
        if plant:
            unit.planted, unit.planted_claims = "", [total_claim, *parts]
        self.add(unit)
        if not plant and rng.random() < 0.3:  # another article restates the total
            unit.group = self.group()
            text, explicit = self.written(kind, total, variant=rng.random() < 0.5)
            again = self.claim(parent, metric, text, explicit, as_of, end)
            self.add(Unit([again], group=unit.group))

    @staticmethod
    def _part(rng: Random) -> int:
        mantissa = rng.randrange(11, 9999)
        return (mantissa + (mantissa % 10 == 0)) * 10**7

    def share_with_whole(self, *, plant: bool = False) -> None:
        """Part, whole and percentage; planted: the percentage is 40-80% too high."""
        rng = self.rng
        entity = self.entity_for("industrial_share", "industrial_investment",
                                 "total_investment")
        kind = KINDS["money"]
        whole = _not_round(kind, max(self.value(kind), 10**8 + 10**6))
        part = _not_round(kind, _sig_round(whole * rng.randint(5, 90) // 100, 3, "half"))
        tenths = (part * 2000 // whole + 1) // 2  # per mille, rounded half up
        if plant:
            tenths = min(tenths * rng.randint(140, 180) // 100, 991)
            tenths += tenths % 10 == 0
        share = _dec(tenths, 1) + ("％" if rng.random() < 0.2 else "%")
        year = rng.randint(2015, 2023)
        as_of, end = str(year), date(year, 12, 31)
        w, p = "".join(kind.render(whole)), "".join(kind.render(part))
        whole_quote = f"{entity.name}全年完成固定资产投资{w}"
        part_quote = f"{entity.name}工业投资{p}"
        share_quote = f"{part_quote}，占全部投资的{share}"
        claims = [
            ClaimSpec(entity, "industrial_investment", as_of, end, "", part_quote, p),
            ClaimSpec(entity, "total_investment", as_of, end, f"{whole_quote}。", whole_quote,
                      w),
            ClaimSpec(entity, "industrial_share", as_of, end, f"{share_quote}。", share_quote,
                      share),
        ]
        unit = Unit(claims, check={"kind": "share", "part": claims[0], "whole": claims[1],
                                   "share": claims[2]})
        if plant:
            unit.planted, unit.planted_claims = "", list(claims)
        self.add(unit)
        if not plant and rng.random() < 0.3:  # another article restates the whole
            unit.group = self.group()
            again = ClaimSpec(entity, "total_investment", as_of, end, f"{whole_quote}。",
                              whole_quote, w)
            self.add(Unit([again], group=unit.group))

    def share_of_count(self, *, plant: bool = False) -> None:
        """A count and a percentage with no whole (the GRIM test); planted: impossible."""
        rng = self.rng
        entity = self.entity_for("high_tech_share", "high_tech_firms")
        while True:
            count = rng.randint(3, 400)
            if count % 10 == 0:
                continue
            if plant:
                tenths = rng.randint(11, 989)
                if tenths % 10 and not _grim_possible(count, tenths):
                    break
                continue
            whole = count * 100 // rng.randint(5, 95) + 1
            tenths = (count * 2000 // whole + 1) // 2
            if whole >= count and 0 < tenths < 1000:
                break
        share = _dec(tenths, 1) + "%"
        written = (chinese_small(count) if count < 100 and rng.random() < 0.3 else str(count))
        written += "家"
        year = rng.randint(2015, 2023)
        as_of, end = str(year), date(year, 12, 31)
        part_quote = f"{entity.name}现有高新技术企业{written}"
        sentence = f"{part_quote}，高新技术企业占比达{share}"
        claims = [
            ClaimSpec(entity, "high_tech_firms", as_of, end, f"{sentence}。", part_quote,
                      written),
            ClaimSpec(entity, "high_tech_share", as_of, end, "", sentence, share),
        ]
        unit = Unit(claims, check={"kind": "share", "part": claims[0], "share": claims[1]})
        if plant:
            unit.planted, unit.planted_claims = "", list(claims)
        self.add(unit)

    def duration_fact(self, *, plant: bool = False) -> None:
        """A start date and an elapsed time to a known end; planted: the time is wrong."""
        rng = self.rng
        entity = self.entity_for("construction_time", "construction_started")
        started = date(rng.randint(2012, 2019), rng.randint(1, 12), rng.randint(1, 28))
        style = rng.choice(("years", "years", "months", "days"))
        if style == "years":  # from a month: 2019年9月 ... 四年
            years = rng.randint(2, 8)
            finished = started + timedelta(days=round(years * 365.25) + rng.randint(-90, 90))
            stated = (years + 2 if years <= 4 else years - 3) if plant else years
            word = ("两" if stated == 2 else CHINESE_DIGITS[stated]) + "年"
            start_text = f"{started.year}年{started.month}月"
            start_as_of = f"{started.year}-{started.month:02d}"
            start_end = _month_end(started.year, started.month)
        else:  # from a day
            if style == "months":
                months = rng.randint(3, 11)
                finished = started + timedelta(days=round(months * 30.44) + rng.randint(-6, 6))
                stated = months + 6 if plant else months
                stated += plant and stated == 10
                word = (chinese_small(stated) if rng.random() < 0.5 else str(stated)) + "个月"
            else:
                days = rng.randint(100, 999)
                days += days % 10 == 0
                # 历时N天 between two days counts both (duration's rule): N - 1 elapse
                finished = started + timedelta(days=days - 1)
                word = f"{days + 200 if plant else days}天"
            start_text = f"{started.year}年{started.month}月{started.day}日"
            start_as_of, start_end = started.isoformat(), started
        start_quote = f"{entity.name}于{start_text}开工建设"
        quote = f"{start_quote}，历时{word}建成"
        claims = [
            ClaimSpec(entity, "construction_started", start_as_of, start_end, f"{quote}。",
                      start_quote, start_text),
            ClaimSpec(entity, "construction_time", finished.isoformat(), finished, "", quote,
                      word),
        ]
        unit = Unit(claims, check={"kind": "duration", "duration": claims[1],
                                   "from": claims[0], "to": finished.isoformat()})
        if plant:
            unit.planted, unit.planted_claims = "", list(claims)
        self.add(unit)

    def build(self) -> None:
        """Planted conflicts first (1% of the claims), then the ordinary mix up to N."""
        rng = self.rng
        plants: tuple[tuple[int, Callable[[], None]], ...] = (
            (2, lambda: self.simple_fact(2 + (rng.random() < 0.3), plant=True)),
            (5, lambda: self.sum_fact(plant=True)),
            (3, lambda: self.share_with_whole(plant=True)),
            (2, lambda: self.share_of_count(plant=True)),
            (5, lambda: self.series_fact(plant=True)),
            (2, lambda: self.duration_fact(plant=True)),
        )
        for index in range(self.target // 100):
            size, make = plants[index % len(plants)]
            if self.count + 2 * size > self.target:
                break
            make()
        mix: tuple[tuple[int, Callable[[], None]], ...] = (
            (52, lambda: self.simple_fact(1 if rng.random() < 0.5 else rng.randint(2, 3))),
            (4, lambda: self.date_fact(1 if rng.random() < 0.6 else 2)),
            (14, self.series_fact),
            (14, self.sum_fact),
            (5, self.share_with_whole),
            (5, self.share_of_count),
            (6, self.duration_fact),
        )
        total, cumulative = 0, []
        for weight, _ in mix:
            total += weight
            cumulative.append(total)
        makers = [make for _, make in mix]
        while self.count < self.target:
            if self.target - self.count < 12:
                self.simple_fact(1)
            else:
                rng.choices(makers, cum_weights=cumulative)[0]()


def _grim_possible(count: int, tenths: int) -> bool:
    """Whether a whole n >= 1 gives ``count / n`` = tenths/10 %, rounded half up."""
    # count / n in [(2t - 1) / 2000, (2t + 1) / 2000)  <=>  (2t-1) n <= 2000 count < (2t+1) n
    low = 2000 * count // (2 * tenths + 1)
    high = 2000 * count // (2 * tenths - 1)
    return any((2 * tenths - 1) * n <= 2000 * count < (2 * tenths + 1) * n
               for n in range(max(low, 1), high + 1))


_PLAIN = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`0-9][^#:]*")
# Starts with a digit but cannot read as a number: has non-ASCII text, or is a date or
# period (which the loader reads as text on both parser paths, as in claims/).
_PLAIN_FIGURE = re.compile(r"[0-9０-９][^#:\s]*[^\x00-\x7f][^#:\s]*|"
                           r"\d{4}-\d\d(-\d\d)?(\.\.\d{4}-\d\d(-\d\d)?)?")
_YAML_WORDS = ("true", "false", "null", "yes", "no", "on", "off", "y", "n", "~")


def _scalar(value: object) -> str:
    """A YAML scalar: plain when that is unambiguous, else double-quoted."""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if _PLAIN_FIGURE.fullmatch(text) or (
            _PLAIN.fullmatch(text) and not text.endswith(" ")
            and text.lower() not in _YAML_WORDS):
        return text
    return json.dumps(text, ensure_ascii=False)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))


def generate(claims: int, out: Path, seed: int = 1) -> GeneratedCorpus:
    """Write a corpus of exactly ``claims`` claims into ``out`` (replaced if it exists).

    Args:
        claims: the number of claims, at least 1.
        out: the corpus root to write.
        seed: the random seed; the same seed and size give the same bytes.

    Returns:
        What was written, including the planted conflicts (also in ``planted.json``).
    """
    if claims < 1:
        raise ValueError("claims must be at least 1")
    rng = Random(seed)
    builder = _Builder(claims, rng)
    builder.build()
    units = builder.units
    rng.shuffle(units)
    n_sources = max(3, -(-claims // 20))
    n_files = max(1, round(claims / 1000))
    per_source: list[list[Unit]] = [[] for _ in range(n_sources)]
    groups_in: list[dict[int, bool]] = [{} for _ in range(n_sources)]
    for unit in units:
        slot = rng.randrange(n_sources)
        while unit.group is not None and unit.group in groups_in[slot]:
            slot = (slot + 1) % n_sources
        if unit.group is not None:
            groups_in[slot][unit.group] = True
        per_source[slot].append(unit)

    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    registry: list[str] = []
    bodies: list[list[str]] = [[] for _ in range(n_files)]
    checks: list[list[str]] = [[] for _ in range(n_files)]
    traditional_sources = 0
    for index, here in enumerate(per_source):
        source_id = f"s{index:05d}"
        traditional = rng.random() < 0.3
        traditional_sources += traditional
        for number, claim in enumerate((c for u in here for c in u.claims), start=1):
            claim.id, claim.source = f"{source_id}.{number:02d}", source_id
        text, header, published = _article(rng, here)
        if traditional:
            text = to_traditional(text)
        _write(out / "sources" / f"{source_id}.txt", text)
        registry.append(_source_yaml(rng, source_id, traditional, header, published))
        folded = _fold(text)
        slot = index * n_files // n_sources
        for unit in here:
            for claim in unit.claims:
                bodies[slot].append(_claim_yaml(rng, claim, traditional, folded))
            if unit.check is not None:
                checks[slot].append(_check_yaml(unit))
    _write(out / "sources.yaml", "# Synthetic articles (tests/benchmarks/generate.py).\n"
           "sources:\n" + "".join(registry))
    _write(out / "entities.yaml", _entities_yaml(builder.entities))
    _write(out / "metrics.yaml", _metrics_yaml())
    for index in range(n_files):
        text = f"# Synthetic claims, file {index + 1} of {n_files}.\n"
        text += ("claims:\n" + "".join(bodies[index])) if bodies[index] else "claims: []\n"
        if checks[index]:
            text += "checks:\n" + "".join(checks[index])
        _write(out / "claims" / f"claims-{index + 1:04d}.yaml", text)

    planted: list[dict[str, object]] = []
    for unit in units:
        if unit.planted is not None:
            finding = unit.planted or f"{unit.check['kind']}[{_check_id(unit)}]"  # type: ignore[index]
            planted.append({"finding": finding,
                            "claims": sorted(c.id for c in unit.planted_claims)})
    planted.sort(key=lambda p: str(p["finding"]))
    sources_of: dict[str, dict[str, bool]] = {}
    for unit in units:
        for claim in unit.claims:
            sources_of.setdefault(f"{claim.entity.id}.{claim.metric}", {})[claim.source] = True
    stats: dict[str, object] = {
        "claims": builder.count,
        "sources": n_sources,
        "traditional_sources": traditional_sources,
        "claim_files": n_files,
        "entities": len(builder.entities),
        "keys": len(sources_of),
        "keys_in_several_sources": sum(1 for s in sources_of.values() if len(s) > 1),
        "checks": sum(1 for u in units if u.check is not None),
        "planted_conflicts": len(planted),
        "planted_claims": sum(len(c) for p in planted for c in [p["claims"]]
                              if isinstance(c, list)),
    }
    _write(out / "planted.json", json.dumps(
        {"seed": seed, "claims": claims, "stats": stats, "conflicts": planted},
        ensure_ascii=False, indent=1) + "\n")
    return GeneratedCorpus(out, builder.count, n_files, n_sources, planted, stats)


def _article(rng: Random, units: list[Unit]) -> tuple[str, bool, str]:
    """The Simplified text of one article, whether it has a metadata line, its date."""
    last = date(2016, 1, 1)
    sentences = []
    for unit in units:
        for claim in unit.claims:
            last = max(last, claim.as_of_end)
            if claim.sentence:
                sentences.append(claim.sentence)
    day = last + timedelta(days=rng.randint(1, 45))
    published = day.isoformat()
    if rng.random() < 0.1:
        published += f"..{(day + timedelta(days=6)).isoformat()}"
    header = rng.random() < 0.4
    lines = [rng.choice(CITIES) + rng.choice(TITLE_TAILS)]
    if header:
        lines.append(f"{published[:10]} 08:{rng.randint(10, 59)}|来源：{rng.choice(PUBLISHERS)}")
    lines.append("")
    paragraph: list[str] = []
    for sentence in sentences:
        paragraph.append(sentence)
        if rng.random() < 0.3:
            paragraph.append(rng.choice(FILLERS))
        if len(paragraph) >= 4:
            lines += ["　　" + "".join(paragraph), ""]
            paragraph = []
    paragraph.append(rng.choice(FILLERS))
    lines.append("　　" + "".join(paragraph))
    return "\n".join(lines) + "\n", header, published


def _source_yaml(rng: Random, source_id: str, traditional: bool, header: bool,
                 published: str) -> str:
    title = rng.choice(CITIES) + rng.choice(TITLE_TAILS)
    lines = [f"  - id: {source_id}", f"    file: sources/{source_id}.txt",
             f"    title: {_scalar(to_traditional(title) if traditional else title)}"]
    if header:
        lines.append(f"    publisher: {rng.choice(PUBLISHERS)}")
    lines += [f"    published: {_scalar(published)}",
              f"    script: {'traditional' if traditional else 'simplified'}"]
    if header:
        lines += ["    exclude:", "      - lines: [2, 2]",
                  "        reason: page metadata (time and publisher)"]
    return "\n".join(lines) + "\n"


def _claim_yaml(rng: Random, claim: ClaimSpec, traditional: bool, folded: str) -> str:
    quote, value = claim.quote, claim.value
    if traditional and rng.random() < 0.7:  # else the Simplified quote, matched across scripts
        quote, value = to_traditional(quote), to_traditional(value)
    elif traditional and rng.random() < 0.3:
        value = to_traditional(value)
    needle = _fold(quote)
    if _fold(value) not in needle:
        raise AssertionError(f"value {value!r} is not in the quote {quote!r}")
    occurrences = folded.count(needle)
    if occurrences < 1:
        raise AssertionError(f"quote {quote!r} is not in its article")
    entity = claim.entity.id
    if rng.random() < 0.1:
        entity = to_traditional(claim.entity.name) if traditional else claim.entity.name
    lines = [f"  - id: {claim.id}", f"    source: {claim.source}",
             f"    quote: {_scalar(quote)}", f"    value: {_scalar(value)}"]
    if claim.unit is not None:
        lines.append(f"    unit: {claim.unit}")
    if occurrences > 1:
        raise AssertionError(f"quote {quote!r} occurs {occurrences} times")
    lines += [f"    entity: {_scalar(entity)}", f"    metric: {claim.metric}",
              f"    as_of: {_scalar(claim.as_of)}"]
    return "\n".join(lines) + "\n"


def _check_id(unit: Unit) -> str:
    first = unit.claims[0]
    return f"{unit.check['kind'] if unit.check else 'check'}.{first.id}"


def _check_yaml(unit: Unit) -> str:
    if unit.check is None:
        raise AssertionError("the unit has no check")
    lines = [f"  - kind: {unit.check['kind']}", f"    id: {_check_id(unit)}"]
    for key, value in unit.check.items():
        if key == "kind":
            continue
        if isinstance(value, ClaimSpec):
            lines.append(f"    {key}: {value.id}")
        elif isinstance(value, list):
            lines.append(f"    {key}: [{', '.join(c.id for c in value)}]")
        else:
            lines.append(f"    {key}: {_scalar(value)}")
    return "\n".join(lines) + "\n"


def _entities_yaml(entities: list[Entity]) -> str:
    lines = ["# Synthetic entities; Traditional names are aliases.", "entities:"]
    for entity in entities:
        lines += [f"  - id: {entity.id}", f"    name: {_scalar(entity.name)}"]
        alias = to_traditional(entity.name)
        if alias != entity.name:
            lines.append(f"    aliases: [{_scalar(alias)}]")
    return "\n".join(lines) + "\n"


def _metrics_yaml() -> str:
    lines = ["# Synthetic metrics; cumulative ones form series.", "metrics:"]
    for metric in METRICS:
        lines += [f"  - id: {metric.id}", f"    name: {metric.name}"]
        if metric.cumulative:
            lines.append("    cumulative: true")
    for metric_id, name in EXTRA_METRICS:
        lines += [f"  - id: {metric_id}", f"    name: {name}"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Command line: ``--claims N --out DIR [--seed S]``; prints statistics to stderr."""
    parser = argparse.ArgumentParser(description="Write a synthetic factcheck corpus.")
    parser.add_argument("--claims", type=int, required=True, help="number of claims")
    parser.add_argument("--out", type=Path, required=True, help="corpus directory to write")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_args(argv)
    result = generate(args.claims, args.out, args.seed)
    print(json.dumps(result.stats, ensure_ascii=False), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
