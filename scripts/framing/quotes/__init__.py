"""Quote attribution: direct and reported speech, speakers and their sides."""
from __future__ import annotations

from ..corpus import Document, prepare
from ..lexicons import Lexicons
from .author import narrator_author
from .extract import KINDS, Quote, extract_quotes
from .speakers import Speaker, SpeakerBook

COLUMNS = ["doc_id", "start", "end", "kind", "speaker", "group", "cue", "text"]


def quotes_from_text(text: str, lexicons: Lexicons, doc_id: str = "text") -> list[Quote]:
    """Every quote in a decoded article (offsets into ``text``)."""
    return extract_quotes(prepare(text, doc_id, lexicons), lexicons)


def narrator(doc: Document, lexicons: Lexicons, quotes: list[Quote]) -> Speaker | None:
    """The author who speaks in the narrator's voice of an editorial, letter or statement; None for a
    news report's neutral narrator (``author.py``)."""
    raw = doc.source.raw
    paragraphs = [doc.source.raw_span(p.start, p.end) for p in doc.paragraphs]
    spoken = [(q.start, q.end) for q in quotes if q.kind in ("speech", "indirect")]
    headline = next((Speaker(q.speaker, q.group, False, q.speaker) for q in quotes
                     if q.rule == "indirect:headline-attribution"), None)
    return narrator_author(raw, paragraphs, spoken, headline, SpeakerBook(lexicons, doc.text))


__all__ = ["COLUMNS", "KINDS", "Quote", "extract_quotes", "narrator", "quotes_from_text"]
