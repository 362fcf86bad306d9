"""千把人 is "about a thousand people" (also 百把, 万把, 个把): 把 after a magnitude word with
no numeral before it makes the figure rough. It loaded as exactly 1000 people; the loader
now refuses it, and 千 of it, with the hint to list it under not_claims:, and extract lists
千把人 unproposed. 把 as a measure word after a number (三把椅子, 一千把椅子) and 一把手
(the top leader) stay as they were."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import LoadErrors, load
from factcheck._extract import extract
from factcheck._extract_render import Article, render_yaml
from tests.corpus_builder import write_corpus


def _load(tmp_path: Path, text: str, quote: str, value: str, unit: str | None) -> object:
    given = "" if unit is None else f", unit: {unit}"
    claims = (f"claims:\n  - {{id: x, quote: \"{quote}\", value: \"{value}\"{given}, "
              "entity: x, metric: x, as_of: \"2023\"}\n")
    return load(write_corpus(tmp_path, text, claims)).claims["x"]


@pytest.mark.parametrize(("text", "quote", "value", "unit", "rough"), [
    ("现场有千把人。", "有千把人", "千把", "人", "千把"),  # loaded as exactly 1000 people
    ("现场有千把人。", "有千把人", "千", "人", "千把"),
    ("现场有千把人。", "有千把人", "千把人", None, "千把"),
    ("一个月挣百把块钱。", "百把块钱", "百把", "元", "百把"),
    ("一年能赚万把块。", "万把块", "万", "元", "万把"),
    ("现场来了近千把人。", "近千把人", "近千", "人", "千把"),
    ("他休息了个把月。", "个把月", "个把月", None, "个把"),
])
def test_a_rough_figure_with_ba_is_refused(tmp_path: Path, text: str, quote: str, value: str,
                                           unit: str | None, rough: str) -> None:
    with pytest.raises(LoadErrors) as caught:
        _load(tmp_path, text, quote, value, unit)
    [error] = [str(e) for e in caught.value.errors]
    assert f"'{rough}'" in error and "about" in error and "not_claims" in error


@pytest.mark.parametrize(("text", "quote", "value", "unit", "amount"), [
    ("会议室有三把椅子。", "三把椅子", "三", "个", 3),
    ("仓库有一千把椅子。", "一千把椅子", "一千", "个", 1000),
    ("现场有一千人。", "一千人", "一千人", None, 1000),
    ("厂里来了千名工人。", "千名工人", "千名", None, 1000),
])
def test_ba_after_a_number_is_a_measure_word(tmp_path: Path, text: str, quote: str,
                                             value: str, unit: str | None, amount: int) -> None:
    claim = _load(tmp_path, text, quote, value, unit)
    quantity = claim.quantity  # type: ignore[attr-defined]
    assert quantity is not None and quantity.value == amount


def test_extract_lists_the_rough_figure_unproposed() -> None:
    text = "现场有千把人，会议室有三把椅子，一把手到场。"
    mentions = {m.text: m for m in extract(text)}
    assert "千把人" in mentions and mentions["千把人"].number is None
    assert "千" not in mentions and "一把手" not in mentions
    rendered = render_yaml(Article("a.txt", text), extract(text))
    assert "千把人" in rendered and "value: 千" not in rendered
