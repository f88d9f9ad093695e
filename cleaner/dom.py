"""HTML -> Page: parse with lxml, drop what a browser would not show, cut the tree into blocks.

The stages, in order:

1. Repair what stops lxml early: a stray ``</html>`` or ``</body>`` before the article (libxml2
   ends the document there), an XML declaration in a str, control characters.
2. Parse with lxml's HTML parser (recovering, comments and processing instructions dropped,
   never touching the network, entities never expanded from declarations, ``huge_tree`` so that
   a text node over 10 MB does not empty the page). A page over ``CleanerConfig.max_nodes``
   start tags is cut first. libxml2 stops at nesting depth 2048 and drops the rest of the page;
   such a page is parsed again with what is nested deeper than ``max_depth`` unwrapped.
3. Read ``<head>``: the ``<title>`` and every ``<meta>`` name/property with its content.
4. Drop invisible elements: ``script``/``style``/``template``… by tag, then ``[hidden]``, inline
   ``display:none`` / ``visibility:hidden`` / ``font-size:0`` / ``opacity:0``, and elements whose
   class or id a rule of the page's own ``<style>`` hides. Their text is kept in ``Page.hidden``
   with the rule that hid it. Two stay, when they hold the page's prose (many sentences): an
   element hidden by visibility/opacity alone (a script fades the article in), and one hidden by
   an id rule that a page script shows (``$('#rest').show()``).
5. Cut the tree into blocks at block-level elements and ``<br>``: one walk over those elements
   marks where each block starts and which container it belongs to, then the body's text comes
   out of lxml in one piece and is split at the marks (:func:`_cut`). At most ``max_blocks``
   blocks, none longer than ``max_block_chars``, no container deeper than ``max_depth``.

Everything is linear in the page (README, "Hostile and broken input").
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from itertools import accumulate, compress, islice
from typing import Any

from lxml import etree

from .blocks import Block, Page, cjk_count, normalize_space, strip_cjk, strip_punct
from .config import CleanerConfig
from .flatten import flatten
from .patterns import BLOCK_TAGS, INVISIBLE_TAGS
from .prefilter import places

__all__ = ["parse"]

log = logging.getLogger(__name__)

_STRAY_END = re.compile(r"</(?:html|body)\s*>", re.I)
# The same in UTF-8 bytes: the str pattern's \s spelled out (the whitespace str.isspace() knows,
# as bytes); no letter of html/body has a case-blind match beyond ASCII.
_STRAY_END_UTF8 = re.compile(
    rb"</(?:html|body)(?:[\t\n\x0b\x0c\r \x1c-\x1f]|\xc2[\x85\xa0]|\xe1\x9a\x80"
    rb"|\xe2\x80[\x80-\x8a\xa8\xa9\xaf]|\xe2\x81\x9f|\xe3\x80\x80)*>", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]{0,200}\?>")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
# A control character inside a character reference (&\x01#33;): taken out, it would make one
# (!) that the page does not show; a space in its place keeps the reference broken.
_CONTROL_IN_REF = re.compile(r"(&#?[xX]?[A-Za-z0-9]*)[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+(?=[#A-Za-z0-9;])")
# Control characters a character reference (&#2;) still puts into the parsed text.
_REF_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")
# Inline styles that make an element invisible. font-size:0 must not match font-size:0.8em.
_HIDING_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$|!)"
    r"|font-size\s*:\s*0+(?:\.0+)?(?:px|em|rem|pt|%)?\s*(?:;|$|!)",
    re.I,
)
# The same declarations inside a whole style sheet, where a rule's end is its "}" (every match of
# _HIDING_STYLE inside one rule is a match of this in the sheet).
_HIDING_IN_SHEET = re.compile(_HIDING_STYLE.pattern.replace("(?:;|$|!)", "(?:;|$|!|(?=}))"), re.I)
_HIDING_IN_LOWERED = re.compile(_HIDING_IN_SHEET.pattern)
#: The properties _HIDING_STYLE names: each of its matches starts with one of them.
_HIDING_PROPERTIES = ("display", "visibility", "opacity", "font-size")
# Inline hiding a script undoes once the page has loaded (the article fades in): visibility and
# opacity alone, without display:none or font-size:0, which injected spam uses.
_REVEALABLE_STYLE = re.compile(r"visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$|!)",
                               re.I)
_FIRMLY_HIDING_STYLE = re.compile(
    r"display\s*:\s*none|font-size\s*:\s*0+(?:\.0+)?(?:px|em|rem|pt|%)?\s*(?:;|$|!)", re.I)
_SENTENCE_MARK = re.compile(r"[。！？!?]")
#: An element hidden only by visibility/opacity that holds this many sentences and CJK characters
#: is the page's prose waiting for a script to show it, not a hidden fragment.
REVEALED_MIN_SENTENCES = 5
REVEALED_MIN_CJK = 200
# What a script calls on an element to show it: jQuery's show/fadeIn/slideDown/toggle, a
# display or visibility set through css() or style.
_SHOWING_CALL = (r"(?:show|fadeIn|slideDown|toggle|css\(\s*['\"](?:display|visibility)"
                 r"|style\.(?:display|visibility))")
_SIMPLE_SELECTOR = re.compile(r"^[a-z0-9]*([.#])([\w-]+)$", re.I)

# huge_tree lifts libxml2's 10 MB cap on one text node or attribute (beyond it the whole parse
# fails and the page comes out empty) and its nesting limit from 256 to LIBXML_MAX_DEPTH. The HTML
# parser never expands entity declarations, and CleanerConfig.max_input_bytes bounds the input.
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                          recover=True, default_doctype=False, huge_tree=True)
# The same for UTF-8 bytes, whatever charset the page declares.
_UTF8_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True,
                                default_doctype=False, huge_tree=True, encoding="utf-8")
#: libxml2 stops parsing (dropping the rest of the page) at this nesting depth, even with huge_tree.
LIBXML_MAX_DEPTH = 2048
#: Elements libxml2 adds around the markup (html, body, an implied p) when flattening deep pages.
_DEPTH_MARGIN = 16
_OPEN_TAG = re.compile(r"<[A-Za-z]")
#: Tag name of the emptied invisible elements (see _drop_invisible); _cut passes over them.
_DROPPED = "cleaner-dropped"
#: The heading level of each heading element (the only block-level tags that have one).
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
#: The class/id markers a block inherits are cut to this many characters.
_MARKERS_CHARS = 600
#: What _cut walks: the elements that end a block, and links (whose characters it counts).
_WALK_TAGS = tuple(sorted(BLOCK_TAGS | {"br", "a"}))
#: Boundary marks for _cut, private-use characters a page hardly ever holds (others are found
#: when it does).
_MARK_CANDIDATES = tuple(chr(code) for code in range(0xE000, 0xE008))
# High bytes of the basic plane's CJK ideographs (blocks.cjk_count's ranges) in UTF-16, that of
# the marks, and the one the ideographs share with other characters (see _cjk_counts).
_CJK_HIGH = frozenset([*range(0x34, 0x4D), *range(0x4E, 0xA0), 0xF9, 0xFA])
_MARK_HIGH = 0xE0
_SHARED_HIGH = b"\x4d"
_NOT_CJK_HIGH = bytes(code for code in range(256) if code not in _CJK_HIGH and code != _MARK_HIGH)
_CJK_HIGH_TABLE = bytes(ord("|") if code == _MARK_HIGH else ord("c") for code in range(256))
# What a segment's text can hold and still be empty once cleaned: whitespace (what str.isspace()
# knows), zero-width characters and control characters.
_BLANK = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
          "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u200b\ufeff"
          + "".join(map(chr, [*range(0x00, 0x09), *range(0x0E, 0x1C), 0x7F])))
# What lxml refuses in a text node and _cut still has to mark: control characters that str
# counts as whitespace (made spaces), then whatever else XML forbids (dropped).
_CONTROL_SPACES = {code: " " for code in (0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x1F)}
_NOT_XML = re.compile(r"[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Attribute steps from elements (descendant::*), not from every node as // does: a third less.
_STYLE_ATTRIBUTES = etree.XPath("/descendant::*/@style")
_ANY_HIDDEN_ATTRIBUTE = etree.XPath("boolean(/descendant::*/@hidden)")
_HIDDEN_ATTRIBUTES = etree.XPath("descendant-or-self::*/@hidden")
_CLASS_ATTRIBUTES = etree.XPath("descendant-or-self::*/@class")
_STYLES_AND = etree.XPath("descendant-or-self::*/@style | $found")
#: Above this product of inline styles and other attributes to select, one predicate step over
#: every element costs libxml2 less than joining the selections (see _candidates).
UNION_MAX_PAIRS = 200_000
_TEXT_OF = etree.XPath("string()", smart_strings=False)
_COUNT_ELEMENTS = etree.XPath("count(descendant-or-self::*)")
_NTH_ELEMENT = etree.XPath("(descendant-or-self::*)[$n]")


def parse(text: str, config: CleanerConfig) -> Page | None:
    """Parse an HTML page into blocks; ``None`` when lxml finds no document in it."""
    text = _XML_DECL.sub("", text, count=1)
    # lxml reads UTF-8 bytes faster than a str, and control characters are found in bytes by a
    # C loop several times faster than a regex over the str; stray end tags too are found
    # several times faster in the bytes. The str path is for pages with control characters (or
    # over max_nodes start tags) only.
    encoded = _utf8_without_controls(text)
    stray_out = encoded is None or encoded.count(b"<") > config.max_nodes
    if stray_out:
        text = _STRAY_END.sub(" ", text)
        encoded = _utf8_without_controls(text)
        if encoded is None:
            text = strip_controls(text)
        text, cut_early = _limit_elements(text, config.max_nodes)
    else:
        encoded, cut_early = _STRAY_END_UTF8.sub(b" ", encoded), ""
    root = _parse(text if encoded is None or cut_early else encoded)
    if root is not None and _stopped_deep(root):
        # libxml2 gave up at LIBXML_MAX_DEPTH and dropped the rest of the page: parse it again with
        # everything deeper than max_depth unwrapped (what _cut does to a tree that parsed whole).
        if not stray_out:
            text = _STRAY_END.sub(" ", text)
        limit = min(config.max_depth, LIBXML_MAX_DEPTH - _DEPTH_MARGIN)
        root = _parse(flatten(text, limit))
        if root is not None and _stopped_deep(root):
            root = _parse(flatten(text, _DEPTH_MARGIN))
            if root is not None and _stopped_deep(root):
                cut_early = cut_early or f"page cut at nesting depth {LIBXML_MAX_DEPTH} (libxml2)"
    if root is None:
        return None
    head = _read_head(root)
    hidden = _drop_invisible(root)
    blocks, truncated = _cut(root, config)
    return Page(blocks=blocks, kind="html", head=head, hidden=hidden,
                truncated="; ".join(why for why in (cut_early, truncated) if why))


def strip_controls(text: str) -> str:
    """``text`` without control characters (tab, newline and carriage return stay): inside a tag
    they would change its name, and a reader never sees them."""
    return _CONTROL.sub("", _CONTROL_IN_REF.sub(r"\1 ", text))


def _utf8_without_controls(text: str) -> bytes | None:
    """``text`` in UTF-8, or ``None`` when it holds a control character (or cannot be encoded).
    A control character is one byte in UTF-8, never part of another character's bytes."""
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return encoded if len(encoded.translate(None, _CONTROL_BYTES)) == len(encoded) else None


def _parse(text: str | bytes) -> etree._Element | None:
    try:
        # etree's parser rather than lxml.html's: plain elements, without a Python class lookup
        # for every element the walks touch.
        root = etree.fromstring(text, parser=_PARSER if isinstance(text, str) else _UTF8_PARSER)
    except (etree.ParserError, ValueError) as err:
        log.debug("lxml could not parse the page: %s", err)
        return None
    if root is None:
        log.debug("lxml could not parse the page: no document in it")
    return root


def _limit_elements(text: str, max_nodes: int) -> tuple[str, str]:
    """The page cut before its start tag number ``max_nodes + 1``, so that the tree lxml builds
    (and its memory) stays bounded; and why, when it was cut. Counting ``<`` is a C loop, so a
    page under the limit costs next to nothing."""
    if text.count("<") <= max_nodes:
        return text, ""
    over = next(islice(_OPEN_TAG.finditer(text), max_nodes, None), None)
    if over is None:
        return text, ""
    log.debug("page cut at start tag %d (CleanerConfig.max_nodes)", max_nodes + 1)
    return text[:over.start()], (f"page cut after {max_nodes} elements, {len(text) - over.start()} "
                                 "characters dropped (CleanerConfig.max_nodes)")


def _stopped_deep(root: etree._Element) -> bool:
    """Whether libxml2 stopped at its nesting limit: the parse then ends on the element that hit
    it, the last one in document order, so the chain of last children reaches the limit."""
    depth, el = 1, root
    while len(el):
        el = el[-1]
        depth += 1
    return depth >= LIBXML_MAX_DEPTH - 2


def _clean_text(text: str) -> str:
    """Text of the tree as a reader sees it: whitespace collapsed, control characters out."""
    return normalize_space(_REF_CONTROL.sub("", text))


def _read_head(root: etree._Element) -> tuple[tuple[str, str], ...]:
    found: list[tuple[str, str]] = []
    title = next(root.iter("title"), None)
    if title is not None:
        found.append(("title", _clean_text(_TEXT_OF(title))))
    for meta in root.iter("meta"):
        key = meta.get("name") or meta.get("property") or meta.get("itemprop") or meta.get("http-equiv")
        value = meta.get("content")
        if key and value:
            found.append((key.strip().lower(), _clean_text(value)))
    return tuple(found)


def _hidden_selectors(root: etree._Element) -> tuple[frozenset[str], frozenset[str]]:
    """Classes and ids that a rule in the page's own ``<style>`` makes invisible."""
    classes: set[str] = set()
    ids: set[str] = set()
    for style in root.iter("style"):
        sheet = style.text or ""
        # Rules are "selectors { declarations }", split at "}". Only the few rules that hold a
        # hiding declaration are looked at. They are found from the property names (str.find,
        # in C) in the sheet lowercased, when that keeps every character where it was: several
        # times faster than a case-blind regex over the whole sheet.
        lowered = sheet.lower()
        if len(lowered) == len(sheet):
            declarations = _declarations(lowered)
        else:
            declarations = _HIDING_IN_SHEET.finditer(sheet)
        seen = -1
        for found in declarations:
            start = sheet.rfind("}", 0, found.start()) + 1
            if start == seen:
                continue
            seen = start
            end = sheet.find("}", found.end())
            rule = sheet[start:] if end < 0 else sheet[start:end]
            selectors, _, body = rule.rpartition("{")
            selectors = selectors.rpartition("{")[2]  # the inner rule of an @media block
            if not selectors or not _HIDING_STYLE.search(body):
                continue
            for selector in selectors.split(","):
                match = _SIMPLE_SELECTOR.match(selector.strip())
                if match:
                    (classes if match.group(1) == "." else ids).add(match.group(2))
    return frozenset(classes), frozenset(ids)


def _declarations(lowered: str) -> list[re.Match[str]]:
    """The hiding declarations of a lowercased style sheet, in order: _HIDING_IN_LOWERED tried
    where one of the properties it names starts (every match starts so)."""
    found = (_HIDING_IN_LOWERED.match(lowered, at) for at in places(lowered, _HIDING_PROPERTIES))
    return [match for match in found if match]


def _drop_invisible(root: etree._Element) -> tuple[tuple[str, str], ...]:
    classes, ids = _hidden_selectors(root)
    hidden: list[tuple[str, str]] = []
    scripts: list[str] = []  # the page's scripts, read once when first needed
    doomed: list[etree._Element] = []
    covered: dict[etree._Element, bool] = {}  # element -> inside a doomed one (memo)
    for el in _candidates(root, classes, ids):
        if el is root:
            continue
        if doomed and _covered(el, root, covered):
            continue  # what is inside goes with it: its hidden text is not recorded twice
        if el.get("hidden") is not None:
            why = "hidden attribute"
        elif (style := el.get("style")) and _HIDING_STYLE.search(style):
            if _revealed_by_script(el, style):
                continue
            why = "inline style"
        elif classes and (cls := el.get("class")) and not classes.isdisjoint(cls.split()):
            why = "class hidden by <style>"
        elif ids and el.get("id") in ids:
            if _shown_by_script(el, el.get("id", ""), root, scripts):
                continue
            why = "id hidden by <style>"
        else:
            continue
        text = _clean_text(_TEXT_OF(el))
        if text:
            hidden.append((text, why))
        doomed.append(el)
        covered[el] = True
    # Emptied and renamed rather than removed: they keep their tails, and _cut passes over them.
    # Removing elements one by one (drop_tree) appends each tail to the text before it, and
    # removing them at once (strip_elements) leaves their tails as adjacent text nodes, which
    # lxml joins anew at every .text: both quadratic over many hidden siblings.
    for el in doomed:
        el.clear(keep_tail=True)
        el.tag = _DROPPED
    for el in list(root.iter(*INVISIBLE_TAGS)):
        if el.getparent() is None and el is not root:
            continue  # inside one emptied before it (the <title> and <meta> of <head>)
        el.clear(keep_tail=True)
        el.tag = _DROPPED
    return tuple(hidden)


def _candidates(root: etree._Element, classes: frozenset[str],
                ids: frozenset[str]) -> list[etree._Element]:
    """The elements that could be hidden (few on a page), in document order, each once: those
    with a ``style`` or ``hidden`` attribute, a class token in ``classes`` or an id in ``ids``.

    A predicate on every element costs libxml2 thousands of instructions an element, and a
    test of an attribute's value about as many an attribute: attributes are selected by name
    (ids by value, as they are few on a page), and class values tested in Python, where the
    tokens are found in all the values joined (a C loop). The few elements found join the inline styles in one union, which
    libxml2 sorts into document order; a union costs it time in the product of its parts' sizes
    (each node is checked against the others), so a page with many of both takes the predicate
    step instead.
    """
    styled = _STYLE_ATTRIBUTES(root)
    any_hidden = _ANY_HIDDEN_ATTRIBUTE(root)
    if not classes and not ids and not any_hidden:
        # The usual page: only inline styles to look at, in document order, one per element.
        return [value.getparent() for value in styled]
    # Below the root only, as the predicate step selects (the usual page's styles above are
    # selected in the whole document, as they always were).
    found = [value.getparent() for value in _HIDDEN_ATTRIBUTES(root)] if any_hidden else []
    if ids:  # ids are few and short (selector names): a test of each id attribute will do
        found += [value.getparent() for value in root.xpath(
            "descendant-or-self::*/@id[" + " or ".join(f".='{name}'" for name in sorted(ids)) + "]")]
    if classes:
        found += _with_tokens(_CLASS_ATTRIBUTES(root), classes)
    if len(found) * len(styled) > UNION_MAX_PAIRS:
        wanted = ["@hidden", "@style", *(f"contains(@class,'{name}')" for name in sorted(classes)),
                  *(f"@id='{name}'" for name in sorted(ids))]
        return root.xpath(f"descendant-or-self::*[{' or '.join(wanted)}]")
    candidates: list[etree._Element] = []
    for node in _STYLES_AND(root, found=found):
        el = node if isinstance(node, etree._Element) else node.getparent()
        if not candidates or candidates[-1] is not el:  # an element's attributes follow it
            candidates.append(el)
    return candidates


def _with_tokens(values: list[Any], classes: frozenset[str]) -> list[etree._Element]:
    """The elements of the class ``values`` (attribute results) that hold a token of
    ``classes``: each name is searched for in all the values joined (a C loop), and only the
    values it is found in are split into tokens."""
    joined = "\0".join(values)  # a character no attribute value can hold
    ends: list[int] = []
    hits: set[int] = set()
    for name in classes:
        at = joined.find(name)
        if at >= 0 and not ends:
            ends = list(accumulate(len(value) + 1 for value in values))
        while at >= 0:
            index = bisect_right(ends, at)
            if name in values[index].split():
                hits.add(index)
            at = joined.find(name, ends[index])
    return [values[index].getparent() for index in sorted(hits)]


def _revealed_by_script(el: etree._Element, style: str) -> bool:
    """Whether ``el`` is hidden only until a script fades it in: its inline style hides it by
    visibility or opacity alone, and it holds the page's prose (many sentences). Pages that reveal
    the article by script (some self-media platforms) would otherwise lose all of it; injected
    fragments are short and hide by display or font size."""
    if _FIRMLY_HIDING_STYLE.search(style) or not _REVEALABLE_STYLE.search(style):
        return False
    text = _TEXT_OF(el)
    return (len(_SENTENCE_MARK.findall(text)) >= REVEALED_MIN_SENTENCES
            and cjk_count(text) >= REVEALED_MIN_CJK)


def _shown_by_script(el: etree._Element, ident: str, root: etree._Element,
                     scripts: list[str]) -> bool:
    """Whether the element of id ``ident``, hidden by the page's style sheet, is the rest of the
    article that a script of the page shows (``$('#lower').show()``): it holds the page's prose
    (many sentences) and a script calls a showing method on that id."""
    text = _TEXT_OF(el)
    if len(_SENTENCE_MARK.findall(text)) < REVEALED_MIN_SENTENCES \
            or cjk_count(text) < REVEALED_MIN_CJK:
        return False
    if not scripts:
        scripts.append(" ".join(script.text or "" for script in root.iter("script")))
    shown = re.compile(r"""(?:['"]#|getElementById\(\s*['"])""" + re.escape(ident)
                       + r"""['"]\s*\)\s*\.\s*""" + _SHOWING_CALL)
    return bool(shown.search(scripts[0]))


def _covered(el: etree._Element, root: etree._Element, covered: dict[etree._Element, bool]) -> bool:
    """Whether an ancestor of ``el`` is in ``covered`` as doomed. Elements come in document
    order, so what is learnt of an ancestor stays true: each element is looked at once."""
    chain = []
    node = el.getparent()
    found = False
    while node is not None and node is not root:
        known = covered.get(node)
        if known is not None:
            found = known
            break
        chain.append(node)
        node = node.getparent()
    for node in chain:
        covered[node] = found
    return found


def split_long(text: str, limit: int) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters, each ending at the last sentence
    end (。！？!?) in its second half when there is one; ``[text]`` when it is short enough.

    A page can be one endless line; per-character work on one block (and the lists some of it
    builds) then stays bounded. Nothing is dropped but the spaces at the cuts.

    >>> split_long("一二三。四五六。七八", 5)
    ['一二三。', '四五六。', '七八']
    """
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = max(text.rfind(mark, start + limit // 2, end) for mark in "。！？!?") + 1
        if cut <= 0:
            cut = end
        pieces.append(text[start:cut].strip())
        start = cut
    pieces.append(text[start:].strip())
    return [piece for piece in pieces if piece]


#: A block-level element that starts a container of blocks: (tag, element, id, parent). What its
#: blocks inherit from it (path, class/id markers, heading level) is worked out by _inherited
#: only for the containers that hold text. Tuples: one is made per block-level element.
_Container = tuple[str, Any, int, Any]  # (tag, element or None, id, parent container or None)
#: What the blocks of a container inherit: the path of container ids, markers, heading level.
_Inherited = tuple[tuple[int, ...], str, int]


def _inherited(box: _Container, known: dict[int, _Inherited]) -> _Inherited:
    """Path, markers and heading of ``box``, from its nearest known ancestor down: each container
    is worked out once, so the cost is linear in containers whatever the depth."""
    chain: list[_Container] = []
    while box[2] not in known:
        chain.append(box)
        box = box[3]
    path, markers, heading = known[box[2]]
    for tag, el, node, _ in reversed(chain):
        path = path + (node,)
        cls, ident = el.get("class"), el.get("id")
        if cls or ident:  # most block elements have neither: no string to build
            own = f"{cls or ''} {ident or ''}".lower().strip()
            if own:
                markers = f"{markers} {own}"[:_MARKERS_CHARS]
        heading = _HEADINGS.get(tag, heading)
        known[node] = (path, markers, heading)
    return known[chain[0][2]] if chain else known[box[2]]


def _free_chars(text: str, count: int) -> list[str]:
    """``count`` private-use characters that ``text`` does not contain (boundary marks)."""
    found = list(islice((c for c in _MARK_CANDIDATES if c not in text), count))
    if len(found) < count:
        used = set(text)
        found = [chr(code) for code in range(0xF0000, 0xFFFFE) if chr(code) not in used][:count]
    return found


def _cut(root: etree._Element, config: CleanerConfig) -> tuple[tuple[Block, ...], str]:
    """Cut the tree into blocks; returns the blocks and why the cut stopped early.

    A block ends where a block-level element starts or ends and at ``<br>``. One walk over
    those elements (and links) only, in C but for the few lines per event: each boundary gets a
    mark at the start of the text that follows it (the element's text at its start, its tail at
    its end) and the container that text belongs to. The text of the whole body then comes out
    of lxml in one piece, is cleaned in one pass and split at the marks; segment ``i`` is the
    text after boundary ``i - 1``. Links are walked node by node, to count the characters inside
    them per segment the way a reader's eye does (each text node stripped).
    """
    body = root.find("body")
    if body is None:
        body = root
    mark, stop = _free_chars(_TEXT_OF(body), 2)
    max_depth = config.max_depth
    # The open containers are a chain through their parent field: the last one opened owns the
    # current text, and closing it makes its parent the owner again.
    current: _Container = ("body", None, 0, None)
    depth = 1  # open containers
    opened: list[bool] = []  # per open block element: whether it started a container
    owners: list[_Container] = [current]  # per segment: the container its text belongs to
    add_owner = owners.append
    links: dict[int, int] = {}  # segment -> characters inside links
    in_link = 0
    counter = 0
    max_blocks = config.max_blocks
    filled = 0  # segments that surely hold text, counted once there are over max_blocks segments
    stopped = None
    for event, el in etree.iterwalk(body, events=("start", "end"), tag=_WALK_TAGS):
        tag = el.tag
        if event == "start":
            if filled > max_blocks:  # the blocks to keep are all before this element
                stopped = el
                break
            if tag == "a":
                if in_link:
                    pass
                elif len(el):
                    _count_link(el, len(owners) - 1, links)
                elif (piece := el.text) and (n := len(piece.strip())):  # most links: text alone
                    links[len(owners) - 1] = links.get(len(owners) - 1, 0) + n
                in_link += 1
                continue
            if tag != "br":
                # Deeper than max_depth a block element still ends the block before it, but
                # adds no container: its blocks belong to the ancestor at max_depth.
                if depth <= max_depth:
                    opened.append(True)
                    counter += 1
                    depth += 1
                    current = (tag, el, counter, current)
                else:
                    opened.append(False)
            piece = el.text
            try:
                el.text = mark + piece if piece else mark
            except ValueError:  # a character reference made a character lxml will not take back
                el.text = mark + _xml_safe(piece or "")
            add_owner(current)
            if piece and len(owners) > max_blocks and piece.strip(_BLANK):
                filled += 1
        elif tag == "a":
            if in_link:
                in_link -= 1
        elif tag != "br":
            if opened.pop():
                current = current[3]
                depth -= 1
            if el is not body:
                piece = el.tail
                try:
                    el.tail = mark + piece if piece else mark
                except ValueError:
                    el.tail = mark + _xml_safe(piece or "")
                add_owner(current)
                if piece and len(owners) > max_blocks and piece.strip(_BLANK):
                    filled += 1
    truncated = ""
    if stopped is None and int(_COUNT_ELEMENTS(body)) > config.max_nodes:
        stopped = _NTH_ELEMENT(body, n=config.max_nodes + 1)[0]
        truncated = f"page cut after {config.max_nodes} elements (CleanerConfig.max_nodes)"
    if stopped is not None:  # what follows the start of this element is dropped
        try:
            stopped.text = stop + (stopped.text or "")
        except ValueError:
            stopped.text = stop + _xml_safe(stopped.text or "")
    text = _TEXT_OF(body)
    if stopped is not None:
        text = text[:text.index(stop)]
    # Spaces next to a mark are the ends of a segment, which a block does not keep: without them
    # a segment of nothing but space is empty, and the empty ones are passed over in C.
    text = normalize_space(_REF_CONTROL.sub("", text))
    text = text.replace(" " + mark, mark).replace(mark + " ", mark)
    segments = text.split(mark)
    # The CJK characters and punctuation marks of every segment, counted in one pass each.
    cjk = _cjk_counts(text, len(segments)) or [
        len(raw) - len(rest) for raw, rest in zip(segments, strip_cjk(text).split(mark))]
    punct = [len(raw) - len(rest) for raw, rest in zip(segments, strip_punct(text).split(mark))]
    blocks: list[Block] = []
    add_block, measured = blocks.append, Block.measured
    known: dict[int, _Inherited] = {0: ((), "", 0)}
    limit = config.max_block_chars
    for i in compress(range(len(segments)), segments):
        if len(blocks) >= max_blocks:
            truncated = f"page cut after {max_blocks} blocks (CleanerConfig.max_blocks)"
            break
        segment, owner = segments[i], owners[i]
        path, markers, heading = known.get(owner[2]) or _inherited(owner, known)
        length = len(segment)
        inside = links.get(i, 0) if links else 0
        if inside > length:
            inside = length
        if length <= limit:
            add_block(measured(segment, len(blocks), owner[0], path, inside, markers, heading,
                               cjk[i], punct[i]))
            continue
        for piece in split_long(segment, limit):
            blocks.append(Block(text=piece, position=len(blocks), tag=owner[0], path=path,
                                link_chars=inside * len(piece) // length, markers=markers,
                                heading=heading))
    return tuple(blocks), truncated


def _cjk_counts(text: str, segments: int) -> list[int] | None:
    """The CJK ideographs of each of the ``segments`` pieces of ``text`` between marks, counted
    in C, or ``None`` when this way cannot tell (then the regex does).

    In UTF-16 a character of the basic plane is one unit, and its high byte alone says whether
    it is an ideograph, but for 0x4D, which holds the last of Extension A and the hexagrams.
    The high bytes, ideographs kept and the marks (0xE0) made separators, split into runs whose
    lengths are the counts. A page with a character beyond the basic plane, a 0x4D, or another
    character of the marks' block has its ideographs counted by the regex.
    """
    units = text.encode("utf-16-le", "surrogatepass")
    if len(units) != 2 * len(text):
        return None
    high = units[1::2]
    if high.count(_MARK_HIGH) != segments - 1 or _SHARED_HIGH in high:
        return None
    return list(map(len, high.translate(_CJK_HIGH_TABLE, _NOT_CJK_HIGH).split(b"|")))


def _xml_safe(text: str) -> str:
    """``text`` as lxml takes it: control characters out (the blocks drop them anyway) and the
    ones that count as whitespace made spaces (the blocks collapse them anyway)."""
    return _NOT_XML.sub("", _REF_CONTROL.sub("", text).translate(_CONTROL_SPACES))


def _count_link(link: etree._Element, segment: int, links: dict[int, int]) -> None:
    """Add the characters inside ``link`` (each text node stripped) to the segments they fall in:
    block-level elements inside a link still end segments."""
    for event, el in etree.iterwalk(link, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag == "br" or tag in BLOCK_TAGS:
                segment += 1
            piece = el.text if tag else None
        else:
            if tag in BLOCK_TAGS:
                segment += 1
            piece = el.tail if el is not link else None
        if piece and (n := len(piece.strip())):
            links[segment] = links.get(segment, 0) + n
