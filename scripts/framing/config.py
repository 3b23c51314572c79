"""The book's parameter set: defaults in ``params.yml``, overrides on top.

Override order, last wins: ``params.yml`` → command-line flags (the runner)
or papermill-injected values (a notebook). Every value is checked before any
notebook runs, so a typo is an error that names the parameter, not a
KeyError deep inside a chapter.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from .errors import InputError
from .lexicons import read_mapping

PARAMS_FILE = "params.yml"


@dataclass(frozen=True)
class Params:
    corpus_dir: Path
    metadata: Path
    lexicon_dir: Path
    output_dir: Path
    annotations_dir: Path
    evaluation_dir: Path

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    @classmethod
    def resolve(cls, root: Path | None = None, **overrides: str | Path | None) -> "Params":
        """Defaults from ``params.yml`` under ``root`` (found upwards from the
        working directory when not given), then every override that is not None.

        Relative defaults are taken from the project root; relative overrides
        from the working directory, as a user typing a path expects.
        """
        root = Path(root) if root else find_root()
        defaults = read_params_file(root / PARAMS_FILE)
        unknown = sorted(set(overrides) - set(cls.names()))
        if unknown:
            raise InputError(None, f"unknown parameter(s) {', '.join(unknown)}; "
                                   f"known: {', '.join(cls.names())}")
        values = {}
        for name in cls.names():
            value = overrides.get(name)
            if value is None:
                values[name] = (root / defaults[name]).resolve()
            elif isinstance(value, (str, Path)) and str(value):
                values[name] = Path(value).resolve()
            else:
                raise InputError(None, f"parameter {name} must be a path, got {value!r}")
        return cls(**values)

    def as_notebook_parameters(self) -> dict[str, str]:
        return {name: str(getattr(self, name)) for name in self.names()}

    def check_inputs(self) -> None:
        """Fail early, naming the parameter, when an input path is missing."""
        for name, want_dir in (("corpus_dir", True), ("metadata", False), ("lexicon_dir", True)):
            path = getattr(self, name)
            if not (path.is_dir() if want_dir else path.is_file()):
                kind = "folder" if want_dir else "file"
                raise InputError(path, f"parameter {name}: {kind} not found")


def find_root(start: Path | None = None) -> Path:
    """The nearest folder at or above ``start`` that holds ``params.yml``."""
    start = Path(start or Path.cwd()).resolve()
    for folder in (start, *start.parents):
        if (folder / PARAMS_FILE).is_file():
            return folder
    raise InputError(start, f"no {PARAMS_FILE} here or in any parent folder: run from inside the project")


def read_params_file(path: Path) -> dict[str, str]:
    data = read_mapping(path)
    names = Params.names()
    unknown = sorted(set(data) - set(names))
    missing = [n for n in names if n not in data]
    if unknown or missing:
        raise InputError(path, "; ".join(
            ([f"unknown parameter(s) {', '.join(unknown)}"] if unknown else [])
            + ([f"missing parameter(s) {', '.join(missing)}"] if missing else [])))
    for name in names:
        if not isinstance(data[name], str) or not data[name]:
            raise InputError(path, f"parameter {name} must be a non-empty path")
    return data
