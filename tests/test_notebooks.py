"""Every notebook (notebooks/*.ipynb, tests/notebooks/*.ipynb) top to bottom in a fresh `java` kernel: a cell error
fails it, and a failed check is a cell error (check cells throw). The executed copy goes to target/executed/<path>
for inspection."""
import nbformat
import pytest
from conftest import NOTEBOOKS, ROOT, rel, run_as_committed


@pytest.mark.parametrize("path", NOTEBOOKS, ids=rel)
def test_notebook_runs(path):
    nb = run_as_committed(path)  # nbclient's CellExecutionError names the cell and the exception
    assert all(cell.execution_count for cell in nb.cells if cell.cell_type == "code"), "a code cell did not run"
    copy = ROOT / "target" / "executed" / rel(path)
    copy.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, copy)
