"""Each fast path against the code it replaced, in one process, on the same generated corpus.

Usage::

    python tests/benchmarks/ab.py /tmp/factcheck-bench/corpus-100000

Prints a Markdown table: what was replaced, the CPU seconds before and after, and the
speed-up. The "before" code is kept in ``test_fast_paths.py`` (where the two are shown to
give the same results) or below. Not a test; pytest does not collect it.
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from test_fast_paths import reference_display, reference_normalise

from factcheck import _engine, _loader, _quotes, _unit_display, _yaml
from factcheck._dates import _parse_period
from factcheck._json import run_json
from factcheck._jsontext import indented
from factcheck._marks import event_marks
from factcheck._suite import SuiteResult, _home


def cpu(function: Callable[[], Any], *, collector: bool = False) -> float:
    """CPU seconds of ``function``; the garbage collector is paused unless it is what is
    measured (a full collection of a 100k-claim heap would land in whichever row runs)."""
    gc.collect()
    if not collector:
        gc.disable()
    try:
        start = time.process_time()
        function()
        return time.process_time() - start
    finally:
        gc.enable()


def old_check_limits(path: str, text: str) -> None:
    """The per-line pass, run on every file (now only on a file that has a problem)."""
    for number, line in enumerate(text.split("\n"), start=1):
        if _yaml._NOT_PRINTABLE.search(line) or _yaml._ODD_BREAK.search(line):
            raise AssertionError(number)
        if len(line) > _yaml.MAX_LINE_CHARS:
            raise AssertionError(number)


def old_plain(data: Any) -> bool:
    """The stack walk that pushed every key and value."""
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            if depth >= _yaml.MAX_DEPTH or not all(_yaml._scalar(k) for k in value):
                return False
            stack.extend((v, depth + 1) for v in value.values())
            stack.extend((k, depth + 1) for k in value)
        elif isinstance(value, list):
            if depth >= _yaml.MAX_DEPTH:
                return False
            stack.extend((v, depth + 1) for v in value)
        elif _yaml._number_problem(value) is not None:
            return False
    return True


def old_findings_for(result: SuiteResult, path: Path) -> list[Any]:
    """Every finding's home resolved again for every file (quadratic)."""
    wanted = path.resolve()
    return [f for f in result.findings if _home(f.location.path, result.root) == wanted]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description="Time each fast path against the code it replaced, on one corpus.")
    parser.add_argument("corpus", type=Path,
                        help="a generated corpus (tests/benchmarks/generate.py --out DIR)")
    root = parser.parse_args(argv).corpus
    os.chdir(root.parent)
    root = Path(root.name)
    rows: list[tuple[str, float, float]] = []
    files = _loader.discover([root])
    texts = [(_loader.display_path(p), p.read_text(encoding="utf-8")) for p in files]
    parsed = [yaml.load(text, Loader=yaml.CSafeLoader) for _, text in texts]
    corpus = _loader.load(root)
    findings = _engine.check(corpus)
    quotes = [c.quote for c in corpus.claims.values()]
    sources = [s.text for s in corpus.sources.values()]

    rows.append(("_yaml._check_limits: whole-text searches, lines only on a problem",
                 cpu(lambda: [old_check_limits(p, t) for p, t in texts]),
                 cpu(lambda: [_yaml._check_limits(p, t) for p, t in texts])))
    rows.append(("_yaml._plain: children inline, strings skipped",
                 cpu(lambda: [old_plain(d) for d in parsed]),
                 cpu(lambda: [_yaml._plain(d) for d in parsed])))
    registry = next(t for p, t in texts if p.endswith("sources.yaml"))
    rows.append(("Document.locate: marks from libyaml events (sources.yaml)",
                 cpu(lambda: _yaml._compose_with_marks("sources.yaml", registry)),
                 cpu(lambda: event_marks(registry))))
    rows.append(("_quotes.normalise: slices and str.translate (quotes and articles)",
                 cpu(lambda: [reference_normalise(t) for t in quotes + sources]),
                 cpu(lambda: [_quotes.normalise(t) for t in quotes + sources])))
    rows.append(("_quotes.fold: a quote folded without its offset map",
                 cpu(lambda: [_quotes.normalise(q).text for q in quotes]),
                 cpu(lambda: [_quotes.fold(q) for q in quotes])))
    normal = {sid: _quotes.normalise(s.text) for sid, s in corpus.sources.items()}
    claims = list(corpus.claims.values())

    def figure_in_quote_slice() -> None:
        for c in claims:
            text = corpus.sources[c.source].text
            _quotes.find_all(_quotes.normalise(text[c.span[0]:c.span[1]]), c.value)

    rows.append(("_quotes.find_within: the figure in the quote's part of the normalised "
                 "source", cpu(figure_in_quote_slice),
                 cpu(lambda: [_quotes.find_within(normal[c.source], c.span[0], c.span[1],
                                                  c.value) for c in claims])))
    as_of = [(str(c.as_of), None, None) for c in corpus.claims.values()]
    unmemoised = _parse_period.__wrapped__  # type: ignore[attr-defined]

    def periods() -> None:
        _parse_period.cache_clear()
        for args in as_of:
            _parse_period(*args)

    def line_starts_by_character(text: str) -> list[int]:
        starts = [0]
        for i, ch in enumerate(text):
            if ch == "\n":
                starts.append(i + 1)
        return starts

    def line_starts_by_find(text: str) -> list[int]:
        starts, at = [0], text.find("\n")
        while at >= 0:
            starts.append(at + 1)
            at = text.find("\n", at + 1)
        return starts

    excluding = [s.text for s in corpus.sources.values() if s.exclusions]
    rows.append(("_sources._exclusions: line table by str.find, only where needed",
                 cpu(lambda: [line_starts_by_character(t) for t in sources]),
                 cpu(lambda: [line_starts_by_find(t) for t in excluding])))
    rows.append(("_dates.parse_period memoised",
                 cpu(lambda: [unmemoised(*args) for args in as_of]), cpu(periods)))
    shown = [(q.base, q.base_unit) for c in corpus.claims.values()
             if (q := c.quantity) is not None and q.base_unit in _unit_display._DISPLAY]
    rows.append(("_unit_display.display: integer arithmetic, rules precomputed",
                 cpu(lambda: [reference_display(v, u) for v, u in shown]),
                 cpu(lambda: [_unit_display.display(v, u) for v, u in shown])))
    data = run_json(corpus, findings)
    rows.append(("_jsontext: indented JSON by orjson, not json's Python encoder",
                 cpu(lambda: json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)),
                 cpu(lambda: indented(data))))
    result = SuiteResult(root, corpus, findings)
    rows.append(("_suite.findings_for: grouped once per run",
                 cpu(lambda: [old_findings_for(result, p) for p in files]),
                 cpu(lambda: [result.findings_for(p) for p in files])))

    def load_and_check(tuned: bool) -> None:
        gc.collect()
        if tuned:
            from factcheck._cache import collector_paused
            with collector_paused():
                _engine.check(_loader._load(files))
        else:
            _engine.check(_loader._load(files))

    rows.append(("_cache.collector_paused: the cyclic GC off for load + check",
                 cpu(functools.partial(load_and_check, False), collector=True),
                 cpu(functools.partial(load_and_check, True), collector=True)))

    print(f"On {root}: {len(corpus.claims)} claims, {len(findings)} findings (CPU seconds).\n")
    print("| fast path | before (s) | after (s) | speed-up |")
    print("|---|---:|---:|---:|")
    for name, before, after in rows:
        print(f"| {name} | {before:.2f} | {after:.2f} | {before / max(after, 1e-9):.1f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
