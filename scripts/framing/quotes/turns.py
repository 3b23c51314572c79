"""Transcripts: press conferences and interviews printed as speaker turns.

A turn is a paragraph that opens with a label and a colon: ``Q:``/``A:``
(``Question:``/``Answer:``) or a person's name (``Hua Chunying: Good
afternoon …``). Its words are that person's speech although no quotation
mark encloses them. Unlabelled paragraphs after a turn continue it, until the
next label; a paragraph in parentheses is a stage direction, not speech.
Questions are the journalist's; answers belong to the person the text names
as answering: the last name-labelled turn before, else the first person the
text names (the heading: "Spokesperson Geng Shuang's Regular Press Conference").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .speakers import Speaker, SpeakerBook, personal_names

_LABEL = re.compile(r"(?P<label>[QA]|Question|Answer|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4})\s*:\s+(?=\S)")
_QUESTION, _ANSWER = ("Q", "Question"), ("A", "Answer")
JOURNALIST = Speaker("journalist", "MEDIA", True, "question in a transcript")


@dataclass(frozen=True)
class Turn:
    start: int             # normalised offsets of the turn's words (label excluded)
    end: int
    speaker: Speaker
    labelled: bool


def find_turns(text: str, paragraphs: list[tuple[int, int]], book: SpeakerBook) -> list[Turn]:
    """Every turn of a transcript, or nothing when the text is not one.

    A label opens a line; the turn runs to the next labelled line or the end
    of its paragraph. A text is a transcript when it has a Q/A label, or name
    labels on two lines, or one name label whose name the text repeats ("I'm
    Elijan Anayat"). The first paragraph (a headline) never holds a turn.
    """
    labels: list[tuple[int, re.Match]] = []
    for index, (start, end) in enumerate(paragraphs[1:], start=1):
        for line_start in [start] + [m.end() for m in re.finditer(r"\n\s*", text[start:end])]:
            line_start = line_start if line_start == start else start + line_start
            match = _LABEL.match(text, line_start, end)
            if match and (match["label"] in _QUESTION + _ANSWER or _is_person(match["label"], book)):
                labels.append((index, match))
    names = [m["label"] for _, m in labels if m["label"] not in _QUESTION + _ANSWER]
    if not (len(labels) > len(names) or len(names) >= 2 or any(text.count(name) >= 2 for name in names)):
        return []
    turns: list[Turn] = []
    answerer = _heading_person(text, paragraphs, book)
    current: Speaker | None = None
    for index, (start, end) in enumerate(paragraphs):
        opened = [m for i, m in labels if i == index]
        if not opened:
            if current is not None and text[start] != "(":      # a stage direction: skipped, the turn goes on
                turns.append(Turn(start, end, current, False))
            continue
        if opened[0].start() > start and current is not None:      # the paragraph continues a turn first
            turns.append(Turn(start, _trim_end(text, start, opened[0].start()), current, False))
        for match, following in zip(opened, opened[1:] + [None]):
            label = match["label"]
            if label in _QUESTION:
                current = JOURNALIST
            elif label in _ANSWER:
                current = answerer
            else:
                current = book.resolve(label) or answerer
                answerer = current
            if current is not None:
                book.remember(current)
                stop = following.start() if following is not None else end
                turns.append(Turn(match.end(), _trim_end(text, match.end(), stop), current, True))
    return turns


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _is_person(label: str, book: SpeakerBook) -> bool:
    """A label that names a person: a personal name or a person in the lexicon."""
    return bool(personal_names(label) == [label] or any(e.kind == "person" for e, _ in book.entity_matches(label)))


def _heading_person(text: str, paragraphs: list[tuple[int, int]], book: SpeakerBook) -> Speaker | None:
    """The person the text names before its first turn (in the heading), resolved with their title."""
    start, end = paragraphs[0]
    heading = text[start:end]
    people = [found for entity, found in book.entity_matches(heading) if entity.kind == "person"]
    names = people or personal_names(heading)
    if not names:
        return None
    title = heading[:heading.find(names[0]) + len(names[0])]
    return book.resolve(title.split(":")[-1].strip())
