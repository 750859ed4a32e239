package backprop.plot;

/**
 * A plotly heatmap of class numbers c[i][j] ∈ {0, …, K−1} on a regular grid (x<sub>j</sub>, y<sub>i</sub>), each
 * class in its colour of {@link Plots#CLASS_COLORS}, pale, so that points of the same colours stay visible on top.
 */
final class ClassGridTrace extends AbstractGridTrace {

    private final int[][] classes;
    private final int classCount;

    /** The heatmap named {@code name} of the classes c[i][j] ∈ {0, …, classCount−1} over the columns x and rows y. */
    ClassGridTrace(String name, double[] x, double[] y, int[][] classes, int classCount) {
        super(name, x, y, false);
        this.classes = classes;
        this.classCount = classCount;
    }

    /** Appends c[i][j] as the integer it is. */
    @Override
    void appendZ(StringBuilder js, int i, int j) {
        js.append(classes[i][j]);
    }

    /** Appends a pale, unsmoothed heatmap on [−0.5, K − 0.5] that skips hovering, coloured class by class. */
    @Override
    void appendStyle(StringBuilder js) {
        js.append("type: 'heatmap', zmin: -0.5, zmax: ").append(classCount - 0.5)
                .append(", zsmooth: false, opacity: 0.35, showscale: false, showlegend: false, hoverinfo: 'skip',\n");
        js.append("colorscale: ").append(colorScale()).append('\n');
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
}
