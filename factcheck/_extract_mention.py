"""What ``factcheck extract`` finds: a :class:`Mention` of a numeral in the text, and its kinds."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

from ._dates import Period
from ._numbers import Qualifier, format_exact

Kind = Literal["quantity", "date", "duration", "percentage", "ordinal", "identifier"]
KINDS: tuple[Kind, ...] = ("quantity", "date", "duration", "percentage", "ordinal", "identifier")
COUNTED_KINDS: frozenset[str] = frozenset({"quantity", "date", "duration", "percentage"})


@dataclass(frozen=True, slots=True)
class Mention:
    """One numeric mention of a text.

    Attributes:
        start, end: ``[start, end)`` offsets into the text as decoded.
        text: ``text[start:end]``, exactly.
        kind: quantity, date, duration, percentage, ordinal or identifier.
        value: the figure as written, with pinyin annotations dropped (what a claim's
            ``value:`` holds): ``293.9亿元``, ``54萬平方米``, ``2019年5月9日``; a space before
            a magnitude word or 多 is left out too (``48.6亿元`` of ``48.6 亿元``).
        unit: the unit word in the article's script (``個``, ``平方公里``, ``天/層`` for a
            rate); ``""`` when the number has none; None for dates, ordinals, identifiers.
        qualifier: ``just-under``, ``more-than``, ``some-more``, ``range``, ... or None.
        number: the nominal value in ``unit``, magnitude words applied (the low end of a
            range); None where it does not apply.
        high: the high end of a range.
        period: for a date that states its year, the calendar period.
    """

    start: int
    end: int
    text: str
    kind: Kind
    value: str
    unit: str | None = None
    qualifier: Qualifier | None = None
    number: Fraction | None = None
    high: Fraction | None = None
    period: Period | None = None

    @property
    def counted(self) -> bool:
        """Whether the mention states something a claim should cover."""
        return self.kind in COUNTED_KINDS

    @property
    def exact(self) -> str:
        """The value as an exact string: ``29390000000``, ``10..20``, ``2019-05-09``.

        Dates without a year, ordinals and identifiers give ``value``.
        """
        if self.number is not None:
            low = format_exact(self.number)
            return low if self.high is None else f"{low}..{format_exact(self.high)}"
        if self.period is not None:
            return str(self.period)
        return self.value

