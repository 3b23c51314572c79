"""The PDF's font runs: which font prints each character, and what LaTeX that becomes."""
import re
from types import SimpleNamespace

import pytest
from sphinx.errors import ExtensionError

from framing import latex
from framing.latex import Coverage, parse_charset

from conftest import ROOT

# Made-up character maps: ASCII and Greek in the main font, CJK ideographs, Arabic letters.
FAKE = Coverage({"main": parse_charset("20-7e 391-3c9"), "cjk": parse_charset("3000-303f 4e00-9fff"),
                 "arabic": parse_charset("20 600-6ff")})


def plain(text: str) -> str:
    return text.replace("\\", "\\textbackslash{}")


def test_parse_charset_reads_points_and_ranges():
    assert parse_charset("a0 20-7e 4e00-9fff") == [(0x20, 0x7E), (0xA0, 0xA0), (0x4E00, 0x9FFF)]
    with pytest.raises(ValueError, match="not a fontconfig charset item: 'zz-'"):
        parse_charset("20-7e zz-")


def test_each_character_goes_to_the_first_font_that_has_it():
    assert [FAKE.role(c) for c in "a α 新 ئ 😀\n"] == ["main", "main", "main", "main", "cjk", "main", "arabic",
                                                      "main", None, "main"]


def test_runs_keep_arabic_words_together_and_drop_invisible_characters():
    text = "Xinjiang (新疆) is شىنجاڭ ئۇيغۇر in Uyghur \U0001F600\u200d\U0001F4F9\ufe0f."
    assert FAKE.runs(text) == [("main", "Xinjiang ("), ("cjk", "新疆"), ("main", ") is "),
                               ("arabic", "شىنجاڭ ئۇيغۇر"), ("main", " in Uyghur "),
                               (None, "\U0001F600\U0001F4F9"), ("main", ".")]


def test_latex_sets_each_run_in_its_font_and_names_what_no_font_has():
    text = "In 新疆, ئۇيغۇر ئاپتونوم said \\o/ \U0001F622"
    assert FAKE.latex(text, plain) == (r"In \framingcjk{新疆}, \framingrtl{ئۇيغۇر ئاپتونوم} said "
                                       r"\textbackslash{}o/ \framingmissing{crying face}")
    assert FAKE.latex("ascii \\ only", plain) == "ascii \\textbackslash{} only"


def test_a_gap_is_not_taken_into_a_run_unless_arabic_is_on_both_sides():
    assert FAKE.runs("ئۇيغۇر  x") == [("arabic", "ئۇيغۇر"), ("main", "  x")]
    assert FAKE.runs("ئا\n\nئۇ") == [("arabic", "ئا"), ("main", "\n\n"), ("arabic", "ئۇ")]


def test_installed_fonts_print_latin_greek_chinese_and_uyghur():
    coverage = Coverage.installed()
    assert [coverage.role(c) for c in "é—α“新疆ئۇ\U0001F600"] == ["main"] * 4 + ["cjk"] * 2 + ["arabic"] * 2 + [None]


def test_a_missing_font_is_named_with_its_package(monkeypatch):
    monkeypatch.setattr(latex, "FONTS", latex.FONTS + (latex.Font("tibetan", "No Such Font Serif", "fonts-none"),))
    with pytest.raises(ExtensionError, match="needs the font 'No Such Font Serif': apt-get install .* fonts-none"):
        Coverage.installed()


def test_the_extension_refuses_another_latex_engine():
    config = SimpleNamespace(latex_engine="pdflatex", latex_elements={})
    with pytest.raises(ExtensionError, match="set latex: latex_engine: xelatex"):
        latex._configure(None, config)
    config.latex_engine = "xelatex"
    latex._configure(None, config)
    assert "Noto Serif CJK SC" in config.latex_elements["fontpkg"]


def test_the_setup_script_installs_every_font_the_pdf_names():
    script = (ROOT / "scripts" / "install-system-deps.sh").read_text(encoding="utf-8")
    packages = re.search(r"packages=\(([^)]*)\)", script).group(1).split()
    for font in latex.FONTS:
        assert font.package in packages and f'"{font.family}"' in script, font
    for family in (latex.SANS, latex.MONO):
        assert f'"{family}"' in script, family
    assert latex.missing_packages() == []
