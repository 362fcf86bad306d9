"""Findings: the engine's only output, frozen and picklable.

A finding says what was compared, the verdict, and why, in a form every renderer (text,
pytest, Markdown, HTML, JSON) can show without reaching back into the corpus.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import Enum
from fractions import Fraction

import yaml

from ._errors import Location
from ._yaml import plain_scalar

__all__ = ["ORDER", "TITLES", "DiscrepancyWarning", "Finding", "Involved", "Status",
           "claims_list", "counted", "pinned_claims", "status_head", "yaml_text"]


class DiscrepancyWarning(UserWarning):
    """An unacknowledged discrepancy: explainable, but not yet reviewed (the pytest
    plugin's warning, which ``filterwarnings`` names as ``factcheck.DiscrepancyWarning``)."""


class Status(str, Enum):
    """The verdict of a finding; the members are listed most severe first.

    A status is also its text (``Status.CONFLICT == "conflict"``, with the same hash), but
    it is ordered by severity, not as text: ``CONSISTENT < NOT_CHECKABLE < DISCREPANCY <
    STALE < CONFLICT``, so ``max(statuses)`` is the worst and
    ``sorted(statuses, reverse=True)`` lists the most severe first. A string that is a
    status's text compares as that status; ordering a status against any other value
    raises ``TypeError`` (text comparison would not be transitive: ``CONFLICT < "d" <
    "stale" < CONFLICT``).
    """

    CONFLICT = "conflict"
    STALE = "stale"
    DISCREPANCY = "discrepancy"
    NOT_CHECKABLE = "not-checkable"
    CONSISTENT = "consistent"

    def __str__(self) -> str:
        return self.value

    def _rank(self, other: object) -> tuple[int, int] | None:
        """The severities of ``self`` and ``other`` (higher is worse), or ``None`` when
        ``other`` is not a string (Python then asks ``other``, and raises ``TypeError``).

        Raises:
            TypeError: ``other`` is a string that is no status's text; returning
                ``NotImplemented`` would let ``str`` compare the two as text.
        """
        if not isinstance(other, str):
            return None
        theirs = _SEVERITY.get(other)
        if theirs is None:
            raise TypeError(f"a status is ordered only against a status or a status's text "
                            f"({', '.join(status.value for status in Status)}), not {other[:40]!r}")
        return _SEVERITY[self], theirs

    def __lt__(self, other: object) -> bool:
        ranks = self._rank(other)
        return NotImplemented if ranks is None else ranks[0] < ranks[1]

    def __le__(self, other: object) -> bool:
        ranks = self._rank(other)
        return NotImplemented if ranks is None else ranks[0] <= ranks[1]

    def __gt__(self, other: object) -> bool:
        ranks = self._rank(other)
        return NotImplemented if ranks is None else ranks[0] > ranks[1]

    def __ge__(self, other: object) -> bool:
        ranks = self._rank(other)
        return NotImplemented if ranks is None else ranks[0] >= ranks[1]


#: Each status (and its text, which equals it and hashes alike) by severity, 0 the least.
_SEVERITY: dict[str, int] = {status: rank for rank, status in enumerate(reversed(Status))}


ORDER = tuple(Status)

#: Section headings for findings grouped by status, used by every renderer.
TITLES = {
    Status.CONFLICT: "Conflicts",
    Status.STALE: "Stale acknowledgements",
    Status.DISCREPANCY: "Discrepancies",
    Status.NOT_CHECKABLE: "Not checkable",
    Status.CONSISTENT: "Consistent",
}


# How a count of findings of each status reads: "1 conflict", "4 discrepancies", and the
# adjectives as they are ("5 not-checkable", "59 consistent", "2 stale").
_PLURALS = {Status.CONFLICT: "conflicts", Status.DISCREPANCY: "discrepancies"}


def pinned_claims(finding: Finding) -> tuple[str, ...]:
    """The ids of ``finding``'s claims as an acknowledgement's ``claims:`` pins them:
    each once, sorted."""
    return tuple(sorted(set(finding.claim_ids)))


#: a finding or claim id YAML reads as itself, unquoted (agreement[shenha.distance@2019-05-09])
_PLAIN_ID = re.compile(r"\w[\w.@\[\]-]*")


def yaml_text(text: str, *, in_flow: bool = False) -> str:
    """``text`` as YAML reads it back as that text: bare where it can be, else
    double-quoted (brackets end an item of a flow list; ``null``, ``yes`` or ``12`` would be
    read as another type, and ``1e3`` or ``0o17`` too by the loader, which reads YAML 1.2
    where PyYAML reads 1.1)."""
    plain = _PLAIN_ID.fullmatch(text) and not (in_flow and any(c in text for c in "[]"))
    if plain and yaml.safe_load(text) == text and plain_scalar(text) == text:
        return text
    return json.dumps(text, ensure_ascii=False)


def claims_list(finding: Finding) -> str:
    """The finding's claims as an acknowledgement's ``claims:`` (a flow list): what the
    suggested acknowledgement writes, and the stale one is to be set to."""
    return f"[{', '.join(yaml_text(claim, in_flow=True) for claim in pinned_claims(finding))}]"


def status_head(status: Status, acknowledged: bool = False) -> str:
    """What goes before a finding's id where a line names it: ``"conflict: "``,
    ``"discrepancy (acknowledged): "``; nothing for a stale one, whose id says so already
    (``stale[bound[x]]``, never ``stale: stale[bound[x]]``)."""
    if status is Status.STALE:
        return ""
    return f"{status.value}{' (acknowledged)' if acknowledged else ''}: "


def counted(count: int, status: Status) -> str:
    """``count`` findings of ``status`` in words: ``"4 discrepancies"``."""
    return f"{count} {status.value if count == 1 else _PLURALS.get(status, status.value)}"


@dataclass(frozen=True, slots=True)
class Involved:
    """A claim as it takes part in a finding.

    Attributes:
        claim: the claim id.
        source: the source id; ``file`` and ``line``/``col``: where the figure is in it.
        quote: the quote; ``span``: its offsets in the source text.
        value: the figure as written; ``shown``: the value in the finding's common unit.
        yaml: where the claim is declared (file and line).
        as_of: the period the figure refers to.
        role: what the claim is in the check ("total", "part", "share"...).
    """

    claim: str
    source: str
    file: str
    line: int
    col: int
    quote: str
    span: tuple[int, int]
    value: str
    value_span: tuple[int, int]
    shown: str
    yaml: Location
    as_of: str
    role: str = ""

    def __post_init__(self) -> None:
        # Involved(line="3") or shown=Fraction(3) was kept, and failed far away, in a
        # renderer of a report; what CheckContext.involved builds passes this test alone
        span, value_span = self.span, self.value_span
        if not (type(self.claim) is str and type(self.source) is str and type(self.file) is str
                and type(self.line) is int and type(self.col) is int
                and type(self.quote) is str and type(self.value) is str
                and type(self.shown) is str and type(self.yaml) is Location
                and type(self.as_of) is str and type(self.role) is str
                and type(span) is tuple and len(span) == 2
                and type(span[0]) is int and type(span[1]) is int
                and type(value_span) is tuple and len(value_span) == 2
                and type(value_span[0]) is int and type(value_span[1]) is int):
            _refuse_wrong_involved(self)


def _refuse_wrong_involved(item: Involved) -> None:
    """Raise the error for an :class:`Involved` built by hand of the wrong types."""
    from ._errors import refuse_wrong_types
    from ._model import refuse_wrong_pair

    refuse_wrong_types("Involved", (
        ("claim", item.claim, str), ("source", item.source, str), ("file", item.file, str),
        ("line", item.line, int), ("col", item.col, int), ("quote", item.quote, str),
        ("value", item.value, str), ("shown", item.shown, str),
        ("yaml", item.yaml, Location), ("as_of", item.as_of, str), ("role", item.role, str)))
    refuse_wrong_pair("Involved", "span", item.span, "the start and end offsets of the quote")
    refuse_wrong_pair("Involved", "value_span", item.value_span,
                      "the start and end offsets of the value")


def _refuse_status(status: object) -> None:
    """Refuse a finding's status that is not a :class:`Status`: the text ``"conflict"``
    was kept, and the finding never failed a run (``fails`` compares statuses)."""
    hint = ""
    if isinstance(status, str) and status in Status._value2member_map_:
        hint = f": write Status({status!r}), Status.{Status(status).name}"
    raise TypeError(f"Finding has the status {status!r}, not a Status{hint}")


@dataclass(frozen=True, slots=True)
class Finding:
    """The result of one check.

    Attributes:
        id: stable id, ``kind[name]``.
        kind: the check kind.
        status: the verdict.
        message: one sentence that explains the verdict.
        claims: the claims involved, in the check's order.
        arithmetic: the computation, one step per line, exact.
        difference: the absolute difference in the common unit, if there is one.
        relative: the relative difference, as a percentage string, if there is one.
        location: the check's YAML file and line, or the first claim's for automatic kinds.
        acknowledged: whether a reviewer accepted this finding.
        acknowledgement: the reviewer's reason.
        extra: kind-specific data for renderers (e.g. a series' points).
    """

    id: str
    kind: str
    status: Status
    message: str
    claims: tuple[Involved, ...] = ()
    arithmetic: tuple[str, ...] = ()
    difference: str | None = None
    relative: str | None = None
    location: Location = Location("")
    acknowledged: bool = False
    acknowledgement: str | None = None
    extra: tuple[tuple[str, str], ...] = field(default=())

    def __post_init__(self) -> None:
        if type(self.status) is not Status:
            _refuse_status(self.status)
        # Finding(message=3) or difference=Fraction(1, 2) was kept, and failed far away, in
        # a renderer; what CheckContext.finding builds passes these tests alone
        if not (type(self.id) is str and type(self.kind) is str and type(self.message) is str
                and type(self.location) is Location and type(self.acknowledged) is bool
                and (self.difference is None or type(self.difference) is str)
                and (self.relative is None or type(self.relative) is str)
                and (self.acknowledgement is None or type(self.acknowledgement) is str)):
            _refuse_wrong_finding(self)
        # a kind may build a finding with lists (claims=[...]): kept as given, the finding
        # was unhashable, and changing the list changed the result the engine returned
        claims, arithmetic, extra = self.claims, self.arithmetic, self.extra
        if not (type(claims) is tuple and type(arithmetic) is tuple and type(extra) is tuple
                and _JUST_INVOLVED.issuperset(map(type, claims))
                and _JUST_STR.issuperset(map(type, arithmetic))
                and (not extra or all(type(pair) is tuple and len(pair) == 2
                                      and type(pair[0]) is str and type(pair[1]) is str
                                      for pair in extra))):
            _keep_tuples(self)

    @property
    def claim_ids(self) -> tuple[str, ...]:
        """The ids of the claims involved."""
        return tuple(c.claim for c in self.claims)

    @property
    def fails(self) -> bool:
        """Whether this finding makes a run fail (without ``--strict``)."""
        return self.status is Status.STALE or (
            self.status is Status.CONFLICT and not self.acknowledged)

    def fails_strict(self) -> bool:
        """Whether this finding makes a ``--strict`` run fail."""
        return self.fails or (self.status is Status.DISCREPANCY and not self.acknowledged)

    def acknowledge(self, reason: str) -> Finding:
        """A copy of this finding, acknowledged with ``reason``."""
        return replace(self, acknowledged=True, acknowledgement=reason)


#: The types of the items of a finding's ``claims`` and ``arithmetic`` as a kind builds
#: them, tested at the cost of a pass over them (the engine builds one per finding).
_JUST_INVOLVED = frozenset({Involved})
_JUST_STR = frozenset({str})


def _refuse_wrong_finding(finding: Finding) -> None:
    """Raise the error for a :class:`Finding` built by hand of the wrong types."""
    from ._errors import NONE, refuse_wrong_types

    for name in ("message", "difference", "relative"):
        _refuse_a_number(name, getattr(finding, name))
    refuse_wrong_types("Finding", (
        ("id", finding.id, str), ("kind", finding.kind, str), ("message", finding.message, str),
        ("difference", finding.difference, (str, NONE)),
        ("relative", finding.relative, (str, NONE)), ("location", finding.location, Location),
        ("acknowledged", finding.acknowledged, bool),
        ("acknowledgement", finding.acknowledgement, (str, NONE))))


def _refuse_a_number(name: str, value: object) -> None:
    """Refuse a number for a finding's text (a float ``difference`` went into the JSON as
    a JSON number, which no reader can take for the exact value), saying how to write it."""
    if isinstance(value, (int, float, Fraction, Decimal)) and not isinstance(value, bool):
        raise TypeError(f"Finding({name}=...) takes text, not {type(value).__name__} "
                        f"({value!r}): a finding's message, arithmetic, difference and "
                        "relative are text; write an exact number with "
                        "factcheck.format_exact(Fraction(...)), never a float")


def _keep_tuples(finding: Finding) -> None:
    """Keep a :class:`Finding`'s ``claims``, ``arithmetic`` and ``extra``, given as lists
    by a kind, as tuples; refuse a str for one (read as its characters) or an item of
    another type (a ``Claim`` for an ``Involved``, a number for a step)."""
    from ._errors import short_text
    from ._model import keep_tuple

    keep_tuple(finding, "Finding", "claims", Involved)
    if not isinstance(finding.arithmetic, (str, bytes)) and isinstance(
            finding.arithmetic, Iterable):
        for step in finding.arithmetic:
            _refuse_a_number("arithmetic", step)
    keep_tuple(finding, "Finding", "arithmetic", str)
    if isinstance(finding.extra, (str, bytes)):
        keep_tuple(finding, "Finding", "extra", tuple)  # refused, as a str is
    pairs: list[tuple[str, str]] = []
    for given in finding.extra:
        pair: object = tuple(given) if (
            not isinstance(given, str) and isinstance(given, Iterable)) else given
        if not (isinstance(pair, tuple) and len(pair) == 2
                and all(isinstance(text, str) for text in pair)):
            raise TypeError(f"Finding(extra=...) takes (name, text) pairs of two str, not "
                            f"{short_text(repr(given))}")
        pairs.append((pair[0], pair[1]))
    object.__setattr__(finding, "extra", tuple(pairs))
