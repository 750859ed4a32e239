"""Checks how repo2docker reads binder/, from the Dockerfile that `jupyter-repo2docker --no-build --debug .` printed.

Run with the Python of a virtual environment holding jupyter-repo2docker, from the repository root:
    python tests/binder/repo2docker_check.py DOCKERFILE_LOG
Passes when the Dockerfile builds a Python environment of the version in binder/runtime.txt, installs exactly the
packages of binder/apt.txt, pip-installs binder/requirements.txt into the notebook environment and runs
binder/postBuild as the notebook user; and when every pin of tests/binder/base-env.txt is the version that this
repo2docker's conda lock file puts into the base environment (so the check's stand-in environment does not drift).
Prints one line per finding; exits 1 if any is wrong.
"""
import re
import sys
from pathlib import Path

import repo2docker


def pins(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.partition("#")[0].strip()
        if line:
            name, _, version = line.partition("==")
            yield name, version


def main() -> int:
    dockerfile = Path(sys.argv[1]).read_text(encoding="utf-8")
    python = Path("binder/runtime.txt").read_text(encoding="utf-8").strip().removeprefix("python-")
    apt = sorted(pkg for line in Path("binder/apt.txt").read_text(encoding="utf-8").splitlines()
                 if (pkg := line.partition("#")[0].strip()))
    expected = {
        f"conda environment for Python {python}": f"Building conda environment for python={python}",
        f"apt packages {' '.join(apt)}": f"apt-get install --yes --no-install-recommends {' '.join(apt)} ",
        "pip install -r binder/requirements.txt into the notebook environment":
            '${KERNEL_PYTHON_PREFIX}/bin/pip install --no-cache-dir -r "binder/requirements.txt"',
        "binder/postBuild run as the notebook user": "USER ${NB_USER}\n\n# Make sure that postBuild scripts",
        "RUN ./binder/postBuild": "RUN ./binder/postBuild",
    }
    problems = 0
    for what, text in expected.items():
        found = text in dockerfile
        problems += not found
        print(f"    {'ok' if found else 'MISSING'}: {what}")
    for name in ("requirements.txt", "environment.yml", "apt.txt", "postBuild"):
        if f"src/{name} " in dockerfile or f"./{name}\n" in dockerfile:
            problems += 1
            print(f"    WRONG: a root-level {name} is used")

    lock = Path(repo2docker.__file__).parent / "buildpacks" / "conda" / f"environment.py-{python}-linux-64.lock"
    locked = lock.read_text(encoding="utf-8")
    for name, version in pins(Path("tests/binder/base-env.txt")):
        conda = name.replace("_", "[-_]")
        found = re.search(rf"/{conda}(-base)?-{re.escape(version)}-", locked) is not None
        problems += not found
        print(f"    {'ok' if found else 'DRIFT'}: base environment has {name} {version}"
              f"{'' if found else f' (not in {lock.name} of repo2docker {repo2docker.__version__})'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
