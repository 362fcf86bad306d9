"""bound: an exact figure must lie inside a qualified figure's interval."""

from claim_factory import make_claim, make_corpus, spec

from factcheck import Finding, Status, check


def run(qualified: str, exact: str, unit: str | None = None):  # type: ignore[no-untyped-def]
    claims = [make_claim("q", qualified, unit=unit), make_claim("x", exact)]
    [finding] = [f for f in check(make_corpus(claims, [spec("bound", "b", qualified="q",
                                                            exact="x")])) if f.kind == "bound"]
    return finding


def test_near_300_yi_holds_293_9() -> None:
    finding = run("近300亿", "293.9亿元", unit="元")
    assert finding.status is Status.CONSISTENT
    assert finding.message == "293.9亿元 lies inside 近300亿, i.e. [270亿元, 300亿元)."
    # 近300亿 is [270亿, 300亿), of which 300亿 is only an end: 293.9亿元 lies inside it, 0
    # from it (it was "6.1亿元 (2%)", a difference on figures that agree)
    assert (finding.difference, finding.relative) == ("0亿元", "0%")  # not 0元
    below = run("近300亿", "250亿元", unit="元")
    assert below.status is Status.CONFLICT
    assert below.difference == "20亿元"  # from 270亿元, the nearest of what 近300亿 means
    assert below.relative == "6.7%"  # of the qualified figure (20 / 300), not of 250


def test_a_qualified_figure_at_0_gives_no_relative_difference() -> None:
    # 2个 over 0-3个 is no share of its 0: relative was "n/a", which the JSON (a relative
    # difference such as "6.7%", or null) does not allow
    finding = run("0-3个", "5个")
    assert finding.status is Status.CONFLICT
    assert (finding.difference, finding.relative) == ("2个", None)
    assert run("超过0个", "3个").relative is None


def test_percentages_differ_in_percentage_points() -> None:
    # 31% is 1 point from 近30%, as every other kind says of two percentages, not "1%"
    finding = run("近30%", "31%")
    assert finding.status is Status.CONFLICT
    assert finding.difference == "1个百分点"


def test_percentage_points_are_not_placed_in_a_percentage() -> None:
    # 增长4.8个百分点 is a difference of two percentages, not a rate inside 近5%
    finding = run("近5%", "4.8个百分点")
    assert finding.status is Status.NOT_CHECKABLE
    assert finding.message == (
        "Not checkable: 4.8个百分点 is in percentage points, the difference of two "
        "percentages, and 近5% a percentage, which cannot be compared.")
    assert run("近5个百分点", "4.8个百分点").status is Status.CONSISTENT


def test_close_to_5000_yi_holds_4901() -> None:
    assert run("接近5000亿元", "4901亿元").status is Status.CONSISTENT


def test_more_than_600_firms() -> None:
    assert run("超600家", "612家").status is Status.CONSISTENT
    finding = run("超600家", "590家")
    assert finding.status is Status.CONFLICT
    assert finding.message == "590家 lies outside 超600家, which means (600家, +∞)."
    # 600家 may be 612家 rounded, as agreement reads round numbers: a discrepancy
    finding = run("超600家", "600家")
    assert finding.status is Status.DISCREPANCY
    assert finding.message == (
        "600家 lies outside 超600家, which means (600家, +∞), but inside it when round "
        "numbers are read at their coarsest precision (超600家 as (600家, +∞), 600家 as "
        "[550家, 650家)).")


def test_about_is_read_as_a_round_number_as_agreement_reads_it() -> None:
    # 约300亿 is [285亿, 315亿] within its 5%, but 300亿 may be rounded to the hundred 亿
    assert run("约300亿元", "320亿元").status is Status.DISCREPANCY
    assert run("约300亿元", "360亿元").status is Status.CONFLICT


def test_just_under_excludes_values_above() -> None:
    assert run("近300亿", "301亿元", unit="元").status is Status.CONFLICT
    # 300亿元 is 299.5..300.5亿: only its written precision reaches below 300
    assert run("近300亿", "300亿元", unit="元").status is Status.DISCREPANCY


def test_exact_precision_reaching_in_is_a_discrepancy() -> None:
    # 300.0亿 is 299.95..300.05亿; 近300亿 is [270, 300)
    finding = run("近300亿", "300.0亿元", unit="元")
    assert finding.status is Status.DISCREPANCY
    # it read "lies outside [270亿元, 300亿元)", naming neither 近300亿 nor how far 300.0亿元
    # reaches
    assert finding.message == ("300.0亿元 lies outside 近300亿, i.e. [270亿元, 300亿元), as "
                               "written, but inside it within its own written precision "
                               "([299.95亿元, 300.05亿元)).")


def test_far_below_just_under_is_a_conflict() -> None:
    assert run("近300亿", "200亿元", unit="元").status is Status.CONFLICT


def _bound(qualified: str, exact: str) -> Finding:
    claims = [make_claim("q", qualified, metric="a"), make_claim("e", exact, metric="b")]
    [finding] = [f for f in check(make_corpus(claims, [spec("bound", "b", qualified="q",
                                                            exact="e")]))
                 if f.kind == "bound"]
    return finding


def test_a_qualified_exact_figure_is_placed_by_all_it_means() -> None:
    # 近600家 was read as its bare 600: "lies inside 600家以上"
    assert _bound("600家以上", "近600家").status is Status.CONFLICT
    assert _bound("300亿元以下", "超300亿元").status is Status.CONFLICT
    assert _bound("超600家", "600多家").status is Status.CONSISTENT  # (600, 700) inside
    assert _bound("近300亿元", "约290亿元").status is Status.DISCREPANCY  # partly inside


def test_a_range_is_placed_by_its_ends_as_written() -> None:
    # as 6亿元 is placed by its value, 5-6亿元 is by its ends: at most 6亿元 holds it
    assert run("不超过6亿元", "5-6亿元").status is Status.CONSISTENT
    assert run("近300亿元", "270-290亿元").status is Status.CONSISTENT
    assert run("不超过6亿元", "5-7亿元").status is Status.DISCREPANCY
    # placed by its ends, 5-6亿元 is outside 超6亿元; as written ([4.5亿, 6.5亿)) partly in
    finding = run("超6亿元", "5-6亿元")
    assert finding.status is Status.DISCREPANCY
    assert finding.message.startswith("5-6亿元 means [4.5亿元, 6.5亿元), only partly inside")


def test_a_range_is_as_far_off_as_its_nearest_written_end() -> None:
    from claim_factory import make_claim, make_corpus, spec

    from factcheck import check

    # the difference was taken from the range's low end: 5-6亿元 was 295亿元 from
    # 近300亿元, and 1000-2000个 500个 from 超过500个 (as far as 1000个 alone); each figure
    # is now placed by what it means, so a range inside 超过500个 is 0 from it
    def bound(qualified: str, exact: str):  # type: ignore[no-untyped-def]
        claims = [make_claim("q", qualified, metric="q"), make_claim("e", exact, metric="e")]
        [finding] = [f for f in check(make_corpus(claims, [spec("bound", "b", qualified="q",
                                                                exact="e")]))
                     if f.kind == "bound"]
        return finding

    far = bound("近300亿元", "5-6亿元")
    assert far.status is Status.CONFLICT
    assert (far.difference, far.relative) == ("264亿元", "88%")  # 6亿元 to 270亿元
    assert bound("超过500个", "1000-2000个").difference == "0个"
    assert bound("不超过6亿元", "5-7亿元").difference == "0亿元"  # 6亿元 is between its ends
    assert bound("约300亿元", "5-6亿元").difference == "294亿元"  # 约300亿 has a value: 300亿


def test_figures_of_different_dimensions_are_named_with_their_units() -> None:
    finding = run("近3000人", "286家")
    assert finding.status is Status.NOT_CHECKABLE
    assert finding.message == ("Not checkable: 近3000人 is in 人 (person) and 286家 in 家 "
                               "(firm), which cannot be compared.")


def test_a_date_is_named_as_the_figure_that_cannot_be_bounded() -> None:
    from dataclasses import replace

    from factcheck import parse_period

    day = replace(make_claim("x", "5个"), quantity=None, date=parse_period("2021-05"))
    [finding] = [f for f in check(make_corpus([make_claim("q", "近10个"), day],
                                              [spec("bound", "b", qualified="q", exact="x")]))
                 if f.kind == "bound"]
    assert finding.message == "Not checkable: claim 'x' is a date, not a quantity."


def test_a_figure_inside_a_qualified_one_is_0_from_it() -> None:
    # 0% against 不到1% was "1个百分点 (100%)" off, and 612家 against 超600家 12家: the
    # qualified figure's nominal value is only an end of what it means
    under = run("不到1%", "0%")
    assert under.status is Status.CONSISTENT
    assert (under.difference, under.relative) == ("0个百分点", "0%")
    more = run("超600家", "612家")
    assert more.status is Status.CONSISTENT
    assert (more.difference, more.relative) == ("0家", "0%")
    # outside, it is as far as the nearest end of what the qualified figure means
    assert run("2000多家", "3100家").difference == "100家"  # from 3000家, not 2000家
    # 约 has a value of its own: 320亿元 is 20亿元 from 约300亿
    assert run("约300亿", "320亿元", unit="元").difference == "20亿元"


def test_a_count_is_shown_in_the_classifier_its_claims_write() -> None:
    # 超过14套 against 14套 read "which means (14个, +∞)", "14套 = 14个" and a difference of
    # 0个: the base's word, not the 套 both claims write (agreement and series use it)
    over = _bound("超过14套", "14套")
    assert over.status is Status.CONFLICT
    assert over.message == ("14套 lies outside 超过14套, which means (14套, +∞): they only "
                            "touch, at 14套.")
    assert over.arithmetic == ("超过14套 means (14套, +∞) (more-than)", "14套 = 14套")
    assert over.difference == "0套 (touching)"
    partly = _bound("不到20套", "15-25套")
    assert partly.message == ("15-25套 means [15套, 25套], only partly inside 不到20套, "
                              "i.e. [0套, 20套).")
    # claims in different words keep the base's word
    assert _bound("超过14套", "14个").message == (
        "14个 lies outside 超过14套, which means (14个, +∞): they only touch, at 14个.")


def test_figures_whose_ends_only_touch_are_not_0_apart() -> None:
    # 14套 against 超过14套 was a conflict with a difference of "0套", as if the figures
    # met: nothing lies between them, yet they share no value; the message says where
    # they touch, and the difference is marked
    over = _bound("超过14套", "14套")
    assert (over.status, over.difference) == (Status.CONFLICT, "0套 (touching)")
    assert over.relative is None  # not "0%" either
    under = _bound("不到14套", "14套")
    assert under.message == ("14套 lies outside 不到14套, which means [0套, 14套): they only "
                             "touch, at 14套.")
    assert under.difference == "0套 (touching)"
    ranges = _bound("30余家", "40余家")
    assert ranges.status is Status.CONFLICT
    assert ranges.message == ("40余家 lies outside 30余家, which means (30家, 40家): they only "
                              "touch, at 40家.")
    assert ranges.difference == "0家 (touching)"
    # a discrepancy that touches as written is marked too; a figure inside is plainly 0
    assert _bound("超过10家", "10家").difference == "0家 (touching)"
    assert _bound("超过10家", "12家").difference == "0家"
    # so is one only its own precision lets in: 1.2万人 "lies outside 超过1.2万人 ... as
    # written", and was "0人" (0%) from it
    rounded = _bound("超过1.2万人", "1.2万人")
    assert rounded.status is Status.DISCREPANCY
    assert (rounded.difference, rounded.relative) == ("0万人 (touching)", None)
    assert _bound("超过1.2万人", "1.21万人").difference == "0万人"
    # but 约1.2万人 shares values with 超过1.2万人: it does not only touch it (was "0人
    # (touching)" beside "only partly inside")
    about = _bound("超过1.2万人", "约1.2万人")
    assert (about.difference, about.relative) == ("0万人", "0%")
    # figures with a gap keep their message and difference
    far = _bound("超过14套", "12套")
    assert (far.message, far.difference) == (
        "12套 lies outside 超过14套, which means (14套, +∞).", "2套")


def test_a_rate_per_mu_is_shown_per_mu() -> None:
    finding = _bound("近16万元/亩", "16.5万元/亩")
    assert finding.status is Status.CONFLICT
    assert finding.message == ("16.5万元/亩 lies outside 近16万元/亩, which means "
                               "[14.4万元/亩, 16万元/亩).")
    assert finding.arithmetic == ("近16万元/亩 means [14.4万元/亩, 16万元/亩) (just-under)",
                                  "16.5万元/亩 = 16.5万元/亩")
    assert finding.difference == "0.5万元/亩"


def test_the_common_unit_of_a_rate_per_mu_is_per_mu() -> None:
    # the Common unit column read [216元/平方米, 240元/平方米) and 247.5元/平方米
    finding = _bound("近16万元/亩", "16.5万元/亩")
    assert [c.shown for c in finding.claims] == ["[14.4万元/亩, 16万元/亩)", "16.5万元/亩"]


def test_a_span_from_0_to_infinity_is_in_the_word_its_figure_writes() -> None:
    # 超过0亿元 means (0元, +∞): its 0 had no other end to take a word from, and was shown
    # in the base word beside the 亿元 the claim writes
    finding = _bound("超过0亿元", "-0.5亿元")
    assert finding.message == "-0.5亿元 lies outside 超过0亿元, which means (0亿元, +∞)."
    assert finding.arithmetic[0] == "超过0亿元 means (0亿元, +∞) (more-than)"
    assert finding.claims[0].shown == "(0亿元, +∞)"
    # one written in 元 keeps 元, and an end that is no 0 its own word
    assert _bound("超过0元", "-5元").message == "-5元 lies outside 超过0元, which means (0元, +∞)."
    assert _bound("超过5亿元", "4亿元").claims[0].shown == "(5亿元, +∞)"
    assert _bound("不少于0万人", "5人").claims[0].shown == "[0万人, +∞)"
