"""Load-time vetting: one figure of an article named by two claim ids in one check.

Two claims that quote the same span of the same source for their value are one figure
of the article. In a check that compares its claims with each other (a sum's total and
parts, a share's part and whole, a growth's levels, a bound's two figures) the figure
is then compared with itself: 6亿元 listed twice as a part adds up to 12亿元, which the
article never says. The kinds' own vetting refuses one claim id named twice; this
refuses the same figure under two ids.
"""

from __future__ import annotations

from collections.abc import Mapping

from ._errors import FactcheckError, SchemaError
from ._model import CheckSpec, Claim, Source

__all__ = ["DISTINCT_FIGURES", "one_figure_twice"]

#: The roles, by check kind, that must name different figures of the article.
DISTINCT_FIGURES: Mapping[str, tuple[str, ...]] = {
    "sum": ("total", "parts", "count_total", "count_parts"),
    "share": ("part", "share", "whole"),
    "growth": ("from", "to", "rate"),
    "bound": ("qualified", "exact"),
}


def one_figure_twice(spec: CheckSpec, claims: Mapping[str, Claim],
                     sources: Mapping[str, Source]
                     ) -> list[tuple[str | tuple[str, int], FactcheckError]]:
    """An input error at each place of ``spec`` that names, under another id, a figure
    an earlier place names (the same source and value span); none for the kinds that
    may name one figure twice (``duration``: one period as ``from`` and ``to``)."""
    seen: dict[tuple[str, tuple[int, int]], str] = {}  # a figure -> the first claim id
    problems: list[tuple[str | tuple[str, int], FactcheckError]] = []
    for role in DISTINCT_FIGURES.get(spec.kind, ()):
        value = spec.params.get(role)
        items = value if isinstance(value, list) else [] if value is None else [value]
        for index, item in enumerate(items):
            claim = claims.get(item) if isinstance(item, str) else None
            if claim is None:
                continue  # said by the references' vetting
            first = seen.setdefault((claim.source, claim.value_span), claim.id)
            if first == claim.id:
                continue  # the same id twice is the kind's own error
            source = sources.get(claim.source)
            line, col = source.line_col(claim.value_span[0]) if source else (0, 0)
            where = f"{source.file}:{line}:{col}" if source else claim.source
            problems.append(((role, index) if isinstance(value, list) else role, SchemaError(
                f"claims '{first}' and '{claim.id}' are one figure of the article, "
                f"{claim.value} in 「{claim.quote}」 at {where}: a figure compared with "
                "itself tests nothing",
                expected="a different figure of the article in each place",
                found=f"'{first}' and '{claim.id}', both {claim.value} at {where}",
                hint=f"list it once (keep '{first}' or '{claim.id}'); where one written "
                     "figure stands for several parts (甲乙各6亿元), check it with a "
                     "`derived` check (`2 * a`) instead")))
    return problems
