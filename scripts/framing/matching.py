"""Dictionary matching shared by the analyses: whole words, longest match wins."""
from __future__ import annotations

import re
from re import _constants as sre_c, _parser as sre_parse      # the stdlib's own regex parser
from typing import Generic, Iterable, TypeVar

T = TypeVar("T")
_WORD_START = re.compile(r"(?<!\w)\w")


def whole_word(pattern: str, flags: int = 0) -> re.Pattern:
    """Compile ``pattern`` so it matches only where it is not part of a longer word."""
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", flags)


def longest_matches(text: str, patterns: Iterable[tuple[T, re.Pattern]]) -> list[tuple[int, int, T]]:
    """Non-overlapping matches of all patterns, in text order.

    Where two overlap the longer wins, then the earlier ("UN Human Rights
    Office" is one match, not also "UN").
    """
    return _longest([(m.start(), m.end(), item) for item, regex in patterns for m in regex.finditer(text)])


def _longest(found: list[tuple[int, int, T]]) -> list[tuple[int, int, T]]:
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    taken: list[tuple[int, int, T]] = []
    for start, end, item in found:
        if all(end <= a or start >= b for a, b, _ in taken):
            taken.append((start, end, item))
    return sorted(taken, key=lambda t: t[0])


def first_characters(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can begin with, or None when that cannot be told
    (a class like \\w, an optional start that may match nothing)."""
    chars = _first(sre_parse.parse(pattern, flags))
    if chars is None:
        return None
    if flags & re.IGNORECASE:
        chars = {c for ch in chars for c in (ch.lower(), ch.upper())}
    return frozenset(chars)


def _first(items) -> set[str] | None:
    for position, (op, av) in enumerate(items):
        if op in (sre_c.ASSERT_NOT, sre_c.ASSERT, sre_c.AT):
            continue
        if op is sre_c.LITERAL:
            return {chr(av)}
        if op is sre_c.IN:
            chars: set[str] = set()
            for kind, value in av:
                if kind is sre_c.LITERAL:
                    chars.add(chr(value))
                elif kind is sre_c.RANGE and value[1] - value[0] < 64:
                    chars.update(chr(c) for c in range(value[0], value[1] + 1))
                else:
                    return None
            return chars
        if op is sre_c.SUBPATTERN:
            return _first(av[-1])
        if op is sre_c.BRANCH:
            found = [_first(branch) for branch in av[1]]
            return None if any(f is None for f in found) else set().union(*found)
        if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
            low, _, sub = av
            head = _first(sub)
            if head is None:
                return None
            if low > 0:
                return head
            rest = _first(items[position + 1:])
            return None if rest is None else head | rest
        return None
    return None


class Dictionary(Generic[T]):
    """Many patterns searched at once. Each pattern is tried only at the starts of
    words that begin with a character it can begin with, then the longest match
    wins as in :func:`longest_matches` (same result, a test checks it).

    Built once per lexicon: a whole article costs one pass over its word starts
    and a few anchored matches, where one full scan per pattern (or one scan of
    a combined alternation) cost ten times as much; profiles showed entity
    lookups dominating the quote engine.
    """

    def __init__(self, patterns: Iterable[tuple[T, str]], flags: int = 0):
        self._by_char: dict[str, list[tuple[T, re.Pattern]]] = {}
        self._anywhere: list[tuple[T, re.Pattern]] = []
        for item, pattern in patterns:
            compiled = whole_word(pattern, flags)
            chars = first_characters(pattern, flags)
            if chars is None:
                self._anywhere.append((item, compiled))
            else:
                for char in chars:
                    self._by_char.setdefault(char, []).append((item, compiled))

    def matches(self, text: str) -> list[tuple[int, int, T]]:
        found = []
        for start in (m.start() for m in _WORD_START.finditer(text)):
            for item, regex in [*self._by_char.get(text[start], ()), *self._anywhere]:
                match = regex.match(text, start)
                if match:
                    found.append((start, match.end(), item))
        return _longest(found)
