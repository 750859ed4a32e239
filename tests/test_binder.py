"""What is Binder-specific, checked by tests/binder/check.sh (a local stand-in for a Binder build: its environment,
repo2docker's reading of binder/, postBuild in a fresh HOME as an unprivileged user, the kernel, a server under a
Binder base URL; see docs/binder.md). Binder images are Linux, and so is the check (namespaces, setpriv). The check
starts in the background when these tests are collected (conftest.py); each test here is one of its checks."""
import re
import sys

import pytest

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="Binder builds Linux images; the check needs Linux")

CHECKS = {
    "environment: base packages + binder/requirements.txt consistent": r"environment: ",
    "repo2docker reads binder/ as intended": r"repo2docker ",
    "postBuild builds and runs the smoke notebook": r"binder/postBuild (\(|succeeded|exited non-zero)",
    "kernel 'java' in the environment, classpath in HOME": r"kernel: ",
    "lean image": r"lean: ",
    "plotly.js served under the base URL": r"plotly\.js ",
    "default kernel 'java'": r"the server's default kernel",
    "launch links open JupyterLab": r"(no urlpath|launch link )",
    "a failing smoke notebook fails the build": r"binder/postBuild (fails the build|exited 0 although|failed, but)",
}


@pytest.mark.parametrize("pattern", CHECKS.values(), ids=CHECKS.keys())
def test_binder_check(binder_results, pattern):
    _, lines = binder_results
    found = [line for line in lines if re.match(rf"(PASS|FAIL) binder: {pattern}", line)]
    assert found, "the Binder check did not get this far (see its log above)"
    assert all(line.startswith("PASS") for line in found), "\n".join(found)


def test_binder_check_ran_every_check_and_passed(binder_results):
    code, lines = binder_results
    unknown = [line for line in lines if not any(re.match(rf"(PASS|FAIL) binder: {p}", line) for p in CHECKS.values())]
    assert not unknown, f"checks of tests/binder/check.sh that no test here names: {unknown}"
    assert code == 0, f"tests/binder/check.sh exited {code}"
