"""The invisible elements' fast paths (issue 12): the same answers as the plain tests."""

import random

from lxml import etree

from cleaner import dom


def test_repeated_inline_styles_each_keep_their_place():
    """Each distinct inline style is searched once: every place of one that hides is kept,
    and none of the places of the others."""
    styles = ["display:none", "color:red", "DISPLAY:NONE", "display:none", "color:red",
              "opacity:0", "display:none"]
    assert dom._hiding(styles) == [0, 2, 3, 5, 6]
    assert dom._hiding(["color:red", "color:red"]) == []
    rng = random.Random(29)
    pool = ["display:none", "color:red", "", "opacity:0;x", "font-size:0", "visibility: hidden",
            "font-size:0.8em", "İ;display:none", "width:1px"]
    for _ in range(3000):
        styles = [rng.choice(pool) for _ in range(rng.randint(1, 8))]
        assert dom._hiding(styles) == [i for i, style in enumerate(styles) if dom._hides(style)], \
            styles


def test_repeated_smart_strings_of_a_page_keep_their_elements():
    """The styles come from the tree as strings that know their element: the places found
    among repeated ones are those of the elements that hide."""
    root = etree.fromstring(
        "<html><body><p style='display:none'>a</p><p style='color:red'>b</p>"
        "<p style='display:none'>c</p><p style='display:none'>d</p></body></html>",
        parser=dom._UTF8_PARSER)
    styled = dom._STYLE_ATTRIBUTES(root)
    assert [styled[i].getparent().text for i in dom._hiding(styled)] == ["a", "c", "d"]


def test_each_hiding_style_is_asked_for_its_own_reveal():
    """Whether a style hides its element only until a script shows it is remembered by style
    on a page: prose hidden by visibility stays each time, the same prose hidden by display
    goes, in either order."""
    from cleaner.config import CleanerConfig
    prose = "这是一段很长的新闻正文，用来测试隐藏的文字。" * 12
    assert len(prose) >= dom.REVEALED_MIN_CJK and prose.count("。") >= dom.REVEALED_MIN_SENTENCES
    for first, second in (("visibility:hidden", "display:none"),
                          ("display:none", "visibility:hidden")):
        html = (f'<html><body><div style="{first}">{prose}甲</div>'
                f'<div style="{second}">{prose}乙</div><div style="{first}">{prose}丙</div>'
                f'<div style="{second}">{prose}丁</div><p>{prose}</p></body></html>')
        page = dom.parse(html, CleanerConfig())
        gone = sorted(text[-1] for text, why in page.hidden)
        assert gone == sorted("乙丁" if first.startswith("vis") else "甲丙"), gone


def test_repeated_style_sheets_read_once_each_one_counts():
    """A page's repeated sheet is read once: what every distinct sheet hides is found."""
    def sheets(*texts):
        out = []
        for text in texts:
            el = etree.Element("style")
            el.text = text
            out.append(el)
        return out
    assert dom._hidden_selectors(sheets(".a{display:none}", ".a{display:none}", "#b{opacity:0}",
                                        ".a{display:none}", ".c{font-size:0}", None)) \
        == (frozenset({"a", "c"}), frozenset({"b"}))
    assert dom._hidden_selectors(sheets(".x{color:red}", ".x{color:red}")) \
        == (frozenset(), frozenset())


def _tokens_by_walk(root, classes):
    """The elements whose class holds a token of ``classes``, told element by element."""
    return [el for el in root.iter() if not classes.isdisjoint((el.get("class") or "").split())]


def test_class_values_are_fetched_only_when_a_name_is_in_their_text(monkeypatch):
    """The class values are read as one string first: a page where no hidden class name is a
    piece of it has no value fetched; a name found only across two values fetches them and
    finds no element; a token is whole (``a`` is no token of ``ab``), and each element comes
    once, in document order."""
    fetched: list[int] = []
    read: list[str] = []
    attributes, text = dom._CLASS_ATTRIBUTES, dom._CLASS_TEXT
    monkeypatch.setattr(dom, "_CLASS_ATTRIBUTES",
                        lambda root: fetched.append(1) or attributes(root))
    monkeypatch.setattr(dom, "_CLASS_TEXT", lambda root: read.append(text(root)) or read[-1])

    def page(body):
        return etree.fromstring(f"<html><body>{body}</body></html>", parser=dom._UTF8_PARSER)

    root = page("<p class='nav top'>a</p><div class='main'><span class='x'>b</span></div>")
    assert dom._with_tokens(root, frozenset({"hide", "gone"})) == [] and fetched == []
    assert read == ["nav topmainx"]
    root = page("<p class='xa'>a</p><p class='b'>b</p>")
    assert dom._with_tokens(root, frozenset({"ab"})) == [] and fetched == [1]
    root = page("<p class='ab'>1</p><p class='x a\ty'>2</p><div class='a'><p class='a b'>3</p>"
                "</div><p class='b'>4</p>")
    assert [el.text or el[0].text for el in dom._with_tokens(root, frozenset({"a", "b"}))] \
        == ["2", "3", "3", "4"]
    rng = random.Random(12)
    pool = ["a", "b", "ab", "ba", "a b", " a", "b\n", "中", "a中", ""]
    for _ in range(400):
        body = "".join(f"<div class='{rng.choice(pool)}'><i class='{rng.choice(pool)}'>t</i></div>"
                       for _ in range(rng.randint(0, 6)))
        root = page(body)
        classes = frozenset(rng.sample(["a", "b", "ab", "中", "c"], rng.randint(1, 3)))
        assert dom._with_tokens(root, classes) == _tokens_by_walk(root, classes), (body, classes)


def test_text_of_an_element_is_its_string_value_without_its_tail():
    """An element's text as XPath's string() has it: every text node inside it in order,
    references resolved, nothing of its tail."""
    string = etree.XPath("string()", smart_strings=False)
    root = etree.fromstring(
        "<html><head><title> A &amp; B </title></head><body><div id='d'>one<b>two</b>three"
        "<i><u>中文</u></i>&#169;</div>tail<p id='e'></p>after<span id='f'><br/></span>"
        "</body></html>", parser=dom._UTF8_PARSER)
    for el in root.iter():
        assert dom._text_of(el) == string(el), el.tag
    assert dom._text_of(root.find(".//div")) == "onetwothree中文©"
    assert dom._text_of(root.find(".//p")) == "" and dom._text_of(root.find(".//span")) == ""
    assert dom._read_head({"title": [root.find(".//title")]}) == (("title", "A & B"),)


def test_a_sheet_beyond_ascii_has_its_ascii_letters_lowered_alone():
    """A sheet beyond ASCII is searched with its ASCII letters lowered (in its UTF-8 bytes) and
    nothing else: the long s and the Kelvin sign, which str.lower() makes ASCII, stay."""
    style = etree.Element("style")
    style.text = ".A{DISPLAY:NONE}.É Σ{color:RED}.ſ\u212a{Font-Size:0}#ſ{diſplay:none}"
    assert dom._sheet_selectors(style.text) == (frozenset({"A", "ſ\u212a"}), frozenset())
    assert dom._hidden_selectors([style]) == (frozenset({"A", "ſ\u212a"}), frozenset())


def test_a_sheet_met_on_an_earlier_page_is_not_read_again(monkeypatch):
    """A sheet's answer is kept by its text (``_kept_sheet_selectors``): another page's
    element of the same text is answered without a search, and so is its own repeat; a sheet
    over ``SHEET_MEMO_CHARS`` characters is read each time."""
    searched: list[str] = []
    declarations = dom._declarations
    monkeypatch.setattr(dom, "_declarations",
                        lambda lowered: searched.append(lowered) or declarations(lowered))
    dom._KEPT_SHEETS.clear()
    sheet = ".a1{display:none}#b1{visibility:hidden}.c1{color:red}"
    long_sheet = ".d1{font-size:0}" + " " * dom.SHEET_MEMO_CHARS
    answers = []
    for _ in range(3):
        styles = [etree.Element("style") for _ in range(3)]
        for style, text in zip(styles, (sheet, long_sheet, sheet)):
            style.text = text
        answers.append(dom._hidden_selectors(styles))
    assert answers == [(frozenset({"a1", "d1"}), frozenset({"b1"}))] * 3
    assert searched == [sheet, long_sheet, long_sheet, long_sheet]
    dom._KEPT_SHEETS.clear()


class _Unhashable(str):
    """A sheet's text that fails the test when it is hashed."""
    def __hash__(self) -> int:
        raise AssertionError("a sheet was hashed")


def test_a_kept_sheet_is_found_by_its_length_and_text_never_hashed(monkeypatch):
    """``_kept_sheet_selectors`` looks a sheet up by its length and compares the texts: a sheet
    is never hashed (siphash reads all of it), two sheets of one length each get their own answer
    (the later takes the place of the earlier), and the last SHEET_MEMO lengths are kept, the
    one least recently met given up first (README "### Speed", the thirty-fourth round,
    ``invis7``)."""
    searched: list[str] = []
    read = dom._sheet_selectors
    monkeypatch.setattr(dom, "_sheet_selectors", lambda sheet: searched.append(sheet) or read(sheet))
    monkeypatch.setattr(dom, "SHEET_MEMO", 3)
    dom._KEPT_SHEETS.clear()
    a, b = _Unhashable(".a{display:none}"), _Unhashable(".b{display:none}")
    assert len(a) == len(b)
    wanted = {str(a): (frozenset({"a"}), frozenset()), str(b): (frozenset({"b"}), frozenset())}.get
    for sheet in (a, a, b, b, a):
        assert dom._kept_sheet_selectors(sheet) == wanted(str(sheet))
    assert searched == [a, b, a]
    searched.clear()
    c, d, e = "#c{opacity:0}", ".d{font-size:0}", ".eee{display:none}"
    assert len({len(a), len(c), len(d), len(e)}) == 4
    for sheet in (c, d, a, e, a, c, d):
        dom._kept_sheet_selectors(sheet)
    # kept after each: [a, c], [a, c, d], [c, d, a], [d, a, e] (c given up), [d, e, a], then c
    # read again in place of d, and d read again.
    assert searched == [c, d, e, c, d]
    dom._KEPT_SHEETS.clear()


def test_text_of_a_childless_element_is_its_text_without_the_serializer(monkeypatch):
    """An element without children is read from its .text, without lxml's serializer; one
    holding a child element, a comment or a processing instruction (made by hand: the parser
    drops them) is written whole (README "### Speed", the thirty-first round, `invis5`)."""
    string = etree.XPath("string()", smart_strings=False)
    written: list[str] = []
    tostring = etree.tostring
    monkeypatch.setattr(etree, "tostring",
                        lambda el, **kw: written.append(el.tag) or tostring(el, **kw))
    root = etree.fromstring("<html><body><p>one &amp; 中文</p><i></i><div>x<b>y</b>z</div>tail"
                            "</body></html>", parser=dom._UTF8_PARSER)
    made = etree.fromstring("<r><s>a<!--c-->b<?pi x?>c</s><t>d<!--e--></t></r>")
    cases = [(root.find(".//p"), "one & 中文"), (root.find(".//i"), ""),
             (root.find(".//div"), "xyz"), (made[0], "abc"), (made[1], "d")]
    for el, text in cases:
        assert dom._text_of(el) == text == string(el), el.tag
    assert written == ["div", "s", "t"]
