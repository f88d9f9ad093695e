"""Names printed beside the date without a label (:func:`_bare_names`), which the source cascade
and the author cascade of :mod:`cleaner.meta.names` share, and what they and the bylines ask of
a person's name (:func:`_valid_name`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..patterns import (AUTHOR_ROLE, CHROME_WORD, CHROME_WORD_PART, DATE_COMPANION, DATE_NAME_FILLER, DATE_SEPARATOR,
                        DATELINE_IN_LINE, DESK_NAME, DIGIT, DUMP_HEADLINE_BADGE, EDITION, EDITOR_LABEL, END_MARKERS,
                        MEDIA_NAME, META_FIELD, NAME_TOKEN, NOT_A_NAME, POSTING_VERB, PROVINCES, SOURCE_LABEL,
                        SURNAMES_COMPOUND, SURNAMES_SINGLE)
from .dates import _PLAIN_CLOCK, _dates
from .zones import _DOMAIN, _Zones, _norm, _squash

_WHERE_FROM = re.compile(r"来自|发自|发布于|IP属地|IP", re.IGNORECASE)
# A name of a person: CJK (with · for transliterated and minority names), or a Latin handle.
_CJK_NAME = re.compile(r"^[\u3400-\u9fff]{2,4}$|^[\u3400-\u9fff]{1,6}·[\u3400-\u9fff·]{1,10}$")
_LONG_NAME = re.compile(r"^[\u3400-\u9fff&·]{2,12}$")
_HANDLE = re.compile(r"^[A-Za-z][A-Za-z0-9_.&-]{1,30}$")
# A Latin-script personal name of two or three words: PENG Bo, humphry huang.
_LATIN_PERSON = re.compile(r"^[A-Za-z][A-Za-z'-]{1,20}(?: [A-Za-z][A-Za-z'-]{0,20}){1,2}$")
_FIELD_SPLIT = re.compile(r"[\s|｜·•/]+")   # separators between the fields of a meta line
_BRACKETED = re.compile(r"^[\[【《(（「](.{1,20}?)[\]】》)）」]$")
_TRAILING_BRACKET = re.compile(r"[\[【(（][^\]】)）]{1,8}[\]】)）]$")


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


def _timed(text: str) -> bool:
    """Whether ``text`` holds a date with a time of day (the header of a post; none without a colon)."""
    return ":" in text and any(":" in text[d.start:d.end] for d in _dates(text, _PLAIN_CLOCK))

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
        if line.startswith(_SUBTITLE_DASH):
            continue  # ——热烈祝贺某某会议开幕: a subtitle under the headline, no account over the date
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
    crumbs = _crumb_items(zones) if before or after else ()
    if crumbs:   # 专栏 / 轻小说 / 同人连载 / <headline> over 同人连载 <date>: a section, beside the date too
        before = [n for n in before if _squash(n) not in crumbs]
        after = [n for n in after if _squash(n) not in crumbs]
    # Only a name in the date's own line may be the poster when a 来源 line names the source
    # (2019-05-17 · 苏皖城市报道 … 来源：无锡交警); a block of its own is a section label.
    return _Bare(tuple(before), tuple(after), frozenset(pubs | (set(after) - inline)), account, writer)


#: Lines above the headline searched for a breadcrumb ending in it; its longest line.
CRUMB_BLOCKS = 3
MAX_CRUMB_CHARS = 120
_CRUMB_SPLIT = re.compile(r"\s*(?:->|[>»›/])\s*")


def _crumb_items(zones: _Zones) -> tuple[str, ...]:
    """The items of a breadcrumb right above the headline whose last item is the headline
    (首页 > 财经 > <headline>, 专栏 / 轻小说 / 同人连载 / <headline>), squashed: the sections
    the article is filed under. A slash parts a breadcrumb only there, ended by the headline; a
    dump that prints each link on a line of its own may print the headline below the rest, the
    separator before it on a line of its own (专栏 / 轻小说 / 同人连载 / "/" / <headline>)."""
    if not zones.title:
        return ()
    parted = False
    for text in zones.top[:CRUMB_BLOCKS]:
        if _CRUMB_SPLIT.fullmatch(text):
            parted = True   # the separator before the headline, alone
            continue
        if len(text) <= MAX_CRUMB_CHARS and (parted or zones.title[:2] in text):
            items = [_squash(item) for item in _CRUMB_SPLIT.split(text)] + ([zones.title] if parted else [])
            if len(items) >= 3 and items[-1] == zones.title:
                return tuple(items[:-1])
        break
    return ()


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


# What opens a subtitle printed under the headline (an em dash, or two hyphens for it): a
# name is never printed so, and _bare would strip it as a separator between fields.
_SUBTITLE_DASH = ("—", "--")
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
            or _WHERE_FROM.match(token) or END_MARKERS.match(token):
        return None  # chrome, where the poster is (来自北京, IP属地), a list's label (相关专题)
    if META_FIELD.search(token) or SOURCE_LABEL.match(token) or "=" in token:
        return None
    if strict:
        return token if _valid_name(token, loose=False, strict=True) else None
    if _HANDLE.match(token) or _LATIN_PERSON.match(token) or (
            2 <= len(token) <= 16 and NAME_TOKEN.fullmatch(token)):
        return token
    return None
