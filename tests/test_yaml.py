"""Safe, located YAML parsing: both paths give the same data; bad input is located."""

import pytest
import yaml

from factcheck._errors import YamlSyntaxError
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
