"""Split cleaned text into paragraphs, sentences and tokens with nltk.

nltk's pretrained Punkt models need a download this project cannot make, so
sentences come from an untrained ``PunktSentenceTokenizer`` told about
abbreviations by a data file, and tokens from a ``RegexpTokenizer``; both
report spans, which is what keeps every unit tied to its characters.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nltk.tokenize import RegexpTokenizer
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from .clean import Line

# Words keep inner hyphens, apostrophes and full stops (re-education,
# China's, U.S.); every other non-space character is a token of its own.
# A full stop between a lower-case word and a capitalised one is a sentence end whose space was
# lost in copying ('… in Xinjiang.The government denies …'), not part of a word.
# An initialism keeps its last full stop ('U.S.', 'U.N.'): 'The U.S. has accused …' has no sentence end.
# A number with thousands separators is one token ("80,000"): its comma ends no clause.
TOKENIZER = RegexpTokenizer(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\w)|(?:[A-Z]\.){2,}(?![\w-])|\w+(?:[-'\u2019]\w+|\.(?!(?<=[a-z]{2}\.)[A-Z][a-z])\w+)*|[^\w\s]")
_MISSING_SPACE = re.compile(r"(?<=[a-z]{2}\.)(?=[A-Z][a-z])")
# Punkt, untrained and told that 'u.s' abbreviates, runs on after it; a word that opens sentences rather
# than names ('… in the U.S. The embassy said …') shows the sentence ended there.
_INITIALISM_END = re.compile(r"(?<=\b(?:[A-Z]\.){2})\s+(?=(?:The|A|An|It|He|She|They|We|I|In|But|This|These|Those|"
                             r"His|Her|Their|Its|However|Meanwhile)\s)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class Sentence:
    id: str
    start: int
    end: int
    tokens: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Paragraph:
    id: str
    start: int
    end: int
    sentences: tuple[Sentence, ...]


@lru_cache(maxsize=8)
def sentence_splitter(abbreviations: tuple[str, ...]) -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = {a.lower().rstrip(".") for a in abbreviations}
    return PunktSentenceTokenizer(params)


def paragraph_spans(text: str, kept: list[Line]) -> list[tuple[int, int]]:
    """Group kept lines into paragraphs.

    In a text written one paragraph per line (most lines end a sentence; see
    :func:`lines_end_sentences`) each line that opens like a sentence starts a
    paragraph, even where blank lines are used too; a line that goes on in
    lower case continues the one before. Otherwise, where the text separates
    paragraphs with blank lines, consecutive kept lines form one paragraph (a
    hard-wrapped paragraph stays whole); with no blank line at all, each line
    is a paragraph. A removed line always ends a paragraph.
    """
    if not kept:
        return []
    if lines_end_sentences(kept):
        spans = [(kept[0].start, kept[0].end)]
        for previous, line in zip(kept, kept[1:]):
            if line.number == previous.number + 1 and not _opens_sentence(line.text):
                spans[-1] = (spans[-1][0], line.end)
            else:
                spans.append((line.start, line.end))
        return spans
    return blocks(text, kept)


def blocks(text: str, kept: list[Line]) -> list[tuple[int, int]]:
    """Runs of consecutive kept lines between blank or removed lines (each line alone when the
    text has no blank line): the units a transcript's speaker turns run over."""
    if not kept:
        return []
    if not _BLANK_LINE.search(text):
        return [(line.start, line.end) for line in kept]
    spans = [(kept[0].start, kept[0].end)]
    for previous, line in zip(kept, kept[1:]):
        if line.number == previous.number + 1:
            spans[-1] = (spans[-1][0], line.end)
        else:
            spans.append((line.start, line.end))
    return spans


def _opens_sentence(line: str) -> bool:
    return line[0].isupper() or line[0].isdigit() or line[0] in "\"“‘'([—–-•*"


def lines_end_sentences(kept: list[Line]) -> bool:
    """True when the text puts one sentence-ending unit per line (most lines end in . ! ? or a quote
    mark); a headline, a standfirst or a subheading needs no full stop. Hard-wrapped prose, whose
    lines break mid-sentence, is False."""
    ends = [line.text[-1] in ".!?\"”’:)" for line in kept]
    return bool(ends) and sum(ends) >= len(ends) / 2


def _split_missed_ends(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence span cut after each full stop that lost its following space, and after an initialism
    that a sentence's opening word follows."""
    cuts = sorted((m.start(), m.end()) for pattern in (_MISSING_SPACE, _INITIALISM_END)
                  for m in pattern.finditer(text, start, end))          # (end of one, start of the next)
    ends = [cut[0] for cut in cuts] + [end]
    starts = [start] + [cut[1] for cut in cuts]
    return [(a, b) for a, b in zip(starts, ends) if b > a]


def segment(doc_id: str, text: str, kept: list[Line], abbreviations: tuple[str, ...]) -> tuple[Paragraph, ...]:
    """Paragraphs of the kept lines, their sentences and tokens (offsets into ``text``)."""
    splitter = sentence_splitter(abbreviations)
    paragraphs = []
    for p_index, (p_start, p_end) in enumerate(paragraph_spans(text, kept), start=1):
        p_id = f"{doc_id}:p{p_index}"
        sentences = []
        pieces = [piece for a, b in splitter.span_tokenize(text[p_start:p_end])
                  for piece in _split_missed_ends(text, p_start + a, p_start + b)]
        for s_index, (s_start, s_end) in enumerate(pieces, start=1):
            tokens = tuple((s_start + a, s_start + b) for a, b in TOKENIZER.span_tokenize(text[s_start:s_end]))
            sentences.append(Sentence(f"{p_id}.s{s_index}", s_start, s_end, tokens))
        paragraphs.append(Paragraph(p_id, p_start, p_end, tuple(sentences)))
    return tuple(paragraphs)

