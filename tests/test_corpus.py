"""Regression over the labelled pages: no score may fall below its recorded floor.

Two sources of pages: the shared corpus beside the checkout (``../shared/corpus``; its sets are
skipped, saying so, where it is absent) and the real pages the project keeps itself
(``fixtures/real/``, set ``real``, and ``fixtures/foreign/``, set ``foreign``, pages in other
languages that go to the fallback: always there).

The floors live in ``tests/corpus_floors.json`` as ``{set: {metric: bound}}``, with metric
names as in ``evaluate.summarize`` (fractions in [0, 1]). A plain name is a floor (the score
must be at least the bound); a name ending in ``_max`` is a ceiling on a lower-is-better
metric (``must_exclude_leaked_max``, ``errors_max``). Every entry of the file is checked, each
as its own test case. Raise the floors as the scores rise:
``python scripts/evaluate.py ../shared/corpus --json out.json`` prints the current values.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
REAL = ROOT / "fixtures" / "real"
FOREIGN = ROOT / "fixtures" / "foreign"
#: The set the project's own real pages are labelled with; every other set is the shared corpus's.
REAL_SET = "real"
#: The sets of the project's own pages (always in the checkout); every other set is the shared corpus's.
OWN_SETS = (REAL_SET, "foreign")
FLOORS_FILE = Path(__file__).with_name("corpus_floors.json")
sys.path.insert(0, str(ROOT / "scripts"))

import evaluate  # noqa: E402

FLOORS: dict[str, dict[str, float]] = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
CASES = [(set_name, metric, bound)
         for set_name, metrics in FLOORS.items() for metric, bound in metrics.items()]
#: Lower-is-better metrics, which the file bounds from above with a ``_max`` suffix.
CEILINGS = {"must_exclude_leaked", "errors"}
KNOWN = set(evaluate.MEAN_METRICS) | {"good"}


def _metric(key: str) -> tuple[str, bool]:
    """The summary key a floors entry names, and whether the entry is a ceiling."""
    return (key[: -len("_max")], True) if key.endswith("_max") else (key, False)


@pytest.fixture(scope="module")
def summary() -> dict[str, dict[str, Any]]:
    """The cleaner's summary per set, computed once for the module."""
    roots = [root for root in (CORPUS, REAL, FOREIGN) if root.is_dir()]
    if not roots:
        pytest.skip(f"no labelled pages: neither {CORPUS} nor {REAL} exists")
    results = evaluate.evaluate_dir(roots, ["cleaner"])
    return {set_name: by_system["cleaner"] for set_name, by_system in results.summary.items()}


def test_floors_name_known_metrics() -> None:
    for set_name, metric, bound in CASES:
        name, ceiling = _metric(metric)
        assert name in (CEILINGS if ceiling else KNOWN), f"{set_name}: unknown metric {metric!r}"
        assert isinstance(bound, (int, float)), f"{set_name}.{metric}: bound {bound!r}"


@pytest.mark.parametrize("set_name,metric,bound", CASES,
                         ids=[f"{s}-{m}" for s, m, _ in CASES])
def test_score_holds_its_floor(summary: dict[str, dict[str, Any]], set_name: str, metric: str,
                               bound: float) -> None:
    if set_name not in OWN_SETS and not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    assert set_name in summary, f"no pages of set {set_name!r} under {CORPUS}"
    name, ceiling = _metric(metric)
    value = summary[set_name].get(name)
    assert value is not None, f"{set_name}: no page could be scored for {name}"
    if ceiling:
        assert value <= bound + 1e-9, f"{set_name}: {name} rose to {value:.4f} (max {bound})"
    else:
        assert value >= bound - 1e-9, f"{set_name}: {name} fell to {value:.4f} (floor {bound})"
