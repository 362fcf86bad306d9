"""The public ``parse_figure``: a figure as :func:`factcheck._numbers.parse_figure` reads it,
with the currency written before its amount as its unit word, as the loader reads it."""

from __future__ import annotations

import dataclasses

from ._claim_quantity import figure_never_read
from ._extract_lexicon import currency_in_figure
from ._numbers import Figure
from ._numbers import parse_figure as read_figure
from ._quotes import fold_chars
from ._unit_words import currency_unit

__all__ = ["parse_figure"]


def parse_figure(text: str) -> Figure | None:
    """Parse text that is exactly one figure (docs/claims-format.md, "How a figure is read").

    A currency written before the amount is its unit, as the loader reads it: the unit word
    of ``"HK$3億"`` is ``"港元"`` and of ``"新台幣12億元"`` ``"新台币"`` (not the 元 of
    renminbi); that of ``"人民币12亿元"`` is ``"元"``. A sign of more than one currency
    (``"$20"``, ``"¥300"``) names none: the unit word stays as written. A figure the
    loader refuses whatever ``unit:`` says is None, never a misreading: ``"三成五"`` (35%,
    not 3 of a unit 成五), ``"1兆元"`` (兆 is a magnitude word factcheck does not read),
    ``"一米八"``, ``"三块五"``, ``"两小时三十分钟"``, ``"三分之二"``.

    Args:
        text: e.g. ``"近300亿元"``, ``"30餘家"``, ``"10-20元"``, ``"HK$3億"``.

    Returns:
        The figure, or None when the text is not one whole figure.

    Raises:
        TypeError: ``text`` is not a str (``None`` from a missing field, say).
    """
    figure = read_figure(text)
    if figure is not None and figure_never_read(figure) is not None:
        return None  # 三成五 was 3 of a unit word 成五, 1兆元 1 of 兆元: the loader refuses them
    if figure is None or figure.unit_word not in ("", "元"):
        return figure
    currency = currency_in_figure(text)
    unit = None if currency is None else currency_unit(currency)
    if unit is None:
        return figure
    return dataclasses.replace(figure, unit_word=fold_chars(unit))
