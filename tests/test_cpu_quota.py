"""The cgroup CPU quota that keeps a one-CPU container to one process
(``factcheck._cpu_quota``), read from cgroup trees written here."""

from __future__ import annotations

import os
import sys
import threading
from fractions import Fraction
from pathlib import Path

import pytest

from factcheck import _second_core
from factcheck._cpu_quota import cpu_quota


def _tree(tmp_path: Path, cgroup: str, files: dict[str, str]) -> tuple[Path, Path]:
    """A ``/proc/self/cgroup`` saying ``cgroup`` and a cgroup root holding ``files``."""
    listing = tmp_path / "cgroup"
    listing.write_text(cgroup, encoding="utf-8")
    root = tmp_path / "fs"
    root.mkdir()
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="ascii")
    return listing, root


@pytest.mark.parametrize(("cpu_max", "expected"), [
    ("100000 100000\n", Fraction(1)),
    ("150000 100000\n", Fraction(3, 2)),
    ("400000 100000\n", Fraction(4)),
    ("max 100000\n", None),
    ("", None),
    ("lots 100000\n", None),
    ("100000 0\n", None),
])
def test_version_2_cpu_max_at_the_namespace_root(tmp_path: Path, cpu_max: str,
                                                 expected: Fraction | None) -> None:
    # a container with its own cgroup namespace sees its cgroup as / and mounted at the root
    listing, root = _tree(tmp_path, "0::/\n", {"cpu.max": cpu_max})
    assert cpu_quota(listing, root) == expected


def test_version_2_the_smallest_quota_on_the_path_counts(tmp_path: Path) -> None:
    listing, root = _tree(tmp_path, "0::/kubepods/pod1/box\n", {
        "kubepods/cpu.max": "800000 100000",
        "kubepods/pod1/cpu.max": "50000 100000",
        "kubepods/pod1/box/cpu.max": "max 100000",
    })
    assert cpu_quota(listing, root) == Fraction(1, 2)


def test_version_2_a_path_the_mount_does_not_hold_reads_the_mount(tmp_path: Path) -> None:
    # the host's name for the cgroup, while the container's mount holds its own cgroup only
    listing, root = _tree(tmp_path, "0::/system.slice/docker-1.scope\n",
                          {"cpu.max": "100000 100000"})
    assert cpu_quota(listing, root) == 1


def test_a_path_outside_the_namespace_reads_only_the_mount(tmp_path: Path) -> None:
    # /proc/self/cgroup shows a cgroup outside the namespace's root as /../..: nothing
    # above the mount is read (fs/../limited would be tmp_path/limited)
    listing, root = _tree(tmp_path, "0::/../limited\n", {"cpu.max": "max 100000"})
    (tmp_path / "limited").mkdir()
    (tmp_path / "limited" / "cpu.max").write_text("10000 100000", encoding="ascii")
    assert cpu_quota(listing, root) is None


@pytest.mark.parametrize("mount", ["cpu,cpuacct", "cpu"])
def test_version_1_quota_over_period(tmp_path: Path, mount: str) -> None:
    listing, root = _tree(tmp_path, "4:memory:/docker/1\n3:cpu,cpuacct:/docker/1\n", {
        f"{mount}/cpu.cfs_quota_us": "-1\n", f"{mount}/cpu.cfs_period_us": "100000\n",
        f"{mount}/docker/1/cpu.cfs_quota_us": "100000\n",
        f"{mount}/docker/1/cpu.cfs_period_us": "100000\n",
    })
    assert cpu_quota(listing, root) == 1


def test_version_1_no_quota(tmp_path: Path) -> None:
    listing, root = _tree(tmp_path, "1:cpu:/\n", {
        "cpu/cpu.cfs_quota_us": "-1\n", "cpu/cpu.cfs_period_us": "100000\n"})
    assert cpu_quota(listing, root) is None


def test_only_the_cpu_controller_counts(tmp_path: Path) -> None:
    listing, root = _tree(tmp_path, "5:cpuset:/\n4:memory:/\n", {
        "cpuset/cpu.cfs_quota_us": "10000\n", "cpuset/cpu.cfs_period_us": "100000\n",
        "memory/cpu.max": "10000 100000\n"})
    assert cpu_quota(listing, root) is None


def test_nothing_to_read_is_no_quota(tmp_path: Path) -> None:
    assert cpu_quota(tmp_path / "missing", tmp_path) is None
    listing, root = _tree(tmp_path, "garbage\n\n0::relative\n", {})
    assert cpu_quota(listing, root) is None
    listing.write_bytes(b"\xff\xfe")
    assert cpu_quota(listing, root) is None


def test_a_path_that_names_no_folder_raises_nothing(tmp_path: Path) -> None:
    # //a (which PurePosixPath keeps as a root of two slashes) raised ValueError out of
    # relative_to("/"), and a path longer than PATH_MAX OSError (ENAMETOOLONG) out of
    # is_dir: an internal error of any run large enough to ask for a second process
    listing, root = _tree(tmp_path, "0:://a\n", {"cpu.max": "max 100000",
                                                   "a/cpu.max": "50000 100000"})
    assert cpu_quota(listing, root) == Fraction(1, 2)
    listing.write_text("1:cpu://\n0::/" + "b/" * 3000 + "\n", encoding="utf-8")
    assert cpu_quota(listing, root) is None


def test_this_machine_s_answer_is_a_quota_or_none() -> None:
    quota = cpu_quota()
    assert quota is None or (isinstance(quota, Fraction) and quota > 0)


def test_no_second_process_under_a_quota_of_less_than_two_cpus(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(_second_core.ENVIRONMENT, raising=False)
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    monkeypatch.setattr(_second_core, "_threads", lambda: 1)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2, 3})
    monkeypatch.setattr(sys, "platform", "linux")
    for quota, usable in ((None, True), (Fraction(2), True), (Fraction(3, 2), False),
                          (Fraction(1), False), (Fraction(8), True)):
        monkeypatch.setattr(_second_core, "cpu_quota", lambda quota=quota: quota)
        assert _second_core.usable() is usable, quota
