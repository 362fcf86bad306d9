"""The source of a ``claims:`` or ``not_claims:`` entry and its quote's place in it: a file's
``source:`` vetted once, an entry's resolved, the quote located in the article."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ._claim_hints import TODO, closest_hint
from ._errors import QuoteError, short_text, visible
from ._model import Entity, Metric, Source
from ._quotes import NormalText, find_all, fold_text, normalise
from ._schema import Problems
from ._sources import alias_table
from ._yaml import Document, KeyPath

__all__ = [
    "INVALID_SOURCE",
    "Context",
    "Items",
    "excluded_quote",
    "locate_quote",
    "resolve_source",
    "vet_file_source",
]

Items = list[tuple[Document, Path, Any]]


class Context:
    """What claims are checked against, built once per load."""

    def __init__(self, sources: dict[str, Source], entities: dict[str, Entity],
                 metrics: dict[str, Metric]) -> None:
        self.sources = sources
        self.metrics = metrics
        self.aliases = alias_table(entities)
        self.normal: dict[str, NormalText] = {}
        self._metric_names: dict[str, str] | None = None

    def normal_text(self, source_id: str) -> NormalText:
        if source_id not in self.normal:
            self.normal[source_id] = normalise(self.sources[source_id].text)
        return self.normal[source_id]

    def metric_named(self, name: str) -> str | None:
        """The id of the metric whose ``name`` is ``name`` (folded, as an entity's name is
        matched), or ``None``: for the hint of a claim that names its metric by name.
        The table is made on first use, on the error path."""
        if self._metric_names is None:
            self._metric_names = {}
            for metric in self.metrics.values():
                self._metric_names.setdefault(fold_text(metric.name), metric.id)
        return self._metric_names.get(fold_text(name))


#: The file-wide ``source:`` of a file where it was reported as invalid: the entries that
#: rely on it are not each reported again as having no source.
INVALID_SOURCE: Any = object()


def vet_file_source(doc: Document, source_id: Any, sources: dict[str, Source],
                    problems: Problems, quotes: Iterable[str] = ()
                    ) -> Any:  # a YAML value, or INVALID_SOURCE
    """A file's ``source:`` checked once against the registry, at its own line.

    An unknown one (``TODO`` in a skeleton of an article not yet registered) is one error
    about the file, not one per claim that relies on it: it is reported here and
    :data:`INVALID_SOURCE` returned, so that those claims are not reported again (their
    other problems still are).

    A ``TODO`` left by ``factcheck extract`` before the article was registered is told
    the registered source that holds every one of the file's ``quotes``, where one does.

    Returns:
        ``source_id`` when it is known (or not a string, reported elsewhere), else
        :data:`INVALID_SOURCE`.
    """
    if not isinstance(source_id, str) or source_id in sources:
        return source_id
    if source_id == TODO:  # a blank to fill in, whatever the registry holds
        quoted = [quote for quote in quotes if quote.strip()]
        holding = [source for source in sources.values()
                   if quoted and all(quote in source.text for quote in quoted)]
        problems.at(doc, ("source",), "source is still TODO",
                    expected="the id of this article in the `sources:` registry",
                    hint=(f"the registered source '{holding[0].id}' ({holding[0].file}) holds "
                          "every quote of this file: write "
                          f"`source: {holding[0].id}` here" if len(holding) == 1 else
                          "register the article under `sources:` (id, file, title, published, "
                          "script; see docs/claims-format.md), then write its id here")
                    + " for the claims that name no source of their own")
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


def resolve_source(doc: Document, keypath: KeyPath, fields: dict[str, Any], default: Any,
                   context: Context, problems: Problems, claim_id: str | None) -> str | None:
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


def locate_quote(doc: Document, keypath: KeyPath, quote: str, occurrence: int | None,
                 source: Source, context: Context, problems: Problems,
                 claim_id: str | None) -> tuple[int, int] | None:
    if not quote.strip():  # found everywhere or nowhere: not a quote at all
        problems.at(doc, (*keypath, "quote"), "quote is empty" if not quote else
                    f"quote is only white space ({quote!r})", error=QuoteError,
                    claim_id=claim_id, expected="the words of the article around the figure, "
                    "copied exactly",
                    hint="copy the phrase that holds the figure from the article text (for a "
                    "claim the value must be inside it)")
        return None
    spans = find_all(context.normal_text(source.id), quote)
    if not spans:
        elsewhere = _found_elsewhere(quote, source, context)
        if elsewhere:
            names = " or ".join(f"source: {other.id}" for other, _ in elsewhere)
            problems.at(doc, (*keypath, "quote"), f"quote not found in source '{source.id}', "
                        f"but in {_sources_at(elsewhere)}", error=QuoteError,
                        claim_id=claim_id, found=quote[:80],
                        hint=f"if the claim is from that article, write `{names}` (a claims "
                        "file copied from another article, its source: left unchanged?)")
            return None
        problems.at(doc, (*keypath, "quote"), f"quote not found in source '{source.id}'",
                    error=QuoteError, claim_id=claim_id, found=quote[:80],
                    hint=closest_hint(quote, context.normal_text(source.id), source))
        return None
    if occurrence is None:
        if len(spans) > 1:
            problems.at(doc, (*keypath, "quote"),
                        f"quote occurs {len(spans)} times in '{source.id}' (at "
                        f"{_places(spans, source)})",
                        error=QuoteError, claim_id=claim_id,
                        hint="add `occurrence: N` to say which one" + _the_bodys(spans, source))
            return None
        return spans[0]
    if occurrence < 1:
        problems.at(doc, (*keypath, "occurrence"), f"occurrence {occurrence} is not a count",
                    error=QuoteError, claim_id=claim_id, expected="1 for the first, 2 for the "
                    "second occurrence of the quote, and so on")
        return None
    if occurrence > len(spans):
        times = "once" if len(spans) == 1 else f"{len(spans)} times"
        problems.at(doc, (*keypath, "occurrence"),
                    f"occurrence {occurrence} asked for, but the quote occurs {times} in "
                    f"'{source.id}' (at {_places(spans, source)})", error=QuoteError,
                    claim_id=claim_id,
                    **({"hint": f"remove `occurrence: {occurrence}`: a quote that occurs once "
                        "needs none"} if len(spans) == 1 else
                       {"expected": f"1 to {len(spans)}" if len(spans) > 2 else "1 or 2",
                        "hint": "write occurrence: 1 for the first, and so on"}))
        return None
    return spans[occurrence - 1]


def excluded_quote(doc: Document, keypath: KeyPath, quote: str, span: tuple[int, int],
                   source: Source, context: Context, problems: Problems,
                   claim_id: str | None) -> None:
    """Refuse a claim whose quote, at ``span``, lies in lines its source excludes (a
    copyright notice, a summary the body repeats): it loaded, and was checked as the
    article's. The hint names the copy in the body, where the quote has one."""
    exclusion = next(e for e in source.exclusions if e.start < span[1] and span[0] < e.end)
    first, last = exclusion.lines
    lines = f"line {first}" if first == last else f"lines {first}-{last}"
    spans = find_all(context.normal_text(source.id), quote)
    body = [at for at, each in enumerate(spans, start=1) if source.is_body(*each)]
    where = ":".join(map(str, source.line_col(span[0])))
    if body:
        copy = ":".join(map(str, source.line_col(spans[body[0] - 1][0])))
        fix = f"claim the copy in the body, `occurrence: {body[0]}` (at {copy})"
    else:
        fix = ("claim the copy in the body, if it has one, or leave the claim out (or narrow "
               "the exclusion, if these lines are the article's)")
    problems.at(doc, (*keypath, "quote"),
                f"quote lies in excluded {lines} of '{source.id}' "
                f"({short_text(exclusion.reason)}), which is not the article body",
                error=QuoteError, claim_id=claim_id, found=f"「{visible(short_text(quote, 80))}」 at {where}".replace("\n", "⏎"),
                hint=f"the lines are excluded as not the article's own text: {fix}")


def _the_bodys(spans: list[tuple[int, int]], source: Source) -> str:
    """Of a quote that occurs at ``spans``, the occurrence to claim where only one of them
    lies in the article body and the rest in excluded lines (a summary the body repeats),
    as the end of a hint; else ""."""
    body = [at for at, span in enumerate(spans, start=1) if source.is_body(*span)]
    if len(body) != 1 or not source.exclusions:
        return ""
    lines = sorted({source.line_col(span[0])[0] for span in spans if not source.is_body(*span)})
    named = ", ".join(map(str, lines))
    return (f": the article body's is `occurrence: {body[0]}` "
            f"({'line' if len(lines) == 1 else 'lines'} {named} "
            f"{'is' if len(lines) == 1 else 'are'} excluded)")


#: How many other sources a quote found in none of its own is said to be in, at most
_ELSEWHERE_SHOWN = 3


def _found_elsewhere(quote: str, source: Source, context: Context
                     ) -> list[tuple[Source, tuple[int, int]]]:
    """The other registered sources that hold ``quote`` (matched as in its own: script,
    width, whitespace), each with its first span, in registry order: a look only on the
    error path, so a claim that loads costs nothing."""
    found = []
    for other in context.sources.values():
        if other.id == source.id:
            continue
        spans = find_all(context.normal_text(other.id), quote)
        if spans:
            found.append((other, spans[0]))
            if len(found) == _ELSEWHERE_SHOWN:
                break
    return found


def _sources_at(found: list[tuple[Source, tuple[int, int]]]) -> str:
    """``source 'b' (at b.txt:1:5)``, or ``sources 'b' (at ...), 'c' (at ...)``."""
    places = ", ".join(f"'{other.id}' (at {other.file}:{':'.join(map(str, other.line_col(start)))})"
                       for other, (start, _) in found)
    return f"source {places}" if len(found) == 1 else f"sources {places}"


def _places(spans: list[tuple[int, int]], source: Source) -> str:
    """Where the first five of ``spans`` start, as ``line:col``, and ``...`` for more."""
    return ", ".join(":".join(map(str, source.line_col(start))) for start, _ in spans[:5]) + (
        ", ..." if len(spans) > 5 else "")
