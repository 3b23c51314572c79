#!/usr/bin/env bash
# Install the Debian packages the build and the tests need, when missing:
#   xelatex, LaTeX packages and fonts for Latin, Chinese and Arabic script (PDF; the font
#   families are the ones scripts/framing/latex.py names), poppler-utils (pdftotext/pdftoppm in
#   tests), chromium (browser test), iproute2 (the no-network build test brings up loopback in an
#   empty network namespace).
# As root with apt-get it installs them; elsewhere it prints what to install and
# returns 0, so the HTML book still builds (the runner skips the PDF without LaTeX).
set -euo pipefail

packages=(texlive-xetex texlive-latex-extra latexmk texlive-fonts-recommended fontconfig
          fonts-texgyre fonts-noto-cjk fonts-noto-core poppler-utils chromium iproute2)
missing=()
for cmd in xelatex latexmk fc-list pdftotext pdftoppm chromium ip unshare; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("$cmd")
done
if command -v kpsewhich >/dev/null 2>&1; then
  for sty in tabulary.sty fncychap.sty capt-of.sty fontspec.sty polyglossia.sty; do
    [ -n "$(kpsewhich "$sty")" ] || missing+=("$sty")
  done
fi
if command -v fc-list >/dev/null 2>&1; then
  for family in "TeX Gyre Termes" "TeX Gyre Heros" "TeX Gyre Cursor" "Noto Serif CJK SC" "Noto Naskh Arabic"; do
    fc-list -q "$family" || missing+=("font '$family'")
  done
fi
[ ${#missing[@]} -eq 0 ] && exit 0

echo "System packages missing: ${missing[*]}"
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${packages[@]}"
else
  echo "Install them as root, then run make again:"
  echo "  apt-get install --no-install-recommends ${packages[*]}"
  echo "Continuing: the HTML book builds without them; the PDF and some tests need them."
fi
