package backprop.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The picture of a {@link GraphDiagram}: places the nodes in columns by depth and draws them. An edge that skips
 * columns runs through a waypoint (a node of no width) in each column it crosses, so it passes between the boxes,
 * never behind one. Positions 0..V−1 are the nodes, V.. the waypoints; every step costs O(V + E + W) for W waypoints,
 * times a logarithm where a column or a node's edges are sorted.
 */
final class GraphLayout {

    /**
     * How many waypoints beyond one per node and edge a picture may hold: W ≤ V + E + this keeps the picture's size
     * linear in the graph's, with room for the few long edges of any small graph.
     */
    static final int MAX_EXTRA_BENDS = 2_000;

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
    private final List<String> ids;
    private final List<List<String>> lines;
    private final int[] from;
    private final int[] to;
    /** Edge e runs through the waypoints firstBend[e], …, firstBend[e + 1] − 1, one per column it skips. */
    private final int[] firstBend;
    private final int[] depth;
    private final double[] width;
    private final double[] height;
    private final double[] y;
    private final double[] portIn;
    private final double[] portOut;
    private double[] columnLeft;
    private double[] columnRight;

    GraphLayout(String title, List<String> ids, List<List<String>> lines, List<int[]> edges) {
        this.title = title;
        this.ids = ids;
        this.lines = lines;
        int nodes = ids.size();
        from = new int[edges.size()];
        to = new int[edges.size()];
        for (int e = 0; e < from.length; e++) {
            from[e] = edges.get(e)[0];
            to[e] = edges.get(e)[1];
        }
        int[] d = depths(nodes);
        firstBend = new int[from.length + 1];
        long bends = 0;
        for (int e = 0; e < from.length; e++) {
            firstBend[e] = nodes + (int) bends;
            bends += d[to[e]] - d[from[e]] - 1;
            if (bends > (long) nodes + from.length + MAX_EXTRA_BENDS) {
                throw new IllegalArgumentException("edges must skip at most V + E + " + MAX_EXTRA_BENDS + " = "
                        + ((long) nodes + from.length + MAX_EXTRA_BENDS) + " columns in all to be drawn in a picture"
                        + " of linear size, skipped more than that with " + nodes + " nodes and " + from.length
                        + " edges (the edge from \"" + ids.get(from[e]) + "\" to \"" + ids.get(to[e]) + "\" alone skips "
                        + (d[to[e]] - d[from[e]] - 1) + ")");
            }
        }
        firstBend[from.length] = nodes + (int) bends;
        int positions = firstBend[from.length];
        depth = Arrays.copyOf(d, positions);
        width = new double[positions];
        height = new double[positions];
        for (int v = 0; v < positions; v++) {
            height[v] = WAYPOINT_HEIGHT;
        }
        for (int v = 0; v < nodes; v++) {
            List<String> text = lines.get(v);
            for (int i = 0; i < text.size(); i++) {
                width[v] = Math.max(width[v], Svg.width(text.get(i), FONT) * (i == 0 ? 1.08 : 1.0));
            }
            width[v] += 2 * PAD_X;
            height[v] = text.size() * LINE + 2 * PAD_Y;
        }
        for (int e = 0; e < from.length; e++) {
            for (int w = firstBend[e]; w < firstBend[e + 1]; w++) {
                depth[w] = d[from[e]] + 1 + w - firstBend[e];
            }
        }
        y = new double[positions];
        place();
        portIn = ports(true);
        portOut = ports(false);
    }

    /** The position before the last step of edge e (the node it leaves, or its last waypoint). */
    private int beforeEnd(int e) {
        return firstBend[e + 1] > firstBend[e] ? firstBend[e + 1] - 1 : from[e];
    }

    /** The position after the first step of edge e (its first waypoint, or the node it enters). */
    private int afterStart(int e) {
        return firstBend[e + 1] > firstBend[e] ? firstBend[e] : to[e];
    }

    /** depth(v) = 0 for a source, else 1 + the largest depth of its inputs (Kahn's order; a cycle is an error). */
    private int[] depths(int nodes) {
        List<List<Integer>> out = new ArrayList<>();
        int[] inputs = new int[nodes];
        for (int v = 0; v < nodes; v++) {
            out.add(new ArrayList<>());
        }
        for (int e = 0; e < from.length; e++) {
            out.get(from[e]).add(to[e]);
            inputs[to[e]]++;
        }
        int[] d = new int[nodes];
        int[] ready = new int[nodes];
        int tail = 0;
        for (int v = 0; v < nodes; v++) {
            if (inputs[v] == 0) {
                ready[tail++] = v;
            }
        }
        for (int head = 0; head < tail; head++) {
            for (int v : out.get(ready[head])) {
                d[v] = Math.max(d[v], d[ready[head]] + 1);
                if (--inputs[v] == 0) {
                    ready[tail++] = v;
                }
            }
        }
        if (tail < nodes) {
            List<String> cycle = new ArrayList<>();
            for (int v = 0; v < nodes; v++) {
                if (inputs[v] > 0) {
                    cycle.add(ids.get(v));
                }
            }
            throw new IllegalArgumentException("edges must not form a cycle, was one through the nodes " + cycle);
        }
        return d;
    }

    /**
     * Columns left to right, each centred on one horizontal line; within a column the positions are sorted by the
     * mean height of their inputs (sources keep the order they were added in).
     */
    private void place() {
        int columns = Arrays.stream(depth).max().orElse(0) + 1;
        double[] inputSum = new double[depth.length];
        int[] inputCount = new int[depth.length];
        List<List<Integer>> byColumn = new ArrayList<>();
        List<List<int[]>> stepsInto = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            byColumn.add(new ArrayList<>());
            stepsInto.add(new ArrayList<>());
        }
        for (int v = 0; v < depth.length; v++) {
            byColumn.get(depth[v]).add(v);
        }
        for (int e = 0; e < from.length; e++) {
            int before = from[e];
            for (int w = firstBend[e]; w <= firstBend[e + 1]; w++) {
                int after = w < firstBend[e + 1] ? w : to[e];
                stepsInto.get(depth[after]).add(new int[] {before, after});
                before = after;
            }
        }
        columnLeft = new double[columns];
        columnRight = new double[columns];
        double left = MARGIN;
        for (int c = 0; c < columns; c++) {
            for (int[] step : stepsInto.get(c)) {
                inputSum[step[1]] += y[step[0]];
                inputCount[step[1]]++;
            }
            List<Integer> column = byColumn.get(c);
            column.sort(Comparator.comparingDouble(v -> inputCount[v] == 0 ? 0 : inputSum[v] / inputCount[v]));
            double columnWidth = 0;
            double top = ROW_GAP / 2;
            for (int v : column) {
                columnWidth = Math.max(columnWidth, width[v]);
                top -= (height[v] + ROW_GAP) / 2;
            }
            for (int v : column) {
                y[v] = top + height[v] / 2;
                top += height[v] + ROW_GAP;
            }
            columnLeft[c] = left;
            columnRight[c] = left + columnWidth;
            left += columnWidth + COLUMN_GAP;
        }
    }

    /**
     * Where each edge meets the node it enters (or leaves), relative to that node's centre: the edges entering (or
     * leaving) a node share its side, ordered by the height of their other end, then by their order.
     */
    private double[] ports(boolean entering) {
        List<List<Integer>> byNode = new ArrayList<>();
        for (int v = 0; v < ids.size(); v++) {
            byNode.add(new ArrayList<>());
        }
        for (int e = 0; e < from.length; e++) {
            byNode.get(entering ? to[e] : from[e]).add(e);
        }
        double[] port = new double[from.length];
        for (int v = 0; v < ids.size(); v++) {
            List<Integer> ends = byNode.get(v);
            ends.sort(Comparator.comparingDouble((Integer e) -> y[entering ? beforeEnd(e) : afterStart(e)]));
            double spacing = ends.size() < 2 ? 0 : Math.min(PORT_SPACING, (height[v] - 12) / (ends.size() - 1));
            for (int rank = 0; rank < ends.size(); rank++) {
                port[ends.get(rank)] = (rank - (ends.size() - 1) / 2.0) * spacing;
            }
        }
        return port;
    }

    private double centreX(int v) {
        return (columnLeft[depth[v]] + columnRight[depth[v]]) / 2;
    }

    String draw() {
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < y.length; v++) {
            minY = Math.min(minY, y[v] - height[v] / 2);
            maxY = Math.max(maxY, y[v] + height[v] / 2);
        }
        double shift = (title.isEmpty() ? MARGIN : TITLE_HEIGHT) - minY;
        double pictureWidth = Math.max(columnRight[columnRight.length - 1] + MARGIN, 2 * MARGIN + Svg.width(title, 18));
        Svg svg = new Svg();
        if (!title.isEmpty()) {
            svg.text(pictureWidth / 2, 32, "middle", 18, INK, Svg.attr("font-weight", "bold"), title);
        }
        for (int e = 0; e < from.length; e++) {
            edge(svg, e, shift);
        }
        for (int v = 0; v < ids.size(); v++) {
            node(svg, v, shift);
        }
        return svg.document(pictureWidth, maxY + shift + MARGIN, title);
    }

    private void node(Svg svg, int v, double shift) {
        List<String> text = lines.get(v);
        double top = y[v] + shift - height[v] / 2;
        svg.open(Svg.attr("class", "node") + Svg.attr("data-id", ids.get(v)));
        svg.rect(centreX(v) - width[v] / 2, top, width[v], height[v], 6, "#f7f7f7", INK, 1.3);
        for (int i = 0; i < text.size(); i++) {
            svg.text(centreX(v), top + PAD_Y + (i + 1) * LINE - 4.5, "middle", FONT, INK,
                    i == 0 ? Svg.attr("font-weight", "bold") : "", text.get(i));
        }
        svg.close();
    }

    /**
     * Edge e as S-curves from the right side of its source, through its waypoints, to the left side of its target,
     * ending in an arrowhead.
     */
    private void edge(Svg svg, int e, double shift) {
        svg.open(Svg.attr("class", "edge") + Svg.attr("data-from", ids.get(from[e]))
                + Svg.attr("data-to", ids.get(to[e])));
        double x1 = centreX(from[e]) + width[from[e]] / 2;
        double y1 = y[from[e]] + shift + portOut[e];
        for (int w = firstBend[e]; w < firstBend[e + 1]; w++) {
            double x2 = columnLeft[depth[w]];
            double y2 = y[w] + shift;
            svg.curve(x1, y1, x1 + Math.max(20, (x2 - x1) / 2), y1, x2 - Math.max(20, (x2 - x1) / 2), y2, x2, y2,
                    EDGE, 1.4);
            svg.line(x2, y2, columnRight[depth[w]], y2, EDGE, 1.4);
            x1 = columnRight[depth[w]];
            y1 = y2;
        }
        double x2 = centreX(to[e]) - width[to[e]] / 2;
        double y2 = y[to[e]] + shift + portIn[e];
        double bend = Math.max(20, (x2 - x1) / 2);
        svg.curve(x1, y1, x1 + bend, y1, x2 - bend, y2, x2 - 8, y2, EDGE, 1.4);
        svg.arrowhead(x2, y2, 1, 0, 9, EDGE);
        svg.close();
    }
}
