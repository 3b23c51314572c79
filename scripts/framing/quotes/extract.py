"""Direct and reported speech with speakers, in named passes.

1. marks     every span in quotation marks (``marks.py``)
2. cues      reporting verbs outside quotation marks, checked for noun,
             passive and infinitive readings (``cues.yml``)
3. speakers  each cue's speaker: 'X said', 'said X', ', X said', 'according
             to X', 'quoted X as saying', conjoined and participle cues
             ('…, adding that') sharing the clause's speaker (``speakers.py``)
4. direct    each quoted span takes the cue of its sentence, is classed as
             speech, scare, title or name, or continues the last speaker
5. indirect  the clause each remaining cue reports
Every record names the rule that produced it, so errors can be traced.
"""
from __future__ import annotations

import itertools
import re
import weakref
from dataclasses import dataclass, field, replace

from ..corpus import Document
from ..lexicons import Cue, Lexicons, per_lexicon
from ..segment import TOKENIZER
from .marks import MarkedSpan, document_spans, nested_spans
from .speakers import DATELINE, DOCUMENTS, PRONOUNS, Speaker, SpeakerBook, personal_names, previous_subject, title_case
from .turns import find_turns
from .unattributed import Unattributed, agentless_reports, claim_reports, headline_attribution, passive_reports

KINDS = ("speech", "scare", "title", "name", "indirect")
BOUNDARY_WORDS = {"that", "which", "who", "whom", "whose", "while", "as", "after", "before", "because", "when",
                  "whenever", "if", "although", "though", "but", "with", "without", "where", "since", "until",
                  "whereas", "however", "meanwhile", "so", "than", "to", "instead", "despite"}
DETERMINERS_AND_ROLES = {"the", "a", "an", "rights", "group", "groups", "organisation", "organization", "body",
                         "ministry", "government", "officials", "activists", "critics", "researchers"}
CLAIM_NOUNS = {"claim", "claims", "allegation", "allegations", "charge", "charges", "accusation", "accusations",
               "assertion", "view", "position"}
LEADING_CONNECTIVES = {"and", "but", "however", "so", "yet", "meanwhile", "instead", "also", "then", "still"}
SKIP_BEFORE_CUE = {"has", "have", "had", "also", "long", "repeatedly", "earlier", "previously", "again", "further",
                   "then", "later", "already", "recently", "publicly", "reportedly", "would", "will", "could",
                   "may", "might", "did", "does", "do", "firmly", "strongly", "once", "often", "flatly",
                   "consistently", "widely", "immediately", "quickly", "subsequently", "separately", "jointly",
                   "explicitly", "privately", "openly", "angrily", "sharply", "just", "now", "today",
                   "yesterday", "tonight", "not", "never", "ever", "always", "well", "should", "must", "can",
                   "usually", "routinely", "frequently", "regularly", "sometimes", "even", "still", "only"}
# Before a cue in -ing, the progressive's auxiliaries and verbs of aspect ('have been accusing', 'began
# accusing'): the subject before them speaks. Not before other forms, where 'was told' is a passive.
PROGRESSIVE_BEFORE_CUE = {"is", "are", "am", "was", "were", "be", "been", "began", "begun", "begin", "begins",
                          "started", "start", "starts", "kept", "keep", "keeps", "continued", "continue", "continues"}
BARE_TIMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
              "tonight", "earlier", "later"}
TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
              "afternoon", "evening", "night", "week", "month", "year", "weekend", "january", "february",
              "march", "april", "may", "june", "july", "august", "september", "october", "november",
              "december", "statement", "briefing", "interview", "conference"}
LY_NOUNS = {"family", "ally", "rally", "assembly", "supply", "anomaly", "monopoly", "reply", "bully", "italy",
            "homily", "melee", "jelly", "belly", "folly"}
AUXILIARIES = {"is", "are", "was", "were", "has", "have", "had", "been", "be", "being", "will", "would", "can",
               "could", "should", "may", "might", "must", "did", "does", "do"}
# A quotation this long may itself report someone's words.
NESTED_REPORT_WORDS = 12
# Needs met only by the word right after the cue ('called on', 'called it').
NEXT_WORD_NEEDS = {"on", "for", "it", "them", "this", "these", "no"}   # "no": 'found no evidence of …'
# Cues whose object can be a noun phrase ('denied the allegations'): the phrase ends at a subordinate clause
NOUN_PHRASE_CUES = {"deny", "reject", "dismiss", "refute", "rebut", "condemn", "denounce", "decry", "criticise",
                    "slam", "blast"}
NOUN_PHRASE_STARTS = {"the", "a", "an", "these", "those", "such", "any", "all", "its", "their", "his", "her",
                      "claims", "allegations", "accusations", "reports", "charges"}
# A finite verb within the next four words: 'as [HRW released its report]' opens a clause, 'as [lies]' does not.
_FINITE_SOON = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?(?:is|are|was|were|has|have|had|did|does|do|will|would|can|could|"
                          r"said|says|released|published)\b", re.IGNORECASE)
_SUBORDINATE = re.compile(r"\s(?:after|as|amid|while|when|before|because|since|despite|following|even though)\s")
CLAUSE_SUBJECTS = {"it", "they", "he", "she", "we", "i", "there"}     # a clause without 'that': 'showed it was'
FINITE_AUX = {"will", "would", "could", "can", "may", "might", "should", "must", "had", "has", "have", "is", "are",
              "was", "were", "did", "does", "do"}
PASSIVE_AUX = {"was", "were", "been", "being", "be", "is", "are", "am", "get", "got"}
NOUN_MARKERS = {"the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your",
                "such", "any", "no", "some", "many", "several", "repeated", "whose", "amid", "of", "despite",
                "following", "about", "over"}
VERB_FOLLOWERS = {"that", ":", "on", "for", "\u201c", "\u2018", '"', "'"}
# Words that end a source's name after 'according to' ('an AP investigation [based on] …').
# ('a report published by HRW', 'research obtained by AP … by Adrian Zenz' go on: the name follows).
SOURCE_ENDS = {"based", "drawing", "citing", "which", "that", "who", "whose"}
# Verbs by which a medium passes on someone's words: 'Xinhua reported him saying …'.
CONDUIT_VERBS = {"reported", "reports", "quoted", "quotes", "cited", "cites", "heard", "recorded", "filmed"}
PARTICIPLE_LEAD = {",", "while", "when", "by", "in", "before", "after", "and", "—", "–"}   # "in calling it …": the subject calls
WH_WORDS = {"what", "which", "who", "whom", "whose", "where", "when", "how", "why"}
OBJECT_PREPOSITIONS = {"in", "of", "on", "at", "from", "by", "with", "for", "into", "about", "against"}
TITLE_TO_ROLES = {"ambassador", "envoy", "adviser", "advisor", "delegate", "representative", "secretary", "minister",
                  "counsellor", "assistant", "deputy", "successor", "heir", "consul"}
# Words a sentence may open with that are no part of its subject.
OPENERS_BEFORE_SUBJECT = {"in", "on", "at", "after", "before", "when", "while", "as", "but", "and", "since", "during"}
SUBJECT_PRONOUNS = {"it", "he", "she", "they", "we", "i"}
# '-ing' words that name an office or a standing, inside a speaker phrase: 'the ruling party'.
ING_ADJECTIVES = {"leading", "ruling", "visiting", "outgoing", "incoming", "governing", "founding", "acting",
                  "presiding", "ranking", "managing", "reigning", "sitting", "serving", "striking", "opposing"}
# A word a full stop abbreviates inside a name: an initial, a company's suffix, 'Jr'. (Not a title: 'Rep.'
# opens the name, and the phrase before it is someone else's: 'Marco Rubio and Rep. Chris Smith'.)
_ABBREVIATED = re.compile(r"[A-Z]|Corp|Inc|Co|Ltd|Jr|Sr|Bros")
# Small words inside an organisation's name, between capitalised words ('Committee on the Elimination of …').
NAME_LINKS = {"of", "on", "for", "and"}
# Lower-case words that may stand before 'the' inside one speaker phrase ('head of the ministry').
NOUN_PHRASE_LINKS = {"of", "for", "at", "in", "from", "with", "on", "to", "and", "or", "all", "both", "by"}
# Words opening a clause that tells when or why, not what was said.
SUBORDINATORS = {"after", "before", "when", "as", "since", "because", "following", "amid", "despite", "although",
                 "though", "ahead", "until", "once", "if", "in", "on", "at", "during"}
PREPOSITIONS = {"in", "on", "at", "to", "during", "after", "before", "with", "by", "for", "from", "about", "that",
                "last", "earlier", "later", "reporters", "journalists"}
TIME_LEAD = {"on", "last", "this", "earlier", "later", "in", "at", "a", "regular", "press", "news", "early", "late",
             "during", "the"}
NOT_SUBJECTS = LEADING_CONNECTIVES | TIME_WORDS | {"there", "it", "this", "these", "that", "those", "in", "on", "at",
                                                   "for", "after", "before", "as", "when", "while", "since", "with"}
DISTANCING = re.compile(r"(?:\bso[- ]called|\bwhat (?:\w+ ){1,4}(?:call(?:s|ed)?|term(?:s|ed)?|describ(?:es|ed)|"
                        r"dub(?:s|bed)?|label(?:s|led)?)(?: (?:as|it|them))?(?: (?:a|an|the))?|"
                        r"\b(?:dubbed|termed|known as|referred to as|euphemistically(?: \w+)?|"
                        r"there (?:is|are|was|were) no(?: such)?)|\bno)\s*$", re.IGNORECASE)
TITLE_NOUNS = re.compile(r"\b(?:report|book|memoir|biography|documentary|film|article|study|paper|white paper|song|album|essay|"
                         r"editorial|column|titled|entitled|headlined|series|podcast|play|novel|poem|event|"
                         r"conference|panel|forum|exhibition|seminar|symposium|webinar|hearing)\b",
                         re.IGNORECASE)
NAME_NOUNS = re.compile(r"\b(?:project|initiative|campaign|programme|program|plan|operation|strategy|policy|"
                        r"movement|law|act|group|nicknamed|known as|named|dubbed|slogan|motto|doctrine)\b",
                        re.IGNORECASE)
# Words that, between a quotation and a later reporting verb, show the verb has a clause of its own.
# Nouns that 'state' modifies as a noun ('state media', 'state security'), besides the role nouns.
STATE_COMPOUNDS = {"media", "television", "tv", "news", "press", "security", "enterprise", "enterprises", "companies",
                   "firms", "visit", "funeral", "secrets", "prosecutors", "police", "subsidies", "control"}
ATTRIBUTION_BREAKERS = {"that", "which", "who", "because", "while", "when", "after", "before", "but"}
# A stretch that opens with one of these is an adverbial around the report, not its content.
ADVERBIAL_OPENERS = {"in", "on", "at", "during", "after", "before", "with", "when", "while", "as", "since", "from",
                     "speaking", "asked", "answering", "responding", "addressing", "writing", "meanwhile"}
# Objects of 'say' that are not a reported clause.
NOT_CLAUSES = {"something", "nothing", "anything", "things", "negative", "positive", "little", "much", "more",
               "so", "yes", "no", "goodbye", "hello", "sorry", "thanks", "it", "this"}    # 'said it again'; not 'said
#                                                                                      it was', 'said this shows'
SMALL_WORDS = {"of", "and", "the", "to", "in", "on", "for", "a", "an", "at", "by", "with", "from", "or", "beyond"}
MIN_INDIRECT_WORDS = 2
# Past participles that report only in a perfect tense ('has written that'), not after a noun ('a memoir written').
PERFECT_ONLY = {"written", "shown"}
# What 'deny' refuses rather than contradicts: 'denied asylum', 'denied her a visa'.
REFUSED = {"asylum", "entry", "visa", "visas", "access", "bail", "permission", "admission", "passage", "refuge",
           "residency", "citizenship", "treatment"}
MAX_ZERO_THAT_SUBJECT = 10      # words of a subject between a that-verb and its clause's auxiliary
PHRASE_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her"}
MAX_NESTED_TERM_WORDS = 6       # a longer quotation inside a quotation is someone's words, not a term
@dataclass(frozen=True)
class Quote:
    """One quotation or reported clause; ``start``/``end`` are decoded-file offsets."""

    doc_id: str
    start: int
    end: int
    kind: str
    speaker: str
    group: str
    cue: str
    text: str
    rule: str
    paragraph_id: str


@dataclass
class _Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass
class _CueHit:
    cue: Cue
    first: int          # token index of the cue's first word
    last: int           # token index of its last word
    sentence: tuple[int, int]
    speaker_span: tuple[int, int] | None = None     # character span of the speaker description
    speaker: Speaker | None = None
    inverted: bool = False
    shares_subject: bool = False
    participle: bool = False
    satisfied: str = ""             # which of the cue's needs made it a cue
    contents: list = field(default_factory=list)
    apposition_end: int | None = None
    quoted: bool = False            # inside a (long) quotation
    turn_speaker: Speaker | None = None     # who speaks the transcript turn it stands in
    preposed: bool = False          # 'The head of the group, Alim Osman, said': the sentence opens with a title


# Results remembered per live Document object (Documents hold a Counter, so they cannot
# be dict keys; a weak reference drops the entry when the document goes).
_EXTRACTED: dict[int, tuple[weakref.ref, int, tuple[Quote, ...]]] = {}


def extract_quotes(doc: Document, lexicons: Lexicons) -> list[Quote]:
    """Every direct quote and reported clause in a prepared document, in text order.

    Remembered per document and lexicon set, since every chapter asks again.
    """
    known = _EXTRACTED.get(id(doc))
    if known is not None and known[0]() is doc and known[1] == id(lexicons):
        return list(known[2])
    quotes = _extract_quotes(doc, lexicons)
    key = id(doc)
    _EXTRACTED[key] = (weakref.ref(doc, lambda _, key=key: _EXTRACTED.pop(key, None)), id(lexicons), tuple(quotes))
    return quotes


def _extract_quotes(doc: Document, lexicons: Lexicons) -> list[Quote]:
    text = doc.text
    spans = document_spans(text, [(p.start, p.end) for p in doc.paragraphs])
    book = SpeakerBook(lexicons, _without_removed_lines(doc))
    term_pattern = lexicons.terms.any_term()
    quotes: list[Quote] = []
    turns = find_turns(text, _blocks(text, doc.paragraphs), book)
    for turn in turns:
        start, end = doc.source.raw_span(turn.start, turn.end)
        paragraph = next(p for p in doc.paragraphs if p.start <= turn.start < p.end)
        quotes.append(Quote(doc.doc_id, start, end, "speech", turn.speaker.name, turn.speaker.group, "",
                            doc.source.raw[start:end],
                            "speech:transcript-turn" if turn.labelled else "speech:transcript-turn-continued",
                            paragraph.id))
    introducer = None
    for paragraph in doc.paragraphs:
        p_spans = [s for s in spans if paragraph.start <= s.start < paragraph.end or
                   (s.open_mark >= paragraph.start and s.open_mark < paragraph.end)]
        tokens = [_Token(paragraph.start + a, paragraph.start + b, text[paragraph.start + a:paragraph.start + b])
                  for a, b in TOKENIZER.span_tokenize(text[paragraph.start:paragraph.end])]
        sentences = [(s.start, s.end) for s in paragraph.sentences]
        dateline = DATELINE.match(text, paragraph.start, paragraph.end)
        if dateline and sentences:
            sentences[0] = (dateline.end(), sentences[0][1])
            tokens = [t for t in tokens if t.start >= dateline.end()]
        hits = _find_cues(tokens, sentences, p_spans, lexicons, text)
        for hit in hits:
            hit.turn_speaker = next((t.speaker for t in turns if t.start <= tokens[hit.first].start < t.end), None)
        events = sorted([(h.first if h.speaker_span is None else min(tokens[h.first].start, h.speaker_span[0]), 0, h)
                         for h in hits] + [(s.start, 1, s) for s in p_spans], key=lambda e: (e[0], e[1]))
        for _, _, item in events:
            if isinstance(item, _CueHit):
                _resolve_cue(item, hits, tokens, text, paragraph.start, book)
        attached = {id(s): _governing_cue(s, hits, tokens, text) for s in p_spans}   # after: needs participles
        for span in p_spans:
            quote = _direct_quote(doc, span, attached[id(span)], hits, tokens, term_pattern, book, paragraph.id, quotes)
            if introducer is not None and quote.rule in FALLBACK_RULES and span.open_mark <= paragraph.start + 1:
                quote = replace(quote, speaker=introducer.name, group=introducer.group, rule="speech:introduced-by-colon")
            quotes.append(quote)
            quotes.extend(_terms_quoted_inside(doc, span, quote))
        introducer = next((h.speaker for h in reversed(hits) if h.speaker is not None), None) \
            if text[paragraph.start:paragraph.end].rstrip().endswith(":") else None   # 'He told the BBC:'
        for hit in hits:
            quotes.extend(_indirect_quotes(doc, hit, hits, p_spans, tokens, paragraph.id, lexicons.stopwords))
        found = [u for s_start, s_end in sentences
                 for u in agentless_reports(text, s_start, s_end, book) + claim_reports(text, s_start, s_end, book)
                 + passive_reports(text, s_start, s_end, book)]
        if paragraph is doc.paragraphs[0]:
            found += [u for u in [headline_attribution(text, paragraph.start, paragraph.end, book)] if u]
        quotes.extend(q for q in (_unattributed(doc, u, paragraph.id, p_spans, lexicons.stopwords, quotes)
                                  for u in found) if q is not None)
        book.note_names(text[paragraph.start:paragraph.end])
    quotes = _quotes_inside_reported_clauses(_carry_back_continuations(_delayed_name(quotes, doc, book), spans, doc))
    quotes = _authors_scare_quotes(_scare_quotes_in_turns(_attribute_repeated_words(quotes)), doc, lexicons)
    return sorted(quotes, key=lambda q: (q.start, q.end, q.kind))


def _authors_scare_quotes(quotes: list[Quote], doc: Document, lexicons: Lexicons) -> list[Quote]:
    """In an editorial, letter or statement the writer's own scare quotes are the writer's (GUIDELINES:
    the author speaks its own words): 'the self-styled "guardian of human rights"' in a China Daily editorial."""
    from . import narrator              # the package's narrator reads these quotes; imported late, not circular
    if not any(q.kind == "scare" and not q.speaker for q in quotes):
        return quotes
    author = narrator(doc, lexicons, quotes)
    if author is None:
        return quotes
    return [replace(q, speaker=author.name, group=author.group, rule="scare:author")
            if q.kind == "scare" and not q.speaker else q for q in quotes]


def _terms_quoted_inside(doc: Document, span: MarkedSpan, quote: Quote) -> list[Quote]:
    """Short single-quoted words inside someone's quotation: their scare quotes ('"The so-called
    'genocide' is a lie," Wang said': 'genocide' is Wang's word held at a distance)."""
    if quote.kind != "speech" or not quote.speaker:
        return []
    found = []
    for inner in nested_spans(doc.text, span):
        if 1 <= len(doc.text[inner.start:inner.end].split()) <= MAX_NESTED_TERM_WORDS:
            start, end = doc.source.raw_span(inner.start, inner.end)
            found.append(replace(quote, start=start, end=end, kind="scare", text=doc.source.raw[start:end],
                                 rule="scare:inside-quotation"))
    return found


def _scare_quotes_in_turns(quotes: list[Quote]) -> list[Quote]:
    """A scare-quoted term inside someone's transcript turn is theirs: the marks are their wording."""
    turns = [q for q in quotes if q.rule.startswith("speech:transcript")]
    result = []
    for quote in quotes:
        turn = next((t for t in turns if t.start <= quote.start and quote.end <= t.end), None) \
            if quote.kind == "scare" else None
        result.append(quote if turn is None else replace(quote, speaker=turn.speaker, group=turn.group, cue="",
                                                         rule="scare:inside-turn"))
    return result


# Attributions weak enough to give way to the same words quoted with a reporting verb elsewhere; a
# contested term ('vocational training') is a name, not words someone said once, and keeps its own.
UNSURE_RULES = ("scare:no-speaker", "speech:sentence-subject")


# Speakers a quotation takes from what came before it, having no cue of its own.
FALLBACK_RULES = ("speech:continues-last-speaker", "speech:continued-paragraph", "speech:continued-in-next-paragraph")
# Attributions found without a reporting verb of the quotation's own.
GUESSED_RULES = UNSURE_RULES + ("scare:sentence-subject", "speech:continues-last-speaker")


def _quotes_inside_reported_clauses(quotes: list[Quote]) -> list[Quote]:
    """A quotation with no reporting verb of its own, or a scare-quoted term with no speaker, inside
    someone's reported clause is that speaker's wording ('… are “campuses, not camps” and will close
    as a “training programme” ends, a top diplomat said'; GUIDELINES: nesting)."""
    reported = [q for q in quotes if q.kind == "indirect" and q.speaker]
    claims = [q for q in reported if q.rule == "indirect:claim-owner"]
    result = []
    for quote in quotes:
        clause = next((r for r in reported if r.start <= quote.start and quote.end <= r.end), None) \
            if quote.kind in ("speech", "scare") and (quote.rule in GUESSED_RULES or not quote.speaker) else None
        if clause is None and quote.rule == "speech:cue-before":    # "who reject China's assertion that … “…”":
            clause = next((c for c in claims if c.start <= quote.start and quote.end <= c.end), None)  # China's
        result.append(quote if clause is None else replace(
            quote, speaker=clause.speaker, group=clause.group, cue=clause.cue,
            rule=f"{quote.kind}:inside-reported-clause"))
    return result


def _attribute_repeated_words(quotes: list[Quote]) -> list[Quote]:
    """A quotation with no reporting verb (a headline's, a lead's) whose words the article quotes
    again with an attribution takes that attribution: news quotes the same words twice."""
    attributed = [q for q in quotes if q.speaker and (q.rule.startswith(("speech:cue", "speech:inside-reported-clause"))
                                                      or q.rule in FALLBACK_RULES)]
    result = []
    for quote in quotes:
        words = " ".join(quote.text.lower().strip(" ,.").split())
        repeated = quote.rule in UNSURE_RULES or quote.rule == "speech:continues-last-speaker" and len(words.split()) >= 4
        #            a pull quote or subheading ('‘China … should never become normalised’') repeats later words
        ending = " ".join(words.split()[-5:]) if len(words.split()) >= 6 and quote.rule in FALLBACK_RULES else words
        source = next((q for q in attributed if q is not quote and len(q.text) >= len(quote.text) and len(words.split()) >= 2
                       and ending in " ".join(q.text.lower().split())), None) if repeated else None
        #                a subheading's paraphrase takes the speaker of the fuller quotation it repeats
        result.append(quote if source is None else replace(
            quote, kind="speech", speaker=source.speaker, group=source.group, cue=source.cue,
            rule="speech:same-words-attributed"))
    return result


def _unattributed(doc, found: Unattributed, paragraph_id, spans, stopwords, quotes) -> Quote | None:
    """A record for an agentless report or a headline attribution, unless another record covers it."""
    start, end = _trim(doc.text, found.start, found.end)
    if end <= start or not _reports_a_clause(doc.text, start, end, spans, stopwords):
        return None
    raw_start, raw_end = doc.source.raw_span(start, end)
    if any(q is not None and q.kind == "indirect" and abs(q.start - raw_start) <= 2 and abs(q.end - raw_end) <= 2
           for q in quotes):
        return None                     # the same clause, already reported with a speaker
    speaker = found.speaker
    return Quote(doc.doc_id, raw_start, raw_end, "indirect", speaker.name if speaker else "",
                 speaker.group if speaker else "NONE", found.cue, doc.source.raw[raw_start:raw_end], found.rule,
                 paragraph_id)


def _blocks(text: str, paragraphs) -> list[tuple[int, int]]:
    """Paragraphs joined where only a line break separates them, in a text that also has blank
    lines: the blocks a transcript turn runs over ('Q: …' and 'A: …' on consecutive lines)."""
    spans = [(p.start, p.end) for p in paragraphs]
    if not re.search(r"\n[ \t]*\n", text):
        return spans
    merged = spans[:1]
    for start, end in spans[1:]:
        if text[merged[-1][1]:start].count("\n") == 1:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


# 'Elijan Anayat, spokesperson for the regional government, made the remarks at a press conference': the
# sentence that names the person a lede quoted unnamed, as wire and state-agency copy does.
_MADE_THE_REMARKS = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<who>[A-Z][^.!?\n]{2,200}?)\s+(?:made|delivered)\s+"
                               r"(?:the|these|those)\s+(?:remarks|comments)\b")


def _delayed_name(quotes: list[Quote], doc: Document, book: SpeakerBook) -> list[Quote]:
    """Words a lede gives to 'a Xinjiang official' belong to the person a later sentence says made the
    remarks (GUIDELINES: a description resolves to the fullest name the article gives that speaker)."""
    found = _MADE_THE_REMARKS.search(doc.text)
    if found is None:
        return quotes
    name, _, apposition = found["who"].partition(",")
    speaker = book.resolve(name.strip(), apposition=apposition.strip(" ,"))
    if speaker is None or not speaker.person or not personal_names(speaker.name):
        return quotes
    until = doc.source.raw_span(found.start(), found.start())[0]
    before = doc.source.raw[:until]
    headline_end = before.find("\n")

    def unnamed(quote: Quote) -> bool:          # 'a Xinjiang official said', or the headline's 'official'
        return quote.start < until and bool(quote.speaker) and not personal_names(quote.speaker) \
            and (re.search(rf"\ban?\s+{re.escape(quote.speaker)}\b", before, re.IGNORECASE) is not None
                 or quote.end <= headline_end)
    return [replace(q, speaker=speaker.name, group=speaker.group, rule=f"{q.kind}:delayed-name") if unnamed(q) else q
            for q in quotes]


def _carry_back_continuations(quotes: list[Quote], spans: list[MarkedSpan], doc: Document) -> list[Quote]:
    """A quote left open at a paragraph's end takes the speaker found for the
    paragraph that carries it on ('“… damning.¶“Nobody can …,” said Tom Brown')."""
    by_start = {doc.source.raw_span(s.start, s.end)[0]: s for s in spans}
    result = list(quotes)
    for index in range(len(result) - 1, -1, -1):
        span = by_start.get(result[index].start)
        if span is None or not span.continues or result[index].kind != "speech":
            continue
        later = [q for q in result if q.start > result[index].start and q.kind == "speech"]
        if later and later[0].speaker and (not result[index].speaker or result[index].rule.startswith(
                "speech:continues")):
            result[index] = replace(result[index], speaker=later[0].speaker, group=later[0].group,
                                    cue=later[0].cue, rule="speech:continued-in-next-paragraph")
    return result


# -- pass 2: cues ------------------------------------------------------------

def _find_cues(tokens, sentences, spans, lexicons, text) -> list[_CueHit]:
    # cues inside a short quotation are words of it; a long one may report someone else ('Many
    # trainees have said that …' inside an official's words): those are read, with named subjects only
    inside = [(s.open_mark, s.close_mark if s.close_mark is not None else s.end) for s in spans
              if len(text[s.start:s.end].split()) < NESTED_REPORT_WORDS]
    by_first = _cues_by_first_word(lexicons.cues.cues)
    after_phrases = lexicons.cues.speaker_after
    names = _names(lexicons.entities)
    firsts = {phrase[0] for phrase in after_phrases}
    hits = []
    for i, token in enumerate(tokens):
        lower = token.lower
        if (lower not in by_first and lower not in firsts) or any(a <= token.start < b for a, b in inside):
            continue                                    # most words start no cue: no further look
        sentence = next((s for s in sentences if s[0] <= token.start < s[1]), (tokens[0].start, tokens[-1].end))
        for phrase in after_phrases:
            if [t.lower for t in tokens[i:i + len(phrase)]] == list(phrase):
                hits.append(_CueHit(Cue("according to", phrase, (), False), i, i + len(phrase) - 1,
                                    sentence))  # every phrase whose speaker follows works as 'according to' does
        for cue in by_first.get(token.lower, ()):
            if [t.lower for t in tokens[i:i + len(cue.words)]] != list(cue.words):
                continue
            hit = _CueHit(cue, i, i + len(cue.words) - 1, sentence,
                          quoted=any(s.open_mark <= token.start < (s.close_mark or s.end) for s in spans))
            if _plausible(hit, tokens, spans, text, lexicons.cues.noun_forms, names, lexicons.speakers.role_nouns) \
                    and not _inside_earlier_report(hit, hits, tokens):
                hits.append(hit)
            break
    return _drop_noun_readings(hits, tokens, lexicons)


def _inside_earlier_report(hit: _CueHit, hits: list[_CueHit], tokens) -> bool:
    """A bare attribution reading ('…, ITV reported.') of a verb that ends the clause another cue
    reports since the last comma ('…, said the detentions continued.'): the clause's own verb."""
    if hit.satisfied != "attribution":
        return False
    last_break = max((j for j in range(hit.first) if tokens[j].start >= hit.sentence[0]
                      and (tokens[j].text == "," or _is_close_mark(tokens[j].text))), default=-1)
    return any(last_break < other.first and other.last < hit.first for other in hits)


@per_lexicon
def _cues_by_first_word(cues: tuple[Cue, ...]) -> dict[str, tuple[Cue, ...]]:
    """Cue forms indexed by their first word, longest form first ('pointed out' before 'pointed')."""
    index: dict[str, list[Cue]] = {}
    for cue in cues:
        index.setdefault(cue.words[0], []).append(cue)
    return {word: tuple(sorted(found, key=lambda c: -len(c.words))) for word, found in index.items()}


@per_lexicon
def _names(entities) -> re.Pattern:
    """Any lexicon name, for telling 'Beijing calls' (a subject) from 'Repeating calls'."""
    return re.compile("|".join(f"(?:{p})" for e in entities for p in e.patterns))


def _subject_like(token: _Token, names: re.Pattern, roles: frozenset[str] = frozenset()) -> bool:
    """A word that can end a subject right before a verb: a name, a pronoun or a role ('China calls',
    'diplomats call'), not a capitalised gerund ('Repeating calls')."""
    if token.lower in PRONOUNS or token.lower in roles or names.fullmatch(token.text):
        return True
    return token.text[:1].isupper() and not token.lower.endswith("ing")


# Where an apposition after an inverted speaker ends: '…, said X, consul-general in Chengdu, after visiting …'
_APPOSITION_END = re.compile(r",?\s+(?:after|before|when|while|during|as|adding|saying|noting|following|in an? "
                             r"(?:interview|statement|speech))\b")


# What can reveal or show something by itself: 'the cache reveals China's use of camps'.
EVIDENCE_NOUNS = DOCUMENTS | {"cache", "list", "data", "records", "cables", "papers", "evidence", "figures",
                              "footage", "images", "leak", "leaks", "directive", "directives", "files"}


def _document_subject(tokens, hit: _CueHit) -> bool:
    """The cue's subject is a document or data (the noun right before it, past adverbs): 'The cache
    reveals [China's use of camps]', 'Leaked Files Expose [how …]'."""
    j = hit.first - 1
    while j >= 0 and tokens[j].start >= hit.sentence[0] and tokens[j].lower in SKIP_BEFORE_CUE:
        j -= 1
    return j >= 0 and tokens[j].start >= hit.sentence[0] and tokens[j].lower in EVIDENCE_NOUNS


def _zero_that_clause(later: list[str]) -> bool:
    """A clause without 'that' after a that-verb: a subject of a few words, then its auxiliary
    ('believe at least one million Uighurs are held'); not an object ('believe the report')."""
    for index, word in enumerate(later[:MAX_ZERO_THAT_SUBJECT + 1]):
        if word in FINITE_AUX:
            return index >= 1 and later[0] not in FINITE_AUX | {"to"}
        if word == "than" and index and later[index - 1] in ("more", "fewer", "less"):
            continue                    # 'estimate more than one million Muslims have been detained'
        if not word[:1].isalnum() or word in BOUNDARY_WORDS or word.endswith("ing") and "-" not in word:
            return False                # 'the US keeps citing … are': a relative clause, not a subject
    return False


def _finite_verb_follows(tokens, hit: _CueHit) -> bool:
    """An auxiliary within a short prepositional phrase after the cue word ('reports about China were'):
    the cue word heads the subject, it is no verb."""
    for token in tokens[hit.last + 1:hit.last + 8]:
        if token.start >= hit.sentence[1] or token.lower in ("that", ",", ";", ":") or _is_open_mark(token.text) \
                or token.text in ('"', "'"):
            return False
        if token.lower in FINITE_AUX:
            return True
    return False


def _drop_noun_readings(hits: list[_CueHit], tokens, lexicons) -> list[_CueHit]:
    """Of two adjacent cue words one is a noun: 'a report said' (drop 'report'),
    'characterised reports of' (drop 'reports')."""
    noun_forms = lexicons.cues.noun_forms
    dropped = set()
    for first, second in zip(hits, hits[1:]):
        if second.first == first.last + 1:
            dropped.add(id(first) if tokens[first.first].lower in noun_forms else id(second))
    return [h for h in hits if id(h) not in dropped]


def _plausible(hit: _CueHit, tokens, spans, text, noun_forms: frozenset[str], names: re.Pattern,
               roles: frozenset[str]) -> bool:
    """Reject noun ('the claims'), passive ('was accused'), infinitive ('to comment')
    and reduced-passive ('people accused of') readings, and cues missing what they need."""
    previous = tokens[hit.first - 1].lower if hit.first > 0 else ""
    following = tokens[hit.last + 1].lower if hit.last + 1 < len(tokens) else ""
    after_next = tokens[hit.last + 2].lower if hit.last + 2 < len(tokens) else ""
    sentence_initial = tokens[hit.first].start == hit.sentence[0]
    if tokens[hit.first].lower in PERFECT_ONLY and previous not in ("has", "have", "had", "having"):
        return False                                    # 'a memoir written with …' describes, 'has written that' reports
    if tokens[hit.first].text[:1].isupper() and not sentence_initial and not _in_title_case_headline(
            text, tokens[hit.first].start):
        return False                                    # 'the United States'; not 'Kazakhs … Say Relatives …'
    progressive = previous in PASSIVE_AUX - {"being", "be", "get", "got"} and tokens[hit.first].lower.endswith("ing")
    if (previous in NOUN_MARKERS or previous in PASSIVE_AUX or previous == "to" or previous.endswith(("'s", "’s"))) \
            and not progressive:        # 'has been saying it …' reports; 'was accused' does not
        if not (previous == "of" and tokens[hit.first].lower.endswith("ing")):    # 'a history of accusing'
            return False                                # 'the claims', 'was accused', "China's alleged"
    if previous in ("when", "if", "after", "once", "unless", "until") and tokens[hit.first].lower.endswith("ed"):
        return False                                    # 'when asked if …': reduced passive, no speaker
    if hit.cue.lemma == "ask" and (following == "not" or following == "for" and after_next == "anonymity"):
        return False                                    # 'who asked not to be named'
    if (following == "by" or following == "for" and "for" not in hit.cue.needs) and hit.last == hit.first and \
            (tokens[hit.first].lower.endswith("ed") or tokens[hit.first].lower in ("read", "written", "told", "shown")):
        return False                                    # 'camps, as claimed by the few': a passive, its agent after
    if after_next == "by" and re.fullmatch(r"[a-z]+(?:ed|en|wn)", following) and following not in ("then", "when"):
        return False                                    # 'court documents seen by AFP': a noun a participle modifies
    if hit.cue.lemma == "add" and (following == "up" or following == "to" and after_next in (
            "the", "a", "an", "its", "their", "his", "her", "this", "these", "growing", "mounting")):
        return False                                    # 'adding up to $420 million', 'added to the pressure'
    if tokens[hit.first].lower == "state" and (following in roles or following in STATE_COMPOUNDS):
        return False                                    # 'Chinese state broadcaster CGTN said', 'state media'
    if hit.cue.lemma == "accuse" and following == "of":
        return False                                    # 'people accused of minor crimes'
    if hit.cue.lemma == "deny" and REFUSED & {t.lower for t in tokens[hit.last + 1:hit.last + 4]} \
            and following not in ("that", "the", "claims", "allegations", "reports"):
        return False                                    # 'denies asylum to a whistle-blower': refusing, not denying
    if following == "to" and after_next in ("have", "be", "been") and not tokens[hit.first].lower.endswith(
            ("s", "m", "e")):
        return False                                    # 'documents said to have been obtained'
    infinitive = following == "to" and after_next in ("have", "be", "been")    # 'claims to have seen'
    if hit.cue.needs and hit.cue.lemma in NAMING_LEMMAS and _naming_relative(tokens, hit) is not None:
        hit.satisfied = "relative"      # 'what Beijing calls an anti-terrorism campaign', 'camps that the state
        return True                     # calls training centers': a verb, though 'calls' can be a noun
    passive_agent = hit.first >= 3 and tokens[hit.first - 2].lower == "by" and (
        tokens[hit.first - 3].lower.endswith("ed") or tokens[hit.first - 3].lower in ("seen", "given", "shown", "written"))
    if " ".join(hit.cue.words) in noun_forms and hit.first >= 2 and tokens[hit.first - 1].text[:1].isupper() \
            and tokens[hit.first - 2].lower in OBJECT_PREPOSITIONS and not passive_agent:
        return False                                    # 'common in Western reports': a noun after a preposition;
        #                                                 not 'documents obtained by AFP show that …''
    if " ".join(hit.cue.words) in noun_forms and not any(
            t.text[:1].isalnum() for t in tokens[hit.last + 1:] if t.start < hit.sentence[1]) and not any(
            t.text == "," or _is_close_mark(t.text) for t in tokens[max(0, hit.first - 6):hit.first] if t.start >= hit.sentence[0]):
        return False                                    # '… Tours to Rebut Forced Labor Claims': a last word, a noun
    before = tokens[hit.first - 1] if hit.first > 0 else None
    if " ".join(hit.cue.words) in noun_forms and before is not None and (_verb_ing(before) or (
            before.start == hit.sentence[0] and before.lower.endswith("ing") and len(before.lower) > 5
            and not names.fullmatch(before.text))):
        return False                                    # 'Repeating calls for …': the participle's object
    if " ".join(hit.cue.words) in noun_forms and following in OBJECT_PREPOSITIONS and _finite_verb_follows(tokens, hit):
        return False                                    # 'BBC reports about China were found to …': the subject
    if " ".join(hit.cue.words) in noun_forms and following not in VERB_FOLLOWERS and not infinitive and not (
            hit.first > 0 and (_subject_like(tokens[hit.first - 1], names, roles)
                               or hit.cue.naming and tokens[hit.first - 1].lower in ("which", "who"))):
        return False                                    # 'reports of its policies', 'repeating calls'; but
        #                                                 '…, which calls the camps "…"' names

    if not hit.cue.needs:
        return True
    end = hit.sentence[1]
    hit.satisfied = ""
    rest = [t for t in tokens[hit.last + 1:] if t.start < end and t.text[:1].isalnum()]
    lead = [t.text for t in tokens[max(0, hit.first - 6):hit.first] if t.start >= hit.sentence[0]]
    named_thing = hit.cue.lemma in NAMING_LEMMAS and hit.first > 0 and _is_close_mark(tokens[hit.first - 1].text)
    has_object = bool(rest) and rest[0].lower in ("a", "an", "the", "its", "their", "his", "her", "this", "these")
    if len(rest) <= 3 and ("," in lead or any(_is_close_mark(t) for t in lead)) and not named_thing \
            and not has_object:                         # not '…, as he announced a new crackdown.'
        hit.satisfied = "attribution"                   # '…, ITV reported.' needs no 'that'; but not
        #                                                 'a “terrorist organisation” called the Eastern Front'
        return True
    later = [t.lower for t in tokens[hit.last + 1:] if t.start < end][:30]
    for need in hit.cue.needs:
        if need == "quote":
            cue_end, cue_start = tokens[hit.last].end, tokens[hit.first].start
            if any(cue_end <= s.open_mark < end for s in spans) or hit.cue.lemma not in NAMING_LEMMAS and any(
                    s.close_mark is not None and s.close_mark < cue_start
                    and (hit.sentence[0] <= s.close_mark or not text[s.close_mark + 1:hit.sentence[0]].strip())
                    and len(text[s.close_mark + 1:cue_start].split()) <= 6 for s in spans):
                #                                    '“Free them!” she shouted': the '!' ended a sentence
                hit.satisfied = need
                return True
        elif need in NEXT_WORD_NEEDS and following == need or need == "that" and (
                "that" in later[:5] or following in CLAUSE_SUBJECTS and after_next in FINITE_AUX) or \
                need == "clause" and _zero_that_clause(later) or \
                need == "document" and _document_subject(tokens, hit) or \
                need not in NEXT_WORD_NEEDS | {"that", "clause", "document"} and need in later:   # 'suggested [that] it would
            hit.satisfied = need
            return True
    return False


# -- pass 3: speakers ------------------------------------------------------------

def _resolve_cue(hit: _CueHit, hits, tokens, text, p_start, book: SpeakerBook) -> None:
    sentence_start = hit.sentence[0]
    description, apposition = _speaker_words(hit, hits, tokens, text, book.lexicons.cues.inverting,
                                             book.lexicons.speakers.role_nouns, book.cue_verbs())
    if description is None:
        previous = [h for h in hits if h.sentence == hit.sentence and h.first < hit.first and h.speaker
                    and not _reduced_relative(h, tokens)]   # 'slammed a motion claiming …, saying': not the motion
        if previous:
            hit.speaker, hit.shares_subject = previous[-1].speaker, True
            return
        subject = _sentence_subject(tokens, hit, text, book.lexicons.speakers.role_nouns)
        if subject is None:
            return
        description, apposition = text[subject[0]:subject[1]], ""
        hit.shares_subject = True
        start = subject[0]
    else:
        start = hit.speaker_span[0]
    if hit.quoted and description.lower() in PRONOUNS:
        return                  # 'I told them …' inside a quotation: its speaker is the quoted person's
    if description.lower() in ("we", "i"):
        hit.speaker = hit.turn_speaker      # 'A: We urge the US side to …': the answerer's; outside quotes and
        return                  # turns ('We … call on the PRC to release …') the narrator's own words, no report
    same_sentence = [h.speaker for h in hits if h.sentence == hit.sentence and h.first < hit.first
                     and h.speaker is not None and h.speaker.person and h.cue.lemma != "according to"]
    #                 'according to John Bolton, his adviser, he told …': the source is not 'he'
    if description.lower() in ("he", "she") and same_sentence:
        hit.speaker = same_sentence[-1]     # 'A citizen testified about what she said was …': the same person
        return
    before = text[sentence_start:start]
    if re.search(r"[,\u201d\"\u2019]\s*$", before) and len(before.split()) >= 3 and not re.match(
            r"\s*(?:in|on|at|during|after|speaking|responding|asked)\b", before, re.IGNORECASE):
        before = ""             # '[reported clause], it said': the clause holds no antecedent or country
    speaker = book.resolve(description, apposition=apposition, before=before,
                           paragraph_before=text[p_start:sentence_start], document_before=text[:start])
    if speaker is not None and speaker.group == "NONE" and not speaker.person:
        speaker = book.place_or_outlet(speaker, reporting=hit.cue.lemma == "report")
    if speaker is not None:
        hit.speaker = speaker
        if not hit.quoted:              # a subject inside someone's quotation is not a speaker of the article
            book.remember(speaker)
        book.note_names(description)


def _speaker_words(hit: _CueHit, hits, tokens, text, inverting: frozenset[str],
                   roles: frozenset[str] = frozenset(), verbs: frozenset[str] = frozenset()) -> tuple[str | None, str]:
    """The speaker description for a cue and any apposition; sets hit.speaker_span.

    None when the cue shares its clause's subject: a participle ('…, saying
    that') or a verb conjoined with 'and' ('rejects … and insists').
    """
    s_start, s_end = hit.sentence
    in_sentence = [i for i, t in enumerate(tokens) if s_start <= t.start < s_end]
    first_in, last_in = in_sentence[0], in_sentence[-1]
    cue = hit.cue
    if hit.satisfied == "relative":     # 'what [Beijing] calls …', 'camps that [the state] calls …'
        start = _naming_relative(tokens, hit) + 1
        stop = hit.first - 1
        while stop > start and tokens[stop].lower in AUXILIARIES | SKIP_BEFORE_CUE:
            stop -= 1
        return _set_span(hit, tokens, start, stop, text), ""
    previous = tokens[hit.first - 1] if hit.first > first_in else None
    after = hit.last + 1
    if tokens[hit.first].lower.endswith("ing") and cue.lemma != "according to" and previous is not None \
            and previous.lower in ("for", "of") and hit.first - 2 >= first_in:
        hit.participle = True           # 'condemned Amnesty for alleging …': the object before 'for' alleges
        stop = hit.first - 2
        k = stop
        while k >= first_in and (tokens[k].text[:1].isupper() or tokens[k].lower in DETERMINERS_AND_ROLES) \
                and tokens[k].text not in ",;:":
            k -= 1
        if k < stop:
            return _set_span(hit, tokens, k + 1, stop, text), ""
        return None, ""
    if tokens[hit.last].lower in CONDUIT_VERBS and after + 1 <= last_in and tokens[after].lower in (
            "him", "her", "them") and tokens[after + 1].lower in ("saying", "as"):
        return _set_span(hit, tokens, after, after, text), ""  # 'Xinhua reported him saying': he speaks
    if tokens[hit.first].lower.endswith("ing") and cue.lemma != "according to" and (
            previous is None or previous.lower in PARTICIPLE_LEAD):
        hit.participle = True
        return None, ""
    if cue.lemma == "quote":                                   # quoted X as saying
        as_index = next((i for i in range(after, last_in + 1) if tokens[i].lower == "as"), None)
        if as_index and as_index > after:
            return _set_span(hit, tokens, after, as_index - 1, text), ""
        return None, ""
    if cue.lemma == "according to":
        stop = next((i for i in range(after, last_in + 1) if tokens[i].text in ",;:.!?"
                     or (i > after and tokens[i].lower in SOURCE_ENDS)), last_in + 1)
        if stop <= after:
            return None, ""
        apposition = ""
        if stop <= last_in and tokens[stop].lower in ("who", "whose", "which", "that"):
            comma = next((i for i in range(stop + 1, last_in + 1) if tokens[i].text == ","), None)
            if comma is not None:       # 'according to several people who fled the region, [the hosts are …]'
                hit.apposition_end = tokens[comma].end
                apposition = text[tokens[stop].start:tokens[comma].start].strip()
        if stop <= last_in and tokens[stop].text == ",":      # 'according to X, a spokesperson, …'
            close = next((i for i in range(stop + 1, last_in + 1) if tokens[i].text == ","), None)
            between = text[tokens[stop].end:tokens[close].start].strip() if close is not None else ""
            report_named = personal_names(between) == [between] and {t.lower for t in tokens[after:stop]} & DOCUMENTS
            clause_opener = bool(between) and between.split()[0].lower() in SUBORDINATORS | WH_WORDS
            if close is not None and close - stop <= 8 and not report_named and not clause_opener:
                #   'According to a report by AP, Xu Guixiang, deputy head …, met': a report has no name
                apposition = between
                hit.apposition_end = tokens[close].end
        return _set_span(hit, tokens, after, stop - 1, text), apposition
    # inverted: '…,” said John Fisher, the deputy director …' / '…, said the spokesman.'; not after a
    # sentence that opens with a name and its apposition ('Serikzhan Bilash, an activist, said the camps …')
    if previous is not None and (previous.text in "," or _is_close_mark(previous.text)) and after <= last_in \
            and not _NAME_AND_APPOSITION.fullmatch(text, hit.sentence[0], tokens[hit.first].start) \
            and tokens[after].text[:1].isalpha() and cue.lemma in inverting \
            and not tokens[hit.first].lower.endswith("ing") and tokens[after].lower not in NOT_SUBJECTS | PREPOSITIONS:
        stop = next((i for i in range(after, last_in + 1) if tokens[i].text in ",;:.!?()"
                     or tokens[i].lower in ("who", "whose", "which", "that")
                     or i > after and (_time_phrase(tokens, i, last_in) or _medium_phrase(tokens, i, last_in)
                                       or tokens[i].lower == "as" and i < last_in and tokens[i + 1].lower in PRONOUNS)),
                    last_in + 1)        # '…,” said a tour guide as she whisked visitors …'
        if stop <= last_in and tokens[stop].lower == "as":
            last_in = stop - 1
        next_cue = min((h.first for h in hits if h.first > stop and tokens[h.first - 1].text == ","),
                       default=last_in + 1) if tokens[after].text[:1].isupper() else last_in + 1
        #                                         '…, said Omar Said, head of …, adding that …': the next cue ends the tail
        tail = len([t for t in tokens[stop:min(last_in + 1, next_cue)] if t.text[:1].isalnum()])
        after_quotation = _is_close_mark(previous.text) or previous.text == "," and hit.first >= 2 \
            and _is_close_mark(tokens[hit.first - 2].text)     # '…”, said X' as well as '…,” said X'
        if stop <= last_in and tokens[stop].lower in ("who", "whose", "which", "that"):
            tail = 0                    # '…," says a former detainee who now lives in Kazakhstan.'
        elif stop <= last_in and tokens[stop].text == ",":
            comma = next((i for i in range(stop + 1, last_in + 1) if tokens[i].text in ",;:()"), None)
            if comma is not None and tokens[comma].text == "," and comma + 1 <= last_in and \
                    tokens[comma + 1].lower in ("who", "whose", "which", "where") and \
                    any(tokens[i].lower in roles for i in range(stop + 1, comma)):
                tail = 0                # '…, said He Ning, director of investor relations at the manufacturer,
                #                         which has a facility …': a title and a relative clause describe him
        if 0 < stop - after <= 20 and not any(tokens[i].lower in BOUNDARY_WORDS | AUXILIARIES
                                              and not _affiliation_with(tokens, i, roles) for i in range(after, stop)) \
                and not any(after < h.first < stop for h in hits) \
                and (after_quotation or tail <= 12):      # the speaker and an apposition end it; a verb after it
            #       ('X, an activist who …, said the detentions continued') makes it a clause, not a speaker
            apposition = ""
            if stop <= last_in and tokens[stop].text == ",":
                apposition = _APPOSITION_END.split(text[tokens[stop].end:s_end], 1)[0].strip(" .")
            hit.inverted = True
            return _set_span(hit, tokens, after, stop - 1, text), apposition
    # subject before the cue, past adverbs, time phrases and parentheses
    j = _skip_back(tokens, hit.first - 1, first_in, progressive=tokens[hit.first].lower.endswith("ing"))
    if j < first_in:
        return None, ""
    if tokens[j].lower in PRONOUNS and tokens[j].lower not in {"her", "him"}:
        return _set_span(hit, tokens, j, j, text), ""
    if tokens[j].lower in ("who", "which") and j - 2 >= first_in and tokens[j - 1].text == ",":
        end = j - 2                     # '… headed by Senator Dick Durbin, who condemned …': the name before
        start = _capitals_before(tokens, end, first_in, 10)
        if start <= end:
            return _set_span(hit, tokens, start, end, text), ""
        determiner = _determiner_before(tokens, end, first_in)
        if determiner is not None:      # '… from the Chinese government, which calls the camps …'
            return _set_span(hit, tokens, determiner, end, text), ""
        if tokens[end].lower in roles:  # '… calls for sanctions from U.S. lawmakers, who reject …'
            return _set_span(hit, tokens, _capitals_before(tokens, end - 1, first_in, 4), end, text), ""
    if tokens[j].lower in {"that", "which", "who"}:          # 'the report that found …'
        j = _skip_back(tokens, j - 1, first_in)
    if j < first_in:
        return None, ""
    examples_end, j = j, _before_examples(tokens, j, first_in)
    apposition = text[tokens[j + 1].end:tokens[examples_end].end].strip(" ,") if j < examples_end else ""
    if tokens[j].text == ",":                                # 'Agnes Callamard, Amnesty's chief, said'
        k = j - 1
        while k >= first_in and tokens[k].text != "," and not _is_close_mark(tokens[k].text):
            k -= 1
        if k <= first_in or tokens[k].text != ",":
            return None, ""
        apposition = text[tokens[k].end:tokens[j].start].strip()
        if personal_names(apposition) == [apposition]:      # 'the ministry's spokesman, Geng Shuang, said'
            hit.apposition_end = tokens[j].end
            described = text[tokens[first_in].start:tokens[k].start]
            description = re.split(r"[\"”’][\s,]*", described)[-1].strip()
            hit.preposed = description == described.strip() and "," not in description
            return _set_span(hit, tokens, k + 1, j - 1, text), description
            #      '"…," China's ambassador, Liu Xiaoming, told': the description starts after the quotation
        j = k - 1
        if j - 1 > first_in and tokens[j].text.isdigit() and tokens[j - 1].text == ",":
            j -= 2                      # 'Mamat, 25, a trainee from Hotan, said': past the age
    j = _before_parenthesis(tokens, j, first_in)      # 'Xu Guixiang (徐貴相), deputy head …, told'
    end_index = j
    while j >= first_in:
        token = tokens[j]
        if token.text == "." and j - 1 >= first_in and _ABBREVIATED.fullmatch(tokens[j - 1].text):
            j -= 1                      # 'Intel Corp. said', 'John F. Kennedy said': not a sentence's end
            continue
        if token.text in ",;:()[]—–-!?.•·▪" or _is_close_mark(token.text) or _is_open_mark(token.text):
            break
        if token.lower == "to" and j - 1 >= first_in and tokens[j - 1].lower in TITLE_TO_ROLES:
            j -= 1                      # 'ambassador to Germany Wu Ken': 'to' inside a title
            continue
        if token.lower in BOUNDARY_WORDS | AUXILIARIES | {"what"} or token.text in verbs and any(
                t.text[:1].isupper() and t.lower not in TIME_WORDS for t in tokens[j + 1:end_index + 1]) or \
                any(h is not hit and h.first <= j <= h.last for h in hits):
            break                       # 'to promote what [the government] calls “ethnic unity”'; 'the report
            #                             quoted [Ambassador … Sam Brownback] who claimed''
        if j < end_index and (token.lower in SUBJECT_PRONOUNS or (
                _verb_ing(token) and j - 1 >= first_in and tokens[j - 1].text == ",") or (
                tokens[j + 1].lower in ("the", "a", "an") and token.text.islower()
                and token.lower not in NOUN_PHRASE_LINKS | WH_WORDS
                and any(t.text[:1].isupper() and t.lower not in TIME_WORDS for t in tokens[j + 2:end_index + 1]))):
            break               # 'it hit back at …', ', citing sources …', 'a crackdown the US has labelled'
        if token.lower in ("and", "or") and not (j - 1 >= first_in and _conjoinable(tokens[j - 1], roles) and (
                _conjoinable(tokens[j + 1], roles) or tokens[end_index].lower in roles)):   # 'the US and some western countries'
            break
        if end_index - j >= 11:
            break
        j -= 1
    start_index = j + 1
    while start_index <= end_index and (tokens[start_index].lower in LEADING_CONNECTIVES or (
            start_index < end_index and tokens[start_index].lower in CLAIM_NOUNS)):
        start_index += 1                # '…, a claim rights groups reject': the claim is not its speaker
    while start_index + 1 < end_index and _time_phrase(tokens, start_index, end_index):
        start_index += 2                # 'On Monday Payne revealed …': the time phrase is no part of the name
    while start_index + 1 < end_index and tokens[start_index].lower in ("in", "since", "by", "until", "during") \
            and re.fullmatch(r"(?:19|20)\d\d", tokens[start_index + 1].text):
        start_index += 2                # 'In 2018 Bachu's government said …': the year is no part of it
    while start_index < end_index and tokens[start_index].text in (",", ";"):
        start_index += 1
    if start_index > end_index:
        return None, ""
    start_index = _people_before_places(tokens, start_index, end_index, first_in)
    while end_index > start_index and tokens[end_index].lower in ("all", "both", "each", "themselves", "itself"):
        end_index -= 1                  # 'Qatar, Indonesia and Pakistan all rejected': 'all' is no part of it
    member = _member_of(tokens, start_index, first_in)
    if member is not None:              # 'The United States and Britain were among the countries that called'
        start_index, end_index = member
    relative = _restrictive_relative_subject(tokens, first_in, start_index, hit, text, roles)
    if relative is not None:            # 'A Kazakh citizen who fled to Kazakhstan testified': the citizen
        return _set_span(hit, tokens, *relative, text), ""
    return _set_span(hit, tokens, start_index, end_index, text), apposition


def _member_of(tokens, start: int, first_in: int) -> tuple[int, int] | None:
    """The subject of 'X were among the countries that …' / 'X was one of the groups that …': X."""
    if not (tokens[start].lower == "among" or tokens[start].lower == "one" and start + 1 < len(tokens)
            and tokens[start + 1].lower == "of"):
        return None
    copula = start - 1
    if copula <= first_in or tokens[copula].lower not in ("was", "were", "is", "are", "been"):
        return None
    end = copula - 1 - (tokens[copula - 1].lower in ("have", "has", "had"))
    return (first_in, end) if end >= first_in and tokens[first_in].text[:1].isupper() else None


def _people_before_places(tokens, start: int, end: int, first_in: int) -> int:
    """Where a subject starts that ends in a list of places: 'Uighurs living in Germany, the Netherlands,
    and France have complained' is the Uighurs, not France (the scan stopped at the list's last comma)."""
    if start - 1 <= first_in or "and" not in {t.lower for t in tokens[start - 1:end + 1]}:
        return start                    # a list ends 'and France'; 'Speaking in Almaty, Serikzhan Bilash' is none
    k = start
    while k - 1 > first_in and tokens[k - 1].text in (",", "and"):
        item = k - 2
        while item > first_in and tokens[item].text in (",", "and"):
            item -= 1                   # the serial comma: ', and France'
        while item > first_in and tokens[item].text[:1].isupper() and tokens[item - 1].text[:1].isupper():
            item -= 1
        if item > first_in and tokens[item - 1].lower == "the":
            item -= 1
        if not tokens[item].text[:1].isupper() and tokens[item].lower != "the":
            return start
        k = item
    if k == start or k - 1 <= first_in or tokens[k - 1].lower not in ("in", "from", "across"):
        return start
    head = k - 2 if tokens[k - 2].lower not in ("living", "based", "residing") else k - 3
    opening = head
    while opening > first_in and tokens[opening - 1].text.isalpha() and head - opening < 3:
        opening -= 1
    return opening if opening == first_in and tokens[head].text.isalpha() and tokens[head].lower not in DOCUMENTS \
        else start                      # 'Reports from Reuters, AP and AFP say': the last source named, as before


def _in_title_case_headline(text: str, position: int) -> bool:
    """The position lies in the document's first line and that line is in title case, where capitals mark
    neither names nor the start of a sentence."""
    headline = text.split("\n", 1)[0]
    return position < len(headline) and title_case(headline)


def _affiliation_with(tokens, i: int, roles: frozenset[str]) -> bool:
    """'with' after a role noun names whom the role is with ('a spokesperson with the regional
    government', 'a researcher with Human Rights Watch'), not an accompanying phrase."""
    return tokens[i].lower == "with" and i > 0 and tokens[i - 1].lower in roles


def _restrictive_relative_subject(tokens, first_in: int, start_index: int, hit, text: str,
                                  roles: frozenset[str]) -> tuple[int, int] | None:
    """The subject a relative clause without commas separates from its verb: the noun phrase the
    sentence or a clause after ', but' opens with, right before 'who' ('the woman who spoke to Reuters
    said', '…, but people who have fled the province say')."""
    who = next((i for i in range(start_index - 1, first_in, -1) if tokens[i].lower == "who"), None)
    if who is None or any(tokens[i].text in ",;:()" for i in range(who, hit.first)):
        return None
    after_but = next((i + 1 for i in range(who - 1, first_in, -1) if tokens[i].lower in ("but", "while", "whereas")
                      and tokens[i - 1].text in ",;"), None)
    first_in = after_but or first_in
    opening = tokens[first_in:who]
    if not 1 <= len(opening) <= 8 or any(not t.text[:1].isalnum() for t in opening) or \
            opening[0].lower in OPENERS_BEFORE_SUBJECT or not (
                previous_subject(text[opening[0].start:opening[-1].end], roles)
                or len(opening) == 1 and opening[0].lower in roles):     # 'people who …'
        return None                     # the clause must open with that noun phrase alone
    return first_in, who - 1


def _capitals_before(tokens, end: int, first: int, limit: int) -> int:
    """Where a run of capitalised words (and initials' full stops) ending at ``end`` starts, at most
    ``limit`` tokens long, across the small words inside a name ('Committee on the Elimination of Racial
    Discrimination'); ``end + 1`` when the token at ``end`` is no such word."""
    start, k = end + 1, end
    while k >= first and end - k < limit:
        if tokens[k].text[:1].isupper() or tokens[k].text == ".":
            start, k = k, k - 1
            continue
        link = k - 1 if tokens[k].lower == "the" else k
        if start > end or link <= first or tokens[link].lower not in NAME_LINKS \
                or not tokens[link - 1].text[:1].isupper():
            break
        k = link - 1
    return start


def _before_parenthesis(tokens, j: int, first: int) -> int:
    """The token before a short parenthesis that ends at ``j`` (a name's characters or initials), else j."""
    if j < first or tokens[j].text != ")":
        return j
    opening = next((k for k in range(j - 1, max(first - 1, j - 8), -1) if tokens[k].text == "("), None)
    return opening - 1 if opening is not None and opening - 1 >= first else j


def _determiner_before(tokens, end: int, first: int) -> int | None:
    """Where a short noun phrase ending at ``end`` starts with its determiner ('the Chinese
    government'), or None when a preposition, verb or punctuation comes first."""
    for k in range(end, max(first - 1, end - 6), -1):
        word = tokens[k].lower
        if word in PHRASE_DETERMINERS:
            return k if k < end else None
        if not word.isalpha() or word in PREPOSITIONS | BOUNDARY_WORDS | AUXILIARIES:
            return None
    return None


def _before_examples(tokens, j: int, first: int) -> int:
    """Where a subject ends that a list of examples follows: 'Western countries, including Canada and
    France, have urged' -> 'Western countries'; the examples are not the speaker."""
    k = j
    while k > first and j - k < 16:
        word = tokens[k].lower
        if word in ("including", "notably", "especially") or word == "as" and tokens[k - 1].lower == "such":
            end = k - 1 if word != "as" else k - 2
            if end >= first and tokens[end].text == ",":
                end -= 1
            return end if end >= first else j
        if word in BOUNDARY_WORDS | AUXILIARIES or tokens[k].text in ";:()" or _is_close_mark(tokens[k].text):
            return j
        if tokens[k].text == "," and k < j and tokens[k + 1].lower in ("the", "a", "an", "its", "their"):
            return j            # '… the performing arts such as music, the white paper said': a subject of its own
        k -= 1
    return j


NAMING_LEMMAS = {"call", "describe", "characterise", "label", "brand", "term", "dub"}


def _naming_relative(tokens, hit) -> int | None:
    """Index of 'what'/'which'/'that' opening a relative clause whose subject (a noun phrase of up to
    five words, no comma) names something with the cue ('what Beijing calls', 'camps that the state
    calls', 'what Washington has described as'), else None."""
    for k in range(hit.first - 1, max(hit.first - 8, -1), -1):
        if tokens[k].start < hit.sentence[0] or tokens[k].text in ",;:()" or _is_close_mark(tokens[k].text):
            return None
        if tokens[k].lower in ("what", "which", "that"):
            subject = [t for t in tokens[k + 1:hit.first] if t.lower not in AUXILIARIES | SKIP_BEFORE_CUE]
            ok = 1 <= len(subject) <= 5 and (subject[0].lower in ("the", "a", "an", "its", "their", "some", "many")
                                             or subject[0].text[:1].isupper()
                                             or subject[0].text.isalpha() and subject[0].lower.endswith("s")
                                             or subject[0].lower in SUBJECT_PRONOUNS)   # 'which it calls
            #                                  a bare plural: 'what activists call', 'what rights groups describe as'
            following = tokens[hit.last + 1].text if hit.last + 1 < len(tokens) else ""
            return k if ok and not _is_open_mark(following) and following not in ('"', "'") else None
    return None


def _time_phrase(tokens, i: int, last: int) -> bool:
    """A time phrase starts at token i: 'at the time', 'on Monday', 'last week' (it ends a speaker)."""
    return tokens[i].lower in TIME_LEAD - {"a", "the", "press", "news", "regular"} and any(
        tokens[k].lower in TIME_WORDS | {"time"} for k in range(i + 1, min(i + 3, last) + 1))


# Gatherings where words are said: 'said at a recent parliamentary inquiry [there were …]'.
EVENT_NOUNS = {"inquiry", "hearing", "meeting", "summit", "forum", "session", "rally", "ceremony", "seminar", "symposium",
               "gathering", "event"}
MEDIUM_NOUNS = {"post", "posts", "statement", "interview", "briefing", "tweet", "letter", "speech", "note", "message",
                "press", "conference", "email", "comment", "comments", "article", "op-ed", "video", "broadcast",
                "website", "report", "reply", "response", "notice", "editorial", "commentary", "account", "blog",
                "page", "channel", "feed", "podcast", "programme", "program", "show", "debate", "talk", "lecture",
                "panel", "dinner", "visit"} | EVENT_NOUNS


def _medium_phrase(tokens, i: int, last: int) -> bool:
    """Where words were said starts at token i: 'in a post on its website', 'at a press conference', 'in
    an interview' (it ends a speaker: 'said the ministry in a post …')."""
    return tokens[i].lower in ("in", "on", "at", "via", "through", "during") and i + 1 <= last and \
        (tokens[i + 1].lower in ("a", "an", "its", "his", "her", "their", "the", "this") or
         tokens[i + 1].lower.rstrip("'’s") in TIME_WORDS) and any(        # "at Monday's press briefing"
            tokens[k].lower in MEDIUM_NOUNS for k in range(i + 2, min(i + 5, last) + 1))   # 'on its WeChat social media
    #                                                                                    account'


def _verb_ing(token: _Token) -> bool:
    """A lower-case '-ing' word that is a verb, not an adjective of office ('citing', not 'ruling')."""
    return token.text.islower() and token.lower.endswith("ing") and len(token.lower) > 5 \
        and token.lower not in ING_ADJECTIVES


def _conjoinable(token: _Token, roles: frozenset[str]) -> bool:
    """A word that can stand on either side of 'and' inside one speaker phrase ('officials and diplomats',
    'Human Rights Watch and Amnesty')."""
    return token.text[:1].isupper() or token.lower in roles


def _skip_back(tokens, j: int, first: int, *, progressive: bool = False) -> int:
    """Step back over adverbs, auxiliaries, time phrases and a parenthesis before a cue (and the
    progressive's words before a cue in -ing)."""
    while j >= first:
        word = tokens[j].lower
        if word in SKIP_BEFORE_CUE or _is_adverb(tokens[j].text) or progressive and word in PROGRESSIVE_BEFORE_CUE:
            j -= 1
        elif tokens[j].text == ")":
            while j >= first and tokens[j].text != "(":
                j -= 1
            j -= 1
        elif word in MEDIUM_NOUNS and (lead := next((k for k in range(j - 1, max(first, j - 5) - 1, -1)
                                                      if tokens[k].lower in ("at", "during", "in")), None)) is not None \
                and lead > first and _medium_phrase(tokens, lead, j + 1):
            j = lead - 1                # 'Zhao at Monday's press briefing urged …': where, not who
        elif (word in TIME_WORDS or word.isdigit()) and j - 1 >= first and (
                tokens[j - 1].lower in TIME_LEAD or tokens[j - 1].lower in TIME_WORDS):
            j -= 1
            while j >= first and (tokens[j].lower in TIME_LEAD or tokens[j].lower in TIME_WORDS):
                j -= 1
        else:
            break
    return j


def _is_adverb(word: str) -> bool:
    """A lower-case word in -ly that is not one of the nouns so spelt ('falsely', not 'family')."""
    return word.islower() and word.endswith("ly") and len(word) > 4 and word not in LY_NOUNS


def _set_span(hit, tokens, first, last, text) -> str:
    hit.speaker_span = (tokens[first].start, tokens[last].end)
    return text[tokens[first].start:tokens[last].end]


def _reduced_relative(hit: _CueHit, tokens) -> bool:
    """A participle right after a noun, no comma between ('a motion in the House of Commons claiming a
    genocide'): it reports the noun's words inside someone else's clause, and a later ', saying' does not
    share its subject."""
    before = tokens[hit.first - 1] if hit.first > 0 and tokens[hit.first - 1].start >= hit.sentence[0] else None
    return tokens[hit.first].lower.endswith("ing") and before is not None and before.text[:1].isalnum() \
        and before.lower not in PARTICIPLE_LEAD | AUXILIARIES


def _sentence_subject(tokens, hit, text, roles: frozenset[str]) -> tuple[int, int] | None:
    """The subject phrase the sentence opens with, before the cue: the subject a participle
    ('…, saying that') or a conjoined verb ('… and insist that') shares."""
    start = hit.sentence[0]
    lead = text[start:tokens[hit.first].start].strip().lower()
    if lead in ("", "by", "in", "while", "after", "when", "before") and tokens[hit.first].lower.endswith("ing"):
        #                            'By accusing China of genocide, America has …' (not 'Asked if …, X said': passive)
        comma = text.find(",", tokens[hit.last].end, hit.sentence[1])     # the main clause's subject after the comma
        phrase = previous_subject(text[comma + 1:hit.sentence[1]], roles) if comma >= 0 else None
        at = text.find(phrase, comma + 1, hit.sentence[1]) if phrase else -1
        return (at, at + len(phrase)) if at >= 0 else None
    phrase = previous_subject(text[start:tokens[hit.first].start], roles)
    if not phrase:
        return None
    at = text.find(phrase, start, tokens[hit.first].start)
    return (at, at + len(phrase)) if at >= 0 else None


def _is_close_mark(text: str) -> bool:
    return text in ("\u201d", "\u2019", '"', "'", "\u00bb")


def _is_open_mark(text: str) -> bool:
    return text in ("\u201c", "\u2018", "\u00ab")


# -- pass 4: direct quotes -------------------------------------------------------

def _without_removed_lines(doc: Document) -> str:
    """The text with the cleaning's removed lines (bylines, captions) blanked, offsets unchanged: a name
    in a byline describes no speaker."""
    text = doc.text
    for removed in sorted(doc.removed, key=lambda r: r.line.start, reverse=True):
        text = text[:removed.line.start] + " " * (removed.line.end - removed.line.start) + text[removed.line.end:]
    return text


def _governing_cue(span: MarkedSpan, hits, tokens, text) -> _CueHit | None:
    """The cue of the quote's sentence: an attribution right after the quote ('…,” X said'),
    else the nearest cue before it, else an attribution after it."""
    close = span.close_mark if span.close_mark is not None else span.end
    candidates = [h for h in hits if (h.sentence[0] <= span.end and span.start < h.sentence[1]
                                      or h.sentence[0] <= span.open_mark < h.sentence[1]
                                      or text[close - 1:close] in ("?", "!") and close < h.sentence[0] <= close + 2)
                  # a question or exclamation ends no sentence before its attribution: '“… century?” Xu said.'
                  and not span.open_mark <= tokens[h.first].start < (span.close_mark or span.end)]
    if not candidates:
        return None
    after = [h for h in candidates if tokens[h.first].start >= close and _attributes_back(h, close, tokens, text)]
    before = [h for h in candidates if tokens[h.last].end <= span.open_mark
              and not (h.satisfied == "relative" and not _within_named_phrase(text[tokens[h.last].end:span.open_mark]))]
    #           'camps which China calls training centres will close when “society does not need” them': the
    #           naming verb names its own phrase, it does not govern a later quotation
    inverted_right_after = bool(after) and after[0].inverted and \
        re.fullmatch(r"[\s,\u201d\u2019\"']*", text[close:tokens[after[0].first].start]) is not None
    #                  'concerns have added “gasoline to the fire”, says one executive': the inverted attribution
    if after and (not before or inverted_right_after or span.open_mark <= text.rfind("\n", 0, span.open_mark) + 2
                  or _quote_starts_sentence(span, before[-1], text)):
        return after[0]
    if before:
        return before[-1]
    if after:
        return after[0]
    final = [h for h in candidates if tokens[h.first].start >= close and _closes_sentence(h, tokens, text)]
    return final[0] if final else None


def _within_named_phrase(between: str) -> bool:
    """Text between a naming verb and a quotation that keeps the quotation in the named phrase
    ('what experts are calling a form of "…"', 'which ASPI describes as "…"'): a few words, no verb."""
    words = re.findall(r"[\w'’-]+", between.lower())
    return len(words) <= 4 and not any(w in FINITE_AUX for w in words)


def _closes_sentence(hit: _CueHit, tokens, text: str) -> bool:
    """An attribution at the end of its sentence covers the whole sentence: '…, according to
    rights groups.', '…, the spokesman said on Sunday.'"""
    end = hit.speaker_span[1] if hit.speaker_span and hit.speaker_span[1] > tokens[hit.last].end \
        else tokens[hit.last].end
    rest = text[end:hit.sentence[1]]
    first = rest.split()[0].lower().strip(",.") if rest.split() else ""
    return (hit.cue.lemma == "according to" or hit.inverted or bool(re.match(r"\s*[,.]?\s*$", rest))
            or (len(rest.split()) <= 3 and (first in PREPOSITIONS or first in TIME_WORDS or first in TIME_LEAD))
            ) and not hit.participle                # '…, a top diplomat said Friday.'


def _attributes_back(hit: _CueHit, close: int, tokens, text: str) -> bool:
    """A cue after a quote attributes it when only its speaker stands between ('…,” the
    spokesman said'), not a clause of its own ('“condemned” Amnesty for alleging …')."""
    between = text[close:tokens[hit.first].start]
    between = re.sub(r",\s*(?:who|whom|whose)\b[^,.;:]{0,80},", ",", between)   # 'the official, who declined …,'
    between = re.sub(r"(?<=\w),\s+[a-z][^,.;:“”\"]{0,160},", ",", between)       # 'Xu, deputy head of the … Party,'
    between = re.sub(r"\b([A-Z][a-z]{0,3})\.(?=\s+[A-Z])", r"\1", between)      # 'Rep. Chris Smith', 'J. Smith'
    return (not hit.participle and not re.search(r"[.!?]\s", between) and len(re.findall(r"\w+", between)) <= 8
            and not any(w.lower() in ATTRIBUTION_BREAKERS for w in re.findall(r"[\w’']+", between)))


def _quote_starts_sentence(span: MarkedSpan, before: _CueHit, text: str) -> bool:
    return bool(re.search(r"[.!?:]\s*$|^\s*$", text[before.sentence[0]:span.open_mark])) or \
        span.open_mark == before.sentence[0]


def _direct_quote(doc, span, hit, hits, tokens, term_pattern, book, paragraph_id, earlier) -> Quote:
    text = doc.text
    words = text[span.start:span.end].split()
    preceding = text[max(0, span.open_mark - 60):span.open_mark]
    following = text[(span.close_mark or span.end) + 1:(span.close_mark or span.end) + 40]
    kind, rule = _kind(words, preceding, following, hit, term_pattern, text[span.start:span.end])
    speaker, cue = None, ""
    if kind in ("title", "name"):
        speaker = None
    elif kind in ("speech", "scare") and (owner := _possessed_claim(text, span, book)) is not None:
        kind, speaker, rule = "speech", owner, "speech:possessed-claim"   # "denounced Pompeo's allegations of
        #                                                                   'genocide'": Pompeo's word
    elif hit is not None and hit.speaker is not None:
        speaker, cue = hit.speaker, " ".join(t.text for t in tokens[hit.first:hit.last + 1])
        rule = rule if kind == "scare" else ("speech:cue-after" if tokens[hit.first].start > span.start else
                                            "speech:cue-before")
    elif kind == "speech" and (labelled := _capitals_label(text, span, book)) is not None:
        speaker, rule = labelled, "speech:transcript-label"   # 'CUI HUI'AO CGTN Reporter "When you hear …"'
    elif kind in ("speech", "scare") and (signed := _dash_attribution(text, span, book)) is not None:
        kind, speaker, rule = "speech", signed, "speech:dash-attribution"   # '“…” — Marco Rubio, US senator'
    elif kind in ("speech", "scare") and (owner := _claim_owner(text, span, book)) is not None:
        speaker, rule = owner, f"{kind}:claim-of"      # 'the accusation of the UN committee that … a "no rights" zone'
    elif kind in ("speech", "scare") and rule != "scare:distancing-marker" and not _held_noun(text, span, words, book) and \
            (subject := _subject_speaker(text, span, tokens, book)) is not None:
        kind = "scare" if rule == "scare:contested-term" else "speech"  # a term held at a distance, else words
        speaker, rule = subject, f"{kind}:sentence-subject"       # 'Hong Kong “strongly condemned” Amnesty'
    elif kind == "speech" and not span.continued and (introducer := _introducing_person(text, span, book)):
        speaker, rule = introducer, "speech:introduced-by-subject"
    elif kind == "speech":
        speaker = _preceding_speaker(doc, span, hits, tokens, earlier)
        rule = "speech:continued-paragraph" if span.continued else "speech:continues-last-speaker"
    start, end = doc.source.raw_span(span.start, span.end)
    return Quote(doc.doc_id, start, end, kind, speaker.name if speaker else "", speaker.group if speaker else "NONE",
                 cue, doc.source.raw[start:end], rule, paragraph_id)


def _held_noun(text: str, span: MarkedSpan, words: list[str], book: SpeakerBook) -> bool:
    """A word or two in quotation marks after a determiner ('the enemy of the “performers” and “witnesses”'),
    in a sentence with no verb of saying before it: a noun held at arm's length by the writer, not words the
    sentence's subject said ('BBC … claimed to have seen the “leaked documents”' stays the BBC's)."""
    before = text[max(0, span.open_mark - 30):span.open_mark].lower()
    sentence = re.split(r"[.!?]\s", text[max(0, span.open_mark - 300):span.open_mark])[-1].lower()
    return len(words) <= 2 and re.search(r"\b(?:the|a|an|these|those|their|its|such|so-called)\s*$|[”\"’]\s+(?:and|or)\s*$",
                                         before) is not None and not set(re.findall(r"[a-z]+", sentence)) & book.cue_verbs()


_DASH_SOURCE = re.compile(r"[^\S\n]*[—–]|[^\S\n]+-{1,2}[^\S\n]+")


_CAPITALS_LABEL = re.compile(r"(?P<name>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)+)(?P<title>\s+[^\"“\n]{0,80}?)?\s*$")


def _capitals_label(text: str, span: MarkedSpan, book: SpeakerBook) -> Speaker | None:
    """A broadcast transcript's speaker label: a name in capitals (and a title) opening the line of the
    quotation ('KUERMASHI SERJAN NPC Deputy Head, Ili Kazakh Autonomous Prefecture "Some …"')."""
    line_start = text.rfind("\n", 0, span.open_mark) + 1
    label = _CAPITALS_LABEL.fullmatch(text, line_start, span.open_mark)
    if label is None:
        return None
    words = label["name"].split()
    while len(words) > 2 and len(words[-1]) <= 4:      # 'CUI HUI'AO CGTN': the outlet's initials follow
        words.pop()
    title = " ".join(label["name"].split()[len(words):]) + (label["title"] or "")
    found = book.resolve(" ".join(w.capitalize() for w in words), apposition=title.strip(" ,"))
    return found if found is not None and found.person else None


def _dash_attribution(text: str, span: MarkedSpan, book: SpeakerBook) -> Speaker | None:
    """The source a dash names right after a closing quotation mark: '“…” — Marco Rubio, US senator'."""
    if span.close_mark is None:
        return None
    dash = _DASH_SOURCE.match(text, span.close_mark + 1)
    if dash is None:
        return None
    source = re.match(r"\s*([^.;:\n]{2,80})", text[dash.end():])
    if source is None:
        return None
    name, _, apposition = source.group(1).partition(",")
    found = book.resolve(name.strip(), apposition=apposition.strip())
    return found if found is not None and (found.person or found.group != "NONE") else None


def _subject_speaker(text: str, span: MarkedSpan, tokens, book: SpeakerBook) -> Speaker | None:
    """The actor a sentence opens with, when the quotation stands in its predicate with no
    reporting verb: 'China's Government has released details of its 'vocational training' centres'."""
    sentence_start = next((t.start for t in reversed(tokens) if t.start <= span.open_mark
                           and (t.start == tokens[0].start or re.search(r"[.!?]\s+$|\n\s*$", text[:t.start]))),
                          None)
    if sentence_start is None or not text[sentence_start:span.open_mark].strip():
        return None
    roles = book.lexicons.speakers.role_nouns
    subject = previous_subject(text[sentence_start:span.open_mark], roles)
    if not subject or subject.lower() in PRONOUNS:
        return None
    head = subject.split()[-1]
    found = book.resolve(subject)
    if head.islower() and head.lower() not in roles and len(subject.split()) > 1:
        # 'The use of the word "camp"': a thing, no speaker; 'One former inmate … disagrees:' a person of a side
        return found if found is not None and found.person and found.group != "NONE" else None
    return found if found is not None and (found.group != "NONE" or found.person) else None


_CLAIM_OF = re.compile(r"\b(?:accusations?|claims?|allegations?|assertions?|charges?|findings?|conclusions?)\s+"
                       r"(?:of|by|from)\s+(?P<owner>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of|for|on|the|[A-Z][\w’'.-]*))*)"
                       r"\s+that\b[^.!?]*$")


def _claim_owner(text: str, span: MarkedSpan, book: SpeakerBook) -> Speaker | None:
    """Whose claim a quotation with no cue stands in: 'the accusation of the UN committee that Xinjiang is a
    "no rights" zone', 'claims by rights groups that …'."""
    sentence_start = max(text.rfind(". ", 0, span.open_mark), text.rfind("\n", 0, span.open_mark)) + 1
    match = _CLAIM_OF.search(text[sentence_start:span.open_mark])
    found = book.resolve(match["owner"]) if match else None
    return found if found is not None and (found.person or found.group != "NONE") else None


_POSSESSED_CLAIM = re.compile(r"(?P<owner>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,5})(?:’s|'s)\s+(?:[\w-]+\s+){0,2}"
                              r"(?:allegations?|accusations?|claims?|charges?|assertions?)\s+of\s+"
                              r"(?:[“\"][^”\"]{1,60}[”\"]\s+(?:and|or)\s+)?(?:(?:a|an|the)\s+)?$")


_OWNER_BEFORE_QUOTE = re.compile(r"(?P<owner>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,5})(?:’s|'s)\s+(?:so-called\s+)?$")
_CLAIM_AFTER_QUOTE = re.compile(r"\s*(?:allegations?|accusations?|claims?|charges?|assertions?|labels?|designation|"
                                r"determination|narrative|rhetoric|remarks?|comments?)\b")


def _possessed_claim(text: str, span: MarkedSpan, book: SpeakerBook) -> Speaker | None:
    """The one whose accusation a quotation names, right after ''s allegations of' or between an owner
    and the claim ('Pompeo's “genocide” claim'): the words are theirs."""
    match = _POSSESSED_CLAIM.search(text, max(0, span.open_mark - 200), span.open_mark)
    if match is None and span.close_mark is not None and _CLAIM_AFTER_QUOTE.match(text, span.close_mark + 1):
        match = _OWNER_BEFORE_QUOTE.search(text, max(0, span.open_mark - 80), span.open_mark)
    found = book.resolve(match["owner"]) if match else None
    return found if found is not None and (found.person or found.group != "NONE") else None


def _introducing_person(text: str, span: MarkedSpan, book: SpeakerBook) -> Speaker | None:
    """A named person who is the subject of the sentence right before a quotation with no cue, in
    the same paragraph or a short one before: 'Maya Wang of Human Rights Watch disagreed. “The evidence is …”'."""
    line_start = text.rfind("\n", 0, span.open_mark) + 1
    before = text[line_start:span.open_mark]
    if not before.strip():      # a paragraph that opens with the quotation: a short one before it introduces
        previous = text[:line_start].rstrip().rsplit("\n", 1)[-1]    # 'Sophie Richardson of HRW was blunt.'
        before = previous if len(previous.split()) <= 25 else ""
    if not re.search(r"[.:!]\s*$", before) or re.search(r"[\"“”]", before):
        return None
    subject = previous_subject(before, book.lexicons.speakers.role_nouns)
    if not subject or subject.lower() in PRONOUNS:
        return None
    found = book.resolve(subject)
    return found if found is not None and found.person and " " in found.name else None


def _preceding_speaker(doc, span, hits, tokens, earlier) -> Speaker | None:
    """The speaker of the nearest attributed statement before a quote that has no cue of its own."""
    opened = doc.source.raw_offset(span.open_mark)
    found = [(doc.source.raw_offset(tokens[h.first].start), h.speaker) for h in hits
             if h.speaker is not None and not h.quoted and tokens[h.first].start < span.open_mark]
    quoted = [(q.start, q.end) for q in earlier if q.kind == "speech"]
    found += [(q.start, Speaker(q.speaker, q.group, True, "")) for q in earlier
              if q.kind in ("speech", "indirect") and q.speaker and q.start < opened
              and not (q.kind == "indirect" and any(a <= q.start < b for a, b in quoted))]   # a report it quotes
    return max(found, key=lambda f: f[0])[1] if found else None


def _kind(words, preceding, following, hit, term_pattern, quoted) -> tuple[str, str]:
    """speech, scare, title or name, with the rule that decided."""
    content = [w for w in words if w.lower().strip(".,:;") not in SMALL_WORDS]
    capitalised = sum(1 for w in content if w[:1].isupper())
    titled = len(words) >= 2 and content and words[0][:1].isupper() and capitalised / len(content) >= 0.6 \
        and all(w[:1].isupper() for w in content[:2]) and not re.search(r"[.!?]\s", quoted) \
        and (not quoted.rstrip().endswith((",", "!")) or TITLE_NOUNS.search(preceding[-50:]) is not None)
    #       a comma inside the marks ends a sentence quoted, or (American style) a title after 'memoir', 'report'
    around = preceding[-40:] + " " + following[:25]
    if re.search(r"\b(?:titled|entitled|headlined)\W*$", preceding):
        return "title", "title:titled"
    if titled and TITLE_NOUNS.search(preceding[-50:] + " " + following[:15]):
        return "title", "title:title-case+work-noun"
    if titled and (NAME_NOUNS.search(around) or hit is None):
        return "name", "name:title-case"
    if DISTANCING.search(preceding):
        return "scare", "scare:distancing-marker"
    if hit is not None and hit.cue.naming and hit.speaker is not None and hit.satisfied not in ("for", "on"):
        return "scare", "scare:naming-verb"     # 'calls them "…"' names; 'calls for "…"' demands
    short = len(words) <= 6 and not re.search(r"[.!?]$", quoted.strip())
    if short and term_pattern.fullmatch(quoted.strip(" ,.")):
        return "scare", "scare:contested-term"
    if hit is None and short:
        return "scare", "scare:no-speaker"
    return "speech", "speech"


# -- pass 5: indirect speech ------------------------------------------------------

def _indirect_quotes(doc, hit, hits, spans, tokens, paragraph_id, stopwords) -> list[Quote]:
    """The clause(s) a cue reports: after it ('X said [that …]'), before it
    ('[…], the spokesman said'), or both around a mid-sentence attribution."""
    if hit.speaker is None or hit.cue.naming and hit.satisfied not in ("relative", "on", "for") \
            or hit.cue.lemma == "quote":        # 'It calls on [the UN to …]' asks, it does not name
        return []                       # 'calls them "…"': naming, not reporting ('called the report a "farce"'
        #                                 reports no clause either: too few words outside the marks)
    cue_at = tokens[hit.first].start
    enclosing = [s for s in spans if s.open_mark <= cue_at < (s.close_mark or s.end)]
    if enclosing and not hit.speaker.person and hit.speaker.group == "NONE":
        return []                       # '"… a chair called the tiger …"': no one reports inside the quotation
    spans = [s for s in spans if s not in enclosing]        # a report inside a quote
    if any(done.speaker == hit.speaker.name and done.start <= tokens[hit.first].start < done.end
           for done in _contents(hits, hit)):
        return []                       # 'said it could not confirm estimates that …': one report
    text = doc.text
    s_start, s_end = hit.sentence
    cue_start, cue_end = tokens[hit.first].start, tokens[hit.last].end
    cut = _next_clause_start(hit, hits, tokens, text)
    speaker_start = hit.speaker_span[0] if hit.speaker_span else cue_start
    if hit.cue.lemma == "according to":
        colon = max(text.rfind(":", s_start, cue_start), text.rfind(";", s_start, cue_start))
        s_start = colon + 1 if colon >= 0 else s_start   # 'Mr Trump appeared not to care: according to X, [he told …]'
        if text[s_start:cue_start].strip(" ,").lower() not in LEADING_CONNECTIVES | {""}:   # not 'But, according to'
            pieces = [(s_start, cue_start)]
        else:                   # 'according to X, [he told Y that …]': a report nested in it is part of X's clause
            pieces = [(hit.apposition_end or (hit.speaker_span[1] if hit.speaker_span else cue_end), hit.sentence[1])]
    elif hit.satisfied == "relative":   # 'what Beijing calls [an anti-terrorism campaign]'
        named = re.match(r"\s*(?:as\s+)?([^,;:()]+?)(?=\s+(?:" + "|".join(sorted(FINITE_AUX)) + r")\b|[,;:()]|$)",
                         text[cue_end:cut])
        pieces = [(cue_end + named.start(1), cue_end + named.end(1))] if named else []
    elif hit.inverted:
        pieces = [(s_start, cue_start)]
    elif hit.speaker_span and not hit.participle and not hit.preposed and \
            _parenthetical(text, s_start, speaker_start, cue_end, cut, audience=hit.cue.lemma == "tell"):
        described = _DESCRIPTION_BEFORE_NAME.search(text, s_start, speaker_start)
        pieces = [(s_start, described.start() if described else speaker_start)]   # '…, the region's top official, X, said'
        if text[cue_end:cut].lstrip().startswith(","):     # '…, the spokesman said, while […]'
            after = re.match(r"[\s,]*(?:while|whereas)?\s*", text[cue_end:cut])
            opener = text[cue_end + after.end():cut].split()[:1]
            if not opener or opener[0].lower() not in SUBORDINATORS and not opener[0].lower().endswith("ing"):
                pieces.append((cue_end + after.end(), cut))  # not '…, it said, after a panel aired …' nor
                #                                              '…, Turkel said, referring to the camps'
                subject = text[pieces[0][0]:pieces[0][1]]
                if len(subject.split()) <= 6 and not re.search(
                        r"\b(?:is|are|was|were|has|have|had|will|would|can|could|do|does|did)\b", subject):
                    pieces = [(pieces[0][0], cut)]   # 'China's only choice, he says, is to fight back': one clause
    else:
        pieces = [(cue_end, cut)]
    if hit.cue.lemma == "tell" and not hit.inverted:     # 'told reporters [that …]'; '[…], X told a briefing'
        pieces = [_after_that(text, start, end) if start >= cue_end else (start, end) for start, end in pieces]
    if enclosing:                       # a report inside a quotation ends where the quotation does
        close = min(s.close_mark or s.end for s in enclosing)
        pieces = [(start, min(end, close)) for start, end in pieces if start < close]
    records = []
    for start, end in pieces:
        object_position = start >= cue_end and not text[cue_end:start].strip()
        opener = text[start:end].split()[0].lower() if text[start:end].split() else ""   # before any lead-in is cut
        start, end = _trim(text, start, end)
        if end <= start or not (_reports_a_clause(text, start, end, spans, stopwords)
                                or object_position and _one_word_object(text[start:end], hit.cue.lemma, stopwords)) or \
                _NOT_NAMED.match(text, start) or _NOTHING_REPORTED.fullmatch(text[start:end].strip()):
            continue
        if (hit.satisfied in ("on", "for", "at", "with") or hit.satisfied == "to" and hit.cue.lemma == "appeal") and \
                text[start:end].lower().startswith(hit.satisfied + " "):     # 'appealed to [the UN to act]'
            start += len(hit.satisfied) + 1     # 'called on [Beijing to release the detained]', 'pleaded with […]'
        first = text[start:end].split()[0].lower().strip(",")
        if object_position and hit.cue.lemma in NOUN_PHRASE_CUES and first in NOUN_PHRASE_STARTS:
            subordinate = _SUBORDINATE.search(text, start, end)   # 'rejected the accusations [after HRW …]'
            if subordinate and subordinate.group().strip() == "as" and not _FINITE_SOON.match(text, subordinate.end()):
                subordinate = _SUBORDINATE.search(text, subordinate.end(), end)   # 'dismissed the report as lies':
                #                                                                    what it is called is reported too
            end = subordinate.start() if subordinate else end
            start, end = _trim(text, start, end)
        if text[start:end].split()[-1].lower() == "by" and len(text[start:end].split()) <= 6:
            continue                    # 'responded to the bill by [saying …]': the clause is the participle's
        after_that = start >= cue_end and re.search(r"\bthat\W*$", text[cue_end:start]) is not None
        #                                 'said that about 100 …', 'told MPs that in Xinjiang …': a clause's own words
        place = re.split(r",\s*(?=(?:as|while|when|after|before|during|with)\b)", text[start:end])[0]
        if object_position and first in ("on", "in", "at", "via", "through", "before") and not after_that and \
                len(place.split()) <= 8 and not _FINITE_SOON.match(place, len(first)) and "," not in place:
            continue                    # 'it said on Weibo[, as it shared …]', 'testified before Congress': where
        if object_position and first in ("which", "who", "whose") and hit.cue.lemma != "ask" and \
                text[cue_end:start].strip():
            continue                    # 'she wrote in a post which was quickly deleted': about the medium
        if object_position and first in ("about", "and", "or") and not after_that:
            continue                    # 'boasts about championing …': a topic; 'what the US has said and done'
        said_after = len(re.findall(r"\w+|[\"“‘]", text[cue_end:hit.sentence[1]])) >= 2
        if not object_position and not after_that and ADVERBIAL_OPENERS & {first, opener} and said_after \
                and hit.cue.lemma != "according to" or \
                object_position and not after_that and hit.cue.lemma == "say" and first in NOT_CLAUSES \
                and not re.match(r"(?:more|less|fewer) than\b", text[start:end], re.IGNORECASE) \
                and not _subject_of_a_verb(text[start:end]):     # 'said more was needed', 'nothing had changed'
            continue                    # 'In a speech in April, X said “…”', '… said negative things about …'
        raw_start, raw_end = doc.source.raw_span(start, end)
        rule = ("indirect:according-to" if hit.cue.lemma == "according to" else
                "indirect:shared-subject" if hit.shares_subject else
                "indirect:before-attribution" if start < cue_start else "indirect:cue")
        hit.contents.append(_Content(hit.speaker.name, start, end))
        records.append(Quote(doc.doc_id, raw_start, raw_end, "indirect", hit.speaker.name, hit.speaker.group,
                             " ".join(t.text for t in tokens[hit.first:hit.last + 1]),
                             doc.source.raw[raw_start:raw_end], rule, paragraph_id))
    return records


def _subject_of_a_verb(clause: str) -> bool:
    """The clause's first word is followed by a finite verb, so it is a subject ('more was needed')."""
    words = clause.split()
    if len(words) > 1 and words[1].lower().strip(".,;:!?").endswith("ly"):
        words = words[:1] + words[2:]               # 'it firmly opposed …'; 'it plainly' has no verb
    return len(words) > 1 and (words[1].lower() in FINITE_AUX or
                               words[1].islower() and words[1].endswith("ed") and len(words[1]) > 4 or
                               words[0].lower() in ("it", "this") and words[1].islower()
                               and words[1].strip(".,;:!?") not in _AFTER_AN_OBJECT)   # 'it built', 'this shows';
    #                                                                                not 'it again', 'it to reporters'


# Words that follow 'it' as an object of 'said' rather than a verb of a clause: 'said it again'.
_AFTER_AN_OBJECT = {"again", "too", "also", "before", "once", "twice", "best", "out", "up", "down", "off", "over",
                    "back", "here", "there", "now", "then", "to", "in", "on", "at", "for", "with", "from", "by",
                    "of", "and", "or", "but", "as", "like", "aloud", "loud", "well", "first", "later", "today",
                    "yesterday", "himself", "herself", "themselves", "itself", ""}


@dataclass(frozen=True)
class _Content:
    speaker: str
    start: int
    end: int


def _contents(hits: list[_CueHit], before: _CueHit) -> list[_Content]:
    """Reported clauses already emitted in the cue's sentence."""
    return [c for h in hits if h is not before and h.sentence == before.sentence for c in h.contents]


# Whom 'told' addresses, before a clause without 'that': 'told reporters on Monday', 'told a news conference'.
_AUDIENCE = re.compile(r"\s*(?:reporters|journalists|the (?:media|press)|(?:a|the) (?:news|press) (?:conference|briefing)|"
                       r"(?:a|the) briefing|lawmakers|parliament|(?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)?)"
                       r"(?:\s+(?:on|last|this|earlier)\s+\w+)?\s+(?=[a-z\d\w])")


_WORD_RUN = re.compile(r"\w+")


def _after_that(text: str, start: int, end: int) -> tuple[int, int]:
    """What 'tell' reports: the clause after 'that' ('told reporters that …') or the
    addressee and order ('telling party members to …'); an audience alone is nothing."""
    that = next((m for m in itertools.islice(_WORD_RUN.finditer(text, start, end), 13) if m.group() == "that"), None)
    if that:                            # 'told the Global Times in an exclusive interview on Friday that'
        return that.end(), end
    audience = _AUDIENCE.match(text, start, end)      # 'told reporters on Monday [detainees have all …]'
    if audience and _zero_that_clause(re.findall(r"[\w'’-]+|[^\w\s]", text[audience.end():end].lower())):
        return audience.end(), end
    return (start, end) if re.match(r"(?:\W*\w+){1,4}?\W+to\b", text[start:end]) else (end, end)


_NOMINAL_CLAUSE = re.compile(r"\b(?:the|a|an|its|their|this|these|those|such)\s+[\w'’-]+\s+"
                             r"(?:is|are|was|were|will|would|has|have|had|could|should|may|might|must)\b",
                             re.IGNORECASE)


def _one_word_object(words: str, lemma: str, stopwords: frozenset[str]) -> bool:
    """A single noun that a denial or rejection takes as its object reports what was denied: 'China has
    denied [wrongdoing]', 'rejected [criticism]' (not 'denied it', 'rejected this', 'denied asylum')."""
    word = words.strip(" .,;:")
    return lemma in NOUN_PHRASE_CUES and bool(re.fullmatch(r"[a-z][a-z-]+", word)) \
        and word not in stopwords | set(PRONOUNS) | REFUSED


def _reports_a_clause(text: str, start: int, end: int, spans, stopwords: frozenset[str]) -> bool:
    """Enough of the clause lies outside quotation marks to be reported speech of its own.

    A clause that opens with a quotation ('voicing "deep concern" over …'; but not one 'that'
    introduces: 'finds that "atrocity crimes" have been committed against …') or is
    mostly quotation plus a pronoun and verb ('it was "…" in 2019') is carried by
    the direct quote instead.
    """
    uncovered = _uncovered(text, start, end, spans)
    if len(uncovered.split()) < MIN_INDIRECT_WORDS:
        return False
    if all(w.lower() in TIME_WORDS | TIME_LEAD or w.isdigit() for w in re.findall(r"\w+", uncovered)):
        return False                                    # '… said in a statement late Tuesday': when, not what
    if re.fullmatch(r"(?:[A-Z][\w.'’-]*|and|,|\s)+", uncovered) and not _in_title_case_headline(text, start):
        return False                                    # 'Marco Rubio and Rep. Chris Smith, …': names, no clause
    if any(span.open_mark <= start + 1 and span.end > start for span in spans) and \
            not re.search(r"\bthat\s*$", text[max(0, start - 10):start]):
        return False
    if len(uncovered) == len(" ".join(text[start:end].split())):
        return True                                     # no quotation inside
    content = [w for w in re.findall(r"[^\W\d_][\w'’-]*", uncovered) if w.lower() not in stopwords]
    return len(content) >= 2 or bool(_NOMINAL_CLAUSE.search(uncovered))   # 'called the report a "farce"' reports
    # no clause; 'said the counter-sanctions were "unacceptable"' does: a subject and its verb are outside the marks


def _parenthetical(text: str, s_start: int, speaker_start: int, cue_end: int, cut: int, *,
                   audience: bool = False) -> bool:
    """'[clause], the spokesman said[, …]': the attribution follows a comma or a
    closing mark and nothing but adverbials ('on Sunday'), a comma or, after 'told', its
    audience ('told a press briefing on Monday') follows it."""
    before, after = text[s_start:speaker_start], text[cue_end:cut].strip(" .")
    before = re.sub(r",\s*as\s+$", ", ", before)     # '[clause], as Reuters reported last year'
    first = after.split()[0].lower() if after.split() else ""
    if first in BARE_TIMES and len(after.split()) > 1:
        first = after.split()[1].lower()        # 'he said Friday during a press conference': the day, then where
    complement = first == "as" and len(after.split()) > 1 and after.split()[1].lower() in ("a", "an", "the", "being")
    adverbial = (first in PREPOSITIONS | SUBORDINATORS | {"while", "whereas"} and not complement
                 or audience and len(after.split()) <= 8) and not re.search(r"\bthat\b", after)
    #            '…, Dominic Raab claimed as he announced …'; not 'remarks activists lambasted as a defence of …'
    words = before.split()
    lead = words[0].lower() if words else ""
    opener = (lead in PREPOSITIONS and len(words) <= 6 or lead in SUBORDINATORS - PREPOSITIONS and len(words) <= 15
              or lead in ADVERBIAL_OPENERS - PREPOSITIONS and len(words) <= 12) \
        and "," not in before.rstrip(" ,")      # 'Speaking to reporters in Almaty, X said …' opens with a participle
    return (bool(re.search(r"[,\u201d\"]\s*$", before)) and len(words) >= 3
            and not opener          # 'In a statement, the government denied the allegations', 'As condemnation
            #                         grew, China denied the allegations': an adverbial, no reported clause
            and (after.startswith(",") or len(after.split()) <= 3 or adverbial))


def _next_clause_start(hit: _CueHit, hits, tokens, text) -> int:
    """Where the clause after a cue ends: the sentence end, or the next cue in the
    sentence that opens a clause of its own (', adding that', 'and insists',
    ', which it said')."""
    cue_end = tokens[hit.last].end
    if hit.participle and text[hit.sentence[0]:tokens[hit.first].start].strip().lower() in ("", "by", "in", "while",
                                                                                            "after", "when", "before"):
        comma = text.find(",", cue_end, hit.sentence[1])
        if comma >= 0:
            return comma        # 'By accusing China of genocide, America …': the opening phrase ends at its comma
    before = _skip_back(tokens, hit.first - 1, 0)
    in_relative = before >= 1 and tokens[before].lower in ("who", "which") and tokens[before].start >= hit.sentence[0] \
        and tokens[before - 1].text != ","       # restrictive: 'A woman who says …'; not 'CBP, who announced …, said
    for other in hits:
        if other is hit or other.sentence != hit.sentence or tokens[other.first].start <= cue_end \
                or other.satisfied == "relative":   # '… camps which China calls training centres will close'
            continue
        start = other.speaker_span[0] if other.speaker_span and other.speaker_span[0] > cue_end \
            else tokens[other.first].start
        lead = text[cue_end:start].rstrip().lower()
        if other.participle or other.shares_subject or in_relative or lead.endswith(
                (",", " and", " which", " who", " while", " but", " whereas")):
            return start        # 'A woman who says [she was held in a camp] told lawmakers …': the main verb
    return hit.sentence[1]



# The first 'that' only: in 'stated that numerous centres that had …' the second opens a relative clause.
_LEAD_IN = re.compile(r"^(?:[\s,:]|reporters\b|on \w+day\b|(?:last|this|earlier this|next) (?:week|month|year)\b|"
                      r"(?:in|on|at|during) (?:a |an |the |its |his |her |their )?[\w -]{0,40}?"
                      r"(?:statement|post|tweet|interview|speech|letter|briefing|conference|message|video|report)(?:s|es)?\b"
                      r"(?: on [\w.]+)?(?: that\b)?|"
                      r"(?:at|during) (?:a |an |the |this |last )?(?:[\w-]+ ){0,3}(?:" + "|".join(sorted(EVENT_NOUNS)) +
                      r")s?\b)*(?:(?:\w+ ){0,3}?that\b)?[\s,:]*", re.IGNORECASE)

_TRAILING_MEDIUM = re.compile(r"\s+(?:in|on|at|during) (?:a|an|the|his|her|its|their) [\w -]{0,40}?(?:statement|post|"
                              r"tweet|interview|speech|letter|briefing|conference|message|video)s?"
                              r"(?: (?:on|last|this) \w+(?: \w+)?)?[\s.]*$", re.IGNORECASE)
_TAIL = re.compile(r"(?:[\s,;:.—–-]|\b(?:while|and|but|which|who|as|saying|adding|noting|has|have|had|also|then|"
                   r"later|would|will))+$", re.IGNORECASE)


# Phrases after an attribution that report nothing: an absolute phrase ('she said, her voice breaking'),
# '…, without elaborating', '…, according to a Reuters report', '… while talking to reporters' (unless a
# clause of its own follows).
_NOTHING_REPORTED = re.compile(r"(?:his|her|their|its)\s+[\w-]+\s+\w+ing\b|without\s+(?:\w+\s+){0,3}?\w+ing\b.{0,40}"
                               r"|according to\b.{0,60}|(?:while|when|after|before)\s+\w+ing\b(?!.*\b(?:he|she|they|we|I|it)\b).*",
                               re.IGNORECASE)
# A sentence opening (after an adverbial: 'Speaking to reporters in Almaty, ') with a capitalised name and its
# apposition, up to the cue: 'Serikzhan Bilash, an activist who has documented hundreds of cases, '.
_NAME_AND_APPOSITION = re.compile(r"\s*(?:(?:[A-Z][a-z]+ing|In|On|At|During|After|Before|Earlier|Later|But|And)\b"
                                  r"[^,.;:!?\"“”]*,\s*)?(?:(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*,\s+(?:an?|the|who|"
                                  r"whose|his|her|its|their|[a-z][\w-]*)\b[^.;:!?\"“”]*"
                                  # or the description first: 'Xinjiang's deputy Party secretary, Zhu Hailun, '
                                  r"|[A-Z][^,.;:!?\"“”]*\b[a-z][^,.;:!?\"“”]*,\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*),\s*")
# A description set before the name it introduces, at the end of what the speaker said: '…, the region's top
# official, Ahmat Rehim, told …' (a determiner, then words with no comma or quotation mark, then a comma).
_DESCRIPTION_BEFORE_NAME = re.compile(r",\s+(?:the|a|an|its|his|her|their)\s+[^,;:\"“”‘’.!?]{2,80}?,\s*$", re.IGNORECASE)
_NOT_NAMED = re.compile(r"(?:(?:asking|asked|requesting|speaking|declining|on condition)\s+(?:of\s+|on\s+)?)?"
                        r"(?:not to be (?:named|identified)|to be named|for anonymity|anonymity|anonymously"
                        r"|(?:that\s+)?(?:his|her|their|its)\s+(?:full\s+|real\s+)?names?\s+(?:not\s+)?(?:to\s+)?be\s+"
                        r"(?:used|published|given|disclosed|revealed|withheld|changed))\b",   # 'asking that her name not be used'

                        re.IGNORECASE)
_PREPOSITIONAL_LEAD = re.compile(r"\s*(?:in|on|at|during|to|with|via|through|after|before)\b[^.;:\"“”]{0,80}?\bthat\s+",
                                 re.IGNORECASE)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop the lead-in ('that', 'reporters that', 'in a statement posted on its website that') and
    trailing punctuation of a reported clause."""
    segment = text[start:end]
    lead = _PREPOSITIONAL_LEAD.match(segment) or _LEAD_IN.match(segment)
    if lead:
        start += lead.end()
    segment = text[start:end]
    medium = _TRAILING_MEDIUM.search(segment)
    if medium and medium.start() > 0:
        end = start + medium.start()    # 'calling them “…” in a social media post on Sunday': where, not what
        segment = text[start:end]
    tail = _TAIL.search(segment)
    if tail:
        end = start + tail.start()
    return start, end


def _uncovered(text: str, start: int, end: int, spans) -> str:
    """The clause's words outside quotation marks."""
    pieces, cursor = [], start
    for span in sorted(spans, key=lambda s: s.open_mark):
        close = span.close_mark + 1 if span.close_mark is not None else span.end
        if close <= start or span.open_mark >= end:
            continue
        pieces.append(text[cursor:max(cursor, span.open_mark)])
        cursor = max(cursor, close)
    pieces.append(text[cursor:end])
    return " ".join(" ".join(pieces).split())
