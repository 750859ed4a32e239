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

/** The package boundaries the design promises, read from the sources (the tests run in lib/core). */
class PackageStructureTest {

    private static final Path MAIN = Path.of("src", "main", "java", "backprop");

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

    private static List<Path> javaFiles(Path dir, boolean recursive) throws IOException {
        try (Stream<Path> files = recursive ? Files.walk(dir) : Files.list(dir)) {
            return new ArrayList<>(files.filter(p -> p.toString().endsWith(".java")).toList());
        }
    }
}
