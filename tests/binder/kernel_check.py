"""Checks the `java` kernel that binder/postBuild registered, as Jupyter itself finds it.

Run with the notebook environment's Python as the notebook user: python kernel_check.py HOME
Passes when Jupyter resolves kernel `java` to a kernelspec inside this environment (sys.prefix), none shadows it in
HOME, and both JJAVA_CLASSPATH and IJAVA_CLASSPATH name the library jar and at least one runtime jar, every entry
existing and inside HOME (the repository folder on Binder). Prints what it found; exits 1 on the first problem.
"""
import glob
import os
import sys
from pathlib import Path

from jupyter_client.kernelspec import KernelSpecManager


def fail(message: str) -> None:
    print(f"    {message}")
    sys.exit(1)


def inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def main() -> None:
    home = Path(sys.argv[1])
    prefix = Path(sys.prefix)
    specs = KernelSpecManager().find_kernel_specs()
    if "java" not in specs:
        fail(f"no kernel 'java' among {sorted(specs)}")
    resource_dir = Path(specs["java"])
    if not inside(resource_dir, prefix):
        fail(f"kernel 'java' resolves to {resource_dir}, outside the environment {prefix}")
    if (home / ".local" / "share" / "jupyter" / "kernels" / "java").exists():
        fail("a second 'java' kernelspec in HOME (~/.local/share/jupyter/kernels/java)")
    env = KernelSpecManager().get_kernel_spec("java").env
    for variable in ("JJAVA_CLASSPATH", "IJAVA_CLASSPATH"):
        value = env.get(variable)
        if not value:
            fail(f"kernel 'java' sets no {variable}")
        jars = []
        for entry in value.split(os.pathsep):
            matches = sorted(glob.glob(entry))
            if not matches:
                fail(f"{variable} entry {entry} matches no file")
            outside = [m for m in matches if not inside(Path(m), home)]
            if outside:
                fail(f"{variable} entry {entry} points outside HOME: {outside[:3]}")
            jars += matches
        if not any(Path(j).name == "backprop-notebook.jar" for j in jars) or len(jars) < 2:
            fail(f"{variable} lacks backprop-notebook.jar or its runtime jars: {jars}")
        print(f"    {variable}: {len(jars)} jars ({value})")
    print(f"    kernelspec: {resource_dir}")


if __name__ == "__main__":
    main()
