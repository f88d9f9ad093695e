"""The fast paths that spare every page a fixed cost give what the long ways gave."""

from __future__ import annotations

import dataclasses
import math
import pickle
import random
import sys

import pytest

from cleaner import CleanerError, clean
from cleaner.article import Article, Removal, Repair
from cleaner.binary import BINARY_SIGNATURES, reject_signature
from cleaner.decode import decode


@pytest.mark.parametrize("signature", BINARY_SIGNATURES, ids=lambda s: f"{s.kind}@{s.offset}")
def test_every_binary_signature_is_rejected_by_its_own_name(signature) -> None:
    """Each magic number at its offset (0, 4 or 8) is found by the one test per offset, and the
    error names the format of the first signature that matches, as the table orders them."""
    data = b"x" * signature.offset + signature.magic + b"<html><body>text</body></html>"
    first = next(s for s in BINARY_SIGNATURES if data.startswith(s.magic, s.offset))
    with pytest.raises(CleanerError, match=f"looks like {first.kind.split(' (')[0]}"):
        reject_signature(data)


def test_a_magic_number_elsewhere_is_no_signature() -> None:
    """A magic number one byte off its offset, or inside the page, rejects nothing."""
    for signature in BINARY_SIGNATURES:
        reject_signature(b"x" * (signature.offset + 1) + signature.magic)
        reject_signature(b"<html>" + signature.magic)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16_is_found_after_its_nul_test(codec: str) -> None:
    """A BOM-less UTF-16 page (NULs in its head) is still read as UTF-16 once pages without a
    NUL in their head are passed over; a page with a few NULs late is not taken for one."""
    html = "<html><head><title>标题</title></head><body><p>正文内容，有标点。</p></body></html>"
    assert decode(html.encode(codec)) == (html, codec)
    late = ("<p>正文</p>" * 600).encode("utf-8") + b"\x00\x00"
    assert decode(late)[1] == "utf-8"


def _fields(rng: random.Random) -> dict[str, object]:
    return dict(
        paragraphs=tuple(rng.choice(["第一段。", "第二段，有标点。", "x"]) for _ in range(rng.randrange(3))),
        title=rng.choice([None, "标题"]), published=None, source=rng.choice([None, "新华社"]),
        original_source=None, authors=tuple(rng.sample(["张三", "李四"], rng.randrange(3))),
        editor=rng.choice([None, "王五"]),
        removed=(Removal("导航", "chrome", "links", 0, -3.0),) * rng.randrange(2),
        repairs=(Repair("年厦", 0, 3, "headline fragment"),) * rng.randrange(2),
        encoding=rng.choice(["utf-8", "gb18030"]), kind=rng.choice(["html", "text"]),
        provenance=(("title", "h1"),) * rng.randrange(2),
        positions=tuple(range(rng.randrange(3))), scores=(1.5,) * rng.randrange(2))


def test_article_of_is_the_article_of_the_same_fields() -> None:
    """Article.of sets every field __init__ sets, in the same order (``extractor`` "cleaner"):
    equal, same hash, repr, dict and pickle, and as frozen."""
    rng = random.Random(3)
    for _ in range(50):
        fields = _fields(rng)
        made, built = Article.of(**fields), Article(**fields)
        assert made == built and hash(made) == hash(built) and repr(made) == repr(built)
        assert list(vars(made)) == [f.name for f in dataclasses.fields(Article)]
        assert made.to_dict() == built.to_dict()
        assert pickle.dumps(made) == pickle.dumps(built)
        assert pickle.loads(pickle.dumps(made)) == built
        with pytest.raises(dataclasses.FrozenInstanceError):
            made.title = "别的"  # type: ignore[misc]


def test_clean_returns_an_article_made_by_the_cleaner() -> None:
    article = clean("<html><body><h1>小城新建一座图书馆</h1><p>昨日上午，小城新建的图书馆正式对外开放，"
                    "市民可以免费借阅图书。</p></body></html>")
    assert type(article) is Article and article.extractor == "cleaner"
    assert article == Article(**{f.name: getattr(article, f.name) for f in dataclasses.fields(Article)})


def test_the_walked_tags_are_the_kinds_present_in_walk_order() -> None:
    """The block tags the cut walks, found among the kinds of a page's boundaries, are those of
    _WALK_ORDER present among them, in its order (ends and line breaks walk nothing)."""
    from cleaner import cut
    rng = random.Random(8)
    alphabet = [kind for kind, _ in cut._WALK_ORDER] + [cut._END, cut._BR]
    for _ in range(500):
        kinds = [rng.choice(alphabet) for _ in range(rng.randrange(0, 40))]
        assert list(cut._walked_tags(kinds)) == \
            [tag for kind, tag in cut._WALK_ORDER if kind in set(kinds)]


def test_the_chinese_share_is_summed_without_a_step_a_block() -> None:
    """``_looks_chinese`` sums the blocks' lengths and CJK characters over lists, not through
    generators (each of whose steps is a frame resumed, a profiler's call event: main's two
    sums made one a block), and answers as the sums say."""
    import sys
    from cleaner import pipeline
    from cleaner.blocks import Block, Page
    blocks = tuple(Block(text, i) for i, text in enumerate(["甲乙丙丁", "abcdefghijklmnop", "丙，"] * 300))
    events: list[str] = []

    def profile(frame, event, arg) -> None:
        if event == "call" and frame.f_code.co_filename == pipeline.__file__:
            events.append(frame.f_code.co_name)
    sys.setprofile(profile)
    try:
        answer = pipeline._looks_chinese(Page(blocks=blocks, kind="text"))
    finally:
        sys.setprofile(None)
    assert len(events) <= 3, events[:5]
    cjk, visible = sum(b.cjk for b in blocks), sum(len(b.text) for b in blocks)
    assert answer == (cjk >= 0.15 * visible) is True
    assert pipeline._looks_chinese(Page(blocks=blocks[1::3], kind="text")) is False
    assert pipeline._looks_chinese(Page(blocks=(), kind="text")) is True


def test_the_chinese_share_is_read_from_the_counts_the_blocks_were_made_with() -> None:
    """The two makers of pages give the characters and CJK ideographs of their blocks together
    (``Page.counted``) from the counts they made the blocks with: the sums over the blocks,
    for an HTML page (links, spaces and NBSPs collapsed, an empty body) and a dump whose
    headline loses a badge; a page cut into more blocks than ``max_blocks`` gives none.
    ``_looks_chinese`` then reads no block."""
    from dataclasses import replace

    from cleaner import CleanerConfig, dom, pipeline, textdump
    from cleaner.blocks import Page

    def sums(page: Page) -> tuple[int, int]:
        return sum(len(b.text) for b in page.blocks), sum(b.cjk for b in page.blocks)

    html = ("<html><body><div>首页 <a href='/'>新闻</a>\u00a0 中心</div><p>  澜州港一季度集装箱\n"
            "吞吐量增长一成二。 </p><ul><li>abc</li><li><a>一</a><a>二</a></li></ul></body></html>")
    dump = ("首页 > 财经\n原创澜州港一季度集装箱吞吐量增长一成二\n2025-04-01 09:00 来源：澜州日报\n"
            + "澜州港集团今天发布消息，一季度集装箱吞吐量同比增长一成二，创下历年同期新高。\n" * 3)
    made = [dom.parse(html, CleanerConfig()), dom.parse("<html><body></body></html>", CleanerConfig()),
            textdump.parse(dump)]
    assert made[2].blocks[1].text == "澜州港一季度集装箱吞吐量增长一成二"  # the badge cut off
    for page in made:
        assert page is not None and page.counted == sums(page)
    many = dom.parse("<html><body>" + "<p>段</p>" * 30 + "</body></html>", CleanerConfig(max_blocks=10))
    assert many is not None and many.counted is None and len(many.blocks) == 10
    unread = replace(made[0], blocks=(None,) * 5)  # a block read would raise
    assert pipeline._looks_chinese(unread) is pipeline._looks_chinese(made[0]) is True
    assert pipeline._looks_chinese(replace(unread, counted=(100, 14))) is False
    assert pipeline._looks_chinese(replace(unread, counted=(0, 0))) is True


class _Recorded:
    """A stand-in for pipeline._CONTROL that records the texts its ``sub`` is run over."""

    def __init__(self, pattern) -> None:
        self.pattern, self.texts = pattern, []

    def sub(self, repl: str, text: str) -> str:
        self.texts.append(text)
        return self.pattern.sub(repl, text)


_DUMP = "\n".join(["新闻标题：城市建设这样干", "2025年8月26日 来源：新华社"]
                  + ["昨日下午，都市圈办公室召开会议，会上发布了建设方案。"] * 6)


@pytest.mark.parametrize(("data", "searched"), [
    (_DUMP, False),                                 # a str without a control character
    (_DUMP.encode("utf-8"), False),                 # bytes the decode found none in
    (_DUMP.encode("gb18030"), False),               # the same in a legacy codec
    (_DUMP.replace("会议", "会\x01议"), True),       # a str holding one
    (_DUMP.replace("会议", "会\x7f议").encode("gb18030"), True),  # bytes holding one
    (_DUMP.replace("会议", "会\x00议"), False),      # a NUL, which the decode takes out
] + [(_DUMP.replace("会议", f"会{chr(code)}议"), True)
     for code in (*range(0x01, 0x09), *range(0x0E, 0x1C), 0x7F)])
def test_a_dump_is_searched_by_the_control_regex_only_when_it_holds_a_control_character(
        data: bytes | str, searched: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """The dump path runs the control characters' regex only over a dump that holds one of its
    characters (each looked for by ``in``; none when the decode told the text holds none), and
    the article is the one the regex over every dump gave."""
    from cleaner import pipeline
    recorded = _Recorded(pipeline._CONTROL)
    monkeypatch.setattr(pipeline, "_CONTROL", recorded)
    article = clean(data)
    assert bool(recorded.texts) is searched
    assert article.kind == "text" and "\x01" not in article.text and "\x7f" not in article.text
    monkeypatch.setattr(pipeline, "_CONTROL_CHARS", "")  # the gate off: the regex over the text
    monkeypatch.setattr(pipeline, "_to_page", _regex_always(pipeline))
    assert clean(data) == article


def test_a_plain_str_dump_is_not_searched_for_control_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    """A str whose UTF-8 holds no control byte is told plain by the decode (README "### Speed",
    the thirty-seventh round, `dumpcost`): the dump path looks for none of the control characters
    in it, and gives the article it gave."""
    from cleaner import pipeline

    class Unasked(str):
        def __iter__(self):  # (the pipeline's gate: an ``in`` for each of them)
            raise AssertionError("the text was searched for control characters")

    expected = clean(_DUMP)
    monkeypatch.setattr(pipeline, "_CONTROL_CHARS", Unasked(pipeline._CONTROL_CHARS))
    assert clean(_DUMP) == expected
    with pytest.raises(AssertionError, match="searched for control characters"):
        clean(_DUMP.replace("会议", "会\x01议"))   # (one that holds one is searched)


class _SearchedFrom:
    """A stand-in for pipeline._HTML_START that records where its searches start, and how many
    tags were read."""

    def __init__(self, pattern) -> None:
        self.pattern, self.starts, self.read = pattern, [], 0

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        self.starts.append(pos)
        return self.pattern.search(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        self.starts.append(pos)
        found = self.pattern.findall(text, pos, endpos)
        self.read += len(found)
        return found

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        self.starts.append(pos)
        for found in self.pattern.finditer(text, pos, endpos):
            self.read += 1
            yield found


@pytest.mark.parametrize("text", [
    _DUMP,                                                      # no tag, no angle bracket
    _DUMP.replace("会议", "会议<"),                               # a bracket, no tag
    "<!DOCTYPE html><html><body><p>正文</p></body></html>",       # a page
    "首页\n" + "<DIV class=a>新闻</DIV>",                          # a tag early
    _DUMP + "\n<br>",                                           # a tag quoted late
    _DUMP.replace("会议", "a<b") + "\n" + "<p>x</p><br><a href=1>y</a><span>z</span>",  # tags late, many
    _DUMP.replace("会议", "<<") + "\n<br><br><BR><br>",           # late line breaks only
    "x" * (65536 - 3) + "<p>正文</p>",                            # the tag past the first 64 K
    '<text id="a" title="标题">\n' + _DUMP.replace("会议", "<") + "\n<p>正文</p>" * 500,  # markup after text
    _DUMP.replace("会议", "<") + "\n" + "<br>" * 5 + "<p>正文</p>" * 500,          # <br>s first
])
def test_html_is_searched_for_from_its_first_angle_bracket(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """``_is_html`` runs its pattern only from the first ``<`` in the first 64 K characters (none
    on a dump without one), reads the tags after a late first one only until MIN_TAGS of them,
    one no ``<br>``, are found, and tells HTML from a dump as the pattern over the whole span did."""
    from cleaner import pipeline
    real = pipeline._HTML_START
    first = real.search(text, 0, pipeline.DETECT_CHARS)
    tags = real.findall(text, 0, pipeline.DETECT_CHARS)
    expected = first is not None and (
        first.start() < pipeline.QUOTED_TAG_AFTER or text.count("\n", 0, first.start()) < pipeline.QUOTED_TAG_LINES
        or len(tags) >= pipeline.MIN_TAGS and any(tag.lower() != "<br" for tag in tags))
    spy = _SearchedFrom(real)
    monkeypatch.setattr(pipeline, "_HTML_START", spy)
    assert pipeline._is_html(text) is expected
    opened = text.find("<", 0, pipeline.DETECT_CHARS)
    assert spy.starts == ([] if opened < 0 else [opened, *([first.start()] if first else [])][:len(spy.starts)])
    brs = next((k for k, tag in enumerate(tags) if tag.lower() != "<br"), len(tags))
    assert spy.read <= max(pipeline.MIN_TAGS, brs + 1)


def _regex_always(pipeline):
    """pipeline._to_page as it was: the regex over every dump."""
    def to_page(text, config, utf8=None, plain=False):
        if pipeline._is_html(text):
            return pipeline.dom.parse(text, config, utf8, plain)
        text, cut = pipeline._limit_dump(pipeline._CONTROL.sub("", text), config)
        page = pipeline.textdump.parse(text)
        return dataclasses.replace(page, truncated=cut) if cut else page
    return to_page


def test_tenths_round_each_weight_as_round_does() -> None:
    """The scores' rounding by float arithmetic gives ``round(w, 1)`` itself, to the float and its
    sign: on the half-way weights (and the floats either side of them), on the weights body
    selection makes (whole characters plus 0.3 of the others, halved), on zeros and on weights
    too large for the arithmetic."""
    from itertools import repeat

    from cleaner.pipeline import _tenths
    rng = random.Random(12)
    cases: list[list[float]] = [[], [0.0, -0.0, 0.04, -0.04, 0.05, -0.05, 0.15, 0.25, 2.675, -2.675]]
    for k in range(-3000, 3000, 7):
        half = (k + 0.5) / 10
        cases.append([half, math.nextafter(half, math.inf), math.nextafter(half, -math.inf), k / 10,
                      (k + 0.3 * (k % 40)) * 0.5, -k * 0.3])
    cases += [[rng.uniform(-size, size) for _ in range(50)] for size in (1.0, 100.0, 1e4, 1e13, 1e14)
              for _ in range(40)]
    cases += [[1e300, 2.5], [2.0 ** 47, 0.15], [-(2.0 ** 46) - 0.75, 2.0 ** 46 + 0.25]]
    for weights in cases:
        assert [repr(x) for x in _tenths(weights)] == [repr(x) for x in map(round, weights, repeat(1))]
