"""``make lab``: a real JupyterLab server from .venv runs a chapter through its kernel API.

The test starts ``python -m framing lab`` (what ``make lab`` runs) on 127.0.0.1 with a
random port and token, on a copy of the project, and talks to it as JupyterLab's front
end does: REST for kernel specs and sessions, the kernel's websocket for
``execute_request`` messages, one per code cell, collecting the outputs from iopub.
papermill and nbclient talk to a kernel over ZeroMQ directly; this goes through the server.
"""
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pandas as pd
import pytest
import requests
import websocket
from jupyter_client.jsonutil import json_default
from jupyter_client.session import Session

from framing.lab import KERNEL_DISPLAY_NAME, KERNEL_NAME, OFFLINE, lab_command

from conftest import ROOT

CHAPTER = "chapters/01_corpus_overview.ipynb"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """JupyterLab on a copy of the project (chapters, params.yml, the seed data); shut down at the end."""
    folder = tmp_path_factory.mktemp("lab")
    project = folder / "project"
    shutil.copytree(ROOT / "chapters", project / "chapters")
    shutil.copy(ROOT / "params.yml", project)
    for name in ("raw", "lexicons", "annotations", "metadata.csv"):
        (shutil.copytree if (ROOT / "data" / name).is_dir() else shutil.copy)(ROOT / "data" / name,
                                                                               project / "data" / name)
    runtime = folder / "runtime"
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(runtime), "JUPYTER_CONFIG_DIR": str(folder / "config"),
           "JUPYTERLAB_SETTINGS_DIR": str(folder / "settings"), "JUPYTERLAB_WORKSPACES_DIR": str(folder / "ws")}
    token = os.urandom(16).hex()
    log = open(folder / "server.log", "w")
    process = subprocess.Popen([sys.executable, "-m", "framing", "lab", "--no-browser", "--port=0",
                                f"--IdentityProvider.token={token}"], cwd=project, env=env, stdout=log,
                               stderr=subprocess.STDOUT, start_new_session=True)
    try:
        info = _server_info(runtime, process)
        assert info["token"] == token and info["root_dir"] == str(project)
        yield {"url": f"http://127.0.0.1:{info['port']}", "token": token, "project": project,
               "log": folder / "server.log"}
        response = requests.post(f"http://127.0.0.1:{info['port']}/api/shutdown",
                                 headers={"Authorization": f"token {token}"}, timeout=30)
        assert response.status_code == 200
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        log.close()


def _server_info(runtime: Path, process: subprocess.Popen) -> dict:
    """The server's own record of itself (port, token, root), written once it listens."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert process.poll() is None, "JupyterLab exited at start"
        for path in runtime.glob("jpserver-*.json"):
            info = json.loads(path.read_text() or "{}")
            if info.get("pid") == process.pid:
                return info
        time.sleep(0.2)
    raise AssertionError("JupyterLab did not start within 120 s")


def _api(server, method: str, path: str, **kwargs):
    response = requests.request(method, server["url"] + path, headers={"Authorization": f"token {server['token']}"},
                                timeout=60, **kwargs)
    response.raise_for_status()
    return response.json() if response.content else None


def _execute(channel: websocket.WebSocket, session: Session, code: str) -> list:
    """Run one cell through the kernel's websocket; its outputs as notebook outputs."""
    request = session.msg("execute_request", content={"code": code, "silent": False, "store_history": True,
                                                      "user_expressions": {}, "allow_stdin": False,
                                                      "stop_on_error": True})
    channel.send(json.dumps({**request, "channel": "shell", "buffers": []}, default=json_default))
    outputs, idle, replied = [], False, False
    while not (idle and replied):
        message = json.loads(channel.recv())
        if message.get("parent_header", {}).get("msg_id") != request["header"]["msg_id"]:
            continue
        kind = message["msg_type"]
        if message["channel"] == "shell" and kind == "execute_reply":
            replied = True
        elif kind == "status":
            idle = message["content"]["execution_state"] == "idle"
        elif kind in ("stream", "display_data", "execute_result", "error"):
            outputs.append(nbformat.v4.output_from_msg(message))
    return outputs


def _run_notebook_through_server(server, path: str, kernel_name: str, after: str) -> list:
    """Open a notebook session and its kernel's websocket the way JupyterLab does, run every
    code cell, then ``after``; the outputs per cell."""
    session_model = _api(server, "POST", "/api/sessions", json={
        "path": path, "name": Path(path).name, "type": "notebook", "kernel": {"name": kernel_name}})
    assert session_model["kernel"]["name"] == kernel_name
    client = Session(username="test")
    url = server["url"].replace("http", "ws") + (f"/api/kernels/{session_model['kernel']['id']}/channels"
                                                  f"?session_id={client.session}")
    channel = websocket.create_connection(url, header=[f"Authorization: token {server['token']}"], timeout=180)
    try:
        notebook = nbformat.read(server["project"] / path, as_version=4)
        sources = [cell.source for cell in notebook.cells if cell.cell_type == "code"] + [after]
        return [_execute(channel, client, source) for source in sources]
    finally:
        channel.close()
        _api(server, "DELETE", f"/api/sessions/{session_model['id']}")


def test_lab_command_is_offline_on_loopback(tmp_path):
    command = lab_command(tmp_path, ["--no-browser"])
    assert command[:3] == [sys.executable, "-m", "jupyterlab"] and command[-1] == "--no-browser"
    assert f"--ServerApp.root_dir={tmp_path}" in command and "--ServerApp.ip=127.0.0.1" in command
    assert set(OFFLINE) <= set(command)


def test_the_project_kernel_is_registered_under_the_chapters_kernel_name(server):
    specs = _api(server, "GET", "/api/kernelspecs")
    assert specs["default"] == KERNEL_NAME
    spec = specs["kernelspecs"][KERNEL_NAME]["spec"]
    assert spec["display_name"] == KERNEL_DISPLAY_NAME and spec["argv"][0] == sys.executable
    for chapter in (server["project"] / "chapters").glob("*.ipynb"):
        assert nbformat.read(chapter, as_version=4).metadata.kernelspec.name == KERNEL_NAME, chapter.name


def test_lab_page_loads_nothing_from_another_host_and_asks_nothing_online(server):
    response = requests.get(server["url"] + "/lab", headers={"Authorization": f"token {server['token']}"},
                            timeout=60)
    assert response.status_code == 200 and "jupyter-config-data" in response.text
    assert not re.findall(r'<(?:script|link|img)[^>]+(?:src|href)="((?:https?:)?//[^"]+)"', response.text)
    config = json.loads(re.search(r'<script id="jupyter-config-data" type="application/json">(.*?)</script>',
                                  response.text, re.S).group(1))
    assert config["news"] == {"disabled": True}
    assert _api(server, "GET", "/lab/api/news") == {"news": []}
    assert "Extension Manager is 'readonly'" in server["log"].read_text()
    notification = _api(server, "GET", "/lab/api/settings/@jupyterlab/apputils-extension:notification")
    defaults = notification["schema"]["properties"]
    assert defaults["fetchNews"]["default"] == "false" and defaults["checkForUpdates"]["default"] is False


def test_a_chapter_runs_through_the_server_in_the_kernel_it_names(server):
    notebook = nbformat.read(server["project"] / CHAPTER, as_version=4)
    cells = _run_notebook_through_server(server, CHAPTER, notebook.metadata.kernelspec.name,
                                         after="import sys; print(sys.executable)")
    outputs = [output for cell in cells[:-1] for output in cell]
    errors = [output for output in outputs if output.output_type == "error"]
    assert not errors, errors[0]["evalue"]
    tables = [o for o in outputs if "framing-table" in o.get("data", {}).get("text/html", "")]
    charts = [o for o in outputs if "application/papermill.record/image/png" in o.get("data", {})]   # glued
    assert len(tables) >= 5 and len(charts) >= 2
    # No parameters were injected: the chapter read params.yml and wrote under the copy's _build.
    articles = pd.read_csv(server["project"] / "_build" / "tables" / "01-corpus" / "articles.csv")
    assert len(articles) == len(list((ROOT / "data" / "raw").glob("*.txt")))
    assert any(label in tables[0]["data"]["text/html"] for label in articles["article"])  # readable labels
    assert cells[-1][0]["text"].strip() == sys.executable           # the kernel ran in .venv's Python


def test_lab_outside_the_project_says_so(tmp_path):
    result = subprocess.run([sys.executable, "-m", "framing", "lab", "--no-browser"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "no params.yml here or in any parent folder" in result.stderr
