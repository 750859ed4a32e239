"""Every notebook (notebooks/*.ipynb, tests/notebooks/*.ipynb) top to bottom in a fresh `java` kernel: a cell error
fails it, and a failed check is a cell error (check cells throw). The executed copy goes to target/executed/<path>
for inspection. BACKPROP_QUICK=1 (CI) reaches the kernels: the notebooks shorten long trainings, same checks."""
import nbformat
import pytest
from conftest import NOTEBOOKS, ROOT, rel
from run_notebooks import execute


@pytest.mark.parametrize("path", NOTEBOOKS, ids=rel)
def test_notebook_runs(path):
    nb = execute(path, timeout=600)  # nbclient's CellExecutionError names the cell and the exception
    assert all(cell.execution_count for cell in nb.cells if cell.cell_type == "code"), "a code cell did not run"
    copy = ROOT / "target" / "executed" / rel(path)
    copy.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, copy)
