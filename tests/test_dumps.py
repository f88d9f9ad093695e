"""Regression over text dumps of the labelled pages: no dump may fall below its recorded floor.

Every HTML page of ``../shared/corpus`` and of ``fixtures/`` is flattened in each style of
``scripts/make_dumps.py`` (a DOM walk keeping every visible line, BeautifulSoup
``get_text("\\n")``, inscriptis) and cleaned as a text dump; the page's own label is the truth.
``tests/dump_floors.json`` holds

- ``pages``: ``{"<page id>.<style>": {"body_f1": bound, "title": 1}}``, each case its own test
  (``pytest tests/test_dumps.py -k "gne-163-1.bs4"``); ``title: 1`` means the title must come
  out exactly;
- ``styles``: ``{style: {metric: bound}}`` over all the pages of a style (means, as
  ``evaluate.summarize`` computes them), so the gap to the HTML path stays closed;
- ``real``: the same means over the real pages of ``fixtures/real/`` alone (sites the rules
  were never tuned to, the best proxy for dumps of unseen sites). They are in the repository,
  so these cases, like the per-page cases of ``fixtures/``, run without the shared corpus.

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
REAL_CASES = [(style, metric, bound) for style, metrics in sorted(FLOORS["real"].items())
              for metric, bound in sorted(metrics.items())]


@pytest.fixture(scope="module")
def results() -> dict[str, evaluate.PageResult]:
    """Every dump cleaned and scored once for the module: ``{"<id>.<style>": result}``."""
    sources = make_dumps.load_sources([CORPUS, ROOT / "fixtures", ROOT / "fixtures" / "real"])
    runner = evaluate.make_cleaner(None)
    scored: dict[str, evaluate.PageResult] = {}
    for dump in make_dumps.make_dumps(sources, _styles()):
        page = evaluate.Page(id=dump.id, set=dump.style, kind="text", path=dump.source.path,
                             data=dump.text.encode("utf-8"), label=dump.source.label)
        scored[_case(dump)] = evaluate.score_page(page, dump.style, runner(page))
    return scored


def _styles() -> list[str]:
    """The styles whose library is installed (inscriptis is a test extra)."""
    try:
        import inscriptis  # noqa: F401
    except ImportError:
        return [s for s in make_dumps.STYLES if s != "inscriptis"]
    return list(make_dumps.STYLES)


def _skip_missing(style: str) -> None:
    if style not in _styles():
        pytest.skip(f"the {style} style needs the {style} package")


def _case(dump: make_dumps.Dump) -> str:
    """The case name of a dump: its id, after ``fixtures/`` for the project's own pages."""
    inside = ROOT / "fixtures" in dump.source.path.resolve().parents
    return f"fixtures/{dump.id}" if inside else dump.id


def test_floors_file_is_well_formed() -> None:
    assert set(FLOORS) == {"pages", "styles", "real"}
    for case, bounds in PAGE_CASES:
        assert case.rsplit(".", 1)[-1] in make_dumps.STYLES, case
        assert set(bounds) <= {"body_f1", "title"}, case
        assert 0.0 <= bounds["body_f1"] <= 1.0, case
    for style, metric, bound in STYLE_CASES + REAL_CASES:
        assert style in make_dumps.STYLES and metric in (*evaluate.MEAN_METRICS, "good"), (style, metric)
        assert 0.0 <= bound <= 1.0


@pytest.mark.parametrize("case,bounds", PAGE_CASES, ids=[c for c, _ in PAGE_CASES])
def test_dump_holds_its_floor(results: dict[str, evaluate.PageResult], case: str,
                              bounds: dict[str, float]) -> None:
    if not case.startswith("fixtures/") and not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    _skip_missing(case.rsplit(".", 1)[-1])
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
    _skip_missing(style)
    summary = evaluate.summarize([r for case, r in results.items()
                                  if r.set == style and not case.startswith("fixtures/")])
    assert summary[metric] is not None and summary[metric] >= bound - 1e-9, \
        f"{style}: {metric} fell to {summary[metric]} (floor {bound})"


@pytest.mark.parametrize("style,metric,bound", REAL_CASES,
                         ids=[f"real-{s}-{m}" for s, m, _ in REAL_CASES])
def test_real_pages_hold_their_floor(results: dict[str, evaluate.PageResult], style: str,
                                     metric: str, bound: float) -> None:
    _skip_missing(style)
    real = [r for case, r in results.items() if r.set == style and case.startswith("fixtures/real-")]
    assert real, "no real pages in fixtures/real/"
    summary = evaluate.summarize(real)
    assert summary[metric] is not None and summary[metric] >= bound - 1e-9, \
        f"real pages, {style}: {metric} fell to {summary[metric]} (floor {bound})"


def test_injected_dumps_hold_the_fragments_where_their_label_says() -> None:
    sources = [s for s in make_dumps.load_sources([ROOT / "fixtures"]) if s.label.get("title")]
    dumps = list(make_dumps.make_dumps(sources[:6], ["dom"], inject=True, seed=3))
    assert any(d.label["injected"] for d in dumps)
    for dump in dumps:
        dirty = dump.label["body"]
        for item in dump.label["injected"]:
            dirty = dirty[:item["offset"]] + item["fragment"] + dirty[item["offset"]:]
        lines = {" ".join(line.split()) for line in dump.text.split("\n")}
        changed = [p for p, c in zip(dirty.split("\n"), dump.label["body"].split("\n")) if p != c]
        assert all(" ".join(p.split()) in lines for p in changed), dump.id
        assert dump.id.endswith(".dom.inj")
