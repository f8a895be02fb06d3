"""The engine: events in order, effects, conditions, routes, facts, resume, errors and determinism."""

from pathlib import Path

import pytest

from relint_desktop.core.engine import MAX_REPLY_CHARS, Engine, EngineError
from relint_desktop.core.evaluation import Evaluation
from relint_desktop.core.events import (
    ChoicesOffered, FactRemembered, LineSpoken, ReplyGiven, ReplyGraded, RunEnded, SceneStarted, TrustChanged,
    TypedReplyRequested, Understood,
)
from relint_desktop.core.explore import synthetic_evaluation
from relint_desktop.core.loader import load_scenario, load_scenario_text

DATA = Path(__file__).resolve().parent
EXAMPLE = load_scenario(DATA / "data" / "example.yaml").scenario
ROUTES = load_scenario(DATA / "playthroughs" / "routes.yaml").scenario
CIRCLE = load_scenario(DATA / "playthroughs" / "circle-back.yaml").scenario


def kinds(step):
    return [type(e).__name__ for e in step.events]


def test_start_speaks_the_first_node_and_offers_its_choices():
    step = Engine(EXAMPLE).start()
    assert kinds(step) == ["LineSpoken", "ChoicesOffered"]
    line, offered = step.events
    assert line == LineSpoken("door", "jo", "Jo", "Don't start. I know I'm late.", "hurt")
    assert offered.indices == (0, 1, 2)
    state = step.state
    assert (state.node, state.visits, state.trust, state.ended) == ("door", {"door": 1}, 45, False)
    assert [e.who for e in state.transcript] == ["jo"]


def test_a_choice_grades_applies_effects_and_enters_the_next_node():
    engine = Engine(EXAMPLE)
    step = engine.choose(engine.start().state, 2)
    assert kinds(step)[:3] == ["ReplyGiven", "ReplyGraded", "TrustChanged"]
    given, graded, trust = step.events[:3]
    assert given == ReplyGiven("door", "You should set an alarm for the bus, then.", typed=False, choice_index=2)
    assert graded.authored_labels == ("fix",) and graded.evaluation.labels == ("fix",)
    assert "plan before the story" in graded.feedback
    assert trust == TrustChanged(45, 35)
    assert step.state.variables == {"trust": 35, "pushed": 1}  # add and set
    assert step.state.turns[0].choice_index == 2 and step.state.turns[0].trust_after == 35
    assert isinstance(step.events[-1], TypedReplyRequested)
    assert [e.who for e in step.state.transcript] == ["jo", "learner", "jo"]


def test_a_line_with_a_false_condition_is_not_said():
    engine = Engine(EXAMPLE)
    low = engine.choose(engine.start().state, 0)  # trust 30: "I'm going to my room" needs < 30
    assert [e.text for e in low.events if isinstance(e, LineSpoken)] == ["Whatever. It doesn't matter."]
    lower = engine.reply(low.state, "x", synthetic_evaluation(["judge"]))  # to shut
    assert lower.state.outcome == "shut"


def test_facts_and_understood_are_reported_once():
    engine = Engine(EXAMPLE)
    step = engine.choose(engine.start().state, 1)
    assert FactRemembered("teased", "Jo is laughed at by Mia's friends on the bus") in step.events
    assert Understood() in step.events
    assert step.state.facts == ("teased",) and step.state.understood
    context = engine.context(step.state)
    assert context.history == ()  # said just now: criticising it is judge, not weaponize
    assert context.understood
    assert context.prompt == ("The bus left early and Mia's lot were laughing at me from the window. "
                              "They do it every day, actually.")
    assert context.exemplars[0].startswith("Every day?")


LATER = """
format: 1
id: later
title: Later
relationship: partner
difficulty: 1
learner_role: You.
characters: {sam: {name: Sam}}
start: tells
nodes:
  tells:
    speaker: sam
    lines: ["I failed my driving test. Third time."]
    remember: {failed: "Sam failed the driving test three times"}
    choices:
      - {text: "Oh no.", labels: [], goto: later, feedback: "."}
  later:
    speaker: sam
    scene: A week later
    lines: ["Can you drive tonight?"]
    typed:
      default: {goto: done}
      exemplars: ["Sure."]
  done:
    speaker: sam
    lines: ["Thanks."]
    ending: {outcome: opened, debrief: "Fine."}
"""


def test_a_fact_from_an_earlier_node_is_history():
    from relint_desktop.core.loader import load_scenario_text

    loaded = load_scenario_text(LATER)
    assert loaded.diagnostics == ()
    engine = Engine(loaded.scenario)
    first = engine.start()
    assert engine.context(first.state).history == ()
    second = engine.choose(first.state, 0)
    assert engine.context(second.state).history == ("Sam failed the driving test three times",)
    assert engine.context(second.state).prompt == "Can you drive tonight?"


@pytest.mark.parametrize("labels, score, target", [
    (["appreciate", "clarify"], None, "detail"),  # all
    (["judge"], None, "closed"),  # any, none
    (["judge", "appreciate"], None, "again"),  # none excludes route 2; red + score 30 takes route 3
    (["judge", "appreciate"], 45, "again"),  # ... not route 3 (max 40): the default
    (["mirror"], 70, "detail"),  # green and min_score
    (["mirror"], 69, "again"),  # below min_score: default
    ([], 50, "again"),  # nothing: default
])
def test_routes_are_tried_in_order(labels, score, target):
    engine = Engine(ROUTES)
    step = engine.reply(engine.start().state, "text", synthetic_evaluation(labels, score))
    assert step.state.node == target


def test_a_route_condition_reads_the_state():
    engine = Engine(ROUTES)
    again = engine.reply(engine.start().state, "x", synthetic_evaluation(["fix"]))  # trust 30
    assert again.state.trust == 30
    assert engine.reply(again.state, "x", synthetic_evaluation(["mirror"])).state.node == "detail"
    lower = again.state.evolve(variables={**again.state.variables, "trust": 29})
    assert engine.reply(lower, "x", synthetic_evaluation(["mirror"])).state.node == "closed"


def test_typed_reply_is_graded_by_the_evaluator_when_no_evaluation_is_given():
    engine = Engine(ROUTES, evaluate=lambda text, context: synthetic_evaluation(["appreciate", "clarify"]))
    step = engine.reply(engine.start().state, "Thanks. What makes you think so?")
    graded = next(e for e in step.events if isinstance(e, ReplyGraded))
    assert graded.evaluation.labels == ("appreciate", "clarify")
    assert step.state.node == "detail" and step.state.turns[0].typed


def test_trust_is_clamped():
    text = (DATA / "data" / "example.yaml").read_text().replace("effects: {trust: 10}", "effects: {trust: 90}", 1)
    scenario = load_scenario_text(text).scenario
    step = Engine(scenario).choose(Engine(scenario).start().state, 1)
    assert step.state.trust == 100


def test_ending_event_uses_scenario_reflection_unless_overridden():
    engine = Engine(EXAMPLE)
    story = engine.choose(engine.start().state, 1).state
    opened = engine.reply(story, "x", synthetic_evaluation(["validate"]))
    end = opened.events[-1]
    assert isinstance(end, RunEnded) and end.outcome == "opened"
    assert end.reflection == EXAMPLE.reflection and end.try_today == EXAMPLE.try_today
    shut = engine.reply(story, "x", synthetic_evaluation(["weaponize"])).events[-1]
    assert shut.try_today == "Notice the moment you want to react, and ask instead."
    assert opened.state.ended and opened.state.outcome == "opened"


def test_errors_are_engine_errors():
    engine = Engine(EXAMPLE)
    start = engine.start().state
    with pytest.raises(EngineError):
        engine.choose(start, 7)
    with pytest.raises(EngineError):
        engine.reply(start, "typed at a choices node")
    story = engine.choose(start, 1).state
    with pytest.raises(EngineError):
        engine.choose(story, 0)  # a typed node
    ended = engine.reply(story, "x", synthetic_evaluation(["validate"])).state
    with pytest.raises(EngineError):
        engine.reply(ended, "more")
    with pytest.raises(EngineError):
        engine.reply(start.evolve(node="gone"), "x")
    with pytest.raises(EngineError):
        engine.resume(start.evolve(scenario_id="other"))
    with pytest.raises(EngineError):
        engine.resume(start.evolve(node="gone"))


def test_a_conditional_choice_disappears_and_the_loop_goes_on():
    engine = Engine(CIRCLE)
    dodge = engine.choose(engine.start().state, 0)
    assert dodge.events[-1] == ChoicesOffered("dodge", ("Let me try that again.", "Fine. Whatever."), (0, 1))
    back = engine.choose(dodge.state, 0)
    dodge2 = engine.choose(back.state, 0)
    assert dodge2.events[-1].indices == (1,)
    with pytest.raises(EngineError):
        engine.choose(dodge2.state, 0)


def test_no_offered_choice_is_an_engine_error():
    text = (DATA / "playthroughs" / "circle-back.yaml").read_text().replace(
        "        goto: warm\n", "        goto: warm\n        if: trust > 99\n", 1)
    scenario = load_scenario_text(text).scenario
    engine = Engine(scenario)
    reveal = engine.choose(engine.start().state, 1).state
    assert engine.choose(reveal, 1).state.node == "later"  # knows(lost-job) holds: one choice offered
    with pytest.raises(EngineError):
        engine.choose(reveal.evolve(facts=()), 1)  # without the fact, 'later' offers nothing


def test_resume_reoffers_without_effects():
    engine = Engine(EXAMPLE)
    step = engine.choose(engine.start().state, 0)
    again = engine.resume(step.state)
    assert again.state == step.state
    assert kinds(again) == ["LineSpoken", "TypedReplyRequested"]


def test_replies_are_cut_to_the_limit():
    engine = Engine(ROUTES)
    step = engine.reply(engine.start().state, "a" * (MAX_REPLY_CHARS + 50), Evaluation())
    assert len(step.state.turns[0].reply) == MAX_REPLY_CHARS


def test_the_same_inputs_give_the_same_steps():
    def play():
        engine = Engine(EXAMPLE)
        step = engine.choose(engine.start().state, 1)
        return engine.reply(step.state, "That sounds hard. Thank you for telling me.")
    assert play() == play()


def test_scene_heading_is_an_event():
    engine = Engine(CIRCLE)
    reveal = engine.choose(engine.start().state, 1)
    later = engine.choose(reveal.state, 0)
    assert SceneStarted("Two weeks later, at the pub") in later.events
