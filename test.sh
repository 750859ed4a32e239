#!/usr/bin/env bash
# Runs every test and exits non-zero if any fails:
#   1. ./mvnw -B verify            the library's unit tests (all modules)
#   2. scripts/setup.sh            the same idempotent set-up as ./lab.sh (library jar, .venv, kernel, plotly.js)
#   3. scripts/run_notebooks.py    every notebooks/*.ipynb and tests/notebooks/*.ipynb, top to bottom, fresh kernel each
#   4. scripts/check_notebooks.py  the committed notebook files: kernel 'java', no error outputs, < 1 MB, ...
#      tests/binder/check.sh       the Binder configuration, built locally as Binder would (see docs/binder.md)
#   5. tests/browser/run.mjs       JupyterLab and an HTML export in headless Chromium (needs node, npm and
#                                  /usr/bin/chromium: apt-get install chromium; BACKPROP_SKIP_BROWSER=1 skips it)
# Ends with 'N passed, N failed' over the notebook, file, Binder and browser checks (Maven prints its own counts).
# BACKPROP_QUICK=1 lets the notebooks shorten long trainings (CI sets it); what they check stays the same.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
RESULTS="$ROOT/target/test-results"
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
maven_failed=0

banner() { printf '\n==> %s\n' "$*"; }

# Runs a step whose results file lists PASS/FAIL lines; a non-zero exit without a FAIL line counts as one failure.
run_step() {
  local results="$1"; shift
  if ! "$@"; then
    if ! grep -q '^FAIL' "$RESULTS/$results" 2>/dev/null; then
      echo "FAIL $* (exited without a result)" >> "$RESULTS/$results"
    fi
  fi
}

banner "library: ./mvnw -B verify"
if ! ./mvnw -B verify; then maven_failed=1; fi

banner "set-up: scripts/setup.sh"
if ! ./scripts/setup.sh; then
  echo "test.sh: the set-up failed, nothing else can run" >&2
  echo "0 passed, 1 failed"
  exit 1
fi
PY="$ROOT/.venv/bin/python"

banner "notebooks: scripts/run_notebooks.py${BACKPROP_QUICK:+ (BACKPROP_QUICK=$BACKPROP_QUICK)}"
run_step notebooks.txt "$PY" scripts/run_notebooks.py

banner "notebook files: scripts/check_notebooks.py"
run_step notebook-files.txt "$PY" scripts/check_notebooks.py

banner "binder: tests/binder/check.sh"
run_step binder.txt tests/binder/check.sh

skipped=0
banner "browser: tests/browser/run.mjs"
if [ "${BACKPROP_SKIP_BROWSER:-}" = 1 ]; then
  skipped=1
  printf '\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n'
  printf '!!! BROWSER TESTS NOT RUN (BACKPROP_SKIP_BROWSER=1)                  !!!\n'
  printf '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n'
elif [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ] || ! command -v npm >/dev/null; then
  echo "test.sh: the browser test needs Node.js/npm and Debian's Chromium at /usr/bin/chromium:" >&2
  echo "         apt-get install -y chromium nodejs npm    (or set BACKPROP_SKIP_BROWSER=1 to skip it)" >&2
  echo "FAIL browser test prerequisites (chromium, npm)" >> "$RESULTS/browser.txt"
else
  if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund
  fi
  run_step browser.txt node tests/browser/run.mjs
fi

passed=$(cat "$RESULTS"/*.txt 2>/dev/null | grep -c '^PASS')
failed=$(cat "$RESULTS"/*.txt 2>/dev/null | grep -c '^FAIL')
banner "summary"
grep -h '^FAIL' "$RESULTS"/*.txt 2>/dev/null
[ "$maven_failed" = 0 ] && echo "library (Maven): passed" || echo "library (Maven): FAILED (see the Maven output above)"
[ "$skipped" = 0 ] || echo "browser tests: NOT RUN (BACKPROP_SKIP_BROWSER=1)"
if [ "$skipped" = 0 ]; then
  echo "$passed passed, $failed failed"
else
  echo "$passed passed, $failed failed, $skipped skipped"
fi
[ "$failed" = 0 ] && [ "$maven_failed" = 0 ]
