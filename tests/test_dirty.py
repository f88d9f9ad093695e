"""Generated dirty pages (scripts/make_dirty.py) through clean(): what the repair guarantees.

The generator dresses the project's own articles (fixtures/dirty_src/articles.txt) in text-dump
and HTML templates and stuffs most of them with headline fragments in every variant the issue
lists. The guarantees checked here are the ones the repair must keep on any page (controls come
out unchanged, hidden spam leaves the visible text alone, almost no legitimate character is
lost); the exact-body shares are floors that record where detection stands (the README ("Headline-fragment injection")
says which variants remain hard) and must not fall.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import make_dirty  # noqa: E402

pytest.importorskip("jieba", reason="the repair reads jieba's word list (a dependency of cleaner)")

from cleaner import clean  # noqa: E402

PAGES = 240


@pytest.fixture(scope="module")
def pages() -> list[make_dirty.DirtyPage]:
    return list(make_dirty.generate(PAGES, seed=7))


@pytest.fixture(scope="module")
def results(pages: list[make_dirty.DirtyPage]) -> dict:
    return make_dirty.score(pages)


def test_generation_is_deterministic() -> None:
    first = [(p.id, p.data) for p in make_dirty.generate(12, seed=3)]
    again = [(p.id, p.data) for p in make_dirty.generate(12, seed=3)]
    assert first == again


def test_labels_point_at_the_fragments(pages: list[make_dirty.DirtyPage]) -> None:
    for page in pages:
        label = page.label
        json.dumps(label, ensure_ascii=False)
        clean_body = label["body"]
        dirty = clean_body
        for item in label["injected"]:  # offsets index the dirty body, in order
            dirty = dirty[:item["offset"]] + item["fragment"] + dirty[item["offset"]:]
        for item in label["injected"]:
            assert dirty[item["offset"]:item["offset"] + len(item["fragment"])] == item["fragment"]
        if label["spec"] and not label["spec"]["hidden"]:
            text = page.data.decode(label["encoding"])
            assert all(line in text for line in dirty.split("\n") if label["kind"] == "text")


def test_control_pages_get_no_repair(pages: list[make_dirty.DirtyPage]) -> None:
    controls = [p for p in pages if p.control]
    assert len(controls) >= 30
    touched = [p.id for p in controls if clean(p.data).repairs]
    assert touched == []


def test_text_control_pages_come_out_unchanged(pages: list[make_dirty.DirtyPage]) -> None:
    controls = [p for p in pages if p.control and p.label["kind"] == "text"]
    assert controls
    for page in controls:
        assert clean(page.data).text == page.label["body"], page.id


def test_hidden_spam_leaves_the_visible_text_alone(pages: list[make_dirty.DirtyPage]) -> None:
    hidden = [p for p in pages if p.label["spec"] and p.label["spec"]["hidden"]]
    assert hidden
    assert [p.id for p in hidden if clean(p.data).repairs] == []


def test_legitimate_characters_are_almost_never_lost(results: dict) -> None:
    assert results["lost_share"] <= 0.001


def test_exact_bodies_do_not_fall_below_their_floors(results: dict) -> None:
    # Floors well below what seed 7's 240 pages measure (the twenty-ninth round: 0.737 exact overall
    # and 40/44 on the seed's own pattern with the context model, 0.711 and 40/44 with CLEANER_LM="").
    assert results["exact_dirty"] >= 0.58
    good, count = results["by_class"]["cyclic/punct"]
    assert good / count >= 0.80


@pytest.fixture(scope="module")
def repair_results(pages: list[make_dirty.DirtyPage]) -> dict:
    return make_dirty.score_repair(pages)


def test_repair_alone_leaves_quiet_pages_alone_and_loses_almost_nothing(repair_results: dict) -> None:
    # The true paragraphs in (body selection plays no part): controls and hidden-spam pages
    # come back exactly, and the repair deletes next to no legitimate character.
    assert repair_results["unchanged"] == 1.0
    assert repair_results["lost_share"] <= 0.001


def test_repair_alone_does_not_fall_below_its_floors(repair_results: dict) -> None:
    # Seed 7 measured 0.52 of the pages stuffed in plain sight exact.
    assert repair_results["exact_visible"] >= 0.47
    good, count = repair_results["by_class"]["cyclic/punct"]
    assert good / count >= 0.80


# --- with the context model (cleaner.lm) ------------------------------------------------------

@pytest.fixture(scope="module")
def with_model(pages: list[make_dirty.DirtyPage]) -> dict:
    pytest.importorskip("kenlm", reason="the context model needs kenlm (pip install 'cleaner[lm]')")
    from cleaner import lm
    if lm.load(lm.find()) is None:
        pytest.skip("no language model: install Debian's libime-data-language-model or set CLEANER_LM")
    return make_dirty.score(pages)


@pytest.fixture(scope="module")
def without_model(pages: list[make_dirty.DirtyPage]) -> dict:
    from functools import partial

    from cleaner import CleanerConfig
    return make_dirty.score(pages, partial(clean, config=CleanerConfig(language_model="")))


def test_the_model_keeps_controls_unchanged_and_loses_almost_nothing(with_model: dict) -> None:
    assert with_model["control_unchanged"] == 1.0
    assert with_model["lost_share"] <= 0.001


def test_the_model_adds_exact_pages(with_model: dict, without_model: dict) -> None:
    # Seed 7 measured 0.675 exact with the model and 0.650 without, 5/24 and 3/24 of the pages
    # stuffed inside clauses; now 0.696 and 0.691, 5/24 and 6/24: a cut straddling two of the
    # headline's units is no name (spread.names), which makes two pages stuffed inside clauses
    # exact without the model (dirty-7-0045, dirty-7-0236) and changes none with it.
    assert with_model["exact_dirty"] >= 0.65
    assert with_model["exact_dirty"] > without_model["exact_dirty"]
    good, count = with_model["by_class"]["placement mid"]
    base, _ = without_model["by_class"]["placement mid"]
    assert good >= 5 and good >= base - 1


# --- the fitting script (scripts/fit_injection.py) --------------------------------------------

def test_the_fit_recovers_the_weights_that_made_the_labels() -> None:
    import math
    import random

    import fit_injection
    rng = random.Random(0)
    rows, labels = [], []
    for _ in range(3000):
        x = [1.0, rng.random() < 0.5, rng.uniform(-2, 2)]
        p = 1 / (1 + math.exp(-(-1.0 + 2.0 * x[1] - 1.5 * x[2])))
        rows.append([float(v) for v in x])
        labels.append(int(rng.random() < p))
    bias, flag, slope = fit_injection.fit(rows, labels)
    assert abs(bias + 1.0) < 0.3 and abs(flag - 2.0) < 0.4 and abs(slope + 1.5) < 0.3


def test_auc_counts_pairs_ranked_right_and_ties_as_half() -> None:
    import fit_injection
    assert fit_injection.auc([(0.1, 0), (0.2, 0), (0.9, 1)]) == 1.0
    assert fit_injection.auc([(0.9, 0), (0.1, 1)]) == 0.0
    assert fit_injection.auc([(0.5, 0), (0.5, 1)]) == 0.5


def test_a_word_stuffed_before_the_headlines_next_word_fills_the_cyclic_runs_gap() -> None:
    # dirty-2-0027 (cyclic, inside clauses): …恢复[城郊]湿地面积… runs on into the headline's
    # 城郊湿地 and scores -3, which the run's DP passes over; the run goes 迎来 then 湿地 around
    # it, and spam in headline order skips no piece, so it is the spam's (cleaner.cycle.fill).
    from cleaner.injection import repair
    page = list(make_dirty.generate(28, seed=2))[27]
    dirty, truth, _ = make_dirty.repair_case(page)
    assert "恢复城郊湿地面积" in "".join(dirty)
    assert repair(dirty, headlines=(page.label["title"],))[0] == truth


def test_the_score_compares_text_and_html_on_the_spam_both_show() -> None:
    # A dump cannot hide its spam and an HTML page mostly does (the hidden elements go with
    # the chrome): the template rows mix those in, the "in sight" rows count the pages stuffed
    # in plain sight only (README "Measuring it", the thirty-second round's mdtext).
    from types import SimpleNamespace
    spec = {"hidden": "", "order": "random", "placement": "mid", "ngram": "2"}

    def page(n: int, kind: str, body: str, spec: dict | None) -> make_dirty.DirtyPage:
        label = {"kind": kind, "template": "farm", "body": "正文。", "spec": spec,
                 "injected": [], "control": spec is None}
        return make_dirty.DirtyPage(f"p{n}", body.encode(), ".txt", label)

    pages = [page(1, "html", "正文。", {**spec, "hidden": "display"}), page(2, "html", "正文。", None),
             page(3, "html", "正市文。", spec), page(4, "text", "正市文。", spec),
             page(5, "text", "正文。", spec)]
    result = make_dirty.score(pages, lambda data: SimpleNamespace(text=data.decode(), repairs=()))
    assert result["by_class"]["html/farm"] == [2, 3]
    assert result["by_class"]["html in sight"] == [0, 1]
    assert result["by_class"]["text in sight"] == [1, 2]
