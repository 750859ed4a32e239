"""Python half of bench/run.sh.

    python side_by_side.py check DIR            equivalence: numpy, JAX and PyTorch vs the library's trajectory
    python side_by_side.py time DIR JAVA...     times every peer grid point by grid point, prints the table
    python side_by_side.py cpu DIR JAVA...      one thread each, CPU time: the load-independent cross-check

DIR holds what `SideBySide prepare DIR` (the Java half) wrote: config.txt, the data sets
moons-N.f64 (N rows of x1, x2, label), the initial weights weights-H.f64 (W1 2xH row-major, b1,
W2 Hx2 row-major, b2) and the library's loss trajectories and final weights; all .f64 files are raw
little-endian doubles. JAVA... is the command that runs backprop.bench.SideBySide: for each grid point
`JAVA... time N H` times the Java peers (CSV lines on its standard output), then numpy, scikit-learn, JAX
and PyTorch are timed, so that the load of the machine is as alike as possible for all peers of a point.
A peer that cannot be imported here, or that fails the equivalence check, is left out of the timing and shown
missing with its reason (peers.txt, written by `check`); limits.json (JMH, backprop.bench.MachineLimits) gives the
machine's limits per core (limits.py).
"""

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import sklearn
from sklearn.datasets import make_moons
from threadpoolctl import threadpool_info, threadpool_limits

import jax_peer
import limits
import torch_peer
from numpy_mlp import NumpyMLP
from peers import PEERS
from sklearn_peer import SklearnPeer
from timing import epochs_per_second

INCUBATOR_NOTICE = "WARNING: Using incubator modules: jdk.incubator.vector"
TOLERANCE = 1e-9


def torch_threads_one():
    """PyTorch on one thread for the whole process (intra-op and inter-op pools)."""
    torch, _ = torch_peer.load()
    if torch is not None:
        torch.set_num_threads(1)
        torch.set_num_interop_threads(1)


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
    status = [f"numpy=ok {worst:.1e}"]
    for peer in PEERS[1:]:
        status.append(f"{peer.key}={check_peer(folder, config, peer)}")
    (folder / "peers.txt").write_text("\n".join(status) + "\n")


def check_peer(folder, config, peer):
    """The same check for JAX or PyTorch against the library's one-thread trajectory; returns 'ok WORST' or why
    the peer is left out ('missing: ...', 'FAILED: ...')."""
    reason = peer.reason()
    if reason is not None:
        print(f"{peer.label}: MISSING, cannot be imported here, left out of the timing ({reason})\n")
        return "missing: " + reason.splitlines()[0][:200]
    lr, l2, epochs = float(config["learning_rate"]), float(config["check_l2"]), int(config["check_epochs"])
    print(f"Equivalence: library (1 thread) vs {peer.label} {peer.version()}, the same {epochs} epochs; "
          f"tolerance {TOLERANCE:g}")
    print(f"{'N':>7} {'H':>3} {'max|dL|':>9} {'|dw|':>9} {'|dL_E|':>9} {'seconds':>8}")
    worst = 0.0
    for n in ints(config, "sizes"):
        x, labels = load_data(folder, n)
        for h in ints(config, "hidden"):
            start = time.perf_counter()
            try:
                model = peer.make(x, labels, load_weights(folder, h), lr, l2)
                losses = model.trajectory(epochs)
                final = np.concatenate([w.ravel() for w in model.weights()])
                final_loss = model.loss()
            except Exception as e:  # e.g. torch.compile without a working C++ compiler
                print(f"{peer.label}: FAILED to run ({type(e).__name__}: {e}), left out of the timing\n")
                return f"FAILED: {type(e).__name__}: {str(e).splitlines()[0][:200] if str(e) else ''}"
            library = f64(folder / f"library-trajectory-1-{n}-{h}.f64")
            end = f64(folder / f"library-final-1-{n}-{h}.f64")
            diffs = (float(np.max(np.abs(library - losses))), float(np.max(np.abs(end[:-1] - final))),
                     abs(float(end[-1]) - final_loss))
            worst = max(worst, *diffs)
            print(f"{n:>7} {h:>3} {diffs[0]:>9.1e} {diffs[1]:>9.1e} {diffs[2]:>9.1e}"
                  f" {time.perf_counter() - start:>8.1f}", flush=True)
    if not worst <= TOLERANCE:
        print(f"{peer.label} FAILED: differs from the library by {worst:.3e} > {TOLERANCE:g}, left out of the timing\n")
        return f"FAILED: differs by {worst:.1e}"
    print(f"OK: {peer.label} follows the library to {worst:.1e}\n")
    return f"ok {worst:.1e}"


def peer_status(folder):
    """{key: 'ok ...' | 'missing: ...' | 'FAILED: ...'} as written by check."""
    status = {}
    for line in (folder / "peers.txt").read_text().splitlines():
        key, value = line.split("=", 1)
        status[key] = value
    return status


def run_java(java, *args):
    """Runs the Java half and returns its CSV lines as {(peer, n, h): rate}."""
    run = subprocess.run([*java, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # every JVM started with --add-modules jdk.incubator.vector says so on stderr: that line once per run is noise
    sys.stderr.write("".join(line for line in run.stderr.splitlines(True) if line.strip() != INCUBATOR_NOTICE))
    run.check_returncode()
    out = run.stdout
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


def fastest_of(timings, threads=(None, 1)):
    """Times `train` with the peer's own thread pool at each limit (None = its default) and keeps the faster:
    on a busy machine a pool's second thread can cost far more than it gives. Returns (rate, that limit)."""
    return max(((timings(t), t) for t in threads), key=lambda rate_limit: rate_limit[0])


def more_rounds(rates, again, rounds, java_cmd, n, h, lines):
    """Rounds 2.. of a grid point: the library (default threads, a fresh JVM) and the two fastest peers of round 1
    (Smile aside, which is timed in the Java half), back to back. This machine's speed drifts by about ±25 % from
    one minute to the next, so one timing per peer can catch the library and a peer in different phases; the
    table reports, for these three, the median over the rounds. Updates `rates` in place; returns the ratio
    library ÷ fastest of these peers, one per round."""
    leaders = sorted(again, key=rates.get, reverse=True)[:2]
    series = {key: [rates[key]] for key in ["library", *leaders]}
    for r in range(2, rounds + 1):
        rate = run_java(java_cmd, "time-default", str(n), str(h))[("library-0", n, h)]
        lines.append(f"library-0-round{r},{n},{h},{rate:.6g}")
        series["library"].append(rate)
        for key in leaders:
            series[key].append(again[key](f"-round{r}"))
    for key, values in series.items():
        rates[key] = statistics.median(values)
    return [series["library"][r] / max(series[key][r] for key in leaders) for r in range(rounds)]


def time_peers(folder, java_cmd):
    config = read_config(folder)
    lr, l2 = float(config["learning_rate"]), float(config["time_l2"])
    seconds, warmup, repeats = float(config["seconds"]), float(config["warmup_seconds"]), int(config["repeats"])
    status = peer_status(folder)
    checked = [p for p in PEERS if status[p.key].startswith("ok")]
    rows = []
    lines = ["peer,n,h,per_second"]
    for n in ints(config, "sizes"):
        x, labels = load_data(folder, n)
        for h in ints(config, "hidden"):
            weights = load_weights(folder, h)
            java = run_java(java_cmd, "time", str(n), str(h))
            rates = {"library": java[("library-0", n, h)], "library-1": java[("library-1", n, h)],
                     "library-2": java[("library-2", n, h)], "smile": java[("smile", n, h)]}
            lines += [f"{peer},{n},{h},{rate:.6g}" for (peer, _, _), rate in java.items()]
            sk = SklearnPeer(x, labels, weights, lr)
            again = {}   # peer -> a function timing it once more, at the thread limit that won

            def time_sklearn(blas, suffix=""):
                with threadpool_limits(blas):
                    rate = epochs_per_second(sk.train, seconds, warmup, repeats)
                lines.append(f"scikit-learn-threads{blas or 'default'}{suffix},{n},{h},{rate:.6g}")
                return rate
            rates["scikit-learn"], blas = fastest_of(time_sklearn)
            again["scikit-learn"] = lambda suffix, blas=blas: time_sklearn(blas, suffix)
            for peer in checked:
                model = peer.make(x, labels, weights, lr, l2)

                def time_peer(threads, suffix="", peer=peer, model=model):
                    with peer.limit_threads(threads):
                        rate = epochs_per_second(model.train, seconds, warmup, repeats)
                    lines.append(f"{peer.key}-threads{threads or 'default'}{suffix},{n},{h},{rate:.6g}")
                    return rate
                rates[peer.key], limit = fastest_of(time_peer, (None,) if peer.key.startswith("jax") else (None, 1))
                again[peer.key] = lambda suffix, time_peer=time_peer, limit=limit: time_peer(limit, suffix)
            per_round = more_rounds(rates, again, int(config["rounds"]), java_cmd, n, h, lines)
            rows.append((n, h, rates, per_round))
            print(f"  timed N={n} H={h}: " + ", ".join(f"{k} {fmt(r)}" for k, r in rates.items())
                  + " epochs/s; library ÷ fastest per round " + ", ".join(f"{q:.2f}" for q in per_round),
                  file=sys.stderr, flush=True)
    noise = float(config["moons_noise"])
    moons = []
    java = run_java(java_cmd, "moons")
    for n in ints(config, "moons_sizes"):
        calls = epochs_per_second(lambda k: [make_moons(n, noise=noise, random_state=1) for _ in range(k)],
                                  seconds, warmup / 4, repeats)
        moons.append((n, 1000.0 / java[("moons", n, 0)], 1000.0 / calls))
        lines += [f"moons,{n},0,{java[('moons', n, 0)]:.6g}", f"make_moons,{n},0,{calls:.6g}"]
    evaluation = run_java(java_cmd, "evaluation")
    lines += [f"{peer},{n},{h},{rate:.6g}" for (peer, n, h), rate in evaluation.items()]
    (folder / "results.csv").write_text("\n".join(lines) + "\n")
    table = render(rows, moons, config, status, limits.read_rates(folder / "limits.json"),
                   limits.read_rates(folder / "limits-2.json"))
    table += "\n\n" + render_evaluation(evaluation)
    print(table)
    (folder / "table.md").write_text(table + "\n")


def blas_threads():
    return ", ".join(sorted({str(i["num_threads"]) for i in threadpool_info() if i["user_api"] == "blas"}))


# the peers of the table, in column order: (key, heading)
COLUMNS = [("numpy", "numpy"), ("scikit-learn", "scikit-learn (≠)"), ("jax", "JAX jit"), ("jax-by-hand", "JAX by hand"),
           ("torch", "PyTorch eager"), ("torch-compile", "PyTorch compile"), ("smile", "Smile (≠)")]
TARGET = 1.5


def cell(rates, key):
    return fmt(rates[key]) if key in rates else "—"


def missing_note(status):
    """One line per peer left out, with its reason."""
    return [f"- {p.label}: not timed, {status[p.key]}" for p in PEERS if not status[p.key].startswith("ok")]


def versions(status):
    return ", ".join(f"{p.label.split()[0] if p.key != 'numpy' else 'numpy'} {p.version()}" for p in PEERS
                     if status[p.key].startswith("ok") and p.key not in ("torch-compile", "jax-by-hand"))


def render(rows, moons, config, status, rates, rates2):
    out = [f"Full-batch training epochs per second (median of {config['repeats']} timed batches of "
           f"~{config['seconds']} s after warm-up), 2-H-2 tanh/softmax, moons noise {config['moons_noise']}; "
           f"{versions(status)}, scikit-learn {sklearn.__version__}, Smile {config['smile_version']}, "
           f"Java {config['java_version']}; numpy, scikit-learn and PyTorch: the faster of their default threads "
           f"(OpenBLAS {blas_threads()}) and of 1; JAX: XLA's default threads; "
           f"load average at the end {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs.",
           "lib = the library as a notebook calls it (default threads: one for small batches, both cores for "
           "large ones); (≠) = computes a different gradient (same work per epoch); fastest = the fastest peer; "
           f"lib and the two fastest peers of each point were timed in {config['rounds']} rounds, back to back: "
           "their columns show the median rate, per round = lib ÷ the faster of those two in that round, and "
           "lib/fastest = the median of these paired ratios (a round's timings are seconds apart, so the ratio "
           "within a round is the one the machine's drift disturbs least); "
           "limit = the epochs per second the machine allows at most (tanh/exp or FMA throughput, whichever binds: "
           f"MachineLimits on one core: tanh {rates.tanh / 1e6:,.0f} M/s, exp {rates.exp / 1e6:,.0f} M/s, "
           f"FMA {rates.fma / 1e9:.2f} G/s; on two threads: tanh {rates2.tanh / 1e6:,.0f} M/s, "
           f"exp {rates2.exp / 1e6:,.0f} M/s, FMA {rates2.fma / 1e9:.2f} G/s); lib 1t and lib 2t ÷ limit: the "
           "fraction of it reached.",
           *missing_note(status), "",
           "| N | H | lib | lib 1 thread | lib 2 threads | " + " | ".join(h for _, h in COLUMNS)
           + " | fastest | lib/fastest | per round | target | limit (1 thread) | bound | lib 1t ÷ limit "
           "| lib 2t ÷ limit (2 threads) |",
           "|---:|---:|---:|---:|---:|" + "---:|" * len(COLUMNS) + ":---|---:|:---|:---|---:|:---|---:|---:|"]
    for n, h, r, per_round in rows:
        peers = {k: r[k] for k, _ in COLUMNS if k in r}
        best = max(peers, key=peers.get)
        ratio = statistics.median(per_round)
        limit, bound = limits.epoch_limit(rates, n, h)
        limit2, _ = limits.epoch_limit(rates2, n, h)
        out.append(f"| {n:,} | {h} | {fmt(r['library'])} | {fmt(r['library-1'])} | {fmt(r['library-2'])} | "
                   + " | ".join(cell(r, k) for k, _ in COLUMNS)
                   + f" | {dict(COLUMNS)[best]} | **{ratio:.2f}×** | {', '.join(f'{q:.2f}' for q in per_round)} "
                   f"| ≥{TARGET:g}× {'met' if ratio >= TARGET else 'MISSED'} "
                   f"| {fmt(limit)} | {bound} | {r['library-1'] / limit:.0%} | {r['library-2'] / limit2:.0%} |")
    out += ["", "Moons generation, milliseconds per call (median):", "",
            "| points | library Moons.make | sklearn make_moons | sklearn/library | target |",
            "|---:|---:|---:|---:|:---|"]
    for n, lib_ms, sk_ms in moons:
        verdict = ("faster " + ("met" if lib_ms < sk_ms else "MISSED")) if n >= 1_000_000 else ""
        out.append(f"| {n:,} | {lib_ms:.3f} | {sk_ms:.3f} | {sk_ms / lib_ms:.2f}× | {verdict} |")
    return "\n".join(out)


def render_evaluation(evaluation):
    """Milliseconds per call of accuracy, loss and predict on 10^6 moons, next to one training epoch."""
    out = ["Evaluation on moons(10⁶) next to training, milliseconds per call (median; 2-H-2 network, the library's "
           "default threads; the evaluations stream the data through the kernel chunk by chunk):", "",
           "| N | H | accuracy | loss | predict | one training epoch | slowest evaluation ÷ epoch |",
           "|---:|---:|---:|---:|---:|---:|---:|"]
    for (peer, n, h), rate in evaluation.items():
        if peer != "eval-accuracy":
            continue
        ms = {k: 1000.0 / evaluation[(f"eval-{k}", n, h)] for k in ("accuracy", "loss", "predict", "epoch")}
        slowest = max(ms["accuracy"], ms["loss"], ms["predict"])
        out.append(f"| {n:,} | {h} | {ms['accuracy']:.1f} | {ms['loss']:.1f} | {ms['predict']:.1f} | {ms['epoch']:.1f} "
                   f"| {slowest / ms['epoch']:.2f} |")
    return "\n".join(out)


def cpu_check(folder, java_cmd):
    """Every peer that runs on one thread, timed in CPU time (waiting for a core not counted): the library
    (threads(1)), numpy and scikit-learn (OpenBLAS on 1 thread), JAX (XLA's single-threaded CPU runtime),
    PyTorch eager and compiled (torch.set_num_threads(1))."""
    config = read_config(folder)
    lr, l2 = float(config["learning_rate"]), float(config["time_l2"])
    seconds, warmup, repeats = float(config["seconds"]), float(config["warmup_seconds"]), int(config["repeats"])
    status = peer_status(folder)
    rates = limits.read_rates(folder / "limits.json")
    library = run_java(java_cmd, "cpu")
    checked = [p for p in PEERS if status[p.key].startswith("ok")]
    columns = [("numpy", "numpy"), ("scikit-learn", "scikit-learn (≠)")] + [(p.key, p.label) for p in checked[1:]]
    out = [f"One thread each, epochs per CPU-second (median of {repeats}; library: thread CPU time with threads(1); "
           "the others: process CPU time, OpenBLAS and PyTorch limited to 1 thread, JAX on XLA's single-threaded "
           "CPU runtime). Insensitive to other load (Smile is not in this table).",
           *missing_note(status), "",
           "| N | H | library | " + " | ".join(h for _, h in columns) + " | fastest | library/fastest "
           "| library ÷ limit |", "|---:|---:|---:|" + "---:|" * len(columns) + ":---|---:|---:|"]
    with threadpool_limits(1):
        for n in ints(config, "sizes"):
            x, labels = load_data(folder, n)
            for h in ints(config, "hidden"):
                weights = load_weights(folder, h)
                r = {"scikit-learn": SklearnPeer(x, labels, weights, lr)}
                for peer in checked:
                    r[peer.key] = peer.make(x, labels, weights, lr, l2)
                r = {k: epochs_per_second(m.train, seconds, warmup, repeats, clock=time.process_time)
                     for k, m in r.items()}
                lib = library[("library-cpu", n, h)]
                best = max(r, key=r.get)
                limit, _ = limits.epoch_limit(rates, n, h)
                out.append(f"| {n:,} | {h} | {fmt(lib)} | " + " | ".join(fmt(r[k]) for k, _ in columns)
                           + f" | {dict(columns)[best]} | {lib / r[best]:.2f}× | {lib / limit:.0%} |")
                print(f"  cpu N={n} H={h}: library {fmt(lib)}, " + ", ".join(f"{k} {fmt(v)}" for k, v in r.items()),
                      file=sys.stderr, flush=True)
    table = "\n".join(out)
    print(table)
    (folder / "cpu-table.md").write_text(table + "\n")


if __name__ == "__main__":
    if not ((len(sys.argv) == 3 and sys.argv[1] == "check") or (len(sys.argv) > 3 and sys.argv[1] in ("time", "cpu"))):
        raise SystemExit("usage: side_by_side.py check DIR | time DIR JAVA-COMMAND... | cpu DIR JAVA-COMMAND...")
    start = time.perf_counter()
    if sys.argv[1] == "check":
        torch_threads_one()     # nothing is timed here: spare PyTorch's OpenMP threads a busy machine
        check(Path(sys.argv[2]))
    elif sys.argv[1] == "time":
        time_peers(Path(sys.argv[2]), sys.argv[3:])
    else:
        jax_peer.configure(one_thread=True)     # before anything imports JAX
        torch_threads_one()
        cpu_check(Path(sys.argv[2]), sys.argv[3:])
    print(f"({sys.argv[1]} took {time.perf_counter() - start:.0f} s)", file=sys.stderr)
