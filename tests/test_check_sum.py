"""sum: complete breakdowns match the total; partial ones fit inside it; counts alongside."""

from fractions import Fraction
from pathlib import Path

from claim_factory import make_claim, make_corpus, spec
from hypothesis import given
from hypothesis import strategies as st

from factcheck import Finding, Status, check, format_exact
from tests.corpus_builder import findings_of, write_corpus


def run(claims, **params):  # type: ignore[no-untyped-def]
    [finding] = [f for f in check(make_corpus(claims, [spec("sum", "s", **params)]))
                 if f.kind == "sum"]
    return finding


DAOLI = [
    make_claim("total", "293.9亿元"), make_claim("finance", "206亿元"),
    make_claim("tech", "18.5亿元"), make_claim("projects", "20个"),
    make_claim("finance_n", "4个"), make_claim("tech_n", "8个"),
    make_claim("zhaoshang", "162亿元"), make_claim("aviation", "40亿元"),
]


def test_daoli_subtotals_fit_the_total_with_counts() -> None:
    finding = run(DAOLI, total="total", parts=["finance", "tech"], complete=False,
                  count_total="projects", count_parts=["finance_n", "tech_n"])
    assert finding.status is Status.CONSISTENT
    assert finding.arithmetic == (
        "206亿元 + 18.5亿元 = 224.5亿元 (within [223.95亿元, 225.05亿元))",
        "293.9亿元 - 224.5亿元 = 69.4亿元 left for other items",
        "4个 + 8个 = 12个 (within [12个, 12个])",
        "20个 - 12个 = 8个 left for other items",
    )
    assert finding.difference == "69.4亿元"
    assert [c.role for c in finding.claims] == ["total", "part", "part", "total", "part", "part"]


def test_named_projects_fit_inside_the_finance_subtotal() -> None:
    finding = run(DAOLI, total="finance", parts=["zhaoshang", "aviation"])
    assert finding.status is Status.CONSISTENT
    assert finding.difference == "4亿元"


def test_a_partial_breakdown_over_the_total_conflicts() -> None:
    finding = run([make_claim("t", "206亿元"), make_claim("a", "162亿元"),
                   make_claim("b", "60亿元")], total="t", parts=["a", "b"])
    assert finding.status is Status.CONFLICT
    assert finding.message == "The parts (222亿元) exceed the total 206亿元 (16亿元 over)."


def test_a_round_part_that_may_fit_is_a_discrepancy() -> None:
    # 160 + 50 = 210 over 206; read as rounded, [155, 165) + [45, 55) may be under it
    finding = run([make_claim("t", "206亿元"), make_claim("a", "160亿元"),
                   make_claim("b", "50亿元")], total="t", parts=["a", "b"])
    assert finding.status is Status.DISCREPANCY
    # 162 + 50 = 212: only 161.5 + 45 = 206.5 could fit, and 206.5 rounds to 207, not 206
    finding = run([make_claim("t", "206亿元"), make_claim("a", "162亿元"),
                   make_claim("b", "50亿元")], total="t", parts=["a", "b"])
    assert finding.status is Status.CONFLICT


def test_a_complete_breakdown_must_match() -> None:
    claims = [make_claim("t", "11个"), make_claim("a", "4个"), make_claim("b", "5个")]
    finding = run(claims, total="t", parts=["a", "b"], complete=True)
    assert finding.status is Status.CONFLICT
    assert "do not add up to" in finding.message


def test_round_total_gives_a_discrepancy() -> None:
    claims = [make_claim("t", "300亿元"), make_claim("a", "293.9亿元"), make_claim("b", "10亿元")]
    finding = run(claims, total="t", parts=["a", "b"], complete=True)
    assert finding.status is Status.DISCREPANCY


def test_a_count_row_failing_fails_the_finding() -> None:
    finding = run([*DAOLI[:3], make_claim("projects", "11个"), make_claim("finance_n", "4个"),
                   make_claim("tech_n", "8个")],
                  total="total", parts=["finance", "tech"], count_total="projects",
                  count_parts=["finance_n", "tech_n"])
    assert finding.status is Status.CONFLICT


def test_missing_claims_are_not_checkable() -> None:
    finding = run(DAOLI, total="total", parts=["finance", "nope"])
    assert finding.status is Status.NOT_CHECKABLE
    assert finding.message == "Not checkable: claim 'nope' (parts) does not exist."


def test_a_misspelt_claim_id_names_the_closest_claim() -> None:
    # a typo in a check's claim id makes the check not-checkable, which does not fail a
    # run: the reason points at the fix
    part = run(DAOLI, total="total", parts=["finance", "tehc"])
    assert part.status is Status.NOT_CHECKABLE
    assert part.message == ("Not checkable: claim 'tehc' (parts) does not exist (did you "
                            "mean 'tech'?).")
    total = run(DAOLI, total="totl", parts=["finance", "tech"])
    assert total.message == ("Not checkable: claim 'totl' (total) does not exist (did you "
                             "mean 'total'?).")


def test_units_must_match() -> None:
    finding = run(DAOLI, total="total", parts=["finance", "projects"])
    assert finding.status is Status.NOT_CHECKABLE


def fixed(value: Fraction, decimals: int) -> str:
    """``value`` written with exactly ``decimals`` decimals (trailing zeros kept)."""
    whole = format_exact(value)
    if decimals == 0:
        return whole
    head, _, tail = whole.partition(".")
    return f"{head}.{tail.ljust(decimals, '0')}"


parts_strategy = st.lists(st.integers(1, 10**5), min_size=1, max_size=6)


@given(parts_strategy, st.integers(0, 2))
def test_parts_that_fit_are_consistent(parts: list[int], decimals: int) -> None:
    scale = Fraction(1, 10**decimals)
    texts = [fixed(p * scale, decimals) for p in parts]
    total = fixed(sum(parts) * scale, decimals)
    claims = [make_claim("t", f"{total}亿元"),
              *(make_claim(f"p{i}", f"{t}亿元") for i, t in enumerate(texts))]
    ids = [f"p{i}" for i in range(len(texts))]
    assert run(claims, total="t", parts=ids, complete=True).status is Status.CONSISTENT
    assert run(claims, total="t", parts=ids).status is Status.CONSISTENT


@given(parts_strategy, st.integers(0, 2))
def test_parts_beyond_the_total_precision_are_not_consistent(parts: list[int],
                                                              decimals: int) -> None:
    scale = Fraction(1, 10**decimals)
    texts = [fixed(p * scale, decimals) for p in parts]
    # one more unit in the last written place of the total, plus the parts' own precision
    over = sum(parts) * scale + len(parts) * scale + scale
    total = fixed(sum(parts) * scale, decimals)
    claims = [make_claim("t", f"{total}亿元"),
              *(make_claim(f"p{i}", f"{t}亿元") for i, t in enumerate(texts)),
              make_claim("extra", f"{fixed(over - sum(parts) * scale, decimals)}亿元")]
    ids = [*(f"p{i}" for i in range(len(texts))), "extra"]
    finding = run(claims, total="t", parts=ids, complete=True)
    assert finding.status is not Status.CONSISTENT


def test_a_part_under_an_amount_is_not_negative() -> None:
    # 不到5家 is at least zero firms, so 92家 of parts already exceed a total of 81家
    finding = run([make_claim("total", "81家"), make_claim("big", "92家"),
                   make_claim("few", "不到5家")], total="total", parts=["big", "few"])
    assert finding.status is Status.CONFLICT
    money = run([make_claim("total", "81.5亿元"), make_claim("big", "92.5亿元"),
                 make_claim("few", "5亿元以下")], total="total", parts=["big", "few"])
    assert money.status is Status.CONFLICT


def test_a_conflict_with_a_qualified_total_names_what_it_means() -> None:
    # 12 + 18 is exactly 30: not "0个 apart" from 不到30个, which means [0, 30)
    finding = run([make_claim("t", "不到30个"), make_claim("a", "12个"),
                   make_claim("b", "18个")], total="t", parts=["a", "b"], complete=True)
    assert finding.status is Status.CONFLICT
    assert finding.message == ("The parts (30个) do not add up to the total 不到30个, which "
                               "means [0个, 30个).")
    # measured between what the figures mean, as bound measures it: 30个 only touches
    # [0个, 30个), no bare "0个"
    assert finding.difference == "0个 (touching)"
    # 41 is one over the most that 30余个 can be, not 11
    finding = run([make_claim("t", "30余个"), make_claim("a", "23个"),
                   make_claim("b", "18个")], total="t", parts=["a", "b"])
    assert finding.status is Status.CONFLICT
    assert finding.message == ("The parts (41个) exceed the total 30余个, which means "
                               "(30个, 40个).")
    assert finding.difference == "1个"


def test_a_conflict_with_a_total_with_no_upper_end_has_a_difference() -> None:
    # a complete 300家 + 100家 against 超过500家 is a conflict that had no difference
    finding = run([make_claim("t", "超过500家"), make_claim("a", "300家"),
                   make_claim("b", "100家")], total="t", parts=["a", "b"], complete=True)
    assert finding.status is Status.CONFLICT
    assert finding.message == ("The parts (400家) do not add up to the total 超过500家, which "
                               "means (500家, +∞).")
    assert finding.difference == "100家"  # from 400家 to 超过500家's end, 500家


def test_percentages_differ_in_percentage_points() -> None:
    # 30% + 40% + 25% is 95%: 5 points short of 100%, not "5%" (which would be 5% of it)
    finding = run([make_claim("t", "100%"), make_claim("a", "30%"), make_claim("b", "40%"),
                   make_claim("c", "25%")], total="t", parts=["a", "b", "c"], complete=True)
    assert finding.difference == "5个百分点"


def test_a_partial_sum_that_no_parts_could_fail_is_not_checkable() -> None:
    from claim_factory import make_claim, make_corpus, spec

    from factcheck import Status, check

    def run(amount: str, *parts: str, complete: bool = False,  # type: ignore[no-untyped-def]
            **counts: str):
        claims = [make_claim("t", amount, metric="t"),
                  *(make_claim(f"p{i}", v, metric=f"p{i}") for i, v in enumerate(parts))]
        params: dict[str, object] = {"total": "t", "parts": [f"p{i}" for i in range(len(parts))],
                                     "complete": complete}
        if counts:
            claims += [make_claim("ct", counts["total"], metric="ct"),
                       make_claim("cp", counts["part"], metric="cp")]
            params.update(count_total="ct", count_parts=["cp"])
        [finding] = [f for f in check(make_corpus(claims, [spec("sum", "s", **params)]))
                     if f.kind == "sum"]
        return finding

    # parts always fit inside a total with no upper end: it tested nothing
    open_total = run("超过500个", "57个", "76个")
    assert open_total.status is Status.NOT_CHECKABLE
    assert open_total.message == ("Not checkable: the parts (133个) fit inside the total "
                                  "超过500个, which has no upper end, so any parts would.")
    # beside an amount that can fail, the count row is said to be unbounded, and the
    # amount decides the verdict
    mixed = run("4901亿元", "1901.99亿元", total="超过500个", part="133个")
    assert mixed.status is Status.CONSISTENT
    assert mixed.message.endswith("fit inside the total 超过500个, which has no upper end, "
                                  "so any parts would.")
    assert run("1000亿元", "1901.99亿元", total="超过500个",
               part="133个").status is Status.CONFLICT
    # a complete breakdown can still miss an open total, and meet it
    short = run("超过500个", "57个", "76个", complete=True)
    assert short.status is Status.CONFLICT
    assert short.message == ("The parts (133个) do not add up to the total 超过500个, which "
                             "means (500个, +∞).")
    assert run("超过500个", "457个", "76个", complete=True).status is Status.CONSISTENT
    # when only the count row can fail, its difference is the finding's (it was the amount
    # row's, which has none against an open total)
    counted = run("超过4000亿元", "1901.99亿元", total="98个", part="133个")
    assert counted.status is Status.CONFLICT
    assert counted.difference == "35个"
    # and so when both rows are consistent: 98个 leaves 3个 for other items
    fits = run("超过4000亿元", "1901.99亿元", total="98个", part="95个")
    assert fits.status is Status.CONSISTENT
    assert fits.difference == "3个"


def test_the_worse_row_decides_whatever_its_order() -> None:
    # the amounts conflict, the counts only differ as round numbers: a conflict
    claims = [make_claim("t", "100亿元"), make_claim("a", "230亿元"), make_claim("n", "30个"),
              make_claim("k", "12个"), make_claim("j", "20个")]
    finding = run(claims, total="t", parts=["a"], complete=True, count_total="n",
                  count_parts=["k", "j"])
    assert finding.status is Status.CONFLICT
    assert finding.message.startswith("The parts (230亿元) do not add up to the total 100亿元")


def test_a_round_total_read_at_its_coarsest_makes_a_discrepancy() -> None:
    # 1234家 + 1567家 = 2801家 misses 3000家 as written, but 3000 may be a rounded 2801
    claims = [make_claim("t", "3000家"), make_claim("a", "1234家"), make_claim("b", "1567家")]
    finding = run(claims, total="t", parts=["a", "b"], complete=True)
    assert finding.status is Status.DISCREPANCY
    assert "only when round numbers are read at their coarsest precision" in finding.message


def test_a_sum_of_intervals_is_closed_only_where_every_one_is() -> None:
    from factcheck._numbers import Interval
    from factcheck.checks._context import plus

    one = Fraction(1)
    assert plus([Interval(0 * one, one, False, True), Interval(one, 2 * one, True, False)]) \
        == Interval(one, 3 * one, False, False)
    assert plus([Interval(0 * one, one, True, True), Interval(one, 2 * one, True, True)]) \
        == Interval(one, 3 * one, True, True)


def test_parts_with_no_lower_end_cannot_fail_a_partial_total() -> None:
    # 不到-5亿元 is (-∞, -5亿元): any total holds such parts, so the row tests nothing
    claims = [make_claim("t", "10亿元"), make_claim("a", "不到-5亿元"), make_claim("b", "3亿元")]
    finding = run(claims, total="t", parts=["a", "b"])
    assert finding.status is Status.NOT_CHECKABLE
    # (the parts were "(-2亿元)", the nominal -5亿元 + 3亿元, though they are below it)
    assert finding.message == ("Not checkable: the parts, in (-∞, -2亿元), fit inside the total "
                               "10亿元, as the parts have no lower end.")


def test_parts_and_total_that_cannot_be_compared_name_their_units() -> None:
    # said as bound, share and growth say it, not in pint's words "(meter, yuan)"
    corpus = make_corpus([make_claim("t", "3000公里"), make_claim("p", "3000元", metric="x")],
                         [spec("sum", "s", total="t", parts=["p"])])
    [finding] = [f for f in check(corpus) if f.id == "sum[s]"]
    assert finding.status is Status.NOT_CHECKABLE
    assert finding.message == ("Not checkable: the parts and total are in 元 (renminbi) and "
                               "公里 (length), which cannot be compared.")


def test_units_that_cannot_be_compared_are_named_as_the_claims_write_them() -> None:
    # a 平方公里 part was named by pint's base unit: "元 (renminbi) and 平方米 (length ** 2)";
    # words of one dimension are named together
    corpus = make_corpus([make_claim("t", "10亿元"), make_claim("p", "3平方公里", metric="x"),
                          make_claim("q", "20亩", metric="y")],
                         [spec("sum", "s", total="t", parts=["p", "q"])])
    [finding] = [f for f in check(corpus) if f.id == "sum[s]"]
    assert finding.message == (
        "Not checkable: the parts and total are in 亩 or 平方公里 (length ** 2) and 元 "
        "(renminbi), which cannot be compared.")


def test_a_percentage_that_cannot_be_compared_is_named_as_written() -> None:
    # 20% of a sum of 元 was "a plain number", a word no claim writes
    corpus = make_corpus([make_claim("t", "10亿元"), make_claim("p", "8亿元", metric="x"),
                          make_claim("q", "20%", metric="y")],
                         [spec("sum", "s", total="t", parts=["p", "q"], complete=True)])
    [finding] = [f for f in check(corpus) if f.id == "sum[s]"]
    assert finding.message == ("Not checkable: the parts and total are in % and 元 "
                               "(renminbi), which cannot be compared.")


def _sum(total: str, parts: list[str], **params: object) -> Finding:
    claims = [make_claim("t", total, metric="t")] + [
        make_claim(f"p{i}", part, metric=f"p{i}") for i, part in enumerate(parts)]
    [finding] = [f for f in check(make_corpus(claims, [spec(
        "sum", "s", total="t", parts=[f"p{i}" for i in range(len(parts))], **params)]))
        if f.kind == "sum"]
    return finding


def test_a_count_is_shown_in_the_classifier_its_claims_write() -> None:
    # 10套 + 3套 inside 14套 read "The parts (13个) fit inside the total 14套." with a
    # difference of 1个: the base's word, not the 套 every claim writes
    inside = _sum("14套", ["10套", "3套"])
    assert inside.status is Status.CONSISTENT
    assert inside.message == "The parts (13套) fit inside the total 14套."
    assert inside.arithmetic == ("10套 + 3套 = 13套 (within [13套, 13套])",
                                 "14套 - 13套 = 1套 left for other items")
    assert inside.difference == "1套"
    over = _sum("不到12套", ["11套", "3套"])
    assert over.message == "The parts (14套) exceed the total 不到12套, which means [0套, 12套)."
    # claims in different words keep the base's word
    assert _sum("14套", ["10个", "3套"]).message == "The parts (13个) fit inside the total 14套."


def test_rates_per_mu_are_shown_per_mu() -> None:
    # 10万元/亩 + 6万元/亩 against 15万元/亩 read "The parts (240元/平方米) add up to the
    # total 15万元/亩", with the arithmetic and the Common unit column per square metre
    finding = _sum("15万元/亩", ["10万元/亩", "6万元/亩"], complete=True)
    assert finding.message == (
        "The parts (16万元/亩) are more than the total 15万元/亩 as written, but add up to it "
        "within the written precision: they lie in [15万元/亩, 17万元/亩), the total in "
        "[14.5万元/亩, 15.5万元/亩).")
    assert finding.arithmetic == (
        "10万元/亩 + 6万元/亩 = 16万元/亩 (within [15万元/亩, 17万元/亩))",
        "15万元/亩 - 16万元/亩 = -1万元/亩 unaccounted for")
    assert finding.difference == "1万元/亩"
    assert [c.shown for c in finding.claims] == ["15万元/亩", "10万元/亩", "6万元/亩"]
    # claims in different per-units keep the common unit
    mixed = _sum("15万元/亩", ["150元/平方米", "6万元/亩"], complete=True)
    assert mixed.message.startswith(
        "The parts (240元/平方米) are more than the total 15万元/亩 as written, but add up to it "
        "within the written precision: they lie in [")
    assert [c.shown for c in mixed.claims] == ["225元/平方米", "150元/平方米", "90元/平方米"]


def test_areas_in_ping_are_shown_in_ping() -> None:
    # 3萬坪 + 2.5萬坪 against 5.445萬坪 read "The parts (2000000/11平方米) exceed the total
    # 5.445萬坪", with every interval, the difference and the Common unit column in p/q
    finding = _sum("5.445萬坪", ["3萬坪", "2.5萬坪"])
    assert finding.message == (
        "The parts (5.5万坪) exceed the total 5.445萬坪 as written, but fit inside it within "
        "the written precision: they lie in [4.95万坪, 6.05万坪), the total in "
        "[5.4445万坪, 5.4455万坪).")
    assert finding.arithmetic == ("3萬坪 + 2.5萬坪 = 5.5万坪 (within [4.95万坪, 6.05万坪))",
                                  "5.445萬坪 - 5.5万坪 = -550坪: the parts exceed the total")
    assert finding.difference == "550坪"
    # 5.445萬坪 is exactly 18万平方米, a finite decimal in the metric word
    assert [c.shown for c in finding.claims] == ["18万平方米", "3万坪", "2.5万坪"]


def test_other_currencies_are_shown_with_magnitude_words() -> None:
    # 100億港元 + 250億港元 against 300億港元 read "The parts (35000000000港元)"
    finding = _sum("300億港元", ["100億港元", "250億港元"])
    assert finding.message == ("The parts (350亿港元) fit inside the total 300億港元 only when "
                               "round numbers are read at their coarsest precision.")
    assert finding.difference == "50亿港元"
    assert [c.shown for c in finding.claims] == ["300亿港元", "100亿港元", "250亿港元"]


def test_parts_that_fit_only_within_written_precision_say_so() -> None:
    # 2.1亿元 + 0.8亿元 read "The parts (2.9亿元) add up to the total 2.8亿元.": consistent,
    # as 2.05亿 + 0.75亿 is 2.8亿, but 2.9 does not add up to 2.8 as written
    over = _sum("2.8亿元", ["2.1亿元", "0.8亿元"], complete=True)
    assert over.status is Status.CONSISTENT
    assert over.message == (
        "The parts (2.9亿元) are more than the total 2.8亿元 as written, but add up to it within "
        "the written precision: they lie in [2.8亿元, 3亿元), the total in [2.75亿元, "
        "2.85亿元).")
    short = _sum("2.8亿元", ["2.1亿元", "0.6亿元"], complete=True)
    assert short.status is Status.CONSISTENT
    assert short.message.startswith("The parts (2.7亿元) fall short of the total 2.8亿元 as "
                                    "written, but add up to it within the written precision")
    partial = _sum("2.8亿元", ["2.1亿元", "0.75亿元"])
    assert partial.status is Status.CONSISTENT
    assert partial.message.startswith("The parts (2.85亿元) exceed the total 2.8亿元 as written, "
                                      "but fit inside it within the written precision")
    # a sum the total's written figure holds is said plainly: 2.84亿 rounds to 2.8亿
    plain = _sum("2.8亿元", ["2.1亿元", "0.74亿元"], complete=True)
    assert plain.message == "The parts (2.84亿元) add up to the total 2.8亿元."


def test_parts_over_a_coarse_total_as_written_say_so() -> None:
    # 6000万元 + 5000万元 read "The parts (1.1亿元) fit inside the total 1亿元." beside
    # "-1000万元 left for other items": 1亿元 may be a rounded 1.1亿元, but as written the
    # parts exceed it, and only its written precision lets them fit
    over = _sum("1亿元", ["6000万元", "5000万元"])
    assert over.status is Status.CONSISTENT
    assert over.message == (
        "The parts (1.1亿元) exceed the total 1亿元 as written, but fit inside it within the "
        "written precision: they lie in [1.0999亿元, 1.1001亿元), the total in [0.5亿元, "
        "1.5亿元).")
    area = _sum("1平方公里", ["800亩", "900亩"])  # 1平方公里 is 1500亩
    assert area.message.startswith("The parts (1700亩) exceed the total 1平方公里 as written")
    # parts under the total's value are said plainly, and so is a qualified total's
    assert _sum("1亿元", ["6000万元", "3000万元"]).message == (
        "The parts (9000万元) fit inside the total 1亿元.")
    assert _sum("近300人", ["150人", "148人"]).message == (
        "The parts (298人) fit inside the total 近300人.")
    # parts that reach a total of 不到 or 近 as written do not fit inside it as written
    # (4亿元 + 6亿元 read "The parts (10亿元) fit inside the total 不到10亿元.")
    reach = _sum("不到10亿元", ["4亿元", "6亿元"])
    assert reach.status is Status.CONSISTENT
    assert reach.message == (
        "The parts (10亿元) reach the total 不到10亿元 as written, but fit inside it within "
        "the written precision: they lie in [9亿元, 11亿元), the total in [0亿元, 10亿元).")
    assert _sum("近300亿元", ["150亿元", "150亿元"]).message.startswith(
        "The parts (300亿元) reach the total 近300亿元 as written")
    # ...also when they are the whole of it; but parts above its open end exceed it
    assert _sum("不到10亿元", ["4亿元", "6亿元"], complete=True).message.startswith(
        "The parts (10亿元) reach the total 不到10亿元 as written, but add up to it")
    assert _sum("不到10亿元", ["超过4亿元", "6亿元"]).message.startswith(
        "The parts, in (10亿元, +∞), exceed the total 不到10亿元 as written")


def test_parts_with_no_single_value_are_summed_as_what_they_mean() -> None:
    # 不到4亿元 + 7亿元 read "= 11亿元" and "are more than the total 10亿元 as written",
    # though as written they are anywhere in [7亿元, 11亿元), 10亿元 among them; and
    # 超过1.2万人 - 12345人 "= -345人 unaccounted for"
    under = _sum("10亿元", ["不到4亿元", "7亿元"], complete=True)
    assert under.status is Status.CONSISTENT
    assert under.message == "The parts, in [7亿元, 11亿元), add up to the total 10亿元."
    assert under.arithmetic == (
        "不到4亿元 + 7亿元 lies in [7亿元, 11亿元) (within [6.5亿元, 11.5亿元))",
        "10亿元 - [7亿元, 11亿元) lies in (-1亿元, 3亿元], unaccounted for",
    )
    assert under.difference == "0亿元"
    ranged = _sum("10亿元", ["3-4亿元", "7亿元"])
    assert ranged.message == "The parts, in [10亿元, 11亿元], fit inside the total 10亿元."
    over = _sum("10亿元", ["近4亿元", "7亿元"], complete=True)
    assert over.message.startswith("The parts, in [10.6亿元, 11亿元), are more than the total "
                                   "10亿元 as written, but add up to it within the written "
                                   "precision")
    more = _sum("超过1.2万人", ["6000人", "6345人"], complete=True)
    assert more.arithmetic[1] == "超过1.2万人 - 1.2345万人 lies in (-345人, +∞), unaccounted for"
    assert more.difference == "0万人"
    # parts with values keep them
    assert _sum("10亿元", ["3亿元", "7亿元"]).arithmetic == (
        "3亿元 + 7亿元 = 10亿元 (within [9亿元, 11亿元))",
        "10亿元 - 10亿元 = 0亿元 left for other items")


def test_what_a_partial_breakdown_leaves_for_other_items_is_never_below_0() -> None:
    # 10亿元 - [7亿元, 11亿元) "lies in (-1亿元, 3亿元], left for other items": the other
    # items add to the parts (so parts over the total fail), and what they come to is 0 or
    # more; the lines of parts that already exceed the total said "-1000万元 left"
    straddles = _sum("10亿元", ["不到4亿元", "7亿元"])
    assert straddles.status is Status.CONSISTENT
    assert straddles.arithmetic[1] == "10亿元 - [7亿元, 11亿元) lies in [0亿元, 3亿元], left for other items"
    unbounded = _sum("超过1.2万人", ["6000人", "6345人"])
    # its 0 in the figures' word, as the 0 of [0亿元, 3亿元] (was [0人, +∞))
    assert unbounded.arithmetic[1] == "超过1.2万人 - 1.2345万人 lies in [0万人, +∞), left for other items"
    # parts that may reach the total leave 0 at least, in the word the figures write
    reach = _sum("10亿元", ["3-4亿元", "7亿元"])
    assert reach.arithmetic[1] == "10亿元 - [10亿元, 11亿元] lies in [0亿元, 0亿元], left for other items"
    # nothing is left: the parts exceed the total as written, as the message says
    over = _sum("10亿元", ["近4亿元", "7亿元"])
    assert over.message.startswith("The parts, in [10.6亿元, 11亿元), exceed the total 10亿元 as "
                                   "written")
    assert over.arithmetic[1] == ("10亿元 - [10.6亿元, 11亿元) lies in (-1亿元, -0.6亿元]: the "
                                  "parts exceed the total")
    conflict = _sum("206亿元", ["162亿元", "60亿元"])
    assert conflict.message == "The parts (222亿元) exceed the total 206亿元 (16亿元 over)."
    assert conflict.arithmetic[1] == "206亿元 - 222亿元 = -16亿元: the parts exceed the total"
    # a remainder of 0 or more, and a complete breakdown's (the parts may be over or under
    # a rounded total), are shown as they were
    assert _sum("10亿元", ["3亿元", "7亿元"]).arithmetic[1] == (
        "10亿元 - 10亿元 = 0亿元 left for other items")
    assert _sum("14套", ["不到4套", "10套"]).arithmetic[1] == (
        "14套 - [10套, 14套) lies in (0套, 4套], left for other items")
    assert _sum("10亿元", ["不到4亿元", "7亿元"], complete=True).arithmetic[1] == (
        "10亿元 - [7亿元, 11亿元) lies in (-1亿元, 3亿元], unaccounted for")


def test_parts_that_add_up_to_0_are_shown_in_their_word() -> None:
    # 0亿元 + 0亿元 read "= 0元" and "The parts (0元)": a 0 has no size of its own, and is
    # shown in the word its figures write, as agreement shows two 0亿元 0亿元 apart
    finding = _sum("0亿元", ["0亿元", "0亿元"], complete=True)
    assert finding.message == "The parts (0亿元) add up to the total 0亿元."
    assert finding.arithmetic[0].startswith("0亿元 + 0亿元 = 0亿元 (within ")
    assert finding.difference == "0亿元"
    assert _sum("10亿元", ["3亿元", "-3亿元"]).arithmetic[0].startswith("3亿元 + -3亿元 = 0亿元")


def test_counts_that_are_no_counts_are_not_checkable() -> None:
    # an area as count_total and count_parts was summed as a count, "0平方米 left for other
    # items", and passed
    corpus = make_corpus([make_claim("t", "10亿元"), make_claim("p", "4亿元", metric="p"),
                          make_claim("n", "3平方公里", metric="n"),
                          make_claim("m", "3平方公里", metric="m")],
                         [spec("sum", "s", total="t", parts=["p"], count_total="n",
                               count_parts=["m"])])
    [finding] = [f for f in check(corpus) if f.id == "sum[s]"]
    assert finding.status is Status.NOT_CHECKABLE
    assert finding.message == (
        "Not checkable: count_total and count_parts are in 平方公里 (length ** 2), not counts "
        "of items (家, 个, 人): give amounts as total and parts, and counts as count_total and "
        "count_parts.")
    counted = make_corpus([make_claim("t", "10亿元"), make_claim("p", "4亿元", metric="p"),
                           make_claim("n", "20个", metric="n"), make_claim("m", "8个", metric="m")],
                          [spec("sum", "s", total="t", parts=["p"], count_total="n",
                                count_parts=["m"])])
    [fine] = [f for f in check(counted) if f.id == "sum[s]"]
    assert fine.status is Status.CONSISTENT


def test_parts_that_add_up_exactly_leave_nothing_in_the_totals_unit() -> None:
    # 0 was shown in the base unit, "0元", where the figures are in 亿元 (as 0 apart is
    # 0亿元 in agreement and bound)
    claims = [make_claim("t", "1.2万亿元"), make_claim("a", "8000亿元"),
              make_claim("b", "4000亿元")]
    finding = run(claims, total="t", parts=["a", "b"], complete=True)
    assert finding.status is Status.CONSISTENT
    assert finding.arithmetic[1] == "1.2万亿元 - 12000亿元 = 0亿元 unaccounted for"
    assert finding.difference == "0亿元"


def test_what_parts_leave_of_a_total_with_no_upper_end_is_in_the_figures_word() -> None:
    # 超过10亿元 - 10亿元 "lies in (0元, +∞)": the 0 had no other end to take a word from
    finding = _sum("超过10亿元", ["4亿元", "6亿元"])
    assert finding.arithmetic[-1] == ("超过10亿元 - 10亿元 lies in (0亿元, +∞), left for other "
                                      "items")


def test_what_parts_of_percentages_leave_is_in_percentage_points() -> None:
    # "100% - 100.1% = -0.1% unaccounted for" beside a difference of 0.1个百分点: one
    # finding, one unit for a difference of two percentages
    finding = _sum("100%", ["45.5%", "30.2%", "24.4%"], complete=True)
    assert finding.arithmetic[-1] == "100% - 100.1% = -0.1个百分点 unaccounted for"
    assert finding.difference == "0.1个百分点"
    ranged = _sum("100%", ["约30%", "近40%", "超过30%"], complete=True)
    assert ranged.arithmetic[-1] == (
        "100% - (96%, +∞) lies in (-∞, 4个百分点), unaccounted for"), ranged.arithmetic
    apart = _sum("100%", ["25.5%", "20.2%", "4.4%"], complete=True)
    assert apart.status is Status.CONFLICT
    assert apart.message == (
        "The parts (50.1%) do not add up to the total 100% (49.9个百分点 apart).")


def test_parts_in_yuan_beside_a_total_in_another_currency_are_hinted_its_unit() -> None:
    # 總投資達HK$300億，其中政府撥款200億元，其餘100億元: the 元 of the parts may be the Hong
    # Kong dollar, which the message did not say (and `unit: 港元` on the parts checks it)
    corpus = make_corpus([make_claim("t", "300億", unit="港元"),
                          make_claim("p", "200億元", metric="x"),
                          make_claim("q", "100億元", metric="y")],
                         [spec("sum", "s", total="t", parts=["p", "q"], complete=True)])
    [finding] = [f for f in check(corpus) if f.id == "sum[s]"]
    assert finding.status is Status.NOT_CHECKABLE
    assert finding.message == (
        "Not checkable: the parts and total are in 元 (renminbi) and 港元 (Hong Kong dollar), which "
        "cannot be compared: where the 元 of '200億元' and '100億元' is the article's 港元 (an "
        "article in Hong Kong, Taiwan or Macau may write a bare 元 for its dollar), give "
        "those claims `unit: 港元`.")
    fixed = make_corpus([make_claim("t", "300億", unit="港元"),
                         make_claim("p", "200億元", unit="港元", metric="x"),
                         make_claim("q", "100億元", unit="港元", metric="y")],
                        [spec("sum", "s", total="t", parts=["p", "q"], complete=True)])
    assert next(f for f in check(fixed) if f.id == "sum[s]").status is Status.CONSISTENT


def test_yuan_beside_a_unit_of_no_currency_is_given_no_currency_hint() -> None:
    corpus = make_corpus([make_claim("t", "300億元"), make_claim("p", "200億家", metric="x")],
                         [spec("sum", "s", total="t", parts=["p"])])
    [finding] = [f for f in check(corpus) if f.id == "sum[s]"]
    assert finding.message.endswith("which cannot be compared.")


def test_a_traditional_article_s_computed_figures_are_in_simplified(tmp_path: Path) -> None:
    # docs/checks.md: what a check computes is in Simplified, whatever the article's
    # script; the claims' own values stay as written (7.5億港元, 3項)
    path = write_corpus(tmp_path, "總額12.5億港元，甲項7.5億港元，乙項5億港元。共8項，甲3項，乙4項。", """\
claims:
  - {id: t, quote: 總額12.5億港元, value: 12.5億港元, entity: s, metric: t, as_of: "2023"}
  - {id: a, quote: 甲項7.5億港元, value: 7.5億港元, entity: s, metric: a, as_of: "2023"}
  - {id: b, quote: 乙項5億港元, value: 5億港元, entity: s, metric: b, as_of: "2023"}
  - {id: n, quote: 共8項, value: 8項, entity: s, metric: n, as_of: "2023"}
  - {id: x, quote: 甲3項, value: 3項, entity: s, metric: x, as_of: "2023"}
  - {id: y, quote: 乙4項, value: 4項, entity: s, metric: y, as_of: "2023"}
""", """\
checks:
  - {kind: sum, id: money, total: t, parts: [a, b], complete: true}
  - {kind: sum, id: items, total: n, parts: [x, y]}
""")
    registry = path / "registry.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace(
        "script: simplified", "script: traditional"), encoding="utf-8")
    found = {f.id: f for f in findings_of(path)}
    assert found["sum[money]"].arithmetic[0].startswith("7.5億港元 + 5億港元 = 12.5亿港元 ")
    assert found["sum[money]"].message == "The parts (12.5亿港元) add up to the total 12.5億港元."
    assert found["sum[items]"].arithmetic[0].startswith("3項 + 4項 = 7项 ")
