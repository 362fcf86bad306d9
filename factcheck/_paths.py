"""Finding the YAML files of a corpus, and showing paths in messages.

Kept apart from the loader so that a warm ``factcheck check`` can list and hash its inputs
without importing the loading machinery (see docs/performance.md).
"""

from __future__ import annotations

import errno
import os
import shlex
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path

from ._errors import FactcheckError, InputError, LoadErrors, Location, SourceError, plural

__all__ = ["DEFAULT_CLAIMS", "discover", "display_path", "given_or_default", "not_a_file",
           "paths_location", "refuse_a_missing_directory", "refuse_an_empty_output",
           "refuse_an_output_that_is_no_file", "require_working_directory",
           "unreadable_hint", "write_failed"]

#: What the commands read when no PATH is given.
DEFAULT_CLAIMS = "claims"


def display_path(path: Path) -> str:
    """Show ``path`` relative to the working directory when it is below it, else as given.

    The path shown names the file ``path`` names: messages point at it, article paths are
    made from it, and the cache hashes the articles at those paths. Shortening a path is
    lexical, but a ``..`` after a symbolic link leads to the parent of the link's target,
    not of the link (``link/../a.yaml`` is not ``a.yaml``), so the part of the path up to
    its last ``..`` is resolved first.
    """
    parts = path.parts
    if ".." in parts:
        last = len(parts) - parts[::-1].index("..")
        named = Path(os.path.realpath(Path(*parts[:last]))).joinpath(*parts[last:])
    else:
        named = path
    try:
        relative = Path(os.path.relpath(named))
    except ValueError:  # another drive on Windows
        return path.as_posix()
    return path.as_posix() if relative.parts[:1] == ("..",) else relative.as_posix()


def not_a_file(path: str | os.PathLike[str]) -> str | None:
    """What ``path`` is when it is not a regular file (``"a directory"``, ``"a FIFO"``,
    ...), or ``None`` for a regular file (symbolic links are followed). Asking never opens
    it, so a FIFO or a device cannot block or flood the reader.

    Raises:
        OSError: it does not exist or cannot be looked at (a symbolic link loop, a NUL
            character in the name, which a YAML escape can write: ``file: "a\\0"``).
    """
    if "\0" in os.fspath(path):  # os.stat's "ValueError: embedded null byte"
        raise OSError(errno.EINVAL, "a file name cannot hold a \\0 character", os.fspath(path))
    mode = os.stat(path).st_mode
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a socket" if stat.S_ISSOCK(mode) else "not a regular file"


def unreadable_hint(error: OSError, shown: str) -> str:
    """The hint for a file that exists but cannot be read: a permission to give, or the
    file to look at.

    Args:
        error: what opening or reading it raised.
        shown: the path as the message shows it.
    """
    if error.errno in (errno.EACCES, errno.EPERM):
        return (f"this user may not read it: make it readable (chmod u+r {shlex.quote(shown)}) "
                "or run factcheck as a user who may")
    return f"check the file and the disk it is on (ls -l {shlex.quote(shown)})"


def require_working_directory() -> None:
    """Refuse to run from a directory that was removed: paths are shown, and the cache is
    keyed, relative to it (``load`` raised a bare ``FileNotFoundError`` there, with no
    path, for a corpus named by its absolute path).

    Raises:
        SourceError: the working directory no longer exists.
    """
    try:
        os.getcwd()
    except FileNotFoundError:
        raise SourceError("the current directory no longer exists (it was removed or "
                          "renamed)", location=Location("."),
                          hint="cd to a directory that exists, then run factcheck "
                               "again") from None


def given_or_default(paths: list[str], example: str) -> list[str]:
    """The paths given on the command line, or :data:`DEFAULT_CLAIMS` when there are none.

    ``example`` is the command as the hint shows it, with the path to name
    (``factcheck check path/to/claims/``).

    Raises:
        SourceError: none were given and there is no ``claims`` here: the message says
            that it is the default, which the user did not type.
    """
    if paths:
        return paths
    if not os.path.lexists(DEFAULT_CLAIMS):
        here = os.path.isfile("sources.yaml")  # the corpus is here (the tutorial's reader's)
        raise SourceError(
            f"no such file or directory: no PATH was given, and {DEFAULT_CLAIMS}/ (the "
            "default) is not in the current directory", location=Location(DEFAULT_CLAIMS),
            expected="a claims directory or claims files",
            hint="this directory holds sources.yaml, a corpus: name it, "
                 f"`{example.replace('path/to/claims/', '.')}`" if here else
                 f"name them, e.g. `{example}`, or run factcheck in the directory that "
                 f"holds {DEFAULT_CLAIMS}/")
    return [DEFAULT_CLAIMS]


def refuse_an_empty_output(output: str, what: str, hint: str) -> None:
    """Refuse an output (``-o``) given as ``''`` (an unset variable, ``-o "$OUT"``), which
    would otherwise name no file at all, or stdout.

    Args:
        output: the output file as given.
        what: the output as the message names it (``"the report"``, ``"the output"``).
        hint: how to name one.

    Raises:
        InputError: ``output`` is empty.
    """
    if output:
        return
    raise InputError(f"{what} cannot be written: the path '' given to -o is empty",
                     location=None, expected="a file to write", hint=hint)


def refuse_an_output_that_is_no_file(output: str, example: str, stdout: str = "") -> None:
    """Refuse an output (``-o``) that is a directory, a FIFO or a device, before any work
    is done for it: only a file is replaced.

    Args:
        output: the output file as given.
        example: a file name to suggest in the directory (``conflict-report.md``).
        stdout: how to write to standard output instead, for a FIFO or a device (``-o
            /dev/stdout``), added to the hint; empty where the command cannot.

    Raises:
        SourceError: the output is there and is not a file.
    """
    out = Path(output)
    try:
        kind = not_a_file(out)
    except OSError as error:  # not there yet (or cannot be looked at: writing it says why)
        if error.errno == errno.ELOOP:  # writing it would say so only after all the work
            raise SourceError("the output is a symbolic link that leads back to itself; "
                              "nothing was written", location=Location(out.as_posix()),
                              expected="a file to write",
                              hint="remove the link, or name another file") from None
        return
    if kind is None:
        return
    raise SourceError(f"the output is {kind}, not a file; nothing was written",
                      location=Location(out.as_posix()), expected="a file to write",
                      hint=f"name a file in it, e.g. -o {shlex.quote((out / example).as_posix())}"
                      if kind == "a directory" else
                      f"name a file to write{'; ' + stdout if stdout else ''}")


def refuse_a_missing_directory(output: str, what: str, in_it: str = "") -> None:
    """Refuse an output (``-o``) whose directory does not exist or cannot be written in,
    before any work is done for it.

    Args:
        output: the output file as given.
        what: the output as the message names it (``"the report"``, ``"the output"``).
        in_it: for an output ending in ``/``, a file name to suggest in that directory
            where the name without the ``/`` would be refused too (``-o nodir/`` of a
            report, which needs a suffix: ``conflict-report.md``); empty to suggest
            leaving out the ``/``.

    Raises:
        InputError: the directory does not exist, is not a directory or cannot be
            written in (another user's, read-only), or the output
            ends in ``/`` (a directory) and there is no such directory: ``Path`` drops the
            slash, which would write the file ``r.md`` for ``-o r.md/``.
    """
    if output.endswith(("/", os.sep)) and not os.path.isdir(output):
        named = output.rstrip("/" + os.sep)
        raise InputError(
            f"{what} cannot be written: a path that ends in '/' names a directory, and "
            "there is none", location=Location(output), expected="a file to write",
            hint=f"create it first (mkdir -p {shlex.quote(named)}), and name a file in "
                 f"it: -o {shlex.quote(Path(named, in_it).as_posix())}" if in_it else
                 f"leave out the '/': -o {shlex.quote(named)}")
    folder, through = _output_directory(output)
    if os.path.isdir(folder):  # os.path: False, not OSError, for a name too long
        if not os.access(folder, os.W_OK | os.X_OK):  # the temporary file goes there
            raise _cannot_write_in(
                output, what, folder.as_posix() + through,
                hint=f"write {what} elsewhere, or make {shlex.quote(folder.as_posix())} "
                     "writable")
        return
    cannot = _cannot_look_at(folder)
    if cannot is not None:  # a name too long, a directory on the way that cannot be read
        raise InputError(
            f"{what} cannot be written: its directory cannot be used: {cannot}",
            location=Location(output), found=folder.as_posix() + through,
            expected="an existing directory", hint=f"write {what} elsewhere")
    if not os.path.exists(folder):
        raise InputError(
            f"{what} cannot be written: its directory does not exist",
            location=Location(output), found=folder.as_posix() + through,
            expected="an existing directory",
            hint=f"create it first (mkdir -p {shlex.quote(folder.as_posix())}), or write "
                 f"{what} elsewhere")
    # a file where the directory should be: mkdir -p would fail on it
    raise InputError(
        f"{what} cannot be written: {folder.as_posix()}{through} is not a directory",
        location=Location(output), expected="an existing directory",
        found="a file" if os.path.isfile(folder) else "not a directory",
        hint=f"write {what} elsewhere: {folder.as_posix()} is in the way of a "
             "directory of that name")


def _output_directory(output: str) -> tuple[Path, str]:
    """The directory an output (``-o``) is written in, and how the message says where it
    comes from: a symbolic link is written through (write_atomic), into its target's
    directory (``" (where the symbolic link r.md leads)"``; else ``""``)."""
    if os.path.islink(output):
        return (Path(display_path(Path(os.path.realpath(output)).parent)),
                f" (where the symbolic link {Path(output).as_posix()} leads)")
    return Path(output).parent, ""


def _cannot_write_in(output: str, what: str, found: str, hint: str) -> InputError:
    return InputError(f"{what} cannot be written: its directory cannot be written in",
                      location=Location(output), found=found,
                      expected="a directory you can write in", hint=hint)


def write_failed(output: str, what: str, error: OSError) -> FactcheckError:
    """The error for an output (``-o``) that could not be written after
    :func:`refuse_a_missing_directory` let it pass, located and hinted as that one's are.

    ``/proc/x`` as root: ``os.access`` says anything may be written, and making the file
    fails (``No such file or directory``, of a directory that is there).

    Args:
        output: the output file as given.
        what: the output as the message names it (``"the report"``, ``"the output"``).
        error: what writing it raised.
    """
    reason = error.strerror or str(error)
    if error.errno == errno.EILSEQ:  # the text a file name brought: its message says the fix
        return SourceError(f"{what} cannot be written: {reason}", location=Location(output))
    folder, through = _output_directory(output)
    if error.errno in _REFUSED and os.path.isdir(folder):
        return _cannot_write_in(
            output, what, f"{folder.as_posix()}{through}, where making a file failed: "
                          f"{reason.lower()}", hint=f"write {what} elsewhere")
    full = error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    return SourceError(f"{what} cannot be written: {reason.lower()}",
                       location=Location(output),
                       hint=f"{'free some space on its disk, or ' if full else ''}"
                            f"write {what} elsewhere")


#: What making a file in a directory that is there says when the directory takes none.
_REFUSED = (errno.ENOENT, errno.EACCES, errno.EPERM, errno.EROFS)


def paths_location(paths: Sequence[str | os.PathLike[str]]) -> Location:
    """The location of an error about the paths given, taken together: the one path as
    given, or each of several quoted as a shell would take it (``'a', 'b'``), which
    joined by spaces read as one path (``a b``)."""
    if len(paths) == 1:
        return Location(os.fspath(paths[0]))
    return Location(", ".join(_quoted(os.fspath(path)) for path in paths))


def _quoted(path: str) -> str:
    quoted = shlex.quote(path)
    return quoted if quoted != path else f"'{path}'"


def require_claims(claims: int, paths: Sequence[str | os.PathLike[str]], example: str) -> None:
    """Refuse a corpus without claims: a run that checked nothing must not pass.

    ``example`` is the command as the hint shows it (:func:`given_or_default`); where the
    paths are files of a corpus directory (one that holds ``sources.yaml``) that holds
    other YAML files (``sources.yaml`` given alone), its ``path/to/claims/`` is that
    directory.

    Raises:
        InputError: ``claims`` is 0.
    """
    if claims:
        return
    files = discover(paths)  # the refusal only: the run is over anyway
    folder = _corpus_directory(paths, files)
    if folder is not None:  # quoted as the example's language takes it: `check 'my c/'`
        example = (example.replace("'path/to/claims/'", repr(folder))
                   if "'path/to/claims/'" in example
                   else example.replace("path/to/claims/", shlex.quote(folder)))
    raise InputError(
        "no claims here, so there is nothing to check", location=paths_location(paths),
        expected="claims files, each with a claims: list",
        found=f"0 claims in {plural(len(files), 'YAML file')}",
        hint=f"give the directory that holds the claims files (`{example}`), or start "
             "some with `factcheck extract ARTICLE --format yaml`; a claims: list that is "
             "empty, as in a new file, holds none")


def require_findings(findings: int, claims: int,
                     paths: Sequence[str | os.PathLike[str]]) -> None:
    """Refuse a corpus whose claims gave no finding at all (one claim, with nothing to
    compare it with and no check): nothing was checked, so the run must not pass.

    Raises:
        InputError: ``claims`` gave no finding.
    """
    if findings or not claims:
        return
    raise InputError(
        "no claim here is compared with anything, so nothing was checked",
        location=paths_location(paths),
        expected="claims that a check compares: two of one entity and metric with "
                 "overlapping as_of periods, one of a cumulative metric, or one that a "
                 "declared check names",
        found=f"{plural(claims, 'claim')} and 0 findings",
        hint="declare a check that names them (see docs/checks.md), or add the claims "
             "they are to agree with")


def _corpus_directory(paths: Sequence[str | os.PathLike[str]],
                      files: list[Path]) -> str | None:
    """The directory to give instead of ``paths``, shown as a hint writes it (``claims/``),
    when they are files (no directory) of a corpus directory that holds YAML files they
    leave out: the first's own directory, or the one above it (``claims/articles/x.yaml``),
    that holds ``sources.yaml``. None where there is none, or no other file to load (a
    directory without it, a home directory say, is not searched)."""
    given = [Path(path) for path in paths]
    if not given or not all(path.is_file() for path in given):
        return None  # a directory given whole: the one to give is not known
    return corpus_left_out(given[0], files)


def corpus_left_out(first: Path, files: Sequence[Path]) -> str | None:
    """The corpus directory of which ``files`` are only part, shown as a hint writes it
    (``claims/``): ``first``'s own directory, or the one above it
    (``claims/articles/x.yaml``), that holds ``sources.yaml`` and YAML files that ``files``
    leave out. None where there is none, or it holds no other file to load."""
    parent = first.absolute().parent
    folder = next((above for above in (parent, parent.parent)
                   if (above / "sources.yaml").is_file()), None)
    if folder is None:
        return None
    try:
        there = discover([folder])
    except (SourceError, LoadErrors):
        return None
    loaded = {path.resolve() for path in files}
    if all(path.resolve() in loaded for path in there):
        return None
    shown = display_path(folder)
    return shown if shown == "." or shown.endswith("/") else f"{shown}/"


def discover(paths: Iterable[str | os.PathLike[str]], *,
             example: str = "factcheck check claims/") -> list[Path]:
    """List the YAML files under ``paths``, sorted, skipping hidden directories.

    ``example`` is the command the hints name, run on a directory of claims: the command
    that was run (:func:`given_or_default`'s), so that ``factcheck report`` is not told to
    run ``factcheck check``.

    Raises:
        SourceError: a path does not exist, a file is not named ``*.yaml`` or ``*.yml``,
            or no YAML file was found.
        LoadErrors: several paths are wrong (each one is said).
    """
    found: dict[Path, Path] = {}  # by real path: overlapping arguments name a file once
    wrong: list[SourceError] = []
    given = list(paths)
    if not given:
        raise SourceError("no path given", location=None,
                          expected="one or more claims files or directories",
                          hint="pass a path, e.g. 'claims/' ('.' for the current directory)")
    for raw in given:
        if not isinstance(raw, (str, os.PathLike)):
            raise TypeError(f"a path must be str or os.PathLike, not {type(raw).__name__}")
        path = Path(raw)
        if not os.fspath(raw):  # Path("") is ".": an unset variable would read the cwd
            wrong.append(SourceError(
                "the path '' is empty", location=None, expected="a claims file or directory",
                hint="pass '.' to mean the current directory"))
        elif os.path.isdir(path):  # os.path: False, not OSError, for a name too long
            before = len(wrong)
            inside = _yaml_files(path, wrong)
            if not inside and len(wrong) == before:
                wrong.append(SourceError(
                    "no claims files found in this directory",
                    location=Location(display_path(path)),
                    expected="one or more *.yaml files",
                    hint=f"point factcheck at a directory of claims, e.g. `{example}`",
                ))
            for item in inside:
                found.setdefault(item.resolve(), item)
        elif os.path.isfile(path) and path.name.lower().endswith(_YAML) and \
                not path.name.endswith(_YAML):
            wrong.append(_upper_case_suffix(path))
        elif os.path.isfile(path) and not path.name.endswith(_YAML):
            # an article given as claims was parsed as YAML: "mapping values are not
            # allowed here" at its first colon, with nothing to say it is not a claims file
            suffix = path.suffix.lower()
            wrong.append(SourceError(
                "not a claims file: factcheck reads claims from *.yaml and *.yml files",
                location=Location(display_path(path)),
                found=f"a {suffix} file" if suffix else "a name without .yaml",
                hint="an article is listed under sources: in a YAML file (file: its path "
                     "from there) and read from there: pass the YAML files or their "
                     f"directory (e.g. `{example}`); to list an article's numbers, use "
                     "`factcheck extract`"))
        elif os.path.isfile(path):
            found.setdefault(path.resolve(), path)
        elif "\n" in os.fspath(raw):  # "$(ls)" in quotes, a line of a file with its end
            wrong.append(SourceError(
                _missing(path), location=Location(path.as_posix().replace("\n", "\\n")),
                hint="the path holds a line break: give each path as an argument of its own "
                     "(\"$(...)\" in quotes is one argument), without the line end of a line "
                     "read from a file"))
        else:
            wrong.append(SourceError(
                _missing(path),
                location=Location(path.as_posix()),
                hint="check the path; factcheck reads claims from *.yaml files",
            ))
    if len(wrong) == 1:
        raise wrong[0]
    if wrong:
        raise LoadErrors(list(wrong))
    return sorted(found.values(), key=lambda p: p.as_posix())


_YAML = (".yaml", ".yml")


def _yaml_files(root: Path, wrong: list[SourceError]) -> list[Path]:
    """The ``*.yaml`` and ``*.yml`` files under ``root``, outside hidden directories.

    A symbolic link to a directory is followed (once: a link back up is not a loop), as a
    link to a file is. A name ending in ``.yaml`` that is not a readable regular file (a
    dangling link, a link loop, a FIFO, a directory) and a directory that cannot be read
    are errors in ``wrong``: their claims would otherwise be left out without a word.
    """
    found: list[Path] = []
    seen: set[str] = set()

    def unreadable(error: OSError) -> None:
        wrong.append(SourceError(
            f"cannot read this directory: {(error.strerror or str(error)).lower()}",
            location=Location(display_path(Path(error.filename or root))),
            hint="make it readable, or move it out of the claims directory"))

    for top, dirs, files in os.walk(root, onerror=unreadable, followlinks=True):
        real = os.path.realpath(top)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or not name.lower().endswith(_YAML):
                continue
            item = Path(top, name)
            if not name.endswith(_YAML):  # left out without a word, it hid its claims
                wrong.append(_upper_case_suffix(item))
                continue
            try:
                kind = not_a_file(item)
            except OSError as error:
                kind = (error.strerror or "cannot be read").lower()
            if kind is None:
                found.append(item)
            else:
                wrong.append(SourceError(
                    f"{kind}, not a claims file" if kind.startswith("a") else
                    f"cannot be read: {kind}",
                    location=Location(display_path(item)),
                    hint="fix or remove it: its claims are not loaded"))
    return found


def _upper_case_suffix(path: Path) -> SourceError:
    """``a.YAML``: factcheck reads ``*.yaml`` and ``*.yml`` only, in lower case."""
    return SourceError(
        "not read as a claims file: factcheck reads *.yaml and *.yml files, in lower case",
        location=Location(display_path(path)), found=f"a {path.suffix} file",
        hint=f"rename it to {path.stem}{path.suffix.lower()}")


def _cannot_look_at(path: Path) -> str | None:
    """Why ``path`` cannot be looked at (``"file name too long"``), or ``None`` when it is
    there or simply missing (nothing, or a file, where a directory on the way should be)."""
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as error:
        return (error.strerror or str(error)).lower()
    return None


def _missing(path: Path) -> str:
    """Why ``path`` is neither a claims file nor a directory of them."""
    try:
        kind = not_a_file(path)
    except OSError as error:
        return (error.strerror or "no such file or directory").lower()
    return f"is {kind}, not a claims file or directory"
