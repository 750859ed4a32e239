package backprop.plot;

import static backprop.plot.SvgText.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.w3c.dom.Element;

class GraphDiagramTest {

    /** o = tanh(x·w + b): x, w, b at depth 0, × at 1, + at 2, tanh at 3; b → + skips column 1. */
    private static GraphDiagram.Builder neuron() {
        return GraphDiagram.builder().title("o = tanh(x·w + b)")
                .node("x", "x", "value 2.0", "grad −0.3")
                .node("w", "w", "value −0.5", "grad 1.2")
                .node("b", "b", "value 0.25", "grad 0.6")
                .node("m", "×", "value −1.0", "grad 0.6")
                .node("s", "+", "value −0.75", "grad 0.6")
                .node("o", "tanh", "value −0.635", "grad 1.0")
                .edge("x", "m").edge("w", "m").edge("m", "s").edge("b", "s").edge("s", "o");
    }

    private static double[] box(SvgText svg, String id) {
        Element rect = SvgText.elements(svg.group("node", "id", id), "rect").get(0);
        double x = Double.parseDouble(rect.getAttribute("x"));
        double y = Double.parseDouble(rect.getAttribute("y"));
        return new double[] {x, y, x + Double.parseDouble(rect.getAttribute("width")),
                y + Double.parseDouble(rect.getAttribute("height"))};
    }

    /** Coordinates are written with one decimal. */
    private static final double WRITTEN = 0.05 + 1e-9;

    private static double centre(double[] box) {
        return (box[0] + box[2]) / 2;
    }

    @Test
    void nodesStandInColumnsByTheLongestPathFromASource() {
        SvgText svg = new SvgText(neuron().build());
        double[] x = box(svg, "x");
        assertEquals(centre(x), centre(box(svg, "w")), 2 * WRITTEN);
        assertEquals(centre(x), centre(box(svg, "b")), 2 * WRITTEN);
        double[] m = box(svg, "m");
        double[] s = box(svg, "s");
        double[] o = box(svg, "o");
        assertTrue(x[2] < m[0] && m[2] < s[0] && s[2] < o[0], "columns x,w,b | × | + | tanh from left to right");
        assertEquals(List.of("×", "value −1.0", "grad 0.6"), texts(svg.group("node", "id", "m")));
    }

    @Test
    void everyEdgeIsDrawnOnceWithItsArrowhead() {
        SvgText svg = new SvgText(GraphDiagram.builder()
                .node("x", "x").node("sq", "×").node("y", "+")
                .edge("x", "sq").edge("x", "sq").edge("sq", "y").edge("x", "y").build());
        List<Element> edges = svg.groups("edge");
        assertEquals(4, edges.size());
        assertEquals(2, edges.stream().filter(e -> e.getAttribute("data-to").equals("sq")).count());
        for (Element e : edges) {
            assertEquals(1, SvgText.elements(e, "polygon").size());
        }
        String first = SvgText.elements(edges.get(0), "path").get(0).getAttribute("d");
        String second = SvgText.elements(edges.get(1), "path").get(0).getAttribute("d");
        assertTrue(!first.equals(second), "two edges between the same nodes are drawn apart");
    }

    @Test
    void anEdgeThatSkipsAColumnPassesBetweenItsBoxes() {
        SvgText svg = new SvgText(neuron().build());
        Element skip = svg.group("edge", "from", "b", "to", "s");
        List<Element> straight = SvgText.elements(skip, "line");
        assertEquals(1, straight.size(), "one straight run through column 1");
        double y = Double.parseDouble(straight.get(0).getAttribute("y1"));
        double[] m = box(svg, "m");
        assertTrue(y < m[1] || y > m[3], "the run at y = " + y + " misses the box of ×");
        assertEquals(Double.parseDouble(straight.get(0).getAttribute("x1")), m[0], 2 * WRITTEN);
        assertEquals(Double.parseDouble(straight.get(0).getAttribute("x2")), m[2], 3 * WRITTEN);
    }

    @Test
    void textIsEscapedAndTheOutputDeterministic() {
        String title = "a<b & \"c\"";
        String drawn = GraphDiagram.builder().title(title).node("n&<", "x < y & z", "'q'").build();
        SvgText svg = new SvgText(drawn);
        assertEquals(List.of("x < y & z", "'q'"), texts(svg.group("node", "id", "n&<")));
        assertEquals(title, svg.document.getElementsByTagName("title").item(0).getTextContent());
        assertEquals(neuron().build(), neuron().build());
    }

    @Test
    void rejectsBadNodesAndEdgesByName() {
        GraphDiagram.Builder b = GraphDiagram.builder().node("a", "a").node("b", "b");
        assertMessage("id must not be null, was null", () -> b.node(null, "x"));
        assertMessage("id must not be empty, was \"\"", () -> b.node("", "x"));
        assertMessage("id must be new, was \"a\", already a node", () -> b.node("a", "again"));
        assertMessage("lines must hold at least one line, was empty", () -> b.node("c"));
        assertMessage("lines must not be null, was null", () -> b.node("c", (String[]) null));
        assertMessage("lines[1] must not be null, was null", () -> b.node("c", "ok", null));
        assertMessage("from must name a node added before, was \"z\"", () -> b.edge("z", "a"));
        assertMessage("to must not be null, was null", () -> b.edge("a", null));
        assertMessage("to must differ from from, was \"a\" for both", () -> b.edge("a", "a"));
        assertMessage("title must not be null, was null", () -> b.title(null));
        assertMessage("nodes must hold at least one node, was empty: call node(…)",
                () -> GraphDiagram.builder().build());
        b.node("c", "c").edge("a", "b").edge("b", "c").edge("c", "b");
        assertMessage("edges must not form a cycle, was one through the nodes [b, c]", b::build);
    }

    /** n nodes in a row, each feeding the next, and (if fed) a leaf x feeding every one of them. */
    private static GraphDiagram.Builder chain(int n, boolean fed) {
        GraphDiagram.Builder b = GraphDiagram.builder().node("x", "x").node("v0", "v0");
        for (int i = 1; i < n; i++) {
            b.node("v" + i, "v" + i).edge("v" + (i - 1), "v" + i);
        }
        for (int i = 0; fed && i < n; i++) {
            b.edge("x", "v" + i);
        }
        return b;
    }

    @Test
    void thePictureGrowsLinearlyWithTheGraph() {
        // each node, edge and waypoint writes a bounded number of elements: doubling the chain doubles the text,
        // up to the title and the few digits more of the larger coordinates
        double ratio = (double) chain(4_000, false).build().length() / chain(2_000, false).build().length();
        assertTrue(ratio > 1.9 && ratio < 2.1, "ratio " + ratio);
        double fedRatio = (double) chain(60, true).build().length() / chain(30, true).build().length();
        assertTrue(fedRatio > 3, "a leaf feeding a chain of n needs n²/2 waypoints: ratio " + fedRatio);
    }

    @Test
    void aGraphWhoseEdgesSkipTooManyColumnsIsRefusedWithTheCounts() {
        assertMessage("edges must skip at most V + E + 2000 = 2900 columns in all to be drawn in a picture of linear"
                + " size, skipped more than that with 301 nodes and 599 edges (the edge from \"x\" to \"v76\" alone"
                + " skips 76)", () -> chain(300, true).build());
    }

    private static void assertMessage(String expected, Executable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call).getMessage());
    }
}
