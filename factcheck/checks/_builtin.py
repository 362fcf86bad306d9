"""Import the built-in check kinds so that their decorators register them."""

from . import agreement, bound, reference, sum  # noqa: F401

for _optional in ("share", "growth", "series", "duration", "derived"):
    try:
        __import__(f"{__package__}.{_optional}")
    except ModuleNotFoundError as _missing:  # pragma: no cover - during development only
        if _missing.name != f"{__package__}.{_optional}":
            raise
