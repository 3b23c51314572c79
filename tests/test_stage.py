"""The extraction stage: cache hits and invalidation, corrupt entries, bad files in a batch,
the same tables whatever the number of workers, and on a real Dask cluster."""
import csv
import dataclasses
import io
import shutil
from pathlib import Path

import pytest

from framing import stage
from framing.cli import main
from framing.corpus import read_document
from framing.lexicons import FILES, Lexicons
from framing.quotes import COLUMNS as QUOTE_COLUMNS, extract_quotes
from framing.bench import synthetic_articles

from conftest import LEXICON_DIR, ROOT

SEEDS = sorted((ROOT / "data" / "raw").glob("*.txt"))


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in SEEDS[:3]:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture
def lexicon_dir(tmp_path):
    folder = tmp_path / "lexicons"
    shutil.copytree(LEXICON_DIR, folder)
    return folder


@pytest.fixture
def calls(monkeypatch):
    """Every (doc_id, tables, quotes were given) that :func:`stage.analyse` is asked for."""
    seen = []
    real = stage.analyse

    def counting(doc_id, data, path, lexicons, tables, quotes=None):
        seen.append((doc_id, tuple(sorted(tables)), quotes is not None))
        return real(doc_id, data, path, lexicons, tables, quotes)
    monkeypatch.setattr(stage, "analyse", counting)
    return seen


def _run(corpus, lexicon_dir, cache, out, jobs=1):
    articles = stage.read_articles(((p.stem, p) for p in sorted(corpus.glob("*.txt"))), pytest.fail)
    run = stage.Stage(articles, lexicon_dir, cache)
    run.extract(stage.TABLES, pytest.fail, jobs=jobs)
    run.write(out)
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}


def _append(path: Path, text: str) -> None:
    with open(path, "a", encoding="utf-8") as f:
        f.write(text)


def test_records_are_cached_and_only_what_changed_is_extracted_again(corpus, lexicon_dir, tmp_path, calls,
                                                                     monkeypatch):
    cache, out = tmp_path / "cache", tmp_path / "out"
    first = _run(corpus, lexicon_dir, cache, out)
    every = tuple(sorted(stage.TABLES))
    assert sorted(calls) == sorted((p.stem, every, False) for p in corpus.glob("*.txt"))
    calls.clear()
    assert _run(corpus, lexicon_dir, cache, out) == first and calls == []           # nothing changed

    edited = sorted(corpus.glob("*.txt"))[1]
    _append(edited, "\n\n“We deny it,” a spokesman said.\n")
    after_edit = _run(corpus, lexicon_dir, cache, out)
    assert calls == [(edited.stem, every, False)]
    assert b"We deny it" in after_edit["quotes.csv"] and after_edit["articles.csv"] != first["articles.csv"]
    calls.clear()

    _append(lexicon_dir / "spellings.yml", "# read by chapter 1 only\n")
    _run(corpus, lexicon_dir, cache, out)
    assert calls == []
    _append(lexicon_dir / "responses.yml", "# edited\n")       # quotes are reused from the cache
    _run(corpus, lexicon_dir, cache, out)
    assert sorted(calls) == sorted((p.stem, ("accusations", "responses"), True) for p in corpus.glob("*.txt"))
    calls.clear()
    _append(lexicon_dir / "cues.yml", "# edited\n")
    _run(corpus, lexicon_dir, cache, out)
    assert {c[1] for c in calls} == {("accusations", "quotes", "responses", "terms")} and len(calls) == 3
    calls.clear()

    monkeypatch.setattr(stage, "engine_version", lambda: "another version of the code")
    again = _run(corpus, lexicon_dir, cache, out)
    assert sorted(calls) == sorted((p.stem, every, False) for p in corpus.glob("*.txt"))
    assert again == _run(corpus, lexicon_dir, tmp_path / "fresh cache", tmp_path / "fresh out")


def test_each_table_reads_only_the_lexicons_its_cache_key_covers(lexicons):
    """An extractor that starts reading another lexicon file must be declared in stage.TABLES,
    or a change to that file would leave stale records in the cache."""
    assert set(FILES) == {f.name for f in dataclasses.fields(Lexicons)}

    class Undeclared:
        def __getattr__(self, name):
            raise AssertionError(f"reads an undeclared lexicon ({name})")
    for table, spec in stage.TABLES.items():
        restricted = dataclasses.replace(lexicons, **{f: Undeclared() for f in FILES if f not in spec.lexicons})
        for path in SEEDS:
            found = stage.analyse(path.stem, path.read_bytes(), str(path), restricted, [table])
            assert found[table] == stage.analyse(path.stem, path.read_bytes(), str(path), lexicons, [table])[table]


def test_a_corrupt_cache_entry_is_detected_and_extracted_again(corpus, lexicon_dir, tmp_path, calls):
    cache, out = tmp_path / "cache", tmp_path / "out"
    first = _run(corpus, lexicon_dir, cache, out)
    records = sorted((cache / "records").rglob("*"))
    entry = next(p for p in records if p.is_file() and b'"speech"' in p.read_bytes())
    entry.write_bytes(entry.read_bytes().replace(b'"speech"', b'"speeck"', 1))
    for shard in (cache / "shards").rglob("*.*"):
        shard.write_bytes(shard.read_bytes()[:-3])             # truncated
    shutil.rmtree(out)
    calls.clear()
    assert _run(corpus, lexicon_dir, cache, out) == first
    assert len(calls) == 1                                     # the article whose entry was corrupt
    assert b"speeck" not in entry.read_bytes()


def test_a_batch_with_bad_files_keeps_the_good_ones_and_names_the_bad(corpus, tmp_path, capsys):
    (corpus / "utf16.txt").write_bytes("“Hello,” he said.".encode("utf-16"))
    (corpus / "binary.txt").write_bytes(b"PK\x03\x04\x00\x00")
    (corpus / "latin1.txt").write_bytes("Caf\xe9 society, he said.".encode("latin-1"))
    missing = tmp_path / "nowhere.txt"
    out = tmp_path / "out"
    status = main(["extract", str(corpus), str(missing), "--out", str(out), "--cache-dir", str(tmp_path / "c"),
                   "--jobs", "2"])
    err = capsys.readouterr().err
    assert status == 1
    for name, reason in (("utf16.txt", "UTF-16"), ("binary.txt", "NUL bytes"), ("latin1.txt", "not valid UTF-8"),
                         ("nowhere.txt", "file not found")):
        assert any(name in line and reason in line for line in err.splitlines()), (name, err)
    with open(out / "articles.csv", encoding="utf-8") as f:
        assert [row["doc_id"] for row in csv.DictReader(f)] == [p.stem for p in SEEDS[:3]]

    strict_out = tmp_path / "strict"
    assert main(["extract", str(corpus), "--out", str(strict_out), "--strict", "--cache-dir",
                 str(tmp_path / "c")]) == 1
    assert "binary.txt" in capsys.readouterr().err and not strict_out.exists()


@pytest.mark.parametrize("argv", [["quotes", "--jobs", "0"], ["terms", "--format", "xml"], ["extract"]])
def test_bad_usage_exits_2(corpus, argv, capsys):
    with pytest.raises(SystemExit) as stopped:
        main([*argv, str(corpus)])
    assert stopped.value.code == 2


def test_an_empty_folder_or_a_doc_id_twice_is_bad_usage(corpus, tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["quotes", str(tmp_path / "empty")]) == 2
    assert "no .txt article files" in capsys.readouterr().err
    (tmp_path / "again").mkdir()
    twin = shutil.copy(SEEDS[0], tmp_path / "again" / SEEDS[0].name)
    assert main(["quotes", str(corpus), str(twin)]) == 2
    assert "rename one" in capsys.readouterr().err


def test_quotes_command_prints_what_the_extractor_finds(corpus, tmp_path, capsys, lexicons):
    assert main(["quotes", str(corpus), "--cache-dir", str(tmp_path / "c")]) == 0
    printed = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    expected = [[str(getattr(q, c)) for c in QUOTE_COLUMNS]
                for path in sorted(corpus.glob("*.txt")) for q in extract_quotes(read_document(path, lexicons), lexicons)]
    assert printed[0] == QUOTE_COLUMNS and printed[1:] == expected and len(expected) > 20


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    folder = tmp_path_factory.mktemp("synthetic")
    raw = [p.read_text(encoding="utf-8") for p in SEEDS]
    for i, text in enumerate(synthetic_articles(raw, 40, seed=7)):
        (folder / f"s{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def _extract(corpus: Path, tmp_path: Path, name: str, *flags: str) -> dict[str, bytes]:
    out = tmp_path / name
    assert main(["extract", str(corpus), "--out", str(out), "--cache-dir", str(tmp_path / f"{name}-cache"),
                 *flags]) == 0
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}


def test_tables_are_byte_identical_whatever_the_number_of_workers(synthetic, tmp_path):
    one = _extract(synthetic, tmp_path, "jobs1", "--jobs", "1")
    assert set(one) == {f"{t}.csv" for t in stage.TABLES} and one["quotes.csv"].count(b"\n") > 200
    assert _extract(synthetic, tmp_path, "jobs2", "--jobs", "2") == one
    assert _extract(synthetic, tmp_path, "jobs4", "--jobs", "4") == one


def test_a_dask_cluster_writes_the_same_tables(synthetic, tmp_path):
    from distributed import LocalCluster
    local = _extract(synthetic, tmp_path, "local", "--jobs", "2")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        assert _extract(synthetic, tmp_path, "dask", "--scheduler", cluster.scheduler_address) == local


def test_a_worker_with_other_code_refuses_to_extract():
    with pytest.raises(stage.EngineMismatch, match="install the same version on every worker"):
        stage.extract_batch({}, "the client's engine", [])
