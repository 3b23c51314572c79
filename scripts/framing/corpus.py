"""Load a corpus: validate metadata against files, decode, clean and segment.

``load_corpus`` is the single entry point the notebooks use; ``prepare`` does
the same for one string (the command-line tools use it on bare files).
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from .clean import Removal, find_boilerplate, lines_of
from .errors import InputError
from .lexicons import Lexicons
from .normalise import NormalisedText, decode, normalise
from .segment import TOKENIZER, Paragraph, segment

METADATA_COLUMNS = ("doc_id", "file", "outlet", "date", "headline", "agency", "event", "event_date", "notes")
_DOC_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
# The rules are linear in the article but a whole archive in one file is almost
# certainly a mistake, and the book's tables would drown in it.
MAX_ARTICLE_BYTES = 5_000_000


@dataclass(frozen=True)
class Document:
    """One article: its decoded text, what cleaning removed, and its units.

    All offsets inside a Document are into ``source.text`` (normalised); the
    tables map them to the decoded file with ``source.raw_span``.
    """

    doc_id: str
    source: NormalisedText
    removed: tuple[Removal, ...]
    paragraphs: tuple[Paragraph, ...]

    @property
    def text(self) -> str:
        return self.source.text

    def clean_text(self) -> str:
        """The kept paragraphs joined by blank lines (for reading, not for offsets)."""
        return "\n\n".join(self.text[p.start:p.end] for p in self.paragraphs)


def prepare(raw: str, doc_id: str, lexicons: Lexicons) -> Document:
    """Normalise, clean and segment one decoded article."""
    source = normalise(raw)
    lines = lines_of(source.text)
    removed = find_boilerplate(lines, lexicons.boilerplate)
    removed_numbers = {r.line.number for r in removed}
    kept = [line for line in lines if line.number not in removed_numbers]
    paragraphs = segment(doc_id, source.text, kept, lexicons.abbreviations)
    return Document(doc_id, source, tuple(removed), paragraphs)


def read_document(path: Path, lexicons: Lexicons, doc_id: str | None = None) -> Document:
    """Read and prepare one article file; ``doc_id`` defaults to the file's stem."""
    return prepare(decode(read_article(path), path), doc_id or Path(path).stem, lexicons)


def read_article(path: Path) -> bytes:
    """An article file's bytes, or an InputError saying why it cannot be read."""
    try:
        size = Path(path).stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise InputError(path, f"the file is {size / 1e6:.1f} MB; an article may be at most "
                                   f"{MAX_ARTICLE_BYTES / 1e6:.0f} MB (news articles are rarely over 0.1 MB): "
                                   "is it a whole archive? split it into one file per article")
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(path, "file not found") from None
    except IsADirectoryError:
        raise InputError(path, "is a folder, not an article file") from None
    except OSError as err:
        raise InputError(path, f"cannot be read: {err.strerror or err}") from None


@dataclass(frozen=True)
class Corpus:
    metadata: pd.DataFrame
    documents: Sequence[Document]


class Documents(Sequence):
    """A corpus's articles in metadata order, read and decoded at once (a bad file is named when the
    corpus loads), each cleaned and segmented on first use and then kept: the chapters that read only the
    extraction tables and the metadata never pay for preparing the corpus."""

    def __init__(self, decoded: list[tuple[str, str]], lexicons: Lexicons):
        self._decoded, self._lexicons = decoded, lexicons
        self._prepared: dict[int, Document] = {}

    def __len__(self) -> int:
        return len(self._decoded)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        index = range(len(self))[index]             # negative indices; IndexError past the end
        if index not in self._prepared:
            raw, doc_id = self._decoded[index]
            self._prepared[index] = prepare(raw, doc_id, self._lexicons)
        return self._prepared[index]


def load_corpus(corpus_dir: Path, metadata_path: Path, lexicons: Lexicons) -> Corpus:
    """Validate the metadata against the corpus folder and read every article; each is prepared when
    first used."""
    metadata = load_metadata(metadata_path, corpus_dir)
    decoded = [(decode(read_article(corpus_dir / row.file), corpus_dir / row.file), row.doc_id)
               for row in metadata.itertuples()]
    return Corpus(metadata, Documents(decoded, lexicons))


def load_metadata(path: Path, corpus_dir: Path) -> pd.DataFrame:
    """Read ``metadata.csv`` and check it row by row against ``corpus_dir``.

    Errors name the file and the CSV line: a missing or extra column, an
    empty or duplicate doc_id, a file listed twice, missing, or outside the
    corpus folder, a date that is not YYYY-MM-DD (or YYYY-MM, YYYY), and article files in the
    folder that no row describes.
    """
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(path, "metadata file not found") from None
    except UnicodeDecodeError as err:
        raise InputError(path, f"not valid UTF-8 (byte {err.start})") from None
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows:
        raise InputError(path, "the metadata file is empty")
    header = tuple(h.strip() for h in rows[0])
    missing = [c for c in METADATA_COLUMNS if c not in header]
    extra = [c for c in header if c not in METADATA_COLUMNS]
    if missing or extra:
        problems = ([f"missing column(s) {', '.join(missing)}"] if missing else []) + \
                   ([f"unknown column(s) {', '.join(extra)}"] if extra else [])
        raise InputError(path, "; ".join(problems) + f" (expected: {','.join(METADATA_COLUMNS)})", line=1)
    records, seen_ids, seen_files = [], {}, {}
    corpus_root = Path(corpus_dir).resolve()
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise InputError(path, f"{len(row)} fields where the header has {len(header)}", line=line)
        record = {column: cell.strip() for column, cell in zip(header, row)}
        _check_row(record, path, line, corpus_root, seen_ids, seen_files)
        records.append(record)
    if not records:
        raise InputError(path, "no articles listed")
    listed = set(seen_files)
    for orphan in sorted(p for p in corpus_root.glob("*.txt") if p.name not in listed):
        raise InputError(orphan, f"article file has no row in {path}")
    return pd.DataFrame(records, columns=list(METADATA_COLUMNS))


def _check_row(record: dict, path: Path, line: int, corpus_root: Path,
               seen_ids: dict, seen_files: dict) -> None:
    doc_id, file = record["doc_id"], record["file"]
    if not _DOC_ID.fullmatch(doc_id):
        raise InputError(path, f"doc_id {doc_id!r} must be letters, digits, '_', '.' or '-'", line=line)
    if doc_id in seen_ids:
        raise InputError(path, f"duplicate doc_id {doc_id!r} (first on line {seen_ids[doc_id]})", line=line)
    seen_ids[doc_id] = line
    target = (corpus_root / file).resolve()
    if not file or Path(file).is_absolute() or target.parent != corpus_root:
        raise InputError(path, f"file {file!r} must be a file name inside the corpus folder {corpus_root}",
                         line=line)
    if file in seen_files:
        raise InputError(path, f"file {file!r} is listed twice (first on line {seen_files[file]})", line=line)
    seen_files[file] = line
    if not target.is_file():
        raise InputError(path, f"file {file!r} not found in {corpus_root}", line=line)
    for column in ("date", "event_date"):
        value = record[column]
        if (value or column == "date") and not _is_date(value):
            raise InputError(path, f"{column} {value!r} is not a date in the form YYYY-MM-DD "
                             "(or YYYY-MM / YYYY when only the month or year is known)", line=line)


def _is_date(value: str) -> bool:
    """A full ISO date, or a month or year alone (a source may give no day)."""
    try:
        date.fromisoformat({4: f"{value}-01-01", 7: f"{value}-01"}.get(len(value), value))
    except ValueError:
        return False
    return True


def word_count(text: str) -> int:
    """Tokens that contain a letter or digit."""
    return sum(1 for token in TOKENIZER.tokenize(text) if any(c.isalnum() for c in token))
