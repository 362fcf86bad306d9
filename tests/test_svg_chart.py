"""The hand-written SVG line chart of the HTML report."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck._svg_chart import HEIGHT, WIDTH, Point, line_chart


def circles(svg: str, group: str) -> list[ET.Element]:
    found = ET.fromstring(svg).find(f"g[@class='{group}']")
    return [] if found is None else list(found.iter("circle"))


@given(st.lists(st.fractions(min_value=-10**12, max_value=10**12), min_size=2, max_size=30))
def test_points_fit_the_plot_in_value_order(values: list[Fraction]) -> None:
    points = [Point(f"t{i}", v, str(v), f"c{i}: {v}") for i, v in enumerate(values)]
    svg = line_chart("x", "title", points)
    dots = circles(svg, "points")
    assert [d.findtext("title") for d in dots] == [p.tooltip for p in points]
    xs = [float(d.get("cx", "")) for d in dots]
    ys = [float(d.get("cy", "")) for d in dots]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)
    assert all(0 < x < WIDTH and 0 < y < HEIGHT for x, y in zip(xs, ys, strict=True))
    for a, ya in zip(values, ys, strict=True):
        for b, yb in zip(values, ys, strict=True):
            if a > b:
                assert ya <= yb  # higher values are drawn higher up (a smaller y)
    assert circles(svg, "marked") == []


def test_a_flat_series_is_drawn_mid_height() -> None:
    svg = line_chart("flat", "t", [Point("a", Fraction(5), "5", "5"),
                                   Point("b", Fraction(5), "5", "5")])
    ys = {float(d.get("cy", "")) for d in circles(svg, "points")}
    assert len(ys) == 1 and 0 < ys.pop() < HEIGHT


def test_marked_points_are_ringed_and_in_the_legend() -> None:
    svg = line_chart("m", "t", [Point("a", Fraction(3), "3", "a: 3"),
                                Point("b", Fraction(1), "1", "b: 1", marked=True)],
                     marked_legend="falls")
    assert [c.findtext("title") for c in circles(svg, "marked")] == ["b: 1"]
    legend = ET.fromstring(svg).find("g[@class='legend']")
    assert legend is not None and [t.text for t in legend.iter("text")] == ["points", "falls"]


def test_text_is_escaped_and_nothing_is_fetched() -> None:
    svg = line_chart('"><script>', "<b>t</b>", [Point("<i>", Fraction(1), "&1", "<x>"),
                                                 Point("b", Fraction(2), "2", "y")])
    root = ET.fromstring(svg)  # well-formed: every text was escaped
    assert root.get("id") == 'chart-"><script>'
    assert root.findtext("title") == "<b>t</b>"
    assert "<script" not in svg and "href" not in svg and "url(" not in svg


def test_close_values_keep_one_label() -> None:
    points = [Point("a", Fraction(1000), "1000", "a"), Point("b", Fraction(1001), "1001", "b"),
              Point("c", Fraction(2000), "2000", "c")]
    labels = [t.text for t in ET.fromstring(line_chart("c", "t", points)).find(
        "g[@class='y-axis']").iter("text")]
    assert labels == ["2000", "1001"]  # 1000 sits under 1001: its grid line stays, unlabelled


def test_one_point_is_refused() -> None:
    with pytest.raises(ValueError, match="at least two points"):
        line_chart("x", "t", [Point("a", Fraction(1), "1", "1")])
