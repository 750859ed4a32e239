#!/usr/bin/env bash
# JMH benchmarks of the library on demand (never run by ./mvnw verify). Arguments go to JMH, e.g.
#   bench/jmh.sh EpochBenchmark -p n=10000 -p hidden=16      bench/jmh.sh MoonsBenchmark      bench/jmh.sh -h
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./mvnw -B -q -pl bench -am package -DskipTests
exec "${JAVA:-java}" --add-modules jdk.incubator.vector -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.openjdk.jmh.Main "$@"
