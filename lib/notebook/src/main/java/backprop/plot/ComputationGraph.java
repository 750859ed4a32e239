package backprop.plot;

import backprop.autodiff.Value;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The picture of a {@link Value}'s computational graph: one box per node with its name or operation, its value and its
 * gradient, one arrow from each operand to the node computed from it, drawn by {@link GraphDiagram}.
 */
public final class ComputationGraph {

    /** The most nodes a picture shows: beyond a few thousand boxes a graph is no longer legible as one picture. */
    public static final int MAX_NODES = 2_000;

    private ComputationGraph() {
    }

    /**
     * @param root  the node whose graph is drawn (typically the loss, after {@link Value#backward()}), with at most
     *              {@value #MAX_NODES} nodes
     * @param title the heading of the picture
     * @return an SVG document; node i of {@link Value#graph()} has the id "n" + i
     * @throws IllegalArgumentException naming the parameter if root or title is null, or root's graph has more than
     *                                  {@value #MAX_NODES} nodes (counted without recursion, before any is drawn)
     */
    public static String svg(Value root, String title) {
        Plots.notNull("root", root);
        GraphDiagram.Builder diagram = GraphDiagram.builder().title(Plots.notNull("title", title));
        requireDrawable(root);
        List<Value> nodes = root.graph();
        Map<Value, String> ids = new IdentityHashMap<>();
        for (Value node : nodes) {
            String id = "n" + ids.size();
            ids.put(node, id);
            diagram.node(id, node.label(), String.format(Locale.ROOT, "value %.3f", node.data()),
                    String.format(Locale.ROOT, "grad %.3f", node.grad()));
        }
        for (Value node : nodes) {
            for (Value operand : node.operands()) {
                diagram.edge(ids.get(operand), ids.get(node));
            }
        }
        return diagram.build();
    }

    /** Walks the graph from root with a queue, stopping as soon as it has seen more than {@value #MAX_NODES} nodes. */
    private static void requireDrawable(Value root) {
        Set<Value> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Value> queue = new ArrayDeque<>(List.of(root));
        seen.add(root);
        while (!queue.isEmpty()) {
            for (Value operand : queue.poll().operands()) {
                if (seen.add(operand)) {
                    if (seen.size() > MAX_NODES) {
                        throw new IllegalArgumentException("root must have a graph of at most " + MAX_NODES
                                + " nodes to be drawn, had more");
                    }
                    queue.add(operand);
                }
            }
        }
    }
}
