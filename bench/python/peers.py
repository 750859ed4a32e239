"""The Python peers that compute the library's exact gradient (so their loss trajectories are checked against the
library's before they are timed): numpy from scratch (always present), JAX (gradient by jax.grad, and written out
by hand) and PyTorch (eager and compiled), the last two only if they can be imported here.

Each peer is made by `make(x, labels, weights, learning_rate, l2)` and has train(e), trajectory(e), weights(), loss().
`threads(n)` (or None) limits the peer's own thread pool for the timing that follows; JAX fixes its pool when it is
first imported (`jax_peer.configure`), so it has no per-timing limit.
"""

from dataclasses import dataclass
from typing import Callable, Optional

from threadpoolctl import threadpool_limits

import jax_peer
import torch_peer
from numpy_mlp import NumpyMLP


@dataclass
class Peer:
    key: str                      # column and CSV name
    label: str                    # shown in tables
    make: Callable
    reason: Callable[[], Optional[str]]   # None if it can run here, else why not
    version: Callable[[], Optional[str]]
    limit_threads: Callable       # context manager factory: limit_threads(n or None)


def _torch_threads(n):
    torch, _ = torch_peer.load()

    class Limit:
        def __enter__(self):
            self.before = torch.get_num_threads()
            if n is not None:
                torch.set_num_threads(n)

        def __exit__(self, *exc):
            torch.set_num_threads(self.before)
    return Limit()


class _NoLimit:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


PEERS = [
    Peer("numpy", "numpy", NumpyMLP, lambda: None, lambda: __import__("numpy").__version__, threadpool_limits),
    Peer("jax", "JAX jit", jax_peer.JaxMLP, lambda: jax_peer.configure()[1], jax_peer.version, lambda n: _NoLimit()),
    Peer("jax-by-hand", "JAX jit, gradient by hand",
         lambda x, labels, weights, lr, l2: jax_peer.JaxMLP(x, labels, weights, lr, l2, by_hand=True),
         lambda: jax_peer.configure()[1], jax_peer.version, lambda n: _NoLimit()),
    Peer("torch", "PyTorch eager", torch_peer.TorchMLP, lambda: torch_peer.load()[1], torch_peer.version,
         _torch_threads),
    Peer("torch-compile", "PyTorch compile",
         lambda x, labels, weights, lr, l2: torch_peer.TorchMLP(x, labels, weights, lr, l2, compiled=True),
         lambda: torch_peer.load()[1], torch_peer.version, _torch_threads),
]
