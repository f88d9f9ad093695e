"""Names of persons: the authors (bylines, credits, the poster, names beside the date); the
editor is read in :mod:`cleaner.meta.editor`.

Names printed beside the date without a label are read in :mod:`cleaner.meta.bare`: the source
cascade takes the publishers among them, the author cascade the persons.
"""

from __future__ import annotations

import html as html_lib
import json as json_lib
import re

from ..blocks import Block, Page
from ..patterns import (AFFILIATION, AUTHOR_CARD, AUTHOR_LINE_AFTER, AUTHOR_ROLE, AUTHOR_ROLE_AFTER, BYLINE_TAIL,
                        CLAUSE_MARK, COPYRIGHT_OWNER, CREDIT_SEPARATORS, DESK_NAME, FIELD_BREAK, FOLLOW_BUTTON,
                        FOREIGN_BYLINE, FOREIGN_NAME, LATIN_WORDS, MEDIA_NAME, META_FIELD, NAME_SEPARATORS,
                        OUTLET_PREFIX, PHOTO_CREDIT, POSTED_BY, PROVINCES, SCHEMA_AUTHOR_JSON, SCHEMA_AUTHOR_NAME,
                        SURNAMES_COMPOUND, UP_TO_REPORTER, WIRE_CREDIT, WRITER_CREDIT, WRITTEN_BY)
from ..prefilter import needed, prefiltered
from .bare import _CJK_NAME, _Bare, _has_surname, _timed, _valid_name
from .signature import _signed_names
from .owner import _ACCOUNT_COUNT, _ACCOUNT_COUNTS, COUNT_PIECES, _box_owner
from .zones import (_DOMAIN, _FILED, _HOLDS_DATE, _Zones, _above_end_marker, _dated, _foreign, _is_host, _norm,
                    _squash)

_CJK = re.compile(r"[\u3400-\u9fff]")
# A closing credit in parentheses at the end of a paragraph: （张巨峰） （记者 张三 李四）.
_END_CREDIT = re.compile(r"[(（]\s*([^()（）]{2,40}?)\s*[)）]\s*[。.]?\s*$")
# A byline after the last sentence of a paragraph, ending it: 。记者 李秋晨.
_END_BYLINE = re.compile(r"[。！？!?]\s*([^。！？!?\s][^。！？!?]{1,24})$")
# What opens a match of each: no later one follows it in the text (the credit holds no bracket,
# the byline no sentence mark), so each is tried at the last of them only, not at every one of
# the paragraph (~10 k instructions a paragraph, 366 a pass over the corpus).
_CREDIT_OPENERS = "(（"
_SENTENCE_ENDS = "。！？!?"
# A bracketed credit in a dateline (its first 80 characters): （记者 张三 通讯员 李四）.
_CREDIT_BRACKET = re.compile(r"[(（〔【\[]([^()（）〔〕【】\[\]]{2,60})[)）〕】\]]")
# What a match of it opens with: a dateline holding none is not searched (a search costs ~100
# instructions a character, an `in` test ~1; of the ~320 leads a pass over the corpus, ~50 hold one).
_BRACKET_OPENERS = "(（〔【["
# The end of a dateline, which a role may follow: 本报讯 记者 张三, 新华社北京8月26日电 记者张三.
_NEWS_MARKS = ("讯", "日电")
# Marks that open a byline paragraph on newspapers' pages (□本报记者 张三).
_BYLINE_MARKS = "□■◎●◆"
# The role patterns, searched in every zone's text (and a dateline's credit) only where a match can start
# or in a text holding a character they need (cleaner.prefilter): tried at every character, they cost most.
_AUTHOR_ROLE = prefiltered(AUTHOR_ROLE)
_AUTHOR_ROLE_AFTER = prefiltered(AUTHOR_ROLE_AFTER, starts=False)
# The same for a copyright notice naming the writer (every match opens with 版权归) and for a
# role printed after the name (every match ends with 作者 or 发自 and a place).
_OWNER_WORD = "版权归"
_ROLE_AFTER_WORDS = ("作者", "发自")
_POSTED_BY = prefiltered(POSTED_BY)
# Tried on every byline candidate (a photo credit).
_PHOTO_CREDIT = prefiltered(PHOTO_CREDIT, starts=False)
# A line that is an English byline: By, then one to four names of capitalised words (By Emily
# Carter and Tom Lee).
_ENGLISH_NAME = r"[A-Z][a-z]+(?:[ -](?:[A-Z]\.|[A-Z][a-z']+)){1,2}"
_ENGLISH_NAMES = re.compile(rf"{_ENGLISH_NAME}(?:\s*(?:,|and|&)\s*{_ENGLISH_NAME}){{0,3}}")
_ENGLISH_BYLINE = re.compile(rf"By\s+(?P<names>{_ENGLISH_NAMES.pattern})")
_ENGLISH_SEPARATORS = re.compile(r"\s*(?:,|\band\b|&)\s*")
# Every role _bylines reads holds one of these (记, 通, 作, 文, 《 …): one search clears most lines.
_BYLINE_HINT = needed(AUTHOR_ROLE, AUTHOR_ROLE_AFTER, FOREIGN_BYLINE, AUTHOR_LINE_AFTER, _ENGLISH_BYLINE)


def _find_authors(page: Page, zones: _Zones, bare: _Bare, hosts: tuple[str, ...], date_text: str,
                  source: str | None, labelled: bool, html: str = "",
                  kept: tuple[Block, ...] = ()) -> tuple[tuple[str, ...], str]:
    """The authors and where they were found: every role-labelled byline (meta line, dateline,
    the first short blocks, the tail); failing those the first of a closing credit, the poster
    of a forum entry, the ``author`` <meta>, the schema.org author of the raw ``html``, names
    printed beside the date, the owner a profile box beside the article (outside the ``kept``
    blocks) names."""
    authors: list[str] = []
    wheres: list[str] = []
    credit = next((c for c in map(_dateline_credit, zones.leads) if c), "")
    # A translated article's byline may be longer than a byline and follow the standfirst.
    translated = tuple(t for t in zones.kept_early if _foreign(t))
    for where, texts in (("meta line", zones.near), ("dateline", (credit,)),
                         ("byline in the article", zones.early + translated),
                         ("byline after the article", _above_end_marker(zones.tail_lines)),
                         ("byline above the headline", zones.top_near[:TOP_BYLINE_BLOCKS])):
        owner = next((m.group("name") for t in texts if _OWNER_WORD in t for m in [COPYRIGHT_OWNER.search(t)] if m),
                     None) \
            if where == "byline after the article" else None   # a copyright notice: read in the tail only
        if owner and not _DOMAIN.search(owner):
            authors.append(owner)  # 本文版权归作者 X 所有: the writer, before a book's or a quote's 作者
            wheres.append("copyright notice")
            continue
        # 作者：X 时间：<date time> after an article with its own meta line: a reply's header. Asked
        # only of a line naming someone (its dates read, ~14 k instructions a line; of the ~200
        # such lines a pass over the corpus, one names anyone), not of every line before.
        reply = "meta line" in wheres and where == "byline after the article"
        # A dump prints the header's time on a line of its own (作者：X / 时间：<date time>).
        found = [name for k, text in enumerate(texts) for names in [_bylines(text)]
                 if names and not (reply and (_timed(text) or _timed_next(texts, k))) for name in names]
        if not found and where in _MARKED_ZONES:
            found = [name for text in texts if text[:1] in _BYLINE_MARKS for name in _marked_names(text)]
        if found:
            authors.extend(found)
            wheres.append(where)
    if labelled and source:
        # 作者 / 大是文化 · 出處 / 大是文化: the name a 来源 label gives the source is a publisher.
        authors = [a for a in authors if a != source]
    if authors and bare.writer and bare.writer != source:
        authors.append(bare.writer)   # 原创 作者 公众号 over a 文/X byline: the header's writer too
        wheres.append("name beside the date")
    if authors:
        return tuple(dict.fromkeys(authors)), ", ".join(wheres)
    closing = next((names for text in map(_norm, reversed(zones.credits))
                    for names in (_end_credit(text), _end_byline(text)) if names), [])
    if closing:
        return tuple(dict.fromkeys(closing)), "closing credit"
    signed = _signoff(_signed_names(zones.signoff))
    if signed:
        return tuple(signed), "name after the article"
    # The page's short blocks, a line each: an author card's heading and a profile box's marks.
    shorts = "\n".join([b.text for b in page.blocks if len(b.text) <= MAX_CARD_HEADING])
    card = _author_card(zones.tail) or _author_card(_card_headings(page, shorts))
    if card:
        return (card,), "author card"
    card = _profile_card(zones.near, hosts) or _profile_card(zones.top_near[:TOP_BYLINE_BLOCKS], hosts, True)
    if card:
        return (card,), "profile card"
    posted = _posted_by(zones, date_text)
    if posted and not (labelled and source and source not in posted):
        return tuple(posted), "posted by"
    if posted:
        return (), ""  # a repost: the account uploaded what a 来源 line credits to another
    head = tuple(n for n in _head_author(page, hosts) if n != source)  # a paper it reprints is no author
    if head:
        return head, "meta[author]"
    schema = _schema_author(html, hosts)
    if schema:
        return schema, "schema.org author"
    # A self-media account printed beside the date; after the date only when a 来源 line names
    # the source, so that the name there is not the source (2019-05-17 · 苏皖城市报道 … 来源：X).
    names = [n for n in bare.before if not MEDIA_NAME.search(n) and not _is_host(n, hosts)]
    if labelled:
        names += [n for n in bare.after if not _is_host(n, hosts) and n not in bare.pubs]
    beside = tuple(dict.fromkeys(n for n in names if n != source))
    if beside:
        return beside, "name beside the date"
    owner = _box_owner(shorts, kept, zones.top, hosts, source)
    return ((owner,), "profile box") if owner else ((), "")


# Where a newspaper's mark before names alone is a byline (■张三): under the headline, not after
# the article, where the mark opens a section's heading (■焦点, ■周边).
_MARKED_ZONES = ("meta line", "byline in the article")


def _marked_names(text: str) -> list[str]:
    """The names a newspaper's byline mark opens a line with, no role between (■张三 李四): one
    to three common names and nothing else."""
    return _signoff(text.lstrip(_BYLINE_MARKS + " "))


def _timed_next(texts: tuple[str, ...], k: int) -> bool:
    """Whether the line after ``texts[k]`` is a reply header's time, labelled or bare (时间：<date
    time>), on a line of its own as a dump prints the header's fields."""
    return k + 1 < len(texts) and len(texts[k + 1]) <= MAX_TIME_LINE_CHARS and _timed(texts[k + 1])


#: A reply header's time on a line of its own (时间：2017-03-24 20:35:54) has at most so many characters.
MAX_TIME_LINE_CHARS = 30
#: Lines right above the headline searched for a byline (a card printing ``Derek作者`` there).
TOP_BYLINE_BLOCKS = 2
#: Characters of raw HTML searched for schema.org author markup, and read after itemprop="author".
SCHEMA_SCAN_CHARS = 2_000_000
SCHEMA_PERSON_CHARS = 800
_ITEMPROP, _QUOTES = ('itemprop="', "itemprop='"), ('"', "'")   # SCHEMA_AUTHOR around its author


def _schema_author(html: str, hosts: tuple[str, ...]) -> tuple[str, ...]:
    """The persons the page's schema.org markup names as its authors (a microdata Person, else
    the JSON-LD authors: :func:`_ld_authors`), unless they name the site."""
    if not html:
        return ()
    # Both markups hold the word author (itemprop="author", "author":): one scan in C for it,
    # read at each, where a scan for each (itemprop=, "author") read every page twice, and most
    # pages print neither (the first of each, within SCHEMA_SCAN_CHARS, as the scans found).
    micros: list[int] = []
    json = -1
    at = html.find("author", 0, SCHEMA_SCAN_CHARS - 1)
    while at >= 0 and (len(micros) < MAX_MICRO_AUTHORS or json < 0):
        if html.startswith(_QUOTES, at + 6):
            if len(micros) < MAX_MICRO_AUTHORS and at >= 10 and html.startswith(_ITEMPROP, at - 10):
                micros.append(at + 7)   # where SCHEMA_AUTHOR's match ends
            if json < 0 and at and html[at - 1] == html[at + 6] == '"':
                json = at - 1
        at = html.find("author", at + 1, SCHEMA_SCAN_CHARS - 1)
    found: list[list[str]] = [[name for at in micros if (name := _micro_author(html, at))]] if micros else []
    if json >= 0:
        listed = _ld_authors(html, json)
        person = SCHEMA_AUTHOR_JSON.match(html, json) if listed is None else None
        found.append(listed or ([person.group("c")] if person else []))
    for raws in found:
        valid = [name for name in (html_lib.unescape(raw).strip() for raw in raws)
                 if name and not _DOMAIN.search(name) and not _is_host(name, hosts)
                 and _valid_name(_squash(name), loose=True)]
        if valid:
            return tuple(dict.fromkeys(valid))
    return ()


#: Microdata authors read (two writers, each marked up).
MAX_MICRO_AUTHORS = 4
# The rest of an itemprop="author" tag, and the text the element opens with (through a link).
_MICRO_TEXT = re.compile(r"([^<>]*)>\s*(?:<a\b[^<>]*>\s*)?([^<>\s][^<>]{1,59}?)?\s*<")


def _micro_author(html: str, at: int) -> str | None:
    """The author an itemprop="author" ending at ``at`` names: its text, when it is no Person
    (``<span itemprop="author">X</span>``, schema.org's author as text), else the
    itemprop="name" inside it (as an attribute or as that element's text)."""
    own = _MICRO_TEXT.match(html, at, at + SCHEMA_PERSON_CHARS)
    if own and own.group(2) and "itemscope" not in own.group(1):
        return own.group(2)
    name = SCHEMA_AUTHOR_NAME.search(html, at, at + SCHEMA_PERSON_CHARS)
    return (name.group("a") or name.group("b")) if name else None


_JSON_AUTHOR = re.compile(r'"author"\s*:\s*')
_JSON = json_lib.JSONDecoder()


def _ld_authors(html: str, at: int) -> list[str] | None:
    """The names the ``"author"`` key at ``at`` gives when it stands in a JSON-LD block (``None``
    elsewhere, or when its value is no JSON): the ``name`` of each Person, one or a list, and a
    plain string (its names apart) or a list of them, not an outlet's name (``"author": "某某日报"``)."""
    opened = html.rfind("<script", 0, at)
    if opened < 0 or "ld+json" not in html[opened:html.find(">", opened, at)] or html.find("</script", opened, at) >= 0:
        return None
    m = _JSON_AUTHOR.match(html, at)
    try:
        value = _JSON.raw_decode(html, m.end())[0] if m else None
    except (ValueError, RecursionError):
        return None
    names = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str) and not MEDIA_NAME.search(item):
            names.extend(NAME_SEPARATORS.split(item))   # "张三、李四": one string of two names
        elif isinstance(item, dict) and isinstance(item.get("name"), str):
            kind = item.get("@type")
            if "Person" in (kind if isinstance(kind, list) else [kind]):
                names.append(item["name"])
    return names


def _dateline_credit(lead: str) -> str:
    """The credit of a dateline: （记者 张三 通讯员 李四） within the first sentence, or a
    paragraph that opens with one (本报记者 张三 报道)."""
    head = lead[:80]
    round_open, wide_open, tortoise, lenticular, square = _BRACKET_OPENERS
    if round_open in head or wide_open in head or tortoise in head or lenticular in head or square in head:
        for m in _CREDIT_BRACKET.finditer(head):
            if _AUTHOR_ROLE.search(m.group(1)):  # 【文匯網訊】(香港文匯報記者 顏晉傑 文森): the second
                wire = WIRE_CREDIT.match(m.group(1))
                return f"{wire.group('role')} {wire.group('names')}" if wire else m.group(1)
    if lead[:1] in _BYLINE_MARKS:
        lead = lead.lstrip(_BYLINE_MARKS + " ")
    # After a dateline's end only where it stands: at the start, the prefiltered match is the pattern's own.
    m = (_AUTHOR_ROLE.match(lead) or ((at := _after_news_mark(lead)) >= 0 and AUTHOR_ROLE.match(lead, at))) \
        if lead else None
    return _before_clause(lead[:40], m.end()) if m else ""


_CLAUSE_END = re.compile(r"[,，。;；]")


def _before_clause(credit: str, role_end: int) -> str:
    """A credit opening a paragraph without a bracket, its role ending at ``role_end``, up to the
    sentence the paragraph goes on with: before its first clause mark, the word glued to that mark
    taken off too when it follows the role and is no common name (本报记者 张三 今年以来，… ->
    本报记者 张三; 记者 张三，近日… and 记者张三报道，… keep theirs)."""
    mark = _CLAUSE_END.search(credit)
    if mark is None:
        return credit
    head = credit[:mark.start()]
    rest, _, last = head.rpartition(" ")
    return rest if len(rest) >= role_end and not _is_common_name(last) else head


def _after_news_mark(lead: str) -> int:
    """Where a role may open after the first of :data:`_NEWS_MARKS` in ``lead``: right after
    it, or after the space there (本报讯 记者 张三); -1 when ``lead`` holds none."""
    for mark in _NEWS_MARKS:
        at = lead.find(mark)
        if at >= 0:
            at += len(mark)
            return at + 1 if lead[at:at + 1] == " " else at
    return -1


# Every POSTED_BY match holds 于 (发表于, 发布于, 由X于), 由 or the b of "by" (re.I folds no other
# character to b or B): a line holding none is not asked whether it is dated (~2.5 k instructions
# a line; of the ~2,400 lines a pass over the corpus pages, 226 hold one, 199 are dated).
_POSTER_MARKS = ("于", "由", "b", "B")


def _posted_by(zones: _Zones, date_text: str) -> list[str]:
    """The poster of a forum or blog entry ("X 发表于 <date>", "由X张贴", "<date> by X"), in the
    line the date was read from first."""
    texts = zones.near if zones.near_dated else tuple(reversed(zones.near))
    yu, you, b, cap_b = _POSTER_MARKS
    for text in (date_text, *texts, *zones.kept_early, *zones.tail, *zones.top_near[:5]):
        if not (yu in text or you in text or b in text or cap_b in text) or not _dated(text):
            continue
        for m in _POSTED_BY.finditer(text):
            name = (m.group("a") or m.group("b") or m.group("c") or "").strip("[]【】()（）")
            if name and not _DOMAIN.search(name) and _valid_name(name, loose=True) and not _HOLDS_DATE.search(name):
                return [name]
    return []


def _head_author(page: Page, hosts: tuple[str, ...]) -> tuple[str, ...]:
    """Persons named by the head: citation/Dublin Core creators first, then ``author`` unless it
    names the site, a company (several Latin words) or a CMS account."""
    for key in ("citation_author", "citation_authors", "dc.creator", "author", "article:author"):
        value = page.meta(key)
        if not value or _DOMAIN.search(value) or len(value) > 40:
            continue
        names = []
        for raw in NAME_SEPARATORS.split(value):
            piece = _squash(raw)
            if not piece or _is_host(piece, hosts) or LATIN_WORDS.search(raw.strip()):
                continue
            if _CJK.search(piece) and _valid_name(piece, loose=False) or key.startswith(("citation", "dc.")):
                names.append(piece)
        if names:
            return tuple(names)
    return ()


#: A name and a place glued before 报导 hold at least this many characters (王小明台北); fewer
#: is a name alone (王小明报道) or, after the first name, a place alone (上海报道).
PLACED_NAME_CHARS = 5
_REPORTER = re.compile(r"记者|通讯员|实习生")


_PEN_NAME_OPENERS = "【〔["
_ROLE_END = re.compile(r"[)）\]】》>。;；!！?？\"“”:：]")
_NAME_SPLIT = re.compile(r"[、，,;；\s/|｜]+")
_NAME_SEMICOLONS = ";；"
# A photographer's role after a writer's names, with its slash or bar (文/张三 图/李四, 摄影|李四).
_PHOTO_ROLE = re.compile(r"(?<=[\s、，,|｜])(?:图片?|摄影?|摄像|视频|制图|配图)\s*[/|｜]")


def _names_after(text: str, start: int, loose: bool, next_role: int) -> list[str]:
    """The names a byline role credits, from ``text[start:]`` up to the next role or label (a
    pen name in square brackets, 作者:【半夏】, without them)."""
    bracketed = text[start:start + 1] in _PEN_NAME_OPENERS and next_role > start + 1
    if bracketed:
        start += 1
    stop = _ROLE_END.search(text, start)
    end = min(stop.start() if stop else len(text), next_role, start + 60)
    while stop and end == stop.start() and text[end] in _NAME_SEMICOLONS:
        # 作者：张三；李四: a semicolon between names, when a common name follows it.
        after = _ROLE_END.search(text, stop.end())
        further = min(after.start() if after else len(text), next_role, start + 60)
        if not _is_common_name(_NAME_SPLIT.split(text[stop.end():further].strip())[0]):
            break
        stop, end = after, further
    raw = text[start:end]
    if stop and end == stop.start() and text[end] in ":：":
        last = raw.rsplit(None, 1)[-1:]
        # The word before the colon is a label's (流泉 访问统计：…), but a lone character is the
        # end of a name spaced out (作者：赵 培 ：某某学院, the affiliation after the colon).
        glued_label = META_FIELD.search(last[0], 2) if last else None
        if glued_label and " " not in raw.strip() and len(last[0]) - glued_label.start() <= 4 \
                and _is_common_name(last[0][:glued_label.start()]):
            # 作者：张三时间：…: the fields of a meta line set apart by markup alone, the name
            # glued to the next field's label.
            raw = last[0][:glued_label.start()]
        elif last and " " not in raw.strip() and max(last[0].rfind("|"), last[0].rfind("｜")) > 0:
            raw = raw[:max(raw.rfind("|"), raw.rfind("｜"))]   # 张三|来自：…: the label after a bar
        elif not (last and len(last[0]) == 1 and _CJK.match(last[0])):
            raw = raw.rsplit(None, 1)[0] if " " in raw.strip() else ""
    bracket = raw.find("(")
    if bracket > 0 and not raw[bracket - 1].isspace():
        raw = raw[:bracket]   # 张三（某某大学教授）: what the bracket glued to the name says of them
    if " " in raw:
        if raw[:1].isascii() and _ENGLISH_NAMES.fullmatch(raw.strip()):
            return _ENGLISH_SEPARATORS.split(raw.strip())   # 作者：Emily Carter: one name, not two
        raw = _spaced_out(raw)
    field = META_FIELD.search(raw)
    if field:
        glued = field.start() > 0 and not raw[field.start() - 1].isspace()
        raw = raw[:field.start()]
        if glued:  # 许文涛 我要评论: the piece glued to the label word is the label's
            raw = raw.rsplit(None, 1)[0] if " " in raw.strip() else ""
    cut = WRITTEN_BY.search(raw) or _PHOTO_ROLE.search(raw)
    if cut:
        raw = raw[:cut.start()]  # 马俊峰/文: the role after the names; 文/X 图/Y: the photographer's
    # A name glued to its role (记者张三) may be the start of a sentence (记者梳理发现): it must
    # begin with a common surname.
    glued = not bracketed and start > 0 and not FIELD_BREAK.match(text[start - 1]) and bool(_CJK.match(raw[:1]))
    names: list[str] = []
    for k, piece in enumerate(p for p in _NAME_SPLIT.split(raw) if p):
        if (piece.endswith(("报道", "报导")) and not _listed_reporter(raw, piece) or piece.startswith("发自")) \
                and k > 0:
            break  # 上海报道: where the reporter filed from
        if len(piece) < 2:
            continue  # 文/图 的 图, a stray mark
        # A 作者 field may hold an account or a department, but only as its first entry.
        first_loose = loose and not names and not (glued and k == 0)
        trimmed = _without_place(piece) if glued and k == 0 else BYLINE_TAIL.sub("", piece)
        if glued and k == 0:
            if trimmed and _CJK_NAME.match(trimmed) and _has_surname(trimmed) and _valid_name(trimmed, loose=False):
                names.append(trimmed)
                continue
            break
        if first_loose and len(trimmed) > 4 and AFFILIATION.search(trimmed):
            trimmed = _without_affiliation(trimmed)
        if trimmed and _valid_name(trimmed, loose=first_loose):
            names.append(trimmed)
        elif first_loose and _valid_name(piece, loose=True):
            names.append(piece)  # 网络整理: the whole field
        else:
            break
    if loose and len(names) >= 2 and not _is_common_name(names[0]) and not _transliterated(names[0]) \
            and all(map(_is_common_name, names[1:])):
        names = names[1:]  # 作者：某某周刊 张三: the outlet, then the writer
    return names


def _listed_reporter(raw: str, piece: str) -> bool:
    """Whether ``piece``, ending in 报道, is the last of a list of reporters (记者张三、李四报道):
    a common name after an enumeration comma, where a place filed from follows a space or a
    comma (记者 张三 上海报道)."""
    at = raw.find(piece)
    return at > 0 and raw[at - 1] == "、" and _is_common_name(piece[:-2]) and piece[:-2] not in PROVINCES


def _transliterated(name: str) -> bool:
    """Whether ``name`` is a person's name in parts joined by a dot (阿依古丽·买买提), no outlet's."""
    return "·" in name and bool(FOREIGN_NAME.match(name)) and not MEDIA_NAME.search(name)


def _spaced_out(raw: str) -> str:
    """``raw`` with a name printed a character and a space at a time made one word (赵 培 -> 赵培:
    a two-character name padded to the width of three): a run of two or three lone CJK
    characters between spaces, or a run of four that is two such names; a longer run is several
    names or none, and is left alone."""
    words = raw.split()
    out: list[str] = []
    run: list[str] = []
    for word in (*words, ""):
        if len(word) == 1 and _CJK.match(word):
            run.append(word)
            continue
        if run:
            pair = ("".join(run[:2]), "".join(run[2:])) if len(run) == 2 * 2 else ()
            if pair and all(map(_is_common_name, pair)):
                out.extend(pair)   # 唐 宁 白 露: two names of two characters, each spaced out
            else:
                out.extend(["".join(run)] if 2 <= len(run) <= MAX_SPACED_NAME_CHARS else run)
            run = []
        if word:
            out.append(word)
    return " ".join(out)


#: A name printed a character and a space at a time has at most so many characters.
MAX_SPACED_NAME_CHARS = 3


def _is_common_name(name: str) -> bool:
    return _valid_name(name, loose=False, strict=True)


def _without_place(piece: str) -> str:
    """A name with what ends a byline taken off, and the two-character place it was filed
    from when one is glued to it: 王小明台北报导 -> 王小明, 王小明报道 -> 王小明."""
    if piece.endswith(("报道", "报导")) and len(piece) - 2 >= PLACED_NAME_CHARS:
        return piece[:-4]
    return BYLINE_TAIL.sub("", piece)


def _without_affiliation(piece: str) -> str:
    """The name before an affiliation glued to it (方敏北京大学经济学院教授 -> 方敏): two
    characters when a place starts right after them, else three (one more after a compound
    surname)."""
    short = 3 if piece[:2] in SURNAMES_COMPOUND else 2
    if piece[short:short + 2] in PROVINCES or piece[short:short + 3] in PROVINCES:
        return piece[:short]
    return piece[:short + 1]


def _bylines(text: str) -> list[str]:
    """Names credited by a role (记者, 通讯员, 作者, 文/, 采写 …) in one short text; none in a
    photo credit (图片来源：记者 张三 摄)."""
    if _BYLINE_HINT is not None and not _BYLINE_HINT.search(text):
        return []
    names = _credited(text)
    # A photo credit is told only of a line that names someone (52 of the ~620 lines a pass over
    # the corpus holding a hint): the names are read the same with it told first or last.
    if names and _PHOTO_CREDIT.search(text) and not WRITER_CREDIT.search(text):
        return []
    return names


def _credited(text: str) -> list[str]:
    """The names :func:`_bylines` reads in ``text``, a photo credit or not."""
    names: list[str] = []
    # A search first, here and for a role after the names: of the ~620 texts a pass over the corpus
    # holding a hint ~540 hold no role, and for those the search costs a third of the iterator.
    roles = list(_AUTHOR_ROLE.finditer(text)) if _AUTHOR_ROLE.search(text) else []
    for k, m in enumerate(roles):
        nxt = roles[k + 1] if k + 1 < len(roles) else None
        next_start = nxt.start() if nxt else len(text)
        between = text[m.end():next_start]
        if nxt is not None and (not between or (
                not _NAME_SPLIT.search(between[-1]) and not _REPORTER.search(m.group(0))
                and _REPORTER.search(nxt.group(0)) and "(" not in between)):
            # 文/记者 X, 采写：南都记者 X: what is glued to the reporter is an affiliation (but
            # 作者：X（南都记者）: the names before the bracket are this role's)
            continue
        role = m.group(0)
        loose = "作者" in role or "撰稿" in role or "楼主" in role or "帖" in role  # accounts, not names
        names.extend(_names_after(text, m.end(), loose, next_start))
    names.extend(_foreign_byline(text))
    english = _ENGLISH_BYLINE.fullmatch(text) if text[:1] == "B" else None
    if english:
        names.extend(_ENGLISH_SEPARATORS.split(english.group("names")))
    line = AUTHOR_LINE_AFTER.match(text) if _ROLE_AFTER_WORDS[0] in text or _ROLE_AFTER_WORDS[1] in text else None
    if line and _valid_name(line.group("name"), loose=False) and not names \
            and not line.group("name").endswith("原创"):   # 优质原创作者: a platform's badge
        names.append(line.group("name"))  # Derek作者, 允中 发自 凹非寺
    # (Every match holds 编译, or / and 文 or 报道 / 报导 after it: asked by `in` before the search, where
    # its prefilter's class, / or 编, lets a date's slash and the 编 of 责任编辑 through.)
    slash = "/" in text and ("文" in text or _FILED[0] in text or _FILED[1] in text)
    for m in _AUTHOR_ROLE_AFTER.finditer(text) if (slash or "编译" in text) and _AUTHOR_ROLE_AFTER.search(text) else ():
        for piece in _NAME_SPLIT.split(m.group("names")):
            piece = UP_TO_REPORTER.sub("", piece)
            if _valid_name(piece, loose=False) and not DESK_NAME.search(piece):  # 社会中心/综合报导
                names.append(piece)
    return names


# An author card's heading with the name after its colon, and what is said of them after a comma.
_CARD_INLINE = re.compile(r"(?:作者简介|作者介绍|关于作者)\s*[:：]\s*([^，,：:\s]{2,16})\s*[，,]")


def _author_card(tail: tuple[str, ...]) -> str | None:
    """The name under an author card's heading after the article (关于作者 / About the author,
    then 张三): the line right below it, when it can be a name; or after the heading's colon,
    before the comma that goes on about them."""
    for text in tail:
        inline = _CARD_INLINE.match(text) if "作者" in text else None
        # 作者简介：张三，某某大学教授……: the heading and the name on one line.
        if inline and _valid_name(inline.group(1), loose=False) and not _DOMAIN.search(inline.group(1)):
            return inline.group(1)
    for k, text in enumerate(tail[:-1]):
        # Each heading holds 作者 or is ASCII (about the author: re.I folds none of its letters
        # from another character): a line that is neither is not matched (~1,000 a pass).
        if ("作者" in text or text.isascii()) and AUTHOR_CARD.fullmatch(text):
            if FOLLOW_BUTTON.fullmatch(tail[k + 1]) and k + 2 < len(tail):
                k += 1   # 关于作者 / 关注她 / 张三: a follow button between the heading and the name
            name = tail[k + 1].split("，")[0].split(",")[0].strip()
            if _valid_name(name, loose=False) and not _DOMAIN.search(name):
                return name
    return None


def _profile_card(near: tuple[str, ...], hosts: tuple[str, ...], one_line: bool = False) -> str | None:
    """The writer's profile card in the meta zone: a name over the account's counts (林默 /
    粉丝：23 文章：11, a dump printing each piece of them on a line of its own), or before them
    on one line (the only card ``one_line`` looks for: above the headline)."""
    for k, text in enumerate(near):
        line = _CARD_LINE.match(text) if ("粉丝" in text or "文章" in text) else None
        name = line.group("name") if line else text
        if (line or not one_line and len(text) <= MAX_CARD_NAME and k + 1 < len(near)
                and _ACCOUNT_COUNTS.match(" ".join(near[k + 1:k + 1 + COUNT_PIECES]))) \
                and _valid_name(name, loose=True) and not _DOMAIN.search(name) and not _is_host(name, hosts):
            return name
    return None


def _card_headings(page: Page, joined: str | None = None) -> tuple[str, ...]:
    """An author card's heading anywhere in the page and the short line under it (a name, not a
    paragraph): below a list of the latest articles, an author card is far from the article's end.
    ``joined``: the texts of the page's short blocks (MAX_CARD_HEADING characters), a line each
    (joined here when not given)."""
    # Every heading is a short block holding 作者 or "author" in any case (ASCII letters, kept in a
    # row by an ASCII encoding): a page whose short blocks, joined, hold neither has none.
    if joined is None:
        joined = "\n".join([b.text for b in page.blocks if len(b.text) <= MAX_CARD_HEADING])
    if "作者" not in joined and b"author" not in joined.encode("ascii", "ignore").lower():
        return ()
    texts = [b.text for b in page.blocks]
    return next(((texts[k].strip(), *map(_norm, texts[k + 1:k + 3])) for k in range(len(texts) - 1)
                 if len(texts[k]) <= MAX_CARD_HEADING and len(texts[k + 1].strip()) <= MAX_CARD_NAME
                 and ("作者" in texts[k] or "author" in texts[k].lower())   # a page's many short links
                 and AUTHOR_CARD.fullmatch(texts[k].strip())), ())


#: An author card's heading (About the Author) and the name under it have at most so many characters.
MAX_CARD_HEADING = 24
MAX_CARD_NAME = 16
# The name and the counts on one line (林默 粉丝 1.2万 · 文章 356).
_CARD_LINE = re.compile(f"(?P<name>[^\\s:：|·/]{{2,{MAX_CARD_NAME}}})\\s*[|·/]?\\s*(?:{_ACCOUNT_COUNT}){{2}}\\s*$")

_PLACE = re.compile(r"[\u4e00-\u9fff]{2,6}")


def _foreign_byline(text: str) -> list[str]:
    """The reporters of a translated article's byline (英国《金融时报》 张三 伦敦 ， 李四 纽约报道):
    the first word of each credit, the city after it left out."""
    m = _foreign(text)
    if not m:
        return []
    names = []
    for credit in CREDIT_SEPARATORS.split(m.group("credits")):
        words = credit.split()
        if len(words) == 2 and FOREIGN_NAME.match(words[0]) and _PLACE.fullmatch(words[1]):
            names.append(words[0])
    return names


def _signoff(line: str) -> list[str]:
    """Names signing the article on the line after its last paragraph, with no role: one to
    three common Chinese names (a surname and one or two characters) and nothing else."""
    pieces = [p for p in _NAME_SPLIT.split(line) if p]
    if not 1 <= len(pieces) <= 3 or not all(_valid_name(p, loose=False, strict=True) for p in pieces):
        return []
    return pieces


def _end_byline(text: str) -> list[str]:
    """A byline closing the last paragraph after its last sentence: …参加会议。记者 李秋晨."""
    at = max(map(text.rfind, _SENTENCE_ENDS))
    m = _END_BYLINE.match(text, at) if at >= 0 else None
    return _bylines(m.group(1)) if m and AUTHOR_ROLE.match(m.group(1)) else []


def _end_credit(text: str) -> list[str]:
    """A closing credit in parentheses: （张巨峰）, (记者 张三 李四), （姚峰 上海报道）."""
    at = max(map(text.rfind, _CREDIT_OPENERS))
    m = _END_CREDIT.match(text, at) if at >= 0 else None
    if not m:
        return []
    inner = m.group(1).strip()
    if _AUTHOR_ROLE.search(inner):
        return _bylines(inner)
    if CLAUSE_MARK.search(inner):
        return []
    names: list[str] = []
    for k, piece in enumerate(p for p in _NAME_SPLIT.split(inner) if p):
        if piece.endswith(("报道", "报导")) and k > 0 and len(piece) < PLACED_NAME_CHARS + 2:
            break  # （姚峰 上海报道）: where it was filed from
        piece = _without_place(OUTLET_PREFIX.sub("", piece) if k == 0 else piece)
        if not _valid_name(piece, loose=False, strict=True):
            return []
        names.append(piece)
    return names
