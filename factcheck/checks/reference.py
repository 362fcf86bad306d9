"""reference: a claim against an independently computable fact.

The fact implemented is the great-circle (geodesic) distance between two reference places,
from coordinates kept in a ``places:`` section with their source, computed on the WGS84
ellipsoid by geographiclib (Karney's algorithm, accurate to nanometres). The geodesic is
rounded to whole metres, which is the only rounding here and is far below any written
precision in an article. The claim agrees when its interval contains the reference; a round
number that contains it only at its coarsest precision is a discrepancy.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from .._errors import FactcheckError, SchemaError, short_text
from .._findings import Finding, Status
from .._model import CheckSpec, Place
from .._numbers import format_exact
from .._schema import Field
from .._unit_display import display
from ._context import CheckContext, coarse, described, percent, quantity_span, round_ends
from ._registry import register_check
from ._show import meant, nominal

__all__ = ["check_reference", "geodesic_metres"]

PARAMS = (
    Field("claim", (str,), required=True, refers="claim", help="claim id of the stated distance"),
    Field("from", (str,), required=True, refers="place", help="place id"),
    Field("to", (str,), required=True, refers="place", help="place id"),
)


def geodesic_metres(a: Place, b: Place) -> Fraction:
    """The WGS84 geodesic distance between two places, in whole metres (exact integer)."""
    from geographiclib.geodesic import Geodesic

    result = Geodesic.WGS84.Inverse(float(a.lat), float(a.lon), float(b.lat), float(b.lon))
    return Fraction(round(Decimal(repr(result["s12"]))))


def _validate(spec: CheckSpec) -> list[tuple[str, FactcheckError]]:
    """Load-time vetting: the distance is between two places (from a place to itself it is
    0, and the check compared the claim with 0米, testing nothing)."""
    start, end = spec.params.get("from"), spec.params.get("to")
    if not isinstance(start, str) or start != end:
        return []  # a place that is no string is said by the schema
    return [("to", SchemaError(
        f"place '{short_text(start)}' is both 'from' and 'to': the distance from a place to "
        "itself is 0, so the check would test nothing",
        expected="two different places in 'from' and 'to'",
        found=f"'{short_text(start)}' twice",
        hint="name in 'to' the place the article measures the distance to"))]


def _no_distance(start: Place, end: Place) -> str:
    """Why two different places 0 metres apart (the same coordinates given twice, or
    points under half a metre apart) make no reference distance."""
    def at(place: Place) -> str:
        return f"({format_exact(place.lat)}, {format_exact(place.lon)})"

    where = (f"at the same point, {at(start)}" if (start.lat, start.lon) == (end.lat, end.lon)
             else f"less than half a metre apart, at {at(start)} and {at(end)}")
    return (f"the places '{short_text(start.id)}' ({start.name}) and '{short_text(end.id)}' "
            f"({end.name}) are {where}: the distance between them is 0, so the check would "
            "test nothing; correct the coordinates of one in `places:`, or name in 'to' the "
            "place the article measures the distance to")


@register_check("reference", params=PARAMS, validate=_validate)
def check_reference(spec: CheckSpec, context: CheckContext) -> Finding:
    """A stated distance against the geodesic between two reference places."""
    claim = context.claim(spec, "claim")
    if isinstance(claim, str):
        return context.not_checkable(spec, claim)
    places = []
    for param in ("from", "to"):
        place_id = spec.params.get(param)
        place = context.corpus.places.get(place_id) if isinstance(place_id, str) else None
        if place is None:
            return context.not_checkable(spec, f"place '{place_id}' ({param}) does not exist",
                                         [("stated", claim)])
        places.append(place)
    q = claim.quantity
    if q is None:
        return context.not_checkable(spec, f"claim '{claim.id}' is a date, not a distance",
                                     [("stated", claim)])
    if q.base_unit != "meter":  # named as written, with its dimension, as other kinds do
        return context.not_checkable(
            spec, f"{claim.value} is in {described([q])}, not a distance", [("stated", claim)])
    reference = geodesic_metres(places[0], places[1])
    if reference == 0:  # it was compared with 0米, which tests nothing
        return context.not_checkable(spec, _no_distance(places[0], places[1]), [("stated", claim)])
    # a range (1000-2000公里) is as far off as its nearest written end, as bound places it:
    # its nominal value is only its low end; a qualified figure (超过2000公里) is placed by
    # all it means, so a reference inside it is 0 off
    ranged = q.qualifier == "range" and q.top is not None
    span = meant(q)
    near = reference
    if span.low is not None and near < span.low:
        near = span.low
    if span.high is not None and near > span.high:
        near = span.high
    gap = abs(near - reference)
    written = (f"{display(near, 'meter')} (the nearest end of {claim.value})" if ranged
               else claim.value)
    off = f"is, at its nearest end, {display(gap, 'meter')}" if ranged else (
        f"is {display(gap, 'meter')}")
    ends = round_ends(q)
    # what coarse() reads loosely: the round number, or a range's round end or ends
    loosely = "as a round number" if ends is None else f"with its round {ends} read loosely"
    rounding = "a round number" if ends is None else f"its round {ends}"
    arithmetic = [
        f"{places[0].name} ({format_exact(places[0].lat)}, {format_exact(places[0].lon)}) to "
        f"{places[1].name} ({format_exact(places[1].lat)}, {format_exact(places[1].lon)}): "
        f"geodesic {display(reference, 'meter')} "
        f"(WGS84; coordinates: {places[0].source}; {places[1].source})",
        f"{claim.value} means {quantity_span(q)}; {loosely} at most "
        f"{quantity_span(q, interval=coarse(q))}",
        f"{display(reference, 'meter')} lies between the ends of {claim.value}"
        if ranged and near == reference else
        f"{display(reference, 'meter')} lies inside what {claim.value} means"
        if not nominal(q) and near == reference else
        f"{written} - {display(reference, 'meter')} = "
        f"{'-' if near < reference else ''}{display(gap, 'meter')}",
    ]
    relative = percent(gap, reference)
    share = f" ({relative})" if relative else ""
    common = {"claims": [context.involved(claim, "stated")], "spec": spec,
              "arithmetic": arithmetic,
              "difference": display(gap, "meter", like=reference),  # 0公里, not 0米
              "relative": relative,
              "extra": [("reference", display(reference, "meter"))]}
    shown = display(reference, "meter")
    if q.interval.contains(reference) and q.qualifier is not None:
        # 超过2000公里 holds 2816.39公里 by what it means, not by any written precision
        return context.finding("reference", spec.id, Status.CONSISTENT,
                               f"The reference distance {shown} lies inside {claim.value}, "
                               f"i.e. {quantity_span(q)}.",
                               **common)  # type: ignore[arg-type]
    if q.interval.contains(reference):
        return context.finding("reference", spec.id, Status.CONSISTENT,
                               f"{claim.value} matches the reference distance {shown} within "
                               "its written precision.", **common)  # type: ignore[arg-type]
    if coarse(q).contains(reference):
        return context.finding(
            "reference", spec.id, Status.DISCREPANCY,
            f"{claim.value} {off}{share} off the "
            f"reference distance {shown}, within the rounding of {rounding}.",
            **common)  # type: ignore[arg-type]
    return context.finding(
        "reference", spec.id, Status.CONFLICT,
        f"{claim.value} {off}{share} off the "
        f"reference distance {shown}, more than its written precision allows.",
        **common)  # type: ignore[arg-type]
