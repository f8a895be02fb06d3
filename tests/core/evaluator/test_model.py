"""The small model: shipped within the size limit, never trained on held-out, optional at run time."""

from __future__ import annotations

import json

from relint_desktop.core.evaluation import ReplyContext
from relint_desktop.core.evaluator import model, train
from relint_desktop.core.evaluator.pipeline import find_spans
from relint_desktop.core.rubric import LABELS


def test_model_file_is_small_and_covers_every_label():
    assert model.MODEL_FILE.stat().st_size <= 5 * 1024 * 1024
    data = json.loads(model.MODEL_FILE.read_text(encoding="utf-8"))
    assert set(LABELS) <= set(data["weights"])


def test_training_refuses_the_held_out_part(tmp_path, capsys):
    heldout = tmp_path / "heldout.jsonl"
    heldout.write_text('{"id": "x", "reply": "ok", "labels": []}\n', encoding="utf-8")
    assert train.main(["--corpus", str(heldout), "--out", str(tmp_path / "m.json")]) == 2
    assert not (tmp_path / "m.json").exists()


def test_training_writes_a_model_the_evaluator_can_read(tmp_path):
    lines = [{"id": str(i), "reply": r, "prompt": "I feel awful", "labels": labels}
             for i, (r, labels) in enumerate([("You should just quit.", ["fix"]), ("That makes sense.", ["validate"]),
                                              ("What happened?", ["clarify"]), ("ok", [])] * 3)]
    corpus = tmp_path / "dev.jsonl"
    corpus.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    out = tmp_path / "model.json"
    assert train.main(["--corpus", str(corpus), "--out", str(out), "--folds", "2"]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(LABELS) <= set(data["weights"]) and set(data["mode"]) == set(LABELS)


def test_without_the_model_the_rules_still_label_and_spans_stay_exact():
    reply = "You should just quit. That sounds awful."
    spans, _ = find_spans(reply, ReplyContext(prompt="I hate my job"), use_model=False)
    labels = {s.label for s in spans}
    assert {"fix", "validate"} <= labels
    assert any(reply[s.start:s.end] == "That sounds awful" for s in spans if s.label == "validate")


def test_a_damaged_model_file_means_rules_alone(tmp_path, monkeypatch):
    broken = tmp_path / "model.json"
    broken.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(model, "MODEL_FILE", broken)
    model.load.cache_clear()
    try:
        assert model.load() is None
        spans, _ = find_spans("That makes sense.", ReplyContext())
        assert {s.label for s in spans} == {"validate"}
    finally:
        model.load.cache_clear()


def test_the_combination_is_chosen_on_the_batches_written_without_seeing_the_evaluator():
    items = [{"batch": "07-weaponize"}, {"batch": "23-fresh-home"}, {}, {"batch": "26-fresh-voices"}]
    assert train.selection_rows(items) == {1, 3}
    assert train.selection_rows([{"batch": "01-parent"}, {}]) == {0, 1}  # no fresh batch: every row


def test_every_fold_holds_a_share_of_the_older_and_of_the_selection_rows():
    folds = train.fold_sets(20, 5, set(range(10, 20)))
    assert sorted(i for fold in folds for i in fold) == list(range(20))
    assert all(len(fold & set(range(10))) == 2 and len(fold & set(range(10, 20))) == 2 for fold in folds)


def _rows(pairs):
    return [({"w:" + word: 1.0, "bias": 1.0}, set(labels)) for word, labels in pairs]


def test_a_word_heard_around_too_few_prompts_is_topic_and_gets_no_weight():
    # "friday" in 4 replies, all to one prompt; "should" in 4 replies to 4 prompts.
    rows = _rows([("friday", ["dismiss"])] * 4 + [("should", ["fix"])] * 4 + [("ok", [])] * 4)
    groups = ["p1"] * 4 + ["p1", "p2", "p3", "p4"] + ["p5"] * 4
    weights = train.train(rows, groups)["weights"]
    assert "w:friday" not in weights["dismiss"]
    assert weights["fix"].get("w:should", 0) > 0
    # Without the prompts (groups=None) the count alone decides, as before.
    assert "w:friday" in train.train(rows)["weights"]["dismiss"]


def test_the_prior_holds_a_rare_word_back_more_than_l2_per_occurrence(monkeypatch):
    # One rare word that always comes with the label, among many replies without it.
    rows = _rows([("checked", ["dismiss"])] * 3 + [("ok", [])] * 60)
    counts = {"w:checked": 3, "w:ok": 60, "bias": 63}
    vocab = set(counts)
    with_prior = train.fit(rows, "dismiss", vocab, counts)["w:checked"]
    monkeypatch.setattr(train, "PRIOR", 0.0)
    per_occurrence = train.fit(rows, "dismiss", vocab, counts)["w:checked"]
    assert 0 < with_prior < per_occurrence


def test_below_its_floor_the_model_adds_no_hijack_however_well_it_scores(monkeypatch):
    # The rules find no hijack; the model is right on every row, but only at p 0.52, below hijack's floor.
    rows = [({}, {"hijack"})] * 5 + [({}, set())] * 5
    probs = [{"hijack": 0.52}] * 5 + [{"hijack": 0.1}] * 5
    modes, _, _ = train.choose(rows, probs)
    assert modes["hijack"] == "rules"
    monkeypatch.setattr(train, "FLOOR", {})
    modes, thresholds, _ = train.choose(rows, probs)
    assert (modes["hijack"], thresholds["hijack"]) == ("or", 0.5)


def test_a_red_label_the_rules_misfire_on_gets_a_veto_when_it_pays_out_of_fold():
    # The rules find judge in 10 replies; only 5 are judge, and the model tells them apart (0.9 against 0.03).
    rows = [({"r:judge": 1.0}, {"judge"})] * 5 + [({"r:judge": 1.0}, set())] * 5 + [({}, set())] * 5
    probs = [{"judge": 0.9}] * 5 + [{"judge": 0.03}] * 5 + [{"judge": 0.01}] * 5
    _, _, vetoes = train.choose(rows, probs)
    assert vetoes["judge"] == 0.05  # the lowest veto that drops the 5 misfires
    # Green labels are never vetoed, however wrong the rules are about them.
    rows = [({"r:validate": 1.0}, set())] * 5 + [({"r:validate": 1.0}, {"validate"})] * 5
    probs = [{"validate": 0.01}] * 5 + [{"validate": 0.9}] * 5
    assert "validate" not in train.choose(rows, probs)[2]


def test_the_veto_drops_a_rule_found_red_label_the_model_is_sure_of(monkeypatch):
    reply, context = "You should just quit.", ReplyContext(prompt="I hate my job")
    sure_not = {"version": 1, "mode": {"fix": "or"}, "threshold": {"fix": 0.5},
                "weights": {"fix": {"bias": -10.0}}}
    monkeypatch.setattr(model, "load", lambda: dict(sure_not, veto={}))
    assert "fix" in {s.label for s in find_spans(reply, context)[0]}
    monkeypatch.setattr(model, "load", lambda: dict(sure_not, veto={"fix": 0.1}))
    assert "fix" not in {s.label for s in find_spans(reply, context)[0]}
