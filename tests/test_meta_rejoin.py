"""A dump's meta lines put back together (``cleaner/meta/rejoin.py``, the twenty-sixth round of
issue 12): each pattern asked only of a line it can match, the answers against the plain ones on
random lines of the pieces the patterns read."""

from __future__ import annotations

import random
import re
from functools import reduce

import pytest

# The pieces a dump's meta lines are cut into: labels whole and cut, roles, separators, dates and
# times, a poster's words, badges, papers, brackets, names; no line break inside a line (_norm).
_POOL = ["来源", "来源:", "本文来源", "稿源", "出处", "出处/", "来自:", "转自：", "转载自", "本文转载自", "本文摘自",
         "本文选自", "首发于", "首发于:", "作者", "作者:", "责任编辑", "编辑:", "记者", "本报记者", "实习生", "通讯员",
         "时间", "发布", ":", "：", "|", "/", "·", "-", "—", " ", "2019", "2019年", "20", "19", "09/07", "12:30",
         "12:30:05", "10-08", "由", "于", "@", "张贴", "发表于", "本贴由", "原创", "《金融时报》", "英国", "报道",
         "版权归作者", "版权归原作者", "所有", "(", ")", "（", "）", "[", "]", "【", "】", "张三", "新京报", "某某网",
         "，", "。", "扫码", "分享", "a", "1"]


def _lines(rng: random.Random, n: int) -> list[str]:
    """Random normalised lines: pieces joined, whitespace collapsed (as _norm leaves them)."""
    return [" ".join("".join(rng.choice(_POOL) for _ in range(rng.randrange(4))).split()) for _ in range(n)]


def test_a_label_ending_a_line_is_searched_only_where_a_label_can_end() -> None:
    """_label_end (and _rejoined's glue) asks _LABEL_END only of a text whose last character before
    its trailing whitespace is one a match ends on: on random texts of labels, colons, bars,
    slashes, spaces and line breaks it answers as the search, and every match ends on one of
    _LABEL_LAST. It fails with a character left out of _LABEL_LAST (于: 首发于; 自: 本文摘自; /)."""
    from cleaner.meta import rejoin
    rng = random.Random(26)
    found = 0
    for _ in range(30000):
        text = "".join(rng.choice(_POOL + ["\n", "\t", "  "]) for _ in range(rng.randrange(6)))
        plain = rejoin._LABEL_END.search(text) is not None
        assert rejoin._label_end(text) == plain, ascii(text)
        if plain:
            found += 1
            assert text.rstrip()[-1:] in rejoin._LABEL_LAST, ascii(text)
    assert found > 1000
    for label in ("首发于", "本文摘自", "出处/", "来源 |", "信息来源：", "作者: "):
        assert rejoin._label_end(label), label


def test_the_lines_roles_are_matched_only_from_their_opening_characters() -> None:
    """ROLE_LINE and _ROLE_ALONE, matched at a line's start, are asked only of a line opening with
    a character a match opens with: the sets are known, and on random lines the gated match
    answers as the match. It fails with the sets left unknown (None) or a character dropped."""
    from cleaner.meta import rejoin
    from cleaner.patterns import ROLE_LINE
    assert rejoin._ROLE_LINE_OPENS == frozenset("本特记实通")
    assert rejoin._ROLE_ALONE_OPENS == frozenset("作原")
    rng = random.Random(27)
    for line in _lines(rng, 30000) + ["本报记者", "特约记者:", "实习生", "通讯员", "作者", "原创"]:
        assert bool(line[:1] in rejoin._ROLE_LINE_OPENS and ROLE_LINE.match(line)) == bool(ROLE_LINE.match(line))
        assert bool(line[:1] in rejoin._ROLE_ALONE_OPENS and rejoin._ROLE_ALONE.match(line)) \
            == bool(rejoin._ROLE_ALONE.match(line))


def test_the_separated_pieces_are_told_by_one_search_of_the_lines_joined() -> None:
    """_separated's cue (a separator, a time or a year alone, a piece ending on 由 @ 于 张贴) is
    one search of the lines joined by line breaks: on random lists of normalised lines (empty
    ones too) it finds one exactly when a line matches a pattern alone or ends on such a word,
    and _separated then gives what its loop gives. It fails with an alternative left out, or the
    patterns' anchors kept (^ and $ of the joined text)."""
    from cleaner.meta import rejoin
    rng = random.Random(28)
    passed = 0
    for _ in range(6000):
        norms = _lines(rng, rng.randrange(1, 8)) + [""] * rng.randrange(2)
        rng.shuffle(norms)
        plain = any(rejoin._SEPARATOR_ALONE.match(n) or rejoin._TIME_ALONE.match(n) or rejoin._YEAR_ALONE.match(n)
                    or n.endswith(rejoin._LEADS_ON) for n in norms)
        cue = rejoin._separated_cue("\n" + "\n".join(norms) + "\n")
        assert cue == plain, norms
        passed += plain
        texts = tuple(f" {n}" for n in norms)
        out = rejoin._separated(texts, tuple(norms))
        if not plain:
            assert out == (texts, tuple(norms))
    assert 1000 < passed < 5000


class _Spy:
    """A pattern that records the texts it is asked (match and search)."""

    def __init__(self, pattern: re.Pattern[str], asked: list[str]) -> None:
        self.pattern, self.asked = pattern, asked

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        self.asked.append(text)
        return self.pattern.match(text, *args)

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        self.asked.append(text)
        return self.pattern.search(text, *args)


def test_a_dumps_meta_lines_are_joined_asking_no_pattern_of_lines_it_cannot_match(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A dump's meta zone (a site's name, a date, a label and its value, a name and its role,
    chrome) is joined as before, and the lines' own patterns (_LABEL_END, ROLE_LINE, _ROLE_ALONE,
    the separated pieces', the bylines') are asked only of the lines they can match: here none but
    作者 (the role; 来源: waits for its value by its colon). It fails on the code before this round,
    which asked each pattern of every line."""
    from cleaner.meta import rejoin
    asked: list[str] = []
    for name in ("_LABEL_END", "_ROLE_ALONE", "ROLE_LINE", "_SEPARATOR_ALONE", "_TIME_ALONE", "_YEAR_ALONE",
                 "_BADGE_ALONE", "_PAPER_ALONE", "_OWNER_CUT"):
        monkeypatch.setattr(rejoin, name, _Spy(getattr(rejoin, name), asked))
    norms = ("某某新闻网", "2019-05-17 10:32", "来源:", "新京报", "张三", "作者", "扫码分享", "相关阅读")
    out = rejoin._rejoined(norms, norms)
    assert out == ("某某新闻网", "2019-05-17 10:32", "来源: 新京报", "张三 作者", "扫码分享", "相关阅读")
    assert asked == ["作者"]


def test_a_line_without_a_bracket_is_not_counted() -> None:
    """_opened counts a line's brackets only when it holds one (most lines hold none): the answer
    is the counts' on random lines of brackets, and a line without one is not counted (fails on
    the code before this round, which counted eight times)."""
    from cleaner.meta import rejoin

    def plain(text: str) -> bool:
        return (text.count("(") + text.count("[") + text.count("【") + text.count("（")
                > text.count(")") + text.count("]") + text.count("】") + text.count("）"))

    rng = random.Random(29)
    for line in _lines(rng, 20000):
        assert rejoin._opened(line) == plain(line), line
    counted: list[str] = []

    class Line(str):
        def count(self, *args: object) -> int:   # type: ignore[override]
            counted.append(str(args[0]))
            return str.count(self, *args)   # type: ignore[arg-type]

    assert not rejoin._opened(Line("某某新闻网 2019-05-17"))
    assert not counted
    assert rejoin._opened(Line("香港文汇报（记者"))
    assert counted


def _plain_separated(texts: tuple[str, ...], norms: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """_separated written plainly (each line's test and every pattern asked of every line)."""
    from cleaner.meta import rejoin as r
    if not any(r._SEPARATOR_ALONE.match(n) or r._TIME_ALONE.match(n) or r._YEAR_ALONE.match(n)
               or n.endswith(r._LEADS_ON) for n in norms):
        return texts, norms

    def piece(j: int) -> bool:
        n = norms[j].strip()
        return 0 < len(n) <= r.MAX_VALUE_CHARS and not r._SENTENCE_MARK.search(n) and not r._SEPARATOR_ALONE.match(n)

    def posting_cut(last: str, norm: str) -> bool:
        if len(last) > r.MAX_POSTING_CHARS or len(norm) > r.MAX_POSTING_CHARS or r._SENTENCE_MARK.search(last):
            return False
        return bool(last.endswith(r._LEADS_ON) and norm.strip()) or bool(r._FOLLOWS_ON.match(norm) and "由" in last)

    def grow(joined: str, more: str) -> str:
        return f"{joined.rstrip()} {more.strip()}"

    groups: list[list[int]] = []   # each line of the answer: the lines joined into it
    i = 0
    while i < len(norms):
        take = 1
        if groups and r._SEPARATOR_ALONE.match(norms[i]) and piece(i - 1) and i + 1 < len(norms) and piece(i + 1):
            take = 3 if r._LABEL_ALONE.match(norms[i + 1].strip()) and i + 2 < len(norms) and piece(i + 2) else 2
            groups[-1].extend(range(i, i + take))
        elif groups and ((r._TIME_ALONE.match(norms[i]) and r._DATE_END.search(norms[i - 1]))
                         or (r._YEAR_ALONE.match(norms[i - 1]) and r._MONTH_DAY.match(norms[i]))
                         or posting_cut(reduce(grow, [norms[j] for j in groups[-1]]), norms[i])):
            groups[-1].append(i)
        else:
            groups.append([i])
        i += take
    return (tuple(reduce(grow, [texts[j] for j in g]) for g in groups),
            tuple(reduce(grow, [norms[j] for j in g]) for g in groups))


def test_the_separated_pieces_are_joined_as_the_plain_loop_joins_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """_separated's loop asks a line's patterns only when it opens with a character they open
    with (whitespace, a separator, a digit; a year's 1 or 2), and a poster's cut only after a
    piece ending on a word that leads on or holding 由: on random lists of dates' pieces,
    separators, labels, names and a poster's words it joins what the plain loop joins, and a
    zone of a separator between two names asks no pattern of the other lines (fails on main, and
    with any of those gates taken out)."""
    from cleaner.meta import rejoin
    pool = _POOL + ["2019-05-17", "05-17", "5月17日", "2019", "2019 年", "09/07", "19:02", "于 2020", "发表于", "发布于"]
    rng = random.Random(30)
    joined = 0
    for _ in range(8000):
        # A space before a few lines: the patterns open with \s*, which a line's first character may be.
        norms = tuple(rng.choice(("", "", "", " ")) + " ".join("".join(rng.choice(pool) for _ in range(rng.randrange(3))).split())
                      for _ in range(rng.randrange(1, 8)))
        texts = tuple(f"{n} " for n in norms)
        plain = _plain_separated(texts, norms)
        assert rejoin._separated(texts, norms) == plain, norms
        joined += len(plain[1]) < len(norms)
    assert joined > 500
    asked: list[str] = []
    for name in ("_SEPARATOR_ALONE", "_TIME_ALONE", "_YEAR_ALONE", "_FOLLOWS_ON", "_SENTENCE_MARK"):
        monkeypatch.setattr(rejoin, name, _Spy(getattr(rejoin, name), asked))
    norms = ("某某新闻网", "张三", "|", "李四", "扫码分享")
    assert rejoin._separated(norms, norms) == (("某某新闻网", "张三 | 李四", "扫码分享"),) * 2
    assert asked and not [t for t in asked if t not in ("张三", "李四", "|")]   # the separator, and piece's tests


def test_the_separated_cue_finds_a_line_at_its_line_break_and_a_word_that_leads_on_at_its_end() -> None:
    """_separated_cue (the twenty-eighth round: one pattern opening with the line break, the three
    lines' \\s* around them taken out, and the words that leads on found by str's scans where
    their last character is) answers as the plain test of each line on lines that tell a wrong
    version apart: a leading word inside a line or cut short (由此, 贴), whitespace-only lines
    around a separator, a year with its 年, a time with seconds, three dashes, a bar and a word."""
    from cleaner.meta import rejoin
    cases = {("由此",): False, ("本贴由",): True, ("贴",): False, ("张贴",): True, ("某某 张贴",): True,
             ("于是",): False, ("发表于",): True, ("@",): True, ("a@b",): False, ("", " | ", ""): True,
             ("2019 年",): True, ("2019年 ",): True, ("12:30:05",): True, ("12:3",): False, ("--",): True,
             ("---",): False, ("| a",): False, ("2019", "09/07"): True, ("张三", "新京报"): False,
             (" 19:02",): True, ("2119",): False}
    for norms, found in cases.items():
        plain = any(rejoin._SEPARATOR_ALONE.match(n) or rejoin._TIME_ALONE.match(n) or rejoin._YEAR_ALONE.match(n)
                    or n.endswith(rejoin._LEADS_ON) for n in norms)
        assert plain == found, norms
        assert rejoin._separated_cue("\n" + "\n".join(norms) + "\n") == found, norms


def test_a_dumps_lines_are_asked_for_a_bracket_or_a_posters_cut_only_where_they_hold_one(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """_rejoined asks _opened of each line only where a line holds an opening bracket, and
    _separated asks _posting_cut only where a line holds 由, @, 于 or 张贴 (the joins add spaces
    alone, so no joined line can hold one the lines do not): here a date's pieces and a bar are
    joined as before, asking neither, and a bracket's and a poster's pieces ask them and are
    joined (fails on main, which asked both of every line)."""
    from cleaner.meta import rejoin
    asked: list[str] = []
    for name in ("_opened", "_posting_cut"):
        orig = getattr(rejoin, name)
        monkeypatch.setattr(rejoin, name, lambda *a, _f=orig, _n=name: asked.append(_n) or _f(*a))
    norms = ("某某新闻网", "2019", "09/07", "19:02", "张三", "|", "新京报", "扫码分享")
    assert rejoin._rejoined(norms, norms) == ("某某新闻网", "2019 09/07 19:02", "张三 | 新京报", "扫码分享")
    assert asked == []
    norms = ("某某网", "香港文汇报（记者", "张三", "扫码分享")
    assert rejoin._rejoined(norms, norms) == ("某某网", "香港文汇报（记者 张三 扫码分享")
    assert "_opened" in asked and "_posting_cut" not in asked
    norms = ("某某网", "2019", "09/07", "本贴由", "李四", "于 2020-01-02", "扫码分享")
    assert rejoin._rejoined(norms, norms) == ("某某网", "2019 09/07", "本贴由 李四 于 2020-01-02", "扫码分享")
    assert "_posting_cut" in asked


def test_a_date_and_time_cut_at_every_span_is_one_line_again_and_the_name_after_it_the_source() -> None:
    """get_text("\\n") of a date printed a span a number (2019 / 09 / / / 07 / 19 / : / 02): the
    pieces, from the year on, are the date and time again, and the outlet's name after them
    is read as a dom dump's 2019 / 09/07 / 19:02 / 某某 is. A year and a count are no date."""
    from cleaner.meta import rejoin
    from meta_pages import BODY, TITLE, make_page, meta_of
    norms = ("某某网", "2019", "09", "/", "07", "19", ":", "02", "澜州晚报", "企鹅号")
    assert rejoin._rejoined(norms, norms) == ("某某网", "2019 09/07 19:02", "澜州晚报", "企鹅号")
    assert rejoin._rejoined(("2019", "12", "评论"), ("2019", "12", "评论")) == ("2019", "12", "评论")
    page = make_page((TITLE, 1), *norms[1:], "分享", *BODY, kind="text")
    found = meta_of(page)
    assert found.source == "澜州晚报" and found.published is not None
    assert found.published.isoformat().startswith("2019-09-07T19:02")
