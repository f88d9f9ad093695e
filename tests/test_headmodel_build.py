"""headmodel.build walks its pieces and positions a bounded number of times (README "### Speed",
the twenty-sixth round, ``buildrest``): the spans listed as they are cut, not sorted a piece; the
start's tests made once a position; a headline of one clause has its digit gaps made once; only
pieces opening on a function character asked whether all are; a stretch one longer than a piece
tested only where it holds a function character (the twenty-eighth round, ``injcost5``). The
Model stays the plain form's, and the three gap sets of a headline, made in one pass,
:func:`_mark_gaps`'s (``test_headmodel_speed.py``).

The headlines here are written for these tests.
"""

from __future__ import annotations

import pytest

import cleaner.headmodel as hm
import cleaner.lm as lm
from cleaner.headmodel import _IS_CJK, _LEADING_NUMBER, SKIPPABLE, _span_tests, build

_HEADLINE = "建设這樣的城市，启动老旧小区改造与就差42个小区的改造之后"


def test_the_spans_are_not_sorted_a_piece(monkeypatch: pytest.MonkeyPatch) -> None:
    """The spans come out of the cutting loop in order: ``sorted`` is asked a few times a
    headline (its bounds), not once a piece."""
    build.__wrapped__((_HEADLINE,))
    calls = []
    monkeypatch.setattr(hm, "sorted", lambda *a, **k: calls.append(1) or sorted(*a, **k), raising=False)
    model = build.__wrapped__((_HEADLINE, "城市建设"))
    assert len(model.pieces) > 40
    assert len(calls) <= 3 * 2 + 1, len(calls)


def test_the_start_s_tests_are_made_once_a_position() -> None:
    """Whether a number stood before the start is asked once a position (and once more for
    ``inward``'s table), not once a stretch as well."""
    class Counted(frozenset):  # type: ignore[type-arg]
        asked = 0

        def __contains__(self, item: object) -> bool:
            Counted.asked += 1
            return super().__contains__(item)
    headline = _HEADLINE.split("，")[1]
    seq = "".join(_IS_CJK.findall(headline))
    bounds, gaps = lm.unit_bounds(seq, headline), lm.digit_gaps(headline)[1]
    starts = Counted(gaps | ({0} if _LEADING_NUMBER.match(headline) else set()))
    tests = _span_tests(headline, seq, lm.simplify(seq), bounds, gaps, starts, SKIPPABLE, lm.lexicon())
    for start in range(len(seq)):
        for end in range(start + 2, min(len(seq), start + 4) + 1):
            tests(start, end)
    assert Counted.asked <= 2 * (len(seq) + 1), (Counted.asked, len(seq))


def test_a_headline_without_a_clause_mark_has_its_digit_gaps_made_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Its one clause is the headline: :func:`cleaner.lm.digit_gaps` is not asked of it twice."""
    calls = []
    real = lm.digit_gaps
    monkeypatch.setattr(lm, "digit_gaps", lambda text: calls.append(text) or real(text))
    build.__wrapped__(("就差42个小区的改造", "建设這樣的城市，启动老旧小区"))
    assert len(calls) == 1 + 1 + 2, calls


def test_only_pieces_opening_on_a_function_character_are_asked_whether_all_are(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A piece made only of function characters opens on one: the others are not asked."""
    class Counted(frozenset):  # type: ignore[type-arg]
        asked = 0

        def issuperset(self, other: object) -> bool:  # type: ignore[override]
            Counted.asked += 1
            return super().issuperset(other)  # type: ignore[arg-type]
    monkeypatch.setattr(hm, "SKIPPABLE", Counted(SKIPPABLE))
    model = build.__wrapped__((_HEADLINE,))
    assert Counted.asked < len(model.pieces) // 2, (Counted.asked, len(model.pieces))


def test_a_stretch_one_longer_than_a_piece_is_tested_only_with_a_function_character(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A stretch of four characters gives a piece only with an inner function character
    dropped: one holding none is not tested (the twenty-eighth round, ``injcost5``)."""
    asked: list[tuple[int, int]] = []
    real = hm._span_tests

    def counted(*args: object) -> object:
        tests = real(*args)  # type: ignore[arg-type]
        return lambda start, end: asked.append((start, end)) or tests(start, end)
    monkeypatch.setattr(hm, "_span_tests", counted)
    headline = "启动老旧小区改造与就差小区的改造"   # 与 and 的 inside, 就 too: function characters
    build.__wrapped__((headline,))
    seq = "".join(_IS_CJK.findall(headline))
    fours = [(s, s + 4) for s in range(len(seq) - 3) if any(c in SKIPPABLE for c in seq[s + 1:s + 3])]
    pieces = [(s, e) for s in range(len(seq)) for e in range(s + 2, min(len(seq), s + 3) + 1)]
    assert sorted(asked) == sorted(pieces + fours), (len(asked), len(pieces), len(fours))
    assert 0 < len(fours) < len(seq) - 3


