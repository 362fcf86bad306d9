"""The registry of check kinds: built-in ones, decorated ones, and entry-point plugins.

A kind is registered once under a unique name, with the schema of its YAML parameters.
Third-party kinds arrive through the ``factcheck.checks`` entry-point group: each entry
point names a module (importing it runs its ``@register_check`` decorators) or a
:class:`CheckKind`.
"""

from __future__ import annotations

import difflib
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from .._errors import FactcheckError, Location, PluginError, RegistryError, short_text
from .._schema import Field

if TYPE_CHECKING:
    from .._model import CheckSpec

__all__ = ["CheckKind", "get_kind", "kinds", "register_check", "unregister_check"]

#: Where a validator's problem is: a parameter's name, or the keys down to an item of one
#: (``("vars", "a")``: the entry ``a:`` of a mapping, ``("parts", 1)``: a list's second).
Where = str | tuple[Any, ...]
Validator = Callable[["CheckSpec"], "Sequence[tuple[Where, FactcheckError]]"]


@dataclass(frozen=True)
class CheckKind:
    """A kind of check.

    Attributes:
        name: the ``kind:`` written in YAML; also the prefix of finding ids.
        run: for declared kinds ``run(spec, context)``; for automatic ones ``run(context)``.
        params: the kind's YAML parameters (besides ``kind``, ``id`` and ``note``).
        automatic: runs on every corpus without YAML.
        doc: one line on what the kind checks.
        validate: vets a declared check at load time; returns ``(param, error)`` pairs,
            which the loader locates at that parameter's line (or, for a tuple such as
            ``("vars", "a")``, at that item of it).
    """

    name: str
    run: Callable[..., Any]
    params: tuple[Field, ...] = ()
    automatic: bool = False
    doc: str = ""
    validate: Validator | None = None


_KINDS: dict[str, CheckKind] = {}
_PLUGINS_LOADED = False
_PLUGIN_FAILURE: PluginError | None = None  # raised again on every use once a plugin failed
# The kinds a fresh process registers (built-ins, then entry-point plugins), as objects:
# while _KINDS holds exactly these, results depend only on versioned code (the cache's key).
_DEFAULTS: dict[str, CheckKind] = {}
_RECORDING = False


_Run = TypeVar("_Run", bound=Callable[..., Any])


def register_check(
    name: str, *, params: tuple[Field, ...] = (), automatic: bool = False,
    validate: Validator | None = None,
) -> Callable[[_Run], _Run]:
    """Register a check kind by decorating its function.

    Args:
        name: the kind's name; must not be registered already.
        params: the schema of its YAML parameters.
        automatic: whether it runs without being declared.
        validate: vets a declared check at load time (see :class:`CheckKind`).

    Returns:
        The decorator. It returns the function itself, with its own signature.

    Raises:
        RegistryError: the name is taken.
        TypeError: ``name`` is a function: ``@register_check`` without the name.
    """
    if callable(name):
        # @register_check over a function registered nothing, and put the inner
        # decorator in the function's place
        raise TypeError(f"register_check() takes the kind's name first: write "
                        f"@register_check({getattr(name, '__name__', 'name')!r}) over the "
                        f"function, not @register_check")

    def decorate(function: _Run) -> _Run:
        doc = (function.__doc__ or "").strip().splitlines()
        add_kind(CheckKind(name, function, params, automatic, doc[0] if doc else "", validate))
        return function

    return decorate


def add_kind(kind: CheckKind) -> None:
    """Register a :class:`CheckKind` object.

    Raises:
        RegistryError: the name is taken, or the kind is malformed (a name that cannot be
            written as ``kind:`` or as a finding id's prefix, a ``run`` that is not
            callable, parameters that are not :class:`Field` values).
    """
    _vet(kind)
    _load_builtins()  # built-in names are taken before any user's
    existing = _KINDS.get(kind.name)
    reimported = existing is not None and _reimported(existing, kind)
    if existing is not None and not reimported:
        if _builtin_kind(existing):
            # a prefix of the kind's own package keeps it apart from built-ins to come too
            package = getattr(kind.run, "__module__", None) or "myplugin"
            prefix = package.split(".")[0].strip("_") or "myplugin"
            raise RegistryError(
                f"check kind '{kind.name}' is already registered: it is a built-in kind",
                location=None,
                hint=f"give your kind a prefixed name, such as '{prefix}.{kind.name}'",
            )
        raise RegistryError(
            f"check kind '{kind.name}' is already registered",
            location=None,
            hint="choose another name for your kind; built-in and plugin names are unique",
        )
    _KINDS[kind.name] = kind
    if _RECORDING or (reimported and _DEFAULTS.get(kind.name) is existing):
        _DEFAULTS[kind.name] = kind


_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.-]*")
#: What a :class:`Field` may name (``Field.refers``), None first.
_REFERS: tuple[str | None, ...] = (None, "claim", "claim or date", "place")


def _vet(kind: CheckKind) -> None:
    """Refuse a kind that would fail later, far from its registration."""
    def refuse(message: str, hint: str) -> RegistryError:
        return RegistryError(message, location=None, hint=hint)

    if not isinstance(kind.name, str) or not _NAME.fullmatch(kind.name):
        raise refuse(f"check kind name {kind.name!r} is not a name",
                     "use letters, digits, '_', '-' and '.', starting with a letter "
                     "(it is written as 'kind:' in YAML and prefixes finding ids)")
    if not callable(kind.run):
        raise refuse(f"check kind '{kind.name}': run is {type(kind.run).__name__}, "
                     "not a function", "register a function (spec, context) -> Finding")
    if not isinstance(kind.params, tuple) or not all(isinstance(f, Field) for f in kind.params):
        raise refuse(f"check kind '{kind.name}': params must be a tuple of Field values",
                     "write params=(Field('claim', (str,), required=True), ...); "
                     "Field is importable from factcheck")
    seen: set[str] = set()
    for field in kind.params:
        _vet_field(kind.name, field, seen, refuse)
        if field.refers not in _REFERS:
            # anything else was taken for a claim: refers="places" refused every place id
            close = difflib.get_close_matches(str(field.refers), [str(r) for r in _REFERS[1:]],
                                              n=1)
            raise refuse(f"check kind '{kind.name}': Field '{field.name}' has refers="
                         f"{field.refers!r}, which names nothing the loader looks up",
                         (f"did you mean refers={close[0]!r}? " if close else "") +
                         "write refers='claim', 'claim or date' or 'place', or leave it out")
    if kind.validate is not None and not callable(kind.validate):
        raise refuse(f"check kind '{kind.name}': validate is not a function",
                     "give a function (spec) -> list of (param, error), or None")


#: The types a YAML value is read as, which a :class:`Field` may accept.
_YAML_TYPES = (str, int, float, bool, list, dict)
#: The fields every declared check has; a kind's own parameters cannot take their names.
_RESERVED = ("kind", "id", "note")


def _vet_field(kind: str, field: Field, seen: set[str],
               refuse: Callable[[str, str], RegistryError]) -> None:
    """Refuse a parameter that no YAML could satisfy, or that the loader would misread
    (``types=str`` rather than ``(str,)`` was an internal error at the first load)."""
    if not isinstance(field.name, str) or not _NAME.fullmatch(field.name):
        raise refuse(f"check kind '{kind}': Field name {field.name!r} is not a name",
                     "use letters, digits, '_', '-' and '.', starting with a letter "
                     "(it is written as a key in YAML)")
    if field.name in _RESERVED or field.name in seen:
        raise refuse(f"check kind '{kind}': Field '{field.name}' is "
                     + ("a field of every check" if field.name in _RESERVED
                        else "given twice"),
                     "give each parameter its own name, other than "
                     f"{', '.join(repr(r) for r in _RESERVED)}")
    seen.add(field.name)
    types = field.types
    if (not isinstance(types, tuple) or not types
            or not all(t in _YAML_TYPES for t in types)):
        raise refuse(f"check kind '{kind}': Field '{field.name}' has types={types!r}, "
                     "which is not a tuple of YAML types",
                     "write a non-empty tuple of str, int, float, bool, list or dict, e.g. "
                     "(str,); an exact number is a str the kind parses (Fraction('2.5'))")
    if field.refers is not None and not {str, list, dict} & set(types):
        raise refuse(f"check kind '{kind}': Field '{field.name}' has refers="
                     f"{field.refers!r} but types={types!r}, which cannot hold a name",
                     "a parameter that names something is a str, or a list or dict of them")
    if not isinstance(field.required, bool):
        raise refuse(f"check kind '{kind}': Field '{field.name}' has required="
                     f"{field.required!r}, not True or False", "write required=True or leave "
                     "it out")


def _load_builtins() -> None:
    global _RECORDING  # noqa: PLW0603 - set while the built-ins register themselves
    if "factcheck.checks._builtin" in sys.modules:  # loaded, or loading now
        return
    _RECORDING = True
    try:
        from . import _builtin  # noqa: F401 - imported for its registrations
    finally:
        _RECORDING = False


def is_default() -> bool:
    """Whether the registry holds just what a fresh process registers: the built-in kinds
    and the plugins' (no kind added, replaced or removed at run time)."""
    if not _PLUGINS_LOADED and _KINDS.keys() - _DEFAULTS.keys():
        # a plugin's package imported by the program before the lookup (the cache asks
        # before any check runs): its kinds are the plugin's, whose code the key covers
        for point in entry_points(group="factcheck.checks"):
            _adopt(point.module)
    return _KINDS.keys() == _DEFAULTS.keys() and all(
        _KINDS[name] is kind for name, kind in _DEFAULTS.items())


def _builtin_kind(kind: CheckKind) -> bool:
    """Whether ``kind`` is one of factcheck's own (defined in ``factcheck.checks``)."""
    return str(getattr(kind.run, "__module__", "")).startswith("factcheck.checks.")


def _reimported(old: CheckKind, new: CheckKind) -> bool:
    """Whether ``new`` is ``old``'s module imported afresh (as pytester does), not a clash.

    The same function name in the same module, defined in a different module namespace:
    the module was executed again. Registering the very same function twice is still
    refused.
    """
    def origin(kind: CheckKind) -> tuple[str, str]:
        return (getattr(kind.run, "__module__", "") or "", getattr(kind.run, "__qualname__", ""))

    namespaces = (getattr(old.run, "__globals__", None), getattr(new.run, "__globals__", None))
    return (origin(old) == origin(new) and origin(old) != ("", "")
            and namespaces[0] is not None and namespaces[0] is not namespaces[1])


def unregister_check(name: str) -> None:
    """Remove a kind (for tests of custom kinds).

    Raises:
        RegistryError: no such kind, with the closest names (a misspelt name removed
            nothing, and the kind stayed registered for the rest of the process).
        TypeError: ``name`` is not a str.
    """
    _check_name("unregister_check", name)
    _load_builtins()
    if name not in _KINDS:
        known = kinds()  # a plugin's kind is registered on the first lookup of the kinds
        if name not in known:
            _unknown(name, known, None)
    del _KINDS[name]


def _load_plugins() -> None:
    global _PLUGINS_LOADED, _PLUGIN_FAILURE, _RECORDING  # noqa: PLW0603 - one-time discovery
    if _PLUGINS_LOADED:
        if _PLUGIN_FAILURE is not None:
            raise _PLUGIN_FAILURE
        return
    _PLUGINS_LOADED, _PLUGIN_FAILURE = True, None
    _load_builtins()
    _RECORDING = True
    failed: list[str] = []
    try:
        for point in sorted(entry_points(group="factcheck.checks"), key=lambda p: p.name):
            try:  # a plugin registering a taken name fails like one that cannot import
                loaded = point.load()
                if isinstance(loaded, CheckKind):
                    add_kind(loaded)
                else:
                    _adopt(point.module)
            except Exception as error:  # noqa: BLE001 - said below, for every plugin
                why = error.message if isinstance(error, RegistryError) else str(error)
                failed.append(f"'{point.name}' ({point.value}) failed to load: "
                              f"{type(error).__name__}: {why}")
    finally:
        _RECORDING = False
    if failed:
        _fail(PluginError(
            f"the check-kind plugin {failed[0]}" if len(failed) == 1
            else f"{len(failed)} check-kind plugins failed: {'; '.join(failed)}",
            location=None,
            hint="the fault is in the plugin's package, not in factcheck or the claims: "
                 "fix or reinstall it, or uninstall it"))


def _adopt(module: str) -> None:
    """Count as the plugin's the kinds its package registered before the plugins were
    looked up (a program or test that imports it first): the import was not recorded, and
    the cache was off for a registry that holds just what a fresh process would."""
    top = module.partition(".")[0]
    for name, kind in _KINDS.items():
        where = getattr(kind.run, "__module__", "") or ""
        if name not in _DEFAULTS and (where == top or where.startswith(f"{top}.")):
            _DEFAULTS[name] = kind


def _fail(error: PluginError) -> None:
    """Keep a plugin failure and raise it, now and on every later use of the registry: a
    run must not go on, or a later one in the same process pass, without the plugin."""
    global _PLUGIN_FAILURE  # noqa: PLW0603 - remembered for the process
    _PLUGIN_FAILURE = error
    raise error


def kinds() -> dict[str, CheckKind]:
    """All registered kinds by name, plugins included, sorted by name."""
    _load_plugins()
    return dict(sorted(_KINDS.items()))


def get_kind(name: str, location: Location | None = None) -> CheckKind:
    """The kind called ``name``.

    Raises:
        RegistryError: no such kind, with the closest names.
        TypeError: ``name`` is not a str (it failed inside difflib, or as unhashable).
    """
    _check_name("get_kind", name)
    known = kinds()
    if name not in known:
        _unknown(name, known, location)
    return known[name]


def _check_name(function: str, name: object) -> None:
    """Refuse a name that is not a str (it failed inside difflib, or as unhashable)."""
    if not isinstance(name, str):
        raise TypeError(f"{function}() takes the name of a check kind (a str, such as 'sum'), "
                        f"not {type(name).__name__}")


def _unknown(name: str, known: dict[str, CheckKind], location: Location | None) -> NoReturn:
    """Raise the error for a kind ``name`` that is not among ``known``."""
    close = difflib.get_close_matches(name, list(known), n=1)
    raise RegistryError(
        f"unknown check kind '{short_text(name)}'",
        location=location,
        hint=f"did you mean '{close[0]}'?" if close
        else f"known kinds: {', '.join(known)}",
    )
