#!/usr/bin/env python3
"""Exports a notebook to a folder that shows it completely offline: every plot, every formula.

Two kinds of export (docs/pictures.md says which viewer shows what):

  full (default)  OUT_DIR/<name>.html with nbconvert's HTML exporter (JupyterLab template), every plot output given
                  back the kernel's HTML kept in its metadata (scripts/plot_outputs.py), with the picture in front of
                  the plots; and next to the page what it loads, all from local copies, nothing from a CDN:
                    plotly.min.js   plotly.js 2.x of the pinned pip package `plotly` (scripts/serve_plotly.py), where
                                    backprop.plot.Inline looks for it when no Jupyter server is around: interactive plots;
                    mathjax/        MathJax 2.7.9 (npm `mathjax`, pinned in package.json; `npm ci` installs it), the
                                    version nbconvert's template configures: the formulas;
                    require.js      require.js 2.3.8 (npm `requirejs`), which the template loads.
                  Open OUT_DIR/<name>.html in a browser: plots are drawn and formulas typeset with the network off.
  --static        OUT_DIR/<name>.html sanitized as a viewer that does not trust the notebook sanitizes it (nbconvert's
                  sanitize_html: no script runs, HTML outputs are reduced to a few safe tags): every plot shows as its
                  committed picture (image/png). Needs no JavaScript; formulas stay in their TeX source.

A plain `jupyter nbconvert --to html NOTEBOOK` shows each plot's picture too, and typesets formulas from a CDN.
Usage: .venv/bin/python scripts/export_html.py NOTEBOOK [NOTEBOOK ...] OUT_DIR [--static]
"""
import argparse
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from plot_outputs import interactive, plot_outputs  # noqa: E402

NODE_MODULES = ROOT / "node_modules"
MATHJAX_URL = "mathjax/MathJax.js?config=TeX-AMS_CHTML-full,Safe"
# What MathJax 2.7.9 loads for the template's configuration TeX-AMS_CHTML-full (CommonHTML output, TeX input).
MATHJAX_PARTS = ["MathJax.js", "config/TeX-AMS_CHTML-full.js", "extensions", "jax/input/TeX", "jax/element",
                 "jax/output/CommonHTML", "localization/en", "fonts/HTML-CSS/TeX/woff"]


def copy_page_libraries(out_dir: Path) -> None:
    mathjax = NODE_MODULES / "mathjax"
    requirejs = NODE_MODULES / "requirejs" / "require.js"
    if not (mathjax / "MathJax.js").is_file() or not requirejs.is_file():
        sys.exit(f"error: {mathjax} or {requirejs} is missing: run `npm ci` in {ROOT} (package.json pins them)")
    for src, dest in ((mathjax / part, out_dir / "mathjax" / part) for part in MATHJAX_PARTS):
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(src, dest, dirs_exist_ok=True) if src.is_dir() else shutil.copyfile(src, dest)
    shutil.copyfile(requirejs, out_dir / "require.js")
    subprocess.run([sys.executable, str(HERE / "serve_plotly.py"), "--export-dir", str(out_dir)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", type=Path, nargs="+", metavar="NOTEBOOK ... OUT_DIR")
    parser.add_argument("--static", action="store_true", help="sanitized export that shows the plots' pictures")
    args = parser.parse_args()
    if len(args.paths) < 2:
        parser.error("give one or more notebooks and then the output folder")
    *notebooks, out_dir = args.paths

    if args.static:
        exporter = HTMLExporter(template_name="lab", sanitize_html=True)
    else:
        exporter = HTMLExporter(template_name="lab", mathjax_url=MATHJAX_URL, require_js_url="require.js")
    out_dir.mkdir(parents=True, exist_ok=True)
    for notebook in notebooks:
        nb = nbformat.read(notebook, as_version=4)
        if not args.static:
            for output, text in list(plot_outputs(nb)):
                interactive(output, text)
        body, _ = exporter.from_notebook_node(nb)
        html = out_dir / (notebook.stem + ".html")
        html.write_text(body, encoding="utf-8")
        print(f"exported {html}")
    if not args.static:
        copy_page_libraries(out_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
