"""Finding the YAML files of a corpus, and showing paths in messages.

Kept apart from the loader so that a warm ``factcheck check`` can list and hash its inputs
without importing the loading machinery (see docs/performance.md).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from ._errors import Location, SourceError

__all__ = ["discover", "display_path"]


def display_path(path: Path) -> str:
    """Show ``path`` relative to the working directory when it is below it."""
    try:
        relative = Path(os.path.relpath(path))
    except ValueError:  # another drive on Windows
        return path.as_posix()
    return path.as_posix() if relative.parts[:1] == ("..",) else relative.as_posix()


def discover(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """List the YAML files under ``paths``, sorted, skipping hidden directories.

    Raises:
        SourceError: a path does not exist, or no YAML file was found.
    """
    found: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            inside = [
                p for p in path.rglob("*")
                if p.suffix in (".yaml", ".yml") and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ]
            if not inside:
                raise SourceError(
                    "no claims files found in this directory",
                    location=Location(display_path(path)),
                    expected="one or more *.yaml files",
                    hint="point factcheck at a directory of claims, e.g. `factcheck check claims/`",
                )
            found.update(inside)
        elif path.is_file():
            found.add(path)
        else:
            raise SourceError(
                "no such file or directory",
                location=Location(path.as_posix()),
                hint="check the path; factcheck reads claims from *.yaml files",
            )
    return sorted(found, key=lambda p: p.as_posix())
