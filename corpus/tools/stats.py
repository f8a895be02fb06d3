"""Print the corpus statistics table (markdown) and flag lines that break the question rule.

Run from the repository root:  python corpus/tools/stats.py   (after corpus/tools/build.py)
With --readme it also rewrites the table between the markers in corpus/README.md.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1]
LABELS = ("hijack", "judge", "fix", "dismiss", "escalate", "weaponize", "interrogate",
          "clarify", "mirror", "appreciate", "validate", "permission")
RELATIONSHIPS = ("parent", "partner", "manager", "friend", "other")
SENTENCE = re.compile(r"[^.!?…]+[.!?…]*")


def count_questions(reply: str) -> int:
    """Sentences whose closing punctuation contains '?' (rubric.md: each is one question)."""
    count = 0
    for sentence in SENTENCE.findall(reply):
        end = re.search(r"[.!?…]+$", sentence.strip())
        count += bool(end and "?" in end.group())
    return count


def load(name: str) -> list[dict]:
    """The records of corpus/NAME.jsonl."""
    return [json.loads(line) for line in (CORPUS / name).read_text(encoding="utf-8").splitlines() if line]


def problems(records: list[dict]) -> list[str]:
    """Lines whose labels contradict the counting rules."""
    out = []
    for r in records:
        q = count_questions(r["reply"])
        labels = set(r["labels"])
        if q >= 2 and "interrogate" not in labels:
            out.append(f"{r['id']}: {q} questions but no interrogate: {r['reply']}")
        if "clarify" in labels and ("interrogate" in labels or q > 1):
            out.append(f"{r['id']}: clarify with {q} questions: {r['reply']}")
        if "interrogate" in labels and q < 2 and r["kind"] != "cross-examine":
            out.append(f"{r['id']}: interrogate with {q} questions: {r['reply']}")
    return out


def table(dev: list[dict], held: list[dict]) -> str:
    """The statistics as markdown."""
    both = dev + held
    rows = ["| | dev | held-out | total |", "|---|---:|---:|---:|"]
    rows.append(f"| replies | {len(dev)} | {len(held)} | {len(both)} |")
    for label in LABELS:
        counts = [sum(label in r["labels"] for r in part) for part in (dev, held, both)]
        rows.append(f"| `{label}` | {counts[0]} | {counts[1]} | {counts[2]} |")

    def share(part: list[dict], test) -> str:
        return f"{100 * sum(1 for r in part if test(r)) / max(1, len(part)):.1f}%"

    for name, test in (("two or more labels", lambda r: len(r["labels"]) >= 2),
                       ("hard cases", lambda r: r["hard"]),
                       ("no label", lambda r: not r["labels"])):
        rows.append(f"| {name} | {share(dev, test)} | {share(held, test)} | {share(both, test)} |")
    for rel in RELATIONSHIPS:
        rows.append(f"| relationship `{rel}` | {share(dev, lambda r: r['relationship'] == rel)}"
                    f" | {share(held, lambda r: r['relationship'] == rel)}"
                    f" | {share(both, lambda r: r['relationship'] == rel)} |")
    kinds = Counter(r["kind"] for r in both)
    rows.append("")
    rows.append("| kind | replies |")
    rows.append("|---|---:|")
    rows.extend(f"| {k} | {n} |" for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))
    return "\n".join(rows)


START, END = "<!-- stats:start -->", "<!-- stats:end -->"


def update_readme(text: str) -> None:
    """Put the table between the markers of corpus/README.md."""
    readme = CORPUS / "README.md"
    content = readme.read_text(encoding="utf-8")
    head, _, rest = content.partition(START)
    _, _, tail = rest.partition(END)
    readme.write_text(f"{head}{START}\n{text}\n{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    dev, held = load("dev.jsonl"), load("heldout.jsonl")
    print(table(dev, held))
    if "--readme" in sys.argv:
        update_readme(table(dev, held))
    found = problems(dev + held)
    for p in found:
        print("PROBLEM", p, file=sys.stderr)
    sys.exit(1 if found else 0)
