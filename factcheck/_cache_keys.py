"""The cache's keys: what a load reads (library, check kinds, YAML files), hashed, and the
user's MAC key that signs every entry (see :mod:`factcheck._cache`)."""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import functools
import hashlib
import os
import pickle
import shlex
import stat
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from ._cache_notices import NO_CACHE, dangling_link, notice

__all__ = [
    "DIGEST",
    "FORMAT",
    "MAGIC",
    "Inputs",
    "Reading",
    "add_parts",
    "directory",
    "inputs_of",
    "kinds_key",
    "open_file",
    "slot_of",
    "user_key",
]

#: Bumped whenever the layout of an entry changes.
FORMAT = 1
MAGIC = b"FCCACHE" + bytes([FORMAT])
DIGEST = 32
_DEPENDENCIES = ("factcheck", "pint", "PyYAML", "yaml-rs", "orjson", "OpenCC", "geographiclib")


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


def user_key() -> bytes | None:
    """This user's MAC key, made on first use; ``None`` if it cannot be had safely."""
    home = _cache_home()
    if home is None:
        return None
    path = home / "factcheck" / "key"
    for _ in range(2):
        try:
            with open_file(path) as handle:
                status = os.fstat(handle.fileno())
                data = handle.read(DIGEST + 1)
        except FileNotFoundError:
            dangling = dangling_link(path)
            if dangling is not None:  # never made through it: it may lead anywhere
                notice(f"factcheck: the cache is off: its key {path} cannot be read: "
                       f"{dangling}\n  hint: remove the link (rm {shlex.quote(str(path))}); "
                       "factcheck makes a new key")
                return None
            unmade = _make_secret(path)
            if unmade is not None:
                _no_key(path, "made", unmade)
                return None
            continue
        except OSError as error:
            _no_key(path, "read", error)
            return None
        if status.st_uid != os.getuid():
            notice(f"factcheck: the cache is off: its key {path} belongs to another user\n"
                   f"  hint: remove it (rm {shlex.quote(str(path))}); factcheck makes a "
                   "new one")
            return None
        if status.st_mode & 0o077:
            # say what the set bits allow: 0620 lets others change the key, not read it
            can = ("can be read by others" if status.st_mode & 0o044 else
                   "can be changed by others" if status.st_mode & 0o022 else "is not private")
            notice(f"factcheck: the cache is off: its key {path} {can} "
                   f"(mode {stat.S_IMODE(status.st_mode):04o})\n"
                   f"  hint: make it private: chmod 600 {shlex.quote(str(path))}")
            return None
        if len(data) != DIGEST:
            # damaged (emptied by a crash, say): a new key, or the cache stays off for good.
            # Entries signed with the old one no longer verify, and are rebuilt.
            unmade = _make_secret(path, replace=True)
            if unmade is not None:
                _no_key(path, "made again (it is damaged)", unmade)
                return None
            continue
        return data
    # made (by this process or another) and gone again each time: never off unsaid
    _no_key(path, "read", OSError(errno.ENOENT, "it was gone each time it was made"))
    return None


def open_file(path: Path) -> BinaryIO:
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
    notice(f"factcheck: the cache is off: its key {path} cannot be {done}: {reason}\n"
           f"  hint: make {path.parent} a directory you can write, or set XDG_CACHE_HOME "
           f"to one (the key is kept in $XDG_CACHE_HOME/factcheck); {NO_CACHE}")


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
                handle.write(os.urandom(DIGEST))
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

    digest = hashlib.blake2b(MAGIC, digest_size=DIGEST)
    add_parts(digest, sys.version, str(pickle.HIGHEST_PROTOCOL))
    for name in _DEPENDENCIES:
        try:
            add_parts(digest, name, version(name))
        except PackageNotFoundError:
            add_parts(digest, name, "-")
    package = Path(__file__).parent
    for file in sorted(package.rglob("*")):
        if file.suffix in (".py", ".txt") and file.is_file():
            add_parts(digest, file.relative_to(package).as_posix())
            digest.update(hashlib.blake2b(file.read_bytes(), digest_size=DIGEST).digest())
    return digest.digest()


def kinds_key() -> bytes | None:
    """The check kinds a run has, or ``None`` if one has no versioned code.

    A fresh process has the built-in kinds (part of the fingerprint) and the entry-point
    plugins' kinds, keyed here by distribution, version and the code of the plugin's
    top-level package, all found without importing the registry or the plugin, so a warm
    run does without them (docs/performance.md). Once the registry is in use it must
    hold just those kinds: one added, replaced or removed at run time has no versioned
    code. Writing an entry asks again, after the load has run
    (:func:`~factcheck._cache_entries.open_writer`).
    """
    from importlib.metadata import entry_points

    registry = sys.modules.get("factcheck.checks._registry")
    if registry is not None and not registry.is_default():
        return None
    digest = hashlib.blake2b(digest_size=DIGEST)
    for point in sorted(entry_points(group="factcheck.checks"), key=lambda p: p.name):
        code = _package_code(point.module)
        if point.dist is None or code is None:
            return None
        add_parts(digest, point.name, point.value, point.dist.name, point.dist.version)
        digest.update(code)
        try:
            requirements = _requirements(point.dist.requires)
        except Exception:  # noqa: BLE001 - requirements that cannot be read: no cache, not fatal
            return None
        for name, version in requirements:
            add_parts(digest, name, version)
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
        digest = hashlib.blake2b(digest_size=DIGEST)
        for name, file in files:
            add_parts(digest, name)
            digest.update(hashlib.blake2b(file.read_bytes(), digest_size=DIGEST).digest())
        return digest.digest()
    except Exception:  # noqa: BLE001 - a plugin that cannot be read is not cached, not fatal
        return None


def add_parts(digest: Any, *parts: str) -> None:
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
        self.content = hashlib.blake2b(_fingerprint() + kinds, digest_size=DIGEST)
        self.place = hashlib.blake2b(digest_size=16)
        add_parts(self.place, os.getcwd())

    def add(self, path: Path, data: bytes) -> None:
        """Key ``path`` (as :func:`~factcheck._paths.discover` lists it, and in its order)
        with ``data``, its bytes."""
        from ._paths import display_path

        add_parts(self.content, display_path(path))
        self.content.update(hashlib.blake2b(data, digest_size=DIGEST).digest())
        add_parts(self.place, os.path.abspath(path))

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
    add_parts(place, os.getcwd())
    for path in sorted({os.path.abspath(path) for path in given}):
        add_parts(place, path)
    return place.hexdigest()


def inputs_of(files: Sequence[Path],
              given: Iterable[str | os.PathLike[str]] | None = None) -> Inputs | None:
    """The keys of a load of ``files``, or ``None`` if it cannot be cached.

    Args:
        files: the YAML files, as :func:`~factcheck._paths.discover` lists them.
        given: the paths ``files`` were discovered from, which name the entry
            (:func:`slot_of`); by default, the files do.
    """
    kinds = kinds_key()
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
