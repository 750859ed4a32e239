/**
 * The fast wing: the training kernel on flat buffers, chunk by chunk and over several threads, with vectorisable
 * loops and its own exp/tanh ({@link backprop.fast.BatchEngine} is the entry point). It depends on nothing but the
 * JDK: it reads the layer sizes, the parameter vector θ as a {@code double[]} and its own {@link
 * backprop.fast.ActivationLoops}, and is tested against the readable wing ({@code backprop.Backprop},
 * {@code backprop.Gradients}): the same gradients within 1e-12, bit-identical for any number of threads. Its sums
 * over samples use the Vector API when the JVM runs with {@code --add-modules jdk.incubator.vector}, with the same
 * bits as without it.
 */
package backprop.fast;
