"""The whole book: notebooks run, HTML and PDF build, charts draw offline, failures keep the old book."""
import html
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
import papermill
import pytest

from framing.config import Params
from framing import runner
from framing.runner import BuildError, build, toc_files

from conftest import ROOT, tiny_project

CHAPTERS = [p for p in toc_files(ROOT) if p.suffix == ".ipynb"]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("book")
    build(Params.resolve(ROOT, output_dir=str(output)), ROOT, log=lambda *a, **k: None)
    return output


def test_notebooks_are_committed_without_outputs():
    for path in sorted(set((ROOT / "chapters").glob("**/*.ipynb")) | set(CHAPTERS)):
        notebook = nbformat.read(path, as_version=4)
        for cell in notebook.cells:
            if cell.cell_type == "code":
                assert not cell.outputs and cell.execution_count is None, f"{path.name} has outputs"


@pytest.mark.parametrize("notebook", CHAPTERS, ids=lambda p: p.name)
def test_each_notebook_runs_on_its_own_with_papermill(notebook, tmp_path):
    papermill.execute_notebook(str(notebook), str(tmp_path / notebook.name), cwd=str(notebook.parent),
                               parameters={"output_dir": str(tmp_path / "out")}, progress_bar=False)
    executed = nbformat.read(tmp_path / notebook.name, as_version=4)
    assert any(cell.get("outputs") for cell in executed.cells if cell.cell_type == "code")


def test_every_page_is_built_and_loads_nothing_from_another_host(built):
    html = built / "html"
    for source in toc_files(ROOT):
        page = html / source.relative_to(ROOT).with_suffix(".html")
        assert page.is_file(), f"missing page {page}"
    for page in html.glob("**/*.html"):
        text = page.read_text(encoding="utf-8")
        external = re.findall(r'<(?:script|link|img|iframe)[^>]+(?:src|href)="((?:https?:)?//[^"]+)"', text)
        assert not external, f"{page.name} loads {external}"


def test_charts_are_embedded_with_their_specs_and_a_png_for_the_pdf(built):
    page = (built / "html" / "chapters" / "01_corpus_overview.html").read_text(encoding="utf-8")
    specs = re.findall(r'<script type="application/json" id="chart-[0-9a-f]+-spec">(.*?)</script>', page, re.S)
    assert len(specs) >= 2
    for spec in specs:
        assert "vega-lite" in json.loads(spec)["$schema"]
    assert (built / "html" / "_static" / "vega-bundle.js").stat().st_size > 500_000
    executed = nbformat.read(built / "notebooks" / "chapters" / "01_corpus_overview.ipynb", as_version=4)
    pngs = [o for c in executed.cells for o in c.get("outputs", []) if any(k.endswith("image/png") for k in o.get("data", {}))]
    assert len(pngs) == len(specs)


def test_injected_parameters_are_hidden_in_the_book(built):
    executed = nbformat.read(built / "notebooks" / "chapters" / "01_corpus_overview.ipynb", as_version=4)
    injected = [c for c in executed.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert injected and all("remove-cell" in c.metadata["tags"] for c in injected)
    page = (built / "html" / "chapters" / "01_corpus_overview.html").read_text(encoding="utf-8")
    assert str(built) not in page


def test_pdf_has_every_chapter(built):
    pdf = built / "pdf" / "book.pdf"
    assert pdf.stat().st_size > 10_000
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for title in ("Corpus overview", "Terminology contrast", "Quote attribution", "Response patterns",
                  "Annotated articles", "Methods and limitations", "Glossary", "References"):
        assert title.upper() in text.upper(), title


def test_tables_are_written_as_csv(built):
    tables = built / "tables" / "01-corpus"
    for name in ("articles", "removed_lines", "paragraphs", "sentences", "tokens", "entity_mentions"):
        assert (tables / f"{name}.csv").stat().st_size > 0


def test_charts_draw_in_chromium_with_the_network_blocked(built):
    chromium = shutil.which("chromium")
    assert chromium, "chromium is not installed (make system-deps)"
    page = built / "html" / "chapters" / "01_corpus_overview.html"
    result = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + str(built / "chrome"),
         '--host-resolver-rules=MAP * ~NOTFOUND', "--virtual-time-budget=10000", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120)
    figures = re.findall(r'<figure class="framing-chart".*?</figure>', result.stdout, re.S)
    assert figures, result.stderr[-2000:]
    for figure in figures:
        assert "<svg" in figure and "marks" in figure, "a chart was not drawn"


def test_a_failing_cell_names_the_notebook_and_keeps_the_previous_book(tmp_path):
    root = tiny_project(tmp_path, "print('fine')")
    params = Params.resolve(root)
    build(params, root, pdf=False, log=lambda *a, **k: None)
    index = params.output_dir / "html" / "index.html"
    before = index.read_bytes()
    tiny_project(tmp_path, "print('fine')\nraise ValueError('broken on purpose')")
    with pytest.raises(BuildError, match=r"tiny\.ipynb: cell 3 failed: ValueError: broken on purpose"):
        build(params, root, pdf=False, log=lambda *a, **k: None)
    assert index.read_bytes() == before
    assert (params.output_dir / "html" / "chapters" / "tiny.html").is_file()


def test_book_builds_with_no_network_and_the_same_tables(built, tmp_path):
    """A second build inside a network namespace with only loopback (the notebook kernels talk
    to papermill over it): it succeeds, and every CSV table and chart spec is identical to the
    first build's."""
    for tool in ("unshare", "ip"):
        shutil.which(tool) or pytest.fail(f"{tool} is needed for the no-network test (make system-deps)")
    output = tmp_path / "offline"
    result = subprocess.run(["unshare", "-rn", "sh", "-c", 'ip link set lo up && exec "$@"', "sh",
                             sys.executable, "-m", "framing", "build", "--no-pdf", "--output-dir", str(output)],
                            cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    first = sorted(p.relative_to(built / "tables") for p in (built / "tables").rglob("*.csv"))
    second = sorted(p.relative_to(output / "tables") for p in (output / "tables").rglob("*.csv"))
    assert first == second and len(first) > 20
    for name in first:
        assert (built / "tables" / name).read_bytes() == (output / "tables" / name).read_bytes(), name

    def specs(folder):
        pages = sorted((folder / "html" / "chapters").glob("*.html"))
        return [re.findall(r'<script type="application/json" id="chart-[0-9a-f]+-spec">(.*?)</script>',
                           p.read_text(encoding="utf-8"), re.S) for p in pages]
    assert specs(built) == specs(output)


def test_theme_css_loads_nothing_from_another_host(built):
    for sheet in (built / "html" / "_static").rglob("*.css"):
        assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", sheet.read_text(encoding="utf-8", errors="replace")), sheet


def test_landing_page_numbers_match_the_chapter_tables(built):
    """Each key finding recomputed from the chapters' own CSV downloads, and shown on the page."""
    tables = built / "tables"
    found = pd.read_csv(tables / "00-findings" / "key_findings.csv").set_index("finding")
    value = found["value"]
    mentions = pd.read_csv(tables / "02-terms" / "mentions.csv", keep_default_na=False)
    quotes = pd.read_csv(tables / "03-quotes" / "quotes.csv", keep_default_na=False)
    last = pd.read_csv(tables / "03-quotes" / "first_and_last.csv", keep_default_na=False)
    answers = pd.read_csv(tables / "04-responses" / "responses.csv", keep_default_na=False)
    official = {"CN_GOV", "CN_MEDIA"}
    assert value["articles"] == len(pd.read_csv(tables / "01-corpus" / "articles.csv"))
    facilities = mentions[mentions["category"] == "facility"]
    assert value["narrator_critical"] == ((facilities["voice"] == "narrator") & (facilities["family"] == "critical")).sum()
    spoken = quotes[quotes["kind"].isin(["speech", "indirect"])]
    words = spoken["text"].str.split().str.len()
    assert value["official_word_share"] == pytest.approx(words[spoken["group"].isin(official)].sum() / words.sum(),
                                                         abs=1e-4)
    assert value["last_word_official"] == last["last_group"].isin(official).sum()
    top = (answers[answers["group"].isin(official)].drop_duplicates(["doc_id", "start", "strategy"])
           ["strategy"].value_counts())
    assert value["top_strategy_statements"] == top.iloc[0]
    metrics = pd.read_csv(built / "extract" / "evaluation" / "metrics.csv")
    test = metrics[(metrics["set"] == "test") & (metrics["outlets"] == "all")].set_index("measure")["value"]
    assert value["test_speaker_accuracy"] == pytest.approx(test["direct quotes: speaker"], abs=1e-4)
    page = (built / "html" / "intro.html").read_text(encoding="utf-8")
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).replace("\u2019", "'").split())
    for sentence in found["sentence"]:
        assert " ".join(sentence.split()) in text, sentence


def test_downloads_page_links_to_every_table_and_the_pdf(built):
    page = built / "html" / "chapters" / "07_downloads.html"
    links = re.findall(r'href="(\.\./downloads/[^"]+)"', page.read_text(encoding="utf-8"))
    assert "../downloads/book.pdf" in links
    tables = {f"../downloads/tables/{p.parent.name}/{p.name}" for p in (built / "tables").rglob("*.csv")}
    assert tables and tables <= set(links)
    for link in links:
        assert (page.parent / link).resolve().is_file(), link


ANOTHER_CORPUS = {
    "rights_report.txt": "Rights group calls for inquiry\n\n\"The camps must close,\" said Jane Roe, a researcher at "
                         "Human Rights Watch.\n\nThe Chinese foreign ministry said the report was groundless.\n",
    "state_media.txt": "Officials praise training centres\n\nThe vocational training centres have helped trainees find "
                       "jobs, Xinhua reported.\n\n\"Life is better now,\" said one graduate.\n",
}


@pytest.fixture(scope="module")
def other_book(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("other")
    (folder / "articles").mkdir()
    for name, text in ANOTHER_CORPUS.items():
        (folder / "articles" / name).write_text(text, encoding="utf-8")
    rows = ["doc_id,file,outlet,date,headline,agency,event,event_date,notes",
            "rights_report,rights_report.txt,Example Daily Herald of the Western Provinces (online edition),2023-03-01,"
            "Rights group calls for inquiry,,,,",
            "state_media,state_media.txt,Example State Broadcaster,2023-04-02,Officials praise training centres,,,,"]
    (folder / "metadata.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    output = folder / "book"
    build(Params.resolve(ROOT, corpus_dir=str(folder / "articles"), metadata=str(folder / "metadata.csv"),
                         output_dir=str(output)), ROOT, pdf=False, log=lambda *a, **k: None)
    return output


def _page_text(path: Path) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8"))).split())


def test_prose_about_the_seed_corpus_stays_with_the_seed_corpus(built, other_book):
    seed_description = " ".join((ROOT / "data" / "metadata.md").read_text(encoding="utf-8").split())
    assert seed_description[:60] in _page_text(built / "html" / "intro.html")
    pages = [p for p in (other_book / "html").rglob("*.html") if p.name not in ("GUIDELINES.html", "06_methods.html")]
    text = " ".join(_page_text(p) for p in pages)
    for seed_fact in (seed_description[:60], "five articles", "2018 to 2022", "congressional report",
                      "Xinjiang Papers", "five events"):
        assert seed_fact not in text, seed_fact
    assert "The corpus is 2 articles from 2 outlets" in _page_text(other_book / "html" / "intro.html")


def test_articles_are_named_by_readable_labels(other_book):
    page = (other_book / "html" / "chapters" / "03_quote_attribution.html").read_text(encoding="utf-8")
    specs = [json.loads(s) for s in re.findall(r'<script type="application/json" id="chart-[0-9a-f]+-spec">(.*?)</script>',
                                                page, re.S)]
    labels = {row.get("article") for spec in specs for rows in spec.get("datasets", {}).values() for row in rows}
    assert {"Example Daily Herald of t… · 2023-03-01", "Example State Broadcaster · 2023-04-02"} <= labels
    axis_fields = [enc["field"] for spec in specs for name, enc in spec.get("encoding", {}).items()
                   if name in ("x", "y") and isinstance(enc, dict) and "field" in enc]
    assert "doc_id" not in axis_fields
    shown_tables = _page_text(other_book / "html" / "chapters" / "03_quote_attribution.html")
    assert "Example State Broadcaster · 2023-04-02" in shown_tables
    csv = pd.read_csv(other_book / "tables" / "03-quotes" / "quotes.csv")
    assert {"doc_id", "article"} <= set(csv.columns)


def test_a_book_builder_waiting_for_the_terminal_gets_end_of_file(tmp_path, monkeypatch):
    """xelatex asks the terminal what to do at a LaTeX error; the builder must not wait for an answer."""
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    reads_stdin = fake_bin / "jupyter-book"
    reads_stdin.write_text("#!/bin/sh\ncat\necho read-to-end\n")
    reads_stdin.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(fake_bin / "python"))
    terminal, never_answers = os.pipe()          # our own standard input: open, and nobody writes to it
    saved_stdin = os.dup(0)
    os.dup2(terminal, 0)
    try:
        process = runner._start_jupyter_book(tmp_path, "pdflatex", tmp_path / "out")
        output, _ = process.communicate(timeout=30)
    finally:
        os.dup2(saved_stdin, 0)
        for fd in (saved_stdin, terminal, never_answers):
            os.close(fd)
    assert output.strip() == "read-to-end"


def test_a_narrow_table_keeps_its_size_and_the_widths_its_text_wants():
    from framing.book import _list_table
    cells = pd.DataFrame({"group": ["CN_GOV", "NGO"], "quotes": ["12", "3"]})
    markdown = _list_table(cells)
    assert "footnotesize" not in markdown and ":widths: 9 9" in markdown


def test_a_table_too_wide_for_the_line_is_set_small_and_keeps_each_column_s_longest_word():
    from framing.book import CELL_PADDING, SMALL_LINE_CHARACTERS, _list_table
    value, count = "0.97 (0.90\u20131.00)", "119/120"
    cells = pd.DataFrame({"measure": ["reported statements: found (recall)"],
                          **{f"set{i}": [value] for i in range(4)}, **{f"set{i} n": [count] for i in range(4)}})
    markdown = _list_table(cells)
    widths = [int(w) for w in re.search(r":widths: ([\d ]+)", markdown).group(1).split()]
    assert markdown.startswith("```{raw} latex\n\\begingroup\\footnotesize") and markdown.endswith("\\endgroup\n```")
    assert all(w >= len(count) + CELL_PADDING for w in widths[5:]) and sum(widths) <= SMALL_LINE_CHARACTERS + 1
