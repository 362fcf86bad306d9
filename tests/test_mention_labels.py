"""Checks the hand-labelled numeric mentions (tests/fixtures/mentions) against the articles."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = ROOT / "claims"
SOURCES_YAML = CLAIMS / "sources.yaml"
FIXTURES = ROOT / "tests" / "fixtures" / "mentions"

KINDS = frozenset({"quantity", "percentage", "date", "duration", "ordinal", "identifier"})
QUALIFIERS = frozenset(
    {"just-under", "more-than", "at-least", "some-more", "about", "under", "at-most", "range"}
)
# Kinds whose value is a number (or a closed range "lo..hi") and which carry a unit string.
NUMERIC_KINDS = frozenset({"quantity", "percentage", "duration"})
# Checks the *format* of a hand-written value; it is never used to find mentions in text.
DECIMAL = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?")


@dataclass(frozen=True, slots=True)
class Label:
    """One hand label: a [start, end) span of the decoded article text."""

    start: int
    end: int
    text: str
    kind: str
    value: str
    unit: str | None
    qualifier: str | None
    body: bool


def _label(raw: dict[str, Any]) -> Label:
    return Label(
        start=raw["start"],
        end=raw["end"],
        text=raw["text"],
        kind=raw["kind"],
        value=raw["value"],
        unit=raw["unit"],
        qualifier=raw["qualifier"],
        body=raw["body"],
    )


def slice_mismatches(text: str, labels: list[Label]) -> list[Label]:
    """Return the labels whose span does not reproduce their text."""
    return [lab for lab in labels if text[lab.start : lab.end] != lab.text]


def overlapping(labels: list[Label]) -> list[tuple[Label, Label]]:
    """Return neighbouring pairs (in start order) whose spans overlap."""
    ordered = sorted(labels, key=lambda lab: (lab.start, lab.end))
    return [(a, b) for a, b in itertools.pairwise(ordered) if b.start < a.end]


def uncovered_digits(text: str, labels: list[Label]) -> list[int]:
    """Return the offsets of decimal digits (ASCII, full-width, any Nd) outside every label."""
    covered = bytearray(len(text))
    for lab in labels:
        covered[lab.start : lab.end] = b"\x01" * (lab.end - lab.start)
    return [i for i, ch in enumerate(text) if ch.isdecimal() and not covered[i]]


def line_of(text: str, offset: int) -> int:
    """Return the 1-based line number holding the character at `offset`."""
    return text.count("\n", 0, offset) + 1


def body_flag_errors(
    text: str, labels: list[Label], excluded: list[tuple[int, int]]
) -> list[Label]:
    """Return labels whose `body` flag disagrees with the excluded line spans."""
    wrong = []
    for lab in labels:
        line = line_of(text, lab.start)
        inside = any(lo <= line <= hi for lo, hi in excluded)
        if lab.body == inside:
            wrong.append(lab)
    return wrong


def _registry() -> list[dict[str, Any]]:
    data = yaml.safe_load(SOURCES_YAML.read_text(encoding="utf-8"))
    sources: list[dict[str, Any]] = data["sources"]
    return sources


def _fixture_cases() -> list[tuple[str, str, list[Label], list[tuple[int, int]]]]:
    cases = []
    for src in _registry():
        name = Path(src["file"]).name
        fixture = FIXTURES / (Path(name).stem + ".yaml")
        raw = yaml.safe_load(fixture.read_text(encoding="utf-8"))
        assert raw["source_file"] == name
        text = (CLAIMS / src["file"]).read_bytes().decode("utf-8")
        labels = [_label(m) for m in raw["mentions"]]
        excluded = [(e["lines"][0], e["lines"][1]) for e in src.get("exclude", [])]
        cases.append((name, text, labels, excluded))
    return cases


CASES = _fixture_cases()
IDS = [c[0] for c in CASES]


# --- the checkers themselves catch the faults they exist for -------------------------------


def _lab(start: int, end: int, text: str, body: bool = True) -> Label:
    return Label(start, end, text, "quantity", "1", "", None, body)


def test_uncovered_digits_reports_ascii_and_fullwidth() -> None:
    text = "共12家,另３家"
    assert uncovered_digits(text, [_lab(1, 4, "12家")]) == [6]
    assert uncovered_digits(text, [_lab(1, 3, "12"), _lab(6, 8, "３家")]) == []
    assert uncovered_digits(text, []) == [1, 2, 6]


def test_overlapping_and_slice_mismatch_are_detected() -> None:
    a, b, c = _lab(0, 3, "300"), _lab(2, 5, "0亿x"), _lab(5, 6, "x")
    assert overlapping([c, b, a]) == [(a, b)]
    assert overlapping([a, c]) == []
    assert slice_mismatches("300亿元x", [a, b, c]) == [b]
    assert slice_mismatches("300亿元x", [a, c]) == []


def test_body_flag_errors_uses_excluded_lines() -> None:
    text = "第1行\n版权 2\n正文 3"
    ok = [_lab(1, 2, "1"), _lab(7, 8, "2", body=False), _lab(12, 13, "3")]
    assert body_flag_errors(text, ok, [(2, 2)]) == []
    bad = _lab(7, 8, "2", body=True)
    assert body_flag_errors(text, [bad], [(2, 2)]) == [bad]


# --- the fixtures ---------------------------------------------------------------------------


def test_every_registered_source_has_a_fixture_and_no_strays() -> None:
    expected = {Path(s["file"]).stem + ".yaml" for s in _registry()}
    assert {p.name for p in FIXTURES.glob("*.yaml")} == expected
    assert len(expected) == 5


@pytest.mark.parametrize(("name", "text", "labels", "excluded"), CASES, ids=IDS)
def test_spans_reproduce_text(
    name: str, text: str, labels: list[Label], excluded: list[tuple[int, int]]
) -> None:
    assert labels, name
    assert slice_mismatches(text, labels) == []
    assert all(0 <= lab.start < lab.end <= len(text) for lab in labels)
    assert all("\n" not in lab.text for lab in labels)


@pytest.mark.parametrize(("name", "text", "labels", "excluded"), CASES, ids=IDS)
def test_labels_are_sorted_and_disjoint(
    name: str, text: str, labels: list[Label], excluded: list[tuple[int, int]]
) -> None:
    assert labels == sorted(labels, key=lambda lab: lab.start)
    assert overlapping(labels) == []


@pytest.mark.parametrize(("name", "text", "labels", "excluded"), CASES, ids=IDS)
def test_every_digit_is_labelled(
    name: str, text: str, labels: list[Label], excluded: list[tuple[int, int]]
) -> None:
    missing = uncovered_digits(text, labels)
    assert [(line_of(text, i), text[max(0, i - 5) : i + 5]) for i in missing] == []


@pytest.mark.parametrize(("name", "text", "labels", "excluded"), CASES, ids=IDS)
def test_body_flags_follow_registry_exclusions(
    name: str, text: str, labels: list[Label], excluded: list[tuple[int, int]]
) -> None:
    assert body_flag_errors(text, labels, excluded) == []


@pytest.mark.parametrize(("name", "text", "labels", "excluded"), CASES, ids=IDS)
def test_fields_are_well_formed(
    name: str, text: str, labels: list[Label], excluded: list[tuple[int, int]]
) -> None:
    for lab in labels:
        assert lab.kind in KINDS, lab
        assert lab.qualifier is None or lab.qualifier in QUALIFIERS, lab
        assert isinstance(lab.value, str) and lab.value, lab
        if lab.kind in NUMERIC_KINDS:
            assert isinstance(lab.unit, str), lab
            parts = lab.value.split("..")
            assert all(DECIMAL.fullmatch(p) for p in parts), lab
            assert (len(parts) == 2) == (lab.qualifier == "range"), lab
        else:
            assert lab.unit is None, lab
        if lab.kind == "percentage":
            assert lab.unit == "%", lab
        if lab.kind in {"ordinal", "identifier"}:
            assert lab.value == lab.text, lab


def test_known_anchor_labels() -> None:
    """A few labels checked by hand against the articles (catches an offset shift)."""
    by_name = {name: (text, labels) for name, text, labels, _ in CASES}
    expected = {
        "000_5eb8b330380bff9e.txt": ("3000公里", "3000", "公里", None, True),
        "001_ae002c96757bf6a8.txt": ("293.9亿元", "29390000000", "元", None, True),
        "002_345a96c5ac563920.txt": ("12333", "12333", None, None, False),
        "003_602a10cda0eb348a.txt": ("兩天一層樓", "2", "天/層", None, True),
        "004_b04926504257f2ce.txt": ("接近5000亿元", "500000000000", "元", "just-under", True),
    }
    for name, (surface, value, unit, qualifier, body) in expected.items():
        text, labels = by_name[name]
        hits = [lab for lab in labels if lab.text == surface]
        assert len(hits) == 1, (name, surface)
        lab = hits[0]
        assert (lab.value, lab.unit, lab.qualifier, lab.body) == (value, unit, qualifier, body)
        assert lab.start == text.index(surface)


def test_label_counts() -> None:
    counts = {
        name: (sum(lab.body for lab in labels), sum(not lab.body for lab in labels))
        for name, _, labels, _ in CASES
    }
    assert counts == {
        "000_5eb8b330380bff9e.txt": (34, 0),
        "001_ae002c96757bf6a8.txt": (26, 8),
        "002_345a96c5ac563920.txt": (39, 14),
        "003_602a10cda0eb348a.txt": (30, 0),
        "004_b04926504257f2ce.txt": (156, 1),
    }


def test_repeated_section_of_004_is_labelled_twice() -> None:
    text, labels = next((t, lab) for n, t, lab, _ in CASES if n.startswith("004_"))
    lines = text.split("\n")
    assert lines[108:123] == lines[150:165]

    def section(lo: int, hi: int) -> list[tuple[str, str]]:
        return [(lab.text, lab.value) for lab in labels if lo <= line_of(text, lab.start) <= hi]

    first = section(109, 123)
    assert first == section(151, 165)
    assert len(first) == 23


@pytest.mark.parametrize("src", _registry(), ids=lambda s: s["id"])
def test_registry_entry_shape(src: dict[str, Any]) -> None:
    text = (CLAIMS / src["file"]).read_bytes().decode("utf-8")
    n_lines = text.count("\n") + 1
    assert src["script"] in {"simplified", "traditional"}
    assert text.split("\n")[0].strip() == src["title"] or src["id"] in {
        "park-5years",
        "longyue-2021",
    }
    if ".." in str(src["published"]):
        assert src["published_note"].strip()
    for exc in src.get("exclude", []):
        lo, hi = exc["lines"]
        assert 1 <= lo <= hi <= n_lines, exc
        assert exc["reason"].strip()
