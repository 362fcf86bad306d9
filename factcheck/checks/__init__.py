"""Check kinds: the registry and the built-in kinds (one module each)."""

from ._context import CheckContext
from ._registry import CheckKind, get_kind, kinds, register_check, unregister_check

__all__ = ["CheckContext", "CheckKind", "get_kind", "kinds", "register_check", "unregister_check"]
