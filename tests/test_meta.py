"""meta: the whole stage (find_title and find_meta together, provenance, empty pages, speed)."""

from __future__ import annotations

import time
from datetime import datetime

from cleaner.blocks import Page
from cleaner.meta import Meta, find_meta, find_title
from meta_pages import BODY, CONFIG, NOW, SH, TITLE, article, make_page, meta_of


# --- the whole stage ------------------------------------------------------------------------

def test_text_dump_with_an_unrelated_headline_before_the_body() -> None:
    page = make_page("常用工具 在线咨询 免费注册", TITLE, "2025-08-26 03:43:50 来源:某某资讯网   ",
                     "我国某行业机构总资产达到新高", "某某日报讯 (记者 张某)" + BODY[0], BODY[1], kind="text")
    title = find_title(page)
    got = meta_of(page, title=title)
    assert title == TITLE
    assert got.published == datetime(2025, 8, 26, 3, 43, 50, tzinfo=SH)
    assert (got.source, got.original_source, got.authors) == ("某某资讯网", "某某日报", ("张某",))


def test_provenance_says_where_each_field_was_found() -> None:
    page = article("2025-08-26 10:00 来源：某某日报", after=("责任编辑：李四",), first="某某日报讯（记者 张三）",
                   head=(("title", TITLE + "_某某网"),))
    where = dict(meta_of(page).provenance)
    assert where["title"] == "h1 matching <title>"
    assert where["published"] == "meta line"
    assert where["source"] == "来源 in the meta line"
    assert where["original_source"] == "dateline"
    assert where["authors"] == "dateline"
    assert where["editor"] == "editor line"


def test_empty_page_gives_empty_meta() -> None:
    page = Page(blocks=())
    assert find_title(page) is None
    assert find_meta(page, (), title=None, url=None, now=None, config=CONFIG) == Meta()


def test_page_without_an_article_has_no_meta() -> None:
    page = make_page("首页 > 本地", "本地新闻", "某条新闻的标题2025-03-15", "另一条新闻的标题2025-03-14")
    assert find_meta(page, (), title="首页 > 本地", url=None, now=NOW, config=CONFIG) == Meta()


def test_breadcrumb_is_never_the_headline() -> None:
    page = make_page("首页 > 本地 > 正文", "2025-03-15 10:00", *BODY, head=(("title", "本地新闻_某某网"),))
    assert find_title(page) != "首页 > 本地 > 正文"


def test_meta_stays_fast_on_a_long_page() -> None:
    chrome = tuple(f"导航链接{i} 2019-01-{i % 28 + 1:02d}" for i in range(20000))
    page = make_page(*chrome, (TITLE, 1), "2025-08-26 10:00 来源：某某日报", *BODY, *chrome)
    start = time.perf_counter()
    got = meta_of(page)
    assert time.perf_counter() - start < 1.0
    assert got.published == datetime(2025, 8, 26, 10, 0, tzinfo=SH)


def _fold_by_translation(text: str, table: tuple[int, ...]) -> str:
    """The fold written plainly: the table over every character, then NFKC where it may change."""
    import unicodedata

    from cleaner.meta import zones
    text = text.translate(table)
    if not text.isascii() and zones._COMPAT.search(text) and not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text).translate(table)
    return text


def test_fold_by_replacement_gives_what_the_translation_gives() -> None:
    """The fold's shortcuts (no character to change: the text as it is; only characters of the
    table: one replacement each) agree with the plain translation, for both tables: on every
    character alone, and on random texts of the characters they treat differently."""
    import random

    from cleaner.meta import zones
    tables = ((zones._MATCHING_TABLE, zones._MATCHING_CHANGES, zones._MATCHING_REPLACEMENTS),
              (zones._FULLWIDTH_TABLE, zones._FULLWIDTH_CHANGES, zones._FULLWIDTH_REPLACEMENTS))
    for table, changes, replacements in tables:
        for code in range(0x30000):
            if not 0xD800 <= code < 0xE000:
                char = chr(code)
                assert zones._fold(char, table, changes, replacements) == _fold_by_translation(char, table), hex(code)
    pool = [*map(chr, zones._MATCHING), *map(chr, range(0x4E00, 0x4E40)), *"ab 1，：（）！\u00a0\u2460\uff61\u3000\ufe30\u2002"]
    rng = random.Random(12)
    for _ in range(20000):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(12)))
        for table, changes, replacements in tables:
            assert zones._fold(text, table, changes, replacements) == _fold_by_translation(text, table), text
    assert zones._fold("記者︰張三，２０２４") == "记者:张三,2024"


def test_norm_and_squash_give_the_plain_fold() -> None:
    """_norm and _squash search for the characters to fold on their own and fold only a text
    holding one; a block's first character is folded through a memo kept across pages: each
    gives the plain computation (the table over every character, NFKC where it may change, the
    icon-font characters dropped after it for _norm, whitespace collapsed or removed), on random
    texts of folded, compatibility, icon-font, combining and whitespace characters."""
    import random
    import re

    from cleaner.meta import zones
    table = zones._MATCHING_TABLE
    pool = [*map(chr, range(0x4E00, 0x4E20)), *"記者張說\uff1a\uff0c\uff11\u3000\ufe30\u4e28",
            *"\u201c\u201d\u2026\u2460\u00a0\u2002\u00b2\u2f00", *"\ue000\ue123\uf8ff", "e", "\u0301",
            *"ab 1,:\t\n"]
    rng = random.Random(16)
    zones.forget()
    for _ in range(20000):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(14)))
        plain = _fold_by_translation(text, table)
        assert zones._norm(text) == " ".join(re.sub("[\ue000-\uf8ff]", "", plain).split()), ascii(text)
        assert zones._squash(text) == "".join(plain.split()), ascii(text)
        assert zones._fold_char(text[:1]) == _fold_by_translation(text[:1], table), ascii(text)
    assert zones._norm(" 記者\ue000︰張三，“１”\u3000") == "记者:张三,“1”"
    zones.forget()


def test_a_text_whose_fold_may_hold_an_ideograph_is_told_so() -> None:
    """The headline search skips a block whose fold cannot hold the headline's middle character:
    every character whose NFKC holds an ideograph is among those that make it look, and a text
    folds to an ideograph only through itself or a source the table folds to it."""
    import unicodedata

    from cleaner.meta import zones
    ideograph = zones._IDEOGRAPH
    for code in range(0x110000):
        if 0xD800 <= code < 0xE000:
            continue
        char = chr(code)
        nfkc = unicodedata.normalize("NFKC", char)
        if nfkc != char and any(ideograph.match(y) for y in nfkc):
            assert zones._NFKC_IDEOGRAPHS.search(char), hex(code)
    for text, char, may in (("記者張三", "记", True), ("记者", "记", True), ("新闻", "记", False),
                            ("新闻⾔", "言", True), ("新闻\u00a0", "记", False)):
        assert zones._may_fold_to(text, char) is may, text
        if not may:
            assert char not in zones._fold(text)


def test_the_headline_is_found_printed_in_another_form_of_its_middle_character() -> None:
    """The headline search squashes only the blocks whose fold may hold the headline's middle
    character: a block printing it traditional (記) or as an NFKC compatibility form (㊀) is one."""
    from cleaner.blocks import Block
    from cleaner.meta import zones
    for title, printed in (("今年记者节", "今年記者节"), ("全市第一名单位", "全市第㊀名单位")):
        blocks = (Block("网站首页", 0), Block(printed, 1), Block(BODY[0], 2))
        assert zones._headline_index(blocks, title, 2) == (1, 2), printed
