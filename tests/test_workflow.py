"""The GitHub workflow for forks: valid against GitHub's workflow schema (offline), and it does what the README says."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "book.yml"
CHECK = [str(Path(sys.executable).parent / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows"]


def _validate(path: Path) -> subprocess.CompletedProcess:
    """check-jsonschema with its vendored copy of the schema, run with no network at all."""
    shutil.which("unshare") or pytest.fail("unshare is needed to prove the check is offline (make system-deps)")
    return subprocess.run(["unshare", "-rn", *CHECK, str(path)], capture_output=True, text=True, timeout=120)


def test_workflow_validates_against_the_github_workflow_schema_offline():
    result = _validate(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok -- validation done" in result.stdout


def test_the_schema_check_rejects_a_broken_workflow(tmp_path):
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    del workflow["jobs"]["test"]["runs-on"]
    broken = tmp_path / "book.yml"
    broken.write_text(yaml.safe_dump(workflow), encoding="utf-8")
    result = _validate(broken)
    assert result.returncode == 1 and "runs-on" in result.stdout


def test_workflow_tests_every_push_and_publishes_the_default_branch():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow[True]                       # YAML 1.1 reads the key `on` as true
    assert {"push", "pull_request"} <= set(triggers)
    test = workflow["jobs"]["test"]
    steps = {step.get("name", step.get("uses")): step for step in test["steps"]}
    assert steps["Test (make test)"]["run"] == "make test" and "if" not in steps["Test (make test)"]
    cache = steps["Restore .venv (keyed on the pinned requirements)"]
    assert cache["uses"].startswith("actions/cache@") and cache["with"]["path"] == ".venv"
    assert "hashFiles('requirements.txt'" in cache["with"]["key"]
    publish = "github.event_name == 'push' && github.ref_name == github.event.repository.default_branch"
    assert test["env"]["PUBLISH"] == "${{ " + publish + " }}"
    assert steps["Build the book (make book)"]["run"] == "make book"
    upload = steps["Upload the web book for GitHub Pages"]
    assert upload["uses"].startswith("actions/upload-pages-artifact@") and upload["with"]["path"] == "_build/html"
    for name in ("Build the book (make book)", "Upload the web book for GitHub Pages"):
        assert steps[name]["if"] == "env.PUBLISH == 'true'"
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "test" and deploy["if"] == publish
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert [step["uses"] for step in deploy["steps"]] == ["actions/deploy-pages@v4"]
