"""The benchmarks and the corpus generator are scripts, not tests: pytest must not collect them."""

collect_ignore = ["ab.py", "bench.py", "generate.py"]
