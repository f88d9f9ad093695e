"""Regression over text dumps of the labelled pages: no dump may fall below its recorded floor.

Every HTML page of ``../shared/corpus`` and of ``fixtures/`` is flattened in each style of
``scripts/make_dumps.py`` (a DOM walk keeping every visible line, BeautifulSoup
``get_text("\\n")``, inscriptis) and cleaned as a text dump; the page's own label is the truth.
``tests/dump_floors.json`` holds

- ``pages``: ``{"<page id>.<style>": {"body_f1": bound, "title": 1}}``, each case its own test
  (``pytest tests/test_dumps.py -k "gne-163-1.bs4"``); ``title: 1`` means the title must come
  out exactly;
- ``styles``: ``{style: {metric: bound}}`` over all the pages of a style (means, as
  ``evaluate.summarize`` computes them), so the gap to the HTML path stays closed.

Raise a floor when a change raises the score (``python scripts/evaluate.py ../shared/corpus
--dumps --per-page`` prints the scores). Cases of the shared corpus skip, saying so, when it is
not beside the checkout.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
FLOORS_FILE = Path(__file__).with_name("dump_floors.json")
sys.path.insert(0, str(ROOT / "scripts"))

import evaluate  # noqa: E402
import make_dumps  # noqa: E402

FLOORS: dict[str, dict[str, Any]] = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
PAGE_CASES = sorted(FLOORS["pages"].items())
STYLE_CASES = [(style, metric, bound) for style, metrics in sorted(FLOORS["styles"].items())
               for metric, bound in sorted(metrics.items())]


@pytest.fixture(scope="module")
def results() -> dict[str, evaluate.PageResult]:
    """Every dump cleaned and scored once for the module: ``{"<id>.<style>": result}``."""
    pytest.importorskip("inscriptis", reason="the inscriptis style needs inscriptis")
    sources = make_dumps.load_sources([CORPUS, ROOT / "fixtures", ROOT / "fixtures" / "real"])
    runner = evaluate.make_cleaner(None)
    scored: dict[str, evaluate.PageResult] = {}
    for dump in make_dumps.make_dumps(sources):
        page = evaluate.Page(id=dump.id, set=dump.style, kind="text", path=dump.source.path,
                             data=dump.text.encode("utf-8"), label=dump.source.label)
        scored[_case(dump)] = evaluate.score_page(page, dump.style, runner(page))
    return scored


def _case(dump: make_dumps.Dump) -> str:
    """The case name of a dump: its id, after ``fixtures/`` for the project's own pages."""
    inside = ROOT / "fixtures" in dump.source.path.resolve().parents
    return f"fixtures/{dump.id}" if inside else dump.id


def test_floors_file_is_well_formed() -> None:
    assert set(FLOORS) == {"pages", "styles"}
    for case, bounds in PAGE_CASES:
        assert case.rsplit(".", 1)[-1] in make_dumps.STYLES, case
        assert set(bounds) <= {"body_f1", "title"}, case
        assert 0.0 <= bounds["body_f1"] <= 1.0, case
    for style, metric, bound in STYLE_CASES:
        assert style in make_dumps.STYLES and metric in (*evaluate.MEAN_METRICS, "good"), (style, metric)
        assert 0.0 <= bound <= 1.0


@pytest.mark.parametrize("case,bounds", PAGE_CASES, ids=[c for c, _ in PAGE_CASES])
def test_dump_holds_its_floor(results: dict[str, evaluate.PageResult], case: str,
                              bounds: dict[str, float]) -> None:
    if not case.startswith("fixtures/") and not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    assert case in results, f"no dump {case!r}: its page is gone from the sources"
    result = results[case]
    assert result.body_f1 >= bounds["body_f1"] - 1e-9, \
        f"{case}: body F1 fell to {result.body_f1:.3f} (floor {bounds['body_f1']})"
    if bounds.get("title"):
        assert result.title, f"{case}: title {result.predicted['title']!r} != {result.expected['title']!r}"


@pytest.mark.parametrize("style,metric,bound", STYLE_CASES,
                         ids=[f"{s}-{m}" for s, m, _ in STYLE_CASES])
def test_style_holds_its_floor(results: dict[str, evaluate.PageResult], style: str, metric: str,
                               bound: float) -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    summary = evaluate.summarize([r for case, r in results.items()
                                  if r.set == style and not case.startswith("fixtures/")])
    assert summary[metric] is not None and summary[metric] >= bound - 1e-9, \
        f"{style}: {metric} fell to {summary[metric]} (floor {bound})"
