package backprop.plot;

import tech.tablesaw.plotly.components.HoverLabel;
import tech.tablesaw.plotly.traces.Trace;

/**
 * A plotly trace of values z[i][j] on a regular grid (x<sub>j</sub>, y<sub>i</sub>), written in plotly's JSON
 * vocabulary: the grid, the values and the name here, the value z[i][j] and the trace's type and style by each kind of
 * grid trace ({@link GridTrace}, {@link ClassGridTrace}).
 */
abstract class AbstractGridTrace implements Trace {

    private final String name;
    private final double[] x;
    private final double[] y;
    private final boolean showLegend;

    /** A trace named {@code name} over the columns x and rows y, listed in the legend if {@code showLegend}. */
    AbstractGridTrace(String name, double[] x, double[] y, boolean showLegend) {
        this.name = name;
        this.x = x;
        this.y = y;
        this.showLegend = showLegend;
    }

    /** Writes the trace as the JavaScript variable trace<i>i</i>: x, y, z row by row, the name, then the style. */
    @Override
    public final String asJavascript(int i) {
        StringBuilder js = new StringBuilder();
        js.append("var trace").append(i).append(" = {\n");
        js.append("x: ");
        numbers(js, x);
        js.append(",\ny: ");
        numbers(js, y);
        js.append(",\nz: [");
        for (int r = 0; r < y.length; r++) {
            js.append(r > 0 ? ",[" : "[");
            for (int c = 0; c < x.length; c++) {
                if (c > 0) {
                    js.append(',');
                }
                appendZ(js, r, c);
            }
            js.append(']');
        }
        js.append("],\nname: '").append(escape(name)).append("',\n");
        appendStyle(js);
        js.append("};\n");
        return js.toString();
    }

    /** Appends z[i][j], the value at the grid point (x<sub>j</sub>, y<sub>i</sub>). */
    abstract void appendZ(StringBuilder js, int i, int j);

    /** Appends the trace's type and style, plotly's fields after the name, each line ended by a newline. */
    abstract void appendStyle(StringBuilder js);

    /** Escapes a name for a single-quoted JavaScript string inside an HTML script element. */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("'", "\\'").replace("<", "\\u003c").replace("\n", "\\n");
    }

    /** Appends the values as a JSON array of floats: 7 significant digits are plenty for a picture and halve the text. */
    static void numbers(StringBuilder js, double[] values) {
        js.append('[');
        for (int k = 0; k < values.length; k++) {
            if (k > 0) {
                js.append(',');
            }
            js.append((float) values[k]);
        }
        js.append(']');
    }

    /** The name the trace is listed under. */
    @Override
    public String name() {
        return name;
    }

    /** None of its own: plotly's default hover label, where the trace is hovered at all. */
    @Override
    public HoverLabel hoverLabel() {
        return null;
    }

    /** Whether the trace is listed in the legend. */
    @Override
    public boolean showLegend() {
        return showLegend;
    }
}
