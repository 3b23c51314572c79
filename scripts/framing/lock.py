"""One build at a time per output folder.

The lock is an ``flock`` on ``<output_dir>/.build.lock``, which the kernel releases
when the build ends in any way, a kill included. The file holds the builder's pid:
a second build names it when it refuses to start, and a build that finds a pid in
a lock it could take knows a killed build left it there (a clean exit empties it).
Children forked while the lock is held (the notebook workers) close their copy, so
workers left running by a killed build do not keep the lock.
"""
from __future__ import annotations

import fcntl
import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

LOCK_FILE = ".build.lock"
_held: dict[Path, int] = {}      # output folder -> lock descriptor, for the locks this process holds


class BuildLocked(RuntimeError):
    """Another build holds the output folder's lock."""


@contextmanager
def build_lock(output_dir: Path, log=print) -> Iterator[None]:
    """Hold the output folder's build lock, or raise :class:`BuildLocked` at once. A process
    that holds it already (the command line takes it before the runner does) just goes on."""
    output_dir.mkdir(parents=True, exist_ok=True)
    key = output_dir.resolve()
    if key in _held:
        yield
        return
    fd = os.open(output_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildLocked(f"another build is running (pid {_holder(fd)}) in {output_dir}") from None
        stale = _read(fd)
        if stale:
            log(f"Cleared the lock of build pid {stale}, which ended without releasing it.")
        pid = f"{os.getpid()}\n".encode()
        os.pwrite(fd, pid, 0)
        os.ftruncate(fd, len(pid))
        _held[key] = fd
        try:
            yield
        finally:
            del _held[key]
            os.ftruncate(fd, 0)
    finally:
        os.close(fd)


def _read(fd: int) -> str:
    return os.pread(fd, 32, 0).decode("ascii", "replace").strip()


def _holder(fd: int, wait: float = 1.0) -> str:
    """The pid in a lock another build holds; it writes it right after taking the lock."""
    deadline = time.monotonic() + wait
    while not (pid := _read(fd)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return pid or "unknown"


def _close_held_in_child() -> None:
    for fd in _held.values():
        os.close(fd)
    _held.clear()


os.register_at_fork(after_in_child=_close_held_in_child)
