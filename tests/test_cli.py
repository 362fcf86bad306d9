"""The command line: help, exit codes, text and JSON output."""

import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from corpus_builder import CLAIMS, CONFLICTING, TEXT, write_corpus
from hypothesis import HealthCheck, example, given, settings
from strategies import claim_ids

from factcheck._cli import main


def test_help_lists_the_commands() -> None:
    out = subprocess.run([sys.executable, "-m", "factcheck._cli", "--help"],
                         capture_output=True, text=True, check=True).stdout
    assert "{check" in out or "check" in out.split("COMMAND")[1]
    for command in ("check", "extract", "coverage", "report"):
        assert command in out


def test_python_m_factcheck_is_the_factcheck_command(tmp_path: Path) -> None:
    """``python -m factcheck`` runs the command: same output, same exit code."""
    corpus = str(write_corpus(tmp_path, TEXT, CONFLICTING))
    results = [subprocess.run([sys.executable, "-m", module, "check", "--no-cache", corpus],
                              capture_output=True, text=True, check=False)
               for module in ("factcheck", "factcheck._cli")]
    assert results[0].returncode == 1
    assert "conflict: agreement[s.inv]" in results[0].stdout
    assert (results[0].returncode, results[0].stdout, results[0].stderr) == (
        results[1].returncode, results[1].stdout, results[1].stderr)
    usage = subprocess.run([sys.executable, "-m", "factcheck", "--help"],
                           capture_output=True, text=True, check=True).stdout
    assert usage.startswith("usage: factcheck ")


def test_consistent_corpus_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(write_corpus(tmp_path, TEXT, CLAIMS))]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1] == "1 finding from 2 claims: 1 consistent"
    assert out.startswith("== Consistent (1) ==")


def test_conflict_exits_1_and_is_listed_first(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(write_corpus(tmp_path, TEXT, CONFLICTING))]) == 1
    out = capsys.readouterr().out
    assert out.startswith("== Conflicts (1) ==\nconflict: agreement[s.inv]")
    assert "「另说总投资250亿元」" in out
    assert out.splitlines()[-1] == "1 finding from 3 claims: 1 conflict"


def pasted(out: str) -> tuple[str, str]:
    """The file and the YAML that check's text says to paste, as the user copies it."""
    lines = out.splitlines()
    [start] = [i for i, line in enumerate(lines) if line.startswith("  to accept it, add")]
    block = []
    for line in lines[start + 1:]:
        if not line.startswith("    "):
            break
        block.append(line.removeprefix("    "))
    return lines[start].rpartition(" ")[2].removesuffix(":"), "\n".join(block) + "\n"


def test_check_says_how_to_acknowledge_a_new_conflict_and_the_pasted_yaml_does(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    # the pytest plugin said it, factcheck check did not: a user of the command had to
    # find how in the tutorial
    monkeypatch.chdir(write_corpus(tmp_path, TEXT, CONFLICTING))
    assert main(["check", "--no-cache", "."]) == 1
    out = capsys.readouterr().out
    assert ("  difference: 43.9亿元 (14.6%)\n"
            "  to accept it, add to claims.yaml:\n"
            "    acknowledgements:\n"
            "      - finding: agreement[s.inv]\n"
            "        status: conflict\n"
            "        claims: [near, other, total]\n"
            "        reason: <why the difference is accepted>\n\n") in out
    file, yaml = pasted(out)
    path = tmp_path / file
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n"
    path.write_text(text + yaml.replace("<why the difference is accepted>", "misprint"),
                    encoding="utf-8")
    assert main(["check", "--no-cache", "."]) == 0
    out = capsys.readouterr().out
    assert "to accept it" not in out  # acknowledged: nothing to paste
    assert "conflict (acknowledged): agreement[s.inv]" in out


def test_check_says_how_to_acknowledge_a_discrepancy_under_the_files_acknowledgements(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    claims = """\
claims:
  - {id: round, quote: 共计投资300亿元, value: 300亿元, entity: s, metric: inv,
     as_of: 2017-11-28}
  - {id: total, quote: 总投资额达293.9亿元, value: 293.9亿元, entity: s, metric: inv,
     as_of: 2017-11-28}
acknowledgements:
  - {finding: "bound[gone]", reason: no such finding}
"""
    monkeypatch.chdir(write_corpus(tmp_path, "共计投资300亿元。总投资额达293.9亿元。", claims))
    assert main(["check", "--no-cache", "."]) == 1  # the stale acknowledgement
    out = capsys.readouterr().out
    assert "discrepancy: agreement[s.inv]" in out
    assert ("\n  to accept it, add under acknowledgements: in claims.yaml:\n"
            "    - finding: agreement[s.inv]\n"
            "      claims: [round, total]\n"
            "      reason: <why the difference is accepted>\n") in out
    # a stale acknowledgement is removed or fixed, not acknowledged
    assert out.count("to accept it") == 1


def test_check_says_to_edit_an_acknowledgement_of_another_status(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    # the conflict was acknowledged as a discrepancy: check said to paste a second
    # acknowledgement, which beside the first goes stale as acknowledged twice
    monkeypatch.chdir(write_corpus(tmp_path, TEXT, CONFLICTING + """\
acknowledgements:
  - finding: agreement[s.inv]
    reason: the second article counts the phase-two money too
"""))
    assert main(["check", "--no-cache", "."]) == 1
    out = capsys.readouterr().out
    assert ("  to accept it, edit its acknowledgement at claims.yaml:") in out
    assert "which accepts a discrepancy: give it status: conflict if its reason still holds" in out
    assert "to accept it, add" not in out


def test_check_says_to_fix_the_id_of_a_misspelt_acknowledgement(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    # the stale acknowledgement said "did you mean 'agreement[s.inv]'?", but the conflict
    # said to add a new acknowledgement, which left the misspelt one stale, failing the run
    monkeypatch.chdir(write_corpus(tmp_path, TEXT, CONFLICTING + """\
acknowledgements:
  - finding: agreement[s.invv]
    claims: [total, other]
    reason: the second article counts the phase-two money too
"""))
    assert main(["check", "--no-cache", "."]) == 1
    out = capsys.readouterr().out
    assert "(did you mean 'agreement[s.inv]'?)" in out
    assert ("  to accept it, fix the id of the acknowledgement at claims.yaml:10:5, which names "
            "'agreement[s.invv]', no finding: set its finding: to agreement[s.inv] and give "
            "it status: conflict and set its claims: to [near, other, total] if its reason "
            "holds for this one") in out
    assert "to accept it, add" not in out
    path = tmp_path / "claims.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "finding: agreement[s.invv]", "finding: agreement[s.inv]\n    status: conflict").replace(
        "claims: [total, other]", "claims: [near, other, total]"), encoding="utf-8")
    assert main(["check", "--no-cache", "."]) == 0


def test_a_claim_that_joined_a_pinned_acknowledgement_fails_and_says_what_to_set(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    # the conflict between total and other was reviewed; near joined it since
    monkeypatch.chdir(write_corpus(tmp_path, TEXT, CONFLICTING + """\
acknowledgements:
  - finding: agreement[s.inv]
    status: conflict
    claims: [total, other]
    reason: the second article counts the phase-two money too
"""))
    assert main(["check", "--no-cache", "."]) == 1
    out = capsys.readouterr().out
    assert ("'agreement[s.inv]' has changed since it was acknowledged: near (近300亿) joined "
            "it; review it again") in out
    assert ("  to accept it, edit its acknowledgement at claims.yaml:10:5, which accepts other "
            "claims: set its claims: to [near, other, total] if its reason still holds") in out
    assert "to accept it, add" not in out
    path = tmp_path / "claims.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "claims: [total, other]", "claims: [near, other, total]"), encoding="utf-8")
    assert main(["check", "--no-cache", "."]) == 0
    assert "conflict (acknowledged): agreement[s.inv]" in capsys.readouterr().out


@pytest.mark.parametrize(("written", "first", "found"), [
    ("0o17", "claim '0o17' (claims) does not exist: YAML reads 0o17 as the number 15",
     "a number: 0o17"),
    ("1e3", "an acknowledgement's claims: lists claim ids", "a number: 1e3"),
])
def test_a_pinned_claim_written_as_a_number_is_refused_as_written_with_the_quotes_to_add(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        written: str, first: str, found: str) -> None:
    # claims: [0o17] was "claim '15' does not exist", and [1e3] found "a number: 1000.0"
    monkeypatch.chdir(write_corpus(tmp_path, TEXT, CONFLICTING.replace(
        "id: other", f'id: "{written}"') + f"""\
acknowledgements:
  - finding: agreement[s.inv]
    status: conflict
    claims: [near, total, {written}]
    reason: misprint
"""))
    assert main(["check", "--no-cache", "."]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"claims.yaml:12:27: {first}\n"), err
    assert f"  found: {found}\n" in err
    assert f'  hint: to name the claim \'{written}\', quote it: claims: ["{written}"]\n' in err
    path = tmp_path / "claims.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        f"total, {written}]", f'total, "{written}"]'), encoding="utf-8")
    assert main(["check", "--no-cache", "."]) == 0


@pytest.mark.parametrize("claim_id", ["null", "12", "yes", "a[1]", "x,y", "三 号", "1e3",
                                      "0o17"])
def test_the_acknowledgement_to_paste_quotes_claim_ids_yaml_would_misread(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], claim_id: str) -> None:
    quoted = json.dumps(claim_id, ensure_ascii=False)
    monkeypatch.chdir(write_corpus(tmp_path, TEXT, CONFLICTING.replace(
        "id: other", f"id: {quoted}")))
    assert main(["check", "--no-cache", "."]) == 1
    file, yaml = pasted(capsys.readouterr().out)
    path = tmp_path / file
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n" + yaml.replace(
        "<why the difference is accepted>", "misprint"), encoding="utf-8")
    assert main(["check", "--no-cache", "."]) == 0, capsys.readouterr()


def test_acknowledged_conflict_exits_0(tmp_path: Path) -> None:
    path = write_corpus(tmp_path, TEXT, CONFLICTING, """\
acknowledgements:
  - {finding: "agreement[s.inv]", status: conflict, reason: the article contradicts itself}
""")
    assert main(["check", str(path)]) == 0


def test_a_conflict_acknowledged_as_a_discrepancy_fails(tmp_path: Path) -> None:
    path = write_corpus(tmp_path, TEXT, CONFLICTING, """\
acknowledgements:
  - {finding: "agreement[s.inv]", reason: round figures}
""")
    assert main(["check", str(path)]) == 1


def test_strict_fails_on_unacknowledged_discrepancy(tmp_path: Path) -> None:
    claims = CLAIMS + """\
  - {id: round, quote: 另说总投资250亿元, value: 250亿元, entity: s, metric: other,
     as_of: 2017-11-28}
"""
    path = write_corpus(tmp_path, TEXT, claims, """\
checks:
  - {kind: bound, id: b, qualified: near, exact: round}
""")
    assert main(["check", str(path)]) == 1  # 250亿 is outside [270, 300): conflict
    (tmp_path / "two").mkdir()
    path2 = write_corpus(tmp_path / "two", "近300亿。总投资300亿元。", """\
claims:
  - {id: near, quote: 近300亿, value: 近300亿, unit: 元, entity: s, metric: a, as_of: "2017"}
  - {id: exact, quote: 总投资300亿元, value: 300亿元, entity: s, metric: b, as_of: "2017"}
""", "checks:\n  - {kind: bound, id: b, qualified: near, exact: exact}\n")
    assert main(["check", str(path2)]) == 0
    assert main(["check", "--strict", str(path2)]) == 1


def test_strict_does_not_fail_on_a_not_checkable_finding(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # as README says: --strict adds unacknowledged discrepancies, and a sum that mixes 元
    # and 港元 is not-checkable, which fails no run; --help said nothing of it
    path = write_corpus(tmp_path, "總額12.5億港元，其中甲項7.5億港元，人民幣3億元。", """\
claims:
  - {id: t, quote: 總額12.5億港元, value: 12.5億港元, entity: s, metric: t, as_of: "2023"}
  - {id: a, quote: 甲項7.5億港元, value: 7.5億港元, entity: s, metric: a, as_of: "2023"}
  - {id: c, quote: 人民幣3億元, value: 3億元, entity: s, metric: c, as_of: "2023"}
""", "checks:\n  - {kind: sum, id: mixed, total: t, parts: [a, c]}\n")
    assert main(["check", "--strict", str(path)]) == 0
    assert "not-checkable: sum[mixed]" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    said = "--strict unacknowledged discrepancies also fail the run (not-checkable findings do not)"
    assert "".join(said.split()) in "".join(capsys.readouterr().out.split())  # as wrapped


def test_json_output_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--format", "json", str(write_corpus(tmp_path, TEXT, CLAIMS))]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["version"] == 1
    total = next(c for c in data["claims"] if c["id"] == "total")
    assert total["base"] == {"magnitude": "29390000000", "unit": "yuan"}
    assert total["interval"]["low"] == "29385000000"
    assert total["interval"]["high"] == "29395000000"
    assert TEXT[total["span"][0]:total["span"][1]] == "总投资额达293.9亿元"
    assert total["source_file"].endswith("article.txt")
    # where the figure is in the article, as the Markdown and HTML reports give it
    # (article.txt:1:21): the JSON gave the span's offsets alone
    assert (total["source_line"], total["source_col"]) == (1, TEXT.index("293.9亿元") + 1)
    near = next(c for c in data["claims"] if c["id"] == "near")
    assert near["interval"] == {"low": "27000000000", "high": "30000000000",
                                "low_closed": True, "high_closed": False}
    # the articles by title, as the reports name them: the JSON gave their ids and files
    assert data["sources"] == [{
        "source": "s", "file": total["source_file"], "title": "测试文章", "url": None,
        "publisher": None, "published": "2023-08-25", "script": "simplified"}]
    [finding] = data["findings"]
    assert set(finding) >= {"id", "kind", "status", "acknowledged", "claims", "message"}
    assert finding["claims"] == ["near", "total"]
    # each claim's role and its value in the finding's common unit, as the reports'
    # claims table gives them: the JSON gave the ids alone
    assert finding["involved"] == [
        {"claim": "near", "role": "compared", "shown": "[270亿元, 300亿元)"},
        {"claim": "total", "role": "compared", "shown": "293.9亿元"}]


@pytest.mark.parametrize("cache", [False, True])
def test_json_is_the_same_text_through_bytes_or_text(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache: bool) -> None:
    """JSON goes to a UTF-8 stream's buffer as bytes, to other streams as text, and from
    the cache as recorded: every way writes the same text."""
    import io

    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    corpus = str(write_corpus(tmp_path, TEXT, CLAIMS))
    args = ["check", "--format", "json", corpus] + ([] if cache else ["--no-cache"])
    streams = {
        "utf-8 buffer": io.TextIOWrapper(io.BytesIO(), encoding="utf-8"),
        "text only": io.StringIO(),
        "gb18030 buffer": io.TextIOWrapper(io.BytesIO(), encoding="gb18030"),
        "utf-8 again": io.TextIOWrapper(io.BytesIO(), encoding="utf-8"),  # cached, if on
    }
    from factcheck import _json

    as_bytes = []
    real = _json.dump_byte_pieces
    monkeypatch.setattr(_json, "dump_byte_pieces",
                        lambda *args: as_bytes.append(1) or real(*args))
    written = {}
    for name, stream in streams.items():
        monkeypatch.setattr(sys, "stdout", stream)
        assert main(args) == 0
        stream.flush()
        written[name] = (stream.getvalue() if isinstance(stream, io.StringIO)
                         else stream.buffer.getvalue().decode(stream.encoding))
    monkeypatch.undo()
    assert len(as_bytes) == (1 if cache else 2)  # to the UTF-8 buffers, when not replayed
    assert "总投资额达293.9亿元" in written["text only"]  # written as itself, not escaped
    assert len(set(written.values())) == 1
    assert json.loads(written["text only"])["version"] == 1


class _TextOnly:
    """A UTF-8 text stream without a ``buffer``: what the text path writes to it."""

    def __init__(self, errors: str) -> None:
        import io

        self.inner = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors=errors)
        self.encoding, self.errors = "utf-8", errors

    def write(self, text: str) -> int:
        return self.inner.write(text)

    def flush(self) -> None:
        self.inner.flush()


@pytest.mark.parametrize("errors", ["strict", "surrogateescape", "backslashreplace"])
def test_a_lone_surrogate_escape_is_refused_whatever_the_stream(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, errors: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    import io

    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)
    # a YAML escape could put a lone surrogate in a claim id, which no UTF-8 output holds:
    # both YAML paths refuse it at its place, so it never reaches a stream
    claims = CLAIMS.replace("{id: total,", '{id: "tot\\udc80al",')
    assert claims != CLAIMS
    corpus = str(write_corpus(tmp_path, TEXT, claims))
    for stream in (io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors=errors),
                   _TextOnly(errors)):
        monkeypatch.setattr(sys, "stdout", stream)
        assert main(["check", "--format", "json", "--no-cache", corpus]) == 2
        stream.flush()
        inner = stream.inner if isinstance(stream, _TextOnly) else stream
        assert inner.buffer.getvalue() == b""
    monkeypatch.undo()
    assert "half of a UTF-16 surrogate pair, not a character" in capsys.readouterr().err


@pytest.mark.parametrize(("debug", "shown"), [
    (None, False), ("", False), ("0", False), (" 0 ", False), ("1", True), ("yes", True)])
def test_an_internal_error_shows_its_traceback_only_with_factcheck_debug(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        debug: str | None, shown: bool) -> None:
    # FACTCHECK_DEBUG=0 turned the traceback on, as any value did
    from factcheck import _coverage_cli

    def bug(*args: object) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setattr(_coverage_cli, "_run", bug)
    if debug is None:
        monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)
    else:
        monkeypatch.setenv("FACTCHECK_DEBUG", debug)
    if shown:
        with pytest.raises(RuntimeError, match="a bug"):
            main(["coverage", "claims"])
        return
    assert main(["coverage", "claims"]) == 3
    assert capsys.readouterr().err.startswith(
        "factcheck: internal error: RuntimeError: a bug\nThis is a bug in factcheck; rerun "
        "with FACTCHECK_DEBUG=1 to see the traceback, and report it.")


def test_bad_input_exits_2_without_traceback(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("claims: [\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "factcheck._cli", "check", str(tmp_path)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "bad.yaml:2:1: not valid YAML" in result.stderr


def test_a_source_that_is_a_fifo_is_refused_without_opening_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import os

    write_corpus(tmp_path, TEXT, CLAIMS)
    (tmp_path / "article.txt").unlink()
    os.mkfifo(tmp_path / "article.txt")  # opening it would block for ever
    assert main(["check", "--no-cache", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "source file 'article.txt' is a FIFO (named pipe), not a text file" in err
    assert main(["extract", str(tmp_path / "article.txt")]) == 2
    assert "is a FIFO (named pipe), not a text file" in capsys.readouterr().err
    assert main(["check", str(tmp_path / "article.txt")]) == 2
    assert "is a FIFO (named pipe), not a claims file or directory" in capsys.readouterr().err


def test_overlapping_paths_load_each_file_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    write_corpus(tmp_path, TEXT, CLAIMS)
    monkeypatch.chdir(tmp_path)
    assert main(["check", ".", str(tmp_path), "../" + tmp_path.name]) == 0
    assert "duplicate" not in capsys.readouterr().err


@pytest.mark.parametrize("target", ["folder", "/dev/null", "article.txt"])
def test_extract_replaces_only_a_file_and_never_its_article(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        target: str) -> None:
    write_corpus(tmp_path, TEXT, CLAIMS)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "folder").mkdir()
    before = (tmp_path / "article.txt").read_bytes()
    assert main(["extract", "article.txt", "-o", target, "--force"]) == 2
    assert "Traceback" not in capsys.readouterr().err
    assert (tmp_path / "article.txt").read_bytes() == before
    assert Path("/dev/null").is_char_device() and (tmp_path / "folder").is_dir()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_extract_to_a_pipe_or_device_is_told_how_to_write_to_stdout(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    # `extract a.txt -o /dev/stdout | jq` is refused (only a file is replaced), and the
    # hint was "name a file to write", where stdout is what was meant
    write_corpus(tmp_path, TEXT, CLAIMS)
    monkeypatch.chdir(tmp_path)
    os.mkfifo("pipe")
    for target, kind in (("pipe", "a FIFO (named pipe)"), ("/dev/null", "a device")):
        assert main(["extract", "article.txt", "-o", target]) == 2
        assert capsys.readouterr().err == (
            f"{target}: the output is {kind}, not a file; nothing was written\n"
            "  expected: a file to write\n"
            "  hint: name a file to write; to write to standard output, leave out -o (or "
            "write -o -)\n"
            "factcheck: 1 problem; nothing was extracted\n")


def test_every_wrong_path_is_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    assert main(["check", str(tmp_path / "nope1"), str(tmp_path / "empty"),
                 str(tmp_path / "nope2")]) == 2
    err = capsys.readouterr().err
    assert err.count("no such file or directory") == 2
    assert "no claims files found in this directory" in err
    assert err.endswith("factcheck: 3 problems; nothing was checked\n")


@pytest.mark.parametrize(("command", "example"), [
    (["check"], "`factcheck check claims/`"),
    (["report", "-o", "r.md"], "`factcheck report path/to/claims/ -o r.md`"),
    (["coverage"], "`factcheck coverage path/to/claims/`"),
])
def test_a_path_without_claims_files_is_told_the_command_that_was_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        command: list[str], example: str) -> None:
    # report and coverage were told to run `factcheck check claims/`
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    (tmp_path / "article.txt").write_text(TEXT, encoding="utf-8")
    for path in ("empty", "article.txt"):
        assert main([*command, path]) == 2
        err = capsys.readouterr().err
        assert f"e.g. {example}" in err, err
        assert "factcheck check" not in err or command == ["check"], err


def test_a_stale_acknowledgement_is_not_shown_as_acknowledged() -> None:
    # As in the Markdown and HTML reports: the reason of a stale acknowledgement accepts
    # nothing, so it is labelled "acknowledgement", not "acknowledged".
    from factcheck import Finding, Status
    from factcheck._text import render_finding

    stale = Finding("stale[x]", "acknowledgement", Status.STALE, "matches no finding",
                    acknowledgement="round figures")
    assert "  acknowledgement: round figures" in render_finding(stale).splitlines()
    # its id says "stale" already: said once, as the pytest plugin says it
    assert render_finding(stale).startswith("stale[x]  [")
    accepted = Finding("k[x]", "k", Status.DISCREPANCY, "m").acknowledge("round figures")
    assert "  acknowledged: round figures" in render_finding(accepted).splitlines()


def test_check_names_the_reviewer_of_an_acknowledgement_as_the_reports_do(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the Markdown and HTML reports said "Acknowledged by 王芳: ...", check's text said
    # only "acknowledged: ...": who accepted the finding was not in the terminal
    corpus = write_corpus(tmp_path, TEXT, CONFLICTING)
    (corpus / "acks.yaml").write_text(
        "acknowledgements:\n"
        "  - {finding: 'agreement[s.inv]', status: conflict, reason: misprint, "
        "reviewer: 王芳}\n"
        "  - {finding: 'agreement[s.nothing]', reason: gone, reviewer: 李明}\n"
        "  - {finding: 'agreement[s.other]', reason: again}\n",
        encoding="utf-8")
    assert main(["check", "--no-cache", str(corpus)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert "  acknowledged by 王芳: misprint" in lines
    assert "  acknowledgement by 李明: gone" in lines  # stale: it accepts nothing
    assert "  acknowledgement: again" in lines  # no reviewer: the label alone


def test_a_reason_written_over_several_lines_stays_under_its_label() -> None:
    # a YAML | block's second line was written at column 0, as if it were a line of its own
    from factcheck import Finding, Status
    from factcheck._text import render_finding

    accepted = Finding("k[x]", "k", Status.DISCREPANCY, "m").acknowledge(
        "round figures.\n\n3000公里 is a figure of speech.")
    assert render_finding(accepted).splitlines()[-3:] == [
        "  acknowledged: round figures.", "", "    3000公里 is a figure of speech."]


def test_ctrl_c_while_the_command_line_is_read_exits_130(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # building the parser reads the installed version from the package metadata: a
    # Ctrl-C there (a tenth of a second into a run) once ended in a traceback
    from factcheck import _cli

    def interrupted() -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(_cli, "_parser", interrupted)
    try:
        code = main(["check"])
    except KeyboardInterrupt:  # raised out of main() would stop pytest itself
        pytest.fail("KeyboardInterrupt escaped main()")
    assert code == 130
    assert capsys.readouterr() == ("", "factcheck: interrupted\n")


_INTERRUPT_AT_THE_SECOND_FINDING = """\
import os, signal, sys
from factcheck import _cli, _progress

step = _progress.Progress.step
def interrupt(bar, count=1):
    if bar.done == 1:  # the report is being written: its temporary file exists
        os.kill(os.getpid(), signal.SIGINT)
    step(bar, count)
_progress.Progress.step = interrupt
sys.argv[1:] = {args!r}
_cli.console()
"""


def test_ctrl_c_while_a_report_is_written_exits_130_and_leaves_no_file(
        tmp_path: Path) -> None:
    # a real SIGINT to the command as a process: its status (os._exit), its stderr, and
    # no report or temporary file left in the report's directory
    claims = CONFLICTING + """\
  - {id: again, quote: 总投资额达293.9亿元, value: 293.9亿元, entity: s, metric: inv2,
     as_of: 2017-11-28}
  - {id: again2, quote: 另说总投资250亿元, value: 250亿元, entity: s, metric: inv2,
     as_of: 2017-11-28}
"""
    corpus = write_corpus(tmp_path, TEXT, claims)
    out = tmp_path / "out"
    out.mkdir()
    args = ["report", str(corpus), "-o", str(out / "report.html")]
    result = subprocess.run(
        [sys.executable, "-c", _INTERRUPT_AT_THE_SECOND_FINDING.format(args=args)],
        capture_output=True, text=True, check=False)
    assert (result.returncode, result.stdout, result.stderr) == (
        130, "", "factcheck: interrupted\n")
    assert list(out.iterdir()) == []


@pytest.mark.parametrize(("command", "tail"), [
    (["check"], "nothing was checked"),
    (["report", "-o", "r.md"], "no report was written"),
    (["coverage"], "nothing was measured"),
    (["extract"], "nothing was extracted"),
])
def test_an_error_says_what_the_command_did_not_do(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str],
        tail: str) -> None:
    # extract and coverage check nothing: "nothing was checked" misled there
    missing = str(tmp_path / "missing.yaml")
    assert main([*command, missing]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{missing}: no such file")
    assert err.endswith(f"\nfactcheck: 1 problem; {tail}\n")


@pytest.mark.parametrize(("command", "example"), [
    (["check"], "factcheck check path/to/claims/"),
    (["coverage"], "factcheck coverage path/to/claims/"),
    # the hint's command runs as shown: it said `factcheck report path/to/claims/`, an
    # argparse error without the required -o
    (["report", "-o", "r.md"], "factcheck report path/to/claims/ -o r.md"),
])
def test_without_a_path_and_without_claims_here_the_default_is_named(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        command: list[str], example: str) -> None:
    # "claims: no such file or directory; hint: check the path" named a path nobody typed
    monkeypatch.chdir(tmp_path)
    assert main(command) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[:3] == [
        "claims: no such file or directory: no PATH was given, and claims/ (the default) is "
        "not in the current directory",
        "  expected: a claims directory or claims files",
        f"  hint: name them, e.g. `{example}`, or run factcheck in the directory that "
        "holds claims/"]
    (tmp_path / "claims").mkdir()
    write_corpus(tmp_path / "claims", TEXT, CLAIMS)  # the default, when it is here
    assert main(command) == 0


@pytest.mark.parametrize(("command", "example"), [
    (["check"], "factcheck check ."),
    (["coverage"], "factcheck coverage ."),
    (["report", "-o", "r.md"], "factcheck report . -o r.md"),
])
def test_without_a_path_in_a_corpus_directory_the_hint_names_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        command: list[str], example: str) -> None:
    # run in the directory that holds sources.yaml, as the tutorial's reader does, the hint
    # said to name a path/to/claims/ or to run factcheck where claims/ is: neither is here
    write_corpus(tmp_path, TEXT, CLAIMS)
    (tmp_path / "registry.yaml").rename(tmp_path / "sources.yaml")
    monkeypatch.chdir(tmp_path)
    assert main(command) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[2] == (f"  hint: this directory holds sources.yaml, a corpus: name it, "
                      f"`{example}`")
    assert main([*command, "."]) == 0


def test_every_option_is_explained_and_every_command_lists_its_exit_codes() -> None:
    import argparse

    from factcheck import _cli

    parser = _cli._parser()
    [commands] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert set(commands.choices) == {"check", "extract", "coverage", "report"}
    for name, command in [("factcheck", parser), *commands.choices.items()]:
        for action in command._actions:
            if action.option_strings and not isinstance(action, argparse._SubParsersAction):
                assert action.help, f"{name} {action.option_strings[0]} has no help"
        epilog = command.epilog or ""
        assert "Exit codes: 0 " in epilog and "130 interrupted" in epilog, name
        assert "3 a bug in factcheck" in epilog, name
    assert "coverage below --fail-under" in parser.epilog


def _ascii_locale() -> dict[str, str]:
    """The environment of a locale whose file system encoding is ASCII (no UTF-8 mode)."""
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PYTHONIO"))}
    env.update(LC_ALL="C", LANG="C", PYTHONUTF8="0")
    return env


def test_an_article_name_the_locale_cannot_spell_is_a_located_error(tmp_path: Path) -> None:
    # it was "cannot write the output: stdout's encoding (ascii) cannot write ..., hint:
    # write a report to a file with -o", for a file name, and also with -o
    corpus = write_corpus(tmp_path, TEXT, CLAIMS)
    (corpus / "article.txt").rename(corpus / "报道.txt")
    registry = corpus / "registry.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace(
        "article.txt", "报道.txt"), encoding="utf-8")
    for command in (["check", "--no-cache"], ["report", "-o", str(tmp_path / "r.md")]):
        result = subprocess.run(
            [sys.executable, "-m", "factcheck._cli", *command, str(corpus)],
            capture_output=True, env=_ascii_locale(), check=False)
        err = result.stderr.decode("ascii")
        assert result.returncode == 2, err
        assert ("registry.yaml:3:3: source file '\\u62a5\\u9053.txt' cannot be opened: the "
                "file system encoding (ascii) cannot write '\\u62a5\\u9053'") in err
        assert "hint: run factcheck in a UTF-8 locale (LANG=C.UTF-8), or set PYTHONUTF8=1" in err


_UNDECODED = ("the text holds '\\udce5\\udc8d\\udc97\\udce6\\udcb1\\udc9f', bytes of a file "
              "name or argument that the locale's encoding (ascii) could not decode, which "
              "UTF-8 cannot encode; run factcheck in a UTF-8 locale (LANG=C.UTF-8), or set "
              "PYTHONUTF8=1")


def test_a_file_that_cannot_hold_a_path_the_locale_cannot_spell_is_named(
        tmp_path: Path) -> None:
    # under "dir 南江" in LC_ALL=C, the path's bytes are undecoded (surrogates) and UTF-8
    # cannot write them: it was "cannot write the output: stdout's encoding (ascii) cannot
    # write '\udce5...', hint: set PYTHONIOENCODING=utf-8, or write a report to a file with
    # -o", for a write to the file given with -o
    (tmp_path / "dir 南江").mkdir()
    write_corpus(tmp_path / "dir 南江", TEXT, CLAIMS)
    for command, said in (
            (["extract", "dir 南江/article.txt", "--format", "yaml", "-o", "out.yaml"],
             f"out.yaml: the output cannot be written: {_UNDECODED}\n"
             "factcheck: 1 problem; nothing was extracted\n"),
            (["report", "dir 南江", "-o", "r.json"],
             f"r.json: the report cannot be written: {_UNDECODED}\n"
             "factcheck: 1 problem; no report was written\n")):
        result = subprocess.run(
            [sys.executable, "-m", "factcheck._cli", *command], cwd=tmp_path,
            capture_output=True, env=_ascii_locale(), check=False)
        assert (result.returncode, result.stderr.decode("ascii")) == (2, said)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["dir 南江"]  # nothing left


@pytest.mark.skipif(sys.platform != "linux" or sys.getfilesystemencoding() != "utf-8",
                    reason="a file name that is not UTF-8, in a UTF-8 locale")
def test_a_file_name_that_is_not_utf8_in_a_utf8_locale_is_to_be_renamed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import os

    # a claims file named in GBK (道里, unpacked from a Windows zip): its name cannot be
    # written as UTF-8, and the hints said to run in a UTF-8 locale, or to set
    # PYTHONIOENCODING=utf-8, in a UTF-8 locale whose stdout already is UTF-8
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "corpus").mkdir()
    corpus = write_corpus(tmp_path / "corpus", TEXT, CONFLICTING)
    name = os.fsdecode("道里".encode("gbk") + b".yaml")
    (corpus / "claims.yaml").rename(corpus / name)
    found = repr("道里".encode("gbk").decode("utf-8", "surrogateescape"))
    rename = ("rename the file to a UTF-8 name (convmv -f GBK -t UTF-8 --notest FILE renames "
              "one named in GBK, as Windows names Chinese files)")
    monkeypatch.chdir(tmp_path)
    assert main(["report", "corpus", "-o", "r.md"]) == 2
    assert capsys.readouterr().err == (
        f"r.md: the report cannot be written: the text holds {found}, bytes of a file name "
        f"or argument that are not UTF-8, which UTF-8 cannot encode; {rename}\n"
        "factcheck: 1 problem; no report was written\n")
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding="utf-8"))
    assert main(["check", "--no-cache", "corpus"]) == 2
    assert capsys.readouterr().err == (
        f"factcheck: cannot write the output: stdout's encoding (utf-8) cannot write {found}, "
        f"bytes of a file name or argument that are not UTF-8\n  hint: {rename}\n")


def test_an_encoding_error_not_of_stdout_does_not_blame_stdout(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    def unwritable(*args: object) -> str:
        raise UnicodeEncodeError("utf-8", "a\udce5", 1, 2, "surrogates not allowed")

    monkeypatch.setattr("factcheck._extract_render.render_yaml", unwritable)
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding="ascii"))
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert main(["extract", str(article), "--format", "yaml"]) == 2
    assert capsys.readouterr().err == (
        "factcheck: cannot write the output: the encoding utf-8 cannot write '\\udce5'\n")


def test_extract_looks_past_a_registered_name_the_locale_cannot_spell(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path, TEXT, CLAIMS)
    (corpus / "sources.yaml").write_text("sources:\n" + "".join(
        f"  - {{id: {name}, file: {file}, title: t, published: 2023-08-25, "
        "script: simplified}\n" for name, file in (("other", "报道.txt"), ("s", "article.txt"))),
        encoding="utf-8")
    out = tmp_path / "mentions.json"
    result = subprocess.run(
        [sys.executable, "-m", "factcheck._cli", "extract", str(corpus / "article.txt"),
         "--format", "json", "-o", str(out)], capture_output=True, env=_ascii_locale(),
        check=False)
    err = result.stderr.decode("ascii")
    assert result.returncode == 0, err
    # the registry does not load in this locale (its other article cannot be opened): the
    # article is read as unregistered, and the warning says why
    assert json.loads(out.read_text(encoding="utf-8"))["source"] is None
    assert "sources.yaml: warning: the registry does not load" in err
    assert "the file system encoding (ascii) cannot write '\\u62a5\\u9053'" in err


def test_claims_that_give_no_finding_say_that_nothing_was_checked(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # one claim, with nothing to compare it with and no check: "0 findings from 1 claim:
    # none" read as if the claims had been checked and found consistent
    corpus = write_corpus(tmp_path, TEXT, CLAIMS.rsplit("\n  - ", 1)[0] + "\n")
    for strict in ([], ["--strict"]):
        # and the run does not pass: it exited 0, though a run that checks nothing must not
        assert main(["check", str(corpus), *strict]) == 2
        out, err = capsys.readouterr()
        assert out.splitlines()[-1] == (
            "0 findings from 1 claim: nothing checked (no two claims of one entity and "
            "metric have overlapping as_of periods, none is of a cumulative metric, and no "
            "check names a claim: see docs/checks.md)")
        assert err.startswith(f"{corpus}: no claim here is compared with anything, so "
                              f"nothing was checked\n")
        assert "  found: 1 claim and 0 findings\n" in err


def test_report_refuses_claims_that_give_no_finding_as_check_does(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # check exits 2 on them (a run that checks nothing does not pass), but report wrote
    # "0 findings" and exited 0, so a build that gates on it passed with nothing checked
    corpus = write_corpus(tmp_path, TEXT, CLAIMS.rsplit("\n  - ", 1)[0] + "\n")
    report = tmp_path / "r.md"
    report.write_text("the previous report\n", encoding="utf-8")
    assert main(["report", str(corpus), "-o", str(report)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"{corpus}: no claim here is compared with anything, so nothing "
                          "was checked\n")
    assert "  found: 1 claim and 0 findings\n" in err
    assert err.endswith("\nfactcheck: 1 problem; no report was written\n")
    assert report.read_text(encoding="utf-8") == "the previous report\n"  # kept, as refused


#: What each command's refusal says it did not do.
REFUSED = {"check": "nothing was checked", "report": "no report was written"}


@pytest.mark.parametrize("command", ["check", "report"])
def test_a_corpus_without_claims_is_refused_not_passed(
        command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # "0 findings from 0 claims: none" and exit 0 passed a run that checked nothing, for a
    # path that held only the vocabulary, or claims files with empty claims: lists
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "vocabulary.yaml").write_text(
        "entities:\n  - {id: e1, name: 某实体}\nmetrics:\n  - {id: m1, name: 某指标}\n",
        encoding="utf-8")
    (corpus / "empty.yaml").write_text("claims: []\n", encoding="utf-8")
    output = ["-o", str(tmp_path / "r.md")] if command == "report" else []
    example = " ".join([f"factcheck {command} path/to/claims/", *output])
    assert main([command, str(corpus), *output]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"{corpus.as_posix()}: no claims here, so there is nothing to check\n"
        "  expected: claims files, each with a claims: list\n"
        "  found: 0 claims in 2 YAML files\n"  # it said "0 claims", as if none were read
        f"  hint: give the directory that holds the claims files (`{example}`), or start "
        "some with `factcheck extract ARTICLE --format yaml`; a claims: list that is empty, "
        "as in a new file, holds none\n"
        f"factcheck: 1 problem; {REFUSED[command]}\n")
    assert not (tmp_path / "r.md").exists()


@pytest.mark.parametrize("command", ["check", "report"])
def test_the_registry_given_alone_is_told_its_corpus_directory(
        command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # `factcheck check claims/sources.yaml` was told to give `path/to/claims/`: the
    # directory it meant, beside the file it gave, is known
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims").mkdir()
    corpus = write_corpus(tmp_path / "claims", TEXT, CLAIMS)
    (corpus / "registry.yaml").rename(corpus / "sources.yaml")
    assert main(["check", "claims"]) == 0  # the whole corpus loads and checks
    capsys.readouterr()
    output = ["-o", "r.md"] if command == "report" else []
    assert main([command, "claims/sources.yaml", *output]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "claims/sources.yaml: no claims here, so there is nothing to check"
    assert err[3].startswith(f"  hint: give the directory that holds the claims files "
                             f"(`{' '.join([f'factcheck {command} claims/', *output])}`)")
    # a new claims file of a folder below it: the corpus directory is the one above, which
    # holds sources.yaml
    (corpus / "articles").mkdir()
    (corpus / "articles" / "new.yaml").write_text("claims: []\n", encoding="utf-8")
    assert main([command, "claims/articles/new.yaml", *output]) == 2
    assert f"(`factcheck {command} claims/" in capsys.readouterr().err
    # the corpus given whole: no other directory to name
    (corpus / "claims.yaml").write_text("source: s\nclaims: []\n", encoding="utf-8")
    assert main([command, "claims", *output]) == 2
    assert f"(`factcheck {command} path/to/claims/" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["check", "report"])
def test_several_paths_without_claims_are_named_each(
        command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # "a b: no claims here" read as one path with a space
    monkeypatch.chdir(tmp_path)
    for name in ("a", "dir b", "it's"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "empty.yaml").write_text("claims: []\n", encoding="utf-8")
    output = ["-o", "r.md"] if command == "report" else []
    assert main([command, "a", "dir b", "it's", *output]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[:2] == ["'a', 'dir b', 'it'\"'\"'s': no claims here, so there is nothing to "
                       "check", "  expected: claims files, each with a claims: list"]
    assert main([command, "a", *output]) == 2  # one path: as given
    assert capsys.readouterr().err.startswith("a: no claims here")


def test_a_removed_working_directory_is_said_not_an_internal_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # run from a directory that was removed, `factcheck check /abs/claims` was
    # "internal error: FileNotFoundError" (exit 3): paths are shown relative to it
    write_corpus(tmp_path, TEXT, CLAIMS)

    def removed() -> str:
        raise FileNotFoundError(2, "No such file or directory")

    monkeypatch.setattr("os.getcwd", removed)
    assert main(["check", str(tmp_path)]) == 2
    assert capsys.readouterr().err == (
        ".: the current directory no longer exists (it was removed or renamed)\n"
        "  hint: cd to a directory that exists, then run factcheck again\n"
        "factcheck: 1 problem; nothing was checked\n")


@pytest.mark.parametrize(("argv", "usage"), [
    (["check", "--bogus", "claims"], "usage: factcheck check [-h] [--format {text,json}]"),
    (["report", "claims", "-o", "r.md", "--strict"], "usage: factcheck report [-h] -o FILE"),
    (["coverage", "--no-cache"], "usage: factcheck coverage [-h]"),
])
def test_an_unknown_option_is_refused_with_its_commands_usage(
        argv: list[str], usage: str, capsys: pytest.CaptureFixture[str]) -> None:
    # the usage shown was factcheck's own, which lists no option of the command
    from factcheck._cli import main

    with pytest.raises(SystemExit) as exited:
        main(argv)
    err = capsys.readouterr().err
    assert exited.value.code == 2
    assert err.startswith(usage), err
    assert err.splitlines()[-1] == (f"factcheck {argv[0]}: error: unrecognized arguments: "
                                    f"{argv[1] if argv[0] != 'report' else '--strict'}")


@pytest.mark.parametrize(("argv", "option"), [
    (["check", "--form", "json", "claims"], "--form"),
    (["check", "--verb", "claims"], "--verb"),
    (["coverage", "--fail-u", "50", "claims"], "--fail-u"),
    (["extract", "a.txt", "--form", "yaml"], "--form"),
    (["report", "claims", "--out", "r.md"], "--out"),
])
def test_an_abbreviated_option_is_refused_with_its_commands_usage(
        argv: list[str], option: str, capsys: pytest.CaptureFixture[str],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # argparse read --form as --format: a script that abbreviates would stop working, or
    # mean another option, once a second option starts the same way
    from factcheck._cli import main

    monkeypatch.chdir(tmp_path)  # nothing is read or written, but where a report would be
    with pytest.raises(SystemExit) as exited:
        main(argv)
    err = capsys.readouterr().err
    assert exited.value.code == 2
    assert err.startswith(f"usage: factcheck {argv[0]} [-h]"), err
    assert f"factcheck {argv[0]}: error: " in err.splitlines()[-1]
    assert option in err.splitlines()[-1]


@pytest.mark.parametrize(("argv", "meant"), [
    (["check", "--stric", "claims"], "--strict"),
    (["check", "claims", "--form=json"], "--format"),
    (["check", "--verbos"], "--verbose"),
    (["coverage", "--fail-undr", "50"], "--fail-under"),
    (["extract", "a.txt", "--outpt", "x.yaml"], "--output"),
    # --out was refused as "the following arguments are required: -o/--output", as if
    # no output had been given
    (["report", "claims", "--out", "r.md"], "--output"),
])
def test_an_abbreviated_or_misspelt_option_names_the_one_meant(
        argv: list[str], meant: str, capsys: pytest.CaptureFixture[str],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck._cli import main

    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exited:
        main(argv)
    last = capsys.readouterr().err.splitlines()[-1]
    assert exited.value.code == 2
    written = next(a for a in argv[1:] if a.startswith("--"))
    assert last == (f"factcheck {argv[0]}: error: unrecognized arguments: {written} (did you "
                    f"mean {meant}? options are written whole)"), last


@pytest.mark.parametrize(("argv", "said"), [
    ([], "the following arguments are required: COMMAND (check, extract, coverage or "
         "report: see 'factcheck --help')"),
    (["report", "claims"], "the following arguments are required: -o/--output (the report "
     "file, whose suffix picks the format: -o report.md, .html, .json or .jsonld)"),
    (["extract"], "the following arguments are required: ARTICLE (the article's text file: "
     "factcheck extract path/to/article.txt)"),
])
def test_a_missing_argument_is_refused_with_what_to_give(
        argv: list[str], said: str, capsys: pytest.CaptureFixture[str]) -> None:
    # argparse named the argument alone: a first-time user learnt that -o was missing,
    # not that it picks the format
    from factcheck._cli import main

    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    prog = " ".join(["factcheck", *argv[:1]])
    assert capsys.readouterr().err.splitlines()[-1] == f"{prog}: error: {said}"


def test_an_unknown_option_like_none_is_left_unrecognized(
        capsys: pytest.CaptureFixture[str]) -> None:
    from factcheck._cli import main

    with pytest.raises(SystemExit) as exited:
        main(["check", "--zzzzzz", "claims"])
    assert exited.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "factcheck check: error: unrecognized arguments: --zzzzzz")


def test_extract_given_a_second_path_says_it_takes_one_article(
        capsys: pytest.CaptureFixture[str]) -> None:
    # "unrecognized arguments: b.yaml" did not say why: extract reads one article at a time
    with pytest.raises(SystemExit) as exited:
        main(["extract", "a.txt", "b.yaml"])
    assert exited.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "factcheck extract: error: unrecognized arguments: b.yaml (extract reads one "
        "article at a time: run it once for each)")


def test_options_written_whole_and_short_flags_together_still_read() -> None:
    from factcheck._cli import _parse, _parser

    parser = _parser()
    args = _parse(parser, ["check", "--format", "json", "-v", "--strict", "claims"])
    assert (args.format, args.verbose, args.strict, args.paths) == (
        "json", True, True, ["claims"])
    assert _parse(parser, ["coverage", "--fail-under", "-5", "c"]).fail_under is not None


@pytest.mark.parametrize(("argv", "meant"), [
    (["chek", "claims"], "check"), (["reprot", "claims", "-o", "r.md"], "report"),
    (["coverge"], "coverage"), (["extarct", "a.txt"], "extract"),
])
def test_a_misspelt_command_is_refused_with_the_one_meant(
        argv: list[str], meant: str, capsys: pytest.CaptureFixture[str]) -> None:
    # argparse said only "invalid choice: 'chek' (choose from ...)"
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: factcheck [-h] [--version] COMMAND ...\n")
    assert err.splitlines()[-1] == (
        f"factcheck: error: argument COMMAND: invalid choice: {argv[0]!r} (choose from "
        f"'check', 'extract', 'coverage', 'report'); did you mean {meant!r}?")


def test_help_and_version_before_a_misspelt_command_answer_as_before(
        capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--version", "chek"], ["-h", "chek"]):
        with pytest.raises(SystemExit) as exited:
            main(argv)
        assert exited.value.code == 0
    assert "did you mean" not in capsys.readouterr().out


def test_a_command_like_none_is_refused_as_argparse_refuses_it(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["frobnicate"])
    assert exited.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "factcheck: error: argument COMMAND: invalid choice: 'frobnicate' (choose from "
        "'check', 'extract', 'coverage', 'report')")


def test_the_exit_codes_of_factcheck_help_name_strict() -> None:
    # README: "1 unacknowledged conflicts or stale acknowledgements (with --strict,
    # unacknowledged discrepancies too)"; factcheck --help left --strict out
    from factcheck import _cli

    assert "with --strict, discrepancies too" in (_cli._parser().epilog or "")


@pytest.mark.parametrize("command", [
    ["check"], ["coverage"], ["report", "-o", "{tmp}/report.md"], ["extract"],
    ["extract", "{tmp}/article.txt", "-o"], ["report", "{tmp}", "-o"],
    ["extract", "{tmp}/article.txt", "--format", "yaml", "-o", "{tmp}/{long}.yaml"],
])
def test_a_path_too_long_for_the_file_system_is_a_located_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    # a name over 255 bytes (NAME_MAX) made Path.is_dir() and .exists() raise
    # "OSError: [Errno 36] File name too long": "internal error" (exit 3)
    write_corpus(tmp_path, TEXT, CLAIMS)
    long = f"{tmp_path}/{'a' * 300}.yaml"
    argv = [part.format(tmp=tmp_path, long="a" * 300) for part in command]
    if argv[-1].endswith(".yaml"):
        pass
    elif argv[-1] == "-o":
        argv.append(f"{tmp_path}/{'a' * 300}/out.md")
    else:
        argv.insert(1, long)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "internal error" not in err
    first = err.splitlines()[0]
    assert first.startswith(f"{tmp_path}/{'a' * 300}"), first
    assert "file name too long" in first.lower(), first


def test_a_claims_file_with_an_upper_case_suffix_is_said_not_left_out(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # in a directory, claims/more.YAML was skipped without a word (its claims never
    # checked); given by name, it was "not a claims file ... found: a .yaml file"
    write_corpus(tmp_path, TEXT, CLAIMS)
    (tmp_path / "claims.yaml").rename(tmp_path / "claims.YAML")
    for path in (tmp_path, tmp_path / "claims.YAML"):
        assert main(["check", "--no-cache", str(path)]) == 2
        err = capsys.readouterr().err
        assert err.splitlines()[:3] == [
            f"{tmp_path}/claims.YAML: not read as a claims file: factcheck reads *.yaml and "
            "*.yml files, in lower case",
            "  found: a .YAML file",
            "  hint: rename it to claims.yaml"], err


@pytest.mark.parametrize(("unreadable", "command", "said"), [
    ("claims.yaml", ["check", "--no-cache", "."],
     "claims.yaml: cannot read the file: Permission denied\n"
     "  hint: this user may not read it: make it readable (chmod u+r claims.yaml) or run "
     "factcheck as a user who may\n"
     "factcheck: 1 problem; nothing was checked\n"),
    ("article.txt", ["extract", "article.txt"],
     "article.txt: cannot read the file: Permission denied\n"
     "  hint: this user may not read it: make it readable (chmod u+r article.txt) or run "
     "factcheck as a user who may\n"
     "factcheck: 1 problem; nothing was extracted\n"),
    ("article.txt", ["check", "--no-cache", "."],  # it said paths are relative to the YAML
     "registry.yaml:3:3: source file 'article.txt' cannot be read: Permission denied\n"
     "      file: article.txt\n"
     "      ^\n"
     "  expected: a UTF-8 text file at article.txt\n"
     "  hint: this user may not read it: make it readable (chmod u+r article.txt) or run "
     "factcheck as a user who may\n"
     "factcheck: 1 problem; nothing was checked\n"),
])
def test_a_file_that_may_not_be_read_says_so_with_a_hint(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        unreadable: str, command: list[str], said: str) -> None:
    # "claims.yaml: cannot read the file: Permission denied" had no hint, and extract's
    # said "check the path". The suite runs as root, which may read a file of mode 000:
    # the refusal is simulated where the file is opened.
    from factcheck import _sources

    read_file = _sources._read_file

    def refused(path: Path, shown: str) -> bytes:
        if path.name == unreadable:
            raise PermissionError(13, "Permission denied")
        return read_file(path, shown)

    write_corpus(tmp_path, TEXT, CLAIMS)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(_sources, "_read_file", refused)
    assert main(command) == 2
    assert capsys.readouterr().err == said


#: A corpus all in ASCII, so that an ASCII stdout can write all of it but a file's name
#: (one claim: a finding would show its figure as 300元).
_ASCII_TEXT = "a 300 b."
_ASCII_CLAIMS = """\
claims:
  - {id: one, quote: a 300 b, value: "300", unit: yuan, entity: s, metric: inv,
     as_of: 2017-11-28}
"""
_NOT_UTF8 = ("rename the file to a UTF-8 name (convmv -f GBK -t UTF-8 --notest FILE renames "
             "one named in GBK, as Windows names Chinese files)")


@pytest.mark.skipif(sys.platform != "linux", reason="a file name of any bytes")
@pytest.mark.parametrize(("setting", "command"), [
    ({"PYTHONUTF8": "0"}, ["check", "--format", "json"]),  # ascii, surrogateescape
    ({}, ["check", "--format", "json"]),  # UTF-8 mode: utf-8, surrogateescape
    ({"PYTHONUTF8": "0", "PYTHONIOENCODING": "utf-8"}, ["check", "--format", "json"]),
    ({"PYTHONUTF8": "0"}, ["coverage", "--format", "json"]),
    ({}, ["coverage", "--format", "json"]),
])
def test_json_on_stdout_never_holds_the_bytes_of_a_name_that_is_not_utf8(
        tmp_path: Path, setting: dict[str, str], command: list[str]) -> None:
    # in LC_ALL=C, stdout writes an undecoded byte of a file name back as it was (its error
    # handler is surrogateescape): "file": "c/\xff.yaml" went out in JSON that is no UTF-8
    # a walked directory and a claims file, named in bytes that are not UTF-8: the article
    # (c/\xfe/article.txt) and the claims (c/\xfe/\xff.yaml)
    corpus = tmp_path / "c" / os.fsdecode(b"\xfe")
    corpus.mkdir(parents=True)
    write_corpus(corpus, _ASCII_TEXT, _ASCII_CLAIMS)
    os.rename(corpus / "claims.yaml", corpus / os.fsdecode(b"\xff.yaml"))
    env = {k: v for k, v in _ascii_locale().items() if k != "PYTHONUTF8"}
    env.update(setting, FACTCHECK_CACHE_DIR=str(tmp_path / "cache"))
    result = subprocess.run([sys.executable, "-m", "factcheck._cli", *command, "c"],
                            cwd=tmp_path, capture_output=True, env=env, check=False)
    assert (result.returncode, result.stdout) == (2, b""), result
    err = result.stderr.decode("utf-8")
    assert err.startswith("factcheck: cannot write the output: JSON is UTF-8, which cannot "
                          "hold '\\udc"), err
    assert err.endswith(f", bytes of a file name or argument that are not UTF-8\n"
                        f"  hint: {_NOT_UTF8}\n"), err


@pytest.mark.skipif(sys.platform != "linux", reason="a file name of any bytes")
def test_json_on_stdout_holds_a_utf8_name_in_the_c_locale(tmp_path: Path) -> None:
    # what Python decodes (UTF-8 mode, the default in LC_ALL=C) is written as it was
    (tmp_path / "南江").mkdir()
    write_corpus(tmp_path / "南江", TEXT, CLAIMS)
    env = {k: v for k, v in _ascii_locale().items() if k != "PYTHONUTF8"}
    env["FACTCHECK_CACHE_DIR"] = str(tmp_path / "cache")
    result = subprocess.run([sys.executable, "-m", "factcheck._cli", "check", "--format",
                             "json", "南江"], cwd=tmp_path, capture_output=True, env=env,
                            check=False)
    assert (result.returncode, result.stderr) == (0, b"")
    files = {c["yaml"]["file"] for c in json.loads(result.stdout.decode("utf-8"))["claims"]}
    assert files == {"南江/claims.yaml"}


@pytest.mark.skipif(sys.platform != "linux", reason="a file name of any bytes")
@pytest.mark.parametrize("setting", [{"PYTHONUTF8": "0"}, {}])
def test_extract_json_on_stdout_never_holds_the_bytes_of_a_name_that_is_not_utf8(
        tmp_path: Path, setting: dict[str, str]) -> None:
    # "source_file": "\xff.txt" went out as the raw byte, in JSON that is no UTF-8 (exit 0)
    (tmp_path / os.fsdecode(b"\xff.txt")).write_text("投资300亿元。", encoding="utf-8")
    env = {k: v for k, v in _ascii_locale().items() if k != "PYTHONUTF8"}
    env.update(setting)
    result = subprocess.run([sys.executable, "-m", "factcheck._cli", "extract", "--format",
                             "json", os.fsdecode(b"\xff.txt")], cwd=tmp_path,
                            capture_output=True, env=env, check=False)
    assert (result.returncode, result.stdout) == (2, b""), result
    err = result.stderr.decode("utf-8")
    assert err.startswith("factcheck: cannot write the output: JSON is UTF-8, which cannot "
                          "hold '\\udcff'"), err
    assert err.endswith(f"  hint: {_NOT_UTF8}\n"), err


@settings(max_examples=int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "40")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(claim_ids)
@example("0o17")  # PyYAML reads text, the loader's YAML 1.2 an integer
@example("a]")  # ends the flow list
@example("0\x85")  # the terminal shows \x85, which the double quotes read back
def test_the_acknowledgement_to_paste_loads_and_accepts_the_finding_for_any_claim_id(
        claim_id: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_corpus(Path(tmp), TEXT, CONFLICTING.replace(
            "id: other", f"id: {json.dumps(claim_id)}"))  # escaped: any id can be written
        out = io.StringIO()
        with contextlib.chdir(corpus), contextlib.redirect_stdout(out):
            assert main(["check", "--no-cache", "."]) == 1, out.getvalue()
        file, yaml = pasted(out.getvalue())
        path = corpus / file
        path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n" + yaml.replace(
            "<why the difference is accepted>", "misprint"), encoding="utf-8")
        again = io.StringIO()
        with contextlib.chdir(corpus), contextlib.redirect_stdout(again), \
                contextlib.redirect_stderr(again):
            assert main(["check", "--no-cache", "."]) == 0, (yaml, again.getvalue())


@pytest.mark.parametrize(("argv", "said"), [
    (["--vers"], "unrecognized arguments: --vers (did you mean --version?)"),
    (["--bogus", "check", "claims"], "unrecognized arguments: --bogus"),
    (["-x"], "unrecognized arguments: -x"),
    # an option of the command, written before it (was "unrecognized arguments")
    (["--strict", "check", "claims"],
     "--strict is an option of check: write it after the command (factcheck check --strict ...)"),
    (["--format", "json", "check", "claims"],
     "--format is an option of check: write it after the command (factcheck check --format ...)"),
    (["--output", "check", "extract", "a.txt"],
     "--output is an option of extract: write it after the command (factcheck extract --output "
     "...)"),
    (["--format=json", "check", "claims"],
     "--format is an option of check: write it after the command (factcheck check --format ...)"),
])
def test_an_unknown_option_before_the_command_is_refused_as_factchecks(
        argv: list[str], said: str, capsys: pytest.CaptureFixture[str]) -> None:
    # --vers was told that a COMMAND is required, and --bogus check was refused with the
    # usage of check, which never had it
    from factcheck._cli import main

    with pytest.raises(SystemExit) as exited:
        main(argv)
    err = capsys.readouterr().err
    assert exited.value.code == 2
    assert err.startswith("usage: factcheck [-h] [--version] COMMAND"), err
    assert err.splitlines()[-1] == f"factcheck: error: {said}"


@pytest.mark.parametrize("name", ["my c", "it's"])
def test_the_corpus_directory_named_in_the_no_claims_hint_is_quoted(
        name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # `factcheck check "my c/sources.yaml"` was hinted `factcheck check my c/`, two
    # arguments, and load("it's/sources.yaml") `factcheck.load('it's/')`, no Python
    import shlex

    from factcheck import InputError, load

    monkeypatch.chdir(tmp_path)
    (tmp_path / name).mkdir()
    corpus = write_corpus(tmp_path / name, TEXT, CLAIMS)
    (corpus / "registry.yaml").rename(corpus / "sources.yaml")
    assert main(["check", f"{name}/sources.yaml"]) == 2
    assert f"(`factcheck check {shlex.quote(name + '/')}`)" in capsys.readouterr().err
    with pytest.raises(InputError) as caught:
        load(f"{name}/sources.yaml")
    assert f"(`factcheck.load({name + '/'!r})`)" in str(caught.value)


@pytest.mark.parametrize(("argv", "option", "first", "second"), [
    (["report", "claims", "-o", "a.md", "-o", "b.md"], "-o/--output", "a.md", "b.md"),
    (["report", "claims", "--output=a.md", "-ob.md"], "-o/--output", "a.md", "b.md"),
    (["extract", "a.txt", "-o", "a.yaml", "--output", "b.yaml"], "-o/--output", "a.yaml",
     "b.yaml"),
    (["check", "--format", "json", "claims", "--format", "text"], "--format", "json", "text"),
    (["extract", "a.txt", "--format", "yaml", "--format", "json"], "--format", "yaml", "json"),
    (["coverage", "--fail-under", "80", "--fail-under", "90"], "--fail-under", "80", "90"),
])
def test_a_single_valued_option_given_twice_is_refused(
        capsys: pytest.CaptureFixture[str], argv: list[str], option: str, first: str,
        second: str) -> None:
    # report -o a.md -o b.md wrote b.md alone, without a word of a.md: the last one won
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"factcheck {argv[0]}: error: argument {option}: given twice ({first}, then "
        f"{second}), and only one can be used: give it once")


def test_a_single_valued_option_given_twice_with_one_value_means_that_value() -> None:
    from factcheck._cli import _parse, _parser

    args = _parse(_parser(), ["coverage", "--format", "json", "c", "--format=json"])
    assert (args.format, args.paths) == ("json", ["c"])
    assert "_given_once" not in vars(args)  # the parser's own note, not an argument
