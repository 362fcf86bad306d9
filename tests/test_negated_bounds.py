"""A negated verb of more or less turns its bound round: 不得超過50% is at most 50%, never
more than 50% (超過50% of it loaded as more than 50%), 不會少於5萬人 at least 5萬人, and
未達5萬人 under 5萬人 (5萬人 of it loaded as exactly 5萬人). As with 未超過, which was read
so before, the figure without its negation is only part of the figure, and the whole reads
bounded. 不超過 and 不少於 themselves are unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import LoadErrors, load
from factcheck._extract import extract
from tests.corpus_builder import write_corpus


def _load(tmp_path: Path, text: str, value: str) -> object:
    quote = text.rstrip("。")
    claims = (f"claims:\n  - {{id: x, quote: \"{quote}\", value: \"{value}\", "
              "entity: x, metric: x, as_of: \"2023\"}\n")
    return load(write_corpus(tmp_path, text, claims)).claims["x"]


@pytest.mark.parametrize(("text", "value", "whole"), [
    ("比例不得超過50%。", "超過50%", "不得超過50%"),
    ("比例不得超過50%。", "50%", "不得超過50%"),
    ("比例不可超過50%。", "50%", "不可超過50%"),
    ("比例不能高於50%。", "50%", "不能高於50%"),
    ("比例不应低于50%。", "低于50%", "不应低于50%"),
    ("人數不會少於5萬人。", "少於5萬人", "不會少於5萬人"),
    ("人数不要逾5万人。", "逾5万人", "不要逾5万人"),
    ("人數未有超過5萬人。", "5萬人", "未有超過5萬人"),
    ("人數未能突破5萬人。", "突破5萬人", "未能突破5萬人"),
    ("人數未達5萬人。", "5萬人", "未達5萬人"),
    ("人数未达5万人。", "5万人", "未达5万人"),
    ("人數未及5萬人。", "5萬人", "未及5萬人"),
    ("人数并没有多于5万人。", "多于5万人", "并没有多于5万人"),
    ("增幅不可能超过5%。", "超过5%", "不可能超过5%"),
    ("增幅不再超过3%。", "超过3%", "不再超过3%"),
    ("不会有超过5%的人反对。", "超过5%", "不会有超过5%"),
])
def test_a_figure_without_its_negated_bound_is_refused(
        tmp_path: Path, text: str, value: str, whole: str) -> None:
    with pytest.raises(LoadErrors) as caught:
        _load(tmp_path, text, value)
    [error] = [str(e) for e in caught.value.errors]
    assert "is only part of a figure" in error and f'write value: "{whole}"' in error, error
    assert whole in [m.value for m in extract(text)]


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("比例不得超過50%。", "不得超過50%", "at-most"),
    ("比例不能高於50%。", "不能高於50%", "at-most"),
    ("人數未能突破5萬人。", "未能突破5萬人", "at-most"),
    ("人數不會少於5萬人。", "不會少於5萬人", "at-least"),
    ("比例不应低于50%。", "不应低于50%", "at-least"),
    ("人數未達5萬人。", "未達5萬人", "under"),
    ("人數不超過5萬人。", "不超過5萬人", "at-most"),
    ("人數不少於5萬人。", "不少於5萬人", "at-least"),
    ("人數並未超過5萬人。", "並未超過5萬人", "at-most"),
])
def test_a_negated_bound_reads_the_other_way(
        tmp_path: Path, text: str, value: str, qualifier: str) -> None:
    quantity = _load(tmp_path, text, value).quantity  # type: ignore[attr-defined]
    assert quantity.qualifier == qualifier
