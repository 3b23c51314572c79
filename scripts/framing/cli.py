"""Command line: ``build`` runs the book, ``check`` validates its inputs, ``lab`` opens JupyterLab,
``extract`` writes the extraction stage's tables, ``quotes`` / ``terms`` / ``responses`` print one of
them for any text files, ``evaluate`` scores the extractors on the hand-annotated articles and
``annotations check`` validates gold files.

Exit status: 0 when all went well, 1 when an article could not be read (the others are still
processed unless ``--strict``), the build failed or another build holds the output folder, 2 for
bad usage or bad input (parameters, lexicons, metadata)."""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from .config import Params, find_root
from .errors import InputError

PACKAGE_LEXICONS = Path(__file__).resolve().parents[2] / "data" / "lexicons"


def _add_param_flags(parser: argparse.ArgumentParser) -> None:
    for name in Params.names():
        parser.add_argument(f"--{name.replace('_', '-')}", dest=name, metavar="PATH",
                            help=f"override {name} from params.yml")


def _add_stage_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="FILE_OR_DIR",
                        help="UTF-8 article files, or folders of them (*.txt); doc_id = file stem")
    parser.add_argument("--lexicon-dir", metavar="PATH", help="lexicon folder (default: the project's)")
    parser.add_argument("--jobs", type=int, metavar="N", help="worker processes (default: one per core)")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="run on the dask.distributed cluster whose scheduler is at ADDRESS (tcp://host:8786)")
    parser.add_argument("--cache-dir", metavar="PATH",
                        help="where extracted records are kept (default: $FRAMING_CACHE_DIR or ~/.cache/framing)")
    parser.add_argument("--strict", action="store_true", help="stop at the first file that cannot be read")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m framing", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="execute every chapter notebook, then build the HTML and PDF")
    _add_param_flags(build)
    build.add_argument("--no-pdf", action="store_true", help="build the HTML only")
    build.add_argument("--force", action="store_true", help="execute every notebook even if its inputs are unchanged")
    check = commands.add_parser("check", help="validate parameters, lexicons, metadata and articles")
    _add_param_flags(check)
    for name, helptext in (("quotes", "print every quote in text files, one row each"),
                           ("terms", "print every facility term in text files, one row each"),
                           ("responses", "print every statement x response strategy in text files")):
        extractor = commands.add_parser(name, help=helptext)
        _add_stage_flags(extractor)
        extractor.add_argument("--format", choices=("csv", "json"), default="csv")
    extract = commands.add_parser("extract", help="write every table of the extraction stage (Parquet and CSV)")
    _add_stage_flags(extract)
    extract.add_argument("--out", required=True, metavar="DIR", help="folder for <table>.parquet and <table>.csv")
    gold = commands.add_parser("annotations", help="check hand-annotated gold files (runs no extractor)")
    gold.add_argument("action", choices=("check",))
    gold.add_argument("gold_dir", metavar="DIR", help="folder of <doc_id>.yml gold files")
    gold.add_argument("--corpus-dir", metavar="PATH", default="data/evaluation/raw",
                      help="folder of the annotated articles (default: data/evaluation/raw)")
    evaluate = commands.add_parser("evaluate", help="score the extractors on the hand-annotated sets")
    evaluate.add_argument("--set", dest="sets", action="append", choices=("seeds", "dev", "test"),
                          help="score only this set (repeatable; default: all)")
    evaluate.add_argument("--gold-dir", metavar="DIR",
                          help="score your own annotated set: a folder of <doc_id>.yml gold files on the articles "
                               "of --corpus-dir (by side of outlet when --metadata has a source_kind column)")
    evaluate.add_argument("--out", metavar="DIR", help="also write metrics, per-strategy figures and errors as CSV")
    evaluate.add_argument("--errors", action="store_true", help="print every disagreement")
    _add_param_flags(evaluate)
    commands.add_parser("lab", help="open JupyterLab (offline) with the project's kernel; other arguments "
                                    "go to JupyterLab, e.g. --no-browser --port 8899")
    bench = commands.add_parser("bench", help="time the commands and the book build on synthetic corpora")
    bench.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000], metavar="N")
    bench.add_argument("--repeats", type=int, default=3)
    bench.add_argument("--book-sizes", type=int, nargs="*", default=[100, 1000], metavar="N",
                       help="sizes at which the book is built too (default: 100 1000)")
    bench.add_argument("--dask-sizes", type=int, nargs="*", default=[1000], metavar="N",
                       help="sizes at which extract also runs on local Dask clusters (default: 1000)")
    bench.add_argument("--dask-workers", type=int, nargs="*", default=[1, 2, 4], metavar="K",
                       help="worker processes of those clusters (default: 1 2 4)")
    bench.add_argument("--no-pdf", action="store_true", help="build the HTML only in the book steps")
    _add_param_flags(bench)
    args, unknown = parser.parse_known_args(argv)
    if unknown and args.command != "lab":
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    if args.command == "bench":
        params = Params.resolve(find_root(), **{name: getattr(args, name) for name in Params.names()})
        from .bench import write_benchmark
        write_benchmark(params, args.sizes, args.repeats, book_sizes=args.book_sizes, dask_sizes=args.dask_sizes,
                        dask_workers=args.dask_workers, pdf=not args.no_pdf)
        return 0
    if args.command == "evaluate":
        return _evaluate(args)
    if args.command == "lab":
        from .lab import run_lab
        try:
            run_lab(find_root(), unknown)     # replaces this process with JupyterLab
        except InputError as err:
            print(f"error: {err}", file=sys.stderr)
        return 2
    if args.command == "annotations":
        return _check_annotations(Path(args.gold_dir), Path(args.corpus_dir))
    if args.command in (*EXTRACTORS, "extract"):
        from .stage import ArticleError, EngineMismatch
        if args.jobs is not None and args.jobs < 1:
            parser.error("--jobs must be at least 1")
        try:
            return _run_stage(args)
        except ArticleError as err:
            print(f"error: {err}\nstopped (--strict)", file=sys.stderr)
            return 1
        except EngineMismatch as err:
            print(f"error: {err}", file=sys.stderr)
            return 1
        except InputError as err:
            print(f"error: {err}", file=sys.stderr)
            return 2
        except BrokenPipeError:            # output piped into head: not an error
            sys.stderr.close()
            return 0
    from .lock import BuildLocked, build_lock
    try:
        root = find_root()
        params = Params.resolve(root, **{name: getattr(args, name) for name in Params.names()})
        if args.command == "check":
            from .book import setup
            _, _, corpus = setup(**params.as_notebook_parameters())
            print(f"ok: {len(corpus.documents)} articles, lexicons in {params.lexicon_dir}")
            return 0
        with build_lock(params.output_dir):    # a second build stops here, before the heavy imports
            if not args.force and _up_to_date(params, root, pdf=not args.no_pdf):
                print("Up to date: nothing the book is built from has changed (use --force to rebuild).")
                return 0
            from .runner import BuildError, build as build_book
            from .stage import EngineMismatch
            try:
                build_book(params, root, pdf=not args.no_pdf, force=args.force)
            except (BuildError, EngineMismatch) as err:
                print(f"error: {err}\nThe previous book, if any, was left in place.", file=sys.stderr)
                return 1
    except InputError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except BuildLocked as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted: the previous book, if any, was left in place.", file=sys.stderr)
        return 130
    return 0


EXTRACTORS = ("quotes", "terms", "responses")


def _up_to_date(params: Params, root: Path, *, pdf: bool) -> bool:
    """The no-op rebuild: checked before any heavy import; an unreadable input means 'build and see'."""
    from .cache import up_to_date
    try:
        return up_to_date(params, root, pdf)
    except OSError:
        return False


def _run_stage(args: argparse.Namespace) -> int:
    """Extract what the cache lacks, then write every table (``extract``) or print one; 1 if a file failed."""
    from .stage import TABLES, Stage, read_articles, to_stderr
    failures = []

    def report(message: str) -> None:
        failures.append(message)
        to_stderr(message)
    articles = read_articles(_named_inputs(args.inputs), report, strict=args.strict)
    stage = Stage(articles, Path(args.lexicon_dir) if args.lexicon_dir else _default_lexicons(),
                  Path(args.cache_dir) if args.cache_dir else None)
    tables = list(TABLES) if args.command == "extract" else [args.command]
    stage.extract(tables, report, jobs=args.jobs, scheduler=args.scheduler, strict=args.strict)
    if args.command == "extract":
        stage.write(Path(args.out))
        print(f"{len(stage.articles)} articles: {', '.join(tables)} in {args.out}", file=sys.stderr)
    else:
        _print_rows(stage, args.command, args.format)
    if failures:
        print(f"{len(failures)} file(s) could not be read (named above); the others were processed",
              file=sys.stderr)
    return 1 if failures else 0


def _named_inputs(inputs: list[str]) -> list[tuple[str, Path]]:
    """(doc_id, path) for every file named or found (``*.txt``) in a folder named, in the order given."""
    named, seen = [], {}
    for given in map(Path, inputs):
        files = sorted(given.glob("*.txt")) if given.is_dir() else [given]
        if not files:
            raise InputError(given, "the folder holds no .txt article files")
        for path in files:
            if path.stem in seen:
                raise InputError(path, f"doc_id {path.stem!r} is also the name of {seen[path.stem]}: "
                                       "rename one of them")
            seen[path.stem] = path
            named.append((path.stem, path))
    return named


def _print_rows(stage, command: str, output_format: str) -> None:
    """One row per quote, term mention or statement x strategy, in the command's columns, as CSV or JSON."""
    from . import quotes, responses, terms
    from .stage import TABLES
    columns = {"quotes": quotes.COLUMNS, "terms": terms.COLUMNS, "responses": responses.COLUMNS}[command]
    names = TABLES[command].columns
    rows = [record for i in range(len(stage.articles))
            for record in (dict(zip(names, row)) for row in stage.rows(i, command))
            if not record.get("elsewhere")]           # terms: other countries' facilities are left out
    rows = [{k: row[k] for k in columns} for row in rows]
    if output_format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _evaluate(args) -> int:
    """Print (and optionally write) the scores of every annotated set."""
    import pandas as pd
    from .evaluation.run import SEED_ARTICLES, SETS, OwnSet, evaluate, write_evaluation
    try:
        params = Params.resolve(find_root(), **{name: getattr(args, name) for name in Params.names()})
        own = OwnSet(Path(args.gold_dir), params.corpus_dir, params.metadata) if args.gold_dir else None
        result = evaluate(params.annotations_dir, params.evaluation_dir, SEED_ARTICLES, params.lexicon_dir,
                          sets=tuple(args.sets or (() if own else SETS)), own=own)
    except InputError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    overall = result.metrics[result.metrics["outlets"] == "all"]
    table = overall.pivot(index="measure", columns="set", values="value").reindex(overall["measure"].unique())
    with pd.option_context("display.width", 200, "display.max_rows", 200, "display.max_colwidth", 90):
        print(table.round(3).to_string())
        if args.errors:
            print(result.errors.to_string())
    if args.out:
        write_evaluation(result, Path(args.out))
    return 0


def _check_annotations(gold_dir: Path, corpus_dir: Path) -> int:
    """Validate every gold file in a folder; print each file's problems or its counts."""
    from .evaluation.gold import read_article
    failed = 0
    for path in sorted(gold_dir.glob("*.yml")):
        try:
            article = read_article(path, (corpus_dir / f"{path.stem}.txt").read_text(encoding="utf-8"))
        except (InputError, OSError) as err:
            failed += 1
            print(f"error: {err}", file=sys.stderr)
            continue
        print(f"ok: {path.name}: {len(article.quotes)} quotes, {len(article.terms)} terms")
    return 1 if failed else 0


def _default_lexicons() -> Path:
    try:
        return Params.resolve(find_root()).lexicon_dir
    except InputError:
        return PACKAGE_LEXICONS
