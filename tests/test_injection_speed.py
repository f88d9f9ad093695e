"""The injection repair's faster forms answer as the plain forms they replace (README "### Speed",
the twenty-second round, ``bodycost6``; the twenty-fourth round, ``injcost2``; the twenty-sixth
round, ``injcost3`` and ``repcrawl``; the twenty-seventh round, ``injcost4``; the twenty-eighth
round, ``judgecost``)."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner.headmodel import build
from cleaner.lm import lexicon
import cleaner.injection as injection
import cleaner.occsearch as occurrences
from cleaner.injection import _PROSE, repair
from cleaner.occsearch import _again, _occ, _occurrences, _split_back
from cleaner.occurrence import Occ
import cleaner.pagepairs as pagepairs
import cleaner.spread as spread
from cleaner.pagepairs import PairCounts
from cleaner.spread import cannot_start, in_latin, piece_places

# The article, headline and spam of the repair's own tests (tests/ is on the path under pytest).
from test_injection import CLEAN, HEADLINE, STUFF, stuff  # noqa: E402

#: What the paragraphs of the mark test are made of: the headline's pieces, marks of both widths,
#: Latin letters, digits and spaces around them, bound particles (們 traditional).
_BITS = ["甲乙", "丙丁", "乙丙", "a", "Lee", "1", ".", ")", ",", ";", ":", "，", "：", " ", "的", "们", "們", "過去"]
#: Each field's value drawn apart from the others' (a swapped pair of stores shows).
_FIELDS = [f.name for f in dataclasses.fields(Occ)]


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 9), st.integers(0, 50), st.integers(0, 50), st.text(alphabet="甲乙丙", min_size=2, max_size=3),
       st.lists(st.booleans(), min_size=8, max_size=8))
def test_an_occurrence_made_by_stores_is_the_dataclass_s(paragraph: int, start: int, end: int, piece: str,
                                                       flags: list[bool]) -> None:
    """``_occ`` gives every field the value the dataclass gives it, the defaults included: it
    fails with a field left out (``astuple`` reads every slot), two stores swapped, or a default
    other than the dataclass's."""
    after, last, ext, word, bound, echo, midway, latin = flags
    made = _occ(paragraph, start, end, piece, after, last, ext, word, bound, echo, midway, latin)
    expected = Occ(paragraph, start, end, piece, after, last, ext, word, bound, echo, midway=midway, latin=latin)
    assert type(made) is Occ
    assert dataclasses.astuple(made) == dataclasses.astuple(expected)
    assert made == expected
    for name in _FIELDS:
        assert type(getattr(made, name)) is type(getattr(expected, name)), name


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="甲乙丙丁，。戊乙甲", max_size=16), min_size=1, max_size=5))
def test_an_occurrence_s_echo_is_its_piece_written_again_after_it(paragraphs: list[str]) -> None:
    """``echo`` is asked by ``startswith`` only where the character after the occurrence opens
    the piece (the pieces' first characters listed by rank): it fails with the list built from
    the pieces' last characters, or out of their ranks' order."""
    paras = tuple(paragraphs)
    model = build(("甲乙丙丁", "丁丙乙"))
    found = _occurrences(paras, model)
    for o in found:
        assert o.echo == paras[o.paragraph].startswith(o.piece, o.end)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_BITS), max_size=10).map("".join), min_size=1, max_size=4))
@example(["会上，甲乙們说，丙丁的过去", "Lee,甲乙 and Li;丙丁 b: 1.:乙丙 c"])
def test_an_occurrence_at_a_mark_is_bound_and_latin_as_the_two_tests_say(paragraphs: list[str]) -> None:
    """At a mark, ``bound`` and ``latin`` are what :func:`cannot_start` and :func:`in_latin` say,
    though the two are called only where the characters after and before the occurrence allow:
    it fails with the bound particles' simplified forms alone (們), or a Latin mark left out."""
    paras = tuple(paragraphs)
    model = build(("甲乙丙丁",))
    for o in _occurrences(paras, model):
        if o.after:
            text = paras[o.paragraph]
            assert o.bound == cannot_start(text, o.end, lexicon(), _PROSE)
            assert o.latin == in_latin(text, o.start, o.end)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="甲乙丙，。；：!\n", max_size=14), max_size=6),
       st.sampled_from([_PROSE, frozenset("，。；"), frozenset("；：!"), frozenset("，")]))
def test_prose_paragraphs_are_those_holding_any_mark(paragraphs: list[str], marks: frozenset[str]) -> None:
    """The places are looked for in the paragraphs holding any of ``marks``: a comma or a full
    stop told by ``in``, the other marks by the search. It fails with the search left out after
    the two ``in`` tests, or with the two taken for granted where ``marks`` lacks one."""
    pieces = {"甲乙", "乙丙", "甲乙丙"}
    expected = [(k, i, piece) for k, text in enumerate(paragraphs) if not marks.isdisjoint(text)
                for i in range(len(text)) for piece in sorted(pieces, key=len) if text.startswith(piece, i)]
    assert piece_places(paragraphs, pieces, marks) == expected


#: A headline whose pieces run on into one another (厦漳泉都市圈), at marks midway into its next
#: unit (，新能|源), and text made of its words, their cuts, marks and other words.
_HEADLINE = "厦漳泉都市圈新能源汽车建设这样干"
_WORDS = ["厦漳泉", "都市圈", "漳泉", "都市", "新能", "源汽车", "新能源", "汽车", "建设", "设样", "圈建",
          "召开", "会议", "，", "。", "、", "的", "了", "市民"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS), max_size=14).map("".join), min_size=1, max_size=4),
       st.randoms(use_true_random=False))
@example(["昨日，漳泉厦漳泉都市圈召开会议，都市市民的新能源汽车，新能源汽车建设。", "，新能源汽车，能源汽油，新能源的"], None)
def test_a_stuffed_page_s_second_reading_is_every_occurrence_made_afresh(paragraphs: list[str], rnd) -> None:
    """``_again`` gives what ``_occurrences`` with the stretches gives (the cuts split back read by
    ``_split_back``), field by field and in text
    order, from a first reading that a judgement has changed every way it can: its evidence and
    scores set, ``ext`` turned off where a piece runs on only midway (``pagegate.page_of``),
    ``word`` turned on (``spread.names``). It fails with ``ext`` not given back to the pieces
    running on midway, with the word the text opens at a mark (新能|源汽车) left out, or with the
    stretches put after the others."""
    paras = tuple(paragraphs)
    model = build((_HEADLINE,))
    read: list = []
    found = _occurrences(paras, model, stretches=False, hits_out=read)
    assert found == _occurrences(paras, model, stretches=False)
    for o in found:
        o.seam, o.bind, o.junc, o.score, o.gain, o.lead = -1, 3, 4, 5.5, 9.0, 1.0
        if o.midway and o.ext and (rnd is None or rnd.random() < 0.7):
            o.ext = False
        if rnd is None or rnd.random() < 0.5:
            o.word = True
    assert _again(paras, model, found, read[0]) == _split_back(paras, model, _occurrences(paras, model))


def test_a_stuffed_page_is_searched_for_its_pieces_once(monkeypatch) -> None:
    """The second reading of a stuffed page reads only the places of the stretches the first left
    out: the page is searched for the headline's pieces once (on main, twice), and the repair
    is the docstring's."""
    calls = []
    real = occurrences.piece_hits

    def counted(*args):
        calls.append(args)
        return real(*args)
    monkeypatch.setattr(occurrences, "piece_hits", counted)
    text = ("昨日下午，年厦厦漳泉都市圈办公室召开会议，漳泉会上发布了工作机制，都市并通报重点任务，"
            "圈建为推动三市一体化发展注入新动力、设样绘就新蓝图。")
    fixed, made = repair((text,), headlines=("2025年厦漳泉都市圈建设这样干",))
    assert fixed == ("昨日下午，厦漳泉都市圈办公室召开会议，会上发布了工作机制，并通报重点任务，为推动三市一体化发展注入新动力、绘就新蓝图。",)
    assert len(made) == 5 and len(calls) == 1


def test_a_stuffed_page_s_bigrams_are_counted_once_for_both_judgements(monkeypatch) -> None:
    """One :class:`PairCounts` a repair: the second judgement of a stuffed page asks again no
    seam the first decided (on main, each judgement made its own and asked them all again), and
    the repairs are the docstring's (the two pieces inside clauses stay)."""
    made: list[PairCounts] = []
    asked: list[tuple[str, ...]] = []

    class Counted(PairCounts):
        def __init__(self, paragraphs) -> None:
            super().__init__(paragraphs)
            made.append(self)

        def held(self, first: str, left: str, last: str, right: str, whole: bool) -> int:
            asked.append((left, first, last, right))
            return super().held(first, left, last, right, whole)
    monkeypatch.setattr(injection, "PairCounts", Counted)
    monkeypatch.setattr(pagepairs, "PairCounts", Counted)
    text = ("昨日下午，年厦厦漳泉都市圈办公室召开会议，漳泉会上发布了工建设作机制，都市并通报重这样点任务，"
            "圈建为推动三市一体化发展注入新动力、设样绘就新蓝图。")   # the docstring's, two pieces inside clauses
    fixed, repairs = repair((text,), headlines=("2025年厦漳泉都市圈建设这样干",))
    assert fixed == ("昨日下午，厦漳泉都市圈办公室召开会议，会上发布了工建设作机制，并通报重这样点任务，为推动三市一体化发展注入新动力、绘就新蓝图。",)
    assert len(repairs) == 5 and len(made) == 1
    assert sorted(asked) == [("工", "建", "设", "作"), ("重", "这", "样", "点")]   # once each


def _repair_the_test_pages() -> None:
    """The pages the scoring tests below watch: test_injection's clean and stuffed ones, and two
    of the fixtures (``clean()``, the repair as the pipeline calls it)."""
    from pathlib import Path

    from cleaner import clean
    for paragraphs in (CLEAN, stuff(CLEAN, STUFF)[0]):
        repair(paragraphs, headlines=(HEADLINE,))
    real = Path(__file__).parent.parent / "fixtures" / "real"
    for name in ("real-d09-sspai.html", "real-d01-36kr.html"):
        clean((real / name).read_bytes())


def test_a_seam_read_as_0_leaves_its_occurrence_unscored_again(monkeypatch) -> None:
    """An occurrence inside a clause whose seam ``seams`` reads as 0 is not scored again until
    other evidence of it changes (``bind``, a name): its score is the one it had (on main each
    one read was scored again at once, and the scores at each gate are the test_injection one's).
    The pages: two of the fixtures, and the test_injection ones, clean and stuffed."""
    read_as_0: dict[int, tuple] = {}   # id -> the occurrence's fields as the seams left them
    again: list[tuple] = []
    plain_seams, plain_score = injection.seams, injection._score

    def state(o: Occ) -> tuple:
        return tuple(getattr(o, name) for name in _FIELDS if name != "score")

    def seams(paragraphs, occurrences, pairs=None) -> None:   # noqa: ANN001
        plain_seams(paragraphs, occurrences, pairs)
        for o in occurrences:
            if not o.after and not o.ext and not o.seam:
                read_as_0[id(o)] = state(o)

    def score(o: Occ) -> float:
        if read_as_0.get(id(o)) == state(o):
            again.append(state(o))
        return plain_score(o)
    monkeypatch.setattr(injection, "seams", seams)
    monkeypatch.setattr(injection, "_score", score)
    _repair_the_test_pages()
    assert len(read_as_0) >= 20 and again == []


def test_the_hidden_texts_pieces_are_read_only_where_the_page_test_reads_them(monkeypatch) -> None:
    """``Model.among`` (the pieces the hidden texts are) is asked only once a judgement reaches
    ``page_of``, once a repair: not on a page a gate stops (on main, on every page past the
    split-word count), once on a stuffed page judged twice."""
    from cleaner.headmodel import Model
    asked: list[tuple[str, ...]] = []
    plain = Model.among

    def among(self, texts):   # noqa: ANN001, ANN202
        asked.append(tuple(texts))
        return plain(self, texts)
    monkeypatch.setattr(Model, "among", among)
    hidden = ("区智", "菜单")
    assert repair(CLEAN, headlines=(HEADLINE,), hidden=hidden) == (CLEAN, ())
    assert asked == []
    fixed, made = repair(stuff(CLEAN, STUFF)[0], headlines=(HEADLINE,), hidden=hidden)
    assert made and asked == [hidden]


def test_the_article_s_own_words_inside_clauses_are_not_scored_before_the_first_gate(monkeypatch) -> None:
    """At the first gate, an occurrence inside a clause that is a word, splits none and is not
    written twice over has its 0.0 as made, ``score`` never asked of it (on main every occurrence
    was scored); the others are scored, and every score is what ``score`` gives."""
    from cleaner.occurrence import score as plain_score
    scored: set[int] = set()
    pending = [False]
    checked: list[int] = []
    plain_junctions, plain_gate = injection._junctions, injection._could_be_stuffed

    def junctions(found, sides) -> None:   # noqa: ANN001   (once a judgement, before its scores)
        scored.clear()
        pending[0] = True
        plain_junctions(found, sides)

    def score(o: Occ) -> float:
        scored.add(id(o))
        return plain_score(o)

    def gate(found, read, inside=0.0, spans=None, opening=(), quiet=(), cuts=None, fresh=None):   # noqa: ANN001, ANN202
        if pending[0]:
            pending[0] = False
            every = [*found, *quiet]
            bare = [o for o in every if not (o.after or not o.word or o.junc or o.ext or o.echo)]
            assert all(id(o) not in scored and o.score == 0.0 == plain_score(o) for o in bare)
            assert all(id(o) in scored for o in every if not any(o is b for b in bare))
            assert [o.score for o in every] == [plain_score(o) for o in every]
            # ... and handed to the gates apart, which walk only the scored ones.
            assert sorted(map(id, bare)) == sorted(map(id, quiet))
            checked.append(len(bare))
        return plain_gate(found, read, inside, spans, opening, quiet=quiet, cuts=cuts, fresh=fresh)
    monkeypatch.setattr(injection, "_junctions", junctions)
    monkeypatch.setattr(injection, "_score", score)
    monkeypatch.setattr(injection, "_could_be_stuffed", gate)
    _repair_the_test_pages()
    assert len(checked) >= 4 and sum(checked) >= 20


#: A page writing two of the headline's words after marks again and again, each also inside its
#: clauses with the same character after it: the article's own phrasing (``held_at_marks``).
_HELD_PAGE = (
    "今年，交通部门完成了道路改造，建设单位按期交工，全市交通部门和项目建设单位都很满意。",
    "据介绍，交通部门还将增设路口信号灯，建设单位也会加派人手，让市民出行更加顺畅。",
    "下一步，交通部门将与公交公司合作，建设单位负责施工组织，力争年底前全部完成。",
    "市民表示，交通部门的工作值得肯定，建设单位的进度也很快，希望今后继续保持。",
)


def test_the_word_model_reads_no_binding_on_a_page_its_held_words_clear(monkeypatch) -> None:
    """Words at marks that the page writes inside its clauses too (held) can make a page look
    stuffed only until they are read as held: the page is answered unchanged before the word
    model is asked for a ``bind`` (on main ``bindings`` read its 10 occurrences inside clauses
    first). A stuffed page still has its bindings read, and is repaired as before."""
    asked: list[int] = []
    plain = injection._bindings

    def bindings(found, sides) -> None:   # noqa: ANN001
        asked.append(len(found))
        plain(found, sides)
    monkeypatch.setattr(injection, "_bindings", bindings)
    assert repair(_HELD_PAGE, headlines=("城市交通建设全面推进",)) == (_HELD_PAGE, ())
    assert asked == []
    fixed, made = repair(stuff(CLEAN, STUFF)[0], headlines=(HEADLINE,))
    assert asked and fixed == CLEAN and made


def test_the_sides_of_words_at_marks_are_read_only_for_their_bindings(monkeypatch) -> None:
    """An occurrence at a mark has an empty side before it (a mark is no CJK character) and no
    ``junc``: its sides are read only where its ``bind`` is, past the third gate: not on a page
    the gates stop (on main ``sides_of`` read every plain occurrence before the first gate).
    Every plain occurrence's ``bind`` is still read, from its own sides, on a page that passes,
    and the junctions see only occurrences inside clauses."""
    from cleaner.wordfit import sides
    read: list[tuple[bool, bool]] = []   # (at a mark, bindings reached)
    bound: list[int] = []
    judged: list[list[Occ]] = []
    plain_sides, plain_bindings, plain_junctions = injection._sides_of, injection._bindings, injection._junctions

    def sides_of(paragraphs, found):   # noqa: ANN001, ANN202
        out = plain_sides(paragraphs, found)
        assert out == [sides(paragraphs[o.paragraph], o) for o in found]
        read.extend((o.after, bool(bound)) for o in found)
        return out

    def junctions(found, found_sides) -> None:   # noqa: ANN001
        assert not any(o.after for o in found)
        plain_junctions(found, found_sides)

    def bindings(found, found_sides) -> None:   # noqa: ANN001
        bound.append(len(found))
        judged.append(list(found))
        plain_bindings(found, found_sides)
    monkeypatch.setattr(injection, "_sides_of", sides_of)
    monkeypatch.setattr(injection, "_bindings", bindings)
    monkeypatch.setattr(injection, "_junctions", junctions)
    assert repair(_HELD_PAGE, headlines=("城市交通建设全面推进",)) == (_HELD_PAGE, ())
    assert read and not any(after for after, _ in read) and bound == []
    gate = injection._could_be_stuffed
    seen: list[list[Occ]] = []

    def watched(found, *args, **kwargs):   # noqa: ANN001, ANN002, ANN003, ANN202
        seen.append(found)
        return gate(found, *args, **kwargs)
    monkeypatch.setattr(injection, "_could_be_stuffed", watched)
    fixed, made = repair(stuff(CLEAN, STUFF)[0], headlines=(HEADLINE,))
    assert fixed == CLEAN and made
    assert any(after for after, _ in read) and all(reached for after, reached in read if after)
    first = {id(o) for o in seen[0] if not o.ext}
    given = [id(o) for found in judged for o in found]
    assert first <= set(given) and len(given) == len(set(given))


def _ranked_plainly(pieces: tuple[str, ...]) -> tuple[list[str], dict[str, tuple[list[int], list[tuple[str, int]]]]]:
    """``spread._ranked`` as the twenty-sixth round wrote it: a key tuple made a piece, and
    ``setdefault`` a piece."""
    ranked = sorted(pieces, key=lambda piece: (len(piece), piece))
    heads: dict[str, tuple[list[int], list[tuple[str, int]]]] = {}
    for rank, piece in enumerate(ranked):
        short, longer = heads.setdefault(piece[:2], ([], []))
        if len(piece) <= 2:
            short.append(rank)
        else:
            longer.append((piece, rank))
    return ranked, heads


@settings(max_examples=300, deadline=None)
@given(st.sets(st.text(alphabet="甲乙丙丁戊a1", min_size=1, max_size=4), max_size=40))
def test_pieces_are_ranked_and_grouped_as_the_plain_form_ranks_them(pieces: set[str]) -> None:
    """Sorted by the pieces and then stably by length, the ranking is the plain form's (the
    pieces are distinct: no two share a key), and so are the groups by head, in their order: a
    head's piece of its own the one rank of its short list (-1 for none, ``occcost5``)."""
    given_ = tuple(pieces)
    ranked, heads = spread._ranked(given_)
    expected_ranked, expected_heads = _ranked_plainly(given_)
    assert ranked == expected_ranked
    assert all(len(short) <= 1 for short, _ in expected_heads.values())
    assert list(heads.items()) == [(head, (short[0] if short else -1, longer))
                                   for head, (short, longer) in expected_heads.items()]


def test_ranking_a_headlines_pieces_makes_no_python_call_a_piece() -> None:
    """A crawl ranks each page's pieces once (``_ranked`` keeps no memo: a new headline's
    pieces are never in it): the keys are C-level, no Python function is called for a piece
    (fails on the form that made a key tuple by a lambda a piece)."""
    import sys
    pieces = tuple(build((HEADLINE,)).pieces)
    calls: list[str] = []

    def watch(frame, event, arg):  # type: ignore[no-untyped-def]
        if event == "call":
            calls.append(frame.f_code.co_name)
    sys.setprofile(watch)
    try:
        spread._ranked(pieces)
    finally:
        sys.setprofile(None)
    assert len(pieces) > 10 and calls == ["_ranked"]


#: A page that opens clauses with its headline's two names, 长江 five times and 黄河 four, and
#: writes them inside its clauses too: the article's own subjects, in no strict turn.
_TWO_NAMES = (
    "今年以来，长江沿线各地加快推进污染治理，黄河流域各省也出台了新办法。",
    "据介绍，长江干流水质持续向好，黄河两岸的植被覆盖率明显提高。",
    "专家认为，长江经济带建设要坚持生态优先，黄河治理则要把水资源作为最大的刚性约束。",
    "下一步，长江沿岸城市将加强协作，黄河上中下游也将建立联防联控机制。",
    "此外，长江口附近海域的监测站点也在增加，相关数据将按月向社会公开。",
)


def _seams_read(monkeypatch) -> list[int]:   # noqa: ANN001
    """How many occurrences each call of ``injection.seams`` reads, from now on (the work of the
    gates past the first)."""
    read: list[int] = []
    plain = injection.seams

    def seams(paragraphs, found, pairs) -> None:   # noqa: ANN001
        read.append(len(found))
        plain(paragraphs, found, pairs)
    monkeypatch.setattr(injection, "seams", seams)
    return read


def test_two_headline_words_at_marks_stop_the_repair_at_the_first_gate(monkeypatch) -> None:
    """Two words of the headline at marks, neither a cut, fewer than six times each, make no
    page stuffed (no strict turn of a cut, no dozen words in turn): the first gate answers so,
    and no seam is read (on main the page went through three gates, its seams read twice). A
    stuffed page still reads its seams and is repaired as before."""
    read = _seams_read(monkeypatch)
    assert repair(_TWO_NAMES, headlines=("长江黄河生态保护协作机制正式建立",)) == (_TWO_NAMES, ())
    assert read == []
    fixed, made = repair(stuff(CLEAN, STUFF)[0], headlines=(HEADLINE,))
    assert read and fixed == CLEAN and made


#: A page whose first clauses open with its headline's first word and the next one (青山区,
#: 启动): the article's subjects, which the context model reads on from.
_OWN_OPENING = (
    "今年以来，青山区持续推进城市更新工作，居民的生活环境得到明显改善。",
    "据介绍，启动仪式结束后，各街道将分批组织施工，力争年内完成全部任务。",
    "不少居民表示，这项工作办到了大家的心坎上，希望今后能够继续坚持下去。",
)


def test_an_opening_pair_the_model_reads_as_subjects_stops_the_repair_at_the_first_gate(monkeypatch) -> None:
    """The first two suspects at marks, the headline's first two pieces, open the spam's run
    (atmarks.opening_turn) only where the context model reads each as no subject of its clause:
    where it reads them on (the article's own subjects) the first gate answers so, and no seam
    is read (on main the page went through all four gates and the page test)."""
    from cleaner import lm
    context = lm.load(lm.find())
    if context is None:
        pytest.skip("no context model")
    read = _seams_read(monkeypatch)
    assert repair(_OWN_OPENING, headlines=("青山区启动老旧小区改造",), context=context) == (_OWN_OPENING, ())
    assert read == []
