"""A government information page's box of fields (政府信息公开: 索引号, 发文机关, 成文日期,
发布日期, 主题分类), printed above or below the headline: of its two dates, the 发布日期 is the
page's publication; the 成文日期 (生成日期) is the document's own, the day it was signed, which
its signature at the end prints again."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from .zones import _Zones, _norm

# The label of the document's own date, only such a box prints (成文日期, 生成日期, 成文时间).
_WRITTEN = re.compile(r"(?:成文|生成)(?:日期|时间)")
# The label of the page's publication right before a date (发布日期：, 发布时间 ：).
_PUBLISHED = re.compile(r"(?:发布|公开|公布)(?:日期|时间)\s*[:：]?\s*$")
#: The label stands this many characters before its date at most.
LABEL_CHARS = 10
#: The box's lines above the headline are among this many nearest to it.
TOP_BOX_LINES = 20
#: A line of the box's fields is shorter than this (a row may hold two or three of them).
MAX_FIELD_CHARS = 200


def box_date(zones: _Zones, read: Callable[[str], Sequence[Any]]) -> datetime | None:
    """The date labelled 发布日期 in the lines around the headline (``zones``: those above it,
    nearest first, and the meta zone's), when one of them labels a 成文日期 too; else None.
    ``read`` gives a normalised text's dates (each with its ``start`` and ``when``)."""
    texts = zones.top[:TOP_BOX_LINES] + zones.near
    # (Told by ``in`` tests first, scans in C: most pages print neither word, and go unnormalised.)
    if not any("成文" in t or "生成" in t for t in texts):
        return None
    texts = [_norm(t) for t in texts if len(t) < MAX_FIELD_CHARS]
    if not any(_WRITTEN.search(t) for t in texts):
        return None
    for text in texts:
        for d in read(text):
            if _PUBLISHED.search(text[max(0, d.start - LABEL_CHARS):d.start]):
                return d.when
    return None
