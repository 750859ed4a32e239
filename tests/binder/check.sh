#!/usr/bin/env bash
# Local stand-in for a Binder build of this repository, without Docker (see docs/binder.md). It proves what is
# Binder-specific; the notebooks themselves are run by the test command's notebook tests, on the same kernel and library.
#
# Binder (repo2docker) installs binder/apt.txt, pip-installs binder/requirements.txt into the notebook environment
# (/srv/conda/envs/notebook, which already holds the Jupyter packages of repo2docker's base environment), copies
# the repository into the notebook user's $HOME and runs binder/postBuild there as that user. This script does the
# same on this machine:
#   - an unprivileged user: when run as root, an unused uid (random, 200000 and up) named `jovyan` only inside
#     private mount namespaces (unshare) that also give it a private /etc/passwd and a private /tmp; no user is
#     created and nothing is mounted outside them. Run by an ordinary user, that user;
#   - a work folder inside the clone, target/binder-check.PID, removed on exit (and by the next run if this one was
#     killed): the user's HOME holding a copy of the repository (tracked and untracked, not ignored files), the
#     environment, and its /tmp;
#   - a fresh virtual environment standing in for the notebook environment: the Jupyter packages that repo2docker's
#     base environment ships (tests/binder/base-env.txt) first, then binder/requirements.txt, then `pip check`;
#   - `jupyter-repo2docker --no-build --debug` (no Docker engine needed): the Dockerfile it would build uses binder/
#     as intended, and tests/binder/base-env.txt matches that release's base environment;
#   - binder/postBuild as that user from the repository root (it builds the library, registers the kernel and runs
#     the smoke notebook on it), then binder/start if there is one around every later command;
# and then checks what Binder users depend on:
#   - the `java` kernel is registered inside the environment (not in HOME) and its classpath names jars that exist;
#   - the image stays lean: no ~/.m2 (local repository, Maven distribution), every jar once in HOME;
#   - a Jupyter server of the environment under a Binder-style base URL (/user/<name>/) serves plotly.js where
#     backprop.plot.Inline loads it, is configured with `java` as its default kernel, and every launch link
#     (urlpath=lab/tree/...) of README.md and docs/binder.md names an existing notebook and opens JupyterLab there;
#   - postBuild, run again with a smoke notebook whose check fails, exits non-zero (a broken image is never built).
# Prints one line per check, the size postBuild added to HOME, the time taken, and closes with
# "binder-check: N passed, M failed"; exits non-zero when any check failed.
#
# Caches (warm runs): the wheels go to a wheelhouse in the invoking user's cache,
# ${XDG_CACHE_HOME:-~/.cache}/backprop-binder-check/wheels (filled with that user's pip and pip cache under a lock,
# read-only to the check's user); Maven reads the invoking user's ~/.m2/repository as a read-only second local
# repository (maven.repo.local.tail) and gets a copy of the Maven distribution of ~/.m2/wrapper. Two runs at once
# (in two clones) share nothing else.
#
# Knobs (environment):
#   BINDER_CHECK_COLD=1     no pip or Maven cache: a real cold build, as on Binder (slower)
#   BINDER_CHECK_KEEP=1     keep the work folder for inspection
#   BINDER_CHECK_PYTHON=EXE interpreter for the virtual environment (default: the first python3 that user can run)
#   BINDER_CHECK_RESULTS=F  file for the PASS/FAIL lines (default target/test-results/binder.txt, as tests/test_binder.py reads)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# The repo2docker release whose base environment tests/binder/base-env.txt mirrors.
repo2docker_version=2026.4.0
started=$SECONDS
passed=0
failed=0

say() { printf '[binder-check] %s\n' "$*"; }
die() { printf '[binder-check] error: %s\n' "$*" >&2; exit 2; }
# One 'PASS what' / 'FAIL what' line per check also goes to the results file that tests/test_binder.py reads.
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

# --- a work folder in the clone, and the unprivileged user ---------------------------------------------------------
for stale in "$repo"/target/binder-check.*; do
  [ -d "$stale" ] || continue
  kill -0 "${stale##*.}" 2>/dev/null || rm -rf "$stale"
done
work="$repo/target/binder-check.$$"
rm -rf "$work"
mkdir -p "$work/home" "$work/env" "$work/tmp" "$work/wheels" "$work/m2-tail"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [ "${BINDER_CHECK_KEEP:-0}" = 1 ]; then say "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

cold="${BINDER_CHECK_COLD:-0}"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/backprop-binder-check"
m2="${MAVEN_USER_HOME:-$HOME/.m2}"
tail_repo="-"
if [ "$cold" != 1 ]; then
  mkdir -p "$cache/wheels"
  [ -d "$m2/repository" ] && tail_repo="$m2/repository"
fi

if [ "$(id -u)" = 0 ]; then
  user=jovyan
  while :; do
    uid=$((200000 + RANDOM * 2 + RANDOM % 2))
    getent passwd "$uid" >/dev/null || getent group "$uid" >/dev/null || ps -e -o uid= | tr -d ' ' | grep -qx "$uid" \
      || break
  done
  gid=$uid
  chown "$uid:$gid" "$work/home" "$work/env" "$work/tmp"
  chmod 755 "$work"
  { cat /etc/passwd; echo "$user:x:$uid:$gid:Binder check:/tmp/home:/bin/bash"; } > "$work/passwd"
  { cat /etc/group; echo "$user:x:$gid:"; } > "$work/group"
  in=/tmp                     # the work folder as the check's user sees it
  wheels_in=/tmp/wheels tail_in=/tmp/m2-tail
  # In a private mount namespace: the wheelhouse and ~/.m2/repository read-only, the private passwd and group,
  # the work folder as /tmp; then the command as the user, in HOME.
  # shellcheck disable=SC2016
  ns_script='set -e; work=$1 wheels=$2 tail=$3; shift 3
    mount --bind "$wheels" "$work/wheels"; mount -o remount,bind,ro "$work/wheels"
    if [ "$tail" != - ]; then mount --bind "$tail" "$work/m2-tail"; mount -o remount,bind,ro "$work/m2-tail"; fi
    mount --bind "$work/passwd" /etc/passwd; mount --bind "$work/group" /etc/group
    mount --rbind "$work" /tmp; cd /tmp/home; exec "$@"'
  wheels_src="$cache/wheels"
  [ "$cold" != 1 ] || wheels_src="$work/wheels"
else
  user="$(id -un)"; uid="$(id -u)"; gid="$(id -g)"
  in="$work"
  wheels_in="$cache/wheels" tail_in="$tail_repo"
fi
home="$work/home"    # on Binder the repository folder is $HOME
env_dir="$work/env"  # stands in for /srv/conda/envs/notebook
home_in="$in/home"
env_in="$in/env"

# The environment of a Binder build: HOME is the repository folder, the notebook environment comes first on PATH.
# No variable of the caller leaks in, except certificates, proxies and pip settings of this machine and the
# project's knobs (BACKPROP_*, CI).
maven_opts="-Duser.home=$home_in"
[ "$tail_repo" = - ] || maven_opts+=" -Dmaven.repo.local.tail=$tail_in"
user_env=(HOME="$home_in" USER="$user" LOGNAME="$user" SHELL=/bin/bash LANG=C.UTF-8 LC_ALL=C.UTF-8 TMPDIR="$in/tmp"
  REPO_DIR="$home_in" NB_PYTHON_PREFIX="$env_in" KERNEL_PYTHON_PREFIX="$env_in" MAVEN_OPTS="$maven_opts"
  PATH="$env_in/bin:$home_in/.local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
while IFS= read -r name; do user_env+=("$name=${!name}"); done < <(compgen -e | grep -E \
  '^(CI|BACKPROP_.*|PIP_.*|SSL_CERT_FILE|SSL_CERT_DIR|REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE|(http|https|no)_proxy|(HTTP|HTTPS|NO)_PROXY)$' || true)
if [ "$(id -u)" = 0 ]; then
  run_as=(unshare --mount --propagation private -- sh -c "$ns_script" ns "$work" "$wheels_src" "$tail_repo"
    setpriv --reuid="$uid" --regid="$gid" --clear-groups -- env -i "${user_env[@]}")
else
  run_as=(env -i -C "$home" "${user_env[@]}")
fi
# as_user COMMAND...: runs COMMAND as the user, in HOME (the repository root), and waits for it.
as_user() { "${run_as[@]}" "$@"; }

say "user $user (uid $uid), HOME $home_in, environment $env_in, $([ "$cold" = 1 ] && echo 'cold (no caches)' || echo "wheels in $cache, Maven's $tail_repo read-only")"

# --- a copy of the repository as the user's HOME ----------------------------------------------------------------
git -c safe.directory="$repo" -C "$repo" rev-parse --is-inside-work-tree >/dev/null 2>&1 || die "$repo is not a git work tree"
git -c safe.directory="$repo" -C "$repo" ls-files -z --cached --others --exclude-standard \
  | while IFS= read -r -d '' f; do [ -e "$repo/$f" ] && printf '%s\0' "$f"; done \
  | tar -C "$repo" --null -T - -cf - | as_user tar -xf -
home_kib_repo="$(du -sk "$home" | cut -f1)"
say "copied the repository ($home_kib_repo KiB)"
# Maven's distribution, as ./mvnw unpacked it for the invoking user (postBuild removes ~/.m2 with it).
copy_maven() {
  if [ "$cold" != 1 ] && [ -d "$m2/wrapper" ]; then
    tar -C "$m2" -cf - wrapper | as_user sh -c 'mkdir -p .m2 && tar -C .m2 -xf -'
  fi
}

# --- the notebook environment -------------------------------------------------------------------------------------
python=""
for candidate in ${BINDER_CHECK_PYTHON:-} /usr/bin/python3 "$(command -v python3 || true)"; do
  [ -n "$candidate" ] || continue
  if as_user "$candidate" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 9))' 2>/dev/null; then
    python="$candidate"; break
  fi
done
[ -n "$python" ] || die "no Python 3.9+ with venv that $user can run; set BINDER_CHECK_PYTHON"
# pip_install ENV ARGS...: installs pinned packages into the environment ENV (its folder as this script sees it).
# Cold: from PyPI without a cache, as Binder does. Warm: from the wheelhouse (no index round trips); pins not in it
# yet are added first, by the invoking user with the same Python and under a lock (two runs may fill it at once).
pip_install() {
  local env="$1"; shift
  local pip="$in/${env#"$work"/}/bin/pip"
  if [ "$cold" = 1 ]; then as_user "$pip" install -q --no-cache-dir "$@"; return; fi
  as_user "$pip" install -q --no-cache-dir --no-index --find-links "$wheels_in" "$@" 2>/dev/null && return
  say "adding wheels to $cache/wheels: $*"
  (cd "$repo" && PYTHONDONTWRITEBYTECODE=1 flock "$cache/lock" "$env/bin/python" -m pip wheel -q \
    --wheel-dir "$cache/wheels" "$@") \
    && as_user "$pip" install -q --no-cache-dir --no-index --find-links "$wheels_in" "$@"
}
t0=$SECONDS
env_ok=1
as_user "$python" -m venv "$env_in" || env_ok=0
[ "$env_ok" = 0 ] || pip_install "$env_dir" -r tests/binder/base-env.txt || env_ok=0
# pip names an inconsistency with packages already installed but exits 0: `pip check` below decides.
[ "$env_ok" = 0 ] || pip_install "$env_dir" -r binder/requirements.txt || env_ok=0
if [ "$env_ok" = 1 ] && as_user pip check | sed 's/^/    /'; then
  pass "environment: repo2docker's base Jupyter packages + binder/requirements.txt are consistent ($("$env_dir/bin/python" -V 2>&1), $((SECONDS - t0)) s)"
else
  fail "environment: binder/requirements.txt does not install consistently on top of repo2docker's base environment ($((SECONDS - t0)) s)"
  [ -x "$env_dir/bin/jupyter" ] || finish
fi

# --- what repo2docker reads (its --no-build mode prints the Dockerfile and needs no Docker engine) -------------------
t0=$SECONDS
r2d="$work/tmp/repo2docker"
r2d_in="$in/tmp/repo2docker"
if { as_user "$python" -m venv "$r2d_in" \
     && pip_install "$r2d" "jupyter-repo2docker==$repo2docker_version" \
     && as_user "$r2d_in/bin/jupyter-repo2docker" --no-build --debug --user-name jovyan --user-id 1000 .
   } > "$work/repo2docker.log" 2>&1 \
  && as_user "$r2d_in/bin/python" tests/binder/repo2docker_check.py "$in/repo2docker.log"; then
  pass "repo2docker $repo2docker_version reads binder/ as intended ($((SECONDS - t0)) s)"
else
  fail "repo2docker $repo2docker_version does not read binder/ as intended; its output:"
  tail -n 40 "$work/repo2docker.log" | sed 's/^/    /' || true
fi
rm -rf "$r2d"

# --- postBuild ----------------------------------------------------------------------------------------------------
[ -x "$repo/binder/postBuild" ] || die "binder/postBuild is missing or not executable"
t0=$SECONDS
copy_maven
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
[ -f "$home/binder/start" ] && start=("$home_in/binder/start")

# --- the kernel --------------------------------------------------------------------------------------------------
if as_user "${start[@]}" python tests/binder/kernel_check.py "$home_in"; then
  pass "kernel: 'java' is registered in the environment with a classpath of existing jars in HOME"
else
  fail "kernel: see above"
fi

# --- lean image -----------------------------------------------------------------------------------------------------
lean_ok=1
for leftover in .m2 lib/notebook/target/classes lib/core/target; do
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
(exec "${run_as[@]}" "${start[@]}" jupyter lab --no-browser --ServerApp.ip=127.0.0.1 --ServerApp.port="$port" \
  --ServerApp.base_url="$base" --IdentityProvider.token="$token" > "$work/server.log" 2>&1) &
server_pid=$!  # the server itself: the subshell execs into unshare, sh, setpriv, env, then jupyter
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
curl -fsS -o "$work/kernelspecs.json" "${url}api/kernelspecs?token=$token" 2>/dev/null || : > "$work/kernelspecs.json"
default_kernel="$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1])).get("default"))' "$work/kernelspecs.json" 2>/dev/null || true)"
if [ "$default_kernel" = java ]; then
  pass "the server's default kernel is 'java' (File > New > Notebook)"
else
  fail "the server's default kernel is '${default_kernel:-?}', not 'java'"
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

# --- a broken kernel or library must fail the image build ---------------------------------------------------------
# The same HOME with a smoke notebook whose check fails: postBuild has to exit non-zero, naming the notebook.
t0=$SECONDS
copy_maven
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
