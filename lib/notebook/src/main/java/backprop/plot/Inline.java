package backprop.plot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.plotly.components.Figure;

/**
 * Shows a figure or an SVG picture in a notebook: {@code display(Inline.plot(figure))}. A plot is a div and a script
 * drawing it with plotly.js, loaded once per page ({@value #SERVED_PATH}, or {@value #EXPORTED_PATH} beside an
 * exported page), that removes the static pictures naming its div. Div ids (SHA-256 of the figure, a counter) repeat
 * on re-runs (docs/pictures.md). Outputs are proxies of the kernel's {@code DisplayDataRenderable}, found by name.
 */
public final class Inline {

    static final String SERVED_PATH = "static/backprop/plotly.min.js";   // relative to the server's base URL
    static final String EXPORTED_PATH = "plotly.min.js";                  // relative to an exported page
    static final String PICTURE_CLASS = "backprop-picture";               // the export's pictures in front of a plot
    private static final String ID_PLACEHOLDER = "backprop_plot";
    private static final ClassLoader LOADER = Inline.class.getClassLoader();
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final Pattern SVG_TITLE = Pattern.compile("<title>([^<]*)</title>");

    /** plot.html: the div, and a script that loads plotly.js once and runs {{draw}} in div {{id}}, or says why not. */
    private static final String SNIPPET = resource("plot.html").replace("{{pictureClass}}", PICTURE_CLASS)
            .replace("{{exportedPath}}", EXPORTED_PATH).replace("{{servedPath}}", SERVED_PATH);

    private Inline() {}

    /** The output of {@code figure}: text/html = {@link #html}, text/plain = "plot: " and its title. */
    public static Object plot(Figure figure) {
        return output("text/html", html(figure), description(figure), LOADER);
    }

    /** The output of {@code figures} side by side, wrapping when the output area is too narrow. */
    public static Object row(List<Figure> figures) {
        if (figures == null || figures.isEmpty()) {
            throw new IllegalArgumentException("figures must hold at least one figure, was " + figures);
        }
        StringBuilder html = new StringBuilder("<div style=\"display: flex; flex-wrap: wrap\">\n");
        StringJoiner plain = new StringJoiner("\n");
        for (int i = 0; i < figures.size(); i++) {
            Figure figure = Plots.notNull("figures[" + i + "]", figures.get(i));
            html.append("<div>").append(html(figure)).append("</div>\n");
            plain.add(description(figure));
        }
        return output("text/html", html.append("</div>\n").toString(), plain.toString(), LOADER);
    }

    /** The output of an SVG picture: image/svg+xml, and text/plain "diagram: " and the SVG's {@code <title>}. */
    public static Object svg(String svg) {
        if (svg == null || !svg.startsWith("<svg")) {
            throw new IllegalArgumentException("svg must be an SVG document starting with <svg, was "
                    + (svg == null ? "null" : "'" + svg.substring(0, Math.min(20, svg.length())) + "…'"));
        }
        Matcher title = SVG_TITLE.matcher(svg);
        String description = title.find() ? "diagram: " + title.group(1).replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&").strip() : "diagram";
        return output("image/svg+xml", svg, description, LOADER);
    }

    /** "plot: " and the figure's title on one line, or "plot" if it has none. */
    static String description(Figure figure) {
        String title = Plots.notNull("figure", figure).getLayout() == null ? null : figure.getLayout().getTitle();
        return title == null || title.isBlank() ? "plot" : "plot: " + title.strip().replaceAll("\\s+", " ");
    }

    /** A proxy of the kernel's (JJava's, IJava's) renderable in loader putting type and text/plain; else plain. */
    static Object output(String type, String content, String plain, ClassLoader loader) {
        for (String name : List.of("org.dflib.jjava.jupyter.kernel.display.DisplayDataRenderable",
                "io.github.spencerpark.jupyter.kernel.display.DisplayDataRenderable")) {
            Class<?> renderable;
            try {
                renderable = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            return Proxy.newProxyInstance(renderable.getClassLoader(), new Class<?>[] {renderable},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "render" -> {
                            Object container = args[0].getClass().getMethod("getOutputContainer").invoke(args[0]);
                            Method putData = container.getClass().getMethod("putData", String.class, Object.class);
                            putData.invoke(container, type, content);
                            putData.invoke(container, "text/plain", plain);
                            yield null;
                        }
                        case "getPreferredRenderTypes", "getSupportedRenderTypes" -> Set.of();
                        case "toString" -> plain;
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> throw new UnsupportedOperationException(method.toString());
                    });
        }
        return plain;
    }

    /** The HTML snippet that draws {@code figure}: a {@code div} and a {@code script}, to display as text/html. */
    public static String html(Figure figure) {
        Plots.notNull("figure", figure);
        String id = ID_PLACEHOLDER + "_" + sha256Prefix(figure.asJavascript(ID_PLACEHOLDER)) + "_"
                + COUNTER.incrementAndGet();
        return SNIPPET.replace("{{id}}", id).replace("{{draw}}", drawingCode(figure, id));
    }

    /** Tablesaw's plotting code for {@code id}, with its element lookup replaced by the {@code target} variable. */
    private static String drawingCode(Figure figure, String id) {
        String js = figure.asJavascript(id).strip();
        js = js.substring("<script>".length(), js.length() - "</script>".length());
        return js.replace("document.getElementById('" + id + "')", "target");
    }

    private static String resource(String name) {
        try (InputStream in = Objects.requireNonNull(Inline.class.getResourceAsStream(name), name + " is missing")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256Prefix(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
