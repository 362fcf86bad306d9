"""Plain-text rendering of findings for the terminal: grouped by status, worst first."""

from __future__ import annotations

from collections import Counter

from ._errors import plural, shown_path, visible
from ._findings import ORDER, TITLES, Finding, Status, counted

__all__ = ["render_finding", "render_text", "summary_line"]



def render_finding(finding: Finding, *, detail: bool = True) -> str:
    """One finding: a heading line, then (with ``detail``) quotes, arithmetic, reason."""
    ack = " (acknowledged)" if finding.acknowledged else ""
    # a stale finding's id says so already: stale[bound[x]], not stale: stale[bound[x]]
    head = "" if finding.status is Status.STALE else f"{finding.status}{ack}: "
    lines = [f"{head}{finding.id}  [{shown_path(finding.location.path)}:"
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
        # a reason written over several lines (a YAML | block) stays under its label
        first, *rest = finding.acknowledgement.split("\n")
        lines.append(f"  {label}: {first}")
        lines.extend(f"    {line}" if line else "" for line in rest)
    # ids, quotes and reasons come from YAML, where "\e[31m" is a valid escape: a control
    # character is shown as \x1b, never sent to the terminal (as in error messages)
    return visible("\n".join(lines))


def summary_line(findings: list[Finding], claims: int) -> str:
    """One line of counts by status, with acknowledged counts."""
    counts = Counter(f.status for f in findings)
    acked = Counter(f.status for f in findings if f.acknowledged)
    parts = []
    for status in ORDER:
        if counts[status]:
            ack = f" ({acked[status]} acknowledged)" if acked[status] else ""
            parts.append(f"{counted(counts[status], status)}{ack}")
    return (f"{plural(len(findings), 'finding')} from {plural(claims, 'claim')}: "
            f"{', '.join(parts) if parts else 'none'}")


def render_text(findings: list[Finding], claims: int, *, verbose: bool = False) -> str:
    """The whole report: sections by status (conflicts first), then the summary line."""
    out: list[str] = []
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
                out.append(render_finding(finding))
        out.append("")
    out.append(summary_line(findings, claims))
    return "\n".join(out) + "\n"
