package backprop.plot;

import backprop.ForwardPass;
import backprop.Gradients;
import backprop.Network;
import backprop.Parameters;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * One sample's computation in a small network as SVG: a column of neurons per layer holding x, z, a or ŷ (and δ),
 * b (and ∂L/∂b) under each, the target y beside each output, a line per weight w<sub>j→k</sub> labelled w (and ∂L/∂w).
 * Groups {@code <g class="neuron" data-layer data-index>}, {@code <g class="weight" data-layer data-from data-to>}.
 */
public final class NetworkDiagram {

    /** The most neurons per layer that a diagram shows legibly. */
    public static final int MAX_NEURONS_PER_LAYER = 8;

    static final String POSITIVE = "#1f6fb4";
    static final String NEGATIVE = "#d96400";
    private static final String GRADIENT = "#7b2d8e";
    private static final double R = 46;
    private static final double ROW = 158;
    private static final double COLUMN = 340;
    private static final double LINE = 15;
    private static final double FONT = 11;
    /** Where along its line a label may go, in order of preference: far enough from the neurons and their texts. */
    private static final double[] FRACTIONS = {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82};

    private final Parameters theta;
    private final int[] sizes;
    private final int top;
    private final int rows;
    private final ForwardPass pass;
    private final int n;
    private final int label;
    private final Gradients gradients;
    private final Svg svg = new Svg();
    /** The upright boxes around the labels of the lines placed so far. */
    private final List<Rectangle2D> taken = new ArrayList<>();
    private final List<Line2D> segments = new ArrayList<>();

    /** The forward pass of sample n: x, z, a, ŷ in the neurons, w on the lines, b under the neurons. */
    public static String forward(String title, Network network, ForwardPass pass, int n) {
        return new NetworkDiagram(title, network, pass, null, null, n).draw(title, network);
    }

    /** As {@link #forward(String, Network, ForwardPass, int)}, with the target y<sub>o</sub> beside each output. */
    public static String forward(String title, Network network, ForwardPass pass, int[] labels, int n) {
        return new NetworkDiagram(title, network, pass, Plots.notNull("labels", labels), null, n).draw(title, network);
    }

    /** As the forward pass with labels, plus sample n's δ and the gradients' ∂L/∂w, ∂L/∂b (means over the pass). */
    public static String backward(String title, Network network, ForwardPass pass, int[] labels, Gradients gradients,
            int n) {
        return new NetworkDiagram(title, network, pass, Plots.notNull("labels", labels),
                Plots.notNull("gradients", gradients), n).draw(title, network);
    }

    /** Checks once that pass is of network's current weights, and labels and gradients of that pass. */
    private NetworkDiagram(String title, Network network, ForwardPass pass, int[] labels, Gradients gradients, int n) {
        Plots.notNull("title", title);
        sizes = Plots.notNull("network", network).sizes();
        theta = Plots.notNull("pass", pass).parameters();
        top = sizes.length - 1;
        rows = Arrays.stream(sizes).max().getAsInt();
        if (rows > MAX_NEURONS_PER_LAYER) {
            throw new IllegalArgumentException("network has a layer of " + rows + " neurons, more than the "
                    + MAX_NEURONS_PER_LAYER + " a diagram can show legibly: " + Arrays.toString(sizes));
        }
        if (!Arrays.equals(theta.sizes(), sizes) || !Arrays.equals(theta.array(), network.parameters().array())) {
            throw new IllegalArgumentException("pass must be a forward pass of network " + Arrays.toString(sizes)
                    + " with its current weights, was one of " + Arrays.toString(theta.sizes()) + " computed with "
                    + (Arrays.equals(theta.sizes(), sizes) ? "other weights" : "another network"));
        }
        if (n < 0 || n >= pass.size()) {
            throw new IllegalArgumentException("sample must be in [0, " + pass.size() + "), was " + n);
        }
        if (labels != null && labels.length != pass.size()) {
            throw new IllegalArgumentException("labels must have one label per sample (" + pass.size() + "), had "
                    + labels.length);
        }
        int classes = sizes[sizes.length - 1];
        for (int i = 0; labels != null && i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("labels[" + i + "] must be in [0, " + classes + "), was " + labels[i]);
            }
        }
        this.pass = pass;
        this.n = n;
        this.label = labels == null ? -1 : labels[n];
        this.gradients = gradients;
        if (gradients != null && (!Arrays.equals(gradients.gradient().sizes(), sizes)
                || gradients.delta(1).length != pass.size())) {
            throw new IllegalArgumentException("gradients must be the backward pass of pass, of sizes "
                    + Arrays.toString(sizes) + " and " + pass.size() + " samples, was one of sizes "
                    + Arrays.toString(gradients.gradient().sizes()) + " and " + gradients.delta(1).length + " samples");
        }
        for (int o = 0; gradients != null && o < sizes[top]; o++) {
            double error = pass.a(top)[n][o] - (o == label ? 1 : 0);
            if (!(Math.abs(gradients.delta(top)[n][o] - error) <= 1e-12)) { // one rounding of a number in [−1, 1]
                throw new IllegalArgumentException("gradients must be the backward pass of pass with labels: δ of"
                        + " output " + o + " was " + gradients.delta(top)[n][o] + ", but ŷ − y = " + error);
            }
        }
    }

    private String draw(String title, Network network) {
        String activation = network.activation().toString().toLowerCase(Locale.ROOT).replace("sigmoid", "logistic")
                .replace("relu", "ReLU");
        for (int l = 0; l <= top; l++) {
            svg.add("text", l == 0 ? "inputs" : l == top ? "outputs: softmax" : "hidden layer" + (top > 2 ? " " + l
                    : "") + ": " + activation, "x", x(l), "y", 68.0, "text-anchor", "middle", "font-size", 13, "fill",
                    "#555555");
        }
        double widest = IntStream.rangeClosed(1, top).mapToObj(theta::weights).flatMap(Arrays::stream)
                .flatMapToDouble(Arrays::stream).map(Math::abs).max().orElse(0);
        List<int[]> lines = IntStream.rangeClosed(1, top).boxed() // {l, j, k}, the steepest first: it has least room
                .flatMap(l -> IntStream.range(0, sizes[l - 1] * sizes[l]).mapToObj(i -> new int[] {l, i / sizes[l],
                i % sizes[l]})).sorted(Comparator.comparingDouble(e -> -Math.abs(y(e[0], e[2]) - y(e[0] - 1, e[1]))))
                .toList();
        lines.forEach(e -> segments.add(line(e[0], e[1], e[2], widest)));
        for (int i = 0; i < lines.size(); i++) { // after all lines: a label's white outline covers the lines under it
            weightLabel(lines.get(i)[0], lines.get(i)[1], lines.get(i)[2], segments.get(i));
        }
        for (int l = 0; l <= top; l++) {
            for (int k = 0; k < sizes[l]; k++) {
                neuron(l, k);
            }
        }
        return legend(title, 142 + (rows - 1) * ROW + R + 49 + (gradients == null ? 0 : LINE), widest);
    }

    private static double x(int l) {
        return 90 + l * COLUMN;
    }

    /** Columns are centred on the tallest one. */
    private double y(int l, int k) {
        return 142 + (rows - sizes[l]) * ROW / 2 + k * ROW;
    }

    private void neuron(int l, int k) {
        double cx = x(l);
        double cy = y(l, k);
        List<String> lines = new ArrayList<>(List.of(l == 0 ? "x" + subscript(k + 1) : l == top ? "o" + subscript(k)
                : "h" + subscript(Arrays.stream(sizes, 1, l).sum() + k + 1)));
        lines.addAll(l == 0 ? List.of("x = " + value(pass.a(0)[n][k]))
                : List.of("z = " + value(pass.z(l)[n][k]), (l == top ? "ŷ = " : "a = ") + value(pass.a(l)[n][k])));
        if (l > 0 && gradients != null) {
            lines.add("δ = " + value(gradients.delta(l)[n][k]));
        }
        svg.open("class", "neuron", "data-layer", l, "data-index", k);
        svg.add("circle", null, "cx", cx, "cy", cy, "r", R, "fill", l == 0 ? "#eeeeee" : "white", "stroke", "#222222",
                "stroke-width", l == top ? 2.2 : 1.4);
        for (int i = 0; i < lines.size(); i++) {
            svg.add("text", lines.get(i), "x", cx, "y", cy - (lines.size() - 1) * LINE / 2 + 4 + i * LINE,
                    "text-anchor", "middle", "font-size", i == 0 ? 14 : 12, "font-weight", i == 0 ? "bold" : "normal",
                    "fill", lines.get(i).startsWith("δ") ? GRADIENT : "#222222");
        }
        for (int i = 0; l > 0 && i < (gradients == null ? 1 : 2); i++) { // b, ∂L/∂b under the neuron
            svg.add("text", i == 0 ? "b = " + value(theta.biases(l)[k]) : "∂L/∂b = " + value(gradients.db(l)[k]),
                    halo(cx, cy + R + (i + 1) * LINE, i == 0 ? "#222222" : GRADIENT, ""));
        }
        if (l == top && label >= 0) {
            svg.add("text", "y" + subscript(k) + " = " + (k == label ? 1 : 0), "x", cx + R + 10, "y", cy + 5,
                    "font-size", 13, "font-weight", "bold");
        }
        svg.close();
    }

    /** Draws the line of w<sub>j→k</sub> into layer l between the circles, as wide as |w| (5 px the widest). */
    private Line2D line(int l, int j, int k, double widest) {
        double length = Math.hypot(COLUMN, y(l, k) - y(l - 1, j));
        double ux = COLUMN / length;
        double uy = (y(l, k) - y(l - 1, j)) / length;
        Line2D s = new Line2D.Double(x(l - 1) + R * ux, y(l - 1, j) + R * uy, x(l) - R * ux, y(l, k) - R * uy);
        double w = theta.weight(l, j, k);
        svg.add("line", null, "class", "weight", "data-layer", l, "data-from", j, "data-to", k, "x1", s.getX1(), "y1",
                s.getY1(), "x2", s.getX2(), "y2", s.getY2(), "stroke", w < 0 ? NEGATIVE : POSITIVE, "stroke-width",
                widest == 0 ? 0.8 : 0.8 + 4.2 * Math.abs(w) / widest);
        return s;
    }

    /** Writes w above line s and ∂L/∂w below it, where their box overlaps the fewest other labels, then lines. */
    private void weightLabel(int l, int j, int k, Line2D s) {
        String above = value(theta.weight(l, j, k));
        String below = gradients == null ? "" : value(gradients.dW(l)[j][k]);
        double ux = (s.getX2() - s.getX1()) / s.getP1().distance(s.getP2());
        double uy = (s.getY2() - s.getY1()) / s.getP1().distance(s.getP2());
        double along = Math.max(Svg.width(above, FONT), Svg.width(below, FONT)) / 2 + 2;
        double dx = along * ux + (5 + FONT) * Math.abs(uy);
        double dy = along * Math.abs(uy) + (5 + FONT) * ux;
        Rectangle2D best = Arrays.stream(FRACTIONS).mapToObj(t -> new Rectangle2D.Double(s.getX1() - dx
                + t * (s.getX2() - s.getX1()), s.getY1() - dy + t * (s.getY2() - s.getY1()), 2 * dx, 2 * dy))
                .min(Comparator.comparingLong(box -> 100 * taken.stream().filter(box::intersects).count()
                        + segments.stream().filter(o -> o.intersects(box)).count())).orElseThrow();
        taken.add(best);
        String turn = "rotate(" + Svg.num(Math.toDegrees(Math.atan2(uy, ux))) + " " + Svg.num(best.getCenterX()) + " "
                + Svg.num(best.getCenterY()) + ")";
        svg.open("class", "weight-label", "data-layer", l, "data-from", j, "data-to", k);
        svg.add("text", above, halo(best.getCenterX(), best.getCenterY() - 5, "#222222", turn));
        if (gradients != null) {
            svg.add("text", below, halo(best.getCenterX(), best.getCenterY() + 13.6, GRADIENT, turn));
        }
        svg.close();
    }

    /** A label's attributes: centred at (x, y), with a white outline that keeps it legible over lines. */
    private static Object[] halo(double x, double y, String fill, String transform) {
        return new Object[] {"x", x, "y", y, "text-anchor", "middle", "font-size", FONT, "fill", fill, "stroke",
            "white", "stroke-width", 3, "paint-order", "stroke", "transform", transform};
    }

    /** The legend's lines from height y down, and the document around the picture. */
    private String legend(String title, double y, double widest) {
        int samples = pass.size();
        List<String> notes = Stream.of("Lines: blue for w > 0, orange for w < 0, as wide as |w| (the widest: |w| = "
                + value(widest) + ").", "In each neuron: z = Σ a·w + b, then a = σ(z) (hidden) or ŷ = softmax(z)"
                + " (outputs); its bias b under it.", "On each line: its weight w above it" + (gradients == null ? "."
                : ", ∂L/∂w below it."), (samples == 1 ? "The pass's one sample" : "Sample n = " + n
                + " of the pass's N = " + samples) + "; values to 3 decimals.", gradients == null ? null : "Purple:"
                + " derivatives of the loss L. δ = ∂L/∂z in each neuron (this sample's); ∂L/∂w, ∂L/∂b "
                + (samples == 1 ? "of this sample." : "averaged over all N = " + samples + " samples."))
                .filter(Objects::nonNull).toList();
        svg.open("class", "legend");
        for (int i = 0; i < notes.size(); i++) {
            svg.add("text", notes.get(i), "x", 24, "y", y + i * 19.5, "font-size", 12.5, "fill",
                    i == 4 ? GRADIENT : "#222222");
        }
        svg.close();
        double width = notes.stream().mapToDouble(t -> Svg.width(t, 12.5)).max().getAsDouble() + 48;
        return svg.document(Math.max(width, x(top) + 120), y + notes.size() * 19.5, title);
    }

    /** A value to 3 decimals with a true minus sign, never "−0.000". */
    static String value(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        return !s.startsWith("-") ? s : s.matches("-[0.]+") ? s.substring(1) : "−" + s.substring(1);
    }

    private static String subscript(int i) {
        return Integer.toString(i).chars().mapToObj(c -> Character.toString('₀' + c - '0'))
                .collect(Collectors.joining());
    }
}
