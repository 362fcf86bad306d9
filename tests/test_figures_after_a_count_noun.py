"""A figure after a noun that ends in 数 "number" (人数, 总数, 中位数).

数 before a numeral is "several" (数十万人, several hundred thousand people), a vague figure
no claim could write. But after a noun of which it is the last character, 数 ends that word
and the figure after it is exact: 参加人数三千人 is 3000 people. Extract listed no mention
of such a figure and the loader refused it as only part of a figure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import LoadErrors, load
from factcheck._extract import extract
from tests.corpus_builder import write_corpus


def _write(tmp_path: Path, quote: str, value: str, script: str) -> Path:
    write_corpus(tmp_path, f"{quote}。", f"""\
claims:
  - {{id: x, quote: {quote}, value: "{value}", entity: e, metric: m, as_of: "2023"}}
""")
    registry = tmp_path / "registry.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace(
        "script: simplified", f"script: {script}"), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("quote", "value", "amount", "unit", "script"), [
    ("收入中位數兩萬八千元", "兩萬八千元", "28000", "元", "traditional"),
    ("参加人数三千人", "三千人", "3000", "人", "simplified"),
    ("參加人數三千人", "三千人", "3000", "人", "traditional"),
    ("總數五百個", "五百個", "500", "个", "traditional"),
    ("参加人数十万人", "十万人", "100000", "人", "simplified"),
    ("報名人數3000人", "3000人", "3000", "人", "traditional"),
])
def test_a_figure_after_a_noun_in_shu_loads(tmp_path: Path, quote: str, value: str,
                                            amount: str, unit: str, script: str) -> None:
    claim = load(_write(tmp_path, quote, value, script)).claims["x"]
    assert claim.quantity is not None
    assert str(claim.quantity.value) == amount
    assert claim.quantity.unit == unit


@pytest.mark.parametrize(("text", "figure"), [
    ("收入中位數兩萬八千元。", "兩萬八千元"),
    ("参加人数三千人。", "三千人"),
    ("總數五百個。", "五百個"),
    ("参加人数十万人。", "十万人"),
    ("恒生指數兩萬點。", "兩萬"),
    ("人數十幾萬人。", "十幾萬人"),
])
def test_extract_lists_a_figure_after_a_noun_in_shu(text: str, figure: str) -> None:
    assert figure in [m.text for m in extract(text)]


@pytest.mark.parametrize("text", [
    # 数 is "several" here: at a clause's start, after a verb, a time or a counter, or
    # after a word that ends in 人 (工人, 每人, 有人), as 人数 never is there
    "吸引數十萬人。", "吸引数百家企业。", "2020年数十万人参加。", "这次数十万人参加。",
    "一个数十万人的城市。", "每人数十元。", "有人数十年如一日。", "工人数十万人。",
    "家人数十年。", "这家数十年的老店。",
])
def test_several_stays_vague(text: str) -> None:
    figures = [m.text for m in extract(text) if m.kind != "date"]
    assert not any(f.startswith(("十", "百", "千", "万")) for f in figures), figures


@pytest.mark.parametrize(("quote", "value"), [
    ("吸引數十萬人", "十萬人"), ("工人数十万人", "十万人"), ("每人数十元", "十元"),
])
def test_part_of_several_is_refused(tmp_path: Path, quote: str, value: str) -> None:
    script = "traditional" if "數" in quote else "simplified"
    with pytest.raises(LoadErrors) as caught:
        load(_write(tmp_path, quote, value, script))
    assert f"value '{value}' is only part of a figure in the quote" in str(caught.value)
