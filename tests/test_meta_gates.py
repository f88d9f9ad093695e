"""The metadata stage's gates of the twentieth round of issue 12: each answer against the plain
computation it stands for."""

from __future__ import annotations

import random
import re

# Pieces of dates, times and the text around them: years (19xx, 20xx, 民国), separators, months
# and days, colons (a time of day, a label's), digits alone.
_POOL = ["2024", "1999", "2018", "20", "19", "1", "2", "民国", "民國", "107", "中华", "年", "月", "日", "-", "/",
         ".", " ", "\n", ":", "10", "05", "13", "3", "12:30", "08:05:09", "时", "分", "发布时间:", "来源:",
         "记者", "张三", "新闻", "下午", "昨天", "今天", "3小时前", "PM"]


_DATES = ["2024-05-13", "2024年5月13日", "1999/1/2", "2018.07.27", "民国107年3月13日", "民國 99 年 1 月 2 日",
          "2024 - 05 -", "5月13日", "05-13"]


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_DATES if rng.random() < 0.15 else _POOL) for _ in range(rng.randrange(12)))
            for _ in range(n)]


def test_a_text_holds_a_date_as_date_like_says() -> None:
    """``_HOLDS_DATE`` (DATE_LIKE behind the class of the characters its matches open with) finds a
    date in the texts DATE_LIKE finds one in, and in no other; it fails with 民 (民国) or 1 (19xx)
    left out of the class."""
    from cleaner.meta.zones import _HOLDS_DATE, _dated
    from cleaner.patterns import DATE_LIKE
    found = 0
    for text in _texts(20, 20000):
        plain = DATE_LIKE.search(text) is not None
        assert (_HOLDS_DATE.search(text) is not None) == plain, text
        assert _dated(text) == plain, text
        found += plain
    assert found > 1000


def test_a_timed_line_is_one_whose_date_holds_a_colon() -> None:
    """``_timed`` reads the dates only of a text holding a colon: the answer is the plain one (a
    date whose text holds a colon) on random texts of dates, times and labels; it fails with the
    full-width colon asked in its place (the texts are normalised) or the gate reversed."""
    from cleaner.meta.dates import _PLAIN_CLOCK, _dates
    from cleaner.meta.names import _timed
    from cleaner.meta.zones import _norm
    timed = 0
    for raw in _texts(21, 20000):
        text = _norm(raw.replace(":", "：") if len(raw) % 3 == 0 else raw)
        plain = any(":" in text[d.start:d.end] for d in _dates(text, _PLAIN_CLOCK))
        assert _timed(text) == plain, text
        timed += plain
    assert timed > 500


def test_the_site_name_memo_holds_one_page() -> None:
    """The title's parts are asked whether they name the site through a memo that each page
    empties as it begins: it holds the parts of the page at hand only (it fails with the memo
    kept from page to page)."""
    from cleaner.blocks import Block, Page
    from cleaner.meta.title import _is_site_name, find_title

    def page(headline: str, site: str) -> Page:
        return Page(blocks=(Block(headline, 0, heading=1),), head=(("title", f"{headline}_{site}"),))

    assert find_title(page("标题在这里", "某某新闻网")) == "标题在这里"
    assert _is_site_name.cache_info().currsize == 2   # 标题在这里, 某某新闻网
    assert find_title(page("另一个标题的文字", "某某日报")) == "另一个标题的文字"
    assert _is_site_name.cache_info().currsize == 2   # 另一个标题的文字, 某某日报: the first page's are gone


def test_a_roc_date_is_read_only_from_a_text_holding_its_year() -> None:
    """_read_dates scans a text for a Republic-of-China date (民国107年3月13日, 105年3月19日) only
    when it holds 民国 or a year 100-119 before 年: on random texts of such years, their pieces
    and other dates, the dates are those of the scan asked of every text; it fails with 民国 left
    out of the gate, or the space allowed before 年 left out."""
    from zoneinfo import ZoneInfo

    from meta_pages import dates_read_as_without
    pool = ["民国", "中华", "民", "国", "107", "105", "99", "119", "120", "1", "0", " ", "年", "3", "月", "13", "日",
            "2024年", "5月", "12:30", "记者", ".", "-", "民国107年3月13日", "108 年5月1日", "中华民国99年1月2日 10:20"]
    read = dates_read_as_without("_ROC_YEAR", pool, ZoneInfo("Asia/Taipei"), seed=22, runs=20000, longest=12)
    assert sum(any(d.when.year < 2024 for d in got) for got in read) > 200


def test_a_dateline_credit_is_the_plain_search_s() -> None:
    """The dateline's credit (a bracket holding a role, or a paragraph opening with a role) read
    with the role pattern asked only where a match can start gives what the pattern asked at
    every character gives, on random leads of roles, brackets, names, 讯 and 电; it fails with the
    role matched at the bracket's start only."""
    from cleaner.meta.names import _dateline_credit
    from cleaner.patterns import AUTHOR_ROLE, WIRE_CREDIT

    def plain(lead: str) -> str:
        for m in re.finditer(r"[(（〔【\[]([^()（）〔〕【】\[\]]{2,60})[)）〕】\]]", lead[:80]):
            if AUTHOR_ROLE.search(m.group(1)):
                wire = WIRE_CREDIT.match(m.group(1))
                return f"{wire.group('role')} {wire.group('names')}" if wire else m.group(1)
        from test_meta_fastpaths import _plain_credit
        return _plain_credit(lead)

    pool = ["（", "）", "(", ")", "【", "】", "〔", "〕", "[", "]", "记者", "本报记者", "通讯员", "实习生", "作者", "文/",
            "张三", "李四", "香港文汇报", "新华社", "北京", "8月26日", "电", "讯", " ", "，", "。", "报道", "/", ":"]
    rng = random.Random(23)
    credited = 0
    for _ in range(20000):
        lead = "".join(rng.choice(pool) for _ in range(rng.randrange(14)))
        got = _dateline_credit(lead)
        assert got == plain(lead), lead
        credited += bool(got)
    assert credited > 2000


# --- the twenty-first round --------------------------------------------------------------------

_EDITOR_POOL = ["责任编辑", "责编", "编辑", "值班编辑", "执行编辑", "本版编辑", "网络编辑", "编", "辑", "责任", "本版",
                "网络", "来源", "新华网", "本网", "：", ":", "/", "|", " ", "【", "】", "（", "）", "张三", "李四",
                "Demi Xia", "_NT6056", " PK155", "校对", "编者按", "编号", "2024-05-13"]


def test_the_editor_is_the_plain_search_s() -> None:
    """``_editor`` over lines it searches only when they hold 编 gives what the label searched in
    every line gives, on random tails of roles, names and separators (every role holds 编, the
    pattern's own prefilter asks for one of 责值执本网编)."""
    from cleaner.meta.editor import _editor, _editor_value
    from cleaner.meta.zones import _LABEL_START
    from cleaner.patterns import EDITOR_LABEL, EDITOR_ROLE_RANK
    assert all("编" in role for role in EDITOR_ROLE_RANK)

    def plain(texts: tuple[str, ...]) -> str | None:
        found = [(EDITOR_ROLE_RANK[m.group("role")], k, value) for k, text in enumerate(texts)
                 for m in EDITOR_LABEL.finditer(text)
                 if not (m.start() and not _LABEL_START.match(text, m.start()) and m.group("role") == "编辑")
                 for value in (_editor_value(text, m.end()),) if value]
        first = next((k for rank, k, _ in found if rank == 0), len(texts))   # a 责任编辑 ends the search
        return min((f for f in found if f[1] <= first), key=lambda f: f[0])[2] if found else None  # the first best

    rng = random.Random(24)
    named = 0
    for _ in range(20000):
        texts = tuple("".join(rng.choice(_EDITOR_POOL) for _ in range(rng.randrange(8))) for _ in range(rng.randrange(5)))
        got = _editor(texts)
        assert got == plain(texts), texts
        named += got is not None
    assert named > 1500


def test_the_editor_label_is_searched_only_in_lines_holding_bian(monkeypatch) -> None:
    """The label is not searched in a line without 编 (a site's name, 本网, 来源), nor in any
    line of a tail none of whose lines holds it; it fails with either test of 编 taken out."""
    from cleaner.meta import editor
    searched: list[str] = []
    label = editor._EDITOR_LABEL

    class Spy:
        def finditer(self, text: str):  # type: ignore[no-untyped-def]
            searched.append(text)
            return label.finditer(text)

    monkeypatch.setattr(editor, "_EDITOR_LABEL", Spy())
    assert editor._editor(("来源：新华网", "本网记者 王五", "网友评论")) is None
    assert searched == []
    assert editor._editor(("来源：新华网", "责任编辑：张三", "本版责任人")) == "张三"
    assert searched == ["责任编辑：张三"]


def test_a_lead_without_a_dateline_word_is_not_matched(monkeypatch) -> None:
    """The dateline pattern is asked only of a lead holding 电, 讯, 消息 or 报道, and every match
    holds one (random leads of names, dates, brackets and those words): the gate answers as the
    pattern does; the spy fails with the gate taken out."""
    from cleaner.meta import source
    from cleaner.patterns import DATELINE
    pool = ["本报", "新华社", "北京", "8月26日", "2024年", "电", "讯", "快讯", "消息", "报道", "报", "道", "消", "据",
            "【", "】", "(", " ", "，", "记者", "张三", "某某网", "日", "正文"]
    rng = random.Random(25)
    matched = 0
    for _ in range(20000):
        lead = "".join(rng.choice(pool) for _ in range(rng.randrange(9)))
        words = any(w in lead for w in ("电", "讯", "消息", "报道"))
        m = DATELINE.match(lead)
        assert m is None or words, lead
        if not words:
            assert source._dateline(lead) == (None, False), lead
        matched += m is not None
    assert matched > 2000
    asked: list[str] = []
    monkeypatch.setattr(source, "DATELINE", type("Spy", (), {"match": staticmethod(lambda t: asked.append(t))})())
    assert source._dateline("正文第一段，写了很多内容。") == (None, False) and asked == []
    source._dateline("新华社北京8月26日电")
    assert asked == ["新华社北京8月26日电"]


def test_the_headline_test_asks_the_fields_prefiltered_labels(monkeypatch) -> None:
    """A line above a dated one is no headline when it holds a role, a source or an editor label:
    asked through the patterns the fields prefilter (``names._AUTHOR_ROLE`` …), which answer as
    the plain ones on random lines; the spy fails with the plain patterns asked in their place."""
    from cleaner.blocks import Block
    from cleaner.meta import editor, names, source, title
    from cleaner.patterns import AUTHOR_ROLE, EDITOR_LABEL, SOURCE_LABEL
    pool = ["记者", "张三", "来源", "：", ":", "/", "文", "编辑", "责编", "某市", "举行", "新闻", "发布会", "本报",
            "讯", " ", "【", "】", "出处", "首发于", "作者", "通讯员", "网"]
    rng = random.Random(26)
    for _ in range(20000):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(9)))
        for pre, plain in ((names._AUTHOR_ROLE, AUTHOR_ROLE), (source._SOURCE_LABEL, SOURCE_LABEL),
                           (editor._EDITOR_LABEL, EDITOR_LABEL)):
            assert (pre.search(text) is None) == (plain.search(text) is None), text
    asked: list[str] = []

    class Spy:
        def __init__(self, pattern: re.Pattern[str]) -> None:
            self.pattern = pattern

        def search(self, text: str, *at: int) -> re.Match[str] | None:
            asked.append(text)
            return self.pattern.search(text, *at)

        def match(self, text: str, *at: int) -> re.Match[str] | None:
            asked.append(text)
            return self.pattern.match(text, *at)

    monkeypatch.setattr(names._AUTHOR_ROLE, "pattern", Spy(names._AUTHOR_ROLE.pattern))
    assert not title._headline_like(Block("记者张三报道某市新闻发布会", 0), text_dump=False)
    assert asked
