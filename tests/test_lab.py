"""lab.py: its per-OS paths (checked for Windows and POSIX on any OS), and the set-up as it is now in this clone."""
import json
import os
import time
from pathlib import Path, PurePosixPath, PureWindowsPath

import lab
import pytest
from conftest import ROOT

ODD = "dir with spaces/ünï"  # a clone path with spaces and non-ASCII characters


@pytest.mark.parametrize("flavour, separator", [(PureWindowsPath, ";"), (PurePosixPath, ":")])
def test_classpath_splits_back_into_the_jar_and_the_glob_on_every_os(flavour, separator):
    root = flavour("C:/Users/Zoë Ng", ODD) if flavour is PureWindowsPath else flavour("/tmp", ODD)
    jar, dependencies, _, _ = lab.library(root)
    entries = lab.classpath(jar, dependencies, separator).split(separator)
    assert entries == [str(root / "lib/notebook/target/backprop-notebook.jar"),
                       str(root / "lib/notebook/target/dependency/*.jar")]
    assert all(" " in e and "ünï" in e for e in entries)


def test_windows_layout_of_the_venv_and_the_maven_wrapper():
    root = PureWindowsPath("C:/", ODD)
    assert str(lab.venv_python(root / ".venv", windows=True)) == r"C:\dir with spaces\ünï\.venv\Scripts\python.exe"
    assert str(lab.maven_wrapper(root, windows=True)) == r"C:\dir with spaces\ünï\mvnw.cmd"
    assert lab.venv_python(PurePosixPath("/a b/.venv"), windows=False) == PurePosixPath("/a b/.venv/bin/python")
    assert lab.maven_wrapper(PurePosixPath("/a b"), windows=False) == PurePosixPath("/a b/mvnw")


def test_the_jar_is_stale_once_a_source_or_pom_is_newer(tmp_path):
    jar, _, built_from, _ = lab.library(tmp_path / ODD)
    source = tmp_path / ODD / "lib/core/src/main/java/backprop/Neuron.java"
    for path in (jar, source, tmp_path / ODD / "pom.xml"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    past = time.time() - 60
    for path in (source, tmp_path / ODD / "pom.xml"):
        os.utime(path, (past, past))
    assert not lab.newer_than(jar, built_from)
    os.utime(source, None)
    assert lab.newer_than(jar, built_from)


def test_kernel_spec_keeps_a_non_ascii_classpath_and_is_rewritten_only_on_change(tmp_path):
    prefix = tmp_path / ODD / ".venv"
    spec_file = prefix / "share/jupyter/kernels/java/kernel.json"
    spec_file.parent.mkdir(parents=True)
    spec_file.write_text(json.dumps({"argv": ["java"], "display_name": "Java (jjava)", "env": {"X": "1"}}))
    path = lab.classpath(tmp_path / ODD / "a.jar", tmp_path / ODD / "dependency", ";")
    lab.install_kernel(prefix, path)
    spec = json.loads(spec_file.read_text(encoding="utf-8"))
    assert spec["env"] == {"X": "1", "JJAVA_CLASSPATH": path, "IJAVA_CLASSPATH": path, "JJAVA_JVM_OPTS": lab.JVM_OPTIONS}
    assert spec["display_name"] == "Java"
    config = json.loads((prefix / "etc/jupyter/jupyter_server_config.json").read_text(encoding="utf-8"))
    assert config["MultiKernelManager"]["default_kernel_name"] == "java"
    written = spec_file.stat().st_mtime_ns
    time.sleep(0.01)
    lab.install_kernel(prefix, path)
    assert spec_file.stat().st_mtime_ns == written


def test_junit_counts_passed_failed_and_skipped(tmp_path):
    report = tmp_path / "r.xml"
    report.write_text('<testsuites><testsuite><testcase name="a"/><testcase name="b"><failure/></testcase>'
                      '<testcase name="c"><skipped/></testcase><testcase name="d"><error/></testcase></testsuite>'
                      '</testsuites>', encoding="utf-8")
    assert lab.junit_counts([report]) == (1, 2, 1)


# The set-up of this clone, as `python lab.py` left it (these run with .venv's Python).
def test_library_jars_exist_and_open():
    jar, dependencies, _, _ = lab.library(ROOT)
    assert lab.library_problems(jar, dependencies) == []


def test_every_pinned_package_is_installed_with_all_its_files():
    assert lab.package_problems(lab.REQUIREMENTS) == []


def test_jupyter_finds_the_java_kernel_of_this_environment_with_the_library():
    jar, dependencies, _, _ = lab.library(ROOT)
    assert lab.kernel_problems(lab.classpath(jar, dependencies)) == []
