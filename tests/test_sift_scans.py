"""The space normaliser's and the page judgements' faster forms answer as the plain forms they
replace (README "### Speed", the twenty-eighth round's `siftcost`)."""

from __future__ import annotations

import random
import re

import pytest

from cleaner import sift
from cleaner.blocks import _OTHER_SPACES, Block, normalize_space, zero_width_spaces
from cleaner.patterns import DISCLAIMER, DISCLAIMER_MARKS
from cleaner.scans import needed_marks

# Whitespace of every kind str.split() knows, and the zero-width characters.
SPACES = " \n\t\r" + "".join(_OTHER_SPACES)


def plain_normalize(text: str) -> str:
    return " ".join(zero_width_spaces(text).split())


def test_every_space_but_the_space_is_unprintable_and_listed() -> None:
    # The fast path's premise: a printable text holds no whitespace but " ".
    kinds = {chr(c) for c in range(0x110000) if chr(c).isspace()} | {"\u200b", "\ufeff"}
    assert kinds - {" "} == set("\n\t\r") | set(_OTHER_SPACES)
    assert not any(char.isprintable() for char in kinds - {" "})


def test_normalize_space_is_split_and_join() -> None:
    rng = random.Random(28)
    words = ["首页", "新闻", "a", "BC", "·", "2024", "", "关键词"]
    for _ in range(4000):
        pieces = []
        for _ in range(rng.randint(0, 8)):
            pieces.append(rng.choice(words))
            pieces.append("".join(rng.choice(SPACES if rng.random() < 0.3 else " ")
                                  for _ in range(rng.choice([0, 1, 1, 1, 2, 3]))))
        text = "".join(pieces)
        assert normalize_space(text) == plain_normalize(text), repr(text)


class _Recording(str):
    splits = 0

    def split(self, *args, **kwargs):  # type: ignore[no-untyped-def, override]
        _Recording.splits += 1
        return str.split(self, *args, **kwargs)


def test_normalize_space_does_not_split_a_text_without_a_run() -> None:
    # A hidden list of keywords (thousands of words, one space apart) is not made a string a word.
    _Recording.splits = 0
    text = _Recording(" ".join(["关键词", "新闻", "top10"] * 50))
    assert normalize_space(text) == str(text)
    assert _Recording.splits == 0


def test_every_disclaimer_holds_a_mark() -> None:
    assert needed_marks(DISCLAIMER, DISCLAIMER_MARKS) == DISCLAIMER_MARKS
    assert sift._DISCLAIMER_MARKS == DISCLAIMER_MARKS
    for phrase in ["版权所有", "版权归本站", "All Rights Reserved", "ALL RIGHTS RESERVED",
                   "copyright ©", "不构成任何投资建议", "违规转载", "侵权必究", "投资有风险",
                   "市场有风险", "投资需谨慎", "仅代表作者观点", "不代表本站", "未经授权不得转载使用",
                   "禁止转载", "转载请注明", "如有侵权", "联系我们删除", "免责声明", "版权声明",
                   "文责自负"]:
        assert DISCLAIMER.search(phrase), phrase
        assert any(mark in phrase for mark in DISCLAIMER_MARKS), phrase


def test_prose_of_rights_is_not_searched_for_a_disclaimer() -> None:
    # 权 stands in 版权 and 侵权, and in the prose of 权利, 权益 and 产权: the marks are 版 and 侵, so
    # a block of such prose is not searched (README "### Speed", the thirtieth round's `discmarks`).
    texts = ["保障农民的土地权益", "明确产权归属", "依法行使权利", "版权归原作者", "如有侵权请联系"]
    assert sift.indices_with_chars(DISCLAIMER_MARKS, texts) == [3, 4]
    blocks = [Block(text=text, position=i) for i, text in enumerate(texts)]
    assert sift.disclaimers(blocks, list(range(len(texts))), texts) == [3, 4]

def test_needed_marks_refuses_a_phrase_without_one() -> None:
    assert needed_marks(DISCLAIMER, DISCLAIMER_MARKS.replace("删", "")) is None
    assert needed_marks(DISCLAIMER, DISCLAIMER_MARKS.replace("侵", "")) is None  # 如有侵权
    assert needed_marks(DISCLAIMER, DISCLAIMER_MARKS.replace("D", "")) is None  # re.I: both cases
    assert needed_marks(re.compile("(?:版权)?所有"), "权") is None  # in a repeat: not needed
    assert needed_marks(re.compile("版权|所有"), "权") is None
    assert needed_marks(re.compile("版权|所有"), "权有") == "权有"
    assert needed_marks(re.compile("Kelvin", re.I), "kK") is None  # K also matches the Kelvin sign
    assert needed_marks(re.compile("Kelvin", re.I), "vV") == "vV"


def test_disclaimers_are_the_plain_search_and_markless_texts_are_not_scanned(
        monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(12)
    pieces = ["本站", "版权所有", "新闻", "转载", "请注明", "市场", "有风险", "。", "\n", "d", "权利",
              "联系我们", "删除", "All Rights", " Reserved", "代表"]
    scanned: list[str] = []
    plain_overlapped = sift.overlapped

    def recording(pattern, texts):  # type: ignore[no-untyped-def]
        scanned.extend(texts)
        return plain_overlapped(pattern, texts)

    monkeypatch.setattr(sift, "overlapped", recording)
    for _ in range(600):
        texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
                 for _ in range(rng.randint(0, 12))]
        blocks = [Block(text=text, position=i) for i, text in enumerate(texts)]
        candidates = sorted(rng.sample(range(len(texts)), rng.randint(0, len(texts))))
        scanned.clear()
        got = sift.disclaimers(blocks, candidates, texts)
        assert got == [i for i in candidates if DISCLAIMER.search(texts[i])]
        assert all(any(mark in text for mark in DISCLAIMER_MARKS) for text in scanned)
        assert sorted(scanned) == sorted(texts[i] for i in candidates
                                         if any(mark in texts[i] for mark in DISCLAIMER_MARKS))


def old_agree(blocks, weights, inside, title, is_headline, container, folded):  # type: ignore[no-untyped-def]
    """``sift.agree_with_headline`` as the twenty-seventh round had it (the page's headlines all
    found first), written the plain way."""
    if not title or len(sift.cjk_bigrams(sift.fold(title))) < sift.MIN_HEADLINE_BIGRAMS:
        return inside

    def share(region, enough=1.0):  # type: ignore[no-untyped-def]
        return sift.headline_share([b for b in region if not is_headline(b.text)], title, enough,
                                   folded)

    own = share(inside, sift.HEADLINE_AGREEMENT)
    heads = {b.position for b in blocks if b.cjk and is_headline(b.text)}
    if own >= sift.HEADLINE_AGREEMENT or not heads:
        return inside
    mass = sum(w for w in (weights[b.position] for b in inside) if w > 0.0)
    trial = list(weights)
    region = inside
    for _ in range(sift.MAX_OTHER_REGIONS):
        for b in region:
            trial[b.position] = min(trial[b.position], sift.SET_ASIDE_WEIGHT * len(b.text))
        region = container(blocks, trial)
        if not region or max(trial[b.position] for b in region) <= 0:
            break
        firsts = [b.position for b in region if trial[b.position] > 0 and not is_headline(b.text)]
        first = firsts[0] if firsts else -1
        if not heads & set(range(first - sift.HEADLINE_NEAR_BLOCKS, first)):
            continue
        if sum(w for w in (weights[b.position] for b in region) if w > 0.0) \
                < sift.HEADLINE_REGION_PROSE * mass:
            continue
        other = share(region)
        if other >= sift.HEADLINE_AGREEMENT_OTHER and other >= sift.HEADLINE_AGREEMENT_RATIO * own:
            return region
    return inside


def best_window(blocks, weights, lowered=None):  # type: ignore[no-untyped-def]
    """A container search for the tests: the window of up to eight blocks of the largest sum."""
    best, start = None, 0
    for i in range(len(blocks)):
        total = sum(weights[i:i + 8])
        if best is None or total > best:
            best, start = total, i
    return list(blocks[start:start + 8])


def test_agree_with_headline_is_the_plain_form_and_asks_the_blocks_near_a_region() -> None:
    rng = random.Random(27)
    title = "中央气象台发布暴雨预警"
    lines = [title, "中央气象台今天发布暴雨预警。", "暴雨预警信号发布，请注意防范。", "首页 新闻 体育",
             "本站声明：转载请注明出处。", "天气晴朗，气温回升，适合出行。", "市场行情平稳运行。"]
    asked = 0

    def is_headline(text: str) -> bool:
        nonlocal asked
        asked += 1
        return text == title

    differ = 0
    for _ in range(800):
        n = rng.randint(1, 90)
        blocks = tuple(Block(text=rng.choice(lines[1:]) if rng.random() > 0.05 else title, position=i)
                       for i in range(n))
        weights = [float(rng.randint(-4, 20)) for _ in blocks]
        folded = [b.text for b in blocks]
        inside = best_window(blocks, weights)
        want = old_agree(blocks, weights, inside, title, is_headline, best_window, folded)
        got = sift.agree_with_headline(blocks, weights, inside, title, is_headline, best_window, folded)
        assert got == want
        differ += got != inside
    assert differ  # the other region is taken on some pages
    # A long page whose container shares nothing with the headline printed at its top: the blocks
    # far from any region tried are not asked whether they are the headline.
    blocks = tuple([Block(text=title, position=0)]
                   + [Block(text="市场行情平稳运行。", position=i) for i in range(1, 3000)])
    weights = [1.0] * len(blocks)
    asked = 0
    sift.agree_with_headline(blocks, weights, list(blocks[2000:2008]), title, is_headline,
                             best_window, [b.text for b in blocks])
    assert asked < 200


def test_agree_with_headline_folds_the_title_once(monkeypatch: pytest.MonkeyPatch) -> None:
    title = "中央气象台发布暴雨预警"
    folds = []
    plain_fold = sift.fold

    def recording(text: str) -> str:
        if text == title:
            folds.append(text)
        return plain_fold(text)

    monkeypatch.setattr(sift, "fold", recording)
    blocks = tuple(Block(text=text, position=i) for i, text in enumerate(
        [title, "中央气象台今天发布暴雨预警。"] + ["市场行情平稳运行。"] * 20))
    weights = [1.0] * len(blocks)
    sift.agree_with_headline(blocks, weights, list(blocks[10:18]), title, lambda t: t == title,
                             best_window, [b.text for b in blocks])
    assert len(folds) == 1


def test_char_codec_tells_a_text_holding_one_of_its_characters_as_a_class_search_does():
    # The one builder of the "NUL and these characters" charmap tables (sift's fold, the dumps'
    # footer test, the zones' traditional characters, the blocks' marks): a text holds one of the characters when a
    # byte other than NUL's is left.
    from cleaner import dumpprose
    from cleaner.meta import zones
    from cleaner.patterns import TRADITIONAL_CHARS
    from cleaner.scans import char_codec, holds_char

    chars = "與時間東西來個們說"
    codec = char_codec(chars)
    assert codec is not None
    search = re.compile(f"[{re.escape(chars)}]").search
    rng = random.Random(7)
    alphabet = chars + "与时间东西来个们说，。\0 abc"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert holds_char(text, codec) == (search(text) is not None), text
    # Tables it cannot make a C map of: too many characters for a byte each, NUL among them, a
    # character beyond the basic plane, none at all.
    assert char_codec("".join(map(chr, range(0x4E00, 0x4E00 + 256)))) is None
    assert char_codec("a\0") is None and char_codec("a\U00020000") is None and char_codec("") is None
    # The project's tables all fit.
    assert zones._TRADITIONAL_CODEC is not None and len(TRADITIONAL_CHARS) <= 255
    assert dumpprose._EITHER_CODEC is not None and sift._FOLD_CODEC is not None
    from cleaner import blocks
    assert blocks._PUNCT_CODEC is not None
