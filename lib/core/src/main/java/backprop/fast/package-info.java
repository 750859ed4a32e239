/**
 * The fast wing: the training kernel on flat buffers, chunk by chunk and over several threads, with vectorisable
 * loops and its own exp/tanh ({@link backprop.fast.BatchEngine} is the entry point). It depends only on the
 * parameter vector {@link backprop.Parameters} and the {@link backprop.Activation}, and is tested against the
 * readable wing ({@link backprop.Backprop}, {@link backprop.Gradients}): the same gradients within 1e-12,
 * bit-identical for any number of threads. Its sums over samples use the Vector API when the JVM runs with
 * {@code --add-modules jdk.incubator.vector}, with the same bits as without it.
 */
package backprop.fast;
