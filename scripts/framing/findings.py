"""The landing page's key findings, computed from the same tables the chapters show."""
from __future__ import annotations

import pandas as pd

from .lexicons import Lexicons
from .quotes.summary import first_and_last, voices
from .stage import Extraction


def key_findings(metadata: pd.DataFrame, extraction: Extraction, lexicons: Lexicons,
                 accuracy: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per finding: a name, its value, the sentence that states it, and the
    chapter section (label) whose table supports it; with ``accuracy`` (the evaluation's
    metrics) a last finding states how far the extractors can be trusted on unseen text."""
    official = set(lexicons.terms.official_groups)
    mentions = extraction.mentions()
    mentions = mentions[mentions["category"].isin(["facility", "terms"])]    # names for the places
    quotes = extraction.table("quotes")
    spoken = voices(quotes)
    answers = extraction.table("responses")
    narrator = mentions[mentions["voice"] == "narrator"]
    official_terms = mentions[mentions["family"] == "official"]
    official_own = official_terms[official_terms["group"].isin(official) & (official_terms["distancing"] == "")]
    official_words = int(spoken.loc[spoken["group"].isin(official), "words"].sum())
    total_words = int(spoken["words"].sum())
    last = first_and_last(quotes)
    strategy_counts = (answers[answers["group"].isin(official)].drop_duplicates(["doc_id", "start", "strategy"])
                       ["strategy"].value_counts())
    top, top_n = (strategy_counts.index[0], int(strategy_counts.iloc[0])) if len(strategy_counts) else ("none", 0)
    denial_articles = answers[answers["group"].isin(official) & (answers["strategy"] == "literal_denial")]["doc_id"].nunique()
    rows = [
        ("articles", len(metadata),
         f"{len(metadata)} articles from {metadata['outlet'].nunique()} outlets, "
         f"{metadata['date'].min()} to {metadata['date'].max()}.", "corpus-articles"),
        ("narrator_critical", int((narrator["family"] == "critical").sum()),
         f"In their own voice the outlets name the facilities {len(narrator)} times, with "
         f"{int((narrator['family'] == 'critical').sum())} critical and "
         f"{int((narrator['family'] == 'official').sum())} official names.", "terms-who-uses"),
        ("official_terms_by_official_speakers", len(official_own),
         f"Of {len(official_terms)} official names, {len(official_own)} appear undistanced in Chinese official "
         f"speakers' own statements; the rest are attributed or set at a distance.", "terms-distance"),
        ("official_word_share", round(official_words / total_words, 4) if total_words else 0.0,
         f"Chinese official speakers get {official_words} of {total_words} quoted or reported words "
         f"({official_words / total_words:.0%})." if total_words else "No quoted words.", "quotes-who"),
        ("last_word_official", int(last["last_group"].isin(official).sum()),
         f"They have the last word in {int(last['last_group'].isin(official).sum())} of {len(last)} articles.",
         "quotes-first-last"),
        ("top_strategy_statements", top_n,
         f"Their most frequent answer is {top.replace('_', ' ')} ({top_n} statement units); literal denial appears "
         f"in {denial_articles} of {len(metadata)} articles.", "responses-by-article"),
    ]
    if accuracy is not None:
        test = accuracy[(accuracy["set"] == "test") & (accuracy["outlets"] == "all")].set_index("measure")["value"]
        if "direct quotes: speaker" in test:
            rows.append(("test_speaker_accuracy", round(float(test["direct quotes: speaker"]), 4),
                         f"Read these counts with the extractors' measured accuracy: on real articles never used to "
                         f"tune them, they name the speaker of a direct quotation correctly "
                         f"{test['direct quotes: speaker']:.0%} of the time and of a reported statement "
                         f"{test['reported statements: speaker']:.0%}, and find "
                         f"{test['reported statements: found (recall)']:.0%} of reported statements.",
                         "methods-accuracy"))
    return pd.DataFrame(rows, columns=["finding", "value", "sentence", "section"])
