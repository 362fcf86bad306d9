"""reference: a stated distance against the WGS84 geodesic between reference places."""

from fractions import Fraction

import pytest
from claim_factory import make_claim, make_corpus, spec

from factcheck import Location, Place, Status, check
from factcheck.checks.reference import geodesic_metres

SHENZHEN = Place("shenzhen", "深圳", Fraction("22.5431"), Fraction("114.0579"), "test",
                 Location("places.yaml", 1, 1))
HARBIN = Place("harbin", "哈尔滨", Fraction("45.7567"), Fraction("126.6424"), "test",
               Location("places.yaml", 2, 1))


def run(value: str):  # type: ignore[no-untyped-def]
    corpus = make_corpus([make_claim("d", value)],
                         [spec("reference", "r", claim="d", **{"from": "shenzhen",
                                                              "to": "harbin"})])
    corpus = type(corpus)(**{**corpus.__dict__, "places": {"shenzhen": SHENZHEN,
                                                          "harbin": HARBIN}})
    [finding] = [f for f in check(corpus) if f.kind == "reference"]
    return finding


def test_geodesic_is_exact_whole_metres() -> None:
    metres = geodesic_metres(SHENZHEN, HARBIN)
    assert metres == 2816390
    assert isinstance(metres, Fraction)


def test_3000_km_is_a_round_number_discrepancy_showing_the_reference() -> None:
    finding = run("3000公里")
    assert finding.status is Status.DISCREPANCY
    assert "2816.39公里" in finding.message
    assert finding.difference == "183.61公里"
    assert finding.relative == "6.5%"
    assert ("reference", "2816.39公里") in finding.extra
    assert finding.arithmetic[2] == "3000公里 - 2816.39公里 = 183.61公里"
    assert run("2000公里").arithmetic[2] == "2000公里 - 2816.39公里 = -816.39公里"


def test_about_3000_km_is_judged_no_harder_than_3000_km() -> None:
    # 约3000公里 was a conflict (only its 5% counted) where 3000公里 is a discrepancy.
    finding = run("约3000公里")
    assert finding.status is Status.DISCREPANCY
    assert "[2500公里, 3500公里)" in "\n".join(finding.arithmetic)
    assert run("约2900公里").status is Status.CONSISTENT  # within its 5%
    assert run("约4000公里").status is Status.CONFLICT


def test_2800_km_is_within_the_rounding_of_its_hundreds() -> None:
    assert run("2800公里").status is Status.DISCREPANCY


def test_exactly_stated_distance_is_consistent() -> None:
    assert run("2816.39公里").status is Status.CONSISTENT


def test_far_off_distance_conflicts() -> None:
    finding = run("2000公里")
    assert finding.status is Status.CONFLICT
    assert finding.message.startswith("2000公里 is 816.39公里 (29%) off the reference")


def test_non_distance_claim_is_not_checkable() -> None:
    assert run("3000家").status is Status.NOT_CHECKABLE
    # it read "the claim is not a distance", naming neither the figure nor what it is in
    assert run("3000平方公里").message == (
        "Not checkable: 3000平方公里 is in 平方公里 (length ** 2), not a distance.")
    assert run("3000家").message == "Not checkable: 3000家 is in 家 (firm), not a distance."


def test_a_range_is_as_far_off_as_its_nearest_end() -> None:
    # 1000-2000公里 was "1816.39公里 (64.5%) off", measured from its low end, as if the
    # article had said 1000公里; its nearest end, 2000公里, is 816.39公里 off
    finding = run("1000-2000公里")
    assert finding.status is Status.CONFLICT
    assert finding.message == (
        "1000-2000公里 is, at its nearest end, 816.39公里 (29%) off the reference distance "
        "2816.39公里, more than its written precision allows.")
    assert finding.difference == "816.39公里"
    assert finding.arithmetic[2] == (
        "2000公里 (the nearest end of 1000-2000公里) - 2816.39公里 = -816.39公里")
    assert run("3000-4000公里").difference == "183.61公里"
    inside = run("2000-3000公里")
    assert inside.status is Status.CONSISTENT
    assert inside.difference == "0公里"
    assert inside.arithmetic[2] == "2816.39公里 lies between the ends of 2000-3000公里"


def test_a_qualified_distance_holds_the_reference_by_what_it_means() -> None:
    # 超过2000公里 "matches the reference distance 2816.39公里 within its written precision"
    # said something false: no precision of 2000 reaches 2816.39; 超过 does
    assert run("超过2000公里").message == (
        "The reference distance 2816.39公里 lies inside 超过2000公里, i.e. (2000公里, +∞).")
    assert run("约2900公里").message == (
        "The reference distance 2816.39公里 lies inside 约2900公里, i.e. [2755公里, 3045公里].")
    assert run("2816.39公里").message == (
        "2816.39公里 matches the reference distance 2816.39公里 within its written precision.")


def test_a_reference_inside_a_qualified_distance_is_0_off() -> None:
    # 超过2000公里 showed 816.39公里 (29%) although 2816.39公里 lies inside (2000公里, +∞)
    finding = run("超过2000公里")
    assert finding.status is Status.CONSISTENT
    assert (finding.difference, finding.relative) == ("0公里", "0%")  # the claim's unit
    assert finding.arithmetic[2] == "2816.39公里 lies inside what 超过2000公里 means"
    # outside, from the nearest end of what it means; 约 has a value of its own
    assert run("超过3000公里").difference == "183.61公里"
    assert run("约2900公里").difference == "83.61公里"


def test_a_round_end_of_a_range_is_read_as_the_round_number_alone_is() -> None:
    # 2800公里 alone is within the rounding of its hundreds; as the end of 2000-2800公里 it
    # was held to [1999.5公里, 2800.5公里) and a conflict
    finding = run("2000-2800公里")
    assert finding.status is Status.DISCREPANCY
    # a range is no round number: the message names what is read loosely, its round ends
    assert finding.message == ("2000-2800公里 is, at its nearest end, 16.39公里 (0.6%) off the "
                               "reference distance 2816.39公里, within the rounding of its round "
                               "ends.")
    assert finding.arithmetic[1] == ("2000-2800公里 means [1999.5公里, 2800.5公里); with its "
                                     "round ends read loosely at most [1500公里, 2850公里)")
    assert run("2125-2800公里").message.endswith("within the rounding of its round high end.")
    assert run("2000-2810公里").status is Status.CONFLICT  # 2810 read at tens: [2805, 2815)


@pytest.mark.parametrize(("lat", "where"), [
    (SHENZHEN.lat, "at the same point, (22.5431, 114.0579)"),
    (SHENZHEN.lat + Fraction(1, 1000000),  # about 11 cm north
     "less than half a metre apart, at (22.5431, 114.0579) and (22.543101, 114.0579)"),
])
def test_two_places_0_metres_apart_are_no_reference(lat: Fraction, where: str) -> None:
    # two places at one point: the claim was compared with a reference distance of 0米
    # ("5公里 is 5公里 off the reference distance 0米"), a conflict that tests nothing
    same = Place("same", "深圳市民中心", lat, SHENZHEN.lon, "test", Location("places.yaml", 3, 1))
    corpus = make_corpus([make_claim("d", "5公里")],
                         [spec("reference", "r", claim="d", **{"from": "shenzhen",
                                                              "to": "same"})])
    corpus = type(corpus)(**{**corpus.__dict__, "places": {"shenzhen": SHENZHEN,
                                                          "same": same}})
    [finding] = [f for f in check(corpus) if f.kind == "reference"]
    assert finding.status is Status.NOT_CHECKABLE
    assert finding.relative is None
    assert finding.message == (
        f"Not checkable: the places 'shenzhen' (深圳) and 'same' (深圳市民中心) are {where}: "
        "the distance between them is 0, so the check would test nothing; correct the "
        "coordinates of one in `places:`, or name in 'to' the place the article measures "
        "the distance to.")
