"""Score extracted records against per-article gold files (GUIDELINES.md section 4).

Everything here works on records already extracted (dicts with the command
line's columns), so the same scoring serves the tests, the book and the
``framing evaluate`` command. Each measure is pooled over the articles of a
set; 95% intervals come from resampling whole articles (percentile bootstrap).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Sequence, TypeVar

import numpy as np
import pandas as pd

from .gold import STRATEGIES, GoldArticle, GoldQuote, GoldTerm

G = TypeVar("G")
P = TypeVar("P")
DIRECT = {"speech", "scare", "title", "name"}
UNITS = {"speech", "indirect"}
BOOTSTRAP_SAMPLES = 1000
BOOTSTRAP_SEED = 20261201

# measure -> (numerator count, denominator count): every measure is a ratio of
# pooled counts, so a bootstrap sample only re-adds per-article counts.
MEASURES = {
    "direct quotes: precision": ("direct_matched", "direct_predicted"),
    "direct quotes: recall": ("direct_matched", "direct_gold"),
    "direct quotes: F1": ("direct_matched", "direct_f1_denominator"),
    "direct quotes: speaker": ("direct_speaker_ok", "direct_matched"),
    "direct quotes: side": ("direct_group_ok", "direct_matched"),
    "reported statements: precision": ("indirect_matched", "indirect_predicted"),
    "reported statements: found (recall)": ("indirect_matched", "indirect_gold"),
    "reported statements: F1": ("indirect_matched", "indirect_f1_denominator"),
    "reported statements: speaker": ("indirect_speaker_ok", "indirect_matched"),
    "reported statements: side": ("indirect_group_ok", "indirect_matched"),
    "terms: precision": ("term_matched", "term_predicted"),
    "terms: recall": ("term_matched", "term_gold"),
    "terms: F1": ("term_matched", "term_f1_denominator"),
    "terms: family": ("term_family_ok", "term_matched"),
    "terms: voice": ("term_voice_ok", "term_matched"),
    "terms: side": ("term_group_ok", "term_matched"),
    "strategies: precision": ("strategy_tp", "strategy_predicted"),
    "strategies: recall": ("strategy_tp", "strategy_gold"),
    "strategies: micro-F1": ("strategy_tp", "strategy_f1_denominator"),
}


def pair(gold: Sequence[G], predicted: Sequence[P], overlap: Callable[[G, P], float]) -> list[tuple[G | None, P | None]]:
    """One-to-one pairs, best overlap first; ``overlap`` returns 0 for pairs that cannot match.
    Unmatched gold and predictions pair with None."""
    candidates = sorted(((overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)),
                        key=lambda c: (-c[0], c[1], c[2]))
    used_gold, used_pred, pairs = set(), set(), []
    for score, gi, pi in candidates:
        if score > 0 and gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gold[gi], predicted[pi]))
    pairs += [(g, None) for i, g in enumerate(gold) if i not in used_gold]
    pairs += [(None, p) for i, p in enumerate(predicted) if i not in used_pred]
    return pairs


def prf(matched: int, gold: int, predicted: int) -> dict[str, float]:
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    return {"precision": precision, "recall": recall,
            "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0}


def speaker_matches(predicted: str, alternatives: tuple[str, ...]) -> bool:
    """Lower-cased, without a leading article: equal to an alternative, or one contains the other as whole words."""
    mine = _norm(predicted)
    for gold in alternatives:
        theirs = _norm(gold)
        if mine == theirs or (mine and theirs and (re.search(rf"\b{re.escape(theirs)}\b", mine)
                                                   or re.search(rf"\b{re.escape(mine)}\b", theirs))):
            return True
    return False


def _norm(name: str) -> str:
    name = name.lower().replace("\u2019", "'").strip()
    return re.sub(r"^(?:the|a|an)\s+", "", name)


def _overlap(g_start: int, g_end: int, p_start: int, p_end: int) -> float:
    """Overlap relative to the union, or 0 unless it covers half of the shorter span."""
    shared = min(g_end, p_end) - max(g_start, p_start)
    if shared <= 0 or shared < 0.5 * min(g_end - g_start, p_end - p_start):
        return 0.0
    return shared / (max(g_end, p_end) - min(g_start, p_start))


@dataclass
class ArticleScore:
    """Counts for one article and every disagreement found in it."""

    doc_id: str
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    errors: list[dict] = field(default_factory=list)


def score_article(gold: GoldArticle, quotes: list[dict], terms: list[dict], responses: list[dict]) -> ArticleScore:
    """Pair one article's records with its gold and count agreements."""
    result = ArticleScore(gold.doc_id)
    quote_pairs = _score_quotes(result, gold.quotes, quotes)
    _score_terms(result, [t for t in gold.terms if not t.elsewhere], terms)
    _score_strategies(result, quote_pairs, responses)
    for prefix in ("direct", "indirect", "term"):
        c = result.counts
        c[f"{prefix}_f1_denominator"] = (c[f"{prefix}_gold"] + c[f"{prefix}_predicted"]) / 2
    c = result.counts
    c["strategy_f1_denominator"] = (c["strategy_gold"] + c["strategy_predicted"]) / 2
    return result


def _score_quotes(result: ArticleScore, gold: tuple[GoldQuote, ...], predicted: list[dict]
                  ) -> list[tuple[GoldQuote | None, dict | None]]:
    def overlap(g: GoldQuote, p: dict) -> float:
        if (p["kind"] in DIRECT) != (g.kind in DIRECT):
            return 0.0
        return _overlap(g.start, g.end, p["start"], p["end"])
    pairs = pair(gold, predicted, overlap)
    c = result.counts
    for g, p in pairs:
        prefix = "direct" if (g.kind if g else p["kind"]) in DIRECT else "indirect"
        c[f"{prefix}_gold"] += g is not None
        c[f"{prefix}_predicted"] += p is not None
        problems = _unpaired(g, p)
        if not problems:
            c[f"{prefix}_matched"] += 1
            speaker_ok = any(speaker_matches(s, g.speakers) for s in p.get("speakers", (p["speaker"],)))
            c[f"{prefix}_speaker_ok"] += speaker_ok
            c[f"{prefix}_group_ok"] += p["group"] == g.group
            if not speaker_ok:
                problems.append("speaker")
            if p["group"] != g.group:
                problems.append("side")
        if problems:
            result.errors.append({
                "doc_id": result.doc_id, "table": "quotes", "start": (g or p)["start"] if g is None else g.start,
                "error": "+".join(problems), "gold": "" if g is None else f"{g.kind} · {' | '.join(g.speakers)} · {g.group}",
                "found": "" if p is None else f"{p['kind']} · {p['speaker']} · {p['group']}",
                "text": (g.text if g else p["text"])[:160]})
    return pairs


def _unpaired(gold, found) -> list[str]:
    """['spurious'] for a found item no gold item matches, ['missed'] for the reverse, else []."""
    return ["spurious"] if gold is None else ["missed"] if found is None else []


def _score_terms(result: ArticleScore, gold: list[GoldTerm], predicted: list[dict]) -> None:
    def overlap(g: GoldTerm, p: dict) -> float:
        if p.get("category", "facility") != g.category:
            return 0.0
        return _overlap(g.start, g.end, p["start"], p["end"])
    c = result.counts
    for g, p in pair(gold, predicted, overlap):
        c["term_gold"] += g is not None
        c["term_predicted"] += p is not None
        problems = _unpaired(g, p)
        if not problems:
            c["term_matched"] += 1
            for key, ok in (("family", p["family"] == g.family), ("voice", p["voice"] == g.voice),
                            ("side", p["group"] == g.group)):
                c[f"term_{'group' if key == 'side' else key}_ok"] += ok
                if not ok:
                    problems.append(key)
        if problems:
            result.errors.append({
                "doc_id": result.doc_id, "table": "terms", "start": p["start"] if g is None else g.start,
                "error": "+".join(problems),
                "gold": "" if g is None else f"{g.category}/{g.family} · {g.voice} · {g.group}",
                "found": "" if p is None else f"{p.get('category', '')}/{p['family']} · {p['voice']} · {p['group']}",
                "text": g.text if g else p["term"]})


def _score_strategies(result: ArticleScore, quote_pairs, responses: list[dict]) -> None:
    """Micro counts over (unit, strategy); units are paired as their quotes were."""
    labels: dict[tuple[int, int], set[str]] = defaultdict(set)
    for row in responses:
        labels[(row["start"], row["end"])].add(row["strategy"])
    c = result.counts
    for g, p in quote_pairs:
        expected = set(g.strategies) if g is not None and g.kind in UNITS else set()
        found = labels.get((p["start"], p["end"]), set()) if p is not None and p["kind"] in UNITS else set()
        c["strategy_gold"] += len(expected)
        c["strategy_predicted"] += len(found)
        c["strategy_tp"] += len(expected & found)
        for name in expected & found:
            c[f"tp:{name}"] += 1
        for name in found - expected:
            c[f"fp:{name}"] += 1
        for name in expected - found:
            c[f"fn:{name}"] += 1
        if expected != found:
            result.errors.append({
                "doc_id": result.doc_id, "table": "strategies", "start": g.start if g else p["start"],
                "error": "strategies", "gold": ", ".join(sorted(expected)), "found": ", ".join(sorted(found)),
                "text": (g.text if g else p["text"])[:160]})


def _pooled(scores: list[ArticleScore]) -> dict[str, float]:
    total: dict[str, float] = defaultdict(float)
    for score in scores:
        for key, value in score.counts.items():
            total[key] += value
    return total


def summarise(scores: list[ArticleScore], *, samples: int = BOOTSTRAP_SAMPLES, seed: int = BOOTSTRAP_SEED
              ) -> pd.DataFrame:
    """One row per measure: value, 95% bootstrap interval over articles, and its counts.

    Each bootstrap sample draws as many articles as there are, with replacement, and
    recomputes every measure from the drawn articles' pooled counts (percentile interval).
    """
    keys = sorted({k for numerator_denominator in MEASURES.values() for k in numerator_denominator})
    counts = np.array([[score.counts.get(k, 0) for k in keys] for score in scores], dtype=float).reshape(-1, len(keys))
    draws = np.random.default_rng(seed).integers(0, len(scores), size=(samples, len(scores))) if scores else None
    sampled = counts[draws].sum(axis=1) if scores else np.zeros((0, len(keys)))
    pooled = counts.sum(axis=0)
    column = {k: i for i, k in enumerate(keys)}
    rows = []
    with np.errstate(invalid="ignore", divide="ignore"):
        for measure, (numerator, denominator) in MEASURES.items():
            n, d = column[numerator], column[denominator]
            value = pooled[n] / pooled[d] if pooled[d] else float("nan")
            ratios = sampled[:, n] / sampled[:, d]
            ratios = ratios[~np.isnan(ratios)]
            low, high = (np.quantile(ratios, [0.025, 0.975]) if ratios.size else (float("nan"), float("nan")))
            rows.append({"measure": measure, "value": value, "ci_low": float(low), "ci_high": float(high),
                         "numerator": pooled[n], "denominator": pooled[d], "articles": len(scores)})
    return pd.DataFrame(rows)


def per_strategy(scores: list[ArticleScore]) -> pd.DataFrame:
    """Precision, recall and F1 of each strategy label, pooled over the articles."""
    pooled = _pooled(scores)
    rows = []
    for name in STRATEGIES:
        tp, fp, fn = (int(pooled.get(f"{k}:{name}", 0)) for k in ("tp", "fp", "fn"))
        rows.append({"strategy": name, "tp": tp, "fp": fp, "fn": fn, **prf(tp, tp + fn, tp + fp)})
    return pd.DataFrame(rows)


def errors_table(scores: list[ArticleScore]) -> pd.DataFrame:
    rows = [e for s in scores for e in s.errors]
    return pd.DataFrame(rows, columns=["doc_id", "table", "start", "error", "gold", "found", "text"]
                        ).sort_values(["doc_id", "table", "start"], kind="stable", ignore_index=True)
