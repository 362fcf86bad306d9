"""The pytest plugin, tested in-process with pytester."""

import pytest

ARTICLE = "深哈相距3000公里。又说2800公里。总投资额达293.9亿元,近300亿。园区注册企业286家。"
REGISTRY = """\
sources:
  - {id: a, file: article.txt, title: 测试, published: 2024-10, script: simplified}
entities:
  - {id: shenha, name: 深哈}
  - {id: signing, name: 签约}
  - {id: park, name: 园区}
metrics:
  - {id: distance, name: 距离, timeless: true}
  - {id: inv, name: 投资}
  - {id: inv_approx, name: 约数}
  - {id: firms, name: 企业, cumulative: true}
"""
CLAIMS = """\
source: a
claims:
  - id: d1
    quote: 深哈相距3000公里
    value: 3000公里
    entity: shenha
    metric: distance
    as_of: "2024"
  - id: d2
    quote: 又说2800公里
    value: 2800公里
    entity: shenha
    metric: distance
    as_of: "2024"
  - id: total
    quote: 总投资额达293.9亿元
    value: 293.9亿元
    entity: signing
    metric: inv
    as_of: "2017"
  - id: near
    quote: 近300亿
    value: 近300亿
    unit: 元
    entity: signing
    metric: inv_approx
    as_of: "2017"
  - id: firms
    quote: 注册企业286家
    value: 286家
    entity: park
    metric: firms
    as_of: "2021"
"""
CHECKS = """\
checks:
  - kind: bound
    id: near300
    qualified: near
    exact: total
"""
ACK = """\
acknowledgements:
  - finding: agreement[shenha.distance]
    reason: both are round numbers for the same distance
"""


@pytest.fixture
def corpus(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makefile(".txt", article=ARTICLE)
    pytester.makefile(".yaml", sources=REGISTRY, claims=CLAIMS, checks=CHECKS)
    return pytester


def has_lines(result: pytest.RunResult, *expected: str) -> None:
    """Each expected text occurs in the output, in order (plain substrings, no globbing)."""
    out = result.stdout.str()
    at = 0
    for text in expected:
        found = out.find(text, at)
        assert found >= 0, f"{text!r} not found after offset {at} in:\n{out}"
        at = found + len(text)


def add_conflicting_claim(corpus: pytest.Pytester) -> None:
    """A new, unacknowledged claim that contradicts 293.9亿元 (a conflict at line 34)."""
    corpus.makefile(".txt", article=ARTICLE + "又称总投资250亿元。")
    corpus.makefile(".yaml", acks=ACK, claims=CLAIMS + """\
  - id: other
    quote: 又称总投资250亿元
    value: 250亿元
    entity: signing
    metric: inv
    as_of: "2017"
""")


def acknowledge_the_conflict(corpus: pytest.Pytester) -> None:
    """Acknowledge the conflict :func:`add_conflicting_claim` makes, as a conflict."""
    corpus.makefile(".yaml", acks=ACK + """\
  - finding: agreement[signing.inv]
    status: conflict
    reason: the second article counts the phase-two money too
""")


def test_items_are_collected_per_finding(corpus: pytest.Pytester) -> None:
    result = corpus.runpytest("--collect-only", "-q")
    has_lines(result, "checks.yaml::bound[near300]", "claims.yaml::agreement[shenha.distance]",
              "claims.yaml::series[park.firms]")


def test_outcomes_and_summary(corpus: pytest.Pytester) -> None:
    corpus.makefile(".yaml", acks=ACK)
    result = corpus.runpytest("-rxs")
    result.assert_outcomes(passed=1, xfailed=1, skipped=1)
    has_lines(result, "= factcheck =",
              "discrepancy (acknowledged): agreement[shenha.distance] claims.yaml:3 ",
              "1 discrepancy (1 acknowledged), 1 not-checkable, 1 consistent",
              "XFAIL claims.yaml::agreement[shenha.distance] - acknowledged discrepancy: both are round "
              "numbers for the same distance",
              "SKIPPED [1] claims.yaml:28: Not checkable: series with one point.")


def test_an_xfail_names_the_reviewer_of_its_acknowledgement(corpus: pytest.Pytester) -> None:
    # check's text and the reports said who reviewed it; the xfail reason did not
    corpus.makefile(".yaml", acks=ACK + "    reviewer: 王芳\n")
    result = corpus.runpytest("-rx", "-p", "no:randomly")
    result.assert_outcomes(passed=1, xfailed=1, skipped=1)
    has_lines(result, "XFAIL claims.yaml::agreement[shenha.distance] - acknowledged discrepancy "
              "by 王芳: both are round numbers for the same distance")


def test_an_acknowledged_finding_is_reported_as_the_finding_not_a_traceback(
        corpus: pytest.Pytester) -> None:
    # pytest 8.0 to 8.2 print the report of every xfail under -rx (this repository's
    # addopts): each acknowledged finding was about 1000 lines of pytest's own frames
    corpus.makefile(".yaml", acks=ACK)
    result = corpus.runpytest("-p", "no:randomly")
    recorder = result.reprec  # type: ignore[attr-defined]
    reports = [r for r in recorder.getreports("pytest_runtest_logreport")
               if hasattr(r, "wasxfail")]
    assert len(reports) == 1
    shown = str(reports[0].longrepr)
    assert shown.startswith("discrepancy (acknowledged): agreement[shenha.distance]"), shown
    assert "acknowledged: both are round numbers for the same distance" in shown
    assert "_pytest" not in shown


def test_unacknowledged_discrepancy_warns_and_strict_fails(corpus: pytest.Pytester) -> None:
    result = corpus.runpytest()
    result.assert_outcomes(passed=2, skipped=1, warnings=1)
    has_lines(result, "DiscrepancyWarning: agreement[shenha.distance]: 2800公里 and 3000公里")
    strict = corpus.runpytest("--factcheck-strict")
    strict.assert_outcomes(passed=1, failed=1, skipped=1)


def test_the_warning_names_the_yaml_line_and_fails_cleanly_as_an_error(
        corpus: pytest.Pytester) -> None:
    result = corpus.runpytest()
    has_lines(result, "claims.yaml:3: DiscrepancyWarning: agreement[shenha.distance]")
    # -W error turns the warning into a failure: the rendered finding, not plugin code
    as_error = corpus.runpytest("-W", "error::factcheck._plugin.DiscrepancyWarning")
    as_error.assert_outcomes(passed=1, failed=1, skipped=1)
    has_lines(as_error, "discrepancy: agreement[shenha.distance]")
    assert "_plugin.py" not in as_error.stdout.str()
    assert "warnings.warn" not in as_error.stdout.str()


def test_the_corpus_fixture_reports_load_errors_without_a_traceback(
        corpus: pytest.Pytester) -> None:
    corpus.makefile(".yaml", broken="claims: [\n")
    corpus.makepyfile(test_custom="""
        def test_total(factcheck_corpus):
            pass
    """)
    result = corpus.runpytest("test_custom.py", "--factcheck-paths", str(corpus.path))
    result.assert_outcomes(errors=1)
    has_lines(result, "broken.yaml:1:10: not valid YAML")
    assert "During handling" not in result.stdout.str()
    assert "Traceback" not in result.stdout.str()
    assert "_plugin.py" not in result.stdout.str()


def test_the_corpus_fixture_of_a_path_without_claims_says_so(corpus: pytest.Pytester) -> None:
    # --factcheck-paths sources.yaml (a registry, not the claims) loaded a corpus of no
    # claims: each factcheck_claim(id) then failed as "no claim with id 'd1'", though d1
    # is there, in claims.yaml beside it
    corpus.makepyfile(test_custom="""
        def test_total(factcheck_claim):
            factcheck_claim("d1")
    """)
    result = corpus.runpytest("test_custom.py", "--factcheck-paths", "sources.yaml")
    result.assert_outcomes(errors=1)
    has_lines(result, "sources.yaml: no claims here, so there is nothing to check",
              "found: 0 claims in 1 YAML file",
              # the directory it meant, beside the file it gave (it said DIR)
              "hint: give the directory that holds the claims files (`--factcheck-paths "
              ".`)")
    assert "no claim with id" not in result.stdout.str()
    assert "Traceback" not in result.stdout.str()


def test_new_conflicting_claim_fails_naming_file_and_line(corpus: pytest.Pytester) -> None:
    add_conflicting_claim(corpus)
    result = corpus.runpytest("-v")
    result.assert_outcomes(passed=1, failed=1, xfailed=1, skipped=1)
    has_lines(result, "claims.yaml::agreement[signing.inv] FAILED",
              "conflict: agreement[signing.inv]  [claims.yaml:34]",
              "250亿元 and 293.9亿元 differ by 43.9亿元",
              "「又称总投资250亿元」 article.txt:1:",
              "FAILED claims.yaml::agreement[signing.inv]")
    assert "Traceback" not in result.stdout.str()


def failures(result: pytest.RunResult) -> str:
    """The failures section of a run's output, before the factcheck summary and pytest's
    short summary (which, under CI=1, repeats each failure's whole message)."""
    return result.stdout.str().partition("= FAILURES =")[2].partition("= factcheck =")[0]


def pasted_acknowledgement(result: pytest.RunResult) -> tuple[str, str]:
    """The file and the YAML that a failure's hint says to paste, as the user copies it
    (from the failure; under CI=1 pytest repeats the whole message in its short summary)."""
    lines = failures(result).splitlines()
    [start] = [i for i, line in enumerate(lines) if line.startswith("  to accept it, add")]
    file = lines[start].rpartition(" ")[2].removesuffix(":")
    block = []
    for line in lines[start + 1:]:
        if not line.startswith("    "):
            break
        block.append(line.removeprefix("    "))
    return file, "\n".join(block) + "\n"


def test_a_new_conflict_says_how_to_acknowledge_it_and_the_pasted_yaml_does(
        corpus: pytest.Pytester) -> None:
    add_conflicting_claim(corpus)
    result = corpus.runpytest("-p", "no:randomly")
    result.assert_outcomes(passed=1, failed=1, xfailed=1, skipped=1)
    has_lines(result, "conflict: agreement[signing.inv]  [claims.yaml:34]",
              "  difference: ",
              "\n  to accept it, add to claims.yaml:\n"
              "    acknowledgements:\n"
              "      - finding: agreement[signing.inv]\n"
              "        status: conflict\n"
              "        claims: [other, total]\n"
              "        reason: <why the difference is accepted>\n")
    file, yaml = pasted_acknowledgement(result)
    path = corpus.path / file  # pasted on a line of its own at the end of the file
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n"
    path.write_text(text + yaml, encoding="utf-8")
    # pasted as it is, the placeholder is no reason: the load says so
    unedited = corpus.runpytest("-p", "no:randomly")
    has_lines(unedited, "this acknowledgement's reason is still a placeholder",
              "found: <why the difference is accepted>")
    reason = "the second article counts the phase-two money too"
    path.write_text(text + yaml.replace("<why the difference is accepted>", reason),
                    encoding="utf-8")
    result = corpus.runpytest("-p", "no:randomly", "-rx")
    result.assert_outcomes(passed=1, xfailed=2, skipped=1)
    has_lines(result, "XFAIL claims.yaml::agreement[signing.inv] - acknowledged conflict: "
                      f"{reason}")


def test_a_strict_discrepancy_says_how_to_acknowledge_it_in_a_file_with_acknowledgements(
        corpus: pytest.Pytester) -> None:
    # the file has the section already: a second acknowledgements: key would be refused
    corpus.makefile(".yaml", claims=CLAIMS + "acknowledgements:\n  - finding: bound[near300]\n"
                                            "    reason: not a discrepancy any more\n")
    corpus.makefile(".yaml", checks="checks: []\n")
    result = corpus.runpytest("-p", "no:randomly", "--factcheck-strict")
    result.assert_outcomes(failed=2, skipped=1)
    has_lines(result, "discrepancy: agreement[shenha.distance]",
              "\n  to accept it, add under acknowledgements: in claims.yaml:\n"
              "    - finding: agreement[shenha.distance]\n"
              "      claims: [d1, d2]\n"
              "      reason: <why the difference is accepted>\n")
    assert "status: conflict" not in result.stdout.str()  # a discrepancy's needs none
    assert "to accept it" not in failures(result).partition("stale[")[2].partition(
        "\n_")[0]  # a stale acknowledgement is removed, not acknowledged
    file, yaml = pasted_acknowledgement(result)
    # pasted under the section, in place of the stale entry (which the report says to drop)
    yaml = yaml.replace("<why the difference is accepted>", "rounded to hundreds")
    (corpus.path / file).write_text(CLAIMS + "acknowledgements:\n" + "".join(
        f"  {line}\n" for line in yaml.splitlines()), encoding="utf-8")
    result = corpus.runpytest("-p", "no:randomly", "--factcheck-strict")
    result.assert_outcomes(xfailed=1, skipped=1)


def test_a_strict_discrepancy_says_to_fix_the_id_of_a_misspelt_acknowledgement(
        corpus: pytest.Pytester) -> None:
    # the stale acknowledgement said "did you mean", but the discrepancy said to add a new
    # one, which left the misspelt one stale
    corpus.makefile(".yaml", claims=CLAIMS + "acknowledgements:\n"
                                            "  - finding: agreement[shenha.distanse]\n"
                                            "    reason: rounded to hundreds\n")
    result = corpus.runpytest("-p", "no:randomly", "--factcheck-strict")
    result.assert_outcomes(passed=1, failed=2, skipped=1)
    has_lines(result, "  to accept it, fix the id of the acknowledgement at claims.yaml:")
    assert ", which names 'agreement[shenha.distanse]', no finding: set its finding: to " \
        "agreement[shenha.distance]" in result.stdout.str()
    assert "to accept it, add" not in result.stdout.str()


def test_a_discrepancy_failed_by_w_error_says_how_to_acknowledge_it(
        corpus: pytest.Pytester) -> None:
    result = corpus.runpytest("-p", "no:randomly", "-W", "error::factcheck.DiscrepancyWarning")
    result.assert_outcomes(passed=1, failed=1, skipped=1)
    has_lines(result, "discrepancy: agreement[shenha.distance]",
              "  to accept it, add to claims.yaml:\n    acknowledgements:\n"
              "      - finding: agreement[shenha.distance]\n")


def test_tb_line_gives_a_discrepancy_failed_by_w_error_its_one_line(
        corpus: pytest.Pytester) -> None:
    # -W error with --tb=line printed the discrepancy's whole report, then pytest's
    # 50-character cut of it ("discrepancy: agreement[shenha.distance]  [claims.yam")
    result = corpus.runpytest("-p", "no:randomly", "--tb=line",
                              "-W", "error::factcheck.DiscrepancyWarning")
    result.assert_outcomes(passed=1, failed=1, skipped=1)
    out = result.stdout.str()
    failures = _failures(out)
    assert len(failures) == 1, out
    assert failures[0].startswith("claims.yaml:3: discrepancy: agreement[shenha.distance] "), out
    assert "to accept it" not in out


def test_an_edited_article_is_checked_again(corpus: pytest.Pytester) -> None:
    add_conflicting_claim(corpus)
    has_lines(corpus.runpytest(), "「又称总投资250亿元」 article.txt:1:56")
    corpus.makefile(".txt", article="据新华社报道," + ARTICLE + "又称总投资250亿元。")
    result = corpus.runpytest()  # the YAML is unchanged: only the article moved the quote
    result.assert_outcomes(passed=1, failed=1, xfailed=1, skipped=1)
    has_lines(result, "「又称总投资250亿元」 article.txt:1:63")
    assert "article.txt:1:56" not in result.stdout.str()


def test_stale_acknowledgement_fails(corpus: pytest.Pytester) -> None:
    corpus.makefile(".yaml", acks=ACK + """\
  - finding: bound[near300]
    reason: was once a discrepancy
""")
    result = corpus.runpytest()
    result.assert_outcomes(passed=1, failed=1, xfailed=1, skipped=1)
    # "stale" once: the id says it, in the failure's first line and in the summary
    has_lines(result, "_ stale[bound[near300]] _",
              "\nstale[bound[near300]]  [acks.yaml:4]\n",
              "= factcheck =", "\nstale[bound[near300]] acks.yaml:4 ")
    assert "stale: stale[" not in result.stdout.str()


def test_load_errors_fail_one_item_with_located_messages(corpus: pytest.Pytester) -> None:
    corpus.makefile(".yaml", claims=CLAIMS.replace("metric: inv\n", "metirc: inv\n", 1))
    result = corpus.runpytest("-p", "no:randomly")
    # the file with the error, and each other file of the corpus: none was checked
    result.assert_outcomes(failed=3)
    has_lines(result, "_ load errors: claims.yaml _")
    assert "load errors: checks.yaml" not in result.stdout.str()
    has_lines(result, "claims.yaml:19:5: [total] unknown field 'metirc' in claim",
              "did you mean 'metric'?")
    assert "Traceback" not in result.stdout.str()


def test_a_file_whose_corpus_did_not_load_fails_though_its_own_yaml_is_fine(
        corpus: pytest.Pytester) -> None:
    corpus.makefile(".yaml", claims=CLAIMS.replace("metric: inv\n", "metirc: inv\n", 1))
    result = corpus.runpytest("-p", "no:randomly", "checks.yaml")
    result.assert_outcomes(failed=1)
    # the header names the file that did not load, not this one, which has no load errors
    has_lines(result, "_ checks.yaml not checked: the corpus did not load because of "
                      "claims.yaml:15:5 and 1 more problem _",
              "checks.yaml: nothing in this file was checked: the corpus in . did not "
                      "load (2 problems in other files, the first at claims.yaml:15:5)",
              "not checked: the corpus in . did not load (see its ::load items)")
    assert result.ret == pytest.ExitCode.TESTS_FAILED


def test_reportinfo_points_at_the_check_line(corpus: pytest.Pytester) -> None:
    items, _ = corpus.inline_genitems()
    by_name = {item.name: item for item in items}
    path, line, name = by_name["bound[near300]"].reportinfo()
    assert (path.name, line, name) == ("checks.yaml", 2, "bound[near300]")  # its id: line
    path, line, _ = by_name["agreement[shenha.distance]"].reportinfo()
    assert (path.name, line) == ("claims.yaml", 2)


def test_keyword_selection_and_exitfirst(corpus: pytest.Pytester) -> None:
    result = corpus.runpytest("-k", "bound")
    result.assert_outcomes(passed=1)
    result = corpus.runpytest("-x", "--factcheck-strict", "-p", "no:randomly")
    assert result.ret == 1


def test_junitxml(corpus: pytest.Pytester) -> None:
    result = corpus.runpytest("--junitxml=out.xml")
    assert result.ret == 0
    xml = (corpus.path / "out.xml").read_text(encoding="utf-8")
    assert 'name="bound[near300]"' in xml
    # docs/pytest.md: each testcase has the finding as JSON in its factcheck property
    import json
    import xml.etree.ElementTree as ET

    case = next(c for c in ET.fromstring(xml).iter("testcase")
                if c.get("name") == "bound[near300]")
    [prop] = case.iter("property")
    assert prop.get("name") == "factcheck"
    assert json.loads(prop.get("value", "")) == {
        "id": "bound[near300]", "status": "consistent", "acknowledged": False,
        "message": "293.9亿元 lies inside 近300亿, i.e. [270亿元, 300亿元).",
        "where": "checks.yaml:3"}


def test_xdist(corpus: pytest.Pytester) -> None:
    corpus.makefile(".yaml", acks=ACK)
    # a real subprocess: xdist started in-process inside an xdist worker loses its output
    result = corpus.runpytest_subprocess("-n", "2", "-p", "no:randomly")
    result.assert_outcomes(passed=1, xfailed=1, skipped=1)
    has_lines(result, "= factcheck =",
              "1 discrepancy (1 acknowledged), 1 not-checkable, 1 consistent")


def test_fixtures_give_the_corpus_and_pint_quantities(corpus: pytest.Pytester) -> None:
    corpus.makepyfile(test_custom="""
        def test_total(factcheck_corpus, factcheck_claim):
            assert "total" in factcheck_corpus.claims
            total = factcheck_claim("total")
            assert str(total.quantity.units) == "yuan"
            assert total.quantity.magnitude == 29390000000
            assert total.low.magnitude == 29385000000
            assert total.contains(total.quantity.to("yuan"))
    """)
    result = corpus.runpytest("test_custom.py", "--factcheck-paths", str(corpus.path))
    result.assert_outcomes(passed=1)


def test_the_fixture_is_the_corpus_collection_loaded(corpus: pytest.Pytester,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A session that collects the corpus and uses the fixture loads it once (a second
    load of a 100,000-claim corpus cost some 20 s); one that collects no YAML loads it
    for the fixture."""
    import factcheck._loader as loader

    loads: list[int] = []
    real = loader.load_files
    monkeypatch.setattr(loader, "load_files",
                        lambda *args, **kwargs: loads.append(1) or real(*args, **kwargs))
    corpus.makefile(".yaml", acks=ACK)
    corpus.makepyfile(test_custom="""
        def test_total(factcheck_corpus):
            assert "total" in factcheck_corpus.claims
    """)
    for given, passed in (((), 2), (("test_custom.py",), 1)):
        loads.clear()
        result = corpus.runpytest(*given, "--factcheck-paths", str(corpus.path),
                                  "--factcheck-no-cache", "-p", "no:randomly")
        result.assert_outcomes(passed=passed, xfailed=passed - 1, skipped=passed - 1)
        assert len(loads) == 1


def test_last_failed_reruns_only_the_failing_finding(corpus: pytest.Pytester) -> None:
    add_conflicting_claim(corpus)
    first = corpus.runpytest("-p", "cacheprovider")
    first.assert_outcomes(passed=1, failed=1, xfailed=1, skipped=1)
    again = corpus.runpytest("-p", "cacheprovider", "--lf")
    again.assert_outcomes(failed=1)
    has_lines(again, "run-last-failure: rerun previous 1 failure")


def test_the_summary_counts_each_item_though_ids_repeat(pytester: pytest.Pytester) -> None:
    # two corpora with a finding of one id, and two stale acknowledgements of one finding,
    # were each one line and one count in the summary
    for name in ("one", "two"):
        folder = pytester.mkdir(name)
        (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
        for stem, text in (("sources", REGISTRY), ("claims", CLAIMS), ("checks", CHECKS)):
            (folder / f"{stem}.yaml").write_text(text, encoding="utf-8")
    result = pytester.runpytest("--factcheck-strict")
    has_lines(result, "2 discrepancies, 2 not-checkable, 2 consistent")


def test_a_second_stale_acknowledgement_is_an_item_pytest_can_select(
        corpus: pytest.Pytester) -> None:
    corpus.makefile(".yaml", acks="acknowledgements:\n"
                    "  - {finding: gone, reason: a}\n  - {finding: gone, reason: b}\n")
    result = corpus.runpytest("acks.yaml::stale[gone#2]")
    result.assert_outcomes(failed=1)


def test_a_finding_located_in_no_yaml_file_is_an_item_of_the_registry(
        corpus: pytest.Pytester) -> None:
    # a kind's finding with neither a check nor claims has no location: it was no item at
    # all, so a conflict that `factcheck check` fails on passed under pytest
    from factcheck import Status
    from factcheck.checks import register_check, unregister_check

    @register_check("corpus_wide", automatic=True)
    def corpus_wide(context):  # type: ignore[no-untyped-def]
        """A conflict about the corpus as a whole."""
        return context.finding("corpus_wide", "all", Status.CONFLICT, "about no one claim")

    try:
        result = corpus.runpytest("-p", "no:randomly")
    finally:
        unregister_check("corpus_wide")
    result.assert_outcomes(passed=2, failed=1, skipped=1, warnings=1)
    has_lines(result, "FAILED sources.yaml::corpus_wide[all]")


def test_a_registry_above_the_rootdir_does_not_make_a_corpus(
        pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    # a sources.yaml in a parent of the project (a home or temporary directory) made every
    # YAML file of the project's tests a claims file that failed to load
    pytester.makefile(".yaml", sources="sources: []\n")
    project = pytester.mkdir("project")
    (project / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    (project / "data.yaml").write_text("a: 1\n", encoding="utf-8")
    (project / "test_plain.py").write_text("def test_ok():\n    pass\n", encoding="utf-8")
    monkeypatch.chdir(project)
    result = pytester.runpytest("-p", "no:randomly")
    result.assert_outcomes(passed=1)
    assert "data.yaml" not in result.stdout.str()


def test_the_summary_starts_right_under_its_title(corpus: pytest.Pytester) -> None:
    corpus.makefile(".yaml", acks=ACK)
    out = corpus.runpytest("-p", "no:randomly").stdout.lines
    title = next(i for i, line in enumerate(out) if "= factcheck =" in line)
    assert out[title + 1].startswith("discrepancy (acknowledged): agreement[shenha.distance]")


@pytest.mark.parametrize("version", ["version: 2\n", ""])  # dbt needs none since 1.5
def test_another_tools_sources_yaml_does_not_make_a_corpus(pytester: pytest.Pytester,
                                                            version: str) -> None:
    models = pytester.mkdir("models")
    (models / "sources.yaml").write_text(
        version + "sources:\n  - name: raw\n    tables:\n      - name: orders\n",
        encoding="utf-8")
    (models / "schema.yaml").write_text("version: 2\nmodels:\n  - name: stg\n",
                                        encoding="utf-8")
    pytester.makepyfile(test_ok="def test_ok():\n    pass\n")
    result = pytester.runpytest("-p", "no:randomly")
    result.assert_outcomes(passed=1)


@pytest.mark.parametrize("registry", [
    "- https://example.com/a.csv\n- https://example.com/b.csv\n",  # a list of URLs
    "- {url: https://example.com/a.csv, format: csv}\n",
    "sources:\n  - url: https://example.com/a.csv\n    format: csv\n",
    "sources:\n  - raw/orders.csv\n",
    "just a note\n",
])
def test_a_sources_yaml_that_is_not_a_registry_does_not_make_a_corpus(
        pytester: pytest.Pytester, registry: str) -> None:
    # a top-level list or scalar, or sources with neither an id nor a file, is no
    # factcheck registry: the project's other YAML files failed as claims that did not load
    data = pytester.mkdir("data")
    (data / "sources.yaml").write_text(registry, encoding="utf-8")
    (data / "settings.yaml").write_text("x: 1\n", encoding="utf-8")
    pytester.makepyfile(test_ok="def test_ok():\n    pass\n")
    result = pytester.runpytest("-p", "no:randomly")
    result.assert_outcomes(passed=1)
    assert "settings.yaml" not in result.stdout.str()


def test_a_registry_written_as_a_bare_list_of_sources_is_still_a_corpus(
        pytester: pytest.Pytester) -> None:
    # sources without their section, as a typo of factcheck's own: the loader names it
    pytester.makefile(".txt", article=ARTICLE)
    pytester.makefile(".yaml", sources="- {id: a, file: article.txt, title: 测试, "
                                       "published: 2024-10, script: simplified}\n",
                      claims=CLAIMS)
    result = pytester.runpytest("-p", "no:randomly")
    has_lines(result, "sources.yaml:1:1: the top level of a claims file must be a mapping",
              "FAILED sources.yaml::load")


def test_a_registry_with_a_mistyped_section_is_still_a_corpus(
        pytester: pytest.Pytester) -> None:
    pytester.makefile(".txt", article=ARTICLE)
    pytester.makefile(".yaml", sources=REGISTRY.replace("entities:", "entitys:", 1),
                      claims=CLAIMS, checks=CHECKS)
    result = pytester.runpytest("-p", "no:randomly")
    has_lines(result, "unknown top-level section 'entitys'")


def test_findings_of_a_file_pytest_does_not_collect_are_items_of_the_registry(
        corpus: pytest.Pytester) -> None:
    """build/ is in pytest's default norecursedirs, but the loader reads its claims: their
    findings are items all the same, as factcheck check reports them."""
    plain = corpus.runpytest("-p", "no:randomly")
    build = corpus.mkdir("build")
    (corpus.path / "claims.yaml").rename(build / "claims.yaml")
    add = corpus.runpytest("-p", "no:randomly")
    assert add.parseoutcomes() == plain.parseoutcomes()
    has_lines(add, "sources.yaml::agreement[shenha.distance]",
              "build/claims.yaml:3: DiscrepancyWarning: agreement[shenha.distance]")


def test_control_and_invisible_characters_from_yaml_are_shown_as_escapes(
        corpus: pytest.Pytester) -> None:
    # as factcheck check shows them: an ESC from "\e[31m" would colour the terminal, and a
    # U+202E reverses what follows it ("03" for 30)
    add_conflicting_claim(corpus)
    corpus.makefile(".yaml", acks='acknowledgements:\n  - finding: agreement[shenha.distance]\n'
                                  '    reason: "round \\e[31mred\\u202e03"\n')
    corpus.makefile(".yaml", checks=CHECKS.replace("id: near300", 'id: "near\\u202e300"')
                    .replace("exact: total", "exact: other"))
    result = corpus.runpytest("-rxs", "-p", "no:randomly")
    out = result.stdout.str()
    summary = out.split("= factcheck =")[1].split("= short test summary")[0]
    xfail = [line for line in out.splitlines() if line.startswith("XFAIL")]
    assert "\x1b" not in out and "\u202e" not in summary + "".join(xfail), out
    has_lines(result, "conflict: bound[near\\u202e300] checks.yaml:3 ",
              "acknowledged discrepancy: round \\x1b[31mred\\u202e03")


def test_a_corpus_without_a_configuration_file_is_found_from_a_directory_inside_it(
        corpus: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    # there pytest's rootdir is the directory it starts in, below the corpus's sources.yaml:
    # the file named on the command line was "not found"
    sub = corpus.mkdir("articles")
    (corpus.path / "claims.yaml").rename(sub / "claims.yaml")
    monkeypatch.chdir(sub)
    result = corpus.runpytest("-p", "no:randomly", "claims.yaml")
    assert "rootdir: " + str(sub) in result.stdout.str()
    result.assert_outcomes(passed=1, skipped=1, warnings=1)


def test_a_registry_in_flow_style_over_several_lines_is_a_corpus(
        pytester: pytest.Pytester) -> None:
    pytester.makefile(".txt", article=ARTICLE)
    flow = ("sources: [{id: a, file: article.txt, title: 测试,\n"
            "published: 2024-10, script: simplified}]\n")
    pytester.makefile(".yaml", sources=flow + REGISTRY.split("\n", 2)[2], claims=CLAIMS,
                      checks=CHECKS)
    result = pytester.runpytest("-p", "no:randomly", "--collect-only", "-q")
    assert "agreement[shenha.distance]" in result.stdout.str()


def test_the_summary_says_why_the_cache_is_off(corpus: pytest.Pytester,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # a key others can read turned the cache off without a word; printed to stderr during
    # collection, it would be captured and never shown: the summary says it, once
    from factcheck import _cache_notices

    monkeypatch.setenv("XDG_CACHE_HOME", str(corpus.path / "xdg"))
    monkeypatch.setattr(_cache_notices, "_SAID", set())
    corpus.makefile(".yaml", acks=ACK)
    first = corpus.runpytest()
    first.assert_outcomes(passed=1, xfailed=1, skipped=1)
    assert "factcheck: " not in first.stdout.str()  # the normal case says nothing
    key = corpus.path / "xdg" / "factcheck" / "key"
    key.chmod(0o644)
    result = corpus.runpytest("-W", "error")
    result.assert_outcomes(passed=1, xfailed=1, skipped=1)  # the run does not fail
    has_lines(result, "= factcheck =",
              f"factcheck: the cache is off: its key {key} can be read by others (mode 0644)\n"
              f"  hint: make it private: chmod 600 {key}\n",
              "1 discrepancy (1 acknowledged)")
    assert result.stdout.str().count("the cache is off") == 1


def test_the_summary_says_why_the_cache_is_off_when_no_finding_is_run(
        corpus: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    # the notice rode only on the items: with every item deselected (-k) it was never said
    from factcheck import _cache_notices

    monkeypatch.setenv("XDG_CACHE_HOME", str(corpus.path / "xdg"))
    monkeypatch.setattr(_cache_notices, "_SAID", set())
    corpus.runpytest().assert_outcomes(passed=2, skipped=1, warnings=1)
    key = corpus.path / "xdg" / "factcheck" / "key"
    key.chmod(0o644)
    result = corpus.runpytest("-k", "no_such_item")
    result.assert_outcomes(deselected=3)
    has_lines(result, "= factcheck =",
              f"factcheck: the cache is off: its key {key} can be read by others (mode 0644)\n"
              f"  hint: make it private: chmod 600 {key}\n")
    assert result.stdout.str().count("the cache is off") == 1


def test_the_summary_names_the_plugins_option_to_turn_the_cache_off(
        corpus: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    # the notices' hint named factcheck check's --no-cache, which pytest does not know
    # (pytest --no-cache: "unrecognized arguments")
    from factcheck import _cache_notices

    monkeypatch.setattr(_cache_notices, "_SAID", set())
    monkeypatch.setenv("XDG_CACHE_HOME", str(corpus.path / "xdg"))
    (corpus.path / "entries").write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(corpus.path / "entries"))
    result = corpus.runpytest()
    result.assert_outcomes(passed=2, skipped=1, warnings=1)
    has_lines(result, "= factcheck =",
              f"factcheck: not cached: the cache directory {corpus.path / 'entries'} cannot "
              "be written: it is not a directory\n"
              f"  hint: make {corpus.path / 'entries'} a directory you can write, or set "
              "FACTCHECK_CACHE_DIR to one; --factcheck-no-cache says not to use the cache\n")
    assert " --no-cache" not in result.stdout.str()
    monkeypatch.setenv("XDG_CACHE_HOME", str(corpus.path / "entries" / "xdg"))  # the key's too
    result = corpus.runpytest()
    has_lines(result, "= factcheck =", "cannot be read: not a directory\n",
              "(the key is kept in $XDG_CACHE_HOME/factcheck); --factcheck-no-cache says not "
              "to use the cache\n")
    assert " --no-cache" not in result.stdout.str()


def test_a_plugins_test_corpus_with_conflicts_is_kept_out_by_the_documented_option(
        corpus: pytest.Pytester) -> None:
    """docs/checks.md: a kind's tests keep a corpus with deliberate conflicts under tests/;
    ``addopts = --factcheck-no-collect`` keeps its findings from failing the suite, and the
    tests still load and check it."""
    add_conflicting_claim(corpus)
    corpus.makepyfile(test_kind="""
        import factcheck

        def test_the_conflict_is_found():
            findings = factcheck.check(factcheck.load("."))
            assert [f.id for f in findings if f.status == "conflict"] == [
                "agreement[signing.inv]"]
    """)
    corpus.runpytest("-p", "no:randomly").assert_outcomes(passed=2, failed=1, xfailed=1,
                                                           skipped=1)
    corpus.makeini("[pytest]\naddopts = --factcheck-no-collect\n")
    corpus.runpytest("-p", "no:randomly").assert_outcomes(passed=1)


def test_the_factcheck_marker_selects_the_load_items_of_a_corpus_that_did_not_load(
        corpus: pytest.Pytester) -> None:
    # -m factcheck deselected every ::load item: "3 deselected", exit 5 and no word of why;
    # and -m "not factcheck" (the unit tests alone) ran them
    corpus.makefile(".yaml", claims=CLAIMS.replace("metric: inv\n", "metirc: inv\n", 1))
    corpus.makepyfile(test_unit="def test_unit():\n    pass\n")
    result = corpus.runpytest("-m", "factcheck")
    result.assert_outcomes(failed=3, deselected=1)
    has_lines(result, "claims.yaml:19:5: [total] unknown field 'metirc' in claim")
    corpus.runpytest("-m", "not factcheck").assert_outcomes(passed=1, deselected=3)


def test_the_summary_says_a_corpus_did_not_load_when_k_deselects_its_load_items(
        corpus: pytest.Pytester) -> None:
    # -k near300 on a corpus that did not load ran nothing and said nothing of it
    corpus.makefile(".yaml", claims=CLAIMS.replace("metric: inv\n", "metirc: inv\n", 1))
    corpus.makepyfile(test_unit="def test_unit():\n    pass\n")
    result = corpus.runpytest("-k", "near300 or test_unit")
    result.assert_outcomes(passed=1, deselected=3)
    has_lines(result, "= factcheck =",
              "not checked: the corpus in . did not load (see its ::load items)")


def test_the_claim_fixture_refuses_an_id_that_is_no_str(corpus: pytest.Pytester) -> None:
    # factcheck_claim(5) failed inside difflib: TypeError: 'int' object is not iterable
    corpus.makepyfile(test_custom="""
        def test_number(factcheck_claim):
            factcheck_claim(5)

        def test_text(factcheck_claim):
            assert factcheck_claim("total").quantity.magnitude == 29390000000
    """)
    result = corpus.runpytest("test_custom.py", "--factcheck-paths", ".", "-p", "no:randomly")
    result.assert_outcomes(failed=1, passed=1)
    has_lines(result, "E       TypeError: factcheck_claim() takes a claim id (a str, such as "
                      "'daoli.total'), not int")
    assert "difflib" not in result.stdout.str()


NESTED_TEST = """\
def test_total(factcheck_claim):
    assert factcheck_claim("total").quantity.magnitude == 29390000000
"""


def nested_project(pytester: pytest.Pytester, ini: str) -> None:
    """A project whose corpus is data/news, with its tests under tests/."""
    news = pytester.mkdir("data") / "news"
    news.mkdir()
    for name, text in (("article.txt", ARTICLE), ("sources.yaml", REGISTRY),
                       ("claims.yaml", CLAIMS), ("checks.yaml", CHECKS)):
        (news / name).write_text(text, encoding="utf-8")
    pytester.mkdir("tests")
    (pytester.path / "tests" / "test_news.py").write_text(NESTED_TEST, encoding="utf-8")
    pytester.makeini(ini)


def test_factcheck_paths_in_the_configuration_file_is_read_from_any_directory(
        pytester: pytest.Pytester) -> None:
    # the only way to name the fixture's corpus in a configuration file was addopts =
    # --factcheck-paths data/news, read from the current directory: from tests/ it failed
    nested_project(pytester, "[pytest]\nfactcheck_paths = data/news\n")
    pytester.runpytest("tests").assert_outcomes(passed=1)
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(pytester.path / "tests")
        pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=1)


def test_a_missing_fixture_corpus_says_where_it_was_looked_for_and_how_to_name_it(
        pytester: pytest.Pytester) -> None:
    nested_project(pytester, "[pytest]\naddopts = --factcheck-paths data/news\n")
    pytester.runpytest("tests").assert_outcomes(passed=1)
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(pytester.path / "tests")
        result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(errors=1)
    has_lines(result,
              "data/news: no such file or directory: the corpus of the factcheck_corpus "
              f"fixture, given by --factcheck-paths, relative to {pytester.path / 'tests'}, "
              "where pytest was started\n"
              "  expected: a claims directory or claims files\n"
              "  hint: a path given on the command line or in addopts is read from the "
              "directory pytest is started in; set factcheck_paths = PATH in tox.ini "
              "instead, read relative to that file wherever pytest is started\n")
    (pytester.path / "data" / "news").rename(pytester.path / "data" / "claims")
    result = pytester.runpytest("tests", "-o", "addopts=")
    result.assert_outcomes(errors=1)
    has_lines(result,
              "claims: no such file or directory: the corpus of the factcheck_corpus "
              f"fixture, by default claims under the rootdir, {pytester.path}\n",
              "  hint: name the corpus with factcheck_paths = PATH in tox.ini (relative to "
              "that file), or with --factcheck-paths PATH\n")
    assert "Traceback" not in result.stdout.str()


def test_factcheck_paths_given_with_dash_o_says_so(pytester: pytest.Pytester) -> None:
    # -o factcheck_paths=PATH without a configuration file said "given by factcheck_paths
    # in None" and "fix factcheck_paths in pytest.ini", a file that is not there
    nested_project(pytester, "")
    (pytester.path / "tox.ini").unlink()
    result = pytester.runpytest("tests", "-o", "factcheck_paths=data/nws")
    result.assert_outcomes(errors=1)
    has_lines(result,
              "data/nws: no such file or directory: the corpus of the factcheck_corpus "
              f"fixture, given by -o factcheck_paths, relative to {pytester.path}, where "
              "pytest was started\n"
              "  expected: a claims directory or claims files\n"
              "  hint: without a configuration file, a path given with -o is read from the "
              "directory pytest is started in; set factcheck_paths = PATH in pytest.ini "
              "instead, read relative to that file wherever pytest is started\n")
    pytester.runpytest("tests", "-o", "factcheck_paths=data/news").assert_outcomes(passed=1)
    # with one, -o is read relative to its directory, not the file's factcheck_paths
    pytester.makeini("[pytest]\nfactcheck_paths = data/news\n")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(pytester.path / "tests")
        result = pytester.runpytest("-p", "no:cacheprovider", "-o", "factcheck_paths=nws")
    result.assert_outcomes(errors=1)
    has_lines(result,
              "nws: no such file or directory: the corpus of the factcheck_corpus fixture, "
              f"given by -o factcheck_paths, relative to {pytester.path}, the directory of "
              "tox.ini\n"
              "  expected: a claims directory or claims files\n"
              "  hint: fix -o factcheck_paths: its paths are relative to the directory of "
              "tox.ini, not to where pytest was started\n")


def test_the_hint_writes_factcheck_paths_as_pyproject_toml_needs_it(
        pytester: pytest.Pytester) -> None:
    nested_project(pytester, "")
    (pytester.path / "tox.ini").unlink()
    pytester.makepyprojecttoml('[tool.pytest.ini_options]\nfactcheck_paths = ["data/nws"]\n')
    result = pytester.runpytest("tests")
    result.assert_outcomes(errors=1)
    has_lines(result, "data/nws: no such file or directory: the corpus of the "
                      "factcheck_corpus fixture, given by factcheck_paths in "
                      f"{pytester.path / 'pyproject.toml'}\n",
              "  hint: fix factcheck_paths in pyproject.toml: its paths are relative to "
              "that file\n")
    pytester.makepyprojecttoml('[tool.pytest.ini_options]\naddopts = "--factcheck-paths x"\n')
    has_lines(pytester.runpytest("tests"),
              'set factcheck_paths = ["PATH"] in pyproject.toml instead')
    pytester.makepyprojecttoml('[tool.pytest.ini_options]\nfactcheck_paths = ["data/news"]\n')
    pytester.runpytest("tests").assert_outcomes(passed=1)


def test_factcheck_claim_names_the_closest_id_and_how_to_read_a_date(
        corpus: pytest.Pytester) -> None:
    # a mistyped id said only "no claim with id 'totl'", a date claim only that it was a
    # date, each under a traceback through factcheck's code
    corpus.makefile(".txt", article=ARTICLE + "签约于11月28日。")
    corpus.makefile(".yaml", claims=CLAIMS + """\
  - id: signed
    quote: 签约于11月28日
    value: 11月28日
    entity: signing
    metric: day
    as_of: 2017-11-28
""", sources=REGISTRY + "  - {id: day, name: 日期}\n")
    corpus.makepyfile(test_custom="""
        def test_typo(factcheck_claim):
            factcheck_claim("totl")

        def test_date(factcheck_claim):
            factcheck_claim("signed")
    """)
    result = corpus.runpytest("test_custom.py", "--factcheck-paths", ".", "-p", "no:randomly")
    result.assert_outcomes(failed=2)
    has_lines(result,
              """E       factcheck._errors.FactcheckError: no claim with id 'totl'
E         expected: the id of a claim in the corpus
E         hint: did you mean 'total'?
""",
              "E       factcheck._errors.FactcheckError: claims.yaml:34:5: claim 'signed' is a "
              "date (11月28日), not a quantity\n"
              "E         hint: read its period from the corpus: "
              "factcheck_corpus.claims['signed'].date (.start and .end)\n")
    assert "_pint_values.py" not in result.stdout.str()


def test_under_xdist_the_summary_says_a_corpus_did_not_load_though_k_deselects_it(
        corpus: pytest.Pytester) -> None:
    # only the workers collect: with every ::load item deselected, "no tests ran" and
    # no word of why
    corpus.makefile(".yaml", claims=CLAIMS.replace("metric: inv\n", "metirc: inv\n", 1))
    corpus.makepyfile(test_unit="def test_unit():\n    pass\n")
    result = corpus.runpytest_subprocess("-n", "2", "-p", "no:randomly", "-k",
                                         "near300 or test_unit")
    result.assert_outcomes(passed=1)
    has_lines(result, "= factcheck =",
              "not checked: the corpus in . did not load (see its ::load items)")


def test_under_xdist_the_summary_says_why_the_cache_is_off_when_no_finding_is_run(
        corpus: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(corpus.path / "xdg"))
    corpus.runpytest_subprocess().assert_outcomes(passed=2, skipped=1, warnings=1)
    key = corpus.path / "xdg" / "factcheck" / "key"
    key.chmod(0o644)
    result = corpus.runpytest_subprocess("-n", "2", "-p", "no:randomly", "-k", "no_such_item")
    has_lines(result, "= factcheck =",
              f"factcheck: the cache is off: its key {key} can be read by others (mode 0644)\n")
    assert result.stdout.str().count("the cache is off") == 1


def test_a_reason_written_over_several_lines_is_one_line_in_rx_and_junitxml(
        corpus: pytest.Pytester) -> None:
    # a | block's line breaks went into the xfail reason: -rx broke the line, and the
    # junit message held a newline
    corpus.makefile(".yaml", acks="""\
acknowledgements:
  - finding: agreement[shenha.distance]
    reason: |
      both are round numbers.

      3000公里 is a figure of speech.
""")
    result = corpus.runpytest("-rx", "-p", "no:randomly", "--junitxml=out.xml")
    result.assert_outcomes(passed=1, xfailed=1, skipped=1)
    reason = ("acknowledged discrepancy: both are round numbers. 3000公里 is a figure of "
              "speech.")
    has_lines(result, f"XFAIL claims.yaml::agreement[shenha.distance] - {reason}\n")
    xml = (corpus.path / "out.xml").read_text(encoding="utf-8")
    assert f'<skipped type="pytest.xfail" message="{reason}" />' in xml


def test_filterwarnings_names_the_warning_by_its_public_name(corpus: pytest.Pytester) -> None:
    # docs/pytest.md had projects write factcheck._plugin.DiscrepancyWarning, a private
    # module; factcheck.DiscrepancyWarning was an AttributeError traceback from pytest
    corpus.makeini('[pytest]\nfilterwarnings =\n    error\n'
                   '    default::factcheck.DiscrepancyWarning\n')
    corpus.runpytest().assert_outcomes(passed=2, skipped=1, warnings=1)
    as_error = corpus.runpytest("-W", "error::factcheck.DiscrepancyWarning")
    as_error.assert_outcomes(passed=1, failed=1, skipped=1)
    has_lines(as_error, "discrepancy: agreement[shenha.distance]")


def test_the_summary_shows_the_corpus_warnings_that_check_prints(
        corpus: pytest.Pytester) -> None:
    # factcheck check prints mis-decoded text as a located warning; pytest said nothing
    corpus.makefile(".txt", article=ARTICLE + "示范样板?!迸松偎烧f。")
    result = corpus.runpytest("-p", "no:randomly")
    result.assert_outcomes(passed=2, skipped=1, warnings=1)
    has_lines(result, "= factcheck =",
              "article.txt:1:55: warning: text looks mis-decoded (mojibake) near "
              "'示范样板?!迸松偎烧f。'\n",
              "1 discrepancy, 1 not-checkable, 1 consistent")
    assert result.stdout.str().count("mis-decoded") == 1
    # under xdist, from the workers, once, though -k runs no item of the corpus
    result = corpus.runpytest_subprocess("-n", "2", "-p", "no:randomly", "-k", "no_such")
    has_lines(result, "= factcheck =", "article.txt:1:55: warning: text looks mis-decoded")
    assert result.stdout.str().count("mis-decoded") == 1


def test_load_errors_of_a_file_pytest_does_not_collect_are_shown_at_the_registry(
        corpus: pytest.Pytester) -> None:
    # the errors of build/claims.yaml were on no item: every ::load item said only that
    # the corpus did not load "(1 problem in other files, the first at build/...)"
    build = corpus.mkdir("build")
    (build / "claims.yaml").write_text(CLAIMS.replace("metric: inv\n", "metirc: inv\n", 1),
                                       encoding="utf-8")
    (corpus.path / "claims.yaml").unlink()
    result = corpus.runpytest("-p", "no:randomly", "-rf")
    result.assert_outcomes(failed=2)
    has_lines(result, "load errors: sources.yaml",
              "build/claims.yaml:19:5: [total] unknown field 'metirc' in claim",
              "did you mean 'metric'?")
    items, _ = corpus.inline_genitems()
    [registry] = [item for item in items if item.nodeid == "sources.yaml::load"]
    assert registry.reportinfo()[1] == 0  # sources.yaml's first line, not line 19 of it


def test_references_left_unchecked_by_an_unreadable_file_are_shown_at_that_file(
        corpus: pytest.Pytester) -> None:
    # "N references ... could not be checked: names.yaml could not be read" was a failure
    # of its own under sources.yaml, which has no mistake, apart from the file it is about
    at = REGISTRY.index("entities:")
    names = REGISTRY[at:].replace("name: 深哈}", "name: 深哈: 哈}")
    corpus.makefile(".yaml", sources=REGISTRY[:at], names=names)
    result = corpus.runpytest("-p", "no:randomly")
    result.assert_outcomes(failed=4)
    has_lines(result, "_ load errors: names.yaml _", "names.yaml:2:26: not valid YAML",
              # at its cause, as every load error is located
              "names.yaml:2:26: note: 10 references to sources, entities, metrics, claims or places "
              "could not be checked: names.yaml could not be read, and may define them",
              "  found: the error at names.yaml:2:26")
    # one problem, not two: the unchecked references are its consequence
    has_lines(result, "_ sources.yaml not checked: the corpus did not load because of "
                      "names.yaml:2:26 _", "(1 problem in other files, the first at "
                      "names.yaml:2:26)")
    assert "more problem" not in result.stdout.str()
    assert "load errors: sources.yaml" not in result.stdout.str()
    # with no unreadable file, what is said of the whole corpus is still sources.yaml's
    corpus.makefile(".yaml", names=names.replace("深哈: 哈", "深哈"))
    result = corpus.runpytest("-p", "no:randomly")
    result.assert_outcomes(passed=2, skipped=1, warnings=1)


def test_a_sources_yaml_that_is_a_directory_fails_the_load(pytester: pytest.Pytester) -> None:
    # the corpus was not collected: "no tests ran", exit 5 and no word, where factcheck
    # check said that no file registers the sources the claims name
    pytester.makefile(".txt", article=ARTICLE)
    pytester.makefile(".yaml", claims=CLAIMS, checks=CHECKS)
    pytester.mkdir("sources.yaml")
    result = pytester.runpytest("-p", "no:randomly")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    has_lines(result, "claims.yaml:1:1: the claims name sources",
              "but no file loaded registers any",
              "  found: sources.yaml: is a directory, not a file", "FAILED checks.yaml::load",
              "FAILED claims.yaml::load")


@pytest.mark.parametrize("registry", ["directory", "file"])
def test_a_corpus_without_claims_fails_a_load_item_as_check_does(
        pytester: pytest.Pytester, registry: str) -> None:
    # "no tests ran" and exit 5, with no word, where factcheck check exits 2 and says why
    if registry == "directory":
        pytester.mkdir("sources.yaml")
    else:
        pytester.makefile(".yaml", sources=REGISTRY)
        pytester.makefile(".txt", article=ARTICLE)
    pytester.makefile(".yaml", c="claims: []\n")
    result = pytester.runpytest("-p", "no:randomly")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    has_lines(result, "_ load errors: c.yaml _",
              ".: no claims here, so there is nothing to check\n"
              "  expected: claims files, each with a claims: list\n"
              f"  found: 0 claims in {2 if registry == 'file' else 1} YAML file",
              "  hint: give the directory that holds the claims files "
              "(`factcheck check path/to/claims/`)",
              "not checked: the corpus in . did not load", "FAILED c.yaml::load")
    result.assert_outcomes(failed=1 if registry == "directory" else 2)


def test_a_project_without_a_corpus_pays_for_no_load(pytester: pytest.Pytester) -> None:
    """The plugin is loaded by every pytest run in an environment that has factcheck; a
    project without a corpus (a YAML file of its own included) imports none of the
    loader, the checks, the cache or pint: importing them cost every such run 0.3 s."""
    pytester.makefile(".yaml", settings="name: not a claims file\n")
    pytester.makepyfile(test_light="""
        import sys

        def test_nothing_heavy_was_imported():
            heavy = ("factcheck._loader", "factcheck._engine", "factcheck._claims",
                     "factcheck._cache", "factcheck._cache_keys", "factcheck._cache_entries",
                     "factcheck._model", "factcheck.checks", "pint")
            assert [name for name in heavy if name in sys.modules] == []
    """)
    result = pytester.runpytest_subprocess("-p", "no:randomly", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
    assert "factcheck._plugin" in pytester.runpytest_subprocess("--trace-config").stdout.str()


def test_runxfail_fails_an_acknowledged_conflict_without_asking_to_acknowledge_it(
        corpus: pytest.Pytester) -> None:
    # --runxfail runs xfails as plain tests: the desk reviewing what it has accepted sees
    # each acknowledged conflict with its reason, not the snippet to accept it again (a
    # second acknowledgement of it would be stale)
    add_conflicting_claim(corpus)
    acknowledge_the_conflict(corpus)
    result = corpus.runpytest("-p", "no:randomly", "--runxfail")
    result.assert_outcomes(passed=2, failed=1, skipped=1, warnings=1)
    has_lines(result, "conflict (acknowledged): agreement[signing.inv]  [claims.yaml:34]",
              "  acknowledged: the second article counts the phase-two money too")
    assert "to accept it" not in failures(result)


def test_a_conflict_acknowledged_as_a_discrepancy_says_to_edit_that_acknowledgement(
        corpus: pytest.Pytester) -> None:
    # the discrepancy became a conflict: the acknowledgement to review is there already,
    # and a second one pasted beside it would be stale (acknowledged twice)
    add_conflicting_claim(corpus)
    corpus.makefile(".yaml", acks=ACK + """\
  - finding: agreement[signing.inv]
    reason: the second article counts the phase-two money too
""")
    result = corpus.runpytest("-p", "no:randomly")
    result.assert_outcomes(passed=1, failed=2, xfailed=1, skipped=1)
    has_lines(result, "conflict: agreement[signing.inv]  [claims.yaml:34]",
              "\n  to accept it, edit its acknowledgement at acks.yaml:4:5, which accepts a "
              "discrepancy: give it status: conflict if its reason still holds\n")
    assert "to accept it, add" not in failures(result)
    acknowledge_the_conflict(corpus)
    corpus.runpytest("-p", "no:randomly").assert_outcomes(passed=1, xfailed=2, skipped=1)


def test_a_discrepancy_acknowledged_as_a_conflict_says_to_edit_that_acknowledgement(
        corpus: pytest.Pytester) -> None:
    corpus.makefile(".yaml", acks="""\
acknowledgements:
  - finding: agreement[shenha.distance]
    status: conflict
    reason: both are round numbers for the same distance
""")
    result = corpus.runpytest("-p", "no:randomly", "--factcheck-strict")
    result.assert_outcomes(passed=1, failed=2, skipped=1)
    has_lines(result, "discrepancy: agreement[shenha.distance]  [claims.yaml:3]",
              "\n  to accept it, edit its acknowledgement at acks.yaml:2:5, which accepts a "
              "conflict: remove its status: conflict if its reason still holds\n")


@pytest.mark.parametrize("xdist", [[], ["-n", "2"]])
def test_the_summary_says_a_corpus_with_no_finding_checked_nothing(
        pytester: pytest.Pytester, xdist: list[str]) -> None:
    # one claim: nothing to compare it with, no check; beside a project's tests the run
    # passed without a word that the corpus checked nothing
    pytester.makefile(".txt", article=ARTICLE)
    pytester.makefile(".yaml", sources=REGISTRY, claims=CLAIMS.partition("  - id: d2")[0])
    pytester.makepyfile(test_unit="def test_unit():\n    pass\n")
    result = pytester.runpytest_subprocess("-p", "no:randomly", *xdist)
    # and it fails, as factcheck check exits 2 on it: the run passed with a note
    result.assert_outcomes(passed=1, failed=2)  # the load items of both YAML files
    has_lines(result, "no claim here is compared with anything, so nothing was checked")
    assert result.ret == 1


@pytest.mark.parametrize(("registry", "hint"), [
    ("sources.yml", "did you mean sources.yml -> sources.yaml?"),
    ("Sources.yaml", "did you mean Sources.yaml -> sources.yaml?"),
    (None, "write the corpus's sources.yaml"),
])
def test_claims_files_in_no_corpus_fail_rather_than_pass_unchecked(
        pytester: pytest.Pytester, registry: str | None, hint: str) -> None:
    # a misspelt or forgotten registry: the claims were passed over without a word, "no
    # tests ran" alone, and beside a project's tests the run passed
    claims = pytester.mkdir("claims")
    (claims / "article.txt").write_text(ARTICLE, encoding="utf-8")
    if registry is not None:
        (claims / registry).write_text(REGISTRY, encoding="utf-8")
    (claims / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    pytester.makepyfile(test_unit="def test_unit():\n    pass\n")
    result = pytester.runpytest("-p", "no:randomly")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.assert_outcomes(passed=1, failed=1)
    has_lines(result, "claims/claims.yaml:2:1: not checked: this looks like a claims file, "
              "but no sources.yaml was found in its directory or above", hint,
              "= factcheck =", "not checked: claims/claims.yaml looks like a claims file "
              "but no sources.yaml was found in its directory or above",
              "FAILED claims/claims.yaml::load")
    # pointed at the file alone, too
    result = pytester.runpytest("-p", "no:randomly", "claims/claims.yaml")
    result.assert_outcomes(failed=1)


@pytest.mark.parametrize("text", [
    "claims:\n  - email\n  - name\n",  # an OpenID Connect client's claims
    "claims:\n  - {name: email, required: true}\n",
    "checks:\n  - {name: lint, run: ruff}\n",
    "acknowledgements:\n  - Alice\n  - Bob\n",
    "name: app\nclaims:\n  - {quote: a, value: b}\n",  # another tool's top-level key
    "claims: [\n",  # not YAML at all
    "settings:\n  claims:\n    - {quote: a, value: b}\n",
])
def test_yaml_files_that_are_not_claims_files_are_left_alone(pytester: pytest.Pytester,
                                                              text: str) -> None:
    (pytester.path / "config.yaml").write_text(text, encoding="utf-8")
    pytester.makepyfile(test_unit="def test_unit():\n    pass\n")
    result = pytester.runpytest("-p", "no:randomly")
    result.assert_outcomes(passed=1)
    assert "config.yaml" not in result.stdout.str()


def _failures(out: str) -> list[str]:
    """The lines of the FAILURES section (without xdist's "[gw0] linux -- Python ...")."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if "= FAILURES =" in line)
    end = next(i for i, line in enumerate(lines) if i > start and line.startswith("="))
    return [line for line in lines[start + 1:end] if not line.startswith("[gw")]


@pytest.mark.parametrize("xdist", [[], ["-n", "2"]])
def test_tb_line_gives_one_located_line_per_failure(corpus: pytest.Pytester,
                                                    xdist: list[str]) -> None:
    # --tb=line printed each failure's whole report (17 lines for a conflict), then pytest's
    # own "line" of it: the report's first 50 characters, cut mid-path
    # ("conflict: agreement[signing.inv]  [claims.y")
    add_conflicting_claim(corpus)
    corpus.makefile(".yaml", broken="source: a\nclaims:\n  - id: x\n    quote: 深哈相距3000公里\n"
                                    "    value: 3001公里\n    entity: shenha\n"
                                    "    metric: distance\n    as_of: '2024'\n")
    result = corpus.runpytest_subprocess("--tb=line", "-p", "no:randomly", *xdist)
    out = result.stdout.str()
    failures = _failures(out)
    unchecked = ("nothing in this file was checked: the corpus in . did not load (1 problem "
                 "in other files, the first at broken.yaml:5:5)")
    assert sorted(failures) == [  # in the order xdist's workers finish
        f"acks.yaml:1: {unchecked}",
        "broken.yaml:5: [x] value '3001公里' is not in the quote",
        f"checks.yaml:1: {unchecked}",
        f"claims.yaml:1: {unchecked}",
        f"sources.yaml:1: {unchecked}",
    ], out
    assert "- [x] value '3001公里' is not in the quote" in out  # the short summary


def test_tb_line_gives_a_finding_its_one_line(corpus: pytest.Pytester) -> None:
    add_conflicting_claim(corpus)
    result = corpus.runpytest("--tb=line", "-p", "no:randomly")
    result.assert_outcomes(failed=1, passed=1, xfailed=1, skipped=1)
    out = result.stdout.str()
    failures = _failures(out)
    assert len(failures) == 1, out
    assert failures[0].startswith("claims.yaml:34: conflict: agreement[signing.inv] "), out
    assert "to accept it" not in out
    # the other styles still show the whole report
    long = corpus.runpytest("-p", "no:randomly").stdout.str()
    assert "to accept it, add to claims.yaml:" in long


def test_tb_line_gives_an_acknowledged_finding_run_by_runxfail_its_one_line(
        corpus: pytest.Pytester) -> None:
    # --runxfail fails an acknowledged finding: --tb=line showed its whole report (the
    # quotes, the reason) where a conflict gets its one located line
    add_conflicting_claim(corpus)
    acknowledge_the_conflict(corpus)
    result = corpus.runpytest("--tb=line", "-p", "no:randomly", "--runxfail")
    result.assert_outcomes(passed=2, failed=1, skipped=1, warnings=1)
    out = result.stdout.str()
    failures = _failures(out)
    assert len(failures) == 1, out
    assert failures[0].startswith(
        "claims.yaml:34: conflict (acknowledged): agreement[signing.inv] "), out
    assert "the phase-two money" not in failures[0], out


def test_exitfirst_at_a_file_not_checked_shows_the_first_load_error(
        corpus: pytest.Pytester) -> None:
    # -x stopped at the first file's "nothing in this file was checked" item, which named
    # the first problem's place only: what was wrong, and how to fix it, took another run
    corpus.makefile(".yaml", zbroken="source: a\nclaims:\n  - id: x\n    quote: 深哈相距3000公里\n"
                                    "    value: 3001公里\n    entity: shenha\n"
                                    "    metric: distance\n    as_of: '2024'\n")
    result = corpus.runpytest("-p", "no:randomly", "-x")
    result.assert_outcomes(failed=1)
    out = result.stdout.str()
    assert "zbroken.yaml::load" not in out, out  # stopped at another file's item
    has_lines(result, "_ checks.yaml not checked: the corpus did not load because of "
                      "zbroken.yaml:5:5 _",
              "checks.yaml: nothing in this file was checked",
              "the first problem:\nzbroken.yaml:5:5: [x] value '3001公里' is not in the quote",
              "\n  hint: ")


def test_an_unreadable_directory_of_a_corpus_is_pytests_error_and_check_s_when_ignored(
        corpus: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    # as documented in pytest.md: pytest reads the directory itself, before the plugin
    # sees anything in it, so its collection error stands; left out of collection, the
    # ::load items say what factcheck check says. Tests may run as root, which chmod does
    # not stop, so the directory's listing is made to fail as it does for another user.
    import os

    hidden = corpus.mkdir("old")
    (hidden / "more.yaml").write_text("claims: []\n", encoding="utf-8")
    listing = os.scandir

    def refuse(path: "str | os.PathLike[str]" = ".") -> "os._ScandirIterator[str]":
        if os.path.realpath(path) == os.path.realpath(hidden):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return listing(path)

    monkeypatch.setattr(os, "scandir", refuse)
    result = corpus.runpytest("-p", "no:randomly")
    assert result.ret == pytest.ExitCode.INTERRUPTED
    has_lines(result, "ERROR collecting old", "PermissionError")
    result = corpus.runpytest("-p", "no:randomly", "--ignore=old")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    has_lines(result, "_ load errors: sources.yaml _",
              "old: cannot read this directory: permission denied\n"
              "  hint: make it readable, or move it out of the claims directory")
    result.assert_outcomes(failed=3)
