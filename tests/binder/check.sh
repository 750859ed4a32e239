#!/usr/bin/env bash
# Local stand-in for a Binder build of this repository, without Docker (see docs/binder.md).
#
# Binder (repo2docker) installs binder/apt.txt, pip-installs binder/requirements.txt into the notebook environment
# (/srv/conda/envs/notebook, which already holds the Jupyter packages of repo2docker's base environment), copies
# the repository into the notebook user's $HOME and runs binder/postBuild there as that user. This script does the
# same on this machine:
#   - an unprivileged user: `binder-check` (created once) when run as root, otherwise the current user;
#   - a fresh HOME in a temporary folder holding a copy of the repository (tracked and untracked, not ignored files);
#   - a fresh virtual environment standing in for the notebook environment: the Jupyter packages that repo2docker's
#     base environment ships (tests/binder/base-env.txt) first, then binder/requirements.txt, then `pip check`;
#   - `jupyter-repo2docker --no-build --debug` (no Docker engine needed): the Dockerfile it would build uses binder/
#     as intended, and tests/binder/base-env.txt matches that release's base environment;
#   - binder/postBuild as that user from the repository root (it builds the library, registers the kernel and runs
#     the smoke notebook itself), then binder/start if there is one around every later command;
# and then checks what Binder users depend on:
#   - the `java` kernel is registered inside the environment (not in HOME) and its classpath names jars that exist;
#   - the image stays lean: no ~/.m2 (local repository, Maven distribution), every jar once in HOME;
#   - a Jupyter server of the environment under a Binder-style base URL (/user/<name>/) serves plotly.js where
#     backprop.plot.Inline loads it, and every launch link (urlpath=lab/tree/...) of README.md and docs/binder.md
#     names an existing notebook and opens JupyterLab there;
#   - every notebooks/*.ipynb runs top to bottom on the registered kernel;
#   - postBuild, run again with a smoke notebook whose check fails, exits non-zero (a broken image is never built).
# Prints one line per check, the size postBuild added to HOME, the time taken, and closes with
# "binder-check: N passed, M failed"; exits non-zero when any check failed.
#
# Knobs (environment):
#   BINDER_CHECK_COLD=1     no pip or Maven cache: a real cold build, as on Binder (slower)
#   BINDER_CHECK_CACHE=DIR  cache folder kept between runs (default /var/tmp/binder-check-cache-<user>)
#   BINDER_CHECK_KEEP=1     keep the temporary folder for inspection
#   BINDER_CHECK_USER=NAME  the unprivileged user to create or reuse when run as root (default binder-check)
#   BINDER_CHECK_PYTHON=EXE interpreter for the virtual environment (default: the first python3 that user can run)
#   BINDER_CHECK_RESULTS=F  file for the PASS/FAIL lines (default target/test-results/binder.txt, as ./test.sh reads)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# The repo2docker release whose base environment tests/binder/base-env.txt mirrors.
repo2docker_version=2026.4.0
started=$SECONDS
passed=0
failed=0

say() { printf '[binder-check] %s\n' "$*"; }
die() { printf '[binder-check] error: %s\n' "$*" >&2; exit 2; }
# One 'PASS what' / 'FAIL what' line per check also goes to the results file that ./test.sh counts.
results="${BINDER_CHECK_RESULTS:-$repo/target/test-results/binder.txt}"
mkdir -p "$(dirname "$results")"
: > "$results"
pass() { passed=$((passed + 1)); printf '[binder-check] PASS %s\n' "$*"; echo "PASS binder: $*" >> "$results"; }
fail() { failed=$((failed + 1)); printf '[binder-check] FAIL %s\n' "$*"; echo "FAIL binder: $*" >> "$results"; }
finish() {
  say "took $((SECONDS - started)) s"
  echo "binder-check: $passed passed, $failed failed"
  [ "$failed" = 0 ]
  exit
}

# --- the unprivileged user ----------------------------------------------------------------------------------------
if [ "$(id -u)" = 0 ]; then
  user="${BINDER_CHECK_USER:-binder-check}"
  if ! id -u "$user" >/dev/null 2>&1; then
    useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /bin/bash "$user"
  fi
else
  user="$(id -un)"
fi
uid="$(id -u "$user")"
gid="$(id -g "$user")"
[ "$uid" != 0 ] || die "the check must run postBuild as an unprivileged user, $user is root"

work="$(mktemp -d "${TMPDIR:-/tmp}/binder-check.XXXXXX")"
chmod 755 "$work"
home="$work/home"    # on Binder the repository folder is $HOME
env_dir="$work/env"  # stands in for /srv/conda/envs/notebook
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [ "$(id -u)" = 0 ]; then usermod --home /nonexistent "$user" 2>/dev/null || true; fi
  if [ "${BINDER_CHECK_KEEP:-0}" = 1 ]; then say "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
install -d -o "$uid" -g "$gid" -m 755 "$home" "$env_dir"
# Java (and so Maven) takes user.home from the password database, not from $HOME: on Binder both are the
# repository folder, so the check's user gets this run's HOME there too (and /nonexistent back afterwards).
if [ "$(id -u)" = 0 ]; then
  usermod --home "$home" "$user" || die "cannot set $user's home: is another check running as $user?"
fi

# The environment of a Binder build: HOME is the repository folder, the notebook environment comes first on PATH.
# No variable of the caller leaks in, except certificates, proxies and pip settings of this machine and the
# project's knobs (BACKPROP_*, CI).
user_env=(HOME="$home" USER="$user" LOGNAME="$user" SHELL=/bin/bash LANG=C.UTF-8 LC_ALL=C.UTF-8
  REPO_DIR="$home" NB_PYTHON_PREFIX="$env_dir" KERNEL_PYTHON_PREFIX="$env_dir"
  PATH="$env_dir/bin:$home/.local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
while IFS= read -r name; do user_env+=("$name=${!name}"); done < <(compgen -e | grep -E \
  '^(CI|BACKPROP_.*|PIP_.*|SSL_CERT_FILE|SSL_CERT_DIR|REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE|(http|https|no)_proxy|(HTTP|HTTPS|NO)_PROXY)$' || true)
if [ "$(id -u)" = 0 ]; then
  run_as=(setpriv --reuid="$uid" --regid="$gid" --init-groups -- env -i "${user_env[@]}")
else  # the current user is already unprivileged; Java's user.home follows the password database, so pass HOME
  run_as=(env -i "${user_env[@]}" MAVEN_OPTS="-Duser.home=$home")
fi
# as_user COMMAND...: runs COMMAND as the user, in HOME (the repository root), and waits for it.
as_user() { (cd "$home" && exec "${run_as[@]}" "$@"); }

# --- caches (pip wheels; Maven through a ~/.m2 symlink that postBuild's clean-up removes like the real folder) -----
cold="${BINDER_CHECK_COLD:-0}"
cache="${BINDER_CHECK_CACHE:-/var/tmp/binder-check-cache-$user}"
if [ "$cold" != 1 ]; then
  [ -d "$cache" ] || install -d -o "$uid" -g "$gid" -m 700 "$cache"
  [ "$(stat -c %u "$cache")" = "$uid" ] || die "cache $cache is not owned by $user"
  install -d -o "$uid" -g "$gid" "$cache/pip" "$cache/wheels" "$cache/m2"
fi

say "user $user (uid $uid), HOME $home, environment $env_dir, $([ "$cold" = 1 ] && echo 'cold (no caches)' || echo "caches in $cache")"

# --- a copy of the repository as the user's HOME ----------------------------------------------------------------
git -c safe.directory="$repo" -C "$repo" rev-parse --is-inside-work-tree >/dev/null 2>&1 || die "$repo is not a git work tree"
git -c safe.directory="$repo" -C "$repo" ls-files -z --cached --others --exclude-standard \
  | while IFS= read -r -d '' f; do [ -e "$repo/$f" ] && printf '%s\0' "$f"; done \
  | tar -C "$repo" --null -T - -cf - | as_user tar -C "$home" -xf -
home_kib_repo="$(du -sk "$home" | cut -f1)"
say "copied the repository ($home_kib_repo KiB)"
if [ "$cold" != 1 ]; then as_user ln -s "$cache/m2" "$home/.m2"; fi

# --- the notebook environment -------------------------------------------------------------------------------------
python=""
for candidate in ${BINDER_CHECK_PYTHON:-} /usr/bin/python3 "$(command -v python3 || true)"; do
  [ -n "$candidate" ] || continue
  if as_user "$candidate" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 9))' 2>/dev/null; then
    python="$candidate"; break
  fi
done
[ -n "$python" ] || die "no Python 3.9+ with venv that $user can run; set BINDER_CHECK_PYTHON"
# pip_install PIP ARGS...: installs pinned packages with the given pip. Cold: from PyPI without a cache, as Binder
# does. Warm: from a wheelhouse in the cache (no index round trips), refilled from PyPI when a pin is not in it yet.
pip_install() {
  local pip="$1"; shift
  if [ "$cold" = 1 ]; then as_user "$pip" install -q --no-cache-dir "$@"; return; fi
  as_user "$pip" install -q --no-index --find-links "$cache/wheels" "$@" 2>/dev/null && return
  as_user "$pip" wheel -q --cache-dir "$cache/pip" --wheel-dir "$cache/wheels" "$@" \
    && as_user "$pip" install -q --no-index --find-links "$cache/wheels" "$@"
}
t0=$SECONDS
env_ok=1
as_user "$python" -m venv "$env_dir" || env_ok=0
[ "$env_ok" = 0 ] || pip_install pip -r tests/binder/base-env.txt || env_ok=0
# pip names an inconsistency with packages already installed but exits 0: `pip check` below decides.
[ "$env_ok" = 0 ] || pip_install pip -r binder/requirements.txt || env_ok=0
if [ "$env_ok" = 1 ] && as_user pip check | sed 's/^/    /'; then
  pass "environment: repo2docker's base Jupyter packages + binder/requirements.txt are consistent ($("$env_dir/bin/python" -V 2>&1), $((SECONDS - t0)) s)"
else
  fail "environment: binder/requirements.txt does not install consistently on top of repo2docker's base environment ($((SECONDS - t0)) s)"
  [ -x "$env_dir/bin/jupyter" ] || finish
fi

# --- what repo2docker reads (its --no-build mode prints the Dockerfile and needs no Docker engine) -------------------
t0=$SECONDS
r2d="$work/repo2docker"
install -d -o "$uid" -g "$gid" "$r2d"
if { as_user "$python" -m venv "$r2d" \
     && pip_install "$r2d/bin/pip" "jupyter-repo2docker==$repo2docker_version" \
     && as_user "$r2d/bin/jupyter-repo2docker" --no-build --debug --user-name jovyan --user-id 1000 .
   } > "$work/repo2docker.log" 2>&1 \
  && as_user "$r2d/bin/python" tests/binder/repo2docker_check.py "$work/repo2docker.log"; then
  pass "repo2docker $repo2docker_version reads binder/ as intended ($((SECONDS - t0)) s)"
else
  fail "repo2docker $repo2docker_version does not read binder/ as intended; its output:"
  tail -n 40 "$work/repo2docker.log" | sed 's/^/    /' || true
fi
rm -rf "$r2d"

# --- postBuild ----------------------------------------------------------------------------------------------------
[ -x "$repo/binder/postBuild" ] || die "binder/postBuild is missing or not executable"
t0=$SECONDS
if as_user ./binder/postBuild > "$work/postBuild.log" 2>&1; then
  if grep -q '^PASS tests/notebooks/smoke.ipynb' "$work/postBuild.log"; then
    pass "binder/postBuild ($((SECONDS - t0)) s, including the smoke notebook on the registered kernel)"
  else
    fail "binder/postBuild succeeded without running tests/notebooks/smoke.ipynb"
  fi
else
  fail "binder/postBuild exited non-zero; its output:"
  sed 's/^/    /' "$work/postBuild.log"
  finish
fi
sed 's/^/    /' "$work/postBuild.log"
home_kib_built="$(du -sk "$home" | cut -f1)"
say "postBuild added $(( (home_kib_built - home_kib_repo) / 1024 )) MiB to HOME ($((home_kib_built / 1024)) MiB with the repository)"

# Commands that a Binder user's server runs go through binder/start, if the repository has one.
start=()
[ -f "$home/binder/start" ] && start=("$home/binder/start")

# --- the kernel --------------------------------------------------------------------------------------------------
if as_user "${start[@]}" python tests/binder/kernel_check.py "$home"; then
  pass "kernel: 'java' is registered in the environment with a classpath of existing jars in HOME"
else
  fail "kernel: see above"
fi

# --- lean image -----------------------------------------------------------------------------------------------------
lean_ok=1
for leftover in .m2 lib/target/classes; do
  if [ -e "$home/$leftover" ] || [ -L "$home/$leftover" ]; then echo "    left in HOME: $leftover"; lean_ok=0; fi
done
dups="$(find "$home" -name '*.jar' -printf '%f\n' | sort | uniq -d)"
if [ -n "$dups" ]; then echo "    jars present more than once in HOME: $dups"; lean_ok=0; fi
if [ "$lean_ok" = 1 ]; then
  pass "lean: no ~/.m2 or compiler output left, each of $(find "$home" -name '*.jar' | wc -l) jars once in HOME"
else
  fail "lean: build-time files left in HOME"
fi

# --- a Jupyter server under a Binder-style base URL -----------------------------------------------------------------
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
token="$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
base="/user/$user/"
(cd "$home" && exec "${run_as[@]}" "${start[@]}" jupyter lab --no-browser --ServerApp.ip=127.0.0.1 --ServerApp.port="$port" \
  --ServerApp.base_url="$base" --IdentityProvider.token="$token" > "$work/server.log" 2>&1) &
server_pid=$!  # the server itself: the subshell execs into setpriv, env, then jupyter
url="http://127.0.0.1:$port$base"
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "${url}api/status?token=$token" 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.5
done
curl -fsS -o "$work/plotly.js" "${url}static/backprop/plotly.min.js" 2>/dev/null || true
plotly_version="$(head -c 300 "$work/plotly.js" 2>/dev/null | grep -ao 'plotly.js v[0-9][0-9.]*' | head -n 1 || true)"
if [[ "$plotly_version" == "plotly.js v2."* ]]; then
  pass "$plotly_version served at ${base}static/backprop/plotly.min.js ($(($(stat -c %s "$work/plotly.js") / 1024)) KiB)"
else
  fail "plotly.js 2.x is not served at ${base}static/backprop/plotly.min.js; server log:"
  tail -n 20 "$work/server.log" | sed 's/^/    /'
fi
# The launch links of the README and docs/binder.md: Binder redirects to <base_url><urlpath>.
links="$(cd "$home" && grep -ohE 'urlpath=lab/tree/[^)"# ]+\.ipynb' README.md docs/binder.md 2>/dev/null | sort -u || true)"
[ -n "$links" ] || fail "no urlpath=lab/tree/... launch link in README.md or docs/binder.md"
for link in $links; do
  path="${link#urlpath=lab/tree/}"
  curl -fsS -o "$work/lab.html" "${url}lab/tree/$path?token=$token" 2>/dev/null || : > "$work/lab.html"
  lab_page="$(cat "$work/lab.html")"
  if [ ! -f "$home/$path" ]; then
    fail "launch link $link: no file $path"
  elif [[ "$lab_page" == *jupyter-config-data* && "$lab_page" == *'"appName": "JupyterLab"'* ]]; then
    pass "launch link $link opens JupyterLab under $base"
  else
    fail "launch link $link does not open JupyterLab under $base"
  fi
done
kill "$server_pid" 2>/dev/null || true
wait "$server_pid" 2>/dev/null || true
server_pid=""

# --- every notebook on the registered kernel ------------------------------------------------------------------------
for nb in "$home"/notebooks/*.ipynb; do
  [ -e "$nb" ] || continue
  name="notebooks/$(basename "$nb")"
  t0=$SECONDS
  if as_user "${start[@]}" python scripts/run_notebooks.py "$name" > "$work/nb.log" 2>&1; then
    pass "$name ($((SECONDS - t0)) s)"
  else
    fail "$name; output:"
    tail -n 40 "$work/nb.log" | sed 's/^/    /'
  fi
done

# --- a broken kernel or library must fail the image build ---------------------------------------------------------
# The same HOME with a smoke notebook whose check fails: postBuild has to exit non-zero, naming the notebook.
t0=$SECONDS
if [ "$cold" != 1 ]; then as_user ln -s "$cache/m2" "$home/.m2"; fi
as_user python - <<'PY'
import nbformat
path = "tests/notebooks/smoke.ipynb"
nb = nbformat.read(path, as_version=4)
nb.cells.append(nbformat.v4.new_code_cell('throw new IllegalStateException("smoke check sabotaged by tests/binder/check.sh");'))
nbformat.write(nb, path)
PY
if as_user ./binder/postBuild > "$work/postBuild-sabotaged.log" 2>&1; then
  fail "binder/postBuild exited 0 although the smoke notebook failed"
elif grep -q 'FAIL tests/notebooks/smoke.ipynb' "$work/postBuild-sabotaged.log"; then
  pass "binder/postBuild fails the build when the smoke notebook fails ($((SECONDS - t0)) s)"
else
  fail "binder/postBuild failed, but not at the smoke notebook:"
  tail -n 20 "$work/postBuild-sabotaged.log" | sed 's/^/    /' || true
fi

finish
