"""Read an article for ``factcheck extract`` and render its mentions as a table, JSON or YAML.

The YAML form is a claims file of skeletons: one claim per counted mention of the article
body, with ``quote``, ``value`` and ``unit`` filled in and ``entity``, ``metric`` and
``as_of`` left as ``TODO``. Mentions the loader could not take as a claim value as written
(``2023`` without 年, ``不到半年``) are listed as comments instead.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import io
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ._bound_through_verbs import BOUND_REACH, bound_sense, bound_through_a_verb
from ._bracketed_dates import BRACKETED_DATE_RE
from ._change_by_to import by_to_note
from ._claim_quantity import (
    DISCOUNT_NOT_READ,
    GE_YI_NOT_READ,
    NEAR_ZERO,
    UNDER_ZERO,
    UNIT_EXAMPLES,
    ZHAO_NOT_READ,
    give_the_unit_it_is,
    money_no_rate,
    name_may_follow_scaled,
    quantity_of,
    scaled_word_after,
)
from ._dates import DATE_SHAPE, backward_run, date_spelling, parse_period, roc_run_into_month
from ._errors import FactcheckError, Location, SourceError, plural, visible
from ._extract_lexicon import (
    CLAUSE_END,
    CLAUSE_REACH,
    CN_START,
    TEMPERATURE_REACH,
    before_common_era,
    coin_after,
    currency_before,
    currency_in_figure,
    foot_per_before,
    latin_scale,
    local_dollar_named,
    metres_and_centimetres,
    next_to_budao_between,
    passing_after,
    people_a_rate_is_per,
    per_before,
    rate_before,
    rate_word_around,
    rate_word_before,
    roc_year_listed,
    san_ci_chanye_at,
    temperature_word,
    time_parts_end,
    unread_unit_after,
    writes_its_currency,
    years_ago,
    yuan_and_coins_in,
)
from ._extract_mention import Mention
from ._extract_vague import unread_form
from ._figure_joins import slash_side
from ._figure_notation import (
    ACROSS_A_SLASH,
    DAY_AND_MONTH_SHAPE,
    NOTATION_RE,
    POWER_WORDS_RE,
    is_a_year_across,
)
from ._figure_qualifiers import (
    SUFFIX_REACH,
    after_a_qualifier,
    buguo_shi_unsure,
    guo_reading,
    suffix_after,
    year_or_years,
    year_qualifier_words,
)
from ._figure_signs import dash_sign_before, negative_growth_before
from ._jin import WHY_JIN_UNREAD, unnamed_jin
from ._lines import line_bounds, line_col
from ._model import Source
from ._near_span import near_span_reading
from ._numbers import (
    QUALIFIER_PREFIXES,
    format_exact,
    parse_figure,
    parse_years_ago,
    qualified_range,
    times_before_du,
)
from ._numerals import FULLWIDTH
from ._paths import unreadable_hint
from ._quotes import PINYIN, NormalText, QuoteIndex, find_all, fold_chars, normalise
from ._roc_years import unmarked_roc_year
from ._sources import decode_article, read_bounded
from ._unit_word_cuts import unit_into_a_word
from ._unit_words import (
    AMBIGUOUS_CURRENCY_SIGNS,
    NO_UNIT_CLASSIFIERS,
    TEMPERATURES,
    UNREAD_UNIT_WORDS,
    currency_unit,
    year_before_renminbi_word,
)
from ._units import base_factor, parse_unit, to_base
from ._whole_figure import (
    CLAUSE_BEFORE,
    cuts_a_grouped_number,
    grouped_at_a_line_start,
    split_by_a_line_break,
    whole_figure,
)
from ._yaml import parse_document

__all__ = [
    "Article",
    "extract_json",
    "mention_base",
    "read_article",
    "render_table",
    "render_yaml",
]

VERSION = 1
_QUOTE_REACH = 16
# What a number is written with, so that a quote cut short is not cut inside one.
_NUMERAL = frozenset("0123456789０１２３４５６７８９.．") | CN_START | frozenset("万亿萬億")


@dataclass(frozen=True)
class Article:
    """An article read from disk, and its registration when a sources.yaml names it.

    Attributes:
        path: the path as shown in messages and output.
        text: the decoded text; offsets refer to it. A byte-order mark is kept as
            character 0, as the source registry keeps it, so offsets agree with claims.
        source: the registered source (with its exclusions), or None.
        warnings: remarks about the registry, for stderr.
    """

    path: str
    text: str
    source: Source | None = None
    warnings: tuple[str, ...] = ()

    def is_body(self, mention: Mention) -> bool | None:
        """Whether the mention is in the article body; None when the article is unregistered."""
        if self.source is None:
            return None
        return self.source.is_body(mention.start, mention.end)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        return line_col(self.text, offset)


def read_article(path: Path, shown: str | None = None) -> Article:
    """Read and decode an article, and find its registration next to it.

    Args:
        path: the text file.
        shown: how to show the path in messages (default: as given).

    Returns:
        The article.

    Raises:
        SourceError: the path is missing, a directory, unreadable, a YAML file or not UTF-8.
    """
    where = Location(shown or path.as_posix())
    if os.path.isdir(path):  # os.path: False, not OSError, for a name too long
        raise SourceError("is a directory, not an article", location=where,
                          expected="a UTF-8 text file",
                          hint="give one article, e.g. claims/sources/000_….txt")
    try:
        raw = read_bounded(path, where.path)  # a FIFO or device is refused, never opened
    except SourceError:
        raise
    except FileNotFoundError:
        if "\n" in where.path:  # "$(ls *.txt)" in quotes, a line of a file with its end
            raise SourceError(
                "no such file", location=Location(where.path.replace("\n", "\\n")),
                hint="the path holds a line break: extract reads one article, named by one "
                     "path (without the line end of a line read from a file)") from None
        raise SourceError("no such file", location=where, hint="check the path") from None
    except OSError as error:
        raise SourceError(f"cannot read the file: {error.strerror or error}", location=where,
                          hint=unreadable_hint(error, where.path)) from None
    if path.suffix.lower() in (".yaml", ".yml"):  # sources.yaml: its numbers were listed
        raise SourceError("is a YAML file, not an article", location=where,
                          expected="an article's text, as a source's file: names it",
                          hint="give one article, e.g. claims/sources/000_….txt; factcheck "
                               "check reads the YAML")
    text = decode_article(raw, where.path)
    source, warnings = _registration(path)
    return Article(where.path, text, source, warnings)


def _registration(path: Path) -> tuple[Source | None, tuple[str, ...]]:
    """The source registered for ``path`` in a sources.yaml beside it or one level up."""
    from ._loader import read_corpus  # not load: a registry alone holds no claims

    target = path.resolve()
    unread: tuple[str, ...] = ()
    for folder in (path.parent, path.parent.parent):
        registry = folder / "sources.yaml"
        if not registry.is_file():
            continue
        try:
            raw = read_bounded(registry, registry.as_posix())
            text = raw.decode("utf-8").removeprefix("\ufeff")
        except (OSError, UnicodeDecodeError):
            continue
        try:  # as the loader reads it: PyYAML alone overflowed on deep nesting, a long number
            data = parse_document(registry.as_posix(), text).data
        except FactcheckError as error:  # it may register the article: say why it is not used
            unread = (*unread, f"{registry.as_posix()}: warning: the registry does not load, so "
                      f"whether it registers this article is not known:\n{error}")
            continue  # the one a level up may register it
        entries = data.get("sources") if isinstance(data, dict) else None
        for entry in entries if isinstance(entries, list) else []:
            if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
                continue
            try:
                if (registry.parent / entry["file"]).resolve() != target:
                    continue
            except ValueError:  # a name this locale cannot spell (UnicodeEncodeError), or
                continue        # one with a \0 (`file: "a\\0"`), is not the article
            try:
                corpus = read_corpus(registry)
            except FactcheckError as error:
                note = (f"{registry.as_posix()}: warning: the registry does not load, so its "
                        "id and exclusions are not used:")
                return None, (f"{note}\n{error}",)
            source = corpus.sources.get(str(entry.get("id")))
            return source, ()
    return None, unread


def mention_base(mention: Mention) -> dict[str, str] | None:
    """The nominal value in pint base units, as in ``factcheck check --format json``.

    Args:
        mention: a mention.

    Returns:
        ``{"magnitude": "<exact decimal>", "unit": "<base unit>"}``, or None for dates,
        ordinals, identifiers, units the registry does not know (省, 大) and angles (20°,
        which no claim can hold: π has no exact value).
    """
    if mention.kind not in ("quantity", "percentage", "duration") or mention.number is None:
        return None
    unit = parse_unit(mention.unit or "")
    if unit is None:
        return None
    magnitude, base = to_base(mention.number, unit)
    if "radian" in base:
        return None
    return {"magnitude": format_exact(magnitude), "unit": base}


def extract_json(article: Article, mentions: tuple[Mention, ...]) -> str:
    """``{"version": 1, "source_file": ..., "source": ..., "mentions": [...]}`` as text."""
    items = []
    for m in mentions:
        line, col = article.line_col(m.start)
        items.append({
            "start": m.start, "end": m.end, "text": m.text, "kind": m.kind, "value": m.value,
            "exact": m.exact, "unit": m.unit, "qualifier": m.qualifier,
            "base": mention_base(m), "line": line, "col": col, "body": article.is_body(m),
        })
    data: dict[str, Any] = {
        "version": VERSION,
        "source_file": article.path,
        "source": article.source.id if article.source else None,
        "mentions": items,
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def render_table(article: Article, mentions: tuple[Mention, ...]) -> str:
    """One line per mention: location, kind, text, exact value, unit, qualifier."""
    rows = [("where", "kind", "text", "value", "unit", "qualifier")]
    for m in mentions:
        line, col = article.line_col(m.start)
        body = article.is_body(m)
        kind = m.kind if body is not False else f"{m.kind} (not body)"
        rows.append((f"{line}:{col}", kind, m.text, m.exact, m.unit or "", m.qualifier or ""))
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    out = []
    for row in rows:
        cells = [cell + " " * (w - _width(cell)) for cell, w in zip(row, widths, strict=False)]
        out.append("  ".join([*cells, row[-1]]).rstrip())
    counted = sum(1 for m in mentions if m.counted and article.is_body(m) is not False)
    out.append(f"{plural(len(mentions), 'mention')}, {counted} counted (quantity, date, duration, "
               "percentage) in the article body")
    return "\n".join(out) + "\n"


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def quote_for(text: str, normal: NormalText, mention: Mention,
              spans_of: Callable[[str], list[tuple[int, int]]] | None = None,
              wholes_of: Callable[[str], list[tuple[int, int]]] | None = None,
              ) -> tuple[str, int | None]:
    """A short verbatim window around a mention, ending at a clause boundary.

    Args:
        text: the article.
        normal: ``normalise(text)``, for the uniqueness test the loader applies.
        mention: the mention.
        spans_of: ``find_all(normal, quote)``, memoised by the caller that asks for every
            mention of one article: a passage repeated n times otherwise costs n searches
            that each find n spans.
        wholes_of: the spans of ``text`` where a figure occurs as a whole figure
            (:func:`whole_figure`), in order, memoised by that caller too: the candidate
            windows of the mentions of a repeated passage overlap, and each would otherwise
            search and judge the same occurrences again.

    Returns:
        ``(quote, occurrence)``; occurrence is None when the quote is unique.
    """
    if spans_of is None:
        spans_of = functools.partial(find_all, normal)
    if wholes_of is None:
        wholes_of = functools.partial(whole_spans, text, spans_of)
    line_start, line_end = line_bounds(text, mention.start, mention.end)  # \r ends one too
    left = _clause_left(text, mention.start, line_start)
    right = _clause_right(text, mention.end, line_end)
    wider_left = _clause_left(text, max(left - 1, line_start), line_start)
    wider_right = _clause_right(text, min(right + 1, line_end), line_end)

    wholes = wholes_of(mention.value)

    def lands(span: tuple[int, int]) -> bool:
        # The loader takes the first whole occurrence of the value in the quote's span:
        # it must be this mention, not the same figure earlier in a repeated sentence.
        # Occurrences of one figure end in the order they start, so the first that starts
        # in the span is the only one that can be the first inside it.
        k = bisect.bisect_left(wholes, span[0], key=lambda whole: whole[0])
        return k == len(wholes) or wholes[k][1] > span[1] or wholes[k][0] == mention.start

    # The shortest window that is unique; a repeated passage gets the first one, numbered.
    for a, b in ((left, right), (wider_left, right), (left, wider_right),
                 (wider_left, wider_right)):
        quote = text[a:b].strip().lstrip("\ufeff")
        spans = spans_of(quote)
        if len(spans) == 1 and lands(spans[0]):
            return quote, None
    # Numbered: the first occurrence that holds the mention where the value lands on it;
    # failing that, a quote that starts at the mention.
    for a in (left, mention.start):
        quote = text[a:right].strip().lstrip("\ufeff")
        spans = spans_of(quote)
        # Span ends never decrease, so the first span ending at or after the mention is the
        # first that can contain it.
        k = bisect.bisect_left(spans, mention.end, key=lambda span: span[1])
        while k < len(spans) and spans[k][0] <= mention.start:
            if lands(spans[k]):
                return quote, None if len(spans) == 1 else k + 1
            k += 1
    quote = text[left:right].strip().lstrip("\ufeff")
    spans = spans_of(quote)
    first = bisect.bisect_left(spans, mention.end, key=lambda span: span[1])
    inside = first < len(spans) and spans[first][0] <= mention.start
    return quote, first + 1 if inside else 1


def whole_spans(text: str, spans_of: Callable[[str], list[tuple[int, int]]],
                figure: str) -> list[tuple[int, int]]:
    """The spans of ``text`` where ``figure`` is a whole figure, in order, judged as
    :func:`~factcheck._whole_figure.find_figure_within` judges them.

    Args:
        text: the article.
        spans_of: ``find_all(normalise(text), ...)``.
        figure: a mention's value.
    """
    return [(start, end) for start, end in spans_of(figure)
            if whole_figure(figure, text[max(0, start - 12):start], text[end:end + 12],
                            text[max(0, start - CLAUSE_BEFORE):start])]


def _clause_left(text: str, start: int, line_start: int, reach: int = _QUOTE_REACH) -> int:
    at = start
    while at > line_start and start - at < reach and (
            text[at - 1] not in CLAUSE_END or _groups_thousands(text, at - 1)):
        at -= 1  # the comma of 1,931億元 ends no clause
    # Cut short by the reach, the quote does not start inside a number ("1年的150家" of
    # 2021年的150家): it starts after it.
    while 0 < at < start and _inside_number(text, at):
        at += 1
    return _outside_pinyin(text, at)


def _clause_right(text: str, end: int, line_end: int) -> int:
    at = end
    while at < line_end and at - end < _QUOTE_REACH and (
            text[at] not in CLAUSE_END or _groups_thousands(text, at)):
        at += 1
    # ... nor ends inside one ("2023年的23" of 2023年的236家): it ends before it.
    while end < at < len(text) and _inside_number(text, at):
        at -= 1
    return _outside_pinyin(text, at)


_DIGIT_CHARS = frozenset("0123456789０１２３４５６７８９")


def _groups_thousands(text: str, i: int) -> bool:
    """Whether the comma at ``i`` of ``text`` groups thousands (that of 1,931億元, also
    written wide, 1，931): a digit before it and exactly three after it. Any other comma
    ends a clause (3萬，500人)."""
    return (i > 0 and text[i] in ",，" and text[i - 1] in _DIGIT_CHARS
            and len(text) >= i + 4 and all(c in _DIGIT_CHARS for c in text[i + 1:i + 4])
            and (len(text) == i + 4 or text[i + 4] not in _DIGIT_CHARS))


def _inside_number(text: str, at: int) -> bool:
    """Whether a cut of ``text`` before ``at`` falls inside a number: between two of its
    characters, a comma grouping its thousands among them (增加1 of 增加1,931億元)."""
    return ((text[at - 1] in _NUMERAL or _groups_thousands(text, at - 1))
            and (text[at] in _NUMERAL or _groups_thousands(text, at)))


def _outside_pinyin(text: str, at: int) -> int:
    """Move a cut that falls inside a pinyin annotation ``(wàn)`` to its edge."""
    lo = max(0, at - 12)
    for m in PINYIN.finditer(text, lo, at + 12):
        if m.start() <= at < m.end():
            return m.end()
    return at


Spans = Callable[[str], list[tuple[int, int]]]


def figure_index(text: str) -> tuple[Spans, Spans]:
    """Where each quote of ``text`` occurs, and where each figure of it is whole
    (:func:`whole_spans`), memoised: what :func:`skeleton_problem` looks a figure up in."""
    spans_of = functools.cache(QuoteIndex(normalise(text)).find_all)
    return spans_of, functools.cache(functools.partial(whole_spans, text, spans_of))


#: why a figure after 不过 (or 不过是) that may be "no more than" is proposed as no claim
_AFTER_BUGUO = ("after 不过, which here may be 'no more than' (参观者不过3人: at most three) "
                "rather than 'but' or 'cannot' of a verb (打不过3人), which the loader does not "
                "tell apart: list it under not_claims")


def skeleton_problem(text: str, m: Mention, spans_of: Spans, wholes_of: Spans,
                     traditional: bool = False) -> str | None:
    """Why ``factcheck extract --format yaml`` proposes no claim for the mention ``m`` of
    ``text`` (a claim of it would not load as written: 過萬元, 30来家, 1米75), or None;
    ``spans_of`` and ``wholes_of`` are :func:`figure_index` of ``text``, and
    ``traditional`` whether a registry gives the article's script as Traditional (whose
    bare 斤 the loader asks a claim to name: :mod:`._jin`)."""
    jin = unnamed_jin(m.value, None, None, text, (m.start, m.end)) if (
        traditional and m.kind == "quantity") else None
    if jin is not None:  # 5萬斤 of a Taiwan article was proposed as 25,000 kg
        return (f"{jin.what} of a Traditional-script article ({WHY_JIN_UNREAD}), which "
                f"the loader refuses as written: {jin.hint.replace('the mention', 'it')}")
    problem = _unloadable(m, text[max(0, m.start - CLAUSE_REACH):m.start],
                          text[m.end:m.end + CLAUSE_REACH],
                          roc_listed=roc_year_listed(text, m.start),
                          clause=text[max(0, m.start - TEMPERATURE_REACH):m.start]
                          if m.unit == "度" else None)
    if problem is None:  # 2.4萬 or 749.8萬人 of 減少2.4萬至749.8萬人: by 2.4萬 to, or a range
        problem = by_to_note(text, m.start, m.end)
    if problem is None and san_ci_chanye_at(text, m.start):  # 三次 of 三次产业 as 3 occasions
        problem = ("part of the identifier '三次产业' (the three sectors of an economy), no "
                   "count: list it under not_claims")
    rated = rate_before(text, m.start, fold_chars(m.unit or "")) if (
        problem is None and m.kind == "quantity" and "/" not in (m.unit or "")) else None
    if rated is not None and rated[1] is None:  # 7.4张 of 每千人口床位数7.4张 loaded as 7.4 beds
        problem = (f"a rate {rated[0]} (per a number of people, households or an area), no "
                   "amount, which the loader refuses: list it under not_claims")
    if problem is None and negative_growth_before(text[max(0, m.start - 3):m.start]):
        problem = ("a fall after 负增长 (负增长3% is -3%), which the loader does not read "
                   "with its sign: list it under not_claims")
    bound = None if problem is not None or m.kind == "date" or m.qualifier is not None \
        else bound_through_a_verb(text[max(0, m.start - 2 * BOUND_REACH):m.start])
    if bound is not None:  # 1万人 of 至少新增就业1万人 was proposed as exactly 10,000 people
        problem = (f"bounded by {bound!r} before it across verbs (至少新增就业1万人, 最高可达"
                   f"50万元: {bound_sense(bound)} it), which the loader does not read: list it "
                   "under not_claims")
    if problem is None and m.kind != "date" and cuts_a_grouped_number(text, (m.start, m.end)):
        # 1 and 200家 of a line 1 200家 (a list item 1's 200家, or 1200家), 15 of iPhone 15
        # 128GB, 3 of 前3 000名: the loader takes none of them alone
        problem = (("part of a number that a space groups at the start of a line, which may "
                    "also be a list item's number and a figure (1 200家: item 1's 200家, or "
                    "1200家), and the loader takes neither reading: list it under not_claims")
                   if grouped_at_a_line_start(text, (m.start, m.end)) else
                   ("a number that a space parts from three more digits (iPhone 15 128GB, "
                    "前3 000名), which may be the first group of one number, and the loader "
                    "takes it for no figure alone: list it under not_claims"))
    if problem is None and split_by_a_line_break(  # the quote stays on the lines of m
            m.value, text, m.start, m.end,
            line_bounds(text, m.start, m.end)):
        problem = ("only part of a figure that a line break splits, which the loader "
                   "reads across it and does not take as a value: list it under not_claims")
    if problem is None and (whole := _qualified_across_a_space(
            m, text[max(0, m.start - 8):m.start], text[m.end:m.end + 8],
            wholes_of)):
        problem = (f"only part of a figure whose qualifier a space parts from it, which "
                   f"the loader reads with it: write value: {whole}, or list it under "
                   "not_claims")
    if problem is None and buguo_shi_unsure(fold_chars(text[max(0, m.start - 12):m.start]),
                                            fold_chars(text[m.start:m.start + 12])):
        problem = _AFTER_BUGUO  # 3人 of 参观者不过是3人, as of 参观者不过3人
    if problem is None and text[m.start - 1:m.start] in ("过", "過") and guo_reading(
            fold_chars(text[max(0, m.start - 9):m.start - 1]),
            fold_chars(text[m.start:m.start + 12])) == "unsure":
        problem = _AFTER_BUGUO if text[m.start - 2:m.start - 1] == "不" else (
            "after 过, which here may be 'more than' or a verb, 'have done' or 'go past' "
            "(报价过100万元, 裁员过3000人, ，过3个路口, a count of 次 after a measure not known "
            "to count them): write value: "
            f"过{m.value} if the article means more than, or list it under not_claims")
    if problem is None and next_to_budao_between(text, (m.start, m.end)):
        # 3分钟 and 不到一万张 of 3分钟不到一万张票就卖光: in under three minutes, or under
        # ten thousand tickets
        problem = ("next to 不到 between a span of time and another figure, which may bound "
                   "either (3分钟不到一万张票就卖光: sold out in under three minutes, or under "
                   "ten thousand tickets), which the loader does not tell apart: list it under "
                   "not_claims")
    if problem is None and m.unit is not None and fold_chars(m.unit) == "分" and (
            scaled := scaled_word_after(text, m.end - 1)) is not None and (
            scaled.word[:1] == "分" and not name_may_follow_scaled(scaled, text, m.end - 1)):
        # 86.2分 of 86.2分米/小时 was proposed with unit: TODO and the example 个, which
        # loaded 86.2 items: a score's 分 goes on into no name there
        problem = (f"its 分 starts the unit word {scaled.word!r}, no score's: write value: "
                   f"{text[m.start:m.end - 1]} and {give_the_unit_it_is(scaled)}, or list it "
                   "under not_claims")
    if problem is None and m.kind != "date" and _cut_short(m, spans_of, wholes_of):
        # 十一 of 十一二岁: the loader refuses a part of a longer figure, which no skeleton
        # may propose (a date cut short has its reason in _unloadable)
        problem = ("only part of a longer figure, which the loader refuses as a value: "
                   "list the whole under not_claims")
    return problem


#: The unit line of a skeleton for the number after 匯率 (汇率): an exchange rate
_RATE_TODO = ("    unit: TODO  # an exchange rate after 匯率 (汇率), no amount: give one currency "
              "per the other as the article means it (港元/美元), or list it under not_claims")


def _currency_written(text: str, m: Mention) -> bool:
    """Whether mention ``m`` of ``text`` writes a currency factcheck names before its amount,
    in it (約為人民幣13.5億元) or right before it (人民幣 of 人民幣13.5億元): its 元 is then
    that currency, never the article's dollar."""
    before = currency_before(text, m.start)
    return writes_its_currency(m.text) or (
        before is not None and currency_unit(before) is not None)


def render_yaml(article: Article, mentions: tuple[Mention, ...]) -> str:
    """Claim skeletons for the counted body mentions, in the claims-file format.

    Args:
        article: the article (its registration gives ``source:`` and the body).
        mentions: its mentions.

    Returns:
        A YAML document whose TODOs, once filled in, loads with ``factcheck.load``: the
        claim ids, made of the file name (``[1] 道里.l1c8``), are quoted where YAML needs
        it, and control characters of the name or the article are shown as escapes in the
        comments, which YAML does not allow them in.
    """
    normal = normalise(article.text)
    spans_of = functools.cache(QuoteIndex(normal).find_all)  # a quote costs its occurrences
    wholes_of = functools.cache(functools.partial(whole_spans, article.text, spans_of))
    source_id = article.source.id if article.source else None
    prefix = source_id or Path(article.path).stem
    shown = visible(article.path).replace("\n", "\\n")  # a line break would end the comment
    head = [
        f"# Claim skeletons for {shown}, from `factcheck extract --format yaml`.",
        "# Fill in every TODO (entity, metric, as_of, and unit where the text names none),",
        "# delete what is not a claim (or move it to not_claims: with a reason), then run",
        "# `factcheck check` and `factcheck coverage`.",
        f"source: {_scalar(source_id)}" if source_id else
        "source: TODO  # the source id in sources.yaml (this article is not registered)",
        "claims:",
    ]
    as_of_hint = "the date or period the figure refers to (YYYY-MM-DD, YYYY-MM, YYYY or A..B)"
    if article.source is not None:
        as_of_hint += f"; published {article.source.published}"
    body: list[str] = []
    skipped: list[str] = []
    local = local_dollar_named(article.text)  # HK$ of HK$300億: a bare 元 may be it
    traditional = article.source is not None and article.source.script == "traditional"
    for m in mentions:
        if not m.counted or article.is_body(m) is False:
            continue
        line, col = article.line_col(m.start)
        quote, occurrence = quote_for(article.text, normal, m, spans_of, wholes_of)
        problem = skeleton_problem(article.text, m, spans_of, wholes_of, traditional)
        if problem is not None:
            shown_quote = quote.replace("\r\n", "\n").replace("\n", "\\n")  # ends no comment
            skipped.append(visible(f"#   {line}:{col} {m.text!r} in 「{shown_quote}」: {problem}"))
            continue
        body.append(f"  - id: {_scalar(f'{prefix}.l{line}c{col}')}")
        body.append(f"    quote: {_scalar(quote)}")
        if occurrence is not None:
            body.append(f"    occurrence: {occurrence}")
        about = m.kind + (f", {m.qualifier}" if m.qualifier else "")
        body.append(f"    value: {_scalar(m.value)}  # {about}")
        per = _per_before(m, article.text)
        if m.kind != "date":
            if per is not None:  # 每斤3-5元: 3-5元 per 斤, as 3-5元/斤
                body.append(f"    per: {_scalar(per)}")
            if not m.unit and m.kind == "quantity" and rate_word_before(article.text, m.start):
                body.append(_RATE_TODO)  # 7.8 of 匯率為7.8 (the loader refuses an amount)
            elif m.unit and parse_unit(m.unit) is not None:
                body.append(f"    unit: {_scalar(m.unit)}" + (
                    "" if local is None or fold_chars(m.unit) != "元"
                    or _currency_written(article.text, m) else
                    f"  # renminbi; the article names {local!r} too: where this 元 is that "
                    f"currency, give `unit: {currency_unit(local)}`"))
            elif m.unit == "倍":
                body.append("    unit: 1  # a multiple (倍) is a plain number of times")
            elif m.unit and fold_chars(m.unit) in NO_UNIT_CLASSIFIERS:  # 38所: no 个 blindly
                body.append(f"    unit: TODO  # {m.unit!r} is no unit: "
                            f"{NO_UNIT_CLASSIFIERS[fold_chars(m.unit)]}")
            elif m.unit:
                body.append(f"    unit: TODO  # {m.unit!r} is not a known unit; give one "
                            f"(e.g. {_example_unit(m)}) or delete the claim")
            else:
                body.append("    unit: TODO  # the text names no unit (e.g. "
                            f"{', '.join(UNIT_EXAMPLES)})")
        body.append("    entity: TODO  # entity id or alias")
        body.append("    metric: TODO  # metric id")
        body.append(f"    as_of: TODO  # {as_of_hint}")
    if not body:
        head[-1] = "claims: []"
    tail = []
    if skipped:
        tail = ["# Mentions the loader cannot take as a claim value as written; encode them",
                "# by hand (a longer value, an explicit unit) or list them under not_claims:",
                *skipped]
    return "\n".join([*head, *body, *tail]) + "\n"


def _cut_short(m: Mention, spans_of: Callable[[str], list[tuple[int, int]]],
               wholes_of: Callable[[str], list[tuple[int, int]]]) -> bool:
    """Whether the value of ``m`` stands where ``m`` starts but is no whole figure there
    (:func:`whole_spans`): only part of a longer one, which the loader refuses."""
    def starts_here(spans: list[tuple[int, int]]) -> bool:
        k = bisect.bisect_left(spans, m.start, key=lambda span: span[0])
        return k < len(spans) and spans[k][0] == m.start

    return starts_here(spans_of(m.value)) and not starts_here(wholes_of(m.value))


def _per_before(m: Mention, text: str) -> str | None:
    """The measure after 每 right before ``m`` in ``text`` that its figure is per (斤 of
    每斤3-5元), or the unit a word of a rate next to it makes it per (小时 of 时速350公里, 亩
    of 亩产412公斤), where the figure writes none of its own, else None."""
    if m.kind == "date":
        return None
    per = per_before(text, m.start)
    if per is None and m.kind == "quantity":  # 亩 of 每亩补贴200元
        rated = rate_before(text, m.start, fold_chars(m.unit or ""))
        per = None if rated is None else rated[1]
    if per is None:
        rate = rate_word_around(text, m.start, m.end)
        unit = parse_unit(m.unit) if rate is not None and m.unit else None
        per = rate[1] if rate is not None and unit is not None and (
            base_factor(unit)[1] == rate[2]) else None
    if per is None:
        return None
    figure = parse_figure(m.value)
    return per if figure is not None and figure.per_word is None else None


#: The unit words that scale a known one, which the loader reads only by their symbol
_SYMBOL_OF_SCALED = {"立方米": "m³", "毫米": "mm", "个点": "个百分点"}


def _example_unit(m: Mention) -> str:
    """A unit to give for the unknown unit word of ``m``: 个, but 1 for 倍 (a plain number of
    times), and for 度 kW·h after any numeral but one Chinese digit (20度 and 二十度 are
    degrees or kilowatt-hours, which the loader refuses to count) and 次 after one (三度访华
    counts visits, as the docs say), 年 for an age (18岁, 18周岁), 天 for a number of 日
    (5日内, 10日左右), 次 for 遍 and 趟 (看过3遍, times), and the symbol of a unit
    word that scales a known one, as the loader's hint names it (m³ for 立方米, never 个),
    and 个百分点 for 个点, its short form."""
    if m.unit and "/" in m.unit:  # 86.2毫米/小时: a rate, never 个 (which lost the 小时)
        return "/".join(word if parse_unit(word) is not None else _example_unit(
            dataclasses.replace(m, unit=word)) for word in m.unit.split("/", 1))
    symbol = _SYMBOL_OF_SCALED.get(fold_chars(m.unit or ""))
    if symbol is not None:
        return symbol  # 280万立方米: never 280万 items
    if m.unit == "倍":
        return "1"  # 1.5倍: a plain number of times, as the loader reads a multiple
    if m.unit in ("岁", "歲", "周岁", "週歲"):
        return "年"  # 18岁, 18周岁: an age in years, never 18 items nor 18周 (weeks)
    if m.unit == "日" and m.kind == "duration":
        return "天"  # 5日内, 10日左右: days, never 5 items
    if m.unit in ("遍", "趟"):
        return "次"  # 看过3遍, 跑了3趟: times, occasions, never 3 items
    if m.unit != "度":
        return "个"
    return "次" if _counts_times(m) else "kW·h"


def _counts_times(m: Mention) -> bool:
    """Whether ``m`` is one Chinese digit of 度, which counts times (三度访华), never a
    degree nor a kilowatt-hour, as the loader reads it."""
    return m.high is None and times_before_du(m.value.removesuffix("度"))


# a degree sign after a figure, across spaces (30 °), that is no temperature's (30 °C)
_ANGLE_AFTER = re.compile(r"[ \t\u3000]*°(?![CF])")
# a latitude or a longitude right before a figure, across spaces (北纬30.2度, 东经 103度),
# folded: its 度 is an angle, never kilowatt-hours
_COORDINATE_BEFORE = re.compile(r"[南北]纬[ \t\u3000]*$|[东西]经[ \t\u3000]*$")


def _temperature(m: Mention, before: str, after: str) -> bool:
    """Whether ``m`` is a number of 度 whose clause, up to it, speaks of temperature, or a
    number right after 零下, below zero (3 of 零下3至零下5度); but one Chinese digit of 度
    before a verb of passing a mark counts times (三度 of 气温三度突破40度), as the loader
    reads it."""
    if fold_chars(before[-2:]) == "零下":
        return True
    if m.unit != "度" or (_counts_times(m) and passing_after(after)):
        return False
    return bool(temperature_word(before))


_ZHAO_UNREAD = ("兆 is a magnitude word the loader does not read (10**12 in Taiwan and Hong "
                "Kong, 10**6 as an SI prefix): list it under not_claims")


# 来 right after a number (30来家, 十来年): about it, which the loader does not read
_ABOUT_LAI = re.compile("[0-9０-９零〇一二两兩三四五六七八九十百千万萬亿億][来來]")


_SPACES = " \t\u3000"
#: The qualifiers before a figure, folded, the longest first (超过 before 超)
_PREFIXES_LONGEST_FIRST = tuple(sorted({fold_chars(word) for word in QUALIFIER_PREFIXES},
                                       key=len, reverse=True))


def _qualified_across_a_space(m: Mention, before: str, after: str,
                              wholes_of: Callable[[str], list[tuple[int, int]]]) -> str | None:
    """The value the loader reads where a space parts ``m`` from its qualifier (3年 of
    计划3年 内建成 is 3年内, 30家 of 约 30家 is 约30家), which it refuses ``m`` as only part
    of; else None. ``before`` and ``after`` are the article's text around ``m``, and
    ``wholes_of`` gives the spans where a figure is whole (:func:`whole_spans`, memoised)."""
    if not (before[-1:] and before[-1:] in _SPACES) and not (
            after[:1] and after[:1] in _SPACES):
        return None
    spans = wholes_of(m.value)
    k = bisect.bisect_left(spans, (m.start, m.end))
    if k < len(spans) and spans[k] == (m.start, m.end):
        return None
    rest = after.lstrip(_SPACES)
    word = suffix_after(fold_chars(rest[:SUFFIX_REACH]), fold_chars(m.value[-1:]))
    if word and after[:1] in _SPACES:
        return m.value + rest[:len(word)]
    near = before.rstrip(_SPACES)
    prefix = next((w for w in _PREFIXES_LONGEST_FIRST if fold_chars(near).endswith(w)), "")
    if prefix and before[-1:] in _SPACES:
        return near[len(near) - len(prefix):] + m.value
    return None


def _time_parts_in(value: str) -> bool:
    """Whether ``value`` (folded) goes on as a time in parts after one of its characters."""
    return any(time_parts_end(value, at) is not None for at in range(1, len(value)))


def _qualifier_side(before: str) -> str:
    """Where a date's qualifier stands, as the loader finds it: "before" (约 of
    约2020年至2030年间, also after a space) or else "after" (左右 of 3月左右)."""
    return "before" if after_a_qualifier(fold_chars(before.rstrip(_SPACES))) else "after"


def _ambiguous_currency(m: Mention, before: str) -> str:
    """The sign of more than one currency ($, ¥) written right before the amount ``m`` in
    元 or without a unit (or inside it, after its qualifier: 约¥300), or ""."""
    if m.kind != "quantity" or (m.unit or "元") != "元":
        return ""
    sign = currency_before(before, len(before)) or currency_in_figure(m.value)
    return sign if sign is not None and currency_unit(sign) is None else ""


def _unloadable(m: Mention, before: str = "", after: str = "", *,
                roc_listed: bool = False, clause: str | None = None) -> str | None:
    """Why a skeleton for ``m`` would not load once its TODOs are filled in, or None;
    ``before`` and ``after`` are the article's text just before and after it,
    ``roc_listed`` whether ``m`` is a year of the Republic of China listed after another
    (109年 of 民國108年及109年), and ``clause`` the text before a number of 度 that a word
    of temperature is looked for in (:data:`TEMPERATURE_REACH`; else ``before``)."""
    if m.number is None and NOTATION_RE.search(fold_chars(m.value).translate(FULLWIDTH)):
        return ("a number in scientific notation (3×10^4 is 30000, 5E3 is 5000), which the "
                "loader does not read: list it under not_claims")
    if m.number is None and POWER_WORDS_RE.search(fold_chars(m.value).translate(FULLWIDTH)):
        return ("a power in words (10的8次方 is 10^8, and its 8次 no count of times), which "
                "the loader does not read: list it under not_claims")
    if m.unit in ("人民币", "人民幣") and year_before_renminbi_word(m.value, after):
        return ("a year before 人民币 and a word about the currency (《2020人民币国际化报告》), "
                "which names a report or a reform of that year, no amount: list it under "
                "not_claims")
    if m.kind == "date" and DAY_AND_MONTH_SHAPE.fullmatch(fold_chars(m.value).translate(
            FULLWIDTH)):
        return ("a day and a month across a slash (會議於28/2舉行: the 28th of February), "
                "which the loader does not read: list it under not_claims")
    if m.kind == "date" and is_a_year_across(fold_chars(m.value).translate(FULLWIDTH)):
        return f"{ACROSS_A_SLASH}, which the loader does not read: list it under not_claims"
    if m.kind == "date" and before_common_era(before):
        return ("a year before the common era (公元前221年), which the loader does not read: "
                "list it under not_claims")
    if m.value.startswith(("±", "正负", "正負")):
        return ("plus or minus, a margin (±3% is from -3% to 3%), which the loader does not "
                "read: list it under not_claims")
    if m.value.startswith(("负", "負")):
        return ("a figure after 负, its minus sign, which the loader does not read: list it "
                "under not_claims")
    if m.kind != "date" and dash_sign_before(before, m.value + after):
        # 5% of 同比增长—5% or of 利润—5% loaded as +5%
        return ("a figure after a dash that may be its minus sign (同比增长—5%, 利润—5%), "
                "which the loader does not read: list it under not_claims")
    sign = _ambiguous_currency(m, before)
    if sign:  # ¥300 with unit: 元 loaded as 300 yuan, though ¥ is the yen's sign as well
        return (f"an amount after {sign!r}, {AMBIGUOUS_CURRENCY_SIGNS[fold_chars(sign)]}, "
                "which the loader reads in no currency: list it under not_claims")
    if m.kind == "quantity" and (currency_before(before, len(before)) or currency_in_figure(
            m.value)) and (scale := latin_scale(m.value, after)) is not None:
        # HK$200m proposed as 200 metres, US$50bn as 50 with unit: 美元
        return (f"a Latin scale word after an amount in a currency ({scale!r}: m or mn is "
                "million, bn billion; never metres), which the loader does not read: list it "
                "under not_claims")
    if m.kind == "quantity" and not m.unit and (into := unit_into_a_word(
            fold_chars(m.value + after[:1]), fold_chars(after[1:5]))) is not None:
        # 3000 of 机械3000台班: a unit given by hand (unit: 家 of the skeleton's examples)
        # would count what the text does not
        return (f"its unit word {after[:1]!r} starts a word ({after[:len(into[0])]}, "
                f"{into[1]}), and the number counts nothing written after it: give the unit "
                "of what it counts by hand only where the text says what, or list it under "
                "not_claims")
    bare = "" if not m.unit else m.unit if m.unit in ("分", "角", "毛") else None
    coin = coin_after(bare + after, 0) if m.kind == "quantity" and bare is not None else ""
    if coin and bare is not None:  # 5 of 贵了5毛, 3分 of 3分钱: unit: 元 is refused there
        return (f"a coin of the 元 ({m.text.removesuffix(bare)}{coin}: 5毛 is 0.5元, 3分钱 "
                "0.03元, and Hong Kong's 5毫 0.5港元, 50仙 0.5港元), which the loader reads in "
                "no currency: list it under not_claims")
    unread = unread_unit_after(after, 0) if m.kind == "quantity" and not m.unit else (
        m.unit if m.kind == "quantity" and fold_chars(m.unit or "") in UNREAD_UNIT_WORDS
        else "")
    if unread:
        # 300 of 大廈高300呎: unit: 米 loaded 300 metres, unit: 平方米 450 of 450呎 as 450 m²;
        # 3台尺 (a Taiwan foot) was proposed as 3台, three machines
        return (f"a figure in {unread!r}, {UNREAD_UNIT_WORDS[fold_chars(unread)]}, which "
                "the loader does not read: list it under not_claims")
    if m.kind == "quantity" and (foot := foot_per_before(before, len(before))):
        # 2.3萬元 of 每呎售價2.3萬元 loaded as a bare 23000元, a price per area as an amount
        return (f"a price per {foot!r}, {UNREAD_UNIT_WORDS[fold_chars(foot)]}, "
                "which the loader does not read as a per-unit: give `per: 平方呎` where it is "
                "the price of a flat's floor area, or list it under not_claims")
    if m.kind == "quantity" and slash_side(m.value, before, after):
        return ("one side of a slash between numbers, a rate per a number (8.6/10万 is 8.6 "
                "per 100000) or a fraction, which the loader does not read: list it under "
                "not_claims")
    if m.kind == "quantity" and people_a_rate_is_per(m.value, before, after):
        return ("the number of people or households a rate is per (千人 of 每千人口, 百户 of "
                "每百户), no count of them, which the loader refuses: list it under not_claims")
    if m.value[:1] in ("廿", "卅", "卌"):
        return ("a number after 廿, 卅 or 卌 (20, 30, 40), which the loader does not read: list "
                "it under not_claims")
    if m.number is None and "米" in m.value and metres_and_centimetres(
            fold_chars(m.value), m.value.index("米")) is not None:
        return ("metres and centimetres (1米75 is 1.75米), which the loader does not read: "
                "list it under not_claims")
    if m.number is None and yuan_and_coins_in(fold_chars(m.value)):
        return ("元 and coins (1元5角 is 1.5元, and 3块5 3.5元 in speech), which the loader does "
                "not read: list it under not_claims")
    if m.number is None and m.kind == "duration" and _time_parts_in(fold_chars(m.value)):
        return ("a time in hours, minutes and seconds (2小时30分钟), which the loader does not "
                "read: list it under not_claims")
    if m.number is None and _ABOUT_LAI.search(m.value):
        return "about (30来家, 十来年), which the loader does not read: list it under not_claims"
    if m.number is None and m.kind != "date" and (
            form := unread_form(fold_chars(m.value))) is not None:
        # 七八百人, 过万元, 翻一番, 万分之五 (_extract_vague)
        return f"{form[0]} ({form[1]}), which the loader does not read: list it under not_claims"
    if m.kind == "date":
        # in some year and month, as the loader asks: 28日 and 11日至12日 take both from as_of
        value = date_spelling(m.value)  # 2020/3/1 as 2020-03-01, as the loader reads it
        if roc_listed:  # 109年 of 民國108年及109年 is 2020, as the loader reads it
            value = "民國" + value
        if BRACKETED_DATE_RE.fullmatch(fold_chars(m.value)):  # 15 of 今（15）日 was a count
            return ("a date part in brackets (今（15）日 is the 15th of this month, 上（3）月 "
                    "last month, March), which the loader does not read: list it under "
                    "not_claims")
        if m.period is None and not roc_listed and unmarked_roc_year(
                fold_chars(m.value).translate(FULLWIDTH)):
            # 112年 of 112年第4季 was proposed as 112 years
            return ("a year of the Republic of China calendar without its 民國 (112年3月 is "
                    "March 2023, never 112 years), which the loader reads as a date only after "
                    "民國: list it under not_claims")
        if backward_run(value):
            return ("a run of dates that goes backward, which the loader refuses (a run must "
                    "go forward; a misprint is no claim)")
        if parse_period(value, year=2000, month=1) is None and roc_run_into_month(value):
            return ("a run of 民國 years into a month or day, which the loader does not read "
                    "(it reads such a run in whole years only, 民國108至110年): list it under "
                    "not_claims")
        if not whole_figure(m.value, before, after):
            # 3月 of 3月左右开工: about March; 10号 of 10号左右 (no digits of a year first);
            # 2020年至2030年 of 约2020年至2030年间, its qualifier before it
            return (f"a date with a qualifier {_qualifier_side(before)} it, which the loader "
                    "reads neither with nor without it: list it under not_claims")
        if parse_period(value, year=2000, month=1) is not None and not DATE_SHAPE.match(value):
            # 三季度, 今年首季's 首季: no year, month or day digits first
            return "a date the loader reads only with unit: date (its year from as_of)"
        if parse_period(value, year=2000, month=1) is None or not DATE_SHAPE.match(value):
            return "not a date the loader reads (it needs year, month or day digits first)"
        return None
    reading = year_or_years(fold_chars(m.value).translate(FULLWIDTH), fold_chars(
        before[-6:]), fold_chars(after[:4]).translate(FULLWIDTH)) if (
        m.kind == "duration" and m.unit == "年") else None
    if reading == "date" and m.qualifier is not None:  # 始建于约1368年, as the loader says
        return ("about a year (the words before it date it), which the loader does not read: "
                "list it under not_claims")
    if reading == "either":
        # 1368年明朝建立: the year 1368 or 1368 years, as the loader says
        if m.qualifier is not None:  # 约1368年建成: no date is read with a qualifier
            year_word, years_word = year_qualifier_words(m.qualifier)  # 接近: nearing, nearly
            return (f"{year_word} a year or {years_word} so many years, which the loader reads "
                    f"only with unit: 年 (years): write value: {m.value} with unit: 年, or list "
                    f"it under not_claims")
        return (f"a year or a number of years, which the loader reads only with a unit: "
                f"write value: {m.value} with unit: date (the date) or unit: 年 (years)")
    if m.kind == "duration" and m.unit == "" and fold_chars(m.value)[:1] == "近" and (
            near_span_reading(fold_chars(before[-8:]), fold_chars(after[:3])) == "unsure"):
        # 近3年 of 全市近3年新增: nearly three years or the last three, as the loader says
        return ("近 before a span of time, 'nearly' or 'the last' (历时近5年, 近3年来), and "
                "nothing here says which, which the loader does not guess: list it under "
                "not_claims")
    written = (m.unit or "").translate(FULLWIDTH)  # 30º and 30˚ are 30°, as the loader reads them
    if written in TEMPERATURES or _temperature(
            m, before if clause is None else clause, after):  # also 20 ℃, and 气温20度
        return ("a temperature, which no claim can hold (an offset unit): list it under "
                "not_claims")
    # 2000年左右 of 距今2000年左右: about 2000 years ago, as the loader reads it there
    figure = (parse_years_ago if years_ago(before) else parse_figure)(m.value)
    words = qualified_range(m.value) if figure is None else None
    if words is not None:
        return f"a range with a qualifier ({words}), which the loader does not read"
    if figure is None and "兆" in m.value:  # 1兆5000億元, as the loader says
        return _ZHAO_UNREAD
    if figure is None:
        return "not a figure the loader reads"
    if "\n" in m.value:
        return "spans a line break"
    unit = written if written and parse_unit(written) is not None else _example_unit(m)
    quantity = quantity_of(figure, unit)
    if written and not isinstance(quantity, str) and money_no_rate(quantity) and (
            rate_word_before(before, len(before))):
        # 7.12元 of 汇率为7.12元 with unit: 元, which the loader refuses as money, and any
        # other unit as not the one the value writes
        return ("an exchange rate after 匯率 (汇率) written with a currency (汇率为7.12元), "
                "no amount, which the loader reads neither as money nor, with any unit, as "
                "a rate: list it under not_claims")
    if m.unit == "度" and _COORDINATE_BEFORE.search(fold_chars(before[-4:])):
        return ("an angle (a latitude or a longitude), which no claim can hold: list it "
                "under not_claims")
    if (isinstance(quantity, str) and "an angle" in quantity) or _ANGLE_AFTER.match(
            after) or (m.unit == "度" and after[:1] == "角"):
        # 20°, 20 °, 30度角, as the loader says
        return "an angle, which no claim can hold: list it under not_claims"
    if isinstance(quantity, str) and "has tenths after its 成" in quantity:
        return "tenths after 成 (三成五 is 35%), which the loader does not read: list it under not_claims"
    if isinstance(quantity, str) and ZHAO_NOT_READ in quantity:
        return _ZHAO_UNREAD
    if isinstance(quantity, str) and DISCOUNT_NOT_READ in quantity:
        return ("a discount (七折 is paying 70%, not 7%), which the loader does not read: list "
                "it under not_claims")
    if isinstance(quantity, str) and GE_YI_NOT_READ in quantity:
        return "个亿, a colloquial 亿 (3个亿 is 3亿), which the loader does not read: list it under not_claims"
    if isinstance(quantity, str) and NEAR_ZERO in quantity:
        return "close to 0 (近0%, 近零), which no figure bounds: list it under not_claims"
    if isinstance(quantity, str) and UNDER_ZERO in quantity:
        return "less than 0 of a count (少于0家), which no claim holds: list it under not_claims"
    if isinstance(quantity, str) and "is a fraction" in quantity:
        return "a fraction (三分之二), which the loader does not read: list it under not_claims"
    if isinstance(quantity, str):
        return "its unit does not fit the written one"
    return None


_PLAIN_MAX = 10**5  # far below the dump's width: a plain scalar shorter is never folded
_STR = "tag:yaml.org,2002:str"


def _scalar(value: str | None) -> str:
    """A YAML scalar on one line, quoted only when it must be."""
    return "null" if value is None else _scalar_text(value)


@functools.lru_cache(maxsize=1 << 16)  # values and units recur
def _scalar_text(value: str) -> str:
    """``value`` as ``yaml.safe_dump`` writes it alone, without the document end or spaces.

    A value that the dumper writes plain is the value itself (stripped, as the dump is), so
    it is not dumped: the dumper's own resolver and analysis decide that, at a fraction of
    the cost of a dump, which writes every quote of a long article. Others are dumped.
    """
    if len(value) < _PLAIN_MAX:
        dumper = _dumper()
        tag = dumper.resolve(yaml.ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
        if tag == _STR and dumper.analyze_scalar(value).allow_block_plain:
            return value.strip()
    dumped = yaml.safe_dump(value, allow_unicode=True, width=10**6, default_flow_style=True)
    return dumped.removesuffix("\n...\n").strip()


@functools.cache
def _dumper() -> yaml.SafeDumper:
    """A dumper set as ``_scalar_text``'s dump is, for its resolver and analysis only."""
    return yaml.SafeDumper(io.StringIO(), allow_unicode=True, width=10**6,
                           default_flow_style=True)
