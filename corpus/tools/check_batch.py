"""Check one or more batch files on their own, before rebuilding the corpus.

    python corpus/tools/check_batch.py corpus/src/23-something.txt [...]

Prints the number of replies, the labels' counts, the share with two or more labels, hard cases and no label,
and every line that breaks a mechanical rule of corpus/README.md: every per-reply rule the corpus tests hold
(question counting, either-or, the stage rule, weaponize pairing, kind-recall, the kinds' labels). Exit 1 when a batch does not parse or breaks a rule. It reads only the files named.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build  # noqa: E402
import stats  # noqa: E402


def rule_problems(records: list[dict]) -> list[str]:
    """The counting rules (stats.problems) plus every per-reply rule of tests/corpus/test_corpus.py, so a batch that
    passes here also passes there (tests/corpus checks that this flags each one)."""
    out = stats.problems(records)
    for r in records:
        labels = set(r["labels"])
        if r["kind"] == "either-or" and (stats.count_questions(r["reply"]) != 1 or "interrogate" in labels):
            out.append(f"{r['id']}: either-or is exactly one question and never interrogate: {r['reply']}")
        if r["understood"] and r["permission_given"] and ("fix" in labels or labels >= {"judge"} and
                                                          "weaponize" not in labels):
            out.append(f"{r['id']}: after understood and permission, advice is not fix and a view not judge: "
                       f"{r['reply']}")
        if r["kind"] == "stage-after-understood" and not (r["understood"] and r["permission_given"]) \
                and "fix" not in labels:
            out.append(f"{r['id']}: stage-after-understood without both flags is advice still fix: {r['reply']}")
        if r["kind"] == "permission-then-advice" and ("permission" in labels or not labels & {"fix", "judge"}):
            out.append(f"{r['id']}: permission-then-advice is fix (or judge), not permission: {r['reply']}")
        if r["kind"] == "clinical-mirror" and "mirror" not in labels:
            out.append(f"{r['id']}: clinical-mirror needs mirror: {r['reply']}")
        if r["kind"] == "neutral" and labels:
            out.append(f"{r['id']}: neutral carries no label: {r['reply']}")
        if r["kind"] == "hijack-story" and "hijack" not in labels:
            out.append(f"{r['id']}: hijack-story needs hijack: {r['reply']}")
        if r["kind"] == "brief-self-disclosure" and labels >= {"clarify", "hijack"}:
            out.append(f"{r['id']}: a brief self-disclosure that hands back is not hijack: {r['reply']}")
        if "weaponize" in labels and not labels & {"judge", "escalate"}:
            out.append(f"{r['id']}: weaponize needs judge or escalate too: {r['reply']}")
        if r["kind"] == "weaponize-from-history" and not r["history"]:
            out.append(f"{r['id']}: weaponize-from-history needs an 'h ' line: {r['reply']}")
        if r["kind"] == "kind-recall" and ("weaponize" in labels or not r["history"]):
            out.append(f"{r['id']}: kind-recall needs history and is never weaponize: {r['reply']}")
        if r["kind"] == "kind-recall" and not labels & {"clarify", "validate", "appreciate"}:
            out.append(f"{r['id']}: kind-recall needs clarify, validate or appreciate: {r['reply']}")
        if r["kind"] == "praise-not-validate" and "validate" in labels:
            out.append(f"{r['id']}: praise-not-validate is never validate: {r['reply']}")
        if r["kind"] == "prediction-dismiss" and "dismiss" not in labels:
            out.append(f"{r['id']}: prediction-dismiss needs dismiss: {r['reply']}")
    return out


def main(paths: list[str]) -> int:
    failed = False
    for name in paths:
        path = Path(name)
        try:
            records = build.parse_batch(path.read_text(encoding="utf-8"), path.name)
        except (OSError, build.BatchError) as error:
            print(f"{name}: {error}")
            failed = True
            continue
        records = [{"id": f"{path.stem}:{n}", **r} for n, r in enumerate(records, 1)]
        n = max(1, len(records))
        labels = Counter(label for r in records for label in r["labels"])
        print(f"{name}: {len(records)} replies; two or more labels {sum(len(r['labels']) >= 2 for r in records) / n:.0%}, "
              f"hard {sum(r['hard'] for r in records) / n:.0%}, no label {sum(not r['labels'] for r in records) / n:.0%}")
        print("  " + ", ".join(f"{label} {labels[label]}" for label in stats.LABELS))
        for problem in rule_problems(records):
            print("  " + problem)
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
