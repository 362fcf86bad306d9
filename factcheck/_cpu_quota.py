"""How much CPU time a container lets this process use: its cgroup's CPU quota.

A container limited to one CPU (``docker run --cpus=1``, a Kubernetes limit of ``1``) still
shows every CPU of its machine to :func:`os.sched_getaffinity`; only the cgroup's quota says
that two busy processes would share one CPU's time. The second process
(:mod:`._second_core`) asks here before it forks.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from pathlib import Path, PurePosixPath

__all__ = ["cpu_quota"]

#: Reads one cgroup's quota from its folder: CPUs, or None where it sets none.
_Reader = Callable[[Path], "Fraction | None"]

#: Where a cgroup version 1 ``cpu`` controller is mounted, below the cgroup root.
_V1_MOUNTS = ("cpu,cpuacct", "cpu", "cpuacct,cpu")


def cpu_quota(cgroups: Path = Path("/proc/self/cgroup"),
              root: Path = Path("/sys/fs/cgroup")) -> Fraction | None:
    """The CPUs' worth of time this process's cgroups allow it, or None where none is set.

    A quota of 150,000 µs in every period of 100,000 µs is ``Fraction(3, 2)``. The smallest
    quota of the process's cgroup and every cgroup above it counts, in cgroup version 2
    (``cpu.max``) and version 1 (``cpu.cfs_quota_us`` over ``cpu.cfs_period_us``). None
    where no quota is set, or nothing can be read (not Linux, no cgroup file system): the
    caller then goes by the CPUs it sees.

    Args:
        cgroups: the process's cgroup list (``/proc/self/cgroup``).
        root: where the cgroup file systems are mounted.
    """
    try:
        lines = cgroups.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    quotas: list[Fraction] = []
    for line in lines:
        parts = line.split(":", 2)
        if len(parts) != 3:
            continue
        _, controllers, path = parts
        if controllers == "":  # version 2: one hierarchy for every controller
            quotas.extend(_quotas(root, path, _v2_quota))
        elif "cpu" in controllers.split(","):
            for mount in _V1_MOUNTS:
                quotas.extend(_quotas(root / mount, path, _v1_quota))
    return min(quotas, default=None)


def _quotas(mount: Path, path: str, read: _Reader) -> list[Fraction]:
    """The quotas set on the cgroup at ``path`` below ``mount`` and on those above it.

    Inside a container, ``path`` may name the cgroup as the host sees it while ``mount``
    holds only the container's own: the mount itself is then read, as the cgroup. A path
    outside the cgroup namespace (``/../..``) names nothing below the mount."""
    folders = [mount]
    named = PurePosixPath(path)  # //a (a root of two slashes) is no path relative_to("/")
    relative = named.relative_to(named.anchor) if named.anchor else None
    if relative is not None and relative.parts and ".." not in relative.parts:
        folders.extend(mount / part for part in _ancestry(relative))
    found = (read(folder) for folder in dict.fromkeys(folders) if _is_dir(folder))
    return [quota for quota in found if quota is not None]


def _is_dir(path: Path) -> bool:
    """Whether ``path`` is a folder; not where it cannot be looked at (a name longer than
    the system allows, a folder that may not be searched), which ``is_dir`` raises for."""
    try:
        return path.is_dir()
    except OSError:
        return False


def _ancestry(path: PurePosixPath) -> list[PurePosixPath]:
    """``a``, ``a/b``, ``a/b/c`` for ``a/b/c``."""
    return [PurePosixPath(*path.parts[:end]) for end in range(1, len(path.parts) + 1)]


def _v2_quota(folder: Path) -> Fraction | None:
    """``cpu.max`` (``150000 100000``, or ``max 100000`` for none) as CPUs."""
    words = _read(folder / "cpu.max").split()
    if len(words) != 2 or words[0] == "max":
        return None
    return _ratio(words[0], words[1])


def _v1_quota(folder: Path) -> Fraction | None:
    """``cpu.cfs_quota_us`` (``-1`` for none) over ``cpu.cfs_period_us``, as CPUs."""
    return _ratio(_read(folder / "cpu.cfs_quota_us").strip(),
                  _read(folder / "cpu.cfs_period_us").strip())


def _ratio(quota: str, period: str) -> Fraction | None:
    """``quota / period`` where both are positive whole numbers of microseconds."""
    if not (quota.isdigit() and period.isdigit()) or int(period) == 0 or int(quota) == 0:
        return None  # -1 (no quota), max, nothing or something unexpected
    return Fraction(int(quota), int(period))


def _read(path: Path) -> str:
    """The text of a cgroup file, or ``""`` where it cannot be read."""
    try:
        return path.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        return ""
