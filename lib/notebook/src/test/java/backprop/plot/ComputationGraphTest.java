package backprop.plot;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import backprop.autodiff.Value;
import org.junit.jupiter.api.Test;

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
