"""Deterministic output: the same corpus gives byte-identical text and JSON reports.

Two subprocess runs differ in everything that should not matter: the hash seed
(``PYTHONHASHSEED``), the order in which the corpus files were created on disk, and the
directory the corpus lives in. Their output must be the same bytes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent.parent / "claims"


def _copy(source: Path, target: Path, *, reverse: bool) -> Path:
    """Copy ``source`` file by file, creating files in sorted or reversed order."""
    files = sorted((p for p in source.rglob("*") if p.is_file()), reverse=reverse)
    for path in files:
        destination = target / path.relative_to(source)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, destination)
    return target


def _run(cwd: Path, seed: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONHASHSEED": seed, "XDG_CACHE_HOME": str(cwd.parent / "cache")}
    env.pop("FACTCHECK_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-c", "import sys; from factcheck._cli import main; sys.exit(main())",
         *args],
        cwd=cwd, env=env, capture_output=True, timeout=300, check=False,
    )


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_check_output_is_byte_identical(tmp_path: Path, fmt: str) -> None:
    first = _copy(CORPUS, tmp_path / "a" / "claims", reverse=False)
    second = _copy(CORPUS, tmp_path / "b" / "claims", reverse=True)
    one = _run(first, "1", "check", ".", "--format", fmt, "--verbose")
    two = _run(second, "4242", "check", ".", "--format", fmt, "--verbose")
    assert one.returncode == two.returncode
    assert one.returncode in (0, 1), one.stderr.decode()
    assert len(one.stdout) > 200  # a real report, not an empty one
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr


def test_errors_are_listed_in_the_same_order(tmp_path: Path) -> None:
    """A corpus with several errors in several files lists them identically."""
    outputs = []
    for name, seed, reverse in (("a", "7", False), ("b", "8", True)):
        corpus = _copy(CORPUS, tmp_path / name / "claims", reverse=reverse)
        for path in sorted((corpus / "articles").glob("*.yaml")):
            text = path.read_text(encoding="utf-8")
            path.write_text(text.replace("as_of: 20", "as_of: 30", 1).replace(
                "metric: ", "metric: x", 1), encoding="utf-8")
        result = _run(corpus, seed, "check", ".")
        assert result.returncode == 2
        outputs.append(result.stderr)
    assert outputs[0] == outputs[1]
    assert outputs[0].count(b"\n") > 10
