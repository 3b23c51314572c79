"""Run the extractors on the annotated sets and score them.

Three sets: ``seeds`` (the book's five articles, on which the rules were
developed), ``dev`` (real articles the rules may be tuned on) and ``test``
(real articles annotated before the engine ever ran on them, never tuned
on). Each set is scored as a whole and by the side of the outlet that
published the article (western, chinese_state, other).
"""
from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .gold import GoldArticle, read_set
from .score import ArticleScore, errors_table, per_strategy, score_article, summarise

SETS = ("seeds", "dev", "test")
# The book's own five articles, which the seed gold annotates (the project's data/raw).
SEED_ARTICLES = Path(__file__).resolve().parents[3] / "data" / "raw"
OUTLET_SIDES = {"western": "western", "chinese_state": "Chinese state", "asian_other": "other", "un_ngo": "other"}


COLUMNS = {
    "metrics": ["set", "outlets", "measure", "value", "ci_low", "ci_high", "numerator", "denominator", "articles"],
    "strategies": ["set", "strategy", "tp", "fp", "fn", "precision", "recall", "f1"],
    "errors": ["set", "doc_id", "table", "start", "error", "gold", "found", "text"],
    "annotations": ["set", "doc_id", "outlets", "annotator", "annotated_at", "quotes", "terms"],
}


@dataclass(frozen=True)
class Evaluation:
    """The tables of :data:`COLUMNS`, empty (with their columns) when nothing is annotated."""
    metrics: pd.DataFrame
    strategies: pd.DataFrame
    errors: pd.DataFrame
    annotations: pd.DataFrame


def paired_annotations(annotations_dir: Path, name: str, corpus: Path) -> list[tuple[GoldArticle, GoldArticle]]:
    """The articles of a set that a second annotator annotated too: (first, second) gold files."""
    second = {a.doc_id: a for a in read_set(annotations_dir / f"{name}-second", corpus)}
    return [(first, second[first.doc_id]) for first in read_set(annotations_dir / name, corpus)
            if first.doc_id in second]


def as_records(gold: GoldArticle) -> tuple[list[dict], list[dict], list[dict]]:
    """A gold file in the shape of extracted records, to score one annotator against another
    (a speaker agrees when any of the second annotator's alternatives names the first's)."""
    quotes = [{"start": q.start, "end": q.end, "kind": q.kind, "speaker": q.speakers[0], "speakers": q.speakers,
               "group": q.group, "text": q.text} for q in gold.quotes]
    terms = [{"start": t.start, "end": t.end, "category": t.category, "family": t.family, "voice": t.voice,
              "group": t.group, "term": t.text} for t in gold.terms if not t.elsewhere]
    responses = [{"start": q.start, "end": q.end, "strategy": name} for q in gold.quotes for name in q.strategies]
    return quotes, terms, responses


def outlet_sides(table: Path) -> dict[str, str]:
    """doc_id -> western | Chinese state | other, from a CSV with ``doc_id`` and ``source_kind``
    columns (the split file, or a user's metadata); none without one."""
    path = Path(table)
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return {row["doc_id"]: OUTLET_SIDES.get(row["source_kind"], "other") for row in rows
            if row.get("doc_id") and row.get("source_kind")}


def gold_sets(annotations_dir: Path, evaluation_dir: Path, seeds_dir: Path) -> dict[str, list[GoldArticle]]:
    """The gold articles of each set that has a folder."""
    corpora = {"seeds": seeds_dir, "dev": Path(evaluation_dir) / "raw", "test": Path(evaluation_dir) / "raw"}
    return {name: read_set(Path(annotations_dir) / name, corpora[name])
            for name in SETS if (Path(annotations_dir) / name).is_dir()}


@dataclass(frozen=True)
class OwnSet:
    """A user's own annotated set: gold files, the articles they annotate and the metadata CSV
    whose ``source_kind`` column (when it has one) gives each article's side of outlet."""
    gold_dir: Path
    corpus_dir: Path
    metadata: Path | None = None

    @property
    def name(self) -> str:
        return Path(self.gold_dir).resolve().name


def evaluate(annotations_dir: Path, evaluation_dir: Path, seeds_dir: Path, lexicon_dir: Path,
             *, sets: tuple[str, ...] = SETS, own: OwnSet | None = None,
             jobs: int | None = None, cache_dir: Path | None = None) -> Evaluation:
    """Extract every annotated article of ``sets`` (and of ``own``, a user's set) with the extraction
    stage (cached, on every core), score each against its gold file and summarise by set and by the
    side of the outlet."""
    from ..stage import TABLES, Stage, read_articles, to_stderr
    sides = outlet_sides(Path(evaluation_dir) / "split.csv")
    corpora = {"seeds": Path(seeds_dir), "dev": Path(evaluation_dir) / "raw", "test": Path(evaluation_dir) / "raw"}
    golds = [(name, gold) for name, found in gold_sets(annotations_dir, evaluation_dir, seeds_dir).items()
             if name in sets for gold in found]
    if own is not None:
        corpora[own.name] = Path(own.corpus_dir)
        golds += [(own.name, gold) for gold in read_set(own.gold_dir, own.corpus_dir)]
        if own.metadata is not None:
            sides.update(outlet_sides(own.metadata))
    stage = Stage(read_articles(((g.doc_id, corpora[name] / f"{g.doc_id}.txt") for name, g in golds), to_stderr,
                                strict=True), lexicon_dir, cache_dir)
    tables = ("quotes", "terms", "responses")
    stage.extract(tables, to_stderr, jobs=jobs, strict=True)
    scored: dict[str, list[tuple[str, ArticleScore]]] = {}
    annotations = []
    for i, (name, gold) in enumerate(golds):
        records = [[dict(zip(TABLES[t].columns, row)) for row in stage.rows(i, t)] for t in tables]
        records[1] = [m for m in records[1] if not m["elsewhere"]]      # another country's facilities
        side = sides.get(gold.doc_id, "seed articles" if name == "seeds" else "side not given")
        scored.setdefault(name, []).append((side, score_article(gold, *records)))
        annotations.append({"set": name, "doc_id": gold.doc_id, "outlets": side, "annotator": gold.annotator,
                            "annotated_at": gold.annotated_at, "quotes": len(gold.quotes), "terms": len(gold.terms)})
    for name in [n for n in sets if (Path(annotations_dir) / f"{n}-second").is_dir()]:
        scored[f"{name}: second annotator"] = [
            (sides.get(first.doc_id, "seed articles"), score_article(first, *as_records(second)))
            for first, second in paired_annotations(Path(annotations_dir), name, corpora[name])]
    metrics, strategies, errors = [], [], []
    for name, scores in scored.items():
        every = [s for _, s in scores]
        metrics.append(summarise(every).assign(set=name, outlets="all"))
        for side in sorted({side for side, _ in scores}):
            metrics.append(summarise([s for sd, s in scores if sd == side]).assign(set=name, outlets=side))
        strategies.append(per_strategy(every).assign(set=name))
        errors.append(errors_table(every).assign(set=name))
    return Evaluation(_frame(metrics, "metrics"), _frame(strategies, "strategies"), _frame(errors, "errors"),
                      pd.DataFrame(annotations, columns=COLUMNS["annotations"]))


def _frame(parts: list[pd.DataFrame], name: str) -> pd.DataFrame:
    if not parts:
        return pd.DataFrame(columns=COLUMNS[name])
    return pd.concat(parts, ignore_index=True)[COLUMNS[name]]


TABLE_NAMES = tuple(COLUMNS)


def write_evaluation(result: Evaluation, folder: Path) -> str:
    """Write the evaluation's tables as CSV in ``folder``; return one digest of them all."""
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    for name in TABLE_NAMES:
        path = folder / f"{name}.csv"
        getattr(result, name).to_csv(path, index=False, lineterminator="\n", float_format="%.4f")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def read_evaluation(folder: Path) -> Evaluation:
    """The tables :func:`write_evaluation` wrote."""
    return Evaluation(*(pd.read_csv(folder / f"{name}.csv", keep_default_na=False, na_values=[""])
                        for name in TABLE_NAMES))


def evaluation_folder(params) -> Path:
    """Where a build writes the evaluation's tables (beside the extraction stage's)."""
    return Path(params.output_dir) / "extract" / "evaluation"


def gold_table(annotations_dir: Path, evaluation_dir: Path, seeds_dir: Path) -> pd.DataFrame:
    """Every hand-annotated quote and term of every set, one row each, as the annotators wrote them."""
    rows = []
    for name, articles in gold_sets(annotations_dir, evaluation_dir, seeds_dir).items():
        for article in articles:
            rows += [{"set": name, "doc_id": article.doc_id, "start": q.start, "item": "quote", "kind": q.kind,
                      "speaker": " | ".join(q.speakers), "group": q.group, "strategies": ", ".join(q.strategies),
                      "text": q.text} for q in article.quotes]
            rows += [{"set": name, "doc_id": article.doc_id, "start": t.start, "item": "term",
                      "kind": f"{t.category}/{t.family}/{t.voice}", "speaker": " | ".join(t.speakers),
                      "group": t.group, "strategies": "", "text": t.text} for t in article.terms]
    columns = ["set", "doc_id", "start", "item", "kind", "speaker", "group", "strategies", "text"]
    return pd.DataFrame(rows, columns=columns).sort_values(["set", "doc_id", "start"], ignore_index=True)
