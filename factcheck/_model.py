"""Frozen value types of a loaded corpus: sources, vocabulary, claims, checks.

These are plain, picklable data. They hold no pint registry and no open files, so they
can cross pytest-xdist workers and be cached on disk.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Literal

import yaml

from ._dates import Period
from ._errors import (
    EXACT,
    NONE,
    Location,
    refuse_blank,
    refuse_other_word,
    refuse_wrong_types,
    short_text,
    store_exact,
)
from ._lines import line_col
from ._numbers import QUALIFIERS, Interval, Qualifier, format_exact

__all__ = [
    "ACCEPTED",
    "SCRIPTS",
    "Acknowledgement",
    "CheckSpec",
    "Claim",
    "Corpus",
    "Entity",
    "Exclusion",
    "Metric",
    "NotClaim",
    "Place",
    "Quantity",
    "Source",
]

#: The scripts an article is written in, as a registry writes them (``Source.script``).
SCRIPTS = ("simplified", "traditional")
#: The statuses an acknowledgement accepts (``Acknowledgement.status``).
ACCEPTED = ("discrepancy", "conflict")


@dataclass(frozen=True, slots=True)
class Exclusion:
    """A span of a source that is not the article body, with the reason."""

    start: int
    end: int
    reason: str
    lines: tuple[int, int]

    def __post_init__(self) -> None:
        # Exclusion("3", 10, ...) was kept, and failed far away, when a claim's span was
        # compared with it; what the loader builds passes the first test alone
        if not (type(self.start) is int and type(self.end) is int and type(self.reason) is str
                and type(self.lines) is tuple and len(self.lines) == 2
                and type(self.lines[0]) is int and type(self.lines[1]) is int):
            _refuse_wrong_exclusion(self)
        if not self.reason.strip():
            refuse_blank("Exclusion", (("reason", self.reason),))
        if not 0 <= self.start <= self.end:
            raise ValueError(f"Exclusion(start=..., end=...) takes offsets 0 <= start <= end, "
                             f"not {self.start} and {self.end}")
        if not 1 <= self.lines[0] <= self.lines[1]:
            raise ValueError(f"Exclusion(lines=...) takes the first and last line, 1 <= first "
                             f"<= last, not {self.lines!r}")


def _refuse_wrong_exclusion(exclusion: Exclusion) -> None:
    """Raise the error for an :class:`Exclusion` built by hand of the wrong types."""
    refuse_wrong_types("Exclusion", (("start", exclusion.start, int), ("end", exclusion.end, int),
                                     ("reason", exclusion.reason, str)))
    refuse_wrong_pair("Exclusion", "lines", exclusion.lines, "the first and last line")


def _refuse_reversed(owner: str, name: str, pair: tuple[int, int], what: str) -> None:
    """Refuse offsets (a quote's, a value's) that are negative or end before they start,
    which the loader never gives: no text lies there."""
    if not 0 <= pair[0] <= pair[1]:
        raise ValueError(f"{owner}({name}=...) takes {what}, 0 <= start <= end, not "
                         f"{tuple(pair)!r}")


def refuse_wrong_pair(owner: str, name: str, pair: object, what: str) -> None:
    """Refuse a field of two ints (a quote's offsets, an exclusion's lines) that is not a
    tuple of two ints: a list was kept and left the value unhashable, offsets as text
    failed far away, where a span was compared. A subclass passes, a bool does not."""
    if not (isinstance(pair, tuple) and len(pair) == 2 and all(
            isinstance(end, int) and not isinstance(end, bool) for end in pair)):
        raise TypeError(f"{owner}({name}=...) takes {what}, a tuple of two ints, not "
                        f"{short_text(repr(pair))}")


@dataclass(frozen=True, slots=True)
class Source:
    """One article: its text and what is known about it.

    Attributes:
        id: short id used by claims.
        file: path of the text file as shown in messages.
        text: the decoded text; every offset refers to it.
        published: publication date or inferred range.
        published_note: how an inferred date was inferred.
        script: ``simplified`` or ``traditional``.
        exclusions: spans that are not the article body.
        location: where the source is registered.
        url: the article's web address, when the registry gives one.
    """

    id: str
    title: str
    file: str
    text: str
    published: Period
    script: Literal["simplified", "traditional"]
    publisher: str | None = None
    published_note: str | None = None
    exclusions: tuple[Exclusion, ...] = ()
    location: Location = Location("")
    url: str | None = None

    def __post_init__(self) -> None:
        # Source(id=3, ...) or published="2019-05-09" was kept, and failed far away (a
        # claim's source not found, a period compared with text); what the loader builds
        # passes the first test alone
        if not (type(self.id) is str and type(self.title) is str and type(self.file) is str
                and type(self.text) is str and type(self.published) is Period
                and self.script in SCRIPTS
                and type(self.exclusions) is tuple and type(self.location) is Location
                and all(type(exclusion) is Exclusion for exclusion in self.exclusions)
                and (self.publisher is None or type(self.publisher) is str)
                and (self.published_note is None or type(self.published_note) is str)
                and (self.url is None or type(self.url) is str)):
            _refuse_wrong_source(self)
        if not (self.id.strip() and self.title.strip()):
            refuse_blank("Source", (("id", self.id), ("title", self.title)))

    def is_body(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies outside every excluded span."""
        return not any(e.start < end and start < e.end for e in self.exclusions)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        return line_col(self.text, offset)


def _refuse_wrong_source(source: Source) -> None:
    """Raise the error for a :class:`Source` built by hand of the wrong types; keep its
    exclusions, given as a list, as a tuple."""
    refuse_wrong_types("Source", (
        ("id", source.id, str), ("title", source.title, str), ("file", source.file, str),
        ("text", source.text, str), ("published", source.published, Period),
        ("script", source.script, str), ("location", source.location, Location),
        ("publisher", source.publisher, (str, NONE)),
        ("published_note", source.published_note, (str, NONE)), ("url", source.url, (str, NONE))))
    refuse_other_word("Source", "script", source.script, SCRIPTS)
    keep_tuple(source, "Source", "exclusions", Exclusion)


def keep_tuple(value: object, owner: str, name: str, held: type) -> None:
    """Keep the field ``name`` of a frozen ``value``, a sequence of ``held``, as a tuple
    (given as a list, it was kept, and the value could not be hashed); a str, or an item
    of another type, is refused."""
    items = getattr(value, name)
    if isinstance(items, (str, bytes)) or not isinstance(items, Iterable):
        how = f": write {name}=[{short_text(items)!r}]" if (
            isinstance(items, str) and held is str) else ""
        raise TypeError(f"{owner}({name}=...) takes a sequence of {held.__name__}, not "
                        f"{type(items).__name__}{how}")
    items = tuple(items)
    for item in items:
        if not isinstance(item, held):
            raise TypeError(f"{owner}({name}=...) takes a sequence of {held.__name__}, not "
                            f"one holding {type(item).__name__} ({short_text(repr(item))})")
    object.__setattr__(value, name, items)


@dataclass(frozen=True, slots=True)
class Entity:
    """A thing figures are about, named once in Simplified script, with aliases."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    note: str | None = None

    def __post_init__(self) -> None:
        # Entity(3, ...) or aliases="北京" (read as two aliases, 北 and 京) was kept; what
        # the loader builds passes the first test alone
        if not (type(self.id) is str and type(self.name) is str and type(self.aliases) is tuple
                and (self.note is None or type(self.note) is str)
                and all(type(alias) is str for alias in self.aliases)):
            refuse_wrong_types("Entity", (("id", self.id, str), ("name", self.name, str),
                                          ("note", self.note, (str, NONE))))
            keep_tuple(self, "Entity", "aliases", str)
        if not (self.id.strip() and self.name.strip()):
            refuse_blank("Entity", (("id", self.id), ("name", self.name)))


@dataclass(frozen=True, slots=True)
class Metric:
    """What is measured.

    Attributes:
        cumulative: a total to date, which never decreases over time.
        timeless: does not change over time (a distance between cities), so claims of it
            are compared whatever their ``as_of``.
    """

    id: str
    name: str
    cumulative: bool = False
    timeless: bool = False
    note: str | None = None

    def __post_init__(self) -> None:
        # Metric(id=3, name=None) was kept, and failed far away (a claim's metric not
        # found, a name written as None); what the loader builds passes the first test alone
        if not (type(self.id) is str and type(self.name) is str
                and type(self.cumulative) is bool and type(self.timeless) is bool
                and (self.note is None or type(self.note) is str)):
            refuse_wrong_types("Metric", (
                ("id", self.id, str), ("name", self.name, str),
                ("cumulative", self.cumulative, bool), ("timeless", self.timeless, bool),
                ("note", self.note, (str, NONE))))
        if not (self.id.strip() and self.name.strip()):
            refuse_blank("Metric", (("id", self.id), ("name", self.name)))
        if self.cumulative and self.timeless:
            # the loader refuses it (a metric cannot be both); built by hand, it was kept,
            # and its claims were compared whatever their dates and checked as a series
            raise ValueError("Metric(cumulative=True, timeless=True) contradicts itself: a "
                             "cumulative metric is a total to date, which grows over time, "
                             "and a timeless one does not change over time; leave one of "
                             "them False")


@dataclass(frozen=True, slots=True)
class Quantity:
    """An exact quantity as a claim states it.

    Attributes:
        unit: the unit as written or declared (``元``, ``公里``, ``家``).
        value: the nominal value in ``unit``, magnitude words applied.
        base: the nominal value in base units.
        base_unit: the pint base unit, rendered stably (``yuan``, ``meter ** 2``).
        interval: what the written form allows, in base units.
        step: the place of the last written digit, in base units.
        round_number: written with trailing zeros, so possibly rounded.
        qualifier: the qualifier, if any (see :mod:`factcheck._numbers`).
        top: for a range (``1-3万元``), its high end as written, in base units; ``base``
            is its low end.
        top_round: for a range, whether its high end is a round number (``2000-2800公里``),
            as ``round_number`` says of its low end.
        top_step: for a range, the place of its high end's last written digit, in base
            units, as ``step`` says of its low end (12 months for the 20年 of
            ``3年6个月至20年``).
    """

    unit: str
    value: Fraction
    base: Fraction
    base_unit: str
    interval: Interval
    step: Fraction
    round_number: bool
    qualifier: Qualifier | None = None
    top: Fraction | None = None
    top_round: bool = False
    top_step: Fraction | None = None

    if TYPE_CHECKING:  # the numbers it takes: an int is stored as the Fraction it is
        def __init__(self, unit: str, value: Fraction | int, base: Fraction | int,
                     base_unit: str, interval: Interval, step: Fraction | int,
                     round_number: bool, qualifier: Qualifier | None = None,
                     top: Fraction | int | None = None, top_round: bool = False,
                     top_step: Fraction | int | None = None) -> None: ...

    def __post_init__(self) -> None:
        # Quantity(value=1.5, ...) was kept, and failed far away (format_exact in a check)
        # or compared inexactly; what the loader builds passes the first test alone
        if not (type(self.unit) is str and type(self.value) is Fraction
                and type(self.base) is Fraction and type(self.base_unit) is str
                and type(self.step) is Fraction and type(self.interval) is Interval
                and type(self.round_number) is bool and type(self.top_round) is bool
                and (self.qualifier is None or self.qualifier in QUALIFIERS)
                and (self.top is None or type(self.top) is Fraction)
                and (self.top_step is None or type(self.top_step) is Fraction)):
            _refuse_wrong_quantity(self)
            store_exact(self, ("value", "base", "step", "top", "top_step"))
        if self.step <= 0:  # as Number refuses it; the loader's, its last digit's, never is
            raise ValueError(f"Quantity(step=...) takes a positive number, the step of the "
                             f"value's last digit, not {format_exact(self.step)}")
        if (self.qualifier == "range") != (self.top is not None) or (
                (self.top is None) != (self.top_step is None)) or (
                self.top_round and self.top is None):
            _refuse_top_without_range(self)


def _refuse_top_without_range(quantity: Quantity) -> None:
    """Raise the error for a :class:`Quantity` whose high end and qualifier disagree, as a
    ``Figure``'s may not: the loader gives a top, its step and top_round to a range
    alone."""
    shown = ", ".join(f"{name}={'None' if value is None else format_exact(value)}"
                      for name, value in (("top", quantity.top),
                                          ("top_step", quantity.top_step)))
    raise ValueError(f"Quantity(qualifier={quantity.qualifier!r}, {shown}, top_round="
                     f"{quantity.top_round}) contradicts itself: a range (qualifier='range') "
                     f"has its high end in top, top_step and top_round, and a value of another "
                     f"qualifier has none of them")


def _refuse_wrong_quantity(quantity: Quantity) -> None:
    """Raise the error for a :class:`Quantity` of an inexact number, no Interval, or another
    field of the wrong type (an int, or a Fraction or str subclass, passes)."""
    refuse_wrong_types("Quantity", (
        ("unit", quantity.unit, str), ("value", quantity.value, EXACT),
        ("base", quantity.base, EXACT), ("base_unit", quantity.base_unit, str),
        ("step", quantity.step, EXACT), ("top", quantity.top, (*EXACT, NONE)),
        ("top_step", quantity.top_step, (*EXACT, NONE)),
        ("interval", quantity.interval, Interval),
        ("round_number", quantity.round_number, bool),
        ("top_round", quantity.top_round, bool)))
    refuse_other_word("Quantity", "qualifier", quantity.qualifier, (*QUALIFIERS, None))


@dataclass(frozen=True, slots=True)
class Claim:
    """One numeric statement of an article, anchored to its verbatim quote.

    Attributes:
        id: unique across the corpus.
        source: the source id.
        quote: the text from the article, as given in the YAML.
        span: ``[start, end)`` offsets of the quote in the source text.
        value: the figure as written in the YAML (``293.9亿元``).
        value_span: ``[start, end)`` offsets of the figure in the source text.
        entity: entity id; ``metric``: metric id; ``key`` is ``entity.metric``.
        as_of: the period the figure refers to.
        quantity: the exact quantity, for figures that are not dates.
        date: the period, for figures that are dates.
        location: the YAML file and line of the claim.
    """

    id: str
    source: str
    quote: str
    span: tuple[int, int]
    value: str
    value_span: tuple[int, int]
    entity: str
    metric: str
    as_of: Period
    location: Location
    quantity: Quantity | None = None
    date: Period | None = None
    note: str | None = None
    tolerance: str | None = None

    def __post_init__(self) -> None:
        # Claim(as_of="2020", ...) or span=[0, 3] was kept, and failed far away (a period
        # compared with text, an unhashable claim); what the loader builds, about 100,000
        # claims at newsroom scale, passes this first test alone
        span, value_span = self.span, self.value_span
        if not (type(self.id) is str and type(self.source) is str and type(self.quote) is str
                and type(self.value) is str and type(self.entity) is str
                and type(self.metric) is str and type(self.as_of) is Period
                and type(self.location) is Location
                and type(span) is tuple and len(span) == 2
                and type(span[0]) is int and type(span[1]) is int
                and type(value_span) is tuple and len(value_span) == 2
                and type(value_span[0]) is int and type(value_span[1]) is int
                and (self.quantity is None or type(self.quantity) is Quantity)
                and (self.date is None or type(self.date) is Period)
                and (self.note is None or type(self.note) is str)
                and (self.tolerance is None or type(self.tolerance) is str)):
            _refuse_wrong_claim(self)
        if not (self.id.strip() and self.source.strip() and self.entity.strip()
                and self.metric.strip()):
            refuse_blank("Claim", (("id", self.id), ("source", self.source),
                                   ("entity", self.entity), ("metric", self.metric)))
        if not (0 <= span[0] <= span[1] and 0 <= value_span[0] <= value_span[1]):
            _refuse_reversed("Claim", "span", span, "the start and end offsets of the quote")
            _refuse_reversed("Claim", "value_span", value_span,
                             "the start and end offsets of the value")
        if (self.quantity is None) == (self.date is None):
            # a claim of neither was kept, and check() failed far away, on an assertion of
            # the agreement check, with another claim of its entity and metric
            _refuse_no_figure(self)

    @property
    def key(self) -> str:
        """The grouping key: ``entity.metric``."""
        return f"{self.entity}.{self.metric}"


def _refuse_wrong_claim(claim: Claim) -> None:
    """Raise the error for a :class:`Claim` built by hand of the wrong types."""
    refuse_wrong_types("Claim", (
        ("id", claim.id, str), ("source", claim.source, str), ("quote", claim.quote, str),
        ("value", claim.value, str), ("entity", claim.entity, str),
        ("metric", claim.metric, str), ("as_of", claim.as_of, Period),
        ("location", claim.location, Location), ("quantity", claim.quantity, (Quantity, NONE)),
        ("date", claim.date, (Period, NONE)), ("note", claim.note, (str, NONE)),
        ("tolerance", claim.tolerance, (str, NONE))))
    refuse_wrong_pair("Claim", "span", claim.span, "the start and end offsets of the quote")
    refuse_wrong_pair("Claim", "value_span", claim.value_span,
                       "the start and end offsets of the value")


def _refuse_no_figure(claim: Claim) -> None:
    """Raise the error for a :class:`Claim` built by hand of neither a quantity nor a date,
    or of both: the loader gives each claim one, a date for a value that is a date."""
    if claim.quantity is None:
        raise ValueError("Claim(quantity=None, date=None) holds no figure: pass the quantity "
                         "its value states, or, for a value that is a date, the date (a "
                         "Period)")
    raise ValueError("Claim(quantity=..., date=...) holds both a quantity and a date: its "
                     "value is one or the other; pass the other as None")


@dataclass(frozen=True, slots=True)
class CheckSpec:
    """A declared check: its kind, id and the kind's own parameters (a read-only mapping)."""

    kind: str
    id: str
    params: Mapping[str, Any]
    location: Location
    note: str | None = None

    def __post_init__(self) -> None:
        _refuse_wrong_spec(self)
        # a dict that cannot be changed, not a mappingproxy: dataclasses.asdict copies a
        # dict, and failed on the view ("cannot pickle 'mappingproxy' object")
        object.__setattr__(self, "params", FrozenDict(
            {key: _frozen(value) for key, value in self.params.items()}))

    def __reduce__(self) -> tuple[Any, ...]:
        return CheckSpec, (self.kind, self.id, dict(self.params), self.location, self.note)

    def __hash__(self) -> int:
        # the generated hash failed on the parameters (unhashable type: 'dict');
        # equal specs have equal kinds, ids and locations
        return hash((self.kind, self.id, self.location))


def _refuse_wrong_spec(spec: CheckSpec) -> None:
    """Refuse a CheckSpec built by hand of the wrong types: params as a list failed inside
    it ("'list' object has no attribute 'items'"), and a kind or id that is no str failed
    far away, in the engine."""
    refuse_wrong_types("CheckSpec", (("kind", spec.kind, str), ("id", spec.id, str)))
    refuse_blank("CheckSpec", (("kind", spec.kind), ("id", spec.id)))
    params = spec.params
    if not isinstance(params, Mapping):
        how = ""
        if isinstance(params, (list, tuple)) and params and all(
                isinstance(p, tuple) and len(p) == 2 for p in params):
            how = f": write params={{{params[0][0]!r}: {params[0][1]!r}, ...}}"
        raise TypeError(f"CheckSpec(params=...) takes a mapping of parameter name to value, "
                        f"not {type(params).__name__}{how}")
    for key in params:
        if not isinstance(key, str):  # kept, and no kind's schema could name it
            raise TypeError(f"CheckSpec(params=...) takes a mapping of parameter name (a str) "
                            f"to value, not one with the key {short_text(repr(key))} "
                            f"({type(key).__name__})")
    refuse_wrong_types("CheckSpec", (("location", spec.location, Location),
                                     ("note", spec.note, (str, NONE))))


def _refuse(self: object, *args: object, **kwargs: object) -> Any:
    base = "list" if isinstance(self, list) else "dict"
    raise TypeError(f"a check's parameters are read-only, as the corpus is: change a copy "
                    f"({base}(spec.params[...]))")


class FrozenList(list[Any]):
    """A list parameter of a :class:`CheckSpec`: still a ``list`` to the kinds that read
    it (a kind's schema says ``(list,)``), but it cannot be changed, as the corpus cannot."""

    __slots__ = ()
    append = extend = insert = remove = pop = clear = sort = reverse = _refuse
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse

    def __reduce__(self) -> tuple[Any, ...]:
        return FrozenList, (list(self),)


class FrozenDict(dict[str, Any]):
    """A mapping parameter of a :class:`CheckSpec` (a derived check's ``vars``): a ``dict``
    that cannot be changed."""

    __slots__ = ()
    __setitem__ = __delitem__ = __ior__ = clear = pop = popitem = setdefault = update = _refuse

    def __reduce__(self) -> tuple[Any, ...]:
        return FrozenDict, (dict(self),)


def _refuse_corpus(self: object, *args: object, **kwargs: object) -> Any:
    raise TypeError("a corpus is read-only: build another with dataclasses.replace(corpus, "
                    "claims={...}), or change a copy (dict(corpus.claims))")


class ReadOnlyDict(FrozenDict):
    """A mapping of a :class:`Corpus` (its claims, sources, ... by id): a ``dict`` that
    cannot be changed, so that ``dataclasses.asdict``, ``copy.deepcopy`` and JSON encoders
    take it as they take a dict (a ``mappingproxy`` they refuse)."""

    __slots__ = ()
    __setitem__ = __delitem__ = __ior__ = clear = pop = popitem = setdefault = update = \
        _refuse_corpus

    def __reduce__(self) -> tuple[Any, ...]:
        return ReadOnlyDict, (dict(self),)


def _represent(dumper: yaml.representer.SafeRepresenter, value: Any) -> yaml.Node:
    """A read-only parameter as YAML writes its plain list or mapping."""
    if isinstance(value, list):
        return dumper.represent_list(value)
    return dumper.represent_dict(value)


# yaml.safe_dump(dict(spec.params)) writes them as it wrote the plain list and dict they
# replace (a list subclass is otherwise refused by the safe dumper)
for _dumper in (yaml.SafeDumper, yaml.Dumper, getattr(yaml, "CSafeDumper", None),
                getattr(yaml, "CDumper", None)):
    if _dumper is not None:
        for _type in (FrozenList, FrozenDict, ReadOnlyDict):
            _dumper.add_representer(_type, _represent)


def _frozen(value: Any) -> Any:
    """``value`` with its lists and dicts, at any depth, made unchangeable."""
    if isinstance(value, list) and type(value) is not FrozenList:
        return FrozenList(_frozen(item) for item in value)
    if isinstance(value, dict) and type(value) is not FrozenDict:
        return FrozenDict({key: _frozen(item) for key, item in value.items()})
    return value


@dataclass(frozen=True, slots=True)
class Acknowledgement:
    """A reviewer's reason for accepting a finding.

    Attributes:
        finding: the finding's id.
        reason: why it is acceptable.
        location: where the acknowledgement is written.
        reviewer: who reviewed it, if said.
        status: the status it accepts (``discrepancy`` unless it says ``conflict``): a
            finding that has become another status is to be reviewed again.
        claims: the ids of the claims the finding had when it was reviewed, if said
            (kept sorted, each once, in whatever order given): a finding that a claim has joined or left since is to be reviewed
            again. ``None`` accepts the finding whatever its claims.
    """

    finding: str
    reason: str
    location: Location
    reviewer: str | None = None
    status: Literal["discrepancy", "conflict"] = "discrepancy"
    claims: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        # Acknowledgement(3, ...) or status="Conflict" was kept, and matched no finding;
        # what the loader builds passes the first test alone
        if not (type(self.finding) is str and type(self.reason) is str
                and type(self.location) is Location
                and (self.reviewer is None or type(self.reviewer) is str)
                and self.status in ACCEPTED):
            refuse_wrong_types("Acknowledgement", (
                ("finding", self.finding, str), ("reason", self.reason, str),
                ("location", self.location, Location), ("reviewer", self.reviewer, (str, NONE)),
                ("status", self.status, str)))
            refuse_other_word("Acknowledgement", "status", self.status, ACCEPTED)
        if not self.reason.strip():  # a blank finding loads, and is stale, as it was
            refuse_blank("Acknowledgement", (("reason", self.reason),))
        # claims=["b", "a"] was compared as given with the finding's sorted ids (stale for
        # ever, naming no claim) and left the acknowledgement unhashable
        if self.claims is None:
            return
        if isinstance(self.claims, str):
            raise TypeError(f"Acknowledgement(claims=...) takes a sequence of claim ids: "
                            f"write claims=[{self.claims!r}], not claims={self.claims!r}")
        keep_tuple(self, "Acknowledgement", "claims", str)
        object.__setattr__(self, "claims", tuple(sorted(set(self.claims))))


@dataclass(frozen=True, slots=True)
class Place:
    """A reference place with coordinates and where they come from."""

    id: str
    name: str
    lat: Fraction
    lon: Fraction
    source: str
    location: Location

    if TYPE_CHECKING:  # the degrees it takes: an int is stored as the Fraction it is
        def __init__(self, id: str, name: str, lat: Fraction | int,
                     lon: Fraction | int, source: str, location: Location) -> None: ...

    def __post_init__(self) -> None:
        # Place(lat=31.2, ...) was kept, and a distance worked out from it inexactly, far
        # away; what the loader builds passes the first test alone
        if not (type(self.id) is str and type(self.name) is str and type(self.lat) is Fraction
                and type(self.lon) is Fraction and type(self.source) is str
                and type(self.location) is Location):
            refuse_wrong_types("Place", (
                ("id", self.id, str), ("name", self.name, str), ("lat", self.lat, EXACT),
                ("lon", self.lon, EXACT), ("source", self.source, str),
                ("location", self.location, Location)))
            store_exact(self, ("lat", "lon"))
        if not (self.id.strip() and self.name.strip() and self.source.strip()):
            refuse_blank("Place", (("id", self.id), ("name", self.name), ("source", self.source)))
        for name, degrees, limit in (("lat", self.lat, 90), ("lon", self.lon, 180)):
            if not -limit <= degrees <= limit:  # as the loader refuses lat: 145.75
                raise ValueError(f"Place({name}=...) takes decimal degrees between -{limit} "
                                 f"and {limit}, not {format_exact(degrees)}")


@dataclass(frozen=True, slots=True)
class NotClaim:
    """A numeric mention deliberately not encoded as a claim, with the reason."""

    source: str
    quote: str
    span: tuple[int, int]
    reason: str
    location: Location

    def __post_init__(self) -> None:
        # NotClaim("a", "3亿元", (0, 3), None, ...) was kept, and failed far away (a reason
        # written as None in coverage); what the loader builds passes the first test alone
        span = self.span
        if not (type(self.source) is str and type(self.quote) is str
                and type(self.reason) is str and type(self.location) is Location
                and type(span) is tuple and len(span) == 2
                and type(span[0]) is int and type(span[1]) is int):
            refuse_wrong_types("NotClaim", (
                ("source", self.source, str), ("quote", self.quote, str),
                ("reason", self.reason, str), ("location", self.location, Location)))
            refuse_wrong_pair("NotClaim", "span", span, "the start and end offsets of the quote")
        if not (self.source.strip() and self.reason.strip()):
            refuse_blank("NotClaim", (("source", self.source), ("reason", self.reason)))
        _refuse_reversed("NotClaim", "span", self.span, "the start and end offsets of the quote")


@dataclass(frozen=True)
class Corpus:
    """Everything loaded from a set of paths.

    Attributes:
        sources, entities, metrics, claims, places: by id, in a stable order.
        checks: declared checks, in file order.
        acknowledgements: reviewers' acknowledgements of findings.
        not_claims: mentions excluded from coverage with a reason.
        warnings: non-fatal, located remarks (e.g. mojibake in a source).

    The mappings are read-only views of copies of what was given, and the sequences
    tuples: a corpus does not change once built. Its repr counts what it holds.
    """

    sources: Mapping[str, Source] = field(default_factory=dict)
    entities: Mapping[str, Entity] = field(default_factory=dict)
    metrics: Mapping[str, Metric] = field(default_factory=dict)
    claims: Mapping[str, Claim] = field(default_factory=dict)
    checks: tuple[CheckSpec, ...] = ()
    acknowledgements: tuple[Acknowledgement, ...] = ()
    places: Mapping[str, Place] = field(default_factory=dict)
    not_claims: tuple[NotClaim, ...] = ()
    warnings: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for name, held in _CORPUS_MAPPINGS.items():
            value = getattr(self, name)
            if not isinstance(value, Mapping):
                # dict() of a list of claims said "cannot convert dictionary update
                # sequence element #0 to a sequence", naming neither the field nor the fix
                raise TypeError(
                    f"Corpus({name}=...) takes a mapping of id to {held}, not "
                    f"{type(value).__name__}: write {name}={{item.id: item for item in ...}}")
            object.__setattr__(self, name, _read_only(value))
        for name in _CORPUS_SEQUENCES:
            value = getattr(self, name)
            if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
                raise TypeError(f"Corpus({name}=...) takes a sequence, not "
                                f"{type(value).__name__}")
            object.__setattr__(self, name, tuple(value))

    def __repr__(self) -> str:
        """What it holds, counted: the full repr held every article's text (190 KB for
        five articles), in a test's failure or a log line."""
        counts = ", ".join(f"{f.name}={len(getattr(self, f.name))}" for f in fields(self))
        return f"<Corpus of {counts}>"

    def __hash__(self) -> int:
        # the generated hash failed on the mappings (unhashable type: 'dict'); a
        # frozen value is hashable (functools.cache over a corpus, a set of corpora).
        # Equal corpora hold the same ids, in whatever order they were given.
        return hash((frozenset(self.sources), frozenset(self.claims), self.checks,
                     self.acknowledgements))

    def __reduce__(self) -> tuple[Any, ...]:
        return Corpus, tuple(
            dict(value) if isinstance(value, ReadOnlyDict) else value
            for value in (getattr(self, f.name) for f in fields(self)))


#: The mappings of a corpus, with what each holds by id.
_CORPUS_MAPPINGS = {"sources": "Source", "entities": "Entity", "metrics": "Metric",
                    "claims": "Claim", "places": "Place"}
_CORPUS_SEQUENCES = ("checks", "acknowledgements", "not_claims", "warnings")


def _read_only(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    """A read-only copy of ``mapping``: what a frozen value holds cannot be changed behind
    it (a view given is copied too: its dict may change)."""
    return ReadOnlyDict(mapping)
