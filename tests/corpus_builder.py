"""Build small throwaway corpora on disk for tests: one article, its claims and checks."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from pathlib import Path

import yaml

from factcheck._engine import check
from factcheck._findings import Finding
from factcheck._loader import load

__all__ = ["CLAIMS", "CONFLICTING", "TEXT", "findings_of", "one_finding", "write_corpus"]

#: A small article and claims shared by the CLI and cache tests: 近300亿 and 293.9亿元
#: agree; CONFLICTING adds 250亿元 for the same key, a conflict.
TEXT = "道里区一举拿下近300亿大单,总投资额达293.9亿元。另说总投资250亿元。"
CLAIMS = """\
claims:
  - {id: near, quote: 一举拿下近300亿大单, value: 近300亿, unit: 元, entity: s, metric: inv,
     as_of: 2017-11-28}
  - {id: total, quote: 总投资额达293.9亿元, value: 293.9亿元, entity: s, metric: inv,
     as_of: 2017-11-28}
"""
CONFLICTING = CLAIMS + """\
  - {id: other, quote: 另说总投资250亿元, value: 250亿元, entity: s, metric: inv,
     as_of: 2017-11-28}
"""


def write_corpus(
    tmp_path: Path,
    text: str,
    claims_yaml: str,
    checks_yaml: str = "",
    *,
    cumulative: Iterable[str] = (),
    published: str = "2023-08-25",
    source_id: str = "s",
    script: str = "simplified",
) -> Path:
    """Write an article and its YAML into ``tmp_path`` and return the directory.

    Entities and metrics are declared from the ids the claims use (each named after its
    id); the metrics listed in ``cumulative`` are declared cumulative.

    Args:
        tmp_path: an empty directory.
        text: the article text.
        claims_yaml: the body of a claims file (``claims:`` list); ``source:`` is added.
        checks_yaml: the body of a checks file (``checks:`` list), or empty.
        cumulative: metric ids that only grow over time.
        published: the source's publication date or period.
        source_id: the source's id.
        script: the source's script, ``simplified`` or ``traditional``.

    Returns:
        ``tmp_path``, ready for :func:`factcheck._loader.load`.
    """
    (tmp_path / "article.txt").write_text(text, encoding="utf-8")
    claims_body = textwrap.dedent(claims_yaml)
    parsed = yaml.safe_load(claims_body) or {}
    entries = parsed.get("claims", [])
    entities = sorted({str(c["entity"]) for c in entries})
    metrics = sorted({str(c["metric"]) for c in entries} | set(cumulative))
    wanted = set(cumulative)
    vocabulary = {
        "sources": [{"id": source_id, "file": "article.txt", "title": "测试文章",
                     "published": published, "script": script}],
        "entities": [{"id": e, "name": e} for e in entities],
        "metrics": [{"id": m, "name": m, "cumulative": m in wanted} for m in metrics],
    }
    (tmp_path / "registry.yaml").write_text(
        yaml.safe_dump(vocabulary, allow_unicode=True, sort_keys=False), encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(f"source: {source_id}\n{claims_body}",
                                          encoding="utf-8")
    if checks_yaml.strip():
        (tmp_path / "checks.yaml").write_text(textwrap.dedent(checks_yaml), encoding="utf-8")
    return tmp_path


def findings_of(path: Path, kind: str | None = None) -> list[Finding]:
    """Load the corpus at ``path``, run every check, keep the findings of ``kind``."""
    found = check(load(path))
    return [f for f in found if kind is None or f.kind == kind]


def one_finding(path: Path, finding_id: str) -> Finding:
    """The finding with id ``finding_id`` (exactly one must exist)."""
    matches = [f for f in check(load(path)) if f.id == finding_id]
    assert len(matches) == 1, [f.id for f in check(load(path))]
    return matches[0]
