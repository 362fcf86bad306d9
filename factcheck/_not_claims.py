"""Read ``not_claims:`` entries: numbers deliberately not encoded, with a reason."""

from __future__ import annotations

from typing import Any

from ._claim_source import Context, Items, locate_quote, resolve_source
from ._model import NotClaim, Source
from ._schema import Field, Problems, entries_with_a_reason

__all__ = ["read_not_claims"]

_NOT_CLAIM_FIELDS = (
    Field("source", (str,)),
    Field("quote", (str,), required=True),
    Field("occurrence", (int,)),
    Field("reason", (str,), required=True, help="why this number is not a claim"),
)


def read_not_claims(items: Items, defaults: dict[str, Any], sources: dict[str, Source],
                    problems: Problems) -> tuple[NotClaim, ...]:
    """Read ``not_claims:`` entries: numbers deliberately not encoded, with a reason."""
    context = Context(sources, {}, {})
    result: list[NotClaim] = []
    for doc, keypath, _, fields in entries_with_a_reason(
            items, "not_claims", _NOT_CLAIM_FIELDS, problems, what="not-a-claim entry",
            named="a not_claims entry", expected="a list of mappings with 'quote' and 'reason'",
            hint="say why this number is not a claim",
            missing="add a line such as 'reason: the dateline, not a figure' to the entry: a "
            "reviewer reads it to see why the number is not checked"):
        source_id = resolve_source(doc, keypath, fields, defaults.get(doc.path), context,
                                   problems, None)
        if source_id is None:
            continue
        span = locate_quote(doc, keypath, fields["quote"], fields.get("occurrence"),
                            sources[source_id], context, problems, None)
        if span is not None:
            result.append(NotClaim(source_id, fields["quote"], span, fields["reason"],
                                   doc.locate(keypath)))
    return tuple(result)
