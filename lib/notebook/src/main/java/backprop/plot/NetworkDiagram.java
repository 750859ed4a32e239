package backprop.plot;

import backprop.ForwardPass;
import backprop.Gradients;
import backprop.Network;
import backprop.Parameters;
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

    /** Absolute tolerance for δ<sub>o</sub> = ŷ<sub>o</sub> − y<sub>o</sub>: one rounding of numbers in [−1, 1]. */
    private static final double OUTPUT_ERROR_TOLERANCE = 1e-12;

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
        Plots.notNull("labels", labels);
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
        Plots.notNull("labels", labels);
        Plots.notNull("gradients", gradients);
        return NetworkPicture.draw(read(title, network, pass, labels, gradients, sample));
    }

    /** The numbers of one sample that the picture shows; arrays indexed [layer][neuron] and [layer][j][k]. */
    record Numbers(String title, String activation, int sample, int samples, Parameters theta, double[][] z,
            double[][] a, int label, double[][] delta, Gradients gradients) {

        int[] sizes() {
            return theta.sizes();
        }

        int layers() {
            return theta.layers();
        }

        boolean hasLabel() {
            return label >= 0;
        }

        boolean hasGradients() {
            return gradients != null;
        }
    }

    /**
     * Checks every argument and reads the numbers of sample {@code n}; labels and gradients may be null. The pass
     * must have been computed with the network's current parameters, exactly (what {@code isStale}
     * tells for the pass's own network); the gradients must be of the network's shape, with one δ row per sample of
     * the pass and, at the outputs, δ<sub>o</sub> = ŷ<sub>o</sub> − y<sub>o</sub> of this pass and label.
     */
    private static Numbers read(String title, Network network, ForwardPass pass, int[] labels, Gradients gradients,
            int n) {
        Plots.notNull("title", title);
        int[] sizes = Plots.notNull("network", network).sizes();
        Parameters theta = Plots.notNull("pass", pass).parameters();
        for (int l = 0; l < sizes.length; l++) {
            if (sizes[l] > MAX_NEURONS_PER_LAYER) {
                throw new IllegalArgumentException("network has " + sizes[l] + " neurons in layer " + l
                        + ", more than the " + MAX_NEURONS_PER_LAYER + " a diagram can show legibly: "
                        + Arrays.toString(sizes));
            }
        }
        if (!Arrays.equals(theta.sizes(), sizes)) {
            throw new IllegalArgumentException("pass must be a forward pass of network, of sizes " + Arrays.toString(sizes)
                    + ", was one of a network of sizes " + Arrays.toString(theta.sizes()));
        }
        if (!Arrays.equals(theta.array(), network.parameters().array())) {
            throw new IllegalArgumentException("pass must be a forward pass of network with its current weights, was"
                    + " one computed with other weights (the weights changed since, or it is another network's pass)");
        }
        int samples = pass.size();
        if (n < 0 || n >= samples) {
            throw new IllegalArgumentException("sample must be in [0, " + samples + "), was " + n);
        }
        int top = sizes.length - 1;
        double[][] z = new double[top + 1][];
        double[][] a = new double[top + 1][];
        a[0] = pass.a(0)[n];
        for (int l = 1; l <= top; l++) {
            z[l] = pass.z(l)[n];
            a[l] = pass.a(l)[n];
        }
        int label = labels == null ? -1 : label(labels, samples, sizes[top], n);
        if (gradients == null) {
            return new Numbers(title, network.activation().toString(), n, samples, theta, z, a, label, null, null);
        }
        if (!Arrays.equals(gradients.gradient().sizes(), sizes)) {
            throw new IllegalArgumentException("gradients must belong to a network of sizes " + Arrays.toString(sizes)
                    + ", was one of sizes " + Arrays.toString(gradients.gradient().sizes()));
        }
        double[][] delta = new double[top + 1][];
        for (int l = 1; l <= top; l++) {
            double[][] d = gradients.delta(l);
            if (d.length != samples) {
                throw new IllegalArgumentException("gradients must be the backward pass of pass, with " + samples
                        + " samples, was one of " + d.length);
            }
            delta[l] = d[n];
        }
        for (int o = 0; o < sizes[top]; o++) {
            double expected = a[top][o] - (o == label ? 1.0 : 0.0);
            if (!(Math.abs(delta[top][o] - expected) <= OUTPUT_ERROR_TOLERANCE)) {
                throw new IllegalArgumentException("gradients must be the backward pass of pass with labels: δ of"
                        + " output " + o + " was " + delta[top][o] + ", but ŷ − y = " + expected);
            }
        }
        return new Numbers(title, network.activation().toString(), n, samples, theta, z, a, label, delta, gradients);
    }

    /** The label of sample n, after checking one label per sample, each in [0, classes). */
    private static int label(int[] labels, int samples, int classes, int n) {
        if (labels.length != samples) {
            throw new IllegalArgumentException("labels must have one label per sample of the pass (" + samples
                    + "), had " + labels.length);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("labels[" + i + "] must be in [0, " + classes + "), was " + labels[i]);
            }
        }
        return labels[n];
    }
}
