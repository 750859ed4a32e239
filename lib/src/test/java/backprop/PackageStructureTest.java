package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The package boundaries the design promises, read from the sources (the tests run in lib/). */
class PackageStructureTest {

    private static final Path MAIN = Path.of("src", "main", "java", "backprop");

    /** The maths core imports nothing from Tablesaw: tables and figures live in backprop.plot. */
    @Test
    void theCoreHasNoTablesaw() throws IOException {
        List<Path> core = javaFiles(MAIN, false);
        assertTrue(core.size() > 10, "found the core sources: " + core);
        for (Path file : core) {
            assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains("tech.tablesaw"), file.toString());
        }
    }

    /** The fast wing depends only on the parameter vector and the activation (and the JDK). */
    @Test
    void theFastWingKnowsOnlyParametersAndActivation() throws IOException {
        List<Path> fast = javaFiles(MAIN.resolve("fast"), false);
        assertTrue(fast.size() >= 5, "found the fast sources: " + fast);
        for (Path file : fast) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("import ")) {
                    assertTrue(line.startsWith("import java.") || line.startsWith("import jdk.incubator.vector.")
                            || line.equals("import backprop.Parameters;")
                            || line.equals("import backprop.Activation;"), file + ": " + line);
                }
            }
        }
    }

    /** No class of ours has the simple name of a Tablesaw class, so a notebook's `import …*` never clashes. */
    @Test
    void noClassNameShadowsTablesaw() throws IOException {
        Set<String> ours = new HashSet<>();
        for (Path file : javaFiles(MAIN, true)) {
            ours.add(file.getFileName().toString().replace(".java", ""));
        }
        ours.remove("package-info");
        int jars = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("tablesaw") && entry.endsWith(".jar")) {
                jars++;
                try (ZipFile zip = new ZipFile(entry)) {
                    List<String> clashes = zip.stream().map(e -> e.getName())
                            .filter(n -> n.endsWith(".class") && !n.contains("$"))
                            .map(n -> n.substring(n.lastIndexOf('/') + 1, n.length() - ".class".length()))
                            .filter(ours::contains).toList();
                    assertEquals(List.of(), clashes, entry);
                }
            }
        }
        assertEquals(2, jars, "tablesaw-core and tablesaw-jsplot are on the test classpath");
    }

    private static List<Path> javaFiles(Path dir, boolean recursive) throws IOException {
        try (Stream<Path> files = recursive ? Files.walk(dir) : Files.list(dir)) {
            return new ArrayList<>(files.filter(p -> p.toString().endsWith(".java")).toList());
        }
    }
}
