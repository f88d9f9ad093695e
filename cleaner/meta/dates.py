"""The published date: every date form a Chinese page prints, read against a clock.

A :class:`_Clock` carries ``now`` (for 昨天 and dates without a year), the zone given to dates
without one, the ``<meta>`` dates that lend a year to a date printed without one, and the
latest date that can be a publication date.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from typing import Any
from itertools import islice
from zoneinfo import ZoneInfo

from ..blocks import Page
from ..config import CleanerConfig
from ..patterns import (DATE_DMY, DATE_MD, DATE_MONTH_NAME, DATE_NUMERALS, DATE_RELATIVE, DATE_ROC,
                        DATE_ROC_NUMERIC, DATE_YMD, DATE_YY, END_MARKERS, HEAD_DATE_KEYS, HEAD_DATE_OTHER,
                        HEAD_DATE_PARTS, HEAD_DATE_WORD, PUBLISH_LABEL,
                        SCRIPT_DATE_KEYS, SCRIPT_DATE_VALUE, TIME_BEFORE_DATE)
from ..prefilter import prefiltered
from .backup import htmldate_silent
from .marked import _marked_times, _zone_stamp
from .years import MIN_YEAR, _DayFirst, _RawYears
from .zones import _Zones, _norm

log = logging.getLogger(__name__)

#: 中午 before this hour is after noon (中午1:30 is 13:30, 中午11:50 is 11:50).
NOON_PM_BEFORE = 6
#: Characters that may follow a date and time opening a line of its own (a programme's name).
DATE_LINE_NAME_CHARS = 6
#: A Republic-of-China year (民國107年) plus this is the Gregorian year.
ROC_YEAR_OFFSET = 1911
#: htmldate (the date search's backup) parses the page again, with none of the limits of
#: dom.py (~0.5 s and ~50 MB a MB): it sees this much of the page at most, twice the largest
#: news page we have seen. Dates sit in the head and at the top.
HTMLDATE_CHARS = 1_000_000
#: Characters of raw HTML searched for script date variables: self-media templates set them
#: in scripts at the end of pages of 3 MB (plain substring search: a few ms at most).
SCRIPT_DATE_CHARS = 4_000_000
#: Occurrences of each script date key tried (var ctx, if (createTime) … come first).
SCRIPT_DATE_TRIES = 20
# The months by name, as DATE_MONTH_NAME spells them (English abbreviations, Chinese numerals).
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_CHINESE_MONTHS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
# The marks of a sentence: a line holding one is prose, not a meta line.
_SENTENCE = re.compile(r"[，。；！？,;]")
_DATE_HINT = re.compile(r"\d|今天|昨天|前天|刚|〇|零")
# The characters a match of _DATE_HINT opens with: the engine skips to one by its class test,
# where _DATE_HINT (no first character it can tell: \d is a class) is tried at every character.
_DATE_HINT_START = re.compile(r"[\d今昨前刚〇零]")
# A date in a URL path: /2019-09-07/, /20190907/, /2019/09/07/.
# The date forms, as _dates searches them: only in a text holding a character each needs (年,
# 月 or a separator; 前 or 昨 for relative dates), the full date only where one can start.
_YMD = prefiltered(DATE_YMD)
# The other forms are searched only in a text holding a character every match of the form holds
# (its prefilter.needed class), asked by `in` tests (~100 instructions each) where a prefilter
# asks by a regex call (~1,500): five forms a text, ~530 texts a pass over the corpus past the
# hint. The characters (- for DATE_YY; / - for DATE_DMY; - / 月 for DATE_MD; 刚 前 今 昨 for
# DATE_RELATIVE; the comma for DATE_MONTH_NAME) are held to the classes by a test.
# The month by name opens with a lookbehind, which keeps the engine from skipping to its
# possible starts: tried at every character, it cost as much as the full dates (DATE_YMD).
_MONTH_NAME = prefiltered(DATE_MONTH_NAME)
# Every DATE_ROC match holds 民国 or a three-digit year 100-119 before 年: a text holding neither
# (most dated lines hold 年, the character its prefilter waits for) is not scanned for one.
_ROC_YEAR = re.compile(r"1[01]\d\s*年")
# The numeric ROC form (DATE_ROC_NUMERIC), searched only where its year can start.
_ROC_NUMERIC = prefiltered(DATE_ROC_NUMERIC)
_NUMERALS = "〇一二三四五六七八九"
_URL_DATE = re.compile(r"/t?((?:19|20)\d\d)[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?:/|[^\d])")


@dataclass(frozen=True)
class _Date:
    when: datetime
    start: int
    end: int
    labelled: bool
    fuzzy: bool  # no year printed, or relative to now
    weak: bool = False  # no year and no time (8月26日), or a bare 昨天


@dataclass(frozen=True)
class _Clock:
    now: datetime                     # the anchor for 昨天 / no-year dates, tz-aware
    tz: tzinfo
    anchors: tuple[datetime, ...]     # <meta> dates, to give a year to a date printed without one
    latest: datetime                  # nothing is published after this
    raw: _RawYears = field(default_factory=lambda: _RawYears(""))  # the raw HTML's full dates
    day_first: _DayFirst | bool = False  # the page prints dd/mm/yyyy (:func:`.years._prints_day_first`)
    # The dates of each text read with this clock (:func:`_dates`), when the clock is one page's:
    # the cascades read a meta line again (the second pass for a time, the names beside a date).
    memo: dict[str, list[_Date]] | None = field(default=None, compare=False, repr=False)
    printed_year: int | None = None   # a dump's copyright year (:func:`.years._printed_year`)


def _hm(m: re.Match[str]) -> tuple[int, int, int] | None:
    if m.group("h") is None:
        return None
    h, mi, s = int(m.group("h")), int(m.group("mi")), int(m.group("s") or 0)
    # The half of the day's groups, where the pattern has them (TIME_BEFORE_DATE has neither):
    # asked by name, not from a dict of every group made twice (~11 k instructions a timed date).
    named = m.re.groupindex
    ampm = (m.group("ampm") or "").lower().replace(".", "") if "ampm" in named else ""
    noon = (m.group("noon") or "") if "noon" in named else ""
    if (ampm == "pm" or noon in ("下午", "晚上")) and h < 12 or noon == "中午" and h < NOON_PM_BEFORE:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    return h, mi, s


def _make(y: int, mo: int, d: int, hms: tuple[int, int, int] | None, tz: tzinfo | None = None) -> datetime | None:
    """The date, in ``tz`` (naive without one: a form read before its clock gives the zone); None
    for no date."""
    try:
        h, mi, s = hms or (0, 0, 0)
        return datetime(y, mo, d, h, mi, s, tzinfo=tz)
    except ValueError:
        return None


def _year_for(mo: int, d: int, hms: tuple[int, int, int] | None, clock: _Clock) -> datetime | None:
    """A date printed without a year: the year of a <meta> date on the same day, else of a full
    date of the same day in the raw HTML (:class:`_RawYears`), else the year of ``now``, rolled
    back one year when that lands in the future."""
    for a in clock.anchors:
        if (a.month, a.day) == (mo, d):
            return _make(a.year, mo, d, hms, clock.tz)
    year = clock.raw.year(mo, d, hms, clock.tz, clock.latest)
    if year is None and clock.printed_year is not None and clock.printed_year < clock.now.year:
        year = clock.printed_year
    if year is not None:
        return _make(year, mo, d, hms, clock.tz)
    when = _make(clock.now.year, mo, d, hms, clock.tz)
    if when is not None and when > clock.now + timedelta(days=1):
        when = _make(clock.now.year - 1, mo, d, hms, clock.tz)
    return when


def _dates(text: str, clock: _Clock) -> list[_Date]:
    """Every date in ``text`` (already normalised), in order, overlapping matches resolved in
    favour of the one that starts first (then the fuller form). Read once a page when the
    clock keeps a memo; the list is shared, not to be changed."""
    memo = clock.memo
    if memo is None:
        return _read_dates(text, clock)
    found = memo.get(text)
    if found is None:
        found = memo[text] = _read_dates(text, clock)
    return found


def _read_dates(text: str, clock: _Clock) -> list[_Date]:
    """:func:`_dates`, read: the forms :func:`_date_forms` finds, resolved with ``clock``."""
    start = _DATE_HINT_START.search(text)
    if start is None or not _DATE_HINT.search(text, start.start()):
        return []
    out: list[_Date] = []
    end = -1
    tz = clock.tz
    for start, _, neg_end, kind, value, fuzzy, weak in _date_forms(text):
        if start < end:
            continue
        if kind is _FIXED:
            when = value.replace(tzinfo=tz)
        elif kind is _MONTH_DAY:
            when = _year_for(*value, clock)
            if when is None:
                continue   # no date: it hides nothing, as it was never found
        elif kind is _DAY_OR_MONTH:
            kept, swapped, y, a, b = value
            # day first: 06/02/2022 when the page prints 13/02/2022 too, or the head says 2022-02-06
            swap = clock.day_first or any((x.year, x.month, x.day) == (y, b, a) for x in clock.anchors)
            chosen = swapped if swap else kept
            if chosen is None:
                continue
            when = chosen.replace(tzinfo=tz)
        else:
            when = _relative(value, clock)
        end = -neg_end  # a date out of range still hides the shorter forms inside it
        if not MIN_YEAR <= when.year or when > clock.latest:
            continue
        labelled = bool(PUBLISH_LABEL.search(text[max(0, start - 12):start]))
        out.append(_Date(when, start, end, labelled, fuzzy, weak))
    return out


# What a form found by _date_forms leaves to the clock: nothing (a date with its year), the year
# (8月26日, :func:`_year_for`), which of two numbers is the day (06/02/2022), or ``now`` (昨天).
_FIXED, _MONTH_DAY, _DAY_OR_MONTH, _RELATIVE = "fixed", "month-day", "day-or-month", "relative"
#: A form found in a text: (start, rank, -end, kind, value, fuzzy, weak), sorted; ``value`` a
#: naive datetime for _FIXED, else what the clock resolves (see _read_dates).
_Form = tuple[int, int, int, str, Any, bool, bool]


@functools.lru_cache(maxsize=1024)
def _date_forms(text: str) -> tuple[_Form, ...]:
    """Every date form in ``text`` with what it reads that needs no clock, in order, overlaps
    not resolved: the patterns' work, which one text asks of two clocks (the page's and
    :data:`_PLAIN_CLOCK`, for the names beside a date) and is done once. A form that can be no
    date with any clock (30 February, 25:00) is left out, as :func:`_make` leaves it out."""
    # (start, rank, -end, kind, value, fuzzy, weak); rank orders the forms at one start. A
    # date without a year has its month and day there and its year read only once it survives
    # the overlaps (the year may take a scan of the raw HTML, :class:`_RawYears`, and most
    # such matches are the month and day of a full date, which hides them).
    found: list[_Form] = []
    # Besides its character, a form is searched only in a text holding a piece every match of it
    # holds (a search finding nothing costs ~16 k instructions, an `in` test ~100): the year's
    # first two digits for the full date and the month by name (a digit first, as in
    # zones._dated: over half the texts read hold neither), and after the separator for the
    # day-first date (13/02/2022); a time's : or 时, or 日, for a date without a year, which is
    # kept only with a time or as 8月26日.
    century = ("0" in text or "9" in text) and ("20" in text or "19" in text)
    for m in _YMD.finditer(text) if century else ():
        hms, start = _hm(m), m.start()
        if hms is None and start:
            before = TIME_BEFORE_DATE.search(text, max(0, start - 12), start)
            if before:  # 14:36 2018/07/27
                hms, start = _hm(before), before.start()
        when = _make(int(m.group("y")), int(m.group("mo")), int(m.group("d")), hms)
        if when:
            found.append((start, 0, -m.end(), _FIXED, when, False, False))
    for m in DATE_ROC.finditer(text) if "民国" in text or _ROC_YEAR.search(text) else ():
        when = _make(int(m.group("y") or m.group("y2")) + ROC_YEAR_OFFSET, int(m.group("mo")), int(m.group("d")),
                      _hm(m))
        if when:
            found.append((m.start(), 0, -m.end(), _FIXED, when, False, False))
    # (Not asked of a text holding a four-digit year's date: no line prints both calendars.)
    for m in _ROC_NUMERIC.finditer(text) if not found and "1" in text and ("-" in text or "/" in text) else ():
        when = _make(int(m.group("y")) + ROC_YEAR_OFFSET, int(m.group("mo")), int(m.group("d")), _hm(m))
        if when:
            found.append((m.start(), 1, -m.end(), _FIXED, when, False, False))
    for m in DATE_NUMERALS.finditer(text) if "〇" in text or "零" in text else ():
        when = _make(int("".join(str(_NUMERALS.index(c)) for c in m.group("y").replace("零", "〇"))),
                     _numeral(m.group("mo")), _numeral(m.group("d")), None)
        if when:
            found.append((m.start(), 0, -m.end(), _FIXED, when, False, False))
    for m in _MONTH_NAME.finditer(text) if "," in text and century else ():
        mo = (_MONTHS.index(m.group("mon").lower()) if m.group("mon") else _CHINESE_MONTHS.index(m.group("cmon"))) + 1
        when = _make(int(m.group("y")), mo, int(m.group("d")), _hm(m))
        if when:
            found.append((m.start(), 0, -m.end(), _FIXED, when, False, False))
    for m in DATE_YY.finditer(text) if "-" in text else ():
        when = _make(2000 + int(m.group("yy")), int(m.group("mo")), int(m.group("d")), _hm(m))
        if when:
            found.append((m.start(), 1, -m.end(), _FIXED, when, False, False))
    for m in DATE_DMY.finditer(text) if ("/" in text or "-" in text) and century \
            and ("/20" in text or "-20" in text or "/19" in text or "-19" in text) else ():
        a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        hms = _hm(m)
        if a > 12 or b > 12:   # the day is the number over 12
            when = _make(y, b, a, hms) if a > 12 else _make(y, a, b, hms)
            if when:
                found.append((m.start(), 2, -m.end(), _FIXED, when, False, False))
        else:   # either may be the day (both or neither valid: a day up to 12 is in every month)
            kept, swapped = _make(y, a, b, hms), _make(y, b, a, hms)
            if kept or swapped:
                found.append((m.start(), 2, -m.end(), _DAY_OR_MONTH, (kept, swapped, y, a, b), False, False))
    for m in DATE_MD.finditer(text) if ("-" in text or "/" in text or "月" in text) \
            and (":" in text or "时" in text or "日" in text) else ():
        hms = _hm(m)
        if hms is None and not (m.group("sep") == "月" and m.group("ri")):
            continue  # 1-10 is a range, 8/26 a fraction; only 8月26日 stands without a time
        found.append((m.start(), 3, -m.end(), _MONTH_DAY, (int(m.group("mo")), int(m.group("d")), hms), True,
                      hms is None))
    for m in DATE_RELATIVE.finditer(text) if "前" in text or "昨" in text or "今" in text or "刚" in text else ():
        hms = _hm(m)
        if m.group("day") and hms is not None and _make(2000, 1, 1, hms) is None:
            continue   # 昨天 25:00: no time of day
        found.append((m.start(), 4, -m.end(), _RELATIVE, (m.group("just"), m.group("n"), m.group("unit"),
                                                          m.group("day"), hms), True,
                      bool(m.group("day")) and hms is None))
    found.sort(key=lambda f: f[:3])
    return tuple(found)


def _numeral(text: str) -> int:
    """A month or day in Chinese numerals (五, 十二, 二十三, 三十) as a number."""
    tens, ten, units = text.rpartition("十")
    return (_NUMERALS.index(tens) if tens else 1) * 10 * len(ten) + (_NUMERALS.index(units) if units else 0)


def _usable(text: str, d: _Date) -> bool:
    """Whether a date found near the headline can be the publication date: 8月26日 or 昨天
    with no time of day only as a labelled date or a line of its own (prose says 昨天 too);
    none labelled as another event's (:func:`_other_event`)."""
    return (not d.weak or d.labelled or _is_date_line(text, d)) and not _other_event(text, d)


def _other_event(text: str, d: _Date) -> bool:
    """Whether ``d`` is labelled as the date of something else than the page (加入时间：, an
    author card's join date; 注册时间：, a poster's)."""
    return bool(_OTHER_EVENT_LABEL.search(text, max(0, d.start - 8), d.start))


def _relative(value: tuple[str | None, str | None, str | None, str | None, tuple[int, int, int] | None],
              clock: _Clock) -> datetime:
    """A relative date (刚刚, 3小时前, 昨天 10:00: the groups of DATE_RELATIVE and the time of
    day) read back from ``clock.now``."""
    just, n, unit, day, hms = value
    now = clock.now
    if just:
        return now.replace(second=0, microsecond=0)
    if n:
        k = int(n)
        delta = {"秒": timedelta(seconds=k), "分钟": timedelta(minutes=k), "小时": timedelta(hours=k),
                 "天": timedelta(days=k), "周": timedelta(weeks=k), "个月": timedelta(days=30 * k)}[unit or ""]
        return (now - delta).replace(second=0, microsecond=0)
    back = {"今天": 0, "昨天": 1, "前天": 2}[day or ""]
    date = (now - timedelta(days=back)).date()
    h, mi, s = hms or (0, 0, 0)
    return datetime(date.year, date.month, date.day, h, mi, s, tzinfo=clock.tz)


def _head_date(value: str, clock: _Clock) -> datetime | None:
    """A <meta> date: ISO 8601 (its zone kept), else the first printed date in it."""
    value = value.strip()
    if not value:
        return None
    if value.isdigit() and len(value) in (10, 13):  # a Unix timestamp, in s or ms (not the
        try:                                        # ISO date 1715-04-18 fromisoformat reads in ms)
            return datetime.fromtimestamp(int(value[:10]), tz=clock.tz)
        except (OverflowError, OSError, ValueError):
            return None
    iso = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        when = None
    if when is not None:
        if when.tzinfo is None:
            when = when.replace(tzinfo=clock.tz)
        return when if MIN_YEAR <= when.year and when <= clock.latest else None
    found = [d for d in _dates(_norm(value), clock) if not d.fuzzy]
    return found[0].when if found else None


# An update's label around its date (更新时间：, 最后修改于; <date> 更新), on folded text. (Not 编辑于:
# the one date an answer shows; 编辑时间, a CMS's, is often the publication's.)
_UPDATE_BEFORE = re.compile(r"(?:更新|修改)(?:时间|日期|于)?\s*:?\s*$")
# (A word after the date that labels a next one, or ends a piece a dump cut off before it, is not.)
_UPDATE_AFTER = re.compile(r"\s*(?:更新|修改)(?!\s*(?:时间|日期|于)?\s*:?\s*(?:\d|$))")


def _updated(text: str, d: _Date) -> bool:
    """Whether ``d`` is labelled as the time the page was updated (更新时间：…, … 更新)."""
    return bool(_UPDATE_BEFORE.search(text, max(0, d.start - 8), d.start) or _UPDATE_AFTER.match(text, d.end))


def _published(text: str, found: list[_Date]) -> _Date:
    """The first of a meta line's dates ``found`` not an update's (更新：B 发布：A: A), else the first."""
    return found[0] if len(found) == 1 else next((d for d in found if not _updated(text, d)), found[0])


def _has_time(text: str, d: _Date) -> bool:
    """Whether the date carries a time of day (a date with a time right above the headline is
    the post's own: forum archives print "2003-5-29 09:07 poster" there)."""
    return ":" in text[d.start:d.end] or "时" in text[d.start:d.end]


def _is_date_line(text: str, d: _Date) -> bool:
    """A line that is a date and little else (a label, a weekday)."""
    rest = _DATE_LINE_EXTRA.sub("", text[:d.start] + text[d.end:])
    if len(rest) <= 3:  # 北京时间, 京港台时间
        return True
    if ":" in text or "|" in text:
        # A meta line: the date beside labelled fields only (<date> 来源：某某都市报 作者：X).
        if len(_DATE_LINE_EXTRA.sub("", _META_FIELDS.sub("", text[:d.start] + " " + text[d.end:]))) <= 3:
            return True
    # A date and time opening a line, a programme or section name after it: (2014-12-12 12:00) 中晝新聞
    opens = not _DATE_LINE_EXTRA.sub("", text[:d.start])
    return opens and _has_time(text, d) and len(rest) <= DATE_LINE_NAME_CHARS


# A labelled field of a meta line, its label, colon or bar and its value (来源：某某日报, 作者|X).
_META_FIELDS = re.compile(r"(?:(?<=[\s【\[])|^)(?:(?:来源|稿源|出处|作者|编辑|责任编辑|责编|记者)\s*[:|]"
                          r"|(?:转载自|原载于?|首发于)\s*:?)\s*[^\s|]{1,60}")
# A breadcrumb trail's separator standing between words (首页 > 文化 > 正文), or a line's piece of it.
_TRAIL = re.compile(r"(?:^|\s)[>＞](?:\s|$)")
# The events whose time or date (加入时间, 截止日期) is not the publication's.
_OTHER_EVENTS = "加入|注册|入驻|出生|截止|开放|活动|有效"
# What may stand beside a date on a line of its own: labels (not another date's: 加入时间), weekdays,
# punctuation, the first floor's mark of a forum thread (举报|1楼2017-09-28 23:58: the post's stamp).
_DATE_LINE_EXTRA = re.compile(rf"发布|发表|更新|(?<!{_OTHER_EVENTS})(?:时间|日期)|星期.|周.|(?<!\d)1楼|楼主|[\W_]+")
# A date labelled as another event's (加入时间：2019-03-01, an author card's join date).
_OTHER_EVENT_LABEL = re.compile(rf"(?:{_OTHER_EVENTS})(?:时间|日期)\s*:?\s*$")


def _find_date(page: Page, zones: _Zones, clock: _Clock, url: str | None,
               config: CleanerConfig, html: str) -> tuple[datetime | None, str, str]:
    """The publication date, where it was found, and the text it was read from.

    A date found without a time of day takes the time of the first date of the same day that
    has one nearby: in the meta zone or the headline's own line (the headline printed with its
    time after a bare date above it), the ``<meta>`` dates, the page's script variables.
    """
    when, where, text = _first_date(page, zones, clock, url, config, html)
    if when is None or where == "htmldate" or (when.hour, when.minute, when.second) != (0, 0, 0):
        return when, where, text
    printed = next((d for d in _dates(text, clock) if d.when == when), None) if text else None
    if printed is not None and _has_time(text, printed):
        return when, where, text  # printed as 00:00
    day = when.date()
    lines = zones.near + ((_norm(page.blocks[zones.headline].text),) if zones.headline >= 0 else ())
    for line in lines:
        for d in _dates(line, clock):
            if d.when.date() == day and not d.fuzzy and _has_time(line, d):
                return d.when, where + ", time of the same day", text
    for timed in _stated_times(page, clock, html, text):
        if timed is not None:
            timed = timed.astimezone(clock.tz)
            if timed.date() == day and (timed.hour, timed.minute) != (0, 0):
                return timed, where + ", time of the same day", text
    return when, where, text


#: Each date ``<meta>`` name's rank in :data:`patterns.HEAD_DATE_KEYS` (no name twice there).
_HEAD_DATE_RANK = {key: rank for rank, key in enumerate(HEAD_DATE_KEYS)}
@functools.lru_cache(maxsize=4096)   # a page's ~8 names, most of them met on every page
def _head_rank(key: str) -> int | None:
    """The rank of a ``<meta>`` name as a publication date's: its place in HEAD_DATE_KEYS, else
    after them by its parts (:data:`patterns.HEAD_DATE_PARTS`: a publication's, a release's or
    a post's, a creation's date or time), else None (a change's, an expiry's, a crawl's name; a
    name that says nothing of which date it holds, ``time``, ``sitedate``, htmldate's to weigh;
    ``publish_id``, no date's)."""
    rank = _HEAD_DATE_RANK.get(key)
    if rank is None and _dates_one(key):
        m = HEAD_DATE_PARTS.search(key)
        rank = None if m is None else len(HEAD_DATE_KEYS) + m.lastindex
    return rank


def _dates_one(key: str) -> bool:
    """Whether a ``<meta>`` name says it holds a date or a time, and none of a change, an expiry,
    a crawl (:data:`patterns.HEAD_DATE_WORD`, :data:`patterns.HEAD_DATE_OTHER`)."""
    return HEAD_DATE_WORD.search(key) is not None and HEAD_DATE_OTHER.search(key) is None


def _head_values(page: Page) -> list[tuple[str, str]]:
    """The page's date ``<meta>`` values (:func:`_head_rank`, the first of each name, empty ones
    left out), most reliable first: the head read once, not once a key, and only its date names
    kept (a page's head holds ~8 names, none of them a date's on most pages: a lookup of each of
    the 24 listed names cost ~18 k instructions a call, 161 a pass)."""
    first: dict[str, tuple[int, str]] = {}
    for key, value in page.head:
        if key not in first and (rank := _head_rank(key)) is not None:
            first[key] = rank, value
    if not first:
        return []
    return [(key, value) for key, (_, value) in sorted(first.items(), key=lambda item: item[1][0]) if value]


def _stated_times(page: Page, clock: _Clock, html: str, printed: str) -> Iterator[datetime | None]:
    """The ``<meta>`` dates, the script variable's (:func:`_script_date`), the body's marked-up
    ones (:mod:`.marked`: the published one's, a ``<time>`` ``printed`` shows), those of the
    ``<meta>`` names saying nothing of what they date, each read when needed."""
    for _, value in _head_values(page):
        yield _head_date(value, clock)
    yield _script_date(html, clock)
    yield from (_head_date(value, clock) for value in _marked_times(html, printed))
    # Last, a <meta> whose name says only that it holds a date or a time (time, datetime): no
    # stated date, but a time of the day the page prints.
    yield from (_head_date(value, clock) for key, value in page.head
                if value and _head_rank(key) is None and _dates_one(key))


def _stated_date(page: Page, clock: _Clock, html: str) -> tuple[datetime, str] | None:
    """The first date ``<meta>`` (HEAD_DATE_KEYS), else the script variable's, else the body's mark."""
    for key, value in _head_values(page):
        when = _head_date(value, clock)
        if when is not None:
            return when, f"meta[{key}]"
    when = _script_date(html, clock)
    if when is not None:
        return when, "script variable"
    when = next((w for value in _marked_times(html) if (w := _head_date(value, clock))), None)
    return (when, "marked-up datePublished") if when is not None else None


def _script_date(html: str, clock: _Clock) -> datetime | None:
    """The publication time a script variable or a JSON-LD block of the raw HTML holds
    (``patterns.SCRIPT_DATE_KEYS``): found with plain substring search, so the cost is a few
    scans of the page's first characters, not a regex over all of it. The keys opening with
    ``pub`` (publishTime, pubDate …) are found in one scan for ``pub``, not one scan each: a
    key absent from the page costs a scan of all of it."""
    pubs: list[int] | None = None
    for key in SCRIPT_DATE_KEYS:
        if key.startswith(_SCRIPT_KEY_STEM):
            if pubs is None:
                pubs = list(islice(_occurrences(html, _SCRIPT_KEY_STEM), MAX_KEY_STEMS + 1))
            starts: Iterable[int] = (at for at in pubs if html.startswith(key, at, SCRIPT_DATE_CHARS)) \
                if len(pubs) <= MAX_KEY_STEMS else _occurrences(html, key)
        else:
            starts = _occurrences(html, key)
        for at in islice(starts, SCRIPT_DATE_TRIES):  # the key may first stand where it is no assignment
            m = SCRIPT_DATE_VALUE.match(html, at + len(key))
            if m:
                when = _head_date(m.group("v") or m.group("n"), clock)
                if when is not None:
                    return when
    return None


#: What most script date keys open with (see :func:`_script_date`), and how many of its
#: occurrences are read before each key is searched by itself (a page of ``public`` links).
_SCRIPT_KEY_STEM = "pub"
MAX_KEY_STEMS = 1000


def _occurrences(html: str, key: str) -> Iterator[int]:
    """Where ``key`` stands in the first :data:`SCRIPT_DATE_CHARS` of ``html``, in order."""
    at = html.find(key, 0, SCRIPT_DATE_CHARS)
    while at >= 0:
        yield at
        at = html.find(key, at + 1, SCRIPT_DATE_CHARS)


def _first_date(page: Page, zones: _Zones, clock: _Clock, url: str | None,
                config: CleanerConfig, html: str) -> tuple[datetime | None, str, str]:
    """The first date of the cascade (see :func:`_find_date`)."""
    # Below a headline the first date is the meta line's; with no headline found, the meta
    # line is the labelled date nearest above the body, else the nearest date.
    update = None   # an update's date (更新时间：…), a signature's (二〇二四年…): a later one may be the post's
    if zones.near_dated:
        for text in zones.near:
            found = [d for d in _dates(text, clock) if _usable(text, d)]
            if found and DATE_RELATIVE.match(text, found[0].start):
                # 4 小时前 reads the clock of the capture; a <meta> or script date states the time.
                stated = _stated_date(page, clock, html)
                if stated is not None:
                    return stated[0], stated[1] + " (the meta line's date is relative)", ""
            if found:
                chosen = _published(text, found)
                if not _updated(text, chosen):
                    return chosen.when, "meta line", text
                update = update or (chosen.when, "meta line", text)
        if update is not None:
            return _over_update(update, page, clock, html)
    else:
        for labelled_only in (True, False):
            for text in reversed(zones.near):
                for d in _dates(text, clock):
                    if (not labelled_only or d.labelled or _is_date_line(text, d)) and _usable(text, d):
                        if not _updated(text, d):
                            return d.when, "meta line", text
                        update = update or (d.when, "meta line", text)
            if update is not None:
                return _over_update(update, page, clock, html)
    # A date printed in pieces (2019 / 09/07 / 19:02), one element each.
    pieces = " ".join(t for t in zones.near if len(t) <= 12)
    if pieces:
        found = [d for d in _dates(pieces, clock) if not d.fuzzy]
        if found:
            return found[0].when, "meta line", pieces
    # A dump's meta line above its headline (2018年02月07日阅读 15995): the line the dump's
    # headline finder took for the meta line (see cleaner.dumphead), whatever else it holds.
    if page.kind == "text":
        marked = next((k for k, b in enumerate(page.blocks) if b.heading == 1), 0)
        above = page.blocks[:min(marked, max(zones.headline, 0))]
        # (Not above a breadcrumb trail: a date over 首页 > 文化 > 正文 is the page header's, today's.)
        trail = max((k for k, b in enumerate(above) if _TRAIL.search(b.text)), default=-1)
        for b in above[trail + 1:]:
            if b.tag == "meta":
                text = _norm(b.text)
                found = [d for d in _dates(text, clock) if not d.fuzzy]
                if found:
                    return _published(text, found).when, "the dump's meta line above the headline", text
    stated = _stated_date(page, clock, html)
    if stated is not None:
        return stated[0], stated[1], ""
    for where, texts in (("labelled date in the article", map(_norm, zones.kept)),
                         ("labelled date after the article", iter(zones.tail)),
                         ("labelled date above the headline", map(_norm, zones.top))):
        for k, text in enumerate(texts):
            if where == "labelled date after the article" and END_MARKERS.match(text):
                break   # a date under 相关阅读, 网友评论 or 上一篇 is another article's or a reply's
            if where == "labelled date above the headline" and _TRAIL.search(text):
                break   # the page's header, over its breadcrumb trail
            for d in _dates(text, clock):
                if d.labelled or (not d.fuzzy and (_is_date_line(text, d) or (
                        where == "labelled date above the headline" and k < 2 and _has_time(text, d)))):
                    if not (_updated(text, d) or text[d.start] == "二" and not d.labelled):
                        return d.when, where, text
                    update = update or (d.when, where, text)
    if update is not None:
        return update
    for text in zones.leads:
        # A labelled date opening the article's first paragraphs (a notice's 发文日期：…), when
        # no line of its own gives one.
        found = [d for d in _dates(text, clock) if d.labelled and not d.fuzzy]
        if found:
            return found[0].when, "labelled date in the first paragraph", text
    for text in zones.early:
        # A short line opening the article that carries a full date and no sentence: a byline
        # with its date (某某網2014.10.24 金名/高雄報導), a dump's meta line under a caption.
        found = [d for d in _dates(text, clock) if not d.fuzzy and not _other_event(text, d)]
        if found and not _SENTENCE.search(text):
            return found[0].when, "dated line opening the article", text
    when, where = _url_date(url, clock), "url"
    if when is None and html:   # a data-time attribute's under the headline, a neutral name's
        when, where = _head_date(_zone_stamp(html, page, zones), clock), "date attribute under the headline"
    if when is not None:
        return when, where, ""
    if html and config.htmldate_fallback:
        when = _htmldate(html, clock)
        if when is not None and not _printed_below(page, zones.headline, when, clock) \
                and not _modified(page, when, clock):
            return when, "htmldate", ""
    return None, "", ""


def _url_date(url: str | None, clock: _Clock) -> datetime | None:
    """The day the page's address holds (/2024/0507/, /20240507/, a TRS page's t20240507_…)."""
    m = _URL_DATE.search(url) if url else None
    when = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)), None, clock.tz) if m else None
    return when if when is not None and when <= clock.latest else None


def _printed_below(page: Page, headline: int, when: datetime, clock: _Clock) -> bool:
    """Whether the page prints ``when`` (its day; its time too where both have one) only below
    its headline (found at ``headline``), where the cascade above read the meta zone and the
    article and took no date: a date htmldate reads from the markup alone (an attribute, a
    comment) or from a line above the headline (a meta box printed over it) is the page's, one
    printed under the article only is a comment's stamp, a related link's, an author card's."""
    if headline < 0:
        return False
    when = when.astimezone(clock.tz)   # as the page prints it (htmldate's …Z is UTC)
    day, timed = when.date(), (when.hour, when.minute, when.second) != (0, 0, 0)
    below = False
    for k, b in enumerate(page.blocks):
        text = _norm(b.text)
        for d in _dates(text, clock):
            if d.when.date() == day and not d.fuzzy and (
                    not timed or not _has_time(text, d) or (d.when.hour, d.when.minute) == (when.hour, when.minute)):
                if k <= headline:
                    return False
                below = True
    return below


def _modified(page: Page, when: datetime, clock: _Clock) -> bool:
    """Whether ``when`` is the time a ``<meta>`` names as another than the publication's: the
    page's last change, its expiry, its crawl (:data:`patterns.HEAD_DATE_OTHER`; htmldate, past
    every published name, takes it: such a time is no publication date)."""
    return any(HEAD_DATE_OTHER.search(key) and _head_date(value, clock) == when for key, value in page.head)


def _over_update(update: tuple[datetime, str, str], page: Page, clock: _Clock,
                 html: str) -> tuple[datetime, str, str]:
    """The meta line's update (更新时间：…, its only date), unless the page states its published
    date (:func:`_stated_date`) no later than it: an update's date is no publication date."""
    stated = _stated_date(page, clock, html)
    if stated is not None and stated[0] <= update[0]:
        return stated[0], stated[1] + " (the meta line's date is an update's)", ""
    return update


def _htmldate(raw: str, clock: _Clock, zoned: bool = True) -> datetime | None:
    """htmldate's date of the page: the zone it read kept (…Z is UTC, not the page's 8 o'clock),
    or with ``zoned`` off the clock time it read, in ``clock``'s zone."""
    raw = raw[:HTMLDATE_CHARS]
    if htmldate_silent(raw):  # it would parse the page again to find nothing (see meta.backup)
        return None
    try:
        from htmldate import find_date
        found = find_date(raw, extensive_search=False, original_date=True,
                          outputformat="%Y-%m-%dT%H:%M:%S%z" if zoned else "%Y-%m-%d %H:%M:%S")
    except Exception as err:  # noqa: BLE001 -- htmldate is a backup: its failure must not fail the page
        log.debug("htmldate failed: %s", err)
        return None
    return _head_date(found, clock) if found else None


_PLAIN_CLOCK_TZ = ZoneInfo("UTC")
_PLAIN_CLOCK = _Clock(datetime(2100, 1, 1, tzinfo=_PLAIN_CLOCK_TZ), _PLAIN_CLOCK_TZ, (),
                      datetime(2100, 1, 2, tzinfo=_PLAIN_CLOCK_TZ))
