#!/usr/bin/env python3
"""Exports an executed notebook to a self-contained folder that shows its plots offline.

Writes OUT_DIR/<name>.html with nbconvert's HTML exporter (JupyterLab template) and copies plotly.js next to it as
OUT_DIR/plotly.min.js, where backprop.plot.Inline looks for it when no Jupyter server is around. Open the HTML file
in a browser; nothing is fetched from the internet for the plots.

--require-js URL sets the page's require.js (nbconvert otherwise points at a CDN copy, which fails offline and is
harmless); the browser test uses a local copy to prove the plots also draw when an AMD loader is present.
Usage: .venv/bin/python scripts/export_html.py NOTEBOOK OUT_DIR [--require-js URL]
"""
import argparse
import subprocess
import sys
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebook", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--require-js", help="URL of require.js in the exported page")
    args = parser.parse_args()

    exporter = HTMLExporter(template_name="lab")
    if args.require_js:
        exporter.require_js_url = args.require_js
    body, _ = exporter.from_notebook_node(nbformat.read(args.notebook, as_version=4))
    args.out_dir.mkdir(parents=True, exist_ok=True)
    html = args.out_dir / (args.notebook.stem + ".html")
    html.write_text(body, encoding="utf-8")
    subprocess.run([sys.executable, str(HERE / "serve_plotly.py"), "--export-dir", str(args.out_dir)], check=True)
    print(f"exported {html}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
