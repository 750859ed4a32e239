#!/usr/bin/env python3
"""The project's two commands, the same on Linux, macOS and Windows (Python 3.9+, standard library only):

  python lab.py [ARGS...]        sets everything up, then serves JupyterLab on notebooks/ (127.0.0.1 only, with a
                                 token; ARGS go to `jupyter lab`, e.g. --no-browser --ServerApp.port=8899)
  python lab.py setup            only the set-up (the dev container runs this)
  python lab.py test [ARGS...]   every test: Maven verify, the set-up, pytest (ARGS go to it), Playwright; ends with
                                 each step's time and 'N passed, N failed'; exits non-zero when anything failed
  python lab.py kernel PREFIX    the `java` kernel of the Python prefix PREFIX gets the library's classpath, Jupyter
                                 settings of PREFIX (binder/postBuild runs this)

The set-up checks what is there now and repairs only what is missing or broken (a warm re-run takes seconds):
  1. the library jar and its runtime jars (library() below), rebuilt with the Maven wrapper when a source or pom is
     newer than the jar, or a jar is missing or damaged;
  2. the virtual environment .venv from binder/requirements.txt, recreated when its Python does not run; pins that
     are missing, at another version or missing installed files are (re)installed;
  3. the `java` kernel inside .venv with the library on its classpath, Jupyter's default kernel, no news toast,
     plotly.js served from the pip package `plotly` (no CDN); then checked as Jupyter sees it.
Temporary files go to target/setup-tmp.PID (target/test-tmp.PID for the tests), removed on exit.
Environment: BACKPROP_SKIP_BROWSER=1 skips Playwright;
CHROMIUM=/path/to/chromium picks the browser (default /usr/bin/chromium if present, else Playwright's own).
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REQUIREMENTS = ROOT / "binder" / "requirements.txt"
JVM_OPTIONS = "--add-modules jdk.incubator.vector"
REMOVED_ON_PURPOSE = "share/jupyter/labextensions/jupyterlab-plotly/"  # scripts/serve_plotly.py removes it


def library(root: Path):
    """The library as the kernel loads it: its jar, the folder of its runtime jars, what the jar is built from and
    the Maven arguments that build it (the one place that knows the library's layout)."""
    target = root / "lib" / "notebook" / "target"
    built_from = [root / "pom.xml"] + [root / "lib" / m / f for m in ("core", "notebook") for f in ("pom.xml", "src/main")]
    return target / "backprop-notebook.jar", target / "dependency", built_from, ["-pl", "lib/notebook", "-am"]


def classpath(jar, dependencies, separator=os.pathsep) -> str:
    """JJAVA_CLASSPATH / IJAVA_CLASSPATH: both kernels split it at the platform's separator and expand the glob."""
    return separator.join([str(jar), str(dependencies / "*.jar")])


def venv_python(venv, windows=os.name == "nt"):
    return venv / "Scripts" / "python.exe" if windows else venv / "bin" / "python"


def maven_wrapper(root, windows=os.name == "nt"):
    return root / ("mvnw.cmd" if windows else "mvnw")


def newer_than(jar: Path, sources) -> bool:
    """Whether any file of sources (files or folders) was changed after jar was written."""
    built = jar.stat().st_mtime
    files = (f for s in sources for f in ([s] if s.is_file() else s.rglob("*")) if f.is_file())
    return any(f.stat().st_mtime > built for f in files)


def library_problems(jar: Path, dependencies: Path) -> list:
    listing = jar.parent / "runtime-jars.txt"
    if not listing.is_file():
        return [f"no {listing} (the list of runtime jars the last build copied)"]
    problems = []
    for path in [jar] + [dependencies / name for name in listing.read_text(encoding="utf-8").split()]:
        try:
            with zipfile.ZipFile(path) as z:
                z.namelist()
        except (zipfile.BadZipFile, OSError) as e:
            problems.append(f"missing or damaged jar {path}: {e}")
    return problems


def pins(requirements: Path):
    for line in requirements.read_text(encoding="utf-8").splitlines():
        line = line.partition("#")[0].strip()
        if line:
            name, _, version = line.partition("==")
            yield name.strip(), version.strip()


def package_problems(requirements: Path) -> list:
    """Run by the environment's Python: 'install NAME==VERSION' for each pin missing or at another version,
    'reinstall NAME==VERSION' for each whose installed files (pip's RECORD) are not all there."""
    from importlib import metadata
    canonical = lambda name: re.sub(r"[-_.]+", "-", name).lower()  # noqa: E731
    installed = {canonical(d.metadata["Name"]): d for d in metadata.distributions() if d.metadata["Name"]}
    problems = []
    for name, version in pins(requirements):
        dist = installed.get(canonical(name))
        if dist is None or dist.version != version:
            problems.append(f"install {name}=={version}")
            continue
        missing = [f for f in (dist.files or []) if f.suffix != ".pyc" and REMOVED_ON_PURPOSE not in f.as_posix()
                   and not Path(dist.locate_file(f)).exists()]
        if missing or dist.files is None:
            problems.append(f"reinstall {name}=={version}")
            print(f"  {name}: {len(missing)} installed file(s) missing, e.g. {missing[:1]}", file=sys.stderr)
    return problems


def kernel_problems(expected_classpath: str) -> list:
    """Run by the environment's Python: Jupyter (preferring the environment's paths, as the lab does) resolves
    kernel `java` to a kernelspec inside this environment whose launcher files exist, with the library's classpath."""
    os.environ["JUPYTER_PREFER_ENV_PATH"] = "1"
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
    try:
        spec = KernelSpecManager().get_kernel_spec("java")
    except NoSuchKernel:
        return ["no kernel 'java' registered"]
    problems = []
    resource_dir = Path(spec.resource_dir).resolve()
    if not resource_dir.is_relative_to(Path(sys.prefix).resolve()):
        problems.append(f"kernel 'java' resolves to {resource_dir}, outside the environment {sys.prefix}")
    for arg in spec.argv:
        if arg.startswith("{resource_dir}") and not Path(arg.replace("{resource_dir}", str(resource_dir))).is_file():
            problems.append(f"kernel 'java' starts a missing file {arg}")
    wanted = {"JJAVA_CLASSPATH": expected_classpath, "IJAVA_CLASSPATH": expected_classpath, "JJAVA_JVM_OPTS": JVM_OPTIONS}
    problems += [f"kernel 'java' has {k}={spec.env.get(k)!r}, not {v!r}" for k, v in wanted.items() if spec.env.get(k) != v]
    return problems


def write_json(path: Path, update) -> None:
    """Applies update(obj) to the JSON object in path (empty if absent); rewrites the file only if it changed."""
    old = path.read_text(encoding="utf-8") if path.is_file() else "{}"
    obj = json.loads(old)
    update(obj)
    text = json.dumps(obj, indent=2) + "\n"
    if text != old:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def install_kernel(prefix: Path, kernel_classpath: str) -> str:
    """The kernelspec that jjava's wheel put into PREFIX gets the library's classpath, the Vector API module for its
    JVM and the display name "Java" that the committed notebooks carry (so opening and saving one changes nothing;
    IJava's name too); `java` becomes the default kernel and JupyterLab fetches no news. Idempotent."""
    spec_file = prefix / "share" / "jupyter" / "kernels" / "java" / "kernel.json"
    if not spec_file.is_file():
        raise SystemExit(f"error: no kernelspec at {spec_file}; pip install -r binder/requirements.txt into {prefix}")

    def kernel(spec):
        spec.setdefault("env", {}).update(JJAVA_CLASSPATH=kernel_classpath, IJAVA_CLASSPATH=kernel_classpath,
                                          JJAVA_JVM_OPTS=JVM_OPTIONS)
        spec["display_name"] = "Java"
    write_json(spec_file, kernel)
    write_json(prefix / "etc" / "jupyter" / "jupyter_server_config.json",
               lambda c: c.setdefault("MultiKernelManager", {}).update(default_kernel_name="java"))
    write_json(prefix / "share" / "jupyter" / "lab" / "settings" / "overrides.json",
               lambda s: s.setdefault("@jupyterlab/apputils-extension:notification", {}).update(
                   fetchNews="false", checkForUpdates=False))
    return f"kernel 'java' in {spec_file.parent}: classpath {kernel_classpath}; the default kernel, no news toast"


def say(message):
    print(f"[setup] {message}", flush=True)


def run(command, check=True, capture=False, **kwargs):
    """The set-up's commands: a failure ends the set-up with its name, code and (if captured) output."""
    result = subprocess.run([str(c) for c in command], text=True, capture_output=capture, **kwargs)
    if check and result.returncode != 0:
        raise SystemExit(f"[setup] error: {Path(str(command[0])).name} exited {result.returncode}"
                         f"{': ' + result.stdout + result.stderr if capture else ''}")
    return result


def temporary_folder(root: Path, kind: str) -> Path:
    """target/KIND.PID; left-overs of killed runs (no such process any more) are removed first."""
    target = root / "target"
    target.mkdir(exist_ok=True)
    for stale in target.glob(kind + ".*"):
        pid = stale.suffix[1:]
        if pid.isdigit() and os.name == "posix":
            try:
                os.kill(int(pid), 0)
            except ProcessLookupError:
                shutil.rmtree(stale, ignore_errors=True)
            except PermissionError:
                pass
    folder = target / f"{kind}.{os.getpid()}"
    folder.mkdir(exist_ok=True)
    return folder


def temporary_env(folder: Path) -> dict:
    env = dict(os.environ, TMPDIR=str(folder), TEMP=str(folder), TMP=str(folder))
    # Maven's JVM writes its native console library to java.io.tmpdir, which is /tmp whatever TMPDIR says; the
    # scripts split MAVEN_OPTS at spaces, so a clone path with spaces leaves it there.
    if not any(c.isspace() for c in str(folder)):
        env["MAVEN_OPTS"] = f"{env.get('MAVEN_OPTS', '')} -Djava.io.tmpdir={folder}".strip()
    return env


def setup(root: Path = ROOT) -> Path:
    """Sets everything up (see the module's docstring); returns the environment's Python."""
    started = time.monotonic()
    for tool in ("java", "javac"):
        if not shutil.which(tool):
            raise SystemExit(f"[setup] error: no '{tool}' on PATH: install a JDK 17 or newer (not only a JRE), e.g. "
                             "apt-get install openjdk-17-jdk-headless, or https://adoptium.net on macOS and Windows")
    settings = run(["java", "-XshowSettings:properties", "-version"], capture=True).stderr
    major = re.search(r"java\.specification\.version = (\d+)", settings)
    if not major or int(major.group(1)) < 17:
        raise SystemExit(f"[setup] error: the kernel needs Java 17 or newer, 'java' is {major and major.group(1)}")
    if sys.version_info < (3, 9):
        raise SystemExit(f"[setup] error: Python 3.9 or newer is needed, this is {sys.version.split()[0]}")
    tmp = temporary_folder(root, "setup-tmp")
    env = temporary_env(tmp)
    try:
        # 1. the library
        jar, dependencies, built_from, modules = library(root)
        if not jar.is_file():
            reason = f"no {jar.relative_to(root)} yet"
        elif newer_than(jar, built_from):
            reason = "sources changed"
        else:
            reason = "; ".join(library_problems(jar, dependencies)[:3])
        if not reason:
            say(f"library up to date: {jar.relative_to(root)} and {len(list(dependencies.glob('*.jar')))} runtime jars")
        else:
            t = time.monotonic()
            say(f"building the library ({reason}): mvnw {' '.join(modules)} package; the tests run in `lab.py test`")
            if not (Path.home() / ".m2" / "repository").is_dir():
                say("  first build: Maven downloads itself and the library's dependencies into ~/.m2 (~100 MB; "
                        "measured 23 s on an idle 2-core machine, 6 min on a busy one)")
            run([maven_wrapper(root), "-B", "-q", *modules, "package", "-DskipTests"], cwd=root, env=env)
            names = sorted(p.name for p in dependencies.glob("*.jar"))
            (jar.parent / "runtime-jars.txt").write_text("".join(n + "\n" for n in names), encoding="utf-8")
            problems = library_problems(jar, dependencies)
            if problems:
                raise SystemExit(f"[setup] error: the build left the library incomplete: {problems}")
            say(f"  done in {time.monotonic() - t:.0f} s")

        # 2. the Python environment
        venv = root / ".venv"
        python = venv_python(venv)
        if venv.exists() and subprocess.run([str(python), "-c", "import pip"], capture_output=True).returncode != 0:
            say("the Python of .venv does not run (or has no pip): recreating .venv")
            shutil.rmtree(venv)
        if not venv.exists():
            t = time.monotonic()
            say(f"creating .venv with Python {sys.version.split()[0]} ({sys.executable})")
            run([sys.executable, "-m", "venv", venv], env=env)
            say(f"  done in {time.monotonic() - t:.0f} s")
        count = len(list(pins(REQUIREMENTS)))
        check = [python, Path(__file__).resolve(), "_check", "packages"]
        problems = run(check, check=False, capture=True, env=env).stdout.split("\n")
        install = [p.split()[1] for p in problems if p.startswith("install ")]
        reinstall = [p.split()[1] for p in problems if p.startswith("reinstall ")]
        pip = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        if install:
            t = time.monotonic()
            say(f"installing {len(install)} of {count} pinned packages into .venv (JupyterLab, JJava, nbclient, "
                    "pytest, ...): the first time ~500 MB from PyPI; measured 48 s on an idle 2-core machine")
            run(pip + ["-r", REQUIREMENTS], env=env)
            say(f"  done in {time.monotonic() - t:.0f} s")
        if reinstall:
            say(f"repairing {len(reinstall)} damaged package(s) in .venv: {' '.join(reinstall)}")
            run(pip + ["--no-deps", "--force-reinstall", *reinstall], env=env)
        if install or reinstall:
            left = run(check, check=False, capture=True, env=env)
            if left.returncode != 0:
                raise SystemExit(f"[setup] error: pip left .venv incomplete: {left.stdout}")
        else:
            say(f"Python environment up to date: .venv ({count} pinned packages, all files present)")

        # 3. the kernel, Jupyter's settings and plotly.js, inside .venv; then checked as Jupyter finds them
        say(install_kernel(venv, classpath(jar, dependencies)))
        served = run([python, root / "scripts" / "serve_plotly.py", "--prefix", venv], capture=True, env=env)
        say(served.stdout.strip())
        kernel = run([python, Path(__file__).resolve(), "_check", "kernel"], check=False, capture=True, env=env)
        if kernel.returncode != 0:
            raise SystemExit(f"[setup] error: the java kernel is not ready: {kernel.stdout}{kernel.stderr}")
        version = run([python, "-m", "jupyterlab", "--version"], capture=True, env=env).stdout.strip()
        say(f"ready in {time.monotonic() - started:.0f} s: JupyterLab {version}, kernel 'java' with the library")
        return python
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def serve(args) -> int:
    python = setup()
    command = [str(python), "-m", "jupyterlab", "--ServerApp.ip=127.0.0.1", f"--ServerApp.root_dir={ROOT}",
               "--LabApp.default_url=/lab/tree/notebooks"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        print("[lab] running as root (a container or CI?): passing --allow-root; prefer an ordinary user account")
        command.append("--allow-root")
    print("[lab] starting JupyterLab on notebooks/ (its URL with the token follows in a few seconds; Ctrl-C stops it)",
          flush=True)
    # Kernels, config and static files of .venv win over any in the user's home.
    os.environ["JUPYTER_PREFER_ENV_PATH"] = "1"
    if os.name == "posix":
        os.execv(command[0], command + list(args))
    try:
        return subprocess.call(command + list(args))
    except KeyboardInterrupt:
        return 130


def junit_counts(reports) -> tuple:
    """(passed, failed, skipped) over the test cases of JUnit XML files."""
    passed = failed = skipped = 0
    for report in reports:
        for case in ElementTree.parse(report).iter("testcase"):
            kinds = {child.tag for child in case}
            failed += bool(kinds & {"failure", "error"})
            skipped += "skipped" in kinds and not kinds & {"failure", "error"}
            passed += not kinds & {"failure", "error", "skipped"}
    return passed, failed, skipped


def test(args) -> int:
    """Maven verify, the set-up, pytest, Playwright; each step's time and the count of all their test cases."""
    started = time.monotonic()
    results = ROOT / "target" / "test-results"
    shutil.rmtree(results, ignore_errors=True)
    results.mkdir(parents=True)
    tmp = temporary_folder(ROOT, "test-tmp")
    env = temporary_env(tmp)
    times, failures, counts = [], [], [0, 0, 0]

    def step(name, command, report_glob):
        print(f"\n==> {name}", flush=True)
        t = time.monotonic()
        code = subprocess.run([str(c) for c in command], cwd=ROOT, env=env).returncode
        times.append(f"{time.monotonic() - t:6.0f} s  {name}")
        found = junit_counts(sorted(ROOT.glob(report_glob)))
        counts[:] = [c + f for c, f in zip(counts, found)]
        if code != 0 and found[1] == 0:
            failures.append(f"{name} exited {code} without a failed test case in its report")
            counts[1] += 1

    try:
        step("library: mvnw -B verify", [maven_wrapper(ROOT), "-B", "verify"],
             "lib/*/target/surefire-reports*/TEST-*.xml")
        print("\n==> set-up: python lab.py setup", flush=True)
        t = time.monotonic()
        try:
            python = setup()
        except SystemExit as e:
            print(e, "\nlab.py test: the set-up failed, nothing else can run\n0 passed, 1 failed", file=sys.stderr)
            return 1
        times.append(f"{time.monotonic() - t:6.0f} s  set-up")
        skipped_browser = os.environ.get("BACKPROP_SKIP_BROWSER") == "1"
        browser = not skipped_browser and shutil.which("node") and shutil.which("npm")
        modules = ROOT / "node_modules"
        if browser and (not (modules / "@playwright" / "test").is_dir() or  # before pytest: its static-view tests
                        (ROOT / "package-lock.json").stat().st_mtime > (modules / ".package-lock.json").stat().st_mtime):
            print("installing the browser tests' npm packages (package-lock.json) into node_modules/", flush=True)
            subprocess.run([shutil.which("npm"), "ci", "--no-audit", "--no-fund"], cwd=ROOT, check=True)
        step("pytest: notebooks, notebook files, set-up, Binder, dev container, workflow",
             [python, "-m", "pytest", f"--junitxml={results / 'pytest.xml'}", *args], "target/test-results/pytest.xml")
        if skipped_browser:
            print("\n!!! BROWSER TESTS NOT RUN (BACKPROP_SKIP_BROWSER=1) !!!")
        elif not browser:
            failures.append("the browser tests need Node.js with npm (https://nodejs.org; apt-get install nodejs npm)")
            counts[1] += 1
        else:
            env["LAB_PYTHON"] = sys.executable  # the tests start JupyterLab through lab.py, as a learner does
            step("browser: Playwright Test (tests/browser)", [shutil.which("node"),
                 modules / "@playwright" / "test" / "cli.js", "test"], "target/test-results/browser.xml")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("\n==> summary")
    times.append(f"{time.monotonic() - started:6.0f} s  total")
    print("\n".join(times + failures))
    if skipped_browser:
        print("browser tests: NOT RUN (BACKPROP_SKIP_BROWSER=1)")
    passed, failed, skipped = counts
    print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
    return 1 if failed else 0


def main(argv) -> int:
    command = argv[0] if argv else ""
    jar, dependencies, _, _ = library(ROOT)
    if command == "setup":
        setup()
        return 0
    if command == "test":
        return test(argv[1:])
    if command == "kernel" and len(argv) == 2:  # binder/postBuild: python lab.py kernel "$prefix"
        print(install_kernel(Path(argv[1]), classpath(jar, dependencies)))
        return 0
    if command == "_check":  # run by the environment's Python during the set-up
        found = package_problems(REQUIREMENTS) if argv[1] == "packages" else kernel_problems(classpath(jar, dependencies))
        print("\n".join(found))
        return 1 if found else 0
    return serve(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
