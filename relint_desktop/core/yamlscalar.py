"""Resolving YAML scalars to text, numbers, yes/no and null, without constructing any object from a tag."""

from __future__ import annotations

from typing import Any

import yaml

T = "tag:yaml.org,2002:"
PLAIN_TAGS = frozenset({T + "str", T + "int", T + "float", T + "bool", T + "null", T + "timestamp", T + "map",
                        T + "seq", T + "merge"})
_TRUE = {"true", "yes", "on", "y"}
_IMPLICIT = yaml.resolver.Resolver.yaml_implicit_resolvers
SPECIAL_FIRST = frozenset(c for c in _IMPLICIT if c)
"""First characters a plain scalar needs to be anything but text (digits, t/f/y/n/o, ~, . and so on)."""


class ForbiddenTag(ValueError):
    """A scalar with a tag scenario files may not use."""


def shown(tag: str) -> str:
    """A tag as an author would write it (!!python/object rather than tag:yaml.org,2002:python/object)."""
    return "!!" + tag[len(T):] if tag.startswith(T) else tag


def scalar(event) -> tuple[Any, str]:
    """The value of a scalar event and its resolved tag."""
    tag, value = event.tag, event.value
    if tag in (None, "!"):
        if not event.implicit[0]:  # quoted: always text
            return value, T + "str"
        tag = T + "str"
        for candidate, pattern in _IMPLICIT.get(value[0] if value else "", ()):
            if pattern.match(value):
                tag = candidate
                break
    elif tag not in PLAIN_TAGS and tag != T + "binary":
        raise ForbiddenTag(shown(tag))
    return convert(tag, value), tag


def plain(value: str) -> Any:
    """The value of an unquoted scalar without a tag (what scalar() gives for it)."""
    for candidate, pattern in _IMPLICIT.get(value[0] if value else "", ()):
        if pattern.match(value):
            return convert(candidate, value)
    return value


def convert(tag: str, value: str) -> Any:
    """The value of a scalar with a resolved tag (text that does not fit its tag stays text)."""
    if tag == T + "str" or tag == T + "timestamp" or tag == T + "binary":
        return value
    if tag == T + "null":
        return None
    if tag == T + "bool":
        return value.lower() in _TRUE
    if tag == T + "int":
        try:
            digits = value.replace("_", "")
            sign = -1 if digits.startswith("-") else 1
            digits = digits.lstrip("+-")
            if digits.startswith("0x"):
                return sign * int(digits[2:], 16)
            if digits.startswith("0o"):
                return sign * int(digits[2:], 8)
            if digits.startswith("0b"):
                return sign * int(digits[2:], 2)
            if ":" in digits:  # YAML 1.1 base 60; nobody means it, keep the text
                return value
            return sign * int(digits, 8 if len(digits) > 1 and digits.startswith("0") else 10)
        except ValueError:  # too many digits: leave it as text, the schema reports the type
            return value
    if tag == T + "float":
        low = value.lower().replace("_", "")
        if low in (".inf", "+.inf"):
            return float("inf")
        if low == "-.inf":
            return float("-inf")
        if low == ".nan":
            return float("nan")
        try:
            return float(low)
        except ValueError:
            return value
    return value
