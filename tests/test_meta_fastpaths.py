"""The metadata stage's fast paths of the twenty-second round of issue 12: each answer against the
plain computation it stands for, on random texts of the characters the fast path treats apart."""

from __future__ import annotations

import random
import re
import unicodedata


def _plain_fold(text: str) -> str:
    """The fold written plainly: the table over every character, then NFKC where it may change."""
    from cleaner.meta import zones
    table = zones._MATCHING_TABLE
    text = text.translate(table)
    if not text.isascii() and zones._COMPAT.search(text) and not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text).translate(table)
    return text


def test_the_comma_replaced_first_folds_as_the_table_does() -> None:
    """_norm and _squash replace the full-width comma before their class search, which no longer
    looks for it: on random texts of commas, other folded characters (full-width, traditional,
    compatibility, icon-font), spaces and plain ideographs, each gives the plain fold (whitespace
    collapsed, icon-font characters dropped; whitespace removed). It fails with the replacement
    taken out (the comma kept) or made another character's."""
    from cleaner.meta import zones
    pool = ["\uff0c"] * 6 + [*"記者張說\uff1a\uff08\uff09\uff11\u3000\u201c\u201d\u2026\u2460\u00a0",
                             "\ue000", "\u0301", "e", "新", "闻", ",", " ", "\t", "ab"]
    rng = random.Random(22)
    zones.forget()
    commas = 0
    for _ in range(20000):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(16)))
        plain = _plain_fold(text)
        # (A two-character label padded with a space is made one word after the fold: 記　者： -> 记者:.)
        want = zones._unspaced_labels(" ".join(re.sub("[\ue000-\uf8ff]", "", plain).split()))
        assert zones._norm(text) == want, ascii(text)
        assert zones._squash(text) == "".join(plain.split()), ascii(text)
        commas += "\uff0c" in text
    zones.forget()
    assert commas > 10000
    assert zones._norm("张三，李四，“王五”") == "张三,李四,“王五”"
    assert not zones._NORM_CHANGES.search("\uff0c") and not zones._OTHER_CHANGES.search("\uff0c")


def test_a_byline_is_read_alike_with_the_photo_credit_told_last() -> None:
    """_bylines tells a photo credit (图片来源：…, …摄) only of a line that names someone: on random
    lines of photo-credit words, roles, names and writer's credits it gives what telling the photo
    credit first gives. It fails with the photo-credit test dropped."""
    from cleaner.meta import names
    from cleaner.patterns import WRITER_CREDIT

    def photo_first(text: str) -> list[str]:
        if names._BYLINE_HINT is not None and not names._BYLINE_HINT.search(text):
            return []
        if names._PHOTO_CREDIT.search(text) and not WRITER_CREDIT.search(text):
            return []
        return names._credited(text)

    pool = ["图片来源：", "图/", "摄影：", "摄", "视频：", "资料图", "记者", "本报记者", "通讯员", "作者：", "文/",
            "/文", "图文", "撰文", "张三", "李四", "王小明", "欧阳娜", "、", " ", "，", "报道", "编辑", "新华社"]
    rng = random.Random(23)
    named = photos = 0
    for _ in range(20000):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(1, 7)))
        if rng.random() < 0.4:   # a photo credit's opening or end
            text = rng.choice(["图片来源：", "图/", "摄影：", "视频："]) + text if rng.random() < 0.5 else text + " 摄"
        expected = photo_first(text)
        assert names._bylines(text) == expected, text
        named += bool(expected)
        photos += bool(names._credited(text)) and not expected
    assert named > 1000 and photos > 150


def test_a_title_is_split_as_the_plain_separator_pattern_splits_it() -> None:
    """_TITLE_SPLIT asks first that a match opens with a space or a separator mark: on random
    titles of separators (_ | ｜ - -- — –), spaces, digits and words, it splits where the plain
    pattern splits. It fails with a mark left out of the lookahead (the dashes — and –)."""
    from cleaner.meta.zones import _TITLE_SPLIT
    plain = re.compile(r"\s*(?:[_|｜]+|-{2,}|—+|–+|(?<!\d)-|-(?!\d))\s*")
    pool = ["_", "|", "｜", "-", "--", "—", "–", " ", "\u3000", "\t", "1", "10", "月", "新闻", "某某网", "a", "B"]
    rng = random.Random(24)
    split = 0
    for _ in range(20000):
        title = "".join(rng.choice(pool) for _ in range(rng.randrange(12)))
        parts = plain.split(title)
        assert _TITLE_SPLIT.split(title) == parts, title
        split += len(parts) > 1
    assert split > 10000


def test_a_translated_byline_is_searched_only_where_a_paper_is_named() -> None:
    """The translated byline (英国《金融时报》 张三 伦敦报道) is searched only in a text holding
    the mark its paper's name opens with and ending with 报道 or 报导 (whitespace after them
    aside): on random lines the gated search finds what the pattern finds. It fails with another
    mark in the gate's place, or with the whitespace left on the text's end."""
    from cleaner.meta.names import _foreign_byline
    from cleaner.meta.zones import _foreign
    from cleaner.patterns import FOREIGN_BYLINE
    pool = ["英国", "《", "》", "金融时报", "张三", "李四", " ", "伦敦", "纽约", "，", "报道", "报导", "「", "」"]
    rng = random.Random(25)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(14)))
        if rng.random() < 0.4:   # a paper's byline, whole or in part
            text = rng.choice(["英国", "", "「"]) + rng.choice(["《金融时报》", "「金融时报」", "《》"]) \
                + rng.choice([" ", ""]) + text + rng.choice(["报道", "报导", "", "报道 ", "报导\n", "报道\u3000"])
        plain = FOREIGN_BYLINE.search(text)
        gated = _foreign(text)
        assert (gated and gated.span()) == (plain and plain.span()), text
        found += plain is not None
    assert found > 300
    assert _foreign_byline("英国《金融时报》 张三 伦敦 ， 李四 纽约报道") == ["张三", "李四"]



def test_a_closing_credit_is_tried_at_the_last_bracket_or_mark_only(monkeypatch) -> None:
    """A closing credit （张三 李四） and a byline after the last sentence (。记者 李秋晨) are tried
    only where the last opening bracket or sentence mark stands (neither holds one): on random
    paragraph ends of sentences, brackets, roles and names each reads what the search of the whole
    text reads. It fails with the first bracket or mark tried in place of the last."""
    from cleaner.meta import names

    class _Searched:   # the pattern searched over the whole text wherever it is asked to match
        def __init__(self, pattern: re.Pattern[str]) -> None:
            self.pattern = pattern

        def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
            return self.pattern.search(text)

    pool = ["。", "！", "？", "!", "?", "（", "(", "）", ")", "记者", "本报记者", "张三", "李四", "王小明", " ",
            "\n", "会议", "参加", "，", "上海报道", ".", "新华社"]
    rng = random.Random(26)
    texts = ["".join(rng.choice(pool) for _ in range(rng.randrange(16))) for _ in range(20000)]
    names_ = ["张三", "李四", "王小明", "记者 张三", "姚峰 上海报道"]
    texts = [t + rng.choice("（(") + " ".join(rng.sample(names_, 2)) + rng.choice("）)") + rng.choice(["。", "", " "])
             if k % 3 == 0 else t for k, t in enumerate(texts)]   # a closing credit after the text
    got = [(names._end_byline(t), names._end_credit(t)) for t in texts]
    monkeypatch.setattr(names, "_END_BYLINE", _Searched(names._END_BYLINE))
    monkeypatch.setattr(names, "_END_CREDIT", _Searched(names._END_CREDIT))
    assert [(names._end_byline(t), names._end_credit(t)) for t in texts] == got
    assert sum(bool(b) for b, _ in got) > 150 and sum(bool(c) for _, c in got) > 500


def test_a_copyright_notice_and_a_role_after_the_name_are_searched_where_their_words_are() -> None:
    """A copyright notice naming the writer (本文版权归作者 X 所有) is searched only in a line holding
    版权归, a name with its role after it (Derek作者, 允中 发自 凹非寺) only in a line holding 作者 or
    发自: on random lines each gated search finds what the pattern finds. It fails with another
    word in a gate's place."""
    from cleaner.meta import names
    from cleaner.patterns import AUTHOR_LINE_AFTER, COPYRIGHT_OWNER
    pool = ["本文", "版权", "版权归", "归", "作者", "原", "张三", "Derek", " ", "所有", "发自", "凹非寺", "作", "者",
            "发", "自", "，", "李四", "北京"]
    rng = random.Random(27)
    owners = lines = 0
    for _ in range(20000):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(5)))
        shape = rng.random()
        if shape < 0.3:   # a copyright notice, whole or in part
            text = rng.choice(["本文版权归作者", "版权归原作者", "版权归", "版权作者"]) + text + rng.choice(["所有", ""])
        elif shape < 0.6:   # a name with a role after it, whole or in part
            text = rng.choice(["张三", "Derek", "允中", ""]) + rng.choice([" ", ""]) + rng.choice(["作者", "发自 ", "作"]) + text
        plain = COPYRIGHT_OWNER.search(text)
        gated = COPYRIGHT_OWNER.search(text) if names._OWNER_WORD in text else None
        assert (gated and gated.span()) == (plain and plain.span()), text
        owners += plain is not None
        plain = AUTHOR_LINE_AFTER.match(text)
        gated = AUTHOR_LINE_AFTER.match(text) if any(w in text for w in names._ROLE_AFTER_WORDS) else None
        assert (gated and gated.span()) == (plain and plain.span()), text
        lines += plain is not None
    assert owners > 300 and lines > 300


def test_each_date_form_is_read_whichever_needed_character_it_holds() -> None:
    """The date forms after the full date are searched only in a text holding a character every
    match of the form holds (asked by `in` tests): the characters asked are the form's needed
    class (prefilter.needed), and a date holding only one of them is read for each. It fails with
    a character left out of a form's test (13-02-2022 unread without - for DATE_DMY)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from cleaner.meta.dates import _Clock, _read_dates
    from cleaner.meta.zones import _norm
    from cleaner.patterns import DATE_DMY, DATE_MD, DATE_MONTH_NAME, DATE_RELATIVE, DATE_YY
    from cleaner.prefilter import needed
    tz = ZoneInfo("Asia/Shanghai")
    clock = _Clock(datetime(2025, 6, 1, tzinfo=tz), tz, (), datetime(2025, 6, 2, tzinfo=tz))
    samples = {DATE_YY: {"-": "发布 24-05-13 10:00"},
               DATE_DMY: {"/": "Posted 13/02/2022", "-": "Posted 13-02-2022"},
               DATE_MD: {"-": "05-13 10:30", "/": "05/13 10:30", "月": "5月13日"},
               DATE_RELATIVE: {"前": "3小时前", "昨": "昨天 10:00", "今": "今天 10:00", "刚": "刚刚"},
               DATE_MONTH_NAME: {",": "May 13, 2024"}}
    for form, by_char in samples.items():
        cls = needed(form)
        assert cls is not None and {c for c in map(chr, range(0x10000)) if cls.match(c)} == set(by_char), form.pattern
        for char, text in by_char.items():
            text = _norm(text)
            assert char in text and form.search(text), text
            assert [d.start for d in _read_dates(text, clock)] == [form.search(text).start()], text


def test_a_date_form_is_searched_only_in_a_text_holding_a_piece_each_match_holds(monkeypatch) -> None:  # noqa: ANN001
    """Besides its character, the full date and the month by name are searched only in a text
    holding 19 or 20, the day-first date only where a / or a - stands right before them, a date
    without a year only where a :, 时 or 日 is (it is kept only with a time or as 8月26日). Every
    match of each form on random texts of dates' pieces holds its piece, so a text without it
    holds none; and a text of a counter's 1,234 and a 5-12 round is asked of none of the four. It
    fails with the pieces' tests taken out (each form is then asked of it)."""
    from meta_pages import spy_on

    from cleaner.meta import dates
    from cleaner.patterns import DATE_DMY, DATE_MD, DATE_MONTH_NAME, DATE_YMD
    rng = random.Random(34)
    pool = ["2024", "1999", "19", "20", "12", "5", "31", "13", "/", "-", ".", "年", "月", "日", ":", "时", "分",
            " ", ",", "Feb ", "四月", "下午", "T", "10", "记者", "13/02/", "05-13", "8月26日", "10:30", "3时20分", "5/12",
            "12-05 ", "Feb 13, ", "/2022", "-2019", ", 2024", "1,234", "13/02/20", "2-6-19", "Feb 13, 20", "四月 27, "]
    kept = dict.fromkeys(("full", "month name", "day first", "no year"), 0)
    for _ in range(20000):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(1, 7)))
        for m in DATE_YMD.finditer(text):
            assert "19" in m[0] or "20" in m[0], text
            kept["full"] += 1
        for m in DATE_MONTH_NAME.finditer(text):
            assert "19" in m[0] or "20" in m[0], text
            kept["month name"] += 1
        for m in DATE_DMY.finditer(text):
            assert any(piece in m[0] for piece in ("/19", "/20", "-19", "-20")), text
            kept["day first"] += 1
        for m in DATE_MD.finditer(text):
            if dates._hm(m) is not None or (m["sep"] == "月" and m["ri"]):
                assert ":" in m[0] or "时" in m[0] or "日" in m[0], text
                kept["no year"] += 1
    assert min(kept.values()) > 300, kept
    asked = {name: spy_on(monkeypatch, dates, name) for name in ("_YMD", "_MONTH_NAME", "DATE_DMY", "DATE_MD")}
    dates._date_forms.cache_clear()
    texts = ("阅读 1,234 次 第5-12轮", "Posted 13/02/2022 10:30, 12-05")
    try:
        read = [dates._date_forms(text) for text in texts]
    finally:
        dates._date_forms.cache_clear()
    assert read[0] == () and [form[4] for form in read[1]][:1] == [dates.datetime(2022, 2, 13, 10, 30)]
    assert asked == dict.fromkeys(("_YMD", "_MONTH_NAME", "DATE_DMY", "DATE_MD"), [texts[1]])


def test_an_author_card_and_a_role_after_the_names_are_matched_where_they_can_be() -> None:
    """An author card's heading is matched only in a line holding 作者 or written in ASCII (no
    other character folds to a letter of "about the author" under re.I), a role after the names
    (马俊峰/文, 张三 编译) only in a line holding / or 编 (its needed class): the card's heading is
    found as the pattern finds it on random lines, and bylines of either role are read. It fails
    with the ASCII lines or 编 left out of a gate."""
    from cleaner.meta import names
    from cleaner.patterns import AUTHOR_CARD, AUTHOR_ROLE_AFTER
    from cleaner.prefilter import needed
    letters = re.compile(r"[about he]", re.IGNORECASE)
    assert not any(letters.match(chr(code)) for code in range(128, 0x110000) if not 0xD800 <= code < 0xE000)
    pool = ["关于", "作者", "简介", "介绍", "信息", "About", "about", "ABOUT", " ", "the", "The", "Author", "author",
            "张三", "关注她", "新闻"]
    rng = random.Random(28)
    cards = 0
    for _ in range(20000):
        tail = tuple("".join(rng.choice(pool) for _ in range(rng.randrange(1, 4))) for _ in range(3)) + ("张三",)
        plain = next((k for k, t in enumerate(tail[:-1]) if AUTHOR_CARD.fullmatch(t)), None)
        got = names._author_card(tail)
        cards += plain is not None
        if plain is not None and tail[plain + 1] == "张三":
            assert got == "张三", tail
    assert cards > 300
    cls = needed(AUTHOR_ROLE_AFTER)
    assert cls is not None and {c for c in map(chr, range(0x10000)) if cls.match(c)} == {"/", "编"}
    assert names._bylines("马俊峰/文") == ["马俊峰"] and names._bylines("张三 编译") == ["张三"]


def test_names_are_given_back_as_printed_whichever_page_came_before() -> None:
    """A traditional page after a simplified one and after a
    traditional one: the names come back in the page's own characters."""
    from cleaner.blocks import Block, Page
    from cleaner.config import CleanerConfig
    from cleaner.meta import find_meta, find_title
    simple = Page(blocks=(Block("标题在这里", 0, heading=1), Block("2025-08-26 10:32 来源：新京报", 1),
                          Block("新京报讯（记者 张三）正文第一段，写了很多内容。" * 3, 2)))
    trad = Page(blocks=(Block("標題在這裡", 0, heading=1), Block("2025-08-26 10:32 來源：聯合報", 1),
                        Block("（記者張說報導）正文第一段，寫了很多內容。" * 3, 2)))
    for first in (simple, trad, simple):
        find_meta(first, first.blocks[2:], title=find_title(first), url=None, now=None, config=CleanerConfig())
        meta = find_meta(trad, trad.blocks[2:], title=find_title(trad), url=None, now=None, config=CleanerConfig())
        assert meta.source == "聯合報" and meta.authors == ("張說",), meta


def test_the_schema_author_is_found_as_the_two_scans_found_it(monkeypatch) -> None:
    """_schema_author reads both markups at the occurrences of one scan for author (the
    twenty-third round): on random pages of the markups' pieces (itemprop=, either quote, author,
    JSON keys, names), the scan bound moved among them, it names whom the two scans and
    SCHEMA_AUTHOR's matches (the first MAX_MICRO_AUTHORS) named. It fails with a quote left out, the itemprop offset moved, the
    bound not kept or the JSON key's opening quote not asked."""
    from cleaner.meta import names
    from cleaner.patterns import SCHEMA_AUTHOR, SCHEMA_AUTHOR_JSON

    def plain(html: str, end: int) -> list[str]:
        found = []
        for m in list(SCHEMA_AUTHOR.finditer(html, 0, end))[:names.MAX_MICRO_AUTHORS]:
            name = names._micro_author(html, m.end())   # (each author's name, as the module reads it)
            if name:
                found.append(name)
        at = html.find('"author"', 0, end)
        if at >= 0:
            person = SCHEMA_AUTHOR_JSON.match(html, at)
            if person:
                found.append(person.group("c"))
        return found

    pieces = ["itemprop=", "itemprop", '"', "'", "author", "Author", " ", ">", "<span ", 'itemprop="author"',
              "itemprop='author'", "itemprop='author\"", '"author"', '"author":', '"author" : [', "张三 ",
              'itemprop="name">', 'itemprop="name" content="', "李四", ":", '{"@type":"Person","name":"', "王五",
              '"}', "=", "["]
    rng = random.Random(231)
    kinds = {"micro": 0, "json": 0, "none": 0}
    for _ in range(4000):
        html = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        end = rng.choice([len(html) + 5, len(html), max(1, len(html) - rng.randint(0, 12)),
                          max(1, rng.choice([html.find, html.rfind])("author") + rng.randint(6, 8))])
        monkeypatch.setattr(names, "SCHEMA_SCAN_CHARS", end)
        want = plain(html, end)
        got: list[str] = []
        monkeypatch.setattr(names, "_valid_name", lambda name, loose=False: got.append(name) and False)
        names._schema_author(html, ())
        assert got == [names._squash(w.strip()) for w in want if w.strip()], (html, end)
        at = html.find('"author"', 0, end)
        kinds["json"] += at >= 0 and SCHEMA_AUTHOR_JSON.match(html, at) is not None
        kinds["micro"] += SCHEMA_AUTHOR.search(html, 0, end) is not None
        kinds["none"] += not want
    assert min(kinds.values()) > 20, kinds


def test_the_utf16_units_tell_every_character_nfkc_makes_an_ideograph_of() -> None:
    """_headline_index asks units.nfkc_free of the blocks without the headline's probe, joined,
    where it searched each for zones._NFKC_IDEOGRAPHS (the twenty-third round): every character
    of the class (the basic plane's, each alone and inside CJK text, and the class's astral
    ones) is told; ideographs, CJK punctuation, kana and ASCII are not, so it spares the search
    on most pages. It fails with a high byte or one of 〸〹〺 left out."""
    from cleaner.meta import zones
    from cleaner.meta.units import nfkc_free
    pattern = zones._NFKC_IDEOGRAPHS
    members = [chr(c) for c in [*range(0xD800), *range(0xE000, 0x10000)] if pattern.match(chr(c))]
    assert len(members) > 400
    for char in members:
        assert not nfkc_free(char) and not nfkc_free("新闻。" + char + "记者"), hex(ord(char))
    for char in ("\U0001f210", "\U0001f251", "\U0002f800", "\U0002fa1f"):
        assert pattern.match(char) and not nfkc_free("标题" + char)
    plain = "".join(map(chr, [*range(0x4E00, 0x9FA6, 7), *range(0x3000, 0x3038), *range(0x3040, 0x3100),
                              *range(0x20, 0x7F), 0xFF0C, 0xFF1A, 0x201C, 0x2014]))
    assert pattern.search(plain) is None and nfkc_free(plain)


def test_the_headline_length_bound_is_the_ceiling_of_its_share() -> None:
    """_headline_index compares a block's length with the headline's share as an int, the ceiling
    of ``len * 0.4`` (README "### Speed", the thirty-second round, ``metacost17``): a block one
    character under it is only read as a headline's first line, one at it is compared whole.
    ㍿ folds to 株式会社, so four of them (16 characters) hold a 12-character headline; at 4 < 4.8
    they are not compared, at 5 they are. It fails with the floor (4) or the ceiling plus one."""
    from cleaner.blocks import Block
    from cleaner.meta import zones
    title = "株式会社" * 3
    for count, want in ((4, (-1, -1)), (5, (1, 2))):
        blocks = (Block("首页", 0), Block("\u337f" * count, 1), Block("正文" * 40, 2))
        zones.forget()
        assert zones._headline_index(blocks, title, 2) == want, count


def test_kept_blocks_are_found_at_their_positions_or_looked_up() -> None:
    """_zones reads the kept blocks' positions as indices only when each names the kept block
    itself (told in C, README "### Speed", the thirty-second round, ``metacost17``); else it maps
    them: positions one past their indices, or one past the page (that block dropped), give the
    zones of the page whose positions are indices. It fails with the identity test or the range
    test left out."""
    from cleaner.blocks import Block, Page
    from cleaner.meta import zones
    body = "这是一段足够长的正文，写给测试读的，它有很多汉字和标点。" * 2
    texts = ["标题在这里", "记者 张三", body, "编辑 李四", "相关阅读", "版权所有"]
    blocks = tuple(Block(text, k) for k, text in enumerate(texts))
    shifted = tuple(Block(b.text, b.position + 1) for b in blocks)
    usual = zones._zones(Page(blocks=blocks), blocks[1:3], "标题在这里")
    assert usual.tail_lines == ("记者 张三", "编辑 李四", "相关阅读", "版权所有")
    assert zones._zones(Page(blocks=shifted), shifted[1:3], "标题在这里") == usual
    past = zones._zones(Page(blocks=blocks), (*blocks[1:3], Block("编辑 李四", 30)), "标题在这里")
    cut = ("headline", "near", "leads", "tail", "tail_lines", "top", "signoff")   # read from the indices
    assert [getattr(past, name) for name in cut] == [getattr(usual, name) for name in cut]


def test_the_top_zone_is_the_short_blocks_above_the_headline_nearest_first() -> None:
    """_zones' ``top`` (a list over a slice, ``metacost17``): the TOP_BLOCKS blocks right above
    the headline, nearest first, those longer than a meta line left out; all of them when fewer
    stand above it. It fails with the slice one block off at either end or left unreversed."""
    from cleaner.blocks import Block, Page
    from cleaner.meta import zones
    body = "这是一段足够长的正文，写给测试读的，它有很多汉字和标点。" * 2
    for above in (50, zones.TOP_BLOCKS, 3):
        texts = [f"栏目{k}" if k % 7 != 1 else "长" * (zones.META_LINE_CHARS + 1) for k in range(above)]
        texts += ["标题在这里", body, "编辑 李四"]
        blocks = tuple(Block(text, k) for k, text in enumerate(texts))
        top = zones._zones(Page(blocks=blocks), blocks[above + 1:], "标题在这里").top
        want = [texts[k] for k in range(above - 1, max(-1, above - 1 - zones.TOP_BLOCKS), -1) if k % 7 != 1]
        assert list(top) == want and top[0] == f"栏目{above - 1}", above


def test_the_date_meta_values_are_read_from_the_head_by_rank() -> None:
    """_head_values keeps, of the head's names, only the date names (``_HEAD_DATE_RANK``) and
    orders them by rank (``metacost19``): on random heads of date names, other names and their
    repeats, empty values among them, it gives the plain reading (the first value of each name,
    empty ones left out, in HEAD_DATE_KEYS's order). The rank table holds every date name once,
    in order: a name given twice there would be read twice by the plain reading and once here.
    It fails with the first value of a name not kept (a later one read), the empty ones kept, or
    the values left in the head's order."""
    from cleaner.blocks import Page
    from cleaner.meta import dates
    from cleaner.patterns import HEAD_DATE_KEYS

    def plain(head: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
        first: dict[str, str] = {}
        for key, value in head:
            first.setdefault(key, value)
        return [(key, first[key]) for key in HEAD_DATE_KEYS if first.get(key)]

    assert list(dates._HEAD_DATE_RANK) == list(HEAD_DATE_KEYS)
    assert list(dates._HEAD_DATE_RANK.values()) == list(range(len(HEAD_DATE_KEYS)))
    names = [*HEAD_DATE_KEYS[:4], "date", "pubdate", "title", "og:title", "author", "Date", ""]
    values = ["", "2020-01-02", "2021-03-04 05:06", "x"]
    rng = random.Random(19)
    found = 0
    for _ in range(3000):
        head = tuple((rng.choice(names), rng.choice(values)) for _ in range(rng.randrange(12)))
        want = plain(head)
        assert dates._head_values(Page(blocks=(), head=head)) == want, head
        found += len(want) > 1
    assert found > 500   # the order is tested, not only the single values
    head = (("title", "T"), ("date", ""), ("pubdate", "2020-01-02"), ("date", "2021-01-01"),
            ("article:published_time", "2019-05-06"))
    assert dates._head_values(Page(blocks=(), head=head)) == [
        ("article:published_time", "2019-05-06"), ("pubdate", "2020-01-02")]


def test_the_poster_is_looked_for_only_in_lines_holding_a_mark() -> None:
    """_posted_by asks a line whether it is dated only when it holds one of ``_POSTER_MARKS``
    (``metacost19``): on random zones of dated and undated lines built of posting verbs, bylines
    and their pieces, it names the poster the plain loop (every dated line searched) names, and
    every POSTED_BY match found holds a mark. It fails with any of the four marks left out."""
    from cleaner.meta import names, zones
    from cleaner.patterns import POSTED_BY

    def plain(z: zones._Zones, date_text: str) -> list[str]:
        texts = z.near if z.near_dated else tuple(reversed(z.near))
        for text in (date_text, *texts, *z.kept_early, *z.tail, *z.top_near[:5]):
            if not zones._dated(text):
                continue
            for m in names._POSTED_BY.finditer(text):
                name = (m.group("a") or m.group("b") or m.group("c") or "").strip("[]【】()（）")
                if name and not zones._DOMAIN.search(name) and names._valid_name(name, loose=True) \
                        and not zones._HOLDS_DATE.search(name):
                    return [name]
        return []

    pool = ["张三", "李四王", " 发表于 ", "发表于", " 发布于", "由", "由 ", "于", "张贴", "发布", "发表", " by ",
            "By ", "BY ", "bY ", "Tom", "b", "2019-04-25 10:00", "2020年3月4日", " ", "来源：", "新闻网"]
    rng = random.Random(19)
    posters = set()
    for _ in range(1500):
        lines = ["".join(rng.choice(pool) for _ in range(rng.randrange(1, 7))) for _ in range(8)]
        for line in lines:
            for m in POSTED_BY.finditer(line):
                assert any(mark in m.group(0) for mark in names._POSTER_MARKS), m
        z = zones._Zones(0, tuple(lines[1:3]), rng.random() < 0.5, (), (), (), tuple(lines[3:5]), (), (), (),
                         kept_early=tuple(lines[5:6]), top_near=tuple(lines[6:]))
        want = plain(z, lines[0])
        assert names._posted_by(z, lines[0]) == want, lines
        posters.update(want)
    assert {"张三", "李四王", "Tom"} <= posters


def test_a_reply_header_is_looked_for_only_in_lines_naming_someone() -> None:
    """After an article with its own meta line, a byline after it that holds a date with a time
    is a reply's header and names no author; whether a line is timed is asked only of a line
    that names someone (``metacost20``): the authors are the same, and the timed line naming
    nobody is not read for its dates."""
    from datetime import datetime

    from cleaner.blocks import Block, Page
    from cleaner.config import CleanerConfig
    from cleaner.meta import find_meta, names

    body = "新京报讯 今天上午，市里召开了一场关于城市交通的发布会，介绍了新的公交线路。" * 2
    page = Page(blocks=(Block("城市交通有新变化", 0, heading=1), Block("2025-08-26 10:32 作者：张三", 1),
                        Block(body, 2), Block(body, 3), Block("作者：李四 2025-08-26 11:00", 4),
                        Block("2025-08-26 12:00 阅读 15", 5), Block("记者 王五", 6)))
    asked: list[str] = []
    timed = names._timed

    def spy(text: str) -> bool:
        asked.append(text)
        return timed(text)

    names._timed = spy
    try:
        meta = find_meta(page, page.blocks[2:4], title="城市交通有新变化", url=None,
                         now=datetime(2025, 9, 1), config=CleanerConfig())
    finally:
        names._timed = timed
    assert meta.authors == ("张三", "王五")
    assert sorted(asked) == ["作者:李四 2025-08-26 11:00", "记者 王五"]


def _plain_credit(lead: str) -> str:
    """A paragraph opening with a credit (no bracket), read plainly: past a □ or ■ mark, a role at
    the start or after the first 讯 (else 日电) and a space there, up to the first clause."""
    from cleaner.meta import names
    from cleaner.patterns import AUTHOR_ROLE
    lead = re.sub(r"^[□■◎●◆][□■◎●◆ ]*", "", lead)
    marks = [m for m in (re.search(r"讯 ?", lead), re.search(r"日电 ?", lead)) if m]
    m = AUTHOR_ROLE.match(lead) or (marks and AUTHOR_ROLE.match(lead, marks[0].end())) if lead else None
    return names._before_clause(lead[:40], m.end()) if m else ""


def test_a_dateline_is_searched_for_a_bracket_only_where_it_holds_one() -> None:
    """_dateline_credit searches a lead for a bracketed credit only when its first 80 characters
    hold one of ``_BRACKET_OPENERS``, and for a role after 讯 only where 讯 stands
    (``metacost20``): on random leads of brackets, roles, names and 讯 it gives what the plain
    reading gives, and a lead holding no bracket is not searched. It fails with an opener left
    out."""
    from cleaner.meta import names
    from cleaner.patterns import AUTHOR_ROLE, WIRE_CREDIT

    def plain(lead: str) -> str:
        for m in names._CREDIT_BRACKET.finditer(lead[:80]):
            if AUTHOR_ROLE.search(m.group(1)):
                wire = WIRE_CREDIT.match(m.group(1))
                return f"{wire.group('role')} {wire.group('names')}" if wire else m.group(1)
        return _plain_credit(lead)

    pool = [*"(（〔【[)）〕】]", "记者", "通讯员", "本报", "讯", "新华社", "张三", "李四", " ", "北京", "电", "文/"]
    rng = random.Random(20)
    credits = set()
    for _ in range(5000):
        lead = "".join(rng.choice(pool) for _ in range(rng.randrange(12)))
        want = plain(lead)
        assert names._dateline_credit(lead) == want, lead
        credits.add(bool(want))
    assert credits == {True, False}

    class Spy:
        def __init__(self, pattern: re.Pattern[str]) -> None:
            self.pattern, self.asked = pattern, 0

        def finditer(self, text: str):   # noqa: ANN201
            self.asked += 1
            return self.pattern.finditer(text)

    spy = Spy(names._CREDIT_BRACKET)
    names._CREDIT_BRACKET = spy   # type: ignore[assignment]
    try:
        assert names._dateline_credit("新华社北京8月26日电 记者张三报道，今天上午") == "新华社北京8月26日电 记者张三报道"
        assert spy.asked == 0
        assert names._dateline_credit("新华社北京8月26日电（记者 张三）今天上午") == "记者 张三"
        assert names._dateline_credit("【本报讯】〔记者 张三〕今天上午") == "记者 张三"
        assert spy.asked == 2
    finally:
        names._CREDIT_BRACKET = spy.pattern
