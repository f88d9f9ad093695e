#!/usr/bin/env python
"""Fit the injection repair's evidence weights on generated pages, and check them on others.

Usage::

    python scripts/fit_injection.py [--train 1,2] [--check 3,4] [--n 300]

Each occurrence of a headline piece on the stuffed pages of ``make_dirty.py`` (seeds
``--train``) is labelled from the generator (injected or the article's own) and described by
the evidence :func:`cleaner.injection.repair` gathers (after a mark, closing the paragraph, a
cut, junction, binding, running on into the headline, a particle after it, echo, the page's
seams, the context model's gain inside a clause and its lead at a mark, the placement
adjustments). A logistic model of those few numbers is fitted (Newton's method, a small L2
term), and printed in the units of the module's score -- each coefficient divided by the one
of ``after`` and multiplied by ``W_AFTER`` -- next to the weights the module uses, so a weight
that drifted from what the data say shows. Then, on the pages of ``--check`` (never fitted on),
the ranking of injected over legitimate occurrences by the module's own score and by the fitted
model (AUC), overall, at marks and inside clauses, and that of the context model's ``lead`` for
words at marks (the hard case: the article's own 茶农 starting a clause against a stuffed 茶农).

Needs the context model (kenlm and the model file, see README "The context model"); only the
pages found stuffed count (the rest are never repaired). What it printed when the weights were
last set is in the README, "Headline-fragment injection".
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's cleaner
from dirty_score import repair_case  # noqa: E402
from make_dirty import generate  # noqa: E402

from cleaner import injection, lm, occurrence  # noqa: E402

#: The features, each with how it is read off an occurrence and the module weight it matches.
FEATURES: tuple[tuple[str, Callable[[Any], float], str], ...] = (
    ("after", lambda o: float(o.after), "W_AFTER"),
    ("last", lambda o: float(o.last), "W_LAST"),
    ("cut", lambda o: float(not o.word), "W_CUT"),
    ("junc", lambda o: min(o.junc, occurrence.JUNC_FULL) / occurrence.JUNC_FULL, "W_JUNC"),
    ("bind", lambda o: -min(o.bind, occurrence.BIND_FULL) / occurrence.BIND_FULL, "W_BIND"),
    ("ext", lambda o: -float(o.ext), "W_EXT"),
    ("bound", lambda o: -float(o.bound), "W_BOUND"),
    ("echo", lambda o: float(o.echo and not o.ext), "W_ECHO"),
    ("seam", lambda o: float(o.seam > 0), "W_SEAM"),
    ("held", lambda o: -float(o.seam < 0), "W_HELD"),
    ("gain above mid", lambda o: max(0.0, o.gain - occurrence.LM_MID) if o.gain is not None else 0.0,
     "LM_UP"),
    ("gain below mid", lambda o: min(0.0, o.gain - occurrence.LM_MID) if o.gain is not None else 0.0,
     "LM_DOWN"),
    ("lead", lambda o: -max(-1.0, min(occurrence.LEAD_MAX, o.lead)) if o.lead is not None else 0.0,
     "W_LEAD"),
)
#: Where the gain is capped in the fit (log10; the module caps it at ``W_LM`` / ``W_LM_LOW``).
GAIN_CAP = 10.0
#: The L2 penalty of the fit (the features are few and the occurrences thousands: it only
#: keeps a feature that never fires from running away).
L2 = 1.0
NEWTON_STEPS = 30


@contextmanager
def _watching() -> Iterator[list[Any]]:
    """While inside, every page the repair finds stuffed appends its occurrences (as judged,
    placement adjustments included) to the list it yields."""
    seen: list[Any] = []
    judge = injection._judge

    def spy(paragraphs: Any, found: Any, *args: Any) -> Any:
        verdicts = judge(paragraphs, found, *args)
        if verdicts:
            seen.append(list(found))
        return verdicts

    injection._judge = spy
    try:
        yield seen
    finally:
        injection._judge = judge


def occurrences(seeds: Sequence[int], n: int, context: lm.ContextModel) -> list[tuple[Any, int]]:
    """(occurrence, 1 if injected else 0) for every occurrence on the stuffed pages of ``seeds``."""
    out: list[tuple[Any, int]] = []
    for seed in seeds:
        for page in generate(n, seed):
            label, spec = page.label, page.label["spec"]
            if spec is None or spec["hidden"]:
                continue
            dirty, _, hidden = repair_case(page)
            starts = [0]
            for text in dirty:
                starts.append(starts[-1] + len(text) + 1)
            injected = set()
            for item in label["injected"]:
                par = max(i for i in range(len(dirty)) if starts[i] <= item["offset"])
                injected.add((par, item["offset"] - starts[par], item["fragment"]))
            headlines = (label["title"],) + ((label["subtitle"],) if label.get("subtitle") else ())
            with _watching() as seen:
                injection.repair(dirty, headlines=headlines, hidden=hidden, context=context)
            for found in seen:
                out += [(o, int((o.paragraph, o.start, o.piece) in injected)) for o in found]
    return out


def features(o: Any) -> list[float]:
    """The occurrence's evidence: a constant, the :data:`FEATURES`, and the placement
    adjustments (its score minus its local evidence)."""
    row = [1.0] + [f(o) for _, f, _ in FEATURES]
    for k, (name, _, _) in enumerate(FEATURES, start=1):
        if name.startswith("gain"):
            row[k] = max(-GAIN_CAP, min(GAIN_CAP, row[k]))
    return row + [o.score - occurrence.score(o)]


def fit(rows: list[list[float]], labels: list[int]) -> list[float]:
    """Logistic regression by Newton's method with an L2 penalty of :data:`L2`."""
    k = len(rows[0])
    w = [0.0] * k
    for _ in range(NEWTON_STEPS):
        grad = [L2 * v for v in w]
        hess = [[L2 if a == b else 0.0 for b in range(k)] for a in range(k)]
        for x, y in zip(rows, labels):
            z = max(-30.0, min(30.0, sum(a * b for a, b in zip(w, x))))
            p = 1.0 / (1.0 + math.exp(-z))
            for a in range(k):
                grad[a] += (p - y) * x[a]
                for b in range(k):
                    hess[a][b] += p * (1 - p) * x[a] * x[b]
        w = [a - b for a, b in zip(w, _solve(hess, grad))]
    return w


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """``matrix⁻¹ · vector`` by Gauss-Jordan elimination with partial pivoting."""
    n = len(vector)
    m = [row[:] + [v] for row, v in zip(matrix, vector)]
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[pivot] = m[pivot], m[c]
        for r in range(n):
            if r != c and m[c][c]:
                f = m[r][c] / m[c][c]
                m[r] = [a - f * b for a, b in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] if m[i][i] else 0.0 for i in range(n)]


def auc(scored: list[tuple[float, int]]) -> float:
    """Probability that an injected occurrence outranks a legitimate one (ties count half)."""
    ordered = sorted(scored)
    ranks: dict[float, float] = {}
    i = 0
    while i < len(ordered):
        j = i
        while j < len(ordered) and ordered[j][0] == ordered[i][0]:
            j += 1
        ranks[ordered[i][0]] = (i + j + 1) / 2
        i = j
    pos = [v for v, y in scored if y]
    neg = len(scored) - len(pos)
    if not pos or not neg:
        return float("nan")
    return (sum(ranks[v] for v in pos) - len(pos) * (len(pos) + 1) / 2) / (len(pos) * neg)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", default="1,2", help="seeds to fit on")
    parser.add_argument("--check", default="3,4", help="seeds to check on (never fitted)")
    parser.add_argument("--n", type=int, default=300)
    args = parser.parse_args(argv)
    context = lm.load(lm.find())
    if context is None:
        print("no context model (kenlm or the model file absent): nothing to fit", file=sys.stderr)
        return 1
    train = occurrences([int(s) for s in args.train.split(",")], args.n, context)
    check = occurrences([int(s) for s in args.check.split(",")], args.n, context)
    w = fit([features(o) for o, _ in train], [y for _, y in train])
    scale = occurrence.W_AFTER / w[1]
    print(f"fitted on seeds {args.train}: {len(train)} occurrences, {sum(y for _, y in train)} injected")
    print(f"{'evidence':18}{'fitted (score units)':>22}{'module':>10}")
    for k, (name, _, weight) in enumerate(FEATURES, start=1):
        print(f"{name:18}{w[k] * scale:>22.2f}{getattr(occurrence, weight):>10.2f}")
    print(f"{'placement':18}{w[-1] * scale:>22.2f}{1.0:>10.2f}")
    print(f"{'(threshold)':18}{-w[0] * scale:>22.2f}{injection.THRESHOLD:>10.2f}")
    fitted = {id(o): sum(a * b for a, b in zip(w, features(o))) for o, _ in check}
    print(f"\nchecked on seeds {args.check}: {len(check)} occurrences, AUC injected over legitimate")
    for where, keep in (("all", lambda o: True), ("at a mark", lambda o: o.after),
                        ("inside a clause", lambda o: not o.after)):
        part = [(o, y) for o, y in check if keep(o) and not o.ext]
        print(f"  {where:16} module score {auc([(o.score, y) for o, y in part]):.3f}"
              f"   fitted {auc([(fitted[id(o)], y) for o, y in part]):.3f}   ({len(part)})")
    words = [(-o.lead, y) for o, y in check if o.after and o.word and not o.ext and o.lead is not None]
    print(f"  words at a mark, by lead alone: {auc(words):.3f} ({len(words)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
