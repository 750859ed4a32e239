"""Runs a command as the Binder check's user when the check runs as root (tests/test_binder.py):
    python as_user.py WORK WHEELS M2_TAIL UID GID COMMAND...
In a private mount namespace (nothing is mounted outside it): WHEELS and M2_TAIL ('-' for none) read-only on
WORK/wheels and WORK/m2-tail, WORK/passwd and WORK/group (which name UID `jovyan`) on /etc, WORK itself on /tmp; then,
as UID:GID without supplementary groups, COMMAND in /tmp/home with this process's environment."""
import ctypes
import os
import sys
import warnings  # noqa: F401 - os.execvp imports it, and the stdlib may be unreadable to UID

CLONE_NEWNS, MS_RDONLY, MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = 0x20000, 1, 32, 4096, 16384, 1 << 18
libc = ctypes.CDLL(None, use_errno=True)


def mount(source, target, flags):
    if libc.mount(source and source.encode(), target.encode(), None, flags, None) != 0:
        raise OSError(ctypes.get_errno(), f"mount {source} on {target} failed")


work, wheels, tail, uid, gid, *command = sys.argv[1:]
if libc.unshare(CLONE_NEWNS) != 0:
    raise OSError(ctypes.get_errno(), "unshare(CLONE_NEWNS) failed")
mount("none", "/", MS_REC | MS_PRIVATE)
for source, folder in ((wheels, "wheels"), (tail, "m2-tail")):
    if source != "-":
        mount(source, f"{work}/{folder}", MS_BIND)
        mount(None, f"{work}/{folder}", MS_REMOUNT | MS_BIND | MS_RDONLY)
for name in ("passwd", "group"):
    mount(f"{work}/{name}", f"/etc/{name}", MS_BIND)
mount(work, "/tmp", MS_BIND | MS_REC)
os.setgroups([])
os.setgid(int(gid))
os.setuid(int(uid))
os.chdir("/tmp/home")
os.execvp(command[0], command)
