"""Remove boilerplate lines, keeping an audit record of every removal."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from .lexicons import BoilerplateRule

_WORD = re.compile(r"\w+")

CAPTION_ECHO = ("caption_echo", "caption repeated on the line before its credit")


@dataclass(frozen=True)
class Line:
    """A non-blank line of the normalised text; ``start``/``end`` exclude edge spaces."""

    number: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Removal:
    line: Line
    rule: str
    reason: str


def lines_of(text: str) -> list[Line]:
    """Every non-blank line, numbered from 1 as an editor numbers them."""
    lines, offset = [], 0
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if stripped:
            start = offset + len(line) - len(line.lstrip())
            lines.append(Line(number, start, start + len(stripped), stripped))
        offset += len(line) + 1
    return lines


def find_boilerplate(lines: Iterable[Line], rules: tuple[BoilerplateRule, ...]) -> list[Removal]:
    """The lines to remove, in text order, each with the rule that fired.

    Besides the rules from the data file there is one structural rule: a line
    that the next line repeats and extends with a photo credit is the caption
    printed twice (once as alt text, once with its credit), so it goes too.
    """
    lines = list(lines)
    fired = {line.number: _first_match(line.text, rules) for line in lines}
    for before, after in zip(lines, lines[1:]):
        credit = fired[after.number]
        if (fired[before.number] is None and credit is not None and credit[0] == "photo_caption"
                and len(before.text) >= 20 and after.text.startswith(before.text)):
            fired[before.number] = CAPTION_ECHO
    return [Removal(line, *fired[line.number]) for line in lines if fired[line.number] is not None]


def _first_match(text: str, rules: tuple[BoilerplateRule, ...]) -> tuple[str, str] | None:
    for rule in rules:
        if rule.max_words is not None and len(_WORD.findall(text)) > rule.max_words:
            continue
        if rule.pattern.search(text):
            return rule.name, rule.reason
    return None
