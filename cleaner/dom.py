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
   with the rule that hid it.
5. Walk the tree once and cut it into blocks at block-level elements and ``<br>``: at most
   ``max_blocks`` of them, none longer than ``max_block_chars``, no container deeper than
   ``max_depth``.

Everything is linear in the page (README, "Hostile and broken input").
"""

from __future__ import annotations

import logging
import re
from itertools import islice

from lxml import etree, html

from .blocks import Block, Page, normalize_space
from .config import CleanerConfig
from .patterns import BLOCK_TAGS, INVISIBLE_TAGS

__all__ = ["parse"]

log = logging.getLogger(__name__)

_STRAY_END = re.compile(r"</(?:html|body)\s*>", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]{0,200}\?>")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
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
_SIMPLE_SELECTOR = re.compile(r"^[a-z0-9]*([.#])([\w-]+)$", re.I)

# huge_tree lifts libxml2's 10 MB cap on one text node or attribute (beyond it the whole parse
# fails and the page comes out empty) and its nesting limit from 256 to LIBXML_MAX_DEPTH. The HTML
# parser never expands entity declarations, and CleanerConfig.max_input_bytes bounds the input.
_PARSER = html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                          recover=True, default_doctype=False, huge_tree=True)
#: libxml2 stops parsing (dropping the rest of the page) at this nesting depth, even with huge_tree.
LIBXML_MAX_DEPTH = 2048
#: Elements libxml2 adds around the markup (html, body, an implied p) when flattening deep pages.
_DEPTH_MARGIN = 16
# What the flattening scan needs: the start of a tag or comment; elements that never hold
# elements; elements whose content is raw text up to their end tag; elements that a start tag of
# the same name closes.
_TAG_START = re.compile(r"<(?:!--|(/?)([A-Za-z][A-Za-z0-9:-]*))")
_OPEN_TAG = re.compile(r"<[A-Za-z]")
_VOID_TAGS = frozenset({"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr",
                        "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"})
_RAW_END = {name: re.compile(rf"</{name}(?=[\s/>])", re.I) for name in (
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext")}
_SELF_CLOSING = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup"})
#: Tag name of the emptied invisible elements (see _drop_invisible); _cut passes over them.
_DROPPED = "cleaner-dropped"


def parse(text: str, config: CleanerConfig) -> Page | None:
    """Parse an HTML page into blocks; ``None`` when lxml finds no document in it."""
    text = strip_controls(_STRAY_END.sub(" ", _XML_DECL.sub("", text, count=1)))
    text, cut_early = _limit_elements(text, config.max_nodes)
    root = _parse(text)
    if root is not None and _stopped_deep(root):
        # libxml2 gave up at LIBXML_MAX_DEPTH and dropped the rest of the page: parse it again with
        # everything deeper than max_depth unwrapped (what _cut does to a tree that parsed whole).
        limit = min(config.max_depth, LIBXML_MAX_DEPTH - _DEPTH_MARGIN)
        root = _parse(_flatten(text, limit))
        if root is not None and _stopped_deep(root):
            root = _parse(_flatten(text, _DEPTH_MARGIN))
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


def _parse(text: str) -> etree._Element | None:
    try:
        return html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError) as err:
        log.debug("lxml could not parse the page: %s", err)
        return None


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


def _flatten(text: str, limit: int) -> str:
    """``text`` with every element nested deeper than ``limit`` unwrapped: its start and end tags
    are taken out (a block-level one becomes ``<br>``, so its text stays a block of its own) and
    its content joins the ancestor at depth ``limit``; nothing else changes.

    One pass over the tags with a stack of open elements, linear in the page: void elements are
    skipped, raw-text elements (script, style ...) jumped over, an end tag closes the open element
    of its name and everything opened inside it (an end tag with none open is left alone), and
    p/li/td ... close an open one of the same name, roughly as an HTML parser does. The scan
    overestimates depth where a parser closes more implicitly, so it unwraps early rather than late.
    """
    out: list[str] = []
    copied = 0
    stack: list[tuple[str, bool]] = []  # (name, kept) per open element
    open_names: dict[str, int] = {}
    pos = 0
    while (m := _TAG_START.search(text, pos)) is not None:
        start = m.start()
        if m.group(2) is None:  # a comment
            end = text.find("-->", start + 4)
            if end < 0:
                break
            pos = end + 3
            continue
        end = text.find(">", m.end())
        if end < 0:
            break
        pos = end + 1
        name = m.group(2).lower()
        if m.group(1):
            if not open_names.get(name):
                continue
            while True:
                top, kept = stack.pop()
                open_names[top] -= 1
                if top == name:
                    break
            if kept:
                continue
        else:
            if name in _VOID_TAGS:
                continue
            if name in _RAW_END:
                raw_end = _RAW_END[name].search(text, pos)
                if raw_end is None:
                    break
                pos = raw_end.start()
                continue
            if name in _SELF_CLOSING and stack and stack[-1][0] == name:
                open_names[stack.pop()[0]] -= 1
            kept = len(stack) < limit
            stack.append((name, kept))
            open_names[name] = open_names.get(name, 0) + 1
            if kept:
                continue
        out.append(text[copied:start])
        out.append("<br>" if name in BLOCK_TAGS else "")
        copied = pos
    out.append(text[copied:])
    return "".join(out)


def _clean_text(text: str) -> str:
    """Text of the tree as a reader sees it: whitespace collapsed, control characters out."""
    return normalize_space(_REF_CONTROL.sub("", text))


def _read_head(root: etree._Element) -> tuple[tuple[str, str], ...]:
    found: list[tuple[str, str]] = []
    title = root.find(".//title")
    if title is not None:
        found.append(("title", _clean_text(title.text_content())))
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
        # Rules are "selectors { declarations }": split on the braces, linear in the sheet's size.
        for rule in (style.text or "").split("}"):
            selectors, _, body = rule.rpartition("{")
            selectors = selectors.rpartition("{")[2]  # the inner rule of an @media block
            if not selectors or not _HIDING_STYLE.search(body):
                continue
            for selector in selectors.split(","):
                match = _SIMPLE_SELECTOR.match(selector.strip())
                if match:
                    (classes if match.group(1) == "." else ids).add(match.group(2))
    return frozenset(classes), frozenset(ids)


def _drop_invisible(root: etree._Element) -> tuple[tuple[str, str], ...]:
    classes, ids = _hidden_selectors(root)
    hidden: list[tuple[str, str]] = []
    doomed: list[etree._Element] = []
    walker = etree.iterwalk(root, events=("start",))
    for _, el in walker:
        if not isinstance(el.tag, str) or el is root:
            continue
        if el.get("hidden") is not None:
            why = "hidden attribute"
        elif (style := el.get("style")) and _HIDING_STYLE.search(style):
            why = "inline style"
        elif classes and (cls := el.get("class")) and not classes.isdisjoint(cls.split()):
            why = "class hidden by <style>"
        elif ids and el.get("id") in ids:
            why = "id hidden by <style>"
        else:
            continue
        text = _clean_text(el.text_content())
        if text:
            hidden.append((text, why))
        # What is inside goes with it, so its own hidden text is not recorded a second time.
        doomed.append(el)
        walker.skip_subtree()
    # Emptied and renamed rather than removed: they keep their tails, and _cut passes over them.
    # Removing elements one by one (drop_tree) appends each tail to the text before it, and
    # removing them at once (strip_elements) leaves their tails as adjacent text nodes, which
    # lxml joins anew at every .text: both quadratic over many hidden siblings.
    for el in doomed:
        el.clear(keep_tail=True)
        el.tag = _DROPPED
    for el in list(root.iter(*INVISIBLE_TAGS)):
        el.clear(keep_tail=True)
        el.tag = _DROPPED
    etree.strip_elements(root, etree.Comment, with_tail=False)  # none: the parser drops them
    return tuple(hidden)


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


def _markers(el: etree._Element) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}".lower().strip()


def _cut(root: etree._Element, config: CleanerConfig) -> tuple[tuple[Block, ...], str]:
    """Cut the tree into blocks in one walk; returns the blocks and why the walk stopped early."""
    body = root.find("body")
    if body is None:
        body = root
    blocks: list[Block] = []
    buf: list[str] = []
    link_chars = 0
    link_depth = 0
    path: list[int] = []
    markers: list[str] = [""]
    headings: list[int] = [0]
    tags: list[str] = ["body"]
    opened: list[bool] = []  # per open element: whether it started a block
    path_key: tuple[int, ...] | None = ()  # tuple(path), shared by the blocks of one container
    counter = 0
    nodes = 0
    truncated = ""

    def flush() -> None:
        nonlocal link_chars, path_key
        if buf:
            text = _clean_text("".join(buf))
            buf.clear()
            if text:
                if path_key is None:
                    path_key = tuple(path)
                links = min(link_chars, len(text))
                for piece in split_long(text, config.max_block_chars):
                    blocks.append(Block(
                        text=piece, position=len(blocks), tag=tags[-1], path=path_key,
                        link_chars=links * len(piece) // len(text), markers=markers[-1],
                        heading=headings[-1],
                    ))
        link_chars = 0

    def add(text: str) -> None:
        nonlocal link_chars
        buf.append(text)
        if link_depth:
            link_chars += len(text.strip())

    for event, el in etree.iterwalk(body, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            nodes += 1
            if nodes > config.max_nodes:
                truncated = f"page cut after {config.max_nodes} elements (CleanerConfig.max_nodes)"
                break
            if len(blocks) >= config.max_blocks:
                truncated = f"page cut after {config.max_blocks} blocks (CleanerConfig.max_blocks)"
                break
            # Deeper than max_depth a block element still ends the block before it, but adds no
            # container: its blocks belong to the ancestor at max_depth.
            is_block = tag in BLOCK_TAGS
            starts_block = is_block and len(path) < config.max_depth
            opened.append(starts_block)
            if starts_block:
                flush()
                counter += 1
                path.append(counter)
                path_key = None
                own = _markers(el)
                markers.append(f"{markers[-1]} {own}"[:600] if own else markers[-1])
                headings.append(int(tag[1]) if tag[:1] == "h" and tag[1:].isdigit() else headings[-1])
                tags.append(tag)
            elif tag == "br" or is_block:
                flush()
            elif tag == "a":
                link_depth += 1
            if el.text and tag:
                add(el.text)
        else:
            if opened.pop():
                flush()
                path.pop()
                path_key = None
                markers.pop()
                headings.pop()
                tags.pop()
            elif tag in BLOCK_TAGS:
                flush()
            elif tag == "a" and link_depth:
                link_depth -= 1
            if el.tail and el is not body:
                add(el.tail)
    flush()
    return tuple(blocks), truncated
