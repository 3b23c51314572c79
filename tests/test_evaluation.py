"""Evaluation on real articles: the split, the gold files, the scoring, and the measured levels.

The levels asserted here are the ones measured (see data/annotations/README.md): a
guard that the engine cannot fall below silently, each printing every
disagreement when it fails. The test split's levels are those of its first run,
after all tuning on the development split was done.
"""
import csv
import shutil
import subprocess
import sys

import pandas as pd
import pytest

from framing.errors import InputError
from framing.evaluation.gold import read_article, read_set
from framing.evaluation.run import evaluate
from framing.evaluation.score import score_article, speaker_matches, summarise
from framing.evaluation.split import split_articles

from conftest import LEXICON_DIR, ROOT

EVALUATION = ROOT / "data" / "evaluation"
ANNOTATIONS = ROOT / "data" / "annotations"


def test_the_committed_split_is_the_seeded_draw():
    with open(EVALUATION / "sources.csv", encoding="utf-8", newline="") as handle:
        sources = list(csv.DictReader(handle))
    drawn = split_articles(sources)
    with open(EVALUATION / "split.csv", encoding="utf-8", newline="") as handle:
        committed = {row["doc_id"]: row["split"] for row in csv.DictReader(handle)}
    by_number = {doc_id.split("_")[0]: split for doc_id, split in committed.items()}
    assert {row["doc_id"]: by_number[row["doc_id"]] for row in sources} == drawn
    assert sum(1 for s in committed.values() if s == "test") >= len(committed) / 3


def test_every_article_of_the_split_is_annotated_once():
    with open(EVALUATION / "split.csv", encoding="utf-8", newline="") as handle:
        split = {row["doc_id"]: row["split"] for row in csv.DictReader(handle)}
    annotated = {path.stem: path.parent.name for name in ("dev", "test")
                 for path in (ANNOTATIONS / name).glob("*.yml")}
    assert annotated == split


@pytest.mark.parametrize("name, corpus", [("seeds", ROOT / "data" / "raw"), ("dev", EVALUATION / "raw"),
                                          ("test", EVALUATION / "raw")])
def test_gold_files_are_valid_and_dated(name, corpus):
    articles = read_set(ANNOTATIONS / name, corpus)
    assert articles and all(a.annotated_at and a.annotator for a in articles)
    assert sum(len(a.quotes) for a in articles) >= 5 * len(articles) // 2


def test_a_gold_text_that_is_not_in_the_article_is_named(tmp_path):
    gold = tmp_path / "a.yml"
    gold.write_text("doc_id: a\nquotes:\n  - {text: 'not there', kind: speech, speaker: X, group: NGO}\n"
                    "  - {text: 'said', kind: talk, speaker: X, group: NGO}\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_article(gold, "She said it twice: said.")
    assert "quotes #1: text not found" in str(caught.value) and "quotes #2" in str(caught.value)
    assert "a.yml" in str(caught.value)


@pytest.mark.parametrize("predicted, gold, ok", [
    ("Lu Kang", ("Lu Kang",), True),
    ("foreign ministry spokesman Lu Kang", ("Lu Kang",), True),
    ("The spokesman", ("spokesman",), True),
    ("Lu Kang", ("Zhao Lijian",), False),
    ("", ("",), True),
    ("China", ("",), False),
])
def test_speaker_matching(predicted, gold, ok):
    assert speaker_matches(predicted, gold) is ok


def _gold(tmp_path, text, body):
    path = tmp_path / "d.yml"
    path.write_text("doc_id: d\n" + body, encoding="utf-8")
    return read_article(path, text)


def test_scoring_counts_matches_misses_labels_and_sides(tmp_path):
    text = 'Wang said the report was "full of lies". Li said the camps are schools.'
    gold = _gold(tmp_path, text, (
        "quotes:\n"
        "  - {text: 'the report was \"full of lies\"', kind: indirect, speaker: Wang, group: CN_GOV, "
        "strategies: [discredit_source]}\n"
        "  - {text: 'full of lies', kind: speech, speaker: Wang, group: CN_GOV, strategies: [discredit_source]}\n"
        "  - {text: 'the camps are schools', kind: indirect, speaker: Li, group: CN_GOV, strategies: [reframing]}\n"
        "terms:\n"
        "  - {text: camps, category: facility, family: critical, voice: indirect, speaker: Li, group: CN_GOV}\n"))
    start = text.index("full of lies")
    quotes = [{"start": start, "end": start + 12, "kind": "speech", "speaker": "Wang", "group": "NGO",
               "text": "full of lies"},
              {"start": 0, "end": 3, "kind": "speech", "speaker": "x", "group": "NONE", "text": "Wan"}]
    responses = [{"start": start, "end": start + 12, "strategy": "discredit_source"},
                 {"start": start, "end": start + 12, "strategy": "sovereignty"}]
    camps = text.index("camps")
    terms = [{"start": camps, "end": camps + 5, "category": "facility", "family": "critical", "voice": "narrator",
              "group": "NONE", "term": "camps"}]
    counts = score_article(gold, quotes, terms, responses).counts
    assert (counts["direct_gold"], counts["direct_predicted"], counts["direct_matched"]) == (1, 2, 1)
    assert counts["direct_speaker_ok"] == 1 and counts["direct_group_ok"] == 0
    assert (counts["indirect_gold"], counts["indirect_matched"]) == (2, 0)
    assert (counts["term_matched"], counts["term_voice_ok"], counts["term_family_ok"]) == (1, 0, 1)
    assert (counts["strategy_tp"], counts["strategy_predicted"], counts["strategy_gold"]) == (1, 2, 3)


def test_bootstrap_intervals_are_reproducible_and_bracket_the_value(tmp_path):
    text = "Wang said the camps are schools."
    gold = _gold(tmp_path, text, "quotes:\n  - {text: 'the camps are schools', kind: indirect, speaker: Wang, "
                                 "group: CN_GOV}\n")
    start = text.index("the camps")
    hit = score_article(gold, [{"start": start, "end": start + 21, "kind": "indirect", "speaker": "Wang",
                                "group": "CN_GOV", "text": ""}], [], [])
    miss = score_article(gold, [], [], [])
    first, second = summarise([hit, miss, hit]), summarise([hit, miss, hit])
    assert first.equals(second)
    recall = first.set_index("measure").loc["reported statements: found (recall)"]
    assert recall["ci_low"] <= recall["value"] <= recall["ci_high"] and recall["value"] == pytest.approx(2 / 3)


# Levels measured on the seed and development articles (rules were developed on them). The seed
# articles must stay at 0.95 on everything they scored before (quote F1, speaker and side; terms).
SEED_LEVELS = {"direct quotes: F1": 0.95, "direct quotes: speaker": 0.95, "direct quotes: side": 0.95,
               "reported statements: speaker": 0.95, "reported statements: side": 0.95,
               "reported statements: F1": 0.95, "terms: F1": 0.93, "terms: voice": 0.95, "terms: side": 0.95,
               "strategies: micro-F1": 0.80}
DEV_LEVELS = {"direct quotes: F1": 0.98, "direct quotes: speaker": 0.89, "direct quotes: side": 0.85,
              "reported statements: found (recall)": 0.86, "reported statements: speaker": 0.93,
              "reported statements: side": 0.88, "terms: F1": 0.92, "terms: voice": 0.88, "terms: side": 0.87,
              "strategies: micro-F1": 0.86}


# Levels reached on the test split (never tuned on), floored to two decimals (raised as they rise, last on
# 2026-12-03 after the dev18–dev21 rules); the first run, on 2026-12-01 at 20:39Z, is kept in
# data/annotations/test-runs/. Below the bar on speakers, sides, reported statements and
# strategies: the book and README report it as it is.
TEST_LEVELS = {"direct quotes: F1": 0.97, "direct quotes: speaker": 0.65, "direct quotes: side": 0.71,
               "reported statements: found (recall)": 0.72, "reported statements: speaker": 0.90,
               "reported statements: side": 0.85, "terms: F1": 0.92, "terms: voice": 0.76, "terms: side": 0.60,
               "strategies: micro-F1": 0.66}


@pytest.fixture(scope="module")
def measured(tmp_path_factory):
    return evaluate(ANNOTATIONS, EVALUATION, ROOT / "data" / "raw", LEXICON_DIR,
                    cache_dir=tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize("name, levels", [("seeds", SEED_LEVELS), ("dev", DEV_LEVELS), ("test", TEST_LEVELS)])
def test_measured_levels_hold(measured, name, levels):
    metrics = measured.metrics[(measured.metrics["set"] == name) & (measured.metrics["outlets"] == "all")]
    values = dict(zip(metrics["measure"], metrics["value"]))
    fallen = {m: round(values[m], 3) for m, level in levels.items() if not values[m] >= level}
    errors = measured.errors[measured.errors["set"] == name]
    assert not fallen, f"{name}: {fallen}\n" + errors.to_string(max_colwidth=80)


def test_evaluate_command_writes_its_tables(tmp_path):
    result = subprocess.run([sys.executable, "-m", "framing", "evaluate", "--set", "seeds", "--out", str(tmp_path)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "direct quotes: F1" in result.stdout
    assert {p.name for p in tmp_path.iterdir()} == {"metrics.csv", "strategies.csv", "errors.csv",
                                                    "annotations.csv"}


def test_evaluate_scores_a_users_own_annotated_set(tmp_path):
    """--gold-dir scores a folder of one's own on the articles of --corpus-dir: the same errors as
    the same articles scored in the seed set, under the folder's name, by side from --metadata."""
    gold = tmp_path / "my-gold"
    gold.mkdir()
    for path in sorted((ANNOTATIONS / "seeds").glob("*.yml"))[:2]:
        shutil.copy(path, gold / path.name)
    metadata = tmp_path / "meta.csv"
    metadata.write_text("doc_id,outlet,source_kind\n" + "".join(f"{p.stem},X,western\n" for p in gold.glob("*.yml")),
                        encoding="utf-8")
    command = [sys.executable, "-m", "framing", "evaluate", "--gold-dir", str(gold), "--corpus-dir",
               str(ROOT / "data" / "raw"), "--metadata", str(metadata), "--out", str(tmp_path / "own")]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    own = pd.read_csv(tmp_path / "own" / "metrics.csv")
    assert set(own["set"]) == {"my-gold"} and set(own["outlets"]) == {"all", "western"}
    seeds = evaluate(ANNOTATIONS, EVALUATION, ROOT / "data" / "raw", LEXICON_DIR, sets=("seeds",),
                     cache_dir=tmp_path / "cache").errors
    expected = seeds[seeds["doc_id"].isin([p.stem for p in gold.glob("*.yml")])]
    assert len(pd.read_csv(tmp_path / "own" / "errors.csv")) == len(expected)
