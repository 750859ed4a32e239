package backprop.plot;

import backprop.autodiff.Value;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link Value}'s computation graph: a box per node (name or operation, value, gradient), an arrow from each operand
 * to its result. The root stands in the last column, every other node one column left of its leftmost use, a column's
 * nodes centred in the order of {@link Value#graph()}; an arrow that skips columns runs below all boxes. O(V + E).
 */
public final class ComputationGraph {

    /** The most nodes one picture shows legibly. */
    public static final int MAX_NODES = 2_000;

    private static final double HEIGHT = 65;
    private static final double GAP = 80;

    private final List<Value> nodes;
    private final Map<Value, Integer> index = new IdentityHashMap<>();
    /** The longest path from each node to the root: its column counted from the right. */
    private final int[] hops;
    private final double[] y;
    private final double[] width;
    /** The centre of each column, by hops. */
    private final double[] centre;
    /** The bottom of the lowest box. */
    private double bottom;

    /** root's graph as SVG: node i of {@link Value#graph()} is {@code <g class="node" data-id="ni">}, an arrow
     * {@code <g class="edge" data-from="ni" data-to="nj">}; at most {@value #MAX_NODES} nodes. */
    public static String svg(Value root, String title) {
        List<Value> nodes = Plots.notNull("root", root).graph();
        if (nodes.size() > MAX_NODES) {
            throw new IllegalArgumentException("root must have a graph of at most " + MAX_NODES + " nodes to be drawn"
                    + " legibly, had " + nodes.size());
        }
        return new ComputationGraph(nodes).draw(Plots.notNull("title", title));
    }

    private ComputationGraph(List<Value> nodes) {
        this.nodes = nodes;
        int v = nodes.size();
        hops = new int[v];
        y = new double[v];
        width = new double[v];
        nodes.forEach(node -> index.put(node, index.size()));
        for (int i = v - 1; i >= 0; i--) {
            for (Value operand : nodes.get(i).operands()) {
                hops[index.get(operand)] = Math.max(hops[index.get(operand)], hops[i] + 1);
            }
        }
        int[] count = new int[v];
        double[] columnWidth = new double[v];
        for (int i = 0; i < v; i++) {
            width[i] = lines(i).stream().mapToDouble(t -> Svg.width(t, 13) * 1.08 + 20).max().getAsDouble();
            columnWidth[hops[i]] = Math.max(columnWidth[hops[i]], width[i]);
            bottom = Math.max(bottom, count[hops[i]]++ * (HEIGHT + 26) + HEIGHT);
        }
        centre = new double[v];
        double left = 24;
        for (int h = v - 1; h >= 0; h--) {
            centre[h] = left + columnWidth[h] / 2;
            left += count[h] == 0 ? 0 : columnWidth[h] + GAP;
        }
        int[] rank = new int[v];
        for (int i = 0; i < v; i++) {
            y[i] = 48 + (bottom + (2 * rank[hops[i]]++ + 1 - count[hops[i]]) * (HEIGHT + 26)) / 2;
        }
        bottom += 48;
    }

    private String draw(String title) {
        int root = nodes.size() - 1;
        Svg svg = new Svg();
        double lane = bottom + 14;
        for (int i = 0; i <= root; i++) {
            List<Value> operands = nodes.get(i).operands();
            for (int k = 0; k < operands.size(); k++) {
                int o = index.get(operands.get(k));
                double x1 = centre[hops[o]] + width[o] / 2;
                double x2 = centre[hops[i]] - width[i] / 2 - 8;
                double y2 = y[i] + (k - (operands.size() - 1) / 2.0) * 9; // operands side by side
                String path = hops[o] == hops[i] + 1 ? curve(x1, y[o], x2, y2)
                        : curve(x1, y[o], x1 + GAP, lane) + " H" + Svg.num(x2 - GAP) + curve(x2 - GAP, lane, x2, y2);
                lane += hops[o] == hops[i] + 1 ? 0 : 7;
                svg.open("class", "edge", "data-from", "n" + o, "data-to", "n" + i);
                svg.add("path", null, "d", "M" + Svg.num(x1) + " " + Svg.num(y[o]) + path, "fill", "none", "stroke",
                        "#4a4a4a", "stroke-width", 1.4);
                svg.add("polygon", null, "points", Svg.num(x2) + "," + Svg.num(y2 - 4) + " " + Svg.num(x2 + 8) + ","
                        + Svg.num(y2) + " " + Svg.num(x2) + "," + Svg.num(y2 + 4), "fill", "#4a4a4a");
                svg.close();
            }
        }
        for (int i = 0; i <= root; i++) {
            double x = centre[hops[i]];
            svg.open("class", "node", "data-id", "n" + i);
            svg.add("rect", null, "x", x - width[i] / 2, "y", y[i] - HEIGHT / 2, "width", width[i], "height", HEIGHT,
                    "rx", 6, "fill", "#f7f7f7", "stroke", "#222222", "stroke-width", 1.3);
            for (int l = 0; l < 3; l++) {
                svg.add("text", lines(i).get(l), "x", x, "y", y[i] - 13 + 17 * l, "text-anchor", "middle", "font-size",
                        13, "font-weight", l == 0 ? "bold" : "normal");
            }
            svg.close();
        }
        return svg.document(centre[0] + width[root] / 2 + 24, lane + 10, title);
    }

    /** An S-curve on to (x2, y2) from (x1, y1), leaving and arriving horizontally. */
    private static String curve(double x1, double y1, double x2, double y2) {
        String mid = Svg.num((x1 + x2) / 2);
        return " C" + mid + " " + Svg.num(y1) + " " + mid + " " + Svg.num(y2) + " " + Svg.num(x2) + " " + Svg.num(y2);
    }

    /** The text of node i: its name or operation, its value, its gradient. */
    private List<String> lines(int i) {
        Value node = nodes.get(i);
        return List.of(node.label(), String.format(Locale.ROOT, "value %.3f", node.data()),
                String.format(Locale.ROOT, "grad %.3f", node.grad()));
    }
}
