"""The benchmark's synthetic corpora and one small timed run of every step (correctness, not timing)."""
import pandas as pd

from framing.bench import benchmark, summary, synthetic_articles

from conftest import LEXICON_DIR, ROOT

RAW = [p.read_bytes().decode("utf-8") for p in sorted((ROOT / "data" / "raw").glob("*.txt"))]


def test_synthetic_corpora_are_deterministic_and_made_of_real_paragraphs():
    first, again = synthetic_articles(RAW, 20), synthetic_articles(RAW, 20)
    assert first == again and len(first) == 20
    real = {p.strip() for raw in RAW for p in raw.split("\n\n")}
    assert all(p in real for article in first for p in article.split("\n\n"))


def test_a_run_times_every_command_and_the_memory_of_its_processes(tmp_path):
    runs = benchmark(RAW, LEXICON_DIR, tmp_path, [12], repeats=1, book_sizes=[], dask_sizes=[12],
                     dask_workers=[1], log=lambda message: None)
    assert list(runs["step"]) == ["extract cold", "extract warm", "extract one changed", "quotes cold",
                                  "terms cold", "responses cold", "extract dask 1 workers"]
    assert (runs["wall"] > 0).all() and runs["peak_mb"].between(20, 2048).all()
    tables = tmp_path / "n12" / "tables"
    assert (tables / "quotes.parquet").is_file()
    assert "nothing has changed" not in (tmp_path / "n12" / "corpus" / "s000006.txt").read_text(encoding="utf-8")


def test_summary_gives_medians_per_size_and_step():
    runs = pd.DataFrame([{"articles": n, "step": "extract cold", "run": r, "wall": w * n / 10, "peak_mb": 1.0}
                         for n in (10, 100) for r, w in ((1, 1.0), (2, 3.0), (3, 2.0))])
    table = summary(runs).set_index("articles")
    assert table.loc[10, "wall"] == 2.0 and table.loc[10, "ms_per_article"] == 200.0
    assert table.loc[100, "vs_smaller"] == 1.0


def test_every_synthetic_article_extracts(lexicons):
    """Paragraphs of real articles in new orders and neighbourhoods (the benchmark's corpora) never break
    the quote extractor: an earlier unit that was dropped once broke the next paragraph's lookup."""
    from framing.quotes import quotes_from_text
    for text in synthetic_articles(RAW, 120):
        for quote in quotes_from_text(text, lexicons):
            assert text[quote.start:quote.end] == quote.text
