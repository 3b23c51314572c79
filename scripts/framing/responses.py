"""Chapter 4: how accusations are answered.

Quote records (``framing.quotes``) are grouped into statements — one speaker,
one contiguous stretch of the article — and each statement is labelled with
every response strategy whose trigger phrase it contains (``responses.yml``,
after Cohen 2001 and Benoit 1995/1997), the phrase kept as evidence.
Accusations are statements or narrator sentences that name a wrongdoing
(``accusations.yml``). The labels are lexical: a strategy phrase quoted in
order to reject it, or irony, is labelled like any other.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

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


def strategies_of(statement: Statement, lexicon: ResponseLexicon) -> list[tuple[str, str]]:
    """(strategy, evidence) for every strategy whose trigger appears in the statement
    (its words, or the verb that reports it), in lexicon order."""
    found = []
    texts = [f"{part.cue} {part.text}".strip() for part in statement.parts]
    for name, patterns in lexicon.strategies.items():
        hits = [(index, m.start(), m.group()) for index, text in enumerate(texts)
                for pattern in patterns for m in [pattern.search(text)] if m]
        if hits:
            found.append((name, min(hits)[2]))          # the earliest trigger in the statement
    return found


def response_rows(doc: Document, lexicons: Lexicons, quotes: list[Quote] | None = None) -> list[dict]:
    """One row per statement × strategy (the command-line and chapter table)."""
    quotes = extract_quotes(doc, lexicons) if quotes is None else quotes
    rows = []
    for statement in statements(doc, quotes):
        for strategy, evidence in strategies_of(statement, lexicons.responses):
            rows.append({"doc_id": doc.doc_id, "start": statement.start, "end": statement.end,
                         "speaker": statement.speaker, "group": statement.group, "strategy": strategy,
                         "evidence": evidence, "text": statement.text})
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
    spoken = [(q.start, q.end) for q in quotes if q.kind in SPEAKING]
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


def score_strategies(documents: list[Document], lexicons: Lexicons, gold_path: Path
                     ) -> tuple[dict[str, float], pd.DataFrame, pd.DataFrame]:
    """Micro-averaged strategy precision/recall/F1 over official statements, per-label
    figures, and every disagreement. Gold phrases pick the statement they overlap; an
    official statement no phrase picks counts all its labels as false positives."""
    from .annotations import annotated, prf
    lexicon, official_groups = lexicons.responses, lexicons.terms.official_groups
    gold: dict[tuple[str, int], set[str]] = {}
    predicted: dict[tuple[str, int], tuple[Statement, set[str]]] = {}
    for doc in documents:
        for statement in statements(doc, extract_quotes(doc, lexicons)):
            if statement.group in official_groups:
                predicted[(doc.doc_id, statement.start)] = (statement, {s for s, _ in strategies_of(statement, lexicon)})
    missing = []
    for doc, entry, start, end in annotated(gold_path, {d.doc_id: d for d in documents}, only_known=True):
        key = next((k for k, (st, _) in predicted.items()
                    if k[0] == doc.doc_id and st.start < end and start < st.end), None)
        labels = set(entry.get("strategies") or [])
        if key is None:
            missing.append((doc.doc_id, entry["text"], labels))
        else:
            gold.setdefault(key, set()).update(labels)
    names = list(lexicon.strategies)
    per_label = {n: {"tp": 0, "fp": 0, "fn": 0} for n in names}
    rows = []
    for key, (statement, found) in predicted.items():
        expected = gold.get(key, set())
        for name in names:
            cell = per_label[name]
            cell["tp"] += name in found and name in expected
            cell["fp"] += name in found and name not in expected
            cell["fn"] += name not in found and name in expected
        if found != expected:
            rows.append({"doc_id": key[0], "speaker": statement.speaker, "missed": ", ".join(sorted(expected - found)),
                         "spurious": ", ".join(sorted(found - expected)), "text": statement.text[:150]})
    for doc_id, text, labels in missing:
        for name in labels:
            per_label[name]["fn"] += 1
        rows.append({"doc_id": doc_id, "speaker": "(statement not found)", "missed": ", ".join(sorted(labels)),
                     "spurious": "", "text": text})
    totals = {k: sum(c[k] for c in per_label.values()) for k in ("tp", "fp", "fn")}
    metrics = {"statements": len(predicted), **prf(totals["tp"], totals["tp"] + totals["fn"], totals["tp"] + totals["fp"])}
    labels = pd.DataFrame([{"strategy": n, **c, **prf(c["tp"], c["tp"] + c["fn"], c["tp"] + c["fp"])}
                           for n, c in per_label.items()])
    return metrics, labels, pd.DataFrame(rows, columns=["doc_id", "speaker", "missed", "spurious", "text"])


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


def evaluate_responses(documents: tuple[Document, ...], annotations_dir: Path, lexicons: Lexicons
                       ) -> tuple[list[dict], pd.DataFrame, pd.DataFrame]:
    """Micro-averaged scores on the development and held-out gold, per-label figures of the
    development set, and all disagreements."""
    from .annotations import evaluate_sets
    per_label: list[pd.DataFrame] = []

    def score_set(docs: list[Document], path: Path) -> tuple[dict, pd.DataFrame]:
        metrics, labels, errors = score_strategies(docs, lexicons, path)
        per_label.append(labels)
        return metrics, errors
    rows, errors = evaluate_sets(documents, annotations_dir, "responses.yml", lexicons, score_set)
    return rows, (per_label[0] if per_label else pd.DataFrame()), errors
