"""The JSON-LD report: schema.org ClaimReview items that expand as JSON-LD, offline."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from claim_factory import quoted_across_scripts
from pyld import jsonld
from test_report_html import report_run, write_report_corpus

from factcheck import (
    Corpus,
    LoadErrors,
    Status,
    check,
    load,
    parse_period,
)
from factcheck._report_jsonld import claim_reviews, render_jsonld

SCHEMA = "https://schema.org/"


def offline_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """Serve a minimal local copy of the schema.org context; refuse every other URL."""
    if url.rstrip("/") == SCHEMA.rstrip("/"):
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
                "document": {"@context": {"@vocab": SCHEMA}}}
    raise AssertionError(f"the JSON-LD expansion tried to load {url}")


def expand(document: Any) -> list[dict[str, Any]]:
    expanded: list[dict[str, Any]] = jsonld.expand(document, {"documentLoader": offline_loader})
    return expanded


def value(node: dict[str, Any], prop: str) -> Any:
    [item] = node[SCHEMA + prop]
    return item.get("@value", item)


def test_one_review_per_claim_in_a_conflict_or_discrepancy(tmp_path: Path) -> None:
    corpus, findings = report_run(tmp_path)
    reviews = claim_reviews(corpus, findings)
    assert [r["identifier"] for r in reviews] == [
        "firms.2020", "firms.2021", "firms.2022", "invest.a", "invest.b"]  # not area.*
    assert all(r["@context"] == "https://schema.org" and r["@type"] == "ClaimReview"
               for r in reviews)


def test_review_fields_are_exact(tmp_path: Path) -> None:
    corpus, findings = report_run(tmp_path)
    review = {r["identifier"]: r for r in claim_reviews(corpus, findings)}["invest.b"]
    assert review["claimReviewed"] == "总投资额为239.9亿元"
    assert review["reviewRating"] == {
        "@type": "Rating", "alternateName": "conflict",
        "ratingExplanation": "239.9亿元 and 293.9亿元 differ by 54亿元, more than their written "
                             "precision or any rounding allows."}
    # the exact value is what the Claim is about: a QuantitativeValue, which (unlike a
    # ClaimReview or a Claim) may carry additionalProperty in schema.org
    assert "additionalProperty" not in review
    assert review["itemReviewed"] == {
        "@type": "Claim",
        "appearance": {"@type": "NewsArticle", "headline": "测试文章",
                       "datePublished": "2023-08-25"},
        "about": {"@type": "QuantitativeValue", "unitText": "元", "additionalProperty": [
            {"@type": "PropertyValue", "name": "value", "value": "239.9亿元"},
            {"@type": "PropertyValue", "name": "unit", "value": "元"},
            {"@type": "PropertyValue", "name": "base value", "value": "23990000000"},
            {"@type": "PropertyValue", "name": "base unit", "value": "yuan"},
            {"@type": "PropertyValue", "name": "interval low", "value": "23985000000"},
            {"@type": "PropertyValue", "name": "interval high", "value": "23995000000"},
            {"@type": "PropertyValue", "name": "interval",
             "value": "[23985000000, 23995000000)"},
        ]},
    }


def test_the_claim_reviewed_is_the_article_s_own_words() -> None:
    # The loader matches a quote across scripts and past inline pinyin, so the YAML quote
    # may be Simplified where the article is Traditional: the review quotes the article.
    corpus, finding = quoted_across_scripts()
    [review] = claim_reviews(corpus, [finding])
    assert review["claimReviewed"] == "開(kāi)啟了跨越2800公里的“握手”"
    # without the article's text, the YAML quote is all there is
    [alone] = claim_reviews(Corpus(), [finding])
    assert alone["claimReviewed"] == "开启了跨越2800公里的“握手”"


def test_the_article_s_url_is_given_when_the_registry_has_one(tmp_path: Path) -> None:
    root = write_report_corpus(tmp_path)
    registry = root / "registry.yaml"
    text = registry.read_text(encoding="utf-8")
    assert text.count("title: 测试文章\n") == 1
    registry.write_text(text.replace(
        "title: 测试文章\n", "title: 测试文章\n  url: https://example.com/news/1.html\n"),
        encoding="utf-8")
    corpus = load(root)
    assert corpus.sources["s"].url == "https://example.com/news/1.html"
    for review in claim_reviews(corpus, check(corpus)):
        assert review["itemReviewed"]["appearance"]["url"] == "https://example.com/news/1.html"
        assert "url" not in review  # where the review is published is not known
        [node] = expand(review)
        [reviewed] = node[SCHEMA + "itemReviewed"]
        [appearance] = reviewed[SCHEMA + "appearance"]
        assert appearance[SCHEMA + "url"] == [{"@value": "https://example.com/news/1.html"}]


def corpus_with_url(tmp_path: Path, url: str) -> Path:
    """The report corpus, its one article registered with ``url``."""
    root = write_report_corpus(tmp_path)
    registry = root / "registry.yaml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(text.replace("title: 测试文章\n", f"title: 测试文章\n  url: '{url}'\n"),
                        encoding="utf-8")
    return root


@pytest.mark.parametrize("url", [
    "http://[::1]:8080/news/1.html", "https://例子.中国/新闻/1.html",
    "https://example.com/a%20b?x=%E4%B8%AD#frag",
    # neither control nor invisible: an emoji that Python 3.11's Unicode (14.0) has not
    # assigned (U+1FAE8, of 15.0) was refused as a character of category C, as a private
    # use character was
    "https://example.com/news/\U0001fae8.html", "https://example.com/news/\ue000.html",
])
def test_a_web_address_of_any_host_and_character_loads(tmp_path: Path, url: str) -> None:
    root = corpus_with_url(tmp_path, url)
    assert load(root).sources["s"].url == url


def test_no_url_is_made_up_when_the_registry_has_none(tmp_path: Path) -> None:
    for review in claim_reviews(*report_run(tmp_path)):
        assert "url" not in review and "url" not in review["itemReviewed"]["appearance"]


def test_inexact_publication_dates_are_left_out(tmp_path: Path) -> None:
    corpus, findings = report_run(tmp_path)
    source = corpus.sources["s"]
    ranged = parse_period("2023-08")
    assert ranged is not None
    corpus = replace(corpus, sources={"s": replace(source, published=ranged)})
    appearance = claim_reviews(corpus, findings)[0]["itemReviewed"]["appearance"]
    assert appearance == {"@type": "NewsArticle", "headline": "测试文章"}


def test_discrepancy_is_rated_and_consistent_is_not_reviewed(tmp_path: Path) -> None:
    corpus, findings = report_run(tmp_path)
    downgraded = [replace(f, status=Status.DISCREPANCY) if f.id == "agreement[project.investment]"
                  else f for f in findings]
    ratings = {r["identifier"]: r["reviewRating"]["alternateName"]
               for r in claim_reviews(corpus, downgraded)}
    assert ratings == {"firms.2020": "conflict", "firms.2021": "conflict",
                       "firms.2022": "conflict", "invest.a": "discrepancy",
                       "invest.b": "discrepancy"}


def test_document_expands_as_schema_org_claim_reviews(tmp_path: Path) -> None:
    corpus, findings = report_run(tmp_path)
    document = json.loads(render_jsonld(corpus, findings))
    expanded = expand(document)
    assert len(expanded) == len(document) == 5
    for node, item in zip(expanded, document, strict=True):
        assert node["@type"] == [SCHEMA + "ClaimReview"]
        assert value(node, "claimReviewed") == item["claimReviewed"]
        rating = value(node, "reviewRating")
        assert rating["@type"] == [SCHEMA + "Rating"]
        [claim] = node[SCHEMA + "itemReviewed"]
        assert claim["@type"] == [SCHEMA + "Claim"]
        [appearance] = claim[SCHEMA + "appearance"]
        assert appearance["@type"] == [SCHEMA + "NewsArticle"]
        assert SCHEMA + "additionalProperty" not in node
        [about] = claim[SCHEMA + "about"]
        assert about["@type"] == [SCHEMA + "QuantitativeValue"]
        names = [value(p, "name") for p in about[SCHEMA + "additionalProperty"]]
        assert names == ["value", "unit", "base value", "base unit", "interval low",
                         "interval high", "interval"]


def test_inline_vocabulary_gives_the_same_types(tmp_path: Path) -> None:
    corpus, findings = report_run(tmp_path)
    document = json.loads(render_jsonld(corpus, findings))
    inline = [{**item, "@context": {"@vocab": SCHEMA}} for item in document]
    assert [n["@type"] for n in jsonld.expand(inline)] == [[SCHEMA + "ClaimReview"]] * 5


def test_loader_refuses_the_network() -> None:
    with pytest.raises(jsonld.JsonLdError):
        expand({"@context": "https://example.org/context.jsonld", "@type": "X"})


def test_output_is_sorted_json_with_a_final_newline(tmp_path: Path) -> None:
    corpus, findings = report_run(tmp_path)
    text = render_jsonld(corpus, findings)
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2,
                              sort_keys=True) + "\n"


def test_an_acknowledged_finding_says_why_it_was_accepted(tmp_path: Path) -> None:
    corpus, findings = report_run(tmp_path)
    accepted = [f.acknowledge("both are round figures") if f.id == "agreement[project.investment]"
                else f for f in findings]
    review = {r["identifier"]: r for r in claim_reviews(corpus, accepted)}["invest.b"]
    assert review["reviewRating"]["ratingExplanation"].endswith(
        "allows. Acknowledged by a reviewer: both are round figures")
    assert "Acknowledged by a reviewer: both are round figures" in review["reviewBody"]
    other = {r["identifier"]: r for r in claim_reviews(corpus, findings)}["invest.b"]
    assert "Acknowledged" not in json.dumps(other, ensure_ascii=False)


def test_an_open_end_is_shown_open(tmp_path: Path) -> None:
    corpus, findings = report_run(tmp_path)
    claim = corpus.claims["invest.b"]
    assert claim.quantity is not None
    above = replace(claim.quantity, interval=replace(claim.quantity.interval, low_closed=False,
                                                     high=None, high_closed=False))
    corpus = replace(corpus, claims={**corpus.claims, "invest.b": replace(claim, quantity=above)})
    review = {r["identifier"]: r for r in claim_reviews(corpus, findings)}["invest.b"]
    properties = review["itemReviewed"]["about"]["additionalProperty"]
    assert {p["name"]: p["value"] for p in properties}["interval"] == "(23985000000, inf)"


def test_the_document_cannot_close_the_script_element_it_is_put_in(tmp_path: Path) -> None:
    corpus, findings = report_run(tmp_path)
    claim = corpus.claims["invest.b"]
    hostile = [replace(f, message=f.message + " </script><b>&amp;") for f in findings]
    text = render_jsonld(corpus, hostile)
    assert "<" not in text and ">" not in text and "&" not in text
    assert " </script><b>&amp;" in json.loads(text)[0]["reviewBody"]
    assert claim.quote in text


def test_an_acknowledgement_names_its_reviewer_in_the_review(tmp_path: Path) -> None:
    # a published ClaimReview said "Acknowledged by a reviewer" though the acknowledgement
    # names one, as the Markdown and HTML reports show
    from corpus_builder import CONFLICTING, TEXT, write_corpus

    from factcheck import check, load

    corpus = load(write_corpus(tmp_path, TEXT, CONFLICTING, """
acknowledgements:
  - {finding: "agreement[s.inv]", status: conflict, reviewer: 王芳,
     reason: 250亿元 is another phase}
"""))
    reviews = claim_reviews(corpus, check(corpus))
    explained = {r["reviewRating"]["ratingExplanation"] for r in reviews}
    assert explained and all(e.endswith("Acknowledged by 王芳: 250亿元 is another phase")
                             for e in explained)
    (tmp_path / "unsigned").mkdir()
    unsigned = load(write_corpus(tmp_path / "unsigned", TEXT, CONFLICTING, """
acknowledgements:
  - {finding: "agreement[s.inv]", status: conflict, reason: 250亿元 is another phase}
"""))
    assert all(r["reviewRating"]["ratingExplanation"].endswith(
        "Acknowledged by a reviewer: 250亿元 is another phase")
        for r in claim_reviews(unsigned, check(unsigned)))


@pytest.mark.parametrize(("url", "hint"), [
    # a scheme was said to be missing from addresses that have one: https://ftp://..., and
    # https://https:// or https://:80/x (no host) were addresses
    ("ftp://example.com/news/1.html", None),
    ("https://", None),
    ("https://:80/news/1.html", None),
    ("javascript:alert(1)", None),
    # a port that is none, a host that is only a dot, an invisible character in the host
    ("https://:99999/news/1.html", None),
    ("https://exa mple.com:99999/news/1.html", None),
    ("https://./news/1.html", None),
    ("https://\u200bexample.com/news/1.html", None),
    ("www.example.com/news/1.html", "https://www.example.com/news/1.html"),
    ("example.com:8080/news/1.html", "https://example.com:8080/news/1.html"),
])
def test_a_url_that_is_no_web_address_is_refused_with_a_fitting_hint(
        tmp_path: Path, url: str, hint: str | None) -> None:
    root = corpus_with_url(tmp_path, url)
    registry = root / "registry.yaml"
    with pytest.raises(LoadErrors) as caught:
        load(root)
    [error] = caught.value.errors
    assert str(error).startswith(f"{registry}:") and "not a web address" in str(error)
    assert error.hint == (f"write it with its scheme: {hint}" if hint else
                          "write the article's address as a browser shows it, starting with "
                          "https:// or http://, such as https://example.com/news/1.html")


PLAIN = "http://example.com/news/1.html"


@pytest.mark.parametrize(("url", "problem", "without"), [
    # said to be no web address, with the hint to write one as a browser shows it
    ("http://example.com:99999/news/1.html", "the port 99999 is out of range (1 to 65535)",
     PLAIN),
    ("http://example.com:0/news/1.html", "the port 0 is out of range (1 to 65535)", PLAIN),
    ("http://example.com:abc/news/1.html", "the port 'abc' is not a number", PLAIN),
    # the port is all that follows the host's colon, as urllib reads it: the hint read the
    # last colon's 90 alone, found it a port, and named no port at all
    ("http://example.com:80:90/news/1.html", "the port '80:90' is not a number", PLAIN),
    ("http://[::1]:99999/news/1.html", "the port 99999 is out of range (1 to 65535)",
     "http://[::1]/news/1.html"),
])
def test_a_url_whose_port_is_none_is_refused_with_the_port_as_the_reason(
        tmp_path: Path, url: str, problem: str, without: str) -> None:
    root = corpus_with_url(tmp_path, url)
    with pytest.raises(LoadErrors) as caught:
        load(root)
    [error] = caught.value.errors
    assert error.message == f"not a web address: {problem}"
    assert error.hint == ("a port is a number from 1 to 65535; write the port the address "
                          f"really has, or leave it out for the usual one: {without}")


def test_a_url_with_a_port_in_range_loads(tmp_path: Path) -> None:
    url = "http://example.com:65535/news/1.html"
    root = corpus_with_url(tmp_path, url)
    [source] = load(root).sources.values()
    assert source.url == url
