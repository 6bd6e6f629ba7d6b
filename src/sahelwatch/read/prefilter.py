"""Literals a regular expression cannot match without: a cheap substring test before a costly search.

Lexicon patterns such as ``not_events.yaml`` open with lookaheads that scan the whole clause for dozens of
words at every position. Most sentences lack the few words the pattern needs anyway ("withdrew ... from the
coalition" needs "coalition", "ecowas", ...), and ``str.__contains__`` finds that out far faster."""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser as sre_parser

Literals = frozenset[str]


def required_literals(pattern: str, min_length: int = 3) -> Literals | None:
    """Lower-cased strings one of which any match of ``pattern`` (searched case-insensitively) contains, or
    None when no such set with strings of at least ``min_length`` characters can be read off the pattern."""
    try:
        parsed = sre_parser.parse(pattern, re.IGNORECASE)
    except (re.error, RecursionError):
        return None
    found = _sequence(list(parsed))
    if not found or min(map(len, found)) < min_length:
        return None
    return found


def may_match(literals: Literals | None, lowered: str) -> bool:
    """False only when the lower-cased text holds none of the required literals."""
    return literals is None or any(literal in lowered for literal in literals)


def _sequence(items: list) -> Literals | None:
    """The most selective required set among a sequence's literal runs and required sub-patterns."""
    candidates: list[Literals] = []
    run: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL:
            run.append(chr(arg).lower())
            continue
        if run:
            candidates.append(frozenset(["".join(run)]))
            run = []
        found = _node(op, arg)
        if found:
            candidates.append(found)
    if run:
        candidates.append(frozenset(["".join(run)]))
    return max(candidates, key=lambda s: (min(map(len, s)), -len(s)), default=None)


def _node(op, arg) -> Literals | None:
    """The required set of one parsed node; None when it requires nothing readable."""
    if op is sre.SUBPATTERN:
        return _sequence(list(arg[3]))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(arg))
    if op is sre.BRANCH:
        branches = [_sequence(list(branch)) for branch in arg[1]]
        return None if any(not b for b in branches) else frozenset().union(*branches)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and arg[0] >= 1:
        return _sequence(list(arg[2]))
    if op is sre.ASSERT and arg[0] == 1:  # a positive lookahead is required too
        return _sequence(list(arg[1]))
    return None
