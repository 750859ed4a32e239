#!/usr/bin/env bash
# The side-by-side benchmark in one command (docs/benchmarks.md): builds the library and the bench module,
# installs the pinned Python peers (bench/requirements*.txt) into .venv, measures the machine's limits per core
# (JMH backprop.bench.MachineLimits), checks that the library, numpy from scratch, JAX and PyTorch follow the same loss
# trajectory, then times the library (1 and 2 threads), numpy, scikit-learn, JAX, PyTorch (eager and compiled) and
# Smile on the same data and prints one table. A peer that cannot be installed or imported, or fails the check, is
# reported and left out; the run goes on. Data, weights and results go to bench/target/side-by-side/.
# Environment: JAVA (default: java on the PATH), PYTHON (used only to create .venv, default python3).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out=bench/target/side-by-side
# The library as a notebook's kernel runs it: with the vector module, so that its sums over samples use the Vector API
java=("${JAVA:-java}" --add-modules jdk.incubator.vector)
quiet() { grep -v '^WARNING: Using incubator modules: jdk.incubator.vector$' >&2 || true; }

echo "== building lib and bench (tests are ./mvnw verify's job)" >&2
./mvnw -B -q -pl bench -am package -DskipTests

echo "== Python peers from bench/requirements.txt into .venv" >&2
if [ ! -x .venv/bin/python ]; then
  "${PYTHON:-python3}" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -r bench/requirements.txt
for peer in jax torch; do
  if ! .venv/bin/python -m pip install -q --disable-pip-version-check -r "bench/requirements-$peer.txt"; then
    echo "!! bench/requirements-$peer.txt could not be installed: the run goes on, the table shows $peer missing" >&2
  fi
done

cp="bench/target/classes:$(cat bench/target/classpath.txt)"
rm -rf "$out"
echo "== data, initial weights and the library's loss trajectories" >&2
"${java[@]}" -cp "$cp" backprop.bench.SideBySide prepare "$out" 2> >(quiet)
# jmh.ignoreLock: on a shared machine another JMH run holding /tmp/jmh.lock must not stop this one
echo "== the machine's limits on one thread and on two: tanh, exp and FMA throughput (JMH backprop.bench.MachineLimits, short runs)" >&2
for threads in 1 2; do
  file=limits.json; [ "$threads" = 1 ] || file=limits-$threads.json
  "${java[@]}" -Djmh.ignoreLock=true -cp "$cp" org.openjdk.jmh.Main MachineLimits -t "$threads" -wi 2 -w 1 -i 3 -r 1 -f 1 \
    -rf json -rff "$out/$file" 2> >(quiet) | grep -E '^(Benchmark|MachineLimits)'
done
.venv/bin/python bench/python/side_by_side.py check "$out"
echo "== timing, grid point by grid point: library (default, 1 and 2 threads), Smile, numpy, scikit-learn, JAX, PyTorch" >&2
.venv/bin/python bench/python/side_by_side.py time "$out" "${java[@]}" -cp "$cp" backprop.bench.SideBySide
echo "== cross-check independent of other load: every peer on one thread, in CPU time" >&2
.venv/bin/python bench/python/side_by_side.py cpu "$out" "${java[@]}" -cp "$cp" backprop.bench.SideBySide
echo "(tables also in $out/table.md and $out/cpu-table.md, all figures in $out/results.csv)" >&2
