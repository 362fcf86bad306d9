"""The error catalogue: every kind of bad input gives its exact, located message.

Each directory under ``tests/errors/`` is a tiny corpus (``registry.yaml``, ``article.txt``)
with one kind of bad input, and ``expected.txt``: the full stderr of ``factcheck check .``
run with the case directory as working directory (in-process, for speed; the subprocess
runs of ``tests/test_no_side_effects.py`` cover the real command). Optional files:
``args`` (the command line, one argument per line, instead of ``check .``) and
``exit_code`` (instead of 2; only warning-only cases exit 0). Inputs too large to commit are written at test time by
:data:`GENERATED` into a copy of the case directory.

Every case must exit with its code, print exactly the expected text and no traceback, and
leave every file of its directory byte-identical (no side effect). Regenerate the
expected texts with ``FACTCHECK_UPDATE_GOLDEN=1 python -m pytest tests/test_error_catalogue.py``
and review the diff.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from factcheck._cli import main

CATALOGUE = Path(__file__).parent / "errors"
UPDATE = os.environ.get("FACTCHECK_UPDATE_GOLDEN") == "1"


def _claims_of_50_mib(case: Path) -> None:
    """A claims file of 50 MiB: refused by size before it is read whole."""
    line = "# " + "填充" * 40 + "\n"
    with (case / "claims.yaml").open("w", encoding="utf-8") as out:
        out.write("claims:\n")
        chunk = line * 4096
        written = 0
        while written < 50 * 1024 * 1024:
            out.write(chunk)
            written += len(chunk.encode("utf-8"))


def _line_of_1_mib(case: Path) -> None:
    """A claims file whose quote is a single line of 1 MiB."""
    (case / "claims.yaml").write_text(
        "claims:\n  - id: c1\n    quote: " + "长" * (1024 * 1024 // 3) + "\n", encoding="utf-8")


def _empty_directory(case: Path) -> None:
    """An empty directory given as the corpus (git cannot hold one)."""
    (case / "claims").mkdir()


GENERATED: dict[str, Callable[[Path], None]] = {
    "file-50-mib": _claims_of_50_mib,
    "line-1-mib": _line_of_1_mib,
    "empty-directory": _empty_directory,
}

CASES = sorted(p.name for p in CATALOGUE.iterdir() if p.is_dir())


def _snapshot(root: Path) -> dict[str, str]:
    """Every file under ``root`` with the SHA-256 of its bytes (directories too)."""
    state: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        name = path.relative_to(root).as_posix()
        state[name] = "dir" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
    return state


@dataclass(frozen=True)
class _Result:
    returncode: int
    stdout: str
    stderr: str


def _run(case: Path, monkeypatch: pytest.MonkeyPatch,
         capsys: pytest.CaptureFixture[str]) -> _Result:
    """Run the command line in-process, as ``factcheck ARGS`` in ``case``."""
    args_file = case / "args"
    args = args_file.read_text(encoding="utf-8").split() if args_file.exists() else [
        "check", "."]
    monkeypatch.chdir(case)
    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)
    capsys.readouterr()
    code = main(args)
    out, err = capsys.readouterr()
    return _Result(code, out, err)


def test_the_catalogue_covers_the_issue() -> None:
    wanted = {
        "yaml-syntax-unclosed-quote", "yaml-tab-indentation", "top-level-list",
        "wrong-types", "unknown-field", "missing-required-fields", "duplicate-claim-id",
        "duplicate-mapping-key", "unknown-unit", "dimension-mismatch", "impossible-date",
        "quote-not-found", "value-contradicts-quote", "source-file-missing",
        "source-not-utf8", "source-mojibake", "derived-cycle", "expression-calls-function",
        "expression-attribute", "expression-import", "yaml-python-tag", "yaml-alias-bomb",
        "file-50-mib", "line-1-mib", "nan-and-infinity", "numbers-of-400-digits",
        "negative-counts", "empty-file", "empty-directory",
    }
    assert wanted <= set(CASES), sorted(wanted - set(CASES))


@pytest.mark.parametrize("name", CASES)
def test_error_case(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                    capsys: pytest.CaptureFixture[str]) -> None:
    case = CATALOGUE / name
    if name in GENERATED:
        copy = tmp_path / name
        shutil.copytree(case, copy)
        GENERATED[name](copy)
        case = copy
    before = _snapshot(case)
    result = _run(case, monkeypatch, capsys)
    after = _snapshot(case)

    expected_file = CATALOGUE / name / "expected.txt"
    code_file = CATALOGUE / name / "exit_code"
    code = int(code_file.read_text(encoding="utf-8")) if code_file.exists() else 2
    if UPDATE:
        expected_file.write_text(result.stderr, encoding="utf-8")
    assert "Traceback" not in result.stderr + result.stdout
    assert "internal error" not in result.stderr
    assert result.returncode == code, result.stderr
    assert result.stderr == expected_file.read_text(encoding="utf-8")
    assert after == before, "the command changed files in the case directory"
    if code == 2:
        assert result.stdout == ""  # nothing was checked, so nothing is reported
        first = result.stderr.splitlines()[0]
        assert first.split(":", 1)[0] and ": " in first  # "path:line:col: ..." or "path: ..."
    if UPDATE:  # the text was compared with itself: say so, rather than pass
        pytest.skip(f"{name}/expected.txt regenerated; review the diff with git before "
                    "committing")


def test_every_case_is_a_corpus_of_its_own() -> None:
    """No case holds sources.yaml, which would make pytest collect it as a live corpus."""
    for name in CASES:
        assert not list((CATALOGUE / name).rglob("sources.yaml")), name
        assert (CATALOGUE / name / "expected.txt").is_file(), name


def test_the_reliability_page_lists_every_case_with_its_first_line() -> None:
    """docs/reliability.md's catalogue table names every case, and the first code span of
    its row is the start of the case's first line of output (the row may go on)."""
    page = (Path(__file__).parent.parent / "docs" / "reliability.md").read_text(encoding="utf-8")
    section = page.split("## The error catalogue", 1)[1].split("\n## ", 1)[0]
    rows: dict[str, str] = {}
    for line in section.splitlines():
        if line.startswith("| `") and "` | `" in line:
            name, cell = line[3:].split("` | `", 1)
            rows[name] = cell.split("`", 1)[0]
    assert sorted(rows) == CASES
    for name, shown in rows.items():
        first = (CATALOGUE / name / "expected.txt").read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith(shown), (name, shown, first)
