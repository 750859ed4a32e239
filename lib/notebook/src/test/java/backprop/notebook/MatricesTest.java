package backprop.notebook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MatricesTest {

    @Test
    void productTransposeAndScale() {
        double[][] a = {{1, 2}, {3, 4}, {5, 6}};
        double[][] b = {{1, 0, -1}, {2, 1, 0}};
        assertArrayEquals(new double[][] {{5, 2, -1}, {11, 4, -3}, {17, 6, -5}}, Matrices.times(a, b));
        assertArrayEquals(new double[][] {{1, 3, 5}, {2, 4, 6}}, Matrices.transpose(a));
        assertArrayEquals(new double[][] {{0.5, 1}, {1.5, 2}, {2.5, 3}}, Matrices.scaled(0.5, a));
    }

    @Test
    void badShapesAreRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Matrices.times(new double[][] {{1, 2}}, new double[][] {{1}}));
        assertEquals("a has 2 columns but b has 1 rows", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Matrices.transpose(new double[][] {{1, 2}, {3}}));
        assertEquals("a[1] must have 2 entries like a[0]", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Matrices.scaled(Double.NaN, new double[][] {{1}}));
        assertThrows(IllegalArgumentException.class, () -> Matrices.times(null, new double[][] {{1}}));
    }

    @Test
    void entryByEntryOperations() {
        double[][] a = {{1, 2}, {3, 4}};
        double[][] b = {{0.5, -1}, {2, 0}};
        assertArrayEquals(new double[][] {{0.5, 3}, {1, 4}}, Matrices.minus(a, b));
        assertArrayEquals(new double[][] {{1.5, 1}, {5, 4}}, Matrices.plus(a, b));
        assertArrayEquals(new double[][] {{0.5, -2}, {6, 0}}, Matrices.hadamard(a, b));
        assertArrayEquals(new double[][] {{1, 4}, {9, 16}}, Matrices.map(a, v -> v * v));
        assertEquals(10, Matrices.sum(a));
    }

    @Test
    void rowsActAsBiasesAndSums() {
        double[][] a = {{1, 2}, {3, 4}, {5, 6}};
        assertArrayEquals(new double[][] {{11, 22}, {13, 24}, {15, 26}}, Matrices.plusRow(a, new double[][] {{10, 20}}));
        assertArrayEquals(new double[][] {{9, 12}}, Matrices.columnSums(a));
        // 1ᵀ A equals the product of a row of ones with A
        assertArrayEquals(Matrices.times(new double[][] {{1, 1, 1}}, a), Matrices.columnSums(a));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Matrices.plusRow(a, new double[][] {{1, 2, 3}}));
        assertEquals("b must be one row of 2 entries, was 1 × 3", e.getMessage());
    }

    @Test
    void softmaxRowsAndOneHot() {
        double[][] y = Matrices.softmaxRows(new double[][] {{0, 0}, {Math.log(3), 0}});
        assertArrayEquals(new double[] {0.5, 0.5}, y[0], 1e-15);
        assertArrayEquals(new double[] {0.75, 0.25}, y[1], 1e-15);
        assertArrayEquals(new double[][] {{0, 1, 0}, {1, 0, 0}}, Matrices.oneHot(new int[] {1, 0}, 3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Matrices.oneHot(new int[] {0, 3}, 3));
        assertEquals("labels[1] must be in [0, 3), was 3", e.getMessage());
    }

    @Test
    void flattenFollowsTheParameterLayout() {
        backprop.Network net = backprop.Network.create(backprop.Activation.TANH, backprop.Init.XAVIER, 5, 2, 3, 2);
        double[] flat = Matrices.flatten(net.weights(1), new double[][] {net.biases(1)}, net.weights(2),
                new double[][] {net.biases(2)});
        assertArrayEquals(net.parameters().toArray(), flat);
    }

    @Test
    void mismatchedShapesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Matrices.minus(new double[][] {{1, 2}}, new double[][] {{1}, {2}}));
        assertEquals("a is 1 × 2 but b is 2 × 1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Matrices.map(new double[][] {{1}}, null));
        assertThrows(IllegalArgumentException.class, () -> Matrices.flatten());
    }
}
