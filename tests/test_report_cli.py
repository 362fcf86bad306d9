"""``factcheck report``: format by suffix, exit codes, determinism, progress."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from test_report_html import report_run, write_report_corpus

from factcheck._cli import main
from factcheck._report_cli import write_report


@pytest.fixture()
def corpus_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims").mkdir()
    write_report_corpus(tmp_path / "claims")
    return tmp_path


def test_json_report_is_check_format_json(corpus_dir: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--format", "json", "claims"]) == 1  # it has conflicts
    expected = capsys.readouterr().out
    assert main(["report", "claims", "-o", "r.json"]) == 0  # a report is not a verdict
    assert (corpus_dir / "r.json").read_text(encoding="utf-8") == expected


@pytest.mark.parametrize(("name", "start"), [
    ("r.md", "# Conflict report\n"),
    ("r.html", "<!DOCTYPE html>\n"),
    ("R.HTML", "<!DOCTYPE html>\n"),
    ("r.jsonld", '[\n  {\n    "@context": "https://schema.org",\n'),
])
def test_format_follows_the_suffix(corpus_dir: Path, capsys: pytest.CaptureFixture[str],
                                   name: str, start: str) -> None:
    assert main(["report", "-o", name]) == 0  # default path: claims/
    assert (corpus_dir / name).read_text(encoding="utf-8").startswith(start)
    # stderr is not a terminal here: no progress bar, just the closing line
    assert capsys.readouterr().err == f"factcheck: wrote {name} (3 findings)\n"


def test_the_closing_line_counts_in_english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    from corpus_builder import CLAIMS, TEXT, write_corpus

    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path, TEXT, CLAIMS)  # one finding: the bound of 近300亿 and 293.9亿元
    assert main(["report", ".", "-o", "r.md"]) == 0
    assert capsys.readouterr().err == "factcheck: wrote r.md (1 finding)\n"


def test_unknown_suffix_fails_before_loading(corpus_dir: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "no-such-dir", "-o", "r.txt"]) == 2
    assert capsys.readouterr().err == (
        "r.txt: the report format is chosen by the output file's suffix, and this one names "
        "no report format\n"
        "  expected: .md, .html, .json, .jsonld\n"
        "  found: .txt\n"
        "  hint: name the output e.g. report.html or conflict-report.md\n"
        "factcheck: 1 problem; no report was written\n")
    assert not (corpus_dir / "r.txt").exists()
    assert main(["report", "no-such-dir", "-o", "report"]) == 2
    assert capsys.readouterr().err.startswith(
        "report: the report format is chosen by the output file's suffix, and this file "
        "has none\n"
        "  expected: .md, .html, .json, .jsonld\n"
        "  found: (no suffix)\n")


def test_an_empty_output_path_is_refused_as_empty(corpus_dir: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    # it was refused as "this file has none" (no suffix), as if a file had been named
    assert main(["report", "claims", "-o", ""]) == 2
    assert capsys.readouterr().err == (
        "the report cannot be written: the path '' given to -o is empty\n"
        "  expected: a file to write\n"
        "  hint: name the report, e.g. -o conflict-report.md or -o report.html\n"
        "factcheck: 1 problem; no report was written\n")


def test_an_output_of_a_dash_is_refused_as_standard_output(
        corpus_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # it was refused as "this file has none" (no suffix), found "(no suffix)", as if a
    # file named '-' had been meant
    assert main(["report", "claims", "-o", "-"]) == 2
    assert capsys.readouterr().err == (
        "the report cannot be written to standard output: '-' given to -o names no file, "
        "and a report's format is chosen by its file's suffix\n"
        "  expected: a file to write\n"
        "  hint: name the report, e.g. -o conflict-report.md; for the findings on standard "
        "output, run factcheck check --format json\n"
        "factcheck: 1 problem; no report was written\n")
    assert sorted(p.name for p in corpus_dir.iterdir()) == ["claims"]


@pytest.mark.parametrize(("option", "name", "written"), [
    ("-o", "-r.md", "./-r.md"), ("--output", "-r.md", "./-r.md"),
    ("-o", "-my report.md", "'./-my report.md'"),
])
def test_an_output_that_starts_with_a_dash_is_refused_with_how_to_write_it(
        corpus_dir: Path, capsys: pytest.CaptureFixture[str], option: str, name: str,
        written: str) -> None:
    # argparse said "argument -o/--output: expected one argument", with no word of how
    # to write such a name
    assert main(["report", "claims", option, name]) == 2
    assert capsys.readouterr().err == (
        f"{name}: the file given to {option} starts with '-', which reads as an option\n"
        f"  expected: a file name after {option}\n"
        f"  found: {option} {name}\n"
        f"  hint: write {option} {written} (a path that starts with ./ names the same file)\n"
        "factcheck: 1 problem; no report was written\n")
    assert sorted(p.name for p in corpus_dir.iterdir()) == ["claims"]
    assert main(["report", "claims", option, f"./{name}"]) == 0  # as the hint says
    assert (corpus_dir / name).is_file()


def test_an_option_after_o_is_still_argparse_s_missing_value(
        corpus_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # an option's name is a value left out, not a file name (-o -h, -o --help)
    for argv in (["-o", "--help"], ["-o", "-h"], ["-o", "--he"], ["-o"]):
        with pytest.raises(SystemExit) as exited:
            main(["report", "claims", *argv])
        assert exited.value.code == 2
        assert capsys.readouterr().err.splitlines()[-1] == (
            "factcheck report: error: argument -o/--output: expected one argument")


def test_unwritable_output_is_an_input_error(corpus_dir: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    (corpus_dir / "r.md").write_text("a file", encoding="utf-8")
    assert main(["report", "-o", "r.md/r.md"]) == 2
    # the hint said "create it first (mkdir -p r.md)", which fails on the file r.md
    assert capsys.readouterr().err == (
        "r.md/r.md: the report cannot be written: r.md is not a directory\n"
        "  expected: an existing directory\n"
        "  found: a file\n"
        "  hint: write the report elsewhere: r.md is in the way of a directory of that "
        "name\n"
        "factcheck: 1 problem; no report was written\n")


def test_a_missing_directory_is_refused_before_the_corpus_is_loaded(
        corpus_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # it was said after loading and checking the whole corpus (a minute on an archive),
    # as "factcheck: cannot write missing/r.md: No such file or directory"
    from factcheck import _loader

    def loaded(*args: object) -> None:
        raise AssertionError("the corpus was loaded")

    monkeypatch.setattr(_loader, "load", loaded)
    assert main(["report", "-o", "missing/r.md"]) == 2
    assert capsys.readouterr().err == (
        "missing/r.md: the report cannot be written: its directory does not exist\n"
        "  expected: an existing directory\n"
        "  found: missing\n"
        "  hint: create it first (mkdir -p missing), or write the report elsewhere\n"
        "factcheck: 1 problem; no report was written\n")


@pytest.mark.parametrize("command", [["report", "-o"], ["extract", "article.txt", "-o"]])
def test_a_directory_that_cannot_be_written_in_is_refused_before_the_work(
        corpus_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, command: list[str]) -> None:
    # report loaded and checked the whole corpus (a minute on an archive), then said only
    # "ro/r.md: cannot write the report: Permission denied"; the access check is faked for
    # that one directory (as root, a read-only directory would still be written)
    from factcheck import _extract_render, _loader

    (corpus_dir / "ro").mkdir()
    real_access = os.access

    def access(path: object, mode: int, **kwargs: object) -> bool:
        if os.path.abspath(str(path)) == str(corpus_dir / "ro") and mode & os.W_OK:
            return False
        return real_access(path, mode, **kwargs)  # type: ignore[arg-type]

    def worked(*args: object) -> None:
        raise AssertionError("the input was read")

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(_loader, "load_files", worked)
    monkeypatch.setattr(_extract_render, "read_article", worked)
    what = "the report" if command[0] == "report" else "the output"
    refused = "no report was written" if command[0] == "report" else "nothing was extracted"
    assert main([*command, "ro/r.md"]) == 2
    assert capsys.readouterr().err == (
        f"ro/r.md: {what} cannot be written: its directory cannot be written in\n"
        "  expected: a directory you can write in\n"
        "  found: ro\n"
        f"  hint: write {what} elsewhere, or make ro writable\n"
        f"factcheck: 1 problem; {refused}\n")
    assert list((corpus_dir / "ro").iterdir()) == []


@pytest.mark.parametrize("command", [["report", "-o"], ["extract", "article.txt", "-o"]])
def test_an_output_ending_in_a_slash_is_not_written_as_a_file(
        corpus_dir: Path, capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    # `-o r.md/` names a directory; it wrote the file r.md (and replaced one that was there)
    (corpus_dir / "r.md").write_text("previous", encoding="utf-8")
    what = "the report" if command[0] == "report" else "the output"
    refused = "no report was written" if command[0] == "report" else "nothing was extracted"
    for output in ("r.md/", "new.md/"):
        assert main([*command, output]) == 2
        assert capsys.readouterr().err == (
            f"{output}: {what} cannot be written: a path that ends in '/' names a "
            "directory, and there is none\n"
            "  expected: a file to write\n"
            f"  hint: leave out the '/': -o {output[:-1]}\n"
            f"factcheck: 1 problem; {refused}\n")
    assert (corpus_dir / "r.md").read_text(encoding="utf-8") == "previous"
    assert not (corpus_dir / "new.md").exists()


def test_a_report_to_a_directory_that_is_not_there_says_so_not_that_it_lacks_a_suffix(
        corpus_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # `-o nodir/` was refused as "this file has none" (no suffix), and the hint to leave
    # out the '/' would have been refused the same way
    assert main(["report", "-o", "nodir/"]) == 2
    assert capsys.readouterr().err == (
        "nodir/: the report cannot be written: a path that ends in '/' names a directory, "
        "and there is none\n"
        "  expected: a file to write\n"
        "  hint: create it first (mkdir -p nodir), and name a file in it: -o "
        "nodir/conflict-report.md\n"
        "factcheck: 1 problem; no report was written\n")
    (corpus_dir / "nodir").mkdir()  # there: a directory is no file, with or without '/'
    for output in ("nodir/", "nodir"):
        assert main(["report", "-o", output]) == 2
        assert capsys.readouterr().err.startswith(
            "nodir: the output is a directory, not a file; nothing was written\n"
            "  expected: a file to write\n"
            "  hint: name a file in it, e.g. -o nodir/conflict-report.md\n")


@pytest.mark.parametrize("name", ["r.md", "r.html"])
def test_failed_render_leaves_the_previous_report(corpus_dir: Path, name: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    (corpus_dir / name).write_text("previous", encoding="utf-8")
    from factcheck import _report_html, _report_md

    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("renderer bug")

    # HTML is written a finding at a time: the failure comes after the page has begun
    monkeypatch.setattr(_report_md, "render_markdown", broken)
    monkeypatch.setattr(_report_html, "_finding", broken)
    assert main(["report", "-o", name]) == 3
    assert (corpus_dir / name).read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in corpus_dir.iterdir()) == ["claims", name]


def test_progress_bar_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus, findings = report_run(tmp_path)
    write_report(tmp_path / "r.md", corpus, findings, progress=True)
    err = capsys.readouterr().err
    full = "report r.md [########################] 3/3"
    assert err.startswith("\rreport r.md [------------------------] 0/3")
    assert err.endswith(f"\r{full}\r" + " " * len(full) + "\r")


def test_reports_are_identical_across_hash_seeds(corpus_dir: Path) -> None:
    script = ("import sys; from factcheck._cli import main\n"
              "for name in ('r.md', 'r.html', 'r.json', 'r.jsonld'):\n"
              "    assert main(['report', 'claims', '-o', sys.argv[1] + '/' + name]) == 0\n")
    outputs = []
    for seed in ("0", "1", "4242"):
        out = corpus_dir / f"seed{seed}"
        out.mkdir()
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, str(out.name)], cwd=corpus_dir, env=env,
                       check=True, capture_output=True)
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert sorted(outputs[0]) == ["r.html", "r.json", "r.jsonld", "r.md"]
    assert outputs[0] == outputs[1] == outputs[2]


def test_a_report_never_replaces_an_input(corpus_dir: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    article = corpus_dir / "claims" / "article.txt"
    (corpus_dir / "claims" / "registry.yaml").write_text(
        (corpus_dir / "claims" / "registry.yaml").read_text(encoding="utf-8").replace(
            "article.txt", "article.md"), encoding="utf-8")
    article.rename(article.with_suffix(".md"))
    before = (corpus_dir / "claims" / "article.md").read_bytes()
    assert main(["report", "claims", "-o", "claims/article.md"]) == 2
    err = capsys.readouterr().err
    assert "claims/article.md: the report would replace a file this corpus is read from" in err
    assert (corpus_dir / "claims" / "article.md").read_bytes() == before
    # through a symbolic link, too
    (corpus_dir / "link.md").symlink_to(corpus_dir / "claims" / "article.md")
    assert main(["report", "claims", "-o", "link.md"]) == 2
    assert (corpus_dir / "link.md").is_symlink()


def test_a_report_is_written_through_a_link_and_never_over_a_device(
        corpus_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (corpus_dir / "out").mkdir()
    (corpus_dir / "out" / "r.md").write_text("old", encoding="utf-8")
    (corpus_dir / "r.md").symlink_to(corpus_dir / "out" / "r.md")
    assert main(["report", "claims", "-o", "r.md"]) == 0
    assert (corpus_dir / "r.md").is_symlink()  # the link stays, its file is replaced
    assert (corpus_dir / "out" / "r.md").read_text(encoding="utf-8").startswith("# Conflict")
    capsys.readouterr()
    os.mkfifo(corpus_dir / "pipe.md")
    assert main(["report", "claims", "-o", "pipe.md"]) == 2
    assert capsys.readouterr().err == (
        "pipe.md: the output is a FIFO (named pipe), not a file; nothing was written\n"
        "  expected: a file to write\n"
        "  hint: name a file to write\n"
        "factcheck: 1 problem; no report was written\n")


@pytest.mark.parametrize("output", ["d.md/", "d.md", "out/", "out"])
def test_a_report_over_a_directory_is_refused_before_loading(
        corpus_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, output: str) -> None:
    # it loaded and checked the corpus, then said "factcheck: cannot write d.md/: it is a
    # directory; only a file is replaced" (no path: first, no hint), or, for out/, that the
    # file has no suffix
    from factcheck import _loader

    def loaded(*args: object, **kwargs: object) -> None:
        raise AssertionError("the corpus was loaded")

    monkeypatch.setattr(_loader, "load", loaded)
    (corpus_dir / output.rstrip("/")).mkdir()
    assert main(["report", "claims", "-o", output]) == 2
    name = output.rstrip("/")
    assert capsys.readouterr().err == (
        f"{name}: the output is a directory, not a file; nothing was written\n"
        "  expected: a file to write\n"
        f"  hint: name a file in it, e.g. -o {name}/conflict-report.md\n"
        "factcheck: 1 problem; no report was written\n")
    assert list((corpus_dir / name).iterdir()) == []


def test_a_link_that_cannot_be_written_through_is_refused_before_loading(
        corpus_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # a report is written through a link (to its target); a link into a directory that
    # does not exist, or a loop of links, loaded and checked the corpus, then said only
    # "r.md: cannot write the report: No such file or directory" (no hint)
    from factcheck import _loader

    def loaded(*args: object, **kwargs: object) -> None:
        raise AssertionError("the corpus was loaded")

    monkeypatch.setattr(_loader, "load", loaded)
    (corpus_dir / "r.md").symlink_to("gone/r.md")
    assert main(["report", "claims", "-o", "r.md"]) == 2
    assert capsys.readouterr().err == (
        "r.md: the report cannot be written: its directory does not exist\n"
        "  expected: an existing directory\n"
        "  found: gone (where the symbolic link r.md leads)\n"
        "  hint: create it first (mkdir -p gone), or write the report elsewhere\n"
        "factcheck: 1 problem; no report was written\n")
    (corpus_dir / "a-file").write_text("", encoding="utf-8")
    (corpus_dir / "r2.md").symlink_to("a-file/r.md")
    assert main(["report", "claims", "-o", "r2.md"]) == 2
    assert capsys.readouterr().err.startswith(
        "r2.md: the report cannot be written: a-file (where the symbolic link r2.md leads) "
        "is not a directory\n")
    (corpus_dir / "loop.md").symlink_to("loop.md")
    assert main(["report", "claims", "-o", "loop.md"]) == 2
    assert capsys.readouterr().err == (
        "loop.md: the output is a symbolic link that leads back to itself; nothing was "
        "written\n"
        "  expected: a file to write\n"
        "  hint: remove the link, or name another file\n"
        "factcheck: 1 problem; no report was written\n")


@pytest.mark.parametrize(("fmt", "name"), [
    ("md", "r.md"), ("html", "r.html"), ("json", "r.json"), (".JSONLD", "r.jsonld")])
def test_render_report_gives_the_file_as_text(corpus_dir: Path, fmt: str, name: str) -> None:
    # a program had no public way to the report, or to the versioned JSON, but private
    # modules or a subprocess
    import factcheck

    corpus = factcheck.load("claims")
    findings = factcheck.check(corpus)
    text = factcheck.render_report(corpus, findings, fmt)
    assert main(["report", "claims", "-o", name]) == 0
    assert text == (corpus_dir / name).read_text(encoding="utf-8")


def test_render_report_refuses_what_it_cannot_render(corpus_dir: Path) -> None:
    import factcheck

    corpus = factcheck.load("claims")
    findings = factcheck.check(corpus)
    assert factcheck.render_report(corpus, findings).startswith("# Conflict report\n")
    with pytest.raises(ValueError, match=r"^report format 'pdf' is none of md, html, json, "
                                         r"jsonld$"):
        factcheck.render_report(corpus, findings, "pdf")
    with pytest.raises(TypeError, match="takes a Corpus"):
        factcheck.render_report("claims", findings)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="list of Findings"):
        factcheck.render_report(corpus, tuple(findings))  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", ["md", "html", "json", "jsonld"])
def test_render_report_is_the_same_whatever_the_order_of_the_findings(
        corpus_dir: Path, fmt: str) -> None:
    # the JSON's findings are documented as sorted by id, and every format as the same
    # bytes for the same findings; findings sorted by severity gave another report
    import factcheck

    corpus = factcheck.load("claims")
    findings = factcheck.check(corpus)
    by_severity = sorted(findings, key=lambda f: f.status, reverse=True)
    assert by_severity != findings
    assert (factcheck.render_report(corpus, by_severity, fmt)
            == factcheck.render_report(corpus, list(reversed(findings)), fmt)
            == factcheck.render_report(corpus, findings, fmt))


@pytest.mark.parametrize("command", [["report", "-o"], ["extract", "claims/article.txt", "-o"]])
def test_a_directory_that_refuses_the_file_when_it_is_written_is_located_and_hinted(
        corpus_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, command: list[str]) -> None:
    # -o /proc/x as root: /proc passes the check made before the work (root may write
    # anywhere), then making the file fails; extract said "/proc/x: cannot write here: No
    # such file or directory", report "cannot write the report: ...", neither with a hint
    from types import SimpleNamespace

    from factcheck import _atomic

    def refused(*args: object, **kwargs: object) -> None:
        raise FileNotFoundError(2, "No such file or directory")

    monkeypatch.setattr(_atomic, "tempfile", SimpleNamespace(mkstemp=refused))
    (corpus_dir / "out").mkdir()
    what = "the report" if command[0] == "report" else "the output"
    refused_line = "no report was written" if command[0] == "report" else "nothing was extracted"
    assert main([*command, "out/r.md"]) == 2
    assert capsys.readouterr().err.endswith(
        f"out/r.md: {what} cannot be written: its directory cannot be written in\n"
        "  expected: a directory you can write in\n"
        "  found: out, where making a file failed: no such file or directory\n"
        f"  hint: write {what} elsewhere\n"
        f"factcheck: 1 problem; {refused_line}\n")

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(_atomic, "tempfile", SimpleNamespace(mkstemp=full))
    assert main([*command, "out/r.md"]) == 2
    assert capsys.readouterr().err.endswith(
        f"out/r.md: {what} cannot be written: no space left on device\n"
        f"  hint: free some space on its disk, or write {what} elsewhere\n"
        f"factcheck: 1 problem; {refused_line}\n")
    assert list((corpus_dir / "out").iterdir()) == []


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="a /proc file system")
def test_an_output_in_proc_is_located_and_hinted(corpus_dir: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    # as root, os.access lets /proc pass and the write fails; as another user, the check
    # before the work refuses it: either way the same located error
    assert main(["extract", "claims/article.txt", "-o", "/proc/x"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(
        "/proc/x: the output cannot be written: its directory cannot be written in\n"
        "  expected: a directory you can write in\n"
        "  found: /proc"), err
    assert err.endswith("factcheck: 1 problem; nothing was extracted\n")


def test_render_report_refuses_findings_given_twice_or_of_another_corpus(
        corpus_dir: Path) -> None:
    # fs + fs gave a report that listed every finding twice (and counted it twice), and
    # the findings of another corpus a report of claims it does not hold, without a word
    import dataclasses

    import factcheck

    corpus = factcheck.load("claims")
    findings = factcheck.check(corpus)
    first = findings[0].id
    with pytest.raises(ValueError, match=rf"^render_report\(\) takes each finding once, "
                                         rf"as check\(\) gives it: {re.escape(repr(first))} "
                                         rf"is given twice"):
        factcheck.render_report(corpus, findings + findings, "json")
    named = next(f for f in findings if f.claims)
    claim = named.claims[0].claim
    fewer = dataclasses.replace(corpus, claims={
        k: c for k, c in corpus.claims.items() if k != claim})
    with pytest.raises(ValueError, match=rf"^render_report\(\) takes the findings of the "
                                         rf"corpus given: .* names the claim "
                                         rf"{re.escape(repr(claim))}, which the corpus does "
                                         rf"not hold"):
        factcheck.render_report(fewer, findings, "md")
