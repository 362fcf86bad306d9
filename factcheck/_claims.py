"""Read claims: validate fields, verify quotes against sources, parse exact quantities.

A claim is accepted only when its quote occurs in its source (across scripts, pinyin
annotations and whitespace), its ``value`` occurs in its quote, and the value parses as a
figure with a known unit, or as a date. The value is read by :mod:`._claim_value`, the
source and the quote's place in it by :mod:`._claim_source`, and the refusals' hints are
written by :mod:`._claim_hints`.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from typing import Any

from ._bound_through_verbs import BOUND_REACH, bound_sense, bound_through_a_verb
from ._bracketed_dates import bracketed_date_around
from ._change_by_to import changed_by_to
from ._claim_hints import (
    BUDAO_BETWEEN_HINT,
    BUGUO_HINT,
    CLOCK_HINT,
    NOT_EMPTY,
    TODO,
    around,
    backwards_hint,
    no_claim_hint,
    part_of_figure_hint,
    still_todo,
)
from ._claim_quantity import (
    EXCHANGE_RATE_NOT_AN_AMOUNT,
    money_no_rate,
    short_repr,
)
from ._claim_source import Context, Items, excluded_quote, locate_quote, resolve_source
from ._claim_value import clock_point, parse_value, refuse_a_month_as_a_count, unit_as_written
from ._dates import DATE_SHAPE, date_hint, parse_period, short_year
from ._errors import QuoteError, UnitError, short_text, visible
from ._extract_lexicon import (
    BEFORE_COMMON_ERA_YEAR_RE,
    DAY_DURATION_RE,
    PEOPLE_GROUP_REACH,
    PREFIX_QUALIFIER_RE,
    TEMPERATURE_CLAUSE_END,
    TEMPERATURE_REACH,
    TIME_UNITS,
    after_common_era,
    before_common_era,
    currency_before,
    currency_in_figure,
    exchange_rate_into,
    floor_area_before,
    foot_per_before,
    identifier_around,
    idiom_around,
    latin_scale,
    mei_within_reach,
    next_to_budao_between,
    numbered_noun_after,
    passing_after,
    people_a_rate_is_per,
    per_before,
    rate_before,
    rate_word_around,
    rate_word_before,
    reads_as_an_amount,
    roc_year_listed,
    san_ci_chanye_at,
    temperature_word,
    unread_unit_after,
    year_before,
    years_ago_before,
)
from ._figure_notation import ACROSS_A_SLASH, is_a_year_across
from ._figure_qualifiers import (
    FOUR_DIGIT_YEARS_RE,
    MONTH_WORDS_BEFORE_DAY,
    SHORT_OF_WORDS,
    WORD_BEFORE_QUALIFIER,
    after_a_qualifier,
    days_after,
    difference_after_bi,
    guo_may_pass_a_mark,
    part_of_a_year_after,
    po_breaks_a_mark,
    qualifier_dating_the_year,
    short_of_a_date,
    year_or_years,
    year_qualifier_words,
)
from ._jin import NAMED_JIN, WHY_JIN_UNREAD, bare_jin, jin_named, unnamed_jin
from ._model import Claim, Entity, Metric, Source
from ._near_span import (
    NEAR_SPAN_UNSURE_HINT,
    THE_LAST_AFTER,
    NearSpan,
    may_be_a_year,
    near_span_reading,
)
from ._numbers import dated, parse_figure, times_before_du
from ._numerals import FULLWIDTH
from ._quotes import find_within, fold_chars, fold_text
from ._roc_years import (
    point_in_time,
    roc_as_of_hint,
    roc_year_alone,
    roc_year_hint,
    writes_roc_years,
)
from ._rough_ba import rough_ba_around
from ._schema import Field, Problems, not_a_list, read_fields
from ._second_core import Forked
from ._unit_word_cuts import name_after_a_number, unit_begins_a_name
from ._unit_words import (
    LEVEL_WORDS,
    UNREAD_UNIT_WORDS,
    levels_counted,
    year_before_renminbi_word,
)
from ._units import base_factor, parse_unit
from ._unread_value import unread_value_reason
from ._whole_figure import (
    digits_across_a_space,
    find_figure_within,
    grouped_at_a_line_start,
    unit_written_after,
)
from ._yaml import Document, KeyPath

__all__ = ["claimed_twice", "read_claims"]

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


#: What ends the clause a word of temperature is looked for in, as a message shows it (the
#: full-width marks: a comma, a stop, 、...)
_CLAUSE_ENDS_SHOWN = "".join(c for c in TEMPERATURE_CLAUSE_END if not c.isascii())
_FIGURES_IN_QUOTE = re.compile(
    r"[0-9０-９][0-9０-９.,，．]*[%％]?[万萬亿億]?|[零〇一二两兩三四五六七八九十百千万萬亿億]{2,}"
)


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
    context = Context(sources, entities, metrics)
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
               context: Context, problems: Problems) -> list[Claim] | None:
    """The child's part: its claims in order, or ``None`` where reading them changed
    ``problems`` (the parent then reads them itself, to report in order)."""
    claims: dict[str, Claim] = {}
    _read_entries(entries, defaults, context, problems, claims)
    return list(claims.values()) if _untouched(problems) else None


def _read_entries(entries: Iterable[tuple[Document, int, Any]], defaults: dict[str, Any],
                  context: Context, problems: Problems, claims: dict[str, Claim]) -> None:
    """Read ``entries`` (a document, the index in its ``claims:`` list, the entry) into
    ``claims``, in order."""
    for doc, index, entry in entries:
        keypath: KeyPath = ("claims", index)
        claim_id = _id_of(entry)
        kept: dict[str, Any] = {}
        fields = read_fields(doc, keypath, entry, CLAIM_FIELDS, problems, what="claim",
                             claim_id=claim_id, kept=kept)
        if fields is None:
            problems.mark_invalid("claim", claim_id)  # a check naming it is not also wrong
            # unit: [元] hid entity: daoli_signin until the next run
            _vet_vocabulary(doc, keypath, kept, context, problems, claim_id)
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


def _unknown(doc: Document, keypath: KeyPath, field: str, name: str, known: Iterable[str],
             expected: str, add: str, claim_id: str | None, problems: Problems,
             named: str | None = None) -> None:
    """An entity or metric the vocabulary lacks: still TODO, or the id of the metric whose
    name it is (``named``), or the closest known name, or where to add it (``add``)."""
    if name == TODO:
        still_todo(doc, keypath, field, expected, claim_id, problems)
        return
    if named is not None:  # adding it, as the hint below says, would make a second metric
        problems.at(doc, (*keypath, field), f"unknown {field} '{short_text(name)}'",
                    claim_id=claim_id, expected=expected,
                    hint=f"did you mean '{named}'? '{short_text(name)}' is the name of "
                    f"{field} '{named}', and a claim names its {field} by id")
        return
    # A Chinese name is two to four characters, and an input method's slip (园去 for 园区,
    # a homophone) changes one of them: a ratio of 0.5 for two characters.
    close = difflib.get_close_matches(name, list(known), n=1,
                                      cutoff=0.6 if name.isascii() else 0.5)
    problems.at(doc, (*keypath, field), f"unknown {field} '{short_text(name)}'",
                claim_id=claim_id,
                hint=f"did you mean '{close[0]}'?" if close else add)


def _vet_vocabulary(doc: Document, keypath: KeyPath, fields: dict[str, Any],
                    context: Context, problems: Problems, claim_id: str | None) -> str | None:
    """Report the claim's entity and metric where the vocabulary lacks them (each only
    where ``fields`` has it), and return the entity's id, or ``None``."""
    entity = None
    if "entity" in fields:
        # a TODO is a blank to fill in, never excused as a name a missing registry may hold
        entity = context.aliases.get(fold_text(fields["entity"]))
        if entity is None and (fields["entity"] == TODO
                               or not problems.excused("entity", fields["entity"])):
            _unknown(doc, keypath, "entity", fields["entity"], context.aliases,
                     "an entity id or alias", "add it to the entities file with its aliases",
                     claim_id, problems)
    if "metric" in fields and fields["metric"] not in context.metrics and (
            fields["metric"] == TODO or not problems.excused("metric", fields["metric"])):
        _unknown(doc, keypath, "metric", fields["metric"], context.metrics, "a metric id",
                 "add it to the metrics file", claim_id, problems,
                 named=context.metric_named(fields["metric"]))
    return entity


def _reach_back_to(word: str, text: str, start: int, least: int = 6) -> int:
    """How many characters before ``start`` the text shown of an error must take in to
    show ``word`` (folded) when it stands within 20 characters (亩产 of
    亩产较去年同期相比增加50公斤), and at least ``least``."""
    before = fold_chars(text[max(0, start - 20):start])
    at = before.rfind(word)
    return least if at < 0 else max(least, len(before) - at)


#: a value that names a quarter of the year by its number (三季度, 前3季度, 3季度; or the
#: number alone where 季度 follows it), never with 个 (3个季度 is a span of three quarters)
_QUARTER_VALUE_RE = re.compile("(前)?([1-4一二三四])(季度)?")
#: A day alone (8日, 8号, 八號), which takes its month from `as_of`
_DAY_ALONE_RE = re.compile("[0-9〇零一二两三四五六七八九十]+[日号]")
#: A month before the day that is not the month of `as_of` (下月8号: next month's 8th)
_OTHER_MONTH_BEFORE = ("上月", "下月", "次月", "前月", "上个月", "下个月", "上一个月", "下一个月")


def _quarter_named(value: str, text: str, span: tuple[int, int]) -> str | None:
    """The quarter of the year, as ``text`` writes it, that ``value`` at ``span`` names or
    is the number of (三季度, 前三季度, 3季度: a point in time or the quarters since the
    year's start, no count of quarters); or None (3个季度, 第3季度, 13季度)."""
    start, end = span
    named = _QUARTER_VALUE_RE.fullmatch(fold_chars(value.strip()))
    if named is None:
        return None
    if named.group(3) is None and fold_chars(text[end:end + 2]) != "季度":
        return None
    before = fold_chars(text[start - 1:start]) if start else ""
    if before and (before == "第" or (before.isdigit() and before not in "1234") or (
            before in "五六七八九十百千万零〇两")):
        return None  # 第3季度 is refused as a date already; 13季度, 十三季度 name no quarter
    first = start - 1 if before == "前" and named.group(1) is None else start
    return text[first:end if named.group(3) else end + 2]


def _writes_a_known_unit(value: str) -> bool:
    """Whether ``value`` is a figure with a unit word factcheck knows (5MJ), which is no
    identifier's number, whatever the letters after it look like (5G, 4K)."""
    figure = parse_figure(value)
    return figure is not None and bool(figure.unit_word) and (
        parse_unit(figure.unit_word) is not None)


def _read_claim(doc: Document, keypath: KeyPath, fields: dict[str, Any], default: Any,
                context: Context, problems: Problems) -> Claim | None:
    claim_id: str = fields["id"]
    before = len(problems.errors)
    source_id = resolve_source(doc, keypath, fields, default, context, problems, claim_id)
    entity = _vet_vocabulary(doc, keypath, fields, context, problems, claim_id)
    as_of = parse_period(fields["as_of"])
    if as_of is None and fields["as_of"] == TODO:
        still_todo(doc, keypath, "as_of", "the date or period the figure refers to: "
                   "YYYY-MM-DD, YYYY-MM, YYYY, or A..B", claim_id, problems)
    elif as_of is None:
        problems.at(doc, (*keypath, "as_of"), f"cannot read as_of {short_repr(fields['as_of'])}",
                    claim_id=claim_id, expected="a real date or period: YYYY-MM-DD, YYYY-MM, "
                    "YYYY, or A..B (e.g. 2017-01..2017-09)",
                    hint=backwards_hint(fields["as_of"]) or date_hint(fields["as_of"])
                    or roc_as_of_hint(fields["as_of"]))
    if source_id is None:
        if fields.get("unit") == TODO:  # read with the value, which needs the source
            still_todo(doc, keypath, "unit", NOT_EMPTY["unit"], claim_id, problems)
        return None
    source = context.sources[source_id]
    span = locate_quote(doc, keypath, fields["quote"], fields.get("occurrence"), source,
                        context, problems, claim_id)
    if span is None:
        return None
    if not source.is_body(*span):
        excluded_quote(doc, keypath, fields["quote"], span, source, context, problems, claim_id)
        return None
    value: str = fields["value"]
    found, partial = find_figure_within(context.normal_text(source_id), source.text, span[0],
                                        span[1], value, fields.get("unit"))
    if not found and partial:
        # 2.4萬人至749.8萬人 of 人口減少2.4萬人至749.8萬人: a change by X to Y, no range
        what = "no range" if changed_by_to(source.text, partial[0]) else "only part of a figure"
        problems.at(doc, (*keypath, "value"), f"value {short_repr(value)} is {what} "
                    "in the quote", error=QuoteError, claim_id=claim_id,
                    found=around(source, partial[0]),
                    hint=no_claim_hint(source.text, partial[0])
                    or part_of_figure_hint(source.text, partial[0], span, None if (
                        "unit" not in fields) else unit_written_after(
                        source.text, partial[0][1], fields["unit"])))
        return None
    spaced = None if found or partial else next(
        (at for at in find_within(context.normal_text(source_id), span[0], span[1], value)
         if digits_across_a_space(source.text, at)), None)
    if spaced is not None:  # 201912亿元 of 2019 12亿元 loaded as one figure
        problems.at(doc, (*keypath, "value"), f"value {short_repr(value)} joins digits across "
                    "a space in the quote", error=QuoteError, claim_id=claim_id,
                    expected="one figure of the quote", found=around(source, spaced),
                    hint="at the start of a line, the digits before the space may number a "
                    "list item (1 200家: item 1's 200家, or 1200家), and neither reading is "
                    "taken: list the mention under not_claims: with a reason"
                    if grouped_at_a_line_start(source.text, spaced) else
                    "this space parts two numbers (a space groups thousands only between one "
                    "to three digits and exactly three, 1 000万元, as a comma does, 1,000, "
                    "never after a Latin letter or a rank: iPhone 15 128GB, 前20 100家): "
                    "claim the figure the quote writes, each on its own, or list the mention "
                    "under not_claims: with a reason")
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
    bracketed = bracketed_date_around(fold_chars(source.text), value_span)
    if bracketed is not None:  # 15 of 今（15）日 with unit: 天 loaded as 15 days
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} in brackets is part of the "
                    f"date {source.text[slice(*bracketed)]!r} (今（15）日 is the 15th of this month, 上（3）月 last "
                    "month, March, 本（112）年 this year, 民國112), no amount",
                    claim_id=claim_id, expected="an amount", found=around(source, bracketed),
                    hint="a number in brackets between 今, 上, 本, 明, 昨, 前, 去, 次 or 下 and "
                    "日, 月 or 年 names the day, month or year that word means, which factcheck "
                    "does not read: list the mention under not_claims: with a reason")
        return None
    unread = unread_unit_after(source.text, value_span[1] - 1) if value.rstrip()[-1:] in (
        "台", "臺") else ""
    if len(unread) > 1:  # 3台 of 門寬3台尺 loaded as three machines
        problems.at(doc, (*keypath, "value"), f"value {short_repr(value)} is only part of a "
                    f"figure in the quote: its 台 begins {unread!r}, "
                    f"{UNREAD_UNIT_WORDS[fold_chars(unread)]}, which factcheck does not read",
                    error=QuoteError, claim_id=claim_id,
                    found=around(source, (value_span[0], value_span[1] + 1)),
                    hint="list the mention under not_claims: with a reason")
        return None
    rough = rough_ba_around(fold_chars(source.text), value_span)
    if rough is not None:  # 千把 or 千 of 千把人 with unit: 人 loaded as exactly 1000 people
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is part of "
                    f"{source.text[slice(*rough)]!r}, a rough figure (千把人 is about a thousand "
                    "people, 百把 about a hundred, 个把月 a month or so), which factcheck does "
                    "not read", claim_id=claim_id, expected="a figure factcheck reads "
                    "(约1000人, 近千人)", found=around(source, rough),
                    hint="no `unit:` mends it: list the mention under not_claims: with a reason")
        return None
    if clock_point(value, source.text, value_span):
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is a clock time, not an "
                    "amount in a unit (a number of hours is 小时)", claim_id=claim_id,
                    expected="an amount: 点 counts points only where no time of day "
                    "(下午) comes before it, no 钟, 开会 or minutes (30分, 半) after it and no "
                    "range of hours makes it one (8点至10点): 三点意见",
                    found=around(source, value_span), hint=CLOCK_HINT)
        return None
    name = _name_begun(value, source.text, value_span[1])
    as_unit = None if name is not None else _name_as_unit(value, fields.get("unit"),
                                                          source.text, value_span[1])
    if as_unit is not None:  # 2019 of 2019纳米比亚 with unit: 纳米 loaded as 2019 nanometres
        problems.at(doc, (*keypath, "unit"), f"unit {str(fields['unit']).strip()!r} reads "
                    f"the unit word {as_unit[0]!r} after {short_repr(value)}, which begins the "
                    f"name {as_unit[1]!r} ({as_unit[2]}) in the quote, no unit",
                    error=UnitError, claim_id=claim_id, expected="a figure in a unit, or a "
                    "count of what the name names (unit: 人 for 3 of 3米兰球员)",
                    found=around(source, value_span, 4),
                    hint="the number before a name counts nothing in it (2019 of 2019纳米比亚 is "
                    "a year): list the mention under not_claims: with a reason")
        return None
    if name is not None:  # 2019纳米 of 2019纳米比亚 loaded as 2019 nanometres
        problems.at(doc, (*keypath, "value"), f"the unit word {name[0]!r} of {short_repr(value)} "
                    f"begins the name {name[1]!r} ({name[2]}) in the quote, no unit",
                    claim_id=claim_id, expected="a figure in a unit",
                    found=around(source, value_span, 4),
                    hint="the number before a name counts nothing in it (2019 of 2019纳米比亚 is "
                    "a year): list the mention under not_claims: with a reason")
        return None
    if is_a_year_across(fold_chars(value.strip()).translate(FULLWIDTH)):
        # 2024-25年度 and 2024至25年度 (a fiscal year from 2024 into 2025) loaded as the two
        # calendar years 2024..2025
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is {ACROSS_A_SLASH}, "
                    "which factcheck does not read", claim_id=claim_id,
                    expected="a date of the calendar, or an amount",
                    found=around(source, value_span), hint="list the mention under "
                    "not_claims: with a reason")
        return None
    if before_common_era(source.text[max(0, value_span[0] - 3):value_span[0]]) and (
            BEFORE_COMMON_ERA_YEAR_RE.match(fold_chars(value.strip()))):
        # 221年 of 公元前221年 (221 BC) loaded as 221 years, 2000年 of 公元前2000年 as 2000 AD
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} after 公元前 is a year "
                    "before the common era, which factcheck does not read", claim_id=claim_id,
                    expected="a date of the common era, or an amount",
                    found=around(source, value_span), hint="list the mention under "
                    "not_claims: with a reason")
        return None
    short_of = _short_of_a_date(value, source.text[max(0, value_span[0] - 9):value_span[0]],
                                source.text[value_span[1]:value_span[1] + 4])
    if short_of is not None:  # 不及2019年 of 不及2019年水平 loaded as under 2019 years
        problems.at(doc, (*keypath, "value"), f"{short_of[0]!r} before the date "
                    f"{short_of[1]!r} compares with it ({short_of[0]}2019年水平: short of "
                    "2019's level), and bounds no number of years", claim_id=claim_id,
                    expected="the date alone, with `unit: date`",
                    found=around(source, value_span),
                    hint=f'write value: "{short_of[1]}" with `unit: date` (the date), or list '
                    "the mention under not_claims: with a reason")
        return None
    common_era = after_common_era(source.text[max(0, value_span[0] - 2):value_span[0]])
    if common_era and not DATE_SHAPE.match(value) and BEFORE_COMMON_ERA_YEAR_RE.fullmatch(
            fold_chars(value.strip())):
        # 221年 of 公元221年 (the year 221) loaded as 221 years
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} after 公元 is a year, which "
                    "factcheck reads as a date only in four digits", claim_id=claim_id,
                    expected="a year in four digits (公元2000年), or an amount",
                    found=around(source, value_span), hint="list the mention under "
                    "not_claims: with a reason")
        return None
    roc = _roc_year_unmarked(value, source.text, value_span)
    if roc is not None:  # 112年 of 112年第4季 and 111年 of 較111年成長 loaded as 112, 111 years
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is {roc[1]}, not a number "
                    "of years", claim_id=claim_id, expected="a number of years (历时3年, "
                    "有112年历史), or a date after 民國 (民國112年3月)",
                    found=around(source, value_span, 6), hint=roc_year_hint(roc[0]))
        return None
    year = None if common_era else _year_or_years(value, source.text, value_span)
    if year is not None and year[0] == "part":  # 1500年 of 1500年3月 loaded as 1500 years
        problems.at(doc, (*keypath, "value"), f"value {short_repr(value)} is only part of a "
                    "figure in the quote: a year with its month", error=QuoteError,
                    claim_id=claim_id, found=around(source, value_span, 4),
                    hint=f"write value: \"{value.strip()}{year[1]}\"")
        return None
    qualified = year is not None and year[2]
    dating = _qualifier_before_a_date(value) if qualified and year is not None and (
        year[0] == "date") else None
    if dating is not None:  # 约2030年 of 约2030年完成 loaded as about 2030 years
        part = part_of_a_year_after(fold_chars(source.text[value_span[1]:value_span[1] + 3]))
        # (接近2020年 of 接近2020年底: late 2020, which 2020年 would coarsen to the year)
        written = value.strip() + source.text[value_span[1]:value_span[1] + len(part)]
        problems.at(doc, (*keypath, "value"), f"cannot read the figure {short_repr(value)}: "
                    f"{dating[1]!r} before the date {dating[0]!r} dates it, and no number of "
                    "years", claim_id=claim_id, expected="the date alone, or a number of "
                    "years that is no year of 1800-2199 (树龄约1500年)",
                    found=around(source, value_span),
                    hint=f"{written} is about a part of a year, a date with a qualifier, "
                    "which factcheck does not read: list the mention under "
                    "not_claims: with a reason" if part else
                    f'write value: "{dating[0]}" (a date; factcheck reads no qualifier '
                    "of a date)" + (", and remove unit:" if "unit" in fields else "") +
                    ", or list the mention under not_claims: with a reason")
        return None
    dated_by = _qualifier_dating_the_value(value, source.text, value_span) if (
        fields.get("unit") not in (None, "date")) else ""
    if dated_by:  # 2030年 of 约2030年完成 with unit: 年 loaded as 2030 years
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} after {dated_by!r} is the "
                    f"year, a date ({dated_by}{value.strip()} dates it), and no number of "
                    "years", claim_id=claim_id, expected="the date, without unit:",
                    found=around(source, value_span), hint=f"remove unit: (the date "
                    f"{value.strip()}), or list the mention under not_claims: with a reason")
        return None
    calendar_year = _calendar_year_in_a_unit(value, source.text, value_span, fields)
    if calendar_year is not None:  # 2023年 of 2023年全市 with unit: 年 loaded as 2023 years
        written = f"{calendar_year}年"
        problems.at(doc, (*keypath, "unit" if "unit" in fields else "value"),
                    f"{short_repr(value)} is the year {calendar_year}, a date, and no number "
                    "of years nor a count (2023年 of 2023年全市财政收入增长8% dates the "
                    "sentence)", claim_id=claim_id,
                    expected="the date, without unit:", found=around(source, value_span, 4),
                    hint=(f"remove unit: (the date {written})" if value.strip().endswith(
                        ("年", "年度")) else f'write value: "{written}" without unit: (the '
                        "date)") + "; a span of years has a word that says so (距今, 树龄, "
                    "历时, 长达, 的历史, 之久), or list the mention under not_claims: with a "
                    "reason")
        return None
    if qualified and year is not None and year[0] == "date":
        # 1368年左右 of 该寺建于1368年左右 loaded as about 1368 years, with or without unit: 年
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is about a year (the "
                    "words before it date it), which factcheck does not read: a date takes no "
                    "qualifier", claim_id=claim_id, expected="a date without a qualifier, or an "
                    "amount", found=around(source, value_span), hint="list the mention under "
                    "not_claims: with a reason")
        return None
    if year is not None and year[0] == "either" and "unit" not in fields:
        # 1368年 of 1368年明朝建立 loaded as 1368 years, and 约1368年 of 约1368年建成 as
        # about 1368 years (接近2020年 of 时间接近2020年 as nearly 2020 years)
        prefix = PREFIX_QUALIFIER_RE.match(fold_chars(value.strip()))
        year_word, years_word = year_qualifier_words(prefix and prefix.group())
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} may be a year or a number "
                    "of years: " + (_ROUND_YEAR_AGO if dated(fold_chars(value.strip()).translate(
                        FULLWIDTH)) else _ABOUT_A_YEAR_OR_YEARS.format(
                        year_word, years_word) if _qualifier_before_a_date(value) else
                        "no year of 1800-2199, and nothing around it says which"),
                    claim_id=claim_id, expected="`unit: 年`" if qualified else
                    "`unit: date` or `unit: 年`", found=around(source, value_span),
                    hint="add `unit: 年` (a number of years, as 树龄约1500年 is); a year with "
                    f"a qualifier ({year_word} the year) is no date factcheck reads: list the "
                    "mention under not_claims: with a reason" if qualified else
                    f"add `unit: date` (the date {value.strip()}) or `unit: 年` (a number of "
                    "years, as 树龄1500年 or 1000年前 is)")
        return None
    if _month_counted(value, fields.get("unit"), fold_chars(
            source.text[value_span[1]:value_span[1] + 2])):
        # 3 of 3月以来 (since March) or 3月销量 with unit: 个 loaded as 3 items
        refuse_a_month_as_a_count(doc, keypath, value, problems, claim_id)
        return None
    noun = numbered_noun_after(
        fold_chars(source.text[value_span[1]:value_span[1] + 5]), _before_the_day(
            fold_chars(source.text[max(0, value_span[0] - 3):value_span[0]] + value.strip())),
    ) if value.rstrip()[-1:] in "号號" else 0
    if noun:
        # 3号 of 地铁3号线 (or 八號 of 八號風球) with unit: date loaded as the 3rd of a month,
        # as extract reads an identifier (never a date or an amount)
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} numbers a thing here "
                    f"({value.strip()}{source.text[value_span[1]:value_span[1] + noun]}), "
                    "no date or amount",
                    claim_id=claim_id, expected="a date or an amount",
                    found=around(source, value_span, 4),
                    hint="list the mention under not_claims: with a reason")
        return None
    if year_before_renminbi_word(value, source.text[value_span[1]:value_span[1] + 8]):
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is no amount: a year "
                    "before 人民币 and a word about the currency names a report or a reform "
                    "of that year", claim_id=claim_id,
                    expected="an amount in 人民币 (投资300亿人民币)",
                    found=around(source, value_span, 8),
                    hint="list the mention under not_claims: with a reason (the year in "
                    "the name of a report or a reform is no figure a claim checks)")
        return None
    if value.strip().startswith("不到") and next_to_budao_between(source.text, value_span):
        # 不到一万张 of 3分钟不到一万张票就卖光 loaded as under 10000: in under three minutes?
        problems.at(doc, (*keypath, "value"), f"'不到' of {short_repr(value)} may bound the "
                    "span of time before it instead", claim_id=claim_id,
                    expected="a figure whose qualifier is plain",
                    found=around(source, value_span, 8), hint=BUDAO_BETWEEN_HINT)
        return None
    if _guo_as_no_bound(value, source.text, value_span):  # 过5年 of 经过5年: more than 5
        buguo = source.text[value_span[0] - 1:value_span[0]] == "不" and guo_may_pass_a_mark(
            fold_chars(source.text[max(0, value_span[0] - 9):value_span[0]]),
            fold_chars(value.strip()[1:] + source.text[value_span[1]:value_span[1] + 10]))
        problems.at(doc, (*keypath, "value"), f"'过' of {short_repr(value)} is no 'more than' "
                    "here (a verb it ends, 经过, 通过, 去过, or 不过)", claim_id=claim_id,
                    expected="the figure alone, exact (过 is more than only after a measure, "
                    "人数过3000人, 参观者过3000人, or before a magnitude word alone, 过千人)",
                    found=around(source, value_span, 8),
                    hint=BUGUO_HINT if buguo else
                    f"write value: \"{value.strip()[1:]}\", or, if the article means "
                    "more than, list the mention under not_claims: with a reason")
        return None
    if _po_as_a_verb(value, source.text, value_span):  # 破3个 of 连破3个难关: more than 3
        problems.at(doc, (*keypath, "value"), f"'破' of {short_repr(value)} is a verb here "
                    "(broke, solved), not a mark broken through", claim_id=claim_id,
                    expected="the figure alone, exact (破 is more than only after a measure, "
                    "票房破10亿元, or before 大关)", found=around(source, value_span, 8),
                    hint=f"write value: \"{value.strip()[1:]}\"")
        return None
    difference = _difference_as_a_bound(value, source.text, value_span[0])
    if difference is not None:  # 超出30% of 比上年超出30% loaded as more than 30%
        problems.at(doc, (*keypath, "value"), f"{difference!r} of {short_repr(value)} says by "
                    "how much, after 比 and what it compares with, not more than",
                    claim_id=claim_id, expected="the figure alone, exact (比上年超出30% is 30% "
                    "more than the year before)", found=around(source, value_span, 8),
                    hint=f"write value: \"{value.strip()[len(difference):]}\"")
        return None
    near = _near_span(value, source.text, value_span)
    if near is not None:  # 近3年 of 近3年来 loaded as just under three years
        problems.at(doc, (*keypath, "value"), f"'近' of {short_repr(value)} is "
                    + ("'the last' here, no 'nearly'" if near == "the last" else
                       "'nearly' or 'the last' here, and nothing says which"),
                    claim_id=claim_id, expected="近 as 'nearly' only after a word of how long "
                    "something took (历时近5年) or since an event (成立近30年来); 近3年来 and 近5年，累计… are the last three or "
                    "five years, whose span stands alone", found=around(source, value_span, 8),
                    hint=f"write value: \"{value.strip()[1:]}\"" if near == "the last" else
                    NEAR_SPAN_UNSURE_HINT)
        return None
    word_end = _qualifier_ends_a_word(value, source.text, value_span[0])
    if word_end is not None:  # 约300家 of 共签约300家 (signed 300) loaded as about 300
        ended = source.text[value_span[0] - 1:value_span[0]] + word_end
        rest = value.strip()[len(word_end):]  # no figure where the word goes on: 公约数3个
        problems.at(doc, (*keypath, "value"), f"{word_end!r} of {short_repr(value)} ends the "
                    f"word {ended!r} here, no qualifier", claim_id=claim_id,
                    expected=f"the figure alone, exact ({word_end} is a qualifier only where "
                    "it ends no word: 共约300家 is about 300, but 签约300家 signed 300)",
                    found=around(source, value_span, 8),
                    hint=f"write value: \"{rest}\"" if parse_figure(rest) is not None else
                    "list the mention under not_claims: with a reason")
        return None
    if "unit" not in fields and _days_later(value, source.text, value_span):
        # 5日 of 5日后开工 (five days later) loaded as the 5th of a month of as_of
        word = DAY_DURATION_RE.match(fold_chars(source.text[value_span[1]:value_span[1] + 2]))
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} before "
                    f"{'' if word is None else word.group()!r} is a number of days "
                    "(5日后: five days later), not a day of the month", claim_id=claim_id,
                    expected="a number of days with `unit: 天`",
                    found=around(source, value_span), hint="add `unit: 天` (or `unit: date` "
                    "where it is the day of a month: 本月5日后, after the 5th)")
        return None
    if people_a_rate_is_per(value, source.text[max(0, value_span[0] - 2):value_span[0]],
                            source.text[value_span[1]:value_span[1] + PEOPLE_GROUP_REACH]):
        # 千人 of 每千人口床位数7.4张 loaded as a count of 1000 people, 百户 of 每百户 with
        # unit: 个 as 100 items
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} after 每 is the number "
                    "of people or households a rate is per (每千人口床位数7.4张: beds per "
                    "thousand people), no count of them", claim_id=claim_id, expected="an amount",
                    found=around(source, value_span, 4),
                    hint="list the mention under not_claims: with a reason")
        return None
    quarter = _quarter_named(value, source.text, value_span)
    if quarter is not None:  # 三 of 三季度实现营收 with unit: 个 loaded as 3 items
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} names a quarter of the "
                    f"year ({quarter}): a point in time, or the quarters from the year's "
                    "start (前三季度), never a count or a number of quarters",
                    claim_id=claim_id, expected="a figure, or a span of quarters written "
                    "with 个 (3个季度, unit: 个季度)", found=around(source, value_span, 4),
                    hint="claim the figure the quarter dates (as_of: gives its period, 三季度 of "
                    "2023 is 2023-07..2023-09), and list the mention under not_claims: with a "
                    "reason")
        return None
    if source.text[value_span[1]:value_span[1] + 1] == "番" and (
            doubled := parse_figure(value)) is not None and not doubled.unit_word:
        # 一 of 翻了一番 with unit: 个 loaded as one item, not a doubling
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} before 番 counts doublings "
                    "(翻两番 is four times), which factcheck does not read, whatever the unit",
                    claim_id=claim_id, expected="a figure factcheck reads",
                    found=around(source, value_span, 4),
                    hint="list the mention under not_claims: with a reason")
        return None
    identifier = "三次产业" if san_ci_chanye_at(source.text, value_span[0]) else (
        identifier_around(source.text, *value_span) if not _writes_a_known_unit(value)
        or fields.get("unit") == "date" else None)  # 五月 of 五月天 (a band) is no May
    if identifier is not None:  # 7-11 of 7-11便利店 with unit: 家 loaded as 7 to 11 firms
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is part of the identifier "
                    f"{identifier!r}, a name that writes a number (5G, 500强, 十四五, the "
                    "stores 7-11, 80後 for people born in the 1980s, the days 3·15 and 双11, "
                    "985高校, 12345热线), no figure",
                    claim_id=claim_id, expected="a figure", found=around(source, value_span),
                    hint="list the mention under not_claims: with a reason")
        return None
    if fields.get("unit") == "date" and _DAY_ALONE_RE.fullmatch(fold_chars(value.strip())) and (
            fold_chars(source.text[max(0, value_span[0] - 4):value_span[0]]).endswith(
                _OTHER_MONTH_BEFORE)):
        # 8号 of 下月8号开幕 with as_of 2023-07 loaded as 2023-07-08, the 8th of as_of's month,
        # where it is the 8th of the month after
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is a day of the month "
                    "before or after another one (上月, 下月, 次月), which factcheck does not "
                    "read: a day alone takes its month from as_of", claim_id=claim_id,
                    expected="a date that writes its month, or a day of the month of as_of",
                    found=around(source, value_span, 4),
                    hint="list the mention under not_claims: with a reason")
        return None
    jin = unnamed_jin(value, fields.get("unit"), fields.get("per"), source.text,
                      value_span) if source.script == "traditional" else None
    if jin is not None:  # 5萬斤 of a Taiwan article loaded as 25,000 kg, not 30,000 kg
        problems.at(doc, (*keypath, jin.field), f"{short_repr(value)} is {jin.what} of a "
                    f"Traditional-script article: {WHY_JIN_UNREAD}", error=UnitError,
                    claim_id=claim_id, expected="a claim that says whose 斤 it is: `unit: "
                    "台斤` or `unit: 市斤` with the number alone (`per:` after 每斤)",
                    found=around(source, value_span, 4), hint=jin.hint)
        return None
    written_per = per_before(source.text, value_span[0]) if isinstance(
        fields.get("per"), str) else None
    if written_per is not None and _per_contradicts(
            written_per, fields["per"], source.script == "traditional"):
        # 5元 of 每斤5元 with per: 台斤 loaded as 5元 per 600 g, with per: 公斤 per kilogram
        problems.at(doc, (*keypath, "per"), f"per {short_repr(fields['per'].strip())} "
                    f"contradicts the measure the quote writes after 每 ({written_per!r})",
                    error=UnitError, claim_id=claim_id, expected=f"`per: {written_per}`",
                    found=around(source, (source.text.rindex("每", 0, value_span[0]),
                                          value_span[1])),
                    hint=f"give `per: {written_per}`")
        return None
    foot = foot_per_before(source.text, value_span[0]) if fields.get("per") is None else ""
    if foot and (parse_figure(value) is not None or unread_value_reason(value) is None):
        # 2.3萬元 of 每呎售價2.3萬元 loaded as a bare 23000元 (but 萬二 of 呎價萬二 is first
        # a figure factcheck cannot read, which the value's reading says)
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is a price per {foot}, "
                    f"as the quote writes it (每{foot}, {foot}價), "
                    f"{UNREAD_UNIT_WORDS[fold_chars(foot)]}, which factcheck does not read as a "
                    "per-unit", claim_id=claim_id, expected="a `per:` in a unit factcheck knows",
                    found=around(source, value_span, 6),
                    hint="give `per: 平方呎` where it is the price of a flat's floor area (每呎 "
                    "in Hong Kong's property news), or list the mention under not_claims: "
                    "with a reason")
        return None
    per = per_before(source.text, value_span[0]) if fields.get("per") is None else None
    figure = parse_figure(value) if per is not None else None
    if per is not None and figure is not None and figure.per_word is None:
        # 每斤3-5元 is 3 to 5 元 per 斤: 3-5元 alone loaded it as an amount of money
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is a price per {per}: the "
                    f"quote writes 每{per} before it", claim_id=claim_id,
                    expected=f"`per: {per}` with the value, as for {figure.text}/{per}",
                    found=around(source, (source.text.rindex("每", 0, value_span[0]), value_span[1])),
                    hint=f"add `per: {per}`")
        return None
    # the 每 looked for first: parsing the value of every claim here cost the loader's hot path
    figure = parse_figure(value) if fields.get("per") is None and mei_within_reach(
        source.text, value_span[0]) else None
    rated = None if figure is None or figure.per_word is not None or "/" in str(
        fields.get("unit") or "") else rate_before(
        source.text, value_span[0], fold_chars(figure.unit_word or str(fields.get("unit") or "")))
    if rated is not None:
        # 7.4张 of 每千人口床位数7.4张 loaded as 7.4 beds, 200元 of 每亩补贴200元 as a flat 200元
        phrase, measure = rated
        at = source.text.rindex(phrase[0], 0, value_span[0])
        if measure is not None:
            problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is a rate per "
                        f"{measure}: the quote writes {phrase} before it in the clause",
                        claim_id=claim_id,
                        expected=f"`per: {measure}` with the value, as for "
                        f"{figure.text}/{measure}",  # type: ignore[union-attr]
                        found=around(source, (at, value_span[1])), hint=f"add `per: {measure}`")
        else:
            problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is a rate {phrase} "
                        f"(as the quote writes it before the figure), no amount: factcheck "
                        "reads no per-unit of a number of people, households or areas",
                        claim_id=claim_id, expected="an amount, or a rate per one unit",
                        found=around(source, (at, value_span[1])),
                        hint="list the mention under not_claims: with a reason")
        return None
    rate = rate_word_around(source.text, *value_span) if fields.get("per") is None else None
    figure = parse_figure(value) if rate is not None else None
    if rate is not None and figure is not None and figure.per_word is None and _in_base(
            figure.unit_word or fields.get("unit"), rate[2]):
        # 350公里 of 设计时速350公里 loaded as a distance, not 350公里/小时, and 412公斤 of
        # 亩产412公斤 as a mass, not 412公斤/亩
        rate_word, rate_per, _ = rate
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is a rate per {rate_per}: "
                    f"the quote writes {rate_word} with it ({rate_word}{figure.text} is "
                    f"{figure.text}/{rate_per})", claim_id=claim_id,
                    expected=f"`per: {rate_per}` with the value, as for {figure.text}/{rate_per}",
                    found=around(source, value_span, _reach_back_to(rate_word, source.text,
                                                                    value_span[0])),
                    hint=f"add `per: {rate_per}`")
        return None
    currency = currency_before(source.text, value_span[0]) or currency_in_figure(value)
    scale = None if currency is None else latin_scale(value, source.text[value_span[1]:])
    if currency is not None and scale is not None:
        # 200m of HK$200m loaded as 200 metres, 1.5 of HK$1.5bn with unit: 港元 as HK$1.5
        problems.at(doc, (*keypath, "value"), f"{scale!r} after the amount is a Latin scale "
                    "word (m or mn: million, bn: billion, k: thousand), which factcheck does "
                    f"not read after a currency ({currency!r}); a Latin m after an amount is "
                    "never metres", claim_id=claim_id,
                    expected="an amount with its magnitude in Chinese (2億港元) or in full",
                    found=around(source, value_span, 4),
                    hint="list the mention under not_claims: with a reason")
        return None
    quantity, date = parse_value(doc, keypath, fields, as_of, problems, claim_id,
                                 currency,
                                 year_before(source.text, value_span[0]),
                                 roc_year_listed(source.text, value_span[0]),
                                 years_ago_before(source.text, value_span[0]) or (
                                     year is not None and year[0] == "years"
                                     and fields.get("unit") != "date"),  # 有2000年的历史
                                 _levels_counted(value, source.text, value_span),
                                 common_era or (year is not None and year[0] == "date"),
                                 _month_named(source.text, value_span[0]),
                                 currency is not None and _rate_into(
                                     source.text, value_span[0], value, currency),
                                 amount=currency is None or reads_as_an_amount(
                                     currency, value),
                                 floor_area=floor_area_before(source.text, value_span[0]))
    exchange = None if quantity is None else rate_word_before(source.text, value_span[0])
    if quantity is not None and exchange is not None and money_no_rate(quantity):
        # 7.8 of 港元兌美元匯率為7.8 with unit: 港元 loaded as 7.8 Hong Kong dollars
        problems.at(doc, (*keypath, "unit" if "unit" in fields else "value"),
                    f"{short_repr(value)} after 匯率 (汇率) {EXCHANGE_RATE_NOT_AN_AMOUNT}, "
                    f"but it reads as {quantity.unit!r}, no rate of one currency per another",
                    claim_id=claim_id, expected="a unit of one currency per another",
                    found=around(source, value_span, 8), hint=_RATE_WRITTEN_HINT if (
                        _writes_a_known_unit(value)) else _RATE_WORD_HINT)
        return None
    warm = "" if quantity is None else _temperature_before(value, source.text, value_span)
    if warm:  # 20度 of 气温20度 with unit: kW*h loaded as 20 kilowatt-hours
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} after {warm!r} is a "
                    "temperature, which no claim can hold (an offset unit)", claim_id=claim_id,
                    expected="an amount: 度 is a kilowatt-hour (用电20度) only where no word of "
                    "temperature (气温, 温度, 体温, 高温, 低温, 零下, 摄氏, 华氏) stands in its "
                    f"clause before it (back to the last of {_CLAUSE_ENDS_SHOWN} or a blank "
                    f"line, within {TEMPERATURE_REACH} characters; a 、 after a number of 度 "
                    "lists it, 分别为38度、25度, and ends none) nearer than a word of "
                    "electricity or of using it (高温期间用电20度, 多使用了3亿度)",
                    found=around(source, value_span, 8),
                    hint="list the mention under not_claims: with a reason")
        return None
    idiom = None if quantity is None else idiom_around(source.text, *value_span)
    if idiom is not None:  # 十 or 十分 of 十分一致 ("very") with unit: 个 loaded as 10 items
        problems.at(doc, (*keypath, "value"), f"value {short_repr(value)} is "
                    f"{'' if fold_chars(value.strip()) == fold_chars(idiom) else 'part of '}"
                    f"{idiom!r} in the quote, a set phrase whose numeral counts nothing",
                    claim_id=claim_id, expected="a figure (十分 of 十分一致 is \"very\", 千万 "
                    "of 千万不要 \"by all means\", 一 of 一致 \"the same\")",
                    found=around(source, value_span, 4),
                    hint="no figure stands there (factcheck extract lists none): leave the "
                    "claim out, or list the mention under not_claims: with a reason")
        return None
    bound = None if quantity is None or quantity.qualifier is not None else \
        bound_through_a_verb(source.text[max(0, value_span[0] - 2 * BOUND_REACH):value_span[0]])
    if bound is not None:  # 1万人 of 至少新增就业1万人 loaded as exactly 10,000 people
        start = source.text.rindex(bound, 0, value_span[0])
        problems.at(doc, (*keypath, "value"), f"{short_repr(value)} is bounded by {bound!r} "
                    f"before it: the article writes {source.text[start:value_span[1]]!r}, and "
                    "the figure alone reads as an exact amount", claim_id=claim_id,
                    expected=f"a figure with its bound (至少1万人, 最多50万元), which {bound!r} "
                    "with verbs between it and the figure (至少新增就业1万人, 最高可达50万元) "
                    "is not", found=around(source, (start, value_span[1])),
                    hint=f"{bound!r} bounds the figure ({bound_sense(bound)} it, never exactly "
                    "it), which factcheck does not read across the verbs: list the mention "
                    "under not_claims: with a reason")
        return None
    if quantity is not None and fields.get("unit") is not None and not (
            source.script == "traditional"
            and jin_named(value, fields["unit"], source.text, value_span)):
        unit_as_written(doc, keypath, fields, source.text, value_span, quantity, problems,
                        claim_id)
    if len(problems.errors) > before or as_of is None or entity is None:
        return None
    if quantity is None and date is None:
        return None
    if problems.is_invalid("metric", fields["metric"]):  # reported at the metric: no claim of it
        return None
    return Claim(
        id=claim_id, source=source_id, quote=fields["quote"], span=span, value=value,
        value_span=value_span, entity=entity, metric=fields["metric"], as_of=as_of,
        location=doc.locate_id(claim_id, keypath),
        quantity=quantity, date=date, note=fields.get("note"), tolerance=fields.get("tolerance"),
    )


def _in_base(unit: object, base: str) -> bool:
    """Whether ``unit`` (a figure's unit word, or a claim's ``unit:``) is in the base unit
    ``base`` (公里 in meter, 斤 in kilogram): that of the figures a word of a rate makes
    rates."""
    parsed = parse_unit(unit.strip()) if isinstance(unit, str) and unit.strip() else None
    return parsed is not None and base_factor(parsed)[1] == base


def _per_contradicts(written: str, per: str, traditional: bool) -> bool:
    """Whether ``per:`` names another measure than the one the quote writes after 每 before
    the figure (台斤 or 公斤 for 每斤), as far as factcheck knows both; a Traditional
    article's bare 斤 named 台斤 or 市斤 says whose 斤 it is, and contradicts nothing."""
    said, measure = parse_unit(per.strip()), parse_unit(written)
    if said is None or measure is None or base_factor(said) == base_factor(measure):
        return False
    return not (traditional and bare_jin(written) and fold_chars(per.strip()) in NAMED_JIN)


def _days_later(value: str, text: str, span: tuple[int, int]) -> bool:
    """Whether ``value``, a number of 日 alone (5日: the loader reads a date there), is a
    number of days by what the article ``text`` writes after it, at ``span`` (5日后开工: five
    days later), as extract reads it; a month before it (3月5日后) leaves the value only
    part of a date, refused before, and a month named (本月5日后) makes it a date."""
    if "日" not in value[-1:]:  # most values: no parse
        return False
    figure = parse_figure(value)
    return figure is not None and figure.unit_word == "日" and figure.qualifier is None and (
        days_after(fold_chars(text[span[1]:span[1] + 3]),
                   fold_chars(text[max(0, span[0] - 2):span[0]])))


def _temperature_before(value: str, text: str, span: tuple[int, int]) -> str:
    """The word of temperature in the clause before ``value`` (at ``span`` of the article
    ``text``), a number of 度 (气温 of 气温20度), which makes it a degree, never the
    kilowatt-hour that `unit:` may name, as extract reads it (:func:`temperature_word`);
    else ``""``, also for one Chinese digit of 度 before a verb of passing a mark, which
    counts times (三度 of 气温三度突破40度, :func:`passing_after`)."""
    if "度" not in value:  # most values: no parse
        return ""
    word = temperature_word(text[max(0, span[0] - TEMPERATURE_REACH):span[0]])
    if not word:
        return ""
    figure = parse_figure(value)
    if figure is None or figure.unit_word != "度":
        return ""
    times = figure.high is None and times_before_du(figure.number.text)
    return "" if times and passing_after(text[span[1]:span[1] + 2]) else word


def _month_counted(value: str, unit: object, after: str) -> bool:
    """Whether ``value``, a bare number before 月 (``after``: the folded text after it) of
    a month of the calendar (3月以来, 3月销量), is counted in ``unit``, a unit of its own
    (个, 家), no date and no time unit (3月 may be 3 months)."""
    if not isinstance(unit, str) or unit.strip() == "date" or not after.startswith("月") or (
            after.startswith("月饼")):
        return False
    figure = parse_figure(value)
    given = parse_unit(unit.strip())
    return figure is not None and not figure.unit_word and not (
        given is not None and base_factor(given)[1] == "day")


def _month_named(text: str, start: int) -> bool:
    """Whether a month named (本月, 当月, 上月, 下月, 次月) ends the article ``text`` at
    ``start``, before the value: 10日内 of 本月10日内 is a day of that month first."""
    return text[start - 1:start] == "月" and start >= 2 and fold_chars(
        text[start - 2:start]).endswith(MONTH_WORDS_BEFORE_DAY)


def _name_begun(value: str, text: str, end: int) -> tuple[str, str, str] | None:
    """The unit word that ends ``value``, the name it begins with the article's ``text``
    after ``end`` (where the value ends) and what that is (纳米 of 2019纳米 before 比亚:
    纳米比亚, Namibia), or None."""
    figure = parse_figure(value)
    word = "" if figure is None or figure.per_word else figure.unit_word
    if not word or not fold_chars(value.rstrip()).endswith(fold_chars(word)):
        return None
    name = unit_begins_a_name(fold_chars(word), fold_chars(text[end:end + 4]))
    return None if name is None else (word, *name)


def _name_as_unit(value: str, unit: object, text: str,
                  end: int) -> tuple[str, str, str] | None:
    """The unit word that begins a name in the article's ``text`` right after ``value``, a
    bare number ending at ``end``, the name and what it is, where ``unit`` (the claim's
    ``unit:``) is of the unit word's kind and would read the name as the number's unit
    (2019 of 2019纳米比亚 with unit: 纳米, 2020 of 2020米兰 with unit: 米 or 公里); else None
    (3 of 共有3米兰球员 with unit: 人 counts players). Spaces between the number and the
    name hide it from none (2019 of 2019 纳米比亚 with unit: 纳米 loaded as 2019 nm)."""
    figure = parse_figure(value) if isinstance(unit, str) else None
    name = None if figure is None or figure.unit_word else name_after_a_number(
        fold_chars(text[end:end + 12].lstrip(" \t\u3000")[:6]))
    given = parse_unit(unit.strip()) if name is not None and isinstance(unit, str) else None
    head = parse_unit(name[0]) if name is not None else None
    if given is None or head is None or base_factor(given)[1] != base_factor(head)[1]:
        return None
    return name


def _levels_counted(value: str, text: str, span: tuple[int, int]) -> bool:
    """Whether ``value``, a number of 级 at ``span`` of the article ``text``, counts levels
    (连升3级, 分为4级, 3级台阶: :func:`levels_counted`), an amount in 级, no class."""
    if value.strip()[-1:] not in LEVEL_WORDS:  # most values: no parse
        return False
    figure = parse_figure(value)
    return figure is not None and fold_chars(figure.unit_word) == "级" and (
        figure.high is None) and levels_counted(
        fold_chars(text[max(0, span[0] - 2):span[0]]), figure.number.value,
        fold_chars(text[span[1]:span[1] + 2]))


def _before_the_day(written: str) -> str:
    """The text before the number of a day that ``written`` (folded: the text before a value
    and the value, which ends with 号) ends with: 2023年7月 of 2023年7月1号, 本月 of 本月8号."""
    return _DAY_NUMBER_END_RE.sub("", written[:-1])


_DAY_NUMBER_END_RE = re.compile(r"[0-9〇零一二三四五六七八九十廿卅\s]+$")


def _short_of_a_date(value: str, before: str, after: str) -> tuple[str, str] | None:
    """The word of "short of" and the date after it where ``value``, between ``before`` and
    ``after`` in the article, is one before a date
    (:func:`~factcheck._figure_qualifiers.short_of_a_date`): ``("不及", "2019年")`` of
    不及2019年水平, which bounds no number of years (but 历史不及2000年 does); else None."""
    written = value.strip()
    word = next((written[:n] for n in (3, 2) if fold_chars(written[:n]) in SHORT_OF_WORDS),
                None)
    if word is None or not short_of_a_date(fold_chars(before + word), fold_chars(
            written[len(word):] + after).translate(FULLWIDTH)):
        return None
    return word, written[len(word):].strip()


#: why a year of 1800-2199 may be a number of years (2000年前的遗址), as year_or_years says
_ROUND_YEAR_AGO = ("a round year before 前的 (2000年前的遗址: 2000 years ago, or before the year "
                   "2000), and nothing before it dates it (在, 于; 早在 \"as early as\" does not)")


#: ... with the words of its qualifier (:func:`year_qualifier_words`: about, or nearing and
#: nearly for 接近)
_ABOUT_A_YEAR_OR_YEARS = ("{} a year of 1800-2199 or {} so many years, and nothing around it "
                          "says which (约2030年完成 dates it, 延续了约2000年 is years)")


def _qualifier_dating_the_value(value: str, text: str, span: tuple[int, int]) -> str:
    """The qualifier before ``value`` (at ``span`` of the article ``text``), a year of
    1800-2199 alone, that dates it there (约 of 约2030年完成), or ``""``
    (:func:`qualifier_dating_the_year`)."""
    figure = fold_chars(value.strip()).translate(FULLWIDTH)
    if len(figure) != 5 or not dated(figure):
        return ""
    return qualifier_dating_the_year(
        fold_chars(text[max(0, span[0] - 12):span[0]].rstrip()), figure,
        fold_chars(text[span[1]:span[1] + 4]).translate(FULLWIDTH))


def _year_or_years(value: str, text: str,
                   span: tuple[int, int]) -> tuple[str, str, bool] | None:
    """How four Arabic digits before 年 that ``value`` (at ``span`` of the article ``text``)
    is read there (:func:`year_or_years`: a year, a number of years, either, or part of a
    date), with the month after it and whether the value has a qualifier (约1368年); None
    for any other value."""
    if "年" not in value:  # most values: no fold
        return None
    after = text[span[1]:span[1] + 4]
    folded = fold_chars(value.strip()).translate(FULLWIDTH)
    reading = year_or_years(folded, fold_chars(text[max(0, span[0] - 6):span[0]]),
                            fold_chars(after).translate(FULLWIDTH))
    if reading is None:
        return None
    month = after[:after.find("月") + 1] if reading == "part" else ""
    return reading, month, FOUR_DIGIT_YEARS_RE.fullmatch(folded) is None


#: four Arabic digits of a year, alone, before 年 or with it (2023, 2023年, 2023年度)
_YEAR_DIGITS_RE = re.compile(r"(\d{4})(年度?)?")


def _calendar_year_in_a_unit(value: str, text: str, span: tuple[int, int],
                             fields: Mapping[str, Any]) -> str | None:
    """The year where ``value`` (at ``span`` of the article ``text``) is a year of 1800-2199
    with 年 after it there (2023年, 2023年度, or 2023 of 2023年全市) that the words around it
    read as a date, given a ``unit:`` other than date (2023年 with unit: 年 loaded as 2023
    years, 2023 with unit: 个 as 2023 items); None where it is no such year, where it has
    no unit, or where a word says it is a span (距今2000年, 树龄1900年, 2000年的历史,
    2000年之久: :func:`year_or_years`), or may be one (2000年前的遗址)."""
    if fields.get("unit") in (None, "date"):
        return None
    found = _YEAR_DIGITS_RE.fullmatch(fold_chars(value.strip()).translate(FULLWIDTH))
    if found is None or not dated(found[1] + "年"):
        return None
    after = fold_chars(text[span[1]:span[1] + 6]).translate(FULLWIDTH)
    if not found[2]:
        if not after.startswith("年"):
            return None  # 2023 of 共有2023人 or 2023家
        after = after[1:]
    elif found[2] == "年度":
        after = "度" + after
    before = fold_chars(text[max(0, span[0] - 6):span[0]])
    if years_ago_before(text, span[0]) or year_or_years(found[1] + "年", before, after) in (
            "years", "either"):
        return None
    return found[1]


def _roc_year_unmarked(value: str, text: str,
                       span: tuple[int, int]) -> tuple[str, str] | None:
    """Where ``value`` (at ``span`` of the article ``text``) is a year of the Republic of
    China calendar without its 民國 (:mod:`factcheck._roc_years`): the year as written and
    why it is one; else None."""
    if "年" not in value or roc_year_listed(text, span[0]):  # 109年 of 民國108年及109年
        return None
    folded = fold_chars(value.strip()).translate(FULLWIDTH)
    after = fold_chars(text[span[1]:span[1] + 4]).translate(FULLWIDTH)
    point = point_in_time(folded, after)
    year = short_year(folded)
    if point is not None and not (year is not None and len(year) == 3 and len(folded) > 3):
        # (19年5月, with its month, is most often 2019年5月: refused as a year without its
        # century, parse_value)
        return point, f"a point in time, a year with its month, quarter, 年度 or part ({point})"
    if roc_year_alone(folded, fold_chars(text[max(0, span[0] - 6):span[0]]), after) and (
            writes_roc_years(fold_chars(text).translate(FULLWIDTH))):
        return folded, "a year here: the article writes years of 民國 (the Republic of China)"
    return None


def _qualifier_before_a_date(value: str) -> tuple[str, str] | None:
    """The date and the qualifier before it where ``value`` is about a year of 1800-2199
    (约2030年: ``("2030年", "约")``), which :func:`_year_or_years` reads as a date; None
    for a year of no date (约1368年)."""
    prefix = PREFIX_QUALIFIER_RE.match(fold_chars(value.strip()))
    if prefix is None:
        return None
    date = value.strip()[prefix.end():]
    return (date, value.strip()[:prefix.end()]) if dated(
        fold_chars(date).translate(FULLWIDTH)) else None


def _guo_as_no_bound(value: str, text: str, span: tuple[int, int]) -> bool:
    """Whether ``value`` (at ``span`` of the article ``text``) starts with 过 that passes no
    mark there (经过5年, 去过3个国家, 不过3人), which the value would read as "more than",
    as extract and the whole-figure check read it (:func:`guo_may_pass_a_mark`: a 过 that
    may pass a mark, 报价过100万元, is the value's to keep)."""
    if fold_chars(value.lstrip()[:1]) != "过":  # most values
        return False
    if fold_chars(text[span[0] - 1:span[0]]) == "不":
        return True  # 过3人 of 参观者不过3人: never more than 3
    rest = fold_chars(value.strip()[1:3])
    if rest[:1] == "半" and (rest[1:2] == "" or rest[1:2] not in "年个月天日周小时"):
        return False  # 过半企业: a share of a whole, which parse_value refuses as one
    return not guo_may_pass_a_mark(fold_chars(text[max(0, span[0] - 8):span[0]]),
                                 fold_chars(value.strip()[1:] + text[span[1]:span[1] + 10]))


def _po_as_a_verb(value: str, text: str, span: tuple[int, int]) -> bool:
    """Whether ``value`` (at ``span`` of the article ``text``) starts with 破 that is a verb
    there (连破3个难关, 破3项世界纪录), which the value would read as "more than", as
    extract and the whole-figure check read it (:func:`po_breaks_a_mark`)."""
    if value.lstrip()[:1] != "破":  # most values
        return False
    return not po_breaks_a_mark(fold_chars(text[max(0, span[0] - 8):span[0]]),
                                fold_chars(value.strip()[1:] + text[span[1]:span[1] + 10]))


#: The characters that end a word with a one-character qualifier after them (签 of 签约, 附
#: of 附近, 赶 of 赶超): a value after one of them may take in the end of that word
_BEFORE_A_WORD_END = frozenset("".join(WORD_BEFORE_QUALIFIER.values()))


def _qualifier_ends_a_word(value: str, text: str, start: int) -> str | None:
    """The qualifier that ``value`` (at ``start`` of the article ``text``) starts with where
    it is the end of another word with the character before it (约 of 约300家 in 共签约300家,
    近 of 附近, 超 of 赶超), which the value would read as "about" or a bound, as extract
    and the whole-figure check read it (:func:`after_a_qualifier`); else None. 破 has its
    own rule (:func:`_po_as_a_verb`)."""
    if fold_chars(text[max(0, start - 1):start]) not in _BEFORE_A_WORD_END:  # most values
        return None
    prefix = PREFIX_QUALIFIER_RE.match(fold_chars(value.strip()))
    if prefix is None or prefix.group() == "破" or after_a_qualifier(
            fold_chars(text[max(0, start - 9):start]) + prefix.group()):
        return None
    return value.strip()[:prefix.end()]


#: The ends of a span of time (年, 个月, 天), folded: 近 before one may be "the last"
_SPAN_ENDS = tuple(sorted(fold_chars(unit) for unit in TIME_UNITS))


def _near_span(value: str, text: str, span: tuple[int, int]) -> NearSpan | None:
    """How 近 that ``value`` (at ``span`` of the article ``text``) starts with reads where
    it is no "nearly" before a span of time: "the last" (近3年 of 近3年来) or "unsure"
    (近3年 of 全市近3年新增); None for any other value (近300亿, 历时近5年, 近一年半, 最近3年:
    :func:`near_span_reading`)."""
    folded = fold_chars(value.strip())
    if folded[:1] != "近" or not folded.endswith(_SPAN_ENDS) or parse_figure(
            value.strip()[1:]) is None:
        return None
    before = fold_chars(text[max(0, span[0] - 9):span[0]])
    if not after_a_qualifier(before + "近"):
        return None  # 附近, 最近, 将近: another word's 近, which other rules read
    after = fold_chars(text[span[1]:span[1] + 3])
    reading = near_span_reading(before, after)
    if may_be_a_year(folded[1:].translate(FULLWIDTH)):
        # 近2000年 of 近2000年以来 is the last 2000 years; elsewhere the rules of a year or
        # years read it (year_or_years)
        return "the last" if reading == "the last" and after.startswith(
            THE_LAST_AFTER) else None
    return None if reading == "nearly" else reading


def _difference_as_a_bound(value: str, text: str, start: int) -> str | None:
    """The qualifier that ``value`` (at ``start`` of the article ``text``) starts with where
    it says by how much after 比 and what it compares with (超出 of 超出30% in 比上年超出30%,
    :func:`difference_after_bi`), which the value would read as a bound; else None."""
    before = text[max(0, start - 9):start]
    if "比" not in before:  # most values: no fold nor match
        return None
    prefix = PREFIX_QUALIFIER_RE.match(fold_chars(value.strip()))
    if prefix is None or not difference_after_bi(prefix.group(), fold_chars(before)):
        return None
    return value.strip()[:prefix.end()]


#: The hint for the number after 匯率 (汇率): no direction, which the text may not say
_RATE_WORD_HINT = ("after 匯率 (汇率) the number is an exchange rate, no amount: give the "
                   "rate's unit, one currency per the other, as the article means it, or "
                   "list the mention under not_claims")
#: ... for one that writes its currency (汇率为7.12元): a unit given is refused as another
_RATE_WRITTEN_HINT = ("after 匯率 (汇率) the number is an exchange rate, no amount, and the "
                      "value writes a currency, which no `unit:` makes one per another: list "
                      "the mention under not_claims")


def _rate_into(text: str, start: int, value: str, currency: str) -> bool:
    """Whether ``currency``, written right before the value at ``start`` or first in it
    (日元 of 美元兑日元150, whether the value is 150 or 日元150), follows 兑 or 对: the
    number is then an exchange rate into it, never an amount in it."""
    inside = fold_chars(value).find(fold_chars(currency))
    at = start if inside < 0 else start + inside + len(currency)
    return exchange_rate_into(text, at, currency)
