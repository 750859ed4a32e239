package backprop.plot;

import backprop.Dataset;
import backprop.Network;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.Trace;

/**
 * What a trained network decides over the plane: the predicted probability of class 1,
 * ŷ<sub>1</sub>(x) = softmax(z<sub>L</sub>(x))<sub>1</sub>, on a grid as a heatmap, the decision boundary
 * ŷ<sub>1</sub> = 0.5 as a black line, and the data points on top, coloured by class.
 */
public final class BoundaryPlot {

    /** How far the grid extends beyond the data on each side, in units of the features. */
    static final double PADDING = 0.5;

    /** The largest grid: 500 × 500 = 250,000 evaluations of the network, far finer than a plot can show. */
    public static final int MAX_GRID_SIZE = 500;

    private BoundaryPlot() {
    }

    /**
     * @param net      a network with 2 inputs and at least 2 classes
     * @param d        the points to draw on top (2 features)
     * @param gridSize the number of grid points along each axis, in [2, {@value #MAX_GRID_SIZE}] (the network is
     *                 evaluated gridSize&sup2; times)
     * @param title    the figure's title
     * @throws IllegalArgumentException naming the parameter if one of these does not hold
     */
    public static Figure decisionBoundary(Network net, Dataset d, int gridSize, String title) {
        Plots.requireTwoFeatures(d);
        if (net == null) {
            throw new IllegalArgumentException("net must not be null, was null");
        }
        int[] sizes = net.sizes();
        if (sizes[0] != 2) {
            throw new IllegalArgumentException("net must take 2 inputs to draw its boundary in the plane, took "
                    + sizes[0]);
        }
        if (sizes[sizes.length - 1] < 2) {
            throw new IllegalArgumentException("net must have at least 2 classes, had " + sizes[sizes.length - 1]);
        }
        if (gridSize < 2 || gridSize > MAX_GRID_SIZE) {
            throw new IllegalArgumentException("gridSize must be in [2, " + MAX_GRID_SIZE + "], was " + gridSize);
        }
        Plots.requireText("title", title);
        double[] gx = axis(d, 0, gridSize);
        double[] gy = axis(d, 1, gridSize);
        double[][] points = new double[gridSize * gridSize][];
        for (int i = 0; i < gridSize; i++) {
            for (int j = 0; j < gridSize; j++) {
                points[i * gridSize + j] = new double[] {gx[j], gy[i]};
            }
        }
        double[][] yHat = net.predictProbabilities(points);
        double[][] p1 = new double[gridSize][gridSize]; // row i is y = gy[i], as plotly expects
        for (int i = 0; i < gridSize; i++) {
            for (int j = 0; j < gridSize; j++) {
                p1[i][j] = yHat[i * gridSize + j][1];
            }
        }
        Trace[] classes = Plots.classTraces(d);
        Trace[] traces = new Trace[2 + classes.length];
        traces[0] = GridTrace.heatmap("ŷ₁ = P(class 1)", gx, gy, p1);
        traces[1] = GridTrace.halfLevelLine("boundary ŷ₁ = 0.5", gx, gy, p1);
        System.arraycopy(classes, 0, traces, 2, classes.length);
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
