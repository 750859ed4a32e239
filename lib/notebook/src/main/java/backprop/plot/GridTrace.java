package backprop.plot;

import tech.tablesaw.plotly.components.HoverLabel;
import tech.tablesaw.plotly.traces.Trace;

/**
 * A plotly trace of values z[i][j] on a regular grid (x<sub>j</sub>, y<sub>i</sub>), written in plotly's JSON
 * vocabulary (Tablesaw's heatmap cannot fix its colour range, and its contour trace gives every trace the same
 * variable name): a probability heatmap on [0, 1], its contour line z = 0.5, or class numbers in {0, …, K−1}.
 */
final class GridTrace implements Trace {

    /** Blue for probability 0 (class 0), white at 0.5, red for 1 (class 1): the classes' colours in {@link Plots}. */
    private static final String PROBABILITY_SCALE = "[[0, '#1f77b4'], [0.5, '#f7f7f7'], [1, '#d62728']]";

    private final String name;
    private final double[] x;
    private final double[] y;
    private final double[][] z;
    private final boolean showLegend;
    private final String style;

    private GridTrace(String name, double[] x, double[] y, double[][] z, boolean showLegend, String style) {
        this.name = name;
        this.x = x;
        this.y = y;
        this.z = z;
        this.showLegend = showLegend;
        this.style = style;
    }

    /** A heatmap of z with the colour scale fixed to [0, 1] and a colour bar titled {@code name}, low on the right. */
    static GridTrace heatmap(String name, double[] x, double[] y, double[][] z) {
        return new GridTrace(name, x, y, z, false,
                "type: 'heatmap', zmin: 0, zmax: 1, zsmooth: 'best', opacity: 0.7, showlegend: false,\n"
                + "colorscale: " + PROBABILITY_SCALE + ",\ncolorbar: {title: {text: '" + escape(name)
                + "'}, len: 0.6, y: 0, yanchor: 'bottom'}\n");
    }

    /** The contour line z = 0.5, black, listed in the legend under {@code name}. */
    static GridTrace halfLevelLine(String name, double[] x, double[] y, double[][] z) {
        return new GridTrace(name, x, y, z, true, "type: 'contour', showscale: false, showlegend: true,"
                + " hoverinfo: 'skip',\ncontours: {start: 0.5, end: 0.5, size: 1, coloring: 'none'},\n"
                + "line: {color: 'black', width: 2}\n");
    }

    /**
     * A pale heatmap of the classes c[i][j] ∈ {0, …, K−1} that skips hovering: class c fills [c/K, (c+1)/K] of the
     * colour scale with its colour of {@link Plots#CLASS_COLORS}, so each integer gets exactly its class colour.
     */
    static GridTrace classes(String name, double[] x, double[] y, double[][] c, int classCount) {
        StringBuilder scale = new StringBuilder("[");
        for (int k = 0; k < classCount; k++) {
            String color = Plots.CLASS_COLORS[k % Plots.CLASS_COLORS.length];
            scale.append(k > 0 ? ", " : "").append('[').append((double) k / classCount).append(", '").append(color)
                    .append("'], [").append((double) (k + 1) / classCount).append(", '").append(color).append("']");
        }
        return new GridTrace(name, x, y, c, false, "type: 'heatmap', zmin: -0.5, zmax: " + (classCount - 0.5)
                + ", zsmooth: false, opacity: 0.35, showscale: false, showlegend: false, hoverinfo: 'skip',\n"
                + "colorscale: " + scale + "]\n");
    }

    /** Writes the trace as the JavaScript variable trace<i>i</i>: x, y, z row by row, the name, then the style. */
    @Override
    public String asJavascript(int i) {
        StringBuilder js = new StringBuilder("var trace").append(i).append(" = {\nx: ");
        numbers(js, x);
        js.append(",\ny: ");
        numbers(js, y);
        js.append(",\nz: [");
        for (int r = 0; r < y.length; r++) {
            js.append(r > 0 ? "," : "");
            numbers(js, z[r]);
        }
        return js.append("],\nname: '").append(escape(name)).append("',\n").append(style).append("};\n").toString();
    }

    /** The values as a JSON array: integers as such, others as floats (7 digits are plenty for a picture) unless
     * a float cannot hold them. */
    private static void numbers(StringBuilder js, double[] values) {
        js.append('[');
        for (int k = 0; k < values.length; k++) {
            double v = values[k];
            js.append(k > 0 ? "," : "");
            if (Math.abs(v) < 1e9 && v == Math.rint(v)) {
                js.append((long) v);
            } else if (Math.abs(v) < 1e30) {
                js.append((float) v);
            } else {
                js.append(v);
            }
        }
        js.append(']');
    }

    /** Escapes a name for a single-quoted JavaScript string inside an HTML script element. */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("'", "\\'").replace("<", "\\u003c").replace("\n", "\\n");
    }

    @Override
    public String name() {
        return name;
    }

    /** None of its own: plotly's default hover label, where the trace is hovered at all. */
    @Override
    public HoverLabel hoverLabel() {
        return null;
    }

    @Override
    public boolean showLegend() {
        return showLegend;
    }
}
