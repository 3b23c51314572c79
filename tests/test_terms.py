"""Facility terms: matching, voice, distancing, negation, other countries, gold, command, another term pair."""
import json
import shutil
import subprocess
import sys

import nbformat
import papermill
import pytest

from framing.corpus import prepare
from framing.lexicons import Lexicons
from framing.terms import find_mentions

from conftest import LEXICON_DIR, ROOT, write_corpus


def mentions(text, lexicons):
    return [(m.term, m.family, m.voice, m.distancing, m.negated) for m in find_mentions(prepare(text, "t", lexicons), lexicons)]


@pytest.mark.parametrize("text, term, family", [
    ("Detainees were held in internment camps.", "internment camps", "critical"),
    ("It described an internment camp.", "internment camp", "critical"),
    ("They were sent to re-education centres.", "re-education centres", "critical"),
    ("They were sent to reeducation centers.", "reeducation centers", "critical"),
    ("Intro.\n\nThey were sent to re-education\ncentres.", "re-education\ncentres", "critical"),
    ("The vocational education and training centres opened.", "vocational education and training centres", "official"),
    ("The vocational-training centers opened.", "vocational-training centers", "official"),
    ("The vocational training and education center opened.", "vocational training and education center", "official"),
    ("Trainees graduated in 2019.", "Trainees", "official"),
    ("Trainees graduated in 2019.", "graduated", "official"),
    ("The detainees were held in vocational-training camps.", "vocational-training camps", "critical"),
    ("The detainees were held in vocational-training camps.", "detainees", "critical"),
    ("A network of detention facilities grew.", "detention facilities", "critical"),
    ("The facilities were closed.", "facilities", "neutral"),
    ("The centres are campuses, not camps, the diplomat said.", "campuses", "official"),
])
def test_term_variants(lexicons, text, term, family):
    found = mentions(text, lexicons)
    assert (term, family) in [(t, f) for t, f, *_ in found], found


@pytest.mark.parametrize("text, term, category", [
    ("Thousands of detainees were held.", "detainees", "people"),
    ("The trainees have all graduated.", "trainees", "people"),
    ("The trainees have all graduated.", "graduated", "process"),
    ("He was released from the camp.", "released", "process"),
    ("They faced mass detention.", "mass detention", "process"),
    ("It called for de-radicalisation.", "de-radicalisation", "process"),
    ("They were held in re-education camps.", "re-education camps", "facility"),
])
def test_people_and_process_terms(lexicons, text, term, category):
    found = [(m.term, m.category) for m in find_mentions(prepare(text, "t", lexicons), lexicons)]
    assert (term, category) in found, found


@pytest.mark.parametrize("text", ["The university students protested.", "The ministry released a report.",
                                  "The university campus hosts a training program for nurses.",
                                  "The government released figures on Monday after the camps closed."])
def test_words_that_need_their_context(lexicons, text):
    found = [(m.term, m.category) for m in find_mentions(prepare(text, "t", lexicons), lexicons)]
    assert not any(term.lower().startswith(("student", "releas", "campus", "training program")) for term, _ in found), found


@pytest.mark.parametrize("text, held", [
    ("Customs detained a total of 1,469 shipments of cotton last year.", False),
    ("Hundreds of solar panels were detained at the port.", False),
    ("Customs issued a Detention Order on cotton from the region.", False),
    ("Police detained her brother and two neighbours in 2018.", True),
])
def test_things_held_are_not_people_held(lexicons, text, held):
    found = [m.term for m in find_mentions(prepare(text, "t", lexicons), lexicons)]
    assert ("detained" in found) == held, found


def test_words_and_marks_in_between(lexicons):
    found = mentions('He visited one of the so-called "vocational" centres.', lexicons)
    assert [(t, d) for t, _, _, d, _ in found] == [('vocational" centres', "scare_quotes;so_called")]


@pytest.mark.parametrize("text, voice", [
    ("Reporters saw the internment camps.", "narrator"),
    ("\u201cThe internment camps must close,\u201d said Jane Doe, a researcher at Human Rights Watch.", "direct"),
    ("Human Rights Watch said the internment camps must close.", "indirect"),
])
def test_voice(lexicons, text, voice):
    assert [v for _, _, v, _, _ in mentions(text, lexicons)] == [voice]


@pytest.mark.parametrize("text, distancing", [
    ('Beijing calls them "vocational training centres".', "scare_quotes;attributed_naming"),
    ("The camps, which it called vocational training centres, closed.", "attributed_naming"),
    ("What China calls vocational training centres are prisons.", "attributed_naming"),
    ("The facilities, euphemistically known as vocational training centres, grew.", "attributed_naming"),
    ("The so-called vocational training centres grew.", "so_called"),
    ("The internment camps, dubbed boarding schools by officials, grew.", "attributed_naming"),
    ("Photos of alleged camp inmates were published.", "alleged"),
])
def test_distancing(lexicons, text, distancing):
    marked = [d for t, f, _, d, _ in mentions(text, lexicons) if f == "official" or "camp" in t.lower()]
    assert distancing in marked, mentions(text, lexicons)


@pytest.mark.parametrize("text, negated", [
    ('There is no so-called "internment camps" in the region, he said.', True),
    ("Beijing denied the existence of the camps.", True),
    ("Beijing admitted the camps exist.", False),
])
def test_negation(lexicons, text, negated):
    assert [n for _, _, _, _, n in mentions(text, lexicons)][0] is negated


def test_other_countries_facilities_are_set_aside(lexicons):
    text = "It is no different from the de-radicalisation centres in France, the spokesman said."
    assert mentions(text, lexicons) == []
    doc = prepare(text, "t", lexicons)
    assert [m.elsewhere for m in find_mentions(doc, lexicons, include_elsewhere=True)] == [True]


def test_terms_command():
    article = ROOT / "data" / "raw" / "002_fd22f5ad04824f82.txt"
    result = subprocess.run([sys.executable, "-m", "framing", "terms", "--format", "json", str(article)],
                            capture_output=True, text=True, cwd=ROOT)
    rows = json.loads(result.stdout)
    raw = article.read_bytes().decode("utf-8")
    assert rows and all(raw[r["start"]:r["end"]] == r["term"] for r in rows)
    assert list(rows[0]) == ["doc_id", "start", "end", "family", "term", "voice", "speaker", "group",
                             "distancing", "negated", "sentence", "category"]
    assert {r["category"] for r in rows} <= {"facility", "people", "process"}


ANOTHER_PAIR = """families:
  official: ['undocumented (?:immigrants?|migrants?)']
  critical: ['illegal aliens?']
collocates:
  aliens: [alien, aliens]
official_groups: [US_GOV]
"""


def test_another_term_pair_needs_no_code_change(tmp_path):
    """The terminology chapter runs on a made-up corpus with a lexicon for another term pair."""
    lexicon_dir = tmp_path / "lexicons"
    shutil.copytree(LEXICON_DIR, lexicon_dir)
    (lexicon_dir / "terms.yml").write_text(ANOTHER_PAIR, encoding="utf-8")
    article = ('The senator spoke of "illegal aliens" at the border.\n\n'
               "\u201cThese are undocumented immigrants,\u201d said Ana Ruiz, a researcher at Rice University.\n")
    metadata = write_corpus(tmp_path, {"a1.txt": article.encode("utf-8")})
    found = find_mentions(prepare(article, "a1", Lexicons.load(lexicon_dir)), Lexicons.load(lexicon_dir))
    assert [(m.term, m.family, m.voice) for m in found] == [
        ("illegal aliens", "critical", "indirect"), ("undocumented immigrants", "official", "direct")]
    notebook = ROOT / "chapters" / "02_terminology.ipynb"
    out = tmp_path / "out"
    papermill.execute_notebook(str(notebook), str(tmp_path / "run.ipynb"), cwd=str(notebook.parent),
                               progress_bar=False,
                               parameters={"corpus_dir": str(tmp_path / "corpus"), "metadata": str(metadata),
                                           "lexicon_dir": str(lexicon_dir), "output_dir": str(out),
                                           "annotations_dir": str(tmp_path / "none")})
    table = (out / "tables" / "02-terms" / "mentions.csv").read_text(encoding="utf-8")
    assert "critical,illegal aliens,indirect" in table and "official,undocumented immigrants,direct" in table
    assert nbformat.read(tmp_path / "run.ipynb", as_version=4)


def test_reporters_we_keeps_a_neutral_narrator(lexicons):
    report = ("China's hidden camps\n\nWe land at Urumqi airport to avoid the scrutiny that awaits every visiting "
              "journalist.\n\nGovernment officials follow us. The government says the camps are schools.\n\n"
              "Our plan to visit the camps is not going to be easy. We drive on.")
    found = {(m.voice, m.group) for m in find_mentions(prepare(report, "t", lexicons), lexicons)}
    assert ("narrator", "NONE") in found and ("narrator", "CN_GOV") not in found
    assert ("indirect", "US_GOV") not in found          # 'follow us' names no country


def test_an_editorial_or_letter_speaks_in_its_authors_voice(lexicons):
    letter = ("Letters\n\nThe article was full of lies. The so-called camps are vocational training centres.\n\n"
              "Our policies brought stability.\n\nChen Wen\nMinister, Chinese embassy, London")
    found = {(m.term, m.voice, m.group, m.distancing) for m in find_mentions(prepare(letter, "t", lexicons), lexicons)}
    assert ("camps", "narrator", "CN_GOV", "so_called") in found
    news = "The camps hold a million people, the report said.\n\nThe camps were built in 2017.\n\nReporting by A. B."
    assert {(m.voice, m.group) for m in find_mentions(prepare(news, "t", lexicons), lexicons)} <= {
        ("narrator", "NONE"), ("indirect", "NONE")}


def test_a_signature_over_three_lines_names_the_letter_s_author(lexicons):
    letter = ("Letters\n\nYour article was full of prejudice. There are no so-called concentration camps.\n\n"
              "Western media should respect the facts.\n\nZhang Ming\n\nSpokesman for the Chinese embassy\n\nLondon")
    found = {(m.term, m.voice, m.group) for m in find_mentions(prepare(letter, "t", lexicons), lexicons)}
    assert ("concentration camps", "narrator", "CN_GOV") in found


def test_an_official_statement_s_title_names_its_author(lexicons):
    statement = ("State Department Spokesperson Ann Lee's Statement on Xinjiang\n\n"
                 "Dozens of their relatives have been detained in camps.\n\nWe call on China to release them.")
    found = {(m.term, m.voice, m.group) for m in find_mentions(prepare(statement, "t", lexicons), lexicons)}
    assert ("camps", "narrator", "US_GOV") in found
    news = "Xi's Speech On Xinjiang Stirs Anger\n\nThe camps hold a million people.\n\nReporting by A. B."
    assert {m.group for m in find_mentions(prepare(news, "t", lexicons), lexicons)} == {"NONE"}


@pytest.mark.parametrize("text, group", [
    ("Washington's troublemaking\n\nThis is an editorial from China Daily.\n\nThe camps are schools.", "CN_MEDIA"),
    ("Repression must stop\n\nThis editorial was written by The Washington Post.\n\nThe camps hold a million.", "MEDIA"),
    ("The Guardian view on China: everyone's business\n\nDetention camps hold a million people.", "MEDIA"),
    ("Chinese Embassy Statement on Xinjiang-related Issues\n\nThe camps are schools.\n\nWe oppose sanctions.", "CN_GOV"),
    ("Press Release: Congress supports the call\n\nThe World Uyghur Congress applauds the call.\n\n"
     "The camps must close.", "NGO"),
])
def test_a_declared_genre_or_release_names_the_narrator(lexicons, text, group):
    found = {(m.voice, m.group) for m in find_mentions(prepare(text, "t", lexicons), lexicons)}
    assert ("narrator", group) in found, found


def test_an_editorial_s_own_scare_quotes_are_its_author_s(lexicons):
    from framing.quotes import quotes_from_text
    text = ("US using Xinjiang to suppress China: China Daily editorial\n\nThe self-styled \u201cguardian of human "
            "rights\u201d blacklisted 28 entities.\n\nIt is anything but justifiable.")
    found = [(q.kind, q.speaker, q.group) for q in quotes_from_text(text, lexicons) if q.text == "guardian of human rights"]
    assert found == [("scare", "China Daily", "CN_MEDIA")]
