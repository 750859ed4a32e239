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
     *
     * @param d a data set
     */
    public static Table of(Dataset d) {
        if (d == null) {
            throw new IllegalArgumentException("d must not be null, was null");
        }
        Table table = Table.create("dataset");
        for (int j = 0; j < d.inputs(); j++) {
            double[] column = new double[d.size()];
            for (int n = 0; n < d.size(); n++) {
                column[n] = d.x(n, j);
            }
            table.addColumns(DoubleColumn.create("x" + (j + 1), column));
        }
        int[] labels = d.labels();
        table.addColumns(IntColumn.create("label", labels));
        StringColumn names = StringColumn.create("class");
        for (int y : labels) {
            names.append("class " + y);
        }
        table.addColumns(names);
        return table;
    }

    /**
     * One row per recorded point with the columns {@code epoch}, {@code train loss}, {@code train accuracy} and,
     * with a test set, {@code test loss} and {@code test accuracy}.
     *
     * @param h the history of a fit
     */
    public static Table of(History h) {
        if (h == null) {
            throw new IllegalArgumentException("h must not be null, was null");
        }
        Table table = Table.create("history");
        table.addColumns(IntColumn.create("epoch", h.epochs()),
                DoubleColumn.create("train loss", h.trainLoss()),
                DoubleColumn.create("train accuracy", h.trainAccuracy()));
        if (h.testLoss().length > 0) {
            table.addColumns(DoubleColumn.create("test loss", h.testLoss()),
                    DoubleColumn.create("test accuracy", h.testAccuracy()));
        }
        return table;
    }
}
