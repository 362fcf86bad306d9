"""Import the built-in check kinds so that their decorators register them."""

from . import (  # noqa: F401 - imported for their registrations
    agreement,
    bound,
    derived,
    duration,
    growth,
    reference,
    series,
    share,
    sum,
)
