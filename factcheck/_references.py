"""Load-time vetting of what a declared check names: claims, dates and places.

A check's parameters that name claims (``Field.refers``) are looked up once the claims and
places are read. A name that exists nowhere is a located load error with the closest
name: a typo in a check id list would otherwise only make the check not-checkable, and a
run with it still exits 0.
"""

from __future__ import annotations

import datetime
import difflib
from collections.abc import Collection, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ._dates import iso_spelling, parse_period
from ._errors import short_text
from ._schema import Field, Problems, found_value
from ._yaml import Document, KeyPath

if TYPE_CHECKING:
    from ._model import Claim

__all__ = ["quote_the_number", "vet_references"]


def vet_references(doc: Document, keypath: KeyPath, fields: dict[str, Any],
                   schema: tuple[Field, ...], claims: Mapping[str, Claim],
                   places: Collection[str], problems: Problems, *,
                   reviewed: bool = False,
                   again: set[tuple[str | int, ...]] | None = None) -> bool:
    """Report each name in ``fields`` that its :class:`Field` says refers to a claim or
    place and that the corpus lacks; return whether every name was found (or excused).
    Where a date is wanted, the closest name offered is a date claim's: a quantity's
    would only make the check not-checkable. ``reviewed`` names are those a review
    pinned (an acknowledgement's ``claims:``): one that is gone was most likely deleted
    or renamed since, and the finding is to be reviewed again.

    A missing name given more than once (``from: nowhere, to: nowhere``) is reported once,
    at its first place, naming every field that gives it (``(from and to)``); the paths
    below the check that give it again (``("to",)``, ``("parts", 1)``) are added to
    ``again``, where a kind's own vetting (a place that is both 'from' and 'to', a part
    listed twice) would only say a second time what is to fix."""
    found = True
    labels: dict[tuple[str, str], list[str]] = {}  # (what, name) -> the fields lacking it
    for field in schema:
        if field.refers is not None and field.name in fields:
            what = "place" if field.refers == "place" else "claim"
            known = places if what == "place" else claims
            for where, name in _names(fields[field.name]):
                if name in known or (field.refers == "claim or date" and _is_date(name)):
                    continue  # duration: published, from: published lacks it once
                label = f"{field.name}: {where[0]}" if where and isinstance(where[0], str) \
                    else field.name
                named = labels.setdefault((what, name), [])
                if label not in named:
                    named.append(label)
    said: set[tuple[str, str]] = set()
    for field in schema:
        if field.refers is None or field.name not in fields:
            continue
        what = "place" if field.refers == "place" else "claim"
        known = places if what == "place" else claims
        if isinstance(fields[field.name], list) and not _items_are_names(
                doc, (*keypath, field.name), fields[field.name], what, problems):
            found = False
        for where, name in _names(fields[field.name]):
            if name in known or (field.refers == "claim or date" and _is_date(name)):
                continue
            if problems.excused(what, name):
                continue
            found = False
            if (what, name) in said:  # said at its first place, with this field's name
                if again is not None:
                    again.add((field.name, *where))
                continue
            said.add((what, name))
            label = " and ".join(labels[what, name])
            path = (*keypath, field.name, *where)
            written = doc.number_written(path, name)
            if written is not None and written != name:  # 0o17, which YAML reads as 15
                problems.at_value(doc, path, f"{what} '{short_text(written)}' ({label}) does "
                                  f"not exist: YAML reads {short_text(written)} as the number "
                                  f"{name}", expected=f"the id of a {what}",
                                  found=f"a number: {short_text(written)}",
                                  hint=quote_the_number(what, written, field.name, where))
                continue
            if field.refers == "claim or date":
                message = f"'{short_text(name)}' ({label}) is neither a claim id nor a date"
                expected = "the id of a date claim, a date (YYYY-MM-DD, YYYY-MM or YYYY) " \
                    "or published"
            else:
                message = f"{what} '{short_text(name)}' ({label}) does not exist"
                expected = field.help if reviewed else f"the id of a {what}"
            offered = [claim_id for claim_id, claim in claims.items()
                       if claim.date is not None] if field.refers == "claim or date" \
                else list(known)
            left_out = problems.corpus_left_out()
            # a file left out may define it: only a convincing slip is offered then
            # (park5.distance, in a file not given, was offered cixian.distance)
            close = difflib.get_close_matches(name, offered, n=1,
                                              cutoff=0.6 if left_out is None else 0.85)
            hint = (f"did you mean '{close[0]}'?" if close else
                    f"if it was deleted or renamed since the review, delete "
                    f"'{short_text(name)}' from {field.name}: and review the finding again "
                    f"(`factcheck check` then names the claims that joined or left it, and "
                    f"the list to set)" if reviewed else
                    f"name a {what} defined under `{what}s:`")
            if field.refers == "claim or date":  # 2019/09/01 is a date, spelt otherwise
                iso = iso_spelling(name)
                hint = f"write the date as {iso}" if iso is not None else (
                    hint if close else "write a date as YYYY-MM-DD, YYYY-MM or YYYY, or "
                    "published, or name a date claim defined under `claims:`")
            if left_out is not None and not (field.refers == "claim or date"
                                             and iso_spelling(name) is not None):
                hint = _maybe_left_out(
                    hint if close or field.refers == "claim or date" else None, left_out)
            problems.at_value(doc, path, message, expected=expected, hint=hint)
    return found


def _maybe_left_out(close_hint: str | None, folder: str) -> str:
    """The hint for a name the files loaded lack, where they are only some files of the
    corpus ``folder``: it may be defined in one left out (after ``close_hint``, the
    did-you-mean of a convincing slip or how to write a date, where there is one)."""
    left_out = (f"it may be defined in a file not given: only some files of the corpus "
                f"{folder} were loaded; give the directory {folder} to load them all")
    if close_hint is None:
        return left_out
    return (f"{close_hint} Or {left_out}" if close_hint.endswith("?")
            else f"{close_hint}; or {left_out}")


def _items_are_names(doc: Document, path: KeyPath, items: list[Any], what: str,
                     problems: Problems) -> bool:
    """Report each item of the list ``items`` (at ``path``, a field that names claims or
    places) that is no name, at the item, a number as written (``parts: [1e3]``, which
    YAML reads as 1000.0, with the quotes to add); return whether none was reported."""
    name = str(path[-1])
    every = True
    for index, item in enumerate(items):
        if isinstance(item, str):
            continue
        every = False
        written = doc.number_written((*path, index), item)
        problems.at(doc, (*path, index), f"'{name}' must list {what} ids, one per item",
                    expected=f"the id of a {what}",
                    found=found_value(item) if written is None else
                    f"a number: {short_text(written)}",
                    hint=f"write each {what} id as one item of the list" if written is None
                    else quote_the_number(what, written, name, (index,)))
    return every


def quote_the_number(what: str, written: str, name: str, where: tuple[str | int, ...]) -> str:
    """The hint for a name written as a number (``0o17``, which YAML reads as 15): the field
    ``name`` with it quoted, as an item of a list (``parts: ["0o17"]``), a value of a
    mapping (``vars: {b: "0o17"}``) or the field's value (``total: "0o17"``)."""
    quoted = f'"{short_text(written)}"'
    if where:
        quoted = f"[{quoted}]" if isinstance(where[0], int) else f"{{{where[0]}: {quoted}}}"
    return f"to name the {what} '{short_text(written)}', quote it: {name}: {quoted}"


def _names(value: Any) -> Iterator[tuple[tuple[str | int, ...], str]]:  # a YAML value
    """The names a parameter holds, each with its key path below the parameter: itself,
    each item of a list, or each value of a mapping (derived's ``vars``)."""
    if isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, str):
                yield (index,), item
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str):
                yield (key,), item
    elif isinstance(value, str):
        yield (), value


def _is_date(value: Any) -> bool:  # a YAML value
    return isinstance(value, datetime.date) or value == "published" or (
        isinstance(value, str) and parse_period(value) is not None)
