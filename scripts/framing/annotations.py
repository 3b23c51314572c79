"""Shared machinery for the hand-annotated gold standards: finding an annotated
text in its article, and pairing predictions with gold spans one-to-one."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Iterator, Sequence, TypeVar

import pandas as pd

from .corpus import Document
from .errors import InputError
from .lexicons import read_mapping

G = TypeVar("G")
P = TypeVar("P")


def locate(doc: Document, entry: dict, path: Path) -> tuple[int, int]:
    """Decoded-file span of an annotation's ``text`` (its ``occurrence``-th match in
    the kept paragraphs, narrowed to ``span`` inside it when given)."""
    text = str(entry["text"])
    occurrence = int(entry.get("occurrence", 1))
    starts = [m.start() for p in doc.paragraphs
              for m in re.finditer(re.escape(text), doc.text[:p.end]) if m.start() >= p.start]
    if len(starts) < occurrence:
        raise InputError(path, f"{doc.doc_id}: text not found (occurrence {occurrence}): {text[:60]!r}")
    if len(starts) > 1 and "occurrence" not in entry:
        raise InputError(path, f"{doc.doc_id}: text occurs {len(starts)} times, give 'occurrence': {text[:60]!r}")
    start = starts[occurrence - 1]
    end = start + len(text)
    if entry.get("span"):
        inner = doc.text.find(str(entry["span"]), start, end)
        if inner < 0:
            raise InputError(path, f"{doc.doc_id}: span {entry['span']!r} not inside {text[:60]!r}")
        start, end = inner, inner + len(str(entry["span"]))
    return doc.source.raw_span(start, end)


def pair(gold: Sequence[G], predicted: Sequence[P], overlap: Callable[[G, P], float]) -> list[tuple[G | None, P | None]]:
    """One-to-one pairs, best overlap first; ``overlap`` returns 0 for pairs that cannot match.
    Unmatched gold and predictions pair with None."""
    candidates = sorted(((overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)),
                        key=lambda c: (-c[0], c[1], c[2]))
    used_gold, used_pred, pairs = set(), set(), []
    for score, gi, pi in candidates:
        if score > 0 and gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gold[gi], predicted[pi]))
    pairs += [(g, None) for i, g in enumerate(gold) if i not in used_gold]
    pairs += [(None, p) for i, p in enumerate(predicted) if i not in used_pred]
    return pairs


def prf(matched: int, gold: int, predicted: int) -> dict[str, float]:
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    return {"precision": precision, "recall": recall,
            "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0}


def annotated(path: Path, documents: dict[str, Document], *, section: str = "documents",
              only_known: bool = False) -> Iterator[tuple[Document, dict, int, int]]:
    """Every annotation under ``section`` of a gold file, with its document and decoded-file span.

    ``only_known``: skip documents not in ``documents`` (a chapter run on
    another corpus) instead of failing on them.
    """
    data = read_mapping(path)
    mapping = data.get(section)
    if mapping is None and section != "documents":
        return
    if not isinstance(mapping, dict):
        raise InputError(path, f"expected '{section}:' mapping each doc_id to a list of annotations")
    for doc_id, entries in mapping.items():
        doc = documents.get(doc_id)
        if doc is None:
            if only_known:
                continue
            raise InputError(path, f"unknown document {doc_id!r}")
        for entry in entries or []:
            yield (doc, entry, *locate(doc, entry, path))


def evaluate_sets(documents: tuple[Document, ...], annotations_dir: Path, filename: str, lexicons,
                  score_set: Callable[[list[Document], Path], tuple[dict, pd.DataFrame]], *,
                  label: str = "set") -> tuple[list[dict], pd.DataFrame]:
    """Score the corpus articles a development gold file covers, then the held-out
    articles if present: one metrics row per set (named under ``label``) and all
    disagreements. Nothing is scored when no annotation covers the corpus."""
    from .corpus import read_document
    sets = []
    gold_file = Path(annotations_dir) / filename
    if gold_file.is_file():
        covered = set(read_mapping(gold_file).get("documents") or {})
        docs = [d for d in documents if d.doc_id in covered]
        if docs:
            sets.append(("this book, development articles", docs, gold_file))
    heldout = Path(annotations_dir) / "heldout"
    if (heldout / filename).is_file():
        sets.append(("this book, held-out articles",
                     [read_document(p, lexicons) for p in sorted(heldout.glob("*.txt"))], heldout / filename))
    rows, errors = [], []
    for name, docs, path in sets:
        metrics, found = score_set(docs, path)
        rows.append({label: name, **metrics})
        errors.append(found.assign(evaluation=name))
    return rows, (pd.concat(errors, ignore_index=True) if errors else pd.DataFrame())
