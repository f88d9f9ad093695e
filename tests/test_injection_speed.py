"""The injection repair's faster forms answer as the plain forms they replace (README "### Speed",
the twenty-second round, ``bodycost6``)."""

from __future__ import annotations

import dataclasses

from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner.headmodel import build
from cleaner.lm import lexicon
from cleaner.injection import _PROSE, _occ, _occurrences
from cleaner.occurrence import Occ
from cleaner.spread import cannot_start, in_latin, piece_places

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
