"""Work done in a forked second process, its result brought back pickled.

A large corpus's claims are read, and its declared checks run, on both cores of the
machine: this process forks a child, each does its part, and the child's result comes
back through an anonymous file (``memfd``), pickled as the cache pickles. A child can only
help: whenever it cannot be used or does not finish cleanly, :meth:`Forked.result` says so
and the caller does the work itself, as it would have with one process. See
docs/performance.md ("Two cores").

A second process is used only where forking is safe and pays: on Linux, with at least two
CPUs this process may run on and at least two CPUs' worth of time in its cgroup's CPU quota
(a container's ``--cpus``), no other thread running, whoever started it (a fork copies
only the calling thread, and any lock another thread holds stays locked in the child),
``SIGCHLD`` at its default (ignored, or handled, the child may be reaped before this process
waits for it), and ``FACTCHECK_PROCESSES`` not set to ``1``.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys
import tempfile
import threading
import warnings
from collections.abc import Callable
from typing import BinaryIO, Generic, TypeVar

from ._cpu_quota import cpu_quota

__all__ = ["ENVIRONMENT", "Forked", "usable"]

#: The environment variable that turns the second process off: ``FACTCHECK_PROCESSES=1``.
ENVIRONMENT = "FACTCHECK_PROCESSES"

T = TypeVar("T")


def usable() -> bool:
    """Whether a second process may be forked here (see the module's docstring)."""
    if os.environ.get(ENVIRONMENT, "").strip() == "1":
        return False
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    if threading.active_count() != 1 or _threads() != 1:
        return False
    if signal.getsignal(signal.SIGCHLD) != signal.SIG_DFL:
        return False  # ignored (the kernel reaps the child) or handled (a handler may)
    try:
        if len(os.sched_getaffinity(0)) < 2:
            return False
    except OSError:
        return False
    quota = cpu_quota()  # a container limited to one CPU still shows all of the machine's
    return quota is None or quota >= 2


def _threads() -> int:
    """How many threads this process runs, as Linux lists them: those started with
    ``_thread`` or by a C library too, which ``threading`` does not count; 1 if unknown."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return 1


def _default_signals() -> None:
    """In the child: every signal this process handles in Python back to its default, so
    that a signal for the whole process group (Ctrl-C, a hang-up) ends the child quietly
    instead of running this process's handler there, which may write or flush its output
    (and a wake-up file descriptor, an event loop's, no longer hears of them)."""
    signal.set_wakeup_fd(-1)
    for number in signal.valid_signals():
        with contextlib.suppress(OSError, ValueError):
            if callable(signal.getsignal(number)):
                signal.signal(number, signal.SIG_DFL)


def _end_with(parent: int) -> None:
    """In the child: be killed when ``parent`` ends, however it ends (``kill -9``, or a
    ``timeout`` that signals only it), instead of working on for nobody."""
    with contextlib.suppress(Exception):  # no libc, no prctl: the child ends on its own
        import ctypes

        ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # it ended before the request was made
        os._exit(1)


_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def _warnings_kept() -> list[warnings.WarningMessage]:
    """In the child: the warnings its work gives, kept instead of shown (its standard
    error is this process's, and a caller that records them, as pytest does, records them
    in this process)."""
    said: list[warnings.WarningMessage] = []
    warnings.showwarning = lambda *args: said.append(warnings.WarningMessage(*args))
    return said


def _scratch() -> BinaryIO:
    """An anonymous file for the child's result: in memory where Linux offers it."""
    try:
        fd = os.memfd_create("factcheck-result", getattr(os, "MFD_CLOEXEC", 0))
    except (AttributeError, OSError):
        return tempfile.TemporaryFile()
    return os.fdopen(fd, "w+b")


class Forked(Generic[T]):
    """A function running in a forked child; :meth:`result` waits for what it returned.

    Use :meth:`start`, which gives ``None`` where no child can be used.
    """

    def __init__(self, pid: int, out: BinaryIO) -> None:
        self._pid: int | None = pid
        self._out = out

    @classmethod
    def start(cls, work: Callable[[], T]) -> Forked[T] | None:
        """Fork a child that runs ``work`` and hands back its result, or ``None`` where
        :func:`usable` says no or the fork fails.

        ``work`` must not write to standard output or error, nor change anything outside
        the child that the parent relies on: the child's changes are lost with it.
        """
        if not usable():
            return None
        from ._fast_pickle import dumps  # fractions and dataclasses, fast

        try:
            out = _scratch()
        except OSError:
            return None
        parent = os.getpid()
        try:
            pid = os.fork()
        except OSError:
            out.close()
            return None
        if pid == 0:  # the child: never returns, never flushes the parent's buffers
            code = 1
            try:
                gc.freeze()  # what this process left for its collector is its to finalise
                _end_with(parent)
                _default_signals()
                said = _warnings_kept()
                value = work()
                if not said:  # else this process does the work, and gives the warnings
                    out.write(dumps((value,)))  # a tuple: None is a result too
                    out.flush()
                    code = 0
            except BaseException:  # noqa: BLE001 - the parent does the work instead
                pass
            finally:
                os._exit(code)
        return cls(pid, out)

    def result(self) -> tuple[bool, T | None]:
        """Wait for the child: ``(True, what work returned)``, or ``(False, None)`` if it
        failed in any way (the caller then does the work itself)."""
        from ._fast_pickle import loads

        pid = self._pid
        if pid is None:
            return False, None
        try:
            try:
                _, status = os.waitpid(pid, 0)
            except OSError:  # reaped by another: its pid is no longer this process's to end
                self._pid = None
                raise
            self._pid = None  # reaped; a wait interrupted (Ctrl-C) leaves it to cancel()
            if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
                return False, None
            self._out.seek(0)
            payload = self._out.read()
        except OSError:
            return False, None
        finally:
            self._out.close()
        boxed = loads(memoryview(payload)) if payload else None
        if not isinstance(boxed, tuple) or len(boxed) != 1:
            return False, None  # nothing written, or not what the child writes
        return True, boxed[0]

    def cancel(self) -> None:
        """End the child if it still runs (the parent stopped: an error, or Ctrl-C)."""
        pid, self._pid = self._pid, None
        if pid is None:
            return
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(OSError):
            os.waitpid(pid, 0)
        self._out.close()
