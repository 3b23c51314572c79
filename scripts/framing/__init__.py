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
from .corpus import Corpus, Document, load_corpus, prepare, read_document
from .config import Params
from .errors import InputError
from .lexicons import Lexicons

__all__ = ["Corpus", "Document", "InputError", "Lexicons", "Params", "load_corpus", "prepare", "read_document"]
