"""Per-article gold files (``data/annotations/GUIDELINES.md`` section 3): read,
validate and locate every annotated text in its article. Nothing here runs an
extractor, so annotators can check their files without seeing engine output."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..lexicons import GROUPS, read_mapping
from ..normalise import normalise

QUOTE_KINDS = ("speech", "scare", "title", "name", "indirect")
STRATEGIES = ("literal_denial", "discredit_source", "sovereignty", "motive_attack", "justification", "reframing",
              "positive_self_presentation", "counter_accusation", "futility")
CATEGORIES = ("facility", "people", "process")
FAMILIES = ("official", "critical", "neutral")
VOICES = ("narrator", "direct", "indirect")
MARKERS = ("scare_quotes", "so_called", "attributed_naming", "alleged")


@dataclass(frozen=True)
class GoldQuote:
    doc_id: str
    start: int          # decoded-file offsets
    end: int
    kind: str
    speakers: tuple[str, ...]
    group: str
    strategies: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class GoldTerm:
    doc_id: str
    start: int
    end: int
    category: str
    family: str
    voice: str
    speakers: tuple[str, ...]
    group: str
    distancing: frozenset[str]
    negated: bool
    elsewhere: bool
    text: str


@dataclass(frozen=True)
class GoldArticle:
    doc_id: str
    path: Path
    annotator: str
    annotated_at: str
    author: str
    author_group: str
    quotes: tuple[GoldQuote, ...]
    terms: tuple[GoldTerm, ...]


def speakers_of(value) -> tuple[str, ...]:
    """' | '-separated alternatives; an empty speaker is ('',)."""
    return tuple(s.strip() for s in str(value or "").split("|"))


def locate(text: str, entry: dict, where: str) -> tuple[int, int]:
    """Offsets in the normalised ``text`` of an entry's ``text`` (its ``occurrence``, narrowed to ``span``)."""
    wanted = normalise(str(entry.get("text") or "")).text
    if not wanted.strip():
        raise ValueError(f"{where}: empty text")
    starts = [m.start() for m in re.finditer(re.escape(wanted), text)]
    occurrence = entry.get("occurrence")
    if not starts:
        raise ValueError(f"{where}: text not found: {wanted[:70]!r}")
    if occurrence is None and len(starts) > 1:
        raise ValueError(f"{where}: text occurs {len(starts)} times, add occurrence: {wanted[:70]!r}")
    index = int(occurrence or 1)
    if not 1 <= index <= len(starts):
        raise ValueError(f"{where}: occurrence {index} but the text occurs {len(starts)} times: {wanted[:70]!r}")
    start = starts[index - 1]
    end = start + len(wanted)
    if entry.get("span"):
        piece = normalise(str(entry["span"])).text
        inner = text.find(piece, start, end)
        if inner < 0:
            raise ValueError(f"{where}: span {piece!r} not inside {wanted[:70]!r}")
        start, end = inner, inner + len(piece)
    return start, end


def _choice(entry: dict, key: str, allowed: tuple[str, ...], where: str, default: str | None = None) -> str:
    value = entry.get(key, default)
    if value not in allowed:
        raise ValueError(f"{where}: {key} {value!r} is not one of {', '.join(allowed)}")
    return value


def read_article(path: Path, raw_text: str) -> GoldArticle:
    """One gold file, validated against the article's decoded text; InputError lists every problem."""
    data = read_mapping(path)
    source = normalise(raw_text)
    doc_id = str(data.get("doc_id") or path.stem)
    problems: list[str] = []
    quotes, terms = [], []
    for number, entry in enumerate(data.get("quotes") or [], start=1):
        where = f"quotes #{number}"
        try:
            start, end = source.raw_span(*locate(source.text, entry, where))
            kind = _choice(entry, "kind", QUOTE_KINDS, where)
            group = _choice(entry, "group", GROUPS, where)
            strategies = tuple(entry.get("strategies") or ())
            bad = [s for s in strategies if s not in STRATEGIES]
            if bad:
                raise ValueError(f"{where}: unknown strategies {bad}")
            if strategies and kind not in ("speech", "indirect"):
                raise ValueError(f"{where}: strategies belong on speech and indirect units only")
            quotes.append(GoldQuote(doc_id, start, end, kind, speakers_of(entry.get("speaker")), group, strategies,
                                    str(entry["text"])))
        except ValueError as err:
            problems.append(str(err))
    for number, entry in enumerate(data.get("terms") or [], start=1):
        where = f"terms #{number}"
        try:
            start, end = source.raw_span(*locate(source.text, entry, where))
            distancing = frozenset(m for m in str(entry.get("distancing") or "").split(";") if m)
            if distancing - set(MARKERS):
                raise ValueError(f"{where}: unknown distancing {sorted(distancing - set(MARKERS))}")
            negated = entry.get("negated", False)
            if not isinstance(negated, bool):
                raise ValueError(f"{where}: negated must be true or false")
            terms.append(GoldTerm(doc_id, start, end, _choice(entry, "category", CATEGORIES, where),
                                  _choice(entry, "family", FAMILIES, where), _choice(entry, "voice", VOICES, where),
                                  speakers_of(entry.get("speaker")), _choice(entry, "group", GROUPS, where, "NONE"),
                                  distancing, negated, bool(entry.get("elsewhere", False)), str(entry["text"])))
        except ValueError as err:
            problems.append(str(err))
    if problems:
        raise InputError(path, "; ".join(problems))
    return GoldArticle(doc_id, path, str(data.get("annotator") or ""), str(data.get("annotated_at") or ""),
                       str(data.get("author") or ""), str(data.get("author_group") or "NONE"),
                       tuple(quotes), tuple(terms))


def read_set(gold_dir: Path, corpus_dir: Path) -> list[GoldArticle]:
    """Every gold file of a set, each checked against ``corpus_dir/<doc_id>.txt``."""
    articles = []
    for path in sorted(Path(gold_dir).glob("*.yml")):
        article_path = Path(corpus_dir) / f"{path.stem}.txt"
        if not article_path.is_file():
            raise InputError(path, f"no article {article_path} for this gold file")
        articles.append(read_article(path, article_path.read_text(encoding="utf-8")))
    return articles
