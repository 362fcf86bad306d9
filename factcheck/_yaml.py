"""Safe, located YAML loading: plain data out, ``path:line:col`` for every problem.

Two parsers serve one contract. The fast path hands the text to ``yaml_rs`` (Rust,
about nine times faster than PyYAML's C loader) and returns plain data. The slow path
composes PyYAML nodes, which carry marks, and is used whenever a location is needed:
on any error, for files that use tags or anchors (which we reject, with their place),
for files a block scalar may end and for files with a tab (both of which yaml_rs reads
unlike YAML 1.2).

What is refused, always with a location:
- tags that build objects (``!!python/object/apply:os.system``) or any non-core tag;
- anchors and aliases (so alias bombs cannot expand), and merge keys (``<<``, which
  would take an entry's fields from elsewhere);
- duplicate mapping keys (PyYAML silently keeps the last one);
- files over :data:`MAX_FILE_BYTES` and lines over :data:`MAX_LINE_CHARS`;
- nesting deeper than :data:`MAX_DEPTH` (the composer is recursive);
- integers of more than :data:`MAX_INT_DIGITS` digits, NaN and infinities (``.nan``,
  ``.inf``, ``1e400``), and mapping keys that are not plain scalars;
- escapes that are not characters (``"\\ud800"``, half of a surrogate pair) and tabs in
  indentation. Tabs elsewhere separate, as YAML 1.2 says (:mod:`factcheck._yaml_scanner`).
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, cast

import yaml

from ._errors import (
    FactcheckError,
    LoadErrors,
    Location,
    SchemaError,
    YamlSyntaxError,
    key_text,
)
from ._yaml_scanner import BadEscape, Yaml12Scanner

__all__ = [
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "MAX_INT_DIGITS",
    "MAX_LINE_CHARS",
    "Document",
    "KeyPath",
    "parse_document",
    "plain_scalar",
]

MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_LINE_CHARS = 64 * 1024
MAX_DEPTH = 64
MAX_INT_DIGITS = 18

KeyPath = tuple[str | int, ...]

# An untagged plain scalar on the slow path: its meaning (number, boolean, null or text) is
# decided by the fast path's parser, so that both paths read ``yes``, ``017``, ``1e5`` or
# ``1:20`` alike (PyYAML follows YAML 1.1 and would read them as True, 15, "1e5" and 80).
_PLAIN_TAG = "tag:factcheck,2025:plain"
_CORE_TAGS = frozenset(
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
) | {_PLAIN_TAG}
# Only such plain scalars can mean anything but text in YAML 1.2; the rest stay strings.
_MAY_NOT_BE_TEXT = re.compile(r"[-+.0-9_a-zA-Z:~]+")
#: A plain scalar that may be a number, after its key where the location is a mapping
#: value's (``total: 0x1F``, whose mark is the key's)
_WRITTEN_NUMBER = re.compile(r"(?:[^\s:#,\[\]{}'\"]+:[ \t]+)?([-+.0-9_a-zA-Z]+)"
                             r"(?=[ \t]*(?:[,\]}#]|$))")
_DIGITS = re.compile(r"[-+]?[0-9_]+")
#: A mapping key (plain or quoted) with the colon and spaces after it, up to a value on
#: the same line (not a comment, a block scalar or the line's end)
_KEY_BEFORE_VALUE = re.compile(r"(?P<key>\"[^\"\n]*\"|'[^'\n]*'|[^\s:#,\[\]{}'\"][^:#,\[\]{}\n]*?)"
                             r"[ \t]*:[ \t]+(?=[^\s#|>])")
#: An integer written otherwise than its value (0o17, 0x1F, 017, -0, +4, 1_000), as a plain
#: token between YAML's delimiters (not the 05 of 2020-05): what
#: :meth:`Document.may_spell_numbers_otherwise` looks for
_SPELT_OTHERWISE = re.compile(r"(?<![^\s\[,{])(?:[-+]?0[0-9_a-zA-Z][0-9_a-zA-Z]*|-0|\+[0-9][0-9_]*"
                              r"|[0-9]+_[0-9_]*)(?![^\s,\]}#])")
_TOO_MANY_DIGITS = 10**MAX_INT_DIGITS
# Characters that introduce tags, anchors or aliases: such files take the slow path,
# which rejects them with a location. Full-width ！ and ＆ in Chinese text are unaffected.
# So do files with a tab: yaml_rs accepts some in indentation, which YAML 1.2 forbids, and
# the slow path reads the tabs it allows as YAML 1.2 does (factcheck/_yaml_scanner.py).
_NEEDS_SLOW_PATH = re.compile(r"[!&*\t]")
# Line breaks in YAML 1.1 (PyYAML) but ordinary characters in YAML 1.2 (the fast path).
# What YAML forbids (its printable set, less the line breaks handled above and below).
_NOT_PRINTABLE = re.compile("[^\t\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_ODD_BREAK = re.compile("[\x85\u2028\u2029]")
_LONG_LINE = re.compile(f"^.{{{MAX_LINE_CHARS + 1}}}", re.MULTILINE)
# A line that opens a block scalar (``key: |``, ``- >-``, ``|2  # comment``). yaml_rs reads
# one that runs to the end of the file unlike YAML 1.2 and PyYAML ("x\n" for "x" when the
# last line has no newline, "\n" for an empty one), so such files take the slow path.
_BLOCK_SCALAR = re.compile(r"[|>][-+0-9]*[ \t]*(?:#[^\n]*)?$", re.MULTILINE)
_CONTENT_LINE = re.compile(r"^( *)[^ \t\n#]", re.MULTILINE)
#: What may come before the ``id:`` of an ``id`` line: indentation, and the dash of a list
#: entry (``  - id: x``)
_ID_LINE_HEAD = re.compile(r"[ \t]*(?:-[ \t]+)?")
# Every way to write a key "id" without a backslash, and more (``paid:``, a note's "id:"):
# quoted or not, then whitespace, line breaks or comments (``? id  # c``), then ":".
_ID_KEY = re.compile(r"id['\"]?(?:[ \t\r\n]|#[^\n]*+)*+:")


@dataclass
class Document:
    """One parsed YAML file: its data, and a way to find where any part of it is.

    Attributes:
        path: the path as shown in messages.
        text: the decoded file.
        data: plain Python data (dict, list, str, int, float, bool, None).
    """

    path: str
    text: str
    data: Any
    _marks: dict[KeyPath, tuple[int, int]] | None = field(default=None, repr=False)
    _id_lines: dict[KeyPath, tuple[int, int]] | None = field(default=None, repr=False)
    _lines: list[str] | None = field(default=None, repr=False)
    _numbers_spelt_otherwise: bool | None = field(default=None, repr=False)

    def locate(self, keypath: KeyPath) -> Location:
        """Return where ``keypath`` (e.g. ``("claims", 3, "unit")``) is written.

        Falls back to the nearest enclosing node that exists.
        """
        if self._marks is None:
            from ._marks import event_marks  # libyaml's events: the same marks, much faster

            self._marks = event_marks(self.text)
        if self._marks is None:
            self._marks = _compose_with_marks(self.path, self.text)[1]
        marks = self._marks
        path = keypath
        while path not in marks and path:
            path = path[:-1]
        line, col = marks.get(path, (1, 1))
        return Location(self.path, line, col)

    def locate_value(self, keypath: KeyPath) -> Location:
        """Return where the value at ``keypath`` starts, where it is a mapping's scalar
        written on its key's line (``total: totl``, ``{b: tec}``), rather than where its
        key is, as :meth:`locate` gives it; else :meth:`locate`'s answer."""
        here = self.locate(keypath)
        if not keypath or not isinstance(keypath[-1], str):
            return here
        match = _KEY_BEFORE_VALUE.match(self.line_text(here.line), here.col - 1)
        if match is None or match["key"].strip("'\"") != keypath[-1]:
            return here
        return Location(self.path, here.line, match.end() + 1)

    def locate_id(self, item_id: str, keypath: KeyPath) -> Location:
        """Return where the entry at ``keypath`` (whose id is ``item_id``) writes ``id:``.

        A scan of the text for ``id:`` lines avoids re-parsing with marks on the fast path.
        It is used only where it provably found every ``id`` key of the data, in order
        (:func:`_scanned_ids`); otherwise the answer is :meth:`locate`'s. Either way the
        key path decides the entry, so that an equal id elsewhere cannot be taken for it.
        """
        if self._id_lines is None:
            self._id_lines = _scanned_ids(self.text, self.data)
        found = self._id_lines.get(keypath)
        if found is None:
            return self.locate((*keypath, "id"))
        return Location(self.path, found[0], found[1])

    def may_spell_numbers_otherwise(self) -> bool:
        """Whether the text may hold an integer whose text is not its value (``0o17``,
        ``0x1F``, ``+4``, ``017``, ``1_000``): one search of the file, so that a whole number
        in a text field (``as_of: 2020``) asks :meth:`number_written`, which locates it,
        only where one may be (never, in most files)."""
        if self._numbers_spelt_otherwise is None:
            self._numbers_spelt_otherwise = _SPELT_OTHERWISE.search(self.text) is not None
        return self._numbers_spelt_otherwise

    def number_written(self, keypath: KeyPath, value: Any) -> str | None:
        """Return the text of the number written unquoted at ``keypath`` (``0o17``,
        ``1e3``), which YAML read as ``value`` (15, or the loader's text of it, '15'); or
        ``None`` where no such number is (a quoted scalar, text, a collection): for
        messages about a number whose value does not read back as what was written."""
        here = self.locate(keypath)
        match = _WRITTEN_NUMBER.match(self.line_text(here.line), here.col - 1)
        if match is None:
            return None
        written = match[1]
        read = plain_scalar(written)
        if not isinstance(read, int | float) or isinstance(read, bool):
            return None
        return written if value in (read, str(read)) else None

    def line_text(self, line: int) -> str:
        """Return the text of 1-based ``line``, or "" if there is none."""
        if self._lines is None:  # split once: a file with many errors asks for many lines
            self._lines = _lines(self.text)
        lines = self._lines
        return lines[line - 1] if 0 < line <= len(lines) else ""


def _scanned_ids(text: str, data: Any) -> dict[KeyPath, tuple[int, int]]:
    """Key path of each entry of a top-level list with an ``id`` -> (line, column) of its
    ``id:`` key; empty if the scan of the text for ``id:`` lines cannot be trusted.

    The scan is trusted only when three counts agree. Every ``id`` key of the data is
    written with the letters ``id`` before its ``:`` (there is no backslash escape), so
    the looser count of ``id`` + ``:`` is at least the number of lines the scan finds plus
    the keys it misses: if the two are equal, it misses none. Then the lines it finds are
    the data's ``id`` keys and perhaps lines of scalars (a note holding ``id: x``); if they
    are exactly as many as the entries with an ``id``, there are no such lines and no other
    mappings with an ``id``, and the n-th line found is the n-th such entry's key.
    """
    if not isinstance(data, dict) or "\\" in text or "\n---" in text or "\n..." in text or (
            text.startswith("...")) or (
            "\r" in text and text.count("\r") != text.count("\r\n")):
        return {}  # an escaped key, a second document, or lines a count of "\n" misnumbers
    keypaths: list[KeyPath] = [
        (section, index) for section, entries in data.items() if type(entries) is list
        for index, entry in enumerate(entries) if type(entry) is dict and "id" in entry]
    found = id_lines(text)
    if len(found) != len(keypaths) or len(_ID_KEY.findall(text)) != len(found):
        return {}
    places: list[tuple[int, int]] = []
    line, last = 1, 0
    for start, key in found:
        line += text.count("\n", last, start)
        last = start
        places.append((line, key - start + 1))
    return dict(zip(keypaths, places, strict=True))


def id_lines(text: str) -> list[tuple[int, int]]:
    """(start of the line, offset of ``id``) of each line of ``text`` that begins with an
    ``id:`` key, after indentation and a list entry's dash (``  - id: x``): the lines a
    multi-line ``^[ \t]*(?:-[ \t]+)?(id):`` matches, found about ten times as fast by
    looking for ``id:`` and then at what comes before it on its line."""
    found: list[tuple[int, int]] = []
    key = text.find("id:")
    while key >= 0:
        start = text.rfind("\n", 0, key) + 1
        if _ID_LINE_HEAD.fullmatch(text, start, key) is not None:
            found.append((start, key))
        key = text.find("id:", key + 3)
    return found


def parse_document(path: str, text: str) -> Document:
    """Parse YAML text safely into a :class:`Document`.

    Args:
        path: the path to show in messages.
        text: the decoded file contents.

    Returns:
        The document; ``data`` is ``None`` for an empty file.

    Raises:
        YamlSyntaxError: bad syntax, tabs, tags, anchors, duplicate keys, or limits.
        LoadErrors: several tags, duplicate keys or numbers out of range, each located.
    """
    _check_limits(path, text)
    if not _NEEDS_SLOW_PATH.search(text) and not _block_scalar_at_end(text):
        try:
            import yaml_rs

            data = yaml_rs.loads(text, parse_datetime=False)
        except Exception:  # noqa: BLE001 - any fast-path failure is re-diagnosed with marks
            pass
        else:
            if _plain(data):
                return Document(path, text, data)
            # something the slow path refuses with a location (depth, a number out of range)
    data, marks = _compose_with_marks(path, text)
    return Document(path, text, data, marks)


def _block_scalar_at_end(text: str) -> bool:
    """Whether a block scalar may run to the end of ``text`` (over-cautious, never under).

    A block scalar opened after a key or a dash is indented more than the line that opens
    it, so it runs to the end only if no later line with content is indented as little as
    that line. The openers are taken from the last to the first, so each stretch of text
    is read once. An indicator alone on its line, or after ``---``, belongs to a node whose
    indentation the line does not show: such a file is assumed to need the slow path.
    """
    if "|" not in text and ">" not in text:  # most files: no regular-expression scan
        return False
    text = _line_feeds(text)
    openers: list[tuple[int, int]] = []
    for match in _BLOCK_SCALAR.finditer(text):
        before = text[text.rfind("\n", 0, match.start()) + 1:match.start()]
        if before and before[-1] not in " \t":
            continue  # inside a word (a|b), not an indicator
        lead = before.strip(" \t")
        if not lead or lead.startswith("---"):
            return True
        openers.append((match.end(), len(before) - len(before.lstrip(" "))))
    least = len(text)  # the least indentation of a line with content after the opener
    read_from = len(text)
    for end, indent in reversed(openers):
        for line in _CONTENT_LINE.finditer(text, end, read_from):
            least = min(least, len(line.group(1)))
        if least > indent:
            return True
        if least == 0:
            return False  # a line at the left margin ends every block scalar before it
        read_from = end
    return False


def _check_limits(path: str, text: str) -> None:
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_FILE_BYTES:
        raise YamlSyntaxError(
            f"file is {size / 1024 / 1024:.1f} MiB, over the {MAX_FILE_BYTES // 1024 // 1024} MiB"
            " limit for one claims file",
            location=Location(path),
            hint="split the claims into several files (a directory of files loads as one corpus)",
        )
    # Three searches of the whole text find nothing in a good file; only a bad one is then
    # gone through line by line, to say where (a Python loop over every line is slow).
    text = _line_feeds(text)  # lines as YAML counts them, for the long-line search
    if (_NOT_PRINTABLE.search(text.replace("\n", " ")) is None
            and _ODD_BREAK.search(text) is None and _LONG_LINE.search(text) is None):
        return
    for number, line in enumerate(text.split("\n"), start=1):
        hidden = _NOT_PRINTABLE.search(line)
        if hidden is not None:
            raise YamlSyntaxError(
                f"control character U+{ord(hidden.group()):04X} is not allowed in YAML",
                location=Location(path, number, hidden.start() + 1),
                hint="remove it; it is invisible and YAML forbids it",
            )
        odd = _ODD_BREAK.search(line)
        if odd is not None:
            raise YamlSyntaxError(
                f"invisible line break U+{ord(odd.group()):04X} "
                f"({unicodedata.name(odd.group(), 'NEXT LINE')}) is not allowed",
                location=Location(path, number, odd.start() + 1),
                hint="replace it with a newline or a space; YAML 1.1 and 1.2 parsers read it "
                     "differently, so its meaning would depend on the parser",
            )
        if len(line) > MAX_LINE_CHARS:
            raise YamlSyntaxError(
                f"line is {len(line)} characters long, over the {MAX_LINE_CHARS} limit",
                location=Location(path, number, MAX_LINE_CHARS + 1),
                hint="break long quotes or lists over several lines",
            )


def _line_feeds(text: str) -> str:
    """``text`` with each of YAML's line breaks (CR LF, CR, LF) written as LF."""
    if "\r" in text:
        return text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _lines(text: str) -> list[str]:
    """The lines of ``text`` as YAML counts them."""
    return _line_feeds(text).split("\n")


def _plain(data: Any) -> bool:
    """Whether fast-path data is within the limits the slow path enforces (no recursion)."""
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            if depth >= MAX_DEPTH:
                return False
            for key in value:
                if type(key) is not str:
                    if not _scalar(key) or _number_problem(key):
                        return False
                elif key[:1] in _WIDE_SPACES or key == "<<":  # blamed with a place
                    return False  # ('　　quote'; a merge key, << unquoted)
            children: Any = value.values()
        elif isinstance(value, list):
            if depth >= MAX_DEPTH:
                return False
            children = value
        else:
            if _number_problem(value) is not None:
                return False
            continue
        # Children inline, strings (most of a claims file) at once: no stack entry each.
        for child in children:
            if type(child) is str:
                continue
            if isinstance(child, (dict, list)):
                stack.append((child, depth + 1))
            elif _number_problem(child) is not None:
                return False
    return True


def _scalar(key: Any) -> bool:  # plain YAML data
    return key is None or isinstance(key, (str, int, float, bool))


def _number_problem(value: Any) -> str | None:  # plain YAML data
    """Why a parsed number is refused, or None (bounded ints; no NaN or infinities)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int) and abs(value) >= 10**MAX_INT_DIGITS:
        return f"an integer of more than {MAX_INT_DIGITS} digits"
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN or infinity (or a number too large for a float)"
    return None


class _TooDeep(Exception):
    """Raised inside the composer when nesting passes :data:`MAX_DEPTH`; carries its mark."""

    def __init__(self, mark: Any) -> None:  # PyYAML mark
        super().__init__("too deep")
        self.mark = mark


class _AliasFound(Exception):
    """Raised inside the composer at an anchor or alias; carries its mark."""

    def __init__(self, mark: Any) -> None:  # PyYAML mark
        super().__init__("alias")
        self.mark = mark


class _NoAliasLoader(Yaml12Scanner, yaml.SafeLoader):
    """PyYAML's safe loader, refusing anchors and aliases at the first sight of one, and
    nesting deeper than :data:`MAX_DEPTH` before the recursive composer runs out of stack;
    tabs and escapes are scanned as YAML 1.2 reads them (:class:`Yaml12Scanner`)."""

    _depth = 0

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:  # PyYAML API
        if kind is yaml.ScalarNode and implicit[0]:
            return _PLAIN_TAG
        return super().resolve(kind, value, implicit)  # type: ignore[no-untyped-call]

    def compose_node(self, parent: Any, index: Any) -> Any:  # PyYAML API
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _AliasFound(event.start_mark)
        if self._depth >= MAX_DEPTH:
            raise _TooDeep(event.start_mark)
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _compose_with_marks(path: str, text: str) -> tuple[Any, dict[KeyPath, tuple[int, int]]]:
    """Slow path: compose nodes with PyYAML and build plain data plus a mark per key path."""
    lines = _lines(text)
    try:
        node = yaml.compose(text, Loader=_NoAliasLoader)  # safe loader subclass
    except _AliasFound as found:
        mark = found.mark
        raise YamlSyntaxError(
            "anchors and aliases (&name, *name) are not supported",
            location=Location(path, mark.line + 1, mark.column + 1),
            source_line=_line(lines, mark.line),
            hint="write the value out in full; aliases can expand without bound",
        ) from None
    except _TooDeep as found:
        mark = found.mark
        raise YamlSyntaxError(
            f"lists and mappings are nested more than {MAX_DEPTH} levels deep",
            location=Location(path, mark.line + 1, mark.column + 1),
            source_line=_line(lines, mark.line),
            hint="a claims file needs only a few levels; check for runaway brackets",
        ) from None
    except BadEscape as bad:
        raise YamlSyntaxError(
            bad.message,
            location=Location(path, bad.line + 1, bad.column + 1),
            source_line=_line(lines, bad.line),
            expected="an escape of a character, such as \\u4e2d or \\U0001F600",
            found=bad.found,
            hint=bad.hint,
        ) from None
    except yaml.MarkedYAMLError as error:
        raise _syntax_error(path, lines, error) from None
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, error.position) + 1
        col = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
        raise YamlSyntaxError(
            f"control character U+{error.character:04X} is not allowed in YAML",
            location=Location(path, line, col),
            source_line=_line(lines, line - 1),
            hint="remove it; it is invisible and YAML forbids it",
        ) from None
    except yaml.YAMLError as error:  # pragma: no cover - PyYAML raises marked errors
        raise YamlSyntaxError(f"not valid YAML: {error}", location=Location(path)) from None
    marks: dict[KeyPath, tuple[int, int]] = {}
    if node is None:
        return None, marks
    errors: list[FactcheckError] = []
    data = _build(node, (), marks, path, lines, errors)
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise LoadErrors(errors)
    return data, marks


# What a Chinese input method types where YAML needs ASCII: a full-width colon after a key,
# an ideographic or no-break space in the indentation or in place of the space after a
# key's colon or a dash. One after that space starts a value (quote: 　据悉, as an article
# indents a paragraph), which is valid YAML and never blamed.
_WIDE_COLON = re.compile(r"^[ \t]*(?:-[ \t]+)?[^\s:：#'\"]+(：)")
_WIDE_SPACE = re.compile(
    r"^[ \t]*(?:-[ \t]+[^\s:#'\"]+:|[^\s:#'\"]+:|-)?([\u3000\u00a0])")
_WIDE_SPACES = ("\u3000", "\u00a0")
_WIDE_NAMES = {
    "：": ("a full-width colon '：' (U+FF1A) where YAML needs ':'",
          "type the ASCII colon ':' and a space (a Chinese input method writes '：')"),
    "\u3000": ("an ideographic space (U+3000) where YAML needs an ordinary space",
               "replace it with ASCII spaces (a Chinese input method types U+3000)"),
    "\u00a0": ("a no-break space (U+00A0) where YAML needs an ordinary space",
               "replace it with an ASCII space (copied text often carries U+00A0)"),
}


def _wide_character(path: str, lines: list[str], first: int, last: int) -> YamlSyntaxError | None:
    """The error to give when lines ``first``..``last`` (0-based) of a file that does not
    parse hold a full-width colon or a wide space where YAML syntax goes."""
    for index in range(max(first, 0), min(last, len(lines) - 1) + 1):
        line = lines[index]
        found = _WIDE_COLON.match(line) or _WIDE_SPACE.match(line)
        if found is not None:
            message, hint = _WIDE_NAMES[found.group(1)]
            return YamlSyntaxError(
                f"not valid YAML: {message}",
                location=Location(path, index + 1, found.start(1) + 1),
                source_line=line, hint=hint)
    return None


def _syntax_error(path: str, lines: list[str], error: yaml.MarkedYAMLError) -> YamlSyntaxError:
    unclosed = _unclosed_quote(path, lines, error)
    if unclosed is not None:
        return unclosed
    mark = error.problem_mark or error.context_mark
    if mark is not None:
        opened = error.context_mark.line if error.context_mark is not None else mark.line
        wide = _wide_character(path, lines, min(opened, mark.line - 1), mark.line)
        if wide is not None:
            return wide
    problem = error.problem or "not valid YAML"
    hint = "check the indentation and quoting around this place"
    if "\t" in problem or "'\\t'" in problem:
        problem = "a tab character where YAML allows only spaces"
        hint = _tab_hint(lines, mark)
    elif problem.startswith("but found another document"):  # a second '---'
        hint = ("a file holds one YAML document, and this '---' starts another: delete the "
                "line, and move what follows it to a file of its own")
    elif problem.startswith("expected '<document start>'") and mark is not None and any(
            line.strip() == "..." for line in lines[:mark.line]):  # text after '...'
        hint = ("a file holds one YAML document, and a '...' line ends it: delete that line, "
                "or move what follows it to a file of its own")
    elif "found character" in problem and "cannot start any token" in problem:
        hint = "quote the value (\"...\") if it starts with a special character"
    elif mark is not None:
        hint = _layout_hint(lines, mark.line, mark.column, problem) or hint
    if error.context:
        problem = f"{problem} ({error.context})"
        start = error.context_mark
        if start is not None and mark is not None and start.line != mark.line:
            where = f"line {start.line + 1}, column {start.column + 1}"
            problem = f"{problem[:-1]} that starts at {where})"
    if mark is None:
        return YamlSyntaxError(f"not valid YAML: {problem}", location=Location(path), hint=hint)
    return YamlSyntaxError(
        f"not valid YAML: {problem}",
        location=Location(path, mark.line + 1, mark.column + 1),
        source_line=_line(lines, mark.line),
        hint=hint,
    )


def _unclosed_quote(path: str, lines: list[str],
                    error: yaml.MarkedYAMLError) -> YamlSyntaxError | None:
    """The error for a quoted value that the file ends inside, located at its opening quote:
    PyYAML's end of the stream is the line after the last, where nothing is to be seen."""
    start, end = error.context_mark, error.problem_mark
    if start is None or end is None or not (error.problem or "").startswith(
            "found unexpected end of stream") or not (error.context or "").startswith(
            "while scanning a quoted scalar"):
        return None
    line = _line(lines, start.line)
    quote = line[start.column:start.column + 1]
    if quote not in ("'", '"'):
        return None
    inside = ('a " inside it is written \\"' if quote == '"' else
              "a ' inside it is written ''")
    return YamlSyntaxError(
        f"not valid YAML: the quote {quote} opened here is never closed",
        location=Location(path, start.line + 1, start.column + 1), source_line=line,
        expected=f"a closing {quote} at the end of the value",
        found="the end of the file inside the value",
        hint=f"close the quote: end the value with {quote} ({inside})")


_KEY_START = re.compile(r" *(?:- +)*")
_GLUED_DASH = re.compile(r" *-[^ \-]")
_GLUED_COLON = re.compile(r" *(?:- +)*[^ #'\":]+:[^ :/]")
_KEY_THEN_VALUE = re.compile(r" *(?:- +)*[^ #'\"][^:#]*: +\S")


def _layout_hint(lines: list[str], index: int, column: int, problem: str) -> str | None:
    """A hint that names the layout mistake a newcomer makes at line ``index`` (0-based),
    where PyYAML's own words (mapping values are not allowed here, expected <block end>)
    name only what its parser met; None when the layout explains nothing."""
    line = _line(lines, index)
    above = next((i for i in range(index - 1, -1, -1)
                  if lines[i].strip() and not lines[i].lstrip().startswith("#")), None)
    if above is None:
        return None
    prior = lines[above]
    indent = len(line) - len(line.lstrip(" "))
    if problem.startswith("mapping values are not allowed here"):
        if _GLUED_DASH.match(prior):
            return (f"write a space after the '-' that starts line {above + 1} (`- id:`, not "
                    "`-id:`)")
        key_column = _KEY_START.match(prior).end()  # type: ignore[union-attr]
        if column == line.find(":") and indent > key_column and _KEY_THEN_VALUE.match(prior):
            return (f"line {index + 1} is indented more than line {above + 1}, so YAML reads "
                    f"it as more of line {above + 1}'s value: start it in column "
                    f"{key_column + 1}, as line {above + 1} does")
        if column > line.find(":") >= 0:
            return ("a colon followed by a space starts a key in YAML: put the value in "
                    "quotes ('...')")
        return None
    if problem.startswith("could not find expected ':'") and _GLUED_COLON.match(prior):
        return (f"write a space after the ':' on line {above + 1} (`quote: ...`, not "
                "`quote:...`)")
    if problem.startswith("expected <block end>"):
        columns = _open_columns(lines, index)
        if indent not in columns:
            shown = ", ".join(str(c + 1) for c in sorted(columns))
            return (f"line {index + 1} starts in column {indent + 1}, but the blocks open "
                    f"above it start in columns {shown}: indent it as the lines it belongs "
                    "with")
        if line[indent:indent + 1] == "-":
            return (f"line {index + 1} starts a list item in the column of the keys above "
                    "it: start it where the list's first '-' is")
        item = next((i for i in range(index - 1, -1, -1) if lines[i].strip()
                     and not lines[i].lstrip().startswith("#")
                     and len(lines[i]) - len(lines[i].lstrip(" ")) <= indent), None)
        if item is not None and _line(lines, item)[indent:indent + 2] == "- ":
            key_column = _KEY_START.match(lines[item]).end()  # type: ignore[union-attr]
            return (f"line {index + 1} is in the column of the '-' of line {item + 1}, so "
                    "YAML reads it as outside that list item: start it in column "
                    f"{key_column + 1}, as line {item + 1}'s first key")
    return None


def _open_columns(lines: list[str], index: int) -> set[int]:
    """The columns where the blocks that enclose line ``index`` (0-based) start: each line
    above that is indented less than every line after it opens one, at its indentation
    and at its key after any '- '."""
    columns: set[int] = set()
    lowest = None
    for i in range(index - 1, -1, -1):
        text = lines[i]
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        indent = len(text) - len(text.lstrip(" "))
        if lowest is None or indent < lowest:
            lowest = indent
            columns.update((indent, _KEY_START.match(text).end()))  # type: ignore[union-attr]
        if indent == 0:
            break
    return columns


def _tab_hint(lines: list[str], mark: Any) -> str:  # PyYAML mark
    """The hint for a refused tab: in indentation, or (rarely) elsewhere in a line."""
    if mark is None or not _line(lines, mark.line)[:mark.column].strip(" \t"):
        return "indent with spaces; YAML forbids tabs in indentation"
    return "replace the tab with a space"


def _comma_cut(pair: tuple[yaml.Node, yaml.Node] | None, key_node: yaml.Node,
               value_node: yaml.Node, lines: list[str]) -> str | None:
    """The hint for a key that is the rest of the plain value before it, cut at an ASCII
    comma in a flow mapping, or None: ``{quote: 新臺幣2兆8,813億元, value: 2兆8,813億元}``
    makes the key ``813億元`` twice, a duplicate whose true fix is quoting the value."""
    if pair is None or not isinstance(key_node, yaml.ScalarNode) or key_node.style is not None:
        return None
    field, value = pair
    if not (isinstance(field, yaml.ScalarNode) and isinstance(value, yaml.ScalarNode)
            and value.style is None and value.value
            and isinstance(value_node, yaml.ScalarNode) and value_node.value == ""):
        return None
    line = value.end_mark.line
    if key_node.start_mark.line != line or key_node.end_mark.line != line:
        return None
    text = _line(lines, line)
    if text[value.end_mark.column:key_node.start_mark.column].rstrip(" \t") != ",":
        return None  # only a comma between them (2兆8,813億元; 落户, 占地面积)
    written = text[value.start_mark.column:key_node.end_mark.column]
    if '"' in written or "\\" in written:
        return None
    return (f'the comma ends the value in a {{...}} mapping and makes the rest a key; quote '
            f'it: {field.value}: "{written}" (and every other value here with a comma)')


def _line(lines: list[str], index: int) -> str:
    return lines[index] if 0 <= index < len(lines) else ""


_SCALARS = yaml.constructor.SafeConstructor()


def _build(
    node: yaml.Node,
    keypath: KeyPath,
    marks: dict[KeyPath, tuple[int, int]],
    path: str,
    lines: list[str],
    errors: list[FactcheckError],
) -> Any:  # plain YAML data
    """Plain data of ``node``, with a mark per key path. A node that cannot be taken is
    recorded in ``errors`` and read as nothing, so that one pass finds every such node."""
    mark = node.start_mark
    marks[keypath] = (mark.line + 1, mark.column + 1)
    if node.tag not in _CORE_TAGS:
        errors.append(YamlSyntaxError(
            f"YAML tag {node.tag!r} is not allowed",
            location=Location(path, mark.line + 1, mark.column + 1),
            source_line=_line(lines, mark.line),
            expected="plain YAML: mappings, lists, strings, numbers, booleans",
            found=f"the tag {node.tag}",
            hint="remove the tag; factcheck never builds objects from YAML tags",
        ))
        return None
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        before: tuple[yaml.Node, yaml.Node] | None = None
        for key_node, value_node in node.value:
            pair, before = before, (key_node, value_node)
            known = len(errors)
            key: Any = _build(key_node, keypath, {}, path, lines, errors)
            if len(errors) > known:  # a refused key (a tag, 1e999) is not also a duplicate
                _build(value_node, (*keypath, "?"), {}, path, lines, errors)
                continue
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                errors.append(_node_error(path, lines, key_node,
                                          "a mapping key must be a plain scalar"))
                continue
            if isinstance(key, str) and key[:1] in _WIDE_SPACES and key_node.style is None:
                # a line indented with U+3000 from column 1 is a key of the mapping at the
                # top ('　　quote'), valid YAML that is none of the keys it was meant to be
                message, hint = _WIDE_NAMES[key[0]]
                errors.append(YamlSyntaxError(
                    message, location=Location(path, key_node.start_mark.line + 1,
                                               key_node.start_mark.column + 1),
                    source_line=_line(lines, key_node.start_mark.line), hint=hint))
                _build(value_node, (*keypath, "?"), {}, path, lines, errors)
                continue
            if key == "<<" and key_node.style is None:
                # a merge key: each merged field was said to be missing, and << unknown
                errors.append(YamlSyntaxError(
                    "YAML merge keys (<<) are not supported",
                    location=Location(path, key_node.start_mark.line + 1,
                                      key_node.start_mark.column + 1),
                    source_line=_line(lines, key_node.start_mark.line),
                    hint="write the merged fields out in the mapping itself: factcheck reads "
                    "each entry as it is written, and a merge would take fields from elsewhere"))
                _build(value_node, (*keypath, "?"), {}, path, lines, errors)
                continue
            child = cast(KeyPath, (*keypath, key))
            if key in result:
                first = marks.get(child, (0, 0))[0]
                errors.append(YamlSyntaxError(
                    f"duplicate key {repr(key) if isinstance(key, str) else key_text(key)} "
                    f"in one mapping (first at line {first})",
                    location=Location(path, key_node.start_mark.line + 1,
                                      key_node.start_mark.column + 1),
                    source_line=_line(lines, key_node.start_mark.line),
                    hint=_comma_cut(pair, key_node, value_node, lines) or
                    "remove one of the two; YAML parsers would silently keep only the last",
                ))
                _build(value_node, child, {}, path, lines, errors)  # for its own problems
                continue
            marks[child] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            result[key] = _build(value_node, child, marks, path, lines, errors)
            marks[child] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [
            _build(item, (*keypath, index), marks, path, lines, errors)
            for index, item in enumerate(node.value)
        ]
    if node.tag == "tag:yaml.org,2002:timestamp":
        return str(node.value)  # dates stay text, as on the fast path; the loader checks them
    written = str(node.value)
    if node.tag == _PLAIN_TAG:
        value = plain_scalar(written)
    elif node.tag == "tag:yaml.org,2002:int" and len(written) > MAX_INT_DIGITS + 8:
        value = _TOO_MANY_DIGITS  # int() of a long text is slow, and refused below anyway
    else:
        try:
            value = _SCALARS.construct_object(node)
        except (yaml.YAMLError, ValueError, OverflowError) as error:
            shown = repr(written if len(written) <= 40 else written[:40] + "...")
            errors.append(_node_error(path, lines, node, f"invalid scalar {shown}: {error}"))
            return None
    problem = _number_problem(value)
    if problem is not None:
        errors.append(_number_error(path, lines, node, problem))
        return None
    return value


def _number_error(path: str, lines: list[str], node: yaml.Node, problem: str) -> SchemaError:
    written = str(node.value)
    shown = repr(written if len(written) <= 40 else written[:40] + "...")
    error = _node_error(path, lines, node, f"the number {shown} is out of range: {problem}")
    error.hint = ("numbers in a claims file are small counts (occurrence, lines); write a "
                  "figure as a quoted string, exactly as the article has it")
    return error


def plain_scalar(written: str) -> Any:  # plain YAML data
    """The value of an untagged plain scalar, as the fast path's parser reads it."""
    if not written:
        return None
    if not _MAY_NOT_BE_TEXT.fullmatch(written):
        return written
    if len(written) > MAX_INT_DIGITS + 8 and _DIGITS.fullmatch(written):
        return _TOO_MANY_DIGITS  # refused by _number_problem; int() would be quadratic
    try:
        import yaml_rs

        parsed = yaml_rs.loads("- " + written, parse_datetime=False)
    except Exception:  # noqa: BLE001 - it does not read as a number: text
        return written
    if isinstance(parsed, list) and len(parsed) == 1:
        return parsed[0]
    return written  # pragma: no cover - a plain scalar is one list item


def _node_error(path: str, lines: list[str], node: yaml.Node, message: str) -> SchemaError:
    mark = node.start_mark
    return SchemaError(
        message,
        location=Location(path, mark.line + 1, mark.column + 1),
        source_line=_line(lines, mark.line),
    )
