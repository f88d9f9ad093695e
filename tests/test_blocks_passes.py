"""blocks' cheap passes give the answers of the regexes they stand for."""

from __future__ import annotations

import random
import re

import pytest

from cleaner.blocks import closes_sentence

# The regex the pass replaced, as it was: the reference answers.
_SENTENCE_END_REGEX = re.compile(r"[。！？!?…”」』）)\]】\"'.；;]\s*$")


SENTENCE_CASES = ["完了。", "完了。 ", "完了。\n\u3000", "问？\t", "”", "引号”\u2003", "未完",
                  "未完 ", "", "   ", "a.", "a. \x1c", "(1)", "【注】", "x]", "列表；", "a,",
                  "句号。后面", "……", "end'\u00a0", "\u3000。\u3000", "x\u200b", "。\u200b"]


@pytest.mark.parametrize("text", SENTENCE_CASES)
def test_closes_sentence_as_the_regex_does(text):
    assert closes_sentence(text) == bool(_SENTENCE_END_REGEX.search(text))


def test_closes_sentence_on_random_mixes():
    chars = "。！？!?…”」』）)]】\"'.；;,，a文 \t\n\u3000\u00a0\u2028\x1c\u200b\ufeff"
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 6)))
        assert closes_sentence(text) == bool(_SENTENCE_END_REGEX.search(text)), repr(text)


# Inline styles where a case-blind regex and a search in the lowercased text part ways: dotless
# i and long s match "i" and "s", "İ" lowercases to two characters, "K" (Kelvin) to one.
HIDING_CASES = ["display:none", "DISPLAY : NONE", "dıſplay:none", "vıſıbılıty:hidden",
                "visibility: HIDDEN", "opacity:0", "opacity:0.00 !important", "OPACITY:0.5",
                "font-ſize:0px", "font-size:10px", "font-size:0", "İ;display:none",
                "İ;display:block", "\u212a;opacity:0", "color:red", "", "display:none\n",
                "x;display:block;opacity:0.0!important", "play:none", "ty:hidden"]


@pytest.mark.parametrize("style", HIDING_CASES)
def test_hides_as_the_regex_does(style):
    from cleaner import dom
    assert dom._hides(style) == bool(dom._HIDING_STYLE.search(style))


def test_hides_on_random_mixes():
    from cleaner import dom
    pieces = ["display", "visibility", "opacity", "font-size", "none", "hidden", "0", ".0", ":",
              ";", "!", " ", "\n", "px", "ı", "ſ", "İ", "D", "I", "S", "x", "ty", "play"]
    rng = random.Random(11)
    for _ in range(20000):
        style = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert dom._hides(style) == bool(dom._HIDING_STYLE.search(style)), style


def test_firm_and_revealable_hiding_told_as_their_regexes_do():
    """Whether a hidden element's style hides it for good or only until a script shows it is
    read where the names' pieces are, with the answers of the case-blind regexes' searches."""
    from cleaner import dom
    names = ["display", "DISPLAY", "dıſplay", "visibility", "vıſıbılıty", "opacity", "OPACITY",
             "font-size", "font-ſize", "play", "ty", "color"]
    values = ["none", "NONE", "hidden", "0", "0.0", "00px", "0.5", "block", "0em"]
    rng = random.Random(17)
    for _ in range(20000):
        style = rng.choice(["", "x;", "İ;", "\u212a", " "]) + ";".join(
            rng.choice(names) + rng.choice(["", " ", "\n"]) + ":" + rng.choice(["", " "])
            + rng.choice(values) + rng.choice(["", " ", "!important", "\n"])
            for _ in range(rng.randint(0, 3)))
        for pattern, pieces in ((dom._FIRMLY_HIDING_STYLE, dom._FIRM_PIECES),
                                (dom._REVEALABLE_STYLE, dom._REVEALABLE_PIECES)):
            assert dom._declares(style, pattern, pieces) == bool(pattern.search(style)), style


def test_hiding_styles_found_in_the_joined_styles_are_those_hides_finds():
    """A page's inline styles are searched joined: a name's piece near the start of one style
    must not make the style before it (or this one) hide, nor a style's end be missed."""
    from cleaner import dom
    pieces = ["display", "visibility", "opacity", "font-size", "none", "hidden", "0", ".0", ":",
              ";", "!", " ", "\n", "px", "ı", "ſ", "İ", "D", "I", "S", "x", "ty", "play", "opac"]
    rng = random.Random(13)
    for _ in range(20000):
        styles = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
                  for _ in range(rng.randint(1, 5))]
        if rng.random() < 0.5:  # most pages: nothing that lowercases to another length
            styles = [style.replace("İ", "") for style in styles]
        assert dom._hiding(styles) == [i for i, style in enumerate(styles) if dom._hides(style)], \
            styles
    assert dom._hiding(["opacity:0", "ty:0", "abcdefgty"]) == [0]
    assert dom._hiding(["color:red", "DISPLAY:NONE", "font-size:0\n"]) == [1, 2]


def test_measured_block_is_a_frozen_slotted_block_like_any_other():
    """``Block.measured`` skips the dataclass ``__init__`` (and a block keeps no dict of its
    own): the value must still compare, hash, pickle, replace and stay frozen like one built
    the ordinary way."""
    import dataclasses
    import pickle

    from cleaner.blocks import Block
    fields = ("一段正文，写了些内容。", 7, "p", (1, 4), 2, "article main", 0, 9, 2)
    fast, plain = Block.measured(*fields), Block(*fields)
    assert type(fast) is Block and not hasattr(fast, "__dict__")
    assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
    assert pickle.loads(pickle.dumps(fast)) == plain
    assert dataclasses.asdict(fast) == dataclasses.asdict(plain)
    assert dataclasses.replace(fast, text="短句", cjk=-1, punct=-1) == Block("短句", 7, "p", (1, 4), 2,
                                                                          "article main")
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.text = "x"  # type: ignore[misc]


def test_a_block_in_the_making_has_blocks_slots_and_stores_them_plainly():
    """A block in the making adds no slot of Block's own (so Python finds its layout and Block's
    compatible without comparing the slots' names when the block takes Block's class) and
    stores through the generic ``__setattr__`` (each field a plain slot store, not the frozen
    dataclass's), ``__delattr__`` too (one of the two alone leaves Python the slow way for both).
    ``Block.measured`` is a plain function making one, not a class to call (``type.__call__``
    and the lookup of ``__init__`` cost more than the block's stores)."""
    import types

    from cleaner.blocks import Block, _Measured

    assert issubclass(_Measured, Block) and _Measured.__dict__["__slots__"] == ()
    assert _Measured.__setattr__ is object.__setattr__
    assert _Measured.__delattr__ is object.__delattr__
    assert isinstance(Block.measured, types.FunctionType)


def test_usual_page_candidates_are_the_styles_that_hide():
    """On a page without ``hidden`` attributes or a style sheet hiding classes or ids, only the
    elements whose inline style hides them are candidates (the others are never fetched), in
    document order, whatever the case and spacing of the declaration."""
    from lxml import etree

    from cleaner import dom
    root = etree.fromstring(
        '<html><body><p style="color:red">甲<span style="DISPLAY : none">乙</span></p>'
        '<div style="font-size:12px"><i style="font-size:0">丙</i></div>'
        '<p style="opacity:0.5">丁</p><b style="opacity:0;">戊</b></body></html>', dom._PARSER)
    elements, styles_hide = dom._candidates(root, frozenset(), frozenset())
    assert [el.text for el in elements] == ["乙", "丙", "戊"] and styles_hide


def test_candidates_beside_a_sheet_are_the_hiding_styles_and_what_the_sheet_hides():
    """On a page whose style sheet hides classes or ids, an element whose inline style does
    not hide it is no candidate (the caller would pass over it); those the sheet or a
    ``hidden`` attribute hide join the ones their style hides, in document order. When no
    element holds what the sheet hides, the candidates are known hidden by their style."""
    from lxml import etree

    from cleaner import dom
    page = ('<html><body><p style="color:red">甲<span class="ad gone">乙</span></p>'
            '<div style="display:none">丙</div><b id="away">丁</b><i {}>戊</i>'
            '<em class="gonez" style="opacity:0.5">己</em></body></html>')
    root = etree.fromstring(page.format('hidden=""'), dom._PARSER)
    elements, styles_hide = dom._candidates(root, frozenset({"gone"}), frozenset({"away"}))
    assert [el.text for el in elements] == ["乙", "丙", "丁", "戊"] and not styles_hide
    root = etree.fromstring(page.format('class="ad"'), dom._PARSER)
    elements, styles_hide = dom._candidates(root, frozenset({"absent"}), frozenset({"none"}))
    assert [el.text for el in elements] == ["丙"] and styles_hide


def test_parsers_keep_no_table_of_ids():
    """libxml2 fills a table of the ids for id() while parsing (and frees it with the tree);
    nothing of the cleaner asks id(), so both parsers skip it: the ids stay attributes."""
    from lxml import etree

    from cleaner import dom
    page = '<html><body><div id="x" class="c">甲</div></body></html>'
    for root in (etree.fromstring(page, dom._PARSER),
                 etree.fromstring(page.encode("utf-8"), dom._UTF8_PARSER)):
        assert root.xpath("id('x')") == [] and root.xpath("//*[@id='x']")[0].text == "甲"


def test_head_asks_a_meta_for_its_name_only_when_it_has_content():
    """``_read_head`` asks each <meta> for its content first, and for its name (property,
    itemprop, http-equiv) only when it has one, with bytes keys (lxml encodes a str key on every
    call); the head read from a parsed page is every named meta's content, in order."""
    from lxml import etree

    from cleaner import dom
    asked: list[object] = []

    class Meta:
        def __init__(self, **attributes: str) -> None:
            self.attributes = {name.replace("_", "-"): value for name, value in attributes.items()}

        def get(self, key: bytes | str) -> str | None:
            asked.append(key)
            return self.attributes.get(key.decode() if isinstance(key, bytes) else key)

    found = {"meta": [Meta(charset="utf-8"), Meta(name=" Keywords ", content=" 甲  乙 "),
                      Meta(content="无名"), Meta(http_equiv="refresh", content="5")]}
    assert dom._read_head(found) == (("keywords", "甲 乙"), ("refresh", "5"))
    assert asked == [b"content", b"content", b"name", b"content", b"name", b"property",
                     b"itemprop", b"http-equiv", b"content", b"name", b"property", b"itemprop",
                     b"http-equiv"]
    root = etree.fromstring(
        '<html><head><title> 标 题 </title><meta charset="utf-8"><meta name="Description" '
        'content="摘要"><meta property="og:title" content="题"><meta itemprop="name" content="名">'
        '<meta name="empty" content=""><meta content="孤"></head><body></body></html>', dom._PARSER)
    assert dom._read_head(dom._by_tag(root)) == (
        ("title", "标 题"), ("description", "摘要"), ("og:title", "题"), ("name", "名"))
