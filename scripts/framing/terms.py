"""Chapter 2: every name for the facilities, in whose voice, at what distance.

A mention is a match of the term lexicon (``terms.yml``) in a kept paragraph.
Its voice comes from the quote engine: inside someone's direct quotation it
is ``direct``, inside a reported clause or a scare quote attributed to
someone ``indirect``, otherwise the ``narrator``'s. Distancing markers and
negation are read from the words just before the mention in its sentence.
The rules cannot tell irony, or a term used to refer to something else than
the Xinjiang facilities unless another country is named right beside it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from .corpus import Document
from .lexicons import Lexicons, per_lexicon
from .matching import Dictionary
from .quotes import Quote, extract_quotes, narrator

COLUMNS = ["doc_id", "start", "end", "family", "term", "voice", "speaker", "group", "distancing", "negated",
           "sentence", "category"]

# Markers read from the sentence just before a mention (named in the `distancing` column).
MARKERS = {
    "so_called": re.compile(r"\bso[- ]called\W*$", re.IGNORECASE),
    "attributed_naming": re.compile(
        r"(?:\b(?:what|which)\s+(?:[\w’'-]+\s+){0,3}(?:calls?|called|terms?|termed|describes?|described|"
        r"dubs?|dubbed|labels?|labell?ed|refers? to as|referred to as)(?:\s+(?:as|them|it))?"
        r"|\b(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|label(?:s|led|ling)?|term(?:s|ed|ing)?|"
        r"characteri[sz](?:e|es|ed|ing))\b[^.;:!?]{0,120}?\bas"
        r"|\b(?:known|dubbed|termed|referred to|described|branded|billed|labell?ed) as"
        r"|\bdubbed|\beuphemistically(?:\s+\w+){0,2}"
        r"|\b(?:call(?:s|ed)?|dub(?:s|bed)?|term(?:s|ed)?|label(?:s|led)?)\s+(?:them|it|these|those))"
        r"(?:\s+(?:a|an|the|its|their|these|so-called))?[\s\"'‘’“”]*$", re.IGNORECASE),
    "alleged": re.compile(r"\b(?:alleged(?:ly)?|purported(?:ly)?|supposed(?:ly)?)\s+(?:\w+\s+)?$", re.IGNORECASE),
}
NEGATION = re.compile(
    r"(?:\bthere\s+(?:is|are|was|were)\s+no\b|\bno\s+such\b|\bden(?:y|ies|ied|ying)\s+(?:the\s+)?existence\s+of\b"
    r"|\b(?:are|is|were|was)\s+not\b|\bnever\s+(?:been|were|was)\b)[^.;:!?]{0,40}$", re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    doc_id: str
    start: int
    end: int
    family: str
    term: str
    voice: str
    speaker: str
    group: str
    distancing: str
    negated: bool
    sentence: str
    category: str
    elsewhere: bool = False


def find_mentions(doc: Document, lexicons: Lexicons, quotes: list[Quote] | None = None,
                  *, include_elsewhere: bool = False) -> list[Mention]:
    """Every facility term in a prepared document, with voice, distancing and negation.

    ``quotes`` (from :func:`extract_quotes`) saves extracting them twice.
    Mentions about another country's facilities are left out unless
    ``include_elsewhere``; they are then flagged ``elsewhere``.
    """
    quotes = extract_quotes(doc, lexicons) if quotes is None else quotes
    author = narrator(doc, lexicons, quotes)
    patterns = _dictionary(lexicons.terms.patterns)
    text = doc.text
    mentions = []
    for paragraph in doc.paragraphs:
        for sentence in paragraph.sentences:
            chunk = text[sentence.start:sentence.end]
            found = patterns.matches(chunk)
            present = {term.category for _, _, term in found if not term.only_with}
            for start, end, term in found:
                if term.only_with and not present.intersection(term.only_with):
                    continue                    # 'students' with no centre in sight
                if term.category == "process" and _about_things(chunk, start, end, lexicons.terms.things_held):
                    continue                    # 'shipments being detained at ports'
                before = chunk[:start]
                raw_start, raw_end = doc.source.raw_span(sentence.start + start, sentence.start + end)
                voice, speaker, group, scare = _voice(quotes, raw_start, raw_end)
                if voice == "narrator" and author is not None:
                    speaker, group = author.name, author.group      # an editorial's or statement's own words
                markers = [name for name, marker in MARKERS.items() if marker.search(before)]
                if scare or _in_quote_marks(chunk, start, end):
                    markers.insert(0, "scare_quotes")
                elsewhere = _elsewhere(chunk, start, end, lexicons)
                if elsewhere and not include_elsewhere:
                    continue
                raw_sentence = doc.source.raw_span(sentence.start, sentence.end)
                mentions.append(Mention(
                    doc.doc_id, raw_start, raw_end, term.family, doc.source.raw[raw_start:raw_end], voice, speaker,
                    group, ";".join(dict.fromkeys(markers)), bool(NEGATION.search(before)),
                    " ".join(doc.source.raw[raw_sentence[0]:raw_sentence[1]].split()), term.category, elsewhere))
    return mentions


@per_lexicon
def _dictionary(patterns: tuple) -> Dictionary:
    """The term patterns as one dictionary, built once per lexicon."""
    return Dictionary([(p, p.pattern.pattern) for p in patterns], re.IGNORECASE)


def _voice(quotes: list[Quote], start: int, end: int) -> tuple[str, str, str, bool]:
    """(voice, speaker, group, inside a scare quote) for a mention at [start, end)."""
    around = [q for q in quotes if q.start <= start and end <= q.end]
    scare = [q for q in around if q.kind == "scare"]
    direct = [q for q in around if q.kind == "speech"]
    reported = [q for q in around if q.kind == "indirect"]
    if direct:
        q = min(direct, key=lambda q: q.end - q.start)
        return "direct", q.speaker, q.group, bool(scare)
    if scare and scare[0].speaker:
        return "indirect", scare[0].speaker, scare[0].group, True
    if reported:
        q = min(reported, key=lambda q: q.end - q.start)
        return "indirect", q.speaker, q.group, bool(scare)
    return "narrator", "", "NONE", bool(scare)


def _about_things(sentence: str, start: int, end: int, things: re.Pattern | None) -> bool:
    """Whether a word for things held ('shipments', 'goods') stands within four words before or five after a process
    term ('detained a total of 1,469 shipments')."""
    near = sentence[:start].split()[-4:] + sentence[end:].split()[:5]
    return things is not None and any(things.fullmatch(w.strip(".,;:!?\"'()“”‘’")) for w in near)


def _in_quote_marks(sentence: str, start: int, end: int) -> bool:
    """The term itself (or its first word) is wrapped in quotation marks: 'so-called “vocational” centres'."""
    return bool(re.search(r"[\"“‘']\s*$", sentence[:start]) and re.match(r"[^\"”’']{0,40}[\"”’']", sentence[start:end + 2]))


def _elsewhere(sentence: str, start: int, end: int, lexicons: Lexicons) -> bool:
    """'de-radicalisation centres in France', "Britain's programmes": another country's facilities."""
    places = lexicons.terms.elsewhere
    if places is None:
        return False
    after = re.match(rf"\s+(?:in|of)\s+(?:the\s+)?(?:{places.pattern})\b", sentence[end:])
    before = re.search(rf"\b(?:{places.pattern})(?:'s|’s)\s+(?:\w+\s+){{0,2}}$", sentence[:start])
    return bool(after or before)




def counts(mentions: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """Mentions counted by the given columns, largest first."""
    table = mentions.groupby(by, as_index=False).size().rename(columns={"size": "mentions"})
    return table.sort_values(["mentions", *by], ascending=[False] + [True] * len(by), ignore_index=True)


def concordance(mentions: pd.DataFrame, documents: tuple[Document, ...], *, width: int = 60) -> pd.DataFrame:
    """Keyword in context: each mention with the words before and after it, by family."""
    raw = {d.doc_id: d.source.raw for d in documents}
    rows = []
    for m in mentions.itertuples():
        text = raw[m.doc_id]
        left = " ".join(text[max(0, m.start - width):m.start].split())
        right = " ".join(text[m.end:m.end + width].split())
        left = left.split(" ", 1)[-1] if m.start > width else left        # whole words only
        right = right.rsplit(" ", 1)[0] if m.end + width < len(text) else right
        rows.append({"family": m.family, "doc_id": m.doc_id, "left": left, "term": m.term,
                     "right": right, "voice": m.voice, "group": m.group})
    table = pd.DataFrame(rows, columns=["family", "doc_id", "left", "term", "right", "voice", "group"])
    return table.sort_values(["family", "doc_id"], kind="stable", ignore_index=True)


def distancing_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """Who sets whose term at a distance: family × voice and side × marker."""
    marked = mentions.assign(marker=mentions["distancing"].str.split(";")).explode("marker")
    marked = marked[marked["marker"].fillna("") != ""]
    marked = marked.assign(who=marked["voice"] + " " + marked["group"].where(marked["group"] != "NONE", ""))
    return counts(marked.assign(who=marked["who"].str.strip()), ["family", "who", "marker"])
