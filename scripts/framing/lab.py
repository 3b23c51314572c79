"""JupyterLab from .venv, offline, with the project's kernel registered and named.

``make lab`` runs ``python -m framing lab``. It registers this Python (.venv, with
the framing package) in .venv's Jupyter folder as the kernel the chapters name,
``python3``, shown as "Python 3 (framing book, .venv)": the chapters open with it,
no choice needed, and notebooks keep their metadata. It turns off JupyterLab's news
and update notifications, then starts JupyterLab at the project root on 127.0.0.1
with nothing fetched from the internet (no news feed, update check or extension
catalogue). The chapters run as they are: with no parameters injected they read
``params.yml``.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import NoReturn

KERNEL_NAME = "python3"          # what the chapters' metadata ask for
KERNEL_DISPLAY_NAME = "Python 3 (framing book, .venv)"
OFFLINE = ("--LabApp.news_url=None",
           "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
           "--LabApp.extension_manager=readonly")
# Default settings: JupyterLab asks nothing about fetching news or checking for updates.
SETTINGS = {"@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False}}
SETTINGS_FILE = Path("share", "jupyter", "lab", "settings", "overrides.d", "framing-offline.json")


def register_kernel(prefix: str = sys.prefix) -> Path:
    """Install this Python's kernel spec under ``<prefix>/share/jupyter/kernels/python3``."""
    from ipykernel.kernelspec import install
    return Path(install(kernel_name=KERNEL_NAME, display_name=KERNEL_DISPLAY_NAME, prefix=prefix))


def write_settings(prefix: str = sys.prefix) -> Path:
    """Write :data:`SETTINGS` where .venv's JupyterLab reads default settings."""
    path = Path(prefix) / SETTINGS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(SETTINGS, indent=1) + "\n", encoding="utf-8")
    return path


def lab_command(root: Path, extra: list[str]) -> list[str]:
    """The JupyterLab command line: project root, loopback only, offline. As root (containers,
    CI) it says so, or JupyterLab refuses to start."""
    as_root = ["--ServerApp.allow_root=True"] if os.geteuid() == 0 else []
    return [sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={root}", "--ServerApp.ip=127.0.0.1",
            *OFFLINE, *as_root, *extra]


def run_lab(root: Path, extra: list[str]) -> NoReturn:
    """Register the kernel, write the settings and replace this process with JupyterLab."""
    register_kernel()
    write_settings()
    command = lab_command(root, extra)
    os.execv(command[0], command)
