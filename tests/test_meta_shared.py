"""The metadata stage's answers read from work done once (the nineteenth round of issue 12): each
against the plain computation it replaces."""

from __future__ import annotations

from meta_pages import spy_on


def test_a_date_is_read_only_where_its_hint_is() -> None:
    """_read_dates reads a text only when it holds a digit, 今天, 昨天, 前天 or 刚: the search for the
    hint starts at the first character one of those opens with. On random texts of digits (ASCII,
    full-width, other scripts' decimal digits), those words and their pieces, the dates are those
    of the hint searched from the text's start."""
    from zoneinfo import ZoneInfo

    from meta_pages import dates_read_as_without
    pool = ["今天", "昨天", "前天", "刚刚", "今", "昨", "前", "天", "刚", "发布", "年", "月", "日", ":", "-", " ",
            "2", "0", "5", "1", "３", "٣", "新闻", "记者"]
    read = dates_read_as_without("_DATE_HINT_START", pool, ZoneInfo("Asia/Shanghai"), seed=13, runs=6000, longest=9)
    assert sum(map(bool, read)) > 300


def test_a_text_read_with_two_clocks_is_scanned_once(monkeypatch) -> None:
    """The names beside a date read a meta line's dates again with the plain clock, after the
    page's clock read them: the date patterns are asked of the text once (its forms memoised by
    text), and each clock's dates are its own (the plain clock keeps a date after the page's
    latest, 2030-01-01, and gives 8月26日 and 昨天 the years of its own ``now``; the page reads
    06/02/2022 day first)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from cleaner.meta import dates
    tz = ZoneInfo("Asia/Shanghai")
    page = dates._Clock(datetime(2024, 5, 13, 12, 0, tzinfo=tz), tz, (), datetime(2024, 5, 14, tzinfo=tz),
                        day_first=True)
    asked = spy_on(monkeypatch, dates, "_YMD")
    text = "发布时间：2024-05-12 10:32 8月26日 06/02/2022 2030-01-01 昨天"
    dates._date_forms.cache_clear()
    on_page = dates._read_dates(text, page)
    plain = dates._read_dates(text, dates._PLAIN_CLOCK)
    assert asked == [text]
    assert [(d.when.year, d.when.month, d.when.day) for d in on_page] == \
        [(2024, 5, 12), (2023, 8, 26), (2022, 2, 6), (2024, 5, 12)]
    assert on_page[0].labelled and on_page[0].when.tzinfo is tz
    assert [(d.when.year, d.when.month, d.when.day) for d in plain] == \
        [(2024, 5, 12), (2099, 8, 26), (2022, 6, 2), (2030, 1, 1), (2099, 12, 31)]
    assert plain[0].when.tzinfo is dates._PLAIN_CLOCK_TZ
    dates._date_forms.cache_clear()


def test_the_memoised_forms_read_as_a_fresh_scan_with_every_clock() -> None:
    """On random texts of dates' pieces (full, without a year, day-first, relative, invalid: 30
    February, 25:00) read with random clocks in turn (zones, now, latest, anchors, day-first, a
    printed year, the plain clock), each text's dates are those of a scan made afresh for that
    clock: nothing a clock decides is kept in the memo."""
    import random
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    from cleaner.meta import dates
    rng = random.Random(27)
    pool = ["2024", "1999", "年", "月", "日", "-", "/", " ", ":", "1", "2", "0", "12", "13", "29", "30", "02", "06",
            "民国", "107", "今天", "昨天", "刚刚", "3小时前", "下午", "pm", "Feb", ",", "发布时间：", "25:00", "8月26日",
            "02-29", "13/02/2022", "06/02/2022", "2/30", "记者"]
    zones = [ZoneInfo("Asia/Shanghai"), ZoneInfo("UTC"), ZoneInfo("America/New_York")]
    read = 0
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(1, 10)))
        for _ in range(3):
            tz = rng.choice(zones)
            now = datetime(rng.choice([2020, 2024, 2025]), rng.randint(1, 12), rng.randint(1, 28), tzinfo=tz)
            clock = rng.choice([dates._PLAIN_CLOCK, dates._Clock(
                now, tz, (datetime(2022, 2, 6, tzinfo=tz),) * rng.randrange(2), now + timedelta(days=rng.choice([1, -400])),
                dates._RawYears(""), rng.random() < 0.3, None, rng.choice([None, 2019]))])
            got = dates._read_dates(text, clock)
            dates._date_forms.cache_clear()
            assert got == dates._read_dates(text, clock), text
            read += bool(got)
    assert read > 2000
