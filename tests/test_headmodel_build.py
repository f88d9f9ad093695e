"""headmodel.build walks its pieces and positions a bounded number of times (README "### Speed",
the twenty-sixth round, ``buildrest``): the spans listed as they are cut, not sorted a piece; the
start's tests made once a position; a headline of one clause has its digit gaps made once; only
pieces opening on a function character asked whether all are; a stretch one longer than a piece
tested only where it holds a function character (the twenty-eighth round, ``injcost5``); a
headline's CJK runs segmented once for its units and its known share, its bounds made in order
and never sorted (the twenty-eighth round, ``hmcost``); a stretch walked for a function character
inside only where it holds one, and ``Model.opening`` reading the spans of only the pieces opening on
the headline's first character (the thirty-third round, ``headbuild``). The
Model stays the plain form's, and the three gap sets of a headline, made in one pass,
:func:`_mark_gaps`'s (``test_headmodel_speed.py``).

The headlines here are written for these tests.
"""

from __future__ import annotations

import dataclasses
import sys

import pytest

import cleaner.headmodel as hm
import cleaner.lm as lm
from cleaner.headmodel import _IS_CJK, _LEADING_NUMBER, SKIPPABLE, _span_tests, build

_HEADLINE = "建设這樣的城市，启动老旧小区改造与就差42个小区的改造之后"


@pytest.fixture(autouse=True)
def _cut_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each headline cut anew: what these tests count is asked while cutting, and a headline's
    cut is memoised (:func:`cleaner.headmodel._cut_one`)."""
    monkeypatch.setattr(hm, "_cut_one", hm._cut_one.__wrapped__)


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




def test_a_stretch_holding_no_function_character_is_not_walked_for_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """A headline without a function character: the cut makes a ``range`` a start (the ends),
    and none for the inner characters of a stretch of three or four (it fails with the inner
    walk made for every such stretch)."""
    headline = "启动老旧小区改造城市建设新春"
    assert not SKIPPABLE.intersection(headline)
    made = []
    code = hm._cut_one.__code__   # (unwrapped: _cut_afresh)

    def counted(*args: int) -> range:
        if sys._getframe(1).f_code is code:
            made.append(args)
        return range(*args)
    monkeypatch.setattr(hm, "range", counted, raising=False)
    model = build.__wrapped__((headline,))
    n = len(headline)
    assert len(made) == 1 + n, made
    assert len(model.pieces) == 2 * n - 3


def test_the_opening_reads_the_spans_of_the_pieces_opening_on_its_character() -> None:
    """``Model.opening`` is the plain form's (the pieces with a span at the first headline's
    first character the spam keeps), and it walks the spans of no piece opening on another
    character (it fails with every piece's spans walked)."""
    class Unread(tuple):  # type: ignore[type-arg]
        def __iter__(self):  # type: ignore[no-untyped-def]
            raise AssertionError("walked")
    for headlines in [("的城市，启动老旧小区改造与就差42个小区", "城市建设"), ("城市的城市改造",), ("的了",)]:
        model = build.__wrapped__(headlines)
        first = next((i for i, c in enumerate(model.seqs[0]) if c not in model.skippable), -1)
        plain = frozenset(p for p, spans in model.pieces.items() if any(h == 0 and s == first for h, s, _ in spans))
        head = model.seqs[0][first] if first >= 0 else ""
        guarded = {p: spans if p[0] == head else Unread(spans) for p, spans in model.pieces.items()}
        assert dataclasses.replace(model, pieces=guarded).opening == plain
    assert plain == frozenset() and build.__wrapped__(("城市的城市改造",)).opening == {"城市", "城市的", "城市城"}


def _plain_unit_bounds(headline: str) -> tuple[set[int], int, int]:
    """``lm.unit_bounds`` as it was (a set, filled run by run), with ``lm.known_share``'s two
    counts: the characters read as words of two or more, and all of them."""
    bounds, known, k = {0}, 0, 0
    for part in lm._CJK.findall(headline):
        cuts = lm.segment(part)
        for a, b in zip(cuts, cuts[1:]):
            if b - a > 1:
                bounds.update((k + a, k + b))
                known += b - a
        k += len(part)
        bounds.add(k)
    return bounds, known, k


@pytest.mark.parametrize("headline", [
    "建设這樣的城市，启动老旧小区改造与就差42个小区的改造之后", "厦漳泉", "2025年厦漳泉都市圈建设这样干",
    "“一校一案”服务 春茶卖出好价", "患癌鄭威濤與銀保監", "42", "", "城市 城市 城"])
def test_a_headline_s_units_and_known_share_come_from_one_walk_in_order(
        headline: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """:func:`cleaner.lm.units_of` gives the unit bounds in order, each once, and the characters
    :func:`cleaner.lm.known_share` counts, segmenting each CJK run once: it fails with a bound
    repeated where a word ends a run, a run's end left out, or a word's characters miscounted;
    and on main, whose ``build`` segments each run twice (the bounds, the share) and sorts
    them three times (the twenty-eighth round, ``hmcost``)."""
    bounds, known, total = _plain_unit_bounds(headline)
    ordered, counted = lm.units_of(lm._CJK.findall(headline))
    assert ordered == sorted(bounds) and counted == known
    seq = "".join(_IS_CJK.findall(headline))
    assert lm.unit_bounds(seq, headline) == bounds | {len(seq)}
    assert lm.known_share((headline,)) == (known / total if total else 1.0)
    segmented: list[str] = []
    real = lm._segment
    monkeypatch.setattr(lm, "_segment", lambda text: segmented.append(text) or real(text))
    sorts: list[object] = []
    monkeypatch.setattr(hm, "sorted", lambda *a, **k: sorts.append(a[0]) or sorted(*a, **k), raising=False)
    model = build.__wrapped__((headline,))
    assert segmented == lm._CJK.findall(headline), segmented
    units = bounds | {len(seq)}
    assert not any(isinstance(s, frozenset) and s == units and len(s) > 2 for s in sorts), sorts
    assert model.units == frozenset(seq[a:b] for a, b in zip(ordered, ordered[1:]) if 2 <= b - a <= lm.MAX_WORD)


def test_a_headline_with_nothing_to_simplify_is_not_read_again_for_traditional_characters(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Its simplified form is itself: it is not traditional, and no character of it is a
    traditional function character; neither is asked character by character (fails on main,
    which asks ``lm.traditional`` of every headline)."""
    asked: list[str] = []
    real = lm.traditional
    monkeypatch.setattr(lm, "traditional", lambda text: asked.append(text) or real(text))
    model = build.__wrapped__(("建设这样的城市，启动老旧小区改造",))
    assert not asked and not model.traditional and model.skippable == SKIPPABLE
    model = build.__wrapped__(("建设這樣的城市",))
    assert asked and model.traditional and "這" in model.skippable


@pytest.mark.parametrize("places", [[], [0], [3], [0, 5], [1, 2, 3], [2, 6, 9, 10], [10]])
def test_the_first_place_after_each_position_is_the_plain_scan_s(places: list[int]) -> None:
    """``_next_after`` from the places in order, a run of positions a place, is the scan back
    from the end (it fails with a place counted as after itself, or the run past the last place
    one short)."""
    n = 10
    plain = [min((p for p in places if p > at), default=n + 1) for at in range(n + 1)]
    assert hm._next_after(places, n) == plain
