"""Command line: ``build`` runs the book, ``check`` validates its inputs, ``lab`` opens
JupyterLab, and ``quotes`` / ``terms`` / ``responses`` run the extractors on any text files."""
from __future__ import annotations

import argparse
import csv
import json
import sys
from dataclasses import asdict
from pathlib import Path

from .config import Params, find_root
from .errors import InputError

PACKAGE_LEXICONS = Path(__file__).resolve().parents[2] / "data" / "lexicons"


def _add_param_flags(parser: argparse.ArgumentParser) -> None:
    for name in Params.names():
        parser.add_argument(f"--{name.replace('_', '-')}", dest=name, metavar="PATH",
                            help=f"override {name} from params.yml")


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
        extractor.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 article files (doc_id = file stem)")
        extractor.add_argument("--format", choices=("csv", "json"), default="csv")
        extractor.add_argument("--lexicon-dir", metavar="PATH", help="lexicon folder (default: the project's)")
    gold = commands.add_parser("annotations", help="check hand-annotated gold files (runs no extractor)")
    gold.add_argument("action", choices=("check",))
    gold.add_argument("gold_dir", metavar="DIR", help="folder of <doc_id>.yml gold files")
    gold.add_argument("--corpus-dir", metavar="PATH", default="data/evaluation/raw",
                      help="folder of the annotated articles (default: data/evaluation/raw)")
    commands.add_parser("lab", help="open JupyterLab (offline) with the project's kernel; other arguments "
                                    "go to JupyterLab, e.g. --no-browser --port 8899")
    bench = commands.add_parser("bench", help="time every stage on synthetic corpora of growing size")
    bench.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000, 10000], metavar="N")
    bench.add_argument("--repeats", type=int, default=3)
    _add_param_flags(bench)
    args, unknown = parser.parse_known_args(argv)
    if unknown and args.command != "lab":
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    if args.command == "bench":
        params = Params.resolve(find_root(), **{name: getattr(args, name) for name in Params.names()})
        from .bench import write_benchmark
        write_benchmark(params, args.sizes, args.repeats)
        return 0
    if args.command == "lab":
        from .lab import run_lab
        try:
            run_lab(find_root(), unknown)     # replaces this process with JupyterLab
        except InputError as err:
            print(f"error: {err}", file=sys.stderr)
        return 2
    if args.command == "annotations":
        return _check_annotations(Path(args.gold_dir), Path(args.corpus_dir))
    if args.command in EXTRACTORS:
        try:
            return _print_records(args.command, args.files, args.format, args.lexicon_dir)
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
            from .runner import BuildError, build as build_book
            try:
                build_book(params, root, pdf=not args.no_pdf, force=args.force)
            except BuildError as err:
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


def _print_records(command: str, files: list[str], output_format: str, lexicon_dir: str | None) -> int:
    """One row per quote, term mention or statement x strategy of each file, as CSV or JSON."""
    from . import quotes, responses, terms
    from .corpus import read_document
    from .lexicons import Lexicons
    lexicons = Lexicons.load(Path(lexicon_dir) if lexicon_dir else _default_lexicons())
    columns, extract = {
        "quotes": (quotes.COLUMNS, lambda doc: [asdict(q) for q in quotes.extract_quotes(doc, lexicons)]),
        "terms": (terms.COLUMNS, lambda doc: [asdict(m) for m in terms.find_mentions(doc, lexicons)]),
        "responses": (responses.COLUMNS, lambda doc: responses.response_rows(doc, lexicons)),
    }[command]
    rows = [{k: row[k] for k in columns} for path in files for row in extract(read_document(Path(path), lexicons))]
    if output_format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
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
