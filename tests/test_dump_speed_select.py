"""A dump's removals made without a step of Python a line give what the plain forms gave
(README "### Speed", the twenty-sixth round)."""

from __future__ import annotations

import sys
from dataclasses import replace

import pytest

from cleaner import body, dumpprose, injection, textdump
from cleaner.article import Removal
from cleaner.blocks import Block

TITLE = "市图书馆推出夜间阅读服务"
PARAGRAPH = "第{k}段，市图书馆推出夜间阅读服务，每周延长开放时间至晚上十点，读者反响很好。"


def _page(chrome: int, stuffed: bool) -> tuple[Block, ...]:
    """A dump of ``chrome`` lines of chrome, the headline, the meta line, six paragraphs (a
    piece of the headline stuffed after a comma of each when ``stuffed``), an end marker and a
    tail of recurring labels."""
    piece = sorted(injection.pieces(TITLE))[0]
    paragraphs = [PARAGRAPH.format(k=k).replace("，", "，" + piece, 1) if stuffed else PARAGRAPH.format(k=k)
                  for k in range(6)]
    lines = ([f"栏目{k} 新闻 体育" for k in range(chrome)] + [TITLE, "2025-05-20 20:10 来源：某网"] + paragraphs
             + ["责任编辑：张三"] + ["相关推荐", "分享", "评论", "另一篇文章的标题在这里", "关于我们 | 联系我们"] * 40)
    return textdump.parse("\n".join(lines)).blocks


def test_the_lines_above_the_headline_are_made_without_a_call_a_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """The chrome above a dump's headline is made as the tail's removals are, by plain stores:
    the removal class is called for the headline and the meta line alone, and every line above
    the body is the removal the dataclass makes, at its place (main called it a line)."""
    made: list[str] = []

    class Counted(body._Removed):
        __slots__ = ()   # (Removal's slots alone: the class it is given must have its layout)

        def __init__(self, text: str, reason: str, detail: str, position: int, score: float | None) -> None:
            made.append(detail)
            super().__init__(text, reason, detail, position, score)

    blocks = _page(30, stuffed=False)
    plain = textdump.select(blocks, title=TITLE)
    monkeypatch.setattr(textdump, "_removal", Counted)
    chosen = textdump.select(blocks, title=TITLE)
    assert "above the headline" not in made and {"the headline", "meta line"} <= set(made)
    assert chosen == plain
    above = [r for r in chosen.removed if r.position < 32]
    assert above == [Removal(b.text, "chrome", "above the headline", b.position) for b in blocks[:30]] + [
        Removal(TITLE, "metadata", "the headline", 30), Removal(blocks[31].text, "metadata", "meta line", 31)]
    assert all(type(r) is Removal for r in chosen.removed)


def test_a_stuffed_pages_own_lines_are_put_back_without_a_step_a_line() -> None:
    """select measures a stuffed page's lines without the headline's pieces and puts the page's
    own lines back into its choice: the lines and removals that are theirs found in C, no
    generator resumed a line (a profiler's call event: main's made one for every kept line and
    every removal), and the choice the one the plain comprehensions made."""
    blocks = _page(30, stuffed=True)
    measured = textdump._unstuffed(blocks, TITLE)
    assert measured is not blocks and sum(a is not b for a, b in zip(measured, blocks)) == 6
    events: list[str] = []

    def profile(frame, event, arg) -> None:
        if event == "call" and frame.f_code.co_filename == textdump.__file__ \
                and frame.f_back is not None and frame.f_back.f_code.co_name == "select":
            events.append(frame.f_code.co_name)
    sys.setprofile(profile)
    try:
        chosen = textdump.select(blocks, title=TITLE)
    finally:
        sys.setprofile(None)
    assert len(events) <= 6, events[:8]   # (a comprehension or a call each, not a line each)
    own = {b.position: b for a, b in zip(measured, blocks) if a is not b}
    inner = textdump._select(measured, TITLE, textdump._restamped(
        textdump.stamp_lines([b.text for b in blocks]), [a for a, b in zip(measured, blocks) if a is not b]))
    assert chosen.kept == tuple(own.get(b.position, b) for b in inner.kept)
    assert chosen.removed == tuple(replace(r, text=own[r.position].text) if r.position in own else r
                                   for r in inner.removed)
    assert chosen.no_article == inner.no_article
    assert len(chosen.kept) == 6 and all(b.text.startswith("第") for b in chosen.kept)
    assert sorted([b.position for b in chosen.kept] + [r.position for r in chosen.removed]) == list(range(len(blocks)))


def test_a_bigram_missing_a_character_is_told_without_a_search() -> None:
    """The vocabulary tells a bigram one of whose characters its text lacks by ``in`` alone,
    ``str.find`` not called (main searched for every bigram); every bigram answers as the plain
    search of the lines joined says, with ``own`` (in two lines) and without."""
    import random
    from cleaner.blocks import cjk_bigrams
    rng = random.Random(26)
    alphabet = "甲乙丙丁戊己庚辛壬癸"
    finds: list[str] = []

    class Counted(str):
        def find(self, *args):  # type: ignore[override]
            finds.append(args[0])
            return super().find(*args)

    for _ in range(300):
        lines = ["".join(rng.choice(alphabet[:7]) for _ in range(rng.randint(0, 12))) for _ in range(rng.randint(1, 5))]
        title = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4)))
        vocabulary = textdump._Vocabulary(title, list(lines))
        joined = "\n".join(lines)
        vocabulary._text = Counted(joined)   # (the lines joined, as its first search joins them)
        for a in alphabet:
            for b in alphabet:
                gram = a + b
                finds.clear()
                assert vocabulary.shares(gram) == (gram in cjk_bigrams(title) or gram in joined)
                assert vocabulary.shares(gram, own=True) == (gram in cjk_bigrams(title)
                                                              or sum(gram in line for line in lines) >= 2)
                if gram not in cjk_bigrams(title) and (a not in joined or b not in joined):
                    assert finds == [], gram


def test_only_the_removals_inside_the_body_are_sorted(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dump's removals come in page order from one sort of those made inside the body (the
    walk's and the later steps'): the lines above the headline and after the article's end are
    made in page order before and after them, and no key is read of theirs (main sorted them
    all, a key a removal)."""
    paragraph = "第{k}段，本周起每晚延长开放到十点，欢迎大家前来，自习座位和免费热水都有供应。"
    lines = ([f"栏目{k} 新闻 体育" for k in range(30)] + [TITLE, "2025-05-20 20:10 来源：某网"]
             + [paragraph.format(k=k) for k in range(6)] + ["本文来源于网络，如有侵权请联系删除。", "0条评论"]
             + ["责任编辑：张三"] + ["相关推荐", "分享", "评论", "另一篇文章的标题在这里", "关于我们 | 联系我们"] * 40)
    blocks = textdump.parse("\n".join(lines)).blocks
    assert textdump._unstuffed(blocks, TITLE) is blocks   # (no headline's piece after a mark)
    plain = textdump.select(blocks, title=TITLE)
    keys: list[int] = []

    def position(removal: Removal) -> int:
        keys.append(removal.position)
        return removal.position
    monkeypatch.setattr(textdump, "_POSITION", position)
    chosen = textdump.select(blocks, title=TITLE)
    assert chosen == plain and [b.position for b in chosen.kept] == list(range(32, 38))
    positions = [r.position for r in chosen.removed]
    assert positions == sorted(positions) == [p for p in range(len(blocks)) if not 32 <= p < 38]
    assert keys == [38, 39]   # the two notices after the last paragraph


def test_the_blurbs_search_asks_no_short_line_whether_it_is_cut_off_or_prose(monkeypatch: pytest.MonkeyPatch) -> None:
    """``_find_blurbs`` tells a line of fewer than 40 CJK characters no truncated summary, and
    one of fewer than ``MIN_PROSE_LINE_CJK`` no paragraph, before any call (main called
    ``_truncated`` and ``is_prose`` for every line); the blurbs found are the same."""
    from cleaner.dumptail import MIN_PROSE_LINE_CJK
    summary = "某地推出一项新的便民服务措施，方便市民在周末办理各类业务，市民可以通过手机预约办理时间并且现场"
    lines = [PARAGRAPH.format(k=k) for k in range(4)] + ["首页", "分享到", "评论", "十个字的一行标签文字"] * 10 \
        + ["另一篇文章的标题在这里", summary] * 3
    blocks = tuple(Block(line, i) for i, line in enumerate(lines))
    counts = {b.cjk for b in blocks}   # (lines of every kind: short, prose, long enough to be cut off)
    assert min(counts) < MIN_PROSE_LINE_CJK and any(MIN_PROSE_LINE_CJK <= c < 40 for c in counts) and max(counts) >= 40
    truncated, asked = [], []
    real_truncated = dumpprose._truncated

    def counted_truncated(block: Block, *, tail: int = 3) -> bool:
        truncated.append(block.cjk)
        return real_truncated(block, tail=tail)
    monkeypatch.setattr(textdump, "_truncated", counted_truncated)
    memo = dumpprose._prose_memo()

    def is_prose(block: Block) -> bool:
        asked.append(block.cjk)
        return memo(block)
    found = textdump._find_blurbs(blocks, 0, len(blocks), TITLE, is_prose)
    assert found == (7, ("recommendation", "headline of another article"))   # (as on main)
    # (the one short line asked: the blurbs' first, whether it is a summary or a headline)
    assert truncated and sum(c < 40 for c in truncated) == 1, truncated
    assert asked and min(asked) >= MIN_PROSE_LINE_CJK, asked


def test_the_tails_distinct_lines_judged_and_squashed_once_answer_as_every_line_read() -> None:
    """The tail's reasons and the lines above repeated in it (``after``) come from its distinct
    texts: a caption in the body that the line the body ends at repeats (no tail line does),
    and one that a tail line repeats with its words spaced otherwise, go as duplicates; every tail line has the
    reason its text's first line has (the twenty-eighth round; as on main)."""
    off_topic, spaced = "某地足球联赛新赛季赛程公布", "关于 我们"
    paragraphs = [PARAGRAPH.format(k=k) for k in range(6)]
    lines = [TITLE, "2025-05-20 20:10 来源：某网", paragraphs[0], off_topic, paragraphs[1], "关于我们"] + paragraphs[2:] \
        + [off_topic] + ["另一篇文章的标题在这里", "分享", spaced, "评论", "分享"] * 3
    blocks = textdump.parse("\n".join(lines)).blocks
    chosen = textdump.select(blocks, title=TITLE)
    assert [b.text for b in chosen.kept] == paragraphs
    duplicates = [(r.text, r.position) for r in chosen.removed if r.reason == "duplicate"]
    assert duplicates == [(off_topic, 3), ("关于我们", 5)]
    tail = [r for r in chosen.removed if r.position >= 10]
    assert (tail[0].text, tail[0].position) == (off_topic, 10) and tail[0].detail != "after the end of the article"
    reasons = {}
    for r in tail[1:]:
        assert reasons.setdefault(r.text, (r.reason, r.detail)) == (r.reason, r.detail)
        assert r.detail == "after the end of the article"
    assert len(tail) == len(lines) - 10 and set(reasons) == set(lines[11:])
