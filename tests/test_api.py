"""The public API on what a new user passes it: clear errors, sensible defaults, no surprises.

Each test is a case where ``clean()`` or ``CleanerConfig`` answered with something a user would
not expect (an AttributeError from inside, an argument read for its truth or ignored, a date a
day off, a repr of the whole page); the README's "Using it from Python" says what they do now.
"""

from __future__ import annotations

import os
import typing
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from cleaner import CleanerConfig, CleanerError, clean

TITLE = "老城区菜市场完成升级改造"
PARAGRAPHS = tuple(
    f"第{n}条，改造后的菜市场重新划分了蔬菜、肉类和水产区域，摊位统一更换了遮阳棚和电子价签，"
    f"附近居民说买菜比以前方便多了。" for n in "一二三四五")


def page(dateline: str = "2025年3月4日 10:20", paragraphs: tuple[str, ...] = PARAGRAPHS) -> str:
    """An invented news page: headline, a meta line with ``dateline``, the paragraphs."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{TITLE}_本地新闻网</title></head><body><h1>{TITLE}</h1>"
            f"<p>{dateline} 来源：本地晚报</p>{body}</body></html>")


@pytest.mark.parametrize("data", ["\ufeff", "\ufeff \n\u3000"], ids=["bom", "bom-and-spaces"])
def test_a_str_of_only_a_bom_is_empty_input_as_its_bytes_are(data: str) -> None:
    """A file read with encoding='utf-8' keeps its BOM as U+FEFF: the same page as its bytes."""
    with pytest.raises(CleanerError, match="empty input"):
        clean(data)


@pytest.mark.parametrize("kwargs, name", [
    ({"config": {"fallback": False}}, "config"),
    ({"now": "2025-03-05 12:00"}, "now"),
    ({"now": date(2025, 3, 5)}, "now"),
    ({"now": 1741147200}, "now"),
    ({"url": b"https://news.example.cn/2025/03/04/a.html"}, "url"),
    ({"charset": b"gbk"}, "charset"),
], ids=["config-dict", "now-str", "now-date", "now-int", "url-bytes", "charset-bytes"])
def test_keyword_arguments_of_the_wrong_type_raise_a_type_error_naming_them(
        kwargs: dict[str, object], name: str) -> None:
    """Not an AttributeError from inside the date search, nor an argument silently ignored."""
    with pytest.raises(TypeError, match=rf"clean\({name}="):
        clean(page(), **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["fallback", "htmldate_fallback", "repair_injection"])
@pytest.mark.parametrize("value", ["no", "false", None, 0])
def test_config_rejects_switches_that_are_not_bools(name: str, value: object) -> None:
    """fallback="no" would otherwise be read as true."""
    with pytest.raises(ValueError, match=name):
        CleanerConfig(**{name: value})  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["max_input_bytes", "max_nodes", "max_blocks", "max_depth",
                                  "max_block_chars"])
def test_config_rejects_a_bool_for_a_limit(name: str) -> None:
    """True is an int, 1: max_nodes=True would keep one element of the page."""
    with pytest.raises(ValueError, match=name):
        CleanerConfig(**{name: True})


def test_config_takes_a_path_for_the_language_model(tmp_path: Path) -> None:
    """A pathlib.Path is kept as its str (kenlm raised a TypeError inside clean() on one); a
    file that does not open is logged, and the repair runs without the model."""
    missing = tmp_path / "no-such-model.bin"
    config = CleanerConfig(language_model=missing)
    assert config.language_model == str(missing)
    article = clean(page(), config=config)
    assert article.title == TITLE and len(article.paragraphs) == len(PARAGRAPHS)


@pytest.mark.parametrize("model", [5, b"/models/zh.lm", ["/models/zh.lm"]],
                         ids=["int", "bytes", "list"])
def test_config_rejects_a_language_model_that_is_no_path(model: object) -> None:
    with pytest.raises(ValueError, match="language_model"):
        CleanerConfig(language_model=model)  # type: ignore[arg-type]


def test_an_aware_now_is_read_in_the_configured_zone() -> None:
    """A WARC-Date is UTC: 17:00 UTC on 4 March is 01:00 on 5 March in Shanghai, so 昨天 is the
    4th, and 3小时前 is 22:00 of the 4th, given in the page's zone like every other date."""
    fetched = datetime(2025, 3, 4, 17, 0, tzinfo=timezone.utc)
    yesterday = clean(page("昨天 23:30"), now=fetched).published
    assert yesterday is not None and yesterday.isoformat() == "2025-03-04T23:30:00+08:00"
    hours_ago = clean(page("3小时前"), now=fetched).published
    assert hours_ago is not None and hours_ago == fetched - timedelta(hours=3)
    assert hours_ago.utcoffset() == timedelta(hours=8)


def test_an_articles_repr_is_bounded_and_shows_the_metadata() -> None:
    """The repr of an article of 11,600 characters (it was all of them) fits a few lines."""
    long = tuple(p * 40 for p in PARAGRAPHS)
    article = clean(page(paragraphs=long))
    assert len(article.text) > 10_000
    shown = repr(article)
    assert len(shown) < 600 and str(article) == shown
    assert repr(TITLE) in shown and "2025-03-04T10:20:00+08:00" in shown
    assert f"({len(long)} paragraphs, {len(article.text)} characters)" in shown


def test_the_annotations_take_what_clean_and_the_config_accept() -> None:
    """A user's ``mypy --strict`` passes bytearray / memoryview to clean() and a Path to the
    config, as both accept at run time."""
    data = typing.get_type_hints(clean)["data"]
    assert {bytes, bytearray, memoryview, str} <= set(typing.get_args(data))
    model = typing.get_type_hints(CleanerConfig)["language_model"]
    assert os.PathLike[str] in typing.get_args(model)


def test_removals_and_repairs_are_exported_and_a_removals_repr_is_bounded() -> None:
    """``from cleaner import Removal, Repair`` (the types of ``removed`` and ``repairs``); a
    removed sidebar of thousands of characters fits a line in a log."""
    import cleaner
    assert {"Removal", "Repair"} <= set(cleaner.__all__)
    from cleaner.article import Removal, Repair
    assert cleaner.Removal is Removal and cleaner.Repair is Repair
    removal = cleaner.Removal("侧栏" * 3000, "chrome", "link density " * 100, 7, 0.25)
    shown = repr(removal)
    assert len(shown) < 300 and shown.startswith("Removal(text='侧栏侧栏")
    assert "reason='chrome'" in shown and "position=7" in shown and "score=0.25" in shown
    assert repr(cleaner.Removal("短", "chrome")) == (
        "Removal(text='短', reason='chrome', detail='', position=-1, score=None)")
