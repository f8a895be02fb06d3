"""`relint evaluate`: grade one reply readably, or a JSON-lines file as rubric.md's batch contract says."""

from __future__ import annotations

import argparse
import io
import json
import sys
from typing import IO, Iterable

from relint_desktop.core.evaluation import Evaluation, ReplyContext
from relint_desktop.core.rubric import ELEMENTS, RELATIONSHIPS

HELP = "grade a reply (or a JSON-lines file of replies) against the rubric"

EXIT_BAD_LINES = 1
"""Some input lines could not be graded (each got an error line)."""
EXIT_USAGE = 2
"""Nothing to grade, or the input file could not be read."""

# Stable codes at the start of each error message; tests check these, not the words after them.
BAD_JSON = "bad-json"
NOT_OBJECT = "not-object"
NO_REPLY = "no-reply"
BAD_REPLY = "bad-reply"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `relint evaluate`."""
    parser.add_argument("reply", nargs="?", help="the reply to grade (omit with --jsonl)")
    parser.add_argument("--jsonl", metavar="IN", help="grade every line of IN (use - for standard input)")
    parser.add_argument("--prompt", default="", help="what the other person just said")
    parser.add_argument("--relationship", default="other", choices=RELATIONSHIPS)
    parser.add_argument("--history", action="append", default=[], metavar="FACT",
                        help="something the person disclosed earlier (repeatable)")
    parser.add_argument("--understood", action="store_true", help="the person already feels understood")
    parser.add_argument("--permission-given", action="store_true", help="they accepted an offer of advice earlier")
    parser.add_argument("--json", action="store_true", help="print the single evaluation as JSON")


def run(args: argparse.Namespace) -> int:
    """Grade and print; returns the exit code."""
    from relint_desktop.core.evaluator import evaluate

    if args.jsonl:
        return grade_file(args.jsonl, sys.stdout)
    if args.reply is None:
        print("relint evaluate: give a reply to grade, or --jsonl FILE", file=sys.stderr)
        return EXIT_USAGE
    context = ReplyContext(prompt=args.prompt, relationship=args.relationship, history=tuple(args.history),
                           understood=args.understood, permission_given=args.permission_given)
    evaluation = evaluate(args.reply, context)
    if args.json:
        print(json.dumps(evaluation.to_json() | {"explanations": dict(evaluation.explanations),
                                                 "suggestion": evaluation.suggestion}, ensure_ascii=False))
    else:
        print(render(args.reply, evaluation))
    return 0


def grade_file(path: str, out: IO[str]) -> int:
    """Grade each line of a JSON-lines file (or - for stdin) to `out`, one output line per input line."""
    try:
        source = _stdin() if path == "-" else open(path, encoding="utf-8-sig", errors="replace", newline="")
    except OSError as exc:
        print(f"relint evaluate: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    failed = 0
    try:
        for line in _lines(source):
            result = grade_line(line)
            failed += "error" in result
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
    finally:
        if path != "-":
            source.close()
    out.flush()
    if failed:
        print(f"relint evaluate: {failed} line(s) could not be graded", file=sys.stderr)
        return EXIT_BAD_LINES
    return 0


def _stdin() -> IO[str]:
    # Undecodable bytes on standard input become U+FFFD instead of stopping the whole batch.
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:
        return sys.stdin
    return io.TextIOWrapper(buffer, encoding="utf-8-sig", errors="replace", newline="")


def _lines(source: Iterable[str]) -> Iterable[str]:
    for line in source:
        line = line.rstrip("\r\n")
        if line.strip():
            yield line


def grade_line(line: str) -> dict:
    """The output object for one input line: the graded fields, or {"id", "error"}."""
    from relint_desktop.core.evaluator import evaluate

    try:
        item = json.loads(line)
    except ValueError as exc:
        return {"id": None, "error": f"{BAD_JSON}: the line is not valid JSON ({exc.msg})"}
    if not isinstance(item, dict):
        return {"id": None, "error": f"{NOT_OBJECT}: the line is JSON but not an object"}
    item_id = item.get("id")
    if "reply" not in item:
        return {"id": item_id, "error": f"{NO_REPLY}: the line has no \"reply\" field"}
    if not isinstance(item["reply"], str):
        return {"id": item_id, "error": f"{BAD_REPLY}: \"reply\" must be a string"}
    evaluation = evaluate(item["reply"], context_of(item))
    return {"id": item_id} | evaluation.to_json()


def context_of(item: dict) -> ReplyContext:
    """The ReplyContext of an input object; odd or missing optional fields fall back to defaults."""
    prompt = item.get("prompt")
    relationship = item.get("relationship")
    history = item.get("history")
    return ReplyContext(
        prompt=prompt if isinstance(prompt, str) else "",
        relationship=relationship if relationship in RELATIONSHIPS else "other",
        history=tuple(h for h in history if isinstance(h, str)) if isinstance(history, list) else (),
        understood=item.get("understood") is True,
        permission_given=item.get("permission_given") is True,
    )


def render(reply: str, evaluation: Evaluation) -> str:
    """A readable evaluation: labels with the words that earned them, element scores, advice."""
    if not evaluation.gradable:
        lines = [f"Could not grade this reply: {evaluation.reason}"]
        if evaluation.suggestion:
            lines.append(f"Try instead: {evaluation.suggestion}")
        return "\n".join(lines)
    lines = [f"Grade: {evaluation.grade} (score {evaluation.score}/100)"]
    if evaluation.labels:
        lines.append("Labels:")
        for label in evaluation.labels:
            kind = "breaks" if label in evaluation.red else "builds"
            words = [reply[s.start:s.end] for s in evaluation.spans if s.label == label]
            quoted = ", ".join(f'"{" ".join(w.split())}"' for w in dict.fromkeys(words))
            lines.append(f"  {label} ({kind} trust){': ' + quoted if quoted else ''}")
            if label in evaluation.explanations:
                lines.append(f"      {evaluation.explanations[label]}")
    else:
        lines.append("Labels: none (a neutral reply)")
    lines.append("Elements:")
    for element in ELEMENTS:
        value = int(evaluation.elements.get(element, 50))
        lines.append(f"  {element:12} {value:3d}  {'#' * (value // 10)}")
    if evaluation.suggestion:
        lines.append(f"Try instead: {evaluation.suggestion}")
    return "\n".join(lines)
