"""A writer's signature on the line after the article, with what may stand around the names:
a dash before them (——张三), the day and the place it was written after them (张三 2024年6月7日
于北京), or who the writer is, in brackets (张三（作者系某某大学教授）)."""

from __future__ import annotations

import re

# What a signature may open with: a dash (——张三, -- 张三).
_DASH = re.compile(r"^(?:——|—|--|－－|──)\s*")
# The day it was written, and where, after the names: 2024年6月7日于北京, 2024.6.7 草于北京.
_WRITTEN = re.compile(r"\s*(?:\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?)"
                      r"(?:\s*(?:写|草|改|定稿)?于\s*[^\s\d]{2,10})?$")
# Who the writer is, after the names: （作者系某某大学教授）, (作者为本报特约评论员).
_WHO = re.compile(r"\s*[(（]\s*作者(?:系|为|是|现为|现任|单位)[^()（）]{2,40}[)）]$")
# Every one of them holds a dash, a digit or a bracket: a line holding none is the names alone.
_MARKS = ("—", "-", "－", "─", "(", "（")


def _signed_names(line: str) -> str:
    """``line`` without what a signature prints around the names (a dash before them, the day
    and place written or who the writer is after them); as it was when it holds none."""
    if not any(m in line for m in _MARKS) and not any(c.isdigit() for c in line):
        return line
    bare = _DASH.sub("", line)
    bare = _WHO.sub("", bare) if "作者" in bare else _WRITTEN.sub("", bare)
    return bare
