"""The progress line: drawn on a terminal only, throttled, erased at the end."""

from __future__ import annotations

import io
import os

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


def test_a_wide_name_is_erased_by_its_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    # 报告 takes four columns of the terminal but two characters: erasing by characters
    # left the end of the bar on the screen
    monkeypatch.setattr(_progress.time, "monotonic", lambda: 0.0)
    stream = Terminal()
    with Progress(1, "report 报告.md", stream=stream) as bar:
        bar.step()
    full = "report 报告.md [########################] 1/1"
    assert stream.getvalue().endswith(f"\r{full}\r" + " " * (len(full) + 2) + "\r")


class NarrowTerminal(Terminal):
    def fileno(self) -> int:
        return 2


def drawn_on(monkeypatch: pytest.MonkeyPatch, columns: int, total: int,
             label: str) -> tuple[list[str], str]:
    """The lines a bar of ``total`` steps, all done, draws on a terminal ``columns`` wide,
    and all that was written."""
    monkeypatch.setattr(os, "get_terminal_size", lambda fd: os.terminal_size((columns, 24)))
    stream = NarrowTerminal()
    with Progress(total, label, stream=stream) as bar:
        bar.step(total)
    return [part for part in stream.getvalue().split("\r") if part.strip()], stream.getvalue()


def test_a_line_never_wraps_on_a_narrow_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    # a wrapped line cannot be redrawn in place (\r goes back to its last row only)
    drawn, written = drawn_on(monkeypatch, 60, 10, "report 江北新区图书馆开馆一周年报告.html")
    assert drawn == ["report 江北新区图书馆开馆… [------------------------] 0/10",
                     "report 江北新区图书馆开馆… [########################] 10/10"]
    assert max(_progress._columns(line) for line in drawn) == 59  # 60 columns, less one
    assert written.endswith("\r" + " " * 59 + "\r")


@pytest.mark.parametrize("columns", [2, 5, 8, 12, 30, 34])
def test_even_the_bar_gives_way_on_a_very_narrow_terminal(
        monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    # the name alone used to give way: below ~34 columns the bar itself wrapped
    drawn, _ = drawn_on(monkeypatch, columns, 67, "report p.html")
    assert all(_progress._columns(line) <= columns - 1 for line in drawn), drawn
    assert all(line.rstrip().endswith("67/67") for line in drawn[1:]) or columns - 1 < len("67/67")


def test_a_narrow_terminal_keeps_the_count_before_the_bar(monkeypatch: pytest.MonkeyPatch) -> None:
    drawn, _ = drawn_on(monkeypatch, 20, 67, "report p.html")
    assert drawn == ["report p.html 0/67", "report p.html 67/67"]
