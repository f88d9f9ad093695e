"""The fallback on a plain-text dump of a page in another language: jusText on its lines gives
the article's paragraphs (trafilatura reads markup, and found none), without the menu, the
share buttons, the related headlines or the footer."""

from __future__ import annotations

from cleaner import clean

MENU = "Skip to main content\nMenu\nSearch\nSubscribe\nSign in\nNews\nLocal\nBusiness\nSports\nOpinion\n"
PARAGRAPHS = (
    "Harbor Town's council voted 5 to 2 on Tuesday night to rebuild the ferry pier that has "
    "stood closed since a February storm tore away a third of its deck, ending months of argument "
    "over whether the town could afford to keep its link to the islands.",
    "The new landing will be built of concrete on steel piles, at a cost the town engineer put at "
    "$14.6 million, about two thirds of which is expected to come from a state resilience grant "
    "awarded in January.",
    "\"We heard from fishermen, from the school board and from families on Gull Island who have "
    "been taking a water taxi twice a day,\" said council president Rosa Delgado. \"Nobody told "
    "us to walk away from the pier.\"",
    "The two members who voted against the plan said they supported a new pier but wanted the "
    "council to wait for a second bid before committing the town's share, which would be paid "
    "over twenty years from harbor fees.",
)
TAIL = ("Related stories\nSchool budget passes after third vote\nLobster catch falls for second "
        "year in a row\nMost read\nBakery on Main Street closes after 60 years\nAbout us\nContact\n"
        "Privacy policy\nTerms of use\n© 2026 Harbor Town Gazette. All rights reserved.\n")
HEAD = ("Harbor Town council votes to rebuild the old ferry pier\nBy Margaret Ellison\n"
        "Published March 4, 2026 at 6:12 p.m.\nShare\nFacebook\nEmail\n")


def dump(paragraphs: tuple[str, ...] = PARAGRAPHS, between: str = "Advertisement\n") -> str:
    return MENU + HEAD + paragraphs[0] + "\n" + between + "\n".join(paragraphs[1:]) + "\n" + TAIL


def test_an_english_dump_gives_its_article_and_no_chrome() -> None:
    article = clean(dump())
    assert article.paragraphs == PARAGRAPHS
    assert article.extractor == "justext" and article.kind == "text"
    assert "not a Chinese page" in dict(article.provenance)["extractor"]
    assert not article.removed and article.title is None  # no title rather than a guessed one


def test_short_paragraphs_are_found_when_none_is_long() -> None:
    """A local paper's terse paragraphs (under 200 characters each, jusText's long) are kept;
    the related headlines around them are not."""
    terse = ("Harbor Town's council voted 5 to 2 on Tuesday night to rebuild the ferry pier that "
             "has stood closed since a February storm.",
             "The new landing will be built of concrete on steel piles at a cost of about $14.6 "
             "million, most of it from a state grant.",
             "The two members who voted against the plan said they wanted the council to wait for "
             "a second bid before it commits the money.",
             "Construction is to begin in the autumn, once the lobster season ends, and a temporary "
             "ferry will run from the marina.")
    assert all(60 < len(p) < 200 for p in terse), terse
    article = clean(dump(terse))
    assert article.paragraphs == terse
    assert "Lobster" not in article.text and "Privacy" not in article.text


def test_a_caption_printed_twice_is_no_paragraph() -> None:
    caption = ("Fishing boats tied up at the old ferry pier in Harbor Town, which the council voted "
               "on Tuesday to rebuild after it was damaged in a storm in February.")
    article = clean(dump(between=f"{caption}\nhide caption\ntoggle caption\n{caption}\nPhoto: Lee Grant\n"))
    assert article.paragraphs == PARAGRAPHS


def test_a_dump_of_a_page_in_french_uses_french_stopwords() -> None:
    text = ("Accueil\nPolitique\nSociété\nSe connecter\nLyon ouvre trois nouvelles pistes cyclables\n"
            "Les travaux, commencés à l'automne, se sont achevés lundi avec l'ouverture de la dernière "
            "section entre le pont Wilson et le quartier de Gerland, soit près de six kilomètres de "
            "voies séparées de la circulation automobile.\nLa métropole affirme que le nombre de "
            "cyclistes sur les quais a doublé en deux ans et que les anciennes bandes peintes ne "
            "suffisaient plus aux heures de pointe, quand les vélos et les piétons se disputaient le "
            "même espace.\nÀ lire aussi\nGrève des transports : le trafic perturbé jeudi\n"
            "Mentions légales\n© 2026 Le Journal du Rhône\n")
    article = clean(text)
    assert len(article.paragraphs) == 2, article.paragraphs
    assert article.paragraphs[0].startswith("Les travaux, commencés à l'automne")
    assert article.paragraphs[1].startswith("La métropole affirme") and article.paragraphs[1].endswith("même espace.")


def test_a_line_broken_at_inline_elements_is_joined_again() -> None:
    """A scraper's ``get_text("\\n")`` puts each text node on a line: the spaces at their edges,
    or a clause mark opening the next, tell the pieces of one paragraph."""
    from cleaner.fallback import _dump_lines

    pieces = "By \nMarc Ward\n, \nAl Baker\n and \nAnn Lee\nThe plan, which \nthe council\n approved, costs $4 million.\n"
    assert _dump_lines(pieces) == ["By Marc Ward, Al Baker and Ann Lee",
                                   "The plan, which the council approved, costs $4 million."]
    split = PARAGRAPHS[1].replace("the town engineer ", "the town engineer \n", 1)
    assert clean(dump(PARAGRAPHS[:1] + (split,) + PARAGRAPHS[2:])).paragraphs == PARAGRAPHS



def test_a_dump_jusText_finds_nothing_in_is_still_of_kind_text() -> None:
    """A Japanese dump (no stoplist for it) keeps trafilatura's empty answer, but it is a text
    dump all the same: ``kind`` says what the input was, whichever extractor read it."""
    line = "市内に新しい公園が開園し、多くの家族連れが訪れています。週末にはイベントも予定されているということです。"
    article = clean("新しい公園が開園しました\n" + "\n".join(f"{i}. {line}" for i in range(5)) + "\n")
    assert article.extractor == "trafilatura" and "Japanese" in dict(article.provenance)["extractor"]
    assert article.kind == "text"


def test_an_html_page_handed_to_trafilatura_is_of_kind_html() -> None:
    page = "<html><body><h1>Pier</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</body></html>"
    article = clean(page)
    assert article.extractor == "trafilatura" and article.kind == "html"
