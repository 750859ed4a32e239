package backprop.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.plotly.components.Figure;

/** Reads back what a figure would hand to plotly: its JavaScript text, trace by trace. */
public final class FigureText {

    private static final Pattern TRACE = Pattern.compile("var (trace\\d+) =\\s*\\{(.*?)\\n\\};", Pattern.DOTALL);

    public final String js;
    /** The body of each "var traceN = {...};" in order. */
    public final List<String> traces = new ArrayList<>();

    public FigureText(Figure figure) {
        js = figure.asJavascript("plotdiv");
        Matcher m = TRACE.matcher(js);
        while (m.find()) {
            traces.add(m.group(2));
        }
    }

    /** The values of array field {@code key} (x, y) of trace t, parsed as numbers. */
    public double[] numbers(int t, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + ": \\[(.*?)\\]").matcher(traces.get(t));
        if (!m.find()) {
            throw new AssertionError("no " + key + " in trace " + t + ": " + traces.get(t));
        }
        String body = m.group(1).trim();
        if (body.isEmpty()) {
            return new double[0];
        }
        String[] parts = body.split(",");
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Double.parseDouble(parts[i].trim().replace("\"", ""));
        }
        return values;
    }

    /** The entries of the array-of-arrays field {@code key} (z) of trace t, row by row, as written. */
    String[][] rows(int t, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + ": \\[\\[(.*)\\]\\],$").matcher(traces.get(t));
        if (!m.find()) {
            throw new AssertionError("no " + key + " in trace " + t + ": " + traces.get(t));
        }
        String[] rows = m.group(1).split("\\],\\[");
        String[][] entries = new String[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            entries[i] = rows[i].split(",");
        }
        return entries;
    }

    /** The value of the quoted field {@code key} (name, type, mode) of trace t. */
    public String field(int t, String key) {
        Matcher m = Pattern.compile("(?m)^\\s*" + key + ": '([^']*)'").matcher(traces.get(t));
        if (!m.find()) {
            throw new AssertionError("no " + key + " in trace " + t + ": " + traces.get(t));
        }
        return m.group(1);
    }
}
