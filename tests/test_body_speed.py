"""Body selection's faster forms answer as the plain forms they replace (README "### Speed")."""

from __future__ import annotations

import random
import re

from cleaner.blocks import Block, closes_sentence
from cleaner.body import _Containers, _is_meta_line
from cleaner.patterns import DATE_LIKE, ERROR_PAGE, META_WORDS, POSTED_BY
from cleaner.sift import _POSTER_CHARS, _STAMP_HINT, _with_chars, fold, is_stamp


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
            assert _STAMP_HINT.search(text), text
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
