"""The text-dump path's faster forms answer as the plain forms they replace, second part: the
line blocks, the headline and end searches, the body lines (README "### Speed";
``test_dump_speed.py`` holds the first part)."""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import FrozenInstanceError, replace

import pytest

from cleaner.blocks import Block, closes_sentence, normalize_lines
from cleaner.dumplines import nav_like


# The characters around the UTF-16 high bytes that tell an ideograph: the ends of each range
# the CJK class knows, their neighbours outside it, the hexagrams that share Extension A's last
# high byte, the joiners the count tries (and others of their high bytes), a character beyond
# the basic plane and a lone surrogate.
EDGE_CHARS = ["\u3400", "\u33ff", "\u4db5", "\u4dbf", "\u4dc0", "\u4dff", "\u4e00", "\u9fff", "\ua000",
              "\uf900", "\ufaff", "\ufb00", "\ue000", "\ue0a1", "\ufdd0", "\ufdd1", "\U0002000b", "\ud800"]


def test_line_blocks_count_ideographs_as_the_regex_does_whatever_the_lines_hold() -> None:
    from cleaner.blocks import cjk_count, line_blocks, line_counts
    rng = random.Random(21)
    for edges in ([], [c for c in EDGE_CHARS if c not in "\u4db5\u4dbf\u4dc0\u4dff"], EDGE_CHARS,
                  ["\ue000", "\ue0a1"], ["\ue000", "\ufdd0"]):
        alphabet = list("甲乙a，。 ") + edges
        for _ in range(40):
            lines = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 20))) for _ in range(30)]
            assert [b.cjk for b in line_blocks(lines, *line_counts(lines))] == [cjk_count(line) for line in lines], lines


def test_prose_mark_finds_what_the_alternation_finds() -> None:
    from cleaner.dumplines import PROSE_MARK
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
    from cleaner.dumplines import BOILERPLATE, BULLET, headline_like
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
        assert _lines(text)[0] == expected, text
    assert len(_lines("\n".join(pieces[:1] * 3 + pieces[4:5]))[0]) == 8



def test_next_body_lines_are_the_accumulated_minimum_of_the_body_lines_below() -> None:
    from itertools import accumulate
    from cleaner.dumphead import next_body_lines
    rng = random.Random(26)
    for _ in range(3000):
        body = [rng.random() < rng.choice([0.05, 0.3, 0.9]) for _ in range(rng.randint(0, 30))]
        n = len(body)
        expected = list(accumulate(reversed([i if i < n and body[i] else n for i in range(n + 1)]), min))[::-1]
        assert next_body_lines(body) == expected, body


def test_next_body_lines_down_to_a_stop_are_the_full_lists_head() -> None:
    # find_head reads the next body line of the lines down to one below the run's end only: the
    # list made down to a stop is the full one's head, the lines between the last body line above
    # the stop and the stop given the first body line below it.
    from cleaner.dumphead import next_body_lines
    rng = random.Random(34)
    for _ in range(3000):
        body = [rng.random() < rng.choice([0.05, 0.3, 0.9]) for _ in range(rng.randint(0, 30))]
        stop = rng.randint(0, len(body) + 2)
        full = next_body_lines(body)
        assert next_body_lines(body, stop) == full[:min(len(body), stop) + 1], (body, stop)
    assert next_body_lines([True, False, False, False, True], 2) == [0, 4, 4]
    assert next_body_lines([True, False, False, False], 1) == [0, 4]


def test_headline_like_given_the_count_does_not_count_again_and_keeps_a_bounded_memo(monkeypatch) -> None:
    # A line asked first with its CJK characters counted is not counted again (the tests that
    # read its words are kept for both ways of asking); the memo holds HEADLINE_CACHE lines at most.
    from cleaner import dumplines
    from cleaner.blocks import cjk_count
    texts = ["市图书馆推出夜间阅读服务", "全省秋粮收购进度过半", "首页 新闻 体育 财经", "责任编辑：张三李四"]
    expected = [dumplines.headline_like(text) for text in texts]
    assert expected == [True, True, False, False]
    dumplines._HEADLINE_WORDS.clear()

    def no_count(text: str) -> int:
        raise AssertionError(f"counted again: {text}")
    monkeypatch.setattr(dumplines, "cjk_count", no_count)
    assert [dumplines.headline_like(text, cjk_count(text)) for text in texts] == expected
    assert [dumplines.headline_like(text) for text in texts] == expected   # (kept: no count either)
    monkeypatch.undo()
    dumplines._HEADLINE_WORDS.clear()   # asked first without the count: counted (four is enough)
    assert dumplines.headline_like("甲乙丙丁ab") and not dumplines.headline_like("甲乙丙abc")
    for k in range(dumplines.HEADLINE_CACHE + 50):
        dumplines.headline_like(f"第{k}期市图书馆夜间阅读", 9)
    assert 0 < len(dumplines._HEADLINE_WORDS) <= dumplines.HEADLINE_CACHE
    assert dumplines.headline_like("市图书馆推出夜间阅读服务") and not dumplines.headline_like("首页 新闻 体育 财经")


def test_headline_word_tests_gated_by_the_first_character_answer_as_the_patterns() -> None:
    # The word tests of headline_like try the patterns that match at a line's start only on a
    # line opening with a character they open with, and search the chrome's words where a
    # match can start: lines made of their openings, words and other text, in every order.
    from cleaner import dumplines
    from cleaner.notices import fold
    from cleaner.patterns import DATE_LIKE, DUMP_BYLINE, DUMP_CHROME, DUMP_END, END_MARKERS

    def plain(text: str) -> bool:
        folded = fold(text)
        return not (DATE_LIKE.match(folded) or DUMP_CHROME.search(folded) or END_MARKERS.match(folded)
                    or DUMP_END.match(folded) or dumplines.BOILERPLATE.pattern.search(folded)
                    or DUMP_BYLINE.match(folded) or nav_like(folded))

    rng = random.Random(27)
    pieces = ["2024-05-06", "民國113年", "19", "相关阅读", "延伸閱讀", "责任编辑：", "（完）", "来源：", "作者：张三",
              "记者 李四", "分享到", "首页 > 新闻", " > ", "›", "当前位置：", "阅读次数", "市图书馆", "推出夜间", "阅读服务",
              "（", "【", " ", "\u3000", "ab", "E", "-- END --", "：", "编辑", "通讯员/王五",
              "END", "以上内容仅供参考", "民國113年5月6日"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 5))) for _ in range(5000)]
    answers = [dumplines._headline_words(text) for text in texts]
    assert answers == [plain(text) for text in texts]
    assert 500 < sum(answers) < 4500   # (both ways, often)
    for gated in (dumplines._DATE_OPENS, dumplines._ENDS_OPEN, dumplines._BYLINE_OPENS):
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
    from cleaner.dumpprose import _prose_memo
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


def test_a_marker_no_paragraph_follows_closely_ends_the_article_without_reading_the_tail() -> None:
    # An end marker, then link labels, then a long tail of finished summaries (a feed): the
    # article ends at the marker whatever the prose below it, and the tail's lines are neither
    # asked whether they are prose nor read, where every line below the marker was.
    from cleaner.dumptail import RESUME_LINES, find_end
    from cleaner.dumpprose import _prose_memo
    paragraph = "市图书馆从本周起推出夜间阅读服务，每周延长开放时间至晚上十点。"
    summary = "某地推出一项新的便民服务措施，方便市民在周末办理各类业务。"
    for labels in (0, RESUME_LINES - 1, RESUME_LINES, 40):
        lines = [paragraph] * 3 + ["延伸阅读"] + ["首页"] * labels + [summary] * 300
        blocks = _SlicesCounted(Block(line, i) for i, line in enumerate(lines))
        is_prose, asked = _asking_prose()
        _SlicesCounted.read = 0
        found = find_end(blocks, 0, is_prose)
        assert found == find_end_summing_every_line(tuple(blocks), 0, _prose_memo())
        if labels < RESUME_LINES:   # (a summary follows closely: the prose below is summed, more
            assert found[0] == len(lines) and max(asked) == len(lines) - 1, labels   # than above)
        else:
            assert found[0] == 3 and max(asked) <= 3 + RESUME_LINES, (labels, max(asked))
            assert _SlicesCounted.read <= len(lines) // 2, (labels, _SlicesCounted.read)


def test_a_markers_prose_below_is_summed_only_until_it_tells_the_end() -> None:
    # A list inside the article (延伸阅读, a paragraph close below), then the end (责任编辑：,
    # no paragraph within RESUME_LINES lines) over a feed of 300 finished summaries. The prose
    # below the first marker outweighs that above after a few summaries: the feed is not asked
    # whether it is prose, where every line below the marker was. And a tail that could not
    # outweigh the article however much of it is prose is not asked either.
    from cleaner.dumptail import RESUME_LINES, find_end
    from cleaner.dumpprose import _prose_memo
    paragraph = "市图书馆从本周起推出夜间阅读服务，每周延长开放时间至晚上十点。"
    summary = "某地推出一项新的便民服务措施，方便市民在周末办理各类业务。"
    inside = [paragraph] * 10 + ["延伸阅读", paragraph] + [summary] * 3
    pages = (([paragraph] * 40 + ["延伸阅读", paragraph] + [summary] * 40, 40, RESUME_LINES),
             (inside + ["责任编辑：张三"] + ["首页"] * RESUME_LINES + [summary] * 300, len(inside), 40))
    for lines, end, reach in pages:
        blocks = tuple(Block(line, i) for i, line in enumerate(lines))
        is_prose, asked = _asking_prose()
        found = find_end(blocks, 0, is_prose)
        assert found == find_end_summing_every_line(blocks, 0, _prose_memo())
        assert found[0] == end, found
        assert max(asked) <= end + reach, (end, max(asked))


def test_the_lines_above_the_first_marker_asked_are_not_told_again() -> None:
    # A long body, then a marker a paragraph follows closely, and the tail. Every line read of the
    # finished paragraphs lies below a marker asked, so the body above the first one is asked
    # whether it is prose once each, by the walk down, where the marker's look below told every
    # line from the body's start again.
    from collections import Counter

    from cleaner.dumptail import find_end
    from cleaner.dumpprose import _prose_memo
    paragraph = "市图书馆从本周起推出夜间阅读服务，每周延长开放时间至晚上十点。"
    for above in (1, 5, 60):
        lines = [paragraph] * above + ["首页"] + ["延伸阅读", paragraph] + ["首页"] * 20
        blocks = tuple(Block(line, i) for i, line in enumerate(lines))
        is_prose, asked = _asking_prose()
        found = find_end(blocks, 0, is_prose)
        assert found == find_end_summing_every_line(blocks, 0, _prose_memo())
        assert found[0] == (len(lines) if above == 1 else above + 1), (above, found)
        counts = Counter(asked)
        assert [counts[i] for i in range(above)] == [1] * above, (above, asked)


def _asking_prose():
    """A page's ``is_prose`` (:func:`cleaner.dumpprose._prose_memo`) and the positions of the lines asked."""
    from cleaner.dumpprose import _prose_memo
    memo = _prose_memo()
    asked: list[int] = []

    def is_prose(block: Block) -> bool:
        asked.append(block.position)
        return memo(block)
    return is_prose, asked


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
    from cleaner.dumpprose import _prose_memo
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
    from cleaner.dumplines import prose_text
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
        return [c >= td.MIN_PROSE_CJK and prose_text(text, c) and (td._finished(text) or (
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


# Lines of prose, labels, items and closings: the marks the line tests read (，。 and ASCII
# marks, with and without a digit after them), the closing quotes and brackets, bullets.
_PROSE_WORDS = ["甲乙丙丁戊己庚", "辛壬癸", "，", "。", "、", ",", ".", "3", "!", "?", "；", "”", "）", "】", "…",
                " ", "* ", "- ", "1. ", "ab", "分享", "2024-05-06"]


def _prose_lines(seed: int, n: int) -> list[Block]:
    from cleaner.blocks import line_blocks, line_counts
    rng = random.Random(seed)
    lines = ["".join(rng.choice(_PROSE_WORDS) for _ in range(rng.randint(1, 12))).strip() or "甲" for _ in range(n)]
    return line_blocks(lines, *line_counts(lines))


def _recording(calls: list[str], function):
    def recorded(arg):
        calls.append(arg if isinstance(arg, str) else arg.text)
        return function(arg)
    return recorded


def test_core_weights_tell_prose_without_a_call_a_line(monkeypatch) -> None:
    # _core_weights tells a line of running prose by marked's first tests and closes_sentence
    # written out: the weights are those of the two calls, and marked is asked only of a line
    # with a mark but no CJK comma or full stop, unless its one mark is a dot or a colon (main
    # asked closes_sentence of most lines).
    from cleaner import textdump
    from cleaner.body import weight
    from cleaner.dumptail import marked
    blocks = _prose_lines(31, 3000)
    labels = textdump._LABEL_WEIGHTS
    expected = [weight(b) if ((b.punct > 0 and marked(b)) or closes_sentence(b.text))
                and not textdump._BULLET.match(b.text) else labels[min(len(b.text), textdump.LABEL_CHARS)]
                for b in blocks]
    asked: list[str] = []
    closed: list[str] = []
    monkeypatch.setattr(textdump, "_marked", _recording(asked, marked))
    # (asked by none of textdump's functions now; main asked it by this name)
    monkeypatch.setattr(textdump, "closes_sentence", _recording(closed, closes_sentence), raising=False)
    assert textdump._core_weights(blocks) == expected
    assert not closed
    assert asked and asked == [b.text for b in blocks if b.punct > 0 and "，" not in b.text and "。" not in b.text
                               and not (b.punct == 1 and "." in b.text)]


def test_core_weights_ask_no_search_of_a_line_whose_one_mark_is_a_dot_or_a_colon(monkeypatch) -> None:
    # Lines of colons (full-width and ASCII), dots, marks of prose and digits after them (a
    # time, a number: no mark of prose), one mark or several: the weights are the plain form's,
    # and marked is asked of no line whose one mark is a dot or a colon.
    from cleaner import textdump
    from cleaner.blocks import line_blocks, line_counts
    from cleaner.dumptail import marked
    rng = random.Random(35)
    words = ["甲乙丙丁戊己庚", "辛壬癸", "：", ":", ".", "3", "12", "!", ",", "、", "；", "。", "，", "ab", " "]
    lines = ["".join(rng.choice(words) for _ in range(rng.randint(1, 8))).strip() or "甲" for _ in range(4000)]
    lines += ["来源：某某在线", "10:30", "www.example.com", "3.5", "时间：10:30", "地点：甲乙.丙"]
    blocks = line_blocks(lines, *line_counts(lines))
    asked: list[str] = []

    def recorded(block):
        asked.append(block.text)
        return marked(block)
    plain: list[int] = []
    expected = _plain_core_weights(blocks, plain)
    monkeypatch.setattr(textdump, "_marked", recorded)
    opening: list[int] = []
    assert textdump._core_weights(blocks, opening) == expected
    assert opening == plain
    lone = [b.text for b in blocks if b.punct == 1 and any(mark in b.text for mark in "：:.")]
    assert len(lone) > 200 and not set(lone) & set(asked)
    assert asked == [b.text for b in blocks if b.punct > 0 and "，" not in b.text and "。" not in b.text
                     and b.text not in lone]


def _plain_core_weights(blocks: list, opening: list[int]) -> list[float]:
    """_core_weights as marked and weight tell it, line by line."""
    from cleaner import textdump
    from cleaner.dumptail import marked
    out: list[float] = []
    for b in blocks:
        if b.punct > 0 and marked(b):
            if b.cjk >= textdump.MIN_PROSE_CJK:
                opening.append(b.position)
        elif b.cjk >= len(b.text) or b.text[-1] not in textdump.SENTENCE_END:
            out.append(textdump._LABEL_WEIGHTS[min(len(b.text), textdump.LABEL_CHARS)])
            continue
        if textdump._BULLET.match(b.text):
            out.append(textdump._LABEL_WEIGHTS[min(len(b.text), textdump.LABEL_CHARS)])
        else:
            out.append(textdump.weight(b))
    return out


def test_is_prose_tells_the_marks_without_a_call_a_line(monkeypatch) -> None:
    from cleaner import dumpprose
    from cleaner.dumplines import headline_like, is_meta
    from cleaner.dumptail import CHROME, marked
    blocks = [b for b in _prose_lines(32, 3000) if b.cjk >= 10]
    # (a list item is judged by the headline it holds: * 标题「…」 is no paragraph)
    expected = [((b.punct > 0 and marked(b)) or closes_sentence(b.text))
                and not headline_like(item := dumpprose._item(b.text), b.cjk if item is b.text else -1)
                and not CHROME.search(b.text) and not is_meta(b.text) for b in blocks]
    asked: list[str] = []
    closed: list[str] = []
    monkeypatch.setattr(dumpprose, "_marked", _recording(asked, marked))
    monkeypatch.setattr(dumpprose, "closes_sentence", _recording(closed, closes_sentence))
    assert [dumpprose._is_prose(b) for b in blocks] == expected
    assert True in expected and False in expected
    assert not closed
    assert set(asked) <= {b.text for b in blocks if b.punct > 0 and "，" not in b.text and "。" not in b.text}


def test_end_and_sparse_tail_ask_the_line_tests_of_few_lines(monkeypatch) -> None:
    # find_end's finished lines and find_sparse_tail's marked lines tell the last character and
    # the CJK marks without a call: closes_sentence is asked of none, marked only of a line
    # with a mark but no CJK comma or full stop (main asked each of every line).
    from cleaner import dumptail
    blocks = tuple(replace(b, position=i) for i, b in enumerate(
        [Block("正文第一段，说明了事情的来龙去脉和各方的看法。" * 3, 0)] * 4 + [Block("相关阅读", 0)]
        + list(_prose_lines(33, 400))))
    answers = (dumptail.find_end(blocks, 0, lambda b: b.cjk >= 10),
               dumptail.find_sparse_tail(blocks, 0, len(blocks), lambda b: b.cjk >= 12))
    asked: list[str] = []
    closed: list[str] = []
    monkeypatch.setattr(dumptail, "marked", _recording(asked, dumptail.marked))
    # (asked by none of dumptail's functions now; main asked it by this name)
    monkeypatch.setattr(dumptail, "closes_sentence", _recording(closed, closes_sentence), raising=False)
    assert (dumptail.find_end(blocks, 0, lambda b: b.cjk >= 10),
            dumptail.find_sparse_tail(blocks, 0, len(blocks), lambda b: b.cjk >= 12)) == answers
    assert not closed
    assert asked and set(asked) <= {b.text for b in blocks if b.punct > 0 and "，" not in b.text and "。" not in b.text}
