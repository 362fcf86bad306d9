"""Read the source registry, the vocabulary (entities, metrics) and reference places."""

from __future__ import annotations

import difflib
import errno
import itertools
import re
import unicodedata
from fractions import Fraction
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import SplitResult, urlsplit, urlunsplit

from ._dates import date_hint, parse_period
from ._errors import Location, SourceError, key_text, plural, short_text
from ._lines import break_before, line_col, line_starts, undecodable_at
from ._model import SCRIPTS, Entity, Exclusion, Metric, Place, Source
from ._paths import not_a_file, unreadable_hint
from ._quotes import fold_text, mojibake_spans
from ._schema import Field, Problems, found_value, not_a_list, read_fields
from ._yaml import MAX_FILE_BYTES, Document

__all__ = ["alias_table", "decode_article", "read_bounded", "read_entities", "read_metrics", "read_places", "read_sources"]

Items = list[tuple[Document, Path, Any]]

_SOURCE_FIELDS = (
    Field("id", (str,), required=True, help="a short unique id"),
    Field("file", (str,), required=True, help="path of the text, relative to this YAML file"),
    Field("title", (str,), required=True),
    Field("publisher", (str,)),
    Field("url", (str,), help="the article's address, http:// or https://"),
    Field("published", (str,), required=True, help="YYYY-MM-DD, or a range YYYY-MM..YYYY-MM"),
    Field("published_note", (str,), help="how an inferred date was inferred"),
    Field("script", (str,), required=True, help="simplified or traditional"),
    Field("exclude", (list,), help="spans that are not the article body"),
    Field("note", (str,)),
)
#: The hint for a source that lacks a required field: a line to add, with what it may be.
_SOURCE_MISSING = {
    "id": "add a line such as 'id: daoli-2017', the id claims name in 'source:'",
    "file": "add a line such as 'file: sources/daoli-2017.txt', the article's text",
    "title": "add a line such as 'title: 道里区招商引资再创佳绩', the article's headline",
    "published": ("add a line such as 'published: 2017-10-09' (a date, or a range such as "
                  "2017-09..2017-10 when it is inferred)"),
    "script": ("add the line 'script: simplified' or 'script: traditional', as the "
               "article is written"),
}
_EXCLUDE_FIELDS = (
    Field("lines", (list,), required=True, help="[first, last], 1-based and inclusive"),
    Field("reason", (str,), required=True,
          help="what the lines are, that they are not the article body (a copyright notice, "
          "a photo caption, a related article)"),
)
#: The hint for an exclusion without a reason: the line to add.
_EXCLUDE_MISSING = {
    "reason": "add a line such as 'reason: 国际在线 copyright notice' to the exclusion: a "
              "reviewer reads it to see why figures there are not checked",
}
_ENTITY_FIELDS = (
    Field("id", (str,), required=True),
    Field("name", (str,), required=True, help="the name in Simplified script"),
    Field("aliases", (list,), help="other names, in either script"),
    Field("note", (str,)),
)
_METRIC_FIELDS = (
    Field("id", (str,), required=True),
    Field("name", (str,), required=True),
    Field("cumulative", (bool,), help="true if the figure only grows over time"),
    Field("timeless", (bool,), help="true if the figure does not change over time"),
    Field("note", (str,)),
)
_PLACE_FIELDS = (
    Field("id", (str,), required=True),
    Field("name", (str,), required=True),
    Field("lat", (float, str), required=True, help="decimal degrees north"),
    Field("lon", (float, str), required=True, help="decimal degrees east"),
    Field("source", (str,), required=True, help="where the coordinates come from"),
)


def _list_section(doc: Document, name: str, value: Any, problems: Problems) -> list[Any]:
    if isinstance(value, list):
        return value
    not_a_list(doc, name, "", value, problems)
    return []


def read_sources(items: Items, problems: Problems) -> tuple[dict[str, Source], list[str]]:
    """Read every ``sources:`` section, load the texts and resolve exclusions.

    Returns:
        Sources by id, and warnings (mojibake found in texts, with locations).
    """
    sources: dict[str, Source] = {}
    warnings: list[str] = []
    for doc, path, value in items:
        for index, entry in enumerate(_list_section(doc, "sources", value, problems)):
            keypath = ("sources", index)
            fields = read_fields(doc, keypath, entry, _SOURCE_FIELDS, problems, what="source",
                                 missing_hints=_SOURCE_MISSING)
            if fields is None:
                problems.mark_invalid("source", _entry_id(entry))
                continue
            source_id = fields["id"]
            if source_id in sources:
                problems.at(doc, (*keypath, "id"), f"duplicate source id '{source_id}'",
                            found=f"first defined at {sources[source_id].location.place}")
                continue
            text = _read_text(doc, path, fields["file"], (*keypath, "file"), problems)
            published = parse_period(fields["published"])
            if published is None:
                problems.at(doc, (*keypath, "published"),
                            f"cannot read the publication date {fields['published']!r}",
                            expected="a real date: YYYY-MM-DD, YYYY-MM, YYYY, or A..B",
                            hint=date_hint(fields["published"]))
            bad_script = fields["script"] not in SCRIPTS
            if bad_script:
                problems.at(doc, (*keypath, "script"), "unknown script",
                            expected="simplified or traditional", found=fields["script"],
                            hint=_script_hint(fields["script"]))
            url = fields.get("url")
            bad_url = url is not None and not _web_address(url)
            if bad_url:
                port = _bad_port(str(url))
                problems.at(doc, (*keypath, "url"), "not a web address" + (
                    "" if port is None else f": {port[0]}"),
                            expected="an absolute http:// or https:// URL", found=url,
                            hint=_url_hint(str(url)) if port is None else port[1])
            untitled = _blank(doc, keypath, fields, "title", "a source",
                              "the article's headline",
                              "write the article's headline, as it prints it", problems)
            if text is None or published is None or bad_url or bad_script or untitled:
                problems.mark_invalid("source", source_id)
                continue
            shown = _shown(doc, fields["file"])
            exclusions = _exclusions(doc, keypath, fields.get("exclude", []), text, problems)
            for start, _ in mojibake_spans(text):
                line, col = line_col(text, start)
                warnings.append(f"{shown}:{line}:{col}: warning: text looks mis-decoded "
                                f"(mojibake) near {text[max(0, start - 4):start + 8]!r}")
            sources[source_id] = Source(
                id=source_id, title=fields["title"], file=shown, text=text,
                published=published, script=fields["script"],
                publisher=fields.get("publisher"), published_note=fields.get("published_note"),
                exclusions=exclusions, location=doc.locate(keypath), url=url,
            )
    return sources, warnings


def _web_address(url: str) -> bool:
    """Whether ``url`` is an absolute http(s) address with a host, a port that is one (if
    any), and no spaces, control or invisible characters."""
    try:
        parts = urlsplit(url)
    except ValueError:  # an unbalanced [ in the host, for one
        return False
    # the host, not the netloc: https://:80/ and https://user@ name none, https://. neither
    return (parts.scheme in ("http", "https") and bool((parts.hostname or "").strip("."))
            and _port_fault(parts) is None
            and not any(c.isspace() or unicodedata.category(c) in ("Cc", "Cf")
                        for c in url))  # not Cn: an emoji newer than Python's Unicode


def _port_fault(parts: SplitResult) -> tuple[str, str] | None:
    """The port of a split address, as written, and what is wrong with it where it is no
    number from 1 to 65535 (``abc``: not a number; ``99999``, ``0``: out of range); else
    ``None`` (no port, or a good one). The port is all that follows the colon after the
    host (after its ``]``, for ``[::1]``), as urllib reads it: ``:80:90`` is no number."""
    host = parts.netloc.rpartition("@")[2]
    _, bracket, bracketed = host.partition("[")
    port = (bracketed.partition("]")[2] if bracket else host).partition(":")[2]
    if not port:
        return None
    if not port.isascii() or not port.isdigit():
        return port, f"the port {port!r} is not a number"
    if 1 <= int(port) <= 65535:
        return None
    return port, f"the port {port} is out of range (1 to 65535)"


#: Other names of the two scripts, as a registry may write them
_SCRIPT_NAMES = {"简体": "simplified", "簡體": "simplified", "zh-hans": "simplified",
                 "繁体": "traditional", "繁體": "traditional", "zh-hant": "traditional"}


def _script_hint(script: str) -> str:
    """The hint for an unknown ``script``: the script it names or is closest to
    (``simplfied``, ``Traditional``, ``简体``), else the two to choose from."""
    written = script.strip().lower()
    meant = _SCRIPT_NAMES.get(written) or next(
        iter(difflib.get_close_matches(written, SCRIPTS, n=1, cutoff=0.6)), None)
    if meant is not None:
        return f"did you mean '{meant}'?"
    return "write simplified or traditional, as the article is written"


def _bad_port(url: str) -> tuple[str, str] | None:
    """What is wrong with the port of ``url`` and the fix, where that is what makes it no
    web address (``http://example.com:99999/``: out of range; ``:abc``: no number), else
    ``None``."""
    try:
        parts = urlsplit(url)
    except ValueError:  # an unbalanced [ in the host
        return None
    fault = _port_fault(parts) if parts.scheme in ("http", "https") else None
    if fault is None:
        return None
    port, problem = fault
    without = urlunsplit(parts._replace(netloc=parts.netloc[:-len(port) - 1]))
    if not _web_address(without):  # https://:99999/, or a space besides: the usual hint
        return None
    return problem, ("a port is a number from 1 to 65535; write the port the address really "
                     f"has, or leave it out for the usual one: {without}")


def _url_hint(url: str) -> str:
    """The hint for a ``url`` that is no web address: the scheme to add to one that has
    none (www.example.com/1.html, example.com:8080/1.html), never a second scheme
    (https://ftp://..., https://https://, https://javascript:...)."""
    head, colon, _ = url.partition(":")
    if "://" not in url and (not colon or "." in head) and _web_address(f"https://{url}"):
        return f"write it with its scheme: https://{url}"
    return ("write the article's address as a browser shows it, starting with https:// or "
            "http://, such as https://example.com/news/1.html")


def read_bounded(path: Path, shown: str) -> bytes:
    """Read a file of at most :data:`~factcheck._yaml.MAX_FILE_BYTES`, refusing larger ones
    before reading them, so that memory stays bounded whatever the input.

    Args:
        path: the file.
        shown: the path as shown in messages.

    Returns:
        Its bytes.

    Raises:
        SourceError: the file is larger than the limit, or not a regular file (a FIFO or a
            device is never opened).
        OSError: it cannot be read.
    """
    kind = not_a_file(path)
    if kind is not None:
        raise SourceError(f"is {kind}, not a text file", location=Location(shown),
                          hint="give the path of a UTF-8 text file")
    return _read_file(path, shown)


def _read_file(path: Path, shown: str) -> bytes:
    """:func:`read_bounded` for a path known to be a regular file."""
    with path.open("rb") as handle:
        raw = handle.read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:
        size = path.stat().st_size
        raise SourceError(
            f"the file is {size / 1024 / 1024:.1f} MiB, over the "
            f"{MAX_FILE_BYTES // 1024 // 1024} MiB limit",
            location=Location(shown),
            hint="split claims into several files; an article this large is not a news text",
        )
    return raw


def _entry_id(entry: Any) -> Any:  # any YAML value
    return entry.get("id") if isinstance(entry, dict) else None


def _shown(doc: Document, relative: str) -> str:
    return (Path(doc.path).parent / relative).as_posix()


def _missing_file_hint(base: Path, relative: str) -> str:
    """The hint for a source file that is not there: the closest file name in the directory
    it names (or, when that directory is missing too, next to the YAML file), if any."""
    default = "paths are relative to the YAML file that names them"
    wanted = PurePosixPath(relative.replace("\\", "/"))
    folder = wanted.parent if (base / wanted.parent).is_dir() else PurePosixPath(".")
    try:
        names = [entry.name for entry in itertools.islice((base / folder).iterdir(), 10_000)
                 if entry.is_file()]
    except OSError:
        return default
    close = difflib.get_close_matches(wanted.name, names, n=1)
    if not close:
        return default
    return f"did you mean '{(folder / close[0]).as_posix()}'? ({default})"


def _read_text(
    doc: Document, path: Path, relative: str, keypath: tuple[str | int, ...], problems: Problems
) -> str | None:
    target = path.parent / relative
    loc = doc.locate(keypath)
    try:
        kind = not_a_file(target)
        raw = _read_file(target, _shown(doc, relative)) if kind is None else b""
    except SourceError as error:
        problems.add(error)
        return None
    except UnicodeEncodeError as error:  # a name the locale cannot spell (LC_ALL=C, no UTF-8)
        problems.add(SourceError(
            f"source file '{relative}' cannot be opened: the file system encoding "
            f"({error.encoding}) cannot write {error.object[error.start:error.end]!r}",
            location=loc, source_line=doc.line_text(loc.line),
            hint="run factcheck in a UTF-8 locale (LANG=C.UTF-8), or set PYTHONUTF8=1"))
        return None
    except OSError as error:
        missing = isinstance(error, FileNotFoundError)
        problems.add(SourceError(
            f"source file '{relative}' not found" if missing else
            f"source file '{relative}' cannot be read: {error.strerror or error}",
            location=loc, source_line=doc.line_text(loc.line),
            expected=f"a UTF-8 text file at {_shown(doc, relative)}",
            hint=_missing_file_hint(path.parent, relative) if missing else
            "take the \\0 out of the file name" if "\0" in relative else
            unreadable_hint(error, _shown(doc, relative)) if error.errno in (
                errno.EACCES, errno.EPERM) else
            "paths are relative to the YAML file that names them",
        ))
        return None
    if kind is not None:  # located at `file:`, and never opened: a FIFO would block
        problems.add(SourceError(
            f"source file '{relative}' is {kind}, not a text file", location=loc,
            source_line=doc.line_text(loc.line),
            expected=f"a UTF-8 text file at {_shown(doc, relative)}",
            hint="name the article's text file"))
        return None
    try:
        text = decode_article(raw, _shown(doc, relative), "source file")
    except SourceError as error:
        problems.add(error)
        return None
    if not text.strip("\ufeff \t\r\n\u3000"):  # one error, not one per quote of it
        problems.add(SourceError(
            f"source file '{relative}' is empty" if not text else
            f"source file '{relative}' holds only white space", location=loc,
            source_line=doc.line_text(loc.line), expected="the article's text",
            hint=f"save the article's text in {_shown(doc, relative)}, or name the file "
                 "that holds it"))
        return None
    return text


#: At most this many places that are not UTF-8 (runs of bad bytes), in text whose other
#: non-ASCII characters are UTF-8 and outnumber them five times over, make damaged UTF-8,
#: not another encoding: GB18030 text read as UTF-8 fails at almost every character. (On
#: the bundled articles in GBK, GB18030 and Big5, whole and cut into pieces of 5 to 40
#: characters, no piece passes for damaged UTF-8; every copy with a stray byte does.)
_FEW_DAMAGED_PLACES = 3
_SOUND_PER_DAMAGED = 5
_REPLACED = re.compile("\ufffd+")
# Byte-order marks of the encodings an editor saves "Unicode" text in, UTF-32 first: its
# little-endian mark starts with UTF-16's.
_BYTE_ORDER_MARKS = ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
                     (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"))


def decode_article(raw: bytes, shown: str, what: str = "the file") -> str:
    """The text of an article's bytes ``raw``, without a byte-order mark (no column of the
    text, as an editor counts them).

    Raises:
        SourceError: ``what`` (at ``shown``) is not UTF-8, located at its first byte that is
            not, with how to mend it.
    """
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        line, col = undecodable_at(raw, error.start)
        raise SourceError(f"{what} is not UTF-8", location=Location(shown, line, col),
                          found=f"byte 0x{raw[error.start]:02X} at byte offset {error.start}",
                          hint=_conversion_hint(raw, error)) from None


def _conversion_hint(raw: bytes, error: UnicodeDecodeError) -> str:
    """How to mend an article that is not UTF-8: from the encoding its byte-order mark
    names (GB18030 would make mojibake of UTF-16); none at all for UTF-8 text with a few
    bad bytes, such as a file cut short inside its last character (GB18030 would make
    mojibake of the rest); else from the legacy Chinese encoding it reads as Chinese text
    in."""
    for mark, encoding in _BYTE_ORDER_MARKS:
        if raw.startswith(mark):
            return (f"convert the article to UTF-8 (e.g. `iconv -f {encoding} -t UTF-8`): it "
                    f"starts with a {encoding} byte-order mark")
    text = raw.decode("utf-8", "replace")
    genuine = raw.count("\ufffd".encode())  # U+FFFD written as such (mojibake warns of it)
    damaged = max(1, len(_REPLACED.findall(text)) - genuine)  # a bad run of bytes is one
    sound = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd") + genuine
    if damaged <= _FEW_DAMAGED_PLACES and sound > _SOUND_PER_DAMAGED * damaged:
        if damaged == 1 and error.end == len(raw) and error.reason == "unexpected end of data":
            return ("it ends inside a character: the file was cut short; copy the whole "
                    "article again")
        places = "this place" if damaged == 1 else f"{damaged} places, this the first"
        return (f"the rest of the file is UTF-8, but for {places}: its bytes were damaged; "
                "copy the article again, or retype the character here")
    return f"convert the article to UTF-8 (e.g. `iconv -f {_legacy_encoding(raw)} -t UTF-8`)"


# Characters among the commonest of news text, in both scripts: read in its own encoding an
# article is full of them, read in the other one it has next to none (Big5 bytes decode as
# GBK without an error, as mojibake)
_COMMON_CHARACTERS = frozenset(
    "的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出会會可也对對"
    "生能而子得于於着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經去法学學如"
    "都同现現当當没沒动動面起定天分还還进進好小部其些主样樣理心本前开開但因只从從实實日"
    "者意无無力与與长長把机機十民第公此已工使情明性知全三又关關点點正业業外将將两兩高间"
    "間由问問最重并並物应應向文体體政美相见見被利二等产產或新加月合回特代内內表化给給度"
    "元亿億万萬市区區投资資项項目建设設企")


def _legacy_encoding(raw: bytes) -> str:
    """The legacy Chinese encoding an article that is not UTF-8 reads as Chinese text in
    (as iconv names it): GB18030 (mainland) unless Big5 (Taiwan, Hong Kong) reads as more
    of the commonest characters; BIG5-HKSCS where only Hong Kong's supplement reads it all
    (iconv's BIG5 stops at the first character of it, leaving a cut article)."""
    def score(codec: str) -> int:
        text = raw.decode(codec, errors="replace")
        return sum(char in _COMMON_CHARACTERS for char in text) - text.count("\ufffd")
    if max(score("cp950"), score("big5hkscs")) <= score("gb18030"):
        return "GB18030"
    return "BIG5-HKSCS" if not _decodes(raw, "cp950") and _decodes(raw, "big5hkscs") else "BIG5"


def _decodes(raw: bytes, codec: str) -> bool:
    try:
        raw.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _exclusions(
    doc: Document, keypath: tuple[str | int, ...], entries: list[Any], text: str,
    problems: Problems,
) -> tuple[Exclusion, ...]:
    if not entries:  # most sources: no line table needed
        return ()
    starts = line_starts(text)
    # as an editor and wc -l count them: no empty line after the last line break
    count = len(starts) - 1 if len(starts) > 1 and starts[-1] == len(text) else len(starts)
    result = []
    for index, entry in enumerate(entries):
        here = (*keypath, "exclude", index)
        fields = read_fields(doc, here, entry, _EXCLUDE_FIELDS, problems, what="exclusion",
                             missing_hints=_EXCLUDE_MISSING)
        if fields is None:
            continue
        if not fields["reason"].strip():  # as a not_claims entry's: `reason: ""` is none
            problems.at(doc, (*here, "reason"), "an exclusion needs a reason",
                        hint=_EXCLUDE_MISSING["reason"])
            continue
        lines = fields["lines"]
        wrong = next((at for at, n in enumerate(lines)
                      if not isinstance(n, int) or isinstance(n, bool)), None)
        if wrong is not None and len(lines) == 2:  # of more or fewer, the range is wrong  # [true, 1] was a bad range, found [True, 1], in Python's words
            item = lines[wrong]
            shown = key_text(item) if item is None or isinstance(item, bool) else (
                repr(item) if isinstance(item, str) else str(item))
            problems.at(doc, (*here, "lines", wrong),
                        f"bad line range: {short_text(shown)} is not a line number",
                        expected=f"a line number, from 1 to {count}", found=found_value(item),
                        hint="write the numbers of the first and last lines to exclude, "
                        f"unquoted: lines: [{count}, {count}] for the last line")
            continue
        if len(lines) != 2 or not 1 <= lines[0] <= lines[1] <= count:  # each a number now
            problems.at(doc, (*here, "lines"), "bad line range",
                        expected=f"[first, last] with 1 <= first <= last <= {count}",
                        found="[" + ", ".join(key_text(n) if isinstance(n, bool) or n is None
                                              else repr(n) for n in lines) + "]",
                        hint=f"the article has {plural(count, 'line')}")
            continue
        first, last = lines
        end = break_before(text, starts[last]) if last < len(starts) else len(text)
        result.append(Exclusion(starts[first - 1], end, fields["reason"], (first, last)))
    return tuple(result)


def read_entities(items: Items, problems: Problems) -> dict[str, Entity]:
    """Read every ``entities:`` section; names and aliases must not collide."""
    entities: dict[str, Entity] = {}
    table: dict[str, str] = {}
    for doc, _, value in items:
        for index, entry in enumerate(_list_section(doc, "entities", value, problems)):
            keypath = ("entities", index)
            fields = read_fields(doc, keypath, entry, _ENTITY_FIELDS, problems, what="entity")
            if fields is None:
                problems.mark_invalid("entity", _entry_id(entry))
                continue
            aliases = fields.get("aliases", [])
            if not all(isinstance(a, str) for a in aliases):
                problems.at(doc, (*keypath, "aliases"), "aliases must be strings")
                problems.mark_invalid("entity", fields["id"])
                continue
            if _blank(doc, keypath, fields, "name", "an entity", "the name in Simplified script",
                      "write the name the articles give it, in Simplified script", problems):
                problems.mark_invalid("entity", fields["id"])
                continue
            if fields["id"] in entities:
                problems.at(doc, (*keypath, "id"), f"duplicate entity id '{fields['id']}'")
                continue
            entity = Entity(fields["id"], fields["name"], tuple(aliases), fields.get("note"))
            entities[entity.id] = entity
            named: dict[str, tuple[str | int, ...]] = {entity.id: ("id",), entity.name: ("name",)}
            for at, alias in enumerate(entity.aliases):
                named.setdefault(alias, ("aliases", at))
            for name, where in named.items():  # located where it is written, to change there
                other = table.setdefault(fold_text(name), entity.id)
                if other != entity.id:
                    problems.at(doc, (*keypath, *where),
                                f"the name '{name}' is used by two entities: '{other}' and "
                                f"'{entity.id}'", hint="an alias must name one entity only")
    return entities


def _blank(doc: Document, keypath: tuple[str | int, ...], fields: dict[str, Any], name: str,
           what: str, expected: str, hint: str, problems: Problems) -> bool:
    """Report a required text that is empty or only spaces (``title: ""``), and say whether
    it was: such an entry loaded, and the reports showed nothing where it goes (a source's
    headline, an entity's, a metric's or a place's name, where a place's coordinates come
    from)."""
    value = fields.get(name)
    if not isinstance(value, str) or value.strip():
        return False
    problems.at(doc, (*keypath, name), f"the {name} of {what} is empty", expected=expected,
                found=found_value(value), hint=hint)
    return True


def alias_table(entities: dict[str, Entity]) -> dict[str, str]:
    """Map every id, name and alias (folded to Simplified) to its entity id."""
    table: dict[str, str] = {}
    for entity in entities.values():
        for name in (entity.id, entity.name, *entity.aliases):
            table.setdefault(fold_text(name), entity.id)
    return table


def read_metrics(items: Items, problems: Problems) -> dict[str, Metric]:
    """Read every ``metrics:`` section."""
    metrics: dict[str, Metric] = {}
    for doc, _, value in items:
        for index, entry in enumerate(_list_section(doc, "metrics", value, problems)):
            keypath = ("metrics", index)
            fields = read_fields(doc, keypath, entry, _METRIC_FIELDS, problems, what="metric")
            if fields is None:
                problems.mark_invalid("metric", _entry_id(entry))
                continue
            if fields["id"] in metrics:
                problems.at(doc, (*keypath, "id"), f"duplicate metric id '{fields['id']}'")
                continue
            if _blank(doc, keypath, fields, "name", "a metric", "what it measures",
                      "write what it measures, as the articles say it (e.g. 招商引资总额)",
                      problems):
                problems.mark_invalid("metric", fields["id"])
                continue
            if fields.get("cumulative") and fields.get("timeless"):
                problems.at(doc, (*keypath, "timeless"),
                            "a metric cannot be both cumulative and timeless")
                problems.mark_invalid("metric", fields["id"])
                continue
            metrics[fields["id"]] = Metric(fields["id"], fields["name"],
                                           fields.get("cumulative", False),
                                           fields.get("timeless", False), fields.get("note"))
    return metrics


def read_places(items: Items, problems: Problems) -> dict[str, Place]:
    """Read every ``places:`` section (reference coordinates with their source)."""
    places: dict[str, Place] = {}
    for doc, _, value in items:
        if isinstance(value, dict):  # one place without its '- ': a check may name it
            problems.mark_invalid("place", _entry_id(value))
        for index, entry in enumerate(_list_section(doc, "places", value, problems)):
            keypath = ("places", index)
            fields = read_fields(doc, keypath, entry, _PLACE_FIELDS, problems, what="place")
            if fields is None:
                problems.mark_invalid("place", _entry_id(entry))
                continue
            lat, lon = (_degrees(doc, keypath, axis, fields[axis], limit, problems)
                        for axis, limit in (("lat", 90), ("lon", 180)))
            unnamed = _blank(
                doc, keypath, fields, "name", "a place", "the place's name",
                "write the place's name, as the distance findings show it (e.g. 哈尔滨)",
                problems)
            unsourced = _blank(
                doc, keypath, fields, "source", "a place", "where the coordinates come from",
                "say where the coordinates come from (a map, a gazetteer, a survey), so a "
                "reviewer can check them", problems)
            blank = unnamed or unsourced
            if lat is None or lon is None or blank:
                problems.mark_invalid("place", fields["id"])
            if lat is None or lon is None or blank or fields["id"] in places:
                if fields["id"] in places:
                    problems.at(doc, (*keypath, "id"), f"duplicate place id '{fields['id']}'")
                continue
            places[fields["id"]] = Place(fields["id"], fields["name"], lat, lon,
                                         fields["source"], doc.locate(keypath))
    return places


# Decimal degrees as written: a bounded number of digits, so that no exponent (1e999999999)
# or NaN/Infinity text reaches exact arithmetic.
_DEGREES = re.compile(r"[-+]?[0-9]{1,3}(?:\.[0-9]{1,15})?")


def _degrees(doc: Document, keypath: tuple[str | int, ...], axis: str, written: Any,
             limit: int, problems: Problems) -> Fraction | None:
    text = str(written).strip()
    number = Fraction(text) if _DEGREES.fullmatch(text) else None
    if number is None or not -limit <= number <= limit:
        problems.at(doc, (*keypath, axis), f"bad {axis}",
                    expected=f"decimal degrees between -{limit} and {limit}, with at most 15 "
                    "decimal places (e.g. \"45.7567\")",
                    found=repr(written)[:60])
        return None
    return number
