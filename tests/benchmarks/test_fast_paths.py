"""Each fast path of the performance work gives exactly what the slow path it replaced gives."""

from __future__ import annotations

import json
import math
import re
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import _extract_render, _unit_display, _units
from factcheck._extract import extract
from factcheck._extract_render import _scalar
from factcheck._interval import format_exact, format_ratio
from factcheck._jsontext import byte_pieces, encoded, indented, pieces
from factcheck._marks import event_marks
from factcheck._quotes import (
    PINYIN,
    NormalText,
    QuoteIndex,
    _fold_char,
    find_all,
    find_within,
    fold,
    fold_text,
    normalise,
)
from factcheck._yaml import _compose_with_marks, id_lines, parse_document

# no floats: factcheck's JSON has none (exact values are strings), and orjson writes
# exponents and NaN differently from json (see factcheck/_jsontext.py)
json_scalars = (st.none() | st.booleans() | st.integers() | st.text())
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.lists(inner, max_size=3).map(tuple)
    | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=30,
)


def reference_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)


@settings(max_examples=400, deadline=None)
@given(json_values)
def test_indented_json_is_json_dumps(value: Any) -> None:
    assert indented(value) == reference_json(value)
    assert "".join(pieces(value)) == reference_json(value)
    expected = reference_json(value).encode("utf-8", "surrogateescape")
    assert encoded(value) == expected
    assert b"".join(byte_pieces(value)) == expected


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(max_size=5), st.lists(json_values, max_size=4) | json_values,
                       max_size=4))
def test_json_pieces_of_a_run_shaped_mapping_join_to_json_dumps(value: dict[str, Any]) -> None:
    assert "".join(pieces(value)) == reference_json(value)
    assert b"".join(byte_pieces(value)) == reference_json(value).encode(
        "utf-8", "surrogateescape")


@pytest.mark.parametrize("per_piece", [1, 2, 3])
@settings(max_examples=100, deadline=None)
@given(items=st.lists(json_values, max_size=8))
def test_json_pieces_split_a_list_into_runs_that_join_to_json_dumps(
        per_piece: int, items: list[Any]) -> None:
    from factcheck import _jsontext

    value = {"claims": items, "findings": [{"n": n} for n in range(len(items))], "v": 1}
    previous, _jsontext.ITEMS_PER_PIECE = _jsontext.ITEMS_PER_PIECE, per_piece
    try:
        text = list(pieces(value))
        data = list(byte_pieces(value))
    finally:
        _jsontext.ITEMS_PER_PIECE = previous
    assert "".join(text) == reference_json(value)
    assert [piece.encode() for piece in text] == data
    runs = -(-len(items) // per_piece)
    # per list: its head, its runs and its end (or one piece when empty); "v"; the final "}"
    assert len(text) == 2 * (2 + runs if items else 1) + 1 + 1


def test_a_long_list_is_written_in_runs() -> None:
    from factcheck._jsontext import ITEMS_PER_PIECE

    value = {"claims": [{"id": f"c{n}", "note": "a\nb", "n": [n, None]}
                        for n in range(2 * ITEMS_PER_PIECE + 1)]}
    text = list(pieces(value))
    assert "".join(text) == reference_json(value)
    assert len(text) == 1 + 3 + 1 + 1  # '{ "claims": [', three runs, "]", "}"


def test_unusual_values_fall_back_to_json_dumps() -> None:
    class Word(str):
        pass

    value = {"a": [Word("x"), {"b": "\ud800"}], "c": (1, 2), "d": 10**40, "e": -(2**64)}
    assert indented(value) == reference_json(value)
    assert "".join(pieces(value)) == reference_json(value)
    value["a"] = [Word("x"), {"b": "\udc80"}]  # a surrogate that UTF-8 can carry escaped
    assert b"".join(byte_pieces(value, "surrogateescape")) == reference_json(value).encode(
        "utf-8", "surrogateescape")  # as a stream with that handler writes the text
    assert b"".join(byte_pieces(value, "backslashreplace")) == reference_json(value).encode(
        "utf-8", "backslashreplace")
    with pytest.raises(UnicodeEncodeError):  # as writing it to a UTF-8 stream would
        encoded({"b": "\ud800"})
    assert indented({1: "a"}) == reference_json({1: "a"})
    with pytest.raises(TypeError):
        indented({"a": {1, 2}})  # as json.dumps raises


def test_a_whole_run_is_json_dumps() -> None:
    from factcheck import check, load
    from factcheck._json import dump_byte_pieces, dump_pieces, dumps, run_json

    root = Path(__file__).resolve().parents[2] / "claims"
    corpus = load(root)
    data = run_json(corpus, check(corpus))
    assert dumps(data) == reference_json(data) + "\n"
    assert "".join(dump_pieces(data)) == reference_json(data) + "\n"
    assert b"".join(dump_byte_pieces(data)) == (reference_json(data) + "\n").encode()
    # and it holds no float, which is what makes orjson's text json's text
    stack: list[Any] = [data]
    while stack:
        item = stack.pop()
        assert type(item) is not float
        stack.extend(item.values() if isinstance(item, dict) else
                     item if isinstance(item, list) else [])


def reference_normalise(text: str) -> NormalText:
    """normalise() as it was: one character at a time."""
    drop = [False] * len(text)
    for match in PINYIN.finditer(text):
        for i in range(match.start(), match.end()):
            drop[i] = True
    chars, offsets = [], []
    for i, ch in enumerate(text):
        if drop[i] or ch.isspace():
            continue
        chars.append(_fold_char(ch))
        offsets.append(i)
    return NormalText("".join(chars), tuple(offsets))


quote_text = st.lists(
    st.sampled_from(["產", "业", "業", "億", "亿", "元", "(chǎn)", "(yè)", "(x)", "()", "(",
                     ")", " ", "\u3000", "\n", "\t", "\xa0", "２", "9", "a", "Ａ", "，", "?!",
                     "𠀀", "鄙钲冢"]) | st.text(max_size=3),
    max_size=25,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(quote_text)
def test_normalise_is_the_character_by_character_fold(text: str) -> None:
    reference = reference_normalise(text)
    assert normalise(text) == reference
    assert fold_text(text) == fold(text) == reference.text


@settings(max_examples=500, deadline=None)
@given(quote_text, quote_text, st.sampled_from(["9", "亿", "業", "２", "產业", "(yè)", "?!"]))
def test_finding_a_figure_in_the_normalised_source_is_normalising_the_quote(
        before: str, quote: str, figure: str) -> None:
    """_read_claim looks for the figure inside the quote's part of the normalised source;
    it used to normalise the quote's slice of the original and look there."""
    source = before + quote + "。"
    normal = normalise(source)
    spans = find_all(normal, quote)
    if not spans:
        return
    start, end = spans[0]
    inside = normalise(source[start:end])
    expected = [(start + a, start + b) for a, b in find_all(inside, figure)]
    assert find_within(normal, start, end, figure) == expected


yaml_keys = st.sampled_from(["id", "quote", "value", "1", "yes", "a b", "x:y", "值", "~"])
yaml_data = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.text(max_size=8)
    | st.sampled_from(["293.9亿元", "2017-11-28", "0x1f", "1e5", "yes", "null", "- x", ""]),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(yaml_keys | st.integers(0, 3), inner, max_size=3),
    max_leaves=15,
)


@settings(max_examples=300, deadline=None)
@given(yaml_data, st.sampled_from([None, False, True]), st.sampled_from([None, '"', "'"]))
def test_event_marks_are_the_composer_marks(data: Any, flow: bool | None,
                                            style: str | None) -> None:
    text = yaml.safe_dump(data, allow_unicode=True, default_flow_style=flow,
                          default_style=style, width=30)
    if any(ch in text for ch in "!&*"):  # such files never take the fast path
        return
    assert event_marks(text) == _compose_with_marks("f.yaml", text)[1]


def test_event_marks_of_hand_written_yaml() -> None:
    text = """\
# a comment
sources:
  - id: a   # trailing comment
    title: >-
      folded
      text
    lines: [1, 2]
    nested: {k: v, "q": 'w'}
  -
    id: b
claims:
- id: c
  quote: 总投资额达293.9亿元
  ? explicit
  : key
empty:
"""
    assert event_marks(text) == _compose_with_marks("f.yaml", text)[1]
    assert event_marks("") == _compose_with_marks("f.yaml", "")[1] == {}
    assert event_marks("a: [1\n") is None  # libyaml refuses it: the caller composes
    assert event_marks("---\na: 1\n---\nb: 2\n") is None  # the fast path reads one document


_IDS = st.sampled_from(["a", "b", "total", "total2"])


@st.composite
def _entry_texts(draw: st.DrawFn) -> str:
    """One list entry with an id, written in one of the ways that can mislead a line scan."""
    item_id, other = draw(_IDS), draw(_IDS)
    return draw(st.sampled_from([
        f"  - id: {item_id}\n    value: 1\n",
        f"  - value: 1\n    id: {item_id}\n",  # not the first key
        f"  - id: {item_id}\n    note: |\n      see\n      id: {other}\n",  # in a note
        f"  - id: {item_id}\n    note: \"see\n      id: {other}\"\n",
        f"  - {{id: {item_id}, value: 1}}\n",  # flow style
        f"  - \"id\": {item_id}\n",  # a quoted key
        f"  - id: '{item_id}'  # comment\n",
        f"  - id: {item_id}\n    sub:\n      - id: {other}\n",  # an id below an entry
    ]))


@st.composite
def _documents_with_ids(draw: st.DrawFn) -> str:
    sections = draw(st.lists(st.sampled_from(["entities", "claims", "checks"]), min_size=1,
                             max_size=3, unique=True))
    return "".join(section + ":\n" + "".join(draw(st.lists(_entry_texts(), min_size=1,
                                                              max_size=4)))
                   for section in sections)


@settings(max_examples=300, deadline=None)
@given(_documents_with_ids(), st.booleans())
def test_locate_id_is_where_the_marks_put_the_id_key(text: str, crlf: bool) -> None:
    if crlf:
        text = text.replace("\n", "\r\n")
    doc = parse_document("f.yaml", text)
    exact = parse_document("f.yaml", text)
    for section, entries in doc.data.items():
        for index, entry in enumerate(entries):
            keypath = (section, index)
            assert doc.locate_id(entry["id"], keypath) == exact.locate((*keypath, "id"))


_ID_LINE = re.compile(r"^[ \t]*(?:-[ \t]+)?(id):", re.MULTILINE)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \t-\n\rid:x#'\"", max_size=60))
def test_id_lines_are_the_multiline_regex(text: str) -> None:
    assert id_lines(text) == [(m.start(), m.start(1)) for m in _ID_LINE.finditer(text)]


def test_id_lines_of_the_bundled_claims() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).resolve().parents[2] / "claims").rglob("*.yaml"))]
    assert sum(len(id_lines(t)) for t in texts) > 100
    for text in texts:
        assert id_lines(text) == [(m.start(), m.start(1)) for m in _ID_LINE.finditer(text)]


@given(st.integers(), st.integers().filter(bool))
def test_format_ratio_is_format_exact_of_the_fraction(numerator: int, denominator: int) -> None:
    assert format_ratio(numerator, denominator) == format_exact(Fraction(numerator, denominator))


def _size_of(word: str) -> Fraction:
    """A display word's size in base units (万千瓦 is no unit word, but 万 千瓦)."""
    scale = {"万": 10**4, "亿": 10**8}[word[0]] if _units.parse_unit(word) is None else 1
    factor, _ = _units.base_factor(_units.word_unit(word[1:] if scale > 1 else word))
    return factor * scale


def reference_display(value: Fraction, base_unit: str, like: Fraction | None = None) -> str:
    """display() as it was, with Fraction arithmetic (for units with a rule), and in the
    word of ``like`` only while that takes at most two decimals for money, a count or a
    mass (3个 between figures of 1000万个, not 0.0003万个)."""
    shown = _reference_in_word(value, base_unit, like)
    if like is None or not value or not (
            base_unit == "kilogram" or _unit_display._by_magnitude(base_unit)):
        return shown
    number = re.match(r"-?[0-9]+(?:\.([0-9]+))?(/[0-9]+)?", shown)
    assert number is not None
    decimals = math.inf if number.group(2) else len(number.group(1) or "")
    own = _reference_in_word(value, base_unit, None)
    own_word = own[re.match(r"-?[0-9./]+", own).end():]  # type: ignore[union-attr]
    if 2 < decimals < math.inf and own_word != shown[number.end():]:
        return own
    return shown


def _reference_in_word(value: Fraction, base_unit: str, like: Fraction | None) -> str:
    if base_unit == "day":
        size = abs(value) if like is None else abs(like)
        words = [(word, _units.base_factor(_units.word_unit(word))[0])
                 for word in _unit_display._TIME_WORDS]
        reached = [(word, factor) for word, factor in words if size / factor >= 1]
        for word, factor in reached:
            if (value / factor * 100).denominator == 1:
                return f"{format_exact(value / factor)}{word}"
        for word, factor in [*reached, *(words[-1:] if value else [])]:
            denominator = (value / factor).denominator
            while denominator % 2 == 0:
                denominator //= 2
            while denominator % 5 == 0:
                denominator //= 5
            if denominator == 1:  # a finite decimal
                return f"{format_exact(value / factor)}{word}"
        return f"{format_exact(value)}天"
    rules = _unit_display._DISPLAY[base_unit]
    size = abs(value) if like is None else abs(like)
    word = next(word for threshold, word in rules
                if size >= (_size_of(word) if threshold is None else threshold))
    shown = format_exact(value / _size_of(word))
    if base_unit in _unit_display._DISPLAY_METRIC and "/" in shown:  # 3兆焦, not 5/6千瓦时
        word = next(word for threshold, word in _unit_display._DISPLAY_METRIC[base_unit]
                    if size >= (_size_of(word) if threshold is None else threshold))
        return f"{format_exact(value / _size_of(word))}{word}"
    if base_unit == "meter ** 2" and "/" in shown:  # no finite decimal: in 亩, else in 坪
        for area in ("亩", "坪"):  # the first that has one
            per, _ = _units.base_factor(_units.word_unit(area))
            in_area = format_exact(value / per)
            if "/" not in in_area:
                return (f"{format_exact(value / per / 10**4)}万{area}" if size >= 10**4 * per
                        else f"{in_area}{area}")
        return f"{format_exact(value)}平方米"
    return f"{shown}{word}"


fractions = st.fractions(max_denominator=10**6).map(lambda f: f * 10 ** 6) | st.fractions()


@settings(max_examples=500, deadline=None)
@given(fractions, st.sampled_from([*sorted(_unit_display._DISPLAY), "day"]),
       st.none() | fractions)
def test_display_is_the_fraction_arithmetic(value: Fraction, base_unit: str,
                                            like: Fraction | None) -> None:
    if base_unit == "day":
        like = None
    assert _unit_display.display(value, base_unit, like=like) == reference_display(value, base_unit,
                                                                              like)


def reference_quantity(figure: Any, unit: str, tolerance: str | None) -> tuple[Any, ...]:
    """quantity_of's arithmetic as it was: the factor recovered by division, every bound
    scaled and widened (by zero when there is no tolerance)."""
    from factcheck._claim_quantity import tolerance_of
    from factcheck._numbers import Interval

    pint_unit = _units.parse_unit(unit)
    base, base_unit = _units.to_base(figure.number.value, pint_unit)
    factor = base / figure.number.value if figure.number.value else _units.to_base(
        Fraction(1), pint_unit)[0]
    low, high = figure.interval.low, figure.interval.high
    widen = Fraction(0) if not tolerance else tolerance_of(tolerance, base, base_unit)
    assert isinstance(widen, Fraction)
    if (_units.is_count(base_unit) and figure.qualifier is None and figure.high is None
            and figure.number.step * factor == 1):
        low = high = figure.number.value
    interval = Interval.of(
        None if low is None else low * factor - widen,
        None if high is None else high * factor + widen,
        figure.interval.low_closed or low == high,  # a tolerance keeps each end's openness
        figure.interval.high_closed or low == high,
    )
    if (interval.low is not None and interval.low < 0 and figure.number.value >= 0
            and base_unit != "dimensionless"):  # written without a sign: never below zero
        interval = Interval.of(Fraction(0), interval.high, True, interval.high_closed)
    return base, base_unit, interval, figure.number.step * factor


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["", "近", "超过", "约", "逾"]),
       st.integers(0, 10**6), st.sampled_from(["", ".5", ".25", ".0"]),
       st.sampled_from(["", "余", "多"]),
       st.sampled_from(["亿元", "万元", "元", "家", "个", "公里", "平方公里", "%", "万吨", "人次"]),
       st.sampled_from([None, "0%", "5%", "0", "1"]))
def test_quantity_arithmetic_is_the_division_free_one(
        prefix: str, whole: int, decimals: str, more: str, unit: str,
        tolerance: str | None) -> None:
    from factcheck._claim_quantity import quantity_of
    from factcheck._numbers import parse_figure

    figure = parse_figure(f"{prefix}{whole}{decimals}{more}{unit}")
    if figure is None:
        return
    got = quantity_of(figure, None, None, tolerance)
    if isinstance(got, str):  # a unit-less tolerance on a non-count, say: refused either way
        # (or 近0亿元: close to 0, which no figure bounds)
        assert tolerance is not None or (prefix == "近" and figure.number.value == 0), got
        return
    base, base_unit, interval, step = reference_quantity(figure, figure.unit_word, tolerance)
    assert (got.base, got.base_unit, got.interval, got.step) == (base, base_unit, interval, step)
    assert type(got.base) is Fraction and type(got.step) is Fraction



# --- factcheck extract --format yaml on long articles ------------------------------------------

SOURCES = sorted((Path(__file__).parents[2] / "claims" / "sources").glob("*.txt"))
# a few characters, so that pieces and whole needles recur, overlap and run together
indexed_text = st.lists(
    st.sampled_from(["产", "產", "业", "亿", "元", "(chǎn)", " ", "\n", "２", "2", "0", "a",
                     "，", "产业", "2023年"]),
    max_size=60,
).map("".join)


@pytest.mark.parametrize("scan_cost", [0, QuoteIndex.SCAN_COST, 10**9])
@settings(max_examples=150, deadline=None)
@given(text=indexed_text, needle=indexed_text, at=st.integers(0, 60), size=st.integers(0, 12))
def test_quote_index_is_find_all(scan_cost: int, text: str, needle: str, at: int,
                                 size: int) -> None:
    """The index finds what the search of the whole text finds: a needle of the text, or
    any; the index's look-ups always (cost 0), as in use, and never (the search)."""
    normal = normalise(text)
    index = QuoteIndex(normal)
    index.SCAN_COST = scan_cost
    for wanted in (needle, text[at:at + size]):
        assert index.find_all(wanted) == find_all(normal, wanted)


def test_quote_index_is_find_all_on_the_articles() -> None:
    """Every window of the bundled articles, and of the five run together twice over (every
    passage repeated), is found where the search of the whole text finds it."""
    texts = [path.read_text(encoding="utf-8") for path in SOURCES]
    for text in [*texts, "\n".join(texts * 2)]:
        normal = normalise(text)
        index = QuoteIndex(normal)
        for at in range(0, len(text), 97):
            for size in (1, 4, 5, 9, 17, 40):
                needle = text[at:at + size]
                assert index.find_all(needle) == find_all(normal, needle), (at, size)


def reference_scalar(value: str | None) -> str:
    """_extract_render._scalar as it was: one yaml.safe_dump per value."""
    if value is None:
        return "null"
    dumped = yaml.safe_dump(value, allow_unicode=True, width=10**6, default_flow_style=True)
    return dumped.removesuffix("\n...\n").strip()


yaml_scalar_text = st.lists(
    st.sampled_from(["yes", "No", "null", "~", "1", "0x1f", "1_000", ".inf", "1e5",
                     "2017-11-28", "- ", "-", "? ", "?", ": ", ":", " #", "#", "'", '"', "...",
                     "---", "%", "@", "`", "!", "&", "*", "|", ">", "[", "]", "{", "}", ",",
                     " ", "\u3000", "\xa0", "\t", "\n", "\r", "\x85", "\u2028", "\ufeff",
                     "\x00", "\ud800", "亿元", "產業", "，", "：", "年", "3.5%", "a"])
    | st.text(max_size=3),
    max_size=8,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.none() | yaml_scalar_text)
def test_scalar_is_the_dump(value: str | None) -> None:
    assert _scalar(value) == reference_scalar(value)


@pytest.mark.parametrize("path", SOURCES, ids=lambda path: path.name)
def test_extract_yaml_is_the_whole_text_search_and_the_dump(
        path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bundled article's claim skeletons, with the index and the undumped scalars, are
    those of a search of the whole article per quote and a dump per scalar."""
    article = _extract_render.read_article(path)
    mentions = extract(article.text)
    fast = _extract_render.render_yaml(article, mentions)

    class Search:
        def __init__(self, normal: NormalText) -> None:
            self.normal = normal

        def find_all(self, needle: str) -> list[tuple[int, int]]:
            return find_all(self.normal, needle)

    monkeypatch.setattr(_extract_render, "QuoteIndex", Search)
    monkeypatch.setattr(_extract_render, "_scalar", reference_scalar)
    assert fast == _extract_render.render_yaml(article, mentions)
