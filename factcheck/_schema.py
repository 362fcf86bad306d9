"""Field-by-field validation of YAML mappings, collecting located errors.

A section of a claims file is described by a tuple of :class:`Field`. :func:`read_fields`
checks one mapping against it and reports every unknown field (with the closest valid
name), every missing required field and every value of the wrong type. It never stops at
the first problem: errors are appended to the caller's list.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, NamedTuple

from ._dates import iso_spelling
from ._errors import FactcheckError, Location, SchemaError, TooManyProblems, key_text, short_text
from ._paths import corpus_left_out
from ._yaml import Document, KeyPath

#: The top-level sections of a claims file, in the order the loader reads them
#: (sources, vocabulary and places first, then claims and what refers to claims).
SECTIONS = (
    "sources", "entities", "metrics", "places",
    "source", "claims", "not_claims", "checks", "acknowledgements",
)

__all__ = ["MAX_ERRORS", "Field", "Problems", "entries_with_a_reason", "found_value",
           "not_a_list", "read_fields", "type_name", "written_in"]

_TYPE_NAMES = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "true or false",
    list: "a list",
    dict: "a mapping",
}


def type_name(value: Any) -> str:  # any YAML value
    """Describe the YAML type of ``value`` for a message ("a list", "a string"...)."""
    if value is None:
        return "nothing (null)"
    for kind in type(value).__mro__:  # bool before int; a check's read-only list is a list
        if kind in _TYPE_NAMES:
            return _TYPE_NAMES[kind]
    return type(value).__name__


def found_value(value: Any) -> str:  # any YAML value
    """A YAML value as a message's "found:" gives it: its type, and itself as YAML writes
    it ("a list: ['s']", "true or false: true", "nothing (null)")."""
    if value is None:
        return "nothing (null)"
    shown = ("true" if value else "false") if isinstance(value, bool) else repr(value)
    return f"{type_name(value)}: {shown}"[:120]


@dataclass(frozen=True, slots=True)
class Field:
    """One allowed field of a mapping.

    Attributes:
        name: the key.
        types: accepted Python types of the value; ``str`` also accepts YAML integers,
            which are converted to their text (so are the integer items of a list or
            mapping that ``refers`` to names).
        required: whether the key must be present.
        help: what the value is, for "expected" in messages.
        refers: what the value names, checked when the corpus is loaded: ``"claim"`` (a
            claim id; of a list or mapping, each item or value is one), ``"claim or date"``
            (a claim id, ``published`` or a date) or ``"place"`` (a place id). A name
            that exists nowhere in the corpus is a load error at its line (a typo would
            otherwise only make the check not-checkable).
    """

    name: str
    types: tuple[type, ...]
    required: bool = False
    help: str = ""
    refers: Literal["claim", "claim or date", "place"] | None = None


MAX_ERRORS = 200


class Unlisted(NamedTuple):
    """A section of definitions that is no list (``claims: x``): what it would define
    (source, entity, metric, place or claim), its file (shown), its name, and where it is
    and its line, to locate what it left unchecked."""

    defines: str
    path: str
    section: str
    location: Location
    source_line: str | None


class Problems:
    """A collector of errors, shared by every stage of loading.

    It keeps the first :data:`MAX_ERRORS` errors and then one more saying that it stopped,
    so that a huge file of mistakes costs neither unbounded time nor unbounded output.
    """

    def __init__(self) -> None:
        self.errors: list[FactcheckError] = []
        self.invalid: set[tuple[str, str]] = set()
        #: files that could not be read or parsed: what they define is unknown
        self.unread: list[str] = []
        #: references to unknown sources, entities or metrics not reported because of them
        self.unchecked = 0
        #: what (source, entity, metric) no file registers at all, said once for the run
        self.unregistered: frozenset[str] = frozenset()
        #: those of them that something named, and so went unreported
        self.named_unregistered: set[str] = set()
        #: sections of definitions (source, entity, metric, place, claim) that are no list:
        #: what names such a thing goes unreported
        self.unlisted: list[Unlisted] = []
        #: the files loaded, in order: a name none of them defines may be in one left out
        self.files: list[Path] = []
        self._left_out: tuple[str | None] | None = None

    def corpus_left_out(self) -> str | None:
        """The corpus directory of which the files loaded are only part (``claims/``, its
        files given one by one), or None: a name they lack may be defined in a file left
        out. Looked up once, the first time a name is missing."""
        if self._left_out is None:
            self._left_out = (corpus_left_out(self.files[0], self.files)
                              if self.files else None,)
        return self._left_out[0]

    def mark_invalid(self, what: str, item_id: Any) -> None:  # any YAML value
        """Note that the ``what`` (source, entity, metric) ``item_id`` was reported as
        invalid, so that what refers to it is not also reported as referring to nothing."""
        if isinstance(item_id, str):
            self.invalid.add((what, item_id))

    def is_invalid(self, what: str, item_id: str) -> bool:
        """Whether ``item_id`` names a ``what`` that exists but was reported as invalid."""
        return (what, item_id) in self.invalid

    def excused(self, what: str, item_id: Any) -> bool:  # any YAML value
        """Whether a reference to an unknown ``what`` ``item_id`` goes unreported: the
        ``what`` was reported as invalid, no file registers any ``what``, or a file that
        could not be read may define it (one typo in a registry, or a registry left out,
        must not bury itself under a knock-on error per claim)."""
        if isinstance(item_id, str) and self.is_invalid(what, item_id):
            return True
        if what in self.unregistered:  # one error says so (claims files without sources.yaml)
            self.named_unregistered.add(what)
            return True
        if self.unread or any(what == section.defines for section in self.unlisted):
            self.unchecked += 1
            return True
        return False

    @property
    def full(self) -> bool:
        """Whether no more errors are recorded."""
        return len(self.errors) > MAX_ERRORS

    def add(self, error: FactcheckError) -> None:
        """Record one error (beyond :data:`MAX_ERRORS`, note that recording stopped)."""
        if self.full:
            return
        if len(self.errors) == MAX_ERRORS:  # said of the whole run, not of the file it hit
            error = TooManyProblems(
                f"more than {MAX_ERRORS} problems; only the first {MAX_ERRORS} are listed",
                hint="fix these first (the same mistake often repeats), then run again")
        self.errors.append(error)

    def at(
        self,
        doc: Document,
        keypath: KeyPath,
        message: str,
        *,
        error: type[FactcheckError] = SchemaError,
        claim_id: str | None = None,
        **details: str | None,
    ) -> None:
        """Record an error located at ``keypath`` in ``doc``."""
        if self.full:
            return
        loc = doc.locate(keypath)
        self.add(
            error(
                message,
                location=loc,
                source_line=doc.line_text(loc.line),
                claim_id=claim_id,
                **details,
            )
        )

    def at_value(self, doc: Document, keypath: KeyPath, message: str,
                 **details: str | None) -> None:
        """Record an error located at the value at ``keypath`` in ``doc``, not at its key,
        where the value is written on the key's line (:meth:`Document.locate_value`)."""
        if self.full:
            return
        loc = doc.locate_value(keypath)
        self.add(SchemaError(message, location=loc, source_line=doc.line_text(loc.line),
                             **details))


def read_fields(
    doc: Document,
    keypath: KeyPath,
    mapping: Any,  # any YAML value
    fields: tuple[Field, ...],
    problems: Problems,
    *,
    what: str,
    claim_id: str | None = None,
    missing_hints: dict[str, str] | None = None,
    kept: dict[str, Any] | None = None,
) -> dict[str, Any] | None:
    """Validate ``mapping`` against ``fields``.

    Args:
        doc: the document, for locations.
        keypath: where the mapping is in the document.
        mapping: the value to check.
        fields: the allowed fields.
        problems: where errors go.
        what: the name of the thing, for messages ("claim", "source").
        claim_id: the claim concerned, if any.
        missing_hints: the hint for a missing required field, by field name: the line to
            add, with the values it may take.
        kept: receives the fields that were valid where others were not (``None`` is
            returned then), so that the caller can say their own mistakes in the same run.

    Returns:
        The valid fields (strings normalised), or ``None`` if the value is not a mapping,
        a required field is missing or mistyped, its ``id`` is empty, or ``problems`` is
        full.
    """
    if problems.full:
        return None  # the load has failed already; stop spending time on more errors
    if not isinstance(mapping, dict):
        problems.at(
            doc, keypath, f"{'an' if what[:1] in 'aeiou' else 'a'} {what} must be a mapping",
            expected=f"a mapping with {', '.join(f.name for f in fields if f.required)}",
            found=type_name(mapping), claim_id=claim_id,
        )
        return None
    known, required, strings, needed = _plan(fields)
    if (mapping.keys() <= strings and needed <= mapping.keys()
            and set(map(type, mapping.values())) <= _JUST_STR):
        # the usual entry: known text fields, all required ones there
        return None if _blank_id(doc, keypath, mapping, what, problems, claim_id) else dict(
            mapping)
    if _placed_elsewhere(doc, keypath, mapping, known, problems, what, claim_id):
        return None
    result: dict[str, Any] = {}
    ok = True
    for key, value in mapping.items():
        hint: str | None
        spec = known.get(key) if isinstance(key, str) else None
        if spec is not None and type(value) in spec.types and type(value) is not bool:
            # the usual case, decided without _coerce
            result[key] = _names_as_text(value) if spec.refers is not None else value
            continue
        if spec is None:
            written = key_text(key)  # null, not None
            hint = _comma_in_flow_hint(doc, keypath, mapping, key, known) or _field_hint(
                written, known)
            problems.at(doc, (*keypath, key), f"unknown field '{short_text(written)}' in {what}",
                        hint=hint, claim_id=claim_id)
            ok = False
            continue
        coerced = _coerce(value, spec.types)
        if (isinstance(coerced, str) and not isinstance(value, str) and spec.refers is None
                and key != "reason" and doc.may_spell_numbers_otherwise()):
            # (a name that refers to a claim or place is reported where it is looked up,
            # and a reason that is a number is no reason, however it is written)
            number = doc.number_written((*keypath, key), value)
            if number is not None and number != coerced:  # id: 0o17, which YAML reads as 15
                problems.at(doc, (*keypath, key), f"field '{key}' of {what} has the wrong "
                            f"type: YAML reads {number} as the number {coerced}",
                            expected=_expected(spec), found=f"a number: {number}",
                            hint="write the date in digits, YYYY-MM-DD, YYYY-MM or YYYY"
                            if key in _DATE_FIELDS else f'quote it: {key}: "{number}"',
                            claim_id=None if key == "id" else claim_id)  # not [15]
                ok = False
                continue
        if coerced is _WRONG:
            expected = _expected(spec)
            hint = None
            if isinstance(value, float) and spec.name in _DATE_FIELDS:
                # 2022.12 (December) is a number to YAML, and 2022.10 is 2022.1 by now:
                # its spelling comes from the text as written
                dotted = doc.number_written((*keypath, key), value)
                iso = iso_spelling(dotted) if dotted is not None else None
                hint = (f"write it as {iso} (YAML reads {dotted}, unquoted, as a number)"
                        if iso is not None else "write the date with hyphens (YYYY-MM-DD, "
                        "YYYY-MM or YYYY); YAML reads one with a dot as a number")
            elif isinstance(value, float) and str in spec.types:
                hint = _as_written(key, value, mapping,
                                   doc.number_written((*keypath, key), value) or str(value))
            elif isinstance(value, str) and spec.types == (list,):
                # parts: a (one name) for parts: [a]
                hint = f"write a list, even of one item: {key}: [{short_text(value)}]"
            problems.at(doc, (*keypath, key), f"field '{key}' of {what} has the wrong type",
                        expected=expected, found=found_value(value),
                        hint=hint, claim_id=claim_id)
            ok = False
            continue
        result[key] = coerced
    for spec in required:
        if spec.name not in mapping:
            problems.at(doc, keypath, f"{what} is missing the required field '{spec.name}'",
                        expected=f"'{spec.name}': {spec.help or 'a value'}", claim_id=claim_id,
                        hint=(missing_hints or {}).get(spec.name))
            ok = False
    if ok and _blank_id(doc, keypath, result, what, problems, claim_id):
        return None
    if not ok and kept is not None:
        kept.update(result)
    return result if ok else None


def _field_hint(written: str, known: dict[str, Field]) -> str:
    """The hint for an unknown field ``written``: the known field it is a typo of (a close
    spelling), or the one it shortens (``expr`` of ``expression``, which difflib's ratio
    misses); where it is a field of another kind of entry (``title`` of a source, in a
    metric), that, never a field it merely looks like (``timeless``); else the valid ones."""
    valid = f"valid fields: {', '.join(sorted(known))}"
    close = difflib.get_close_matches(written, list(known), n=1, cutoff=0.8)
    if close:
        return f"did you mean '{close[0]}'?"
    owners = [what for _, what, names in _entries() if written in names]
    if owners:  # note, of most kinds: not every one named
        whose = _a_list(owners) if len(owners) <= 2 else "other kinds of entry"
        return f"'{written}' is a field of {whose}; {valid}"
    shortened = [name for name in known if len(written) >= 3 and name.startswith(written)]
    if len(shortened) == 1:
        return f"did you mean '{shortened[0]}'?"
    close = difflib.get_close_matches(written, list(known), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else valid


def _a_list(whats: list[str]) -> str:
    """``a source``, ``an entity, a metric or a place``."""
    named = [f"{'an' if what[:1] in 'aeiou' else 'a'} {what}" for what in whats]
    return named[0] if len(named) == 1 else f"{', '.join(named[:-1])} or {named[-1]}"


@functools.cache
def _entries() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """Each section's entries: the section, what an entry is, and its fields."""
    from ._claims import CLAIM_FIELDS  # not at import: they import this module
    from ._loader import _ACK_FIELDS
    from ._not_claims import _NOT_CLAIM_FIELDS
    from ._sources import _ENTITY_FIELDS, _METRIC_FIELDS, _PLACE_FIELDS, _SOURCE_FIELDS

    return tuple((section, what, frozenset(f.name for f in fields)) for section, what, fields in (
        ("sources", "source", _SOURCE_FIELDS), ("entities", "entity", _ENTITY_FIELDS),
        ("metrics", "metric", _METRIC_FIELDS), ("places", "place", _PLACE_FIELDS),
        ("claims", "claim", CLAIM_FIELDS), ("not_claims", "not-a-claim entry", _NOT_CLAIM_FIELDS),
        ("acknowledgements", "acknowledgement", _ACK_FIELDS)))


def _placed_elsewhere(doc: Document, keypath: KeyPath, mapping: dict[Any, Any],
                      known: dict[str, Field], problems: Problems, what: str,
                      claim_id: str | None) -> bool:
    """Report an entry of another section placed here (a claim pasted under not_claims:,
    a source under metrics:) as one error at the entry, and say whether it was one: two
    or more of its fields are unknown here, and every one of them is a field of one other
    kind of entry. Each field was an error of its own, and one that looked like a field
    here was offered as meant (a source's ``title`` as a metric's ``timeless``)."""
    unknown = [key for key in mapping if not isinstance(key, str) or key not in known]
    if len(unknown) < 2 or not all(isinstance(key, str) for key in mapping):
        return False
    keys = set(mapping)
    owners = [(section, other) for section, other, names in _entries()
              if keys <= names and set(known) != names]
    if len(owners) != 1:
        return False
    [(section, other)] = owners
    listed = ", ".join(f"'{short_text(key)}'" for key in unknown)
    problems.at(doc, keypath, f"this {what} has fields of {_a_list([other])}: {listed}",
                expected=f"{_a_list([what])}'s fields: {', '.join(sorted(known))}",
                hint=f"it is {_a_list([other])}: move it under {section}:",
                claim_id=claim_id)
    return True


#: After a field's key in a flow mapping: the colon and the space before its value
_KEY_COLON = re.compile(r"[ \t]*:[ \t]+")


def _comma_in_flow_hint(doc: Document, keypath: KeyPath, mapping: dict[Any, Any], key: Any,
                        known: dict[str, Field]) -> str | None:
    """The hint for an unknown field that is the rest of the unquoted value before it, cut
    at an ASCII comma by a flow mapping (``{quote: 大单,总投资293.9亿元}`` reads a field
    ``总投资293.9亿元`` with no value): the value quoted, ``quote: "大单,总投资293.9亿元"``;
    or ``None`` where the key has a value of its own, or the field before it is not a
    known field with an unquoted text value on the same line, followed by a comma."""
    if mapping[key] is not None:
        return None
    keys = list(mapping)
    first = last = keys.index(key)

    def cut(at: int) -> bool:  # a field with no value of its own: a piece of the value
        return keys[at] not in known and mapping[keys[at]] is None

    while first > 0 and cut(first - 1):
        first -= 1  # 大单,总投资,293.9亿元: two such fields, one value, each given it whole
    while last + 1 < len(keys) and cut(last + 1):
        last += 1
    field = keys[first - 1] if first > 0 else None
    if not isinstance(field, str) or field not in known or not isinstance(mapping[field], str):
        return None
    before, here = doc.locate((*keypath, field)), doc.locate((*keypath, keys[first]))
    end = here if last == first else doc.locate((*keypath, keys[last]))
    line = doc.line_text(here.line)
    written = key_text(keys[last])
    if (before.line != here.line or end.line != here.line
            or not line.startswith(field, before.col - 1)
            or not line.startswith(written, end.col - 1)):
        return None
    colon = _KEY_COLON.match(line, before.col - 1 + len(field))
    if colon is None or colon.end() >= here.col - 1 or line[colon.end()] in "\"'":
        return None
    if not line[:here.col - 1].rstrip().endswith(","):
        return None
    value = line[colon.end():end.col - 1 + len(written)]
    if '"' in value or "\\" in value:
        return None
    return f'the comma ends the value in a {{...}} mapping; quote it: {field}: "{value}"'


def _blank_id(doc: Document, keypath: KeyPath, fields: dict[Any, Any], what: str,
              problems: Problems, claim_id: str | None) -> bool:
    """Report an ``id`` that is empty or only spaces (``id: ""``), and say whether there
    was one: such an entry loaded, and named nothing any check or finding could show."""
    value = fields.get("id")
    if not isinstance(value, str) or value.strip():
        return False
    noun = what.split()[-1]  # ids are unique among all checks, not those of one kind
    article = "an" if what.lstrip("'")[:1] in "aeiou" else "a"  # an 'average' check
    problems.at(doc, (*keypath, "id"), f"the id of {article} {what} is empty",
                expected=f"a name for the {noun}, unique among them",
                found=found_value(value), claim_id=claim_id if (claim_id or "").strip() else None,
                hint=f"give it an id that no other {noun} has, or delete the entry")
    return True


def written_in(quote: str, digits: re.Pattern[str], besides: str = "") -> str | None:
    """The first figure of ``quote`` whose text holds ``digits``, as ``factcheck extract``
    writes it (with its qualifier and unit: 占36.4% gives ``36.4%``), other than
    ``besides``; or ``None``. For hints: a value is to be written as its quote has it."""
    from ._extract import extract  # only a failing entry needs it: no load pays its import

    return next((m.text for m in extract(quote)
                 if m.counted and m.text != besides and digits.search(m.text)), None)


def _expected(spec: Field) -> str:
    """What a field of ``spec`` takes, for a message about a value of the wrong type."""
    expected = " or ".join(_TYPE_NAMES.get(t, t.__name__) for t in spec.types)
    return f"{expected} ({spec.help})" if spec.help else expected


def _as_written(key: str, value: float, mapping: dict[Any, Any], written: str) -> str:
    """The hint for a figure YAML read as a number: a value is written as its quote has it
    (占36.4% is ``value: "36.4%"``), since the digits alone, quoted, lack the unit; another
    field is quoted as ``written`` (1e3 and 1.50, not 1000.0 and 1.5)."""
    quote = mapping.get("quote")
    if key == "value" and isinstance(quote, str):
        digits = re.compile(rf"(?<![0-9.]){re.escape(str(value))}0*(?![0-9])")
        figure = written_in(quote, digits)
        if figure is not None:
            return (f"write the figure as the quote has it, in quotes: "
                    f"value: \"{figure}\"")
        return ("write the figure as the quote has it, with its qualifier and unit, in "
                "quotes (e.g. value: \"近300亿元\")")
    return (f"quote it: {key}: \"{written}\" (unquoted, YAML reads {written} as the number "
            f"{value})")


def _names_as_text(value: Any) -> Any:  # a YAML value
    """A list or mapping of names with its YAML integers as their text, as a field that is
    one name takes them (``parts: [11, 12]`` names the claims '11' and '12', as
    ``total: 2019`` names '2019' and ``id: 11`` defines '11')."""
    if isinstance(value, list):
        return [_as_text(item) for item in value]
    if isinstance(value, dict):
        return {key: _as_text(item) for key, item in value.items()}
    return value


def _as_text(item: Any) -> Any:  # a YAML value
    return str(item) if isinstance(item, int) and not isinstance(item, bool) else item


_WRONG = object()
#: Fields whose text is a date or period, which YAML reads as a number when it is written
#: with a dot (2022.12).
_DATE_FIELDS = frozenset({"as_of", "published"})
_JUST_STR = frozenset({str})
_Plan = tuple[dict[str, Field], tuple[Field, ...], frozenset[str], frozenset[str]]
_PLANS: dict[int, tuple[tuple[Field, ...], _Plan]] = {}


def _plan(fields: tuple[Field, ...]) -> _Plan:
    """Worked out once per schema: the fields by name, the required ones, the names that
    take a string, and the required names."""
    known = _PLANS.get(id(fields))
    if known is None or known[0] is not fields:  # the tuple is kept, so its id is not reused
        if len(_PLANS) >= 256:  # schemas are module constants; a caller making new ones
            _PLANS.clear()      # each time gets no benefit, and no growth either
        plan = ({f.name: f for f in fields}, tuple(f for f in fields if f.required),
                frozenset(f.name for f in fields if str in f.types),
                frozenset(f.name for f in fields if f.required))
        _PLANS[id(fields)] = known = (fields, plan)
    return known[1]


def _coerce(value: Any, types: tuple[type, ...]) -> Any:
    if isinstance(value, bool):
        return value if bool in types else _WRONG
    if type(value) in types:
        return value
    if str in types and isinstance(value, int):
        return str(value)
    if float in types and isinstance(value, int):
        return value
    return _WRONG


#: The sections that define what other entries name, and what they define.
_DEFINED_BY = {"sources": "source", "entities": "entity", "metrics": "metric",
               "places": "place", "claims": "claim"}


def not_a_list(doc: Document, name: str, what: str, value: Any, problems: Problems,
               expected: str = "a list of mappings") -> None:
    """Report a section ``name`` that is not a list (``what`` names its entries): most
    often one entry written without its ``- ``, which YAML reads as a mapping."""
    hint = ("start each entry with '- ' (a dash and a space), even a single one"
            if isinstance(value, dict) else
            f"write `{name}:` and below it one '- ' entry per item")
    defines = _DEFINED_BY.get(name)
    here = doc.locate((name,))
    if defines is not None:  # what names them is not reported as naming nothing
        problems.unlisted.append(Unlisted(defines, doc.path, name, here,
                                          doc.line_text(here.line)))
    problems.at(doc, (name,), f"'{name}' must be a list{what}", expected=expected,
                found=type_name(value), hint=hint)


def entries_with_a_reason(items: Iterable[tuple[Document, Any, Any]], section: str,
                          fields: tuple[Field, ...], problems: Problems, *, what: str,
                          named: str, expected: str, hint: str, missing: str,
                          ) -> Iterator[tuple[Document, KeyPath, Any, dict[str, Any]]]:
    """The entries of each ``section:`` list of ``items`` (a document, its path and the
    section's value) whose ``fields`` read and whose ``reason`` is not empty, each with its
    document, key path and the entry as YAML wrote it. A section that is no list
    (``expected``: what it is to hold), an entry whose fields do not read (``what`` it is)
    and an empty reason (``reason: ""`` is none: "``named`` needs a reason", with
    ``hint``) are reported and left out; a missing reason with the hint ``missing``."""
    for doc, _, value in items:
        if not isinstance(value, list):
            not_a_list(doc, section, "", value, problems, expected=expected)
            continue
        for index, entry in enumerate(value):
            keypath: KeyPath = (section, index)
            read = read_fields(doc, keypath, entry, fields, problems, what=what,
                               missing_hints={"reason": missing})
            if read is None:
                continue
            if not read["reason"].strip():
                problems.at(doc, (*keypath, "reason"), f"{named} needs a reason", hint=hint)
                continue
            yield doc, keypath, entry, read
