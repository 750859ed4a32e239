package backprop.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The notebooks import {@code backprop.*} and Tablesaw's packages with wildcards: no simple name may clash. */
class NameClashTest {

    /** No class of either module has the simple name of a Tablesaw class (the tests run in lib/notebook). */
    @Test
    void noClassNameShadowsTablesaw() throws IOException {
        Set<String> ours = new HashSet<>();
        for (Path root : List.of(Path.of("src", "main", "java"), Path.of("..", "core", "src", "main", "java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
                        .map(n -> n.replace(".java", "")).forEach(ours::add);
            }
        }
        ours.remove("package-info");
        assertTrue(ours.contains("Network") && ours.contains("Inline"), "found both modules' sources: " + ours);
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
}
