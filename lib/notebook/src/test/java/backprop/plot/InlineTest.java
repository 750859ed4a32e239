package backprop.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.ScatterTrace;

class InlineTest {

    private static final Pattern DIV_ID = Pattern.compile("^<div id=\"backprop_plot_([0-9a-f]{12})_(\\d+)\"");

    private static Figure figure(double lastY) {
        ScatterTrace trace = ScatterTrace.builder(new double[] {1, 2, 3}, new double[] {4, 5, lastY}).name("points").build();
        return new Figure(Layout.builder().title("inline test").build(), trace);
    }

    private static Matcher id(String html) {
        Matcher m = DIV_ID.matcher(html);
        assertTrue(m.find(), "snippet starts with the plot div: " + html.substring(0, Math.min(80, html.length())));
        return m;
    }

    @Test
    void snippetIsADivFollowedByOneScriptThatDrawsIntoThatDiv() {
        String html = Inline.html(figure(6));
        Matcher m = id(html);
        String divId = "backprop_plot_" + m.group(1) + "_" + m.group(2);
        assertEquals(1, html.split("<script>", -1).length - 1, "exactly one script element");
        assertTrue(html.strip().endsWith("</script>"));
        assertTrue(html.contains("var target_" + divId + " = target;"), "Tablesaw's lookup is replaced by the div found next to the script");
        assertTrue(html.contains("Plotly.newPlot(target_" + divId + ", data, layout"), "draws into that div");
        assertTrue(html.contains("'" + divId + "'"), "the script names its own div");
    }

    @Test
    void loadsTheLocalPlotlyCopyAndNeverACdnNorAnInlinedLibrary() {
        String html = Inline.html(figure(6));
        assertTrue(html.contains(Inline.SERVED_PATH));
        assertTrue(html.contains("'" + Inline.EXPORTED_PATH + "'"));
        assertTrue(html.contains("jupyter-config-data"), "reads the server base URL of the page");
        assertFalse(html.contains("cdn"), "nothing from a CDN");
        assertFalse(html.contains("http"), "no absolute URL at all");
        // plotly.js itself is about 4.5 MB; the snippet of a three-point figure must stay tiny.
        assertTrue(html.length() < 4_000, "snippet length " + html.length());
    }

    @Test
    void idsAreTheFigureHashPlusACounterSoReRunsReproduceThem() {
        Matcher first = id(Inline.html(figure(6)));
        Matcher again = id(Inline.html(figure(6)));
        Matcher other = id(Inline.html(figure(7)));
        assertEquals(first.group(1), again.group(1), "equal figures hash alike");
        assertNotEquals(first.group(1), other.group(1), "a different figure hashes differently");
        long n = Long.parseLong(first.group(2));
        assertEquals(n + 1, Long.parseLong(again.group(2)));
        assertEquals(n + 2, Long.parseLong(other.group(2)));
    }

    @Test
    void plotIsTheHtmlWithItsTitleAsPlainTextNeverTheHtml() {
        Object shown = Inline.plot(figure(6));
        assertTrue(shown instanceof org.dflib.jjava.jupyter.kernel.display.DisplayDataRenderable);
        org.dflib.jjava.jupyter.kernel.display.RenderContext context = new org.dflib.jjava.jupyter.kernel.display.RenderContext();
        ((org.dflib.jjava.jupyter.kernel.display.DisplayDataRenderable) shown).render(context);
        java.util.Map<String, Object> data = context.getOutputContainer().data;
        assertEquals(java.util.Set.of("text/html", "text/plain"), data.keySet());
        assertEquals("plot: inline test", data.get("text/plain"));
        id((String) data.get("text/html"));
        assertEquals("plot", Inline.description(new Figure(Layout.builder().build(), figure(6).getTraces())));
        assertEquals("plot: two words", Inline.description(new Figure(Layout.builder().title(" two\n words ").build())));
    }

    @Test
    void drawingRemovesThePicturesNamingItsDivAndAFailureKeepsThemWithANote() {
        String html = Inline.html(figure(6));
        String divId = "backprop_plot_" + id(html).group(1) + "_" + id(html).group(2);
        assertTrue(html.contains("document.querySelectorAll('img." + Inline.PICTURE_CLASS + "')"), "finds the pictures");
        assertTrue(html.contains("e.getAttribute('data-plots') + ' ').indexOf(' " + divId + " ') >= 0"),
                "that name this plot's div in data-plots");
        int removal = html.indexOf("pictures().concat(");
        assertTrue(removal > 0 && html.indexOf(".forEach(function (e) { e.remove(); })", removal) > 0, "removes them");
        assertTrue(removal < html.indexOf("Plotly.newPlot("), "in draw(), before newPlot");
        assertTrue(html.contains("pictures().length ? 'the picture shows this plot as saved; the interactive plot was not drawn: '"),
                "a failure keeps the picture and says so");
        assertTrue(html.contains(": 'plot not drawn: ') + e.message"), "without a picture the note says so");
    }

    @Test
    void rowIsTheSnippetsSideBySideWithOneDescriptionPerFigure() {
        Object shown = Inline.row(java.util.List.of(figure(6), figure(7)));
        org.dflib.jjava.jupyter.kernel.display.RenderContext context = new org.dflib.jjava.jupyter.kernel.display.RenderContext();
        ((org.dflib.jjava.jupyter.kernel.display.DisplayDataRenderable) shown).render(context);
        String html = (String) context.getOutputContainer().data.get("text/html");
        assertTrue(html.startsWith("<div style=\"display: flex; flex-wrap: wrap\">"), html.substring(0, 60));
        assertEquals(2, html.split("class=\"backprop-plot\"", -1).length - 1, "two plot divs");
        assertEquals("plot: inline test\nplot: inline test", context.getOutputContainer().data.get("text/plain"));
        assertEquals("figures must hold at least one figure, was []",
                assertThrows(IllegalArgumentException.class, () -> Inline.row(java.util.List.of())).getMessage());
        assertEquals("figures must hold at least one figure, was null",
                assertThrows(IllegalArgumentException.class, () -> Inline.row(null)).getMessage());
        assertEquals("figures[1] must not be null, was null",
                assertThrows(IllegalArgumentException.class,
                        () -> Inline.row(java.util.Arrays.asList(figure(6), null))).getMessage());
    }

    @Test
    void rejectsNull() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Inline.html(null));
        assertEquals("figure must not be null, was null", e.getMessage());
        assertEquals("figure must not be null, was null",
                assertThrows(IllegalArgumentException.class, () -> Inline.plot(null)).getMessage());
    }

    @Test
    void withoutAKernelTheOutputIsItsPlainText() {
        assertEquals("x in bold", Inline.output("text/html", "<b>x</b>", "x in bold", new ClassLoader(null) {}));
    }

    @Test
    void inAKernelTheOutputIsTheKernelsRenderable() {
        // the test class path has a stand-in of JJava's interface under JJava's name
        Object shown = Inline.output("text/html", "<b>x</b>", "x in bold", getClass().getClassLoader());
        org.dflib.jjava.jupyter.kernel.display.RenderContext context = new org.dflib.jjava.jupyter.kernel.display.RenderContext();
        ((org.dflib.jjava.jupyter.kernel.display.DisplayDataRenderable) shown).render(context);
        assertEquals(java.util.Map.of("text/html", "<b>x</b>", "text/plain", "x in bold"), context.getOutputContainer().data);
        assertEquals(0, ((org.dflib.jjava.jupyter.kernel.display.DisplayDataRenderable) shown).getPreferredRenderTypes().size());
        assertEquals("x in bold", shown.toString());
    }

    @Test
    void anSvgPictureIsDescribedByItsTitle() {
        Object shown = Inline.svg("<svg xmlns=\"http://www.w3.org/2000/svg\"><title>x &amp; y &lt; 1</title></svg>");
        org.dflib.jjava.jupyter.kernel.display.RenderContext context = new org.dflib.jjava.jupyter.kernel.display.RenderContext();
        ((org.dflib.jjava.jupyter.kernel.display.DisplayDataRenderable) shown).render(context);
        java.util.Map<String, Object> data = context.getOutputContainer().data;
        assertEquals(java.util.Set.of("image/svg+xml", "text/plain"), data.keySet());
        assertEquals("diagram: x & y < 1", data.get("text/plain"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Inline.svg("<div>"));
        assertTrue(e.getMessage().startsWith("svg must be an SVG document"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Inline.svg(null));
    }
}
