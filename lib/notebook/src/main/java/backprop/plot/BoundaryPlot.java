package backprop.plot;

import backprop.Dataset;
import backprop.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Margin;
import tech.tablesaw.plotly.traces.Trace;

/**
 * What a network with 2 inputs decides over a gridSize × gridSize grid spanning the data plus a margin, the points on
 * top: ŷ₁(x) = softmax(z<sub>L</sub>(x))₁ and ŷ₁ = 0.5, or the regions of argmax<sub>o</sub> ŷ<sub>o</sub>(x).
 */
public final class BoundaryPlot {

    /** The largest grid: 500 × 500 = 250,000 evaluations of the network, far finer than a plot can show. */
    public static final int MAX_GRID_SIZE = 500;

    /** The width and height of {@link #small}, in pixels. */
    public static final int SMALL = 280;

    private BoundaryPlot() {}

    /** ŷ₁ as a heatmap, the boundary ŷ₁ = 0.5 as a black line, and the points of d; net has 2 inputs, ≥ 2 classes. */
    public static Figure decisionBoundary(Network net, Dataset d, int gridSize, String title) {
        return boundary(net, d, gridSize, title, 0);
    }

    /** {@link #decisionBoundary} on a 40 × 40 grid, {@value #SMALL} px square, no legend: for {@link Inline#row}. */
    public static Figure small(Network net, Dataset d, String title) {
        return boundary(net, d, 40, title, SMALL);
    }

    /** The regions of the predicted class in the classes' colours, and the points of d; net must have d's classes. */
    public static Figure regions(Network net, Dataset d, int gridSize, String title) {
        Grid grid = new Grid(net, d, gridSize, title, 0.3, "regions");
        if (classes(net) != d.classes()) {
            throw new IllegalArgumentException("net must have d's " + d.classes() + " classes, had " + classes(net));
        }
        int[] predicted = net.predict(grid.points());
        return grid.figure(0, GridTrace.classes("predicted class", grid.gx, grid.gy, grid.rows(n -> predicted[n]),
                classes(net)));
    }

    private static Figure boundary(Network net, Dataset d, int gridSize, String title, int size) {
        Grid grid = new Grid(net, d, gridSize, title, 0.5, "boundary");
        if (classes(net) < 2) {
            throw new IllegalArgumentException("net must have at least 2 classes, had " + classes(net));
        }
        double[][] yHat = net.predictProbabilities(grid.points());
        double[][] p1 = grid.rows(n -> yHat[n][1]);
        return grid.figure(size, GridTrace.heatmap("ŷ₁ = P(class 1)", grid.gx, grid.gy, p1),
                GridTrace.halfLevelLine("boundary ŷ₁ = 0.5", grid.gx, grid.gy, p1));
    }

    private static int classes(Network net) {
        return net.sizes()[net.sizes().length - 1];
    }

    /** The grid: columns at x₁ = gx[j], rows at x₂ = gy[i], and the figure of traces over it. */
    private static final class Grid {
        final double[] gx;
        final double[] gy;
        final Dataset d;
        final String title;

        Grid(Network net, Dataset d, int gridSize, String title, double padding, String drawing) {
            this.d = Plots.twoFeatures(d);
            if (Plots.notNull("net", net).sizes()[0] != 2) {
                throw new IllegalArgumentException("net must take 2 inputs to draw its " + drawing
                        + " in the plane, took " + net.sizes()[0]);
            }
            this.title = Plots.notNull("title", title);
            if (gridSize < 2 || gridSize > MAX_GRID_SIZE) {
                throw new IllegalArgumentException("gridSize must be in [2, " + MAX_GRID_SIZE + "], was " + gridSize);
            }
            gx = axis(0, gridSize, padding);
            gy = axis(1, gridSize, padding);
        }

        /** gridSize evenly spaced values from min − padding to max + padding of feature j. */
        private double[] axis(int j, int gridSize, double padding) {
            double min = IntStream.range(0, d.size()).mapToDouble(n -> d.x(n, j)).min().getAsDouble();
            double max = IntStream.range(0, d.size()).mapToDouble(n -> d.x(n, j)).max().getAsDouble();
            double step = (max + padding - (min - padding)) / (gridSize - 1);
            if (!Double.isFinite(step)) {
                throw new IllegalArgumentException("d must span a finite range to be drawn, x" + (j + 1)
                        + " spans [" + min + ", " + max + "]");
            }
            return IntStream.range(0, gridSize).mapToDouble(k -> min - padding + k * step).toArray();
        }

        /** The grid's points, row by row: point n = i·gridSize + j is (gx[j], gy[i]). */
        double[][] points() {
            double[][] points = new double[gy.length * gx.length][];
            for (int n = 0; n < points.length; n++) {
                points[n] = new double[] {gx[n % gx.length], gy[n / gx.length]};
            }
            return points;
        }

        /** Value n of the points as z[i][j], row i at x₂ = gy[i], as plotly expects. */
        double[][] rows(IntToDoubleFunction value) {
            double[][] z = new double[gy.length][gx.length];
            for (int n = 0; n < gy.length * gx.length; n++) {
                z[n / gx.length][n % gx.length] = value.applyAsDouble(n);
            }
            return z;
        }

        /** The grid traces, then the data by class; size &gt; 0: that many pixels square, without a legend. */
        Figure figure(int size, Trace... gridTraces) {
            List<Trace> traces = new ArrayList<>(List.of(gridTraces));
            traces.addAll(Plots.classTraces(d));
            Layout.LayoutBuilder layout = Layout.builder().title(title)
                    .xAxis(Axis.builder().title("x₁").range(gx[0], gx[gx.length - 1]).build())
                    .yAxis(Axis.builder().title("x₂").range(gy[0], gy[gy.length - 1]).build())
                    .showLegend(size == 0);
            if (size > 0) {
                layout.width(size).height(size).margin(Margin.builder().left(40).right(10).top(40).bottom(40).build());
            }
            return new Figure(layout.build(), traces.toArray(new Trace[0]));
        }
    }
}
