"""Plain text handling for the evaluator: cleaning, sentences with offsets, questions, words.

Every offset here is an offset into the reply as given, so the spans the rules produce
point at the learner's own characters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

MAX_CHARS = 5_000
"""Only this many characters (about 900 words) are graded; longer replies are graded on their start, which keeps
even adversarial 10,000-character replies well inside the time budget."""

_SENTENCE_END = re.compile(r"[.!?…]+[\"')\]]*(?=\s|$)|\n+")
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"'})


@dataclass(frozen=True)
class Sentence:
    """reply[start:end], stripped; `question` when it ends in a question mark (rubric.md)."""

    start: int
    end: int
    text: str
    question: bool

    @property
    def lower(self) -> str:
        """The sentence in lower case with plain apostrophes (same length as text)."""
        return fold(self.text)


def fold(text: str) -> str:
    """Lower case with straight apostrophes and quotes; keeps the length so offsets still match."""
    if text.isascii():
        return text.lower()
    text = text.translate(_APOSTROPHES)
    # str.lower() can lengthen a few characters (e.g. U+0130); keep those as they are.
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)


def clean(text: str) -> str:
    """Replace control and format characters with spaces (same length), so offsets stay exact."""
    if text.isascii() and text.isprintable():
        return text
    out = []
    for ch in text:
        if ch in "\n\t":
            out.append(ch)
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            out.append("\n" if ch in "\r\u2028\u2029\x0b\x0c\x85" else " ")
        else:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=512)
def sentences(text: str) -> tuple[Sentence, ...]:
    """Split into sentences at . ! ? … and line breaks, keeping offsets into text."""
    found: list[Sentence] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        _add(found, text, start, match.end())
        start = match.end()
    _add(found, text, start, len(text))
    return tuple(found)


def _add(found: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = start + lead
    e = s + len(stripped)
    tail = stripped.rstrip("\"')] ")
    question = "?" in tail[-3:] and tail.rstrip("!").endswith("?")
    found.append(Sentence(s, e, text[s:e], question))


def questions(text: str) -> tuple[Sentence, ...]:
    """The sentences that end in a question mark: each one is one question (rubric.md)."""
    return tuple(s for s in sentences(text) if s.question)


def words(text: str) -> list[str]:
    """Lower-case English-ish words (letters and inner apostrophes)."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def latin_share(text: str) -> float:
    """The share of letters that are basic Latin: low for replies in other scripts."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if c.isascii()) / len(letters)


_CLAUSE_BREAK = re.compile(r"[,;:.!?]| but | though ")
NEGATIONS = frozenset({"not", "no", "never", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't",
                       "weren't", "won't", "wouldn't", "can't", "cannot", "couldn't", "shouldn't", "nothing",
                       "nobody", "hardly", "ain't", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent",
                       "wont", "wouldnt", "cant", "couldnt", "shouldnt"})


def negated(lower: str, start: int, window: int = 3) -> bool:
    """True when one of the `window` words before `start` in `lower` is a negation (same clause)."""
    before = lower[max(0, start - 80):start]  # a clause is short; never rescan the whole reply
    clause = _CLAUSE_BREAK.split(before)[-1]
    tail = words(clause)[-window:]
    return any(w in NEGATIONS or w.endswith("n't") for w in tail)
