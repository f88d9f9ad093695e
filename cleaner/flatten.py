"""Unwrap what is nested too deep for libxml2, in the markup itself, before a second parse.

libxml2 stops at nesting depth 2048 and drops the rest of the page (``dom.parse`` tells when);
the page is then parsed again from what :func:`flatten` makes of it.
"""

from __future__ import annotations

import re

from .patterns import BLOCK_TAGS

__all__ = ["flatten"]

# What the flattening scan needs: the start of a tag or comment; elements that never hold
# elements; elements whose content is raw text up to their end tag; elements that a start tag of
# the same name closes.
_TAG_START = re.compile(r"<(?:!--|(/?)([A-Za-z][A-Za-z0-9:-]*))")
_VOID_TAGS = frozenset({"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr",
                        "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"})
_RAW_END = {name: re.compile(rf"</{name}(?=[\s/>])", re.I) for name in (
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext")}
_SELF_CLOSING = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup"})


def flatten(text: str, limit: int) -> str:
    """``text`` with every element nested deeper than ``limit`` unwrapped: its start and end tags
    are taken out (a block-level one becomes ``<br>``, so its text stays a block of its own) and
    its content joins the ancestor at depth ``limit``; nothing else changes.

    One pass over the tags with a stack of open elements, linear in the page: void elements are
    skipped, raw-text elements (script, style ...) jumped over, an end tag closes the open element
    of its name and everything opened inside it (an end tag with none open is left alone), and
    p/li/td ... close an open one of the same name, roughly as an HTML parser does. The scan
    overestimates depth where a parser closes more implicitly, so it unwraps early rather than late.
    """
    out: list[str] = []
    copied = 0
    stack: list[tuple[str, bool]] = []  # (name, kept) per open element
    open_names: dict[str, int] = {}
    pos = 0
    while (m := _TAG_START.search(text, pos)) is not None:
        start = m.start()
        if m.group(2) is None:  # a comment
            end = text.find("-->", start + 4)
            if end < 0:
                break
            pos = end + 3
            continue
        end = text.find(">", m.end())
        if end < 0:
            break
        pos = end + 1
        name = m.group(2).lower()
        if m.group(1):
            if not open_names.get(name):
                continue
            while True:
                top, kept = stack.pop()
                open_names[top] -= 1
                if top == name:
                    break
            if kept:
                continue
        else:
            if name in _VOID_TAGS:
                continue
            if name in _RAW_END:
                raw_end = _RAW_END[name].search(text, pos)
                if raw_end is None:
                    break
                pos = raw_end.start()
                continue
            if name in _SELF_CLOSING and stack and stack[-1][0] == name:
                open_names[stack.pop()[0]] -= 1
            kept = len(stack) < limit
            stack.append((name, kept))
            open_names[name] = open_names.get(name, 0) + 1
            if kept:
                continue
        out.append(text[copied:start])
        out.append("<br>" if name in BLOCK_TAGS else "")
        copied = pos
    out.append(text[copied:])
    return "".join(out)
