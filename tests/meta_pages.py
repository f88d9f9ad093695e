"""Hand-made pages for the tests of cleaner.meta: a headline, meta lines, a body of prose."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from cleaner.blocks import Block, Page
from cleaner.config import CleanerConfig
from cleaner.meta import Meta, find_meta

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2025, 9, 1, 12, 0, tzinfo=SH)
CONFIG = CleanerConfig()

# Paragraphs long enough, and punctuated enough, to read as the article's prose.
BODY = (
    "今年以来，全市上下围绕重点工作持续发力，多个项目取得阶段性进展，群众获得感不断增强。",
    "有关负责人表示，下一步将继续加大投入力度，推动各项任务落地见效，确保年度目标顺利完成。",
)
TITLE = "全市重点项目建设取得新进展"


def make_page(*lines: str | tuple[str, int], head: tuple[tuple[str, str], ...] = (),
              kind: str = "html") -> Page:
    """A page of the given lines; a line given as (text, n) is an <hn> heading."""
    blocks = []
    for i, line in enumerate(lines):
        text, level = (line, 0) if isinstance(line, str) else line
        blocks.append(Block(text=text, position=i, heading=level))
    return Page(blocks=tuple(blocks), head=head, kind=kind)


def meta_of(page: Page, *, title: str | None = TITLE, now: datetime | None = NOW,
            url: str | None = None) -> Meta:
    """find_meta with the article taken as the blocks that read as prose (and what follows)."""
    kept = tuple(b for b in page.blocks if b.cjk >= 30 and b.punct >= 2)
    return find_meta(page, kept, title=title, url=url, now=now, config=CONFIG)


def article(*meta_lines: str, before: tuple[str, ...] = (), after: tuple[str, ...] = (),
            head: tuple[tuple[str, str], ...] = (), first: str = "") -> Page:
    """A headline, meta lines, the body (``first`` opening its first paragraph), what follows."""
    body = (first + BODY[0], BODY[1])
    return make_page(*before, (TITLE, 1), *meta_lines, *body, *after, head=head)


def dates_read_as_without(gate: str, pool: list[str], tz: ZoneInfo, seed: int, runs: int,
                          longest: int) -> list[list[object]]:
    """The dates ``cleaner.meta.dates._read_dates`` reads in ``runs`` random texts of up to
    ``longest`` - 1 of ``pool``'s pieces, each asserted the same as with the module's pattern
    ``gate`` (a fast path's test) replaced by one that lets every text through, as before it."""
    import random
    import re

    from cleaner.meta import dates
    clock = dates._Clock(datetime(2024, 5, 13, 12, 0, tzinfo=tz), tz, (), datetime(2024, 5, 14, tzinfo=tz))
    everywhere = re.compile("")
    rng = random.Random(seed)
    read: list[list[object]] = []
    for _ in range(runs):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(longest)))
        got = dates._read_dates(text, clock)
        kept = getattr(dates, gate)
        setattr(dates, gate, everywhere)
        forms = getattr(dates, "_date_forms", None)
        if forms is not None:
            forms.cache_clear()   # the scan is memoised by text: read it again without the gate
        try:
            assert got == dates._read_dates(text, clock), text
        finally:
            setattr(dates, gate, kept)
            if forms is not None:
                forms.cache_clear()
        read.append(got)
    return read


def spy_on(monkeypatch, module: object, name: str, recorded: tuple[str, ...] = ("search", "finditer")) -> list[str]:  # noqa: ANN001
    """Put in place of the compiled pattern ``module.name`` one that records each text it is asked
    of by the methods ``recorded`` (the others answer unrecorded); returns the list of those texts."""
    pattern = getattr(module, name)
    asked: list[str] = []

    class Spy:
        def __getattr__(self, method: str):  # noqa: ANN204
            found = getattr(pattern, method)
            if method not in recorded:
                return found

            def asking(text: str, *args: object) -> object:
                asked.append(text)
                return found(text, *args)
            return asking

    monkeypatch.setattr(module, name, Spy())
    return asked
