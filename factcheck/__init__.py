"""factcheck: fact-check the numbers in news articles.

Claims are written as YAML, each anchored to a verbatim quote of its article, with an exact
value and unit. :func:`load` reads and validates them; :func:`check` cross-checks them and
returns :class:`Finding` values; renderers turn findings into text, pytest items and
reports. Everything public is listed in ``__all__``.
"""

from ._dates import Period, parse_period
from ._engine import check
from ._errors import (
    CheckError,
    ExpressionError,
    FactcheckError,
    InputError,
    LoadErrors,
    Location,
    QuoteError,
    RegistryError,
    SchemaError,
    SourceError,
    UnitError,
    YamlSyntaxError,
)
from ._findings import Finding, Involved, Status
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
from ._numbers import Figure, Interval, Number, format_exact, parse_figure, parse_number
from ._units import registry as unit_registry
from .checks import CheckContext, CheckKind, register_check

__all__ = [
    "Acknowledgement",
    "CheckContext",
    "CheckError",
    "CheckKind",
    "CheckSpec",
    "Claim",
    "Corpus",
    "Entity",
    "Exclusion",
    "ExpressionError",
    "FactcheckError",
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
    "unit_registry",
]
