"""A one-line progress bar on stderr, shown only when stderr is a terminal."""

from __future__ import annotations

import sys
import time
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
        self._last = float("-inf")
        self._drawn = 0

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
        """The progress line as it is drawn, e.g. ``report [######------] 12/24``."""
        filled = _WIDTH * self.done // self.total if self.total else _WIDTH
        return (f"{self.label} [{'#' * filled}{'-' * (_WIDTH - filled)}] "
                f"{self.done}/{self.total}")

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
        pad = max(self._drawn - len(text), 0)
        self._stream.write("\r" + text + " " * pad)
        self._stream.flush()
        self._drawn = len(text)
