"""Shared by the test modules, which also run on their own (no fixture here is autouse): the repository root, the
notebooks, a copy of the clone, and the Binder build of test_binder.py started in the background as soon as its
tests are collected (it builds its own environment for minutes, mostly waiting for pip and Maven, so it runs while
the notebooks run)."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb")) + sorted((ROOT / "tests" / "notebooks").glob("*.ipynb"))
os.environ.setdefault("JUPYTER_PREFER_ENV_PATH", "1")  # the kernelspec of .venv, not one in the user's home
_runs = {}


def run_as_committed(path: Path):
    """The notebook executed top to bottom in a fresh kernel, once per session: the notebook test and the exercise
    test read the same run (a cell error is raised again to every caller)."""
    if path not in _runs:
        from run_notebooks import execute
        try:
            _runs[path] = execute(path, timeout=600)
        except Exception as error:  # noqa: BLE001 - kept and re-raised to each test that asks
            _runs[path] = error
    if isinstance(_runs[path], Exception):
        raise _runs[path]
    return _runs[path]


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def pytest_collection_modifyitems(items):
    items.sort(key=lambda item: item.path.name == "test_binder.py")  # they wait for the check: last, so it overlaps


def pytest_collection_finish(session):
    binder = {item.module for item in session.items if item.path.name == "test_binder.py"}
    if binder and sys.platform == "linux" and not session.config.option.collectonly:
        binder.pop().BUILD.start()  # in the background: it waits for pip and Maven while the notebooks run


def pytest_unconfigure(config):
    if "test_binder" in sys.modules:
        sys.modules["test_binder"].BUILD.stop()


def copy_repository(destination: Path) -> None:
    """The clone's tracked and untracked (not ignored) files, copied to destination."""
    files = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                           capture_output=True, text=True, check=True).stdout.split("\0")
    for name in filter(None, files):
        if (ROOT / name).is_file():
            (destination / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, destination / name)
