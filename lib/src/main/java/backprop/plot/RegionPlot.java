package backprop.plot;

import backprop.Dataset;
import backprop.Network;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.Trace;

/**
 * The decision regions of a network with any number of classes K: every point of a grid over the plane coloured by
 * the class the network predicts there, argmax<sub>o</sub> ŷ<sub>o</sub>(x), with the data points on top in the same
 * colours.
 */
public final class RegionPlot {

    /** How far the grid extends beyond the data on each side, in units of the features. */
    static final double PADDING = 0.3;

    private RegionPlot() {
    }

    /**
     * @param net      a network with 2 inputs and as many classes as d
     * @param d        the points to draw on top (2 features)
     * @param gridSize the number of grid points along each axis, &ge; 2 (the network is evaluated gridSize&sup2; times)
     * @param title    the figure's title
     * @throws IllegalArgumentException naming the parameter if one of these does not hold
     */
    public static Figure regions(Network net, Dataset d, int gridSize, String title) {
        Plots.requireTwoFeatures(d);
        if (net == null) {
            throw new IllegalArgumentException("net must not be null, was null");
        }
        int[] sizes = net.sizes();
        if (sizes[0] != 2) {
            throw new IllegalArgumentException("net must take 2 inputs to draw its regions in the plane, took "
                    + sizes[0]);
        }
        int classes = sizes[sizes.length - 1];
        if (classes != d.classes()) {
            throw new IllegalArgumentException("net must have d's " + d.classes() + " classes, had " + classes);
        }
        if (gridSize < 2) {
            throw new IllegalArgumentException("gridSize must be >= 2, was " + gridSize);
        }
        double[] gx = axis(d, 0, gridSize);
        double[] gy = axis(d, 1, gridSize);
        double[][] points = new double[gridSize * gridSize][];
        for (int i = 0; i < gridSize; i++) {
            for (int j = 0; j < gridSize; j++) {
                points[i * gridSize + j] = new double[] {gx[j], gy[i]};
            }
        }
        int[] predicted = net.predict(points);
        int[][] grid = new int[gridSize][gridSize]; // row i is y = gy[i], as plotly expects
        for (int i = 0; i < gridSize; i++) {
            System.arraycopy(predicted, i * gridSize, grid[i], 0, gridSize);
        }
        Trace[] data = Plots.classTraces(d);
        Trace[] traces = new Trace[1 + data.length];
        traces[0] = new ClassGridTrace("predicted class", gx, gy, grid, classes);
        System.arraycopy(data, 0, traces, 1, data.length);
        Layout layout = Layout.builder()
                .title(title)
                .xAxis(Axis.builder().title("x₁").range(gx[0], gx[gridSize - 1]).build())
                .yAxis(Axis.builder().title("x₂").range(gy[0], gy[gridSize - 1]).build())
                .showLegend(true)
                .build();
        return new Figure(layout, traces);
    }

    /** gridSize evenly spaced values from min &minus; PADDING to max + PADDING of feature j. */
    private static double[] axis(Dataset d, int j, int gridSize) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int n = 0; n < d.size(); n++) {
            min = Math.min(min, d.x(n, j));
            max = Math.max(max, d.x(n, j));
        }
        double lo = min - PADDING;
        double step = (max + PADDING - lo) / (gridSize - 1);
        double[] values = new double[gridSize];
        for (int k = 0; k < gridSize; k++) {
            values[k] = lo + k * step;
        }
        return values;
    }
}
