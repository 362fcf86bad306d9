"""Runs every command of docs/tutorial.md and compares its output with the page.

The page shows what a terminal shows: standard output, then standard error (the closing
"factcheck: ..." lines)."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest
import yaml

from factcheck import load
from factcheck._cli import main

ROOT = Path(__file__).resolve().parent.parent
TUTORIAL = ROOT / "docs" / "tutorial.md"
EXAMPLES = ROOT / "docs" / "examples"
PAGE = TUTORIAL.read_text(encoding="utf-8")


def _steps() -> list[tuple[str, str, int | None]]:
    """``(command, expected stdout, expected exit code or None)`` in page order."""
    steps: list[tuple[str, str, int | None]] = []
    for block in re.findall(r"```console\n(.*?)```", PAGE, flags=re.DOTALL):
        chunks = re.split(r"^\$ ", block, flags=re.MULTILINE)[1:]
        for chunk in chunks:
            command, _, output = chunk.partition("\n")
            if command == "echo $?":
                previous = steps.pop()
                steps.append((previous[0], previous[1], int(output.strip())))
            else:
                steps.append((command, output, None))
    return steps


STEPS = _steps()


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of docs/examples at the same relative path, as the current directory."""
    shutil.copytree(EXAMPLES, tmp_path / "docs" / "examples")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_page_has_the_steps_it_describes() -> None:
    commands = [shlex.split(c)[1] for c, _, _ in STEPS]
    assert commands == ["extract", "extract", "check", "coverage", "coverage",
                        "coverage", "report"]


@pytest.mark.parametrize(("command", "expected", "code"), STEPS,
                         ids=[c.replace(" ", "_") for c, _, _ in STEPS])
def test_command_prints_what_the_page_shows(command: str, expected: str, code: int | None,
                                            workdir: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    args = shlex.split(command)
    assert args[0] == "factcheck"
    result = main(args[1:])
    printed = capsys.readouterr()
    assert printed.out + printed.err == expected
    assert result == (0 if code is None else code)
    if "-o" in args:
        written = workdir / args[args.index("-o") + 1]
        assert written.is_file() and written.stat().st_size > 0


def test_the_draft_has_the_skeleton_shown_and_loads_once_filled(
        workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = workdir / "jiangbei-draft.yaml"
    assert main(["extract", "docs/examples/jiangbei-library.txt", "--format", "yaml",
                 "-o", str(draft)]) == 0
    text = draft.read_text(encoding="utf-8")
    shown = re.search(r"```yaml\n(  - id: jiangbei-library\.l3c46\n.*?)```", PAGE, flags=re.DOTALL)
    assert shown is not None
    assert shown.group(1) in text
    filled = re.sub(r"entity: TODO.*", "entity: jiangbei_library", text)
    filled = re.sub(r"metric: TODO.*", "metric: visits", filled)
    filled = re.sub(r"as_of: TODO.*", "as_of: 2024-06-18", filled)
    filled = re.sub(r"unit: TODO.*", "unit: 个", filled)
    draft.write_text(filled, encoding="utf-8")
    examples = workdir / "docs" / "examples"
    corpus = load([examples / "sources.yaml", examples / "vocabulary.yaml", draft])
    assert len(corpus.claims) == 11
    # The finished claims keep the draft's quotes and values.
    skeletons = {(c["quote"], c["value"]) for c in yaml.safe_load(text)["claims"]}
    finished = yaml.safe_load((examples / "claims.yaml").read_text(encoding="utf-8"))
    assert {(c["quote"], c["value"]) for c in finished["claims"]} <= skeletons


def test_the_page_shows_the_files_as_they_are() -> None:
    article = (EXAMPLES / "jiangbei-library.txt").read_text(encoding="utf-8")
    assert f"```text\n{article}```" in PAGE
    registry = (EXAMPLES / "sources.yaml").read_text(encoding="utf-8")
    shown = re.search(r"```yaml\n(sources:\n.*?)```", PAGE, flags=re.DOTALL)
    assert shown is not None
    assert shown.group(1) in registry
    # the vocabulary, the not_claims of the finished claims and the checks, each whole
    for name, start in (("vocabulary.yaml", "entities:"), ("claims.yaml", "not_claims:"),
                        ("checks.yaml", "checks:")):
        text = (EXAMPLES / name).read_text(encoding="utf-8")
        assert f"```yaml\n{text[text.index(start):]}```" in PAGE, name


def test_the_example_corpus_is_fully_covered_and_consistent(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--strict", str(EXAMPLES)]) == 0
    assert main(["coverage", str(EXAMPLES), "--fail-under", "100"]) == 0
    capsys.readouterr()


@pytest.mark.parametrize("registered", [True, False])
def test_checking_the_draft_as_the_page_says_names_the_todos_it_shows(
        registered: bool, workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The command the page gives for checking a draft, on the draft of step 3 (or of the
    article copied where no registry names it), refuses it with the errors the page
    quotes."""
    command = re.search(r"`(factcheck check [^`]*jiangbei-draft\.yaml)`", PAGE)
    assert command is not None
    article = EXAMPLES / "jiangbei-library.txt"
    if not registered:
        article = Path(shutil.copy(article, workdir / "unregistered.txt"))
    assert main(["extract", str(article), "--format", "yaml", "-o", "jiangbei-draft.yaml"]) == 0
    capsys.readouterr()
    assert main(shlex.split(command.group(1))[1:]) == 2
    printed = capsys.readouterr().err.splitlines()
    quoted = re.findall(r"`(jiangbei-draft\.yaml:\d+:\d+: [^`]*)`", PAGE)
    about_source = [q for q in quoted if "source is" in q]
    assert len(quoted) == 2 and len(about_source) == 1
    expected = [q for q in quoted if (q in about_source) is not registered]
    assert expected and [m for m in expected if m not in printed] == []
