package backprop.plot;

import tech.tablesaw.plotly.components.HoverLabel;
import tech.tablesaw.plotly.traces.Trace;

/**
 * A plotly heatmap of class numbers c[i][j] ∈ {0, …, K−1} on a regular grid (x<sub>j</sub>, y<sub>i</sub>), each
 * class in its colour of {@link Plots#CLASS_COLORS}, pale, so that points of the same colours stay visible on top.
 */
final class ClassGridTrace implements Trace {

    private final String name;
    private final double[] x;
    private final double[] y;
    private final int[][] classes;
    private final int classCount;

    ClassGridTrace(String name, double[] x, double[] y, int[][] classes, int classCount) {
        this.name = name;
        this.x = x;
        this.y = y;
        this.classes = classes;
        this.classCount = classCount;
    }

    @Override
    public String asJavascript(int i) {
        StringBuilder js = new StringBuilder(64 + 3 * classes.length * x.length);
        js.append("var trace").append(i).append(" = {\n");
        js.append("x: ");
        numbers(js, x);
        js.append(",\ny: ");
        numbers(js, y);
        js.append(",\nz: [");
        for (int r = 0; r < classes.length; r++) {
            js.append(r > 0 ? ",[" : "[");
            for (int c = 0; c < classes[r].length; c++) {
                js.append(c > 0 ? "," : "").append(classes[r][c]);
            }
            js.append(']');
        }
        js.append("],\nname: '").append(name.replace("\\", "\\\\").replace("'", "\\'").replace("<", "\\u003c"))
                .append("',\n");
        js.append("type: 'heatmap', zmin: -0.5, zmax: ").append(classCount - 0.5)
                .append(", zsmooth: false, opacity: 0.35, showscale: false, showlegend: false, hoverinfo: 'skip',\n");
        js.append("colorscale: ").append(colorScale()).append("\n};\n");
        return js.toString();
    }

    /** Class c fills [c/K, (c+1)/K] of the scale with one colour, so each integer gets exactly its class colour. */
    private String colorScale() {
        StringBuilder s = new StringBuilder("[");
        for (int c = 0; c < classCount; c++) {
            String color = Plots.CLASS_COLORS[c % Plots.CLASS_COLORS.length];
            s.append(c > 0 ? ", " : "").append('[').append((double) c / classCount).append(", '").append(color)
                    .append("'], [").append((double) (c + 1) / classCount).append(", '").append(color).append("']");
        }
        return s.append(']').toString();
    }

    private static void numbers(StringBuilder js, double[] values) {
        js.append('[');
        for (int k = 0; k < values.length; k++) {
            js.append(k > 0 ? "," : "").append((float) values[k]);
        }
        js.append(']');
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
        return false;
    }
}
