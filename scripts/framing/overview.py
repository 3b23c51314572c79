"""Chapter 1's tables: what the articles are, what cleaning removed, who is named.

Every function takes a :class:`Corpus` (or documents) and returns a tidy
DataFrame sorted for reproducibility; offsets are into the decoded files.
"""
from __future__ import annotations

import re
from collections import Counter

import pandas as pd

from .corpus import Corpus, Document, word_count
from .keyness import content_words, distinctive_words
from .lexicons import Entity, SpellingVariants
from .matching import Dictionary, whole_word
from .normalise import DOUBLE_QUOTES, SINGLE_QUOTES

_CURLY = set("\u201c\u201d\u2018\u2019\u201e\u201a\u00ab\u00bb\u2039\u203a\u201f\u201b")
_APOSTROPHE_IN_WORD = re.compile(r"(?<=\w)['\u2019](?=\w)")


ARTICLE_STATS = ("doc_id", "paragraphs", "sentences", "tokens", "words_raw", "words_clean", "lines_removed")


def document_stats(doc: Document) -> dict:
    """One article's size before and after cleaning (the extraction stage's ``articles`` table)."""
    sentences = [s for p in doc.paragraphs for s in p.sentences]
    return {"doc_id": doc.doc_id, "paragraphs": len(doc.paragraphs), "sentences": len(sentences),
            "tokens": sum(len(s.tokens) for s in sentences), "words_raw": word_count(doc.text),
            "words_clean": word_count(doc.clean_text()), "lines_removed": len(doc.removed)}


def article_table(metadata: pd.DataFrame, stats: pd.DataFrame) -> pd.DataFrame:
    """One row per article: metadata plus size before and after cleaning (from :func:`document_stats`)."""
    table = metadata[["doc_id", "outlet", "date", "headline", "agency", "event"]].merge(stats, on="doc_id",
                                                                                         validate="1:1")
    table["words_removed"] = table["words_raw"] - table["words_clean"]
    return table[["doc_id", "outlet", "date", "headline", "agency", "event", "words_raw", "words_clean",
                  "words_removed", "lines_removed", "paragraphs", "sentences"]]


def removed_lines(documents: tuple[Document, ...]) -> pd.DataFrame:
    """Every line cleaning removed, with the rule that removed it."""
    rows = []
    for doc in documents:
        for removal in doc.removed:
            start, end = doc.source.raw_span(removal.line.start, removal.line.end)
            rows.append({"doc_id": doc.doc_id, "line": removal.line.number, "start": start, "end": end,
                         "rule": removal.rule, "reason": removal.reason, "text": removal.line.text})
    return pd.DataFrame(rows, columns=["doc_id", "line", "start", "end", "rule", "reason", "text"])


def character_changes(documents: tuple[Document, ...]) -> pd.DataFrame:
    """Normalisation counts (non-breaking spaces, CRLF, zero-width…) per article."""
    rows = [{"doc_id": doc.doc_id, "change": change, "count": count}
            for doc in documents for change, count in sorted(doc.source.changes.items())]
    return pd.DataFrame(rows, columns=["doc_id", "change", "count"])


def quote_marks(documents: tuple[Document, ...]) -> pd.DataFrame:
    """How each article's cleaned text marks quotes: curly or straight, double or single.

    Apostrophes inside words (China’s, don't) are counted apart, since the
    same character serves as closing single quote and apostrophe.
    """
    rows = []
    for doc in documents:
        text = doc.clean_text()
        apostrophes = len(_APOSTROPHE_IN_WORD.findall(text))
        marks = Counter(c for c in _APOSTROPHE_IN_WORD.sub("", text) if c in DOUBLE_QUOTES + SINGLE_QUOTES)
        double = sum(n for c, n in marks.items() if c in DOUBLE_QUOTES)
        single = sum(n for c, n in marks.items() if c in SINGLE_QUOTES)
        curly = sum(n for c, n in marks.items() if c in _CURLY)
        rows.append({"doc_id": doc.doc_id, "style": "curly" if curly * 2 > double + single else "straight",
                     "double_marks": double, "single_marks": single, "in_word_apostrophes": apostrophes})
    return pd.DataFrame(rows)


def entity_mentions(documents: tuple[Document, ...], entities: tuple[Entity, ...]) -> pd.DataFrame:
    """Every mention of a lexicon entity in the cleaned paragraphs (longest match wins)."""
    dictionary = Dictionary([(entity, p) for entity in entities for p in entity.patterns])
    rows = []
    for doc in documents:
        for paragraph in doc.paragraphs:
            text = doc.text[paragraph.start:paragraph.end]
            for start, end, entity in dictionary.matches(text):
                raw_start, raw_end = doc.source.raw_span(paragraph.start + start, paragraph.start + end)
                rows.append({"doc_id": doc.doc_id, "paragraph_id": paragraph.id, "start": raw_start,
                             "end": raw_end, "entity": entity.name, "kind": entity.kind,
                             "group": entity.group, "text": text[start:end]})
    table = pd.DataFrame(rows, columns=["doc_id", "paragraph_id", "start", "end", "entity", "kind", "group", "text"])
    return table.sort_values(["doc_id", "start"], ignore_index=True)


def entity_counts(mentions: pd.DataFrame) -> pd.DataFrame:
    """Mentions and number of articles per entity, most mentioned first."""
    counts = (mentions.groupby(["entity", "kind", "group"], as_index=False)
              .agg(mentions=("text", "size"), articles=("doc_id", "nunique")))
    return counts.sort_values(["mentions", "entity"], ascending=[False, True], ignore_index=True)


def spelling_by_outlet(corpus: Corpus, variants: tuple[SpellingVariants, ...]) -> pd.DataFrame:
    """How often each outlet uses each competing spelling (plural and possessive included)."""
    rows = []
    for meta, doc in zip(corpus.metadata.itertuples(), corpus.documents):
        text = doc.clean_text()
        for variant in variants:
            for form in variant.forms:
                count = len(whole_word(re.escape(form) + r"(?:s|['\u2019]s)?").findall(text))
                rows.append({"concept": variant.concept, "outlet": meta.outlet, "doc_id": doc.doc_id,
                             "form": form, "count": count})
    return pd.DataFrame(rows, columns=["concept", "outlet", "doc_id", "form", "count"])


def characteristic_words(documents: tuple[Document, ...], stopwords: frozenset[str], *, top: int = 8) -> pd.DataFrame:
    """Each article's most distinctive words against the rest of the corpus (log-odds z)."""
    texts = {doc.doc_id: content_words(doc.clean_text(), stopwords) for doc in documents}
    return distinctive_words(texts, top=top).rename(columns={"key": "doc_id", "count_a": "count_here",
                                                             "count_b": "count_elsewhere"})


def unit_tables(documents: tuple[Document, ...]) -> dict[str, pd.DataFrame]:
    """Paragraphs, sentences and tokens with ids and decoded-file offsets."""
    paragraphs, sentences, tokens = [], [], []
    for doc in documents:
        span = doc.source.raw_span
        for p in doc.paragraphs:
            paragraphs.append((doc.doc_id, p.id, *span(p.start, p.end), len(p.sentences), doc.text[p.start:p.end]))
            for s in p.sentences:
                sentences.append((doc.doc_id, p.id, s.id, *span(s.start, s.end), doc.text[s.start:s.end]))
                for t_index, (start, end) in enumerate(s.tokens, start=1):
                    tokens.append((doc.doc_id, s.id, f"{s.id}.t{t_index}", *span(start, end), doc.text[start:end]))
    return {
        "paragraphs": pd.DataFrame(paragraphs, columns=["doc_id", "paragraph_id", "start", "end", "sentences", "text"]),
        "sentences": pd.DataFrame(sentences, columns=["doc_id", "paragraph_id", "sentence_id", "start", "end", "text"]),
        "tokens": pd.DataFrame(tokens, columns=["doc_id", "sentence_id", "token_id", "start", "end", "text"]),
    }


def timeline(metadata: pd.DataFrame) -> pd.DataFrame:
    """Each article with the event it reports and how many days after it appeared."""
    table = metadata[["doc_id", "outlet", "date", "event", "event_date"]].copy()
    published = pd.to_datetime(table["date"], format="ISO8601")
    happened = pd.to_datetime(table["event_date"].replace("", None), format="ISO8601")
    table["days_after_event"] = (published - happened).dt.days.astype("Int64")
    table["event_date"] = table["event_date"].where(table["event_date"] != "", table["date"])
    return table.sort_values(["event_date", "doc_id"], ignore_index=True)


def timeline_points(events: pd.DataFrame, labels: dict[str, str]) -> pd.DataFrame:
    """The timeline's points: one per event, outlet and publication date, with how many articles
    it stands for (one point per article in a small corpus; a readable chart in a large one)."""
    keys = ["event", "event_date", "outlet", "date"]
    points = events.groupby(keys, sort=True, dropna=False).agg(
        articles=("doc_id", "size"), doc_id=("doc_id", "first"),
        days_after_event=("days_after_event", "first")).reset_index()
    points["article"] = [labels.get(d, d) if n == 1 else f"{n} articles"
                         for d, n in zip(points["doc_id"], points["articles"])]
    points["doc_id"] = points["doc_id"].where(points["articles"] == 1, "")
    return points


def top_words_summary(words: pd.DataFrame) -> pd.DataFrame:
    """One row per article: its distinctive words as 'word (z)' in rank order."""
    labelled = words.assign(label=words["word"] + " (" + words["z"].map("{:.1f}".format) + ")")
    summary = labelled.groupby("doc_id", sort=True)["label"].agg(", ".join).reset_index()
    return summary.rename(columns={"label": "distinctive words (z-score)"})


OUTLET_WIDTH = 26


def article_labels(metadata: pd.DataFrame) -> dict[str, str]:
    """A short readable name for each article, unique in the corpus: 'outlet · date' (the outlet
    without its asides, shortened), then a few words of the headline where two would be the same,
    then a number."""
    def outlet(name: str) -> str:
        short = re.split(r"\s+\(|,\s|\s/\s|\s+-\s", str(name).strip())[0].strip() or str(name)
        return short if len(short) <= OUTLET_WIDTH else short[:OUTLET_WIDTH - 1].rstrip() + "…"
    labels = {row.doc_id: f"{outlet(row.outlet)} · {row.date}" for row in metadata.itertuples()}
    clashes = pd.Series(labels).duplicated(keep=False)
    for row in metadata.itertuples():
        if clashes[row.doc_id] and str(row.headline or "").strip():
            words = str(row.headline).split()
            labels[row.doc_id] += " · " + " ".join(words[:4]) + ("…" if len(words) > 4 else "")
    seen: dict[str, int] = {}
    for doc_id in labels:                       # still the same: number them in corpus order
        label = labels[doc_id]
        seen[label] = seen.get(label, 0) + 1
        if seen[label] > 1 or list(labels.values()).count(label) > 1:
            labels[doc_id] = f"{label} ({seen[label]})"
    return labels
