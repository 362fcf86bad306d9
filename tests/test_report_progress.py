"""The progress line: drawn on a terminal only, throttled, erased at the end."""

from __future__ import annotations

import io

import pytest

from factcheck import _progress
from factcheck._progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_nothing_is_written_when_not_a_terminal() -> None:
    stream = io.StringIO()
    with Progress(3, "report", stream=stream) as bar:
        bar.step()
        bar.step(2)
    assert bar.enabled is False
    assert stream.getvalue() == ""


def test_terminal_gets_a_bar_that_is_erased(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = iter([0.0, 1.0, 2.0, 3.0])
    monkeypatch.setattr(_progress.time, "monotonic", lambda: next(clock))
    stream = Terminal()
    with Progress(4, "report", stream=stream) as bar:
        bar.step()
        bar.step(3)
    start = "report [------------------------] 0/4"
    quarter = "report [######------------------] 1/4"
    full = "report [########################] 4/4"
    assert stream.getvalue() == (f"\r{start}\r{quarter}\r{full}\r" + " " * len(full) + "\r")


def test_redraws_are_throttled_but_the_last_step_is_drawn(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_progress.time, "monotonic", lambda: 5.0)
    stream = Terminal()
    bar = Progress(100, "r", stream=stream, enabled=True)
    with bar:
        for _ in range(100):
            bar.step()
    drawn = [part for part in stream.getvalue().split("\r") if part.strip()]
    assert drawn == ["r [------------------------] 0/100", "r [########################] 100/100"]


def test_steps_are_capped_and_empty_total_is_full() -> None:
    bar = Progress(2, "x", enabled=False)
    bar.step(5)
    assert bar.line() == "x [########################] 2/2"
    assert Progress(0, "x", enabled=False).line() == "x [########################] 0/0"
