"""The repair's sound gate before the page test (``injection._could_be_stuffed``): it answers
yes as soon as its counts say so (the nineteenth round), and must answer what counting every
occurrence answers; a run of the cut (suspects of three pieces, words at marks for the context
model) opens it only through pieces that can stand in one cut of the headline, the words at
marks only those the article writes inside its clauses at most ``MAX_INSIDE`` times (the
twenty-third round); of one sure insertion, only a cut at a mark opens it beside suspects at
marks of two pieces (the twenty-fourth round)."""

from __future__ import annotations

import itertools
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner import injection
from cleaner.atmarks import MAX_INSIDE, MAX_OPENING_GAP, MIN_TURN_PIECES
from cleaner.cycle import MIN_CHAIN
from cleaner.spamorder import MIN_ALTERNATION, MIN_WORD_TURNS
from cleaner.inside import MIN_READ_APART
from cleaner.spread import MIN_HALFWAY_PIECES
from cleaner.headmodel import build
from cleaner.occurrence import Occ, score


def _one_cut(pieces: set[str], spans: dict | None, need: int) -> bool:
    """Whether ``need`` of ``pieces`` stand apart at some of their spans (every choice tried)."""
    if spans is None:
        return len(pieces) >= need
    return any(all(h != g or e <= a or b <= s for (h, s, e), (g, a, b) in itertools.combinations(places, 2))
               for chosen in itertools.combinations(sorted(pieces), need)
               for places in itertools.product(*(spans[p] for p in chosen)))


def _counted(found: list[Occ], read: bool, inside: float = 0.0, spans: dict | None = None,
             opening: frozenset[str] = frozenset(), cuts: frozenset[str] | None = None,
             fresh: Callable[[Occ], bool] | None = None) -> bool:
    """The gate with every occurrence counted before the answer (as written before the
    nineteenth round, with the twenty-third round's pieces of one cut, the twenty-fourth's
    sure cuts at marks and the twenty-fifth's opening pair; two pieces in turn at marks as
    spamorder.alternating and words_in_turn count them: of ``cuts``, or at half of MIN_WORD_TURNS;
    the opening pair each ``fresh``, as atmarks.opening_turn reads them)."""
    at_marks: list[Occ] = []
    sure = suspects = sure_cuts = 0
    pieces: set[str] = set()
    mark_pieces: dict[str, int] = {}
    for o in found:
        value, ext = o.score + (inside if not o.after and not o.ext else 0.0), o.ext
        if o.midway and ext:
            value, ext = max(value, score(replace(o, ext=False))), False
        sure += value >= injection.SURE
        if value >= injection.THRESHOLD:
            suspects += 1
            pieces.add(o.piece)
            if o.after and not ext and not o.bound:
                mark_pieces[o.piece] = mark_pieces.get(o.piece, 0) + 1
                sure_cuts += value >= injection.SURE and not o.word
                at_marks.append(o)
    lead_fresh = fresh or (lambda o: True)
    opened = any(a.piece in opening and b.piece != a.piece and b.paragraph - a.paragraph <= MAX_OPENING_GAP
                 and _one_cut({a.piece, b.piece}, spans, 2) and lead_fresh(a) and lead_fresh(b)
                 for a, b in itertools.combinations(at_marks, 2))
    uses = Counter(o.piece for o in found if not o.after and not o.ext)
    fresh = {piece for piece in mark_pieces if uses[piece] <= MAX_INSIDE}
    return (read and opened) or sure >= 2 or (sure_cuts > 0 and len(mark_pieces) >= MIN_HALFWAY_PIECES) \
        or (suspects >= MIN_CHAIN and _one_cut(pieces, spans, 3)) or (len(turns := sorted(
            (count, cuts is None or piece in cuts) for piece, count in mark_pieces.items()
            if count >= MIN_ALTERNATION // 2)) >= 2 and (any(cut for _, cut in turns)
                                                          or turns[-2][0] >= MIN_WORD_TURNS // 2)) or (read and _one_cut(fresh, spans, MIN_TURN_PIECES)) or (read and len(
            {o.piece for o in found if not (o.after or o.word or o.ext or o.bound or o.bind)}) >= MIN_READ_APART)


_OCC = st.builds(
    lambda piece, after, ext, word, bound, bind, midway, value, paragraph: Occ(
        paragraph, 0, 2, piece, after, False, ext, word, bound, bind=bind, score=value, midway=midway),
    st.sampled_from(["甲乙", "乙丙", "丙丁", "丁戊", "戊己"]), st.booleans(), st.booleans(), st.booleans(),
    st.booleans(), st.sampled_from([0, 0, 12]), st.booleans(),
    st.sampled_from([-3.0, 0.0, 1.0, 2.0, 2.5, 3.5, 4.5, 6.0]), st.sampled_from([0, 0, 1, 2]))


#: What the context model might read of suspects at marks as no subject of their clause.
_FRESH = (lambda o: o.paragraph != 1, lambda o: o.piece != "甲乙", lambda o: o.score < 3.0)

#: The pieces' places in a headline whose bigrams are _OCC's pieces (each overlaps its neighbours).
_SPANS = build(("甲乙丙丁戊己",)).pieces


@settings(max_examples=400, deadline=None)
@given(st.lists(_OCC, max_size=24).map(lambda found: sorted(found, key=lambda o: o.paragraph)), st.booleans(),
       st.sampled_from([0.0, 1.5]), st.sampled_from([None, _SPANS]), st.sampled_from([frozenset(), frozenset({"甲乙"})]),
       st.sampled_from([None, frozenset(), frozenset({"甲乙"})]), st.sampled_from([None, *_FRESH]))
@example([Occ(0, 0, 2, p, True, False, False, True, False, score=2.0) for p in ("甲乙", "乙丙")], False, 1.5, None, frozenset(),
         None, None)
@example([Occ(0, 0, 2, p, False, False, False, False, False, score=2.0) for p in ("甲乙", "乙丙", "丙丁", "乙丙")], False, 0.0,
         _SPANS, frozenset(), None, None)
@example([Occ(k, 0, 2, p, True, False, False, True, False, score=2.5) for k, p in ((0, "甲乙"), (1, "丙丁"))], True, 0.0,
         _SPANS, frozenset({"甲乙"}), None, _FRESH[0])
@example([Occ(0, 0, 2, p, True, False, False, True, False, score=2.5) for p in ("甲乙", "丙丁") * 5], False, 0.0,
         None, frozenset(), frozenset(), None)
@example([Occ(0, 0, 2, p, True, False, False, True, False, score=2.5) for p in ("甲乙", "丙丁") * 6], False, 0.0,
         None, frozenset(), frozenset(), None)
def test_the_gate_answers_what_counting_every_occurrence_answers(found: list[Occ], read: bool, inside: float,
                                                                 spans: dict | None, opening: frozenset[str],
                                                                 cuts: frozenset[str] | None,
                                                                 fresh: Callable[[Occ], bool] | None) -> None:
    assert injection._could_be_stuffed(found, read, inside, spans, opening, cuts=cuts, fresh=fresh) \
        == _counted(found, read, inside, spans, opening, cuts, fresh)


@settings(max_examples=400, deadline=None)
@given(st.lists(_OCC, max_size=24).map(lambda found: sorted(found, key=lambda o: o.paragraph)), st.booleans(),
       st.sampled_from([0.0, 1.5]), st.sampled_from([None, _SPANS]), st.sampled_from([frozenset(), frozenset({"甲乙"})]),
       st.randoms(use_true_random=False))
def test_the_gate_walks_only_what_can_count_and_answers_the_same(found: list[Occ], read: bool, inside: float,
                                                                 spans: dict | None, opening: frozenset[str],
                                                                 rng: random.Random) -> None:
    # _judge hands the words inside clauses it leaves unscored apart (``quiet``): each a word,
    # not running on, below THRESHOLD with ``inside``; they count only as uses inside clauses
    # (fresh_turn's MAX_INSIDE), never as suspects nor as cuts read apart.
    quiet = [o for o in found if not o.after and not o.ext and o.word and o.score + inside < injection.THRESHOLD
             and rng.random() < 0.7]
    loud = [o for o in found if all(o is not q for q in quiet)]
    assert injection._could_be_stuffed(loud, read, inside, spans, opening, quiet=quiet) \
        == _counted(found, read, inside, spans, opening)


def test_the_gate_counts_the_quiet_words_as_uses_inside_clauses() -> None:
    # Three pieces at marks for the context model, one of them written inside clauses more than
    # MAX_INSIDE times by words left out of the walk: no fresh turn.
    spans = build(("青山区启动老旧小区改造",)).pieces
    at_marks = [_at(p, 2.5) for p in ("青山", "启动", "老旧")]
    own = [_at("青山", 0.0, after=False) for _ in range(MAX_INSIDE + 1)]
    assert injection._could_be_stuffed(at_marks, True, spans=spans)
    assert not injection._could_be_stuffed(at_marks, True, spans=spans, quiet=own)


def _at(piece: str, value: float, after: bool = True, word: bool = True) -> Occ:
    return Occ(0, 0, 2, piece, after, False, False, word, False, score=value)


def test_the_gate_opens_on_the_counts_and_on_the_cuts_read_inside_clauses_only_at_the_end() -> None:
    sure, plain = _at("甲乙", 4.0), _at("乙丙", 0.0)
    assert injection._could_be_stuffed([sure, plain, sure], False)   # two sure insertions
    assert not injection._could_be_stuffed([sure, plain, plain], False)   # one is not enough
    # Suspects of three pieces, four of them (a cycle), none sure.
    assert injection._could_be_stuffed([_at(p, 2.5) for p in ("甲乙", "乙丙", "丙丁", "甲乙")], False)
    assert not injection._could_be_stuffed([_at(p, 2.5) for p in ("甲乙", "乙丙", "丙丁")], False)
    # Cuts inside clauses of three pieces, scoring nothing: only with the context model to read them.
    cuts = [_at(p, 0.0, after=False, word=False) for p in ("甲乙", "乙丙", "丙丁")]
    assert injection._could_be_stuffed([sure, *cuts], True)
    assert not injection._could_be_stuffed([sure, *cuts], False)


def test_one_sure_insertion_opens_the_gate_beside_suspects_at_marks_only_as_a_cut_at_a_mark() -> None:
    # page_of() finds a page stuffed on one sure insertion and suspects at marks of two pieces
    # only through halfway_cut() (or a third piece at marks), which ask for a certain cut at a
    # mark: a sure word inside a clause (an article's 再就业 read at 3.75) or a word at a mark
    # beside them is no way (the twenty-fourth round).
    marks = [_at("甲乙", 2.0), _at("丙丁", 2.5)]   # three suspects: no run of the cut
    assert not injection._could_be_stuffed([_at("乙丙", 4.0, after=False, word=False), *marks], False)
    assert not injection._could_be_stuffed([_at("乙丙", 4.0), *marks], False)   # a word at a mark
    assert injection._could_be_stuffed([_at("乙丙", 4.0, word=False), *marks], False)   # a cut at a mark
    bound = replace(_at("乙丙", 4.0, word=False), bound=True)   # held by what follows: no cut
    assert not injection._could_be_stuffed([bound, *marks], False)


def test_a_cut_at_a_mark_running_on_into_an_occurrence_gets_no_cut_support() -> None:
    # _page triples a sure cut's support at a mark (CUT_SUPPORT) unless an occurrence starting
    # inside it ends beyond it (首批涉|启动老); the places' ends are made only for the first cut
    # that asks (the twentieth round), and must still be asked.
    model = build(("青山区启动老旧小区改造",))
    paragraphs = ("会上，动老旧小区改造的事有了眉目。", "今年启动两批，老旧楼道也修。")
    cut = Occ(0, 3, 5, "动老", True, False, False, False, False, score=4.0)
    word = Occ(1, 2, 4, "启动", False, False, False, True, False, score=4.0)
    apart = Occ(1, 7, 9, "老旧", True, False, False, True, False, score=4.0)   # 老旧 elsewhere
    running = Occ(0, 4, 6, "老旧", False, False, False, True, False, score=4.0)   # 动|老旧: the cut runs on
    page = injection._page(paragraphs, [cut, word, apart], model, set())
    assert page is not None and page.cycle == ["动老"]   # 3 x 4.0 over 启动 老旧's 8.0
    page = injection._page(paragraphs, [cut, word, running], model, set())
    assert page is not None and page.cycle == ["启动", "老旧"]


def test_a_run_of_the_cut_opens_the_gate_only_through_pieces_of_one_cut() -> None:
    # 职工的再就业 cut by the article's own words: 再就业 工再就 职工的 overlap (two of them at
    # most stand in one cut), so no run of the cut takes three pieces (cycling(), sparse()).
    spans = build(("职工的再就业",)).pieces
    inside = [_at(p, 2.0, after=False, word=False) for p in ("再就业", "工再就", "再就业", "职工的")]
    assert injection._could_be_stuffed(inside, False)   # the counts alone: four suspects, three pieces
    assert not injection._could_be_stuffed(inside, False, spans=spans)
    # Three pieces apart in the headline open it.
    spans = build(("青山区启动老旧小区改造",)).pieces
    apart = [_at(p, 2.0, after=False, word=False) for p in ("青山", "启动", "老旧", "青山")]
    assert injection._could_be_stuffed(apart, False, spans=spans)
    assert not injection._could_be_stuffed(apart[:3], False, spans=spans)   # three suspects: no run of four


def test_words_at_marks_open_the_gate_for_the_model_only_when_the_article_seldom_writes_them() -> None:
    # fresh_turn() reads only a word at a mark the article writes inside its clauses at most
    # MAX_INSIDE times: three pieces at marks, one of them its subject written twice inside.
    spans = build(("青山区启动老旧小区改造",)).pieces
    at_marks = [_at(p, 2.5) for p in ("青山", "启动", "老旧")]
    own = [_at("青山", 0.0, after=False)]
    assert injection._could_be_stuffed(at_marks + own, True, spans=spans)
    assert not injection._could_be_stuffed(at_marks + own * (MAX_INSIDE + 1), True, spans=spans)
    assert not injection._could_be_stuffed(at_marks + own, False, spans=spans)   # without the model
    # ... and three pieces of one cut: 老旧 旧小 老旧小 overlap.
    overlapping = [_at(p, 2.5) for p in ("老旧", "旧小", "老旧小")]
    assert injection._could_be_stuffed(overlapping, True)
    assert not injection._could_be_stuffed(overlapping, True, spans=spans)


_HEADLINE = "青山区启动老旧小区改造工程"
_SENTENCES = (
    "今年青山区启动了第二批改造，涉及十二个小区。", "居民反映，老旧楼道的灯长期不亮，雨天屋顶还漏水。",
    "区住建局表示，改造工程将在年底前完工，施工期间尽量减少对居民出行的影响。",
    "部分居民担心停车位减少，社区已经组织了三次协商会。", "改造内容包括外墙保温、管网更新和加装电梯等。",
    "青山区还将建立长效管理机制，由物业和社区共同维护小区环境。", "老旧小区改造是民生工程，也是发展工程。",
)
_CUTS = (("青山", "区启", "动老", "旧小", "区改", "造工"), ("青山区", "启动", "老旧", "小区", "改造", "工程"))


def _page(rng: random.Random) -> tuple[str, ...]:
    """Paragraphs of the sentences above, stuffed (or not) with a cut of the headline: at marks
    or inside clauses, in the cut's turn or at random, densely or sparsely."""
    paragraphs = ["".join(rng.choice(_SENTENCES) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(2, 5))]
    if rng.random() < 0.2:
        return tuple(paragraphs)
    cut, turn, at_marks, every = rng.choice(_CUTS), rng.random() < 0.5, rng.random() < 0.6, rng.choice((1, 2, 4, 8))
    k = rng.randrange(len(cut))
    out = []
    for text in paragraphs:
        places = [i + 1 for i, ch in enumerate(text[:-1]) if ch in "，。、"] if at_marks else \
            list(range(2, len(text) - 1, 5))
        for n, at in enumerate(reversed(places)):
            if n % every == 0:
                piece = cut[k % len(cut)] if turn else rng.choice(cut)
                text, k = text[:at] + piece + text[at:], k + 1
        out.append(text)
    return tuple(out)


@pytest.mark.parametrize("with_model", [False, True])
def test_the_gates_shut_no_page_the_page_test_would_repair(monkeypatch: pytest.MonkeyPatch, with_model: bool) -> None:
    """Every gate of ``_judge`` is a shortcut: with all of them open the repair must do what it
    does with them (random pages of invented sentences, stuffed every way or not at all)."""
    from cleaner import lm
    context = lm.load(lm.find()) if with_model else None
    if with_model and context is None:
        pytest.skip("no context model")
    rng = random.Random(23)
    pages = [_page(rng) for _ in range(200)]
    gated = [injection.repair(p, headlines=(_HEADLINE,), context=context) for p in pages]
    monkeypatch.setattr(injection, "_could_be_stuffed", lambda *args, **kwargs: True)
    assert [injection.repair(p, headlines=(_HEADLINE,), context=context) for p in pages] == gated
    assert sum(bool(repairs) for _, repairs in gated) >= 100   # pages the repair changes among them


def test_two_words_at_marks_open_the_gate_only_as_a_strict_turn_could_take_them() -> None:
    # page_of() finds two pieces at marks (no sure insertion) stuffed only in strict turn:
    # spamorder.alternating() (eight in turn, each at half of them) when one of the two is a cut
    # across the headline's words, words_in_turn() (a dozen, each at six) when both are words.
    # An article that opens clauses with its headline's two names four or five times each is
    # neither, and no later gate need read its seams.
    names = [_at(p, 2.5) for p in ("甲乙", "丙丁") * 5]
    assert not injection._could_be_stuffed(names, False, cuts=frozenset())
    assert injection._could_be_stuffed(names, False, cuts=frozenset({"丙丁"}))   # a cut among them
    assert injection._could_be_stuffed(names, False)   # the cut unknown: any piece may be one
    assert not injection._could_be_stuffed(names[:7], False, cuts=frozenset({"丙丁"}))   # 甲乙 four, 丙丁 three
    dozen = [_at(p, 2.5) for p in ("甲乙", "丙丁") * 6]
    assert injection._could_be_stuffed(dozen, False, cuts=frozenset())   # words_in_turn's dozen


def test_the_opening_pair_opens_the_gate_only_where_the_model_reads_both_as_no_subject() -> None:
    # atmarks.opening_turn() takes the page's first two suspects at marks, the cut's first two
    # pieces, only when the context model reads each as no subject of its clause: a pair that is
    # the article's own subjects (read on from) opens no gate, and the model is asked only of a
    # pair (a suspect of an opening piece with none after it is not read).
    spans = build(("青山区启动老旧小区改造",)).pieces
    pair = [replace(_at("青山区", 2.5), paragraph=0), replace(_at("启动", 2.5), paragraph=1)]
    asked: list[str] = []

    def reads(answer: bool) -> Callable[[Occ], bool]:
        def fresh(o: Occ) -> bool:
            asked.append(o.piece)
            return answer or o.piece == "启动"
        return fresh
    opening = frozenset({"青山", "青山区"})
    assert injection._could_be_stuffed(pair, True, spans=spans, opening=opening)   # no model: any pair
    assert injection._could_be_stuffed(pair, True, spans=spans, opening=opening, fresh=reads(True))
    assert not injection._could_be_stuffed(pair, True, spans=spans, opening=opening, fresh=reads(False))
    asked.clear()
    assert not injection._could_be_stuffed(pair[:1], True, spans=spans, opening=opening, fresh=reads(True))
    assert asked == []
