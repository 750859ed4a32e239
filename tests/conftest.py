"""Shared by the test modules, which also run on their own (no fixture here is autouse): the repository root, the
notebooks, and the Binder check started in the background as soon as its tests are collected (it builds its own
environment for minutes, mostly waiting for pip and Maven, so it runs while the notebooks run)."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb")) + sorted((ROOT / "tests" / "notebooks").glob("*.ipynb"))
BINDER_RESULTS = ROOT / "target" / "test-results" / "binder.txt"
os.environ.setdefault("JUPYTER_PREFER_ENV_PATH", "1")  # the kernelspec of .venv, not one in the user's home
binder_check = None


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def pytest_collection_modifyitems(items):
    items.sort(key=lambda item: item.path.name == "test_binder.py")  # they wait for the check: last, so it overlaps


def pytest_collection_finish(session):
    global binder_check
    if sys.platform == "linux" and not session.config.option.collectonly and \
            any(item.path.name == "test_binder.py" for item in session.items):
        BINDER_RESULTS.parent.mkdir(parents=True, exist_ok=True)
        log = open(BINDER_RESULTS.with_suffix(".log"), "w", encoding="utf-8")
        binder_check = subprocess.Popen(["bash", str(ROOT / "tests" / "binder" / "check.sh")], cwd=ROOT,
                                        stdout=log, stderr=subprocess.STDOUT,
                                        env=dict(os.environ, BINDER_CHECK_RESULTS=str(BINDER_RESULTS)))


def pytest_unconfigure(config):
    if binder_check is not None and binder_check.poll() is None:
        binder_check.terminate()
        binder_check.wait()


@pytest.fixture(scope="session")
def binder_results():
    """The Binder check's 'PASS what' / 'FAIL what' lines, once it has finished (its log: target/test-results/)."""
    code = binder_check.wait()
    print(BINDER_RESULTS.with_suffix(".log").read_text(encoding="utf-8"))
    lines = BINDER_RESULTS.read_text(encoding="utf-8").splitlines() if BINDER_RESULTS.is_file() else []
    return code, lines
