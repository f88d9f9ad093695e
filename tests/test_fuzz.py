"""Fuzzing ``clean()``: random pages of markup, text, encodings and junk, against its contract.

The contract, for any input at all:

1. ``clean()`` returns an :class:`Article` or raises :class:`CleanerError`, and nothing else.
2. The text is the page's own: let D be the decoded input (``cleaner.decode.decode``: for a
   ``str``, itself with lone surrogates replaced; for bytes, the bytes in the codec chosen) and
   U the same with HTML character references resolved (``html.unescape``). With all whitespace
   (and U+200B/U+FEFF, which the cleaner folds with it) removed from every string, each
   paragraph is a *subsequence* of U or of D: its characters all occur there, in the same
   order. So is the whole text, paragraphs in order. Nothing is invented, translated or
   normalised (no NFKC, no mojibake); taking characters out (chrome, repairs of injected
   fragments, cut tails) is allowed, so repairs need no special case. For the trafilatura
   fallback the ``-``, ``|`` and ``\\`` it writes before list items, between table cells and
   before a ``|`` inside a cell are left out of the paragraphs first, and the order across
   paragraphs is not checked:
   trafilatura may put text it recovered from elsewhere on the page after the main text.
3. The Article holds together: ``text == "\\n".join(paragraphs)``; no paragraph is empty or
   holds a newline; empty text comes with a ``no-article`` removal; every removal reason is one
   of ``REASONS``; ``to_dict()`` goes through ``json.dumps`` and the JSON encodes as UTF-8 (no
   lone surrogate anywhere).
4. Each example answers within 10 seconds (the hypothesis deadline).

CI runs a fixed set of 200 examples (derandomized, so a red build is reproducible). A longer,
random run is one environment variable away::

    CLEANER_FUZZ_EXAMPLES=20000 python -m pytest tests/test_fuzz.py -q
"""

from __future__ import annotations

import html
import json
import os
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, currently_in_test_context, event, given, settings
from hypothesis import strategies as st

from cleaner import Article, CleanerError, clean
from cleaner.article import REASONS
from cleaner.decode import decode

EXAMPLES = int(os.environ.get("CLEANER_FUZZ_EXAMPLES", "200"))
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize="CLEANER_FUZZ_EXAMPLES" not in os.environ,
    database=None,
    deadline=timedelta(seconds=10),
    suppress_health_check=list(HealthCheck),
)

# --- text -----------------------------------------------------------------------------------

SENTENCES = (
    "新华社北京8月26日电 国务院总理今天主持召开常务会议，研究部署推进经济发展的若干措施。",
    "会议指出，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。",
    "据介绍，该项目总投资约十二亿元，建成后将进一步完善区域路网结构，缩短通行时间。",
    "“我们村的路修好了，游客多了，农产品也卖得更远了。”村民老陈高兴地说。",
    "記者在現場看到，施工人員正在緊張作業，大型機械來回穿梭，工地上一派繁忙景象。",
    "今年以来，全市新开工重点项目120个，完成投资同比增长8.6%，其中制造业投资增长12%。",
    "The council approved the plan on Tuesday, officials said, adding that work would start soon.",
)
ENGLISH = (
    "The city council approved the new transit plan on Tuesday, officials said on Wednesday.",
    "Construction of three new lines will begin next spring & end in 2029 – if funds allow.",
    "“It's a good day for commuters,” said the mayor, who has backed the plan since 2021.",
    "Critics say the €4.5bn budget is too small; supporters call it “realistic”.",
)
HANZI = "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里"
PUNCT = "，。！？、；：“”（）《》【】…—·,.!?;: 0123456789"
CHROME = ("首页", "新闻", "登录", "注册", "分享到", "相关推荐", "责任编辑：王丽", "来源：新华网",
          "2025-08-26 09:30", "版权所有 ICP备12345678号", "上一篇", "下一篇", "阅读全文", "返回顶部")
JUNK = ("<", ">", "&", "&amp;", "&#20013;", "&#x4e2d;", "&#0;", "&#xD800;", "&#1114112;", "&nbsp;",
        "&bogus;", "&lt;p&gt;", "<!--", "-->", "<![CDATA[", "]]>", "</div>", "</p>", "</html>",
        "</body>", "<?xml version='1.0'?>", "<!DOCTYPE html>", "<br>", "<p>", "<p", "\x00", "\x01",
        "\x1b", "\r", "\u2028", "\ufeff", "\ufffd", "\u200b", "\u3000", "\xa0", "<script>",
        "</script>", "<style>", ".x{display:none}", "</style>", "{", "}", "=\"", "'", "\\")

cjk_text = st.text(alphabet=st.sampled_from(HANZI + PUNCT), max_size=60)
any_text = st.text(max_size=30)
piece = st.one_of(st.sampled_from(SENTENCES), st.sampled_from(CHROME), st.sampled_from(JUNK),
                  cjk_text, any_text)
text_run = st.lists(piece, max_size=4).map("".join)

# --- markup ---------------------------------------------------------------------------------

TAGS = ("div", "p", "span", "a", "b", "i", "font", "h1", "h2", "h3", "ul", "li", "ol", "table",
        "tr", "td", "section", "article", "header", "footer", "nav", "aside", "pre", "blockquote",
        "strong", "center", "script", "style", "noscript", "template", "iframe", "title",
        "textarea", "select", "option", "svg", "form", "br", "img", "hr", "x-widget", "html",
        "body", "head", "meta", "dl", "dd")
MARKERS = ("content", "article", "main", "nav", "footer", "related", "comment", "share", "hidden",
           "sidebar", "hot", "x", "")
attribute = st.one_of(
    st.sampled_from(MARKERS).map(lambda v: f' class="{v}"'),
    st.sampled_from(MARKERS).map(lambda v: f" id={v}"),
    st.sampled_from(("display:none", "font-size:0", "visibility:hidden", "color:red",
                     "opacity:0", "font-size:0.8em")).map(lambda v: f' style="{v}"'),
    st.just(" hidden"),
    st.just(' href="/a/1.html"'),
    st.sampled_from(("utf-8", "gbk", "gb2312", "big5", "latin-1", "utf-16", "bogus")).map(
        lambda v: f' charset="{v}"'),
    any_text.map(lambda v: f' title="{v}"'),
)


@st.composite
def element(draw: st.DrawFn, children: st.SearchStrategy[str]) -> str:
    tag = draw(st.sampled_from(TAGS))
    attrs = "".join(draw(st.lists(attribute, max_size=3)))
    inner = "".join(draw(st.lists(children, max_size=4)))
    closed = draw(st.booleans())
    return f"<{tag}{attrs}>{inner}" + (f"</{tag}>" if closed else "")


markup = st.recursive(text_run, lambda children: element(children), max_leaves=25)


@st.composite
def article(draw: st.DrawFn) -> str:
    """A plausible article among the junk, so that extraction has something to keep."""
    language = SENTENCES[:6] if draw(st.booleans()) else ENGLISH  # English goes to trafilatura
    paragraphs = draw(st.lists(st.sampled_from(language), min_size=2, max_size=6))
    title = draw(st.sampled_from(("国务院召开常务会议", "城市轨道交通三期工程开工", "")))
    around = draw(st.sampled_from(("<div class='content'>{}</div>", "<article>{}</article>", "{}")))
    return (f"<h1>{title}</h1>" if title else "") + around.format(
        "".join(f"<p>{p}</p>" for p in paragraphs))


PROLOGUES = (
    "", "<!DOCTYPE html>", "<?xml version='1.0' encoding='utf-8'?>",
    "<meta charset='gbk'>", "<meta http-equiv='Content-Type' content='text/html; charset=big5'>",
    '<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
)


@st.composite
def html_page(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.one_of(markup, article()), min_size=1, max_size=4))
    body = "".join(parts)
    depth = draw(st.sampled_from((0, 0, 0, 0, 0, 40, 300, 2100, 5000)))  # past libxml2's limits
    if depth:
        tag = draw(st.sampled_from(("div", "span", "td", "li")))
        body = f"<{tag}>" * depth + body + (f"</{tag}>" * depth if draw(st.booleans()) else "")
    if draw(st.booleans()):
        title = draw(st.one_of(st.sampled_from(("国务院召开常务会议_新闻网", "")), any_text))
        body = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    return draw(st.sampled_from(PROLOGUES)) + body


text_dump = st.lists(st.one_of(st.sampled_from(SENTENCES), st.sampled_from(CHROME), text_run),
                     max_size=12).map("\n".join)


@st.composite
def page_input(draw: st.DrawFn) -> str | bytes:
    """A page as a caller may pass it: str, or bytes in some encoding, maybe damaged."""
    text = draw(st.one_of(html_page(), text_dump))
    form = draw(st.sampled_from(("str", "utf-8", "gb18030", "gbk", "big5", "utf-16", "utf-8-sig",
                                 "mixed")))
    if form == "str":
        if draw(st.booleans()):  # a lone surrogate or two, as str from outside may hold
            at = draw(st.integers(0, len(text)))
            text = text[:at] + draw(st.sampled_from(("\ud800", "\udfff", "\udc80\ud83d"))) + text[at:]
        return text
    if form == "mixed":  # two halves in two encodings
        at = draw(st.integers(0, len(text)))
        first, second = draw(st.permutations(("utf-8", "gb18030", "big5")))[:2]
        data = text[:at].encode(first, "xmlcharrefreplace") + text[at:].encode(second, "xmlcharrefreplace")
    else:
        data = text.encode(form, "xmlcharrefreplace")
    if draw(st.booleans()):  # damage: cut anywhere (mid-character too), bytes thrown in
        data = data[:draw(st.integers(0, len(data)))]
        for _ in range(draw(st.integers(0, 3))):
            at = draw(st.integers(0, len(data)))
            data = data[:at] + draw(st.binary(max_size=6)) + data[at:]
    return data


# --- the contract ---------------------------------------------------------------------------

_FOLDED = str.maketrans("", "", "\u200b\ufeff")


def _squash(text: str) -> str:
    return "".join(text.translate(_FOLDED).split())


def _is_subsequence(small: str, big: str) -> bool:
    rest = iter(big)
    return all(char in rest for char in small)


def _note(what: str) -> None:
    """Count outcomes (``--hypothesis-show-statistics``) when under hypothesis."""
    if currently_in_test_context():
        event(what)


def check_contract(data: str | bytes) -> Article | None:
    """Run ``clean(data)`` and assert the contract (module docstring); the Article, if any."""
    try:
        result = clean(data)
    except CleanerError:
        _note("CleanerError")
        return None
    assert isinstance(result, Article)
    _note(f"{result.extractor}: {'text' if result.text else 'no article'}")
    assert result.text == "\n".join(result.paragraphs)
    for paragraph in result.paragraphs:
        assert paragraph.strip() and "\n" not in paragraph, repr(paragraph)
    if not result.text:
        assert any(r.reason == "no-article" for r in result.removed), result.removed
    assert {r.reason for r in result.removed} <= set(REASONS)
    json.dumps(result.to_dict(), ensure_ascii=False).encode("utf-8")

    decoded = decode(data)[0]
    references = (_squash(html.unescape(decoded)), _squash(decoded))
    layout = str.maketrans("", "", "-|\\") if result.extractor == "trafilatura" else {}
    paragraphs = [_squash(p.translate(layout)) for p in result.paragraphs]
    for paragraph in paragraphs:
        assert any(_is_subsequence(paragraph, ref) for ref in references), \
            f"paragraph not in the page: {paragraph[:200]!r}"
    if result.extractor == "cleaner":  # trafilatura may append text it recovered from elsewhere
        assert any(_is_subsequence("".join(paragraphs), ref) for ref in references), \
            "paragraphs out of the page's order"
    return result


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """Imports and the word list load once, outside any example's deadline."""
    clean("<html><body><p>" + SENTENCES[0] * 3 + "</p></body></html>")
    clean("<html><body><p>" + SENTENCES[-1] * 3 + "</p></body></html>")


@FUZZ
@given(page_input())
def test_any_page_gives_a_faithful_article_or_a_cleaner_error(data: str | bytes) -> None:
    check_contract(data)


@FUZZ
@given(st.binary(max_size=4096))
def test_any_bytes_give_a_faithful_article_or_a_cleaner_error(data: bytes) -> None:
    check_contract(data)


def test_the_contract_check_catches_invented_text() -> None:
    """The subsequence check is not vacuous: text that is not in the page fails it."""
    page = "<html><body><p>" + SENTENCES[0] * 3 + "</p></body></html>"
    result = check_contract(page)
    assert result is not None and result.paragraphs
    assert not _is_subsequence(_squash(result.text + "亖"), _squash(page))
    assert not _is_subsequence(_squash("，。" + result.text), _squash(page))
