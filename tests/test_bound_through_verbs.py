"""A bound word with verbs between it and its figure (至少新增就业1万人, 最高可获得补贴50万元)
bounds the figure: the loader refuses the figure alone, which read as an exact amount, and
extract proposes no claim for it. A maximum named as a statistic (最高气温, 最高价) and words
that only begin with 最高 (最高法院) leave their figures readable."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import LoadErrors, load
from factcheck._extract import extract
from factcheck._extract_render import Article, render_yaml
from tests.corpus_builder import write_corpus


def _load(tmp_path: Path, text: str, value: str, unit: str | None = None) -> object:
    given = "" if unit is None else f", unit: {unit}"
    quote = text.rstrip("。")
    claims = (f"claims:\n  - {{id: x, quote: \"{quote}\", value: \"{value}\"{given}, "
              "entity: x, metric: x, as_of: \"2023\"}\n")
    return load(write_corpus(tmp_path, text, claims)).claims["x"]


@pytest.mark.parametrize(("text", "value", "bound", "sense"), [
    # each of these loaded the figure as an exact amount
    ("今年至少新增就业1万人。", "1万人", "至少", "at least"),
    ("企业最多可获得50万元补贴。", "50万元", "最多", "at most"),
    ("补贴最高可达50万元。", "50万元", "最高", "at most"),
    ("企业最高可获得补贴50万元。", "50万元", "最高", "at most"),
    ("对获奖团队最高奖励100万元。", "100万元", "最高", "at most"),
    ("企業最高可獲得補貼50萬元。", "50萬元", "最高", "at most"),
    ("每户不超过可补贴3万元。", "3万元", "不超过", "at most"),
    ("保费最低可达3000元。", "3000元", "最低", "at least"),
    ("企业最高可获得一次性补贴50万元。", "50万元", "最高", "at most"),  # 一 of 一次性
    ("明年最多将有3万人参加。", "3万人", "最多", "at most"),
    # 起码, 至多 and 最低只需 loaded the figure as exact, while 至少 and 最多 were refused
    ("申請人起碼要等3年。", "3年", "起碼", "at least"),
    ("每人至多可獲1萬元。", "1萬元", "至多", "at most"),
    ("入場最低只需3萬元。", "3萬元", "最低", "at least"),
])
def test_a_figure_a_bound_reaches_through_verbs_is_refused(
        tmp_path: Path, text: str, value: str, bound: str, sense: str) -> None:
    with pytest.raises(LoadErrors) as caught:
        _load(tmp_path, text, value)
    [error] = [str(e) for e in caught.value.errors]
    assert f"'{value}' is bounded by '{bound}' before it" in error, error
    assert f"({sense} it, never exactly it)" in error
    assert "list the mention under not_claims: with a reason" in error


@pytest.mark.parametrize(("text", "value", "amount"), [
    ("最高法院判决3人。", "3人", 3),
    ("最高人民检察院起诉3人。", "3人", 3),
    ("最多的一年达3万人。", "3万人", 30000),
    ("该股最高价50元。", "50元", 50),
    ("最低能耗达3吨。", "3吨", 3),  # 能耗 (energy use), no verb 能
    ("最高会议决定拨款3亿元。", "3亿元", 300000000),
    ("至少新增就业，另有1万人。", "1万人", 10000),  # a comma ends the bound's reach
    ("至少新增就业岗位和其他服务1万人。", "1万人", 10000),  # further than 8 characters
    ("最低需求量达3万吨。", "3万吨", 30000),  # 需求, a noun: the lowest demand
])
def test_a_figure_after_no_bound_through_verbs_stays_exact(
        tmp_path: Path, text: str, value: str, amount: int) -> None:
    quantity = _load(tmp_path, text, value).quantity  # type: ignore[attr-defined]
    assert quantity.value == amount and quantity.qualifier is None


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("今年至少1万人。", "至少1万人", "at-least"),
    ("补贴最多50万元。", "最多50万元", "at-most"),
    ("补贴最多达50万元。", "最多达50万元", "at-most"),
])
def test_a_bound_before_its_figure_still_reads(
        tmp_path: Path, text: str, value: str, qualifier: str) -> None:
    quantity = _load(tmp_path, text, value).quantity  # type: ignore[attr-defined]
    assert quantity.qualifier == qualifier


def test_extract_proposes_no_claim_for_a_figure_bounded_through_verbs() -> None:
    text = "今年至少新增就业1万人。企业最高可获得补贴50万元。最高法院判决3人。\n"
    rendered = render_yaml(Article("a.txt", text), extract(text))
    assert ("'1万人' in 「今年至少新增就业1万人」: bounded by '至少' before it across verbs "
            "(至少新增就业1万人, 最高可达50万元: at least it)") in rendered
    assert "'50万元' in 「企业最高可获得补贴50万元」: bounded by '最高'" in rendered
    assert "value: 1万人" not in rendered and "value: 50万元" not in rendered
    assert "value: 3人" in rendered  # 最高法院 bounds nothing
