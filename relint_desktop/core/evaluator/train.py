"""Train the evaluator's small model on corpus/dev.jsonl and write model.json (never reads held-out).

    python -m relint_desktop.core.evaluator.train [--corpus corpus/dev.jsonl] [--folds 5]

Per label, an L2-regularised logistic regression fitted by AdaGrad over the features in model.py.
With --folds it first prints a cross-validated estimate on the development part.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path

from relint_desktop.core.evaluation import ReplyContext
from relint_desktop.core.evaluator import model as M
from relint_desktop.core.evaluator import text as T
from relint_desktop.core.evaluator.pipeline import rule_spans
from relint_desktop.core.evaluator.rules import Reading
from relint_desktop.core.rubric import LABELS, RED_LABELS

TARGETS = LABELS + ("_red",)
"""Every label, plus "any red label at all" (the polarity model)."""

EPOCHS = 40
L2 = 0.005
"""Used only when PRIOR is 0. Stronger than the 0.002 of earlier rounds: with the fresh batches, 0.002 gave topic
words weight ("friday" and a sentence opening "I" made "I checked the date, it's next Friday." a `judge`); out of
fold the two scored the same."""
PRIOR = 1.0
"""The Gaussian prior's strength over a whole pass (see fit); 0 falls back to L2 per occurrence, as in rounds 1-3.
Per occurrence, a word seen in 3 replies was hardly held back: retrained on round 4's corpus, "checked" (6 replies,
1 of them a dismissal) weighed 1.6 for `dismiss` and turned "I checked the date, it's next Friday." into one. With
the prior the same out-of-fold figures (macro-F1 0.831 against 0.830 end to end) and no such weights."""
RATE = 0.3
MIN_COUNT = 3
MIN_CONTEXTS = 3
"""A word feature must also turn up in replies to this many different prompts. The corpus answers each prompt many
times, so a word seen around one or two prompts only is that prompt's topic ("checked", "friday"), and its weight
says which labels that prompt's replies happened to carry, not what the word does."""
WORD_FEATURES = ("w:", "b:", "s:", "ss:", "sq:")
"""Features that are words: n-grams and the first word of each sentence ("ss:glad" is a word, not a shape). They
need MIN_COUNT replies; the polarity model sees them only with POLARITY_WORDS."""
RULE_FEATURES = True
"""Whether the model sees which labels the rules found. Off is the cleaner design (the rules were written while
reading dev, so on dev they look better than they are), but out-of-fold it scored the same and it leaves the
polarity model with nothing to add, so the rules' findings stay in as features."""
RULE_DROPOUT = 0.3
"""Share of training passes in which the rules' findings are hidden from an example (see RULE_FEATURES)."""
THRESHOLDS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)
"""Where the model may add a label the rules missed: only when it thinks the label more likely than not. Chosen on
the selection batches (below), lower thresholds (0.35-0.45) won a little there but put `judge` on 14 of the
scenarios' kind or plain choices (scenario agreement fell from 99.4% to 94.6%): they fit the selection batches'
mix of labels rather than the rubric."""
POLARITY_THRESHOLDS = (0.95, 0.9, 0.85)
"""Where the polarity model may add a red label when no red label was found (highest first). It must be confident:
at 0.6 (the best on the selection batches) it turned plain replies red ("I checked the date, it's next Friday.")."""
POLARITY_WORDS = False
"""Whether the polarity model sees words. Round 3 kept them out (its word weights were topic: "friday", "apply").
Round 4 tried them again, on condition that the plain probes and the scenarios' kind choices stay uncoloured: out of
fold on the selection batches polarity rose from 0.884 to 0.902, but the model turned "I'm not going anywhere. Take
your time." and "He's lucky to have a dad who notices." red, so the condition failed and they stay out."""
FLOOR = {"hijack": 0.55}
"""Per label, the lowest threshold the choice may take. Round 4: at 0.5 the model called "You always tell me the
truth, and I really value that." a hijack (p 0.52); 0.55 scores 0.804 out of fold against 0.811."""
NEVER = 1.01
"""A threshold no probability reaches: the model adds nothing (used when a label's only say is the veto)."""
VETOES = (0.0, 0.05, 0.1, 0.15, 0.2)
"""Round 5: below which probability the model may drop a red label the rules found (0: it may not). The rules were
written beside the older batches; on fresh wording some of their red findings are wrong, and while the model could
only add, those stayed whatever it learned. Chosen per red label on the selection batches like the thresholds."""
VETO_CAP = {"fix": 0.15, "weaponize": 0.05}
"""The highest veto a label may take (the probes' guard, round 5). At 0.2 `fix` lost "You have to keep it together at
work." (p 0.195), a plain instruction; at 0.1 `weaponize` lost a jab at a disclosure made earlier in the same
conversation (p 0.07: the model sees the history the scenario passes, not what was said in the transcript)."""
SELECTION_FROM_BATCH = 23
"""Batches numbered from here on (corpus/src/23-... onwards) were written by a hand that never saw the evaluator,
and no rule may be written from them. Out of fold, they show how rules and model do on wording the rules were not
tuned on, so the combination and thresholds are chosen on them alone (the older batches still train the model).
Chosen on all of dev instead, the choice leaned to the rules, which look better there than they are."""
MODES = ("or",)
"""How the model may combine with the rules: it can add a label the rules missed. It drops one they found only
through VETOES (red labels, capped by the probes), so the rubric's typical shapes stay labelled whatever the
corpus holds."""


def context_of(item: dict) -> ReplyContext:
    """The ReplyContext of one corpus line."""
    history = item.get("history") or []
    return ReplyContext(prompt=str(item.get("prompt") or ""), relationship=str(item.get("relationship") or "other"),
                        history=tuple(h for h in history if isinstance(h, str)),
                        understood=bool(item.get("understood")), permission_given=bool(item.get("permission_given")))


def featurise(items: list[dict]) -> list[tuple[dict[str, float], set[str]]]:
    """(features, gold labels) per item."""
    rows = []
    for item in items:
        reading = Reading(T.clean(item["reply"][: T.MAX_CHARS]), context_of(item))
        spans = rule_spans(reading)
        gold = set(item.get("labels") or ())
        rows.append((M.features(reading, {s.label for s in spans}), gold | ({M.ANY_RED} if gold & set(RED_LABELS) else set())))
    return rows


def fit(rows, label: str, vocab: set[str], counts: dict[str, int] | None = None) -> dict[str, float]:
    """One label's weights. With PRIOR (and `counts`, the rows each feature is in), every weight is pulled to 0 by the
    same amount per pass over the data, whether the feature is common or rare; without it, by L2 each time the
    feature is seen, which hardly holds back a rare word."""
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    order = list(range(len(rows)))
    rng = random.Random(7)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            feats, gold = rows[i]
            if RULE_DROPOUT and rng.random() < RULE_DROPOUT:
                # Now and then hide what the rules found, so the words carry weight of their own.
                feats = {f: v for f, v in feats.items() if not f.startswith("r:")}
            y = 1.0 if label in gold else 0.0
            z = sum(w.get(f, 0.0) * v for f, v in feats.items() if f in vocab)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            err = p - y
            for f, v in feats.items():
                if f not in vocab:
                    continue
                reg = PRIOR / counts[f] if PRIOR and counts else L2
                grad = err * v + reg * w.get(f, 0.0)
                g2[f] = g2.get(f, 0.0) + grad * grad
                w[f] = w.get(f, 0.0) - RATE * grad / (math.sqrt(g2[f]) + 1e-8)
    return {f: round(v, 4) for f, v in w.items() if abs(v) >= 0.01}


def train(rows, groups: list[str] | None = None) -> dict:
    """A model dict (weights per label) from featurised rows; `groups` names each row's prompt (MIN_CONTEXTS)."""
    counts: dict[str, int] = {}
    prompts: dict[str, set[str]] = {}
    for k, (feats, _) in enumerate(rows):
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
            if groups is not None and f.startswith(WORD_FEATURES):
                prompts.setdefault(f, set()).add(groups[k])
    def heard_enough(f: str) -> bool:
        return counts[f] >= MIN_COUNT and (groups is None or len(prompts[f]) >= MIN_CONTEXTS)

    vocab = {f for f in counts if (not f.startswith(WORD_FEATURES) or heard_enough(f))
             and (RULE_FEATURES or not f.startswith("r:"))}
    # Without POLARITY_WORDS the polarity model sees no words (see there).
    shape_vocab = vocab if POLARITY_WORDS else {f for f in vocab if not f.startswith(WORD_FEATURES)}
    return {"version": 1, "threshold": {},
            "weights": {label: fit(rows, label, shape_vocab if label == M.ANY_RED else vocab, counts)
                        for label in TARGETS}}


def out_of_fold(rows, folds: int, selection: set[int] | None = None,
                groups: list[str] | None = None) -> list[dict[str, float]]:
    """Each row's label probabilities from a model that never saw it (k-fold on the development part).

    The folds are contiguous blocks in file order: the corpus is written in topical batches, so a block
    is closer to "replies written another day" than a random fold, and the thresholds chosen are more honest."""
    probs: list[dict[str, float]] = [{} for _ in rows]
    for test in fold_sets(len(rows), folds, selection or set()):
        kept = [i for i in range(len(rows)) if i not in test]
        model = train([rows[i] for i in kept], [groups[i] for i in kept] if groups is not None else None)
        for i in test:
            probs[i] = {label: M.probability(model["weights"][label], rows[i][0]) for label in TARGETS}
    return probs


def fold_sets(n: int, folds: int, selection: set[int]) -> list[set[int]]:
    """Contiguous blocks, cut separately in the older rows and in the selection rows, so every fold holds a fifth
    of each (the selection rows are then graded by a model that trained on the rest of them too)."""
    out: list[set[int]] = [set() for _ in range(folds)]
    for group in ([i for i in range(n) if i not in selection], sorted(selection)):
        size = -(-len(group) // folds) if group else 1
        for k in range(folds):
            out[k].update(group[k * size:(k + 1) * size])
    return out


def selection_rows(items: list[dict]) -> set[int]:
    """The rows of the selection batches (SELECTION_FROM_BATCH on); all rows when the corpus has none."""
    chosen = {i for i, item in enumerate(items) if batch_number(item) >= SELECTION_FROM_BATCH}
    return chosen or set(range(len(items)))


def batch_number(item: dict) -> int:
    """The number of the batch a corpus line came from ("23-fresh-home" -> 23), -1 when it has none."""
    head = str(item.get("batch") or "").split("-", 1)[0]
    return int(head) if head.isdigit() else -1


def choose(rows, probs) -> tuple[dict[str, str], dict[str, float], dict[str, float]]:
    """Per label, how rules and model combine (rules, or), the threshold and, for red labels, the veto (VETOES), by
    out-of-fold F1 on ROWS."""
    modes, thresholds, vetoes = {}, {}, {}
    print(f"  label        mode   thr   F1 (out-of-fold, {len(rows)} selection replies)      rules-only F1")
    f1s = []
    for label in LABELS:
        rule = [("r:" + label) in feats for feats, _ in rows]
        gold = [label in g for _, g in rows]
        best = ("rules", 0.5, _f1(rule, gold))
        rules_f1 = best[2]
        for mode in MODES:
            for thr in THRESHOLDS:
                if thr < FLOOR.get(label, 0.0):
                    continue
                model_yes = [p.get(label, 0) >= thr for p in probs]
                pred = [_combine(mode, r, m) for r, m in zip(rule, model_yes)]
                f1 = _f1(pred, gold)
                if f1 > best[2] + 0.005:
                    best = (mode, thr, f1)
        modes[label], thresholds[label] = best[0], best[1]
        veto, f1 = choose_veto(label, rule, gold, probs, best) if label in RED_LABELS else (0.0, best[2])
        if veto:
            vetoes[label] = veto
            if best[0] == "rules":
                modes[label], thresholds[label] = "or", NEVER
        f1s.append(f1)
        print(f"  {label:12} {best[0]:6} {best[1]:.2f}  {f1:.3f}  veto {veto:.2f}          {rules_f1:.3f}")
    print(f"  out-of-fold macro-F1 on them (before the rubric's hard rules): {sum(f1s) / len(f1s):.3f}")
    # The polarity model: when nothing red was found but it is confident the reply breaks trust.
    red_now = []
    for (feats, _), p in zip(rows, probs):
        red_now.append(any(_combine(modes[l], ("r:" + l) in feats and p.get(l, 0) >= vetoes.get(l, 0.0),
                                    p.get(l, 0) >= thresholds[l]) for l in RED_LABELS))
    gold_red = [M.ANY_RED in g for _, g in rows]
    base = sum(r == g for r, g in zip(red_now, gold_red)) / max(1, len(rows))
    # The rules' findings are features, and the rules were written while reading dev, so out-of-fold the
    # polarity model looks less useful than it is on new replies. It therefore stays on at the most accurate
    # threshold that gains accuracy here, and is off when none does.
    # It must be confident, though: the highest threshold wins a tie.
    best = (1.01, base)
    for thr in POLARITY_THRESHOLDS:
        pred = [r or p.get(M.ANY_RED, 0) >= thr for r, p in zip(red_now, probs)]
        acc = sum(a == g for a, g in zip(pred, gold_red)) / max(1, len(rows))
        if acc > best[1]:
            best = (thr, acc)
    thresholds[M.ANY_RED] = best[0]
    print(f"  polarity out-of-fold: {base:.3f} without the polarity model, {best[1]:.3f} with it (threshold {best[0]})")
    return modes, thresholds, vetoes


def choose_veto(label: str, rule: list[bool], gold: list[bool], probs, chosen: tuple) -> tuple[float, float]:
    """The veto for one red label (VETOES, lowest first; a higher one must win by more than 0.005) and its F1."""
    mode, thr, f1 = chosen
    if mode == "rules":
        thr = NEVER  # the model adds nothing here, but it may still overrule
    best = (0.0, f1)
    for veto in VETOES[1:]:
        if veto > VETO_CAP.get(label, 1.0):
            break
        pred = [(r and p.get(label, 0) >= veto) or p.get(label, 0) >= thr for r, p in zip(rule, probs)]
        score = _f1(pred, gold)
        if score > best[1] + 0.005:
            best = (veto, score)
    return best


def _combine(mode: str, rule: bool, model_yes: bool) -> bool:
    return {"rules": rule, "model": model_yes, "or": rule or model_yes, "and": rule and model_yes}[mode]


def _f1(pred, gold) -> float:
    tp = sum(p and g for p, g in zip(pred, gold))
    fp = sum(p and not g for p, g in zip(pred, gold))
    fn = sum(g and not p for p, g in zip(pred, gold))
    return 2 * tp / max(1, 2 * tp + fp + fn)


def main(argv: list[str] | None = None) -> int:
    """Train and write the model file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="corpus/dev.jsonl")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--out", default=str(M.MODEL_FILE))
    args = parser.parse_args(argv)
    if "heldout" in Path(args.corpus).name:
        print("train: refusing to train on the held-out part", file=sys.stderr)
        return 2
    items = [json.loads(line) for line in Path(args.corpus).read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = featurise(items)
    groups = [str(item.get("prompt") or "") for item in items]
    model = train(rows, groups)
    if args.folds >= 2:
        chosen = selection_rows(items)
        probs = out_of_fold(rows, args.folds, chosen, groups)
        picked = sorted(chosen)
        chosen_rows, chosen_probs = [rows[i] for i in picked], [probs[i] for i in picked]
        model["mode"], model["threshold"], model["veto"] = choose(chosen_rows, chosen_probs)
    Path(args.out).write_text(json.dumps(model, separators=(",", ":"), sort_keys=True), encoding="utf-8")
    print(f"wrote {args.out} ({Path(args.out).stat().st_size // 1024} KB) from {len(rows)} replies")
    return 0


if __name__ == "__main__":
    sys.exit(main())
