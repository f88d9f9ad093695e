"""Body selection's tests asked only where the marks and sizes they need stand (README "### Speed",
the thirtieth round, `bodycost9`): a thread's poster count, the notices at an article's ends and the
banners above it, the walk's meta line, headline and boilerplate tests."""

from __future__ import annotations

import random

import pytest

import cleaner.body as body
import cleaner.posts as posts
import cleaner.sift as sift
from cleaner.blocks import Block
from cleaner.body import select
from cleaner.posts import _poster_header, first_post
from cleaner.sift import _notice, leading_notices

_PARAGRAPH = ("市图书馆宣布延长开放时间，周末开放到晚上九点，读者可以在线预约座位，"
              "借阅的图书也可以在自助机上归还。")
_REPLY = "谢谢分享，周末一定去图书馆看看，希望以后一直开放到晚上九点。"


def _counting(monkeypatch: pytest.MonkeyPatch, name: str, module: object = sift) -> list[object]:
    """Replace ``module.name`` by a wrapper recording the first argument of each call."""
    calls: list[object] = []
    original = getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(args[0] if args else None)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def _blocks(texts: list[str]) -> list[Block]:
    return [Block(text=text, position=i, cjk=sum(map(str.isalpha, text)), punct=3)
            for i, text in enumerate(texts)]


def test_a_page_with_too_few_dated_poster_lines_has_its_dates_unsearched(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Short lines holding a poster's verb without a date (发布会, 由此), dates without a poster's
    marks, and two poster headers where a thread needs three: no date is searched, no header
    asked (main searched the dates of every short line holding 发, 由 or b)."""
    searched = _counting(monkeypatch, "overlapped", posts)
    asked = _counting(monkeypatch, "_poster_header", posts)
    texts = ["新闻发布会", _PARAGRAPH, "由此可见", "2024-07-12 20:15", "张三 发表于 2024-07-12 20:15",
             _REPLY, "李四 发表于 2024-07-12 21:02", _REPLY, "by the way"]
    inside = _blocks(texts)
    assert first_post(inside, inside) == (inside, [])
    assert not searched and not asked


def test_three_poster_headers_still_make_a_thread() -> None:
    """Three headers naming their poster and time: the first post kept, the replies dropped,
    with lines that hold a poster's mark or a date alone among them."""
    texts = ["张三 发表于 2024-07-12 20:15", _PARAGRAPH, "新闻发布会", "李四 发表于 2024-07-12 21:02",
             _REPLY, "2024-07-12", "王五 发表于 2024-07-12 22:40", _REPLY]
    inside = _blocks(texts)
    kept, replies = first_post(inside, inside)
    assert [b.text for b in kept] == texts[:3]
    assert [b.text for b in replies] == texts[3:]


def test_every_poster_header_holds_a_date_mark() -> None:
    """Random short lines: every one ``_poster_header`` passes holds 19, 20 or 民, the lines
    first_post keeps for the count (a date is its first test)."""
    rng = random.Random(30)
    pieces = ["张三", " 发表于 ", "发布于", "由", "于", "by ", "Tom", "2024-07-12", "1998/3/5", "民国90年",
              "20:15", "19", "20", "民", "|", " ", "回复"]
    found = 0
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        if _poster_header(Block(text=text, position=0)):
            found += 1
            assert "20" in text or "19" in text or "民" in text, text
    assert found > 300, found


def test_a_long_block_at_an_edge_is_no_notice_and_is_not_folded(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A paragraph of NOTICE_CHARS characters or more is no notice, told by its length before
    its fold (main folded every block the walks from the article's ends asked); a short one
    holding a disclaimer, in traditional characters, is still one."""
    folds = _counting(monkeypatch, "fold")
    long_block = Block(text="本文版權歸作者所有，" + "图书馆" * 40, position=0)
    assert len(long_block.text) >= sift.NOTICE_CHARS
    assert not _notice(long_block)
    assert not folds
    assert _notice(Block(text="本文版權歸作者所有，未經授權不得轉載。", position=0))


def test_banners_above_the_article_are_told_by_their_exclamation_and_the_words_after_them() -> None:
    """An exclaimed line sharing no words with the headline and the article after it goes, with
    either exclamation mark; one whose words the next paragraph holds stays, and so does a line
    about something else that does not shout."""
    banner = "十大年度人物评选火热进行中，快来为你心中的候选人投上宝贵一票"
    article = [Block(text=_PARAGRAPH, position=i, cjk=40, punct=4) for i in range(1, 4)]
    title = "图书馆延长开放时间"
    for mark in ("！", "!"):
        top = Block(text=banner + mark, position=0, cjk=30, punct=2)
        assert leading_notices([top, *article], lambda b: False, title) == (article, [top])
    quiet = Block(text=banner + "。", position=0, cjk=30, punct=2)
    assert leading_notices([quiet, *article], lambda b: False, title) == ([quiet, *article], [])
    echoed = Block(text="市图书馆宣布延长开放时间，周末开放到晚上九点！", position=0, cjk=20, punct=2)
    own = Block(text="读者可以在线预约座位，借阅的图书也可以在自助机上归还！", position=1, cjk=24,
                punct=2)
    other = [Block(text=_REPLY, position=i, cjk=28, punct=3) for i in range(2, 4)]
    # The words of each exclaimed line stand in the paragraphs after it (and not in the headline).
    pages = [[echoed, *article], [own, Block(text=_PARAGRAPH, position=2, cjk=40, punct=4), *other]]
    for kept in pages:
        assert leading_notices(kept, lambda b: False, "另一篇报道的标题") == (kept, [])
    # The banner's words stand only in the line itself: with the line among what is read after
    # it, it would stay.
    assert leading_notices([Block(text=banner + "！", position=0, cjk=30, punct=2), *other],
                           lambda b: False, title)[1]


_TITLE = "图书馆延长开放时间"
_LEAD = "市图书馆今天宣布延长开放时间，周末开放到晚上九点，读者可以在线预约座位。"


def _page(texts: list[str]) -> tuple[Block, ...]:
    return tuple(Block(text=text, position=i, tag="p", path=(1, 2), markers="article",
                       cjk=sum(map(str.isalpha, text)), punct=text.count("，") + text.count("。"))
                 for i, text in enumerate(texts))


def test_the_walk_asks_the_meta_line_test_only_of_lines_holding_a_date_mark(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A short line without 19, 20 or 民 (which every date holds) is not asked whether it is the
    meta line (main asked every short line); the dated one still goes as metadata."""
    asked = _counting(monkeypatch, "_is_meta_line", body)
    meta = "2024-03-15 09:30 来源：市图书馆"
    selection = select(_page([meta, _LEAD, "读者服务", _PARAGRAPH, "图片说明", _PARAGRAPH]), title=_TITLE)
    assert [b.text for b in selection.kept] == [_LEAD, "读者服务", _PARAGRAPH, "图片说明", _PARAGRAPH]
    assert [(r.text, r.reason) for r in selection.removed] == [(meta, "metadata")]
    assert asked == [meta]


def test_the_walk_asks_the_headline_test_only_of_lines_as_long_as_the_headline(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A label shorter than the headline is not asked whether it is the headline (main asked
    every line no longer than it can be); the printed headline still goes."""
    asked: list[str] = []
    made = body._headline_test

    def recording(title: str):
        is_headline, *bounds = made(title)

        def recorded(text: str) -> bool:
            asked.append(text)
            return is_headline(text)

        return (recorded, *bounds)

    monkeypatch.setattr(body, "_headline_test", recording)
    selection = select(_page([_TITLE, _LEAD, "分享", _PARAGRAPH, "读者服务", _PARAGRAPH]), title=_TITLE)
    assert [b.text for b in selection.kept] == [_LEAD, "分享", _PARAGRAPH, "读者服务", _PARAGRAPH]
    assert [(r.text, r.detail) for r in selection.removed] == [(_TITLE, "the headline")]
    assert "分享" not in asked and "读者服务" not in asked


def test_the_walk_asks_no_boilerplate_test_of_a_block_of_200_characters(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A paragraph of 200 characters or more holding a colon is no boilerplate line, told by its
    size (main asked it); a short line with a contact footer's labels still goes."""
    asked = _counting(monkeypatch, "_is_boilerplate", body)
    long_paragraph = "馆长说：" + _PARAGRAPH * 5
    assert len(long_paragraph) >= 200
    footer = "地址：市图书馆一楼 电话：0755-88888888"
    texts = [_LEAD, long_paragraph, footer, _PARAGRAPH]
    selection = select(_page(texts), title=_TITLE)
    assert [b.text for b in selection.kept] == [_LEAD, long_paragraph, _PARAGRAPH]
    assert [(r.text, r.reason) for r in selection.removed] == [(footer, "boilerplate")]
    assert long_paragraph not in [getattr(b, "text", b) for b in asked]
