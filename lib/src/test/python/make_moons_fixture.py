"""Writes the scikit-learn reference points that MoonsTest compares against.

Run from the repository root with pinned versions:

    python3 -m venv /tmp/moons-venv
    /tmp/moons-venv/bin/pip install numpy==2.1.3 scikit-learn==1.5.2
    /tmp/moons-venv/bin/python lib/src/test/python/make_moons_fixture.py

Every value is written with repr(), the shortest decimal that parses back to the
same double, so Java's Double.parseDouble recovers numpy's bits exactly.

Two flag columns record, for each point, whether numpy's cos(t) and sin(t) (the
C library's, glibc here) are the correctly rounded doubles, judged against a
60-digit decimal Taylor series. glibc is off by one in the last bit on roughly one
value in a thousand; Java rounds correctly, so exactly there the coordinate built
from that cos (x1) or sin (x2) may differ in its last bits.
"""
import pathlib
from decimal import Decimal, getcontext

import numpy
import sklearn
from sklearn.datasets import make_moons

COUNTS = [1, 2, 3, 7, 10, 11, 100, 1001]
OUT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "moons" / "make_moons_noise0_noshuffle.csv"
getcontext().prec = 60


def taylor(t, first_term, first_power):
    """sum over m of (-1)^m t^(2m+first_power) / (2m+first_power)! in 60-digit decimals."""
    x = Decimal(t)
    term, total, n = first_term(x), Decimal(0), first_power
    while abs(term) > Decimal(10) ** -58:
        total += term
        term = -term * x * x / ((n + 1) * (n + 2))
        n += 2
    return total


def correctly_rounded(value, t, exact):
    """True when the double `value` is the double nearest to the exact function value at t."""
    return float(value) == float(exact(t))  # float(Decimal) rounds correctly


def exact_cos(t):
    return taylor(t, lambda x: Decimal(1), 0)


def exact_sin(t):
    return taylor(t, lambda x: x, 1)


def main():
    lines = [
        f"# sklearn.datasets.make_moons(n_samples=n, noise=0.0, shuffle=False); "
        f"numpy {numpy.__version__}, scikit-learn {sklearn.__version__}; "
        "cos_cr/sin_cr: numpy's cos/sin of that point's angle is correctly rounded",
        "n,index,x1,x2,label,cos_cr,sin_cr",
    ]
    flagged = 0
    for n in COUNTS:
        x, y = make_moons(n_samples=n, noise=0.0, shuffle=False)
        n_out = n // 2
        angles = numpy.append(numpy.linspace(0, numpy.pi, n_out), numpy.linspace(0, numpy.pi, n - n_out))
        for i in range(n):
            t = float(angles[i])
            cos_cr = correctly_rounded(numpy.cos(angles[i]), t, exact_cos)
            sin_cr = correctly_rounded(numpy.sin(angles[i]), t, exact_sin)
            flagged += not (cos_cr and sin_cr)
            lines.append(f"{n},{i},{float(x[i, 0])!r},{float(x[i, 1])!r},{int(y[i])},{int(cos_cr)},{int(sin_cr)}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n")
    print(f"wrote {len(lines) - 2} points to {OUT}; points with a not correctly rounded cos or sin: {flagged}")


if __name__ == "__main__":
    main()
