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
from .errors import InputError
from .lexicons import Lexicons, compile_pattern, read_mapping, read_yaml
from .matching import whole_word
from .quotes import Quote, extract_quotes

COLUMNS = ["doc_id", "start", "end", "speaker", "group", "strategy", "evidence", "text"]
SPEAKING = ("speech", "indirect")   # scare quotes with a speaker join their statements too


@dataclass(frozen=True)
class ResponseLexicon:
    strategies: dict[str, tuple[re.Pattern, ...]]
    allegations: tuple[re.Pattern, ...]


def load_response_lexicon(folder: Path) -> ResponseLexicon:
    """``responses.yml`` (strategies) and ``accusations.yml`` from a lexicon folder."""
    path = Path(folder) / "responses.yml"
    data = read_mapping(path)
    strategies = data.get("strategies")
    if not isinstance(strategies, dict) or not strategies:
        raise InputError(path, "expected 'strategies:' mapping each strategy to its patterns")
    compiled = {}
    for name, spec in strategies.items():
        patterns = spec.get("patterns") if isinstance(spec, dict) else None
        if not isinstance(patterns, list) or not patterns:
            raise InputError(path, f"strategy '{name}' has no patterns")
        compiled[str(name)] = tuple(compile_pattern(f"(?<!\\w)(?:{p})(?!\\w)", path, 0, re.IGNORECASE)
                                    for p in patterns)
    accusations = Path(folder) / "accusations.yml"
    data = read_mapping(accusations)
    allegations = data.get("allegations")
    if not isinstance(allegations, list) or not allegations:
        raise InputError(accusations, "expected 'allegations:' with a list of patterns")
    return ResponseLexicon(compiled, tuple(compile_pattern(f"(?<!\\w)(?:{p})(?!\\w)", accusations, 0, re.IGNORECASE)
                                           for p in allegations))


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
    return len(doc.source.raw[:raw_start].split())


def strategies_of(statement: Statement, lexicon: ResponseLexicon) -> list[tuple[str, str]]:
    """(strategy, evidence) for every strategy whose trigger appears in the statement
    (its words, or the verb that reports it), in lexicon order."""
    found = []
    texts = [f"{part.cue} {part.text}".strip() for part in statement.parts]
    for name, patterns in lexicon.strategies.items():
        evidence = next((m.group() for text in texts for pattern in patterns for m in [pattern.search(text)] if m),
                        None)
        if evidence is not None:
            found.append((name, evidence))
    return found


def response_rows(doc: Document, lexicons: Lexicons, lexicon: ResponseLexicon,
                  quotes: list[Quote] | None = None) -> list[dict]:
    """One row per statement × strategy (the command-line and chapter table)."""
    quotes = extract_quotes(doc, lexicons) if quotes is None else quotes
    rows = []
    for statement in statements(doc, quotes):
        for strategy, evidence in strategies_of(statement, lexicon):
            rows.append({"doc_id": doc.doc_id, "start": statement.start, "end": statement.end,
                         "speaker": statement.speaker, "group": statement.group, "strategy": strategy,
                         "evidence": evidence, "text": statement.text})
    return rows


def accusations(doc: Document, lexicons: Lexicons, lexicon: ResponseLexicon,
                quotes: list[Quote] | None = None) -> list[dict]:
    """Statements and narrator sentences that allege wrongdoing, with who alleges it."""
    quotes = extract_quotes(doc, lexicons) if quotes is None else quotes
    rows = []
    for statement in statements(doc, quotes):
        found = _allegations(statement.text, lexicon)
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
            found = _allegations(text, lexicon)
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


def score_strategies(documents: list[Document], lexicons: Lexicons, lexicon: ResponseLexicon, gold_path: Path,
                     official_groups: tuple[str, ...]) -> tuple[dict[str, float], pd.DataFrame, pd.DataFrame]:
    """Micro-averaged strategy precision/recall/F1 over official statements, per-label
    figures, and every disagreement. Gold phrases pick the statement they overlap; an
    official statement no phrase picks counts all its labels as false positives."""
    from .annotations import locate, prf
    data = read_mapping(gold_path)
    by_id = {d.doc_id: d for d in documents}
    gold: dict[tuple[str, int], set[str]] = {}
    predicted: dict[tuple[str, int], tuple[Statement, set[str]]] = {}
    for doc in documents:
        for statement in statements(doc, extract_quotes(doc, lexicons)):
            if statement.group in official_groups:
                predicted[(doc.doc_id, statement.start)] = (statement, {s for s, _ in strategies_of(statement, lexicon)})
    missing = []
    for doc_id, entries in (data.get("documents") or {}).items():
        if doc_id not in by_id:
            continue
        for entry in entries:
            start, end = locate(by_id[doc_id], entry, gold_path)
            key = next((k for k, (st, _) in predicted.items() if k[0] == doc_id and st.start < end and start < st.end), None)
            labels = set(entry.get("strategies") or [])
            if key is None:
                missing.append((doc_id, entry["text"], labels))
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
