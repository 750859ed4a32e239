package backprop.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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

        private final Map<String, List<String>> nodes = new LinkedHashMap<>();
        private final List<String[]> edges = new ArrayList<>();
        private String title = "";

        private Builder() {
        }

        /**
         * The heading of the picture (none by default).
         *
         * @throws IllegalArgumentException if title is null
         */
        public Builder title(String title) {
            this.title = DiagramArguments.notNull("title", title);
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
            DiagramArguments.notNull("id", id);
            if (id.isEmpty()) {
                throw new IllegalArgumentException("id must not be empty, was \"\"");
            }
            if (nodes.containsKey(id)) {
                throw new IllegalArgumentException("id must be new, was \"" + id + "\", already a node");
            }
            DiagramArguments.notNull("lines", lines);
            if (lines.length == 0) {
                throw new IllegalArgumentException("lines must hold at least one line, was empty");
            }
            for (int i = 0; i < lines.length; i++) {
                DiagramArguments.notNull("lines[" + i + "]", lines[i]);
            }
            nodes.put(id, List.of(lines));
            return this;
        }

        /**
         * Adds an arrow from node {@code from} to node {@code to}; both must have been added.
         *
         * @throws IllegalArgumentException if either is not a node, or from equals to
         */
        public Builder edge(String from, String to) {
            requireNode("from", from);
            requireNode("to", to);
            if (from.equals(to)) {
                throw new IllegalArgumentException("to must differ from from, was \"" + to + "\" for both");
            }
            edges.add(new String[] {from, to});
            return this;
        }

        /**
         * @return the SVG document
         * @throws IllegalArgumentException if there is no node or the edges form a cycle
         */
        public String build() {
            if (nodes.isEmpty()) {
                throw new IllegalArgumentException("nodes must hold at least one node, was empty: call node(…)");
            }
            return new GraphLayout(title, nodes, edges).draw();
        }

        private void requireNode(String name, String id) {
            DiagramArguments.notNull(name, id);
            if (!nodes.containsKey(id)) {
                throw new IllegalArgumentException(name + " must name a node added before, was \"" + id + "\"");
            }
        }
    }
}
