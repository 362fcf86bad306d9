"""The ``factcheck`` command as a process: exit statuses, complete output, write failures.

The command ends with ``os._exit`` after flushing (see ``factcheck._cli.console``), so what
it prints must be complete and its status right without the interpreter's own exit.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from corpus_builder import CLAIMS, CONFLICTING, TEXT, write_corpus

from factcheck._cli import main


def _command(*args: str, stdout: int | None = subprocess.PIPE,
             env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "factcheck._cli", *args], stdout=stdout,
                          stderr=subprocess.PIPE, env=env, check=False)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    variables = {k: v for k, v in os.environ.items() if k != "FACTCHECK_DEBUG"}
    variables["FACTCHECK_CACHE_DIR"] = str(tmp_path / "cache")
    return variables


@pytest.mark.parametrize("form", [["--format", "json"], ["-v"]])
def test_the_output_is_complete_and_the_status_right(
        tmp_path: Path, env: dict[str, str], capsysbinary: pytest.CaptureFixture[bytes],
        form: list[str]) -> None:
    (tmp_path / "ok").mkdir()
    (tmp_path / "bad").mkdir()
    consistent = str(write_corpus(tmp_path / "ok", TEXT, CLAIMS))
    conflicting = str(write_corpus(tmp_path / "bad", TEXT, CONFLICTING))
    for corpus, status in ((consistent, 0), (conflicting, 1)):
        assert main(["check", *form, "--no-cache", corpus]) == status
        expected = capsysbinary.readouterr().out
        for _ in range(2):  # cold, then replayed from the cache
            result = _command("check", *form, corpus, env=env)
            assert (result.returncode, result.stdout) == (status, expected)


def test_bad_input_exits_2(tmp_path: Path, env: dict[str, str]) -> None:
    result = _command("check", str(tmp_path / "missing"), env=env)
    assert result.returncode == 2
    assert b"no such file or directory" in result.stderr
    assert b"Traceback" not in result.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("form", [["--format", "json"], []])
def test_output_that_cannot_be_written_is_reported(tmp_path: Path, env: dict[str, str],
                                                   form: list[str]) -> None:
    corpus = str(write_corpus(tmp_path, TEXT, CLAIMS))
    for _ in range(2):  # cold, then replayed from the cache
        with open("/dev/full", "wb") as full:
            result = _command("check", *form, corpus, stdout=full.fileno(), env=env)
        assert result.returncode == 2
        stderr = result.stderr.decode()
        assert stderr.endswith("factcheck: cannot write the output: No space left on device\n")
        assert stderr.count("cannot write") == 1 and "Traceback" not in stderr
    with open("/dev/full", "wb") as full:
        result = _command("coverage", corpus, stdout=full.fileno(), env=env)
    assert result.returncode == 2
    assert b"cannot write the output" in result.stderr and b"bug" not in result.stderr


@pytest.mark.parametrize(("claims", "status"), [(CLAIMS, 0), (CONFLICTING, 1)])  # coverage:
# below 100% for CLAIMS, at 100% for CONFLICTING
@pytest.mark.parametrize("args", [
    ["check", "--format", "json", "--no-cache"],
    ["check"],  # run cold, then replayed from the cache
    ["coverage", "--fail-under", "100"],
])
def test_a_reader_that_leaves_early_is_not_an_error_and_the_status_stands(
        tmp_path: Path, env: dict[str, str], claims: str, status: int,
        args: list[str]) -> None:
    """``factcheck check | head`` ends quietly, with the status of what it found: a
    pipeline with ``set -o pipefail`` must not pass a failing corpus."""
    corpus = str(write_corpus(tmp_path, TEXT, claims))
    command = [sys.executable, "-m", "factcheck._cli", *args, corpus]
    expected = subprocess.run(command, capture_output=True, env=env, check=False).returncode
    if args[0] == "check":
        assert expected == status
    for _ in range(2):
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   env=env)
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # before anything is read
        with process.stderr:
            stderr = process.stderr.read()
        assert process.wait() == expected
        assert b"Traceback" not in stderr and b"Exception ignored" not in stderr


@pytest.mark.parametrize(("claims", "args", "status"), [
    (CONFLICTING, ["check", "--no-cache"], 1),
    (CONFLICTING, ["check"], 1),  # cold, then replayed from the cache
    (CLAIMS, ["coverage", "--fail-under", "100"], 1),
    (CLAIMS, ["report", "-o", "{tmp}/r.md"], 0),
])
def test_a_reader_of_stderr_that_leaves_during_the_warnings_keeps_the_status(
        tmp_path: Path, env: dict[str, str], claims: str, args: list[str],
        status: int) -> None:
    """``factcheck check 2>&1 | head`` with more warnings than head reads: the status is
    still what the run found, and a report is still written."""
    corpus = str(write_corpus(tmp_path, TEXT + "坏了?!鄙钲冢", claims))  # mojibake: a warning
    command = [sys.executable, "-m", "factcheck._cli",
               *(a.replace("{tmp}", str(tmp_path)) for a in args), corpus]
    for _ in range(2):
        (tmp_path / "r.md").unlink(missing_ok=True)
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                   env=env)
        assert process.stdout is not None
        process.stdout.close()  # before anything is read: the warnings cannot be written
        assert process.wait() == status
        if args[0] == "report":
            assert (tmp_path / "r.md").is_file()


def test_a_reader_of_stderr_alone_that_leaves_does_not_cut_the_output_cold_or_warm(
        tmp_path: Path, env: dict[str, str]) -> None:
    """``factcheck check 2>&1 >out.txt | head``: stdout goes to a file, and stderr's reader
    leaves before the warnings. The output is complete, and the same from the cache."""
    corpus = str(write_corpus(tmp_path, TEXT + "坏了?!鄙钲冢", CONFLICTING))  # a warning
    expected = _command("check", "--no-cache", corpus, env=env).stdout
    assert expected
    for run in range(2):  # cold, then replayed from the cache
        out = tmp_path / f"out{run}.txt"
        with out.open("wb") as sink:
            process = subprocess.Popen([sys.executable, "-m", "factcheck._cli", "check",
                                        corpus], stdout=sink, stderr=subprocess.PIPE, env=env)
            assert process.stderr is not None
            process.stderr.close()  # before anything is read: the warnings cannot be written
            assert process.wait() == 1
        assert out.read_bytes() == expected


@pytest.mark.parametrize(("args", "closed", "status"), [
    (["report", "-o", "{tmp}/r.md", "{corpus}"], ">&-", 0),    # no stdout at all
    (["check", "{corpus}"], "2>&- >/dev/null", 0),             # no stderr at all
    # output for a stdout that is not there: said, where it was an "internal error" (3)
    (["check", "{corpus}"], ">&-", 2),
    (["check", "--no-cache", "--format", "json", "{corpus}"], ">&-", 2),
])
def test_a_command_started_without_a_stream_ends_as_before(
        tmp_path: Path, env: dict[str, str], args: list[str], closed: str,
        status: int) -> None:
    corpus = write_corpus(tmp_path, TEXT, CLAIMS)
    command = " ".join([shlex.quote(sys.executable), "-m", "factcheck._cli"] + [
        shlex.quote(a.format(tmp=tmp_path, corpus=corpus)) for a in args])
    result = subprocess.run(["sh", "-c", f"exec {command} {closed}"], env=env,
                            capture_output=True, check=False)
    assert result.returncode == status
    assert b"Traceback" not in result.stderr and b"internal error" not in result.stderr
    if status == 2:
        assert b"factcheck: cannot write the output: standard output is closed" in (
            result.stderr)


@pytest.mark.parametrize("cache", [[], ["--no-cache"]])
def test_a_stdout_that_cannot_encode_the_output_is_said(
        tmp_path: Path, env: dict[str, str], cache: list[str]) -> None:
    corpus = str(write_corpus(tmp_path, TEXT, CLAIMS))
    env = {**env, "PYTHONIOENCODING": "latin-1"}
    result = _command("check", "--format", "json", *cache, corpus, env=env)
    assert result.returncode == 2
    assert b"factcheck: cannot write the output: stdout's encoding (iso8859-1) cannot " in (
        result.stderr)
    assert b"internal error" not in result.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_errors_that_cannot_be_written_still_give_their_status(
        tmp_path: Path, env: dict[str, str]) -> None:
    corpus = str(write_corpus(tmp_path, TEXT, CLAIMS))
    for args in (["check", str(tmp_path / "missing")], ["extract", str(tmp_path / "nope.txt")],
                 ["check", "--format", "json", corpus, "--strict"]):
        with open("/dev/full", "wb") as full:
            result = subprocess.run([sys.executable, "-m", "factcheck._cli", *args],
                                    stdout=subprocess.DEVNULL, stderr=full.fileno(), env=env,
                                    check=False)
        assert result.returncode == (0 if args[0] == "check" and args[-1] == "--strict"
                                     else 2), args


def test_the_command_runs_without_the_cyclic_collector(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """``console`` turns the collector off for the process it ends, and a check run leaves
    its corpus and findings for that end to drop: turned on again after the checks, the
    collector's first pass walked every object of the run, and freeing them one by one
    took half a second more at 100,000 claims (docs/performance.md)."""
    import gc

    import factcheck._cli as cli
    from factcheck import Corpus

    corpus = str(write_corpus(tmp_path, TEXT, CONFLICTING))
    monkeypatch.setattr(cli._ProcessEnd, "left", None)
    monkeypatch.setattr(sys, "argv", ["factcheck", "check", "--no-cache", corpus])
    seen: list[bool] = []
    run = cli.main

    def main() -> int:
        seen.append(gc.isenabled())
        return run()

    def ended(code: int) -> None:
        raise SystemExit(code)

    monkeypatch.setattr(cli, "main", main)
    monkeypatch.setattr(os, "_exit", ended)
    was = gc.isenabled()
    try:
        with pytest.raises(SystemExit) as exited:
            cli.console()
    finally:
        if was:
            gc.enable()
    assert (seen, exited.value.code) == ([False], 1)
    assert "conflict" in capsys.readouterr().out
    left = cli._ProcessEnd.left
    assert left is not None and len(left) == 1
    entry = left[0]
    assert isinstance(entry, tuple) and isinstance(entry[0], Corpus) and entry[1]


def test_main_in_a_program_leaves_nothing_behind(tmp_path: Path) -> None:
    import factcheck._cli as cli

    corpus = str(write_corpus(tmp_path, TEXT, CONFLICTING))
    assert main(["check", "--no-cache", corpus]) == 1
    assert cli._ProcessEnd.left is None
