"""Dictionary matching shared by the analyses: whole words, longest match wins."""
from __future__ import annotations

import re
from typing import Generic, Iterable, TypeVar

T = TypeVar("T")


def whole_word(pattern: str, flags: int = 0) -> re.Pattern:
    """Compile ``pattern`` so it matches only where it is not part of a longer word."""
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", flags)


def longest_matches(text: str, patterns: Iterable[tuple[T, re.Pattern]]) -> list[tuple[int, int, T]]:
    """Non-overlapping matches of all patterns, in text order.

    Where two overlap the longer wins, then the earlier ("UN Human Rights
    Office" is one match, not also "UN").
    """
    found = [(m.start(), m.end(), item) for item, regex in patterns for m in regex.finditer(text)]
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    taken: list[tuple[int, int, T]] = []
    for start, end, item in found:
        if all(end <= a or start >= b for a, b, _ in taken):
            taken.append((start, end, item))
    return sorted(taken, key=lambda t: t[0])


class Dictionary(Generic[T]):
    """Many patterns searched at once: one combined regex finds where any of them
    can match, and :func:`longest_matches` decides among the few that do.

    Built once per lexicon; a text with no candidate costs one regex scan
    instead of one per pattern (the profile showed entity lookups dominating).
    """

    def __init__(self, patterns: Iterable[tuple[T, str]], flags: int = 0):
        self._items = [(item, whole_word(p, flags)) for item, p in patterns]
        self._any = re.compile("|".join(f"(?:{r.pattern})" for _, r in self._items), flags) if self._items else None

    def matches(self, text: str) -> list[tuple[int, int, T]]:
        if self._any is None or not self._any.search(text):
            return []
        return longest_matches(text, self._items)
