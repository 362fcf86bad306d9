"""A one-line progress bar on stderr, shown only when stderr is a terminal."""

from __future__ import annotations

import os
import sys
import time
import unicodedata
from types import TracebackType
from typing import Self, TextIO

__all__ = ["Progress"]

_WIDTH = 24
_INTERVAL = 0.1  # seconds between redraws; redrawing every step would dominate short steps


class Progress:
    """Count steps of a long task and redraw ``label [#####---] 12/40`` in place.

    Nothing is written when the stream is not a terminal (piped output, CI logs, tests),
    so that logs stay clean. The line is erased when the context exits.

    Args:
        total: the number of steps expected.
        label: what is being done, e.g. "report".
        stream: where to draw; ``sys.stderr`` by default.
        enabled: force the bar on or off; by default on exactly when ``stream`` is a TTY.
    """

    def __init__(self, total: int, label: str, *, stream: TextIO | None = None,
                 enabled: bool | None = None) -> None:
        self.total = max(total, 0)
        self.label = label
        self.done = 0
        self._stream = sys.stderr if stream is None else stream
        if enabled is None:
            isatty = getattr(self._stream, "isatty", None)
            enabled = bool(isatty()) if isatty is not None else False
        self.enabled = enabled
        self._room = _room(self._stream) if enabled else None
        self._last = float("-inf")
        self._drawn = 0  # columns, not characters: 报 takes two

    def __enter__(self) -> Self:
        self._draw(force=True)
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def step(self, count: int = 1) -> None:
        """Record ``count`` more finished steps and redraw if enough time has passed."""
        self.done = min(self.done + count, self.total)
        self._draw(force=self.done == self.total)

    def line(self) -> str:
        """The progress line as it is drawn, e.g. ``report [######------] 12/24``.

        A line wider than the terminal wraps, and ``\\r`` goes back to its last row only:
        every redraw would leave a row behind. So on a narrow terminal the name is
        shortened with ``…``, then the bar gives way to the count alone (``report 12/24``),
        and on one too narrow even for the count nothing is drawn.
        """
        count = f"{self.done}/{self.total}"
        filled = _WIDTH * self.done // self.total if self.total else _WIDTH
        bar = f" [{'#' * filled}{'-' * (_WIDTH - filled)}] {count}"
        room = self._room
        if room is None or _columns(self.label + bar) <= room:
            return self.label + bar
        for tail in (bar, f" {count}"):
            if _columns(self.label + tail) <= room:
                return self.label + tail
            label = _shortened(self.label, room - _columns(tail))
            if label is not None:
                return label + tail
        return count if _columns(count) <= room else ""

    def close(self) -> None:
        """Erase the line, leaving the cursor at the start of an empty line."""
        if self.enabled and self._drawn:
            self._stream.write("\r" + " " * self._drawn + "\r")
            self._stream.flush()
            self._drawn = 0

    def _draw(self, *, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._last < _INTERVAL:
            return
        self._last = now
        text = self.line()
        pad = max(self._drawn - _columns(text), 0)
        self._stream.write("\r" + text + " " * pad)
        self._stream.flush()
        self._drawn = _columns(text)


def _shortened(label: str, room: int) -> str | None:
    """``label`` cut to end in ``…`` within ``room`` columns, keeping at least one of its
    characters; ``None`` when not even that fits."""
    while label and _columns(label + "…") > room:
        label = label[:-1]
    return label + "…" if label else None


def _columns(text: str) -> int:
    """The terminal columns ``text`` takes: two for a wide character (CJK, full-width
    forms), none for a combining mark, one for the rest."""
    return sum(0 if unicodedata.combining(char) else
               2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _room(stream: TextIO) -> int | None:
    """The columns a line may take on ``stream``'s terminal (one less than its width, so
    that the cursor never wraps), or ``None`` when the width cannot be learned."""
    try:
        width = os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, OSError, ValueError):  # not a real terminal (a test's stream)
        return None
    return width - 1 if width > 1 else None
