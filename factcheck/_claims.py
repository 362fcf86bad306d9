"""Read claims: validate fields, verify quotes against sources, parse exact quantities.

A claim is accepted only when its quote occurs in its source (across scripts, pinyin
annotations and whitespace), its ``value`` occurs in its quote, and the value parses as a
figure with a known unit, or as a date.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ._claim_quantity import (
    MAX_FIGURE_DIGITS,
    METRES_NOT_READ,
    ZHAO_NOT_READ,
    digit_count,
    quantity_of_value,
    short_repr,
)
from ._dates import (
    DATE_SHAPE,
    Period,
    backward_run,
    complete_period,
    date_spelling,
    iso_spelling,
    parse_period,
    roc_run_into_month,
    short_year,
)
from ._errors import QuoteError, SchemaError, UnitError, short_text, visible
from ._extract_lexicon import (
    BARE_QUARTER_RE,
    CLOCK_RE,
    HOUR_RANGE_RE,
    RATIO_RE,
    YEAR_BEFORE_DASH_RE,
    currency_before,
    currency_in_figure,
    metres_and_centimetres,
    per_before,
    roc_year_listed,
    year_before,
)
from ._model import Claim, Entity, Metric, NotClaim, Quantity, Source
from ._numbers import (
    from_one_to_another,
    parse_figure,
    qualified_range,
    qualifier_after_a_date,
    qualifiers_at_odds,
)
from ._numerals import CHINESE_NUMERAL_CHARS, FULLWIDTH
from ._quotes import NormalText, find_all, fold_chars, fold_text, normalise
from ._schema import Field, Problems, not_a_list, read_fields, written_in
from ._second_core import Forked
from ._sources import alias_table
from ._units import (
    LEVEL_WORDS,
    NOT_UNIT_WORDS,
    POSITION_WORDS,
    base_factor,
    is_percentage_points,
    parse_unit,
    suggest_units,
)
from ._whole_figure import (
    PLUS_OR_MINUS,
    find_figure_within,
    hour_by_its_words,
    negative_growth_before,
    plus_or_minus_before,
    qualifier_into_a_word,
    unit_into_a_word,
    whole_figure,
)
from ._yaml import Document, KeyPath

__all__ = ["claimed_twice", "read_claims", "read_not_claims", "vet_file_source"]

Items = list[tuple[Document, Path, Any]]

CLAIM_FIELDS = (
    Field("id", (str,), required=True, help="unique across the corpus"),
    Field("source", (str,), help="the source id (or set `source:` for the whole file)"),
    Field("quote", (str,), required=True, help="the exact text from the article"),
    Field("value", (str,), required=True, help="the figure as written, e.g. 293.9亿元"),
    Field("unit", (str,), help="the unit, when the text leaves it implicit"),
    Field("per", (str,), help="the unit a price or rate is per, e.g. 斤"),
    Field("tolerance", (str,), help="extra allowance, e.g. '5%' or '0.1亿元'"),
    Field("entity", (str,), required=True, help="an entity id or alias"),
    Field("metric", (str,), required=True, help="a metric id"),
    Field("as_of", (str,), required=True, help="the date or period the figure refers to"),
    Field("occurrence", (int,), help="which occurrence of a repeated quote (1, 2, ...)"),
    Field("note", (str,)),
)
_NOT_CLAIM_FIELDS = (
    Field("source", (str,)),
    Field("quote", (str,), required=True),
    Field("occurrence", (int,)),
    Field("reason", (str,), required=True, help="why this number is not a claim"),
)
def _around(source: Source, span: tuple[int, int], margin: int = 4) -> str:
    """The article's text around ``span`` on its line, the span itself in brackets:
    2[93.9亿元]。 (a line break was shown as a space, at the end of the line too)."""
    text = source.text
    start, end = span
    before = text[max(0, start - margin):start].rpartition("\n")[2].lstrip()
    after = text[end:end + margin].partition("\n")[0].rstrip()
    return f"{before}[{text[start:end]}]{after}"


#: What a value that is only part of a figure is to be: the whole figure, written out
_WHOLE_FIGURE_HINT = ("write the whole figure as the quote has it, with its qualifier (近, 超, "
                      "多), magnitude (万, 亿), decimals and sign, both ends of a range "
                      "(10-20元), what it is per (3元/斤) and the whole date (2020年1月5日)")


def _part_of_figure_hint(text: str, span: tuple[int, int], quote: tuple[int, int]) -> str:
    """The hint for a value at ``span`` that is only part of a figure of ``text``: that
    figure, what kind it is (a range, a date, a rate per a unit), what the value leaves
    out of it, and the value to write (and a longer quote, where the figure runs past the
    one at ``quote``); the general advice where the figure is not one a claim holds."""
    from ._extract import extract  # only a failing claim needs it: no load pays its import

    start, end = span
    low = max(text.rfind("\n", 0, start) + 1, start - 40)
    high = text.find("\n", end)
    high = min(len(text) if high < 0 else high, end + 40)
    whole = next((m for m in extract(text[low:high]) if m.start + low <= start
                  and end <= m.end + low and m.end - m.start > end - start), None)
    if whole is None and text[start:start + 1] in "-−－" and (year := YEAR_BEFORE_DASH_RE.search(
            fold_chars(text[max(0, start - 8):start]))) is not None:
        # -12个月 of 2020年-12个月: a span of time is never negative
        return (f"the dash after the year {year.group()!r} joins it to what follows, it is no "
                f"minus sign: write value: \"{text[start + 1:end]}\"")
    if whole is None and (word := qualifier_into_a_word(
            fold_chars(text[start:end]), fold_chars(text[end:end + 2]))):
        # 30%强 of 30%强调: 强 starts the word after it, no "a little more" (3年内地: no within)
        return (f"{text[end - len(word):end + 1]!r} starts a word, {word!r} in it qualifies no "
                f"figure: write value: \"{text[start:end - len(word)]}\"")
    if whole is None and (into := unit_into_a_word(
            fold_chars(text[start:end]), fold_chars(text[end:end + 2]))) is not None:
        # 3人次 of 3人次日: 次 starts 次日, the next day, no person-times
        cut = end - len(into[0]) + 1
        return (f"{text[cut:cut + len(into[0])]!r} starts a word ({into[1]}): write value: "
                f"\"{text[start:cut]}\"")
    if whole is None:
        return _WHOLE_FIGURE_HINT
    if whole.kind == "identifier" and (
            CLOCK_RE.fullmatch(folded := fold_chars(whole.text)) or HOUR_RANGE_RE.fullmatch(folded)):
        return _CLOCK_HINT  # 9 or 11点 of 上午9-11点: the whole is no claim either
    if whole.kind == "ordinal":  # 3名 of 第3名, 3年 of 3年级: a position, no amount
        return (f"the figure is {whole.text!r}, an ordinal (a position, not an amount), which "
                "no claim can hold: list the mention under not_claims: with a reason")
    if parse_period(whole.value, year=2000, month=1) is None if whole.kind == "date" else (
            parse_figure(whole.value) is None or whole.number is None):
        # 3%至5%左右, a range with a qualifier; 三成五 or 23.6兆元, listed without a value
        return (f"the figure is {whole.text!r}, which factcheck does not read: list the "
                "mention under not_claims: with a reason")
    unit = whole.unit or ""
    what = (", a date" if whole.kind == "date" else
            ", a range" if whole.qualifier == "range" else
            f", a rate per {unit.split('/', 1)[1]}" if "/" in unit else "")
    left_out = [f"{piece!r} {where}" for piece, where in (
        (whole.text[:start - low - whole.start], "before it"),
        (whole.text[end - low - whole.start:], "after it")) if piece]
    widen = "" if quote[0] <= whole.start + low and whole.end + low <= quote[1] else (
        ", and a quote that holds all of it")
    return (f"the figure is {whole.text!r}{what}; the value leaves out "
            f"{' and '.join(left_out)}: write value: \"{whole.value}\"{widen}")


# (a degree sign also as its look-alikes, º and ˚, which the quote fold reads as °)
_TEMPERATURE_AFTER = re.compile(r"\s*(?:[℃℉]|[°º˚][CFcf]|[摄攝华華]氏)")
_ANGLE_AFTER = re.compile(r"\s*[°º˚]")  # 20°, not followed by C or F
# ... which a value may leave out the 角 of (30度 of 30度角), or the 度角 (30)
_ANGLE_DU_AFTER = re.compile(r".?度角(?!逐)")
_RATIO_AFTER = re.compile(r"[:：比][0-9０-９]|比[零〇一二两兩三四五六七八九十]")
_RATIO_BEFORE = re.compile(r"[0-9０-９][:：比]$|[零〇一二两兩三四五六七八九十]比$")
# the mark of a clock time's hour after a value that whole_figure refused (14 of 14时; not
# the point of a Chinese decimal, 十二 of 十二点五)
_CLOCK_AFTER = re.compile(r"[时時]|[点點](?![零〇一二三四五六七八九壹贰貳叁肆伍陆陸柒捌玖])")
# what after a year makes a date of it (19年5月, 19年底, 19年第三季度, 19年上半年); 12年零3天
# is a duration the figure grammar does not read, no date
_MONTH_OR_SEASON = re.compile(r"\s*(?:[0-9〇零一二三四五六七八九十]{1,3}\s*月|[底初末]|年[底初中末]"
                              r"|第?[1-4一二三四]\s*季|[上下]半年|全年)")


def _month_after_year(spelled: str) -> bool:
    """Whether a month or season follows the first 年 of ``spelled`` (19年5月, 19年底)."""
    narrow = spelled.translate(FULLWIDTH)
    return _MONTH_OR_SEASON.match(narrow, narrow.find("年") + 1) is not None


_TEMPERATURE_NO_CLAIM = "a temperature is no claim (list the mention under not_claims: with a reason)"
_RATIO_HINT = ("the figure is a ratio, a score or a clock time (3:1, 3比1, 14:30), which no "
               "claim can hold: list the mention under not_claims: with a reason")
_CLOCK_HINT = ("the figure is a clock time (14时, 下午3点, 14时30分), which no claim can hold: "
               "list the mention under not_claims: with a reason")


def _no_claim_hint(text: str, span: tuple[int, int]) -> str | None:
    """The hint for a value that is part of a figure no claim can hold whole (20 of 20℃,
    3 of 3比1, 30 of 14:30), where "write the whole figure" would lead to another error;
    else None."""
    start, end = span
    if plus_or_minus_before(fold_chars(text[max(0, start - 2):start])):
        return ("plus or minus before it (± or 正负) makes it a margin (±3% is from -3% to 3%), "
                "which factcheck does not read: list the mention under not_claims: with a "
                "reason")
    if text[start - 1 : start] in ("负", "負") and whole_figure(
            text[start:end], text[max(0, start - 12):start - 1], text[end:end + 12]):
        return ("负 before it is its minus sign (负30万元 is -30万元), which factcheck does not "
                "read: list the mention under not_claims: with a reason")
    if negative_growth_before(text[max(0, start - 3):start]) and whole_figure(
            text[start:end], text[max(0, start - 15):start - 3], text[end:end + 12]):
        return ("负增长 before it makes it a fall (负增长3% is -3%), which factcheck does not "
                "read with its sign: list the mention under not_claims: with a reason")
    if _TEMPERATURE_AFTER.match(text, end):
        return ("the figure is a temperature, which no claim can hold (an offset unit): "
                "list the mention under not_claims: with a reason")
    if _ANGLE_AFTER.match(text, end) or _ANGLE_DU_AFTER.match(text, end - 1):
        return ("the figure is an angle, which no claim can hold: list the mention under "
                "not_claims: with a reason")
    if _RATIO_AFTER.match(text, end) or _RATIO_BEFORE.search(text[max(0, start - 2):start]):
        return _RATIO_HINT
    if _CLOCK_AFTER.match(text, end) and text[end - 1 : end] not in ("个", "個"):
        return _CLOCK_HINT  # but 0.5个 of 0.5个点 is no clock time: 个点 is percentage points
    if text[end : end + 1] == "度":
        return ("the figure is in 度, degrees or kilowatt-hours: claim it whole (20度), with "
                f"`unit: kW·h` for electricity; {_TEMPERATURE_NO_CLAIM}")
    return None



_FIGURES_IN_QUOTE = re.compile(
    r"[0-9０-９][0-9０-９.,，．]*[%％]?[万萬亿億]?|[零〇一二两兩三四五六七八九十百千万萬亿億]{2,}"
)


class _Context:
    """What claims are checked against, built once per load."""

    def __init__(self, sources: dict[str, Source], entities: dict[str, Entity],
                 metrics: dict[str, Metric]) -> None:
        self.sources = sources
        self.metrics = metrics
        self.aliases = alias_table(entities)
        self.normal: dict[str, NormalText] = {}

    def normal_text(self, source_id: str) -> NormalText:
        if source_id not in self.normal:
            self.normal[source_id] = normalise(self.sources[source_id].text)
        return self.normal[source_id]


def read_claims(items: Items, defaults: dict[str, Any], sources: dict[str, Source],
                entities: dict[str, Entity], metrics: dict[str, Metric],
                problems: Problems) -> dict[str, Claim]:
    """Read every ``claims:`` section into claims by id.

    A large corpus is read on two cores where that is safe (:mod:`._second_core`): a
    forked child reads the later claims while this process reads the earlier ones. The
    child's claims are taken only when neither part met any problem and no id is in both;
    otherwise this process reads the later claims itself, so the result, errors included,
    is always what reading them in one pass gives.

    Args:
        items: the sections, with their documents.
        defaults: per document path, the file-wide ``source:``.
        sources, entities, metrics: the registry and vocabulary.
        problems: where errors go.
    """
    context = _Context(sources, entities, metrics)
    claims: dict[str, Claim] = {}
    child = None
    if all(isinstance(value, list) for _, _, value in items) and sum(
            len(value) for _, _, value in items) >= TWO_CORES_FROM and _untouched(problems):
        entries = [(doc, index, entry) for doc, _, value in items
                   for index, entry in enumerate(value)]
        split = round(len(entries) * PARENT_SHARE)
        child = Forked.start(lambda: _read_part(entries[split:], defaults, context, problems))
    if child is None:  # one pass, each section in turn
        for doc, _, value in items:
            if isinstance(value, list):
                _read_entries(((doc, index, entry) for index, entry in enumerate(value)),
                              defaults, context, problems, claims)
                continue
            not_a_list(doc, "claims", " of claims", value, problems)
            if isinstance(value, dict):  # one claim without its '- ': checks may name it
                problems.mark_invalid("claim", _id_of(value))
        return claims
    try:
        _read_entries(entries[:split], defaults, context, problems, claims)
        done, later = child.result()
    finally:
        child.cancel()
    if done and later is not None and _untouched(problems) and claims.keys().isdisjoint(
            claim.id for claim in later):
        claims.update((claim.id, claim) for claim in later)
    else:  # a problem, or the child failed: read them here, as one pass does
        _read_entries(entries[split:], defaults, context, problems, claims)
    return claims


def claimed_twice(claims: Mapping[str, Claim], sources: Mapping[str, Source]) -> list[str]:
    """A warning for each claim that quotes the very figure an earlier claim quotes (the
    same span of the same source) for the same entity and metric: one mention claimed
    twice, as a filled-in extract draft left next to the finished claims does, whose only
    sign was an agreement finding of the mention with itself. The same figure claimed for
    another entity or metric, or another mention of the same figure, is no warning. One
    pass over the claims, by a dict keyed by the figure's place."""
    first: dict[tuple[str, tuple[int, int], str, str], Claim] = {}
    warnings: list[str] = []
    for claim in claims.values():
        earlier = first.setdefault(
            (claim.source, claim.value_span, claim.entity, claim.metric), claim)
        if earlier is not claim:
            source = sources[claim.source]
            line, col = source.line_col(claim.value_span[0])
            warnings.append(visible(
                f"{claim.location.place}: warning: claims '{earlier.id}' and '{claim.id}' "
                f"quote the same figure at {source.file}:{line}:{col} ({claim.value}) for "
                f"{claim.key}: the mention is claimed twice; remove one of them (an extract "
                "draft left next to the finished claims?)"))
    return warnings


#: Claims read on two cores from this many on (below it, the fork and the pickling cost
#: more than they save), and the share of them this process reads: the child also pickles
#: its claims, which costs about a seventh of reading them (docs/performance.md).
TWO_CORES_FROM = 4096
PARENT_SHARE = 0.55


def _untouched(problems: Problems) -> bool:
    """Whether ``problems`` holds nothing that could change how a claim is read or
    reported: no error, no invalid name, no file left unread."""
    return not (problems.errors or problems.invalid or problems.unread or problems.unchecked)


def _read_part(entries: list[tuple[Document, int, Any]], defaults: dict[str, Any],
               context: _Context, problems: Problems) -> list[Claim] | None:
    """The child's part: its claims in order, or ``None`` where reading them changed
    ``problems`` (the parent then reads them itself, to report in order)."""
    claims: dict[str, Claim] = {}
    _read_entries(entries, defaults, context, problems, claims)
    return list(claims.values()) if _untouched(problems) else None


def _read_entries(entries: Iterable[tuple[Document, int, Any]], defaults: dict[str, Any],
                  context: _Context, problems: Problems, claims: dict[str, Claim]) -> None:
    """Read ``entries`` (a document, the index in its ``claims:`` list, the entry) into
    ``claims``, in order."""
    for doc, index, entry in entries:
        keypath: KeyPath = ("claims", index)
        claim_id = _id_of(entry)
        fields = read_fields(doc, keypath, entry, CLAIM_FIELDS, problems, what="claim",
                             claim_id=claim_id)
        if fields is None:
            problems.mark_invalid("claim", claim_id)  # a check naming it is not also wrong
            continue
        claim = _read_claim(doc, keypath, fields, defaults.get(doc.path), context, problems)
        if claim is None:
            problems.mark_invalid("claim", claim_id)
            continue
        if claim.id in claims:
            problems.at(doc, (*keypath, "id"), f"duplicate claim id '{claim.id}'",
                        claim_id=claim.id,
                        found=f"first defined at {claims[claim.id].location.place}",
                        hint="claim ids must be unique across the whole corpus")
            continue
        claims[claim.id] = claim


def _id_of(entry: Any) -> str | None:  # a YAML value
    """The id of a claim entry as the schema reads it (an integer as its text, as
    ``id: 2019`` loads), or ``None``."""
    claim_id = entry.get("id") if isinstance(entry, dict) else None
    if isinstance(claim_id, int) and not isinstance(claim_id, bool):
        return str(claim_id)
    return claim_id if isinstance(claim_id, str) else None


#: The file-wide ``source:`` of a file where it was reported as invalid: the entries that
#: rely on it are not each reported again as having no source.
INVALID_SOURCE: Any = object()


def vet_file_source(doc: Document, source_id: Any, sources: dict[str, Source],
                    problems: Problems) -> Any:  # a YAML value, or INVALID_SOURCE
    """A file's ``source:`` checked once against the registry, at its own line.

    An unknown one (``TODO`` in a skeleton of an article not yet registered) is one error
    about the file, not one per claim that relies on it: it is reported here and
    :data:`INVALID_SOURCE` returned, so that those claims are not reported again (their
    other problems still are).

    Returns:
        ``source_id`` when it is known (or not a string, reported elsewhere), else
        :data:`INVALID_SOURCE`.
    """
    if not isinstance(source_id, str) or source_id in sources:
        return source_id
    if source_id == _TODO:  # a blank to fill in, whatever the registry holds
        problems.at(doc, ("source",), "source is still TODO",
                    expected="the id of this article in the `sources:` registry",
                    hint="register the article under `sources:` (id, file, title, published, "
                    "script; see docs/claims-format.md), then write its id here for the "
                    "claims that name no source of their own")
        return INVALID_SOURCE
    if problems.excused("source", source_id):
        return INVALID_SOURCE
    _unknown_source(doc, ("source",), source_id, sources, problems)
    return INVALID_SOURCE


def _unknown_source(doc: Document, where: KeyPath, source_id: str, sources: Iterable[str],
                    problems: Problems, claim_id: str | None = None) -> None:
    close = difflib.get_close_matches(source_id, list(sources), n=1)
    problems.at(doc, where, f"unknown source '{short_text(source_id)}'", claim_id=claim_id,
                hint=f"did you mean '{close[0]}'?" if close else
                "register it under `sources:` (see docs/claims-format.md)")


def _resolve_source(doc: Document, keypath: KeyPath, fields: dict[str, Any], default: Any,
                    context: _Context, problems: Problems, claim_id: str | None) -> str | None:
    source_id = fields.get("source", default)
    if source_id is INVALID_SOURCE:
        return None
    if not isinstance(source_id, str):
        problems.at(doc, keypath, "no source for this entry", claim_id=claim_id,
                    hint="add `source: <id>` to the entry or at the top of the file")
        return None
    if source_id not in context.sources:
        if problems.excused("source", source_id):
            return None  # the source itself is reported; its claims cannot be checked
        # an entry's own source: (a file's was vetted once, by vet_file_source)
        _unknown_source(doc, (*keypath, "source"), source_id, context.sources, problems,
                        claim_id)
        return None
    return source_id


def _locate_quote(doc: Document, keypath: KeyPath, quote: str, occurrence: int | None,
                  source: Source, context: _Context, problems: Problems,
                  claim_id: str | None) -> tuple[int, int] | None:
    spans = find_all(context.normal_text(source.id), quote)
    if not spans:
        problems.at(doc, (*keypath, "quote"), f"quote not found in source '{source.id}'",
                    error=QuoteError, claim_id=claim_id, found=quote[:80],
                    hint=_closest_hint(quote, context.normal_text(source.id), source))
        return None
    if occurrence is None:
        if len(spans) > 1:
            places = [":".join(map(str, source.line_col(s))) for s, _ in spans[:5]]
            more = ", ..." if len(spans) > 5 else ""
            problems.at(doc, (*keypath, "quote"),
                        f"quote occurs {len(spans)} times in '{source.id}' (at "
                        f"{', '.join(places)}{more})",
                        error=QuoteError, claim_id=claim_id,
                        hint="add `occurrence: N` to say which one")
            return None
        return spans[0]
    if occurrence < 1:
        problems.at(doc, (*keypath, "occurrence"), f"occurrence {occurrence} is not a count",
                    error=QuoteError, claim_id=claim_id, expected="1 for the first, 2 for the "
                    "second occurrence of the quote, and so on")
        return None
    if occurrence > len(spans):
        problems.at(doc, (*keypath, "occurrence"),
                    f"occurrence {occurrence} asked for, but the quote occurs {len(spans)} "
                    "time(s)", error=QuoteError, claim_id=claim_id)
        return None
    return spans[occurrence - 1]


def _closest_hint(quote: str, normal: NormalText, source: Source) -> str:
    wanted = fold_text(quote)
    best = 0
    where = -1
    for size in range(min(len(wanted), 40), 1, -1):
        where = normal.text.find(wanted[:size])
        if where >= 0:
            best = size
            break
    if best == 0:
        return "copy the quote from the article text exactly"
    start, _ = normal.original_span(where, where + best)
    line, col = source.line_col(start)
    # What the article says there, as long as the quote (within its line), so that the
    # difference shows next to the quote instead of in another file.
    line_end = min((i for i in (source.text.find("\n", start), source.text.find("\r", start))
                    if i >= 0), default=len(source.text))
    there = source.text[start:min(start + len(quote), line_end)].strip()
    return (f"the first {best} characters match at {source.file}:{line}:{col}, where the "
            f"article reads 「{there}」; copy the quote from there exactly")


# The placeholder that `factcheck extract --format yaml` writes for what it cannot know.
_TODO = "TODO"


def _still_todo(doc: Document, keypath: KeyPath, field: str, expected: str, claim_id: str,
                problems: Problems) -> None:
    """A skeleton's placeholder left in: "unknown entity 'TODO'", with the advice to add
    an entity called TODO, misled."""
    problems.at(doc, (*keypath, field), f"{field} is still TODO", claim_id=claim_id,
                expected=expected, hint="fill in what `factcheck extract --format yaml` "
                "left to you, or delete the claim (a mention that is not a claim goes "
                "under not_claims: with a reason)")


def _unknown(doc: Document, keypath: KeyPath, field: str, name: str, known: Iterable[str],
             expected: str, add: str, claim_id: str, problems: Problems) -> None:
    """An entity or metric the vocabulary lacks: still TODO, or the closest known name, or
    where to add it (``add``)."""
    if name == _TODO:
        _still_todo(doc, keypath, field, expected, claim_id, problems)
        return
    # A Chinese name is two to four characters, and an input method's slip (园去 for 园区,
    # a homophone) changes one of them: a ratio of 0.5 for two characters.
    close = difflib.get_close_matches(name, list(known), n=1,
                                      cutoff=0.6 if name.isascii() else 0.5)
    problems.at(doc, (*keypath, field), f"unknown {field} '{short_text(name)}'",
                claim_id=claim_id,
                hint=f"did you mean '{close[0]}'?" if close else add)


def _read_claim(doc: Document, keypath: KeyPath, fields: dict[str, Any], default: Any,
                context: _Context, problems: Problems) -> Claim | None:
    claim_id: str = fields["id"]
    before = len(problems.errors)
    source_id = _resolve_source(doc, keypath, fields, default, context, problems, claim_id)
    # a TODO is a blank to fill in, never excused as a name a missing registry may hold
    entity = context.aliases.get(fold_text(fields["entity"]))
    if entity is None and (fields["entity"] == _TODO
                           or not problems.excused("entity", fields["entity"])):
        _unknown(doc, keypath, "entity", fields["entity"], context.aliases,
                 "an entity id or alias", "add it to the entities file with its aliases",
                 claim_id, problems)
    if fields["metric"] not in context.metrics and (
            fields["metric"] == _TODO or not problems.excused("metric", fields["metric"])):
        _unknown(doc, keypath, "metric", fields["metric"], context.metrics, "a metric id",
                 "add it to the metrics file", claim_id, problems)
    as_of = parse_period(fields["as_of"])
    if as_of is None and fields["as_of"] == _TODO:
        _still_todo(doc, keypath, "as_of", "the date or period the figure refers to: "
                    "YYYY-MM-DD, YYYY-MM, YYYY, or A..B", claim_id, problems)
    elif as_of is None:
        problems.at(doc, (*keypath, "as_of"), f"cannot read as_of {short_repr(fields['as_of'])}",
                    claim_id=claim_id, expected="a real date or period: YYYY-MM-DD, YYYY-MM, "
                    "YYYY, or A..B (e.g. 2017-01..2017-09)",
                    hint=_backwards_hint(fields["as_of"]) or _iso_hint(fields["as_of"]))
    if source_id is None:
        if fields.get("unit") == _TODO:  # read with the value, which needs the source
            _still_todo(doc, keypath, "unit", _NOT_EMPTY["unit"], claim_id, problems)
        return None
    source = context.sources[source_id]
    span = _locate_quote(doc, keypath, fields["quote"], fields.get("occurrence"), source,
                         context, problems, claim_id)
    if span is None:
        return None
    value: str = fields["value"]
    found, partial = find_figure_within(context.normal_text(source_id), source.text, span[0],
                                        span[1], value)
    if not found and partial:
        problems.at(doc, (*keypath, "value"), f"value {short_repr(value)} is only part of a figure "
                    "in the quote", error=QuoteError, claim_id=claim_id,
                    found=_around(source, partial[0]),
                    hint=_no_claim_hint(source.text, partial[0])
                    or _part_of_figure_hint(source.text, partial[0], span))
        return None
    if not found:
        # as the extractor reads them, with their qualifier and unit (104家, 超过1.2万人),
        # ready to copy; the digits alone where it counts none. Imported here: only a
        # failing claim needs it, and every load would pay its import
        from ._extract import extract

        in_quote = [m.text for m in extract(fields["quote"]) if m.counted] or \
            _FIGURES_IN_QUOTE.findall(fields["quote"])
        problems.at(doc, (*keypath, "value"), f"value {short_repr(value)} is not in the quote",
                    error=QuoteError, claim_id=claim_id,
                    expected="the figure exactly as the quote writes it",
                    found="figures in the quote: " + (", ".join(in_quote) or "none"),
                    hint="copy the figure from the quote; a transcription slip is an error")
        return None
    value_span = found[0]
    if _clock_point(value, source.text, value_span):
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is a clock time, not an "
                    "amount in a unit (a number of hours is 小时)", claim_id=claim_id,
                    expected="an amount: 点 counts points only where no time of day "
                    "(下午) comes before it, no 钟, 开会 or minutes (30分, 半) after it and no "
                    "range of hours makes it one (8点至10点): 三点意见",
                    found=_around(source, value_span), hint=_CLOCK_HINT)
        return None
    per = per_before(source.text, value_span[0]) if fields.get("per") is None else None
    figure = parse_figure(value) if per is not None else None
    if per is not None and figure is not None and figure.per_word is None:
        # 每斤3-5元 is 3 to 5 元 per 斤: 3-5元 alone loaded it as an amount of money
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is a price per {per}: the "
                    f"quote writes 每{per} before it", claim_id=claim_id,
                    expected=f"`per: {per}` with the value, as for {figure.text}/{per}",
                    found=_around(source, (source.text.rindex("每", 0, value_span[0]), value_span[1])),
                    hint=f"add `per: {per}`")
        return None
    quantity, date = _parse_value(doc, keypath, fields, as_of, problems, claim_id,
                                  currency_before(source.text, value_span[0])
                                  or currency_in_figure(fields["value"]),
                                  year_before(source.text, value_span[0]),
                                  roc_year_listed(source.text, value_span[0]))
    if quantity is not None and fields.get("unit") is not None:
        _unit_as_written(doc, keypath, fields, source.text, value_span, quantity, problems,
                         claim_id)
    if len(problems.errors) > before or as_of is None or entity is None:
        return None
    if quantity is None and date is None:
        return None
    return Claim(
        id=claim_id, source=source_id, quote=fields["quote"], span=span, value=value,
        value_span=value_span, entity=entity, metric=fields["metric"], as_of=as_of,
        location=doc.locate_id(claim_id, keypath),
        quantity=quantity, date=date, note=fields.get("note"), tolerance=fields.get("tolerance"),
    )


def _clock_point(value: str, text: str, span: tuple[int, int]) -> bool:
    """Whether ``value`` (a number of 点 at ``span`` of the article ``text``) is a clock
    time: 下午3点开会 holds 3 o'clock, not 3 points, which ``unit: 个`` loaded it as. A
    range of them is one (8点至10点), and so is a range of hours after a time of day
    (上午9-11点), and so is an hour with minutes or 半 after it (3点30分, 3点半); one hour
    is read by the words around it, as the whole-figure check reads one
    (:func:`hour_by_its_words`). Otherwise 点 counts points (三点意见)."""
    clock = CLOCK_RE.fullmatch(fold_chars(value.strip()))
    if clock is not None and clock.group("range") is not None:
        return True  # a range of clock times, as extract reads one (8点至10点, 10点到11点)
    figure = parse_figure(value)
    if figure is None or figure.unit_word not in ("点", ""):
        return False
    if figure.high is None and figure.unit_word == "点" and clock is not None:
        with_tail = CLOCK_RE.match(clock.group() + fold_chars(text[span[1]:span[1] + 6]))
        if with_tail is not None and with_tail.group("tail") is not None:
            return True  # 3点 of 3点30分 or 3点半: the hour of a clock time with minutes
    after = fold_chars(text[span[1]:span[1] + 3])
    if figure.unit_word == "":  # 9-11 of 上午9-11点, which extract lists without its 点
        if figure.high is None or not after.startswith("点"):
            return False
        after = after[1:]
    before = fold_chars(text[max(0, span[0] - 4):span[0]]).rstrip()
    # 下午3点, 3点开会, and a range of hours after a time of day or before a word that
    # goes with one: 上午9-11点, 9-11点营业
    return hour_by_its_words(before, after)


def _unit_as_written(doc: Document, keypath: KeyPath, fields: dict[str, Any], text: str,
                     value_span: tuple[int, int], quantity: Quantity, problems: Problems,
                     claim_id: str) -> None:
    """Refuse a ``unit:`` that contradicts the unit the article writes after a value that
    leaves it out: ``value: "20"`` with ``unit: 个`` where the quote says 企业20家 would count
    the firms as items. ``unit: 家`` there says what the text says, and stays allowed."""
    value = fields["value"]
    figure = parse_figure(value)
    if figure is None or figure.unit_word:
        return
    from ._extract import extract  # only a value without its unit, given unit:, pays it

    start, end = value_span
    context = text[max(0, start - 20):min(len(text), end + 20)]
    offset = start - max(0, start - 20)
    # the figure there, which may start with a qualifier that the value leaves out (约20家)
    mention = next((m for m in extract(context)
                    if m.start <= offset and m.end > offset + (end - start) and m.unit
                    and not _has_numeral(context[m.start:offset])
                    and m.value.endswith(context[offset:m.end])), None)
    written = None if mention is None else mention.unit
    written_unit = parse_unit(written) if written else None
    given = parse_unit(quantity.unit)  # unit: with its per:
    if mention is None or written_unit is None or given is None or (
            base_factor(written_unit) == base_factor(given)
            # 3个百分点 with unit: % is no percentage, nor 3% with unit: 个百分点 a difference
            # of two: the same base, but not the same thing
            and is_percentage_points(written or "") == is_percentage_points(quantity.unit)):
        return
    problems.at(doc, (*keypath, "unit"),
                f"unit {fields['unit'].strip()!r} contradicts the unit the quote writes after "
                f"the value ({written!r})", error=UnitError, claim_id=claim_id,
                expected=f"no `unit:` where the quote writes the unit, or one naming {written!r}",
                found=f"{mention.value} in the article",
                hint=f"write the figure with its unit and remove `unit:`: "
                     f"value: \"{mention.value}\"")


#: Arabic digits that start with a 0 before another digit (0001, 01, 00.5): an identifier.
_LEADING_ZERO = re.compile(r"[-−－+]?0[0-9]")


def _has_numeral(text: str) -> bool:
    """Whether ``text`` holds a digit (any width) or a Chinese numeral."""
    return any(c.isdigit() or c in CHINESE_NUMERAL_CHARS for c in text)


# A number followed by one of these, and no unit, names a month or day of the calendar.
_CALENDAR_WORDS = {  # what, and its unit
    "月": ("months", "月"), "月份": ("months", "月"),  # 1-9月份, 三月份
    "日": ("days", "天"), "号": ("days", "天"), "號": ("days", "天"),  # 1至3号
}

#: 第 and a number: an ordinal (第3名, 第三天), as extract reads one
_ORDINAL_VALUE = re.compile("第[0-9０-９零〇一二两兩三四五六七八九十百千]")
#: The hint for a figure that factcheck does not read and no `unit:` mends (兆, 三成五)
_NOT_READ_HINT = ("no claim can hold it, and `unit:` cannot replace it: list the mention "
                  "under not_claims: with a reason")
# 兆 after a number and before the rest of the figure (1兆5000億元), never 兆瓦 or 兆赫
_ZHAO_AND_A_TAIL = re.compile("[0-9零〇一二两兩三四五六七八九十百千]兆(?![瓦赫])")


def _refuse_an_ordinal(doc: Document, keypath: KeyPath, value: str, problems: Problems,
                       claim_id: str) -> None:
    """Refuse ``value``, a position (第3天, 3周年, 5年级), as no amount."""
    problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is an ordinal, a position, "
                "not an amount", claim_id=claim_id,
                expected="an amount: a number with optional qualifier and unit",
                hint="list the mention under not_claims: with a reason")


def _parse_value(doc: Document, keypath: KeyPath, fields: dict[str, Any], as_of: Any,
                 problems: Problems, claim_id: str,
                 currency: str | None = None,
                 after_a_year: bool = False,
                 roc_listed: bool = False) -> tuple[Quantity | None, Any]:
    value: str = fields["value"]
    as_date = fields.get("unit") == "date"
    spelled = date_spelling(value)  # 2020/3/1 as 2020-03-01, as extract reads it
    if roc_listed:  # 109年 of 民國108年及109年: the year 2020, never 109 years
        spelled = "民國" + spelled
    if BARE_QUARTER_RE.fullmatch(fold_chars(value.strip())) and not after_a_year:
        # 首季 or 第三季 with no year before it in the article: the first or third season of
        # a series as well as a quarter (2019年第三季, 今年首季 are quarters)
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is a quarter only after a "
                    "year, and the article writes none before it", claim_id=claim_id,
                    expected="a year before 首季 or 第N季 (2019年第三季, 今年首季), or 第N季度",
                    hint="without a year it may be a season of a series: if it is one, list "
                    "the mention under not_claims: with a reason; if the quote gives the "
                    "year, start the value with it (value: 2019年第三季)")
        return None, None
    year = short_year(spelled)
    if year is not None and (as_date or (parse_figure(value) is None and _month_after_year(
            spelled))):
        # 19年5月 with unit: date was May of the year 19, though as_of said 2019
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} writes its year without "
                    f"its century ({year}), which factcheck does not read as a date",
                    claim_id=claim_id, expected="a date whose year has four digits (2019年5月)",
                    hint="list the mention under not_claims: with a reason")
        return None, None
    if as_date or (DATE_SHAPE.match(spelled) and "unit" not in fields):
        readings: tuple[Period, ...]
        if as_of is None:
            written = parse_period(spelled)
            readings = () if written is None else (written,)
        else:
            readings = complete_period(spelled, as_of)
        if len(readings) == 1:
            return None, dataclasses.replace(readings[0], text=value)
        is_date = parse_period(spelled, year=2000, month=1) is not None  # in some year and month
        if as_of is not None and is_date:
            _report_completion(doc, keypath, value, as_of, readings, problems, claim_id)
            return None, None
        if backward_run(spelled):  # 2020-19年: no period, whatever the year
            problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is not a real date: its "
                        "run goes backward", claim_id=claim_id,
                        expected="a run from the earlier date to the later (2019-20年, "
                        "2019年至2020年)", hint="a run of dates must go forward; if the "
                        "article misprints it, it is no claim: list the mention under "
                        "not_claims: with a reason")
            return None, None
        if roc_run_into_month(spelled):  # 民國108年至110年3月
            problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is a run of 民國 years "
                        "into a month or day, which factcheck does not read", claim_id=claim_id,
                        expected="a run of whole 民國 years (民國108至110年) or one date "
                        "(民國110年3月)", hint="list the mention under not_claims: with a reason")
            return None, None
        if as_date:
            problems.at(doc, (*keypath, "value"), f"{value!r} is not a date",
                        claim_id=claim_id, expected="a date or period, e.g. 2023, 2019年5月, 28日")
            return None, None
        if is_date:
            return None, None  # it needs the year of as_of, which is reported as unreadable
        if any(ch in spelled for ch in "年月日-") and parse_figure(value) is None and (
                qualifier_after_a_date(value) is None):  # 2030年前后: named below
            problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is not a real date",
                        claim_id=claim_id, expected="a calendar date that exists")
            return None, None
    digits = digit_count(value)
    if digits > MAX_FIGURE_DIGITS:
        problems.at(doc, (*keypath, "value"), f"the figure has {digits} digits, more than the "
                    f"{MAX_FIGURE_DIGITS} factcheck reads", claim_id=claim_id,
                    found=short_repr(value), hint="write the figure exactly as the quote has it")
        return None, None
    figure = parse_figure(value)
    words = qualified_range(value) if figure is None else None
    if words is not None:
        problems.at(doc, (*keypath, "value"), f"the range {short_repr(value)} has a qualifier "
                    f"({words}), which factcheck does not read", claim_id=claim_id,
                    expected="a range without a qualifier (3%至5%) or one figure with one "
                    "(5%左右)",
                    hint="list the mention under not_claims: with a reason; a claim of the "
                    "range or of one end without the qualifier is only part of the figure")
        return None, None
    if figure is None and from_one_to_another(value.strip().translate(FULLWIDTH)):
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is two figures, from one to "
                    "the other, not a range", claim_id=claim_id,
                    expected="one figure, or a range whose low end leaves its unit to the high "
                    "end across 到 (10到20元) or is joined by 至 or a dash (10元至20元)",
                    hint="claim each figure on its own")
        return None, None
    if figure is None and RATIO_RE.fullmatch(value.strip().translate(FULLWIDTH)):
        # 3比一, 3:1, 1:2:3: 'cannot read the figure ... write it as the quote has it' sent
        # the writer back to the quote, which has it so
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is a ratio, a score or a "
                    "clock time, not an amount", claim_id=claim_id,
                    expected="an amount: a number with optional qualifier and unit",
                    hint=_RATIO_HINT)
        return None, None
    if figure is None and fold_chars(value.strip()).startswith(PLUS_OR_MINUS):
        # ±3%: 'write it as the quote has it' sent the writer back to the quote
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is plus or minus, a margin "
                    "(±3% is from -3% to 3%), which factcheck does not read",
                    claim_id=claim_id, hint=_NOT_READ_HINT)
        return None, None
    if figure is None and "米" in value and metres_and_centimetres(
            fold_chars(value), value.index("米")) is not None:
        # 1米75: 'write it as the quote has it' sent the writer back to the quote
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} {METRES_NOT_READ}",
                    claim_id=claim_id, hint=_NOT_READ_HINT)
        return None, None
    if figure is None and _ZHAO_AND_A_TAIL.search(value.translate(FULLWIDTH)):
        # 1兆5000億元: 'write it as the quote has it' sent the writer back to the quote
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} {ZHAO_NOT_READ}",
                    claim_id=claim_id, hint=_NOT_READ_HINT)
        return None, None
    if figure is None and parse_period(spelled, year=2000, month=1) is not None:
        # 首季 of 今年首季, 首季度: 'write it as the quote has it' sent the writer back to
        # the quote, which has it so; such a date is read with unit: date
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is a date without a year, "
                    "which factcheck reads only with `unit: date`", claim_id=claim_id,
                    expected="an amount (近300亿元), or a date with `unit: date`",
                    hint="add `unit: date` (its year comes from as_of)")
        return None, None
    if figure is None and _ORDINAL_VALUE.match(value.strip()):
        # 第3天: 'write it as the quote has it' sent the writer back to the quote
        _refuse_an_ordinal(doc, keypath, value, problems, claim_id)
        return None, None
    if figure is None and (odds := qualifiers_at_odds(value)) is not None:
        # 近30家出头: 'write it as the quote has it' sent the writer back to the quote
        problems.at(doc, (*keypath, "value"), f"cannot read the figure {short_repr(value)}: "
                    f"it has two qualifiers of different senses, {odds[0]!r} and {odds[1]!r}",
                    claim_id=claim_id, expected="one qualifier, or a prefix and a suffix of "
                    "one sense (约30家左右, 至少30家以上)", hint="list the mention under "
                    "not_claims: with a reason")
        return None, None
    if figure is None and (dating := qualifier_after_a_date(value)) is not None:
        # 2030年前后 loaded as about 2030 years: the word after the year dates it
        problems.at(doc, (*keypath, "value"), f"cannot read the figure {short_repr(value)}: "
                    f"{dating[1]!r} after the date {dating[0]!r} dates it, and no number of "
                    "years", claim_id=claim_id, expected="the date alone, or a number of "
                    "years that is no year of 1800-2199 (1500年左右)",
                    hint=f'write value: "{dating[0]}" (a date; factcheck reads no qualifier '
                    "of a date), or list the mention under not_claims: with a reason")
        return None, None
    if figure is None:
        problems.at(doc, (*keypath, "value"), f"cannot read the figure {short_repr(value)}",
                    claim_id=claim_id,
                    expected="a number with optional qualifier and unit, e.g. 近300亿元, 30余家",
                    hint="write the value exactly as the quote has it")
        return None, None
    padded = next((n.text for n in (figure.number, figure.high)
                   if n is not None and _LEADING_ZERO.match(n.text.translate(FULLWIDTH))), None)
    if padded is not None:  # 0001个 loaded as 1个; extract calls 0001 an identifier
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} has a leading zero "
                    f"({padded}): a code or serial number, not a figure",
                    claim_id=claim_id,
                    expected="a figure without leading zeros (0 and 0.5 are figures)",
                    hint="list the mention under not_claims: with a reason, as factcheck "
                    "extract calls it an identifier")
        return None, None
    for name in ("unit", "per", "tolerance"):
        if fields.get(name) is not None and not fields[name].strip():
            problems.at(doc, (*keypath, name), f"'{name}' is empty", error=SchemaError,
                        claim_id=claim_id, expected=_NOT_EMPTY[name],
                        hint="write it, or leave the field out")
            return None, None
    if fields.get("unit") == _TODO:  # where the skeleton found no unit it knows
        _still_todo(doc, keypath, "unit", _NOT_EMPTY["unit"], claim_id, problems)
        return None, None
    if "unit" not in fields and figure.unit_word in _CALENDAR_WORDS:
        # 三月 and 1至9月 name months of the calendar (a number of months is 个月), and
        # 1-3日 days of a month: read as a quantity they would be a duration.
        what, unit = _CALENDAR_WORDS[figure.unit_word]
        problems.at(doc, (*keypath, "value"),
                    f"{short_repr(value)} names {what} of the calendar, a date, not a number of "
                    f"{what}", claim_id=claim_id,
                    expected="a date claim, which a value without its year digits first is "
                    "only with `unit: date`",
                    hint=f"add `unit: date` (the year comes from as_of); for a number of {what}, "
                    f"give `unit: {unit}`")
        return None, None
    word = fold_chars(figure.unit_word)
    if word in POSITION_WORDS:
        # 3周年 with unit: 年 loaded as 3 years, 5年级 with unit: 个 as 5 items
        _refuse_an_ordinal(doc, keypath, value, problems, claim_id)
        return None, None
    if word[-1:] in LEVEL_WORDS:
        # 4级 with unit: 个 loaded as 4 items, 10万吨级 as 10万吨
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is a level or a class "
                    "(4级地震, 千亿级产业, 10万吨级码头), not an amount", claim_id=claim_id,
                    expected="an amount: a number with optional qualifier and unit",
                    hint="list the mention under not_claims: with a reason")
        return None, None
    if word == "月份":  # 3月份 with unit: 个 loaded as 3 items (without unit: it is read above)
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} names months of the "
                    "calendar, a date, not a number of months", claim_id=claim_id,
                    expected="a date claim, which a value without its year digits first is "
                    "only with `unit: date`",
                    hint="give `unit: date` (the year comes from as_of) in place of "
                    f"`unit: {str(fields.get('unit')).strip()}`")
        return None, None
    quantity = quantity_of_value(value, fields.get("unit"), fields.get("per"),
                                  fields.get("tolerance"), currency)
    if isinstance(quantity, str):
        error = UnitError if "unit" in quantity or "dimension" in quantity else SchemaError
        hint = None
        field = ("tolerance" if "tolerance" in quantity else
                 "unit" if "unit" in fields else "value")
        if quantity.startswith("the figure has no unit"):
            hint = _with_its_unit(value, fields.get("quote"))
        if "is a clock time" in quantity:
            field, hint = "value", _CLOCK_HINT
        elif ZHAO_NOT_READ in quantity or METRES_NOT_READ in quantity or (
                "has tenths after its 成" in quantity or "(来 after a number)" in quantity):
            field, hint = "value", _NOT_READ_HINT
        elif currency and quantity.startswith(f"dimension mismatch: the text writes {currency!r}"):
            hint = f"the currency written before the amount is its unit: give `unit: {currency}`"
        elif "is a degree or a kilowatt-hour" in quantity:
            hint = f"for electricity give `unit: kW·h`; {_TEMPERATURE_NO_CLAIM}"
        elif "is a temperature" in quantity:
            field = "unit" if quantity.startswith("unit") else "value"
            hint = ("no claim can hold a temperature, and `unit:` cannot replace it: list "
                    "the mention under not_claims: with a reason")
        elif "of a temperature" in quantity or "made of a temperature" in quantity:
            hint = ("no claim can hold a temperature or a unit made of one: list the "
                    "mention under not_claims: with a reason")
        elif "is an angle" in quantity or "made of an angle" in quantity:
            hint = ("no claim can hold an angle: list the mention under not_claims: with a "
                    "reason")
        elif quantity.startswith("unknown unit"):
            word = quantity.split("'")[1]  # cut to 60 characters, as the message shows it
            per = fields.get("per")
            if isinstance(per, str) and word == short_text(per):
                field = "per"
            word_is = NOT_UNIT_WORDS.get(fold_chars(word))
            if word_is is not None:  # 周岁 is no 周: never "did you mean '周'?"
                hint = (f"{word!r} is {word_is}, no unit: give the unit it counts in with "
                        "`unit:` (年 for an age, 18周岁), or list the mention under "
                        "not_claims: with a reason")
            else:
                near = suggest_units(word)
                hint = f"did you mean {', '.join(repr(n) for n in near)}?" if near else (
                    "add `unit:` with a known unit (see factcheck/units.txt)" if field == "value"
                    else "write a unit that factcheck/units.txt defines")
        problems.at(doc, (*keypath, field), quantity, error=error, claim_id=claim_id, hint=hint)
        return None, None
    return quantity, None


def _with_its_unit(value: str, quote: Any) -> str | None:
    """The hint for a value without a unit whose quote writes the figure with one: the
    quote's ``全市共有企业461家`` is ``value: "461家"`` (``value: 461``, which YAML reads as a
    number, is the usual way to get here), or ``None`` where the quote has no such figure."""
    if not isinstance(quote, str):
        return None
    digits = re.compile(rf"(?<![0-9.]){re.escape(value.strip())}(?![0-9.])")
    written = written_in(quote, digits, besides=value.strip())
    if written is None:
        return None
    return (f"write the figure as the quote has it, with its unit, in quotes: "
            f"value: \"{written}\"")


_NOT_EMPTY = {
    "unit": "a unit, such as 元, 家 or 公里",
    "per": "what the figure is per, such as 斤 or 年",
    "tolerance": "an allowance, such as 5% or 0.1亿元",
}


def _backwards_hint(text: str) -> str | None:
    """The hint for a period A..B that cannot be read because B is before A."""
    first, dots, second = text.partition("..")
    start, end = parse_period(first), parse_period(second)
    if dots and start is not None and end is not None and end.end < start.start:
        return f"it ends ({second.strip()}) before it starts ({first.strip()}): write the " \
            "earlier date first"
    return None


def _iso_hint(text: str) -> str | None:
    """The hint for a date written with slashes or dots (2024/02): its spelling here."""
    iso = iso_spelling(text)
    return None if iso is None else f"write it as {iso}"


def _report_completion(doc: Document, keypath: KeyPath, value: str, as_of: Period,
                       readings: tuple[Period, ...], problems: Problems, claim_id: str) -> None:
    """Report a date without its year (or month) that no completion, or several, put inside
    its as_of."""
    unit = "year" if parse_period(value, year=2000) is not None else "month"
    missing = "year" if unit == "year" else "year and month"
    if readings:
        shown = ", ".join(str(r) for r in readings[:2]) + (", ..." if len(readings) > 2 else "")
        problems.at(doc, (*keypath, "value"),
                    f"{short_repr(value)} falls inside its as_of {as_of} in more than one {unit}",
                    claim_id=claim_id, expected=f"one {unit} inside as_of to complete the date",
                    found=shown, hint=f"give the {missing} in the value or narrow as_of")
        return
    start = as_of.start
    where = f"{start.year}" if unit == "year" else f"{start.year}-{start.month:02d}"
    reading = parse_period(value, year=start.year, month=start.month)
    problems.at(doc, (*keypath, "value"),
                f"{short_repr(value)} falls outside its as_of {as_of} in every {unit}",
                claim_id=claim_id,
                expected=f"a date inside as_of, which gives the value its missing {missing}",
                found=f"read in {where}: {reading or 'no such date'}",
                hint="correct as_of to the date or period the value falls in, or give the "
                f"{missing} in the value")


def read_not_claims(items: Items, defaults: dict[str, Any], sources: dict[str, Source],
                    problems: Problems) -> tuple[NotClaim, ...]:
    """Read ``not_claims:`` entries: numbers deliberately not encoded, with a reason."""
    context = _Context(sources, {}, {})
    result: list[NotClaim] = []
    for doc, _, value in items:
        if not isinstance(value, list):
            not_a_list(doc, "not_claims", "", value, problems,
                       expected="a list of mappings with 'quote' and 'reason'")
            continue
        for index, entry in enumerate(value):
            keypath: KeyPath = ("not_claims", index)
            fields = read_fields(doc, keypath, entry, _NOT_CLAIM_FIELDS, problems,
                                 what="not-a-claim entry")
            if fields is None:
                continue
            if not fields["reason"].strip():  # as an acknowledgement's: `reason: ""` is none
                problems.at(doc, (*keypath, "reason"), "a not_claims entry needs a reason",
                            hint="say why this number is not a claim")
                continue
            source_id = _resolve_source(doc, keypath, fields, defaults.get(doc.path), context,
                                        problems, None)
            if source_id is None:
                continue
            span = _locate_quote(doc, keypath, fields["quote"], fields.get("occurrence"),
                                 sources[source_id], context, problems, None)
            if span is not None:
                result.append(NotClaim(source_id, fields["quote"], span, fields["reason"],
                                       doc.locate(keypath)))
    return tuple(result)

