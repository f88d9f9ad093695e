"""The owner of a blog or a self-media page, printed in a profile box beside the article (a
sidebar, or a card after it) rather than in a byline: the name over the account's counts, a
follow button, a link to the owner's home page or a profile's label, or under a 博主 heading.

A page printing several such boxes lists other writers (推荐作者, a column of accounts): it names
no owner. Read by the author cascade only when nothing on the article's own lines names one.
"""

from __future__ import annotations

import re

from ..blocks import Block
from ..patterns import FOLLOW_BUTTON, MEDIA_NAME
from .bare import _valid_name
from .zones import _DOMAIN, _is_host

#: A profile card's counts (粉丝 / 23 / 文章 / 11) are read from this many lines under its name.
COUNT_PIECES = 4
# Two counts of an account, labelled before the number (粉丝：23 文章：11) or after it (12 篇文章 · 3 粉丝).
_ACCOUNT_COUNT = r"(?:(?:粉丝|关注|文章|获赞|原创|作品|访问|积分)\s*[:：]?\s*\d[\d,.]*\s*[万wWkK]?" \
    r"|\d[\d,.]*\s*[万wWkK]?\s*(?:篇文章|粉丝|关注|获赞|作品))\s*[|·/]?\s*"
_ACCOUNT_COUNTS = re.compile(f"(?:{_ACCOUNT_COUNT}){{2}}")

#: A box's name has at most so many characters; its marks stand at most BOX_REACH lines under it.
MAX_BOX_NAME = 16
BOX_REACH = 3
#: The page's short lines, the box's, have at most so many characters (MAX_CARD_HEADING).
MAX_BOX_LINE = 24
# What a box prints under the owner's name: a link to their page, a profile's label.
_HOME_LINK = re.compile(r"(?:作者|个人|博主|他的|她的|TA的)主页")
_PROFILE_LABEL = re.compile(r"[\[【(（]?(?:作者|博主)简介")
# The name and a mark on one line, as a box's links print with no space between them
# (张三作者主页关注, 张三 +关注): a follow button alone wants a space or a plus before it (热点关注
# is a heading).
_FOLLOW = r"(?:关注|關注)(?:他|她|TA|作者)?"
_BOX_LINE = re.compile(rf"(?P<name>[^\s:：|+]{{2,{MAX_BOX_NAME}}}?)"
                       rf"(?:\s*(?:{_HOME_LINK.pattern})(?:\s*\+?\s*{_FOLLOW})?|\s+\+?\s*{_FOLLOW}|\s*\+\s*{_FOLLOW})")
_FOLLOWED = re.compile(rf"(?<=\S)\s*\+?\s*{_FOLLOW}$")
# A box's heading over the name (博主, 博主信息), or the name after it (博主：张三).
_OWNER_HEADING = re.compile(r"博主(?:信息|资料|简介)?|关于博主")
_OWNER_INLINE = re.compile(r"博主\s*[:：]\s*(?P<name>[^\s:：|]{2,16})$")
# A heading over a box that recommends a writer (推荐作者, 热门博主, 人气作者): not the page's owner.
_LIST_HEADING = re.compile(r"推荐|热门|人气|精选|排行|相关|更多|其他|活跃|榜")
#: The characters of the line above a box's name searched for such a heading.
MAX_LIST_HEADING = 12
# Every mark holds one of these: a page whose short lines hold none has no box.
_MARK_WORDS = ("粉丝", "关注", "主页", "简介", "博主")
# The pieces of a dump's counts, each on a line (粉丝 / 1.2万): passed over on the way to the name.
_COUNT_PIECE = re.compile(r"\d[\d,.]*\s*[万wWkK]?|(?:粉丝|关注|文章|获赞|原创|作品|访问|积分)\s*[:：]?")


def _box_owner(shorts: str, kept: tuple[Block, ...], top: tuple[str, ...], hosts: tuple[str, ...],
               source: str | None) -> str | None:
    """The one owner the page's profile boxes name, from its ``shorts`` (the texts of its short
    blocks, a line each), outside the article's ``kept`` blocks and the ``top`` lines above its
    headline (a follow button there is the site's or a forum's: 澜州港吧 / 关注): a person or an
    account (not the site, a publisher or the ``source``); None when the boxes name none or several."""
    # One scan in C for each word (a pattern of them all costs ~65 instructions a character);
    # the lines are cut only for the pages holding one.
    hits = [at for word in _MARK_WORDS if word in shorts for at in _finds(shorts, word)]
    if not hits:
        return None
    starts = sorted({shorts.rfind("\n", 0, at) + 1 for at in hits})
    skipped = {b.text for b in kept}.union(top)
    owners: set[str] = set()
    reach = (BOX_REACH + 2) * (MAX_BOX_LINE + 1)   # the lines around a mark read, cut from shorts
    for start in starts:
        # The mark's line, the lines above it (the name, a list's heading) and under it (counts).
        lines = shorts[max(0, start - reach):start].split("\n")[:-1]
        k = len(lines)
        lines += shorts[start:start + reach].split("\n")
        text = lines[k].strip()
        if lines[k] in skipped:
            continue
        name = None
        if _OWNER_HEADING.fullmatch(text):
            # The line under the heading, a follow button glued to the name off (林晓雯关注).
            name = _FOLLOWED.sub("", lines[k + 1].strip()) if k + 1 < len(lines) else None
        elif (inline := _OWNER_INLINE.match(text)) is not None:
            name = inline.group("name")
        elif (line := _BOX_LINE.fullmatch(text)) is not None:
            name = line.group("name")
        elif _is_mark(text, lines, k):
            name = _name_above(lines, k)
        if name and name not in skipped and _owner_name(name, hosts, source):
            owners.add(name)
    return owners.pop() if len(owners) == 1 else None


def _finds(text: str, word: str) -> list[int]:
    """Where ``word`` stands in ``text``, each place."""
    found = []
    at = text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + len(word))
    return found


def _is_mark(text: str, lines: list[str], k: int) -> bool:
    """Whether ``text``, the ``k``-th of the short ``lines``, is what a box prints under its name."""
    if FOLLOW_BUTTON.fullmatch(text) or _HOME_LINK.fullmatch(text) or _PROFILE_LABEL.match(text):
        return True
    return bool(_ACCOUNT_COUNTS.match(" ".join(t.strip() for t in lines[k:k + COUNT_PIECES])))


def _name_above(lines: list[str], k: int) -> str | None:
    """The line a box's mark at ``k`` stands under, within BOX_REACH lines, the box's other
    marks and a dump's count pieces passed over; None when another line comes first."""
    for j in range(k - 1, max(-1, k - 1 - BOX_REACH), -1):
        text = lines[j].strip()
        if not text or _COUNT_PIECE.fullmatch(text) or FOLLOW_BUTTON.fullmatch(text) \
                or _HOME_LINK.fullmatch(text) or _ACCOUNT_COUNTS.match(text):
            continue
        listed = j > 0 and _LIST_HEADING.search(lines[j - 1][:MAX_LIST_HEADING])
        return text if len(text) <= MAX_BOX_NAME and not listed else None
    return None


def _owner_name(name: str, hosts: tuple[str, ...], source: str | None) -> bool:
    """Whether a box's ``name`` can be its owner: a person's or an account's name, not a
    publisher's, the site's or the source's."""
    return name != source and _valid_name(name, loose=True) and not MEDIA_NAME.search(name) \
        and not _DOMAIN.search(name) and not _is_host(name, hosts)

