"""Pickling for the cache and the second core: fractions as two integers, factcheck's frozen
slotted dataclasses as their field values."""

from __future__ import annotations

import dataclasses
import gc
import io
import pickle
from fractions import Fraction
from typing import Any

__all__ = ["dumps", "loads"]


def _fraction(numerator: int, denominator: int) -> Fraction:
    return Fraction(numerator, denominator)


_FIELDS: dict[type, tuple[str, ...]] = {}
_SETTERS: dict[type, tuple[Any, ...]] = {}


def _fields(cls: type) -> tuple[str, ...]:
    """The fields of a slotted factcheck dataclass (restored without ``__init__``)."""
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls)) if (
            dataclasses.is_dataclass(cls) and "__slots__" in cls.__dict__
            and cls.__module__.startswith("factcheck.")) else ()
    return names


def _setters(cls: type) -> tuple[Any, ...]:
    setters = _SETTERS.get(cls)
    if setters is None:
        setters = _SETTERS[cls] = tuple(getattr(cls, name).__set__ for name in _fields(cls))
    return setters


def _rebuild(cls: type, values: tuple[Any, ...]) -> Any:
    setters = _setters(cls)
    if len(setters) != len(values):
        raise pickle.UnpicklingError(f"{cls.__name__} does not have {len(values)} fields")
    obj: Any = object.__new__(cls)
    for setter, value in zip(setters, values, strict=True):
        setter(obj, value)
    return obj


class _Pickler(pickle.Pickler):
    """Fractions as two integers, frozen dataclasses as their field values: pickle's
    defaults (a Fraction as text, field-by-field ``__setstate__``) take several times as
    long to load, which is what a warm run waits for."""

    def reducer_override(self, obj: Any) -> Any:
        cls = type(obj)
        if cls is Fraction:
            return _fraction, (obj.numerator, obj.denominator)
        names = _fields(cls)
        if names:
            return _rebuild, (cls, tuple([getattr(obj, name) for name in names]))
        return NotImplemented


def dumps(value: Any) -> bytes:
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()


def loads(payload: memoryview) -> Any:
    """Unpickle a verified payload; ``None`` if it is not readable after all."""
    was_enabled = gc.isenabled()
    gc.disable()  # millions of objects, no cycles: collections would only slow this down
    try:
        return pickle.loads(payload)
    except Exception:  # noqa: BLE001 - a damaged entry is a miss, whatever the damage
        return None
    finally:
        if was_enabled:
            gc.enable()
