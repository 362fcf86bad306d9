"""The public surface of factcheck is exactly what __all__ lists, sorted."""

import factcheck

EXPECTED = [
    "Acknowledgement", "CheckContext", "CheckError", "CheckKind", "CheckSpec", "Claim",
    "Corpus", "Entity", "Exclusion", "ExpressionError", "FactcheckError", "Figure",
    "Finding", "InputError", "Interval", "Involved", "LoadErrors", "Location", "Metric",
    "NotClaim", "Number", "Period", "Place", "Quantity", "QuoteError", "RegistryError",
    "SchemaError", "Source", "SourceError", "Status", "UnitError", "YamlSyntaxError",
    "check", "format_exact", "load", "parse_figure", "parse_number", "parse_period",
    "register_check", "unit_registry",
]


def test_all_is_exactly_the_public_api() -> None:
    assert factcheck.__all__ == EXPECTED


def test_all_is_sorted_and_every_name_exists() -> None:
    assert factcheck.__all__ == sorted(factcheck.__all__, key=lambda n: (n[0].islower(), n))
    for name in factcheck.__all__:
        assert getattr(factcheck, name) is not None


def test_no_other_public_module_attributes() -> None:
    # pytest rewrites asserts in plugin packages and leaves "@py_..." names behind
    public = {n for n in vars(factcheck) if not n.startswith(("_", "@"))}
    submodules = {"checks"}
    assert public - submodules == set(factcheck.__all__)
