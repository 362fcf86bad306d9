"""The extractor's work grows linearly with the text, however long its runs of numerals.

Long runs of digits or of Chinese numerals once took the square of their length: the
identifier pattern ``[0-9]+强`` was tried at every digit and read to the end of the run
each time, a comma-grouped number was read again from every group, and the numeral scan
parsed every prefix of a run. A timed test would be flaky, so the work is counted:

* every line of factcheck's own code that runs is counted (``sys.settrace``), and
* every compiled regular expression of the scanning modules is replaced by a proxy that
  charges each attempt with the characters it can read: from where it starts, as far as
  the pattern's unbounded repeats (``[0-9]+``) could go on, plus what its bounded parts
  read. (The few ``re.search`` calls inside functions read a slice of one mention.)

The charge is an upper bound taken from the shape of the pattern, not a measurement, so a
pattern that reads to the end of a run from every offset of the run costs the square of
the run's length here as it does in the regex engine. A text twice as long must cost at
most 2.2 times as much. The other tests check that the linear scans find what the
simple ones (the whole pattern at every offset, every prefix of a run) find.
"""

from __future__ import annotations

import bisect
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from re import _constants as sre
from re import _parser
from types import FrameType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import (
    _dates,
    _extract,
    _extract_dates,
    _extract_figures,
    _extract_lexicon,
    _extract_state,
    _extract_units,
    _extract_view,
    _numbers,
    _numerals,
    _quotes,
)
from factcheck._extract import extract
from factcheck._extract_lexicon import IDENTIFIER_RE, identifier_spans
from factcheck._lines import line_bounds, line_col
from factcheck._numerals import MAX_NUMERAL_CHARS, Numeral, scan_numeral

EXAMPLES = int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
SCANNING_MODULES = (_extract, _extract_dates, _extract_figures, _extract_state, _extract_units,
                    _extract_lexicon, _extract_view, _numerals, _numbers, _dates, _quotes)
PACKAGE = str(Path(factcheck.__file__).parent)

# Code point ranges; None stands for any character.
Chars = frozenset[tuple[int, int]] | None
NONE: Chars = frozenset()


# --- the shape of a pattern ------------------------------------------------------------------

def _union(a: Chars, b: Chars) -> Chars:
    return None if a is None or b is None else a | b


def _shape(items: Any, groups: list[Any]) -> tuple[int, Chars, Chars]:
    """(characters read outside unbounded repeats, characters those repeats may consume,
    characters the items may consume) of a parsed pattern."""
    bounded, free, consumed = 0, NONE, NONE
    for op, av in items:
        width, more_free, more_consumed = _item(op, av, groups)
        bounded += width
        free = _union(free, more_free)
        consumed = _union(consumed, more_consumed)
    return bounded, free, consumed


def _item(op: Any, av: Any, groups: list[Any]) -> tuple[int, Chars, Chars]:
    if op is sre.LITERAL:
        return 1, NONE, frozenset({(av, av)})
    if op in (sre.NOT_LITERAL, sre.ANY):
        return 1, NONE, None
    if op is sre.IN:
        return 1, NONE, _char_class(av)
    if op is sre.AT:
        return 0, NONE, NONE
    if op is sre.BRANCH:
        shapes = [_shape(branch, groups) for branch in av[1]]
        free, consumed = NONE, NONE
        for _, more_free, more_consumed in shapes:
            free, consumed = _union(free, more_free), _union(consumed, more_consumed)
        return max(width for width, _, _ in shapes), free, consumed
    if op is sre.SUBPATTERN:
        return _shape(av[3], groups)
    if op is sre.ATOMIC_GROUP:
        return _shape(av, groups)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        _, high, body = av
        width, free, consumed = _shape(body, groups)
        if high == sre.MAXREPEAT:  # its lookarounds may read once past the run: `width`
            return width, _union(free, consumed), consumed
        return high * width, free, consumed
    if op in (sre.ASSERT, sre.ASSERT_NOT):  # reads without consuming
        width, free, _ = _shape(av[1], groups)
        return width, free, NONE
    if op is sre.GROUPREF:
        high = groups[av][1]
        return (high, NONE, None) if high < sre.MAXREPEAT else (0, None, None)
    raise AssertionError(f"no shape for {op} in a scanning pattern")


def _char_class(items: Any) -> Chars:
    chars: set[tuple[int, int]] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add((av, av))
        elif op is sre.RANGE:
            chars.add(av)
        else:  # NEGATE, CATEGORY (\d, \s): any character, to be safe
            return None
    return frozenset(chars)


# --- the meter -------------------------------------------------------------------------------

class Meter:
    """Counts the lines of factcheck code that run and the characters regexes can read."""

    def __init__(self) -> None:
        self.work = 0
        self._stops: dict[tuple[Chars, str], list[int]] = {}

    def reach(self, s: str, at: int, endpos: int, bounded: int, free: Chars) -> int:
        """Characters an attempt at ``at`` can read: up to the ``bounded + 1``-th character
        at or after it that no unbounded repeat can consume, the window's end at most."""
        end = min(endpos, len(s))
        if at >= end:
            return 1
        if free is None:
            return end - at + 1
        if not free:
            return min(end, at + bounded) - at + 1
        stops = self._stops.get((free, s))
        if stops is None:
            inside = {c for c in set(s) if any(lo <= ord(c) <= hi for lo, hi in free)}
            stops = self._stops[free, s] = [i for i, c in enumerate(s) if c not in inside]
        k = bisect.bisect_left(stops, at) + bounded
        return min(end, stops[k] if k < len(stops) else len(s)) - at + 1

    def measure(self, text: str) -> int:
        """The work of ``extract(text)``."""
        self.work = 0
        previous = sys.gettrace()
        sys.settrace(self._call)
        try:
            extract(text)
        finally:
            sys.settrace(previous)
        return self.work

    def _call(self, frame: FrameType, event: str, arg: object) -> Callable[..., Any] | None:
        return self._line if frame.f_code.co_filename.startswith(PACKAGE) else None

    def _line(self, frame: FrameType, event: str, arg: object) -> Callable[..., Any]:
        if event == "line":
            self.work += 1
        return self._line


class Charged:
    """A compiled pattern whose attempts charge the meter what they can read."""

    def __init__(self, pattern: re.Pattern[str], meter: Meter) -> None:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        self._pattern = pattern
        self._meter = meter
        self._bounded, self._free, _ = _shape(parsed, parsed.state.groupwidths)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)

    def _charge(self, s: str, first: int, last: int, endpos: int) -> None:
        for at in range(first, min(last, len(s)) + 1):
            self._meter.work += self._meter.reach(s, at, endpos, self._bounded, self._free)

    def match(self, s: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self._meter.work += self._meter.reach(s, pos, endpos, self._bounded, self._free)
        return self._pattern.match(s, pos, endpos)

    def fullmatch(self, s: str, pos: int = 0,
                  endpos: int = sys.maxsize) -> re.Match[str] | None:
        self._meter.work += self._meter.reach(s, pos, endpos, self._bounded, self._free)
        return self._pattern.fullmatch(s, pos, endpos)

    def search(self, s: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        found = self._pattern.search(s, pos, endpos)
        self._charge(s, pos, found.start() if found else endpos, endpos)
        return found

    def finditer(self, s: str, pos: int = 0,
                 endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        at = pos
        for found in self._pattern.finditer(s, pos, endpos):
            self._charge(s, at, found.start(), endpos)
            at = found.end()
            yield found
        self._charge(s, at, endpos, endpos)


@pytest.fixture
def meter(monkeypatch: pytest.MonkeyPatch) -> Meter:
    """A meter, with every module-level pattern of the scanning modules charged to it."""
    counting = Meter()
    proxies: dict[int, Charged] = {}

    def charged(value: Any) -> Any:
        if isinstance(value, re.Pattern):
            return proxies.setdefault(id(value), Charged(value, counting))
        if isinstance(value, tuple):  # DATE_PATTERNS: (name, pattern) pairs
            parts = tuple(charged(part) for part in value)
            return value if all(a is b for a, b in zip(parts, value, strict=True)) else parts
        return value

    for module in SCANNING_MODULES:
        for name, value in list(vars(module).items()):
            if (replaced := charged(value)) is not value:
                monkeypatch.setattr(module, name, replaced)
    return counting


# name: (the text of length about n, n); a number in comma groups is read in a window
# of about 1,350 characters from every group, so its n is far longer than that window
LONG_RUNS: dict[str, tuple[Callable[[int], str], int]] = {
    "digits": (lambda n: "1" * n, 4000),
    "一": (lambda n: "一" * n, 4000),
    "numerals": (lambda n: "一二三四五六七八九十" * (n // 10), 4000),
    "十四五 words": (lambda n: "十一五一" * (n // 4), 4000),
    "comma groups": (lambda n: "1" + ",000" * (n // 4), 12_000),
    "many figures": (lambda n: "近3000公里，增长6.5%。" * (n // 14), 1400),
}


@pytest.mark.parametrize("name", sorted(LONG_RUNS))
def test_work_grows_linearly_with_a_long_run(meter: Meter, name: str) -> None:
    make, n = LONG_RUNS[name]
    extract(make(2 * n))  # fill the folding caches first
    small, large = meter.measure(make(n)), meter.measure(make(2 * n))
    assert large <= 2.2 * small, (small, large)


@pytest.mark.parametrize("unit", ["零", "〇", "一", "十一", "一二十", "一二点一十"])
def test_work_grows_linearly_within_the_longest_numeral(meter: Meter, unit: str) -> None:
    # runs a numeral scan reads whole (at most MAX_NUMERAL_CHARS): prefixes that fail
    n = MAX_NUMERAL_CHARS // 3 // len(unit)
    extract("x" + unit * 2 * n)
    small, large = meter.measure("x" + unit * n), meter.measure("x" + unit * 2 * n)
    assert large <= 2.2 * small, (small, large)


def test_the_meter_sees_a_pattern_read_to_the_end_of_a_run(meter: Meter) -> None:
    quadratic = Charged(re.compile(r"[0-9]+强"), meter)
    for n in (1000, 2000):
        meter.work = 0
        assert list(quadratic.finditer("1" * n)) == []
        assert meter.work == sum(n - at + 1 for at in range(n + 1))


# --- the linear scans find what the simple ones find ------------------------------------------

_PIECES = ["0", "1", "5", "12", ",000", ".", "5万", "千", "百分", "x", "强", "大", "年", "个",
           "G", "AB", "十", "一", "二", "四", "五", "九", "百", "零", "〇", "两", "万", "亿",
           "点", "點", "十四五", "十九大", "二十大", "一万二千", "三千五"]
few_pieces = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)
runs_of_pieces = st.lists(
    st.tuples(st.sampled_from(_PIECES), st.integers(1, 400) | st.integers(1, 3)), max_size=5,
).map(lambda parts: "".join(piece * k for piece, k in parts))


@FUZZ
@given(few_pieces | runs_of_pieces)
def test_identifier_spans_are_the_pattern_tried_everywhere(text: str) -> None:
    assert list(identifier_spans(text)) == [m.span() for m in IDENTIFIER_RE.finditer(text)]


def _scan_every_prefix(s: str, pos: int, signed: bool) -> Numeral | None:
    """scan_numeral as it was: the whole Arabic match (and a compound's tail, 2亿5000万),
    then every prefix of the run."""
    m = _numerals._ARABIC_RE.match(s, pos)
    if m is not None and (signed or not m.group("sign")):
        if len(m.group("int")) + len(m.group("frac") or "") > MAX_NUMERAL_CHARS:
            return None
        return _numerals._arabic_compound(s, m, _numerals._arabic(m))
    run = _numerals._CN_RUN_RE.match(s, pos)
    if run is None:
        return None
    for end in range(min(run.end(), pos + MAX_NUMERAL_CHARS), pos, -1):
        found = _numerals._chinese(s[pos:end], end)
        if found is not None:
            return found
    return None


@FUZZ
@given(st.sampled_from(["", "-", "−"]).flatmap(lambda sign: (few_pieces | runs_of_pieces)
                                              .map(lambda text: sign + text)), st.data())
def test_scan_numeral_finds_the_longest_prefix_that_reads(text: str, data: st.DataObject) -> None:
    signed = data.draw(st.booleans())
    for pos in {0, data.draw(st.integers(0, max(0, len(text) - 1)))}:
        assert scan_numeral(text, pos, signed=signed) == _scan_every_prefix(text, pos, signed)


@pytest.mark.parametrize("text", [
    "1" + ",000" * k + tail for k in (249, 250, 333, 334, 335, 400, 1000)
    for tail in ("", "1", ",00", ".5", "万", "百分")
] + ["1" * k + tail for k in (999, 1000, 1001, 1400) for tail in ("", ".5", "万")]
  + ["1." + "5" * k for k in (998, 999, 1400)])
def test_long_arabic_numerals_read_as_in_the_whole_text(text: str) -> None:
    for pos in (0, 1, 2):
        assert scan_numeral(text, pos) == _scan_every_prefix(text, pos, False)


@FUZZ
@given(st.text(alphabet=st.sampled_from("ab\n\r一"), max_size=20), st.data())
def test_line_lookups_agree_with_counting(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    breaks = [(m.start(), m.end()) for m in re.finditer("\r\n|\r|\n", text)]  # YAML's three
    before = [b_end for _, b_end in breaks if b_end <= start]
    line_start = before[-1] if before else 0
    assert line_col(text, start) == (len(before) + 1, start - line_start + 1)
    after = [b_start for b_start, b_end in breaks if b_end > end]
    assert line_bounds(text, start, end) == (line_start, after[0] if after else len(text))
