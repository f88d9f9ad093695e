"""The metadata stage's answers read from work done once (the nineteenth round of issue 12): each
against the plain computation it replaces."""

from __future__ import annotations


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
