package backprop.plot;

import static backprop.plot.SvgText.number;
import static backprop.plot.SvgText.texts;
import static backprop.plot.SvgText.valueAfter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.Activation;
import backprop.ForwardPass;
import backprop.Gradients;
import backprop.Init;
import backprop.Network;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.w3c.dom.Element;

class NetworkDiagramTest {

    /**
     * A value printed with 3 decimals is the true value rounded to the nearest multiple of 0.001, so it is off by at
     * most half of that; 1e-12 more covers the binary representation of the parsed decimal.
     */
    private static final double PRINTED = 0.5e-3 + 1e-12;

    private static final int[] LABELS = {1, 0, 0, 1, 1};

    private static Network network(Activation activation, long seed, int... sizes) {
        Network net = Network.create(activation, Init.XAVIER, seed, sizes);
        Random random = new Random(seed + 1);
        for (int l = 1; l < sizes.length; l++) {
            double[] b = new double[sizes[l]];
            for (int k = 0; k < b.length; k++) {
                b[k] = random.nextGaussian();
            }
            net.setBiases(l, b);
        }
        return net;
    }

    private static double[][] inputs(int samples, int width, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[samples][width];
        for (double[] row : x) {
            for (int i = 0; i < width; i++) {
                row[i] = 2 * random.nextGaussian();
            }
        }
        return x;
    }

    @Test
    void theNeuronsShowTheForwardPassToThePrintedPrecision() {
        for (int[] sizes : new int[][] {{2, 3, 2}, {2, 3, 3, 2}}) {
            Network net = network(Activation.TANH, 5, sizes);
            ForwardPass pass = net.forward(inputs(5, 2, 9));
            int n = 3;
            SvgText svg = new SvgText(NetworkDiagram.forward("forward", net, pass, n));
            int top = sizes.length - 1;
            for (int i = 0; i < sizes[0]; i++) {
                Element input = svg.group("neuron", "layer", "0", "index", Integer.toString(i));
                assertEquals("x" + (char) ('₁' + i), texts(input).get(0));
                assertEquals(pass.a(0)[n][i], valueAfter(input, "x = "), PRINTED);
            }
            int hidden = 0;
            for (int l = 1; l <= top; l++) {
                for (int k = 0; k < sizes[l]; k++) {
                    Element neuron = svg.group("neuron", "layer", Integer.toString(l), "index", Integer.toString(k));
                    String name = l == top ? "o" + (char) ('₀' + k) : "h" + (char) ('₁' + hidden++);
                    assertEquals(name, texts(neuron).get(0));
                    assertEquals(pass.z(l)[n][k], valueAfter(neuron, "z = "), PRINTED);
                    assertEquals(pass.a(l)[n][k], valueAfter(neuron, l == top ? "ŷ = " : "a = "), PRINTED);
                    assertEquals(net.biases(l)[k], valueAfter(neuron, "b = "), PRINTED);
                    assertFalse(String.join(" ", texts(neuron)).contains("δ"), "no δ without a backward pass");
                }
            }
            assertEquals(pass.a(top)[n][0], pass.yHat()[n][0]);
        }
    }

    @Test
    void oneLinePerWeightLabelledWithIt() {
        int[] sizes = {2, 3, 3, 2};
        Network net = network(Activation.SIGMOID, 11, sizes);
        SvgText svg = new SvgText(NetworkDiagram.forward("weights", net, net.forward(inputs(2, 2, 3)), 0));
        List<Element> lines = SvgText.elements(svg.document.getDocumentElement(), "line");
        assertEquals(2 * 3 + 3 * 3 + 3 * 2, lines.size());
        Set<String> seen = new HashSet<>();
        for (Element line : lines) {
            assertEquals("weight", line.getAttribute("class"));
            int l = Integer.parseInt(line.getAttribute("data-layer"));
            int j = Integer.parseInt(line.getAttribute("data-from"));
            int k = Integer.parseInt(line.getAttribute("data-to"));
            assertTrue(seen.add(l + " " + j + " " + k), "each weight once");
            String colour = line.getAttribute("stroke");
            assertEquals(net.weights(l)[j][k] < 0 ? NetworkDiagram.NEGATIVE : NetworkDiagram.POSITIVE, colour);
            Element label = svg.group("weight-label", "layer", "" + l, "from", "" + j, "to", "" + k);
            assertEquals(1, texts(label).size(), "only w without gradients");
            assertEquals(net.weights(l)[j][k], number(texts(label).get(0)), PRINTED);
        }
    }

    /**
     * The notebooks' diagrams (2-3-2 and 2-3-3-2, forward and backward) are legible: no two texts overlap and no
     * text outside a neuron touches a circle. A text's box is its estimated advance (0.62 em per glyph, as in
     * {@link Svg#width}) by its font size (0.75 em above the baseline, 0.25 below), turned as the text is.
     */
    @Test
    void noTwoTextsOverlapInTheNotebooksDiagrams() {
        for (int[] sizes : new int[][] {{2, 3, 2}, {2, 3, 3, 2}}) {
            for (long seed = 1; seed <= 5; seed++) {
                Network net = network(Activation.TANH, seed, sizes);
                ForwardPass pass = net.forward(inputs(1, 2, seed));
                int[] label = {(int) (seed % 2)};
                assertLegible(NetworkDiagram.forward("forward", net, pass, label, 0));
                assertLegible(NetworkDiagram.backward("backward", net, pass, label, net.backward(pass, label, 0), 0));
            }
        }
    }

    private static void assertLegible(String drawn) {
        SvgText svg = new SvgText(drawn);
        List<Element> all = SvgText.elements(svg.document.getDocumentElement(), "text");
        List<java.awt.geom.Area> boxes = all.stream().map(NetworkDiagramTest::box).toList();
        for (int a = 0; a < all.size(); a++) {
            for (int b = a + 1; b < all.size(); b++) {
                java.awt.geom.Area overlap = new java.awt.geom.Area(boxes.get(a));
                overlap.intersect(boxes.get(b));
                assertTrue(overlap.isEmpty(), "'" + all.get(a).getTextContent() + "' overlaps '"
                        + all.get(b).getTextContent() + "'");
            }
            boolean inNeuron = ((Element) all.get(a).getParentNode()).getAttribute("class").equals("neuron")
                    && all.get(a).getAttribute("stroke").isEmpty();
            for (Element circle : SvgText.elements(svg.document.getDocumentElement(), "circle")) {
                double r = Double.parseDouble(circle.getAttribute("r"));
                java.awt.geom.Area overlap = new java.awt.geom.Area(new java.awt.geom.Ellipse2D.Double(
                        Double.parseDouble(circle.getAttribute("cx")) - r, Double.parseDouble(circle.getAttribute("cy"))
                        - r, 2 * r, 2 * r));
                overlap.intersect(boxes.get(a));
                assertTrue(inNeuron || overlap.isEmpty(), "'" + all.get(a).getTextContent() + "' touches a neuron");
            }
        }
    }

    private static java.awt.geom.Area box(Element text) {
        double size = Double.parseDouble(text.getAttribute("font-size"));
        double x = Double.parseDouble(text.getAttribute("x"));
        double y = Double.parseDouble(text.getAttribute("y"));
        double width = text.getTextContent().codePoints().count() * 0.62 * size;
        double left = text.getAttribute("text-anchor").equals("middle") ? x - width / 2 : x;
        java.awt.geom.Area box = new java.awt.geom.Area(new java.awt.geom.Rectangle2D.Double(left, y - 0.75 * size,
                width, size));
        java.util.regex.Matcher turn = java.util.regex.Pattern.compile("rotate\\((\\S+) (\\S+) (\\S+)\\)")
                .matcher(text.getAttribute("transform"));
        if (turn.matches()) {
            box.transform(java.awt.geom.AffineTransform.getRotateInstance(Math.toRadians(Double.parseDouble(
                    turn.group(1))), Double.parseDouble(turn.group(2)), Double.parseDouble(turn.group(3))));
        }
        return box;
    }

    @Test
    void theLogisticFunctionIsNeverCalledSigmoid() {
        Network net = Network.create(Activation.SIGMOID, Init.XAVIER, 1L, 2, 3, 2);
        String svg = NetworkDiagram.forward("names", net, net.forward(new double[][] {{1.0, -2.0}}), 0);
        assertTrue(svg.contains(">hidden layer: logistic</text>"), "the header names the logistic function");
        assertFalse(svg.toLowerCase(java.util.Locale.ROOT).contains("sigmoid"), "no 'sigmoid' anywhere in the picture");
    }

    @Test
    void theBackwardPassAddsDeltasGradientsAndTargets() {
        int[] sizes = {2, 3, 2};
        Network net = network(Activation.TANH, 21, sizes);
        ForwardPass pass = net.forward(inputs(5, 2, 4));
        Gradients g = net.backward(pass, LABELS, 0.01);
        int n = 1;
        String drawn = NetworkDiagram.backward("backward", net, pass, LABELS, g, n);
        SvgText svg = new SvgText(drawn);
        for (int l = 1; l <= 2; l++) {
            for (int k = 0; k < sizes[l]; k++) {
                Element neuron = svg.group("neuron", "layer", Integer.toString(l), "index", Integer.toString(k));
                assertEquals(g.delta(l)[n][k], valueAfter(neuron, "δ = "), PRINTED);
                assertEquals(g.db(l)[k], valueAfter(neuron, "∂L/∂b = "), PRINTED);
            }
            for (Element line : svg.groups("weight-label")) {
                if (line.getAttribute("data-layer").equals(Integer.toString(l))) {
                    int j = Integer.parseInt(line.getAttribute("data-from"));
                    int k = Integer.parseInt(line.getAttribute("data-to"));
                    assertEquals(2, texts(line).size());
                    assertEquals(net.weights(l)[j][k], number(texts(line).get(0)), PRINTED);
                    assertEquals(g.dW(l)[j][k], number(texts(line).get(1)), PRINTED);
                }
            }
        }
        assertEquals("y₀ = 1", texts(svg.group("neuron", "layer", "2", "index", "0")).get(6));
        assertEquals("y₁ = 0", texts(svg.group("neuron", "layer", "2", "index", "1")).get(6));
        String legend = String.join("\n", texts(svg.groups("legend").get(0)));
        assertTrue(legend.contains("∂L/∂w, ∂L/∂b averaged over all N = 5 samples"), legend);
        assertTrue(legend.contains("Sample n = 1 of the pass's N = 5"), legend);
    }

    @Test
    void labelsAloneAddTheTargetsOnly() {
        Network net = network(Activation.RELU, 2, 2, 3, 2);
        ForwardPass pass = net.forward(inputs(5, 2, 8));
        String drawn = NetworkDiagram.forward("targets", net, pass, LABELS, 4);
        SvgText svg = new SvgText(drawn);
        List<String> output = texts(svg.group("neuron", "layer", "2", "index", "1"));
        assertEquals(List.of("o₁", "z = ", "ŷ = ", "b = ", "y₁ = "),
                output.stream().map(t -> t.replaceAll("[−0-9.]+$", "")).toList());
        assertEquals("y₁ = 1", output.get(4));
        assertEquals("y₀ = 0", texts(svg.group("neuron", "layer", "2", "index", "0")).get(4));
        assertTrue(drawn.contains(">hidden layer: ReLU</text>"));
    }

    @Test
    void sameInputSameBytes() {
        Network a = network(Activation.TANH, 3, 2, 3, 3, 2);
        Network b = network(Activation.TANH, 3, 2, 3, 3, 2);
        double[][] x = inputs(3, 2, 5);
        int[] labels = {0, 1, 1};
        ForwardPass pa = a.forward(x);
        ForwardPass pb = b.forward(x);
        String first = NetworkDiagram.backward("same", a, pa, labels, a.backward(pa, labels, 0), 2);
        String second = NetworkDiagram.backward("same", b, pb, labels, b.backward(pb, labels, 0), 2);
        assertEquals(first, second);
        assertNotEquals(first, NetworkDiagram.backward("same", a, pa, labels, a.backward(pa, labels, 0), 1));
    }

    @Test
    void theTitleIsEscapedAndTheDocumentSelfContained() {
        Network net = network(Activation.TANH, 3, 2, 2);
        String title = "a < b & \"c\" > 'd' \u0007";
        String drawn = NetworkDiagram.forward(title, net, net.forward(inputs(1, 2, 1)), 0);
        SvgText svg = new SvgText(drawn);
        assertEquals("a < b & \"c\" > 'd' \uFFFD", svg.document.getElementsByTagName("title").item(0).getTextContent());
        assertEquals("svg", svg.document.getDocumentElement().getLocalName());
        for (String forbidden : List.of("<script", "<style", "href", "url(", "@import", "<image", "<foreignObject")) {
            assertFalse(drawn.contains(forbidden), forbidden);
        }
    }

    @Test
    void valuesAreRoundedWithATrueMinusAndNoNegativeZero() {
        assertEquals("1.235", NetworkDiagram.value(1.2346));
        assertEquals("−1.500", NetworkDiagram.value(-1.5));
        assertEquals("0.000", NetworkDiagram.value(-0.0004));
        assertEquals("0.000", NetworkDiagram.value(-0.0));
    }

    @Test
    void rejectsMissingArgumentsByName() {
        Network net = network(Activation.TANH, 1, 2, 3, 2);
        ForwardPass pass = net.forward(inputs(5, 2, 1));
        Gradients g = net.backward(pass, LABELS, 0);
        assertMessage("title must not be null, was null", () -> NetworkDiagram.forward(null, net, pass, 0));
        assertMessage("network must not be null, was null", () -> NetworkDiagram.forward("t", null, pass, 0));
        assertMessage("pass must not be null, was null", () -> NetworkDiagram.forward("t", net, null, 0));
        assertMessage("labels must not be null, was null", () -> NetworkDiagram.forward("t", net, pass, null, 0));
        assertMessage("labels must not be null, was null",
                () -> NetworkDiagram.backward("t", net, pass, null, g, 0));
        assertMessage("gradients must not be null, was null",
                () -> NetworkDiagram.backward("t", net, pass, LABELS, null, 0));
    }

    @Test
    void rejectsASampleOutOfRangeAndBadLabels() {
        Network net = network(Activation.TANH, 1, 2, 3, 2);
        ForwardPass pass = net.forward(inputs(5, 2, 1));
        assertMessage("sample must be in [0, 5), was 5", () -> NetworkDiagram.forward("t", net, pass, 5));
        assertMessage("sample must be in [0, 5), was -1", () -> NetworkDiagram.forward("t", net, pass, -1));
        assertMessage("labels must have one label per sample (5), had 2",
                () -> NetworkDiagram.forward("t", net, pass, new int[] {0, 1}, 0));
        assertMessage("labels[2] must be in [0, 2), was 2",
                () -> NetworkDiagram.forward("t", net, pass, new int[] {0, 1, 2, 0, 0}, 0));
    }

    @Test
    void rejectsANetworkTooWideToDraw() {
        Network wide = network(Activation.TANH, 1, 2, 9, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NetworkDiagram.forward("t", wide, wide.forward(inputs(1, 2, 1)), 0));
        assertEquals("network has a layer of 9 neurons, more than the 8 a diagram can show legibly: [2, 9, 2]",
                e.getMessage());
        Network eight = network(Activation.TANH, 1, 8, 8, 8);
        assertEquals(8 * 8 * 2, new SvgText(NetworkDiagram.forward("t", eight, eight.forward(inputs(1, 8, 1)), 0))
                .groups("weight-label").size());
    }

    @Test
    void rejectsAPassOfAnotherNetworkOrOfOtherWeights() {
        Network net = network(Activation.TANH, 1, 2, 3, 2);
        double[][] x = inputs(5, 2, 1);
        assertMessage("pass must be a forward pass of network [2, 3, 2] with its current weights, was one of [2, 4, 2]"
                + " computed with another network", () -> NetworkDiagram.forward("t", net,
                        network(Activation.TANH, 1, 2, 4, 2).forward(x), 0));
        assertMessage("pass must be a forward pass of network [2, 3, 2] with its current weights, was one of"
                + " [2, 3, 3, 2] computed with another network", () -> NetworkDiagram.forward("t", net,
                        network(Activation.TANH, 1, 2, 3, 3, 2).forward(x), 0));
        ForwardPass before = net.forward(x);
        Network stepped = net.copy();
        double[][] w = stepped.weights(2);
        w[1][0] = Math.nextUp(w[1][0]);
        stepped.setWeights(2, w);
        String stale = "pass must be a forward pass of network [2, 3, 2] with its current weights, was one of [2, 3, 2]"
                + " computed with other weights";
        assertStartsWith(stale, () -> NetworkDiagram.forward("t", stepped, before, 0));
        net.setWeights(2, w); // the pass of net is now stale
        assertStartsWith(stale, () -> NetworkDiagram.forward("t", net, before, 0));
        NetworkDiagram.forward("t", stepped, net.forward(x), 0); // equal weights: an equal network's pass is drawn
    }

    @Test
    void rejectsGradientsOfAnotherShapeOrOtherLabels() {
        Network net = network(Activation.TANH, 1, 2, 3, 2);
        double[][] x = inputs(5, 2, 1);
        ForwardPass pass = net.forward(x);
        Network wider = network(Activation.TANH, 1, 2, 4, 2);
        assertMessage("gradients must be the backward pass of pass, of sizes [2, 3, 2] and 5 samples, was one of"
                + " sizes [2, 4, 2] and 5 samples",
                () -> NetworkDiagram.backward("t", net, pass, LABELS, wider.backward(wider.forward(x), LABELS, 0), 0));
        assertMessage("gradients must be the backward pass of pass, of sizes [2, 3, 2] and 5 samples, was one of"
                + " sizes [2, 3, 2] and 4 samples",
                () -> NetworkDiagram.backward("t", net, pass, LABELS,
                        net.backward(net.forward(inputs(4, 2, 1)), new int[] {1, 0, 0, 1}, 0), 0));
        assertStartsWith("gradients must be the backward pass of pass with labels: δ of output 0",
                () -> NetworkDiagram.backward("t", net, pass, new int[] {0, 0, 0, 1, 1},
                        net.backward(pass, LABELS, 0), 0));
    }

    private static void assertMessage(String expected, Executable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call).getMessage());
    }

    private static void assertStartsWith(String expected, Executable call) {
        String message = assertThrows(IllegalArgumentException.class, call).getMessage();
        assertTrue(message.startsWith(expected), message);
    }
}
