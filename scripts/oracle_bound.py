"""How far a better per-occurrence scorer could take the injection repair (issue 10).

Runs ``clean()`` (with the context model) over ``make_dirty.py``'s pages or the injected dumps of
``make_dumps.py`` and sorts every stuffed page that does not come out exactly by why:

- ``A``: the gate shut: the repair judged no occurrence on the page;
- ``B``: every wrong character (a fragment left, an article character taken) lies in an
  occurrence of a headline piece the repair found and scored: a better decision per occurrence
  could fix the page;
- ``C``: some wrong character lies in no found occurrence (or none is wrong in the repair's
  paragraphs: body selection's miss).

With ``--oracle`` the repair's verdicts on a judged page are replaced by the right ones (the found
occurrences lying wholly in injected characters), which measures the bound directly. With
``--gguf FILE --band M`` a causal model (read by ``llama-cpp-python``, as ``lm_compare.py --llama``
reads it; it has to be importable next to ``cleaner``) decides the occurrences scoring within
``±M`` of :data:`THRESHOLD` instead: taken where its gain of deleting the piece (log10, 20
characters left, 12 right) is at least ``--cut``, the others keeping the repair's verdicts (without
``--cut`` the verdicts stay and the gains are only read; with ``--add`` they stay and the model
only takes more; with ``--whole`` an occurrence whose three parts tokenised apart split a token
of the whole string is read as ``log10 P(left + right) - log10 P(left + piece + right)``, each
tokenised whole, which is the same gain wherever nothing is split). Gains are cached by (left, piece, right)
in ``--cache`` so that reruns are free; ``--occurrences FILE`` writes each band occurrence of a
judged page with its score, gain and label (stuffed: wholly injected; own: no injected character)
for choosing the cut. For the B
pages it counts the occurrences a page scores within ``±m`` of :data:`THRESHOLD` (what a slower
model would have to read) and the pages whose wrong characters all lie in such occurrences.
With ``--classes`` it also sorts the wrong characters of the stuffed pages in random order with
fragments inside clauses (placement mid-clause or mixed) by the occurrence they lie in (the longest
found one covering them): at a mark; inside a clause running on into the headline (``ext``), next
to another occurrence, not read by the context model, by a character that is no CJK one, or
between two CJK characters by the model's gain (under 4, 4-7, 7 and up); in no occurrence found;
on a page whose gate stayed shut; and, apart, by the paragraph they stand in (the first, the last,
one between).
With ``--marks`` it sorts the fragment characters left right after a mark (or opening a
paragraph) on the pages the repair did repair by the step that kept each (the longest found
occurrence covering them, wholly injected): the piece not in the spammer's cut the page was read
with (the tiling), running on into the headline (``ext``), ``bound``, a page read as stuffed
inside clauses only (its copies at marks dropped), on a page repaired as a cycle where the run
stands (before it, after it, in it), and on a page repaired in random order by what kept the
score under :data:`THRESHOLD` (the spam's reach, the page's placement or habit, ``seam`` held,
``bind``, the word's own score) or took none scoring above it.
With ``--inside`` it sorts the fragment characters left inside clauses (in a run of injected
characters that follows no mark) on the pages stuffed in random order that the repair repaired
the same way: the tiling, ``ext``, a page repaired as a cycle, scoring the threshold and not
taken, the spam's reach, the placement, not read by the context model, and between words by the model's gain (``seam`` held, ``bind``);
pages with simplified and with traditional headlines apart (:func:`cleaner.lm.traditional`).
The repair is hooked by wrapping ``injection.repair``, ``injection._judge``, ``injection._page``
and ``injection.chain``: nothing in ``cleaner/`` changes.

    scripts/oracle_bound.py dirty 1 [--oracle]      # make_dirty.py --n 300 --seed 1
    scripts/oracle_bound.py dumps 1 [--oracle]      # make_dumps.py - fixtures/real --inject --seed 1
    scripts/oracle_bound.py dirty 1 --gguf gemma-3-270m-q4_k_m.gguf --band 3 --cut C [--cache F]
    scripts/oracle_bound.py dirty 1 --classes        # the wrong characters of random inside spam, by class
    scripts/oracle_bound.py dumps 1 --marks          # the fragments left at marks on repaired pages, by step
    scripts/oracle_bound.py dumps 1 --inside         # ... inside clauses, random order, by step and script
"""

from __future__ import annotations

import argparse
import collections
import itertools
import json
import math
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from cleaner import clean, injection, lm  # noqa: E402
from cleaner.occurrence import Occ, score as local_score  # noqa: E402
from cleaner.pagegate import MARKS, THRESHOLD, W_OFF_PLACE, W_OUT_RANGE  # noqa: E402
from cleaner.lm import IS_CJK  # noqa: E402

MARGINS = (1, 2, 3, 4)
LEFT, RIGHT = 20, 12                # the causal model's context, characters (as lm_compare.py)
_calls: list[dict[str, Any]] = []   # one a repair call of the page being cleaned
_truth: dict[str, Any] = {}         # the page's dirty body and its injected character offsets
_oracle = False
_gemma: Gemma | None = None
_judge, _repair, _page, _chain = injection._judge, injection.repair, injection._page, injection.chain


def _ideal(paragraphs: tuple[str, ...]) -> set[tuple[int, int]]:
    """(paragraph, offset) of the injected characters in the repair's paragraphs (those found
    verbatim in the dirty body; the others are taken to hold none)."""
    dirty, injected, ideal = _truth["dirty"], _truth["injected"], set()
    for i, text in enumerate(paragraphs):
        start = dirty.find(text) if text.strip() else -1
        if start >= 0:
            ideal.update((i, j - start) for j in range(start, start + len(text)) if j in injected)
    return ideal


def _span(o: Any) -> set[tuple[int, int]]:
    return {(o.paragraph, j) for j in range(o.start, o.end)}


class Gemma:
    """A causal model deciding the occurrences near :data:`THRESHOLD` (``--gguf``)."""

    def __init__(self, path: str, band: float, cut: float | None, cache: str, occurrences: str | None,
                 add: bool = False, whole: bool = False) -> None:
        from lm_compare import LlamaModel
        self.model = LlamaModel(path, threads=1)
        self.band, self.cut, self.add, self.whole = band, cut, add, whole
        self.gains: dict[tuple[str, ...], tuple[float, float]] = {}   # key: (gain, CPU s)
        if Path(cache).exists():
            for line in open(cache, encoding="utf-8"):
                item = json.loads(line)
                self.gains[tuple(item["k"])] = (item["g"], item["cpu"])   # type: ignore[index]
        self.cache = open(cache, "a", encoding="utf-8")
        self.out = open(occurrences, "w", encoding="utf-8") if occurrences else None

    def gain(self, text: str, o: Any) -> float:
        """log10 P(right | left) - log10 P(piece + right | left), read once a context."""
        key: tuple[str, ...] = (text[max(0, o.start - LEFT):o.start], o.piece, text[o.end:o.end + RIGHT])
        if self.whole and self._split(*key):
            key += ("whole",)
        if key not in self.gains:
            start, (left, piece, right) = time.process_time(), key[:3]
            if len(key) > 3:   # log10 P(left + right) - log10 P(left + piece + right), each tokenised whole
                plain, stuffed = self.model.continuations([("", left + right), ("", left + piece + right)])
            else:
                plain, stuffed = self.model.continuations([(left, right), (left, piece + right)])
            cpu = time.process_time() - start
            self.gains[key] = ((plain - stuffed) / math.log(10), cpu)
            self.cache.write(json.dumps({"k": key, "g": self.gains[key][0], "cpu": cpu}, ensure_ascii=False) + "\n")
            self.cache.flush()
        _truth["keys"].add(key)
        return self.gains[key][0]

    def _split(self, left: str, piece: str, right: str) -> bool:
        """Whether tokenising the three apart splits a token the whole string has (新能|源汽车)."""
        tokens = self.model._tokens
        return tokens(left) + tokens(piece + right) != tokens(left + piece + right) \
            or tokens(left) + tokens(right) != tokens(left + right)

    def cost(self) -> tuple[int, float]:
        """Occurrences read on the page just cleaned, and their CPU seconds."""
        return len(_truth["keys"]), sum(self.gains[k][1] for k in _truth["keys"])

    def decide(self, paragraphs: tuple[str, ...], found: list[Any], verdicts: list[Any]) -> list[Any]:
        """The verdicts with those on the band's occurrences replaced by the model's."""
        band = [o for o in found if abs(o.score - injection.THRESHOLD) <= self.band]
        gains = {id(o): self.gain(paragraphs[o.paragraph], o) for o in band}
        if self.out:
            ideal, taken = _ideal(paragraphs), {id(o) for o, _ in verdicts}
            for o in band:
                label = "stuffed" if _span(o) <= ideal else "partial" if _span(o) & ideal else "own"
                self.out.write(json.dumps({
                    "page": _truth["id"], "piece": o.piece, "score": round(o.score, 3), "gain": gains[id(o)],
                    "ext": o.ext, "after": o.after, "taken": id(o) in taken, "label": label}, ensure_ascii=False) + "\n")
        if self.cut is None:
            return verdicts
        kept = [(o, reason) for o, reason in verdicts if self.add or id(o) not in gains]
        taken_chars = set().union(set(), *(_span(o) for o, _ in kept))
        for o in sorted(band, key=lambda o: (o.start - o.end, -gains[id(o)])):   # longest first
            if gains[id(o)] >= self.cut and not _span(o) & taken_chars:
                taken_chars |= _span(o)
                kept.append((o, "causal model"))
        return kept


def _hooked_judge(paragraphs, found, *args, **kwargs):  # type: ignore[no-untyped-def]
    verdicts = _judge(paragraphs, found, *args, **kwargs)
    if _gemma is not None and verdicts:
        verdicts = _gemma.decide(paragraphs, found, verdicts)
    if _oracle and verdicts:
        ideal, taken, verdicts = _ideal(paragraphs), set(), []
        for o in sorted(found, key=lambda o: o.start - o.end):   # longest first, disjoint
            if _span(o) <= ideal and not _span(o) & taken:
                taken |= _span(o)
                verdicts.append((o, "oracle"))
    if _calls:
        _calls[-1].update(found=found, verdicts=verdicts)
    return verdicts


def _hooked_repair(paragraphs, **kwargs):  # type: ignore[no-untyped-def]
    _calls.append({"in": paragraphs, "found": [], "verdicts": None})
    out, repairs = _repair(paragraphs, **kwargs)
    _calls[-1]["repairs"] = repairs
    return out, repairs


def _hooked_page(*args, **kwargs):  # type: ignore[no-untyped-def]
    page = _page(*args, **kwargs)
    if _calls and page is not None:   # the last page read is the one the verdicts follow
        _calls[-1]["page"] = page
    return page


def _hooked_chain(occs, *args, **kwargs):  # type: ignore[no-untyped-def]
    run, skips = _chain(occs, *args, **kwargs)
    if _calls:
        _calls[-1]["run"] = run
    return run, skips


injection._judge, injection.repair = _hooked_judge, _hooked_repair
injection._page, injection.chain = _hooked_page, _hooked_chain


def _set_truth(body: str, injected: list[dict[str, Any]], page: str = "") -> None:
    offsets: set[int] = set()
    for item in injected:
        body = body[:item["offset"]] + item["fragment"] + body[item["offset"]:]
        offsets.update(range(item["offset"], item["offset"] + len(item["fragment"])))
    _truth.update(dirty=body, injected=offsets, id=page, keys=set())
    _calls.clear()


def _classify() -> tuple[str, dict[str, Any]]:
    """The class of the page just cleaned (see the module docstring), from the last repair call."""
    if not _calls:
        return "A", {}
    call = _calls[-1]
    removed = {(r.paragraph, r.offset + k) for r in call["repairs"] for k in range(len(r.fragment))}
    wrong = removed ^ _ideal(call["in"])
    if not wrong:
        return "C", {"why": "body"}
    if not call["verdicts"]:
        return "A", {}
    if not wrong <= set().union(*map(_span, call["found"])):
        return "C", {"why": "no occurrence"}
    info: dict[str, Any] = {"occurrences": sum(not o.ext for o in call["found"])}
    for m in MARGINS:
        near = [o for o in call["found"] if abs(o.score - injection.THRESHOLD) <= m]
        info[f"undecided{m}"] = sum(not o.ext for o in near)
        info[f"within{m}"] = wrong <= set().union(set(), *map(_span, near))
    return "B", info


def _between_cjk(text: str, start: int, end: int) -> bool:
    return 0 < start and end < len(text) and bool(IS_CJK.match(text[start - 1])) and bool(IS_CJK.match(text[end]))


def _wrong_classes() -> collections.Counter[tuple[str, str]]:
    """The wrong characters of the page just cleaned and not exact (a fragment left, an article
    character taken), by the class of the longest found occurrence covering each (``--classes``), and by
    the paragraph they stand in."""
    out: collections.Counter[tuple[str, str]] = collections.Counter()
    if not _calls:
        return out
    call = _calls[-1]
    paragraphs, found, verdicts = call["in"], call["found"], call["verdicts"]
    removed = {(r.paragraph, r.offset + k) for r in call["repairs"] for k in range(len(r.fragment))}
    ideal = _ideal(paragraphs)
    cells = collections.Counter(c for o in found for c in _span(o))
    for cell in sorted(ideal ^ removed):
        what = "fragment left" if cell in ideal else "article's taken"
        where = "first" if cell[0] == 0 else "last" if cell[0] == len(paragraphs) - 1 else "between"
        out["paragraph: " + where, what] += 1
        covering = [o for o in found if cell in _span(o)]
        if not verdicts:
            out["page gate shut", what] += 1
            continue
        if not covering:
            out["in no occurrence found", what] += 1
            continue
        o = max(covering, key=lambda o: o.end - o.start)
        text = paragraphs[o.paragraph]
        if o.after:
            cls = "at a mark"
        elif o.ext:
            cls = "inside, running on into the headline"
        elif cells[o.paragraph, o.start - 1] or cells[o.paragraph, o.end] or any(cells[c] > 1 for c in _span(o)):
            cls = "inside, next to another occurrence"
        elif o.gain is None:
            cls = "inside, not read by the model"
        elif not _between_cjk(text, o.start, o.end):
            cls = "inside, by a character no CJK one"
        else:
            cls = "inside, between CJK, gain " + ("under 4" if o.gain < 4 else "4-7" if o.gain < 7 else "7 and up")
        out[cls, what] += 1
    return out


def _mark_class(o: Any, call: dict[str, Any], cyclic: bool) -> str:
    """The step that kept ``o`` (a wholly injected occurrence right after a mark, not taken)."""
    page = call.get("page")
    if page is None or not any(o is x for x in page.live):
        return "the piece not in the cut the page was read with (tiling)"
    if o.ext:
        return "running on into the headline (ext)"
    if o.bound:
        return "bound (what follows opens no clause)"
    if page.inside:
        return "a page read as stuffed inside clauses only"
    above = "scoring THRESHOLD or more" if o.score >= THRESHOLD else "under THRESHOLD"
    if cyclic:
        run = [(x.paragraph, x.start) for x in call.get("run") or ()]
        at = (o.paragraph, o.start)
        where = "before the run" if all(at < r for r in run) else "after the run" if all(r < at for r in run) \
            else "in the run"
        return f"cyclic, {above}, {where}"
    if o.score >= THRESHOLD:
        return f"random, {above} (apart, disjoint)"
    lowered = local_score(Occ(**{k: getattr(o, k) for k in Occ.__slots__})) - o.score
    if lowered >= W_OUT_RANGE - 0.1:
        return "random, past the spam's reach (W_OUT_RANGE)"
    if lowered >= W_OFF_PLACE - 0.1:
        return "random, off the page's placement or habit (W_OFF_PLACE)"
    if o.seam < 0:
        return "random, held as the article's phrasing (seam)"
    if o.bind:
        return "random, its characters make words with what follows (bind)"
    return "random, a word at a mark under THRESHOLD (lead)"


def _mark_classes() -> collections.Counter[str]:
    """``--marks``: the fragment characters left right after a mark (or opening a paragraph) on
    the page just cleaned, if the repair repaired it, by :func:`_mark_class` of the longest found
    occurrence covering them that lies wholly in injected characters."""
    out: collections.Counter[str] = collections.Counter()
    if not _calls or not _calls[-1]["verdicts"]:
        return out
    call = _calls[-1]
    paragraphs, found, verdicts = call["in"], call["found"], call["verdicts"]
    ideal, taken = _ideal(paragraphs), set(map(id, (o for o, _ in verdicts)))
    removed = {(r.paragraph, r.offset + k) for r in call["repairs"] for k in range(len(r.fragment))}
    cyclic = any("headline order" in reason for _, reason in verdicts)
    counted: set[tuple[int, int]] = set()
    for o in sorted(found, key=lambda o: o.start - o.end):   # longest first
        span = _span(o)
        if id(o) in taken or not span <= ideal or span & (removed | counted) \
                or (o.start and paragraphs[o.paragraph][o.start - 1] not in MARKS):
            continue
        counted |= span
        out[_mark_class(o, call, cyclic)] += len(span)
    return out


def _inside_class(o: Any, call: dict[str, Any], text: str, cyclic: bool) -> str:
    """The step that kept ``o`` (a wholly injected occurrence inside a clause, not taken)."""
    page = call.get("page")
    if page is None or not any(o is x for x in page.live):
        return "the piece not in the cut the page was read with (tiling)"
    if o.ext:
        return "running on into the headline (ext)"
    if cyclic:
        return "a page repaired as a cycle, not in its run"
    if o.score >= (injection.THRESHOLD_READ if page.inside and o.gain is not None else THRESHOLD):
        return "scoring its threshold, not taken (apart, disjoint)"
    lowered = local_score(Occ(**{k: getattr(o, k) for k in Occ.__slots__})) - o.score
    if lowered >= W_OUT_RANGE - 0.1:
        return "past the spam's reach (W_OUT_RANGE)"
    if lowered >= W_OFF_PLACE - 0.1:
        return "off the page's placement or habit (W_OFF_PLACE)"
    if o.gain is None:
        return "not read by the context model"
    band = "under 4" if o.gain < 4 else "4-7" if o.gain < 7 else "7 and up"
    if not _between_cjk(text, o.start, o.end):
        return f"beside a character no CJK one, gain {band}"
    return f"between words, gain {band}" + (", held (seam)" if o.seam < 0 else ", bind" if o.bind else "")


def _inside_classes() -> collections.Counter[str]:
    """``--inside``: the fragment characters left inside clauses (the run of injected characters
    they stand in follows no mark) on the page just cleaned, if the repair repaired it, by
    :func:`_inside_class` of the longest found occurrence covering them that lies wholly in
    injected characters; the others as in no such occurrence."""
    out: collections.Counter[str] = collections.Counter()
    if not _calls or not _calls[-1]["verdicts"]:
        return out
    call = _calls[-1]
    paragraphs, found, verdicts = call["in"], call["found"], call["verdicts"]
    cyclic = any("headline order" in reason for _, reason in verdicts)
    ideal, taken = _ideal(paragraphs), set(map(id, (o for o, _ in verdicts)))
    removed = {(r.paragraph, r.offset + k) for r in call["repairs"] for k in range(len(r.fragment))}
    inside: set[tuple[int, int]] = set()   # the injected characters of runs that follow no mark
    for i, j in sorted(ideal):
        if (i, j - 1) in inside or ((i, j - 1) not in ideal and j and paragraphs[i][j - 1] not in MARKS):
            inside.add((i, j))
    left, counted = inside - removed, set[tuple[int, int]]()
    for o in sorted(found, key=lambda o: o.start - o.end):   # longest first
        span = _span(o)
        if id(o) in taken or not span <= ideal or not span & left or span & counted:
            continue
        counted |= span & left
        out[_inside_class(o, call, paragraphs[o.paragraph], cyclic)] += len(span & left)
    if left - counted:
        out["in no occurrence found wholly injected"] += len(left - counted)
    return out


def _by_step(pages: list[dict[str, Any]], key: str, title: str) -> list[str]:
    """The lines of a ``--marks`` or ``--inside`` report: the pages' counts under ``key``
    summed by step (characters, pages or dumps), under ``title``."""
    total: collections.Counter[str] = collections.Counter()
    where: dict[str, set[str]] = collections.defaultdict(set)
    for page in pages:
        total.update(page.get(key, {}))
        for name in page.get(key, {}):
            where[name].add(page["id"])
    return [title.format(sum(total.values()))] + [
        f"  {name:62}{n:>6}{len(where[name]):>5}" for name, n in total.most_common()]


def inside_report(pages: list[dict[str, Any]]) -> str:
    """``--inside``: the fragment characters left inside clauses on repaired pages stuffed in
    random order, summed by step, simplified and traditional headlines apart."""
    lines = []
    for script in ("simplified", "traditional"):
        chosen = [p for p in pages if p.get("script") == script and p.get("order") == "random"]
        lines += _by_step(chosen, "inside", "fragment characters left inside clauses on repaired pages stuffed in "
                          f"random order, {script} headlines: {{}}, by the step that kept them (characters, pages or dumps):")
    return "\n".join(lines)


def marks_report(pages: list[dict[str, Any]]) -> str:
    """``--marks``: the fragment characters left at marks on repaired pages, summed by step."""
    return "\n".join(_by_step(pages, "marks", "fragment characters left at marks on repaired pages: {}, by the step "
                               "that kept them (characters, pages or dumps):"))


def classes_report(pages: list[dict[str, Any]]) -> str:
    """``--classes``: the wrong characters of the stuffed pages in random order with fragments
    inside clauses, summed by class."""
    chosen = [p for p in pages if p.get("order") == "random" and p.get("placement") in ("mid", "mixed")]
    total: collections.Counter[tuple[str, str]] = collections.Counter()
    for page in chosen:
        total.update(page.get("wrong", {}))
    lines = [f"random order, mid-clause or mixed: {len(chosen)} stuffed pages, "
             f"{sum(p['exact'] for p in chosen)} exact; wrong characters by class "
             "(fragment left / article's taken):"]
    for name in sorted({k for k, _ in total}, key=lambda k: (k.startswith("paragraph"), k)):
        left, taken = total[name, "fragment left"], total[name, "article's taken"]
        lines.append(f"  {name:42}{left:>6}{taken:>6}")
    return "\n".join(lines)


def _cost() -> dict[str, Any]:
    return dict(zip(("read", "cpu"), _gemma.cost())) if _gemma else {}


def _dirty(seed: int, limit: int | None = None) -> list[dict[str, Any]]:
    """make_dirty.py's pages, the controls too (scored as dirty_score.score does)."""
    import make_dirty
    from dirty_score import _lost, _norm_lines as _norm
    out = []
    for page in itertools.islice(make_dirty.generate(300, seed), limit):
        label, spec = page.label, page.label["spec"]
        _set_truth(label["body"], label["injected"] or [], page.id)
        truth, output = _norm(label["body"]), _norm(clean(page.data).text)
        exact = output == truth
        row = {"id": page.id, "exact": exact, "variant": "control" if label["control"] else "hidden" if spec["hidden"]
               else f"{spec['order']}/{spec['placement']}", "class": None if exact or label["control"] else _classify()}
        if not label["control"] and not spec["hidden"]:
            row.update(order=spec["order"], placement=spec["placement"], wrong={} if exact else _wrong_classes(),
                       marks=_mark_classes(), inside=_inside_classes(),
                       script="traditional" if lm.traditional(label.get("title") or "") else "simplified")
        if output.count("\n") == truth.count("\n"):
            row.update(lost=_lost(truth, output), chars=len(truth))
        out.append(dict(row, **_cost()))
    return out


def _dumps(seed: int, limit: int | None = None) -> list[dict[str, Any]]:
    import dump_score
    import evaluate
    import make_dumps
    out = []
    dumps = make_dumps.make_dumps(make_dumps.load_sources([ROOT / "fixtures/real"]), inject=True, seed=seed)
    for dump in [d for d in dumps if d.label.get("injected")][:limit]:
        label = dump.label
        _set_truth(label["body"], [], dump.id)   # the control: scored as dump_score does
        control = clean(dump.clean_text.encode("utf-8"))
        if evaluate.score_body(control.text, label.get("body") or "")[2] < dump_score.MIN_F1:
            continue
        _set_truth(label["body"], label["injected"], dump.id)
        before, after = dump_score._norm(control.text), dump_score._norm(clean(dump.text.encode("utf-8")).text)
        spec = label.get("inject_spec") or {}
        out.append({"id": dump.id, "exact": before == after, "variant": dump.style,
                    "class": None if before == after else _classify(), "control_repaired": bool(control.repairs),
                    "lost": len(before) - sum(dump_score._matched(before, after)), "chars": len(before),
                    "order": spec.get("order"), "placement": spec.get("placement"),
                    "wrong": {} if before == after else _wrong_classes(), "marks": _mark_classes(),
                    "inside": _inside_classes(), **_cost(),
                    "script": "traditional" if lm.traditional(label.get("title") or "") else "simplified"})
    return out


def report(pages: list[dict[str, Any]]) -> str:
    """Counts of A/B/C overall and by variant, the oracle's exact rate, the B pages' margins."""
    groups: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for page in pages:
        if page["variant"] == "control":
            groups["control"].append(page)
            continue
        groups["all"].append(page)
        groups[page["variant"]].append(page)
        if "/" in page["variant"]:
            groups["placement " + page["variant"].split("/")[1]].append(page)
    lines = [f"{'':20}{'pages':>6}{'exact':>14}{'A':>4}{'B':>4}{'C':>4}{'exact + B':>16}"]
    for name, group in sorted(groups.items(), key=lambda kv: (kv[0] != "all", kv[0])):
        exact = sum(p["exact"] for p in group)
        count = collections.Counter(p["class"][0] for p in group if p["class"])
        lines.append(f"{name:20}{len(group):>6}{exact:>6} {exact / len(group):6.1%}{count['A']:>4}{count['B']:>4}"
                     f"{count['C']:>4}{exact + count['B']:>8} {(exact + count['B']) / len(group):6.1%}")
    counted = [p for p in pages if "chars" in p]
    lines.append(f"characters lost {sum(p['lost'] for p in counted)} of {sum(p['chars'] for p in counted)} "
                 f"({sum(p['lost'] for p in counted) / max(1, sum(p['chars'] for p in counted)):.3%}); "
                 f"controls repaired (dumps) {sum(p.get('control_repaired', False) for p in pages)}")
    for name, group in (("stuffed", groups["all"]), ("control", groups["control"])):
        if group and "read" in group[0]:
            read, cpu = [p["read"] for p in group], [p["cpu"] for p in group]
            lines.append(f"causal model on {name} pages: occurrences read a page median {statistics.median(read)}, "
                         f"mean {statistics.mean(read):.1f}, max {max(read)}; CPU s a page median "
                         f"{statistics.median(cpu):.2f}, mean {statistics.mean(cpu):.2f}, max {max(cpu):.1f}")
    infos = [p["class"][1] for p in pages if p["class"] and p["class"][0] == "B"]
    if infos:
        lines.append(f"B pages {len(infos)}: occurrences a page median "
                     f"{statistics.median(i['occurrences'] for i in infos)}")
        for m in MARGINS:
            counts = [i[f"undecided{m}"] for i in infos]
            lines.append(f"  within ±{m} of the threshold: {statistics.median(counts)} a page (median), "
                         f"{statistics.mean(counts):.1f} mean, {max(counts)} max; pages whose wrong "
                         f"characters all lie there: {sum(i[f'within{m}'] for i in infos)}")
    lines += [f"  {p['id']} {p['variant']} {p['class'][0]} {p['class'][1]}" for p in pages if p["class"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    global _oracle, _gemma
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set", choices=("dirty", "dumps"))
    parser.add_argument("seed", type=int)
    parser.add_argument("--oracle", action="store_true", help="decide every found occurrence right")
    parser.add_argument("--gguf", help="a causal model decides the band's occurrences (llama-cpp-python)")
    parser.add_argument("--band", type=float, default=3.0, help="its band: scores within this of THRESHOLD")
    parser.add_argument("--cut", type=float, help="gain (log10) from which it takes an occurrence out")
    parser.add_argument("--cache", default="gains.jsonl", help="its gains, by (left, piece, right)")
    parser.add_argument("--add", action="store_true", help="keep the repair's verdicts; the model only takes more")
    parser.add_argument("--whole", action="store_true",
                        help="where tokenising left, piece and right apart splits a token, read the whole strings")
    parser.add_argument("--occurrences", help="write the band's occurrences (score, gain, label) here")
    parser.add_argument("--limit", type=int, help="only the first N pages (or injected dumps)")
    parser.add_argument("--classes", action="store_true",
                        help="the wrong characters of random spam inside clauses, by class")
    parser.add_argument("--marks", action="store_true",
                        help="the fragments left at marks on repaired pages, by the step that kept them")
    parser.add_argument("--inside", action="store_true",
                        help="the fragments left inside clauses on repaired pages stuffed in random order, by step")
    args = parser.parse_args(argv)
    _oracle = args.oracle
    if args.gguf:
        _gemma = Gemma(args.gguf, args.band, args.cut, args.cache, args.occurrences, args.add, args.whole)
    pages = _dirty(args.seed, args.limit) if args.set == "dirty" else _dumps(args.seed, args.limit)
    print(report(pages))
    if args.classes:
        print(classes_report(pages))
    if args.marks:
        print(marks_report(pages))
    if args.inside:
        print(inside_report(pages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
