"""Safe, located YAML parsing: both paths give the same data; bad input is located."""

import pytest
import yaml

from factcheck._errors import LoadErrors, YamlSyntaxError
from factcheck._yaml import MAX_LINE_CHARS, parse_document


def test_fast_and_slow_paths_agree() -> None:
    text = "claims:\n  - id: a\n    value: 293.9亿元\n    as_of: 2017-11-28\n    n: 3\n"
    fast = parse_document("f.yaml", text)
    assert fast._marks is None  # the fast path was taken
    slow = parse_document("f.yaml", text + "# !\n")  # '!' forces the slow path
    assert slow._marks is not None
    assert fast.data == slow.data
    assert fast.data["claims"][0]["as_of"] == "2017-11-28"


def test_locate_points_at_the_key() -> None:
    doc = parse_document("f.yaml", "claims:\n  - id: a\n    vaule: 3\n")
    loc = doc.locate(("claims", 0, "vaule"))
    assert (loc.line, loc.col) == (3, 5)


def test_locate_id_needs_no_reparse() -> None:
    doc = parse_document("f.yaml", "claims:\n  - id: a\n    x: 1\n  - id: b\n")
    assert doc.locate_id("b", ("claims", 1)).line == 4
    assert doc._marks is None


def test_duplicate_keys_are_refused_with_both_lines() -> None:
    with pytest.raises(YamlSyntaxError) as caught:
        parse_document("f.yaml", "a: 1\nb: 2\na: 3\n")
    assert str(caught.value).splitlines()[0] == (
        "f.yaml:3:1: duplicate key 'a' in one mapping (first at line 1)")


def test_every_tag_duplicate_key_and_bad_number_of_a_file_is_listed() -> None:
    text = "a: 1\nb: !!python/name:os.system x\na: 2\nc: [.nan, 1]\nd: {e: 1, e: !x y}\n"
    with pytest.raises(LoadErrors) as caught:
        parse_document("f.yaml", text)
    assert [str(error).splitlines()[0] for error in caught.value.errors] == [
        "f.yaml:2:4: YAML tag 'tag:yaml.org,2002:python/name:os.system' is not allowed",
        "f.yaml:3:1: duplicate key 'a' in one mapping (first at line 1)",
        "f.yaml:4:5: the number '.nan' is out of range: NaN or infinity (or a number too "
        "large for a float)",
        "f.yaml:5:11: duplicate key 'e' in one mapping (first at line 5)",
        "f.yaml:5:14: YAML tag '!x' is not allowed",
    ]


def test_a_refused_key_is_not_also_a_duplicate_of_another() -> None:
    # both tagged keys are refused; neither is the duplicate key None of the other
    text = "a:\n  !!python/name:os.system x: 1\n  !!binary y: !z 2\n  ~: 3\n"
    with pytest.raises(LoadErrors) as caught:
        parse_document("f.yaml", text)
    assert [str(error).splitlines()[0] for error in caught.value.errors] == [
        "f.yaml:2:3: YAML tag 'tag:yaml.org,2002:python/name:os.system' is not allowed",
        "f.yaml:3:3: YAML tag 'tag:yaml.org,2002:binary' is not allowed",
        "f.yaml:3:15: YAML tag '!z' is not allowed",
    ]


@pytest.mark.parametrize("newline", ["\r", "\r\n"])
def test_carriage_returns_end_lines_as_yaml_reads_them(newline: str) -> None:
    many = "".join(f"k{n}: {n}{newline}" for n in range(10000))  # 100,000+ characters
    assert len(parse_document("f.yaml", many).data) == 10000
    doc = parse_document("f.yaml", f"a: 1{newline}b: 2{newline}")
    assert doc.line_text(2) == "b: 2"
    with pytest.raises(YamlSyntaxError) as caught:
        parse_document("f.yaml", f"a: 1{newline}{newline}b: !!x y{newline}")
    assert str(caught.value).splitlines()[:3] == [
        "f.yaml:3:4: YAML tag 'tag:yaml.org,2002:x' is not allowed", "    b: !!x y", "       ^"]
    with pytest.raises(YamlSyntaxError) as caught:
        parse_document("f.yaml", f"a: 1{newline}{newline}b: \x07{newline}")
    assert str(caught.value).startswith("f.yaml:3:4: control character U+0007")


def test_object_building_tags_are_refused() -> None:
    with pytest.raises(YamlSyntaxError) as caught:
        parse_document("f.yaml", "x: !!python/object/apply:os.system ['echo hi']\n")
    message = str(caught.value)
    assert message.startswith("f.yaml:1:4: YAML tag 'tag:yaml.org,2002:python/object/apply:os"
                              ".system' is not allowed")


def test_aliases_are_refused() -> None:
    bomb = "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n"
    with pytest.raises(YamlSyntaxError) as caught:
        parse_document("f.yaml", bomb)
    assert str(caught.value).startswith("f.yaml:1:4: anchors and aliases")


def test_tabs_get_a_hint() -> None:
    with pytest.raises(YamlSyntaxError) as caught:
        parse_document("f.yaml", "a:\n\t- 1\n")
    assert "tab" in str(caught.value)
    assert str(caught.value).startswith("f.yaml:2:1:")


def test_overlong_line_is_refused() -> None:
    with pytest.raises(YamlSyntaxError) as caught:
        parse_document("f.yaml", "a: " + "x" * MAX_LINE_CHARS + "\n")
    assert str(caught.value).startswith(f"f.yaml:1:{MAX_LINE_CHARS + 1}: line is")


def test_empty_document_is_none() -> None:
    assert parse_document("f.yaml", "").data is None
    assert parse_document("f.yaml", "# only a comment\n").data is None


@pytest.mark.parametrize("text", [
    "note: |\n",                       # empty, at the end: "" in YAML 1.2, "\n" in yaml_rs
    "note: >-\n\n  \n",
    "a: 1\nnote: |\n  last line\n  without a newline",
    "claims:\n  - id: a\n    note: >\n      text\n\n",
    "- |2\n    y >\n  z",                # a line inside the scalar that looks like an opening
    "a: |\n  x\n    y |\n  z",           # ... followed by a line indented less than it
    "a: |\r\n\r\n",                     # Windows line ends
    "a: >\r\n  x\r\nb: |\r\n  y",
    "a: |\r  x",                         # old Mac line ends
    "key:\n    |\n  x",                  # the indicator alone on its line, left of its key's
    "key:\n  - \n      |\n    x",
])
def test_a_block_scalar_at_the_end_reads_as_yaml_says(text: str) -> None:
    doc = parse_document("f.yaml", text)
    assert doc.data == yaml.safe_load(text)
    assert doc.data == parse_document("f.yaml", "# !\n" + text).data  # the slow path


def test_a_block_scalar_that_ends_before_the_file_keeps_the_fast_path() -> None:
    text = "claims:\n  - id: a\n    note: |\n      text\n    value: 3\n"
    doc = parse_document("f.yaml", text)
    assert doc._marks is None
    assert doc.data == yaml.safe_load(text)


def test_a_document_that_is_a_block_scalar_is_read_as_the_slow_path_reads_it() -> None:
    with pytest.raises(YamlSyntaxError):
        parse_document("f.yaml", "--- |\nx")  # indented less than YAML allows here


def test_many_indicators_on_one_line_are_read_once() -> None:
    # each '|' followed by a comment to the end of a line that ends in a lone \r: a pattern
    # that looked for the end of the line from every '|' took half a minute on this line
    text = "note: " + "| #" * 21_000 + "\rx: 1\n"
    assert parse_document("f.yaml", text).data == yaml.safe_load(text)


# ------------------------------------------- escapes that are not characters (surrogates)

BANG = "# 注意!\n"  # a '!' anywhere, even in a comment, sends the file to the slow path


@pytest.mark.parametrize("extra", ["", BANG])
@pytest.mark.parametrize(("text", "col", "found"), [
    ('finding: "x\\ud800"\n', 12, "\\ud800 with no low half"),
    ('finding: "\\ude00\\ud83d"\n', 11, "\\ude00 with no high half"),
    ('finding: "\\ud83d \\ude00"\n', 11, "\\ud83d with no low half"),  # not adjacent
    ('finding: "\\ud83d\\U0000DE00"\n', 11, "\\ud83d with no low half"),
    ('finding: "ab\\U0000D800"\n', 13, "\\U0000D800, a surrogate code point"),
    ('"\\udc00": x\n', 2, "\\udc00 with no high half"),  # in a key
])
def test_a_surrogate_escape_is_a_located_error_on_both_paths(text: str, col: int, found: str,
                                                             extra: str) -> None:
    with pytest.raises(YamlSyntaxError) as caught:
        parse_document("f.yaml", "a: 1\n" + text + extra)
    message = str(caught.value)
    assert message.startswith(f"f.yaml:2:{col}: a \\")
    assert "UTF-16 surrogate" in message.splitlines()[0]
    assert f"found: {found}" in message
    assert "hint: write the character itself" in message


def test_a_surrogate_escape_is_located_inside_a_multi_line_scalar() -> None:
    with pytest.raises(YamlSyntaxError) as caught:
        parse_document("f.yaml", 'a: "one\n  two \\ud800"\n# !\n')
    assert str(caught.value).startswith("f.yaml:2:7: a \\ud800 escape is half of a UTF-16 "
                                        "surrogate pair, not a character")


@pytest.mark.parametrize("extra", ["", BANG])
def test_a_surrogate_pair_escape_is_one_character_on_both_paths(extra: str) -> None:
    """As in JSON: a high half right before a low half is the character they encode."""
    doc = parse_document("f.yaml", 'a: "\\ud83d\\ude00 \\U0001F600"\n"\\ud83d\\ude00": 1\n' + extra)
    assert doc.data["a"] == "\U0001f600 \U0001f600"
    assert doc.data["\U0001f600"] == 1


def test_an_escape_beyond_unicode_is_a_located_error() -> None:
    with pytest.raises(YamlSyntaxError) as caught:  # PyYAML raised ValueError from chr()
        parse_document("f.yaml", 'a: 1\nb: "ab\\U00110000"\n')
    assert str(caught.value).startswith(
        "f.yaml:2:7: a \\U00110000 escape is beyond U+10FFFF, the last Unicode character")


# ------------------------------------------------------------- tabs as YAML 1.2 reads them

@pytest.mark.parametrize(("text", "data"), [
    ("value: 293.9亿元\t\nb: 1\n", {"value": "293.9亿元", "b": 1}),  # after a value
    ("a: x \t# comment\n", {"a": "x"}),
    ("a: 1\n\t\nb: 2\n", {"a": 1, "b": 2}),  # a line holding only a tab
    ("a: 1\n \t \nb: 2\n", {"a": 1, "b": 2}),
    ("a:\n  b: 1\n\t# comment\n  c: 2\n", {"a": {"b": 1, "c": 2}}),
    ("a:\t1\n", {"a": 1}),  # between an indicator and a scalar
    ("a: \t'x'\n", {"a": "x"}),
    ("- \t1\n-\t2\n", [1, 2]),
    ("a\t: 1\n", {"a": 1}),
    ("a: foo\tbar\n", {"a": "foo\tbar"}),  # inside a plain scalar
    ("a: foo\t\n  \tbar\n", {"a": "foo bar"}),  # after a continuation line's indentation
    ("a: [1,\t2]\n", {"a": [1, 2]}),
    ("a: |\t# comment\n  x\t\n", {"a": "x\t\n"}),  # a block scalar keeps its own tabs
    ("foo:\n \tbar\n", {"foo": "bar"}),  # yaml-test-suite DK95
    ("-\t-1\n", [-1]),  # yaml-test-suite Y79Y
])
@pytest.mark.parametrize("extra", ["", BANG])
def test_tabs_that_separate_read_alike_on_both_paths(text: str, data: object,
                                                      extra: str) -> None:
    assert parse_document("f.yaml", text + extra).data == data


@pytest.mark.parametrize("text", [
    "\ta: 1\n", "claims:\n\t- id: a\n", "a:\n  b: 1\n  \tc: 2\n", "- a\n\t- b\n",
    "-\t- 1\n", "a:\t- 1\n", "?\tkey:\n",  # yaml-test-suite DK95, Y79Y: tabs before structure
])
@pytest.mark.parametrize("extra", ["", BANG])
def test_tabs_in_indentation_are_refused_on_both_paths(text: str, extra: str) -> None:
    with pytest.raises(YamlSyntaxError):
        parse_document("f.yaml", text + extra)


def test_a_tab_outside_indentation_is_not_called_indentation() -> None:
    with pytest.raises(YamlSyntaxError) as caught:
        parse_document("f.yaml", "%YAML 1.2\t\n---\na: 1\n")
    assert "hint: replace the tab with a space" in str(caught.value)


# ------------------------------------------------------------------------- locate_id

def _id_place(doc_text: str, item_id: str, keypath: tuple[str | int, ...]) -> tuple[int, int]:
    doc = parse_document("f.yaml", doc_text)
    found = doc.locate_id(item_id, keypath)
    exact = parse_document("f.yaml", doc_text).locate((*keypath, "id"))
    assert (found.line, found.col) == (exact.line, exact.col)
    return found.line, found.col


def test_locate_id_skips_an_id_line_inside_a_block_scalar() -> None:
    text = ("claims:\n  - id: total\n    note: |\n      compare with\n      id: total2\n"
            "  - id: total2\n")
    assert _id_place(text, "total2", ("claims", 1)) == (6, 5)


def test_locate_id_finds_the_entry_of_the_key_path_among_equal_ids() -> None:
    text = ("entities:\n  - id: a\n    name: x\nclaims:\n  - value: 1\n    id: a\n"
            "checks:\n  - {kind: sum, id: a}\n  - kind: sum\n    id: a\n")
    assert _id_place(text, "a", ("entities", 0)) == (2, 5)
    assert _id_place(text, "a", ("claims", 0)) == (6, 5)
    assert _id_place(text, "a", ("checks", 0)) == (8, 17)  # flow style: found by the marks
    assert _id_place(text, "a", ("checks", 1)) == (10, 5)


def test_locate_id_trusts_the_scan_only_when_it_found_every_id() -> None:
    text = "claims:\n  - id: a\n  - id: b\n"
    doc = parse_document("f.yaml", text)
    assert doc.locate_id("b", ("claims", 1)).line == 3
    assert doc._marks is None  # the scan was trusted
    quoted = parse_document("f.yaml", text + '  - "id": c\n')  # missed by the scan
    assert quoted.locate_id("b", ("claims", 1)).line == 3
    assert quoted._marks is not None


@pytest.mark.parametrize(("text", "first_line"), [
    ("claims:\n  - id: a\n    value：293.9亿元\n    as_of: 2017\n",
     "f.yaml:3:10: not valid YAML: a full-width colon '：' (U+FF1A) where YAML needs ':'"),
    ("claims:\n  - id：a\n    value: 1\n",
     "f.yaml:2:7: not valid YAML: a full-width colon '：' (U+FF1A) where YAML needs ':'"),
    ("claims:\n  - id: a\n    value:\u3000293.9亿元\n    as_of: 2017\n",
     "f.yaml:3:11: not valid YAML: an ideographic space (U+3000) where YAML needs an ordinary "
     "space"),
    ("claims:\n  - id: a\n\u00a0   value: 293.9亿元\n    as_of: 2017\n",
     "f.yaml:3:1: not valid YAML: a no-break space (U+00A0) where YAML needs an ordinary space"),
])
def test_what_an_input_method_types_for_yaml_syntax_is_named(text: str, first_line: str) -> None:
    with pytest.raises(YamlSyntaxError) as caught:
        parse_document("f.yaml", text)
    assert str(caught.value).splitlines()[0] == first_line


@pytest.mark.parametrize(("text", "first_line"), [
    # indented from column 1 with U+3000, a line is valid YAML: a key '　　quote' of the
    # mapping at the top, which gave "unknown top-level section '　　quote'" and a missing
    # field for each key the line was meant to give the claim above it
    ("claims:\n  - id: a\n\u3000\u3000quote: 293.9亿元\n",
     "f.yaml:3:1: an ideographic space (U+3000) where YAML needs an ordinary space"),
    ("\u00a0claims: []\n",
     "f.yaml:1:1: a no-break space (U+00A0) where YAML needs an ordinary space"),
    # on the slow path too (a tab elsewhere in the file)
    ("claims:\t\n  - id: a\n\u3000\u3000quote: 293.9亿元\n",
     "f.yaml:3:1: an ideographic space (U+3000) where YAML needs an ordinary space"),
])
def test_a_key_that_starts_with_a_wide_space_is_named(text: str, first_line: str) -> None:
    with pytest.raises(YamlSyntaxError) as caught:
        parse_document("f.yaml", text)
    assert str(caught.value).splitlines()[0] == first_line
    assert str(caught.value).splitlines()[-1].startswith("  hint: replace it with ")


@pytest.mark.parametrize("valid", ['"\u3000a": 1\n', "a: \u3000b\n", "a: |\n  \u3000\u3000b\n"])
def test_a_wide_space_in_a_quoted_key_or_a_value_is_kept(valid: str) -> None:
    assert parse_document("f.yaml", valid).data in (
        {"\u3000a": 1}, {"a": "\u3000b"}, {"a": "\u3000\u3000b\n"})


def test_a_full_width_colon_inside_a_value_is_not_blamed() -> None:
    with pytest.raises(YamlSyntaxError) as caught:
        parse_document("f.yaml", "claims:\n  - id: a\n    quote: 他说：好\n    value: [1\n")
    assert "full-width" not in str(caught.value)


@pytest.mark.parametrize("valid", ["  b: \u3000x\n  c: d\n", "  - \u3000x\n  - d\n"])
def test_a_wide_space_that_starts_a_value_is_not_blamed(valid: str) -> None:
    """A value may start with U+3000 (an article indents its paragraphs so): the error is
    the one on the line that does not parse, not a space on a valid line above it."""
    with pytest.raises(YamlSyntaxError) as caught:
        parse_document("f.yaml", "a:\n" + valid + " e: f\n")
    assert str(caught.value).splitlines()[0].startswith("f.yaml:4:2: not valid YAML: expected")


@pytest.mark.parametrize(("text", "hint"), [
    # a line indented more than a `key: value` above it continues that value
    ("claims:\n  - id: a\n    value: 1\n      entity: e\n",
     "line 4 is indented more than line 3, so YAML reads it as more of line 3's value: "
     "start it in column 5, as line 3 does"),
    # one space short: no block above starts in that column
    ("claims:\n  - id: a\n    value: 1\n   entity: e\n",
     "line 4 starts in column 4, but the blocks open above it start in columns 1, 3, 5: "
     "indent it as the lines it belongs with"),
    ("claims:\n  - id: a\n    value: 1\n - id: b\n",
     "line 4 starts in column 2, but the blocks open above it start in columns 1, 3, 5: "
     "indent it as the lines it belongs with"),
    # a key of a list item in the column of its '-': YAML ends the item there, and the
    # error was PyYAML's bare "expected <block end>, but found '?'"
    ("acknowledgements:\n  - finding: sum[a]\n  status: conflict\n    reason: r\n",
     "line 3 is in the column of the '-' of line 2, so YAML reads it as outside that list "
     "item: start it in column 5, as line 2's first key"),
    # the second item of a list in the column of the first item's keys
    ("claims:\n- id: a\n  value: 1\n  - id: b\n",
     "line 4 starts a list item in the column of the keys above it: start it where the "
     "list's first '-' is"),
    ("claims:\n  -id: a\n    value: 1\n",
     "write a space after the '-' that starts line 2 (`- id:`, not `-id:`)"),
    ("claims:\n  - id: a\n    quote:总投资\n    value: 1\n",
     "write a space after the ':' on line 3 (`quote: ...`, not `quote:...`)"),
    ("claims:\n  - id: a\n    quote: 总投资: 3亿元\n",
     "a colon followed by a space starts a key in YAML: put the value in quotes ('...')"),
])
def test_a_layout_mistake_is_named_in_the_hint(text: str, hint: str) -> None:
    with pytest.raises(YamlSyntaxError) as caught:
        parse_document("f.yaml", text)
    assert caught.value.hint == hint


@pytest.mark.parametrize(("text", "where", "quote"), [
    ('claims:\n  - id: a\n    quote: "签约\n', (3, 12), '"'),
    ('claims:\n  - id: a\n    quote: "签约', (3, 12), '"'),
    ("claims:\n  - id: a\n    quote: '签约\n\n", (3, 12), "'"),
    ('claims:\n  - id: "a\n    quote: 签约\n', (2, 9), '"'),
])
def test_a_quote_the_file_ends_inside_is_located_where_it_opens(
        text: str, where: tuple[int, int], quote: str) -> None:
    # it was located at the end of the stream: the empty line after the last, no caret on
    # anything written, or the end of the last line
    with pytest.raises(YamlSyntaxError) as caught:
        parse_document("f.yaml", text)
    error = caught.value
    assert error.location is not None
    assert (error.location.line, error.location.col) == where
    assert error.message == f"not valid YAML: the quote {quote} opened here is never closed"
    assert error.source_line == text.split("\n")[where[0] - 1]
    assert error.hint is not None and error.hint.startswith(
        f"close the quote: end the value with {quote}")


def test_a_quoted_value_over_two_lines_still_reads() -> None:
    doc = parse_document("f.yaml", 'claims:\n  - id: a\n    quote: "签约\n      项目"\n')
    assert doc.data == {"claims": [{"id": "a", "quote": "签约 项目"}]}


@pytest.mark.parametrize("text", [
    "claims:\n  - id: a\n    <<: {entity: s, metric: m, as_of: 2017}\n",
    "claims:\n  - {id: a, <<: {entity: s, metric: m}}\n",
    "claims:\n  - id: a\n    <<: [{entity: s}, {metric: m}]\n\t\n",  # a tab: the slow path
])
def test_a_merge_key_is_one_error_at_itself(text: str) -> None:
    # the loader said each merged field was missing, and then that '<<' was an unknown field
    with pytest.raises(YamlSyntaxError) as caught:
        parse_document("f.yaml", text)
    first, line, caret, hint = str(caught.value).splitlines()
    [(row, written)] = [(n, t) for n, t in enumerate(text.splitlines(), 1) if "<<" in t]
    assert line.strip() == written.strip()
    assert first == (f"f.yaml:{row}:{written.index('<<') + 1}: YAML merge keys (<<) are not "
                     "supported")
    assert caret.index("^") == line.index("<<")
    assert hint == ("  hint: write the merged fields out in the mapping itself: factcheck "
                    "reads each entry as it is written, and a merge would take fields from "
                    "elsewhere")


def test_a_quoted_merge_key_is_only_a_key() -> None:
    assert parse_document("f.yaml", "'<<': 1\n").data == {"<<": 1}
    assert parse_document("f.yaml", "a: <<\n").data == {"a": "<<"}
