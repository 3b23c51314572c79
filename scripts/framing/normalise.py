"""Decode article files and normalise the characters news text brings.

Normalisation never loses the way back: :class:`NormalisedText` keeps, for
every character of the normalised text, its offset in the decoded file, so
every later result can point at the raw text a reader can open.
"""
from __future__ import annotations

from collections import Counter
import html
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

# Quote marks are kept as they are (the quote engine needs to see which were
# used) but recognised as one of two families.
DOUBLE_QUOTES = '"\u201c\u201d\u201e\u201f\u00ab\u00bb'
SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b\u2039\u203a"

_SPACES = {c: "non-breaking or special space" for c in
           "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000"}
_DROPPED = {"\ufeff": "byte-order mark", "\u200b": "zero-width character", "\u200c": "zero-width character",
            "\u200d": "zero-width character", "\u2060": "zero-width character", "\u00ad": "soft hyphen"}
# A note placing a person in the photo beside the text ('Ahmat Rehim (pictured) told …') is no part of the
# sentence: dropped with its leading space, so that a name and its verb stand together again.
_PHOTO_NOTE = re.compile(r" \((?:(?:pictured|seen|shown)(?: (?:above|below|left|right|centre|center|second (?:left|right)"
                         r"|far (?:left|right)))?|above|below|left|right|centre|center)\)",   # '(file photo)' ends a caption
                         re.IGNORECASE)
# An HTML character reference a page's text kept when it was copied ('H&amp;M'): the character it stands for.
_ENTITY = re.compile(r"&(?:amp|quot|apos|lt|gt|nbsp|#\d{2,5}|#x[0-9a-fA-F]{2,4});")
_SPECIAL = re.compile("\r\n?|[" + "".join(_SPACES) + "".join(_DROPPED) + "]|" + _PHOTO_NOTE.pattern + "|" +
                      _ENTITY.pattern, re.IGNORECASE)


@dataclass(frozen=True)
class NormalisedText:
    """The normalised ``text`` of a decoded file ``raw``, with the way back.

    The map is piecewise: from normalised offset ``breaks[k]`` on, the raw
    offset is the normalised one plus ``shifts[k]``. This stays small (one
    entry per dropped character) however long the article is.
    """

    raw: str
    text: str
    breaks: tuple[int, ...]
    shifts: tuple[int, ...]
    changes: Counter = field(default_factory=Counter)

    def raw_offset(self, index: int) -> int:
        """The decoded-file offset of ``text[index]`` (or of the end)."""
        return index + self.shifts[bisect_right(self.breaks, index) - 1]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of ``text`` to the decoded file."""
        if start == end:
            return self.raw_offset(start), self.raw_offset(start)
        return self.raw_offset(start), self.raw_offset(end - 1) + 1


def decode(data: bytes, path: str | Path) -> str:
    """Decode an article's bytes as UTF-8, or say exactly why it cannot be."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InputError(path, "the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8")
    if b"\x00" in data:
        raise InputError(path, f"the file holds NUL bytes (first at byte {data.index(0)}): binary, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise InputError(path, f"not valid UTF-8: byte {err.start} ({data[err.start]:#04x}) cannot be decoded",
                         line=line) from None
    if not text.strip():
        raise InputError(path, "the file is empty or holds only white space")
    return text


def normalise(raw: str) -> NormalisedText:
    """Fold line endings, special spaces and invisible characters.

    CRLF and lone CR become LF; non-breaking and other Unicode spaces become a
    plain space; byte-order marks, zero-width characters, soft hyphens and notes
    placing a person in a photo ('(pictured)') are dropped. Quote marks, dashes and everything else are kept as they are.
    """
    pieces: list[str] = []
    breaks, shifts = [0], [0]
    changes: Counter = Counter()
    done = 0  # raw offset copied so far
    length = 0  # length of the normalised text so far
    for match in _SPECIAL.finditer(raw):
        pieces.append(raw[done:match.start()])
        length += match.start() - done
        found = match.group()
        if found[0] == "\r":
            replacement, change = "\n", "line ending (CR or CRLF)"
        elif found in _SPACES:
            replacement, change = " ", _SPACES[found]
        elif found.startswith(" ("):
            replacement, change = "", "photo-position note ('(pictured)')"
        elif found.startswith("&"):
            replacement, change = html.unescape(found).replace("\u00a0", " "), "HTML character reference ('&amp;')"
        else:
            replacement, change = "", _DROPPED[found]
        pieces.append(replacement)
        changes[change] += 1
        length += len(replacement)
        done = match.end()
        if done - length != shifts[-1]:
            breaks.append(length)
            shifts.append(done - length)
    pieces.append(raw[done:])
    return NormalisedText(raw, "".join(pieces), tuple(breaks), tuple(shifts), changes)
