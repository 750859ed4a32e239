package backprop.plot;

/**
 * A plotly trace of values z[i][j] on a regular grid (x<sub>j</sub>, y<sub>i</sub>) with values in [0, 1], drawn
 * either as a heatmap or as the single contour line z = 0.5.
 *
 * <p>Tablesaw's own heatmap builder cannot fix the colour range to [0, 1], and its contour trace writes every trace
 * under the same variable name, so these two are written here, in plotly's JSON vocabulary.
 */
final class GridTrace extends AbstractGridTrace {

    /** Blue for probability 0 (class 0), white at 0.5, red for 1 (class 1): the classes' colours in {@link Plots}. */
    private static final String COLOR_SCALE = "[[0, '#1f77b4'], [0.5, '#f7f7f7'], [1, '#d62728']]";

    private final double[][] z;
    private final boolean boundaryLine;

    private GridTrace(String name, double[] x, double[] y, double[][] z, boolean boundaryLine) {
        super(name, x, y, boundaryLine);
        this.z = z;
        this.boundaryLine = boundaryLine;
    }

    /** A heatmap of z with the colour scale fixed to [0, 1] and a colour bar titled {@code name}. */
    static GridTrace heatmap(String name, double[] x, double[] y, double[][] z) {
        return new GridTrace(name, x, y, z, false);
    }

    /** The contour line z = 0.5, black, listed in the legend under {@code name}. */
    static GridTrace halfLevelLine(String name, double[] x, double[] y, double[][] z) {
        return new GridTrace(name, x, y, z, true);
    }

    /** Appends z[i][j] as a float, like the grid's coordinates. */
    @Override
    void appendZ(StringBuilder js, int i, int j) {
        js.append((float) z[i][j]);
    }

    /** Appends the black contour at 0.5, or the heatmap on [0, 1] with its colour bar titled by the name. */
    @Override
    void appendStyle(StringBuilder js) {
        if (boundaryLine) {
            js.append("type: 'contour', showscale: false, showlegend: true, hoverinfo: 'skip',\n")
                    .append("contours: {start: 0.5, end: 0.5, size: 1, coloring: 'none'},\n")
                    .append("line: {color: 'black', width: 2}\n");
        } else {
            // the colour bar sits low on the right so that the legend above it stays readable
            js.append("type: 'heatmap', zmin: 0, zmax: 1, zsmooth: 'best', opacity: 0.7, showlegend: false,\n")
                    .append("colorscale: ").append(COLOR_SCALE).append(",\n")
                    .append("colorbar: {title: {text: '").append(escape(name()))
                    .append("'}, len: 0.6, y: 0, yanchor: 'bottom'}\n");
        }
    }
}
