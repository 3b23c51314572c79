"""Hostile and broken input: clear errors, literal text everywhere, no script runs, nothing lost."""
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import unicodedata

import pytest
from hypothesis import given, settings, strategies as st

from framing.config import Params
from framing.corpus import MAX_ARTICLE_BYTES, read_document, prepare
from framing.errors import InputError
from framing.quotes import quotes_from_text
from framing.responses import response_rows
from framing.runner import build
from framing.terms import find_mentions

from conftest import ROOT, write_corpus

HOSTILE = (
    "Hostile <script>document.body.setAttribute('data-pwned','script')</script> headline\n\n"
    "\u201cWe reject the <img src=x onerror=\"document.body.setAttribute('data-pwned','img')\"> internment "
    "camps claim,\u201d said Wang Wenbin, a spokesman for the Chinese foreign ministry.\n\n"
    "Rights groups say the so-called \"vocational training centres\" are camps {eval}`1+1` "
    "```{raw} html\n<script>document.body.setAttribute('data-pwned','myst')</script>\n```\n\n"
    "Costs rose 100% & more: $5 #tag under_score {brace} ~tilde ^caret \\backslash in \u65b0\u7586 \u03b1 \U0001F600.\n"
)
QUIET = "A market opened in the city on Monday.\n\nTraders sold fruit and vegetables.\n"
CHINESE = "\u65b0\u7586\u7ef4\u543e\u5c14\u81ea\u6cbb\u533a"   # Xinjiang Uyghur Autonomous Region
UYGHUR = ("\u0634\u0649\u0646\u062c\u0627\u06ad \u0626\u06c7\u064a\u063a\u06c7\u0631 "   # the same, in Uyghur
          "\u0626\u0627\u067e\u062a\u0648\u0646\u0648\u0645 \u0631\u0627\u064a\u0648\u0646\u0649")
SCRIPTS = (f"The region's official name is {CHINESE} (Xinjiang Uyghur Autonomous Region); in Uyghur it is "
           f"{UYGHUR}.\n\n\u201cWe are not terrorists \U0001F622,\u201d said Abdurehim Heyit, a musician, in a "
           "video \U0001F4F9 shared online.\n")


def test_an_oversized_article_is_refused_with_its_size(tmp_path, lexicons):
    big = tmp_path / "big.txt"
    big.write_bytes(b"Text. " * (MAX_ARTICLE_BYTES // 6 + 10))
    with pytest.raises(InputError, match=r"big\.txt: the file is 5\.0 MB"):
        read_document(big, lexicons)


def test_bad_lexicon_stops_the_build_before_any_notebook(tmp_path):
    lexicons = tmp_path / "lex"
    shutil.copytree(ROOT / "data" / "lexicons", lexicons)
    (lexicons / "terms.yml").write_text("families:\n  official: ['(unclosed']\n", encoding="utf-8")
    params = Params.resolve(ROOT, lexicon_dir=str(lexicons), output_dir=str(tmp_path / "out"))
    with pytest.raises(InputError, match="terms.yml.*invalid regular expression"):
        build(params, ROOT, pdf=False, log=lambda *a, **k: None)
    assert not (tmp_path / "out" / ".stage").exists() and not (tmp_path / "out" / "html").exists()


def test_unknown_parameter_on_the_command_line_is_refused():
    result = subprocess.run([sys.executable, "-m", "framing", "build", "--corpus-folder", "x"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 2 and "unrecognized arguments: --corpus-folder" in result.stderr


@pytest.fixture(scope="module")
def hostile_book(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    metadata = write_corpus(folder, {"hostile.txt": HOSTILE.encode("utf-8"), "quiet.txt": QUIET.encode("utf-8"),
                                     "scripts.txt": SCRIPTS.encode("utf-8")},
                            rows=['hostile,hostile.txt,"<b>Outlet</b> & {eval}",2021-01-02,"<script>x</script>",,'
                                  '"Event $1 #2",2021-01-01,"note \\ % _"',
                                  "quiet,quiet.txt,Quiet Times,2021-02-03,,,,,",
                                  f"scripts,scripts.txt,Xinjiang Daily,2021-03-04,{CHINESE} in print,,,,"])
    raw = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (folder / "corpus").iterdir()}
    params = Params.resolve(ROOT, corpus_dir=str(folder / "corpus"), metadata=str(metadata),
                            output_dir=str(folder / "out"), annotations_dir=str(folder / "none"))
    build(params, ROOT, log=lambda *a, **k: None)
    return folder, raw


def test_hostile_corpus_builds_and_raw_files_are_untouched(hostile_book):
    folder, raw = hostile_book
    assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (folder / "corpus").iterdir()} == raw
    assert (folder / "out" / "pdf" / "book.pdf").stat().st_size > 10_000


def test_hostile_text_is_literal_in_every_page(hostile_book):
    folder, _ = hostile_book
    pages = list((folder / "out" / "html").rglob("*.html"))
    text = "".join(p.read_text(encoding="utf-8") for p in pages)
    assert "data-pwned" in text                      # the words are there ...
    assert not re.search(r"<script>document\.body", text)   # ... but never as markup
    assert not re.search(r"<img src=x", text)
    assert "&lt;script&gt;" in text or "\\u003cscript" in text


def test_no_script_from_an_article_runs_in_chromium(hostile_book):
    folder, _ = hostile_book
    chromium = shutil.which("chromium")
    assert chromium, "chromium is not installed (make system-deps)"
    for page in sorted((folder / "out" / "html" / "chapters").glob("*.html")):
        result = subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run",
             "--user-data-dir=" + str(folder / "chrome"), "--host-resolver-rules=MAP * ~NOTFOUND",
             "--virtual-time-budget=8000", "--dump-dom", page.as_uri()],
            capture_output=True, text=True, timeout=120)
        body = re.search(r"<body[^>]*>", result.stdout)
        assert body and "data-pwned" not in body.group(), page.name


def test_hostile_text_reaches_the_pdf_as_text(hostile_book):
    folder, _ = hostile_book
    flat = _pdf_text(folder / "out" / "pdf" / "book.pdf")
    assert "Wang Wenbin" in flat and "{eval}`1+1`" in flat and "{raw} html" in flat and "data-pwned" in flat


def _pdf_text(pdf) -> str:
    """pdftotext's text, compared as read: NFKC folds Arabic presentation forms back to letters,
    bidi marks removed, whitespace collapsed."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    text = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", unicodedata.normalize("NFKC", text))
    return " ".join(text.split())


def test_pdf_prints_chinese_and_uyghur_and_names_emoji(hostile_book):
    folder, _ = hostile_book
    text = _pdf_text(folder / "out" / "pdf" / "book.pdf")
    assert f"{CHINESE} (Xinjiang Uyghur Autonomous Region)" in text      # article text
    assert f"{CHINESE} in print" in text                                   # metadata headline
    assert UYGHUR in text                                                  # four words, in reading order
    assert "terrorists [crying face]" in text and "video [video camera] shared" in text
    assert "\u65b0\u7586 \u03b1 [grinning face]" in text                           # the hostile article's


def test_interrupted_build_leaves_the_previous_book(tmp_path):
    output = tmp_path / "out"
    command = [sys.executable, "-m", "framing", "build", "--no-pdf", "--output-dir", str(output)]
    assert subprocess.run(command, cwd=ROOT, capture_output=True).returncode == 0
    index = output / "html" / "index.html"
    before = index.read_bytes()
    process = subprocess.Popen(command + ["--force"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               start_new_session=True)
    deadline = time.time() + 60
    while not (output / ".stage").exists() and time.time() < deadline:
        time.sleep(0.1)
    time.sleep(2)
    os.killpg(process.pid, signal.SIGINT)
    process.wait(timeout=120)
    assert process.returncode != 0
    assert index.read_bytes() == before
    assert not (output / ".stage").exists()


PIECES = list("abc XYZ.,;:'\"\u201c\u201d\u2018\u2019\u00a0\n-\u2014()") + [
    "said", " camps", " centres", "so-called", "Wang Wenbin", " lies", " internal affairs", "\r\n", "\n\n",
    "\ufeff", "\u200b", " according to ", " denied ", "Photo: AFP"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_extractors_never_fail_and_offsets_hold(lexicons, text):
    if not text.strip():
        return
    for quote in quotes_from_text(text, lexicons):
        assert 0 <= quote.start <= quote.end <= len(text) and text[quote.start:quote.end] == quote.text
    doc = prepare(text, "t", lexicons)
    for mention in find_mentions(doc, lexicons):
        assert 0 <= mention.start < mention.end <= len(text) and text[mention.start:mention.end] == mention.term
    for row in response_rows(doc, lexicons):
        assert 0 <= row["start"] < row["end"] <= len(text)
