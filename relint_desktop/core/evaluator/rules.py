"""Small building blocks for the label rules: lazily compiled patterns and the reading of a reply.

Patterns compile on first use so importing the evaluator stays fast; every match is found in
`Reading.lower`, which has the same length as the reply, so spans are exact offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from relint_desktop.core.evaluation import ReplyContext, Span
from relint_desktop.core.evaluator import text as T


class Rx:
    """A case-insensitive regex compiled on first use."""

    __slots__ = ("source", "_compiled")

    def __init__(self, *alternatives: str):
        self.source = "|".join(f"(?:{a})" for a in alternatives)
        self._compiled: re.Pattern | None = None

    @property
    def rx(self) -> re.Pattern:
        """The compiled pattern."""
        if self._compiled is None:
            self._compiled = re.compile(self.source, re.IGNORECASE)
        return self._compiled

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        """Matches in text[pos:endpos] (offsets stay offsets into text)."""
        return self.rx.finditer(text, pos, len(text) if endpos is None else endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        """The first match in text[pos:endpos], or None."""
        return self.rx.search(text, pos, len(text) if endpos is None else endpos)


def words_rx(*phrases: str) -> str:
    """A regex source matching any of the phrases as whole words."""
    return r"\b(?:" + "|".join(phrases) + r")\b"


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
        for s in self.sentences:
            if s.start <= pos < s.end:
                return s
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
