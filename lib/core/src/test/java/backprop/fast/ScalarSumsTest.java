package backprop.fast;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Runs only in the surefire execution {@code scalar-sums} (lib/core/pom.xml), a JVM without {@code jdk.incubator.vector}:
 * the kernel tests that run beside it there cover the scalar sums as a plain {@code java -cp backprop-core.jar} or an IJava
 * kernel without the module runs them.
 */
class ScalarSumsTest {

    @Test
    void thisJvmRunsTheScalarSums() {
        assertFalse(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(),
                "the scalar-sums execution should start its JVM without --add-modules jdk.incubator.vector");
        assertFalse(RowKernels.VECTOR_SUMS, "without the module the kernel must use its scalar sums");
    }
}
