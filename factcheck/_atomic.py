"""Atomic file writes: a reader sees the old file or the whole new one, never a torn one."""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from ._paths import not_a_file

__all__ = ["undecoded_bytes", "write_atomic"]


def _umask() -> int:
    # os.umask can only be read by setting it; set it back at once.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: str | os.PathLike[str],
                 data: str | bytes | bytearray | memoryview | Iterable[str]) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same directory.

    The temporary file is flushed to disk and then renamed over ``path`` with
    :func:`os.replace`, which is atomic on POSIX and Windows when both names are on one
    file system (hence the same directory). If anything fails, the temporary file is
    removed and ``path`` is left as it was. The new file gets the usual permissions of
    a newly created file (0o666 less the umask), not the 0o600 of a temporary file.

    Args:
        path: the file to create or replace; its directory must exist.
        data: text (written as UTF-8, newlines untranslated), bytes, or pieces of text
            written as they come (a large report is never held whole); if making a piece
            fails, ``path`` is left as it was.

    A symbolic link is written through: its target is replaced, the link stays. A path
    that is a directory, a FIFO or a device is refused: only a file is ever replaced.

    Raises:
        OSError: the directory does not exist or is not writable, the disk is full, the
            path is not a file, or the text holds characters that UTF-8 cannot encode
            (``EILSEQ``: a file name the locale could not decode, say).
    """
    target = Path(os.path.realpath(path))
    with contextlib.suppress(FileNotFoundError):
        kind = not_a_file(target)
        if kind is not None:
            raise OSError(errno.EEXIST, f"it is {kind}; only a file is replaced", str(path))
    pieces = [data] if isinstance(data, str | bytes | bytearray | memoryview) else data
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            for piece in pieces:
                handle.write(_utf8(piece, path) if isinstance(piece, str) else piece)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _utf8(text: str, path: str | os.PathLike[str]) -> bytes:
    """``text`` as UTF-8.

    Raises:
        OSError: ``EILSEQ`` for lone surrogates, which UTF-8 cannot encode; the message names
            them, and where they come from: in a locale whose encoding is not UTF-8
            (``LC_ALL=C``), the bytes of a file name or argument that it could not decode.
    """
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as error:
        found = error.object[error.start : error.end]
        undecoded = undecoded_bytes(found)
        raise OSError(errno.EILSEQ, (
            f"the text holds {found!r}, {undecoded[0]}, which UTF-8 cannot encode; "
            f"{undecoded[1]}") if undecoded else
            f"the text holds {found!r}, which UTF-8 cannot encode", os.fspath(path)) from None


def _are_utf8(found: str, encoding: str) -> bool:
    """Whether the bytes that ``found`` stands for (undecoded by ``encoding``) are UTF-8."""
    try:
        found.encode(encoding, "surrogateescape").decode("utf-8")
    except UnicodeError:
        return False
    return True


def undecoded_bytes(found: str) -> tuple[str, str] | None:
    """What ``found``, text that an encoding cannot write, is, and what to do, when it is
    the bytes of a file name or argument that were not decoded (lone surrogates U+DC80 to
    U+DCFF); ``None`` for any other text.

    In a locale whose encoding is not UTF-8 (``LC_ALL=C``), a UTF-8 locale decodes them;
    in a UTF-8 locale, or when they are not UTF-8 at all in any (a name in GBK, from a
    Windows zip), only a new name helps.
    """
    if not found or not all("\udc80" <= ch <= "\udcff" for ch in found):
        return None
    encoding = sys.getfilesystemencoding()
    if codecs.lookup(encoding).name != "utf-8" and _are_utf8(found, encoding):
        return (f"bytes of a file name or argument that the locale's encoding ({encoding}) "
                "could not decode", "run factcheck in a UTF-8 locale (LANG=C.UTF-8), or set "
                "PYTHONUTF8=1")
    return ("bytes of a file name or argument that are not UTF-8",
            "rename the file to a UTF-8 name (convmv -f GBK -t UTF-8 --notest FILE renames "
            "one named in GBK, as Windows names Chinese files)")
