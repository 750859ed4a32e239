package backprop.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The two packages of backprop-notebook are layered: {@code backprop.plot} (pictures) may use {@code backprop.notebook}
 * (the notebooks' numbers: checks, statistics over seeds, formats), never the reverse. Read from the compiled classes
 * by {@code jdeps}, so every reference counts, not only import lines.
 */
class LayersTest {

    @Test
    void notebookNeverUsesPlot() {
        StringWriter out = new StringWriter();
        int status = ToolProvider.findFirst("jdeps").orElseThrow().run(new PrintWriter(out), new PrintWriter(out),
                "-verbose:package", "-filter:none", "target/classes");
        assertEquals(0, status, out.toString());
        List<String> edges = Stream.of(out.toString().split("\n")).map(String::strip)
                .filter(l -> l.matches("backprop\\.(plot|notebook) +-> backprop\\.(plot|notebook) .*"))
                .map(l -> l.replaceAll(" +", " ").replaceAll(" classes$", "")).toList();
        assertTrue(edges.contains("backprop.plot -> backprop.notebook"), "the reading works: " + edges);
        assertTrue(edges.stream().noneMatch(l -> l.startsWith("backprop.notebook -> backprop.plot")), edges::toString);
    }
}
