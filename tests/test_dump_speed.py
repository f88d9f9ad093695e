"""The text-dump path's faster forms answer as the plain forms they replace (README "### Speed")."""

from __future__ import annotations

import random
import re
from collections import Counter

from cleaner.blocks import cjk_bigrams, normalize_lines, normalize_space
from cleaner.dumphead import nav_like, squash
from cleaner.textdump import _Vocabulary

# Whitespace of every kind a dump holds (and the zero-width characters normalize_space knows),
# bars and slashes, CJK and ASCII letters.
ALPHABET = list("甲乙丙丁中文ab|｜/，。") + [" ", "\t", "\u3000", "\xa0", "\u200b", "\ufeff", "\x1c", "\u2028", "\r", "\n"]


def random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 30))) for _ in range(count)]


def test_normalize_lines_is_normalize_space_per_non_empty_line() -> None:
    for text in random_texts(3000, 1):
        expected = [line for line in map(normalize_space, text.splitlines()) if line]
        assert normalize_lines(text) == expected, repr(text)


def test_squash_drops_what_the_regex_whitespace_class_drops() -> None:
    for text in random_texts(3000, 2):
        assert squash(text) == re.sub(r"\s+", "", text), repr(text)


def test_nav_like_cuts_the_tokens_the_regex_cuts() -> None:
    def by_regex(text: str) -> bool:
        tokens = [t for t in re.split(r"[\s|｜/]+", text) if t]
        if all(len(t) == 1 for t in tokens) or re.search(r"[，。！？；]", text):
            return False
        if len(tokens) >= 3 and re.search(r"[|｜]", text):
            return all(len(t) <= 8 for t in tokens)
        return len(tokens) >= 3 and all(len(t) <= 6 for t in tokens)
    for text in random_texts(3000, 3) + ["首页 新闻 体育 财经", "a|b|c", "甲 乙 丙", "推出 AI 耳机，支持"]:
        assert nav_like(text) == by_regex(text), repr(text)


def test_vocabulary_answers_as_a_count_of_the_lines_holding_each_bigram() -> None:
    rng = random.Random(4)
    chars = "甲乙丙丁戊己庚辛 ，"
    for _ in range(300):
        lines = ["".join(rng.choice(chars) for _ in range(rng.randint(0, 12))) for _ in range(rng.randint(0, 6))]
        title = "".join(rng.choice(chars) for _ in range(rng.randint(0, 6)))
        counts: Counter[str] = Counter({g: 1 << 20 for g in cjk_bigrams(title)})
        for line in lines:
            counts.update(cjk_bigrams(line))
        vocabulary = _Vocabulary(title, list(lines))
        for gram in {a + b for a in chars[:8] for b in chars[:8]}:
            assert vocabulary.shares(gram) == (counts[gram] > 0), (lines, title, gram)
            assert vocabulary.shares(gram, own=True) == (counts[gram] > 1), (lines, title, gram)
