package backprop.plot;

import tech.tablesaw.plotly.components.HoverLabel;
import tech.tablesaw.plotly.traces.Trace;

/**
 * A plotly trace of values z[i][j] at (x<sub>j</sub>, y<sub>i</sub>), written as plotly's own JSON: Tablesaw's
 * heatmap cannot fix its colour range, and its contour trace gives every trace the same variable name.
 */
record GridTrace(String name, double[] x, double[] y, double[][] z, boolean showLegend, String style) implements Trace {

    /** A heatmap of probabilities: blue at 0 (class 0), white at 0.5, red at 1 (class 1), a colour bar titled name. */
    static GridTrace heatmap(String name, double[] x, double[] y, double[][] z) {
        return new GridTrace(name, x, y, z, false, "type: 'heatmap', zmin: 0, zmax: 1, zsmooth: 'best', opacity: 0.7,"
                + " showlegend: false,\ncolorscale: [[0, '#1f77b4'], [0.5, '#f7f7f7'], [1, '#d62728']],\n"
                + "colorbar: {title: {text: '" + escape(name) + "'}, len: 0.6, y: 0, yanchor: 'bottom'}\n");
    }

    /** The contour line z = 0.5, black, listed in the legend. */
    static GridTrace halfLevelLine(String name, double[] x, double[] y, double[][] z) {
        return new GridTrace(name, x, y, z, true, "type: 'contour', showscale: false, showlegend: true,"
                + " hoverinfo: 'skip',\ncontours: {start: 0.5, end: 0.5, size: 1, coloring: 'none'},\n"
                + "line: {color: 'black', width: 2}\n");
    }

    /** A pale heatmap of classes c ∈ {0, …, K−1}: class c fills [c/K, (c+1)/K] of the scale with its class colour. */
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

    /** The trace as the JavaScript variable trace<i>i</i>: x, y, z row by row, the name, then the style. */
    @Override
    public String asJavascript(int i) {
        StringBuilder js = new StringBuilder("var trace").append(i).append(" = {\nx: ");
        numbers(js, x);
        js.append(",\ny: ");
        numbers(js, y);
        js.append(",\nz: [");
        for (int r = 0; r < y.length; r++) {
            numbers(js.append(r > 0 ? "," : ""), z[r]);
        }
        return js.append("],\nname: '").append(escape(name)).append("',\n").append(style).append("};\n").toString();
    }

    /** A JSON array: integers as such, others as floats (7 digits suffice for a picture) where a float holds them. */
    private static void numbers(StringBuilder js, double[] values) {
        js.append('[');
        for (int k = 0; k < values.length; k++) {
            double v = values[k];
            String number = Math.abs(v) < 1e9 && v == Math.rint(v) ? String.valueOf((long) v)
                    : Math.abs(v) < 1e30 ? String.valueOf((float) v) : String.valueOf(v);
            js.append(k > 0 ? "," : "").append(number);
        }
        js.append(']');
    }

    /** Escapes a name for a single-quoted JavaScript string inside an HTML script element. */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("'", "\\'").replace("<", "\\u003c").replace("\n", "\\n");
    }

    /** None of its own: plotly's default. */
    @Override
    public HoverLabel hoverLabel() {
        return null;
    }
}
