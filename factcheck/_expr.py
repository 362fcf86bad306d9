"""A safe evaluator of derived-figure expressions over exact intervals with units.

An expression such as ``investment / area`` or ``(b - a) / a * 100`` is parsed with
:mod:`ast` and accepted only if every node is on a short list:

* numbers: integer literals, decimal literals (read exactly from their text, never through
  ``float``: ``0.1`` is 1/10) and strings holding a decimal (``"0.1"``);
* the declared variable names;
* ``+ - * /``, unary ``-`` and ``+``, and ``**`` with a literal whole exponent from -10 to 10;
* calls of ``abs``, ``min`` and ``max`` by bare name, with positional arguments only.

Anything else (attributes, subscripts, other calls, keywords, comprehensions, lambdas,
comparisons, undeclared names...) raises :class:`~factcheck._errors.ExpressionError`
naming the column and a fix. Expressions are limited to 500 characters and 50 levels of
nesting, and every exact number met while evaluating to 4096 bits, so that an expression
cannot take unbounded time or memory.

Evaluation works on :class:`Value` (an exact interval in base units and its base unit).
Problems that depend on the values rather than the text (adding 元 to 家, dividing by an
interval that contains 0, numbers too large) are returned as :class:`Unevaluable` with
the reason, not raised.

The result holds every value the expression takes on its inputs' intervals. It is exactly
that set when each variable occurs once; a variable that occurs more than once
(:func:`repeated`) is free to take a different value at each occurrence, so the result may
be wider (``a / (a + b)``). :mod:`factcheck._refine` narrows it.
"""

from __future__ import annotations

import ast
import difflib
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING

from . import _arith
from ._errors import ExpressionError, Location
from ._numbers import Interval
from ._unit_display import display, display_interval
from ._units import dimension_name, parse_base_unit, registry, to_base, unit_label

if TYPE_CHECKING:  # pint is imported when the registry is built (see _units.registry)
    import pint

__all__ = [
    "FUNCTIONS",
    "MAX_BITS",
    "MAX_DEPTH",
    "MAX_EXPONENT",
    "MAX_LENGTH",
    "Expression",
    "Unevaluable",
    "Value",
    "evaluate",
    "parse_expression",
    "repeated",
    "unit_description",
]

MAX_LENGTH = 500
MAX_DEPTH = 50
MAX_EXPONENT = 10
MAX_BITS = 4096
FUNCTIONS = ("abs", "max", "min")

_HINT = "use numbers, the declared variables, + - * / ** and abs(), min(), max()"
_DECIMAL = re.compile(r"(?P<int>[0-9_]*)(?:\.(?P<frac>[0-9_]*))?(?:[eE](?P<exp>[+-]?[0-9_]+))?")
_FORBIDDEN: Mapping[type[ast.AST], str] = {
    ast.Subscript: "indexing",
    ast.Lambda: "a lambda",
    ast.ListComp: "a comprehension",
    ast.SetComp: "a comprehension",
    ast.DictComp: "a comprehension",
    ast.GeneratorExp: "a generator",
    ast.Compare: "a comparison",
    ast.BoolOp: "'and'/'or'",
    ast.IfExp: "a conditional expression",
    ast.Starred: "star arguments",
    ast.List: "a list",
    ast.Tuple: "a tuple",
    ast.Dict: "a mapping",
    ast.Set: "a set",
    ast.JoinedStr: "an f-string",
    ast.NamedExpr: "an assignment",
    ast.Await: "await",
    ast.Yield: "yield",
    ast.YieldFrom: "yield",
    ast.Slice: "a slice",
}
_OPERATORS: Mapping[type[ast.operator], str] = {
    ast.FloorDiv: "//", ast.Mod: "%", ast.MatMult: "@", ast.LShift: "<<",
    ast.RShift: ">>", ast.BitOr: "|", ast.BitXor: "^", ast.BitAnd: "&",
}


@dataclass(frozen=True, slots=True)
class Value:
    """An exact interval in base units, with its base-unit string (see ``_units.to_base``),
    and, for a claim's, the size whose unit word an end of 0 takes where no other end gives
    it one (the 亿元 of 至少0亿元: ``[0亿元, +∞)``, not ``[0元, +∞)``)."""

    interval: Interval
    unit: str = "dimensionless"
    size: Fraction | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Unevaluable:
    """Why an expression has no value for these inputs (a dimension clash, a zero divisor)."""

    reason: str


@dataclass(frozen=True, slots=True)
class Expression:
    """A parsed expression that passed every safety check.

    Attributes:
        text: the expression as written.
        tree: its syntax tree.
        names: the declared variables it uses, in order of first use.
    """

    text: str
    tree: ast.Expression
    names: tuple[str, ...]


def _identifier(name: str) -> str:
    # Python folds identifiers to NFKC (full-width ｘ is x); declared names must match that.
    return unicodedata.normalize("NFKC", name)


class _Checker:
    """Walks a tree once, refusing any node that is not allowed."""

    def __init__(self, text: str, names: Iterable[str]) -> None:
        self.text = text
        self.declared = {_identifier(n): n for n in names}
        self.used: dict[str, None] = {}

    def fail(self, node: ast.AST | None, message: str, hint: str = _HINT) -> ExpressionError:
        line, col = _position(self.text, node)
        return _error(self.text, line, col, message, hint)

    def at(self, before: ast.AST, symbol: str, message: str) -> ExpressionError:
        """An error at the first ``symbol`` after the node ``before`` (an operator, a dot)."""
        line, col = _position(self.text, before, end=True)
        lines = self.text.splitlines() or [""]
        found = lines[line - 1].find(symbol, col - 1) if 0 < line <= len(lines) else -1
        return _error(self.text, line, found + 1 if found >= 0 else col, message, _HINT)

    def check(self, node: ast.AST, depth: int) -> None:
        if depth > MAX_DEPTH:
            raise self.fail(node, f"the expression is nested more than {MAX_DEPTH} levels deep",
                            "split it into simpler derived claims")
        if isinstance(node, ast.BinOp):
            self.binary(node, depth)
        elif isinstance(node, ast.UnaryOp):
            if not isinstance(node.op, ast.USub | ast.UAdd):
                raise self.fail(node, f"operator '{_unary_symbol(node.op)}' is not allowed")
            self.check(node.operand, depth + 1)
        elif isinstance(node, ast.Name):
            self.name(node)
        elif isinstance(node, ast.Constant):
            constant(self, node)
        elif isinstance(node, ast.Call):
            self.call(node, depth)
        elif isinstance(node, ast.Attribute):
            raise self.at(node.value, ".", "attribute access is not allowed")
        else:
            what = _FORBIDDEN.get(type(node), type(node).__name__)
            raise self.fail(node, f"{what} is not allowed")

    def binary(self, node: ast.BinOp, depth: int) -> None:
        if type(node.op) in _OPERATORS:
            symbol = _OPERATORS[type(node.op)]
            raise self.at(node.left, symbol, f"operator '{symbol}' is not allowed")
        self.check(node.left, depth + 1)
        if isinstance(node.op, ast.Pow):
            exponent(self, node.right)
        else:
            self.check(node.right, depth + 1)

    def name(self, node: ast.Name) -> None:
        if node.id in self.declared:
            self.used.setdefault(node.id, None)
            return
        if node.id in FUNCTIONS:
            raise self.fail(node, f"'{node.id}' is a function", f"call it: {node.id}(...)")
        close = difflib.get_close_matches(node.id, list(self.declared), n=1)
        hint = f"did you mean '{close[0]}'?" if close else (
            "declare it under `vars:` with the claim it stands for; declared: "
            + (", ".join(sorted(self.declared)) or "none"))
        raise self.fail(node, f"unknown variable '{node.id}'", hint)

    def call(self, node: ast.Call, depth: int) -> None:
        if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS or (
                node.func.id in self.declared):
            shown = node.func.id if isinstance(node.func, ast.Name) else None
            message = (f"function '{shown}' is not allowed" if shown is not None
                       else "only abs, min and max can be called, by their bare name")
            raise self.fail(node.func, message, "allowed functions: abs, max, min")
        if node.keywords:
            raise self.fail(node.keywords[0].value, "keyword arguments are not allowed",
                            "pass the arguments by position")
        for argument in node.args:
            if isinstance(argument, ast.Starred):
                raise self.fail(argument, "star arguments are not allowed",
                                "write each argument out")
            self.check(argument, depth + 1)
        wanted = "exactly one argument" if node.func.id == "abs" else "at least one argument"
        if not node.args or (node.func.id == "abs" and len(node.args) != 1):
            raise self.fail(node, f"{node.func.id}() takes {wanted}")


def constant(checker: _Checker, node: ast.Constant) -> Fraction:
    """The exact value of an allowed literal, from its written text.

    Raises:
        ExpressionError: the literal is not a number or is too large.
    """
    value = node.value
    if isinstance(value, bool) or value is None or value is Ellipsis or isinstance(
            value, bytes | complex):
        raise checker.fail(node, f"the constant {value!r} is not allowed", "use a number")
    if isinstance(value, int):
        number = Fraction(value)
    elif isinstance(value, float):
        number = _decimal(checker, node, ast.get_source_segment(checker.text, node) or "")
    elif isinstance(value, str):
        number = _decimal(checker, node, value.strip())
    else:  # pragma: no cover - every Constant type is handled above
        raise checker.fail(node, "this constant is not allowed")
    if max(number.numerator.bit_length(), number.denominator.bit_length()) > MAX_BITS:
        raise checker.fail(node, "the number is too large", "use a smaller number")
    return number


def _decimal(checker: _Checker, node: ast.AST, text: str) -> Fraction:
    match = _DECIMAL.fullmatch(text)
    if match is None or not (match["int"] or match["frac"]) or (
            text.startswith("_") or "__" in text):
        raise checker.fail(node, f"'{text}' is not a decimal number", "write e.g. 0.25 or 1e3")
    digits = (match["int"] or "").replace("_", "") + (match["frac"] or "").replace("_", "")
    places = len((match["frac"] or "").replace("_", ""))
    power = int(match["exp"].replace("_", "")) if match["exp"] else 0
    if not digits or abs(power - places) > 1000 or len(digits) > 1000:
        raise checker.fail(node, f"'{text}' is too large or too small", "use a plainer number")
    return Fraction(int(digits)) * Fraction(10) ** (power - places)


def exponent(checker: _Checker, node: ast.AST) -> int:
    """The literal whole exponent of ``**``.

    Raises:
        ExpressionError: the exponent is not a whole literal within the limit.
    """
    sign = 1
    inner = node
    if isinstance(inner, ast.UnaryOp) and isinstance(inner.op, ast.USub | ast.UAdd):
        sign = -1 if isinstance(inner.op, ast.USub) else 1
        inner = inner.operand
    if (isinstance(inner, ast.Constant) and isinstance(inner.value, int)
            and not isinstance(inner.value, bool) and inner.value <= MAX_EXPONENT):
        return sign * inner.value
    message = f"the exponent must be a whole number from -{MAX_EXPONENT} to {MAX_EXPONENT}"
    if isinstance(inner, ast.Constant) and isinstance(inner.value, int) \
            and not isinstance(inner.value, bool):
        raise checker.fail(node, message, (
            f"exponents are limited to -{MAX_EXPONENT} to {MAX_EXPONENT} because every value is "
            "an exact number whose digits multiply with the power; no news figure needs more: "
            "compute the figure in steps, as derived claims of their own"))
    raise checker.fail(node, message, (
        "write the exponent as a whole number in the expression, e.g. ** 2 (a claim, a "
        "fraction or a computed exponent cannot be one: the result must stay exact)"))


def _unary_symbol(op: ast.unaryop) -> str:
    return {ast.Not: "not", ast.Invert: "~"}.get(type(op), type(op).__name__)


def _position(text: str, node: ast.AST | None, *, end: bool = False) -> tuple[int, int]:
    """1-based line and character column of ``node``'s start or end (ast counts bytes)."""
    if node is None:
        return 1, 1
    line: int = getattr(node, "end_lineno" if end else "lineno", 1) or 1
    offset: int = getattr(node, "end_col_offset" if end else "col_offset", 0) or 0
    lines = text.splitlines() or [""]
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    prefix = source.encode("utf-8")[:offset].decode("utf-8", errors="ignore")
    return line, len(prefix) + 1


def _error(text: str, line: int, col: int, message: str, hint: str) -> ExpressionError:
    lines = text.splitlines() or [""]
    source = lines[line - 1] if 0 < line <= len(lines) else text
    return ExpressionError(f"{message} (column {col} of the expression)",
                           location=Location("<expression>", line, col), source_line=source,
                           found=text[:120], hint=hint)


def parse_expression(text: str, names: Iterable[str]) -> Expression:
    """Parse and vet an expression.

    Args:
        text: the expression, e.g. ``"investment / area"``.
        names: the declared variable names.

    Returns:
        The vetted expression.

    Raises:
        ExpressionError: the text is too long, not an expression, or uses anything that is
            not allowed; the error names the column and a fix.
    """
    if not isinstance(text, str) or not text.strip():
        raise _error(str(text), 1, 1, "the expression is empty", "write e.g. a / b")
    text = text.strip()
    if len(text) > MAX_LENGTH:
        raise _error(text, 1, MAX_LENGTH + 1,
                     f"the expression is longer than {MAX_LENGTH} characters",
                     "split it into simpler derived claims")
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError as error:
        raise _error(text, error.lineno or 1, error.offset or 1,
                     f"not a valid expression: {error.msg}", _HINT) from None
    except (ValueError, RecursionError, MemoryError) as error:  # e.g. a NUL character
        raise _error(text, 1, 1, f"not a valid expression: {error}", _HINT) from None
    checker = _Checker(text, names)
    checker.check(tree.body, 1)
    return Expression(text, tree, tuple(checker.declared[n] for n in checker.used))


def repeated(expression: Expression) -> tuple[str, ...]:
    """The declared variables that occur more than once in the expression.

    Args:
        expression: from :func:`parse_expression`.

    Returns:
        Their names as declared, in order of first use: ``("a",)`` for ``a / (a + b)``.
    """
    counts = Counter(node.id for node in ast.walk(expression.tree) if isinstance(node, ast.Name))
    return tuple(name for name in expression.names if counts[_identifier(name)] > 1)


@functools.lru_cache(maxsize=1024)
def _combine(expression: str) -> tuple[Fraction, str]:
    # a product of base units may be longer than any unit a claims file may write:
    # (a * b * ... * m) ** 2 * b of 13 kinds of unit
    unit = parse_base_unit(expression)
    if unit is None:  # pragma: no cover - base-unit strings always parse
        raise AssertionError(f"cannot parse unit {expression!r}")
    return to_base(Fraction(1), unit)


def unit_description(unit: str, word: str | None = None) -> str:
    """Name a base unit and its dimensions for messages: ``元 (renminbi)``.

    Args:
        unit: a base-unit string.
        word: the unit as the claims write it (``平方公里`` for ``meter ** 2``), named
            instead of the base unit's word: ``平方公里 (length ** 2)``.

    Returns:
        For example ``"元 (renminbi)"``, ``"家 (firm)"``, ``"%"`` (a percentage as the
        claims write it) or ``"a plain number"``.
    """
    if unit == "dimensionless":  # 20% is named %, as written, not "a plain number"
        return word if word and word != "1" else "a plain number"
    parsed = parse_base_unit(unit)
    if word is not None:
        dims = "" if parsed is None else _dimensions(parsed)
        return f"{word} ({dims})" if dims else word
    # the unit's name, not an amount of it (1 kilogram is displayed as 2斤); where the
    # registry has no Chinese word for it, what 1 of it is displayed with (1平方米)
    word = unit if parsed is None else unit_label(parsed)
    if word.isascii():
        shown = display(Fraction(1), unit)
        if re.fullmatch(r"1[^0-9./].*", shown):
            word = shown[1:].strip()
    dims = "" if parsed is None else _dimensions(parsed)
    return f"{word} ({dims})" if dims else word


def _dimensions(parsed: pint.Unit) -> str:
    """A parsed unit's dimensions for messages: ``renminbi * length ** -2``."""
    return " * ".join(
        dimension_name(name) + (f" ** {power}" if power != 1 else "")
        for name, power in sorted(registry().get_dimensionality(parsed).items()))


class _Stop(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _guard(value: Value) -> Value:
    for bound in (value.interval.low, value.interval.high):
        if bound is not None and max(bound.numerator.bit_length(),
                                     bound.denominator.bit_length()) > MAX_BITS:
            raise _Stop("the numbers grow too large to evaluate exactly")
    return value


def _same_unit(a: Value, b: Value, verb: str) -> None:
    if a.unit != b.unit:
        raise _Stop(f"cannot {verb} {unit_description(a.unit)} and {unit_description(b.unit)}")


def _scaled(interval: Interval, expression: str) -> Value:
    factor, unit = _combine(expression)
    return Value(interval if factor == 1 else _arith.multiply(interval, _arith.point(factor)),
                 unit)


def _reaches_zero(interval: Interval) -> bool:
    """Whether 0 is an open end of ``interval``: 不到0亿元, (-∞, 0), and 超过0个, (0, +∞),
    never hold 0, but come as close to it as one likes, so 1 over them has no bound."""
    return ((interval.low == 0 and not interval.low_closed)
            or (interval.high == 0 and not interval.high_closed))


def _in_words(value: Value) -> str:
    """``value``'s interval in the words an article writes (``(-1亿元, 1亿元)``), not in
    base units with no word (``(-100000000, 100000000)``)."""
    i = value.interval
    return display_interval(i.low, i.high, i.low_closed, i.high_closed, value.unit,
                            like=value.size)


class _Evaluator:
    def __init__(self, expression: Expression, values: Mapping[str, Value]) -> None:
        self.text = expression.text
        self.values = {_identifier(k): v for k, v in values.items()}

    def run(self, node: ast.AST) -> Value:
        return _guard(self.node(node))

    def node(self, node: ast.AST) -> Value:
        if isinstance(node, ast.BinOp):
            return self.binary(node)
        if isinstance(node, ast.UnaryOp):
            operand = self.run(node.operand)
            if isinstance(node.op, ast.USub):
                return Value(_arith.negate(operand.interval), operand.unit)
            return operand
        if isinstance(node, ast.Name):
            if node.id not in self.values:
                raise _Stop(f"no value for '{node.id}'")
            return self.values[node.id]
        if isinstance(node, ast.Constant):
            checker = _Checker(self.text, ())
            return Value(_arith.point(constant(checker, node)))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            return self.call(node.func.id, [self.run(a) for a in node.args])
        raise AssertionError(f"unvetted node {type(node).__name__}")  # pragma: no cover

    def binary(self, node: ast.BinOp) -> Value:
        left = self.run(node.left)
        if isinstance(node.op, ast.Pow):
            power = exponent(_Checker(self.text, ()), node.right)
            bits = max((max(b.numerator.bit_length(), b.denominator.bit_length())
                        for b in (left.interval.low, left.interval.high) if b is not None),
                       default=0)
            if bits * abs(power) > MAX_BITS:
                raise _Stop("the numbers grow too large to evaluate exactly")
            if power < 0 and _reaches_zero(left.interval):
                raise _Stop(f"{self.segment(node.left)} comes arbitrarily close to 0 (it "
                            f"lies in {_in_words(left)}), so its power {power} is unbounded")
            try:
                result = _arith.power(left.interval, power)
            except _arith.DivisionByZeroInterval:
                raise _Stop(f"{self.segment(node.left)} may be 0, so its power {power} "
                            "is unbounded") from None
            if power == 0:  # x ** 0 is the plain number 1, whatever x is measured in
                return Value(result, "dimensionless")
            return _scaled(result, f"({left.unit}) ** {power}")
        right = self.run(node.right)
        if isinstance(node.op, ast.Add | ast.Sub):
            verb = "add" if isinstance(node.op, ast.Add) else "subtract"
            _same_unit(left, right, verb)
            operation = _arith.add if isinstance(node.op, ast.Add) else _arith.subtract
            return Value(operation(left.interval, right.interval), left.unit)
        if isinstance(node.op, ast.Mult):
            return _scaled(_arith.multiply(left.interval, right.interval),
                           f"({left.unit}) * ({right.unit})")
        if _reaches_zero(right.interval):
            raise _Stop(f"the divisor {self.segment(node.right)} comes arbitrarily close to 0 "
                        f"(it lies in {_in_words(right)}), so the quotient is unbounded")
        try:
            quotient = _arith.divide(left.interval, right.interval)
        except _arith.DivisionByZeroInterval:
            raise _Stop(f"the divisor {self.segment(node.right)} may be 0 "
                        f"(it lies in {_in_words(right)})") from None
        return _scaled(quotient, f"({left.unit}) / ({right.unit})")

    def call(self, name: str, arguments: list[Value]) -> Value:
        if name == "abs":
            return Value(_arith.absolute(arguments[0].interval), arguments[0].unit)
        operation: Callable[[Interval, Interval], Interval] = (
            _arith.minimum if name == "min" else _arith.maximum)
        result = arguments[0]
        for other in arguments[1:]:
            _same_unit(result, other, "compare")
            result = _guard(Value(operation(result.interval, other.interval), result.unit))
        return result

    def segment(self, node: ast.AST) -> str:
        return ast.get_source_segment(self.text, node) or "the divisor"


def evaluate(expression: Expression, values: Mapping[str, Value]) -> Value | Unevaluable:
    """Evaluate a vetted expression exactly.

    Args:
        expression: from :func:`parse_expression`.
        values: a value for every name the expression uses (point values give the nominal
            result, claim intervals the range of results).

    Returns:
        The exact interval of results in base units with its unit, or why there is none:
        a dimension clash (which names both dimensions), a divisor that may be 0, or
        numbers beyond the size limit.
    """
    try:
        return _Evaluator(expression, values).run(expression.tree.body)
    except _Stop as stop:
        return Unevaluable(stop.reason)
