"""The exercises of every notebook check the learner's own answer (issue 22, the convention of docs/notebooks.md).

An exercise N of a notebook is three code cells, found by their tags:

  answer-exN    the learner's cell: a stub that keeps "Run All" working (e.g. `double[] grad = null;`);
  check-exN     calls backprop.notebook.Answer, which prints "✔ …", "✗ … (hint: …)" or "Exercise N: not answered yet";
  solution-exN  in the Solutions appendix at the end: a drop-in replacement for the answer cell, source and outputs
                collapsed.

For each notebook in notebooks/ this test
  - checks that the exercises are complete (one answer, one check and one solution cell for every N, in that order,
    the solution collapsed, after every check cell, and with no committed output that would give it away);
  - runs the notebook as committed and expects "not answered yet" in every check-exN cell;
  - runs it once more with every answer cell's source replaced by its solution's, and expects a "✔" and no "✗" in
    every check-exN cell.
Each notebook runs at most twice, in a fresh `java` kernel: as committed (the run tests/test_notebooks.py makes too,
shared through conftest), and with the solutions.

Run: .venv/bin/python -m pytest tests/test_exercises.py   (one notebook: -k 02-backprop)
"""
import copy
import os
import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from conftest import run_as_committed

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
KERNEL = "java"
TAG = re.compile(r"^(answer|check|solution)-ex(\d+)$")
NOT_ANSWERED = "not answered yet"

os.environ.setdefault("JUPYTER_PREFER_ENV_PATH", "1")  # the kernelspec of .venv, as scripts/run_notebooks.py


def exercise_cells(nb):
    """{N: {"answer": [indices], "check": [...], "solution": [...]}} from the cells' tags."""
    found = {}
    for index, cell in enumerate(nb.cells):
        for tag in cell.get("metadata", {}).get("tags", []):
            match = TAG.match(tag)
            if match:
                role, number = match.group(1), int(match.group(2))
                found.setdefault(number, {"answer": [], "check": [], "solution": []})[role].append(index)
    return found


def output_text(cell):
    """Everything a code cell printed or displayed as text."""
    parts = []
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream":
            parts.append(output.get("text", ""))
        elif "data" in output:
            parts.append(output["data"].get("text/plain", ""))
        elif output.get("output_type") == "error":
            parts.append("\n".join(output.get("traceback", [])))
    return "".join(parts)


_runs = {}


def executed(path, variant):
    """The notebook run top to bottom in a fresh kernel: as committed ("stub") or with the solutions filled in
    ("solution"). Each (notebook, variant) runs once per test session."""
    if variant == "stub":
        return run_as_committed(path)  # the same run as test_notebooks'
    key = (path, variant)
    if key not in _runs:
        nb = nbformat.read(path, as_version=4)
        if variant == "solution":
            for cells in exercise_cells(nb).values():
                nb.cells[cells["answer"][0]].source = nb.cells[cells["solution"][0]].source
        client = NotebookClient(copy.deepcopy(nb), kernel_name=KERNEL, timeout=600,
                                resources={"metadata": {"path": str(path.parent)}})
        _runs[key] = client.execute()
    return _runs[key]


@pytest.fixture(params=NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def notebook(request):
    return request.param


def test_exercises_are_complete(notebook):
    nb = nbformat.read(notebook, as_version=4)
    exercises = exercise_cells(nb)
    assert exercises, f"{notebook.name} has no exercise (cells tagged answer-exN, check-exN, solution-exN)"
    checks = [i for cells in exercises.values() for i in cells["check"]]
    for number, cells in sorted(exercises.items()):
        name = f"{notebook.name}, exercise {number}"
        for role in ("answer", "check", "solution"):
            assert len(cells[role]) == 1, f"{name}: {len(cells[role])} cells tagged {role}-ex{number}, expected 1"
        answer, check, solution = cells["answer"][0], cells["check"][0], cells["solution"][0]
        for role, index in (("answer", answer), ("check", check), ("solution", solution)):
            assert nb.cells[index].cell_type == "code", f"{name}: the {role} cell is not a code cell"
        assert answer < check, f"{name}: the check cell comes before the answer cell"
        assert solution > max(checks), f"{name}: the solution is not in the appendix after every exercise"
        jupyter = nb.cells[solution].metadata.get("jupyter", {})
        assert jupyter.get("source_hidden") and jupyter.get("outputs_hidden"), \
            f"{name}: the solution cell's source and outputs are not collapsed"
        assert not output_text(nb.cells[solution]).strip(), f"{name}: the solution cell's saved output gives it away"
        assert "SOLUTION" not in nb.cells[solution].source, f"{name}: nbgrader markers in the solution"
    legacy = [i for i, c in enumerate(nb.cells) if "solution" in c.get("metadata", {}).get("tags", [])]
    assert not legacy, f"{notebook.name}: cells {legacy} still use the old tag 'solution' (no exercise number)"


def test_stubs_say_not_answered_yet(notebook):
    exercises = exercise_cells(nbformat.read(notebook, as_version=4))
    if not exercises:
        pytest.skip(f"{notebook.name} has no exercise (test_exercises_are_complete fails for it)")
    nb = executed(notebook, "stub")
    for number, cells in sorted(exercises.items()):
        text = output_text(nb.cells[cells["check"][0]])
        assert NOT_ANSWERED in text, f"{notebook.name}, exercise {number}, run as committed, printed: {text!r}"
        assert "✔" not in text and "✗" not in text, f"{notebook.name}, exercise {number}: the stub was judged: {text!r}"


def test_solutions_pass_their_checks(notebook):
    exercises = exercise_cells(nbformat.read(notebook, as_version=4))
    if not exercises:
        pytest.skip(f"{notebook.name} has no exercise (test_exercises_are_complete fails for it)")
    nb = executed(notebook, "solution")
    for number, cells in sorted(exercises.items()):
        text = output_text(nb.cells[cells["check"][0]])
        assert "✔" in text and "✗" not in text and NOT_ANSWERED not in text, \
            f"{notebook.name}, exercise {number}, with the solution filled in, printed: {text!r}"
