"""Which words set one body of text apart from another.

The score is the log-odds ratio with an informative Dirichlet prior of
Monroe, Colaresi & Quinn (2008), "Fightin' Words", Political Analysis 16(4),
eqs. 16-22. For word w with counts y_a, y_b in the two texts (totals n_a,
n_b) and prior pseudo-counts alpha_w (summing to alpha_0):

    delta_w = log((y_a + alpha_w) / (n_a + alpha_0 - y_a - alpha_w))
            - log((y_b + alpha_w) / (n_b + alpha_0 - y_b - alpha_w))
    var(delta_w) ~= 1 / (y_a + alpha_w) + 1 / (y_b + alpha_w)
    z_w = delta_w / sqrt(var(delta_w))

The prior is the two texts' combined word distribution scaled to
``prior_size`` pseudo-words, which shrinks rare words toward zero. The
method ranks words; it says nothing about why a word is used, and with a
few short articles most z-scores are small: read them as pointers to the
text, not as tests.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

import numpy as np
import pandas as pd

from .segment import TOKENIZER

_LETTER = re.compile(r"[^\W\d_]")
_POSSESSIVE = re.compile(r"['\u2019]s$")


def content_words(text: str, stopwords: frozenset[str]) -> list[str]:
    """Lower-cased words with a letter, possessive 's dropped, stopwords out."""
    words = []
    for token in TOKENIZER.tokenize(text):
        word = _POSSESSIVE.sub("", token.lower().replace("\u2019", "'"))
        if _LETTER.search(word) and len(word) > 1 and word not in stopwords:
            words.append(word)
    return words


def log_odds_dirichlet(counts_a: Counter, counts_b: Counter, *, prior_size: float = 1000.0) -> pd.DataFrame:
    """Score every word of either text; positive z leans to ``a``.

    Returns columns word, count_a, count_b, delta, z, sorted by z descending
    then word (ties broken alphabetically, so the order is reproducible).
    """
    vocabulary = sorted(set(counts_a) | set(counts_b))
    columns = ["word", "count_a", "count_b", "delta", "z"]
    if not vocabulary:
        return pd.DataFrame(columns=columns)
    y_a = np.array([counts_a.get(w, 0) for w in vocabulary], dtype=float)
    y_b = np.array([counts_b.get(w, 0) for w in vocabulary], dtype=float)
    combined = y_a + y_b
    alpha = prior_size * combined / combined.sum()
    alpha_0 = alpha.sum()
    n_a, n_b = y_a.sum(), y_b.sum()
    delta = (np.log((y_a + alpha) / (n_a + alpha_0 - y_a - alpha))
             - np.log((y_b + alpha) / (n_b + alpha_0 - y_b - alpha)))
    z = delta / np.sqrt(1.0 / (y_a + alpha) + 1.0 / (y_b + alpha))
    table = pd.DataFrame({"word": vocabulary, "count_a": y_a.astype(int), "count_b": y_b.astype(int),
                          "delta": delta, "z": z})
    return table.sort_values(["z", "word"], ascending=[False, True], ignore_index=True)


def distinctive_words(texts: dict[str, Iterable[str]], *, top: int = 10, prior_size: float = 1000.0) -> pd.DataFrame:
    """For each key, its words scored against all the other keys' words together."""
    counts = {key: Counter(words) for key, words in texts.items()}
    total = Counter()
    for own in counts.values():
        total.update(own)
    rows = []
    for key, own in counts.items():
        rest = total - own          # everyone else's words, without summing them again per key
        scored = log_odds_dirichlet(own, rest, prior_size=prior_size).head(top)
        rows.append(scored.assign(key=key, rank=range(1, len(scored) + 1)))
    if not rows:
        return pd.DataFrame(columns=["key", "rank", "word", "count_a", "count_b", "delta", "z"])
    table = pd.concat(rows, ignore_index=True)
    return table[["key", "rank", "word", "count_a", "count_b", "delta", "z"]]


def compare_speakers(quotes: pd.DataFrame, stopwords: frozenset[str], groups: Iterable[str], *,
                     prior_size: float = 1000.0) -> pd.DataFrame:
    """Words of the speakers in ``groups`` (direct and reported) against every other speaker's.

    Positive z leans to ``groups``; ``side`` names the side a word leans to.
    """
    groups = set(groups)
    spoken = quotes[quotes["kind"].isin(("speech", "indirect"))]
    mine, others = Counter(), Counter()
    for group, text in zip(spoken["group"], spoken["text"]):
        (mine if group in groups else others).update(content_words(text, stopwords))
    table = log_odds_dirichlet(mine, others, prior_size=prior_size)
    table["side"] = np.where(table["z"] >= 0, "official", "others")
    return table.rename(columns={"count_a": "count_official", "count_b": "count_others"})


def collocates(texts: Iterable[str], targets: dict[str, tuple[str, ...]], stopwords: frozenset[str], *,
               window: int = 5, top: int = 10) -> pd.DataFrame:
    """Words that keep company with each target within ``window`` words, by nltk's
    log-likelihood ratio (Dunning 1993) over window-based bigrams."""
    from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder
    words = [w for text in texts for w in content_words(text, stopwords)]
    rows = []
    if len(words) >= 2:
        finder = BigramCollocationFinder.from_words(words, window_size=window)
        scored = finder.score_ngrams(BigramAssocMeasures.likelihood_ratio)
        for target, forms in targets.items():
            best: dict[str, list] = {}
            for (first, second), score in scored:
                if (first in forms) == (second in forms):
                    continue
                other = second if first in forms else first
                count = finder.ngram_fd[(first, second)]
                entry = best.setdefault(other, [0.0, 0])
                entry[0], entry[1] = max(entry[0], score), entry[1] + count
            ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))[:top]
            rows += [{"target": target, "rank": i, "collocate": word, "count": count, "llr": round(score, 4)}
                     for i, (word, (score, count)) in enumerate(ranked, start=1)]
    return pd.DataFrame(rows, columns=["target", "rank", "collocate", "count", "llr"])


def extremes(table: pd.DataFrame, *, top: int = 12) -> pd.DataFrame:
    """The ``top`` words leaning most to each side of a scored table (for a diverging chart)."""
    return pd.concat([table.head(top), table.tail(top)]).drop_duplicates("word").reset_index(drop=True)
