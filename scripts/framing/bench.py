"""Benchmark: every analysis stage on synthetic corpora of growing size.

Synthetic articles are built deterministically by recombining the paragraphs of
the real ones (a fixed random seed), so they have real quotes, speakers and
terms. Articles are processed in chunks by one worker process per core; each
worker times its stages (load/clean/split, quotes, terms, responses) and the
main process merges the word counts and times keyness. Wall time, per-stage
worker time and peak memory (the largest resident set of the main process and
of any worker) are written to CSV with a chart.
"""
from __future__ import annotations

import os
import random
import resource
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pandas as pd

from .corpus import prepare
from .keyness import content_words, log_odds_dirichlet
from .lexicons import Lexicons
from .quotes import extract_quotes
from .responses import response_rows
from .terms import find_mentions

STAGES = ("load_clean_split", "quotes", "terms", "responses")
_LEXICONS: Lexicons | None = None


def synthetic_articles(raw_articles: list[str], n: int, *, seed: int = 0) -> list[str]:
    """``n`` articles of 8 to 20 paragraphs drawn from the real articles' paragraphs."""
    paragraphs = [p.strip() for raw in raw_articles for p in raw.split("\n\n") if p.strip()]
    rng = random.Random(seed)
    return ["\n\n".join(rng.choice(paragraphs) for _ in range(rng.randint(8, 20))) for _ in range(n)]


def _init(lexicon_dir: str) -> None:
    global _LEXICONS
    _LEXICONS = Lexicons.load(Path(lexicon_dir))


def _process(chunk: list[tuple[str, str]]) -> tuple[dict[str, float], Counter, Counter, int]:
    """Run every stage on a chunk of (doc_id, text); return stage seconds, word counters, memory."""
    lexicons = _LEXICONS
    seconds = dict.fromkeys(STAGES, 0.0)
    official, others = Counter(), Counter()
    groups = set(lexicons.terms.official_groups)
    for doc_id, text in chunk:
        started = time.perf_counter()
        doc = prepare(text, doc_id, lexicons)
        after_prepare = time.perf_counter()
        quotes = extract_quotes(doc, lexicons)
        after_quotes = time.perf_counter()
        find_mentions(doc, lexicons, quotes)
        after_terms = time.perf_counter()
        response_rows(doc, lexicons, quotes)
        after_responses = time.perf_counter()
        for quote in quotes:
            if quote.kind in ("speech", "indirect"):
                (official if quote.group in groups else others).update(content_words(quote.text, lexicons.stopwords))
        for stage, span in zip(STAGES, (after_prepare - started, after_quotes - after_prepare,
                                        after_terms - after_quotes, after_responses - after_terms)):
            seconds[stage] += span
    return seconds, official, others, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run_once(articles: list[str], lexicon_dir: Path, *, workers: int) -> dict[str, float]:
    """One timed pass over ``articles``; returns wall seconds, per-stage seconds and peak MB."""
    items = [(f"s{i:06d}", text) for i, text in enumerate(articles)]
    size = max(1, len(items) // (workers * 8))
    chunks = [items[i:i + size] for i in range(0, len(items), size)]
    started = time.perf_counter()
    stage_seconds = dict.fromkeys(STAGES, 0.0)
    official, others, worker_peak = Counter(), Counter(), 0
    with ProcessPoolExecutor(max_workers=workers, initializer=_init, initargs=(str(lexicon_dir),)) as pool:
        for seconds, mine, theirs, peak in pool.map(_process, chunks):
            for stage in STAGES:
                stage_seconds[stage] += seconds[stage]
            official.update(mine)
            others.update(theirs)
            worker_peak = max(worker_peak, peak)
    keyness_started = time.perf_counter()
    log_odds_dirichlet(official, others)
    stage_seconds["keyness"] = time.perf_counter() - keyness_started
    wall = time.perf_counter() - started
    main_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"wall": wall, **stage_seconds, "peak_mb": max(worker_peak, main_peak) / 1024}


def benchmark(raw_articles: list[str], lexicon_dir: Path, sizes: list[int], *, repeats: int = 3,
              workers: int | None = None, log=print) -> pd.DataFrame:
    """Every size ``repeats`` times; one row per size × run."""
    workers = workers or os.cpu_count() or 1
    rows = []
    for n in sizes:
        articles = synthetic_articles(raw_articles, n)
        for run in range(1, repeats + 1):
            result = run_once(articles, lexicon_dir, workers=workers)
            rows.append({"articles": n, "run": run, "workers": workers, **{k: round(v, 4) for k, v in result.items()}})
            log(f"{n:>6} articles, run {run}: {result['wall']:.2f} s wall, {result['peak_mb']:.0f} MB peak")
    return pd.DataFrame(rows)


def summary(runs: pd.DataFrame) -> pd.DataFrame:
    """Medians per size, and time per article relative to the next smaller size."""
    medians = runs.groupby("articles").median(numeric_only=True).drop(columns=["run"]).reset_index()
    medians["ms_per_article"] = (1000 * medians["wall"] / medians["articles"]).round(3)
    return medians


def machine() -> str:
    """A one-line description of this machine for the results."""
    import platform
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores, {memory:.0f} GiB, {platform.machine()}, Python {platform.python_version()}"



def write_benchmark(params, sizes: list[int], repeats: int) -> Path:
    """Run the benchmark on synthetic corpora drawn from the corpus folder and write
    ``<output_dir>/bench/bench.csv`` (every run), ``summary.csv`` (medians) and ``bench.png``."""
    import altair as alt
    import vl_convert
    raw = [p.read_bytes().decode("utf-8") for p in sorted(Path(params.corpus_dir).glob("*.txt"))]
    runs = benchmark(raw, params.lexicon_dir, sizes, repeats=repeats)
    folder = Path(params.output_dir) / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    runs.to_csv(folder / "bench.csv", index=False, lineterminator="\n")
    medians = summary(runs)
    medians.assign(machine=machine()).to_csv(folder / "summary.csv", index=False, lineterminator="\n")
    long = medians.melt(id_vars="articles", value_vars=[*STAGES, "keyness"], var_name="stage", value_name="seconds")
    chart = alt.Chart(long).mark_line(point=True).encode(
        x=alt.X("articles:Q", scale=alt.Scale(type="log"), title="Articles"),
        y=alt.Y("seconds:Q", scale=alt.Scale(type="log"), title="Worker seconds (median)"),
        color=alt.Color("stage:N", scale=alt.Scale(scheme="dark2")),
    ).properties(width=420, height=260, title=f"framing stages, {machine()}")
    (folder / "bench.png").write_bytes(vl_convert.vegalite_to_png(chart.to_dict(), scale=2))
    print(medians.to_string(index=False))
    return folder
