"""Tests of claim coverage (factcheck._coverage) and `factcheck coverage`."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import load
from factcheck._cli import main
from factcheck._coverage import compute_coverage, context, first_holding, percent_text
from factcheck._extract_mention import Mention
from factcheck._loader import read_corpus

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = (
    "园区新闻\n"                                         # line 1
    "2023年,园区引进企业120家,总投资48.8亿元,增长6.5%。\n"  # line 2
    "第二批项目将于5月开工,工期460天。\n"                   # line 3
    "记者 张三 2023年9月1日\n"                             # line 4: byline, excluded
)
REGISTRY = """\
sources:
  - id: park
    file: article.txt
    title: 园区新闻
    published: 2023-09-01
    script: simplified
    exclude:
      - lines: [4, 4]
        reason: byline
entities:
  - {id: park, name: 园区}
metrics:
  - {id: firms, name: 企业数}
  - {id: investment, name: 总投资}
"""
CLAIMS = """\
source: park
claims:
  - id: park.firms
    quote: 园区引进企业120家
    value: 120家
    entity: park
    metric: firms
    as_of: 2023
  - id: park.investment
    quote: 总投资48.8亿元,增长6.5%
    value: 48.8亿元
    entity: park
    metric: investment
    as_of: 2023
not_claims:
  - quote: 工期460天
    reason: a plan, not a fact that can be checked yet
"""


def _corpus(tmp_path: Path, claims: str = CLAIMS) -> Path:
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "registry.yaml").write_text(REGISTRY, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(claims, encoding="utf-8")
    return tmp_path


def test_counts_claimed_declared_uncovered_excluded_and_not_counted(tmp_path: Path) -> None:
    coverage = compute_coverage(load(_corpus(tmp_path)))
    (sc,) = coverage.sources
    # a claim covers the mention its value is at, not every number its quote holds: 6.5%
    # stands in park.investment's quote, but no claim says it
    assert [(m.text, cid) for m, cid in sc.claimed] == [
        ("120家", "park.firms"), ("48.8亿元", "park.investment")]
    assert [(m.text, why) for m, why in sc.declared] == [
        ("460天", "a plan, not a fact that can be checked yet")]
    assert [m.text for m in sc.uncovered] == ["2023年", "6.5%", "5月"]
    assert [m.text for m in sc.excluded] == ["2023年9月1日"]
    assert [(m.text, m.kind) for m in sc.not_counted] == [("第二批", "ordinal")]
    assert sc.body == 6
    assert sc.share == Fraction(3, 6)
    assert (coverage.covered, coverage.body, coverage.share) == (3, 6, Fraction(1, 2))
    assert sc.unmatched_claims == ()


def test_percent_is_rounded_down() -> None:
    assert percent_text(Fraction(2, 3)) == "66.6%"
    assert percent_text(Fraction(1)) == "100.0%"
    assert percent_text(Fraction(0)) == "0.0%"
    assert percent_text(Fraction(999, 1000)) == "99.9%"


def test_a_source_without_claims_is_uncovered_and_without_mentions_is_full(
        tmp_path: Path) -> None:
    # load refuses a corpus without claims; factcheck coverage reads it as read_corpus does
    coverage = compute_coverage(read_corpus(_corpus(tmp_path, "claims: []\n")))
    assert coverage.sources[0].share == 0
    assert [m.text for m in coverage.sources[0].uncovered] == [
        "2023年", "120家", "48.8亿元", "6.5%", "5月", "460天"]
    (tmp_path / "article.txt").write_text("没有数字的文章。\n没有。\n没有。\n没有。\n",
                                          encoding="utf-8")
    empty = compute_coverage(read_corpus(tmp_path))
    assert (empty.sources[0].body, empty.sources[0].share, empty.share) == (0, 1, 1)


def test_context_marks_the_mention(tmp_path: Path) -> None:
    corpus = load(_corpus(tmp_path))
    source = corpus.sources["park"]
    (sc,) = compute_coverage(corpus).sources
    assert context(source, sc.uncovered[2]) == "第二批项目将于【5月】开工,工期460天。"
    assert context(source, sc.uncovered[0]) == "【2023年】,园区引进企业120家,总投资4…"


def test_text_output_lists_uncovered_mentions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    _corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["coverage", "."]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        ("park (article.txt): 50.0% of 6 mentions covered (2 by claims, 1 by not_claims); "
         "3 uncovered, 1 outside the body, 1 ordinals and identifiers not counted"),
        "article.txt:2:1: uncovered date 2023年  【2023年】,园区引进企业120家,总投资4…",
        "article.txt:2:30: uncovered percentage 6.5%  …20家,总投资48.8亿元,增长【6.5%】。",
        "article.txt:3:8: uncovered date 5月  第二批项目将于【5月】开工,工期460天。",
        "coverage: 50.0% (3 of 6 numeric mentions in 1 source)",
    ]


def test_control_and_invisible_characters_in_the_text_output_are_shown_as_escapes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    # an escape sequence in the article, a U+202E (which shows 30 as 03) before a figure,
    # and a not_claims quote that reaches the output through a YAML escape
    _corpus(tmp_path, CLAIMS + '  - quote: "\\e[m园区新闻"\n    reason: a headline\n')
    (tmp_path / "article.txt").write_text(
        ARTICLE.replace("园区新闻", "\x1b[m园区新闻").replace("将于5月", "将于\u202e5月"),
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["coverage", "."]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out, out
    assert "第二批项目将于\\u202e【5月】开工,工期460天。" in out
    assert "the not_claims entry 「\\x1b[m园区新闻」 (park) covers no mention" in out


def test_fail_under(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _corpus(tmp_path)
    assert main(["coverage", str(folder), "--fail-under", "50"]) == 0
    assert main(["coverage", str(folder), "--fail-under", "50.1"]) == 1
    assert ("factcheck: coverage 50.0% is below --fail-under 50.1%"
            in capsys.readouterr().err)
    assert main(["coverage", str(folder), "--fail-under", "51%"]) == 1
    assert "is below --fail-under 51%\n" in capsys.readouterr().err
    # the threshold as written, never rounded through a float (33.3333%)
    assert main(["coverage", str(folder), "--fail-under", "50.000000001"]) == 1
    assert "is below --fail-under 50.000000001%\n" in capsys.readouterr().err
    assert main(["coverage", str(folder), "--fail-under", "120"]) == 2


NOT_ONE = "--fail-under takes a percentage, and this is not one"
OUT_OF_RANGE = "--fail-under takes a percentage from 0 to 100"
EXPECTED = "  expected: a number from 0 to 100, with or without a '%' after it (80, 62.5, 80%)"
HINT = "  hint: write e.g. --fail-under 80: exit 1 when the overall coverage is below 80%"


@pytest.mark.parametrize(("option", "said", "found", "hint"), [
    (["--fail-under", "-inf"], NOT_ONE, "'-inf'", HINT),  # was "expected one argument"
    (["--fail-under", "-infinity"], NOT_ONE, "'-infinity'", HINT),
    (["--fail-under", "-nan"], NOT_ONE, "'-nan'", HINT),
    (["--fail-under", "nan"], NOT_ONE, "'nan'", HINT),
    (["--fail-under", "abc"], NOT_ONE, "'abc'", HINT),
    (["--fail-under", ""], NOT_ONE, "''", HINT),
    # was read as 50: a printf-style escape left in, or a typo
    (["--fail-under", "50%%"], NOT_ONE, "'50%%'",
     "  hint: write one '%' or none: --fail-under 50"),
    (["--fail-under", "62.5%%%"], NOT_ONE, "'62.5%%%'",
     "  hint: write one '%' or none: --fail-under 62.5"),
    (["--fail-under", "%"], NOT_ONE, "'%'", HINT),
    (["--fail-under", "-5"], OUT_OF_RANGE, "'-5'", HINT),
    (["--fail-under", "-1e3"], OUT_OF_RANGE, "'-1e3'", HINT),
    (["--fail-under", "150"], OUT_OF_RANGE, "'150'", HINT),
    (["--fail-under", "100.5%"], OUT_OF_RANGE, "'100.5%'", HINT),
    (["--fail-under=-inf"], NOT_ONE, "'-inf'", HINT),
    # was read as a fraction of one percent (0.5%), where half (50) is meant
    (["--fail-under", "1/2"], NOT_ONE, "'1/2'", HINT),
    (["--fail-under", "1/2%%"], NOT_ONE, "'1/2%%'", HINT),
    # were read as 10 and 80: Python's digit separator, and full-width digits from an IME
    (["--fail-under", "1_0"], NOT_ONE, "'1_0'", HINT),
    (["--fail-under", "８０"], NOT_ONE, "'８０'",
     "  hint: write the digits in ASCII: --fail-under 80"),
    (["--fail-under", "６２．５％"], NOT_ONE, "'６２．５％'",
     "  hint: write the digits in ASCII: --fail-under 62.5"),
])
def test_a_fail_under_that_is_no_percentage_is_refused_with_a_hint(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], option: list[str],
        said: str, found: str, hint: str) -> None:
    # these were argparse's one line (factcheck coverage: error: argument --fail-under:
    # ...), with the usage and no hint
    folder = _corpus(tmp_path)
    assert main(["coverage", str(folder), *option]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""  # refused before the corpus is read
    assert captured.err.splitlines() == [said, EXPECTED, f"  found: {found}", hint,
                                         "factcheck: 1 problem; nothing was measured"]


def test_a_fail_under_without_a_value_is_argparse_s_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _corpus(tmp_path)
    with pytest.raises(SystemExit) as stop:  # an option, no value
        main(["coverage", str(folder), "--fail-under", "--format", "json"])
    assert stop.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "factcheck coverage: error: argument --fail-under: expected one argument")


def test_paths_after_a_double_dash_are_paths(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the value is attached to --fail-under only before "--"
    folder = _corpus(tmp_path)
    assert main(["coverage", "--", str(folder), "--fail-under", "-inf"]) == 2
    assert "-inf: no such file or directory" in capsys.readouterr().err


def test_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _corpus(tmp_path)
    assert main(["coverage", str(folder), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {k: data[k] for k in ("version", "covered", "mentions", "share", "percent")} == {
        "version": 1, "covered": 3, "mentions": 6, "share": "0.5", "percent": "50.0"}
    (source,) = data["sources"]
    assert source["source"] == "park"
    assert (source["excluded"], source["not_counted"], source["unmatched_claims"]) == (1, 1, [])
    assert source["uncovered"][2] == {
        "start": 47, "end": 49, "text": "5月", "kind": "date", "line": 3, "col": 8,
        "context": "第二批项目将于【5月】开工,工期460天。",
        "unproposed": None}  # extract --format yaml proposes a claim for it
    assert [m["claim"] for m in source["claimed"]] == ["park.firms", "park.investment"]
    assert source["declared"][0]["reason"] == "a plan, not a fact that can be checked yet"


def test_a_claim_at_no_mention_is_noted(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    folder = _corpus(tmp_path, """\
source: park
claims:
  - id: park.hospital
    quote: 园区新闻:一家医院
    value: 一家
    entity: park
    metric: firms
    as_of: 2023
""")
    (folder / "article.txt").write_text(ARTICLE.replace("园区新闻", "园区新闻:一家医院"),
                                        encoding="utf-8")
    coverage = compute_coverage(load(folder))
    assert coverage.sources[0].unmatched_claims == ("park.hospital",)
    assert coverage.sources[0].claimed == ()
    assert main(["coverage", str(folder)]) == 0
    assert ("note: claim park.hospital (park) has a value at no extracted mention"
            in capsys.readouterr().out)


def test_bad_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["coverage", str(tmp_path / "missing")]) == 2
    assert "missing: no such file or directory" in capsys.readouterr().err


def test_an_unknown_source_of_a_claims_file_is_reported_once(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file-level ``source:`` that sources.yaml lacks, over claims and not_claims, is one
    problem at the file's ``source:`` line, not one more for its claims."""
    root = _corpus(tmp_path, CLAIMS.replace("source: park\n", "source: parc\n"))
    assert main(["coverage", str(root)]) == 2
    err = capsys.readouterr().err
    assert err.count("unknown source 'parc'") == 1
    assert f"{root / 'claims.yaml'}:1:1: unknown source 'parc'" in err
    assert err.rstrip().endswith("factcheck: 1 problem; nothing was measured")


def test_the_claims_corpus_runs(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["coverage", str(ROOT / "claims")])
    out = capsys.readouterr().out
    assert code == 0
    assert out.splitlines()[-1].startswith("coverage: ")
    assert out.count(" mentions covered (") == 5


# --- which claim holds a mention -------------------------------------------------------------

def _mentions(ends: list[int]) -> list[Mention]:
    """Non-overlapping mentions in text order, each ending at one of ``ends``."""
    found, at = [], 0
    for end in sorted(set(ends)):
        if end > at:
            found.append(Mention(at + (end - at) // 2, end, "1", "quantity", "1"))
            at = end
    return found


@given(st.lists(st.integers(1, 60), max_size=15),
       st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=15))
def test_first_holding_is_the_first_span_that_holds_each_mention(
        ends: list[int], spans: list[tuple[int, int]]) -> None:
    mentions = _mentions(ends)
    spans = [(start, start + length) for start, length in spans]
    assert first_holding(mentions, spans) == [
        next((k for k, (s, e) in enumerate(spans) if s <= m.start and m.end <= e), None)
        for m in mentions]



def test_a_value_covers_the_mention_it_is_part_of(tmp_path: Path) -> None:
    """3年 of 近3年来 (the 来 "since" that extract lists with it is no part of the figure)
    covers the mention 3年来; the claim is at a mention, so it is not noted as
    unmatched."""
    folder = _corpus(tmp_path, """\
source: park
claims:
  - {id: park.near, quote: 近3年来, value: 3年, entity: park,
     metric: investment, as_of: 2023}
""")
    (folder / "article.txt").write_text(
        ARTICLE.replace("园区新闻\n", "园区新闻:近3年来\n"), encoding="utf-8")
    (sc,) = compute_coverage(load(folder)).sources
    assert [(m.text, cid) for m, cid in sc.claimed] == [("3年来", "park.near")]
    assert sc.unmatched_claims == ()


def test_several_paths_without_sources_are_named_each(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # "a b: no sources are registered here" read as one path with a space
    monkeypatch.chdir(tmp_path)
    for name, entity in (("a", "e1"), ("dir b", "e2")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "vocabulary.yaml").write_text(
            f"entities:\n  - {{id: {entity}, name: 实体{entity}}}\n", encoding="utf-8")
    assert main(["coverage", "a", "dir b"]) == 2
    assert capsys.readouterr().err.splitlines()[0] == (
        "'a', 'dir b': no sources are registered here, so there is no article to measure")


def test_coverage_of_a_corpus_without_sources_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # "coverage: 100.0% (0 of 0 numeric mentions in 0 sources)" passed --fail-under 100
    # for a path that holds no article at all (the vocabulary's folder, say)
    (tmp_path / "vocabulary.yaml").write_text(
        "entities:\n  - {id: e1, name: 某实体}\nmetrics:\n  - {id: m1, name: 某指标}\n",
        encoding="utf-8")
    assert main(["coverage", str(tmp_path), "--fail-under", "100"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"{tmp_path.as_posix()}: no sources are registered here, so there is no article to "
        "measure\n"
        "  expected: a sources: list (sources.yaml) among the claims files\n"
        "  hint: give the corpus directory, the one that holds sources.yaml\n"
        "factcheck: 1 problem; nothing was measured\n")


def test_coverage_of_an_empty_registry_says_to_register_the_articles(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # sources: [] in the sources.yaml given was told to give the directory that holds
    # sources.yaml, which it had given
    (tmp_path / "sources.yaml").write_text("sources: []\n", encoding="utf-8")
    assert main(["coverage", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "  found: no article registered in sources.yaml\n" in err
    assert ("  hint: register the articles to measure under sources: in sources.yaml (each "
            "with its id, file, title, published and script: see docs/claims-format.md)\n"
            in err)
    assert "give the corpus directory" not in err
