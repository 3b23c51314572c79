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

import nbformat

from .config import Params

PACKAGE = Path(__file__).resolve().parent
MANIFEST = ".fingerprints.json"


def settings(notebook: Path) -> dict:
    """The notebook's ``framing`` metadata: tables folder, lexicons and annotations it reads, after_all."""
    return nbformat.read(notebook, as_version=4).metadata.get("framing", {})


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
