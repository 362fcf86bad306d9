"""The articles in claims/sources/ are byte copies of the originals and never change."""

import hashlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "claims" / "sources"
ORIGINALS = ROOT.parent / "shared" / "articles"

# SHA-256 of each article as received; every quote offset in the claims refers to these bytes.
SHA256 = {
    "000_5eb8b330380bff9e.txt": "f7355158157d3a11e5060ed2386c3dc7e68bc6f0ae53e094f68c15cb19a74b92",
    "001_ae002c96757bf6a8.txt": "e9b3ad3756c5af7b3a2fc84ff2ecc439d4d72ada9981d6fdd7de56d8bd5ef348",
    "002_345a96c5ac563920.txt": "f5ca12b191fcadc74671f26ff45f7db96a41b4886043f8d5cf6b3cc1ed7ec027",
    "003_602a10cda0eb348a.txt": "71a11b9ff523dc3d5d40a84c19c352e48ab849cca0b66caefc4d9b0ef894d09e",
    "004_b04926504257f2ce.txt": "d52ab078919f18e23df785015be2e5002c7e044a2cc820bfed9083886a751237",
}


def test_sources_have_their_recorded_bytes() -> None:
    found = {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
             for p in sorted(SOURCES.glob("*.txt"))}
    assert found == SHA256


@pytest.mark.skipif(not ORIGINALS.is_dir(), reason="../shared/articles is not beside the repo")
def test_sources_are_byte_copies_of_the_originals() -> None:
    for name in SHA256:
        assert (SOURCES / name).read_bytes() == (ORIGINALS / name).read_bytes(), name
