"""The text-dump path's faster forms answer as the plain forms they replace (README "### Speed")."""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import FrozenInstanceError

import pytest

from cleaner.blocks import Block, cjk_bigrams, closes_sentence, normalize_lines, normalize_space
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
    from cleaner.dumphead import LONG_ROW_CHARS
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
    from cleaner import dumptail, textdump
    from cleaner.patterns import DISCLAIMER, DUMP_CHROME
    lines = random_texts(2000, 5) + ["分享到：微信", "首页 > 新闻", "Copyright © 2024", "本站ICP备案号", "版权所有，不得转载",
                                     "all rights reserved", "当前位置：首页", "甲 » 乙", "免责声明：本文仅供参考"]
    for line in lines:
        assert bool(dumptail.CHROME.search(line)) == bool(DUMP_CHROME.search(line)), line
        assert bool(textdump._DISCLAIMER.search(line)) == bool(DISCLAIMER.search(line)), line
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
    from cleaner.dumphead import BOILERPLATE
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
    from cleaner import sift, textdump
    from cleaner.notices import fold
    rng = random.Random(11)
    words = ["版权所有", "版權所有", "ICP", "icp", "备案号", "不得转载", "不得轉載", "侵权必究", "投资有风险", "Copyright ©",
             "all rights reserved", "甲乙", "，", " ", "文责自负", "文責自負", "投資有風險", "責任", "來源"]
    lines = ["".join(rng.choice(words) for _ in range(rng.randint(1, 6))) for _ in range(3000)]
    for line in lines + ["本文版權所有，不得轉載。", "甲" * 199 + "©", "甲" * 200 + "©"]:
        expected = len(line) < textdump.MAX_FOOTER_CHARS and bool(
            textdump._FOOTER.search(fold(line)) or textdump._DISCLAIMER.search(sift.fold(line)))
        assert textdump._is_footer(line) == expected, line


def test_unstuffed_takes_out_what_a_lookbehind_for_the_mark_takes_out() -> None:
    # The mark is matched with the piece and put back; the pattern a lookbehind for the mark
    # gave, line by line, is the reference (marks side by side, pieces running into pieces).
    from cleaner import dumpspam, injection, textdump
    from cleaner.dumphead import headline_like
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
    first after a mark, line by line), each line it changes measured by the dataclass."""
    from dataclasses import replace
    from cleaner import injection
    from cleaner.dumphead import headline_like
    from cleaner.dumpspam import MARKS
    pieces = sorted(injection.pieces(title), key=len, reverse=True) if title else ()
    if not pieces:
        return blocks
    alternatives = "|".join(map(re.escape, pieces))
    if not set(MARKS).isdisjoint("".join(pieces)):
        stuffed, back = re.compile(f"(?<=[{MARKS}])(?:{alternatives})"), ""
    else:
        stuffed, back = re.compile(f"([{MARKS}])(?:{alternatives})"), r"\1"
    out = tuple(b if t == b.text or headline_like(t) else replace(b, text=t, cjk=-1, punct=-1)
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
    from cleaner.textdump import _TRAILING_NOTE, _may_end_in_note
    rng = random.Random(7)
    chars = list("甲乙（()）。12０٣ ") + ["\u3000", "\t"]
    texts = ["".join(rng.choice(chars) for _ in range(rng.randint(0, 16))) for _ in range(20000)]
    texts += ["（編輯：張三）1141005", "文。（记者 甲）", "文（甲） １２ ", "文(甲)123456789"]
    for text in texts:
        if _TRAILING_NOTE.search(text):
            assert _may_end_in_note(text), repr(text)
    assert not _may_end_in_note("他说。") and _may_end_in_note("（編輯：張三）1141005")


def test_topic_counts_stopped_once_sure_answer_as_full_counts() -> None:
    from cleaner.textdump import OFF_TOPIC_SHARE, _on_topic, _related
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
    from cleaner.textdump import _is_title
    texts = random_texts(3000, 9) + ["", " ", "\u3000甲 乙", "甲乙"]
    for text, other in zip(texts, texts[1:] + texts[:1]):
        for title in (squash(other), squash(text)):
            assert _is_title(text, title) == (squash(text) == title), (text, title)


def test_marked_finds_what_the_prose_mark_pattern_finds() -> None:
    from cleaner.dumphead import PROSE_MARK
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
    from cleaner.textdump import _line_blocks
    rng = random.Random(8)
    for with_nul in (False, True):
        alphabet = [c for c in GAP_ALPHABET if c not in "\r\n" and (with_nul or c != "\0")] + list("！？；：、,!?;:")
        lines = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))) for _ in range(500)]
        assert any("\0" in line for line in lines) == with_nul
        assert _line_blocks(lines) == [Block(line, i) for i, line in enumerate(lines)]


def test_core_weights_are_the_label_weight_or_the_block_weight_line_by_line() -> None:
    from cleaner.blocks import closes_sentence
    from cleaner.body import weight
    from cleaner.dumphead import BULLET
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
    from cleaner import dumphead, textdump
    from cleaner.dumphead import BULLET, NO_BULLET_FROM, NO_BULLET_TO
    for code in range(ord(NO_BULLET_FROM), ord(NO_BULLET_TO)):
        assert not any(BULLET.match(chr(code) + rest) for rest in (" ", ". ", "- ", "1. ")), hex(code)

    class Asked:
        def match(self, text: str) -> None:
            raise AssertionError(text)

    monkeypatch.setattr(textdump, "_BULLET", Asked())
    monkeypatch.setattr(dumphead, "BULLET", Asked())
    monkeypatch.setattr(dumphead, "_HEADLINE_WORDS", {})
    lines = ["市图书馆推出夜间阅读服务，读者反响很好。", "「夜读」活动延长至晚上十点，读者反响很好。", "、其后各馆跟进。"]
    assert textdump._core_weights([Block(line, i) for i, line in enumerate(lines)]) \
        == [textdump.weight(Block(line, i)) for i, line in enumerate(lines)]
    assert dumphead.headline_like("市图书馆推出夜间阅读服务") and dumphead.headline_like("「夜读」活动延长开放")
    for line in ["1. 第一项，内容很好。", "\u3000- 第二项，内容很好。", "＊第三项，内容很好。"]:
        with pytest.raises(AssertionError):
            textdump._core_weights([Block(line, 0)])
        with pytest.raises(AssertionError):
            dumphead.headline_like(line[:-1].replace("，", ""))


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
    assert pickle.loads(pickle.dumps(above)) == plain and [vars(r) for r in above] == [vars(r) for r in plain]


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


def test_a_meta_line_is_told_as_the_two_date_patterns_tell() -> None:
    """is_meta looks for a date only in a line holding 20, 19 or 民 (every date holds one): the
    answer of the patterns asked of every line, full-width digits and the ROC calendar too."""
    from cleaner.dumphead import is_meta
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
    assert pickle.loads(pickle.dumps(after)) == plain and [vars(r) for r in after] == [vars(r) for r in plain]


# The characters around the UTF-16 high bytes that tell an ideograph: the ends of each range
# the CJK class knows, their neighbours outside it, the hexagrams that share Extension A's last
# high byte, the joiners the count tries (and others of their high bytes), a character beyond
# the basic plane and a lone surrogate.
EDGE_CHARS = ["\u3400", "\u33ff", "\u4db5", "\u4dbf", "\u4dc0", "\u4dff", "\u4e00", "\u9fff", "\ua000",
              "\uf900", "\ufaff", "\ufb00", "\ue000", "\ue0a1", "\ufdd0", "\ufdd1", "\U0002000b", "\ud800"]


def test_line_blocks_count_ideographs_as_the_regex_does_whatever_the_lines_hold() -> None:
    from cleaner.blocks import cjk_count
    from cleaner.textdump import _line_blocks
    rng = random.Random(21)
    for edges in ([], [c for c in EDGE_CHARS if c not in "\u4db5\u4dbf\u4dc0\u4dff"], EDGE_CHARS,
                  ["\ue000", "\ue0a1"], ["\ue000", "\ufdd0"]):
        alphabet = list("甲乙a，。 ") + edges
        for _ in range(40):
            lines = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 20))) for _ in range(30)]
            assert [b.cjk for b in _line_blocks(lines)] == [cjk_count(line) for line in lines], lines


def test_prose_mark_finds_what_the_alternation_finds() -> None:
    from cleaner.dumphead import PROSE_MARK
    alternation = re.compile(r"[，。！？；、]|[,;!?](?!\d)")
    rng = random.Random(22)
    chars = list("甲a，。！？；、,;!?.:1２²٣ ")
    for _ in range(5000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
        assert [m.span() for m in PROSE_MARK.finditer(text)] == [m.span() for m in alternation.finditer(text)], text


def opens_at_start_only(pattern: re.Pattern[str]) -> bool:
    """Whether every alternative of ``pattern`` opens with ``^`` (no re.M): its search is its match."""
    from re import _constants, _parser  # type: ignore[attr-defined]
    items = list(_parser.parse(pattern.pattern, pattern.flags))
    alternatives = items[0][1][1] if len(items) == 1 and items[0][0] is _constants.BRANCH else [items]
    return not pattern.flags & re.M and all(
        len(alt) > 0 and alt[0] == (_constants.AT, _constants.AT_BEGINNING) for alt in alternatives)


def test_dump_end_is_matched_because_each_of_its_alternatives_opens_with_a_caret() -> None:
    # textdump, dumphead and dumptail ask DUMP_END by match, not search.
    from cleaner.patterns import DUMP_END
    assert opens_at_start_only(DUMP_END)
    assert not opens_at_start_only(re.compile(DUMP_END.pattern + "|声明"))
    assert not opens_at_start_only(re.compile(DUMP_END.pattern, re.M))
    for text in ["责任编辑：张三", "（完）", "本文来源：某报", "甲 责任编辑：张三", "-- END --", "见下文\n（完）"]:
        assert bool(DUMP_END.match(text)) == bool(DUMP_END.search(text)), text


def test_headline_like_given_the_count_answers_as_the_plain_tests() -> None:
    # headline_like takes the CJK characters a caller has counted, and counts them itself
    # (cached with the word tests) otherwise.
    from cleaner.blocks import cjk_count
    from cleaner.dumphead import BOILERPLATE, BULLET, headline_like
    from cleaner.notices import fold
    from cleaner.patterns import DATE_LIKE, DUMP_BYLINE, DUMP_CHROME, DUMP_END, END_MARKERS

    def plain(text: str) -> bool:
        if not 5 <= len(text) <= 80 or "。" in text or BULLET.match(text) or cjk_count(text) < 4:
            return False
        folded = fold(text)
        return not (DATE_LIKE.match(folded) or DUMP_CHROME.search(folded) or END_MARKERS.match(folded)
                    or DUMP_END.search(folded) or BOILERPLATE.search(folded) or DUMP_BYLINE.match(folded)
                    or nav_like(folded))

    rng = random.Random(23)
    chars = list("甲乙丙來源分享ab1 -*。，")
    texts = ["".join(rng.choice(chars) for _ in range(rng.randint(3, 12))) for _ in range(4000)]
    for text in texts + texts:   # (the second time from the cache)
        expected = plain(text)
        assert headline_like(text, cjk_count(text)) == expected, text
        assert headline_like(text) == expected, text
    assert sum(map(plain, texts)) > 200 and sum(cjk_count(t) == 4 for t in texts) > 100


def test_dump_lines_are_each_cell_or_its_stamp_split_off() -> None:
    # textdump._lines asks _split_stamp only of the lines holding a colon, from the last up.
    from cleaner.textdump import _column_cells, _lines, _split_stamp
    rng = random.Random(24)
    pieces = ["市图书馆推出夜间阅读服务2014/12/1 18:13", "来自某站发布于05-16 19:12", "首页 新闻", "时间: 10:32",
              "全省秋粮收购进度过半 2025-10-12 08:30:05", "甲:乙", "", "    ", "\xa0 \u3000", "正文。"]
    for _ in range(2000):
        text = "\n".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        expected = [piece for cell in normalize_lines(_column_cells(text))
                    for piece in (_split_stamp(cell) if ":" in cell else (cell,))]
        assert _lines(text) == expected, text
    assert len(_lines("\n".join(pieces[:1] * 3 + pieces[4:5]))) == 8



def test_next_body_lines_are_the_accumulated_minimum_of_the_body_lines_below() -> None:
    from itertools import accumulate
    from cleaner.dumphead import next_body_lines
    rng = random.Random(26)
    for _ in range(3000):
        body = [rng.random() < rng.choice([0.05, 0.3, 0.9]) for _ in range(rng.randint(0, 30))]
        n = len(body)
        expected = list(accumulate(reversed([i if i < n and body[i] else n for i in range(n + 1)]), min))[::-1]
        assert next_body_lines(body) == expected, body


def test_headline_like_given_the_count_does_not_count_again_and_keeps_a_bounded_memo(monkeypatch) -> None:
    # A line asked first with its CJK characters counted is not counted again (the tests that
    # read its words are kept for both ways of asking); the memo holds HEADLINE_CACHE lines at most.
    from cleaner import dumphead
    from cleaner.blocks import cjk_count
    texts = ["市图书馆推出夜间阅读服务", "全省秋粮收购进度过半", "首页 新闻 体育 财经", "责任编辑：张三李四"]
    expected = [dumphead.headline_like(text) for text in texts]
    assert expected == [True, True, False, False]
    dumphead._HEADLINE_WORDS.clear()

    def no_count(text: str) -> int:
        raise AssertionError(f"counted again: {text}")
    monkeypatch.setattr(dumphead, "cjk_count", no_count)
    assert [dumphead.headline_like(text, cjk_count(text)) for text in texts] == expected
    assert [dumphead.headline_like(text) for text in texts] == expected   # (kept: no count either)
    monkeypatch.undo()
    dumphead._HEADLINE_WORDS.clear()   # asked first without the count: counted (four is enough)
    assert dumphead.headline_like("甲乙丙丁ab") and not dumphead.headline_like("甲乙丙abc")
    for k in range(dumphead.HEADLINE_CACHE + 50):
        dumphead.headline_like(f"第{k}期市图书馆夜间阅读", 9)
    assert 0 < len(dumphead._HEADLINE_WORDS) <= dumphead.HEADLINE_CACHE
    assert dumphead.headline_like("市图书馆推出夜间阅读服务") and not dumphead.headline_like("首页 新闻 体育 财经")


def test_headline_word_tests_gated_by_the_first_character_answer_as_the_patterns() -> None:
    # The word tests of headline_like try the patterns that match at a line's start only on a
    # line opening with a character they open with, and search the chrome's words where a
    # match can start: lines made of their openings, words and other text, in every order.
    from cleaner import dumphead
    from cleaner.notices import fold
    from cleaner.patterns import DATE_LIKE, DUMP_BYLINE, DUMP_CHROME, DUMP_END, END_MARKERS

    def plain(text: str) -> bool:
        folded = fold(text)
        return not (DATE_LIKE.match(folded) or DUMP_CHROME.search(folded) or END_MARKERS.match(folded)
                    or DUMP_END.match(folded) or dumphead.BOILERPLATE.pattern.search(folded)
                    or DUMP_BYLINE.match(folded) or nav_like(folded))

    rng = random.Random(27)
    pieces = ["2024-05-06", "民國113年", "19", "相关阅读", "延伸閱讀", "责任编辑：", "（完）", "来源：", "作者：张三",
              "记者 李四", "分享到", "首页 > 新闻", " > ", "›", "当前位置：", "阅读次数", "市图书馆", "推出夜间", "阅读服务",
              "（", "【", " ", "\u3000", "ab", "E", "-- END --", "：", "编辑", "通讯员/王五",
              "END", "以上内容仅供参考", "民國113年5月6日"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 5))) for _ in range(5000)]
    answers = [dumphead._headline_words(text) for text in texts]
    assert answers == [plain(text) for text in texts]
    assert 500 < sum(answers) < 4500   # (both ways, often)
    for gated in (dumphead._DATE_OPENS, dumphead._ENDS_OPEN, dumphead._BYLINE_OPENS):
        assert gated is not None and "市" not in gated


def find_end_summing_every_line(blocks, start, is_prose):
    """:func:`cleaner.dumptail.find_end` as it was: every line's finished prose below summed."""
    from cleaner.body import MIN_PROSE_BEFORE_END
    from cleaner.dumptail import RESUME_LINES, _marker_reason, is_end
    n = len(blocks)
    finished = [False] * start + [b.cjk >= 10 and closes_sentence(b.text) and is_prose(b) for b in blocks[start:]]
    after = [0] * (n + 1)
    for i in range(n - 1, start - 1, -1):
        after[i] = after[i + 1] + (blocks[i].cjk if finished[i] else 0)
    prose = 0
    for i in range(start, n):
        b = blocks[i]
        if prose >= MIN_PROSE_BEFORE_END and is_end(b) and (
                after[i + 1] <= prose or not any(finished[i + 1:i + 1 + RESUME_LINES])):
            return i, (_marker_reason(b.text), f"end-of-article marker {b.text[:12]!r}")
        if is_prose(b):
            prose += b.cjk
    return n, None


def test_find_end_answers_as_the_prose_below_every_line_summed() -> None:
    # Markers (and lines opening with a marker's character that are none) among paragraphs,
    # short lines and lines of 8-12 CJK characters; the end only where the marker's line asks.
    from cleaner.dumptail import RESUME_LINES, find_end
    from cleaner.textdump import _prose_memo
    rng = random.Random(21)
    pieces = ["延伸阅读", "责任编辑：张三", "相关新闻推荐", "（完）", "【相关阅读】", "上一篇：甲乙",
              "相关的事甲乙丙丁。", "甲乙丙丁戊己庚辛壬癸，甲乙丙丁戊己庚辛壬癸。", "甲乙丙丁戊己庚辛壬。",
              "甲乙丙丁戊己庚辛", "甲乙丙丁戊，己庚辛壬癸。", "甲乙丙丁戊己庚辛壬癸甲乙", "首页", "甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸。"]
    ends = 0
    for _ in range(1500):
        lines = [rng.choice(pieces) if rng.random() < 0.4 else "首页" for _ in range(rng.randint(0, 60))]
        blocks = tuple(Block(line, i) for i, line in enumerate(lines))
        start = rng.randint(0, len(lines))
        found = find_end(blocks, start, _prose_memo())
        assert found == find_end_summing_every_line(blocks, start, _prose_memo()), lines
        ends += found[0] < len(lines)
    assert 200 < ends < 1300   # (both ways, often)
    # A marker with more prose below it than above: a list inside the article when a finished
    # paragraph follows within RESUME_LINES lines, the end when it follows one line further.
    paragraph = "甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸。"
    for gap in (RESUME_LINES - 1, RESUME_LINES):
        lines = [paragraph] * 2 + ["延伸阅读"] + ["首页"] * gap + [paragraph] * 3 + ["首页"] * 12
        blocks = tuple(Block(line, i) for i, line in enumerate(lines))
        assert find_end(blocks, 0, _prose_memo())[0] == (2 if gap == RESUME_LINES else len(lines)), gap
        assert find_end(blocks, 0, _prose_memo()) == find_end_summing_every_line(blocks, 0, _prose_memo())


class _SlicesCounted(tuple):
    """A page's blocks that count the blocks each slice taken of them holds."""

    read = 0

    def __getitem__(self, key):
        found = super().__getitem__(key)
        if isinstance(key, slice):
            type(self).read += len(found)
        return found


def test_find_end_on_a_page_of_many_markers_answers_as_before_in_linear_work() -> None:
    # Each marker (延伸阅读) followed by a paragraph: a list inside the article while more
    # prose follows than came before, the end half-way down. Each marker summed the prose
    # below it (quadratic in the markers); the sums are now made once, from the last line up.
    from cleaner.dumptail import find_end
    from cleaner.textdump import _prose_memo
    paragraph = "市图书馆从本周起推出夜间阅读服务，每周延长开放时间至晚上十点。"
    for markers in (10, 100, 400):
        lines = [paragraph] * 3 + ["延伸阅读", paragraph] * markers + ["首页"] * 5
        blocks = _SlicesCounted(Block(line, i) for i, line in enumerate(lines))
        _SlicesCounted.read = 0
        found = find_end(blocks, 0, _prose_memo())
        assert found == find_end_summing_every_line(tuple(blocks), 0, _prose_memo())
        # (the first marker with no more prose below than above: half-way down)
        assert found[0] == 3 + 2 * ((markers - 2) // 2), (markers, found)
        assert _SlicesCounted.read <= 3 * len(lines), (markers, _SlicesCounted.read)


def test_a_dumps_line_blocks_are_blocks_as_the_dataclass_makes_them() -> None:
    from cleaner.blocks import line_blocks
    lines = ["甲乙，丙丁。", "", "ab c", "首页"]
    made = line_blocks(lines, [4, 0, 0, 2], [2, 0, 0, 0])
    assert made == [Block(line, i) for i, line in enumerate(lines)]
    assert all(type(b) is Block for b in made)
    assert [hash(b) for b in made] == [hash(Block(line, i)) for i, line in enumerate(lines)]
    with pytest.raises(FrozenInstanceError):
        made[0].text = "乙"   # type: ignore[misc]


def test_body_lines_answer_as_every_line_squashed_and_searched_for_dated_items() -> None:
    # Prose of every length, repeated from the top (and longer than the top lines), dated items
    # in each bracket, brackets without a date.
    from cleaner import textdump as td
    rng = random.Random(22)
    sentence = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉，甲乙丙丁戊己庚辛壬癸。"
    dates = ["（2024-01-02）", "(2024/1/2)", "[1-2-2024]", "（甲乙）", "(2024年)", "]", ""]
    rng_lines = []
    for _ in range(400):
        lines = []
        for _ in range(rng.randint(1, 14)):
            if lines and rng.random() < 0.2:
                lines.append(rng.choice(lines))
            elif rng.random() < 0.2:   # a row of items of one bracket's dates, two or three
                lines.append(sentence + (rng.choice(dates[:3]) + "甲乙丙丁") * rng.randint(2, 3) + "。")
            else:
                lines.append(sentence[:rng.randint(10, len(sentence))] + "".join(
                    rng.choice(dates) + "甲乙丙丁" for _ in range(rng.randint(0, 4))) + rng.choice(["。", ""]))
        rng_lines.append(lines)

    def plain(lines):
        top = td.top_lines(lines)
        return [c >= td.MIN_PROSE_CJK and td._prose_text(text, c) and (td._finished(text) or (
            len(text) > td.MAX_HEADLINE_CHARS and len(td._PROSE_MARK.findall(text)) * td.CJK_PER_MARK >= c))
            and not (i >= td.TOP_LINES and td._squash(text) in top)
            and not (i < td.TOP_LINES and td._CUT_TITLE.search(text))
            and len(td._ITEM_DATE.findall(text)) < td.MIN_TEASERS
            and not td._headline_like(text, c) and not td.BOILERPLATE.search(folded := td.fold(text))
            and not td.DUMP_END.match(folded)
            for i, (text, c) in enumerate(zip(lines, map(td.cjk_count, lines)))]
    told = Counter()
    for lines in rng_lines:
        expected = plain(lines)
        assert td._body_lines(lines) == expected, lines
        told.update(expected)
    assert told[True] > 300 and told[False] > 300
