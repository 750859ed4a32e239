package backprop.plot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a small directed acyclic graph as an SVG picture, for example the computational graph of a scalar
 * expression: each node a box with lines of text (an operation, its value, its gradient), each edge an arrow.
 * Nodes stand in columns by their depth, the longest path from a source, so every arrow points to the right;
 * within a column they are ordered by the height of their inputs, to keep arrows short and crossings few.
 *
 * <pre>{@code
 * String svg = GraphDiagram.builder().title("L = tanh(w·x + b)")
 *         .node("x", "x", "value 2.000").node("w", "w", "value −0.500")
 *         .node("m", "×", "value −1.000").edge("x", "m").edge("w", "m")
 *         .build();
 * display(svg, "image/svg+xml");
 * }</pre>
 *
 * <p>Layout and picture grow linearly with the nodes, the edges and the columns that edges skip (each skipped column
 * is a bend of the arrow); a graph whose edges skip far more columns than it has nodes and edges (a leaf feeding a
 * long chain, say) is refused rather than drawn as a picture of quadratic size.
 *
 * <p>The first line of a node is written in bold. Two edges between the same nodes (as in x · x) are drawn side by
 * side. The result is a complete {@code <svg>} document, deterministic, without scripts or external fonts; each
 * node is a group {@code <g class="node" data-id="…">} and each edge {@code <g class="edge" data-from="…"
 * data-to="…">}.
 */
public final class GraphDiagram {

    private GraphDiagram() {
    }

    /** @return a builder for a new diagram */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the nodes, edges and title of one diagram. */
    public static final class Builder {

        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> ids = new ArrayList<>();
        private final List<List<String>> lines = new ArrayList<>();
        private final List<int[]> edges = new ArrayList<>();
        private String title = "";

        private Builder() {
        }

        /**
         * The heading of the picture (none by default).
         *
         * @throws IllegalArgumentException if title is null
         */
        public Builder title(String title) {
            this.title = Plots.notNull("title", title);
            return this;
        }

        /**
         * Adds a node.
         *
         * @param id    a name for {@link #edge}, not shown, unique and not empty
         * @param lines the text of the node, at least one line, none null
         * @throws IllegalArgumentException if id is null, empty or taken, or lines is null, empty or holds null
         */
        public Builder node(String id, String... lines) {
            if (Plots.notNull("id", id).isEmpty()) {
                throw new IllegalArgumentException("id must not be empty, was \"\"");
            }
            if (index.containsKey(id)) {
                throw new IllegalArgumentException("id must be new, was \"" + id + "\", already a node");
            }
            if (Plots.notNull("lines", lines).length == 0) {
                throw new IllegalArgumentException("lines must hold at least one line, was empty");
            }
            for (int i = 0; i < lines.length; i++) {
                Plots.notNull("lines[" + i + "]", lines[i]);
            }
            index.put(id, ids.size());
            ids.add(id);
            this.lines.add(List.of(lines));
            return this;
        }

        /**
         * Adds an arrow from node {@code from} to node {@code to}; both must have been added.
         *
         * @throws IllegalArgumentException if either is not a node, or from equals to
         */
        public Builder edge(String from, String to) {
            int u = node("from", from);
            int v = node("to", to);
            if (u == v) {
                throw new IllegalArgumentException("to must differ from from, was \"" + to + "\" for both");
            }
            edges.add(new int[] {u, v});
            return this;
        }

        /**
         * @return the SVG document
         * @throws IllegalArgumentException if there is no node, the edges form a cycle, or the edges skip more columns
         *                                  than the picture can route in a size linear in the graph's (see
         *                                  {@link GraphLayout#MAX_EXTRA_BENDS})
         */
        public String build() {
            if (ids.isEmpty()) {
                throw new IllegalArgumentException("nodes must hold at least one node, was empty: call node(…)");
            }
            return new GraphLayout(title, ids, lines, edges).draw();
        }

        private int node(String name, String id) {
            Integer i = index.get(Plots.notNull(name, id));
            if (i == null) {
                throw new IllegalArgumentException(name + " must name a node added before, was \"" + id + "\"");
            }
            return i;
        }
    }
}
