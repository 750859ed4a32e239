/**
 * The fast wing: the training kernel on flat buffers, chunk by chunk over several threads ({@link
 * backprop.fast.BatchEngine}). It depends on nothing but the JDK and is tested against the readable wing: the same
 * gradients within 1e-12, bit-identical for any number of threads, with or without {@code jdk.incubator.vector}.
 */
package backprop.fast;
