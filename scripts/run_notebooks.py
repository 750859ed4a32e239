#!/usr/bin/env python3
"""Executes notebooks top to bottom, each in a fresh `java` kernel, and fails on any cell error.

Default: every notebooks/*.ipynb and tests/notebooks/*.ipynb, in name order. A notebook's check cells throw when a
check fails, so a failed check is a cell error too. Executed copies go to target/executed/<path> (for inspection and
for the HTML export test); with --write the outputs are also saved back into the notebook itself, so that committed
outputs are real and a re-run on the same machine reproduces the file byte for byte:

  - execution noise is dropped (timing metadata), and consecutive stream fragments of one stream are merged into one
    output (a cell that prints a table line by line stores it as one text);
  - every plot output (a text/html with backprop.plot.Inline's `class="backprop-plot"` divs) gets its static
    picture, drawn by plotly.js in headless Chromium (scripts/render_pictures.mjs): the same PNG goes into the output
    as image/png (for viewers that pick images, like GitHub) and into its HTML as
    <img class="backprop-picture" data-plots="div ids"> in front of the plots (for viewers that show the HTML
    without running its scripts: JupyterLab before a notebook is trusted, nbconvert's HTML); the plots' scripts
    remove it when they draw. A diagram output (image/svg+xml, from backprop.plot.Inline.svg) gets the SVG as drawn
    by Chromium as image/png too, since JupyterLab shows no SVG in a notebook it does not trust.
    See docs/pictures.md.

--pictures-only re-does only the last two steps on the notebooks as they are (no kernel), e.g. after merging.

Environment: BACKPROP_QUICK=1 is passed on to the kernels; notebooks read it to shorten long trainings (CI).
--write refuses to run with it, since committed outputs come from full runs.

Writes one line per notebook, 'PASS path' or 'FAIL path', to target/test-results/notebooks.txt.
Usage: .venv/bin/python scripts/run_notebooks.py [--write] [--timeout SECONDS] [NOTEBOOK ...]
"""
import argparse
import base64
import html
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

ROOT = Path(__file__).resolve().parent.parent
KERNEL = "java"
PLOT_DIV = re.compile(r'<div id="(backprop_plot_[0-9a-f]+_[0-9]+)" class="backprop-plot">')
PICTURE = re.compile(r'<img class="backprop-picture"[^>]*>\n?')


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


def plot_outputs(nb):
    """The outputs that show backprop.plot.Inline plots, with the ids of their plot divs."""
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            text = output.get("data", {}).get("text/html")
            if text is not None:
                ids = PLOT_DIV.findall(text)
                if ids:
                    yield output, ids


def diagram_outputs(nb):
    """The outputs that show an SVG picture (backprop.plot.Inline.svg: NetworkDiagram, GraphDiagram)."""
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if "image/svg+xml" in output.get("data", {}):
                yield output


def strip_pictures(nb):
    """Removes pictures added by add_pictures (before rendering them again)."""
    for output, _ in plot_outputs(nb):
        output.data["text/html"] = PICTURE.sub("", output.data["text/html"])
        output.data.pop("image/png", None)
    for output in diagram_outputs(nb):
        output.data.pop("image/png", None)
    return nb


def plotly_js() -> Path:
    sys.path.insert(0, str(ROOT / "scripts"))
    from serve_plotly import bundled_plotly_js
    return bundled_plotly_js()


def add_pictures(nb):
    """Gives every plot output its static picture (see the module's docstring); returns the number of outputs."""
    outputs = list(plot_outputs(nb))
    diagrams = list(diagram_outputs(nb))
    if not outputs and not diagrams:
        return 0
    snippets = json.dumps([{"html": output.data["text/html"]} for output, _ in outputs]
                          + [{"svg": output.data["image/svg+xml"]} for output in diagrams])
    node = subprocess.run(["node", str(ROOT / "scripts" / "render_pictures.mjs"), str(plotly_js())],
                          input=snippets, capture_output=True, text=True, cwd=ROOT)
    if node.returncode != 0:
        raise RuntimeError(f"render_pictures.mjs failed:\n{node.stderr}")
    pictures = json.loads(node.stdout)
    for (output, ids), picture in zip(outputs, pictures):
        if picture["plots"] != ids:
            raise RuntimeError(f"pictures of {ids} came back for {picture['plots']}")
        description = output.data.get("text/plain", "plot")
        img = (f'<img class="backprop-picture" data-plots="{" ".join(ids)}" alt="{html.escape(description)}" '
               f'width="{picture["width"]}" height="{picture["height"]}" style="max-width: 100%; height: auto" '
               f'src="data:image/png;base64,{picture["png"]}">\n')
        output.data["text/html"] = img + output.data["text/html"]
        output.data["image/png"] = picture["png"]
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
    if args.write and os.environ.get("BACKPROP_QUICK") == "1":
        print("error: --write saves the committed outputs; run it without BACKPROP_QUICK=1", file=sys.stderr)
        return 2
    os.environ.setdefault("JUPYTER_PREFER_ENV_PATH", "1")  # the kernelspec of .venv, not one in the user's home

    paths = [p.resolve() for p in args.notebooks] or default_notebooks()
    if not paths:
        print("error: no notebooks found", file=sys.stderr)
        return 2
    if args.pictures_only:
        for path in paths:
            nb = merge_streams(strip_pictures(nbformat.read(path, as_version=4)))
            count = add_pictures(nb)
            nbformat.write(nb, path)
            print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {count} plot output(s) with pictures")
        return 0
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
            count = add_pictures(nb)
            nbformat.write(nb, path)
            print(f"  {count} plot output(s) with pictures", flush=True)
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
