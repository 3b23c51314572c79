import shutil

import pytest

from framing.errors import InputError
from framing.lexicons import Lexicons, load_boilerplate, load_entities, read_word_list

from conftest import LEXICON_DIR


def test_the_shipped_lexicons_load(lexicons):
    assert lexicons.boilerplate and lexicons.entities and lexicons.spellings
    assert "the" in lexicons.stopwords and "ms" in lexicons.abbreviations


@pytest.mark.parametrize("text, problem, line", [
    ("rules:\n  - name: x\n    reason: y\n    pattern: '(unclosed'\n", "invalid regular expression", 2),
    ("rules:\n  - name: x\n    pattern: 'a'\n", "missing reason", 2),
    ("rules:\n  - name: x\n    reason: y\n  pattern: [\n", "malformed YAML", None),
    ("rules: []\n", "'rules' is empty", None),
    ("something: else\n", "expected a mapping with a list under 'rules:'", None),
    ("rules:\n  - just a string\n", "must be a mapping", 2),
    ("rules:\n  - {name: x, reason: y, pattern: a, max_words: -1}\n", "max_words", 2),
])
def test_bad_boilerplate_files_name_file_and_line(tmp_path, text, problem, line):
    path = tmp_path / "boilerplate.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_boilerplate(path)
    assert problem in caught.value.problem and caught.value.path == str(path)
    if line is not None:
        assert caught.value.line == line


def test_malformed_yaml_reports_its_line(tmp_path):
    path = tmp_path / "entities.yml"
    path.write_text("entities:\n  - {name: A, kind: person\n  - {name: B}\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_entities(path)
    assert caught.value.line == 3


@pytest.mark.parametrize("entry, problem", [
    ("{name: A, kind: robot, group: NONE, patterns: [A]}", "kind 'robot'"),
    ("{name: A, kind: person, group: MARTIANS, patterns: [A]}", "group 'MARTIANS'"),
    ("{name: A, kind: person, group: NONE, patterns: []}", "patterns must be a non-empty list"),
    ("{name: A, kind: person, group: NONE, patterns: ['[']}", "invalid regular expression"),
])
def test_bad_entities(tmp_path, entry, problem):
    path = tmp_path / "entities.yml"
    path.write_text(f"entities:\n  - {entry}\n", encoding="utf-8")
    with pytest.raises(InputError, match=problem.replace("[", r"\[")):
        load_entities(path)


def test_empty_word_list(tmp_path):
    path = tmp_path / "stopwords.txt"
    path.write_text("# only a comment\n\n", encoding="utf-8")
    with pytest.raises(InputError, match="the list is empty"):
        read_word_list(path)


def test_missing_lexicon_file_is_named(tmp_path):
    folder = tmp_path / "lex"
    shutil.copytree(LEXICON_DIR, folder)
    (folder / "spellings.yml").unlink()
    with pytest.raises(InputError, match=r"spellings\.yml: file not found"):
        Lexicons.load(folder)


def test_given_names_load_and_a_bad_shape_is_named(tmp_path, lexicons):
    rules = lexicons.speakers
    assert rules.given_names["adrian"] == "he" and rules.given_names["rahima"] == "she"
    assert ("gul", "she") in rules.given_name_endings
    folder = tmp_path / "lex"
    shutil.copytree(LEXICON_DIR, folder)
    path = folder / "speakers.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("given_names:\n  he:", "given_names:\n  it:"),
                    encoding="utf-8")
    with pytest.raises(InputError, match=r"given_names: must map 'he' and 'she'"):
        Lexicons.load(folder)
