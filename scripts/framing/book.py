"""What the chapter notebooks call: set-up, tables and charts for HTML and PDF.

Each display helper emits one output with several representations: HTML for
the web book, LaTeX or PNG for the PDF (myst-nb picks per builder), plain
text for a terminal. Charts are drawn by a local copy of vega-embed that the
runner writes into the book's ``_static`` folder, so no page loads a script
from another host.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from pathlib import Path

from typing import TYPE_CHECKING

import pandas as pd
import vl_convert
from IPython.display import display

from .config import Params
from .corpus import Corpus, load_corpus
from .overview import article_labels
from .evaluation.run import (SEED_ARTICLES, Evaluation, evaluate, evaluation_folder, gold_table, read_evaluation,
                             write_evaluation)
from .lexicons import Lexicons
from .stage import Extraction, extract_corpus

if TYPE_CHECKING:       # altair takes 2 s to import (jsonschema's format checkers): only chapters
    import altair as alt  # that draw a chart pay for it

VEGA_BUNDLE = "vega-bundle.js"
# Charts with a row per article and long tables stay readable on big corpora: charts show
# at most this many articles and tables this many rows; the CSV downloads are complete.
ARTICLE_LIMIT = 30
ROW_LIMIT = 200
# One colour per side, the same in every chart: Okabe-Ito and Paul Tol colours,
# chosen to stay distinct for colour-blind readers; greys for media and NONE.
GROUP_COLOURS = {"CN_GOV": "#D55E00", "CN_MEDIA": "#E69F00", "US_GOV": "#0072B2", "UK_GOV": "#56B4E9",
                 "EU": "#332288", "UN": "#009E73", "OTHER_GOV": "#88CCEE", "NGO": "#CC79A7",
                 "ACADEMIC": "#F0E442", "WITNESS": "#000000", "MEDIA": "#999999", "NONE": "#DDDDDD"}


def group_colour(title: str = "Group", **legend) -> alt.Color:
    """Colour channel for the ``group`` field with the book's fixed palette."""
    import altair as alt
    return alt.Color("group:N", title=title, scale=alt.Scale(domain=list(GROUP_COLOURS),
                                                             range=list(GROUP_COLOURS.values())),
                     legend=alt.Legend(**legend) if legend else alt.Undefined)


# Readable names of the corpus's articles (``overview.article_labels``), set by :func:`setup`: tables
# and charts show them where they would show a doc_id; the CSV downloads keep the doc_id beside them.
LABELS: dict[str, str] = {}


def setup(**parameters: str | None) -> tuple[Params, Lexicons, Corpus]:
    """Resolve the notebook's parameters, load the lexicons and the corpus."""
    params = Params.resolve(**parameters)
    params.check_inputs()
    lexicons = Lexicons.load(params.lexicon_dir)
    corpus = load_corpus(params.corpus_dir, params.metadata, lexicons)
    LABELS.clear()
    LABELS.update(article_labels(corpus.metadata))
    return params, lexicons, corpus


def glue_corpus_facts(corpus: Corpus) -> None:
    """Glue the facts prose states about the corpus, so no sentence is written for one corpus only:
    ``n_articles``, ``n_outlets``, ``n_events``, ``first_date``, ``last_date``, ``corpus_years``."""
    from myst_nb import glue
    meta = corpus.metadata
    events = meta["event"].replace("", pd.NA).dropna()
    first, last = str(meta["date"].min()), str(meta["date"].max())
    facts = {"n_articles": len(meta), "n_outlets": meta["outlet"].nunique(), "n_events": events.nunique(),
             "first_date": first, "last_date": last,
             "corpus_years": first[:4] if first[:4] == last[:4] else f"{first[:4]} to {last[:4]}"}
    for name, value in facts.items():
        glue(name, value, display=False)


def corpus_description(params: Params) -> str:
    """What the corpus's compilers say about it that cannot be computed: the Markdown file beside the
    metadata (``metadata.md`` for ``metadata.csv``), shown only with that corpus; empty when there is none."""
    path = Path(params.metadata).with_suffix(".md")
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def labelled(table: pd.DataFrame) -> pd.DataFrame:
    """The table with an ``article`` column (the article's readable name) right after ``doc_id``."""
    if "doc_id" not in table.columns or "article" in table.columns:
        return table
    at = list(table.columns).index("doc_id") + 1
    return table.assign(article=table["doc_id"].map(LABELS).fillna(table["doc_id"]))[
        [*table.columns[:at], "article", *table.columns[at:]]]


def extracted(params: Params) -> Extraction:
    """The extraction stage's tables of the corpus (quotes, terms, responses, accusations, article
    sizes): the build has written them; a notebook run on its own brings them up to date first."""
    return extract_corpus(params)


def evaluation(params: Params) -> Evaluation:
    """The extractors' scores on the hand-annotated sets (seed, development and test articles), as the
    build wrote them; a notebook run on its own computes them first."""
    folder = evaluation_folder(params)
    if not (folder / "metrics.csv").is_file():
        write_evaluation(evaluate(params.annotations_dir, params.evaluation_dir, SEED_ARTICLES, params.lexicon_dir),
                         folder)
    return read_evaluation(folder)


def gold_standard(params: Params) -> pd.DataFrame:
    """Every hand-annotated quotation, reported statement and term of every set."""
    return gold_table(params.annotations_dir, params.evaluation_dir, SEED_ARTICLES)


def records(table: pd.DataFrame, doc_id: str, record_type: type) -> list:
    """One article's rows of an extracted table as the extractor's records (``Quote``, ``Mention``)."""
    return [record_type(**row) for row in table[table["doc_id"] == doc_id].to_dict("records")]


def save_table(table: pd.DataFrame, params: Params, chapter: str, name: str) -> None:
    """Write a chapter's table as CSV under ``<output_dir>/tables/<chapter>/``.

    Byte-identical for identical input: fixed line endings, float format and
    column order; the caller sorts rows.
    """
    folder = params.output_dir / "tables" / chapter
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.csv"
    labelled(table).to_csv(path, index=False, lineterminator="\n", float_format="%.4f")


def show_table(table: pd.DataFrame, *, max_rows: int | None = ROW_LIMIT, digits: int = 2) -> None:
    """Display a table: escaped HTML on the web, a MyST list-table in the PDF.

    The PDF gets Markdown because myst-nb renders ``text/latex`` outputs as
    maths; a list-table with widths from the text lengths wraps long cells.
    """
    if table.empty:
        message = "(No rows: nothing in this corpus matches.)"
        display({"text/html": f"<p><em>{message}</em></p>", "text/markdown": f"*{markdown_escape(message)}*",
                 "text/plain": message}, raw=True)
        return
    shown = (table if max_rows is None else table.head(max_rows)).round(digits)
    if "doc_id" in shown.columns and shown["doc_id"].isin(list(LABELS)).any():
        shown = labelled(shown).drop(columns="doc_id")      # the reader's name for it; the CSV keeps both
    cells = shown.astype(object).where(shown.notna(), "").map(
        lambda v: f"{v:.{digits}f}" if isinstance(v, float) else str(v))
    note = ""
    if max_rows is not None and len(table) > max_rows:
        note = f"First {max_rows} of {len(table)} rows; the full table is in the CSV download."
    html_table = cells.to_html(index=False, escape=True, border=0, classes="dataframe framing-table")
    display({"text/html": f'<div class="framing-table-wrapper">{html_table}</div>'
                          + (f"<p><em>{html.escape(note)}</em></p>" if note else ""),
             "text/markdown": _list_table(cells) + (f"\n\n*{markdown_escape(note)}*" if note else ""),
             "text/plain": cells.to_string(index=False)}, raw=True)


def top_articles(table: pd.DataFrame, by: str, n: int = ARTICLE_LIMIT) -> pd.DataFrame:
    """The rows of the ``n`` articles with the largest total ``by`` (ties by doc_id), labelled for charts."""
    totals = table.groupby("doc_id", as_index=False)[by].sum().sort_values([by, "doc_id"], ascending=[False, True])
    return labelled(table[table["doc_id"].isin(totals["doc_id"].head(n))])


def show_markdown(text: str) -> None:
    """Markdown written by the code (or a corpus's description), shown as prose in HTML and PDF."""
    display({"text/markdown": text, "text/plain": text}, raw=True)


def show_findings(findings: pd.DataFrame) -> None:
    """The landing page's findings as a list, each linked to the section that supports it.

    Markdown only, so that Sphinx resolves the cross-references in both HTML and PDF.
    """
    items = [f"- {markdown_escape(row.sentence)} See {{ref}}`{row.section}`." for row in findings.itertuples()]
    display({"text/markdown": "\n".join(items), "text/plain": "\n".join(findings["sentence"])}, raw=True)


def show_article(title: str, html_body: str, markdown_body: str) -> None:
    """One annotated article: escaped HTML with highlights on the web, marked Markdown in the PDF."""
    display({"text/html": f'<p class="annotated-title"><strong>{html.escape(title)}</strong></p>{html_body}',
             "text/markdown": f"**{markdown_escape(title)}**\n\n{markdown_body}",
             "text/plain": title}, raw=True)


DOWNLOADS = "downloads"   # folder of the HTML book that holds the CSV tables and the PDF


def show_downloads(tables: Path) -> None:
    """Links to the PDF and to every chapter's CSV tables (as the runner publishes them
    beside the web book); in print, the list of file names."""
    files = sorted(tables.glob("*/*.csv"))
    links = [f'<li><a href="../{DOWNLOADS}/book.pdf">The whole book as PDF</a> (book.pdf)</li>']
    links += [f'<li><a href="../{DOWNLOADS}/tables/{html.escape(p.parent.name)}/{html.escape(p.name)}">'
              f"{html.escape(p.parent.name)}/{html.escape(p.name)}</a> ({p.stat().st_size / 1000:.1f} kB)</li>"
              for p in files]
    items = [f"- {markdown_escape(f'{p.parent.name}/{p.name}')}" for p in files]
    display({"text/html": "<ul>" + "".join(links) + "</ul>",
             "text/markdown": "\n".join(["- book.pdf"] + items), "text/plain": "\n".join(map(str, files))}, raw=True)


class _Chart:
    """A chart's output bundle, for myst-nb's ``glue`` (which numbers and captions figures)."""

    def __init__(self, bundle: dict):
        self.bundle = bundle

    def _repr_mimebundle_(self, include=None, exclude=None):
        return self.bundle


def glue_chart(name: str, chart: alt.TopLevelMixin, description: str) -> None:
    """Store a chart under ``name`` for a ``{glue:figure}`` directive in the notebook's text,
    which gives it a number, a caption and a cross-reference target."""
    from myst_nb import glue
    glue(name, _Chart(chart_bundle(chart, description)), display=False)


def show_chart(chart: alt.TopLevelMixin, description: str) -> None:
    """Display an altair chart without a caption (see :func:`glue_chart` for figures)."""
    display(chart_bundle(chart, description), raw=True)


def chart_bundle(chart: alt.TopLevelMixin, description: str) -> dict:
    """An altair chart as outputs: interactive HTML on the web, a PNG in the PDF.

    ``description`` is the chart's text alternative for screen readers and
    the plain-text output.
    """
    import altair as alt
    with alt.data_transformers.disable_max_rows():     # altair's 5,000-row stop would end a big
        spec = chart.to_dict()                         # corpus's build; chapters cap or group rows
    spec_json = json.dumps(spec, sort_keys=True)
    chart_id = "chart-" + hashlib.sha1((spec_json + description).encode()).hexdigest()[:12]
    # "<" is escaped so that text in the data cannot close the script element.
    safe_json = spec_json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    page = (f'<figure class="framing-chart" role="img" aria-label="{html.escape(description)}">'
            f'<div id="{chart_id}"></div>'
            f'<script type="application/json" id="{chart_id}-spec">{safe_json}</script>'
            f"<script>(function(){{function draw(){{vegaEmbed('#{chart_id}',"
            f"JSON.parse(document.getElementById('{chart_id}-spec').textContent),"
            f"{{actions:false,renderer:'svg'}});}}"
            f"if(window.vegaEmbed){{draw();}}else{{window.addEventListener('load',draw);}}}})();</script>"
            f"</figure>")
    png = vl_convert.vegalite_to_png(spec, scale=2)
    return {"text/html": page, "image/png": base64.b64encode(png).decode("ascii"), "text/plain": description}


# Published quote extractors, for orientation beside this book's own figures.
# Published quote extractors, for orientation only: other corpora, other definitions of a match.
ANCHORS = pd.DataFrame([
    {"system": "Gender Gap Tracker (Asr et al. 2021)", "measure": "quote spans F1 / speaker", "value": "0.84 / 0.87"},
    {"system": "Citron (BBC, Newell et al. 2018), PARC 3.0", "measure": "sources F1", "value": "0.82"},
])
SET_NAMES = {"test": "test", "dev": "dev", "seeds": "seeds", "test: second annotator": "two annotators"}


def accuracy(result: Evaluation, *prefixes: str) -> pd.DataFrame:
    """One row per measure (those starting with ``prefixes``): its value with the 95% interval over
    articles and the counts behind it, for the test, development and seed articles side by side, and
    how far a second annotator agrees with the first on the test articles (the ceiling)."""
    metrics = result.metrics[(result.metrics["outlets"] == "all")
                             & result.metrics["measure"].str.startswith(prefixes)]
    table = pd.DataFrame({"measure": list(dict.fromkeys(metrics["measure"]))})
    for name in [n for n in SET_NAMES if n in set(metrics["set"])]:
        rows = metrics[metrics["set"] == name].set_index("measure").reindex(table["measure"])
        table[name] = [_with_interval(r) for r in rows.itertuples()]
        table[f"{name} n"] = [_counts(r) for r in rows.itertuples()]
    return table.rename(columns={name: SET_NAMES[name] for name in SET_NAMES})


def accuracy_by_outlet(result: Evaluation, name: str, *prefixes: str) -> pd.DataFrame:
    """The same measures on one set, by the side of the outlet that published the article."""
    metrics = result.metrics[(result.metrics["set"] == name) & result.metrics["measure"].str.startswith(prefixes)]
    table = metrics.assign(cell=[_with_interval(r) for r in metrics.itertuples()])
    return (table.pivot(index="measure", columns="outlets", values="cell")
            .reindex(list(dict.fromkeys(metrics["measure"]))).reset_index().rename_axis(columns=None))


def _with_interval(row) -> str:
    if not isinstance(row.value, float) or row.value != row.value:
        return "–"
    return f"{row.value:.2f} ({row.ci_low:.2f}–{row.ci_high:.2f})"


def _counts(row) -> str:
    if not isinstance(row.denominator, float) or row.denominator != row.denominator:
        return ""
    return f"{row.numerator:g}/{row.denominator:g}"


def disagreements(result: Evaluation, table: str) -> pd.DataFrame:
    """Every disagreement with the gold standard in one of the tables (quotes, terms, strategies)."""
    errors = result.errors[result.errors["table"] == table]
    return errors[["set", "doc_id", "error", "gold", "found", "text"]].reset_index(drop=True)


def write_vega_bundle(static_dir: Path) -> Path:
    """Write vega, vega-lite and vega-embed as one local script for every page.

    The bundle's top-level declarations are wrapped in a function so they do
    not clash with the theme's scripts; it sets window.vegaEmbed.
    """
    static_dir.mkdir(parents=True, exist_ok=True)
    path = static_dir / VEGA_BUNDLE
    path.write_text("(function(){\n" + vl_convert.javascript_bundle() + "\n})();\n", encoding="utf-8")
    return path


_MARKDOWN_PUNCTUATION = frozenset("\\!\"#$%&'()*+,-./:;<=>?@[]^_`{|}~")


def markdown_escape(text: str) -> str:
    """Make any text literal in MyST Markdown: every ASCII punctuation mark
    is backslash-escaped (CommonMark allows this for all of them), so no
    markup, role, directive or HTML in an article can take effect."""
    flat = " ".join(str(text).split())
    return "".join("\\" + c if c in _MARKDOWN_PUNCTUATION else c for c in flat)


def _column_widths(headers: list[str], cells: pd.DataFrame) -> tuple[list[int], bool]:
    """Each column's width in characters, and whether the table is set small to fit the page.

    A column needs room for its longest unbreakable word (header or cell) and would like up to 30
    characters of running text, plus the cell's padding; LaTeX wraps the rest. When the wishes
    overflow a line, the table is set in a smaller size, every column keeps its need and the room
    left is shared in proportion to what each wished for beyond it (a wide table's count columns,
    '119/120', were cut off when every column shrank alike).
    """
    needs, wishes = [], []
    for header, column in zip(headers, cells.columns):
        words = [len(w) for text in [header, *cells[column]] for w in re.split(r"[\s-]+", str(text))]
        #                         LaTeX breaks a line after a hyphen: 'guardian-china-cables' needs 'guardian'
        need = max(words + [6]) + CELL_PADDING
        needs.append(need)
        wishes.append(max(need, min(max([len(str(v)) for v in cells[column]] + [0]), 30) + CELL_PADDING))
    if sum(wishes) <= LINE_CHARACTERS:
        return wishes, False
    room, extra = max(SMALL_LINE_CHARACTERS - sum(needs), 0), [w - n for w, n in zip(wishes, needs)]
    return [n + (room * e // sum(extra) if sum(extra) else 0) for n, e in zip(needs, extra)], True


CELL_PADDING = 3             # characters' room for a table cell's padding in the PDF (2 × \tabcolsep)
LINE_CHARACTERS = 95         # characters of table text a line of the PDF holds at the body's size
SMALL_LINE_CHARACTERS = 120  # … and at \footnotesize, which a wider table is set in


def _list_table(cells: pd.DataFrame) -> str:
    """A MyST list-table; column widths follow the columns' text lengths (in print, a table too wide
    for the line is set in \footnotesize; the web ignores the raw LaTeX around it)."""
    headers = [str(c).replace("_", " ") for c in cells.columns]
    widths, small = _column_widths(headers, cells)
    lines = ["```{list-table}", ":header-rows: 1", f":widths: {' '.join(map(str, widths))}", ""]
    for row in [headers] + cells.values.tolist():
        lines += [("* - " if i == 0 else "  - ") + markdown_escape(v) for i, v in enumerate(row)]
    lines.append("```")
    if small:
        lines = ["```{raw} latex", "\\begingroup\\footnotesize", "```", "", *lines, "", "```{raw} latex",
                 "\\endgroup", "```"]
    return "\n".join(lines)
