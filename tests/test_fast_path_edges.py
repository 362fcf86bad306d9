"""Edge cases of the fast paths: each gives what the general path gives."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from claim_factory import make_claim, make_corpus

from factcheck import Location, SchemaError
from factcheck._atomic import write_atomic
from factcheck._schema import Field, Problems, read_fields
from factcheck._unit_display import display
from factcheck._yaml import parse_document
from factcheck.checks import CheckContext

FIELDS = (
    Field("id", (str,), required=True),
    Field("note", (str,)),
    Field("count", (int,)),
    Field("flag", (bool,)),
)
DOC = parse_document("f.yaml", "entry: {}\n")


def read(mapping: Any) -> tuple[dict[str, Any] | None, list[str]]:
    problems = Problems()
    fields = read_fields(DOC, ("entry",), mapping, FIELDS, problems, what="entry")
    return fields, [e.message for e in problems.errors]


@pytest.mark.parametrize(("mapping", "fields", "messages"), [
    ({"id": "a", "note": "n"}, {"id": "a", "note": "n"}, []),  # the set-operation path
    ({"id": 5}, {"id": "5"}, []),  # an int where text is wanted is taken as its digits
    ({"id": "a", "count": 2, "flag": True}, {"id": "a", "count": 2, "flag": True}, []),
    ({"id": True}, None, ["field 'id' of entry has the wrong type"]),
    ({"id": "a", "count": "2"}, None, ["field 'count' of entry has the wrong type"]),
    ({"note": "n"}, None, ["entry is missing the required field 'id'"]),
    ({"id": "a", 1: "x"}, None, ["unknown field '1' in entry"]),
    ({"id": "a", "nte": "x"}, None, ["unknown field 'nte' in entry"]),
])
def test_read_fields(mapping: dict[Any, Any], fields: dict[str, Any] | None,
                     messages: list[str]) -> None:
    assert read(mapping) == (fields, messages)


def test_read_fields_gives_a_copy() -> None:
    mapping = {"id": "a"}
    fields, _ = read(mapping)
    assert fields == mapping and fields is not mapping


def test_display_memo_keeps_values_apart() -> None:
    assert display(Fraction(2939, 10) * 10**8, "yuan") == "293.9亿元"
    assert display(Fraction(2939, 10) * 10**8, "yuan") == "293.9亿元"  # from the memo
    assert display(Fraction(2939, 10) * 10**8, "meter") == "29390000公里"
    assert display(Fraction(0), "yuan") == "0元"
    assert display(Fraction(0), "yuan", like=Fraction(10**9)) == "0亿元"  # not memoised
    with pytest.raises(TypeError):
        display(0.5, "yuan")  # type: ignore[arg-type]


def test_involved_takes_the_callers_rendering_and_each_claims_own_place() -> None:
    claim = make_claim("a", "293.9亿元")
    context = CheckContext(make_corpus([claim]))
    assert context.involved(claim, shown="given").shown == "given"
    assert context.involved(claim).shown == "293.9亿元"
    assert context.involved(claim, role="total").role == "total"
    moved = replace(claim, value_span=(1, 2), location=Location("other.yaml", 9, 1))
    other = CheckContext(make_corpus([moved]))
    assert other.involved(moved).col == 2
    assert context.involved(moved).col == 2  # a new object with the same id is not confused


def test_write_atomic_takes_any_bytes_like(tmp_path: Path) -> None:
    target = tmp_path / "r.bin"
    write_atomic(target, bytearray(b"ab"))
    assert target.read_bytes() == b"ab"
    write_atomic(target, memoryview(b"cd"))
    assert target.read_bytes() == b"cd"


def test_schema_error_is_the_located_kind() -> None:
    problems = Problems()
    read_fields(DOC, ("entry",), {"id": True}, FIELDS, problems, what="entry")
    assert isinstance(problems.errors[0], SchemaError)
    assert problems.errors[0].location.line == 1
