#!/usr/bin/env python3
"""Executes notebooks top to bottom, each in a fresh `java` kernel, and fails on any cell error.

Default: every notebooks/*.ipynb and tests/notebooks/*.ipynb, in name order. A notebook's check cells throw when a
check fails, so a failed check is a cell error too. Executed copies go to target/executed/<path> (for inspection and
for the HTML export test); with --write the outputs are also saved back into the notebook itself, so that committed
outputs are real and a re-run on the same machine reproduces the file byte for byte:

  - execution noise is dropped (timing metadata), and consecutive stream fragments of one stream are merged into one
    output (a cell that prints a table line by line stores it as one text);
  - every plot output (a text/html with backprop.plot.Inline's `class="backprop-plot"` divs) is committed as its
    picture, drawn by plotly.js in headless Chromium (scripts/render_pictures.mjs): image/png and a short text/plain,
    with no text/html that a viewer would pick instead; the kernel's HTML is kept in the output's metadata
    (scripts/plot_outputs.py). Running the cell brings the interactive plot back. A diagram (image/svg+xml) gets its
    picture as image/png too: JupyterLab shows no SVG in a notebook it does not trust. See docs/pictures.md.
--pictures-only re-does only the pictures on the notebooks as they are (no kernel), e.g. after merging.
Prints 'PASS path' or 'FAIL path' for each notebook; exits non-zero if any failed.
"""
import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from plot_outputs import PLOT_DIV, commit, diagram_outputs, plot_outputs  # noqa: E402

KERNEL = "java"


def clean(nb):
    """Drops what changes from run to run without changing what the notebook computed, and the text/plain copy
    that the kernel adds to every `display(html, "text/html")` (the same HTML again, doubling the file)."""
    for cell in nb.cells:
        for key in ("execution", "collapsed", "scrolled"):
            cell.metadata.pop(key, None)
        if cell.metadata.get("jupyter", {}).get("outputs_hidden"):
            cell.metadata.collapsed = True  # as JupyterLab saves a cell whose outputs are hidden
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "text/html" in data and data.get("text/plain") == data["text/html"]:
                del data["text/plain"]
    return nb


def merge_streams(nb):
    """Joins consecutive stream outputs of the same stream (stdout or stderr) of a cell into one output."""
    for cell in nb.cells:
        merged = []
        for output in cell.get("outputs", []):
            previous = merged[-1] if merged else None
            if (output.output_type == "stream" and previous is not None and previous.output_type == "stream"
                    and previous.name == output.name):
                previous.text += output.text
            else:
                merged.append(output)
        if "outputs" in cell:
            cell.outputs = merged
    return nb


def add_pictures(nb):
    """Commits every plot output as its picture and gives every diagram its PNG copy (see the module's docstring);
    returns the number of outputs."""
    outputs = list(plot_outputs(nb))
    diagrams = list(diagram_outputs(nb))
    if not outputs and not diagrams:
        return 0
    snippets = json.dumps([{"html": text} for _, text in outputs]
                          + [{"svg": output.data["image/svg+xml"]} for output in diagrams])
    from serve_plotly import bundled_plotly_js
    node = subprocess.run(["node", str(ROOT / "scripts" / "render_pictures.mjs"), str(bundled_plotly_js())],
                          input=snippets, capture_output=True, text=True, cwd=ROOT)
    if node.returncode != 0:
        raise RuntimeError(f"render_pictures.mjs failed:\n{node.stderr}")
    pictures = json.loads(node.stdout)
    for (output, text), picture in zip(outputs, pictures):
        ids = PLOT_DIV.findall(text)
        if picture["plots"] != ids:
            raise RuntimeError(f"pictures of {ids} came back for {picture['plots']}")
        commit(output, text, picture["png"])
    for output, picture in zip(diagrams, pictures[len(outputs):]):
        output.data["image/png"] = picture["png"]
    return len(outputs) + len(diagrams)


def execute(path: Path, timeout: int):
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, kernel_name=KERNEL, timeout=timeout,
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    return merge_streams(clean(nb))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="*", type=Path)
    parser.add_argument("--write", action="store_true", help="save the executed outputs back into each notebook")
    parser.add_argument("--pictures-only", action="store_true",
                        help="do not execute: merge streams and (re-)draw the plot pictures of the notebooks as they are")
    parser.add_argument("--timeout", type=int, default=600, help="seconds one cell may run (default 600)")
    args = parser.parse_args()
    os.environ.setdefault("JUPYTER_PREFER_ENV_PATH", "1")  # the kernelspec of .venv, not one in the user's home

    paths = [p.resolve() for p in args.notebooks] or [*sorted((ROOT / "notebooks").glob("*.ipynb")),
                                                      *sorted((ROOT / "tests" / "notebooks").glob("*.ipynb"))]
    if not paths:
        print("error: no notebooks found", file=sys.stderr)
        return 2
    if args.pictures_only:
        for path in paths:
            nb = merge_streams(nbformat.read(path, as_version=4))
            count = add_pictures(nb)
            nbformat.write(nb, path)
            print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {count} plot output(s) with pictures")
        return 0
    failed = 0
    print(f"running {len(paths)} notebook(s) on kernel '{KERNEL}'", flush=True)
    for path in paths:
        rel = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        start = time.monotonic()
        try:
            nb = execute(path, args.timeout)
        except (CellExecutionError, CellTimeoutError, DeadKernelError) as e:
            failed += 1
            print(f"FAIL {rel} ({time.monotonic() - start:.1f} s)\n{e}", flush=True)
            continue
        copy = ROOT / "target" / "executed" / rel
        copy.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, copy)
        if args.write:
            count = add_pictures(nb)
            nbformat.write(nb, path)
            print(f"  {count} plot output(s) with pictures", flush=True)
        print(f"PASS {rel} ({time.monotonic() - start:.1f} s){' (outputs written)' if args.write else ''}", flush=True)
    print(f"notebooks: {len(paths) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
