"""Transcripts: press conferences and interviews printed as speaker turns.

A turn opens with a label and a colon: ``Q:``/``A:`` (``Question:``/
``Answer:``), a person's name (``Hua Chunying: Good afternoon …``), a role
(``Spokesperson: …``) or an outlet's initials (``GT: …``). Its words are that
speaker's speech although no quotation mark encloses them. A label opens a
line, or follows a question inside one ('… Is what they said true?
Spokesperson: …'). A turn runs to the next label or the end of its block;
unlabelled blocks after it continue it; a block in parentheses is a stage
direction, not speech. Questions are the journalist's (or the outlet's, when
its initials label them); answers belong to the person who answers: the last
named speaker who is not asking, else the first person the text names (the
heading: "Spokesperson Geng Shuang's Regular Press Conference").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .speakers import PERSON_ROLES, Speaker, SpeakerBook, personal_names

_NAME = r"[QA]\d{0,2}|Question|Answer|[A-Z]{2,6}|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4}"
_LINE_LABEL = re.compile(rf"(?P<label>{_NAME})\s*:\s+(?=\S)")
_INLINE_LABEL = re.compile(rf"(?<=[?.!])[\"”’]?\s+(?P<label>{_NAME})\s*:\s+(?=\S)")
_QUESTION, _ANSWER = ("Q", "Question"), ("A", "Answer")
ASKING_ROLES = {"reporter", "journalist", "interviewer", "host", "moderator", "correspondent"}
# A questioner naming their outlet at the start of the turn: 'Reporter from Xinhua News Agency:'.
_REPORTER_FROM = re.compile(r"(?:[Rr]eporter|[Jj]ournalist|[Cc]orrespondent)s?\s+(?:from|of|with)\s+(?P<outlet>[^:\n]{2,60}):")
# Who chairs an event: when their turn asks nothing they speak for whoever held it, not as a journalist.
CHAIR_ROLES = {"moderator", "host", "chair"}
_HELD_BY = re.compile(r"(?P<body>[A-Z][^.;:\n]{2,160}?)\s+(?:held|hosted|holds|hosts|organi[sz]ed|convened)\s+(?:the|a|an|its)"
                      r"\b[^.\n]{0,60}?\b(?:press conference|news conference|press briefing|briefing)")
JOURNALIST = Speaker("journalist", "MEDIA", True, "question in a transcript")
# An outlet's initials the lexicon does not know, labelling a question in a transcript ('NOS: … ?').
OUTLET_ASKING = Speaker("journalist", "MEDIA", False, "outlet asking in a transcript")
# A chair handing a question on: 'This question goes to Elijan Anayit.', 'I'll pass this to Mr Xu.'
_HANDED_TO = re.compile(r"\b(?:goes|go|pass(?:es)?|turn|hand|give|answered by)\b[^.!?\n]{0,25}?\b(?:to|by)\s+"
                        r"(?P<name>(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})")
# A short line with no sentence end inside a transcript: a heading ('Reporter from China Daily'), not speech.
_HEADING_WORDS = 10


@dataclass(frozen=True)
class Turn:
    start: int             # normalised offsets of the turn's words (label excluded)
    end: int
    speaker: Speaker
    labelled: bool


def find_turns(text: str, blocks: list[tuple[int, int]], book: SpeakerBook) -> list[Turn]:
    """Every turn of a transcript, or nothing when the text is not one.

    A text is a transcript when a line opens with Q/A, or a line opens with a
    label and another label follows, or one with a name the text repeats
    ("I'm Elijan Anayat").
    The first block (a headline) never holds a turn.
    """
    line_labels = [(i, m) for i, (start, end) in enumerate(blocks[1:], start=1)
                   for m in _line_matches(text, start, end)
                   if _speaker_of(m["label"], book, asking="?" in text[m.end():end]) is not None]
    inline = [(i, m) for i, (start, end) in enumerate(blocks[1:], start=1)
              for m in _INLINE_LABEL.finditer(text, start, end) if _speaker_of(m["label"], book) is not None]
    names = [m["label"] for _, m in line_labels if m["label"] not in _QUESTION + _ANSWER]
    if not line_labels or not (len(line_labels) > len(names) or len(line_labels) + len(inline) >= 2
                               or any(text.count(n) >= 2 for n in names)):
        return []
    labels = sorted(line_labels + inline, key=lambda item: item[1].start())
    turns: list[Turn] = []
    answerer = _heading_person(text, blocks, book) or _first_person(text[:labels[0][1].start()], book)
    current: Speaker | None = None
    for index, (start, end) in enumerate(blocks):
        opened = [m for i, m in labels if i == index]
        if not opened:
            heading = len(text[start:end].split()) <= _HEADING_WORDS and not re.search(r"[.!?\"”’]\s*$", text[start:end])
            if current is not None and text[start] != "(" and not heading:   # a stage direction or heading: skipped
                turns.append(Turn(start, end, current, False))
            continue
        if opened[0].start("label") > start and current is not None:   # the block continues a turn first
            turns.append(Turn(start, _trim_end(text, start, opened[0].start()), current, False))
        for match, following in zip(opened, opened[1:] + [None]):
            label = match["label"]
            if _numbered(label) in _ANSWER:
                current = answerer
            else:
                stop = following.start() if following is not None else end
                current = _speaker_of(label, book, asking="?" in text[match.end():stop])
                if not _asks(label, current):
                    answerer = current
            if current is JOURNALIST and (outlet := _REPORTER_FROM.match(text, match.end(), end)) is not None:
                side = book.group_of(outlet["outlet"])      # 'Q: Reporter from Xinhua News Agency: …'
                current = Speaker(JOURNALIST.name, side, True, outlet.group().strip(" :")) \
                    if side in ("MEDIA", "CN_MEDIA") else current
            if current is not None:
                book.remember(current)
                stop = following.start() if following is not None else end
                turns.append(Turn(match.end(), _trim_end(text, match.end(), stop), current, True))
                handed = _HANDED_TO.search(text, match.end(), stop)
                named = book.resolve(handed["name"]) if handed else None
                if named is not None and named.person:
                    answerer = named            # the next answer is the person the chair names
    return [t for t in turns if t.end > t.start]


def _line_matches(text: str, start: int, end: int) -> list[re.Match]:
    """Labels at the start of each line of a block."""
    starts = [start] + [start + m.end() for m in re.finditer(r"\n\s*", text[start:end])]
    return [m for m in (_LINE_LABEL.match(text, s, end) for s in starts) if m]


def _speaker_of(label: str, book: SpeakerBook, asking: bool = False) -> Speaker | None:
    """Who a label names: the journalist, a person, a role ('Spokesperson' = the spokesperson the text
    introduced), or an outlet or body by its initials; None when it names nobody ('Exclusive')."""
    label = _numbered(label)
    if label in _QUESTION:
        return JOURNALIST
    if label in _ANSWER:
        return Speaker("answer", "NONE", True, "")          # replaced by the answerer
    lower = label.lower()
    if lower in CHAIR_ROLES and not asking and (holder := _event_holder(book)) is not None:
        return Speaker(label, holder, True, "chair of the event")   # 'Moderator: Welcome to the 4th press
        #                                                           conference …': the chair speaks for its host
    if lower in PERSON_ROLES | ASKING_ROLES:
        return JOURNALIST if lower in ASKING_ROLES else (book.resolve(f"the {lower}") or book.resolve(label))
    if label.isupper():
        titled = label.title()           # 'SINTASH:', 'BAHRAM SINTASH:' in a broadcast transcript
        named = book.resolve(titled) if len(label) > 3 and re.search(rf"\b{re.escape(titled)}\b", book.text) else None
        if named is not None and named.person:
            return _as_interviewer(named, book) if asking else named
        found = book.resolve(label)
        return found if found is not None and found.group != "NONE" else OUTLET_ASKING if asking else None
    if personal_names(label) == [label] or any(e.kind == "person" for e, _ in book.entity_matches(label)):
        return book.resolve(label)
    if asking:                          # 'Reuters: … What is China's response?': an outlet by its name
        found = book.resolve(label)
        return found if found is not None and found.group in ("MEDIA", "CN_MEDIA") else None
    return None


def _event_holder(book: SpeakerBook) -> str | None:
    """The side of the body the text says held the press conference ('the Information Office of the
    People's Government of Xinjiang … held the 4th press conference'), if it names one."""
    held = _HELD_BY.search(book.text)
    if held is None:
        return None
    group = book.group_of(held["body"].split(", ")[-1])
    return group if group != "NONE" else None


def _as_interviewer(person: Speaker, book: SpeakerBook) -> Speaker:
    """A named person whose turn asks and whom the article gives no side of their own ('SIMON: So you have
    no idea where they are?'): the interviewer, a journalist (GUIDELINES 1.1)."""
    unstated = person.group in ("NONE", book.lexicons.speakers.default_person_group)
    return Speaker(person.name, JOURNALIST.group, True, person.description) if unstated else person


def _asks(label: str, speaker: Speaker | None) -> bool:
    """A questioner's label: Q, an interviewer's role, or an outlet's initials."""
    return _numbered(label) in _QUESTION or label.lower() in ASKING_ROLES or (
        speaker is not None and speaker.group in ("MEDIA", "CN_MEDIA"))


def _numbered(label: str) -> str:
    """'Q1' -> 'Q', 'A2' -> 'A': numbered questions and answers."""
    return label.rstrip("0123456789") if re.fullmatch(r"[QA]\d+", label) else label


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _heading_person(text: str, blocks: list[tuple[int, int]], book: SpeakerBook) -> Speaker | None:
    """The person the heading names, resolved with their title."""
    start, end = blocks[0]
    heading = text[start:end]
    names = _people(heading, book)
    if not names:
        return None
    title = heading[:heading.find(names[0]) + len(names[0])]
    return book.resolve(title.split(":")[-1].strip())


def _first_person(introduction: str, book: SpeakerBook) -> Speaker | None:
    """The first person an interview's introduction names: the one interviewed ('Xinhua interviewed
    Shohrat Zakir, chairman of the regional government.')."""
    names = _people(introduction, book)
    return book.resolve(names[0]) if names else None


def _people(text: str, book: SpeakerBook) -> list[str]:
    return [found for entity, found in book.entity_matches(text) if entity.kind == "person"] or personal_names(text)
