"""Imports of the peers that may be missing here (JAX, PyTorch): each is tried once, and a failure becomes the
reason the tables show instead of a figure."""

import importlib

_tried = {}


def optional_import(name, before=lambda: None, after=lambda module: None):
    """Imports module `name` the first time it is asked for: before() runs just ahead of the import (JAX reads its
    settings from the environment then), after(module) right after it. Returns (module, None), or (None, reason) if
    the import or after() fails (not installed, or its wheel does not load on this machine); later calls return
    the first answer."""
    if name not in _tried:
        before()
        try:
            module = importlib.import_module(name)
            after(module)
            _tried[name] = (module, None)
        except Exception as e:
            _tried[name] = (None, f"{type(e).__name__}: {e}")
    return _tried[name]
