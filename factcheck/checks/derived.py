"""derived: a figure stated as computed from others must equal the computation.

Declared. Parameters: ``claim`` (the claim that states the derived figure), ``expression``
(a safe arithmetic expression, see :mod:`factcheck._expr`) and ``vars`` (a mapping from
each variable name of the expression to a claim id).

When an article states the derived relation only in words ("单个项目投资额增大": single
projects got bigger), ``at_least`` and/or ``at_most`` replace ``claim``: literal figures
with units (``0亿元/个``). The result's whole interval must lie within them for
``consistent``; an interval that straddles a bound is a ``discrepancy`` (the written
precision cannot settle it); one wholly outside is a ``conflict``. With a variable used
more than once (see below), a straddling interval may only be too wide: the verdict is
then ``consistent`` if no part gives a value beyond the bounds, ``conflict`` if none gives
one within them, ``discrepancy`` only with a witness on each side, and ``not-checkable``
when the parts run out first.

The expression is evaluated exactly: on the claims' nominal values (shown in the
arithmetic, unless an input is a range or a qualified figure other than 约, whose nominal
value is only one end of it: the message then states the result's interval) and on their
intervals (exact interval arithmetic in base units, units
carried through). The stated claim's interval, in the same base unit, must meet the
result: ``consistent`` if it does. Only when it does not is the expression evaluated a
third time, with every round number read at its coarsest precision
(:func:`~factcheck.checks._context.coarse`): ``discrepancy`` if that meets the stated
claim read the same way, ``conflict`` otherwise. A dimension clash inside the
expression, a result in another dimension than the claim, or a divisor whose interval
contains 0, or has 0 as an open end (不到0亿元: the quotient is unbounded), makes the check
``not-checkable`` with the reason. When only the coarsest
reading cannot be evaluated (300个 read as [250, 350) may make ``n2 - n1`` 0), the figures
still disagree at their written precision, so the check is a ``conflict`` whose message
says why the reading that could have softened it was not possible. A malformed or unsafe
expression raises :class:`~factcheck._errors.ExpressionError` located at the check.

A variable used more than once (``a`` in ``a / (a + b)``) makes the interval of the result
wider than the set of values it can take: each occurrence ranges over the interval on its
own. That interval still proves a miss, but a fit must be proved by
:func:`~factcheck._refine.settle`: a witness, the repeated variables fixed to exact values
inside their intervals, whose result meets the stated claim; a miss is then also proved
by splitting their intervals until every part misses. This holds for both readings
(``consistent`` and ``discrepancy`` each need their witness). When the parts run out
first, the check is ``not-checkable`` with the reason; if it is the round-number reading
that is left open, the mismatch at the written precision stands as a ``conflict``, and
the message says so.

:func:`derived_cycles` finds derived checks that depend on each other in a circle (the
claim one defines is a variable of the next); the engine refuses such a corpus.
"""

from __future__ import annotations

import ast
import keyword
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from fractions import Fraction
from typing import Any

from .._arith import point
from .._errors import ExpressionError, FactcheckError, SchemaError, key_text, listed
from .._expr import Expression, Unevaluable, Value, evaluate, parse_expression
from .._expr import unit_description as describe
from .._findings import Finding, Status
from .._model import CheckSpec, Claim, Quantity
from .._numbers import Interval
from .._refine import Settled, settle
from .._schema import Field, found_value
from .._unit_display import display
from .._unit_words import is_percentage_points
from .._units import base_factor, parse_unit, unit_label
from ._context import (
    CheckContext,
    coarse,
    intersect,
    size_of,
    written_as,
    written_per,
    written_points,
    written_value,
    written_word,
)
from ._registry import Where, register_check
from ._show import (
    BASIS_POINTS,
    POINTS,
    approx,
    approx_span,
    digits_for,
    equals,
    gap,
    points,
    touching,
)
from ._show import nominal as has_nominal

__all__ = ["compile_spec", "derived", "derived_cycles"]

_PARAMS = (
    Field("claim", (str,), refers="claim", help="claim id of the derived figure"),
    Field("at_least", (str,), help="instead of claim: a lower bound, e.g. '0亿元/个'"),
    Field("at_most", (str,), help="instead of claim: an upper bound"),
    Field("expression", (str,), required=True, help="e.g. 'investment / area'"),
    Field("vars", (dict,), required=True, refers="claim", help="variable name -> claim id"),
)


def _variables(spec: CheckSpec) -> dict[str, str]:
    raw = spec.params.get("vars")
    if not isinstance(raw, Mapping):
        return {}
    return {str(k): v for k, v in raw.items() if isinstance(v, str)}


def _a_name(name: Any) -> bool:  # a key of vars: any YAML scalar
    """Whether an expression can name the variable ``name``: a Python identifier that is
    no keyword (YAML reads ``1``, ``null`` and ``true`` as no string at all)."""
    return isinstance(name, str) and name.isidentifier() and not keyword.iskeyword(name)


def _written(name: Any) -> str:  # a key of vars: any YAML scalar
    """A key of vars as a message shows it: text quoted, anything else as YAML writes it."""
    return repr(name) if isinstance(name, str) else key_text(name)


def compile_spec(spec: CheckSpec) -> Expression:
    """Vet a derived check's expression against its declared variables.

    Args:
        spec: a ``derived`` check.

    Returns:
        The vetted expression.

    Raises:
        ExpressionError: the expression is missing, malformed or unsafe, located at the
            check, naming the column in the expression.
    """
    text: Any = spec.params.get("expression")
    try:
        return parse_expression(text if isinstance(text, str) else "", _variables(spec))
    except ExpressionError as error:
        raise ExpressionError(
            f"check '{spec.id}': {error.message}", location=spec.location,
            expected="an arithmetic expression over the names in `vars`",
            found=error.found, hint=error.hint) from None


def _validate(spec: CheckSpec) -> list[tuple[Where, FactcheckError]]:
    """Load-time vetting: a malformed or unsafe expression is an input error at its line,
    and so are bounds that cannot be read or leave nothing between them, bounds given with
    a stated ``claim`` (which would be ignored), neither, and variables that name no claim
    id, located at the entry of vars that is wrong."""
    given = [key for key in ("at_least", "at_most") if key in spec.params]
    if "claim" in spec.params and given:
        return [(given[0], SchemaError(
            f"'{given[0]}' is given with 'claim': a derived check compares its expression "
            "with a stated claim or with bounds, not both",
            expected="claim, or instead at_least and/or at_most",
            hint=f"delete '{given[0]}', or delete 'claim' to check the expression against "
                 "the bounds"))]
    if "claim" not in spec.params and not given:
        return [("claim", SchemaError(
            "a derived check needs 'claim', or 'at_least' and/or 'at_most'",
            expected="claim: the id of the stated figure, or at_least/at_most: bounds",
            hint="add the claim the expression computes, or bounds such as at_least: 0亿元"))]
    raw = spec.params.get("vars")
    if isinstance(raw, Mapping):
        folded: dict[str, str] = {}  # as Python reads a name: NFKC, full-width ａ is a
        for name, value in raw.items():
            if not _a_name(name):  # `1`, `null`, `true`, `2a`, `the area`: no expression
                return [(("vars", name), SchemaError(  # can name it: it could only be unused
                    f"variable {_written(name)} of vars is not a name an expression can use",
                    expected="a name of letters, digits and _ that starts with a letter "
                             "(a, total, 总额), not a Python keyword",
                    found=found_value(name),
                    hint="rename the variable, in vars and in the expression"))]
            plain = unicodedata.normalize("NFKC", name)
            other = folded.setdefault(plain, name)
            if other != name:  # either one in the expression would read the same claim
                return [(("vars", name), SchemaError(
                    f"variables '{other}' and '{name}' of vars are one name in an expression, "
                    f"which reads both as '{plain}'",
                    expected="names that differ as plain letters (full-width letters and "
                             "ligatures are read as the plain ones)",
                    found=f"'{other}' and '{name}'",
                    hint=f"rename '{name}', in vars and in the expression, with letters of "
                         "its own"))]
            if not isinstance(value, str):
                return [(("vars", name), SchemaError(
                    f"variable '{name}' of vars must name a claim id",
                    expected="name: claim id, e.g. {total: daoli.total}",
                    found=found_value(value),
                    hint="write the id of the claim the variable stands for"))]
    try:
        expression = compile_spec(spec)
    except ExpressionError as error:
        return [("expression", error)]
    if isinstance(raw, Mapping):
        # a variable the expression leaves out is a claim the check never reads: a slip
        # (g + g / 3 for g + s) that can still pass, comparing other figures than meant
        unused = [name for name in raw if str(name) not in expression.names]
        if unused:
            return [(("vars", unused[0]), SchemaError(
                f"variable '{unused[0]}' of vars ({raw[unused[0]]}) is not used in the "
                f"expression {expression.text}",
                expected="every variable of vars in the expression",
                found=f"{', '.join(unused)} unused",
                hint=f"use '{unused[0]}' in the expression, or delete it from vars"))]
        first: dict[str, str] = {}
        for name, claim_id in raw.items():
            other = first.setdefault(claim_id, str(name))
            if other != str(name):  # a - b of one claim is 0, yet each ranges on its own
                return [(("vars", name), SchemaError(
                    f"claim '{claim_id}' is both variable '{other}' and variable '{name}' "
                    "of vars",
                    expected="a different claim for each variable",
                    found=f"'{claim_id}' twice",
                    hint=f"write '{other}' for both in the expression, and delete '{name}' "
                         "from vars; or name the claim it stands for"))]
    least, most = spec.params.get("at_least"), spec.params.get("at_most")
    for key, text in (("at_least", least), ("at_most", most)):
        read = _bound(text) if isinstance(text, str) else None
        if isinstance(read, str):  # a literal: what it says is known before any claim
            hint = (f"write the unit of the expression's result after the figure, e.g. "
                    f"{key}: {text}元 or {key}: {text}%" if read.endswith("has no unit") else
                    "write the bound as a figure, without 约, 近 or a range")
            return [(key, SchemaError(
                read, expected="a plain figure with its unit, such as 0亿元/个 or 50%",
                found=text, hint=hint))]
    if isinstance(least, str) and isinstance(most, str):
        low, high = _bound(least), _bound(most)
        if not isinstance(low, str) and not isinstance(high, str) and (
                low.base_unit == high.base_unit and low.base > high.base):
            return [("at_most", SchemaError(
                f"at_most {most} is below at_least {least}: no value fits both",
                expected="at_least <= at_most", found=f"{least} > {most}",
                hint="swap the two bounds"))]
    return []


@register_check("derived", params=_PARAMS, validate=_validate)
def derived(spec: CheckSpec, context: CheckContext) -> Finding:
    """A derived figure equals its expression evaluated on the claims it comes from."""
    expression = compile_spec(spec)
    if "claim" not in spec.params:
        return _judge_bounds(spec, context, expression)
    stated = context.claim(spec, "claim")
    if isinstance(stated, str):
        return context.not_checkable(spec, stated)
    raw = spec.params.get("vars")
    if not isinstance(raw, Mapping) or any(not isinstance(v, str) for v in raw.values()):
        return context.not_checkable(spec, "vars must map names to claim ids",
                                     [("derived", stated)])
    inputs: dict[str, Claim] = {}
    for name in expression.names:
        claim = context.corpus.claims.get(raw[name])
        if claim is None:
            return context.not_checkable(spec, context.missing(raw[name], name),
                                         [("derived", stated)])
        if claim.quantity is None:
            return context.not_checkable(
                spec, f"claim '{claim.id}' ({name}) is a date, not a quantity",
                [("derived", stated), (name, claim)])
        inputs[name] = claim
    if stated.quantity is None:
        return context.not_checkable(spec, f"claim '{stated.id}' is a date, not a quantity",
                                     [("derived", stated), *inputs.items()])
    return _judge(spec, context, expression, stated, inputs)


def _quantities(inputs: Mapping[str, Claim]) -> dict[str, Quantity]:
    return {name: c.quantity for name, c in inputs.items() if c.quantity is not None}


def _values(quantities: Mapping[str, Quantity],
            read: Callable[[Quantity], Interval]) -> dict[str, Value]:
    """Each variable's quantity read as an interval (its nominal point, its precision...),
    with the size whose word an end of 0 takes (:func:`size_of`: [0亿元, +∞) of 至少0亿元)."""
    return {name: Value(read(q), q.base_unit, size_of([q])) for name, q in quantities.items()}



#: What a variable, or a part of an expression, gives: a percentage or percentage points
_PERCENT, _POINTS = "percent", "points"


def _ratio_kind(node: ast.AST, quantities: Mapping[str, Quantity]) -> str | None:
    """Whether ``node`` gives a percentage (:data:`_PERCENT`: 30%, a ratio of them, a sum
    of shares) or percentage points (:data:`_POINTS`: 2个百分点, and 30% - 25%, the
    difference of two percentages), or neither (None: a multiple in 倍, a ‰, a product)."""
    if isinstance(node, ast.Name):
        q = quantities.get(node.id)
        if q is None or q.base_unit != "dimensionless":
            return None
        if is_percentage_points(q.unit):
            return _POINTS
        return _PERCENT if q.unit in ("%", "成") else None
    if isinstance(node, ast.UnaryOp):
        return _ratio_kind(node.operand, quantities)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "abs":
        return _ratio_kind(node.args[0], quantities) if len(node.args) == 1 else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Sub):
        kinds = {_ratio_kind(node.left, quantities), _ratio_kind(node.right, quantities)}
        if kinds == {_PERCENT}:
            return _POINTS if isinstance(node.op, ast.Sub) else _PERCENT
        return _POINTS if kinds == {_POINTS} else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
        kinds = {_ratio_kind(node.left, quantities), _ratio_kind(node.right, quantities)}
        return _PERCENT if kinds <= {_PERCENT, _POINTS} else None  # a ratio of rates
    return None


def _in_points(expression: Expression, quantities: Mapping[str, Quantity]) -> str | None:
    """:data:`~factcheck.checks._show.POINTS` when ``expression`` gives percentage points
    (``a - b`` of 30% and 25% is 5个百分点, not 5%, whatever the claim or bound it is
    compared with writes), else None."""
    return POINTS if _ratio_kind(expression.tree.body, quantities) == _POINTS else None


def _used(names: Sequence[str]) -> str:
    """``a is used more than once``: why the result's interval had to be narrowed."""
    return f"{listed(names)} {'is' if len(names) == 1 else 'are'} used more than once"


def _parts(settled: Settled) -> str:
    """``3 parts of its interval``: how far the repeated variables were split."""
    which = "its interval" if len(settled.repeated) == 1 else "their intervals"
    return f"{settled.parts} parts of {which}"


def _open(settled: Settled) -> str:
    """Why :func:`~factcheck._refine.settle` left the question open."""
    return f"{_used(settled.repeated)}, and {_parts(settled)} did not settle it"


def _narrowed(settled: Settled, quantities: Mapping[str, Quantity], digits: int,
              word: str | None = None, like: Fraction | None = None) -> list[str]:
    """How the result's range was found when a variable is used more than once (the
    result in ``word``, see :func:`~factcheck.checks._context.written_word`, an end of 0
    in the word of ``like``, the claim's: [0亿元, 0亿元], not [0元, 0元])."""
    if not settled.repeated:
        return []
    used = _used(settled.repeated)
    if settled.witness is None:
        return [f"{used}: the range is narrowed over {_parts(settled)}"]
    at = ", ".join(f"{name} {equals(_shown(x, quantities[name]))}"
                   for name, x in settled.witness.at)
    return [f"{used}: with {at} it lies in "
            f"{approx_span(settled.witness.result, settled.unit, digits, word, like=like)}"]


def _shown(value: Fraction, quantity: Quantity) -> str:
    """A witness value in the unit its claim is shown in, to a few places past its own."""
    word = written_as([quantity])
    return approx(value, quantity.base_unit, digits_for(quantity, 4, word), word=word)


def _judge(spec: CheckSpec, context: CheckContext, expression: Expression, stated: Claim,
           inputs: dict[str, Claim]) -> Finding:
    target = stated.quantity
    if target is None:  # refused by the caller
        raise AssertionError(f"claim {stated.id} has no quantity")
    quantities = _quantities(inputs)
    everything = [("derived", stated), *inputs.items()]
    nominal = evaluate(expression, _values(quantities, lambda q: point(q.base)))
    exact = settle(expression, _values(quantities, lambda q: q.interval), target.interval)
    if isinstance(exact, Unevaluable):
        return context.not_checkable(spec, exact.reason, everything)
    if isinstance(nominal, Unevaluable):
        return context.not_checkable(spec, nominal.reason, everything)
    if exact.unit != target.base_unit:
        return context.not_checkable(
            spec, f"the expression gives {describe(exact.unit)} but claim '{stated.id}' is "
            f"{describe(target.base_unit)}{_per_hint(exact.unit, target.base_unit)}",
            everything)
    unit = target.base_unit
    value = nominal.interval.low
    if value is None:  # pragma: no cover - point inputs give a point result
        raise AssertionError("nominal result is unbounded")
    # a count whose claims all write 套 is shown in 套 (13套, not 13个), a result per 亩 per
    # 亩 as the claim writes it (15万元/亩, not 225元/平方米)
    # and a result stated in percentage points in them (5个百分点, not 5%)
    word = (written_word([target, *quantities.values()]) or written_per([target])
            or written_points([target]))
    # and a difference of two percentages in percentage points, the stated 5% in % (a - b
    # is 5个百分点, which fits 5%): ``word`` for the stated claim, ``own`` for the result
    own = word or _in_points(expression, quantities)
    digits = digits_for(target, word=word)
    # a 0 has no size to choose its word by: it takes the claim's (0亿元, not 0元), as a
    # difference from a stated 0亿元 does, and so does an end of 0 beside an infinite one
    size = size_of([target])
    if exact.meets is None:
        return context.not_checkable(
            spec, f"whether {expression.text} can be {written_value(stated)} is open: {_open(exact)} "
            f"(within written precision it lies in "
            f"{approx_span(exact.enclosure, unit, digits, own, like=size)})", everything)
    # a range or a qualified input (10-20亿元, 近20亿元) has no value to compute one result
    # from: its nominal value is one end of it, so the result is stated as its interval
    levels = all(has_nominal(q) for q in quantities.values())
    span = approx_span(exact.enclosure, unit, digits, own, like=size)
    shown = (approx(value, unit, digits, like=size if value == 0 else None, word=own)
             if levels else span)
    bindings = ", ".join(f"{n} = {written_value(inputs[n])}" for n in expression.names)
    arithmetic = [
        f"{expression.text} with {bindings}" if bindings else expression.text,
        *([f"{expression.text} {equals(shown)}"] if levels else []),
        f"within written precision: {span}",
        *_narrowed(exact, quantities, digits, own, size),
        f"stated {written_value(stated)} = {approx_span(target.interval, unit, digits, word, like=size)}",
    ]
    computed = point(value) if levels else exact.enclosure
    # between two percentages, percentage points (2.7% and 3个百分点 are 0.3 points apart)
    miss = gap(computed, point(target.base) if has_nominal(target) else target.interval)
    # in the claim's unit, in which digits counts; a stated 0亿元 has no unit word of its
    # own, so its miss is in the miss's (5亿元, not 500000000元)
    difference = points(approx(miss, unit, digits, like=max(abs(target.base), miss) or size,
                               word=word))
    if not miss and not exact.meets:  # 10套 + 3套 against 超过13套: they only touch
        difference = touching(difference)
    per = None  # the claim per 亩 in its common unit too, as the result is shown
    if word is not None and (word.startswith("/") or word == BASIS_POINTS):  # 50个基点 too
        per = (approx(target.base, unit, digits, word=word) if target.qualifier is None
               else approx_span(target.interval, unit, digits, word, like=size))
    claims = [context.involved(stated, "derived", per)]
    claims += [context.involved(inputs[n], n) for n in expression.names]
    result = (f"{expression.text} is {shown.lstrip('≈')}" if levels
              else f"{expression.text} lies in {span}")
    if exact.meets and levels and not target.interval.contains(value):
        # the nominal result is outside the stated figure: only the written precision of
        # the inputs makes it fit, which the message says, as bound does
        status = Status.CONSISTENT
        message = (f"{result}, outside {written_value(stated)}, i.e. "
                   f"{approx_span(target.interval, unit, digits, word, like=size)}, but it "
                   f"fits within written precision: it lies in {span}.")
    elif exact.meets:
        status = Status.CONSISTENT
        message = f"{result}, which fits {written_value(stated)}."
    else:
        status, message = _mismatch(expression, quantities, stated, result, arithmetic, word,
                                    own)
    if levels and shown.startswith("≈"):
        message = message.replace(" is ", " is about ", 1)
    return context.finding(spec.kind, spec.id, status, message, claims=claims, spec=spec,
                           arithmetic=arithmetic, difference=difference)


def _mismatch(expression: Expression, quantities: Mapping[str, Quantity], stated: Claim,
              computed: str, arithmetic: list[str], word: str | None = None,
              own: str | None = None) -> tuple[Status, str]:
    """Discrepancy or conflict, once the result misses the stated figure's interval.

    Reading the round numbers at their coarsest precision only softens a conflict to a
    discrepancy. When that reading cannot be evaluated (a divisor that may then be 0), or
    a variable used more than once leaves it open, the mismatch at the written precision
    stands as a conflict, and the message says why the softer reading could not be had.
    The stated claim is shown in ``word``, the result in ``own`` (see :func:`_judge`).
    """
    target = stated.quantity
    if target is None:  # refused by the caller
        raise AssertionError(f"claim {stated.id} has no quantity")
    unit, digits = target.base_unit, digits_for(target, word=word)
    result = f"{computed}, not {written_value(stated)}"
    loose = settle(expression, _values(quantities, coarse), coarse(target))
    if isinstance(loose, Unevaluable):
        arithmetic.append(f"read as round numbers: cannot be evaluated: {loose.reason}")
        return Status.CONFLICT, (f"{result}, even allowing for the written precision; read "
                                 f"as round numbers it cannot be evaluated: {loose.reason}.")
    if loose.meets is False:
        return Status.CONFLICT, f"{result}, even allowing for the written precision."
    size = size_of([target])  # the word of an end of 0 beside an infinite one
    span = (f"{approx_span(loose.enclosure, unit, digits, own, like=size)} against "
            f"{approx_span(coarse(target), unit, digits, word, like=size)}")
    if loose.meets is None:
        arithmetic.append(f"read as round numbers: {span}, open: {_open(loose)}")
        return Status.CONFLICT, (f"{result}, even allowing for the written precision; read "
                                 f"as round numbers, whether they agree is open: "
                                 f"{_open(loose)}.")
    arithmetic.append(f"read as round numbers: {span}")
    arithmetic.extend(_narrowed(loose, quantities, digits, own))
    return Status.DISCREPANCY, (f"{result}; they agree only if the round numbers are read "
                                "at their coarsest precision.")


def _per_hint(result: str, stated: str) -> str:
    """The fix for a stated figure that lacks the per-unit of the expression's result:
    ``; if it is per 个, give the claim per: 个`` for 0.5亿元 (平均每个项目) against
    元/个; else nothing."""
    over, under = parse_unit(stated), parse_unit(result)
    if over is None or under is None:  # pragma: no cover - both are base units
        return ""
    per = over / under  # 元 / (元/个) is 个
    base = base_factor(per)[1]
    if re.search(r" \* |/|^1\b|\*\* -", base):  # not one unit to divide by (个, 平方米)
        return ""
    word = unit_label(per)
    if word.isascii():  # meter ** 2 is written 平方米
        word = display(Fraction(1), base).removeprefix("1").strip()
    return f"; if it is per {word}, give the claim `per: {word}`"


def _bound(text: str) -> Quantity | str:
    """A literal bound ("0亿元/个") as a quantity, or why it cannot be read."""
    from .._claim_quantity import quantity_of, short_repr
    from .._numbers import parse_figure

    figure = parse_figure(text)
    if figure is None or figure.qualifier is not None:
        return f"cannot read the bound {short_repr(text)} (write a plain figure with its unit)"
    if not figure.unit_word:  # a bound has no `unit:` field: its unit is written in it
        return f"bound {short_repr(text)} has no unit"
    quantity = quantity_of(figure)
    if isinstance(quantity, str):
        return f"bound {short_repr(text)}: {quantity}"
    return quantity


def _judge_bounds(spec: CheckSpec, context: CheckContext, expression: Expression) -> Finding:
    raw = spec.params.get("vars")
    names = dict(raw) if isinstance(raw, Mapping) else {}
    inputs: dict[str, Claim] = {}
    for name in expression.names:
        claim = context.corpus.claims.get(str(names.get(name)))
        if claim is None:
            return context.not_checkable(spec, context.missing(names.get(name), name))
        if claim.quantity is None:
            return context.not_checkable(
                spec, f"claim '{claim.id}' ({name}) is a date, not a quantity", [(name, claim)])
        inputs[name] = claim
    bounds = {key: spec.params[key] for key in ("at_least", "at_most") if key in spec.params}
    if not bounds:
        return context.not_checkable(spec, "give `claim`, or `at_least`/`at_most`",
                                     list(inputs.items()))
    quantities = _quantities(inputs)
    nominal = evaluate(expression, _values(quantities, lambda q: point(q.base)))
    ranged = evaluate(expression, _values(quantities, lambda q: q.interval))
    # the intervals first: a divisor's nominal 0 (of 不到0亿元) is not what its claim says
    for result in (ranged, nominal):
        if isinstance(result, Unevaluable):
            return context.not_checkable(spec, result.reason, list(inputs.items()))
    assert not isinstance(nominal, Unevaluable) and not isinstance(ranged, Unevaluable)
    value = nominal.interval.low
    if value is None:  # pragma: no cover - point inputs give a point result
        raise AssertionError("nominal result is unbounded")
    unit = ranged.unit
    limits: dict[str, Fraction] = {}
    pers: list[str | None] = []
    sizes: list[Fraction] = []  # the bounds' (see size_of), for an end of 0 beside +∞
    for key, text in sorted(bounds.items()):
        bound = _bound(str(text))
        if isinstance(bound, str):
            return context.not_checkable(spec, bound, list(inputs.items()))
        amount, bound_unit = bound.base, bound.base_unit
        pers.append(written_per([bound]) or written_points([bound]))
        sizes.append(size_of([bound]))
        if bound_unit != unit:
            return context.not_checkable(
                spec, f"the expression gives {describe(unit)} but {key} {text!r} is "
                f"{describe(bound_unit)}", list(inputs.items()))
        limits[key] = amount
    said = " and ".join(f"{k.replace('_', ' ')} {v}" for k, v in sorted(bounds.items()))
    status: Status | None = _against(ranged.interval, limits)
    found: list[Settled] = []
    if status is Status.DISCREPANCY:  # the interval straddles a bound: is it over-wide?
        status, found = _straddle(expression, _values(quantities, lambda q: q.interval),
                                  limits.get("at_least"), limits.get("at_most"))
    enclosure = ranged.interval
    for settled in found:
        enclosure = intersect([enclosure, settled.enclosure]) or enclosure
    bindings = ", ".join(f"{n} = {written_value(inputs[n])}" for n in expression.names)
    levels = all(has_nominal(q) for q in quantities.values())  # see _judge
    # inputs that all write 套 and a result in their unit: shown in 套, as in _judge
    word = (written_word(quantities.values())
            if all(q.base_unit == unit for q in quantities.values()) else None)
    # a result per 亩 per 亩, as its bounds write it (20万元/亩, not 300元/平方米), and a
    # difference of two percentages in percentage points (5个百分点, at least 1%)
    word = word or pers[0] or _in_points(expression, quantities)
    size = max(sizes)  # an end of 0 beside +∞ in its bounds' word: (0亿元/个, +∞)
    arithmetic = [f"{expression.text} with {bindings}",
                  *([f"{expression.text} {equals(approx(value, unit, 4, word=word))}"] if levels else []),
                  f"within written precision: {approx_span(enclosure, unit, 4, word, like=size)}"]
    for settled in found:
        arithmetic += [line for line in _narrowed(settled, quantities, 4, word)
                       if line not in arithmetic]
    arithmetic += [f"{key.replace('_', ' ')} {text}" for key, text in sorted(bounds.items())]
    if status is None:
        return context.not_checkable(
            spec, f"whether {expression.text} is {said} is open: "
            f"{_open(next(s for s in found if s.meets is None))} "
            f"(within written precision it lies in {approx_span(enclosure, unit, 4, word, like=size)})",
            list(inputs.items()))
    rounded = approx(value, unit, 4, word=word)
    shown = (("is about " if rounded.startswith("≈") else "is ") + rounded.lstrip("≈")
             if levels else f"lies in {approx_span(enclosure, unit, 4, word, like=size)}")
    verdict = {Status.CONSISTENT: f"which is {said}", Status.CONFLICT: f"which is not {said}",
               Status.DISCREPANCY: f"whose written precision cannot settle whether it is {said}"}
    claims = [context.involved(inputs[n], n) for n in expression.names]
    # how far the result lies beyond its bounds (13套 is 7套 short of at least 20个), as a
    # result against a claim has its miss; 0 where it lies within them
    miss = gap(point(value) if levels else enclosure,
               Interval.of(limits.get("at_least"), limits.get("at_most"), True, True))
    difference = points(approx(miss, unit, 4, like=max(abs(value), miss) or None, word=word))
    return context.finding(spec.kind, spec.id, status,
                           f"{expression.text} {shown}, {verdict[status]}.", claims=claims,
                           spec=spec, arithmetic=arithmetic, difference=difference)


def _against(interval: Interval, limits: Mapping[str, Fraction]) -> Status:
    """``consistent`` inside every bound, ``conflict`` wholly outside one, else straddling."""
    low, high = interval.low, interval.high
    inside, outside = True, False
    for key, amount in limits.items():
        # outside: every value misses the bound; an open end at the bound misses it too
        if key == "at_least":
            inside = inside and low is not None and low >= amount
            outside = outside or (high is not None and (
                high < amount or (high == amount and not interval.high_closed)))
        else:
            inside = inside and high is not None and high <= amount
            outside = outside or (low is not None and (
                low > amount or (low == amount and not interval.low_closed)))
    return (Status.CONSISTENT if inside else Status.CONFLICT if outside
            else Status.DISCREPANCY)


def _straddle(expression: Expression, values: Mapping[str, Value], lower: Fraction | None,
              upper: Fraction | None) -> tuple[Status | None, list[Settled]]:
    """Grade a result whose interval straddles a bound, which a repeated variable may fake.

    Returns:
        ``consistent`` when no inputs give a value beyond the bounds, ``conflict`` when
        none give one within them, ``discrepancy`` when some give each, or None when the
        parts ran out first; and the searches that decided it, where a repeated
        variable had to be split or fixed.
    """
    targets = [Interval.of(lower, upper, True, True)]
    if lower is not None:
        targets.append(Interval(None, lower, False, False))
    if upper is not None:
        targets.append(Interval(upper, None, False, False))
    searches = [s for s in (settle(expression, values, t) for t in targets)
                if isinstance(s, Settled)]
    if len(searches) != len(targets):  # pragma: no cover - the caller evaluated it
        raise AssertionError("the expression stopped being evaluable")
    within, beyond = searches[0], searches[1:]
    if within.meets is False:
        status: Status | None = Status.CONFLICT
        deciding = [within]
    elif all(side.meets is False for side in beyond):
        status, deciding = Status.CONSISTENT, beyond
    elif within.meets and any(side.meets for side in beyond):
        status = Status.DISCREPANCY
        deciding = [within, next(side for side in beyond if side.meets)]
    else:
        status, deciding = None, [s for s in searches if s.meets is None]
    return status, [s for s in deciding if s.repeated]


def derived_cycles(specs: Iterable[CheckSpec]) -> list[list[str]]:
    """Find derived checks that depend on themselves, directly or through others.

    Check B depends on check A when the claim A defines (its ``claim``) is one of B's
    ``vars``. A cycle is listed as check ids in dependency order, each check depending on
    the one before it and the first on the last; each cycle is listed once, starting at
    the check that comes first in ``specs``.

    Args:
        specs: the ``derived`` checks, in file order.

    Returns:
        The cycles, in order of their first check; empty when there are none.
    """
    ordered = [s for s in specs if s.kind == "derived"]
    index = {s.id: i for i, s in enumerate(ordered)}
    defines: dict[str, list[str]] = {}
    for spec in ordered:
        claim = spec.params.get("claim")
        if isinstance(claim, str):
            defines.setdefault(claim, []).append(spec.id)
    users: dict[str, list[str]] = {s.id: [] for s in ordered}
    for spec in ordered:
        for claim_id in _variables(spec).values():
            for definer in defines.get(claim_id, []):
                users[definer].append(spec.id)
    cycles: list[list[str]] = []
    for component in _components(users, [s.id for s in ordered]):
        first = min(component, key=index.__getitem__)
        if len(component) == 1 and first not in users[first]:
            continue
        cycles.append(_cycle_through(first, set(component), users, index))
    return sorted(cycles, key=lambda c: index[c[0]])


def _components(edges: Mapping[str, list[str]], nodes: list[str]) -> list[list[str]]:
    """Strongly connected components (Tarjan's algorithm, iterative)."""
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in nodes:
        if root in order:
            continue
        work = [(root, 0)]
        while work:
            node, position = work.pop()
            if position == 0:
                order[node] = low[node] = len(order)
                stack.append(node)
                on_stack.add(node)
            successors = edges.get(node, [])
            if position < len(successors):
                work.append((node, position + 1))
                child = successors[position]
                if child not in order:
                    work.append((child, 0))
                elif child in on_stack:
                    low[node] = min(low[node], order[child])
                continue
            if low[node] == order[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                found.append(component)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return found


def _cycle_through(start: str, members: set[str], edges: Mapping[str, list[str]],
                   index: Mapping[str, int]) -> list[str]:
    """A shortest cycle from ``start`` back to itself inside one component."""
    previous: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following: list[str] = []
        for node in frontier:
            for child in sorted(edges.get(node, []), key=index.__getitem__):
                if child == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(previous[path[-1]])
                    return path[::-1]
                if child in members and child not in previous:
                    previous[child] = node
                    following.append(child)
        frontier = following
    raise AssertionError(f"{start} is on no cycle")  # pragma: no cover
