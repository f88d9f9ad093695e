"""Scoring of the generated dirty pages (``scripts/make_dirty.py --score / --repair-only``).

:func:`score` runs ``clean()`` over the pages, :func:`score_repair` the injection repair alone on
their true paragraphs; :func:`compare` runs either twice, without and with the context model
(``CleanerConfig.language_model``; README, "Headline-fragment injection"), and
:func:`format_comparison` prints the two side by side, overall and by variant.
"""

from __future__ import annotations

import difflib
import functools
import re
import sys
import time
from collections.abc import Callable, Iterable
from typing import Any

__all__ = ["compare", "format_comparison", "repair_case", "score", "score_repair"]

#: The overall numbers the comparison prints, in order, with how each is shown.
_HEADLINE_KEYS = (("exact_dirty", "exact, stuffed pages"), ("control_unchanged", "controls unchanged"),
                  ("exact_visible", "exact, stuffed in plain sight"), ("unchanged", "quiet pages unchanged"),
                  ("lost_share", "true characters lost"), ("fragments", "fragments in plain sight"),
                  ("repairs", "repairs made"), ("left_chars", "fragment characters left"),
                  ("seconds", "seconds"))



def _norm_lines(text: str) -> str:
    return "\n".join(ln for ln in (re.sub(r"\s+", " ", x).strip() for x in text.split("\n")) if ln)


def _lost(truth: str, output: str) -> int:
    """Characters of ``truth`` missing from ``output`` (a character alignment)."""
    matcher = difflib.SequenceMatcher(None, truth, output, autojunk=False)
    return len(truth) - sum(block.size for block in matcher.get_matching_blocks())


def score(pages: Iterable[Any], clean: Callable[[bytes], Any] | None = None,
          *, verbose: bool = False) -> dict[str, Any]:
    """Run ``clean`` (default: ``cleaner.clean``) over ``pages`` and report:

    - ``exact_dirty``: share of injected pages whose body comes out exactly (lines compared
      after whitespace normalisation);
    - ``control_unchanged``: share of control pages whose body comes out exactly;
    - ``lost_share``: characters of the true bodies missing from the output, over all their
      characters, on pages whose paragraphs were selected right (so it measures what the repair
      deleted, not what body selection missed);
    - ``selection_misses``: pages whose paragraphs (lines) were not the article's, whatever the
      repair did; the rest of the misses are the repair's;
    - ``fragments`` / ``repairs``: fragments injected in plain sight, and repairs made, on the
      pages selected right (a rough recall check);
    - ``by_class``: ``[exact, pages]`` per page kind and template (all pages), per page kind
      over the pages stuffed in plain sight (``text in sight``, ``html in sight``), and per
      injection variant;
    - ``failures``: the ids of the pages that did not come out exactly.
    """
    if clean is None:
        from cleaner import clean as clean_page
        clean = clean_page
    dirty = exact = controls = unchanged = 0
    lost = total = fragments = repaired = selection = 0
    by_class: dict[str, list[int]] = {}
    failures: list[str] = []
    for page in pages:
        article = clean(page.data)
        label = page.label
        truth = _norm_lines(label["body"])
        output = _norm_lines(article.text)
        ok = output == truth
        if page.control:
            controls += 1
            unchanged += ok
        else:
            dirty += 1
            exact += ok
        spec = label["spec"]
        classes = [f"{label['kind']}/{label['template']}", "control" if spec is None else
                   "hidden" if spec["hidden"] else f"{spec['order']}/{spec['placement']}"]
        if spec and not spec["hidden"]:
            # The template rows count every page, and only HTML can hide its spam (dropped
            # with the invisible elements): "<kind> in sight" compares the two forms on the
            # spam both can carry.
            classes += [f"ngram {spec['ngram']}", f"placement {spec['placement']}",
                        f"{label['kind']} in sight"]
        for name in classes:
            by_class.setdefault(name, [0, 0])
            by_class[name][0] += ok
            by_class[name][1] += 1
        if not ok:
            failures.append(page.id)
            if verbose:
                print(f"--- {page.id} ({label['kind']}/{label['template']}): {spec}", file=sys.stderr)
        if len(output.split("\n")) == len(truth.split("\n")):
            total += len(truth)
            lost += _lost(truth, output)
            if spec and not spec["hidden"]:
                fragments += len(label["injected"])
                repaired += len(article.repairs)
        else:
            selection += 1
    return {
        "dirty_pages": dirty, "exact_dirty": round(exact / dirty, 4) if dirty else None,
        "control_pages": controls,
        "control_unchanged": round(unchanged / controls, 4) if controls else None,
        "lost_share": round(lost / total, 6) if total else 0.0, "lost_chars": lost,
        "body_chars": total, "selection_misses": selection,
        "fragments": fragments, "repairs": repaired,
        "by_class": dict(sorted(by_class.items())),
        "failures": failures,
    }


def repair_case(page: Any) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The repair's own input and truth for ``page``: (dirty paragraphs as the spam left them
    visible, the true clean paragraphs, the texts of the hidden elements that held fragments).
    Body selection plays no part: the true paragraphs go in."""
    label = page.label
    clean_pars = tuple(label["body"].split("\n"))
    spec = label["spec"]
    if spec and spec["hidden"]:
        return clean_pars, clean_pars, tuple(item["fragment"] for item in label["injected"])
    dirty = label["body"]
    for item in label["injected"]:
        dirty = dirty[:item["offset"]] + item["fragment"] + dirty[item["offset"]:]
    return tuple(dirty.split("\n")), clean_pars, ()


def score_repair(pages: Iterable[Any], repair: Callable[..., Any] | None = None, *,
                 subtitle: bool = True) -> dict[str, Any]:
    """Score the repair alone (``cleaner.injection.repair``) on the pages' true paragraphs.

    Each page's dirty paragraphs (:func:`repair_case`) go in with ``headlines=(title, subtitle)``
    as ``clean()`` gives them (the title alone with ``subtitle=False``: a page stuffed only with
    the subtitle's pieces then shows as a miss of the page gate), and come out compared with the
    clean ones:

    - ``exact_visible``: share of pages stuffed in plain sight that come out exactly;
    - ``unchanged``: share of controls and hidden-spam pages left exactly as they were;
    - ``lost_share``: true characters deleted (an alignment against the truth), over all;
    - ``fragments`` / ``left``: fragments injected in plain sight / left in the output;
    - ``by_class``: ``[exact, pages]`` per injection variant; ``failures``: the page ids.
    """
    if repair is None:
        from cleaner.injection import repair as repair_fn
        repair = repair_fn
    visible = exact = quiet = unchanged = lost = total = fragments = left = 0
    by_class: dict[str, list[int]] = {}
    failures: list[str] = []
    for page in pages:
        label, spec = page.label, page.label["spec"]
        dirty, truth, hidden = repair_case(page)
        headlines = (label["title"],) + ((label["subtitle"],) if subtitle and label.get("subtitle") else ())
        out, _ = repair(dirty, headlines=headlines, hidden=hidden)
        ok = tuple(out) == truth
        name = "control" if spec is None else "hidden" if spec["hidden"] else \
            f"{spec['order']}/{spec['placement']}"
        names = [name] + ([f"ngram {spec['ngram']}", f"placement {spec['placement']}"]
                          + (["subtitle"] if spec["subtitle"] else [])
                          if name not in ("control", "hidden") else [])
        for n in names:
            by_class.setdefault(n, [0, 0])
            by_class[n][0] += ok
            by_class[n][1] += 1
        if name in ("control", "hidden"):
            quiet += 1
            unchanged += ok
        else:
            visible += 1
            exact += ok
            fragments += len(label["injected"])
        t, o = "\n".join(truth), "\n".join(out)
        total += len(t)
        page_lost = _lost(t, o)
        lost += page_lost
        left += len(o) - (len(t) - page_lost)
        if not ok:
            failures.append(page.id)
    return {
        "visible_pages": visible, "exact_visible": round(exact / visible, 4) if visible else None,
        "quiet_pages": quiet, "unchanged": round(unchanged / quiet, 4) if quiet else None,
        "lost_share": round(lost / total, 6) if total else 0.0, "lost_chars": lost,
        "body_chars": total, "fragments": fragments, "left_chars": left,
        "by_class": dict(sorted(by_class.items())), "failures": failures,
    }


def compare(pages: list[Any], *, repair_only: bool = False, subtitle: bool = True,
            verbose: bool = False) -> dict[str, dict[str, Any] | None]:
    """The scores without the context model and with it (``None`` where it cannot be loaded:
    kenlm or the model file absent)."""
    from cleaner import CleanerConfig, clean
    from cleaner import lm
    from cleaner.injection import repair
    context = lm.load(lm.find())
    out: dict[str, dict[str, Any] | None] = {}
    for name, model in (("without model", None), ("with model", context)):
        if name == "with model" and model is None:
            out[name] = None
            continue
        started = time.perf_counter()
        if repair_only:
            result = score_repair(pages, functools.partial(repair, context=model), subtitle=subtitle)
        else:
            config = CleanerConfig() if model is not None else CleanerConfig(language_model="")
            result = score(pages, functools.partial(clean, config=config), verbose=verbose)
        result["seconds"] = round(time.perf_counter() - started, 2)
        out[name] = result
    return out


def format_comparison(results: dict[str, dict[str, Any] | None]) -> str:
    """The two runs side by side: the overall numbers, then ``exact/pages`` by variant."""
    names = list(results)
    runs = [results[n] for n in names]
    lines = [f"{'':32}" + "".join(f"{n:>22}" for n in names)]

    def cell(run: dict[str, Any] | None, key: str) -> str:
        if run is None:
            return f"{'(no model: kenlm or file absent)':>22}" if key == "exact_dirty" else " " * 22
        value = run.get(key)
        if isinstance(value, float) and key != "seconds":
            return f"{value:>21.3%} " if key == "lost_share" else f"{value:>21.1%} "
        return f"{value!s:>21} "

    for key, label in _HEADLINE_KEYS:
        if any(r is not None and key in r for r in runs):
            lines.append(f"{label:32}" + "".join(cell(r, key) for r in runs))
    classes = sorted({c for r in runs if r for c in r["by_class"]})
    lines.append("by variant (exact / pages):")
    for c in classes:
        row = f"  {c:30}"
        for r in runs:
            good, count = (r or {}).get("by_class", {}).get(c, (0, 0))
            row += f"{f'{good}/{count} {good / count:6.1%}' if count else '':>22}"
        lines.append(row)
    for n, r in zip(names, runs):
        if r and r["failures"]:
            lines.append(f"not exact, {n}: " + " ".join(r["failures"]))
    return "\n".join(lines)
