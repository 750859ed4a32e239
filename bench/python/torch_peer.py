"""The 2-H-2 tanh/softmax network in PyTorch, float64 on the CPU, written the way a PyTorch user writes it:
the loss from `F.cross_entropy`, the gradient from autograd (`loss.backward()`), the step applied in place
under `torch.no_grad()`. Two variants:

    eager      every operation dispatched from Python, epoch by epoch;
    compiled   the loss compiled once with `torch.compile` (TorchInductor generates C++ for the CPU, forward and
               backward, and builds it with the system's C++ compiler); `backward()` runs the compiled backward,
               the update stays eager.

    L = cross_entropy(tanh(X W1 + b1) W2 + b2, labels) + (lam/2) (|W1|^2 + |W2|^2)
    step:  theta <- theta - eta * grad L(theta)

Same data, same initial weights, same learning rate as the library; bench/run.sh checks each variant's loss
trajectory against the library's before timing it.
"""

from optional import optional_import


def load():
    """Returns (torch module, None), or (None, reason) if PyTorch cannot be imported here."""
    return optional_import("torch")


class TorchMLP:
    """Full-batch gradient descent of the 2-H-2 network; `train(e)` continues from the current weights."""

    def __init__(self, x, labels, weights, learning_rate, l2, compiled=False):
        torch, reason = load()
        if torch is None:
            raise RuntimeError(reason)
        import torch.nn.functional as F

        self.torch = torch
        self.x = torch.tensor(x, dtype=torch.float64)
        self.labels = torch.tensor(labels, dtype=torch.int64)
        self.params = [torch.tensor(p, dtype=torch.float64, requires_grad=True) for p in weights]
        def data_loss(w1, b1, w2, b2, x, labels):
            return F.cross_entropy(torch.tanh(x @ w1 + b1) @ w2 + b2, labels)

        def losses(w1, b1, w2, b2, x, labels, lam):
            """(L, its cross-entropy term); lam is a 0-d tensor, so training and checking share one compiled graph
            (and, with torch.compile's default automatic dynamic shapes, so do the grid's other N and H)."""
            ce = data_loss(w1, b1, w2, b2, x, labels)
            return ce + 0.5 * lam * ((w1 * w1).sum() + (w2 * w2).sum()), ce

        self._losses = torch.compile(losses) if compiled else losses
        self._data_loss, self._eager_losses = data_loss, losses
        self._lam = torch.tensor(float(l2), dtype=torch.float64)
        self._eta = float(learning_rate)

    def _epoch(self):
        """One step in place; returns the cross-entropy before it (detached)."""
        loss, ce = self._losses(*self.params, self.x, self.labels, self._lam)
        loss.backward()
        with self.torch.no_grad():
            for p in self.params:
                p -= self._eta * p.grad
                p.grad = None
        return ce.detach()

    def train(self, epochs):
        for _ in range(epochs):
            self._epoch()

    def trajectory(self, epochs):
        """Cross-entropy (no L2 term) before the first step and after each of `epochs` steps, as numpy."""
        import numpy as np
        losses = [float(self._epoch()) for _ in range(epochs)]
        with self.torch.no_grad():
            losses.append(float(self._data_loss(*self.params, self.x, self.labels)))
        return np.array(losses)

    def loss(self):
        with self.torch.no_grad():
            return float(self._eager_losses(*self.params, self.x, self.labels, self._lam)[0])

    def weights(self):
        return tuple(p.detach().numpy().copy() for p in self.params)


def version():
    torch, _ = load()
    return torch.__version__ if torch is not None else None
