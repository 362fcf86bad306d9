"""A declared check that names a claim or place the corpus lacks is a load error at its line.

A typo in a check's claim ids used to make the check not-checkable, which does not fail a
run: the check quietly tested nothing. The loader now looks every name up (the kinds'
``Field.refers``) and refuses the corpus, with the closest id.
"""

from pathlib import Path

import pytest

from factcheck import LoadErrors, Status, load
from tests.corpus_builder import findings_of, write_corpus

TEXT = "道里区签约项目总投资额达293.9亿元,其中金融总部投资200亿元,科技投资93.9亿元。" \
       "园区2019年9月1日开工,历时2年。"
CLAIMS = """\
claims:
  - {id: total, quote: 总投资额达293.9亿元, value: 293.9亿元, entity: daoli, metric: invest,
     as_of: 2017-11-28}
  - {id: finance, quote: 金融总部投资200亿元, value: 200亿元, entity: finance, metric: invest,
     as_of: 2017-11-28}
  - {id: tech, quote: 科技投资93.9亿元, value: 93.9亿元, entity: tech, metric: invest,
     as_of: 2017-11-28}
  - {id: start, quote: 园区2019年9月1日开工, value: 2019年9月1日, entity: park,
     metric: started, as_of: 2019-09-01}
  - {id: took, quote: 历时2年, value: 2年, entity: park, metric: took, as_of: 2021-09}
"""
PLACES = """\
places:
  - {id: shenzhen, name: 深圳, lat: "22.5431", lon: "114.0579", source: test}
  - {id: harbin, name: 哈尔滨, lat: "45.7567", lon: "126.6424", source: test}
"""


def corpus(tmp_path: Path, checks: str, claims: str = CLAIMS) -> Path:
    path = write_corpus(tmp_path, TEXT, claims, "checks:\n" + checks)
    (path / "places.yaml").write_text(PLACES, encoding="utf-8")
    return path


def errors_of(tmp_path: Path, checks: str, claims: str = CLAIMS) -> list[str]:
    with pytest.raises(LoadErrors) as caught:
        load(corpus(tmp_path, checks, claims))
    return [str(error).replace(f"{tmp_path.as_posix()}/", "") for error in caught.value.errors]


def test_a_misspelt_part_is_refused_at_its_item_with_the_closest_id(tmp_path: Path) -> None:
    [error] = errors_of(tmp_path, "  - {kind: sum, id: s, total: total, parts: [finance, tehc]}\n")
    first, line, caret, expected, hint = error.splitlines()
    assert first == "checks.yaml:2:55: claim 'tehc' (parts) does not exist"
    assert line.strip() == "- {kind: sum, id: s, total: total, parts: [finance, tehc]}"
    assert caret.index("^") == line.index("tehc")
    assert expected.strip() == "expected: the id of a claim"
    assert hint.strip() == "hint: did you mean 'tech'?"


@pytest.mark.parametrize(("check", "message"), [
    ("{kind: sum, id: c, total: totl, parts: [finance, tech]}",
     "claim 'totl' (total) does not exist"),
    ("{kind: share, id: c, part: finance, whole: total, share: nothing_like_it}",
     "claim 'nothing_like_it' (share) does not exist"),
    ("{kind: growth, id: c, from: finance, to: tech, rate: rat}",
     "claim 'rat' (rate) does not exist"),
    ("{kind: bound, id: c, qualified: finnce, exact: tech}",
     "claim 'finnce' (qualified) does not exist"),
    ("{kind: derived, id: c, claim: total, expression: a + b, vars: {a: finance, b: tec}}",
     "claim 'tec' (vars: b) does not exist"),
    ("{kind: duration, id: c, duration: took, from: strat, to: published}",
     "'strat' (from) is neither a claim id nor a date"),
    ("{kind: duration, id: c, duration: tok, from: start, to: published}",
     "claim 'tok' (duration) does not exist"),
    # only a duration's ends may be dates: a date where a claim id belongs is no claim
    ("{kind: duration, id: c, duration: '2019-09', from: start, to: published}",
     "claim '2019-09' (duration) does not exist"),
    ("{kind: share, id: c, part: published, whole: total, share: tech}",
     "claim 'published' (part) does not exist"),
    ("{kind: reference, id: c, claim: took, from: shenzen, to: harbin}",
     "place 'shenzen' (from) does not exist"),
])
def test_every_kind_refuses_a_name_that_exists_nowhere(tmp_path: Path, check: str,
                                                      message: str) -> None:
    [error] = errors_of(tmp_path, f"  - {check}\n")
    assert error.splitlines()[0].endswith(message)


@pytest.mark.parametrize(("check", "name"), [
    ("{kind: sum, id: c, total: totl, parts: [finance, tech]}", "totl"),
    ("{kind: sum, id: c, total: total, parts: [finance, tehc]}", "tehc"),
    ("{kind: bound, id: c, qualified: finnce, exact: tech}", "finnce"),
    ("{kind: bound, id: c, qualified: 'finnce', exact: tech}", "'finnce'"),
    ("{kind: derived, id: c, claim: total, expression: a + b, vars: {a: finance, b: tec}}",
     "tec"),
    ("{kind: duration, id: c, duration: took, from: strat, to: published}", "strat"),
    ("{kind: reference, id: c, claim: took, from: shenzen, to: harbin}", "shenzen"),
    ("{kind: sum, id: c, total: 0x1F, parts: [finance, tech]}", "0x1F"),
    ("kind: bound\n    id: c\n    qualified:   finnce  # typo\n    exact: tech", "finnce"),
    ("kind: sum\n    id: c\n    \"total\" : totl\n    parts: [finance, tech]", "totl"),
    ("kind: sum\n    id: c\n    total: total\n    parts:\n      - finance\n      - tehc",
     "tehc"),
])
def test_the_caret_of_a_name_that_exists_nowhere_is_at_the_name(tmp_path: Path, check: str,
                                                                  name: str) -> None:
    # qualified: and total: were located at their key (column 5 of a block mapping), and
    # a part at its item: the caret is at the name written, wherever it is
    [error] = errors_of(tmp_path, f"  - {check}\n")
    first, line, caret, *_ = error.splitlines()
    at = line.rindex(name)  # the value's, not a key's of the same text (total: total)
    assert caret.index("^") == at, error
    assert first.split(":")[2] == str(at - 3), error  # the line is shown indented by 4


def test_a_duration_end_may_be_a_claim_a_date_or_published(tmp_path: Path) -> None:
    checks = """\
  - {kind: duration, id: claimed, duration: took, from: start, to: published}
  - {kind: duration, id: dated, duration: took, from: 2019-09-01, to: "2021-09"}
  - {kind: duration, id: year, duration: took, from: 2019, to: 2021-09-30}
"""
    found = {f.id: f for f in findings_of(corpus(tmp_path, checks), "duration")}
    assert set(found) == {"duration[claimed]", "duration[dated]", "duration[year]"}
    assert all(f.status is not Status.NOT_CHECKABLE for f in found.values()), found


def test_a_claim_that_failed_to_load_is_not_reported_again_by_its_checks(
        tmp_path: Path) -> None:
    broken = CLAIMS.replace("value: 93.9亿元", "value: 93.8亿元")
    errors = errors_of(tmp_path, "  - {kind: sum, id: s, total: total, parts: [finance, tech]}\n",
                       broken)
    assert len(errors) == 1
    assert "[tech] value '93.8亿元' is not in the quote" in errors[0]


def test_names_in_a_file_that_could_not_be_read_are_counted_not_guessed(
        tmp_path: Path) -> None:
    path = corpus(tmp_path, "  - {kind: sum, id: s, total: total, parts: [finance, more]}\n")
    (path / "more.yaml").write_text("claims: [\n", encoding="utf-8")  # may define 'more'
    with pytest.raises(LoadErrors) as caught:
        load(path)
    messages = [str(error).splitlines()[0].replace(f"{tmp_path.as_posix()}/", "")
                for error in caught.value.errors]
    assert not any("does not exist" in m for m in messages), messages
    assert messages[-1] == ("more.yaml:2:1: note: 1 reference to sources, entities, metrics, "
                            "claims or places could not be checked: more.yaml could not be "
                            "read, and may define them")  # at the error that stopped it


def test_a_place_with_bad_coordinates_is_not_reported_again_by_its_checks(
        tmp_path: Path) -> None:
    path = corpus(tmp_path, "  - {kind: reference, id: r, claim: took, from: shenzhen, "
                            "to: harbin}\n")
    (path / "places.yaml").write_text(PLACES.replace('"45.7567"', '"95.7567"'),
                                      encoding="utf-8")
    with pytest.raises(LoadErrors) as caught:
        load(path)
    [error] = caught.value.errors
    assert str(error).startswith(f"{tmp_path.as_posix()}/places.yaml:3:")
    assert "bad lat" in str(error)


def test_a_claim_with_a_numeric_id_that_failed_is_not_reported_again(tmp_path: Path) -> None:
    # id: 2019 loads as the claim id '2019'; when the claim failed, a check naming it was
    # also told "claim '2019' (total) does not exist", which is false
    broken = CLAIMS.replace("id: total,", "id: 2019,").replace("value: 293.9亿元",
                                                               "value: 293.8亿元")
    errors = errors_of(tmp_path, "  - {kind: sum, id: s, total: 2019, parts: [finance, tech]}\n",
                       broken)
    assert len(errors) == 1, errors
    assert "[2019] value '293.8亿元' is not in the quote" in errors[0]


def test_a_claim_written_without_its_dash_is_not_reported_again(tmp_path: Path) -> None:
    path = corpus(tmp_path, "  - {kind: sum, id: s, total: total, parts: [finance, more]}\n")
    (path / "more.yaml").write_text("source: s\nclaims:\n  id: more\n  quote: 科技投资93.9亿元\n",
                                    encoding="utf-8")
    with pytest.raises(LoadErrors) as caught:
        load(path)
    [error] = caught.value.errors
    assert str(error).startswith(f"{tmp_path.as_posix()}/more.yaml:2:1: 'claims' must be a list")


def test_a_place_written_without_its_dash_is_not_reported_again(tmp_path: Path) -> None:
    path = corpus(tmp_path, "  - {kind: reference, id: r, claim: took, from: shenzhen, "
                            "to: harbin}\n")
    (path / "places.yaml").write_text(PLACES.replace("id: harbin", "id: unused"),
                                      encoding="utf-8")
    (path / "harbin.yaml").write_text(
        'places:\n  id: harbin\n  name: 哈尔滨\n  lat: "45.7567"\n  lon: "126.6424"\n'
        "  source: test\n", encoding="utf-8")
    with pytest.raises(LoadErrors) as caught:
        load(path)
    [error] = caught.value.errors
    assert str(error).startswith(f"{tmp_path.as_posix()}/harbin.yaml:1:1: 'places' must be a "
                                 "list")


@pytest.mark.parametrize(("end", "hint"), [
    # a date with slashes or dots was told to "name a claim defined under `claims:`"
    ("2019/09/01", "hint: write the date as 2019-09-01"),
    ("2019.9", "hint: write the date as 2019-09"),
    ("someday", "hint: write a date as YYYY-MM-DD, YYYY-MM or YYYY, or published, or name a "
                "date claim defined under `claims:`"),
    ("strat", "hint: did you mean 'start'?"),
    # 'tok' is closest to 'took', a quantity (2年): the hint offered it, and the check
    # written as told was not-checkable ("is a quantity, not a date")
    ("tok", "hint: write a date as YYYY-MM-DD, YYYY-MM or YYYY, or published, or name a "
            "date claim defined under `claims:`"),
    ("techstart", "hint: did you mean 'start'?"),
])
def test_a_duration_end_that_is_no_date_says_how_to_write_one(tmp_path: Path, end: str,
                                                              hint: str) -> None:
    [error] = errors_of(tmp_path, f'  - {{kind: duration, id: c, duration: took, from: "{end}", '
                                  "to: published}\n")
    assert error.splitlines()[0].endswith(f"'{end}' (from) is neither a claim id nor a date")
    assert error.splitlines()[-1].strip() == hint


def test_a_check_with_a_missing_name_still_has_its_other_mistakes_said(tmp_path: Path) -> None:
    # the kind's own vetting was skipped once a name was missing: fixing the name only
    # revealed the next mistake on the next run
    errors = errors_of(tmp_path, "  - {kind: growth, id: c, from: finance, to: tech, rate: rat, "
                                 "direction: upp}\n")
    assert [e.splitlines()[0] for e in errors] == [
        "checks.yaml:2:58: claim 'rat' (rate) does not exist",  # at the name
        "checks.yaml:2:63: direction must be 'up' or 'down', not 'upp'",
    ]


@pytest.mark.parametrize(("check", "message", "hint"), [
    ("{kind: sum, id: c, total: total, parts: [finance, 0o17]}",
     "claim '0o17' (parts) does not exist: YAML reads 0o17 as the number 15",
     'parts: ["0o17"]'),
    ("{kind: sum, id: c, total: 0x1F, parts: [finance, tech]}",
     "claim '0x1F' (total) does not exist: YAML reads 0x1F as the number 31", 'total: "0x1F"'),
    ("{kind: derived, id: c, claim: total, expression: a + b, vars: {a: finance, b: 017}}",
     "claim '017' (vars: b) does not exist: YAML reads 017 as the number 17",
     'vars: {b: "017"}'),
    ("{kind: reference, id: c, claim: took, from: 1_0, to: harbin}",
     "place '1_0' (from) does not exist: YAML reads 1_0 as the number 10", 'from: "1_0"'),
])
def test_a_name_written_as_a_number_is_refused_as_written_with_the_quotes_to_add(
        tmp_path: Path, check: str, message: str, hint: str) -> None:
    # the message named claim '15', which nobody wrote, and said only to name a claim
    [error] = errors_of(tmp_path, f"  - {check}\n")
    assert error.splitlines()[0].endswith(message), error
    assert error.splitlines()[-1].endswith(f"quote it: {hint}"), error


@pytest.mark.parametrize("field", ["parts", "count_parts"])
def test_a_float_part_is_refused_at_its_item_as_written(tmp_path: Path, field: str) -> None:
    # parts: [1e3] was "'parts' must list claim ids" at parts:, finding "a number: 1000.0",
    # which nobody wrote, with the hint to write each id as one item, which it was
    counts = "count_total: start, " if field == "count_parts" else ""
    parts = "[finance, tech]" if field == "count_parts" else "[1e3, tech]"
    counted = ", count_parts: [1e3, took]" if field == "count_parts" else ""
    check = f"  - {{kind: sum, id: c, total: total, {counts}parts: {parts}{counted}}}\n"
    [error] = errors_of(tmp_path, check)
    first, line, caret, expected, found, hint = error.splitlines()
    assert expected.strip() == "expected: the id of a claim", error
    assert first.endswith(f"'{field}' must list claim ids, one per item"), error
    assert caret.index("^") == line.index("1e3"), error
    assert found.strip() == "found: a number: 1e3", error
    assert hint.strip().endswith(f'quote it: {field}: ["1e3"]'), error


def test_a_name_written_as_a_number_that_reads_back_as_written_is_as_before(
        tmp_path: Path) -> None:
    [error] = errors_of(tmp_path, "  - {kind: sum, id: c, total: total, parts: [finance, 12]}\n")
    assert error.splitlines()[0].endswith("claim '12' (parts) does not exist")
    assert error.splitlines()[-1].strip() == "hint: name a claim defined under `claims:`"
    # text that starts with a number is text, named as written
    [error] = errors_of(tmp_path, "  - kind: sum\n    id: c\n    total: 12, apples\n"
                                  "    parts: [finance, tech]\n")
    assert error.splitlines()[0].endswith("claim '12, apples' (total) does not exist")
    numbered = CLAIMS.replace("id: tech,", "id: 12,").replace("id: finance,", 'id: "0o17",')
    found = findings_of(corpus(tmp_path, '  - {kind: sum, id: c, total: total, '
                                         'parts: ["0o17", 12]}\n', numbered), "sum")
    assert [f.status for f in found] == [Status.CONSISTENT]


def test_a_float_id_where_text_belongs_is_to_be_quoted_as_written(tmp_path: Path) -> None:
    # the hint said to quote "1000.0", a name nobody wrote, and spoke of a precision
    [error] = errors_of(tmp_path, "  - {kind: sum, id: c, total: 1e3, parts: [finance, tech]}\n")
    assert error.splitlines()[-1].strip() == (
        'hint: quote it: total: "1e3" (unquoted, YAML reads 1e3 as the number 1000.0)')


@pytest.mark.parametrize(("written", "read"), [("0o17", "15"), ("0x1F", "31"), ("+4", "4"),
                                               ("017", "17")])
def test_an_id_written_as_a_number_that_reads_back_otherwise_is_refused(
        tmp_path: Path, written: str, read: str) -> None:
    # id: 0o17 defined the claim '15', which the findings, the report and the suggested
    # acknowledgement then named; and total: 0o17 found it
    claims = CLAIMS.replace("id: total,", f"id: {written},")
    [error] = errors_of(tmp_path, f"  - {{kind: sum, id: c, total: {written}, "
                                  "parts: [finance, tech]}\n", claims)  # total: not also
    first, line, caret, expected, found, hint = error.splitlines()
    assert first == (f"claims.yaml:3:6: field 'id' of claim has the wrong type: YAML reads "
                     f"{written} as the number {read}")
    assert caret.index("^") == line.index("id:")  # as for id: 1e3
    assert expected.strip() == "expected: a string (unique across the corpus)"
    assert found.strip() == f"found: a number: {written}"
    assert hint.strip() == f'hint: quote it: id: "{written}"'


def test_an_id_written_as_a_number_that_reads_back_as_written_still_loads(
        tmp_path: Path) -> None:
    claims = CLAIMS.replace("id: total,", "id: 12,")
    found = findings_of(corpus(tmp_path, "  - {kind: sum, id: c, total: 12, "
                                         "parts: [finance, tech]}\n", claims), "sum")
    assert [f.status for f in found] == [Status.CONSISTENT]


@pytest.mark.parametrize("check", [
    "{kind: sum, id: s, total: totl, parts: 5}",  # a field of the wrong type
    "{kind: sum, id: s, total: totl}",  # a required field missing
    "{kind: sum, id: s, total: totl, parts: [finance, tech], partz: [tech]}",  # an unknown one
])
def test_a_misspelt_name_is_said_with_the_checks_other_mistakes(tmp_path: Path,
                                                                check: str) -> None:
    # the other mistake hid the misspelt total until it was mended and the corpus run again
    errors = errors_of(tmp_path, f"  - {check}\n")
    assert len(errors) == 2
    assert any(e.startswith("checks.yaml:2:") and "claim 'totl' (total) does not exist" in e
               and "did you mean 'total'?" in e for e in errors)



@pytest.mark.parametrize(("file", "text", "section", "checks"), [
    ("more.yaml", "claims: more\n", "claims",  # may define 'more'
     "  - {kind: sum, id: s, total: total, parts: [finance, more]}\n"),
    ("places.yaml", "places: none yet\n", "places",  # may define both places
     "  - {kind: reference, id: r, claim: took, from: shenzhen, to: harbin}\n"),
])
def test_names_a_section_that_is_no_list_may_define_are_counted_not_guessed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file: str, text: str, section: str,
        checks: str) -> None:
    # each name was a second error, "does not exist", after the one cause
    monkeypatch.chdir(tmp_path)
    path = corpus(tmp_path, checks)
    (path / file).write_text(text, encoding="utf-8")
    messages = [error.splitlines()[0] for error in errors_of_path(path, tmp_path)]
    assert not any("does not exist" in m for m in messages), messages
    assert messages[0].startswith(f"{file}:1:1: '{section}' must be a list"), messages
    assert messages[-1].endswith(f"could not be checked: `{section}:` of {file} is no "
                                 "list, and may define them"), messages


def test_a_claim_a_section_that_is_no_list_cannot_define_is_still_reported(
        tmp_path: Path) -> None:
    # `places: x` may define a place, never a claim
    path = corpus(tmp_path, "  - {kind: sum, id: s, total: total, parts: [finance, tehc]}\n")
    (path / "places.yaml").write_text("places: x\n", encoding="utf-8")
    errors = [e.splitlines()[0] for e in errors_of_path(path, tmp_path)]
    assert any("claim 'tehc' (parts) does not exist" in e for e in errors), errors
    assert not any("could not be checked" in e for e in errors), errors


def errors_of_path(path: Path, tmp_path: Path) -> list[str]:
    with pytest.raises(LoadErrors) as caught:
        load(path)
    return [str(error).replace(f"{tmp_path.as_posix()}/", "") for error in caught.value.errors]


def test_a_reference_from_a_place_to_itself_is_refused_at_its_to(tmp_path: Path) -> None:
    # it loaded, and the check compared the claim with a distance of 0米, which tests nothing
    [error] = errors_of(tmp_path, "  - {kind: reference, id: c, claim: took, from: shenzhen, "
                                  "to: shenzhen}\n")
    first, line, caret, expected, found, hint = error.splitlines()
    assert first == ("checks.yaml:2:59: place 'shenzhen' is both 'from' and 'to': the distance "
                     "from a place to itself is 0, so the check would test nothing")
    assert caret.index("^") == line.index("to: shenzhen")
    assert expected == "  expected: two different places in 'from' and 'to'"
    assert found == "  found: 'shenzhen' twice"
    assert hint == "  hint: name in 'to' the place the article measures the distance to"


@pytest.mark.parametrize(("check", "first"), [
    # the place was said not to exist at 'from' and at 'to', and between them to be both
    # 'from' and 'to': three errors for one name to fix
    ("{kind: reference, id: c, claim: took, from: nowhere, to: nowhere}",
     "place 'nowhere' (from and to) does not exist"),
    ("{kind: reference, id: c, claim: took, from: shenzen, to: shenzen}",
     "place 'shenzen' (from and to) does not exist"),
    # so a claim: a part listed twice, or also the total, and one claim under two names
    ("{kind: sum, id: c, total: total, parts: [tehc, tehc]}",
     "claim 'tehc' (parts) does not exist"),
    ("{kind: sum, id: c, total: tehc, parts: [finance, tehc]}",
     "claim 'tehc' (total and parts) does not exist"),
    ("{kind: derived, id: c, claim: total, expression: a + b, vars: {a: tec, b: tec}}",
     "claim 'tec' (vars: a and vars: b) does not exist"),
])
def test_a_missing_name_given_twice_in_a_check_is_one_error(
        tmp_path: Path, check: str, first: str) -> None:
    [error] = errors_of(tmp_path, f"  - {check}\n")
    heading, line, caret = error.splitlines()[:3]
    assert heading.startswith("checks.yaml:2:") and heading.split(": ", 1)[1] == first
    name = first.split("'")[1]
    assert caret.index("^") == line.index(name)  # at its first place


def test_a_missing_name_given_twice_leaves_the_check_s_other_errors(tmp_path: Path) -> None:
    # an unused variable is a mistake of its own, said beside the missing claim
    errors = errors_of(tmp_path, "  - {kind: derived, id: c, claim: total, expression: a + b, "
                                 "vars: {a: tec, b: tec, c: finance}}\n")
    assert [e.splitlines()[0].split(": ", 1)[1] for e in errors] == [
        "claim 'tec' (vars: a and vars: b) does not exist",
        "variable 'c' of vars (finance) is not used in the expression a + b",
    ]


def test_a_name_missing_in_one_field_is_not_said_missing_in_another(tmp_path: Path) -> None:
    # published is a date where one is wanted ('from'), and no claim as the duration
    [error] = errors_of(tmp_path, "  - {kind: duration, id: c, duration: published, "
                                  "from: published, to: start}\n")
    assert error.splitlines()[0].split(": ", 1)[1] == (
        "claim 'published' (duration) does not exist")
