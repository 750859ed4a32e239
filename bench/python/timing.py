"""The timing rule of the side-by-side run, the same as bench/src/main/java/backprop/bench/Measure.java:
run one epoch untimed (a jit compiler compiles here), find a batch of e epochs that takes about `seconds`,
run batches for `warmup_seconds` unmeasured and size e again from the last of them (a first estimate made while
code was still being compiled is too small), then time `repeats` batches and report the median of e / t in
epochs per second."""

import time


def _time(train, epochs, clock):
    start = clock()
    train(epochs)
    return clock() - start


def epochs_per_second(train, seconds, warmup_seconds, repeats, clock=time.perf_counter):
    """train(e) runs e epochs; returns the median epochs per second over `repeats` timed batches.
    clock: wall time, or time.process_time for the load-independent one-thread check."""
    train(1)
    epochs = 1
    t = _time(train, epochs, clock)
    while t < seconds / 4 and epochs < (1 << 28):
        epochs *= 2
        t = _time(train, epochs, clock)
    epochs = max(1, round(epochs * seconds / t))
    warmup_end = time.perf_counter() + warmup_seconds
    while time.perf_counter() < warmup_end:
        t = _time(train, epochs, clock)
    epochs = max(1, round(epochs * seconds / t))
    rates = sorted(epochs / _time(train, epochs, clock) for _ in range(repeats))
    return rates[repeats // 2]
