package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine stays framework-free (design.md section 1). */
class ArchitectureTest {
    @Test
    void engineImportsNoFrameworkPackages() throws Exception {
        Path root = Path.of("src/main/java/org/citemeta/extract");
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> java = files.filter(p -> p.toString().endsWith(".java")).toList();
            assertTrue(java.size() > 5);
            for (Path p : java) {
                String s = Files.readString(p);
                for (String banned : new String[]{"import io.quarkus", "import jakarta", "import javax.persistence",
                        "import org.hibernate"}) {
                    assertTrue(!s.contains(banned), p + " imports " + banned);
                }
            }
        }
    }
}
