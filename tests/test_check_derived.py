"""Tests of the derived check and of the detection of cycles among derived claims."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck._errors import CheckError, ExpressionError, LoadErrors, Location
from factcheck._findings import Finding, Status
from factcheck._loader import load
from factcheck._model import CheckSpec, Claim
from factcheck.checks._context import CheckContext
from factcheck.checks.derived import derived, derived_cycles
from tests.corpus_builder import one_finding, write_corpus

TEXT = (
    "总投资293.9亿元，占地43.42万平方米，每平方米约6.77万元，单价达8万元。\n"
    "共有企业600家，新增0家。\n"
)
CLAIMS = """
claims:
  - {id: total, quote: 总投资293.9亿元, value: 293.9亿元, entity: park, metric: investment,
     as_of: "2023"}
  - {id: area, quote: 占地43.42万平方米, value: 43.42万平方米, entity: park, metric: area,
     as_of: "2023"}
  - {id: per_m2, quote: 每平方米约6.77万元, value: 约6.77万元, per: 平方米, entity: park,
     metric: price, as_of: "2023"}
  - {id: price_high, quote: 单价达8万元, value: 8万元, per: 平方米, entity: park,
     metric: price_2, as_of: "2023"}
  - {id: firms, quote: 共有企业600家, value: 600家, entity: park, metric: firms, as_of: "2023"}
  - {id: none, quote: 新增0家, value: 0家, entity: park, metric: new_firms, as_of: "2023"}
"""
CHECKS = """
checks:
  - kind: derived
    id: ok
    claim: per_m2
    expression: total / area
    vars: {total: total, area: area}
  - kind: derived
    id: bad
    claim: price_high
    expression: total / area
    vars: {total: total, area: area}
  - kind: derived
    id: clash
    claim: per_m2
    expression: total + firms
    vars: {total: total, firms: firms}
  - kind: derived
    id: wrong_dimension
    claim: per_m2
    expression: total * area
    vars: {total: total, area: area}
  - kind: derived
    id: zero
    claim: per_m2
    expression: total / area / none
    vars: {total: total, area: area, none: none}
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("derived"), TEXT, CLAIMS, CHECKS)


def test_derived_consistent(corpus: Path) -> None:
    finding = one_finding(corpus, "derived[ok]")
    assert finding.status is Status.CONSISTENT
    # 29390000000 / 434200 = 67687.70...
    assert finding.message == ("total / area is about 67687.7元/平方米, which fits "
                               "约6.77万元/平方米.")
    assert finding.arithmetic == (
        "total / area with total = 293.9亿元, area = 43.42万平方米",
        "total / area ≈ 67687.7元/平方米",
        "within written precision: (≈67668.3元/平方米, ≈67707.1元/平方米)",
        "stated 约6.77万元/平方米 = [64315元/平方米, 71085元/平方米]",
    )
    assert [c.role for c in finding.claims] == ["derived", "total", "area"]


def test_derived_conflict(corpus: Path) -> None:
    finding = one_finding(corpus, "derived[bad]")
    assert finding.status is Status.CONFLICT
    assert finding.message == ("total / area is about 67687.7元/平方米, not 8万元/平方米, even "
                               "allowing for the written precision.")
    assert finding.arithmetic[-1] == "stated 8万元/平方米 = [75000元/平方米, 85000元/平方米)"
    assert finding.difference == "≈12312.3元/平方米"


def test_not_checkable_reasons(corpus: Path) -> None:
    assert one_finding(corpus, "derived[clash]").message == (
        "Not checkable: cannot add 元 (renminbi) and 家 (firm).")
    assert one_finding(corpus, "derived[wrong_dimension]").message == (
        "Not checkable: the expression gives meter ** 2 * yuan (renminbi * length ** 2) but "
        "claim 'per_m2' is 元/平方米 (renminbi * length ** -2).")
    assert one_finding(corpus, "derived[zero]").message == (
        "Not checkable: the divisor none may be 0 (it lies in [0家, 0家]).")


def test_unsafe_expression_is_a_load_error_at_its_line(tmp_path: Path) -> None:
    checks = """
checks:
  - kind: derived
    id: evil
    claim: per_m2
    expression: total.__class__
    vars: {total: total}
"""
    with pytest.raises(LoadErrors) as raised:
        load(write_corpus(tmp_path, TEXT, CLAIMS, checks))
    [error] = raised.value.errors
    assert isinstance(error, ExpressionError)
    assert error.message == ("check 'evil': attribute access is not allowed "
                             "(column 6 of the expression)")
    assert error.location is not None
    assert (Path(error.location.path).name, error.location.line) == ("checks.yaml", 6)
    assert error.hint == "use numbers, the declared variables, + - * / ** and abs(), min(), max()"


@pytest.mark.parametrize(("bound", "message", "hint"), [
    ("lots", "cannot read the bound 'lots' (write a plain figure with its unit)",
     "write the bound as a figure, without 约, 近 or a range"),
    ("约5亿元", "cannot read the bound '约5亿元' (write a plain figure with its unit)",
     "write the bound as a figure, without 约, 近 or a range"),
    # it hinted "add `unit:`", a field that bounds do not have: the unit is written in it
    ("0", "bound '0' has no unit",
     "write the unit of the expression's result after the figure, e.g. at_least: 0元 or "
     "at_least: 0%"),
    # the message held the whole bound and its unit, as wide as the line
    ("0" + "x" * 1000, f"bound '0{'x' * 59}...': unknown unit '{'x' * 60}...'",
     "write the bound as a figure, without 约, 近 or a range"),
])
def test_a_bound_that_cannot_be_read_is_a_load_error_at_its_line(
        tmp_path: Path, bound: str, message: str, hint: str) -> None:
    checks = f"""
checks:
  - kind: derived
    id: lots
    expression: total
    vars: {{total: total}}
    at_least: '{bound}'
"""
    with pytest.raises(LoadErrors) as raised:
        load(write_corpus(tmp_path, TEXT, CLAIMS, checks))
    [error] = raised.value.errors
    assert error.message == message
    assert error.hint == hint
    assert error.location is not None and error.location.line == 7


@pytest.mark.parametrize(("expression", "variables", "message", "hint"), [
    # a variable left out of the expression was never read: total / total for
    # total / area passed or failed on other figures than the check names
    ("total / total", "{total: total, area: area}",
     "variable 'area' of vars (area) is not used in the expression total / total",
     "use 'area' in the expression, or delete it from vars"),
    # one claim under two names: each ranged on its own, so total - same was not 0
    ("total / area - same / area", "{total: total, area: area, same: total}",
     "claim 'total' is both variable 'total' and variable 'same' of vars",
     "write 'total' for both in the expression, and delete 'same' from vars; or name the "
     "claim it stands for"),
    # two names that Python reads as one (it folds identifiers to NFKC: ａ is a): the
    # error said 'total' was not used in an expression that showed it
    ("total / area - ｔｏｔａｌ / area", "{total: total, area: area, ｔｏｔａｌ: firms}",
     "variables 'total' and 'ｔｏｔａｌ' of vars are one name in an expression, which reads "
     "both as 'total'",
     "rename 'ｔｏｔａｌ', in vars and in the expression, with letters of its own"),
])
def test_every_variable_is_one_claim_the_expression_uses(
        tmp_path: Path, expression: str, variables: str, message: str, hint: str) -> None:
    checks = f"""
checks:
  - kind: derived
    id: slip
    claim: per_m2
    expression: {expression}
    vars: {variables}
"""
    with pytest.raises(LoadErrors) as raised:
        load(write_corpus(tmp_path, TEXT, CLAIMS, checks))
    [error] = raised.value.errors
    assert (error.message, error.hint) == (message, hint)
    assert error.location is not None and error.location.line == 7


@pytest.mark.parametrize(("entry", "message"), [
    ("area: 5.5", "variable 'area' of vars must name a claim id"),
    ("area: null", "variable 'area' of vars must name a claim id"),
    ("1: area", "variable 1 of vars is not a name an expression can use"),
    ("same: total", "claim 'total' is both variable 'total' and variable 'same' of vars"),
    ("unused: area", "variable 'unused' of vars (area) is not used in the expression "
                     "total / area + same / area"),
])
def test_a_wrong_entry_of_vars_is_located_at_itself(
        tmp_path: Path, entry: str, message: str) -> None:
    # each was located at `vars:`, lines above the entry at fault in a long list
    rest = "" if entry.startswith(("area", "same")) else "      same: firms\n"
    area = "" if entry.startswith("area") else "      area: area\n"
    checks = f"""
checks:
  - kind: derived
    id: slip
    claim: per_m2
    expression: total / area + same / area
    vars:
      total: total
      {entry}
{area}{rest}"""
    with pytest.raises(LoadErrors) as raised:
        load(write_corpus(tmp_path, TEXT, CLAIMS, checks))
    [error] = raised.value.errors
    assert error.message == message
    assert error.location is not None
    assert (error.location.line, error.location.col) == (9, 7), error
    assert error.source_line == f"      {entry}"


@pytest.mark.parametrize(("variables", "found"), [
    # `vars: {1: firms}` was the variable '1', which no expression can name: the message
    # that it is unused joined the names as text, "internal error: TypeError" (exit 3)
    ("{total: total, area: area, 1: firms}", "an integer: 1"),
    ("{total: total, area: area, null: firms}", "nothing (null)"),
    ("{total: total, area: area, true: firms}", "true or false: true"),
    ("{total: total, area: area, 'the firms': firms}", "a string: 'the firms'"),
    ("{total: total, area: area, 2a: firms}", "a string: '2a'"),
    ("{total: total, area: area, lambda: firms}", "a string: 'lambda'"),
])
def test_a_variable_is_named_as_an_expression_can_name_it(
        tmp_path: Path, variables: str, found: str) -> None:
    checks = f"""
checks:
  - kind: derived
    id: slip
    claim: per_m2
    expression: total / area
    vars: {variables}
"""
    with pytest.raises(LoadErrors) as raised:
        load(write_corpus(tmp_path, TEXT, CLAIMS, checks))
    [error] = raised.value.errors
    assert error.message.endswith("of vars is not a name an expression can use")
    assert error.found == found
    assert error.location is not None and error.location.line == 7


@pytest.mark.parametrize(("extra", "message", "line"), [
    # a bound beside a stated claim was ignored without a word
    ("    claim: per_m2\n    at_least: 0元/平方米\n",
     "'at_least' is given with 'claim': a derived check compares its expression with a "
     "stated claim or with bounds, not both", 8),
    ("    claim: per_m2\n    at_most: 9万元/平方米\n",
     "'at_most' is given with 'claim': a derived check compares its expression with a "
     "stated claim or with bounds, not both", 8),
    # neither was a not-checkable finding at check time, not the missing parameter it is
    ("", "a derived check needs 'claim', or 'at_least' and/or 'at_most'", 3),
])
def test_a_claim_and_bounds_are_one_or_the_other_at_load_time(
        tmp_path: Path, extra: str, message: str, line: int) -> None:
    checks = f"""
checks:
  - kind: derived
    id: either
    expression: total / area
    vars: {{total: total, area: area}}
{extra}"""
    with pytest.raises(LoadErrors) as raised:
        load(write_corpus(tmp_path, TEXT, CLAIMS, checks))
    [error] = raised.value.errors
    assert error.message == message
    assert error.location is not None and error.location.line == line


def test_unsafe_expression_raises_if_run_directly(tmp_path: Path) -> None:
    corpus = load(write_corpus(tmp_path, TEXT, CLAIMS))
    spec = CheckSpec("derived", "evil", {"claim": "per_m2", "expression": "total.__class__",
                                         "vars": {"total": "total"}}, Location("c.yaml", 4, 5))
    with pytest.raises(ExpressionError) as raised:
        derived(spec, CheckContext(corpus))
    assert raised.value.location == Location("c.yaml", 4, 5)


def _spec(check_id: str, claim: str, **variables: str) -> CheckSpec:
    params = {"claim": claim, "expression": " + ".join(variables) or "1", "vars": variables}
    return CheckSpec("derived", check_id, params, Location("checks.yaml", 1, 1))


def test_no_cycles() -> None:
    specs = [_spec("a", "x", p="p", q="q"), _spec("b", "y", x="x")]
    assert derived_cycles(specs) == []


def test_two_checks_in_a_cycle() -> None:
    specs = [_spec("a", "x", y="y"), _spec("b", "y", x="x"), _spec("c", "z", x="x")]
    assert derived_cycles(specs) == [["a", "b"]]


def test_self_cycle_and_longer_cycle() -> None:
    specs = [
        _spec("own", "s", s="s"),
        _spec("one", "a", c="c"), _spec("two", "b", a="a"), _spec("three", "c", b="b"),
        _spec("other", "d", a="a"),
    ]
    # one defines a, which two uses; two defines b, which three uses; three's c feeds one.
    assert derived_cycles(specs) == [["own"], ["one", "two", "three"]]


def test_engine_refuses_a_cycle(tmp_path: Path) -> None:
    checks = """
checks:
  - {kind: derived, id: first, claim: total, expression: area * 2, vars: {area: area}}
  - {kind: derived, id: second, claim: area, expression: total / 2, vars: {total: total}}
"""
    from factcheck._engine import check

    corpus = load(write_corpus(tmp_path, TEXT, CLAIMS, checks))
    with pytest.raises(CheckError, match="derived claims form a cycle: first -> second -> first"):
        check(corpus)


def test_a_misspelt_claim_id_names_the_closest_claim() -> None:
    from dataclasses import replace

    from claim_factory import make_claim, make_corpus, spec

    from factcheck import Status, check, parse_period

    claims = [make_claim("may_amount", "787.2亿元"), make_claim("may_n", "57个"),
              replace(make_claim("day", "5个"), quantity=None, date=parse_period("2021-05"))]
    stated = spec("derived", "stated", claim="may_amount", expression="a",
                  vars={"a": "may_amont"})
    bounded = spec("derived", "bounded", expression="a / n",
                   vars={"a": "may_amount", "n": "may_m"}, at_least="0亿元/个")
    dated = spec("derived", "dated", expression="a", vars={"a": "day"}, at_least="0亿元")
    found = {f.id: f for f in check(make_corpus(claims, [stated, bounded, dated]))}
    assert {f.status for f in found.values() if f.kind == "derived"} == {
        Status.NOT_CHECKABLE}
    assert found["derived[stated]"].message == (
        "Not checkable: claim 'may_amont' (a) does not exist (did you mean 'may_amount'?).")
    assert found["derived[bounded]"].message == (
        "Not checkable: claim 'may_m' (n) does not exist (did you mean 'may_n'?).")
    assert found["derived[dated]"].message == (
        "Not checkable: claim 'day' (a) is a date, not a quantity.")
    # the date is the claim the finding is about: a report lists and links it
    assert found["derived[dated]"].claim_ids == ("day",)


def test_a_result_whose_base_unit_is_longer_than_any_written_unit_is_evaluated() -> None:
    # a claim in 13 kinds of unit at once (38 characters), squared and times another: the
    # base-unit string of the product has 202 characters, which parse_unit refuses as
    # longer than MAX_UNIT_CHARS, and check() raised AssertionError("cannot parse unit")
    from claim_factory import make_claim, make_corpus, spec

    from factcheck import Status, check

    unit = "新台币*英镑*港元*美元*欧元*日元*公里*家*人*公斤*个*天*元"
    claims = [make_claim("a", "2", unit=unit), make_claim("b", "3", unit="元"),
              make_claim("c", "5", unit=unit, metric="x")]
    squared = spec("derived", "d", claim="c", expression="a ** 2 * b",
                   vars={"a": "a", "b": "b"})
    [finding] = [f for f in check(make_corpus(claims, [squared])) if f.kind == "derived"]
    assert finding.status is Status.NOT_CHECKABLE  # of another dimension than c, not a crash
    assert "yuan ** 3" in finding.message


def test_bounds_instead_of_a_stated_claim() -> None:
    from claim_factory import make_claim, make_corpus, spec

    from factcheck import Status, check

    claims = [make_claim("may_amount", "787.2亿元"), make_claim("may_n", "57个"),
              make_claim("sep_amount", "1114.79亿元"), make_claim("sep_n", "76个")]
    grew = spec("derived", "grew", expression="sep_amount / sep_n - may_amount / may_n",
                vars={"sep_amount": "sep_amount", "sep_n": "sep_n",
                      "may_amount": "may_amount", "may_n": "may_n"}, at_least="0亿元/个")
    shrank = spec("derived", "shrank", expression="sep_amount / sep_n - may_amount / may_n",
                  vars={"sep_amount": "sep_amount", "sep_n": "sep_n",
                        "may_amount": "may_amount", "may_n": "may_n"}, at_most="0亿元/个")
    wrong_unit = spec("derived", "unit", expression="sep_amount", vars={
        "sep_amount": "sep_amount"}, at_least="0个")
    both = spec("derived", "both", expression="sep_amount / sep_n",
                vars={"sep_amount": "sep_amount", "sep_n": "sep_n"},
                at_least="1亿元/个", at_most="2亿元/个")
    found = {f.id: f for f in check(make_corpus(claims, [grew, shrank, wrong_unit, both]))}
    assert found["derived[both]"].status is Status.CONFLICT  # 14.67亿元/个 is above 2
    assert found["derived[grew]"].status is Status.CONSISTENT
    assert found["derived[grew]"].message == (
        "sep_amount / sep_n - may_amount / may_n is about 8577.6316万元/个, which is at least "
        "0亿元/个.")
    assert found["derived[shrank]"].status is Status.CONFLICT
    assert found["derived[unit]"].status is Status.NOT_CHECKABLE


def test_an_open_end_at_a_bound_misses_it() -> None:
    from claim_factory import make_claim, make_corpus, spec

    from factcheck import Status, check

    # a - b with a = 近300家 (270..300, open at 300) and b = 300家 (exact): [-30, 0), never
    # 0 or more; and b - a is (0, 30]: never 0 or less
    claims = [make_claim("a", "近300家"), make_claim("b", "300家")]
    below = spec("derived", "below", expression="a - b", vars={"a": "a", "b": "b"},
                 at_least="0家")
    above = spec("derived", "above", expression="b - a", vars={"a": "a", "b": "b"},
                 at_most="0家")
    found = {f.id: f for f in check(make_corpus(claims, [below, above]))}
    assert found["derived[below]"].status is Status.CONFLICT
    assert found["derived[above]"].status is Status.CONFLICT


NEW_PROJECTS = "项目从280个增至300个，新增投资10亿元，平均每个新增项目0.5亿元。另说每个0.8亿元。\n"
NEW_PROJECTS_CLAIMS = """
claims:
  - {id: n1, quote: 项目从280个, value: 280个, entity: p, metric: projects, as_of: "2023"}
  - {id: n2, quote: 增至300个, value: 300个, entity: p, metric: projects, as_of: "2024"}
  - {id: inv, quote: 新增投资10亿元, value: 10亿元, entity: p, metric: investment,
     as_of: "2024"}
  - {id: avg, quote: 平均每个新增项目0.5亿元, value: 0.5亿元, per: 个, entity: p,
     metric: avg, as_of: "2024"}
  - {id: avg_wrong, quote: 另说每个0.8亿元, value: 0.8亿元, per: 个, entity: p,
     metric: avg_wrong, as_of: "2024"}
"""
NEW_PROJECTS_CHECKS = """
checks:
  - {kind: derived, id: per_new, claim: avg, expression: inv / (n2 - n1),
     vars: {inv: inv, n1: n1, n2: n2}}
  - {kind: derived, id: per_new_wrong, claim: avg_wrong, expression: inv / (n2 - n1),
     vars: {inv: inv, n1: n1, n2: n2}}
"""


@pytest.fixture(scope="module")
def new_projects(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("derived_new_projects"), NEW_PROJECTS,
                        NEW_PROJECTS_CLAIMS, NEW_PROJECTS_CHECKS)


def test_round_numbers_are_read_only_when_the_exact_intervals_miss(new_projects: Path) -> None:
    # 300个 read as 250..350 puts 0 in n2 - n1; this made the check not checkable although
    # the exact intervals (n2 - n1 = 20 exactly) settle it
    finding = one_finding(new_projects, "derived[per_new]")
    assert finding.status is Status.CONSISTENT
    assert finding.message == "inv / (n2 - n1) is 5000万元/个, which fits 0.5亿元/个."


def test_round_numbers_that_cannot_be_evaluated_leave_the_conflict(new_projects: Path) -> None:
    finding = one_finding(new_projects, "derived[per_new_wrong]")
    assert finding.status is Status.CONFLICT
    assert finding.message == (
        "inv / (n2 - n1) is 5000万元/个, not 0.8亿元/个, even allowing for the written "
        "precision; read as round numbers it cannot be evaluated: the divisor n2 - n1 may "
        "be 0 (it lies in (-35个, 75个)).")
    assert finding.arithmetic[-2:] == (
        "stated 0.8亿元/个 = [7500万元/个, 8500万元/个)",
        "read as round numbers: cannot be evaluated: the divisor n2 - n1 may be 0 (it lies "
        "in (-35个, 75个))",
    )


SHARES = "甲方投资101亿元，乙方投资99亿元，甲方占两方合计的50.1%。另一口径为50.3%。\n"
SHARES_CLAIMS = """
claims:
  - {id: a, quote: 甲方投资101亿元, value: 101亿元, entity: jia, metric: investment,
     as_of: "2023"}
  - {id: b, quote: 乙方投资99亿元, value: 99亿元, entity: yi, metric: investment, as_of: "2023"}
  - {id: s, quote: 甲方占两方合计的50.1%, value: 50.1%, entity: jia, metric: share,
     as_of: "2023"}
  - {id: s_other, quote: 另一口径为50.3%, value: 50.3%, entity: jia, metric: share_other,
     as_of: "2023"}
"""
SHARES_CHECKS = """
checks:
  - {kind: derived, id: d1, claim: s, expression: a / (a + b), vars: {a: a, b: b}}
  - {kind: derived, id: d2, claim: s, expression: 1 / (1 + b / a), vars: {a: a, b: b}}
  - {kind: derived, id: d3, claim: s_other, expression: a / (a + b), vars: {a: a, b: b}}
"""


@pytest.fixture(scope="module")
def shares(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("derived_shares"), SHARES, SHARES_CLAIMS,
                        SHARES_CHECKS)


def test_a_repeated_variable_does_not_make_a_conflict_consistent(shares: Path) -> None:
    # a / (a + b) on intervals lets each a vary on its own: [50%, 51.01%], which holds
    # 50.1%; the true range over a in [100.5, 101.5), b in [98.5, 99.5) is (50.25%, 50.75%)
    finding = one_finding(shares, "derived[d1]")
    assert finding.status is Status.CONFLICT
    assert finding.message == ("a / (a + b) is 50.5%, not 50.1%, even allowing for the "
                               "written precision.")
    assert finding.arithmetic == (
        "a / (a + b) with a = 101亿元, b = 99亿元",
        "a / (a + b) = 50.5%",
        "within written precision: (≈50.18%, ≈50.88%)",
        "a is used more than once: the range is narrowed over 3 parts of its interval",
        "stated 50.1% = [50.05%, 50.15%)",
    )
    # the same ratio with each variable once: the verdict agrees
    same = one_finding(shares, "derived[d2]")
    assert same.status is Status.CONFLICT
    assert same.arithmetic[2] == "within written precision: (50.25%, 50.75%)"


def test_a_repeated_variable_fits_only_with_a_witness(shares: Path) -> None:
    finding = one_finding(shares, "derived[d3]")
    assert finding.status is Status.CONSISTENT
    assert finding.message == ("a / (a + b) is 50.5%, outside 50.3%, i.e. [50.25%, 50.35%), but "
                               "it fits within written precision: it lies in (≈50.12%, ≈50.88%).")
    # a = 100.75亿元 exactly and b anywhere in [98.5, 99.5): the result meets 50.3%
    assert finding.arithmetic[2:] == (
        "within written precision: (≈50.12%, ≈50.88%)",
        "a is used more than once: with a = 100.75亿元 it lies in (≈50.31%, ≈50.57%]",
        "stated 50.3% = [50.25%, 50.35%)",
    )


def _run_derived(claims: list[Claim], checks: dict[str, dict[str, object]]) -> dict[str, Finding]:
    """The derived findings of in-memory claims and checks (check id -> parameters)."""
    from claim_factory import make_corpus, spec

    from factcheck import check

    specs = [spec("derived", name, **params) for name, params in checks.items()]
    return {f.id: f for f in check(make_corpus(claims, specs)) if f.kind == "derived"}


def test_round_numbers_need_a_witness_too() -> None:
    from claim_factory import make_claim

    # 100亿元 read as 50..150亿: a / (a + b) on intervals gives [20%, 101%]; its true
    # range is [33.4%, 60.4%], which holds 55% but not 65%
    claims = [make_claim("a", "100亿元", entity="x"), make_claim("b", "99亿元", entity="y"),
              make_claim("s55", "55%", metric="s55"), make_claim("s65", "65%", metric="s65")]
    share = {"expression": "a / (a + b)", "vars": {"a": "a", "b": "b"}}
    found = _run_derived(claims, {"fits": {**share, "claim": "s55"},
                                  "misses": {**share, "claim": "s65"}})
    assert found["derived[fits]"].status is Status.DISCREPANCY
    assert found["derived[fits]"].arithmetic[-2:] == (
        "read as round numbers: (≈28.6%, ≈63.6%) against [54.5%, 55.5%)",
        "a is used more than once: with a = 118.75亿元 it lies in (≈54.4%, ≈54.7%]",
    )
    assert found["derived[misses]"].status is Status.CONFLICT
    assert found["derived[misses]"].message == (
        "a / (a + b) is about 50.3%, not 65%, even allowing for the written precision.")


def test_an_unsettled_repeated_variable_is_not_checkable() -> None:
    from claim_factory import make_claim

    # (a - k)² - m with k = 0.30333... inside a = 30% (29.5%..30.5%): its least value -m is
    # reached only at a = k, which no split of the interval ever hits; -m is the end of
    # the stated interval (-5.5% is -5.55%..-5.45%) or of its round reading (-10% read as
    # -15%..-5%), so no part can be ruled out either
    claims = [make_claim("a", "30%", metric="a"), make_claim("near", "-5.5%", metric="near"),
              make_claim("round", "-10%", metric="round")]
    square = "(a - 0.3 - 1/300) * (a - 0.3 - 1/300)"
    found = _run_derived(claims, {
        "exact": {"claim": "near", "expression": f"{square} - 0.0545", "vars": {"a": "a"}},
        "loose": {"claim": "round", "expression": f"{square} - 0.05", "vars": {"a": "a"}}})
    assert found["derived[exact]"].status is Status.NOT_CHECKABLE
    assert found["derived[exact]"].message == (
        f"Not checkable: whether {square} - 0.0545 can be -5.5% is open: a is used more than "
        "once, and 65 parts of its interval did not settle it (within written precision it "
        "lies in [≈-5.46%, ≈-5.44%]).")
    # at the written precision it is settled (a conflict); only the round reading is open
    assert found["derived[loose]"].status is Status.CONFLICT
    assert found["derived[loose]"].message == (
        f"{square} - 0.05 is about -5%, not -10%, even allowing for the written precision; "
        "read as round numbers, whether they agree is open: a is used more than once, and "
        "65 parts of its interval did not settle it.")


def test_bounds_with_a_repeated_variable_are_settled_by_witnesses_and_parts() -> None:
    from claim_factory import make_claim

    # a / (a + b) with a = 101亿元, b = 99亿元: the interval [50%, 51.01%] straddles every
    # bound below; the true range (50.25%, 50.75%) lies above 50.2%, below 50.76% and
    # across 50.3%, and reaches 50.25% only at its open end
    claims = [make_claim("a", "101亿元", entity="x"), make_claim("b", "99亿元", entity="y")]
    share = {"expression": "a / (a + b)", "vars": {"a": "a", "b": "b"}}
    found = _run_derived(claims, {
        "above": {**share, "at_least": "50.2%"}, "below": {**share, "at_least": "50.76%"},
        "across": {**share, "at_least": "50.3%"}, "touching": {**share, "at_least": "50.25%"}})
    above = found["derived[above]"]
    assert above.status is Status.CONSISTENT
    assert above.message == "a / (a + b) is 50.5%, which is at least 50.2%."
    assert above.arithmetic[2:] == (
        "within written precision: (≈50.2186%, ≈50.8772%)",
        "a is used more than once: the range is narrowed over 4 parts of its interval",
        "at least 50.2%",
    )
    assert found["derived[below]"].status is Status.CONFLICT
    across = found["derived[across]"]
    assert across.status is Status.DISCREPANCY
    assert across.arithmetic[3:5] == (  # a value within the bound, and one beyond it
        "a is used more than once: with a = 101亿元 it lies in (≈50.374%, ≈50.6266%]",
        "a is used more than once: with a = 100.625亿元 it lies in (≈50.281%, ≈50.5336%]",
    )
    assert found["derived[touching]"].message == (
        "Not checkable: whether a / (a + b) is at least 50.25% is open: a is used more than "
        "once, and 65 parts of its interval did not settle it (within written precision it "
        "lies in (≈50.2499%, ≈50.8136%)).")


def test_a_rate_span_is_shown_in_one_period() -> None:
    from claim_factory import make_claim

    # the two ends were rendered one by one: [6939.75元/年, 31元/天]; 25元/天 is
    # [24.5元/天, 25.5元/天), and the tolerance keeps its open high end
    found = _run_derived([make_claim("a", "25元/天", tolerance="22%")],
                         {"floor": {"expression": "a", "vars": {"a": "a"},
                                    "at_least": "20元/天"}})
    assert "within written precision: [19元/天, 31元/天)" in found["derived[floor]"].arithmetic


def test_difference_of_percentages_is_in_percentage_points(tmp_path: Path) -> None:
    # 33.2% - 30.5% is 2.7 points, 1.3 points short of the stated 4个百分点: "1.3%" would
    # read as 1.3 per cent of something.
    text = "去年占比30.5%，今年占比33.2%，提高4个百分点。"
    claims = """
claims:
  - {id: was, quote: 去年占比30.5%, value: 30.5%, entity: park, metric: share, as_of: "2022"}
  - {id: now, quote: 今年占比33.2%, value: 33.2%, entity: park, metric: share, as_of: "2023"}
  - {id: rise, quote: 提高4个百分点, value: 4个百分点, entity: park, metric: share_rise,
     as_of: "2023"}
"""
    checks = """
checks:
  - {kind: derived, id: rise, claim: rise, expression: now - was, vars: {now: now, was: was}}
"""
    finding = one_finding(write_corpus(tmp_path, text, claims, checks), "derived[rise]")
    assert finding.status is Status.CONFLICT
    assert finding.difference == "1.3个百分点"


def test_a_range_that_reaches_a_bound_only_at_its_end_straddles_it() -> None:
    from claim_factory import make_claim

    # 1-3家 is [1, 3]: it reaches at least 3家 at its top and at most 1家 at its bottom,
    # so some of it is within each bound and some beyond (the bound belongs to "within")
    found = _run_derived([make_claim("a", "1-3家")], {
        "top": {"expression": "a", "vars": {"a": "a"}, "at_least": "3家"},
        "bottom": {"expression": "a", "vars": {"a": "a"}, "at_most": "1家"}})
    assert found["derived[top]"].status is Status.DISCREPANCY
    assert found["derived[bottom]"].status is Status.DISCREPANCY


def test_equal_bounds_ask_for_one_value(tmp_path: Path) -> None:
    from factcheck._engine import check

    # at_least and at_most may be equal: only that value fits, which 600家 is and 293.9亿元
    # is not (a bound below the other is a load error; equal ones are not)
    checks = """
checks:
  - {kind: derived, id: exactly, expression: firms, vars: {firms: firms}, at_least: 600家,
     at_most: 600家}
  - {kind: derived, id: other, expression: firms + firms, vars: {firms: firms},
     at_least: 600家, at_most: 600家}
"""
    found = {f.id: f for f in check(load(write_corpus(tmp_path, TEXT, CLAIMS, checks)))}
    assert found["derived[exactly]"].status is Status.CONSISTENT
    assert found["derived[exactly]"].message == (
        "firms is 600家, which is at least 600家 and at most 600家.")
    assert found["derived[other]"].status is Status.CONFLICT


def test_a_bound_met_beyond_but_unsettled_within_is_open() -> None:
    from claim_factory import make_claim

    # a / (a + b) with a = 101亿元, b = 99亿元 lies in (50.25%, 50.75%): above 50.25% for
    # some inputs, and at or below it for none, which no split of a can show; the finding
    # is open, not a discrepancy that some inputs give a value at most 50.25%
    claims = [make_claim("a", "101亿元", entity="x"), make_claim("b", "99亿元", entity="y")]
    found = _run_derived(claims, {"t": {"expression": "a / (a + b)",
                                        "vars": {"a": "a", "b": "b"}, "at_most": "50.25%"}})
    assert found["derived[t]"].status is Status.NOT_CHECKABLE
    assert found["derived[t]"].message.startswith(
        "Not checkable: whether a / (a + b) is at most 50.25% is open: a is used more than "
        "once")


def test_a_range_within_one_bound_and_across_the_other_straddles() -> None:
    from claim_factory import make_claim

    # 1-3家 lies below at_most 10家 throughout but reaches below at_least 2家: a
    # discrepancy, not consistent because one of the two bounds is never passed
    found = _run_derived([make_claim("a", "1-3家")], {
        "both": {"expression": "a", "vars": {"a": "a"}, "at_least": "2家", "at_most": "10家"}})
    assert found["derived[both]"].status is Status.DISCREPANCY


def test_an_expression_without_variables_binds_none() -> None:
    from claim_factory import make_claim

    # the first line of the arithmetic read "1 / 2 with " for a constant expression
    found = _run_derived([make_claim("a", "50%")], {
        "half": {"expression": "1 / 2", "vars": {}, "claim": "a"}})
    assert found["derived[half]"].status is Status.CONSISTENT
    assert found["derived[half]"].arithmetic[0] == "1 / 2"


def test_a_range_input_is_stated_as_the_interval_it_gives() -> None:
    from claim_factory import make_claim

    # 10-20亿元 - 5亿元 was "5亿元, which fits 7亿元": the range's low end, as if the
    # article had said 10亿元; what the figures give is (4亿元, 16亿元), and 近20亿元 gives
    # no 15亿元 (its nominal 20亿元 is the open end of [18亿元, 20亿元))
    claims = [make_claim("range", "10-20亿元", metric="a"),
              make_claim("near", "近20亿元", metric="n"), make_claim("b", "5亿元", metric="b"),
              make_claim("r", "7亿元", metric="r"), make_claim("over", "16亿元", metric="o")]
    found = _run_derived(claims, {
        "fits": {"claim": "r", "expression": "a - b", "vars": {"a": "range", "b": "b"}},
        "bound": {"expression": "a - b", "vars": {"a": "range", "b": "b"},
                  "at_least": "0亿元"},
        "misses": {"claim": "over", "expression": "a - b", "vars": {"a": "near", "b": "b"}}})
    fits = found["derived[fits]"]
    assert fits.status is Status.CONSISTENT
    assert fits.message == "a - b lies in (4亿元, 16亿元), which fits 7亿元."
    assert fits.arithmetic == ("a - b with a = 10-20亿元, b = 5亿元",
                               "within written precision: (4亿元, 16亿元)",
                               "stated 7亿元 = [6.5亿元, 7.5亿元)")
    assert fits.difference == "0亿元"  # the claim's unit, not 0元
    assert found["derived[bound]"].message == (
        "a - b lies in (4亿元, 16亿元), which is at least 0亿元.")
    # no line computes a - b from the range's low end, as if the article had said 10亿元
    assert found["derived[bound]"].arithmetic == ("a - b with a = 10-20亿元, b = 5亿元",
                                                  "within written precision: (4亿元, 16亿元)",
                                                  "at least 0亿元")
    misses = found["derived[misses]"]
    assert misses.status is Status.CONFLICT
    assert misses.message == ("a - b lies in (12.5亿元, 15.5亿元), not 16亿元, even allowing "
                              "for the written precision.")
    assert misses.difference == "0.5亿元"  # in the unit of 16亿元


def test_a_missed_range_is_as_far_off_as_its_nearest_end() -> None:
    from claim_factory import make_claim

    # a - b is 90家; the stated 60-70家 is 20家 below it at its nearest end (70家), not 30家
    # (its nominal value, 60家, is only its low end)
    claims = [make_claim("a", "101家", metric="a"), make_claim("b", "11家", metric="b"),
              make_claim("r", "60-70家", metric="r")]
    found = _run_derived(claims, {
        "far": {"claim": "r", "expression": "a - b", "vars": {"a": "a", "b": "b"}}})
    far = found["derived[far]"]
    assert far.status is Status.CONFLICT
    assert far.difference == "20家"


def test_a_miss_from_a_stated_zero_is_in_the_miss_own_unit() -> None:
    from claim_factory import make_claim

    # a stated 0亿元 gives no unit word of its own: the 5亿元 that 300亿元 - 295亿元 misses
    # it by was shown as 500000000元
    claims = [make_claim("a", "300亿元", metric="a"), make_claim("b", "295亿元", metric="b"),
              make_claim("zero", "0亿元", metric="z")]
    found = _run_derived(claims, {
        "flat": {"claim": "zero", "expression": "a - b", "vars": {"a": "a", "b": "b"}}})
    flat = found["derived[flat]"]
    assert flat.message == ("a - b is 5亿元, not 0亿元; they agree only if the round "
                            "numbers are read at their coarsest precision.")
    assert flat.difference == "5亿元"


def test_a_result_that_fits_only_within_written_precision_says_so() -> None:
    from claim_factory import make_claim

    # 5元 - 2元 is 3元, outside 4元's [3.5元, 4.5元): only the inputs' precision, (2元, 4元),
    # makes it fit; the message said "bowl - more is 3元, which fits 4元."
    claims = [make_claim("bowl", "5元", metric="b"), make_claim("more", "2元", metric="m"),
              make_claim("other", "4元", metric="o"), make_claim("same", "3元", metric="s")]
    variables = {"bowl": "bowl", "more": "more"}
    found = _run_derived(claims, {
        "loose": {"claim": "other", "expression": "bowl - more", "vars": variables},
        "fits": {"claim": "same", "expression": "bowl - more", "vars": variables}})
    loose = found["derived[loose]"]
    assert loose.status is Status.CONSISTENT
    assert loose.message == ("bowl - more is 3元, outside 4元, i.e. [3.5元, 4.5元), but it fits "
                             "within written precision: it lies in (2元, 4元).")
    assert found["derived[fits]"].message == "bowl - more is 3元, which fits 3元."


def test_a_result_of_0_from_a_stated_0_is_in_the_claims_unit() -> None:
    from claim_factory import make_claim

    # 1亿元 - 1亿元 against 0亿元 was "a - b is 0元, which fits 0亿元" with a difference of
    # 0元: a 0 chose its word by its own size, 0, where docs/checks.md promises 0亿元
    claims = [make_claim("a", "1亿元", metric="a"), make_claim("b", "1亿元", metric="b"),
              make_claim("zero", "0亿元", metric="z"), make_claim("km", "0公里", metric="k"),
              make_claim("x", "5公里", metric="x")]
    found = _run_derived(claims, {
        "yuan": {"claim": "zero", "expression": "a - b", "vars": {"a": "a", "b": "b"}},
        "km": {"claim": "km", "expression": "x - x", "vars": {"x": "x"}}})
    yuan = found["derived[yuan]"]
    assert yuan.status is Status.CONSISTENT
    assert yuan.message == "a - b is 0亿元, which fits 0亿元."
    assert yuan.arithmetic[1] == "a - b = 0亿元"
    assert yuan.difference == "0亿元"
    assert found["derived[km]"].message == "x - x is 0公里, which fits 0公里."
    assert found["derived[km]"].difference == "0公里"


def test_a_count_is_shown_in_the_classifier_its_claims_write() -> None:
    from claim_factory import make_claim

    # 14套 checked as a + b with 10套 and 3套 read "a + b is 13个, not 14套" with a
    # difference of 1个: the base's word, not the 套 every claim writes (as sum shows it)
    claims = [make_claim("s", "14套", metric="s"), make_claim("a", "10套", metric="a"),
              make_claim("b", "3套", metric="b"), make_claim("mixed", "14个", metric="m"),
              make_claim("d", "1套", metric="d")]
    plus = {"expression": "a + b", "vars": {"a": "a", "b": "b"}}
    found = _run_derived(claims, {
        "sum": {"claim": "s", **plus}, "mixed": {"claim": "mixed", **plus},
        "under": {"at_least": "20个", **plus},
        "third": {"claim": "d", "expression": "a / 3", "vars": {"a": "a"}}})
    finding = found["derived[sum]"]
    assert finding.status is Status.DISCREPANCY
    assert finding.message == ("a + b is 13套, not 14套; they agree only if the round numbers "
                               "are read at their coarsest precision.")
    assert finding.arithmetic == ("a + b with a = 10套, b = 3套", "a + b = 13套",
                                  "within written precision: [13套, 13套]",
                                  "stated 14套 = [14套, 14套]",
                                  "read as round numbers: [8套, 18套) against [14套, 14套]")
    assert finding.difference == "1套"
    assert found["derived[third]"].message == (
        "a / 3 is about 3.3套, not 1套, even allowing for the written precision.")
    assert found["derived[third]"].difference == "≈2.3套"
    # against bounds, the inputs' word; claims in different words keep the base's word
    assert found["derived[under]"].message == "a + b is 13套, which is not at least 20个."
    assert found["derived[under]"].difference == "7套"  # was none: how far short
    assert found["derived[mixed]"].message == "a + b is 13个, not 14个; they agree only if " \
        "the round numbers are read at their coarsest precision."


def test_a_result_whose_ends_only_touch_the_stated_figure_is_not_0_apart() -> None:
    from claim_factory import make_claim

    # 10套 + 3套 is exactly 13套, which 超过13套 leaves out: the difference was '0套'
    claims = [make_claim("t", "超过13套"), make_claim("a", "10套"), make_claim("b", "3套")]
    found = _run_derived(claims, {"d": {"claim": "t", "expression": "a + b",
                                        "vars": {"a": "a", "b": "b"}}})["derived[d]"]
    assert found.status is not Status.CONSISTENT
    assert found.difference == "0套 (touching)"


def test_a_result_per_mu_is_shown_per_mu_as_its_claim_writes_it() -> None:
    from claim_factory import make_claim

    # 3000万元 / 200亩 is 225元/平方米 in base units; the claims write 万元/亩
    claims = [make_claim("inv", "3000万元", metric="inv"), make_claim("land", "200亩", metric="land"),
              make_claim("s", "15.1万元/亩", metric="s"), make_claim("t", "15万元/亩", metric="t")]
    per = {"expression": "inv / land", "vars": {"inv": "inv", "land": "land"}}
    found = _run_derived(claims, {"miss": {"claim": "s", **per}, "fit": {"claim": "t", **per},
                                  "under": {"at_least": "20万元/亩", **per}})
    finding = found["derived[miss]"]
    assert finding.status is Status.DISCREPANCY
    assert finding.message == ("inv / land is 15万元/亩, not 15.1万元/亩; they agree only if the "
                               "round numbers are read at their coarsest precision.")
    assert finding.arithmetic == (
        "inv / land with inv = 3000万元, land = 200亩", "inv / land = 15万元/亩",
        "within written precision: (≈14.96万元/亩, ≈15.05万元/亩)",
        "stated 15.1万元/亩 = [15.05万元/亩, 15.15万元/亩)",
        "read as round numbers: (10万元/亩, ≈23.34万元/亩) against [15.05万元/亩, 15.15万元/亩)")
    assert finding.difference == "0.1万元/亩"
    assert finding.claims[0].shown == "15.1万元/亩"
    assert found["derived[fit]"].message == "inv / land is 15万元/亩, which fits 15万元/亩."
    assert found["derived[fit]"].difference == "0万元/亩"
    assert found["derived[under]"].message == (
        "inv / land is 15万元/亩, which is not at least 20万元/亩.")
    assert found["derived[under]"].difference == "5万元/亩"


def test_a_stated_figure_that_lacks_the_per_unit_of_the_result_hints_per() -> None:
    # 平均每个项目0.5亿元 against inv / n (元/个) was not checkable with no way forward
    from claim_factory import make_claim, make_corpus, spec

    from factcheck import check

    def derived(stated: str, divisor: str):  # type: ignore[no-untyped-def]
        claims = [make_claim("avg", stated, metric="c"), make_claim("inv", "10亿元", metric="a"),
                  make_claim("n", divisor, metric="b")]
        [finding] = [f for f in check(make_corpus(claims, [spec(
            "derived", "d", claim="avg", expression="inv / n", vars={"inv": "inv", "n": "n"})]))
            if f.kind == "derived"]
        return finding

    finding = derived("0.5亿元", "20个")
    assert finding.status is Status.NOT_CHECKABLE
    assert finding.message == (
        "Not checkable: the expression gives 元/个 (renminbi * item ** -1) but claim 'avg' is "
        "元 (renminbi); if it is per 个, give the claim `per: 个`.")
    assert derived("0.5亿元/个", "20个").status is Status.CONSISTENT  # the claim with per: 个
    # no per-unit makes 元 of 元 * 个: no hint
    claims = [make_claim("avg", "0.5亿元", metric="c"), make_claim("inv", "10亿元", metric="a"),
              make_claim("n", "20个", metric="b")]
    [product] = [f for f in check(make_corpus(claims, [spec(
        "derived", "d", claim="avg", expression="inv * n", vars={"inv": "inv", "n": "n"})]))
        if f.kind == "derived"]
    assert product.message.endswith("(renminbi * item) but claim 'avg' is 元 (renminbi).")


def test_a_difference_that_is_not_0_is_never_shown_as_0() -> None:
    # 3亿元 / 13.3平方公里 is ≈1.5038万元/亩, 37.59元/亩 from the stated 1.5万元/亩: the
    # difference was "≈0万元/亩", rounded to the claim's places, as if they were equal
    from claim_factory import make_claim

    claims = [make_claim("c", "1.5万元/亩"), make_claim("a", "3亿元", metric="a"),
              make_claim("b", "13.3平方公里", metric="b")]
    finding = _run_derived(claims, {"d": {"claim": "c", "expression": "a / b",
                                          "vars": {"a": "a", "b": "b"}}})["derived[d]"]
    assert finding.status is Status.CONSISTENT
    assert finding.difference == "≈0.0038万元/亩"
    # a difference that shows at the claim's places keeps them
    claims[1] = make_claim("a", "3.1亿元", metric="a")
    finding = _run_derived(claims, {"d": {"claim": "c", "expression": "a / b",
                                          "vars": {"a": "a", "b": "b"}}})["derived[d]"]
    assert finding.difference == "≈0.05万元/亩"


def test_a_result_stated_in_percentage_points_is_shown_in_them() -> None:
    # 30% - 25% against 5个百分点 read "a - b is 5%, which fits 5个百分点.": a difference of
    # two percentages, shown as a percentage beside the points it was compared with
    from claim_factory import make_claim

    claims = [make_claim("c", "5个百分点"), make_claim("a", "30%", metric="a"),
              make_claim("b", "25%", metric="b")]
    finding = _run_derived(claims, {"d": {"claim": "c", "expression": "a - b",
                                          "vars": {"a": "a", "b": "b"}}})["derived[d]"]
    assert finding.status is Status.CONSISTENT
    assert finding.message == "a - b is 5个百分点, which fits 5个百分点."
    assert finding.arithmetic[1:] == ("a - b = 5个百分点",
                                      "within written precision: (4个百分点, 6个百分点)",
                                      "stated 5个百分点 = [4.5个百分点, 5.5个百分点)")
    # and so is one bounded in them
    bounded = _run_derived(claims[1:], {"d": {"expression": "a - b", "vars": {"a": "a", "b": "b"},
                                              "at_least": "1个百分点"}})["derived[d]"]
    assert bounded.message == "a - b is 5个百分点, which is at least 1个百分点."


def test_a_difference_of_percentages_against_a_percentage_is_shown_in_points() -> None:
    # 30% - 25% against 5% read "a - b is 5%, which fits 5%.": the difference of two
    # percentages is 5 points whatever the claim writes; the claim keeps its %, the verdict
    # stays
    from claim_factory import make_claim

    rates = [make_claim("a", "30%", metric="a"), make_claim("b", "25%", metric="b")]
    difference = {"expression": "a - b", "vars": {"a": "a", "b": "b"}}
    finding = _run_derived([make_claim("c", "5%"), *rates],
                           {"d": {"claim": "c", **difference}})["derived[d]"]
    assert finding.status is Status.CONSISTENT
    assert finding.message == "a - b is 5个百分点, which fits 5%."
    assert finding.arithmetic[1:] == ("a - b = 5个百分点",
                                      "within written precision: (4个百分点, 6个百分点)",
                                      "stated 5% = [4.5%, 5.5%)")
    missed = _run_derived([make_claim("c", "7%"), *rates],
                          {"d": {"claim": "c", **difference}})["derived[d]"]
    assert missed.status is Status.DISCREPANCY  # 30% may be a rounded 34%
    assert missed.message.startswith("a - b is 5个百分点, not 7%; they agree only if")
    assert missed.arithmetic[-1].startswith("read as round numbers: (")
    assert missed.arithmetic[-1].endswith("个百分点) against [6.5%, 7.5%)")
    bounded = _run_derived(rates, {"d": {**difference, "at_least": "1%"}})["derived[d]"]
    assert bounded.message == "a - b is 5个百分点, which is at least 1%."
    # a ratio of percentages is a percentage, and a sum of shares a share
    for expression, shown in (("a / b - 1", "a / b - 1 is 20%"), ("a + b", "a + b is 55%")):
        other = _run_derived([make_claim("c", "5%"), *rates],
                             {"d": {"claim": "c", "expression": expression,
                                    "vars": {"a": "a", "b": "b"}}})["derived[d]"]
        assert other.message.startswith(shown)


def test_a_result_stated_in_basis_points_is_shown_in_them() -> None:
    # 4.35% - 3.85% against 50个基点 read "r1 - r2 is 0.5个百分点, which fits 50个基点."
    from claim_factory import make_claim

    rates = [make_claim("a", "4.35%", metric="a"), make_claim("b", "3.85%", metric="b")]
    difference = {"expression": "a - b", "vars": {"a": "a", "b": "b"}}
    finding = _run_derived([make_claim("c", "50个基点"), *rates],
                           {"d": {"claim": "c", **difference}})["derived[d]"]
    assert finding.status is Status.CONSISTENT
    assert finding.message == "a - b is 50个基点, which fits 50个基点."
    assert finding.arithmetic[1:] == ("a - b = 50个基点",
                                      "within written precision: (49个基点, 51个基点)",
                                      "stated 50个基点 = [49.5个基点, 50.5个基点)")
    assert finding.claims[0].shown == "50个基点"
    assert finding.difference == "0个基点"
    bounded = _run_derived(rates, {"d": {**difference, "at_most": "60个基点"}})["derived[d]"]
    assert bounded.message == "a - b is 50个基点, which is at most 60个基点."


def test_a_result_per_time_is_shown_per_the_time_its_claims_write() -> None:
    from claim_factory import make_claim

    # 4.5公里 in 1.5天 "is 125米/小时, which is not at least 4公里/天": the result per the
    # period its bound writes, and a claim per day per day
    claims = [make_claim("d", "4.5公里", metric="d"), make_claim("t", "1.5天", metric="t"),
              make_claim("s", "3公里/天", metric="s")]
    per = {"expression": "d / t", "vars": {"d": "d", "t": "t"}}
    found = _run_derived(claims, {"bound": {"at_least": "4公里/天", **per},
                                  "stated": {"claim": "s", **per}})
    assert found["derived[bound]"].message == "d / t is 3公里/天, which is not at least 4公里/天."
    assert found["derived[bound]"].difference == "1公里/天"
    assert found["derived[stated]"].message == "d / t is 3公里/天, which fits 3公里/天."
    assert found["derived[stated]"].claims[0].shown == "3公里/天"
    # a claim per day among the inputs is shown per day too, with no word of the finding's
    speed = [make_claim("v", "3公里/天", metric="v"), make_claim("t", "2天", metric="t"),
             make_claim("d", "6公里", metric="d")]
    found = _run_derived(speed, {"far": {"claim": "d", "expression": "v * t",
                                         "vars": {"v": "v", "t": "t"}}})
    assert found["derived[far]"].claims[1].shown == "3公里/天"


def test_a_stated_span_from_0_to_infinity_is_in_the_word_its_claim_writes() -> None:
    from claim_factory import make_claim

    # stated 超过0亿元 = (0元, +∞): its 0 had no other end to take a word from
    claims = [make_claim("a", "5亿元", metric="a"), make_claim("b", "3亿元", metric="b"),
              make_claim("s", "超过0亿元", metric="s")]
    found = _run_derived(claims, {"gain": {"claim": "s", "expression": "a - b",
                                           "vars": {"a": "a", "b": "b"}}})
    assert "stated 超过0亿元 = (0亿元, +∞)" in found["derived[gain]"].arithmetic
    assert found["derived[gain]"].claims[0].shown == "(0亿元, +∞)"


@pytest.mark.parametrize(("divisor", "shown"), [
    ("至少0亿元", "[0亿元, +∞)"),  # was [0元, +∞): the 0 had no other end to take a word from
    ("0亿元以上", "[0亿元, +∞)"),
    ("至少0元", "[0元, +∞)"),
])
def test_a_divisor_from_0_to_infinity_is_in_the_word_its_claim_writes(
        divisor: str, shown: str) -> None:
    from claim_factory import make_claim

    claims = [make_claim("a", "5亿元", metric="a"), make_claim("x", divisor, metric="x"),
              make_claim("s", "3亿元", metric="s")]
    found = _run_derived(claims, {"ratio": {"claim": "s", "expression": "a / x * x",
                                            "vars": {"a": "a", "x": "x"}}})
    assert found["derived[ratio]"].message == (
        f"Not checkable: the divisor x may be 0 (it lies in {shown}).")


@pytest.mark.parametrize(("divisor", "shown"), [
    ("不到0亿元", "(-∞, 0亿元)"),  # was [0亿元, 0亿元]: its nominal 0, not what it says
    ("超过0个", "(0个, +∞)"),
])
@pytest.mark.parametrize("judged", ["claim", "at_least"])
def test_a_divisor_with_an_open_end_at_0_is_shown_as_its_claim_says(
        divisor: str, shown: str, judged: str) -> None:
    from claim_factory import make_claim

    # 1 / (-∞, 0) has no bound: refused as such, not said to be 0, which it never is
    claims = [make_claim("a", "5亿元", metric="a"), make_claim("x", divisor, metric="x"),
              make_claim("s", "3个", metric="s")]
    params: dict[str, object] = {"expression": "a / x", "vars": {"a": "a", "x": "x"},
                                 judged: "s" if judged == "claim" else "0元/个"}
    found = _run_derived(claims, {"ratio": params})
    assert found["derived[ratio]"].status is Status.NOT_CHECKABLE
    assert found["derived[ratio]"].message == (
        f"Not checkable: the divisor x comes arbitrarily close to 0 (it lies in {shown}), "
        "so the quotient is unbounded.")


def test_an_exact_divisor_near_but_not_at_0_is_still_divided_by() -> None:
    from claim_factory import make_claim

    # a negative divisor that stays clear of 0 (亏损2亿元 as -2亿元) gives a bounded result
    claims = [make_claim("a", "6亿元", metric="a"), make_claim("x", "-2亿元", metric="x"),
              make_claim("s", "-300%", metric="s")]
    found = _run_derived(claims, {"ratio": {"claim": "s", "expression": "a / x",
                                            "vars": {"a": "a", "x": "x"}}})
    assert found["derived[ratio]"].status is Status.CONSISTENT


NUM_TEXT = "其中稅收收入8億元，非稅收入佔20%，合計10億元。\n"
NUM_CLAIMS = """
claims:
  - {id: tax, quote: 稅收收入8億元, value: 8億元, entity: city, metric: tax, as_of: "2023"}
  - {id: nontax, quote: 非稅收入佔20%, value: 20%, entity: city, metric: nontax, as_of: "2023"}
  - {id: tot, quote: 合計10億元, value: 10億元, entity: city, metric: total, as_of: "2023"}
"""


def _num_finding(tmp_path: Path, claim: str, expression: str) -> Finding:
    names = "{tax: tax, tot: tot}" if "tot" in expression else "{tax: tax}"
    checks = (f"checks:\n  - {{kind: derived, id: e, claim: {claim}, "
              f"expression: \"{expression}\", vars: {names}}}\n")
    return one_finding(write_corpus(tmp_path, NUM_TEXT, NUM_CLAIMS, checks), "derived[e]")


def test_an_interval_end_with_a_short_decimal_is_shown_exactly(tmp_path: Path) -> None:
    # [9.375亿元, 10.625亿元) was shown rounded outwards, unmarked, as [9.3亿元, 10.7亿元)
    finding = _num_finding(tmp_path, "tot", "tax * 1.25")
    assert "within written precision: [9.375亿元, 10.625亿元)" in finding.arithmetic, (
        finding.arithmetic)


def test_an_interval_end_with_no_short_decimal_is_marked_as_rounded(tmp_path: Path) -> None:
    # (7142.857...%, 8947.368...%) was shown as (7142.8%, 8947.4%), as if exact
    finding = _num_finding(tmp_path, "nontax", "tax / tot * 100")
    assert "within written precision: (≈7142.8%, ≈8947.4%)" in finding.arithmetic, (
        finding.arithmetic)


def test_a_divisor_that_may_be_0_is_shown_in_the_claims_word(tmp_path: Path) -> None:
    # it was shown in base yuan with no word: (-100000000, 100000000)
    finding = _num_finding(tmp_path, "tot", "tax / (tax - tax)")
    assert finding.status is Status.NOT_CHECKABLE
    assert "(it lies in (-1亿元, 1亿元))" in finding.message, finding.message


def test_zero_ends_keep_the_claims_magnitude_word(tmp_path: Path) -> None:
    # a - a + b - b against a stated 0亿元 showed 'it lies in [0元, 0元]' and 'stated 0亿元
    # = [0万元, 5000万元)': a 0 takes the claim's word, 0亿元, and the other end shares it
    corpus = write_corpus(
        tmp_path, "甲方投资101亿元,乙方投资99亿元,比例0亿元。",
        "claims:\n"
        "  - {id: a, quote: 甲方投资101亿元, value: 101亿元, entity: x, metric: a, as_of: '2023'}\n"
        "  - {id: b, quote: 乙方投资99亿元, value: 99亿元, entity: x, metric: b, as_of: '2023'}\n"
        "  - {id: c, quote: 比例0亿元, value: 0亿元, entity: x, metric: c, as_of: '2023'}\n",
        "checks:\n  - {kind: derived, id: d, claim: c, expression: a - a + b - b,"
        " vars: {a: a, b: b}}\n")
    finding = one_finding(corpus, "derived[d]")
    assert finding.status is Status.CONSISTENT
    assert finding.arithmetic[-2:] == (
        "a and b are used more than once: with a = 101亿元, b = 99亿元 it lies in "
        "[0亿元, 0亿元]",
        "stated 0亿元 = [0亿元, 0.5亿元)",
    )


def test_a_stated_claim_per_a_unit_is_named_with_its_per_unit(tmp_path: Path) -> None:
    # 平均每个3.33亿元 with per: 个 fitted as 'fits 3.33亿元', an amount, not 3.33亿元/个
    corpus = write_corpus(
        tmp_path, "投资10亿元,项目3个,平均每个3.33亿元。",
        "claims:\n"
        "  - {id: inv, quote: 投资10亿元, value: 10亿元, entity: x, metric: inv, as_of: '2023'}\n"
        "  - {id: n, quote: 项目3个, value: 3个, entity: x, metric: n, as_of: '2023'}\n"
        "  - {id: avg, quote: 平均每个3.33亿元, value: 3.33亿元, entity: x, metric: avg,"
        " as_of: '2023', per: 个}\n",
        "checks:\n  - {kind: derived, id: d, claim: avg, expression: inv / n,"
        " vars: {inv: inv, n: n}}\n")
    finding = one_finding(corpus, "derived[d]")
    assert finding.status is Status.CONSISTENT
    assert finding.message == "inv / n is about 3.333亿元/个, which fits 3.33亿元/个."
    assert finding.arithmetic[-1].startswith("stated 3.33亿元/个 = [")
