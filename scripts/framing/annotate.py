"""Annotated articles: the cleaned text with every quote marked by the speaker's side
and every facility term by its family, for HTML (colour and hover details) and for
the PDF (markers a black-and-white printout keeps). All article text is escaped."""
from __future__ import annotations

import html
from dataclasses import dataclass

from .book import markdown_escape
from .corpus import Document
from .quotes import Quote
from .terms import Mention

FAMILY_MARK = {"official": "O", "critical": "C", "neutral": "N"}


@dataclass(frozen=True)
class _Segment:
    start: int
    end: int
    quote: Quote | None
    term: Mention | None


def _segments(start: int, end: int, quotes: list[Quote], mentions: list[Mention]) -> list[_Segment]:
    """Cut [start, end) at every quote and term boundary; each piece knows the innermost quote
    and the term covering it."""
    cuts = {start, end}
    for item in [*quotes, *mentions]:
        for point in (item.start, item.end):
            if start < point < end:
                cuts.add(point)
    points = sorted(cuts)
    pieces = []
    for a, b in zip(points, points[1:]):
        covering = [q for q in quotes if q.start <= a and b <= q.end]
        quote = min(covering, key=lambda q: q.end - q.start) if covering else None
        term = next((m for m in mentions if m.start <= a and b <= m.end), None)
        if pieces and pieces[-1].quote is quote and pieces[-1].term is term:
            pieces[-1] = _Segment(pieces[-1].start, b, quote, term)
        else:
            pieces.append(_Segment(a, b, quote, term))
    return pieces


def _paragraph_spans(doc: Document) -> list[tuple[int, int]]:
    return [doc.source.raw_span(p.start, p.end) for p in doc.paragraphs]


def _quote_title(quote: Quote) -> str:
    who = f"{quote.speaker} ({quote.group})" if quote.speaker else "no speaker"
    return f"{quote.kind}: {who}" + (f", cue '{quote.cue}'" if quote.cue else "")


def _term_title(term: Mention) -> str:
    extra = [term.voice] + ([term.distancing.replace(";", ", ")] if term.distancing else []) + \
        (["denied"] if term.negated else [])
    return f"{term.family} term: " + ", ".join(extra)


def annotated_html(doc: Document, quotes: list[Quote], mentions: list[Mention]) -> str:
    """The article's kept paragraphs as HTML; quotes and terms carry classes and title details."""
    raw = doc.source.raw
    paragraphs = []
    for start, end in _paragraph_spans(doc):
        parts = []
        for piece in _segments(start, end, quotes, mentions):
            text = html.escape(raw[piece.start:piece.end].replace("\u00a0", " "))
            if piece.term is not None:
                text = (f'<mark class="term term-{piece.term.family}" title="{html.escape(_term_title(piece.term))}">'
                        f"{text}</mark>")
            if piece.quote is not None:
                text = (f'<span class="quote quote-{piece.quote.group}" title="{html.escape(_quote_title(piece.quote))}">'
                        f"{text}</span>")
            parts.append(text)
        paragraphs.append("<p>" + "".join(parts) + "</p>")
    return '<div class="annotated-article">' + "\n".join(paragraphs) + "</div>"


def annotated_markdown(doc: Document, quotes: list[Quote], mentions: list[Mention]) -> str:
    """The same for the PDF: '[GROUP> … <]' around each quote, terms in bold with (O), (C) or (N)."""
    raw = doc.source.raw
    paragraphs = []
    for start, end in _paragraph_spans(doc):
        parts, open_quote = [], None
        for piece in _segments(start, end, quotes, mentions):
            if piece.quote is not open_quote:
                if open_quote is not None:
                    parts.append(markdown_escape(" <]") + " ")
                if piece.quote is not None:
                    parts.append(" " + markdown_escape(f"[{piece.quote.group}>") + " ")
                open_quote = piece.quote
            chunk = raw[piece.start:piece.end]
            text = markdown_escape(chunk)
            if piece.term is not None and text:
                text = f"**{text}**{markdown_escape('(' + FAMILY_MARK.get(piece.term.family, '?') + ')')}"
            # markdown_escape folds white space, so put back the spaces at the piece's edges
            parts.append((" " if chunk[:1].isspace() else "") + text + (" " if chunk[-1:].isspace() else ""))
        if open_quote is not None:
            parts.append(" " + markdown_escape("<]"))
        paragraphs.append("".join(parts))
    return "\n\n".join(paragraphs)


def legend_html(groups: list[str]) -> str:
    """A key to the colours and underlines, with an example of each."""
    quotes = "".join(f'<span class="quote quote-{g}">{html.escape(g)}</span>' for g in groups)
    terms = "".join(f'<mark class="term term-{f}">{f}</mark>' for f in FAMILY_MARK)
    return (f'<div class="annotated-legend"><p><strong>Quotes by side:</strong> {quotes}</p>'
            f"<p><strong>Facility terms by family:</strong> {terms}</p>"
            "<p>Hover over a highlight for the speaker, cue, voice and distancing.</p></div>")


def legend_markdown() -> str:
    marks = ", ".join(f"({mark}) {family}" for family, mark in FAMILY_MARK.items())
    return markdown_escape("In print: [GROUP> … <] encloses a quote or reported statement attributed to GROUP; "
                           f"facility terms are in bold, followed by their family: {marks}.")
