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
else (garbage, a truncated file, a cache copied from elsewhere) is ignored and rebuilt. Without a usable key or directory,
nothing is cached and nothing fails. A key others can read or change (or another user's), one
that cannot be read or made (a cache home that cannot be written), and a directory where an
entry file should be, are said once per process on stderr (or collected once by
:func:`notices`), with
the fix: the cache is off, or that entry uncached, and the user would not know why.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import functools
import gc
import hashlib
import hmac
import io
import os
import pickle
import re
import shlex
import stat
import sys
import tempfile
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO, cast

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
]

#: Bumped whenever the layout of an entry changes.
FORMAT = 1
MAGIC = b"FCCACHE" + bytes([FORMAT])
_DIGEST = 32
_HEADER = len(MAGIC) + 2 * _DIGEST
#: Entries beyond these totals are removed, least recently used first.
MAX_BYTES = 2 * 1024**3
MAX_ENTRIES = 500
_DEPENDENCIES = ("factcheck", "pint", "PyYAML", "yaml-rs", "orjson", "OpenCC", "geographiclib")


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


#: What was said on stderr (:func:`_notice`) in this process: each once, whichever thread
#: meets it first (the lock keeps two threads from both saying it).
_SAID: set[str] = set()
_SAID_LOCK = threading.Lock()


class _Listeners(threading.local):
    """Where notices go instead of stderr, innermost last (:func:`notices`), per thread:
    a notice another thread's load raises is not the collecting caller's to show, and
    would never be shown if it went into its list."""

    def __init__(self) -> None:
        self.stack: list[list[str]] = []


_LISTENERS = _Listeners()


def _notice(text: str) -> None:
    """Say why the cache is not used: without it, a run is slower and nothing tells the
    user why. Said once per process on stderr; inside :func:`notices`, collected once per
    block, even if stderr or another block already had it (the pytest plugin's summary
    would otherwise miss what an earlier load in the process said where nobody saw it)."""
    if _LISTENERS.stack:
        collected = _LISTENERS.stack[-1]
        if text not in collected:
            collected.append(text)
        return
    with _SAID_LOCK:
        if text in _SAID:
            return
        _SAID.add(text)
        warn([text])


@contextlib.contextmanager
def notices() -> Iterator[list[str]]:
    """Collect the cache's notices in a list instead of writing them to stderr: the pytest
    plugin shows them in its summary, since what collection writes to stderr is not
    shown. Only the calling thread's notices are collected, each once, whether or not
    it was said before; another thread's go to stderr (or to its own :func:`notices`)."""
    collected: list[str] = []
    _LISTENERS.stack.append(collected)
    try:
        yield collected
    finally:
        _LISTENERS.stack.remove(collected)


def directory() -> Path | None:
    """The cache directory, or ``None`` when there is no home to put it in.

    A relative ``$FACTCHECK_CACHE_DIR`` is ignored, as a relative ``$XDG_CACHE_HOME`` is:
    it would put the cache in whatever directory a run starts in, a corpus included.
    """
    chosen = os.environ.get("FACTCHECK_CACHE_DIR")
    if chosen and os.path.isabs(chosen):
        return Path(chosen)
    home = _cache_home()
    return None if home is None else home / "factcheck"


def _cache_home() -> Path | None:
    chosen = os.environ.get("XDG_CACHE_HOME")
    if chosen and os.path.isabs(chosen):  # the XDG spec says to ignore relative paths
        return Path(chosen)
    try:
        return Path.home() / ".cache"
    except RuntimeError:  # no home directory
        return None


def _secret() -> bytes | None:
    """This user's MAC key, made on first use; ``None`` if it cannot be had safely."""
    home = _cache_home()
    if home is None:
        return None
    path = home / "factcheck" / "key"
    for _ in range(2):
        try:
            with _open_file(path) as handle:
                status = os.fstat(handle.fileno())
                data = handle.read(_DIGEST + 1)
        except FileNotFoundError:
            unmade = _make_secret(path)
            if unmade is not None:
                _no_key(path, "made", unmade)
                return None
            continue
        except OSError as error:
            _no_key(path, "read", error)
            return None
        if status.st_uid != os.getuid():
            _notice(f"factcheck: the cache is off: its key {path} belongs to another user\n"
                    f"  hint: remove it (rm {shlex.quote(str(path))}); factcheck makes a "
                    "new one")
            return None
        if status.st_mode & 0o077:
            # say what the set bits allow: 0620 lets others change the key, not read it
            can = ("can be read by others" if status.st_mode & 0o044 else
                   "can be changed by others" if status.st_mode & 0o022 else "is not private")
            _notice(f"factcheck: the cache is off: its key {path} {can} "
                    f"(mode {stat.S_IMODE(status.st_mode):04o})\n"
                    f"  hint: make it private: chmod 600 {shlex.quote(str(path))}")
            return None
        if len(data) != _DIGEST:
            # damaged (emptied by a crash, say): a new key, or the cache stays off for good.
            # Entries signed with the old one no longer verify, and are rebuilt.
            unmade = _make_secret(path, replace=True)
            if unmade is not None:
                _no_key(path, "made again (it is damaged)", unmade)
                return None
            continue
        return data
    return None


def _open_file(path: Path) -> BinaryIO:
    """``path`` opened for reading if it is a regular file (symbolic links followed).

    A FIFO is opened without waiting for a writer and a device is never read: in a cache
    directory others can write to (``$FACTCHECK_CACHE_DIR=/tmp``), one named as an entry
    would otherwise hang the run, or fill its memory (a link to ``/dev/zero``).

    Raises:
        OSError: it cannot be opened, or it is not a regular file.
    """
    handle = os.fdopen(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb")
    if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
        handle.close()
        raise OSError(errno.EINVAL, "not a regular file", str(path))
    return handle


def _no_key(path: Path, done: str, error: OSError) -> None:
    """Say that the key cannot be had, so the cache is off: a cache home that cannot be
    written made every run slower without a word."""
    reason = (error.strerror or str(error)).lower()
    _notice(f"factcheck: the cache is off: its key {path} cannot be {done}: {reason}\n"
            f"  hint: make {path.parent} a directory you can write, or set XDG_CACHE_HOME "
            "to one (the key is kept in $XDG_CACHE_HOME/factcheck); --no-cache says not to "
            "use the cache")


def _make_secret(path: Path, *, replace: bool = False) -> OSError | None:
    """Make a key at ``path``; ``replace`` one that is there (a damaged one).

    Returns:
        What kept the key from being made, or ``None`` (made, or made by another process
        first).
    """
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".key-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(os.urandom(_DIGEST))
                handle.flush()
                os.fsync(handle.fileno())  # a crash must not leave an empty key behind
            if replace:
                os.replace(temporary, path)
            else:
                os.link(temporary, path)  # atomic, and refuses to replace a key already made
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
    except FileExistsError:  # another process made it first (a file where the directory
        return None          # should be is said when the key is read)
    except OSError as error:  # the home is read-only, say
        return error
    return None


@functools.cache
def _fingerprint() -> bytes:
    """What the library is: a changed module or dependency gives other keys."""
    from importlib.metadata import PackageNotFoundError, version

    digest = hashlib.blake2b(MAGIC, digest_size=_DIGEST)
    _add(digest, sys.version, str(pickle.HIGHEST_PROTOCOL))
    for name in _DEPENDENCIES:
        try:
            _add(digest, name, version(name))
        except PackageNotFoundError:
            _add(digest, name, "-")
    package = Path(__file__).parent
    for file in sorted(package.rglob("*")):
        if file.suffix in (".py", ".txt") and file.is_file():
            _add(digest, file.relative_to(package).as_posix())
            digest.update(hashlib.blake2b(file.read_bytes(), digest_size=_DIGEST).digest())
    return digest.digest()


def _kinds() -> bytes | None:
    """The check kinds a run has, or ``None`` if one has no versioned code.

    A fresh process has the built-in kinds (part of the fingerprint) and the entry-point
    plugins' kinds, keyed here by distribution, version and the code of the plugin's
    top-level package, all found without importing the registry or the plugin, so a warm
    run does without them (docs/performance.md). Once the registry is in use it must
    hold just those kinds: one added, replaced or removed at run time has no versioned
    code. Writing an entry asks again (:func:`_writer`), after the load has run.
    """
    from importlib.metadata import entry_points

    registry = sys.modules.get("factcheck.checks._registry")
    if registry is not None and not registry.is_default():
        return None
    digest = hashlib.blake2b(digest_size=_DIGEST)
    for point in sorted(entry_points(group="factcheck.checks"), key=lambda p: p.name):
        code = _package_code(point.module)
        if point.dist is None or code is None:
            return None
        _add(digest, point.name, point.value, point.dist.name, point.dist.version)
        digest.update(code)
        try:
            requirements = _requirements(point.dist.requires)
        except Exception:  # noqa: BLE001 - requirements that cannot be read: no cache, not fatal
            return None
        for name, version in requirements:
            _add(digest, name, version)
    return digest.digest()


def _requirements(requires: list[str] | None) -> list[tuple[str, str]]:
    """Every distribution ``requires`` names, directly or not, with its installed version
    (``-`` if it is not installed): what a plugin imports can change its findings.

    Markers are evaluated as pip would, so optional extras count only when asked for.

    Raises:
        Exception: a requirement or a distribution's metadata that cannot be read (a bad
            requirement, a marker packaging cannot evaluate, a distribution without a
            version); the caller then caches nothing.
    """
    if not requires:
        return []  # no import of packaging (about 0.1 s) for a plugin that requires nothing
    from importlib.metadata import PackageNotFoundError, distribution

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    versions: dict[str, str] = {}
    seen: set[tuple[str, frozenset[str]]] = set()
    pending = [(text, frozenset([""])) for text in requires]
    while pending:
        text, extras = pending.pop()
        requirement = Requirement(text)
        marker = requirement.marker
        if marker is not None and not any(marker.evaluate({"extra": e}) for e in extras):
            continue
        name = canonicalize_name(requirement.name)
        wanted = frozenset(["", *requirement.extras])
        if (name, wanted) in seen:
            continue
        seen.add((name, wanted))
        try:
            found = distribution(name)
        except PackageNotFoundError:
            versions[name] = "-"
            continue
        if not isinstance(found.version, str):
            raise ValueError(f"{name} is installed without a version")
        versions[name] = found.version
        pending.extend((text, wanted) for text in found.requires or ())
    return sorted(versions.items())


def _package_code(module: str) -> bytes | None:
    """A digest of every Python file of ``module``'s top-level package (or of the module
    itself when it is not in a package), found without importing anything."""
    import importlib.util

    top = module.partition(".")[0]
    try:
        spec = importlib.util.find_spec(top)
        if spec is None:
            return None
        roots = [Path(p) for p in (spec.submodule_search_locations or [])]
        files = (sorted((f.relative_to(root).as_posix(), f) for root in roots
                        for f in root.rglob("*.py")) if roots
                 else [(top, Path(spec.origin))] if spec.origin else [])
        if not files:
            return None
        digest = hashlib.blake2b(digest_size=_DIGEST)
        for name, file in files:
            _add(digest, name)
            digest.update(hashlib.blake2b(file.read_bytes(), digest_size=_DIGEST).digest())
        return digest.digest()
    except Exception:  # noqa: BLE001 - a plugin that cannot be read is not cached, not fatal
        return None


def _add(digest: Any, *parts: str) -> None:
    for part in parts:
        data = part.encode("utf-8", "surrogateescape")
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)


@dataclasses.dataclass(frozen=True)
class Inputs:
    """What a load reads, as cache keys.

    Attributes:
        digest: the content key (library, check kinds, every YAML file as shown and read).
        slot: the entry file name stem (working directory and absolute paths).
        kinds: the check kinds' part of the key, asked again before an entry is written.
    """

    digest: bytes
    slot: str
    kinds: bytes


class Reading:
    """The keys of YAML files, made file by file from their bytes as they are read.

    A look-up keys the files as it reads them, and the load that follows a miss reads them
    again: an entry is filed under the key of what the load parsed (it gives a
    :class:`Reading` to :func:`~factcheck._loader.load_files`), so that a file edited in
    between cannot leave one version's result under the other version's key.

    Args:
        kinds: the check kinds' part of the key, as the look-up found it.
        slot: the entry file name stem, as the look-up made it (:func:`slot_of`); by
            default, made from the working directory and the files added.
    """

    def __init__(self, kinds: bytes, slot: str | None = None) -> None:
        self.kinds = kinds
        self.slot = slot
        self.content = hashlib.blake2b(_fingerprint() + kinds, digest_size=_DIGEST)
        self.place = hashlib.blake2b(digest_size=16)
        _add(self.place, os.getcwd())

    def add(self, path: Path, data: bytes) -> None:
        """Key ``path`` (as :func:`~factcheck._paths.discover` lists it, and in its order)
        with ``data``, its bytes."""
        from ._paths import display_path

        _add(self.content, display_path(path))
        self.content.update(hashlib.blake2b(data, digest_size=_DIGEST).digest())
        _add(self.place, os.path.abspath(path))

    def inputs(self) -> Inputs:
        """The keys of the files added so far."""
        return Inputs(self.content.digest(), self.slot or self.place.hexdigest(), self.kinds)


def slot_of(given: Iterable[str | os.PathLike[str]]) -> str:
    """The entry file name stem of a load of the paths ``given`` (files and directories,
    in any order) from the working directory.

    Named by what was asked, not by the files found, so that a claims file added to or
    removed from a directory replaces the directory's entries rather than leaving them
    behind for the trimming to find.
    """
    place = hashlib.blake2b(digest_size=16)
    _add(place, os.getcwd())
    for path in sorted({os.path.abspath(path) for path in given}):
        _add(place, path)
    return place.hexdigest()


def inputs_of(files: Sequence[Path],
              given: Iterable[str | os.PathLike[str]] | None = None) -> Inputs | None:
    """The keys of a load of ``files``, or ``None`` if it cannot be cached.

    Args:
        files: the YAML files, as :func:`~factcheck._paths.discover` lists them.
        given: the paths ``files`` were discovered from, which name the entry
            (:func:`slot_of`); by default, the files do.
    """
    kinds = _kinds()
    if kinds is None:
        return None
    reading = Reading(kinds, None if given is None else slot_of(given))
    for path in files:
        try:
            data = path.read_bytes()
        except OSError:
            return None  # the load reports it
        reading.add(path, data)
    return reading.inputs()


# -- entries --------------------------------------------------------------------------------

def _entry(prefix: str, inputs: Inputs, variant: str = "") -> Path | None:
    where = directory()
    return None if where is None else where / f"{prefix}-{inputs.slot}{variant}.bin"


def _in_the_way(path: Path) -> None:
    """Say that a directory stands where an entry file should be: the entry can never be
    written (a FIFO or a device is left unsaid: only someone else puts one there)."""
    if os.path.isdir(path):
        _notice(f"factcheck: not cached: {path} is a directory, where the cache keeps an "
                "entry file\n"
                f"  hint: remove it (rm -r {shlex.quote(str(path))}) to cache this corpus "
                "again")


def _mac(secret: bytes, kind: str, digest: bytes) -> Any:
    mac = hashlib.blake2b(key=secret, digest_size=_DIGEST)
    _add(mac, kind)
    mac.update(digest)
    return mac


def _read(path: Path | None, kind: str, inputs: Inputs) -> memoryview | None:
    """The payload of an entry written for ``inputs``, if it verifies; else ``None``."""
    secret = _secret()
    if path is None or secret is None:
        return None
    try:
        with _open_file(path) as handle:
            if os.fstat(handle.fileno()).st_size > MAX_BYTES:  # no entry: trimming keeps less
                return None
            blob = handle.read()
    except OSError:
        _in_the_way(path)
        return None
    if (len(blob) < _HEADER or blob[:len(MAGIC)] != MAGIC
            or blob[len(MAGIC):len(MAGIC) + _DIGEST] != inputs.digest):
        return None
    payload = memoryview(blob)[_HEADER:]
    mac = _mac(secret, kind, inputs.digest)
    mac.update(payload)
    if not hmac.compare_digest(blob[len(MAGIC) + _DIGEST:_HEADER], mac.digest()):
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: kept longest when the cache is trimmed
    return payload


class _Writer:
    """An entry written piece by piece, published atomically by :meth:`commit`."""

    def __init__(self, path: Path, kind: str, inputs: Inputs, secret: bytes) -> None:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".bin")
        self.path = path
        self.temporary = Path(name)
        self.file = os.fdopen(fd, "wb")
        self.file.write(bytes(_HEADER))
        self.digest = inputs.digest
        self.mac = _mac(secret, kind, inputs.digest)

    def add(self, data: bytes) -> None:
        self.file.write(data)
        self.mac.update(data)

    def commit(self) -> None:
        self.file.seek(0)
        self.file.write(MAGIC + self.digest + self.mac.digest())
        self.file.close()
        os.replace(self.temporary, self.path)
        _trim(self.path.parent)

    def abort(self) -> None:
        self.file.close()
        with contextlib.suppress(OSError):
            self.temporary.unlink()


def _writer(kind: str, inputs: Inputs, variant: str = "") -> _Writer | None:
    """A writer of the entry of ``kind`` (``run:<options>`` is filed as ``run``), or ``None``
    when nothing can be written, or should not be: the check kinds changed since the key
    was made (the load registered one, or a plugin's code changed meanwhile)."""
    path, secret = _entry(kind.partition(":")[0], inputs, variant), _secret()
    if path is None or secret is None or _kinds() != inputs.kinds:
        return None
    try:
        return _Writer(path, kind, inputs, secret)
    except OSError:
        return None


def _write(kind: str, inputs: Inputs, payload: bytes) -> None:
    writer = _writer(kind, inputs)
    if writer is None:
        return
    try:
        writer.add(payload)
        writer.commit()
    except OSError:
        writer.abort()


#: The names of the files factcheck writes in the cache directory: entries (``run-*`` with
#: the options' variant) and the temporary files they are written to (``tempfile``'s eight
#: random characters), left behind by a run that was killed.
_OWN = re.compile(r"(?:(?:corpus|findings)-[0-9a-f]{32}|run-[0-9a-f]{32}-[0-9a-f]{16}"
                  r"|\.tmp-[a-z0-9_]{8})\.bin")


def _trim(where: Path) -> None:
    """Remove the least recently used entries beyond :data:`MAX_BYTES` or :data:`MAX_ENTRIES`.

    Only factcheck's own files count and are removed: ``$FACTCHECK_CACHE_DIR`` may name a
    directory that holds other ``*.bin`` files too.
    """
    try:
        entries = [(e.stat().st_mtime_ns, e.stat().st_size, Path(e.path))
                   for e in os.scandir(where) if _OWN.fullmatch(e.name) and e.is_file()]
    except OSError:
        return
    entries.sort(reverse=True)
    total = 0
    for count, (_, size, path) in enumerate(entries, start=1):
        total += size
        if total > MAX_BYTES or count > MAX_ENTRIES:
            with contextlib.suppress(OSError):
                path.unlink()


# -- pickling -------------------------------------------------------------------------------

def _fraction(numerator: int, denominator: int) -> Fraction:
    return Fraction(numerator, denominator)


_FIELDS: dict[type, tuple[str, ...]] = {}
_SETTERS: dict[type, tuple[Any, ...]] = {}


def _fields(cls: type) -> tuple[str, ...]:
    """The fields of a slotted factcheck dataclass (restored without ``__init__``)."""
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls)) if (
            dataclasses.is_dataclass(cls) and "__slots__" in cls.__dict__
            and cls.__module__.startswith("factcheck.")) else ()
    return names


def _setters(cls: type) -> tuple[Any, ...]:
    setters = _SETTERS.get(cls)
    if setters is None:
        setters = _SETTERS[cls] = tuple(getattr(cls, name).__set__ for name in _fields(cls))
    return setters


def _rebuild(cls: type, values: tuple[Any, ...]) -> Any:
    setters = _setters(cls)
    if len(setters) != len(values):
        raise pickle.UnpicklingError(f"{cls.__name__} does not have {len(values)} fields")
    obj: Any = object.__new__(cls)
    for setter, value in zip(setters, values, strict=True):
        setter(obj, value)
    return obj


class _Pickler(pickle.Pickler):
    """Fractions as two integers, frozen dataclasses as their field values: pickle's
    defaults (a Fraction as text, field-by-field ``__setstate__``) take several times as
    long to load, which is what a warm run waits for."""

    def reducer_override(self, obj: Any) -> Any:
        cls = type(obj)
        if cls is Fraction:
            return _fraction, (obj.numerator, obj.denominator)
        names = _fields(cls)
        if names:
            return _rebuild, (cls, tuple([getattr(obj, name) for name in names]))
        return NotImplemented


def _dumps(value: Any) -> bytes:
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()


def _loads(payload: memoryview) -> Any:
    """Unpickle a verified payload; ``None`` if it is not readable after all."""
    was_enabled = gc.isenabled()
    gc.disable()  # millions of objects, no cycles: collections would only slow this down
    try:
        return pickle.loads(payload)
    except Exception:  # noqa: BLE001 - a damaged entry is a miss, whatever the damage
        return None
    finally:
        if was_enabled:
            gc.enable()


# -- source texts ---------------------------------------------------------------------------

Dependencies = tuple[tuple[str, bytes], ...]


def _dependencies(corpus: Corpus) -> Dependencies:
    """The article texts ``corpus`` was built from, as shown, with the hash of their bytes."""
    return tuple(sorted({
        (source.file, hashlib.blake2b(source.text.encode("utf-8"), digest_size=_DIGEST).digest())
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
        if hashlib.blake2b(data, digest_size=_DIGEST).digest() != digest:
            return False
    return True


# -- corpora and findings -------------------------------------------------------------------

#: The keys of the findings of each corpus loaded with the cache.
_INPUTS: dict[int, tuple[weakref.ref[Corpus], Inputs]] = {}


def _remember(corpus: Corpus, inputs: Inputs, dependencies: Dependencies) -> None:
    """Keep the key of ``corpus``'s findings: the key of its YAML files and the article
    texts it was built from. The YAML files alone would give an article's old findings to
    a corpus loaded again after the article was edited."""
    digest = hashlib.blake2b(inputs.digest, digest_size=_DIGEST)
    for shown, text in dependencies:
        _add(digest, shown)
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

    payload = _read(_entry("corpus", inputs), "corpus", inputs)
    if payload is None:
        return None
    value = _loads(payload)
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
    _write("corpus", inputs, _dumps((dependencies, corpus)))


def check(corpus: Corpus) -> list[Finding]:
    """:func:`factcheck._engine.check`, cached for a corpus loaded with the cache, while the
    check kinds are still those of its key.

    Raises:
        CheckError: as the engine does.
    """
    from ._engine import check as run_checks
    from ._findings import Finding

    inputs = _findings_inputs(corpus)
    if inputs is None or _kinds() != inputs.kinds:  # a kind registered since the load
        return run_checks(corpus)
    payload = _read(_entry("findings", inputs), "findings", inputs)
    if payload is not None:
        found = _loads(payload)
        if isinstance(found, list) and all(isinstance(f, Finding) for f in found):
            return found
    findings = run_checks(corpus)
    _write("findings", inputs, _dumps(findings))
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
        self.writer: _Writer | None = None

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
        payload = _read(_entry("run", self.inputs, self.variant), self.kind, self.inputs)
        if payload is None:
            return None
        try:
            head = int.from_bytes(payload[:8], "little")
            meta = _loads(payload[8:8 + head])
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
        meta = _dumps((_dependencies(corpus), corpus.warnings,
                       any(f.fails for f in findings), any(f.fails_strict() for f in findings)))
        self.writer = _writer(self.kind, parsed, self.variant)
        if self.writer is not None:
            self._add(len(meta).to_bytes(8, "little") + meta)

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
        self._add(piece)

    def _add(self, data: bytes) -> None:
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
