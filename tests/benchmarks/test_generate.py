"""The synthetic corpus generator: deterministic, valid, and its planted conflicts are all found."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from benchmarks.generate import S2T, generate, to_traditional

from factcheck import check, load
from factcheck._quotes import fold_text
from factcheck._suite import corpus_root


def digests(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_the_same_seed_gives_the_same_bytes(tmp_path: Path) -> None:
    generate(1500, tmp_path / "a", seed=3)
    generate(1500, tmp_path / "b", seed=3)
    generate(1500, tmp_path / "c", seed=4)
    first = digests(tmp_path / "a")
    assert len(first) == 3 + 2 + 1 + 75  # registry, vocabulary, planted.json, articles
    assert first == digests(tmp_path / "b")
    assert first != digests(tmp_path / "c")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("generated") / "corpus"
    generate(3000, root, seed=11)
    return root


def test_the_corpus_loads_and_every_conflict_is_planted(corpus: Path) -> None:
    loaded = load(corpus)
    assert len(loaded.claims) == 3000
    planted = json.loads((corpus / "planted.json").read_text(encoding="utf-8"))
    expected = {p["finding"]: p["claims"] for p in planted["conflicts"]}
    found = {f.id: sorted(f.claim_ids) for f in check(loaded) if f.status.value == "conflict"}
    assert len(expected) == 30  # 1% of the claims
    assert found == expected
    kinds = sorted({finding.split("[")[0] for finding in expected})
    assert kinds == ["agreement", "duration", "series", "share", "sum"]


def test_every_duration_not_planted_fits(corpus: Path) -> None:
    # 历时N天 from one day to another counts both days, as the duration check does: the
    # generator wrote the days elapsed, one fewer, and each such check was a discrepancy
    planted = json.loads((corpus / "planted.json").read_text(encoding="utf-8"))
    wrong = {p["finding"] for p in planted["conflicts"]}
    durations = [f for f in check(load(corpus)) if f.kind == "duration" and f.id not in wrong]
    assert durations
    assert [(f.id, f.message) for f in durations if f.status.value != "consistent"] == []


def test_the_mix(corpus: Path) -> None:
    stats = json.loads((corpus / "planted.json").read_text(encoding="utf-8"))["stats"]
    assert stats["claims"] == 3000
    assert stats["claim_files"] == len(list((corpus / "claims").glob("*.yaml"))) == 3
    assert stats["sources"] == len(list((corpus / "sources").glob("*.txt"))) == 150
    assert 0.25 <= stats["keys_in_several_sources"] / stats["keys"] <= 0.35
    assert 0.2 <= stats["traditional_sources"] / stats["sources"] <= 0.4
    claims = "".join(p.read_text(encoding="utf-8") for p in (corpus / "claims").glob("*.yaml"))
    for written in ("近", "超过", "逾", "约", "左右", "以上", "多", "亿元", "億元", "万", "萬",
                    "％", "个月", "年", "天", "kind: sum", "kind: share", "kind: duration"):
        assert written in claims, written
    assert corpus_root(corpus / "claims" / "claims-0001.yaml") == corpus


def test_traditional_characters_fold_back_as_the_loader_folds_them() -> None:
    for simplified, traditional in S2T.items():
        assert simplified != traditional
        assert fold_text(traditional) == simplified, traditional
    text = "　　哈尔滨华兴科技园签约总投资额达293.9亿元，近300亿。"
    folded = "哈尔滨华兴科技园签约总投资额达293.9亿元,近300亿。"  # width folded too
    assert fold_text(to_traditional(text)) == fold_text(text) == folded
    assert to_traditional(text) == "　　哈爾濱華興科技園簽約總投資額達293.9億元，近300億。"
