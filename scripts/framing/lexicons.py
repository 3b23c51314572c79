"""Load and validate the editable data files under the lexicon folder.

Every loader returns plain records and raises :class:`InputError` naming the
file and line when the file is missing, malformed or holds a bad pattern.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import InputError

ENTITY_KINDS = ("person", "organisation", "government", "place")
GROUPS = ("CN_GOV", "CN_MEDIA", "US_GOV", "UK_GOV", "EU", "UN", "OTHER_GOV",
          "NGO", "ACADEMIC", "WITNESS", "MEDIA", "BUSINESS", "NONE")


@dataclass(frozen=True)
class BoilerplateRule:
    name: str
    reason: str
    pattern: re.Pattern
    max_words: int | None = None


@dataclass(frozen=True)
class Entity:
    name: str
    kind: str
    group: str
    patterns: tuple[str, ...]


@dataclass(frozen=True)
class SpellingVariants:
    concept: str
    forms: tuple[str, ...]


def per_lexicon(build):
    """Cache ``build(value)`` by the identity of a lexicon's large, immutable value (a tuple of
    patterns or records, alive as long as its Lexicons): hashing a hundred records on every call
    cost more than the lookup saved."""
    built: dict[int, tuple[object, object]] = {}

    def cached(value):
        known = built.get(id(value))
        if known is None or known[0] is not value:
            known = built[id(value)] = (value, build(value))
        return known[1]
    return cached


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)     # libyaml's parser: ten times faster


def load_yaml(path: Path) -> tuple[object, yaml.Node | None]:
    """Parse a YAML file into data and its node tree (which keeps line numbers)."""
    text = _read_text(path)
    try:
        return yaml.load(text, Loader=_LOADER), yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(err, "problem", None) or str(err)
        raise InputError(path, f"malformed YAML: {problem}", line=line) from None


def read_mapping(path: Path) -> dict:
    """A YAML file whose top level must be a mapping."""
    data, _ = load_yaml(path)
    if not isinstance(data, dict):
        raise InputError(path, "expected a mapping at the top level")
    return data


def read_yaml(path: Path, top_key: str) -> list[tuple[dict, int]]:
    """Return the list under ``top_key`` as (item, line number) pairs."""
    data, node = load_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get(top_key), list):
        raise InputError(path, f"expected a mapping with a list under '{top_key}:'")
    value_node = next(v for k, v in node.value if k.value == top_key)
    items = []
    for item, item_node in zip(data[top_key], value_node.value):
        line = item_node.start_mark.line + 1
        if not isinstance(item, dict):
            raise InputError(path, f"each entry of '{top_key}' must be a mapping", line=line)
        items.append((item, line))
    if not items:
        raise InputError(path, f"'{top_key}' is empty")
    return items


def read_word_list(path: Path) -> tuple[str, ...]:
    """One entry a line; blank lines and ``#`` comments skipped."""
    lines = _read_text(path).splitlines()
    words = tuple(w.strip() for w in lines if w.strip() and not w.lstrip().startswith("#"))
    if not words:
        raise InputError(path, "the list is empty")
    return words


def load_boilerplate(path: Path) -> tuple[BoilerplateRule, ...]:
    rules = []
    for item, line in read_yaml(path, "rules"):
        _require(item, ("name", "reason", "pattern"), path, line)
        flags = 0 if item.get("case_sensitive") else re.IGNORECASE
        max_words = item.get("max_words")
        if max_words is not None and (not isinstance(max_words, int) or max_words < 1):
            raise InputError(path, "max_words must be a positive whole number", line=line)
        rules.append(BoilerplateRule(str(item["name"]), str(item["reason"]),
                                     compile_pattern(item["pattern"], path, line, flags), max_words))
    return tuple(rules)


def load_entities(path: Path) -> tuple[Entity, ...]:
    entities = []
    for item, line in read_yaml(path, "entities"):
        _require(item, ("name", "kind", "group", "patterns"), path, line)
        if item["kind"] not in ENTITY_KINDS:
            raise InputError(path, f"kind '{item['kind']}' is not one of {', '.join(ENTITY_KINDS)}", line=line)
        if item["group"] not in GROUPS:
            raise InputError(path, f"group '{item['group']}' is not one of {', '.join(GROUPS)}", line=line)
        patterns = item["patterns"]
        if not isinstance(patterns, list) or not patterns:
            raise InputError(path, "patterns must be a non-empty list", line=line)
        for pattern in patterns:
            compile_pattern(pattern, path, line)
        entities.append(Entity(str(item["name"]), item["kind"], item["group"], tuple(map(str, patterns))))
    return tuple(entities)


def load_spellings(path: Path) -> tuple[SpellingVariants, ...]:
    variants = []
    for item, line in read_yaml(path, "variants"):
        _require(item, ("concept", "forms"), path, line)
        forms = item["forms"]
        if not isinstance(forms, list) or len(forms) < 2:
            raise InputError(path, "forms must list at least two spellings", line=line)
        variants.append(SpellingVariants(str(item["concept"]), tuple(map(str, forms))))
    return tuple(variants)


def compile_pattern(pattern: object, path: Path, line: int, flags: int = 0) -> re.Pattern:
    if not isinstance(pattern, str) or not pattern:
        raise InputError(path, "a pattern must be a non-empty string", line=line)
    try:
        return re.compile(pattern, flags)
    except re.error as err:
        raise InputError(path, f"invalid regular expression {pattern!r}: {err}", line=line) from None


def _require(item: dict, keys: tuple[str, ...], path: Path, line: int) -> None:
    missing = [k for k in keys if item.get(k) in (None, "")]
    if missing:
        raise InputError(path, f"missing {', '.join(missing)}", line=line)


def _read_text(path: Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(path, "file not found") from None
    except UnicodeDecodeError as err:
        raise InputError(path, f"not valid UTF-8 (byte {err.start})") from None


# The files each field of :class:`Lexicons` is loaded from.
FILES = {"boilerplate": ("boilerplate.yml",), "abbreviations": ("abbreviations.txt",),
         "stopwords": ("stopwords.txt",), "entities": ("entities.yml",), "spellings": ("spellings.yml",),
         "cues": ("cues.yml",), "speakers": ("speakers.yml",), "terms": ("terms.yml",),
         "responses": ("responses.yml", "accusations.yml")}


@dataclass(frozen=True)
class Lexicons:
    """Every data file under the lexicon folder, loaded and validated once."""

    boilerplate: tuple[BoilerplateRule, ...]
    abbreviations: tuple[str, ...]
    stopwords: frozenset[str]
    entities: tuple[Entity, ...]
    spellings: tuple[SpellingVariants, ...]
    cues: "CueLexicon"
    speakers: "SpeakerRules"
    terms: "TermLexicon"
    responses: "ResponseLexicon"

    @classmethod
    def load(cls, folder: Path) -> "Lexicons":
        folder = Path(folder)
        if not folder.is_dir():
            raise InputError(folder, "lexicon folder not found")
        path = {field: folder / names[0] for field, names in FILES.items()}
        return cls(
            boilerplate=load_boilerplate(path["boilerplate"]),
            abbreviations=read_word_list(path["abbreviations"]),
            stopwords=frozenset(w.lower() for w in read_word_list(path["stopwords"])),
            entities=load_entities(path["entities"]),
            spellings=load_spellings(path["spellings"]),
            cues=load_cues(path["cues"]),
            speakers=load_speaker_rules(path["speakers"]),
            terms=load_terms(path["terms"]),
            responses=load_response_lexicon(folder),
        )


@dataclass(frozen=True)
class Cue:
    lemma: str
    words: tuple[str, ...]          # one form, split into words ("pointed", "out")
    needs: tuple[str, ...]          # checked in this order, "quote" last
    naming: bool                    # this form names rather than reports


@dataclass(frozen=True)
class CueLexicon:
    cues: tuple[Cue, ...]
    speaker_after: tuple[tuple[str, ...], ...]
    noun_forms: frozenset[str]
    inverting: frozenset[str]
    claim_nouns: frozenset[str]


@dataclass(frozen=True)
class SpeakerRules:
    role_nouns: frozenset[str]
    generic_speakers: tuple[str, ...]
    group_rules: tuple[tuple[str, re.Pattern], ...]
    countries: tuple[tuple[str, re.Pattern], ...]
    government_roles: re.Pattern
    default_government_group: str
    default_person_group: str
    party_politics: re.Pattern | None = None
    given_names: dict[str, str] = field(default_factory=dict)       # 'adrian' -> 'he'
    given_name_endings: tuple[tuple[str, str], ...] = ()             # ('gul', 'she')


def load_cues(path: Path) -> CueLexicon:
    cues = []
    for item, line in read_yaml(path, "cues"):
        _require(item, ("lemma", "forms"), path, line)
        forms, needs, naming = item["forms"], item.get("needs", []), item.get("naming", [])
        if not isinstance(forms, list) or not forms or not isinstance(needs, list) or not isinstance(naming, list):
            raise InputError(path, "forms, needs and naming must be lists (forms non-empty)", line=line)
        for form in forms:
            ordered = tuple(sorted(map(str, needs), key=lambda need: need == "quote"))
            cues.append(Cue(str(item["lemma"]), tuple(str(form).lower().split()), ordered, form in naming))
    data = read_mapping(path)
    after = data.get("speaker_after") or []
    return CueLexicon(tuple(cues), tuple(tuple(str(p).lower().split()) for p in after),
                      frozenset(str(w).lower() for w in data.get("noun_forms") or []),
                      frozenset(str(w).lower() for w in data.get("inverting") or []),
                      frozenset(str(w).lower() for w in data.get("claim_nouns") or []))


def load_speaker_rules(path: Path) -> SpeakerRules:
    data = read_mapping(path)
    for key in ("role_nouns", "generic_speakers", "group_rules", "countries", "government_roles",
                "default_government_group"):
        if key not in data:
            raise InputError(path, f"missing '{key}:'")
    rules = []
    for item, line in read_yaml(path, "group_rules"):
        _require(item, ("group", "pattern"), path, line)
        _check_group(item["group"], path, line)
        rules.append((item["group"], compile_pattern(rf"(?<!\w)(?:{item['pattern']})(?!\w)", path, line, re.IGNORECASE)))
    countries = []
    for group, words in data["countries"].items():
        _check_group(group, path, None)
        countries.append((group, compile_pattern(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", path, 0, re.IGNORECASE)))
    _check_group(data["default_government_group"], path, None)
    _check_group(data.get("default_person_group", "NONE"), path, None)
    roles = compile_pattern(rf"\b(?:{'|'.join(data['government_roles'])})\b", path, 0, re.IGNORECASE)
    genders = data.get("given_names") or {}
    if not isinstance(genders, dict) or set(genders) - {"he", "she"} or \
            not all(isinstance(v, dict) and set(v) <= {"names", "endings"} for v in genders.values()):
        raise InputError(path, "given_names: must map 'he' and 'she' to {names: [...], endings: [...]}")
    given = {str(n).lower(): pronoun for pronoun, v in genders.items() for n in v.get("names") or []}
    endings = tuple((str(e).lower(), pronoun) for pronoun, v in genders.items() for e in v.get("endings") or [])
    return SpeakerRules(frozenset(w.lower() for w in data["role_nouns"]),
                        tuple(w.lower() for w in data["generic_speakers"]), tuple(rules), tuple(countries),
                        roles, data["default_government_group"], data.get("default_person_group", "NONE"),
                        compile_pattern(rf"\b(?:{'|'.join(data['party_politics'])})\b", path, 0, re.IGNORECASE)
                        if data.get("party_politics") else None, given, endings)


@dataclass(frozen=True)
class TermPattern:
    """One way of writing a term: its category and family, and the categories it needs beside it."""

    category: str
    family: str
    pattern: re.Pattern
    only_with: tuple[str, ...] = ()


@dataclass(frozen=True)
class TermLexicon:
    """Term patterns by category and family, and places whose facilities are not counted."""

    patterns: tuple[TermPattern, ...]
    elsewhere: re.Pattern | None
    collocates: dict[str, tuple[str, ...]]
    official_groups: tuple[str, ...]
    things_held: re.Pattern | None = None

    def families(self) -> tuple[str, ...]:
        """Family names in the order the file gives them."""
        return tuple(dict.fromkeys(p.family for p in self.patterns))

    def any_term(self) -> re.Pattern:
        """One pattern that matches a term of any family."""
        return re.compile("|".join(f"(?:{p.pattern.pattern})" for p in self.patterns), re.IGNORECASE)


# A space in a term pattern stands for any run of white space, hyphens or quote marks
# (write an optional hyphen as "-?", not " ?").
TERM_GAP = "[\\s\\-\"'\u2018\u2019\u201c\u201d]+"
SINGLE_CATEGORY = "terms"


def load_terms(path: Path) -> TermLexicon:
    """``categories: {category: {family: [patterns]}}``, or ``families: {family: [patterns]}`` for one category."""
    data = read_mapping(path)
    categories = data.get("categories")
    if categories is None and isinstance(data.get("families"), dict):
        categories = {SINGLE_CATEGORY: data["families"]}
    if not isinstance(categories, dict) or not categories:
        raise InputError(path, "expected 'categories:' mapping each category to its families "
                               "(or 'families:' mapping each family to a list of patterns)")
    patterns = []
    for category, families in categories.items():
        if not isinstance(families, dict) or not families:
            raise InputError(path, f"category '{category}' has no families")
        for family, entries in families.items():
            if not isinstance(entries, list) or not entries:
                raise InputError(path, f"family '{family}' has no patterns")
            for entry in entries:
                spec = entry if isinstance(entry, dict) else {"pattern": entry}
                only_with = tuple(str(c) for c in spec.get("only_with") or ())
                unknown = [c for c in only_with if c not in categories]
                if unknown or not spec.get("pattern"):
                    raise InputError(path, f"family '{family}': {entry!r} needs a pattern and known only_with "
                                           f"categories ({', '.join(categories)})")
                compiled = compile_pattern(rf"(?<!\w)(?:{str(spec['pattern']).replace(' ', TERM_GAP)})(?!\w)",
                                           path, 0, re.IGNORECASE)
                patterns.append(TermPattern(str(category), str(family), compiled, only_with))
    places = data.get("elsewhere") or []
    if not isinstance(places, list):
        raise InputError(path, "'elsewhere' must be a list of place names")
    elsewhere = compile_pattern("|".join(re.escape(str(p)) for p in places), path, 0) if places else None
    targets = data.get("collocates") or {}
    if not isinstance(targets, dict) or not all(isinstance(v, list) and v for v in targets.values()):
        raise InputError(path, "'collocates' must map a name to a non-empty list of word forms")
    official = data.get("official_groups") or []
    for group in official:
        _check_group(group, path, None)
    things = data.get("things_held") or []
    if not isinstance(things, list):
        raise InputError(path, "'things_held' must be a list of patterns")
    things_held = compile_pattern("|".join(f"(?:{t})" for t in things), path, 0, re.IGNORECASE) if things else None
    return TermLexicon(tuple(patterns), elsewhere,
                       {str(k): tuple(str(w).lower() for w in v) for k, v in targets.items()}, tuple(official),
                       things_held)


def _check_group(group: object, path: Path, line: int | None) -> None:
    if group not in GROUPS:
        raise InputError(path, f"group '{group}' is not one of {', '.join(GROUPS)}", line=line)


@dataclass(frozen=True)
class ResponseLexicon:
    strategies: dict[str, tuple[re.Pattern, ...]]
    allegations: tuple[re.Pattern, ...]
    distancing: re.Pattern | None = None      # ends right before a trigger that then labels nothing
    sides: dict[str, frozenset[str]] = field(default_factory=dict)   # strategy -> the only sides it is used by
    harming: re.Pattern | None = None         # ends right before a defence trigger that then labels nothing


def _held_off(data: dict, key: str, path: Path) -> re.Pattern | None:
    """One pattern that ends right before a trigger up to three words after any phrase listed under ``key``."""
    phrases = data.get(key) or []
    if not isinstance(phrases, list):
        raise InputError(path, f"expected '{key}:' to be a list of patterns")
    for p in phrases:
        compile_pattern(p, path, 0, re.IGNORECASE)
    return compile_pattern("(?<!\\w)(?:" + "|".join(f"(?:{p})" for p in phrases) + r")\s+(?:[\w'’-]+\s+){0,3}$",
                           path, 0, re.IGNORECASE) if phrases else None


def load_response_lexicon(folder: Path) -> ResponseLexicon:
    """``responses.yml`` (strategies) and ``accusations.yml`` from a lexicon folder."""
    path = Path(folder) / "responses.yml"
    data = read_mapping(path)
    strategies = data.get("strategies")
    if not isinstance(strategies, dict) or not strategies:
        raise InputError(path, "expected 'strategies:' mapping each strategy to its patterns")
    compiled, sides = {}, {}
    for name, spec in strategies.items():
        patterns = spec.get("patterns") if isinstance(spec, dict) else None
        if not isinstance(patterns, list) or not patterns:
            raise InputError(path, f"strategy '{name}' has no patterns")
        if spec.get("sides") is not None:
            if not isinstance(spec["sides"], list) or not all(isinstance(g, str) for g in spec["sides"]):
                raise InputError(path, f"strategy '{name}': 'sides' must be a list of groups")
            sides[str(name)] = frozenset(spec["sides"])
        for p in patterns:                       # each checked alone, so an error names it
            compile_pattern(p, path, 0, re.IGNORECASE)
        # one alternation per strategy: a single search finds its earliest trigger
        compiled[str(name)] = (compile_pattern("(?<!\\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + ")(?!\\w)",
                                               path, 0, re.IGNORECASE),)
    distancing, harming = (_held_off(data, key, path) for key in ("distancing", "harming"))
    accusations = Path(folder) / "accusations.yml"
    data = read_mapping(accusations)
    allegations = data.get("allegations")
    if not isinstance(allegations, list) or not allegations:
        raise InputError(accusations, "expected 'allegations:' with a list of patterns")
    return ResponseLexicon(compiled, tuple(compile_pattern(f"(?<!\\w)(?:{p})(?!\\w)", accusations, 0, re.IGNORECASE)
                                           for p in allegations), distancing, sides, harming)
