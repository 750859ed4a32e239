"""What is Binder-specific, checked by building binder/ here as Binder does, without Docker (docs/binder.md); the
notebooks themselves run in test_notebooks.py on the same kernel and library. Binder images are Linux, and so is
this build (it uses Linux's mount namespaces and user ids): elsewhere these tests are skipped.

Build runs in the background from the moment these tests are collected (conftest.py), so that it overlaps the
notebooks, in target/binder-check.PID (removed at its end, or by the next run if this one was killed). As repo2docker
does, it runs everything as the notebook user (run as root: an unused uid, 200000 and up, named `jovyan` only inside
private mount namespaces, tests/binder/as_user.py; else the invoking user) in HOME, a copy of the repository: a fresh
virtual environment with repo2docker's base Jupyter packages (tests/binder/base-env.txt), then binder/requirements.txt;
`jupyter-repo2docker --no-build --debug .` (the Dockerfile it would build); binder/postBuild, then binder/start, if
any, around every later command; a Jupyter server under a Binder base URL (/user/<name>/); and postBuild once more
with a failing smoke notebook. Each test asserts one thing Binder users depend on, from what the build recorded.

Caches: wheels come from ${XDG_CACHE_HOME:-~/.cache}/backprop-binder-check, to which missing pins are added with the
environment's pip under a lock; Maven reads ~/.m2/repository read-only (maven.repo.local.tail) and HOME gets a copy of
~/.m2/wrapper. BINDER_CHECK_COLD=1 uses no cache, as Binder; BINDER_CHECK_KEEP=1 keeps the work folder;
BINDER_CHECK_PYTHON=EXE is the environment's interpreter (default: the first python3 the user can run).
Every command's output: target/test-results/binder.log.
"""
import json
import os
import random
import re
import secrets
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections import Counter
from pathlib import Path

import lab
import nbformat
import pytest
from conftest import ROOT, copy_repository

if sys.platform == "linux":
    import fcntl
    import grp
    import pwd

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="Binder builds Linux images; so does this build")
REPO2DOCKER = "2026.4.0"  # the release whose base environment tests/binder/base-env.txt mirrors
PYTHON = (ROOT / "binder" / "runtime.txt").read_text(encoding="utf-8").strip().removeprefix("python-")
APT = sorted(filter(None, (line.partition("#")[0].strip() for line in
                           (ROOT / "binder" / "apt.txt").read_text(encoding="utf-8").splitlines())))
LINKS = sorted(set(re.findall(r'urlpath=lab/tree/([^)"# ]+\.ipynb)', "".join(
    (ROOT / name).read_text(encoding="utf-8") for name in ("README.md", "docs/binder.md")))))
KEPT = re.compile(r"CI|BACKPROP_.*|PIP_.*|SSL_CERT_(FILE|DIR)|(REQUESTS|CURL)_CA_BUNDLE|(https?|no)_proxy|(HTTPS?|NO)_PROXY")


class Build(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.results, self.finished, self.process, self.work, self.stopping = {}, threading.Condition(), None, None, False
        self.log = ROOT / "target" / "test-results" / "binder.log"

    def result(self, step):
        """What the build recorded at step, once it has (raising what the step raised)."""
        with self.finished:
            self.finished.wait_for(lambda: step in self.results or not self.is_alive())
        if step not in self.results:
            errors = [repr(e) for e in self.results.values() if isinstance(e, Exception)]
            raise AssertionError(f"the Binder build stopped before '{step}': {errors}; see {self.log}")
        if isinstance(self.results[step], Exception):
            raise self.results[step]
        return self.results[step]

    def run(self):
        try:
            if not self.step("prepare", self.prepare) or (
                    not self.step("environment", self.environment) and not (self.env / "bin" / "jupyter").exists()):
                return
            self.step("repo2docker", self.repo2docker)
            if self.step("postBuild", self.post_build) and self.results["postBuild"].returncode == 0:
                self.start = [self.at(self.home / "binder" / "start")] if (self.home / "binder" / "start").is_file() else []
                for name in ("kernel", "lean", "server", "sabotaged"):
                    self.step(name, getattr(self, name))
        finally:
            if self.work and os.environ.get("BINDER_CHECK_KEEP") != "1":
                shutil.rmtree(self.work, ignore_errors=True)
            with self.finished:
                self.finished.notify_all()

    def step(self, name, action):
        if self.stopping:
            return False
        started = time.monotonic()
        try:
            self.results[name] = action()
        except Exception as error:  # noqa: BLE001 - raised again to the tests that ask
            self.results[name] = error
        self.say(f"== {name}: {time.monotonic() - started:.0f} s, {'error' if isinstance(self.results[name], Exception) else 'done'}")
        with self.finished:
            self.finished.notify_all()
        return not isinstance(self.results[name], Exception)

    def stop(self):
        """Ends the build (its running command first) and waits for its clean-up."""
        self.stopping = True
        if self.process and self.process.poll() is None:
            self.process.terminate()
        if self.is_alive():
            self.join()

    def say(self, text):
        with open(self.log, "a", encoding="utf-8") as log:
            log.write(text.rstrip("\n") + "\n")

    def run_command(self, command, check=False, **kwargs):
        """COMMAND, its output (stderr included) in the result and the log; check: an AssertionError if it failed."""
        self.process = subprocess.Popen([str(c) for c in command], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                        text=True, errors="replace", **kwargs)
        output = self.process.communicate()[0]
        self.say(f"$ {' '.join(map(str, command))}  (exit {self.process.returncode})\n{output}")
        if check and self.process.returncode != 0:
            raise AssertionError(f"{' '.join(map(str, command))} exited {self.process.returncode}:\n{output[-3000:]}")
        return subprocess.CompletedProcess(command, self.process.returncode, output)

    def as_user(self, command, check=False):
        """COMMAND as the build's user in HOME (the repository folder), with a Binder build's environment."""
        return self.run_command([*self.run_as, *command], check, env=self.user_env, cwd=None if self.run_as else self.home)

    def at(self, path):
        """A path of the work folder as the build's user sees it."""
        return self.inside / path.relative_to(self.work)

    def give(self, folder):
        if self.run_as:
            for path in [folder, *folder.rglob("*")]:
                os.lchown(path, self.uid, self.uid)

    def prepare(self):
        self.log.parent.mkdir(parents=True, exist_ok=True)
        self.log.write_text("", encoding="utf-8")
        self.work = work = lab.temporary_folder(ROOT, "binder-check")
        self.home, self.env = work / "home", work / "env"  # on Binder: the repository folder, /srv/conda/envs/notebook
        for folder in ("home", "env", "tmp", "wheels", "m2-tail"):
            (work / folder).mkdir()
        self.cold = os.environ.get("BINDER_CHECK_COLD") == "1"
        self.cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "backprop-binder-check"
        self.m2 = Path(os.environ.get("MAVEN_USER_HOME") or Path.home() / ".m2")
        tail = self.m2 / "repository" if not self.cold and (self.m2 / "repository").is_dir() else None
        wheels = work / "wheels" if self.cold else self.cache / "wheels"
        wheels.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            taken = {u.pw_uid for u in pwd.getpwall()} | {g.gr_gid for g in grp.getgrall()}
            for process in Path("/proc").glob("[0-9]*"):
                try:
                    taken.add(process.stat().st_uid)
                except OSError:
                    pass
            self.user, self.uid = "jovyan", random.choice([u for u in range(200000, 265536) if u not in taken])
            for name, line in (("passwd", f"jovyan:x:{self.uid}:{self.uid}:Binder check:/tmp/home:/bin/bash"),
                               ("group", f"jovyan:x:{self.uid}:")):
                (work / name).write_text(Path("/etc", name).read_text(encoding="utf-8").rstrip("\n") + f"\n{line}\n")
            for folder in ("home", "env", "tmp"):
                os.chown(work / folder, self.uid, self.uid)
            work.chmod(0o755)
            self.inside, self.wheels_in, tail_in = Path("/tmp"), Path("/tmp/wheels"), Path("/tmp/m2-tail")
            self.run_as = [sys.executable, ROOT / "tests" / "binder" / "as_user.py", work, wheels, tail or "-",
                           self.uid, self.uid]
        else:
            self.user, self.uid, self.run_as = pwd.getpwuid(os.getuid()).pw_name, os.getuid(), []
            self.inside, self.wheels_in, tail_in = work, wheels, tail
        home, env = self.at(self.home), self.at(self.env)
        self.user_env = {k: v for k, v in os.environ.items() if KEPT.fullmatch(k)}
        self.user_env.update(
            HOME=str(home), USER=self.user, LOGNAME=self.user, SHELL="/bin/bash", LANG="C.UTF-8", LC_ALL="C.UTF-8",
            TMPDIR=str(self.inside / "tmp"), REPO_DIR=str(home), NB_PYTHON_PREFIX=str(env), KERNEL_PYTHON_PREFIX=str(env),
            # quoted in JAVA_TOOL_OPTIONS, not MAVEN_OPTS (split at spaces by Maven's scripts): HOME may have spaces
            JAVA_TOOL_OPTIONS=f'"-Duser.home={home}"' + (f' "-Dmaven.repo.local.tail={tail_in}"' if tail else ""),
            PATH=f"{env}/bin:{home}/.local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
        copy_repository(self.home)
        self.give(self.home)
        self.say(f"user {self.user} (uid {self.uid}), HOME {home}, environment {env}, " +
                 ("cold (no caches)" if self.cold else f"wheels in {wheels}, Maven's {tail} read-only"))

    def pip_install(self, env, *args):
        """Pins into the environment ENV: cold, from PyPI without a cache as on Binder; warm, from the wheelhouse,
        to which pins not in it yet are added first (by the invoking user with ENV's Python, under a lock)."""
        pip = [self.at(env) / "bin" / "pip", "install", "-q", "--no-cache-dir"]
        if self.cold:
            return self.as_user([*pip, *args], check=True)
        offline = [*pip, "--no-index", "--find-links", self.wheels_in, *args]
        if self.as_user(offline).returncode != 0:
            with open(self.cache / "lock", "w") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)
                self.run_command([env / "bin" / "python", "-m", "pip", "wheel", "-q", "--wheel-dir", self.cache / "wheels",
                                  *args], check=True, cwd=ROOT, env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))
            self.as_user(offline, check=True)

    def copy_maven(self):
        """Maven's distribution as ./mvnw unpacked it for the invoking user (postBuild removes ~/.m2 with it)."""
        if not self.cold and (self.m2 / "wrapper").is_dir():
            shutil.copytree(self.m2 / "wrapper", self.home / ".m2" / "wrapper", dirs_exist_ok=True)
            self.give(self.home / ".m2")

    def environment(self):
        usable = "import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 9))"
        candidates = (os.environ.get("BINDER_CHECK_PYTHON"), "/usr/bin/python3", shutil.which("python3"))
        self.python = next((p for p in candidates if p and self.as_user([p, "-c", usable]).returncode == 0), None)
        assert self.python, f"no Python 3.9+ with venv that {self.user} can run; set BINDER_CHECK_PYTHON"
        self.as_user([self.python, "-m", "venv", self.at(self.env)], check=True)
        for requirements in ("tests/binder/base-env.txt", "binder/requirements.txt"):
            self.pip_install(self.env, "-r", requirements)
        return self.as_user(["pip", "check"])  # pip only warns of an inconsistency with what is installed

    def repo2docker(self):
        """The Dockerfile that repo2docker prints, and the conda lock file of its base environment."""
        r2d = self.work / "tmp" / "repo2docker"
        self.as_user([self.python, "-m", "venv", self.at(r2d)], check=True)
        self.pip_install(r2d, f"jupyter-repo2docker=={REPO2DOCKER}")
        dockerfile = self.as_user([self.at(r2d) / "bin" / "jupyter-repo2docker", "--no-build", "--debug",
                                   "--user-name", "jovyan", "--user-id", "1000", "."], check=True).stdout
        lock = next(r2d.glob(f"lib/python*/site-packages/repo2docker/buildpacks/conda/environment.py-{PYTHON}-linux-64.lock"))
        try:
            return dockerfile, lock.read_text(encoding="utf-8")
        finally:
            shutil.rmtree(r2d)

    def post_build(self):
        assert os.access(ROOT / "binder" / "postBuild", os.X_OK), "binder/postBuild is missing or not executable"
        size = lambda: sum(p.lstat().st_size for p in self.home.rglob("*")) >> 20  # noqa: E731
        before = size()
        self.copy_maven()
        run = self.as_user(["./binder/postBuild"])
        self.say(f"postBuild added {size() - before} MiB to HOME")
        return run

    def kernel(self):
        jar, dependencies, _, _ = lab.library(self.home)
        return (self.as_user([*self.start, "python", "lab.py", "_check", "kernel"]),
                jar.is_file() and any(dependencies.glob("*.jar")),
                (self.home / ".local" / "share" / "jupyter" / "kernels" / "java").exists())

    def lean(self):
        left = [p for p in (".m2", "lib/notebook/target/classes", "lib/core/target") if os.path.lexists(self.home / p)]
        return left, Counter(p.name for p in self.home.rglob("*.jar"))

    def server(self):
        """What a Jupyter server of the environment under a Binder-style base URL serves."""
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        token, base = secrets.token_hex(16), f"/user/{self.user}/"
        with open(self.work / "server.log", "w+", encoding="utf-8") as log:
            server = self.process = subprocess.Popen(
                [str(c) for c in [*self.run_as, *self.start, "jupyter", "lab", "--no-browser", "--ServerApp.ip=127.0.0.1",
                                  f"--ServerApp.port={port}", f"--ServerApp.base_url={base}",
                                  f"--IdentityProvider.token={token}"]],
                env=self.user_env, cwd=None if self.run_as else self.home, stdout=log, stderr=subprocess.STDOUT)

            def get(path):
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}{base}{path}?token={token}", timeout=60) as r:
                        return r.read()
                except OSError:
                    return b""
            try:
                for _ in range(120):
                    if get("api/status") or server.poll() is not None:
                        break
                    time.sleep(0.5)
                return {"base": base, "plotly.js": get("static/backprop/plotly.min.js"),
                        "kernelspecs": json.loads(get("api/kernelspecs") or b"{}"),
                        "pages": {link: get(f"lab/tree/{link}").decode() for link in LINKS}}
            finally:
                server.terminate()
                server.wait()
                log.seek(0)
                self.say(log.read())

    def sabotaged(self):
        """postBuild run again on the same HOME with a smoke notebook whose check fails."""
        self.copy_maven()
        smoke = self.home / "tests" / "notebooks" / "smoke.ipynb"
        nb = nbformat.read(smoke, as_version=4)
        nb.cells.append(nbformat.v4.new_code_cell(
            'throw new IllegalStateException("smoke check sabotaged by tests/test_binder.py");'))
        nbformat.write(nb, smoke)
        return self.as_user(["./binder/postBuild"])


BUILD = Build()  # started by conftest.py when these tests are collected


def test_the_environment_is_binders_base_environment_plus_the_pin_list():
    check = BUILD.result("environment")
    assert check.returncode == 0, f"binder/requirements.txt is inconsistent with repo2docker's base:\n{check.stdout}"


def test_repo2docker_builds_the_image_from_binder_folder():
    dockerfile, _ = BUILD.result("repo2docker")
    expected = [f"Building conda environment for python={PYTHON}",
                f"apt-get install --yes --no-install-recommends {' '.join(APT)} ",
                '${KERNEL_PYTHON_PREFIX}/bin/pip install --no-cache-dir -r "binder/requirements.txt"',
                "USER ${NB_USER}\n\n# Make sure that postBuild scripts", "RUN ./binder/postBuild"]
    missing = [text for text in expected if text not in dockerfile]
    root_level = [name for name in ("requirements.txt", "environment.yml", "apt.txt", "postBuild")
                  if f"src/{name} " in dockerfile or f"./{name}\n" in dockerfile]
    assert not missing and not root_level, \
        f"repo2docker {REPO2DOCKER}: missing {missing}, root-level files used {root_level}:\n{dockerfile[-4000:]}"


def test_base_env_pins_are_repo2dockers_base_environment():
    _, lock = BUILD.result("repo2docker")
    drift = [f"{name}=={version}" for name, version in lab.pins(ROOT / "tests" / "binder" / "base-env.txt")
             if not re.search(rf"/{name.replace('_', '[-_]')}(-base)?-{re.escape(version)}-", lock)]
    assert not drift, f"not in repo2docker {REPO2DOCKER}'s base environment (its conda lock file): {drift}"


def test_post_build_builds_and_runs_the_smoke_notebook():
    run = BUILD.result("postBuild")
    assert run.returncode == 0, f"binder/postBuild exited {run.returncode}:\n{run.stdout}"
    assert re.search(r"^PASS tests/notebooks/smoke\.ipynb", run.stdout, re.M), f"no smoke notebook run:\n{run.stdout}"


def test_the_java_kernel_is_in_the_environment_with_the_library_in_home():
    check, jars, shadowed = BUILD.result("kernel")
    assert check.returncode == 0, check.stdout
    assert jars, "backprop-notebook.jar or its runtime jars are missing from HOME/lib/notebook/target"
    assert not shadowed, "a second 'java' kernelspec in HOME (~/.local/share/jupyter/kernels/java)"


def test_the_image_is_lean():
    left, jars = BUILD.result("lean")
    assert not left, f"build-time files left in HOME: {left}"
    assert not [name for name, count in jars.items() if count > 1], f"jars more than once in HOME: {jars}"


def test_plotly_js_2_is_served_under_the_base_url():
    server = BUILD.result("server")
    head = server["plotly.js"][:300].decode("latin-1")
    assert re.search(r"plotly\.js v2\.", head), f"not plotly.js 2.x at {server['base']}static/backprop/plotly.min.js"


def test_the_servers_default_kernel_is_java():
    assert BUILD.result("server")["kernelspecs"].get("default") == "java"


def test_the_readme_and_docs_have_launch_links():
    assert LINKS, "no urlpath=lab/tree/... launch link in README.md or docs/binder.md"


@pytest.mark.parametrize("link", LINKS)
def test_the_launch_link_opens_jupyterlab_on_a_notebook(link):
    page = BUILD.result("server")["pages"][link]
    assert (ROOT / link).is_file(), f"no notebook {link}"
    assert "jupyter-config-data" in page and '"appName": "JupyterLab"' in page, f"{link} does not open JupyterLab"


def test_a_failing_smoke_notebook_fails_the_build():
    run = BUILD.result("sabotaged")
    assert run.returncode != 0, "binder/postBuild exited 0 although the smoke notebook failed"
    assert "FAIL tests/notebooks/smoke.ipynb" in run.stdout, f"it failed, but not at the smoke notebook:\n{run.stdout[-3000:]}"
