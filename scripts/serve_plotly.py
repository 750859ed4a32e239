#!/usr/bin/env python3
"""Serves plotly.js to the notebooks' inline plots from a local copy, never from a CDN.

The copy is the plotly.js 2.x bundle that the pinned `plotly` Python package ships as package data, so no Node.js
is needed. Two uses:

  --prefix PREFIX      (default: this Python's prefix) copies it to PREFIX/share/backprop/static/backprop/ and adds
                       PREFIX/share/backprop/static to ServerApp.extra_static_paths in
                       PREFIX/etc/jupyter/jupyter_server_config.json (merged into the file if it exists). Every Jupyter
                       server started from that prefix then serves it at <base_url>static/backprop/plotly.min.js, the
                       URL that backprop.plot.Inline loads (under Binder's /user/<name>/ base URL too).
  --user               the same for the reader's own Jupyter (any launcher, any Java kernel: JJava or IJava): copies
                       it to <jupyter --data-dir>/backprop/static/backprop/plotly.min.js and adds that folder to
                       ServerApp.extra_static_paths in <jupyter --config-dir>/jupyter_server_config.json (for a user
                       that is ~/.local/share/jupyter and ~/.jupyter; JUPYTER_DATA_DIR/JUPYTER_CONFIG_DIR move them).
                       Restart Jupyter afterwards.
  --export-dir DIR     copies it to DIR/plotly.min.js, next to HTML files exported with nbconvert, where
                       backprop.plot.Inline looks for it when the page has no Jupyter server.

The plotly Python package also installs a JupyterLab extension (jupyterlab-plotly, for plotly's Python widgets, which
needs ipywidgets) that throws an error in every JupyterLab page here; --prefix removes it from
PREFIX/share/jupyter/labextensions, as the Java notebooks never use plotly's Python API.

Idempotent: files are only rewritten when their content changes.
"""
import argparse
import importlib.util
import json
import shutil
import sys
from pathlib import Path

REQUIRED_MAJOR = "2."


def bundled_plotly_js() -> Path:
    spec = importlib.util.find_spec("plotly")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("error: the Python package 'plotly' is not installed (pip install -r binder/requirements.txt)")
    path = Path(list(spec.submodule_search_locations)[0]) / "package_data" / "plotly.min.js"
    head = path.read_text(encoding="utf-8", errors="replace")[:200]
    if f"plotly.js v{REQUIRED_MAJOR}" not in head:
        sys.exit(f"error: {path} is not plotly.js {REQUIRED_MAJOR}x: {head.splitlines()[1:2]}")
    return path


def copy_if_changed(src: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    if not dest.is_file() or dest.read_bytes() != src.read_bytes():
        shutil.copyfile(src, dest)


def add_static_path(config_file: Path, static_root: Path) -> None:
    """Adds static_root to ServerApp.extra_static_paths in the JSON config_file (rewritten only if that changes it)."""
    old = config_file.read_text(encoding="utf-8") if config_file.is_file() else "{}"
    config = json.loads(old)
    paths = config.setdefault("ServerApp", {}).setdefault("extra_static_paths", [])
    if str(static_root) not in paths:
        paths.append(str(static_root))
        config_file.parent.mkdir(parents=True, exist_ok=True)
        config_file.write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--prefix", type=Path, default=Path(sys.prefix))
    parser.add_argument("--export-dir", type=Path, help="copy plotly.min.js next to exported HTML files instead")
    parser.add_argument("--user", action="store_true", help="serve it from the user's Jupyter config and data dirs")
    args = parser.parse_args()
    src = bundled_plotly_js()

    if args.export_dir:
        copy_if_changed(src, args.export_dir / "plotly.min.js")
        print(f"plotly.js copied to {args.export_dir / 'plotly.min.js'}")
        return 0

    if args.user:
        from jupyter_core.paths import jupyter_config_dir, jupyter_data_dir
        static_root = (Path(jupyter_data_dir()) / "backprop" / "static").resolve()
        config_file = Path(jupyter_config_dir()) / "jupyter_server_config.json"
    else:
        static_root = (args.prefix / "share" / "backprop" / "static").resolve()
        # The server reads ServerApp settings from jupyter_server_config.json (its .d folder is for extensions only).
        config_file = args.prefix / "etc" / "jupyter" / "jupyter_server_config.json"
        shutil.rmtree(args.prefix / "share" / "jupyter" / "labextensions" / "jupyterlab-plotly", ignore_errors=True)
    copy_if_changed(src, static_root / "backprop" / "plotly.min.js")
    add_static_path(config_file, static_root)
    print(f"plotly.js served from {static_root} (config {config_file})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
