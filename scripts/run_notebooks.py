#!/usr/bin/env python3
"""Executes notebooks top to bottom, each in a fresh `java` kernel, and fails on any cell error.

Default: every notebooks/*.ipynb and tests/notebooks/*.ipynb, in name order. A notebook's check cells throw when a
check fails, so a failed check is a cell error too. Executed copies go to target/executed/<path> (for inspection and
for the HTML export test); with --write the outputs are also saved back into the notebook itself, cleaned of
execution noise (timing metadata), so that committed outputs are real and a re-run reproduces them.

Environment: BACKPROP_QUICK=1 is passed on to the kernels; notebooks read it to shorten long trainings (CI).
--write refuses to run with it, since committed outputs come from full runs.

Writes one line per notebook, 'PASS path' or 'FAIL path', to target/test-results/notebooks.txt.
Usage: .venv/bin/python scripts/run_notebooks.py [--write] [--timeout SECONDS] [NOTEBOOK ...]
"""
import argparse
import os
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

ROOT = Path(__file__).resolve().parent.parent
KERNEL = "java"


def default_notebooks():
    return sorted((ROOT / "notebooks").glob("*.ipynb")) + sorted((ROOT / "tests" / "notebooks").glob("*.ipynb"))


def clean(nb):
    """Drops what changes from run to run without changing what the notebook computed, and the text/plain copy
    that the kernel adds to every `display(html, "text/html")` (the same HTML again, doubling the file)."""
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        cell.metadata.pop("collapsed", None)
        cell.metadata.pop("scrolled", None)
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "text/html" in data and data.get("text/plain") == data["text/html"]:
                del data["text/plain"]
    return nb


def execute(path: Path, timeout: int):
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, kernel_name=KERNEL, timeout=timeout,
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    return clean(nb)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="*", type=Path)
    parser.add_argument("--write", action="store_true", help="save the executed outputs back into each notebook")
    parser.add_argument("--timeout", type=int, default=600, help="seconds one cell may run (default 600)")
    args = parser.parse_args()
    if args.write and os.environ.get("BACKPROP_QUICK") == "1":
        print("error: --write saves the committed outputs; run it without BACKPROP_QUICK=1", file=sys.stderr)
        return 2
    os.environ.setdefault("JUPYTER_PREFER_ENV_PATH", "1")  # the kernelspec of .venv, not one in the user's home

    paths = [p.resolve() for p in args.notebooks] or default_notebooks()
    if not paths:
        print("error: no notebooks found", file=sys.stderr)
        return 2
    results = []
    print(f"running {len(paths)} notebook(s) on kernel '{KERNEL}'"
          f"{' with BACKPROP_QUICK=1' if os.environ.get('BACKPROP_QUICK') == '1' else ''}", flush=True)
    for path in paths:
        rel = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        start = time.monotonic()
        try:
            nb = execute(path, args.timeout)
        except (CellExecutionError, CellTimeoutError, DeadKernelError) as e:
            results.append(("FAIL", rel))
            print(f"FAIL {rel} ({time.monotonic() - start:.1f} s)\n{e}", flush=True)
            continue
        copy = ROOT / "target" / "executed" / rel
        copy.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, copy)
        if args.write:
            nbformat.write(nb, path)
        results.append(("PASS", rel))
        print(f"PASS {rel} ({time.monotonic() - start:.1f} s){' (outputs written)' if args.write else ''}", flush=True)

    report = ROOT / "target" / "test-results" / "notebooks.txt"
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text("".join(f"{status} {rel}\n" for status, rel in results), encoding="utf-8")
    failed = sum(1 for status, _ in results if status == "FAIL")
    print(f"notebooks: {len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
