"""The quantities of factcheck's pint registry pickle into that registry, in any process."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pint
import pytest

import factcheck
from factcheck._pint_values import ClaimValue, claim_value

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def corpus() -> factcheck.Corpus:
    return factcheck.load(ROOT / "claims")


def test_a_quantity_in_a_unit_of_factcheck_unpickles(corpus: factcheck.Corpus) -> None:
    # pint unpickles into its application registry, which has no yuan:
    # UndefinedUnitError: 'yuan' is not defined in the unit registry
    total = claim_value(corpus, "daoli.total")
    again = pickle.loads(pickle.dumps(total))
    assert isinstance(again, ClaimValue)
    assert again == total and str(again.quantity) == "29390000000 yuan"
    assert again.quantity._REGISTRY is factcheck.unit_registry()
    unit = pickle.loads(pickle.dumps(total.quantity.units))
    assert unit == total.quantity.units and str(unit) == "yuan"


def test_a_quantity_unpickled_in_a_fresh_process_prints(corpus: factcheck.Corpus) -> None:
    # unpickled where factcheck was never imported, 26 km² was in pint's application
    # registry, whose formatters refuse its Fraction power: TypeError in str() and repr()
    area = claim_value(corpus, "yabuli.park_area")
    shown = subprocess.run(
        [sys.executable, "-c", "import pickle, sys\n"
         "area = pickle.loads(sys.stdin.buffer.read())\n"
         "print(area.quantity, repr(area.low), area.high.to('km**2'))\n"
         "print(area.contains(area.quantity), 'factcheck' in sys.modules)"],
        input=pickle.dumps(area), capture_output=True, check=True, cwd=ROOT).stdout
    assert shown.decode().splitlines() == [
        "26000000 meter ** 2 <Quantity(25500000, 'meter ** 2')> 26.5 kilometer ** 2",
        "True True"]


def test_the_application_registry_pickles_as_before() -> None:
    factcheck.unit_registry()
    metre = pint.get_application_registry().Quantity(1.5, "m")
    again = pickle.loads(pickle.dumps(metre))
    assert again == metre and again._REGISTRY is not factcheck.unit_registry()
