"""The text-dump path's faster forms answer as the plain forms they replace (README "### Speed")."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from cleaner.blocks import Block, cjk_bigrams, normalize_lines, normalize_space
from cleaner.dumplines import nav_like, squash
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


def nav_like_by_regex(text: str) -> bool:
    tokens = [t for t in re.split(r"[\s|｜/]+", text) if t]
    if all(len(t) == 1 for t in tokens) or re.search(r"[，。！？；]", text):
        return False
    if len(tokens) >= 3 and re.search(r"[|｜]", text):
        return all(len(t) <= 8 for t in tokens)
    return len(tokens) >= 3 and all(len(t) <= 6 for t in tokens)


def test_nav_like_cuts_the_tokens_the_regex_cuts() -> None:
    for text in random_texts(3000, 3) + ["首页 新闻 体育 财经", "a|b|c", "甲 乙 丙", "推出 AI 耳机，支持",
                                         "首页\u3000新闻\u3000体育", "首页\xa0新闻\xa0体育", "甲\x1c乙乙\x1c丙丙"]:
        assert nav_like(text) == nav_like_by_regex(text), repr(text)


def test_nav_like_of_a_long_line_cuts_the_tokens_the_regex_cuts() -> None:
    # Past LONG_ROW_CHARS a line is first searched for an item too long for a row: a row of
    # hundreds of short links is still one, a line of keywords with one long item is not.
    from cleaner.dumplines import LONG_ROW_CHARS
    rng = random.Random(8)
    separators = [" ", "\u3000", "\xa0", "\t", "|", "｜", "/", " | ", "\u2028"]
    for _ in range(300):
        longest = rng.choice([2, 6, 7, 8, 9, 12])
        items = ["".join(rng.choice("甲乙丙丁ab") for _ in range(rng.randint(1, longest)))
                 for _ in range(rng.randint(LONG_ROW_CHARS // 6, LONG_ROW_CHARS // 2))]
        sep = rng.choice(separators)
        text = sep.join(items)
        assert nav_like(text) == nav_like_by_regex(text), repr(text[:60])


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


def test_end_openings_hold_every_line_an_end_pattern_matches_once_folded() -> None:
    # _is_end looks at a line's first character before folding it: every character that folds
    # to one an end marker, a closing line or a related-items label opens with must be there.
    from cleaner import dumptail, notices
    from cleaner.patterns import DUMP_END, END_MARKERS
    opens = dumptail._END_OPENS
    assert opens is not None
    for line in ("延伸閱讀", "責任編輯：張三", "相關新聞推薦", "（完）", "- END -", "【相关阅读】", " 上一篇：甲"):
        folded = notices.fold(line)
        assert any(p.match(folded) for p in (END_MARKERS, DUMP_END, dumptail._RELATED_LABEL)), line
        assert line[:1] in opens and dumptail.is_end(Block(line, 0)), line
        if DUMP_END.search(folded):   # a closing line in the tail: looked for only past its opening
            assert folded[:1] in dumptail._CLOSING_OPENS, line
            assert dumptail.tail_reason(Block(line, 0)) == "boilerplate", line
    for code in range(0x3000, 0xa000):
        char = chr(code)
        if notices.fold(char) in opens:
            assert char in opens, char


def test_prefiltered_dump_patterns_find_what_the_patterns_find() -> None:
    from cleaner import dumpprose, dumptail
    from cleaner.patterns import DISCLAIMER, DUMP_CHROME
    lines = random_texts(2000, 5) + ["分享到：微信", "首页 > 新闻", "Copyright © 2024", "本站ICP备案号", "版权所有，不得转载",
                                     "all rights reserved", "当前位置：首页", "甲 » 乙", "免责声明：本文仅供参考"]
    for line in lines:
        assert bool(dumptail.CHROME.search(line)) == bool(DUMP_CHROME.search(line)), line
        assert bool(dumpprose._DISCLAIMER.search(line)) == bool(DISCLAIMER.search(line)), line
        assert bool(dumptail.FOOTER.search(line)) == bool(dumptail.FOOTER.pattern.search(line)), line


def test_fold_of_a_long_line_is_its_translation() -> None:
    # Past LONG_FOLD_CHARS a line is folded a character it holds at a time (str.replace).
    from cleaner import notices
    rng = random.Random(9)
    traditional = "".join(map(chr, notices._SIMPLIFY))
    for _ in range(50):
        alphabet = "甲乙 ab，" + "".join(rng.sample(traditional, rng.randint(0, 40)))
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(notices.LONG_FOLD_CHARS - 5, 3 * notices.LONG_FOLD_CHARS)))
        assert notices.fold(text) == text.translate(notices._SIMPLIFY)
    long = "甲" * notices.LONG_FOLD_CHARS
    for text in ("來" + long, long + "來", long + "來源" + long, "編輯" + long + "轉載"):
        assert notices.fold(text) == text.translate(notices._SIMPLIFY)


def test_tail_reason_is_the_reason_of_the_patterns_searched_one_by_one() -> None:
    # The tail's line is searched once for boilerplate and footer words, a closing line matched
    # at its start, chrome's " > " found from the ">", labels of related items told by their
    # first character: the reason is the one the patterns searched one by one give.
    from cleaner import dumptail
    from cleaner.dumplines import BOILERPLATE
    from cleaner.notices import fold
    from cleaner.patterns import DUMP_CHROME, DUMP_END

    def reference(block: Block) -> str:
        text = fold(block.text)
        if len(text) < 12 and dumptail._RELATED_HEADER.match(text):
            return "recommendation"
        if BOILERPLATE.pattern.search(text) or DUMP_END.search(text) or dumptail.FOOTER.pattern.search(text):
            return "boilerplate"
        if block.cjk < 6 or DUMP_CHROME.search(text) or nav_like(text) or dumptail._SHARE_HEADER.match(text):
            return "chrome"
        return "recommendation"
    rng = random.Random(10)
    words = ["相关", "推荐", "版權所有", "ICP", "备案号", "责任编辑：", "（完）", "分享", " > ", ">", "»", "當前位置：",
             "Copyright", "©", "上一篇", "甲乙丙丁", "新闻", "。", "，", " ", "\u3000", "|", "扫一扫", "ab"]
    lines = ["".join(rng.choice(words) for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    lines += ["相关新闻", " 相关阅读", "甲乙丙丁戊 > 己庚辛壬", "甲乙丙丁戊>己庚辛壬", "甲乙丙丁戊\t>\u3000己庚"]
    for line in lines:
        block = Block(line, 0)
        assert dumptail.tail_reason(block) == reference(block), line


def test_is_footer_answers_as_the_two_folds_searched_one_by_one() -> None:
    # A line that neither fold changes is searched once for a footer's or a disclaimer's words.
    from cleaner import dumpprose, sift
    from cleaner.notices import fold
    rng = random.Random(11)
    words = ["版权所有", "版權所有", "ICP", "icp", "备案号", "不得转载", "不得轉載", "侵权必究", "投资有风险", "Copyright ©",
             "all rights reserved", "甲乙", "，", " ", "文责自负", "文責自負", "投資有風險", "責任", "來源"]
    lines = ["".join(rng.choice(words) for _ in range(rng.randint(1, 6))) for _ in range(3000)]
    for line in lines + ["本文版權所有，不得轉載。", "甲" * 199 + "©", "甲" * 200 + "©"]:
        expected = len(line) < dumpprose.MAX_FOOTER_CHARS and bool(
            dumpprose._FOOTER.search(fold(line)) or dumpprose._DISCLAIMER.search(sift.fold(line)))
        assert dumpprose._is_footer(line) == expected, line


def test_unstuffed_takes_out_what_a_lookbehind_for_the_mark_takes_out() -> None:
    # The mark is matched with the piece and put back; the pattern a lookbehind for the mark
    # gave, line by line, is the reference (marks side by side, pieces running into pieces).
    from cleaner import dumpspam, injection, textdump
    from cleaner.dumplines import headline_like
    rng = random.Random(6)
    chars = "甲乙丙丁戊，。、"
    for _ in range(120):
        title = "".join(rng.choice(chars) for _ in range(rng.randint(2, 8)))
        blocks = tuple(Block("".join(rng.choice(chars) for _ in range(rng.randint(1, 30))), i)
                       for i in range(rng.randint(1, 5)))
        pieces = sorted(injection.pieces(title), key=len, reverse=True)
        expected = [b.text for b in blocks]
        if pieces:
            lookbehind = re.compile(f"(?<=[{dumpspam.MARKS}])(?:{'|'.join(map(re.escape, pieces))})")
            # (a headline-like line keeps its text)
            expected = [b.text if headline_like(t) else t for t, b in zip(map(lookbehind.sub, [""] * len(blocks),
                                                                            expected), blocks)]
        assert [b.text for b in textdump._unstuffed(blocks, title)] == expected, (title, blocks)


def _unstuffed_by_substitution(blocks: tuple[Block, ...], title: str) -> tuple[Block, ...]:
    """The substitution _unstuffed made before the twenty-first round (its pieces longest
    first after a mark, line by line), each line it changes measured by the dataclass; a
    headline-like line keeps its text unless it ends on a colon without them and is no part of
    the title."""
    from dataclasses import replace
    from cleaner import injection
    from cleaner.dumplines import headline_like
    from cleaner.dumpspam import MARKS
    pieces = sorted(injection.pieces(title), key=len, reverse=True) if title else ()
    if not pieces:
        return blocks
    alternatives = "|".join(map(re.escape, pieces))
    if not set(MARKS).isdisjoint("".join(pieces)):
        stuffed, back = re.compile(f"(?<=[{MARKS}])(?:{alternatives})"), ""
    else:
        stuffed, back = re.compile(f"([{MARKS}])(?:{alternatives})"), r"\1"
    def keeps(line: str, t: str) -> bool:
        return headline_like(t) and not (t.rstrip()[-1:] in ("：", ":")
                                         and re.sub(r"\s", "", line) not in re.sub(r"\s", "", title))
    out = tuple(b if t == b.text or keeps(b.text, t) else replace(b, text=t, cjk=-1, punct=-1)
                for b, t in zip(blocks, [stuffed.sub(back, b.text) for b in blocks]))
    return blocks if all(a is b for a, b in zip(out, blocks)) else out


def test_unstuffed_finds_the_pieces_the_substitution_took_out(monkeypatch) -> None:
    # The pieces' spans from one search, each line cut and its counts less the pieces',
    # against the substitution: same blocks (text and counts), the same tuple when none is
    # taken out. The title's own pieces (ideographs), and pieces of any characters (the
    # detector's are ideographs; the search keeps to its contract): letters and regex
    # characters (escaped), a mark or a line break inside a piece, an empty one; lines
    # holding a line break.
    from cleaner import dumpspam, injection
    own = injection.pieces
    rng = random.Random(21)
    alphabets = ["甲乙丙丁戊，。、：！", "甲乙丙a.+(^]-，。?!; ", "甲乙丙，。、\n"]
    for _ in range(3000):
        chars = rng.choice(alphabets)
        title = "".join(rng.choice(chars.replace("\n", "")) for _ in range(rng.randint(0, 8)))
        if rng.random() < 0.5:
            pieces = own(title)
        else:
            pieces = frozenset(title[i:i + rng.randint(0, 3)] for i in range(len(title)))
            if rng.random() < 0.8:
                pieces -= {""}
        monkeypatch.setattr(injection, "pieces", lambda _title, given=pieces: given)
        # (mostly the title's words after marks)
        words = [title[i:i + 3] for i in range(len(title))] + list(chars)
        blocks = tuple(Block("".join(rng.choice(words) for _ in range(rng.randint(0, 16))), i)
                       for i in range(rng.randint(1, 6)))
        expected = _unstuffed_by_substitution(blocks, title)
        got = dumpspam.unstuffed(blocks, title)
        assert got == expected, (title, pieces, blocks)
        assert (got is blocks) == (expected is blocks), (title, pieces, blocks)
        assert [(b.cjk, b.punct) for b in got] == [(Block(b.text, 0).cjk, Block(b.text, 0).punct)
                                                   for b in got], (title, pieces, blocks)


def test_a_trailing_note_is_only_on_lines_the_cheap_test_lets_through() -> None:
    from cleaner.dumpprose import _TRAILING_NOTE, _may_end_in_note
    rng = random.Random(7)
    chars = list("甲乙（()）。12０٣ ") + ["\u3000", "\t"]
    texts = ["".join(rng.choice(chars) for _ in range(rng.randint(0, 16))) for _ in range(20000)]
    texts += ["（編輯：張三）1141005", "文。（记者 甲）", "文（甲） １２ ", "文(甲)123456789"]
    for text in texts:
        if _TRAILING_NOTE.search(text):
            assert _may_end_in_note(text), repr(text)
    assert not _may_end_in_note("他说。") and _may_end_in_note("（編輯：張三）1141005")


def test_truncated_answers_a_sentence_mark_last_without_the_note_test(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleaner import dumpprose
    from cleaner.blocks import closes_sentence

    def plain(block: Block, tail: int) -> bool:   # the test as it was written before
        if len(block.text) < dumpprose.MIN_BLURB_CHARS or block.cjk < 40 or block.punct < 1:
            return False
        text = block.text
        if dumpprose._may_end_in_note(text):
            text = dumpprose._TRAILING_NOTE.sub("", text)
        return not any(closes_sentence(text[:len(text) - k]) for k in range(tail + 1))

    rng = random.Random(11)
    ends = list("。！？!?…”」』）)]】\"'.；;，1２ 甲a") + ["\u3000", "）12", "（甲）", "（甲）３ "]
    for _ in range(4000):
        body = "".join(rng.choice("甲乙丙，") for _ in range(rng.randint(55, 70)))
        block = Block(body + "".join(rng.choice(ends) for _ in range(rng.randint(0, 3))), 0)
        for tail in (0, 3):
            assert dumpprose._truncated(block, tail=tail) == plain(block, tail), (block.text, tail)

    def asked(text: str) -> bool:
        raise AssertionError(text)
    monkeypatch.setattr(dumpprose, "_may_end_in_note", asked)
    assert not dumpprose._truncated(Block("甲乙丙丁，" * 12 + "完了。", 0))


def test_a_long_tail_line_is_searched_once_for_notice_and_chrome(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleaner import dumptail
    from cleaner.notices import fold
    from cleaner.patterns import DUMP_END

    def plain(block: Block) -> str:   # the tests as they were written before, for a long line
        text = fold(block.text)
        if dumptail._NOTICE.search(text) or DUMP_END.match(text):
            return "boilerplate"
        if block.cjk < 6 or dumptail.CHROME.search(text) or nav_like(text) or dumptail._SHARE_HEADER.match(text):
            return "chrome"
        return "recommendation"

    rng = random.Random(12)
    words = ["甲乙丙丁戊己庚 ", "壬癸子丑寅卯辰", "下载", "客户端", "版权所有", "Copyright", "当前位置：", "»", ">", " > ", "分享",
             "责任编辑：", "關注", "微信", "首页 >", "ICP", "a", " ", "，"]
    lines = ["".join(rng.choice(words[:2]) for _ in range(600))]
    for _ in range(300):
        line = "".join(rng.choice(words[:2] if rng.random() < 0.998 else words) for _ in range(rng.randint(150, 300)))
        lines.append(line[:rng.randint(getattr(dumptail, "ONE_PASS_CHARS", 1000) - 5, len(line))])
    answers = [dumptail.tail_reason(Block(line, 0)) for line in lines]
    assert answers == [plain(Block(line, 0)) for line in lines]
    assert {"boilerplate", "chrome", "recommendation"} <= set(answers)

    class Unasked:
        def search(self, *args: object) -> None:
            raise AssertionError("the chrome searched on its own")
    monkeypatch.setattr(dumptail, "CHROME", Unasked())
    assert dumptail.tail_reason(Block(lines[0], 0)) == "recommendation"


def test_topic_counts_stopped_once_sure_answer_as_full_counts() -> None:
    from cleaner.dumpvocab import OFF_TOPIC_SHARE
    from cleaner.textdump import _on_topic, _related
    rng = random.Random(8)
    chars = "甲乙丙丁戊己庚辛壬癸"
    for _ in range(1500):
        lines = ["".join(rng.choice(chars) for _ in range(rng.randint(0, 14))) for _ in range(rng.randint(0, 4))]
        title = "".join(rng.choice(chars) for _ in range(rng.randint(0, 5)))
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 30)))
        vocabulary = _Vocabulary(title, list(lines))
        grams = cjk_bigrams(text)
        for own in (False, True):
            titled = len(grams & vocabulary.title)
            shared = titled + sum(vocabulary.shares(g, own=own) for g in grams - vocabulary.title)
            need = (OFF_TOPIC_SHARE if titled else 2 * OFF_TOPIC_SHARE) * len(grams)
            assert _on_topic(text, vocabulary, own=own) == (not grams or shared > need), (text, lines, title)
        shared = sum(vocabulary.shares(g) for g in grams)
        assert _related(text, vocabulary) == (shared >= max(3, 0.1 * len(grams))), (text, lines, title)


def test_is_title_answers_as_the_squashed_comparison() -> None:
    from cleaner.dumpprose import _is_title
    texts = random_texts(3000, 9) + ["", " ", "\u3000甲 乙", "甲乙"]
    for text, other in zip(texts, texts[1:] + texts[:1]):
        for title in (squash(other), squash(text)):
            assert _is_title(text, title) == (squash(text) == title), (text, title)


def test_marked_finds_what_the_prose_mark_pattern_finds() -> None:
    from cleaner.dumplines import PROSE_MARK
    from cleaner.dumptail import marked as _marked
    rng = random.Random(10)
    chars = list("甲乙，。！？；、,;!?.:1２² ")
    for _ in range(5000):
        block = Block("".join(rng.choice(chars) for _ in range(rng.randint(1, 12))), 0)
        assert _marked(block) == (block.punct > 0 and bool(PROSE_MARK.search(block.text))), block.text


def test_no_character_folds_to_one_that_folds_again() -> None:
    # notices.fold replaces a long line's foldable characters one after another: that gives
    # what one translation gives only when no character is folded to one that folds again.
    from cleaner.notices import _SIMPLIFIED
    assert _SIMPLIFIED and not set(_SIMPLIFIED.values()) & set(_SIMPLIFIED)


# Spaces and NBSPs enough to make gaps of every length, and what lines hold besides.
GAP_ALPHABET = [" "] * 6 + ["\xa0"] * 2 + list("甲乙a，。.\t\u3000\u200b\r\n\0")


def test_column_cells_make_the_lines_the_gap_pattern_cuts() -> None:
    from cleaner.textdump import _COLUMN_GAP, _column_cells
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice(GAP_ALPHABET) for _ in range(rng.randint(0, 40)))
        assert normalize_lines(_column_cells(text)) == normalize_lines(_COLUMN_GAP.sub("\n", text)), repr(text)


def test_line_blocks_count_each_line_as_a_block_of_it_does() -> None:
    from cleaner.blocks import line_blocks, line_counts
    rng = random.Random(8)
    for with_nul in (False, True):
        alphabet = [c for c in GAP_ALPHABET if c not in "\r\n" and (with_nul or c != "\0")] + list("！？；：、,!?;:")
        lines = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))) for _ in range(500)]
        assert any("\0" in line for line in lines) == with_nul
        assert line_blocks(lines, *line_counts(lines)) == [Block(line, i) for i, line in enumerate(lines)]


def test_core_weights_are_the_label_weight_or_the_block_weight_line_by_line() -> None:
    from cleaner.blocks import closes_sentence
    from cleaner.body import weight
    from cleaner.dumplines import BULLET
    from cleaner.dumptail import marked
    from cleaner.textdump import LABEL_CHARS, _core_weights
    rng = random.Random(9)
    alphabet = list("甲乙丙丁中文ab，。！?.;1 ”）-*")
    blocks = [Block(("* " if rng.random() < 0.1 else "") + "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))), i)
              for i in range(3000)]
    expected = [-float(min(len(b.text), LABEL_CHARS))
                if not (marked(b) or closes_sentence(b.text)) or BULLET.match(b.text) else weight(b)
                for b in blocks]
    assert _core_weights(blocks) == expected
    assert len(set(expected)) > 50   # (weights of every kind: labels, prose, items)


def test_the_bullet_is_not_looked_for_on_a_line_opening_with_cjk(monkeypatch) -> None:
    # _core_weights and headline_like ask BULLET only of a line opening outside the range no
    # match of it opens with (no space, bullet or digit in it).
    from cleaner import dumplines, textdump
    from cleaner.dumplines import BULLET, NO_BULLET_FROM, NO_BULLET_TO
    for code in range(ord(NO_BULLET_FROM), ord(NO_BULLET_TO)):
        assert not any(BULLET.match(chr(code) + rest) for rest in (" ", ". ", "- ", "1. ")), hex(code)

    class Asked:
        def match(self, text: str) -> None:
            raise AssertionError(text)

    monkeypatch.setattr(textdump, "_BULLET", Asked())
    monkeypatch.setattr(dumplines, "BULLET", Asked())
    monkeypatch.setattr(dumplines, "_HEADLINE_WORDS", {})
    lines = ["市图书馆推出夜间阅读服务，读者反响很好。", "「夜读」活动延长至晚上十点，读者反响很好。", "、其后各馆跟进。"]
    assert textdump._core_weights([Block(line, i) for i, line in enumerate(lines)]) \
        == [textdump.weight(Block(line, i)) for i, line in enumerate(lines)]
    assert dumplines.headline_like("市图书馆推出夜间阅读服务") and dumplines.headline_like("「夜读」活动延长开放")
    for line in ["1. 第一项，内容很好。", "\u3000- 第二项，内容很好。", "＊第三项，内容很好。"]:
        with pytest.raises(AssertionError):
            textdump._core_weights([Block(line, 0)])
        with pytest.raises(AssertionError):
            dumplines.headline_like(line[:-1].replace("，", ""))


def test_body_lines_ask_the_closing_line_pattern_only_of_a_line_it_can_open(monkeypatch) -> None:
    # _body_lines matches DUMP_END (^ only) only on a folded line opening with a character
    # one of its matches opens with (its opening set).
    from cleaner import textdump
    from cleaner.patterns import DUMP_END
    lines = ["市图书馆推出夜间阅读服务，每周延长开放时间至晚上十点，读者反响很好。",
             "文化馆推出夜间阅读服务，每周延长开放时间至晚上十点，读者反响很好。"]
    expected = textdump._body_lines(lines)
    assert expected == [True, True]
    asked: list[str] = []

    class Asked:
        def match(self, text: str) -> re.Match[str] | None:
            asked.append(text)
            return DUMP_END.match(text)

    monkeypatch.setattr(textdump, "DUMP_END", Asked())
    assert textdump._body_lines(lines) == expected
    assert asked == [lines[1]]   # (文 opens 文章来源：…; 市 opens none)


def test_select_removes_each_line_after_the_article_once_at_its_own_position() -> None:
    from cleaner.textdump import parse, select
    body = "".join(f"第{k}段，市图书馆推出夜间阅读服务，每周延长开放时间至晚上十点，读者反响很好。\n" for k in range(6))
    tail = "相关推荐\n分享\n评论\n分享\n另一篇文章的标题在这里\n评论\n关于我们 | 联系我们\n"
    page = parse("首页 新闻\n市图书馆推出夜间阅读服务\n2025-05-20 20:10 来源：某网\n" + body + "责任编辑：张三\n" + tail * 3)
    chosen = select(page.blocks, title="市图书馆推出夜间阅读服务")
    out = sorted([(b.position, b.text) for b in chosen.kept] + [(r.position, r.text) for r in chosen.removed])
    assert out == [(b.position, b.text) for b in page.blocks]
    assert [r.position for r in chosen.removed] == sorted(r.position for r in chosen.removed)
    assert len(chosen.kept) == 6


def test_a_line_given_a_new_text_is_the_block_replace_makes() -> None:
    """_retext makes a line's block anew by Block.measured: the block dataclasses.replace makes
    with the text measured again, every field and the class the same, equal and hashed alike."""
    from dataclasses import fields, replace
    from cleaner.textdump import _retext
    rng = random.Random(3)
    for _ in range(2000):
        block = Block(text="".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 20))),
                      position=rng.randint(0, 99), tag=rng.choice(["line", "p", "meta"]),
                      path=tuple(range(rng.randint(0, 3))), link_chars=rng.randint(0, 5),
                      markers=rng.choice(["", "main", "nav foot"]), heading=rng.randint(0, 2))
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 20)))
        made, plain = _retext(block, text), replace(block, text=text, cjk=-1, punct=-1)
        assert type(made) is Block and made == plain and hash(made) == hash(plain)
        assert [getattr(made, f.name) for f in fields(Block)] == [getattr(plain, f.name) for f in fields(Block)]


def test_the_lines_above_the_headline_are_removals_as_any_other() -> None:
    """The lines above a dump's headline are removed by body.removal's plain attribute stores:
    each a Removal equal to, hashed and pickled as the one the dataclass makes, at its place."""
    import pickle
    from cleaner.article import Removal
    from cleaner.textdump import parse, select
    lines = ["首页 新闻 体育 财经", "登录 注册", "本市新建三座图书馆", "2024-03-15 09:30 来源：桐江日报",
             "市政府今天宣布，本市将在三年内新建三座图书馆，每座藏书不少于五十万册。",
             "新馆将设在城东、城西和城南，方便市民就近借阅，开放时间延长到晚上九点。"]
    page = parse("\n".join(lines))
    selection = select(page.blocks, title="本市新建三座图书馆")
    above = [r for r in selection.removed if r.detail == "above the headline"]
    plain = [Removal(text, "chrome", "above the headline", i) for i, text in enumerate(lines[:2])]
    assert above == plain and [type(r) for r in above] == [Removal, Removal]
    assert [hash(r) for r in above] == [hash(r) for r in plain]
    assert pickle.loads(pickle.dumps(above)) == plain and not any(hasattr(r, "__dict__") for r in above)


def test_a_share_bars_label_is_tried_only_on_the_characters_it_opens_with() -> None:
    """tail_reason matches a share bar's label only on a line whose first character is one
    _SHARE_HEADER's alternatives open with: every alternative's first character is in the set."""
    from cleaner import dumptail
    opens = dumptail._SHARE_OPENS
    assert opens is not None
    for label in dumptail._SHARE_HEADER.pattern.removeprefix("^(?:").removesuffix(")").split("|"):
        assert label[:1] in opens, label
        line = label + "微信朋友圈新浪微博"   # six CJK characters or more: not chrome for its size
        # (扫一扫 is a notice's word, 上一篇 a closing line's.)
        expected = "boilerplate" if dumptail._NOTICE.search(line) or dumptail.DUMP_END.match(line) else "chrome"
        assert dumptail.tail_reason(Block(line, 0)) == expected, line


def test_stamps_are_the_lines_is_stamp_tells() -> None:
    """The stamps of a dump's lines are asked only of lines holding a colon: the same indices as
    is_stamp asked of every line, from the start given (threads, entry_end, thread_start)."""
    from cleaner import dumpbody
    rng = random.Random(12)
    words = ["2024-03-15", "08-11", "16:06", "12:46:05", "2019年9月7日", "19:02", "4月22号", "：", ":", "。", "楼主",
             "甲乙丙", " ", "回复", "1", "20"]
    lines = ["".join(rng.choice(words) for _ in range(rng.randint(1, 6))) for _ in range(3000)]
    for start in (0, 1, 17, 2999, 3000):
        assert dumpbody._stamps(lines, start) == [i for i in range(start, len(lines)) if dumpbody.is_stamp(lines[i])]
    blocks = [Block(line, i) for i, line in enumerate(lines)]
    assert sum(map(dumpbody.is_stamp, lines)) > 100
    for first, end in ((0, 3000), (5, 40), (100, 120), (2990, 3000)):
        plain = [i for i in range(first + 1, end) if dumpbody.is_stamp(lines[i])]
        close = any(all(b - a <= dumpbody.THREAD_GAP for a, b in zip(plain[j:j + 3], plain[j + 1:j + 3]))
                    for j in range(len(plain) - 2))
        # (No line is prose: a thread found starts right after the first line.)
        assert dumpbody.thread_start(blocks, first, end, lambda b: False) == (first + 1 if close else end)


def test_a_dumps_stamps_are_read_once_a_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """clean() asks is_stamp of each line of a dump once: the parse reads the stamps
    (Page.stamps) and hands them to the thread of posts, the comments' start and the end of
    a page of dated entries (its meta line a stamp), which read every line again before."""
    from cleaner import clean, dumpbody, textdump
    asked: Counter[str] = Counter()
    plain = dumpbody.is_stamp

    def counted(text: str) -> bool:
        asked[text] += 1
        return plain(text)
    monkeypatch.setattr(dumpbody, "is_stamp", counted)
    monkeypatch.setattr(textdump, "is_stamp", counted)
    body = ["从本周起，市图书馆推出夜间阅读服务，每周延长开放时间至晚上十点，方便上班族借阅图书。",
            "图书馆负责人介绍，夜间开放期间，自助借还、电子阅览等服务照常提供，读者可凭证入馆。",
            "据统计，试运行首周夜间入馆读者超过两千人次，其中年轻读者占了六成以上，反响良好。"]
    posts = [line for k in range(4) for line in (f"网友{k}", f"2025-05-2{k} 2{k}:1{k}", "支持，早该这样了，辛苦了。")]
    text = "\n".join(["首页 新闻 体育", "市图书馆推出夜间阅读服务", "2025-05-20 20:10 来源：某网",
                     *body, "评论", *posts, "版权所有 http://example.com"])
    assert clean(text).text == "\n".join(body)
    assert asked["2025-05-20 20:10 来源：某网"] and asked["2025-05-23 23:13"]
    # (An entry's heading is asked too, whether it is one: the stamps are the lines with a colon.)
    assert max(n for line, n in asked.items() if ":" in line) == 1, asked


def test_a_meta_line_is_told_as_the_two_date_patterns_tell() -> None:
    """is_meta looks for a date only in a line holding 20, 19 or 民 (every date holds one): the
    answer of the patterns asked of every line, full-width digits and the ROC calendar too."""
    from cleaner.dumplines import is_meta
    from cleaner.patterns import DATE_LIKE, META_WORDS

    def plain(text: str) -> bool:
        return (len(text) < 120 and bool(DATE_LIKE.search(text)) and bool(META_WORDS.search(text))) \
            or (len(text) < 40 and bool(DATE_LIKE.match(text)))
    rng = random.Random(13)
    words = ["来源：", "作者", "甲乙丙", " ", "。", "20", "19", "民", "08", "２０２４"]
    years = ["2024", "1998", "２０２４", "2124", "民国112", "民國 98 ", "中华民国107", "12", "1919"]

    def line() -> str:
        date = rng.choice(years) + rng.choice(["-", "/", ".", "年", " 年", ":"]) + rng.choice(["3", "１５", "12"]) \
            + rng.choice(["-", "/", "月", ""]) + rng.choice(["3", "１５", "", "x"])
        return "".join(rng.choice(words) for _ in range(rng.randint(0, 4))) + date \
            + "".join(rng.choice(words) for _ in range(rng.randint(0, 4)))
    lines = [line() for _ in range(4000)]
    lines += ["民国112年3月15日", "中華民國107年3月13日 發文", "2024-03-15 来源：桐江日报", "1999.1.2", "甲" * 130 + "2024-03-15 来源"]
    assert sum(map(plain, lines)) > 200
    for line in lines:
        assert is_meta(line) == plain(line), line


def test_the_lines_after_the_article_are_removals_as_any_other() -> None:
    """The lines after a dump's article are removed by plain attribute stores on a blank: each
    a Removal equal to, hashed and pickled as the one the dataclass makes, at its place, with
    the reason its text gives (a line repeated has the same)."""
    import pickle
    from cleaner.article import Removal
    from cleaner.dumptail import tail_reason
    from cleaner.textdump import parse, select
    lines = ["本市新建三座图书馆", "2024-03-15 09:30 来源：桐江日报",
             "市政府今天宣布，本市将在三年内新建三座图书馆，每座藏书不少于五十万册。",
             "新馆将设在城东、城西和城南，方便市民就近借阅，开放时间延长到晚上九点。",
             "相关阅读", "城东新区公园下月开放", "分享", "版权所有 桐江日报社", "分享", "城东新区公园下月开放"]
    page = parse("\n".join(lines))
    selection = select(page.blocks, title="本市新建三座图书馆")
    after = [r for r in selection.removed if r.detail == "after the end of the article"]
    plain = [Removal(b.text, tail_reason(b), "after the end of the article", b.position) for b in page.blocks[5:]]
    assert after == plain and {type(r) for r in after} == {Removal}
    assert [r.reason for r in after] == ["recommendation", "chrome", "boilerplate", "chrome", "recommendation"]
    assert [hash(r) for r in after] == [hash(r) for r in plain]
    assert pickle.loads(pickle.dumps(after)) == plain and not any(hasattr(r, "__dict__") for r in after)


def test_pieces_after_marks_are_found_without_a_regex_compiled_for_the_headline(monkeypatch) -> None:
    # A crawl meets every headline once: a pattern made of its pieces is compiled on every page
    # (re's cache never holds it), ~0.4 ms. The places are those such a pattern finds.
    from cleaner import dumpspam

    def compiled_for(pattern: str, flags: int = 0) -> re.Pattern[str]:
        raise AssertionError(f"a pattern compiled for one headline: {pattern!r}")

    rng = random.Random(26)
    marks = dumpspam.MARKS[:6]
    for _ in range(400):
        text = "".join(rng.choice("甲乙丙丁戊a1" + marks) for _ in range(rng.randint(0, 40)))
        pieces = frozenset("".join(rng.choice("甲乙丙丁戊a1") for _ in range(rng.randint(1, 4)))
                           for _ in range(rng.randint(1, 6)))
        longest_first = "|".join(map(re.escape, sorted(pieces, key=len, reverse=True)))
        expected = [m.span(1) for m in re.finditer(f"[{re.escape(dumpspam.MARKS)}]({longest_first})", text)]
        with monkeypatch.context() as patched:
            patched.setattr(dumpspam.re, "compile", compiled_for)
            assert dumpspam.after_marks(text, pieces) == expected, (text, pieces)
