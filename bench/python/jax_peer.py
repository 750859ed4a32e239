"""The 2-H-2 tanh/softmax network in JAX, written the way a JAX user writes it for speed: float64
(`jax_enable_x64`), the gradient from `jax.grad` of the loss, and the whole training loop of e epochs
compiled into one XLA program with `jax.jit` + `lax.fori_loop` (e is a traced argument, so one
compilation serves every e).

    L(W1, b1, W2, b2) = -(1/N) sum_n log_softmax(tanh(X W1 + b1) W2 + b2)[n, label n]
                        + (lam/2) (|W1|^2 + |W2|^2)
    step:  theta <- theta - eta * grad L(theta)

A second variant, `by_hand=True`, replaces `jax.grad` with the backward pass written out (the blog's equations
in matrix form, as the from-scratch tutorials write it in numpy), still inside the one compiled loop: XLA fuses it
differently, and on this machine it is the faster of the two at some grid points, so the run times both.

    delta2 = (softmax(z2) - Y) / N,   delta1 = (delta2 W2^T) * (1 - a1^2)
    dW2 = a1^T delta2 + lam W2,   db2 = sum_n delta2,   dW1 = X^T delta1 + lam W1,   db1 = sum_n delta1

Same data, same initial weights, same learning rate as the library; bench/run.sh checks each variant's loss
trajectory against the library's before timing it.

JAX must be configured before its first import: `configure(threads)` sets the CPU platform, float64
and, for the one-thread CPU-time check, XLA's single-threaded CPU runtime.
"""

import os

from optional import optional_import


def configure(one_thread=False):
    """Imports JAX with float64 on the CPU; one_thread=True keeps XLA's CPU runtime on the calling thread (both
    take effect only if given to the first call, which imports JAX). Returns (jax module, None), or (None, reason)
    if JAX cannot be imported here."""
    def environment():
        os.environ.setdefault("JAX_PLATFORMS", "cpu")
        if one_thread:
            flags = os.environ.get("XLA_FLAGS", "")
            os.environ["XLA_FLAGS"] = (flags + " --xla_cpu_multi_thread_eigen=false "
                                       "intra_op_parallelism_threads=1").strip()
    return optional_import("jax", environment, lambda jax: jax.config.update("jax_enable_x64", True))


class JaxMLP:
    """Full-batch gradient descent of the 2-H-2 network in JAX; `train(e)` continues from the current weights."""

    def __init__(self, x, labels, weights, learning_rate, l2, by_hand=False):
        jax, reason = configure()
        if jax is None:
            raise RuntimeError(reason)
        import jax.numpy as jnp
        from jax import lax
        from functools import partial

        self.x = jnp.asarray(x, dtype=jnp.float64)
        self.labels = jnp.asarray(labels, dtype=jnp.int32)
        self.params = tuple(jnp.asarray(p, dtype=jnp.float64) for p in weights)
        eta, lam = float(learning_rate), float(l2)

        def data_loss(params, x, labels):
            w1, b1, w2, b2 = params
            z2 = jnp.tanh(x @ w1 + b1) @ w2 + b2
            log_p = jax.nn.log_softmax(z2, axis=1)
            return -jnp.mean(jnp.take_along_axis(log_p, labels[:, None], axis=1))

        def loss(params, x, labels):
            w1, _, w2, _ = params
            return data_loss(params, x, labels) + 0.5 * lam * (jnp.sum(w1 * w1) + jnp.sum(w2 * w2))

        n = self.x.shape[0]
        y = jax.nn.one_hot(self.labels, weights[3].shape[0], dtype=jnp.float64)

        def grad_by_hand(params, x, labels):
            w1, b1, w2, b2 = params
            a1 = jnp.tanh(x @ w1 + b1)
            delta2 = (jax.nn.softmax(a1 @ w2 + b2, axis=1) - y) / n
            delta1 = (delta2 @ w2.T) * (1.0 - a1 * a1)
            return x.T @ delta1 + lam * w1, delta1.sum(axis=0), a1.T @ delta2 + lam * w2, delta2.sum(axis=0)

        grad = grad_by_hand if by_hand else jax.grad(loss)

        def step(params, x, labels):
            return tuple(p - eta * g for p, g in zip(params, grad(params, x, labels)))

        @jax.jit
        def train(params, x, labels, epochs):
            return lax.fori_loop(0, epochs, lambda _, p: step(p, x, labels), params)

        @partial(jax.jit, static_argnums=3)
        def trajectory(params, x, labels, epochs):
            """The data loss before each of `epochs` steps and after the last, and the final weights."""
            def body(p, _):
                return step(p, x, labels), data_loss(p, x, labels)
            final, losses = lax.scan(body, params, None, length=epochs)
            return jnp.append(losses, data_loss(final, x, labels)), final

        self._train, self._trajectory = train, trajectory
        self._data_loss, self._loss = jax.jit(data_loss), jax.jit(loss)

    def train(self, epochs):
        """Runs `epochs` full-batch steps in one compiled call and waits for the result."""
        self.params = self._train(self.params, self.x, self.labels, epochs)
        self.params[0].block_until_ready()

    def trajectory(self, epochs):
        """Cross-entropy (no L2 term) before the first step and after each of `epochs` steps, as numpy."""
        import numpy as np
        losses, self.params = self._trajectory(self.params, self.x, self.labels, epochs)
        return np.asarray(losses)

    def loss(self):
        return float(self._loss(self.params, self.x, self.labels))

    def weights(self):
        import numpy as np
        return tuple(np.asarray(p) for p in self.params)


def version():
    jax, _ = configure()
    return jax.__version__ if jax is not None else None
