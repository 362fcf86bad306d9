"""The check engine: a loaded corpus in, findings out. No output concerns here.

Automatic kinds (agreement, series) run on every corpus; declared checks run in file
order; then reviewers' acknowledgements are applied. An acknowledgement that matches no
finding, or a finding that is now consistent, becomes a ``stale`` finding.
"""

from __future__ import annotations

import dataclasses
import difflib
import itertools
import reprlib
from collections.abc import Iterable, Mapping, Sequence

from ._errors import CheckError, ExpressionError, FactcheckError, LoadErrors, Location
from ._findings import Finding, Status, claims_list, pinned_claims
from ._model import (
    Acknowledgement,
    CheckSpec,
    Claim,
    Corpus,
    Entity,
    Metric,
    NotClaim,
    Place,
    Source,
)
from ._second_core import Forked
from .checks._context import CheckContext
from .checks._registry import CheckKind, get_kind, kinds
from .checks.derived import compile_spec, derived_cycles

__all__ = ["acknowledgements_behind", "check", "misspelt_acknowledgements"]


def check(corpus: Corpus) -> list[Finding]:
    """Run every check on ``corpus``.

    Args:
        corpus: a corpus from :func:`factcheck.load`.

    Returns:
        The findings, sorted by id; acknowledged ones carry the reviewer's reason, and
        stale acknowledgements appear as findings with status ``stale``.

    Raises:
        CheckError: the declared checks cannot be set up (a cycle of derived claims), or a
            check kind that is not factcheck's own failed, returned something that is not
            findings, or gave two findings one id.
        LoadErrors: derived expressions that are malformed or unsafe, or claims whose
            source or metric the corpus does not hold (one built or trimmed by hand, with
            ``dataclasses.replace``), each located.
        TypeError: ``corpus`` is not a :class:`Corpus` (a path is loaded first), or holds
            the wrong kind of item (``claims={"a": 1}``), named with its field.
    """
    if not isinstance(corpus, Corpus):
        raise TypeError(f"check() takes a Corpus from factcheck.load(), not "
                        f"{type(corpus).__name__}: write factcheck.check(factcheck.load(...))")
    _refuse_wrong_items(corpus)
    _refuse_misfiled(corpus)
    _refuse_dangling(corpus)
    _refuse_cycles(corpus)
    context = CheckContext(corpus)
    findings: list[Finding] = []
    declared = _declared_elsewhere(corpus, context)
    try:
        for kind in kinds().values():
            if kind.automatic:
                findings.extend(_run(kind, None, context))
        done, theirs = declared.result() if declared is not None else (False, None)
    finally:
        if declared is not None:
            declared.cancel()
    if done and theirs is not None:
        findings.extend(theirs)
    else:
        findings.extend(_run_declared(corpus, context))
    return _acknowledge(_unique(sorted(findings, key=lambda f: f.id)), corpus)


#: What each of a corpus's mappings and sequences holds
_HELD: dict[str, type] = {
    "sources": Source, "entities": Entity, "metrics": Metric, "claims": Claim,
    "places": Place, "checks": CheckSpec, "acknowledgements": Acknowledgement,
    "not_claims": NotClaim, "warnings": str}


def _refuse_wrong_items(corpus: Corpus) -> None:
    """A corpus built by hand with the wrong kind of item (``claims={"a": 1}``,
    ``acknowledgements=[1]``), which failed inside a check with an AttributeError, is a
    TypeError naming the field and what it holds. The items' types are gathered once (no
    isinstance per claim of a large corpus) and looked at only where one is wrong."""
    for name, kind in _HELD.items():
        held = getattr(corpus, name)
        items = held.values() if isinstance(held, Mapping) else held
        if all(issubclass(t, kind) for t in set(map(type, items))):
            continue
        at, item = next((at, item) for at, item in (
            held.items() if isinstance(held, Mapping) else enumerate(held))
            if not isinstance(item, kind))
        given = type(item).__name__
        raise TypeError(
            f"check() takes a Corpus from factcheck.load(): the corpus's {name} hold "
            f"{_article(given)} {given} ({reprlib.repr(item)})"
            f"{f' at {at!r}' if isinstance(held, Mapping) else ''}, where each is "
            f"{_article(kind.__name__)} {kind.__name__}")


def _refuse_misfiled(corpus: Corpus) -> None:
    """A corpus built by hand that holds an item under another id (``claims={"x": a}``) is
    a ValueError: it was checked, and a finding named claim 'a' while a check of 'a' said
    that it does not exist (the checks look claims up by key, and name them by id)."""
    for name in ("sources", "entities", "metrics", "claims", "places"):
        held = getattr(corpus, name)  # a mapping of id to item, of a checked type
        if all(key == item.id for key, item in held.items()):
            continue
        key, item = next((key, item) for key, item in held.items() if key != item.id)
        raise ValueError(
            f"check() takes a Corpus that holds each item under its own id: the corpus's "
            f"{name} hold the {type(item).__name__} {reprlib.repr(item.id)} under "
            f"{reprlib.repr(key)}; build them as {name}={{item.id: item for item in ...}}")


def _article(name: str) -> str:
    return "an" if name[:1].lower() in "aeiou" else "a"


#: Declared checks run in a second process from this many on, beside the automatic kinds
#: (see :mod:`._second_core`; below it, the fork and the pickling cost more than they save).
DECLARED_ELSEWHERE_FROM = 1024


def _run_declared(corpus: Corpus, context: CheckContext) -> list[Finding]:
    """The findings of the corpus's declared checks, in file order."""
    return [finding for spec in corpus.checks
            for finding in _run(get_kind(spec.kind, spec.location), spec, context)]


def _declared_elsewhere(corpus: Corpus, context: CheckContext) -> Forked[list[Finding]] | None:
    """The declared checks started in a forked child, while this process runs the
    automatic kinds; ``None`` where they are better run here. Only factcheck's own kinds
    go to the child: another kind's side effects would be lost with it. Whatever the child
    does not return, this process runs itself, so the findings (and any error) are those
    of one process."""
    if len(corpus.checks) < DECLARED_ELSEWHERE_FROM:
        return None
    try:
        if not all(_ours(get_kind(spec.kind, spec.location)) for spec in corpus.checks):
            return None
    except FactcheckError:
        return None  # raised again in order, by this process
    return Forked.start(lambda: _run_declared(corpus, context))


def _ours(kind: CheckKind) -> bool:
    return (getattr(kind.run, "__module__", "") or "").startswith("factcheck.")


def _run(kind: CheckKind, spec: CheckSpec | None, context: CheckContext) -> list[Finding]:
    """Run one kind (on one declared check, or automatically) and vet what it returns.

    A built-in kind's failure is factcheck's bug and propagates as it is; another kind's is
    reported as a located :class:`CheckError` that names the kind, so that a plugin's bug
    is not blamed on the claims or on factcheck.
    """
    where = spec.location if spec is not None else None
    ours = _ours(kind)
    try:
        result = kind.run(context) if spec is None else kind.run(spec, context)
        several = not isinstance(result, (Finding, str, bytes, Mapping)) and isinstance(
            result, Iterable)
        found = list(result) if several else [result]
    except FactcheckError:
        raise
    except Exception as error:
        if ours:
            raise
        raise _kind_error(kind, f"raised {type(error).__name__}: {error}", where,
                          hint="fix the kind where it raised (its traceback is this "
                               "error's __cause__)", found=_raised_at(error)) from error
    if spec is not None and not found:  # the check would vanish from every output
        raise _kind_error(kind, f"returned no finding for the check '{spec.id}'", where,
                          hint="return at least one finding per check: "
                               "context.not_checkable(spec, reason) when it cannot be "
                               "evaluated")
    for item in found:
        if not isinstance(item, Finding):
            raise _kind_error(kind, f"returned {type(item).__name__}, not a Finding", where)
        if not isinstance(item.status, Status):
            raise _kind_error(kind, f"gave finding '{item.id}' the status {item.status!r}, "
                              "not a Status", where)
        if item.kind != kind.name or not (item.id.startswith(f"{kind.name}[")
                                          and item.id.endswith("]")):
            # another kind's id could answer that kind's acknowledgement, or clash with it
            raise _kind_error(kind, f"gave a finding the kind {item.kind!r} and the id "
                              f"{item.id!r}", where,
                              hint=f"its findings are of kind '{kind.name}', with ids "
                                   f"'{kind.name}[<name>]': build them with "
                                   "context.finding(spec.kind, name, ...)")
        if item.acknowledged or item.acknowledgement is not None:
            # a conflict it accepted itself passed the run, an xfail under pytest, though
            # no reviewer accepted it
            raise _kind_error(kind, f"gave finding '{item.id}' an acknowledgement", where,
                              hint="return findings unacknowledged: a reviewer accepts one "
                                   "under acknowledgements: in the claims' YAML, which "
                                   "factcheck applies after the kinds have run")
    return found


def _raised_at(error: BaseException) -> str | None:
    """Where in the kind's own code ``error`` was raised (the deepest frame outside
    factcheck, or the kind's call into factcheck that raised): the CLI shows no traceback
    for a located error."""
    import traceback
    from pathlib import Path

    ours = str(Path(__file__).parent / "_")[:-1]  # with the separator: not factcheck_x/
    kinds: list[traceback.FrameSummary] = []  # the frames from the kind's call down
    for frame in traceback.extract_tb(error.__traceback__):
        if not frame.filename.startswith(ours):
            kinds.append(frame)
        elif kinds:  # the kind called factcheck (Interval(...)), which raised
            break
    # not a dataclass's generated __init__ ("<string>") that called factcheck's check
    named = [frame for frame in kinds if not frame.filename.startswith("<")] or kinds
    if not named:
        return None
    frame = named[-1]
    return f"raised at {frame.filename}:{frame.lineno}, in {frame.name}"


def _kind_error(kind: CheckKind, what: str, where: Location | None,
                hint: str = "it must return a Finding or a list of them, with a Status",
                found: str | None = None) -> CheckError:
    module = getattr(kind.run, "__module__", None) or "?"
    return CheckError(f"check kind '{kind.name}' {what}", location=where, found=found,
                      hint=f"this is a bug in the kind's code (module {module}), not in the "
                           f"claims: {hint}")


def _unique(findings: list[Finding]) -> list[Finding]:
    """``findings`` (sorted by id), refusing two with one id: one would hide the other."""
    for first, second in itertools.pairwise(findings):
        if first.id == second.id:
            raise CheckError(
                f"two findings have the id '{first.id}'", location=second.location,
                found=f"{first.status} ({first.location.place or 'no location'}) and "
                      f"{second.status}",
                hint="a kind that returns several findings must give each its own id, "
                     "e.g. f\"{spec.id}.{part}\"")
    return findings


def _refuse_dangling(corpus: Corpus) -> None:
    """Refuse claims whose source or metric is not in the corpus, as the loader does: the
    checks look them up, and a corpus trimmed by hand may have dropped them."""
    errors: list[FactcheckError] = []
    for claim in corpus.claims.values():
        for section, held, wanted in (("source", corpus.sources, claim.source),
                                      ("metric", corpus.metrics, claim.metric)):
            if wanted not in held:
                errors.append(CheckError(
                    f"the claim's {section} '{wanted}' is not in the corpus",
                    location=claim.location, claim_id=claim.id,
                    hint=f"a corpus made with dataclasses.replace must keep the {section}s "
                         "of the claims it keeps: leave the claims out too"))
    if errors:
        raise LoadErrors(errors)


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


#: The statuses an acknowledgement accepts.
_OPEN = (Status.DISCREPANCY, Status.CONFLICT)


def _acknowledge(findings: Iterable[Finding], corpus: Corpus) -> list[Finding]:
    by_id = {f.id: f for f in findings}
    stale: list[Finding] = []
    applied: dict[str, Location] = {}  # where each acknowledged finding's acknowledgement is
    # the first acknowledgement of each finding that accepts its status: another before it
    # that accepts another status is a second one, not one to review again
    accepting = {a.finding: a.location for a in reversed(corpus.acknowledgements)
                 if a.finding in by_id and _accepts(a, by_id[a.finding])}
    for ack in corpus.acknowledgements:
        finding = by_id.get(ack.finding)
        if finding is None:
            stale.append(Finding(
                id=f"stale[{ack.finding}]", kind="acknowledgement", status=Status.STALE,
                message=f"The acknowledgement of '{ack.finding}' matches no finding; remove it "
                        "or fix the id" + _did_you_mean(
                            _closest_unacknowledged(ack.finding, by_id,
                                                    corpus.acknowledgements), by_id),
                location=ack.location, acknowledgement=ack.reason))
        elif finding.acknowledged or (not _accepts(ack, finding)
                                      and ack.finding in accepting):
            first = applied.get(ack.finding) or accepting[ack.finding]
            stale.append(Finding(
                id=f"stale[{ack.finding}]", kind="acknowledgement", status=Status.STALE,
                message=f"'{ack.finding}' is acknowledged twice, here and at "
                        f"{first.place}; keep one acknowledgement.",
                location=ack.location, acknowledgement=ack.reason))
        elif finding.status in (Status.CONSISTENT, Status.NOT_CHECKABLE):
            stale.append(Finding(
                id=f"stale[{ack.finding}]", kind="acknowledgement", status=Status.STALE,
                message=f"'{ack.finding}' is now {finding.status}; its acknowledgement is "
                        "stale and should be removed.",
                claims=finding.claims, location=ack.location, acknowledgement=ack.reason))
        elif finding.status.value != ack.status:
            # a discrepancy that has become a conflict is a new problem, not the one reviewed
            default = " (the default without status:)" if ack.status == "discrepancy" else ""
            # a claim that joined it too is named: status: alone would leave it stale
            changed = _claims_changed(ack, finding)
            since = f", and has changed since: {changed};" if changed else ":"
            also = f" and set its claims: to {claims_list(finding)}" if changed else ""
            stale.append(Finding(
                id=f"stale[{ack.finding}]", kind="acknowledgement", status=Status.STALE,
                # not "was ... and is now": a new acknowledgement that left status: out
                # may be of a finding that never was a discrepancy
                message=f"'{ack.finding}' is acknowledged as a {ack.status}{default} but is "
                        f"a {finding.status}{since} review it again, and acknowledge it with "
                        f"status: {finding.status.value}{also} if it stands.",
                claims=finding.claims, location=ack.location, acknowledgement=ack.reason))
        elif not _accepts(ack, finding):
            # a claim that joined the finding since the review was never reviewed
            stale.append(Finding(
                id=f"stale[{ack.finding}]", kind="acknowledgement", status=Status.STALE,
                message=f"'{ack.finding}' has changed since it was acknowledged: "
                        f"{_claims_changed(ack, finding)}; review it again, and set its "
                        f"claims: to {claims_list(finding)} if the reason still holds.",
                claims=finding.claims, location=ack.location, acknowledgement=ack.reason))
        else:
            by_id[ack.finding] = finding.acknowledge(ack.reason)
            applied[ack.finding] = ack.location
    return sorted([*by_id.values(), *_numbered(stale)], key=lambda f: f.id)


def acknowledgements_behind(findings: Iterable[Finding],
                            acknowledgements: Iterable[Acknowledgement],
                            ) -> dict[str, Acknowledgement]:
    """The acknowledgement behind each finding that carries one, by finding id: the one
    :func:`check` applied to an acknowledged finding (the first of its id that accepts it),
    and the one a stale finding is about (the finding is located at it). For the reports,
    which show where it is written, who wrote it and the claims it pins."""
    acks = list(acknowledgements)
    at = {ack.location: ack for ack in acks}
    of: dict[str, list[Acknowledgement]] = {}
    for ack in acks:
        of.setdefault(ack.finding, []).append(ack)
    behind: dict[str, Acknowledgement] = {}
    for finding in findings:
        if finding.status is Status.STALE:
            found = at.get(finding.location)
        elif finding.acknowledged:
            found = next((a for a in of.get(finding.id, ()) if _accepts(a, finding)), None)
        else:
            continue
        if found is not None:
            behind[finding.id] = found
    return behind


def _accepts(ack: Acknowledgement, finding: Finding) -> bool:
    """Whether ``ack`` accepts ``finding`` as it is: its status, and its claims where the
    acknowledgement pins them."""
    return ack.status == finding.status.value and (
        ack.claims is None or ack.claims == pinned_claims(finding))


def _claims_changed(ack: Acknowledgement, finding: Finding) -> str:
    """What changed in ``finding``'s claims since ``ack`` pinned them: the claims that
    joined it, with their figures, then those that left; empty where ``ack`` pins none or
    the claims are those pinned."""
    if ack.claims is None:
        return ""
    pinned = set(ack.claims)
    joined = [f"{c.claim} ({c.value})" for c in finding.claims if c.claim not in pinned]
    left = sorted(pinned - set(finding.claim_ids))
    said = []
    if joined:
        said.append(f"{', '.join(dict.fromkeys(joined))} joined it")
    if left:
        said.append(f"{', '.join(left)} {'has' if len(left) == 1 else 'have'} left it")
    return " and ".join(said)


def _did_you_mean(close: list[str], by_id: Mapping[str, Finding]) -> str:
    """The end of a stale acknowledgement's message that names the findings it likely
    meant; where none of them is a discrepancy or a conflict, that none needs one."""
    if not close:
        return "."
    named = " or ".join(f"'{c}'" for c in close)
    if any(by_id[c].status in _OPEN for c in close):
        return f" (did you mean {named}?)."
    statuses = " or ".join(sorted({by_id[c].status.value for c in close}))
    one = len(close) == 1
    return (f" (did you mean {named}? {'It is' if one else 'They are'} {statuses}, and "
            f"{'needs' if one else 'need'} no acknowledgement: remove this one).")


def misspelt_acknowledgements(findings: Iterable[Finding],
                              acknowledgements: Sequence[Acknowledgement],
                              ) -> dict[str, Acknowledgement]:
    """The unacknowledged discrepancies and conflicts that an acknowledgement matching no
    finding likely meant (its stale finding's "did you mean"), each with the first such
    acknowledgement: the one to fix, where a new one pasted beside it would leave it stale."""
    by_id = {f.id: f for f in findings if f.status is not Status.STALE}
    meant: dict[str, Acknowledgement] = {}
    for ack in acknowledgements:
        if ack.finding in by_id:
            continue
        for found in _closest_unacknowledged(ack.finding, by_id, acknowledgements):
            if by_id[found].status in _OPEN and not by_id[found].acknowledged:
                meant.setdefault(found, ack)
    return meant


def _closest_unacknowledged(wanted: str, by_id: Mapping[str, Finding],
                            acknowledgements: Sequence[Acknowledgement]) -> list[str]:
    """The ids that no acknowledgement names and that ``wanted`` likely meant: those of
    the same kind and name with the ``@period`` dropped or added (an acknowledgement of
    ``agreement[e.m@2019-05-09]``, a date key's id of an older release), open ones first;
    else the discrepancy or conflict whose id is closest (a misspelt acknowledgement);
    else the closest other finding (one that needs no acknowledgement); else none. A
    name without its ``kind[...]`` (``x`` for ``sum[x]``, the part of the id that
    ``check`` prints in brackets) is looked for among findings of every kind.

    Names are compared inside the brackets, among the findings of the same kind where
    there are any: every ``agreement[...]`` shares its prefix, which would make any two
    look alike."""
    named = {a.finding for a in acknowledgements}
    free = {i: f for i, f in by_id.items() if i not in named}
    open_ = [i for i, f in free.items() if f.status in _OPEN]
    kind, bracket, inner = wanted.partition("[")
    if not bracket:  # the name alone: of any kind
        kind, inner = "", f"{wanted}]"
    periods = sorted(i for i in free if kind in ("", i.partition("[")[0])
                     and _without_period(i.partition("[")[2]) == _without_period(inner))
    if periods:
        return [i for i in periods if i in open_] or periods
    # an open finding first, as an acknowledgement is meant for one; then any other (one
    # misspelt for a consistent finding, which is named as needing none)
    for pool in (open_, [i for i in free if free[i].status not in _OPEN]):
        same_kind = [i for i in pool if i.partition("[")[0] == kind] or pool
        inners = {i.partition("[")[2]: i for i in same_kind}
        close = difflib.get_close_matches(inner, list(inners), n=1, cutoff=0.8)
        if close:
            return [inners[close[0]]]
    return []


def _without_period(inner: str) -> str:
    """``e.m]`` of ``e.m@2019-05-09]``: a finding's name inside its brackets without the
    ``@period`` that an agreement of several groups adds (the last ``@``, as the name
    ends with the period)."""
    name = inner.removesuffix("]")
    return name.rpartition("@")[0] if "@" in name else name


def _numbered(stale: list[Finding]) -> list[Finding]:
    """Stale findings with unique ids: a second one about the same finding is
    ``stale[<id>#2]`` (inside the brackets, so that pytest reads its node id back whole)."""
    seen: dict[str, int] = {}
    result = []
    for finding in stale:
        seen[finding.id] = count = seen.get(finding.id, 0) + 1
        result.append(finding if count == 1 else dataclasses.replace(
            finding, id=f"{finding.id[:-1]}#{count}]"))
    return result
