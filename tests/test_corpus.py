import hashlib

import pytest

from framing.corpus import load_corpus, load_metadata
from framing.errors import InputError

from conftest import ROOT, write_corpus

SEEDS = ROOT.parent / "shared" / "seeds"
HEADER = "doc_id,file,outlet,date,headline,agency,event,event_date,notes"


def test_raw_articles_are_byte_identical_to_the_seeds():
    if not SEEDS.is_dir():
        pytest.skip("shared/seeds is not beside this checkout")
    seeds = sorted(SEEDS.glob("*.txt"))
    assert seeds, "no seed articles found"
    for seed in seeds:
        copy = ROOT / "data" / "raw" / seed.name
        assert hashlib.sha256(copy.read_bytes()).digest() == hashlib.sha256(seed.read_bytes()).digest()


def test_the_five_articles_load_and_offsets_point_into_the_raw_files(lexicons):
    corpus = load_corpus(ROOT / "data" / "raw", ROOT / "data" / "metadata.csv", lexicons)
    assert len(corpus.documents) == 5
    for doc in corpus.documents:
        raw = (ROOT / "data" / "raw" / f"{doc.doc_id}.txt").read_bytes().decode("utf-8")
        assert doc.source.raw == raw
        for paragraph in doc.paragraphs:
            start, end = doc.source.raw_span(paragraph.start, paragraph.end)
            assert raw[start:end].replace("\u00a0", " ") == doc.text[paragraph.start:paragraph.end]


def test_seed_boilerplate_is_removed_and_reporting_kept(lexicons):
    corpus = load_corpus(ROOT / "data" / "raw", ROOT / "data" / "metadata.csv", lexicons)
    clean = {doc.doc_id[:3]: doc.clean_text() for doc in corpus.documents}
    assert "AFP is a global news agency" not in clean["000"]
    assert "via Flickr" not in clean["000"]
    assert "Join ST's Telegram" not in clean["002"]
    assert "Get the RNZ app" not in clean["003"] and "Photo: AFP" not in clean["003"]
    assert "S&P 500" not in clean["004"] and "SCMP Knowledge" not in clean["004"]
    assert "Copyright" not in clean["004"] and "min read" not in clean["004"]
    # the reporting around them survives
    assert "Lu Kang told reporters" in clean["000"]
    assert "no so-called \"internment camps\"" in clean["002"]
    assert clean["004"].startswith("China-US divide over UN human rights chief's visit to Xinjiang")


def _error(tmp_path, articles, rows=None, header=HEADER, corpus_dir=None):
    metadata = write_corpus(tmp_path, articles, rows, header)
    with pytest.raises(InputError) as caught:
        load_metadata(metadata, corpus_dir or tmp_path / "corpus")
    return caught.value


ONE = {"a.txt": b"Text."}


@pytest.mark.parametrize("rows, header, problem, line", [
    (["a,a.txt,O,2020-01-01,,,,"], "doc_id,file,outlet,date,headline,agency,event,notes", "missing column(s) event_date", 1),
    (["a,a.txt,O,2020-01-01,,,,,,x"], HEADER + ",extra", "unknown column(s) extra", 1),
    (["a,a.txt,O,2020-13-01,,,,,"], HEADER, "date '2020-13-01' is not a date", 2),
    (["a,a.txt,O,2020-13,,,,,"], HEADER, "date '2020-13' is not a date", 2),
    (["a,a.txt,O,2020-01-01,,,,yesterday,"], HEADER, "event_date 'yesterday'", 2),
    (["a,a.txt,O,2020-01-01,,,,,", "a,b.txt,O,2020-01-01,,,,,"], HEADER, "duplicate doc_id 'a'", 3),
    (["a,a.txt,O,2020-01-01,,,,,", "b,a.txt,O,2020-01-01,,,,,"], HEADER, "listed twice", 3),
    (["a,missing.txt,O,2020-01-01,,,,,"], HEADER, "'missing.txt' not found", 2),
    (["a,../../etc/passwd,O,2020-01-01,,,,,"], HEADER, "must be a file name inside the corpus folder", 2),
    (["a,/etc/passwd,O,2020-01-01,,,,,"], HEADER, "must be a file name inside the corpus folder", 2),
    (["a b,a.txt,O,2020-01-01,,,,,"], HEADER, "doc_id 'a b'", 2),
    (["a,a.txt,O,2020-01-01"], HEADER, "4 fields where the header has 9", 2),
])
def test_bad_metadata_is_an_error_naming_the_row(tmp_path, rows, header, problem, line):
    error = _error(tmp_path, ONE, rows, header)
    assert problem in error.problem
    assert error.line == line and error.path.endswith("metadata.csv")


@pytest.mark.parametrize("day", ["2019-08-21", "2019-08", "2019"])
def test_a_month_or_year_alone_is_a_date(tmp_path, day):
    metadata = write_corpus(tmp_path, ONE, [f"a,a.txt,O,{day},,,,,"], HEADER)
    assert list(load_metadata(metadata, tmp_path / "corpus")["date"]) == [day]


def test_an_article_with_no_row_is_named(tmp_path):
    error = _error(tmp_path, {"a.txt": b"A.", "b.txt": b"B."}, ["a,a.txt,O,2020-01-01,,,,,"])
    assert error.path.endswith("b.txt") and "has no row" in error.problem


def test_bad_article_files_are_named(tmp_path, lexicons):
    metadata = write_corpus(tmp_path, {"a.txt": b"Good.", "b.txt": b"bad \xff byte"})
    with pytest.raises(InputError) as caught:
        load_corpus(tmp_path / "corpus", metadata, lexicons)
    assert caught.value.path.endswith("b.txt") and "UTF-8" in caught.value.problem


def test_empty_article_is_named(tmp_path, lexicons):
    metadata = write_corpus(tmp_path, {"a.txt": b"\n \n"})
    with pytest.raises(InputError, match=r"a\.txt: the file is empty"):
        load_corpus(tmp_path / "corpus", metadata, lexicons)


def test_missing_metadata_file(tmp_path):
    with pytest.raises(InputError, match="metadata file not found"):
        load_metadata(tmp_path / "nope.csv", tmp_path)


def test_articles_are_prepared_only_when_used(lexicons, monkeypatch):
    import framing.corpus as corpus_module
    prepared = []
    real = corpus_module.prepare
    monkeypatch.setattr(corpus_module, "prepare",
                        lambda raw, doc_id, lex: prepared.append(doc_id) or real(raw, doc_id, lex))
    corpus = load_corpus(ROOT / "data" / "raw", ROOT / "data" / "metadata.csv", lexicons)
    assert len(corpus.documents) == 5 and prepared == []        # chapters that read only tables pay nothing
    last = corpus.documents[-1]
    assert [d.doc_id for d in corpus.documents[:2]] == list(corpus.metadata["doc_id"][:2])
    assert corpus.documents[4] is last and prepared == [last.doc_id] + list(corpus.metadata["doc_id"][:2])
