"""Sphinx extension for the PDF (xelatex): every character printed in a font that has it.

XeTeX has no font fallback: a character the current font lacks is dropped with
a line in the log. So before text reaches LaTeX, each character goes to the
first of :data:`FONTS` whose character map (read with fontconfig) has it:
Chinese runs are set in the CJK font, Arabic-script runs (Uyghur) in the Arabic
font right to left, and a character no font has (an emoji) is printed as its
Unicode name in brackets, e.g. ``[grinning face]``. Invisible format characters
(zero-width joiners and spaces, direction marks, soft hyphens) and variation
selectors are left out. ``\\tracinglostchars=3`` turns any character that
still lacks a glyph into a LaTeX error: nothing is lost silently.
"""
from __future__ import annotations

import bisect
import itertools
import os
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from sphinx.errors import ExtensionError
from sphinx.highlighting import PygmentsBridge
from sphinx.writers.latex import LaTeXTranslator


@dataclass(frozen=True)
class Font:
    role: str          # "main" (Latin, Greek), "cjk" or "arabic"
    family: str        # fontconfig family name
    package: str       # the Debian package that installs it


# In the order a character looks for its glyph; sans and mono fonts have the main font's characters.
FONTS = (Font("main", "TeX Gyre Termes", "fonts-texgyre"),
         Font("cjk", "Noto Serif CJK SC", "fonts-noto-cjk"),
         Font("arabic", "Noto Naskh Arabic", "fonts-noto-core"))
# As the pdflatex build had them (tgtermes, tgheros), except Cursor, set bolder and narrower, for txtt.
SANS, MONO = "TeX Gyre Heros", "TeX Gyre Cursor"

# Fonts, then the commands the text runs use; \tracinglostchars=3: a character without a glyph is an error.
FONTPKG = "\n".join([
    r"\setmainfont{%s}" % FONTS[0].family,
    r"\setsansfont{%s}" % SANS,
    r"\setmonofont{%s}[FakeBold=1.5, Scale=0.9]" % MONO,
    r"\newfontfamily\framingcjkfont{%s}" % FONTS[1].family,
    r"\newfontfamily\framingarabicfont{%s}[Script=Arabic]" % FONTS[2].family]) + r"""
\TeXXeTstate=1
\tracinglostchars=3
\DeclareRobustCommand\framingcjk[1]{{\framingcjkfont\XeTeXlinebreaklocale "zh"%
  \XeTeXlinebreakskip=0pt plus 1pt\relax #1}}
\DeclareRobustCommand\framingrtl[1]{{\framingarabicfont\beginR #1\endR}}
\DeclareRobustCommand\framingmissing[1]{\textsf{[#1]}}
\AtBeginDocument{\pdfstringdefDisableCommands{%
  \def\framingcjk#1{#1}\def\framingrtl#1{#1}\def\framingmissing#1{[#1]}}}
"""
WRAP = {"cjk": r"\framingcjk{%s}", "arabic": r"\framingrtl{%s}"}
_GAP = re.compile(r"[ \t]+")        # spaces between two Arabic-script words stay in the right-to-left run


def missing_packages() -> list[str]:
    """The Debian packages the PDF needs that are not installed (xelatex, latexmk, fonts)."""
    missing = [p for p, command in (("texlive-xetex", "xelatex"), ("latexmk", "latexmk"), ("fontconfig", "fc-match"))
               if not shutil.which(command)]
    if "fontconfig" not in missing:
        missing += [f.package for f in FONTS if not _installed(f.family)]
    return list(dict.fromkeys(missing))


def _installed(family: str) -> bool:
    return family.lower() in _fc_match(family)[0]


@lru_cache(maxsize=None)
def _fc_match(family: str) -> tuple[list[str], str]:
    """The families fontconfig matched for ``family`` (lower case) and the match's charset."""
    result = subprocess.run(["fc-match", "--format=%{family}\n%{charset}", family], capture_output=True,
                            text=True, check=True)
    families, _, charset = result.stdout.partition("\n")
    return [f.strip().lower() for f in families.split(",")], charset


def parse_charset(charset: str) -> list[tuple[int, int]]:
    """fontconfig's ``%{charset}`` (hex code points and ranges: ``20-7e a0 4e00-9fff``) as
    sorted inclusive (first, last) pairs."""
    ranges = []
    for item in charset.split():
        first, _, last = item.partition("-")
        try:
            ranges.append((int(first, 16), int(last or first, 16)))
        except ValueError:
            raise ValueError(f"not a fontconfig charset item: {item!r}") from None
    return sorted(ranges)


class Coverage:
    """Which font prints each character, from the fonts' character maps."""

    def __init__(self, charsets: dict[str, list[tuple[int, int]]]):
        self._firsts = {role: [r[0] for r in ranges] for role, ranges in charsets.items()}
        self._charsets = charsets

    @classmethod
    def installed(cls) -> "Coverage":
        """The character maps of the installed :data:`FONTS`; a clear error names a missing one."""
        charsets = {}
        for font in FONTS:
            if not _installed(font.family):
                raise ExtensionError(f"the PDF needs the font '{font.family}': "
                                     f"apt-get install --no-install-recommends {font.package}")
            charsets[font.role] = parse_charset(_fc_match(font.family)[1])
        return cls(charsets)

    def role(self, char: str) -> str | None:
        """The first font role whose character map has ``char``; None when no font has it."""
        if char in " \t\r\n":
            return "main"
        code = ord(char)
        for role, ranges in self._charsets.items():
            index = bisect.bisect_right(self._firsts[role], code) - 1
            if index >= 0 and ranges[index][0] <= code <= ranges[index][1]:
                return role
        return None

    def runs(self, text: str) -> list[tuple[str | None, str]]:
        """``text`` split into (font role, text) runs; invisible characters dropped; a right-to-left
        run takes in the spaces between its words."""
        visible = (c for c in text if not _invisible(c))
        runs = [(role, "".join(chars)) for role, chars in itertools.groupby(visible, self.role)]
        merged: list[tuple[str | None, str]] = []
        for i, (role, chunk) in enumerate(runs):
            between_arabic = (role == "main" and _GAP.fullmatch(chunk) and 0 < i < len(runs) - 1
                              and runs[i - 1][0] == runs[i + 1][0] == "arabic")
            if merged and merged[-1][0] == "arabic" and (between_arabic or role == "arabic"):
                merged[-1] = ("arabic", merged[-1][1] + chunk)
            else:
                merged.append((role, chunk))
        return merged

    def latex(self, text: str, encode: Callable[[str], str]) -> str:
        """LaTeX for ``text``: each run escaped with ``encode`` and set in its font; characters
        no font has printed as their names."""
        if text.isascii():
            return encode(text)
        parts = []
        for role, chunk in self.runs(text):
            if role is None:
                names = ", ".join(unicodedata.name(c, f"U+{ord(c):04X}").lower() for c in chunk)
                parts.append(r"\framingmissing{%s}" % encode(names))
            else:
                parts.append(WRAP[role] % encode(chunk) if role in WRAP else encode(chunk))
        return "".join(parts)


def _invisible(char: str) -> bool:
    return unicodedata.category(char) == "Cf" or "\ufe00" <= char <= "\ufe0f"


class _Highlighter(PygmentsBridge):
    """Code blocks and inline code: the highlighted LaTeX goes through the same font runs."""

    def __init__(self, coverage: Coverage, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.coverage = coverage

    def highlight_block(self, *args, **kwargs) -> str:
        return self.coverage.latex(super().highlight_block(*args, **kwargs), lambda s: s)


class Translator(LaTeXTranslator):
    """Sphinx's LaTeX translator with every text node and code block split into font runs."""

    def __init__(self, document, builder, theme) -> None:
        super().__init__(document, builder, theme)
        self.coverage = _coverage()
        self.highlighter = _Highlighter(self.coverage, "latex", self.config.pygments_style,
                                        latex_engine=self.config.latex_engine)

    def visit_Text(self, node) -> None:
        self.body.append(self.coverage.latex(node.astext(), self.encode))


@lru_cache(maxsize=1)
def _coverage() -> Coverage:
    return Coverage.installed()


def _configure(app, config) -> None:
    if config.latex_engine != "xelatex":
        raise ExtensionError(f"framing.latex sets fonts for xelatex; the book asks for {config.latex_engine!r} "
                             "(set latex: latex_engine: xelatex in _config.yml)")
    config.latex_elements = {"fvset": r"\fvset{fontsize=auto}", **config.latex_elements, "fontpkg": FONTPKG}


def setup(app) -> dict:
    # latexmk's xelatex mode (the Sphinx Makefile's advice): the reruns write no PDF, xdvipdfmx makes it once.
    os.environ.setdefault("LATEXMKOPTS", "-xelatex")
    app.connect("config-inited", _configure)
    app.set_translator("latex", Translator, override=True)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
