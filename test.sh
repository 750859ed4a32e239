#!/usr/bin/env bash
# Runs every test and exits non-zero if any fails:
#   1. ./mvnw -B verify            the library's unit tests (all modules)
#   2. scripts/setup.sh            the same idempotent set-up as ./lab.sh (library jar, .venv, kernel, plotly.js)
#   3. scripts/run_notebooks.py    every notebooks/*.ipynb and tests/notebooks/*.ipynb, top to bottom, fresh kernel each
#   4. scripts/check_notebooks.py  the committed notebook files: kernel 'java', no error outputs, < 1 MB, ...
#      tests/binder/check.sh       what is Binder-specific: the configuration built locally as Binder would,
#                                  postBuild, the kernel it registers, the served plots and links (docs/binder.md);
#                                  it runs in the background during 3 and 4, its output follows them
#   5. tests/browser/run.mjs       JupyterLab and an HTML export in headless Chromium (needs node, npm and
#                                  /usr/bin/chromium: apt-get install chromium; BACKPROP_SKIP_BROWSER=1 skips it)
#   6. tests/test_static_views.py  (pytest) nbconvert's sanitized and plain HTML exports of the committed notebooks,
#                                  JavaScript off: every plot and diagram shows as a picture (docs/pictures.md)
# Ends with each step's time and 'N passed, N failed' over the notebook, file, Binder and browser checks (Maven
# prints its own counts). Writes nothing outside the clone and the user's caches (Maven, pip, npm): temporary files
# go to target/test-tmp.PID, removed on exit (and by the next run if this one was killed).
# BACKPROP_QUICK=1 lets the notebooks shorten long trainings (CI sets it); what they check stays the same.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
RESULTS="$ROOT/target/test-results"
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
maven_failed=0

for stale in target/test-tmp.*; do
  [ -d "$stale" ] || continue
  kill -0 "${stale##*.}" 2>/dev/null || rm -rf "$stale"
done
export TMPDIR="$ROOT/target/test-tmp.$$"
mkdir -p "$TMPDIR"
trap 'rm -rf "$TMPDIR"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
# Maven's JVM writes its native console library to java.io.tmpdir, which is /tmp whatever TMPDIR says.
export MAVEN_OPTS="${MAVEN_OPTS:-} -Djava.io.tmpdir=$TMPDIR"

# banner NAME: starts a step; the previous one's time goes into the summary.
times=()
step_name=""
step_start=$SECONDS
started=$SECONDS
end_step() { [ -z "$step_name" ] || times+=("$(printf '%5d s  %s' "$((SECONDS - step_start))" "$step_name")"); }
banner() { end_step; step_name="$1"; step_start=$SECONDS; printf '\n==> %s\n' "$*"; }

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

# The Binder check builds its own environment and HOME (mostly pip and Maven): it runs alongside the notebooks, so
# that on two cores neither waits for the other. Its output follows the notebook steps.
binder_started=$SECONDS
tests/binder/check.sh > "$RESULTS/binder.log" 2>&1 &
binder_pid=$!
trap '[ -z "$binder_pid" ] || { kill "$binder_pid" 2>/dev/null; wait "$binder_pid" 2>/dev/null; }; rm -rf "$TMPDIR"' EXIT

banner "notebooks: scripts/run_notebooks.py${BACKPROP_QUICK:+ (BACKPROP_QUICK=$BACKPROP_QUICK)}"
run_step notebooks.txt "$PY" scripts/run_notebooks.py

banner "notebook files: scripts/check_notebooks.py"
run_step notebook-files.txt "$PY" scripts/check_notebooks.py

banner "binder: tests/binder/check.sh (started with the notebooks)"
binder_exit=0
wait "$binder_pid" || binder_exit=$?
binder_pid=""
cat "$RESULTS/binder.log"
if [ "$binder_exit" != 0 ] && ! grep -q '^FAIL' "$RESULTS/binder.txt" 2>/dev/null; then
  echo "FAIL tests/binder/check.sh (exited $binder_exit without a result)" >> "$RESULTS/binder.txt"
fi
times+=("$(printf '%5d s  %s' "$((SECONDS - binder_started))" "binder check, alongside the notebook steps")")

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
    echo "installing the browser test's npm packages (playwright-core, requirejs: ~10 MB) into node_modules/"
    npm ci --no-audit --no-fund
  fi
  run_step browser.txt node tests/browser/run.mjs
fi

banner "static views: tests/test_static_views.py"
if [ "$skipped" = 1 ]; then
  echo "not run: it needs the browser (BACKPROP_SKIP_BROWSER=1)"
elif "$PY" -m pytest -q -p no:cacheprovider tests/test_static_views.py; then
  echo "PASS tests/test_static_views.py" >> "$RESULTS/static-views.txt"
else
  echo "FAIL tests/test_static_views.py (see its output above)" >> "$RESULTS/static-views.txt"
fi

passed=$(cat "$RESULTS"/*.txt 2>/dev/null | grep -c '^PASS')
failed=$(cat "$RESULTS"/*.txt 2>/dev/null | grep -c '^FAIL')
banner "summary"
times+=("$(printf '%5d s  total' "$((SECONDS - started))")")
printf '%s\n' "${times[@]}"
grep -h '^FAIL' "$RESULTS"/*.txt 2>/dev/null
[ "$maven_failed" = 0 ] && echo "library (Maven): passed" || echo "library (Maven): FAILED (see the Maven output above)"
[ "$skipped" = 0 ] || echo "browser tests: NOT RUN (BACKPROP_SKIP_BROWSER=1)"
if [ "$skipped" = 0 ]; then
  echo "$passed passed, $failed failed"
else
  echo "$passed passed, $failed failed, $skipped skipped"
fi
[ "$failed" = 0 ] && [ "$maven_failed" = 0 ]
