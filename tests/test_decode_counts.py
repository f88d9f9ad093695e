"""The decode stage's byte counts and character scans, made once and only as far as they tell:
the codec choice reads the same answers from less work."""

from __future__ import annotations

import random
import re

import pytest

from cleaner import decode as d
from cleaner import trials as t


class _Counted(bytes):
    """Bytes that record each ``count`` asked of them: (what, start, end)."""

    asked: list[tuple[bytes, int, int]]

    def count(self, sub, start=0, end=None):  # type: ignore[override]
        stop = len(self) if end is None else end
        self.asked.append((sub, start, stop))
        return super().count(sub, start, stop)


def _gbk_page(rng: random.Random, size: int) -> bytes:
    # Most of these characters' GBK bytes are past the UTF-8 continuation range (80-BF).
    words = ["中国人民在", "主义事业。", "他们以其", "<p>", "</p>\n", "2024年5月1日"]
    out: list[bytes] = [b"<html><head><title>"]
    while sum(map(len, out)) < size:
        out.append(rng.choice(words).encode("gb18030"))
    return b"".join(out)


@pytest.mark.parametrize("size", [9000, 60000, 200000])
def test_a_gbk_page_has_its_continuation_bytes_counted_in_its_first_prefix_only(size: int) -> None:
    """The UTF-8 bound of a GBK page is told by its first prefix: the continuation bytes past it
    are not counted, and the page decodes as when they were all counted."""
    rng = random.Random(size)
    page = _gbk_page(rng, size)
    classes = _Counted(page.translate(d.UTF8_CLASS_TABLE))
    classes.asked = []
    assert d._choose(page, None, classes) == d._choose(page, None, page.translate(d.UTF8_CLASS_TABLE))
    counted_b = sum(end - start for sub, start, end in classes.asked if sub == b"b")
    assert 0 < counted_b <= d.PREFIX_CUTS[0]
    counted_x = sorted((start, end) for sub, start, end in classes.asked if sub == b"x")
    assert counted_x[0][0] == 0 and counted_x[-1][1] == min(len(page), t.SAMPLE_BYTES)
    assert all(a[1] == b[0] for a, b in zip(counted_x, counted_x[1:]))  # each byte counted once


def test_the_quick_look_reads_its_count_of_non_ascii_bytes_from_the_codec_choice(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A reading with replacement whose first QUICK_BYTES hold too many errors is stopped there
    with the count of non-ASCII bytes the codec choice made (not a translate of the bytes), and
    gives what it gave with that count made again."""
    bad = ((b"\x80" + b"a" * 49) * t.QUICK_BYTES)[:t.QUICK_BYTES]  # 2 % of its bytes bad
    good = "中文內容，這是一段文字。".encode("big5hkscs") * 6000
    page = bad + good
    high = len(page[:t.SAMPLE_BYTES].translate(None, t.ASCII_BYTES))
    quick = len(page[:t.QUICK_BYTES].translate(None, t.ASCII_BYTES))
    expected = t._replaced_sample(page, "big5hkscs", high)
    assert expected is None  # the quick look stops it; the whole sample would hold
    monkeypatch.setattr(t, "HIGH_BYTES", b"")  # a translate of the quick look counts nothing now
    assert t._replaced_sample(page, "big5hkscs", high) is not None
    assert t._replaced_sample(page, "big5hkscs", high, None, {t.QUICK_BYTES: quick}) is expected


def test_first_chars_take_no_regex_and_keep_every_non_ascii_character(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The first non-ASCII characters of a reading's pieces, lone surrogates and astral ones
    included, are those the ASCII-run regex leaves, found without it."""
    rng = random.Random(19)
    cases = []
    for _ in range(300):
        pieces = ["".join(rng.choice(["a", " ", "<p>", "\u4e2d", "\ufffd", "\udc80", "\ud800\udc00",
                                      "\U00020000", "\x7f", "\x80"])
                          for _ in range(rng.randrange(0, 2500))) for _ in range(rng.randrange(0, 6))]
        cases.append((pieces, re.sub(r"[\x00-\x7f]+", "", "".join(pieces))[:t.MAX_SCORED_CHARS]))

    class _NoRegex:
        def sub(self, *args: object) -> str:
            raise AssertionError("the ASCII-run regex was used")

    monkeypatch.setattr(t, "ASCII_RUN_RE", _NoRegex())
    for pieces, expected in cases:
        assert t._first_chars(pieces) == expected


class _Asked(bytes):
    """Page bytes that record each byte value (an int) looked for by ``in``."""

    asked: list[int]

    def __contains__(self, needle: object) -> bool:
        if isinstance(needle, int):
            self.asked.append(needle)
        return super().__contains__(needle)  # type: ignore[operator]


def _asked(data: bytes) -> _Asked:
    page = _Asked(data)
    page.asked = []
    return page


@pytest.mark.parametrize("control", [b"", b"\x01", b"\x00\x1f"])
def test_a_legacy_page_has_its_control_bytes_told_by_its_classes(control: bytes) -> None:
    """A GBK page's control bytes are read from the byte classes the codec choice makes (one
    memchr of them), not by a memchr of the page for each control byte, as a UTF-8 page's are;
    the codec choice counts them as ASCII, and the text keeps them (less the NULs)."""
    page = ("<html><head><title>新闻</title></head><body><p>今天举行发布会。"
            + "记者从会上获悉，项目已经完工。" * 40 + "</p></body></html>").encode("gbk")
    page = page.replace(b"<p>", b"<p>" + control, 1)
    legacy = _asked(page)
    text, name, classes, controls = d._from_bytes(legacy, None)
    assert (name, controls, legacy.asked) == ("gb18030", bool(control), [])
    assert classes == page.translate(d.UTF8_CLASS_TABLE)
    assert d.decode(page) == (page.decode("gb18030").replace("\x00", ""), "gb18030")
    as_utf8 = _asked(page.decode("gb18030").encode("utf-8"))
    assert d._from_bytes(as_utf8, None)[1:] == ("utf-8", None, bool(control))
    assert as_utf8.asked == list(d.CONTROL_CHAR_BYTES)[:len(as_utf8.asked)]  # up to one found
    assert control or len(as_utf8.asked) == len(d.CONTROL_CHAR_BYTES)


_GBK_PAGE = ("<html><head><title>标题</title></head><body><p>中国人民在主义事业中前进。</p>"
             "<p>他们以其劳动建设国家。</p></body></html>")


@pytest.mark.parametrize(("raw", "declared", "plain"), [
    (_GBK_PAGE.encode("gb18030"), None, True),                     # a legacy page, no control byte
    (_GBK_PAGE.replace("中国", "中\x01国").encode("gb18030"), None, False),  # one control byte
    (_GBK_PAGE.encode("utf-8"), None, True),                       # its bytes handed over
    (b"<html><body><p>it's</p></body></html>", "cp500", False),    # an ASCII page, an EBCDIC claim
])
def test_the_decode_tells_the_parser_which_texts_hold_no_control_character(
        raw: bytes, declared: str | None, plain: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page in a codec whose characters' bytes are never control bytes (UTF-8, ASCII, the
    mixed GB18030/Big5 ones) and without a control byte holds no control character: the
    parser encodes its text without searching it again, and parses what it parsed searching."""
    from cleaner import dom
    from cleaner.config import CleanerConfig
    text, _, utf8, told = d.decode_utf8(raw, declared=declared)
    assert told is plain
    if declared == "cp500":
        assert "\x1b" in text  # the claim makes a control character of an ASCII byte
    searched = dom.parse(text, CleanerConfig())
    if plain:
        def unasked(text: str) -> None:
            raise AssertionError("the text was searched for control characters")
        monkeypatch.setattr(dom, "_utf8_without_controls", unasked)
    assert dom.parse(text, CleanerConfig(), utf8, told) == searched


def test_a_rival_that_errs_in_its_first_prefix_reads_no_further(monkeypatch: pytest.MonkeyPatch) -> None:
    """A GBK page claimed as such, whose Big5-HKSCS reading errs in over 1 % of its first 4 KB's
    non-ASCII bytes and in none after them: the rival stops at that first cut (PREFIX_CUTS), where
    it read the whole sample and was rejected only by its hanzi score, and the page decodes as it
    did (README "### Speed", the twenty-ninth round, `decodecost2`)."""
    from cleaner.hanzi import COMMON_HANZI
    clean = [c for c in sorted(COMMON_HANZI) if len(c.encode("gbk", "ignore")) == 2
             and "\ufffd" not in c.encode("gbk").decode("big5hkscs", "replace")]
    rng = random.Random(12)
    head = "".join(rng.choice(clean) if i % 25 else "丂" for i in range(1500))  # 丂: 81 40
    text = '<html><head><meta charset="gbk"></head><body><p>' + head + "</p><p>" + \
        "".join(rng.choice(clean) for _ in range(30000)) + "</p></body></html>"
    page = text.encode("gbk")
    assert page.index(b"</p>") < d.PREFIX_CUTS[0]
    fed: list[int] = []
    real = d.codecs.getincrementaldecoder

    def spied(codec: str):  # the bytes each Big5-HKSCS decoder is given
        made = real(codec)
        if codec != "big5hkscs":
            return made

        class Spy(made):  # type: ignore[misc, valid-type]
            def decode(self, data, final=False):  # type: ignore[no-untyped-def]
                fed.append(len(data))
                return super().decode(data, final)
        return Spy
    monkeypatch.setattr(d.codecs, "getincrementaldecoder", spied)
    assert d.decode(page) == (text, "gb18030")
    assert 0 < sum(fed) <= d.PREFIX_CUTS[0]
