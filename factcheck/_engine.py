"""The check engine: a loaded corpus in, findings out. No output concerns here.

Automatic kinds (agreement, series) run on every corpus; declared checks run in file
order; then reviewers' acknowledgements are applied. An acknowledgement that matches no
finding, or a finding that is now consistent, becomes a ``stale`` finding.
"""

from __future__ import annotations

from collections.abc import Iterable

from ._errors import CheckError, ExpressionError, FactcheckError, LoadErrors
from ._findings import Finding, Status
from ._model import Corpus
from .checks._context import CheckContext
from .checks._registry import get_kind, kinds
from .checks.derived import compile_spec, derived_cycles

__all__ = ["check"]


def check(corpus: Corpus) -> list[Finding]:
    """Run every check on ``corpus``.

    Args:
        corpus: a corpus from :func:`factcheck.load`.

    Returns:
        The findings, sorted by id; acknowledged ones carry the reviewer's reason, and
        stale acknowledgements appear as findings with status ``stale``.

    Raises:
        CheckError: the declared checks cannot be set up (a cycle of derived claims).
        LoadErrors: derived expressions that are malformed or unsafe, each located.
    """
    _refuse_cycles(corpus)
    context = CheckContext(corpus)
    findings: list[Finding] = []
    for kind in kinds().values():
        if kind.automatic:
            findings.extend(kind.run(context))
    for spec in corpus.checks:
        result = get_kind(spec.kind, spec.location).run(spec, context)
        findings.extend([result] if isinstance(result, Finding) else result)
    return _acknowledge(sorted(findings, key=lambda f: f.id), corpus)


def _refuse_cycles(corpus: Corpus) -> None:
    """Vet derived checks before anything runs: bad expressions and cycles are input errors."""
    derived = [s for s in corpus.checks if s.kind == "derived"]
    errors: list[FactcheckError] = []
    for spec in derived:
        try:
            compile_spec(spec)
        except ExpressionError as error:
            errors.append(error)
    if errors:
        raise LoadErrors(errors)
    cycles = derived_cycles(derived)
    if cycles:
        first = cycles[0]
        spec = next(s for s in corpus.checks if s.kind == "derived" and s.id in first)
        raise CheckError(
            "derived claims form a cycle: " + " -> ".join([*first, first[0]]),
            location=spec.location,
            hint="a derived claim cannot depend, directly or not, on itself",
        )


def _acknowledge(findings: Iterable[Finding], corpus: Corpus) -> list[Finding]:
    by_id = {f.id: f for f in findings}
    stale: list[Finding] = []
    for ack in corpus.acknowledgements:
        finding = by_id.get(ack.finding)
        if finding is None:
            stale.append(Finding(
                id=f"stale[{ack.finding}]", kind="acknowledgement", status=Status.STALE,
                message=f"The acknowledgement of '{ack.finding}' matches no finding; remove it "
                        "or fix the id.",
                location=ack.location, acknowledgement=ack.reason))
        elif finding.acknowledged:
            stale.append(Finding(
                id=f"stale[{ack.finding}]", kind="acknowledgement", status=Status.STALE,
                message=f"'{ack.finding}' is acknowledged twice; keep one acknowledgement.",
                location=ack.location, acknowledgement=ack.reason))
        elif finding.status in (Status.CONSISTENT, Status.NOT_CHECKABLE):
            stale.append(Finding(
                id=f"stale[{ack.finding}]", kind="acknowledgement", status=Status.STALE,
                message=f"'{ack.finding}' is now {finding.status}; its acknowledgement is "
                        "stale and should be removed.",
                claims=finding.claims, location=ack.location, acknowledgement=ack.reason))
        else:
            by_id[ack.finding] = finding.acknowledge(ack.reason)
    return sorted([*by_id.values(), *stale], key=lambda f: f.id)
