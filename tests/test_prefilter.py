"""cleaner.prefilter: a prefiltered search gives the very match the pattern's own search gives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import patterns
from cleaner.prefilter import needed, opening, opening_set, prefiltered

# Every pattern of the data module, the ones searched through a prefilter among them.
PATTERNS = {name: value for name, value in vars(patterns).items() if isinstance(value, re.Pattern)}


def _alphabet(pattern: re.Pattern[str]) -> str:
    """The pattern's own characters (its literals), a few others, whitespace and digits: strings
    of them come near matches, which random text never does."""
    own = {c for c in pattern.pattern if not c.isascii() or c.isalnum()}
    return "".join(sorted(own)) + "的是了记者来源：:（）()【】 \n0123456789-/aAcC©_"


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    return (a is None) == (b is None) and (a is None or (a.span(), a.groups()) == (b.span(), b.groups()))


@pytest.mark.parametrize("name", sorted(PATTERNS))
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_prefiltered_search_and_finditer_equal_the_patterns_own(name: str, data: st.DataObject) -> None:
    pattern = PATTERNS[name]
    text = data.draw(st.text(alphabet=_alphabet(pattern), max_size=60))
    for fast in (prefiltered(pattern), prefiltered(pattern, starts=False)):
        assert _same(fast.search(text), pattern.search(text))
        mine = [(m.span(), m.groups()) for m in fast.finditer(text)]
        assert mine == [(m.span(), m.groups()) for m in pattern.finditer(text)]
    # Prefiltered.match, and the classes opening and needed tell, never turn a match away.
    assert _same(prefiltered(pattern).match(text), pattern.match(text))
    # With the text's first character handed over (as the body stage's walk hands it), the same.
    assert _same(prefiltered(pattern).match(text, text[:1]), pattern.match(text))
    assert _same(prefiltered(pattern).search(text, text[:1]), pattern.search(text))
    # From a place after the start (where ^ matches nowhere), the same as the pattern's search.
    fast = prefiltered(pattern)
    for pos in range(1, len(text) + 1):
        assert _same(fast.search_after(text, pos), pattern.search(text, pos)), pos
    first, hint = opening(pattern), needed(pattern)
    assert not (pattern.match(text) and first is not None and not first.match(text))
    assert not (pattern.search(text) and hint is not None and not hint.search(text))


def test_needed_joins_the_characters_each_pattern_needs() -> None:
    hint = needed(re.compile(r"记者|通讯员"), re.compile(r"(?<!x)作者"))
    assert hint is not None and hint.pattern == "[记通作]"
    assert needed(re.compile(r"记者"), re.compile(r"a|.")) is None   # the second needs nothing
    assert needed(re.compile(r"abc", re.I)) is None


def test_opening_is_what_a_match_at_the_start_opens_with() -> None:
    first = opening(re.compile(r"^[（(]?\s*(?:相关|更多)"))
    assert first is not None
    assert all(first.match(c) for c in "（(相更 ") and not first.match("不")
    assert opening(re.compile(r".相关")) is None


def test_an_anchored_alternative_matches_at_the_start_only() -> None:
    fast = prefiltered(re.compile(r"^来源|记者"))
    assert fast.search("来源：新华社").span() == (0, 2)
    assert fast.search("本报来源 记者").span() == (5, 7)
    assert fast.search("本报来源") is None


def test_a_lookbehind_sees_the_text_before_the_start() -> None:
    fast = prefiltered(re.compile(r"(?<!\d)楼主|\d楼"))
    assert fast.search("3楼主") .span() == (0, 2)
    assert fast.search("x楼主").span() == (1, 3)


def test_case_blind_patterns_find_either_case() -> None:
    fast = prefiltered(re.compile(r"copyright|ICP备", re.I))
    assert fast.search("本站 COPYRIGHT 2024").span() == (3, 12)
    assert fast.search("京icp备123").span() == (1, 5)


@pytest.mark.parametrize("source", [r"a*", r".记者", r"[^x]记者", r"(记者)?"])
def test_patterns_with_untold_starts_are_searched_as_they_are(source: str) -> None:
    pattern = re.compile(source)
    fast = prefiltered(pattern)
    assert fast._later is None
    for text in ("", "x记者", "aaa", "记者"):
        assert _same(fast.search(text), pattern.search(text))


def test_a_prefiltered_pattern_tries_only_the_possible_starts() -> None:
    calls: list[int] = []

    class Counting:
        """The pattern, counting where it is tried."""

        def __init__(self, pattern: re.Pattern[str]) -> None:
            self.pattern = pattern.pattern
            self.flags = pattern.flags
            self._pattern = pattern

        def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
            calls.append(pos)
            return self._pattern.match(text, pos)

    fast = prefiltered(re.compile(r"记者|通讯员"))
    fast.pattern = Counting(fast.pattern)  # type: ignore[assignment]
    assert fast.search("今天天气很好，大家都出门了，通讯员说").start() == 14
    assert calls == [14]


def test_a_start_is_tried_only_where_the_second_character_fits_too() -> None:
    tried: list[int] = []

    class Counting:
        """The pattern, counting where it is tried."""

        def __init__(self, pattern: re.Pattern[str]) -> None:
            self._pattern = pattern

        def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
            tried.append(pos)
            return self._pattern.match(text, pos)

    # 不 and 版 open many words; only 不代 and 版权 can open a match, and © alone does.
    fast = prefiltered(re.compile(r"不代表本站|版权所有|©", re.I))
    fast.pattern = Counting(fast.pattern)  # type: ignore[assignment]
    text = "今天不是版本问题，不代表本站观点，版权所有©"
    assert [m.start() for m in fast.finditer(text)] == [9, 17, 21]
    assert tried == [9, 17, 21]


def test_a_text_without_a_needed_character_is_not_searched() -> None:
    fast = prefiltered(re.compile(r"[\u4e00-\u9fff]{2,4}\s*(?:/\s*文|编译)"), starts=False)
    assert fast._needed is not None
    assert fast._needed.pattern == "[/编]"
    assert fast.search("张三 / 文").span() == (0, 6)
    assert fast.search("张三李四文") is None


@pytest.mark.parametrize("source, needed", [(r"来源|出处", "[来出]"), (r"a?b", "[b]"),
                                            (r"(?:x|y)*z", "[z]"), (r"\d+年", "[年]")])
def test_the_needed_characters_are_the_fewest_every_match_holds(source: str, needed: str) -> None:
    assert prefiltered(re.compile(source))._needed.pattern == needed


def test_case_blind_start_classes_are_scanned_case_sensitive_with_the_same_characters() -> None:
    # Every code point but the surrogates, once: a class must match exactly the characters the
    # case-blind class of the same members matches.
    every = "".join(map(chr, (*range(0xD800), *range(0xE000, 0x110000))))
    checked = 0
    for name, pattern in sorted(PATTERNS.items()):
        if not pattern.flags & re.I:
            continue
        fast = prefiltered(pattern)
        for start in (fast._first, fast._later):
            if start is None or start.flags & re.I:
                continue
            blind = re.compile(start.pattern, start.flags | re.I)
            assert start.findall(every) == blind.findall(every), name
            checked += 1
    assert checked >= 4   # DISCLAIMER and PROMPT at least, both classes each
    assert not prefiltered(re.compile(r"版权所有|All Rights Reserved", re.I))._later.flags & re.I


def test_the_opening_set_holds_what_the_opening_class_matches() -> None:
    every = "".join(map(chr, (*range(0xD800), *range(0xE000, 0x110000))))
    told = 0
    for name, pattern in sorted(PATTERNS.items()):
        chars = opening_set(pattern)
        if chars is None:
            continue
        first = opening(pattern)
        assert first is not None and sorted(chars) == first.findall(every), name
        told += 1
    assert told >= 10   # END_MARKERS, LABEL_DECORATION, BOILERPLATE, BYLINE among them
    assert opening_set(re.compile(r"^[（(]?\s*相关")) >= {"（", "(", "相", " ", "\u3000", "\x1c"}
    assert opening_set(re.compile(r"[\u4e00-\u9fff]{2}")) is None   # a range: no small set


def test_a_place_right_after_a_place_that_fails_is_tried() -> None:
    # The places are looked for one search at a time, each from the character after the last
    # (a place is one character): in 乙甲甲甲丙 the place at 1 fails and the match is at 2.
    for source, text, start in (("甲甲丙", "乙甲甲甲丙", 2), ("版权所有|权所", "乙版版权所有", 2), ("aab", "xaaab", 2)):
        pattern = re.compile(source)
        found = prefiltered(pattern).search(text)
        assert found is not None and found.start() == start == pattern.search(text).start(), source
