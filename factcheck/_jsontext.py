"""Indented, key-sorted JSON text: what ``json.dumps(..., indent=2, sort_keys=True)`` writes.

``json.dumps`` uses its C encoder only without ``indent``; with ``indent=2`` every value goes
through nested Python generators, and a run of 100,000 claims is millions of values. orjson
(a maintained, Rust-backed encoder) writes the same text some twenty times as fast.

The data must be plain JSON data without floats: ``str``, ``int``, ``bool``, ``None``,
``list``, ``tuple`` and ``dict`` with ``str`` keys, which is all factcheck writes (exact
values are decimal strings). On such data the text is byte for byte what ``json.dumps``
gives, tested on generated data and on whole runs (tests/benchmarks/test_fast_paths.py).
What orjson refuses (integers beyond 64 bits, lone surrogates, keys that are not strings,
subclasses, dataclasses, dates) is handed to ``json.dumps`` itself. Outside that contract
the two differ: orjson writes floats beyond 1e16 or below 1e-4 without ``+`` or leading
zeros in the exponent and NaN as ``null``, and it serialises Enum and UUID values, which
``json.dumps`` refuses.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from json.encoder import encode_basestring
from typing import Any

import orjson

__all__ = ["indented", "pieces"]

_OPTIONS = (orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS | orjson.OPT_PASSTHROUGH_SUBCLASS
            | orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME)


def indented(data: Any) -> str:
    """Return ``json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)``.

    Args:
        data: plain JSON data without floats (see the module docstring).

    Returns:
        The JSON text, without a trailing newline.

    Raises:
        TypeError, ValueError: as ``json.dumps`` raises them, for plain JSON data.
    """
    try:
        return orjson.dumps(data, option=_OPTIONS).decode()
    except TypeError:  # orjson.JSONEncodeError is a TypeError
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)


def pieces(data: Any) -> Iterator[str]:
    """Yield :func:`indented` of ``data`` in pieces, to write a large value as it is made.

    A mapping at the top is split into its entries, and a list that is one of its values
    into its items; the pieces joined are exactly :func:`indented` of ``data``.

    Args:
        data: the value to serialise.

    Yields:
        Consecutive pieces of the JSON text.
    """
    if type(data) is not dict or not data or not all(type(k) is str for k in data):
        yield indented(data)
        return
    lead = "{\n  "
    for key in sorted(data):
        head = f"{lead}{encode_basestring(key)}: "
        lead = ",\n  "
        value = data[key]
        if type(value) is not list or not value:
            yield head + _nested(value, "\n  ")
            continue
        yield head + "["
        item_lead = "\n    "
        for item in value:
            yield item_lead + _nested(item, "\n    ")
            item_lead = ",\n    "
        yield "\n  ]"
    yield "\n}"


def _nested(value: Any, newline: str) -> str:
    """:func:`indented` of ``value`` as it reads nested at ``newline``: every line break in
    the text is structural (a newline in a string is written ``\\n``), so indenting is a
    replacement."""
    return indented(value).replace("\n", newline)
