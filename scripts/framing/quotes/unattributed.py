"""Reported statements that no reporting verb with a subject introduces.

* Agentless reports: 'China is accused of [detaining …]', '[a million people are
  thought to be held]', 'it is alleged that […]', 'police told to [shoot …]'. They have no speaker unless
  the article names one ('accused by the US of …').
* Headline attributions: '[China not worried about sanctions]: MOFA' and
  'HRW: [China persists in …]' on a text's first line, when the label names
  an actor (not 'Exclusive:' or 'Analysis:').
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .speakers import Speaker, SpeakerBook

_AUX = r"(?:is|are|was|were|been|being|be)"
_ACCUSED = re.compile(rf"\b{_AUX}\s+(?:\w+ly\s+)?(?:also\s+)?accused\s+(?:by\s+(?P<agent>[^,;]{{2,60}}?)\s+)?of\s+",
                      re.IGNORECASE)
_SAID_TO = re.compile(rf"\b{_AUX}\s+(?:widely\s+|also\s+|now\s+|generally\s+)?(?:said|thought|believed|reported|"
                      r"alleged|claimed|estimated|understood|rumou?red|feared|suspected)\s+to\b", re.IGNORECASE)
# 'police told to shoot …', 'officials were ordered to …': an instruction whose giver is not named
_TOLD_TO = re.compile(r"\b(?:told|ordered|instructed|directed)\s+to\s+(?=\w)", re.IGNORECASE)
_IT_IS = re.compile(rf"\bit\s+{_AUX}\s+(?:widely\s+)?(?:said|thought|believed|reported|alleged|claimed|estimated|"
                    r"understood|feared)\s+that\s+", re.IGNORECASE)
_CLAUSE_START = re.compile(r"(?:^|[,;:—–]\s*|\b(?:where|which|that|who|while|whereas|because|although|as)\s+)",
                           re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:[;:.!?—–]|,\s*(?:where|which|who|while|and|but|according)\b|$)")
# Labels that open a headline without naming who speaks.
HEADLINE_LABELS = {"exclusive", "analysis", "opinion", "comment", "editorial", "explainer", "update", "breaking",
                   "live", "video", "photos", "watch", "interview", "full transcript", "transcript", "letters",
                   "factbox", "timeline", "q&a", "feature", "review", "profile", "in pictures", "insight"}


@dataclass(frozen=True)
class Unattributed:
    start: int          # normalised offsets of the reported content
    end: int
    speaker: Speaker | None
    cue: str
    rule: str


def agentless_reports(text: str, start: int, end: int, book: SpeakerBook) -> list[Unattributed]:
    """The agentless reports in one sentence ``text[start:end]``."""
    sentence = text[start:end]
    found = []
    for match in _ACCUSED.finditer(sentence):
        content_end = _CLAUSE_END.search(sentence, match.end()).start()
        agent = book.resolve(match["agent"]) if match["agent"] else None
        found.append(Unattributed(start + match.end(), start + content_end, agent, "accused of",
                                  "indirect:accused-of" if agent else "indirect:agentless"))
    for match in _SAID_TO.finditer(sentence):
        clause_start = max((m.end() for m in _CLAUSE_START.finditer(sentence, 0, match.start())), default=0)
        content_end = _CLAUSE_END.search(sentence, match.end()).start()
        cue = " ".join(match.group().split()[-2:])
        found.append(Unattributed(start + clause_start, start + content_end, None, cue, "indirect:agentless"))
    for match in _TOLD_TO.finditer(sentence):
        content_end = _CLAUSE_END.search(sentence, match.end()).start()
        found.append(Unattributed(start + match.end(), start + content_end, None, match.group().split()[0],
                                  "indirect:agentless"))
    for match in _IT_IS.finditer(sentence):
        content_end = _CLAUSE_END.search(sentence, match.end()).start()
        found.append(Unattributed(start + match.end(), start + content_end, None, "it is said that",
                                  "indirect:agentless"))
    return [f for f in found if f.end - f.start > 3]


def headline_attribution(text: str, start: int, end: int, book: SpeakerBook) -> Unattributed | None:
    """'Content: Source' or 'Source: content' on a headline line, when the source is an actor."""
    line = text[start:end]
    colon = line.find(":")
    if colon <= 0 or line.count(":") > 1:
        return None
    left, right = line[:colon].strip(), line[colon + 1:].strip()
    for source, content_start, content_end in ((right, start, start + colon),
                                               (left, start + colon + 1, end)):
        if not source or len(source.split()) > 8 or source.lower() in HEADLINE_LABELS:
            continue
        speaker = book.resolve(source)
        if speaker is not None and (speaker.group != "NONE" or speaker.person) and \
                len(text[content_start:content_end].split()) >= 3:
            while text[content_start].isspace():
                content_start += 1
            return Unattributed(content_start, content_end, speaker, ":", "indirect:headline-attribution")
    return None
