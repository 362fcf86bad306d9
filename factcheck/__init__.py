"""factcheck: fact-check the numbers in news articles.

Claims are written as YAML, each anchored to a verbatim quote of its article, with an exact
value and unit. :func:`load` reads and validates them; :func:`check` cross-checks them and
returns :class:`Finding` values; renderers turn findings into text, pytest items and
reports. Everything public is listed in ``__all__``.
"""

import importlib as _importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what type checkers see; at run time, __getattr__ imports on first use
    __version__: str
    from ._dates import Period, parse_period
    from ._engine import check
    from ._errors import (
        CheckError,
        ExpressionError,
        FactcheckError,
        InputError,
        LoadErrors,
        Location,
        PluginError,
        QuoteError,
        RegistryError,
        SchemaError,
        SourceError,
        UnitError,
        YamlSyntaxError,
    )
    from ._figure_currency import parse_figure
    from ._findings import DiscrepancyWarning, Finding, Involved, Status
    from ._loader import load
    from ._model import (
        Acknowledgement,
        CheckSpec,
        Claim,
        Corpus,
        Entity,
        Exclusion,
        Metric,
        NotClaim,
        Place,
        Quantity,
        Source,
    )
    from ._numbers import Figure, Interval, Number, format_exact, parse_number
    from ._pint_values import ClaimValue
    from ._report_cli import render_report
    from ._schema import Field
    from ._units import registry as unit_registry
    from .checks import CheckContext, CheckKind, register_check

__all__ = [
    "Acknowledgement",
    "CheckContext",
    "CheckError",
    "CheckKind",
    "CheckSpec",
    "Claim",
    "ClaimValue",
    "Corpus",
    "DiscrepancyWarning",
    "Entity",
    "Exclusion",
    "ExpressionError",
    "FactcheckError",
    "Field",
    "Figure",
    "Finding",
    "InputError",
    "Interval",
    "Involved",
    "LoadErrors",
    "Location",
    "Metric",
    "NotClaim",
    "Number",
    "Period",
    "Place",
    "PluginError",
    "Quantity",
    "QuoteError",
    "RegistryError",
    "SchemaError",
    "Source",
    "SourceError",
    "Status",
    "UnitError",
    "YamlSyntaxError",
    "check",
    "format_exact",
    "load",
    "parse_figure",
    "parse_number",
    "parse_period",
    "register_check",
    "render_report",
    "unit_registry",
]

_EXPORTS: dict[str, tuple[str, str]] = {  # name -> (module, attribute there)
    "Acknowledgement": ("._model", "Acknowledgement"),
    "CheckContext": (".checks", "CheckContext"),
    "CheckError": ("._errors", "CheckError"),
    "CheckKind": (".checks", "CheckKind"),
    "CheckSpec": ("._model", "CheckSpec"),
    "Claim": ("._model", "Claim"),
    "ClaimValue": ("._pint_values", "ClaimValue"),
    "Corpus": ("._model", "Corpus"),
    "DiscrepancyWarning": ("._findings", "DiscrepancyWarning"),
    "Entity": ("._model", "Entity"),
    "Exclusion": ("._model", "Exclusion"),
    "ExpressionError": ("._errors", "ExpressionError"),
    "FactcheckError": ("._errors", "FactcheckError"),
    "Field": ("._schema", "Field"),
    "Figure": ("._numbers", "Figure"),
    "Finding": ("._findings", "Finding"),
    "InputError": ("._errors", "InputError"),
    "Interval": ("._numbers", "Interval"),
    "Involved": ("._findings", "Involved"),
    "LoadErrors": ("._errors", "LoadErrors"),
    "Location": ("._errors", "Location"),
    "Metric": ("._model", "Metric"),
    "NotClaim": ("._model", "NotClaim"),
    "Number": ("._numbers", "Number"),
    "Period": ("._dates", "Period"),
    "Place": ("._model", "Place"),
    "PluginError": ("._errors", "PluginError"),
    "Quantity": ("._model", "Quantity"),
    "QuoteError": ("._errors", "QuoteError"),
    "RegistryError": ("._errors", "RegistryError"),
    "SchemaError": ("._errors", "SchemaError"),
    "Source": ("._model", "Source"),
    "SourceError": ("._errors", "SourceError"),
    "Status": ("._findings", "Status"),
    "UnitError": ("._errors", "UnitError"),
    "YamlSyntaxError": ("._errors", "YamlSyntaxError"),
    "check": ("._engine", "check"),
    "format_exact": ("._numbers", "format_exact"),
    "load": ("._loader", "load"),
    "parse_figure": ("._figure_currency", "parse_figure"),
    "parse_number": ("._numbers", "parse_number"),
    "parse_period": ("._dates", "parse_period"),
    "register_check": (".checks", "register_check"),
    "render_report": ("._report_cli", "render_report"),
    "unit_registry": ("._units", "registry"),
}


if not TYPE_CHECKING:  # hidden from type checkers, so a misspelt name is still an error

    def __getattr__(name: str) -> Any:  # whatever the attribute is
        """Import a public name on first use (PEP 562).

        ``import factcheck`` stays cheap: a warm ``factcheck check`` answers from the cache
        without importing pint or the loader (docs/performance.md).
        """
        if name == "__version__":  # the installed distribution's, as `factcheck --version`
            from importlib.metadata import PackageNotFoundError, version

            try:
                return version("factcheck")
            except PackageNotFoundError:  # a source tree on sys.path, never installed:
                # getattr(factcheck, "__version__", None) must not raise an ImportError
                return "unknown"
        try:
            module, attribute = _EXPORTS[name]
        except KeyError:
            raise AttributeError(f"module 'factcheck' has no attribute '{name}'") from None
        value = getattr(_importlib.import_module(module, __name__), attribute)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))


del TYPE_CHECKING, Any  # not part of the public surface
