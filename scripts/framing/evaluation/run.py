"""Run the extractors on the annotated sets and score them.

Three sets: ``seeds`` (the book's five articles, on which the rules were
developed), ``dev`` (real articles the rules may be tuned on) and ``test``
(real articles annotated before the engine ever ran on them, never tuned
on). Each set is scored as a whole and by the side of the outlet that
published the article (western, chinese_state, other).
"""
from __future__ import annotations

import csv
from dataclasses import asdict, dataclass
from pathlib import Path

import pandas as pd

from ..corpus import Document, read_document
from ..lexicons import Lexicons
from .gold import GoldArticle, read_set
from .score import ArticleScore, errors_table, per_strategy, score_article, summarise

SETS = ("seeds", "dev", "test")
OUTLET_SIDES = {"western": "western", "chinese_state": "Chinese state", "asian_other": "other", "un_ngo": "other"}


@dataclass(frozen=True)
class Evaluation:
    metrics: pd.DataFrame      # set, outlets, measure, value, ci_low, ci_high, numerator, denominator, articles
    strategies: pd.DataFrame   # set, strategy, tp, fp, fn, precision, recall, f1
    errors: pd.DataFrame       # set, doc_id, table, start, error, gold, found, text
    annotations: pd.DataFrame  # set, doc_id, outlet side, annotator, annotated_at, quotes, terms


def article_records(doc: Document, lexicons: Lexicons) -> tuple[list[dict], list[dict], list[dict]]:
    """Quotes, term mentions and response rows of one article, as the command line prints them."""
    from ..quotes import extract_quotes
    from ..responses import response_rows
    from ..terms import find_mentions
    quotes = extract_quotes(doc, lexicons)
    return ([asdict(q) for q in quotes], [asdict(m) for m in find_mentions(doc, lexicons, quotes)],
            response_rows(doc, lexicons, quotes))


def outlet_sides(evaluation_dir: Path) -> dict[str, str]:
    """doc_id -> western | Chinese state | other, from the split file."""
    with open(Path(evaluation_dir) / "split.csv", encoding="utf-8", newline="") as handle:
        return {row["doc_id"]: OUTLET_SIDES[row["source_kind"]] for row in csv.DictReader(handle)}


def gold_sets(annotations_dir: Path, evaluation_dir: Path, seeds_dir: Path) -> dict[str, list[GoldArticle]]:
    """The gold articles of each set that has a folder."""
    corpora = {"seeds": seeds_dir, "dev": Path(evaluation_dir) / "raw", "test": Path(evaluation_dir) / "raw"}
    return {name: read_set(Path(annotations_dir) / name, corpora[name])
            for name in SETS if (Path(annotations_dir) / name).is_dir()}


def evaluate(annotations_dir: Path, evaluation_dir: Path, seeds_dir: Path, lexicons: Lexicons,
             *, sets: tuple[str, ...] = SETS) -> Evaluation:
    """Extract, score and summarise every requested set."""
    sides = outlet_sides(evaluation_dir)
    corpora = {"seeds": Path(seeds_dir), "dev": Path(evaluation_dir) / "raw", "test": Path(evaluation_dir) / "raw"}
    metrics, strategies, errors, annotations = [], [], [], []
    for name, golds in gold_sets(annotations_dir, evaluation_dir, seeds_dir).items():
        if name not in sets or not golds:
            continue
        scores: list[tuple[str, ArticleScore]] = []
        for gold in golds:
            doc = read_document(corpora[name] / f"{gold.doc_id}.txt", lexicons, gold.doc_id)
            side = sides.get(gold.doc_id, "seed articles")
            scores.append((side, score_article(gold, *article_records(doc, lexicons))))
            annotations.append({"set": name, "doc_id": gold.doc_id, "outlets": side, "annotator": gold.annotator,
                                "annotated_at": gold.annotated_at, "quotes": len(gold.quotes),
                                "terms": len(gold.terms)})
        every = [s for _, s in scores]
        metrics.append(summarise(every).assign(set=name, outlets="all"))
        for side in sorted({side for side, _ in scores}):
            metrics.append(summarise([s for sd, s in scores if sd == side]).assign(set=name, outlets=side))
        strategies.append(per_strategy(every).assign(set=name))
        errors.append(errors_table(every).assign(set=name))
    first = ["set", "outlets"]
    return Evaluation(
        _frame(metrics, first), _frame(strategies, ["set"]), _frame(errors, ["set"]),
        pd.DataFrame(annotations, columns=["set", "doc_id", "outlets", "annotator", "annotated_at", "quotes", "terms"]))


def _frame(parts: list[pd.DataFrame], first: list[str]) -> pd.DataFrame:
    if not parts:
        return pd.DataFrame(columns=first)
    frame = pd.concat(parts, ignore_index=True)
    return frame[first + [c for c in frame.columns if c not in first]]
