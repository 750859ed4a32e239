#!/usr/bin/env python3
"""Puts the library on the classpath of the `java` kernel that jjava installed into a Python prefix.

jjava's wheel installs its kernelspec into <prefix>/share/jupyter/kernels/java (inside the virtual environment, not
the user's home). This script sets the kernelspec's environment so that every kernel start sees

    <lib>/backprop-notebook.jar : <lib>/dependency/*.jar

through JJAVA_CLASSPATH (JJava) and IJAVA_CLASSPATH (the same format for IJava 1.3.0), starts the kernel's JVM
with the module jdk.incubator.vector (JJAVA_JVM_OPTS), and names it "Java" (the display name that the committed
notebooks carry). Both kernels split the classpath at the platform's path separator and expand globs when the
kernel starts, so restarting the kernel picks up a rebuilt library. Idempotent; reusable for any prefix (the local .venv, a Binder image).

Usage: python scripts/install_kernel.py [--prefix PREFIX] [--lib DIR]
"""
import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DISPLAY_NAME = "Java"
JVM_OPTIONS = "--add-modules jdk.incubator.vector"


def classpath(lib: Path) -> str:
    return os.pathsep.join([str(lib / "backprop-notebook.jar"), str(lib / "dependency" / "*.jar")])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--prefix", type=Path, default=Path(sys.prefix), help="Python prefix holding jjava (default: this Python's)")
    parser.add_argument("--lib", type=Path, default=ROOT / "lib" / "target", help="folder with backprop-notebook.jar and dependency/")
    args = parser.parse_args()

    spec_file = args.prefix / "share" / "jupyter" / "kernels" / "java" / "kernel.json"
    if not spec_file.is_file():
        print(f"error: no kernelspec at {spec_file}; install jjava into {args.prefix} first "
              f"(pip install -r binder/requirements.txt)", file=sys.stderr)
        return 1
    lib = args.lib.resolve()
    if not (lib / "backprop-notebook.jar").is_file():
        print(f"warning: {lib / 'backprop-notebook.jar'} does not exist yet; build the library (./mvnw -B -pl lib/notebook -am package)", file=sys.stderr)

    spec = json.loads(spec_file.read_text(encoding="utf-8"))
    env = dict(spec.get("env") or {})
    env["JJAVA_CLASSPATH"] = classpath(lib)
    env["IJAVA_CLASSPATH"] = classpath(lib)
    # JJava's launcher passes these to the kernel's JVM: the library's sums over samples then run in the Vector
    # API's registers (the same results without it, slower; see backprop.fast.RowKernels.VECTOR_SUMS)
    env["JJAVA_JVM_OPTS"] = JVM_OPTIONS
    spec["env"] = env
    # The name JupyterLab writes into a notebook's metadata on save: the committed notebooks carry "Java" (IJava's
    # name too), so opening and saving one changes nothing (jjava's own kernelspec says "Java (jjava)").
    spec["display_name"] = DISPLAY_NAME
    text = json.dumps(spec, indent=2) + "\n"
    if spec_file.read_text(encoding="utf-8") != text:
        spec_file.write_text(text, encoding="utf-8")
    print(f"kernel 'java' in {spec_file.parent}: classpath {classpath(lib)}, JVM options {JVM_OPTIONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
