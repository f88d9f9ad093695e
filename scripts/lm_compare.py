#!/usr/bin/env python
"""Compare context models on the occurrences of headline pieces in generated dirty pages.

Usage::

    python scripts/lm_compare.py [--seeds 1 2] [--gguf FILE [--llama] [--threads N]] [--per-class N]
                                 [--left 20] [--right 12] [--jsonl OUT] [--load IN]

Every occurrence of a piece of the spammer's cut in the dirty bodies of ``make_dirty.py``'s
stuffed pages (``--n 300``, each seed; on HTML pages that hide the spam it is read as if shown:
the question is what a model makes of the text) is labelled from the generator: the spam's (``injected``
offsets) or the article's own (an occurrence overlapping a copy of the spam is left out), and
where it stands: right after a mark or opening a paragraph (``mark``), between two CJK
characters (``inside``), elsewhere (``other``). Each gets the KenLM gain the repair reads
(:meth:`cleaner.lm.ContextModel.gain`, :data:`cleaner.injection.LM_WINDOW` characters each
side, no sure insertions masked) and its lead at a mark; with ``--gguf``, a causal language model
in a GGUF file (read by ``transformers``, which dequantises it; needs ``torch``, ``transformers``,
``gguf`` and ``accelerate``, none of them a dependency of the project; with ``--llama``, read by
``llama-cpp-python`` instead, which keeps the quantised weights) gives its own gain:
``log10 P(right | left) - log10 P(piece + right | left)`` over ``--left`` characters of the
paragraph before the occurrence (marks and all) and ``--right`` after it. The model is slow on a
CPU, so ``--per-class N`` scores a random N of each class (stuffed/own x mark/inside), and the
overall AUC weighs each class by its share of the whole capture.

Printed: AUC (the chance that a stuffed occurrence outranks one of the article's), and the share
of stuffed occurrences above the score of the article's 95th percentile, overall, inside clauses
(a), inside clauses where KenLM's gain is under 6 (what it misses), and at marks (b); and the
model's CPU time per occurrence. README, "Headline-fragment injection", the twentieth round.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from make_dirty import generate  # noqa: E402

from cleaner import lm  # noqa: E402
from cleaner.injection import LM_WINDOW  # noqa: E402
from cleaner.inside import neighbours  # noqa: E402

_PUNCT = "，。、；：！？,;:!?"
_CJK = re.compile(r"[\u4e00-\u9fff]")
LN10 = math.log(10)


def dirty_body(label: dict[str, Any]) -> str:
    """The dirty body a label's ``injected`` offsets index (its clean body with the spam put back)."""
    body = label["body"]
    for inj in sorted(label["injected"], key=lambda d: d["offset"]):
        body = body[:inj["offset"]] + inj["fragment"] + body[inj["offset"]:]
    return body


def _where(para: str, i: int, j: int) -> str:
    prev = para[i - 1] if i else ""
    if not prev or prev in _PUNCT:
        return "mark"
    return "inside" if _CJK.match(prev) and j < len(para) and _CJK.match(para[j]) else "other"


def capture(seeds: Iterable[int], model: lm.ContextModel, left: int, right: int) -> list[dict[str, Any]]:
    """The occurrences of the spam's pieces on each seed's stuffed pages, labelled and read by KenLM."""
    out: list[dict[str, Any]] = []
    for seed in seeds:
        for page in generate(300, seed):
            label = page.label
            if label["control"] or not label["injected"]:
                continue
            body = dirty_body(label)
            spam = {(d["offset"], d["fragment"]) for d in label["injected"]}
            spans = [(d["offset"], d["offset"] + len(d["fragment"])) for d in label["injected"]]
            memo: dict[str, float] = {}
            for piece in sorted({d["fragment"] for d in label["injected"]}):
                for m in re.finditer(re.escape(piece), body):
                    s, e = m.span()
                    stuffed = (s, piece) in spam
                    if not stuffed and any(a < e and s < b for a, b in spans):
                        continue
                    ps = body.rfind("\n", 0, s) + 1
                    pe = body.find("\n", e)
                    para = body[ps:len(body) if pe < 0 else pe]
                    i, j = s - ps, e - ps
                    near_l = neighbours(para, i - 1, -1, (), LM_WINDOW)[::-1]
                    near_r = neighbours(para, j, 1, (), LM_WINDOW)
                    out.append({
                        "seed": seed, "page": label["id"], "piece": piece, "stuffed": stuffed,
                        "pos": _where(para, i, j), "order": label["spec"]["order"],
                        "kgain": model.gain(near_l, piece, near_r, (), memo),
                        "klead": model.lead(piece, near_r, (), memo) if near_r else None,
                        "left": para[max(0, i - left):i], "right": para[j:j + right],
                    })
    return out


def sample(records: list[dict[str, Any]], per_class: int, seed: int = 1) -> list[dict[str, Any]]:
    """``per_class`` records of each (stuffed, mark/inside) class, each weighted by its class's
    share of the whole (``w``)."""
    groups: dict[tuple[bool, str], list[dict[str, Any]]] = {}
    for r in records:
        if r["pos"] != "other":
            groups.setdefault((r["stuffed"], r["pos"]), []).append(r)
    rng = random.Random(seed)
    chosen: list[dict[str, Any]] = []
    for key in sorted(groups):
        group = groups[key]
        take = rng.sample(group, min(per_class, len(group)))
        for r in take:
            r["w"] = len(group) / len(take)
        chosen += take
    rng.shuffle(chosen)
    return chosen


class CausalModel:
    """A causal LM read from a GGUF file by ``transformers`` (dequantised to float32)."""

    def __init__(self, path: str, threads: int = 1) -> None:
        import os
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer
        torch.set_num_threads(threads)
        folder, name = str(Path(path).parent), Path(path).name
        self.torch = torch
        self.tok = AutoTokenizer.from_pretrained(folder, gguf_file=name)
        self.model = AutoModelForCausalLM.from_pretrained(folder, gguf_file=name, dtype=torch.float32).eval()
        bos = self.tok.bos_token_id
        self.bos = bos if bos is not None else self.tok.convert_tokens_to_ids("<|endoftext|>")
        self.pad = self.tok.pad_token_id or 0
        config = self.model.config
        self.cap = getattr(config, "final_logit_softcapping", None)

    def continuations(self, pairs: Sequence[tuple[str, str]]) -> list[float]:
        """ln P(cont | left) for each ``(left, cont)``: the vocabulary's softmax only over the
        continuation's positions (the head over a 262k vocabulary is most of the cost)."""
        torch = self.torch
        seqs, starts = [], []
        for left, cont in pairs:
            head = [self.bos] + self.tok(left, add_special_tokens=False).input_ids
            seqs.append(head + self.tok(cont, add_special_tokens=False).input_ids)
            starts.append(len(head))
        n = max(map(len, seqs))
        ids = torch.full((len(seqs), n), self.pad, dtype=torch.long)
        mask = torch.zeros((len(seqs), n), dtype=torch.long)
        for k, s in enumerate(seqs):
            ids[k, :len(s)] = torch.tensor(s)
            mask[k, :len(s)] = 1
        out = []
        with torch.no_grad():
            hidden = self.model.model(input_ids=ids, attention_mask=mask).last_hidden_state
            for k, s in enumerate(seqs):
                logits = self.model.lm_head(hidden[k, starts[k] - 1:len(s) - 1]).float()
                if self.cap:
                    logits = torch.tanh(logits / self.cap) * self.cap
                picked = logits.log_softmax(-1).gather(1, torch.tensor(s[starts[k]:])[:, None])
                out.append(float(picked.sum()))
        return out

    def gains(self, records: list[dict[str, Any]], batch: int = 8) -> float:
        """Set each record's ``ngain`` (log10); the CPU seconds it took."""
        start = time.process_time()
        for k in range(0, len(records), batch):
            chunk = records[k:k + batch]
            pairs = [p for r in chunk for p in ((r["left"], r["right"]), (r["left"], r["piece"] + r["right"]))]
            lps = self.continuations(pairs)
            for i, r in enumerate(chunk):
                r["ngain"] = (lps[2 * i] - lps[2 * i + 1]) / LN10
        return time.process_time() - start


class LlamaModel(CausalModel):
    """The same gain read by ``llama-cpp-python``, which keeps the file's quantised weights: the
    left context is evaluated once (the vocabulary's head only at its last token) and the cache
    rewound to it for the second continuation."""

    def __init__(self, path: str, threads: int = 1) -> None:
        import numpy
        from llama_cpp import Llama
        self.np = numpy
        self.llm = Llama(model_path=path, n_ctx=128, n_batch=128, n_threads=threads,
                         n_threads_batch=threads, logits_all=False, verbose=False)
        self.bos = self.llm.token_bos()
        self.left: list[int] = []

    def _tokens(self, text: str) -> list[int]:
        return self.llm.tokenize(text.encode("utf-8"), add_bos=False, special=False) if text else []

    def continuations(self, pairs: Sequence[tuple[str, str]]) -> list[float]:
        np, llm, out = self.np, self.llm, []
        for left, cont in pairs:
            head = [self.bos] + self._tokens(left)
            if head != self.left:
                llm.reset()
                llm.eval(head)
                self.left = head
                self.last = np.ctypeslib.as_array(llm._ctx.get_logits(), shape=(llm.n_vocab(),)).copy()
            ids = self._tokens(cont)
            rows = self.last[None, :]
            if len(ids) > 1:
                llm.n_tokens = len(head)
                llm._logits_all = True  # the head over the continuation's positions only
                llm.eval(ids[:-1])
                llm._logits_all = False
                rows = np.vstack([rows, llm.scores[len(head):len(head) + len(ids) - 1]])
            top = rows.max(1, keepdims=True)
            norm = top[:, 0] + np.log(np.exp(rows - top).sum(1))
            out.append(float((rows[np.arange(len(ids)), ids] - norm).sum()))
        return out


def auc(pos: Sequence[float], neg: Sequence[float], wp: Sequence[float] | None = None,
        wn: Sequence[float] | None = None) -> float:
    """The (weighted) chance that a score of ``pos`` outranks one of ``neg``, ties counting half."""
    wp = wp or [1.0] * len(pos)
    wn = wn or [1.0] * len(neg)
    items = sorted([(s, 1, w) for s, w in zip(pos, wp)] + [(s, 0, w) for s, w in zip(neg, wn)])
    below = acc = 0.0
    i = 0
    while i < len(items):
        j, gp, gn = i, 0.0, 0.0
        while j < len(items) and items[j][0] == items[i][0]:
            gp, gn = (gp + items[j][2], gn) if items[j][1] else (gp, gn + items[j][2])
            j += 1
        acc += gp * (below + gn / 2)
        below += gn
        i = j
    total = sum(wp) * sum(wn)
    return acc / total if total else math.nan


def recall_at(pos: Sequence[float], neg: Sequence[float], fpr: float = 0.05) -> float:
    """Share of ``pos`` above the score that only ``fpr`` of ``neg`` exceed."""
    ranked = sorted(neg, reverse=True)
    bar = ranked[min(len(ranked) - 1, int(fpr * len(ranked)))] if ranked else -math.inf
    return sum(p > bar for p in pos) / len(pos) if pos else math.nan


CLASSES: tuple[tuple[str, Callable[[dict[str, Any]], bool]], ...] = (
    ("overall (mark and inside)", lambda r: r["pos"] != "other"),
    ("(a) inside clauses", lambda r: r["pos"] == "inside"),
    ("(a) inside, KenLM gain < 6", lambda r: r["pos"] == "inside" and r["kgain"] < 6),
    ("(b) after a mark", lambda r: r["pos"] == "mark"),
)


def report(records: list[dict[str, Any]], keys: Sequence[str]) -> str:
    """A Markdown table: per class, AUC (weighted for the overall row) and recall at 5 % of the
    article's occurrences, for each score in ``keys`` (``-klead``: the lead, negated)."""
    def value(r: dict[str, Any], key: str) -> float | None:
        v = r.get(key.lstrip("-"))
        return None if v is None else (-v if key.startswith("-") else v)

    lines = ["| class | stuffed / own | " + " | ".join(f"{k}: AUC, recall@5%" for k in keys) + " |",
             "|---|---|" + "---|" * len(keys)]
    for name, keep in CLASSES:
        rows = [r for r in records if keep(r)]
        cells = []
        for key in keys:
            pos = [(v, r.get("w", 1.0)) for r in rows if r["stuffed"] and (v := value(r, key)) is not None]
            neg = [(v, r.get("w", 1.0)) for r in rows if not r["stuffed"] and (v := value(r, key)) is not None]
            weighted = name.startswith("overall")
            a = auc([v for v, _ in pos], [v for v, _ in neg],
                    [w for _, w in pos] if weighted else None, [w for _, w in neg] if weighted else None)
            cells.append(f"{a:.3f}, {recall_at([v for v, _ in pos], [v for v, _ in neg]):.2f}")
        n_pos = sum(r["stuffed"] for r in rows)
        lines.append(f"| {name} | {n_pos} / {len(rows) - n_pos} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--gguf", help="a causal LM in a GGUF file, read by transformers")
    parser.add_argument("--llama", action="store_true",
                        help="read --gguf with llama-cpp-python (quantised weights kept) instead")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--per-class", type=int, default=0,
                        help="score this many occurrences of each class with --gguf (0: all)")
    parser.add_argument("--left", type=int, default=20)
    parser.add_argument("--right", type=int, default=12)
    parser.add_argument("--jsonl", type=Path, help="write the scored occurrences here")
    parser.add_argument("--load", type=Path, help="report on occurrences written by --jsonl")
    args = parser.parse_args(argv)
    if args.load:
        records = [json.loads(line) for line in args.load.open(encoding="utf-8")]
    else:
        model = lm.load(lm.find())
        if model is None:
            print("no KenLM model: pip install 'cleaner[lm]' and Debian's libime-data-language-model",
                  file=sys.stderr)
            return 2
        records = capture(args.seeds, model, args.left, args.right)
        print(f"{len(records)} occurrences on seeds {args.seeds}", file=sys.stderr)
        if args.gguf:
            if args.per_class:
                records = sample(records, args.per_class)
            started = time.time()
            causal = (LlamaModel if args.llama else CausalModel)(args.gguf, args.threads)
            print(f"model loaded in {time.time() - started:.0f} s", file=sys.stderr)
            cpu = causal.gains(records)
            print(f"{len(records)} occurrences scored, {1000 * cpu / max(1, len(records)):.0f} ms "
                  "of CPU each", file=sys.stderr)
    if args.jsonl:
        with args.jsonl.open("w", encoding="utf-8") as out:
            for r in records:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
    keys = ["kgain", "-klead"] + (["ngain"] if any("ngain" in r for r in records) else [])
    print(report(records, keys))
    return 0


if __name__ == "__main__":
    sys.exit(main())
