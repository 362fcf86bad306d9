"""A signed on-disk cache of loaded corpora, their findings and rendered runs, keyed by content.

Where: ``$FACTCHECK_CACHE_DIR`` if set to an absolute path, else ``$XDG_CACHE_HOME/factcheck``
(by default ``~/.cache/factcheck``). Never inside a corpus: checking a corpus leaves its
directory as it was. What is kept, each entry in one file:

- ``corpus-*``: a loaded :class:`~factcheck._model.Corpus` (``load(paths, cache=True)``);
- ``findings-*``: the findings of such a corpus (:func:`check`);
- ``run-*``: the output of ``factcheck check`` for one format, with its warnings and exit
  status (:class:`Run`), so an unchanged corpus is answered without loading it.

Keys. An entry's content key hashes the library (its version, the bytes of every module and
of ``units.txt``, the Python, pint, PyYAML, yaml-rs, orjson, OpenCC and geographiclib
versions), the check kinds (the built-in ones are part of the library; each entry-point
plugin by distribution, version, the code of its top-level package and the versions of
every distribution it requires, directly or not), and every YAML file read, as shown in
messages and byte for byte. A look-up hashes the files as it finds them; an entry is filed
under the bytes the load parsed (:class:`Reading`), which differ if a file was edited in
between. The article texts a corpus read are listed in the entry with their hashes and are
re-hashed before the entry is used; a ``findings-*`` key also covers those texts, as its
corpus holds them. Any difference is a miss, and the entry is rebuilt. The kinds are
trusted only while the registry holds what a fresh process registers; a kind added,
replaced or removed at run time has no versioned code, and then nothing is cached. The
file an entry lives in is named by the working directory and the paths asked for, so a
corpus has one entry of each kind and an edit, or a file added or removed, replaces it.

Integrity. Each entry starts with a magic number, its content key and a keyed BLAKE2b MAC
of its payload; the key is 32 random bytes in ``<cache home>/factcheck/key`` (mode 0600),
made on first use, and made again if it is damaged. An entry is unpickled only after its
MAC verifies, so only entries this user's factcheck wrote are ever unpickled; anything
else (garbage, a truncated file, a cache copied from elsewhere) is ignored and rebuilt.
Without a usable key or directory, nothing is cached and nothing fails. A key others can
read or change (or another user's), one that cannot be read or made (a cache home that
cannot be written), a cache directory no entry can be written in, and a directory where
an entry file should be, are said once per process on stderr (or collected once by
:func:`notices`), with the fix: the cache is off, or that entry uncached, and the user
would not know why.

Modules: :mod:`~factcheck._cache_keys` (the keys and the user's MAC key),
:mod:`~factcheck._cache_entries` (signed entry files, written atomically, trimmed),
:mod:`~factcheck._cache_notices` (what is said when the cache is off),
:mod:`~factcheck._fast_pickle` (the payloads); this module caches corpora, findings and runs.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import os
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TextIO, cast

from ._cache_entries import Writer, entry_path, open_writer, read_entry, write_entry
from ._cache_keys import (
    DIGEST,
    FORMAT,
    Inputs,
    Reading,
    add_parts,
    directory,
    inputs_of,
    kinds_key,
)
from ._cache_notices import notices
from ._fast_pickle import dumps, loads
from ._outcome import warn

if TYPE_CHECKING:  # imported where used: a warm run needs neither (docs/performance.md)
    from ._findings import Finding
    from ._model import Corpus

__all__ = [
    "FORMAT",
    "Inputs",
    "Reading",
    "Run",
    "check",
    "collector_paused",
    "directory",
    "inputs_of",
    "load_corpus",
    "notices",
    "store_corpus",
    "utf8_buffer",
]


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Run a block that allocates millions of objects with the cyclic garbage collector off.

    Loading, checking and writing make no reference cycles worth collecting (a cold run of
    100,000 claims leaves 66 unreachable objects), while the collector's passes over the
    large, growing heap cost about a tenth of the run. Reference counting frees everything
    else as usual. The collector is on again afterwards if it was on before.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# -- source texts ---------------------------------------------------------------------------

Dependencies = tuple[tuple[str, bytes], ...]


def _dependencies(corpus: Corpus) -> Dependencies:
    """The article texts ``corpus`` was built from, as shown, with the hash of their bytes."""
    return tuple(sorted({
        (source.file, hashlib.blake2b(source.text.encode("utf-8"), digest_size=DIGEST).digest())
        for source in corpus.sources.values()
    }))


def _unchanged(dependencies: Dependencies) -> bool:
    from ._paths import not_a_file

    for shown, digest in dependencies:
        try:
            if not_a_file(shown) is not None:  # never read a FIFO or a device
                return False
            data = Path(shown).read_bytes()
        except OSError:
            return False
        if hashlib.blake2b(data, digest_size=DIGEST).digest() != digest:
            return False
    return True


# -- corpora and findings -------------------------------------------------------------------

#: The keys of the findings of each corpus loaded with the cache.
_INPUTS: dict[int, tuple[weakref.ref[Corpus], Inputs]] = {}


def _remember(corpus: Corpus, inputs: Inputs, dependencies: Dependencies) -> None:
    """Keep the key of ``corpus``'s findings: the key of its YAML files and the article
    texts it was built from. The YAML files alone would give an article's old findings to
    a corpus loaded again after the article was edited."""
    digest = hashlib.blake2b(inputs.digest, digest_size=DIGEST)
    for shown, text in dependencies:
        add_parts(digest, shown)
        digest.update(text)
    key = id(corpus)
    _INPUTS[key] = (weakref.ref(corpus, lambda _: _INPUTS.pop(key, None)),
                    dataclasses.replace(inputs, digest=digest.digest()))


def _findings_inputs(corpus: Corpus) -> Inputs | None:
    known = _INPUTS.get(id(corpus))
    return known[1] if known is not None and known[0]() is corpus else None


def load_corpus(inputs: Inputs) -> Corpus | None:
    """The corpus cached for ``inputs``, if its entry verifies and its texts are unchanged."""
    from ._model import Corpus

    payload = read_entry(entry_path("corpus", inputs), "corpus", inputs)
    if payload is None:
        return None
    value = loads(payload)
    if not (isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], Corpus)):
        return None
    dependencies, corpus = value
    if not _unchanged(dependencies):
        return None
    _remember(corpus, inputs, dependencies)
    return corpus if isinstance(corpus, Corpus) else None


def store_corpus(inputs: Inputs, corpus: Corpus) -> None:
    """Cache ``corpus``, just loaded from the files of ``inputs``."""
    dependencies = _dependencies(corpus)
    _remember(corpus, inputs, dependencies)
    write_entry("corpus", inputs, dumps((dependencies, corpus)))


def check(corpus: Corpus) -> list[Finding]:
    """:func:`factcheck._engine.check`, cached for a corpus loaded with the cache, while the
    check kinds are still those of its key.

    Raises:
        CheckError: as the engine does.
    """
    from ._engine import check as run_checks
    from ._findings import Finding

    inputs = _findings_inputs(corpus)
    if inputs is None or kinds_key() != inputs.kinds:  # a kind registered since the load
        return run_checks(corpus)
    payload = read_entry(entry_path("findings", inputs), "findings", inputs)
    if payload is not None:
        found = loads(payload)
        if isinstance(found, list) and all(isinstance(f, Finding) for f in found):
            return found
    findings = run_checks(corpus)
    write_entry("findings", inputs, dumps(findings))
    return findings


# -- rendered runs --------------------------------------------------------------------------

class Run:
    """The output of ``factcheck check`` for one set of files and options.

    Args:
        inputs: the keys of the files.
        options: what else shapes the output (format, verbosity).
        errors: the output stream's encoding error handler: text is recorded as UTF-8
            encoded with it, as the stream writes it (it differs only for lone surrogates),
            and an entry is replayed only to a stream with the same handler.
    """

    def __init__(self, inputs: Inputs, options: str, errors: str = "strict") -> None:
        options = f"{options} errors={errors}"
        self.inputs = inputs
        self.errors = errors
        self.variant = "-" + hashlib.blake2b(options.encode(), digest_size=8).hexdigest()
        self.kind = "run:" + options
        self.writer: Writer | None = None

    @classmethod
    def open(cls, files: Sequence[Path], options: str, errors: str = "strict",
             given: Iterable[str | os.PathLike[str]] | None = None) -> Run | None:
        """The run cache for ``files`` (from ``discover``, of the paths ``given``), or
        ``None`` if not cacheable."""
        inputs = inputs_of(files, given)
        return None if inputs is None else cls(inputs, options, errors)

    def replay(self, out: TextIO, err: TextIO, *, strict: bool,
               before: Callable[[int], None] | None = None) -> int | None:
        """Write a cached run's warnings and output; return whether it fails (1) or not (0).

        Args:
            out, err: where the output and the warnings go.
            strict: whether unacknowledged discrepancies fail.
            before: called with the status before anything is written.

        Returns:
            The exit status, or ``None`` on a miss (nothing was written).
        """
        payload = read_entry(entry_path("run", self.inputs, self.variant), self.kind, self.inputs)
        if payload is None:
            return None
        try:
            head = int.from_bytes(payload[:8], "little")
            meta = loads(payload[8:8 + head])
            body = payload[8 + head:]
        except ValueError:
            return None
        if not (isinstance(meta, tuple) and len(meta) == 4 and _unchanged(meta[0])):
            return None
        _, warnings, fails, fails_strict = meta
        status = 1 if (fails_strict if strict else fails) else 0
        if before is not None:
            before(status)
        warn(warnings, err)  # a reader of stderr that left does not stop the output
        _write_text(out, body)
        return status

    def record(self, corpus: Corpus, findings: list[Finding], parsed: Inputs) -> None:
        """Start recording the output of a run of ``corpus`` with ``findings``.

        Args:
            corpus: the corpus the run loaded.
            findings: its findings.
            parsed: the keys of the files as the load parsed them
                (:meth:`Reading.inputs`); the run is filed under them.
        """
        meta = dumps((_dependencies(corpus), corpus.warnings,
                       any(f.fails for f in findings), any(f.fails_strict() for f in findings)))
        self.writer = open_writer(self.kind, parsed, self.variant)
        if self.writer is not None:
            self.add_parts(len(meta).to_bytes(8, "little") + meta)

    def add(self, piece: str | bytes) -> None:
        """Record a piece of the output, as written (text, or UTF-8 bytes of it)."""
        if self.writer is None:
            return
        if isinstance(piece, str):
            try:
                piece = piece.encode("utf-8", self.errors)
            except UnicodeEncodeError:  # text the stream's handler refuses: not recorded
                self.abort()
                return
        self.add_parts(piece)

    def add_parts(self, data: bytes) -> None:
        assert self.writer is not None
        try:
            self.writer.add(data)
        except OSError:
            self.writer.abort()
            self.writer = None

    def abort(self) -> None:
        """Drop what was recorded (the run did not finish)."""
        if self.writer is not None:
            self.writer.abort()
            self.writer = None

    def commit(self) -> None:
        """Publish the recorded run."""
        if self.writer is not None:
            try:
                self.writer.commit()
            except OSError:
                self.writer.abort()
            self.writer = None


def utf8_buffer(out: TextIO) -> BinaryIO | None:
    """The binary stream under ``out``, if UTF-8 bytes written to it are what writing the
    text to ``out`` writes (UTF-8, no newline translation); ``out`` is flushed first."""
    buffer = getattr(out, "buffer", None)
    encoding = (getattr(out, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    if buffer is None or encoding != "utf8" or os.linesep != "\n":
        return None
    out.flush()
    return cast("BinaryIO", buffer)


def _write_text(out: TextIO, body: memoryview) -> None:
    """Write recorded UTF-8 output as the text stream would have written the text."""
    buffer = utf8_buffer(out)
    if buffer is not None:
        buffer.write(body)
        buffer.flush()
    else:
        out.write(bytes(body).decode("utf-8", "surrogateescape"))
