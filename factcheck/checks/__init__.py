"""Check kinds: the registry and the built-in kinds (one module each)."""

from . import _registry
from ._context import CheckContext
from ._registry import CheckKind, get_kind, kinds, register_check, unregister_check

__all__ = ["CheckContext", "CheckKind", "get_kind", "kinds", "register_check", "unregister_check"]

# The built-in kinds register on first import of this package, before any module of it can
# be imported on its own: the registry tells them from kinds registered later (see
# _registry.is_default, which the cache's key relies on).
_registry._load_builtins()
