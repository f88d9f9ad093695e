"""The metadata stage's answers read from work done once (the nineteenth round of issue 12): each
against the plain computation it replaces."""

from __future__ import annotations

import random
import re


def test_a_date_is_read_only_where_its_hint_is() -> None:
    """_read_dates reads a text only when it holds a digit, 今天, 昨天, 前天 or 刚: the search for the
    hint starts at the first character one of those opens with. On random texts of digits (ASCII,
    full-width, other scripts' decimal digits), those words and their pieces, the dates are those
    of the hint searched from the text's start."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from cleaner.meta import dates
    tz = ZoneInfo("Asia/Shanghai")
    now = datetime(2024, 5, 13, 12, 0, tzinfo=tz)
    clock = dates._Clock(now, tz, (), datetime(2024, 5, 14, tzinfo=tz))
    pool = ["今天", "昨天", "前天", "刚刚", "今", "昨", "前", "天", "刚", "发布", "年", "月", "日", ":", "-", " ",
            "2", "0", "5", "1", "３", "٣", "新闻", "记者"]
    rng = random.Random(13)
    everywhere = re.compile("")   # the hint searched from the start, as it was
    read = 0
    for _ in range(6000):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(9)))
        got = dates._read_dates(text, clock)
        start, dates._DATE_HINT_START = dates._DATE_HINT_START, everywhere
        try:
            assert got == dates._read_dates(text, clock), text
        finally:
            dates._DATE_HINT_START = start
        read += bool(got)
    assert read > 300
