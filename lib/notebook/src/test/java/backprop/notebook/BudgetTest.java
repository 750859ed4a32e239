package backprop.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BudgetTest {

    @Test
    void allRunsUnlessQuick() {
        assertEquals(5, Budget.runs(5, null));
        assertEquals(5, Budget.runs(5, "0"));
        assertEquals(1, Budget.runs(5, "1"));
    }

    @Test
    void rejectsFewerThanOneRun() {
        assertThrows(IllegalArgumentException.class, () -> Budget.runs(0, null));
    }
}
