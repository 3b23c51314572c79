"""Score the quote extractor against the hand-annotated gold standard.

Matching and accuracy are defined in data/annotations/README.md.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..corpus import Document
from ..annotations import annotated, evaluate_sets, pair, prf
from .extract import Quote

DIRECT = {"speech", "scare", "title", "name"}


@dataclass(frozen=True)
class GoldQuote:
    doc_id: str
    start: int
    end: int
    kind: str
    speakers: tuple[str, ...]
    group: str
    text: str


def load_gold(path: Path, documents: dict[str, Document], *, only_known: bool = False) -> list[GoldQuote]:
    """Read the gold file and locate each entry's text in its document."""
    return [GoldQuote(doc.doc_id, start, end, entry["kind"],
                      tuple(s.strip() for s in str(entry.get("speaker") or "").split("|")), entry["group"],
                      entry["text"])
            for doc, entry, start, end in annotated(path, documents, only_known=only_known)]


def speaker_matches(predicted: str, alternatives: tuple[str, ...]) -> bool:
    """Lower-cased, without a leading 'the': equal, or one contains the other as whole words."""
    mine = _norm(predicted)
    for gold in alternatives:
        theirs = _norm(gold)
        if mine == theirs or (mine and theirs and (re.search(rf"\b{re.escape(theirs)}\b", mine)
                                                   or re.search(rf"\b{re.escape(mine)}\b", theirs))):
            return True
    return False


def _norm(name: str) -> str:
    name = name.lower().replace("\u2019", "'").strip()
    return re.sub(r"^(the|a|an)\s+", "", name)


def match(predicted: list[Quote], gold: list[GoldQuote]) -> list[tuple[GoldQuote | None, Quote | None]]:
    """Pairs of (gold, prediction); unmatched ones pair with None."""
    def overlap(g: GoldQuote, p: Quote) -> float:
        if p.doc_id != g.doc_id or (p.kind in DIRECT) != (g.kind in DIRECT):
            return 0.0
        shared = min(g.end, p.end) - max(g.start, p.start)
        if shared <= 0 or shared < 0.5 * min(g.end - g.start, p.end - p.start):
            return 0.0
        return shared / (max(g.end, p.end) - min(g.start, p.start))
    return pair(gold, predicted, overlap)


def score(predicted: list[Quote], gold: list[GoldQuote]) -> tuple[dict[str, float], pd.DataFrame]:
    """Detection precision/recall/F1, speaker, group and kind accuracy; and every error."""
    pairs = match(predicted, gold)
    matched = [(g, p) for g, p in pairs if g and p]
    rows = []
    for g, p in pairs:
        problems = []
        if g is None:
            problems.append("spurious")
        elif p is None:
            problems.append("missed")
        else:
            if not speaker_matches(p.speaker, g.speakers):
                problems.append("speaker")
            if p.group != g.group:
                problems.append("group")
            if p.kind != g.kind:
                problems.append("kind")
        if problems:
            rows.append({"doc_id": (g or p).doc_id, "start": (g or p).start, "error": "+".join(problems),
                         "gold_kind": g.kind if g else "", "kind": p.kind if p else "",
                         "gold_speaker": " | ".join(g.speakers) if g else "", "speaker": p.speaker if p else "",
                         "gold_group": g.group if g else "", "group": p.group if p else "",
                         "text": (g.text if g else p.text)[:120]})
    metrics = {
        "gold": len(gold), "predicted": len(predicted), "matched": len(matched),
        **prf(len(matched), len(gold), len(predicted)),
        "speaker_accuracy": _share(matched, lambda g, p: speaker_matches(p.speaker, g.speakers)),
        "group_accuracy": _share(matched, lambda g, p: p.group == g.group),
        "kind_accuracy": _share(matched, lambda g, p: p.kind == g.kind),
    }
    errors = pd.DataFrame(rows, columns=["doc_id", "start", "error", "gold_kind", "kind", "gold_speaker", "speaker",
                                         "gold_group", "group", "text"])
    return metrics, errors.sort_values(["doc_id", "start"], ignore_index=True)


def _share(pairs, ok) -> float:
    return sum(1 for g, p in pairs if ok(g, p)) / len(pairs) if pairs else 0.0


def evaluate_annotations(documents: tuple[Document, ...], annotations_dir: Path, lexicons) -> tuple[list[dict], pd.DataFrame]:
    """Score the corpus articles the gold file covers, and the held-out set if present.

    Returns one metrics row per evaluation set (labelled in ``system``) and
    all disagreements. Nothing is scored when no annotation covers the corpus.
    """
    from .extract import extract_quotes

    def score_set(docs: list[Document], path: Path) -> tuple[dict, pd.DataFrame]:
        gold = load_gold(path, {d.doc_id: d for d in docs})
        return score([q for d in docs for q in extract_quotes(d, lexicons)], gold)
    return evaluate_sets(documents, annotations_dir, "quotes.yml", lexicons, score_set, label="system")
