"""The cache's entry files: each signed with the user's key, written atomically, read only
if it verifies, and trimmed to the least recently used beyond a total."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import re
import shlex
import tempfile
from pathlib import Path
from typing import Any

from ._cache_keys import DIGEST, MAGIC, Inputs, add_parts, directory, kinds_key, open_file, user_key
from ._cache_notices import NO_CACHE, dangling_link, notice

__all__ = ["HEADER", "MAX_BYTES", "MAX_ENTRIES", "OWN", "Writer", "entry_path", "new_mac",
           "open_writer", "read_entry", "write_entry"]

HEADER = len(MAGIC) + 2 * DIGEST
#: Entries beyond these totals are removed, least recently used first.
MAX_BYTES = 2 * 1024**3
MAX_ENTRIES = 500


def entry_path(prefix: str, inputs: Inputs, variant: str = "") -> Path | None:
    where = directory()
    return None if where is None else where / f"{prefix}-{inputs.slot}{variant}.bin"


def _in_the_way(path: Path) -> None:
    """Say that a directory stands where an entry file should be: the entry can never be
    written (a FIFO or a device is left unsaid: only someone else puts one there)."""
    if os.path.isdir(path):
        notice(f"factcheck: not cached: {path} is a directory, where the cache keeps an "
               "entry file\n"
               f"  hint: remove it (rm -r {shlex.quote(str(path))}) to cache this corpus "
               "again")


def new_mac(secret: bytes, kind: str, digest: bytes) -> Any:
    mac = hashlib.blake2b(key=secret, digest_size=DIGEST)
    add_parts(mac, kind)
    mac.update(digest)
    return mac


def read_entry(path: Path | None, kind: str, inputs: Inputs) -> memoryview | None:
    """The payload of an entry written for ``inputs``, if it verifies; else ``None``."""
    secret = user_key()
    if path is None or secret is None:
        return None
    try:
        with open_file(path) as handle:
            if os.fstat(handle.fileno()).st_size > MAX_BYTES:  # no entry: trimming keeps less
                return None
            blob = handle.read()
    except OSError:
        _in_the_way(path)
        return None
    if (len(blob) < HEADER or blob[:len(MAGIC)] != MAGIC
            or blob[len(MAGIC):len(MAGIC) + DIGEST] != inputs.digest):
        return None
    payload = memoryview(blob)[HEADER:]
    mac = new_mac(secret, kind, inputs.digest)
    mac.update(payload)
    if not hmac.compare_digest(blob[len(MAGIC) + DIGEST:HEADER], mac.digest()):
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: kept longest when the cache is trimmed
    return payload


class Writer:
    """An entry written piece by piece, published atomically by :meth:`commit`."""

    def __init__(self, path: Path, kind: str, inputs: Inputs, secret: bytes) -> None:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".bin")
        self.path = path
        self.temporary = Path(name)
        self.file = os.fdopen(fd, "wb")
        self.file.write(bytes(HEADER))
        self.digest = inputs.digest
        self.mac = new_mac(secret, kind, inputs.digest)

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


def open_writer(kind: str, inputs: Inputs, variant: str = "") -> Writer | None:
    """A writer of the entry of ``kind`` (``run:<options>`` is filed as ``run``), or ``None``
    when nothing can be written, or should not be: the check kinds changed since the key
    was made (the load registered one, or a plugin's code changed meanwhile)."""
    path, secret = entry_path(kind.partition(":")[0], inputs, variant), user_key()
    if path is None or secret is None or kinds_key() != inputs.kinds:
        return None
    try:
        return Writer(path, kind, inputs, secret)
    except OSError as error:
        _cannot_write(path.parent, error)
        return None


def _cannot_write(where: Path, error: OSError) -> None:
    """Say that no entry can be written in the cache directory (``$FACTCHECK_CACHE_DIR``
    naming a file, a directory of another user): every run would be cold without a word."""
    dangling = dangling_link(where)
    if dangling is not None:  # mkdir's "file exists" would not say why
        reason = dangling
    elif os.path.exists(where) and not os.path.isdir(where):
        reason = "it is not a directory"
    else:
        reason = (error.strerror or str(error)).lower()
    notice(f"factcheck: not cached: the cache directory {where} cannot be written: {reason}\n"
           f"  hint: make {where} a directory you can write, or set FACTCHECK_CACHE_DIR to "
           f"one; {NO_CACHE}")


def write_entry(kind: str, inputs: Inputs, payload: bytes) -> None:
    writer = open_writer(kind, inputs)
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
OWN = re.compile(r"(?:(?:corpus|findings)-[0-9a-f]{32}|run-[0-9a-f]{32}-[0-9a-f]{16}"
                 r"|\.tmp-[a-z0-9_]{8})\.bin")


def _trim(where: Path) -> None:
    """Remove the least recently used entries beyond :data:`MAX_BYTES` or :data:`MAX_ENTRIES`.

    Only factcheck's own files count and are removed: ``$FACTCHECK_CACHE_DIR`` may name a
    directory that holds other ``*.bin`` files too.
    """
    entries = []
    try:
        with os.scandir(where) as listing:  # closed even when a stat() fails
            for entry in listing:
                if OWN.fullmatch(entry.name):
                    with contextlib.suppress(OSError):  # removed by another run meanwhile
                        if entry.is_file():
                            stat = entry.stat()
                            entries.append((stat.st_mtime_ns, stat.st_size, Path(entry.path)))
    except OSError:
        return
    entries.sort(reverse=True)
    total = 0
    for count, (_, size, path) in enumerate(entries, start=1):
        total += size
        if total > MAX_BYTES or count > MAX_ENTRIES:
            with contextlib.suppress(OSError):
                path.unlink()
