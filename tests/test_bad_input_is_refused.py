"""Bad input that once passed quietly: each is a located load error (exit 2), never a
finding that lets the run pass, a knock-on error per claim, or a file left out without a
word."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from corpus_builder import CLAIMS, CONFLICTING, TEXT, write_corpus

from factcheck import CheckContext, LoadErrors, load
from factcheck._cli import main


def load_errors(path: Path) -> list[str]:
    with pytest.raises(LoadErrors) as caught:
        load(path)
    return [str(e) for e in caught.value.errors]


def test_a_file_source_that_is_not_an_id_is_one_error_at_itself(tmp_path: Path) -> None:
    path = write_corpus(tmp_path, TEXT, CLAIMS)
    claims = path / "claims.yaml"
    claims.write_text(claims.read_text(encoding="utf-8").replace(
        "source: s\n", "source: [s]\n"), encoding="utf-8")
    errors = load_errors(path)
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"{claims.as_posix()}:1:1: 'source' must be the id of a source")
    assert "found: a list: ['s']" in errors[0]


@pytest.mark.parametrize(("check", "line", "message"), [
    ("{kind: growth, id: g, from: near, to: total, rate: other, direction: sideways}",
     "direction must be 'up' or 'down', not 'sideways'", "write up or down"),
    ("{kind: growth, id: g, from: near, to: total, rate: other, direction: DOWN}",
     "direction must be 'up' or 'down', not 'DOWN'", "did you mean 'down'?"),
    ("{kind: duration, id: d, duration: near, from: 2017, to: published, relation: inside}",
     "relation must be 'equals' or 'within', not 'inside'", "write equals or within"),
    # an integer is a claim id, as `id: 5` and `claim: 5` are; a number with a point is not
    ("{kind: derived, id: v, claim: total, expression: a, vars: {a: 5.5}}",
     "variable 'a' of vars must name a claim id", "found: a number: 5.5"),
    ("{kind: derived, id: v, claim: total, expression: a, vars: {a: 5}}",
     "claim '5' (vars: a) does not exist", "the id of a claim"),
    ("{kind: derived, id: v, claim: total, expression: a, vars: {a: null}}",
     "variable 'a' of vars must name a claim id", "found: nothing (null)"),
    ("{kind: sum, id: s, total: total, parts: [[near], other]}",
     "'parts' must list claim ids, one per item", "found: a list: ['near']"),
    ("{kind: sum, id: s, total: total, parts: [near, null]}",
     "'parts' must list claim ids, one per item", "found: nothing (null)"),
])
def test_a_check_parameter_that_cannot_mean_anything_is_a_load_error(
        tmp_path: Path, check: str, line: str, message: str) -> None:
    # three claims, so that no check names one claim twice (an error of its own)
    path = write_corpus(tmp_path, TEXT, CONFLICTING, f"checks:\n  - {check}\n")
    errors = load_errors(path)
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"{(path / 'checks.yaml').as_posix()}:2:")
    assert line in errors[0].splitlines()[0]
    assert message in errors[0]


@pytest.mark.parametrize(("field", "written", "instead"), [
    ("unit", "unit: 元", "unit: " + "x" * 1000),
    ("per", "unit: 元", "unit: 元, per: " + "斤" * 1000),
    ("value", "293.9亿元", "293.9" + "亿" * 1000 + "元"),  # in the quote too
])
def test_an_unknown_unit_of_any_length_is_cut_in_its_message(
        tmp_path: Path, field: str, written: str, instead: str) -> None:
    # the message held the whole unit, 1000 characters wide, where a value or a tolerance
    # is cut to 60; and pint took a minute to refuse a unit of 60,000 characters
    claims = CLAIMS.replace(written, instead)
    text = TEXT.replace(written, instead)
    path = write_corpus(tmp_path, text, claims)
    errors = load_errors(path)
    assert len(errors) == 1, errors
    head = errors[0].splitlines()[0]
    rows = (path / "claims.yaml").read_text(encoding="utf-8").splitlines()
    line = next(n for n, row in enumerate(rows, 1) if instead in row)
    column = rows[line - 1].index(f"{field}:") + 1
    word = {"unit": "x", "per": "斤", "value": "亿"}[field] * 60
    assert head == (f"{(path / 'claims.yaml').as_posix()}:{line}:{column}: "
                    f"[{'total' if field == 'value' else 'near'}] unknown unit '{word}...'")


def test_control_characters_in_findings_are_shown_as_escapes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    claims = CLAIMS.replace("id: near,", 'id: "near\\e[31m",')
    path = write_corpus(tmp_path, TEXT, claims, """\
acknowledgements:
  - {finding: "agreement[nothing]\\e[2J", reason: a stale one}
""")
    assert main(["check", "--no-cache", "--verbose", str(path)]) == 1
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "near\\x1b[31m" in out
    assert "stale[agreement[nothing]\\x1b[2J]" in out


def test_an_output_name_with_an_escape_sequence_is_shown_as_escapes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    # `report -o $'x\e[2J.md'` cleared the screen in its closing line "wrote ..."
    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path, TEXT, CLAIMS)
    assert main(["report", ".", "-o", "x\x1b[2J\u2028.md"]) == 0
    assert capsys.readouterr().err == "factcheck: wrote x\\x1b[2J\\u2028.md (1 finding)\n"
    assert (tmp_path / "x\x1b[2J\u2028.md").is_file()  # the file has the name given
    (tmp_path / "article.txt").write_text("总投资额达293.9亿元。", encoding="utf-8")
    assert main(["extract", "article.txt", "-o", "m\x1b[2J.json"]) == 0
    assert capsys.readouterr().err == "factcheck: wrote m\\x1b[2J.json\n"


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_a_claims_file_that_cannot_be_read_is_said_not_skipped(tmp_path: Path) -> None:
    path = write_corpus(tmp_path, TEXT, CLAIMS)
    (path / "moved.yaml").symlink_to("nowhere.yaml")
    (path / "loop.yaml").symlink_to("loop.yaml")
    errors = load_errors(path)
    assert [e.split(":")[0] for e in errors] == [
        (path / "loop.yaml").as_posix(), (path / "moved.yaml").as_posix()]
    assert "cannot be read: no such file or directory" in errors[1]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_a_linked_directory_is_read_and_a_link_back_up_is_not_a_loop(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    write_corpus(elsewhere.mkdir() or elsewhere, TEXT, CLAIMS)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "linked").symlink_to(elsewhere, target_is_directory=True)
    (corpus / "linked-again").symlink_to(elsewhere, target_is_directory=True)
    (elsewhere / "up").symlink_to("..", target_is_directory=True)
    assert sorted(load(corpus).claims) == ["near", "total"]


@pytest.mark.parametrize("blank", ['""', "' '"])
@pytest.mark.parametrize(("section", "entry", "what"), [
    ("sources", "{id: BLANK, file: article.txt, title: t, published: 2023-08-25, "
                "script: simplified}", "a source"),
    ("entities", "{id: BLANK, name: x}", "an entity"),
    ("metrics", "{id: BLANK, name: x}", "a metric"),
    ("claims", "{id: BLANK, quote: 另说总投资250亿元, value: 250亿元, entity: s, metric: inv, "
               "as_of: 2017-11-28}", "a claim"),
    ("checks", "{kind: sum, id: BLANK, total: total, parts: [near]}", "a 'sum' check"),
])
def test_an_empty_id_is_a_load_error_at_it(tmp_path: Path, blank: str, section: str,
                                           entry: str, what: str) -> None:
    # an entry with id "" loaded, and named nothing a check, a finding or a report can show
    path = write_corpus(tmp_path, TEXT, CLAIMS)
    extra = path / "extra.yaml"
    extra.write_text(("source: s\n" if section == "claims" else "")
                     + f"{section}:\n  - {entry.replace('BLANK', blank)}\n", encoding="utf-8")
    errors = load_errors(path)
    assert len(errors) == 1, errors
    first = errors[0].splitlines()[0]
    assert first.startswith(f"{extra.as_posix()}:")
    assert "[ ]" not in first  # the claim's id, shown before the message, is no id
    assert first.endswith(f"the id of {what} is empty")
    assert f"hint: give it an id that no other {what.split()[-1]} has, or delete the entry" in (
        errors[0])


@pytest.mark.parametrize(("registry", "problem"), [
    ("x: " + "[" * 2000 + "]" * 2000, "nested more than 64 levels deep"),
    ("x: " + "9" * 5000, "an integer of more than 18 digits"),
    ("x: &a [1]\ny: *a", "anchors and aliases"),
])
def test_extract_beside_a_registry_that_does_not_load_warns_and_goes_on(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], registry: str,
        problem: str) -> None:
    # extract read the sources.yaml beside the article with PyYAML as it was: 2000 levels
    # of nesting were a RecursionError, 5000 digits a ValueError, both "internal error"
    # (exit 3) where `check` gives a located error; aliases passed unremarked
    (tmp_path / "article.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sources.yaml").write_text(
        "sources:\n  - {id: s, file: article.txt, title: t, published: 2023-08-25, "
        f"script: simplified}}\n{registry}\n", encoding="utf-8")
    assert main(["extract", str(tmp_path / "article.txt")]) == 0
    out, err = capsys.readouterr()
    assert "293.9亿元" in out
    assert err.startswith(f"{(tmp_path / 'sources.yaml').as_posix()}: warning: the registry "
                          "does not load")
    assert problem in err


def test_extract_beside_a_registry_naming_a_file_with_a_nul_is_not_an_internal_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # `file: "x\0y"` made extract's look-up of the article a ValueError (exit 3); check
    # gives it a located error (case source-file-name-with-nul)
    (tmp_path / "article.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sources.yaml").write_text('sources:\n  - {id: a, file: "x\\0y"}\n',
                                           encoding="utf-8")
    assert main(["extract", str(tmp_path / "article.txt")]) == 0
    assert "293.9亿元" in capsys.readouterr().out


def test_extract_finds_the_article_a_level_up_past_a_registry_that_does_not_load(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "article.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sources" / "sources.yaml").write_text("x: " + "[" * 100 + "]" * 100 + "\n",
                                                       encoding="utf-8")
    (tmp_path / "sources.yaml").write_text(
        "sources:\n  - {id: s, file: sources/article.txt, title: t, published: 2023-08-25, "
        "script: simplified}\n", encoding="utf-8")
    assert main(["extract", str(tmp_path / "sources" / "article.txt"), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert '"source": "s"' in out
    assert err == ""


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_a_byte_that_is_not_utf8_is_located_by_line_and_character_column(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], newline: str) -> None:
    # the column was counted in bytes (a claims file's 3:21 for the 13th character, an
    # article's 2:13 for the 5th), where every other column, and extract's for the same
    # byte, counts characters; and a line ended only at \n, where YAML and the article's
    # offsets also end one at \r
    path = write_corpus(tmp_path, TEXT, CLAIMS)
    bad = "中文中文".encode() + b"\xff"
    (path / "bad.yaml").write_bytes(f"source: s{newline}claims:{newline}  - id: ".encode()
                                    + bad + newline.encode())
    errors = load_errors(path)
    assert errors[0].startswith(f"{(path / 'bad.yaml').as_posix()}:3:13: the file is not UTF-8")
    (path / "bad.yaml").unlink()
    (path / "article.txt").write_bytes(f"第一行{newline}".encode() + bad)
    errors = load_errors(path)
    assert errors[0].startswith(f"{(path / 'article.txt').as_posix()}:2:5: source file is "
                                "not UTF-8")
    assert main(["extract", str(path / "article.txt")]) == 2
    assert capsys.readouterr().err.startswith(
        f"{(path / 'article.txt').as_posix()}:2:5: the file is not UTF-8")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_an_article_saved_as_utf16_is_not_told_to_convert_from_gb18030(
        tmp_path: Path, encoding: str) -> None:
    # the hint was `iconv -f GB18030 -t UTF-8`, which turns UTF-16 into mojibake (or
    # fails); an article that starts with a UTF-16 or UTF-32 byte-order mark says which
    path = write_corpus(tmp_path, TEXT, CLAIMS)
    text = TEXT if encoding != "utf-16-be" else "\ufeff" + TEXT
    (path / "article.txt").write_bytes(text.encode(encoding))
    [error] = load_errors(path)
    name = encoding.upper().split("-")
    assert "GB18030" not in error
    assert f"hint: convert the article to UTF-8 (e.g. `iconv -f {'-'.join(name[:2])} -t " \
           "UTF-8`): it starts with a " in error


@pytest.mark.parametrize(("damage", "said"), [
    (lambda raw: raw[:-2], "it ends inside a character: the file was cut short"),
    (lambda raw: raw[:3] + b"\xff" + raw[3:], "the rest of the file is UTF-8, but for this "
                                               "place: its bytes were damaged"),
    # an escaped surrogate written out (three bad bytes in a row) is one damaged place
    (lambda raw: raw[:3] + "\ud800".encode("utf-8", "surrogatepass") + raw[3:],
     "the rest of the file is UTF-8, but for this place: its bytes were damaged"),
])
def test_a_damaged_utf8_article_is_not_told_to_convert_from_gb18030(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        damage: Callable[[bytes], bytes], said: str) -> None:
    # an article cut short inside its last character (a partial copy, `head -c`), or with
    # one stray byte, was told to convert with `iconv -f GB18030 -t UTF-8`, which makes
    # mojibake of the UTF-8 text around it; `extract` told it to "re-save the file as UTF-8"
    path = write_corpus(tmp_path, TEXT, CLAIMS)
    (path / "article.txt").write_bytes(damage(TEXT.encode("utf-8")))
    [error] = load_errors(path)
    assert "GB18030" not in error
    assert f"hint: {said}" in error
    assert main(["extract", str(path / "article.txt")]) == 2
    err = capsys.readouterr().err
    assert "GB18030" not in err and f"hint: {said}" in err


@pytest.mark.parametrize("encoding", ["gb18030", "gbk"])
def test_an_article_in_a_chinese_legacy_encoding_is_told_to_convert_from_it(
        tmp_path: Path, encoding: str) -> None:
    path = write_corpus(tmp_path, TEXT, CLAIMS)
    (path / "article.txt").write_bytes(TEXT.encode(encoding))
    [error] = load_errors(path)
    assert "hint: convert the article to UTF-8 (e.g. `iconv -f GB18030 -t UTF-8`)" in error


@pytest.mark.parametrize("cache", [False, True])
def test_load_from_a_removed_working_directory_is_a_source_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache: bool) -> None:
    # `factcheck.load("/abs/claims")` in a program whose directory was removed raised a
    # bare FileNotFoundError with no path, where the command says what is wrong
    from factcheck import SourceError

    corpus = write_corpus(tmp_path, TEXT, CLAIMS)
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    with pytest.raises(SourceError) as caught:
        load(corpus, cache=cache)
    assert str(caught.value).splitlines() == [
        ".: the current directory no longer exists (it was removed or renamed)",
        "  hint: cd to a directory that exists, then run factcheck again"]


@pytest.mark.parametrize("reason", ['""', "' '"])
def test_a_not_claims_entry_needs_a_reason_as_an_acknowledgement_does(
        tmp_path: Path, reason: str) -> None:
    # `reason: ""` loaded, so coverage counted the number as deliberately left out for no
    # reason given; an acknowledgement's empty reason is refused
    path = write_corpus(tmp_path, TEXT, CLAIMS)
    extra = path / "extra.yaml"
    extra.write_text(f"not_claims:\n  - {{source: s, quote: 另说总投资250亿元, reason: {reason}}}\n",
                     encoding="utf-8")
    errors = load_errors(path)
    assert len(errors) == 1, errors
    assert errors[0].splitlines()[0] == (
        f"{extra.as_posix()}:2:36: a not_claims entry needs a reason")
    assert "hint: say why this number is not a claim" in errors[0]


@pytest.mark.parametrize("given", ["{corpus}\n{corpus}", "{corpus}\n"])
def test_a_path_that_holds_a_line_break_is_one_line_that_says_so(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], given: str) -> None:
    # `factcheck check "$(ls -d */)"` passes the paths as one argument, and a path read
    # as a line of a file keeps its line end: the error's location ran over two lines
    # ("a" then "b: no such file or directory"), with the hint to check the path
    corpus = write_corpus(tmp_path, TEXT, CLAIMS).as_posix()
    path = given.format(corpus=corpus)
    assert main(["check", "--no-cache", path]) == 2
    err = capsys.readouterr().err
    escaped = path.replace("\n", "\\n")
    assert err.splitlines()[:2] == [
        f"{escaped}: no such file or directory",
        "  hint: the path holds a line break: give each path as an argument of its own "
        "(\"$(...)\" in quotes is one argument), without the line end of a line read from "
        "a file"]


def test_an_article_path_that_holds_a_line_break_is_one_line_that_says_so(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # `factcheck extract "$(ls *.txt)"`: the location ran over two lines, "a.txt" then
    # "b.txt: no such file", with the hint to check the path
    path = f"{tmp_path.as_posix()}/a.txt\n{tmp_path.as_posix()}/b.txt"
    escaped = path.replace("\n", "\\n")
    assert main(["extract", path]) == 2
    assert capsys.readouterr().err.splitlines()[:2] == [
        f"{escaped}: no such file",
        "  hint: the path holds a line break: extract reads one article, named by one "
        "path (without the line end of a line read from a file)"]


LONG = "x" * 10_000


@pytest.mark.parametrize(("written", "instead", "message"), [
    ("entity: s, metric: inv,\n     as_of: 2017-11-28}\n  - {id: total",
     f"entity: {LONG}, metric: inv,\n     as_of: 2017-11-28}}\n  - {{id: total",
     "[near] unknown entity '{cut}'"),
    ("metric: inv,\n     as_of: 2017-11-28}\n  - {id: total",
     f"metric: {LONG},\n     as_of: 2017-11-28}}\n  - {{id: total",
     "[near] unknown metric '{cut}'"),
    ("unit: 元, entity: s", f"unit: 元, source: {LONG}, entity: s",
     "[near] unknown source '{cut}'"),
    ("claims:\n", f"source: {LONG}\nclaims:\n", "unknown source '{cut}'"),
])
def test_an_unknown_name_of_any_length_is_cut_in_its_message(
        tmp_path: Path, written: str, instead: str, message: str) -> None:
    # the message held the whole name, 10,000 characters on one line, where an unknown
    # field or unit is cut to 60
    path = write_corpus(tmp_path, TEXT, CLAIMS)
    claims = path / "claims.yaml"
    text = claims.read_text(encoding="utf-8")
    assert written in text
    text = text.replace(written, instead, 1)
    if instead.startswith("source:"):
        text = text.replace("source: s\n", "", 1)
    claims.write_text(text, encoding="utf-8")
    errors = load_errors(path)
    assert len(errors) == 1, errors
    assert errors[0].splitlines()[0].endswith(message.format(cut="x" * 60 + "..."))
    assert len(errors[0]) < 1000


@pytest.mark.parametrize(("check", "message"), [
    (f"{{kind: sum, id: s, total: total, parts: [near, {LONG}]}}",
     "claim '{cut}' (parts) does not exist"),
    (f"{{kind: duration, id: d, duration: near, from: {LONG}, to: published}}",
     "'{cut}' (from) is neither a claim id nor a date"),
    (f"{{kind: reference, id: r, claim: total, from: {LONG}, to: {LONG}}}",
     "place '{cut}' (from and to) does not exist"),  # said once, for both
    (f"{{kind: {LONG}, id: k}}", "unknown check kind '{cut}'"),
])
def test_an_unknown_name_in_a_check_is_cut_in_its_message(
        tmp_path: Path, check: str, message: str) -> None:
    path = write_corpus(tmp_path, TEXT, CONFLICTING, f"checks:\n  - {check}\n")
    errors = load_errors(path)
    assert message.format(cut="x" * 60 + "...") in errors[0].splitlines()[0], errors
    assert all(len(error) < 1000 for error in errors), errors


def test_check_context_missing_cuts_an_unknown_claim_id(tmp_path: Path) -> None:
    # the reason a kind of one's own passes to not_checkable held the whole id
    context = CheckContext(load(write_corpus(tmp_path, TEXT, CLAIMS)))
    assert context.missing(LONG, "parts") == f"claim '{'x' * 60}...' (parts) does not exist"


def test_a_walked_file_name_that_holds_a_line_break_is_shown_on_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # a claims file or article named "a\nb" in a directory that is walked: its
    # path:line:col ran over two lines ("x/a" then "b.yaml:3:70: ..."), where a path
    # given with a line break is shown with \n
    monkeypatch.chdir(tmp_path)
    corpus = tmp_path / "x\ny"
    corpus.mkdir()
    write_corpus(corpus, TEXT, CONFLICTING)
    (corpus / "claims.yaml").rename(corpus / "a\nb.yaml")
    assert main(["check", "--no-cache", "."]) == 1
    out = capsys.readouterr().out
    assert "conflict: agreement[s.inv]  [x\\ny/a\\nb.yaml:3]\n" in out
    assert "「总投资额达293.9亿元」 x\\ny/article.txt:1:21 [15, 27)\n" in out
    assert main(["report", ".", "-o", "r.md"]) == 0
    report = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "First claim at x\\\\ny/a\\\\nb.yaml:3." in report  # \ itself escaped for Markdown
    assert main(["report", ".", "-o", "r.html"]) == 0
    assert "x\\ny/a\\nb.yaml:3" in (tmp_path / "r.html").read_text(encoding="utf-8")
    claims = corpus / "a\nb.yaml"
    claims.write_text(claims.read_text(encoding="utf-8").replace("metric: inv", "metirc: inv", 1),
                      encoding="utf-8")
    errors = load_errors(Path("."))
    assert "x\\ny/a\\nb.yaml:3:70: [near] unknown field 'metirc' in claim" in [
        error.splitlines()[0] for error in errors]
    # the file is still named as it is
    with pytest.raises(LoadErrors) as caught:
        load(".")
    assert caught.value.errors[0].location.path == "x\ny/a\nb.yaml"


@pytest.mark.parametrize("written", [
    '  - {id: c, quote: "大单,总投资额达293.9亿元", value: 293.9亿元, entity: s, metric: inv,\n'
    "     as_of: 2017-11-28}\n",
    "  - id: c\n    quote: 大单,总投资额达293.9亿元\n    value: 293.9亿元\n    entity: s\n"
    "    metric: inv\n    as_of: 2017-11-28\n",
])
def test_a_quote_with_an_ascii_comma_loads_quoted_or_in_a_block_mapping(
        tmp_path: Path, written: str) -> None:
    # only a {...} mapping ends an unquoted value at a comma (the hint of
    # tests/errors/flow-mapping-comma-in-a-value); these are one quote each
    corpus = load(write_corpus(tmp_path, TEXT, "claims:\n" + written))
    assert corpus.claims["c"].quote == "大单,总投资额达293.9亿元"


@pytest.mark.parametrize(("script", "hint"), [
    ("simplfied", "did you mean 'simplified'?"),
    ("Traditional", "did you mean 'traditional'?"),
    ("繁體", "did you mean 'traditional'?"),
    ("latin", "write simplified or traditional, as the article is written"),
])
def test_an_unknown_script_is_refused_with_the_script_it_may_mean(
        tmp_path: Path, script: str, hint: str) -> None:
    path = write_corpus(tmp_path, TEXT, CLAIMS)
    registry = path / "registry.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace(
        "script: simplified", f"script: {script}"), encoding="utf-8")
    [error] = load_errors(path)
    assert error.startswith(f"{registry.as_posix()}:6:3: unknown script\n"), error
    assert error.endswith(f"hint: {hint}"), error


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_either_script_loads(tmp_path: Path, script: str) -> None:
    path = write_corpus(tmp_path, TEXT, CLAIMS)
    registry = path / "registry.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace(
        "script: simplified", f"script: {script}"), encoding="utf-8")
    assert load(path).sources["s"].script == script


@pytest.mark.parametrize(("encoding", "named"), [("big5", "BIG5"), ("gb18030", "GB18030"),
                                                 ("gbk", "GB18030")])
def test_an_article_in_a_legacy_chinese_encoding_is_told_the_encoding_it_is_in(
        tmp_path: Path, encoding: str, named: str) -> None:
    # a Big5 article (Taiwan, Hong Kong) was told `iconv -f GB18030 -t UTF-8`: iconv takes
    # every Big5 byte pair as GBK and writes mojibake without an error, and the quotes
    # then failed against 「道里區…」 read as 「耒爵芮…」. The hint names the encoding whose
    # reading is Chinese text.
    path = write_corpus(tmp_path, TEXT, CLAIMS)
    text = "道里區一舉拿下近300億大單，總投資額達293.9億元。" if encoding == "big5" else TEXT
    (path / "article.txt").write_bytes(text.encode(encoding))
    [error] = load_errors(path)
    assert f"hint: convert the article to UTF-8 (e.g. `iconv -f {named} -t UTF-8`)" in error
    assert ("BIG5" if named == "GB18030" else "GB18030") not in error


@pytest.mark.parametrize(("text", "said"), [("", "is empty"),
                                            ("\ufeff\n \u3000\r\n", "holds only white space")])
def test_an_empty_article_is_one_error_at_its_file(
        tmp_path: Path, text: str, said: str) -> None:
    # an article saved empty gave one "quote not found" per claim of it, and a "bad line
    # range [1, 1] ... the article has 1 line" for an exclusion: none named the cause
    path = write_corpus(tmp_path, TEXT, CLAIMS)
    (path / "article.txt").write_text(text, encoding="utf-8")
    [error] = load_errors(path)
    assert f"source file 'article.txt' {said}" in error
    assert "hint: save the article's text in " in error


@pytest.mark.parametrize("name", ["sources.yaml", "claims.YML"])
def test_extract_of_a_yaml_file_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    # `factcheck extract sources.yaml` exited 0 and listed the YAML's dates and ids as the
    # numeric mentions of an article
    (tmp_path / name).write_text("sources:\n  - {id: a, published: 2017-11-30}\n",
                                 encoding="utf-8")
    assert main(["extract", str(tmp_path / name)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{(tmp_path / name).as_posix()}: is a YAML file, not an article")
    assert "hint: give one article, e.g. claims/sources/000_….txt" in err


def test_extract_of_a_big5_article_is_told_to_convert_from_big5(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # extract told every article that is not UTF-8 to "re-save the file as UTF-8", where
    # check names the encoding to convert from
    (tmp_path / "a.txt").write_bytes("總投資額達293.9億元。".encode("big5"))
    assert main(["extract", str(tmp_path / "a.txt")]) == 2
    assert "hint: convert the article to UTF-8 (e.g. `iconv -f BIG5 -t UTF-8`)" in (
        capsys.readouterr().err)


@pytest.mark.parametrize(("text", "codec", "named"), [
    ("赤鱲角機場總投資額達293.9億元。", "big5hkscs", "BIG5-HKSCS"),  # 鱲: Hong Kong only
    ("總投資額達293.9億元，碁峰。", "cp950", "BIG5"),
])
def test_a_hong_kong_article_is_told_to_convert_from_big5_hkscs(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, codec: str,
        named: str) -> None:
    # an article with characters of Hong Kong's supplement was told `iconv -f BIG5`, which
    # stops at the first of them (exit 1), so a redirected conversion kept a cut article
    (tmp_path / "a.txt").write_bytes(text.encode(codec))
    assert main(["extract", str(tmp_path / "a.txt")]) == 2
    assert f"hint: convert the article to UTF-8 (e.g. `iconv -f {named} -t UTF-8`)" in (
        capsys.readouterr().err)


def test_a_byte_order_mark_does_not_shift_the_columns_of_an_article(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # an article saved with a BOM had every place on its first line one column right of
    # where an editor shows it (1:15 for the 14th character), in check and in extract
    (tmp_path / "plain").mkdir()
    (tmp_path / "bom").mkdir()
    plain = load(write_corpus(tmp_path / "plain", TEXT, CLAIMS))
    path = write_corpus(tmp_path / "bom", TEXT, CLAIMS)
    (path / "article.txt").write_text("\ufeff" + TEXT, encoding="utf-8")
    marked = load(path)
    assert [c.span for c in marked.claims.values()] == [
        c.span for c in plain.claims.values()]
    assert main(["extract", str(tmp_path / "plain" / "article.txt")]) == 0
    table = capsys.readouterr().out
    assert main(["extract", str(path / "article.txt")]) == 0
    assert capsys.readouterr().out == table


def _claim_errors(tmp_path: Path, text: str, quote: str, value: str,
                  unit: str | None = None) -> list[str]:
    """The load errors of one claim of ``value`` in ``quote`` of the article ``text``."""
    (tmp_path / "a.txt").write_text(f"标题\n\n{text}\n", encoding="utf-8")
    (tmp_path / "sources.yaml").write_text(
        "sources: [{id: a, file: a.txt, script: traditional, published: 2020-01-01, "
        "title: t}]\n", encoding="utf-8")
    unit_field = "" if unit is None else f", unit: {unit}"
    (tmp_path / "claims.yaml").write_text(
        f"source: a\nclaims: [{{id: a.x, quote: '{quote}', value: '{value}'{unit_field}, "
        "entity: e, metric: m, as_of: 2020}]\nentities: [{id: e, name: 项目}]\n"
        "metrics: [{id: m, name: 投资}]\n", encoding="utf-8")
    try:
        load(tmp_path)
    except LoadErrors as caught:
        return [str(e) for e in caught.errors]
    return []


@pytest.mark.parametrize(("text", "quote", "value", "unit", "hint"), [
    # each loaded as the wrong figure: a part of scientific notation, one of two
    # neighbouring numerals, a part of a fiscal year
    ("今年戊一兩年完成。", "戊一兩年", "兩年", None, "the figure is '一兩年', which factcheck does not read"),
    ("共3×10^4人參加。", "3×10^4人", "4人", None, "scientific notation"),
    ("丙地5E3元。", "丙地5E3元", "3元", None, "scientific notation"),
    ("含2.5e-3克。", "2.5e-3克", "3克", None, "scientific notation"),
    ("產量1.5×10⁴噸。", "產量1.5×10⁴噸", "1.5", "噸", "scientific notation"),
    ("全市人口約1e5人。", "全市人口約1e5人", "5人", None, "scientific notation"),
    ("全市人口約1e5人。", "全市人口約1e5人", "約1", "人", "scientific notation"),
    ("共3×10^4人參加。", "3×10^4人", "3×10^4人", None, "scientific notation"),
    # 4次 of a power in words loaded as four times
    ("為10的4次方。", "為10的4次方", "4次", None, "10的4次方 is 10000"),
    ("為10的4次方。", "為10的4次方", "10", None, "10的4次方 is 10000"),
    ("為10的4次方。", "為10的4次方", "10的4次方", None, "10的4次方 is 10000"),
    ("共三四十家。", "共三四十家", "四十家", None, "the figure is '三四十家', which factcheck does not read"),
    ("十一二歲的孩子。", "十一二歲", "十一", None, "the figure is '十一二歲', which factcheck does not read"),
    # 23年 of a fiscal year was told it was in 度, kilowatt-hours
    ("2022/23年度財政預算", "2022/23年度", "23年", None, "a year across a slash"),
    ("2022/23年度財政預算", "2022/23年度", "2022", None, "a year across a slash"),
])
def test_a_value_cut_out_of_a_figure_factcheck_does_not_read_is_refused(
        tmp_path: Path, text: str, quote: str, value: str, unit: str | None,
        hint: str) -> None:
    errors = _claim_errors(tmp_path, text, quote, value, unit)
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"{(tmp_path / 'claims.yaml').as_posix()}:2:")
    assert hint in errors[0] and "list the mention under not_claims" in errors[0]
    assert "kW·h" not in errors[0]


@pytest.mark.parametrize(("text", "quote", "value"), [
    # digit by digit, as a year or a number is written (二〇二三, 一九八九): no pair
    ("編號一二三四號。", "編號一二三四號", "三四號"),
    ("號碼一二三四五。", "號碼一二三四五", "三四五"),
])
def test_numerals_written_digit_by_digit_are_no_pair_of_neighbouring_numerals(
        tmp_path: Path, text: str, quote: str, value: str) -> None:
    (error,) = _claim_errors(tmp_path, text, quote, value)
    assert "is only part of a figure" in error and "neighbouring" not in error


@pytest.mark.parametrize(("text", "quote", "value"), [
    ("他工作了兩年。", "工作了兩年", "兩年"),
    ("他工作了一年。", "工作了一年", "一年"),
    ("全國唯一兩家企業。", "唯一兩家企業", "兩家"),
    ("建成5G基站3萬個。", "5G基站3萬個", "3萬個"),
    ("展會E3的3家公司。", "展會E3的3家公司", "3家"),
    ("面積3×4米。", "面積3×4米", "4米"),
    ("投資2.5億元。", "投資2.5億元", "2.5億元"),
    ("增長3.5%。", "增長3.5%", "3.5%"),
    ("2022年度預算。", "2022年度預算", "2022年"),
    ("經過3次方案調整。", "經過3次方案調整", "3次"),
    # 次 before a word that starts with 方, with no base before it, is a count: these were
    # refused as part of a power in words
    ("組織了3次方隊訓練。", "組織了3次方隊訓練", "3次"),
    ("開展了3次方言普查。", "開展了3次方言普查", "3次"),
    ("一周吃了5次方便麵。", "一周吃了5次方便麵", "5次"),
])
def test_a_whole_figure_next_to_those_forms_still_loads(tmp_path: Path, text: str, quote: str,
                                                        value: str) -> None:
    assert _claim_errors(tmp_path, text, quote, value) == []


def test_a_byte_order_mark_does_not_shift_the_column_of_a_byte_that_is_not_utf8(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the mark was no column of the text, but was one of the "not UTF-8" error (1:7 for
    # the 6th character, where an editor shows 1:6), in check and in extract
    path = write_corpus(tmp_path, TEXT, CLAIMS)
    (path / "article.txt").write_bytes(b"\xef\xbb\xbf" + "某市GDP".encode() + b"\xff")
    [error] = load_errors(path)
    assert f"{(path / 'article.txt').as_posix()}:1:6: source file is not UTF-8" in error
    assert main(["extract", str(path / "article.txt")]) == 2
    assert capsys.readouterr().err.startswith(
        f"{(path / 'article.txt').as_posix()}:1:6: the file is not UTF-8")


@pytest.mark.parametrize("blank", ['""', "' '"])
@pytest.mark.parametrize(("section", "entry", "field", "what", "hint"), [
    ("sources", "{id: s2, file: article.txt, title: BLANK, published: 2023-08-25, "
                "script: simplified}", "title", "a source",
     "write the article's headline, as it prints it"),
    ("entities", "{id: e2, name: BLANK}", "name", "an entity",
     "write the name the articles give it, in Simplified script"),
    ("metrics", "{id: m2, name: BLANK}", "name", "a metric",
     "write what it measures, as the articles say it (e.g. 招商引资总额)"),
    ("places", "{id: p2, name: BLANK, lat: '45.75', lon: '126.63', source: 高德地图}", "name",
     "a place", "write the place's name, as the distance findings show it (e.g. 哈尔滨)"),
    ("places", "{id: p2, name: 哈尔滨, lat: '45.75', lon: '126.63', source: BLANK}", "source",
     "a place", "say where the coordinates come from (a map, a gazetteer, a survey), so a "
                "reviewer can check them"),
])
def test_an_empty_title_name_or_source_is_a_load_error_at_it(
        tmp_path: Path, blank: str, section: str, entry: str, field: str, what: str,
        hint: str) -> None:
    # a source without a title, an entity, a metric or a place without a name or a place
    # that says nowhere where its coordinates come from loaded, and the reports and findings
    # showed nothing where they go
    path = write_corpus(tmp_path, TEXT, CLAIMS)
    extra = path / "extra.yaml"
    extra.write_text(f"{section}:\n  - {entry.replace('BLANK', blank)}\n", encoding="utf-8")
    errors = load_errors(path)
    assert len(errors) == 1, errors
    lines = errors[0].splitlines()
    assert lines[0].startswith(f"{extra.as_posix()}:2:")
    assert lines[0].endswith(f"the {field} of {what} is empty")
    assert f"  hint: {hint}" in lines
