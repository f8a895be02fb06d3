"""A small logistic-regression layer over the rules: it weighs the rules' findings, word n-grams and
the context to decide each label. Pure Python; the weights ship as model.json next to this file.

The model only decides *whether* a label holds. Where a label comes from it, the span is still
exact: the rules' own spans when they found the label, otherwise the sentence that carried the
most weight for it. Trained by `python -m relint_desktop.core.evaluator.train` on corpus/dev.jsonl.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from relint_desktop.core.evaluation import Span
from relint_desktop.core.evaluator import text as T
from relint_desktop.core.evaluator.context import content_words
from relint_desktop.core.evaluator.rules import Reading
from relint_desktop.core.rubric import GREEN_LABELS, RED_LABELS

MODEL_FILE = Path(__file__).with_name("model.json")
HARSH = frozenset({"judge", "escalate", "weaponize"})
"""When the rules found one of these, the model adds no kind label to the reply."""
KIND_COVER = 0.6
"""A sentence whose kind span (reflection, question) covers this share of it is not given a red label by the model."""
_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|[?!]")
ANY_RED = "_red"
"""The polarity model's key: some red label holds, whichever it is."""


def ngrams(lower: str) -> list[str]:
    """Unigram and bigram features of a folded piece of text (with ? and ! as tokens)."""
    tokens = [t.replace("’", "'") for t in _TOKENS(lower)]
    grams = ["w:" + t for t in tokens]
    grams += ["b:" + a + "_" + b for a, b in zip(tokens, tokens[1:])]
    if tokens:
        grams.append("s:" + tokens[0])
    return grams


_FIRST = frozenset({"im", "ive", "i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself", "mine", "we", "we're", "our", "us"})
_SECOND = frozenset({"youre", "you", "you're", "you've", "you'd", "you'll", "your", "yours", "yourself", "ur", "u"})


# Small general lexicons (written for Relint, not taken from the corpus) so the model can weigh words it
# never saw in training by their kind: verdicts on a person, feelings, alarm, praise.
_TRAITS = frozenset("""lazy selfish stupid dumb idiot idiotic thick dim useless hopeless pathetic weak soft spoilt spoiled
entitled ungrateful rude careless reckless irresponsible immature childish naive gullible dramatic melodramatic hysterical
paranoid neurotic obsessive needy clingy controlling jealous petty bitter stubborn arrogant bossy nosy moody touchy
sensitive oversensitive fragile flaky unreliable disorganised disorganized sloppy messy incompetent clueless lazybones
liar cheat coward hypocrite failure loser quitter mess wreck nightmare disgrace embarrassment disappointment baby
ridiculous absurd silly daft mad crazy insane unreasonable irrational difficult impossible negative aggressive nasty
mean cruel heartless cold thoughtless inconsiderate tactless disloyal dishonest sneaky lying fake two-faced""".split())
_FEELINGS = frozenset("""sad scared afraid frightened terrified anxious worried nervous stressed overwhelmed exhausted tired
drained lonely alone isolated hurt upset angry furious frustrated annoyed embarrassed ashamed guilty humiliated lost stuck
trapped confused gutted devastated heartbroken crushed rejected ignored invisible unappreciated jealous disappointed
hopeless helpless miserable low down flat numb shaken rattled shocked raw torn relieved grieving panicky panicking""".split())
_ALARM = frozenset("""god disaster catastrophe nightmare unbelievable outrageous unacceptable furious livid police
grounded kidding joking insane serious dangerous emergency immediately now""".split())
_PRAISE = frozenset("""smart clever brilliant amazing talented gorgeous beautiful strong brave wonderful incredible natural
genius star superstar legend best lovely great""".split())


def lexicon(tokens: list[str]) -> dict[str, float]:
    """Which kinds of words the reply uses, and whether they are said about "you"."""
    feats: dict[str, float] = {}
    for i, tok in enumerate(tokens):
        for name, words in (("trait", _TRAITS), ("feel", _FEELINGS), ("alarm", _ALARM), ("praise", _PRAISE)):
            if tok in words:
                feats["lex:" + name] = 1.0
                if any(t in _SECOND for t in tokens[max(0, i - 4):i]):
                    feats["lex:you_" + name] = 1.0
                if any(t in ("not", "never", "isn't", "aren't", "wasn't", "don't", "no") for t in tokens[max(0, i - 3):i]):
                    feats["lex:not_" + name] = 1.0
    return feats


def shape(reading: Reading) -> dict[str, float]:
    """Features that do not depend on exact wording: who the reply is about, its punctuation, how it opens."""
    tokens = T.words(reading.lower)
    first = sum(t in _FIRST for t in tokens)
    second = sum(t in _SECOND for t in tokens)
    feats = {
        "pr:i" + str(min(first, 4)): 1.0,
        "pr:you" + str(min(second, 4)): 1.0,
        "pr:" + ("me>you" if first > second else "you>me" if second > first else "even"): 1.0,
        "x:excl" + str(min(reading.text.count("!"), 2)): 1.0,
        "x:caps" + str(min(sum(1 for w in reading.text.split() if len(w) > 2 and w.isupper()), 2)): 1.0,
        "x:sent" + str(min(len(reading.sentences), 4)): 1.0,
    }
    feats.update(lexicon(tokens))
    for sentence in reading.sentences:
        words = T.words(sentence.lower)
        if words:
            feats["ss:" + words[0]] = 1.0
            if sentence.question:
                feats["sq:" + words[0]] = 1.0
    return feats


def _TOKENS(lower: str) -> list[str]:
    return _TOKEN.findall(lower)


def features(reading: Reading, rule_labels: set[str]) -> dict[str, float]:
    """The feature vector of one reply: n-grams, the rules' labels and the context."""
    feats: dict[str, float] = {}
    for g in ngrams(reading.lower):
        feats[g] = 1.0
    for label in rule_labels:
        feats["r:" + label] = 1.0
    ctx = reading.context
    q = len(reading.questions)
    feats["q:" + ("0" if q == 0 else "1" if q == 1 else "2")] = 1.0
    if ctx.history:
        feats["c:hist"] = 1.0
        mine = content_words(reading.lower)
        overlap = max((len(mine & content_words(h)) for h in ctx.history), default=0)
        feats["c:ov" + ("0" if overlap == 0 else "1" if overlap == 1 else "2")] = 1.0
    if ctx.understood:
        feats["c:und"] = 1.0
    if ctx.permission_given:
        feats["c:perm"] = 1.0
    feats["c:feel" if reading.feeling_prompt else "c:practical"] = 1.0
    n = len(T.words(reading.text))
    feats["len:" + ("1" if n <= 5 else "2" if n <= 12 else "3" if n <= 25 else "4")] = 1.0
    feats.update(shape(reading))
    feats["bias"] = 1.0
    return feats


@lru_cache(maxsize=1)
def load() -> dict | None:
    """The trained weights, or None when the file is missing or damaged (then the rules decide alone)."""
    try:
        data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) and "weights" in data else None
    except (OSError, ValueError):
        return None


def probability(weights: dict[str, float], feats: dict[str, float]) -> float:
    """The logistic probability of one label."""
    z = sum(weights.get(f, 0.0) * v for f, v in feats.items())
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z))


def decide(reading: Reading, spans: list[Span]) -> list[Span]:
    """Spans after the model's say: labels it rejects are dropped, labels it adds get a sentence span."""
    model = load()
    if model is None:
        return spans
    rule_labels = {s.label for s in spans}
    feats = features(reading, rule_labels)
    threshold = model.get("threshold", {})
    modes = model.get("mode", {})
    vetoes = model.get("veto", {})
    kept = list(spans)
    for label, weights in model["weights"].items():
        if label == ANY_RED:
            continue
        mode = modes.get(label, "model")
        if mode == "rules":
            continue
        p = probability(weights, feats)
        model_yes = p >= threshold.get(label, 0.5)
        # A red label the rules found, that the model is sure does not hold here, is dropped (round 5's veto).
        rule_yes = label in rule_labels and p >= vetoes.get(label, 0.0)
        yes = {"model": model_yes, "or": rule_yes or model_yes, "and": rule_yes and model_yes}.get(mode, model_yes)
        if yes and label not in rule_labels and _plausible(reading, label, kept) and \
                not (label in GREEN_LABELS and rule_labels & HARSH):
            avoid = [s for s in kept if s.label in (RED_LABELS if label in GREEN_LABELS else GREEN_LABELS)]
            # A sentence that already does another kind job ("I'm really glad you said that.") is not also given
            # a reflection or a question by the model: each kind sentence does one job unless a rule saw two.
            taken = [s for s in kept if s.label in GREEN_LABELS and s.label != label] if label in GREEN_LABELS else []
            # A sentence the rules read as a dismissal ("Well, at least you still have a job.") is not re-read by the
            # model as a verdict: the corpus makes the two readings of such a sentence alternatives (a silver lining
            # is dismiss, a sarcastic "at least" is judge), and the rules tell which.
            skip = [s for s in spans if s.label == "dismiss"] if label == "judge" else []
            best = _best_sentence(reading, weights, avoid, None if label in GREEN_LABELS else KIND_COVER, taken=taken,
                                  skip=skip)
            if best is not None and not _vetoed(reading, label, best):
                kept.append(Span(best.start, best.end, label))
        elif not yes and label in rule_labels:
            kept = [s for s in kept if s.label != label]
    red_weights = model["weights"].get(ANY_RED)
    if red_weights and not any(s.label in RED_LABELS for s in kept) and \
            probability(red_weights, feats) >= threshold.get(ANY_RED, 1.01):
        # Confident the reply breaks trust though no red label fired: take the likeliest red label, in a
        # sentence the rules did not find kind.
        label = max(RED_LABELS, key=lambda l: probability(model["weights"][l], feats) / max(0.05, threshold.get(l, 0.5)))
        best = _best_sentence(reading, model["weights"][label], avoid=[s for s in kept if s.label in GREEN_LABELS],
                              cover=KIND_COVER)
        if best is not None and not _vetoed(reading, label, best):
            kept.append(Span(best.start, best.end, label))
    return kept


def locate(reading: Reading, label: str) -> Span | None:
    """The sentence that carries most weight for `label` (for an authored label no rule found), or None."""
    model = load()
    weights = model["weights"].get(label) if model else None
    best = _best_sentence(reading, weights, positive=False) if weights else None
    return Span(best.start, best.end, label) if best is not None else None


def _vetoed(reading: Reading, label: str, sentence: Span) -> bool:
    # Phrases the rules know are not advice ("take all the time you need") stay that way.
    if label != "fix":
        return False
    from relint_desktop.core.evaluator.advice import _NOT_FIX

    return _NOT_FIX.search(reading.lower, sentence.start, sentence.end) is not None


def _plausible(reading: Reading, label: str, spans: list[Span]) -> bool:
    # Weaponising needs something to point back at: an earlier disclosure, or words that point back.
    if label == "weaponize":
        from relint_desktop.core.evaluator.context import RECALL, REFERENCE, THREAT

        return bool(reading.context.history) or any(rx.search(reading.lower) for rx in (RECALL, REFERENCE, THREAT))
    return True


def _best_sentence(reading: Reading, weights: dict[str, float], avoid: list[Span] = (),
                   cover: float | None = None, positive: bool = True, taken: list[Span] = (),
                   skip: list[Span] = ()) -> Span | None:
    # The model does not call a sentence kind that a rule found unkind, nor unkind one that a rule found kind
    # (for the latter, only when the kind part opens the sentence or is most of it, e.g. a whole reflection).
    best, best_score = None, -1e9
    for s in reading.sentences:
        if any(s.start <= k.start < s.end for k in skip):
            continue
        if any(s.start <= a.start < s.end and (cover is None or a.start == s.start
                                               or (a.end - a.start) >= cover * (s.end - s.start))
               for a in avoid):
            continue
        if any(s.start <= t.start < s.end and (t.start == s.start or (t.end - t.start) >= KIND_COVER * (s.end - s.start))
               for t in taken):
            continue
        score = sum(weights.get(g, 0.0) for g in set(ngrams(s.lower)))
        if score > best_score:
            best, best_score = s, score
    # No sentence whose own words lean towards the label: the label has nowhere honest to point, so skip it.
    return Span(best.start, best.end, "") if best is not None and (best_score > 0 or not positive) else None
