"""HTML -> Page: parse with lxml, drop what a browser would not show, cut the tree into blocks.

The stages, in order:

1. Repair what stops lxml early: a stray ``</html>`` or ``</body>`` before the article (libxml2
   ends the document there), an XML declaration in a str, control characters.
2. Parse with lxml's HTML parser (recovering, comments and processing instructions dropped,
   never touching the network, entities never expanded from declarations).
3. Read ``<head>``: the ``<title>`` and every ``<meta>`` name/property with its content.
4. Drop invisible elements: ``script``/``style``/``template``… by tag, then ``[hidden]``, inline
   ``display:none`` / ``visibility:hidden`` / ``font-size:0`` / ``opacity:0``, and elements whose
   class or id a rule of the page's own ``<style>`` hides. Their text is kept in ``Page.hidden``
   with the rule that hid it.
5. Walk the tree once and cut it into blocks at block-level elements and ``<br>``.
"""

from __future__ import annotations

import logging
import re

from lxml import etree, html

from .blocks import Block, Page, normalize_space
from .config import CleanerConfig
from .patterns import BLOCK_TAGS, INVISIBLE_TAGS

__all__ = ["parse"]

log = logging.getLogger(__name__)

_STRAY_END = re.compile(r"</(?:html|body)\s*>", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]{0,200}\?>")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Inline styles that make an element invisible. font-size:0 must not match font-size:0.8em.
_HIDING_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$|!)"
    r"|font-size\s*:\s*0+(?:\.0+)?(?:px|em|rem|pt|%)?\s*(?:;|$|!)",
    re.I,
)
_SIMPLE_SELECTOR = re.compile(r"^[a-z0-9]*([.#])([\w-]+)$", re.I)

_PARSER = html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                          recover=True, default_doctype=False)


def parse(text: str, config: CleanerConfig) -> Page | None:
    """Parse an HTML page into blocks; ``None`` when lxml finds no document in it."""
    text = _CONTROL.sub("", _STRAY_END.sub(" ", _XML_DECL.sub("", text, count=1)))
    try:
        root = html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError) as err:
        log.debug("lxml could not parse the page: %s", err)
        return None
    head = _read_head(root)
    hidden = _drop_invisible(root)
    blocks, truncated = _cut(root, config)
    return Page(blocks=blocks, kind="html", head=head, hidden=hidden, truncated=truncated)


def _read_head(root: etree._Element) -> tuple[tuple[str, str], ...]:
    found: list[tuple[str, str]] = []
    title = root.find(".//title")
    if title is not None:
        found.append(("title", normalize_space(title.text_content())))
    for meta in root.iter("meta"):
        key = meta.get("name") or meta.get("property") or meta.get("itemprop") or meta.get("http-equiv")
        value = meta.get("content")
        if key and value:
            found.append((key.strip().lower(), normalize_space(value)))
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
    doomed: list[tuple[etree._Element, str]] = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.get("hidden") is not None:
            doomed.append((el, "hidden attribute"))
        elif (style := el.get("style")) and _HIDING_STYLE.search(style):
            doomed.append((el, "inline style"))
        elif classes and (cls := el.get("class")) and not classes.isdisjoint(cls.split()):
            doomed.append((el, "class hidden by <style>"))
        elif ids and el.get("id") in ids:
            doomed.append((el, "id hidden by <style>"))
    for el, why in doomed:
        if el.getparent() is None:
            continue
        text = normalize_space(el.text_content())
        if text:
            hidden.append((text, why))
        el.drop_tree()
    etree.strip_elements(root, *INVISIBLE_TAGS, etree.Comment, with_tail=False)
    return tuple(hidden)


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
    counter = 0
    nodes = 0
    truncated = ""

    def flush() -> None:
        nonlocal link_chars
        if buf:
            text = normalize_space("".join(buf))
            buf.clear()
            if text:
                blocks.append(Block(
                    text=text, position=len(blocks), tag=tags[-1], path=tuple(path),
                    link_chars=min(link_chars, len(text)), markers=markers[-1], heading=headings[-1],
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
            starts_block = tag in BLOCK_TAGS and len(path) < config.max_depth
            opened.append(starts_block)
            if starts_block:
                flush()
                counter += 1
                path.append(counter)
                own = _markers(el)
                markers.append(f"{markers[-1]} {own}"[:600] if own else markers[-1])
                headings.append(int(tag[1]) if tag[:1] == "h" and tag[1:].isdigit() else headings[-1])
                tags.append(tag)
            elif tag == "br":
                flush()
            elif tag == "a":
                link_depth += 1
            if el.text and tag:
                add(el.text)
        else:
            if opened.pop():
                flush()
                path.pop()
                markers.pop()
                headings.pop()
                tags.pop()
            elif tag == "a" and link_depth:
                link_depth -= 1
            if el.tail and el is not body:
                add(el.tail)
    flush()
    return tuple(blocks), truncated
