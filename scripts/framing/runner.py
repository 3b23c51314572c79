"""Run the extraction stage, execute the chapter notebooks with papermill, then build the HTML and PDF.

The extraction stage (:mod:`framing.stage`) writes the corpus's tables first, on
every core and from the cache where it can; the notebooks read them. Everything
is built in ``<output_dir>/.stage`` first; only when every notebook ran and the
HTML built does the new book replace the old one, so a failed run leaves the
previous good book in place.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import replace
from pathlib import Path

import nbformat
import papermill
import yaml
from papermill.exceptions import PapermillExecutionError

from . import cache
from .book import DOWNLOADS, write_vega_bundle
from .config import Params
from .corpus import load_metadata
from .errors import InputError
from .latex import missing_packages
from .lexicons import Lexicons
from .evaluation.run import SEED_ARTICLES, evaluate, evaluation_folder, write_evaluation
from .lock import build_lock
from .stage import extract_corpus

BOOK_FILES = ("_config.yml", "_toc.yml", "references.bib")   # copied into the staged book as they are
BOOK_FOLDERS = ("_static",)


class BuildError(RuntimeError):
    """A notebook or the book build failed; the message says where."""


def toc_files(root: Path) -> list[Path]:
    """The source files the table of contents lists, in reading order."""
    toc_path = root / "_toc.yml"
    try:
        toc = yaml.safe_load(toc_path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise InputError(toc_path, f"cannot read the table of contents: {err}") from None
    entries = [toc.get("root")] + _toc_entries(toc)
    files = []
    for entry in entries:
        matches = [root / f"{entry}{ext}" for ext in (".ipynb", ".md") if (root / f"{entry}{ext}").is_file()]
        if not matches:
            raise InputError(toc_path, f"'{entry}' has no .ipynb or .md file")
        files.append(matches[0])
    return files


def _toc_entries(node: object) -> list[str]:
    if isinstance(node, dict):
        found = [node["file"]] if "file" in node else []
        for key in ("parts", "chapters", "sections"):
            found += _toc_entries(node.get(key, []))
        return found
    if isinstance(node, list):
        return [entry for item in node for entry in _toc_entries(item)]
    return []


KERNEL_START_TRIES = 3


def execute_notebook(source: Path, target: Path, parameters: dict[str, str]) -> None:
    """Run one notebook with papermill; hide the injected parameters in the book.

    Two kernels started at once by different processes can pick the same free
    port, and one then dies before it answers (seen on a fresh clone): a kernel
    that fails to start is started again, up to KERNEL_START_TRIES times.
    """
    for attempt in range(1, KERNEL_START_TRIES + 1):
        try:
            papermill.execute_notebook(str(source), str(target), parameters=parameters, cwd=str(source.parent),
                                       kernel_name="python3", progress_bar=False, log_output=False)
            break
        except PapermillExecutionError as err:
            raise BuildError(f"{source.name}: cell {_source_cell_number(target, err.cell_index)} failed: "
                             f"{err.ename}: {err.evalue}") from None
        except RuntimeError as err:
            if not re.search(r"Kernel died|Kernel didn't respond", str(err)) or attempt == KERNEL_START_TRIES:
                raise
            time.sleep(attempt)
    notebook = nbformat.read(target, as_version=4)
    for cell in notebook.cells:
        tags = cell.metadata.setdefault("tags", [])
        if "injected-parameters" in tags and "remove-cell" not in tags:
            tags.append("remove-cell")
    nbformat.write(notebook, target)


WORKERS = 2   # this machine's cores; each notebook runs in its own kernel process


def _execute_all(sources: list[Path], root: Path, book_src: Path, parameters: dict[str, str], kernel_log: Path):
    """Execute notebooks two at a time; yield (source, seconds) as each finishes.

    The first failure stops the run: notebooks not yet started are cancelled and
    its BuildError is raised once the running ones end.
    """
    with ProcessPoolExecutor(max_workers=WORKERS, initializer=_kernel_log_to, initargs=(str(kernel_log),)) as pool:
        futures = {pool.submit(_timed_execute, source, _mkparent(book_src / source.relative_to(root)), parameters):
                   source for source in sources}
        for future in as_completed(futures):
            try:
                yield futures[future], future.result()
            except BuildError:
                for other in futures:
                    other.cancel()
                raise


def _kernel_log_to(path: str) -> None:
    """Kernels inherit the worker's standard error and log start-up and shut-down chatter there
    (transport warnings, interrupts at shutdown): keep it out of the build's output, in a file
    to read when a kernel dies. A cell's errors still reach us as BuildError."""
    log = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(log, 2)


def _timed_execute(source: Path, target: Path, parameters: dict[str, str]) -> float:
    started = time.perf_counter()
    execute_notebook(source, target, parameters)
    return time.perf_counter() - started


def _reuse(source: Path, rel: str, output_dir: Path, stage: Path, book_src: Path) -> bool:
    """Copy the last good build's executed notebook and its tables into the stage;
    False when they are not there to copy."""
    executed = output_dir / "notebooks" / rel
    tables = cache.settings(source).get("tables")
    if not executed.is_file() or (tables and not (output_dir / "tables" / tables).is_dir()):
        return False
    _copy(executed, book_src / rel)
    if tables:
        shutil.copytree(output_dir / "tables" / tables, stage / "tables" / tables)
    return True


def _source_cell_number(executed: Path, index: int) -> int:
    """Number (from 1) of the failing cell in the source notebook, not counting
    the cells papermill added to the executed copy (parameters, error banners)."""
    tags = [c.metadata.get("tags", []) for c in nbformat.read(executed, as_version=4).cells]
    executed_cells = [t for t in tags if "papermill-error-cell-tag" not in t][:index + 1]
    return sum("injected-parameters" not in t for t in executed_cells)


def build(params: Params, root: Path, *, pdf: bool = True, force: bool = False, log=print) -> None:
    """Execute every chapter in ``_toc.yml`` order and build the book.

    Notebooks whose inputs did not change since the last good build are reused
    (see :mod:`framing.cache`); with nothing changed the build is skipped.
    ``force`` runs everything. One build at a time per output folder (:mod:`framing.lock`).
    """
    params.check_inputs()
    Lexicons.load(params.lexicon_dir)
    load_metadata(params.metadata, params.corpus_dir)
    sources = toc_files(root)
    stage = params.output_dir / ".stage"
    with build_lock(params.output_dir, log):    # a second build on this folder stops here (BuildLocked)
        shutil.rmtree(stage, ignore_errors=True)
        try:
            _build_in_stage(params, root, sources, stage, pdf, force, log)
        finally:                              # failed, interrupted or done: no half-built book left behind
            shutil.rmtree(stage, ignore_errors=True)


def _build_in_stage(params: Params, root: Path, sources: list[Path], stage: Path, pdf: bool, force: bool,
                    log) -> None:
    inputs = cache.inputs_fingerprint(params, root, pdf)       # before anything runs: what this build reads
    notebooks = [s for s in sources if s.suffix == ".ipynb"]
    first = [s for s in notebooks if not cache.settings(s).get("after_all")]
    last = [s for s in notebooks if cache.settings(s).get("after_all")]
    notebook_params = replace(params, output_dir=stage)
    started = time.perf_counter()
    extracted = extract_corpus(notebook_params).digests     # every core; only what the cache lacks
    extracted["evaluation"] = write_evaluation(
        evaluate(params.annotations_dir, params.evaluation_dir, SEED_ARTICLES, params.lexicon_dir),
        evaluation_folder(notebook_params))
    log(f"Extraction stage and evaluation: {time.perf_counter() - started:.1f} s")
    prints = {str(s.relative_to(root)): cache.fingerprint(s, params, extracted=extracted) for s in first}
    prints.update({str(s.relative_to(root)): cache.fingerprint(s, params, list(prints.values()), extracted)
                   for s in last})
    book_files = [root / n for n in BOOK_FILES] + [p for n in BOOK_FOLDERS for p in (root / n).rglob("*")] + \
        [s for s in sources if s.suffix != ".ipynb"]
    book_print = cache.book_fingerprint(root, book_files, prints)
    previous = {} if force else cache.read_manifest(params.output_dir)
    if previous.get("book") == book_print and cache.book_outputs_exist(params.output_dir,
                                                                       pdf and not missing_packages()):
        cache.remember_inputs(params.output_dir, inputs)
        log("Up to date: nothing the book is built from has changed (use --force to rebuild).")
        return
    book_src = stage / "src"
    for name in BOOK_FILES:
        if (root / name).is_file():
            _copy(root / name, book_src / name)
    for name in BOOK_FOLDERS:
        if (root / name).is_dir():
            shutil.copytree(root / name, book_src / name)
    write_vega_bundle(book_src / "_static")
    for source in sources:
        if source.suffix != ".ipynb":
            _copy(source, book_src / source.relative_to(root))
    done = 0
    for batch in (first, last):          # 'after_all' notebooks read the others' tables
        to_run = []
        for source in batch:
            rel = str(source.relative_to(root))
            if previous.get("notebooks", {}).get(rel) == prints[rel] and _reuse(source, rel, params.output_dir,
                                                                                stage, book_src):
                done += 1
                log(f"[{done}/{len(notebooks)}] {rel} reused (inputs unchanged)")
            else:
                to_run.append(source)
        kernel_log = params.output_dir / "kernels.log"     # outside the stage: kept when a build fails
        if batch is first:
            kernel_log.unlink(missing_ok=True)
        for source, seconds in _execute_all(to_run, root, book_src, notebook_params.as_notebook_parameters(),
                                            kernel_log):
            done += 1
            log(f"[{done}/{len(notebooks)}] {source.relative_to(root)} ok ({seconds:.1f} s)")
    for source in notebooks:               # published with the book, for the next build to reuse
        _copy(book_src / source.relative_to(root), stage / "notebooks" / source.relative_to(root))
    (stage / "notebooks" / cache.MANIFEST).write_text(
        json.dumps({"book": book_print, "notebooks": prints, "inputs": inputs}, indent=1, sort_keys=True),
        encoding="utf-8")
    builders = {"HTML": _start_jupyter_book(book_src, "html", book_src)}
    pdf_built = False
    if pdf:
        missing = missing_packages()
        if not missing:      # jupyter-book's name for its LaTeX builder; xelatex runs. Its own output folder,
            builders["PDF"] = _start_jupyter_book(book_src, "pdflatex", stage / "pdf-build")   # beside the HTML's
            pdf_built = True
        else:
            log(f"PDF skipped: apt-get install --no-install-recommends {' '.join(missing)}")
    log(f"{' and '.join(builders)} (side by side) …", end=" ", flush=True)
    _finish_jupyter_books(builders)
    log("ok")
    _publish(stage, params.output_dir, pdf_built)
    log(f"Book: {params.output_dir / 'html' / 'index.html'}"
        + (f"\nPDF:  {params.output_dir / 'pdf' / 'book.pdf'}" if pdf_built else ""))


def _start_jupyter_book(book_src: Path, builder: str, output: Path) -> subprocess.Popen:
    """Start ``jupyter-book build`` of ``book_src`` into ``output/_build/<builder>``; the HTML and the
    LaTeX builds write to different folders (and doctrees), so they run at the same time.

    Standard input is closed: jupyter-book runs xelatex without ``-interaction=nonstopmode``, and
    xelatex stops at a LaTeX error to ask the terminal what to do, which would hang the build.
    """
    command = [str(Path(sys.executable).parent / "jupyter-book"), "build", str(book_src), "--path-output",
               str(output), "--builder", builder, "-W", "-n", "--keep-going"]
    return subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, errors="replace")      # LaTeX logs in Latin-1


def _finish_jupyter_books(builders: dict[str, subprocess.Popen]) -> None:
    """Wait for every build; the first that failed raises with the end of its log (the others are stopped)."""
    failed = None
    for name, process in builders.items():
        output, _ = process.communicate()
        if process.returncode != 0 and failed is None:
            failed = f"jupyter-book {name} build failed:\n" + "\n".join(output.strip().splitlines()[-30:])
            for other in builders.values():
                if other.poll() is None:
                    other.terminate()
    if failed:
        raise BuildError(failed)


def _publish(stage: Path, output_dir: Path, pdf_built: bool) -> None:
    """Swap the staged results into place, each folder in one rename; the HTML book gets
    the CSV tables and the PDF in its downloads folder."""
    built = stage / "src" / "_build"
    pdf_file = stage / "pdf-build" / "_build" / "latex" / "book.pdf"
    downloads = built / "html" / DOWNLOADS
    if (stage / "tables").is_dir():
        shutil.copytree(stage / "tables", downloads / "tables")
    if pdf_built:
        _copy(pdf_file, downloads / "book.pdf")
    moves = {"html": built / "html", "notebooks": stage / "notebooks", "tables": stage / "tables",
             "extract": stage / "extract"}
    if pdf_built:
        pdf_dir = stage / "pdf"
        _copy(pdf_file, pdf_dir / "book.pdf")
        moves["pdf"] = pdf_dir
    for name, new in moves.items():
        if not new.exists():
            continue
        target = output_dir / name
        old = output_dir / f".{name}.old"
        shutil.rmtree(old, ignore_errors=True)
        if target.exists():
            target.rename(old)
        new.rename(target)
        shutil.rmtree(old, ignore_errors=True)


def _mkparent(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _copy(source: Path, target: Path) -> None:
    shutil.copy2(source, _mkparent(target))
