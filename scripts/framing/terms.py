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
from pathlib import Path

import pandas as pd

from .annotations import annotated, evaluate_sets, pair, prf
from .corpus import Document
from .lexicons import Lexicons
from .matching import longest_matches
from .quotes import Quote, extract_quotes

COLUMNS = ["doc_id", "start", "end", "family", "term", "voice", "speaker", "group", "distancing", "negated",
           "sentence"]

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
    elsewhere: bool = False


def find_mentions(doc: Document, lexicons: Lexicons, quotes: list[Quote] | None = None,
                  *, include_elsewhere: bool = False) -> list[Mention]:
    """Every facility term in a prepared document, with voice, distancing and negation.

    ``quotes`` (from :func:`extract_quotes`) saves extracting them twice.
    Mentions about another country's facilities are left out unless
    ``include_elsewhere``; they are then flagged ``elsewhere``.
    """
    quotes = extract_quotes(doc, lexicons) if quotes is None else quotes
    patterns = [(family, p) for family, ps in lexicons.terms.families.items() for p in ps]
    text = doc.text
    mentions = []
    for paragraph in doc.paragraphs:
        for sentence in paragraph.sentences:
            chunk = text[sentence.start:sentence.end]
            for start, end, family in longest_matches(chunk, patterns):
                before = chunk[:start]
                raw_start, raw_end = doc.source.raw_span(sentence.start + start, sentence.start + end)
                voice, speaker, group, scare = _voice(quotes, raw_start, raw_end)
                markers = [name for name, marker in MARKERS.items() if marker.search(before)]
                if scare or _in_quote_marks(chunk, start, end):
                    markers.insert(0, "scare_quotes")
                elsewhere = _elsewhere(chunk, start, end, lexicons)
                if elsewhere and not include_elsewhere:
                    continue
                raw_sentence = doc.source.raw_span(sentence.start, sentence.end)
                mentions.append(Mention(
                    doc.doc_id, raw_start, raw_end, family, doc.source.raw[raw_start:raw_end], voice, speaker,
                    group, ";".join(dict.fromkeys(markers)), bool(NEGATION.search(before)),
                    " ".join(doc.source.raw[raw_sentence[0]:raw_sentence[1]].split()), elsewhere))
    return mentions


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


@dataclass(frozen=True)
class GoldMention:
    doc_id: str
    start: int
    end: int
    family: str
    voice: str
    distancing: str
    negated: bool
    text: str


def load_gold_mentions(path: Path, documents: dict[str, Document], *,
                       only_known: bool = False) -> tuple[list[GoldMention], list[tuple[str, int, int]]]:
    """The annotated mentions and the 'elsewhere' spans that must not be counted."""
    gold = [GoldMention(doc.doc_id, start, end, entry["family"], entry["voice"], str(entry.get("distancing") or ""),
                        bool(entry.get("negated")), doc.source.raw[start:end])
            for doc, entry, start, end in annotated(path, documents, only_known=only_known)]
    elsewhere = [(doc.doc_id, start, end) for doc, _, start, end in
                 annotated(path, documents, section="elsewhere", only_known=only_known)]
    return gold, elsewhere


def score_mentions(predicted: list[Mention], gold: list[GoldMention]) -> tuple[dict[str, float], pd.DataFrame]:
    """Detection P/R/F1 (overlapping spans), and family, voice, distancing and negation accuracy."""
    def overlap(g: GoldMention, p: Mention) -> float:
        shared = min(g.end, p.end) - max(g.start, p.start)
        return shared / (max(g.end, p.end) - min(g.start, p.start)) if p.doc_id == g.doc_id and shared > 0 else 0.0
    pairs = pair(gold, predicted, overlap)
    matched = [(g, p) for g, p in pairs if g and p]
    checks = {"family": lambda g, p: g.family == p.family, "voice": lambda g, p: g.voice == p.voice,
              "distancing": lambda g, p: set(filter(None, g.distancing.split(";"))) ==
                                         set(filter(None, p.distancing.split(";"))),
              "negated": lambda g, p: g.negated == p.negated}
    rows = []
    for g, p in pairs:
        wrong = ["spurious"] if g is None else ["missed"] if p is None else [n for n, ok in checks.items() if not ok(g, p)]
        if wrong:
            rows.append({"doc_id": (g or p).doc_id, "start": (g or p).start, "error": "+".join(wrong),
                         "text": (g or p).term if g is None else g.text,
                         "gold": "" if g is None else f"{g.family}/{g.voice}/{g.distancing}/{'neg' if g.negated else ''}",
                         "found": "" if p is None else f"{p.family}/{p.voice}/{p.distancing}/{'neg' if p.negated else ''}"})
    metrics = {"gold": len(gold), "predicted": len(predicted), "matched": len(matched),
               **prf(len(matched), len(gold), len(predicted))}
    for name, ok in checks.items():
        metrics[f"{name}_accuracy"] = sum(ok(g, p) for g, p in matched) / len(matched) if matched else 0.0
    errors = pd.DataFrame(rows, columns=["doc_id", "start", "error", "text", "gold", "found"])
    return metrics, errors.sort_values(["doc_id", "start"], ignore_index=True)


def evaluate_terms(documents: tuple[Document, ...], annotations_dir: Path, lexicons: Lexicons) -> tuple[list[dict], pd.DataFrame]:
    """Score term mentions on the development and held-out gold, as for quotes."""
    def score_set(docs: list[Document], path: Path) -> tuple[dict, pd.DataFrame]:
        gold, _ = load_gold_mentions(path, {d.doc_id: d for d in docs})
        return score_mentions([m for d in docs for m in find_mentions(d, lexicons)], gold)
    return evaluate_sets(documents, annotations_dir, "terms.yml", lexicons, score_set)


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
