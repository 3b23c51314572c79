"""Incremental rebuilds: which changes re-execute which notebooks (correctness, not timing)."""
import shutil
import subprocess
import sys

import pytest

from framing.cache import fingerprint
from framing.config import Params

from conftest import ROOT

CH1 = ROOT / "chapters" / "01_corpus_overview.ipynb"     # declares the lexicon files it reads
CH3 = ROOT / "chapters" / "03_quote_attribution.ipynb"
LAST = ROOT / "chapters" / "07_downloads.ipynb"          # after_all


@pytest.fixture
def lexicons(tmp_path):
    folder = tmp_path / "lexicons"
    shutil.copytree(ROOT / "data" / "lexicons", folder)
    return folder


def _params(lexicon_dir, tmp_path):
    return Params.resolve(ROOT, lexicon_dir=str(lexicon_dir), output_dir=str(tmp_path / "out"))


def test_a_lexicon_file_changes_only_the_notebooks_that_read_it(lexicons, tmp_path):
    params = _params(lexicons, tmp_path)
    before = {nb: fingerprint(nb, params) for nb in (CH1, CH3)}
    with open(lexicons / "spellings.yml", "a", encoding="utf-8") as f:
        f.write("# edited\n")
    assert fingerprint(CH1, params) != before[CH1]
    assert fingerprint(CH3, params) == before[CH3]
    with open(lexicons / "cues.yml", "a", encoding="utf-8") as f:
        f.write("# edited\n")
    assert fingerprint(CH3, params) != before[CH3]


def test_parameters_corpus_and_others_count(lexicons, tmp_path):
    params = _params(lexicons, tmp_path)
    base = fingerprint(CH1, params)
    other_corpus = Params.resolve(ROOT, lexicon_dir=str(lexicons), output_dir=str(tmp_path / "out"),
                                  corpus_dir=str(tmp_path))
    assert fingerprint(CH1, other_corpus) != base
    assert fingerprint(CH1, Params.resolve(ROOT, lexicon_dir=str(lexicons), output_dir=str(tmp_path / "x"))) == base
    assert fingerprint(LAST, params, ["a"]) != fingerprint(LAST, params, ["b"])


def test_rebuilds_reuse_what_did_not_change(lexicons, tmp_path):
    command = [sys.executable, "-m", "framing", "build", "--no-pdf", "--lexicon-dir", str(lexicons),
               "--output-dir", str(tmp_path / "out")]
    run = lambda *extra: subprocess.run(command + list(extra), cwd=ROOT, capture_output=True, text=True)  # noqa: E731
    first = run()
    assert first.returncode == 0 and first.stdout.count(" ok (") == 8, first.stdout + first.stderr
    index = tmp_path / "out" / "html" / "index.html"
    stamp = index.stat().st_mtime_ns
    unchanged = run()
    assert "Up to date" in unchanged.stdout and index.stat().st_mtime_ns == stamp
    with open(lexicons / "spellings.yml", "a", encoding="utf-8") as f:
        f.write("# edited\n")
    edited = run()
    ran = {line.split()[1] for line in edited.stdout.splitlines() if " ok (" in line}
    reused = {line.split()[1] for line in edited.stdout.splitlines() if "reused" in line}
    assert "chapters/01_corpus_overview.ipynb" in ran and "chapters/03_quote_attribution.ipynb" in reused
    assert "chapters/07_downloads.ipynb" in ran                   # it lists every chapter's tables
    forced = run("--force")
    assert forced.stdout.count(" ok (") == 8 and "reused" not in forced.stdout


def test_an_extracted_table_a_notebook_reads_counts(lexicons, tmp_path):
    params = _params(lexicons, tmp_path)
    tables = {"quotes": "q1", "terms": "t1", "responses": "r1"}
    base = fingerprint(CH3, params, extracted=tables)          # declares framing.extracted: [quotes]
    assert fingerprint(CH3, params, extracted={**tables, "terms": "t2", "responses": "r2"}) == base
    assert fingerprint(CH3, params, extracted={**tables, "quotes": "q2"}) != base
