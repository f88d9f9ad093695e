"""``wordfit.sides_of`` (the twentieth round: the sides of many occurrences in one loop, the
engine's methods bound once) and ``wordfit.sides`` against the plain computation, a walk a
character at a time: random paragraphs of CJK characters of every block, the characters just
outside each block, marks and Latin, random occurrences in them."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import lm, wordfit

#: CJK characters of each block and its edges, and their neighbours outside every block.
_CJK_CHARS = "\u4e00\u4e2d\u6587\u9fff\u3400\u4dbf\uf900\ufaff"
_OTHER = "\u4dc0\u4dff\u3000\u33ff\ua000\uf8ff\ufb00\uff0c\u3002a1 \n"


def _plain(text: str, start: int, end: int) -> tuple[str, str]:
    """Up to CONTEXT CJK characters each side, a character at a time."""
    left, k = "", start - 1
    while k >= 0 and len(left) < wordfit.CONTEXT and lm.IS_CJK.match(text[k]):
        left, k = text[k] + left, k - 1
    right, k = "", end
    while k < len(text) and len(right) < wordfit.CONTEXT and lm.IS_CJK.match(text[k]):
        right, k = right + text[k], k + 1
    return left, right


@st.composite
def _page(draw: st.DrawFn, alphabet: str) -> tuple[list[str], list[SimpleNamespace]]:
    paragraphs = draw(st.lists(st.text(alphabet=st.sampled_from(alphabet), max_size=12), min_size=1, max_size=4))
    found = []
    for _ in range(draw(st.integers(0, 8))):
        p = draw(st.integers(0, len(paragraphs) - 1))
        start = draw(st.integers(0, len(paragraphs[p])))
        end = draw(st.integers(start, len(paragraphs[p])))
        found.append(SimpleNamespace(paragraph=p, start=start, end=end))
    return paragraphs, found


@settings(max_examples=300, deadline=None)
@given(st.one_of(_page(_CJK_CHARS + _OTHER), _page(_CJK_CHARS)))
def test_sides_of_random_windows(page: tuple[list[str], list[SimpleNamespace]]) -> None:
    paragraphs, found = page
    want = [_plain(paragraphs[o.paragraph], o.start, o.end) for o in found]
    assert wordfit.sides_of(paragraphs, found) == want
    assert [wordfit.sides(paragraphs[o.paragraph], o) for o in found] == want


def test_sides_of_edges() -> None:
    # The blocks' first and last characters, their neighbours just outside, the text's ends.
    paragraphs = ["\u4e00\u9fff\u4e00AB\u9fff\u4e00\u9fff", "\u4dc0\u4e00\u3400AB\ua000\u9fff", "\u4e2dAB"]
    found = [SimpleNamespace(paragraph=0, start=3, end=5), SimpleNamespace(paragraph=1, start=3, end=5),
             SimpleNamespace(paragraph=2, start=1, end=3), SimpleNamespace(paragraph=0, start=0, end=8)]
    assert wordfit.sides_of(paragraphs, found) == [
        ("\u4e00\u9fff\u4e00", "\u9fff\u4e00\u9fff"), ("\u4e00\u3400", ""), ("\u4e2d", ""), ("", "")]


#: Characters that make words of the list with each other (中国, 国人, 人民, 大学, 学生 ...).
_WORDY = "中国人民大学生"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.text(alphabet=_WORDY, max_size=3), st.text(alphabet=_WORDY, min_size=2, max_size=3),
                          st.text(alphabet=_WORDY, max_size=3)), min_size=1, max_size=6))
def test_junctions_and_bindings_are_the_word_models_costs_each(windows: list[tuple[str, str, str]]) -> None:
    # One loop for many occurrences (the twenty-first round) sets what the costs say of each.
    found = [SimpleNamespace(piece=piece, junc=0, bind=0) for _, piece, _ in windows]
    sides = [(left, right) for left, _, right in windows]
    wordfit.junctions(found, sides)
    wordfit.bindings(found, sides)
    for o, (left, piece, right) in zip(found, windows):
        junc = lm.cost(left) + lm.cost(right) - lm.cost(left + right) if lm.bridged(left, right) else 0
        bind = (lm.cost(left) + lm.cost(piece) + lm.cost(right) - lm.cost(left + piece + right)
                if lm.bridged(left, piece) or lm.bridged(piece, right) else 0)
        assert (o.junc, o.bind) == (junc, bind)
