"""The fallback's date and authors: pages handed to trafilatura get htmldate's date from the
markup (never a copyright year, and none with ``htmldate_fallback`` off) and the people their
article's JSON-LD names (never an organisation, an image's author or a ``<meta name=author>``)."""

from __future__ import annotations

import json
from datetime import datetime

from cleaner import clean
from cleaner.config import CleanerConfig

from test_fallback_title import BODY, FOOT, HEADLINE, NAV

NOW = datetime(2025, 9, 20, 12, 0)


def page(head: str = "", ld: object = None, extra: str = "") -> bytes:
    script = (f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld is not None else "")
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{HEADLINE} | Bayside '
            f'Courier</title>{head}{script}</head><body>{NAV}<main><article><h1>{HEADLINE}</h1>'
            f'{extra}{BODY}</article></main>{FOOT}</body></html>').encode("utf-8")


PUBLISHED = '<meta property="article:published_time" content="2025-09-16T07:30:00-04:00">'
PEOPLE = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE,
          "author": [{"@type": "Person", "name": "Dana  Whitfield"}, {"@type": "Person", "name": "Omar Reyes"}],
          "image": {"@type": "ImageObject", "author": {"@type": "Person", "name": "Lee Photographer"}}}


def test_fallback_dates_the_article_from_its_markup() -> None:
    article = clean(page(PUBLISHED), now=NOW)
    assert article.extractor == "trafilatura" and article.paragraphs
    assert article.published is not None and (article.published.year, article.published.month,
                                              article.published.day, article.published.hour) == (2025, 9, 16, 7)
    assert ("published", "htmldate") in article.provenance
    assert clean(page(PUBLISHED), now=NOW, config=CleanerConfig(htmldate_fallback=False)).published is None


def test_fallback_takes_no_copyright_year_for_a_date() -> None:
    # The footer's © 2025 and a year in the text are no publication date for htmldate's markup
    # search: without its <meta> date the same page has none.
    dated = page(PUBLISHED, extra="<p>Posted to the archive in 2024.</p>")
    assert clean(dated, now=NOW).published.year == 2025  # type: ignore[union-attr]
    article = clean(dated.replace(PUBLISHED.encode(), b""), now=NOW)
    assert article.extractor == "trafilatura" and article.paragraphs and article.published is None


def test_fallback_authors_are_the_people_of_the_articles_json_ld() -> None:
    article = clean(page(ld=PEOPLE), now=NOW)
    assert article.authors == ("Dana Whitfield", "Omar Reyes")  # spaces folded, not the photographer
    assert ("authors", "JSON-LD") in article.provenance
    graph = {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, PEOPLE]}
    assert clean(page(ld=graph), now=NOW).authors == ("Dana Whitfield", "Omar Reyes")
    parts = {"@type": "BlogPosting", "author": {"@type": "Person", "givenName": "Dana", "familyName": "Whitfield"}}
    assert clean(page(ld=parts), now=NOW).authors == ("Dana Whitfield",)


def test_fallback_takes_no_site_or_handle_for_an_author() -> None:
    site = {"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Bayside Courier"}}
    handle = {"@type": "NewsArticle", "author": [{"@type": "Person", "name": "https://bayside.example/staff/dw"},
                                                 {"@id": "#dana"}, "Dana Whitfield",
                                                 {"@type": "Person", "name": "Omar Reyes"}]}
    assert clean(page('<meta name="author" content="Bayside Courier">', ld=site), now=NOW).authors == ()
    assert clean(page(ld=handle), now=NOW).authors == ("Omar Reyes",)  # the one name among them


def test_fallback_reads_odd_json_ld_without_failing() -> None:
    # JSON nested past the parser's depth, a @graph that is no list, types given as lists: the
    # authors of what can be read, and no exception.
    deep = "[" * 100_000 + "]" * 100_000
    odd = {"@type": ["NewsArticle"], "@graph": 5, "author": {"@type": ["Person"], "name": "Omar Reyes"}}
    html = page(ld=odd).replace(b"</head>", f'<script type="application/ld+json">{deep}</script></head>'.encode())
    assert clean(html, now=NOW).authors == ("Omar Reyes",)
