"""cleaner.spread's page-wide shortcuts give what their plain forms give (the injection repair's
speed rests on them; its output must not move)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import SimpleNamespace

from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner import pagepairs
from cleaner.headmodel import build
from cleaner.lm import IS_CJK, lexicon, simplify
from cleaner.pagepairs import PairCounts, seams
from cleaner.spread import held_apart, held_at_marks, names, piece_places

#: A small alphabet: headline characters, others, marks, digits (both widths), a line break.
ALPHABET = "甲乙丙丁，。1２\n"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET, max_size=14), max_size=5),
       st.sets(st.text(alphabet="甲乙丙，", min_size=2, max_size=3), max_size=6))
def test_piece_places_are_every_piece_of_each_prose_paragraph(paragraphs: list[str], pieces: set[str]) -> None:
    marks = frozenset("，。")
    expected = [(k, i, piece) for k, text in enumerate(paragraphs) if not marks.isdisjoint(text)
                for i in range(len(text)) for piece in sorted(pieces, key=len) if text.startswith(piece, i)]
    assert piece_places(paragraphs, pieces, marks) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="甲乙丙；、，。\n", max_size=10), max_size=5),
       st.sets(st.text(alphabet="甲乙丙；", min_size=2, max_size=3), max_size=4),
       st.sampled_from([frozenset("；、"), frozenset("，。；"), frozenset("、")]))
@example(["；甲乙", "甲乙、", "甲乙，"], {"甲乙"}, frozenset("；、"))
def test_prose_paragraphs_are_those_holding_any_mark_wherever_it_stands(
        paragraphs: list[str], pieces: set[str], marks: frozenset[str]) -> None:
    """A paragraph is prose when it holds one of ``marks``, at its first character as well as
    its last, whether or not the marks hold a comma and a full stop, whichever set of marks the
    pattern memo was asked for before (README "### Speed", the twenty-ninth round, ``fixedcost``:
    the memo holds 4 sets, not 64)."""
    expected = [(k, i, piece) for k, text in enumerate(paragraphs) if not marks.isdisjoint(text)
                for i in range(len(text)) for piece in sorted(pieces, key=len) if text.startswith(piece, i)]
    assert piece_places(paragraphs, pieces, marks) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET, max_size=14), min_size=1, max_size=4), st.sampled_from("甲乙丙，1\n"))
def test_pair_counts_count_the_pairs_the_page_holds(paragraphs: list[str], char: str) -> None:
    joined = "\n".join(paragraphs)
    pairs = PairCounts(paragraphs)
    for other in set(ALPHABET):
        # Overlapping: 甲甲甲 holds 甲甲 twice.
        assert pairs.before(char, other) == sum(joined.startswith(other + char, k) for k in range(len(joined)))
        assert pairs.after(char, other) == sum(joined.startswith(char + other, k) for k in range(len(joined)))


@dataclass
class _Occ:
    paragraph: int
    start: int
    piece: str
    after: bool = True
    word: bool = True
    ext: bool = False
    bound: bool = False
    score: float = 0.0


def _held_plainly(paragraphs: list[str], occs: list[_Occ], marks: frozenset[str]) -> list[_Occ]:
    """held_at_marks as first written: the whole page with its digits as 0, a pattern a pair."""
    joined = re.sub(r"[0-9０-９]", "0", "\n".join(paragraphs))
    base = [0]
    for text in paragraphs:
        base.append(base[-1] + len(text) + 1)
    held = []
    for o in occs:
        end = base[o.paragraph] + o.start + len(o.piece)
        if end >= len(joined) or joined[end] == "\n":
            continue
        if joined[end] in "。！？!?" and joined[end - len(o.piece) - 1] in "。！？!?":
            continue   # a sentence of its own (the twenty-third round)
        pair = o.piece + joined[end]
        if any(m.start() == 0 or (joined[m.start() - 1] not in marks and joined[m.start() - 1] + o.piece != "0甲")
               for m in re.finditer(re.escape(pair), joined)):
            held.append(o)
    return held


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="甲乙丙，。1２3", min_size=2, max_size=14), min_size=1, max_size=3))
@example(["，甲乙", "1甲乙"])     # 甲乙 elsewhere only after a digit: 0甲 runs on, not held
@example(["，甲1", "乙甲２"])     # 甲 and a digit elsewhere, after 乙: held
def test_held_at_marks_reads_digits_as_one_class(paragraphs: list[str]) -> None:
    marks = frozenset("，。")
    occs = []
    for p_index, text in enumerate(paragraphs):
        for start in range(1, len(text)):
            if text[start - 1] in marks and text[start] in "甲乙丙":
                occs.append(_Occ(p_index, start, text[start]))
    # ``longer`` sees the character before as its digit class: 0甲 stands for any digit before 甲.
    got = held_at_marks(paragraphs, occs, marks, lambda s: s == "0甲")
    assert got == _held_plainly(paragraphs, occs, marks)


def test_a_cut_straddling_two_headline_units_is_no_name_however_often_it_stands_inside_clauses() -> None:
    # A cut the page writes inside its clauses again and again, never splitting a word, is a
    # name the dictionary does not know; not one that goes half-way into one of the headline's
    # units and half-way into the next (瓶出 of 保溫瓶|出庭): spam put inside clauses writes it so.
    found = [SimpleNamespace(piece=piece, after=False, word=False, ext=False, junc=0, bind=0)
             for piece in ("于欢",) * 4 + ("瓶出",) * 4]
    assert names(found, 20, straddling={"瓶出"}) == found[:4]   # those it counts as words
    assert [o.word for o in found] == [True] * 4 + [False] * 4


@dataclass
class _Cut:
    paragraph: int
    start: int
    end: int
    piece: str
    after: bool
    seam: int
    word: bool = True
    ext: bool = False
    junc: int = 0


#: Seams to give the occurrences inside clauses, in turn.
SEAMS = st.lists(st.sampled_from((-1, 0, 1)), min_size=1, max_size=8)


def _cuts(paragraphs: list[str], marks: frozenset[str], seams_: list[int]) -> list[_Cut]:
    """Every occurrence of 甲, 乙 and 甲乙, right after one of ``marks`` or inside a clause with
    the next of ``seams_``."""
    occs: list[_Cut] = []
    for p_index, text in enumerate(paragraphs):
        for start in range(len(text)):
            for piece in ("甲", "乙", "甲乙"):
                if text.startswith(piece, start):
                    after = start > 0 and text[start - 1] in marks
                    occs.append(_Cut(p_index, start, start + len(piece), piece, after,
                                     0 if after else seams_[len(occs) % len(seams_)]))
    return occs


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="甲乙丙，。1２3", min_size=2, max_size=14), min_size=1, max_size=3), SEAMS)
@example(["，甲1", "丙甲２"], [1])   # 甲 and a digit inside a clause: a copy of ，甲1's pair
@example(["，甲乙丙", "丙甲乙丙"], [1])
def test_held_at_marks_reads_no_seam_held_apart_leaves_unread(paragraphs: list[str], seams_: list[int]) -> None:
    # The injection repair reads the seams of the article's words inside clauses only on a page
    # that passes its last gate: held_at_marks, before it, must find the same whatever they are.
    marks = frozenset("，。")
    occs = _cuts(paragraphs, marks, seams_)
    inside = [o for o in occs if not o.after]
    read, unread = held_apart(paragraphs, occs, inside)
    assert sorted(map(id, read + unread)) == sorted(map(id, inside))
    held = held_at_marks(paragraphs, occs, marks)
    for seam in (-1, 0, 1):
        for o in unread:
            o.seam = seam
        assert held_at_marks(paragraphs, occs, marks) == held


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="建设这样干 \t\u3000\n", max_size=12), max_size=6))
@example(["建 设", " 这 样 ", "建 设 这", "建 设 这 样", "设这样干"])
def test_the_pieces_hidden_texts_are_are_those_their_characters_make(texts: list[str]) -> None:
    # A text split no further than a piece's length: what the whole text without whitespace gives.
    model = build(("建设这样",))
    assert model.among(texts) == {t for t in ("".join(x.split()) for x in texts) if t in model.pieces}


def test_the_seams_main_block_shortcut_says_yes_only_where_the_pattern_does() -> None:
    # seams() tells a neighbour CJK by two comparisons before it asks the pattern.
    block = range(ord(pagepairs._MAIN_FIRST), ord(pagepairs._MAIN_LAST) + 1)
    assert all(IS_CJK.match(chr(c)) for c in block)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=14), min_size=1, max_size=4),
       st.lists(st.tuples(st.sampled_from("甲乙丙，1"), st.sampled_from("甲乙丙"), st.sampled_from("甲乙丙"),
                          st.sampled_from("甲乙丙，1"), st.booleans()), min_size=1, max_size=6),
       st.sets(st.sampled_from("甲乙丙"), max_size=3))
@example(["乙甲乙甲丙甲丙甲丙甲"], [("乙", "甲", "丙", "甲", True)], set())   # 乙甲 twice, 丙甲 three times
@example(["乙甲乙甲丙1"], [("乙", "甲", "丙", "1", False)], {"丙"})   # the side split already says 1
def test_held_is_the_larger_pair_count_or_says_two_once_either_does(
        paragraphs: list[str], asked: list[tuple[str, str, str, str, bool]], split: set[str]) -> None:
    pairs = PairCounts(paragraphs)
    for char in sorted(split):   # characters split already by earlier questions
        pairs.before(char, "甲")
    for left, first, last, right, whole in asked:
        held = pairs.held(first, left, last, right, whole)   # before the counts split more
        most = max(pairs.before(first, left), pairs.after(last, right))
        assert held == most if whole or most < 2 else held >= 2


def _seams_plainly(paragraphs: list[str], occs: list[_Cut]) -> None:
    """seams() as the twentieth round left it: both pair counts for every window."""
    pairs = PairCounts(paragraphs)
    for o in occs:
        text = paragraphs[o.paragraph]
        if o.start == 0 or o.end >= len(text):
            continue
        left, right = text[o.start - 1], text[o.end]
        if not (IS_CJK.match(left) and IS_CJK.match(right)):
            continue
        held = max(pairs.before(o.piece[0], left), pairs.after(o.piece[-1], right))
        if held < 2:
            o.seam = 1 if pairs.seen(left + right, 1) else 0
            continue
        split = left != o.piece[-1] and right != o.piece[0] and simplify(left + right) in lexicon() \
            and pairs.seen(left + right, 2 * held)
        o.seam = 1 if split else -1


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet="中国人民大学生，a", min_size=1, max_size=16), min_size=1, max_size=4),
       st.sets(st.sampled_from(["国人", "民大", "学生", "人民", "大学", "生"]), min_size=1))
@example(["中国人民大学生大学国大", "人民大学"], {"民大"})
@example(["民国人中民中民中民中民中民国"], {"国人"})   # 民中, no word, four times: no seam above 0
def test_seams_are_those_both_pair_counts_give(paragraphs: list[str], pieces: set[str]) -> None:
    # Where L|R is no word of the list, whether a pair count reaches two is all the seam needs.
    occs = [_Cut(k, i, i + len(piece), piece, False, 0) for k, text in enumerate(paragraphs)
            for i in range(len(text)) for piece in sorted(pieces) if text.startswith(piece, i)]
    plain = [_Cut(o.paragraph, o.start, o.end, o.piece, False, 0) for o in occs]
    seams(paragraphs, occs)
    _seams_plainly(paragraphs, plain)
    assert [o.seam for o in occs] == [o.seam for o in plain]


def test_a_heading_numbered_ahead_is_no_prose_paragraph() -> None:
    # 三：估值 holds a mark only as its numeral's: a heading, which the repair never touches
    # (the twenty-third round); a line that goes on with a clause mark, or a long one, is prose.
    marks = frozenset("，。、；：！？")
    paragraphs = ["三：估值", "一、招聘对象及条件", "12：估值方法", "二、估值，先看现金流",
                  "3：" + "估值" * 12, "今天，估值"]
    assert [k for k, _, _ in piece_places(paragraphs, {"估值", "招聘"}, marks)] == [3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 5]


def test_a_piece_between_two_sentence_ends_is_not_held_by_its_pair_with_the_mark() -> None:
    # 行业。 stands elsewhere, ending a sentence: no phrasing of the article's for 。行业。
    paragraphs = ["我们先看行业。", "具体的下文再讲。行业。先选好。"]
    occs = [_Occ(1, 8, "行业")]
    assert held_at_marks(paragraphs, occs, frozenset("，。")) == []
    assert held_at_marks(["我们先看行业。", "具体的下文再讲，行业。"], [_Occ(1, 8, "行业")], frozenset("，。")) != []
