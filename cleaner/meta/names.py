"""Names of persons: the authors (bylines, credits, the poster, names beside the date); the
editor is read in :mod:`cleaner.meta.editor`.

Names printed beside the date without a label (:func:`_bare_names`) are read here too: the source
cascade takes the publishers among them, the author cascade the persons.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass

from ..blocks import Page
from ..patterns import (AFFILIATION, AUTHOR_CARD, AUTHOR_LINE_AFTER, AUTHOR_ROLE, AUTHOR_ROLE_AFTER, BYLINE_TAIL,
                        CHROME_WORD, CHROME_WORD_PART, CLAUSE_MARK, COPYRIGHT_OWNER, CREDIT_SEPARATORS,
                        DATE_COMPANION, DATE_NAME_FILLER, DATE_SEPARATOR, DATELINE_IN_LINE, DIGIT, FIELD_BREAK,
                        LATIN_WORDS, NAME_SEPARATORS, NAME_TOKEN, UP_TO_REPORTER, WRITTEN_BY,
                        DESK_NAME, DUMP_HEADLINE_BADGE, EDITION, FOLLOW_BUTTON,
                        EDITOR_LABEL, FOREIGN_BYLINE, FOREIGN_NAME, MEDIA_NAME,
                        META_FIELD, NOT_A_NAME, OUTLET_PREFIX, PHOTO_CREDIT, POSTED_BY, POSTING_VERB, PROVINCES,
                        SCHEMA_AUTHOR_JSON, SCHEMA_AUTHOR_NAME, SOURCE_LABEL, SURNAMES_COMPOUND,
                        SURNAMES_SINGLE, WIRE_CREDIT, WRITER_CREDIT)
from ..prefilter import needed, prefiltered
from .dates import _PLAIN_CLOCK, _dates
from .zones import _DOMAIN, _FILED, _HOLDS_DATE, _Zones, _dated, _foreign, _is_host, _norm, _squash

_WHERE_FROM = re.compile(r"来自|发自|发布于|IP属地|IP", re.IGNORECASE)
_CJK = re.compile(r"[\u3400-\u9fff]")
# A name of a person: CJK (with · for transliterated and minority names), or a Latin handle.
_CJK_NAME = re.compile(r"^[\u3400-\u9fff]{2,4}$|^[\u3400-\u9fff]{1,6}·[\u3400-\u9fff·]{1,10}$")
_LONG_NAME = re.compile(r"^[\u3400-\u9fff&·]{2,12}$")
_HANDLE = re.compile(r"^[A-Za-z][A-Za-z0-9_.&-]{1,30}$")
# A Latin-script personal name of two or three words: PENG Bo, humphry huang.
_LATIN_PERSON = re.compile(r"^[A-Za-z][A-Za-z'-]{1,20}(?: [A-Za-z][A-Za-z'-]{0,20}){1,2}$")
_FIELD_SPLIT = re.compile(r"[\s|｜·•/]+")   # separators between the fields of a meta line
_BRACKETED = re.compile(r"^[\[【《(（「](.{1,20}?)[\]】》)）」]$")
_TRAILING_BRACKET = re.compile(r"[\[【(（][^\]】)）]{1,8}[\]】)）]$")
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
# Every role _bylines reads holds one of these (记, 通, 作, 文, 《 …): one search clears most lines.
_BYLINE_HINT = needed(AUTHOR_ROLE, AUTHOR_ROLE_AFTER, FOREIGN_BYLINE, AUTHOR_LINE_AFTER)


def _find_authors(page: Page, zones: _Zones, bare: _Bare, hosts: tuple[str, ...], date_text: str,
                  source: str | None, labelled: bool, html: str = "") -> tuple[tuple[str, ...], str]:
    """The authors and where they were found: every role-labelled byline (meta line, dateline,
    the first short blocks, the tail); failing those the first of a closing credit, the poster
    of a forum entry, the ``author`` <meta>, the schema.org author of the raw ``html``, names
    printed beside the date."""
    authors: list[str] = []
    wheres: list[str] = []
    credit = next((c for c in map(_dateline_credit, zones.leads) if c), "")
    # A translated article's byline may be longer than a byline and follow the standfirst.
    translated = tuple(t for t in zones.kept_early if _foreign(t))
    for where, texts in (("meta line", zones.near), ("dateline", (credit,)),
                         ("byline in the article", zones.early + translated),
                         ("byline after the article", zones.tail_lines),
                         ("byline above the headline", zones.top_near[:TOP_BYLINE_BLOCKS])):
        owner = next((m.group("name") for t in texts if _OWNER_WORD in t for m in [COPYRIGHT_OWNER.search(t)] if m),
                     None) \
            if where == "byline after the article" else None   # a copyright notice: read in the tail only
        if owner and not _DOMAIN.search(owner):
            authors.append(owner)  # 本文版权归作者 X 所有: the writer, before a book's or a quote's 作者
            wheres.append("copyright notice")
            continue
        if "meta line" in wheres and where == "byline after the article":
            # 作者：X 时间：<date time> after an article with its own meta line: a reply's header.
            texts = tuple(t for t in texts if not _timed(t))
        found = [name for text in texts for name in _bylines(text)]
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
    signed = _signoff(zones.signoff)
    if signed:
        return tuple(signed), "name after the article"
    card = _author_card(zones.tail) or _author_card(_card_headings(page))
    if card:
        return (card,), "author card"
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
        return (schema,), "schema.org author"
    # A self-media account printed beside the date; after the date only when a 来源 line names
    # the source, so that the name there is not the source (2019-05-17 · 苏皖城市报道 … 来源：X).
    names = [n for n in bare.before if not MEDIA_NAME.search(n) and not _is_host(n, hosts)]
    if labelled:
        names += [n for n in bare.after if not _is_host(n, hosts) and n not in bare.pubs]
    return tuple(dict.fromkeys(n for n in names if n != source)), "name beside the date"


#: Lines right above the headline searched for a byline (a card printing ``Derek作者`` there).
TOP_BYLINE_BLOCKS = 2
#: Characters of raw HTML searched for schema.org author markup, and read after itemprop="author".
SCHEMA_SCAN_CHARS = 2_000_000
SCHEMA_PERSON_CHARS = 800
_ITEMPROP, _QUOTES = ('itemprop="', "itemprop='"), ('"', "'")   # SCHEMA_AUTHOR around its author


def _schema_author(html: str, hosts: tuple[str, ...]) -> str | None:
    """The person the page's schema.org markup names as its author (a microdata Person or a
    JSON-LD author of @type Person), unless it names the site."""
    if not html:
        return None
    found = []
    # Both markups hold the word author (itemprop="author", "author":): one scan in C for it,
    # read at each, where a scan for each (itemprop=, "author") read every page twice, and most
    # pages print neither (the first of each, within SCHEMA_SCAN_CHARS, as the scans found).
    micro = json = -1
    at = html.find("author", 0, SCHEMA_SCAN_CHARS - 1)
    while at >= 0 and (micro < 0 or json < 0):
        if html.startswith(_QUOTES, at + 6):
            if micro < 0 and at >= 10 and html.startswith(_ITEMPROP, at - 10):
                micro = at + 7   # where SCHEMA_AUTHOR's match ends
            if json < 0 and at and html[at - 1] == html[at + 6] == '"':
                json = at - 1
        at = html.find("author", at + 1, SCHEMA_SCAN_CHARS - 1)
    if micro >= 0:
        name = SCHEMA_AUTHOR_NAME.search(html, micro, micro + SCHEMA_PERSON_CHARS)
        if name:
            found.append(name.group("a") or name.group("b"))
    if json >= 0:
        person = SCHEMA_AUTHOR_JSON.match(html, json)
        if person:
            found.append(person.group("c"))
    for raw in found:
        name = html_lib.unescape(raw).strip()
        if name and not _DOMAIN.search(name) and not _is_host(name, hosts) and _valid_name(_squash(name), loose=True):
            return name
    return None


def _dateline_credit(lead: str) -> str:
    """The credit of a dateline: （记者 张三 通讯员 李四） within the first sentence, or a
    paragraph that opens with one (本报记者 张三 报道)."""
    for m in _CREDIT_BRACKET.finditer(lead[:80]):
        if _AUTHOR_ROLE.search(m.group(1)):  # 【文匯網訊】(香港文匯報記者 顏晉傑 文森): the second
            wire = WIRE_CREDIT.match(m.group(1))
            return f"{wire.group('role')} {wire.group('names')}" if wire else m.group(1)
    m = _AUTHOR_ROLE.match(lead) or AUTHOR_ROLE.match(lead, lead.find("讯") + 1) if lead else None
    return lead[:40] if m else ""


def _posted_by(zones: _Zones, date_text: str) -> list[str]:
    """The poster of a forum or blog entry ("X 发表于 <date>", "由X张贴", "<date> by X"), in the
    line the date was read from first."""
    texts = zones.near if zones.near_dated else tuple(reversed(zones.near))
    for text in (date_text, *texts, *zones.kept_early, *zones.tail, *zones.top_near[:5]):
        if not _dated(text):
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


def _has_surname(name: str) -> bool:
    return name[:2] in SURNAMES_COMPOUND or name[0] in SURNAMES_SINGLE


def _valid_name(piece: str, *, loose: bool, strict: bool = False) -> bool:
    """Whether ``piece`` can be a person's name. ``loose`` accepts what a 作者 field may hold
    (an account or a department); ``strict`` wants a common surname (for names with no role)."""
    if not piece or NOT_A_NAME.match(piece) or CHROME_WORD.match(piece) or META_FIELD.search(piece):
        return False
    if CHROME_WORD_PART.match(piece):
        return False   # a link's label after the names (返回富达, 查看更多), set apart by a space in a dump
    if _HANDLE.match(piece):
        return not strict and not _DOMAIN.search(piece) and not piece.isdigit()
    if _CJK_NAME.match(piece):
        if strict:
            return len(piece) <= (4 if piece[:2] in SURNAMES_COMPOUND else 3) and _has_surname(piece)
        return not MEDIA_NAME.search(piece) or loose
    return loose and bool(_LONG_NAME.match(piece))


#: A name and a place glued before 报导 hold at least this many characters (王小明台北); fewer
#: is a name alone (王小明报道) or, after the first name, a place alone (上海报道).
PLACED_NAME_CHARS = 5
_REPORTER = re.compile(r"记者|通讯员|实习生")


_ROLE_END = re.compile(r"[)）\]】》>。;；!！?？\"“”:：]")
_NAME_SPLIT = re.compile(r"[、，,\s/|｜]+")


def _names_after(text: str, start: int, loose: bool, next_role: int) -> list[str]:
    """The names a byline role credits, from ``text[start:]`` up to the next role or label."""
    stop = _ROLE_END.search(text, start)
    end = min(stop.start() if stop else len(text), next_role, start + 60)
    raw = text[start:end]
    if stop and end == stop.start() and text[end] in ":：":
        raw = raw.rsplit(None, 1)[0] if " " in raw.strip() else ""  # 流泉 访问统计：…
    field = META_FIELD.search(raw)
    if field:
        glued = field.start() > 0 and not raw[field.start() - 1].isspace()
        raw = raw[:field.start()]
        if glued:  # 许文涛 我要评论: the piece glued to the label word is the label's
            raw = raw.rsplit(None, 1)[0] if " " in raw.strip() else ""
    cut = WRITTEN_BY.search(raw)
    if cut:
        raw = raw[:cut.start()]  # 马俊峰/文: the role after the names
    # A name glued to its role (记者张三) may be the start of a sentence (记者梳理发现): it must
    # begin with a common surname.
    glued = start > 0 and not FIELD_BREAK.match(text[start - 1]) and bool(_CJK.match(raw[:1]))
    names: list[str] = []
    for k, piece in enumerate(p for p in _NAME_SPLIT.split(raw) if p):
        if (piece.endswith(("报道", "报导")) or piece.startswith("发自")) and k > 0:
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
    if loose and len(names) >= 2 and not _is_common_name(names[0]) and all(map(_is_common_name, names[1:])):
        names = names[1:]  # 作者：某某周刊 张三: the outlet, then the writer
    return names


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
                and _REPORTER.search(nxt.group(0)))):
            continue  # 文/记者 X, 采写：南都记者 X: what is glued to the reporter is an affiliation
        role = m.group(0)
        loose = "作者" in role or "撰稿" in role or "楼主" in role or "帖" in role  # accounts, not names
        names.extend(_names_after(text, m.end(), loose, next_start))
    names.extend(_foreign_byline(text))
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


def _timed(text: str) -> bool:
    """Whether ``text`` holds a date with a time of day (the header of a post; none without a colon)."""
    return ":" in text and any(":" in text[d.start:d.end] for d in _dates(text, _PLAIN_CLOCK))


def _author_card(tail: tuple[str, ...]) -> str | None:
    """The name under an author card's heading after the article (关于作者 / About the author,
    then 张三): the line right below it, when it can be a name."""
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


def _card_headings(page: Page) -> tuple[str, ...]:
    """An author card's heading anywhere in the page and the short line under it (a name, not a
    paragraph): below a list of the latest articles, an author card is far from the article's end."""
    # Every heading is a short block holding 作者 or "author" in any case (ASCII letters, kept in a
    # row by an ASCII encoding): a page whose short blocks, joined, hold neither has none.
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


@dataclass(frozen=True)
class _Bare:
    before: tuple[str, ...]   # names printed before the date (self-media accounts)
    after: tuple[str, ...]    # names printed after it (publishers)
    pubs: frozenset[str]      # of those after it, the ones that cannot be a person
    account: str | None = None  # the account an author posts under (原创 作者 公众号 <date>)
    writer: str | None = None   # the writer that line names before the account


def _bare_names(zones: _Zones) -> _Bare:
    """Names printed beside the date in the meta zone without a label: those before it, those
    after it, and those after it that cannot be a person (《理财周刊》, a block of its own).

    ``华夏人文 2020-03-09 18:14`` puts a self-media account before the date; ``2019年11月25日
    18:57 参考消息`` puts the publisher after it; either may sit in a block of its own right
    above or below the date.
    """
    before: list[str] = []
    after: list[str] = []
    pubs: set[str] = set()
    inline: set[str] = set()
    account = writer = None
    near = zones.near
    ends_with_date = True
    strict = not zones.near_dated
    dated = -1
    for k, text in enumerate(near):
        found = _dates(text, _PLAIN_CLOCK)
        if not found:
            continue
        dated, d = k, found[0]
        if d.start > 0 and text[d.start - 1] in " |·":
            head = [t for t in _FIELD_SPLIT.split(text[:d.start]) if t]
            if len(head) >= 2 and POSTING_VERB.fullmatch(head[-1]):
                head.pop()  # X 发表于 <date>: the poster before the verb
            name = _bare(head[-1], strict) if head else None
            if name and len(head) >= 3 and head[-3] == "原创":
                # 原创 作者 公众号 <date>: the WeChat template names the writer, then the account.
                writer = _bare(head[-2], strict)
                if writer:
                    before.append(writer)
                account = name
            elif name:
                before.append(name)
        elif d.start > 0 and not text[d.start - 1].isspace():
            # A publisher glued to its date (人民日报2024-05-13): only an outlet's name.
            head = [t for t in _FIELD_SPLIT.split(text[:d.start]) if t]
            name = _bare(head[-1], strict) if head else None
            if name and (MEDIA_NAME.search(name) or (len(head) == 1 and _valid_name(name, loose=False, strict=True))):
                before.append(name)  # or a writer's common name glued to it (谢若含2017-03-01)
        for token in (t for t in _FIELD_SPLIT.split(_BRACKET_SPACE.sub(_bracketed, text[d.end:])) if t):
            if SOURCE_LABEL.match(token) or EDITOR_LABEL.match(token) or AUTHOR_ROLE.match(token):
                break
            if _skippable(token):
                continue
            name = _bare(token, strict)
            if name:
                after.append(name)
                inline.add(name)
                if token.startswith("《"):
                    pubs.add(name)
                break
            break
        ends_with_date = not text[d.end:].strip()
        break
    if account is None:
        # 原创 作者 公众号 with the date left for a script to fill in: the same two names.
        for text in near[:2]:
            tokens = [t for t in _FIELD_SPLIT.split(text) if t]
            if len(tokens) == 3 and tokens[0] == "原创" and not _dates(text, _PLAIN_CLOCK):
                first, name = _bare(tokens[1], strict), _bare(tokens[2], strict)
                if first and name:
                    before.append(first)
                    account, writer = name, first
                break
    if dated < 0:
        # A date printed in pieces, one element each (2019 / 09/07 / 19:02): its last piece.
        for k, t in enumerate(near):
            if len(t) <= 12 and _DATE_PIECE.match(t):
                dated = k
            elif dated >= 0:
                break
        if dated >= 0 and not DATE_SEPARATOR.search(near[dated]):
            dated = -1
    # With no date, only the line right under the headline (a self-media account's name), or
    # with no headline found a line above the body that holds a common Chinese name.
    undated = range(min(1 if zones.near_dated else 3, len(near)))
    # Under a headline, the line right below it before the line above the date: blog and
    # column templates print the writer there and a profile line (a motto) under it.
    # A copy of the headline between them means the zone began at an earlier copy (a list of
    # the latest articles above the headline): the line under that copy is another headline.
    restarts = bool(zones.title) and any(_squash(near[j]) == zones.title for j in range(1, max(dated, 1)))
    above = (0, dated - 1) if zones.near_dated and dated >= 2 and not restarts else (dated - 1,)
    for k in (*above, dated + 1, dated + 2) if dated >= 0 else undated:
        if not 0 <= k < len(near) or len(near[k]) > 20:
            continue
        # 原创 某某都市报 over the date: the name after the badge (with no date, 原创 X names a writer).
        line = DUMP_HEADLINE_BADGE.sub("", near[k], count=1) if dated >= 0 else near[k]
        pair = line.split()
        if k == dated - 1 and not before and len(pair) == 2 and _valid_name(pair[0], loose=False, strict=True):
            before.append(pair[0])  # 邓舒夏 某某周刊: the writer, then the outlet
            continue
        wire = DATELINE_IN_LINE.match(line) if k == dated + 1 and ends_with_date and not after else None
        if wire:
            after.append(wire.group("agency"))   # 2018-02-28 14:31 / 中央社 澎湖縣28日電: the line it ran on into
            continue
        if k == dated + 1 and ends_with_date and not after:
            run_on = _run_on_name(line, strict)
            if run_on:   # [ 黄宇 ] 来源：[ X ]: the date's line, cut by a dump before its name
                after.append(run_on)
                inline.add(run_on)
                continue
        if " " in line and not _LATIN_PERSON.match(line):
            continue
        if _in_button_row(near, k, dated):
            continue  # a share target among share buttons (分享至 / line), not a name
        if k < dated and before:
            continue  # one name above the date
        name = _bare(line, strict)
        if name and zones.title and _squash(name) in zones.title:
            continue  # a piece of the headline
        if name and dated < 0:
            before.append(name)
            break
        if name and k < dated:
            before.append(name)
        elif name and k == dated + 1 and not before and _valid_name(name, loose=False, strict=True):
            before.append(name)  # a writer's common name on the line under the date (顧信之)
        elif name and k == dated + 2 and not before and len(near[k - 1]) <= MAX_OUTLET_CHARS \
                and _valid_name(name, loose=False, strict=True):
            before.append(name)  # 15:31 / 中時 / 謝明俊: a writer's common name under the outlet
        elif name and not after and ends_with_date and (len(name) <= 8 or (
                k == dated + 1 and len(name) <= MAX_RUN_ON_CHARS and _OUTLET_DESK.fullmatch(name))):
            after.append(name)  # 19:02 / 扬眼: the name the date line runs on into
    if dated < 0 and not before and zones.near_dated:
        above_headline = _name_above_headline(zones.top)
        if above_headline:
            before.append(above_headline)
    # Only a name in the date's own line may be the poster when a 来源 line names the source
    # (2019-05-17 · 苏皖城市报道 … 来源：无锡交警); a block of its own is a section label.
    return _Bare(tuple(before), tuple(after), frozenset(pubs | (set(after) - inline)), account, writer)


#: The name a date line runs on into, on the line under it, may be an outlet and its desk
#: joined by a dash (某某财经-自媒体综合) up to this long.
MAX_RUN_ON_CHARS = 12
_OUTLET_DESK = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,8}[-—][\u4e00-\u9fffA-Za-z]{2,8}")
#: A line with at least BUTTON_NEIGHBOURS buttons among the BUTTON_REACH lines either side of it
#: sits in a row of share or print buttons (分享至 / Weibo / 分享至 / line; 用LINE传送 / + / 分享).
BUTTON_REACH = 3
BUTTON_NEIGHBOURS = 2
#: A button's label printed again for each network (分享至) has at most this many characters.
MAX_BUTTON_CHARS = 6
#: An outlet's name on the line between the date and a writer's has at most this many characters.
MAX_OUTLET_CHARS = 8
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_KEY = re.compile(r"[A-Za-z]{1,2}\W*")


def _is_button(text: str, near: tuple[str, ...]) -> bool:
    """A button's label: a line with no letter or digit (+, »), a one- or two-letter key (A-, A+),
    or a short label the meta zone prints again (分享 for each network; not a headline printed
    twice). Chrome words are left out: a name stands by a follow button or a font-size row too
    (扬眼 / 企鹅号 / 分享)."""
    return not _LETTER_OR_DIGIT.search(text) or bool(_KEY.fullmatch(text)) \
        or (len(text) <= MAX_BUTTON_CHARS and near.count(text) >= 2)


def _in_button_row(near: tuple[str, ...], k: int, dated: int) -> bool:
    """Whether line ``k`` of the meta zone stands among buttons on its side of the date line
    ``dated`` (-1: none): names stand by a date, a motto, a badge or a follow button, not among
    several buttons."""
    lo, hi = (dated + 1, len(near)) if 0 <= dated < k else (0, dated if dated > k else len(near))
    around = [near[j] for j in range(max(lo, k - BUTTON_REACH), min(hi, k + BUTTON_REACH + 1)) if j != k]
    return sum(_is_button(t, near) for t in around) >= BUTTON_NEIGHBOURS


#: Lines above the headline looked at for a post's own date and time (a follow button may sit
#: between the two).
TOP_DATE_BLOCKS = 2
#: Lines between that date and the poster's name (a client's name: 来自某站), and lines read.
TOP_NAME_SKIP = 1
TOP_SCAN_BLOCKS = 8


def _name_above_headline(top: tuple[str, ...]) -> str | None:
    """The poster of a template that prints its meta lines above the headline: the name on the
    line above a date with a time of day that says it was posted (发布于, 发表), right above
    the headline (W某某 / 发布于05-16 19:12): a section's name above the site's clock is none."""
    # Icons and empty counters (, ()) are no lines here: a dump prints them on lines of their own.
    shown = [t for t in map(_norm, top[:TOP_SCAN_BLOCKS]) if _LETTER_OR_DIGIT.search(t)]
    for k, text in enumerate(shown[:TOP_DATE_BLOCKS]):
        if k + 1 < len(shown) and _timed(text) and POSTING_VERB.search(text):
            # Past a client's name (来自某站) to the poster's.
            line = next((t for t in shown[k + 1:k + 2 + TOP_NAME_SKIP] if not _WHERE_FROM.match(t)), "")
            return _bare(line, strict=False) if line and " " not in line else None
    return None


_DATE_PIECE = re.compile(r"^[\d\s/:.\-年月日]+$")
_BRACKET_SPACE = re.compile(r"[\[【]\s*([^\]】]{1,20}?)\s*[\]】]")
# Its ``[\1]`` as a function: ``re`` parses a template again on every page of a crawl (emptied too).
_bracketed = lambda m: f"[{m[1]}]"  # noqa: E731


def _run_on_name(line: str, strict: bool) -> str | None:
    """The name opening ``line`` when a 来源 label follows it (``[ 黄宇 ] 来源：[ X ]``): the rest
    of a date's line that a dump cut after the date, read as the tokens after a date are. (Before
    a byline's role, ``某某网 记者X报道``, the name is the site's or a paper's.)"""
    tokens = [t for t in _FIELD_SPLIT.split(_BRACKET_SPACE.sub(_bracketed, line)) if t]
    if len(tokens) < 2 or not SOURCE_LABEL.match(tokens[1]):
        return None
    return _bare(tokens[0], strict)


def _skippable(token: str) -> bool:
    """Tokens between a date and the name after it: counters, clock words, separators."""
    return bool(DATE_NAME_FILLER.fullmatch(token)
                or DATE_COMPANION.fullmatch(token))


def _bare(token: str, strict: bool) -> str | None:
    if token.rstrip().endswith((":", "：")):
        return None  # a label (讚好此文：), not a name
    token = token.strip("|｜·•-—:： ")
    m = _BRACKETED.match(token)
    if m:
        token = m.group(1).strip()
    else:
        token = _TRAILING_BRACKET.sub("", token)
    if not token or _DOMAIN.search(token) or DIGIT.search(token) or CHROME_WORD.match(token) \
            or CHROME_WORD_PART.search(token) or DESK_NAME.search(token) or token in PROVINCES \
            or token.rstrip("省市") in PROVINCES or EDITION.fullmatch(token) \
            or _WHERE_FROM.match(token):
        return None  # chrome, or where the poster is (来自北京, IP属地)
    if META_FIELD.search(token) or SOURCE_LABEL.match(token) or "=" in token:
        return None
    if strict:
        return token if _valid_name(token, loose=False, strict=True) else None
    if _HANDLE.match(token) or _LATIN_PERSON.match(token) or (
            2 <= len(token) <= 16 and NAME_TOKEN.fullmatch(token)):
        return token
    return None
