"""The headline search's faster forms answer as the plain forms they replace, and skip the work
they were made to skip (README "### Speed", the twenty-fourth round)."""

from __future__ import annotations

import random
from collections import Counter
from types import SimpleNamespace

from cleaner import dumphead, dumplines
from cleaner.blocks import Block, cjk_count
from cleaner.patterns import DATE_LIKE, DATE_MD, DATE_MONTH_NAME

# The pieces a date is made of, in order (a year, a month, a day, a clock time; a month's name
# and a year after its day), each maybe left out, and the characters around them.
YEARS = ["2025", "1999", "2125", "民国105", "民國 99", "105", "25", ""]
SEPARATORS = ["-", "/", ".", "年", "月", " ", ""]
MONTHS = ["1", "08", "12", "13", "0", "Apr", "四月", "十二月"]
DAYS = ["1", "26", "31", "32", "22, 2025", "27, 1999", "3, 2125"]
TIMES = [" 19:12", "10时32分", " 下午3:05", " 25:61", ":", "时", ""]
AROUND = ["发布于 ", "阅读 96 ", "甲乙", "1-10月", "0", ""]


def random_dates(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        text = "".join([rng.choice(AROUND), rng.choice(YEARS), rng.choice(SEPARATORS), rng.choice(MONTHS),
                        rng.choice(SEPARATORS), rng.choice(DAYS), rng.choice(["日", ""]), rng.choice(TIMES),
                        rng.choice(AROUND)])
        if text and rng.random() < 0.3:   # a character dropped
            k = rng.randrange(len(text))
            text = text[:k] + text[k + 1:]
        texts.append(text)
    return texts


def plain_dated(text: str) -> bool:
    if DATE_LIKE.search(text) or DATE_MONTH_NAME.search(text):
        return True
    return any(m.group("h") for m in DATE_MD.finditer(text))


class _Asked:
    """A pattern that records the texts it is asked to search."""

    def __init__(self, pattern) -> None:
        self.pattern, self.asked = pattern, []

    def search(self, text, *args):
        self.asked.append(text)
        return self.pattern.search(text, *args)

    def finditer(self, text, *args):
        self.asked.append(text)
        return self.pattern.finditer(text, *args)


def test_dated_answers_as_the_three_patterns_and_asks_them_only_where_they_can_match(monkeypatch) -> None:
    texts = random_dates(6000, 24) + ["05-16 19:12", "8月26日 10:32", "8月26日 10时32分", "发布于 Apr 22, 2025", "民国105年3月19日",
              "1-10月", "阅读 1520", "4月1日", "2025年"]
    told = Counter()
    for text in texts:
        expected = plain_dated(text)
        assert dumplines.dated(text) == expected, repr(text)
        told[expected] += 1
    assert told[True] > 400 and told[False] > 400
    # A line without a year's 19 or 20 (or 民) is not searched for a year; one without a colon
    # or 时 not for a clock time after its month and day.
    with_year, with_time = _Asked(DATE_LIKE), _Asked(DATE_MD)
    monkeypatch.setattr(dumplines, "DATE_LIKE", with_year)
    monkeypatch.setattr(dumplines, "DATE_MD", with_time)
    for text in ("4月1日 阅读 96", "1-10月", "甲乙丙丁", "05-16 19:12", "2025-04-01"):
        dumplines.dated(text)
    assert with_year.asked == ["05-16 19:12", "2025-04-01"]
    assert with_time.asked == ["05-16 19:12"]


PROFILE = "我在澜州港做了十五年工程师，喜欢拍照和写字，这里记录码头上的人和事。"
PARAGRAPH = "凌晨两点的码头并不安静，岸桥的灯一盏接一盏亮着，集装箱被稳稳吊上船。"


def _page(profile: list[str], article: list[str], chrome: int) -> tuple[list[str], list[Block], list[bool], tuple[int, int]]:
    """A blog's profile, then a dated headline and the article inside the same run of prose,
    ``chrome`` lines of links below the run."""
    lines = (["首页 博客 相册 留言", *profile, "最新文章", "文章分类", "夜班码头的灯",
              "发表于 2025-02-11 22:40 | 分类：码头日记 | 阅读 96", *article] + ["上一篇 下一篇"] * chrome)
    blocks = [Block(line, i) for i, line in enumerate(lines)]
    body = [block.cjk >= dumplines.MIN_PROSE_CJK for block in blocks]
    end = len(lines) - chrome
    return lines, blocks, body, (1, end)


class _Counted:
    """``attrgetter("cjk")``, counting the blocks it is asked about."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, block: Block) -> int:
        self.calls += 1
        return block.cjk


def test_a_dated_headline_inside_the_run_heads_it_while_no_more_prose_is_above(monkeypatch) -> None:
    # The headline inside the run holds when the profile above it holds no more CJK
    # characters than the article below it (one more, and it is a subhead): the sums are
    # made over the run alone, and only when such a line asks.
    counted = _Counted()
    monkeypatch.setattr(dumphead, "_CJK", counted)
    article = [PARAGRAPH] * 3
    below = 3 * cjk_count(PARAGRAPH)
    for extra, found in (("", True), ("甲", False)):
        profile = [PROFILE, "甲" * (below - cjk_count(PROFILE) - 3) + extra + "，乙丙丁。"]
        assert sum(map(cjk_count, profile)) == below + len(extra)
        lines, blocks, body, run = _page(profile, article, chrome=30)
        counted.calls = 0
        headline = dumphead.find_head(lines, blocks, body, run)[0]
        assert (headline == lines.index("夜班码头的灯")) is found, (extra, headline)
        assert 0 < counted.calls <= run[1] - run[0] + 1   # (the run's lines, not the page's)
    # A page whose headline sits above its run asks for no sums at all.
    lines = ["首页 博客", "夜班码头的灯", "发表于 2025-02-11 22:40 | 阅读 96", *article] + ["上一篇 下一篇"] * 30
    blocks = [Block(line, i) for i, line in enumerate(lines)]
    counted.calls = 0
    assert dumphead.find_head(lines, blocks, [b.cjk >= dumplines.MIN_PROSE_CJK for b in blocks], (3, 6))[0] == 1
    assert counted.calls == 0


def test_a_headlines_agreement_stops_at_the_bigrams_that_make_it_full(monkeypatch) -> None:
    # The headline's bigrams are asked of the body's text until AGREEING_BIGRAMS of them are
    # found there: a headline sharing all of its 13 is asked 8, and found the same.
    headline = "澜州港一季度集装箱吞吐量增长"
    article = [headline + "一成二，外贸航线新增四条，港口运行总体平稳。"] * 3
    dump = ["首页 港口 航运 登录", headline, "2025-04-01 09:00 来源：澜州日报", *article]
    blocks = [Block(line, i) for i, line in enumerate(dump)]
    body = [False, False, False, True, True, True]
    expected = dumphead.find_head(dump, blocks, body, (3, 6))
    assert expected[0] == 1
    pulled = Counter()
    real = dumphead.cjk_bigrams

    def counted_bigrams(text: str):
        for gram in sorted(real(text)):
            pulled[text] += 1
            yield gram
    monkeypatch.setattr(dumphead, "cjk_bigrams", counted_bigrams)
    assert dumphead.find_head(dump, blocks, body, (3, 6)) == expected
    assert len(real(headline)) == 13 and pulled[headline] == dumphead.AGREEING_BIGRAMS


ARTICLE_LINE = "澜州港今年一季度集装箱吞吐量同比增长一成二，外贸航线新增四条，港口运行总体平稳。"


def test_a_subhead_inside_the_run_is_told_without_its_agreement(monkeypatch) -> None:
    # A headline-like line inside the run, under a caption and a photo credit, with no date
    # near it: a subhead, told by the tests that read no bigram; its agreement with the prose
    # below is asked only where a test needs it.
    subhead = "夜班工人的一天"
    dump = ["首页 港口 航运 登录", "澜州港一季度集装箱吞吐量增长一成二", "2025-04-01 09:00 来源：澜州日报",
            ARTICLE_LINE, "图为码头夜景", "记者 张三 摄", subhead, ARTICLE_LINE, ARTICLE_LINE]
    blocks = [Block(line, i) for i, line in enumerate(dump)]
    body = [line == ARTICLE_LINE for line in dump]
    asked = Counter()
    real = dumphead.cjk_bigrams

    def counted_bigrams(text: str) -> set[str]:
        asked[text] += 1
        return real(text)
    monkeypatch.setattr(dumphead, "cjk_bigrams", counted_bigrams)
    assert dumphead.find_head(dump, blocks, body, (3, len(dump))) == (1, -1, 2)
    assert dumplines.headline_like(subhead) and asked[dump[1]] == 1 and asked[subhead] == 0



def _counting(monkeypatch, name: str) -> Counter:
    """dumphead.NAME made to count the texts it is asked about (its answers its own)."""
    asked: Counter = Counter()
    real = getattr(dumphead, name)

    def counted(text: str, *rest):
        asked[text] += 1
        return real(text, *rest)
    monkeypatch.setattr(dumphead, name, counted)
    return asked


def _searches(monkeypatch, name: str) -> list[str]:
    """The texts dumphead's pattern NAME is searched over (and dumplines', whose line tests
    dumphead asks, when it has one), kept as it answers."""
    texts: list[str] = []
    pattern = getattr(dumphead, name)
    searched = SimpleNamespace(search=lambda text: texts.append(text) or pattern.search(text), match=pattern.match)
    for module in (dumphead, dumplines):
        if getattr(module, name, None) is pattern:
            monkeypatch.setattr(module, name, searched)
    return texts


def _headed_page() -> tuple[list[str], list[Block], list[bool], tuple[int, int]]:
    """Chrome, two short sentences, a byline, the headline over its meta line, the article."""
    lines = ["首页 港口 航运 登录", "夜班工人到岗。", "码头灯火通明。", "作者：张三", "澜州港一季度集装箱吞吐量增长一成二",
             "2025-04-01 09:00 来源：澜州日报", ARTICLE_LINE, ARTICLE_LINE, ARTICLE_LINE]
    blocks = [Block(line, i) for i, line in enumerate(lines)]
    return lines, blocks, [line == ARTICLE_LINE for line in lines], (6, len(lines))


def test_each_line_is_asked_once_whether_it_holds_a_date_and_is_a_meta_line(monkeypatch) -> None:
    # The candidates' windows overlap: a line is asked whether it holds a date (for a short
    # sentence's headline test) and whether it is a meta line (above each candidate) once a
    # page, the answers kept by index (main asked the lines of each window again).
    dates, metas = _counting(monkeypatch, "dated"), _counting(monkeypatch, "is_meta")
    lines, blocks, body, run = _headed_page()
    assert dumphead.find_head(lines, blocks, body, run) == (4, -1, 5)
    assert dates and max(dates.values()) == 1 and dates["作者：张三"] == 1
    # (The lines above the headline's window: none holds a year, none is asked (README "### Speed",
    # the thirtieth round, `headcost`); the meta line, which holds one, is.)
    assert [metas[line] for line in lines[:5]] == [0] * 5 and metas[lines[5]] >= 1


def test_a_short_sentence_with_no_date_near_is_told_before_its_headline_test(monkeypatch) -> None:
    # A line finished as prose (夜班工人到岗。) is a headline all the same only with a date right
    # below or above it: with none near, the headline test of its text with its full stops
    # made commas (a text no stage asked, its word tests made anew) is not made.
    asked = _counting(monkeypatch, "headline_like")
    lines, blocks, body, run = _headed_page()
    assert dumphead.find_head(lines, blocks, body, run)[0] == 4
    assert asked["夜班工人到岗，"] == asked["码头灯火通明，"] == 0
    # With a date right below it, it is asked (and a menu row of few labels is told by their count).
    lines[2] = "2025-04-01 09:00"
    blocks = [Block(line, i) for i, line in enumerate(lines)]
    dumphead.find_head(lines, blocks, body, run)
    assert asked["夜班工人到岗，"] == 1


def test_the_dates_below_a_candidate_are_searched_only_where_a_year_is(monkeypatch) -> None:
    # DATE_LIKE (a year's 19 or 20, or 民国, in every match) searched over the lines below a
    # candidate only when they hold one; the body's opening lines read once for its vocabulary
    # and its quoted works (main read them twice, and searched every candidate's lines).
    searched = _searches(monkeypatch, "DATE_LIKE")
    prose = _counting(monkeypatch, "prose_text")
    lines, blocks, body, run = _headed_page()
    assert dumphead.find_head(lines, blocks, body, run) == (4, -1, 5)
    assert prose[ARTICLE_LINE] == 3   # (each of the three lines once)
    # (a subhead inside the run, prose below it)
    dump = ["首页 港口 航运 登录", "澜州港一季度集装箱吞吐量增长一成二", "2025-04-01 09:00 来源：澜州日报",
            ARTICLE_LINE, "图为码头夜景", "记者 张三 摄", "夜班工人的一天", ARTICLE_LINE, ARTICLE_LINE]
    blocks = [Block(line, i) for i, line in enumerate(dump)]
    assert dumphead.find_head(dump, blocks, [line == ARTICLE_LINE for line in dump], (3, len(dump))) == (1, -1, 2)
    assert searched and all("20" in text or "19" in text or "民" in text for text in searched)


def test_a_row_of_few_labels_is_no_menu_row_without_its_clause_search(monkeypatch) -> None:
    # A line of fewer than MIN_MENU_TOKENS labels (most lines) is told before its tokens'
    # lengths and the clause marks' regex; a long row of labels is one, a phrase with a comma none.
    searched = _searches(monkeypatch, "_CLAUSE_MARK")
    assert not dumphead._menu_row("澜州港一季度 集装箱吞吐量增长") and not dumphead._menu_row("首页 新闻 体育 财经")
    assert searched == []
    assert dumphead._menu_row("首页 新闻 体育 财经 科技 汽车 一周大事電子報")
    assert not dumphead._menu_row("推出 AI 耳机 X7 Pro，支持 降噪")
    assert len(searched) == 2


# README "### Speed", the thirtieth round, `headcost`: the lines above the body asked whether they
# are meta lines only where a year is, those the <title> prints again squashed only when spaced.

def test_the_lines_holding_a_year_are_found_over_the_lines_joined() -> None:
    rng = random.Random(30)
    pieces = ["2", "0", "1", "9", "20", "19", "民", "甲", "a", " ", "2019", "02"]
    for _ in range(300):
        lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(0, 12))]
        expected = [i for i, line in enumerate(lines) if "20" in line or "19" in line or "民" in line]
        assert dumplines.year_lines(lines) == expected, lines
    # (a line ending in 2 over one opening with 0 holds no year: the line break stands between)
    assert dumplines.year_lines(["甲2", "0乙", "2020", "x19", "民"]) == [2, 3, 4]


def test_the_lines_the_first_lines_print_again_are_found_whitespace_aside() -> None:
    rng = random.Random(31)
    alphabet = ["新", "闻", "标", "题", "|", " ", "\u3000", "\t", "\xa0", "a"]
    for _ in range(300):
        lines = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(3, 12))]
        top = dumplines.top_lines(lines)
        stop = rng.randint(0, len(lines))
        expected = [i for i in range(dumplines.TOP_LINES, stop) if dumplines.squash(lines[i]) in top]
        assert dumplines.in_top_lines(lines, top, stop) == expected, lines
    lines = ["新闻标题|网站", "", "", "新闻 标题", "网\u3000站", "新闻　标", "闻标题新"]
    assert dumplines.in_top_lines(lines, dumplines.top_lines(lines), len(lines)) == [3, 4, 5]


def test_a_meta_line_is_told_as_the_plain_year_test_tells_it() -> None:
    def plain(text: str) -> bool:
        if not ("20" in text or "19" in text or "民" in text):
            return False
        return (len(text) < 120 and bool(DATE_LIKE.search(text)) and bool(dumphead.META_WORDS.search(text))) \
            or (len(text) < 40 and bool(DATE_LIKE.match(text)))
    texts = random_dates(3000, 32) + ["民國88年3月15日", "民国 88 年 3 月 5 日 来源", "2025-08-26", "1988.3.5 作者"]
    assert [dumplines.is_meta(t) for t in texts] == [plain(t) for t in texts]
    assert dumplines.is_meta("民國88年3月15日")   # (no 0 or 9: told by its 民)


def test_a_hard_wrapped_paragraph_is_told_by_any_mark_of_prose() -> None:
    # (Each piece's mark asked as :func:`dumplines.prose_marked` asks it: a CJK comma or full
    # stop by ``in``, the other marks by the pattern.)
    for mark in ["，", "；", "、", "!", ",", "？"]:
        piece = "甲乙丙丁戊己庚辛壬" + mark + "癸子丑寅卯辰巳午未申"   # (20 characters, unfinished)
        lines = [piece, piece.replace("甲", "天"), piece.replace("甲", "地"), "标题"]
        assert dumphead._wrapped(lines, 1), mark
        bare = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉"   # (as wide, no mark)
        assert not dumphead._wrapped([bare, piece.replace("甲", "天"), bare.replace("甲", "乙")], 1), mark
    number = "甲乙丙丁戊己庚辛1,5壬癸子丑寅卯辰巳午"   # (a comma inside a number is no mark)
    assert not dumphead._wrapped([number, number + "未", number.replace("甲", "天")], 1)
