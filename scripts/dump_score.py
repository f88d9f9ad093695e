"""Scoring of the injection repair on dumps of real pages (``scripts/make_dumps.py --score``).

Each dump is cleaned twice: as it was made (the control) and with headline fragments stuffed
into its body lines (``--inject``). Only the dumps whose control comes out right (body F1 of at
least :data:`MIN_F1` against the page's label) count, so that body selection plays no part: the
injected dump's output is compared with the control's output, not with the label.

- fragment characters left: characters of the injected fragments that the output still holds
  (an alignment of the dirty body against the output), over all injected characters;
- legitimate characters lost: characters of the control's output missing from the injected
  dump's output, over all of them;
- exact: injected dumps whose output equals the control's;
- controls repaired: dumps that got a repair although nothing was injected (must be none);
  and of them, those whose repair took characters of the page's own text (the label's body):
  a page may carry spam of its own that its dump shows (text hidden by its style sheet, which
  a DOM walk or a text browser prints), and taking that out is no loss.

:func:`causes` sorts every fragment left by why it may have stayed (the headline the cleaner
found is not the label's, the page gate never opened, where the fragment went, in which
order, whether the headline is traditional Chinese), so the biggest cause is one table away.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["DumpCase", "MIN_F1", "causes", "format_report", "score_case", "summarize"]

#: Control body F1 from which a dump counts.
MIN_F1 = 0.9
_MARKS = frozenset("，。、；：！？,;:!?…”’）)》〉】」』")
_SPACE = re.compile(r"\s+")


@dataclass
class DumpCase:
    """What one injected dump came out as."""

    id: str
    style: str
    counted: bool
    control_repaired: bool
    #: characters of the page's own text (the label's body) the control's repair took
    control_own_taken: int = 0
    exact: bool = False
    #: whether the injected dump's output holds any repair
    repaired: bool = False
    #: whether its paragraphs are not the control's (as many lines): characters lost there are
    #: body selection's, moved by the injection, not the repair's
    moved: bool = False
    legit_chars: int = 0
    lost_chars: int = 0
    #: per fragment: (fragment, characters left, its attributes for :func:`causes`)
    fragments: list[tuple[str, int, dict[str, str]]] = field(default_factory=list)


def _norm(text: str) -> str:
    return "\n".join(x for x in (_SPACE.sub(" ", line).strip() for line in text.split("\n")) if x)


def _matched(a: str, b: str) -> list[bool]:
    """For each character of ``a``, whether an alignment with ``b`` keeps it."""
    kept = [False] * len(a)
    for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
        kept[block.a:block.a + block.size] = [True] * block.size
    return kept


def _left(dirty: str, kept: list[bool], start: int, size: int) -> int:
    """Characters of the fragment at ``dirty[start:start + size]`` that the output still holds.

    Where the text next to a fragment repeats it (``。价值[价值]评估``, or ``a[ba]b``), taking
    it out at ``start`` or a few characters either way leaves the same text: which copy the
    alignment kept is a tie the aligner breaks at random. The fragment is counted at the place
    of those where the output holds the fewest characters."""
    left = sum(kept[start:start + size])
    shift = 1
    while left and start + size + shift <= len(dirty) \
            and dirty[start + shift - 1] == dirty[start + size + shift - 1]:
        left = min(left, sum(kept[start + shift:start + shift + size]))
        shift += 1
    shift = 1
    while left and start - shift >= 0 and dirty[start - shift] == dirty[start + size - shift]:
        left = min(left, sum(kept[start - shift:start - shift + size]))
        shift += 1
    return left


def _traditional(title: str) -> bool:
    """Whether the headline is written in traditional characters (two or more of them)."""
    from cleaner import lm
    return lm.traditional(title)


def _own_taken(paragraphs: Any, repairs: Any, body: str) -> int:
    """Characters of ``body`` that the repairs took out of ``paragraphs``: the paragraphs with
    each repair's fragment put back where it was found, aligned with ``body``, less the
    paragraphs as repaired."""
    found = list(paragraphs)
    for r in sorted(repairs, key=lambda r: (r.paragraph, r.offset)):
        text = found[r.paragraph]
        found[r.paragraph] = text[:r.offset] + r.fragment + text[r.offset:]
    truth = _norm(body)
    return max(0, sum(_matched(truth, _norm("\n".join(found))))
               - sum(_matched(truth, _norm("\n".join(paragraphs)))))


def score_case(dump: Any, clean: Callable[[bytes], Any], body_f1: Callable[[str, str], float],
               ) -> DumpCase:
    """Clean ``dump`` (a :class:`make_dumps.Dump` made with ``inject=True``) and its control."""
    label = dump.label
    control = clean(dump.clean_text.encode("utf-8"))
    case = DumpCase(id=dump.id, style=dump.style, counted=False,
                    control_repaired=bool(control.repairs))
    if control.repairs:
        case.control_own_taken = _own_taken(control.text.split("\n"), control.repairs, label.get("body") or "")
    injected = label.get("injected") or []
    if not injected or body_f1(control.text, label.get("body") or "") < MIN_F1:
        return case
    article = clean(dump.text.encode("utf-8"))
    before, after = _norm(control.text), _norm(article.text)
    case.counted = True
    case.exact = before == after
    case.repaired = bool(article.repairs)
    case.moved = before.count("\n") != after.count("\n")
    case.legit_chars = len(before)
    case.lost_chars = len(before) - sum(_matched(before, after))
    dirty = label["body"]
    for item in injected:
        dirty = dirty[:item["offset"]] + item["fragment"] + dirty[item["offset"]:]
    kept = _matched(dirty, after)
    spec = label.get("inject_spec") or {}
    truth = _norm(label.get("title") or "")
    title = ("right" if _norm(article.title or "") == truth else "none" if not article.title
             else "changed" if _norm(article.title) != _norm(control.title or "") else "wrong")
    base = {"title": title,
            "repaired": "yes" if article.repairs else "no (gate)",
            "order": str(spec.get("order")), "ngram": str(spec.get("ngram")),
            "script": "traditional" if _traditional(label.get("title") or "") else "simplified",
            "style": dump.style}
    for item in injected:
        start, piece = item["offset"], item["fragment"]
        before_char = dirty[start - 1] if start else "\n"
        where = "at mark" if before_char in _MARKS or before_char == "\n" else "mid-clause"
        left = _left(dirty, kept, start, len(piece))
        case.fragments.append((piece, left, dict(base, place=where)))
    return case


def summarize(cases: Iterable[DumpCase]) -> dict[str, dict[str, Any]]:
    """Per style (and ``all``): dumps counted, fragment characters left, legitimate characters
    lost (and of them, those lost on dumps whose paragraphs moved: body selection's), exact
    dumps, controls repaired."""
    out: dict[str, dict[str, Any]] = {}
    for case in cases:
        for key in (case.style, "all"):
            row = out.setdefault(key, {"dumps": 0, "counted": 0, "frag_chars": 0, "left_chars": 0,
                                       "legit_chars": 0, "lost_chars": 0, "lost_moved": 0, "exact": 0,
                                       "controls_repaired": 0})
            row["dumps"] += 1
            row["controls_repaired"] += case.control_repaired
            if case.counted:
                row["counted"] += 1
                row["exact"] += case.exact
                row["legit_chars"] += case.legit_chars
                row["lost_chars"] += case.lost_chars
                row["lost_moved"] += case.lost_chars if case.moved else 0
                row["frag_chars"] += sum(len(p) for p, _, _ in case.fragments)
                row["left_chars"] += sum(left for _, left, _ in case.fragments)
    return out


def causes(cases: Iterable[DumpCase]) -> list[tuple[str, int, int]]:
    """Fragment characters left, by cause: ``(cause, left, injected)``, biggest first. A
    fragment's cause is the first that holds of: no headline found, the headline found is not
    the label's (as on the control), the injection changed the headline found, the
    page got no repair at all (the gate stayed shut), else its order/placement/script."""
    table: dict[str, list[int]] = {}
    for case in cases:
        for piece, left, attrs in case.fragments:
            if attrs["title"] != "right":
                cause = {"none": "no headline found", "wrong": "headline found is not the label's",
                         "changed": "injection changed the headline found"}[attrs["title"]]
            elif attrs["repaired"] != "yes":
                cause = f"page gate shut ({attrs['order']}, {attrs['script']})"
            else:
                cause = f"left on a repaired page ({attrs['order']}, {attrs['place']}, {attrs['script']})"
            row = table.setdefault(cause, [0, 0])
            row[0] += left
            row[1] += len(piece)
    return sorted(((c, v[0], v[1]) for c, v in table.items()), key=lambda r: -r[1])


def format_report(cases: list[DumpCase]) -> str:
    """The per-style table, then the causes of the fragments left."""
    lines = [f"{'style':12}{'dumps':>7}{'counted':>9}{'frag left':>11}{'legit lost':>12}"
             f"{'of which body moved':>21}{'exact':>13}{'controls repaired':>19}"]
    for key, r in summarize(cases).items():
        left = r["left_chars"] / r["frag_chars"] if r["frag_chars"] else 0.0
        lost = r["lost_chars"] / r["legit_chars"] if r["legit_chars"] else 0.0
        quiet = r["lost_moved"] / r["legit_chars"] if r["legit_chars"] else 0.0
        exact = f"{r['exact']}/{r['counted']}"
        lines.append(f"{key:12}{r['dumps']:>7}{r['counted']:>9}{left:>10.1%} {lost:>11.2%} "
                     f"{quiet:>20.2%} {exact:>12} {r['controls_repaired']:>18}")
    repaired = [c for c in cases if c.control_repaired]
    own = [c for c in repaired if c.control_own_taken]
    lines.append(f"controls repaired: {len(repaired)}, of which taking the page's own text: {len(own)} "
                 f"({sum(c.control_own_taken for c in own)} characters)"
                 + "".join(f" {c.id}({c.control_own_taken})" for c in own))
    right = [(p, left) for c in cases for p, left, a in c.fragments if a["title"] == "right"]
    if right:
        share = sum(left for _, left in right) / sum(len(p) for p, _ in right)
        lines.append(f"fragment characters left where the headline found is the label's: {share:.1%}")
    total_left = sum(left for _, left, _ in causes(cases)) or 1
    lines.append("fragment characters left, by cause (left / injected, share of all left):")
    for cause, left, injected in causes(cases):
        lines.append(f"  {cause:58}{left:>6} / {injected:<6}{left / total_left:>7.1%}")
    worst = sorted((c for c in cases if c.counted and not c.exact),
                   key=lambda c: -sum(left for _, left, _ in c.fragments) - c.lost_chars)
    lines.append("not exact (fragment chars left, legit chars lost): " + " ".join(
        f"{c.id}({sum(left for _, left, _ in c.fragments)},{c.lost_chars})" for c in worst))
    return "\n".join(lines)
