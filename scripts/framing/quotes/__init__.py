"""Quote attribution: direct and reported speech, speakers and their sides."""
from __future__ import annotations

from ..corpus import prepare
from ..lexicons import Lexicons
from .extract import KINDS, Quote, extract_quotes

COLUMNS = ["doc_id", "start", "end", "kind", "speaker", "group", "cue", "text"]


def quotes_from_text(text: str, lexicons: Lexicons, doc_id: str = "text") -> list[Quote]:
    """Every quote in a decoded article (offsets into ``text``)."""
    return extract_quotes(prepare(text, doc_id, lexicons), lexicons)


__all__ = ["COLUMNS", "KINDS", "Quote", "extract_quotes", "quotes_from_text"]
