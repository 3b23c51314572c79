import os
import shutil
from pathlib import Path

import nbformat
import pytest

from framing.lexicons import Lexicons

ROOT = Path(__file__).resolve().parents[1]
LEXICON_DIR = ROOT / "data" / "lexicons"


@pytest.fixture(scope="session", autouse=True)
def extraction_cache(tmp_path_factory) -> Path:
    """One extraction cache for the session (builds and notebooks share it), never the user's own."""
    folder = tmp_path_factory.mktemp("extraction-cache")
    os.environ["FRAMING_CACHE_DIR"] = str(folder)
    return folder


@pytest.fixture(scope="session")
def lexicons() -> Lexicons:
    return Lexicons.load(LEXICON_DIR)


def write_corpus(folder: Path, articles: dict[str, bytes], rows: list[str] | None = None,
                 header: str = "doc_id,file,outlet,date,headline,agency,event,event_date,notes") -> Path:
    """A corpus folder with the given files and a metadata.csv beside it."""
    corpus = folder / "corpus"
    corpus.mkdir()
    for name, data in articles.items():
        (corpus / name).write_bytes(data)
    if rows is None:
        rows = [f"{Path(name).stem},{name},Outlet,2020-01-0{i + 1},,,,," for i, name in enumerate(articles)]
    metadata = folder / "metadata.csv"
    metadata.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return metadata


def tiny_project(root: Path, code: str) -> Path:
    """A one-notebook book that needs no corpus analysis, to test the runner itself."""
    for name in ("params.yml", "_config.yml", "references.bib"):
        shutil.copy(ROOT / name, root / name)
    (root / "intro.md").write_text("# Tiny book\n")
    shutil.copytree(ROOT / "data", root / "data", dirs_exist_ok=True)
    (root / "_toc.yml").write_text("format: jb-book\nroot: intro\nchapters:\n  - file: chapters/tiny\n")
    (root / "chapters").mkdir(exist_ok=True)
    notebook = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("# Tiny chapter"),
        nbformat.v4.new_code_cell("output_dir = None", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell(code)])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(notebook, root / "chapters" / "tiny.ipynb")
    return root
