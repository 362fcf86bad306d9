"""The on-disk cache: reused while nothing changed, rebuilt after any edit, never trusted blindly."""

from __future__ import annotations

import contextlib
import io
import os
import pickle
import threading
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from corpus_builder import CLAIMS, CONFLICTING, TEXT, write_corpus

from factcheck import _cache, _cache_entries, _cache_keys, _cache_notices, _engine, _loader
from factcheck._cli import main
from factcheck._errors import LoadErrors
from factcheck.checks import register_check, unregister_check


def corpus_at(where: Path, text: str, claims: str) -> Path:
    where.mkdir(parents=True)
    return write_corpus(where, text, claims)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private cache home; returns the directory the entries go to."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("FACTCHECK_CACHE_DIR", raising=False)
    monkeypatch.setattr(_cache_notices, "_SAID", set())  # each notice is said once per process
    return tmp_path / "xdg" / "factcheck"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return corpus_at(tmp_path / "corpus", TEXT, CLAIMS)


class Counting:
    """Wraps a function and counts its calls."""

    def __init__(self, function: Any) -> None:
        self.function = function
        self.calls = 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        return self.function(*args, **kwargs)


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> Counting:
    """Counts the real (uncached) loads."""
    counting = Counting(_loader._load)
    monkeypatch.setattr(_loader, "_load", counting)
    return counting


def entry(home: Path, kind: str) -> Path:
    (found,) = [p for p in home.iterdir() if p.name.startswith(kind + "-")]
    return found


def test_an_unchanged_corpus_is_loaded_from_the_cache(home: Path, corpus: Path,
                                                      loads: Counting) -> None:
    first = _loader.load(corpus, cache=True)
    second = _loader.load(corpus, cache=True)
    assert loads.calls == 1
    assert second == first
    assert second.claims["total"].quantity is not None
    assert second.claims["total"].quantity.base == 29390000000
    assert sorted(p.name.split("-")[0] for p in home.iterdir()) == ["corpus", "key"]


def test_without_cache_nothing_is_written(home: Path, corpus: Path, loads: Counting) -> None:
    _loader.load(corpus)
    _loader.load(corpus)
    assert loads.calls == 2
    assert not home.exists()


def test_an_edited_claims_file_is_seen(home: Path, corpus: Path, loads: Counting) -> None:
    _loader.load(corpus, cache=True)
    claims = corpus / "claims.yaml"
    claims.write_text(claims.read_text(encoding="utf-8").replace("id: total", "id: sum"),
                      encoding="utf-8")
    edited = _loader.load(corpus, cache=True)
    assert loads.calls == 2
    assert sorted(edited.claims) == ["near", "sum"]
    assert _loader.load(corpus, cache=True) == edited
    assert loads.calls == 2
    assert len([p for p in home.iterdir() if p.name.startswith("corpus-")]) == 1


def test_an_edited_article_is_seen(home: Path, corpus: Path, loads: Counting) -> None:
    _loader.load(corpus, cache=True)
    article = corpus / "article.txt"
    article.write_text(TEXT.replace("293.9亿元", "239.9亿元"), encoding="utf-8")
    with pytest.raises(LoadErrors) as caught:
        _loader.load(corpus, cache=True)
    assert loads.calls == 2
    assert [e.message for e in caught.value.errors] == ["quote not found in source 's'"]


def test_a_new_file_is_seen(home: Path, corpus: Path, loads: Counting) -> None:
    _loader.load(corpus, cache=True)
    (corpus / "more.yaml").write_text(
        "claims:\n  - {id: other, source: s, quote: 另说总投资250亿元, value: 250亿元,"
        " entity: s, metric: inv, as_of: 2017-11-28}\n", encoding="utf-8")
    assert sorted(_loader.load(corpus, cache=True).claims) == ["near", "other", "total"]
    assert loads.calls == 2


def edit_when_read(monkeypatch: pytest.MonkeyPatch, path: Path, text: str) -> None:
    """Write ``text`` to ``path`` as the loader is about to read it, once: after the cache
    has hashed the file, before the loader parses it."""
    read = _loader.read_bounded

    def edit_then_read(file: Path, shown: str) -> bytes:
        if file.resolve() == path.resolve():
            path.write_text(text, encoding="utf-8")
            monkeypatch.setattr(_loader, "read_bounded", read)
        return read(file, shown)

    monkeypatch.setattr(_loader, "read_bounded", edit_then_read)


def test_a_file_edited_during_a_load_is_cached_as_it_was_parsed(
        home: Path, corpus: Path, loads: Counting, monkeypatch: pytest.MonkeyPatch) -> None:
    claims = corpus / "claims.yaml"
    original = claims.read_text(encoding="utf-8")
    edited = original.replace("id: total", "id: sum")
    edit_when_read(monkeypatch, claims, edited)
    assert sorted(_loader.load(corpus, cache=True).claims) == ["near", "sum"]
    claims.write_text(original, encoding="utf-8")
    assert sorted(_loader.load(corpus, cache=True).claims) == ["near", "total"]
    assert loads.calls == 2
    claims.write_text(original.replace("id: near", "id: close"), encoding="utf-8")
    edit_when_read(monkeypatch, claims, edited)
    assert sorted(_loader.load(corpus, cache=True).claims) == ["near", "sum"]
    assert sorted(_loader.load(corpus, cache=True).claims) == ["near", "sum"]
    assert loads.calls == 3  # filed under the bytes parsed, not those hashed first


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "flipped"])
def test_a_damaged_entry_is_ignored_and_rebuilt(home: Path, corpus: Path, loads: Counting,
                                                damage: str) -> None:
    first = _loader.load(corpus, cache=True)
    path = entry(home, "corpus")
    blob = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(os.urandom(len(blob)))
    elif damage == "truncated":
        path.write_bytes(blob[: len(blob) // 2])
    elif damage == "empty":
        path.write_bytes(b"")
    else:  # one bit of the pickle flipped: the MAC no longer verifies
        at = len(blob) - 10
        path.write_bytes(blob[:at] + bytes([blob[at] ^ 1]) + blob[at + 1:])
    assert _loader.load(corpus, cache=True) == first
    assert loads.calls == 2
    assert path.read_bytes() == blob  # rebuilt: the same entry again
    assert _loader.load(corpus, cache=True) == first
    assert loads.calls == 2


def signed(home: Path, kind: str, inputs: _cache.Inputs, payload: bytes,
           key: bytes | None = None) -> bytes:
    """An entry for ``inputs`` as the cache writes it, MACed with ``key`` (default: ours)."""
    secret = key if key is not None else (home / "key").read_bytes()
    mac = _cache_entries.new_mac(secret, kind, inputs.digest)
    mac.update(payload)
    return _cache_keys.MAGIC + inputs.digest + mac.digest() + payload


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
@pytest.mark.parametrize("what", ["corpus", "key"])
def test_a_fifo_in_the_cache_is_never_waited_on(home: Path, corpus: Path, loads: Counting,
                                               what: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """An entry or key replaced by a FIFO (a cache directory others can write to) is a
    miss, not a run that waits for a writer forever."""
    import signal

    first = _loader.load(corpus, cache=True)
    path = entry(home, what) if what == "corpus" else home / "key"
    path.unlink()
    os.mkfifo(path, 0o600)

    class Hung(BaseException):  # not an OSError: the cache would take it for a miss
        pass

    def hung(signum: int, frame: Any) -> None:
        raise Hung(f"the {what} FIFO was opened and waited on")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(10)
    try:
        assert _loader.load(corpus, cache=True) == first
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert loads.calls == 2
    if what == "corpus":  # only someone else puts a FIFO there: no directory in the way
        assert capsys.readouterr().err == ""


def test_a_signed_but_truncated_pickle_is_ignored(home: Path, corpus: Path,
                                                  loads: Counting) -> None:
    first = _loader.load(corpus, cache=True)
    path = entry(home, "corpus")
    inputs = _cache.inputs_of(_loader.discover([corpus]))
    assert inputs is not None
    payload = path.read_bytes()[_cache_entries.HEADER:]
    path.write_bytes(signed(home, "corpus", inputs, payload[: len(payload) // 2]))
    assert _loader.load(corpus, cache=True) == first
    assert loads.calls == 2


UNPICKLED: list[str] = []


def _record_unpickling() -> str:
    UNPICKLED.append("unpickled")
    return "payload"


class Hostile:
    """Unpickling this calls a function: an entry we did not sign must never get that far."""

    def __reduce__(self) -> tuple[Any, tuple[()]]:
        return (_record_unpickling, ())


def test_an_entry_signed_with_another_key_is_never_unpickled(home: Path, corpus: Path,
                                                             loads: Counting) -> None:
    first = _loader.load(corpus, cache=True)
    path = entry(home, "corpus")
    inputs = _cache.inputs_of(_loader.discover([corpus]))
    assert inputs is not None
    payload = pickle.dumps(Hostile())
    assert pickle.loads(payload) == "payload" and UNPICKLED == ["unpickled"]  # it would run
    UNPICKLED.clear()
    path.write_bytes(signed(home, "corpus", inputs, payload, key=bytes(32)))
    assert _loader.load(corpus, cache=True) == first
    assert UNPICKLED == []
    assert loads.calls == 2


def test_an_entry_of_another_library_version_is_ignored(home: Path, corpus: Path,
                                                        loads: Counting,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(_cache_keys, "_fingerprint", lambda: b"factcheck 0.0.1".ljust(32, b"."))
        _loader.load(corpus, cache=True)
        _loader.load(corpus, cache=True)
        assert loads.calls == 1
    _loader.load(corpus, cache=True)
    assert loads.calls == 2
    _loader.load(corpus, cache=True)
    assert loads.calls == 2


def test_a_key_others_can_read_disables_the_cache(home: Path, corpus: Path,
                                                  loads: Counting,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    _loader.load(corpus, cache=True)
    _loader.load(corpus, cache=True)
    assert capsys.readouterr().err == ""  # the normal case says nothing
    key = home / "key"
    assert key.stat().st_mode & 0o777 == 0o600
    key.chmod(0o644)
    _loader.load(corpus, cache=True)
    _loader.load(corpus, cache=True)
    assert loads.calls == 3
    # it was silent: the cache was off and the user could not know why; now said once
    assert capsys.readouterr().err == (
        f"factcheck: the cache is off: its key {key} can be read by others (mode 0644)\n"
        f"  hint: make it private: chmod 600 {key}\n")
    key.chmod(0o600)  # the fix the hint gives: the entry of the first load is used again
    _loader.load(corpus, cache=True)
    assert loads.calls == 3
    assert capsys.readouterr().err == ""


def test_a_key_only_users_outside_its_group_can_read_disables_the_cache(
        home: Path, corpus: Path, loads: Counting, capsys: pytest.CaptureFixture[str]) -> None:
    _loader.load(corpus, cache=True)
    key = home / "key"
    key.chmod(0o604)
    _loader.load(corpus, cache=True)
    assert loads.calls == 2
    assert capsys.readouterr().err == (
        f"factcheck: the cache is off: its key {key} can be read by others (mode 0604)\n"
        f"  hint: make it private: chmod 600 {key}\n")


def test_notices_go_to_the_innermost_collector_and_to_stderr_after_it(
        home: Path, corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _loader.load(corpus, cache=True)
    key = home / "key"
    key.chmod(0o640)
    with _cache.notices() as outer:
        with _cache.notices() as inner:
            _loader.load(corpus, cache=True)
        assert len(inner) == 1 and inner[0].startswith("factcheck: the cache is off: ")
        assert outer == []
    assert capsys.readouterr().err == ""
    key.chmod(0o604)  # another notice, said on stderr once no collector listens
    _loader.load(corpus, cache=True)
    assert (inner, outer) == ([inner[0]], [])
    assert "(mode 0604)" in capsys.readouterr().err


def test_a_key_of_another_user_is_said_to_be_one(home: Path, corpus: Path, loads: Counting,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    _loader.load(corpus, cache=True)
    key = home / "key"
    monkeypatch.setattr(os, "getuid", lambda: key.stat().st_uid + 1)
    _loader.load(corpus, cache=True)
    assert loads.calls == 2
    assert capsys.readouterr().err == (
        f"factcheck: the cache is off: its key {key} belongs to another user\n"
        f"  hint: remove it (rm {key}); factcheck makes a new one\n")


@pytest.mark.parametrize(("mode", "said"), [
    # 0620 and 0602 were said to be readable by others, which they are not
    (0o620, "can be changed by others (mode 0620)"),
    (0o602, "can be changed by others (mode 0602)"),
    (0o640, "can be read by others (mode 0640)"),
    (0o610, "is not private (mode 0610)"),
])
def test_the_notice_says_what_the_keys_mode_allows(home: Path, corpus: Path, loads: Counting,
                                                   capsys: pytest.CaptureFixture[str],
                                                   mode: int, said: str) -> None:
    _loader.load(corpus, cache=True)
    key = home / "key"
    key.chmod(mode)
    _loader.load(corpus, cache=True)
    assert loads.calls == 2
    assert capsys.readouterr().err == (
        f"factcheck: the cache is off: its key {key} {said}\n"
        f"  hint: make it private: chmod 600 {key}\n")


def test_the_cli_says_once_why_the_cache_is_off(home: Path, corpus: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(corpus)
    assert main(["check", "."]) == 0
    cold = capsys.readouterr()
    assert cold.err == ""
    key = home / "key"
    key.chmod(0o640)
    assert main(["check", "."]) == 0  # the run does not fail: it is not cached
    # once, though the look-up and the writer each ask for the key
    assert capsys.readouterr() == (cold.out, (
        f"factcheck: the cache is off: its key {key} can be read by others (mode 0640)\n"
        f"  hint: make it private: chmod 600 {key}\n"))


def test_a_directory_where_an_entry_should_be_is_said_once(home: Path, corpus: Path,
                                                           loads: Counting,
                                                           capsys: pytest.CaptureFixture[str]
                                                           ) -> None:
    first = _loader.load(corpus, cache=True)
    path = entry(home, "corpus")
    path.unlink()
    path.mkdir()
    (path / "something").write_text("kept", encoding="utf-8")
    assert _loader.load(corpus, cache=True) == first
    assert _loader.load(corpus, cache=True) == first
    assert loads.calls == 3  # that entry stays uncached, and the run does not fail
    assert (path / "something").read_text(encoding="utf-8") == "kept"
    assert capsys.readouterr().err == (
        f"factcheck: not cached: {path} is a directory, where the cache keeps an entry "
        "file\n"
        f"  hint: remove it (rm -r {path}) to cache this corpus again\n")
    assert sorted(p.name for p in home.iterdir() if p.name.startswith(".")) == []


@pytest.mark.parametrize("damage", [b"", b"short", bytes(33)])
def test_a_damaged_key_is_made_again(home: Path, corpus: Path, loads: Counting,
                                     damage: bytes) -> None:
    _loader.load(corpus, cache=True)
    key = home / "key"
    key.write_bytes(damage)  # as a crash can leave a file written just before it
    _loader.load(corpus, cache=True)  # the entry was signed with the old key: rebuilt
    _loader.load(corpus, cache=True)
    assert loads.calls == 2
    assert len(key.read_bytes()) == 32
    assert key.stat().st_mode & 0o777 == 0o600


def test_the_cache_directory_can_be_chosen(tmp_path: Path, corpus: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "chosen"))
    _loader.load(corpus, cache=True)
    assert [p.name.split("-")[0] for p in (tmp_path / "chosen").iterdir()] == ["corpus"]
    assert [p.name for p in (tmp_path / "xdg" / "factcheck").iterdir()] == ["key"]


def test_a_relative_cache_directory_is_ignored(home: Path, corpus: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", "cache")
    monkeypatch.chdir(corpus)
    before = sorted(corpus.rglob("*"))
    _loader.load(".", cache=True)
    assert sorted(corpus.rglob("*")) == before  # nothing next to the claims
    assert sorted(p.name.split("-")[0] for p in home.iterdir()) == ["corpus", "key"]


def test_a_kind_registered_at_run_time_turns_the_cache_off(home: Path, corpus: Path,
                                                           loads: Counting) -> None:
    @register_check("cache_test_kind")
    def kind(spec: Any, context: Any) -> list[Any]:
        return []

    try:
        assert _cache.inputs_of(_loader.discover([corpus])) is None
        _loader.load(corpus, cache=True)
        _loader.load(corpus, cache=True)
    finally:
        unregister_check("cache_test_kind")
    assert loads.calls == 2
    assert not home.exists() or not [p for p in home.iterdir() if p.name != "key"]


def test_a_built_in_kind_removed_replaced_or_renamed_turns_the_cache_off(corpus: Path) -> None:
    import dataclasses

    from factcheck.checks import _registry, get_kind

    files = _loader.discover([corpus])
    assert _cache.inputs_of(files) is not None
    builtin = get_kind("sum")
    unregister_check("sum")
    try:
        assert _cache.inputs_of(files) is None  # the results would differ without it
        _registry.add_kind(dataclasses.replace(builtin, automatic=True))
        assert _cache.inputs_of(files) is None  # same code, other behaviour
    finally:
        unregister_check("sum")
        _registry.add_kind(builtin)
    assert _cache.inputs_of(files) is not None
    register_check("total")(builtin.run)  # built-in code under a name a fresh process lacks
    try:
        assert _cache.inputs_of(files) is None
    finally:
        unregister_check("total")
    assert _cache.inputs_of(files) is not None


def test_nothing_is_written_when_the_kinds_change_after_the_key(home: Path,
                                                                corpus: Path) -> None:
    recorder = _cache.Run.open(_loader.discover([corpus]), "text")
    assert recorder is not None

    @register_check("late_kind")
    def late(spec: Any, context: Any) -> list[Any]:
        return []

    try:
        loaded = _loader.load(corpus)
        recorder.record(loaded, [], recorder.inputs)
        recorder.add("output")
        recorder.commit()
    finally:
        unregister_check("late_kind")
    assert not home.exists() or [p.name for p in home.iterdir()] == ["key"]


def test_findings_are_not_replayed_after_a_kind_is_registered(home: Path,
                                                              corpus: Path) -> None:
    """A kind registered after the load, before the check, would run on a fresh check."""
    from factcheck import Status

    _cache.check(_loader.load(corpus, cache=True))  # cached: corpus and findings
    loaded = _loader.load(corpus, cache=True)
    plain = _engine.check(loaded)
    assert _cache.check(loaded) == plain

    @register_check("corpus_wide_late", automatic=True)
    def corpus_wide(context: Any) -> Any:
        """A conflict about the corpus as a whole."""
        return context.finding("corpus_wide_late", "all", Status.CONFLICT, "about no claim")

    try:
        found = _cache.check(loaded)
        assert found == _engine.check(loaded)
    finally:
        unregister_check("corpus_wide_late")
    assert [f.id for f in found if f not in plain] == ["corpus_wide_late[all]"]
    assert _cache.check(loaded) == plain


class _Dist:
    name = "factcheck-plugin-demo"
    version = "1.0"
    requires: list[str] | None = None


class _Point:
    name = "demo"
    group = "factcheck.checks"
    dist = _Dist()

    def __init__(self, module: str) -> None:
        self.module = module
        self.value = module


def test_a_plugin_is_keyed_by_its_code_without_being_imported(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.metadata
    import sys

    package = tmp_path / "plugin_src"
    package.mkdir()
    module = package / "fc_demo_plugin_kinds.py"
    module.write_text("raise RuntimeError('a key must not import the plugin')\n")
    monkeypatch.syspath_prepend(str(package))
    monkeypatch.setattr(importlib.metadata, "entry_points",
                        lambda group: [_Point("fc_demo_plugin_kinds")])
    files = _loader.discover([corpus])
    first = _cache.inputs_of(files)
    assert first is not None
    assert "fc_demo_plugin_kinds" not in sys.modules
    module.write_text("raise RuntimeError('changed')\n")
    second = _cache.inputs_of(files)
    assert second is not None and second.digest != first.digest
    monkeypatch.setattr(importlib.metadata, "entry_points",
                        lambda group: [_Point("fc_no_such_plugin_module")])
    assert _cache.inputs_of(files) is None  # code that cannot be found cannot be keyed


class _Site:
    """A directory on ``sys.path`` with a plugin module and fake installed distributions."""

    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.root = root
        self.monkeypatch = monkeypatch
        root.mkdir()
        (root / "fc_demo_plugin_kinds.py").write_text("# the kinds\n")
        monkeypatch.syspath_prepend(str(root))

    def install(self, name: str, version: str | None, *requires: str) -> None:
        """Install ``name`` (``version`` None: metadata without a version), replacing it."""
        import importlib

        stem = name.replace("-", "_")
        self.uninstall(name)
        info = self.root / f"{stem}-{version or 0}.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {name}\n"
            + (f"Version: {version}\n" if version else "")
            + "".join(f"Requires-Dist: {text}\n" for text in requires))
        importlib.invalidate_caches()

    def uninstall(self, name: str) -> None:
        import importlib
        import shutil

        for old in self.root.glob(f"{name.replace('-', '_')}-*.dist-info"):
            shutil.rmtree(old)
        importlib.invalidate_caches()

    def plugin_requires(self, requires: list[str]) -> None:
        """Make the plugin the one entry point, its distribution requiring ``requires``."""
        import importlib.metadata

        point = _Point("fc_demo_plugin_kinds")
        point.dist = type("Dist", (_Dist,), {"requires": requires})()
        self.monkeypatch.setattr(importlib.metadata, "entry_points", lambda group: [point])


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> _Site:
    return _Site(tmp_path / "site", monkeypatch)


def test_a_plugin_is_keyed_by_the_versions_of_what_it_requires(corpus: Path,
                                                                 site: _Site) -> None:
    site.plugin_requires(["fc-demo-dep>=1", "fc-demo-optional; extra == 'plots'"])
    files = _loader.discover([corpus])

    def key() -> bytes:
        inputs = _cache.inputs_of(files)
        assert inputs is not None
        return inputs.digest

    site.install("fc-demo-dep", "1.0", "fc-demo-indirect")
    site.install("fc-demo-indirect", "1.0")
    site.install("fc-demo-optional", "1.0")
    keys = [key()]
    site.install("fc-demo-indirect", "2.0")  # what the plugin's requirement requires
    keys.append(key())
    site.install("fc-demo-dep", "1.1", "fc-demo-indirect")
    keys.append(key())
    assert len(set(keys)) == 3
    site.install("fc-demo-optional", "2.0")  # an extra nobody asked for
    assert key() == keys[-1]
    site.uninstall("fc-demo-dep")
    assert key() not in keys  # uninstalled is a version too


@pytest.mark.parametrize("requires", [
    ["fc-demo-dep; os_name ~= 'posix'"],  # a marker packaging cannot evaluate
    ["not a requirement !"],
    ["fc-demo-no-version"],               # installed, but its metadata has no version
])
def test_a_plugin_whose_requirements_cannot_be_read_is_not_cached(
        corpus: Path, site: _Site, requires: list[str]) -> None:
    site.install("fc-demo-no-version", None)
    site.plugin_requires(requires)
    assert _cache.inputs_of(_loader.discover([corpus])) is None


def test_a_plugin_package_is_keyed_by_all_its_modules(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.metadata
    import sys

    package = tmp_path / "plugin_src" / "fc_demo_plugin_pkg"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("raise RuntimeError('not to be imported')\n")
    (package / "entry.py").write_text("from .kinds import *\n")
    (package / "kinds.py").write_text("# the kinds, version 1\n")
    monkeypatch.syspath_prepend(str(package.parent))
    monkeypatch.setattr(importlib.metadata, "entry_points",
                        lambda group: [_Point("fc_demo_plugin_pkg.entry")])
    files = _loader.discover([corpus])
    first = _cache.inputs_of(files)
    assert first is not None and "fc_demo_plugin_pkg" not in sys.modules
    (package / "kinds.py").write_text("# the kinds, version 2\n")
    second = _cache.inputs_of(files)
    assert second is not None and second.digest != first.digest


def test_findings_are_cached_with_the_corpus(home: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = corpus_at(tmp_path / "conflict", TEXT, CONFLICTING)
    checks = Counting(_engine.check)
    monkeypatch.setattr(_engine, "check", checks)
    first = _cache.check(_loader.load(path, cache=True))
    again = _cache.check(_loader.load(path, cache=True))
    assert checks.calls == 1
    assert again == first
    assert [(f.id, f.status.value) for f in again] == [("agreement[s.inv]", "conflict")]
    assert _cache.check(_loader.load(path)) == first  # not loaded through the cache: run
    assert checks.calls == 2


def test_findings_are_checked_again_after_an_article_edit(home: Path, tmp_path: Path,
                                                          loads: Counting) -> None:
    path = corpus_at(tmp_path / "conflict", TEXT, CONFLICTING)
    first = _cache.check(_loader.load(path, cache=True))
    (path / "article.txt").write_text("据新华社报道," + TEXT, encoding="utf-8")
    moved = _cache.check(_loader.load(path, cache=True))  # the same YAML, the same key
    assert loads.calls == 2
    assert [c.col for c in first[0].claims] == [8, 34, 21]
    assert [c.col for c in moved[0].claims] == [15, 41, 28]
    assert moved == _engine.check(_loader.load(path))
    assert _cache.check(_loader.load(path, cache=True)) == moved
    assert loads.calls == 3


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("form", [["--format", "json"], [], ["--verbose"]])
def test_a_second_cli_run_replays_the_first(home: Path, tmp_path: Path, form: list[str],
                                            capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = corpus_at(tmp_path / "conflict", TEXT, CONFLICTING)
    first = run(["check", str(path), *form], capsys)
    assert first[0] == 1 and first[1]
    uncached = run(["check", str(path), "--no-cache", *form], capsys)
    monkeypatch.setattr(_loader, "load_files", None)  # a replay must not load anything
    assert run(["check", str(path), *form], capsys) == first == uncached
    assert run(["check", str(path), "--strict", *form], capsys)[0] == 1


def test_cli_replays_the_exit_status_and_warnings(home: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    text = TEXT + "坏了?!鄙钲冢"  # mojibake: a warning on stderr
    claims = CLAIMS + """\
  - {id: round, quote: 另说总投资250亿元, value: 250亿元, entity: s, metric: approx,
     as_of: 2017-11-28}
"""
    path = corpus_at(tmp_path / "warned", text, claims)
    first = run(["check", str(path)], capsys)
    assert first[0] == 0
    assert "warning: text looks mis-decoded" in first[2]
    assert run(["check", str(path)], capsys) == first


def test_cli_sees_an_edit_after_a_replay(home: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = corpus_at(tmp_path / "c", TEXT, CLAIMS)
    assert run(["check", str(path)], capsys)[0] == 0
    assert run(["check", str(path)], capsys)[0] == 0
    (path / "claims.yaml").write_text(
        (path / "claims.yaml").read_text(encoding="utf-8") + CONFLICTING[len(CLAIMS):],
        encoding="utf-8")
    code, out, _ = run(["check", str(path)], capsys)
    assert code == 1
    assert out.splitlines()[-1] == "1 finding from 3 claims: 1 conflict"


def test_cli_files_a_run_under_the_files_it_parsed(home: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = corpus_at(tmp_path / "c", TEXT, CLAIMS)
    claims = path / "claims.yaml"
    original = claims.read_text(encoding="utf-8")
    edit_when_read(monkeypatch, claims, original + CONFLICTING[len(CLAIMS):])
    assert run(["check", str(path)], capsys)[0] == 1  # looked up unedited, parsed edited
    claims.write_text(original, encoding="utf-8")
    uncached = run(["check", str(path), "--no-cache"], capsys)
    assert uncached[0] == 0
    assert run(["check", str(path)], capsys) == uncached


def test_a_link_followed_by_dotdot_is_shown_and_hashed_as_the_file_read(
        home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    real = corpus_at(tmp_path / "real" / "corpus", TEXT, CONFLICTING)
    (real / "x").mkdir()
    (tmp_path / "link").symlink_to(real / "x")  # link/.. is real/corpus
    write_corpus(tmp_path, TEXT, CONFLICTING)  # what link/.. is read as lexically
    monkeypatch.chdir(tmp_path)
    first = run(["check", "link/.."], capsys)
    assert first[0] == 1
    assert "conflict: agreement[s.inv]  [real/corpus/claims.yaml:3]" in first[1]
    assert "「另说总投资250亿元」 real/corpus/article.txt:1:" in first[1]
    (real / "article.txt").write_text("据新华社报道," + TEXT, encoding="utf-8")
    again = run(["check", "link/.."], capsys)
    assert again == run(["check", "link/..", "--no-cache"], capsys)
    assert again != first


def test_cli_no_cache_writes_nothing(home: Path, corpus: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["check", str(corpus), "--no-cache"], capsys)[0] == 0
    assert not home.exists()
    before = sorted(p.relative_to(corpus) for p in corpus.rglob("*"))
    assert run(["check", str(corpus)], capsys)[0] == 0
    assert sorted(p.name.split("-")[0] for p in home.iterdir()) == ["key", "run"]
    assert sorted(p.relative_to(corpus) for p in corpus.rglob("*")) == before


def test_a_replay_writes_bytes_as_the_text_stream_would(home: Path, corpus: Path) -> None:
    files = _loader.discover([corpus])
    recorder = _cache.Run.open(files, "text")
    assert recorder is not None
    loaded = _loader.load(corpus)
    recorder.record(loaded, [], recorder.inputs)
    recorder.add("第一行\n")
    recorder.add("second\n")
    recorder.commit()
    out = io.TextIOWrapper(io.BytesIO(), encoding="gb18030")
    replayer = _cache.Run.open(files, "text")
    assert replayer is not None
    assert replayer.replay(out, io.StringIO(), strict=False) == 0
    out.flush()
    assert out.buffer.getvalue() == "第一行\nsecond\n".encode("gb18030")  # type: ignore[attr-defined]
    assert _cache.Run.open(files, "json") is not None
    other = _cache.Run.open(files, "json")
    assert other is not None and other.replay(io.StringIO(), io.StringIO(), strict=False) is None


def test_an_interrupted_run_leaves_no_entry(home: Path, corpus: Path) -> None:
    recorder = _cache.Run.open(_loader.discover([corpus]), "text")
    assert recorder is not None
    recorder.record(_loader.load(corpus), [], recorder.inputs)
    recorder.add("partial")
    recorder.abort()
    assert sorted(p.name for p in home.iterdir()) == ["key"]


def test_the_cache_is_trimmed_least_recently_used_first(home: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_cache_entries, "MAX_ENTRIES", 2)
    paths = [corpus_at(tmp_path / f"c{i}", TEXT, CLAIMS) for i in range(3)]
    slots = []
    for path in paths:
        inputs = _cache.inputs_of(_loader.discover([path]), [path])
        assert inputs is not None
        slots.append(f"corpus-{inputs.slot}.bin")
    _loader.load(paths[0], cache=True)
    _loader.load(paths[1], cache=True)
    os.utime(home / slots[1], ns=(10**9, 10**9))  # c1 was used long ago, c0 recently
    _loader.load(paths[2], cache=True)
    assert sorted(p.name for p in home.glob("corpus-*")) == sorted([slots[0], slots[2]])


def test_a_file_added_or_removed_replaces_the_entries(home: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """Entries are named by the paths asked for: a directory that gains or loses a file
    keeps one entry of each kind, not one for every set of files it ever held."""
    path = corpus_at(tmp_path / "c", TEXT, CLAIMS)
    extra = path / "more.yaml"

    def both() -> tuple[list[Any], tuple[int, str, str]]:
        return (_cache.check(_loader.load(path, cache=True)),
                run(["check", str(path), "--format", "json"], capsys))

    first = both()
    extra.write_text("checks: []\n", encoding="utf-8")
    assert both() == first  # the same findings, from the files found now
    extra.unlink()
    assert both() == first
    assert sorted(p.name.split("-")[0] for p in home.iterdir()) == [
        "corpus", "findings", "key", "run"]
    # every kind of entry is one the trimming counts (and may remove)
    assert all(_cache_entries.OWN.fullmatch(p.name) for p in home.iterdir() if p.name != "key")
    with_extra = run(["check", str(path), str(path / "claims.yaml")], capsys)  # overlapping
    assert run(["check", str(path / "claims.yaml"), str(path)], capsys) == with_extra
    assert len(list(home.glob("run-*"))) == 2  # another format; the same paths in any order


def test_trimming_removes_only_the_caches_own_files(tmp_path: Path, corpus: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """$FACTCHECK_CACHE_DIR may name a directory of other files: none of them is removed."""
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    theirs = ["firmware.bin", "run-notes.bin", "corpus-backup.bin", ".tmp-mine.bin", "x.txt"]
    for name in theirs:
        (chosen / name).write_bytes(b"not factcheck's")
        os.utime(chosen / name, ns=(10**9, 10**9))  # older than any entry
    left_over = chosen / ".tmp-k3x_9q2a.bin"  # the temporary file of a killed run
    left_over.write_bytes(b"partial")
    os.utime(left_over, ns=(10**9, 10**9))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(chosen))
    monkeypatch.setattr(_cache_entries, "MAX_ENTRIES", 1)
    _loader.load(corpus, cache=True)
    (mine,) = [p for p in chosen.glob("corpus-*.bin") if p.name not in theirs]
    assert sorted(p.name for p in chosen.iterdir()) == sorted([*theirs, mine.name])


def test_trimming_skips_an_entry_another_run_removed_and_closes_the_listing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # an entry that another process removed between the listing and its stat() ended the
    # trim with nothing trimmed, and left the listing open (a ResourceWarning that pytest's
    # warnings-as-errors turned into a failure of an unrelated test)
    for age, name in enumerate(f"corpus-{n:032x}.bin" for n in range(4)):
        (tmp_path / name).write_bytes(b"x")
        os.utime(tmp_path / name, ns=(10**9 * (age + 1),) * 2)
    gone = f"corpus-{3:032x}.bin"  # the newest
    real_scandir = os.scandir
    listings: list[Any] = []

    class Vanishing:
        def __init__(self, entry: os.DirEntry[str]) -> None:
            self.entry, self.name, self.path = entry, entry.name, entry.path

        def is_file(self) -> bool:
            return self.entry.is_file()

        def stat(self) -> os.stat_result:
            if self.name == gone:
                raise FileNotFoundError(self.path)
            return self.entry.stat()

    class Listing:
        def __init__(self, where: Path) -> None:
            self.listing, self.closed = real_scandir(where), False
            listings.append(self)

        def __iter__(self) -> Any:
            return (Vanishing(entry) for entry in self.listing)

        def __enter__(self) -> Listing:
            return self

        def __exit__(self, *exc: object) -> None:
            self.listing.close()
            self.closed = True

    monkeypatch.setattr(_cache_entries.os, "scandir", Listing)
    monkeypatch.setattr(_cache_entries, "MAX_ENTRIES", 1)
    _cache_entries._trim(tmp_path)
    assert [listing.closed for listing in listings] == [True]
    # the vanished entry is skipped; of the others only the newest is kept
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"corpus-{2:032x}.bin", gone]


def test_collector_paused_restores_the_collector() -> None:
    import gc

    assert gc.isenabled()
    with _cache.collector_paused():
        assert not gc.isenabled()
        with _cache.collector_paused():  # nested: the inner block leaves it off
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with _cache.collector_paused():
            pass
        assert not gc.isenabled()  # off before, off after
    finally:
        gc.enable()
    with pytest.raises(RuntimeError), _cache.collector_paused():
        raise RuntimeError("a failing load")
    assert gc.isenabled()


def test_the_default_path_is_the_same_entry_as_claims(home: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """`factcheck check` reads claims/, as `factcheck check claims` does: one entry, not a
    second one named by no paths at all."""
    corpus_at(tmp_path / "here" / "claims", TEXT, CLAIMS)
    monkeypatch.chdir(tmp_path / "here")
    first = run(["check"], capsys)
    assert first[0] == 0
    monkeypatch.setattr(_loader, "load_files", None)  # a replay must not load anything
    assert run(["check", "claims"], capsys) == first
    assert len(list(home.glob("run-*"))) == 1


def test_a_cache_home_that_cannot_be_written_is_said_once(
        tmp_path: Path, corpus: Path, loads: Counting, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    # the cache was off without a word, and every run slower: a home under a regular file
    # (as root, a read-only directory would still be written)
    monkeypatch.setattr(_cache_notices, "_SAID", set())
    monkeypatch.delenv("FACTCHECK_CACHE_DIR", raising=False)
    (tmp_path / "file").write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file" / "cache"))
    key = tmp_path / "file" / "cache" / "factcheck" / "key"
    hint = (f"  hint: make {key.parent} a directory you can write, or set XDG_CACHE_HOME to "
            "one (the key is kept in $XDG_CACHE_HOME/factcheck); --no-cache says not to use "
            "the cache\n")
    _loader.load(corpus, cache=True)
    _loader.load(corpus, cache=True)
    assert loads.calls == 2  # the run does not fail: it is not cached
    assert capsys.readouterr().err == (
        f"factcheck: the cache is off: its key {key} cannot be read: not a directory\n{hint}")
    # a directory that cannot be written in (read-only, or another user's): the key is
    # not there, and making it fails
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    key = tmp_path / "xdg" / "factcheck" / "key"

    def read_only(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(_cache_keys, "tempfile", SimpleNamespace(mkstemp=read_only))
    assert main(["check", str(corpus)]) == 0
    assert main(["check", str(corpus)]) == 0
    hint = hint.replace(str(tmp_path / "file" / "cache" / "factcheck"), str(key.parent))
    assert capsys.readouterr().err == (
        f"factcheck: the cache is off: its key {key} cannot be made: permission denied\n"
        f"{hint}")
    assert not key.exists()


def test_a_cache_directory_that_cannot_be_written_is_said_once(
        tmp_path: Path, corpus: Path, loads: Counting, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    # the key was made and read, but no entry could ever be written: every run was cold
    # without a word ($FACTCHECK_CACHE_DIR naming a file, or a directory of another user)
    monkeypatch.setattr(_cache_notices, "_SAID", set())
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    chosen = tmp_path / "chosen"
    chosen.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(chosen))
    hint = (f"  hint: make {chosen} a directory you can write, or set FACTCHECK_CACHE_DIR "
            "to one; --no-cache says not to use the cache\n")
    first = _loader.load(corpus, cache=True)
    assert _loader.load(corpus, cache=True) == first
    assert loads.calls == 2  # the run does not fail: it is not cached
    assert chosen.read_text(encoding="utf-8") == "not a directory"
    assert capsys.readouterr().err == (
        f"factcheck: not cached: the cache directory {chosen} cannot be written: it is not "
        f"a directory\n{hint}")
    # a directory that cannot be written in (read-only, or another user's; as root, a
    # read-only directory would still be written)
    chosen.unlink()
    chosen.mkdir()

    def read_only(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(_cache_entries, "tempfile", SimpleNamespace(mkstemp=read_only))
    assert main(["check", str(corpus)]) == 0
    cold = capsys.readouterr()
    assert main(["check", str(corpus)]) == 0
    assert capsys.readouterr() == (cold.out, "")  # said once per process
    assert cold.err == (
        f"factcheck: not cached: the cache directory {chosen} cannot be written: permission "
        f"denied\n{hint}")
    assert list(chosen.iterdir()) == []
    # the pytest plugin collects it for its summary
    with _cache.notices() as said:
        _loader.load(corpus, cache=True)
    assert said == [cold.err.rstrip("\n")]


def test_a_collector_gets_a_notice_said_before_it(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # each notice was said once per process: one already on stderr (another thread's, or
    # an earlier load's where pytest captured it) never reached the plugin's summary
    monkeypatch.setattr(_cache_notices, "_SAID", set())
    worker = threading.Thread(target=_cache_notices.notice, args=("off",))
    worker.start()
    worker.join()
    _cache_notices.notice("off")  # said once on stderr, whichever thread said it
    with _cache.notices() as said:
        _cache_notices.notice("off")
        _cache_notices.notice("off")  # once per block
    with _cache.notices() as again:
        _cache_notices.notice("off")
    assert (said, again) == (["off"], ["off"])
    assert capsys.readouterr().err == "off\n"


def test_two_threads_saying_a_notice_at_once_say_it_once(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # "is it said?" and "it is said" were two steps: two threads could both pass the first
    meeting = threading.Barrier(2, timeout=0.5)

    class Slow(set[str]):
        def __contains__(self, item: object) -> bool:
            found = super().__contains__(item)
            with contextlib.suppress(threading.BrokenBarrierError):
                meeting.wait()  # both threads have looked before either adds, if they can
            return found

    monkeypatch.setattr(_cache_notices, "_SAID", Slow())
    workers = [threading.Thread(target=_cache_notices.notice, args=("off",)) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert capsys.readouterr().err == "off\n"


def test_a_notice_of_another_thread_is_not_collected_but_said(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # the listeners were process-wide: a notice raised by another thread's load while the
    # plugin's notices() was active went into the plugin's list and was never printed
    monkeypatch.setattr(_cache_notices, "_SAID", set())
    with _cache.notices() as said:
        worker = threading.Thread(target=_cache_notices.notice, args=("from another thread",))
        worker.start()
        worker.join()
        _cache_notices.notice("from this thread")
        with _cache.notices() as inner:  # innermost first, as before
            _cache_notices.notice("inner")
    assert said == ["from this thread"]
    assert inner == ["inner"]
    assert capsys.readouterr().err == "from another thread\n"


def test_a_key_that_is_a_dangling_link_is_said_and_nothing_is_made_through_it(
        home: Path, tmp_path: Path, corpus: Path, loads: Counting,
        capsys: pytest.CaptureFixture[str]) -> None:
    # the cache was off without a word: the key could not be opened (no such file), and
    # making one failed (the link is there), twice over
    home.mkdir(parents=True)
    key, nowhere = home / "key", tmp_path / "nowhere"
    key.symlink_to(nowhere)
    _loader.load(corpus, cache=True)
    _loader.load(corpus, cache=True)
    assert loads.calls == 2  # the run does not fail: it is not cached
    assert capsys.readouterr().err == (
        f"factcheck: the cache is off: its key {key} cannot be read: it is a symbolic link "
        f"to {nowhere}, which does not exist\n"
        f"  hint: remove the link (rm {key}); factcheck makes a new key\n")
    assert not nowhere.exists()  # a secret is never written where a link leads
    key.unlink()  # the fix the hint gives
    _loader.load(corpus, cache=True)
    _loader.load(corpus, cache=True)
    assert loads.calls == 3
    assert capsys.readouterr().err == ""


def test_a_key_that_cannot_be_had_for_any_other_reason_is_said(
        home: Path, corpus: Path, loads: Counting, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    # whatever keeps the key from being made and read back, the cache is not off unsaid
    monkeypatch.setattr(_cache_keys, "_make_secret", lambda path, replace=False: None)
    _loader.load(corpus, cache=True)
    assert loads.calls == 1
    key = home / "key"
    assert capsys.readouterr().err == (
        f"factcheck: the cache is off: its key {key} cannot be read: it was gone each time "
        f"it was made\n  hint: make {home} a directory you can write, or set XDG_CACHE_HOME "
        "to one (the key is kept in $XDG_CACHE_HOME/factcheck); --no-cache says not to use "
        "the cache\n")


def test_a_cache_directory_that_is_a_dangling_link_says_so(
        tmp_path: Path, corpus: Path, loads: Counting, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    # it said "cannot be written: file exists", which does not say what is in the way
    monkeypatch.setattr(_cache_notices, "_SAID", set())
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    chosen, nowhere = tmp_path / "chosen", tmp_path / "nowhere"
    chosen.symlink_to(nowhere)
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(chosen))
    _loader.load(corpus, cache=True)
    assert capsys.readouterr().err == (
        f"factcheck: not cached: the cache directory {chosen} cannot be written: it is a "
        f"symbolic link to {nowhere}, which does not exist\n"
        f"  hint: make {chosen} a directory you can write, or set FACTCHECK_CACHE_DIR to "
        "one; --no-cache says not to use the cache\n")
