"""framing: how news reports name and answer — corpus loading and analyses for the book.

Modules, in the order data flows through them:
  normalise  decode files, fold special characters, keep the offset map
  clean      remove boilerplate lines (rules in the lexicon folder), audited
  segment    paragraphs, sentences, tokens with offsets (nltk, no downloads)
  corpus     metadata validation and loading; Document and Corpus
  matching   whole-word, longest-match dictionary matching
  overview   chapter 1 tables (sizes, removals, spellings, entities, words)
  keyness    log-odds ratio with informative Dirichlet prior
  quotes/    chapter 3: quotation marks, cues, speakers, extraction passes,
             summaries and scoring against the gold standard
  stage      the extraction stage: every article's records once, in parallel
             or on Dask, cached (store: checksummed cache, Parquet/CSV tables)
  book       what notebooks call: setup, tables, charts, CSV downloads
  runner     papermill execution and the jupyter-book build
"""
from importlib import import_module

# Names the package offers at its top, imported when first used (``python -m framing build`` on an
# unchanged book then needs neither pandas nor nltk).
_EXPORTS = {"Corpus": "corpus", "Document": "corpus", "load_corpus": "corpus", "prepare": "corpus",
            "read_document": "corpus", "Params": "config", "InputError": "errors", "Lexicons": "lexicons"}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module 'framing' has no attribute {name!r}")
