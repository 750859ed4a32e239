/**
 * The training kernel on flat buffers over several threads ({@link backprop.fast.BatchEngine}), JDK only, tested
 * against the readable code: gradients within 1e-12, the same bits on any number of threads, with or without vectors.
 */
package backprop.fast;
