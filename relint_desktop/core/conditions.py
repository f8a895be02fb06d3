"""Conditions in scenario files: a tiny, safe expression language (never `eval`).

    trust >= 60 and not knows(failed_test)
    visits(opening) > 1 or (patience < 3 and trust > 40)

Names are scenario variables; `visits(NODE)` counts how often a node was entered;
`knows(FACT)` is true once the fact was remembered. Integers, `true`, `false`,
comparisons (< <= > >= == !=), `and`, `or`, `not` and parentheses. A bare name is
true when its value is not zero.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping, Union

MAX_LENGTH = 500


class ConditionError(ValueError):
    """A condition that cannot be parsed; `column` is 1-based within the text."""

    def __init__(self, message: str, column: int = 1):
        super().__init__(message)
        self.message = message
        self.column = column


_TOKEN = re.compile(r"\s*(?:(\d+)|([A-Za-z_][A-Za-z0-9_.-]*)|(<=|>=|==|!=|<|>)|([()]))")
_COMPARE = {
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
}
_KEYWORDS = {"and", "or", "not", "true", "false", "visits", "knows"}


@dataclass(frozen=True)
class _Num:
    value: int


@dataclass(frozen=True)
class _Var:
    name: str


@dataclass(frozen=True)
class _Visits:
    node: str


@dataclass(frozen=True)
class _Knows:
    fact: str


@dataclass(frozen=True)
class _Not:
    operand: "_Expr"


@dataclass(frozen=True)
class _Bool:
    op: str  # "and" | "or"
    operands: tuple["_Expr", ...]


@dataclass(frozen=True)
class _Cmp:
    op: str
    left: "_Expr"
    right: "_Expr"


_Expr = Union[_Num, _Var, _Visits, _Knows, _Not, _Bool, _Cmp]


@dataclass(frozen=True)
class Condition:
    """A parsed condition. Evaluate it with `holds`; inspect what it refers to for validation."""

    source: str
    tree: _Expr
    variables: frozenset[str]
    nodes: frozenset[str]
    facts: frozenset[str]

    def holds(self, variables: Mapping[str, int], visits: Mapping[str, int], facts) -> bool:
        """True when the condition is met; unknown names count as 0 / false."""
        return bool(_value(self.tree, variables, visits, facts))


def parse_condition(text: str) -> Condition:
    """Parse `text`; raise ConditionError with a column on any mistake."""
    if not isinstance(text, str):
        raise ConditionError("a condition must be text, like: trust >= 50")
    if len(text) > MAX_LENGTH:
        raise ConditionError(f"a condition may be at most {MAX_LENGTH} characters")
    tokens = _tokenize(text)
    parser = _Parser(tokens, text)
    tree = parser.parse_or()
    if parser.pos < len(tokens):
        tok, col = tokens[parser.pos]
        raise ConditionError(f"unexpected '{tok}'", col)
    names: dict[str, set[str]] = {"var": set(), "node": set(), "fact": set()}
    _collect(tree, names)
    return Condition(text, tree, frozenset(names["var"]), frozenset(names["node"]), frozenset(names["fact"]))


def _tokenize(text: str) -> list[tuple[str, int]]:
    tokens: list[tuple[str, int]] = []
    pos = 0
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        match = _TOKEN.match(text, pos)
        if not match:
            col = pos + len(text[pos:]) - len(text[pos:].lstrip()) + 1
            raise ConditionError(f"unexpected character '{text[col - 1]}'", col)
        tok = next(g for g in match.groups() if g is not None)
        tokens.append((tok, match.start(match.lastindex) + 1))
        pos = match.end()
    if not tokens:
        raise ConditionError("the condition is empty")
    return tokens


class _Parser:
    def __init__(self, tokens: list[tuple[str, int]], text: str):
        self.tokens = tokens
        self.pos = 0
        self.end_col = len(text) + 1
        self.depth = 0

    def peek(self) -> str | None:
        return self.tokens[self.pos][0] if self.pos < len(self.tokens) else None

    def col(self) -> int:
        return self.tokens[self.pos][1] if self.pos < len(self.tokens) else self.end_col

    def take(self, expected: str | None = None, what: str = "more") -> str:
        tok = self.peek()
        if tok is None:
            raise ConditionError(f"expected {repr(expected) if expected else what} at the end", self.end_col)
        if expected is not None and tok != expected:
            raise ConditionError(f"expected '{expected}' but found '{tok}'", self.col())
        self.pos += 1
        return tok

    def parse_or(self) -> _Expr:
        self.depth += 1
        if self.depth > 50:
            raise ConditionError("the condition is nested too deeply", self.col())
        parts = [self.parse_and()]
        while self.peek() == "or":
            self.take()
            parts.append(self.parse_and())
        self.depth -= 1
        return parts[0] if len(parts) == 1 else _Bool("or", tuple(parts))

    def parse_and(self) -> _Expr:
        parts = [self.parse_not()]
        while self.peek() == "and":
            self.take()
            parts.append(self.parse_not())
        return parts[0] if len(parts) == 1 else _Bool("and", tuple(parts))

    def parse_not(self) -> _Expr:
        if self.peek() == "not":
            self.take()
            self.depth += 1
            if self.depth > 50:
                raise ConditionError("the condition is nested too deeply", self.col())
            inner = self.parse_not()
            self.depth -= 1
            return _Not(inner)
        return self.parse_compare()

    def parse_compare(self) -> _Expr:
        left = self.parse_atom()
        if self.peek() in _COMPARE:
            op = self.take()
            right = self.parse_atom()
            return _Cmp(op, left, right)
        return left

    def parse_atom(self) -> _Expr:
        col = self.col()
        tok = self.take(what="a value")
        if tok == "(":
            inner = self.parse_or()
            self.take(")")
            return inner
        if tok.isdigit():
            return _Num(int(tok))
        if tok == "true":
            return _Num(1)
        if tok == "false":
            return _Num(0)
        if tok in ("visits", "knows"):
            self.take("(")
            name_col = self.col()
            name = self.take(what="a name")
            if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.-]*", name) or name in _KEYWORDS:
                raise ConditionError(f"expected a name inside {tok}(...)", name_col)
            self.take(")")
            return _Visits(name) if tok == "visits" else _Knows(name)
        if tok in _KEYWORDS or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", tok):
            raise ConditionError(f"unexpected '{tok}'", col)
        return _Var(tok)


def _collect(tree: _Expr, names: dict[str, set[str]]) -> None:
    if isinstance(tree, _Var):
        names["var"].add(tree.name)
    elif isinstance(tree, _Visits):
        names["node"].add(tree.node)
    elif isinstance(tree, _Knows):
        names["fact"].add(tree.fact)
    elif isinstance(tree, _Not):
        _collect(tree.operand, names)
    elif isinstance(tree, _Bool):
        for part in tree.operands:
            _collect(part, names)
    elif isinstance(tree, _Cmp):
        _collect(tree.left, names)
        _collect(tree.right, names)


def _value(tree: _Expr, variables, visits, facts) -> int:
    if isinstance(tree, _Num):
        return tree.value
    if isinstance(tree, _Var):
        return int(variables.get(tree.name, 0))
    if isinstance(tree, _Visits):
        return int(visits.get(tree.node, 0))
    if isinstance(tree, _Knows):
        return int(tree.fact in facts)
    if isinstance(tree, _Not):
        return int(not _value(tree.operand, variables, visits, facts))
    if isinstance(tree, _Bool):
        if tree.op == "and":
            return int(all(_value(p, variables, visits, facts) for p in tree.operands))
        return int(any(_value(p, variables, visits, facts) for p in tree.operands))
    return int(_COMPARE[tree.op](_value(tree.left, variables, visits, facts), _value(tree.right, variables, visits, facts)))
