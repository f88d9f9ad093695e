"""The fallback's title: pages handed to trafilatura get the cleaner's headline when a heading
agrees with the ``<title>``, and none rather than the site's name."""

from __future__ import annotations

from cleaner import clean
from cleaner.meta import find_title
from cleaner.dom import parse
from cleaner.config import CleanerConfig

NAV = ('<header><div class="logo"><a href="/">Bayside Courier</a></div><ul><li><a href="/">Home'
       '</a></li><li><a href="/local">Local</a></li><li><a href="/sports">Sports</a></li></ul>'
       '</header>')
FOOT = '<footer><p>© 2025 Bayside Courier. All rights reserved.</p></footer>'
BODY = ("<p>The harbor authority said on Monday that the new schedule would begin next month, "
        "after a summer in which ridership rose by nearly a third compared with last year.</p>"
        "<p>Commuters on the north shore have asked for later sailings for several years, saying "
        "the last boat left too early for anyone working an evening shift in the city.</p>"
        "<p>Officials estimate the extra trips will cost about $400,000 a year, most of it covered "
        "by a state transit grant approved in the spring budget.</p>")
HEADLINE = "Harbor ferry adds evening sailings"


def page(title: str, main: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'</head><body>{NAV}<main>{main}</main>{FOOT}</body></html>')


def article(tag: str = "h1", headline: str = HEADLINE) -> str:
    return (f'<article><{tag}>{headline}</{tag}><p class="byline">By Dana Whitfield · '
            f'September 16, 2025</p>{BODY}</article>')


# (page, the title expected, where it was found)
CASES = {
    "headline and site in the title, the headline an h1": (
        page(f"{HEADLINE} | Bayside Courier", article()), HEADLINE, "h1 matching <title>"),
    "the site's name an h1, the headline an h2": (
        page(f"{HEADLINE} – Bayside Courier", '<h1 class="site">Bayside Courier</h1>'
             + article("h2")), HEADLINE, "h2 matching <title>"),
    "another language": (
        page("Le marché couvert rouvre ses portes - Le Petit Riverain",
             article(headline="Le marché couvert rouvre ses portes")),
        "Le marché couvert rouvre ses portes", "h1 matching <title>"),
    # The <title> names the site alone, the headline is printed nowhere in it: the cascade's
    # last steps would give the site's logo line.
    "a title naming the site alone": (page("Bayside Courier", article()), None, ""),
    # The site's name is the <title>'s longest part, and the logo prints it.
    "a section page": (
        page("Sports | Bayside Courier", "<h1>Sports</h1><ul><li><h3><a href=/s/1>Tigers edge "
             "Hawks in extra innings</a></h3><p>A late double settled a long night at Riverside "
             "Park, where both bullpens were stretched thin.</p></li></ul>"), None, ""),
}


def test_fallback_title_is_a_heading_the_title_agrees_with_never_the_site_name() -> None:
    for name, (html, title, how) in CASES.items():
        article = clean(html.encode("utf-8"))
        assert article.extractor == "trafilatura" and article.paragraphs, name
        assert article.title == title, name
        assert dict(article.provenance).get("title", "") == how, name
        if title is None:  # the trap turned down, not a page without a headline to find
            assert find_title(parse(html, CleanerConfig())) == "Bayside Courier", name
