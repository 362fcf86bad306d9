"""The benchmark scripts that docs/performance.md tells users to run must run: they import
private names of the package, so a refactor can break them without breaking a test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from benchmarks.generate import generate

HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("scripts") / "corpus-600"
    generate(600, root, seed=5)
    return root


def run(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(HERE / script), *args], check=False,
                          capture_output=True, text=True, timeout=600)


def test_ab_prints_a_row_for_each_fast_path(small_corpus: Path) -> None:
    done = run("ab.py", str(small_corpus))
    assert done.returncode == 0, done.stderr
    assert "On corpus-600: 600 claims" in done.stdout
    rows = [line for line in done.stdout.splitlines() if line.startswith("| _")]
    assert len(rows) >= 10
    assert any(row.startswith("| _suite.findings_for") for row in rows)


def test_ab_without_a_corpus_says_how_to_run_it() -> None:
    done = run("ab.py")
    assert done.returncode == 2
    assert "usage:" in done.stderr
    assert "Traceback" not in done.stderr


def test_bench_measures_a_small_corpus_and_finds_its_planted_conflicts(tmp_path: Path) -> None:
    done = run("bench.py", "--sizes", "300", "--workdir", str(tmp_path), "--skip-pytest",
               "--skip-report", "--json", str(tmp_path / "r.json"))
    assert done.returncode == 0, done.stderr
    assert "b. check --format json, cold" in done.stdout
    assert (tmp_path / "r.json").is_file()
