"""The punctuation marks of many texts counted in one pass (blocks.punct_counts, the charmap
codec that knows the joiner and the marks only), against the count of each text alone."""

from __future__ import annotations

import random

import pytest

from cleaner import CleanerConfig, dom
from cleaner.blocks import _PUNCT, JOINER, punct_count, punct_counts

# The marks, characters of the same UTF-16 high byte that are no mark (full-width digits and
# letters, CJK brackets, ASCII), ideographs, spaces, private-use and beyond the basic plane.
_ALPHABET = _PUNCT + "０Ａｚ＃（）「」《》〈〉〜・あ、。a0 #-'\"一中文\u3000\ue000\U0001F600\U00020000\ud800"


@pytest.mark.parametrize("joiner", ["\0", JOINER], ids=["nul", "joiner"])
def test_the_counts_of_joined_texts_are_each_texts_count(joiner: str) -> None:
    """Joined by a NUL or by blocks.JOINER (the one join of the cut's texts that cjk_counts
    takes too), which the texts then do not hold."""
    alphabet = _ALPHABET.replace(joiner, "")
    rng = random.Random(7)
    for _ in range(300):
        texts = ["".join(rng.choices(alphabet, k=rng.randrange(0, 40)))
                 for _ in range(rng.randrange(1, 12))]
        assert punct_counts(joiner.join(texts), joiner) == list(map(punct_count, texts)), texts


def test_every_mark_is_counted_and_nothing_else() -> None:
    assert punct_counts("\0".join(_PUNCT)) == [1] * len(_PUNCT)
    assert punct_counts("０Ａ（）「」\U0001F600\ud800\ufffe\uffff\u0100") == [0]
    assert punct_counts("") == [0]


def test_the_blocks_of_a_page_carry_their_own_marks() -> None:
    page = dom.parse("<html><body><p>第一，二。三！</p><p>无标点</p><li>a.b, c? d; e: f!</li>"
                     "<p>「引文」、《书名》；</p></body></html>", CleanerConfig())
    assert page is not None
    assert [(block.text, block.punct) for block in page.blocks] == [
        ("第一，二。三！", 3), ("无标点", 0), ("a.b, c? d; e: f!", 6), ("「引文」、《书名》；", 2)]
