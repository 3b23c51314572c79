"""Chapter 3's tables: who speaks, how much, first and last, directly or not.

Only `speech` and `indirect` records count as someone speaking; scare quotes,
titles and names are words set off, not voices.
"""
from __future__ import annotations

import pandas as pd

SPEAKING = ("speech", "indirect")


def voices(quotes: pd.DataFrame) -> pd.DataFrame:
    """The speaking records with a word count and direct/indirect mode."""
    spoken = quotes[quotes["kind"].isin(SPEAKING)].copy()
    spoken["words"] = spoken["text"].str.split().str.len().astype(int)
    spoken["mode"] = spoken["kind"].map({"speech": "direct", "indirect": "indirect"})
    return spoken


def words_by_group(quotes: pd.DataFrame) -> pd.DataFrame:
    """Per article and group: quotes, quoted words and their share of the article's quoted words."""
    spoken = voices(quotes)
    table = spoken.groupby(["doc_id", "group"], as_index=False).agg(quotes=("text", "size"), words=("words", "sum"))
    totals = table.groupby("doc_id")["words"].transform("sum")
    table["share"] = (table["words"] / totals).round(4)
    return table.sort_values(["doc_id", "words", "group"], ascending=[True, False, True], ignore_index=True)


def mode_by_group(quotes: pd.DataFrame) -> pd.DataFrame:
    """Per group: how many records and words are direct quotation and how many reported."""
    spoken = voices(quotes)
    table = spoken.pivot_table(index="group", columns="mode", values="words", aggfunc=["size", "sum"], fill_value=0)
    table.columns = [f"{'records' if agg == 'size' else 'words'}_{mode}" for agg, mode in table.columns]
    for column in ("records_direct", "records_indirect", "words_direct", "words_indirect"):
        if column not in table:
            table[column] = 0
    table = table[["records_direct", "records_indirect", "words_direct", "words_indirect"]].reset_index()
    table["direct_share_of_words"] = (table["words_direct"] /
                                      (table["words_direct"] + table["words_indirect"])).round(4)
    return table.sort_values(["group"], ignore_index=True)


def first_and_last(quotes: pd.DataFrame) -> pd.DataFrame:
    """Per article: who speaks first and who has the last word (by position in the text)."""
    spoken = voices(quotes).sort_values(["doc_id", "start", "end"])
    rows = []
    for doc_id, group in spoken.groupby("doc_id", sort=True):
        first, last = group.iloc[0], group.iloc[-1]
        rows.append({"doc_id": doc_id, "first_speaker": first["speaker"], "first_group": first["group"],
                     "last_speaker": last["speaker"], "last_group": last["group"],
                     "speakers": group["speaker"].nunique()})
    return pd.DataFrame(rows, columns=["doc_id", "first_speaker", "first_group", "last_speaker", "last_group",
                                       "speakers"])


def top_speakers(quotes: pd.DataFrame, *, top: int = 15) -> pd.DataFrame:
    """The most quoted speakers across the corpus, by quoted words."""
    spoken = voices(quotes)
    table = spoken.groupby(["speaker", "group"], as_index=False).agg(
        quotes=("text", "size"), words=("words", "sum"), articles=("doc_id", "nunique"))
    return table.sort_values(["words", "speaker"], ascending=[False, True], ignore_index=True).head(top)
