"""``python -m factcheck``: the ``factcheck`` command, for when its script is not on PATH."""

from ._cli import console

if __name__ == "__main__":
    console()
