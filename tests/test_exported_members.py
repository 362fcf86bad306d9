"""The public surface of factcheck is exactly what __all__ lists, sorted."""

import pytest

import factcheck

EXPECTED = [
    "Acknowledgement", "CheckContext", "CheckError", "CheckKind", "CheckSpec", "Claim",
    "ClaimValue",
    "Corpus", "DiscrepancyWarning", "Entity", "Exclusion", "ExpressionError",
    "FactcheckError", "Field", "Figure",
    "Finding", "InputError", "Interval", "Involved", "LoadErrors", "Location", "Metric",
    "NotClaim", "Number", "Period", "Place", "PluginError", "Quantity", "QuoteError", "RegistryError",
    "SchemaError", "Source", "SourceError", "Status", "UnitError", "YamlSyntaxError",
    "check", "format_exact", "load", "parse_figure", "parse_number", "parse_period",
    "register_check", "render_report", "unit_registry",
]


def test_all_is_exactly_the_public_api() -> None:
    assert factcheck.__all__ == EXPECTED


def test_all_is_sorted_and_every_name_exists() -> None:
    assert factcheck.__all__ == sorted(factcheck.__all__, key=lambda n: (n[0].islower(), n))
    for name in factcheck.__all__:
        assert getattr(factcheck, name) is not None


def test_no_other_public_module_attributes() -> None:
    # pytest rewrites asserts in plugin packages and leaves "@py_..." names behind
    public = {n for n in dir(factcheck) if not n.startswith(("_", "@"))}
    submodules = {"checks"}
    assert public - submodules == set(factcheck.__all__)


def test_lazy_exports_match_the_typed_imports() -> None:
    """``__init__`` imports on first use (PEP 562); the table it imports from and the
    imports type checkers read must name the same objects."""
    import ast
    import importlib
    from pathlib import Path

    tree = ast.parse(Path(factcheck.__file__).read_text(encoding="utf-8"))
    typed = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            for alias in node.names:
                typed[alias.asname or alias.name] = ("." + (node.module or ""), alias.name)
    assert typed == factcheck._EXPORTS
    assert sorted(factcheck._EXPORTS) == sorted(factcheck.__all__)
    for name, (module, attribute) in factcheck._EXPORTS.items():
        assert getattr(factcheck, name) is getattr(
            importlib.import_module(module, "factcheck"), attribute)


def test_unknown_attribute_is_an_attribute_error() -> None:
    import pytest

    with pytest.raises(AttributeError, match="no attribute 'chek'"):
        factcheck.chek  # noqa: B018 - the lookup is the test
    assert not hasattr(factcheck, "TYPE_CHECKING")


def test_import_is_cheap() -> None:
    """``import factcheck`` imports no submodule and not pint: the CLI's warm path relies on
    it (docs/performance.md)."""
    import subprocess
    import sys

    code = ("import sys, factcheck; "
            "print(sorted(m for m in sys.modules if m.startswith(('factcheck', 'pint'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "['factcheck']"


def test_the_version_is_the_installed_distributions() -> None:
    from importlib.metadata import version

    assert factcheck.__version__ == version("factcheck")
    assert "__version__" not in factcheck.__all__  # a dunder, not an exported name


def test_without_installed_metadata_the_version_is_unknown(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A source tree on sys.path, never installed: ``__version__`` raised
    PackageNotFoundError (an ImportError, so even ``getattr(factcheck, "__version__",
    None)`` raised), where ``factcheck --version`` said 'unknown'."""
    import importlib.metadata

    from factcheck._cli import main

    def not_installed(name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", not_installed)
    assert getattr(factcheck, "__version__", None) == "unknown"
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out == "factcheck unknown\n"
