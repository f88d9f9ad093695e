"""A fixed cost taken off (README "### Speed", the thirty-fifth round, ``subcost``): body
selection hands on the positions of the blocks it removed as a subtitle (``Selection.subtitles``),
and the pipeline reads no removal's detail to find them. The answers are the plain forms'."""

from __future__ import annotations

import pytest

from cleaner import body, pipeline, textdump
from cleaner.article import Removal

PROSE = ("城西的小巷里，一间老书铺上周开门迎客，店面不大，书架却从地面一直排到屋顶。",
         "店主年轻时在出版社做编辑，退休后把几十年攒下的藏书搬进店里，分门别类摆好。",
         "开业一周，已有三百多位读者办了借书卡，周末的店里常常坐满了人，有人一待就是一下午。")


def _html(subtitles: tuple[str, ...]) -> bytes:
    heads = "".join(f"<h2>{s}</h2>" for s in subtitles)
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    return (f"<html><head><meta charset='utf-8'><title>西湖边新开一家旧书店</title></head><body>"
            f"<div class='article'><h1>西湖边新开一家旧书店</h1>{heads}"
            "<div>2025年04月12日 09:30 来源：某某在线</div>"
            f"{paragraphs}</div></body></html>").encode("utf-8")


def _marked_subtitles(removed: tuple[Removal, ...]) -> tuple[int, ...]:
    return tuple([r.position for r in removed if r.detail == "subtitle"])


def test_a_selection_hands_on_the_subtitles_it_removed(monkeypatch) -> None:
    # Selections of pages and dumps with none, one and two subtitles: the positions are those of
    # the removals marked "subtitle", in their order, and the pipeline takes their texts without
    # reading a removal's detail (a dump's subtitle opened by a dash, the one under its headline).
    from cleaner import clean
    selections: list[tuple[tuple, body.Selection]] = []
    for module in (body, textdump):
        select = module.select

        def recorded(blocks, select=select, **options):
            selection = select(blocks, **options)
            selections.append((blocks, selection))
            return selection
        monkeypatch.setattr(module, "select", recorded)
    given: list[tuple[str, ...]] = []
    subtitles = pipeline._subtitles

    def recorded_subtitles(page, selection, title):
        found = subtitles(page, selection, title)
        given.append(found)
        return found
    monkeypatch.setattr(pipeline, "_subtitles", recorded_subtitles)
    heads = [(), ("店主收藏三万册老书免费借阅",), ("店主收藏三万册老书", "读者登记后免费借阅")]
    for subtitle in heads:
        clean(_html(subtitle))
        clean("首页 新闻 体育\n西湖边新开一家旧书店\n" + "".join("——" + s + "\n" for s in subtitle[:1])
              + "2025-04-12 09:30 来源：某某在线\n" + "\n".join(PROSE) + "\n")
    assert len(selections) == 6
    for blocks, selection in selections:
        assert selection.subtitles == _marked_subtitles(selection.removed)
    assert [len(s.subtitles) for _, s in selections] == [0, 0, 1, 1, 2, 1]
    assert given == [(), (), ("店主收藏三万册老书免费借阅",), ("——店主收藏三万册老书免费借阅",),
                     ("店主收藏三万册老书", "读者登记后免费借阅"), ("——店主收藏三万册老书",)]


class _Unread(tuple):
    """Removals the test forbids reading."""

    def __iter__(self):
        raise AssertionError("the removals were read")


def test_the_removals_are_searched_only_for_a_headline_like_h2_under_the_headline() -> None:
    # The fallback's <h2> under the <h1>: the removals (thousands on a portal page) are read only
    # when the block under the headline is a headline-like <h2>; a paragraph there, or an <h2>
    # with a comma, is told by its own fields.
    from cleaner.blocks import Block, Page
    title = "西湖边新开一家旧书店"
    for under, heading in ((PROSE[0], 0), ("店主收藏三万册老书，免费借阅", 2), ("店主收藏三万册老书免费借阅", 0)):
        blocks = (Block(title, 0, "h1", heading=1), Block(under, 1, "h2" if heading else "p", heading=heading),
                  Block(PROSE[1], 2, "p"))
        selection = body.Selection(blocks[2:], _Unread((Removal(under, "chrome", "link list", 1),)))
        assert pipeline._subtitles(Page(blocks), selection, title) == ()
    # A headline-like <h2> left out with the chrome: read, and found.
    blocks = (Block(title, 0, "h1", heading=1), Block("店主收藏三万册老书免费借阅", 1, "h2", heading=2),
              Block(PROSE[1], 2, "p"))
    removed = (Removal("店主收藏三万册老书免费借阅", "chrome", "link list", 1),)
    assert pipeline._subtitles(Page(blocks), body.Selection(blocks[2:], removed), title) == ("店主收藏三万册老书免费借阅",)
    with pytest.raises(AssertionError, match="read"):
        pipeline._subtitles(Page(blocks), body.Selection(blocks[2:], _Unread(removed)), title)
