"""Where every key path of a YAML document is written, from libyaml's events.

:meth:`factcheck._yaml.Document.locate` needs a mark per key path only for documents
read on the fast path, which have no tags, anchors or aliases. Composing them with
PyYAML's pure-Python parser costs seconds for a registry of thousands of articles;
libyaml's event stream carries the same marks (line and column, counted in characters)
at a twentieth of the cost. The marks are those ``_yaml._build`` records: a node's
start, except that a mapping entry is marked at its key. Whenever libyaml is missing
or reads the text differently, :func:`event_marks` returns ``None`` and the caller
composes with PyYAML as before.
"""

from __future__ import annotations

from typing import Any

import yaml

from ._yaml import KeyPath, plain_scalar

__all__ = ["event_marks"]

Marks = dict[KeyPath, tuple[int, int]]


class _Frame:
    """An open mapping or sequence: its key path and where the next child goes."""

    __slots__ = ("index", "key", "key_mark", "mapping", "path")

    def __init__(self, path: KeyPath, mapping: bool) -> None:
        self.path = path
        self.mapping = mapping
        self.index = 0
        self.key: Any = _NO_KEY
        self.key_mark: tuple[int, int] = (0, 0)


_NO_KEY = object()


def event_marks(text: str) -> Marks | None:
    """The marks of ``text``, or ``None`` if libyaml is unavailable or cannot read it.

    Args:
        text: a document that parsed on the fast path (no tags, anchors or aliases).

    Returns:
        Key path -> (line, column), both 1-based, as the PyYAML composer would give.
    """
    loader = getattr(yaml, "CSafeLoader", None)
    if loader is None or not getattr(yaml, "__with_libyaml__", False):
        return None
    try:
        return _walk(yaml.parse(text, Loader=loader))
    except (yaml.YAMLError, _Unexpected):
        return None


class _Unexpected(Exception):
    """An event the fast path cannot have produced (a tag, an alias, a complex key)."""


def _walk(events: Any) -> Marks:
    marks: Marks = {}
    stack: list[_Frame] = []
    documents = 0
    for event in events:
        kind = type(event)
        if kind is yaml.ScalarEvent or kind is yaml.MappingStartEvent or (
                kind is yaml.SequenceStartEvent):
            if event.anchor is not None or (event.tag is not None and event.tag != "!"):
                raise _Unexpected
            mark = (event.start_mark.line + 1, event.start_mark.column + 1)
            if stack:
                frame = stack[-1]
                if frame.mapping:
                    if frame.key is _NO_KEY:  # this node is a key
                        if kind is not yaml.ScalarEvent:
                            raise _Unexpected
                        frame.key = _key(event)
                        frame.key_mark = mark
                        continue
                    path: KeyPath = (*frame.path, frame.key)
                else:
                    path = (*frame.path, frame.index)
                    frame.index += 1
            else:
                path = ()
            marks[path] = mark
            if kind is yaml.ScalarEvent:
                _close_child(stack, marks)
            else:
                stack.append(_Frame(path, kind is yaml.MappingStartEvent))
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            stack.pop()
            _close_child(stack, marks)
        elif kind is yaml.AliasEvent:
            raise _Unexpected
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:  # the fast path reads one document only
                raise _Unexpected
    return marks


def _key(event: Any) -> Any:
    if event.implicit[0]:  # plain: read as the fast path's parser reads it
        key = plain_scalar(event.value)
        if isinstance(key, (dict, list)):  # not a key the composer would give: fall back
            raise _Unexpected
        return key
    return event.value  # quoted: text


def _close_child(stack: list[_Frame], marks: Marks) -> None:
    """After a mapping entry's value, mark the entry at its key (as ``_build`` does)."""
    if stack and stack[-1].mapping:
        frame = stack[-1]
        marks[(*frame.path, frame.key)] = frame.key_mark
        frame.key = _NO_KEY
