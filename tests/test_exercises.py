"""The exercises of every notebook check the learner's own answer (issue 22, the convention of docs/notebooks.md).

An exercise N of a notebook is three code cells, found by their tags:

  answer-exN    the learner's cell: a stub that keeps "Run All" working (e.g. `double[] grad = null;`);
  check-exN     calls backprop.notebook.Answer, which prints "✔ …", "✗ … (hint: …)" or "Exercise N: not answered yet";
  solution-exN  in the Solutions appendix at the end: a drop-in replacement for the answer cell, source and outputs
                collapsed.

For each notebook in notebooks/: the exercises are complete (one answer, one check and one solution cell for every
N, in that order, the solution collapsed, after every check cell, with no committed output that gives it away); and
every check-exN cell says "not answered yet" when the notebook runs as committed (the run of tests/test_notebooks.py,
shared through conftest), and "✔" (no "✗") when it runs once more with every answer replaced by its solution.

Run: .venv/bin/python -m pytest tests/test_exercises.py   (one notebook: -k 02-backprop)
"""
import re

import nbformat
import pytest
from nbclient import NotebookClient
from conftest import ROOT, run_as_committed

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
KERNEL = "java"
TAG = re.compile(r"^(answer|check|solution)-ex(\d+)$")
NOT_ANSWERED = "not answered yet"


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
    """The notebook run top to bottom in a fresh kernel, once per session: as committed (the run test_notebooks
    makes too) or with every answer cell's source replaced by its solution's."""
    if variant == "as committed":
        return run_as_committed(path)
    if path not in _runs:
        nb = nbformat.read(path, as_version=4)
        for cells in exercise_cells(nb).values():
            nb.cells[cells["answer"][0]].source = nb.cells[cells["solution"][0]].source
        _runs[path] = NotebookClient(nb, kernel_name=KERNEL, timeout=600,
                                     resources={"metadata": {"path": str(path.parent)}}).execute()
    return _runs[path]


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



@pytest.mark.parametrize("variant, verdict", [("as committed", NOT_ANSWERED), ("with the solutions", "✔")],
                         ids=["as committed", "solved"])
def test_every_check_cell_says(notebook, variant, verdict):
    exercises = exercise_cells(nbformat.read(notebook, as_version=4))
    assert exercises, f"{notebook.name} has no exercise"
    nb = executed(notebook, variant)
    for number, cells in sorted(exercises.items()):
        text = output_text(nb.cells[cells["check"][0]])
        wrong = [v for v in (NOT_ANSWERED, "✔", "✗") if v != verdict and v in text]
        assert verdict in text and not wrong, f"{notebook.name}, exercise {number}, run {variant}, printed: {text!r}"
