"""The extraction stage: each article analysed once, on every core or a Dask cluster, cached.

:func:`analyse` is the one place extraction happens: one article's bytes in,
its records out (sizes, quotes, term mentions, statement × strategy rows,
accusations), through the extractors' own entry points. A :class:`Stage`
runs it over a list of articles: it keys every article's records of every
table on the article's bytes, the lexicon files the table depends on and the
package's source (:func:`framing.cache.engine_version`), extracts only what
the cache (:mod:`framing.store`) lacks — on a process pool, or on a
dask.distributed cluster given its address — and writes the tables as
Parquet and CSV. Columns come from the extractors' record types, so a column
they add flows through.
"""
from __future__ import annotations

import hashlib
import os
import socket
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, fields
from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pandas as pd

from . import responses
from .cache import engine_version
from .corpus import load_metadata, prepare, read_article
from .errors import InputError
from .lexicons import FILES, Lexicons
from .normalise import decode
from .overview import ARTICLE_STATS, document_stats
from .quotes import Quote, extract_quotes
from .store import Store, sha256, write_tables
from .terms import Mention, find_mentions

PREPARED = ("boilerplate", "abbreviations")
QUOTED = PREPARED + ("stopwords", "entities", "cues", "speakers", "terms")
ANSWERED = QUOTED + ("responses",)


@dataclass(frozen=True)
class Table:
    """A table of the stage: its columns and the :class:`Lexicons` fields its records depend on."""

    columns: tuple[str, ...]
    lexicons: tuple[str, ...]


TABLES = {
    "articles": Table(ARTICLE_STATS, PREPARED),
    "quotes": Table(tuple(f.name for f in fields(Quote)), QUOTED),
    "terms": Table(tuple(f.name for f in fields(Mention)), QUOTED),   # 'elsewhere' mentions included
    "responses": Table(tuple(responses.COLUMNS), ANSWERED),
    "accusations": Table(tuple(responses.ACCUSATION_COLUMNS), ANSWERED),
}
FROM_QUOTES = {"quotes", "terms", "responses", "accusations"}
SMALL = 8            # articles to extract below which starting worker processes costs more than it saves
BATCH = 32           # articles per task at most


class ArticleError(InputError):
    """An article that cannot be read or decoded; the batch goes on without it unless strict."""


class EngineMismatch(RuntimeError):
    """A worker's framing package is not the client's: its records would be cached under the wrong key."""


def to_stderr(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)


def analyse(doc_id: str, data: bytes, path: str, lexicons: Lexicons, tables: Iterable[str],
            quotes: list[Quote] | None = None) -> dict[str, list[tuple]]:
    """One article's rows of each of ``tables`` (plus its quotes when they had to be extracted).

    ``quotes`` saves extracting them again; raises InputError when the bytes are not an article.
    """
    tables = set(tables)
    doc = prepare(decode(data, path), doc_id, lexicons)
    records = {}
    if "articles" in tables:
        records["articles"] = [document_stats(doc)]
    if tables & FROM_QUOTES and quotes is None:
        quotes = records["quotes"] = extract_quotes(doc, lexicons)
    if "terms" in tables:
        records["terms"] = find_mentions(doc, lexicons, quotes, include_elsewhere=True)
    if "responses" in tables:
        records["responses"] = responses.response_rows(doc, lexicons, quotes)
    if "accusations" in tables:
        records["accusations"] = responses.accusations(doc, lexicons, quotes)
    return {table: [_row(record, TABLES[table].columns) for record in found] for table, found in records.items()}


def _row(record, columns: tuple[str, ...]) -> tuple:
    if isinstance(record, dict):
        return tuple(record[name] for name in columns)
    return tuple(getattr(record, name) for name in columns)


_LOADED: dict[str, Lexicons] = {}


def extract_batch(lexicon_files: dict[str, bytes], engine: str, batch: list[tuple]) -> list[dict | tuple]:
    """:func:`analyse` on a batch of (doc_id, path, bytes, tables, cached quote rows or None), on a worker.

    Lexicons come as file contents, so a worker on another machine needs the package but not the
    data; an article that is not text gives (path, problem, line) instead of records.
    """
    if engine != engine_version():
        raise EngineMismatch(f"the framing package on worker {socket.gethostname()} differs from the client's "
                             "(was it edited during the run?): install the same version on every worker")
    key = sha256(b"".join(name.encode() + b"\0" + data for name, data in sorted(lexicon_files.items())))
    if key not in _LOADED:
        with tempfile.TemporaryDirectory() as folder:
            for name, data in lexicon_files.items():
                Path(folder, name).write_bytes(data)
            _LOADED[key] = Lexicons.load(Path(folder))
    outcomes = []
    for doc_id, path, data, tables, quote_rows in batch:
        quotes = None if quote_rows is None else [Quote(*row) for row in quote_rows]
        try:
            outcomes.append(analyse(doc_id, data, path, _LOADED[key], tables, quotes))
        except InputError as err:
            outcomes.append((err.path, err.problem, err.line))
        except Exception as err:
            err.add_note(f"while extracting {path}")
            raise
    return outcomes


@dataclass
class Article:
    doc_id: str
    path: str
    data: bytes


def read_articles(named: Iterable[tuple[str, Path]], report: Callable[[str], None], *,
                  strict: bool = False) -> list[Article]:
    """Read (doc_id, path) pairs; a file that cannot be read is reported (or raised when ``strict``)."""
    articles = []
    for doc_id, path in named:
        try:
            articles.append(Article(doc_id, str(path), read_article(path)))
        except InputError as err:
            if strict:
                raise ArticleError(err.path, err.problem, line=err.line) from None
            report(str(err))
    return articles


def default_cache_dir() -> Path:
    """``$FRAMING_CACHE_DIR``, else ``framing`` under ``$XDG_CACHE_HOME`` or ``~/.cache``."""
    if os.environ.get("FRAMING_CACHE_DIR"):
        return Path(os.environ["FRAMING_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "framing"


class Stage:
    """The stage over a list of articles: their records' keys, what the cache lacks, the tables."""

    def __init__(self, articles: list[Article], lexicon_dir: Path, cache_dir: Path | None = None):
        self.lexicons = Lexicons.load(lexicon_dir)          # validated here, with file and line on error
        self.lexicon_files = {name: (Path(lexicon_dir) / name).read_bytes()
                              for names in FILES.values() for name in names}
        self.engine = engine_version()
        self.store = Store(cache_dir or default_cache_dir())
        self.articles = articles
        field_digest = {field: sha256(b"".join(self.lexicon_files[name] for name in names))
                        for field, names in FILES.items()}
        table_digest = {table: "".join(field_digest[f] for f in spec.lexicons) for table, spec in TABLES.items()}
        self.keys = [{table: sha256("\0".join((self.engine, table, article.doc_id, digest, table_digest[table]))
                                    .encode())
                      for table in TABLES}
                     for article in articles for digest in [hashlib.sha256(article.data).hexdigest()]]

    def extract(self, tables: Iterable[str], report: Callable[[str], None], *, jobs: int | None = None,
                scheduler: str | None = None, strict: bool = False) -> None:
        """Extract what the cache lacks of ``tables``, on ``jobs`` processes (all cores by default) or the
        dask.distributed cluster at ``scheduler``; articles that fail are reported and dropped."""
        todo = []
        for i, keys in enumerate(self.keys):
            missing = sorted(t for t in tables if not self.store.has(keys[t]))
            if missing:
                quotes = None
                if set(missing) & FROM_QUOTES and "quotes" not in missing:
                    quotes = self.store.get(keys["quotes"])
                todo.append((i, missing, quotes))
        if not todo:
            return
        jobs = 1 if len(todo) <= SMALL and not scheduler else jobs or os.cpu_count() or 1
        failed = set()
        with _workers(jobs, scheduler, self.lexicon_files) as (submit, lexicons, workers):
            size = max(1, min(BATCH, len(todo) // (workers * 4)))
            batches = [todo[start:start + size] for start in range(0, len(todo), size)]
            results = submit([[(self.articles[i].doc_id, self.articles[i].path, self.articles[i].data, missing,
                                quotes) for i, missing, quotes in batch] for batch in batches], lexicons, self.engine)
            for batch, outcomes in zip(batches, results):
                for (i, _, _), outcome in zip(batch, outcomes):
                    if isinstance(outcome, tuple):
                        path, problem, line = outcome
                        if strict:
                            raise ArticleError(path, problem, line=line)
                        report(str(ArticleError(path, problem, line=line)))
                        failed.add(i)
                    else:
                        for table, rows in outcome.items():
                            self.store.put(self.keys[i][table], rows)
        self.articles = [a for i, a in enumerate(self.articles) if i not in failed]
        self.keys = [k for i, k in enumerate(self.keys) if i not in failed]

    def rows(self, i: int, table: str) -> list[list]:
        """Article ``i``'s rows of ``table``, extracted again here if its cache entry is gone or corrupt."""
        rows = self.store.get(self.keys[i][table])
        if rows is None:
            article = self.articles[i]
            for name, fresh in analyse(article.doc_id, article.data, article.path, self.lexicons, [table]).items():
                self.store.put(self.keys[i][name], fresh)
            rows = self.store.get(self.keys[i][table])
        return rows

    def write(self, out_dir: Path, tables: Iterable[str] = tuple(TABLES)) -> dict[str, str]:
        """Write each table as ``<name>.parquet`` and ``<name>.csv``; return the CSV digests."""
        return write_tables(out_dir, self.store, {t: TABLES[t].columns for t in tables}, self.keys, self.rows)


@contextmanager
def _workers(jobs: int, scheduler: str | None, lexicon_files: dict[str, bytes]) -> Iterator[tuple]:
    """(run batches, lexicon argument, number of workers) for this process, a pool or a Dask cluster.
    Running yields each batch's outcomes in the order of the batches."""
    if scheduler:
        from distributed import Client
        try:
            client = Client(scheduler, timeout="30s")
        except (OSError, TimeoutError) as err:
            raise InputError(None, f"--scheduler {scheduler}: cannot connect to a Dask scheduler: {err}") from None
        with client:
            lexicons = client.scatter([lexicon_files], broadcast=True)[0]
            yield partial(_in_order, client.get_executor()), lexicons, max(1, sum(client.nthreads().values()))
    elif jobs == 1:
        yield lambda batches, lexicons, engine: (extract_batch(lexicons, engine, b) for b in batches), \
            lexicon_files, 1
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            yield partial(_in_order, pool), lexicon_files, jobs


def _in_order(executor, batches: list, lexicons, engine: str) -> Iterator[list]:
    """Submit every batch, yield their outcomes in order; cancel what is left when stopped early."""
    futures = [executor.submit(extract_batch, lexicons, engine, batch) for batch in batches]
    try:
        for index, future in enumerate(futures):
            yield future.result()
            futures[index] = None                 # its records are stored: let them go
    finally:
        for future in futures:
            if future is not None:
                future.cancel()


@dataclass(frozen=True)
class Extraction:
    """The stage's tables of a corpus, as written in ``folder``, and their CSV digests."""

    folder: Path
    digests: dict[str, str]

    def table(self, name: str) -> pd.DataFrame:
        return pd.read_parquet(self.folder / f"{name}.parquet")

    def mentions(self, *, elsewhere: bool = False) -> pd.DataFrame:
        """Term mentions; with ``elsewhere`` those set aside as another country's facilities."""
        terms = self.table("terms")
        return terms[terms["elsewhere"] == elsewhere].reset_index(drop=True)


def extract_corpus(params, *, jobs: int | None = None, cache_dir: Path | None = None) -> Extraction:
    """The book corpus's tables in ``<output_dir>/extract``, extracted (what the cache lacks) and
    written first when not up to date; an unreadable article stops with its name and the reason."""
    metadata = load_metadata(params.metadata, params.corpus_dir)
    articles = read_articles(((row.doc_id, Path(params.corpus_dir) / row.file) for row in metadata.itertuples()),
                             to_stderr, strict=True)
    stage = Stage(articles, params.lexicon_dir, cache_dir)
    stage.extract(TABLES, to_stderr, jobs=jobs, strict=True)
    folder = Path(params.output_dir) / "extract"
    return Extraction(folder, stage.write(folder))
