"""A 2-H-2 tanh/softmax network trained by full-batch gradient descent, from scratch in numpy.

The classic matrix form, one row per sample (X is N x d, W1 is d x H, W2 is H x C):

    Z1 = X W1 + b1          A1 = tanh(Z1)
    Z2 = A1 W2 + b2         Yhat = softmax(Z2)              (row by row)
    L  = -(1/N) sum_n sum_i Y[n,i] ln Yhat[n,i] + (lam/2) (|W1|^2 + |W2|^2)

    D2  = (Yhat - Y) / N                    (delta of the output layer, already divided by N)
    dW2 = A1^T D2 + lam W2                   db2 = sum_n D2[n]
    D1  = (D2 W2^T) * (1 - A1^2)             (tanh'(z) = 1 - tanh(z)^2)
    dW1 = X^T D1 + lam W1                    db1 = sum_n D1[n]
    W  <- W - eta dW,  b <- b - eta db

Every N x H and N x C intermediate lives in a buffer allocated once, so an epoch allocates
nothing of size N: this is the "tuned" numpy a careful reader would write, not a strawman.
"""

import numpy as np


class NumpyMLP:
    """One hidden layer, tanh, softmax output, mean cross-entropy with L2 on the weights."""

    def __init__(self, x, labels, weights, learning_rate, l2):
        """x: N x d float64; labels: N ints in [0, C); weights: (W1, b1, W2, b2), copied."""
        self.x = np.ascontiguousarray(x, dtype=np.float64)
        n = self.x.shape[0]
        w1, b1, w2, b2 = (np.array(p, dtype=np.float64) for p in weights)
        self.w1, self.b1, self.w2, self.b2 = w1, b1, w2, b2
        hidden, classes = w1.shape[1], w2.shape[1]
        self.y = np.zeros((n, classes))
        self.y[np.arange(n), labels] = 1.0
        self.y_over_n = self.y / n
        self.eta = float(learning_rate)
        self.lam = float(l2)
        self.n = n
        # buffers reused by every epoch
        self.a1 = np.empty((n, hidden))
        self.d1 = np.empty((n, hidden))
        self.z2 = np.empty((n, classes))
        self.row = np.empty((n, 1))
        self.dw1 = np.empty_like(w1)
        self.dw2 = np.empty_like(w2)

    def _forward(self):
        """Leaves A1 = tanh(X W1 + b1) in a1 and Z2 - max_row(Z2) in z2; returns nothing."""
        np.matmul(self.x, self.w1, out=self.a1)
        self.a1 += self.b1
        np.tanh(self.a1, out=self.a1)
        np.matmul(self.a1, self.w2, out=self.z2)
        self.z2 += self.b2
        np.max(self.z2, axis=1, keepdims=True, out=self.row)
        self.z2 -= self.row

    def _data_loss(self):
        """-(1/N) sum_n ln Yhat[n, label n], from z2 = Z2 - max_row(Z2) as left by _forward."""
        log_norm = np.log(np.exp(self.z2).sum(axis=1))     # ln sum_i exp(z_i): ln Yhat = z - log_norm
        return float((log_norm - (self.z2 * self.y).sum(axis=1)).mean())

    def penalty(self):
        """(lam/2) (|W1|^2 + |W2|^2)."""
        return 0.5 * self.lam * float(np.sum(self.w1 * self.w1) + np.sum(self.w2 * self.w2))

    def loss(self):
        """L at the current weights (does not change them)."""
        self._forward()
        return self._data_loss() + self.penalty()

    def epoch(self, data_loss=False):
        """One full-batch gradient-descent step; with data_loss=True returns the cross-entropy term of L
        at the weights before the step (from the same forward pass)."""
        self._forward()
        before = self._data_loss() if data_loss else None
        yhat = self.z2                      # becomes Yhat, then D2, in place
        np.exp(yhat, out=yhat)
        np.sum(yhat, axis=1, keepdims=True, out=self.row)
        self.row *= self.n                  # fold the 1/N of the mean into the normaliser
        yhat /= self.row                    # Yhat / N
        yhat -= self.y_over_n               # D2 = (Yhat - Y) / N
        # output layer
        np.matmul(self.a1.T, yhat, out=self.dw2)
        db2 = yhat.sum(axis=0)
        # hidden layer: D1 = (D2 W2^T) * (1 - A1^2), using d1 as the buffer
        np.matmul(yhat, self.w2.T, out=self.d1)
        np.multiply(self.a1, self.a1, out=self.a1)
        np.subtract(1.0, self.a1, out=self.a1)
        self.d1 *= self.a1
        np.matmul(self.x.T, self.d1, out=self.dw1)
        db1 = self.d1.sum(axis=0)
        if self.lam != 0.0:
            self.dw2 += self.lam * self.w2
            self.dw1 += self.lam * self.w1
        self.w2 -= self.eta * self.dw2
        self.b2 -= self.eta * db2
        self.w1 -= self.eta * self.dw1
        self.b1 -= self.eta * db1
        return before

    def train(self, epochs):
        for _ in range(epochs):
            self.epoch()

    def trajectory(self, epochs):
        """The cross-entropy term of L (no L2 penalty) before the first step and after each of `epochs` steps."""
        losses = [self.epoch(data_loss=True) for _ in range(epochs)]
        self._forward()
        losses.append(self._data_loss())
        return np.array(losses)

    def weights(self):
        return self.w1.copy(), self.b1.copy(), self.w2.copy(), self.b2.copy()
