"""Claims as pint quantities, for users' own Python checks (the ``factcheck_claim`` fixture)."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from ._errors import FactcheckError
from ._interval import exact_argument
from ._model import Claim, Corpus
from ._units import parse_base_unit, parse_unit, registry

__all__ = ["ClaimValue", "claim_value"]


@dataclass(frozen=True)
class ClaimValue:
    """A claim's value as pint quantities in base units, with its interval.

    Attributes:
        claim: the claim.
        quantity: the nominal value.
        low: the interval's lower end (``None`` if unbounded).
        high: the interval's upper end (``None`` if unbounded).
    """

    claim: Claim
    quantity: Any
    low: Any
    high: Any

    def __str__(self) -> str:
        """The claim's value as the article writes it: ``8%``, ``30餘家``, ``10-20元``,
        ``不到半年`` (``claim.value``)."""
        return self.claim.value

    def __repr__(self) -> str:
        """The claim's id, its value as written and its interval, exactly and in the one
        unit a finding shows the claim in: ``<ClaimValue 'cixian.new_economy_firms': 30餘家
        in (30家, 40家)>``, ``<ClaimValue 'longyue.cfhi_parts': 14套 in [14套, 14套]>``, a rate
        per the period it writes (``3公里/天 in [2.5公里/天, 3.5公里/天)``), never the
        fractions of base units its pint quantities hold (2/25 dimensionless)."""
        return f"<ClaimValue {self.claim.id!r}: {self.claim.value} in {self._span()}>"

    def _span(self) -> str:
        # as a finding shows the claim: in the word, period or points it writes
        from .checks._context import quantity_span, written_as
        q = self.claim.quantity
        if q is None:  # pragma: no cover - claim_value refuses a date
            return str(self.claim.date)
        return quantity_span(q, written_as([q]))

    def contains(self, other: Any) -> bool:  # a pint quantity
        """Whether a pint quantity lies within this claim's interval.

        Raises:
            TypeError: its magnitude is a float (26.5 is not exact), a bool or not a
                number; an int, a Fraction or a Decimal is compared exactly.
        """
        magnitude = exact_argument(other.magnitude, "ClaimValue.contains()")
        # a Decimal as a Fraction: pint converts a Decimal by Decimal(str(factor)), which
        # rounds (or, for 亩's 2000/3, raises)
        value = (other if magnitude is other.magnitude else
                 registry().Quantity(magnitude, other.units)).to(self.quantity.units).magnitude
        interval = self.claim.quantity.interval  # type: ignore[union-attr]
        return bool(interval.contains(value))


def claim_value(corpus: Corpus, claim_id: str) -> ClaimValue:
    """Look up ``claim_id`` and return it as pint quantities.

    Raises:
        FactcheckError: no such claim, or the claim is a date.
        TypeError: ``claim_id`` is not a str (it failed inside difflib, looking for the
            closest id).
    """
    __tracebackhide__ = True  # pytest shows the user's call, not this function
    if not isinstance(claim_id, str):
        raise TypeError(f"factcheck_claim() takes a claim id (a str, such as 'daoli.total'), "
                        f"not {type(claim_id).__name__}")
    claim = corpus.claims.get(claim_id)
    if claim is None:
        close = difflib.get_close_matches(claim_id, list(corpus.claims), n=1)
        raise FactcheckError(
            f"no claim with id '{claim_id}'", expected="the id of a claim in the corpus",
            hint=f"did you mean '{close[0]}'?" if close else
            f"the corpus has {len(corpus.claims)} claims; factcheck_corpus.claims lists them")
    q = claim.quantity
    if q is None:
        raise FactcheckError(
            f"claim '{claim_id}' is a date ({claim.value}), not a quantity",
            location=claim.location,
            hint=f"read its period from the corpus: factcheck_corpus.claims['{claim_id}']"
                 ".date (.start and .end)")
    unit = parse_base_unit(q.base_unit) if q.base_unit != "dimensionless" else parse_unit("")
    ureg = registry()

    def make(magnitude: Any) -> Any:
        return None if magnitude is None else ureg.Quantity(magnitude, unit)

    return ClaimValue(claim, make(q.base), make(q.interval.low), make(q.interval.high))
