"""How close the library gets to the machine: the least time one core needs for an epoch of the 2-d-H-C network,
from the operations the epoch must do and the rates `backprop.bench.MachineLimits` (JMH) measured on this machine.

Per epoch, N samples, d = 2 inputs, H hidden units, C = 2 classes:

    transcendentals   N H tanh (hidden layer) + N C exp (softmax)
    multiply-adds     N (d H + H C)    forward:  z1 = W1^T x + b1,  z2 = W2^T a1 + b2
                    + N (H C + d H)    gradient sums  sum_n a1 delta2  and  sum_n x delta1
                    + N H C            back-propagated error  sum_k delta2_k w_{j->k}
                    = N (2 d H + 3 H C)

    t_transcendental = N H / r_tanh + N C / r_exp        t_fma = N (2 d H + 3 H C) / r_fma

The tighter limit is the larger of the two times: at most 1 / max(...) epochs per second. With the rates of one
thread it is the limit of one core; with the rates MachineLimits measured on two threads at once, the limit of
the whole machine. It is measured rather than taken as twice one core's: on the project machine two independent
single-threaded training processes got between 1.55 and 2.0 times one alone, as the host gave the second virtual
core. (Loads, stores, the bias sums and the element-wise products are not counted, so the limit is a bound the
library cannot reach, not a target it could meet exactly.)
"""

import json
from dataclasses import dataclass


@dataclass
class Rates:
    tanh: float      # values per second, one core
    exp: float
    fma: float       # fused multiply-adds per second, one core
    mul_add: float   # separate multiply and add, as Java code without Math.fma gets them


def read_rates(path):
    """Reads the JMH JSON result of MachineLimits."""
    scores = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"]["score"] for r in json.loads(path.read_text())}
    return Rates(scores["tanh"], scores["exp"], scores["fma"], scores["mulAdd"])


def epoch_limit(rates, n, hidden, d=2, classes=2):
    """(epochs per second one core can do at most, the name of the binding limit)."""
    t_trans = n * hidden / rates.tanh + n * classes / rates.exp
    t_fma = n * (2 * d * hidden + 3 * hidden * classes) / rates.fma
    return (1.0 / t_trans, "tanh/exp") if t_trans >= t_fma else (1.0 / t_fma, "FMA")
