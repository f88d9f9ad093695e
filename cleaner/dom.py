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
5. Cut the tree into blocks at block-level elements and ``<br>`` (:mod:`cleaner.cut`): one pass of
   libxslt writes the body's text with a mark at every boundary, and the text is split there. At
   most ``max_blocks`` blocks, none longer than ``max_block_chars``, no container deeper than
   ``max_depth``.

Everything is linear in the page (README, "Hostile and broken input").
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from itertools import accumulate, compress, islice, repeat

from lxml import etree

from .blocks import Page, cjk_count, normalize_space
from .config import CleanerConfig
from .cut import REF_CONTROL, cut, plain_markup, split_long
from .decode import CONTROL_CHAR_BYTES
from .flatten import flatten
from .patterns import INVISIBLE_TAGS
from .prefilter import places

__all__ = ["parse", "split_long", "strip_controls"]

log = logging.getLogger(__name__)

_STRAY_END = re.compile(r"</(?:html|body)\s*>", re.I)
# The same in UTF-8 bytes: the str pattern's \s spelled out (the whitespace str.isspace() knows,
# as bytes); no letter of html/body has a case-blind match beyond ASCII, so the cases are
# spelled out too. The first letter is one class, the rest told by a lookbehind: at the other
# end tags (</div, </p, </a ...) sre fails on one class test instead of entering an
# alternation (~10 % of the regex's instructions over the corpus pages).
_STRAY_END_UTF8 = re.compile(
    rb"</[hHbB](?:(?<=[hH])[tT][mM][lL]|(?<=[bB])[oO][dD][yY])"
    rb"(?:[\t\n\x0b\x0c\r \x1c-\x1f]|\xc2[\x85\xa0]|\xe1\x9a\x80"
    rb"|\xe2\x80[\x80-\x8a\xa8\xa9\xaf]|\xe2\x81\x9f|\xe3\x80\x80)*>")
#: The whitespace HTML knows, as bytes, and the most of it read between the end tags that end a
#: page (see _without_stray_ends).
_HTML_SPACE = b" \t\n\r\x0c"
_TAIL_REACH = 256
_XML_DECL = re.compile(r"^\s*<\?xml[^>]{0,200}\?>")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# A control character inside a character reference (&\x01#33;): taken out, it would make one
# (!) that the page does not show; a space in its place keeps the reference broken.
_CONTROL_IN_REF = re.compile(r"(&#?[xX]?[A-Za-z0-9]*)[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+(?=[#A-Za-z0-9;])")
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
# The same inside inline styles joined by NULs, where a style's end is the NUL after it.
_HIDING_IN_JOINED = re.compile(_HIDING_STYLE.pattern.replace("(?:;|$|!)", "(?:;|$|!|(?=\0))"), re.I)
#: The one character str.lower() makes two (İ -> i̇): a sheet holding it is searched case-blind.
#: (The one other character lowercased into ASCII, the Kelvin sign, is no letter of the names.)
_LONGER_LOWERED = "\u0130"
#: A piece of each property name _HIDING_STYLE matches, and how far into the name it starts:
#: letters that nothing but their own case forms match case-blind (not the "i" and "s" that "ı"
#: and "ſ" match), so that every match starts that far before one of them in the style lowercased.
_HIDING_NAME_PIECES = (("play", 3), ("ty", 8), ("opac", 0), ("font-", 0))
#: The same for the names of _FIRMLY_HIDING_STYLE and of _REVEALABLE_STYLE.
_FIRM_PIECES = (("play", 3), ("font-", 0))
_REVEALABLE_PIECES = (("ty", 8), ("opac", 0))
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
#: Style sheets whose answers are kept (_kept_sheet_selectors), and the longest one kept: what
#: they hold is at most SHEET_MEMO * SHEET_MEMO_CHARS characters.
SHEET_MEMO = 64
SHEET_MEMO_CHARS = 65_536
_SIMPLE_SELECTOR = re.compile(r"^[a-z0-9]*([.#])([\w-]+)$", re.I)

# huge_tree lifts libxml2's 10 MB cap on one text node or attribute (beyond it the whole parse
# fails and the page comes out empty) and its nesting limit from 256 to LIBXML_MAX_DEPTH. The HTML
# parser never expands entity declarations, and CleanerConfig.max_input_bytes bounds the input.
# No table of the ids is kept (collect_ids): nothing looks an element up by id() (the style
# sheets' ids are matched as attribute values), and libxml2 would fill one for every id.
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                          recover=True, default_doctype=False, huge_tree=True, collect_ids=False)
# The same for UTF-8 bytes, whatever charset the page declares.
_UTF8_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True,
                                default_doctype=False, huge_tree=True, encoding="utf-8",
                                collect_ids=False)
#: libxml2 stops parsing (dropping the rest of the page) at this nesting depth, even with huge_tree.
LIBXML_MAX_DEPTH = 2048
#: Elements libxml2 adds around the markup (html, body, an implied p) when flattening deep pages.
_DEPTH_MARGIN = 16
_OPEN_TAG = re.compile(r"<[A-Za-z]")
#: Tag name of the emptied invisible elements (see _drop_invisible); the cut passes over them.
_DROPPED = "cleaner-dropped"
# Attribute steps from elements (descendant::*), not from every node as // does: a third less.
# No EXSLT regular expressions (``regexp=False``, as the cut's stylesheet): no expression calls
# one, and lxml registers and unregisters their functions at every call (~2,500 instructions).
_STYLE_ATTRIBUTES = etree.XPath("/descendant::*/@style", regexp=False)
_ANY_HIDDEN_ATTRIBUTE = etree.XPath("boolean(/descendant::*/@hidden)", regexp=False)
_HIDDEN_ATTRIBUTES = etree.XPath("descendant-or-self::*/@hidden", regexp=False)
_CLASS_ATTRIBUTES = etree.XPath("descendant-or-self::*/@class", regexp=False)
#: Every class value run together, by EXSLT's str:concat (libexslt, which lxml registers for an
#: XPath that declares its namespace): one string, where a list of the values makes a Python
#: string of each value and of its attribute's name.
_CLASS_TEXT = etree.XPath("str:concat(descendant-or-self::*/@class)", regexp=False,
                          namespaces={"str": "http://exslt.org/strings"}, smart_strings=False)
_UNION = etree.XPath("$found | $hiding", regexp=False)
#: Above this product of inline styles and other attributes to select, one predicate step over
#: every element costs libxml2 less than joining the selections (see _candidates).
UNION_MAX_PAIRS = 200_000
#: The invisible tags whose elements are emptied: not the void ones, which libxml2's HTML parser
#: closes at their start tag (they hold no text, and emptying one only frees its attributes).
_EMPTIED_TAGS = tuple(tag for tag in INVISIBLE_TAGS if tag not in ("meta", "link", "input"))
#: The tags parse looks for: the invisible ones it empties, and those the head, the style sheets
#: and the scripts are read from (most of them emptied too). Not ``<link>`` or ``<input>``, which
#: nothing reads or empties: lxml tries each tag asked for on every element it passes, and
#: makes a proxy of each element found.
_WALKED_TAGS = tuple(dict.fromkeys((*_EMPTIED_TAGS, "title", "meta", "style", "script")))


def parse(text: str, config: CleanerConfig, utf8: bytes | None = None,
          plain: bool = False) -> Page | None:
    """Parse an HTML page into blocks; ``None`` when lxml finds no document in it.

    ``utf8``, when given, is ``text`` in UTF-8 already, without a control character (the
    page's bytes, from :func:`~cleaner.decode.decode_utf8`, which looked for them): read as it
    is rather than encoded again. ``plain``: ``text`` is known to hold no control character
    (the decode told it from the bytes), so its UTF-8 is not searched for one."""
    if declaration := _XML_DECL.match(text):
        if utf8 is not None:
            utf8 = utf8[len(text[:declaration.end()].encode("utf-8")):]
        text = text[declaration.end():]
    # lxml reads UTF-8 bytes faster than a str, and control characters are found in bytes by a
    # C loop several times faster than a regex over the str; stray end tags too are found
    # several times faster in the bytes. The str path is for pages with control characters (or
    # over max_nodes start tags) only.
    encoded = utf8 if utf8 is not None else text.encode("utf-8") if plain \
        else _utf8_without_controls(text)
    # A page of no more bytes than max_nodes cannot hold more start tags: no count to make.
    stray_out = encoded is None or (len(encoded) > config.max_nodes
                                    and encoded.count(b"<") > config.max_nodes)
    if stray_out:
        text = _STRAY_END.sub(" ", text)
        encoded = _utf8_without_controls(text)
        if encoded is None:
            text = strip_controls(text)
        text, cut_early = _limit_elements(text, config.max_nodes)
    else:
        encoded, cut_early = _without_stray_ends(encoded), ""
    source: str | bytes = text if encoded is None or cut_early else encoded
    root = _parse(source)
    if root is not None and _stopped_deep(root):
        # libxml2 gave up at LIBXML_MAX_DEPTH and dropped the rest of the page: parse it again with
        # everything deeper than max_depth unwrapped (as the cut does in a tree that parsed whole).
        if not stray_out:
            text = _STRAY_END.sub(" ", text)
        limit = min(config.max_depth, LIBXML_MAX_DEPTH - _DEPTH_MARGIN)
        root = _parse(source := flatten(text, limit))
        if root is not None and _stopped_deep(root):
            root = _parse(source := flatten(text, _DEPTH_MARGIN))
            if root is not None and _stopped_deep(root):
                cut_early = cut_early or f"page cut at nesting depth {LIBXML_MAX_DEPTH} (libxml2)"
    if root is None:
        return None
    # One walk finds every element the later steps look at by tag (a walk of the tree costs
    # lxml ~700 instructions an element, whatever it looks for): the <title> and <meta>s of
    # the head, the style sheets, the scripts and the invisible elements, in document order.
    found = _by_tag(root)
    # Without a numeric character reference the tree's text holds no control character.
    plain = plain_markup(source)
    head = _read_head(found, plain)
    hidden = _drop_invisible(root, found, plain)
    body = root.find("body")
    blocks, truncated, counted, folds = cut(root if body is None else body, config, source, plain)
    return Page(blocks=blocks, kind="html", head=head, hidden=hidden,
                truncated="; ".join(why for why in (cut_early, truncated) if why), counted=counted,
                sift_folds=folds)


def strip_controls(text: str) -> str:
    """``text`` without control characters (tab, newline and carriage return stay): inside a tag
    they would change its name, and a reader never sees them."""
    return _CONTROL.sub("", _CONTROL_IN_REF.sub(r"\1 ", text))


def _without_stray_ends(encoded: bytes) -> bytes:
    """``encoded`` with each stray ``</html>`` or ``</body>`` made one space, as
    ``_STRAY_END_UTF8.sub(b" ", encoded)`` has it; ``encoded`` itself when it holds none, or when
    all of them stand at its end with nothing but whitespace between and after them (the usual
    page's ``</body></html>``): libxml2 ends the page at the first of them then, and what it
    drops is that whitespace, which the cut strips. The pieces between them are views of
    ``encoded``, joined in one copy: ``sub`` copies the page twice (a bytes object a piece, then
    their join), and a copy costs an instruction a byte under callgrind (``rep movsb``)."""
    view = None
    pieces: list[memoryview] = []
    at = 0
    last = True  # every tag so far may be of the run that ends the page
    for found in _STRAY_END_UTF8.finditer(encoded):
        start, end = found.span()
        if view is None:
            view = memoryview(encoded)
        elif last and not _spaced(encoded, at, start):
            last = False
        pieces.append(view[at:start])
        at = end
    if view is None or (last and _spaced(encoded, at, len(encoded))):
        return encoded
    pieces.append(view[at:])
    return b" ".join(pieces)


def _spaced(encoded: bytes, start: int, end: int) -> bool:
    """Whether ``encoded[start:end]`` is HTML's whitespace alone (or nothing), read only when
    it is at most ``_TAIL_REACH`` bytes long (a longer one is taken as text)."""
    return end - start <= _TAIL_REACH and not encoded[start:end].strip(_HTML_SPACE)


def _utf8_without_controls(text: str) -> bytes | None:
    """``text`` in UTF-8, or ``None`` when it holds a control character (or cannot be encoded).
    A control character is one byte in UTF-8, never part of another character's bytes."""
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError:
        return None
    # One memchr per control byte (``int in bytes``): a few times fewer instructions than a
    # translate deleting them, and no copy of the page made.
    return None if any(map(encoded.__contains__, CONTROL_CHAR_BYTES)) else encoded


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


def _text_of(el: etree._Element) -> str:
    """The text of ``el``, as XPath's ``string()`` has it (every text node inside it, in
    order): written by lxml's serializer, which costs a third fewer instructions a call than
    an XPath evaluation (its context made and unmade each time). An element with no child
    (``len`` counts comments, processing instructions and entity references too) holds text
    nodes only, all of them its ``.text``: most hidden ones, read without the serializer."""
    if len(el):
        return etree.tostring(el, method="text", encoding=str, with_tail=False)
    return el.text or ""


def _clean_text(text: str, plain: bool = False) -> str:
    """Text of the tree as a reader sees it: whitespace collapsed, control characters out (none
    is there in the text of a tree parsed from :func:`~cleaner.cut.plain_markup`)."""
    return normalize_space(text if plain else REF_CONTROL.sub("", text))


def _by_tag(root: etree._Element) -> dict[str, list[etree._Element]]:
    """The elements of _WALKED_TAGS under ``root`` (itself included), by tag, in document order."""
    found: dict[str, list[etree._Element]] = {}
    for el in root.iter(*_WALKED_TAGS):
        tag = el.tag
        if tag in found:
            found[tag].append(el)
        else:
            found[tag] = [el]
    return found


def _read_head(found: dict[str, list[etree._Element]],
               plain: bool = False) -> tuple[tuple[str, str], ...]:
    head: list[tuple[str, str]] = []
    if "title" in found:
        head.append(("title", _clean_text(_text_of(found["title"][0]), plain)))
    # The content first: a <meta> without one (a charset, a viewport's...) is not asked for its
    # name. Keys as bytes: lxml encodes a str key on every call.
    for meta in found.get("meta", ()):
        if value := meta.get(b"content"):
            key = (meta.get(b"name") or meta.get(b"property") or meta.get(b"itemprop")
                   or meta.get(b"http-equiv"))
            if key:
                head.append((key.strip().lower(), _clean_text(value, plain)))
    return tuple(head)


def _hidden_selectors(styles: list[etree._Element]) -> tuple[frozenset[str], frozenset[str]]:
    """Classes and ids that a rule in the page's own ``<style>`` makes invisible."""
    classes: set[str] = set()
    ids: set[str] = set()
    # A page may repeat a sheet (the corpus pages' 383 are 350 distinct ones): each is read once,
    # a kept one's repeat answered by _kept_sheet_selectors, a longer one's passed over.
    long_sheets: list[str] = []
    for style in styles:
        sheet = style.text or ""
        if len(sheet) <= SHEET_MEMO_CHARS:
            sheet_classes, sheet_ids = _kept_sheet_selectors(sheet)
        elif sheet in long_sheets:
            continue
        else:
            long_sheets.append(sheet)
            sheet_classes, sheet_ids = _sheet_selectors(sheet)
        classes |= sheet_classes
        ids |= sheet_ids
    return frozenset(classes), frozenset(ids)


def _sheet_selectors(sheet: str) -> tuple[frozenset[str], frozenset[str]]:
    """Classes and ids that a rule of the style sheet ``sheet`` makes invisible."""
    classes: set[str] = set()
    ids: set[str] = set()
    # Rules are "selectors { declarations }", split at "}". Only the few rules that hold a
    # hiding declaration are looked at. They are found from the property names (str.find, in
    # C) in the sheet lowercased, when that keeps every character where it was: several times
    # faster than a case-blind regex over the whole sheet.
    if sheet.isascii():
        declarations = _declarations(sheet.lower())
    elif _LONGER_LOWERED in sheet:
        declarations = _HIDING_IN_SHEET.finditer(sheet)
    else:
        # Beyond ASCII, str.lower() looks up every character's case (tens of instructions a
        # character); the property names are ASCII, and lowercasing the ASCII letters alone (in
        # the UTF-8 bytes) finds the same names at the same places.
        declarations = _declarations(
            sheet.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass"))
    seen = -1
    for found in declarations:
        start = sheet.rfind("}", 0, found.start()) + 1
        if start == seen:
            continue
        seen = start
        end = sheet.find("}", found.end())
        rule = sheet[start:] if end < 0 else sheet[start:end]
        selectors, _, body = rule.rpartition("{")
        # A declaration found after the rule's last "{" is in its body: the search of the body
        # (case blind, hundreds of instructions a character) would find it again.
        if not selectors or (start + len(selectors) >= found.start()
                             and not _HIDING_STYLE.search(body)):
            continue
        selectors = selectors.rpartition("{")[2]  # the inner rule of an @media block
        if not selectors:
            continue
        for selector in selectors.split(","):
            match = _SIMPLE_SELECTOR.match(selector.strip())
            if match:
                (classes if match.group(1) == "." else ids).add(match.group(2))
    return frozenset(classes), frozenset(ids)


#: The answers of _sheet_selectors kept for the process (see _kept_sheet_selectors): the
#: sheet's length -> the sheet and its answer. ``bench.forget_pages()`` empties it.
_KEPT_SHEETS: dict[int, tuple[str, tuple[frozenset[str], frozenset[str]]]] = {}


def _kept_sheet_selectors(sheet: str) -> tuple[frozenset[str], frozenset[str]]:
    """:func:`_sheet_selectors` of ``sheet``, kept for the process: a site's pages repeat their
    sheets (of the corpus pages' 350, 144 were met on an earlier page, 46 % of the characters),
    and reading one costs ~40 instructions a character. The last SHEET_MEMO sheets read or met
    are kept, one of each length (a sheet takes the place of a kept one of its length): a sheet
    is looked up by its length and compared (memcmp, a fraction of an instruction a character),
    never hashed (siphash, over an instruction a character)."""
    size = len(sheet)
    kept = _KEPT_SHEETS.pop(size, None)
    if kept is None or kept[0] != sheet:
        kept = (sheet, _sheet_selectors(sheet))
        while len(_KEPT_SHEETS) >= SHEET_MEMO:  # the one least recently met goes
            try:
                del _KEPT_SHEETS[next(iter(_KEPT_SHEETS))]
            except (KeyError, RuntimeError, StopIteration):  # another thread changed it meanwhile
                pass
    _KEPT_SHEETS[size] = kept  # last: the most recently met
    return kept[1]


def _declarations(lowered: str) -> list[re.Match[str]]:
    """The hiding declarations of a lowercased style sheet, in order: _HIDING_IN_LOWERED tried
    where one of the properties it names starts (every match starts so)."""
    return list(filter(None, map(_HIDING_IN_LOWERED.match, repeat(lowered),
                                 places(lowered, _HIDING_PROPERTIES))))


def _drop_invisible(root: etree._Element, found: dict[str, list[etree._Element]],
                    plain: bool = False) -> tuple[tuple[str, str], ...]:
    classes, ids = _hidden_selectors(found.get("style", []))
    hidden: list[tuple[str, str]] = []
    scripts: list[str] = []  # the page's scripts, read once when first needed
    doomed: list[etree._Element] = []
    covered: dict[etree._Element, bool] = {}  # element -> inside a doomed one (memo)
    revealable: dict[str, bool] = {}  # hiding style -> by visibility/opacity alone (memo)
    candidates, styles_hide = _candidates(root, classes, ids)
    for el in candidates:
        if el is root:
            continue
        if doomed and _covered(el, root, covered):
            continue  # what is inside goes with it: its hidden text is not recorded twice
        if styles_hide:  # the usual page's: each is hidden by its inline style, nothing else
            if _revealed_by_script(el, el.get("style", ""), revealable):
                continue
            why = "inline style"
        elif el.get("hidden") is not None:
            why = "hidden attribute"
        elif (style := el.get("style")) and _hides(style):
            if _revealed_by_script(el, style, revealable):
                continue
            why = "inline style"
        elif classes and (cls := el.get("class")) and not classes.isdisjoint(cls.split()):
            why = "class hidden by <style>"
        elif ids and el.get("id") in ids:
            if _shown_by_script(el, el.get("id", ""), found.get("script", []), scripts):
                continue
            why = "id hidden by <style>"
        else:
            continue
        text = _clean_text(_text_of(el), plain)
        if text:
            hidden.append((text, why))
        doomed.append(el)
        covered[el] = True
    # Emptied and renamed rather than removed: they keep their tails, and the cut passes over them.
    # Removing elements one by one (drop_tree) appends each tail to the text before it, and
    # removing them at once (strip_elements) leaves their tails as adjacent text nodes, which
    # lxml joins anew at every .text: both quadratic over many hidden siblings.
    for el in doomed:
        el.clear(keep_tail=True)
        el.tag = _DROPPED
    # Tag by tag, each tag's in document order: one inside another emptied before it was taken
    # out of the tree with it (lxml keeps an element a Python object refers to), and emptying
    # it there changes nothing the cut sees. They keep their tags: no invisible tag is one the
    # cut's stylesheet has a rule for (a block tag, a link, <br>), so it passes over an empty
    # one as over _DROPPED (a new name costs lxml a check of it and a dictionary lookup).
    for tag in _EMPTIED_TAGS:
        for el in found.get(tag, ()):
            el.clear(keep_tail=True)
    return tuple(hidden)


def _hides(style: str) -> bool:
    """Whether an inline ``style`` hides its element (_HIDING_STYLE finds it)."""
    return _declares(style, _HIDING_STYLE, _HIDING_NAME_PIECES)


def _declares(style: str, pattern: re.Pattern[str], pieces: tuple[tuple[str, int], ...]) -> bool:
    """Whether ``pattern`` (one of the case-blind declaration patterns, each match starting
    with a property name of ``pieces``) finds a declaration in the inline ``style``. The regex,
    case blind, tries its names at every character (hundreds of instructions a character); it
    is tried only where a piece of a name is (str.find, in C), when lowercasing kept every
    character where it was."""
    lowered = style.lower()
    if len(lowered) != len(style):
        return pattern.search(style) is not None
    for piece, into in pieces:
        at = lowered.find(piece, into)
        while at >= 0:
            if pattern.match(style, at - into):
                return True
            at = lowered.find(piece, at + 1)
    return False


def _hiding(styles: list[str]) -> list[int]:
    """The places in ``styles`` of those that hide their element (:func:`_hides` of each), in
    order. A page repeats its inline styles (the corpus pages' 5,565 are 2,050 distinct ones):
    each distinct one is searched once (:func:`_hiding_distinct`), and the places of those that
    hide found by a set lookup a style (C loops)."""
    distinct = list(dict.fromkeys(styles))
    hits = _hiding_distinct(distinct)
    if not hits or len(distinct) == len(styles):
        return hits
    hiding = set(map(distinct.__getitem__, hits))
    return list(compress(range(len(styles)), map(hiding.__contains__, styles)))


def _hiding_distinct(styles: list[str]) -> list[int]:
    """:func:`_hiding` of ``styles``, searched as they come. The styles are joined (by a NUL, which no attribute holds) and lowercased once, and
    the pieces of the names looked for in the whole (str.find, in C): a page's thousand styles
    cost a few calls, not a few for each. The regex is tried where :func:`_hides` would try it
    (and, a few characters before a style's start, where no match fits before the NUL), and a
    match is the style's its start is in."""
    joined = "\0".join(styles)
    lowered = joined.lower()
    if len(lowered) != len(joined):
        return [index for index, style in enumerate(styles) if _hides(style)]
    starts: list[int] = []
    for piece, into in _HIDING_NAME_PIECES:
        at = lowered.find(piece, into)
        while at >= 0:
            starts.append(at - into)
            at = lowered.find(piece, at + 1)
    starts.sort()
    hits: list[int] = []
    index = counted = 0
    for start in starts:
        index += joined.count("\0", counted, start)
        counted = start
        if (not hits or hits[-1] != index) and _HIDING_IN_JOINED.match(joined, start):
            hits.append(index)
    return hits


def _candidates(root: etree._Element, classes: frozenset[str],
                ids: frozenset[str]) -> tuple[list[etree._Element], bool]:
    """The elements that could be hidden (few on a page), in document order, each once: those
    whose inline ``style`` hides them, with a ``hidden`` attribute, a class token in ``classes``
    or an id in ``ids``; and whether each is known to be hidden by its inline style (when no
    element is a candidate for one of the last three reasons, as on the usual page). An element
    whose style does not hide it is no candidate: the caller would pass over it.

    A predicate on every element costs libxml2 thousands of instructions an element, and a
    test of an attribute's value about as many an attribute: attributes are selected by name
    (ids by value, as they are few on a page), and class values tested in Python, where the
    tokens are found in all the values joined (a C loop). The few elements found join those
    the inline styles hide in one union, which libxml2 sorts into document order; a union costs
    it time in the product of its parts' sizes (each node is checked against the others), so a
    page with many of both takes the predicate step instead.
    """
    styled = _STYLE_ATTRIBUTES(root)
    any_hidden = _ANY_HIDDEN_ATTRIBUTE(root)
    # Only the styles that hide are wanted (most do not), and only their elements are fetched.
    hiding = [styled[index].getparent() for index in _hiding(styled)]
    if not classes and not ids and not any_hidden:
        return hiding, True  # the usual page: each candidate is hidden by its inline style
    # Below the root only, as the predicate step selects (the styles above are selected in the
    # whole document, as they always were).
    found = [value.getparent() for value in _HIDDEN_ATTRIBUTES(root)] if any_hidden else []
    if ids:  # ids are few and short (selector names): a test of each id attribute will do
        found += [value.getparent() for value in root.xpath(
            "descendant-or-self::*/@id[" + " or ".join(f".='{name}'" for name in sorted(ids)) + "]")]
    if classes:
        found += _with_tokens(root, classes)
    if not found:  # no other reason to look at an element: as on the usual page
        return hiding, True
    if len(found) * len(hiding) > UNION_MAX_PAIRS:
        wanted = ["@hidden", "@style", *(f"contains(@class,'{name}')" for name in sorted(classes)),
                  *(f"@id='{name}'" for name in sorted(ids))]
        return root.xpath(f"descendant-or-self::*[{' or '.join(wanted)}]"), False
    # An element whose style does not hide it is a candidate for no other reason than those of
    # found: the hiding ones and found, each once, in document order (libxml2 sorts a union).
    return _UNION(root, found=found, hiding=hiding), False


def _with_tokens(root: etree._Element, classes: frozenset[str]) -> list[etree._Element]:
    """The elements under ``root`` whose class holds a token of ``classes``. A token is a piece
    of the class values run together (one string made by libxml2, no Python object a value):
    a name not in it is in no value, and the values are fetched only when some name is. They
    come with their elements (a value's element fetched only for a hit), each name is searched
    for in all of them joined (a C loop), and only the values it is found in are split into
    tokens."""
    text = _CLASS_TEXT(root)
    names = [name for name in classes if name in text]
    if not names:
        return []
    values = _CLASS_ATTRIBUTES(root)
    joined = "\0".join(values)  # a character no attribute value can hold
    ends = list(accumulate(len(value) + 1 for value in values))
    hits: set[int] = set()
    for name in names:
        at = joined.find(name)
        while at >= 0:
            index = bisect_right(ends, at)
            if name in values[index].split():
                hits.add(index)
            at = joined.find(name, ends[index])
    return [values[index].getparent() for index in sorted(hits)]


def _revealed_by_script(el: etree._Element, style: str, revealable: dict[str, bool]) -> bool:
    """Whether ``el`` is hidden only until a script fades it in: its inline style hides it by
    visibility or opacity alone, and it holds the page's prose (many sentences). Pages that reveal
    the article by script (some self-media platforms) would otherwise lose all of it; injected
    fragments are short and hide by display or font size. ``revealable`` holds the page's answer for
    each style already read (a page repeats its hiding styles: the corpus pages ask 855 times,
    of 40 distinct styles)."""
    known = revealable.get(style)
    if known is None:
        known = revealable[style] = (
            not _declares(style, _FIRMLY_HIDING_STYLE, _FIRM_PIECES)
            and _declares(style, _REVEALABLE_STYLE, _REVEALABLE_PIECES))
    if not known:
        return False
    text = _text_of(el)
    return (len(_SENTENCE_MARK.findall(text)) >= REVEALED_MIN_SENTENCES
            and cjk_count(text) >= REVEALED_MIN_CJK)


def _shown_by_script(el: etree._Element, ident: str, elements: list[etree._Element],
                     scripts: list[str]) -> bool:
    """Whether the element of id ``ident``, hidden by the page's style sheet, is the rest of the
    article that a script of the page shows (``$('#lower').show()``): it holds the page's prose
    (many sentences) and a script calls a showing method on that id."""
    text = _text_of(el)
    if len(_SENTENCE_MARK.findall(text)) < REVEALED_MIN_SENTENCES \
            or cjk_count(text) < REVEALED_MIN_CJK:
        return False
    if not scripts:
        scripts.append(" ".join(script.text or "" for script in elements))
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
