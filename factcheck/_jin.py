"""Whose 斤 a figure of a Traditional-script article is in.

斤 alone is the mainland's 市斤, 500 g, in a Simplified article. In a Traditional one it
may be Taiwan's 台斤 (600 g), Hong Kong's 司馬斤 (about 604.79 g) or the mainland's 市斤
(a report from Shenzhen in Traditional script), and the article alone does not tell:
``5萬斤`` of a Taiwan article loaded as 25,000 kg where it is 30,000 kg. A claim of such a
斤, of a figure in it (``5萬斤``) or of a price per it (``每斤50元``, ``30元/斤``), loads
only where it says whose 斤 it is, ``unit: 台斤`` or ``unit: 市斤`` with the number alone
(``per:`` for a price after 每斤); the loader refuses it otherwise, and ``factcheck
extract`` proposes none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._extract_lexicon import mei_within_reach, per_before, rate_before
from ._numbers import parse_figure
from ._quotes import fold_chars

#: a 斤 that names no catty of its own (folded): not 台斤, 市斤 nor 公斤 (a kilogram)
_BARE_JIN = re.compile("(?<![台市公])斤")
#: the 斤 of the text right after a number that writes no unit (5萬 of 5萬斤), or after its
#: unit and a slash, 一 or 每 (30 of 30元/斤, 30元一斤), folded
_JIN_AFTER = re.compile("斤|[\u4e00-\u9fff]{1,3}[ \t\u3000]*(?:[/／]|[一每])[ \t\u3000]*斤")
#: the words that name whose 斤 a claim means
NAMED_JIN = ("台斤", "市斤")

#: why a Traditional article's 斤 is refused, for messages
WHY_JIN_UNREAD = (
    "Taiwan's 斤 is the 台斤 (600 g), Hong Kong's the 司馬斤 (about 604.79 g), the "
    "mainland's the 市斤 (500 g), and factcheck cannot tell which")
#: the hint's end: what to do where the 斤 is Hong Kong's, or unknown
_ELSE_NOT_CLAIMS = ("Hong Kong's 司馬斤 is no unit of factcheck's: list the mention under "
                    "not_claims: with a reason")


def bare_jin(unit: str) -> bool:
    """Whether the unit word or ``unit:`` ``unit`` writes a 斤 that names no catty of its
    own (斤, 元/斤; not 台斤, 市斤, 公斤)."""
    return _BARE_JIN.search(fold_chars(unit)) is not None


def _names_jin(unit: str) -> bool:
    """Whether ``unit`` names whose 斤 it is (台斤, 元/市斤) and writes no bare 斤."""
    folded = fold_chars(unit)
    return any(word in folded for word in NAMED_JIN) and not bare_jin(unit)


@dataclass(frozen=True)
class UnnamedJin:
    """A claim of a Traditional article's bare 斤 that does not say whose 斤 it is.

    Attributes:
        field: the claim's field to point at (``value``, ``unit`` or ``per``).
        what: what the figure is, for the message (``a figure in 斤``, ``a price per 斤``).
        fix: the claim that says whose 斤, with 台斤 (``value: "5萬" with `unit: 台斤```).
        other: the same with 市斤 (```unit: 市斤```).
    """

    field: str
    what: str
    fix: str
    other: str

    @property
    def hint(self) -> str:
        """What to write: Taiwan's 斤, the mainland's, or no claim."""
        return (f"where the 斤 is Taiwan's (600 g), write {self.fix}; where it is the "
                f"mainland's (500 g, a report from the mainland), {self.other}; "
                f"{_ELSE_NOT_CLAIMS}")


def unnamed_jin(value: str, unit: object, per: object, text: str,
                span: tuple[int, int]) -> UnnamedJin | None:
    """The bare 斤 that a claim of the figure at ``span`` of a Traditional article's
    ``text`` reads without saying whose 斤 it is, or None: the value writes it (5萬斤,
    30元/斤), ``unit:`` or ``per:`` does (unit: 斤, per: 斤), or the text writes it right
    after the number (5萬 of 5萬斤, 30 of 30元/斤) or as 每斤 before a price, and the claim's
    ``unit:`` or ``per:`` names no 台斤 nor 市斤 for it."""
    unit_given = unit.strip() if isinstance(unit, str) else ""
    per_given = per.strip() if isinstance(per, str) else ""
    figure = parse_figure(value)
    written = value.strip()
    if figure is not None and bare_jin(figure.unit_word):  # 5萬斤
        number = written.replace(figure.unit_word, "", 1)
        return _mass("value", number)
    if figure is not None and figure.per_word is not None and bare_jin(figure.per_word):
        number = written[:written.find(figure.unit_word)] if figure.unit_word else written
        return _rate("value", number, figure.unit_word or "元")  # 30元/斤
    if bare_jin(unit_given):  # unit: 斤, unit: 元/斤
        number = written
        if "/" in unit_given or "／" in unit_given:
            return _rate("unit", number, re.split("[/／]", unit_given)[0].strip())
        return _mass("unit", number)
    if bare_jin(per_given):  # per: 斤 (元 per 500 g)
        return _per("per", written)
    if figure is not None and not figure.unit_word:
        after = _JIN_AFTER.match(fold_chars(text[span[1]:span[1] + 8]))
        if after is not None and not _names_jin(unit_given):  # 5萬 of 5萬斤
            return _mass("unit" if unit_given else "value", written) if after.group() == "斤" \
                else _rate("unit" if unit_given else "value", written,
                           text[span[1]:span[1] + after.end()].rstrip("斤 \t\u3000/／一每"))
    measure = per_before(text, span[0])
    if measure is None and figure is not None and mei_within_reach(text, span[0]):
        rated = rate_before(text, span[0], fold_chars(figure.unit_word or unit_given))
        measure = None if rated is None else rated[1]
    if measure is not None and bare_jin(measure) and not _names_jin(per_given):  # 每斤50元
        return _per("per" if per_given else "value", written)
    return None


def _mass(field: str, number: str) -> UnnamedJin:
    """A figure in 斤 (5萬斤), to claim as ``number`` in 台斤 or 市斤."""
    return UnnamedJin(field, "a figure in 斤", f'value: "{number}" with `unit: 台斤`',
                      "`unit: 市斤`")


def _rate(field: str, number: str, unit_word: str) -> UnnamedJin:
    """A price in ``unit_word`` per 斤 (30元/斤), to claim as ``number`` in it per 台斤 or
    市斤."""
    return UnnamedJin(field, "a price per 斤", f'value: "{number}" with `unit: {unit_word}/台斤`',
                      f"`unit: {unit_word}/市斤`")


def _per(field: str, value: str) -> UnnamedJin:
    """A price after 每斤 (50元 of 每斤50元), to claim with ``per: 台斤`` or ``per: 市斤``."""
    return UnnamedJin(field, "a price per 斤", f'value: "{value}" with `per: 台斤`',
                      "`per: 市斤`")


def jin_named(value: str, unit: object, text: str, span: tuple[int, int]) -> bool:
    """Whether ``unit:`` names whose 斤 the bare 斤 is that a Traditional article's
    ``text`` writes right after the number at ``span`` (5萬 of 5萬斤 with unit: 台斤, 30 of
    30元/斤 with unit: 元/台斤): the unit the text writes, with 台斤 or 市斤 for its 斤."""
    figure = parse_figure(value)
    if not isinstance(unit, str) or figure is None or figure.unit_word:
        return False
    after = _JIN_AFTER.match(fold_chars(text[span[1]:span[1] + 8]))
    if after is None:
        return False
    said = re.sub("[ \t\u3000]", "", fold_chars(unit)).replace("／", "/")
    written = re.sub("[ \t\u3000]", "", after.group())
    written = re.sub("[/一每]斤$", "/斤", written)
    return any(said == written.replace("斤", word) for word in NAMED_JIN)
