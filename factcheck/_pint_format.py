"""Printing the quantities of factcheck's pint registry.

A magnitude, a ``Fraction``, is written as its decimal where it has a finite one (0.08
dimensionless, not 2/25 dimensionless), and as the exact fraction where not (1/3 meter);
with a format spec, as a ``Decimal`` takes it, rounded exactly (``.1f``: 0.1 dimensionless,
``.3f`` of 1/3 meter: 0.333 meter).

The registry counts in ``Fraction`` (``non_int_type=Fraction``), and pint then keeps a
unit's powers as fractions too: ``meter ** 2`` has the power ``Fraction(2)``. pint writes a
power with the format ``{:n}``, which ``Fraction`` refuses, so ``str()``, ``repr()`` and
f-strings of any quantity in a squared or divided unit raised ``TypeError`` (pint issue
2386), and pytest showed a failed assertion on one as "raised in repr()".

``repr()`` formats a unit with pint's process-wide formatters, not the registry's, so
those are taught too. For every other registry this changes nothing: a power that is no
``Fraction`` is passed on as it was, and one that is was never printable before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import ROUND_05UP, Decimal, localcontext
from fractions import Fraction
from typing import Any

from ._interval import decimal_places
from ._numbers import format_exact

__all__ = ["write_powers_plainly"]


def write_powers_plainly(registry: Any) -> None:
    """Make every formatter of ``registry`` (pint's default, pretty, compact, HTML, LaTeX
    and raw ones), and pint's process-wide ones, write a ``Fraction`` power as an integer
    where it is whole (``meter ** 2``) and as a decimal where not, only for display: the
    units themselves keep their exact powers.

    A pint without the formatters this expects is left as it is (printing may then fail as
    before, but nothing else changes).
    """
    import pint.formatting

    # None in another layout of pint: it then prints as it does
    process_wide = getattr(pint.formatting, "REGISTERED_FORMATTERS", None)
    own = getattr(getattr(registry, "formatter", None), "_formatters", None)
    for formatters in (own, process_wide):
        if isinstance(formatters, dict):
            for formatter in formatters.values():
                _teach(formatter)


def _teach(formatter: Any) -> None:
    kind = type(formatter)
    if not isinstance(formatter, _PlainPowers) and callable(getattr(kind, "format_unit", None)):
        formatter.__class__ = type(kind.__name__, (_PlainPowers, kind), {})


class _PlainPowers:
    """Mixed in before one of pint's formatters: its units' powers are given to it as
    ``int`` (or ``float`` where not whole), which ``{:n}`` accepts, and a ``Fraction``
    magnitude with a finite decimal is written as that decimal."""

    def format_magnitude(self, magnitude: Any, *args: Any, **kwargs: Any) -> str:
        # a Fraction with a finite decimal as that decimal (0.08 dimensionless, 26.5
        # kilometer ** 2, not 2/25 and 53/2), exactly; one with none stays a fraction; a
        # format spec (.1f, .3e, .1%) as a Decimal takes it, rounded exactly
        if isinstance(magnitude, Fraction):
            spec = args[0] if args else kwargs.get("mspec", "")
            if spec:
                shown = _formatted(magnitude, str(spec))
                if shown is not None:
                    return shown
            elif decimal_places(magnitude.denominator) is not None:
                return format_exact(magnitude)
        base: Any = super()
        return str(base.format_magnitude(magnitude, *args, **kwargs))

    def format_unit(self, unit: Any, *args: Any, **kwargs: Any) -> str:
        # the rest passed on as given: a format of pint.register_unit_format takes no
        # sort_func but among its keywords
        base: Any = super()
        return str(base.format_unit(_plain_items(unit), *args, **kwargs))


def _plain_items(unit: Any) -> list[tuple[str, Any]]:
    """``unit`` (a pint ``Unit``, a ``UnitsContainer`` or its items) as a list of (name,
    power) with each ``Fraction`` power written plainly."""
    units = getattr(unit, "_units", unit)
    items: Iterable[tuple[str, Any]] = units.items() if hasattr(units, "items") else units
    return [(name, _plain(power)) for name, power in items]


#: A format spec's precision (the 3 of .3f) and type (f), as ``format`` reads them.
_SPEC = re.compile(r"(?:\.(?P<precision>[0-9]+))?(?P<type>[eEfFgGn%])?$")
#: The digits beyond what a spec shows that a magnitude with no finite decimal is first
#: rounded to (to odd, which keeps the spec's own rounding exact; two are enough).
_GUARD = 12


def _formatted(value: Fraction, spec: str) -> str | None:
    """``value`` formatted as ``spec`` asks, as a ``Decimal`` takes it (``.1f``, ``.3e``,
    ``.1%``, ``>12``), exactly: a finite decimal as itself, one with none (1/3) rounded
    once at the spec's own digits (``.3f``: 0.333), or, given no digits to round at, as the
    exact fraction aligned as asked (``>12``); None where neither takes ``spec`` (``d``,
    which pint then refuses as ``format`` refuses it of a ``Fraction``)."""
    match = _SPEC.search(spec)
    places = decimal_places(value.denominator)
    if places is not None:
        number = Decimal(value.numerator * (10**places // value.denominator)).scaleb(-places)
    elif match is None or not (match["precision"] or match["type"]):
        try:  # no digits to round at: the exact fraction, aligned as asked (>12)
            return format(str(value), spec)
        except ValueError:
            return None
    else:
        precision = int(match["precision"] or 6)
        whole = len(str(abs(value.numerator) // value.denominator))
        # rounded to odd at more digits than the spec shows: never on one of its ties, and
        # on the same side of each as the value, so the spec rounds it as it would the value
        with localcontext(prec=whole + precision + _GUARD, rounding=ROUND_05UP):
            number = Decimal(value.numerator) / Decimal(value.denominator)
    try:
        return format(number, spec)
    except ValueError:
        return None


def _plain(power: Any) -> Any:
    if isinstance(power, Fraction):
        return power.numerator if power.denominator == 1 else float(power)
    return power
