"""Atomic report writes: the old file or the whole new one, never a torn one."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck import _atomic
from factcheck._atomic import write_atomic


@pytest.fixture()
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_writes_text_as_utf8_without_newline_translation(tmp_path: Path) -> None:
    target = tmp_path / "r.md"
    write_atomic(target, "报告\r\nline\n")
    assert target.read_bytes() == "报告\r\nline\n".encode()
    write_atomic(target, b"\x00bytes")
    assert target.read_bytes() == b"\x00bytes"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.md"]


def test_new_file_gets_ordinary_permissions(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "r.html"
    write_atomic(target, "x")
    assert target.stat().st_mode & 0o777 == 0o644


def test_failed_rename_keeps_the_old_file_and_no_temp(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "r.md"
    target.write_text("old report", encoding="utf-8")

    def refuse(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(_atomic.os, "replace", refuse)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(target, "new report " * 1000)
    assert target.read_text(encoding="utf-8") == "old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.md"]


def test_interrupted_write_keeps_the_old_file(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "r.md"
    target.write_text("old report", encoding="utf-8")

    def interrupt(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(_atomic.os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "new report")
    assert target.read_text(encoding="utf-8") == "old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.md"]


def test_missing_directory_raises_and_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "missing" / "r.md", "x")
    assert list(tmp_path.iterdir()) == []


def test_pieces_are_written_in_order(tmp_path: Path) -> None:
    target = tmp_path / "r.html"
    write_atomic(target, (f"<p>{i}报</p>\n" for i in range(3)))
    assert target.read_text(encoding="utf-8") == "<p>0报</p>\n<p>1报</p>\n<p>2报</p>\n"


def test_a_failing_piece_keeps_the_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "r.html"
    target.write_text("old report", encoding="utf-8")

    def pieces() -> Iterator[str]:
        yield "half a "
        raise RuntimeError("rendering failed")

    with pytest.raises(RuntimeError, match="rendering failed"):
        write_atomic(target, pieces())
    assert target.read_text(encoding="utf-8") == "old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html"]
