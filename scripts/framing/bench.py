"""Benchmark: the commands and the book build as people run them, on synthetic corpora.

A synthetic corpus recombines the paragraphs of the seed articles (the corpus folder,
``data/raw`` by default) with a fixed random seed, so it has real quotes, speakers and
terms. Every step runs ``python -m framing …`` as its own process, as a user would:
``extract`` cold (empty cache and output folder), warm (nothing changed) and with one
article changed; ``quotes``, ``terms`` and ``responses`` cold; ``extract`` on a local
dask.distributed cluster of 1, 2, 4 worker processes; and the book build cold and with
nothing changed. Memory is the peak of the summed resident memory of every process the
benchmark started (the command, its workers, the cluster), sampled every 20 ms.
"""
from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
import psutil

EDIT = "\n\nA spokesman said on Tuesday that “nothing has changed”.\n"


def synthetic_articles(raw_articles: list[str], n: int, *, seed: int = 0) -> list[str]:
    """``n`` articles of 8 to 20 paragraphs drawn from the real articles' paragraphs."""
    paragraphs = [p.strip() for raw in raw_articles for p in raw.split("\n\n") if p.strip()]
    rng = random.Random(seed)
    return ["\n\n".join(rng.choice(paragraphs) for _ in range(rng.randint(8, 20))) for _ in range(n)]


def write_corpus(folder: Path, articles: list[str]) -> Path:
    """The articles as ``folder/corpus/s000000.txt …`` with a ``metadata.csv`` beside; returns it."""
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "corpus").mkdir(parents=True)
    rows = ["doc_id,file,outlet,date,headline,agency,event,event_date,notes"]
    for i, text in enumerate(articles):
        (folder / "corpus" / f"s{i:06d}.txt").write_text(text, encoding="utf-8")
        rows.append(f"s{i:06d},s{i:06d}.txt,Synthetic,2020-01-01,,,,,")
    (folder / "metadata.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder / "corpus"


def measure(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Run a command; its wall seconds and the peak MB of all processes this one has started."""
    me = psutil.Process()
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        peak = 0
        while process.poll() is None:
            peak = max(peak, _descendants_rss(me))
            time.sleep(0.02)
        wall = time.perf_counter() - started
        if process.returncode != 0:
            errors.seek(0)
            raise RuntimeError(f"{' '.join(argv)} exited with {process.returncode}:\n"
                               f"{errors.read().decode(errors='replace')[-2000:]}")
    return wall, peak / 2**20


def _descendants_rss(process: psutil.Process) -> int:
    total = 0
    for child in process.children(recursive=True):
        try:
            total += child.memory_info().rss
        except psutil.Error:              # ended between listing and reading
            pass
    return total


def run_size(folder: Path, articles: list[str], lexicon_dir: Path, *, dask_workers: list[int], book: bool,
             pdf: bool) -> list[dict]:
    """One timed run of every step on one corpus; a row per step."""
    corpus = write_corpus(folder, articles)
    cache, out = folder / "cache", folder / "tables"
    env = {**os.environ, "FRAMING_CACHE_DIR": str(cache)}
    framing = [sys.executable, "-m", "framing"]
    extract = [*framing, "extract", str(corpus), "--out", str(out), "--lexicon-dir", str(lexicon_dir)]
    rows = []

    def step(name: str, argv: list[str], *, cold: bool = True) -> None:
        if cold:
            shutil.rmtree(cache, ignore_errors=True)
            shutil.rmtree(out, ignore_errors=True)
        wall, peak = measure(argv, env)
        rows.append({"articles": len(articles), "step": name, "wall": round(wall, 3), "peak_mb": round(peak, 1)})

    step("extract cold", extract)
    step("extract warm", extract, cold=False)
    changed = corpus / f"s{len(articles) // 2:06d}.txt"
    original = changed.read_bytes()
    changed.write_bytes(original + EDIT.encode())
    step("extract one changed", extract, cold=False)
    changed.write_bytes(original)
    for command in ("quotes", "terms", "responses"):
        step(f"{command} cold", [*framing, command, str(corpus), "--lexicon-dir", str(lexicon_dir)])
    for workers in dask_workers:
        from distributed import LocalCluster
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None) as cluster:
            step(f"extract dask {workers} workers", [*extract, "--scheduler", cluster.scheduler_address])
    if book:
        output = folder / "book"
        build = [*framing, "build", "--corpus-dir", str(corpus), "--metadata", str(folder / "metadata.csv"),
                 "--lexicon-dir", str(lexicon_dir), "--output-dir", str(output)] + ([] if pdf else ["--no-pdf"])
        shutil.rmtree(output, ignore_errors=True)
        step("build cold", build)
        step("build no-op", build, cold=False)
    return rows


def benchmark(raw_articles: list[str], lexicon_dir: Path, folder: Path, sizes: list[int], *, repeats: int,
              book_sizes: list[int], dask_sizes: list[int], dask_workers: list[int], pdf: bool = True,
              log=print) -> pd.DataFrame:
    """Every size ``repeats`` times; one row per size × run × step. The book is built for
    ``book_sizes`` only, the Dask cluster runs for ``dask_sizes`` only."""
    rows = []
    for n in sizes:
        articles = synthetic_articles(raw_articles, n)
        for run in range(1, repeats + 1):
            found = run_size(folder / f"n{n}", articles, lexicon_dir,
                             dask_workers=dask_workers if n in dask_sizes else [], book=n in book_sizes, pdf=pdf)
            rows += [{**row, "run": run} for row in found]
            log("\n".join(f"{n:>6} articles, run {run}: {r['step']:<24} {r['wall']:8.2f} s {r['peak_mb']:7.0f} MB"
                          for r in found))
    return pd.DataFrame(rows, columns=["articles", "step", "run", "wall", "peak_mb"])


def summary(runs: pd.DataFrame) -> pd.DataFrame:
    """Medians per size and step, milliseconds per article, and for each step the cost per
    article relative to the next smaller size."""
    medians = (runs.groupby(["step", "articles"], sort=False).median(numeric_only=True)
               .drop(columns=["run"]).reset_index())
    medians["ms_per_article"] = (1000 * medians["wall"] / medians["articles"]).round(3)
    previous = medians.sort_values("articles").groupby("step", sort=False)["ms_per_article"].shift()
    medians["vs_smaller"] = (medians["ms_per_article"] / previous).round(2)
    return medians


def machine() -> str:
    """A one-line description of this machine for the results."""
    import platform
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores, {memory:.0f} GiB, {platform.machine()}, Python {platform.python_version()}"


def write_benchmark(params, sizes: list[int], repeats: int, *, book_sizes: list[int], dask_sizes: list[int],
                    dask_workers: list[int], pdf: bool = True) -> Path:
    """Run the benchmark on synthetic corpora made from the corpus folder's articles and write
    ``<output_dir>/bench/bench.csv`` (every run), ``summary.csv`` (medians) and ``bench.png``."""
    import altair as alt
    import vl_convert
    raw = [p.read_bytes().decode("utf-8") for p in sorted(Path(params.corpus_dir).glob("*.txt"))]
    folder = Path(params.output_dir) / "bench"
    runs = benchmark(raw, params.lexicon_dir, folder, sizes, repeats=repeats, book_sizes=book_sizes,
                     dask_sizes=dask_sizes, dask_workers=dask_workers, pdf=pdf)
    runs.to_csv(folder / "bench.csv", index=False, lineterminator="\n")
    medians = summary(runs)
    medians.assign(machine=machine()).to_csv(folder / "summary.csv", index=False, lineterminator="\n")
    chart = alt.Chart(medians).mark_line(point=True).encode(
        x=alt.X("articles:Q", scale=alt.Scale(type="log"), title="Articles"),
        y=alt.Y("wall:Q", scale=alt.Scale(type="log"), title="Wall seconds (median)"),
        color=alt.Color("step:N", scale=alt.Scale(scheme="tableau20")),
    ).properties(width=420, height=260, title=f"framing commands and build, {machine()}")
    (folder / "bench.png").write_bytes(vl_convert.vegalite_to_png(chart.to_dict(), scale=2))
    print(medians.to_string(index=False))
    return folder
