"""A day alone takes its month from `as_of`, so the day of another month named before it
(下月8号开幕, 上月8日发布) loaded as the day of as_of's month: 8号 of 下月8号 with as_of
2023-07 was 2023-07-08, where it is the 8th of August. Such a day is refused; a day of
本月 (this month) or with no month before it still reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import LoadErrors, load
from tests.corpus_builder import write_corpus


def _claim(tmp_path: Path, text: str, value: str) -> object:
    quote = text.rstrip("。")
    claims = (f"claims:\n  - {{id: x, quote: \"{quote}\", value: \"{value}\", unit: date, "
              "entity: x, metric: x, as_of: \"2023-07\"}\n")
    return load(write_corpus(tmp_path, text, claims)).claims["x"]


@pytest.mark.parametrize(("text", "value"), [
    ("展会于下月8号开幕。", "8号"),
    ("会议于下月8日举行。", "8日"),
    ("报告已于上月8日发布。", "8日"),
    ("新规次月1日起施行。", "1日"),
    ("展会于下个月8号开幕。", "8号"),
    ("展會於下個月八號開幕。", "八號"),
])
def test_a_day_of_another_month_is_refused(tmp_path: Path, text: str, value: str) -> None:
    with pytest.raises(LoadErrors) as caught:
        _claim(tmp_path, text, value)
    [error] = [str(e) for e in caught.value.errors]
    assert "is a day of the month before or after another one" in error, error
    assert "hint: list the mention under not_claims: with a reason" in error


@pytest.mark.parametrize(("text", "value", "day"), [
    ("展会于本月8号开幕。", "8号", "2023-07-08"),
    ("展会于8号开幕。", "8号", "2023-07-08"),
    ("展会于7月8日开幕。", "7月8日", "2023-07-08"),
])
def test_a_day_of_this_month_still_reads(tmp_path: Path, text: str, value: str,
                                         day: str) -> None:
    assert str(_claim(tmp_path, text, value).date) == day  # type: ignore[attr-defined]
