"""A name that writes a number (十一國慶 for National Day, the 1st of October; 六國酒店, a
hotel; 十八鄉 and 十四鄉, places in Hong Kong; 1881公館, a building; 五月天, a band) counts
nothing: the loader refuses a count or a date of it, and extract lists it as an identifier."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_builder import write_corpus

from factcheck import LoadErrors, load
from factcheck._extract import extract


def _load_one(tmp_path: Path, text: str, value: str, unit: str | None) -> str:
    """What the claim loads as, or the first error's message."""
    given = f", unit: {unit}" if unit else ""
    write_corpus(tmp_path, text, f"""\
claims:
  - {{id: c, quote: "{text}", value: "{value}"{given}, entity: e, metric: m,
     as_of: "2023"}}
""")
    try:
        claim = load(tmp_path).claims["c"]
    except LoadErrors as errors:
        return str(errors.errors[0])
    return str(claim.date if claim.quantity is None else claim.quantity.value)


@pytest.mark.parametrize(("text", "value", "unit"), [
    # each loaded: 11 個, 6 個, 18 個, 14 個, the year 1881, May of as_of
    ("十一國慶亦有煙花匯演", "十一國", "個"),
    ("十一國慶亦有煙花匯演", "十一", "個"),
    ("十一国庆长假", "十一", "个"),
    ("十一黄金周游客多", "十一", "个"),
    ("十一长假期间", "十一", "个"),
    ("入住六國酒店", "六國", "個"),
    ("十八鄉居民反對", "十八鄉", "個"),
    ("十八鄉居民反對", "十八", "個"),
    ("十四鄉居民反對", "十四鄉", "個"),
    ("參觀1881公館", "1881", "date"),
    ("參觀1881公館", "1881", "個"),
    ("五月天演唱會門票", "五月", "date"),
    ("五月天演唱會門票", "五月天", "個"),
])
def test_a_number_in_a_name_is_no_figure(
        tmp_path: Path, text: str, value: str, unit: str) -> None:
    read = _load_one(tmp_path, text, value, unit)
    assert "a name that writes a number" in read, read
    assert "list the mention under not_claims" in read, read


@pytest.mark.parametrize(("text", "value", "unit", "read"), [
    # what counts stays a count: eleven countries, 18 townships, a date in May
    ("十一國領導人出席", "十一國", "個", "11"),
    ("十一个国家参加", "十一个", None, "11"),
    ("全县18个乡镇", "18个", None, "18"),
    ("五月天氣炎熱", "五月", "date", "2023-05"),
    ("1881年建成", "1881年", None, "1881"),
])
def test_numbers_next_to_such_words_still_read(
        tmp_path: Path, text: str, value: str, unit: str | None, read: str) -> None:
    assert _load_one(tmp_path, text, value, unit) == read


@pytest.mark.parametrize(("text", "name"), [
    ("十一國慶亦有煙花匯演", "十一國慶"),
    ("入住六國酒店", "六國酒店"),
    ("十八鄉居民", "十八鄉"),
    ("十四鄉居民", "十四鄉"),
    ("參觀1881公館", "1881公館"),
    ("五月天演唱會", "五月天"),
])
def test_extract_lists_a_name_that_writes_a_number_as_an_identifier(
        text: str, name: str) -> None:
    assert [(m.text, m.kind) for m in extract(text)] == [(name, "identifier")]
