"""The walk over a hard-wrapped article (hundreds of lines of ~30 characters, most broken in
mid-sentence after a stop): the boilerplate test and the tail's cut asked only where they can
find something, with the answers of the plain forms (README "### Speed")."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from cleaner import body, tails
from cleaner.blocks import Block
from cleaner.patterns import BYLINE_LINE
from cleaner.sift import fold
from cleaner.tails import BOILERPLATE_OPENING, BOILERPLATE_SEARCH, MAX_TAIL_CHARS, strip_tail

PROSE = ("市图书馆宣布延长开放时间，周末开放到晚上九点，读者可以在线预约座位。这是今年的第二次调整，"
         "馆方表示将根据客流继续评估；读者普遍欢迎这一变化，也提出了增加自习室的建议！")


def _wrapped(text: str, width: int = 33) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def test_a_wrapped_line_of_prose_is_asked_for_boilerplate_only_by_its_first_character(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A phrase in a line of prose counts only where it opens the line, and a contact footer holds
    # a colon: the walk asks the test of a line opening with a phrase's character or holding a
    # colon, and of a line that is no prose where a phrase may start past its first character
    # (README "### Speed", the thirty-first round, `bodycost10`).
    asked: list[str] = []
    plain = body._is_boilerplate

    def recording(block: Block, *args: object) -> bool:
        if args:   # (the walk's calls: the notices after the article hand the block alone)
            asked.append(block.text)
        return plain(block, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(body, "_is_boilerplate", recording)
    lines = _wrapped(PROSE * 6)
    lines[4] = "来" + lines[4][1:]                 # opens a phrase (来源)
    lines[6] = lines[6][:10] + "：" + lines[6][11:]  # a colon
    lines[8] = lines[8][:12]                       # no prose (too short)
    blocks = tuple(Block(text=text, position=i, tag="p", path=(1, 2)) for i, text in enumerate(lines))
    prose = [b.cjk >= body.PROSE_CJK and b.punct >= body.PROSE_PUNCT for b in blocks]
    selection = body.select(blocks, title="图书馆延长开放时间")
    assert BOILERPLATE_OPENING is not None   # the gate below is the set's, not every line
    assert selection.kept
    places = BOILERPLATE_SEARCH.places
    assert places is not None
    expected = [b.text for b, is_prose in zip(blocks, prose)
                if b.text[:1] in BOILERPLATE_OPENING or "：" in b.text
                or not is_prose and places.search(b.text, 1)]
    assert asked == expected
    assert lines[4] in asked and lines[6] in asked
    assert len(asked) < len(lines) // 2
    # Lines of prose and phrases in random order, traditional ones among them: every line
    # _is_boilerplate calls boilerplate opens with a character of BOILERPLATE_OPENING once
    # folded, holds a colon once folded, or is no prose and holds a place a phrase may start at
    # past its first character.
    rng = random.Random(24)
    pieces = _wrapped(PROSE, 9) + ["来源：", "來源 ", "责任编辑", "本文仅代表作者观点", "关注微信公众号",
                                   "客服热线：", "地址\ufe30", "电话\ufe55", "版权所有", "点击查看", "。", "，",
                                   "（", "【", " ", "\u3000", "©", "Copyright", "ICP备", "二维码"]
    found = {"prose": 0, "other": 0}
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        block = Block(text=text, position=0)
        folded = fold(text)
        if not body._is_boilerplate(block, folded, folded[:1]):
            continue
        is_prose = block.cjk >= body.PROSE_CJK and block.punct >= body.PROSE_PUNCT \
            and block.link_chars / len(text) < body.PROSE_LINK_DENSITY
        found["prose" if is_prose else "other"] += 1
        assert folded[:1] in BOILERPLATE_OPENING or ":" in folded or "：" in folded \
            or not is_prose and places.search(folded, 1), text
    assert min(found.values()) > 500, found


class _Counting(str):
    """A text counting the ``rfind`` asked of it."""

    calls = 0

    def rfind(self, *args: object) -> int:  # type: ignore[override]
        _Counting.calls += 1
        return super().rfind(*args)  # type: ignore[arg-type]


def test_a_line_without_exclamation_or_question_mark_is_read_by_one_rfind() -> None:
    line = "读者可通过图书馆公众号在线预约座位。每人每天限约一次，名额有限"
    for text, calls in [(line, 1), (line + "！好", 3), ("？" + line, 3)]:
        _Counting.calls = 0
        block = Block(text=_Counting(text), position=0)
        assert strip_tail(block, fold(text)) == (block, "")
        assert _Counting.calls == calls, text
    # Random lines of stops, prose, labels and credits, tails of every length around the limit:
    # the cut and what is left as the plain form's, folded or not.
    rng = random.Random(25)
    pieces = ["。", "！", "？", "读者", "预约", "座位", "返回首页", "記者 張三", "记者 李四", "（记者 王五）",
              "来源：新华社", "点击查看", "下载客户端", "，", " ", "a"] + list("的一是了我不人在有这")
    cut = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        block = Block(text=text, position=0)
        expected = _plain_strip_tail(block)
        cut += bool(expected[1])
        assert strip_tail(block) == expected, text
        assert strip_tail(block, fold(text)) == expected, text
    assert cut > 1000, cut


def test_a_tail_is_searched_for_boilerplate_only_where_a_phrase_can_open(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # On a hard-wrapped page most lines' tails are the next sentence's first words: the search is
    # asked only of a tail opening with a phrase's character or holding a place a phrase may
    # start at past its first, the search's own gate asked without its call (`bodycost13`).
    asked: list[str] = []

    class Recording:
        def search(self, text: str) -> object:
            asked.append(text)
            return BOILERPLATE_SEARCH.search(text)

    monkeypatch.setattr(tails, "BOILERPLATE_SEARCH", Recording())
    lines = [line for width in range(26, 40) for line in _wrapped(PROSE * 2, width)]
    lines[3] = lines[3][:20] + "。返回首页"
    lines[5] = lines[5][:20] + "。下载客户端"
    places = BOILERPLATE_SEARCH.places
    assert BOILERPLATE_OPENING is not None and places is not None
    tails_asked, expected, cuts = 0, [], []
    for i, text in enumerate(lines):
        block = Block(text=text, position=i)
        folded = fold(text)
        end = max(text.rfind("。"), text.rfind("！"), text.rfind("？"))
        tail = folded[end + 1:]
        if 0 <= end and tail and len(tail) <= MAX_TAIL_CHARS:
            tails_asked += 1
            if tail[:1] in BOILERPLATE_OPENING or places.search(tail, 1):
                expected.append(tail)
        kept, cut = strip_tail(block, folded)
        assert (kept, cut) == _plain_strip_tail(block), text
        if cut:
            cuts.append(cut)
    assert asked == expected
    assert cuts == ["返回首页", "下载客户端"]
    assert len(asked) < tails_asked // 2, (asked, tails_asked)


def _plain_strip_tail(block: Block) -> tuple[Block, str]:
    """The cut as three ``rfind``, a ``max`` and a slice measured made it."""
    text = block.text
    end = max(text.rfind("。"), text.rfind("！"), text.rfind("？"))
    if end < 0 or end == len(text) - 1:
        return block, ""
    tail = text[end + 1:]
    if len(tail) > MAX_TAIL_CHARS:
        return block, ""
    folded_tail = fold(tail)
    credit = ("记者" in folded_tail or "通讯员" in folded_tail) \
        and BYLINE_LINE.match(folded_tail.strip()) and tail.strip()[:1] not in "（(【["
    if not (credit or BOILERPLATE_SEARCH.search(folded_tail)):
        return block, ""
    return replace(block, text=text[:end + 1], cjk=-1, punct=-1), tail.strip()

