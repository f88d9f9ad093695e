"""The editor: the name a 责任编辑 / 责编 / 编辑 label gives, in the lines after the article, else
in the meta zone (:func:`cleaner.meta.find_meta`)."""

from __future__ import annotations

import re

from ..patterns import CHROME_WORD, EDITOR_CODE, EDITOR_LABEL, EDITOR_ROLE_RANK, META_FIELD, NOT_A_NAME
from ..prefilter import prefiltered
from .names import _CJK
from .zones import _CLOSERS, _LABEL_START, _OPENERS, _value_after

_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.'-]*(?: [A-Za-z][A-Za-z0-9_.'-]*){0,3}")
# Tried on every line of the tail and of the meta zone that holds 编.
_EDITOR_LABEL = prefiltered(EDITOR_LABEL, starts=False)


def _editor(texts: tuple[str, ...]) -> str | None:
    # Every role the label names holds 编 (责任编辑, 责编, 编辑 …), where the pattern's prefilter
    # needs only one of 责值执本网编 (网 is in most site names): a line without 编 is not searched,
    # and the lines are not looked at one by one when none holds it.
    if "编" not in "\n".join(texts):
        return None
    best: tuple[int, str] | None = None
    for text in texts:
        if "编" not in text:
            continue
        for m in _EDITOR_LABEL.finditer(text):
            if m.start() > 0 and not _LABEL_START.match(text, m.start()) and m.group("role") == "编辑":
                continue
            value = _editor_value(text, m.end())
            if value:
                rank = EDITOR_ROLE_RANK[m.group("role")]
                if best is None or rank < best[0]:
                    best = (rank, value)
        if best is not None and best[0] == 0:
            break
    return best[1] if best else None


def _editor_value(text: str, i: int) -> str:
    while i < len(text) and text[i] in _OPENERS:
        i += 1
    rest = text[i:i + 40]
    latin = _LATIN_NAME.match(rest)
    if latin:
        value = latin.group(0)
    else:
        value = _value_after(text, i)
        # Several editors: 萧潇、张妍 stays as printed.
    value = EDITOR_CODE.sub("", value).strip(_CLOSERS + ":：-_")
    if not value or NOT_A_NAME.match(value) or CHROME_WORD.match(value) or META_FIELD.match(value):
        return ""
    if _CJK.search(value) and not (2 <= len(value) <= 12):
        return ""
    return value
