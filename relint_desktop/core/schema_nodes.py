"""Reading the `nodes:` of a scenario file: lines, choices, typed replies and endings."""

from __future__ import annotations

from relint_desktop.core.diagnostics import DiagnosticSink
from relint_desktop.core.model import Choice, Ending, Fact, Line, Node, Route, RouteTest, Typed
from relint_desktop.core.rubric import LABELS, OUTCOMES
from relint_desktop.core.schema import _RESERVED, MOODS, NAME_RE, Draft, Reader, check_name, describe
from relint_desktop.core.schema_fast import MAX_CHOICES, fast_choice, fast_node
from relint_desktop.core.yamltree import MarkedDict

_NODE_KEYS = ("speaker", "mood", "scene", "lines", "remember", "understood", "effects", "choices", "typed", "ending")
_LINE_KEYS = ("text", "if", "mood")
_CHOICE_KEYS = ("text", "labels", "effects", "feedback", "goto", "if")
_TYPED_KEYS = ("prompt", "exemplars", "routes", "default")
_ROUTE_KEYS = ("when", "effects", "feedback", "goto")
_WHEN_KEYS = ("any", "all", "none", "red", "green", "min_score", "max_score", "if")
_ENDING_KEYS = ("outcome", "debrief", "reflection", "try_today")
_node_name = NAME_RE.match


def read_nodes(sink: DiagnosticSink, nodes: MarkedDict, draft: Draft) -> dict[str, Node]:
    """Every node that has a usable id, read as well as its problems allow."""
    result: dict[str, Node] = {}
    for node_id, data in nodes.items():
        line = nodes.line_of(node_id)
        if not (isinstance(node_id, str) and _node_name(node_id) and node_id not in _RESERVED) and not check_name(
                Reader(sink, MarkedDict(), "nodes", ()), node_id, line, "the node id"):  # the Reader only reports
            continue
        draft.node_lines[node_id] = line
        if not isinstance(data, dict):
            sink.add("RL203", line, f"node '{node_id}' should be a mapping with speaker, lines and a way on, "
                     f"found {describe(data)}")
            draft.opaque.add(node_id)
            continue
        # schema_fast mirrors read_node for flawless nodes: a new check or key here belongs there too
        node = fast_node(node_id, data, line, draft)  # None unless the node is flawless
        result[node_id] = node if node is not None else read_node(sink, node_id, data, draft, line)
    return result


def read_node(sink: DiagnosticSink, node_id: str, data: MarkedDict, draft: Draft, line: int) -> Node:
    """One node; a node whose ways on cannot all be read is marked opaque in the draft."""
    where = f"node '{node_id}'"
    r = Reader(sink, data, where, _NODE_KEYS, ("speaker", "lines"), at=line)
    speaker = r.text("speaker", nonempty=True)
    if speaker:
        draft.speakers.append((node_id, speaker, r.line("speaker")))
    mood = r.one_of("mood", MOODS, "neutral")
    lines = _lines(r, draft, where)
    facts = _remember(r, draft, where)
    kinds = [k for k in ("choices", "typed", "ending") if k in data]
    choices: tuple[Choice, ...] = ()
    typed = ending = None
    if len(kinds) != 1:
        draft.opaque.add(node_id)
    if len(kinds) > 1 or not kinds and not r.misspelt & {"choices", "typed", "ending"}:
        found = " and ".join(kinds) if kinds else "none of them"
        r.fail("RL207", line, f"{where} needs exactly one of 'choices', 'typed' or 'ending' (found {found})")
    if kinds == ["choices"]:  # with two kinds, the RL207 is enough: the node is opaque
        choices = _choices(r, node_id, draft, where)
    elif kinds == ["typed"]:
        typed = _typed(r, node_id, draft, where)
    elif kinds == ["ending"]:
        ending = _ending(r, where)
    return Node(id=node_id, speaker=speaker, lines=lines, mood=mood, choices=choices, typed=typed, ending=ending,
                remember=facts, understood=r.boolean("understood"), scene=r.text("scene"),
                effects=r.effects("effects", draft), line=line)


def _lines(r: Reader, draft: Draft, where: str) -> tuple[Line, ...]:
    items = r.sequence("lines", nonempty=True)
    result = []
    for i, item in enumerate(items or ()):
        line = items.line_of(i)
        if isinstance(item, str):
            if not item.strip():
                r.fail("RL214", line, f"line {i + 1} of {where} is empty")
            result.append(Line(item, line=line))
        elif isinstance(item, dict):
            sub = Reader(r.sink, item, f"line {i + 1} of {where}", _LINE_KEYS, ("text",))
            text = sub.text("text", nonempty=True)
            mood = sub.one_of("mood", MOODS, "") if "mood" in item else ""
            result.append(Line(text, sub.condition("if", draft), mood, line))
            r.ok = r.ok and sub.ok
        else:
            r.fail("RL203", line, f"line {i + 1} of {where} should be text or {{text, if, mood}}, "
                   f"found {describe(item)}")
            result.append(Line("", line=line))  # a stand-in, so the broken line is reported only once
    return tuple(result)


def _remember(r: Reader, draft: Draft, where: str) -> tuple[Fact, ...]:
    data = r.mapping("remember")
    facts = []
    for fact_id, text in (data or {}).items():
        line = data.line_of(fact_id)
        if not check_name(r, fact_id, line, f"the fact id in {where}"):
            continue
        if not isinstance(text, str) or not text.strip():
            r.fail("RL203", line, f"fact '{fact_id}' in {where} should be a sentence saying what was disclosed")
            continue
        draft.facts.setdefault(fact_id, line)
        facts.append(Fact(fact_id, text))
    return tuple(facts)


def _goto(r: Reader, node_id: str, draft: Draft) -> str:
    """The goto of a choice or route; a missing or broken one makes the node opaque."""
    target = r.text("goto", nonempty=True)
    if not r.has("goto") or not target:
        draft.opaque.add(node_id)
        return ""
    draft.gotos.append((node_id, target, r.line("goto")))
    return target


def _choices(r: Reader, node_id: str, draft: Draft, where: str) -> tuple[Choice, ...]:
    items = r.sequence("choices", nonempty=True)
    if items is None or not items:
        draft.opaque.add(node_id)
        return ()
    if len(items) > MAX_CHOICES:
        r.fail("RL209", r.line("choices"), f"{where} offers {len(items)} choices; the player's number keys "
               f"allow at most {MAX_CHOICES}")
    result = []
    for i, item in enumerate(items):
        line = items.line_of(i)
        choice = fast_choice(item, line, node_id, draft.gotos, draft.effect_vars, draft.conditions)
        if choice is not None:  # well formed: nothing to report
            result.append(choice)
            continue
        label = f"choice {i + 1} of {where}"
        if not isinstance(item, dict):
            r.fail("RL203", line, f"{label} should be a mapping with text, labels and goto, found {describe(item)}")
            draft.opaque.add(node_id)
            continue
        c = Reader(r.sink, item, label, _CHOICE_KEYS, ("text", "labels", "goto"))
        text = c.text("text", nonempty=True)
        if "feedback" not in item:
            r.sink.add("RL216", line, f"{label} has no feedback; one sentence on why helps the learner")
        choice = Choice(text=text, goto=_goto(c, node_id, draft), labels=c.texts("labels", LABELS),
                        effects=c.effects("effects", draft), feedback=c.text("feedback"),
                        condition=c.condition("if", draft), line=line)
        r.ok = r.ok and c.ok
        result.append(choice)
    return tuple(result)


def _typed(r: Reader, node_id: str, draft: Draft, where: str) -> Typed | None:
    data = r.mapping("typed")
    if data is None:
        draft.opaque.add(node_id)
        return None
    t = Reader(r.sink, data, f"'typed' of {where}", _TYPED_KEYS)
    routes = []
    items = t.sequence("routes")
    for i, item in enumerate(items or ()):
        line = items.line_of(i)
        label = f"route {i + 1} of {where}"
        if not isinstance(item, dict):
            t.fail("RL203", line, f"{label} should be a mapping with when and goto, found {describe(item)}")
            draft.opaque.add(node_id)
            continue
        routes.append(_route(Reader(r.sink, item, label, _ROUTE_KEYS, ("when", "goto")), node_id, draft, line))
    for i, route in enumerate(routes[:-1]):
        if route.test == RouteTest():
            r.sink.add("RL215", route.line, f"route {i + 1} of {where} has an empty 'when', so it always matches "
                       "and the routes after it are never taken")
    default_data = t.mapping("default")
    if default_data is None:
        draft.opaque.add(node_id)
        if "default" not in data:
            t.fail("RL208", r.line("typed"), f"{where} has no 'default' route; add one for replies no route matches")
        default = Route(goto="", line=data.line)
    else:
        d = Reader(r.sink, default_data, f"the default route of {where}", _ROUTE_KEYS[1:], ("goto",),
                   at=t.line("default"))
        default = _route(d, node_id, draft, default_data.line)
    r.ok = r.ok and t.ok
    return Typed(routes=tuple(routes), default=default, exemplars=t.texts("exemplars"), prompt=t.text("prompt"),
                 line=data.line)


def _route(r: Reader, node_id: str, draft: Draft, line: int) -> Route:
    test = RouteTest()
    when = r.mapping("when")
    if when is not None:
        w = Reader(r.sink, when, f"'when' of {r.where}", _WHEN_KEYS)
        low = w.integer("min_score", None, 0, 100) if "min_score" in when else None
        high = w.integer("max_score", None, 0, 100) if "max_score" in when else None
        if low is not None and high is not None and low > high:
            w.fail("RL211", w.line("max_score"), f"'max_score' {high} is below 'min_score' {low} in {r.where}; "
                   "no score can match")
        test = RouteTest(any=w.texts("any", LABELS), all=w.texts("all", LABELS), none=w.texts("none", LABELS),
                         red=w.boolean("red") if "red" in when else None,
                         green=w.boolean("green") if "green" in when else None,
                         min_score=low, max_score=high, condition=w.condition("if", draft))
    return Route(goto=_goto(r, node_id, draft), test=test, effects=r.effects("effects", draft),
                 feedback=r.text("feedback"), line=line)


def _ending(r: Reader, where: str) -> Ending | None:
    data = r.mapping("ending")
    if data is None:
        return Ending(outcome="partly")
    e = Reader(r.sink, data, f"the ending of {where}", _ENDING_KEYS, ("outcome", "debrief"), at=r.line("ending"))
    return Ending(outcome=e.one_of("outcome", OUTCOMES, "partly"), debrief=e.text("debrief", nonempty=True),
                  reflection=e.text("reflection"), try_today=e.text("try_today"))

