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
occurrences lying wholly in injected characters), which measures the bound directly. For the B
pages it counts the occurrences a page scores within ``±m`` of :data:`THRESHOLD` (what a slower
model would have to read) and the pages whose wrong characters all lie in such occurrences.
The repair is hooked by wrapping ``injection.repair`` and ``injection._judge``: nothing in
``cleaner/`` changes.

    scripts/oracle_bound.py dirty 1 [--oracle]      # make_dirty.py --n 300 --seed 1
    scripts/oracle_bound.py dumps 1 [--oracle]      # make_dumps.py - fixtures/real --inject --seed 1
"""

from __future__ import annotations

import argparse
import collections
import statistics
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from cleaner import clean, injection  # noqa: E402

MARGINS = (1, 2, 3, 4)
_calls: list[dict[str, Any]] = []   # one a repair call of the page being cleaned
_truth: dict[str, Any] = {}         # the page's dirty body and its injected character offsets
_oracle = False
_judge, _repair = injection._judge, injection.repair


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


def _hooked_judge(paragraphs, found, *args, **kwargs):  # type: ignore[no-untyped-def]
    verdicts = _judge(paragraphs, found, *args, **kwargs)
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


injection._judge, injection.repair = _hooked_judge, _hooked_repair


def _set_truth(body: str, injected: list[dict[str, Any]]) -> None:
    offsets: set[int] = set()
    for item in injected:
        body = body[:item["offset"]] + item["fragment"] + body[item["offset"]:]
        offsets.update(range(item["offset"], item["offset"] + len(item["fragment"])))
    _truth.update(dirty=body, injected=offsets)
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


def _dirty(seed: int) -> list[dict[str, Any]]:
    import make_dirty
    from dirty_score import _norm_lines as _norm
    out = []
    for page in make_dirty.generate(300, seed):
        label = page.label
        if label["control"]:
            continue
        _set_truth(label["body"], label["injected"])
        exact = _norm(clean(page.data).text) == _norm(label["body"])
        spec = label["spec"]
        out.append({"id": page.id, "exact": exact, "variant": "hidden" if spec["hidden"] else
                    f"{spec['order']}/{spec['placement']}", "class": None if exact else _classify()})
    return out


def _dumps(seed: int) -> list[dict[str, Any]]:
    import dump_score
    import evaluate
    import make_dumps
    out = []
    for dump in make_dumps.make_dumps(make_dumps.load_sources([ROOT / "fixtures/real"]), inject=True, seed=seed):
        label = dump.label
        if not label.get("injected"):
            continue
        _set_truth(label["body"], [])   # the control: scored as dump_score does
        control = clean(dump.clean_text.encode("utf-8"))
        if evaluate.score_body(control.text, label.get("body") or "")[2] < dump_score.MIN_F1:
            continue
        _set_truth(label["body"], label["injected"])
        exact = dump_score._norm(control.text) == dump_score._norm(clean(dump.text.encode("utf-8")).text)
        out.append({"id": dump.id, "exact": exact, "variant": dump.style,
                    "class": None if exact else _classify()})
    return out


def report(pages: list[dict[str, Any]]) -> str:
    """Counts of A/B/C overall and by variant, the oracle's exact rate, the B pages' margins."""
    groups: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for page in pages:
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
    global _oracle
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set", choices=("dirty", "dumps"))
    parser.add_argument("seed", type=int)
    parser.add_argument("--oracle", action="store_true", help="decide every found occurrence right")
    args = parser.parse_args(argv)
    _oracle = args.oracle
    print(report(_dirty(args.seed) if args.set == "dirty" else _dumps(args.seed)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
