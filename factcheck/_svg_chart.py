"""A line chart as inline SVG markup: points in order, some of them ringed in red.

Points sit in the middle of equal slots, as in a category chart; text takes the page's
fonts. Written out element by element instead of drawn by a charting library: an
archive's HTML report holds thousands of series charts, and this costs a fraction of a
millisecond per chart where pygal took about seven (docs/reports.md). The markup is
deterministic, has no script, style sheet or external reference, and uses presentation
attributes only, so the page's Content-Security-Policy has nothing to allow. Positions
are floats rounded to 0.1 px; every label is text the caller gives (the exact values).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from ._escape import escape

__all__ = ["Point", "line_chart"]

WIDTH, HEIGHT = 520, 240
_LEFT, _RIGHT, _TOP, _BOTTOM = 100, 24, 26, 62  # legend above the plot, x labels below
_PLOT_W, _PLOT_H = WIDTH - _LEFT - _RIGHT, HEIGHT - _TOP - _BOTTOM
_BLUE, _RED, _GRID, _TEXT = "#3465a4", "#cc0000", "#e4e4e4", "#333333"
_MIN_LABEL_GAP = 12.0  # px between y labels; a closer value keeps its grid line only


@dataclass(frozen=True, slots=True)
class Point:
    """One point of the chart.

    Attributes:
        x_label: the label under the point (an as-of date).
        value: the exact value, which places the point.
        label: the value as the article writes it (超600家), on the value axis.
        tooltip: what hovering the point shows (the claim and its value).
        marked: ring the point in red.
        lang: the language of ``label`` (``zh-Hant`` for 54萬平方米), on its axis label
            and tooltip; none when empty.
    """

    x_label: str
    value: Fraction
    label: str
    tooltip: str
    marked: bool = False
    lang: str = ""


def _px(number: float) -> str:
    text = f"{number:.1f}"
    return text.removesuffix(".0")


def _tag(lang: str) -> str:
    """A ``lang`` attribute, or nothing for an unknown language."""
    return f' lang="{escape(lang)}"' if lang else ""


def line_chart(chart_id: str, title: str, points: list[Point], *,
               marked_legend: str = "marked", title_lang: str = "") -> str:
    """Draw ``points`` left to right, evenly spaced, on a value axis that fits them all.

    Args:
        chart_id: the ``id`` of the ``<svg>`` element is ``chart-`` and this.
        title: the chart's accessible name (its ``<title>``).
        points: at least two points.
        marked_legend: the legend's words for the red rings (shown when any is marked).
        title_lang: the language of ``title`` when it quotes the figures (``zh-Hans``), as
            a point's tooltip carries its label's; none when empty.

    Returns:
        The ``<svg>`` element as markup.

    Raises:
        ValueError: fewer than two points.
    """
    if len(points) < 2:
        raise ValueError("a line chart needs at least two points")
    low = min(p.value for p in points)
    high = max(p.value for p in points)
    if low == high:  # a flat line sits in the middle
        pad = abs(low) / 10 or Fraction(1)
    else:
        pad = (high - low) / 20
    low, high = low - pad, high + pad

    def y_of(value: Fraction) -> float:
        return _TOP + float((high - value) * _PLOT_H / (high - low))

    step = _PLOT_W / len(points)  # each point in the middle of its slot
    xs = [_LEFT + (i + 0.5) * step for i in range(len(points))]
    ys = [y_of(p.value) for p in points]
    out = [
        f'<svg id="chart-{escape(chart_id)}" class="series-chart" width="{WIDTH}" '
        f'height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" font-size="11" '
        f'fill="{_TEXT}">',  # the page's fonts, which cover Chinese
        f"<title{_tag(title_lang)}>{escape(title)}</title>",
        f'<rect x="{_LEFT}" y="{_TOP}" width="{_PLOT_W}" height="{_PLOT_H}" fill="#ffffff" '
        f'stroke="{_GRID}"/>',
        '<g class="y-axis">',
    ]
    last: float | None = None
    for value, labelled in sorted({p.value: p for p in points}.items(), reverse=True):
        y = y_of(value)
        out.append(f'<line x1="{_LEFT}" x2="{_LEFT + _PLOT_W}" y1="{_px(y)}" y2="{_px(y)}" '
                   f'stroke="{_GRID}"/>')
        if last is None or y - last >= _MIN_LABEL_GAP:
            out.append(f'<text x="{_LEFT - 6}" y="{_px(y + 4)}" text-anchor="end"'
                       f"{_tag(labelled.lang)}>{escape(labelled.label)}</text>")
            last = y
    out.append('</g><g class="x-axis">')
    base = _TOP + _PLOT_H
    for x, point in zip(xs, points, strict=True):
        out.append(f'<line x1="{_px(x)}" x2="{_px(x)}" y1="{base}" y2="{base + 4}" '
                   f'stroke="{_TEXT}"/><text x="{_px(x)}" y="{base + 16}" text-anchor="end" '
                   f'transform="rotate(-20 {_px(x)} {base + 16})">{escape(point.x_label)}</text>')
    out.append("</g>")
    coords = " ".join(f"{_px(x)},{_px(y)}" for x, y in zip(xs, ys, strict=True))
    out.append(f'<polyline class="line" points="{coords}" fill="none" stroke="{_BLUE}" '
               'stroke-width="2"/>')
    out.append('<g class="points">')
    out += [f'<circle cx="{_px(x)}" cy="{_px(y)}" r="4" fill="{_BLUE}"{_tag(p.lang)}>'
            f"<title>{escape(p.tooltip)}</title></circle>"
            for x, y, p in zip(xs, ys, points, strict=True)]
    out.append("</g>")
    marked = [(x, y, p) for x, y, p in zip(xs, ys, points, strict=True) if p.marked]
    if marked:
        out.append('<g class="marked">')
        out += [f'<circle cx="{_px(x)}" cy="{_px(y)}" r="7" fill="none" stroke="{_RED}" '
                f'stroke-width="2.5"{_tag(p.lang)}><title>{escape(p.tooltip)}</title></circle>'
                for x, y, p in marked]
        out.append("</g>")
    legend = 14
    out.append(f'<g class="legend"><circle cx="{_LEFT}" cy="{legend - 4}" r="4" '
               f'fill="{_BLUE}"/><text x="{_LEFT + 10}" y="{legend}">points</text>')
    if marked:
        out.append(f'<circle cx="{_LEFT + 80}" cy="{legend - 4}" r="6" fill="none" '
                   f'stroke="{_RED}" stroke-width="2.5"/><text x="{_LEFT + 92}" '
                   f'y="{legend}">{escape(marked_legend)}</text>')
    out.append("</g></svg>")
    return "".join(out)
