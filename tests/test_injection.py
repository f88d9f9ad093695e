"""injection.repair: headline fragments stuffed into the body go, the article's own words stay.

The articles here are written for these tests; the stuffing imitates content farms (see the
module docstring of cleaner.injection).
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner.article import Repair
from cleaner.cycle import tiling
from cleaner.spamorder import follows
from cleaner.headmodel import build
from cleaner.inside import neighbours
from cleaner.injection import pieces, repair
from cleaner.lm import cost as _cost
from cleaner.spread import held_at_marks, reach

pytest.importorskip("jieba", reason="the repair reads jieba's word list (a dependency of cleaner)")

HEADLINE = "2024年滨江新区智慧交通建设这样推进"
# The headline minus digits, 这 and its last character, cut into bigrams.
STUFF = ("年滨", "江新", "区智", "慧交", "通建", "设样")
CLEAN = (
    ("本报讯（记者 林晓）昨日上午，滨江新区智慧交通建设推进会召开，会上公布了今年的十项重点任务，"
     "新区将在年内建成智能信号灯路口一百二十个，并上线全域停车诱导系统。"),
    ("据介绍，滨江新区智慧交通建设已进入第二阶段。新区交通部门负责人说，第一阶段完成的主干道改造，"
     "让早晚高峰通行时间缩短了约两成，市民出行明显顺畅。"),
    "下一步，新区将把智慧交通与公交线网优化结合起来，推动数据在各部门之间共享，让交通管理更加精细。",
)


TRAD_HEADLINE = "2024年濱江新區智慧交通建設這樣推進"
TRAD_CLEAN = (
    ("本報訊（記者 林曉）昨日上午，濱江新區智慧交通建設推進會召開，會上公佈了今年的十項重點任務，"
     "新區將在年內建成智能信號燈路口一百二十個，並上線全域停車誘導系統。"),
    ("據介紹，濱江新區智慧交通建設已進入第二階段。新區交通部門負責人說，第一階段完成的主幹道改造，"
     "讓早晚高峰通行時間縮短了約兩成，市民出行明顯順暢。"),
    "下一步，新區將把智慧交通與公交線網優化結合起來，推動數據在各部門之間共享，讓交通管理更加精細。",
)


def stuff(paragraphs: tuple[str, ...], fragments: tuple[str, ...], *, every: int = 1,
          marks: str = "，。、") -> tuple[tuple[str, ...], list[tuple[int, int, str]]]:
    """Insert ``fragments`` cyclically right after every ``every``-th mark; returns the dirty
    paragraphs and (paragraph, offset as found, fragment) for each insertion."""
    out, truth, turn, seen = [], [], 0, 0
    for p_index, text in enumerate(paragraphs):
        dirty = ""
        for ch in text:
            dirty += ch
            if ch in marks:
                seen += 1
                if seen % every == 0:
                    fragment = fragments[turn % len(fragments)]
                    truth.append((p_index, len(dirty), fragment))
                    dirty += fragment
                    turn += 1
        out.append(dirty)
    return tuple(out), truth


def test_cyclic_bigrams_after_punctuation_are_taken_out() -> None:
    dirty, truth = stuff(CLEAN, STUFF)
    repaired, repairs = repair(dirty, headlines=(HEADLINE,))
    assert repaired == CLEAN
    assert [(r.paragraph, r.offset, r.fragment) for r in repairs] == truth


def test_legitimate_occurrences_of_the_same_characters_stay() -> None:
    # 滨江新区智慧交通建设 is in every paragraph: stuffing around it must not eat into it.
    dirty, _ = stuff(CLEAN, STUFF)
    repaired, _ = repair(dirty, headlines=(HEADLINE,))
    assert all("滨江新区智慧交通" in p for p in repaired[:2])


def test_trigrams_in_headline_order_are_taken_out() -> None:
    trigrams = ("年滨江", "新区智", "慧交通", "建设样")
    dirty, truth = stuff(CLEAN, trigrams)
    repaired, repairs = repair(dirty, headlines=(HEADLINE,))
    assert repaired == CLEAN
    assert len(repairs) == len(truth)


def test_sparse_stuffing_in_random_order_is_taken_out() -> None:
    order = ("区智", "年滨", "设样", "江新", "通建", "慧交")
    dirty, _ = stuff(CLEAN, order, every=2)
    repaired, _ = repair(dirty, headlines=(HEADLINE,))
    assert repaired == CLEAN


# Mid-clause insertion: each cut sits inside a word (任|区智|务, 阶|江新|段), so taking it out
# joins a word of the dictionary again. The same in traditional characters: the simplified word
# list reads 任務, 階段, 系統 as 任务, 阶段, 系统, and 這 as the 这 a spammer drops (設這樣 -> 設樣).
SPLITTING = ((("重点任务", "重点任区智务"), ("信号灯", "信号年滨灯"), ("诱导系统", "诱导系设样统")),
             (("第二阶段", "第二阶江新段"), ("主干道", "主干通建道")))


@pytest.mark.parametrize("traditional", [False, True], ids=["simplified", "traditional"])
def test_fragments_splitting_words_inside_clauses_are_taken_out(traditional: bool) -> None:
    from cleaner.lm import simplify
    headline, clean = (TRAD_HEADLINE, TRAD_CLEAN) if traditional else (HEADLINE, CLEAN)
    assert simplify("誘導") == "诱导", "OpenCC's character table (a core dependency) is not read"
    twin = str.maketrans(dict(zip(CLEAN[0] + CLEAN[1] + "区智年滨设样江新通建",
                                  TRAD_CLEAN[0] + TRAD_CLEAN[1] + "區智年濱設樣江新通建")))
    dirty = list(clean)
    for index, pairs in enumerate(SPLITTING):
        for word, stuffed in pairs:
            if traditional:
                word, stuffed = word.translate(twin), stuffed.translate(twin)
            assert word in dirty[index]
            dirty[index] = dirty[index].replace(word, stuffed)
    repaired, repairs = repair(tuple(dirty), headlines=(headline,))
    assert repaired == clean
    pieces_ = {"区智", "年滨", "设样", "江新", "通建"}
    assert {r.fragment for r in repairs} == ({p.translate(twin) for p in pieces_} if traditional else pieces_)
    assert all("splitting a word" in r.reason for r in repairs)


def test_headline_order_takes_a_piece_that_runs_on_into_the_headline() -> None:
    # …修复。湿地公园先后…: the stuffed 湿地 runs on into the real 公园, a stretch of the
    # headline that alone reads as legitimate; the cycle needs 湿地 exactly there.
    headline = "城郊湿地公园迎来越冬候鸟"
    clean = (
        "入冬以来，西溪湿地公园陆续迎来大批越冬候鸟，白鹭、苍鹭在浅滩觅食，不时振翅飞过水面。",
        ("据介绍，今年观测到的越冬候鸟种类比去年增加了六种，数量也明显增多，这得益于生态的持续修复。"
         "公园先后实施了退塘还湿、水系连通等工程，恢复湿地面积近两千亩。"),
        "为保护候鸟，管理部门设置了隐蔽观察屋，并提醒游客不要投喂，拍摄时不要使用闪光灯。",
    )
    dirty, truth = stuff(clean, ("湿地", "公园", "迎来", "城郊"), marks="，。、")
    assert "修复。湿地公园先后" in dirty[1]
    repaired, repairs = repair(dirty, headlines=(headline,))
    assert repaired == clean
    assert [(r.paragraph, r.offset, r.fragment) for r in repairs] == truth


def test_a_particle_after_the_piece_keeps_it() -> None:
    # 春茶的销量: a clause cannot begin with 的, so the word before it belongs to the text, even
    # on a stuffed page and right after a mark.
    headline = "茶农直播带货 春茶卖出好价钱"
    clean = ("清明前后，正是春茶上市的时节。在云岭乡的茶园里，茶农们一边采摘春茶，一边对着手机镜头直播。",
             "他说，去年开始做直播，春茶的销量比以前翻了一番。")
    dirty = (("清明前后，茶农正是春茶上市的时节。直播在云岭乡的茶园里，带货茶农们一边采摘春茶，"
              "春茶一边对着手机镜头直播。卖出"),
             "他说，好价去年开始做直播，春茶的销量比以前翻了一番。茶农")
    repaired, _ = repair(dirty, headlines=(headline,))
    assert repaired == clean


TEA = "茶农直播带货 春茶卖出好价钱"
# A page stuffed with TEA's pieces in random order after clause marks (sure insertions: pieces
# closing a paragraph, the cut 好价), around a middle paragraph and a last clause of each
# test's own; and the page as it was.
TEA_FIRST = ("清明前后，好价正是春茶上市的时节。直播在云岭乡的茶园里，茶农们一边采摘春茶，一边对着手机镜头直播。卖出",
             "清明前后，正是春茶上市的时节。在云岭乡的茶园里，茶农们一边采摘春茶，一边对着手机镜头直播。")


def tea_page(middle: str, stuffed_middle: str, last: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(dirty paragraphs, clean paragraphs) of the TEA page with ``middle`` (stuffed as
    ``stuffed_middle``) and a last paragraph ``last`` that the spam opens with 春茶 and closes
    with 好价."""
    return ((TEA_FIRST[0], stuffed_middle, f"他说，春茶{last}好价"), (TEA_FIRST[1], middle, f"他说，{last}"))


def test_a_headline_word_after_a_closing_quote_stays_where_the_spam_never_goes_there() -> None:
    # The article's own 茶农 after “……。” starts the clause that follows the quote, a mark the
    # page's spam never follows.
    middle = "“大家看，这就是今年的明前茶。”茶农小罗举着手机在茶园里边走边讲，直播间里不断有网友下单。"
    dirty, clean = tea_page(middle, middle + "带货", "去年开始做直播，春茶的销量比以前翻了一番。")
    repaired, repairs = repair(dirty, headlines=(TEA,))
    assert repaired == clean
    assert len(repairs) == 6


def test_a_headline_word_at_a_mark_that_goes_on_as_the_page_writes_it_elsewhere_stays() -> None:
    # 春茶价 stands inside a clause in the last paragraph (今年春茶价格): the 春茶 that starts
    # the middle paragraph's clause after 他说， goes on as the article writes it, while the
    # stuffed 春茶 before 去年 makes a pair the page holds nowhere else.
    middle = "他说，春茶价格比去年高了一成，直播间里不断有网友下单。"
    dirty, clean = tea_page(middle, "他说，春茶价格比去年高了一成，带货直播间里不断有网友下单。带货",
                            "去年开始做直播，今年春茶价格更好，销量比以前翻了一番。")
    repaired, repairs = repair(dirty, headlines=(TEA,))
    assert repaired == clean
    assert len(repairs) == 7


def test_a_pair_held_only_by_a_copy_that_splits_a_word_is_no_witness() -> None:
    # 春茶去 stands elsewhere only where a stuffed 春茶 splits 过去 (过|春茶|去): the spam's
    # own copy is no witness of the article's phrasing, so the stuffed 春茶 in front of 去年
    # after the commas goes too.
    middle = "他说，过去一年直播间里不断有网友下单，去年的销量比以前翻了一番。"
    stuffed = "他说，过春茶去一年直播间里不断有网友下单，春茶去年的销量比以前翻了一番。"
    dirty, clean = tea_page(middle, stuffed, "去年开始做直播，今年的价格更好。")
    repaired, repairs = repair(dirty, headlines=(TEA,))
    assert repaired == clean
    assert len(repairs) == 7


def test_a_name_the_article_repeats_at_marks_is_left_alone() -> None:
    # 于欢 is no word of the dictionary, so it looks like a cut of the headline; but the article
    # writes it inside its clauses again and again: its own word, not spam.
    headline = "于欢出狱后的第一天"
    article = ("“辱母案”当事人于欢出狱的第一天，记者见到了他。",
               "其间，于欢家的其他人都在忙碌。谈到自己的案子，于欢说后悔自己当时太冲动。",
               "对于未来，于欢说，目前他想先找一份工作。8日中午，于欢理了发。",
               "于欢想尽快熟悉新的生活，于欢的母亲也在身边。")
    assert repair(article, headlines=(headline,)) == (article, ())


def test_sure_insertions_in_headline_order_keep_the_articles_own_word_at_a_mark() -> None:
    # Three sure insertions (cuts at marks, a word closing a paragraph) follow the cycle
    # 年厦 漳泉 都市 exactly: too few to show a cycle by chance alone, but enough to repair the
    # page as one, so the article's own 都市 after a comma stays (on its own score, in random
    # order, it would go).
    dirty = ("昨日下午，年厦厦漳泉都市圈办公室召开会议，漳泉会上发布了工作机制。都市",
             "与会人员表示，三市将加强协作。截至目前，都市人群的通勤更加便利。")
    repaired, repairs = repair(dirty, headlines=("2025年厦漳泉都市圈建设这样干",))
    assert repaired == ("昨日下午，厦漳泉都市圈办公室召开会议，会上发布了工作机制。",
                        "与会人员表示，三市将加强协作。截至目前，都市人群的通勤更加便利。")
    assert all(r.reason == "headline fragment in headline order" for r in repairs)


def test_a_sure_insertion_far_from_the_rest_of_the_cycle_is_taken() -> None:
    # 年滨 (a cut, right after a mark) opens the cycle, then a dozen marks pass before the
    # spam goes on at every mark: spacing alone would leave it as an ordinary use of the word.
    first = ("本报讯，昨日上午，年滨新区召开会议，会议由区长主持，各部门负责人参加，会上通报了上半年的工作，"
             "讨论了下半年的安排，听取了代表的意见，审议了三份文件，表决了两项决定，部署了近期工作，"
             "明确了责任分工，提出了时间要求。")
    rest = ("据介绍，江新滨江新区智慧交通建设已进入第二阶段。区智新区交通部门负责人说，慧交第一阶段完成的"
            "主干道改造，通建让早晚高峰通行时间缩短了约两成，设样市民出行明显顺畅。")
    repaired, repairs = repair((first, rest), headlines=(HEADLINE,))
    assert repaired[0].startswith("本报讯，昨日上午，新区召开会议，")
    assert [r.fragment for r in repairs] == ["年滨", "江新", "区智", "慧交", "通建", "设样"]


def test_of_two_like_copies_at_marks_in_one_turn_of_the_cycle_the_later_goes() -> None:
    # 公交 stands at two marks between the spam's 夜间 and 试点: the article's own (，公交还将…),
    # then the spam's (，公交根据…). Nothing local tells them apart; the spam's is the later.
    headline = "海港新城启动夜间公交试点"
    clean = ("本报讯 昨日晚间，全市首条夜间公交线路在新城开始试运行，线路全长十八公里，沿途设站二十六个，"
             "覆盖了三个大型居住区。",
             "据了解，试运行期间，公交还将收集乘客意见，根据客流情况调整发车间隔，并在重点站点增派引导员。",
             "不少市民表示，以前晚上下班只能打车回家，费用不低，现在乘坐夜班车方便多了，希望试点早日转为正式线路。")
    dirty = ("本报讯 昨日晚间，海港全市首条夜间公交线路在新城开始试运行，线路全长十八公里，新城沿途设站二十六个，"
             "覆盖了三个大型居住区。启动",
             "据了解，夜间试运行期间，公交还将收集乘客意见，公交根据客流情况调整发车间隔，并在重点站点增派引导员。试点",
             "不少市民表示，海港以前晚上下班只能打车回家，费用不低，新城现在乘坐夜班车方便多了，希望试点早日转为正式线路。")
    repaired, repairs = repair(dirty, headlines=(headline,))
    assert repaired == clean
    assert [r.fragment for r in repairs] == ["海港", "新城", "启动", "夜间", "公交", "试点", "海港", "新城"]


REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"


@pytest.mark.parametrize("language_model", ["", None])
def test_a_headline_the_word_list_cannot_read_shows_no_cuts(language_model: str | None) -> None:
    # A traditional-character page: jieba's simplified word list knows one word of its headline
    # (金曲), so every piece of it looked like a cut across words (知更, 組藝人) and its own
    # names after marks like stuffing. The page is a real article with no spam in it.
    from cleaner import CleanerConfig, clean
    page = (REAL / "real-f03-streetvoice.html").read_bytes()
    article = clean(page, config=CleanerConfig(language_model=language_model))
    assert "知更" in article.title
    assert article.repairs == ()


def test_word_model_prefers_words_of_the_dictionary() -> None:
    assert _cost("实质") < _cost("实") + _cost("质")
    assert _cost("厦漳泉都市圈") > 0


SEED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seed"


def test_seed_page_gives_exactly_its_fifteen_repairs() -> None:
    label_file = SEED / "seed-000.json"
    if not label_file.is_file():
        pytest.skip(f"the seed corpus is not beside the checkout ({SEED})")
    label = json.loads(label_file.read_text(encoding="utf-8"))
    # The label's offsets index its dirty body with paragraphs joined by a blank line.
    clean = [p for p in label["body"].split("\n") if p.strip()]
    from cleaner import clean as clean_page
    article = clean_page((SEED / "seed-000.txt").read_bytes())
    assert article.text == "\n".join(clean)
    assert sorted(r.fragment for r in article.repairs) == sorted(
        item["fragment"] for item in label["injected"])


def test_repair_offsets_are_where_the_fragment_was_found() -> None:
    dirty, _ = stuff(CLEAN, STUFF)
    _, repairs = repair(dirty, headlines=(HEADLINE,))
    for r in repairs:
        assert isinstance(r, Repair)
        assert dirty[r.paragraph][r.offset:r.offset + len(r.fragment)] == r.fragment
        assert r.reason


def test_article_repeating_its_headline_words_is_left_alone() -> None:
    headline = "新能源公交车全面上线 市民绿色出行更便捷"
    article = (
        ("从本月起，全市新能源公交车全面上线运营，市民绿色出行更加便捷。公交集团介绍，新能源公交车噪音小、"
         "起步平稳，乘坐体验明显提升。"),
        "记者在公交站台看到，不少市民专门选乘新能源公交车。市民王女士说，公交车干净整洁，出行更便捷了。",
        "公交集团表示，全面上线后，新能源公交车占比达到九成，绿色出行将成为更多市民的选择。",
    )
    assert repair(article, headlines=(headline,)) == (article, ())


def test_hidden_fragments_alone_change_nothing_visible() -> None:
    # The HTML parser already dropped the hidden spans; their texts only say what the spam used.
    assert repair(CLEAN, headlines=(HEADLINE,), hidden=STUFF) == (CLEAN, ())


def test_no_headline_or_no_candidate_is_a_no_op() -> None:
    assert repair(CLEAN, headlines=()) == (CLEAN, ())
    assert repair(("今天天气晴朗，适合出行。",), headlines=(HEADLINE,)) == (("今天天气晴朗，适合出行。",), ())


def test_pieces_skip_a_dropped_function_character() -> None:
    assert "设样" in pieces(HEADLINE)
    assert {"年滨", "江新", "都市"} & pieces(HEADLINE) == {"年滨", "江新"}


def test_repair_is_cheap_without_candidates() -> None:
    text = ("今天天气晴朗，气温适宜，适合外出游玩。" * 400,)
    repair(text, headlines=(HEADLINE,))  # warm the word list
    started = time.perf_counter()
    for _ in range(20):
        repair(text, headlines=(HEADLINE,))
    assert (time.perf_counter() - started) / 20 < 0.005


# --- property: the repair only ever removes headline pieces --------------------------------

ARTICLE_CHARS = "".join(sorted(set("".join(CLEAN)) - set("\n")))


@st.composite
def stuffed_articles(draw: st.DrawFn) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Random text from the article's characters with headline pieces sprinkled in."""
    texts = []
    for _ in range(draw(st.integers(1, 3))):
        parts = draw(st.lists(st.one_of(
            st.text(alphabet=ARTICLE_CHARS, min_size=1, max_size=30),
            st.sampled_from(STUFF + ("，", "。", "滨江新区", "智慧交通")),
        ), min_size=1, max_size=25))
        texts.append("".join(parts))
    return tuple(texts), (HEADLINE,)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stuffed_articles())
def test_repair_only_removes_headline_pieces(case: tuple[tuple[str, ...], tuple[str, ...]]) -> None:
    paragraphs, headlines = case
    repaired, repairs = repair(paragraphs, headlines=headlines)
    allowed = pieces(headlines[0])
    rebuilt = list(repaired)
    by_paragraph: dict[int, list[Repair]] = {}
    for r in repairs:
        assert r.fragment in allowed
        by_paragraph.setdefault(r.paragraph, []).append(r)
    # Putting every removed piece back where it was found gives the input again.
    for index, items in by_paragraph.items():
        text = repaired[index]
        for r in sorted(items, key=lambda r: r.offset):   # offsets are as found: in order,
            text = text[:r.offset] + r.fragment + text[r.offset:]   # each lands where it was
        rebuilt[index] = text
    assert tuple(rebuilt) == paragraphs
    assert len(repaired) == len(paragraphs)


def _seams_by_pair_counts(paragraphs: tuple[str, ...], occs: list) -> list[int]:
    """The seam rule of :func:`cleaner.pagepairs.seams` from every pair of every paragraph."""
    import re as _re

    from cleaner.lm import lexicon, simplify
    counts: dict[str, int] = {}
    for text in paragraphs:
        for k in range(len(text) - 1):
            counts[text[k:k + 2]] = counts.get(text[k:k + 2], 0) + 1
    cjk = _re.compile(r"[\u4e00-\u9fff]")
    out = []
    for o in occs:
        text = paragraphs[o.paragraph]
        if o.after or o.ext or o.start == 0 or o.end >= len(text) \
                or not (cjk.match(text[o.start - 1]) and cjk.match(text[o.end])):
            out.append(0)
            continue
        left, right = text[o.start - 1], text[o.end]
        held = max(counts.get(left + o.piece[0], 0), counts.get(o.piece[-1] + right, 0))
        joined = counts.get(left + right, 0)
        split = joined >= 2 * held and left != o.piece[-1] and right != o.piece[0] \
            and simplify(left + right) in lexicon()
        out.append(-1 if held > 1 and not split else 1 if joined > 0 else 0)
    return out


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="甲乙丙，", min_size=3, max_size=12), min_size=1, max_size=3),
       st.data())
def test_seams_count_pairs_as_the_page_holds_them(paragraphs: list[str], data: st.DataObject) -> None:
    """The seams count only the pairs asked about; they must agree with counting every pair of
    every paragraph, repeated characters (甲甲甲 holds 甲甲 twice) and paragraph ends included."""
    from cleaner.occurrence import Occ as _Occ
    from cleaner.pagepairs import seams
    paras = tuple(paragraphs)
    occs = []
    for p_index, text in enumerate(paras):
        start = data.draw(st.integers(0, len(text) - 2))
        end = data.draw(st.integers(start + 1, min(len(text), start + 3)))
        occs.append(_Occ(p_index, start, end, text[start:end], after=False, last=False,
                         ext=False, word=True, bound=False))
    expected = _seams_by_pair_counts(paras, occs)
    seams(paras, occs)
    assert [o.seam for o in occs] == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="甲乙丙丁，。戊 \n", max_size=14), min_size=1, max_size=5))
def test_occurrences_are_the_pieces_places_each_in_its_paragraph(paragraphs: list[str]) -> None:
    """_occurrences maps the page's places to their paragraphs itself: every place of a piece
    in a prose paragraph is one occurrence (with ``stretches``), at its paragraph and start, at a
    mark when a mark stands before it, closing its paragraph when only spaces follow it; without
    ``stretches``, all but those inside a clause that run on into the headline."""
    from cleaner.injection import _MARKS, _PROSE
    from cleaner.occsearch import _occurrences
    from cleaner.spread import piece_places
    paras = tuple(paragraphs)
    model = build(("甲乙丙丁",))
    places = piece_places(paras, model.pieces, _PROSE)
    found = _occurrences(paras, model)
    assert [(o.paragraph, o.start, o.piece) for o in found] == places
    for o in found:
        text = paras[o.paragraph]
        assert o.after == (o.start > 0 and text[o.start - 1] in _MARKS)
        assert o.last == (o.after and o.end == len(text.rstrip()))
    assert _occurrences(paras, model, stretches=False) == [o for o in found if o.after or not o.ext]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="甲乙丙，", min_size=3, max_size=12), min_size=1, max_size=3),
       st.lists(st.integers(0, 2), min_size=1, max_size=8))
def test_seams_set_in_turns_on_one_page_are_each_occurrences_own(paragraphs: list[str], turns: list[int]) -> None:
    """The page's PairCounts keeps the seams decided: a caller may set some first and the
    others later (the repair reads the article's words' last), with each occurrence's seam its own."""
    from cleaner.occurrence import Occ as _Occ
    from cleaner.pagepairs import PairCounts, seams
    paras = tuple(paragraphs)
    occs = [_Occ(p_index, start, start + size, text[start:start + size], after=False, last=False,
                 ext=False, word=True, bound=False)
            for p_index, text in enumerate(paras) for start in range(len(text)) for size in (1, 2)
            if start + size <= len(text)]
    pairs = PairCounts(paras)
    for turn in range(3):
        seams(paras, [o for k, o in enumerate(occs) if turns[k % len(turns)] == turn], pairs)
    assert [o.seam for o in occs] == _seams_by_pair_counts(paras, occs)


def test_a_piece_splitting_a_word_the_page_writes_often_is_not_held_by_chance() -> None:
    # 品架 stuffed into 消化 three times on a page that writes 消化 six times more: it stands
    # after 消 three times, but 消 stands before 化 twice as often, so the page's own wording
    # is the text without it. The article's 技术架构师 stays held: 术师 is no word.
    from cleaner.occurrence import Occ as _Occ
    from cleaner.pagepairs import seams
    paras = ("食物进入消品架化道，消化液帮助消化，消品架化腺分布在消化道旁，消品架化的过程很长。",
             "消化系统和消化功能都重要，消化不好要看医生，技术架构师说过，技术架构师要懂业务。")
    occs = [_Occ(p, k, k + 2, paras[p][k:k + 2], after=False, last=False, ext=False, word=False,
                 bound=False)
            for p, text in enumerate(paras) for k in range(len(text) - 1)
            if text[k:k + 2] in ("品架", "架构")]
    seams(paras, occs)
    assert [(o.piece, o.seam) for o in occs] == [("品架", 1)] * 3 + [("架构", -1)] * 2


def test_splice_takes_spans_out_and_keeps_their_offsets_as_found() -> None:
    from cleaner.article import Repair
    from cleaner.splice import splice
    text, repairs = splice(("甲乙丙丁戊", "己庚"), [(0, 3, 4, "丁", "b"), (0, 1, 2, "乙", "a")])
    assert text == ("甲丙戊", "己庚")
    assert repairs == (Repair("乙", 0, 1, "a"), Repair("丁", 0, 3, "b"))


@dataclass
class _Suspect:
    paragraph: int
    start: int = 1
    piece: str = "甲乙"
    after: bool = True
    word: bool = True
    ext: bool = False
    bound: bool = False
    score: float = 2.5


def test_spam_reaches_a_paragraph_whose_marks_hold_suspects_at_its_rate() -> None:
    # Paragraphs 0-1 hold sure insertions after half their marks; paragraph 2 has no sure one,
    # but suspects after half its marks too: the spam goes on there. Paragraph 3 holds one
    # suspect among eight marks: an article's own clause starting with a headline word.
    paragraphs = ("甲，" * 8, "乙，" * 8, "丙，" * 8, "丁，" * 8)
    found = [_Suspect(0, score=4.5)] * 4 + [_Suspect(1, score=4.5)] * 4 + [_Suspect(2)] * 4 \
        + [_Suspect(3)]
    assert reach(paragraphs, found, 1, 2.0, frozenset("，")) == 2
    # Suspects bound to what follows, or running on into the headline, are no evidence.
    bound = found[:8] + [_Suspect(2, bound=True)] * 4
    assert reach(paragraphs, bound, 1, 2.0, frozenset("，")) == 1
    # At the rate of prose the spam reaches no further.
    sparse = found[:1] + [_Suspect(2)] * 4
    assert reach(paragraphs, sparse, 1, 2.0, frozenset("，")) == 1


def test_spam_reaches_past_a_line_its_one_mark_closes() -> None:
    # A label ending in a colon (资料：) holds no suspect: spam at marks passes a line of one
    # mark by chance. The paragraph after it holds suspects at half its marks: the spam goes on.
    paragraphs = ("甲，" * 8, "乙，" * 8, "资料：", "丙，" * 8, "丁，" * 8)
    found = [_Suspect(0, score=4.5)] * 4 + [_Suspect(1, score=4.5)] * 4 + [_Suspect(3)] * 4 \
        + [_Suspect(4)]
    assert reach(paragraphs, found, 1, 2.0, frozenset("，：")) == 3
    # A line of one mark in the middle of a sentence is no such line: its clause goes on.
    midway = ("甲，" * 8, "乙，" * 8, "资料：再说", "丙，" * 8, "丁，" * 8)
    assert reach(midway, found, 1, 2.0, frozenset("，：")) == 1


def test_held_at_marks_reads_words_only() -> None:
    # 业生 after a comma goes on as 毕业生提供 does elsewhere: a cut at a mark is spam all the
    # same (prose does not start a clause inside a word), while the word 提供 held so stays.
    paragraphs = ("高校毕业生提供简历，业生提供岗位。", "单位参会，提供就业岗位，为毕业生提供就业帮助。")
    cut = _Suspect(0, start=10, piece="业生", word=False)
    word = _Suspect(1, start=5, piece="提供")
    assert held_at_marks(paragraphs, [cut, word], frozenset("，。")) == [word]


def test_a_piece_held_only_inside_a_longer_headline_word_is_not_held() -> None:
    # 出口增 stands elsewhere only as part of 进出口增长, another word of the headline: the
    # stuffed 出口 in front of 增长7.9% is not the article's phrasing; 出口9 (一般贸易出口905亿元) is.
    paragraphs = ("一季度进出口增长6.2%。其中，出口812.7亿元，出口增长7.9%。", "一般贸易出口905亿元。")
    own = _Suspect(0, start=16, piece="出口")
    stuffed = _Suspect(0, start=26, piece="出口")
    headline = "一季度外贸进出口同比增长"
    marks = frozenset("，。")
    assert held_at_marks(paragraphs, [own, stuffed], marks) == [own, stuffed]
    assert held_at_marks(paragraphs, [own, stuffed], marks, lambda s: s in headline) == [own]


def test_a_piece_the_headline_holds_twice_counts_its_support_once() -> None:
    # 小区 stands twice in the headline: counted at both places, its copies buy the cut
    # 涉及|小区 over 涉及|个小, and the spam's 个小 is never looked at.
    model = build(("老旧小区改造 首批涉及42个小区",))
    support = {"老旧": 5.0, "小区": 10.0, "改造": 5.0, "首批": 5.0, "个小": 8.0}
    (cut,) = tiling(support, model.starting, model.seqs, model.skippable)
    assert cut[-1] == "个小"
    assert cut.count("小区") == 1


def test_a_piece_beside_a_twice_held_piece_wins_its_place_only_with_half_its_support() -> None:
    # Spam that uses 小区 at both of its places leaves each about half its copies: 个小 with
    # fewer than that (a copy or two of the article's own 42个小区) does not take the second
    # place, and the spam's copies of 小区 in that turn stay in the cut.
    model = build(("老旧小区改造 首批涉及42个小区",))
    support = {"老旧": 5.0, "小区": 10.0, "改造": 5.0, "首批": 5.0, "涉及": 5.0, "个小": 3.0}
    (cut,) = tiling(support, model.starting, model.seqs, model.skippable)
    assert cut.count("小区") == 2 and "个小" not in cut
    # ... and with more than half of it, 个小 takes it (the spam's own piece).
    (cut,) = tiling({**support, "个小": 6.0}, model.starting, model.seqs, model.skippable)
    assert cut.count("小区") == 1 and cut[-1] == "个小"


FARM = "春耕时节 白湖镇种粮大户忙备耕"
FARM_CLEAN = (
    "东山日报讯（记者 陈立新）眼下正值春耕备耕关键期，在白湖镇的田野上，旋耕机来回穿梭，种粮大户们抢抓农时，"
    "翻地、施肥、育秧，处处是一派繁忙景象。",
    "在白湖镇东岗村，种粮大户王建国正指挥农机手平整土地。他今年流转了860亩耕地，计划全部种植优质水稻。"
    "“种子、化肥早就备齐了，就等着天气再暖和一点开始育秧。”王建国说。",
    "与往年不同，今年王建国的育秧工厂里多了一套智能温控设备，可以根据秧苗生长情况自动调节温度和湿度。"
    "他算了一笔账，采用工厂化育秧后，秧苗成活率提高了一成多，还能节省不少人工。",
    "为保障春耕生产，白湖镇组织农技人员深入田间地头，开展测土配方施肥、病虫害防治等技术指导，"
    "并协调农资企业开展送货下乡服务，确保农资供应充足、价格稳定。",
    "镇农业服务中心负责人介绍，全镇今年粮食播种面积稳定在5.2万亩以上，其中水稻3.6万亩，目前各项备耕工作已完成八成。",
)


def test_the_models_re_cut_keeps_a_piece_that_closes_a_paragraph_after_its_mark() -> None:
    # Cut 耕时|节白|湖镇|种粮|大户|忙备 (春 and 耕 dropped), in turn. The context model reads the
    # article's own 备耕 as gains, and its re-cut of the headline (…|种粮大|户忙|备耕) dropped
    # 大户, which closes the second paragraph right after its full stop: no prose ends so. The
    # cut found without the model stays, and 大户 and the 种粮 before it go.
    from cleaner import lm
    context = lm.load(lm.find())
    if context is None:
        pytest.skip("no context model")
    dirty = (FARM_CLEAN[0].replace("白湖镇的田野上，旋", "白湖镇的耕时田野上，节白旋"),
             FARM_CLEAN[1].replace("了，就等着天气", "了，湖镇就等着种粮天气") + "大户") + FARM_CLEAN[2:]
    repaired, repairs = repair(dirty, headlines=(FARM,), context=context)
    assert repaired == FARM_CLEAN
    assert [r.fragment for r in repairs] == ["耕时", "节白", "湖镇", "种粮", "大户"]


def test_a_cut_at_a_mark_that_the_text_goes_on_to_make_a_headline_word_is_that_word() -> None:
    # The cycle ends on 区乡; at the next mark the article writes 新能源汽车, whose 新能 is the
    # cycle's next piece and a cut (no word of the list) -- but the text goes on to write the
    # whole word 新能源: the article's own. Read as a cut it scored above 0 and ended the run.
    headline = "新能源汽车开进山区乡村"
    clean = ("本报讯 近日，一批新能源汽车开进山区乡村，在县城广场集中展示。二十多家车企带来了四十余款车型，"
             "吸引了周边村民前来看车、试驾。",
             "活动现场人头攒动。不少车企推出了续航更长、底盘更高的车型，村民们可以现场下单。",
             "县商务局负责人表示，新能源汽车下乡活动还将走进更多乡镇。")
    dirty, truth = stuff(clean[:2], ("新能", "源汽", "车开", "进山", "区乡"))
    assert truth[-1][2] == "区乡"
    assert repair(clean, headlines=(headline,)) == (clean, ())
    repaired, repairs = repair((*dirty, clean[2]), headlines=(headline,))
    assert repaired == clean
    assert len(repairs) == len(truth)


def test_a_headline_of_three_word_pieces_cycling_at_marks_is_taken_out() -> None:
    # 春耕备耕正当时 less its last character: three pieces, each a word, so nothing is a cut and
    # the cycle alone shows the spam. Chance gives a run through a third of the suspects, so no
    # run is four times chance: a run taking (nearly) all of them, round after round, is spam.
    headline = "春耕备耕正当时"
    clean = (
        "连日来，县里各乡镇抓住晴好天气，组织农机下田作业，田间地头一片忙碌，村民们翻地、育秧、施肥，"
        "抢抓农时不误工。",
        "县农业农村局组织技术人员进村入户，指导农户科学选种，推广新型育秧方式，帮助解决农资供应难题，"
        "确保种子、化肥及时到位。",
        "据了解，今年全县计划种植水稻十二万亩，比去年增加三千亩，目前各项准备工作进展顺利。",
    )
    # After commas only: a piece closing a paragraph would be a sure insertion of its own.
    dirty, truth = stuff(clean, ("春耕", "备耕", "正当"), marks="，")
    assert len(truth) >= 8
    repaired, repairs = repair(dirty, headlines=(headline,))
    assert repaired == clean
    assert len(repairs) == len(truth)


def test_a_headline_of_one_piece_stuffed_again_and_again_is_taken_out() -> None:
    # 最后的晚餐 less 的 and its first character: one piece, 后晚餐, a cut across 最后|晚餐.
    # One piece alone may be a name the dictionary does not know, but not one that the text
    # writes eight times and more, cutting across words, and mostly at marks.
    headline = "最后的晚餐"
    clean = (
        "这幅画完成于十五世纪末，画在修道院餐厅的墙上，几百年来历经战火、潮湿和多次修复，"
        "画面一度斑驳难辨，专家们花了二十多年才让它重见天日。",
        "走进餐厅，光线被严格控制，参观者每批不超过三十人，停留时间只有十五分钟，"
        "讲解员提醒大家不要使用闪光灯，也不要触碰墙面。",
        "许多人专程从外地赶来，提前几个月预约门票，只为亲眼看一看这幅作品，"
        "有人看完后久久不愿离开，说这是一生难忘的经历。",
    )
    dirty, truth = stuff(clean, ("后晚餐",), marks="，")
    assert len(truth) >= 8
    repaired, repairs = repair(dirty, headlines=(headline,))
    assert repaired == clean
    assert len(repairs) == len(truth)


def test_a_headline_of_two_pieces_alternating_at_marks_is_taken_out() -> None:
    # Vue新手 : Hooks的巧妙用法 less its last character: two pieces, 新手的 and 巧妙用 (a cut
    # across 巧妙|用法). With two pieces any order runs through both, so no cycle shows; but a
    # strict turn p0 p1 p0 p1 ... at marks, ten times, one piece no word, is no article's own.
    headline = "Vue新手 : Hooks的巧妙用法"
    clean = (
        "刚开始写组件时，很多人习惯把状态和副作用混在一起，代码一长就难以维护，"
        "改一处牵动一片，测试也无从下手。",
        "组合式写法把相关的逻辑收拢到一个函数里，数据从哪里来、在哪里变，一眼就能看清，"
        "复用时只需引入函数，不必再复制粘贴，对刚入门的新手尤其友好。",
        "当然，它也有自己的规矩，比如只能在顶层调用，不能写在条件分支里，否则状态的顺序会错乱。",
    )
    dirty, truth = stuff(clean, ("新手的", "巧妙用"), marks="，")
    assert len(truth) >= 10
    repaired, repairs = repair(dirty, headlines=(headline,))
    assert repaired == clean
    assert len(repairs) == len(truth)


def test_a_headline_of_two_pieces_out_of_turn_at_marks_is_left_alone() -> None:
    # The same two pieces at marks, but not in strict turn (an article that writes its headline's
    # two words often does so in no order): the alternation does not open the gate.
    headline = "Vue新手 : Hooks的巧妙用法"
    clean = ("上手之后，新手的疑问多半集中在状态上，新手的第一个项目往往写得很乱，巧妙用好组合函数能省不少事，"
             "新手的代码也会清爽很多，巧妙用法说来不难，新手的耐心才最要紧，说到底，新手的进步靠多写。",)
    repaired, repairs = repair(clean, headlines=(headline,))
    assert repaired == clean and not repairs


def test_sparse_spam_running_once_through_the_headline_at_marks_is_taken_out() -> None:
    # Four insertions on the whole page (density 0.25), one per piece in headline order, two of
    # them words (渔民, 直播): too few for a cycle against the article's own 渔民 at marks, too
    # few sure ones for the page gate; but a run through four distinct pieces in headline order
    # is not how an article opens its clauses. The article's own 渔民 stays.
    clean = ("入夏以来，海边的渔港迎来了捕捞旺季，码头上一片繁忙。",
             "清晨时分，渔船陆续靠岸，渔民把刚捕上来的虾蟹装进水箱，一边分拣一边对着手机镜头介绍当天的收获。",
             "说起这两年的变化，老陈感慨颇多。他说，过去渔民只能把货卖给上门的鱼贩，价格常常被压得很低。",
             "如今，不少渔民在网上开了店，订单从全国各地发来，收入比以前高了不少。")
    dirty = ("入夏以来，渔民海边的渔港迎来了捕捞旺季，码头上一片繁忙。", clean[1],
             "说起这两年的变化，直播老陈感慨颇多。他说，过去渔民只能把货卖给上门的鱼贩，卖海价格常常被压得很低。",
             "如今，鲜虾不少渔民在网上开了店，订单从全国各地发来，收入比以前高了不少。")
    repaired, repairs = repair(dirty, headlines=("渔民直播卖海鲜 虾蟹卖出好价钱",))
    assert repaired == clean
    assert [r.fragment for r in repairs] == ["渔民", "直播", "卖海", "鲜虾"]


def test_sparse_spam_in_random_order_with_a_cut_at_a_mark_is_taken_out() -> None:
    # Four insertions at marks in the first two paragraphs (density 0.25, random order): three
    # words (丰收, 山村, 果园) and one cut across the headline's words (果农|网上 -> 农网). No
    # cycle, one piece sure: the gate stayed shut. A cut at a mark beside suspects at marks of
    # three pieces is how sparse spam looks, not how an article opens its clauses; the
    # article's own 果农 at a mark further down, past the spam's reach, stays.
    headline = "山村果园迎来丰收季 果农网上卖出好价钱"
    clean = ("秋分前后，城北的几个山村陆续进入采摘期，漫山遍野的果树挂满了红彤彤的苹果。",
             "天刚亮，果农老李就带着家人上了山，一筐筐苹果被运到村口的分拣点，再装箱发往外地。",
             "老李说，往年苹果只能等收购商上门，价格由别人说了算，辛苦一年也挣不了多少。",
             "去年，村里请来了电商团队，手把手教大家拍视频、开网店，苹果的销路一下子打开了，果农再也不愁卖不出去。",
             "如今，果园的订单来自全国各地，果农的收入比三年前翻了一番。")
    dirty = ("秋分前后，丰收城北的几个山村陆续进入采摘期，山村漫山遍野的果树挂满了红彤彤的苹果。",
             "天刚亮，果园果农老李就带着家人上了山，农网一筐筐苹果被运到村口的分拣点，再装箱发往外地。",
             *clean[2:])
    assert repair(clean, headlines=(headline,)) == (clean, ())
    repaired, repairs = repair(dirty, headlines=(headline,))
    assert repaired == clean
    assert [r.fragment for r in repairs] == ["丰收", "山村", "果园", "农网"]
    # A headline word closing a list's item after its colon (三：估值), certain as it stands, is
    # no such cut: the article's own 赛道, 团队, 估值 at marks stay.
    essay = ("很多人问我，做早期投资到底看什么。我的回答一直是三件事，顺序不能乱。", "一：行业",
             "行业的天花板决定了公司能长多大，赛道选错了，团队再强也很难做大。", "二：创始人",
             "创始人的判断力最重要，团队能不能在逆境里坚持，往往决定了公司的生死。", "三：估值",
             "前两件事想清楚了，估值只是一个谈判的结果，价格合理就可以出手。")
    assert repair(essay, headlines=("投资先看赛道再挑团队 最后才是估值",)) == (essay, ())


_PROMENADE = "滨海步道全线贯通 周末迎来首批游客"


def test_sparse_spam_in_random_order_closing_two_paragraphs_is_taken_out() -> None:
    # Five insertions at marks, random order, all words of the headline (步道 three times, 周末,
    # 贯通, 首批): no cut, no cycle, one piece sure. But 步道 closes two paragraphs right after
    # their full stop, which prose never does, and suspects at marks run through four pieces:
    # the page is stuffed. The article's own 步道 and 滨海步道 inside its clauses stay.
    clean = ("经过一年多的施工，城东的滨海步道日前全线贯通，全长十二公里，沿途设有八处观景平台。",
             "步道北起渔人码头，南至灯塔公园，串起了沿海的几处老街区。施工方介绍，步道采用透水材料铺设，雨后不积水。",
             "上周末，不少市民带着家人前来散步，有人骑行，有人拍照，观景平台上人头攒动。",
             "市园林部门表示，下一步将在沿线增设休息座椅和公共卫生间，让游客走得更舒心。")
    dirty = ("经过一年多的施工，城东的滨海步道日前全线贯通，全长十二公里，周末沿途设有八处观景平台。步道",
             "步道北起渔人码头，贯通南至灯塔公园，串起了沿海的几处老街区。施工方介绍，首批步道采用透水材料铺设，"
             "雨后不积水。步道", *clean[2:])
    assert repair(clean, headlines=(_PROMENADE,)) == (clean, ())
    repaired, repairs = repair(dirty, headlines=(_PROMENADE,))
    assert repaired == clean
    assert [r.fragment for r in repairs] == ["周末", "步道", "贯通", "首批", "步道"]


def test_one_cut_across_two_headline_words_stuffed_at_marks_makes_the_page_stuffed() -> None:
    # 造打 of 改造|打造: it begins half-way into one word of the headline and ends half-way into
    # another, so it is no name the word list does not know (逆水寒 needs eight certain copies),
    # and three copies at marks, alone, show the spam.
    headline = "老城区启动旧厂房改造 打造文创街区"
    clean = ("记者从区住建局获悉，老城区今年将对纺织厂、机械厂等五处旧厂房进行改造，总面积约六万平方米，计划明年底前完工。",
             "区住建局负责人介绍，这些厂房大多建于上世纪六七十年代，结构老化，闲置多年。改造将保留原有的红砖外墙和屋架，"
             "内部引入展览、演出和餐饮等业态。",
             "据了解，首批改造的纺织厂片区已完成设计方案，预计下月开工。")
    dirty = ("记者从区住建局获悉，造打老城区今年将对纺织厂、机械厂等五处旧厂房进行改造，总面积约六万平方米，计划明年底前完工。",
             "区住建局负责人介绍，这些厂房大多建于上世纪六七十年代，造打结构老化，闲置多年。改造将保留原有的红砖外墙和屋架，"
             "造打内部引入展览、演出和餐饮等业态。", clean[2])
    assert repair(clean, headlines=(headline,)) == (clean, ())
    repaired, repairs = repair(dirty, headlines=(headline,))
    assert repaired == clean
    assert [r.fragment for r in repairs] == ["造打"] * 3


def test_cuts_at_marks_of_two_pieces_make_the_page_stuffed() -> None:
    # Two insertions at marks, against headline order (方茶 before 区茶): two cuts across the
    # headline's words, no cycle, two sure pieces of a six-piece cut, no third suspect. An
    # article opens a clause with a piece of no word only for a name it repeats, one piece,
    # never two: the page is stuffed. The article's own 老城区, 茶馆 and 重新 stay.
    headline = "老城区茶馆重新开张迎来八方茶客"
    clean = ("上周六上午，位于老城区东街的一家百年茶馆在修缮半年之后重新开门营业。店主王先生告诉记者，"
             "这次修缮保留了原有的木结构和青砖地面，只更换了部分老化的电线和水管。",
             "开业当天，不少老街坊早早赶来排队，有人还带来了自家做的点心。王先生说，茶馆的老顾客大多住在附近，"
             "平时喜欢来这里下棋聊天，看报纸。",
             "据了解，这家茶馆始建于上世纪二十年代，几经易手，一直保留着传统的盖碗茶。街道工作人员表示，"
             "今后还将在周边增设座椅和绿化，方便居民休闲。")
    dirty = (clean[0].replace("。店主", "。方茶店主"), clean[1].replace("排队，有人", "排队，区茶有人"), clean[2])
    assert repair(clean, headlines=(headline,)) == (clean, ())
    repaired, repairs = repair(dirty, headlines=(headline,))
    assert repaired == clean
    assert [r.fragment for r in repairs] == ["方茶", "区茶"]


def test_the_cycles_first_piece_far_before_the_rest_of_the_run_is_taken_out() -> None:
    # Cyclic spam starts with the headline's first piece: 滨海 at the page's first mark, then
    # nothing for several marks (density is low), then 步道 全线 ... in turn. A run's end far
    # from the rest is usually the article's own word continuing the cycle by chance, but not
    # the cycle's first piece right before its second.
    clean = ("经过一年多的施工，城东的海边步道日前正式完工，全长十二公里，沿途设有八处观景平台，平台之间设有直饮水点，夜间还有照明。",
             "这条步道北起渔人码头，南至灯塔公园，串起了沿海的几处老街区。施工方介绍，路面采用透水材料铺设，雨后不积水，"
             "骑行也更平稳。",
             "上个周六，不少市民带着家人前来散步，有人骑行，有人拍照，观景平台上人头攒动。",
             "市园林部门表示，下一步将在沿线增设休息座椅和公共卫生间，让市民走得更舒心。")
    dirty = ("经过一年多的施工，滨海城东的海边步道日前正式完工，全长十二公里，沿途设有八处观景平台，平台之间设有直饮水点，夜间还有照明。",
             "这条步道北起渔人码头，步道南至灯塔公园，全线串起了沿海的几处老街区。贯通施工方介绍，周末路面采用透水材料铺设，"
             "迎来雨后不积水，首批骑行也更平稳。滨海",
             "上个周六，步道不少市民带着家人前来散步，全线有人骑行，贯通有人拍照，周末观景平台上人头攒动。迎来", clean[3])
    assert repair(clean, headlines=(_PROMENADE,)) == (clean, ())
    repaired, repairs = repair(dirty, headlines=(_PROMENADE,))
    assert repaired == clean
    assert [r.fragment for r in repairs][:2] == ["滨海", "步道"]


def test_the_cycles_next_piece_at_the_next_mark_after_the_run_is_taken_out_running_on() -> None:
    # The run ends at 全线; at the very next mark comes 贯通, the cycle's next piece, in front of
    # the article's 周末前来…: 贯通周末 runs on into the headline, so it scores below 0 and the
    # run's DP, which spares no skip at its end, leaves it. Spam at a steady rate puts it there.
    clean = ("经过一年多的施工，城东的海边步道日前正式完工，全长十二公里，沿途设有八处观景平台，平台之间设有直饮水点，夜间还有照明。",
             "这条步道北起渔人码头，南至灯塔公园，串起了沿海的几处老街区。开放以来，步道人气很旺，周末前来散步的市民明显增多，"
             "观景平台上人头攒动。",
             "市园林部门表示，下一步将在沿线增设休息座椅和公共卫生间，让市民走得更舒心。")
    dirty = ("经过一年多的施工，滨海城东的海边步道日前正式完工，步道全长十二公里，全线沿途设有八处观景平台，贯通平台之间设有直饮水点，"
             "周末夜间还有照明。迎来",
             "这条步道北起渔人码头，首批南至灯塔公园，滨海串起了沿海的几处老街区。步道开放以来，全线步道人气很旺，贯通周末前来散步的"
             "市民明显增多，观景平台上人头攒动。", clean[2])
    assert repair(clean, headlines=(_PROMENADE,)) == (clean, ())
    repaired, repairs = repair(dirty, headlines=(_PROMENADE,))
    assert repaired == clean
    assert [r.fragment for r in repairs][-2:] == ["全线", "贯通"]


@dataclass
class _Placed:
    paragraph: int
    start: int
    end: int
    piece: str
    score: float
    after: bool = True


def test_a_cyclic_runs_gap_of_one_piece_is_filled_by_the_one_copy_of_that_piece_in_it() -> None:
    # Spam in headline order never skips a piece: where the run goes p0 p1 p3, the p2 between
    # them is the spam's even at a score the DP passes over (恢复|城郊|湿地面积 runs on into the
    # headline: -3, the cost of the skip it spares; make_dirty.py dirty-2-0027).
    from cleaner.cycle import fill
    cycle = ["城郊", "湿地", "公园", "迎来"]
    run = [_Placed(0, 5, 7, "城郊", 4.5), _Placed(0, 20, 22, "湿地", 4.5), _Placed(0, 40, 42, "公园", 4.5),
           _Placed(1, 3, 5, "迎来", 4.5), _Placed(1, 30, 32, "湿地", 4.5), _Placed(2, 4, 6, "公园", 4.5),
           _Placed(2, 20, 22, "迎来", 4.5), _Placed(2, 30, 32, "城郊", 4.5)]
    gap = _Placed(1, 20, 22, "城郊", -3.0, after=False)
    assert fill(run, [*run, gap], cycle, -4.0) == [*run[:4], gap, *run[4:]]
    # ... not two copies there (which is the spam's?), nor one below the floor (a word bound to
    # what follows), nor a piece the run passes over as often as it takes it (no piece the spam uses).
    other = _Placed(1, 10, 12, "城郊", -3.0, after=False)
    assert fill(run, [*run, gap, other], cycle, -4.0) == run
    assert fill(run, [*run, _Placed(1, 20, 22, "城郊", -7.0, after=False)], cycle, -4.0) == run
    assert fill(run[:-1], [*run[:-1], gap], cycle, -4.0) == run[:-1]


def test_past_a_paragraph_of_no_occurrence_the_cyclic_run_takes_the_cycle_up_again_for_two_skips() -> None:
    # Spam cycling 湖畔 书屋 周末 开放 读者 点赞 through the paragraphs it stuffs; the page shows a
    # paragraph between of none of it (a list the spam went through, printed otherwise), and
    # after it the turn goes on from 书屋: three pieces skipped (9), more than the three copies
    # there score, so the run ended before them. Taken up again for two skips (6), they go.
    from cleaner.cycle import chain
    cycle = ["湖畔", "书屋", "周末", "开放", "读者", "点赞"]
    first = [_Placed(0, 5, 7, "湖畔", 2.5), _Placed(0, 20, 22, "书屋", 2.5), _Placed(0, 35, 37, "周末", 2.5),
             _Placed(0, 50, 52, "开放", 2.5)]
    after = [_Placed(2, 6, 8, "书屋", 2.5), _Placed(2, 20, 22, "周末", 2.5), _Placed(2, 33, 35, "开放", 2.5)]
    assert chain([*first, *after], cycle, 3.0) == (first, 0)
    # (the jump counted as the two skips it costs)
    assert chain([*first, *after], cycle, 3.0, jump=6.0) == ([*first, *after], 2)
    # ... not right after the paragraph the run was in (the turn is seen going on there), nor past
    # a paragraph that holds an occurrence, even one out of turn (the article's own 周末).
    moved = [_Placed(1, o.start, o.end, o.piece, o.score) for o in after]
    assert chain([*first, *moved], cycle, 3.0, jump=6.0) == (first, 0)
    own = _Placed(1, 10, 12, "周末", -1.0, after=False)
    assert chain([*first, own, *after], cycle, 3.0, jump=6.0) == (first, 0)


def test_cyclic_spam_whose_turn_jumps_past_a_paragraph_without_it_goes_after_it_too() -> None:
    # Headline words stuffed at marks in turn, two rounds less two pieces in the first paragraph;
    # the second shows none (a paragraph the spam went through that the page prints otherwise);
    # the third goes on from 书屋, three pieces on from the turn the first left off at.
    clean = (
        "城西公园的湖边新建了一座小书屋，面积不大，藏书三千多册，上周起每逢周六周日免费开放，附近居民可以随时进来看书，"
        "管理员说，来的人多是带着孩子的家长，也有不少退休老人，大家都很安静，书架上的绘本最受欢迎，常常被借空。",
        "这座小屋由街道和一家公益机构合办。",
        "不少市民在留言簿上写下感受，有人说这里的环境比家里还好，有人希望延长晚上的时间，还有人建议多添一些报刊。",
    )
    words = ["湖畔", "书屋", "周末", "开放", "读者", "点赞"]

    def stuffed(text: str, turn: list[str]) -> str:
        parts = text.split("，")
        return "".join(part + ("，" + turn[i] if i < len(turn) else "，")
                       for i, part in enumerate(parts[:-1])) + parts[-1]

    dirty = (stuffed(clean[0], words + words[:4]), clean[1], stuffed(clean[2], words[1:4]))
    headline = "湖畔书屋周末开放读者点赞"
    assert repair(clean, headlines=(headline,)) == (clean, ())
    repaired, repairs = repair(dirty, headlines=(headline,))
    assert repaired == clean
    assert [(r.paragraph, r.fragment) for r in repairs][-3:] == [(2, "书屋"), (2, "周末"), (2, "开放")]


def test_a_piece_the_cyclic_run_passes_over_more_often_than_it_takes_is_no_piece_of_the_spams() -> None:
    # The tiling adds the headline's last word (增长 of 同比增长), which the spam drops with the
    # last character: the run goes 一季 度外 同比 一季 … skipping it, and the one copy of the
    # article's own 增长 that stands in its turn (…进出口|增长|12.3%, inside a clause, below 0) stays.
    from cleaner.cycle import passed_over
    cycle = ["一季", "度外", "同比", "增长"]
    own = _Placed(1, 40, 42, "增长", -2.8, after=False)
    run = [_Placed(0, 5, 7, "一季", 2.6), _Placed(0, 20, 22, "度外", 2.5), _Placed(0, 40, 42, "同比", 2.6),
           _Placed(1, 3, 5, "一季", 2.6), _Placed(1, 20, 22, "度外", 2.5), _Placed(1, 30, 32, "同比", 2.6), own,
           _Placed(2, 4, 6, "一季", 2.6), _Placed(2, 20, 22, "度外", 2.5), _Placed(2, 30, 32, "同比", 2.6)]
    assert passed_over(run, cycle) == [o for o in run if o is not own]
    # ... but a piece taken in every turn stays, even below 0 (stuffed inside clauses), and so
    # does one the run takes at a mark as a suspect once (the spam's, out of its usual turns).
    every = [o for o in run if o is not own]
    every[3:3] = [_Placed(0, 50, 52, "增长", -1.0, after=False)]
    every.append(_Placed(2, 40, 42, "增长", -1.0, after=False))
    every[8:8] = [own]
    assert passed_over(every, cycle) == every
    sure = _Placed(1, 40, 42, "增长", 2.5)
    assert passed_over([*run[:6], sure, *run[7:]], cycle) == [*run[:6], sure, *run[7:]]
    # ... and a piece other than the last, stuffed inside a clause below 0, which the run misses
    # in one turn: the spam uses it (the last character is the one the spam drops).
    middle = [o for o in run if o is not own and o.piece != "度外"]
    middle[1:1] = [_Placed(0, 20, 22, "度外", -1.0, after=False)]
    assert passed_over(middle, cycle) == middle


_PARCELS = "上半年全市快递业务量同比增长9.6%"
_PARCELS_CLEAN = (
    "记者从市邮政管理局获悉，今年上半年，全市快递业务量累计完成3.2亿件，同比增长9.6%，增速比去年同期提高2个百分点。",
    "其中，同城快递业务量增长5.1%，完成0.8亿件；异地快递业务量完成2.3亿件，增长11.2%。农村地区快递网点覆盖率继续提升，"
    "乡镇快递服务站达到186个。",
    "从寄递物品看，生鲜农产品寄递量增长三成，全市樱桃、杨梅等特色水果通过快递销往全国，带动果农增收。电商包裹仍是快递业务的"
    "主体，占比超过七成。",
    "市邮政管理局相关负责人表示，下一步将推动快递进村，完善末端配送网络，让群众收寄快递更加方便。",
)


def test_the_headlines_last_word_the_spam_drops_stays_where_it_stands_in_the_cycles_turn() -> None:
    # The spam drops the headline's last character (增) and cycles through 上半 年全 市快 递业 务量
    # 同比 after every mark (not before the article's ，增长11.2%, which then makes 增长 a piece of
    # the tiling). The article's own 增长 inside the clause right after a stuffed 同比
    # (，同比|同城快递业务量增长5.1%，上半…) stands in the cycle's turn: the run passes over 增长
    # everywhere else, so it is no piece of the spam's (make_dirty.py dirty-2-0221's 增长).
    cycle = ["上半", "年全", "市快", "递业", "务量", "同比"]
    dirty, k = [], 0
    for text in _PARCELS_CLEAN[:3]:
        out = []
        for j, c in enumerate(text):
            out.append(c)
            if c in "，。；、" and text[j + 1:j + 3] != "增长":
                out.append(cycle[k % len(cycle)])
                k += 1
        dirty.append("".join(out))
    dirty.append(_PARCELS_CLEAN[3])
    assert "，同比同城快递业务量增长5.1%，上半完成" in dirty[1]
    assert repair(_PARCELS_CLEAN, headlines=(_PARCELS,)) == (_PARCELS_CLEAN, ())
    repaired, repairs = repair(tuple(dirty), headlines=(_PARCELS,))
    assert repaired == _PARCELS_CLEAN
    assert "增长" not in [r.fragment for r in repairs]


def test_sure_insertions_in_order_by_chance_do_not_make_a_random_page_cyclic() -> None:
    # Three sure insertions in cycle order; on a page whose other suspects at marks go against
    # the cycle (here in reverse, again and again) that order is chance: the page is random.
    cycle = ["甲乙", "丙丁", "戊己", "庚辛"]
    sure = [_Placed(0, 10 * i, 10 * i + 2, p, 4.5) for i, p in enumerate(cycle[:3])]
    few = sure + [_Placed(1, 0, 2, "庚辛", 2.5)]
    many = sure + [_Placed(1, 10 * i, 10 * i + 2, p, 2.5) for i, p in enumerate(cycle[::-1] * 3)]
    assert follows(sure, cycle, 3.0, few)
    assert not follows(sure, cycle, 3.0, many)
def _split_words(paragraphs: tuple[str, ...]) -> list[str]:
    """``paragraphs`` with the cuts of :data:`SPLITTING` put inside their words."""
    dirty = list(paragraphs)
    for index, pairs in enumerate(SPLITTING):
        for word, stuffed in pairs:
            dirty[index] = dirty[index].replace(word, stuffed)
    return dirty


def test_a_run_of_the_cycle_leaving_most_sure_insertions_out_is_order_by_chance() -> None:
    # Fifteen cuts stuffed after commas in random order, seven of them in headline order by
    # chance: the run of the cycle is long enough to call the page cyclic, but most of the cuts
    # (each sure at a mark) lie outside it. The page is random: every cut goes on its score.
    headline = "山城老街夜市重新开张小吃摊位增至八十家游客排队品尝本地美食商户营业额同比翻番街道计划明年扩建"
    cuts = [headline[i:i + 3] for i in range(0, 45, 3)]
    clean = (
        "入夜以后，老街两旁的灯笼次第亮起，摊主们忙着支起炉灶，香气很快飘满了整条街道，不少居民带着孩子出门散步，"
        "沿街的老字号也延长了营业时间，街口的志愿者提醒大家注意安全，一直热闹到深夜。",
        "据街道办介绍，这次改造前后用了半年，铺设了新的石板路面，统一更换了招牌，增加了公共座椅和照明，"
        "还在巷口设置了停车区域，周边居民普遍表示满意，希望夜市能长期办下去。",
        "一位来自外地的游客说，这里的味道很地道，价格也实在，下次还会带朋友来，"
        "摊主老刘则说，生意比去年好了不少，每天能卖出两百多份，忙得停不下来。",
    )
    rng = random.Random(5)
    order = [rng.choice(cuts) for _ in range(20)]
    order[6:13] = cuts[:7]
    dirty, turn = [], 0
    for text in clean:
        out = ""
        for ch in text:
            out += ch
            if ch == "，" and turn < len(order):
                out, turn = out + order[turn], turn + 1
        dirty.append(out)
    repaired, repairs = repair(tuple(dirty), headlines=(headline,))
    assert repaired == clean
    assert len(repairs) == len(order)


def test_a_piece_written_twice_over_inside_the_headlines_words_loses_one_copy() -> None:
    # 滨江新区智|区智|慧交通: each copy runs on into the headline (新区智, 区智慧), but the text
    # reads the same without either; the first goes.
    dirty = _split_words(CLEAN)
    dirty[0] = dirty[0].replace("滨江新区智慧交通", "滨江新区智区智慧交通")
    repaired, repairs = repair(tuple(dirty), headlines=(HEADLINE,))
    assert repaired == CLEAN
    assert (0, dirty[0].index("区智区智"), "区智") in [(r.paragraph, r.offset, r.fragment) for r in repairs]


def test_a_cut_at_a_mark_stays_where_the_spam_goes_inside_clauses_only() -> None:
    # 江新街道 (a place) starts a clause; the spam splits words inside clauses and never comes
    # after a mark, so the cut at the mark is the article's own.
    clean = CLEAN[:2] + (CLEAN[2].replace("更加精细。", "更加精细，江新街道的居民也能用手机查到公交到站时间。"),)
    dirty = _split_words(clean)
    dirty[2] = dirty[2].replace("精细", "精通建细").replace("共享", "共设样享")
    repaired, repairs = repair(tuple(dirty), headlines=(HEADLINE,))
    assert repaired == clean
    assert (2, "江新") not in {(r.paragraph, r.fragment) for r in repairs}


class _Reader:
    """A stand-in for the context model: the clause reads ``gain`` likelier without any of
    ``cuts`` (and as well without anything else)."""

    traditional = False

    def __init__(self, cuts: set[str], gain: float) -> None:
        self.cuts, self.value = cuts, gain

    def gain(self, left: str, piece: str, right: str, extra: object = (), memo: object = None) -> float:
        return self.value if piece in self.cuts else 0.0

    def lead(self, piece: str, right: str, extra: object = (), memo: object = None) -> float:
        return 0.0

    def knows(self, word: str) -> bool:
        return False


def test_cuts_inside_clauses_that_read_badly_there_make_the_page_stuffed() -> None:
    # Cuts between words split none, and nothing stands at a mark: no sign the page gate
    # counts without the context model. Read badly in their clauses, they go.
    inserted = (("公布了今年", "公布了区智今年"), ("建成智能", "建成年滨智能"), ("市民出行", "市民设样出行"),
                ("推动数据", "推动江新数据"), ("第二阶段", "第二慧交阶段"), ("优化结合", "优化通建结合"))
    dirty = list(CLEAN)
    for index, text in enumerate(dirty):
        for word, stuffed in inserted:
            dirty[index] = text = text.replace(word, stuffed)
    cuts = {stuffed.replace(word[:-2], "", 1)[:2] for word, stuffed in inserted}
    assert cuts == {"区智", "年滨", "设样", "江新", "慧交", "通建"}
    assert repair(tuple(dirty), headlines=(HEADLINE,))[0] == tuple(dirty)
    reads_well = _Reader(cuts, 2.0)
    assert repair(tuple(dirty), headlines=(HEADLINE,), context=reads_well)[0] == tuple(dirty)  # type: ignore[arg-type]
    repaired, repairs = repair(tuple(dirty), headlines=(HEADLINE,), context=_Reader(cuts, 12.0))  # type: ignore[arg-type]
    assert repaired == CLEAN
    assert len(repairs) == len(inserted)


def test_a_piece_across_the_headlines_digits_is_no_stretch_of_the_articles_own() -> None:
    # 涉及个 (of 涉及42个小区) before the article's 小区 reads as 涉及个小区, a stretch of the
    # headline's characters; but the article writes 42个小区, so the stretch is the spam's and
    # the cycle takes the piece where it needs it.
    headline = "青山区启动老旧小区改造 首批涉及42个小区"
    cycle = ("山区启", "动老旧", "小区改", "造首批", "涉及个")
    clean = (
        "本报讯 近日，青山区启动新一轮老旧小区改造，首批改造共惠及1.3万户居民，计划年底前全部完工。",
        ("区住建局负责人表示，改造前通过入户走访、线上问卷等方式征求意见，一方面更换老化的水电气管网，"
         "另一方面增加公共服务设施。"),
        "此外，改造后将引入物业服务，完善监督考核，落实专人负责，建立小区长效管理机制，让居民住得更舒心。",
    )
    dirty, _ = stuff(clean[:2], cycle)
    dirty += ("此外，山区启改造后将引入物业服务，动老旧完善监督考核，小区改落实专人负责，造首批建立涉及个"
              "小区长效管理机制，山区启让居民住得更舒心。",)
    repaired, repairs = repair(dirty, headlines=(headline,))
    assert repaired == clean
    assert (2, dirty[2].index("涉及个"), "涉及个") in [(r.paragraph, r.offset, r.fragment) for r in repairs]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="会议召开年厦，。a1 \n㐀豈\U00020000", max_size=12), st.integers(-2, 14),
       st.sampled_from((1, -1)), st.integers(-1, 6))
def test_neighbours_with_nothing_to_skip_read_as_the_walk_does(text: str, k: int, step: int, window: int) -> None:
    # With no place to pass over the run is found by a regex; a skip outside the text forces
    # the walk a character at a time, which must read the same.
    assert neighbours(text, k, step, (), window) == neighbours(text, k, step, {-99}, window)


def test_a_piece_at_a_mark_running_on_into_the_headline_by_a_character_is_taken_out() -> None:
    # 2025年海滨栈道全线贯通 cut into 年海滨 栈道 全线 贯通, stuffed at commas in no order.
    # ，栈道|全年开放 runs on into the headline (栈道全) by one character only, the first of its
    # next word 全线贯通: the clause was 全年开放, the piece was put in front of it.
    clean = ("本报讯 海滨栈道昨日全线贯通，市民可以沿着海岸线步行三公里，一路欣赏礁石和海湾风光。",
             "栈道由木板和钢架铺成，沿途设置了六处观景平台，傍晚时分前来散步的居民络绎不绝。",
             "管理处表示，夜间有照明，全年开放，雨雪天气将临时关闭，请游客注意安全。")
    dirty = ("本报讯 海滨栈道昨日全线贯通，贯通市民可以沿着海岸线步行三公里，年海滨一路欣赏礁石和海湾风光。全线",
             "栈道由木板和钢架铺成，年海滨沿途设置了六处观景平台，贯通傍晚时分前来散步的居民络绎不绝。栈道",
             "管理处表示，年海滨夜间有照明，栈道全年开放，贯通雨雪天气将临时关闭，全线请游客注意安全。")
    repaired, repairs = repair(dirty, headlines=("2025年海滨栈道全线贯通",))
    assert repaired == clean
    assert (2, dirty[2].index("栈道全年"), "栈道") in [(r.paragraph, r.offset, r.fragment) for r in repairs]


def test_of_two_like_copies_at_marks_the_one_whose_clause_names_the_next_piece_stays() -> None:
    # 公交 at two marks between the spam's 夜间 and 试点: the spam's (，公交根据…), then the
    # article's own, whose clause goes on to name the cycle's next piece (，公交还将在试点期间…):
    # the article names what its headline names. The later copy would go by default; this one stays.
    headline = "海港新城启动夜间公交试点"
    clean = ("本报讯 昨日晚间，全市首条夜间公交线路在新城开始试运行，线路全长十八公里，沿途设站二十六个，"
             "覆盖了三个大型居住区。",
             "据了解，试运行期间，根据客流情况调整发车间隔，公交还将在试点期间收集乘客意见，并在重点站点增派引导员。",
             "不少市民表示，以前晚上下班只能打车回家，费用不低，现在乘坐夜班车方便多了，希望试点早日转为正式线路。")
    dirty = ("本报讯 昨日晚间，海港全市首条夜间公交线路在新城开始试运行，线路全长十八公里，新城沿途设站二十六个，"
             "覆盖了三个大型居住区。启动",
             "据了解，夜间试运行期间，公交根据客流情况调整发车间隔，公交还将在试点期间收集乘客意见，并在重点站点增派引导员。试点",
             "不少市民表示，海港以前晚上下班只能打车回家，费用不低，新城现在乘坐夜班车方便多了，希望试点早日转为正式线路。")
    repaired, repairs = repair(dirty, headlines=(headline,))
    assert repaired == clean
    assert (1, 12, "公交") in [(r.paragraph, r.offset, r.fragment) for r in repairs]



def test_a_headline_of_two_words_stuffed_in_turn_inside_clauses_is_taken_out() -> None:
    # 春茶茶农忙 less its last character: two pieces, both words, put inside clauses in turn
    # (春茶 茶农 春茶 …). A few split words show the page stuffed; the others sit between two
    # words, where only their turn and the page's own wording (县城周边 stands unstuffed in the
    # last paragraph) mark them, too weakly for any one to go on its own. The article's own
    # 春茶 and 茶农 at marks stay (this spam goes inside clauses only).
    headline = "春茶茶农忙"
    clean = (
        "清明前后，山区气温回升，县城周边的村庄迎来采摘高峰，合作社组织人手上山，"
        "每天清晨出发，傍晚把鲜叶送到加工厂，技术人员连夜炒制，产量比去年明显增加，春茶品质上乘。",
        "今年市场行情看好，外地客商提前预订，价格保持稳定，不少农户扩大种植面积，"
        "政府部门帮助对接电商平台，线上销售渠道不断拓宽，茶农收入持续提高。",
        "当地还举办采摘体验活动，吸引游客走进茶园，带动餐饮住宿发展，乡村面貌焕然一新。",
        "据介绍，县城周边还将组织人手清晨出发，把鲜叶交给技术人员连夜炒制，山区气温适宜，"
        "行情看好，客商提前下单，价格保持平稳，农户扩大规模，部门帮助对接市场，销售渠道通畅，"
        "收入持续提高，体验活动吸引游客走进山村，人数比去年明显增加，迎来采摘旺季。",
    )
    spots = ("气温", "周边", "采摘", "人手", "出发", "鲜叶", "人员", "炒制", "明显", "看好",
             "提前", "保持", "扩大", "对接", "渠道", "提高", "活动", "走进")
    dirty, turn = list(clean), 0
    for word in spots:
        k = next(i for i, text in enumerate(dirty) if word in text)
        piece = ("春茶", "茶农")[turn % 2]
        turn += 1
        # Every third one splits the word (气|春茶|温), the others go in front of it, inside
        # the clause (县城|茶农|周边).
        stuffed = word[0] + piece + word[1] if turn % 3 == 1 else piece + word
        dirty[k] = dirty[k].replace(word, stuffed, 1)
    repaired, repairs = repair(tuple(dirty), headlines=(headline,))
    assert repaired == clean
    assert len(repairs) == len(spots)


def test_a_piece_that_drops_a_character_inside_a_word_is_a_cut() -> None:
    # 就 is a function character a spammer drops, but here it is half of the word 就差: 好险差
    # keeps the other half (差), a cut across the headline's words, as 好险就 is; 好险 is a word.
    from cleaner.injection import _model
    model = _model(("好险，就差一步，出门一定要带伞",))
    assert {"好险差", "好险就"} <= model.cuts
    assert "好险" not in model.cuts


TYPHOON_HEADLINE = "颱風逼近 全島停班停課"
TYPHOON_CLEAN = (
    "中央氣象局昨天下午發布海上警報，預估颱風將在明天清晨登陸東部沿海，各縣市政府隨即召開應變會議。",
    "氣象專家表示，這次颱風結構完整，暴風半徑持續擴大，北部山區可能出現豪雨，民眾應做好防颱準備。",
    "交通部門提醒，連假期間高速公路車流量大，出門前請先查詢即時路況，避免前往海邊和山區。",
)
#: The headline's words stuffed in turn inside the clauses' words (警報, 沿海, 會議, 半徑, ...).
TYPHOON_SPLIT = (("警報", "警颱風報"), ("沿海", "沿逼近海"), ("會議", "會全島議"), ("半徑", "半停班徑"),
                 ("擴大", "擴停課大"), ("準備", "準颱風備"), ("公路", "公逼近路"), ("路況", "路全島況"))


def _typhoon_stuffed() -> tuple[str, ...]:
    dirty = list(TYPHOON_CLEAN)
    for index, text in enumerate(dirty):
        for word, stuffed in TYPHOON_SPLIT:
            dirty[index] = text = text.replace(word, stuffed)
    return tuple(dirty)


def test_a_traditional_page_whose_headline_words_split_its_words_is_repaired() -> None:
    # Every piece is a word of the headline, stuffed inside clauses: no mark before one, no cut,
    # which would stop the repair before it looked further. What shows the spam is the words
    # they split, read by the word list as their simplified twins (警报, 沿海, 会议, ...).
    dirty = _typhoon_stuffed()
    assert sum(d.count(w) - c.count(w) for d, c in zip(dirty, TYPHOON_CLEAN)
               for w in ("颱風", "逼近", "全島", "停班", "停課")) == len(TYPHOON_SPLIT)
    repaired, repairs = repair(dirty, headlines=(TYPHOON_HEADLINE,))
    assert repaired == TYPHOON_CLEAN
    assert len(repairs) == len(TYPHOON_SPLIT)


class _Recorder(_Reader):
    """A context model that reads nothing better or worse, and keeps what it was asked."""

    def __init__(self) -> None:
        super().__init__(set(), 0.0)
        self.asked: list[str] = []

    def gain(self, left: str, piece: str, right: str, extra: object = (), memo: object = None) -> float:
        self.asked += [left, piece, right, *extra]   # type: ignore[misc]
        return 0.0

    def lead(self, piece: str, right: str, extra: object = (), memo: object = None) -> float:
        self.asked += [piece, right]
        return 0.0

    def knows(self, word: str) -> bool:
        self.asked.append(word)
        return False


def test_the_context_model_reads_a_traditional_page_as_its_simplified_twin() -> None:
    from cleaner.lm import simplify
    reader = _Recorder()
    repaired, _ = repair(_typhoon_stuffed(), headlines=(TYPHOON_HEADLINE,), context=reader)  # type: ignore[arg-type]
    assert repaired == TYPHOON_CLEAN
    assert "风" in "".join(reader.asked)
    assert [text for text in reader.asked if simplify(text) != text] == []


@dataclass
class _Read:
    """An occurrence as :func:`cleaner.inside.copied` reads it."""

    paragraph: int
    start: int
    end: int
    piece: str
    gain: float
    seam: int = 0
    score: float = 0.0


def test_a_piece_read_stuffed_again_and_again_vouches_for_its_copies_at_a_words_price() -> None:
    # 什么 stuffed into a page dozens of times: four copies read beyond doubt (split words), and
    # a copy between two words read at a word's price (gain 4), held by a neighbour the spam's
    # own copies stand by too. Two copies beyond doubt do not vouch for it so.
    from cleaner.inside import W_COPY, copied
    text = "这些问题什么一直都在我们面前"
    at = text.index("什么")
    for sure, expected in ((4, W_COPY), (2, 0.0)):
        copy = _Read(0, at, at + 2, "什么", 4.0, seam=-1)
        beyond = [_Read(1 + k, 2, 4, "什么", 12.0) for k in range(sure)]
        copied([text] + ["甲乙什么丙丁"] * sure, [copy, *beyond])  # type: ignore[list-item]
        assert copy.score == expected



#: Pages stuffed at marks in no order where one piece, put in front of the article's clause, runs
#: on into the headline: (headline, clean, dirty, the paragraph, the text the piece opens, the piece).
_OPENING_NO_CLAUSE = {
    # 江海 地铁 号线 段开. ，号线|北至… runs on into 号线北 of 7号线北延段, but the article writes
    # the number before 号线 (与7号线无缝衔接): no clause of its own opens on 号线.
    "after_the_headlines_number": (
        "江海地铁7号线北延段开通",
        ("本报讯 江海地铁7号线北延段昨日开通，沿线居民出行更加方便，早高峰的公交站台不再拥挤。",
         "北延段全长9.6公里，设车站6座，与7号线无缝衔接，北至滨江新城站，全程约需十五分钟。",
         "运营部门表示，开通初期工作日高峰行车间隔为5分钟，市民可以刷卡或扫码乘车，票价按里程计算。"),
        ("本报讯 江海地铁7号线北延段昨日开通，段开沿线居民出行更加方便，江海早高峰的公交站台不再拥挤。",
         "北延段全长9.6公里，地铁设车站6座，与7号线无缝衔接，号线北至滨江新城站，段开全程约需十五分钟。",
         "运营部门表示，江海开通初期工作日高峰行车间隔为5分钟，段开市民可以刷卡或扫码乘车，票价按里程计算。"),
        1, "号线北至", "号线"),
    # 专家提 醒防范 儿童溺. ，醒防范|儿童不要… runs on into 醒防范儿 of 提醒防范儿童, but 醒 is the
    # second half of the headline's 提醒: the article opens no clause half-way into a word.
    "a_cut_half_way_into_a_headline_word": (
        "专家提醒防范儿童溺水",
        ("本报讯 暑期将至，户外游泳的人多了起来，专家提醒，野外水域情况复杂，不宜下水。",
         "据介绍，溺水往往发生在无人看管的池塘和河道，儿童不要独自到水边玩耍，家长要看护好孩子。",
         "一旦发现有人落水，应立即呼救并拨打报警电话，不要贸然下水施救，可以抛投救生圈等漂浮物。"),
        ("本报讯 暑期将至，儿童溺户外游泳的人多了起来，专家提醒，专家提野外水域情况复杂，不宜下水。",
         "据介绍，醒防范溺水往往发生在无人看管的池塘和河道，醒防范儿童不要独自到水边玩耍，儿童溺家长要看护好孩子。",
         "一旦发现有人落水，专家提应立即呼救并拨打报警电话，儿童溺不要贸然下水施救，可以抛投救生圈等漂浮物。"),
        1, "醒防范儿童", "醒防范"),
    # 走活 动启 幕两 万名 (of 海滨|健步|走活|动启|幕两|万名|市民|参加). ，万名|市民可以… runs on into
    # 万名市, but 万名 opens half-way into the headline's 两万: the article writes 两万名市民.
    "a_word_half_way_into_a_headline_word": (
        "海滨健步走活动启幕 两万名市民参加",
        ("本报讯 昨天上午，海滨健步走活动在滨海广场启幕，两万名市民沿着海岸线走完了十公里的线路。",
         "活动设置了五公里和十公里两个组别，沿途有补给站和医疗点，市民可以按照自己的体力选择。",
         "组委会负责人介绍，今年报名人数比去年多了一倍，明年还将增加亲子组，让更多家庭参与进来。"),
        ("本报讯 昨天上午，走活海滨健步走活动在滨海广场启幕，两万名市民沿着海岸线走完了十公里的线路。",
         "活动设置了五公里和十公里两个组别，动启沿途有补给站和医疗点，万名市民可以按照自己的体力选择。",
         "组委会负责人介绍，幕两今年报名人数比去年多了一倍，万名明年还将增加亲子组，动启让更多家庭参与进来。"),
        1, "万名市民", "万名"),
}


@pytest.mark.parametrize("case", sorted(_OPENING_NO_CLAUSE))
def test_a_piece_opening_where_no_clause_of_the_article_opens_runs_on_into_the_headline_only_as_spam(
        case: str) -> None:
    headline, clean, dirty, paragraph, opens, piece = _OPENING_NO_CLAUSE[case]
    repaired, repairs = repair(dirty, headlines=(headline,))
    assert repaired == clean
    assert (paragraph, dirty[paragraph].index(opens), piece) in [(r.paragraph, r.offset, r.fragment) for r in repairs]


def test_the_lead_of_a_cut_at_a_mark_does_not_keep_it() -> None:
    # A cut is no subject its clause goes on from: 铁号线|路上 reads 号线路 to the model (lead
    # +2.2), which kept the spam's cut below the threshold (make_dirty.py dirty-8-0063).
    from cleaner.occurrence import Occ as _Occ, score as _score
    cut = _Occ(0, 5, 8, "铁号线", after=True, last=False, ext=False, word=False, bound=False)
    read = _Occ(0, 5, 8, "铁号线", after=True, last=False, ext=False, word=False, bound=False, lead=2.2)
    assert _score(read) == _score(cut)
    # ... while a cut that reads worse with what follows than apart still counts as put there.
    apart = _Occ(0, 5, 8, "铁号线", after=True, last=False, ext=False, word=False, bound=False, lead=-1.0)
    assert _score(apart) > _score(cut)
    word = _Occ(0, 5, 7, "专家", after=True, last=False, ext=False, word=True, bound=False, lead=1.4)
    assert _score(word) < _score(_Occ(0, 5, 7, "专家", after=True, last=False, ext=False, word=True, bound=False))


def test_a_copy_at_a_mark_before_a_number_takes_the_best_lead_of_its_piece() -> None:
    # 其中，出口812.7亿元，出口增长7.9%: the model reads no number after the article's copy and a
    # common phrase after the spam's; unread, the article's copy kept the higher score and the
    # cycle took it (make_dirty.py dirty-1-0267, dirty-6-0142, dirty-8-0296).
    from cleaner.cycle import unread_leads
    from cleaner.occurrence import Occ as _Occ, score as _score
    text = "其中，出口812.7亿元，出口增长7.9%。"
    article = _Occ(0, 3, 5, "出口", after=True, last=False, ext=False, word=True, bound=False)
    spam = _Occ(0, 13, 15, "出口", after=True, last=False, ext=False, word=True, bound=False, lead=1.9)
    for o in (article, spam):
        o.score = _score(o)
    for o in unread_leads((text,), [article, spam]):
        o.score = _score(o)
    assert article.lead == spam.lead and article.score == spam.score


def test_a_cut_the_model_knows_opens_a_clause_as_a_word_only_standing_apart() -> None:
    # 古村 (of 古村落) is a word of the context model's vocabulary, not of jieba's list: the
    # article's own ，古村|修好了 is a word opening its clause; the spam's ，古村|村内… runs into
    # the word list's 村内, and stays a cut (make_dirty.py dirty-8-0027; 江大|将连接: dirty-7-0167).
    from cleaner.headmodel import build
    from cleaner.injection import _context
    from cleaner.occsearch import _occurrences
    from cleaner.wordfit import binding as _binding, sides as _sides

    class Knows(_Reader):
        def knows(self, word: str) -> bool:
            return word == "古村"

    paragraphs = ("石门村始建于明代中期，古村村内保存有大量青砖灰瓦的老房子。", "村党支部书记说，古村修好了，游客多了。")
    model = build(("古村落保护修缮工程完工",))
    found = _occurrences(paragraphs, model)
    for o in found:
        _binding(o, *_sides(paragraphs[o.paragraph], o))
    _context(paragraphs, found, model, Knows(set(), 0.0))  # type: ignore[arg-type]
    assert [(o.paragraph, o.piece, o.word) for o in found] == [(0, "古村", False), (1, "古村", True)]


def test_a_cut_at_a_mark_is_read_out_of_its_neighbours_context() -> None:
    # ，护修|古村修好了: the spam's cut at the mark (score W_AFTER + W_CUT) is taken out before the
    # context model reads the article's 古村 after it, which then opens its clause
    # (make_dirty.py dirty-1-0010: read as 护修古村修好了, it went as a cut inside a clause).
    from cleaner.headmodel import build
    from cleaner.injection import _context
    from cleaner.occsearch import _occurrences
    from cleaner.wordfit import binding as _binding, sides as _sides
    from cleaner.occurrence import score as _score

    paragraphs = ("村党支部书记说，护修古村修好了，游客多了。",)
    model = build(("古村落保护修缮工程完工",))
    found = _occurrences(paragraphs, model)
    for o in found:
        _binding(o, *_sides(paragraphs[o.paragraph], o))
        o.score = _score(o)
    reader = _Recorder()
    _context(paragraphs, found, model, reader)  # type: ignore[arg-type]
    assert [(o.piece, o.after) for o in found] == [("护修", True), ("古村", False)]
    at = reader.asked.index("修好了") - 2   # the gain's call: left, piece, right, the units
    assert reader.asked[at:at + 3] == ["", "古村", "修好了"]


# --- what clean() hands the repair ------------------------------------------------------------

def _portal_page(headline: str, subtitle: str, paragraphs: tuple[str, ...]) -> str:
    """An invented portal page: the headline and its <h2> subtitle above the article's own
    container, among the chrome around it."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{headline}_某某在线</title>"
            "</head><body><div class='header'>首页 | 本地 | 文化 | 评论 | 登录</div>"
            f"<div class='main'><h1>{headline}</h1><h2>{subtitle}</h2>"
            "<div class='info'>时间：2025年04月12日 09:30 来源：某某在线</div>"
            f"<div class='article-content'>{body}</div></div>"
            "<div class='footer'>版权所有 某某在线 备案号：某ICP备12345678号</div></body></html>")


def test_clean_gives_the_repair_a_subtitle_left_out_with_the_chrome() -> None:
    # The <h2> under the headline sits outside the article's container, so body selection
    # drops it as chrome; the spam here is cut from it alone (店主|收藏|三万|册老|书免|费借),
    # which the title's pieces never show.
    from cleaner import clean
    clean_pars = (
        "城西的小巷里，一间老书铺上周开门迎客，店面不大，书架却从地面一直排到屋顶，"
        "来往的街坊和游客都忍不住进去看看。",
        "店主年轻时在出版社做编辑，退休后把几十年攒下的藏书搬进店里，分门别类摆好，"
        "读者登记后就能带回家读，看完再还回来。",
        "开业一周，已有三百多位读者办了借书卡，周末的店里常常坐满了人，有人一待就是一下午。",
    )
    dirty, truth = stuff(clean_pars, ("店主", "收藏", "三万", "册老", "书免", "费借"), marks="，")
    assert len(truth) >= 8
    page = _portal_page("西湖边新开一家旧书店", "店主收藏三万册老书免费借阅", dirty)
    article = clean(page.encode("utf-8"))
    assert article.paragraphs == clean_pars
    assert len(article.repairs) == len(truth)


def test_clean_reads_a_headline_spaced_out_character_by_character_as_written() -> None:
    # 一 名 休 班 警 …: one character between spaces, so the word list reads no word of it and
    # every piece counts as a word; read as 一名休班警涉嫌…, the spam's pieces are cuts.
    from cleaner import pipeline
    assert pipeline._unspaced("一 名 休 班 警 涉 嫌 盜 竊 被 捕") == "一名休班警涉嫌盜竊被捕"
    assert pipeline._unspaced("江城夜市重新开张 烟火气回来了") == "江城夜市重新开张 烟火气回来了"
    assert pipeline._unspaced("A 股 上 涨") == "A股上涨"
    assert pipeline._unspaced("三 大 事") == "三 大 事"


def test_a_name_the_context_model_reads_as_out_of_place_does_not_re_cut_the_headline() -> None:
    # The spam cuts across the name (察柳青 岚再赴 …: cuts at marks, certain), and the article
    # writes the name inside its clauses throughout. A model that reads the name as unlikely
    # wherever it stands (a name it does not know) would support a cut around it (柳青岚 再赴 …),
    # drop the spam's own pieces and take the article's name instead.
    headline = "观察 | 柳青岚再赴港，代表团提出五项合作倡议"
    clean = (
        "当地时间周二上午，柳青岚率领的代表团抵达港口城市，这是柳青岚今年第二次到访，"
        "随行的有十多家企业的负责人。",
        "在随后举行的座谈会上，柳青岚介绍了此行的安排，双方就物流、旅游和人才交流交换了意见，"
        "气氛轻松务实。",
        "当地媒体注意到，柳青岚上一次到访是在三月，那次重点谈的是航运。",
        "据了解，柳青岚此前曾在商务部门任职多年，熟悉两地的经贸往来。",
        "有分析人士认为，柳青岚这次带来的倡议更侧重民间往来，落地的可能性更大。",
        "对于外界的关注，柳青岚在接受采访时表示，合作要看长远，不能只看一时。",
    )
    dirty, truth = stuff(clean[:3], ("察柳青", "岚再赴", "港代表", "团提", "出五项", "合作", "倡议"),
                         marks="，。")
    assert len(truth) >= 10
    reader = _Reader({"柳青岚"}, 15.0)
    repaired, repairs = repair(dirty + clean[3:], headlines=(headline,), context=reader)  # type: ignore[arg-type]
    assert repaired == clean
    assert len(repairs) == len(truth)


def test_a_headline_of_two_words_in_strict_turn_at_marks_is_taken_out() -> None:
    # 新秀 : 优雅解读 less its last character: two pieces, both words, so no cut gives the spam
    # away and with two pieces any order runs through both; but a dozen insertions at marks in
    # strict turn, and nothing else at marks, is no article's own.
    headline = "NLP新秀 : BERT的优雅解读"
    clean = (
        "这个模型一经发布就刷新了多项测试的纪录，在阅读理解、文本分类、问答和推理等任务上，"
        "都比此前最好的结果高出一截，引来业内的广泛讨论。",
        "它的思路并不复杂，先在海量文本上做预训练，让模型学会填空，再在具体任务上微调，"
        "只需加上一层输出，就能适配不同的场景，省去了大量的人工设计。",
        "当然，它也有短板，比如训练成本高，推理速度慢，对长文本的处理能力有限，"
        "后来的许多工作都在想办法弥补这些不足。",
    )
    dirty, truth = stuff(clean, ("新秀", "优雅"), marks="，")
    repaired, repairs = repair(dirty, headlines=(headline,))
    assert (repaired, [r.fragment for r in repairs]) == (clean, [piece for _, _, piece in truth])
    assert len(truth) >= 12 and all("headline order" in r.reason for r in repairs)


def test_a_cut_of_function_characters_across_two_units_is_a_piece() -> None:
    # 及个 of 涉及|42个: both characters are function characters, but the piece straddles two of
    # the headline's units, so the spam's bigram cut is looked for and taken out at its marks;
    # 这个 (one word) stays no piece, and the article's own 以及个人 keeps its characters.
    from cleaner.headmodel import build

    headline = "青山区启动老旧小区改造 首批涉及42个小区"
    model = build((headline,))
    assert "及个" in model.cuts and "这个" not in build(("这个小区改造首批完工",)).pieces
    cycle = ("青山", "区启", "动老", "旧小", "区改", "造首", "批涉", "及个")
    clean = (
        "本报讯 近日，青山区启动新一轮老旧小区改造，首批改造共惠及1.3万户居民，计划年底前全部完工。",
        ("区住建局负责人表示，改造前通过入户走访、线上问卷等方式征求意见，一方面更换老化的水电气管网，"
         "另一方面增加公共服务设施，以及个人的停车、晾晒等需求。"),
        "此外，改造后将引入物业服务，完善监督考核，落实专人负责，建立小区长效管理机制，让居民住得更舒心。",
    )
    dirty, truth = stuff(clean, cycle)
    repaired, repairs = repair(dirty, headlines=(headline,))
    assert repaired == clean
    assert [(r.paragraph, r.offset, r.fragment) for r in repairs] == truth


def test_a_cut_that_drops_a_function_character_stuffed_alone_opens_the_page() -> None:
    # 最后止 of 最后的止痛药 (的 dropped): the headline writes it only with the character in
    # between, so no name of the article stands so; a page stuffed with it alone at a few marks
    # is stuffed, as for a cut straddling two units (real-b09-weixin, injected seed 3).
    headline = "最后的止痛药"
    clean = (
        "社区医院的护士每天下午都会来到病房，给老人们量血压、换药，陪他们说说话。",
        "她说，药物只能减轻疼痛，真正让人安心的是有人陪伴，也是家人的一句问候。",
    )
    dirty, truth = stuff(clean, ("最后止",), every=1, marks="，")
    assert len(truth) == 5
    repaired, repairs = repair(dirty, headlines=(headline,))
    assert repaired == clean
    assert [(r.paragraph, r.offset, r.fragment) for r in repairs] == truth


def test_cuts_into_a_known_word_count_on_a_headline_the_list_reads_little_of() -> None:
    # 起好店名？一字就灵: the word list knows only 店名 (a quarter of the characters), so every
    # piece used to count as a word; but 起好店 and 名一字 go half-way into 店名, which no name
    # the list does not know does, so they are cuts, and a page stuffed with them at marks opens.
    from cleaner.headmodel import build

    headline = "起好店名？一字就灵"
    assert {"起好店", "名一字"} <= build((headline,)).cuts
    clean = (
        "街角新开了一家面馆，老板琢磨了很久，最后把招牌定成两个字，简单好记，路过的人一眼就能看到。",
        "他说，名字太长没人记得住，太怪又容易让人误会，开业一个月，回头客已经占了一半。",
    )
    dirty, truth = stuff(clean, ("起好店", "名一字"), every=2, marks="，")
    repaired, repairs = repair(dirty, headlines=(headline,))
    assert repaired == clean
    assert [(r.paragraph, r.offset, r.fragment) for r in repairs] == truth


def test_headline_words_put_in_front_of_many_clauses_in_random_order_open_the_page() -> None:
    # No cut, no sure insertion: four of the headline's words, each once, in front of clauses
    # out of headline order. An article opens its clauses with its subject again and again,
    # not with one headline word after another at a quarter of its marks.
    headline = "城北老街骑楼修缮完工 居民重回旧居"
    clean = (
        "记者昨天从区住建局获悉，历时两年的修缮工程已经全部结束，沿街的三十多栋建筑恢复了原貌。",
        "据介绍，工程由专业团队施工，木构件尽量保留原件，外立面按照老照片复原，屋顶重新铺了瓦。",
        "不少搬走多年的住户陆续回来，有人在门口摆上花草，有人把老招牌挂了回去，街上又热闹起来。",
    )
    fragments = ("骑楼", "居民", "城北", "完工")
    dirty, truth = stuff(clean, fragments, every=2, marks="，")
    assert len(truth) == len(fragments)
    repaired, repairs = repair(dirty, headlines=(headline,))
    assert repaired == clean
    assert [(r.paragraph, r.offset, r.fragment) for r in repairs] == truth


# A reference list in English after the article, stuffed after its commas as the prose is.
LATIN_HEADLINE = "NLP新秀：BERT的优雅解读"
LATIN_CLEAN = (
    "谷歌去年发布的预训练模型在十一项任务上刷新了纪录，研究者随后提出了许多改进的办法，这些办法大多从训练目标入手。",
    "模型先在大量无标注文本上学习语言的规律，再用少量标注数据微调，这样一来，下游任务只需要很少的样本。",
    "研究者认为，双向的上下文是它胜过以往模型的关键，不过训练的成本也高出许多。",
    "参考文献：",
    "J. Devlin, M. Chang, K. Lee, and K. Toutanova. Pre-training of deep bidirectional transformers.",
    "A. Vaswani, N. Shazeer, N. Parmar, J. Uszkoreit, and L. Jones. Attention is all you need.",
    "M. Peters, M. Neumann, M. Iyyer, and M. Gardner. Deep contextualized word representations.",
)
LATIN_DIRTY = (
    "谷歌去年发布的预训练模型在十一项任务上刷新了纪录，新秀研究者随后提出了许多改进的办法，优雅这些办法大多从训练目标入手。解读",
    "模型先在大量无标注文本上学习语言的规律，解读再用少量标注数据微调，新秀这样一来，下游任务只需要很少的样本。优雅",
    "研究者认为，优雅双向的上下文是它胜过以往模型的关键，不过训练的成本也高出许多。新秀",
    "参考文献：",
    "J. Devlin, M. Chang,新秀 K. Lee, and K. Toutanova. Pre-training of deep bidirectional transformers.",
    "A. Vaswani, N. Shazeer,解读 N. Parmar, J. Uszkoreit,优雅 and L. Jones. Attention is all you need.",
    "M. Peters, M. Neumann,优雅 M. Iyyer, and M. Gardner. Deep contextualized word representations.",
)


def test_headline_words_alone_in_latin_text_after_its_commas_are_taken_out() -> None:
    # Past the prose the spam's rate would not reach the reference lines (one word among four or
    # five commas), but a Chinese word between two English names is no clause of the article's.
    repaired, repairs = repair(LATIN_DIRTY, headlines=(LATIN_HEADLINE,))
    assert repaired == LATIN_CLEAN
    assert len(repairs) == 12


def test_a_cut_at_a_mark_out_of_the_cycles_turn_is_taken_out() -> None:
    # The spam cycles through the headline, then puts 江新 after one more comma where the run
    # expects 设样: a cut opening a clause is no use of a word wherever the run goes. The
    # article's 滨江新区 holds 江新 only as a stretch of the headline.
    dirty, truth = stuff(CLEAN[:2], STUFF)
    third = CLEAN[2].replace("，推动", "，江新推动")
    repaired, repairs = repair((*dirty, third), headlines=(HEADLINE,))
    assert repaired == CLEAN
    assert [(r.paragraph, r.offset, r.fragment) for r in repairs] == [*truth, (2, 24, "江新")]
    # 区智 stands on its own inside a clause of the article (该区智能…): the page's own
    # phrase, not the spam's, however it opens a clause out of the cycle's turn.
    third = CLEAN[2].replace("，推动", "，区智推动").replace("让交通", "该区智能让交通")
    repaired, repairs = repair((*dirty, third), headlines=(HEADLINE,))
    assert repaired == (*CLEAN[:2], third)
    assert [(r.paragraph, r.offset, r.fragment) for r in repairs] == truth


#: Two paragraphs of an invented county report on spring sowing, for pages stuffed with pieces
#: of 春耕选好种子… headlines.
SPRING_SOWING = ("眼下正是春播备耕的关键时期，县农技站的技术员们走进田间地头，指导农户做好播前准备。"
                 "技术员介绍，今年全县推广的新品种抗倒伏能力强，亩产比去年的老品种高出一成左右。",
                 "在城关镇的示范田里，农户们正忙着平整土地、开挖沟渠，再过半个月就能下地了。"
                 "技术员提醒，下地前要晒上两到三天，出苗会更整齐。")


def _only_the_spam_goes(clean: tuple[str, ...], dirty: tuple[str, ...], headline: str,
                        fragments: list[str]) -> None:
    """The clean page gets no repair; the stuffed one comes back clean, ``fragments`` taken."""
    assert repair(clean, headlines=(headline,)) == (clean, ())
    repaired, repairs = repair(dirty, headlines=(headline,))
    assert repaired == clean
    assert sorted(r.fragment for r in repairs) == sorted(fragments)


def test_the_spams_cuts_at_marks_outweigh_the_articles_own_words_there_in_the_cut() -> None:
    # The article opens four clauses with its headline's 街道; the spam puts 季度办 (of
    # 一季度|办结) and 理能力 (of 治理|能力) after marks. Counted as they score, the article's
    # 街道 buys the cut 街道|一季度 over the spam's 街道一|季度办: 季度办 stayed and the article's
    # own 街道 went. A cut opening a clause is no phrasing of the article's.
    headline = "社区治理能力提升！街道一季度办结诉求三千件"
    clean = ("记者从区政务服务中心获悉，今年一季度全区共受理群众诉求三千余件，办结率超过九成。"
             "据介绍，街道今年设立了十二个接诉点，由社区干部轮流值守。",
             "在城南片区，街道联合物业对十多个老旧小区的路灯进行了更换，居民夜间出行更方便了。"
             "此外，街道还组织志愿者上门为独居老人检修燃气管道。",
             "对于反映集中的停车难问题，街道协调周边单位错时开放车位两百多个。区里表示，下一步将把诉求办理情况纳入考核。")
    dirty = (clean[0].replace("，办结率", "，季度办办结率"),
             clean[1].replace("。此外，", "。理能力此外，"),
             clean[2].replace("。区里", "。季度办区里"))
    _only_the_spam_goes(clean, dirty, headline, ["季度办", "季度办", "理能力"])


def test_a_piece_at_a_mark_running_on_only_across_the_headlines_mark_is_no_stretch() -> None:
    # 种子|再过半个月 reads 种子再, a stretch of the headline's CJK characters -- but only across
    # its comma (春耕选好种子，再抢农时播种): the article writes no such stretch, so the stuffed
    # 种子 is not the article's own phrase and goes with the spam's cuts around it.
    headline = "春耕选好种子，再抢农时播种"
    clean = (*SPRING_SOWING,
             "县农业农村局表示，今年将继续为种粮大户提供免费的土壤检测服务，帮助农户科学施肥。")
    dirty = (clean[0].replace("，指导", "，耕选好指导"),
             clean[1].replace("，再过", "，种子再过").replace("。技术员提醒", "。再抢农技术员提醒"),
             clean[2].replace("，帮助", "，时播种帮助"))
    _only_the_spam_goes(clean, dirty, headline, sorted(["耕选好", "种子", "再抢农", "时播种"]))


def test_a_piece_at_a_mark_running_on_only_by_a_dropped_character_is_no_stretch() -> None:
    # 选好|种粮大户 reads 选好种, a piece of the headline -- but only with its 的 dropped
    # (选好的种子): the article writes no such stretch, so the stuffed 选好 goes with the cuts.
    headline = "春耕选好的种子，再抢农时播种"
    clean = ("眼下正是春播备耕的关键时期，县农技站的技术员们走进田间地头，指导农户做好播前准备。",
             "在城关镇的示范田里，农户们正忙着平整土地、开挖沟渠，再过半个月就能下地了。",
             "县农业农村局表示，种粮大户今年将继续获得免费的土壤检测服务，帮助农户科学施肥。")
    dirty = (clean[0].replace("，指导", "，再抢农指导"),
             clean[1].replace("，再过", "，时播种再过").replace("、开挖", "、春耕开挖"),
             clean[2].replace("，种粮", "，选好种粮").replace("，帮助", "，再抢农帮助"))
    _only_the_spam_goes(clean, dirty, headline, sorted(["再抢农", "春耕", "时播种", "选好", "再抢农"]))


def test_one_cut_at_a_mark_beside_words_at_marks_of_three_pieces_passes_the_early_gate() -> None:
    # One sure insertion (耕选, a cut at a mark) among suspects at marks of three pieces is a
    # stuffed page for the page test; the early gate (before the page's bigrams are read) must
    # not stop it for want of a second sure insertion or a fourth suspect.
    headline = "春耕选好种子再抢农时播种"
    clean = (*SPRING_SOWING,
             "县农业农村局表示，今年将继续为粮食大户提供免费的土壤检测服务，帮助农户科学施肥。")
    dirty = (clean[0].replace("，指导", "，农时指导"),
             clean[1].replace("，再过", "，播种再过"),
             clean[2].replace("，帮助", "，耕选帮助"))
    repaired, repairs = repair(dirty, headlines=(headline,))
    assert repaired == clean
    assert [r.fragment for r in repairs] == ["农时", "播种", "耕选"]


# A page stuffed in random order after its marks with the cuts 落保 and 程完 of the headline, in
# its first two paragraphs only; what the tests below change is in the last one.
VILLAGE_HEADLINE = "青溪古村落保护工程完工"
VILLAGE_CLEAN = (
    "本报讯（记者 周岚）经过一年多的施工，青溪村的古村落保护工程近日完工，村里的三十多栋老房子重现原貌。",
    "青溪村始建于清代初期，村内保存有成片的木结构民居和一座宗祠，由于年久失修，不少房屋出现了墙体开裂、屋面漏雨等问题。",
    "修缮工程坚持使用传统材料，施工队保留了民居原有的格局，对于损坏严重的木构件，工匠们按照原样重新制作。",
)
VILLAGE_DIRTY = (
    "本报讯（记者 周岚）经过一年多的施工，落保青溪村的古村落保护工程近日完工，程完村里的三十多栋老房子重现原貌。落保",
    "青溪村始建于清代初期，程完村内保存有成片的木结构民居和一座宗祠，落保由于年久失修，不少房屋出现了墙体开裂、程完屋面漏雨等问题。",
    VILLAGE_CLEAN[2],
)


def test_a_piece_splitting_a_word_goes_where_the_rest_of_the_spam_does_not() -> None:
    # The page's spam goes after marks: a word of the headline inside a clause loses score there
    # (the article's own 护工 would). Splitting a word (照|护工|顾), it is spam wherever it stands.
    last = "村支部书记说，村里还请了人照顾独居老人。"
    stuffed = "村支部书记说，村里还请了人照护工顾独居老人。"
    repaired, repairs = repair(VILLAGE_DIRTY + (stuffed,), headlines=(VILLAGE_HEADLINE,))
    assert repaired == VILLAGE_CLEAN + (last,)
    assert [r.fragment for r in repairs if r.paragraph == 3] == ["护工"]


def test_of_two_pieces_taken_side_by_side_the_articles_own_stays() -> None:
    # ，落保|古村|修好了: the article's 古村 (no word of the list) right after the stuffed 落保 reads
    # as a cut splitting 保修. Spam puts its pieces one at a time between the article's
    # characters: of the two side by side, the one without the split word they make goes.
    last = "村支部书记说，古村修好了，外出务工的年轻人也开始回村开店了。"
    dirty = VILLAGE_DIRTY + ("村支部书记说，落保古村修好了，外出务工的年轻人也开始回村开店了。",)
    repaired, repairs = repair(dirty, headlines=(VILLAGE_HEADLINE,))
    assert repaired == VILLAGE_CLEAN + (last,)
    assert [r.fragment for r in repairs if r.paragraph == 3] == ["落保"]


@dataclass
class _Taken:
    paragraph: int
    start: int
    end: int
    piece: str
    score: float
    junc: int = 0


def test_of_two_side_by_side_the_one_owing_its_score_to_the_other_or_running_on_stays() -> None:
    from cleaner.inside import apart
    # 这一|否决|路业务|将: 否决 scores high only as splitting 一路, whose 路 is the stuffed piece's.
    text = "对此，这一否决路业务将加剧一场长期的竞争。"
    own, spam = _Taken(0, 5, 7, "否决", 4.4, junc=45), _Taken(0, 7, 10, "路业务", 3.6)
    alone = lambda o: o.score - 5.0 * min(o.junc, 40) / 40   # noqa: E731
    assert apart((text,), [own, spam], alone, lambda s: False) == [spam]
    # 去年|社区食|人吃上|堂: 社区食 runs on into the headline's 社区食堂 once 人吃上 is out.
    text = "去年社区食人吃上堂开张后，老人们有了吃饭的地方。"
    own, spam = _Taken(0, 2, 5, "社区食", 9.0), _Taken(0, 5, 8, "人吃上", 3.0)
    assert apart((text,), [own, spam], alone, lambda s: s == "社区食堂") == [spam]
    assert apart((text,), [own, spam], alone, lambda s: False) == [own]


def test_each_occurrence_is_scored_again_once_its_evidence_has_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    """_judge scores again, after the seams, ``bind``, the seams held at marks and the names,
    only the occurrences whose evidence changed: at every gate each score is still what its
    evidence gives (a page of each kind: stuffed at marks and inside clauses, clean, a name the
    text writes again and again, traditional, words at marks the article holds elsewhere; two
    real pages whose seams, words held at marks and names change scores)."""
    from cleaner import clean, injection
    from cleaner.occurrence import score
    gates = injection._could_be_stuffed
    seen: list[int] = []

    def checked(found, read, inside=0.0, spans=None, opening=(), quiet=(), cuts=None, fresh=None):   # noqa: ANN001, ANN202
        every = [*found, *quiet]   # (the words inside clauses the gates walk past: scored as well)
        assert [o.score for o in every] == [score(o) for o in every]
        seen.append(len(every))
        return gates(found, read, inside, spans, opening, quiet=quiet, cuts=cuts, fresh=fresh)

    monkeypatch.setattr(injection, "_could_be_stuffed", checked)
    pages = [(stuff(CLEAN, STUFF)[0], HEADLINE), (CLEAN, HEADLINE), (_typhoon_stuffed(), TYPHOON_HEADLINE),
             (LATIN_DIRTY, LATIN_HEADLINE), (VILLAGE_DIRTY, VILLAGE_HEADLINE), (VILLAGE_CLEAN, VILLAGE_HEADLINE),
             (_PARCELS_CLEAN, _PARCELS), (TEA_FIRST, TEA)]
    for paragraphs, headline in pages:
        repair(paragraphs, headlines=(headline,))
    for name in ("real-d09-sspai.html", "real-d01-36kr.html"):
        clean((REAL / name).read_bytes())
    assert len(seen) >= 3 * 6   # the pages pass the gates, each read three times at least


def test_an_article_restating_its_headline_after_a_mark_keeps_its_first_words() -> None:
    # The lede restates the whole headline after a mark (，城西区智能路灯…): its first piece runs
    # on into the headline, and a cycle whose first turn lacks the spam's 城西 (a copy the page
    # hid, a line the dump lost) must not take the article's 城西 for it.
    headline = "城西区智能路灯系统全面投用"
    clean = ["10月8日晚，城西区智能路灯系统全面投用运行。全区八千余盏路灯接入统一平台，可按车流和天气自动调节亮度，夜间用电预计下降三成。",
             "据了解，系统在每根灯杆上加装了传感器，故障信息会实时传回指挥中心，维修人员接单后两小时内到场处置。",
             "区城管局相关负责人介绍，下一步还将在灯杆上搭载充电桩和环境监测设备，让一根杆子发挥多种用途。",
             "住在河畔小区的王女士说：“以前晚上回家路黑，现在路灯亮得均匀多了，走夜路也放心。”"]
    dirty = ["10月8日晚，城西区智能路灯系统全面投用运行。区智全区八千余盏路灯接入统一平台，能路可按车流和天气自动调节亮度，"
             "灯系夜间用电预计下降三成。",
             "据了解，统全系统在每根灯杆上加装了传感器，面投故障信息会实时传回指挥中心，维修人员接单后两小时内到场处置。",
             "区城管局相关负责人介绍，城西下一步还将在灯杆上搭载充电桩和环境监测设备，区智让一根杆子发挥多种用途。",
             clean[3]]
    repaired, repairs = repair(tuple(dirty), headlines=(headline,))
    assert repaired == tuple(clean)
    assert [r.fragment for r in repairs] == ["区智", "能路", "灯系", "统全", "面投", "城西", "区智"]
