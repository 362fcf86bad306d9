"""The engine: automatic and declared checks, acknowledgements, stale ones, the registry."""

import operator
import pickle
import re
from dataclasses import replace
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from claim_factory import make_claim, make_corpus, spec

from factcheck import (
    Acknowledgement,
    CheckError,
    Field,
    Finding,
    Interval,
    LoadErrors,
    Location,
    RegistryError,
    Status,
    check,
    register_check,
)
from factcheck.checks import CheckContext, get_kind, kinds, unregister_check

CLAIMS = [make_claim("a", "3000公里"), make_claim("b", "2800公里"),
          make_claim("t", "293.9亿元", entity="s", metric="inv"),
          make_claim("q", "近300亿", unit="元", entity="s", metric="inv2")]


def ack(finding: str, reason: str = "reviewed") -> Acknowledgement:
    return Acknowledgement(finding, reason, Location("acks.yaml", 3, 5))


def run(*acks: Acknowledgement) -> dict[str, Finding]:
    corpus = replace(make_corpus(CLAIMS, [spec("bound", "near", qualified="q", exact="t")]),
                     acknowledgements=acks)
    return {f.id: f for f in check(corpus)}


def test_findings_are_sorted_and_unique() -> None:
    found = check(make_corpus(CLAIMS, [spec("bound", "near", qualified="q", exact="t")]))
    assert [f.id for f in found] == ["agreement[e.m]", "bound[near]"]


def test_acknowledged_discrepancy_keeps_status_and_gains_reason() -> None:
    finding = run(ack("agreement[e.m]", "both round"))["agreement[e.m]"]
    assert finding.status is Status.DISCREPANCY
    assert finding.acknowledged and finding.acknowledgement == "both round"
    assert not finding.fails and not finding.fails_strict()


def test_unacknowledged_discrepancy_fails_only_strict() -> None:
    finding = run()["agreement[e.m]"]
    assert not finding.fails and finding.fails_strict()


def test_acknowledgement_of_nothing_is_stale() -> None:
    stale = run(ack("agreement[nope]"))["stale[agreement[nope]]"]
    assert stale.status is Status.STALE
    assert stale.fails
    assert stale.location == Location("acks.yaml", 3, 5)
    assert stale.message == ("The acknowledgement of 'agreement[nope]' matches no finding; "
                             "remove it or fix the id.")


def test_a_second_acknowledgement_of_a_finding_is_stale_and_names_the_first() -> None:
    # which of the two to keep is the reviewer's choice: the second says where the first is
    second = Acknowledgement("agreement[e.m]", "again", Location("checks.yaml", 12, 5))
    found = run(ack("agreement[e.m]", "both round"), second)
    assert found["agreement[e.m]"].acknowledgement == "both round"
    stale = found["stale[agreement[e.m]]"]
    assert stale.location == Location("checks.yaml", 12, 5)
    assert stale.message == ("'agreement[e.m]' is acknowledged twice, here and at "
                             "acks.yaml:3:5; keep one acknowledgement.")


def test_a_misspelt_acknowledgement_names_the_finding_it_likely_meant() -> None:
    stale = run(ack("agreemnt[e.m]"))["stale[agreemnt[e.m]]"]
    assert stale.message == ("The acknowledgement of 'agreemnt[e.m]' matches no finding; "
                             "remove it or fix the id (did you mean 'agreement[e.m]'?).")
    # only a discrepancy or conflict that no other acknowledgement names is suggested
    found = run(ack("agreemnt[e.m]"), ack("agreement[e.m]"))
    assert found["stale[agreemnt[e.m]]"].message.endswith("remove it or fix the id.")
    assert found["agreement[e.m]"].acknowledged
    # a consistent finding is named too, as one that needs no acknowledgement (it was not,
    # and the misspelt id for it was a stale finding without a hint)
    assert run(ack("bond[near]"))["stale[bond[near]]"].message == (
        "The acknowledgement of 'bond[near]' matches no finding; remove it or fix the id "
        "(did you mean 'bound[near]'? It is consistent, and needs no acknowledgement: "
        "remove this one).")


def test_an_acknowledgement_of_the_name_alone_names_the_whole_id() -> None:
    # check prints "sum[x]"; the name in the brackets alone matched nothing, with no hint
    stale = run(ack("near"))["stale[near]"]
    assert stale.message == ("The acknowledgement of 'near' matches no finding; remove it "
                             "or fix the id (did you mean 'bound[near]'? It is consistent, "
                             "and needs no acknowledgement: remove this one).")
    assert run(ack("e.m"))["stale[e.m]"].message.endswith("(did you mean 'agreement[e.m]'?).")
    # a name that is nobody's still gets no hint
    assert run(ack("nothing.like.it"))["stale[nothing.like.it]"].message.endswith(
        "fix the id.")


def test_an_acknowledgement_with_or_without_the_period_names_the_finding() -> None:
    # date keys' ids dropped their @period: an acknowledgement of the old id was stale
    # without a hint where the name is short (too far from e.m for difflib)
    stale = run(ack("agreement[e.m@2019-05-09]"))["stale[agreement[e.m@2019-05-09]]"]
    assert stale.message == ("The acknowledgement of 'agreement[e.m@2019-05-09]' matches no "
                             "finding; remove it or fix the id (did you mean "
                             "'agreement[e.m]'?).")
    # a consistent finding is named too (its acknowledgement is then stale as consistent)
    assert run(ack("bound[near@2020]"))["stale[bound[near@2020]]"].message.endswith(
        "(did you mean 'bound[near]'? It is consistent, and needs no acknowledgement: "
        "remove this one).")
    # and the other way: a key that now has several groups, the open ones first
    claims = [make_claim("a", "3000公里", as_of="2019"), make_claim("b", "1000公里",
                                                                    as_of="2019"),
              make_claim("c", "5公里", as_of="2021"), make_claim("d", "5公里", as_of="2021")]
    corpus = replace(make_corpus(claims), acknowledgements=(ack("agreement[e.m]"),))
    found = {f.id: f for f in check(corpus)}
    assert {"agreement[e.m@2019]", "agreement[e.m@2021]"} <= set(found)
    assert found["stale[agreement[e.m]]"].message.endswith(
        "(did you mean 'agreement[e.m@2019]'?).")
    claims[1] = make_claim("b", "3000公里", as_of="2019")
    corpus = replace(make_corpus(claims), acknowledgements=(ack("agreement[e.m]"),))
    found = {f.id: f for f in check(corpus)}
    assert found["stale[agreement[e.m]]"].message.endswith(
        "(did you mean 'agreement[e.m@2019]' or 'agreement[e.m@2021]'? They are consistent, "
        "and need no acknowledgement: remove this one).")
    # an id that another acknowledgement names is not suggested
    corpus = replace(corpus, acknowledgements=(ack("agreement[e.m]"),
                                               ack("agreement[e.m@2019]")))
    found = {f.id: f for f in check(corpus)}
    assert found["stale[agreement[e.m]]"].message.endswith(
        "(did you mean 'agreement[e.m@2021]'? It is consistent, and needs no "
        "acknowledgement: remove this one).")


def test_acknowledgement_of_a_consistent_finding_is_stale() -> None:
    stale = run(ack("bound[near]"))["stale[bound[near]]"]
    assert stale.status is Status.STALE
    assert stale.message == ("'bound[near]' is now consistent; its acknowledgement is stale and "
                             "should be removed.")


def test_duplicate_acknowledgement_is_stale() -> None:
    found = run(ack("agreement[e.m]"), ack("agreement[e.m]"))
    assert found["agreement[e.m]"].acknowledged
    assert found["stale[agreement[e.m]]"].status is Status.STALE


def test_stale_findings_about_one_id_are_numbered() -> None:
    # two stale findings shared an id, and pytest's summary counted them once
    found = run(ack("agreement[e.m]"), ack("agreement[e.m]"), ack("agreement[e.m]"),
                ack("gone"), ack("gone"))
    assert {"stale[agreement[e.m]]", "stale[agreement[e.m]#2]", "stale[gone]",
            "stale[gone#2]"} <= set(found)


def test_an_acknowledged_discrepancy_that_becomes_a_conflict_is_stale() -> None:
    # 3000公里 against 1000公里 is a conflict: an acknowledgement of a discrepancy must not
    # hide it (it was an xfail, and the run passed)
    claims = [make_claim("a", "3000公里"), make_claim("b", "1000公里")]
    corpus = replace(make_corpus(claims), acknowledgements=(ack("agreement[e.m]"),))
    found = {f.id: f for f in check(corpus)}
    assert not found["agreement[e.m]"].acknowledged and found["agreement[e.m]"].fails
    assert found["stale[agreement[e.m]]"].message == (
        "'agreement[e.m]' is acknowledged as a discrepancy (the default without status:) "
        "but is a conflict: review it again, and acknowledge it with status: conflict if it "
        "stands.")
    accepted = replace(corpus, acknowledgements=(replace(ack("agreement[e.m]"),
                                                         status="conflict"),))
    assert all(not f.fails for f in check(accepted))
    # and the other way: a conflict accepted as such that is now only a discrepancy
    stale = run(replace(ack("agreement[e.m]"), status="conflict"))["stale[agreement[e.m]]"]
    assert stale.message == (
        "'agreement[e.m]' is acknowledged as a conflict but is a discrepancy: review it "
        "again, and acknowledge it with status: discrepancy if it stands.")


@pytest.mark.parametrize("old_first", [True, False])
def test_an_old_acknowledgement_beside_one_of_the_right_status_is_a_second_one(
        old_first: bool) -> None:
    # the finding is accepted (status: conflict): the old one is not to be given status:
    # conflict too, which would leave two; it is to be removed
    claims = [make_claim("a", "3000公里"), make_claim("b", "1000公里")]
    old = ack("agreement[e.m]", "both round")
    new = Acknowledgement("agreement[e.m]", "a real gap", Location("checks.yaml", 12, 5),
                          status="conflict")
    acks = (old, new) if old_first else (new, old)
    found = {f.id: f for f in check(replace(make_corpus(claims), acknowledgements=acks))}
    assert found["agreement[e.m]"].acknowledgement == "a real gap"
    stale = found["stale[agreement[e.m]]"]
    assert stale.location == Location("acks.yaml", 3, 5)
    assert stale.message == ("'agreement[e.m]' is acknowledged twice, here and at "
                             "checks.yaml:12:5; keep one acknowledgement.")


def test_an_acknowledgement_that_pins_the_claims_accepts_only_those() -> None:
    # a third article's 3000公里 joined an acknowledged discrepancy and stayed hidden under
    # the old reason (an xfail), though nobody had reviewed it
    pinned = replace(ack("agreement[e.m]", "both round"), claims=("a", "b"))
    assert run(pinned)["agreement[e.m]"].acknowledged
    claims = [*CLAIMS, make_claim("c", "3000公里")]
    corpus = replace(make_corpus(claims), acknowledgements=(pinned,))
    found = {f.id: f for f in check(corpus)}
    assert not found["agreement[e.m]"].acknowledged
    assert found["stale[agreement[e.m]]"].message == (
        "'agreement[e.m]' has changed since it was acknowledged: c (3000公里) joined it; "
        "review it again, and set its claims: to [a, b, c] if the reason still holds.")
    # the same acknowledgement without claims: accepts the finding whatever its claims
    unpinned = replace(corpus, acknowledgements=(ack("agreement[e.m]"),))
    assert {f.id: f for f in check(unpinned)}["agreement[e.m]"].acknowledged
    # re-pinned to the finding's claims (in any order), it accepts it again
    repinned = replace(corpus, acknowledgements=(replace(pinned, claims=("a", "b", "c")),))
    assert all(not f.fails_strict() for f in check(repinned))


def test_an_acknowledgement_built_with_claims_in_any_order_or_a_list_accepts_them() -> None:
    # Acknowledgement(claims=["b", "a"]) was compared as given with the finding's sorted
    # ids: stale for ever, "has changed since it was acknowledged: ; review it again",
    # and a corpus holding it could not be hashed (unhashable type: 'list')
    for claims in (["b", "a"], ("b", "a", "b"), iter(["a", "b"])):
        pinned = replace(ack("agreement[e.m]"), claims=claims)
        assert pinned.claims == ("a", "b")
        assert run(pinned)["agreement[e.m]"].acknowledged
        hash(replace(make_corpus(CLAIMS), acknowledgements=(pinned,)))
    with pytest.raises(TypeError, match=r"claims=\['a'\], not claims='a'"):
        replace(ack("agreement[e.m]"), claims="a")


def test_a_claim_that_left_a_pinned_finding_is_named() -> None:
    claims = [make_claim("a", "3000公里"), make_claim("c", "2800公里")]
    pinned = replace(ack("agreement[e.m]"), claims=("a", "b", "c", "d"))
    corpus = replace(make_corpus(claims), acknowledgements=(pinned,))
    stale = {f.id: f for f in check(corpus)}["stale[agreement[e.m]]"]
    assert stale.message.startswith("'agreement[e.m]' has changed since it was acknowledged: "
                                    "b, d have left it; review it again")


def test_a_pinned_discrepancy_that_became_a_conflict_by_a_new_claim_names_the_claim() -> None:
    # 1000公里 joined a pinned discrepancy and made it a conflict: the stale message said
    # only to add status: conflict, which left it stale (its claims: still without c), and
    # never named the figure nobody had reviewed
    claims = [*CLAIMS, make_claim("c", "1000公里")]
    pinned = replace(ack("agreement[e.m]"), claims=("a", "b"))
    corpus = replace(make_corpus(claims), acknowledgements=(pinned,))
    assert {f.id: f for f in check(corpus)}["stale[agreement[e.m]]"].message == (
        "'agreement[e.m]' is acknowledged as a discrepancy (the default without status:) "
        "but is a conflict, and has changed since: c (1000公里) joined it; review it again, "
        "and acknowledge it with status: conflict and set its claims: to [a, b, c] if it "
        "stands.")
    # a conflict whose claims are those pinned still says only the status
    same = replace(make_corpus([claims[0], claims[-1]]),
                   acknowledgements=(replace(pinned, claims=("a", "c")),))
    assert {f.id: f for f in check(same)}["stale[agreement[e.m]]"].message.endswith(
        "but is a conflict: review it again, and acknowledge it with status: conflict if it "
        "stands.")


def test_the_stale_pin_gives_the_list_to_write_quoted_as_yaml_reads_it() -> None:
    # pytest shows an unacknowledged discrepancy as a warning only, without the edit that
    # check prints under it: the stale item said "set its claims: to the finding's", and
    # the list to write was nowhere
    claims = [*CLAIMS, make_claim("null", "3000公里")]
    pinned = replace(ack("agreement[e.m]"), claims=("a", "b"))
    stale = {f.id: f for f in check(replace(make_corpus(claims), acknowledgements=(pinned,)))}[
        "stale[agreement[e.m]]"]
    assert stale.message.endswith('set its claims: to [a, b, "null"] if the reason still '
                                  "holds.")


def test_an_old_pinned_acknowledgement_beside_a_current_one_is_a_second_one() -> None:
    claims = [*CLAIMS, make_claim("c", "3000公里")]
    old = replace(ack("agreement[e.m]", "both round"), claims=("a", "b"))
    new = Acknowledgement("agreement[e.m]", "all round", Location("checks.yaml", 12, 5),
                          claims=("a", "b", "c"))
    found = {f.id: f for f in check(replace(make_corpus(claims), acknowledgements=(old, new)))}
    assert found["agreement[e.m]"].acknowledgement == "all round"
    assert found["stale[agreement[e.m]]"].message == (
        "'agreement[e.m]' is acknowledged twice, here and at checks.yaml:12:5; keep one "
        "acknowledgement.")


def test_findings_are_frozen_and_picklable() -> None:
    finding = run()["agreement[e.m]"]
    assert pickle.loads(pickle.dumps(finding)) == finding
    with pytest.raises(AttributeError):
        finding.status = Status.CONFLICT  # type: ignore[misc]


@pytest.mark.parametrize("status", ["conflict", "stale", None, 1])
def test_a_finding_built_with_a_status_that_is_not_a_status_is_refused(status: object) -> None:
    # Finding(..., "conflict", ...) was kept: its fails was False, so a program (or a
    # report of findings built by hand) passed a conflict without a word
    hint = (f": write Status({status!r}), Status.{str(status).upper()}"
            if status in ("conflict", "stale") else "")
    with pytest.raises(TypeError) as caught:
        Finding("sum[x]", "sum", status, "m")  # type: ignore[arg-type]
    assert str(caught.value) == (f"Finding has the status {status!r}, not a Status{hint}")
    assert Finding("sum[x]", "sum", Status("conflict"), "m").fails


def test_statuses_are_ordered_by_severity_and_still_equal_their_text() -> None:
    # they sorted as text: conflict < consistent < discrepancy < not-checkable < stale, so
    # max() of a run's statuses was "stale" and a consistent run sorted before a conflict
    worst_first = [Status.CONFLICT, Status.STALE, Status.DISCREPANCY, Status.NOT_CHECKABLE,
                   Status.CONSISTENT]
    shuffled = [Status.DISCREPANCY, Status.CONFLICT, Status.CONSISTENT, Status.STALE,
                Status.NOT_CHECKABLE]
    assert sorted(shuffled, reverse=True) == worst_first == list(Status)
    assert sorted(worst_first) == worst_first[::-1]
    assert sorted([Status.CONFLICT, "stale", Status.CONSISTENT, Status.DISCREPANCY]) == [
        Status.CONSISTENT, Status.DISCREPANCY, "stale", Status.CONFLICT]
    assert max(Status.CONSISTENT, Status.DISCREPANCY, Status.NOT_CHECKABLE) is Status.DISCREPANCY
    assert Status.CONSISTENT < Status.NOT_CHECKABLE <= Status.NOT_CHECKABLE < Status.CONFLICT
    assert Status.CONFLICT > "consistent"  # a status's text compares as the status
    assert "stale" < Status.CONFLICT  # noqa: SIM300 - the reflected comparison
    assert not Status.DISCREPANCY >= Status.STALE
    # a status is not more or less severe than itself
    assert not Status.STALE < Status.STALE and not Status.STALE > Status.STALE
    assert Status.STALE <= Status.STALE and Status.STALE >= Status.STALE
    # what stays: a status is its text, hashes as it, and pickles as itself
    assert Status.CONFLICT == "conflict" and {"conflict": 1}[Status.CONFLICT] == 1
    assert pickle.loads(pickle.dumps(Status.STALE)) is Status.STALE
    with pytest.raises(TypeError):
        Status.CONFLICT < 1  # type: ignore[operator]  # noqa: B015
    # a string that is no status's text: str compared them as text, so CONFLICT < "d",
    # "d" < "stale" and "stale" < CONFLICT all held (not transitive)
    for compare in (operator.lt, operator.le, operator.gt, operator.ge):
        with pytest.raises(TypeError, match="not 'd'"):
            compare(Status.CONFLICT, "d")
        with pytest.raises(TypeError, match="not 'd'"):
            compare("d", Status.CONFLICT)
    assert Status.CONFLICT != "d" and "d" != Status.CONFLICT  # noqa: SIM300 - reflected


def test_locations_sort_by_path_line_and_column() -> None:
    # they could not be sorted at all (TypeError: '<' not supported)
    places = [Location("b.yaml", 1, 1), Location("a.yaml", 10, 2), Location("a.yaml", 9, 30),
              Location("a.yaml", 10, 1), Location("a.yaml")]
    assert [p.place for p in sorted(places)] == [
        "a.yaml", "a.yaml:9:30", "a.yaml:10:1", "a.yaml:10:2", "b.yaml:1:1"]
    assert Location("a.yaml", 2) > Location("a.yaml", 1, 99)


@pytest.mark.parametrize(("args", "wrong"), [
    (("a.yaml", "3", 1), "line=...) takes an int, not str ('3')"),
    (("a.yaml", 3.0), "line=...) takes an int, not float (3.0)"),
    (("a.yaml", 3, True), "col=...) takes an int, not bool (True)"),
    ((Path("a.yaml"), 3), f"path=...) takes a str, not {type(Path()).__name__}: "
                          "write Location(path.as_posix())"),
    ((None,), "path=...) takes a str, not NoneType"),
])
def test_a_location_of_the_wrong_types_is_refused_where_it_is_built(
        args: tuple[object, ...], wrong: str) -> None:
    # Location("a.yaml", "3") was kept: it failed far away, as "'<=' not supported between
    # instances of 'str' and 'int'" when its place was written or the findings sorted
    with pytest.raises(TypeError) as caught:
        Location(*args)  # type: ignore[arg-type]
    assert str(caught.value) == f"Location({wrong}"
    assert Location("a.yaml", 3).place == "a.yaml:3:1"


def test_builtin_kinds_are_registered() -> None:
    assert {"agreement", "bound", "reference", "sum"} <= set(kinds())
    assert get_kind("agreement").automatic
    with pytest.raises(RegistryError) as caught:
        get_kind("sun")
    assert "did you mean 'sum'?" in str(caught.value)


@pytest.mark.parametrize("name", [5, None, ["sum"]])
def test_a_kind_looked_up_by_no_str_is_a_type_error(name: object) -> None:
    # get_kind(5) failed inside difflib ('int' object is not iterable), ["sum"] as unhashable
    with pytest.raises(TypeError, match=rf"^get_kind\(\) takes the name of a check kind "
                                        rf"\(a str, such as 'sum'\), not {type(name).__name__}$"):
        get_kind(name)  # type: ignore[arg-type]
    assert get_kind("sum").name == "sum"


def test_a_kind_named_like_a_built_in_is_told_so_with_a_prefixed_name() -> None:
    def total(check_spec, context):  # type: ignore[no-untyped-def]
        return []

    total.__module__ = "mychecks.kinds"
    before = dict(kinds())
    with pytest.raises(RegistryError) as caught:
        register_check("sum")(total)
    assert caught.value.message == (
        "check kind 'sum' is already registered: it is a built-in kind")
    assert caught.value.hint == "give your kind a prefixed name, such as 'mychecks.sum'"
    assert kinds() == before
    register_check("mychecks.sum")(total)  # the suggested name is one that registers
    try:
        assert kinds()["mychecks.sum"].run is total
    finally:
        unregister_check("mychecks.sum")


def test_a_kind_writes_values_in_the_articles_units() -> None:
    context = CheckContext(make_corpus(CLAIMS, []))
    assert context.show(Fraction(4_390_000_000), "yuan") == "43.9亿元"
    assert context.show(183_610, "meter") == "183.61公里"
    assert context.show(0, "yuan", like=Fraction(29_390_000_000)) == "0亿元"
    assert context.show(Fraction(1, 3), "dimensionless") == "100/3%"
    assert context.show_interval(
        Interval(Fraction(27_000_000_000), Fraction(30_000_000_000), True, False),
        "yuan") == "[270亿元, 300亿元)"
    assert context.show_interval(Interval(Fraction(2_000_000), None, False, False),
                                 "meter") == "(2000公里, +∞)"
    # a 0 whose other end is infinite has no size of its own: like gives it one, as show's
    # like does (超过0亿元, written to 亿, is (0亿元, +∞), not (0元, +∞))
    above_0 = Interval(Fraction(0), None, False, False)
    assert context.show_interval(above_0, "yuan", like=10**8) == "(0亿元, +∞)"
    assert context.show_interval(above_0, "yuan") == "(0元, +∞)"
    with pytest.raises(TypeError, match="float"):
        context.show_interval(above_0, "yuan", like=1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="float"):
        context.show(1.5, "yuan")  # type: ignore[arg-type]


def test_custom_kind_by_decorator_and_duplicates_refused() -> None:
    @register_check("positive")
    def positive(check_spec, context: CheckContext) -> Finding:  # type: ignore[no-untyped-def]
        """Every named claim is above zero."""
        claim = context.claim(check_spec, "claim")
        assert not isinstance(claim, str)
        ok = claim.quantity is not None and claim.quantity.base > 0
        return context.finding("positive", check_spec.id,
                               Status.CONSISTENT if ok else Status.CONFLICT, "checked",
                               claims=[context.involved(claim)], spec=check_spec)

    try:
        with pytest.raises(RegistryError):
            register_check("positive")(positive)
        with pytest.raises(RegistryError):
            register_check("sum")(positive)
        found = {f.id: f for f in check(make_corpus(CLAIMS, [spec("positive", "p", claim="a")]))}
        assert found["positive[p]"].status is Status.CONSISTENT
        assert kinds()["positive"].doc == "Every named claim is above zero."
    finally:
        unregister_check("positive")
    assert "positive" not in kinds()


def test_unregistering_an_unknown_kind_is_an_error_naming_the_closest() -> None:
    # unregister_check("positiv") did nothing: a test's teardown that misspelt its kind left
    # the kind registered for every later test of the process, without a word
    before = dict(kinds())
    with pytest.raises(RegistryError) as caught:
        unregister_check("sun")
    assert caught.value.message == "unknown check kind 'sun'"
    assert caught.value.hint == "did you mean 'sum'?"
    with pytest.raises(RegistryError) as caught:
        unregister_check("zzzz")
    assert caught.value.hint.startswith("known kinds: agreement, ")
    with pytest.raises(TypeError, match=r"^unregister_check\(\) takes the name of a check kind "
                                        r"\(a str, such as 'sum'\), not int$"):
        unregister_check(5)  # type: ignore[arg-type]
    assert kinds() == before
    register_check("gone_twice")(lambda s, c: [])
    unregister_check("gone_twice")
    with pytest.raises(RegistryError, match="unknown check kind 'gone_twice'"):
        unregister_check("gone_twice")


def test_unknown_declared_kind_in_yaml_is_a_load_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from corpus_builder import write_corpus

    from factcheck import LoadErrors, load

    path = write_corpus(tmp_path, "深哈3000公里。", """\
claims:
  - {id: a, quote: 深哈3000公里, value: 3000公里, entity: e, metric: m, as_of: "2020"}
""", "checks:\n  - {kind: sun, id: x, total: a, parts: [a]}\n")
    with pytest.raises(LoadErrors) as caught:
        load(path)
    assert "unknown check kind 'sun'" in str(caught.value)
    assert "did you mean 'sum'?" in str(caught.value)


def _a_plugin_kind(monkeypatch: pytest.MonkeyPatch) -> tuple[Any, list[str]]:
    """A kind 'from_plugin' that an entry point provides, not yet looked up, and the groups
    of entry points asked for."""
    from factcheck.checks import _registry

    plugin = _registry.CheckKind("from_plugin", lambda s, c: [], doc="a plugin kind")

    class FakePoint:
        name = "from_plugin"

        @staticmethod
        def load() -> _registry.CheckKind:
            return plugin

    calls: list[str] = []

    def fake_entry_points(group: str) -> list[FakePoint]:
        calls.append(group)
        return [FakePoint()]

    monkeypatch.setattr(_registry, "entry_points", fake_entry_points)
    monkeypatch.setattr(_registry, "_PLUGINS_LOADED", False)
    monkeypatch.setattr(_registry, "_DEFAULTS", dict(_registry._DEFAULTS))
    return plugin, calls


def test_entry_point_kinds_are_loaded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.checks import _registry

    plugin, calls = _a_plugin_kind(monkeypatch)
    try:
        assert kinds()["from_plugin"] is plugin
        assert kinds()["from_plugin"] is plugin
        assert calls == ["factcheck.checks"]
        assert _registry.is_default()  # a plugin's kind is part of a fresh process
    finally:
        unregister_check("from_plugin")


def test_a_plugins_kind_can_be_unregistered_before_any_lookup(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # unregister_check("from_plugin") before anything had looked the kinds up was refused as
    # "unknown check kind 'from_plugin'", with "did you mean 'from_plugin'?", and the kind
    # stayed registered: the plugins were looked up only to name the closest
    _a_plugin_kind(monkeypatch)
    unregister_check("from_plugin")
    assert "from_plugin" not in kinds()


@pytest.mark.parametrize("asked_first", [True, False])
def test_a_plugin_imported_before_the_lookup_is_still_the_plugins(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, asked_first: bool) -> None:
    # `from mychecks import ...` in a program or test, before factcheck looked up its
    # plugins, registered the kind outside the lookup: the registry was taken for one
    # changed at run time, and nothing was cached
    import importlib
    import sys

    from factcheck.checks import _registry

    (tmp_path / "early_plugin_pkg").mkdir()
    (tmp_path / "early_plugin_pkg" / "__init__.py").write_text(
        "from factcheck import register_check\n"
        "@register_check('early_plugin')\n"
        "def early(spec, context):\n"
        "    return context.not_checkable(spec, 'never run')\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))

    class FakePoint:
        name = "early_plugin"
        value = module = "early_plugin_pkg"

        @staticmethod
        def load() -> object:
            return importlib.import_module("early_plugin_pkg")

    monkeypatch.setattr(_registry, "entry_points", lambda group: [FakePoint()])
    monkeypatch.setattr(_registry, "_PLUGINS_LOADED", False)
    monkeypatch.setattr(_registry, "_DEFAULTS", dict(_registry._DEFAULTS))
    try:
        importlib.import_module("early_plugin_pkg")  # the program's own import, first
        if asked_first:  # as the cache asks, before any check looks the kinds up
            assert _registry.is_default()
        assert "early_plugin" in kinds()
        assert _registry.is_default()
        register_check("added_at_run_time")(lambda s, c: [])
        assert not _registry.is_default()  # a kind of the program's own still is not
    finally:
        unregister_check("early_plugin")
        unregister_check("added_at_run_time")
        sys.modules.pop("early_plugin_pkg", None)


@pytest.mark.parametrize("first", ["factcheck.checks.derived", "factcheck._engine",
                                   "factcheck.checks._registry"])
def test_built_in_kinds_are_the_registry_defaults_whatever_is_imported_first(
        first: str) -> None:
    """The cache's key trusts a registry holding just the built-ins (and plugins); importing
    one check module on its own must not leave its kind looking added at run time."""
    import subprocess
    import sys

    code = (f"import {first}\n"
            "from factcheck.checks import _registry, kinds\n"
            "assert _registry.is_default() and len(kinds()) >= 9, sorted(_registry._DEFAULTS)\n")
    subprocess.run([sys.executable, "-c", code], check=True)


# --- kinds that are not factcheck's own are vetted ---------------------------------------------

def _declared(kind_name: str) -> list[Finding]:
    return check(make_corpus(CLAIMS, [spec(kind_name, "k", claim="a")]))


def _register(run) -> None:  # type: ignore[no-untyped-def]
    register_check("plugin_kind")(run)


@pytest.fixture
def plugin_kind():  # type: ignore[no-untyped-def]
    yield _register
    unregister_check("plugin_kind")


def test_a_finding_built_with_lists_holds_tuples(plugin_kind) -> None:  # type: ignore[no-untyped-def]
    # Finding(claims=[...]) kept the list: the finding was unhashable, and the kind (or
    # anyone holding the list) could change a result after check() had returned it
    steps = ["1 + 1 = 2"]
    extra = [["unit", "元"]]

    def listed(check_spec, context: CheckContext) -> Finding:  # type: ignore[no-untyped-def]
        claim = context.corpus.claims[check_spec.params["claim"]]
        return Finding(f"plugin_kind[{check_spec.id}]", "plugin_kind", Status.CONFLICT,
                       "checked", claims=[context.involved(claim)],  # type: ignore[arg-type]
                       arithmetic=steps, extra=extra,  # type: ignore[arg-type]
                       location=check_spec.location)

    plugin_kind(listed)
    (finding,) = [f for f in _declared("plugin_kind") if f.kind == "plugin_kind"]
    steps.append("changed")
    extra.clear()
    assert finding.arithmetic == ("1 + 1 = 2",) and finding.extra == (("unit", "元"),)
    assert [c.claim for c in finding.claims] == ["a"] and type(finding.claims) is tuple
    assert hash(finding) == hash(replace(finding))


def test_two_findings_with_one_id_are_an_error_not_one_lost(plugin_kind) -> None:  # type: ignore[no-untyped-def]
    # A kind returning a conflict and a consistent finding under the same id: the engine
    # kept the last one, so the conflict vanished and the run passed.
    def each(check_spec, context: CheckContext) -> list[Finding]:  # type: ignore[no-untyped-def]
        return [context.finding("plugin_kind", check_spec.id, status, "checked", spec=check_spec)
                for status in (Status.CONFLICT, Status.CONSISTENT)]

    plugin_kind(each)
    with pytest.raises(CheckError) as caught:
        _declared("plugin_kind")
    assert caught.value.message == "two findings have the id 'plugin_kind[k]'"
    assert "its own id" in (caught.value.hint or "")


@pytest.mark.parametrize(("result", "says"), [
    (None, "check kind 'plugin_kind' returned NoneType, not a Finding"),
    ("conflict", "check kind 'plugin_kind' returned str, not a Finding"),
    (["conflict"], "check kind 'plugin_kind' returned str, not a Finding"),
])
def test_a_kind_returning_something_else_is_a_located_error(
        plugin_kind, result: object, says: str) -> None:  # type: ignore[no-untyped-def]
    plugin_kind(lambda check_spec, context: result)
    with pytest.raises(CheckError) as caught:
        _declared("plugin_kind")
    assert caught.value.message.startswith(says.split(" returned")[0])
    assert says in str(caught.value)
    assert "bug in the kind's code" in (caught.value.hint or "")


@pytest.mark.parametrize("result", [[], (), iter([])])
def test_a_kind_returning_no_finding_for_a_declared_check_is_a_located_error(
        plugin_kind, result: object) -> None:  # type: ignore[no-untyped-def]
    # the check vanished: no finding, no line in any report, and the run passed
    plugin_kind(lambda check_spec, context: result)
    with pytest.raises(CheckError) as caught:
        _declared("plugin_kind")
    assert caught.value.message == "check kind 'plugin_kind' returned no finding for the check 'k'"
    assert caught.value.location is not None
    assert "context.not_checkable(spec, reason)" in (caught.value.hint or "")


@pytest.mark.parametrize(("kind", "finding_id", "says"), [
    ("sum", "sum[k]", "the kind 'sum' and the id 'sum[k]'"),
    ("plugin_kind", "k", "the kind 'plugin_kind' and the id 'k'"),
])
def test_a_finding_of_another_kind_is_refused(
        plugin_kind, kind: str, finding_id: str, says: str) -> None:  # type: ignore[no-untyped-def]
    # 'sum[k]' from another kind was counted as a sum, answered a sum's acknowledgement,
    # and clashed with a sum check of that id as if the claims were at fault
    plugin_kind(lambda check_spec, context: Finding(
        finding_id, kind, Status.CONFLICT, "checked", location=check_spec.location))
    with pytest.raises(CheckError) as caught:
        _declared("plugin_kind")
    assert caught.value.message == f"check kind 'plugin_kind' gave a finding {says}"
    assert "context.finding(spec.kind, name, ...)" in (caught.value.hint or "")


def test_a_status_given_as_text_is_refused(plugin_kind) -> None:  # type: ignore[no-untyped-def]
    # "conflict" as a str counted in the summary but never failed the run.
    def as_text(check_spec, context: CheckContext) -> Finding:  # type: ignore[no-untyped-def]
        return context.finding("plugin_kind", check_spec.id, "conflict", "x",  # type: ignore[arg-type]
                               spec=check_spec)

    plugin_kind(as_text)
    with pytest.raises(CheckError, match="status 'conflict', not a Status"):
        _declared("plugin_kind")


@pytest.mark.parametrize("acknowledged", [
    lambda finding: finding.acknowledge("known"),
    lambda finding: replace(finding, acknowledged=True),
    lambda finding: replace(finding, acknowledgement="known"),
])
def test_a_finding_a_kind_acknowledged_itself_is_refused(
        plugin_kind, acknowledged) -> None:  # type: ignore[no-untyped-def]
    # a conflict a kind returned acknowledged passed check (exit 0) and was an xfail under
    # pytest, "acknowledged conflict: None": accepted by no reviewer, in no YAML
    def accepted(check_spec, context: CheckContext) -> Finding:  # type: ignore[no-untyped-def]
        return acknowledged(context.finding("plugin_kind", check_spec.id, Status.CONFLICT,
                                            "checked", spec=check_spec))

    plugin_kind(accepted)
    with pytest.raises(CheckError) as caught:
        _declared("plugin_kind")
    assert caught.value.message == ("check kind 'plugin_kind' gave finding 'plugin_kind[k]' "
                                    "an acknowledgement")
    assert caught.value.location is not None
    assert "acknowledgements:" in (caught.value.hint or "")


@pytest.mark.parametrize(("given", "says"), [
    ({"difference": 0.1}, "difference=...) takes text, not float (0.1): a finding's message, "
                          "arithmetic, difference and relative are text; write an exact "
                          "number with factcheck.format_exact(Fraction(...)), never a float"),
    ({"relative": Fraction(1, 3)}, "relative=...) takes text, not Fraction (Fraction(1, 3)): "),
    ({"arithmetic": ["1 + 1 = 2", 2]}, "arithmetic=...) takes text, not int (2): "),
    ({"message": None}, "message=...) takes a str, not NoneType"),
])
def test_a_finding_whose_text_is_not_text_is_refused(
        plugin_kind, given: dict[str, object], says: str) -> None:  # type: ignore[no-untyped-def]
    # a float difference went into the JSON as a number (0.1), against its exact-string rule
    def floats(check_spec, context: CheckContext) -> Finding:  # type: ignore[no-untyped-def]
        fields: dict[str, object] = {"message": "checked", **given}
        message = fields.pop("message")
        return context.finding("plugin_kind", check_spec.id, Status.CONFLICT, message,  # type: ignore[arg-type]
                               spec=check_spec, **fields)  # type: ignore[arg-type]

    plugin_kind(floats)
    with pytest.raises(CheckError) as caught:
        _declared("plugin_kind")
    # refused where the kind builds the finding, which the error locates in its code
    assert caught.value.message.startswith(
        f"check kind 'plugin_kind' raised TypeError: Finding({says}")
    assert caught.value.location is not None
    assert (caught.value.found or "").endswith(", in floats")


def test_a_plugin_that_raises_is_named_and_located(plugin_kind) -> None:  # type: ignore[no-untyped-def]
    def broken(check_spec, context):  # type: ignore[no-untyped-def]
        raise ZeroDivisionError("division by zero")

    plugin_kind(broken)
    with pytest.raises(CheckError) as caught:
        _declared("plugin_kind")
    assert caught.value.message == ("check kind 'plugin_kind' raised ZeroDivisionError: "
                                    "division by zero")
    assert caught.value.location is not None
    # the CLI shows no traceback for a located error: it says where the kind raised
    line = broken.__code__.co_firstlineno + 1
    assert caught.value.found == f"raised at {__file__}:{line}, in broken"
    assert "fix the kind where it raised" in (caught.value.hint or "")
    assert isinstance(caught.value.__cause__, ZeroDivisionError)


def test_a_kind_whose_call_into_factcheck_raised_is_located_at_that_call(plugin_kind) -> None:  # type: ignore[no-untyped-def]
    # found: said "raised at <string>:39, in __init__", the dataclass's generated code
    # inside factcheck, not the kind's line that built an Interval of floats
    def of_floats(check_spec, context):  # type: ignore[no-untyped-def]
        return Interval(0.5, 1.5, True, True)  # type: ignore[arg-type]

    plugin_kind(of_floats)
    with pytest.raises(CheckError) as caught:
        _declared("plugin_kind")
    assert caught.value.message.startswith("check kind 'plugin_kind' raised TypeError: an "
                                           "Interval's bounds are Fractions")
    line = of_floats.__code__.co_firstlineno + 1
    assert caught.value.found == f"raised at {__file__}:{line}, in of_floats"


def test_a_built_in_kind_that_raises_is_factchecks_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    # Not dressed up as the claims' problem: the CLI reports it as an internal error.
    from factcheck.checks import _registry

    def broken(*args: object) -> None:
        raise ZeroDivisionError("ours")

    broken.__module__ = "factcheck.checks.bound"
    monkeypatch.setitem(_registry._KINDS, "bound", replace(get_kind("bound"), run=broken))
    with pytest.raises(ZeroDivisionError):
        run()


@pytest.mark.parametrize(("name", "kwargs", "says"), [
    (5, {}, "check kind name 5 is not a name"),
    ("", {}, "check kind name '' is not a name"),
    ("bad name", {}, "check kind name 'bad name' is not a name"),
    ("k[1]", {}, "check kind name 'k[1]' is not a name"),
    ("params_as_text", {"params": ("claim",)}, "params must be a tuple of Field values"),
    ("validate_as_text", {"validate": "yes"}, "validate is not a function"),
    # refers="places" was taken for a claim: every place id was refused as no claim
    ("refers_places", {"params": (Field("from", (str,), refers="places"),)},  # type: ignore[arg-type]
     "check kind 'refers_places': Field 'from' has refers='places', which names nothing the "
     "loader looks up\n  hint: did you mean refers='place'? write refers='claim', "
     "'claim or date' or 'place', or leave it out"),
    # types=str, not (str,): an internal error (TypeError) at the first load of a check
    ("types_not_a_tuple", {"params": (Field("claim", str),)},  # type: ignore[arg-type]
     "check kind 'types_not_a_tuple': Field 'claim' has types=<class 'str'>, which is not a "
     "tuple of YAML types"),
    # no YAML value is a Fraction: every check was refused, "expected: Fraction"
    ("types_not_yaml", {"params": (Field("factor", (Fraction,)),)},
     "Field 'factor' has types=(<class 'fractions.Fraction'>,), which is not a tuple of "
     "YAML types"),
    ("types_empty", {"params": (Field("factor", ()),)}, "Field 'factor' has types=()"),
    # a second 'id' made every check a duplicate-key error; the hint listed ", id, kind"
    ("field_id", {"params": (Field("id", (str,)),)},
     "check kind 'field_id': Field 'id' is a field of every check"),
    ("field_twice", {"params": (Field("a", (str,)), Field("a", (int,)))},
     "check kind 'field_twice': Field 'a' is given twice"),
    ("field_unnamed", {"params": (Field("", (str,)),)},
     "check kind 'field_unnamed': Field name '' is not a name"),
    ("refers_an_int", {"params": (Field("claim", (int,), refers="claim"),)},
     "Field 'claim' has refers='claim' but types=(<class 'int'>,), which cannot hold a name"),
    ("required_text", {"params": (Field("claim", (str,), required="yes"),)},  # type: ignore[arg-type]
     "Field 'claim' has required='yes', not True or False"),
])
def test_malformed_kinds_are_refused_when_registered(name: object, kwargs: dict[str, object],
                                                     says: str) -> None:
    before = dict(kinds())
    with pytest.raises(RegistryError, match=re.escape(says)):
        register_check(name, **kwargs)(lambda s, c: [])  # type: ignore[arg-type]
    assert kinds() == before
    check(make_corpus(CLAIMS, []))  # the registry still works


def test_register_check_used_without_a_name_says_how_to_call_it() -> None:
    # @register_check over a function (no name, no parentheses) registered nothing and
    # replaced the function by the inner decorator: the YAML's kind was then unknown
    def positive(check_spec, context):  # type: ignore[no-untyped-def]
        return []

    before = dict(kinds())
    with pytest.raises(TypeError, match=re.escape(
            "register_check() takes the kind's name first: write @register_check('positive') "
            "over the function, not @register_check")):
        register_check(positive)  # type: ignore[arg-type]
    assert kinds() == before


def test_a_plugin_that_fails_to_import_is_named_on_every_use(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck._errors import PluginError
    from factcheck.checks import _registry

    good = _registry.CheckKind("zz_after_the_broken_one", lambda s, c: [], doc="a kind")

    class BrokenPoint:
        name = "broken"
        value = "broken_plugin.checks"

        @staticmethod
        def load() -> None:
            raise ModuleNotFoundError("No module named 'numpy'")

    class GoodPoint:
        name = "zz_good"
        value = "good_plugin"

        @staticmethod
        def load() -> _registry.CheckKind:
            return good

    class TakenPoint:  # registers a name that is already taken
        name = "aaa_taken"
        value = "taken_plugin"

        @staticmethod
        def load() -> _registry.CheckKind:
            return _registry.CheckKind("share", lambda s, c: [])

    monkeypatch.setattr(_registry, "entry_points",
                        lambda group: [GoodPoint(), BrokenPoint(), TakenPoint()])
    monkeypatch.setattr(_registry, "_PLUGINS_LOADED", False)
    monkeypatch.setattr(_registry, "_DEFAULTS", dict(_registry._DEFAULTS))
    try:
        for _ in range(2):  # not only the first use: a later run must not pass without it
            with pytest.raises(PluginError) as caught:
                kinds()
            assert caught.value.message == (
                "2 check-kind plugins failed: 'aaa_taken' (taken_plugin) failed to load: "
                "RegistryError: check kind 'share' is already registered: it is a built-in "
                "kind; 'broken' "
                "(broken_plugin.checks) failed to load: ModuleNotFoundError: No module "
                "named 'numpy'")
            assert caught.value.location is None
        assert "zz_after_the_broken_one" in _registry._KINDS  # the others were loaded
    finally:
        unregister_check("zz_after_the_broken_one")
    monkeypatch.setattr(_registry, "entry_points", lambda group: [])
    monkeypatch.setattr(_registry, "_PLUGINS_LOADED", False)
    assert "sum" in kinds()


def test_check_of_something_that_is_not_a_corpus_says_what_it_takes() -> None:
    with pytest.raises(TypeError, match=r"check\(\) takes a Corpus from factcheck.load\(\), "
                                        r"not str"):
        check("claims")  # type: ignore[arg-type]


@pytest.mark.parametrize(("field", "given", "message"), [
    ("acknowledgements", [1], "the corpus's acknowledgements hold an int (1), where each is "
     "an Acknowledgement"),
    ("checks", ["x"], "the corpus's checks hold a str ('x'), where each is a CheckSpec"),
    ("claims", {"a": 1}, "the corpus's claims hold an int (1) at 'a', where each is a Claim"),
    ("sources", {"s": "text"}, "the corpus's sources hold a str ('text') at 's', where each is "
     "a Source"),
    # the located warnings as text: warnings=[1] was taken, as no other field's wrong item
    ("warnings", [1], "the corpus's warnings hold an int (1), where each is a str"),
])
def test_a_corpus_built_with_the_wrong_kind_of_item_is_a_type_error(
        field: str, given: object, message: str) -> None:
    """A corpus given an int for an acknowledgement, a str for a check or an int for a claim
    (dataclasses.replace(corpus, claims={"a": 1})) failed inside check() with an
    AttributeError ('int' object has no attribute 'source'), naming neither the field nor
    what it held."""
    corpus = replace(make_corpus(CLAIMS), **{field: given})
    with pytest.raises(TypeError) as caught:
        check(corpus)
    assert str(caught.value) == (
        f"check() takes a Corpus from factcheck.load(): {message}")
    check(make_corpus(CLAIMS))  # the corpus as built is taken


@pytest.mark.parametrize("field", ["claims", "sources", "metrics"])
def test_a_corpus_that_holds_an_item_under_another_id_is_refused(field: str) -> None:
    """A corpus built by hand with claims={"x": claim_a} was checked: its agreement finding
    named claim 'a', while a sum over 'a' said that claim 'a' does not exist."""
    corpus = make_corpus(CLAIMS)
    held = dict(getattr(corpus, field))
    first = next(iter(held))
    misfiled = replace(corpus, **{field: {"x": held.pop(first), **held}})
    noun = type(getattr(corpus, field)[first]).__name__
    with pytest.raises(ValueError) as caught:
        check(misfiled)
    assert str(caught.value) == (
        f"check() takes a Corpus that holds each item under its own id: the corpus's "
        f"{field} hold the {noun} {first!r} under 'x'; build them as "
        f"{field}={{item.id: item for item in ...}}")


def test_a_corpus_trimmed_of_a_claims_source_or_metric_is_a_located_error() -> None:
    """A corpus trimmed by hand keeps claims whose source or metric it dropped: a located
    error naming them, not a KeyError from inside a check."""
    corpus = make_corpus(CLAIMS)
    trimmed = replace(corpus, sources={k: v for k, v in corpus.sources.items() if k != "src-a"},
                      metrics={k: v for k, v in corpus.metrics.items() if k != "inv2"})
    with pytest.raises(LoadErrors) as caught:
        check(trimmed)
    assert [str(e).splitlines()[0] for e in caught.value.errors] == [
        "claims.yaml:1:1: [q] the claim's metric 'inv2' is not in the corpus",
        "claims.yaml:1:1: [a] the claim's source 'src-a' is not in the corpus",
    ]
    assert all(isinstance(e, CheckError) for e in caught.value.errors)
