"""Benchmark of the evaluator on the labelled corpus: accuracy against a baseline, speed, import time.

    ./dev bench evaluator          (or: .venv/bin/python benchmarks/bench_evaluator.py [--part heldout|dev|both])

The held-out part is only read here, for the figures; nothing is tuned on it and no item is printed.
The small model is trained on the development part, so the dev figures are optimistic by construction.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from relint_desktop.core.evaluation import ReplyContext  # noqa: E402
from relint_desktop.core.evaluator import evaluate  # noqa: E402
from relint_desktop.core.evaluator.text import MAX_CHARS  # noqa: E402
from relint_desktop.core.evaluator.train import batch_number  # noqa: E402
from relint_desktop.core.rubric import LABELS, RED_LABELS  # noqa: E402

TARGETS = {"macro_f1": 0.85, "label_f1": 0.70, "polarity": 0.95, "p95_ms": 5.0, "import_ms": 150.0, "long_ms": 50.0}

# The baseline: a plain keyword list per label, the kind of thing one writes in ten minutes.
BASELINE = {
    "hijack": ("reminds me", "when i was", "happened to me", "my day", "what about me", "me too"),
    "judge": ("overreact", "stupid", "your fault", "should have", "why would you", "ridiculous", "lazy", "silly"),
    "fix": ("you should", "just ", "have you tried", "you need to", "why don't you", "try "),
    "dismiss": ("don't worry", "at least", "no big deal", "it'll be fine", "anyway", "not a big deal", "cheer up"),
    "escalate": ("!!", "can't believe", "grounded", "disaster", "what?!", "furious"),
    "weaponize": ("you admitted", "you told me", "you said yourself", "like you said"),
    "interrogate": (),
    "clarify": ("tell me more", "what happened", "what was that like", "how did"),
    "mirror": ("sounds like", "so you", "you feel", "you're feeling"),
    "appreciate": ("thank", "glad you told", "appreciate"),
    "validate": ("makes sense", "understandable", "that's hard", "sounds hard", "of course you"),
    "permission": ("do you want", "would you like", "can i offer", "if you want"),
}


def baseline(reply: str) -> set[str]:
    """Labels by keyword lookup, plus '2+ question marks' for interrogate."""
    low = reply.lower()
    found = {label for label, words in BASELINE.items() if any(w in low for w in words)}
    if low.count("?") >= 2:
        found.add("interrogate")
        found.discard("clarify")
    return found


def load(part: str) -> list[dict]:
    """The corpus lines of one part (malformed lines are skipped and counted)."""
    path = ROOT / "corpus" / f"{part}.jsonl"
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            item = json.loads(line)
        except ValueError:
            continue
        if isinstance(item, dict) and isinstance(item.get("reply"), str):
            items.append(item)
    return items


def context_of(item: dict) -> ReplyContext:
    """The ReplyContext of one corpus line."""
    return ReplyContext(prompt=str(item.get("prompt") or ""), relationship=str(item.get("relationship") or "other"),
                        history=tuple(h for h in item.get("history") or () if isinstance(h, str)),
                        understood=bool(item.get("understood")), permission_given=bool(item.get("permission_given")))


def scores(gold: list[set[str]], pred: list[set[str]]) -> dict:
    """Per-label precision/recall/F1, macro-F1 and polarity accuracy."""
    per = {}
    for label in LABELS:
        tp = sum(label in g and label in p for g, p in zip(gold, pred))
        fp = sum(label not in g and label in p for g, p in zip(gold, pred))
        fn = sum(label in g and label not in p for g, p in zip(gold, pred))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        per[label] = (prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0, tp + fn)
    red = set(RED_LABELS)
    polarity = sum(bool(g & red) == bool(p & red) for g, p in zip(gold, pred)) / max(1, len(gold))
    exact = sum(g == p for g, p in zip(gold, pred)) / max(1, len(gold))
    false_red = sum(bool(p & red) and not g & red for g, p in zip(gold, pred))
    missed_red = sum(bool(g & red) and not p & red for g, p in zip(gold, pred))
    return {"per": per, "macro": sum(v[2] for v in per.values()) / len(per), "polarity": polarity, "exact": exact,
            "false_red": false_red, "missed_red": missed_red}


def mark(ok: bool) -> str:
    return "met" if ok else "NOT MET"


def report(part: str) -> tuple[dict, list[float]]:
    """Grade one part, print its table and return the scores and per-reply latencies (ms)."""
    items = load(part)
    gold = [set(i.get("labels") or ()) for i in items]
    contexts = [context_of(i) for i in items]
    evaluate("warm up", ReplyContext(prompt="warm up"))  # loads the model file once, as the app does on first use
    pred, times = [], []
    for item, ctx in zip(items, contexts):
        start = time.perf_counter()
        ev = evaluate(item["reply"], ctx)
        times.append((time.perf_counter() - start) * 1000)
        pred.append(set(ev.labels))
    ours = scores(gold, pred)
    base = scores(gold, [baseline(i["reply"]) for i in items])
    print(f"\n== {part}: {len(items)} replies ==")
    print(f"{'label':12} {'n':>4}  {'P':>5} {'R':>5} {'F1':>5}   baseline F1   target F1>={TARGETS['label_f1']:.2f}")
    for label in LABELS:
        p, r, f, n = ours["per"][label]
        print(f"{label:12} {n:4d}  {p:5.2f} {r:5.2f} {f:5.2f}   {base['per'][label][2]:11.2f}   {mark(f >= TARGETS['label_f1'])}")
    ratio = ours["macro"] / base["macro"] if base["macro"] else float("inf")
    print(f"macro-F1      {ours['macro']:.3f}  (baseline {base['macro']:.3f}, ratio {ratio:.2f}x)   target >= {TARGETS['macro_f1']}: {mark(ours['macro'] >= TARGETS['macro_f1'])}")
    print(f"polarity acc  {ours['polarity']:.3f}  (baseline {base['polarity']:.3f})   target >= {TARGETS['polarity']}: {mark(ours['polarity'] >= TARGETS['polarity'])}")
    print(f"polarity errors: {ours['false_red']} replies flagged red wrongly, {ours['missed_red']} red replies missed")
    print(f"exact label-set match {ours['exact']:.3f}  (baseline {base['exact']:.3f})")
    by_hand(items, gold, pred)
    return ours, times


GROUPS = (("batches 01-22 (rules written beside them)", 1, 22),
          ("batches 23-26 (round 3, written without seeing the evaluator)", 23, 26),
          ("batches 27+ (round 4, written without seeing the evaluator)", 27, 10**6))
"""The batch groups reported separately: who wrote them, and whether the rules were written beside them."""


def by_hand(items: list[dict], gold: list[set[str]], pred: list[set[str]]) -> None:
    """The same figures for each group of batches (GROUPS)."""
    numbers = [batch_number(i) for i in items]
    for name, low_batch, high_batch in GROUPS:
        keep = [k for k, n in enumerate(numbers) if low_batch <= n <= high_batch]
        if not keep:
            continue
        part = scores([gold[k] for k in keep], [pred[k] for k in keep])
        low = min(LABELS, key=lambda label: part["per"][label][2])
        print(f"  {name}: {len(keep)} replies, macro-F1 {part['macro']:.3f}, polarity {part['polarity']:.3f}, "
              f"lowest {low} {part['per'][low][2]:.2f}")


def import_ms() -> float:
    """Import time of relint_desktop.core.evaluator in a fresh interpreter (best of 5)."""
    code = ("import time; t = time.perf_counter(); import relint_desktop.core.evaluator; "
            "print((time.perf_counter() - t) * 1000)")
    runs = []
    for _ in range(5):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
        runs.append(float(out.stdout.strip()))
    return min(runs)


def speed(times: list[float]) -> None:
    """Latency per reply, throughput, a 10,000-character reply and the import time."""
    times = sorted(times)
    p95 = times[int(0.95 * (len(times) - 1))]
    print("\n== speed ==")
    print(f"latency per reply: median {statistics.median(times):.2f} ms, p95 {p95:.2f} ms   target p95 <= {TARGETS['p95_ms']} ms: {mark(p95 <= TARGETS['p95_ms'])}")
    print(f"throughput: {1000 * len(times) / max(1e-9, sum(times)):.0f} replies/s")
    # Several 10,000-character shapes, including adversarial ones; the worst (best of 5 each) is reported.
    shapes = {"prose": "I hear you, and that sounds really hard. ", "I I I": "I ", "you you": "you ",
              "commas": "a, ", "questions": "Why would you do that? ", "shouting": "WHAT did you DO!! "}
    worst, worst_name = 0.0, ""
    for name, unit in shapes.items():
        reply = (unit * (10_000 // len(unit) + 1))[:10_000]
        runs = []
        for _ in range(5):
            start = time.perf_counter()
            evaluate(reply, ReplyContext(prompt="I feel awful", history=("I told you I panic at work",)))
            runs.append((time.perf_counter() - start) * 1000)
        if min(runs) > worst:
            worst, worst_name = min(runs), name
    print(f"10,000-character reply: worst {worst:.1f} ms ({worst_name}; best of 5 per shape; graded on the first "
          f"{MAX_CHARS:,} characters)   target <= {TARGETS['long_ms']} ms: {mark(worst <= TARGETS['long_ms'])}")
    ms = import_ms()
    print(f"import relint_desktop.core.evaluator: {ms:.1f} ms (fresh interpreter, best of 5)   target <= {TARGETS['import_ms']} ms: {mark(ms <= TARGETS['import_ms'])}")


def main(argv: list[str] | None = None) -> int:
    """Print the figures; always exits 0 when the corpus could be read (figures, not a test)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("heldout", "dev", "both"), default="both")
    args = parser.parse_args(argv)
    parts = ["heldout", "dev"] if args.part == "both" else [args.part]
    times: list[float] = []
    for part in parts:
        if not (ROOT / "corpus" / f"{part}.jsonl").exists():
            print(f"corpus/{part}.jsonl is missing", file=sys.stderr)
            return 1
        _, t = report(part)
        if part == "dev":
            print("(dev is what the rules were tuned on and the model trained on: read the held-out figures)")
        times += t
    speed(times)
    return 0


if __name__ == "__main__":
    sys.exit(main())
