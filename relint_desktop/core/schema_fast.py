"""Fast paths for the parts a scenario has thousands of: well-formed choices and effects.

Each function returns exactly what the general reader in schema.py/schema_nodes.py would
build for a flawless part, and records the same draft entries in the same order; for
anything it is not sure of it returns None before recording anything, and the general
reader then reads the part and reports its problems. So no check is skipped, only the
bookkeeping of the Reader for parts that have nothing to report. (Every key of a MarkedDict
has its line in `lines`, so a present key's line is looked up directly.)
"""

from __future__ import annotations

from relint_desktop.core.conditions import Condition, ConditionError
from relint_desktop.core.model import Choice, Effects, Ending, Fact, Line, Node, Route, RouteTest, Typed
from relint_desktop.core.rubric import LABELS, OUTCOMES
from relint_desktop.core.schema import _RESERVED, MOODS, NAME_RE, NO_EFFECTS, VARIABLE_RE, Draft, _parse_condition
from relint_desktop.core.yamltree import MarkedDict, MarkedList

MAX_CHOICES = 9  # schema_nodes.MAX_CHOICES (that module imports this one)
_NODE_KEYS = frozenset(("speaker", "mood", "scene", "lines", "remember", "understood", "effects", "choices", "typed",
                        "ending"))
_LINE_KEYS = frozenset(("text", "if", "mood"))
_CHOICE_KEYS = frozenset(("text", "labels", "effects", "feedback", "goto", "if"))
_ENDING_KEYS = frozenset(("outcome", "debrief", "reflection", "try_today"))
_TYPED_KEYS = frozenset(("prompt", "exemplars", "routes", "default"))
_ROUTE_KEYS = frozenset(("when", "effects", "feedback", "goto"))
_WHEN_KEYS = frozenset(("any", "all", "none", "red", "green", "min_score", "max_score", "if"))
_ALWAYS = RouteTest()
_LABEL_SET = frozenset(LABELS)
_MOODS = frozenset(MOODS)
_NOT_SURE = None
# Equal effects are one object, like conditions (nothing changes an Effects once built): scenarios repeat
# `{trust: 5}` thousands of times, and every object kept is one more for the garbage collector to scan
_SHARED_EFFECTS: dict[tuple, Effects] = {}
_variable = VARIABLE_RE.match
_name = NAME_RE.match


def fast_choice(item, line: int, node_id: str, gotos: list, effect_vars: list, conditions: list) -> Choice | None:
    """The Choice the general reader would build from `item` when it has nothing to report, else None.

    What the draft records for it is appended to `gotos`, `effect_vars` and `conditions`.
    """
    if type(item) is not MarkedDict or not _CHOICE_KEYS.issuperset(item):
        return _NOT_SURE
    text, goto, labels, feedback = (item.get("text"), item.get("goto"), item.get("labels"), item.get("feedback"))
    if (type(text) is not str or type(goto) is not str or type(feedback) is not str or type(labels) is not MarkedList
            or not text.strip() or not goto.strip()):
        return _NOT_SURE  # also when one is missing (None): the general reader says which
    for label in labels:
        if type(label) is not str or label not in _LABEL_SET:  # every label is non-blank text
            return _NOT_SURE
    condition = None
    if "if" in item:
        source = item["if"]
        if type(source) is not str:
            return _NOT_SURE
        try:
            condition = _parse_condition(source)
        except ConditionError:
            return _NOT_SURE
    effects, names = NO_EFFECTS, None
    if "effects" in item:
        names = []
        effects = fast_effects(item["effects"], names)
        if effects is None:
            return _NOT_SURE
    # nothing to report: record what the general reader records, in its order (goto, effects, condition)
    gotos.append((node_id, goto, item.lines["goto"]))
    if names:
        effect_vars.extend(names)
    if condition is not None:
        conditions.append((condition, item.lines["if"]))
    return Choice(text=text, goto=goto, labels=tuple(labels), effects=effects, feedback=feedback,
                  condition=condition, line=line)


def fast_effects(data, names: list[tuple[str, int]]) -> Effects | None:
    """`{var: delta, set: {var: value}}` as Effects when every name and number is right (names collected), else None."""
    if type(data) is not MarkedDict:
        return _NOT_SURE
    add: dict[str, int] = {}
    values: dict[str, int] = {}
    for name, value in data.items():
        if name == "set":
            if type(value) is not MarkedDict:
                return _NOT_SURE
            for var, val in value.items():
                if type(var) is not str or not _variable(var) or var in _RESERVED or type(val) is not int:
                    return _NOT_SURE
                if not (0 <= val <= 100 if var == "trust" else -1_000_000 <= val <= 1_000_000):
                    return _NOT_SURE
                names.append((var, value.lines[var]))
                values[var] = val
        else:
            if (type(name) is not str or not _variable(name) or name in _RESERVED or type(value) is not int
                    or not -1_000_000 <= value <= 1_000_000):
                return _NOT_SURE
            names.append((name, data.lines[name]))
            add[name] = value
    key = (tuple(add.items()), tuple(values.items()))
    effects = _SHARED_EFFECTS.get(key)
    if effects is None:
        effects = Effects(add=add, set=values)
        if len(_SHARED_EFFECTS) < 4096:
            _SHARED_EFFECTS[key] = effects
    return effects


def fast_node(node_id: str, data: MarkedDict, line: int, draft: Draft) -> Node | None:
    """The Node read_node would build from a flawless choices or ending node (draft entries recorded), else None."""
    if not _NODE_KEYS.issuperset(data):
        return _NOT_SURE
    speaker, lines_data, mood = data.get("speaker"), data.get("lines"), data.get("mood", "neutral")
    if (type(speaker) is not str or not speaker.strip() or type(lines_data) is not MarkedList or not lines_data
            or type(mood) is not str or mood not in _MOODS):
        return _NOT_SURE
    conditions: list = []
    lines = []
    for i, item in enumerate(lines_data):
        if type(item) is str:
            if not item.strip():
                return _NOT_SURE
            lines.append(Line(item, line=lines_data.lines[i]))
            continue
        if type(item) is not MarkedDict or not _LINE_KEYS.issuperset(item):
            return _NOT_SURE
        text, line_mood = item.get("text"), item.get("mood", "")
        if type(text) is not str or not text.strip() or type(line_mood) is not str or (
                "mood" in item and line_mood not in _MOODS):
            return _NOT_SURE
        condition = None
        if "if" in item:
            condition = _condition(item["if"])
            if condition is None:
                return _NOT_SURE
            conditions.append((condition, item.lines["if"]))
        lines.append(Line(text, condition, line_mood, lines_data.lines[i]))
    facts, fact_lines = (), ()
    if "remember" in data:
        remember = data["remember"]
        if type(remember) is not MarkedDict:
            return _NOT_SURE
        for fact_id, text in remember.items():
            if (type(fact_id) is not str or not _name(fact_id) or fact_id in _RESERVED or type(text) is not str
                    or not text.strip()):
                return _NOT_SURE
        facts = tuple(Fact(fact_id, text) for fact_id, text in remember.items())
        fact_lines = tuple((fact_id, remember.lines[fact_id]) for fact_id in remember)
    understood, scene = data.get("understood", False), data.get("scene", "")
    if type(understood) is not bool or type(scene) is not str:
        return _NOT_SURE
    gotos: list = []
    effect_vars: list = []
    choices: tuple[Choice, ...] = ()
    ending = typed = None
    if "choices" in data:
        items = data["choices"]
        if "typed" in data or "ending" in data or type(items) is not MarkedList or not 0 < len(items) <= MAX_CHOICES:
            return _NOT_SURE
        found = []
        for i, item in enumerate(items):
            choice = fast_choice(item, items.lines[i], node_id, gotos, effect_vars, conditions)
            if choice is None:
                return _NOT_SURE
            found.append(choice)
        choices = tuple(found)
    elif "ending" in data and "typed" not in data:
        ending = _ending(data["ending"])
        if ending is None:
            return _NOT_SURE
    elif "typed" in data and "ending" not in data:
        typed = _typed(data["typed"], node_id, gotos, effect_vars, conditions)
        if typed is None:
            return _NOT_SURE
    else:  # a missing or doubled way on: the general reader reports it
        return _NOT_SURE
    effects = NO_EFFECTS
    if "effects" in data:
        effects = fast_effects(data["effects"], effect_vars)
        if effects is None:
            return _NOT_SURE
    # nothing to report: record what read_node records, each list in its order
    draft.speakers.append((node_id, speaker, data.lines["speaker"]))
    draft.conditions.extend(conditions)
    for fact_id, fact_line in fact_lines:
        draft.facts.setdefault(fact_id, fact_line)
    draft.gotos.extend(gotos)
    draft.effect_vars.extend(effect_vars)
    return Node(id=node_id, speaker=speaker, lines=tuple(lines), mood=mood, choices=choices, typed=typed,
                ending=ending, remember=facts, understood=understood, scene=scene, effects=effects, line=line)


def _condition(source) -> Condition | None:
    if type(source) is not str:
        return _NOT_SURE
    try:
        return _parse_condition(source)
    except ConditionError:
        return _NOT_SURE


def _ending(data) -> Ending | None:
    if type(data) is not MarkedDict or not _ENDING_KEYS.issuperset(data):
        return _NOT_SURE
    outcome, debrief = data.get("outcome"), data.get("debrief")
    reflection, try_today = data.get("reflection", ""), data.get("try_today", "")
    if (type(outcome) is not str or outcome not in OUTCOMES or type(debrief) is not str or not debrief.strip()
            or type(reflection) is not str or type(try_today) is not str):
        return _NOT_SURE
    return Ending(outcome=outcome, debrief=debrief, reflection=reflection, try_today=try_today)


def _typed(data, node_id: str, gotos: list, effect_vars: list, conditions: list) -> Typed | None:
    """What schema_nodes._typed builds for a flawless `typed:` mapping (draft entries appended), else None."""
    if type(data) is not MarkedDict or not _TYPED_KEYS.issuperset(data):
        return _NOT_SURE
    prompt, exemplars, items = data.get("prompt", ""), data.get("exemplars", ()), data.get("routes", ())
    if type(prompt) is not str or type(exemplars) not in (tuple, MarkedList) or type(items) not in (tuple, MarkedList):
        return _NOT_SURE
    for exemplar in exemplars:
        if type(exemplar) is not str or not exemplar.strip():
            return _NOT_SURE
    routes = []
    for i, item in enumerate(items):
        if type(item) is not MarkedDict or not _ROUTE_KEYS.issuperset(item) or "when" not in item:
            return _NOT_SURE
        test = _route_test(item["when"], conditions)
        if test is None or (i < len(items) - 1 and test == _ALWAYS):  # RL215 is the general reader's to report
            return _NOT_SURE
        route = _route(item, test, items.lines[i], node_id, gotos, effect_vars)
        if route is None:
            return _NOT_SURE
        routes.append(route)
    default_data = data.get("default")
    if type(default_data) is not MarkedDict or "when" in default_data:
        return _NOT_SURE
    default = _route(default_data, _ALWAYS, default_data.line, node_id, gotos, effect_vars)
    if default is None:
        return _NOT_SURE
    return Typed(routes=tuple(routes), default=default, exemplars=tuple(exemplars), prompt=prompt, line=data.line)


def _route(data: MarkedDict, test: RouteTest, line: int, node_id: str, gotos: list, effect_vars: list) -> Route | None:
    if not _ROUTE_KEYS.issuperset(data):
        return _NOT_SURE
    goto, feedback = data.get("goto"), data.get("feedback", "")
    if type(goto) is not str or not goto.strip() or type(feedback) is not str:
        return _NOT_SURE
    effects, names = NO_EFFECTS, None
    if "effects" in data:
        names = []
        effects = fast_effects(data["effects"], names)
        if effects is None:
            return _NOT_SURE
    gotos.append((node_id, goto, data.lines["goto"]))
    if names:
        effect_vars.extend(names)
    return Route(goto=goto, test=test, effects=effects, feedback=feedback, line=line)


def _route_test(when, conditions: list) -> RouteTest | None:
    if type(when) is not MarkedDict or not _WHEN_KEYS.issuperset(when):
        return _NOT_SURE
    labels = []
    for key in ("any", "all", "none"):
        items = when.get(key, ())
        if type(items) not in (tuple, MarkedList):
            return _NOT_SURE
        for label in items:
            if type(label) is not str or label not in _LABEL_SET:
                return _NOT_SURE
        labels.append(tuple(items))
    red, green, low, high = when.get("red"), when.get("green"), when.get("min_score"), when.get("max_score")
    if ("red" in when and type(red) is not bool) or ("green" in when and type(green) is not bool):
        return _NOT_SURE
    for score in (low, high):
        if score is not None and (type(score) is not int or not 0 <= score <= 100):
            return _NOT_SURE
    if ("min_score" in when and low is None) or ("max_score" in when and high is None) or (
            low is not None and high is not None and low > high):
        return _NOT_SURE
    condition = None
    if "if" in when:
        condition = _condition(when["if"])
        if condition is None:
            return _NOT_SURE
        conditions.append((condition, when.lines["if"]))
    return RouteTest(any=labels[0], all=labels[1], none=labels[2], red=red, green=green, min_score=low,
                     max_score=high, condition=condition)
