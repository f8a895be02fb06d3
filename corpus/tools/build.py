"""Build corpus/dev.jsonl and corpus/heldout.jsonl from the hand-written batches in corpus/src/.

Run from the repository root:  python corpus/tools/build.py
The batches use a compact format (see corpus/README.md); ids follow file and line order,
and the split is a fixed hash of the reply text, so the same sources always give the same files.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1]
SRC = CORPUS / "src"

LETTERS = {
    "H": "hijack", "J": "judge", "F": "fix", "D": "dismiss", "E": "escalate", "W": "weaponize",
    "I": "interrogate", "C": "clarify", "M": "mirror", "A": "appreciate", "V": "validate", "P": "permission",
}
"""One letter per rubric label, so a batch line stays short."""

KINDS = {
    ".": "plain", "0": "neutral", "neg": "negation", "sar": "sarcasm", "aq": "advice-as-question",
    "bsd": "brief-self-disclosure", "hs": "hijack-story", "mr": "minimising-reassurance",
    "2q": "two-questions", "ce": "cross-examine", "eo": "either-or", "pta": "permission-then-advice",
    "pvf": "permission-vs-fix", "sau": "stage-after-understood", "wh": "weaponize-from-history",
    "we": "weaponize-explicit", "kr": "kind-recall", "cm": "clinical-mirror",
    "lf": "logistics-after-feeling", "pnv": "praise-not-validate", "pd": "prediction-dismiss",
}
"""Kind codes; every kind except plain and neutral is a hard case."""

EASY_KINDS = ("plain", "neutral")
RELATIONSHIPS = ("parent", "partner", "manager", "friend", "other")
HELDOUT_PERCENT = 30


def split_key(reply: str) -> str:
    """The text the split hashes: the reply, trimmed and lower-cased, so a reply repeated
    in two contexts (e.g. "I see.", or the same logistics question) always lands in one part."""
    return " ".join(reply.split()).lower()


def is_heldout(reply: str) -> bool:
    """The fixed split rule: sha256 of the split key, first 8 hex digits as a number, mod 100, below 30."""
    digest = hashlib.sha256(split_key(reply).encode("utf-8")).hexdigest()
    return int(digest[:8], 16) % 100 < HELDOUT_PERCENT


class BatchError(ValueError):
    """A batch line that does not follow the format."""


def parse_batch(text: str, where: str) -> list[dict]:
    """Turn one batch file into records (without ids)."""
    records: list[dict] = []
    context: dict | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        here = f"{where}:{number}"
        if line.startswith("@ "):
            relationship, _, prompt = line[2:].partition(" | ")
            if relationship.strip() not in RELATIONSHIPS or not prompt.strip():
                raise BatchError(f"{here}: bad context line")
            context = {"relationship": relationship.strip(), "prompt": prompt.strip(), "history": [],
                       "understood": False, "permission_given": False}
            continue
        if context is None:
            raise BatchError(f"{here}: reply before any context line")
        if line.startswith("h "):
            context["history"].append(line[2:].strip())
            continue
        if line.startswith("! "):
            flags = line[2:].split()
            context["understood"] = "u" in flags
            context["permission_given"] = "p" in flags
            continue
        head, sep, reply = line.partition(" | ")
        parts = head.split()
        if not sep or len(parts) != 2 or not reply.strip():
            raise BatchError(f"{here}: expected 'LABELS KIND | reply'")
        codes, kind_code = parts
        if kind_code not in KINDS:
            raise BatchError(f"{here}: unknown kind {kind_code!r}")
        if codes == "-":
            labels = []
        else:
            unknown = [c for c in codes if c not in LETTERS]
            if unknown or len(set(codes)) != len(codes):
                raise BatchError(f"{here}: bad label letters {codes!r}")
            labels = sorted(LETTERS[c] for c in codes)
        kind = KINDS[kind_code]
        records.append({
            "reply": reply.strip(), "prompt": context["prompt"], "relationship": context["relationship"],
            "history": list(context["history"]), "understood": context["understood"],
            "permission_given": context["permission_given"], "labels": labels,
            "hard": kind not in EASY_KINDS, "kind": kind,
        })
    return records


def load_all(src: Path = SRC) -> list[dict]:
    """Every record from every batch, in file-name then line order, with ids p-0001...."""
    records: list[dict] = []
    for path in sorted(src.glob("*.txt")):
        records.extend({**record, "batch": path.stem} for record in parse_batch(path.read_text(encoding="utf-8"), path.name))
    return [{"id": f"p-{n:04d}", **record} for n, record in enumerate(records, 1)]


def write(out_dir: Path = CORPUS, src: Path = SRC) -> tuple[int, int]:
    """Write dev.jsonl and heldout.jsonl; return their sizes."""
    dev, held = [], []
    for record in load_all(src):
        (held if is_heldout(record["reply"]) else dev).append(json.dumps(record, ensure_ascii=False))
    (out_dir / "dev.jsonl").write_text("\n".join(dev) + "\n", encoding="utf-8")
    (out_dir / "heldout.jsonl").write_text("\n".join(held) + "\n", encoding="utf-8")
    return len(dev), len(held)


if __name__ == "__main__":
    try:
        n_dev, n_held = write(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS)
    except BatchError as error:
        print(f"corpus build failed: {error}", file=sys.stderr)
        sys.exit(1)
    print(f"dev {n_dev}, heldout {n_held}")
