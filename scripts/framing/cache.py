"""Incremental rebuilds: a notebook runs again only when something it reads changed.

A notebook's fingerprint hashes the notebook itself, the ``framing`` package's
source, the parameters, the corpus and metadata, the lexicon files it declares
(notebook metadata ``framing.lexicons``; all of them when it declares none),
the annotations if it declares ``framing.annotations``, the digests of the
extraction stage's tables it declares (``framing.extracted``), and — for notebooks
marked ``after_all`` — every other notebook's fingerprint. jupyter-book's own
cache looks at the notebook only; data and lexicon edits would go unseen.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .config import Params

PACKAGE = Path(__file__).resolve().parent
MANIFEST = ".fingerprints.json"


def settings(notebook: Path) -> dict:
    """The notebook's ``framing`` metadata: tables folder, lexicons and annotations it reads, after_all."""
    return json.loads(notebook.read_text(encoding="utf-8")).get("metadata", {}).get("framing", {})


# What a book is built from besides its notebooks and the data parameters.
BOOK_SOURCES = ("_config.yml", "_toc.yml", "intro.ipynb", "chapters", "_static", "glossary.md", "references.md",
                "references.bib", "data/annotations/GUIDELINES.md")


def inputs_fingerprint(params: Params, root: Path, pdf: bool) -> str:
    """One hash of every file and setting a build reads: with it unchanged since the last good build,
    the build is skipped before anything heavy is imported (the no-op rebuild)."""
    digest = hashlib.sha256(engine_version().encode())
    parameters = params.as_notebook_parameters()
    parameters.pop("output_dir")
    digest.update(json.dumps({**parameters, "pdf": pdf}, sort_keys=True).encode())
    description = Path(params.metadata).with_suffix(".md")
    files = [*Path(params.corpus_dir).glob("*.txt"), Path(params.metadata),
             *([description] if description.is_file() else [])]
    for folder in (params.lexicon_dir, params.annotations_dir, params.evaluation_dir,
                   *(root / name for name in BOOK_SOURCES)):
        folder = Path(folder)
        files += [folder] if folder.is_file() else [p for p in folder.rglob("*") if p.is_file()]
    for path in sorted(files, key=str):
        digest.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _hash_files(digest, files) -> None:
    for path in sorted(files, key=str):
        digest.update(str(path.name).encode() + b"\0" + path.read_bytes() + b"\0")


def engine_version() -> str:
    """A hash of the ``framing`` package's source files: what the extractors' output depends on besides data."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*.py")):
        digest.update(str(path.relative_to(PACKAGE)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def fingerprint(notebook: Path, params: Params, others: list[str] = (), extracted: dict[str, str] | None = None) -> str:
    """The hash of everything ``notebook`` reads; ``extracted`` maps the extraction stage's tables
    to their digests (the notebook's ``framing.extracted`` list names those it reads)."""
    meta = settings(notebook)
    digest = hashlib.sha256()
    digest.update(notebook.read_bytes())
    digest.update(engine_version().encode())
    parameters = params.as_notebook_parameters()
    parameters.pop("output_dir")
    digest.update(json.dumps(parameters, sort_keys=True).encode())
    description = Path(params.metadata).with_suffix(".md")        # the corpus's own description, if any
    _hash_files(digest, [*Path(params.corpus_dir).glob("*.txt"), Path(params.metadata),
                         *([description] if description.is_file() else [])])
    lexicons = meta.get("lexicons")
    folder = Path(params.lexicon_dir)
    _hash_files(digest, [folder / name for name in lexicons] if lexicons else
                [p for p in folder.iterdir() if p.is_file()])
    if meta.get("annotations") and Path(params.annotations_dir).is_dir():
        _hash_files(digest, [p for p in Path(params.annotations_dir).rglob("*") if p.is_file()])
    for table in meta.get("extracted", []):
        digest.update(f"{table}={(extracted or {}).get(table, '')}".encode())
    for other in sorted(others):
        digest.update(other.encode())
    return digest.hexdigest()


def book_fingerprint(root: Path, files: list[Path], notebook_prints: dict[str, str]) -> str:
    """Everything else the book is built from: config, toc, bibliography, static files, Markdown pages."""
    digest = hashlib.sha256()
    _hash_files(digest, [p for p in files if p.is_file()])
    digest.update(json.dumps(notebook_prints, sort_keys=True).encode())
    return digest.hexdigest()


def read_manifest(output_dir: Path) -> dict:
    path = Path(output_dir) / "notebooks" / MANIFEST
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def book_outputs_exist(output_dir: Path, pdf: bool) -> bool:
    """The last build's HTML (and PDF, when ``pdf``) are in place."""
    return (Path(output_dir) / "html" / "index.html").is_file() and (
        not pdf or (Path(output_dir) / "pdf" / "book.pdf").is_file())


def up_to_date(params: Params, root: Path, pdf: bool) -> bool:
    """Nothing the book is built from changed since the last good build, whose outputs are in place."""
    return book_outputs_exist(params.output_dir, pdf) and \
        read_manifest(params.output_dir).get("inputs") == inputs_fingerprint(params, root, pdf)


def remember_inputs(output_dir: Path, inputs: str) -> None:
    """Record in the published manifest what the book in ``output_dir`` was built from."""
    path = Path(output_dir) / "notebooks" / MANIFEST
    path.write_text(json.dumps({**read_manifest(output_dir), "inputs": inputs}, indent=1, sort_keys=True),
                    encoding="utf-8")
