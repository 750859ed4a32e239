package backprop.plot;

import tech.tablesaw.plotly.components.HoverLabel;
import tech.tablesaw.plotly.traces.Trace;

/**
 * A plotly trace of values z[i][j] on a regular grid (x<sub>j</sub>, y<sub>i</sub>) with values in [0, 1], drawn
 * either as a heatmap or as the single contour line z = 0.5.
 *
 * <p>Tablesaw's own heatmap builder cannot fix the colour range to [0, 1], and its contour trace writes every trace
 * under the same variable name, so these two are written here, in plotly's JSON vocabulary.
 */
final class GridTrace implements Trace {

    /** Blue for probability 0 (class 0), white at 0.5, red for 1 (class 1): the classes' colours in {@link Plots}. */
    private static final String COLOR_SCALE = "[[0, '#1f77b4'], [0.5, '#f7f7f7'], [1, '#d62728']]";

    private final String name;
    private final double[] x;
    private final double[] y;
    private final double[][] z;
    private final boolean boundaryLine;

    private GridTrace(String name, double[] x, double[] y, double[][] z, boolean boundaryLine) {
        this.name = name;
        this.x = x;
        this.y = y;
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

    @Override
    public String asJavascript(int i) {
        StringBuilder js = new StringBuilder(64 + 24 * z.length * x.length);
        js.append("var trace").append(i).append(" = {\n");
        js.append("x: ");
        array(js, x);
        js.append(",\ny: ");
        array(js, y);
        js.append(",\nz: [");
        for (int r = 0; r < z.length; r++) {
            if (r > 0) {
                js.append(',');
            }
            array(js, z[r]);
        }
        js.append("],\nname: '").append(escape(name)).append("',\n");
        if (boundaryLine) {
            js.append("type: 'contour', showscale: false, showlegend: true, hoverinfo: 'skip',\n")
                    .append("contours: {start: 0.5, end: 0.5, size: 1, coloring: 'none'},\n")
                    .append("line: {color: 'black', width: 2}\n");
        } else {
            // the colour bar sits low on the right so that the legend above it stays readable
            js.append("type: 'heatmap', zmin: 0, zmax: 1, zsmooth: 'best', opacity: 0.7, showlegend: false,\n")
                    .append("colorscale: ").append(COLOR_SCALE).append(",\n")
                    .append("colorbar: {title: {text: '").append(escape(name))
                    .append("'}, len: 0.6, y: 0, yanchor: 'bottom'}\n");
        }
        js.append("};\n");
        return js.toString();
    }

    private static void array(StringBuilder js, double[] values) {
        js.append('[');
        for (int k = 0; k < values.length; k++) {
            if (k > 0) {
                js.append(',');
            }
            js.append((float) values[k]); // 7 significant digits are plenty for a picture and halve the text
        }
        js.append(']');
    }

    /** Escapes a name for a single-quoted JavaScript string inside an HTML script element. */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("'", "\\'").replace("<", "\\u003c").replace("\n", "\\n");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public HoverLabel hoverLabel() {
        return null;
    }

    @Override
    public boolean showLegend() {
        return boundaryLine;
    }
}
