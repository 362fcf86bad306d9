"""Plain-text rendering of findings for the terminal: grouped by status, worst first."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ._errors import plural, shown_path, visible
from ._findings import (
    ORDER,
    TITLES,
    Finding,
    Status,
    claims_list,
    counted,
    pinned_claims,
    status_head,
    yaml_text,
)
from ._paths import display_path

if TYPE_CHECKING:
    from ._model import Acknowledgement

__all__ = ["NOTHING_CHECKED", "claims_list", "first_acknowledgements", "how_to_acknowledge",
           "how_to_amend", "render_finding", "render_text", "summary_line"]


def render_finding(finding: Finding, *, detail: bool = True,
                   reviewer: str | None = None) -> str:
    """One finding: a heading line, then (with ``detail``) quotes, arithmetic, reason, and
    who gave it (``reviewer``, the ``reviewer:`` of the acknowledgement behind it)."""
    lines = [f"{status_head(finding.status, finding.acknowledged)}{finding.id}  [{shown_path(finding.location.path)}:"
             f"{finding.location.line}]",
             f"  {finding.message}"]
    if not detail:
        return visible("\n".join(lines))
    for item in finding.claims:
        role = f"{item.role}: " if item.role else ""
        lines.append(f"  - {role}{item.claim} = {item.value} ({item.shown}), as of {item.as_of}")
        lines.append(f"    「{item.quote}」 {shown_path(item.file)}:{item.line}:{item.col}"
                     f" [{item.span[0]}, {item.span[1]})")
    if finding.arithmetic:
        lines.append("  arithmetic:")
        lines.extend(f"    {step}" for step in finding.arithmetic)
    if finding.difference is not None:
        rel = f" ({finding.relative})" if finding.relative else ""
        lines.append(f"  difference: {finding.difference}{rel}")
    if finding.acknowledgement:  # a stale acknowledgement's reason accepts nothing
        label = "acknowledged" if finding.acknowledged else "acknowledgement"
        if reviewer:  # as the reports say it: "Acknowledged by 王芳: ..."
            label += f" by {reviewer}"
        # a reason written over several lines (a YAML | block) stays under its label
        first, *rest = finding.acknowledgement.split("\n")
        lines.append(f"  {label}: {first}")
        lines.extend(f"    {line}" if line else "" for line in rest)
    # ids, quotes and reasons come from YAML, where "\e[31m" is a valid escape: a control
    # character is shown as \x1b, never sent to the terminal (as in error messages)
    return visible("\n".join(lines))


_ACKNOWLEDGEMENTS = re.compile(r"^acknowledgements[ \t]*:", re.MULTILINE)


def has_acknowledgements(path: Path) -> bool:
    """Whether the YAML file ``path`` has an ``acknowledgements:`` section (a file that
    cannot be read has none)."""
    try:
        return bool(_ACKNOWLEDGEMENTS.search(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError):
        return False


def how_to_acknowledge(finding: Finding, path: Path, *,
                       has_section: Callable[[Path], bool] = has_acknowledgements) -> str:
    """The acknowledgement to paste into ``path`` (the file of the finding's item, or the
    one it is located in) to accept ``finding``, with the ``acknowledgements:`` key unless
    the file has one (``has_section``). The pytest plugin and ``factcheck check`` say it
    after a new conflict or discrepancy."""
    entry = [f"- finding: {yaml_text(finding.id)}"]
    if finding.status is Status.CONFLICT:  # without it an acknowledgement accepts a
        entry.append("  status: conflict")  # discrepancy only, and goes stale here
    if finding.claims:  # a claim that joins the finding later makes it go stale
        entry.append(f"  claims: {claims_list(finding)}")
    entry.append("  reason: <why the difference is accepted>")
    where = display_path(path)
    if has_section(path):
        head, lines = f"add under acknowledgements: in {where}", entry
    else:
        head, lines = f"add to {where}", ["acknowledgements:", *(f"  {e}" for e in entry)]
    return visible("\n".join([f"  to accept it, {head}:", *(f"    {line}" for line in lines)]))


def first_acknowledgements(acks: Sequence[Acknowledgement]) -> dict[str, Acknowledgement]:
    """The first acknowledgement of each finding id, by id: the one to edit where it
    accepts another status than the finding's (:func:`how_to_amend`)."""
    return {ack.finding: ack for ack in reversed(acks)}


def how_to_amend(finding: Finding, ack: Acknowledgement) -> str:
    """For a finding whose acknowledgement accepts another status (a discrepancy that has
    become a conflict, or back), the edit that accepts it: a second acknowledgement pasted
    beside it would be stale, acknowledged twice. So for one that ``ack`` names by a typo'd
    id (its stale finding's "did you mean"): its id to fix, where a new one pasted beside
    it would leave it stale."""
    edits = []
    misspelt = ack.finding != finding.id  # an acknowledgement of a typo'd id, gone stale
    if misspelt:
        edits.append(f"set its finding: to {yaml_text(finding.id)}")
    if ack.status != finding.status.value:
        edits.append("give it status: conflict" if finding.status is Status.CONFLICT
                     else "remove its status: conflict")
    if ack.claims is not None and ack.claims != pinned_claims(finding):
        edits.append(f"set its claims: to {claims_list(finding)}")
    if misspelt:
        return visible(f"  to accept it, fix the id of the acknowledgement at "
                       f"{ack.location.place}, which names '{ack.finding}', no finding: "
                       f"{' and '.join(edits)} if its reason holds for this one")
    accepts = f"a {ack.status}" if ack.status != finding.status.value else "other claims"
    return visible(f"  to accept it, edit its acknowledgement at {ack.location.place}, which "
                   f"accepts {accepts}: {' and '.join(edits)} if its reason still holds")


def _to_acknowledge(finding: Finding, has_section: Callable[[Path], bool],
                    acks: Mapping[str, Acknowledgement]) -> str | None:
    """How to acknowledge ``finding`` in the YAML file it is located in, if it is a new
    conflict or discrepancy located in one (a stale acknowledgement is removed or fixed,
    not acknowledged), or how to amend the acknowledgement ``acks`` has for it, which
    accepts another status."""
    if finding.acknowledged or finding.status not in (Status.CONFLICT, Status.DISCREPANCY):
        return None
    if finding.id in acks:
        return how_to_amend(finding, acks[finding.id])
    path = Path(finding.location.path)
    if path.suffix not in (".yaml", ".yml") or not path.is_file():
        return None  # located in no YAML file: a finding built outside a corpus
    return how_to_acknowledge(finding, path, has_section=has_section)


#: Why claims that loaded can give no finding at all, as the summaries say it.
NOTHING_CHECKED = ("no two claims of one entity and metric have overlapping as_of periods, "
                   "none is of a cumulative metric, and no check names a claim: see "
                   "docs/checks.md")


def summary_line(findings: list[Finding], claims: int) -> str:
    """One line of counts by status, with acknowledged counts; claims that gave no
    finding say that nothing was checked, and why, rather than "none"."""
    counts = Counter(f.status for f in findings)
    acked = Counter(f.status for f in findings if f.acknowledged)
    parts = []
    for status in ORDER:
        if counts[status]:
            ack = f" ({acked[status]} acknowledged)" if acked[status] else ""
            parts.append(f"{counted(counts[status], status)}{ack}")
    if not parts and claims:
        parts = [f"nothing checked ({NOTHING_CHECKED})"]
    return (f"{plural(len(findings), 'finding')} from {plural(claims, 'claim')}: "
            f"{', '.join(parts) if parts else 'none'}")


def render_text(findings: list[Finding], claims: int, *, verbose: bool = False,
                acknowledgements: Sequence[Acknowledgement] = ()) -> str:
    """The whole report: sections by status (conflicts first), then the summary line; a
    new conflict or discrepancy ends with how to accept it (the corpus's
    ``acknowledgements`` tell where one accepts another status and is to be edited, and
    who reviewed each acknowledged or stale finding)."""
    from ._engine import misspelt_acknowledgements  # not at import: the plugin imports
    from ._report_md import reviewers  # this module

    out: list[str] = []
    # an acknowledgement of a typo'd id is the one to fix: one pasted beside it leaves it stale
    acks = {**misspelt_acknowledgements(findings, acknowledgements),
            **first_acknowledgements(acknowledgements)}
    names = reviewers(findings, acknowledgements)
    sections: dict[Path, bool] = {}  # each file read once, however many findings it has

    def has_section(path: Path) -> bool:
        if path not in sections:
            sections[path] = has_acknowledgements(path)
        return sections[path]

    for status in ORDER:
        group = [f for f in findings if f.status is status]
        if not group:
            continue
        out.append(f"== {TITLES[status]} ({len(group)}) ==")
        brief = status is Status.CONSISTENT and not verbose
        for finding in group:
            if brief:
                out.append(visible(f"ok: {finding.id}  {finding.message}"))
            else:
                out.append(render_finding(finding, reviewer=names.get(finding.id)))
                if (paste := _to_acknowledge(finding, has_section, acks)) is not None:
                    out.append(paste)
        out.append("")
    out.append(summary_line(findings, claims))
    return "\n".join(out) + "\n"
