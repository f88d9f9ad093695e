"""Whether a page's zones hold a traditional character, the question on which its names are given
back as printed (the thirty-third round of issue 12, `datecost2`): answered by a charmap codec's
pass, and not asked where the answer cannot matter."""

from __future__ import annotations

import random
import re


def test_the_codec_tells_the_traditional_characters_as_the_class_search_did() -> None:
    """On random zones of traditional characters, their simplified forms, their neighbours in
    the code space, NUL, U+FFFE, line breaks, ASCII, private-use and astral characters, the
    codec's answer is the class search's. It fails with NUL left out of the codec (a dict, not a
    table in C), with a traditional character missing from it, or NUL's byte counted."""
    import codecs

    from cleaner.meta import zones
    from cleaner.patterns import SIMPLIFIED_CHARS, TRADITIONAL_CHARS
    assert type(zones._TRADITIONAL_CODEC).__name__ == "EncodingMap"   # a table in C, not a dict
    plain = re.compile("[" + TRADITIONAL_CHARS + "]")
    near = [chr(ord(c) + d) for c in TRADITIONAL_CHARS for d in (-1, 1)]
    pool = [*"\0\ufffe\n 新闻A1:\ue000", "\U0001f600", *SIMPLIFIED_CHARS, *near]
    rng = random.Random(33)
    held = 0
    for _ in range(4000):
        texts = tuple("".join(rng.choice(pool) for _ in range(rng.randrange(12))) for _ in range(rng.randrange(4)))
        if rng.random() < 0.3:
            texts += (rng.choice(TRADITIONAL_CHARS),)
        expected = plain.search("\n".join(texts)) is not None
        assert zones._holds_traditional(texts) is expected, ascii(texts)
        held += expected
    assert 1000 < held < 3000
    # Every traditional character alone, and none of the others.
    assert all(zones._holds_traditional((c,)) for c in TRADITIONAL_CHARS)
    assert not any(zones._holds_traditional((c,)) for c in set(near + [*SIMPLIFIED_CHARS, "\0"]) - set(TRADITIONAL_CHARS))
    assert codecs.charmap_encode("\0", "ignore", zones._TRADITIONAL_CODEC)[0] == b"\0"


def test_the_zones_are_searched_only_where_a_name_was_found_on_a_page_that_may_hold_one(monkeypatch) -> None:
    """find_meta asks whether the zones hold a traditional character only when it found a name
    (a source, an original source, authors or an editor) and the page is not a dump whose lines
    hold no character notices.fold changes (Page.folds False: the traditional characters are
    among those). It fails with the search asked on every page."""
    import cleaner.meta as meta
    from cleaner.blocks import Block, Page
    from cleaner.config import CleanerConfig
    from cleaner.notices import FOLDED_CHARS
    from cleaner.patterns import TRADITIONAL_CHARS
    assert set(TRADITIONAL_CHARS) <= set(FOLDED_CHARS)
    asked: list[tuple[str, ...]] = []
    real = meta._holds_traditional
    monkeypatch.setattr(meta, "_holds_traditional", lambda texts: asked.append(texts) or real(texts))

    def run(page: Page) -> meta.Meta:
        asked.clear()
        return meta.find_meta(page, page.blocks[2:], title="标题在这里", url=None, now=None, config=CleanerConfig())

    blocks = (Block("标题在这里", 0, heading=1), Block("2025-08-26 10:32 来源：新京报", 1),
              Block("新京报讯（记者 张三）正文第一段，写了很多内容。" * 3, 2))
    found = run(Page(blocks=blocks))
    assert found.source == "新京报" and found.authors == ("张三",) and len(asked) == 1
    assert run(Page(blocks=blocks, kind="text", folds=False)) == found and not asked
    assert run(Page(blocks=blocks, kind="text")) == found and len(asked) == 1
    unnamed = (blocks[0], Block("2025-08-26 10:32", 1), Block("正文第一段，写了很多内容，没有署名。" * 3, 2))
    nothing = run(Page(blocks=unnamed))
    assert nothing.published is not None and not (nothing.source or nothing.authors or nothing.editor)
    assert not asked
