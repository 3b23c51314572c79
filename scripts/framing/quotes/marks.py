"""Find the spans inside quotation marks in a paragraph.

Handles curly and straight, double and single marks; single quotes nested in
a double-quoted span belong to it (`nested_spans` lists them); apostrophes (China’s, don't, ’90s,
countries’) are not quote marks; a double quote left open at the end of a
paragraph continues when the next paragraph opens with a quote mark (news
style omits the closing mark there) and otherwise ends with the paragraph.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..normalise import DOUBLE_QUOTES, SINGLE_QUOTES

_OPEN_DOUBLE = "\u201c\u201e\u201f\u00ab"
_CLOSE_DOUBLE = "\u201d\u00bb"
_OPEN_SINGLE = "\u2018\u201b\u2039"
_CLOSE_SINGLE = "\u2019\u203a"
_BEFORE_OPENING = " \t\n([{\u2014\u2013-/:"


@dataclass(frozen=True)
class MarkedSpan:
    """Words inside quotation marks; offsets into the document's normalised text.

    ``open_mark``/``close_mark`` are the marks' offsets (``close_mark`` is None
    when the paragraph ends first). ``continues``: open at the paragraph's end
    and carried on by the next paragraph; ``continued``: carries on the
    previous paragraph's quote.
    """

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    family: str
    continues: bool = False
    continued: bool = False


def _role(text: str, i: int) -> str:
    """'open', 'close', 'either' or 'apostrophe' for the mark at ``text[i]``."""
    char = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if char in _OPEN_DOUBLE:
        return "open"
    if char in _CLOSE_DOUBLE:      # '” We welcome …' at a line's start: a closing mark typed for an opening one
        slip = before in " \t\n" and (after.isalnum() or after == " " and text[i + 2:i + 3].isupper())
        return "either" if slip else "close"
    if char == '"':
        if before in _BEFORE_OPENING:
            return "open"
        return "close" if not after.isalnum() else "either"
    # single marks
    if before.isalnum() and after.isalnum():
        return "apostrophe"                       # China’s, don't
    if before in _BEFORE_OPENING and text[i + 1:i + 4][:2].isdigit() and text[i + 3:i + 4] in ("s", ""):
        return "apostrophe"                       # ’90s, '90s
    if char in _OPEN_SINGLE:
        return "open"
    if char in _CLOSE_SINGLE or char == "'":
        return "open" if before in _BEFORE_OPENING and after.isalnum() else "close"
    return "close"


def paragraph_spans(text: str, start: int, end: int, *, next_opens: bool) -> list[MarkedSpan]:
    """Quoted spans of ``text[start:end]``; ``next_opens``: the next paragraph starts with a quote mark."""
    spans: list[MarkedSpan] = []
    family, opened = None, -1
    for i in range(start, end):
        char = text[i]
        if char not in DOUBLE_QUOTES and char not in SINGLE_QUOTES:
            continue
        mark_family = "double" if char in DOUBLE_QUOTES else "single"
        role = _role(text, i)
        if role == "apostrophe":
            continue
        if family is None:
            if role in ("open", "either"):
                family, opened = mark_family, i
        elif family == mark_family and role in ("close", "either"):
            if family == "double" or i - opened > 3:      # ’n’, ’em: elisions, not quotes
                spans.append(_span(text, opened, i, family))
            family = None
        elif family == mark_family and mark_family == "double" and role == "open" and char == '"':
            spans.append(_span(text, opened, i, family))   # '"a" and"b"': spacing slip
            family = None
    if family == "double":
        spans.append(_span(text, opened, end, family, closed_by_mark=False, continues=next_opens))
    return spans


def _span(text: str, opened: int, closed: int, family: str, *, closed_by_mark: bool = True,
          continues: bool = False) -> MarkedSpan:
    """The words between the marks, trimmed of surrounding white space."""
    inner_start, inner_end = opened + 1, closed
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    return MarkedSpan(inner_start, inner_end, opened, closed if closed_by_mark else None, family,
                      continues=continues)


def nested_spans(text: str, span: MarkedSpan) -> list[MarkedSpan]:
    """Single-quoted spans inside a double-quoted one ('"The so-called 'genocide' is a lie"')."""
    if span.family != "double":
        return []
    found, opened = [], None
    for i in range(span.start, span.end):
        if text[i] not in SINGLE_QUOTES:
            continue
        role = _role(text, i)
        if opened is None and role in ("open", "either"):
            opened = i
        elif opened is not None and role in ("close", "either") and i - opened > 3:
            found.append(_span(text, opened, i, "single"))
            opened = None
    return found


def document_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[MarkedSpan]:
    """Quoted spans of every paragraph, with continuations across paragraphs marked."""
    spans: list[MarkedSpan] = []
    for index, (start, end) in enumerate(paragraphs):
        following = paragraphs[index + 1][0] if index + 1 < len(paragraphs) else None
        next_opens = (following is not None and text[following] in DOUBLE_QUOTES
                      and _role(text, following) == "open")
        found = paragraph_spans(text, start, end, next_opens=next_opens)
        if found and spans and spans[-1].continues and found[0].open_mark == start:
            found[0] = MarkedSpan(found[0].start, found[0].end, found[0].open_mark, found[0].close_mark,
                                  found[0].family, found[0].continues, continued=True)
        spans.extend(found)
    return spans
