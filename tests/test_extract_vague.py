"""Figures in forms factcheck does not read (factcheck._extract_vague): listed whole, counted
by coverage, never proposed, and refused by the loader with a not_claims line to paste.

`factcheck coverage --fail-under 100` passed an article of which only 2.5億元 was claimed:
過萬元, 七八百人, 三四十家, 一兩年, 翻了一番, 萬分之五, 二○二二年, 破億元 and 萬餘元 were no
mentions, and the loader told a claim of each to write the value as the quote has it,
which it did.
"""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest

from factcheck import load
from factcheck._cli import main
from factcheck._errors import LoadErrors
from factcheck._extract import extract
from factcheck._extract_render import Article, render_yaml
from tests.corpus_builder import write_corpus

ARTICLE = ("標題\n\n去年收入過萬元，約有七八百人參加，三四十家企業參展，歷時一兩年，翻了一番，"
           "佔萬分之五，二○二二年竣工，市值破億元，獎金萬餘元，營業額2.5億元。\n")
SOURCES = """\
sources:
  - {id: a, file: a.txt, title: 標題, published: 2024-01-01, script: traditional}
entities:
  - {id: e, name: 甲}
metrics:
  - {id: m, name: 某量}
"""
REVENUE = "  - {id: rev, quote: 營業額2.5億元, value: 2.5億元, entity: e, metric: m, as_of: 2023}\n"
UNREAD = [("過萬元", "quantity"), ("約有七八百人", "quantity"), ("三四十家", "quantity"),
          ("一兩年", "duration"), ("翻了一番", "quantity"), ("萬分之五", "percentage"),
          ("破億元", "quantity"), ("萬餘元", "quantity")]


def _write(tmp_path: Path, claims: str, article: str = ARTICLE) -> Path:
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    (tmp_path / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text("source: a\n" + claims, encoding="utf-8")
    return tmp_path


def test_each_unread_form_is_listed_whole_without_a_value() -> None:
    found = [(m.text, m.kind, m.number) for m in extract(ARTICLE) if m.kind != "date"]
    assert found == [(text, kind, None) for text, kind in UNREAD] + [
        ("2.5億元", "quantity", 250000000)]


def test_the_skeleton_lists_them_unproposed_with_what_they_are() -> None:
    rendered = render_yaml(Article("a.txt", ARTICLE), extract(ARTICLE))
    claims, _, skipped = rendered.partition("# Mentions the loader cannot take")
    assert "value: 2.5億元" in claims
    for text, _ in UNREAD:
        assert f"value: {text}" not in claims
        assert f"'{text}'" in skipped
    assert "'過萬元' in 「去年收入過萬元」: a magnitude word without a number" in skipped
    assert "'三四十家' in 「三四十家企業參展」: an approximate figure" in skipped
    assert "'翻了一番' in 「翻了一番」: a doubling" in skipped
    assert "'萬分之五' in 「佔萬分之五」: a ratio per ten thousand" in skipped
    # a year with ○ for its zero is a date the loader reads, proposed as 二〇二二年 is
    assert "value: 二○二二年  # date" in claims and "二○二二年" not in skipped
    assert skipped.count("which the loader does not read: list it under not_claims") == 8


def test_coverage_counts_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _write(tmp_path, "claims:\n" + REVENUE)
    assert main(["coverage", str(folder), "--fail-under", "100"]) == 1
    out = capsys.readouterr().out
    assert "10.0% of 10 mentions covered (1 by claims, 0 by not_claims); 9 uncovered" in out
    for text, kind in [*UNREAD, ("二○二二年", "date")]:
        assert f"uncovered {kind} {text}" in out
    # each says why no claim is proposed for it, as extract --format yaml does; the year
    # with ○ is proposed
    assert out.count("\n  extract proposes no claim for it: ") == 8
    assert ("uncovered quantity 過萬元  去年收入【過萬元】，約有七八百人參加，三四十家企業…\n"
            "  extract proposes no claim for it: a magnitude word without a number before it"
            in out)
    assert main(["coverage", str(folder), "--format", "json"]) == 0
    (source,) = json.loads(capsys.readouterr().out)["sources"]
    assert [m["unproposed"].split(" (")[0] for m in source["uncovered"] if m["unproposed"]] == [
        "a magnitude word without a number before it",
        "an approximate figure, two neighbouring numerals",
        "an approximate figure, two neighbouring numerals",
        "an approximate figure, two neighbouring numerals", "a doubling",
        "a ratio per ten thousand", "a magnitude word without a number before it",
        "a magnitude word without a number before it"]


@pytest.mark.parametrize(("text", "figure", "kind"), [
    ("收入近万人次。", "近万人次", "quantity"),
    ("损失达万余。", "万余", "quantity"),
    ("超亿元投资。", "超亿元", "quantity"),
    ("经济总量破万亿。", "破万亿", "quantity"),  # 万 then 亿 alone: nothing was listed
    ("参观者过万人。", "过万人", "quantity"),  # (过千人 is more than 1000: _misreadings)
    ("十七八岁的青年", "十七八岁", "quantity"),  # 十七 of it was proposed
    ("二十七八岁", "二十七八岁", "quantity"),
    ("用了两三天。", "两三天", "duration"),
    ("五六百人参加", "五六百人", "quantity"),
    ("二三十人", "二三十人", "quantity"),
    ("约七八成", "约七八成", "percentage"),
    ("产值翻两番。", "翻两番", "quantity"),
    ("比例为亿分之三。", "亿分之三", "percentage"),
    # a lone magnitude word after a verb of reaching a mark: nothing was listed
    ("GDP达万亿元。", "万亿元", "quantity"),
    ("GDP跨过万亿元。", "万亿元", "quantity"),
    ("参观人数达到万人。", "万人", "quantity"),
    ("奖金高达万元。", "万元", "quantity"),
])
def test_more_of_these_forms(text: str, figure: str, kind: str) -> None:
    (mention,) = extract(text)
    assert (mention.text, mention.kind, mention.number) == (figure, kind, None)


@pytest.mark.parametrize(("text", "figure", "period"), [
    # ○ (U+25CB) for the zero 〇, which the loader reads as a date since cba4011: extract
    # listed these unproposed as 'a year with ○', which factcheck did not read
    ("二○二二年竣工。", "二○二二年", "2022"),
    ("民國一○八年。", "民國一○八年", "2019"),
    ("民國一○八年三月。", "民國一○八年三月", "2019-03"),
    ("二○二二年五月开工。", "二○二二年五月", "2022-05"),
    ("二○○八年奥运会。", "二○○八年", "2008"),
])
def test_a_year_with_circle_zeros_is_proposed_as_a_date(
        tmp_path: Path, text: str, figure: str, period: str) -> None:
    (mention,) = extract(text)
    assert (mention.text, mention.kind, str(mention.period)) == (figure, "date", period)
    rendered = render_yaml(Article("a.txt", text), extract(text))
    assert f"value: {figure}  # date" in rendered and "# Mentions the loader" not in rendered
    # the value it proposes loads as that date
    claim = (f"  - {{id: x, quote: {text[:-1]}, value: {figure}, entity: e, metric: m, "
             "as_of: 2023}\n")
    loaded = load(_write(tmp_path, "claims:\n" + claim, "標題\n\n" + text + "\n"))
    assert str(loaded.claims["x"].date) == period


@pytest.mark.parametrize("text", [
    "○○公司参展。",  # a blank for a name: ○ beside no Chinese digit is no zero
    "○、参展企业。",  # a bullet
    "某○○年代。",
])
def test_a_circle_beside_no_chinese_digit_is_no_number(text: str) -> None:
    assert [m.text for m in extract(text) if m.counted] == []


@pytest.mark.parametrize(("text", "figure", "number", "qualifier"), [
    # 破 before a lone magnitude word breaks that mark, as the loader reads 破千家:
    # 千家 was proposed as exactly 1000
    ("企业破千家。", "破千家", 1000, "more-than"),
    ("用户破百人。", "破百人", 100, "more-than"),
    ("企业破万家。", "破万家", None, None),  # nothing was listed; unproposed as 过万元
    # ...while 破 before a digit is a verb of its own, as before
    ("他连破3个难关。", "3个", 3, None),
    ("本赛季破3项世界纪录。", "3项", 3, None),
])
def test_po_before_a_lone_magnitude_word_is_more_than(
        text: str, figure: str, number: int | None, qualifier: str | None) -> None:
    (mention,) = [m for m in extract(text) if m.counted]
    assert (mention.text, mention.number, mention.qualifier) == (figure, number, qualifier)


@pytest.mark.parametrize(("text", "rows"), [
    ("一些企业一起参展。", []),
    ("万一出事。", []),
    ("他的一番话。", []),  # 一番 without 翻 is no doubling
    ("经过一番努力。", []),
    ("千万不要迟到。", []),  # "by all means": 千万 was read as 10000000
    ("千万别忘了。", []),
    ("万众一心。", []),
    ("说了一两句话。", []),  # 句 is no unit extract reads: as 两句话, no mention
    ("三四月间开工。", []),  # months, no count of them
    ("七八月份是旺季。", []),
    ("七八点钟。", []),
    ("三四季度增长较快。", []),  # the third and fourth quarters, no count of them
    ("园区三四期工程。", []),  # phases
    ("两三周年。", []),  # an anniversary, never 两三周
    ("三四线城市。", []),
    ("七八级大风。", []),
    ("七八十年代。", [("七八十年代", None)]),  # the decades, a date as before
    ("三五成群。", []),
    ("五四运动。", []),  # no neighbouring numerals upward
    ("获第三四名。", []),
    ("走过万水千山。", []),
    ("通过万达集团。", []),
    ("万家灯火。", []),
    ("上万人参加。", []),  # vague, as 上百家 and 数万人 are
    ("数万人参加。", []),
    # the mask of 千万要 leaves a figure before it whole
    ("投资2千万要求回报。", [("2千万", 20000000)]),
    ("两千万要投入。", [("两千万", 20000000)]),
    ("经过千年。", [("千年", 1000)]),  # 过 of 经过 is "through"
    # 达 that ends another word, or a place or 万里 after it, is no reaching of a mark
    ("列车到达万州。", []),
    ("直达万达广场。", []),
    ("经济发达万众一心。", []),
    ("跨越万里来到中国。", []),
    ("抵达万象。", []),
    # 十分 and 万分 before a word are "very" and "extremely": 十分 of 十分一致 was a
    # quantity of 10 分, which the skeleton offered the example unit 个
    ("双方意见十分一致。", []),
    ("这一点十分重要。", []),
    ("他万分感谢。", []),
    # ...but 十分 is ten of something before 钟, 之 or 制, at a clause's end and inside a
    # longer numeral
    ("比赛进行了十分钟。", [("十分钟", 10)]),
    ("他拿下十分。", [("十分", 10)]),
    ("满分十分，他得了三十分一致好评。", [("十分", 10), ("三十分", 30)]),
    ("采用十分制评分。", [("十分", 10)]),
])
def test_words_that_are_no_such_figure(text: str, rows: list[tuple[str, int]]) -> None:
    assert [(m.text, m.number) for m in extract(text) if m.counted] == rows


@pytest.mark.parametrize(("text", "figure", "kind"), [
    # 不到 or 不止 after a figure puts it under or over it, which the loader does not read:
    # 千万不到 was no mention (千万不, "by all means not", hid it), and 3千万不到 was
    # proposed as exactly 3千万
    ("年营收千万不到。", "千万不到", "quantity"),
    ("年营收3千万不到。", "3千万不到", "quantity"),
    ("年营收千万元不到的企业。", "千万元不到", "quantity"),
    ("损失千万不止。", "千万不止", "quantity"),
    ("工作三年不到就离职。", "三年不到", "duration"),
    ("占比30%不到。", "30%不到", "percentage"),
    # where the clause ends after it, or 的, 就, 便, 即, 已, 却, 又 or 时间 go on: under or
    # over it still
    ("用了三年不到的时间。", "三年不到", "duration"),
    ("三天不到便完工。", "三天不到", "duration"),
    ("短短一年不到时间里。", "一年不到", "duration"),
    ("成立三年不到却已上市。", "三年不到", "duration"),
    ("员工5人不到。", "5人不到", "quantity"),
    ("年营收千万不到了。", "千万不到", "quantity"),
    ("做了3次不止的尝试。", "3次不止", "quantity"),  # more than three attempts
    ("估计损失千万不止！", "千万不止", "quantity"),
    # a figure, a span of time above all, with 不到 and a clause after it is "in under it":
    # 开售3分钟不到门票全部售罄 (sold out in under three minutes) was proposed as exactly 3分钟
    ("开售3分钟不到门票全部售罄。", "3分钟不到", "duration"),
    ("上线1小时不到销量突破万件。", "1小时不到", "duration"),
    ("10分钟不到全部卖光。", "10分钟不到", "duration"),
    ("3天不到他就走了。", "3天不到", "duration"),
    ("成立两年不到公司就上市了。", "两年不到", "duration"),
    ("10分钟不到会议就结束了。", "10分钟不到", "duration"),  # 会议 is no 到会
    ("3天不到处理完毕。", "3天不到", "duration"),  # 处理 is no 到处
    ("10分钟不到场面就失控了。", "10分钟不到", "duration"),  # 场面 is no 到场
    ("损失3千万不止这些。", "3千万不止", "quantity"),
    # across the noun of a count of persons or of a span of time: 3个 of 有3个人不到 (under
    # three persons, or three absent) was proposed and loaded as exactly 3
    ("有3个人不到。", "3个人不到", "quantity"),
    ("有3個人不止。", "3個人不止", "quantity"),
    ("用了3年时间不到就还清了。", "3年时间不到", "duration"),
    ("3天工夫不止。", "3天工夫不止", "duration"),
])
def test_a_figure_with_budao_after_it_is_listed_whole_without_a_value(
        text: str, figure: str, kind: str) -> None:
    mention = next(m for m in extract(text) if m.counted)  # 突破万件 may follow
    assert (mention.text, mention.kind, mention.number) == (figure, kind, None)
    rendered = render_yaml(Article("a.txt", text), extract(text))
    assert f"value: {figure}" not in rendered
    assert (f"'{figure}' in 「{text[:-1]}」: a figure with 不到 or 不止 after it (under it or "
            "over it)") in rendered


@pytest.mark.parametrize(("quote", "part", "whole"), [
    # 3千万 of 3千万不到 loaded as exactly 3千万元 with unit: 元, and so did 3千万不到 itself
    # (its unit word 不到); 千万 of 千万不止 as exactly 10,000,000元
    ("年营收3千万不到", "3千万", "3千万不到"),
    ("损失千万不止", "千万", "千万不止"),
])
def test_the_loader_refuses_a_figure_with_budao_after_it_and_its_part(
        tmp_path: Path, quote: str, part: str, whole: str) -> None:
    article = f"標題\n\n{quote}。\n"
    claim = (f"  - {{id: x, quote: {quote}, value: {part}, unit: 元, entity: e, metric: m, "
             "as_of: 2023}\n")
    with pytest.raises(LoadErrors) as caught:
        load(_write(tmp_path, "claims:\n" + claim, article))
    [error] = [str(e) for e in caught.value.errors]
    assert f"value {part!r} is only part of a figure in the quote" in error
    assert f"the figure is {whole!r}, which factcheck does not read" in error
    with pytest.raises(LoadErrors) as caught:
        load(_write(tmp_path, "claims:\n" + claim.replace(f"value: {part},", f"value: {whole},"),
                    article))
    [error] = [str(e) for e in caught.value.errors]
    said = "a figure with 不到 or 不止 after it (under it or over it)"
    assert f"{whole!r} is {said}" in error
    line = error.split("e.g. ", 1)[1].splitlines()[0]
    assert line == ("- {quote: " + json.dumps(quote, ensure_ascii=False)
                    + f', reason: "{whole} is {said}, which factcheck does not read"}}')


@pytest.mark.parametrize(("quote", "value", "number"), [
    # 不到 or 不止 that goes on with a word it governs is no bound of the figure before it:
    # each was refused as only part of 5天不到, 2次不到, 3亿元不到 or 3次不止
    ("学生连续5天不到校", "5天", 5),
    ("被告2次不到庭", "2次", 2),
    ("营收3亿元不到去年的一半", "3亿元", 300000000),
])
def test_the_loader_takes_a_figure_before_budao_that_governs_a_word(
        tmp_path: Path, quote: str, value: str, number: int) -> None:
    def loaded(quote: str) -> tuple[object, ...]:
        claim = (f"  - {{id: x, quote: {quote}, value: {value}, entity: e, metric: m, "
                 "as_of: 2023}\n")
        quantity = load(_write(tmp_path, "claims:\n" + claim, f"標題\n\n{quote}。\n")
                        ).claims["x"].quantity
        assert quantity is not None
        return quantity.value, quantity.unit, quantity.interval, quantity.qualifier

    # exact, as the figure with nothing after it
    alone = loaded(quote.split("不到")[0])
    assert alone[0] == number and alone[3] is None
    assert loaded(quote) == alone


@pytest.mark.parametrize(("quote", "value"), [
    # ...while one that ends the clause, or goes on with 的, is under or over it still
    ("工作5天不到。", "5天"),
    ("做了3次不止的尝试", "3次"),
    ("用了三年不到的时间", "三年"),
    # ...and so is one that goes on with a clause: 3分钟 of it loaded as exactly 3 minutes
    ("开售3分钟不到门票全部售罄", "3分钟"),
    ("上线1小时不到销量突破万件", "1小时"),
    ("10分钟不到全部卖光", "10分钟"),
    ("3天不到他就走了", "3天"),
    ("成立两年不到公司就上市了", "两年"),
    # ...also across 人 or 时间: 3个 of 有3个人不到 loaded as exactly 3
    ("有3个人不到", "3个"),
    ("用了3年时间不到", "3年"),
])
def test_the_loader_refuses_a_figure_before_budao_that_ends_the_clause(
        tmp_path: Path, quote: str, value: str) -> None:
    claim = (f"  - {{id: x, quote: {quote}, value: {value}, entity: e, metric: m, "
             "as_of: 2023}\n")
    with pytest.raises(LoadErrors) as caught:
        load(_write(tmp_path, "claims:\n" + claim, f"標題\n\n{quote}，另有其他。\n"))
    [error] = [str(e) for e in caught.value.errors]
    assert f"value {value!r} is only part of a figure in the quote" in error


@pytest.mark.parametrize(("quote", "value", "whole"), [
    ("他用了3年时间不到", "3年", "3年时间不到"), ("他用了3年時間不到", "3年", "3年時間不到"),
    ("3天工夫不止", "3天", "3天工夫不止"),
])
def test_the_hint_for_a_figure_before_budao_across_a_noun_names_the_bound(
        tmp_path: Path, quote: str, value: str, whole: str) -> None:
    # 3年 of 用了3年时间不到 hinted a clock time (14时...), reading 时 of 时间 as an hour
    claim = (f"  - {{id: x, quote: {quote}, value: {value}, entity: e, metric: m, "
             "as_of: 2023}\n")
    with pytest.raises(LoadErrors) as caught:
        load(_write(tmp_path, "claims:\n" + claim, f"標題\n\n{quote}。\n"))
    [error] = [str(e) for e in caught.value.errors]
    assert "clock time" not in error
    assert f"hint: the figure is {whole!r}, which factcheck does not read" in error


@pytest.mark.parametrize(("text", "rows"), [
    # 不到 before a figure still qualifies that one, and 不到位, 不到场 are words
    ("营收不到千万。", [("不到千万", 10000000)]),
    ("投资3千万不到半年就回本。", [("3千万", 30000000), ("不到半年", Fraction(1, 2))]),
    ("资金3千万不到位。", [("3千万", 30000000)]),
    ("3人不到场。", [("3人", 3)]),
    ("损失3千万不止一次。", [("3千万", 30000000)]),
    ("存在3个不足。", [("3个", 3)]),  # three shortcomings: 不足 after a figure is no bound
    ("千万不要迟到。", []),
    ("千万不到处乱跑。", []),  # by all means do not run about (到处, everywhere)
    ("千万不止步。", []),
    # 不到 or 不止 that goes on with a word governs that word, no bound of the figure before
    # it: 5天不到 of 连续5天不到校 (absent from school five days running) was listed without
    # a value and the loader refused 5天 as only part of it; 3亿元 of 3亿元不到去年的一半 is
    # exact (不到 qualifies 去年的一半, under half of last year's)
    ("连续5天不到校。", [("5天", 5)]),
    ("被告2次不到庭。", [("2次", 2)]),
    ("员工3人不到岗。", [("3人", 3)]),
    ("营收3亿元不到去年的一半。", [("3亿元", 300000000)]),
    ("收入3万元不止于此。", [("3万元", 30000)]),
    # 千万不到 before a place or a verb is "by all means do not go": no mention
    ("提醒市民千万不到河边游泳。", []),
    ("家长千万不到无资质机构报名。", []),
    ("球队拿下30分不到半场。", [("30分", 30)]),  # 30 points in under half a game
    ("全市3000人不到岗。", [("3000人", 3000)]),
    ("会员3人不到会。", [("3人", 3)]),
    ("款项3万元不到账。", [("3万元", 30000)]),
    ("利润3亿元不到上年同期的一半。", [("3亿元", 300000000)]),
    ("利润3亿元不到同期水平。", [("3亿元", 300000000)]),
    # only 人 and the nouns of a span of time are crossed, never a verb that 不到 completes
    # (找不到, could not find), nor 人 before a word 不到 governs (3个人不到场, three absent)
    ("花了3个月找不到工作。", [("3个月", 3)]),
    ("3个人做不到。", [("3个", 3)]),
    ("3年时间看不到成效。", [("3年", 3)]),
    ("会上有3个人不到场。", [("3个", 3)]),
    ("有3个人不到一小时就吃完了。", [("3个", 3), ("不到一小时", 1)]),
])
def test_budao_that_is_not_the_figures_bound(
        text: str, rows: list[tuple[str, int | Fraction]]) -> None:
    assert [(m.text, m.number) for m in extract(text) if m.counted] == rows


@pytest.mark.parametrize(("text", "before", "after"), [
    # 不到 between a span of time and a figure of no time may bound either: sold out in
    # under three minutes, or under ten thousand tickets sold out in three. 3分钟 of it
    # loaded as exactly 3 minutes and 不到一万张 as under 10000, and extract proposed both
    ("开售后3分钟不到一万张票就卖光。", "3分钟", "不到一万张"),
    ("上线1小时不到3000件就卖完了。", "1小时", "不到3000件"),
    ("10分钟不到500张票就卖完了。", "10分钟", "不到500张"),
    ("開售後3分鐘不到一萬張票就賣光。", "3分鐘", "不到一萬張"),
])
def test_budao_between_a_span_of_time_and_a_figure_bounds_neither_surely(
        tmp_path: Path, text: str, before: str, after: str) -> None:
    assert [m.text for m in extract(text) if m.counted][:2] == [before, after]
    rendered = render_yaml(Article("a.txt", text), extract(text))
    claims, _, skipped = rendered.partition("# Mentions the loader cannot take")
    for figure in (before, after):
        assert f"value: {figure}" not in claims
        assert f"'{figure}' in 「" in skipped and "next to 不到 between a span of time" in skipped
    for value in (before, after, after[2:]):
        claim = f"  - {{id: x, quote: {text[:-1]}, value: {value}, entity: e, metric: m, " \
                "as_of: 2023}\n"
        (tmp_path / value).mkdir()
        with pytest.raises(LoadErrors) as caught:
            load(_write(tmp_path / value, "claims:\n" + claim, f"標題\n\n{text}\n"))
        [error] = [str(e) for e in caught.value.errors]
        assert "'不到' between a span of time and another figure may bound either" in error
        assert "not_claims" in error


@pytest.mark.parametrize(("text", "rows"), [
    # 不到 between two figures is plain where the one after it is a span of time (under
    # half a year), the one before it no span (30 points), or a year or a date (in 2020)
    ("投资3千万不到半年就回本。", [("3千万", 30000000), ("不到半年", Fraction(1, 2))]),
    ("球队拿下30分不到半场。", [("30分", 30)]),
    ("2020年不到3000人参加。", [("2020年", None), ("不到3000人", 3000)]),
    ("3月不到3000人参加。", [("3月", None), ("不到3000人", 3000)]),
    ("营收3亿元不到去年的一半。", [("3亿元", 300000000)]),
    # 不到 after a span of time and before no figure stays its bound
    ("开售3分钟不到门票全部售罄。", [("3分钟不到", None)]),
])
def test_budao_between_figures_that_reads_one_way(
        text: str, rows: list[tuple[str, int | Fraction]]) -> None:
    assert [(m.text, m.number) for m in extract(text) if m.counted] == rows
    rendered = render_yaml(Article("a.txt", text), extract(text))
    assert "next to 不到 between a span of time" not in rendered


@pytest.mark.parametrize(("text", "rows"), [
    # 一 that ends a word (周一 Monday, 星期一, 唯一, 之一, 统一) is no numeral next to the one
    # after it, as the loader reads them: 周一兩場 listed nothing, 唯一两家 and 星期一两场
    # were listed as 一两家 and 一两场, one or two, which the loader takes as 两家 and 两场
    ("周一兩場比賽。", [("兩場", 2)]),
    ("周一两场。", [("两场", 2)]),
    ("星期一两场比赛。", [("两场", 2)]),
    ("唯一两家企业。", [("两家", 2)]),
    ("原因之一两家企业。", [("两家", 2)]),
    ("统一两个标准。", [("两个", 2)]),
    ("周一二十家企业开业。", [("二十家", 20)]),
    ("周一3场比赛。", [("3场", 3)]),
    # ...while neighbouring numerals elsewhere stay one approximate figure
    ("一两场比赛。", [("一两场", None)]),
    ("每周一两场。", [("两场", 2)]),  # every Monday, two matches (as the loader reads it)
    ("周一两三场比赛。", [("两三场", None)]),  # two or three, after Monday
    ("周一十场。", [("十场", 10)]),
    ("周一一场。", []),  # 一场 is "a match", as 一场比赛 is no figure
])
def test_one_that_ends_a_word_is_no_neighbouring_numeral(
        text: str, rows: list[tuple[str, int | None]]) -> None:
    assert [(m.text, m.number) for m in extract(text) if m.counted] == rows


@pytest.mark.parametrize(("quote", "value", "unit", "said"), [
    ("去年收入過萬元", "過萬元", None, "a magnitude word without a number before it"),
    ("市值破億元", "破億元", None, "a magnitude word without a number before it"),
    ("獎金萬餘元", "萬餘元", None, "a magnitude word without a number before it"),
    ("約有七八百人", "約有七八百人", None, "an approximate figure"),
    ("三四十家", "三四十家", None, "an approximate figure"),
    ("歷時一兩年", "一兩年", None, "an approximate figure"),
    ("翻了一番", "翻了一番", None, "a doubling"),
    ("佔萬分之五", "萬分之五", None, "a ratio per ten thousand"),
])
def test_the_loader_hints_a_not_claims_line_that_loads(
        tmp_path: Path, quote: str, value: str, unit: str | None, said: str) -> None:
    article = ARTICLE
    claim = (f"  - {{id: x, quote: {quote}, value: {value}, entity: e, metric: m, "
             f"as_of: 2023{', unit: ' + unit if unit else ''}}}\n")
    with pytest.raises(LoadErrors) as caught:
        load(_write(tmp_path, "claims:\n" + claim, article))
    [error] = [str(e) for e in caught.value.errors]
    assert f"{value!r} is {said}" in error
    assert "which factcheck does not read" in error
    assert "write the value exactly as the quote has it" not in error
    line = error.split("e.g. ", 1)[1].splitlines()[0]
    assert line.startswith("- {quote: " + json.dumps(quote, ensure_ascii=False)
                           + f', reason: "{value} is {said}')
    assert line.endswith(', which factcheck does not read"}')
    # the line, pasted under not_claims:, loads and covers the mention
    corpus = load(_write(tmp_path, "claims:\n" + REVENUE + "not_claims:\n  " + line + "\n",
                         article))
    assert [n.quote for n in corpus.not_claims] == [quote]


def test_less_than_zero_of_a_count_is_not_proposed() -> None:
    # 少于0家 was proposed as a claim, which the loader refuses (no count is below 0);
    # 最多0家 is 0 firms and stays proposed, as do 低于0%, which may be a fall, and
    # 不到0亿元 and 低于0米, which may be a loss and below the sea
    text = "企业少于0家，企业最多0家，增速低于0%，利润不到0亿元，海拔低于0米。\n"
    rendered = render_yaml(Article("a.txt", text), extract(text))
    claims, _, skipped = rendered.partition("# Mentions the loader cannot take")
    assert "value: 少于0家" not in claims
    for value in ("最多0家", "低于0%", "不到0亿元", "低于0米"):
        assert f"value: {value}" in claims
    assert ("'少于0家' in 「企业少于0家」: less than 0 of a count (少于0家), which no "
            "claim holds: list it under not_claims") in skipped


def test_near_zero_is_not_proposed() -> None:
    # 近0% was proposed and loaded as exactly 0%; the loader now refuses it, and the
    # mention is listed with why, not as a unit that does not fit
    text = "增速近0%，库存近零个，误差接近0毫米，利润近10亿元。\n"
    rendered = render_yaml(Article("a.txt", text), extract(text))
    claims, _, skipped = rendered.partition("# Mentions the loader cannot take")
    assert "value: 近10亿元" in claims
    for value in ("近0%", "近零个", "接近0毫米"):
        assert f"value: {value}" not in claims
        assert (f"'{value}' in 「" in skipped and "close to 0 (近0%, 近零), which no figure "
                "bounds: list it under not_claims" in skipped)
    assert "its unit does not fit" not in skipped


@pytest.mark.parametrize(("text", "figure"), [
    ("GDP達萬億元。", "萬億元"), ("GDP跨過萬億元。", "萬億元"), ("參觀人數達到萬人。", "萬人"),
])
def test_a_lone_magnitude_after_a_verb_of_reaching_is_listed_unproposed_and_refused(
        tmp_path: Path, text: str, figure: str) -> None:
    # GDP达万亿元 was no mention, so coverage counted nothing the loader refuses
    rendered = render_yaml(Article("a.txt", text), extract(text))
    assert "claims: []" in rendered
    assert f"'{figure}' in 「{text[:-1]}」: a magnitude word without a number" in rendered
    claim = (f"  - {{id: x, quote: {text[:-1]}, value: {figure}, entity: e, metric: m, "
             "as_of: 2023}\n")
    with pytest.raises(LoadErrors) as caught:
        load(_write(tmp_path, "claims:\n" + claim, "標題\n\n" + text + "\n"))
    [error] = [str(e) for e in caught.value.errors]
    assert f"{figure!r} is a magnitude word without a number before it" in error


@pytest.mark.parametrize(("text", "quote", "value", "unit", "idiom"), [
    # a numeral of a set phrase that extract reads no figure in loaded as one: 十 and 十分
    # of 十分一致 ("very") with unit: 个 as 10 items, 千万 of 千万不要 ("by all means") with
    # unit: 元 as 10,000,000 yuan
    ("双方意见十分一致。", "双方意见十分一致", "十", "个", "十分"),
    ("双方意见十分一致。", "双方意见十分一致", "十分", "个", "十分"),
    ("他的态度十分坚决。", "他的态度十分坚决", "十", "1", "十分"),
    ("你千万不要去。", "你千万不要去", "千万", "元", "千万不"),
])
def test_a_value_inside_a_set_phrase_is_refused(
        tmp_path: Path, text: str, quote: str, value: str, unit: str, idiom: str) -> None:
    write_corpus(tmp_path, text, f"""\
claims:
  - {{id: c, quote: {quote}, value: "{value}", unit: {unit}, entity: e, metric: m,
     as_of: "2020"}}
""")
    with pytest.raises(LoadErrors) as caught:
        load(tmp_path)
    [error] = [str(e) for e in caught.value.errors]
    assert "in the quote, a set phrase whose numeral counts nothing" in error
    assert f"{idiom!r}" in error
    assert "hint: no figure stands there" in error


@pytest.mark.parametrize(("text", "quote", "value", "unit", "base"), [
    # ten points, ten minutes, 30 points and a number inside a longer numeral still load
    ("他拿下十分。", "他拿下十分", "十分", "个", 10),
    ("比赛进行了十分钟。", "比赛进行了十分钟", "十分钟", None, Fraction(10, 1440)),
    ("他得了三十分一致好评。", "他得了三十分", "三十分", "个", 30),
    ("收入三十四万一千元。", "收入三十四万一千元", "三十四万一千元", None, 341000),
    ("投资2千万要求回报。", "投资2千万要求回报", "2千万", "元", 20000000),
])
def test_a_figure_beside_a_set_phrase_loads(
        tmp_path: Path, text: str, quote: str, value: str, unit: str | None,
        base: Fraction) -> None:
    given = "" if unit is None else f", unit: {unit}"
    write_corpus(tmp_path, text, f"""\
claims:
  - {{id: c, quote: {quote}, value: "{value}"{given}, entity: e, metric: m, as_of: "2020"}}
""")
    quantity = load(tmp_path).claims["c"].quantity
    assert quantity is not None and quantity.base == base
