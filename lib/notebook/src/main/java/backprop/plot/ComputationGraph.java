package backprop.plot;

import backprop.autodiff.Value;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The picture of a {@link Value}'s computational graph: one box per node with its name or operation, its value and its
 * gradient, one arrow from each operand to the node computed from it, drawn by {@link GraphDiagram}.
 */
public final class ComputationGraph {

    private ComputationGraph() {
    }

    /**
     * @param root  the node whose graph is drawn (typically the loss, after {@link Value#backward()})
     * @param title the heading of the picture
     * @return an SVG document; node i of {@link Value#graph()} has the id "n" + i
     */
    public static String svg(Value root, String title) {
        if (root == null) {
            throw new IllegalArgumentException("root must not be null, was null");
        }
        if (title == null) {
            throw new IllegalArgumentException("title must not be null, was null");
        }
        List<Value> nodes = root.graph();
        Map<Value, String> ids = new IdentityHashMap<>();
        GraphDiagram.Builder diagram = GraphDiagram.builder().title(title);
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
}
