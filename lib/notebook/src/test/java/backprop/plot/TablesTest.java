package backprop.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import backprop.Activation;
import backprop.Dataset;
import backprop.History;
import backprop.Init;
import backprop.Moons;
import backprop.Network;
import backprop.Trainer;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class TablesTest {

    @Test
    void datasetTableHasFeatureLabelAndClassColumns() {
        Dataset d = new Dataset(new double[][] {{0, 0}, {1, -0.5}, {2, -1}, {3, -1.5}, {4, -2}},
                new int[] {0, 1, 2, 0, 1}, 3);
        Table t = Tables.of(d);
        assertEquals(List.of("x1", "x2", "label", "class"), t.columnNames());
        assertEquals(5, t.rowCount());
        assertEquals(3.0, t.doubleColumn("x1").get(3));
        assertEquals(-1.5, t.doubleColumn("x2").get(3));
        assertEquals(0, t.intColumn("label").getInt(3));
        assertEquals("class 2", t.stringColumn("class").get(2));
    }

    @Test
    void historyTableHasOneRowPerPointAndTestColumnsOnlyWithATestSet() {
        Dataset moons = Moons.make(100, 0.2, 1);
        Trainer trainer = Trainer.builder().epochs(100).recordEvery(10).build();
        History withTest = trainer.fit(Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3, 2), moons, moons);
        Table t = Tables.of(withTest);
        assertEquals(List.of("epoch", "train loss", "train accuracy", "test loss", "test accuracy"), t.columnNames());
        assertEquals(11, t.rowCount());
        assertEquals(withTest.trainLoss()[4], t.doubleColumn("train loss").get(4), 0.0);
        History alone = trainer.fit(Network.create(Activation.TANH, Init.XAVIER, 1, 2, 3, 2), moons, null);
        assertEquals(3, Tables.of(alone).columnCount());
        assertThrows(IllegalArgumentException.class, () -> Tables.of((Dataset) null));
        assertThrows(IllegalArgumentException.class, () -> Tables.of((History) null));
    }
}
