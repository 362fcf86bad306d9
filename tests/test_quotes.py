"""Quotes match across scripts, pinyin annotations and whitespace, with original offsets."""

from factcheck._quotes import find_all, mojibake_spans, normalise

TEXT = "在深圳(哈爾濱)產(chǎn)業(yè)園區(qū),\n兩天一層樓。"


def test_traditional_quote_in_traditional_text() -> None:
    spans = find_all(normalise(TEXT), "兩天一層樓")
    assert spans == [(TEXT.index("兩"), TEXT.index("樓") + 1)]


def test_simplified_quote_matches_traditional_text_with_pinyin() -> None:
    spans = find_all(normalise(TEXT), "产业园区")
    start, end = spans[0]
    assert TEXT[start:end] == "產(chǎn)業(yè)園區"


def test_whitespace_and_line_breaks_are_ignored() -> None:
    spans = find_all(normalise(TEXT), "园区, 两天")
    start, end = spans[0]
    assert TEXT[start:end] == "園區(qū),\n兩天"


def test_every_occurrence_is_found() -> None:
    assert len(find_all(normalise("甲1乙1"), "1")) == 2


def test_absent_quote_gives_nothing() -> None:
    assert find_all(normalise(TEXT), "深圳大学") == []


def test_mojibake_is_spotted_but_plain_question_marks_are_not() -> None:
    text = "全過程?!鄙钲冢ü枮I)說。怎么选?看完"
    assert mojibake_spans(text) == [(3, 5)]


def test_full_width_forms_match_ascii_to_the_last_one() -> None:
    # U+FF01 ！ to U+FF5E ～ are ASCII in full width; ～ joins ranges (10～20元)
    text = "投资10~20元!"
    assert find_all(normalise(text), "投资10～20元！") == [(0, len(text))]
    assert find_all(normalise("10～20元"), "10~20元") == [(0, 6)]


def test_original_span_ends_after_the_last_character() -> None:
    normal = normalise("產(chǎn)業 园")
    assert normal.text == "产业园"
    assert normal.original_span(0, 2) == (0, len("產(chǎn)業"))
    assert normal.original_span(2, 3) == (len("產(chǎn)業 "), len("產(chǎn)業 园"))


def test_a_dot_written_for_the_middle_dot_matches_it() -> None:
    # kW•h, kW∙h, kW⋅h and 千瓦・时 are kW·h and 千瓦·时, as the figure grammar reads them
    for dot in "•∙⋅・":
        assert find_all(normalise(f"发电100kW{dot}h。"), "100kW·h") == [(2, 9)]
        assert find_all(normalise("发电100千瓦·时。"), f"100千瓦{dot}时") == [(2, 9)]


def test_the_folding_is_what_claims_format_says_and_no_more() -> None:
    # the comma and the digits of the clause match across widths, as documented...
    text = "增长４.５％，达１，２３４元（Ａ类）"
    assert find_all(normalise(text), "增长4.5%,达1,234元(A类)") == [(0, len(text))]
    assert find_all(normalise("增长4.5%。"), "增长４.５%") == [(0, 6)]
    # ...while 。、“” have no ASCII form, and case is kept
    assert find_all(normalise("增长5%。"), "增长5%.") == []
    assert find_all(normalise("甲、乙"), "甲,乙") == []
    assert find_all(normalise("“甲”"), '"甲"') == []
    assert find_all(normalise("Ａ类"), "a类") == []
