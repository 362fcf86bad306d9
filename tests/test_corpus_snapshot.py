"""Pin every finding of the claims corpus against a golden file.

``tests/snapshots/findings.txt`` holds one line per finding of
``factcheck.check(factcheck.load("claims"))``, sorted: ``id<TAB>kind<TAB>status<TAB>acknowledged``.
Any change in the corpus or in a check kind that adds, removes or re-grades a finding fails
this test with a unified diff. After reviewing the diff, regenerate the file with::

    FACTCHECK_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_corpus_snapshot.py
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

import factcheck

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = ROOT / "claims"
GOLDEN = Path(__file__).resolve().parent / "snapshots" / "findings.txt"
UPDATE = "FACTCHECK_UPDATE_SNAPSHOTS"


def snapshot_lines(findings: list[factcheck.Finding]) -> list[str]:
    """One sorted line per finding: id, kind, status and whether it is acknowledged."""
    return sorted(
        f"{f.id}\t{f.kind}\t{f.status}\t{'acknowledged' if f.acknowledged else '-'}"
        for f in findings
    )


def render(lines: list[str]) -> str:
    """The golden file's text: the lines, each ending in a newline."""
    return "".join(f"{line}\n" for line in lines)


def test_snapshot_lines_are_sorted_and_complete() -> None:
    finding = factcheck.Finding(id="b[x]", kind="b", status=factcheck.Status.DISCREPANCY,
                                message="m", acknowledged=True)
    other = factcheck.Finding(id="a[y]", kind="a", status=factcheck.Status.CONSISTENT,
                              message="m")
    assert snapshot_lines([finding, other]) == [
        "a[y]\ta\tconsistent\t-",
        "b[x]\tb\tdiscrepancy\tacknowledged",
    ]


def test_findings_match_the_golden_file() -> None:
    actual = render(snapshot_lines(factcheck.check(factcheck.load(CLAIMS))))
    if os.environ.get(UPDATE) == "1":
        GOLDEN.write_text(actual, encoding="utf-8")
        pytest.skip(f"{GOLDEN.name} regenerated; review the diff with git before committing")
    expected = GOLDEN.read_text(encoding="utf-8") if GOLDEN.exists() else ""
    if actual != expected:
        diff = "".join(difflib.unified_diff(
            expected.splitlines(keepends=True), actual.splitlines(keepends=True),
            fromfile=f"{GOLDEN.relative_to(ROOT)} (expected)", tofile="claims/ (actual)"))
        pytest.fail(
            "The findings of the claims corpus changed:\n"
            f"{diff}\n"
            f"If the change is intended, regenerate with {UPDATE}=1 "
            "python -m pytest tests/test_corpus_snapshot.py",
            pytrace=False)
