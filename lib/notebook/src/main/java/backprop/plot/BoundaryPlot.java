package backprop.plot;

import backprop.Dataset;
import backprop.Network;
import tech.tablesaw.plotly.components.Figure;

/**
 * What a trained network decides over the plane: the predicted probability of class 1,
 * ŷ<sub>1</sub>(x) = softmax(z<sub>L</sub>(x))<sub>1</sub>, on a grid as a heatmap, the decision boundary
 * ŷ<sub>1</sub> = 0.5 as a black line, and the data points on top, coloured by class.
 */
public final class BoundaryPlot {

    /** The largest grid: 500 × 500 = 250,000 evaluations of the network, far finer than a plot can show. */
    public static final int MAX_GRID_SIZE = PlaneGrid.MAX_SIZE;

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
        return figure(net, d, gridSize, title, 0, 0);
    }

    /**
     * The same picture, small ({@value #SMALL} × {@value #SMALL} pixels, a 40 × 40 grid, no legend), to show several
     * side by side with {@link Inline#row}: {@code display(Inline.row(List.of(...)))}.
     *
     * @throws IllegalArgumentException as {@link #decisionBoundary}
     */
    public static Figure small(Network net, Dataset d, String title) {
        return figure(net, d, 40, title, SMALL, SMALL);
    }

    /** The width and height of {@link #small}, in pixels. */
    public static final int SMALL = 280;

    private static Figure figure(Network net, Dataset d, int gridSize, String title, int width, int height) {
        PlaneGrid grid = new PlaneGrid(net, d, gridSize, title, 0.5, "boundary");
        int classes = net.sizes()[net.sizes().length - 1];
        if (classes < 2) {
            throw new IllegalArgumentException("net must have at least 2 classes, had " + classes);
        }
        double[][] yHat = net.predictProbabilities(grid.points());
        double[][] p1 = new double[gridSize][gridSize]; // row i is x₂ = gy[i], as plotly expects
        for (int i = 0; i < gridSize; i++) {
            for (int j = 0; j < gridSize; j++) {
                p1[i][j] = yHat[i * gridSize + j][1];
            }
        }
        return grid.figure(width, height, GridTrace.heatmap("ŷ₁ = P(class 1)", grid.gx, grid.gy, p1),
                GridTrace.halfLevelLine("boundary ŷ₁ = 0.5", grid.gx, grid.gy, p1));
    }
}
