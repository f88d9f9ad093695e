"""The blurbs' search tells a line ending on a sentence's mark no summary cut off without asking
``_truncated``, and the footer's test tells a line holding no character either fold changes by a
charmap codec, not a regex class (README "### Speed", the thirty-fourth round)."""

from __future__ import annotations

import random

from cleaner import dumpprose as dp
from cleaner import notices, sift
from cleaner import textdump as td
from cleaner.blocks import SENTENCE_END, Block

from test_dump_speed_blurbs import FOOTER, PARAGRAPH, SUMMARY, TITLE, _plain


def test_a_line_ending_on_a_sentence_mark_is_not_asked_whether_it_is_cut_off(monkeypatch) -> None:
    note = PARAGRAPH.format(k=8) + PARAGRAPH.format(k=9) + "（编辑：张三）"   # (a note last: asked, not cut off)
    lines = [TITLE] + [PARAGRAPH.format(k=k) * 2 for k in range(6)] + [note, SUMMARY, "分享"]   # (long enough to ask)
    blocks = tuple(Block(line, i) for i, line in enumerate(lines))
    expected = _plain(blocks, 1, len(blocks), TITLE)
    asked: list[str] = []
    real = td._truncated

    def recorded(block: Block, **kwargs: int) -> bool:
        asked.append(block.text)
        return real(block, **kwargs)
    monkeypatch.setattr(td, "_truncated", recorded)
    assert td._find_blurbs(blocks, 1, len(blocks), TITLE, dp._prose_memo()) == expected \
        == (8, ("recommendation", "truncated summary of another article"))
    assert not set(asked) & set(lines[1:7]) and note in asked and SUMMARY in asked


def test_a_last_character_of_uncut_ends_is_never_a_summary_cut_off() -> None:
    # Long lines of prose cut off inside, ending on each mark of a sentence's end and on others.
    rng = random.Random(34)
    body = SUMMARY + "，" + SUMMARY
    for last in sorted(SENTENCE_END) + list("，、：的了 \u3000") + ["（编辑：张三）", "(张三) 1141005"]:
        for _ in range(20):
            text = body[:rng.randint(60, len(body))] + last
            block = Block(text, 0)
            assert block.cjk >= dp.MIN_BLURB_CJK
            if text[-1:] in dp.UNCUT_ENDS:
                assert not dp._truncated(block, tail=0), text
    # A note's closing bracket is a sentence's end too, but a summary cut off may end on one.
    assert dp._truncated(Block(body + "（编辑：张三）", 0), tail=0) and dp._truncated(Block(body + "(张三)", 0), tail=0)


def _footer_by_regex(text: str) -> bool:
    """The footer's test as it was: a regex class of the characters either fold changes."""
    if len(text) >= dp.MAX_FOOTER_CHARS:
        return False
    if dp._EITHER_FOLDS.search(text) is None:
        return bool(dp._FOOTER_WORDS.search(text))
    return bool(dp._FOOTER.search(notices.fold(text)) or dp._DISCLAIMER.search(sift.fold(text)))


def test_the_footer_test_tells_the_folded_characters_by_a_codec() -> None:
    assert dp._EITHER_CODEC is not None   # (the characters fit a byte each, of the basic plane)
    rng = random.Random(34)
    chars = sorted(set(notices.FOLDED_CHARS + sift.FOLDED_CHARS))
    texts = [FOOTER, "本站文章版權所有，未經許可不得轉載。", "Copyright © 2025", "All rights reserved",
             PARAGRAPH.format(k=1), "\0", "版权所有\0", "版權所有\0", "\0\0评论", ""]
    for _ in range(3000):
        text = list(rng.choice(texts[:5]))
        for _ in range(rng.randint(0, 3)):
            text.insert(rng.randint(0, len(text)), rng.choice(chars + ["\0", "a", "权"]))
        texts.append("".join(text))
    answers = [dp._is_footer(text) for text in texts]
    assert answers == [_footer_by_regex(text) for text in texts]
    assert 500 < sum(answers) < len(texts) - 500
