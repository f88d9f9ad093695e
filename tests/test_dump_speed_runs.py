"""The best runs of every prefix with a weight at most 0 after a run's end passed by one test
(README "### Speed", the thirty-second round, ``dumpboiler``): ``containers.best_runs`` answers,
list and all, as the plain pass it replaces, where a run starts below the best one, before any
positive weight (the runs of weights at most 0), and at zeros of either sign."""

from __future__ import annotations

import random

from cleaner.containers import best_runs


def plain_best_runs(weights: list[float]) -> list[tuple[int, int]]:
    """``containers.best_runs`` as it read before: every step resets a run whose sum is at most 0."""
    best, runs = float("-inf"), [(0, 0)]
    total, start = 0.0, 0
    for i, w in enumerate(weights):
        if total <= 0.0:
            total, start = 0.0, i
        total += w
        if total > best:
            best = total
            runs.append((start, i + 1))
    return runs


def test_best_runs_answer_as_the_plain_pass() -> None:
    cases = [
        [],
        [-3.0, -1.0, -2.0, -0.5],          # no positive weight: the best is the largest single one
        [-0.0, -1.0, 0.0, -0.0],           # zeros of either sign after a negative best
        [5.0, -10.0, 3.0, 3.0],            # a run starting below the best one outgrows it
        [5.0, -10.0, 3.0, -1.0, 4.0],      # … and one the best run's own stays above
        [-4.0, -2.0, 1.0, -9.0, -9.0, 0.5, 0.7],
        [2.0, -2.0, 0.0, 1.0, -5.0, -5.0, -5.0, 2.5, -0.1, 0.2],
    ]
    rng = random.Random(44)
    values = [-100.0, -20.0, -4.0, -1.0, -0.0, 0.0, 0.1, 0.5, 1.0, 3.0, 12.6, 30.0]
    cases += [[rng.choice(values) for _ in range(rng.randint(0, 30))] for _ in range(3000)]
    for weights in cases:
        assert best_runs(weights) == plain_best_runs(weights), weights
    assert best_runs([5.0, -10.0, 3.0, 3.0]) == [(0, 0), (0, 1), (2, 4)]
    assert best_runs([-3.0, -1.0, -2.0, -0.5]) == [(0, 0), (0, 1), (1, 2), (3, 4)]
