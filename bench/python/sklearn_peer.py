"""scikit-learn's MLPClassifier driven as full-batch gradient descent from given initial weights.

Settings: solver 'sgd', batch_size = N, momentum 0 (nesterovs_momentum False), constant
learning_rate_init, alpha 0, tanh hidden layer, no shuffling, no early stopping, and a tolerance
that never stops training early. `fit` with warm_start=True continues from `coefs_` and
`intercepts_`, so after one throw-away fit (which sets up every fitted attribute) we overwrite
them with the shared initial weights.

Different gradient: for two classes MLPClassifier has ONE logistic output unit, p = sigmoid(u),
not a 2-unit softmax. We start it from the same function: softmax over (z0, z1) equals
sigmoid(z1 - z0), so the output unit gets w = W2[:, 1] - W2[:, 0] and b = b2[1] - b2[0].
From there its hidden-layer gradient equals ours, but the output layer moves by half as much per
step (the two softmax columns each move by eta*g in opposite directions, i.e. their difference by
2*eta*g), so the trajectories part after the first step. It does the same amount of work per epoch.
"""

import warnings

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier


class SklearnPeer:
    def __init__(self, x, labels, weights, learning_rate):
        w1, b1, w2, b2 = weights
        self.x = np.ascontiguousarray(x, dtype=np.float64)
        self.labels = np.asarray(labels)
        n = self.x.shape[0]
        self.model = MLPClassifier(
            hidden_layer_sizes=(w1.shape[1],), activation="tanh", solver="sgd", alpha=0.0,
            batch_size=n, learning_rate="constant", learning_rate_init=learning_rate,
            momentum=0.0, nesterovs_momentum=False, shuffle=False, early_stopping=False,
            tol=0.0, n_iter_no_change=2**31 - 1, max_iter=1, warm_start=True, random_state=0)
        self._fit(1)
        self.initial = ([w1.copy(), (w2[:, 1] - w2[:, 0]).reshape(-1, 1)],
                        [b1.copy(), np.array([b2[1] - b2[0]])])
        self.reset()

    def reset(self):
        """Back to the shared initial weights (as one logistic output unit)."""
        coefs, intercepts = self.initial
        self.model.coefs_ = [c.copy() for c in coefs]
        self.model.intercepts_ = [i.copy() for i in intercepts]

    def _fit(self, epochs):
        self.model.max_iter = epochs
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            self.model.fit(self.x, self.labels)

    def train(self, epochs):
        """Runs `epochs` full-batch gradient-descent epochs in one call of fit."""
        self._fit(epochs)

    def first_loss(self):
        """The loss scikit-learn computes in its first epoch from the initial weights (before stepping)."""
        self.reset()
        self._fit(1)
        loss = self.model.loss_curve_[-1]
        self.reset()
        return loss
