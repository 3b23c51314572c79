"""Quote attribution: direct and reported speech, speakers and their sides."""
from __future__ import annotations

from dataclasses import asdict

import pandas as pd

from ..corpus import Document, prepare
from ..lexicons import Lexicons
from .extract import KINDS, Quote, extract_quotes

COLUMNS = ["doc_id", "start", "end", "kind", "speaker", "group", "cue", "text"]


def quotes_from_text(text: str, lexicons: Lexicons, doc_id: str = "text") -> list[Quote]:
    """Every quote in a decoded article (offsets into ``text``)."""
    return extract_quotes(prepare(text, doc_id, lexicons), lexicons)


def quote_table(documents: tuple[Document, ...], lexicons: Lexicons) -> pd.DataFrame:
    """All quotes of a corpus, one row each, with the rule that produced it and its paragraph."""
    rows = [asdict(q) for doc in documents for q in extract_quotes(doc, lexicons)]
    return pd.DataFrame(rows, columns=COLUMNS + ["rule", "paragraph_id"])


__all__ = ["COLUMNS", "KINDS", "Quote", "extract_quotes", "quote_table", "quotes_from_text"]
