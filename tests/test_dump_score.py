"""The injection scoring of dumps (``scripts/make_dumps.py --score``, :mod:`dump_score`)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import dump_score  # noqa: E402

BODY = "昨日下午，厦门召开会议，会上发布了工作机制。\n第二段说明情况，并通报重点任务。"
TITLE = "厦门召开会议发布机制"


def _dump(injected: list[dict[str, Any]]) -> SimpleNamespace:
    dirty = BODY
    for item in injected:
        dirty = dirty[:item["offset"]] + item["fragment"] + dirty[item["offset"]:]
    label = {"body": BODY, "title": TITLE, "injected": injected,
             "inject_spec": {"order": "cyclic", "ngram": "2"}}
    return SimpleNamespace(id="p.dom.inj", style="dom", label=label, text=dirty, clean_text=BODY)


#: A repair of the stand-in cleaner: what it takes out is its output's difference.
_NO_FRAGMENT = SimpleNamespace(fragment="", paragraph=0, offset=0)


def _cleaner(outputs: dict[str, str], title: str | None = TITLE):
    def clean(data: bytes) -> SimpleNamespace:
        text = data.decode("utf-8")
        out = outputs.get(text, text)
        return SimpleNamespace(text=out, title=title, repairs=((_NO_FRAGMENT,) if out != text else ()))
    return clean


def _f1(text: str, truth: str) -> float:
    return 1.0 if text == truth else 0.0


def test_a_fragment_left_and_a_character_lost_are_counted() -> None:
    injected = [{"offset": 5, "fragment": "召开"}, {"offset": 12, "fragment": "机制"}]
    dump = _dump(injected)
    # The repair takes 召开 out, leaves 机制, and deletes a legitimate 会 as well.
    out = dump.text.replace("，召开厦门", "，厦门").replace("会上", "上")
    case = dump_score.score_case(dump, _cleaner({dump.text: out}), _f1)
    assert case.counted and not case.exact and not case.control_repaired
    assert [(p, left) for p, left, _ in case.fragments] == [("召开", 0), ("机制", 2)]
    assert case.lost_chars == 1
    row = dump_score.summarize([case])["dom"]
    assert (row["frag_chars"], row["left_chars"], row["lost_chars"]) == (4, 2, 1)


def test_a_perfect_repair_is_exact_and_a_wrong_headline_is_its_own_cause() -> None:
    dump = _dump([{"offset": 5, "fragment": "召开"}])
    perfect = dump_score.score_case(dump, _cleaner({dump.text: BODY}), _f1)
    assert perfect.exact and perfect.fragments[0][1] == 0
    missed = dump_score.score_case(dump, _cleaner({}, title="别的标题"), _f1)
    assert dump_score.causes([missed]) == [("headline found is not the label's", 2, 2)]


def test_a_control_that_comes_out_wrong_is_not_counted() -> None:
    dump = _dump([{"offset": 5, "fragment": "召开"}])
    case = dump_score.score_case(dump, _cleaner({BODY: "别的正文"}), _f1)
    assert not case.counted and not case.fragments


def test_a_traditional_page_keeps_the_spammers_cut_found_without_the_context_model() -> None:
    # A Hong Kong page stuffed with trigrams of its headline in headline order, after marks.
    # The context model (simplified Chinese) reads the article's own Cantonese word 石屎躉 as a
    # gain wherever it stands: re-cutting the headline with its evidence took 石屎躉 for a piece
    # and left 沉降驚, 見石屎 and 躉離地 in the text.
    import pytest
    from cleaner import clean, lm
    if lm.load(lm.find()) is None:
        pytest.skip("needs the context model: pip install 'cleaner[lm]' and libime-data-language-model")
    import make_dumps
    sources = [s for s in make_dumps.load_sources([ROOT / "fixtures" / "real"]) if s.id == "real-a24-singpao"]
    assert sources, "fixtures/real/real-a24-singpao.html is missing"
    dump = next(make_dumps.make_dumps(sources, ["bs4"], inject=True, seed=1))
    article = clean(dump.text.encode("utf-8"))
    control = clean(dump.clean_text.encode("utf-8"))
    assert article.text == control.text
    assert {"沉降驚", "見石屎", "躉離地"} <= {r.fragment for r in article.repairs}


def test_a_fragment_beside_its_own_copy_is_removed_whichever_copy_the_output_lacks() -> None:
    # 厦门 stuffed right after the article's own 厦门: the repair takes one copy out and the
    # output is the article's text, whichever copy an alignment says went.
    for offset in (5, 7):   # before the article's copy, and after it
        dump = _dump([{"offset": offset, "fragment": "厦门"}])
        case = dump_score.score_case(dump, _cleaner({dump.text: BODY}), _f1)
        assert case.exact and case.fragments[0][1] == 0, offset
    # Stuffed half over the article's own characters (召[开会]议 -> 召开会开会议): still a tie.
    dump = _dump([{"offset": 10, "fragment": "开会"}])
    assert dump.text.startswith("昨日下午，厦门召开会开会议")
    case = dump_score.score_case(dump, _cleaner({dump.text: BODY}), _f1)
    assert case.fragments[0][1] == 0
    # Left in place, it still counts.
    case = dump_score.score_case(dump, _cleaner({}), _f1)
    assert case.fragments[0][1] == 2


def test_a_control_repair_counts_against_the_page_only_where_it_took_its_own_text() -> None:
    # The page carries spam of its own that its dump prints (a hidden span's 门召): its repair
    # taking that out takes nothing of the page's text; taking the page's 厦门 out does.
    shown = "昨日下午，门召厦门召开会议，会上发布了工作机制。\n第二段说明情况，并通报重点任务。"
    repair = SimpleNamespace(fragment="门召", paragraph=0, offset=5)
    wrong = SimpleNamespace(fragment="厦门", paragraph=0, offset=7)
    for repairs, own in (([repair], 0), ([repair, wrong], 2)):
        paragraphs = shown.split("\n")
        for r in sorted(repairs, key=lambda r: -r.offset):
            text = paragraphs[r.paragraph]
            paragraphs[r.paragraph] = text[:r.offset] + text[r.offset + len(r.fragment):]
        control = SimpleNamespace(text="\n".join(paragraphs), paragraphs=tuple(paragraphs), title=TITLE,
                                  repairs=tuple(repairs))
        dump = SimpleNamespace(id="p.dom.inj", style="dom", text=shown, clean_text=shown,
                               label={"body": BODY, "title": TITLE, "injected": []})
        case = dump_score.score_case(dump, lambda data, out=control: out, _f1)
        assert case.control_repaired and case.control_own_taken == own
        report = dump_score.format_report([case])
        assert f"of which taking the page's own text: {1 if own else 0} ({own} characters)" in report
