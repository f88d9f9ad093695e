"""The headline check's trial weighings told from the first weighing's sums, and the highest sum
taken as the pass up goes (README "### Speed", the thirty-second round, ``trialsums`` and
``passmax``): the same container as the full pass, bit for bit on sums that round, the full
pass run when the sums moved could reach the others' top, and the old pass's choice."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from cleaner import body, clean, sift
from cleaner.blocks import Block
from cleaner.containers import Containers, container
from test_body_speed import random_page


class _Iterated(list[float]):
    """Weights that count the passes over them."""

    passes = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        _Iterated.passes += 1
        return super().__iter__()


# Weights whose sums round: 0.1 + 0.7 + (0.1 - 0.7) is not 0.1 + 0.1.
_ROUNDING = [0.1, 0.2, 0.3, 0.7, 1.1, 2.3, -0.1, -0.3, -0.7, -1.9]


def test_a_trial_weighing_is_the_full_pass_s_choice() -> None:
    """Weights lowered at some positions, as the headline check lowers a region's: ``best`` told
    those positions answers as a full pass over the lowered weights on random pages with sums
    that round, tied or not, with the lowered positions growing over three trials."""
    rng = random.Random(32)
    fast = 0
    for _ in range(3000):
        blocks, halves = random_page(rng)
        weights = halves if rng.random() < 0.3 else [rng.choice(_ROUNDING) for _ in blocks]
        containers = Containers(blocks, weights)
        assert containers.best(weights) == Containers(blocks).best(weights)
        trial = _Iterated(weights)
        lowered: list[int] = []
        for _ in range(3):
            for position in rng.sample(range(len(blocks)), min(len(blocks), rng.randint(0, 3))):
                low = rng.choice([-1.0, trial[position] - rng.choice(_ROUNDING[:6])])
                if low < trial[position]:
                    trial[position] = low
                    lowered.append(position)
            _Iterated.passes = 0
            got = containers.best(trial, lowered)
            fast += _Iterated.passes == 0
            assert got == Containers(blocks).best(list(trial)), (blocks, weights, trial, lowered)
    assert fast > 2000   # told without a pass over the weights


def test_a_sum_moved_that_rounds_onto_the_top_asks_the_full_pass() -> None:
    """Element 2's blocks weigh 0.1 and 0.7, element 4's one 0.2; the second block lowered to 0.1,
    element 2's full pass sums 0.1 + 0.1 = 0.2, a tie that the earlier element wins, where its
    first sum moved by the change reads 0.8 + (0.1 - 0.7) = 0.19999999999999996, below it."""
    blocks = (Block(text="字", position=0, path=(1, 2)), Block(text="字", position=1, path=(1, 2)),
              Block(text="字", position=2, path=(3, 4)))
    weights = [0.1, 0.7, 0.2]
    containers = Containers(blocks, weights)
    assert containers.best(weights) == (2, 2)
    trial = [0.1, 0.1, 0.2]
    assert (0.1 + 0.7) + (0.1 - 0.7) < 0.2 == 0.1 + 0.1
    assert containers.best(trial, [1]) == Containers(blocks).best(trial) == (2, 2)


def test_the_headline_check_tells_the_search_where_it_lowered_the_weights() -> None:
    """Each trial weighing is handed the positions whose weights the regions set aside lowered,
    each once (a block already as low, a link list's, is not), and the search finds the region
    the full pass finds."""
    title = "中央气象台发布暴雨预警"
    texts = [title, "中央气象台今天发布暴雨预警，请注意防范。", "首页 新闻 体育 财经",
             "天气晴朗，气温回升，适合出行，市民纷纷走出家门。", "市场行情平稳运行，成交量有所放大。"]
    rng = random.Random(322)
    told = 0
    for _ in range(1000):
        n = rng.randint(2, 40)
        blocks = tuple(Block(text=rng.choice(texts), position=i, cjk=rng.randint(0, 30),
                             path=(1, 2 + rng.randint(0, 3))[:rng.randint(1, 2)]) for i in range(n))
        weights = [rng.choice([-20.0, -3.0, 5.5, 12.25, 30.0]) for _ in blocks]
        containers = Containers(blocks, weights)
        inside = container(blocks, weights, containers=containers, most=containers.prose)

        def search(blocks: tuple[Block, ...], trial: list[float], lowered: list[int]) -> list[Block]:
            nonlocal told
            told += 1
            assert sorted(lowered) == [i for i, (w, t) in enumerate(zip(weights, trial)) if t < w]
            got = container(blocks, trial, lowered, containers=containers, most=containers.prose)
            assert got == container(blocks, list(trial), most=containers.prose)
            return got

        sift.agree_with_headline(blocks, weights, inside, title, lambda t: t == title, search,
                                 [b.text for b in blocks])
    assert told > 200


def pass_then_max(blocks: tuple[Block, ...], weights: list[float]) -> tuple[int, int]:
    """The container search as the thirty-first round had it: the blocks' weights summed into
    their own containers, the sums passed up the deepest (highest id) first, then the highest
    sum by ``max`` over them all, the deeper then the earlier on a tie."""
    ups: dict[int, int] = {}
    depths: dict[int, int] = {}
    sums: dict[int, float] = {}
    for block in blocks:
        for depth, node in enumerate(block.path, 1):
            ups[node], depths[node] = block.path[depth - 2] if depth > 1 else 0, depth
            sums.setdefault(node, 0.0)
    for block, w in zip(blocks, weights):
        if block.path:
            sums[block.path[-1]] += w
    sums[0] = float("-inf")
    for node in sorted(ups, reverse=True):
        sums[ups[node]] += sums[node]
    top = max(sums.values())
    if top == float("-inf"):
        return 0, 0
    tied = [node for node in sorted(sums) if sums[node] == top]
    best = max(tied, key=lambda node: (depths[node], -node))
    return best, depths[best]


def test_the_pass_up_takes_the_highest_sum_on_the_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """The highest sum read as the pass reaches each container is the one ``max`` finds over
    the sums after it, with its ties (the deeper, then the earlier), on random pages whose sums
    round, tie (halves) or all fall below zero, a later weighing's full pass alike; and on the
    blocks of every fixture page, its deep nesting flattened, whose paths' ids grow, as the pass
    relies on (it reaches an element after its children)."""
    rng = random.Random(323)
    pages = [random_page(rng) for _ in range(3000)]
    select = body.select

    def recording(blocks: tuple[Block, ...], **kwargs: object) -> object:
        pages.append((blocks, [rng.choice(_ROUNDING) for _ in blocks]))
        return select(blocks, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(body, "select", recording)
    fixtures = Path(__file__).resolve().parent.parent / "fixtures"
    for page in sorted(fixtures.glob("*.html")) + sorted(fixtures.glob("real/*.html")):
        clean(page.read_bytes())
    clean("<html><body>" + "<div><p>字</p>" * 400 + "</div>" * 400 + "</body></html>")
    assert len(pages) > 3050
    for blocks, weights in pages:
        assert all(a < b for block in blocks for a, b in zip(block.path, block.path[1:]))
        if rng.random() < 0.5:
            weights = [rng.choice(_ROUNDING) for _ in blocks]
        assert Containers(blocks, weights).best(weights) == pass_then_max(blocks, weights), (blocks, weights)
        again = [-w for w in weights]
        assert Containers(blocks, weights).best(again) == pass_then_max(blocks, again), (blocks, again)
