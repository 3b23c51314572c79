"""The extraction stage's cache and the tables assembled from it.

Under the cache folder, ``records/ab/<key>`` holds one article's rows of one
table (JSON) and ``shards/ab/<key>.csv`` / ``.parquet`` the rows of up to
``SHARD_ARTICLES`` consecutive articles, assembled once and reused while none
of their records changes. Every file starts with the SHA-256 of the rest on
its own line: a file that does not match is treated as missing, removed and
recomputed. Files are written to a temporary name and renamed, so a reader
never sees half a file.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from pathlib import Path
from typing import Callable

import pyarrow as pa
import pyarrow.parquet as pq

SHARD_ARTICLES = 250
MANIFEST = "manifest.json"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_atomically(path: Path, payload: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(payload)
    os.replace(temporary, path)


def write_checked(path: Path, payload: bytes) -> None:
    """Write ``payload`` after a line holding its checksum."""
    write_atomically(path, sha256(payload).encode() + b"\n" + payload)


def read_checked(path: Path) -> bytes | None:
    """The payload of a file written by :func:`write_checked`; None when it is missing or corrupt
    (a corrupt file is removed)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    checksum, _, payload = data.partition(b"\n")
    if checksum.decode("ascii", "replace") != sha256(payload):
        path.unlink(missing_ok=True)
        return None
    return payload


class Store:
    """Records and shards in a cache folder, addressed by key."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def _path(self, kind: str, key: str) -> Path:
        return self.folder / kind / key[:2] / key

    def has(self, key: str) -> bool:
        return self._path("records", key).is_file()

    def get(self, key: str) -> list[list] | None:
        payload = read_checked(self._path("records", key))
        return None if payload is None else json.loads(payload)

    def put(self, key: str, rows: list[tuple]) -> None:
        write_checked(self._path("records", key), json.dumps(rows, ensure_ascii=False).encode())

    def shard(self, key: str, build: Callable[[], list]) -> tuple[bytes, pa.Table]:
        """A shard's CSV body and Arrow table, from the cache or made from ``build()``'s rows."""
        base = self._path("shards", key)
        body, parquet = read_checked(base.with_suffix(".csv")), read_checked(base.with_suffix(".parquet"))
        if body is None or parquet is None:
            rows, columns = build()
            body, parquet = csv_body(rows), parquet_bytes(arrow_table(rows, columns))
            write_checked(base.with_suffix(".csv"), body)
            write_checked(base.with_suffix(".parquet"), parquet)
        # one thread: Arrow's thread pool, once started, can abort the process at exit (std::terminate on a
        # joinable thread, apache/arrow#34314; seen about once in 25 'extract --scheduler' runs here)
        return body, pq.read_table(pa.BufferReader(parquet), use_threads=False)


def csv_body(rows: list) -> bytes:
    text = io.StringIO()
    csv.writer(text, lineterminator="\n").writerows(rows)
    return text.getvalue().encode("utf-8")


def arrow_table(rows: list, columns: tuple[str, ...]) -> pa.Table:
    return pa.table({name: [row[i] for row in rows] for i, name in enumerate(columns)})


def parquet_bytes(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return sink.getvalue().to_pybytes()


def write_tables(out_dir: Path, store: Store, columns: dict[str, tuple[str, ...]], keys: list[dict[str, str]],
                 rows_of: Callable[[int, str], list]) -> dict[str, str]:
    """Write ``<table>.csv`` and ``<table>.parquet`` in ``out_dir`` for every table in ``columns``:
    the rows of article 0, 1, … in order, where ``keys[i][table]`` identifies article i's records and
    ``rows_of(i, table)`` returns them. A table whose records are unchanged since the last call is
    left as it is. Returns each table's CSV digest (recorded in ``manifest.json``)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        previous = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        previous = {}
    manifest = {}
    for table, names in columns.items():
        shards = [range(start, min(start + SHARD_ARTICLES, len(keys)))
                  for start in range(0, len(keys), SHARD_ARTICLES)]
        shard_keys = [sha256("\n".join([table, *names, *(keys[i][table] for i in shard)]).encode())
                      for shard in shards]
        table_key = sha256("\n".join([table, *names, *shard_keys]).encode())
        known = previous.get(table, {})
        if known.get("key") == table_key and _intact(out_dir, table, known):
            manifest[table] = known
            continue
        header = csv_body([names])
        digest, parts = hashlib.sha256(header), []
        with _replacing(out_dir / f"{table}.csv") as csv_file:
            csv_file.write(header)
            for shard, shard_key in zip(shards, shard_keys):
                body, part = store.shard(shard_key, lambda shard=shard: (
                    [row for i in shard for row in rows_of(i, table)], names))
                csv_file.write(body)
                digest.update(body)
                parts.append(part)
        whole = pa.concat_tables(parts, promote_options="default") if parts else arrow_table([], names)
        parquet = parquet_bytes(whole)
        write_atomically(out_dir / f"{table}.parquet", parquet)
        manifest[table] = {"key": table_key, "csv": digest.hexdigest(), "parquet": sha256(parquet)}
    write_atomically(out_dir / MANIFEST, json.dumps(manifest, indent=1, sort_keys=True).encode())
    return {table: entry["csv"] for table, entry in manifest.items()}


def _intact(out_dir: Path, table: str, entry: dict) -> bool:
    """The table's files are there and hold what the manifest says."""
    try:
        return all(sha256((out_dir / f"{table}.{suffix}").read_bytes()) == entry[suffix]
                   for suffix in ("csv", "parquet"))
    except (OSError, KeyError):
        return False


class _replacing:
    """A binary file written under a temporary name and renamed into place when complete."""

    def __init__(self, path: Path):
        self.path = path
        self.temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")

    def __enter__(self):
        self.file = open(self.temporary, "wb")
        return self.file

    def __exit__(self, kind, error, traceback):
        self.file.close()
        if kind is None:
            os.replace(self.temporary, self.path)
        else:
            self.temporary.unlink(missing_ok=True)
