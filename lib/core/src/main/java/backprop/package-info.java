/**
 * A small feed-forward network library that reads like the derivation it implements:
 * softmax, cross-entropy, backpropagation of the error signals &delta;, a numerical gradient check,
 * training by gradient descent, the two-moons data set and Tablesaw plots.
 */
package backprop;
