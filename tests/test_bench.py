"""The benchmark's synthetic corpora and one small timed pass (correctness, not timing)."""
from pathlib import Path

from framing.bench import STAGES, run_once, summary, synthetic_articles

from conftest import LEXICON_DIR, ROOT

RAW = [p.read_bytes().decode("utf-8") for p in sorted((ROOT / "data" / "raw").glob("*.txt"))]


def test_synthetic_corpora_are_deterministic_and_made_of_real_paragraphs():
    first, again = synthetic_articles(RAW, 20), synthetic_articles(RAW, 20)
    assert first == again and len(first) == 20
    real = {p.strip() for raw in RAW for p in raw.split("\n\n")}
    assert all(p in real for article in first for p in article.split("\n\n"))


def test_a_pass_times_every_stage_and_reports_memory():
    result = run_once(synthetic_articles(RAW, 12), Path(LEXICON_DIR), workers=2)
    assert all(result[stage] > 0 for stage in STAGES) and result["keyness"] >= 0
    assert result["wall"] > 0 and 10 < result["peak_mb"] < 2048


def test_summary_gives_medians_per_size():
    import pandas as pd
    runs = pd.DataFrame([{"articles": 10, "run": r, "wall": w, "peak_mb": 1.0} for r, w in ((1, 1.0), (2, 3.0), (3, 2.0))])
    table = summary(runs)
    assert table.loc[0, "wall"] == 2.0 and table.loc[0, "ms_per_article"] == 200.0
