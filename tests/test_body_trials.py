"""The headline check's trial weighings told from the first weighing's sums (README "### Speed",
the thirty-second round, ``trialsums``): the same container as the full pass, bit for bit on
sums that round, and the full pass run when the sums moved could reach the others' top."""

from __future__ import annotations

import random

from cleaner import sift
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


def test_weights_changed_on_blocks_made_by_hand_ask_the_full_pass() -> None:
    """Ids that do not grow down the tree (an element's id above its child's): the full pass
    passes a child's sum to its parent after the parent's own went up, the changes cannot be
    passed up as the paths say, and the full pass answers (weights raised as well as lowered)."""
    rng = random.Random(321)
    for _ in range(2000):
        n = rng.randint(1, 8)
        blocks = tuple(Block(text="字", position=i, path=tuple(rng.sample(range(1, 7), rng.randint(1, 3))))
                       for i in range(n))
        weights = [rng.choice(_ROUNDING) for _ in blocks]
        containers = Containers(blocks, weights)
        containers.best(weights)
        trial = list(weights)
        changed = [i for i in range(n) if rng.random() < 0.4]
        for position in changed:
            trial[position] += rng.choice([-1.0, 3.0])
        assert containers.best(trial, changed) == Containers(blocks).best(trial), (blocks, weights)


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
