"""The year of a date printed without one, and which of two numbers is its day: what a page
holds besides the date itself (the raw HTML's full dates and timestamps, a dump's copyright
year, the page's dd/mm/yyyy dates), read once a page for :mod:`.dates`' clock.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime, tzinfo

from ..blocks import Page
from ..patterns import DATE_DMY, RAW_FULL_DATE, RAW_TIMESTAMP


#: Dates before this year are not publication dates of web pages.
MIN_YEAR = 1990
#: Characters of raw HTML searched for full dates lending a year to a date printed without one.
RAW_YEAR_CHARS = 2_000_000
# RAW_FULL_DATE once for each century it starts with: the engine finds a pattern's literal start
# by a fast scan, where it tries (?:19|20) at every 1 and 2 of the HTML (3.3x as fast over 10 MB
# of pages). No two of its matches overlap (only the year is a run of four digits), so the two
# scans find the matches one would, in another order, which the counts of _RawYears ignore.
_RAW_CENTURIES = tuple(re.compile(RAW_FULL_DATE.pattern.replace("(?:19|20)", century, 1), RAW_FULL_DATE.flags)
                       for century in ("19", "20")) if "(?:19|20)" in RAW_FULL_DATE.pattern else (RAW_FULL_DATE,)


class _RawYears:
    """The years of the full dates in a page's raw HTML, by month and day, read once on first
    use: an image path (/2019/02/21/), a script's date or a timestamp attribute
    (``data-created_at="1558005120000"``) states the year a meta line prints without
    (``05-16 19:12``). A timestamp, a bare number that may be an id, counts only when it falls
    on the printed minute. A text dump, which keeps none of these, gives its own lines (a full
    date of the same day in a list or the body, as the raw HTML would), joined on first use."""

    def __init__(self, html: str, dump: Page | None = None) -> None:
        self._html = html
        self._dump = dump
        self._found: Counter[tuple[int, int]] | None = None
        self._stamps: list[datetime] | None = None

    def _scan(self) -> Counter[tuple[int, int]]:
        if self._found is None:
            if self._dump is not None:
                self._html, self._dump = "\n".join(b.text for b in self._dump.blocks), None
            text = self._html[:RAW_YEAR_CHARS]
            dates: Counter[tuple[int, int]] = Counter()
            for m in (found for pattern in _RAW_CENTURIES for found in pattern.finditer(text)):
                if m.start() and text[m.start() - 1].isdigit():
                    continue
                dates[(int(m.group("y")), int(m.group("mo")) * 100 + int(m.group("d")))] += 1
            self._found = dates
        return self._found

    def _scan_stamps(self, tz: tzinfo) -> list[datetime]:
        """The timestamps, read only when no full date answers (every long number of a page
        made a datetime: ids, counters)."""
        if self._stamps is None:
            text = self._html[:RAW_YEAR_CHARS]
            self._stamps = [datetime.fromtimestamp(int(m.group("s")), tz=tz) for m in RAW_TIMESTAMP.finditer(text)
                            if not m.start() or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "._")]
        return self._stamps

    def year(self, mo: int, d: int, hms: tuple[int, int, int] | None, tz: tzinfo, latest: datetime) -> int | None:
        """The year of the full dates of month ``mo`` and day ``d`` (the most frequent; of equals
        the latest), else of a timestamp on that minute; None when none is there."""
        if not self._html and self._dump is None:
            return None
        dates = self._scan()
        years = [(n, y) for (y, md), n in dates.items() if md == mo * 100 + d and MIN_YEAR <= y <= latest.year]
        if years:
            return max(years)[1]
        if hms is not None:
            for t in self._scan_stamps(tz):
                if (t.month, t.day, t.hour, t.minute) == (mo, d, hms[0], hms[1]) and t <= latest:
                    return t.year
        return None


class _DayFirst:
    """:func:`_prints_day_first` of a page, read on first use (as a bool): only a date whose two
    numbers could each be the month asks, and most pages print none, so the walk over every
    block of the page is mostly spared."""

    def __init__(self, page: Page) -> None:
        self._page: Page | None = page
        self._value = False

    def __bool__(self) -> bool:
        if self._page is not None:
            self._value, self._page = _prints_day_first(self._page), None
        return self._value


#: Lines from the end of a dump looked through for its copyright notice.
COPYRIGHT_LINES = 60
_COPYRIGHT_MARKS = ("©", "(c)", "(C)", "opyright", "OPYRIGHT")
_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*[-–—~至]\s*)?"
                             r"((?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def _printed_year(page: Page) -> int | None:
    """The year a text dump was printed in, as its footer's copyright notice gives it (the last
    year of ``© 2013-2019 X``, ``Copyright © 2018``): a dump keeps no <meta> date, no script and
    no image path to give a year to a date printed without one (``02月21日``, ``05-16 19:12``:
    this year's, where the page was printed), and the clock of the cleaning is not the page's.
    A scraper that prints every inline element on a line of its own puts the year on the line
    under the mark (``©`` / ``2019``): the notice is read down to that line's end."""
    tail = "\n".join(b.text for b in page.blocks[-COPYRIGHT_LINES:])
    # The last line holding each mark, found by str.rfind (a scan in C), nearest the end first:
    # the pattern itself, case-blind with no literal to start from, would be tried everywhere.
    marks = sorted((tail.rfind(mark) for mark in _COPYRIGHT_MARKS), reverse=True)
    for at in (a for a in marks if a >= 0):
        end = tail.find("\n", at)
        end = len(tail) if end < 0 else tail.find("\n", end + 1) % (len(tail) + 1)   # (-1: to the end)
        m = _COPYRIGHT_YEAR.search(tail, tail.rfind("\n", 0, at) + 1, end)
        if m:
            return int(m.group(1))
    return None


def _prints_day_first(page: Page) -> bool:
    """Whether the page's dates put the day first: some dd/mm/yyyy date has a first number over
    12 (13/02/2022 in a list of articles), and none a second one (06/02/2022 is then the 6th)."""
    day = month = False
    for b in page.blocks:
        if "/" not in b.text and "-" not in b.text:
            continue
        for m in DATE_DMY.finditer(b.text):
            a, c = int(m.group("a")), int(m.group("b"))
            day, month = day or (a > 12 >= c), month or (c > 12 >= a)
    return day and not month
