#!/usr/bin/env python3
"""Jupyter settings of one Python prefix (the local .venv, a Binder image), never of the user's home:

  - kernel `java` is the default kernel (File > New > Notebook, the launcher, the kernelspec API's "default"):
    MultiKernelManager.default_kernel_name in PREFIX/etc/jupyter/jupyter_server_config.json;
  - JupyterLab neither asks to fetch Jupyter news nor checks for updates (no toast on the first start, no request
    to a website): PREFIX/share/jupyter/lab/settings/overrides.json.

Both files are merged (other settings in them are kept) and only rewritten when their content changes.
Usage: python scripts/configure_lab.py [--prefix PREFIX]
"""
import argparse
import sys
from pathlib import Path

from serve_plotly import merge_json

KERNEL = "java"
NOTIFICATIONS = "@jupyterlab/apputils-extension:notification"


def default_kernel(config: dict) -> None:
    config.setdefault("MultiKernelManager", {})["default_kernel_name"] = KERNEL


def no_news(settings: dict) -> None:
    settings.setdefault(NOTIFICATIONS, {}).update({"fetchNews": "false", "checkForUpdates": False})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--prefix", type=Path, default=Path(sys.prefix))
    args = parser.parse_args()
    server_config = args.prefix / "etc" / "jupyter" / "jupyter_server_config.json"
    lab_settings = args.prefix / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    merge_json(server_config, default_kernel)
    merge_json(lab_settings, no_news)
    print(f"default kernel '{KERNEL}' ({server_config}), no news or update checks ({lab_settings})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
