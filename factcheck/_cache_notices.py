"""What the cache says when it cannot be used: once per process on stderr, or collected.

Without the cache a run is slower, and nothing else would tell the user why.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator

from ._outcome import warn

__all__ = ["NO_CACHE", "dangling_link", "in_pytest", "notice", "notices"]

#: How a notice's hint names the option that turns the cache off: ``factcheck check``'s.
NO_CACHE = "--no-cache says not to use the cache"


def dangling_link(path: str | os.PathLike[str]) -> str | None:
    """``"it is a symbolic link to X, which does not exist"`` when ``path`` is such a link,
    else ``None``: opening it says "no such file" and making it "file exists", neither of
    which says what is in the way."""
    try:
        target = os.readlink(path)
    except OSError:  # not a link, or not there at all
        return None
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return f"it is a symbolic link to {target}, which does not exist"
    except OSError:  # a loop, say: the error itself says so
        return None
    return None


def in_pytest(text: str) -> str:
    """A notice as the pytest plugin's summary says it: naming the plugin's option, which
    pytest knows, where ``--no-cache`` would be an unrecognized argument."""
    return text.replace(NO_CACHE, "--factcheck-no-cache says not to use the cache")


#: What was said on stderr (:func:`notice`) in this process: each once, whichever thread
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


def notice(text: str) -> None:
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
