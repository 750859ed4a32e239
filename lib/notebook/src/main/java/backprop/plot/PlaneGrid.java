package backprop.plot;

import backprop.Dataset;
import backprop.Network;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Margin;
import tech.tablesaw.plotly.traces.Trace;

/**
 * The plane under a picture of what a 2-input network decides ({@link BoundaryPlot}, {@link RegionPlot}): a
 * gridSize × gridSize grid of points (x<sub>1</sub>, x<sub>2</sub>) spanning the data plus a margin, and the figure.
 */
final class PlaneGrid {

    /** The largest grid: 500 × 500 = 250,000 evaluations of the network, far finer than a plot can show. */
    static final int MAX_SIZE = 500;

    /** The x<sub>1</sub> values of the grid's columns and the x<sub>2</sub> values of its rows. */
    final double[] gx;
    final double[] gy;
    private final Dataset d;
    private final String title;

    /**
     * Checks the arguments of a plane plot and lays the grid over the data with {@code padding} on each side.
     *
     * @param drawing what the plot draws, for the messages ("boundary", "regions")
     * @throws IllegalArgumentException naming the parameter if net, d, gridSize or title is unfit
     */
    PlaneGrid(Network net, Dataset d, int gridSize, String title, double padding, String drawing) {
        this.d = Plots.requireTwoFeatures(d);
        Plots.notNull("net", net);
        this.title = Plots.notNull("title", title);
        if (net.sizes()[0] != 2) {
            throw new IllegalArgumentException("net must take 2 inputs to draw its " + drawing + " in the plane, took "
                    + net.sizes()[0]);
        }
        if (gridSize < 2 || gridSize > MAX_SIZE) {
            throw new IllegalArgumentException("gridSize must be in [2, " + MAX_SIZE + "], was " + gridSize);
        }
        gx = axis(0, gridSize, padding);
        gy = axis(1, gridSize, padding);
    }

    /** The grid's points, row by row: point i·gridSize + j is (gx[j], gy[i]). */
    double[][] points() {
        double[][] points = new double[gy.length * gx.length][];
        for (int i = 0; i < gy.length; i++) {
            for (int j = 0; j < gx.length; j++) {
                points[i * gx.length + j] = new double[] {gx[j], gy[i]};
            }
        }
        return points;
    }

    /** The figure: the grid's traces first, then the data points by class, axes spanning the grid. */
    Figure figure(Trace... gridTraces) {
        return figure(0, 0, gridTraces);
    }

    /** As {@link #figure(Trace...)}, of the given size in pixels (0, 0: plotly's default, with a legend). */
    Figure figure(int width, int height, Trace... gridTraces) {
        Trace[] data = Plots.classTraces(d);
        Trace[] traces = new Trace[gridTraces.length + data.length];
        System.arraycopy(gridTraces, 0, traces, 0, gridTraces.length);
        System.arraycopy(data, 0, traces, gridTraces.length, data.length);
        Layout.LayoutBuilder layout = Layout.builder()
                .title(title)
                .xAxis(Axis.builder().title("x₁").range(gx[0], gx[gx.length - 1]).build())
                .yAxis(Axis.builder().title("x₂").range(gy[0], gy[gy.length - 1]).build())
                .showLegend(width == 0);
        if (width > 0) {
            layout.width(width).height(height).margin(Margin.builder().left(40).right(10).top(40).bottom(40).build());
        }
        return new Figure(layout.build(), traces);
    }

    /**
     * gridSize evenly spaced values from min − padding to max + padding of feature j.
     *
     * @throws IllegalArgumentException if the span overflows (features near ±1.8e308), which no grid can cover
     */
    private double[] axis(int j, int gridSize, double padding) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int n = 0; n < d.size(); n++) {
            min = Math.min(min, d.x(n, j));
            max = Math.max(max, d.x(n, j));
        }
        double lo = min - padding;
        double step = (max + padding - lo) / (gridSize - 1);
        if (!Double.isFinite(step)) {
            throw new IllegalArgumentException("d must span a finite range to be drawn, x" + (j + 1) + " spans ["
                    + min + ", " + max + "]");
        }
        double[] values = new double[gridSize];
        for (int k = 0; k < gridSize; k++) {
            values[k] = lo + k * step;
        }
        return values;
    }
}
