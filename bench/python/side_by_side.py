"""Python half of bench/run.sh.

    python side_by_side.py check DIR            equivalence: numpy from scratch vs the library's trajectory
    python side_by_side.py time DIR JAVA...     times every peer grid point by grid point, prints the table
    python side_by_side.py cpu DIR JAVA...      one thread each, CPU time: the load-independent cross-check

DIR holds what `SideBySide prepare DIR` (the Java half) wrote: config.txt, the data sets
moons-N.f64 (N rows of x1, x2, label), the initial weights weights-H.f64 (W1 2xH row-major, b1,
W2 Hx2 row-major, b2) and the library's loss trajectories and final weights; all .f64 files are raw
little-endian doubles. JAVA... is the command that runs backprop.bench.SideBySide: for each grid point
`JAVA... time N H` times the Java peers (CSV lines on its standard output), then numpy and
scikit-learn are timed, so that the load of the machine is as alike as possible for all peers of a point.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import sklearn
from sklearn.datasets import make_moons
from threadpoolctl import threadpool_info, threadpool_limits

from numpy_mlp import NumpyMLP
from sklearn_peer import SklearnPeer
from timing import epochs_per_second

TOLERANCE = 1e-9


def read_config(folder):
    config = {}
    for line in (folder / "config.txt").read_text().splitlines():
        key, value = line.split("=", 1)
        config[key] = value
    return config


def ints(config, key):
    return [int(v) for v in config[key].split(",")]


def f64(path):
    return np.fromfile(path, dtype="<f8")


def load_data(folder, n):
    rows = f64(folder / f"moons-{n}.f64").reshape(n, 3)
    return np.ascontiguousarray(rows[:, :2]), rows[:, 2].astype(np.int64)


def load_weights(folder, h, d=2, c=2):
    flat = f64(folder / f"weights-{h}.f64")
    sizes = [d * h, h, h * c, c]
    parts = np.split(flat, np.cumsum(sizes)[:-1])
    return parts[0].reshape(d, h), parts[1], parts[2].reshape(h, c), parts[3]


def check(folder):
    config = read_config(folder)
    lr, l2, epochs = float(config["learning_rate"]), float(config["check_l2"]), int(config["check_epochs"])
    print(f"Equivalence: library vs numpy from scratch, same data and initial weights, {epochs} full-batch "
          f"epochs, learning rate {lr}, L2 {l2}; tolerance {TOLERANCE:g}")
    print("max|dL|: cross-entropy after every epoch 0..E (the library's History.trainLoss, one fit of E epochs);"
          " |dw|: final weights; |dL_E|: final loss with the L2 term; each for 1 and 2 threads;"
          " last column: scikit-learn's first loss minus ours at L2 = 0 (it starts from the same function)")
    print(f"{'N':>7} {'H':>3} {'L_0':>12} {'L_' + str(epochs):>12} {'max|dL| 1t':>10} {'2t':>9}"
          f" {'|dw| 1t':>9} {'2t':>9} {'|dL_E| 1t':>9} {'2t':>9} {'sklearn':>9}")
    worst = 0.0
    for n in ints(config, "sizes"):
        x, labels = load_data(folder, n)
        for h in ints(config, "hidden"):
            weights = load_weights(folder, h)
            ours = NumpyMLP(x, labels, weights, lr, l2)
            losses = ours.trajectory(epochs)
            final = np.concatenate([w.ravel() for w in ours.weights()])
            final_loss = ours.loss()
            diffs = []
            for threads in (1, 2):
                library = f64(folder / f"library-trajectory-{threads}-{n}-{h}.f64")
                if library.shape != losses.shape:
                    raise SystemExit(f"library trajectory has {library.size} losses, expected {losses.size}")
                end = f64(folder / f"library-final-{threads}-{n}-{h}.f64")
                diffs.append((float(np.max(np.abs(library - losses))), float(np.max(np.abs(end[:-1] - final))),
                              abs(float(end[-1]) - final_loss)))
            unregularised = NumpyMLP(x, labels, weights, lr, 0.0).loss()
            sk = SklearnPeer(x, labels, weights, lr).first_loss() - unregularised
            worst = max([worst] + [d for triple in diffs for d in triple])
            (dl1, dw1, de1), (dl2, dw2, de2) = diffs
            print(f"{n:>7} {h:>3} {losses[0]:>12.9f} {losses[-1]:>12.9f} {dl1:>10.1e} {dl2:>9.1e}"
                  f" {dw1:>9.1e} {dw2:>9.1e} {de1:>9.1e} {de2:>9.1e} {sk:>9.1e}", flush=True)
    if not worst <= TOLERANCE:
        print(f"FAILED: the library and numpy differ by {worst:.3e} > {TOLERANCE:g}")
        sys.exit(1)
    print(f"OK: the same loss trajectory, final weights and final loss to {worst:.1e} (tolerance {TOLERANCE:g})\n")


def run_java(java, *args):
    """Runs the Java half and returns its CSV lines as {(peer, n, h): rate}."""
    out = subprocess.run([*java, *args], check=True, stdout=subprocess.PIPE, text=True).stdout
    results = {}
    for line in out.splitlines():
        peer, n, h, value = line.split(",")
        results[(peer, int(n), int(h))] = float(value)
    return results


def fmt(rate):
    if rate >= 1000:
        return f"{rate:,.0f}"
    if rate >= 10:
        return f"{rate:.1f}"
    return f"{rate:.2f}"


def time_peers(folder, java_cmd):
    config = read_config(folder)
    lr, l2 = float(config["learning_rate"]), float(config["time_l2"])
    seconds, warmup, repeats = float(config["seconds"]), float(config["warmup_seconds"]), int(config["repeats"])
    rows = []
    lines = ["peer,n,h,per_second"]
    for n in ints(config, "sizes"):
        x, labels = load_data(folder, n)
        for h in ints(config, "hidden"):
            weights = load_weights(folder, h)
            java = run_java(java_cmd, "time", str(n), str(h))
            mlp = NumpyMLP(x, labels, weights, lr, l2)
            peer = SklearnPeer(x, labels, weights, lr)
            # each with OpenBLAS on both cores (the default) and on one: the faster counts (on a busy machine
            # OpenBLAS's second thread can cost far more than it gives)
            numpy_rates, sklearn_rates = [], []
            for blas in (None, 1):
                with threadpool_limits(blas):
                    numpy_rates.append(epochs_per_second(mlp.train, seconds, warmup, repeats))
                    sklearn_rates.append(epochs_per_second(peer.train, seconds, warmup, repeats))
            numpy_rate, sklearn_rate = max(numpy_rates), max(sklearn_rates)
            rows.append((n, h, java[("library-0", n, h)], java[("library-1", n, h)], java[("library-2", n, h)],
                         numpy_rate, sklearn_rate, java[("smile", n, h)]))
            lines += [f"{peer},{n},{h},{rate:.6g}" for (peer, _, _), rate in java.items()]
            lines += [f"numpy-blas{t},{n},{h},{r:.6g}" for t, r in zip(("default", "1"), numpy_rates)]
            lines += [f"scikit-learn-blas{t},{n},{h},{r:.6g}" for t, r in zip(("default", "1"), sklearn_rates)]
            print(f"  timed N={n} H={h}: " + ", ".join(f"{peer} {fmt(rate)}" for (peer, _, _), rate in java.items())
                  + f", numpy {fmt(numpy_rate)}, scikit-learn {fmt(sklearn_rate)} epochs/s", file=sys.stderr, flush=True)
    noise = float(config["moons_noise"])
    moons = []
    java = run_java(java_cmd, "moons")
    for n in ints(config, "moons_sizes"):
        calls = epochs_per_second(lambda k: [make_moons(n, noise=noise, random_state=1) for _ in range(k)],
                                  seconds, warmup / 4, repeats)
        moons.append((n, 1000.0 / java[("moons", n, 0)], 1000.0 / calls))
        lines += [f"moons,{n},0,{java[('moons', n, 0)]:.6g}", f"make_moons,{n},0,{calls:.6g}"]
    (folder / "results.csv").write_text("\n".join(lines) + "\n")
    table = render(rows, moons, config)
    print(table)
    (folder / "table.md").write_text(table + "\n")


def blas_threads():
    return ", ".join(sorted({str(i["num_threads"]) for i in threadpool_info() if i["user_api"] == "blas"}))


def render(rows, moons, config):
    out = [f"Full-batch training epochs per second (median of {config['repeats']} timed batches of "
           f"~{config['seconds']} s after warm-up), 2-H-2 tanh/softmax, moons noise {config['moons_noise']}; "
           f"numpy {np.__version__}, scikit-learn {sklearn.__version__}, Smile {config['smile_version']}, "
           f"Java {config['java_version']}; numpy and scikit-learn: the faster of OpenBLAS on {blas_threads()} threads "
           f"(default) and on 1; "
           f"load average at the end {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs.",
           "lib = the library as a notebook calls it (default threads: one for small batches, both cores for "
           "large ones); faster Py = the faster of numpy and scikit-learn; (≠) = computes a different gradient "
           "(same work per epoch).", "",
           "| N | H | lib | lib 1 thread | lib 2 threads | numpy | scikit-learn (≠) | Smile (≠) "
           "| lib/numpy | lib/sklearn | lib/Smile | lib/faster Py | target |",
           "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---|"]
    for n, h, lib, one, two, numpy_rate, sklearn_rate, smile in rows:
        faster = max(numpy_rate, sklearn_rate)
        target = 3.0 if n >= 10_000 else 1.5
        verdict = f"≥{target:g}× {'met' if lib / faster >= target else 'MISSED'}"
        out.append(f"| {n:,} | {h} | {fmt(lib)} | {fmt(one)} | {fmt(two)} | {fmt(numpy_rate)} | {fmt(sklearn_rate)} "
                   f"| {fmt(smile)} | {lib / numpy_rate:.2f}× | {lib / sklearn_rate:.2f}× | {lib / smile:.2f}× "
                   f"| **{lib / faster:.2f}×** | {verdict} |")
    out += ["", "Moons generation, milliseconds per call (median):", "",
            "| points | library Moons.make | sklearn make_moons | sklearn/library | target |",
            "|---:|---:|---:|---:|:---|"]
    for n, lib_ms, sk_ms in moons:
        verdict = ("faster " + ("met" if lib_ms < sk_ms else "MISSED")) if n >= 1_000_000 else ""
        out.append(f"| {n:,} | {lib_ms:.3f} | {sk_ms:.3f} | {sk_ms / lib_ms:.2f}× | {verdict} |")
    return "\n".join(out)


def cpu_check(folder, java_cmd):
    """Library, numpy and scikit-learn on one thread each, timed in CPU time (waiting for a core not counted)."""
    config = read_config(folder)
    lr, l2 = float(config["learning_rate"]), float(config["time_l2"])
    seconds, warmup, repeats = float(config["seconds"]), float(config["warmup_seconds"]), int(config["repeats"])
    library = run_java(java_cmd, "cpu")
    out = [f"One thread each, epochs per CPU-second (median of {repeats}; library: thread CPU time with threads(1); "
           "numpy and scikit-learn: process CPU time with OpenBLAS limited to 1 thread). Insensitive to other load.",
           "", "| N | H | library | numpy | scikit-learn (≠) | library/faster Py |", "|---:|---:|---:|---:|---:|---:|"]
    with threadpool_limits(1):
        for n in ints(config, "sizes"):
            x, labels = load_data(folder, n)
            for h in ints(config, "hidden"):
                weights = load_weights(folder, h)
                rates = [epochs_per_second(peer.train, seconds, warmup, repeats, clock=time.process_time)
                         for peer in (NumpyMLP(x, labels, weights, lr, l2), SklearnPeer(x, labels, weights, lr))]
                lib = library[("library-cpu", n, h)]
                out.append(f"| {n:,} | {h} | {fmt(lib)} | {fmt(rates[0])} | {fmt(rates[1])} | {lib / max(rates):.2f}× |")
    table = "\n".join(out)
    print(table)
    (folder / "cpu-table.md").write_text(table + "\n")


if __name__ == "__main__":
    if not ((len(sys.argv) == 3 and sys.argv[1] == "check") or (len(sys.argv) > 3 and sys.argv[1] in ("time", "cpu"))):
        raise SystemExit("usage: side_by_side.py check DIR | time DIR JAVA-COMMAND... | cpu DIR JAVA-COMMAND...")
    start = time.perf_counter()
    if sys.argv[1] == "check":
        check(Path(sys.argv[2]))
    elif sys.argv[1] == "time":
        time_peers(Path(sys.argv[2]), sys.argv[3:])
    else:
        cpu_check(Path(sys.argv[2]), sys.argv[3:])
    print(f"({sys.argv[1]} took {time.perf_counter() - start:.0f} s)", file=sys.stderr)
