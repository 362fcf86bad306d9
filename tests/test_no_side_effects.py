"""Nothing lost: the commands read a corpus and never change it unless asked to.

Each command runs as a real subprocess (as a user would run it) on a copy of the repository
corpus; every file of the copy must be byte-identical afterwards, with no file added or
removed, and no output may contain a traceback.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent.parent / "claims"


def _snapshot(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): "dir" if p.is_dir() else hashlib.sha256(
            p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
    }


def _factcheck(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cwd.parent / "cache")}
    env.pop("FACTCHECK_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-c", "import sys; from factcheck._cli import main; sys.exit(main())",
         *args],
        cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8", timeout=300,
        check=False,
    )


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    copy = tmp_path / "claims"
    shutil.copytree(CORPUS, copy)
    return copy


def _an_article(corpus: Path) -> str:
    return min(p.relative_to(corpus).as_posix() for p in (corpus / "sources").glob("*.txt"))


@pytest.mark.parametrize("command", [
    ("check", "."),
    ("check", ".", "--format", "json"),
    ("check", ".", "--strict", "--verbose"),
    ("extract", "ARTICLE"),
    ("extract", "ARTICLE", "--format", "yaml"),
    ("extract", "ARTICLE", "--format", "json"),
    ("coverage", "."),
    ("coverage", ".", "--format", "json"),
])
def test_command_leaves_the_corpus_byte_identical(corpus: Path,
                                                  command: tuple[str, ...]) -> None:
    args = [_an_article(corpus) if a == "ARTICLE" else a for a in command]
    before = _snapshot(corpus)
    result = _factcheck(corpus, *args)
    assert result.returncode in (0, 1), result.stderr
    assert result.stdout  # the command did its work (so the test is not vacuous)
    assert "Traceback" not in result.stdout + result.stderr
    assert _snapshot(corpus) == before


def test_extract_refuses_to_overwrite_a_file(corpus: Path) -> None:
    target = corpus / "articles" / "000-shenha-cixian.yaml"
    before = _snapshot(corpus)
    result = _factcheck(corpus, "extract", _an_article(corpus), "--format", "yaml",
                        "-o", "articles/000-shenha-cixian.yaml")
    assert result.returncode == 2
    assert result.stderr.startswith(
        "articles/000-shenha-cixian.yaml: the output file exists; nothing was written")
    assert "Traceback" not in result.stderr
    assert target.is_file()
    assert _snapshot(corpus) == before


def test_a_failed_load_changes_nothing(corpus: Path) -> None:
    """A corpus with an error is left as it was too (no partial rewrite, no cache file)."""
    broken = corpus / "articles" / "001-daoli-2017.yaml"
    broken.write_text(broken.read_text(encoding="utf-8").replace("value: 293.9亿元",
                                                                 "value: 239.9亿元", 1),
                      encoding="utf-8")
    before = _snapshot(corpus)
    for command in (("check", "."), ("coverage", ".")):
        result = _factcheck(corpus, *command)
        assert result.returncode == 2
        assert "value '239.9亿元' is not in the quote" in result.stderr
        assert "Traceback" not in result.stderr
    assert _snapshot(corpus) == before
