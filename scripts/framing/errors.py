"""The one exception type the package raises for bad input."""
from __future__ import annotations

from pathlib import Path


class InputError(ValueError):
    """Bad input: names the file (and line or row where known) and the problem.

    The command line prints ``str(error)`` and exits with status 2, so a user
    sees ``data/metadata.csv:4: duplicate doc_id '003'`` instead of a traceback.
    """

    def __init__(self, path: str | Path | None, problem: str, *, line: int | None = None):
        self.path = str(path) if path is not None else None
        self.line = line
        self.problem = problem
        where = self.path or "<input>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {problem}")
