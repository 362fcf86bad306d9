"""Precision and recall of the mention extractor against the hand labels, and properties.

The labels in tests/fixtures/mentions were made by reading the articles (see the README
there); they are ground truth and are never edited to suit the extractor.

How a match is counted (strict): an extracted mention matches a label when both have the
same ``[start, end)`` *and* the same kind class. The classes are

* ``amount``: quantity, duration, percentage (each needs a claim; which of the three a
  figure is, is reported separately as kind agreement),
* ``date``,
* ``not-counted``: ordinal, identifier (neither needs a claim).

A partial overlap is no match: it counts once as a false positive (the extracted span) and
once as a false negative (the label). Labels outside the article body are scored too.
Precision = matches / extracted; recall = matches / labels. On the matches, the exact
value, unit, qualifier and kind are compared with the label as further measures.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from strategies import FigureSentence, figure_sentences

from factcheck._extract import extract
from factcheck._extract_mention import Mention

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "mentions"
SOURCES = ROOT / "claims" / "sources"
MIN_RECALL = 0.98
MIN_PRECISION = 0.95
MIN_AGREEMENT = 0.95

CLASS = {"quantity": "amount", "duration": "amount", "percentage": "amount", "date": "date",
         "ordinal": "not-counted", "identifier": "not-counted"}


@dataclass
class Score:
    """Counts for one article or for all of them."""

    labels: int = 0
    extracted: int = 0
    matched: int = 0
    same_value: int = 0
    same_unit: int = 0
    same_qualifier: int = 0
    same_kind: int = 0

    def add(self, other: Score) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.labels if self.labels else 1.0

    def agreement(self, field: str) -> float:
        return getattr(self, field) / self.matched if self.matched else 1.0

    def line(self, name: str) -> str:
        return (f"{name}: precision {self.precision:.4f} ({self.matched}/{self.extracted}), "
                f"recall {self.recall:.4f} ({self.matched}/{self.labels}); on matches: "
                f"value {self.agreement('same_value'):.4f}, unit "
                f"{self.agreement('same_unit'):.4f}, qualifier "
                f"{self.agreement('same_qualifier'):.4f}, kind {self.agreement('same_kind'):.4f}")


def _score(labels: list[dict[str, Any]], mentions: tuple[Mention, ...],
           in_scope: Callable[[int], bool] = lambda _: True) -> tuple[Score, list[str]]:
    """Score the mentions whose start is in scope against the labels whose start is."""
    chosen = {(lab["start"], lab["end"]): lab for lab in labels if in_scope(lab["start"])}
    got = {(m.start, m.end): m for m in mentions if in_scope(m.start)}
    score = Score(labels=len(chosen), extracted=len(got))
    misses: list[str] = []
    for key, lab in sorted(chosen.items()):
        m = got.get(key)
        if m is None or CLASS[m.kind] != CLASS[lab["kind"]]:
            misses.append(f"missed {lab['text']} {lab['kind']} at {key}"
                          + (f" (got {m.kind})" if m else ""))
            continue
        score.matched += 1
        score.same_value += m.exact == lab["value"]
        score.same_unit += (m.unit or None) == (lab["unit"] or None)
        score.same_qualifier += m.qualifier == lab["qualifier"]
        score.same_kind += m.kind == lab["kind"]
    for key, m in sorted(got.items()):
        lab = chosen.get(key)
        if lab is None or CLASS[m.kind] != CLASS[lab["kind"]]:
            misses.append(f"spurious {m.text} {m.kind} at {key}")
    return score, misses


def _body_test(text: str, excluded: list[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether an offset lies on a line outside every excluded (inclusive) line range."""
    def in_body(offset: int) -> bool:
        line = text.count("\n", 0, offset) + 1
        return not any(lo <= line <= hi for lo, hi in excluded)
    return in_body


def _cases() -> list[tuple[str, list[dict[str, Any]], str, Callable[[int], bool]]]:
    registry = yaml.safe_load((ROOT / "claims" / "sources.yaml").read_text(encoding="utf-8"))
    excluded = {Path(s["file"]).name: [tuple(e["lines"]) for e in s.get("exclude", [])]
                for s in registry["sources"]}
    cases = []
    for fixture in sorted(FIXTURES.glob("*.yaml")):
        raw = yaml.safe_load(fixture.read_text(encoding="utf-8"))
        text = (SOURCES / raw["source_file"]).read_bytes().decode("utf-8")
        body = _body_test(text, excluded[raw["source_file"]])
        cases.append((fixture.stem[:3], raw["mentions"], text, body))
    return cases


CASES = _cases()


def test_precision_and_recall_against_the_hand_labels(
        record_property: Callable[[str, object], None]) -> None:
    total = Score()
    lines = []
    problems: list[str] = []
    for name, labels, text, _body in CASES:
        score, misses = _score(labels, extract(text))
        total.add(score)
        lines.append(score.line(name))
        problems.extend(f"{name}: {miss}" for miss in misses)
    lines.append(total.line("all five articles"))
    print("\nmention extraction vs hand labels (strict span + kind class)")
    print("\n".join(lines))
    for miss in problems:
        print("  " + miss)
    record_property("extract_precision", f"{total.precision:.4f}")
    record_property("extract_recall", f"{total.recall:.4f}")
    assert total.labels == 308
    assert total.recall >= MIN_RECALL, lines[-1]
    assert total.precision >= MIN_PRECISION, lines[-1]
    for field in ("same_value", "same_unit", "same_qualifier", "same_kind"):
        assert total.agreement(field) >= MIN_AGREEMENT, (field, lines[-1])


def test_precision_and_recall_on_the_article_body(
        record_property: Callable[[str, object], None]) -> None:
    total = Score()
    for _name, labels, text, in_body in CASES:
        assert all(in_body(lab["start"]) == lab["body"] for lab in labels)
        score, _ = _score(labels, extract(text), in_scope=in_body)
        total.add(score)
    print("\n" + total.line("article body only"))
    record_property("extract_body_precision", f"{total.precision:.4f}")
    record_property("extract_body_recall", f"{total.recall:.4f}")
    assert total.recall >= MIN_RECALL
    assert total.precision >= MIN_PRECISION


def test_the_scorer_is_strict_about_partial_overlaps() -> None:
    labels = [{"start": 0, "end": 5, "text": "近300亿", "kind": "quantity",
               "value": "30000000000", "unit": "", "qualifier": "just-under", "body": True}]
    partial = extract("x近300亿元")  # span [1, 7): overlaps the label but is not it
    score, misses = _score(labels, partial)
    assert (score.matched, score.extracted, score.labels) == (0, 1, 1)
    assert len(misses) == 2
    exact = extract("近300亿大单")
    score, misses = _score(labels, exact)
    assert (score.matched, score.precision, score.recall, misses) == (1, 1.0, 1.0, [])
    wrong_class = [{**labels[0], "kind": "identifier"}]
    assert _score(wrong_class, exact)[0].matched == 0


# --- properties: generated figures in Chinese sentences ---------------------------------------

@settings(max_examples=300, deadline=None)
@given(figure_sentences)
def test_generated_figures_are_found_at_the_right_offsets_with_the_right_values(
        case: FigureSentence) -> None:
    mentions = extract(case.text)
    assert [(m.start, m.end, m.kind) for m in mentions] == [(case.start, case.end, case.kind)]
    found = mentions[0]
    assert found.text == case.text[case.start : case.end]
    if case.day is not None:
        assert found.period is not None
        assert (found.period.start, found.period.end) == (case.day, case.day)
    else:
        assert (found.number, found.unit) == (case.number, case.unit)


@pytest.mark.parametrize(("text", "start", "end", "exact"), [
    ("据统计,截至目前,园区共有一百零五家,发展势头良好。", 13, 18, "105"),
    ("記者獲悉,該項目累計引進兩萬三千個,成為當地的亮點。", 12, 17, "23000"),
    ("会上宣布:１，２３４．５万元。", 5, 14, "12345000"),
])
def test_hand_written_templates(text: str, start: int, end: int, exact: str) -> None:
    assert [(m.start, m.end, m.exact) for m in extract(text)] == [(start, end, exact)]
