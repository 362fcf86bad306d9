"""The second process (claims read, and declared checks run, on two cores): the same
corpus, findings and errors as one process gives; and a child that runs none of this
process's handlers, finalisers or warnings, and is always ended and reaped.

Each load and check runs in a fresh interpreter: a fork is refused while another thread runs (as in
a pytest-xdist worker), and these tests must see the second process at work, not skip it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from benchmarks.generate import generate

from factcheck import _second_core
from factcheck._claims import PARENT_SHARE

ROOT = Path(__file__).resolve().parent.parent

# What both scripts below begin with: two CPUs to use; every answer of a child, recorded
# as (whether it returned its part, how many items it returned); and, with CHILD_FAILS
# set, a function FAILING of a module MODULE that raises in a child (and works in this
# process).
_RECORD = r"""
import json, os, sys
import factcheck._second_core
from factcheck._second_core import Forked

# the child at work whatever CPUs and CPU quota the machine running the tests has
os.sched_getaffinity = lambda pid: {0, 1}
factcheck._second_core.cpu_quota = lambda: None

answers = []
result = Forked.result
def recorded(self):
    done, part = result(self)
    answers.append([done, None if part is None else len(part)])
    return done, part
Forked.result = recorded
if os.environ.get("CHILD_FAILS"):
    parent, working = os.getpid(), getattr(MODULE, FAILING)
    def fails(*args):
        if os.getpid() != parent:
            raise RuntimeError("the child's part failed")
        return working(*args)
    setattr(MODULE, FAILING, fails)
"""

# Loads the corpus at argv[1] with claims read on two cores from the first claim on, and
# prints what was loaded (or the errors) and whether the child's part was used.
_LOAD = r"""
import factcheck._claims as MODULE
from factcheck import LoadErrors, load
FAILING = "_read_part"
MODULE.TWO_CORES_FROM = 1
""" + _RECORD + r"""
try:
    corpus = load(sys.argv[1], cache=False)
except LoadErrors as errors:
    out = {"errors": [str(error) for error in errors.errors]}
else:
    out = {"claims": [repr(claim) for claim in corpus.claims.values()]}
out["child"] = answers
print(json.dumps(out, ensure_ascii=False))
"""

# Checks the corpus at argv[1] with its declared checks run in a second process from the
# first on, and prints the findings (or the error) and what the child gave back.
_CHECK = r"""
import factcheck._engine as MODULE
from factcheck import FactcheckError, check, load
FAILING = "_run_declared"
MODULE.DECLARED_ELSEWHERE_FROM = 1
""" + _RECORD + r"""
corpus = load(sys.argv[1], cache=False)
try:
    out = {"findings": [repr(finding) for finding in check(corpus)]}
except FactcheckError as error:
    out = {"error": str(error)}
out["child"] = answers
print(json.dumps(out, ensure_ascii=False))
"""


def _environment() -> dict[str, str]:
    """This process's environment, without what the scripts here are told by it: the
    second process is factcheck's to decide, and no child is made to fail."""
    return {key: value for key, value in os.environ.items()
            if key not in (_second_core.ENVIRONMENT, "CHILD_FAILS")}


def _load(path: Path, *, processes: str | None = None, child_fails: bool = False,
          script: str = _LOAD) -> dict:
    env = _environment()
    if processes is not None:
        env[_second_core.ENVIRONMENT] = processes
    if child_fails:
        env["CHILD_FAILS"] = "1"
    done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True,
                          text=True, env=env, cwd=ROOT, check=False, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _one_core(path: Path) -> dict:
    loaded = _load(path, processes="1")
    assert loaded["child"] == [], "FACTCHECK_PROCESSES=1 still forked"
    return loaded


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("two-cores") / "corpus"
    generate(2000, root, seed=5)
    return root


def _claims_files(root: Path) -> list[Path]:
    files = sorted((root / "claims").glob("*.yaml"))
    assert len(files) >= 2
    return files


@pytest.mark.parametrize("which", ["bundled", "generated"])
def test_two_cores_load_what_one_core_loads(which: str, generated: Path) -> None:
    path = ROOT / "claims" if which == "bundled" else generated
    two = _load(path)
    one = _one_core(path)
    assert "claims" in one and len(one["claims"]) > 100
    assert two["claims"] == one["claims"]  # the same claims, in the same order
    [(done, count)] = two["child"]
    assert done and count == len(one["claims"]) - round(len(one["claims"]) * PARENT_SHARE)


def test_a_failing_child_leaves_the_work_to_the_parent(generated: Path) -> None:
    two = _load(generated, child_fails=True)
    assert two["child"] == [[False, None]]
    assert two["claims"] == _one_core(generated)["claims"]


def _copy(generated: Path, tmp_path: Path) -> Path:
    import shutil

    root = tmp_path / "corpus"
    shutil.copytree(generated, root)
    return root


def test_an_error_in_the_child_part_is_reported_as_one_core_reports_it(
        generated: Path, tmp_path: Path) -> None:
    root = _copy(generated, tmp_path)
    last = _claims_files(root)[-1]
    text = last.read_text(encoding="utf-8")
    where = text.rindex("    quote: ")
    end = text.index("\n", where)
    last.write_text(text[:where] + "    quote: 这句话不在文章里" + text[end:], encoding="utf-8")
    two = _load(root)
    one = _one_core(root)
    assert one["errors"] and any("quote not found" in error for error in one["errors"])
    assert two["errors"] == one["errors"]
    assert two["child"] == [[True, None]]  # the child met it and left the part to the parent


def test_an_id_in_both_parts_is_a_duplicate_as_one_core_says(
        generated: Path, tmp_path: Path) -> None:
    root = _copy(generated, tmp_path)
    first, *_, last = _claims_files(root)
    first_id = first.read_text(encoding="utf-8").split("- id: ", 1)[1].split("\n", 1)[0]
    text = last.read_text(encoding="utf-8")
    where = text.rindex("- id: ") + len("- id: ")
    end = text.index("\n", where)
    last.write_text(text[:where] + first_id + text[end:], encoding="utf-8")
    two = _load(root)
    one = _one_core(root)
    assert any(f"duplicate claim id '{first_id}'" in error for error in one["errors"])
    assert two["errors"] == one["errors"]
    [(done, count)] = two["child"]
    assert done and count  # the child read its part cleanly; the parent found the clash


def test_no_second_process_while_another_thread_runs_or_when_told(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(_second_core.ENVIRONMENT, raising=False)
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    monkeypatch.setattr(_second_core, "_threads", lambda: 1)  # an xdist worker has more
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1})
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(_second_core, "cpu_quota", lambda: None)  # no container's limit
    assert _second_core.usable()
    monkeypatch.setenv(_second_core.ENVIRONMENT, "1")
    assert not _second_core.usable()
    monkeypatch.setenv(_second_core.ENVIRONMENT, "2")
    assert _second_core.usable()
    monkeypatch.setattr(threading, "active_count", lambda: 2)
    assert not _second_core.usable()
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})
    assert not _second_core.usable()
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1})
    monkeypatch.setattr(sys, "platform", "darwin")
    assert not _second_core.usable()


@pytest.mark.parametrize("which", ["bundled", "generated"])
def test_declared_checks_elsewhere_find_what_one_process_finds(which: str,
                                                               generated: Path) -> None:
    path = ROOT / "claims" if which == "bundled" else generated
    two = _load(path, script=_CHECK)
    one = _load(path, processes="1", script=_CHECK)
    assert one["child"] == []
    assert len(one["findings"]) > 20
    assert two["findings"] == one["findings"]  # the same findings, in the same order
    [(done, count)] = two["child"]
    assert done and 0 < count < len(one["findings"])


def test_declared_checks_a_failing_child_leaves_to_the_parent(generated: Path) -> None:
    two = _load(generated, child_fails=True, script=_CHECK)
    assert two["child"] == [[False, None]]
    assert two["findings"] == _load(generated, processes="1", script=_CHECK)["findings"]


def test_a_kind_of_another_package_runs_in_this_process(generated: Path) -> None:
    """A kind that is not factcheck's own is never run in a child: its side effects
    (here, the calls it counts) would be lost with it."""
    script = _CHECK.replace("corpus = load(", """import dataclasses
from factcheck.checks._registry import add_kind, kinds, unregister_check
calls = []
builtin = kinds()["sum"]
def counting(spec, context):
    calls.append(spec.id)
    return builtin.run(spec, context)
unregister_check("sum")
add_kind(dataclasses.replace(builtin, run=counting))
corpus = load(""").replace('out["child"] = answers', 'out["child"] = answers; out["calls"] = len(calls)')
    two = _load(generated, script=script)
    assert two["child"] == [] and two["calls"] > 0


def _run(script: str) -> str:
    """What ``script`` prints, run in a fresh interpreter with the second process on."""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=_environment(), cwd=ROOT, check=False, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_an_interrupted_wait_still_ends_the_child() -> None:
    """Ctrl-C while this process waits for the child: the caller's ``cancel`` kills and
    reaps it, as it does when the interrupt comes earlier."""
    out = _run(r"""
import os, signal, time
from factcheck._second_core import Forked

def interrupt(*args):
    raise KeyboardInterrupt
signal.signal(signal.SIGALRM, interrupt)
child = Forked.start(lambda: time.sleep(30))
pid = child._pid
signal.alarm(1)
try:
    try:
        child.result()
    finally:
        child.cancel()
except KeyboardInterrupt:
    print("interrupted")
try:
    print(os.waitpid(pid, os.WNOHANG))
except ChildProcessError:
    print("reaped")
""")
    assert out.split() == ["interrupted", "reaped"]


def test_no_second_process_beside_a_thread_threading_does_not_count() -> None:
    """A thread started with ``_thread`` (or by a C library) is not in
    ``threading.active_count()``, but a fork copies it no better than another."""
    out = _run(r"""
import _thread, time
from factcheck._second_core import usable

print(usable())
_thread.start_new_thread(time.sleep, (30,))
time.sleep(0.2)
print(usable())
""")
    assert out.split() == ["True", "False"]


def test_no_second_process_where_another_reaps_the_children() -> None:
    """With SIGCHLD ignored the kernel reaps the child and ``waitpid`` fails, and a
    handler may reap it: the child's work would be lost and done again, and its pid,
    free for another process, killed by ``cancel``."""
    out = _run(r"""
import signal
from factcheck._second_core import Forked, usable

print(usable())
signal.signal(signal.SIGCHLD, signal.SIG_IGN)
print(usable(), Forked.start(lambda: 1))
signal.signal(signal.SIGCHLD, lambda *args: None)
print(usable())
signal.signal(signal.SIGCHLD, signal.SIG_DFL)
print(usable(), Forked.start(lambda: 1).result())
""")
    assert out.splitlines() == ["True", "False None", "False", "True (True, 1)"]


def test_the_child_runs_none_of_this_process_s_signal_handlers() -> None:
    """A signal for the whole process group (a terminal's hang-up, a service stopped)
    reaches the child too: its handler is this process's, here one that writes and flushes
    standard output, whose buffer holds what this process has not written yet. The child
    must never write it: it ends as the signal's default says, and this process does its
    work."""
    out = _run(r"""
import os, signal, sys, time
from factcheck._second_core import Forked

def stopping(*args):
    print("stopping")
    sys.stdout.flush()
signal.signal(signal.SIGTERM, stopping)
print("not flushed yet")  # stdout is a pipe: held in the buffer

def work():
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(0.5)
    return 1
print(Forked.start(work).result())
""")
    assert out.splitlines() == ["not flushed yet", "(False, None)"]


def test_the_child_finalises_nothing_this_process_left() -> None:
    """Garbage this process left for its cyclic collector (here a suspended generator in a
    reference cycle, which says so on standard output when it is closed) is this process's
    to finalise: a collection in the child, which the child's own allocations start, must
    not run its ``finally`` too."""
    out = _run(r"""
import gc
from factcheck._second_core import Forked

gc.disable()
def steps():
    try:
        yield
    finally:
        print("closed", flush=True)
class Holder:
    pass
holder = Holder()
holder.me, holder.steps = holder, steps()
next(holder.steps)
del holder
print(Forked.start(gc.collect).result()[0])
gc.collect()
""")
    assert out.splitlines() == ["True", "closed"]


def test_a_warning_in_the_child_leaves_the_work_to_this_process() -> None:
    """A warning the child's work gives would be written to standard error by the child,
    or lost with it (pytest records warnings in this process): the child gives up
    instead, and this process does the work, and gives the warning, as one process does."""
    done = subprocess.run([sys.executable, "-c", r"""
import warnings
from factcheck._second_core import Forked

def work():
    warnings.warn("a remark")
    return 1
print(Forked.start(work).result())
"""], capture_output=True, text=True, cwd=ROOT, check=False, timeout=60,
        env=_environment())
    assert done.returncode == 0, done.stderr
    assert (done.stdout, done.stderr) == ("(False, None)\n", "")


def test_the_child_ends_with_this_process(tmp_path: Path) -> None:
    """A process killed outright (``kill -9``, or a ``timeout`` that signals only it)
    cannot end its child: the child must not work on for nobody."""
    written = tmp_path / "pid"
    done = subprocess.run([sys.executable, "-c", r"""
import os, sys, time
from factcheck._second_core import Forked

child = Forked.start(lambda: time.sleep(60))
open(sys.argv[1], "w").write(str(child._pid))
time.sleep(0.5)  # the child is running
os._exit(0)  # no cancel(), as after a SIGKILL
""", str(written)], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL, cwd=ROOT, check=False, timeout=60,
        env=_environment())
    assert done.returncode == 0
    pid = int(written.read_text())
    for _ in range(100):
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except FileNotFoundError:
            return  # ended and reaped
        if state in ("Z", "X"):
            return  # ended, not yet reaped by whoever adopted it
        time.sleep(0.05)
    os.kill(pid, signal.SIGKILL)
    raise AssertionError(f"the child {pid} still ran 5 s after its parent ended")
