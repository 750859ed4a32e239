package backprop.plot;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import backprop.autodiff.Value;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class ComputationGraphTest {

    private static int count(String svg, String regex) {
        Matcher m = Pattern.compile(regex).matcher(svg);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** o = tanh(x·x + b): 5 nodes (x, ×, b, +, tanh) and 5 arrows (x feeds × twice); values and gradients printed with 3 decimals. */
    @Test
    void oneBoxPerNodeOneArrowPerOperandWithValuesAndGradients() {
        Value x = Value.of(0.5, "x");
        Value b = Value.of(-0.25, "b");
        Value o = x.times(x).plus(b).tanh();
        o.backward();
        String svg = ComputationGraph.svg(o, "o = tanh(x·x + b)");
        assertEquals(5, count(svg, "<g class=\"node\""));
        assertEquals(5, count(svg, "<g class=\"edge\""));
        assertEquals(2, count(svg, "<g class=\"edge\" data-from=\"n0\" data-to=\"n1\""), "x → × twice");
        assertTrue(svg.contains("value 0.500"), svg);
        assertTrue(svg.contains("value -0.250"));
        assertTrue(svg.contains(String.format(java.util.Locale.ROOT, "grad %.3f", x.grad())));
        assertTrue(svg.contains("grad 1.000"));
        assertTrue(svg.contains("o = tanh(x·x + b)"));
    }

    /** Every node's three lines are written inside its box, no two boxes overlap, every arrow runs left to right. */
    @Test
    void boxesHoldTheirTextAndStandApartInColumns() {
        Value w = Value.of(0.5, "w");
        Value x = Value.of(2.0, "x");
        Value d = w.times(x).plus(Value.of(0.0, "b")).tanh().minus(Value.of(1.0, "y"));
        Value loss = d.times(d).plus(w.times(Value.of(0.01, "λ"))); // w also feeds a node three columns on
        loss.backward();
        SvgText svg = new SvgText(ComputationGraph.svg(loss, "loss"));
        List<Value> nodes = loss.graph();
        List<double[]> boxes = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Element node = svg.group("node", "id", "n" + i);
            Element rect = SvgText.elements(node, "rect").get(0);
            double[] box = {number(rect, "x"), number(rect, "y"), number(rect, "x") + number(rect, "width"),
                number(rect, "y") + number(rect, "height")};
            assertEquals(List.of(nodes.get(i).label(), String.format(Locale.ROOT, "value %.3f", nodes.get(i).data()),
                    String.format(Locale.ROOT, "grad %.3f", nodes.get(i).grad())), SvgText.texts(node));
            for (Element text : SvgText.elements(node, "text")) {
                double half = text.getTextContent().length() * 0.62 * 13 / 2;
                assertTrue(box[0] < number(text, "x") - half && number(text, "x") + half < box[2]
                        && box[1] < number(text, "y") - 10 && number(text, "y") + 3 < box[3], text.getTextContent());
            }
            for (double[] other : boxes) {
                assertTrue(box[2] < other[0] || other[2] < box[0] || box[3] < other[1] || other[3] < box[1]);
            }
            boxes.add(box);
        }
        for (Element edge : svg.groups("edge")) {
            double[] from = boxes.get(Integer.parseInt(edge.getAttribute("data-from").substring(1)));
            double[] to = boxes.get(Integer.parseInt(edge.getAttribute("data-to").substring(1)));
            assertTrue(from[2] < to[0], "an operand stands left of its use");
        }
        assertEquals(6 * 2 + 1, svg.groups("edge").size(), "six operations of two operands, tanh of one");
    }

    @Test
    void refusesAGraphTooLargeToReadNamingItsSize() {
        Value sum = Value.of(1, "x");
        for (int i = 0; i < 999; i++) {
            sum = sum.plus(Value.of(i, "c"));
        }
        Value most = sum.tanh(); // 1 + 2 · 999 + 1 = 2000 nodes
        assertTrue(ComputationGraph.svg(most, "t").startsWith("<svg"));
        Value tooMany = most.tanh();
        assertMessage("root must have a graph of at most 2000 nodes to be drawn legibly, had 2001",
                () -> ComputationGraph.svg(tooMany, "t"));
    }

    private static double number(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    @Test
    void rejectsBadInput() {
        assertMessage("root must not be null", () -> ComputationGraph.svg(null, "t"));
        assertMessage("title must not be null", () -> ComputationGraph.svg(Value.of(1, "u"), null));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), () -> "message '" + e.getMessage() + "' lacks '" + expected + "'");
    }
}
