package backprop.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * The Java block under "The library in a few lines" of the README runs as written, in JShell as a notebook runs it
 * (with the kernel's {@code display} replaced by a method that keeps the HTML), and does what its comments say.
 */
class ReadmeExampleTest {

    private static final String HEADING = "## The library in a few lines";

    @Test
    void readmeExampleRunsAndTrainsTheMoons() throws IOException {
        String example = javaBlockUnder(HEADING, Files.readString(Path.of("..", "..", "README.md"), StandardCharsets.UTF_8));
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                shell.addToClasspath(entry);
            }
            eval(shell, "String shown = null;");
            eval(shell, "void display(String html, String mime) { shown = mime + ':' + html; }");
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            String rest = example;
            while (!rest.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
                eval(shell, info.source());
                rest = info.remaining();
            }
            double accuracy = Double.parseDouble(value(shell, "net.accuracy(data.test())"));
            assertTrue(accuracy >= 0.95, "held-out accuracy of the README's network: " + accuracy);
            double gradientError = Double.parseDouble(
                    value(shell, "GradientCheck.check(net, data.test(), 0.0, 1e-3).maxRelativeError()"));
            assertTrue(gradientError < 1e-6, "gradient check of the README's network: " + gradientError);
            assertEquals("true", value(shell, "g.delta(2).length == data.test().size()"));
            assertEquals("true", value(shell, "shown.startsWith(\"text/html:<div\")"));
        }
    }

    private static String javaBlockUnder(String heading, String readme) {
        int at = readme.indexOf(heading);
        assertTrue(at >= 0, "README has no heading '" + heading + "'");
        int start = readme.indexOf("```java\n", at) + "```java\n".length();
        int end = readme.indexOf("```", start);
        return readme.substring(start, end);
    }

    private static void eval(JShell shell, String source) {
        List<SnippetEvent> events = shell.eval(source);
        for (SnippetEvent e : events) {
            assertNull(e.exception(), () -> source + " threw " + e.exception());
            assertTrue(e.status() == Snippet.Status.VALID,
                    () -> source + " is " + e.status() + ": " + shell.diagnostics(e.snippet()).map(d ->
                            d.getMessage(null)).toList());
        }
    }

    private static String value(JShell shell, String expression) {
        List<SnippetEvent> events = shell.eval(expression);
        SnippetEvent last = events.get(events.size() - 1);
        assertNull(last.exception(), () -> expression + " threw " + last.exception());
        return last.value();
    }
}
