"""One build at a time: a second build on the same folder stops at once; a killed build's lock is cleared."""
import fcntl
import os
import signal
import subprocess
import sys
import time

import pytest

from framing.lock import LOCK_FILE, build_lock

from conftest import tiny_project



def slow(marker):
    """A notebook cell that touches ``marker`` once the kernel runs, then takes 8 s."""
    return f"import pathlib, time\npathlib.Path({str(marker)!r}).touch()\ntime.sleep(8)"


def _start_build(root):
    """``python -m framing build --no-pdf`` in its own process group; waits until it holds the lock."""
    process = subprocess.Popen([sys.executable, "-m", "framing", "build", "--no-pdf"], cwd=root,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    lock = root / "_build" / LOCK_FILE
    deadline = time.monotonic() + 60
    while not (lock.is_file() and lock.read_text().strip() == str(process.pid)):
        assert process.poll() is None and time.monotonic() < deadline, process.communicate()
        time.sleep(0.1)
    return process


def _build(root):
    return subprocess.run([sys.executable, "-m", "framing", "build", "--no-pdf"], cwd=root, capture_output=True,
                          text=True, timeout=300)


def test_a_second_build_stops_at_once_while_the_first_finishes(tmp_path):
    root = tiny_project(tmp_path, slow(tmp_path / "running"))
    first = _start_build(root)
    try:
        second = _build(root)
        assert first.poll() is None, "the second build should not have waited for the first"
        assert second.returncode == 1
        assert f"error: another build is running (pid {first.pid})" in second.stderr
        _, stderr = first.communicate(timeout=300)
        assert first.returncode == 0, stderr
    finally:
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGKILL)
    assert (root / "_build" / "html" / "chapters" / "tiny.html").is_file()
    assert (root / "_build" / LOCK_FILE).read_text() == ""          # released cleanly


def test_the_lock_of_a_killed_build_is_cleared(tmp_path):
    marker = tmp_path / "running"
    root = tiny_project(tmp_path, slow(marker))
    killed = _start_build(root)
    while not marker.exists():                      # the notebook worker and its kernel are running
        assert killed.poll() is None, killed.communicate()
        time.sleep(0.1)
    os.kill(killed.pid, signal.SIGKILL)             # the build only: its worker and kernel live on
    killed.wait(timeout=60)
    lock = root / "_build" / LOCK_FILE
    try:
        assert lock.read_text().strip() == str(killed.pid)
        with open(lock) as handle:                  # no process left behind holds it
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    finally:
        os.killpg(killed.pid, signal.SIGKILL)       # the orphans, before the next build
    result = _build(root)
    assert result.returncode == 0, result.stderr
    assert f"Cleared the lock of build pid {killed.pid}, which ended without releasing it." in result.stdout
    assert (root / "_build" / "html" / "chapters" / "tiny.html").is_file()


def test_the_lock_is_reentrant_in_one_process_and_released_on_error(tmp_path):
    with build_lock(tmp_path, log=pytest.fail):
        with build_lock(tmp_path, log=pytest.fail):       # the command line holds it, then the runner
            pass
        with open(tmp_path / LOCK_FILE) as other, pytest.raises(BlockingIOError):
            fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)     # still held after the inner exit
    with pytest.raises(ValueError):
        with build_lock(tmp_path, log=pytest.fail):
            raise ValueError("a failed build")
    assert (tmp_path / LOCK_FILE).read_text() == ""
    with build_lock(tmp_path, log=pytest.fail):
        assert (tmp_path / LOCK_FILE).read_text() == f"{os.getpid()}\n"
