#!/usr/bin/env bash
# Install the Debian packages the build and the tests need, when missing:
#   LaTeX (PDF), poppler-utils (pdftotext/pdftoppm in tests), chromium (browser test),
#   iproute2 (the no-network build test brings up loopback in an empty network namespace).
# As root with apt-get it installs them; elsewhere it prints what to install and
# returns 0, so the HTML book still builds (the runner skips the PDF without LaTeX).
set -euo pipefail

packages=(texlive-latex-extra latexmk texlive-fonts-recommended tex-gyre poppler-utils chromium iproute2)
missing=()
for cmd in pdflatex latexmk pdftotext pdftoppm chromium ip unshare; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("$cmd")
done
if command -v kpsewhich >/dev/null 2>&1; then
  for sty in tabulary.sty fncychap.sty capt-of.sty tgtermes.sty; do
    [ -n "$(kpsewhich "$sty")" ] || missing+=("$sty")
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
