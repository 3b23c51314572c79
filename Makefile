# make help lists the targets. Everything runs from a fresh clone: the first
# target that needs them creates .venv and installs the Debian packages.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python

.PHONY: help book html test lab setup system-deps clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/'

book: setup ## execute every chapter and build the HTML and PDF into _build/
	$(PY) -m framing build

html: setup ## the same, HTML only
	$(PY) -m framing build --no-pdf

test: setup ## run the whole test suite (unit, notebooks, book build, browser)
	$(PY) -m pytest

lab: setup ## open JupyterLab (offline) with the project's kernel; LAB_ARGS="--no-browser --port 8899" passes options
	$(PY) -m framing lab $(LAB_ARGS)

setup: $(VENV)/.installed system-deps ## create .venv with pinned packages and the framing package

$(VENV)/.installed: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements.txt
	$(VENV)/bin/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

system-deps: ## install LaTeX, poppler and chromium with apt when missing (as root)
	bash scripts/install-system-deps.sh

clean: ## remove the build folder (not .venv)
	rm -rf _build
