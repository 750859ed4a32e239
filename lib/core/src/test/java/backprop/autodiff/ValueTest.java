package backprop.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class ValueTest {

    /**
     * f(u, v) = ln(e^{u·v} + tanh(u − v)) · u: every operation once. Central differences with h = 1e-5 err by
     * O(h²·f''') ≈ 1e-10 plus rounding ≈ 1e-16/h ≈ 1e-11, so 1e-8 is a wide but meaningful bound.
     */
    @Test
    void everyOperationsGradientMatchesCentralDifferences() {
        BiFunction<Value, Value, Value> f = (u, v) -> u.times(v).exp().plus(u.minus(v).tanh()).log().times(u);
        DoubleBinaryOperator plain = (u, v) -> Math.log(Math.exp(u * v) + Math.tanh(u - v)) * u;
        for (double[] p : new double[][] {{0.7, -0.4}, {1.3, 0.2}, {-0.5, -1.1}}) {
            Value u = Value.of(p[0], "u");
            Value v = Value.of(p[1], "v");
            Value out = f.apply(u, v);
            out.backward();
            double h = 1e-5;
            double du = (plain.applyAsDouble(p[0] + h, p[1]) - plain.applyAsDouble(p[0] - h, p[1])) / (2 * h);
            double dv = (plain.applyAsDouble(p[0], p[1] + h) - plain.applyAsDouble(p[0], p[1] - h)) / (2 * h);
            assertEquals(plain.applyAsDouble(p[0], p[1]), out.data(), 1e-15);
            assertEquals(du, u.grad(), 1e-8);
            assertEquals(dv, v.grad(), 1e-8);
            assertEquals(1.0, out.grad());
        }
    }

    @Test
    void aNodeUsedTwiceAccumulatesBothContributions() {
        Value x = Value.of(3.0, "x");
        Value square = x.times(x);          // d/dx = 2x = 6, one x from each operand
        square.backward();
        assertEquals(6.0, x.grad(), 0.0);

        Value y = Value.of(-2.0, "y");
        Value t = y.tanh();
        Value out = t.plus(t).plus(y);     // d/dy = 2(1 − tanh² y) + 1
        out.backward();
        double th = Math.tanh(-2.0);
        assertEquals(2 * (1 - th * th) + 1, y.grad(), 1e-15);
    }

    @Test
    void backwardTwiceGivesTheSameGradientsNotTheirSum() {
        Value x = Value.of(1.5, "x");
        Value out = x.times(x).exp();
        out.backward();
        double first = x.grad();
        out.backward();
        assertEquals(first, x.grad(), 0.0);
    }

    /**
     * The zero-grad question answered: backward() zeroes its own graph first, so a second backward on another root
     * sets the grads of that root's graph and leaves a node outside it alone. After p = a·b (a = 2, b = 3) and
     * backward on p, then backward on e^b: b.grad = e^b = e³ from the second pass, a.grad = ∂p/∂a = b = 3 from the
     * first (a is not in the graph of e^b), p.grad still 1.
     */
    @Test
    void aSecondBackwardOnAnotherRootResetsOnlyItsOwnGraph() {
        Value a = Value.of(2.0, "a");
        Value b = Value.of(3.0, "b");
        Value p = a.times(b);
        p.backward();
        assertEquals(2.0, b.grad(), 0.0);
        b.exp().backward();
        assertEquals(Math.exp(3.0), b.grad(), 0.0);
        assertEquals(3.0, a.grad(), 0.0);
        assertEquals(1.0, p.grad(), 0.0);
        p.backward();
        assertEquals(2.0, b.grad(), 0.0);
    }

    /** Depth 10,000 and 100,000: graph() and backward() walk with a stack of their own, not the JVM's. */
    @Test
    void deepChainsNeedNoRecursion() {
        for (int depth : new int[] {10_000, 100_000}) {
            Value x = Value.of(0.5, "x");
            Value v = x;
            for (int i = 0; i < depth; i++) {
                v = v.plus(Value.of(1e-6, "c"));
            }
            v.backward();
            assertEquals(2 * depth + 1, v.graph().size());
            assertEquals(1.0, x.grad(), 0.0);
        }
    }

    /** ∂(c · ln x)/∂x = c / x = 1e300 / 1e-300 overflows: an exception naming both nodes, and all grads back at 0. */
    @Test
    void anOverflowingGradientIsAnException() {
        Value x = Value.of(1e-300, "x");
        Value c = Value.of(1e300, "c");
        Value out = x.log().times(c);
        IllegalStateException e = assertThrows(IllegalStateException.class, out::backward);
        assertTrue(e.getMessage().startsWith("the gradient ∂(×)/∂(x) overflows to Infinity through 'ln'"),
                e.getMessage());
        assertEquals(0.0, x.grad(), 0.0);
        assertEquals(0.0, out.grad(), 0.0);
    }

    @Test
    void graphListsEveryNodeOnceAfterItsOperands() {
        Value a = Value.of(1, "a");
        Value b = Value.of(2, "b");
        Value c = a.times(b);
        Value d = c.plus(a);
        List<Value> order = d.graph();
        assertEquals(4, order.size());
        for (int i = 0; i < order.size(); i++) {
            for (Value operand : order.get(i).operands()) {
                assertTrue(order.indexOf(operand) < i, operand + " before " + order.get(i));
            }
        }
        assertEquals(d, order.get(3));
        assertEquals("×", c.label());
        assertEquals(List.of(a, b), c.operands());
    }

    @Test
    void rejectsBadInput() {
        Value one = Value.of(1, "one");
        assertMessage("data of w must be finite, was NaN", () -> Value.of(Double.NaN, "w"));
        assertMessage("data of w must be finite, was Infinity", () -> Value.of(Double.POSITIVE_INFINITY, "w"));
        assertMessage("label must be a name, was null", () -> Value.of(1, null));
        assertMessage("v must not be null", () -> one.plus(null));
        assertMessage("v must not be null", () -> one.times(null));
        assertMessage("log needs a value > 0, was -1.0", () -> Value.of(-1, "u").log());
        assertMessage("the result of exp must be finite", () -> Value.of(1000, "u").exp());
    }

    static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), () -> "message '" + e.getMessage() + "' lacks '" + expected + "'");
    }
}
