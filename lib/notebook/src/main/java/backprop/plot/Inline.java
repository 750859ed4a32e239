package backprop.plot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.plotly.components.Figure;

/**
 * Shows a Tablesaw {@link Figure} inline in a notebook, offline.
 *
 * <p>{@link #plot(Figure)} is what a notebook displays, with {@code display(Inline.plot(figure))} on JJava and on
 * IJava: an output whose {@code text/html} is {@link #html(Figure)} and whose {@code text/plain} is the figure's
 * title (never a copy of the HTML). {@link #html(Figure)} is a small HTML snippet (a {@code div} and a
 * {@code script}); the script draws the figure with plotly.js 2.x loaded once per page from a local copy, never from
 * a CDN and never inlined into the output:
 *
 * <ul>
 *   <li>inside Jupyter (JupyterLab, Notebook 7, Binder under {@code /user/name/}) it reads the server's base URL from
 *       the page's {@code jupyter-config-data} element and loads {@value #SERVED_PATH} below it (the set-up scripts
 *       place the file there);
 *   <li>in an nbconvert HTML export (no {@code jupyter-config-data}) it loads {@value #EXPORTED_PATH} from the
 *       export's own folder. If the page has an AMD loader (require.js), plotly.js would register itself as an
 *       anonymous module instead of {@code window.Plotly}, so the loader is hidden while plotly.js runs.
 * </ul>
 *
 * <p>The output may also hold a static picture of its plots, {@code <img class="}{@value #PICTURE_CLASS}{@code "
 * data-plots="id …">}, which the project's full HTML export (scripts/export_html.py) puts in front of them, so that
 * the plots show until they are drawn (the committed notebooks store each plot as that picture alone, see
 * docs/pictures.md). Each script removes the pictures that name its div when it draws the interactive plot; if
 * plotly.js cannot be loaded, the picture stays and a short note says so in the div (without a picture, the note
 * alone), so a plot never leaves an empty area.
 *
 * <p>Div ids are deterministic, so re-running a notebook reproduces its outputs: {@code backprop_plot_<h>_<n>} where
 * {@code h} is the first 12 hex digits of the SHA-256 of the figure's JavaScript and {@code n} counts the snippets
 * made in this JVM (one kernel); they are JavaScript identifiers too, as Tablesaw names a variable after the div.
 * The script finds its div next to itself, so equal ids in two open notebooks do not mix up their plots.
 */
public final class Inline {

    /** Where a Jupyter server serves plotly.js, relative to its base URL. */
    public static final String SERVED_PATH = "static/backprop/plotly.min.js";

    /** Where an exported HTML page finds plotly.js, relative to the page. */
    public static final String EXPORTED_PATH = "plotly.min.js";

    /** The class of the static picture that the HTML export puts in front of the plot's {@code div}. */
    public static final String PICTURE_CLASS = "backprop-picture";

    private static final String ID_PLACEHOLDER = "backprop_plot";
    private static final AtomicLong COUNTER = new AtomicLong();

    private Inline() {}

    /**
     * Returns the output that shows {@code figure} in a notebook: {@code display(Inline.plot(figure))}.
     *
     * @param figure a Tablesaw figure
     * @return an object that JJava's and IJava's {@code display} show with {@code text/html} = {@link #html(Figure)}
     *         and {@code text/plain} = {@link #description(Figure)}
     * @throws IllegalArgumentException if {@code figure} is null
     */
    public static Object plot(Figure figure) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("text/html", html(figure));
        data.put("text/plain", description(figure));
        return new KernelOutput(data).displayable();
    }

    /**
     * Returns the output that shows {@code figures} side by side (wrapping to the next line when the output area is
     * too narrow): {@code display(Inline.row(figures))}.
     *
     * @param figures one or more Tablesaw figures
     * @return an object that JJava's and IJava's {@code display} show with {@code text/html} = the figures' snippets
     *         in a wrapping row and {@code text/plain} = their descriptions, one per line
     * @throws IllegalArgumentException if {@code figures} is null or empty or holds a null
     */
    public static Object row(List<Figure> figures) {
        if (figures == null || figures.isEmpty()) {
            throw new IllegalArgumentException("figures must hold at least one figure, was " + figures);
        }
        StringBuilder html = new StringBuilder("<div style=\"display: flex; flex-wrap: wrap\">\n");
        StringJoiner plain = new StringJoiner("\n");
        for (int i = 0; i < figures.size(); i++) {
            if (figures.get(i) == null) {
                throw new IllegalArgumentException("figures[" + i + "] must not be null, was null");
            }
            html.append("<div>").append(html(figures.get(i))).append("</div>\n");
            plain.add(description(figures.get(i)));
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put("text/html", html.append("</div>\n").toString());
        data.put("text/plain", plain.toString());
        return new KernelOutput(data).displayable();
    }

    /**
     * Returns the output that shows an SVG picture, such as a {@link NetworkDiagram} or a {@link ComputationGraph}:
     * {@code display(Inline.svg(svg))}. Its {@code text/plain} is "diagram: " and the SVG's {@code <title>}, so that a
     * text-only viewer shows one line instead of the SVG's source.
     *
     * @param svg an SVG document, starting with {@code <svg}
     * @return an object that JJava's and IJava's {@code display} show with {@code image/svg+xml} = {@code svg}
     * @throws IllegalArgumentException if {@code svg} is null or not an SVG document
     */
    public static Object svg(String svg) {
        if (svg == null || !svg.startsWith("<svg")) {
            throw new IllegalArgumentException("svg must be an SVG document starting with <svg, was "
                    + (svg == null ? "null" : "'" + svg.substring(0, Math.min(20, svg.length())) + "…'"));
        }
        Matcher title = SVG_TITLE.matcher(svg);
        String description = title.find() ? "diagram: " + unescape(title.group(1)).strip() : "diagram";
        Map<String, String> data = new LinkedHashMap<>();
        data.put("image/svg+xml", svg);
        data.put("text/plain", description);
        return new KernelOutput(data).displayable();
    }

    private static final Pattern SVG_TITLE = Pattern.compile("<title>([^<]*)</title>");

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    /**
     * A one-line description of {@code figure} for viewers that show text only: its title, or "plot" if it has none.
     *
     * @throws IllegalArgumentException if {@code figure} is null
     */
    public static String description(Figure figure) {
        if (figure == null) {
            throw new IllegalArgumentException("figure must not be null, was null");
        }
        String title = figure.getLayout() == null ? null : figure.getLayout().getTitle();
        return title == null || title.isBlank() ? "plot" : "plot: " + title.strip().replaceAll("\\s+", " ");
    }

    /**
     * Returns the HTML snippet that draws {@code figure} with the locally served plotly.js.
     *
     * @param figure a Tablesaw figure
     * @return a {@code div} followed by a {@code script}; display it as {@code text/html}
     * @throws IllegalArgumentException if {@code figure} is null
     */
    public static String html(Figure figure) {
        if (figure == null) {
            throw new IllegalArgumentException("figure must not be null, was null");
        }
        String id = ID_PLACEHOLDER + "_" + sha256Prefix(figure.asJavascript(ID_PLACEHOLDER)) + "_"
                + COUNTER.incrementAndGet();
        return "<div id=\"" + id + "\" class=\"backprop-plot\"></div>\n"
                + "<script>\n"
                + "(function () {\n"
                + "  var script = document.currentScript;\n"
                + "  function find() {\n"
                + "    var el = script && script.previousElementSibling;\n"
                + "    return el && el.id === '" + id + "' ? el : document.getElementById('" + id + "');\n"
                + "  }\n"
                + "  function pictures() {\n"
                + "    return [].slice.call(document.querySelectorAll('img." + PICTURE_CLASS + "')).filter(function (e) {\n"
                + "      return (' ' + e.getAttribute('data-plots') + ' ').indexOf(' " + id + " ') >= 0;\n"
                + "    });\n"
                + "  }\n"
                + "  function draw(Plotly) {\n"
                + "    var target = find();\n"
                + "    if (!target) { return; }\n"
                + "    pictures().concat([].slice.call(target.querySelectorAll('.backprop-note'))).forEach(function (e) { e.remove(); });\n"
                + drawingCode(figure, id)
                + "\n  }\n"
                + LOADER
                + "})();\n"
                + "</script>\n";
    }

    /** Tablesaw's plotting code for {@code id}, with its element lookup replaced by the {@code target} variable. */
    private static String drawingCode(Figure figure, String id) {
        String js = figure.asJavascript(id).strip();
        js = js.substring("<script>".length(), js.length() - "</script>".length());
        return js.replace("document.getElementById('" + id + "')", "target");
    }

    /**
     * Loads plotly.js once per page (a promise shared through {@code window}) and then calls {@code draw}; shows the
     * reason in place of the plot if plotly.js cannot be loaded.
     */
    private static final String LOADER = ""
            + "  var w = window;\n"
            + "  if (w.Plotly) { draw(w.Plotly); return; }\n"
            + "  if (!w.backpropPlotly) {\n"
            + "    w.backpropPlotly = new Promise(function (resolve, reject) {\n"
            + "      var config = document.getElementById('jupyter-config-data');\n"
            + "      var url = '" + EXPORTED_PATH + "';\n"
            + "      if (config) {\n"
            + "        var base = JSON.parse(config.textContent).baseUrl || '/';\n"
            + "        url = base.replace(/\\/?$/, '/') + '" + SERVED_PATH + "';\n"
            + "      }\n"
            + "      var amd = w.define;\n"
            + "      w.define = undefined;\n"
            + "      var tag = document.createElement('script');\n"
            + "      tag.src = url;\n"
            + "      tag.onload = function () { w.define = amd; w.Plotly ? resolve(w.Plotly) : reject(new Error('no Plotly in ' + url)); };\n"
            + "      tag.onerror = function () { w.define = amd; reject(new Error('could not load ' + url)); };\n"
            + "      document.head.appendChild(tag);\n"
            + "    });\n"
            + "  }\n"
            + "  w.backpropPlotly.then(draw, function (e) {\n"
            + "    var target = find();\n"
            + "    if (!target) { return; }\n"
            + "    var note = document.createElement('p');\n"
            + "    note.className = 'backprop-note';\n"
            + "    note.textContent = (pictures().length ? 'the picture shows this plot as saved; the interactive plot was not drawn: '\n"
            + "        : 'plot not drawn: ') + e.message;\n"
            + "    target.appendChild(note);\n"
            + "  });\n";

    private static String sha256Prefix(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
