"""The dev container (.devcontainer/devcontainer.json): the same Python and JDK as Binder, and its set-up command run
as in a fresh container: in a copy of the repository whose path has spaces and non-ASCII characters, with an empty
HOME and none of the caller's environment but PATH, locale, certificates, proxies and pip's settings (Maven reads
the caller's ~/.m2/repository read-only, pip its cache, so nothing is downloaded twice). Then the `java` kernel of
that copy runs the smoke notebook, and a second set-up finds everything up to date."""
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, copy_repository

CONFIG = json.loads((ROOT / ".devcontainer" / "devcontainer.json").read_text(encoding="utf-8"))
KEPT = re.compile(r"PATH|LANG|LC_.*|PIP_.*|SSL_CERT_.*|REQUESTS_CA_BUNDLE|(https?|no)_proxy|(HTTPS?|NO)_PROXY|BACKPROP_.*|CI"
                  r"|SYSTEMROOT|COMSPEC|PATHEXT|JAVA_HOME")


def test_the_container_has_binders_python_and_jdk():
    python = (ROOT / "binder" / "runtime.txt").read_text(encoding="utf-8").strip().removeprefix("python-")
    assert CONFIG["image"].split(":")[1].startswith(python + "-"), CONFIG["image"]
    jdk = re.search(r"openjdk-(\d+)-jdk", (ROOT / "binder" / "apt.txt").read_text(encoding="utf-8")).group(1)
    assert CONFIG["features"]["ghcr.io/devcontainers/features/java:1"]["version"] == jdk


@pytest.fixture(scope="module")
def fresh_container(tmp_path_factory):
    base = tmp_path_factory.mktemp("devcontainer")
    clone, home = base / "dir with spaces" / "ünï", base / "home"
    copy_repository(clone)
    m2 = Path.home() / ".m2"
    if (m2 / "wrapper").is_dir():  # Maven's distribution as the wrapper unpacked it (a download otherwise)
        shutil.copytree(m2 / "wrapper", home / ".m2" / "wrapper")
    home.mkdir(exist_ok=True)
    cache = subprocess.run([sys.executable, "-m", "pip", "cache", "dir"], capture_output=True, text=True).stdout.strip()
    env = {k: v for k, v in os.environ.items() if KEPT.fullmatch(k)}
    env.update(HOME=str(home), USERPROFILE=str(home), PIP_CACHE_DIR=cache, TMPDIR=str(base), TEMP=str(base), TMP=str(base),
               JAVA_TOOL_OPTIONS=f'"-Duser.home={home}" "-Dmaven.repo.local.tail={m2 / "repository"}"')
    python, *args = shlex.split(CONFIG["postCreateCommand"])
    assert python == "python3" and args == ["lab.py", "setup"]
    # the base interpreter, not this test's virtual environment (a container's python3)
    first = subprocess.run([getattr(sys, "_base_executable", sys.executable), *args], cwd=clone, env=env,
                           capture_output=True, text=True)
    return clone, env, first


def test_the_set_up_command_runs_in_a_fresh_container(fresh_container):
    clone, env, first = fresh_container
    assert first.returncode == 0, first.stdout + first.stderr
    assert "kernel 'java' with the library" in first.stdout
    assert not (Path(env["HOME"]) / ".local" / "share" / "jupyter" / "kernels").exists(), "a kernel went into HOME"


def test_its_java_kernel_runs_the_smoke_notebook(fresh_container):
    clone, env, _ = fresh_container
    python = clone / ".venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    run = subprocess.run([python, "scripts/run_notebooks.py", "tests/notebooks/smoke.ipynb"], cwd=clone, env=env,
                         capture_output=True, text=True)
    assert run.returncode == 0 and "PASS tests/notebooks/smoke.ipynb" in run.stdout, run.stdout + run.stderr


def test_a_second_set_up_finds_everything_up_to_date(fresh_container):
    clone, env, first = fresh_container
    again = subprocess.run([getattr(sys, "_base_executable", sys.executable), "lab.py", "setup"], cwd=clone, env=env,
                           capture_output=True, text=True)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "library up to date" in again.stdout and "Python environment up to date" in again.stdout, again.stdout
