"""Chapter 4: how accusations are answered.

A statement unit is one quotation or one reported clause (``framing.quotes``
records of kind speech or indirect): a sentence or less. Each unit is
labelled with every response strategy whose trigger phrase occurs in its own
words or in the verb that reports it (``responses.yml``, after Cohen 2001 and
Benoit 1995/1997), the phrase kept as evidence; nothing found elsewhere in
the article is stamped on it. Aggregates per speaker or article are built
from units in the tables that say so. ``statements`` groups a speaker's
contiguous units for the views of who speaks how much. Accusations are units
or narrator sentences that name a wrongdoing (``accusations.yml``). The labels
are lexical: a strategy phrase quoted in order to reject it, or irony, is
labelled like any other.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from .corpus import Document
from .lexicons import Lexicons, ResponseLexicon
from .quotes import Quote, extract_quotes

COLUMNS = ["doc_id", "start", "end", "speaker", "group", "strategy", "evidence", "text"]
ACCUSATION_COLUMNS = ["doc_id", "start", "end", "source", "alleger", "group", "allegations", "text"]
SPEAKING = ("speech", "indirect")   # scare quotes with a speaker join their statements too


@dataclass(frozen=True)
class Statement:
    """One speaker's contiguous stretch: the quote records it is made of, in order."""

    doc_id: str
    speaker: str
    group: str
    parts: tuple[Quote, ...]
    paragraph_index: int
    word_offset: int

    @property
    def start(self) -> int:
        return self.parts[0].start

    @property
    def end(self) -> int:
        return max(p.end for p in self.parts)

    @property
    def text(self) -> str:
        return " … ".join(p.text for p in self.parts)

    @property
    def words(self) -> int:
        return sum(len(p.text.split()) for p in self.parts)


def statements(doc: Document, quotes: list[Quote]) -> list[Statement]:
    """Group speaking records: the same speaker in the same or the next paragraph continues a statement."""
    paragraph_index = {p.id: i for i, p in enumerate(doc.paragraphs, start=1)}
    # A scare quote with a speaker is that speaker's own term ('describing them as "…"'), so it is part
    # of what they said; one inside another record of theirs is already covered by it.
    speaking = [q for q in quotes if q.kind in SPEAKING and q.speaker]
    owned = [q for q in quotes if q.kind == "scare" and q.speaker and not any(
        s.start <= q.start and q.end <= s.end for s in speaking)]
    records = sorted(speaking + owned, key=lambda q: (q.start, q.end))
    grouped: list[list[Quote]] = []
    for record in records:
        last = grouped[-1][-1] if grouped else None
        if last is not None and last.speaker == record.speaker and last.group == record.group and \
                paragraph_index[record.paragraph_id] - paragraph_index[last.paragraph_id] <= 1:
            grouped[-1].append(record)
        else:
            grouped.append([record])
    return [Statement(doc.doc_id, parts[0].speaker, parts[0].group, tuple(parts),
                      paragraph_index[parts[0].paragraph_id], _words_before(doc, parts[0].start))
            for parts in grouped]


def _words_before(doc: Document, raw_start: int) -> int:
    return len(re.findall(r"\w+", doc.source.raw[:raw_start]))


def strategies_of(unit: Quote, lexicon: ResponseLexicon) -> list[tuple[str, str]]:
    """(strategy, evidence) for every strategy whose trigger occurs in the unit's words or, for a
    reported statement, its reporting verb, in lexicon order; the evidence is the earliest trigger.
    A trigger the unit holds at a distance ('under the guise of counter-terrorism') labels nothing; a
    strategy with ``sides`` in the lexicon labels only units of those sides, and not from what the unit
    says the other side harms ('undermine Xinjiang's stability')."""
    text = f"{unit.cue} {unit.text}".strip() if unit.kind == "indirect" else unit.text
    found = []
    for name, patterns in lexicon.strategies.items():
        if name in lexicon.sides and unit.group not in lexicon.sides[name]:
            continue
        held_off = [p for p in (lexicon.distancing, lexicon.harming if name in lexicon.sides else None) if p]
        hits = [(m.start(), m.group()) for pattern in patterns for m in pattern.finditer(text)
                if not any(p.search(text, 0, m.start()) for p in held_off)]
        if hits:
            found.append((name, min(hits)[1]))
    return found


def response_rows(doc: Document, lexicons: Lexicons, quotes: list[Quote] | None = None) -> list[dict]:
    """One row per statement unit × strategy (the command-line and chapter table)."""
    quotes = extract_quotes(doc, lexicons) if quotes is None else quotes
    rows = []
    for unit in quotes:
        if unit.kind not in SPEAKING:
            continue
        for strategy, evidence in strategies_of(unit, lexicons.responses):
            rows.append({"doc_id": doc.doc_id, "start": unit.start, "end": unit.end, "speaker": unit.speaker,
                         "group": unit.group, "strategy": strategy, "evidence": evidence, "text": unit.text})
    return rows


def accusations(doc: Document, lexicons: Lexicons, quotes: list[Quote] | None = None) -> list[dict]:
    """Statements and narrator sentences that allege wrongdoing, with who alleges it."""
    quotes = extract_quotes(doc, lexicons) if quotes is None else quotes
    rows = []
    for statement in statements(doc, quotes):
        found = _allegations(statement.text, lexicons.responses)
        if found:
            rows.append({"doc_id": doc.doc_id, "start": statement.start, "end": statement.end, "source": "statement",
                         "alleger": statement.speaker, "group": statement.group, "allegations": "; ".join(found),
                         "text": statement.text})
    spoken = [(q.start, q.end) for q in quotes if q.kind in SPEAKING and q.speaker]   # agentless: the narrator's
    for paragraph in doc.paragraphs:
        for sentence in paragraph.sentences:
            start, end = doc.source.raw_span(sentence.start, sentence.end)
            if any(a < end and start < b for a, b in spoken):
                continue
            text = " ".join(doc.source.raw[start:end].split())
            found = _allegations(text, lexicons.responses)
            if found:
                rows.append({"doc_id": doc.doc_id, "start": start, "end": end, "source": "narrator",
                             "alleger": "unnamed (passive)" if re.search(r"\b(?:has|have|had|been|being|was|were)"
                                                                          r"\s+(?:\w+\s+)?accused\b", text) else "narrator",
                             "group": "NONE", "allegations": "; ".join(found), "text": text})
    return sorted(rows, key=lambda r: r["start"])


def _allegations(text: str, lexicon: ResponseLexicon) -> list[str]:
    found = []
    for pattern in lexicon.allegations:
        match = pattern.search(text)
        if match and match.group().lower() not in found:
            found.append(match.group().lower())
    return found




def sequence(accused: pd.DataFrame, responses: pd.DataFrame, official_groups: tuple[str, ...]) -> pd.DataFrame:
    """Per article, accusations and official responses in the order the reader meets them."""
    answers = (responses[responses["group"].isin(official_groups)]
               .groupby(["doc_id", "start", "speaker", "group", "text"], as_index=False)
               .agg(what=("strategy", ", ".join)))
    merged = pd.concat([
        accused.assign(role="accusation", who=accused["alleger"], what=accused["allegations"])
        [["doc_id", "start", "role", "who", "group", "what", "text"]],
        answers.assign(role="response", who=answers["speaker"])[["doc_id", "start", "role", "who", "group", "what", "text"]],
    ], ignore_index=True).sort_values(["doc_id", "start", "role"], ignore_index=True)
    merged["step"] = merged.groupby("doc_id").cumcount() + 1
    merged["text"] = merged["text"].str.slice(0, 160)
    return merged[["doc_id", "step", "role", "who", "group", "what", "text"]]
