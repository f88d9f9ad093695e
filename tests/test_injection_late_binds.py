"""The ``bind`` of a word inside a clause is read late (README "### Speed", the thirtieth round,
``repcost2``): in the first judgement a word inside a clause that splits none and is not written
twice over scores its seam at most, and ``bind`` only lowers it, so the gates and the page
test's counts read it the same whatever its ``bind``. Its ``bind`` is read past the last gate
where a seam lifts it above 0, and else only where ``page_of`` runs the cut through the plain
occurrences or the page is found stuffed (the second judgement takes it as ``known``)."""

from __future__ import annotations

import random

import pytest

from cleaner import injection, lm, pagegate, wordfit
from cleaner.headmodel import build
from cleaner.occurrence import Occ, score

from test_injection import CLEAN, HEADLINE, STUFF, stuff  # noqa: E402
from test_injection_gate import _HEADLINE, _page  # noqa: E402


class _Eager(wordfit.Unbound):
    """Every ``bind`` read as it is put off: the judgement as written before ``repcost2``."""

    def add(self, o, sides) -> None:   # noqa: ANN001
        super().add(o, sides)
        self.read()


def _pages() -> list[tuple[str, ...]]:
    rng = random.Random(31)
    return [_page(rng) for _ in range(160)]


def _late(o: Occ) -> bool:
    return not o.after and o.word and not o.junc and not o.echo and not o.ext


def test_a_page_the_page_test_clears_has_no_bind_read_of_its_words_inside_clauses(monkeypatch) -> None:
    """On pages that reach ``page_of`` and are not stuffed, no word inside a clause scoring 0 or
    below at the page test is given to ``bindings`` (on main all of them were, before the last
    gate); those a seam lifts above 0 are, and so is every plain occurrence of a stuffed page."""
    given: list[set[int]] = []
    cleared: list[int] = []
    first = [False]   # in a first judgement
    plain_bindings, plain_page, plain_judge = injection._bindings, injection._page, injection._judge

    def bindings(found, sides) -> None:   # noqa: ANN001
        given[-1].update(map(id, found))
        plain_bindings(found, sides)

    def judge(*args, **kwargs):   # noqa: ANN002, ANN003, ANN202
        first[0] = bool(kwargs.get("stuffed_only"))
        return plain_judge(*args, **kwargs)

    def page_of(paragraphs, found, *args, **kwargs):   # noqa: ANN001, ANN002, ANN003, ANN202
        page = plain_page(paragraphs, found, *args, **kwargs)
        if first[0] and (page is None or not page.stuffed):
            late = [o for o in found if _late(o) and o.score <= 0]
            assert not any(id(o) in given[-1] for o in late)
            assert all(id(o) in given[-1] for o in found if _late(o) and o.score > 0)
            cleared.append(len(late))
        return page
    monkeypatch.setattr(injection, "_bindings", bindings)
    monkeypatch.setattr(injection, "_page", page_of)
    monkeypatch.setattr(injection, "_judge", judge)
    for paragraphs in _pages():
        given.append(set())
        injection.repair(paragraphs, headlines=(_HEADLINE,))
    assert len(cleared) >= 5 and sum(cleared) >= 50
    judged: list[list[Occ]] = []

    def watched(paragraphs, found, *args, **kwargs):   # noqa: ANN001, ANN002, ANN003, ANN202
        judged.append(found)
        return plain_judge(paragraphs, found, *args, **kwargs)
    monkeypatch.setattr(injection, "_judge", watched)
    monkeypatch.setattr(injection, "_page", plain_page)
    given.append(set())
    fixed, made = injection.repair(stuff(CLEAN, STUFF)[0], headlines=(HEADLINE,))
    assert fixed == CLEAN and made and len(judged) == 2
    assert all(id(o) in given[-1] for o in judged[0] if not o.ext)


@pytest.mark.parametrize("with_model", [False, True])
def test_the_repair_with_binds_read_late_answers_as_with_every_bind_read_first(
        monkeypatch: pytest.MonkeyPatch, with_model: bool) -> None:
    """Random pages of invented sentences, stuffed every way or not at all: the repairs, each
    judgement's page (its cut, order, verdict, sure insertions), the ``bind`` and score of every
    occurrence it reads (all of them in a second judgement) are those of every ``bind`` read first. Fails
    with the plain occurrences' binds left unread where ``page_of`` runs the cut through them, or
    with the unit ``place`` took off a score lost when its ``bind`` is read."""
    context = lm.load(lm.find()) if with_model else None
    if with_model and context is None:
        pytest.skip("no context model")
    pages: list[list[tuple]] = []
    plain_page = pagegate.page_of

    def page_of(*args, **kwargs):   # noqa: ANN002, ANN003, ANN202
        page = plain_page(*args, **kwargs)
        # (A first judgement's words inside clauses at 0 or below may have their bind unread.)
        found = [o for o in args[1] if kwargs.get("unbound") is None or not _late(o) or o.score > 0]
        pages[-1].append(None if page is None else (
            page.cycle, page.cyclic, page.stuffed, page.inside, page.marks, page.after_only,
            [(o.paragraph, o.start, o.piece, o.score) for o in page.sure],
            [(o.paragraph, o.start, o.piece, o.ext, o.bind, o.score) for o in found]))
        return page
    monkeypatch.setattr(injection, "_page", page_of)

    def run() -> tuple[list, list]:
        pages.clear()
        repaired = []
        for paragraphs in _pages():
            pages.append([])
            repaired.append(injection.repair(paragraphs, headlines=(_HEADLINE,), context=context))
        return repaired, [list(p) for p in pages]
    late = run()
    monkeypatch.setattr(injection, "Unbound", _Eager)
    eager = run()
    assert late == eager
    assert sum(bool(repairs) for _, repairs in late[0]) >= 60


def test_a_bind_read_late_keeps_what_was_taken_off_the_score() -> None:
    """``Unbound.read``: the scores the first read finds are ``score``'s; a unit taken off a
    score after it stays off once ``bind`` is read, the sum as exact as with ``bind`` first."""
    text = "大都市报社"
    o = Occ(0, 1, 3, "都市", False, False, False, True, False)
    sides = wordfit.sides(text, o)
    late = wordfit.Unbound(wordfit.bindings, score)
    late.add(o, sides)
    late.read(lambda x: x.score > 0)   # none above 0: nothing read
    assert o.bind == 0 and o.score == 0.0
    o.score -= pagegate.W_OFF_PLACE
    late.read()
    first = Occ(0, 1, 3, "都市", False, False, False, True, False)
    wordfit.binding(first, *sides)
    assert first.bind > 0 and o.bind == first.bind
    assert o.score == score(first) - pagegate.W_OFF_PLACE
    late.read()   # read once
    assert o.score == score(first) - pagegate.W_OFF_PLACE


def test_the_page_test_reads_the_late_binds_before_its_run_through_the_plain_occurrences() -> None:
    """``page_of`` asks ``unbound`` where its run of the cut goes through the plain occurrences:
    eight in the cut's turn (two split words, six words a seam lifts to 1.5), and after them two
    of the article's words out of the turn, binding to their neighbours (a ``bind`` of 40 scores
    them -3.0, out of the run's pool). Read first, the page cycles (a run of 8 of 8); left
    unread, the two words at 0 make the pool 10 and the run is no longer far beyond chance. Through ``Unbound``, the page is the one of every bind read."""
    a, b, c = "甲乙", "丙丁", "戊己"
    model = build(("甲乙丙丁戊己",))
    text, spots = "", []
    for piece in (a, b, c, a, b, c, a, b, a, a):   # the run, then two words out of its turn
        text += "我们看到" + piece
        spots.append((len(text) - 2, piece))
    text += "。"

    def occurrences(bound: bool) -> list[Occ]:
        found = []
        for k, (at, piece) in enumerate(spots):
            split = k in (0, 3)
            o = Occ(0, at, at + 2, piece, False, False, False, not split, False)
            o.junc = 40 if split else 0
            o.seam = 1 if k < 8 else 0
            o.bind = 40 if bound and k >= 8 else 0
            o.score = score(o)
            found.append(o)
        return found

    def page(found: list[Occ], **kwargs: object) -> tuple:
        p = pagegate.page_of((text,), found, model, {a, b, c}, **kwargs)   # type: ignore[arg-type]
        assert p is not None
        return p.cycle, p.cyclic, p.stuffed, [(o.start, o.score) for o in p.sure]

    first = page(occurrences(True))
    assert first[:3] == ([a, b, c], True, True)
    assert page(occurrences(False))[1:3] == (False, False)   # the words' binds unread

    def read(found: list[Occ], sides: list[tuple[str, str]]) -> None:
        for o in found:
            o.bind = 40
    found = occurrences(False)
    late = wordfit.Unbound(read, score)
    for o in found[8:]:
        late.add(o, ("", ""))
    late.read(lambda o: o.score > 0)
    assert page(found, unbound=late.read) == first
    assert [o.bind for o in found[8:]] == [40, 40]
