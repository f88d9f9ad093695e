"""The source (来源 labels, publishers beside the date or closing the article, the head) and the
original source (the dateline's publisher)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..blocks import Block, Page
from ..patterns import (BYLINE_PUBLISHER, CHROME_WORD, CITATION_MARK, DATELINE, DATELINE_AGENCY, DATELINE_IN_LINE,
                        DATELINE_OUTLET, EDITION, MEDIA_NAME, META_FIELD, NO_SOURCE, ORIGINAL_MARK,
                        SELF_REFERENCE, SOURCE_LABEL)
from ..prefilter import prefiltered
from .years import COPYRIGHT_LINES
from .names import _Bare, _bylines, _valid_name
from .zones import (TAIL_BLOCKS, _DOMAIN, _LABEL_START, _above_end_marker, _Zones, _foreign, _is_host, _norm, _squash, _title_parts,
                    _value_after)

#: Blocks right above the headline searched for a source label (首发于X).
TOP_LABEL_BLOCKS = 2
#: Blocks right above the headline searched for an original mark (X原创 over 日期 over X作者).
TOP_MARK_BLOCKS = 3
#: A dateline standing alone on a line above the first paragraph has at most this many characters.
DATELINE_ALONE_CHARS = 12
#: Lines from the top of a dump searched for the ``<title>`` line a scraper prints first (its
#: footer's copyright line is looked for where its year is: :data:`COPYRIGHT_LINES` from the end).
TITLE_LINE_BLOCKS = 3
# The owner a copyright line names: after 版权所有 or © (and its years), or before 版权所有
# (© 2013-2019 某某网, 版权所有：某某出版社, 某某公司版权所有), matched on folded text.
_NAME_RUN = r"[\u4e00-\u9fffA-Za-z]{2,20}"
_YEARS = r"(?:(?:19|20)\d\d(?:\s*[-–—~至]\s*(?:(?:19|20)\d\d)?)?[\s,]*)?"
_OWNER = re.compile(rf"(?:版权所有|©|copyright)(?:[\s:©]*版权所有)?[\s:©]*{_YEARS}(?P<after>{_NAME_RUN})"
                    rf"|(?P<before>{_NAME_RUN})\s*版权所有", re.IGNORECASE)
# (A line holds no owner without one of 版权, 版權, ©, opyright or OPYRIGHT: :func:`_printed_hosts`
# asks each by ``in``, written out, of the last COPYRIGHT_LINES lines of every dump, where a
# generator's ``any`` over a tuple of them made a frame and its steps a line: its 118 calls over
# the corpus dumps 52.5 -> 26.2 M instructions.)
_CRUMB = re.compile(r"[>›»]")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
# A line that only names a publisher: "，南方都市报", "——新华社".
# 来源 labels, searched in every zone's text only where one can start (cleaner.prefilter).
_SOURCE_LABEL = prefiltered(SOURCE_LABEL)
# Every SOURCE_LABEL match holds 源 (来源, 稿源), 处 (出处), 自 (来自, 转自, 转载自, 摘自, 选自), 首发 or 原载:
# a text holding none is not searched. Its prefilter's class (来稿出首本 and the colon, in most
# meta lines' times) lets ~650 of the ~1,650 texts a pass over the corpus through, ~50 of them
# labelled; the `in` tests let ~160 through, at ~100 instructions each against ~15,000 a search.
_LABEL_WORD = ("源", "处", "自", "首发", "原载")
# A platform's word before an account's name in a 来源 value (微信公众号“某某发布”), and an app's
# word printed apart after the outlet's (来源：某某日报 客户端).
_ACCOUNT_WORD = re.compile(r"^(?:微信)?公众号\s*[“\"「]?")
_APP_APART = re.compile(r"\s+(客户端|APP)(?![\w])", re.IGNORECASE)
# A reprint mark opening a line: 本文来自X, 本文经授权转载自X, 本文来源于X, 本文转自X (本文转载自X is
# a 来源 label of its own, and read as one first).
_REPRINT = re.compile(r"^[\s(（【\[]*本文(?:经[\u4e00-\u9fff]{0,6}?授权)?(?:来自于?|转载自|转自|来源于|首发于)\s*:?\s*")
# What follows an account's or an outlet's name in a reprint mark: its ID, its writer.
_REPRINT_CUES = ("(ID", "(微信号", ",作者", ",文", ",原作者", "(作者")
_CLOSERS_QUOTE = "\"”」』)） "
_QUOTED = re.compile(r"(?:(?:微信)?公众号|微博|头条号)?\s*[“\"「『]([^”\"」』]{2,30})[”\"」』]")
# The web at large, no outlet: 本文来自互联网 / 网络 / 网上.
_WEB_AT_LARGE = re.compile(r"^(?:互联网|因特网|万维网|网络|网上|全网)")
# A bracketed credit closing a line (（记者 X 通讯员 Y）).
_BRACKET_CREDIT = re.compile(r"[(\[【][^()\[\]【】]*记者[^()\[\]【】]*[)\]】]\s*$")
# A name's opening Latin brand (Qbase, KT365: a letter, then two letters or digits at least).
_LATIN_BRAND = re.compile(r"[A-Za-z][A-Za-z0-9]{2,}")
# Counts a meta line prints after a label word (阅读数, 浏览次数, 点击量): no outlet's name.
_COUNT_WORDS = ("数", "次", "量", "人次")
_PUBLISHER_LINE = re.compile(r"^[\s,，、—\-－–(（【\[]*([\u4e00-\u9fffA-Za-z]{2,16})[)）】\]]*\s*$")


def _find_source(page: Page, kept: tuple[Block, ...], zones: _Zones, bare: _Bare,
                 hosts: tuple[str, ...]) -> tuple[str | None, str, bool]:
    """The source, where it was found, and whether a 来源 label named it."""
    source = _labelled_source(zones.near)
    if source is not None:
        return source, "来源 in the meta line", True
    # Not under an end marker (相关阅读, 网友评论, 上一篇): a related item's or a reply's 来源.
    own_tail = _above_end_marker(zones.tail)
    tail = list(_labelled_sources(own_tail))   # (read once: the first, and whether all agree)
    source = tail[0] if tail else None
    if source is not None and len(set(tail)) == 1:
        # Several 来源 lines naming different sources are the credits of images or quotes.
        return source, "来源 after the article", True
    source = _reprinted_from((*zones.near, *zones.leads, *zones.kept_early, *own_tail))
    if source is not None and not _own_name(source, hosts):   # (the site's own column: no reprint)
        return source, "reprint mark", True
    source = _labelled_source(zones.top_near[:TOP_LABEL_BLOCKS])
    if source is not None:
        return source, "来源 above the headline", True  # 首发于X over a column's post
    source = next((m.group("pub") for t, norm in zip(zones.top[:TOP_MARK_BLOCKS], zones.top_near)
                   for m in [ORIGINAL_MARK.match(norm)]
                   if m and not EDITION.search(t) and not SELF_REFERENCE.match(m.group("pub"))
                   and not CHROME_WORD.match(m.group("pub"))), None)
    if source is not None:
        return source, "original mark above the headline", False
    # (Every match holds its slash, 聯合晚報/記者: a line without one is not searched, ~9,000
    # instructions a line of the meta zone, where ``in`` takes ~100.)
    source = next((m.group("pub") for t in zones.near if "/" in t for m in BYLINE_PUBLISHER.finditer(t)
                   if MEDIA_NAME.search(m.group("pub")) and not SELF_REFERENCE.match(m.group("pub"))), None)
    if source is not None:
        return source, "publisher of the byline", False
    for where, found in (
        ("name after the date", lambda: _name_after_date(zones, bare, hosts)),
        ("closing publisher line", lambda: _publisher_line(page, kept)),
        ("account beside the date", lambda: bare.account),
        ("publisher before the date",
         lambda: next((n for n in bare.before if MEDIA_NAME.search(n) and not _is_host(n, hosts)), None)),
        ("meta[contentsource]", lambda: _head_source(page)),
        ("site name after the date", lambda: next((n for n in bare.after if _is_host(n, hosts)), None)),
        # A self-media account printed beside the date publishes what it posts (the author
        # cascade takes the same name as the author).
        ("account beside the date",
         lambda: next((n for n in bare.before if not _is_host(n, hosts) and not _is_person(n)), None)),
    ):
        source = found()
        if source is not None:
            return source, where, False
    return None, "", False


def _name_after_date(zones: _Zones, bare: _Bare, hosts: tuple[str, ...]) -> str | None:
    """A name printed after the date, not the site's; but a name that a byline of the meta
    zone credits (2014.10.24 金名/高雄報導) is the author's. The bylines are read only when
    there is such a name."""
    if not bare.after:
        return None
    bylined = {n for text in zones.near for n in _bylines(text)}
    # (A reprint mark the value's shape did not take, 本文来自某某, is none either.)
    return next((n for n in bare.after if not _is_host(n, hosts) and n not in bylined and not _REPRINT.match(n)), None)


def _printed_hosts(page: Page, title: str | None) -> tuple[str, ...]:
    """A text dump's own names for its site, as :func:`cleaner.meta.zones._host_names` reads
    them from an HTML page's head: the parts of the ``<title>`` line a scraper prints first
    that are not the headline, and the owner its footer's copyright line names (© 版权所有
    某某基地 2024), unless that owner is a person (a blog's ``Copyright © 张三``: its writer)
    or holds fewer than two CJK characters (Baidu, Sohu.com: no name beside a date is one)."""
    names: list[str] = []
    if title:
        headline = _squash(title)
        for b in page.blocks[:TITLE_LINE_BLOCKS]:
            # The headline opening or closing it (not a breadcrumb's row of sections ending in it).
            squashed = _squash(b.text)
            if len(squashed) > len(headline) and (squashed.startswith(headline) or squashed.endswith(headline)) \
                    and not _CRUMB.search(b.text):
                names += _title_parts(b.text, title)
                break
    for b in page.blocks[-COPYRIGHT_LINES:]:
        text = b.text
        if not ("版权" in text or "版權" in text or "©" in text or "opyright" in text or "OPYRIGHT" in text):
            continue
        for m in _OWNER.finditer(_norm(text)):
            name = m.group("after") or m.group("before")
            # (版权所有 after ©, a licence number, a company's Latin name: no site's name.)
            if "版权" not in name and "所有" not in name and "ICP" not in name \
                    and len(_CJK_CHAR.findall(name)) >= 2 and not _is_person(name):
                names.append(name)
    return tuple(_squash(n) for n in names)


def _is_person(name: str) -> bool:
    """A common Chinese name (surname and one or two characters): a writer, not an account."""
    return _valid_name(name, loose=False, strict=True)


def _head_source(page: Page) -> str | None:
    """The 来源 of a government CMS's ``contentsource`` <meta> (or a plain ``source`` one)."""
    for key in ("contentsource", "source"):
        value = _norm(page.meta(key) or "")
        if value and not _DOMAIN.search(value):
            value = _value_after(value, _label_end(value))
            if _plausible_source(value):
                return value
    return None


def _labelled_source(texts: tuple[str, ...]) -> str | None:
    return next(_labelled_sources(texts), None)


def _labelled_sources(texts: tuple[str, ...]) -> Iterator[str]:
    for text in texts:
        if not (_LABEL_WORD[0] in text or _LABEL_WORD[1] in text or _LABEL_WORD[2] in text or _LABEL_WORD[3] in text
                or _LABEL_WORD[4] in text):
            continue   # (see _LABEL_WORD)
        for m in _SOURCE_LABEL.finditer(text):
            if not _LABEL_START.match(text, m.start()) and m.start() > 0:
                continue
            if CITATION_MARK.search(text, m.end()):
                continue  # a reference to a paper, not a publisher
            value = _value_after(text, m.end())
            if value[:1] in "微公" and len(_ACCOUNT_WORD.sub("", value)) >= 2:
                value = _ACCOUNT_WORD.sub("", value).rstrip("”\"」")
            elif value:
                app = _APP_APART.match(text, text.find(value, m.end()) + len(value))
                if app:
                    value += app.group(1)
            if _plausible_source(value):
                yield value


def _plausible_source(value: str) -> bool:
    return 2 <= len(value) <= 40 and "=" not in value and not CHROME_WORD.match(value) \
        and (not META_FIELD.match(value) or _label_in_name(value)) and not value.isdigit() \
        and not NO_SOURCE.match(value)


def _label_in_name(value: str) -> bool:
    """Whether the label word ``value`` opens is part of an outlet's name (时间财经, 作者之家,
    编辑部的故事, 来源网), not a field of its own (时间：…, 发布时间, 阅读数, 作者 alone): words
    follow it, no colon, two of them at least or a name's ending (网, 报, 社 …)."""
    end = 0
    while (m := META_FIELD.match(value, end)) is not None:
        end = m.end()
    rest = value[end:]
    return ":" not in value and _CJK_CHAR.match(rest) is not None and not rest.startswith(_COUNT_WORDS) \
        and (len(rest) >= 2 or MEDIA_NAME.search(rest) is not None)


def _reprinted_from(texts: tuple[str, ...]) -> str | None:
    """The outlet a reprint mark opening a line names (本文来自X, 本文经授权转载自X, 本文来自微信公众号
    “X”（ID：…），作者：Y), judged by the value's shape, as a disclaimer opens the same way (本文来自
    网络，如有侵权…, 本文来自投稿, 本文来自用户上传): a name in quotes or after 公众号, one a
    ``，作者：`` or an account's ``(ID:`` follows, or one ending as an outlet's does (日报, 网, 社,
    号 …), not the web at large (互联网) nor a platform's self-media (X自媒体)."""
    for text in texts:
        if "本文" not in text:
            continue
        m = _REPRINT.match(text)
        if m is None:
            continue
        value = _quoted_name(text, m.end())
        if value is None:
            value = _value_after(text, m.end()).partition("(")[0]   # (an account's ID after it)
            after = text[text.find(value, m.end()) + len(value):].lstrip(_CLOSERS_QUOTE)
            account = _ACCOUNT_WORD.sub("", value).lstrip(":")
            if not (after.startswith(_REPRINT_CUES) or MEDIA_NAME.search(value) or value.endswith("号")
                    or account != value) \
                    or _WEB_AT_LARGE.match(value) or value.endswith("自媒体"):
                continue
            value = account
        if _plausible_source(value) and not MEDIA_NAME.fullmatch(value):
            return value
    return None


def _own_name(name: str, hosts: tuple[str, ...]) -> bool:
    """Whether ``name`` is the site's own: one of its names, or its Latin brand with another
    ending (Qbase日报 on a site whose footer names Qbase基地)."""
    if _is_host(name, hosts):
        return True
    brand = _LATIN_BRAND.match(name)
    return brand is not None and any(h.lower().startswith(brand.group().lower()) for h in hosts)


def _quoted_name(text: str, i: int) -> str | None:
    """The name in quotes at ``text[i:]``, past a platform's word (微信公众号“某某”): None when
    there are no quotes."""
    m = _QUOTED.match(text, i)
    return m.group(1) if m else None


def _label_end(text: str) -> int:
    m = SOURCE_LABEL.match(text)
    return m.end() if m else 0


def _publisher_line(page: Page, kept: tuple[Block, ...]) -> str | None:
    """A line after the last paragraph that only names a publisher (，南方都市报 / ——新华社)."""
    if not kept:
        return None
    last = kept[-1].position
    after = [b for b in page.blocks[last + 1:last + 1 + TAIL_BLOCKS] if b.position > last]
    for k, b in enumerate((*kept[-2:], *after)):
        if len(b.text) > 20:
            continue
        text = _norm(b.text)
        m = _PUBLISHER_LINE.match(text)
        if not m or not MEDIA_NAME.search(m.group(1)) or CHROME_WORD.match(m.group(1)):
            continue
        if k < 2 or text[:1] in ",，—-－–":  # away from the text, only "，南方都市报" / "——新华社"
            return m.group(1)
    return None


def _find_original_source(zones: _Zones) -> str | None:
    # The dateline opens the first paragraph, or stands alone on a line of the meta zone above
    # it (【X網訊】: a dump of inline elements cuts it off the paragraph).
    # (A bracketed credit after it counts for nothing: 某某晚报讯（记者 X 通讯员 Y）.)
    alone = [t for t in zones.near if len(t) <= DATELINE_ALONE_CHARS
             or "记者" in t and len(_BRACKET_CREDIT.sub("", t)) <= DATELINE_ALONE_CHARS]
    for lead in (*zones.leads, *alone):
        original, is_dateline = _dateline(lead)
        if is_dateline:
            return original
    for text in zones.near:
        m = DATELINE_IN_LINE.search(text) if "日电" in text else None   # (every match ends so)
        if m:
            return m.group("agency")
    for text in (*zones.near, *zones.kept_early):
        m = _foreign(text)
        if m:
            return m.group("paper")  # 英国《金融时报》 张三 伦敦报道: a translated article
    return None


def _dateline(lead: str) -> tuple[str | None, bool]:
    """The publisher named by the dateline at the start of the first paragraph, and whether
    there is a dateline at all (本报讯 is one, naming no one)."""
    # Every dateline ends with 电, 讯 (快讯), 消息 or 报道: a line without one is not matched
    # (the pattern's lazy name, tried at each of its lengths, costs more than four scans).
    if "电" not in lead and "讯" not in lead and "消息" not in lead and "报道" not in lead:
        return None, False
    m = DATELINE.match(lead)
    if not m:
        return None, False
    head = m.group("head")
    if SELF_REFERENCE.match(head):
        return None, True
    agency = DATELINE_AGENCY.match(head)
    if agency:
        return agency.group(0), True
    outlet = DATELINE_OUTLET.match(head)
    if outlet:
        return outlet.group(0), True
    if m.group("md") or lead[m.end("head"):].lstrip().startswith(("讯", "快讯")):
        return head, True  # 第一财经8月26日讯: a name right before the date or 讯
    return None, False
