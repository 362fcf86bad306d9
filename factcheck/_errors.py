"""The one error hierarchy of factcheck, with located, actionable messages.

Every problem a user can cause is a :class:`FactcheckError`. Concrete errors also
inherit the fitting builtin, so ``except ValueError`` keeps working::

    FactcheckError(Exception)
    ├── InputError(FactcheckError, ValueError)      bad YAML, fields, values, quotes
    │   ├── YamlSyntaxError                          not parseable YAML / forbidden tags
    │   ├── SchemaError                              wrong shape, type, unknown/missing field
    │   ├── UnitError                                unknown unit, dimension mismatch
    │   ├── QuoteError                               quote not in source, value not in quote
    │   └── ExpressionError                          unsafe or malformed derived expression
    ├── SourceError(FactcheckError, OSError)         missing or undecodable source file
    ├── CheckError(FactcheckError, ValueError)       a check that cannot be set up (cycles)
    ├── RegistryError(FactcheckError, KeyError)      duplicate check kind name
    │   └── PluginError                              a check-kind plugin failed to load
    └── LoadErrors(FactcheckError)                   several of the above, collected

Messages read ``path:line:col: message`` followed by the offending line with a caret,
what was expected and found, and a hint. Errors keep their fields and pickle.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from fractions import Fraction
from typing import Any

__all__ = [
    "CheckError",
    "ExpressionError",
    "FactcheckError",
    "InputError",
    "LoadErrors",
    "Location",
    "PluginError",
    "QuoteError",
    "RegistryError",
    "SchemaError",
    "SourceError",
    "UnitError",
    "YamlSyntaxError",
]


@dataclass(frozen=True, slots=True, order=True)
class Location:
    """A place in a file: 1-based line and column; 0 means "not applicable".

    Locations sort by path (as text), then line, then column.
    """

    path: str
    line: int = 0
    col: int = 0

    def __post_init__(self) -> None:
        # Location("a.yaml", "3") was kept, and failed far away ("'<=' not supported
        # between instances of 'str' and 'int'") when written or sorted
        if type(self.path) is not str or type(self.line) is not int or type(self.col) is not int:
            _refuse_location(self.path, self.line, self.col)
        if self.line < 0 or self.col < 0:  # written as a place no editor has (a.yaml:-3:1)
            name, what, given = (("line", "line", self.line) if self.line < 0 else
                                 ("col", "column", self.col))
            raise ValueError(f"Location({name}=...) takes a {what} number from 1, or 0 where "
                             f"no {what} applies, not {given}")

    def __str__(self) -> str:
        return self.place

    @property
    def place(self) -> str:
        """``path:line:col`` (or ``path`` where no line applies), for use inside a sentence;
        a line break in the path is written ``\\n`` (:func:`shown_path`)."""
        if self.line <= 0:
            return shown_path(self.path)
        return f"{shown_path(self.path)}:{self.line}:{max(self.col, 1)}"


def _refuse_location(path: object, line: object, col: object) -> None:
    """Raise the error for a :class:`Location` built of the wrong types (a str or an int
    subclass other than bool passes: it writes and sorts as its base type does)."""
    if not isinstance(path, str):
        how = ": write Location(path.as_posix())" if isinstance(path, os.PathLike) else ""
        raise TypeError(f"Location(path=...) takes a str, not {type(path).__name__}{how}")
    refuse_wrong_types("Location", (("line", line, int), ("col", col, int)))


#: What a field of exact numbers takes, for :func:`refuse_wrong_types`.
EXACT = (Fraction, int)
#: What a field that may be left out takes, with the type it takes when given: (str, NONE).
NONE = type(None)


def refuse_wrong_types(owner: str, fields: Iterable[tuple[str, object, Any]]) -> None:
    """Raise the error for the first of ``fields`` (name, value given, what it takes: a
    type or a tuple of them, :data:`EXACT`, :data:`NONE` for None) that a value type built by
    hand does not take, naming the field and what to pass: ``Source(id=...) takes a str,
    not int``, ``Quantity(value=...) takes an exact number, a Fraction or an int, not float
    (1.5): pass Fraction('1.5')``. A subclass passes (it writes and compares as its base
    does), except a bool for an int or a number and a datetime for a date: neither compares
    as the other.

    The types call it only when their first test (``type(value) is str and ...``, what the
    loader builds) fails, so it costs nothing on a good value.
    """
    for name, value, takes in fields:
        kinds = takes if isinstance(takes, tuple) else (takes,)
        if isinstance(value, kinds) and not (
                (isinstance(value, bool) and bool not in kinds)
                or (isinstance(value, datetime) and datetime not in kinds)):
            continue
        numeric = int in kinds
        shown = f" ({short_text(repr(value))})" if numeric else ""
        raise TypeError(f"{owner}({name}=...) takes {_what(kinds)}, not "
                        f"{type(value).__name__}{shown}{_how(value, kinds)}")


def store_exact(value: object, names: Iterable[str]) -> None:
    """Store each field of ``names`` in the frozen ``value`` as the exact ``Fraction`` it is
    typed to hold, where it was given as an int (``Place(lat=45, ...)``, which the docs
    accept) or a Fraction subclass: kept as given, ``.lat`` was the int its type says it is
    not. ``None`` stays. Called after :func:`refuse_wrong_types` took the fields."""
    for name in names:
        given = getattr(value, name)
        if given is not None and type(given) is not Fraction:
            object.__setattr__(value, name, Fraction(given))


def refuse_blank(owner: str, fields: Iterable[tuple[str, str]]) -> None:
    """Refuse the first of ``fields`` (name, text given) that is empty or only spaces: an id,
    a reference or a reason the loader refuses so (``id: ""``), kept when built by hand, named
    nothing a finding or the coverage could show. Called once the fields are known to be
    ``str``."""
    for name, text in fields:
        if not text.strip():
            raise ValueError(f"{owner}({name}=...) takes a str that is not blank, not "
                             f"{short_text(repr(text))}")


def refuse_other_word(owner: str, name: str, given: object,
                      words: tuple[str | None, ...]) -> None:
    """Refuse a field of a few words (a ``Literal``; ``None`` among ``words`` where it may
    be left out) given anything else: it was kept, and read as none of them far away."""
    if given not in words:
        raise TypeError(f"{owner}({name}=...) takes {' or '.join(map(repr, words))}, not "
                        f"{short_text(repr(given))}")


def _what(kinds: tuple[type, ...]) -> str:
    """What a field takes, in words: ``a str or None``."""
    if kinds[:2] == EXACT:
        said = ["an exact number, a Fraction or an int", *map(_a, kinds[2:])]
    else:
        said = [_a(kind) for kind in kinds]
    return " or ".join(said)


def _a(kind: type) -> str:
    if kind is NONE:
        return "None"
    if kind is bool:
        return "True or False"
    name = kind.__name__
    return f"{'an' if name[0] in 'AEIOUaeiou' else 'a'} {name}"


def _how(value: object, kinds: tuple[type, ...]) -> str:
    """What to pass instead of ``value``, when it says what it meant."""
    if Fraction in kinds:
        if isinstance(value, float):
            return f": pass Fraction('{value!r}')"
        if isinstance(value, str):
            return f": pass Fraction({short_text(value)!r})"
    if date in kinds:
        if isinstance(value, datetime):
            return f": pass its date(), {value.date()!r}"
        if isinstance(value, str):
            return f": write parse_period({short_text(value)!r}) for the period a text writes"
    names = {kind.__name__ for kind in kinds}
    if "Location" in names:
        path = repr(short_text(value)) if isinstance(value, str) else "path"
        return f": write Location({path}, line, col)"
    if "Interval" in names:
        return ": build one with Interval(low, high, low_closed, high_closed)"
    if "Corpus" in names:
        return ": pass a Corpus, as load(paths) returns"
    if "Period" in names and isinstance(value, str):
        return f": write parse_period({short_text(value)!r})"
    return ""


class FactcheckError(Exception):
    """Base class of every error factcheck raises on bad input.

    Args:
        message: what is wrong, in one sentence.
        location: where; ``None`` when no file applies.
        expected: what the input should have been.
        found: what it was.
        hint: how to fix it.
        claim_id: the claim concerned, if any.
        source_line: the offending line of text, shown with a caret.
    """

    #: written after the location: ``note: `` for what is no problem of its own
    label = ""

    def __init__(
        self,
        message: str,
        *,
        location: Location | None = None,
        expected: str | None = None,
        found: str | None = None,
        hint: str | None = None,
        claim_id: str | None = None,
        source_line: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.location = location
        self.expected = expected
        self.found = found
        self.hint = hint
        self.claim_id = claim_id
        self.source_line = source_line

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.message, self._fields()))

    def _fields(self) -> dict[str, Any]:
        return {
            "location": self.location,
            "expected": self.expected,
            "found": self.found,
            "hint": self.hint,
            "claim_id": self.claim_id,
            "source_line": self.source_line,
        }

    def __str__(self) -> str:
        head = f"{self.location.place}: " if self.location else ""
        claim = f"[{self.claim_id}] " if self.claim_id else ""
        lines = [f"{head}{self.label}{claim}{self.message}"]
        if self.source_line is not None and self.location and self.location.line > 0:
            shown = self.source_line.rstrip("\r\n")  # a CRLF file's line ends are not shown
            if len(shown) > 160:
                start = max(0, self.location.col - 60)
                shown = shown[start : start + 120]
                caret_col = self.location.col - start
            else:
                caret_col = self.location.col
            before = visible(shown[: max(caret_col - 1, 0)])
            lines.append(f"    {visible(shown)}")
            lines.append("    " + " " * _display_width(before) + "^")
        if self.expected is not None:
            lines.append(f"  expected: {self.expected}")
        if self.found is not None:
            lines.append(f"  found: {self.found}")
        if self.hint is not None:
            lines.append(f"  hint: {self.hint}")
        return "\n".join(visible(line) for line in lines)


# Control characters (C0 but tab, DEL, C1) shown as escapes: a message quotes the input,
# and an escape sequence from a YAML string ("\e[31m") must not reach the terminal.
_VISIBLE = {code: f"\\x{code:02x}" for code in (*range(0x20), *range(0x7F, 0xA0))
            if code not in (0x09, 0x0A)}
# Invisible format characters: zero-width spaces and joiners, direction marks (U+061C as
# well as U+200E and U+200F), embeddings, overrides and isolates (U+202E shows 30 as 03),
# the word joiner, the invisible operators, the soft hyphen, U+FEFF and the other format
# characters that draw nothing (the deprecated shaping controls, interlinear annotation,
# tags); and the line and paragraph separators, which some terminals break a line at and
# others hide. A character beyond U+FFFF is written \U0001d173, as Python writes it.
_VISIBLE.update({code: f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
                 for code in (
    0x00AD, 0x061C, 0x180E, *range(0x200B, 0x2010), 0x2028, 0x2029, *range(0x202A, 0x202F),
    *range(0x2060, 0x2065), *range(0x2066, 0x2070), 0xFEFF, *range(0xFFF9, 0xFFFC),
    *range(0x1BCA0, 0x1BCA4), *range(0x1D173, 0x1D17B), 0xE0001, *range(0xE0020, 0xE0080))})


def shown_path(path: str) -> str:
    """``path`` on one line, its line breaks written ``\\n``: a file named ``a\\nb.yaml``
    in a walked directory would otherwise split its ``path:line:col`` over two lines, where
    a path given with a line break is already shown so."""
    return path.replace("\n", "\\n") if "\n" in path else path


def short_text(text: str, limit: int = 60) -> str:
    """``text`` cut to ``limit`` characters, for messages that quote it themselves."""
    return text if len(text) <= limit else text[:limit] + "..."


def key_text(key: Any) -> str:  # a mapping key as YAML read it: any scalar
    """A YAML mapping key as a message names it, as the file writes it: ``null``, ``true``
    and ``false``, not Python's ``None``, ``True`` and ``False``."""
    if key is None:
        return "null"
    return ("true" if key else "false") if isinstance(key, bool) else str(key)


def plural(count: int, word: str) -> str:
    """``"1 claim"``, ``"158 claims"``: a count in words, for every message and report."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def listed(items: Sequence[str]) -> str:
    """``"a"``, ``"a and b"``, ``"a, b and c"``: words joined for a message."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def visible(text: str) -> str:
    """``text`` with its control characters (but tab and newline) written as ``\\xNN``, and
    its invisible format characters (U+200B, U+202E...) as ``\\uNNNN``."""
    return text.translate(_VISIBLE)


def _display_width(text: str) -> int:
    """Terminal columns taken by ``text``: CJK and full-width characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _rebuild(cls: type[FactcheckError], message: str, fields: dict[str, Any]) -> FactcheckError:
    return cls(message, **fields)


class InputError(FactcheckError, ValueError):
    """A claims, checks or registry file says something invalid."""


class YamlSyntaxError(InputError):
    """The file is not YAML we accept (syntax, tabs, forbidden tags, aliases)."""


class SchemaError(InputError):
    """The YAML has the wrong shape: a type, an unknown or a missing field."""


class UnitError(InputError):
    """An unknown unit, or two units of different dimensions compared."""


class QuoteError(InputError):
    """A quote that is not in its source, or a value that is not in its quote."""


class ExpressionError(InputError):
    """A derived expression that is malformed or tries something unsafe."""


class SourceError(FactcheckError, OSError):
    """A source file that is missing or cannot be decoded.

    As an ``OSError``, its ``filename`` is the path of its location (``None`` without
    one), so ``except OSError as error: error.filename`` names the file.
    """

    def __init__(self, message: str, *, location: Location | None = None,
                 expected: str | None = None, found: str | None = None,
                 hint: str | None = None, claim_id: str | None = None,
                 source_line: str | None = None) -> None:
        super().__init__(message, location=location, expected=expected, found=found,
                         hint=hint, claim_id=claim_id, source_line=source_line)
        self.filename = None if location is None else location.path


class CheckError(FactcheckError, ValueError):
    """A check that cannot be set up, such as a cycle among derived claims."""


class RegistryError(FactcheckError, KeyError):
    """A check kind registered twice, or looked up but unknown."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return FactcheckError.__str__(self)


class PluginError(RegistryError):
    """An installed check-kind plugin (entry point ``factcheck.checks``) failed to load."""


class UncheckedReferences(InputError):
    """References that could not be checked because files that may define them could not
    be read, or their sections of definitions are no lists: located at the first cause,
    listed after the errors of its file, and not counted as one more problem
    (:func:`problem_count`); the ``files`` (shown paths) of its causes, the first
    holding its location, are where the plugin shows it. It is written as a note
    (``path:line:col: note: 5 references ...``), since the summary's count leaves it out."""

    label = "note: "

    def __init__(self, message: str, *, files: tuple[str, ...] = (),
                 location: Location | None = None, expected: str | None = None,
                 found: str | None = None, hint: str | None = None,
                 claim_id: str | None = None, source_line: str | None = None) -> None:
        super().__init__(message, location=location, expected=expected, found=found,
                         hint=hint, claim_id=claim_id, source_line=source_line)
        self.files = files

    def _fields(self) -> dict[str, Any]:
        return {**super()._fields(), "files": self.files}


class LoadErrors(FactcheckError):
    """Every problem found while loading, collected rather than stopping at the first.

    Args:
        errors: the individual errors, in file and line order.
    """

    def __init__(self, errors: list[FactcheckError]) -> None:
        if isinstance(errors, (str, bytes, FactcheckError)):
            raise TypeError(f"LoadErrors takes a list of FactcheckError values, not "
                            f"{type(errors).__name__}: write LoadErrors([error])")
        errors = list(errors)
        if not errors:
            # its str() was "": a load that failed, saying nothing
            raise TypeError("LoadErrors takes one or more FactcheckError values, not none: "
                            "raise it only when loading found problems")
        for error in errors:
            if not isinstance(error, FactcheckError):
                raise TypeError(f"LoadErrors takes FactcheckError values, not "
                                f"{type(error).__name__} ({error!r})")
        self.errors = sorted(errors, key=_error_order)
        super().__init__(f"{problems_counted(self.errors)} found")

    def __reduce__(self) -> tuple[Any, ...]:
        return (LoadErrors, (self.errors,))

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)


class TooManyProblems(InputError):
    """That recording stopped after the first problems, said of the whole run: no problem
    itself, and not counted as one (:func:`problem_count`)."""


def problem_count(errors: Sequence[FactcheckError]) -> int:
    """How many problems ``errors`` are, as a summary counts them: what references went
    unchecked (:class:`UncheckedReferences`) is the consequence of the errors it follows,
    not one more problem to fix, and that recording stopped (:class:`TooManyProblems`) is
    none. Errors of only such are counted as they are, so that the count of errors that
    are not none is never 0."""
    count = sum(not isinstance(error, (UncheckedReferences, TooManyProblems))
                for error in errors)
    return count or len(errors)


def problems_counted(errors: Sequence[FactcheckError], fewer: int = 0,
                     word: str = "problem") -> str:
    """``errors`` counted as a summary says it (less ``fewer`` already named): "3
    problems", or "more than 200 problems" where recording stopped after the first 200."""
    counted = plural(problem_count(errors) - fewer, word)
    stopped = any(isinstance(error, TooManyProblems) for error in errors)
    return f"more than {counted}" if stopped else counted


def _error_order(error: FactcheckError) -> tuple[bool, str, bool, int, int, str]:
    """File and line order; what is said of the whole run (no location) comes last, and
    what references a file's errors left unchecked after them."""
    loc = error.location
    if loc is None:
        return (True, "", False, 0, 0, error.message)
    return (False, loc.path, isinstance(error, UncheckedReferences), loc.line, loc.col,
            error.message)
