"""The metadata stage's word gates and its closing credits read on demand (README "### Speed", the
twenty-ninth round, the metadata stage's thirteenth pass): each gate lets through every text its
pattern matches, on random texts that tell a wrong gate apart, and turns away the lines it is for."""

from __future__ import annotations

import random

from meta_pages import spy_on

# Pieces of source labels (each alternative of SOURCE_LABEL, its words split), their look-alikes
# (来到, 自己, 出现, 首先, 发于), separators, names and times.
_LABEL_POOL = ["来源", "稿源", "出处", "来自", "转自", "转载自", "首发于", "本文", "摘自", "选自", "新闻", "文章",
               "来", "源", "稿", "出", "处", "自", "转", "载", "首", "发", "于", "是", "摘", "选", "到", "现",
               ":", "：", "|", "/", " ", "（", "）", "新华社", "人民日报", "光明网", "12:30", "2024-05-13", "et al.",
               "(2015)", "作者", "张三"]


def _label_texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_LABEL_POOL) for _ in range(rng.randrange(1, 10))) for _ in range(n)]


def test_a_source_label_is_searched_only_in_a_text_holding_its_word() -> None:
    """``_labelled_sources`` asks SOURCE_LABEL only of a text holding 源, 处, 自 or 首发, one of which
    every match holds: on random texts of labels' pieces it gives the sources the search of every
    text gives. It fails with any of the four words left out of the gate."""
    from cleaner.meta.source import _SOURCE_LABEL, _labelled_sources, _plausible_source
    from cleaner.meta.zones import _LABEL_START, _value_after
    from cleaner.patterns import CITATION_MARK

    def plain(text: str) -> list[str]:
        out = []
        for m in _SOURCE_LABEL.finditer(text):
            if (_LABEL_START.match(text, m.start()) or m.start() == 0) and not CITATION_MARK.search(text, m.end()):
                value = _value_after(text, m.end())
                if _plausible_source(value):
                    out.append(value)
        return out

    texts = _label_texts(29, 30000)
    found = 0
    for text in texts:
        expected = plain(text)
        assert list(_labelled_sources((text,))) == expected, text
        found += bool(expected)
    assert found > 2000
    assert list(_labelled_sources(tuple(texts[:50]))) == [v for t in texts[:50] for v in plain(t)]


def test_a_line_without_a_source_word_is_not_searched_for_a_label(monkeypatch) -> None:
    """A meta line with a time's colon and a 作者 label (the prefilter's class holds the colon) and
    a line of prose holding 来 and 出 are not searched for a source label; a 来源 line is. It fails
    on main, whose prefilter lets the first two through to the scan."""
    from cleaner.meta import source

    asked = spy_on(monkeypatch, source, "_SOURCE_LABEL")
    lines = ("2025-08-26 10:32 作者：张三", "他走出家门，来到新闻现场。", "来源：新京报")
    assert list(source._labelled_sources(lines)) == ["新京报"]
    assert asked == ["来源：新京报"]


def test_a_translated_byline_is_not_searched_in_a_text_naming_a_book(monkeypatch) -> None:
    """A text naming a book or a paper in 《》 that does not end with 报道 or 报导 is not searched for
    a translated article's byline, by the authors (a byline's reporters, the first kept lines) or by
    the original source; one ending so is, trailing whitespace and all. It fails on main, which
    searched every text holding 《."""
    from cleaner.meta import names, source, zones

    asked = spy_on(monkeypatch, zones, "_FOREIGN_BYLINE")
    book = "他读了《红楼梦》 三遍"
    assert names._foreign_byline(book) == [] and zones._foreign(book) is None
    assert asked == []
    filed = "英国《金融时报》 张三 伦敦 ， 李四 纽约报道 \u3000"
    assert names._foreign_byline(filed) == ["张三", "李四"]
    assert asked == [filed]
    asked.clear()
    page = "\n".join(["英国《金融时报》 张三 伦敦报道", "他读了《红楼梦》 三遍"])
    z = zones._Zones(-1, tuple(page.split("\n")), False, (), (), (), (), (), (), ())
    assert source._find_original_source(z) == "英国《金融时报》" and asked == ["英国《金融时报》 张三 伦敦报道"]


# Pieces of a role printed after the names (张三/文, 李四 编译, 王五/台北报导) and what shares its
# characters: a date's slashes, 责任编辑, 文 and 报道 elsewhere in the line.
_AFTER_POOL = ["张三", "李四", "王五", "欧阳娜娜", "/", " / ", "文", "编译", "编辑", "责任编辑：", "台北", "北京", "报导",
               "报道", "报", "、", "，", " ", "2019/09/07", "记者", "图", "新华社", "原文", "译"]


def test_a_role_after_the_names_is_searched_only_where_its_words_are(monkeypatch) -> None:
    """``_credited`` asks AUTHOR_ROLE_AFTER (张三/文, 李四 编译, 王五/台北报导) only of a text holding
    编译, or a slash and 文, 报道 or 报导: every text the pattern matches is asked, on random texts of
    names, slashes, roles and dates, and the names read are the plain pattern's; a date's slash
    and a 责任编辑 line are not asked (they were on main, whose gate was / or 编). It fails with
    any of 文, 报道, 报导 or 编译 left out of the gate."""
    from cleaner.meta import names
    from cleaner.patterns import AUTHOR_ROLE_AFTER

    asked = spy_on(monkeypatch, names, "_AUTHOR_ROLE_AFTER", ("search",))
    rng = random.Random(29)
    matched = 0
    for _ in range(30000):
        text = "".join(rng.choice(_AFTER_POOL) for _ in range(rng.randrange(1, 9)))
        asked.clear()
        names._credited(text)
        if AUTHOR_ROLE_AFTER.search(text):
            assert asked == [text], text
            matched += 1
    assert matched > 1000
    asked.clear()
    assert names._credited("2019/09/07 责任编辑：张三") == []
    assert asked == []
    assert names._credited("张三 李四/文") == ["张三", "李四"] and asked == ["张三 李四/文"]


def test_the_closing_credits_are_normalised_only_when_no_byline_names_the_authors(monkeypatch) -> None:
    """The zones hold the ends of the last paragraphs as the page prints them; the authors fold
    them, from the last, only when no byline names anyone: a page with a 作者 line never folds
    its last paragraph's end (it did on main, in ``_zones``), one without reads its closing credit."""
    from cleaner.blocks import Block, Page
    from cleaner.config import CleanerConfig
    from cleaner.meta import find_meta, names, zones

    folded: list[str] = []
    norm = zones._norm

    def spy(text: str) -> str:
        folded.append(text)
        return norm(text)

    monkeypatch.setattr(zones, "_norm", spy)
    monkeypatch.setattr(names, "_norm", spy)
    prose = "正文第一段，寫了很多內容，而且這一段足夠長，可以算作正文。" * 6 + "（張巨峰）"
    for byline, authors in (("作者：李四", ("李四",)), ("2025-08-26 10:32", ("張巨峰",))):
        blocks = (Block("標題在這裡", 0, heading=1), Block(byline, 1), Block(prose, 2))
        page = Page(blocks=blocks)
        folded.clear()
        z = zones._zones(page, blocks[2:], "標題在這裡")
        assert z.credits == (prose[-120:],)
        assert prose[-120:] not in folded
        meta = find_meta(page, blocks[2:], title="標題在這裡", url=None, now=None, config=CleanerConfig())
        assert meta.authors == authors
        assert (prose[-120:] in folded) == (authors == ("張巨峰",))


def test_a_bracketed_byline_is_searched_for_its_publisher_only_in_a_line_with_a_slash(monkeypatch) -> None:
    """The publisher of a bracketed byline (【聯合晚報╱記者X】, folded to 联合晚报/记者X) is read only from
    a meta line holding the slash every match holds: a dated line without one is not searched, and
    the source is the one the search of every line finds (it was searched on main)."""
    from cleaner.meta import source, zones

    asked = spy_on(monkeypatch, source, "BYLINE_PUBLISHER")
    near = tuple(map(zones._norm, ("2014-10-24 12:30 【記者 張三】", "【聯合晚報／記者 張三／台北報導】")))
    z = zones._Zones(0, near, True, (), (), (), (), (), (), ())
    assert source._find_source(None, (), z, None, ())[:2] == ("联合晚报", "publisher of the byline")
    assert asked == [near[1]]
