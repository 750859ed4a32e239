#!/usr/bin/env bash
# Sets everything up (idempotent, see scripts/setup.sh) and opens JupyterLab on notebooks/ with the Java kernel.
# JupyterLab listens on 127.0.0.1 only, with token authentication and XSRF protection on; it prints the URL with
# its token. Extra arguments go to `jupyter lab` (e.g. ./lab.sh --no-browser --port=8899).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$ROOT/scripts/setup.sh"
# Kernels, config and static files of .venv win over any in the user's home.
export JUPYTER_PREFER_ENV_PATH=1
as_root=()
if [ "$(id -u)" = 0 ]; then
  echo "[lab] running as root (a container or CI?): passing --allow-root; prefer an ordinary user account" >&2
  as_root=(--allow-root)
fi
echo "[lab] starting JupyterLab on notebooks/ (its URL with the token follows in a few seconds; Ctrl-C stops it)"
exec "$ROOT/.venv/bin/jupyter" lab \
  --ServerApp.ip=127.0.0.1 \
  --ServerApp.root_dir="$ROOT" \
  --LabApp.default_url=/lab/tree/notebooks \
  ${as_root[@]+"${as_root[@]}"} \
  "$@"
