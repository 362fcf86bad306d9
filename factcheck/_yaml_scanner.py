"""PyYAML's scanner, reading tabs and escapes as YAML 1.2 and the fast path's parser do.

The slow path (:mod:`factcheck._yaml`) must read a file as the fast path does, so that a
``!`` in a comment cannot change whether a file loads. PyYAML's pure-Python scanner
differs from YAML 1.2 in two places that matter here:

- **Tabs.** PyYAML refuses every tab outside a quoted or block scalar. YAML 1.2 allows
  tabs as separation whitespace: after a value (``value: 293.9亿元<TAB>``), on a line that
  holds only whitespace or a comment, between an indicator and a scalar
  (``key:<TAB>value``) and inside a plain scalar. It forbids them in indentation, and
  before anything that would start a block collection on the same line (``-<TAB>- x``).
  :class:`Yaml12Scanner` reads tabs so; only a tab in indentation stays an error.
- **Surrogate escapes.** PyYAML turns ``"\\ud800"`` into a lone UTF-16 surrogate, which no
  UTF-8 output can hold, and ``"\\U00110000"`` into a ``ValueError``. As in JSON, a
  character beyond U+FFFF may be written as a pair of ``\\u`` escapes, high half first
  (``"\\ud83d\\ude00"``, one character); any other surrogate escape is refused with its
  place (:class:`BadEscape`), as the fast path refuses it.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

__all__ = ["BadEscape", "Yaml12Scanner"]

_BREAKS = "\r\n\x85\u2028\u2029"
_END_OF_LINE = "\0" + _BREAKS
_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|.)", re.DOTALL)
_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


class BadEscape(Exception):
    """A double-quoted scalar's escape that is not a character, with its 0-based place."""

    def __init__(self, line: int, column: int, message: str, found: str, hint: str) -> None:
        super().__init__(message)
        self.line = line
        self.column = column
        self.message = message
        self.found = found
        self.hint = hint


class Yaml12Scanner(yaml.reader.Reader, yaml.scanner.Scanner):
    """Mixin for a PyYAML loader: tabs as YAML 1.2 separation, escapes that are characters.

    Without a tab or a surrogate escape in the text it scans exactly as PyYAML does.
    """

    def scan_to_next_token(self) -> None:
        """Skip whitespace, comments and line breaks up to the next token (PyYAML's, with
        tabs where YAML 1.2 allows them)."""
        if self.index == 0 and self.peek() == "\ufeff":
            self.forward()
        while True:
            self._skip_separation()
            if self.peek() == "#":
                while self.peek() not in _END_OF_LINE:
                    self.forward()
            if not self._line_break():
                return
            if not self.flow_level:
                self.allow_simple_key = True

    def _skip_separation(self) -> None:
        while True:
            ch = self.peek()
            if ch == " " or (ch == "\t" and self._tab_separates()):
                self.forward()
            else:
                return

    def _tab_separates(self) -> bool:
        """Whether the tab ahead is separation whitespace; if it comes before the first token
        of a line (or after an indicator), nothing that starts a block collection may follow.
        """
        if self.flow_level or not self.allow_simple_key or self._blank_ahead():
            return True  # in a flow collection, after a token on this line, or a blank line
        line_start = self.pointer - self.column
        if not self.buffer[line_start:self.pointer].strip(" ") and (
                self.indent < 0 or self.column <= self.indent):
            return False  # indentation: the scanner reports the tab
        self.allow_simple_key = False  # after the indentation: a scalar or flow node only
        return True

    def _blank_ahead(self) -> bool:
        """Whether only spaces and tabs (then a comment, a line break or the end) follow."""
        length = 0
        while self.peek(length) in " \t":
            length += 1
        return self.peek(length) in _END_OF_LINE or self.peek(length) == "#"

    def scan_plain_spaces(self, indent: int, start_mark: Any) -> list[str] | None:  # PyYAML
        """Whitespace and line breaks inside a plain scalar (PyYAML's, with tabs in line and
        after the indentation of a continuation line, as YAML 1.2 allows)."""
        length = 0
        while self.peek(length) in " \t":
            length += 1
        whitespaces = self.prefix(length)
        self.forward(length)
        if self.peek() not in _BREAKS:
            return [whitespaces] if whitespaces else []
        line_break = self._line_break()
        self.allow_simple_key = True
        if self._document_marker():
            return None
        breaks: list[str] = []
        while True:
            ch = self.peek()
            if ch == " " or (ch == "\t" and (self.flow_level or self.column >= indent
                                             or self._blank_ahead())):
                self.forward()
            elif ch in _BREAKS:
                breaks.append(self._line_break())
                if self._document_marker():
                    return None
            else:
                break
        chunks = [line_break] if line_break != "\n" else [] if breaks else [" "]
        return chunks + breaks

    def _line_break(self) -> str:
        return str(self.scan_line_break())  # type: ignore[no-untyped-call]

    def _document_marker(self) -> bool:
        return self.prefix(3) in ("---", "...") and self.peek(3) in "\0 \t" + _BREAKS

    def scan_block_scalar_indicators(self, start_mark: Any) -> tuple[bool | None, int | None]:
        """A block scalar's chomping and indentation indicators, in either order (PyYAML's,
        with a tab allowed after them)."""
        chomping: bool | None = None
        increment: int | None = None
        for _ in range(2):
            ch = self.peek()
            if ch in "+-" and chomping is None:
                chomping = ch == "+"
            elif ch in "0123456789" and increment is None:
                if ch == "0":
                    raise yaml.scanner.ScannerError(
                        "while scanning a block scalar", start_mark,
                        "expected indentation indicator in the range 1-9, but found 0",
                        self.get_mark())
                increment = int(ch)
            else:
                break
            self.forward()
        if self.peek() not in "\0 \t" + _BREAKS:
            raise yaml.scanner.ScannerError(
                "while scanning a block scalar", start_mark,
                f"expected chomping or indentation indicators, but found {self.peek()!r}",
                self.get_mark())
        return chomping, increment

    def scan_block_scalar_ignored_line(self, start_mark: Any) -> None:  # PyYAML API
        """The rest of a block scalar's header line: tabs may come before its comment."""
        while self.peek() in " \t":
            self.forward()
        super().scan_block_scalar_ignored_line(start_mark)

    def scan_flow_scalar(self, style: Any) -> Any:  # PyYAML API: a ScalarToken
        """A quoted scalar; a double-quoted one's surrogate pairs joined, lone halves refused.
        """
        start = self.get_mark()
        try:
            token = super().scan_flow_scalar(style)
        except ValueError:  # chr() of an escape beyond U+10FFFF: the mark is past "\U"
            raise _beyond_unicode(self.get_mark()) from None
        if style == '"' and _SURROGATE.search(token.value):
            end = self.get_mark()
            _check_surrogates(start, self.buffer[start.pointer:end.pointer])
            token.value = _SURROGATE_PAIR.sub(_join_pair, token.value)
        return token


def _check_surrogates(start: yaml.Mark, raw: str) -> None:
    """Raise :class:`BadEscape` at the first surrogate escape of ``raw`` (the scalar as
    written) that is not half of a ``\\uD83D\\uDE00`` pair."""
    high: re.Match[str] | None = None
    for escape in _ESCAPE.finditer(raw):
        short, long = escape.group(1), escape.group(2)
        code = int(short or long or "0", 16)
        if high is not None:
            if short and 0xDC00 <= code <= 0xDFFF and escape.start() == high.end():
                high = None
                continue
            raise _lone_half(start, raw, high, "high")
        if not 0xD800 <= code <= 0xDFFF or not (short or long):
            continue
        if short and code <= 0xDBFF:
            high = escape
            continue
        raise _lone_half(start, raw, escape, "low" if short else "")
    if high is not None:
        raise _lone_half(start, raw, high, "high")


def _lone_half(start: yaml.Mark, raw: str, escape: re.Match[str], half: str) -> BadEscape:
    written = escape.group()
    if half == "high":
        found = f"{written} with no low half (\\udc00-\\udfff) right after it"
    elif half == "low":
        found = f"{written} with no high half (\\ud800-\\udbff) right before it"
    else:
        found = f"{written}, a surrogate code point"
    what = "half of a UTF-16 surrogate pair" if half else "a UTF-16 surrogate code point"
    line, column = _place(start, raw, escape.start())
    return BadEscape(line, column, f"a {written} escape is {what}, not a character", found,
                     "write the character itself, or escape it with eight digits "
                     "(\\U0001F600) or as a pair, high half first (\\ud83d\\ude00)")


def _beyond_unicode(mark: yaml.Mark) -> BadEscape:
    written = (mark.buffer or "")[mark.pointer - 2:mark.pointer + 8]
    return BadEscape(
        mark.line, mark.column - 2,
        f"a {written} escape is beyond U+10FFFF, the last Unicode character",
        written,
        "check the digits: a \\U escape has eight hex digits, at most \\U0010FFFF",
    )


def _place(start: yaml.Mark, raw: str, offset: int) -> tuple[int, int]:
    """The 0-based line and column of ``raw[offset]``, ``raw`` starting at ``start``, with
    line breaks counted as PyYAML counts them (``\\r\\n`` and a lone ``\\r`` are one each)."""
    before = raw[:offset]
    breaks = before.count("\n") + before.count("\r") - before.count("\r\n")
    if not breaks:
        return start.line, start.column + offset
    return start.line + breaks, offset - max(before.rfind("\n"), before.rfind("\r")) - 1


def _join_pair(pair: re.Match[str]) -> str:
    high, low = ord(pair.group()[0]), ord(pair.group()[1])
    return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
