"""Command line: ``python -m framing build`` runs the book; ``check`` validates inputs."""
from __future__ import annotations

import argparse
import sys

from .config import Params, find_root
from .errors import InputError


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
    check = commands.add_parser("check", help="validate parameters, lexicons, metadata and articles")
    _add_param_flags(check)
    args = parser.parse_args(argv)
    from .runner import BuildError, build as build_book  # heavy imports only when needed
    try:
        root = find_root()
        params = Params.resolve(root, **{name: getattr(args, name) for name in Params.names()})
        if args.command == "check":
            from .book import setup
            _, _, corpus = setup(**params.as_notebook_parameters())
            print(f"ok: {len(corpus.documents)} articles, lexicons in {params.lexicon_dir}")
        else:
            build_book(params, root, pdf=not args.no_pdf)
    except InputError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except BuildError as err:
        print(f"error: {err}\nThe previous book, if any, was left in place.", file=sys.stderr)
        return 1
    return 0
