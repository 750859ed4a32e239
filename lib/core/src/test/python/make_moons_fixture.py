"""Writes the scikit-learn and numpy reference values that MoonsTest and NumpyRandomStateTest compare against.

Run from the repository root, in a throwaway venv with the pinned versions:

    python3 -m venv target/moons-fixture-venv
    target/moons-fixture-venv/bin/pip install -r lib/core/src/test/python/requirements.txt
    target/moons-fixture-venv/bin/python lib/core/src/test/python/make_moons_fixture.py

It writes two small files into lib/core/src/test/resources/moons/:

  make_moons.csv    points and labels of sklearn.datasets.make_moons for a set of cases (seeds 0 and 2**32 - 1
                    among others, with and without noise and shuffle, odd sizes, the (n_outer, n_inner) form, and
                    the classic `np.random.seed(0); make_moons(200, noise=0.20)`). A line
                    `case,NAME,FORM,N_OUTER,N_INNER,NOISE,SHUFFLE,SEED` starts a case; the lines after it are
                    `INDEX,X1,X2,LABEL`. FORM is `int` (make_moons(n_outer + n_inner, ...)), `tuple`
                    (make_moons((n_outer, n_inner), ...)) or `global` (random_state=None after np.random.seed(SEED)).
  random_state.csv  raw outputs of numpy.random.RandomState(seed): its state after seeding, the 32-bit words,
                    random_sample, standard_normal and shuffle. One line per draw: `KIND,SEED,VALUE,VALUE,...`.

Every double is written with repr(), the shortest decimal that parses back to the same double, so Java's
Double.parseDouble recovers numpy's bits exactly.
"""
import pathlib
import re

import numpy
import sklearn
from sklearn.datasets import make_moons

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parents[0] / "resources" / "moons"

# name, form, n_outer, n_inner, noise, shuffle, seed
CASES = [
    ("classic", "global", 100, 100, 0.2, True, 0),
    ("seed-max-odd", "int", 100, 101, 0.3, True, 2**32 - 1),
    ("seven", "int", 3, 4, 0.1, True, 1),
    ("one", "int", 0, 1, 0.2, True, 42),
    ("two-unshuffled", "int", 1, 1, 0.2, False, 42),
    ("large-seed", "int", 166, 167, 0.05, True, 123456789),
    ("noise-zero-shuffled", "int", 25, 25, 0.0, True, 2024),
    ("unshuffled-odd", "int", 15, 16, 0.25, False, 7),
    ("wide-noise", "int", 10, 10, 3.0, True, 2**31),
    ("tuple", "tuple", 5, 8, 0.1, True, 7),
    ("tuple-no-outer", "tuple", 0, 3, 0.2, True, 9),
    ("tuple-unshuffled", "tuple", 4, 1, 0.15, False, 2**31 - 1),
    ("geometry-odd", "int", 150, 151, 0.0, False, 0),
    ("geometry-even", "int", 150, 150, 0.0, False, 0),
]

RANDOM_STATE_SEEDS = [0, 1, 5489, 2**32 - 1]


def check_pinned_versions():
    """Refuses to write fixtures with other versions than requirements.txt pins."""
    pins = dict(re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)$", (HERE / "requirements.txt").read_text(), re.M))
    for name, version in (("numpy", numpy.__version__), ("scikit-learn", sklearn.__version__)):
        if pins[name] != version:
            raise SystemExit(f"{name} {version} is installed, requirements.txt pins {pins[name]}")


def moons(form, n_outer, n_inner, noise, shuffle, seed):
    if form == "global":
        numpy.random.seed(seed)
        return make_moons(n_outer + n_inner, shuffle=shuffle, noise=noise)
    n_samples = (n_outer, n_inner) if form == "tuple" else n_outer + n_inner
    return make_moons(n_samples, shuffle=shuffle, noise=noise, random_state=seed)


def moons_lines():
    lines = [f"# sklearn.datasets.make_moons; numpy {numpy.__version__}, scikit-learn {sklearn.__version__}; "
             "written by lib/core/src/test/python/make_moons_fixture.py"]
    for name, form, n_outer, n_inner, noise, shuffle, seed in CASES:
        x, y = moons(form, n_outer, n_inner, noise, shuffle, seed)
        if form == "global":
            # The global RandomState seeded with s is RandomState(s): the classic call equals random_state=s.
            same_x, same_y = moons("int", n_outer, n_inner, noise, shuffle, seed)
            assert numpy.array_equal(x, same_x) and numpy.array_equal(y, same_y), name
        lines.append(f"case,{name},{form},{n_outer},{n_inner},{noise!r},{int(shuffle)},{seed}")
        lines += [f"{i},{float(x[i, 0])!r},{float(x[i, 1])!r},{int(y[i])}" for i in range(len(y))]
    return lines


def random_state_lines():
    lines = [f"# numpy.random.RandomState(seed); numpy {numpy.__version__}; KIND,SEED,VALUES: "
             "key = state words 0, 1, 2, 623 after seeding; raw = 32-bit outputs 1-5 and 998-1000; "
             "double = random_sample(5); gauss = standard_normal(5); shuffle = shuffle(arange(20))"]
    for seed in RANDOM_STATE_SEEDS:
        key = numpy.random.RandomState(seed).get_state()[1]
        lines.append(",".join(["key", str(seed)] + [str(int(key[i])) for i in (0, 1, 2, 623)]))
        bits = numpy.random.MT19937()
        bits.state = numpy.random.RandomState(seed).get_state(legacy=False)
        raw = bits.random_raw(1000)
        lines.append(",".join(["raw", str(seed)] + [str(int(v)) for v in list(raw[:5]) + list(raw[-3:])]))
        doubles = numpy.random.RandomState(seed).random_sample(5)
        lines.append(",".join(["double", str(seed)] + [repr(float(v)) for v in doubles]))
        gauss = numpy.random.RandomState(seed).standard_normal(5)
        lines.append(",".join(["gauss", str(seed)] + [repr(float(v)) for v in gauss]))
        order = numpy.arange(20)
        numpy.random.RandomState(seed).shuffle(order)
        lines.append(",".join(["shuffle", str(seed)] + [str(int(v)) for v in order]))
    return lines


def main():
    check_pinned_versions()
    OUT.mkdir(parents=True, exist_ok=True)
    for name, lines in (("make_moons.csv", moons_lines()), ("random_state.csv", random_state_lines())):
        path = OUT / name
        path.write_text("\n".join(lines) + "\n")
        print(f"wrote {path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
