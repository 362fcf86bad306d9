"""Benchmark factcheck at newsroom scale against the floor of parsing the same YAML.

Usage (from the repository root, in the project's virtual environment)::

    python tests/benchmarks/bench.py [--sizes 10000 100000] [--workdir /tmp/factcheck-bench]
                                     [--markdown results.md] [--json results.json]

For each size it generates (or reuses) a synthetic corpus with ``generate.py`` and runs,
each as its own subprocess, one after the other:

a. the floor: the corpus's YAML files read and parsed with ``yaml_rs.loads`` (and, for
   comparison, PyYAML's ``CSafeLoader``), nothing else;
b. ``factcheck check DIR --format json``, cold: the cache directory emptied first;
c. the same again, warm: files unchanged, cache populated (its output must be
   byte-identical to b's);
d. ``python -m pytest DIR`` with the factcheck plugin, cold then warm, and with ``-n 2``;
e. ``factcheck report DIR -o report.html`` ("pending" if the command does not exist).

Each row has wall time, CPU time (user + system) and peak RSS, from ``os.wait4`` on the
subprocess (for pytest ``-n 2``: the largest single process of the tree). The ratios b/a,
c/b, d/b and b(100k)/b(10k) follow. The run fails (exit 1) unless, at every size, the
conflict findings of b are exactly the conflicts the generator planted (``planted.json``):
the same finding ids, involving the same claims.

The cache goes to ``WORKDIR/cache-home`` (``XDG_CACHE_HOME``), so the user's cache is
left alone. This is a benchmark, not a test; pytest does not collect it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate

FLOOR = r"""
import json, os, sys, time
from pathlib import Path
root, parser = Path(sys.argv[1]), sys.argv[2]
files = sorted(p for p in root.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()
               and not any(part.startswith(".") for part in p.relative_to(root).parts))
if parser == "yaml_rs":
    import yaml_rs
    parse = lambda text: yaml_rs.loads(text, parse_datetime=False)
else:
    import yaml
    parse = lambda text: yaml.load(text, Loader=yaml.CSafeLoader)
start = time.perf_counter()
size = 0
for path in files:
    text = path.read_text(encoding="utf-8")
    size += len(text.encode("utf-8"))
    parse(text)
print(json.dumps({"files": len(files), "bytes": size, "parse": time.perf_counter() - start}))
"""


@dataclass
class Measure:
    """One subprocess: what it was, how long, how much memory, how it ended."""

    name: str
    command: list[str]
    wall: float
    cpu: float
    rss_mib: float
    status: int
    stdout: str = ""

    def row(self) -> dict[str, Any]:
        return {"name": self.name, "command": " ".join(self.command), "wall_s": round(self.wall, 3),
                "cpu_s": round(self.cpu, 3), "peak_rss_mib": round(self.rss_mib, 1),
                "exit": self.status}


def measure(name: str, command: list[str], *, cwd: Path, env: dict[str, str],
            stdout: Path | None = None, timeout: float = 3600) -> Measure:
    """Run ``command`` and measure it with ``os.wait4`` (its own rusage, not a sum)."""
    logs = Path(env["XDG_CACHE_HOME"]).parent
    out_path = stdout if stdout is not None else logs / "stdout.txt"
    err_path = logs / "stderr.txt"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=err)
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - start > timeout:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.002)
        wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        sys.stderr.write(err_path.read_text(encoding="utf-8", errors="replace")[-3000:])
    captured = "" if stdout is not None else out_path.read_text(encoding="utf-8")
    return Measure(name, command, wall, usage.ru_utime + usage.ru_stime,
                   usage.ru_maxrss / 1024, process.returncode, captured)


def prepare(workdir: Path, claims: int, seed: int, regenerate: bool) -> Path:
    """The corpus for ``claims``, generated unless an identical one is there."""
    root = workdir / f"corpus-{claims}"
    planted = root / "planted.json"
    if not regenerate and planted.is_file():
        known = json.loads(planted.read_text(encoding="utf-8"))
        if known.get("claims") == claims and known.get("seed") == seed:
            return root
    start = time.perf_counter()
    generate(claims, root, seed)
    print(f"generated {claims} claims in {time.perf_counter() - start:.1f} s: {root}",
          flush=True)
    return root


def check_planted(root: Path, output: Path) -> tuple[int, int]:
    """Assert b's conflicts are exactly the planted ones; return (findings, claims) counts."""
    planted = json.loads((root / "planted.json").read_text(encoding="utf-8"))["conflicts"]
    run = json.loads(output.read_text(encoding="utf-8"))
    found = {f["id"]: sorted(f["claims"]) for f in run["findings"] if f["status"] == "conflict"}
    expected = {p["finding"]: sorted(p["claims"]) for p in planted}
    if found != expected:
        missing = sorted(set(expected) - set(found))[:5]
        extra = sorted(set(found) - set(expected))[:5]
        raise SystemExit(f"planted conflicts not found exactly in {root}: "
                         f"{len(found)} found, {len(expected)} planted; "
                         f"missing {missing}, unexpected {extra}")
    claims = {c for ids in expected.values() for c in ids}
    if claims != {c for ids in found.values() for c in ids}:
        raise SystemExit("the claims of the planted conflicts differ")
    return len(expected), len(claims)


def bench_size(claims: int, args: argparse.Namespace, env: dict[str, str]) -> dict[str, Any]:
    workdir: Path = args.workdir
    root = prepare(workdir, claims, args.seed, args.regenerate)
    cache = Path(env["XDG_CACHE_HOME"])
    python = sys.executable
    factcheck = [python, "-c", "import sys; from factcheck._cli import main; sys.exit(main())"]
    rows: list[Measure] = []

    def cold() -> None:
        shutil.rmtree(cache, ignore_errors=True)

    def run(name: str, command: list[str], cwd: Path = workdir, **kw: Any) -> Measure:
        result = measure(name, command, cwd=cwd, env=env, **kw)
        rows.append(result)
        print(f"  {claims:>7} {name:<26} {result.wall:8.2f} s wall {result.cpu:8.2f} s cpu "
              f"{result.rss_mib:7.0f} MiB  exit {result.status}", flush=True)
        return result

    floor = run("a. floor yaml_rs", [python, "-c", FLOOR, root.name, "yaml_rs"])
    floor_info = json.loads(floor.stdout)
    slow = run("a'. floor CSafeLoader", [python, "-c", FLOOR, root.name, "csafe"])
    slow_info = json.loads(slow.stdout)

    check = [*factcheck, "check", root.name, "--format", "json"]
    cold()
    out_cold, out_warm = workdir / f"out-{claims}-cold.json", workdir / f"out-{claims}-warm.json"
    b = run("b. check --format json, cold", check, stdout=out_cold)
    c = run("c. check --format json, warm", check, stdout=out_warm)
    if out_cold.read_bytes() != out_warm.read_bytes():
        raise SystemExit(f"warm output differs from cold output at {claims} claims")
    conflicts, conflict_claims = check_planted(root, out_cold)
    print(f"  {claims:>7} planted conflicts found exactly: {conflicts} findings, "
          f"{conflict_claims} claims", flush=True)

    pytest_rows: dict[str, Measure] = {}
    if not args.skip_pytest:
        base = [python, "-m", "pytest", str(root), "-p", "no:cacheprovider", "-q",
                "-c", os.devnull, "--rootdir", str(root), "-p", "no:randomly"]
        for label, extra in (("", []), (" -n 2", ["-n", "2"])):
            cold()
            pytest_rows[f"cold{label}"] = run(f"d. pytest{label}, cold", [*base, *extra],
                                               cwd=root, stdout=workdir / "pytest.out")
            pytest_rows[f"warm{label}"] = run(f"d. pytest{label}, warm", [*base, *extra],
                                               cwd=root, stdout=workdir / "pytest.out")

    report: Measure | None = None
    available = measure("report --help", [*factcheck, "report", "--help"], cwd=workdir, env=env)
    if available.status == 0 and not args.skip_report:
        report = run("e. report -o x.html", [*factcheck, "report", root.name, "-o",
                                             str(workdir / f"report-{claims}.html")],
                     timeout=args.report_timeout)
    return {
        "claims": claims,
        "yaml_files": floor_info["files"],
        "yaml_mib": round(floor_info["bytes"] / 2**20, 1),
        "parse_in_process_s": {"yaml_rs": round(floor_info["parse"], 3),
                               "CSafeLoader": round(slow_info["parse"], 3)},
        "planted_conflicts": conflicts,
        "planted_conflict_claims": conflict_claims,
        "rows": [r.row() for r in rows],
        "a": floor.wall, "b": b.wall, "c": c.wall,
        "d": {k: v.wall for k, v in pytest_rows.items()},
        "e": None if report is None else report.wall,
        "e_pending": available.status != 0,
        "rss_b_mib": b.rss_mib,
    }


def markdown(results: list[dict[str, Any]], meta: dict[str, Any]) -> str:
    """The results as Markdown: one table of every run, then the ratios."""
    lines = [(f"Machine: {meta['machine']}; Python {meta['python']}; load average before: "
              f"{meta['load_before']}, after: {meta['load_after']}."), "",
             "| claims | run | wall (s) | CPU (s) | peak RSS (MiB) | exit |",
             "|---:|---|---:|---:|---:|---:|"]
    for result in results:
        for row in result["rows"]:
            lines.append(f"| {result['claims']:,} | {row['name']} | {row['wall_s']:.2f} | "
                         f"{row['cpu_s']:.2f} | {row['peak_rss_mib']:.0f} | {row['exit']} |")
        if result["e_pending"]:
            lines.append(f"| {result['claims']:,} | e. report -o x.html | pending | | | |")
    lines += ["", "| claims | b/a | c/b | d/b | d(-n 2)/b | planted conflicts found |",
              "|---:|---:|---:|---:|---:|---|"]
    for result in results:
        d, b = result["d"], result["b"]
        cold, parallel = d.get("cold"), d.get("cold -n 2")
        lines.append(f"| {result['claims']:,} | {b / result['a']:.1f} | "
                     f"{result['c'] / b:.3f} | {f'{cold / b:.1f}' if cold else '–'} | "
                     f"{f'{parallel / b:.1f}' if parallel else '–'} | "
                     f"{result['planted_conflicts']} of "
                     f"{result['planted_conflicts']} ({result['planted_conflict_claims']} "
                     "claims) |")
    if len(results) >= 2:
        small, large = results[0], results[-1]
        lines += ["", (f"b({large['claims']:,}) / b({small['claims']:,}) = "
                       f"{large['b'] / small['b']:.1f}")]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Command line: see the module docstring."""
    parser = argparse.ArgumentParser(description="Benchmark factcheck against the YAML floor.")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/factcheck-bench"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--regenerate", action="store_true", help="write the corpora again")
    parser.add_argument("--skip-pytest", action="store_true")
    parser.add_argument("--skip-report", action="store_true")
    parser.add_argument("--report-timeout", type=float, default=3600)
    parser.add_argument("--markdown", type=Path, help="also write the tables here")
    parser.add_argument("--json", type=Path, help="also write the measurements here")
    args = parser.parse_args(argv)
    args.workdir = args.workdir.resolve()
    args.workdir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "XDG_CACHE_HOME": str(args.workdir / "cache-home"),
           "PYTHONHASHSEED": "0"}
    for name in ("FACTCHECK_CACHE_DIR", "FACTCHECK_DEBUG", "PYTEST_ADDOPTS",
                 "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    # measured as installed: pip writes bytecode at install time, a source checkout may not
    # have it yet, and compiling every module would be counted in each run
    import factcheck

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(factcheck.__file__).parent)],
                   check=True, env=env)
    meta = {"machine": f"{os.cpu_count()} CPUs, {platform.platform()}",
            "python": platform.python_version(),
            "load_before": " ".join(f"{x:.2f}" for x in os.getloadavg())}
    results = [bench_size(claims, args, env) for claims in args.sizes]
    meta["load_after"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    text = markdown(results, meta)
    print(text)
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps({"meta": meta, "results": results}, indent=1) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
