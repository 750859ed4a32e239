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
}
