"""Text from claims and articles, made safe to show in an HTML page."""

from __future__ import annotations

import html

from ._errors import visible

__all__ = ["escape"]


def escape(text: str) -> str:
    """``text`` for HTML: escaped, with control and invisible format characters shown as
    escapes (a U+202E in an article would otherwise show 30 as 03)."""
    return html.escape(visible(text))
