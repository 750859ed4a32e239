/** Feed-forward networks written like their derivation: softmax, cross-entropy, backpropagation, training. */
package backprop;
