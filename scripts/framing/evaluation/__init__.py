"""Evaluation on real, hand-annotated articles: the dev/test split, the gold
files (one per article, ``data/annotations/<set>/<doc_id>.yml``) and their scores."""
