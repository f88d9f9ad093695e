"""clean(): the stages in order.

bytes -> text (decode) -> blocks (dom or textdump) -> title -> body blocks (body; a summary
repeating the article's start taken out: leads) -> metadata (meta) -> repaired paragraphs
(injection) -> Article. Pages that do not look like a Chinese article page go to trafilatura
instead, a text dump of one to jusText (fallback).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from itertools import repeat
from datetime import datetime

from . import body, dom, fallback, injection, leads, lm, meta, oneline, scripted, textdump
from .article import Article, Removal, Repair
from .blocks import Page, closes_sentence
from .config import CleanerConfig
from .decode import decode_utf8
from .errors import CleanerError

__all__ = ["clean"]

log = logging.getLogger(__name__)

_DEFAULT = CleanerConfig()
# A text-mode renderer's bullet before a list item (inscriptis, lynx: * item, + item, o item).
_BULLET = re.compile(r"[*+o] +(?=\S)")
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: Control characters that are not whitespace (dom.py removes the same from HTML), each looked
#: for in a dump by ``in`` (in a wide str, a memchr of its low byte) before the regex that takes
#: them out is run: sre's class test reads ~47 instructions a character of a dump. A dump the
#: decode told holds none (a str's UTF-8 without a control byte: ``plain``) is not searched.
_CONTROL_CHARS = "".join(map(chr, (*range(0x00, 0x09), *range(0x0E, 0x1C), 0x7F)))
_CONTROL = re.compile(f"[{re.escape(_CONTROL_CHARS)}]")
#: Kana: hiragana, katakana (not the middle dot ・ nor the prolonged sound mark ー, which Chinese
#: pages print) and half-width katakana. A page whose CJK characters (ideographs and kana) are
#: this share kana or more is Japanese, not Chinese: about half of Japanese prose is kana, no
#: Chinese page of ours reaches 1.3 % (brand names, a shop's の, emoticons; a quoted title).
_KANA_RUN = re.compile("[\u3040-\u30fa\u30fd-\u30ff\uff66-\uff9f]+")
JAPANESE_KANA_SHARE = 0.2
#: A kana nearly every Japanese sentence holds (ない, いる, という, 新しい), looked for by ``in``
#: before the kana of the visible text are counted: in a wide str a memchr of its low byte, the
#: rare "D", which no common ideograph has for a high byte (U+44xx is Extension A). The corpus's
#: 472 Chinese pages and dumps: ~14 K instructions a page, against ~21 K each for し and る, ~66 K for の.
_KANA_PROBE = "\u3044"
#: How much of a page tells HTML from a text dump.
DETECT_CHARS = 65536
#: A tag after this many characters and lines of text, with fewer than MIN_TAGS tags in all, is
#: quoted in a text dump.
QUOTED_TAG_AFTER = 100
QUOTED_TAG_LINES = 5
MIN_TAGS = 4
#: What a tag written on a line after it is quoted in: an address whose script writes a page.
_SCRIPTED = "javascript:"
#: The CJK characters of a subtitle, at least and at most (body selection's headline-like line).
SUBTITLE_CJK = (6, 40)
#: Characters, each alone between spaces, from which a headline is read without the spaces.
SPACED_MIN = 4
#: ``_tenths``: the weights it rounds by float arithmetic (their tenfold within 2**51),
#: and the number whose addition rounds a float below 2**51 to a whole one (half to even).
_TENTHS_EXACT = float(2 ** 47)
_ROUNDER = 1.5 * 2 ** 52
_HTML_START = re.compile(r"<(?:!doctype|html|head|body|meta|title|div|p|table|span|br|a)\b", re.I)


def clean(data: bytes | bytearray | memoryview | str, *, url: str | None = None,
          config: CleanerConfig | None = None, now: datetime | None = None,
          charset: str | None = None) -> Article:
    """Clean one page: HTML (bytes in any common Chinese encoding, or str) or a plain-text dump.

    >>> from cleaner import clean
    >>> article = clean(page_bytes, url="https://example.com/a/1.html")  # doctest: +SKIP
    >>> article.title, article.published, article.text  # doctest: +SKIP

    ``data`` is the page as ``bytes`` (also ``bytearray`` or ``memoryview``; the encoding is
    found from a BOM, the ``<meta charset>`` checked against the bytes, or the bytes themselves)
    or as ``str``; HTML and text dumps are told apart by themselves.
    ``url`` is where the page came from: metadata only (a date in its path), nothing is fetched.
    ``config`` is a :class:`CleanerConfig` (default: ``CleanerConfig()``).
    ``now`` anchors dates printed without a year or as 昨天 / 3小时前 (default: the current time);
    an aware ``now`` is read in ``config.timezone``, a naive one as a time in that zone.
    ``charset`` is the encoding named outside the page (an HTTP ``Content-Type`` header): a claim
    that decoding checks against the bytes, like the page's own ``<meta charset>``.

    Returns an :class:`Article`; a page without an article gives one with empty ``text`` and a
    ``no-article`` entry in ``removed``, not an exception.
    Raises :class:`CleanerError` (a ``ValueError``) for input that is not a page (empty, binary,
    too large, neither bytes nor str), and ``TypeError`` for a keyword argument of the wrong type.
    """
    config = _checked(config, url, now, charset)
    # A str is measured in characters; a memoryview in bytes, whatever its item size.
    if isinstance(data, memoryview):
        size = data.nbytes
    else:
        size = len(data) if isinstance(data, (bytes, bytearray, str)) else 0
    if size > config.max_input_bytes:
        unit = "characters" if isinstance(data, str) else "bytes"
        raise CleanerError(f"input of {size} {unit} is over CleanerConfig.max_input_bytes "
                           f"({config.max_input_bytes})")
    text, encoding, utf8, plain = decode_utf8(data, declared=charset)
    page = _to_page(text, config, utf8, plain)
    why = "no parsable HTML" if page is None else _not_chinese(page, text) if config.fallback else ""
    if why:
        return fallback.extract(dom.strip_controls(text), url=url, encoding=encoding,
                                config=config, why=why, now=now, dump=page is not None and page.kind == "text")
    title = meta.find_title(page)
    selection = textdump.select(page.blocks, title=title, stamps=page.stamps, folds=page.folds) if page.kind == "text" \
        else body.select(page.blocks, title=title, folds=page.sift_folds)
    # A page showing no article, or a short one, may hold it as data (a state object, JSON-LD).
    found = scripted.read(text, page, selection, config) if page.kind == "html" else None
    if found is not None:
        page, selection, title, _ = found
    elif selection.no_article:
        selection = oneline.one_sentence(selection, page.blocks, title)  # (a video's summary)
    selection = leads.without_repeated_lead(selection)
    if selection.no_article:
        title = None  # a list or error page has a <title>, but no article to give it to
    info = meta.find_meta(page, selection.kept, title=title, url=url, now=now, config=config,
                          html=text if page.kind == "html" else "")
    if found is not None:
        info = scripted.filled(info, found[3], title, selection.kept, now=now, config=config)
    # (Tuples of lists made by comprehensions, here and below: a generator's step costs several
    # times a comprehension's, a kept block, a removal or a hidden text each.)
    paragraphs, repairs = tuple([b.text for b in selection.kept]), ()
    if config.repair_injection and title:
        headlines = (title,) + _subtitles(page, selection, title)
        repair = partial(injection.repair, headlines=tuple(map(_unspaced, headlines)),
                         hidden=tuple([text for text, _ in page.hidden]),
                         context=lm.load(lm.find(config.language_model)))
        paragraphs, repairs = repair(paragraphs)
        again = _reselected(page, selection, paragraphs, title,
                            lambda texts: repair(texts)[0]) if repairs else None
        if again is not None:
            # The repair over the lines of both selections (the evidence the first had, and
            # the new lines'), the new selection's kept.
            union = sorted({b.position: b for b in selection.kept + again.kept}.items())
            fixed, made = repair(tuple(b.text for _, b in union))
            index = {position: i for i, (position, _) in enumerate(union)}
            new = {index[b.position]: k for k, b in enumerate(again.kept)}
            selection = again
            info = meta.find_meta(page, selection.kept, title=title, url=url, now=now, config=config, html="")
            paragraphs = tuple(fixed[index[b.position]] for b in selection.kept)
            repairs = tuple(replace(r, paragraph=new[r.paragraph]) for r in made if r.paragraph in new)
    if page.kind == "text" and any(map(_BULLET.match, paragraphs)):
        paragraphs, repairs = _unbulleted(paragraphs, repairs)
    removed = _hidden(page) + selection.removed + _truncation(page)
    return Article.of(
        paragraphs=paragraphs, title=title, published=info.published, source=info.source,
        original_source=info.original_source, authors=info.authors, editor=info.editor,
        removed=removed, repairs=repairs, encoding=encoding, kind=page.kind,
        provenance=info.provenance, positions=tuple([b.position for b in selection.kept]),
        # (The kept blocks' weights as body selection read them, else weighed.)
        scores=_tenths(selection.scores or body.weights(selection.kept)),
    )


def _tenths(weights: Sequence[float]) -> tuple[float, ...]:
    """``round(w, 1)`` of each weight, at half its cost: CPython rounds a float to a digit by
    printing it and reading the digits back (~2.8 k instructions a weight; a hard-wrapped page
    keeps hundreds of lines). Here ``y = w * 10`` is rounded to a whole number r by float
    arithmetic (adding and taking away 1.5 * 2**52, where a float's step is 1), which is how the
    digits round unless y is half-way between two whole numbers (no other half-way point can
    stand between 10 w and y: being a float, it would be nearer 10 w than y is), and ``r / 10``
    is the float nearest r tenths, which reading the digits gives. The half-way weights, zeros
    (``round`` keeps -0.0's sign) and weights past 2**47 go to ``round`` itself."""
    if not weights or not -_TENTHS_EXACT < min(weights) <= max(weights) < _TENTHS_EXACT:
        return tuple(map(round, weights, repeat(1)))
    return tuple([r / 10.0 if r and -0.5 < y - r < 0.5 else round(w, 1)
                  for w in weights for y in [w * 10.0] for r in [y + _ROUNDER - _ROUNDER]])


def _checked(config: CleanerConfig | None, url: str | None, now: datetime | None,
             charset: str | None) -> CleanerConfig:
    """The config to clean with, once the keyword arguments are of the types ``clean()`` takes:
    a wrong one is a TypeError that names it, not an AttributeError from inside (a dict for the
    config, a str for ``now``), nor ignored (a ``url`` or ``charset`` given as bytes)."""
    if config is None:
        config = _DEFAULT
    elif not isinstance(config, CleanerConfig):
        raise TypeError(f"clean(config=...) takes a CleanerConfig, not {type(config).__name__}")
    if now is not None and not isinstance(now, datetime):
        raise TypeError(f"clean(now=...) takes a datetime, not {type(now).__name__}")
    for name, value in (("url", url), ("charset", charset)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"clean({name}=...) takes a str, not {type(value).__name__}")
    return config


def _to_page(text: str, config: CleanerConfig, utf8: bytes | None = None,
             plain: bool = False) -> Page | None:
    if _is_html(text):
        return dom.parse(text, config, utf8, plain)
    # A text the decode found no control character in (``plain``) is not searched again.
    if not plain and any(map(text.__contains__, _CONTROL_CHARS)):
        text = _CONTROL.sub("", text)
    text, cut = _limit_dump(text, config)
    page = textdump.parse(text)
    return replace(page, truncated=cut) if cut else page


def _is_html(text: str) -> bool:
    """HTML has a tag in its first 64 KB. A text dump may quote one or two (a page about markup,
    an ad's ``<A HREF=…>`` left as text): a tag only after lines of text, and few of them, is
    quoted, not markup. Line breaks alone after lines of text are what a dump keeps of markup
    escaped in the page (a reply stored as text in a script or form field): quoted too.

    Every tag opens with ``<``, found by ``str.find`` (a memchr): the pattern is searched from
    the first one, where sre's scan for its first character cost ~4 instructions a character
    of a dump, most of which holds none (105 of the corpus's 118). The tags after a late first
    one are read only until MIN_TAGS of them, one no ``<br>``, are found: a page whose first tag
    the pattern knows stands after lines of text (11 of the corpus's 118 pages) was read tag by
    tag to 64 K characters (~2 M instructions a page, the pattern tried at each ``<``)."""
    opened = text.find("<", 0, DETECT_CHARS)
    first = None if opened < 0 else _HTML_START.search(text, opened, DETECT_CHARS)
    if first is None:
        return False
    if first.start() < QUOTED_TAG_AFTER or text.count("\n", 0, first.start()) < QUOTED_TAG_LINES:
        return True
    tags, other = 0, False
    for tag in _HTML_START.finditer(text, first.start(), DETECT_CHARS):
        # (a frame's address a text browser printed, javascript:'<html><body>…', is no markup)
        scripted = text.rfind(_SCRIPTED, text.rfind("\n", 0, tag.start()) + 1, tag.start())
        if scripted >= 0 and " " not in text[scripted:tag.start()]:
            continue
        tags += 1
        other = other or tag.group().lower() != "<br"
        if tags >= MIN_TAGS and other:
            return True
    return False


def _limit_dump(text: str, config: CleanerConfig) -> tuple[str, str]:
    """A text dump cut after its line ``max_blocks`` and with lines over ``max_block_chars`` cut
    into pieces (the limits of an HTML page's blocks); and why, when it was cut. (The longest
    line found by ``max(map(len, …))`` in C, and only a line over the limit handed to
    ``split_long``, which gives any other whole: a generator's step and a call a line cost a
    0.9 MB dump of 81 k lines 282.5 -> 132.4 M instructions here.)"""
    limit = config.max_block_chars
    if len(text) <= min(limit, config.max_blocks):  # too short to exceed either limit
        return text, ""
    lines = text.splitlines()
    cut = ""
    if len(lines) > config.max_blocks:
        cut = (f"page cut after {config.max_blocks} lines, {len(lines) - config.max_blocks} lines "
               "dropped (CleanerConfig.max_blocks)")
        lines = lines[:config.max_blocks]
    if cut or max(map(len, lines)) > limit:
        text = "\n".join([piece for line in lines
                          for piece in (dom.split_long(line, limit) if len(line) > limit else (line,))])
    return text, cut


def _not_chinese(page: Page, text: str) -> str:
    """Why ``page`` (``text`` decoded) is not a Chinese page and goes to the fallback, or ``""``:
    too few CJK characters, or a Japanese page (kana a fair share of them: its kanji pass
    :func:`_looks_chinese`, and the Chinese rules misread it)."""
    if not _looks_chinese(page):
        return "not a Chinese page"
    if _KANA_PROBE not in text:
        return ""
    visible = "".join([b.text for b in page.blocks])
    ideographs = page.counted[1] if page.counted else sum([b.cjk for b in page.blocks])
    # Kana are at most the characters U+3000-30FF, told in C by their UTF-16 high byte: a bound
    # that a Chinese page's marks among them (。、《》「」) keep far below the share, where the
    # regex's count reads ~65 instructions a character (a long page: ~16 M).
    least = JAPANESE_KANA_SHARE / (1 - JAPANESE_KANA_SHARE) * ideographs
    if visible.encode("utf-16-le", "surrogatepass")[1::2].count(0x30) < max(least, 1):
        return ""
    kana = len(visible) - len(_KANA_RUN.sub("", visible))
    if not kana or kana < JAPANESE_KANA_SHARE * (kana + ideographs):
        return ""
    return f"not a Chinese page: Japanese ({kana / (kana + ideographs):.0%} of its CJK characters kana)"


def _looks_chinese(page: Page) -> bool:
    """A page is Chinese when CJK characters make up a fair share of its visible text."""
    # Each block has counted its own CJK characters: counting the joined text again would cost
    # as much again, and a list of every character on a page of one long line. The maker of
    # the blocks has the sums as a rule (Page.counted); else they are summed over lists (a
    # generator's step a block costs about a third more than a comprehension's).
    visible, cjk = page.counted or (sum([len(b.text) for b in page.blocks]),
                                    sum([b.cjk for b in page.blocks]))
    return visible == 0 or cjk >= 0.15 * visible


def _subtitles(page: Page, selection: body.Selection, title: str) -> tuple[str, ...]:
    """The subtitles the spam may be cut from too: those body selection recognised (the
    positions it hands on, no scan of its removals), else the ``<h2>`` right under the ``<h1>``
    headline that it left out of the article with the chrome around the headline (a
    headline-like line: short, no comma, no full stop)."""
    blocks = page.blocks
    if selection.subtitles:
        return tuple([blocks[i].text for i in selection.subtitles])
    if page.kind != "html":
        return ()
    removed, squashed = selection.removed, "".join(title.split())
    for b, after in zip(blocks, blocks[1:]):
        if b.heading == 1 and "".join(b.text.split()) == squashed:
            # (The removals, thousands on a portal page, searched last, for a headline-like <h2> alone.)
            text = after.text
            subtitle = after.heading == 2 and SUBTITLE_CJK[0] <= after.cjk and len(text) <= SUBTITLE_CJK[1] \
                and "，" not in text and not closes_sentence(text) \
                and any(r.position == after.position for r in removed)
            return (text,) if subtitle else ()
    return ()


def _reselected(page: Page, selection: body.Selection, paragraphs: tuple[str, ...], title: str,
                repair: Callable[[tuple[str, ...]], tuple[str, ...]]) -> body.Selection | None:
    """A dump's lines chosen again, measured as ``repair`` leaves the lines from the first
    kept one on, when that moves the body's boundaries (``None`` when it does not). The stuffed
    pieces inside clauses, which body selection leaves to the repair, lend the paragraphs (and
    those below the end found) more characters and the headline's vocabulary: an end marker, a
    sparse tail or an off-topic line above the body is then read against them, where the page
    without the spam reads it otherwise. Only when the kept lines measured as ``paragraphs``
    (their repair) already move the boundaries is the rest of the dump repaired to measure it."""
    if page.kind != "text" or not selection.kept or len(paragraphs) != len(selection.kept):
        return None
    kept = [b.position for b in selection.kept]
    repaired = {b.position: text for b, text in zip(selection.kept, paragraphs) if text != b.text}
    if [b.position for b in textdump.select(page.blocks, title=title, repaired=repaired,
                                                         stamps=page.stamps).kept] == kept:
        return None
    lines = [b for b in page.blocks if b.position >= kept[0]]
    texts = repair(tuple(b.text for b in lines))
    if len(texts) != len(lines):
        return None
    repaired = {b.position: text for b, text in zip(lines, texts) if text != b.text}
    again = textdump.select(page.blocks, title=title, repaired=repaired, stamps=page.stamps)
    return None if [b.position for b in again.kept] == kept or again.no_article else again


def _unbulleted(paragraphs: tuple[str, ...], repairs: tuple[Repair, ...]) -> tuple[tuple[str, ...], tuple[Repair, ...]]:
    """A dump's kept lines without the bullets a text-mode renderer prints before a list's
    items (``* `` and, a level down, ``+ ``, ``o ``), as the HTML path gives an item's text
    without its marker; the repairs' offsets moved with them. An item holding no CJK character
    keeps its mark (a code comment's `` * When …``), and so does every item of a text holding a
    block comment (``/*``: its lines open with ``* `` too)."""
    if any("/*" in p for p in paragraphs):
        return paragraphs, repairs
    cut = [len(m.group()) if (m := _BULLET.match(p)) and _CJK.search(p, m.end()) else 0 for p in paragraphs]
    return (tuple([p[k:] if k else p for p, k in zip(paragraphs, cut)]),
            tuple([replace(r, offset=r.offset - cut[r.paragraph]) if cut[r.paragraph] and r.offset >= cut[r.paragraph]
                   else r for r in repairs]))


def _unspaced(headline: str) -> str:
    """A headline printed with a space between every two characters (一 名 休 班 警 …) as
    written: the spam cuts its pieces from the characters, and the word list reads them only
    side by side."""
    chars = headline.split()
    return "".join(chars) if len(chars) >= SPACED_MIN and all(len(c) == 1 for c in chars) else headline


def _hidden(page: Page) -> tuple[Removal, ...]:
    # (Removal.of sets the fields at once: the frozen dataclass's __init__ cost ~10 k instructions a
    # hidden text, a spam page's dozens.)
    return tuple([Removal.of(text, "hidden", why, -1, None) for text, why in page.hidden])


def _truncation(page: Page) -> tuple[Removal, ...]:
    return (Removal("", "chrome", page.truncated),) if page.truncated else ()
