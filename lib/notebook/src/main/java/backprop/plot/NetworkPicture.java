package backprop.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Lays out and draws {@link NetworkDiagram.Numbers}: one column per layer, neurons as circles with their values, one
 * labelled line per weight, biases under the neurons, a legend below. Each neuron is an SVG group
 * {@code <g class="neuron" data-layer="l" data-index="k">} and each weight {@code <g class="weight" data-layer="l"
 * data-from="j" data-to="k">}, so the picture can be read back by a program too.
 */
final class NetworkPicture {

    private static final double RADIUS = 46;
    private static final double ROW_PITCH = 158;
    private static final double COLUMN_PITCH = 340;
    private static final double LEFT = 90;
    private static final double RIGHT = 120;
    private static final double TITLE_Y = 34;
    private static final double HEADER_Y = 68;
    private static final double FIRST_ROW_Y = 96 + RADIUS;
    private static final double NODE_FONT = 13;
    private static final double LABEL_FONT = 11;
    private static final double LEGEND_FONT = 12.5;
    private static final double LINE = 15;
    private static final double LEGEND_LEFT = 24;

    static final String POSITIVE = "#1f6fb4";
    static final String NEGATIVE = "#d96400";
    static final String GRADIENT = "#7b2d8e";
    private static final String INK = "#222222";
    private static final String MUTED = "#555555";

    /** Where along a line its label may go, in order of preference (fractions of the gap between the circles). */
    private static final double[] LABEL_FRACTIONS =
            {0.5, 0.44, 0.56, 0.38, 0.62, 0.32, 0.68, 0.26, 0.74, 0.2, 0.8, 0.14, 0.86, 0.08, 0.92};

    /** A white outline behind the strokes of a text, so that it stays legible where it crosses a line. */
    private static final String HALO = Svg.attr("stroke", "white") + Svg.attr("stroke-width", 3)
            + Svg.attr("stroke-linejoin", "round") + Svg.attr("paint-order", "stroke");

    private static final int MAX_WIDTH = NetworkDiagram.MAX_NEURONS_PER_LAYER;

    private final NetworkDiagram.Numbers n;
    private final Svg svg = new Svg();
    private final LabelSpace space = new LabelSpace();
    private final double maxAbsWeight;
    private final int rows;

    private NetworkPicture(NetworkDiagram.Numbers numbers) {
        this.n = numbers;
        double max = 0.0;
        for (int l = 1; l <= n.layers(); l++) {
            for (double[] row : n.theta().weights(l)) {
                max = Math.max(max, Arrays.stream(row).map(Math::abs).max().orElse(0));
            }
        }
        this.maxAbsWeight = max;
        this.rows = Arrays.stream(n.sizes()).max().getAsInt();
    }

    static String draw(NetworkDiagram.Numbers numbers) {
        return new NetworkPicture(numbers).picture();
    }

    private String picture() {
        double width = LEFT + n.layers() * COLUMN_PITCH + RIGHT;
        svg.text((LEFT + x(n.layers())) / 2, TITLE_Y, "middle", 18, INK, Svg.attr("font-weight", "bold"), n.title());
        for (int l = 0; l <= n.layers(); l++) {
            svg.text(x(l), HEADER_Y, "middle", NODE_FONT, MUTED, "", header(l));
            for (int k = 0; k < n.sizes()[l]; k++) {
                reserveNeuron(l, k);
            }
        }
        for (int l = 1; l <= n.layers(); l++) {
            for (int j = 0; j < n.sizes()[l - 1]; j++) {
                for (int k = 0; k < n.sizes()[l]; k++) {
                    double[] e = ends(l, j, k);
                    space.takeLine(lineNumber(l, j, k), e[0], e[1], e[2], e[3], lineWidth(n.theta().weight(l, j, k)));
                }
            }
        }
        for (int[] line : steepestFirst()) {
            weight(line[0], line[1], line[2]);
        }
        for (int l = 0; l <= n.layers(); l++) {
            for (int k = 0; k < n.sizes()[l]; k++) {
                neuron(l, k);
            }
        }
        double legendTop = FIRST_ROW_Y + (rows - 1) * ROW_PITCH + RADIUS + (n.hasGradients() ? 2 : 1) * LINE + 34;
        List<String[]> notes = legendNotes();
        for (String[] note : notes) {
            width = Math.max(width, 2 * LEGEND_LEFT + Svg.width(note[0], LEGEND_FONT));
        }
        legend(legendTop, notes);
        double height = legendTop + (notes.size() + 1) * (LEGEND_FONT + 7) + 16;
        return svg.document(width, height, n.title());
    }

    private static double x(int l) {
        return LEFT + l * COLUMN_PITCH;
    }

    /** Columns are centred vertically on the widest one. */
    private double y(int l, int k) {
        return FIRST_ROW_Y + (rows - n.sizes()[l]) * ROW_PITCH / 2 + k * ROW_PITCH;
    }

    private String header(int l) {
        return l == 0 ? "inputs" : l == n.layers() ? "outputs: softmax"
                : (n.layers() > 2 ? "hidden layer " + l : "hidden layer") + ": " + activationName(n.activation());
    }

    /** The activation as the notebooks name it: "logistic" (never "sigmoid": σ is any activation), "tanh", "ReLU". */
    static String activationName(String activation) {
        String name = activation.toLowerCase(Locale.ROOT);
        return name.equals("sigmoid") ? "logistic" : name.equals("relu") ? "ReLU" : name;
    }

    /** x₁…, h₁… numbered through all hidden layers, and o₀… counted from 0 like the classes they stand for. */
    private String name(int l, int k) {
        if (l == 0 || l == n.layers()) {
            return l == 0 ? "x" + subscript(k + 1) : "o" + subscript(k);
        }
        return "h" + subscript(Arrays.stream(n.sizes(), 1, l).sum() + k + 1);
    }

    /** The lines inside a neuron, after its name. */
    private List<String> values(int l, int k) {
        List<String> lines = new ArrayList<>();
        if (l == 0) {
            lines.add("x = " + value(n.a()[0][k]));
            return lines;
        }
        lines.add("z = " + value(n.z()[l][k]));
        lines.add((l == n.layers() ? "ŷ = " : "a = ") + value(n.a()[l][k]));
        if (n.hasGradients()) {
            lines.add("δ = " + value(n.delta()[l][k]));
        }
        return lines;
    }

    /** Marks the room of a neuron, its bias and its target as taken before any weight label is placed. */
    private void reserveNeuron(int l, int k) {
        double cx = x(l);
        double cy = y(l, k);
        space.takeCircle(cx, cy, RADIUS);
        if (l > 0) {
            space.take(cx - 60, cy + RADIUS, 120, (n.hasGradients() ? 2 : 1) * LINE + 6);
        }
        if (l == n.layers() && n.hasLabel()) {
            space.take(cx + RADIUS, cy - 10, RIGHT - 10, 20);
        }
    }

    private void neuron(int l, int k) {
        double cx = x(l);
        double cy = y(l, k);
        svg.open(Svg.attr("class", "neuron") + Svg.attr("data-layer", l) + Svg.attr("data-index", k));
        svg.circle(cx, cy, RADIUS, l == 0 ? "#eeeeee" : "#ffffff", INK, l == n.layers() ? 2.2 : 1.4);
        List<String> lines = values(l, k);
        double top = cy - (lines.size() + 1) * LINE / 2 + LINE - 3.5;
        svg.text(cx, top, "middle", NODE_FONT + 1, INK, Svg.attr("font-weight", "bold"), name(l, k));
        for (int i = 0; i < lines.size(); i++) {
            String fill = lines.get(i).startsWith("δ") ? GRADIENT : INK;
            svg.text(cx, top + (i + 1) * LINE, "middle", NODE_FONT - 1, fill, "", lines.get(i));
        }
        if (l > 0) {
            double by = cy + RADIUS + LINE;
            svg.text(cx, by, "middle", LABEL_FONT + 0.5, INK, HALO, "b = " + value(n.theta().biases(l)[k]));
            if (n.hasGradients()) {
                svg.text(cx, by + LINE, "middle", LABEL_FONT + 0.5, GRADIENT, HALO,
                        "∂L/∂b = " + value(n.gradients().db(l)[k]));
            }
        }
        if (l == n.layers() && n.hasLabel()) {
            svg.text(cx + RADIUS + 10, cy + 5, "start", NODE_FONT, INK, Svg.attr("font-weight", "bold") + HALO,
                    "y" + subscript(k) + " = " + (k == n.label() ? "1" : "0"));
        }
        svg.close();
    }

    /** The ends of the line of w<sub>j→k</sub> of layer l, on the two circles: {x1, y1, x2, y2}. */
    private double[] ends(int l, int j, int k) {
        double x1 = x(l - 1);
        double y1 = y(l - 1, j);
        double x2 = x(l);
        double y2 = y(l, k);
        double length = Math.hypot(x2 - x1, y2 - y1);
        double ux = (x2 - x1) / length;
        double uy = (y2 - y1) / length;
        return new double[] {x1 + RADIUS * ux, y1 + RADIUS * uy, x2 - RADIUS * ux, y2 - RADIUS * uy};
    }

    /**
     * Every line as {l, j, k}, the steepest first: a steep line crosses more others and has less free room for its
     * label, so it chooses first. Ties keep the order of l, j, k.
     */
    private List<int[]> steepestFirst() {
        List<int[]> lines = new ArrayList<>();
        for (int l = 1; l <= n.layers(); l++) {
            for (int j = 0; j < n.sizes()[l - 1]; j++) {
                for (int k = 0; k < n.sizes()[l]; k++) {
                    lines.add(new int[] {l, j, k});
                }
            }
        }
        lines.sort(Comparator.comparingDouble((int[] e) -> -Math.abs(y(e[0], e[2]) - y(e[0] - 1, e[1]))));
        return lines;
    }

    /** A number for each line, unique in the network. */
    private static int lineNumber(int l, int j, int k) {
        return (l * MAX_WIDTH + j) * MAX_WIDTH + k;
    }

    /**
     * The line of w<sub>j→k</sub>, with w written above it and ∂L/∂w below it, along the line where the label
     * overlaps no other text.
     */
    private void weight(int l, int j, int k) {
        double w = n.theta().weight(l, j, k);
        String colour = w < 0 ? NEGATIVE : POSITIVE;
        double[] e = ends(l, j, k);
        double lineWidth = lineWidth(w);
        svg.open(Svg.attr("class", "weight") + Svg.attr("data-layer", l) + Svg.attr("data-from", j)
                + Svg.attr("data-to", k));
        svg.line(e[0], e[1], e[2], e[3], colour, lineWidth);
        String above = value(w);
        String below = n.hasGradients() ? value(n.gradients().gradient().weight(l, j, k)) : "";
        double gap = lineWidth / 2 + 2.5;
        double halfLength = Math.max(Svg.width(above, LABEL_FONT), Svg.width(below, LABEL_FONT)) / 2 + 2;
        double[] c = space.place(lineNumber(l, j, k), e[0], e[1], e[2], e[3], halfLength, gap + LABEL_FONT,
                LABEL_FRACTIONS);
        double angle = Math.toDegrees(Math.atan2(e[3] - e[1], e[2] - e[0]));
        String turn = Svg.attr("transform", "rotate(" + Svg.num(angle) + " " + Svg.num(c[0]) + " " + Svg.num(c[1])
                + ")") + HALO;
        svg.text(c[0], c[1] - gap, "middle", LABEL_FONT, INK, turn, above);
        if (n.hasGradients()) {
            svg.text(c[0], c[1] + gap + 0.78 * LABEL_FONT, "middle", LABEL_FONT, GRADIENT, turn, below);
        }
        svg.close();
    }

    /** 0.8 px for w = 0 up to 5 px for the largest |w| of the network. */
    private double lineWidth(double w) {
        return maxAbsWeight == 0.0 ? 0.8 : 0.8 + 4.2 * Math.abs(w) / maxAbsWeight;
    }

    /** The legend's sentences, each with its colour: {text, colour}. */
    private List<String[]> legendNotes() {
        List<String[]> notes = new ArrayList<>();
        notes.add(new String[] {"In each neuron: z = Σ a·w + b, then a = σ(z) (hidden) or ŷ = softmax(z) (outputs);"
                + " its bias b under it.", INK});
        notes.add(new String[] {"On each line: its weight w above it" + (n.hasGradients() ? ", ∂L/∂w below it." : "."),
                INK});
        notes.add(new String[] {(n.samples() == 1 ? "The pass's one sample" : "Sample n = " + n.sample()
                + " of the pass's N = " + n.samples()) + "; values to " + NetworkDiagram.DECIMALS + " decimals.", INK});
        if (n.hasGradients()) {
            notes.add(new String[] {"Purple: derivatives of the loss L. δ = ∂L/∂z in each neuron (this sample's);"
                    + " ∂L/∂w, ∂L/∂b " + (n.samples() == 1 ? "of this sample." : "averaged over all N = "
                    + n.samples() + " samples."), GRADIENT});
        }
        return notes;
    }

    private void legend(double top, List<String[]> notes) {
        double row = LEGEND_FONT + 7;
        svg.open(Svg.attr("class", "legend"));
        for (int i = 0; i < 2; i++) {
            svg.line(LEGEND_LEFT + 100 * i, top - 4, LEGEND_LEFT + 100 * i + 30, top - 4, i == 0 ? POSITIVE : NEGATIVE, 3);
            svg.text(LEGEND_LEFT + 100 * i + 38, top, "start", LEGEND_FONT, INK, "", i == 0 ? "w > 0" : "w < 0");
        }
        svg.text(LEGEND_LEFT + 200, top, "start", LEGEND_FONT, INK, "", "line width ∝ |w| (the widest: |w| = "
                + value(maxAbsWeight) + ")");
        for (int i = 0; i < notes.size(); i++) {
            svg.text(LEGEND_LEFT, top + (i + 1) * row, "start", LEGEND_FONT, notes.get(i)[1], "", notes.get(i)[0]);
        }
        svg.close();
    }

    /** A value with {@link NetworkDiagram#DECIMALS} decimals and a true minus sign; never "−0.000". */
    static String value(double v) {
        String s = String.format(Locale.ROOT, "%." + NetworkDiagram.DECIMALS + "f", v);
        if (s.startsWith("-")) {
            s = s.substring(1).chars().allMatch(c -> c == '0' || c == '.') ? s.substring(1) : "−" + s.substring(1);
        }
        return s;
    }

    private static String subscript(int i) {
        return Integer.toString(i).chars().mapToObj(c -> String.valueOf((char) ('₀' + c - '0')))
                .collect(Collectors.joining());
    }
}
