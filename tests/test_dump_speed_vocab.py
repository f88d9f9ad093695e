"""A line's bigrams asked of a dump's vocabulary in one call (:meth:`Vocabulary.count`), each a
step of one loop, where each was a call of :meth:`Vocabulary.shares`: the same answers, the
count stopped where the answer is sure (README "### Speed", the thirty-second round,
`sharescost`)."""

from __future__ import annotations

from itertools import combinations

import pytest

from cleaner.dumpvocab import Vocabulary, on_topic, related

TITLE = "市图书馆推出夜间阅读服务"
LINES = ["每周延长开放时间至晚上十点", "读者反响很好", "延长时间受到欢迎"]
# (bigram, in the title or a line, in the title or two lines): a line's only; two lines'; across
# a line break (点 ends a line, 读 begins the next); a character missing; both, never side by side.
GRAMS = {"图书": (True, True), "晚上": (True, False), "延长": (True, True), "点读": (False, False),
         "足球": (False, False), "读点": (False, False), "长反": (False, False), "时间": (True, True)}
FILLER = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒"


@pytest.mark.parametrize("own", [False, True])
def test_count_is_the_sum_of_shares_until_sure(own: bool) -> None:
    vocabulary = Vocabulary(TITLE, list(LINES))
    for n in range(len(GRAMS) + 1):
        for grams in combinations(GRAMS, n):
            full = sum(GRAMS[g][own] for g in grams)
            for shared in (0, 2):
                for need in (-1, 0, 0.5, 1, 1.5, 2, 3, 4.25, 9):
                    counted = vocabulary.count(grams, shared, need, own=own)
                    assert (counted > need) == (shared + full > need), (grams, shared, need)
    assert [vocabulary.shares(g, own=own) for g in GRAMS] == [GRAMS[g][own] for g in GRAMS]


def test_count_stops_when_sure_and_joins_only_when_asked() -> None:
    vocabulary = Vocabulary(TITLE, list(LINES))
    assert vocabulary.count(("晚上", "延长"), 0, -1) == 0   # more than -1 already: nothing asked
    assert vocabulary.count(("晚上", "延长"), 0, 2) == 0    # never more than 2: nothing asked
    assert vocabulary.count(("图书", "书馆"), 0, 1) == 2 and vocabulary._text is None
    assert vocabulary.count(("晚上", "延长", "时间"), 0, 1) == 2


@pytest.mark.parametrize(("text", "expected"), [
    ("延长时间", True),            # three bigrams, all the article's: a need of three met
    ("延长时足", False),           # two of three
    # 31 and 32 bigrams, a need of 3.1 and 3.2: four shared are enough, three are not.
    ("延长，开放，时间，晚上，" + FILLER[:28], True), ("延长，开放，时间，" + FILLER[:30], False),
])
def test_related_at_its_bounds(text: str, expected: bool) -> None:
    assert related(text, Vocabulary("", list(LINES))) is expected


@pytest.mark.parametrize(("text", "own", "expected"), [
    ("晚上十点开放", False, True),     # untitled: more than half of 5 shared (5)
    ("晚上十点开放", True, False),     # own: none of them in two lines
    ("夜间延长时间", False, True),     # titled (夜间): more than a quarter
    ("足球联赛晚上开幕", False, False),  # untitled, 1 of 7
])
def test_on_topic_at_its_bounds(text: str, own: bool, expected: bool) -> None:
    assert on_topic(text, Vocabulary(TITLE, list(LINES)), own=own) is expected
