"""Body selection's faster forms answer as the plain forms they replace (README "### Speed")."""

from __future__ import annotations

import random
import re

import pytest

from cleaner.blocks import Block, closes_sentence
from cleaner.body import _BOILERPLATE, _Containers, _is_meta_line, select
from cleaner.patterns import CONTACT_LABEL, DATE_LIKE, ERROR_PAGE, META_WORDS, POSTED_BY
from cleaner.posts import _POSTER_CHARS, _STAMP_MARKS, _with_chars, is_stamp
from cleaner.sift import fold, is_contact_footer


def random_page(rng: random.Random) -> tuple[tuple[Block, ...], list[float]]:
    """Blocks of a random tree whose elements are numbered from 1 in document order (as the cut
    numbers them: ids grow down the tree), some outside any element, with weights in halves (their
    sums exact in any order) and often tied or all below zero."""
    blocks: list[Block] = []
    counter = 0

    def element(path: tuple[int, ...], depth: int) -> None:
        nonlocal counter
        for _ in range(rng.randint(0, 3)):
            if rng.random() < 0.5 or depth > 5:
                blocks.append(Block(text="字", position=len(blocks), path=path))
            else:
                counter += 1
                element(path + (counter,), depth + 1)

    for _ in range(rng.randint(0, 4)):
        if rng.random() < 0.2:
            blocks.append(Block(text="字", position=len(blocks)))   # outside any element
        else:
            counter += 1
            element((counter,), 1)
    low = rng.choice([-3, -1, 0])
    weights = [rng.randint(low, 3) * 0.5 for _ in blocks]
    return tuple(blocks), weights


def plain_best(blocks: tuple[Block, ...], weights: list[float]) -> tuple[int, int]:
    """The container of the highest sum of its blocks' weights, the deeper then the earlier on a
    tie, and its depth; (0, 0) without any."""
    sums: dict[int, float] = {}
    depths: dict[int, int] = {}
    for block, w in zip(blocks, weights):
        for depth, node in enumerate(block.path, 1):
            sums[node] = sums.get(node, 0.0) + w
            depths[node] = depth
    if not sums:
        return 0, 0
    node = max(sums, key=lambda n: (sums[n], depths[n], -n))
    return node, depths[node]


def _dropped_as_boilerplate(article: list[str], line: str) -> None:
    """``line`` between the article's two paragraphs is dropped as boilerplate, the rest kept."""
    blocks = tuple(Block(text=text, position=i, tag="p", path=(1, 2))
                   for i, text in enumerate([article[0], line, article[1]]))
    selection = select(blocks, title="图书馆延长开放时间")
    assert [b.text for b in selection.kept] == article
    assert [(r.text, r.reason) for r in selection.removed] == [(line, "boilerplate")]


def test_container_search_finds_the_plain_best_container() -> None:
    rng = random.Random(1)
    for _ in range(3000):
        blocks, weights = random_page(rng)
        containers = _Containers(blocks)
        assert containers.best(weights) == plain_best(blocks, weights), (blocks, weights)
        # A second weighing of the same containers (the headline check's) starts afresh.
        again = [-w for w in weights]
        assert containers.best(again) == plain_best(blocks, again), (blocks, again)


def test_container_search_takes_blocks_of_one_element_apart() -> None:
    """Blocks of sibling elements in turn (1,2), (1,3), (1,2) …: an element's blocks need not
    follow each other."""
    blocks = tuple(Block(text="字", position=i, path=(1, 2 + i % 3)) for i in range(9))
    weights = [1.0, 2.0, -1.0] * 3
    assert _Containers(blocks).best(weights) == plain_best(blocks, weights) == (3, 2)


# Characters and the pieces of stamps: dates, clock times and relative stamps in both scripts.
STAMP_ALPHABET = list("0123456789民國国前昨天刚剛分钟小时秒年月日:：-/. 发表于楼回复ab") + [
    "2024-03-15", "1998年7月", "10:32", "9:05", "16分钟前", "3天前", "刚刚", "剛剛", "昨天", "前天",
    "民國107年", "20", "19"]


def test_a_stamp_always_holds_the_stamp_hint() -> None:
    rng = random.Random(2)
    stamps = 0
    for _ in range(40000):
        text = "".join(rng.choice(STAMP_ALPHABET) for _ in range(rng.randint(1, 6)))
        if is_stamp(Block(text=text, position=0)):
            stamps += 1
            assert any(char in text for char in _STAMP_MARKS), text
    assert stamps > 1000


def plain_meta_line(text: str) -> bool:
    if "。" in text or text.count("，") > 1:
        return False
    return len(text) < 120 and bool(DATE_LIKE.search(text)) and bool(META_WORDS.search(text)) \
        or len(text) < 40 and bool(DATE_LIKE.match(text)) and not closes_sentence(text)


def test_meta_line_is_the_plain_test() -> None:
    rng = random.Random(3)
    alphabet = list("0123456789民國国年月日-/. 来源作者发布，。：") + ["", "2024-03-15 ", "民国107年3月13日"]
    meta = 0
    for _ in range(40000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 16)))
        expected = plain_meta_line(text)
        meta += expected
        assert _is_meta_line(text) == expected, text
    assert meta > 1000


def test_error_page_finds_a_lone_404_as_its_plain_form_does() -> None:
    """The lone 404 told by lookarounds after its first digit, where a form opening with ``\\D``
    was tried at every character: the same texts match."""
    plain = re.compile(ERROR_PAGE.pattern.replace(r"404(?<!\d404)(?!\d)", r"(?:^|\D)404(?:\D|$)"),
                       ERROR_PAGE.flags)
    assert plain.pattern != ERROR_PAGE.pattern
    rng = random.Random(4)
    alphabet = list("0123456789 a页面不存在x") + ["404", "1404", "4045", "４０４", "Not found"]
    found = 0
    for _ in range(100000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        expected = plain.search(text) is not None
        found += expected
        assert (ERROR_PAGE.search(text) is not None) == expected, text
    assert found > 10000


# Pieces of poster headers in both scripts, and what stands near them.
POSTER_ALPHABET = list("发發表於于布由張张贴帖 byBYaA|：:2024-03-15 10:32作者楼主") + [
    "发表于", "發表於", "发布于", "發佈於", "由 ", "by ", "BY ", "By", " 于 ", "張貼", "张贴", "老王",
    "mi来mi去", "\t"]


def test_a_poster_header_always_holds_a_poster_character() -> None:
    # The first post's poster count asks only the lines holding one of _POSTER_CHARS: every
    # line whose folded text POSTED_BY matches must hold one (traditional forms included).
    rng = random.Random(3)
    headers = 0
    for _ in range(40000):
        text = "".join(rng.choice(POSTER_ALPHABET) for _ in range(rng.randint(1, 6)))
        if POSTED_BY.search(fold(text)):
            headers += 1
            assert any(char in text for char in _POSTER_CHARS), text
    assert headers > 2000


def test_the_blocks_holding_a_few_characters_are_those_a_plain_test_finds() -> None:
    rng = random.Random(4)
    pieces = ["发", "由", "b", "字", "字字字", "", "\n", "發表"]
    for _ in range(3000):
        blocks = [Block(text="".join(rng.choice(pieces) for _ in range(rng.randint(0, 4))),
                        position=i) for i in range(rng.randint(0, 12))]
        chars = "".join(rng.sample("发由b發", rng.randint(1, 4)))
        assert _with_chars(chars, blocks) == [b for b in blocks if any(c in b.text for c in chars)]


def test_fold_replaces_as_the_translation_does() -> None:
    """fold replaces one character after another (every place of it at once): the same text as
    one translation, since no character is folded to one that folds again."""
    from cleaner.sift import _FOLD_TO, _SIMPLIFY
    assert not set(_FOLD_TO) & set(_FOLD_TO.values())
    rng = random.Random(5)
    foldable = list(_FOLD_TO)
    alphabet = list("的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要") + ["\n", " ", "。"]
    for _ in range(20000):
        n = rng.randint(0, 40)
        text = "".join(rng.choice(foldable if rng.random() < 0.3 else alphabet) for _ in range(n))
        assert fold(text) == text.translate(_SIMPLIFY), text
    assert fold("於是後來") == "于是后来"


def plain_dated_items(blocks: tuple[Block, ...], kept: list[Block], title: str | None,
                      is_headline) -> bool:
    """dated_items as its docstring says, with every short block of the span asked."""
    from cleaner.blocks import cjk_count
    from cleaner.posts import ITEM_STAMP_SHARE, MIN_HEADLINE_CJK, MIN_ITEM_STAMPS
    from cleaner.sift import PROSE_CJK, PROSE_PUNCT
    if not kept:
        return False
    span = blocks[kept[0].position:kept[-1].position + 2]
    stamps = sum(1 for b in span if is_stamp(b))
    prose = sum(1 for b in kept if b.cjk >= PROSE_CJK and b.punct >= PROSE_PUNCT)
    if prose < MIN_ITEM_STAMPS:
        return False
    if title and cjk_count(title) >= MIN_HEADLINE_CJK and any(
            b.cjk and is_headline(b.text) for b in blocks[:kept[0].position]):
        return False
    return stamps >= MIN_ITEM_STAMPS and stamps >= ITEM_STAMP_SHARE * prose


def test_dated_items_as_every_short_block_asked() -> None:
    """The span's blocks with a full stop are passed over before the stamps are counted (no
    stamp holds one), which tells pages whose paragraphs are broken into short lines at once:
    the same answer as asking every short block."""
    from cleaner.body import _headline_test
    from cleaner.posts import dated_items
    rng = random.Random(6)
    pieces = ["2024-03-15", "10:32", "3天前", "昨天", "发布", "。", "，", "我们", "在这里",
              "民主", "前进", "的人", "这是一段文字"]
    listed = 0
    for _ in range(8000):
        blocks = []
        for i in range(rng.randint(1, 14)):
            if rng.random() < 0.3:   # a paragraph of prose
                text = "这是文章的一段正文，说的是今天的事情，" * rng.randint(1, 2) + "结束。"
            elif rng.random() < 0.5:   # a stamp, perhaps with a full stop
                text = rng.choice(["2024-03-15", "3天前", "昨天 10:32", "民国107年3月13日"]) \
                    + rng.choice(["", "", "。", " 张三"])
            else:
                text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 5)))
            blocks.append(Block(text=text, position=i))
        blocks = tuple(blocks)
        start = rng.randint(0, len(blocks) - 1)
        kept = [b for b in blocks[start:] if rng.random() < 0.8]
        title = rng.choice([None, "这是文章的标题", "今天的新闻标题就是这样"])
        is_headline, _, _ = _headline_test(title or "")
        expected = plain_dated_items(blocks, kept, title, is_headline)
        listed += expected
        assert dated_items(blocks, kept, title, is_headline) == expected, (blocks, kept)
    assert listed > 50


# Pieces of bylines, reporters' credits and contact lines, and what stands near them.
BYLINE_ALPHABET = list("（(【[ 　记者通讯员作文图摄编整采撰稿译：:/|｜、，张三李四王热线电话地址邮编传真。") + [
    "记者", "通讯员", "作者", "文/图", "本报记者", "法庭记者", "张三", "李四", "热线", "地址",
    "010-12345678", "news@example.com", "\ufe30", "\ufe55", "热线：", "电话:", "地址\ufe30", "邮编\ufe55"]


def test_the_byline_gates_pass_every_byline_and_credit() -> None:
    """The walk asks BYLINE only of lines opening with a character it can open with, and
    BYLINE_LINE only of lines holding one of its roles; a contact footer holds a colon."""
    from cleaner.body import _BYLINE_OPENING, _CREDIT_ROLES, _is_boilerplate
    from cleaner.patterns import BYLINE, BYLINE_LINE
    from cleaner.sift import is_contact_footer
    rng = random.Random(7)
    found = {"byline": 0, "credit": 0, "contact": 0}
    for _ in range(60000):
        text = "".join(rng.choice(BYLINE_ALPHABET) for _ in range(rng.randint(1, 7)))
        if BYLINE.match(text):
            found["byline"] += 1
            assert text[:1] in _BYLINE_OPENING, text
        if BYLINE_LINE.match(text):
            found["credit"] += 1
            assert any(role in text for role in _CREDIT_ROLES), text
        block = Block(text=text, position=0)
        if is_contact_footer(block):
            found["contact"] += 1
            assert _is_boilerplate(block), text
    assert min(found.values()) > 300, found


def test_a_text_undecorated_as_the_regex_substitution_leaves_it() -> None:
    """The end marker's decoration taken out by str.split and str.replace: what
    LABEL_DECORATION.sub("", text) leaves, whitespace of every kind included."""
    from cleaner.body import _undecorated
    from cleaner.patterns import LABEL_DECORATION
    rng = random.Random(8)
    alphabet = list("相关阅读推荐更多新闻·•・|｜:：-—_ \t\u3000\xa0\u2028\x1c\u200b\u2009【】（）") + ["相 关", "延伸 · 阅读"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        assert _undecorated(text) == LABEL_DECORATION.sub("", text), repr(text)


def test_the_walk_reads_boilerplate_by_the_first_character_of_the_folded_line() -> None:
    # The walk hands _is_boilerplate the first character it made of the line: the folded one.
    # A traditional line opens a phrase only once folded (來源 -> 来源), so the unfolded
    # character (not among BOILERPLATE's openings) would pass the line as article.
    article = ["市图书馆宣布延长开放时间，周末开放到晚上九点，读者可以在线预约座位。",
               "读者可通过图书馆公众号在线预约座位，每人每天限约一次，名额有限。"]
    lines = ["來源 某某日報", "責任編輯 張三", "圖片來源 網絡資料"]   # each under 60 characters
    for line in lines:
        assert not _BOILERPLATE.match(line) and _BOILERPLATE.match(fold(line))
        _dropped_as_boilerplate(article, line)


def test_a_tail_is_cut_after_each_of_the_three_stops() -> None:
    # The walk asks for a tail only of lines holding 。, ！ or ？ (an ``in`` test each, before
    # the call): a line whose only stop is any one of them still loses its label.
    first = "市图书馆宣布延长开放时间，周末开放到晚上九点，读者可以在线预约座位。"
    for stop in "。！？":
        line = f"读者可通过图书馆公众号在线预约座位，每人每天限约一次，名额有限{stop}返回首页"
        assert [mark for mark in "。！？" if mark in line] == [stop]
        blocks = tuple(Block(text=text, position=i, tag="p", path=(1, 2))
                       for i, text in enumerate([first, line]))
        selection = select(blocks, title="图书馆延长开放时间")
        assert [b.text for b in selection.kept] == [first, line[:-len("返回首页")]]
        assert [(r.text, r.detail) for r in selection.removed] == \
            [("返回首页", "link label after the last sentence")]


def test_a_traditional_contact_footer_is_read_folded_in_the_walk() -> None:
    # _is_boilerplate hands the footer's test the folded line: its labels (熱線, 服務時間) are
    # contact labels only once folded, and the line matches no boilerplate phrase otherwise.
    article = ["市图书馆宣布延长开放时间，周末开放到晚上九点，读者可以在线预约座位。",
               "读者可通过图书馆公众号在线预约座位，每人每天限约一次，名额有限。"]
    line = "客服熱線：400-930-6677 服務時間：週一至週五"
    assert not CONTACT_LABEL.search(line) and len(CONTACT_LABEL.findall(fold(line))) == 2
    assert not _BOILERPLATE.search(fold(line))
    block = Block(text=line, position=1, tag="p", path=(1, 2))
    assert is_contact_footer(block) and is_contact_footer(block, fold(line))
    assert not is_contact_footer(block, line)   # (what it is handed is what it reads)
    blocks = tuple(Block(text=text, position=i, tag="p", path=(1, 2))
                   for i, text in enumerate([article[0], line, article[1]]))
    selection = select(blocks, title="图书馆延长开放时间")
    assert [b.text for b in selection.kept] == article
    assert [(r.text, r.reason) for r in selection.removed] == [(line, "boilerplate")]


def test_fold_all_folds_each_text_as_fold_does() -> None:
    """fold_all finds the foldable characters of a page's texts by one charmap pass over them
    joined by NULs: each text folded as fold folds it alone, whatever the texts hold (none, a
    foldable character, a NUL or a line break of their own, characters beyond the basic plane, a
    lone surrogate, ASCII)."""
    from cleaner.sift import FOLDED_CHARS, fold_all
    rng = random.Random(7)
    foldable = list(FOLDED_CHARS)
    alphabet = list("的一是了我不人在他有这个上们来 。a1") + ["\0", "\n", "\U0001f600", "\ud800", "\ufffe"]
    for _ in range(5000):
        texts = ["".join(rng.choice(foldable if rng.random() < 0.2 else alphabet)
                         for _ in range(rng.randint(0, 12))) for _ in range(rng.randint(0, 8))]
        assert fold_all(texts) == [fold(text) for text in texts], texts
    assert fold_all(["於是", "", "後來\0", "會"]) == ["于是", "", "后来\0", "会"]
    assert fold_all([FOLDED_CHARS]) == [fold(FOLDED_CHARS)] != [FOLDED_CHARS]


def test_the_common_prefix_found_by_halving_is_the_plain_one() -> None:
    """common_prefix halves the length of the prefix of the least and the greatest string:
    the prefix os.path.commonprefix finds a character at a time, for strings of any lengths,
    one a prefix of another, equal, empty."""
    import os.path
    from cleaner.regions import common_prefix
    rng = random.Random(11)
    for _ in range(5000):
        stem = "".join(rng.choice("ab c") for _ in range(rng.randint(0, 30)))
        strings = [stem[:rng.randint(0, len(stem))] + "".join(rng.choice("ab c") for _ in range(rng.randint(0, 4)))
                   for _ in range(rng.randint(0, 6))]
        assert common_prefix(strings) == os.path.commonprefix(strings), strings
    assert common_prefix(["main article p", "main article", "main article div"]) == "main article"


def test_the_removals_outside_the_container_are_ordinary_removals() -> None:
    """``_outside`` makes its removals by attribute stores on a blank object given Removal's
    class: on random pages, each equals, hashes, pickles, converts and stays frozen as the one
    the dataclass makes, for every block outside the chosen set and in page order."""
    import dataclasses
    import pickle

    import pytest

    from cleaner.article import Removal
    from cleaner.body import _outside
    rng = random.Random(19)
    for _ in range(300):
        blocks, weights = random_page(rng)
        blocks = tuple(dataclasses.replace(b, text=rng.choice("字词句") * rng.randint(1, 3))
                       for b in blocks)
        chosen = {b.position for b in blocks if rng.random() < 0.4}
        made, ordered = _outside(blocks, [b for b in blocks if b.position in chosen], weights)
        assert ordered
        plain = [Removal(b.text, "chrome", "outside the article container", b.position,
                         weights[b.position]) for b in blocks if b.position not in chosen]
        assert made == plain
        for fast, slow in zip(made, plain):
            assert type(fast) is Removal and hash(fast) == hash(slow)
            assert dataclasses.asdict(fast) == dataclasses.asdict(slow)
            assert pickle.loads(pickle.dumps(fast)) == slow and not hasattr(fast, "__dict__")
        if made:
            with pytest.raises(dataclasses.FrozenInstanceError):
                made[0].score = 0.0  # type: ignore[misc]


def test_removals_come_in_page_order_as_a_stable_sort_makes_them() -> None:
    """``_in_order`` sorts only the removals made after the outer ones (the container's) and
    puts them between the outer ones they fall among: on random lists (outer removals in page
    order or not; the others tied with an outer one, between two, beyond all, or spread over
    several) it gives what a stable sort by position gives, ties in the order they came."""
    from cleaner.article import Removal
    from cleaner.body import _in_order
    rng = random.Random(20)
    for _ in range(5000):
        outer = sorted(rng.sample(range(40), rng.randint(0, 12)))
        if rng.random() < 0.2:
            rng.shuffle(outer)
        ordered = all(a < b for a, b in zip(outer, outer[1:]))
        # The others mostly within one gap of the outer ones (a container's blocks), its ends
        # included (ties); sometimes anywhere.
        gap = rng.randint(0, len(outer))
        low = outer[gap - 1] if gap else 0
        high = outer[gap] if gap < len(outer) else 45
        low, high = min(low, high), max(low, high)   # (outer removals shuffled)
        inner = [rng.randint(low, high) if rng.random() < 0.9 else rng.randint(0, 45)
                 for _ in range(rng.randint(0, 6))]
        removed = [Removal(f"outer {k}", "chrome", "", p) for k, p in enumerate(outer)] + \
            [Removal(f"inner {k}", "boilerplate", "", p) for k, p in enumerate(inner)]
        want = sorted(removed, key=lambda r: r.position)
        got = _in_order(list(removed), len(outer), ordered)
        assert [r.text for r in got] == [r.text for r in want], (outer, inner)


def test_removals_outside_tell_when_their_positions_do_not_grow() -> None:
    """Blocks whose positions do not follow the page order (made by hand) are sorted whole:
    ``_outside`` says so, and the selection's removals still come by position."""
    from cleaner.body import _outside
    blocks = tuple(Block(text="字", position=p) for p in (0, 2, 1, 3))
    assert _outside(blocks, [blocks[3]], [0.0] * 4)[1] is False
    assert _outside(blocks, [blocks[1], blocks[2]], [0.0] * 4)[1] is True   # 0, 3: growing
    texts = ["导航一", "导航二", "导航三"] + ["这是文章的正文，讲述了一件重要的事情，内容很长很长，足够作为正文。"] * 3 \
        + ["页脚版权所有"]
    order = [6, 5, 0, 1, 2, 3, 4]
    page = tuple(Block(text=texts[k], position=p, path=(1, 2) if 3 <= k <= 5 else (1, 3 + k))
                 for k, p in enumerate(order))
    positions = [r.position for r in select(page).removed if r.position >= 0]
    assert positions == sorted(positions) and len(positions) >= 4


def test_the_footer_gate_reads_the_colons_of_the_folded_line() -> None:
    """_is_boilerplate asks whether a line holds a colon on its folded text, two ``in`` tests
    where the line's own text took four (: ： and the vertical and the small colon, which fold
    makes the full-width one): the same answer as the four, in the walk and alone."""
    from cleaner.body import _is_boilerplate
    from cleaner.sift import FOLDED_CHARS
    colons = ":：\ufe30\ufe55"
    # Only the vertical and the small colon fold to a colon, and no colon folds to another mark.
    assert [char for char in FOLDED_CHARS if fold(char) in colons] == ["\ufe30", "\ufe55"]
    assert [fold(char) for char in colons] == [":", "：", "：", "："]

    def plain(block: Block) -> bool:
        text = block.text
        if len(text) >= 200:
            return False
        folded = fold(text)
        if any(colon in text for colon in colons) and is_contact_footer(block, folded):
            return True
        if block.cjk >= 30 and block.punct >= 2 and block.link_chars / len(text) < 0.2:
            return _BOILERPLATE.pattern.match(folded) is not None
        return _BOILERPLATE.pattern.search(folded) is not None

    rng = random.Random(12)
    pieces = ["热线", "電話", "地址", "邮编", "客服", "服務時間", "010-12345678", "news@example.com",
              "来源", "某某日报", "北京市", "路", "号", " ", "，", "。"] + list(colons) * 3
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        block = Block(text=text, position=0)
        expected = plain(block)
        found += expected
        assert _is_boilerplate(block) == expected, text
        assert _is_boilerplate(block, fold(text), fold(text)[:1]) == expected, text
    assert found > 2000, found
    # In the walk: footers whose only colons are the vertical or the small one go as boilerplate.
    article = ["市图书馆宣布延长开放时间，周末开放到晚上九点，读者可以在线预约座位。",
               "读者可通过图书馆公众号在线预约座位，每人每天限约一次，名额有限。"]
    for line in ["客服热线\ufe30400-930-6677 地址\ufe30北京市某路1号", "客服电话\ufe55010-12345678 邮编\ufe55100000"]:
        assert ":" not in line and "：" not in line and not _BOILERPLATE.search(fold(line))
        _dropped_as_boilerplate(article, line)



def test_a_thread_is_told_by_its_floors_asked_of_the_lines_holding_one() -> None:
    """first_post asks the floor tests only of lines holding 楼: neither test passes a line
    without one (random lines), and a thread whose posts show floors alone keeps its first
    post, in an HTML container and in a dump (``loose``)."""
    from cleaner.posts import _bare_floor, _floor, first_post
    rng = random.Random(12)
    pieces = ["1楼", "23 楼", "楼主", "沙发", "3楼会议室", "樓", "回复", "举报", "引用", "2017-09-28 23:58",
              "10:32", "张三", "发表于", "市图书馆宣布延长开放时间。", "名额有限", " | ", "楼"]
    floors = 0
    for _ in range(20000):
        block = Block(text="".join(rng.choice(pieces) for _ in range(rng.randint(1, 4))), position=0)
        if _floor(block) or _bare_floor(block):
            floors += 1
            assert "楼" in block.text, block.text
    assert floors > 2000, floors
    post = "市图书馆宣布延长开放时间，周末开放到晚上九点，读者可以在线预约座位。"
    reply = "谢谢分享，周末一定去图书馆看看，希望以后一直开放到晚上九点。"
    for marks, loose in ((["1楼 | 回复", "2楼 | 回复", "3楼 | 回复"], False), (["1楼", "2楼", "3楼"], True)):
        texts = [marks[0], post, marks[1], reply, marks[2], reply]
        inside = [Block(text=text, position=i, cjk=sum(map(str.isalpha, text)), punct=3)
                  for i, text in enumerate(texts)]
        kept, replies = first_post(inside, inside, loose=loose)
        assert [b.text for b in kept] == texts[:2], loose
        assert [b.text for b in replies] == texts[2:], loose


def test_selection_hands_on_the_kept_blocks_weights() -> None:
    """select gives the kept blocks' weights with them (the article's scores), read from the
    page's where they are their own: the same floats as the kept blocks weighed again, with a
    list item whose penalty the container search lifted, a disclaimer kept in the article and
    a paragraph the walk cut a tail from among them, and only those weighed again."""
    from cleaner import body
    para = "图书馆今年起延长开放时间，读者可以在晚上十点前入馆阅读和借还图书，周末照常开放。"
    texts = [para, "学习有大量编程实践的课程", para, "本栏目刊登的读者来信文责自负，编辑部欢迎读者继续来信讨论开放时间。",
             para, "图书馆将在周末继续开放自习室，欢迎读者前来预约座位和借阅新书。返回首页", para]
    blocks = tuple(Block(text=text, position=i, tag="li" if i == 1 else "p", path=(1, 2))
                   for i, text in enumerate(texts))
    asked: list[str] = []
    weight = body.weight

    def counted(block: Block) -> float:
        asked.append(block.text)
        return weight(block)

    body.weight = counted   # type: ignore[assignment]
    try:
        selection = select(blocks, title="图书馆延长开放时间")
    finally:
        body.weight = weight   # type: ignore[assignment]
    kept = selection.kept
    assert [b.position for b in kept] == list(range(7))
    assert kept[5] is not blocks[5] and kept[5].text.endswith("借阅新书。")   # its tail cut
    assert selection.scores == tuple(body.weights(kept)) == tuple(map(weight, kept))
    assert asked == [texts[1], texts[3], kept[5].text]
    # Pages of the fixtures, as the cut makes them.
    from pathlib import Path
    from cleaner import meta
    from cleaner.config import CleanerConfig
    from cleaner.pipeline import _to_page
    pages = sorted(Path(__file__).parent.parent.glob("fixtures/**/*.html"))
    assert len(pages) > 100
    for path in pages:
        page = _to_page(path.read_bytes().decode("utf-8", "replace"), CleanerConfig())
        if page is None or page.kind != "html":
            continue
        selection = select(page.blocks, title=meta.find_title(page))
        assert [w.hex() for w in selection.scores] == [w.hex() for w in body.weights(selection.kept)]


def test_the_weights_in_one_loop_are_each_blocks_weight_at_the_link_density_bound() -> None:
    """``_weights`` gives :func:`weight`'s floats, bit for bit, for blocks whose links are half
    their text, a character either side of it, none or all of it (a link list told in ints)."""
    from cleaner.body import weight, weights
    rng = random.Random(27)
    blocks = []
    for length in [0, 1, 2, 3, 4, 5, 14, 15, 16, 99, 100, 101, 599, 600, 4001]:
        for links in {0, length // 2 - 1, length // 2, (length + 1) // 2, length // 2 + 1, length}:
            if 0 <= links <= length:
                cjk = rng.randint(0, length)
                blocks.append(Block(text="字" * cjk + "a" * (length - cjk), position=len(blocks),
                                    tag=rng.choice(["p", "li"]), link_chars=links, cjk=cjk,
                                    punct=rng.choice([0, 0, 1, 3])))
    assert [w.hex() for w in weights(tuple(blocks))] == [weight(b).hex() for b in blocks]


def test_a_link_lists_weight_takes_no_float_division_and_the_penalty_is_negated_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A link list (most blocks of a page) is told from its ints, no float made by a division,
    and its penalty negated once a call, not a new float each block; the weights are the same."""
    from cleaner import body
    divisions: list[int] = []
    negations: list[float] = []

    class Links(int):
        def __truediv__(self, other: object) -> float:
            divisions.append(int(self))
            return int(self) / other  # type: ignore[operator]

    class Penalty(float):
        def __neg__(self) -> float:
            negations.append(float(self))
            return -float(self)

    blocks = tuple(Block(text="导航链接" * (1 + i % 3), position=i, tag="a", path=(1,),
                         link_chars=Links(4 * (1 + i % 3) - i % 2)) for i in range(20))
    plain = [body.weight(b) for b in blocks]
    divisions.clear()
    monkeypatch.setattr(body, "LINK_PENALTY", Penalty(body.LINK_PENALTY))
    assert body.weights(blocks) == plain
    assert divisions == [] and negations == [body.LINK_PENALTY]
