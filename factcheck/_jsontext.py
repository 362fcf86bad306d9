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
import re
from collections.abc import Callable, Iterable, Iterator
from json.encoder import encode_basestring
from typing import Any, AnyStr

import orjson

__all__ = ["ITEMS_PER_PIECE", "NotUtf8", "byte_pieces", "encoded", "indented", "pieces",
           "require_utf8"]

ITEMS_PER_PIECE = 256  # a run of claims or findings is about 200 KB of text

_OPTIONS = (orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS | orjson.OPT_PASSTHROUGH_SUBCLASS
            | orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME)


# a lone surrogate: in a file name or argument, a byte the locale could not decode
_LONE_SURROGATES = re.compile("[\ud800-\udfff]+")


class NotUtf8(UnicodeEncodeError):
    """JSON output would hold text that UTF-8 cannot encode (lone surrogates)."""


def require_utf8(texts: Iterable[str]) -> None:
    """Refuse, before any of it is written, JSON that would hold one of ``texts`` that UTF-8
    cannot encode: JSON is UTF-8 whatever stdout's error handler, and ``surrogateescape``
    (stdout's in ``LC_ALL=C``) would write a name's undecoded bytes back as they were.

    Raises:
        NotUtf8: for the first run of lone surrogates, in the text that holds it.
    """
    for text in texts:
        if not text.isascii() and (found := _LONE_SURROGATES.search(text)) is not None:
            raise NotUtf8("utf-8", text, found.start(), found.end(),
                          "JSON is UTF-8, which holds no lone surrogate")


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


def encoded(data: Any, errors: str = "strict") -> bytes:
    """:func:`indented` as UTF-8, without decoding orjson's bytes to text and back.

    Args:
        data: plain JSON data without floats (see the module docstring).
        errors: how text that UTF-8 cannot carry (a lone surrogate, which orjson refuses)
            is encoded: as a text stream with these ``errors`` would write it.

    Raises:
        TypeError, ValueError: as :func:`indented`; UnicodeEncodeError for a lone surrogate
            with ``errors="strict"`` (as writing the text to a UTF-8 stream would).
    """
    try:
        return orjson.dumps(data, option=_OPTIONS)
    except TypeError:  # orjson.JSONEncodeError is a TypeError
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True).encode(
            "utf-8", errors)


def pieces(data: Any) -> Iterator[str]:
    """Yield :func:`indented` of ``data`` in pieces, to write a large value as it is made.

    A mapping at the top is split into its entries, and a list that is one of its values
    into runs of up to :data:`ITEMS_PER_PIECE` items (one encoder call and one write per
    run, not per item); the pieces joined are exactly :func:`indented` of ``data``.

    Args:
        data: the value to serialise.

    Yields:
        Consecutive pieces of the JSON text.
    """
    return _pieces(data, indented, str)


def byte_pieces(data: Any, errors: str = "strict") -> Iterator[bytes]:
    """:func:`pieces` as UTF-8 bytes (of :func:`encoded`, with ``errors``), for a binary
    stream."""
    return _pieces(data, lambda value: encoded(value, errors),
                   lambda text: text.encode("utf-8", errors))


def _pieces(data: Any, dump: Callable[[Any], AnyStr],
            literal: Callable[[str], AnyStr]) -> Iterator[AnyStr]:
    if type(data) is not dict or not data or not all(type(k) is str for k in data):
        yield dump(data)
        return
    newline, inward, comma = literal("\n"), literal("\n  "), literal(",")
    lead = "{\n  "
    for key in sorted(data):
        head = literal(f"{lead}{encode_basestring(key)}: ")
        lead = ",\n  "
        value = data[key]
        if type(value) is not list or not value:
            # every line break in the text is structural (a newline in a string is written
            # \n), so nesting it is a replacement
            yield head + dump(value).replace(newline, inward)
            continue
        yield head + literal("[")
        for start in range(0, len(value), ITEMS_PER_PIECE):
            # a run of items dumped is "[", the items at two spaces, "\n]"; without the
            # brackets and moved two spaces in, it is the run as it reads inside ``value``
            run = dump(value[start:start + ITEMS_PER_PIECE])[1:-2].replace(newline, inward)
            yield run if start == 0 else comma + run
        yield literal("\n  ]")
    yield literal("\n}")
