#!/usr/bin/env bash
# Sets up everything the notebooks need. Each run checks what is there now and repairs what is missing or broken
# (a warm re-run takes seconds); an interrupted run is recovered by the next one.
#   1. the library: lib/notebook/target/backprop-notebook.jar and its runtime jars in lib/notebook/target/dependency/ (listed in
#      lib/notebook/target/runtime-jars.txt); rebuilt when a source or pom is newer, or a jar is missing or damaged;
#   2. the project-local virtual environment .venv from binder/requirements.txt: recreated when its Python does not
#      run; pins that are missing, at another version or missing installed files are (re)installed;
#   3. the `java` kernel registered inside .venv with the library on its classpath, Jupyter's default kernel, no
#      news toast, plotly.js served from .venv (no CDN); then checked as Jupyter sees it.
# Needs a JDK 17+ and Python 3.9+ (and, the first time, access to Maven Central and PyPI).
# Environment: PYTHON (interpreter for the venv, default python3).
# Temporary files (pip's, Maven's) go to target/setup-tmp.PID, removed on exit, and by the next run if it was killed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PYTHON="${PYTHON:-python3}"
cd "$ROOT"
started=$SECONDS

say() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] error: %s\n' "$*" >&2; exit 1; }
took() { printf '[setup]   done in %d s\n' "$((SECONDS - $1))"; }

command -v java >/dev/null || die "no 'java' on PATH: install a JDK 17 or newer (e.g. apt-get install openjdk-17-jdk-headless)"
java_major="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
[ "${java_major:-0}" -ge 17 ] 2>/dev/null || die "the kernel needs Java 17 or newer, 'java' is ${java_major:-unknown}"
command -v javac >/dev/null || die "no 'javac' on PATH: the library is built from source, install a JDK (not only a JRE)"
command -v "$PYTHON" >/dev/null || die "no '$PYTHON' on PATH: install Python 3.9 or newer (or set PYTHON=/path/to/python3)"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 9))' || die "Python 3.9 or newer is needed, $PYTHON is $("$PYTHON" -V 2>&1)"

# Temporary files stay inside the clone: left-overs of a killed run are removed here, this run's on exit.
mkdir -p target
for stale in target/setup-tmp.*; do
  [ -d "$stale" ] || continue
  kill -0 "${stale##*.}" 2>/dev/null || rm -rf "$stale"
done
tmp="$ROOT/target/setup-tmp.$$"
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
export TMPDIR="$tmp"
# Maven's JVM writes its native console library to java.io.tmpdir, which is /tmp whatever TMPDIR says.
export MAVEN_OPTS="${MAVEN_OPTS:-} -Djava.io.tmpdir=$tmp"

# 1. the library
jar="lib/notebook/target/backprop-notebook.jar"
reason=""
if [ ! -f "$jar" ]; then
  reason="no $jar yet"
elif [ -n "$(find lib/core/src/main lib/notebook/src/main lib/core/pom.xml lib/notebook/pom.xml pom.xml -newer "$jar" -print -quit)" ]; then
  reason="sources changed"
elif ! problems="$("$PYTHON" scripts/verify_setup.py library lib/notebook/target)"; then
  reason="$(echo "$problems" | head -n 3 | paste -sd ';' -)"
fi
if [ -z "$reason" ]; then
  say "library up to date: $jar and $(wc -l < lib/notebook/target/runtime-jars.txt) runtime jars"
else
  t=$SECONDS
  say "building the library ($reason): ./mvnw -pl lib/notebook -am package, tests are run by ./test.sh"
  [ -d "${MAVEN_USER_HOME:-$HOME/.m2}/repository" ] \
    || say "  first build: Maven downloads itself and the library's dependencies into ~/.m2 (~100 MB; measured 23 s on an idle 2-core machine, 6 min on a busy one)"
  ./mvnw -B -q -pl lib/notebook -am package -DskipTests
  (cd lib/notebook/target/dependency && ls -1 -- *.jar) > lib/notebook/target/runtime-jars.txt
  problems="$("$PYTHON" scripts/verify_setup.py library lib/notebook/target)" || die "the build left the library incomplete: $problems"
  took "$t"
fi

# 2. the Python environment
if [ -e "$VENV" ] && ! "$VENV/bin/python" -c 'import pip' >/dev/null 2>&1; then
  say "the Python of .venv does not run (or has no pip): recreating .venv"
  rm -rf "$VENV"
fi
if [ ! -e "$VENV" ]; then
  t=$SECONDS
  say "creating .venv with $("$PYTHON" -V 2>&1)"
  "$PYTHON" -m venv "$VENV"
  took "$t"
fi
pip=("$VENV/bin/python" -m pip install --quiet --disable-pip-version-check)
if ! problems="$("$VENV/bin/python" scripts/verify_setup.py packages binder/requirements.txt)"; then
  t=$SECONDS
  install=($(echo "$problems" | sed -n 's/^install //p'))
  reinstall=($(echo "$problems" | sed -n 's/^reinstall //p'))
  if [ "${#install[@]}" -gt 0 ]; then
    say "installing ${#install[@]} of $(grep -c '==' binder/requirements.txt) pinned packages into .venv (JupyterLab, JJava, nbclient, ...):"
    say "  the first time: ~500 MB from PyPI; measured 48 s on an idle 2-core machine, 17 min on a busy one"
    "${pip[@]}" -r binder/requirements.txt
  fi
  if [ "${#reinstall[@]}" -gt 0 ]; then
    say "repairing ${#reinstall[@]} damaged package(s) in .venv: ${reinstall[*]}"
    "${pip[@]}" --no-deps --force-reinstall "${reinstall[@]}"
  fi
  problems="$("$VENV/bin/python" scripts/verify_setup.py packages binder/requirements.txt)" \
    || die "pip left .venv incomplete: $problems"
  took "$t"
else
  say "Python environment up to date: .venv ($(grep -c '==' binder/requirements.txt) pinned packages, all files present)"
fi

# 3. kernel classpath, Jupyter settings and plotly.js, inside .venv; then checked as Jupyter finds them
"$VENV/bin/python" scripts/install_kernel.py --prefix "$VENV" --lib "$ROOT/lib/notebook/target" | sed 's/^/[setup] /'
"$VENV/bin/python" scripts/configure_lab.py --prefix "$VENV" | sed 's/^/[setup] /'
"$VENV/bin/python" scripts/serve_plotly.py --prefix "$VENV" | sed 's/^/[setup] /'
problems="$("$VENV/bin/python" scripts/verify_setup.py kernel lib/notebook/target)" || die "the java kernel is not ready: $problems"
version="$("$VENV/bin/jupyter" lab --version 2>&1)" || die "'.venv/bin/jupyter lab --version' fails: $version"
say "ready in $((SECONDS - started)) s: JupyterLab $version, kernel 'java' with the library on its classpath"
