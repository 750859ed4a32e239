package backprop.plot;

import backprop.Dataset;
import backprop.Network;
import tech.tablesaw.plotly.components.Figure;

/**
 * The decision regions of a network with any number of classes K: every point of a grid over the plane coloured by
 * the class the network predicts there, argmax<sub>o</sub> ŷ<sub>o</sub>(x), with the data points on top in the same
 * colours.
 */
public final class RegionPlot {

    private RegionPlot() {
    }

    /**
     * @param net      a network with 2 inputs and as many classes as d
     * @param d        the points to draw on top (2 features)
     * @param gridSize the number of grid points along each axis, in [2, {@value BoundaryPlot#MAX_GRID_SIZE}] (the
     *                 network is evaluated gridSize&sup2; times)
     * @param title    the figure's title
     * @throws IllegalArgumentException naming the parameter if one of these does not hold
     */
    public static Figure regions(Network net, Dataset d, int gridSize, String title) {
        PlaneGrid grid = new PlaneGrid(net, d, gridSize, title, 0.3, "regions");
        int classes = net.sizes()[net.sizes().length - 1];
        if (classes != d.classes()) {
            throw new IllegalArgumentException("net must have d's " + d.classes() + " classes, had " + classes);
        }
        int[] predicted = net.predict(grid.points());
        double[][] regions = new double[gridSize][gridSize]; // row i is x₂ = gy[i], as plotly expects
        for (int i = 0; i < gridSize; i++) {
            for (int j = 0; j < gridSize; j++) {
                regions[i][j] = predicted[i * gridSize + j];
            }
        }
        return grid.figure(GridTrace.classes("predicted class", grid.gx, grid.gy, regions, classes));
    }
}
