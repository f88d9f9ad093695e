"""The repair's sound gate before the page test (``injection._could_be_stuffed``): it answers
yes as soon as its counts say so (the nineteenth round), and must answer what counting every
occurrence answers."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner import injection
from cleaner.atmarks import MIN_TURN_PIECES
from cleaner.cycle import MIN_ALTERNATION, MIN_CHAIN
from cleaner.inside import MIN_READ_APART
from cleaner.spread import MIN_HALFWAY_PIECES
from cleaner.headmodel import build
from cleaner.occurrence import Occ, score


def _counted(found: list[Occ], read: bool, inside: float = 0.0) -> bool:
    """The gate with every occurrence counted before the answer (as written before the round)."""
    sure = suspects = 0
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
    return sure >= 2 or (sure > 0 and len(mark_pieces) >= MIN_HALFWAY_PIECES) \
        or (suspects >= MIN_CHAIN and len(pieces) >= 3) or (len(mark_pieces) >= 2 and sorted(
            mark_pieces.values())[-2] >= MIN_ALTERNATION // 2) or (read and len(mark_pieces) >= MIN_TURN_PIECES) or (read and len(
            {o.piece for o in found if not (o.after or o.word or o.ext or o.bound or o.bind)}) >= MIN_READ_APART)


_OCC = st.builds(
    lambda piece, after, ext, word, bound, bind, midway, value: Occ(
        0, 0, 2, piece, after, False, ext, word, bound, bind=bind, score=value, midway=midway),
    st.sampled_from(["甲乙", "乙丙", "丙丁", "丁戊", "戊己"]), st.booleans(), st.booleans(), st.booleans(),
    st.booleans(), st.sampled_from([0, 0, 12]), st.booleans(),
    st.sampled_from([-3.0, 0.0, 1.0, 2.0, 2.5, 3.5, 4.5, 6.0]))


@settings(max_examples=400, deadline=None)
@given(st.lists(_OCC, max_size=24), st.booleans(), st.sampled_from([0.0, 1.5]))
@example([Occ(0, 0, 2, p, True, False, False, True, False, score=2.0) for p in ("甲乙", "乙丙")], False, 1.5)
def test_the_gate_answers_what_counting_every_occurrence_answers(found: list[Occ], read: bool, inside: float) -> None:
    assert injection._could_be_stuffed(found, read, inside) == _counted(found, read, inside)


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
