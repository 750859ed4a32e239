package backprop.plot;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The picture of a {@link GraphDiagram}: places the nodes in columns by depth and draws them. An edge that skips columns runs through a waypoint (a
 * node of no width) in each column it crosses, so it passes between the boxes, never behind one.
 */
final class GraphLayout {

    private static final double FONT = 13;
    private static final double LINE = 17;
    private static final double PAD_X = 10;
    private static final double PAD_Y = 7;
    private static final double COLUMN_GAP = 80;
    private static final double ROW_GAP = 26;
    private static final double MARGIN = 24;
    private static final double TITLE_HEIGHT = 48;
    private static final double PORT_SPACING = 9;
    private static final double WAYPOINT_HEIGHT = 6;
    private static final String INK = "#222222";
    private static final String EDGE = "#4a4a4a";

    private final String title;
    private final Map<String, List<String>> nodes;
    private final List<String[]> edges;
    private final int real;
    private final List<Integer> depth = new ArrayList<>();
    private final List<Double> width = new ArrayList<>();
    private final List<Double> height = new ArrayList<>();
    private final List<int[]> chains = new ArrayList<>();
    private final List<String> ids;
    private double[] y;
    private double[] columnLeft;
    private double[] columnRight;

    GraphLayout(String title, Map<String, List<String>> nodes, List<String[]> edges) {
        this.title = title;
        this.nodes = nodes;
        this.edges = edges;
        this.ids = new ArrayList<>(nodes.keySet());
        this.real = ids.size();
        int[] d = depths();
        for (int v = 0; v < real; v++) {
            List<String> lines = nodes.get(ids.get(v));
            double w = 0;
            for (int i = 0; i < lines.size(); i++) {
                w = Math.max(w, Svg.width(lines.get(i), FONT) * (i == 0 ? 1.08 : 1.0));
            }
            depth.add(d[v]);
            width.add(w + 2 * PAD_X);
            height.add(lines.size() * LINE + 2 * PAD_Y);
        }
        for (String[] e : edges) {
            int u = ids.indexOf(e[0]);
            int v = ids.indexOf(e[1]);
            int[] chain = new int[d[v] - d[u] + 1];
            chain[0] = u;
            for (int c = d[u] + 1; c < d[v]; c++) {
                chain[c - d[u]] = depth.size();
                depth.add(c);
                width.add(0.0);
                height.add(WAYPOINT_HEIGHT);
            }
            chain[chain.length - 1] = v;
            chains.add(chain);
        }
        place();
    }

    /** depth(v) = 0 for a source, else 1 + the largest depth of its inputs (Kahn's order; a cycle is an error). */
    private int[] depths() {
        int count = ids.size();
        int[] d = new int[count];
        int[] inputs = new int[count];
        for (String[] e : edges) {
            inputs[ids.indexOf(e[1])]++;
        }
        Deque<Integer> ready = new ArrayDeque<>();
        for (int v = 0; v < count; v++) {
            if (inputs[v] == 0) {
                ready.add(v);
            }
        }
        int done = 0;
        while (!ready.isEmpty()) {
            int u = ready.poll();
            done++;
            for (String[] e : edges) {
                if (e[0].equals(ids.get(u))) {
                    int v = ids.indexOf(e[1]);
                    d[v] = Math.max(d[v], d[u] + 1);
                    if (--inputs[v] == 0) {
                        ready.add(v);
                    }
                }
            }
        }
        if (done < count) {
            List<String> cycle = new ArrayList<>();
            for (int v = 0; v < count; v++) {
                if (inputs[v] > 0) {
                    cycle.add(ids.get(v));
                }
            }
            throw new IllegalArgumentException("edges must not form a cycle, was one through the nodes " + cycle);
        }
        return d;
    }

    /**
     * Columns left to right, each centred on one horizontal line; within a column the nodes are sorted by the
     * mean height of their inputs (sources keep the order they were added in).
     */
    private void place() {
        int columns = depth.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        y = new double[depth.size()];
        columnLeft = new double[columns];
        columnRight = new double[columns];
        double left = MARGIN;
        for (int c = 0; c < columns; c++) {
            List<Integer> column = new ArrayList<>();
            double columnWidth = 0;
            for (int v = 0; v < depth.size(); v++) {
                if (depth.get(v) == c) {
                    column.add(v);
                    columnWidth = Math.max(columnWidth, width.get(v));
                }
            }
            column.sort(Comparator.comparingDouble(this::meanInputHeight));
            double total = -ROW_GAP;
            for (int v : column) {
                total += height.get(v) + ROW_GAP;
            }
            double top = -total / 2;
            for (int v : column) {
                y[v] = top + height.get(v) / 2;
                top += height.get(v) + ROW_GAP;
            }
            columnLeft[c] = left;
            columnRight[c] = left + columnWidth;
            left += columnWidth + COLUMN_GAP;
        }
    }

    /** The mean height of the nodes (or waypoints) one column before v that lead into v; 0 for a source. */
    private double meanInputHeight(int v) {
        double sum = 0;
        int count = 0;
        for (int[] chain : chains) {
            for (int i = 1; i < chain.length; i++) {
                if (chain[i] == v) {
                    sum += y[chain[i - 1]];
                    count++;
                }
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    private double centreX(int v) {
        int c = depth.get(v);
        return (columnLeft[c] + columnRight[c]) / 2;
    }

    String draw() {
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < depth.size(); v++) {
            minY = Math.min(minY, y[v] - height.get(v) / 2);
            maxY = Math.max(maxY, y[v] + height.get(v) / 2);
        }
        double shift = (title.isEmpty() ? MARGIN : TITLE_HEIGHT) - minY;
        for (int v = 0; v < y.length; v++) {
            y[v] += shift;
        }
        double diagramWidth = columnRight[columnRight.length - 1] + MARGIN;
        double pictureWidth = Math.max(diagramWidth, 2 * MARGIN + Svg.width(title, 18));
        Svg svg = new Svg();
        if (!title.isEmpty()) {
            svg.text(pictureWidth / 2, 32, "middle", 18, INK, Svg.attr("font-weight", "bold"), title);
        }
        for (int i = 0; i < chains.size(); i++) {
            edge(svg, i);
        }
        for (int v = 0; v < real; v++) {
            node(svg, v);
        }
        return svg.document(pictureWidth, maxY + shift + MARGIN, title);
    }

    private void node(Svg svg, int v) {
        List<String> lines = nodes.get(ids.get(v));
        double left = centreX(v) - width.get(v) / 2;
        double top = y[v] - height.get(v) / 2;
        svg.open(Svg.attr("class", "node") + Svg.attr("data-id", ids.get(v)));
        svg.rect(left, top, width.get(v), height.get(v), 6, "#f7f7f7", INK, 1.3);
        for (int i = 0; i < lines.size(); i++) {
            svg.text(centreX(v), top + PAD_Y + (i + 1) * LINE - 4.5, "middle", FONT, INK,
                    i == 0 ? Svg.attr("font-weight", "bold") : "", lines.get(i));
        }
        svg.close();
    }

    /**
     * Edge i as S-curves from the right side of its source, through its waypoints, to the left side of its
     * target, ending in an arrowhead.
     */
    private void edge(Svg svg, int i) {
        int[] chain = chains.get(i);
        String[] e = edges.get(i);
        svg.open(Svg.attr("class", "edge") + Svg.attr("data-from", e[0]) + Svg.attr("data-to", e[1]));
        int u = chain[0];
        double x1 = centreX(u) + width.get(u) / 2;
        double y1 = y[u] + port(i, u, false);
        for (int k = 1; k < chain.length; k++) {
            int v = chain[k];
            boolean last = k == chain.length - 1;
            double x2 = last ? centreX(v) - width.get(v) / 2 : columnLeft[depth.get(v)];
            double y2 = last ? y[v] + port(i, v, true) : y[v];
            double bend = Math.max(20, (x2 - x1) / 2);
            svg.curve(x1, y1, x1 + bend, y1, x2 - bend, y2, last ? x2 - 8 : x2, y2, EDGE, 1.4);
            if (last) {
                svg.arrowhead(x2, y2, 1, 0, 9, EDGE);
            } else {
                svg.line(x2, y2, columnRight[depth.get(v)], y2, EDGE, 1.4);
                x1 = columnRight[depth.get(v)];
                y1 = y2;
            }
        }
        svg.close();
    }

    /**
     * Where edge i meets node v, relative to v's centre: the edges entering (or leaving) v share its side, ordered
     * by the height of their other end so that they do not cross there.
     */
    private double port(int i, int v, boolean entering) {
        List<double[]> ends = new ArrayList<>();
        for (int m = 0; m < chains.size(); m++) {
            int[] chain = chains.get(m);
            if (entering ? chain[chain.length - 1] == v : chain[0] == v) {
                int other = entering ? chain[chain.length - 2] : chain[1];
                ends.add(new double[] {y[other], m});
            }
        }
        ends.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
        int rank = 0;
        while (ends.get(rank)[1] != i) {
            rank++;
        }
        double spacing = ends.size() < 2 ? 0 : Math.min(PORT_SPACING, (height.get(v) - 12) / (ends.size() - 1));
        return (rank - (ends.size() - 1) / 2.0) * spacing;
    }
}
