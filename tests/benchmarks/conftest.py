"""The benchmark and the corpus generator are scripts, not tests: pytest must not collect them."""

collect_ignore = ["bench.py", "generate.py"]
