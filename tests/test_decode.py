"""cleaner.decode: bytes to text, with every charset claim checked against the bytes.

The pages here are written by the tests themselves; the last tests read the shared corpus
beside the checkout (``../shared/corpus``) and skip when it is absent.
"""

from __future__ import annotations

import codecs
import json
import random
import re
from pathlib import Path

import pytest

from cleaner.decode import decode, decode_utf8
from cleaner.errors import CleanerError

SIMPLIFIED = (
    "这是一个测试页面，内容是我们自己写的。记者今天在城市中心看到，很多市民正在排队参加活动。"
    "经济发展和社会服务都有了新的进展，有关部门表示将继续推进相关工作。"
)
TRADITIONAL = (
    "這是一個測試頁面，內容是我們自己寫的。記者今天在城市中心看到，很多市民正在排隊參加活動。"
    "經濟發展和社會服務都有了新的進展，有關部門表示將繼續推進相關工作。"
)
#: In GB18030 but not in GB2312 (镕 is GBK; 䶮 and 𠀀 need GB18030's four-byte form).
BEYOND_GB2312 = "朱镕基和䶮字，还有𠀀。"

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
CORPUS_PAGES = sorted(CORPUS.glob("*/*.html")) if CORPUS.is_dir() else []
CJK_RE = re.compile(r"[\u3400-\u9fff\U00020000-\U0002ffff]")
NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")
WHITESPACE_RE = re.compile(r"\s+")


def page(body: str, *, head: str = "", title: str = "测试新闻") -> str:
    """A small HTML page of our own around ``body``; ``head`` goes in <head> (a meta tag …)."""
    return (f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head>"
            f"<body><h1>{title}</h1><p>{body}</p></body></html>")


def meta(charset: str) -> str:
    return f'<meta charset="{charset}">'


def traditional_page(body: str, *, head: str = "") -> str:
    return page(body, head=head, title="測試新聞")


# --- Unicode encodings and byte-order marks ---------------------------------------------------

def test_utf8_without_bom_decodes_as_utf8() -> None:
    html = page(SIMPLIFIED, head=meta("utf-8"))
    assert decode(html.encode("utf-8")) == (html, "utf-8")


def test_undeclared_utf8_decodes_as_utf8() -> None:
    html = page(SIMPLIFIED)
    assert decode(html.encode("utf-8")) == (html, "utf-8")


def test_utf8_bom_is_dropped_and_named_utf8_sig() -> None:
    html = page(SIMPLIFIED)
    assert decode(codecs.BOM_UTF8 + html.encode("utf-8")) == (html, "utf-8-sig")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom_decodes_as_utf16(codec: str) -> None:
    html = page(SIMPLIFIED)
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    assert decode(bom + html.encode(codec)) == (html, "utf-16")


def test_utf16_bom_wins_over_a_meta_charset() -> None:
    html = page(SIMPLIFIED, head=meta("gb2312"))
    assert decode(html.encode("utf-16")) == (html, "utf-16")


def test_utf16_without_bom_is_recognised_by_its_nul_bytes() -> None:
    html = page(SIMPLIFIED)
    assert decode(html.encode("utf-16-le")) == (html, "utf-16-le")


def test_pure_ascii_page_decodes_unchanged() -> None:
    html = page("Hello, world.", title="Test")
    assert decode(html.encode("ascii")) == (html, "ascii")


@pytest.mark.parametrize("raw", [page(SIMPLIFIED).encode("utf-8"),
                                 page("Hello, world.", title="Test").encode("ascii")])
def test_decode_utf8_hands_back_the_bytes_that_are_the_text_in_utf8(raw: bytes) -> None:
    text, name, utf8, plain = decode_utf8(raw)
    assert (text, name) == decode(raw) and utf8 is raw and plain


@pytest.mark.parametrize("raw", [
    codecs.BOM_UTF8 + page(SIMPLIFIED).encode("utf-8"),    # the BOM is dropped
    page(SIMPLIFIED).encode("gbk"),                         # another encoding
    page(SIMPLIFIED).encode("utf-8").replace(b"<p>", b"<p>\x00", 1),  # the NUL is dropped
    page(SIMPLIFIED).encode("utf-8").replace(b"<p>", b"<p>\x01", 1),  # a control character
    page(SIMPLIFIED).encode("utf-8").replace(b"<p>", b"<p>\x0c", 1),  # a form feed
    page(SIMPLIFIED).encode("utf-8").replace("正".encode(), b"\xd5\xfd", 1),  # a GBK run mended
])
def test_decode_utf8_hands_back_no_bytes_when_the_text_differs_from_them(raw: bytes) -> None:
    text, name, utf8, _ = decode_utf8(raw)
    assert (text, name) == decode(raw) and utf8 is None


# --- GB family ------------------------------------------------------------------------------

def test_gbk_declared_in_meta_decodes_as_gb18030() -> None:
    html = page(SIMPLIFIED, head=meta("gbk"))
    assert decode(html.encode("gbk")) == (html, "gb18030")


def test_gb2312_http_equiv_meta_is_read() -> None:
    html = page(SIMPLIFIED,
                head='<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    assert decode(html.encode("gb2312")) == (html, "gb18030")


def test_xml_declaration_encoding_is_read() -> None:
    html = '<?xml version="1.0" encoding="GB2312"?>' + page(SIMPLIFIED)
    assert decode(html.encode("gbk")) == (html, "gb18030")


def test_gbk_undeclared_decodes_as_gb18030() -> None:
    html = page(SIMPLIFIED)
    assert decode(html.encode("gbk")) == (html, "gb18030")


def test_short_gbk_text_undeclared_decodes_as_gb18030() -> None:
    text = "这是一个测试页面，内容是我们自己写的。"
    assert decode(text.encode("gbk")) == (text, "gb18030")


def test_characters_outside_gb2312_decode_under_a_gb2312_label() -> None:
    html = page(SIMPLIFIED + BEYOND_GB2312, head=meta("gb2312"))
    assert decode(html.encode("gb18030")) == (html, "gb18030")


def test_gb2312_declared_but_utf8_bytes_decode_as_utf8() -> None:
    html = page(SIMPLIFIED, head=meta("gb2312"))
    assert decode(html.encode("utf-8")) == (html, "utf-8")


def test_gb2312_declared_over_http_but_utf8_bytes_decode_as_utf8() -> None:
    html = page(SIMPLIFIED)
    assert decode(html.encode("utf-8"), declared="gb2312") == (html, "utf-8")


def test_utf8_declared_but_gbk_bytes_decode_as_gb18030() -> None:
    html = page(SIMPLIFIED, head=meta("utf-8"))
    assert decode(html.encode("gbk")) == (html, "gb18030")


def test_traditional_text_in_gbk_stays_gb18030() -> None:
    html = traditional_page(TRADITIONAL)
    assert decode(html.encode("gbk")) == (html, "gb18030")


def test_latin1_declared_on_gbk_bytes_is_not_mojibake() -> None:
    html = page(SIMPLIFIED, head=meta("iso-8859-1"))
    assert decode(html.encode("gbk")) == (html, "gb18030")


def test_unknown_and_unsafe_labels_are_ignored() -> None:
    html = page(SIMPLIFIED, head=meta("utf-7") + meta("x-no-such-charset"))
    assert decode(html.encode("gbk"), declared="rot13") == (html, "gb18030")


# --- Big5 -----------------------------------------------------------------------------------

def test_big5_declared_decodes_as_big5hkscs() -> None:
    html = traditional_page(TRADITIONAL, head=meta("big5"))
    assert decode(html.encode("big5")) == (html, "big5hkscs")


def test_big5_undeclared_traditional_text_decodes_as_big5hkscs() -> None:
    html = traditional_page(TRADITIONAL)
    assert decode(html.encode("big5")) == (html, "big5hkscs")


def test_short_big5_text_undeclared_decodes_as_big5hkscs() -> None:
    text = "這是一個測試頁面，內容是我們自己寫的。"
    assert decode(text.encode("big5")) == (text, "big5hkscs")


def test_hkscs_characters_decode_under_a_big5_label() -> None:
    html = traditional_page(TRADITIONAL + "佢哋話嘅嘢。", head=meta("big5"))
    assert decode(html.encode("big5hkscs")) == (html, "big5hkscs")


def test_big5_bytes_under_a_gb2312_meta_decode_as_big5hkscs() -> None:
    html = traditional_page(TRADITIONAL, head=meta("gb2312"))
    assert decode(html.encode("big5")) == (html, "big5hkscs")


def test_gbk_bytes_under_a_big5_meta_decode_as_gb18030() -> None:
    html = page(SIMPLIFIED, head=meta("big5"))
    assert decode(html.encode("gbk")) == (html, "gb18030")


# --- declared (HTTP) charset ----------------------------------------------------------------

def test_http_declared_charset_overrides_a_wrong_meta() -> None:
    html = page(SIMPLIFIED, head=meta("euc-kr"))
    assert decode(html.encode("gbk"), declared="gbk") == (html, "gb18030")


def test_http_declared_big5_overrides_a_wrong_gb2312_meta() -> None:
    html = traditional_page(TRADITIONAL, head=meta("gb2312"))
    assert decode(html.encode("big5"), declared="big5") == (html, "big5hkscs")


def test_declared_accepts_a_whole_content_type_value() -> None:
    html = page(SIMPLIFIED)
    assert decode(html.encode("gbk"), declared='text/html; charset="GBK"') == (html, "gb18030")


def test_declared_charset_that_does_not_fit_is_ignored() -> None:
    html = page(SIMPLIFIED, head=meta("gb2312"))
    assert decode(html.encode("gbk"), declared="utf-8") == (html, "gb18030")


def test_other_languages_decode_in_their_declared_codec() -> None:
    html = page("これは日本語のテストページです。東京で記者が取材した。", head=meta("shift_jis"),
                title="テスト")
    assert decode(html.encode("shift_jis")) == (html, "shift_jis")


def test_latin1_page_declared_latin1_decodes_as_cp1252() -> None:
    html = page("Ça a été très café, naïve façade, déjà vu.", head=meta("iso-8859-1"),
                title="Café")
    assert decode(html.encode("latin-1")) == (html, "cp1252")


# --- a few bad bytes: replacement, never a fall to cp1252 -----------------------------------

def with_stray_bytes(encoded: bytes, stray: bytes, count: int) -> bytes:
    """``encoded`` with ``stray`` inserted before ``count`` of its '。' full stops.

    Inserting at a character boundary keeps the decoder in step, as a real stray byte does.
    """
    stop = "。".encode("gbk") if stray != b"\x80\x80" else "。".encode("utf-8")
    return encoded.replace(stop, stray + stop, count)


def test_gb_page_with_a_few_bad_bytes_stays_chinese() -> None:
    html = page(SIMPLIFIED * 40, head=meta("gb2312"))
    text, name = decode(with_stray_bytes(html.encode("gbk"), b"\xff", 3))
    assert name == "gb18030"
    assert text.count("\ufffd") == 3
    assert text.replace("\ufffd", "") == html


def test_undeclared_gb_page_with_a_few_bad_bytes_stays_chinese() -> None:
    html = page(SIMPLIFIED * 40)
    text, name = decode(with_stray_bytes(html.encode("gbk"), b"\xff", 3))
    assert name == "gb18030"
    assert text.replace("\ufffd", "") == html


def test_utf8_page_with_a_few_bad_bytes_stays_utf8() -> None:
    html = page(SIMPLIFIED * 40, head=meta("utf-8"))
    text, name = decode(with_stray_bytes(html.encode("utf-8"), b"\x80\x80", 2))
    assert name == "utf-8"
    assert text.replace("\ufffd", "") == html


def test_undeclared_utf8_page_with_a_few_bad_bytes_stays_utf8() -> None:
    html = page(SIMPLIFIED * 40)
    text, name = decode(with_stray_bytes(html.encode("utf-8"), b"\x80\x80", 2))
    assert name == "utf-8"
    assert text.replace("\ufffd", "") == html


def test_big5_page_with_a_few_bad_bytes_stays_big5() -> None:
    html = traditional_page(TRADITIONAL * 40, head=meta("big5"))
    stop = "。".encode("big5")
    text, name = decode(html.encode("big5").replace(stop, b"\xff" + stop, 3))
    assert name == "big5hkscs"
    assert text.replace("\ufffd", "") == html


def test_badly_damaged_gb_page_still_decodes_as_chinese() -> None:
    html = page(SIMPLIFIED * 40, head=meta("gb2312"))
    stop = "。".encode("gbk")
    damaged = html.encode("gbk").replace(stop, b"\xff" + stop)  # far above 1% bad bytes
    text, name = decode(damaged)
    assert name == "gb18030"
    assert text.replace("\ufffd", "") == html


def test_undeclared_latin_page_is_not_decoded_as_chinese() -> None:
    html = page("Les élèves ont répondu à la question. " * 20, title="École")
    text, name = decode(html.encode("latin-1"))
    # Which single-byte codec charset detection picks is its call; it must not be a CJK one.
    assert name not in ("gb18030", "big5hkscs", "utf-8")
    assert "ont r\u00e9pondu" in text


# --- not a page -----------------------------------------------------------------------------

@pytest.mark.parametrize("data", [b"", b"   \r\n\t  ", "", "  \n\u3000 "],
                         ids=["empty-bytes", "blank-bytes", "empty-str", "blank-str"])
def test_empty_or_whitespace_input_raises(data: bytes | str) -> None:
    with pytest.raises(CleanerError, match="empty input"):
        decode(data)


def test_bom_alone_raises_empty_input() -> None:
    with pytest.raises(CleanerError, match="empty input"):
        decode(codecs.BOM_UTF8)


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64),
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64),
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
    b"PK\x03\x04\x14\x00\x00\x00\x08\x00",
    b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03",
], ids=["png", "jpeg", "pdf", "zip", "gzip"])
def test_binary_file_signatures_raise(data: bytes) -> None:
    with pytest.raises(CleanerError, match="binary"):
        decode(data)


def test_random_bytes_raise() -> None:
    rng = random.Random(20250826)
    data = bytes(rng.randrange(256) for _ in range(8192))
    with pytest.raises(CleanerError, match="binary"):
        decode(data)


def test_nul_heavy_input_raises() -> None:
    data = page(SIMPLIFIED).encode("utf-8").replace(b"<", b"\x00" * 40 + b"<")
    with pytest.raises(CleanerError, match="binary"):
        decode(data)


@pytest.mark.parametrize("data", [None, 42, ["<html>"], {"html": "<p>"}],
                         ids=["none", "int", "list", "dict"])
def test_input_that_is_not_bytes_or_str_raises(data: object) -> None:
    with pytest.raises(CleanerError, match="bytes or str"):
        decode(data)  # type: ignore[arg-type]


# --- normalisation --------------------------------------------------------------------------

def test_a_few_nuls_are_removed_from_bytes() -> None:
    html = page(SIMPLIFIED)
    data = html.encode("utf-8").replace(b"<p>", b"<p>\x00", 1)
    assert decode(data) == (html, "utf-8")


def test_str_is_returned_as_is_named_unicode() -> None:
    html = page(SIMPLIFIED + "（全角）ＡＢＣ")  # no NFKC: full-width forms stay
    assert decode(html) == (html, "unicode")


def test_str_lone_surrogate_becomes_replacement_character() -> None:
    assert decode("新闻\ud800正文\udcff。") == ("新闻\ufffd正文\ufffd。", "unicode")


def test_str_surrogate_pair_is_joined() -> None:
    assert decode("字\ud840\udc00。") == ("字\U00020000。", "unicode")


def test_str_nuls_are_removed() -> None:
    assert decode("新\x00闻\x00") == ("新闻", "unicode")


@pytest.mark.parametrize(("data", "text", "plain"), [
    ("\ufeff首页\n新闻正文，第一段。\n", "首页\n新闻正文，第一段。\n", True),  # a BOM, no control character
    ("plain ASCII text\n", "plain ASCII text\n", True),
    ("新闻\x01正文\x7f。", "新闻\x01正文\x7f。", False),        # control characters, left to the parse
    ("新\x00闻\x0c", "新闻\x0c", False),                          # a NUL (dropped) and a form feed
    ("新闻\ud800正文", "新闻\ufffd正文", False),                  # a lone surrogate: not told
    ("字\ud840\udc00\x02", "字\U00020000\x02", False),
])
def test_a_str_whose_utf8_holds_no_control_byte_is_plain(data: str, text: str, plain: bool) -> None:
    """A str is told to hold no control character (CONTROL_CHAR_BYTES) from its UTF-8, whose
    strict encode fails only on a surrogate: the dump's parse then searches it for none
    (README "### Speed", the thirty-seventh round, `dumpcost`)."""
    assert decode_utf8(data) == (text, "unicode", None, plain)


def test_bytes_like_input_is_accepted() -> None:
    html = page(SIMPLIFIED)
    assert decode(bytearray(html.encode("gbk"))) == (html, "gb18030")


# --- the shared corpus ----------------------------------------------------------------------

def corpus_or_skip() -> list[Path]:
    if not CORPUS_PAGES:
        pytest.skip(f"shared corpus not found at {CORPUS}")
    return CORPUS_PAGES


@pytest.mark.parametrize("path", CORPUS_PAGES or [None],
                         ids=[p.stem for p in CORPUS_PAGES] or ["no-corpus"])
def test_corpus_page_decodes_to_chinese(path: Path | None) -> None:
    if path is None:
        pytest.skip(f"shared corpus not found at {CORPUS}")
    text, name = decode(path.read_bytes())
    cjk = len(CJK_RE.findall(text))
    assert cjk >= 200, f"{name}: only {cjk} CJK characters"
    # A right decode is mostly CJK among its non-ASCII characters (observed 0.76-0.99).
    assert cjk >= 0.6 * len(NON_ASCII_RE.findall(text)), name
    assert text.count("\ufffd") <= 0.001 * len(text), name


def test_corpus_pages_that_are_valid_utf8_decode_as_utf8() -> None:
    for path in corpus_or_skip():
        data = path.read_bytes()
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            continue
        assert decode(data)[1] in ("utf-8", "utf-8-sig"), path.name


def test_corpus_labels_are_found_in_the_decoded_pages() -> None:
    """Titles and body sentences from the labels appear in the decoded page (whitespace aside)."""
    titled = title_found = bodied = body_found = 0
    for path in corpus_or_skip():
        flat = WHITESPACE_RE.sub("", decode(path.read_bytes())[0])
        label = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        if label.get("title"):
            titled += 1
            title_found += WHITESPACE_RE.sub("", label["title"]) in flat
        # Runs of 8 hanzi from the labelled body: markup may split sentences, not such runs.
        runs = [run[:8] for run in re.findall(r"[\u4e00-\u9fff]{8,}", label.get("body") or "")][:20]
        if runs:
            bodied += 1
            body_found += sum(run in flat for run in runs) >= len(runs) / 2
    assert titled == 0 or title_found >= 0.95 * titled, (title_found, titled)
    assert bodied == 0 or body_found >= 0.95 * bodied, (body_found, bodied)


def _random_cjk_bytes(rng: random.Random, codec: str, n: int) -> bytes:
    """``n`` characters of text in ``codec``: hanzi of any frequency, ASCII markup between."""
    out = []
    for _ in range(n):
        if rng.random() < 0.2:
            out.append(rng.choice(["<p>", " ", "2024-05-01", "</div>", "\n"]))
        else:
            out.append(chr(rng.randrange(0x4E00, 0x9FA6)))
    return "".join(out).encode(codec, "ignore")


def test_utf8_run_test_agrees_with_the_byte_pattern() -> None:
    """The class-table search finds a UTF-8 run exactly where the byte pattern would."""
    from cleaner import decode as d
    pattern = re.compile(rb"[\xe2-\xef][\x80-\xbf]{2}" * d.MIXED_MIN_CHARS)
    rng = random.Random(7)
    pieces = [b"\xe4\xb8\xad", b"\xe2\x80\x9c", b"\xef\xbc\x8c", b"\xe4\xb8", b"\xb8", b"\xe5",
              b"a", b" ", b"\xd6\xd0", b"\xc4\xe3", b"\xf0\x9f\x98\x80"]
    for _ in range(3000):
        data = b"".join(rng.choice(pieces) for _ in range(rng.randrange(0, 16)))
        found = data.translate(d.UTF8_CLASS_TABLE).find(d.UTF8_RUN_CLASSES) >= 0
        assert found == (pattern.search(data) is not None), data


def _sample_counts(data: bytes) -> tuple[int, int]:
    """The sample's non-ASCII bytes and, of those, the continuation bytes (80-BF), counted
    byte by byte."""
    from cleaner import trials as t
    sample = data[:t.SAMPLE_BYTES]
    return sum(b >= 0x80 for b in sample), sum(0x80 <= b <= 0xBF for b in sample)


def test_byte_classes_count_the_non_ascii_and_continuation_bytes() -> None:
    """One translate by the class table gives the sample's counts the codec choice reads (its
    non-ASCII bytes, its continuation bytes) and the UTF-8 lead bytes of a run: every byte
    value in its class, pages over the sample included."""
    from cleaner import decode as d
    from cleaner import trials as t
    rng = random.Random(14)
    assert d.UTF8_CLASS_TABLE == bytes(
        ord("z") if bytes([b]) in d.CONTROL_CHAR_BYTES else ord("x") if b < 0x80
        else ord("b") if b <= 0xBF else ord("a") if 0xE2 <= b <= 0xEF else ord("c")
        for b in range(256))
    for size in (0, 1, 300, 5000, t.SAMPLE_BYTES + 700):
        for _ in range(3):
            data = bytes(rng.randrange(256) for _ in range(size))
            classes = data.translate(d.UTF8_CLASS_TABLE)
            sample = min(len(data), t.SAMPLE_BYTES)
            ascii_bytes = classes.count(b"x", 0, sample) + classes.count(b"z", 0, sample)
            counted = (sample - ascii_bytes, classes.count(b"b", 0, sample))
            assert counted == _sample_counts(data)


def test_a_legacy_page_is_translated_by_the_class_table_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A GB18030 page's byte classes, made for the codec choice, are those the search for UTF-8
    runs reads (not made again), and the page decodes as it did (one with a UTF-8 run too)."""
    from cleaner import decode as d
    page = ('<meta charset="gbk">' + "<p>新华社北京电，今日发布消息。</p>" * 6).encode("gb18030")
    mixed = page + "<p>这是一段用另一种编码写成的文字。</p>".encode("utf-8")
    expected = [d.decode(page), d.decode(mixed)]
    assert expected[1][0].endswith("这是一段用另一种编码写成的文字。</p>")
    given: list[bytes | None] = []
    mend = d._mend_utf8_runs
    monkeypatch.setattr(d, "_mend_utf8_runs", lambda raw, text, codec, classes=None: (
        given.append(classes), mend(raw, text, codec, classes))[1])
    assert [d.decode(page), d.decode(mixed)] == expected
    assert given == [page.translate(d.UTF8_CLASS_TABLE), mixed.translate(d.UTF8_CLASS_TABLE)]


@pytest.mark.parametrize("codec", ["gb18030", "big5hkscs", "utf-8", "utf-16-le", "cp1252"])
def test_utf8_count_bound_never_rejects_a_trial_that_holds(codec: str) -> None:
    """The byte counts say "cannot hold" only where the UTF-8 trial itself fails, and they say
    it of GBK text (the trial that bound spares)."""
    from cleaner import decode as d
    from cleaner import trials as t
    rng = random.Random(codec)
    rejected = 0
    for size in (3, 40, 400, 20000, 70000):
        for _ in range(20 if size < 50000 else 4):
            data = _random_cjk_bytes(rng, codec, size)
            if rng.random() < 0.3:  # a UTF-8 stretch in the page, or a UTF-8 page with bad bytes
                data += "中文内容".encode() * rng.randrange(1, 40) + bytes([rng.randrange(128, 256)])
            sample = data[:t.SAMPLE_BYTES]
            cuts = [cut for cut in d.PREFIX_CUTS if cut < len(sample)] + [len(sample)]
            highs = [_sample_counts(sample[:cut])[0] for cut in cuts]
            if not t._utf8_may_hold(data.translate(d.UTF8_CLASS_TABLE), cuts, highs):
                rejected += 1
                assert not t._holds(t._try(data, "utf-8")), data[:80]
    if codec == "gb18030":
        assert rejected >= 30


@pytest.mark.parametrize("codec", ["gb18030", "big5hkscs", "utf-8", "shift_jis"])
def test_replacement_bound_never_rejects_a_trial_that_holds(codec: str) -> None:
    """The decode with replacement says "cannot hold" of a Chinese codec only where its trial
    fails, pages over the quick look and the sample and holding U+FFFD of their own included;
    and it says so of the wrong one of GB18030 and Big5 (the trial it spares)."""
    from cleaner import decode as d
    from cleaner import trials as t
    rng = random.Random(codec)
    rejected = 0
    for size in (3, 40, 400, 5000, 20000, 150000):
        for _ in range(12 if size < 100000 else 3):
            data = _random_cjk_bytes(rng, codec, size)
            if rng.random() < 0.3:  # the page's own U+FFFD, or a few broken bytes
                data += "\ufffd".encode("gb18030") * rng.randrange(1, 9)
            if rng.random() < 0.3:
                data += bytes(rng.randrange(128, 256) for _ in range(rng.randrange(1, 40)))
            high = len(data[:t.SAMPLE_BYTES].translate(None, t.ASCII_BYTES))
            for trial_codec in d.MIXED_CODECS:
                if t._replaced_sample(data, trial_codec, high) is None:
                    rejected += 1
                    assert not t._holds(t._try(data, trial_codec)), (trial_codec, data[:80])
    assert rejected >= 10


def _random_chinese_bytes(rng: random.Random, codec: str, n: int) -> bytes:
    """``n`` characters of text in ``codec``: common hanzi and rare ones, ASCII markup between,
    now and then the page's own U+FFFD or a broken byte."""
    from cleaner.hanzi import COMMON_HANZI
    common = sorted(COMMON_HANZI)
    out = []
    for _ in range(n):
        roll = rng.random()
        if roll < 0.2:
            out.append(rng.choice(["<p>", " ", "2024-05-01", "</div>", "\n"]).encode())
        elif roll < 0.6:
            out.append(rng.choice(common).encode(codec, "ignore"))
        elif roll < 0.995:
            out.append(chr(rng.randrange(0x4E00, 0x9FA6)).encode(codec, "ignore"))
        else:
            out.append(rng.choice(["\ufffd".encode("gb18030"), bytes([rng.randrange(128, 256)])]))
    return b"".join(out)


@pytest.mark.parametrize("codec", ["gb18030", "big5hkscs", "utf-8"])
def test_score_bound_of_a_replaced_reading_is_never_below_the_trials_score(codec: str) -> None:
    """The hanzi score of a codec's sample decoded with replacement bounds that of its trial
    (each bad byte a lone surrogate there), so a rival that cannot beat the margin by it is
    left untried: the decode is what it was with every rival tried."""
    from cleaner import decode as d
    from cleaner import trials as t
    rng = random.Random(codec)
    for size in (3, 12, 40, 400, 5000, 40000):
        for _ in range(8):
            data = _random_chinese_bytes(rng, codec, size)
            high = len(data[:t.SAMPLE_BYTES].translate(None, t.ASCII_BYTES))
            for trial_codec in d.MIXED_CODECS:
                reading = t._replaced_sample(data, trial_codec, high)
                if reading is not None:
                    trial = t._try(data, trial_codec)
                    assert trial is not None
                    assert t._hanzi_score(trial) <= t._score_bound(t._first_chars([reading])), (trial_codec, size)


def test_a_rival_left_untried_changes_no_decode(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages claiming one Chinese codec or none, in each of them: decoded the same when every
    rival that may hold is tried (the bound never spares one)."""
    from cleaner import decode as d
    from cleaner import trials as t
    rng = random.Random(5)
    pages = []
    for codec in ("gb18030", "big5hkscs"):
        for claim in ("", '<meta charset="gbk">', '<meta charset="big5">'):
            for size in (6, 60, 3000):
                for _ in range(4):
                    pages.append(claim.encode() + _random_chinese_bytes(rng, codec, size))
    spared = [d.decode(page) for page in pages]
    monkeypatch.setattr(t, "_score_bound", lambda chars: 1.0)
    assert [d.decode(page) for page in pages] == spared


def test_meta_charsets_are_the_matches_a_scan_finds() -> None:
    """The charset declarations found from the words ``charset``/``encoding`` are the ones the
    pattern's scan of the page's head finds, in order."""
    from cleaner.charsets import META_CHARSET_RE, PRESCAN_BYTES, meta_charsets
    pieces = [b"<meta charset=gbk>", b"<META CHARSET='Big5'>", b"<?xml version='1.0' encoding='x'?>",
              b"<meta http-equiv=a content='text/html; charset=utf-8'>", b"<", b">", b"charset",
              b"encoding", b"<meta", b"<?xml", b" ", b"=", b"xcharset=a", b"ChArSeT=x", b"\xd6\xd0",
              b"<meta a=1 charset = \" utf8\"", b"<meta<meta charset=z", b"enCODing=q"]
    rng = random.Random(11)
    for _ in range(5000):
        data = b"".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30)))
        if rng.random() < 0.1:  # straddling the end of the prescan
            data = b"x" * (PRESCAN_BYTES - rng.randrange(0, 40)) + data
        expected = [(m.span(), m.groups())
                    for m in META_CHARSET_RE.finditer(data, 0, PRESCAN_BYTES)]
        assert [(m.span(), m.groups()) for m in meta_charsets(data)] == expected, data[-120:]


def test_meta_charsets_straddling_the_lowered_pieces_are_found() -> None:
    """The head is lowered a piece at a time: a declaration, or its word alone, across the end of
    a piece is found as the pattern's scan finds it, once."""
    from cleaner.charsets import META_CHARSET_RE, PRESCAN_BYTES, PRESCAN_FIRST, iter_meta_charsets
    ends = [PRESCAN_FIRST << k for k in range(5)]
    assert ends[-1] == PRESCAN_BYTES
    declarations = [b"<meta charset=gbk>", b"<META CHARSET='Big5'>", b"<?xml version='1.0' encoding='x'?>",
                    b"<meta http-equiv=a content='text/html; charset=utf-8'>", b"<meta<meta charset=z"]
    for end in ends[:-1]:
        for declaration in declarations:
            for shift in range(len(declaration) + 2):
                data = b"x" * (end - shift) + declaration + b"<meta Charset=koi8-r>"
                expected = [(m.span(), m.groups()) for m in META_CHARSET_RE.finditer(data, 0, PRESCAN_BYTES)]
                assert len(expected) == 2
                assert [(m.span(), m.groups()) for m in iter_meta_charsets(data)] == expected, (end, shift)


def test_claims_read_the_head_only_as_far_as_the_claims_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first claim taken tries the pattern at no ``<`` past its own; :func:`claims` takes all."""
    from cleaner import charsets
    tried: list[int] = []
    pattern = charsets.META_CHARSET_RE

    class Recording:
        def match(self, data: bytes, start: int, end: int) -> re.Match[bytes] | None:
            tried.append(start)
            return pattern.match(data, start, end)

    page = b"<html><meta charset=gbk>" + b"<p>x</p>" * 1000 + b"<meta charset=big5><meta charset=utf-8>"
    monkeypatch.setattr(charsets, "META_CHARSET_RE", Recording())
    assert next(charsets.iter_claims(page, None)) == "gb18030"
    assert tried == [6]
    assert charsets.claims(page, None) == ("gb18030", "big5hkscs", "utf-8")


def test_big5_rival_of_a_gb18030_claim_is_read_once_with_replacement(monkeypatch: pytest.MonkeyPatch) -> None:
    """A GB18030 page claimed as such: Big5-HKSCS, its rival, is told from one decode with
    replacement, not a strict decode first (which fails at its first bad byte); pages read in
    Big5 without an error, or holding one, decode as they did with that strict decode."""
    from cleaner import decode as d
    from cleaner import trials as t
    rng = random.Random(12)
    strict_codecs: list[str] = []
    real_strict = t._strict_trial
    pages = [b'<meta charset="gbk">' + _random_chinese_bytes(rng, "gb18030", n) for n in (40, 3000, 9000)]
    pages += [b'<meta charset="gbk">' + "\u4e2d\u6587".encode("big5hkscs") * n for n in (4, 400)]
    expected = [d.decode(page) for page in pages]
    monkeypatch.setattr(d, "_strict_trial", lambda data, codec, high: (
        strict_codecs.append(codec), real_strict(data, codec, high))[1])
    assert [d.decode(page) for page in pages] == expected
    assert "big5hkscs" not in strict_codecs


def test_first_chars_are_those_of_the_joined_pieces() -> None:
    """The first non-ASCII characters found piece by piece are those of the whole reading."""
    from cleaner import trials as t
    rng = random.Random(13)
    for _ in range(300):
        pieces = ["".join(rng.choice(["a", " ", "<p>", "\u4e2d", "\ufffd", "\u6587\u5b57", "\U00020000"])
                          for _ in range(rng.randrange(0, 3000))) for _ in range(rng.randrange(0, 6))]
        joined = "".join(pieces)
        assert t._first_chars(pieces) == t.ASCII_RUN_RE.sub("", joined)[:t.MAX_SCORED_CHARS]


def test_common_count_is_the_count_of_common_hanzi_in_any_text() -> None:
    """The regex count of common hanzi is the count a set lookup per character makes, over
    every code point (line breaks, lone surrogates and astral ones included) and over
    random mixes of common, rare and ASCII characters."""
    from cleaner import decode as d
    from cleaner.hanzi import COMMON_HANZI
    everything = "".join(map(chr, range(0x110000)))
    assert d._common_count(everything) == len(COMMON_HANZI)
    rng = random.Random(17)
    pool = sorted(COMMON_HANZI) + ["\n", "a", " ", "\udc80", "\ufffd", "\u9fa5", "\U00020000", "\x00"]
    for _ in range(300):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(0, 200)))
        assert d._common_count(text) == sum(map(COMMON_HANZI.__contains__, text))


@pytest.mark.parametrize("codec", ["gb18030", "big5hkscs"])
def test_a_damaged_page_reads_as_one_decode_with_replacement(codec: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages with a few broken bytes, claimed or not, of one to many 4 KiB pieces and over the
    sample: the text is that of one decode of the page with replacement, which the reading with
    replacement made on the way gives when the page is in the sample whole (and is used then)."""
    from cleaner import decode as d
    used: list[bool] = []
    real_decode_all = d._decode_all
    monkeypatch.setattr(d, "_decode_all", lambda data, name, reading=None: (
        used.append(reading is not None), real_decode_all(data, name, reading))[1])
    rng = random.Random(codec)
    claim = b'<meta charset="gbk">' if codec == "gb18030" else b'<meta charset="big5">'
    read: list[int] = []
    for size in (300, 2100, 9000, 40000, 200000):
        for head in (b"", claim):
            page = bytearray(head + _random_cjk_bytes(rng, codec, size))
            for _ in range(max(1, size // 2000)):  # a stray byte, or a character cut before ASCII
                at = rng.randrange(len(head), len(page))
                page[at:at] = rng.choice([b"\xff", b"\x80", b"\xd6<", b"\xa4 "])
            text, name = d.decode(bytes(page))
            if name in d.MIXED_CODECS:  # (a short Big5 page with no claim may read as neither)
                read.append(size)
                assert text == bytes(page).decode(name, "replace"), (size, head)
    assert len(read) >= 8 and any(used) and not all(used)
