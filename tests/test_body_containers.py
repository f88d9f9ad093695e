"""The container search's first weighing summed by the walk that reads the containers, the removals
outside a container that is a slice of the page, and the prose after each block made when a
marker asks (README "### Speed", the twenty-eighth round)."""

from __future__ import annotations

import random

import pytest

from cleaner import body
from cleaner.article import Removal
from cleaner.blocks import Block
from cleaner.containers import Containers, _parents
from test_body_speed import plain_best, random_page


class _Iterated(list[float]):
    """Weights that count the passes over them."""

    passes = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        _Iterated.passes += 1
        return super().__iter__()


def test_the_walk_sums_the_first_weighing_and_the_page_prose() -> None:
    """``Containers(blocks, weights)`` sums the weights in the walk that reads the containers: its
    ``prose`` is ``sum`` of the positive weights in page order, bit for bit (weights of any
    float: a sum in another order differs); ``best`` of those weights reads the walk's sums, one
    pass over them in all, and gives the plain search's container, as do a later weighing and
    the first weights asked again (summed afresh: the walk's sums are spent)."""
    rng = random.Random(28)
    for _ in range(2000):
        blocks, halves = random_page(rng)
        floats = [rng.uniform(-5.0, 5.0) for _ in blocks]
        assert Containers(blocks, floats).prose == sum([w for w in floats if w > 0.0]), floats
        weights = _Iterated(halves)
        _Iterated.passes = 0
        containers = Containers(blocks, weights)
        assert containers.best(weights) == plain_best(blocks, halves), (blocks, halves)
        assert _Iterated.passes == 1
        again = [-w for w in halves]
        assert containers.best(again) == plain_best(blocks, again), (blocks, again)
        assert containers.best(weights) == plain_best(blocks, halves), (blocks, halves)
        assert Containers(blocks).best(halves) == plain_best(blocks, halves)


def test_a_later_weighing_first_sums_afresh() -> None:
    """Other weights asked first leave the walk's sums as they were for the build's weights."""
    blocks = (Block(text="字", position=0, path=(1, 2)), Block(text="字", position=1, path=(1, 3)),
              Block(text="字", position=2, path=(1, 3)))
    weights = [3.0, -1.0, -1.0]
    containers = Containers(blocks, weights)
    assert containers.best([-1.0, 2.0, 2.0]) == (3, 2)
    assert containers.best(weights) == (2, 2)
    assert containers.best(weights) == (2, 2)


def _plain_parents(paths: list[tuple[int, ...]], weights: list[float]) -> tuple[dict[int, int], dict[int, int], dict[int, float]]:
    """Each container's parent (0: the page) and depth, and the sum of its own blocks' weights."""
    ups: dict[int, int] = {}
    depths: dict[int, int] = {}
    sums: dict[int, float] = {}
    for path, w in zip(paths, weights):
        for depth, node in enumerate(path, 1):
            ups[node], depths[node] = path[depth - 2] if depth > 1 else 0, depth
            sums.setdefault(node, 0.0)
        if path:
            sums[path[-1]] += w
    return ups, depths, sums


def test_the_walk_reads_each_container_s_parent_and_depth_from_the_paths() -> None:
    """The walk up each block's path (its first step the path's last but one, README "### Speed",
    the thirty-first round, ``parents2``) gives every container on a path its parent, its depth
    and its sum: leaves whose parent is new or seen, chains of new containers above a leaf,
    containers first met as a leaf's ancestor and later holding blocks, blocks outside any
    element, and an ancestor's id above its leaf's (blocks made by hand: no fit in the lists)."""
    rng = random.Random(31)
    cases = [((2, 3), (1,), (1, 4, 5, 6), (1, 4), (), (1, 4, 7)), ((9, 2),), ((3,), (3, 1, 2))]
    for _ in range(3000):
        blocks, _ = random_page(rng)
        cases.append(tuple(rng.sample([b.path for b in blocks], len(blocks))))
    for paths in cases:
        weights = [rng.randint(-3, 3) * 0.5 for _ in paths]
        ups, depths, sums = _plain_parents(list(paths), weights)
        leaves = [path[-1] if path else 0 for path in paths]
        largest = max([max(path) for path in paths if path], default=0)
        got_ups, got_depths, got_sums, prose = _parents(list(paths), leaves, largest, weights)
        assert {n: u for n, u in enumerate(got_ups) if u is not None and n} == ups, paths
        assert {n: d for n, d in enumerate(got_depths) if d} == depths, paths
        assert {n: s for n, s in enumerate(got_sums) if s != float("-inf")} == sums, paths
        assert prose == sum([w for w in weights if w > 0.0])
        if max(leaves, default=0) < largest:
            with pytest.raises(IndexError):
                _parents(list(paths), leaves, max(leaves), weights)


class _Position(int):
    """A position that counts its hashes (a lookup in a set of positions)."""

    hashes = 0

    def __hash__(self) -> int:
        _Position.hashes += 1
        return int.__hash__(self)


def _plain_outside(blocks: tuple[Block, ...], inside: list[Block], weights: list[float]) -> list[Removal]:
    chosen = {b.position for b in inside}
    return [Removal(b.text, "chrome", "outside the article container", b.position, weights[b.position])
            for b in blocks if b.position not in chosen]


def test_the_blocks_outside_a_slice_are_told_without_a_lookup() -> None:
    """A container that is a slice of the page's blocks, their positions its indices: its
    removals outside are the blocks before and after it, no position looked up in a set."""
    blocks = tuple(Block(text=f"块{i}", position=_Position(i)) for i in range(30))
    weights = [float(i) for i in range(30)]
    inside = list(blocks[10:18])
    _Position.hashes = 0
    made, ordered = body._outside(blocks, inside, weights)
    assert _Position.hashes == 0
    assert ordered and made == _plain_outside(blocks, inside, weights)


def test_the_removals_outside_are_the_plain_ones_on_any_page() -> None:
    """On random pages (positions their indices, shuffled, or repeated; the container a slice,
    a slice with a block left out or swapped for an equal one elsewhere, or any blocks) the
    removals and whether they grow are the plain ones."""
    rng = random.Random(281)
    for _ in range(3000):
        n = rng.randint(0, 12)
        positions = list(range(n))
        kind = rng.random()
        if kind < 0.2:
            rng.shuffle(positions)
        elif kind < 0.3:
            positions = [rng.randint(0, max(n - 1, 0)) for _ in range(n)]
        blocks = tuple(Block(text=rng.choice("字词句"), position=p) for p in positions)
        weights = [rng.uniform(-1.0, 1.0) for _ in range(n)]
        start = rng.randint(0, n)
        end = rng.randint(start, n)
        inside = list(blocks[start:end])
        if inside and rng.random() < 0.2:
            del inside[rng.randrange(len(inside))]
        if rng.random() < 0.1:
            inside = [b for b in blocks if rng.random() < 0.5]
        made, ordered = body._outside(blocks, inside, weights)
        plain = _plain_outside(blocks, inside, weights)
        assert made == plain, (positions, start, end)
        grows = [r.position for r in plain]
        assert ordered == all(a < b for a, b in zip([-1] + grows, grows)), positions


def test_the_prose_after_each_block_is_the_plain_count() -> None:
    rng = random.Random(282)
    for _ in range(500):
        inside = [Block(text="字", position=i, cjk=rng.randint(0, 50)) for i in range(rng.randint(0, 10))]
        paragraphs = [rng.random() < 0.5 for _ in inside]
        after: list[int] = []
        got = body._prose_after(after, inside, paragraphs)
        assert got is after and after == [sum(b.cjk for b, p in zip(inside[i:], paragraphs[i:]) if p)
                                          for i in range(len(inside) + 1)]


ARTICLE = ["本市昨日宣布新建三座图书馆，预计明年年底前全部建成并向市民开放，总投资约五亿元。",
           "新馆将延长开放时间，周末也不闭馆，方便上班族和学生借阅图书，市民对此普遍表示欢迎。"]


def _page(lines: list[str]) -> tuple[Block, ...]:
    return tuple(Block(text=text, position=i, tag="p", path=(1, 2)) for i, text in enumerate(lines))


def test_the_prose_after_each_block_is_made_only_when_a_marker_asks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The walk counts the prose after each block only at an end marker or an editor line met
    after some prose: a page without one counts none; with one, once, and the marker ends the
    article as before."""
    made = []
    counted = body._prose_after

    def recording(after: list[int], inside: list[Block], paragraphs: list[bool]) -> list[int]:
        made.append(bool(after))
        return counted(after, inside, paragraphs)

    monkeypatch.setattr(body, "_prose_after", recording)
    selection = body.select(_page(ARTICLE), title="本市新建三座图书馆")
    assert [b.text for b in selection.kept] == ARTICLE and made == []
    selection = body.select(_page(ARTICLE + ["相关阅读", "另一篇文章的标题在这里"]), title="本市新建三座图书馆")
    assert [b.text for b in selection.kept] == ARTICLE and made == [False]
    assert [(r.text, r.reason) for r in selection.removed][-2:] == [
        ("相关阅读", "recommendation"), ("另一篇文章的标题在这里", "recommendation")]
