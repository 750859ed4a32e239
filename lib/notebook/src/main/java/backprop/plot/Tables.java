package backprop.plot;

import backprop.Dataset;
import backprop.History;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The library's data as Tablesaw tables, for plotting and for a look in a notebook (the core has no Tablesaw). */
public final class Tables {

    private Tables() {
    }

    /**
     * One double column per feature ({@code x1}, {@code x2}, &hellip;), the int column {@code label} and the string
     * column {@code class} ("class 0", "class 1", &hellip;) for colouring plots by category.
     */
    public static Table of(Dataset d) {
        double[][] x = Plots.notNull("d", d).x();
        Table table = Table.create("dataset");
        for (int j = 0; j < d.inputs(); j++) {
            double[] column = new double[x.length];
            for (int n = 0; n < x.length; n++) {
                column[n] = x[n][j];
            }
            table.addColumns(DoubleColumn.create("x" + (j + 1), column));
        }
        int[] labels = d.labels();
        StringColumn names = StringColumn.create("class");
        for (int y : labels) {
            names.append("class " + y);
        }
        return table.addColumns(IntColumn.create("label", labels), names);
    }

    /**
     * One row per recorded point with the columns {@code epoch}, {@code train loss}, {@code train accuracy} and,
     * with a test set, {@code test loss} and {@code test accuracy}.
     */
    public static Table of(History h) {
        Table table = Table.create("history").addColumns(IntColumn.create("epoch", Plots.notNull("h", h).epochs()),
                DoubleColumn.create("train loss", h.trainLoss()),
                DoubleColumn.create("train accuracy", h.trainAccuracy()));
        if (h.testLoss().length > 0) {
            table.addColumns(DoubleColumn.create("test loss", h.testLoss()),
                    DoubleColumn.create("test accuracy", h.testAccuracy()));
        }
        return table;
    }
}
