"""Reported statements that no reporting verb with a subject introduces.

* Agentless reports: 'China is accused of [detaining …]', '[a million people are
  thought to be held]', 'it is alleged that […]', 'police told to [shoot …]'. They have no speaker unless
  the article names one ('accused by the US of …').
* Owned claims: 'allegations raised by a UN panel that [a million are held]', 'accusations
  from rights groups of [forced labour]', "Pompeo's claim that [China was committing genocide]":
  the named owner of the claim noun speaks its content.
* Passive condemnations: '[the detention of a million Uighurs] has been condemned by rights
  groups': the agent condemns the subject.
* Headline attributions: '[China not worried about sanctions]: MOFA' and
  'HRW: [China persists in …]' on a text's first line, when the label names
  an actor (not 'Exclusive:' or 'Analysis:').
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .speakers import Speaker, SpeakerBook, country_named, previous_subject

_AUX = r"(?:is|are|was|were|been|being|be)"
_ACCUSED = re.compile(rf"\b{_AUX}\s+(?:\w+ly\s+)?(?:also\s+)?accused\s+(?:by\s+(?P<agent>[^,;]{{2,60}}?)\s+)?of\s+",
                      re.IGNORECASE)
_SAID_TO = re.compile(rf"\b{_AUX}\s+(?:widely\s+|also\s+|now\s+|generally\s+)?(?:said|thought|believed|reported|"
                      r"alleged|claimed|estimated|understood|rumou?red|feared|suspected)\s+to\b", re.IGNORECASE)
# A reduced relative: 'children reported to be missing', 'goods believed to have been made in camps'
_REDUCED_SAID_TO = re.compile(r"(?<=[a-z,])\s+(?P<report>(?:widely\s+)?(?:said|thought|believed|reported|alleged|"
                              r"estimated|rumou?red|suspected)\s+to\s+(?:be|have)\b)", re.IGNORECASE)
#                            not 'claimed': 'outlets claimed to have seen …' is their own claim (a cue)
_MAIN_VERB = re.compile(r"\s+(?:is|are|was|were|has|have|had|will|would)\b")   # where the main clause resumes
# 'police told to shoot …', 'officials were ordered to …': an instruction whose giver is not named
_TOLD_TO = re.compile(r"\b(?:told|ordered|instructed|directed)\s+to\s+(?=\w)", re.IGNORECASE)
_IT_IS = re.compile(rf"\bit\s+{_AUX}\s+(?:widely\s+)?(?:said|thought|believed|reported|alleged|claimed|estimated|"
                    r"understood|feared)\s+that\s+", re.IGNORECASE)
_CLAUSE_START = re.compile(r"(?:^|[,;:—–]\s*|\b(?:where|which|that|who|while|whereas|because|although|as)\s+)",
                           re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:[;:.!?—–]|,\s*(?:where|which|who|while|and|but|according)\b|$)")
# The end of a claim's content: a clause ends at strong punctuation or a non-restrictive clause; a noun
# phrase ('of mistreatment and forced labour in camps where …') also at a subordinate conjunction.
_THAT_CONTENT_END = re.compile(r"\s*(?:[;:!?—–]|\.(?:\s|$)|,\s*(?:which|who|while|but|according)\b|$)")
_NOUN_CONTENT_END = re.compile(r"\s*(?:[;:!?—–]|\.(?:\s|$)|,\s*(?:which|who|while|but|according|saying|adding|arguing)\b|"
                               r"\s(?:after|as|amid|while|when|before|because|since|despite|following)\s|$)")
_CLAIM_PREDICATES = r"(?:(?:raised|made|levell?ed|leveled|voiced|put forward|published|issued|repeated|released)\s+)?"
# A preposition after an owner that is part of its name ('the Committee on the Elimination of Racial …').
_NAME_CONTINUES = re.compile(r"(?:the\s+)?[A-Z]")
MAX_OWNER_WORDS = 12
_VERB_WORDS = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might",
               "should", "must", "did", "does", "do", "been", "be"}


# Labels that open a headline without naming who speaks.
HEADLINE_LABELS = {"exclusive", "analysis", "opinion", "comment", "editorial", "explainer", "update", "breaking",
                   "live", "video", "photos", "watch", "interview", "full transcript", "transcript", "letters",
                   "factbox", "timeline", "q&a", "feature", "review", "profile", "in pictures", "insight",
                   "press release", "statement", "news release", "media release", "ap interview"}


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
    for match in _REDUCED_SAID_TO.finditer(sentence):
        if re.search(rf"\b(?:{_AUX[3:-1]}|he|she|it|they|we|i|you)\s*$", sentence[:match.start()], re.IGNORECASE):
            continue                    # 'is said to be' (above); 'he said to have …' is no report
        content_end = min(_CLAUSE_END.search(sentence, match.end()).start(),
                          next((m.start() for m in _MAIN_VERB.finditer(sentence, match.end())), len(sentence)))
        found.append(Unattributed(start + match.start("report"), start + content_end, None,
                                  " ".join(match["report"].split()[:-2]), "indirect:agentless"))
    for match in _TOLD_TO.finditer(sentence):
        content_end = _CLAUSE_END.search(sentence, match.end()).start()
        found.append(Unattributed(start + match.end(), start + content_end, None, match.group().split()[0],
                                  "indirect:agentless"))
    for match in _IT_IS.finditer(sentence):
        content_end = _CLAUSE_END.search(sentence, match.end()).start()
        found.append(Unattributed(start + match.end(), start + content_end, None, "it is said that",
                                  "indirect:agentless"))
    return [f for f in found if f.end - f.start > 3]


def claim_reports(text: str, start: int, end: int, book: SpeakerBook) -> list[Unattributed]:
    """The owned claims in one sentence ``text[start:end]``: a claim noun from the cue lexicon
    ('allegations', 'reports', 'denial') whose owner is named after 'by'/'from' or before "'s",
    followed by 'that CLAUSE' or 'of NOUN PHRASE'."""
    nouns = book.lexicons.cues.claim_nouns
    if not nouns:
        return []
    sentence = text[start:end]
    alternatives = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    found = []
    for match in re.finditer(rf"\b(?P<noun>{alternatives})\s+{_CLAIM_PREDICATES}(?P<prep>by|from)\s+", sentence,
                             re.IGNORECASE):
        owned = _owner_and_content(sentence, match.end(), book)
        if owned is None:
            continue
        owner, link, content_start = owned
        speaker = book.resolve(owner)
        origin = match["prep"].lower() == "from" and match["noun"].lower().startswith("report")  # 'reports from
        #                                                                   Xinjiang of abuse': a place, not a writer
        if _speaks(speaker) and not (origin and country_named(owner, book.lexicons.speakers)):
            found.append(_claim(start, sentence, content_start, speaker, noun_phrase=link == "of"))
    for match in re.finditer(rf"(?:’s|'s)\s+(?:[\w-]+\s+){{0,2}}?(?:{alternatives})\s+(?P<link>that|of)\s+(?=\S)",
                             sentence, re.IGNORECASE):
        if match["link"].lower() == "of" and _NAME_CONTINUES.match(sentence, match.end()):
            continue
        speaker = _possessor(sentence[:match.start()], book)
        if speaker is not None:
            claim = _claim(start, sentence, match.end(), speaker, noun_phrase=match["link"].lower() == "of")
            found.append(_before_main_verb(text, claim) if match["link"].lower() == "that" else claim)
    for match in re.finditer(rf"\b{_UTTERING}\s+(?:[\w-]+\s+){{0,2}}?(?:{alternatives})\s+(?P<link>that|of)\s+(?=\S)",
                             sentence, re.IGNORECASE):     # 'after a UN panel aired accusations that [a million …]'
        if match["link"].lower() == "that" and _MAIN_VERB.match(" " + sentence[match.end():]):
            continue                    # 'made a claim that was false': 'that' opens a relative clause
        clause = _CLAUSE_OPENING.split(sentence[:match.start()])[-1]
        subject = previous_subject(clause, book.lexicons.speakers.role_nouns) if clause.strip() else None
        speaker = book.resolve(subject) if subject else None
        if _speaks(speaker):
            claim = _claim(start, sentence, match.end(), speaker, noun_phrase=match["link"].lower() == "of")
            found.append(_before_main_verb(text, claim) if match["link"].lower() == "that" else claim)
    for match in _OWNED_CALL.finditer(sentence):        # "Sir Ed's call for [Team GB to stay away]"
        speaker = _possessor(sentence[:match.start()], book)
        if speaker is not None:
            found.append(_claim(start, sentence, match.end(), speaker))
    return [f for f in found if f.end - f.start > 3]


# Verbs whose subject utters the claim noun after them: 'a UN panel aired accusations that …'.
_UTTERING = r"(?:aired|made|makes|levell?ed|levels|raised|raises|voiced|voices|repeated|repeats|lodged|renewed|echoed)"
# Where the clause holding such a verb starts: a comma or a subordinating word.
_CLAUSE_OPENING = re.compile(r",\s*|\b(?:after|when|as|while|because|since|before|and|but)\s+", re.IGNORECASE)
# A call someone is named as owning: "Sir Ed's call for …", "the group's demands for …".
_OWNED_CALL = re.compile(r"(?:’s|'s)\s+(?:[\w-]+\s+){0,2}?(?:calls?|demands?|appeals?|pleas?)\s+for\s+(?=\S)",
                         re.IGNORECASE)


def _owner_and_content(sentence: str, owner_start: int, book: SpeakerBook) -> tuple[str, str, int] | None:
    """The owner named after 'by'/'from' and where the claim's content starts: after the first
    'that' that opens a clause, or after an 'of' that does not continue the owner's name ('a committee
    of the lower house'). None when a verb comes first ('the report by X described …')."""
    verbs = _VERB_WORDS | book.cue_verbs()
    words = list(re.finditer(r"[^\s,;:!?“”\"]+", sentence[owner_start:]))
    for index, word in enumerate(words[:MAX_OWNER_WORDS + 1]):
        link = word.group().lower()
        if link in verbs or not link[0].isalnum() or index + 1 >= len(words):
            return None
        if index and link in ("that", "of"):
            following = words[index + 1].group()
            if link == "that" and (following.lower() in verbs or following.endswith("ed")):
                return None             # 'a report by HRW that documented …': a relative clause
            if link == "of" and (following[0].isupper() or following.lower() in ("the", "a", "an")):
                continue                # 'the Committee on the Elimination of Racial …', 'a committee of the …'
            return sentence[owner_start:owner_start + word.start()].strip(), link, owner_start + words[index + 1].start()
        punctuated = re.match(r"[,;:!?]", sentence[owner_start + word.end():owner_start + word.end() + 1])
        if (punctuated or word.group().endswith(".")) and not re.fullmatch(r"(?:[A-Z]\.)+", word.group()):
            return None                 # the owner ends at punctuation without a 'that'/'of' clause
    return None


def _possessor(before: str, book: SpeakerBook) -> Speaker | None:
    """The longest phrase of up to six words right before "'s" that names a speaker."""
    words = before.split()
    for size in range(min(6, len(words)), 0, -1):
        phrase = " ".join(words[-size:])
        if re.search(r"[,;:“”\"(]", phrase) or not phrase[0].isupper() and phrase.split()[0].lower() != "the":
            continue
        speaker = book.resolve(phrase)
        if _speaks(speaker):
            return speaker
    return None


def _speaks(speaker: Speaker | None) -> bool:
    return speaker is not None and (speaker.person or speaker.group != "NONE")


_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|\w{3,}ed)\b")
_MAIN_VERB = re.compile(r"\s(?:is|are|was|were)\s")


def _before_main_verb(text: str, claim: Unattributed) -> Unattributed:
    """"X's claim that A did B is a lie": a possessed claim is often the subject of its sentence, so its
    clause ends before a second finite verb ('is') that follows the clause's own."""
    content = text[claim.start:claim.end]
    own = _FINITE.search(content)
    main = _MAIN_VERB.search(content, own.end()) if own else None
    return replace(claim, end=claim.start + main.start()) if main else claim


def _claim(offset: int, sentence: str, content_start: int, speaker: Speaker, *, noun_phrase: bool = True
           ) -> Unattributed:
    ending = (_NOUN_CONTENT_END if noun_phrase else _THAT_CONTENT_END).search(sentence, content_start)
    return Unattributed(offset + content_start, offset + ending.start(), speaker, "claim", "indirect:claim-owner")


_PASSIVE_CONDEMNED = re.compile(rf"\s+(?:has\s+|have\s+|had\s+)?(?:been|{_AUX})\s+(?:\w+ly\s+)?(?:widely\s+)?"
                                r"(?:condemned|criticised|criticized|denounced|rejected|disputed|dismissed|denied|"
                                r"questioned|challenged|decried|slammed)\s+by\s+(?P<agent>[^,;:.!?]{2,60}?)"
                                r"(?=\s+(?:and|as|for|over|because|since|after|while)\b|[,;:.!?]|$)", re.IGNORECASE)


# 'likened by critics to near martial law conditions', 'described by Beijing as vocational schools'
_PASSIVE_NAMING = re.compile(r"\b(?:described|characteri[sz]ed|labell?ed|branded|likened|compared|portrayed|depicted|"
                             r"dismissed|condemned|denounced|hailed)\s+by\s+(?P<agent>[^,;:.!?]{2,60}?)\s+(?:as|to)\s+(?=\S)",
                             re.IGNORECASE)


def passive_reports(text: str, start: int, end: int, book: SpeakerBook) -> list[Unattributed]:
    """'[The detention of a million Uighurs] has been condemned by human rights groups': the agent
    condemns the sentence's subject; '… described by Beijing as [vocational schools]': the agent's words."""
    sentence = text[start:end]
    found = []
    for match in _PASSIVE_NAMING.finditer(sentence):
        speaker = book.resolve(match["agent"])
        if _speaks(speaker):
            ending = re.compile(r"\s*(?:[,;:!?—–]|\.(?:\s|$)|$)").search(sentence, match.end())
            verb = match.group().split()[0]
            found.append(Unattributed(start + match.end(), start + ending.start(), speaker, verb, "indirect:passive-naming"))
    match = _PASSIVE_CONDEMNED.search(sentence)
    if match is None or re.search(r"[,;:]", sentence[:match.start()]):
        return found                    # the subject runs from the sentence start, unbroken
    speaker = book.resolve(match["agent"])
    if not _speaks(speaker):
        return found
    return found + [Unattributed(start, start + match.start(), speaker, "by", "indirect:passive-agent")]


def headline_attribution(text: str, start: int, end: int, book: SpeakerBook) -> Unattributed | None:
    """'Content: Source' or 'Source: content' on a headline line, when the source is an actor."""
    line = text[start:end]
    colon = line.find(":")
    if colon <= 0 or line.count(":") > 1:
        return None
    left, right = line[:colon].strip(), line[colon + 1:].strip()
    if re.match(r"The [A-Z][\w’' ]{1,40}? view on\b", left):
        return None                     # 'The Guardian view on …: …' titles an editorial, no one is quoted
    for source, content_start, content_end, source_first in ((right, start, start + colon, False),
                                                             (left, start + colon + 1, end, True)):
        if not source or len(source.split()) > 8 or source.lower() in HEADLINE_LABELS or source[0] in "‘“'\"":
            continue                    # "‘Absolutely No Mercy’: Leaked Files …": a quotation is no source
        if source_first and {w.lower() for w in re.findall(r"[\w'’-]+", text[content_start:content_end])} \
                & book.cue_verbs():
            continue                    # "Kazakhstan: China's ambassador rejects …": the content names its own source
        speaker = book.resolve(source)
        if _speaks(speaker) and len(text[content_start:content_end].split()) >= 3:
            while text[content_start].isspace():
                content_start += 1
            return Unattributed(content_start, content_end, speaker, ":", "indirect:headline-attribution")
    return None
