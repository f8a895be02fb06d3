"""Fast paths for the parts a scenario has thousands of: well-formed choices and effects.

Each function returns exactly what the general reader in schema.py/schema_nodes.py would
build for a flawless part, and records the same draft entries in the same order; for
anything it is not sure of it returns None before recording anything, and the general
reader then reads the part and reports its problems. So no check is skipped, only the
bookkeeping of the Reader for parts that have nothing to report.
"""

from __future__ import annotations

from relint_desktop.core.conditions import ConditionError
from relint_desktop.core.model import Choice, Effects
from relint_desktop.core.rubric import LABELS
from relint_desktop.core.schema import _RESERVED, NO_EFFECTS, VARIABLE_RE, Draft, _parse_condition
from relint_desktop.core.yamltree import MarkedDict, MarkedList

_CHOICE_KEYS = frozenset(("text", "labels", "effects", "feedback", "goto", "if"))
_LABEL_SET = frozenset(LABELS)
_NOT_SURE = None
_variable = VARIABLE_RE.match


def fast_choice(item, line: int, node_id: str, draft: Draft) -> Choice | None:
    """The Choice the general reader would build from `item` when it has nothing to report, else None."""
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
    draft.gotos.append((node_id, goto, item.line_of("goto")))
    if names:
        draft.effect_vars.extend(names)
    if condition is not None:
        draft.conditions.append((condition, item.line_of("if")))
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
                names.append((var, value.line_of(var)))
                values[var] = val
        else:
            if (type(name) is not str or not _variable(name) or name in _RESERVED or type(value) is not int
                    or not -1_000_000 <= value <= 1_000_000):
                return _NOT_SURE
            names.append((name, data.line_of(name)))
            add[name] = value
    return Effects(add=add, set=values)
