"""Small building blocks for the label rules: lazily compiled patterns and the reading of a reply.

Patterns compile on first use so importing the evaluator stays fast; every match is found in
`Reading.lower`, which has the same length as the reply, so spans are exact offsets.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

from relint_desktop.core.evaluation import ReplyContext, Span
from relint_desktop.core.evaluator import text as T


# Replies are often typed like texts ("im so sorry", "thats awful", "dont worry"): an apostrophe inside a
# word is optional, except where dropping it makes another common word (we're/were, we'll/well, she'd/shed).
_TEXTING = re.compile(r"(?<=[a-z])(?<!\bwe)(?<!\bshe)(?<!\bhe)(?<!\bi)'(?=[a-z])|(?<=\bi)'(?=m\b|ve\b)")


class Rx:
    """A regex compiled on first use, matched against folded (lower-case) text."""

    __slots__ = ("source", "_parts", "_compiled")

    def __init__(self, *alternatives: str):
        parts = [_TEXTING.sub("'?", p) for a in alternatives for p in _split_top(a)]
        bounded = [p[2:] for p in parts if p.startswith(r"\b")]
        other = [p for p in parts if not p.startswith(r"\b")]
        # Alternatives that start with \b share one hoisted \b, so the engine skips non-boundary positions
        # at once; the rest form a second pattern. This keeps 10,000 characters fast.
        self._parts = [src for src in (
            r"\b(?:" + "|".join(f"(?:{p})" for p in bounded) + ")" if bounded else "",
            "|".join(f"(?:{p})" for p in other),
        ) if src]
        self.source = "|".join(f"(?:{p})" for p in parts)
        self._compiled: list[re.Pattern] | None = None

    @property
    def compiled(self) -> list[re.Pattern]:
        """The compiled patterns (one or two)."""
        if self._compiled is None:
            self._compiled = [re.compile(src) for src in self._parts]
        return self._compiled

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        """Matches in text[pos:endpos] in order of position (offsets stay offsets into text)."""
        end = len(text) if endpos is None else endpos
        patterns = self.compiled
        if len(patterns) == 1:
            return patterns[0].finditer(text, pos, end)
        found = [m for rx in patterns for m in rx.finditer(text, pos, end)]
        return iter(sorted(found, key=lambda m: (m.start(), -m.end())))

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        """The earliest match in text[pos:endpos], or None."""
        end = len(text) if endpos is None else endpos
        best = None
        for rx in self.compiled:
            m = rx.search(text, pos, end)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best


def _split_top(source: str) -> list[str]:
    """Split a regex source at its top-level | (outside groups and classes)."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return [p for p in parts if p]


@dataclass
class Reading:
    """One reply read once: cleaned text, folded lower case, sentences and the context."""

    text: str
    context: ReplyContext
    lower: str = field(init=False)
    sentences: tuple[T.Sentence, ...] = field(init=False)

    def __post_init__(self) -> None:
        self.lower = T.fold(self.text)
        self.sentences = T.sentences(self.lower)
        self._starts = [s.start for s in self.sentences]

    @cached_property
    def questions(self) -> tuple[T.Sentence, ...]:
        """The sentences that count as questions."""
        return tuple(s for s in self.sentences if s.question)

    @cached_property
    def prompt_lower(self) -> str:
        """What the other person just said, folded."""
        return T.fold(self.context.prompt or "")

    @cached_property
    def feeling_prompt(self) -> bool:
        """The other person shared a feeling (not a practical request); unknown counts as a feeling."""
        from relint_desktop.core.evaluator.context import is_feeling_prompt

        return is_feeling_prompt(self.prompt_lower)

    def sentence_at(self, pos: int) -> T.Sentence | None:
        """The sentence holding character pos."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self.sentences[i].end:
            return self.sentences[i]
        return None

    def spans(self, rx: Rx, label: str, start: int = 0, end: int | None = None,
              unless_negated: bool = False) -> list[Span]:
        """Spans for every match of rx (optionally skipping matches with a negation just before)."""
        found = []
        for m in rx.finditer(self.lower, start, end):
            if m.end() <= m.start():
                continue
            if unless_negated and T.negated(self.lower, m.start()):
                continue
            found.append(Span(m.start(), m.end(), label))
        return found


def sentence_span(sentence: T.Sentence, label: str) -> Span:
    """A span over one whole sentence."""
    return Span(sentence.start, sentence.end, label)
