#!/usr/bin/env bash
# Sets up everything the notebooks need, idempotently (a warm re-run takes seconds):
#   1. builds the library: lib/target/backprop.jar and its runtime jars in lib/target/dependency/
#      (skipped when the jar is newer than every source file and pom);
#   2. creates the project-local virtual environment .venv from binder/requirements.txt
#      (pip is skipped while the pins are unchanged);
#   3. puts the library on the classpath of the `java` kernel registered inside .venv;
#   4. serves plotly.js for the inline plots from .venv (no CDN).
# Needs only a JDK 17+ and Python 3.9+. Environment: PYTHON (interpreter for the venv, default python3).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PYTHON="${PYTHON:-python3}"
cd "$ROOT"

say() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] error: %s\n' "$*" >&2; exit 1; }

command -v java >/dev/null || die "no 'java' on PATH: install a JDK 17 or newer (e.g. apt-get install openjdk-17-jdk-headless)"
java_major="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
[ "${java_major:-0}" -ge 17 ] 2>/dev/null || die "the kernel needs Java 17 or newer, 'java' is ${java_major:-unknown}"
command -v "$PYTHON" >/dev/null || die "no '$PYTHON' on PATH: install Python 3.9 or newer (or set PYTHON=/path/to/python3)"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 9))' || die "Python 3.9 or newer is needed, $PYTHON is $("$PYTHON" -V 2>&1)"

# 1. the library
jar="lib/target/backprop.jar"
if [ -f "$jar" ] && [ -d lib/target/dependency ] && [ -z "$(find lib/src/main lib/pom.xml pom.xml -newer "$jar" -print -quit)" ]; then
  say "library up to date: $jar"
else
  say "building the library (./mvnw -pl lib package, tests are run by ./test.sh)"
  ./mvnw -B -q -pl lib package -DskipTests
fi

# 2. the Python environment
stamp="$VENV/.requirements.sha256"
want="$("$PYTHON" -c 'import hashlib,sys; print(hashlib.sha256(open(sys.argv[1],"rb").read()).hexdigest())' binder/requirements.txt)"
if [ -x "$VENV/bin/python" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  say "Python environment up to date: .venv"
else
  [ -x "$VENV/bin/python" ] || { say "creating .venv"; "$PYTHON" -m venv "$VENV"; }
  say "installing binder/requirements.txt into .venv (JupyterLab, JJava, nbclient, ...)"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r binder/requirements.txt
  echo "$want" > "$stamp"
fi

# 3. + 4. kernel classpath and plotly.js, inside .venv
"$VENV/bin/python" scripts/install_kernel.py --prefix "$VENV" --lib "$ROOT/lib/target" | sed 's/^/[setup] /'
"$VENV/bin/python" scripts/serve_plotly.py --prefix "$VENV" | sed 's/^/[setup] /'
