"""headmodel.build tests each stretch of a headline once and gives a piece the tests all its
stretches pass (README "### Speed", the twenty-sixth round, ``hmbuild``): the same Model as the plain
form it replaced, which asked each piece's tests over its spans, and simplified piece by piece.

The headlines here are written for these tests.
"""

from __future__ import annotations

import dataclasses
import itertools

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import cleaner.headmodel as hm
import cleaner.lm as lm
from cleaner.cycle import Span
from cleaner.headmodel import (_CLAUSE, _IS_CJK, _LEADING_NUMBER, _SPACE, _SPACES, MAX_PIECE, MIN_KNOWN,
                               MIN_PIECE, SKIPPABLE, Model, _span_tests, build)

#: What the headlines are made of: words of the list, function characters (traditional ones too),
#: a run of names it does not know, traditional words, digits, letters, marks and spaces.
_BITS = ["建设", "这样", "城市", "改造", "的", "了", "這", "與", "鄭威濤", "銀保監", "患癌", "启动",
         "老旧", "小区", "42", "5", "号线", "Lee", "，", "？", "“", "”", " ", "　", "-", "之", "就差"]


def _fields(model: Model) -> tuple[object, ...]:
    return tuple(getattr(model, f.name) for f in dataclasses.fields(model))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_BITS), min_size=1, max_size=12).map("".join), min_size=1, max_size=3))
@example(["患癌鄭威濤與銀保監"])
@example(["好险就差42个 这样建设"])
def test_the_model_is_the_plain_form_s(headlines: list[str]) -> None:
    """Every field, the pieces' spans and order included, as the plain form makes it: it fails
    with a test ANDed over the wrong spans, a dropped character's span counted as crossing, or a
    table off by one position."""
    made, plain = build.__wrapped__(tuple(headlines)), _plain_build(tuple(headlines))
    assert _fields(made) == _fields(plain)
    assert list(made.pieces) == list(plain.pieces)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_BITS), min_size=1, max_size=14).map("".join))
@example("患癌鄭威濤與銀保監")
def test_each_stretch_s_bits_are_the_plain_tests(headline: str) -> None:
    """Each stretch the pieces are cut from has the bit of each test the plain form asks of it
    (:func:`_splits_word`, :func:`_splitting`, :func:`_straddles`, the gaps, marks and spaces):
    it fails with a position table off by one, or a test's bit given on the wrong side."""
    seq = "".join(_IS_CJK.findall(headline))
    bounds, gaps = lm.unit_bounds(seq, headline), lm.digit_gaps(headline)[1]
    starts = gaps | ({0} if _LEADING_NUMBER.match(headline) else set())
    skippable = SKIPPABLE | {c for c in seq if lm.simplify(c) in SKIPPABLE}
    marks, apart, spaces = _mark_gaps(headline), _mark_gaps(headline, None), _mark_gaps(headline, _SPACES)
    tests = _span_tests(headline, seq, lm.simplify(seq), bounds, gaps, starts, skippable, lm.lexicon())
    for start in range(len(seq)):
        for end in range(start + MIN_PIECE, min(len(seq), start + MAX_PIECE + 1) + 1):
            def across(places: frozenset[int]) -> bool:
                return any(start < g < end for g in places)
            expected = {
                hm._CROSSES: across(bounds), hm._WITHIN: not across(bounds), hm._GAPPED: across(gaps | marks),
                hm._NUMBERED: start in starts,
                hm._INWARD: (start not in bounds and start not in starts and seq[start - 1] not in skippable
                             and lm.simplify(seq[start - 1:start + 1]) in lm.lexicon()),
                hm._STRADDLING: _straddles(seq, bounds, start, end), hm._SPLITTING: _splitting(seq, bounds, start, end),
                hm._SPLITS_WORD: _splits_word(seq, bounds, start, end), hm._BRIDGING: across(apart),
                hm._SPACED: across(spaces)}
            bits = tests(start, end)
            assert {bit: bool(bits & bit) for bit in expected} == expected, (start, end)


@pytest.mark.parametrize("headline", ["好险就差42个 这样建设", "建设這樣的城市，启动老旧小区改造"])
def test_without_a_word_list_the_model_is_the_plain_form_s(headline: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """No word list: no cuts, and the rest as the plain form makes it."""
    monkeypatch.setattr(lm, "lexicon", lambda: {})
    monkeypatch.setattr(hm, "_cut_one", hm._cut_one.__wrapped__)   # (its memo's cuts read the list)
    made, plain = build.__wrapped__((headline,)), _plain_build((headline,))
    assert not made.cuts
    assert _fields(made) == _fields(plain)


def test_a_headline_is_simplified_in_calls_not_growing_with_its_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """The headlines and the pieces are simplified in one call each (and one to tell a traditional
    headline), not once a character and three times a piece: it fails with ``simplify`` asked
    in the loop that cuts the pieces, or a piece at a time."""
    headline = "建设這樣的城市，启动老旧小区改造与就差42个小区的改造之后"
    build.__wrapped__((headline,))   # the word list's segmentations cached
    calls = []
    real = lm.simplify
    monkeypatch.setattr(lm, "simplify", lambda text: calls.append(text) or real(text))
    build.__wrapped__((headline,))
    assert len(calls) <= 3, len(calls)


def test_a_simplified_headline_s_pieces_are_not_simplified_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """A headline simplify leaves as it is (most) has pieces it leaves so too: once the headline
    is cut (its cut memoised), its model asks ``simplify`` nothing, and is the plain form's all the
    same (a traditional headline's is, by the tests above). It fails with the pieces joined and
    simplified again."""
    headline = "建设这样的城市，启动老旧小区改造与就差42个小区的改造之后"
    build.__wrapped__((headline,))   # its cut memoised
    calls = []
    real = lm.simplify
    monkeypatch.setattr(lm, "simplify", lambda text: calls.append(text) or real(text))
    made = build.__wrapped__((headline,))
    assert calls == []
    assert _fields(made) == _fields(_plain_build((headline,)))


def test_the_characters_of_the_headlines_are_a_set() -> None:
    """``Model.chars`` is the set of the headlines' characters but spaces (and the NUL that parts
    the forms), made once a model: ``occsearch._occurrences`` takes the marks from it without
    making a set of a string each call. It fails with the characters as a string."""
    model = build(("好险就差42个 这样建设", "建设這樣的城市，老旧小区"))
    assert model.chars == frozenset("好险就差42个这样建设這樣的城市，老旧小区")


@pytest.mark.parametrize("subtitle", ["启动老旧小区改造与就差42个", "與鄭威濤這樣的建设"])
def test_a_subtitle_s_model_cuts_the_title_no_more(subtitle: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A text dump asks for its title's model, then the repair for the title's and subtitle's
    (README "### Speed", the thirty-first round, ``repcost3``): the second cuts the subtitle
    alone, the title's cut kept from the first, and is the plain form's model all the same (a
    traditional subtitle widens the characters a piece may drop, but none of the title's). It
    fails with the title cut again, or a cut kept across the headlines' places."""
    title = "建设這樣的城市，老旧小区改造"
    build.__wrapped__((title,))
    cut = []
    real = lm.units_of
    monkeypatch.setattr(lm, "units_of", lambda parts: cut.append("".join(parts)) or real(parts))
    made = build.__wrapped__((title, subtitle))
    assert cut == ["".join(hm._CJK_RUN.findall(subtitle))]
    assert _fields(made) == _fields(_plain_build((title, subtitle)))
    assert list(made.pieces) == list(_plain_build((title, subtitle)).pieces)
    assert _fields(build.__wrapped__((subtitle, title))) == _fields(_plain_build((subtitle, title)))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_BITS), min_size=1, max_size=14).map("".join))
@example("“建设”， 这样-42城市")
@example("，建设42")
def test_the_three_gap_sets_are_mark_gaps_s(headline: str) -> None:
    """One pass gives what :func:`_mark_gaps` gives for clause marks, for anything but CJK
    characters and for spaces: it fails with a gap before the first CJK run or after the last,
    or a mark between two runs missed."""
    gap_sets = getattr(hm, "_gap_sets", None)
    assert gap_sets is not None, "no one-pass gap sets"
    assert gap_sets(headline) == (_mark_gaps(headline), _mark_gaps(headline, None), _mark_gaps(headline, _SPACES))


def _plain_build(headlines: tuple[str, ...]) -> Model:
    """``build`` as it was: each piece's tests asked over its spans, one generator a piece."""
    found: dict[str, set[Span]] = {}
    forms: list[str] = []
    seqs = tuple("".join(_IS_CJK.findall(headline)) for headline in headlines)
    units = [lm.unit_bounds(seq, headline) for seq, headline in zip(seqs, headlines)]
    whole_units: set[str] = set()   # pieces made of whole units of a headline
    gaps = [lm.digit_gaps(headline) for headline in headlines]
    marks = [_mark_gaps(headline) for headline in headlines]
    apart = [_mark_gaps(headline, None) for headline in headlines]
    spaces = [_mark_gaps(headline, _SPACES) for headline in headlines]
    for h_index, headline in enumerate(headlines):
        seq, bounds = seqs[h_index], units[h_index]
        forms += [_SPACE.sub("", headline), *(lm.digit_gaps(part)[0] for part in _CLAUSE.split(headline))]
        for start in range(len(seq)):
            for end in range(start + MIN_PIECE, min(len(seq), start + MAX_PIECE + 1) + 1):
                whole = seq[start:end]
                if len(whole) <= MAX_PIECE:
                    found.setdefault(whole, set()).add((h_index, start, end))
                    if start in bounds and end in bounds:
                        whole_units.add(whole)
                # The same stretch with one inner function character dropped.
                for k in range(start + 1, end - 1):
                    if lm.simplify(seq[k]) in SKIPPABLE:  # 這 as 这
                        short = seq[start:k] + seq[k + 1:end]
                        if MIN_PIECE <= len(short) <= MAX_PIECE:
                            found.setdefault(short, set()).add((h_index, start, end))
                            # Whole units only when the character dropped is one too (好险|就差
                            # -> 好险差 keeps half of 就差: a cut).
                            if {start, k, k + 1, end} <= bounds:
                                whole_units.add(short)
    pieces_ = {p: tuple(sorted(spans)) for p, spans in found.items()}
    # Without a word list no piece can be shown to cut across words: all count as words. Nor
    # where the list knows too little of the headlines (traditional characters, a string of
    # names): a piece of words it does not know is no cut -- but for one that goes half-way
    # into a word the list does know wherever it stands (写好文, 案一字 of 写好|文案|一字就够):
    # no name the list does not know ends or begins inside one of its words.
    cuts = frozenset(p for p in pieces_ if lm.simplify(p) not in lm.lexicon() and p not in whole_units)
    if not lm.lexicon():
        cuts = frozenset()
    elif lm.known_share(headlines) < MIN_KNOWN:
        cuts = frozenset(p for p in cuts if all(_splits_word(seqs[h], units[h], s, e) for h, s, e in pieces_[p]))
    # A piece made only of function characters (的是, 这是) is too common to mean anything, but
    # for a cut that straddles two of the headline's units as it stands (及个 of 涉及|42个).
    for piece in [p for p in pieces_ if all(c in SKIPPABLE for c in lm.simplify(p))]:
        if piece not in cuts or not all(e - s == len(piece) and any(s < b < e for b in units[h])
                                        for h, s, e in pieces_[piece]):
            del pieces_[piece]
    cuts = frozenset(p for p in cuts if p in pieces_)
    chars = frozenset("".join(forms)) - {"\x00"}
    words = frozenset(seq[a:b] for seq, bounds in zip(seqs, units)
                      for a, b in itertools.pairwise(sorted(bounds)) if 2 <= b - a <= lm.MAX_WORD)
    skippable = SKIPPABLE | {c for c in "".join(seqs) if lm.simplify(c) in SKIPPABLE}
    gapped = frozenset(p for p, spans in pieces_.items()
                       if all(e - s > len(p) or any(s < g < e for g in gaps[h][1] | marks[h]) for h, s, e in spans))
    entering = frozenset(seq[a:b + 1] for seq, bounds in zip(seqs, units)
                         for b, e in itertools.pairwise(sorted(bounds))
                         if e - b > 1 and lm.simplify(seq[b:e]) in lm.lexicon()
                         for a in range(max(0, b - MAX_PIECE), b - 1))   # a piece and one character
    # Where a number stood right before a character: the gaps, and the start after a leading one.
    starts = [gaps[h][1] | ({0} if _LEADING_NUMBER.match(headline) else set())
              for h, headline in enumerate(headlines)]
    numbered = frozenset(p for p, spans in pieces_.items() if all(s in starts[h] for h, s, _ in spans))
    inward = frozenset(p for p in pieces_ if all(
        s not in units[h] and s not in starts[h] and seqs[h][s - 1] not in skippable
        and lm.simplify(seqs[h][s - 1:s + 1]) in lm.lexicon()
        for h, s, _ in pieces_[p]))
    straddling = frozenset(p for p in cuts if all(_straddles(seqs[h], units[h], s, e) or e - s > len(p)
                                                  for h, s, e in pieces_[p]))
    splitting = frozenset(p for p in cuts if all(_splitting(seqs[h], units[h], s, e) for h, s, e in pieces_[p]))
    bridging = frozenset(p for p, spans in pieces_.items()
                         if all(any(s < g < e for g in apart[h]) for h, s, e in spans))
    within = frozenset(p for p, spans in pieces_.items()
                       if all(e - s == len(p) and not any(s < b < e for b in units[h]) for h, s, e in spans))
    spaced = frozenset(p for p, spans in pieces_.items()
                       if all(any(s < g < e for g in spaces[h]) for h, s, e in spans))
    return Model(pieces_, "\x00".join(forms), chars, seqs, cuts, words,
                  frozenset(skippable), lm.traditional("".join(seqs)), gapped, entering, numbered,
                  inward, straddling, splitting, bridging, within, spaced)


def _splits_word(seq: str, bounds: frozenset[int], start: int, end: int) -> bool:
    """Whether ``seq[start:end]`` begins or ends half-way into a unit that is a word of the list."""
    return any(at not in bounds and lm.simplify(seq[max(b for b in bounds if b < at):
                                                    min(b for b in bounds if b > at)]) in lm.lexicon()
               for at in (start, end))


def _splitting(seq: str, bounds: frozenset[int], start: int, end: int) -> bool:
    """Whether ``seq[start:end]`` begins half-way into a word of the list, or ends half-way into
    one after a whole unit of two characters or more (最后估 of 最后|估值; not 古村 of 古|村落,
    a word the list lacks)."""
    return _splits_word(seq, bounds, start, start) or (
        _splits_word(seq, bounds, end, end) and start in bounds and any(start + 2 <= b < end for b in bounds))


def _straddles(seq: str, bounds: frozenset[int], start: int, end: int) -> bool:
    """Whether ``seq[start:end]`` begins half-way into one unit of two characters or more and
    ends half-way into another, one of them at least a word of the list."""
    if start in bounds or end in bounds:
        return False
    units = [(max(b for b in bounds if b < at), min(b for b in bounds if b > at)) for at in (start, end)]
    return units[0] != units[1] and any(lm.simplify(seq[a:b]) in lm.lexicon() for a, b in units)


def _mark_gaps(headline: str, marks: frozenset[str] | None = hm._CLAUSE_MARKS) -> frozenset[int]:
    """``headmodel._gap_sets`` as it was, one set a pass: where a clause mark (any character but
    a CJK one, with ``marks`` None) stood between two characters of the headline's CJK sequence."""
    out, k, mark = set(), 0, False
    for ch in headline:
        if _IS_CJK.match(ch):
            if mark and k:
                out.add(k)
            k, mark = k + 1, False
        mark = mark or (ch in marks if marks is not None else not _IS_CJK.match(ch))
    return frozenset(out)
