"""A better reply to try: the scenario's exemplars when it has them, otherwise a short
mirror of the person's own words followed by one open question.
"""

from __future__ import annotations

import re

from relint_desktop.core.evaluation import ReplyContext

_FEELINGS = ("overwhelmed", "exhausted", "scared", "afraid", "terrified", "anxious", "worried", "nervous", "stressed",
             "lonely", "alone", "sad", "hurt", "angry", "furious", "frustrated", "embarrassed", "ashamed", "guilty",
             "stuck", "lost", "invisible", "ignored", "left out", "burned out", "burnt out", "tired", "confused",
             "jealous", "disappointed", "heartbroken", "humiliated", "useless", "like a failure", "trapped",
             "on edge", "drained", "rejected", "unappreciated", "panicked", "upset", "miserable", "hopeless")
_SWAP = {"i": "you", "i'm": "you're", "im": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll",
         "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "am": "are", "was": "were",
         "we": "you", "our": "your", "us": "you", "we're": "you're", "ours": "yours",
         # and the other way: what they said about the listener is about "me" in the mirror
         "you're": "I'm", "you've": "I've", "you'd": "I'd", "you'll": "I'll", "your": "my", "yours": "mine",
         "yourself": "myself"}
_SUBJECT_BEFORE = {"", "and", "but", "that", "because", "if", "when", "so", "or", "than"}
_QUESTIONS = ("What's been the hardest part of it for you?", "What's that been like for you?",
              "Can you tell me more about what happened?", "What's weighing on you most right now?")
_FALLBACK = "That sounds like a lot. Can you tell me more about what it's been like for you?"


def suggestion(reply: str, context: ReplyContext) -> str:
    """One reply worth trying instead."""
    exemplars = [e for e in getattr(context, "exemplars", ()) or () if isinstance(e, str) and e.strip()]
    if exemplars:
        others = [e for e in exemplars if e.strip().lower() != (reply or "").strip().lower()]
        return (others or exemplars)[0].strip()
    prompt = context.prompt if isinstance(context.prompt, str) else ""
    prompt = " ".join(prompt.split())[:2000]
    if not prompt:
        return _FALLBACK
    question = _QUESTIONS[sum(map(ord, prompt[:40])) % len(_QUESTIONS)]
    lower = prompt.lower()
    for feeling in _FEELINGS:
        if re.search(rf"\b{re.escape(feeling)}\b", lower):
            return f"It sounds like you're feeling {feeling}. {question}"
    mirror = _mirror(prompt)
    return f"{mirror} {question}" if mirror else _FALLBACK


def _mirror(prompt: str) -> str:
    # The first clause that speaks in the first person, with pronouns turned around.
    for clause in re.split(r"(?<=[.!?;])\s+|,\s+(?:and|but)\s+", prompt):
        words = re.findall(r"[A-Za-z']+", clause)
        if not words or not any(w.lower() in ("i", "i'm", "i've", "my", "me", "we", "our") for w in words):
            continue
        swapped = [_swap(w, words[i - 1].lower() if i else "") for i, w in enumerate(words[:12])]
        if len(words) > 12:
            swapped.append("...")
        text = " ".join(swapped).replace(" ...", "...")
        return f"So {text[0].lower() + text[1:] if not text.startswith('I ') else text}."
    return ""


def _swap(word: str, before: str) -> str:
    """Turn one word's person around; "you" is "I" as a subject and "me" otherwise."""
    lower = word.lower()
    if lower == "you":
        return "I" if before in _SUBJECT_BEFORE else "me"
    if lower == "are" and before == "you":
        return "am"
    return _SWAP.get(lower, word)
