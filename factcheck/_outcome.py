"""The exit status a command has settled on before it writes its output.

A reader of stdout may leave early (``factcheck check | head``). The command then ends
quietly, and its exit status is still what it found (1 for an open conflict), never 0 for
a run that fails: ``set -o pipefail`` in CI must not pass a failing corpus because the
pipe closed first.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from typing import TextIO

__all__ = ["reset", "settle", "settled", "silence", "warn"]

_STATUS = [0]


def reset() -> None:
    """Forget the status of an earlier command (one process may run several)."""
    _STATUS[0] = 0


def settle(status: int) -> None:
    """Say the status the command ends with, whatever becomes of its output."""
    _STATUS[0] = status


def settled() -> int:
    """The status said last, or 0."""
    return _STATUS[0]


def warn(lines: Iterable[str], err: TextIO | None = None) -> None:
    """Print the corpus's warnings on ``err`` (stderr). A reader of stderr that left early
    (``factcheck check 2>&1 | head``) does not end the command before it has settled its
    status (or written its report, or its output to stdout, cold or from the cache): the
    rest of stderr goes nowhere, and the run goes on.
    """
    stream = sys.stderr if err is None else err
    try:
        for line in lines:
            print(line, file=stream)
    except BrokenPipeError:
        silence(stream)


def silence(stream: TextIO) -> None:
    """Point ``stream``'s file descriptor at /dev/null: its reader has left, and what is
    still pending in it (or written later) goes nowhere, quietly."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, stream.fileno())
    os.close(devnull)
