#!/usr/bin/env python3
"""Checks what the notebooks rely on, as it is now (no stamp is trusted); scripts/setup.sh repairs what it reports.

  library  LIB                   LIB/backprop-notebook.jar and every runtime jar named in LIB/runtime-jars.txt (written by
                                 setup.sh after each build) exist and open as zip files.
  packages REQUIREMENTS          run with the environment's Python: every pin of REQUIREMENTS is installed at its
                                 version, and every file that pip recorded for it (its RECORD) is still there
                                 (except plotly's JupyterLab extension, which scripts/serve_plotly.py removes).
                                 Prints the pins to install (missing or another version) as 'install NAME==VERSION'
                                 and the damaged ones as 'reinstall NAME==VERSION'.
  kernel   LIB                   run with the environment's Python: Jupyter (preferring the environment's paths, as
                                 ./lab.sh does) resolves kernel `java` to a kernelspec inside this environment whose
                                 launcher jars exist and whose classpath is LIB/backprop-notebook.jar:LIB/dependency/*.jar.

Prints one line per problem; exits 0 when there is none, 1 otherwise.
Usage: python scripts/verify_setup.py library|packages|kernel ARG
"""
import os
import re
import sys
import zipfile
from pathlib import Path


def pins(requirements: Path):
    for line in requirements.read_text(encoding="utf-8").splitlines():
        line = line.partition("#")[0].strip()
        if line:
            name, _, version = line.partition("==")
            yield name.strip(), version.strip()


# Installed on purpose and removed on purpose: scripts/serve_plotly.py deletes plotly's JupyterLab extension.
REMOVED_ON_PURPOSE = ("share/jupyter/labextensions/jupyterlab-plotly/",)


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def check_library(lib: Path) -> list:
    listing = lib / "runtime-jars.txt"
    if not listing.is_file():
        return [f"no {listing} (the list of runtime jars the last build copied)"]
    jars = [lib / "backprop-notebook.jar"] + [lib / "dependency" / n for n in listing.read_text(encoding="utf-8").split()]
    problems = []
    for jar in jars:
        if not jar.is_file():
            problems.append(f"missing jar {jar}")
            continue
        try:
            with zipfile.ZipFile(jar) as z:
                z.namelist()
        except (zipfile.BadZipFile, OSError) as e:
            problems.append(f"damaged jar {jar}: {e}")
    return problems


def check_packages(requirements: Path) -> list:
    from importlib import metadata
    installed = {canonical(d.metadata["Name"]): d for d in metadata.distributions() if d.metadata["Name"]}
    problems = []
    for name, version in pins(requirements):
        dist = installed.get(canonical(name))
        if dist is None or dist.version != version:
            problems.append(f"install {name}=={version}")
            continue
        missing = [f for f in (dist.files or []) if f.suffix != ".pyc" and not Path(dist.locate_file(f)).exists()
                   and not any(part in f.as_posix() for part in REMOVED_ON_PURPOSE)]
        if missing or dist.files is None:
            problems.append(f"reinstall {name}=={version}")
            print(f"  {name}: {len(missing)} installed file(s) missing, e.g. {missing[:1]}", file=sys.stderr)
    return problems


def check_kernel(lib: Path) -> list:
    problems = []
    os.environ["JUPYTER_PREFER_ENV_PATH"] = "1"
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
    try:
        spec = KernelSpecManager().get_kernel_spec("java")
    except NoSuchKernel:
        return ["no kernel 'java' registered"]
    resource_dir = Path(spec.resource_dir).resolve()
    if not resource_dir.is_relative_to(Path(sys.prefix).resolve()):
        problems.append(f"kernel 'java' resolves to {resource_dir}, outside the environment {sys.prefix}")
    for arg in spec.argv:
        if arg.startswith("{resource_dir}") and not Path(arg.replace("{resource_dir}", str(resource_dir))).is_file():
            problems.append(f"kernel 'java' starts a missing file {arg}")
    expected = os.pathsep.join([str(lib / "backprop-notebook.jar"), str(lib / "dependency" / "*.jar")])
    for variable in ("JJAVA_CLASSPATH", "IJAVA_CLASSPATH"):
        if spec.env.get(variable) != expected:
            problems.append(f"kernel 'java' has {variable}={spec.env.get(variable)!r}, not {expected!r}")
    options = "--add-modules jdk.incubator.vector"
    if spec.env.get("JJAVA_JVM_OPTS") != options:
        problems.append(f"kernel 'java' has JJAVA_JVM_OPTS={spec.env.get('JJAVA_JVM_OPTS')!r}, not {options!r}")
    return problems


def main() -> int:
    if len(sys.argv) != 3 or sys.argv[1] not in ("library", "packages", "kernel"):
        print(__doc__, file=sys.stderr)
        return 2
    what, arg = sys.argv[1], Path(sys.argv[2]).resolve()
    problems = {"library": check_library, "packages": check_packages, "kernel": check_kernel}[what](arg)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
