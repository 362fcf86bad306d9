"""Units: the library's pint registry, parsing unit words and exact conversions.

The words themselves are in :mod:`factcheck._unit_words`; how a value is shown, in
:mod:`factcheck._unit_display`.
"""

from __future__ import annotations

import difflib
import functools
import threading
import types
from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from ._errors import UnitError
from ._numerals import MIDDLE_DOTS
from ._pint_format import write_powers_plainly
from ._quotes import fold_chars
from ._unit_words import TEMPERATURES, UNIT_DEFINITIONS, UNIT_WORDS

if TYPE_CHECKING:  # pint costs a fifth of a second to import: see registry()
    import pint

__all__ = [
    "COUNT_UNITS",
    "MAX_UNIT_CHARS",
    "DimensionMismatch",
    "base_factor",
    "convert",
    "dimension_name",
    "dims_label",
    "exact",
    "is_count",
    "parse_base_unit",
    "parse_unit",
    "registry",
    "suggest_units",
    "to_base",
    "unit_label",
    "word_unit",
]


# Base units come from pint, except for time: the articles count days (460天, 两天一层楼),
# so a value in seconds would be harder to read in findings and reports.
_BASE_OVERRIDES: Mapping[str, tuple[str, int]] = {"second": ("day", 86400)}

_TEMPERATURES_FOLDED = frozenset(word.casefold() for word in TEMPERATURES)


class DimensionMismatch(UnitError):  # the name the rest of the project uses
    """Two quantities of different dimensions were converted or compared.

    The fields are plain strings and not pint objects. A pint Unit unpickles into pint's
    application registry, which does not know our units, so the error could not cross
    pytest-xdist workers.

    Attributes:
        unit: the unit being converted, as its Chinese word when it has one ("家").
        target: the unit asked for ("元").
        unit_dims: dimensions of ``unit`` without brackets ("firm").
        target_dims: dimensions of ``target`` ("renminbi", as messages name them).
    """

    def __init__(self, unit: str, target: str, unit_dims: str, target_dims: str) -> None:
        self.unit = unit
        self.target = target
        self.unit_dims = unit_dims
        self.target_dims = target_dims
        super().__init__(f"cannot compare {unit} ({unit_dims}) with {target} ({target_dims})")

    def __reduce__(self) -> tuple[type[DimensionMismatch], tuple[str, str, str, str]]:
        return (type(self), (self.unit, self.target, self.unit_dims, self.target_dims))


#: Base units that count discrete things (from units.txt).
COUNT_UNITS = frozenset({"firm", "item", "person", "occasion", "storey", "pair", "bowl",
                         "level", "batch", "room_night", "case", "dose",
                         "household"})


@functools.lru_cache(maxsize=1024)
def is_count(base_unit: str) -> bool:
    """Whether ``base_unit`` counts discrete things (家, 个, 名, 人次...)."""
    names = base_unit.replace(" * ", " ").split()
    return bool(names) and all(name in COUNT_UNITS for name in names)


_REGISTRY: list[pint.UnitRegistry[Fraction]] = []  # the one registry, once built
_REGISTRY_LOCK = threading.Lock()


def registry() -> pint.UnitRegistry[Fraction]:
    """Return the library's unit registry, built on first use.

    The registry is separate from pint's application registry, so the host program's units
    stay as they are and ours do not leak into it. It uses ``Fraction`` for every number, so
    conversion factors such as 斤 = 1/2 kg are exact. Threads that ask for it first at the
    same time wait for one build: units of two registries cannot be compared, and the
    cached units of one would be unknown to the other.

    Returns:
        The shared registry with pint's defaults plus ``units.txt``.
    """
    if not _REGISTRY:
        with _REGISTRY_LOCK:
            if not _REGISTRY:
                import pint  # here, not at the top: a warm run never needs it (performance.md)

                reg: pint.UnitRegistry[Fraction] = pint.UnitRegistry(non_int_type=Fraction)
                reg.load_definitions(str(UNIT_DEFINITIONS))
                write_powers_plainly(reg)  # str(26 km²) raised TypeError
                # pint unpickles into its application registry, which lacks our units
                reg.Quantity.__reduce__ = _reduce_quantity  # type: ignore[method-assign,assignment]
                reg.Unit.__reduce__ = _reduce_unit  # type: ignore[method-assign]
                _REGISTRY.append(reg)
    return _REGISTRY[0]


def _reduce_quantity(quantity: Any) -> tuple[Any, ...]:
    """Pickle a quantity of the registry to be rebuilt in it, in any process: pint's own
    rebuilds it in its application registry, which has no yuan (``UndefinedUnitError``)
    and cannot print a ``Fraction`` power (``TypeError``)."""
    return _unpickle_quantity, (quantity.magnitude, quantity._units)


def _reduce_unit(unit: Any) -> tuple[Any, ...]:
    """Pickle a unit of the registry to be rebuilt in it (see :func:`_reduce_quantity`)."""
    return _unpickle_unit, (unit._units,)


def _unpickle_quantity(magnitude: Any, units: Any) -> Any:
    """A pickled quantity of the registry (a magnitude and pint's ``UnitsContainer``)."""
    return registry().Quantity(magnitude, units)


def _unpickle_unit(units: Any) -> Any:
    """A pickled unit of the registry (pint's ``UnitsContainer``)."""
    return registry().Unit(units)


#: The most characters a unit may have (``unit:``, ``per:``, a value's unit word): the
#: longest known name has 41, and pint takes the square of the length to refuse a longer
#: one (a minute for 60,000 characters).
MAX_UNIT_CHARS = 200
# the other middle dots as ·, and the full-width slash as / (元／斤 is 元/斤, as the
# figure grammar reads it; pint read it as 元 times 斤)
_MIDDLE_DOT = str.maketrans(MIDDLE_DOTS + "／", "·" * len(MIDDLE_DOTS) + "/")


@functools.lru_cache(maxsize=4096)
def parse_unit(text: str) -> pint.Unit | None:
    """Parse a unit word or a pint unit expression.

    Args:
        text: a word from ``UNIT_WORDS`` ("万元", "個", "%" in either width), or a pint
            expression over known names ("yuan", "km", "元/斤", "天/层", "kilometer**2").
            The empty string is the dimensionless unit, for a number written with no unit.

    Returns:
        The unit, or None if the text is not a unit that can be converted exactly. That
        covers unknown words, malformed expressions, offset units such as degC and
        fractional powers with irrational factors, and anything longer than
        :data:`MAX_UNIT_CHARS`. Results are cached: a Quantity built from a cached Unit is
        much cheaper than one built from a string.
    """
    if len(text) > MAX_UNIT_CHARS:
        return None
    return _parsed(text)


def parse_base_unit(text: str) -> pint.Unit | None:
    """:func:`parse_unit` for a unit string factcheck built itself (a quantity's
    ``base_unit``, the product an expression makes), which may be longer than any unit a
    claims file may write: 13 kinds of unit to the 10th power are 86 characters written
    and 204 as base units."""
    return parse_unit(text) if len(text) <= MAX_UNIT_CHARS else _parsed(text)


def _parsed(text: str) -> pint.Unit | None:
    """:func:`parse_unit` without the length limit."""
    text = text.translate(_MIDDLE_DOT)  # 千瓦•时 as 千瓦·时, kW⋅h as kW·h, 元／斤 as 元/斤
    expression = UNIT_WORDS.get(text.strip(), text)
    try:
        unit = registry().parse_units(expression)
    # pint's expression parser raises an open set of exception types for malformed text
    # (AssertionError, TokenError, ValueError, TypeError, UndefinedUnitError). Any of them
    # means "not a unit", and the caller reports that with the location attached.
    except Exception:  # noqa: BLE001
        return None
    try:
        _base(unit)
    except (ValueError, TypeError):
        return None
    return unit


def suggest_units(text: str, n: int = 3) -> list[str]:
    """Return the known unit names closest to ``text``, for "did you mean" messages.

    Args:
        text: the unknown unit as written, e.g. "公理".
        n: the maximum number of suggestions.

    Returns:
        Up to ``n`` unit words or registry names, closest first; none for one Han
        character (a longer unit that holds it is another word); never a temperature unit
        (no claim holds a temperature, and ΔdegC or kelvin for degC would load one read as
        something else), and nothing for a temperature itself ("Celsius", "degc").
    """
    word = text.strip()
    if _is_temperature(word) or magnitude_and_unit(word) is not None:
        return []  # 亿吨: never '亿元', the closest known word of another dimension
    if len(word) == 1 and not word.isascii():
        # every known unit close to one Han character holds it and is another word: 金 of
        # 2金 (gold medals) is no 美金 (US dollars), 分 of 30分 (a score) no 分钟 or 公分,
        # 里 no 公里, 顷 no 公顷
        return []
    if word.isascii() and len(word) <= 3:
        # one letter of three apart is another unit, not a misspelling (TEU, a count of
        # containers, is no BTU of energy): only the same letters in another case (KWH)
        folded = word.casefold()
        return [name for name in _known_names() if name.casefold() == folded
                and parse_unit(name) is not None][:n]
    # a Latin word shares half its letters with many short names (Kelvn and yen, pel, eon):
    # it needs a closer match than two CJK characters, which share one (公理 and 公里)
    cutoff = 0.6 if word.isascii() else 0.5
    near = difflib.get_close_matches(word, _known_names(), n=3 * n, cutoff=cutoff)
    found = []
    for name in near:  # closest first
        if _is_temperature(name):
            # the word is a temperature misspelt (Kelvn, Farenheit): what is further from
            # it than that temperature is no better a guess
            break
        # only what loads (degC, an offset unit pint knows, is no suggestion for itself),
        # and no unit off by a power of ten (兆赫 for 千赫 loaded 3千赫 as 3000 MHz)
        if parse_unit(name) is not None and not _off_by_a_magnitude(word, name):
            found.append(name)
    return found[:n]


def magnitude_and_unit(word: str) -> tuple[str, str] | None:
    """A magnitude word and a known unit that the unknown unit ``word`` is written as (亿
    and 吨 of 亿吨, 万 and 平方米 of 万平方米 if it were unknown), or None."""
    if len(word) > 1 and word[0] in "万萬亿億" and parse_unit(word[1:]) is not None:
        return word[0], word[1:]
    return None


#: The magnitude prefixes of unit words (千瓦, 兆赫, 吉瓦, 毫克, 微米, 厘米, 百帕, 万千瓦)
_MAGNITUDE_PREFIXES = "千仟兆吉太拍毫微纳納皮厘百佰万萬亿億"
_NO_MAGNITUDE = str.maketrans("", "", _MAGNITUDE_PREFIXES + MIDDLE_DOTS + "·")


def _off_by_a_magnitude(word: str, name: str) -> bool:
    """Whether the unit ``name`` differs from the unknown unit ``word`` by its magnitude
    prefixes alone (兆赫 and 千赫 or 赫, 兆焦 and 焦耳, 千瓦 and 万千瓦): no misspelling, but
    a unit a power of ten apart, never to suggest; 千瓦 for 千瓦时 (the same 千) is one."""
    magnitudes = [[c for c in w if c in _MAGNITUDE_PREFIXES] for w in (word, name)]
    if magnitudes[0] == magnitudes[1]:
        return False
    bare, bare_name = (fold_chars(w).translate(_NO_MAGNITUDE) for w in (word, name))
    return bool(bare and bare_name) and (
        bare.startswith(bare_name) or bare_name.startswith(bare))


def _is_temperature(word: str) -> bool:
    """Whether ``word`` names a temperature in any case, or a unit of temperature."""
    if word.casefold() in _TEMPERATURES_FOLDED:
        return True
    try:
        unit = registry().parse_units(word)
    except Exception:  # noqa: BLE001 - as parse_unit: any error means "not a unit"
        return False
    return "[temperature]" in registry().get_dimensionality(unit)


def to_base(magnitude: Fraction, unit: pint.Unit) -> tuple[Fraction, str]:
    """Express a value in base units, exactly.

    Base units are pint's (meter, kilogram) and the count units of ``units.txt`` (yuan,
    firm, item, ...). The exception is time, which is expressed in days. The base-unit
    string is deterministic: factors with positive powers, sorted by name and joined with
    " * ", then " / " before each factor with a negative power. A power other than 1 is
    written " ** 2" (or " ** (1/2)"). Examples: "yuan", "meter ** 2", "yuan / kilogram",
    "day / storey", "occasion * person". A unit without dimensions gives "dimensionless".

    Args:
        magnitude: the exact value in ``unit``.
        unit: a unit from ``parse_unit``.

    Returns:
        The value in base units (always a Fraction) and the base-unit string.

    Raises:
        TypeError: if ``magnitude`` is not exact (a float), or the conversion factor is
            not exact.
        ValueError: if ``unit`` is an offset unit such as degC.
    """
    factor, base = base_factor(unit)
    return exact(magnitude) * factor, base


def convert(magnitude: Fraction, unit: pint.Unit, target: pint.Unit) -> Fraction:
    """Convert a value from one unit to another, exactly.

    Args:
        magnitude: the exact value in ``unit``.
        unit: the unit the value is in.
        target: the unit wanted.

    Returns:
        The value in ``target``.

    Raises:
        DimensionMismatch: if the two units have different dimensions (家 and 元).
        TypeError: if ``magnitude`` or a conversion factor is not exact.
        ValueError: if either unit is an offset unit.
    """
    factor, base = _base(unit)
    target_factor, target_base = _base(target)
    if base != target_base:
        raise DimensionMismatch(
            unit_label(unit), unit_label(target), dims_label(unit), dims_label(target)
        )
    return exact(magnitude) * factor / target_factor


def unit_label(unit: pint.Unit) -> str:
    """Name a unit for messages: its first Chinese word if it has one, else its pint form.

    Args:
        unit: any unit of the registry.

    Returns:
        For example "家", "元/斤" for yuan / jin, or "kilometer ** 2".
    """
    words = _words_by_unit()
    if unit in words:
        return words[unit]
    items = _powers(unit._units.items())
    if len(items) == 2 and sorted(power for _, power in items) == [-1, 1]:
        top = next(name for name, power in items if power > 0)
        bottom = next(name for name, power in items if power < 0)
        top_unit, bottom_unit = registry().parse_units(top), registry().parse_units(bottom)
        if top_unit in words and bottom_unit in words:
            return f"{words[top_unit]}/{words[bottom_unit]}"
    return _format_powers(items)


_BASE_BY_ID: dict[int, tuple[pint.Unit, tuple[Fraction, str]]] = {}


def base_factor(unit: pint.Unit) -> tuple[Fraction, str]:
    """The exact factor from ``unit`` to base units, and the base-unit string.

    ``to_base(m, unit) == (m * factor, base)``; callers converting several values of one
    unit (a figure, its bounds and step) take the factor once. Memoised by identity:
    ``parse_unit`` hands out cached Unit objects, and hashing a pint Unit costs more than
    the lookup it serves.

    Raises:
        TypeError, ValueError: as :func:`to_base`.
    """
    hit = _BASE_BY_ID.get(id(unit))
    if hit is not None and hit[0] is unit:
        return hit[1]
    result = _base(unit)
    if len(_BASE_BY_ID) >= 4096:
        _BASE_BY_ID.clear()
    _BASE_BY_ID[id(unit)] = (unit, result)  # holding the unit keeps its id its own
    return result


@functools.lru_cache(maxsize=4096)
def _base(unit: pint.Unit) -> tuple[Fraction, str]:
    """Return (exact factor to base units, base-unit string) for ``unit``."""
    reg = registry()
    if reg.Quantity(Fraction(0), unit).to_base_units().magnitude != 0:
        raise ValueError(f"{_format_powers(_powers(unit._units.items()))} is an offset unit")
    factor, base_unit = reg.get_base_units(unit)
    if not isinstance(factor, Fraction | int):
        raise TypeError(
            f"conversion factor of {_format_powers(_powers(unit._units.items()))} is not exact: "
            f"{factor!r}"
        )
    exact = Fraction(factor)
    powers: dict[str, Fraction] = {}
    for name, power in _powers(base_unit._units.items()):
        if name in _BASE_OVERRIDES:
            name, size = _BASE_OVERRIDES[name]
            if power.denominator != 1:
                raise TypeError(f"{name} ** ({power}) has no exact conversion factor")
            exact /= Fraction(size) ** power.numerator
        powers[name] = powers.get(name, Fraction(0)) + power
    return exact, _format_powers(powers.items())


def _powers(items: Iterable[tuple[str, object]]) -> list[tuple[str, Fraction]]:
    """Return pint's name/power pairs with exact powers; pint types them as any number."""
    exact = []
    for name, power in items:
        if isinstance(power, bool) or not isinstance(power, Fraction | int):
            raise TypeError(f"power of {name} is not exact: {power!r}")
        exact.append((name, Fraction(power)))
    return exact


def _format_powers(items: Iterable[tuple[str, Fraction]],
                   names: Mapping[str, str] = types.MappingProxyType({})) -> str:
    """Format name/power pairs as "a * b ** 2 / c", ignoring pint's own formatter.

    pint 0.25 cannot format a unit whose powers are Fractions (``str(unit)`` raises
    TypeError), so the base-unit string is built here, in a fixed order.
    """
    terms = sorted((name, power) for name, power in items if power != 0)
    if not terms:
        return "dimensionless"

    def term(name: str, power: Fraction) -> str:
        name = names.get(name, name)
        if power == 1:
            return name
        if power.denominator == 1:
            return f"{name} ** {power.numerator}"
        return f"{name} ** ({power})"

    top = " * ".join(term(name, power) for name, power in terms if power > 0) or "1"
    bottom = "".join(f" / {term(name, -power)}" for name, power in terms if power < 0)
    return top + bottom


#: What a message calls each currency's dimension: renminbi's [currency] and the others'
#: [hkd], [usd] ... alike, by the currency (元 (renminbi) and 港元 (Hong Kong dollar); they
#: were 元 (currency) and 港元 (hkd), the one by its kind, the other by a code)
_DIMENSION_NAMES: Mapping[str, str] = types.MappingProxyType({
    "currency": "renminbi", "hkd": "Hong Kong dollar", "usd": "US dollar",
    "twd": "New Taiwan dollar", "eur": "euro", "jpy": "yen", "gbp": "pound sterling",
    "mop": "pataca"})


def dimension_name(dimension: str) -> str:
    """A dimension as messages name it: ``[length]`` is ``length``, ``[hkd]`` ``Hong Kong
    dollar``."""
    bare = dimension.strip("[]")
    return _DIMENSION_NAMES.get(bare, bare)


def dims_label(unit: pint.Unit) -> str:
    """The dimensions of ``unit`` for messages: ``renminbi``, ``length ** 2``, in the order
    of the dimensions' own names (``renminbi * length ** -2``, as currency sorts first)."""
    dims = registry().get_dimensionality(unit)
    return _format_powers(((name.strip("[]"), power) for name, power in _powers(dims.items())),
                          _DIMENSION_NAMES)


def word_unit(word: str) -> pint.Unit:
    """The unit of a word that units.txt defines (a display word, a word of UNIT_WORDS)."""
    unit = parse_unit(word)
    if unit is None:
        raise AssertionError(f"unit word {word!r} is not defined in units.txt")
    return unit


@functools.cache
def _words_by_unit() -> dict[pint.Unit, str]:
    words: dict[pint.Unit, str] = {}
    for word in UNIT_WORDS:
        words.setdefault(word_unit(word), word)
    return words


@functools.cache
def _known_names() -> tuple[str, ...]:
    reg = registry()
    # Registry names and aliases that start with a letter; prefixes and symbols would
    # crowd out the useful suggestions.
    names = [name for name in reg if name[:1].isalpha()]
    return tuple(dict.fromkeys([*UNIT_WORDS, *names]))


def exact(magnitude: Fraction) -> Fraction:
    """``magnitude`` as a Fraction: an int is converted; a float or anything else is refused.

    Raises:
        TypeError: ``magnitude`` is not exact.
    """
    if type(magnitude) is Fraction:  # the common case, without abstract-class checks
        return magnitude
    if isinstance(magnitude, bool) or not isinstance(magnitude, Fraction | int):
        raise TypeError(f"magnitude must be a Fraction, got {type(magnitude).__name__}")
    return Fraction(magnitude)
