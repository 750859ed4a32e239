"""The CI workflow for the published repository (.github/workflows/test.yml) parses, and runs the README's two
commands (set-up and test) on Linux, macOS and Windows with JDK 17 and 21."""
import re

import yaml
from conftest import ROOT

WORKFLOW = yaml.safe_load((ROOT / ".github" / "workflows" / "test.yml").read_text(encoding="utf-8"))


def readme_commands():
    block = re.search(r"## Quick start\n.*?```sh\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    return [line.split(maxsplit=1)[1] for line in block.group(1).splitlines()]  # without the interpreter's name


def test_the_workflow_runs_on_three_systems_with_jdk_17_and_21():
    assert {"push", "pull_request"} <= set(WORKFLOW.get("on", WORKFLOW.get(True)))  # YAML 1.1 reads `on` as true
    job = WORKFLOW["jobs"]["test"]
    assert job["runs-on"] == "${{ matrix.os }}"
    matrix = job["strategy"]["matrix"]
    assert {"ubuntu-latest", "macos-latest", "windows-latest"} == set(matrix["os"]) and ["17", "21"] == matrix["java"]
    java = [s for s in job["steps"] if s.get("uses", "").startswith("actions/setup-java@")]
    assert java and java[0]["with"]["java-version"] == "${{ matrix.java }}"
    assert all(set(s) <= {"name", "uses", "with", "run", "if", "env"} and ("uses" in s) != ("run" in s)
               for s in job["steps"])


def test_the_workflow_runs_the_readmes_commands():
    runs = [s["run"] for s in WORKFLOW["jobs"]["test"]["steps"] if "run" in s]
    serve, test = readme_commands()
    assert serve == "lab.py" and f"python {serve} setup" in runs  # `python lab.py` would serve JupyterLab forever
    assert f"python {test}" in runs
