"""A value in a form factcheck does not read is refused with why, and what to do.

Each of these was refused with "cannot read the figure" and the hint "write the value
exactly as the quote has it", where the value already was as the quote has it; fractions
were refused with no hint at all.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import LoadErrors, load
from factcheck._extract import extract
from tests.corpus_builder import write_corpus

_BACK_TO_THE_QUOTE = "write the value exactly as the quote has it"


def _error(tmp_path: Path, quote: str, value: str, unit: str | None = None) -> str:
    fields = f'quote: "{quote}", value: "{value}"' + (f', unit: "{unit}"' if unit else "")
    write_corpus(tmp_path, f"{quote}。", f"""\
claims:
  - {{id: x, {fields}, entity: e, metric: m, as_of: "2023"}}
""")
    registry = tmp_path / "registry.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace(
        "script: simplified", "script: traditional"), encoding="utf-8")
    with pytest.raises(LoadErrors) as caught:
        load(tmp_path)
    [error] = caught.value.errors
    return str(error)


@pytest.mark.parametrize(("quote", "value", "unit"), [
    ("三分一市民支持", "三分一", None), ("約三分一市民支持", "約三分一", None),
    ("三分二人口", "三分二", None), ("三分之一的市民", "三分之一", None),
    ("三分一市民支持", "三分一", "%"),
])
def test_a_fraction_is_refused_with_a_hint(tmp_path: Path, quote: str, value: str,
                                           unit: str | None) -> None:
    error = _error(tmp_path, quote, value, unit)
    assert "is a fraction, which factcheck does not read" in error
    assert "hint: " in error and "not_claims" in error


@pytest.mark.parametrize(("quote", "value", "why"), [
    ("支持者佔1/3", "1/3", "a fraction (1/3)"),
    ("日期為28/2/2024", "28/2/2024", "a date (5/3, 28/2/2024)"),
    ("24/25年度預算", "24/25年度", "a year across a slash"),
    ("廿多年來", "廿多年", "廿, 卅 and 卌"), ("卅年", "卅年", "廿, 卅 and 卌"),
    ("有廿五人", "廿五人", "廿, 卅 and 卌"),
    ("月薪萬五", "萬五", "萬五 is 15000"), ("月薪萬八", "萬八", "萬五 is 15000"),
    ("錄得雙位數增長", "雙位數", "it counts digits"),
    ("成半市民", "成半", "成半 (as much as half"),
    ("涉款上千萬元", "上千萬元", "a magnitude word with no number before it"),
    ("約千多人出席", "約千多人", "a magnitude word with no number before it"),
])
def test_an_unread_form_says_why(tmp_path: Path, quote: str, value: str, why: str) -> None:
    error = _error(tmp_path, quote, value)
    assert f"cannot read the figure '{value}': " in error
    assert why in error
    assert _BACK_TO_THE_QUOTE not in error
    assert "hint: list the mention under not_claims: with a reason" in error


def test_a_fiscal_year_across_a_slash_says_why(tmp_path: Path) -> None:
    error = _error(tmp_path, "2024/25年度預算", "2024/25年度")
    assert "is a year across a slash or a dash" in error
    assert _BACK_TO_THE_QUOTE not in error
    assert "hint: list the mention under not_claims: with a reason" in error


@pytest.mark.parametrize(("quote", "value", "rest"), [
    ("人數多達5萬人", "多達5萬人", "5萬人"), ("月薪高達3萬元", "高達3萬元", "3萬元"),
    ("票價低至5元", "低至5元", "5元"), ("月薪高达3万元", "高达3万元", "3万元"),
])
def test_a_figure_reached_points_at_the_figure(tmp_path: Path, quote: str, value: str,
                                               rest: str) -> None:
    error = _error(tmp_path, quote, value)
    assert f"factcheck reads no '{value[:-len(rest)]}' before a figure" in error
    assert f'hint: write value: "{rest}"' in error


def test_the_figure_a_reaching_hint_offers_loads(tmp_path: Path) -> None:
    write_corpus(tmp_path, "人數多達5萬人。", """\
claims:
  - {id: x, quote: "人數多達5萬人", value: "5萬人", entity: e, metric: m, as_of: "2023"}
""")
    quantity = load(tmp_path).claims["x"].quantity
    assert quantity is not None and quantity.value == 50000


def test_an_unknown_form_as_the_quote_writes_it_is_not_sent_back_to_the_quote(
        tmp_path: Path) -> None:
    error = _error(tmp_path, "年收入一萬幾千元", "一萬幾千元")
    assert _BACK_TO_THE_QUOTE not in error
    assert "the value is as the quote writes it, in a form factcheck does not read" in error



# --- a point in a year ------------------------------------------------------------------

@pytest.mark.parametrize(("quote", "value", "unit", "month"), [
    # 年年底 was an unknown unit '年年底', and with unit: date "not a date"
    ("截至2023年年底", "2023年年底", None, (2023, 12)),
    ("截至2023年年底", "2023年年底", "date", (2023, 12)),
    ("2023年年末", "2023年年末", None, (2023, 12)),
    ("二〇二三年年初", "二〇二三年年初", None, (2023, 1)),
])
def test_a_year_and_its_end_is_read_as_its_end(
        tmp_path: Path, quote: str, value: str, unit: str | None, month: tuple[int, int]) -> None:
    fields = f'quote: "{quote}", value: "{value}"' + (f', unit: "{unit}"' if unit else "")
    write_corpus(tmp_path, f"{quote}。", f"""\
claims:
  - {{id: x, {fields}, entity: e, metric: m, as_of: "2023"}}
""")
    claim = load(tmp_path).claims["x"]
    assert claim.date is not None
    assert (claim.date.start.year, claim.date.start.month) == month
    assert (claim.date.end.year, claim.date.end.month) == month


def test_extract_lists_a_year_and_its_end_whole() -> None:
    assert [m.text for m in extract("截至2023年年底，共有三家。")] == ["2023年年底", "三家"]
    assert [m.text for m in extract("2020年年年增长。")] == ["2020年"]


@pytest.mark.parametrize("unit", [None, "date"])
def test_the_middle_of_a_year_says_why(tmp_path: Path, unit: str | None) -> None:
    error = _error(tmp_path, "2023年年中完成", "2023年年中", unit)
    assert "年中 after a year is the middle of it (mid-2023)" in error
    assert "unknown unit" not in error
    assert "hint: list the mention under not_claims: with a reason" in error


def test_a_fiscal_year_with_unit_date_says_why(tmp_path: Path) -> None:
    error = _error(tmp_path, "2024/25年度預算", "2024/25年度", "date")
    assert "is a year across a slash or a dash" in error
    assert "hint: list the mention under not_claims: with a reason" in error


def test_an_unread_price_per_foot_says_first_it_cannot_be_read(tmp_path: Path) -> None:
    # 萬二 was told to add per: 平方呎, which would not have read it either
    error = _error(tmp_path, "呎價萬二", "萬二", "元")
    assert "cannot read the figure '萬二': a magnitude word with the next place's digit" in error
    assert "per: 平方呎" not in error
    assert "is a price per 呎" in _error(tmp_path, "每呎售價2.3萬元", "2.3萬元")


# --- 不及, "falls short of" -------------------------------------------------------------

def test_bu_ji_before_a_figure_is_under_it(tmp_path: Path) -> None:
    # 5萬人 of 人數不及5萬人 loaded as about 50000, and 不及5萬人 was refused
    write_corpus(tmp_path, "人數不及5萬人。", """\
claims:
  - {id: x, quote: "人數不及5萬人", value: "不及5萬人", entity: e, metric: m, as_of: "2023"}
""")
    quantity = load(tmp_path).claims["x"].quantity
    assert quantity is not None and quantity.qualifier == "under"
    assert (quantity.interval.low, quantity.interval.high) == (0, 50000)
    assert not quantity.interval.high_closed
    error = _error(tmp_path, "人數不及5萬人", "5萬人")
    assert "value '5萬人' is only part of a figure in the quote" in error
    assert [(m.text, m.qualifier) for m in extract("增速不及3%。")] == [("不及3%", "under")]


@pytest.mark.parametrize(("text", "figure"), [
    # 不及 that ends a word of "cannot" or a set phrase bounds nothing
    ("他來不及5分鐘就走了。", "5分鐘"), ("令人措手不及3天後撤離。", "3天"),
    ("始料不及3成市民反對。", "3成"), ("等不及3天。", "3天"),
])
def test_bu_ji_that_ends_a_word_is_no_bound(text: str, figure: str) -> None:
    assert [(m.text, m.qualifier) for m in extract(text)][:1] == [(figure, None)]
