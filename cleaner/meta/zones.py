"""The zones of a page that metadata is read from, and the text helpers every field shares.

The zones (meta zone, lead, early blocks, tail, credits, top) are cut once per page around the
headline and the kept blocks, see the package docstring; each field's module searches them in
its own order. Matching runs on :func:`_norm` text (full-width forms folded, traditional
characters made simplified) so that one pattern serves every way a page prints a label.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from dataclasses import dataclass
from itertools import islice
from operator import is_

from ..blocks import Block, Page
from ..patterns import DIGIT, END_MARKERS, FOREIGN_BYLINE, META_FIELD, SIMPLIFIED_CHARS, TRADITIONAL_CHARS
from ..prefilter import prefiltered
from ..scans import char_codec, holds_char
from .rejoin import _HOLDS_DATE, _LABEL_COLON, _byline_pieces, _glued_labels, _join_labels, _rejoined
from .units import nfkc_free

# End markers that close the article itself, its credits printed after them: （完）, its share and
# print buttons, a statement (版权声明, 免责声明) of where it came from.
_OWN_END = re.compile(r"^[\s【\[(]*(?:完|分享|扫一扫|打印|关闭|返回|阅读全文|查看原文|阅读原文|点击查看|希望以上"
                      r"|点赞|在看|收藏|转发|免责|版权|特别|反?侵权|声明)")
#: Blocks from the top of the page searched for the headline.
TITLE_SCAN_BLOCKS = 600
#: Blocks after the headline that may still be the meta zone (before the first paragraph).
META_ZONE_BLOCKS = 20
#: A title copy further than this above the first paragraph is not the article's headline.
FAR_HEADLINE_BLOCKS = 30
#: Blocks scanned after the last kept block, and kept blocks looked at from the end.
TAIL_BLOCKS = 12
TAIL_KEPT_BLOCKS = 8
#: A dump's line of at most so many characters (a digit, a button's 赞, a bar) is not counted there.
TINY_LINE_CHARS = 1
#: Kept blocks searched for a labelled date, from each end of the article.
KEPT_SCAN_BLOCKS = 40
#: Blocks above the headline searched for a labelled date.
TOP_BLOCKS = 40
#: A block longer than this is prose, not a meta line.
META_LINE_CHARS = 160
#: Characters of the first paragraph searched for the dateline and of the last for a credit.
LEAD_CHARS = 200
CREDIT_CHARS = 120
#: Kept blocks from the end looked through for the last paragraphs of prose (closing credits).
CREDIT_PROSE_SCAN = 15
#: A trailing block longer than this is prose, not a byline.
BYLINE_CHARS = 60
#: A line after the text longer than this is no signature (张三 李四, 张三 2024年6月7日于北京).
SIGNOFF_CHARS = 48
#: Lines right above the headline that several fields read (bylines, 首发于, X原创, posters).
TOP_NORM_BLOCKS = 5
#: Blocks left out after the first paragraph read as the meta line under a standfirst, and how
#: long a line of a date and little else is.
STANDFIRST_GAP_BLOCKS = 3
DATE_LINE_CHARS = 30
#: Lines past a dump's tail searched for the article's date when the tail holds none (a blog
#: prints it under a list of references, two lines an item).
LATE_DATE_BLOCKS = 60
#: Short blocks among the first kept ones that may be a byline (《棱镜》作者 周纯).
EARLY_BLOCKS = 10
EARLY_BYLINE_CHARS = 30
# <title> separators: _ | ｜ -- — – and a hyphen unless it joins two digits (1-10月). Every
# match opens with a space or one of those marks: the lookahead, which asks that first, spares
# the try of the whole pattern at every other character (~1,300 instructions a character).
_TITLE_SPLIT = re.compile(r"(?=[\s_|｜—–-])\s*(?:[_|｜]+|-{2,}|—+|–+|(?<!\d)-|-(?!\d))\s*")
_WS = re.compile(r"\s+")
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")
# Full-width ASCII and the ideographic space to ASCII, 丨 (a bar in 来源丨X) to |; the matching
# table also takes traditional characters to simplified ones, one for one, so that positions in
# the matched text are positions in the printed text (see _printed).
# The presentation-form colon ︰ (Hong Kong templates: 記者︰X) and the box-drawing and
# division slashes ╱ ∕ (【聯合晚報╱記者X】) are the colon and slash they stand for.
_FULLWIDTH = {**{c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}, 0x3000: 0x20, 0x4E28: ord("|"),
              0xFE30: ord(":"), 0x2571: ord("/"), 0x2215: ord("/")}
_MATCHING = {**_FULLWIDTH, **str.maketrans(TRADITIONAL_CHARS, SIMPLIFIED_CHARS)}


def _indexed(mapping: dict[int, int], identity: tuple[int, ...]) -> tuple[int, ...]:
    """``mapping`` as a tuple indexed by code point, every other character mapped to itself.

    ``str.translate`` looks every character up in its table: in a dict a character without an
    entry (most of them) raises a KeyError that translate clears, which made folding cost
    ~100 ns a character; a tuple answers by index. A character past the tuple raises an
    IndexError, which translate takes as "unchanged" just as it takes a missing key.
    """
    table = list(identity)
    for code, value in mapping.items():
        table[code] = value
    return tuple(table)


_IDENTITY = tuple(range(max(_MATCHING) + 1))  # one set of int objects for both tables
_MATCHING_TABLE = _indexed(_MATCHING, _IDENTITY)
_FULLWIDTH_TABLE = _indexed(_FULLWIDTH, _IDENTITY)
# The traditional characters, each a byte of a charmap codec: a text encoded by it, every other
# character ignored, holds one when a byte other than NUL's is left (see :func:`_holds_traditional`).
# (NUL first: only a table opening with it is built as a table in C, not a dict.)
_TRADITIONAL_CODEC = char_codec(TRADITIONAL_CHARS)
# Compatibility characters beyond full-width ASCII that NFKC would still change (ligatures,
# circled digits, half-width katakana …): only texts holding one pay for full NFKC.
_COMPAT = re.compile(r"[\u00a0-\u00ff\u2000-\u2bff\u3200-\u33ff\ufb00-\ufe6f\uff5f-\uffef]")
_DOMAIN = re.compile(r"(?:https?:|www\.|\.(?:com|cn|net|org)\b)", re.IGNORECASE)
# What stops the value after a label: whitespace, bars, closing brackets, sentence marks.
_VALUE = re.compile(r"[^\s|｜\]】)）》」\"”,，;；。!！?？<>]+")
# What follows 发布 glued to a value when it is the next field's label (发布时间, 发布于, 发布：),
# not the end of a press office's account (某某发布).
_GLUED_PUBLISH = ("时", "日", "于", ":", "：")
# A full date run together with the value before it (来源：某某日报2024-05-16).
_GLUED_DATE = re.compile(r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]")
_OPENERS = "[【(（《「\"“ "
_CLOSERS = "]】)）》」\"” "
# Where a 来源 / 责任编辑 label may start: the start of the text, after a space, a bracket, a bar,
# a digit or a date's 日 (the end of a date: 2024年05月06日来源：…, fields set apart by markup
# alone) or punctuation — not inside a word (数据来源未经…).
_LABEL_START = re.compile(r"(?:^|(?<=[\s|｜(（\[【,，。:：、\d])|(?<=\d日))")
def _changed_by(mapping: dict[int, int]) -> re.Pattern[str]:
    """A character ``mapping`` changes, or one :data:`_COMPAT` names: a text without any comes
    out of :func:`_fold` as it went in."""
    changed = "".join(re.escape(chr(code)) for code, value in sorted(mapping.items()) if code != value)
    return re.compile("[" + changed + _COMPAT.pattern[1:-1] + "]")


def _replacements(mapping: dict[int, int]) -> dict[str, str]:
    return {chr(code): chr(value) for code, value in mapping.items() if code != value}


# Most texts hold none of the characters a table changes, and prose only a few distinct ones
# (its full-width commas and colons): each is replaced by str.replace, a scan in C, where
# str.translate looks every character of the text up in the table, several times as long on
# CJK text. No character is changed into one the table changes again, so the order of the
# replacements does not matter.
_MATCHING_CHANGES = _changed_by(_MATCHING)
_FULLWIDTH_CHANGES = _changed_by(_FULLWIDTH)
_MATCHING_REPLACEMENTS = _replacements(_MATCHING)
_FULLWIDTH_REPLACEMENTS = _replacements(_FULLWIDTH)
# Prose's full-width comma is most of what the folds find (5,338 of the 8,637 characters
# _norm's ~3,600 texts a pass over the corpus hold), and each character the class search finds
# costs a match, a one-character string and a list entry (~1,700 instructions): _norm and
# _squash replace it first, by one scan in C (its fold is the ASCII comma, which folds no
# further), and search for the others.
_COMMA = "\uff0c"
_NOT_COMMA = {code: value for code, value in _MATCHING.items() if code != ord(_COMMA)}
_OTHER_CHANGES = _changed_by(_NOT_COMMA)
# What _norm's fold looks for: the matching table's characters and the icon fonts' (dropped).
_NORM_CHANGES = re.compile(_OTHER_CHANGES.pattern[:-1] + _PRIVATE_USE.pattern[1:])
_PRIVATE_CHARS = frozenset(map(chr, range(0xE000, 0xF900)))
#: A text holding more distinct characters to fold than this is folded by one str.translate.
MAX_REPLACED_CHARS = 12


# Characters NFKC turns into (or into a text holding) a CJK ideograph: Kangxi radicals, enclosed
# and squared ideographs, compatibility ideographs. A text holding none folds to no ideograph it
# did not hold itself or through the table (an ideograph is never composed of others).
_NFKC_IDEOGRAPHS = re.compile("[\u2e9f\u2ef3\u2f00-\u2fd5\u3038-\u303a\u3192-\u319f\u3220-\u3247"
                              "\u3280-\u32b0\u32c0-\u32cb\u32ff\u3358-\u3370\u337b-\u337f\u33e0-\u33fe"
                              "\uf900-\ufaff\U0001f210-\U0001f251\U0002f800-\U0002fa1f]")
_IDEOGRAPH = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")


def _sources(replacements: dict[str, str]) -> dict[str, str]:
    """Each character the table folds others to, with those others (itself first)."""
    out: dict[str, str] = {}
    for source, target in replacements.items():
        out[target] = out.get(target, target) + source
    return out


_SOURCES = _sources(_MATCHING_REPLACEMENTS)


def _decomposed(compat: re.Pattern[str], table: tuple[int, ...]) -> dict[str, str]:
    """The characters ``compat`` names that NFKC changes, each to its NFKD (… to ..., ℃ to °C,
    ① to 1), where that holds no character ``table`` changes. A text holding one is not NFKC, so
    it was normalised whole (the composition, a linear search a character in CPython, costs
    ~1,500 instructions a character); written as its NFKD it has the same NFKC (the same full
    decomposition), which is the text itself when the quick check says so: most such texts."""
    out = {}
    for char in compat.findall("".join(map(chr, range(0x10000)))):   # its ranges are in the BMP
        nfkd = unicodedata.normalize("NFKD", char)
        if nfkd != char and nfkd.translate(table) == nfkd:
            out[char] = nfkd
    return out


_DECOMPOSED = _decomposed(_COMPAT, _MATCHING_TABLE)


def _may_fold_to(text: str, char: str) -> bool:
    """Whether :func:`_fold` of ``text`` may hold ``char``, a CJK ideograph: ``text`` holds it
    or a character the table folds to it, or one NFKC could make an ideograph of (see
    :data:`_NFKC_IDEOGRAPHS`). False means the fold cannot hold it."""
    return any(source in text for source in _SOURCES.get(char, char)) \
        or _NFKC_IDEOGRAPHS.search(text) is not None


def _fold(text: str, table: tuple[int, ...] = _MATCHING_TABLE,
          changes: re.Pattern[str] = _MATCHING_CHANGES,
          replacements: dict[str, str] = _MATCHING_REPLACEMENTS,
          decomposed: dict[str, str] = _DECOMPOSED, private: frozenset[str] = frozenset()) -> str:
    """The NFKC of the characters that matter to matching (full-width ASCII: digits, colons,
    brackets, letters; the ideographic space), traditional characters made simplified. Much
    cheaper than full NFKC, which is only run on the rare text that needs more. ``changes``
    finds the characters ``table`` changes or NFKC may change, ``replacements`` maps the former
    (:func:`_changed_by` and :func:`_replacements` of the table's mapping), ``decomposed`` some
    of the latter (:data:`_DECOMPOSED`). The characters of ``private`` that ``changes`` finds
    are dropped from the result (see :func:`_norm`)."""
    found = changes.findall(text)
    return _fold_found(text, found, table, replacements, decomposed, private) if found else text


def _fold_found(text: str, found: list[str], table: tuple[int, ...] = _MATCHING_TABLE,
                replacements: dict[str, str] = _MATCHING_REPLACEMENTS,
                decomposed: dict[str, str] = _DECOMPOSED, private: frozenset[str] = frozenset(),
                whole: bool = True) -> str | None:
    """:func:`_fold` of ``text``, ``found`` the characters its ``changes`` found there (not none):
    :func:`_norm` and :func:`_squash` search on their own and call this only for a text that
    holds one (most hold none, and a call costs as much as the search of a short text). Not
    ``whole``: None where the text would be normalised whole (NFKC), see :func:`_norms`."""
    chars = set(found)
    dropped = chars & private if private else ()
    if dropped:
        chars -= dropped
    compat = False   # a character NFKC may change: the text is checked once the table has run
    if len(chars) > MAX_REPLACED_CHARS:
        text = text.translate(table)
        compat = not all(char in replacements for char in chars)
    else:   # first: NFKC would make ︰ two dots
        for char in chars:
            folded = replacements.get(char)
            if folded is None:
                compat = True
                folded = decomposed.get(char)   # … → ...: the check below then seldom fails
            if folded is not None:
                text = text.replace(char, folded)
    if compat and not unicodedata.is_normalized("NFKC", text):
        if not whole:
            return None
        text = unicodedata.normalize("NFKC", text).translate(table)
    for char in dropped:   # NFKC and the table keep them as they are
        text = text.replace(char, "")
    return text


# A page asks for the same texts again and again (a line is in several zones, read by the
# date, name and source searches): each is folded once a page. find_title empties the memo as
# a page begins; the bound holds it where meta is looked for without a title.
@functools.lru_cache(maxsize=4096)
def _norm(text: str) -> str:
    """Folded (:func:`_fold`), icon-font characters (the private use area) dropped, whitespace
    collapsed, a label spaced out made one word (:func:`_unspaced_labels`) and one glued to the
    value before it set apart (:func:`~.rejoin._glued_labels`): the text every pattern of this
    module is matched against."""
    # str.split() knows the whitespace of the regex \s and collapses it in C, several times
    # faster than a substitution (the strip comes with it). The icon-font characters are found
    # by the fold's own scan, not by a second one.
    text = text.replace(_COMMA, ",")
    found = _NORM_CHANGES.findall(text)
    text = _unspaced_labels(" ".join((_fold_found(text, found, private=_PRIVATE_CHARS) if found else text).split()))
    return _glued_labels(text) if ":" in text else text   # (no call for a text without a label's colon)


# A two-character label padded with a space to the width of a longer one (作　者：, 来　源：,
# 编　辑： in a template of aligned fields), before its colon: made one word, as every label
# pattern reads it. No match opens but at one of the labels' first characters (the pattern's
# literal prefix, told in C); one after an ideograph is a word's end (合作 者, 未来 源头), not a label.
_SPACED_LABEL = re.compile(r"(?:作 者|来 源|编 辑|时 间|日 期|记 者|出 处|稿 源|责 编)(?= ?:)")


def _unspaced_labels(text: str) -> str:
    """``text`` (normalised) with each label of :data:`_SPACED_LABEL` made one word."""
    if ":" not in text or " " not in text or _SPACED_LABEL.search(text) is None:
        return text
    return _SPACED_LABEL.sub(lambda m: m.group(0) if m.start() and _IDEOGRAPH.match(text, m.start() - 1)
                             else m.group(0).replace(" ", ""), text)


# A separator no text holds (checked), neither whitespace nor a character the fold changes.
_SEPARATOR = "\x00"


def _norms(texts: tuple[str, ...]) -> tuple[str, ...]:
    """:func:`_norm` of each of ``texts``, folded together: one search of their joined text for
    the characters to fold, one fold, one split, where a call each costs ~5,000 instructions
    beside its scan (the short lines above a dump's headline). Every step of the fold maps a
    character alone, but for the full NFKC a text holding a compatibility character gets: of
    the joined text when it is not NFKC already, of one text only when that text is not. Each
    text is then folded alone, as when a separator is in one. Not memoised (see :func:`_norm`)."""
    joined = _SEPARATOR.join(texts).replace(_COMMA, ",")
    if joined.count(_SEPARATOR) != len(texts) - 1:
        return tuple(map(_norm, texts))
    found = _NORM_CHANGES.findall(joined)
    if found:
        joined = _fold_found(joined, found, private=_PRIVATE_CHARS, whole=False)
        if joined is None:
            return tuple(map(_norm, texts))
    # The whitespace collapsed over them all: a text's spaces at a separator taken off by two
    # replaces, not a strip a text.
    norms = _unspaced_labels(" ".join(joined.split()).replace(" " + _SEPARATOR, _SEPARATOR)
                             .replace(_SEPARATOR + " ", _SEPARATOR)).split(_SEPARATOR)
    # (a label glued to a value needs the last character of a label and a colon: most lists hold none)
    return tuple(map(_glued_labels, norms)) if _LABEL_COLON.search(joined) else tuple(norms)


def _holds_traditional(texts: tuple[str, ...]) -> bool:
    """Whether any of ``texts`` holds a character of ``patterns.TRADITIONAL_CHARS``: one pass of
    :data:`_TRADITIONAL_CODEC` over them joined, ~40 instructions a character where the class
    search costs ~60 (a table in C against sre's test of a large class)."""
    return holds_char("\n".join(texts), _TRADITIONAL_CODEC)


def _printed(text: str) -> str:
    """:func:`_norm` keeping traditional characters: the same length and positions, so a name
    found in the matched text is sliced from here as the page prints it."""
    return " ".join(_PRIVATE_USE.sub("", _fold(text, _FULLWIDTH_TABLE, _FULLWIDTH_CHANGES, _FULLWIDTH_REPLACEMENTS)).split())


@functools.lru_cache(maxsize=4096)
def _squash(text: str) -> str:
    text = text.replace(_COMMA, ",")
    found = _OTHER_CHANGES.findall(text)
    return "".join((_fold_found(text, found) if found else text).split())


# A block's first character, folded for every block of a page the headline is looked for in:
# the same few hundred characters on every page, so they are kept across pages.
@functools.lru_cache(maxsize=1024)
def _fold_char(char: str) -> str:
    return _fold(char)


def forget() -> None:
    """Empty the memo of :func:`_norm` and :func:`_squash` (a new page begins)."""
    _norm.cache_clear()
    _squash.cache_clear()


def _value_after(text: str, i: int) -> str:
    """The value a label at ``text[:i]`` introduces: one field, brackets and glued labels off."""
    while i < len(text) and text[i] in _OPENERS:
        i += 1
    m = _VALUE.match(text, i)
    if not m:
        return ""
    value = m.group(0)
    field = META_FIELD.search(value, 1)
    while field and field.group() == "发布" and not value.startswith(_GLUED_PUBLISH, field.end()):
        field = META_FIELD.search(value, field.end())   # a press office's account (某某发布客户端)
    if field:
        value = value[:field.start()]
    elif m.end() < len(text):
        # A bracket opened inside the value: closed, a publication's name (光明网-《光明日报》);
        # cut, an edition or a date (人民日报（2024-05-13第01版）).
        opener = max(value.rfind(c) for c in "《(（「")
        if opener > 0 and text[m.end()] in _CLOSERS.strip() and not DIGIT.search(value[opener:]):
            return value + text[m.end()]
        if opener > 0:
            value = value[:opener]
    if "20" in value or "19" in value:
        glued = _GLUED_DATE.search(value, 2)
        if glued:
            value = value[:glued.start()]   # 来源：某某日报2024-05-16 10:20
    return value.strip(_CLOSERS + "[【(（《「:：-_")


# A translated article's byline (英国《金融时报》 张三 伦敦报道), read by the authors and the original
# source. Every FOREIGN_BYLINE match names its paper in 《》 and ends the text with 报道 or 报导: a
# text without both is not searched (~2,900 texts a pass over the corpus, most without 《; of the
# ~150 with a book's 《》 none ends so). ``in`` costs ~100 instructions, the prefilter's regex call
# for 《 ~1,700, the search of a text holding one ~20,000.
_FOREIGN_BYLINE = prefiltered(FOREIGN_BYLINE, starts=False)
_PAPER_MARK, _FILED = "《", ("报道", "报导")


def _foreign(text: str) -> re.Match[str] | None:
    """FOREIGN_BYLINE's search, asked only of a text holding 《 and ending with 报道 or 报导."""
    return _FOREIGN_BYLINE.search(text) if _PAPER_MARK in text and text.rstrip().endswith(_FILED) else None


def _host_names(page: Page, title: str | None) -> tuple[str, ...]:
    """The site's own names: the non-headline parts of the <title>, og:site_name and the like."""
    names = _title_parts(page.meta("title") or "", title)
    for key in ("og:site_name", "sitename", "application-name", "publisher", "article:publisher"):
        value = page.meta(key)
        if value and len(value) <= 30:
            names.append(value)
    return tuple(_squash(n) for n in names if n)


def _title_parts(full: str, title: str | None) -> list[str]:
    """The parts of a ``<title>`` (``full``) that are not the headline: the site's names."""
    return [part for part in map(str.strip, _TITLE_SPLIT.split(full))
            if part and (not title or _squash(part) not in _squash(title)) and len(part) <= 20]


def _is_host(name: str, hosts: tuple[str, ...]) -> bool:
    s = _squash(name)
    return any(s == h or (len(s) >= 2 and s in h) or (len(h) >= 2 and h in s and len(h) >= 0.5 * len(s))
               for h in hosts)


@dataclass(frozen=True)
class _Zones:
    headline: int           # index of the headline block in page.blocks, -1 when not found
    near: tuple[str, ...]   # meta zone: normalised texts, in page order
    near_dated: bool        # whether the meta zone lies between a found headline and the body
    leads: tuple[str, ...]  # starts of the first paragraphs (the dateline is in one)
    early: tuple[str, ...]  # short blocks at the start of the article (bylines)
    kept: tuple[str, ...]   # short kept blocks (meta-line sized), in page order, not normalised
    tail: tuple[str, ...]   # end of the article and what follows it
    tail_lines: tuple[str, ...]  # the short lines of the tail that are no prose (bylines)
    credits: tuple[str, ...]  # the ends of the last paragraphs, for closing credits, not normalised
    top: tuple[str, ...]    # above the headline, nearest first, not normalised
    title: str = ""         # the headline, squashed
    printed: tuple[str, ...] = ()  # the raw texts of the zones a name can come from
    signoff: str = ""       # the short line right after the last paragraph of prose, normalised
    # Normalised once for the fields that all read them: kept[:EARLY_BLOCKS] and top[:TOP_NORM_BLOCKS].
    kept_early: tuple[str, ...] = ()
    top_near: tuple[str, ...] = ()


def _dated(text: str) -> bool:
    """Whether ``text`` holds a full date (DATE_LIKE), asked of many short lines: each match
    holds 19, 20 or 民 (民国), and testing those with ``in`` costs less than the pattern's call
    (a digit first: a two-character needle is made wide for a CJK line, a copy each test)."""
    return (("0" in text or "9" in text) and ("20" in text or "19" in text) or "民" in text) \
        and _HOLDS_DATE.search(text) is not None


def _is_prose(b: Block) -> bool:
    return (b.cjk >= 30 and b.punct >= 2) or len(b.text) > META_LINE_CHARS


def _headline_index(blocks: tuple[Block, ...], title: str | None, before: int,
                    squashed: dict[int, str] | None = None) -> tuple[int, int]:
    """Where the headline is: (first block, one past its last block); (-1, -1) when absent.

    The headline may be cut into consecutive lines (``<br>``) or carry a short prefix (原创,
    【…】). Of several copies, the last before ``before`` is taken, moved up to an earlier copy a
    few blocks above it (some templates print the headline twice around the meta line).
    ``squashed`` keeps the blocks' squashed texts between two searches of one page.
    """
    squashed = {} if squashed is None else squashed

    def squash(i: int) -> str:
        s = squashed.get(i)
        if s is None:
            s = squashed[i] = _squash(blocks[i].text)
        return s

    if not title:
        return -1, -1
    t = _squash(title)
    if len(t) < 2:
        return -1, -1
    limit = min(len(blocks), before + 1 if before >= 0 else len(blocks), TITLE_SCAN_BLOCKS)
    # Each test below needs the headline's middle character in the block (a block inside it is
    # 0.8 of it at least, so it covers the middle): a block whose fold cannot hold it is not squashed.
    middle = t[len(t) // 2]
    probe = middle if _IDEOGRAPH.match(middle) else ""
    others = _SOURCES.get(probe, probe)[1:]   # (:func:`_may_fold_to` written out: ~2,200 blocks a pass)
    exact: list[tuple[int, int]] = []
    fuzzy: list[tuple[int, int]] = []
    # The lower bound an int (n < x is n < ceil(x) for an int n): an int's test against a float
    # costs ~80 instructions, ~6,000 blocks a pass.
    low, high, head = math.ceil(len(t) * 0.4), len(t) + 40, t[:1]
    check: list[int] = []     # the blocks compared with the headline, and those without its probe
    pending: list[int] = []
    for i, b in enumerate(blocks[:limit]):
        text = b.text
        n = len(text)
        if n < low or n > high:
            if 4 <= n < 60 and _fold_char(text.lstrip()[:1]) == head and t.startswith(squash(i)):
                joined, j = squash(i), i + 1
                while j < limit and j < i + 4 and len(joined) < len(t):
                    joined += squash(j)
                    j += 1
                if joined == t:
                    exact.append((i, j))
            continue
        without = probe and i not in squashed and probe not in text and not (others and any(o in text for o in others))
        (pending if without else check).append(i)
    # Those without the probe hold it folded only if NFKC makes it of one of their characters: the
    # UTF-16 units of them all tell at once (units.py), not a class search of each.
    if pending and not nfkc_free("\n".join([blocks[i].text for i in pending])):
        check = sorted(check + [i for i in pending if _NFKC_IDEOGRAPHS.search(blocks[i].text)])
    for i in check:
        s = squash(i)
        if s == t:
            exact.append((i, i + 1))
        elif (t in s and len(s) <= len(t) + 12) or (s in t and len(s) >= 0.8 * len(t)):
            fuzzy.append((i, i + 1))
    exact.sort()
    hits = exact or fuzzy
    if not hits:
        return -1, -1
    start, end = hits[-1]
    for other_start, other_end in reversed(hits[:-1]):
        if start - other_end > 6:
            break
        start, end = other_start, other_end
    return start, end


_CLAUSE = re.compile(r"[，。！？；]")


def _after_standfirst(blocks: tuple[Block, ...], body: int) -> tuple[str, ...]:
    """The meta line under a standfirst (标题 / 摘要：… / 2024-01-02 来源：X / the text): the short
    blocks between the first paragraph ``body`` and the next one of prose, from the first that is
    dated and labelled or hardly more than its date, and no clause (a sentence of the text opening
    with a date), not the buttons above it; none else."""
    end = min(len(blocks), body + 1 + STANDFIRST_GAP_BLOCKS)
    end = next((i for i in range(body + 1, end) if _is_prose(blocks[i])), end)
    gap = [blocks[i].text for i in range(body + 1, end) if len(blocks[i].text) <= META_LINE_CHARS]
    first = next((k for k, t in enumerate(gap) if _dated(t) and (len(t) <= DATE_LINE_CHARS or META_FIELD.search(t))
                  and not _CLAUSE.search(t)), -1)
    return tuple(gap[first:]) if first >= 0 else ()


def _above_end_marker(texts: tuple[str, ...]) -> tuple[str, ...]:
    """``texts`` (normalised) up to the first end marker of other items (相关阅读, 网友评论, 上一篇),
    not one of the article's own ending (（完）, 分享到, 版权声明: its credits may follow)."""
    for k, text in enumerate(texts):
        if END_MARKERS.match(text) and not _OWN_END.match(text):
            return texts[:k]
    return texts


def _tail_end(blocks: tuple[Block, ...], start: int, dump: bool) -> int:
    """One past the last block after the article (from ``start``) that the tail reads:
    :data:`TAIL_BLOCKS` of them; on a dump, whose ``get_text("\\n")`` prints every button and
    count on a line of its own (赞 / 0 / 赏 / |), lines of one character not counted, up to twice
    as many lines."""
    end = min(len(blocks), start + TAIL_BLOCKS)
    if not dump:
        return end
    stop = min(len(blocks), start + 2 * TAIL_BLOCKS)
    counted = 0
    for i in range(start, stop):
        if len(blocks[i].text.strip()) > TINY_LINE_CHARS:
            counted += 1
            if counted == TAIL_BLOCKS:
                return i + 1
    return stop


def _late_date_line(blocks: tuple[Block, ...], start: int) -> list[str]:
    """The date line printed past a dump's tail (from ``start``), normalised: the first line
    holding a full date among the next :data:`LATE_DATE_BLOCKS`, when it is short (a date line),
    no end marker comes before it (相关阅读, 上一篇, 网友评论: a date under one is another article's),
    no clause follows it (a reply under its stamp) and no other dated line follows it before an
    end marker (a list's or a thread's dates come several); else none."""
    window = blocks[start:start + LATE_DATE_BLOCKS]
    found = [k for k, b in enumerate(window) if _dated(b.text)]
    if not found or len(window[found[0]].text) > DATE_LINE_CHARS:
        return []
    at = start + found[0]
    after = next((b.text for b in blocks[at + 1:at + 4] if len(b.text.strip()) > TINY_LINE_CHARS), "")
    if _CLAUSE.search(after) or any(END_MARKERS.match(_norm(b.text)) for b in window[:found[0]]):
        return []
    if len(found) > 1 and not any(END_MARKERS.match(_norm(b.text)) for b in window[found[0] + 1:found[1]]):
        return []
    return [_norm(blocks[at].text)]


def _uncut_text(block: Block, blocks: tuple[Block, ...], index: dict[int, int]) -> str:
    """The text of a kept ``block`` as the page printed it, when the body cut its end off (a
    credit after the last sentence); its kept text otherwise (a repaired paragraph)."""
    at = index.get(block.position, -1)
    printed = blocks[at].text if at >= 0 else ""
    return printed if len(printed) > len(block.text) and printed.startswith(block.text) else block.text


def _zones(page: Page, kept: tuple[Block, ...], title: str | None) -> _Zones:
    """Cut the page into the zones the module docstring names, around the headline and ``kept``."""
    blocks = page.blocks
    kept_idx = [b.position for b in kept]
    try:   # positions are indices, the usual case: told in C, not by a generator a block
        usual = all(map(is_, map(blocks.__getitem__, kept_idx), kept))
    except IndexError:
        usual = False
    index: dict[int, int] = {}
    if not usual:
        index = {b.position: i for i, b in enumerate(blocks)}
        kept_idx = [index[b.position] for b in kept if b.position in index]
    first_prose = next((i for i in kept_idx if _is_prose(blocks[i])), -1)
    squashed: dict[int, str] = {}
    head_start, head_end = _headline_index(blocks, title, first_prose if first_prose >= 0 else -1,
                                           squashed)
    if head_start < 0 and first_prose >= 0:
        # No headline before the body: maybe after the first prose-like kept block.
        head_start, head_end = _headline_index(blocks, title, -1, squashed)
        if head_start > first_prose + 3:
            head_start, head_end = -1, -1
    if head_start >= 0 and kept_idx and kept_idx[0] - head_end > FAR_HEADLINE_BLOCKS \
            and not (page.kind == "text" and blocks[head_start].heading == 1):
        head_start, head_end = -1, -1  # a copy of the title in the chrome, not the headline (a
        # dump's headline, marked with its meta line, is its own however far: a table between)
    if 0 <= head_start and head_end < len(blocks) and page.kind == "text" and blocks[head_end].heading == 1 \
            and blocks[head_start].heading != 1 and _squash(blocks[head_end].text) == _squash(title or ""):
        # The copy a scraper prints first (the <title> line) right above the dump's marked
        # headline: the headline is the marked one, and the meta zone starts under it.
        head_start, head_end = head_end, head_end + 1
    if head_start >= 0:
        body = next((i for i in kept_idx if i >= head_end and _is_prose(blocks[i])), -1)
        stop = min(body if body >= 0 else len(blocks), head_end + META_ZONE_BLOCKS)
        near_range = range(head_end, stop)
    else:
        body = first_prose
        near_range = range(max(0, body - 6), body) if body >= 0 else range(0)
    dump = page.kind == "text"
    near = _join_labels(tuple(_norm(blocks[i].text) for i in near_range if len(blocks[i].text) <= META_LINE_CHARS),
                        dump)
    # (Asked only where the block after the first paragraph is none of prose: most pages go on
    # with the second paragraph, and no meta zone is read for a date.)
    standfirst = _after_standfirst(blocks, body) if head_start >= 0 and 0 <= body < len(blocks) - 1 \
        and not _is_prose(blocks[body + 1]) and not any(map(_dated, near)) else ()
    if standfirst:
        near += _join_labels(tuple(map(_norm, standfirst)), dump)
    prose_idx = list(islice((i for i in kept_idx if i >= body and _is_prose(blocks[i])), 3)) if body >= 0 else []
    leads = tuple(_norm(blocks[i].text[:LEAD_CHARS]) for i in prose_idx)
    early_blocks = kept[:EARLY_BLOCKS]
    if dump and kept_idx:
        # The lines among the article's first ones that the dump's body left out: a byline
        # between the standfirst and the first paragraph (本报记者X发自北京) is cut as a headline
        # sharing no words with the article, not kept as the HTML path keeps its block.
        early_blocks = blocks[kept_idx[0]:kept_idx[min(EARLY_BLOCKS, len(kept_idx)) - 1] + 1]
    early = tuple(_norm(b.text) for b in early_blocks if len(b.text) <= EARLY_BYLINE_CHARS)

    # Labelled dates inside the article: the first and last few short blocks are enough.
    ends = kept if len(kept) <= 2 * KEPT_SCAN_BLOCKS else kept[:KEPT_SCAN_BLOCKS] + kept[-KEPT_SCAN_BLOCKS:]
    kept_short = tuple([b.text for b in ends if len(b.text) <= META_LINE_CHARS])
    tail: list[str] = []
    tail_lines: list[str] = []
    credits: list[str] = []
    credit_blocks: list[Block] = []
    tail_range = range(kept_idx[max(0, len(kept_idx) - TAIL_KEPT_BLOCKS)],
                       _tail_end(blocks, kept_idx[-1] + 1, dump)) if kept_idx else range(0)
    if kept_idx:
        for i in tail_range:
            b = blocks[i]
            if len(b.text) <= META_LINE_CHARS:
                tail.append(_norm(b.text))
                if len(b.text) <= BYLINE_CHARS and not _is_prose(b):
                    tail_lines.append(tail[-1])
        # The last paragraphs, and the last paragraphs of prose: a hotline box or a caption
        # after the text must not hide the credit that closes it.
        last_prose = [b for b in kept[-CREDIT_PROSE_SCAN:] if _is_prose(b)][-2:]
        credit_blocks = [*dict.fromkeys((*last_prose, *kept[-5:]))]
        # Not normalised here: read, from the last, only when no byline names the authors. A
        # paragraph the body cut a credit off (…参加会议。记者 李秋晨) is read as printed.
        credits = [_uncut_text(b, blocks, index)[-CREDIT_CHARS:] for b in credit_blocks]
        if dump and not any(map(_dated, tail)):
            tail += _late_date_line(blocks, tail_range.stop)
    top_end = head_start if head_start >= 0 else max(body, 0)
    # Lists, not generators (~100 instructions an item): up to 40 blocks above, 80 kept ones.
    top = tuple([b.text for b in blocks[max(0, top_end - TOP_BLOCKS):top_end][::-1]
                 if len(b.text) <= META_LINE_CHARS])
    top_near: tuple[str, ...] | None = None
    if dump:   # the lines above the headline of a dump, their meta lines put back together
        lines = top[::-1]
        norms = _norms(lines)
        top = _rejoined(lines, norms)[::-1]
        normed = dict(zip(lines, norms))
        top_near = tuple(normed[t] if t in normed else _norm(t) for t in top[:TOP_NORM_BLOCKS])
    kept_early = tuple(map(_norm, kept_short[:EARLY_BLOCKS]))
    if dump:   # a byline in the article's first lines, its pieces put back together
        kept_early = _byline_pieces(kept_early, kept_early)[0]
    # The raw texts a name can be read from, cut as the zones cut them.
    printed = (*(blocks[i].text for i in near_range if len(blocks[i].text) <= META_LINE_CHARS), *standfirst,
               *(blocks[i].text[:LEAD_CHARS] for i in prose_idx),
               *(b.text for b in early_blocks if len(b.text) <= EARLY_BYLINE_CHARS),
               *credits,
               *(blocks[i].text for i in tail_range if len(blocks[i].text) <= META_LINE_CHARS))
    # The line right after the last paragraph of prose: where a writer signs with no role.
    last_prose = next((i for i in reversed(kept_idx) if _is_prose(blocks[i])), -1)
    signoff = ""
    if 0 <= last_prose < len(blocks) - 1 and len(blocks[last_prose + 1].text) <= SIGNOFF_CHARS:
        signoff = _norm(blocks[last_prose + 1].text)
    bylines = _byline_pieces(tuple(tail_lines), tuple(tail_lines))[0] if dump else tuple(tail_lines)
    return _Zones(head_start, near, head_start >= 0, leads, early, kept_short, _join_labels(tuple(tail), dump),
                  bylines, tuple(credits), top, _squash(title or ""), printed, signoff,
                  kept_early, tuple(map(_norm, top[:TOP_NORM_BLOCKS])) if top_near is None else top_near)
