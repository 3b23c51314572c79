"""Who speaks in the narrator's voice, for texts whose author is a party.

In a news report the narrator is the outlet and takes no side: its own words
have speaker '' and group NONE. Editorials, letters, commentaries and official
statements are different: the writer or issuing body is the speaker of its own
words (the annotation guideline, section 1.3). Two general signs tell them
apart, read from the text alone:

* the headline names the genre and its author ('…: China Daily editorial',
  'Letter: …', 'Commentary by …', 'The Guardian view on …', 'Chinese Embassy
  Statement on …'), an opening line declares it ('This is an editorial from
  China Daily.'), a release's title names no author and its first sentence's
  subject is the body ('Press Release: …' / 'The World Uyghur Congress applauds
  …'), or the text ends with a signature (a last line that names a person or a
  body and is no sentence: 'Chen Wen, Minister, Chinese embassy, London');
* the narrator speaks in the first person plural ('We will continue to …',
  'our concern') at least three times outside any quotation, never as
  reporters ('every visiting journalist, we land at …'); the author is then
  the body the narrator names most often as a subject ('The United States
  welcomes …').

A text that shows neither (an unsigned leader, a commentary in the third
person) keeps a neutral narrator: that is a known limit, not a guess.
"""
from __future__ import annotations

import re
from collections import Counter

from .speakers import DOCUMENTS, Speaker, SpeakerBook, previous_subject

GENRES = re.compile(r"\b(?:editorial|commentary|op-ed|opinion|letters?|statement|press release|leader)\b",
                    re.IGNORECASE)
# An official text's title that names its author: "X's Statement on …", "Statement by X", "Speech on behalf of X".
_OFFICE = r"(?:Spokesperson|Spokesman|Spokeswoman|Secretary|Minister|President|Ambassador|Commissioner|Representative)"
_TITLED_BY = re.compile(rf"(?:(?P<a>(?:[A-Z][\w.’'/-]*\s+){{0,4}}{_OFFICE}(?:\s+[A-Z][\w.’'-]*){{0,4}})['’]s\s+"
                        r"(?:Statement|Remarks|Speech|Letter|Address)\s+(?:on|at|to|about)\b"
                        r"|(?P<c>(?:[A-Z][\w.’'-]*\s+){1,4})Statement\s+on\b"     # 'Chinese Embassy Statement on …'
                        r"|(?:Statement|Remarks|Speech|Letter|Address)\s+(?:by|of|from|on behalf of)\s+(?:the\s+)?"
                        r"(?P<b>[^,:\n]{3,80}?)(?:\s+(?:at|on|to|in|before)\s|[,:]|$))")
# A line that names the genre and its author: 'This is an editorial from China Daily.', 'This editorial was
# written by The Washington Post.'
_DECLARED = re.compile(r"\bThis (?:is an? )?(?:editorial|commentary|op-ed|opinion piece|column|article)"
                       r"(?: piece)? (?:was )?(?:written |published )?(?:from|by|of)\s+(?P<who>[A-Z][^.\n]{1,60})")
# A newspaper's editorial title: 'The Guardian view on China and the Uighurs: …'.
_VIEW_ON = re.compile(r"(?P<who>The [A-Z][\w’' ]{1,40}?) view on\b")
# An issuing body's release with no author in its title: 'Press Release: …', 'Statement: …'.
_RELEASE = re.compile(r"\s*(?:Press|News|Media) [Rr]elease\b|\s*Statement\s*:", re.IGNORECASE)
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|ourselves)\b")       # "US" is a country


def narrator_author(text: str, paragraphs: list[tuple[int, int]], spoken: list[tuple[int, int]],
                    headline: Speaker | None, book: SpeakerBook) -> Speaker | None:
    """The author who speaks in the narrator's voice, or None for a neutral narrator.

    Offsets are into ``text``; ``spoken``: spans of quotations and turns (not the
    narrator's words); ``headline``: the speaker a headline attribution names.
    """
    first = text[paragraphs[0][0]:paragraphs[0][1]] if paragraphs else ""
    if headline is not None and GENRES.search(first):
        return headline
    opening = "\n".join(text[s:e] for s, e in paragraphs[:4])
    declared = _DECLARED.search(opening) or _VIEW_ON.match(first)
    found = book.resolve(declared["who"].strip()) if declared else None
    if found is not None and found.group != "NONE":
        return found        # 'This is an editorial from China Daily.', 'The Guardian view on …'
    if _RELEASE.match(first) and len(paragraphs) > 1:
        subject = previous_subject(re.split(r"(?<=[.!?])\s", text[paragraphs[1][0]:paragraphs[1][1]])[0],
                                   book.lexicons.speakers.role_nouns)
        found = book.resolve(subject) if subject else None
        if found is not None and not found.person and found.group != "NONE":
            return found    # 'Press Release: …' then 'The World Uyghur Congress (WUC) applauds …'
    titled = _TITLED_BY.match(first)
    found = book.resolve((titled["a"] or titled["b"] or titled["c"]).strip()) if titled else None
    if found is not None and found.group != "NONE":
        return found        # 'Spokesperson Heather Nauert's Statement on Xinjiang', 'Speech on behalf of … Mogherini'
    signed = _signature(text, paragraphs, spoken, book)
    if signed is not None:
        return signed
    narrator = [(s, e) for s, e in paragraphs if not any(a <= s and e <= b for a, b in spoken)]
    own_words = " ".join(_outside(text, s, e, spoken) for s, e in narrator[1:])
    if len(_WE.findall(own_words)) < 3 or _reporters_we(own_words, book):
        return None
    subjects: Counter = Counter()
    for sentence in re.split(r"(?<=[.!?])\s+", own_words):
        subject = previous_subject(sentence, book.lexicons.speakers.role_nouns)
        found = book.resolve(subject) if subject and subject.lower() not in ("we", "it", "they") and \
            subject.split()[-1].lower() not in DOCUMENTS else None      # 'This report deepens …' is not its author
        if found is not None and not found.person and found.group != "NONE":
            subjects[found] += 1
    return subjects.most_common(1)[0][0] if subjects else None


def _reporters_we(words: str, book: SpeakerBook) -> bool:
    """A 'we' of reporters on assignment ('the police scrutiny that awaits every visiting journalist, we
    land at Urumqi'): a sentence in the first person plural that names journalism."""
    media = [p for group, p in book.lexicons.speakers.group_rules if group == "MEDIA"]
    return any(_WE.search(sentence) and any(p.search(sentence) for p in media)
               for sentence in re.split(r"(?<=[.!?])\s+", words))


def _signature(text: str, paragraphs: list[tuple[int, int]], spoken: list[tuple[int, int]],
               book: SpeakerBook) -> Speaker | None:
    """A letter's signature: the last paragraphs of a few words each, no sentence, that name a person or a
    body with a side ('Chen Wen, Minister, Chinese embassy, London', or 'ZHANG MING / Spokesman for the
    Chinese embassy / London' over three lines)."""
    if len(paragraphs) < 3:
        return None
    lines = []                          # the signature may run over its last few lines: name, office, place
    for start, end in reversed(paragraphs[-4:]):
        words = text[start:end].split()
        if len(words) > 12 or text[start:end].rstrip().endswith((".", "!", "?", "”", '"')) or any(
                a <= start < b for a, b in spoken):
            break
        lines.insert(0, " ".join(w.title() if w.isupper() and len(w) > 3 else w for w in words))
    if not lines or len(lines) == len(paragraphs[-4:]):
        return None
    found = book.resolve(lines[0], apposition=", ".join(lines[1:])) if len(lines) > 1 else None
    if found is None or found.group == "NONE":
        found = book.resolve(", ".join(lines))
    return found if found is not None and found.group != "NONE" else None


def _outside(text: str, start: int, end: int, spoken: list[tuple[int, int]]) -> str:
    """The words of text[start:end] that no quotation covers."""
    pieces, cursor = [], start
    for a, b in sorted(spoken):
        if b <= cursor or a >= end:
            continue
        pieces.append(text[cursor:max(cursor, a)])
        cursor = max(cursor, b)
    pieces.append(text[cursor:end])
    return " ".join(pieces)
