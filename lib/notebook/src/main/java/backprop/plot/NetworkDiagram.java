package backprop.plot;

import backprop.ForwardPass;
import backprop.Gradients;
import backprop.Network;
import java.util.Arrays;

/**
 * Draws a small network as an SVG picture of one sample's computation, read from a {@link Network} and its
 * {@link ForwardPass} (and {@link Gradients}): the neurons as circles in columns, one column per layer, each
 * showing its numbers in the notation of the derivation, and one line per weight w<sub>j→k</sub>.
 *
 * <ul>
 *   <li>inputs x<sub>i</sub>: the value x; hidden neurons h: z<sub>j</sub> = Σ<sub>i</sub> a<sub>i</sub>
 *       w<sub>i→j</sub> + b<sub>j</sub> and a<sub>j</sub> = σ(z<sub>j</sub>); outputs o: z<sub>o</sub> and
 *       ŷ<sub>o</sub> = softmax(z)<sub>o</sub>, with the target y<sub>o</sub> beside them when labels are given;
 *   <li>with a backward pass: δ = ∂L/∂z in every neuron, ∂L/∂w<sub>j→k</sub> on every line and ∂L/∂b under every
 *       bias;
 *   <li>each line is blue for w &gt; 0 and orange for w &lt; 0, as wide as |w| relative to the largest |w|, and
 *       labelled with w (and ∂L/∂w); each neuron's bias b is written under it.
 * </ul>
 *
 * <p>Numbers are printed with {@value #DECIMALS} decimals. Hidden neurons are numbered h₁, h₂, … through all hidden
 * layers, so every neuron has its own name. The result is a complete {@code <svg>} document (no scripts, no external
 * fonts, deterministic): show it in a notebook with {@code display(svg, "image/svg+xml")}, or write it to a file.
 */
public final class NetworkDiagram {

    /** Decimals of every printed value. */
    public static final int DECIMALS = 3;

    /** The most neurons per layer that the picture can show legibly. */
    public static final int MAX_NEURONS_PER_LAYER = 8;

    private NetworkDiagram() {
    }

    /**
     * The forward pass of one sample: x, z, a and ŷ in the neurons, w on the lines, b under the neurons.
     *
     * @param title   the heading of the picture
     * @param network the network, at most {@value #MAX_NEURONS_PER_LAYER} neurons per layer
     * @param pass    a forward pass of {@code network} (with its current weights)
     * @param sample  which sample of the pass to draw, in [0, N)
     * @return an SVG document
     * @throws IllegalArgumentException naming the parameter if one is null, out of range or of another network
     */
    public static String forward(String title, Network network, ForwardPass pass, int sample) {
        return NetworkPicture.draw(read(title, network, pass, null, null, sample));
    }

    /**
     * The forward pass of one sample with its target: as {@link #forward(String, Network, ForwardPass, int)}, and
     * y<sub>o</sub> (1 for the sample's label, 0 otherwise) beside each output.
     *
     * @param labels the N labels of the samples of the pass, each in [0, classes)
     */
    public static String forward(String title, Network network, ForwardPass pass, int[] labels, int sample) {
        DiagramArguments.notNull("labels", labels);
        return NetworkPicture.draw(read(title, network, pass, labels, null, sample));
    }

    /**
     * The forward and backward pass of one sample: as {@link #forward(String, Network, ForwardPass, int[], int)},
     * plus δ = ∂L/∂z in every neuron, ∂L/∂w<sub>j→k</sub> on every line and ∂L/∂b<sub>k</sub> under every bias.
     * δ is the sample's; ∂L/∂w and ∂L/∂b are those of {@code gradients}, the mean over all N samples of the pass
     * (the picture says so when N &gt; 1).
     *
     * @param labels    the N labels the backward pass was computed with
     * @param gradients {@code network.backward(pass, labels, λ)}
     */
    public static String backward(String title, Network network, ForwardPass pass, int[] labels, Gradients gradients,
            int sample) {
        DiagramArguments.notNull("labels", labels);
        DiagramArguments.notNull("gradients", gradients);
        return NetworkPicture.draw(read(title, network, pass, labels, gradients, sample));
    }

    /** The numbers of one sample that the picture shows; arrays indexed [layer][neuron] and [layer][j][k]. */
    record Numbers(String title, String activation, int[] sizes, int sample, int samples, double[][][] w,
            double[][] b, double[][] z, double[][] a, int label, double[][] delta, double[][][] dW, double[][] db) {

        int layers() {
            return sizes.length - 1;
        }

        boolean hasLabel() {
            return label >= 0;
        }

        boolean hasGradients() {
            return delta != null;
        }
    }

    /** Checks every argument and reads the numbers of sample {@code n}; labels and gradients may be null. */
    private static Numbers read(String title, Network network, ForwardPass pass, int[] labels, Gradients gradients,
            int n) {
        DiagramArguments.notNull("title", title);
        DiagramArguments.notNull("network", network);
        DiagramArguments.notNull("pass", pass);
        int[] sizes = network.sizes();
        int top = sizes.length - 1;
        for (int l = 0; l <= top; l++) {
            if (sizes[l] > MAX_NEURONS_PER_LAYER) {
                throw new IllegalArgumentException("network has " + sizes[l] + " neurons in layer " + l
                        + ", more than the " + MAX_NEURONS_PER_LAYER + " a diagram can show legibly: "
                        + Arrays.toString(sizes));
            }
        }
        double[][] z = new double[top + 1][];
        double[][] a = new double[top + 1][];
        int samples = DiagramArguments.samples(pass, sizes);
        if (n < 0 || n >= samples) {
            throw new IllegalArgumentException("sample must be in [0, " + samples + "), was " + n);
        }
        double[][][] w = new double[top + 1][][];
        double[][] b = new double[top + 1][];
        a[0] = pass.a(0)[n];
        for (int l = 1; l <= top; l++) {
            w[l] = network.weights(l);
            b[l] = network.biases(l);
            z[l] = pass.z(l)[n];
            a[l] = pass.a(l)[n];
            DiagramArguments.requireWeightedSums(l, w[l], b[l], a[l - 1], z[l]);
        }
        int label = -1;
        if (labels != null) {
            DiagramArguments.requireLabels(labels, samples, sizes[top]);
            label = labels[n];
        }
        if (gradients == null) {
            return new Numbers(title, network.activation().toString(), sizes, n, samples, w, b, z, a, label,
                    null, null, null);
        }
        double[][] delta = new double[top + 1][];
        double[][][] dW = new double[top + 1][][];
        double[][] db = new double[top + 1][];
        DiagramArguments.requireGradientShape(gradients, sizes, samples);
        for (int l = 1; l <= top; l++) {
            delta[l] = gradients.delta(l)[n];
            dW[l] = gradients.dW(l);
            db[l] = gradients.db(l);
        }
        DiagramArguments.requireOutputError(delta[top], a[top], label);
        return new Numbers(title, network.activation().toString(), sizes, n, samples, w, b, z, a, label, delta, dW,
                db);
    }
}
